//! Charts with categories along the x axis and values up the y axis:
//! grouped bars, lines, and bars with a line on a second axis.

use std::borrow::Cow;

use plotters::prelude::RGBColor;

use super::canvas::{render, Canvas};
use super::label::Txt;
use super::legend::{draw_legend, legend_height, LegendItem, Swatch};
use super::marker::Marker;
use super::scale::{nice, nice_pair, Scale};
use super::style::{
    needs_outline, px, Layout, AXIS, BAR_COLORS, GRID, HEIGHT, LABEL_PX, LINE_COLORS, MUTED,
    OUTLINE, PAD, PAPER, TEXT, VALUE_PX,
};
use super::text::{ellipsize, text_width, wrap, wrap_balanced};
use super::title::{draw_title, empty_chart, title_height, title_lines};
use super::{LineSeries, Series};

/// Line height of wrapped x labels.
const X_LINE: f64 = 15.0;
/// Gap between the plot and the x labels.
const X_GAP: f64 = 6.0;
/// Longest vertical x label, in pixels, before it is shortened with "…".
const X_VERTICAL_MAX: f64 = 150.0;
/// At most this many lines for a wrapped x label; more turns labels upright.
const X_MAX_LINES: usize = 3;
/// Axes of more labels than this (months) are thinned, never wrapped.
const THIN_FROM: usize = 8;
/// Only labels up to this wide (a month with its year) are thinned; longer
/// ones turn upright.
const THIN_MAX: f64 = 60.0;
/// Smallest plot height; the chart grows taller rather than go below it.
const MIN_PLOT_H: f64 = 170.0;
/// Gap between tick labels and the plot.
const TICK_GAP: f64 = 6.0;
/// Height of the line above the plot holding the y unit.
const UNIT_H: f64 = 20.0;
/// Target number of y intervals.
const Y_TICKS: u32 = 5;

/// How the x labels are set.
struct XLayout<'a> {
    /// Lines of each label (one line when vertical).
    lines: Vec<Vec<Cow<'a, str>>>,
    /// Labels turned upright because they do not fit side by side.
    vertical: bool,
    /// Only every `every`-th label is drawn (1 = all).
    every: usize,
    /// Height of the label area below the plot.
    height: f64,
}

fn layout_x<'a>(labels: &'a [String], n: usize, slot: f64) -> XLayout<'a> {
    let label = |i: usize| labels.get(i).map(String::as_str).unwrap_or("");
    // Leave a clear gap between neighbouring labels.
    let max_w = (slot - 6.0).max(1.0);
    let mut lines: Vec<Vec<Cow<'a, str>>> = Vec::with_capacity(n);
    let mut fits = true;
    let mut max_lines = 1;
    // A long axis (months) is never wrapped into pieces ("10/月"): every
    // k-th label is shown whole instead, when that leaves at least three.
    if n > THIN_FROM {
        let widest = (0..n)
            .map(|i| text_width(label(i).trim(), LABEL_PX))
            .fold(0.0, f64::max);
        if widest > max_w && widest <= THIN_MAX {
            let every = ((widest + 6.0) / slot.max(0.01)).ceil().max(1.0) as usize;
            if every * 3 <= n {
                return XLayout {
                    lines: (0..n)
                        .map(|i| vec![Cow::Borrowed(label(i).trim())])
                        .collect(),
                    vertical: false,
                    every,
                    height: X_GAP + X_LINE + 2.0,
                };
            }
        }
    }
    for i in 0..n {
        // Most labels ("3月") fit on one line as they are.
        let short = label(i).trim();
        if text_width(short, LABEL_PX) <= max_w {
            lines.push(vec![Cow::Borrowed(short)]);
            continue;
        }
        let raw = wrap(label(i), LABEL_PX, max_w);
        if raw.len() > X_MAX_LINES || raw.iter().any(|l| text_width(l, LABEL_PX) > max_w) {
            fits = false;
            break;
        }
        let wrapped = wrap_balanced(label(i), LABEL_PX, max_w, X_MAX_LINES);
        max_lines = max_lines.max(wrapped.len());
        lines.push(wrapped);
    }
    if fits {
        return XLayout {
            lines,
            vertical: false,
            every: 1,
            height: X_GAP + max_lines as f64 * X_LINE + 2.0,
        };
    }
    // Upright labels, one line each; thinned when even that is too crowded.
    lines.clear();
    let mut longest: f64 = 0.0;
    for i in 0..n {
        let l = ellipsize(label(i), LABEL_PX, X_VERTICAL_MAX);
        longest = longest.max(text_width(&l, LABEL_PX));
        lines.push(vec![l]);
    }
    let every = if slot >= X_LINE {
        1
    } else {
        (X_LINE / slot.max(0.01)).ceil().min(n.max(1) as f64) as usize
    };
    XLayout {
        lines,
        vertical: true,
        every: every.max(1),
        height: X_GAP + longest + 4.0,
    }
}

/// How value labels on bars are set.
#[derive(Clone, Copy, PartialEq, Debug)]
pub(crate) struct ValueMode {
    px: f64,
    vertical: bool,
    /// Room the label needs beyond the end of its bar, in pixels.
    extent: f64,
}

/// Picks the value-label setting for bars `pitch` pixels apart whose
/// widest label is `max_em` ems wide: flat at 11 or 10 px if it fits,
/// upright at 10 px otherwise, none when bars are too thin even for that.
fn value_mode(max_em: f64, pitch: f64, narrow: bool) -> Option<ValueMode> {
    if max_em <= 0.0 {
        return None;
    }
    // A phone chart is shown at about its own size: nothing under 11 px.
    let small = if narrow { VALUE_PX } else { 10.0 };
    for size in [VALUE_PX, small] {
        if max_em * size <= pitch - 3.0 {
            return Some(ValueMode {
                px: size,
                vertical: false,
                extent: size + 6.0,
            });
        }
    }
    if pitch >= small + 3.0 {
        return Some(ValueMode {
            px: small,
            vertical: true,
            extent: max_em * small + 8.0,
        });
    }
    None
}

/// Value labels a vertical chart must make room for.
pub(crate) struct ValueLabels {
    /// Widest label, in ems.
    pub max_em: f64,
    /// Bars side by side in one category slot.
    pub bars_per_slot: usize,
}

impl ValueLabels {
    fn pitch(&self, slot: f64) -> f64 {
        if self.bars_per_slot <= 1 {
            slot
        } else {
            bar_width(slot, self.bars_per_slot)
        }
    }
}

/// What a vertical chart needs laid out.
pub(crate) struct FrameSpec<'a> {
    pub title: &'a str,
    pub y_unit: &'a str,
    pub x_labels: &'a [String],
    /// Number of category slots.
    pub n: usize,
    pub legend: &'a [LegendItem<'a>],
    /// Data range on the left axis (zero is added).
    pub left: (f64, f64),
    /// Data range on the right axis, if there is one.
    pub right: Option<(f64, f64)>,
    pub values: Option<ValueLabels>,
    /// Desktop or phone layout.
    pub layout: Layout,
}

/// The laid-out chart: title, legend, plot rectangle, scales, x labels.
pub(crate) struct Frame<'a> {
    w: f64,
    h: f64,
    title: Vec<Cow<'a, str>>,
    legend_top: f64,
    x0: f64,
    y0: f64,
    x1: f64,
    y1: f64,
    n: usize,
    left: Ticks,
    right: Option<Ticks>,
    x: XLayout<'a>,
    y_unit: &'a str,
    /// Setting for value labels on bars, if any fit.
    pub value_mode: Option<ValueMode>,
}

fn scales(left: (f64, f64), right: Option<(f64, f64)>) -> Option<(Scale, Option<Scale>)> {
    match right {
        Some(r) => nice_pair(left, r).map(|(l, r)| (l, Some(r))),
        None => nice(left.0, left.1, Y_TICKS).map(|l| (l, None)),
    }
}

/// A scale with its tick labels, lowest first, and the width of the
/// widest of them and the unit.
struct Ticks {
    scale: Scale,
    labels: Vec<String>,
    width: f64,
}

impl Ticks {
    fn new(scale: Scale, unit: &str) -> Ticks {
        let labels: Vec<String> = (0..=scale.intervals())
            .map(|k| scale.label(scale.tick(k)))
            .collect();
        let width = labels
            .iter()
            .map(|l| text_width(l, LABEL_PX))
            .fold(text_width(unit, LABEL_PX), f64::max);
        Ticks {
            scale,
            labels,
            width,
        }
    }

    /// The ticks of `scale`: `prev` again if they are of the same scale.
    fn reuse(prev: Option<Ticks>, scale: Scale, unit: &str) -> Ticks {
        match prev {
            Some(t) if t.scale == scale => t,
            _ => Ticks::new(scale, unit),
        }
    }
}

/// Widens a data range so that labels `top`/`bottom` pixels long fit
/// beyond the ends of the bars in a plot `plot_h` pixels high.
fn with_headroom((lo, hi): (f64, f64), top: f64, bottom: f64, plot_h: f64) -> (f64, f64) {
    let lo = lo.min(0.0);
    let hi = hi.max(0.0);
    let rt = if hi > 0.0 { top / plot_h } else { 0.0 };
    let rb = if lo < 0.0 { bottom / plot_h } else { 0.0 };
    let keep = (1.0 - rt - rb).max(0.3);
    let span = (hi - lo) / keep;
    (lo - span * rb, hi + span * rt)
}

impl<'a> Frame<'a> {
    /// Lays out a chart; `None` when the numbers cannot be scaled.
    pub fn new(spec: &FrameSpec<'a>) -> Option<Frame<'a>> {
        let w = f64::from(spec.layout.width());
        let narrow = spec.layout == Layout::Narrow;
        let title = title_lines(spec.title, w);
        let title_bottom = PAD + title_height(&title);
        let legend_h = legend_height(spec.legend, w);
        // On a phone the legend goes below the x labels, so that the plot
        // starts right under the title and keeps its height.
        let (top, below) = if narrow {
            (title_bottom + UNIT_H + 6.0, legend_h)
        } else {
            (title_bottom + legend_h + UNIT_H + 6.0, 0.0)
        };
        let n = spec.n.max(1);
        let mut extent = 0.0;
        let mut plot_h = HEIGHT as f64 - top - 40.0;
        let mut frame: Option<Frame> = None;
        for _ in 0..3 {
            let left_range = with_headroom(spec.left, extent, extent, plot_h);
            let (left, right) = scales(left_range, spec.right)?;
            // What the last round worked out is kept where it still holds.
            let (prev_left, prev_right, prev_x) = match frame.take() {
                Some(f) => {
                    let slot = f.slot();
                    (Some(f.left), f.right, Some((slot, f.x)))
                }
                None => (None, None, None),
            };
            let left = Ticks::reuse(prev_left, left, spec.y_unit);
            let right = right.map(|r| Ticks::reuse(prev_right, r, spec.y_unit));
            let lm = (PAD + left.width + TICK_GAP).min(w * 0.3);
            let rm = match &right {
                Some(r) => (PAD + r.width + TICK_GAP).min(w * 0.3),
                None => PAD + 6.0,
            };
            let x0 = lm;
            let x1 = w - rm;
            let slot = (x1 - x0) / n as f64;
            let x = match prev_x {
                Some((prev_slot, x)) if prev_slot == slot => x,
                _ => layout_x(spec.x_labels, spec.n, slot),
            };
            let h = (HEIGHT as f64).max(top + MIN_PLOT_H + x.height + PAD) + below;
            let y1 = h - PAD - below - x.height;
            plot_h = y1 - top;
            let legend_top = if narrow {
                y1 + x.height + 6.0
            } else {
                title_bottom
            };
            let value_mode = spec
                .values
                .as_ref()
                .and_then(|v| value_mode(v.max_em, v.pitch(slot), narrow));
            let needed = value_mode.map_or(0.0, |m| m.extent);
            frame = Some(Frame {
                w,
                h,
                title: title.clone(),
                legend_top,
                x0,
                y0: top,
                x1,
                y1,
                n,
                left,
                right,
                x,
                y_unit: spec.y_unit,
                value_mode,
            });
            if needed <= extent {
                break;
            }
            extent = needed + 2.0;
        }
        frame
    }

    /// Size of the SVG.
    pub fn size(&self) -> (u32, u32) {
        (self.w as u32, self.h.ceil() as u32)
    }

    /// Width of one category slot.
    pub fn slot(&self) -> f64 {
        (self.x1 - self.x0) / self.n as f64
    }

    /// Centre of category slot `i`.
    pub fn cx(&self, i: usize) -> f64 {
        self.x0 + self.slot() * (i as f64 + 0.5)
    }

    fn y_on(&self, s: &Scale, v: f64) -> f64 {
        self.y1 - s.frac(v) * (self.y1 - self.y0)
    }

    /// Pixel row of value `v` on the left axis.
    pub fn y(&self, v: f64) -> f64 {
        self.y_on(&self.left.scale, v)
    }

    /// Pixel row of value `v` on the right axis (the left one without).
    pub fn y_right(&self, v: f64) -> f64 {
        match &self.right {
            Some(r) => self.y_on(&r.scale, v),
            None => self.y(v),
        }
    }

    /// Draws title, legend, units, gridlines, tick labels and x labels.
    pub fn draw(&self, cv: &mut Canvas, legend: &[LegendItem]) {
        draw_title(cv, &self.title, self.w, PAD);
        draw_legend(cv, legend, self.w, self.legend_top);
        let rows: Vec<(f64, f64)> = (0..=self.left.scale.intervals())
            .map(|k| {
                let v = self.left.scale.tick(k);
                (v, self.y(v))
            })
            .collect();
        for &(v, y) in &rows {
            if v != 0.0 {
                cv.line((self.x0, y), (self.x1, y), GRID, 1);
            }
        }
        // The unit above each axis, then its tick labels.
        let unit_y = self.y0 - UNIT_H / 2.0 - 4.0;
        let sides = [
            (
                Some(&self.left),
                Txt::new(LABEL_PX, MUTED).right(),
                self.x0 - TICK_GAP,
            ),
            (
                self.right.as_ref(),
                Txt::new(LABEL_PX, MUTED).left(),
                self.x1 + TICK_GAP,
            ),
        ];
        for (ticks, style, x) in sides {
            let Some(ticks) = ticks else { continue };
            style.group(cv, |cv| {
                style.draw(cv, self.y_unit, x, unit_y);
                for (label, &(_, y)) in ticks.labels.iter().zip(&rows) {
                    style.draw(cv, label, x, y);
                }
            });
        }
        self.draw_x_labels(cv);
    }

    fn draw_x_labels(&self, cv: &mut Canvas) {
        let top = self.y1 + X_GAP;
        if self.x.vertical {
            let style = Txt::new(LABEL_PX, TEXT).right().vertical();
            style.group(cv, |cv| {
                for (i, l) in self.x.lines.iter().enumerate() {
                    if i % self.x.every != 0 {
                        continue;
                    }
                    if let Some(t) = l.first() {
                        // Upright text centres about 0.1 em left of its anchor.
                        style.draw(cv, t, self.cx(i) + LABEL_PX * 0.1, top);
                    }
                }
            });
        } else {
            let style = Txt::new(LABEL_PX, TEXT).center();
            for (i, l) in self.x.lines.iter().enumerate() {
                if i % self.x.every != 0 {
                    continue;
                }
                for (j, t) in l.iter().enumerate() {
                    let y = top + X_LINE * (j as f64 + 0.5);
                    // A thinned label may be wider than its slot: keep it inside.
                    let half = text_width(t, LABEL_PX) / 2.0 + 1.0;
                    let x = if self.x.every > 1 {
                        self.cx(i).clamp(half, (self.w - half).max(half))
                    } else {
                        self.cx(i)
                    };
                    style.draw(cv, t, x, y);
                }
            }
        }
    }

    /// Draws the zero line over the bars.
    pub fn draw_zero_line(&self, cv: &mut Canvas) {
        let y = self.y(0.0);
        cv.line((self.x0, y), (self.x1, y), AXIS, 1);
    }

    /// Draws what `draw` draws, the value labels, in a group set in their
    /// size (and anchor, for those of positive values when upright).
    pub fn value_labels(&self, cv: &mut Canvas, draw: impl FnOnce(&mut Canvas)) {
        match self.value_mode {
            Some(m) if m.vertical => Txt::new(m.px, TEXT).left().group(cv, draw),
            Some(m) => Txt::new(m.px, TEXT).center().group(cv, draw),
            None => draw(cv),
        }
    }

    /// Draws a value label at the end of a bar centred on `x` whose end is
    /// at pixel row `end` (above it for `v >= 0`, below for negatives).
    /// With `halo`, a white box goes behind the text where it would cover
    /// some ink, so that a line drawn across the label does not hide it.
    pub fn draw_value_label(
        &self,
        cv: &mut Canvas,
        label: &str,
        (x, end): (f64, f64),
        v: f64,
        halo: Option<&mut Ink>,
    ) {
        let Some(mode) = self.value_mode else {
            return;
        };
        let label = label.trim();
        if label.is_empty() {
            return;
        }
        let up = v >= 0.0;
        let tw = text_width(label, mode.px);
        if mode.vertical {
            let y = if up { end - 4.0 } else { end + 4.0 };
            if let Some(ink) = halo {
                let far = if up { y - tw - 2.0 } else { y + tw + 2.0 };
                ink.halo(cv, (x - mode.px * 0.6, y), (x + mode.px * 0.6, far));
            }
            let style = Txt::new(mode.px, TEXT).vertical();
            let style = if up { style.left() } else { style.right() };
            style.draw(cv, label, x + mode.px * 0.1, y);
        } else {
            let y = if up {
                end - mode.px / 2.0 - 4.0
            } else {
                end + mode.px / 2.0 + 4.0
            };
            if let Some(ink) = halo {
                let (hw, hh) = (tw / 2.0 + 2.0, mode.px / 2.0 + 2.0);
                ink.halo(cv, (x - hw, y - hh), (x + hw, y + hh));
            }
            Txt::new(mode.px, TEXT).center().draw(cv, label, x, y);
        }
    }
}

/// A box in whole pixels: left, top, right, bottom.
type PxBox = (i32, i32, i32, i32);

/// The box between two corners, rounded to whole pixels as drawn.
fn px_box(a: (f64, f64), b: (f64, f64)) -> PxBox {
    (
        px(a.0.min(b.0)),
        px(a.1.min(b.1)),
        px(a.0.max(b.0)),
        px(a.1.max(b.1)),
    )
}

/// What a chart has drawn inside its plot that a value label's halo could
/// cover. The halo, a mostly opaque white box, changes no pixel where it
/// covers only white paper, so it is drawn only where it would cover some
/// of this ink (or reach outside the plot, where nothing is tracked).
/// Distances allow for line widths, miter joins and markers, plus one unit
/// more, so that no pixel changes at 100 % or when the chart is scaled up,
/// where a pixel is a unit or less.
pub(crate) struct Ink {
    /// The plot rectangle.
    plot: PxBox,
    /// Pixel rows of the 1 px gridlines and zero line across the plot.
    rows: Vec<i32>,
    /// Bars, with their 1 px outline, and labels already drawn (their
    /// halo boxes).
    boxes: Vec<PxBox>,
    /// Segments of the 2 px lines.
    segments: Vec<((i32, i32), (i32, i32))>,
    /// Corners of those lines, with a marker of radius 3 on each.
    points: Vec<(i32, i32)>,
}

impl Ink {
    /// The gridlines and zero line of `frame`.
    fn new(frame: &Frame) -> Ink {
        let s = &frame.left.scale;
        Ink {
            plot: px_box((frame.x0, frame.y0), (frame.x1, frame.y1)),
            rows: (0..=s.intervals())
                .map(|k| px(frame.y(s.tick(k))))
                .collect(),
            boxes: Vec::new(),
            segments: Vec::new(),
            points: Vec::new(),
        }
    }

    /// A bar drawn between two corners.
    fn bar(&mut self, a: (f64, f64), b: (f64, f64)) {
        self.boxes.push(px_box(a, b));
    }

    /// A run of a line drawn through `points`, with markers.
    fn line(&mut self, points: &[(i32, i32)]) {
        self.segments
            .extend(points.windows(2).map(|w| (w[0], w[1])));
        self.points.extend_from_slice(points);
    }

    /// Whether the box `b` covers anything drawn or leaves the plot.
    fn covers(&self, b: PxBox) -> bool {
        let (l, t, r, btm) = b;
        let (pl, pt, pr, pb) = self.plot;
        let grow = |m: i32| (l - m, t - m, r + m, btm + m);
        let hits =
            |(x0, y0, x1, y1): PxBox, (l, t, r, b): PxBox| x0 <= r && l <= x1 && y0 <= b && t <= y1;
        l < pl
            || r > pr
            || t < pt
            || btm > pb
            || self.rows.iter().any(|&y| y + 1 >= t && y - 1 <= btm)
            || self.boxes.iter().any(|&o| hits(o, grow(1)))
            || self
                .points
                .iter()
                .any(|&(x, y)| hits((x, y, x, y), grow(5)))
            || self
                .segments
                .iter()
                .any(|&(a, c)| segment_hits(a, c, grow(2)))
    }

    /// The halo of a label between two corners: drawn if it covers ink,
    /// then counted as ink itself (its label is).
    fn halo(&mut self, cv: &mut Canvas, a: (f64, f64), b: (f64, f64)) {
        let (l, t, r, btm) = px_box(a, b);
        if self.covers((l, t, r, btm)) {
            cv.rect_px((l, t), (r, btm), PAPER, 0.85, None);
        }
        self.boxes.push((l, t, r, btm));
    }
}

/// Whether the segment from `a` to `b` meets the box (Liang–Barsky).
fn segment_hits(a: (i32, i32), b: (i32, i32), (l, t, r, btm): PxBox) -> bool {
    let (ax, ay) = (f64::from(a.0), f64::from(a.1));
    let (dx, dy) = (f64::from(b.0) - ax, f64::from(b.1) - ay);
    let (mut t0, mut t1) = (0.0f64, 1.0f64);
    for (p, q) in [
        (-dx, ax - f64::from(l)),
        (dx, f64::from(r) - ax),
        (-dy, ay - f64::from(t)),
        (dy, f64::from(btm) - ay),
    ] {
        if p == 0.0 {
            if q < 0.0 {
                return false;
            }
        } else if p < 0.0 {
            t0 = t0.max(q / p);
        } else {
            t1 = t1.min(q / p);
        }
    }
    t0 <= t1
}

/// Lowest and highest finite value of `values` (first `n` only).
fn range<I: IntoIterator<Item = f64>>(values: I) -> Option<(f64, f64)> {
    let mut r: Option<(f64, f64)> = None;
    for v in values.into_iter().filter(|v| v.is_finite()) {
        r = Some(match r {
            Some((lo, hi)) => (lo.min(v), hi.max(v)),
            None => (v, v),
        });
    }
    r
}

fn merge(a: Option<(f64, f64)>, b: Option<(f64, f64)>) -> Option<(f64, f64)> {
    match (a, b) {
        (Some(a), Some(b)) => Some((a.0.min(b.0), a.1.max(b.1))),
        (a, None) => a,
        (None, b) => b,
    }
}

/// Widest non-empty value label, in ems, of bars that have a value.
fn labels_em(values: &[f64], labels: &[String], n: usize) -> f64 {
    values
        .iter()
        .zip(labels)
        .take(n)
        .filter(|(v, _)| v.is_finite())
        .map(|(_, l)| text_width(l.trim(), 1.0))
        .fold(0.0, f64::max)
}

/// The bar colour for series `i`.
fn bar_color(i: usize) -> RGBColor {
    BAR_COLORS[i % BAR_COLORS.len()]
}

/// Widest a bar gets, so a chart with few categories does not look like
/// a wall.
const MAX_BAR: f64 = 72.0;

/// Width of each of `k` bars side by side in a category slot: together a
/// little over half the slot for one series, more for several.
fn bar_width(slot: f64, k: usize) -> f64 {
    let share = if k <= 1 { 0.56 } else { 0.78 };
    (slot * share / k.max(1) as f64).min(MAX_BAR)
}

/// See [`super::grouped_bars`].
pub(crate) fn grouped_bars(
    title: &str,
    categories: &[String],
    series: &[Series],
    y_unit: &str,
    layout: Layout,
) -> String {
    let n = categories.len();
    let k = series.len();
    let empty_size = (layout.width(), HEIGHT);
    if n == 0 || k == 0 {
        return empty_chart(title, empty_size);
    }
    let Some(data) = series.iter().fold(None, |acc, s| {
        merge(acc, range(s.values.iter().take(n).copied()))
    }) else {
        return empty_chart(title, empty_size);
    };
    let legend: Vec<LegendItem> = if k > 1 {
        series
            .iter()
            .enumerate()
            .map(|(i, s)| LegendItem {
                name: Cow::Borrowed(s.name.as_str()),
                swatch: Swatch::Bar(bar_color(i)),
            })
            .collect()
    } else {
        Vec::new()
    };
    let max_em = series
        .iter()
        .map(|s| labels_em(&s.values, &s.labels, n))
        .fold(0.0, f64::max);
    let spec = FrameSpec {
        title,
        y_unit,
        x_labels: categories,
        n,
        legend: &legend,
        left: data,
        right: None,
        values: Some(ValueLabels {
            max_em,
            bars_per_slot: k,
        }),
        layout,
    };
    let Some(frame) = Frame::new(&spec) else {
        return empty_chart(title, empty_size);
    };
    render(title, title, frame.size(), |cv| {
        frame.draw(cv, &legend);
        let bw = bar_width(frame.slot(), k);
        let group = bw * k as f64;
        let gap = if bw > 6.0 { 1.0 } else { 0.0 };
        let zero = frame.y(0.0);
        for (s, ser) in series.iter().enumerate() {
            let color = bar_color(s);
            let outline = needs_outline(color).then_some(OUTLINE);
            cv.outlined(outline, |cv| {
                for (i, &v) in ser.values.iter().take(n).enumerate() {
                    if !v.is_finite() {
                        continue;
                    }
                    let left = frame.cx(i) - group / 2.0 + s as f64 * bw;
                    cv.rect(
                        (left + gap, zero),
                        (left + bw - gap, frame.y(v)),
                        color,
                        outline,
                    );
                }
            });
        }
        frame.draw_zero_line(cv);
        frame.value_labels(cv, |cv| {
            for (s, ser) in series.iter().enumerate() {
                for (i, (&v, l)) in ser.values.iter().zip(&ser.labels).take(n).enumerate() {
                    if v.is_finite() {
                        let x = frame.cx(i) - group / 2.0 + (s as f64 + 0.5) * bw;
                        frame.draw_value_label(cv, l, (x, frame.y(v)), v, None);
                    }
                }
            }
        });
    })
}

/// How one line series is drawn.
#[derive(Clone, Copy)]
struct LineLook {
    color: RGBColor,
    dashed: bool,
    marker: Marker,
    /// Plotted against the right axis.
    right_axis: bool,
}

/// Draws one line series: runs of consecutive values joined, gaps where a
/// value is missing or not finite, a marker on every point. `buf` is
/// scratch space, reused across series.
fn draw_line(
    cv: &mut Canvas,
    frame: &Frame,
    values: &[Option<f64>],
    n: usize,
    look: LineLook,
    buf: &mut Vec<(i32, i32)>,
    mut ink: Option<&mut Ink>,
) {
    let mut flush = |cv: &mut Canvas, buf: &mut Vec<(i32, i32)>| {
        cv.polyline(buf, look.color, look.dashed);
        look.marker.draw_all(cv, buf, look.color);
        if let Some(ink) = ink.as_deref_mut() {
            ink.line(buf);
        }
        buf.clear();
    };
    buf.clear();
    for (i, v) in values.iter().take(n).enumerate() {
        match v {
            Some(v) if v.is_finite() => {
                let y = if look.right_axis {
                    frame.y_right(*v)
                } else {
                    frame.y(*v)
                };
                buf.push((px(frame.cx(i)), px(y)));
            }
            _ => flush(cv, buf),
        }
    }
    flush(cv, buf);
}

/// See [`super::line_chart`].
pub(crate) fn line_chart(
    title: &str,
    x_labels: &[String],
    lines: &[LineSeries],
    y_unit: &str,
    layout: Layout,
) -> String {
    let n = lines
        .iter()
        .map(|l| l.values.len())
        .fold(x_labels.len(), usize::max);
    let empty_size = (layout.width(), HEIGHT);
    let data = lines.iter().fold(None, |acc, l| {
        merge(acc, range(l.values.iter().take(n).flatten().copied()))
    });
    let Some(data) = data else {
        return empty_chart(title, empty_size);
    };
    let legend: Vec<LegendItem> = if lines.len() > 1 {
        lines
            .iter()
            .enumerate()
            .map(|(i, l)| LegendItem {
                name: Cow::Borrowed(l.name.as_str()),
                swatch: Swatch::Line {
                    color: LINE_COLORS[i % LINE_COLORS.len()],
                    dashed: l.dashed,
                    marker: Marker::nth(i),
                },
            })
            .collect()
    } else {
        Vec::new()
    };
    let spec = FrameSpec {
        title,
        y_unit,
        x_labels,
        n,
        legend: &legend,
        left: data,
        right: None,
        values: None,
        layout,
    };
    let Some(frame) = Frame::new(&spec) else {
        return empty_chart(title, empty_size);
    };
    render(title, title, frame.size(), |cv| {
        frame.draw(cv, &legend);
        frame.draw_zero_line(cv);
        let mut buf = Vec::with_capacity(n);
        for (i, l) in lines.iter().enumerate() {
            let look = LineLook {
                color: LINE_COLORS[i % LINE_COLORS.len()],
                dashed: l.dashed,
                marker: Marker::nth(i),
                right_axis: false,
            };
            draw_line(cv, &frame, &l.values, n, look, &mut buf, None);
        }
    })
}

/// Fill of the bars in [`bars_with_line`]: light, so the dark line on top
/// stands out in colour and in grayscale.
const COMBO_BAR: RGBColor = RGBColor(0x9D, 0xC3, 0xE6);
/// Colour of the line in [`bars_with_line`].
const COMBO_LINE: RGBColor = RGBColor(0xC0, 0x50, 0x1A);

/// See [`super::bars_with_line`].
pub(crate) fn bars_with_line(
    title: &str,
    x_labels: &[String],
    bars: &Series,
    line_series: &LineSeries,
    y_unit: &str,
    layout: Layout,
) -> String {
    let n = x_labels
        .len()
        .max(bars.values.len())
        .max(line_series.values.len());
    let empty_size = (layout.width(), HEIGHT);
    let bar_range = range(bars.values.iter().take(n).copied());
    let line_range = range(line_series.values.iter().take(n).flatten().copied());
    if bar_range.is_none() && line_range.is_none() {
        return empty_chart(title, empty_size);
    }
    let legend = [
        LegendItem {
            name: Cow::Owned(format!("{}（左轴）", bars.name.trim())),
            swatch: Swatch::Bar(COMBO_BAR),
        },
        LegendItem {
            name: Cow::Owned(format!("{}（右轴）", line_series.name.trim())),
            swatch: Swatch::Line {
                color: COMBO_LINE,
                dashed: line_series.dashed,
                marker: Marker::Circle,
            },
        },
    ];
    let spec = FrameSpec {
        title,
        y_unit,
        x_labels,
        n,
        legend: &legend,
        left: bar_range.unwrap_or((0.0, 0.0)),
        right: Some(line_range.unwrap_or((0.0, 0.0))),
        values: Some(ValueLabels {
            max_em: labels_em(&bars.values, &bars.labels, n),
            bars_per_slot: 1,
        }),
        layout,
    };
    let Some(frame) = Frame::new(&spec) else {
        return empty_chart(title, empty_size);
    };
    render(title, title, frame.size(), |cv| {
        frame.draw(cv, &legend);
        let bw = bar_width(frame.slot(), 1);
        let zero = frame.y(0.0);
        let mut ink = Ink::new(&frame);
        cv.outlined(Some(OUTLINE), |cv| {
            for (i, &v) in bars.values.iter().take(n).enumerate() {
                if v.is_finite() {
                    let x = frame.cx(i);
                    let (a, b) = ((x - bw / 2.0, zero), (x + bw / 2.0, frame.y(v)));
                    cv.rect(a, b, COMBO_BAR, Some(OUTLINE));
                    ink.bar(a, b);
                }
            }
        });
        frame.draw_zero_line(cv);
        let mut buf = Vec::with_capacity(n);
        draw_line(
            cv,
            &frame,
            &line_series.values,
            n,
            LineLook {
                color: COMBO_LINE,
                dashed: line_series.dashed,
                marker: Marker::Circle,
                right_axis: true,
            },
            &mut buf,
            Some(&mut ink),
        );
        // Labels last, on white boxes where they need them, so the line
        // never hides them.
        frame.value_labels(cv, |cv| {
            for (i, (&v, l)) in bars.values.iter().zip(&bars.labels).take(n).enumerate() {
                if v.is_finite() {
                    frame.draw_value_label(cv, l, (frame.cx(i), frame.y(v)), v, Some(&mut ink));
                }
            }
        });
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_meet_boxes_they_cross_and_no_others() {
        let b = (10, 10, 20, 20);
        assert!(segment_hits((0, 0), (30, 30), b)); // through
        assert!(segment_hits((15, 15), (16, 16), b)); // inside
        assert!(segment_hits((0, 20), (30, 20), b)); // along the edge
        assert!(segment_hits((15, 0), (15, 10), b)); // ends on the edge
        assert!(!segment_hits((0, 9), (30, 9), b)); // above
        assert!(!segment_hits((0, 0), (9, 30), b)); // left, slanted
        assert!(!segment_hits((0, 19), (19, 0), b)); // past the corner
        assert!(!segment_hits((21, 15), (21, 15), b)); // a point outside
    }
}
