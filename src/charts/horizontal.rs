//! Charts with one horizontal bar per row: ranked bars, the promotion
//! funnel, and the red/yellow/green flag split.

use std::borrow::Cow;

use plotters::prelude::RGBColor;

use super::canvas::{render, Canvas};
use super::label::Txt;
use super::legend::{draw_legend, legend_height, LegendItem, Swatch};
use super::scale::nice;
use super::style::{
    px, Layout, AXIS, BAR_COLORS, GRID, LABEL_PX, MUTED, OUTLINE, PAD, TEXT, VALUE_PX,
};
use super::text::{text_width, wrap_balanced};
use super::title::{draw_title, empty_chart, title_height, title_lines};

/// Widest the label column may get, as a share of the chart width; longer
/// labels wrap onto a second line.
const LABEL_SHARE: f64 = 0.34;
/// Gap between a label column and the bars.
const LABEL_GAP: f64 = 8.0;

/// Lays out row labels: the column width (from the longest label, capped)
/// and each label's lines (two at most).
fn label_column<'a, I>(labels: I, cap: f64) -> (f64, Vec<Vec<Cow<'a, str>>>, usize)
where
    I: IntoIterator<Item = &'a str>,
{
    let mut widest: f64 = 0.0;
    let mut lines = Vec::new();
    let mut max_lines = 1;
    for l in labels {
        let w = text_width(l.trim(), LABEL_PX);
        let wrapped = if w > cap {
            wrap_balanced(l, LABEL_PX, cap, 2)
        } else {
            vec![Cow::Borrowed(l.trim())]
        };
        for t in &wrapped {
            widest = widest.max(text_width(t, LABEL_PX));
        }
        max_lines = max_lines.max(wrapped.len());
        lines.push(wrapped);
    }
    (widest.min(cap), lines, max_lines)
}

/// Draws the row labels, each one's lines right-aligned at `x`, centred
/// on its row's centre `cy(row)`.
fn draw_row_labels(cv: &mut Canvas, labels: &[Vec<Cow<str>>], x: f64, cy: impl Fn(usize) -> f64) {
    let style = Txt::new(LABEL_PX, TEXT).right();
    let lh = LABEL_PX + 3.0;
    style.group(cv, |cv| {
        for (i, lines) in labels.iter().enumerate() {
            let first = cy(i) - lh * (lines.len() as f64 - 1.0) / 2.0;
            for (j, t) in lines.iter().enumerate() {
                style.draw(cv, t, x, first + lh * j as f64);
            }
        }
    });
}

/// See [`super::horizontal_bars`].
pub(crate) fn horizontal_bars(
    title: &str,
    labels: &[String],
    values: &[f64],
    value_labels: &[String],
    max: Option<f64>,
    layout: Layout,
) -> String {
    let width = layout.width();
    let w = f64::from(width);
    let n = labels.len();
    let value = |i: usize| values.get(i).copied().filter(|v| v.is_finite());
    let data_max = (0..n).filter_map(value).fold(f64::NEG_INFINITY, f64::max);
    if n == 0 || !data_max.is_finite() {
        return empty_chart(title, (width, 160));
    }
    let axis_max = match max {
        Some(m) if m.is_finite() && m > 0.0 => m.max(data_max),
        _ => data_max,
    };
    let Some(scale) = nice(0.0, axis_max, 5) else {
        return empty_chart(title, (width, 160));
    };
    let title_l = title_lines(title, w);
    let top = PAD + title_height(&title_l) + 4.0;
    let (label_w, label_lines, max_lines) =
        label_column(labels.iter().map(String::as_str), w * LABEL_SHARE);
    let row_h = if max_lines > 1 { 38.0 } else { 28.0 };
    let bar_h = 16.0;
    let value_w = value_labels
        .iter()
        .take(n)
        .map(|l| text_width(l.trim(), VALUE_PX))
        .fold(0.0, f64::max);
    let x0 = PAD + label_w + LABEL_GAP;
    let x1 = w - PAD - value_w - if value_w > 0.0 { 6.0 } else { 0.0 };
    let axis_h = 22.0;
    let h = top + n as f64 * row_h + axis_h + PAD;
    let plot_bottom = top + n as f64 * row_h;
    let xv = |v: f64| x0 + scale.frac(v.max(0.0)) * (x1 - x0);
    let color = BAR_COLORS[0];
    render(title, title, (width, h.ceil() as u32), |cv| {
        draw_title(cv, &title_l, w, PAD);
        for k in 0..=scale.intervals() {
            let x = xv(scale.tick(k));
            let c = if k == 0 { AXIS } else { GRID };
            cv.line((x, top), (x, plot_bottom), c, 1);
        }
        let tick = Txt::new(LABEL_PX, MUTED).center();
        tick.group(cv, |cv| {
            for k in 0..=scale.intervals() {
                let v = scale.tick(k);
                tick.draw(cv, &scale.label(v), xv(v), plot_bottom + axis_h / 2.0 + 1.0);
            }
        });
        let cy = |i: usize| top + row_h * (i as f64 + 0.5);
        draw_row_labels(cv, &label_lines, x0 - LABEL_GAP, cy);
        for i in 0..n {
            if let Some(v) = value(i) {
                let (a, b) = ((x0, cy(i) - bar_h / 2.0), (xv(v), cy(i) + bar_h / 2.0));
                cv.rect(a, b, color, None);
            }
        }
        let vl = Txt::new(VALUE_PX, TEXT).left();
        vl.group(cv, |cv| {
            for (i, l) in value_labels.iter().enumerate().take(n) {
                if let Some(v) = value(i) {
                    vl.draw(cv, l, xv(v) + 5.0, cy(i));
                }
            }
        });
    })
}

/// Fills of the funnel stages, dark to light, so they step in grayscale.
const FUNNEL_COLORS: [RGBColor; 5] = [
    RGBColor(0x1F, 0x4E, 0x79),
    RGBColor(0x2E, 0x75, 0xB6),
    RGBColor(0x5B, 0x9B, 0xD5),
    RGBColor(0x9D, 0xC3, 0xE6),
    RGBColor(0xC5, 0xDB, 0xEF),
];
/// Fill joining one funnel stage to the next.
const FUNNEL_NECK: RGBColor = RGBColor(0xE4, 0xEC, 0xF4);

/// See [`super::funnel`].
pub(crate) fn funnel(title: &str, stages: &[(String, f64, String)], layout: Layout) -> String {
    let width = layout.width();
    let w = f64::from(width);
    let n = stages.len();
    let clamp = |v: f64| if v.is_finite() { v.max(0.0) } else { 0.0 };
    let vmax = stages.iter().map(|s| clamp(s.1)).fold(0.0, f64::max);
    if n == 0 || vmax <= 0.0 || !vmax.is_finite() {
        return empty_chart(title, (width, 200));
    }
    let title_l = title_lines(title, w);
    let top = PAD + title_height(&title_l) + 4.0;
    let (label_w, label_lines, max_lines) =
        label_column(stages.iter().map(|s| s.0.as_str()), w * 0.25);
    let row_h = if max_lines > 1 { 48.0 } else { 44.0 };
    let bar_h = 32.0;
    let value_w = stages
        .iter()
        .map(|s| text_width(s.2.trim(), LABEL_PX))
        .fold(0.0, f64::max);
    let xa = PAD + label_w + 16.0;
    let xb = w - PAD;
    let cx = (xa + xb) / 2.0;
    let full = ((xb - xa) - 2.0 * (value_w + 10.0)).max(40.0);
    let h = top + n as f64 * row_h + PAD;
    let width_of = |v: f64| {
        let v = clamp(v);
        if v > 0.0 {
            (full * v / vmax).max(2.0)
        } else {
            0.0
        }
    };
    render(title, title, (width, h.ceil() as u32), |cv| {
        draw_title(cv, &title_l, w, PAD);
        // Necks first, so that the bars cover their ends.
        for i in 1..n {
            let (wa, wb) = (width_of(stages[i - 1].1), width_of(stages[i].1));
            let ya = top + row_h * (i as f64 - 0.5) + bar_h / 2.0;
            let yb = top + row_h * (i as f64 + 0.5) - bar_h / 2.0;
            if wa > 0.0 && wb > 0.0 {
                cv.polygon(
                    &[
                        (px(cx - wa / 2.0), px(ya)),
                        (px(cx + wa / 2.0), px(ya)),
                        (px(cx + wb / 2.0), px(yb)),
                        (px(cx - wb / 2.0), px(yb)),
                    ],
                    FUNNEL_NECK,
                );
            }
        }
        let row_cy = |i: usize| top + row_h * (i as f64 + 0.5);
        draw_row_labels(cv, &label_lines, cx - full / 2.0 - 12.0, row_cy);
        for (i, stage) in stages.iter().enumerate() {
            let cy = row_cy(i);
            let bw = width_of(stage.1);
            let color = FUNNEL_COLORS[i % FUNNEL_COLORS.len()];
            let outline = super::style::needs_outline(color).then_some(OUTLINE);
            cv.rect(
                (cx - bw / 2.0, cy - bar_h / 2.0),
                (cx + bw / 2.0, cy + bar_h / 2.0),
                color,
                outline,
            );
            let label = stage.2.trim();
            if text_width(label, LABEL_PX) + 12.0 <= bw {
                Txt::new(LABEL_PX, super::style::text_on(color))
                    .center()
                    .draw(cv, label, cx, cy);
            } else {
                Txt::new(LABEL_PX, TEXT)
                    .left()
                    .draw(cv, label, cx + bw / 2.0 + 6.0, cy);
            }
        }
    })
}

/// Flag fills: red dark (L*≈44), green middle (L*≈63), yellow light
/// (L*≈81), so the three stay apart in grayscale; each part also carries
/// its name and count as text.
pub(crate) const FLAG_RED: RGBColor = RGBColor(0xC0, 0x39, 0x2B);
/// See [`FLAG_RED`].
pub(crate) const FLAG_YELLOW: RGBColor = RGBColor(0xF1, 0xC4, 0x0F);
/// See [`FLAG_RED`].
pub(crate) const FLAG_GREEN: RGBColor = RGBColor(0x27, 0xAE, 0x60);

/// See [`super::flag_split`].
pub(crate) fn flag_split(
    title: &str,
    red: (u32, &str),
    yellow: (u32, &str),
    green: (u32, &str),
    layout: Layout,
) -> String {
    let width = layout.width();
    let w = f64::from(width);
    let name = |given: &str, default: &'static str| -> String {
        let g = given.trim();
        if g.is_empty() {
            default.to_string()
        } else {
            g.to_string()
        }
    };
    let parts = [
        (red.0, name(red.1, "红旗"), FLAG_RED),
        (yellow.0, name(yellow.1, "黄旗"), FLAG_YELLOW),
        (green.0, name(green.1, "绿旗"), FLAG_GREEN),
    ];
    let total: u64 = parts.iter().map(|p| p.0 as u64).sum();
    let mut aria = String::with_capacity(title.len() + 64);
    aria.push_str(title.trim());
    for (i, (count, label, _)) in parts.iter().enumerate() {
        aria.push_str(match (i, title.trim().is_empty()) {
            (0, true) => "",
            (0, false) => "：",
            _ => "，",
        });
        aria.push_str(label);
        aria.push(' ');
        aria.push_str(&count.to_string());
    }
    if total == 0 {
        return empty_chart(title, (width, 150));
    }
    let legend: Vec<LegendItem> = parts
        .iter()
        .map(|(count, label, color)| LegendItem {
            name: Cow::Owned(format!("{label} {count}")),
            swatch: Swatch::Bar(*color),
        })
        .collect();
    let title_l = title_lines(title, w);
    let (x0, x1) = (PAD, w - PAD);
    // Widths in proportion; a non-zero part gets at least 4 px.
    let mut widths = [0.0f64; 3];
    for (wd, p) in widths.iter_mut().zip(&parts) {
        if p.0 > 0 {
            *wd = ((x1 - x0) * p.0 as f64 / total as f64).max(4.0);
        }
    }
    let excess = widths.iter().sum::<f64>() - (x1 - x0);
    if excess > 0.0 {
        // Take the rounding-up for tiny parts from the widest one.
        if let Some(widest) = widths.iter_mut().max_by(|a, b| a.total_cmp(b)) {
            *widest -= excess;
        }
    }
    // Each part's label goes inside it when it fits, else above the bar,
    // pushed sideways so that labels above never overlap.
    let texts: Vec<String> = parts
        .iter()
        .map(|(count, label, _)| format!("{label} {count}"))
        .collect();
    let mut inside = [false; 3];
    let mut above: Vec<(usize, f64, f64)> = Vec::new(); // part, centre, width
    let mut x = x0;
    for i in 0..3 {
        let wd = widths[i];
        if wd > 0.0 {
            let tw = text_width(&texts[i], LABEL_PX);
            if tw + 10.0 <= wd - 1.0 {
                inside[i] = true;
            } else {
                above.push((i, x + wd / 2.0, tw));
            }
        }
        x += wd;
    }
    let mut right_edge = x0;
    let mut label_x: Vec<f64> = Vec::with_capacity(above.len()); // left ends
    for (_, c, tw) in &above {
        let left = (c - tw / 2.0).max(right_edge);
        label_x.push(left);
        right_edge = left + tw + 10.0;
    }
    let mut limit = x1;
    for (lx, (_, _, tw)) in label_x.iter_mut().zip(&above).rev() {
        if *lx + tw > limit {
            *lx = limit - tw;
        }
        limit = *lx - 10.0;
    }
    let above_h = if above.is_empty() { 0.0 } else { 24.0 };
    let bar_top = PAD + title_height(&title_l) + 6.0 + above_h;
    let bar_h = 36.0;
    let legend_top = bar_top + bar_h + 10.0;
    let h = legend_top + legend_height(&legend, w) + PAD;
    render(title, &aria, (width, h.ceil() as u32), |cv| {
        draw_title(cv, &title_l, w, PAD);
        let mut x = x0;
        for (i, ((_, _, color), wd)) in parts.iter().zip(widths).enumerate() {
            if wd <= 0.0 {
                continue;
            }
            // A white seam between parts keeps them apart in any print.
            let (a, b) = (x + if x > x0 { 1.0 } else { 0.0 }, x + wd);
            cv.rect((a, bar_top), (b, bar_top + bar_h), *color, None);
            if inside[i] {
                Txt::new(LABEL_PX, super::style::text_on(*color))
                    .center()
                    .bold()
                    .draw(cv, &texts[i], (a + b) / 2.0, bar_top + bar_h / 2.0);
            }
            x += wd;
        }
        let style = Txt::new(LABEL_PX, TEXT).left().bold();
        for ((i, c, tw), lx) in above.iter().zip(&label_x) {
            let y = bar_top - above_h / 2.0 - 2.0;
            style.draw(cv, &texts[*i], *lx, y);
            // A leader from the label to its part when it had to move.
            let mid = lx + tw / 2.0;
            let tip = if (mid - c).abs() > 2.0 { mid } else { *c };
            cv.line((tip, y + 8.0), (*c, bar_top - 1.0), TEXT, 1);
        }
        draw_legend(cv, &legend, w, legend_top);
    })
}
