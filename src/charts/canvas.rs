//! Drawing helpers shared by every chart: the SVG document (plotters'
//! `SVGBackend` writing into a `String`), accessibility attributes, fonts,
//! colours, titles, legends and the empty chart.

use std::borrow::Cow;

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::FontTransform;

use super::text::{clean, ellipsize, push_escaped, text_width, wrap};

/// The drawing area every chart draws on.
pub(crate) type Area<'a> = DrawingArea<SVGBackend<'a>, Shift>;

/// What a drawing step returns; any error turns the chart into an empty one.
pub(crate) type DResult = Result<(), DrawingAreaErrorKind<std::io::Error>>;

/// Fonts for Chinese text on Linux (Noto / Source Han), Windows (YaHei) and
/// macOS (PingFang), then the generic family. Nothing is loaded from the web.
pub(crate) const FONT_FAMILY: &str = "\"Noto Sans CJK SC\",\"Source Han Sans SC\",\"Noto Sans SC\",\"Microsoft YaHei\",\"PingFang SC\",\"WenQuanYi Micro Hei\",sans-serif";

/// `FONT_FAMILY` as plotters writes it on every `<text>`; [`finish`] moves it
/// to the root element once instead, since `font-family` is inherited.
const FONT_ATTR: &str = " font-family=\"&quot;Noto Sans CJK SC&quot;,&quot;Source Han Sans SC&quot;,&quot;Noto Sans SC&quot;,&quot;Microsoft YaHei&quot;,&quot;PingFang SC&quot;,&quot;WenQuanYi Micro Hei&quot;,sans-serif\"";

/// The default opacity, which plotters writes on every element anyway.
const OPAQUE_ATTR: &str = " opacity=\"1\"";

/// Width of most charts, in SVG user units (pixels at 100 %).
pub(crate) const WIDTH: u32 = 720;
/// Height of the vertical charts.
pub(crate) const HEIGHT: u32 = 360;
/// Outer padding.
pub(crate) const PAD: f64 = 12.0;

/// Title font size (bold).
pub(crate) const TITLE_PX: f64 = 16.0;
/// Axis labels, category labels, legend.
pub(crate) const LABEL_PX: f64 = 12.0;
/// Value labels on bars.
pub(crate) const VALUE_PX: f64 = 11.0;

/// Title text.
pub(crate) const INK: RGBColor = RGBColor(0x22, 0x22, 0x22);
/// Labels.
pub(crate) const TEXT: RGBColor = RGBColor(0x33, 0x33, 0x33);
/// Tick labels and units.
pub(crate) const MUTED: RGBColor = RGBColor(0x59, 0x59, 0x59);
/// Gridlines: light, so they stay behind the data.
pub(crate) const GRID: RGBColor = RGBColor(0xE2, 0xE2, 0xE2);
/// Axis (zero) line.
pub(crate) const AXIS: RGBColor = RGBColor(0x80, 0x80, 0x80);
/// Outline of light-coloured bars, so that they show on white paper.
pub(crate) const OUTLINE: RGBColor = RGBColor(0x70, 0x70, 0x70);
/// Background.
pub(crate) const PAPER: RGBColor = RGBColor(0xFF, 0xFF, 0xFF);

/// Bar fills for series 0, 1, 2, … They differ in lightness, not only in
/// hue, so they stay apart when printed in grayscale: dark blue (L*≈32),
/// amber (L*≈76), mid blue (L*≈62), pale blue (L*≈86), dark gray (L*≈45),
/// pale amber (L*≈92).
pub(crate) const BAR_COLORS: [RGBColor; 6] = [
    RGBColor(0x1F, 0x4E, 0x79),
    RGBColor(0xF2, 0xB1, 0x34),
    RGBColor(0x5B, 0x9B, 0xD5),
    RGBColor(0xC5, 0xDB, 0xEF),
    RGBColor(0x59, 0x59, 0x59),
    RGBColor(0xFB, 0xE5, 0xB6),
];

/// Line colours for series 0, 1, 2, …: dark blue (L*≈32), dark orange
/// (L*≈50), light gray (L*≈69), green, purple. Lines also differ by marker
/// shape (and by dash where the caller asks), so they survive grayscale
/// printing.
pub(crate) const LINE_COLORS: [RGBColor; 5] = [
    RGBColor(0x1F, 0x4E, 0x79),
    RGBColor(0xB8, 0x5C, 0x00),
    RGBColor(0xA8, 0xA8, 0xA8),
    RGBColor(0x2E, 0x7D, 0x4F),
    RGBColor(0x7B, 0x3F, 0x98),
];

/// Relative luminance (0 black … 1 white) of a colour, as WCAG defines it.
pub(crate) fn luminance(c: RGBColor) -> f64 {
    fn lin(v: u8) -> f64 {
        let s = v as f64 / 255.0;
        if s <= 0.04045 {
            s / 12.92
        } else {
            ((s + 0.055) / 1.055).powf(2.4)
        }
    }
    0.2126 * lin(c.0) + 0.7152 * lin(c.1) + 0.0722 * lin(c.2)
}

/// Text colour that reads on a fill of colour `bg`.
pub(crate) fn text_on(bg: RGBColor) -> RGBColor {
    if luminance(bg) > 0.3 {
        INK
    } else {
        PAPER
    }
}

/// Whether a fill is light enough to need an outline on white paper.
pub(crate) fn needs_outline(c: RGBColor) -> bool {
    luminance(c) > 0.45
}

/// A text style: size in pixels, colour, anchor, weight, direction.
#[derive(Clone, Copy)]
pub(crate) struct Txt {
    px: f64,
    color: RGBColor,
    h: HPos,
    v: VPos,
    bold: bool,
    vertical: bool,
}

impl Txt {
    /// Regular text anchored at its left end, vertically centred.
    pub const fn new(px: f64, color: RGBColor) -> Self {
        Txt {
            px,
            color,
            h: HPos::Left,
            v: VPos::Center,
            bold: false,
            vertical: false,
        }
    }

    /// Anchored at its left end.
    pub const fn left(mut self) -> Self {
        self.h = HPos::Left;
        self
    }

    /// Anchored at its centre.
    pub const fn center(mut self) -> Self {
        self.h = HPos::Center;
        self
    }

    /// Anchored at its right end.
    pub const fn right(mut self) -> Self {
        self.h = HPos::Right;
        self
    }

    /// Bold.
    pub const fn bold(mut self) -> Self {
        self.bold = true;
        self
    }

    /// Turned 90° anticlockwise, reading from bottom to top.
    pub const fn vertical(mut self) -> Self {
        self.vertical = true;
        self
    }

    /// Draws `s` (cleaned of control characters; plotters escapes it) with
    /// its anchor at `(x, y)`. Nothing is drawn for blank text.
    pub fn draw(&self, area: &Area, s: &str, x: f64, y: f64) -> DResult {
        let s = clean(s);
        if s.trim().is_empty() || !x.is_finite() || !y.is_finite() {
            return Ok(());
        }
        let weight = if self.bold {
            FontStyle::Bold
        } else {
            FontStyle::Normal
        };
        // plotters writes font-size = size / 1.24; these sizes come out whole.
        let mut font = FontDesc::new(FontFamily::Name(FONT_FAMILY), self.px * 1.24, weight);
        if self.vertical {
            font = font.transform(FontTransform::Rotate270);
        }
        let style = font.color(&self.color).pos(Pos::new(self.h, self.v));
        area.draw(&Text::new(s.as_ref(), (px(x), px(y)), style))
    }
}

/// Rounds a coordinate to a whole pixel (plotters' backends work in pixels).
pub(crate) fn px(v: f64) -> i32 {
    if v.is_finite() {
        v.round().clamp(-1.0e6, 1.0e6) as i32
    } else {
        0
    }
}

/// A filled rectangle between two corners, with an optional outline.
pub(crate) fn fill_rect(
    area: &Area,
    (x0, y0): (f64, f64),
    (x1, y1): (f64, f64),
    color: RGBColor,
    outline: Option<RGBColor>,
) -> DResult {
    let (ax, bx) = (px(x0.min(x1)), px(x0.max(x1)));
    let (ay, by) = (px(y0.min(y1)), px(y0.max(y1)));
    if bx <= ax || by <= ay {
        return Ok(());
    }
    area.draw(&Rectangle::new([(ax, ay), (bx, by)], color.filled()))?;
    if let Some(o) = outline {
        area.draw(&Rectangle::new([(ax, ay), (bx, by)], o.stroke_width(1)))?;
    }
    Ok(())
}

/// A straight line.
pub(crate) fn line(
    area: &Area,
    (x0, y0): (f64, f64),
    (x1, y1): (f64, f64),
    color: RGBColor,
    width: u32,
) -> DResult {
    area.draw(&PathElement::new(
        vec![(px(x0), px(y0)), (px(x1), px(y1))],
        color.stroke_width(width),
    ))
}

/// Point marker shapes, one per line series, so lines are told apart in
/// grayscale by shape as well as by colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Marker {
    Circle,
    Square,
    Triangle,
    Diamond,
}

impl Marker {
    /// The marker for line series number `i`.
    pub fn nth(i: usize) -> Marker {
        [
            Marker::Circle,
            Marker::Square,
            Marker::Triangle,
            Marker::Diamond,
        ][i % 4]
    }

    /// Draws the marker centred on `(x, y)`.
    pub fn draw(self, area: &Area, x: i32, y: i32, color: RGBColor) -> DResult {
        let style = color.filled();
        match self {
            Marker::Circle => area.draw(&Circle::new((x, y), 3, style)),
            Marker::Square => area.draw(&Rectangle::new([(x - 3, y - 3), (x + 3, y + 3)], style)),
            Marker::Triangle => area.draw(&Polygon::new(
                vec![(x, y - 4), (x + 4, y + 3), (x - 4, y + 3)],
                style,
            )),
            Marker::Diamond => area.draw(&Polygon::new(
                vec![(x, y - 4), (x + 4, y), (x, y + 4), (x - 4, y)],
                style,
            )),
        }
    }
}

/// Draws a polyline through `points`, solid or dashed.
pub(crate) fn polyline(
    area: &Area,
    points: &[(i32, i32)],
    color: RGBColor,
    dashed: bool,
) -> DResult {
    if points.len() < 2 {
        return Ok(());
    }
    let style = color.stroke_width(2);
    if dashed {
        area.draw(&plotters::element::DashedPathElement::new(
            points.iter().copied(),
            7u32,
            5u32,
            style,
        ))
    } else {
        area.draw(&PathElement::new(points.to_vec(), style))
    }
}

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
pub(crate) fn draw_legend(area: &Area, items: &[LegendItem], width: f64, top: f64) -> DResult {
    let label = Txt::new(LABEL_PX, TEXT).left();
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
                    fill_rect(area, (x + 4.0, cy - 6.0), (x + 18.0, cy + 6.0), c, outline)?;
                }
                Swatch::Line {
                    color,
                    dashed,
                    marker,
                } => {
                    let pts = [(px(x), px(cy)), (px(x + LEGEND_SWATCH), px(cy))];
                    if dashed {
                        // Two dashes and a gap, so a dashed line is seen as one.
                        line(area, (x, cy), (x + 8.0, cy), color, 2)?;
                        line(area, (x + 14.0, cy), (x + LEGEND_SWATCH, cy), color, 2)?;
                    } else {
                        polyline(area, &pts, color, false)?;
                    }
                    marker.draw(area, px(x + LEGEND_SWATCH / 2.0), px(cy), color)?;
                }
            }
            let name = ellipsize(&item.name, LABEL_PX, LEGEND_NAME_MAX);
            label.draw(area, &name, x + LEGEND_SWATCH + 5.0, cy)?;
            x += legend_item_width(item) + LEGEND_GAP;
        }
    }
    Ok(())
}

/// Wraps `text` into at most `max_lines` lines of `max_px`, shortening the
/// last with "…" when more would be needed.
pub(crate) fn wrap_lines<'a>(
    text: &'a str,
    font_px: f64,
    max_px: f64,
    max_lines: usize,
) -> Vec<Cow<'a, str>> {
    let lines = wrap(text, font_px, max_px);
    if lines.len() <= max_lines.max(1) {
        return lines.into_iter().map(Cow::Borrowed).collect();
    }
    let keep = max_lines.max(1) - 1;
    let mut out: Vec<Cow<'a, str>> = lines[..keep].iter().map(|l| Cow::Borrowed(*l)).collect();
    // The rest of the text from the first line not kept.
    let offset = lines[keep].as_ptr() as usize - text.as_ptr() as usize;
    out.push(ellipsize(&text[offset..], font_px, max_px));
    out
}

/// Like [`wrap_lines`], but when the text takes several lines, evens them
/// out ("区住房和/城乡建设/局" becomes "区住房/和城乡/建设局").
pub(crate) fn wrap_balanced<'a>(
    text: &'a str,
    font_px: f64,
    max_px: f64,
    max_lines: usize,
) -> Vec<Cow<'a, str>> {
    let lines = wrap(text, font_px, max_px);
    let k = lines.len();
    if k <= 1 || k > max_lines {
        return wrap_lines(text, font_px, max_px, max_lines);
    }
    let mut w = (text_width(text.trim(), font_px) / k as f64).max(font_px);
    while w < max_px {
        let l = wrap(text, font_px, w);
        if l.len() <= k {
            return l.into_iter().map(Cow::Borrowed).collect();
        }
        w += font_px * 0.5;
    }
    lines.into_iter().map(Cow::Borrowed).collect()
}

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
pub(crate) fn draw_title(area: &Area, lines: &[Cow<str>], width: f64, top: f64) -> DResult {
    let style = Txt::new(TITLE_PX, INK).center().bold();
    for (i, l) in lines.iter().enumerate() {
        style.draw(
            area,
            l,
            width / 2.0,
            top + i as f64 * TITLE_LINE + TITLE_LINE / 2.0,
        )?;
    }
    Ok(())
}

/// Draws a chart with plotters into a string and finishes the document.
///
/// `title` becomes the SVG `<title>`, `aria` its `aria-label`. Any plotters
/// error gives the empty chart instead.
pub(crate) fn render<F>(title: &str, aria: &str, size: (u32, u32), draw: F) -> String
where
    F: FnOnce(&Area) -> DResult,
{
    match draw_svg(size, draw) {
        Some(svg) => finish(&svg, title, aria, size),
        None => empty_chart(title, size),
    }
}

fn draw_svg<F>(size: (u32, u32), draw: F) -> Option<String>
where
    F: FnOnce(&Area) -> DResult,
{
    let mut buf = String::with_capacity(8 * 1024);
    {
        let root = SVGBackend::with_string(&mut buf, size).into_drawing_area();
        root.fill(&PAPER).ok()?;
        draw(&root).ok()?;
        root.present().ok()?;
    }
    Some(buf)
}

/// The text shown when there is nothing to draw.
pub(crate) const NO_DATA: &str = "暂无数据";

/// A chart with its title and "暂无数据" (no data) in the middle.
pub(crate) fn empty_chart(title: &str, size: (u32, u32)) -> String {
    let w = size.0 as f64;
    let h = size.1 as f64;
    let drawn = draw_svg(size, |area| {
        let lines = title_lines(title, w);
        draw_title(area, &lines, w, PAD)?;
        let top = PAD + title_height(&lines);
        Txt::new(14.0, MUTED)
            .center()
            .draw(area, NO_DATA, w / 2.0, (top + h) / 2.0)
    });
    match drawn {
        Some(svg) => finish(&svg, title, title, size),
        None => {
            // Not reached with plotters' SVG backend writing to a string; a
            // hand-made document keeps the promise of always returning SVG.
            let mut s = String::with_capacity(512);
            s.push_str("<svg width=\"");
            s.push_str(&size.0.to_string());
            s.push_str("\" height=\"");
            s.push_str(&size.1.to_string());
            s.push_str("\" viewBox=\"0 0 ");
            s.push_str(&size.0.to_string());
            s.push(' ');
            s.push_str(&size.1.to_string());
            s.push_str("\" xmlns=\"http://www.w3.org/2000/svg\">\n</svg>\n");
            finish(&s, title, title, size)
        }
    }
}

/// Adds what plotters cannot write: `role="img"`, `aria-label`, the font
/// family (once, on the root element, instead of on every `<text>`) and a
/// `<title>` as the first child. plotters already writes `viewBox`. Drops
/// the redundant `opacity="1"` plotters puts on every element (a label
/// cannot produce that string: its quotes are escaped).
fn finish(svg: &str, title: &str, aria: &str, size: (u32, u32)) -> String {
    let mut out = String::with_capacity(svg.len() + title.len() + aria.len() + 256);
    let (head, rest) = match svg.find('>') {
        Some(i) if svg.starts_with("<svg") => (&svg[..i], &svg[i + 1..]),
        _ => ("", svg),
    };
    if head.is_empty() {
        out.push_str("<svg xmlns=\"http://www.w3.org/2000/svg\"");
    } else {
        out.push_str(head);
    }
    if !head.contains("viewBox") {
        out.push_str(" viewBox=\"0 0 ");
        out.push_str(&size.0.to_string());
        out.push(' ');
        out.push_str(&size.1.to_string());
        out.push('"');
    }
    out.push_str(" role=\"img\" aria-label=\"");
    let aria = if aria.trim().is_empty() {
        "图表"
    } else {
        aria
    };
    push_escaped(&mut out, aria);
    out.push('"');
    out.push_str(FONT_ATTR);
    out.push_str(">\n<title>");
    push_escaped(&mut out, title);
    out.push_str("</title>");
    for piece in rest.split(FONT_ATTR) {
        // plotters writes opacity="1" (the default) on every element.
        for part in piece.split(OPAQUE_ATTR) {
            out.push_str(part);
        }
    }
    if head.is_empty() {
        out.push_str("</svg>\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn font_attr_is_the_escaped_family() {
        let mut escaped = String::new();
        push_escaped(&mut escaped, FONT_FAMILY);
        assert_eq!(FONT_ATTR, format!(" font-family=\"{escaped}\""));
    }

    #[test]
    fn bar_colours_differ_in_lightness() {
        // Neighbouring series (the usual 2–3 of a grouped bar chart) must be
        // far apart in luminance, so grayscale printing keeps them apart.
        let first = &BAR_COLORS[..3];
        for (i, a) in first.iter().enumerate() {
            for (j, b) in first.iter().enumerate().skip(i + 1) {
                let d = (luminance(*a) - luminance(*b)).abs();
                assert!(d > 0.15, "bar colours {i} and {j} too close: {d}");
            }
        }
        let d = (luminance(BAR_COLORS[1]) - luminance(BAR_COLORS[3])).abs();
        assert!(d > 0.1);
    }
}
