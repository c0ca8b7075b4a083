//! Drawing helpers shared by every chart: the canvas (what a chart draws,
//! in order, played back through plotters' `SVGBackend`), the finished SVG
//! document with its accessibility attributes, fonts, colours, titles,
//! legends and the empty chart.
//!
//! A chart draws onto a [`Canvas`], which only records: shapes as plain
//! numbers, text and markers as finished elements. [`render`] then has
//! plotters' `SVGBackend` write the document and every shape in one pass,
//! and copies its output once into the result, putting the elements written
//! here back in their drawing order and dropping what plotters writes but
//! SVG does not need (`opacity="1"`, `stroke="none"`, `stroke-width="1"`).
//!
//! Two kinds of element do not go through plotters, where it has no
//! efficient primitive:
//! - text: plotters' text path formats every attribute with `format!`,
//!   writes the long font-family list on every element and measures nothing
//!   we could use (it counts UTF-8 bytes). [`Txt::draw`] writes the element,
//!   escaped, leaving out what it inherits: the size, colour and anchor
//!   most text has ([`ROOT_TEXT`]) are set once on the root element, and a
//!   run of labels alike (tick labels, value labels, a legend) can share
//!   theirs on a `<g>` ([`Canvas::group`]);
//! - point markers: plotters has no primitive for a series of them and
//!   draws each as one shape, formatting seven attributes; a line of 24
//!   months has 24. [`Marker::draw`] writes each as the few bytes plotters'
//!   shape comes to once its defaults are dropped.

use std::borrow::Cow;

use plotters::prelude::{Color, DrawingBackend, RGBColor, SVGBackend};

use super::text::{ellipsize, text_width, wrap};
use crate::escape::{is_unprintable, Markup};

/// Fonts for Chinese text on Linux (Noto / Source Han), Windows (YaHei) and
/// macOS (PingFang), then the generic family. Nothing is loaded from the web.
/// The names are not quoted: each is a sequence of CSS identifiers and none
/// is a keyword, so CSS reads them as they are (and needs no `&quot;`).
/// Written as [`FONT_ATTR`].
#[cfg(test)]
pub(crate) const FONT_FAMILY: &str = "Noto Sans CJK SC,Source Han Sans SC,Noto Sans SC,Microsoft YaHei,PingFang SC,WenQuanYi Micro Hei,sans-serif";

/// `FONT_FAMILY` as an attribute of the root element (`font-family` is
/// inherited, so no `<text>` repeats it).
const FONT_ATTR: &str = " font-family=\"Noto Sans CJK SC,Source Han Sans SC,Noto Sans SC,Microsoft YaHei,PingFang SC,WenQuanYi Micro Hei,sans-serif\"";

/// The size, colour and anchor set once on the root element, inherited by
/// all text: those most chart text has. A `<text>` names only what
/// differs from what it inherits.
const ROOT_TEXT: TextLook = TextLook {
    px: 12,
    color: TEXT,
    anchor: Anchor::Middle,
};

/// Width of most charts, in SVG user units (pixels at 100 %).
pub(crate) const WIDTH: u32 = 720;
/// Width of the phone layout of a chart: it is shown at about its own size
/// (320 CSS px and up on a 360–414 px screen), so its 11–12 px text stays at
/// least 11 CSS px tall.
pub(crate) const NARROW_WIDTH: u32 = 320;

/// Which layout of a chart to draw: for a desktop column (and print), or for
/// a phone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// 720 px wide, scaled to the column.
    Wide,
    /// 320 px wide, shown at about its own size on a phone: no text under
    /// 11 px, fewer labels rather than smaller ones.
    Narrow,
}

impl Layout {
    /// The width of the SVG in user units.
    pub(crate) fn width(self) -> u32 {
        match self {
            Layout::Wide => WIDTH,
            Layout::Narrow => NARROW_WIDTH,
        }
    }
}

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

/// Rounds a coordinate to a whole pixel (plotters' backends work in pixels).
pub(crate) fn px(v: f64) -> i32 {
    if v.is_finite() {
        v.round().clamp(-1.0e6, 1.0e6) as i32
    } else {
        0
    }
}

/// A pixel position.
type Pt = (i32, i32);

/// One drawing step, in the order the chart drew it.
#[derive(Clone, Copy)]
enum Op {
    /// A filled rectangle between two corners, optionally outlined (one
    /// element with both fill and stroke).
    Rect {
        a: Pt,
        b: Pt,
        fill: RGBColor,
        /// Opacity of the fill, 1.0 for opaque.
        alpha: f64,
        stroke: Stroke,
    },
    /// A straight line.
    Line {
        a: Pt,
        b: Pt,
        color: RGBColor,
        width: u32,
    },
    /// A polyline through `points[start..end]`, solid or dashed.
    Path {
        start: usize,
        end: usize,
        color: RGBColor,
        width: u32,
        dashed: bool,
    },
    /// A filled polygon with corners `points[start..end]`.
    Polygon {
        start: usize,
        end: usize,
        color: RGBColor,
        stroke: Stroke,
    },
    /// An element written here, not by plotters: `written[previous
    /// end..end]`.
    Written { end: usize },
}

/// What the `stroke` attribute of a filled shape says.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Stroke {
    /// Nothing: the shape has the stroke of the group it is in, or none.
    Inherited,
    /// `none`, in a group with a stroke.
    Nothing,
    /// A colour.
    Color(RGBColor),
}

/// Dash and gap of dashed lines, in pixels.
const DASH: &str = "7 5";

/// What a chart draws, recorded in order; see the module documentation.
pub(crate) struct Canvas {
    size: (u32, u32),
    ops: Vec<Op>,
    points: Vec<Pt>,
    /// The elements written here (text, markers), one a line, in drawing
    /// order.
    written: String,
    /// What text inherits where it is now written.
    text: TextLook,
    /// The stroke shapes inherit where they are now drawn.
    stroke: Option<RGBColor>,
}

impl Canvas {
    /// An empty canvas of `size` pixels.
    pub fn new(size: (u32, u32)) -> Canvas {
        Canvas {
            size,
            ops: Vec::with_capacity(96),
            points: Vec::new(),
            written: String::with_capacity(4096),
            text: ROOT_TEXT,
            stroke: None,
        }
    }

    /// A filled rectangle between two corners, with an optional outline.
    /// Nothing is drawn when it is less than a pixel wide or high.
    pub fn rect(
        &mut self,
        (x0, y0): (f64, f64),
        (x1, y1): (f64, f64),
        color: RGBColor,
        outline: Option<RGBColor>,
    ) {
        let (ax, bx) = (px(x0.min(x1)), px(x0.max(x1)));
        let (ay, by) = (px(y0.min(y1)), px(y0.max(y1)));
        if bx <= ax || by <= ay {
            return;
        }
        self.rect_px((ax, ay), (bx, by), color, 1.0, outline);
    }

    /// A rectangle in whole pixels, `a` its top-left corner, `b` its
    /// bottom-right one, filled with `fill` at opacity `alpha`, with an
    /// optional outline.
    pub fn rect_px(&mut self, a: Pt, b: Pt, fill: RGBColor, alpha: f64, outline: Option<RGBColor>) {
        let stroke = self.stroke_of(outline);
        self.ops.push(Op::Rect {
            a,
            b,
            fill,
            alpha,
            stroke,
        });
    }

    /// A straight line.
    pub fn line(&mut self, a: (f64, f64), b: (f64, f64), color: RGBColor, width: u32) {
        self.ops.push(Op::Line {
            a: (px(a.0), px(a.1)),
            b: (px(b.0), px(b.1)),
            color,
            width,
        });
    }

    /// A polyline through `points`, 2 px wide, solid or dashed; nothing for
    /// fewer than two points.
    pub fn polyline(&mut self, points: &[Pt], color: RGBColor, dashed: bool) {
        if points.len() >= 2 {
            let (start, end) = self.keep(points);
            self.ops.push(Op::Path {
                start,
                end,
                color,
                width: 2,
                dashed,
            });
        }
    }

    /// A filled polygon; nothing for fewer than three corners.
    pub fn polygon(&mut self, points: &[Pt], color: RGBColor) {
        if points.len() >= 3 {
            let (start, end) = self.keep(points);
            let stroke = self.stroke_of(None);
            self.ops.push(Op::Polygon {
                start,
                end,
                color,
                stroke,
            });
        }
    }

    /// How a shape is to say that it is outlined in `outline` (or not at
    /// all) where it is now drawn.
    fn stroke_of(&self, outline: Option<RGBColor>) -> Stroke {
        match outline {
            o if o == self.stroke => Stroke::Inherited,
            Some(c) => Stroke::Color(c),
            None => Stroke::Nothing,
        }
    }

    /// Stores `points`; returns where they are in `self.points`.
    fn keep(&mut self, points: &[Pt]) -> (usize, usize) {
        let start = self.points.len();
        self.points.extend_from_slice(points);
        (start, self.points.len())
    }

    /// Draws what `draw` draws in a group (`<g>`) whose text is by default
    /// set in `style`'s size, colour and anchor, so that the `<text>`s in
    /// it need not say so each.
    pub fn group(&mut self, style: Txt, draw: impl FnOnce(&mut Canvas)) {
        let look = style.look();
        let outer = self.text;
        if look == outer {
            return draw(self);
        }
        self.text = look;
        self.scope(|out| push_text_look(out, look, Some(outer)), draw);
        self.text = outer;
    }

    /// Draws what `draw` draws (bars) in a group that outlines its shapes
    /// in `outline`, so that they need not say so each; just draws it
    /// without an outline.
    pub fn outlined(&mut self, outline: Option<RGBColor>, draw: impl FnOnce(&mut Canvas)) {
        let outer = self.stroke;
        let Some(color) = outline.filter(|&c| outer != Some(c)) else {
            return draw(self);
        };
        self.stroke = Some(color);
        let open = |out: &mut String| {
            out.push_str(" stroke=\"");
            push_color(out, color);
            out.push('"');
        };
        self.scope(open, draw);
        self.stroke = outer;
    }

    /// Draws what `draw` draws in a `<g>` with the attributes `open`
    /// writes; no group if nothing is drawn.
    fn scope(&mut self, open: impl FnOnce(&mut String), draw: impl FnOnce(&mut Canvas)) {
        let (ops, written) = (self.ops.len(), self.written.len());
        let out = self.write();
        out.push_str("<g");
        open(out);
        out.push('>');
        self.written();
        draw(self);
        if self.ops.len() == ops + 1 {
            self.ops.truncate(ops);
            self.written.truncate(written);
            return;
        }
        self.write().push_str("</g>");
        self.written();
    }

    /// Where to write an element; [`Canvas::written`] ends it.
    fn write(&mut self) -> &mut String {
        &mut self.written
    }

    /// Ends an element begun with [`Canvas::write`].
    fn written(&mut self) {
        self.written.push('\n');
        self.ops.push(Op::Written {
            end: self.written.len(),
        });
    }

    /// Has plotters' `SVGBackend` write the document: the root element,
    /// the background and every shape, in order.
    fn plot(&self, buf: &mut String) -> Option<()> {
        let mut svg = SVGBackend::with_string(buf, self.size);
        let (w, h) = self.size;
        let corner = (w.min(i32::MAX as u32) as i32, h.min(i32::MAX as u32) as i32);
        svg.draw_rect((0, 0), corner, &PAPER, true).ok()?;
        for op in &self.ops {
            match *op {
                Op::Rect {
                    a, b, fill, alpha, ..
                } => {
                    if alpha >= 1.0 {
                        svg.draw_rect(a, b, &fill, true).ok()?;
                    } else {
                        svg.draw_rect(a, b, &fill.mix(alpha), true).ok()?;
                    }
                }
                Op::Line { a, b, color, width } => {
                    svg.draw_line(a, b, &color.stroke_width(width)).ok()?;
                }
                Op::Path {
                    start,
                    end,
                    color,
                    width,
                    ..
                } => {
                    let pts = self.points[start..end].iter().copied();
                    svg.draw_path(pts, &color.stroke_width(width)).ok()?;
                }
                Op::Polygon {
                    start, end, color, ..
                } => {
                    svg.fill_polygon(self.points[start..end].iter().copied(), &color)
                        .ok()?;
                }
                Op::Written { .. } => {}
            }
        }
        svg.present().ok()?;
        Some(())
    }

    /// The finished document: plotters' output with the root element's
    /// accessibility and text attributes, the `<title>`, and the elements
    /// written here in their places. `None` if plotters' output is not as
    /// expected.
    fn finish(&self, title: &str, aria: &str) -> Option<String> {
        let mut shapes = String::with_capacity(256 + 64 * self.ops.len());
        self.plot(&mut shapes)?;
        // plotters writes `<svg …>`, then one element a line, then `</svg>`.
        if !shapes.starts_with("<svg ") {
            return None;
        }
        let head_end = shapes.find('>')?;
        let mut out = String::with_capacity(
            shapes.len() + self.written.len() + title.len() + aria.len() + 512,
        );
        out.push_str(&shapes[..head_end]);
        out.push_str(" role=\"img\" aria-label=\"");
        crate::escape::push_escaped(
            &mut out,
            if is_blank(aria) { "图表" } else { aria },
            Markup::SvgLabel,
        );
        out.push('"');
        out.push_str(FONT_ATTR);
        push_text_look(&mut out, ROOT_TEXT, None);
        out.push_str(">\n<title>");
        crate::escape::push_escaped(&mut out, title, Markup::SvgLabel);
        out.push_str("</title>\n");
        let mut lines = shapes[head_end + 1..]
            .trim_start_matches('\n')
            .split_terminator('\n');
        push_shape(&mut out, lines.next()?, "<rect ", Stroke::Inherited, false)?;
        let mut written_start = 0;
        for op in &self.ops {
            let line = match op {
                Op::Written { .. } => "",
                _ => lines.next()?,
            };
            match *op {
                Op::Written { end } => {
                    out.push_str(&self.written[written_start..end]);
                    written_start = end;
                }
                Op::Rect { stroke, .. } => push_shape(&mut out, line, "<rect ", stroke, false)?,
                Op::Line { .. } => push_shape(&mut out, line, "<line ", Stroke::Inherited, false)?,
                Op::Path { dashed, .. } => {
                    push_shape(&mut out, line, "<polyline ", Stroke::Inherited, dashed)?
                }
                Op::Polygon { stroke, .. } => {
                    push_shape(&mut out, line, "<polygon ", stroke, false)?
                }
            }
        }
        let close = lines.next()?;
        if close != "</svg>" || lines.next().is_some() {
            return None;
        }
        out.push_str(close);
        out.push('\n');
        Some(out)
    }
}

/// Copies one element plotters wrote (`<tag key="value" …/>`, numbers and
/// colours only) to `out`, checking that it is a `tag`; leaves out the
/// defaults `opacity="1"`, `stroke="none"` (or, with `outline`, strokes in
/// that colour instead), `stroke-width="1"` and the stroke width of an
/// element without stroke; trims the trailing space plotters leaves in
/// `points`; adds the dash pattern to a `dashed` line.
fn push_shape(out: &mut String, line: &str, tag: &str, stroke: Stroke, dashed: bool) -> Option<()> {
    if push_shape_as_written(out, line, tag, stroke, dashed) {
        return Some(());
    }
    push_shape_by_attributes(out, line, tag, stroke, dashed)
}

/// [`push_shape`] for an element exactly as plotters 0.3 writes it, with
/// its attributes in their usual order: a few comparisons at known places
/// instead of reading every attribute. Writes nothing and returns `false`
/// for anything else.
fn push_shape_as_written(
    out: &mut String,
    line: &str,
    tag: &str,
    stroke: Stroke,
    dashed: bool,
) -> bool {
    const OPAQUE: &str = " opacity=\"1\"";
    const UNSTROKED: &str = " stroke=\"none\"";
    const WIDTH_1: &str = " stroke-width=\"1\"";
    // ` fill="#RRGGBB"` and ` stroke="#RRGGBB"`.
    let colour =
        |s: &str, name: &str| s.len() == name.len() + 7 && s.starts_with(name) && s.ends_with('"');
    let Some(body) = line.strip_suffix("/>") else {
        return false;
    };
    match tag {
        // `<rect x y width height opacity fill stroke="none"/>`,
        // `<circle cx cy r opacity fill stroke="none" stroke-width/>`.
        "<rect " | "<circle " => {
            let body = match tag {
                "<rect " => body.strip_suffix(UNSTROKED),
                _ => body.strip_suffix(" stroke=\"none\" stroke-width=\"1\""),
            };
            let Some((head, fill)) =
                body.and_then(|b| b.split_at_checked(b.len().checked_sub(15)?))
            else {
                return false;
            };
            if !colour(fill, " fill=\"#") || !head.starts_with(tag) {
                return false;
            }
            out.push_str(head.strip_suffix(OPAQUE).unwrap_or(head));
            out.push_str(fill);
            push_stroke(out, stroke);
        }
        // `<line opacity stroke stroke-width x1 y1 x2 y2/>`,
        // `<polyline fill="none" opacity stroke stroke-width points/>`,
        // `<polygon opacity fill points/>`.
        "<line " | "<polyline " | "<polygon " => {
            let head = match tag {
                "<line " => "<line",
                "<polyline " => "<polyline fill=\"none\"",
                _ => "<polygon",
            };
            let name = if tag == "<polygon " {
                " fill=\"#"
            } else {
                " stroke=\"#"
            };
            let Some(rest) = body.strip_prefix(head).and_then(|b| b.strip_prefix(OPAQUE)) else {
                return false;
            };
            let Some((paint, rest)) = rest.split_at_checked(name.len() + 7) else {
                return false;
            };
            if !colour(paint, name) {
                return false;
            }
            let rest = rest.strip_prefix(WIDTH_1).unwrap_or(rest);
            out.push_str(head);
            out.push_str(paint);
            match rest.strip_suffix(" \"") {
                Some(points) if tag != "<line " => {
                    out.push_str(points);
                    out.push('"');
                }
                _ => out.push_str(rest),
            }
            if tag == "<polygon " {
                push_stroke(out, stroke);
            }
        }
        _ => return false,
    }
    if dashed {
        out.push_str(" stroke-dasharray=\"");
        out.push_str(DASH);
        out.push('"');
    }
    out.push_str("/>\n");
    true
}

/// [`push_shape`] for any element: reads its attributes one by one.
fn push_shape_by_attributes(
    out: &mut String,
    line: &str,
    tag: &str,
    stroke: Stroke,
    dashed: bool,
) -> Option<()> {
    let body = line.strip_suffix("/>")?;
    if !body.starts_with(tag) {
        return None;
    }
    // Copies the element in as few pieces as possible: `kept` is where the
    // part not yet copied starts; an attribute left out or changed first
    // copies what comes before it.
    let bytes = body.as_bytes();
    let mut kept = 0;
    let mut at = tag.len() - 1; // the space before the first attribute
    let mut stroked = true;
    let mut has_stroke = false;
    while at < bytes.len() {
        let eq = at + bytes[at..].iter().position(|&b| b == b'=')?;
        let open = eq + 2; // after `="`
        let close = open + bytes.get(open..)?.iter().position(|&b| b == b'"')?;
        let key = &bytes[at + 1..eq];
        let value = &bytes[open..close];
        let end = close + 1;
        match (key, value) {
            (b"opacity", b"1") | (b"stroke-width", b"1") => {
                out.push_str(&body[kept..at]);
                kept = end;
            }
            (b"stroke", b"none") => {
                out.push_str(&body[kept..at]);
                kept = end;
                push_stroke(out, stroke);
                stroked = matches!(stroke, Stroke::Color(_));
            }
            (b"stroke-width", _) if !stroked => {
                out.push_str(&body[kept..at]);
                kept = end;
            }
            (b"points", v) if v.ends_with(b" ") => {
                out.push_str(&body[kept..close - 1]);
                kept = close;
            }
            _ => {}
        }
        has_stroke |= key == b"stroke";
        at = end;
    }
    out.push_str(&body[kept..]);
    if !has_stroke {
        push_stroke(out, stroke);
    }
    if dashed {
        out.push_str(" stroke-dasharray=\"");
        out.push_str(DASH);
        out.push('"');
    }
    out.push_str("/>\n");
    Some(())
}

/// Appends the `stroke` attribute `stroke` calls for, if any.
fn push_stroke(out: &mut String, stroke: Stroke) {
    match stroke {
        Stroke::Inherited => {}
        Stroke::Nothing => out.push_str(" stroke=\"none\""),
        Stroke::Color(c) => {
            out.push_str(" stroke=\"");
            push_color(out, c);
            out.push('"');
        }
    }
}

/// Appends a whole number in decimal.
fn push_int(out: &mut String, v: i32) {
    let mut digits = [0u8; 10];
    let mut n = v.unsigned_abs();
    let mut i = digits.len();
    loop {
        i -= 1;
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    if v < 0 {
        out.push('-');
    }
    for &d in &digits[i..] {
        out.push(d as char);
    }
}

/// Appends a colour as `#RRGGBB`, the way plotters writes it.
fn push_color(out: &mut String, c: RGBColor) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    out.push('#');
    for v in [c.0, c.1, c.2] {
        out.push(HEX[(v >> 4) as usize] as char);
        out.push(HEX[(v & 15) as usize] as char);
    }
}

/// Whether `s` shows nothing: only white space and characters that are
/// cleaned to spaces.
fn is_blank(s: &str) -> bool {
    s.chars().all(|c| c.is_whitespace() || is_unprintable(c))
}

/// The inheritable look of text: size in whole pixels, colour, anchor.
#[derive(Clone, Copy, PartialEq)]
struct TextLook {
    px: i32,
    color: RGBColor,
    anchor: Anchor,
}

/// Appends the attributes of `look` that differ from the `inherited` one
/// (all of them without one).
fn push_text_look(out: &mut String, look: TextLook, inherited: Option<TextLook>) {
    if inherited.is_none_or(|i| i.anchor != look.anchor) {
        out.push_str(" text-anchor=\"");
        out.push_str(look.anchor.as_str());
        out.push('"');
    }
    if inherited.is_none_or(|i| i.px != look.px) {
        out.push_str(" font-size=\"");
        push_int(out, look.px);
        out.push('"');
    }
    if inherited.is_none_or(|i| i.color != look.color) {
        out.push_str(" fill=\"");
        push_color(out, look.color);
        out.push('"');
    }
}

/// Horizontal anchor of a text.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Anchor {
    Start,
    Middle,
    End,
}

impl Anchor {
    fn as_str(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

/// A text style: size in pixels, colour, anchor, weight, direction. Text
/// is always centred vertically on its anchor (`dy="0.5ex"`).
#[derive(Clone, Copy)]
pub(crate) struct Txt {
    px: f64,
    color: RGBColor,
    h: Anchor,
    bold: bool,
    vertical: bool,
}

impl Txt {
    /// Regular text anchored at its left end, vertically centred.
    pub const fn new(px: f64, color: RGBColor) -> Self {
        Txt {
            px,
            color,
            h: Anchor::Start,
            bold: false,
            vertical: false,
        }
    }

    /// Anchored at its left end.
    pub const fn left(mut self) -> Self {
        self.h = Anchor::Start;
        self
    }

    /// Anchored at its centre.
    pub const fn center(mut self) -> Self {
        self.h = Anchor::Middle;
        self
    }

    /// Anchored at its right end.
    pub const fn right(mut self) -> Self {
        self.h = Anchor::End;
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

    fn look(&self) -> TextLook {
        TextLook {
            px: px(self.px),
            color: self.color,
            anchor: self.h,
        }
    }

    /// Draws `s` (control characters cleaned to spaces, XML-escaped) with
    /// its anchor at `(x, y)`, rounded to whole pixels, as plotters would.
    /// Nothing is drawn for blank text.
    pub fn draw(&self, cv: &mut Canvas, s: &str, x: f64, y: f64) {
        if !x.is_finite() || !y.is_finite() || is_blank(s) {
            return;
        }
        let (x, y) = (px(x), px(y));
        let inherited = cv.text;
        let t = cv.write();
        t.push_str("<text x=\"");
        push_int(t, x);
        t.push_str("\" y=\"");
        push_int(t, y);
        t.push_str("\" dy=\"0.5ex\"");
        push_text_look(t, self.look(), Some(inherited));
        if self.bold {
            t.push_str(" font-weight=\"bold\"");
        }
        if self.vertical {
            t.push_str(" transform=\"rotate(270, ");
            push_int(t, x);
            t.push_str(", ");
            push_int(t, y);
            t.push_str(")\"");
        }
        t.push('>');
        crate::escape::push_escaped(t, s, Markup::SvgLabel);
        t.push_str("</text>");
        cv.written();
    }
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

    /// Draws the marker centred on `(x, y)`: a circle of radius 3, a
    /// square of 6 px, a triangle or a diamond of 8 px, filled. The bytes
    /// are those of plotters' circle, rectangle or polygon without their
    /// defaults.
    pub fn draw(self, cv: &mut Canvas, x: i32, y: i32, color: RGBColor) {
        self.write(cv.write(), x, y, Some(color));
        cv.written();
    }

    /// Draws the marker on each of `points`; two or more in a group that
    /// gives them their colour.
    pub fn draw_all(self, cv: &mut Canvas, points: &[Pt], color: RGBColor) {
        if let [(x, y)] = *points {
            return self.draw(cv, x, y, color);
        }
        if points.is_empty() {
            return;
        }
        let out = cv.write();
        out.push_str("<g fill=\"");
        push_color(out, color);
        out.push_str("\">\n");
        for &(x, y) in points {
            self.write(out, x, y, None);
            out.push('\n');
        }
        out.push_str("</g>");
        cv.written();
    }

    /// Writes the marker's element, with its `fill` if given.
    fn write(self, out: &mut String, x: i32, y: i32, fill: Option<RGBColor>) {
        let fill = |out: &mut String| {
            if let Some(c) = fill {
                out.push_str(" fill=\"");
                push_color(out, c);
                out.push('"');
            }
        };
        match self {
            Marker::Circle => {
                out.push_str("<circle cx=\"");
                push_int(out, x);
                out.push_str("\" cy=\"");
                push_int(out, y);
                out.push_str("\" r=\"3\"");
                fill(out);
            }
            Marker::Square => {
                out.push_str("<rect x=\"");
                push_int(out, x - 3);
                out.push_str("\" y=\"");
                push_int(out, y - 3);
                out.push_str("\" width=\"6\" height=\"6\"");
                fill(out);
            }
            Marker::Triangle | Marker::Diamond => {
                out.push_str("<polygon");
                fill(out);
                out.push_str(" points=\"");
                let corners: &[Pt] = if self == Marker::Triangle {
                    &[(x, y - 4), (x + 4, y + 3), (x - 4, y + 3)]
                } else {
                    &[(x, y - 4), (x + 4, y), (x, y + 4), (x - 4, y)]
                };
                for (i, &(px, py)) in corners.iter().enumerate() {
                    if i > 0 {
                        out.push(' ');
                    }
                    push_int(out, px);
                    out.push(',');
                    push_int(out, py);
                }
                out.push('"');
            }
        }
        out.push_str("/>");
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
pub(crate) fn draw_legend(cv: &mut Canvas, items: &[LegendItem], width: f64, top: f64) {
    let label = Txt::new(LABEL_PX, TEXT).left();
    cv.group(label, |cv| draw_legend_rows(cv, items, width, top, label));
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

/// Draws a chart onto a canvas of `size` pixels and finishes the document.
///
/// `title` becomes the SVG `<title>`, `aria` its `aria-label`. Should
/// plotters ever fail, the empty chart is returned instead.
pub(crate) fn render<F>(title: &str, aria: &str, size: (u32, u32), draw: F) -> String
where
    F: FnOnce(&mut Canvas),
{
    let mut cv = Canvas::new(size);
    draw(&mut cv);
    cv.finish(title, aria)
        .unwrap_or_else(|| empty_chart(title, size))
}

/// The text shown when there is nothing to draw.
pub(crate) const NO_DATA: &str = "暂无数据";

/// A chart with its title and "暂无数据" (no data) in the middle.
pub(crate) fn empty_chart(title: &str, size: (u32, u32)) -> String {
    let w = size.0 as f64;
    let h = size.1 as f64;
    let mut cv = Canvas::new(size);
    let lines = title_lines(title, w);
    draw_title(&mut cv, &lines, w, PAD);
    let top = PAD + title_height(&lines);
    Txt::new(14.0, MUTED)
        .center()
        .draw(&mut cv, NO_DATA, w / 2.0, (top + h) / 2.0);
    cv.finish(title, title).unwrap_or_else(|| {
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
        s.push_str("\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"");
        crate::escape::push_escaped(
            &mut s,
            if is_blank(title) { "图表" } else { title },
            Markup::SvgLabel,
        );
        s.push('"');
        s.push_str(FONT_ATTR);
        s.push_str(">\n<title>");
        crate::escape::push_escaped(&mut s, title, Markup::SvgLabel);
        s.push_str("</title>\n</svg>\n");
        s
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn font_attr_is_the_escaped_family() {
        let mut escaped = String::new();
        crate::escape::push_escaped(&mut escaped, FONT_FAMILY, Markup::SvgLabel);
        assert_eq!(FONT_ATTR, format!(" font-family=\"{escaped}\""));
        // Unquoted family names: identifiers (a letter first, then letters
        // and digits) separated by single spaces, none a generic keyword
        // but the last.
        let names: Vec<&str> = FONT_FAMILY.split(',').collect();
        assert_eq!(names.last(), Some(&"sans-serif"));
        for name in &names[..names.len() - 1] {
            for word in name.split(' ') {
                let mut c = word.chars();
                assert!(c.next().is_some_and(|c| c.is_ascii_alphabetic()), "{name}");
                assert!(c.all(|c| c.is_ascii_alphanumeric()), "{name}");
            }
            let generic = [
                "serif",
                "sans-serif",
                "monospace",
                "cursive",
                "fantasy",
                "system-ui",
            ];
            assert!(!generic.contains(&name.to_ascii_lowercase().as_str()));
        }
    }

    #[test]
    fn numbers_and_colours_are_written_as_plotters_writes_them() {
        for v in [0, 7, -7, 10, 359, -1_000_000, 1_000_000, i32::MIN, i32::MAX] {
            let mut s = String::new();
            push_int(&mut s, v);
            assert_eq!(s, v.to_string());
        }
        let mut s = String::new();
        push_color(&mut s, RGBColor(0x0A, 0xB8, 0xFF));
        assert_eq!(s, "#0AB8FF");
    }

    #[test]
    fn shapes_lose_only_defaults() {
        let mut out = String::new();
        let line = "<rect x=\"1\" y=\"2\" width=\"3\" height=\"4\" opacity=\"1\" fill=\"#9DC3E6\" stroke=\"none\"/>";
        push_shape(&mut out, line, "<rect ", Stroke::Color(OUTLINE), false).unwrap();
        push_shape(&mut out, line, "<rect ", Stroke::Inherited, false).unwrap();
        push_shape(&mut out, line, "<rect ", Stroke::Nothing, false).unwrap();
        let circle = "<circle cx=\"1\" cy=\"2\" r=\"3\" opacity=\"0.5\" fill=\"#C0501A\" stroke=\"none\" stroke-width=\"1\"/>";
        push_shape(&mut out, circle, "<circle ", Stroke::Inherited, false).unwrap();
        let path = "<polyline fill=\"none\" opacity=\"1\" stroke=\"#C0501A\" stroke-width=\"2\" points=\"1,2 3,4 \"/>";
        push_shape(&mut out, path, "<polyline ", Stroke::Inherited, true).unwrap();
        let polygon = "<polygon opacity=\"1\" fill=\"#C0501A\" points=\"1,2 3,4 5,6 \"/>";
        push_shape(&mut out, polygon, "<polygon ", Stroke::Nothing, false).unwrap();
        assert_eq!(
            out,
            "<rect x=\"1\" y=\"2\" width=\"3\" height=\"4\" fill=\"#9DC3E6\" stroke=\"#707070\"/>\n\
             <rect x=\"1\" y=\"2\" width=\"3\" height=\"4\" fill=\"#9DC3E6\"/>\n\
             <rect x=\"1\" y=\"2\" width=\"3\" height=\"4\" fill=\"#9DC3E6\" stroke=\"none\"/>\n\
             <circle cx=\"1\" cy=\"2\" r=\"3\" opacity=\"0.5\" fill=\"#C0501A\"/>\n\
             <polyline fill=\"none\" stroke=\"#C0501A\" stroke-width=\"2\" points=\"1,2 3,4\" stroke-dasharray=\"7 5\"/>\n\
             <polygon fill=\"#C0501A\" points=\"1,2 3,4 5,6\" stroke=\"none\"/>\n"
        );
        assert!(push_shape(&mut out, line, "<circle ", Stroke::Inherited, false).is_none());
    }

    #[test]
    fn shapes_as_written_by_plotters_are_copied_as_by_their_attributes() {
        let mut buf = String::new();
        {
            let mut svg = SVGBackend::with_string(&mut buf, (100, 100));
            for (i, c) in [PAPER, GRID, RGBColor(0x0A, 0xB8, 0xFF)]
                .into_iter()
                .enumerate()
            {
                let i = i as i32;
                svg.draw_rect((i, -i), (20 + i, 30), &c, true).unwrap();
                svg.draw_rect((i, 2), (9, 9), &c.mix(0.85), true).unwrap();
                svg.draw_circle((i, 5), 3, &c, true).unwrap();
                for w in [1, 2] {
                    svg.draw_line((-i, 1), (5, 1), &c.stroke_width(w)).unwrap();
                    let pts = [(0, 0), (i, 7), (-3, 1000)];
                    svg.draw_path(pts, &c.stroke_width(w)).unwrap();
                }
                svg.fill_polygon([(0, 0), (i, 7), (3, 1)], &c).unwrap();
            }
            svg.present().unwrap();
        }
        let mut tried = 0;
        for line in buf.lines().filter(|l| l.ends_with("/>")) {
            let tag = ["<rect ", "<circle ", "<line ", "<polyline ", "<polygon "]
                .into_iter()
                .find(|t| line.starts_with(t))
                .unwrap();
            for stroke in [Stroke::Inherited, Stroke::Nothing, Stroke::Color(OUTLINE)] {
                for dashed in [false, true] {
                    let (mut fast, mut slow) = (String::new(), String::new());
                    assert!(push_shape_as_written(&mut fast, line, tag, stroke, dashed));
                    push_shape_by_attributes(&mut slow, line, tag, stroke, dashed).unwrap();
                    assert_eq!(fast, slow);
                    tried += 1;
                }
            }
        }
        assert_eq!(tried, 6 * 3 * 8);
        let mut out = String::new();
        assert!(!push_shape_as_written(
            &mut out,
            "<rect x=\"1\"/>",
            "<rect ",
            Stroke::Inherited,
            false
        ));
        assert!(!push_shape_as_written(
            &mut out,
            "<line x=\"1\"/>",
            "<line ",
            Stroke::Inherited,
            false
        ));
        assert!(out.is_empty());
    }

    #[test]
    fn text_says_only_what_it_does_not_inherit() {
        let tick = Txt::new(LABEL_PX, MUTED).right();
        let mut cv = Canvas::new((100, 100));
        cv.group(tick, |_| {});
        Txt::new(LABEL_PX, TEXT)
            .center()
            .draw(&mut cv, "1月", 10.0, 20.4);
        cv.group(tick, |cv| {
            tick.draw(cv, "万元", 5.0, 6.0);
            Txt::new(VALUE_PX, MUTED)
                .left()
                .bold()
                .draw(cv, "<&>", 5.0, 6.0);
        });
        Txt::new(TITLE_PX, TEXT).draw(&mut cv, "x", 1.0, 2.0);
        assert_eq!(
            cv.written,
            "<text x=\"10\" y=\"20\" dy=\"0.5ex\">1月</text>\n\
             <g text-anchor=\"end\" fill=\"#595959\">\n\
             <text x=\"5\" y=\"6\" dy=\"0.5ex\">万元</text>\n\
             <text x=\"5\" y=\"6\" dy=\"0.5ex\" text-anchor=\"start\" font-size=\"11\" \
             font-weight=\"bold\">&lt;&amp;&gt;</text>\n\
             </g>\n\
             <text x=\"1\" y=\"2\" dy=\"0.5ex\" text-anchor=\"start\" font-size=\"16\">x</text>\n"
        );
        assert_eq!(cv.ops.len(), 6);
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
