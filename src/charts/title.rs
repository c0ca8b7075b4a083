//! The title block of a chart, and the chart that says "暂无数据" (no data).

use std::borrow::Cow;

use super::canvas::{render, Canvas};
use super::label::Txt;
use super::style::{INK, MUTED, PAD, TITLE_PX};
use super::text::wrap_balanced;

/// Line height of the title.
const TITLE_LINE: f64 = 22.0;

/// The title, wrapped into at most two lines across a chart `width` wide.
pub(crate) fn title_lines(title: &str, width: f64) -> Vec<Cow<'_, str>> {
    if title.trim().is_empty() {
        return Vec::new();
    }
    wrap_balanced(title, TITLE_PX * 1.05, width - 2.0 * PAD, 2)
}

/// Height taken by the title block, padding below included.
pub(crate) fn title_height(lines: &[Cow<str>]) -> f64 {
    if lines.is_empty() {
        0.0
    } else {
        lines.len() as f64 * TITLE_LINE + 6.0
    }
}

/// Draws the title lines centred from `top`.
pub(crate) fn draw_title(cv: &mut Canvas, lines: &[Cow<str>], width: f64, top: f64) {
    let style = Txt::new(TITLE_PX, INK).center().bold();
    for (i, l) in lines.iter().enumerate() {
        style.draw(
            cv,
            l,
            width / 2.0,
            top + i as f64 * TITLE_LINE + TITLE_LINE / 2.0,
        );
    }
}

/// The text shown when there is nothing to draw.
pub(crate) const NO_DATA: &str = "暂无数据";

/// A chart with its title and "暂无数据" (no data) in the middle.
pub(crate) fn empty_chart(title: &str, size: (u32, u32)) -> String {
    let w = size.0 as f64;
    let h = size.1 as f64;
    render(title, title, size, |cv| {
        let lines = title_lines(title, w);
        draw_title(cv, &lines, w, PAD);
        let top = PAD + title_height(&lines);
        Txt::new(14.0, MUTED)
            .center()
            .draw(cv, NO_DATA, w / 2.0, (top + h) / 2.0);
    })
}
