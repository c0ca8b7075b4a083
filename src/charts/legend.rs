//! The legend of a chart: one entry a series (a swatch and its name),
//! centred in rows that fit the chart's width.

use std::borrow::Cow;

use plotters::prelude::RGBColor;

use super::canvas::Canvas;
use super::label::Txt;
use super::marker::Marker;
use super::style::{needs_outline, px, LABEL_PX, OUTLINE, PAD, TEXT};
use super::text::{ellipsize, text_width};

/// How a legend entry is drawn.
#[derive(Clone, Copy)]
pub(crate) enum Swatch {
    /// A filled box, as for bars.
    Bar(RGBColor),
    /// A short line with a marker, as for line series.
    Line {
        color: RGBColor,
        dashed: bool,
        marker: Marker,
    },
}

/// One legend entry.
pub(crate) struct LegendItem<'a> {
    pub name: Cow<'a, str>,
    pub swatch: Swatch,
}

const LEGEND_ROW: f64 = 20.0;
const LEGEND_SWATCH: f64 = 22.0;
const LEGEND_GAP: f64 = 18.0;
/// Longest legend name, in pixels; longer names are shortened with "…".
const LEGEND_NAME_MAX: f64 = 300.0;

fn legend_item_width(item: &LegendItem) -> f64 {
    LEGEND_SWATCH + 5.0 + text_width(&item.name, LABEL_PX).min(LEGEND_NAME_MAX)
}

/// Splits legend items into rows that fit `width`: (first, end, row width).
fn legend_rows(items: &[LegendItem], width: f64) -> Vec<(usize, usize, f64)> {
    let mut rows = Vec::new();
    let mut start = 0;
    let mut w = 0.0;
    for (i, item) in items.iter().enumerate() {
        let iw = legend_item_width(item);
        if i > start && w + LEGEND_GAP + iw > width {
            rows.push((start, i, w));
            start = i;
            w = 0.0;
        }
        w += if i > start { LEGEND_GAP } else { 0.0 } + iw;
    }
    if start < items.len() {
        rows.push((start, items.len(), w));
    }
    rows
}

/// Height the legend takes in a chart `width` wide (0 with no items).
pub(crate) fn legend_height(items: &[LegendItem], width: f64) -> f64 {
    legend_rows(items, width - 2.0 * PAD).len() as f64 * LEGEND_ROW
}

/// Draws the legend centred in rows starting at `top`.
pub(crate) fn draw_legend(cv: &mut Canvas, items: &[LegendItem], width: f64, top: f64) {
    let label = Txt::new(LABEL_PX, TEXT).left();
    label.group(cv, |cv| draw_legend_rows(cv, items, width, top, label));
}

fn draw_legend_rows(cv: &mut Canvas, items: &[LegendItem], width: f64, top: f64, label: Txt) {
    for (r, (start, end, row_w)) in legend_rows(items, width - 2.0 * PAD)
        .into_iter()
        .enumerate()
    {
        let cy = top + r as f64 * LEGEND_ROW + LEGEND_ROW / 2.0;
        let mut x = ((width - row_w) / 2.0).max(PAD);
        for item in &items[start..end] {
            match item.swatch {
                Swatch::Bar(c) => {
                    let outline = needs_outline(c).then_some(OUTLINE);
                    cv.rect((x + 4.0, cy - 6.0), (x + 18.0, cy + 6.0), c, outline);
                }
                Swatch::Line {
                    color,
                    dashed,
                    marker,
                } => {
                    let pts = [(px(x), px(cy)), (px(x + LEGEND_SWATCH), px(cy))];
                    if dashed {
                        // Two dashes and a gap, so a dashed line is seen as one.
                        cv.line((x, cy), (x + 8.0, cy), color, 2);
                        cv.line((x + 14.0, cy), (x + LEGEND_SWATCH, cy), color, 2);
                    } else {
                        cv.polyline(&pts, color, false);
                    }
                    marker.draw(cv, px(x + LEGEND_SWATCH / 2.0), px(cy), color);
                }
            }
            let name = ellipsize(&item.name, LABEL_PX, LEGEND_NAME_MAX);
            label.draw(cv, &name, x + LEGEND_SWATCH + 5.0, cy);
            x += legend_item_width(item) + LEGEND_GAP;
        }
    }
}
