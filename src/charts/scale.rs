//! "Nice" axis scales: round tick steps (1, 2, 2.5, 5 × 10ⁿ) that always
//! include zero, with tick labels formatted to the step's precision.

/// A linear axis from `-below × step` to `above × step`, ticked every
/// `step`. Zero is always a tick, so bars can grow from it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Scale {
    /// Distance between ticks, in data units; positive and finite.
    pub step: f64,
    /// Number of intervals below zero.
    pub below: u32,
    /// Number of intervals above zero.
    pub above: u32,
    /// Decimals in tick labels.
    pub decimals: usize,
}

/// The largest number of intervals a scale may have; a wider request
/// means the numbers are absurd and the chart is drawn empty.
const MAX_INTERVALS: u32 = 24;

impl Scale {
    /// The scale, if its ends and span are finite numbers.
    fn finite(self) -> Option<Scale> {
        (self.hi() - self.lo()).is_finite().then_some(self)
    }

    /// Lowest value on the axis.
    pub fn lo(&self) -> f64 {
        -(self.below as f64) * self.step
    }

    /// Highest value on the axis.
    pub fn hi(&self) -> f64 {
        self.above as f64 * self.step
    }

    /// Number of intervals between the lowest and the highest tick.
    pub fn intervals(&self) -> u32 {
        self.below + self.above
    }

    /// The value of tick `k`, counted from the lowest (k = 0).
    pub fn tick(&self, k: u32) -> f64 {
        (k as f64 - self.below as f64) * self.step
    }

    /// Position of `v` between the lowest (0.0) and highest (1.0) tick.
    pub fn frac(&self, v: f64) -> f64 {
        let span = self.hi() - self.lo();
        (v - self.lo()) / span
    }

    /// Formats a tick value with the scale's decimals ("0", "2.5", "100").
    /// Steps of a billion and more are written like "5e11" rather than in
    /// a dozen digits.
    pub fn label(&self, v: f64) -> String {
        if self.step >= 1e9 {
            return if v == 0.0 {
                "0".to_string()
            } else {
                format!("{v:e}")
            };
        }
        fixed_point(v, self.decimals).unwrap_or_else(|| by_format(v, self.decimals))
    }
}

/// `v` with `decimals` decimals by `format!`; "-0" and "-0.0" read as zero.
fn by_format(v: f64, decimals: usize) -> String {
    let s = format!("{v:.decimals$}");
    if s.starts_with('-') && s[1..].bytes().all(|b| b == b'0' || b == b'.') {
        s[1..].to_string()
    } else {
        s
    }
}

/// Powers of ten up to the most decimals a scale has; all exact in `f64`.
const POW10: [f64; 13] = [
    1.0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
];

/// `v` with `decimals` decimals, as `format!("{:.*}", decimals, v)` writes
/// it (without the sign of a zero), when `v × 10^decimals` is within 10⁻⁶
/// of a whole number below 10¹⁵ — as a tick, a whole multiple of a step
/// with that many decimals, is. There the float error of the product is
/// under 0.13, so the exact rounding that `format!` does gives that same
/// whole number. `None` otherwise.
fn fixed_point(v: f64, decimals: usize) -> Option<String> {
    let m = v * POW10.get(decimals)?;
    let r = m.round();
    if !((m - r).abs() < 1e-6 && r.abs() < 1e15) {
        return None;
    }
    let mut n = r.abs() as u64;
    // Digits, last first; at least one before the point.
    let mut digits = [0u8; 32];
    let mut len = 0;
    while n > 0 || len <= decimals {
        digits[len] = b'0' + (n % 10) as u8;
        n /= 10;
        len += 1;
    }
    let mut s = String::with_capacity(len + 2);
    if r < 0.0 {
        s.push('-');
    }
    for i in (0..len).rev() {
        s.push(digits[i] as char);
        if i == decimals && i > 0 {
            s.push('.');
        }
    }
    Some(s)
}

/// The smallest step of the form 1, 2, 2.5 or 5 × 10ⁿ that is at least
/// `raw`, with the decimals its tick labels need (0.25 → 2, 0.5 → 1,
/// 5 → 0). `None` when `raw` is not a positive finite number.
fn nice_step(raw: f64) -> Option<(f64, usize)> {
    if !(raw.is_finite() && raw > 0.0) {
        return None;
    }
    let mut exp = raw.log10().floor();
    let mut mag = 10f64.powf(exp);
    if !(mag.is_finite() && mag > 0.0) {
        return None;
    }
    let norm = raw / mag;
    let mut mult = [1.0, 2.0, 2.5, 5.0, 10.0]
        .into_iter()
        .find(|m| *m >= norm - 1e-9)
        .unwrap_or(10.0);
    if mult == 10.0 {
        mult = 1.0;
        exp += 1.0;
        mag *= 10.0;
    }
    let step = mult * mag;
    if !step.is_finite() {
        return None;
    }
    let mut decimals = if exp < 0.0 { (-exp) as usize } else { 0 };
    if mult == 2.5 && exp <= 0.0 {
        decimals += 1;
    }
    Some((step, decimals.min(12)))
}

/// Data bounds widened to include zero, finite, and of non-zero width
/// (a zero-width range becomes 0..1).
fn bounds(lo: f64, hi: f64) -> (f64, f64) {
    let lo = if lo.is_finite() { lo.min(0.0) } else { 0.0 };
    let hi = if hi.is_finite() { hi.max(0.0) } else { 0.0 };
    if hi - lo < 1e-9 {
        (0.0, 1.0)
    } else {
        (lo, hi)
    }
}

/// Intervals of `step` needed to reach `v` from zero.
fn count(v: f64, step: f64) -> f64 {
    (v.abs() / step - 1e-9).ceil().max(0.0)
}

/// A nice scale covering `lo..=hi` and zero, with about `target` intervals.
///
/// Non-finite bounds are ignored; a range of (almost) zero width gives the
/// scale 0..1. Returns `None` only for absurd numbers (a span that cannot
/// be divided into a bounded number of finite steps).
pub(crate) fn nice(lo: f64, hi: f64, target: u32) -> Option<Scale> {
    let (lo, hi) = bounds(lo, hi);
    let (step, decimals) = nice_step((hi - lo) / target.max(1) as f64)?;
    let below = count(lo, step);
    let above = count(hi, step);
    let total = below + above;
    if total.is_nan() || total > MAX_INTERVALS as f64 {
        return None;
    }
    Scale {
        step,
        below: below as u32,
        above: above as u32,
        decimals,
    }
    .finite()
}

/// Two scales for a left and a right axis that share their gridlines and
/// zero line: the same number of intervals below and above zero, each with
/// its own nice step. Of the layouts with 4 to 7 intervals, the one where
/// the data fill most of both axes is chosen.
pub(crate) fn nice_pair(left: (f64, f64), right: (f64, f64)) -> Option<(Scale, Scale)> {
    let (left, right) = (Axis::new(left), Axis::new(right));
    let mut best: Option<(f64, Scale, Scale)> = None;
    for m in 4u32..=7 {
        for j in 0..m {
            let (Some(l), Some(r)) = (left.fit(m, j), right.fit(m, j)) else {
                continue;
            };
            let used = left.span() / (l.hi() - l.lo()) + right.span() / (r.hi() - r.lo());
            let score = used - 0.02 * (m as f64 - 5.0).abs();
            if best.as_ref().is_none_or(|b| score > b.0 + 1e-12) {
                best = Some((score, l, r));
            }
        }
    }
    best.map(|(_, l, r)| (l, r))
}

/// One axis of [`nice_pair`]: its bounds and the nice steps of their
/// parts, worked out once for all the layouts tried.
struct Axis {
    lo: f64,
    hi: f64,
    /// `nice_step(hi / k)` for k intervals above zero (k = 1..=7).
    up: [Option<(f64, usize)>; 8],
    /// `nice_step(-lo / j)` for j intervals below zero (j = 1..=7).
    down: [Option<(f64, usize)>; 8],
}

impl Axis {
    fn new((lo, hi): (f64, f64)) -> Axis {
        let (lo, hi) = bounds(lo, hi);
        let parts = |v: f64| -> [Option<(f64, usize)>; 8] {
            let mut steps = [None; 8];
            if v > 0.0 {
                for (k, s) in steps.iter_mut().enumerate().skip(1) {
                    *s = nice_step(v / k as f64);
                }
            }
            steps
        };
        Axis {
            lo,
            hi,
            up: parts(hi),
            down: parts(-lo),
        }
    }

    fn span(&self) -> f64 {
        self.hi - self.lo
    }

    /// The scale with `j` of `m` intervals below zero, if the data fit: a
    /// nice step for the larger of the two parts, `hi` over the intervals
    /// above zero and `-lo` over those below.
    fn fit(&self, m: u32, j: u32) -> Option<Scale> {
        let (lo, hi) = (self.lo, self.hi);
        if lo < 0.0 && j == 0 || hi > 0.0 && j == m {
            return None;
        }
        let up = if hi > 0.0 { hi / (m - j) as f64 } else { 0.0 };
        let down = if lo < 0.0 { -lo / j as f64 } else { 0.0 };
        let (step, decimals) = if up >= down {
            self.up[(m - j) as usize].filter(|_| up > 0.0)?
        } else {
            self.down[j as usize]?
        };
        Scale {
            step,
            below: j,
            above: m - j,
            decimals,
        }
        .finite()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`nice_pair`] as first written: every layout's steps worked out
    /// afresh from the larger part.
    fn nice_pair_directly(left: (f64, f64), right: (f64, f64)) -> Option<(Scale, Scale)> {
        let axes = [bounds(left.0, left.1), bounds(right.0, right.1)];
        let mut best: Option<(f64, Scale, Scale)> = None;
        for m in 4u32..=7 {
            for j in 0..m {
                let fits = axes.map(|(lo, hi)| {
                    if lo < 0.0 && j == 0 {
                        return None;
                    }
                    let up = if hi > 0.0 { hi / (m - j) as f64 } else { 0.0 };
                    let down = if lo < 0.0 { -lo / j as f64 } else { 0.0 };
                    let (step, decimals) = nice_step(up.max(down))?;
                    let above = m - j;
                    (Scale {
                        step,
                        below: j,
                        above,
                        decimals,
                    })
                    .finite()
                });
                let [Some(l), Some(r)] = fits else { continue };
                let span = |(lo, hi): (f64, f64)| hi - lo;
                let used = span(axes[0]) / (l.hi() - l.lo()) + span(axes[1]) / (r.hi() - r.lo());
                let score = used - 0.02 * (m as f64 - 5.0).abs();
                if best.as_ref().is_none_or(|b| score > b.0 + 1e-12) {
                    best = Some((score, l, r));
                }
            }
        }
        best.map(|(_, l, r)| (l, r))
    }

    #[test]
    fn nice_pair_chooses_as_trying_every_layout_afresh() {
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = move || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        let mut value = || {
            let r = next();
            let mantissa = (r % 10_000) as f64 / 100.0;
            let exp = ((r >> 20) % 15) as i32 - 6;
            let v = mantissa * 10f64.powi(exp);
            match (r >> 40) % 8 {
                0 => 0.0,
                1 | 2 => -v,
                _ => v,
            }
        };
        for _ in 0..5_000 {
            let (a, b, c, d) = (value(), value(), value(), value());
            let (l, r) = ((a.min(b), a.max(b)), (c.min(d), c.max(d)));
            assert_eq!(nice_pair(l, r), nice_pair_directly(l, r), "{l:?} {r:?}");
        }
    }

    #[test]
    fn tick_labels_are_written_as_format_writes_them() {
        let mut raws = vec![0.0, 1e-13, 3e-12, 1e-9, 7.7e-5, 0.033, 0.25, 0.6, 1.0, 2.3];
        raws.extend([
            4.4, 9.99, 12.5, 48.6, 99.0, 123.4, 2210.0, 1.7e5, 3.3e7, 9.9e8,
        ]);
        for raw in raws {
            for lo in [0.0, -raw, -raw * 0.37] {
                let Some(s) = nice(lo, raw, 5) else { continue };
                for k in 0..=s.intervals() {
                    let v = s.tick(k);
                    for v in [v, -v, v * (1.0 + 1e-15), v + s.step / 3.0] {
                        if s.step < 1e9 {
                            assert_eq!(s.label(v), by_format(v, s.decimals), "{v} {s:?}");
                        }
                    }
                }
            }
        }
        assert_eq!(fixed_point(-0.0, 1).as_deref(), Some("0.0"));
        assert_eq!(fixed_point(-1e-9, 0).as_deref(), Some("0"));
        assert_eq!(fixed_point(-2.5, 1).as_deref(), Some("-2.5"));
        assert_eq!(fixed_point(0.05, 2).as_deref(), Some("0.05"));
        assert_eq!(fixed_point(1250.0, 0).as_deref(), Some("1250"));
        assert_eq!(fixed_point(0.15, 1), None);
    }
}
