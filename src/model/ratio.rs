//! Exact ratios (rates, shares, scores) and their rounding for display.

use std::cmp::Ordering;

use super::money::round_decimal;

/// An exact fraction `num / den` with a positive denominator, for rates such as
/// 开复工率 = started ÷ projects. Compared and rounded exactly; an empty
/// denominator (no projects) is `None` at the call site, never a division by zero.
#[derive(Clone, Copy, Debug)]
pub struct Ratio {
    num: i128,
    den: i128,
}

/// Hashes the fraction as written (`1/2` and `2/4` hash apart, which only
/// makes a fingerprint more cautious).
impl std::hash::Hash for Ratio {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.num.hash(state);
        self.den.hash(state);
    }
}

// Exact arithmetic by name (`a.add(b)`), as the operators would hide that a
// division can fail.
#[allow(clippy::should_implement_trait)]
impl Ratio {
    /// `num / den`, or `None` when `den` is zero (a rate over nothing).
    pub fn new(num: i128, den: i128) -> Option<Ratio> {
        match den.cmp(&0) {
            Ordering::Equal => None,
            Ordering::Greater => Some(Ratio { num, den }),
            Ordering::Less => Some(Ratio {
                num: -num,
                den: -den,
            }),
        }
    }

    /// The whole number `n`.
    pub fn int(n: i128) -> Ratio {
        Ratio { num: n, den: 1 }
    }

    /// A decimal given in ten-thousandths (`0.1` is `from_bp(1000)`).
    pub fn from_ten_thousandths(n: i64) -> Ratio {
        Ratio {
            num: i128::from(n),
            den: 10_000,
        }
    }

    /// Numerator.
    pub fn num(self) -> i128 {
        self.num
    }

    /// Denominator (positive).
    pub fn den(self) -> i128 {
        self.den
    }

    /// The smaller of two ratios.
    pub fn min(self, other: Ratio) -> Ratio {
        if self <= other {
            self
        } else {
            other
        }
    }

    /// Product, reduced when it would grow large.
    pub fn mul(self, other: Ratio) -> Ratio {
        reduce(self.num * other.num, self.den * other.den)
    }

    /// Sum.
    pub fn add(self, other: Ratio) -> Ratio {
        reduce(
            self.num * other.den + other.num * self.den,
            self.den * other.den,
        )
    }

    /// Difference.
    pub fn sub(self, other: Ratio) -> Ratio {
        reduce(
            self.num * other.den - other.num * self.den,
            self.den * other.den,
        )
    }

    /// Quotient, `None` when dividing by zero.
    pub fn div(self, other: Ratio) -> Option<Ratio> {
        Ratio::new(self.num * other.den, self.den * other.num).map(|r| reduce(r.num, r.den))
    }

    /// The ratio as a percentage with `places` decimals, rounding half away from zero,
    /// trailing zeros kept as bulletins print them: `61.3`, `82.44`, `100.0`.
    pub fn percent(self, places: u32) -> String {
        let s = round_decimal(self.num * 100, self.den, places);
        pad_decimals(&s, places)
    }

    /// The ratio as a decimal fraction with `places` decimals (half away from zero),
    /// trailing zeros dropped: `0.6133`.
    pub fn fraction(self, places: u32) -> String {
        round_decimal(self.num, self.den, places)
    }

    /// The ratio rounded to `places` decimals as a JSON number (metrics.json).
    pub fn to_json(self, places: u32) -> serde_json::Value {
        if let Some(v) = self.to_json_exact_double(places) {
            return v;
        }
        self.to_json_from_text(places)
    }

    /// [`Ratio::to_json`] without writing the decimal and reading it back,
    /// where the rounded value `q / 10^places` has `q` below 2^53: then `q`
    /// and `10^places` are exact doubles and IEEE division rounds their
    /// quotient to the nearest double, the very double the decimal text
    /// reads as. metrics.json writes millions of rates.
    fn to_json_exact_double(self, places: u32) -> Option<serde_json::Value> {
        if places > 15 {
            return None;
        }
        let scale = 10_u128.pow(places);
        let n = self.num.unsigned_abs().checked_mul(scale)?;
        let d = self.den.unsigned_abs().max(1);
        let (q, r) = (n / d, n % d);
        // Half away from zero, as `round_decimal`.
        let q = q + u128::from(r >= d - r);
        if q >= 1 << 53 {
            return None;
        }
        let negative = self.num < 0 && q != 0;
        if q % scale == 0 {
            let whole = i64::try_from(q / scale).ok()?;
            return Some(serde_json::Value::from(if negative {
                -whole
            } else {
                whole
            }));
        }
        let v = q as f64 / scale as f64;
        serde_json::Number::from_f64(if negative { -v } else { v }).map(serde_json::Value::Number)
    }

    /// [`Ratio::to_json`] through the decimal text.
    fn to_json_from_text(self, places: u32) -> serde_json::Value {
        let s = self.fraction(places);
        match s.parse::<f64>().ok().and_then(serde_json::Number::from_f64) {
            Some(n) if !s.contains('.') => s
                .parse::<i64>()
                .map(serde_json::Value::from)
                .unwrap_or(serde_json::Value::Number(n)),
            Some(n) => serde_json::Value::Number(n),
            None => serde_json::Value::Null,
        }
    }

    /// An approximate `f64` for chart geometry only.
    pub fn as_f64(self) -> f64 {
        self.num as f64 / self.den as f64
    }
}

/// Writes `s` with exactly `places` decimals (adds zeros that rounding dropped).
fn pad_decimals(s: &str, places: u32) -> String {
    if places == 0 {
        return s.to_string();
    }
    let have = s.split_once('.').map_or(0, |(_, f)| f.len());
    let mut out = s.to_string();
    if have == 0 {
        out.push('.');
    }
    for _ in have..places as usize {
        out.push('0');
    }
    out
}

fn gcd(mut a: i128, mut b: i128) -> i128 {
    a = a.abs();
    b = b.abs();
    while b != 0 {
        let t = a % b;
        a = b;
        b = t;
    }
    a
}

fn reduce(num: i128, den: i128) -> Ratio {
    let g = gcd(num, den).max(1);
    let (num, den) = (num / g, den / g);
    if den < 0 {
        Ratio {
            num: -num,
            den: -den,
        }
    } else {
        Ratio { num, den }
    }
}

impl PartialEq for Ratio {
    fn eq(&self, other: &Ratio) -> bool {
        self.num * other.den == other.num * self.den
    }
}

impl Eq for Ratio {}

impl PartialOrd for Ratio {
    fn partial_cmp(&self, other: &Ratio) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Ratio {
    fn cmp(&self, other: &Ratio) -> Ordering {
        (self.num * other.den).cmp(&(other.num * self.den))
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn json_numbers_are_the_doubles_their_decimal_text_reads_as() {
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for i in 0..200_000 {
            let num = (next() % 2_000_000_001) as i128 - 1_000_000_000;
            let den = (next() % 100_000 + 1) as i128;
            let places = (i % 7) as u32;
            let r = Ratio { num, den };
            assert_eq!(
                r.to_json(places),
                r.to_json_from_text(places),
                "{num}/{den} at {places}"
            );
        }
        let big = Ratio {
            num: 1 << 60,
            den: 3,
        };
        assert_eq!(big.to_json(4), big.to_json_from_text(4));
        assert_eq!(Ratio::int(0).to_json(4), serde_json::json!(0));
        assert_eq!(
            Ratio {
                num: -1,
                den: 100_000
            }
            .to_json(4),
            serde_json::json!(0)
        );
    }

    use super::*;

    #[test]
    fn percent_rounds_half_away_from_zero() {
        let r = Ratio::new(111, 181).unwrap();
        assert_eq!(r.percent(1), "61.3");
        assert_eq!(r.percent(2), "61.33");
        assert_eq!(r.fraction(4), "0.6133");
        assert_eq!(Ratio::new(1, 8).unwrap().percent(1), "12.5");
        assert_eq!(Ratio::new(1, 16).unwrap().percent(1), "6.3");
        assert_eq!(Ratio::new(-1, 16).unwrap().percent(1), "-6.3");
        assert_eq!(Ratio::new(1, 1).unwrap().percent(1), "100.0");
        assert_eq!(Ratio::new(0, 5).unwrap().percent(2), "0.00");
        assert_eq!(Ratio::new(8244, 10000).unwrap().percent(2), "82.44");
        assert!(Ratio::new(1, 0).is_none());
    }

    #[test]
    fn exact_comparison() {
        let a = Ratio::new(1, 3).unwrap();
        let b = Ratio::new(2, 6).unwrap();
        assert_eq!(a, b);
        assert!(Ratio::new(3, 4).unwrap() > Ratio::new(74, 100).unwrap());
        assert_eq!(a.add(b), Ratio::new(2, 3).unwrap());
        assert_eq!(
            Ratio::new(3, 4)
                .unwrap()
                .sub(Ratio::from_ten_thousandths(1000)),
            Ratio::new(65, 100).unwrap()
        );
        assert_eq!(Ratio::new(1, -2).unwrap(), Ratio::new(-1, 2).unwrap());
    }

    #[test]
    fn json_values() {
        assert_eq!(
            Ratio::new(111, 181).unwrap().to_json(4).to_string(),
            "0.6133"
        );
        assert_eq!(Ratio::new(1, 1).unwrap().to_json(4).to_string(), "1");
        assert_eq!(Ratio::new(3, 4).unwrap().to_json(4).to_string(), "0.75");
    }
}
