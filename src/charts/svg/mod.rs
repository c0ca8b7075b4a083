//! Our plotters drawing backend: writes a chart's SVG, compactly.
//!
//! plotters draws through its `DrawingBackend` trait; [`CompactSvg`] is our
//! implementation of it. plotters' own `SVGBackend` writes every attribute
//! on every element (`opacity="1"`, `stroke="none"`, `stroke-width="1"`,
//! the whole font list on each `<text>`), formats each with `format!`, and
//! measures text by counting UTF-8 bytes. Charts are many (a 10,000-project
//! site has 10,000 project charts), so this backend writes each element
//! only what it does not inherit:
//!
//! - the root element sets the font family and the size, colour and anchor
//!   most text has; groups ([`CompactSvg::open_group`]) set what a run of
//!   elements alike shares (tick labels, the outline of light bars, the
//!   colour of a line's markers), and a group that would say nothing, or
//!   holds nothing, is not written;
//! - shapes leave out what SVG assumes: full opacity, a stroke width of 1,
//!   no stroke where none is inherited;
//! - text is an SVG `<text>`, escaped ([`Markup::SvgLabel`]); its width
//!   is estimated with [`text_width`](crate::charts::text_width), which
//!   knows Chinese is full width.
//!
//! Two things SVG says that the trait's styles cannot carry, an outline
//! around a filled shape and a dash pattern, are set on the [`Pen`] before
//! drawing. Writing to a `String` cannot fail: the error type is
//! [`Infallible`](std::convert::Infallible).

use std::convert::Infallible;
use std::fmt::Write as _;

use plotters::prelude::RGBColor;
use plotters::style::text_anchor::HPos;
use plotters_backend::{BackendColor, BackendCoord, DrawingErrorKind};

use super::style::TEXT;
use crate::escape::{is_unprintable, push_escaped, Markup};

mod backend;

/// Fonts for Chinese text on Linux (Noto / Source Han), Windows (YaHei) and
/// macOS (PingFang), then the generic family. Nothing is loaded from the web.
/// The names are not quoted: each is a sequence of CSS identifiers and none
/// is a keyword, so CSS reads them as they are (and needs no `&quot;`). Set
/// once on the root element (`font-family` is inherited).
pub(crate) const FONT_FAMILY: &str = "Noto Sans CJK SC,Source Han Sans SC,Noto Sans SC,Microsoft YaHei,PingFang SC,WenQuanYi Micro Hei,sans-serif";

/// What the root element gives every element: the size, colour and anchor
/// most chart text has, no stroke.
const ROOT: Inherited = Inherited {
    anchor: Anchor::Middle,
    font_px: 12,
    fill: Some(TEXT),
    stroke: None,
};

/// Dash and gap of dashed lines, in pixels.
const DASH: &str = "7 5";

/// What an element inherits from the root element and the groups it is in:
/// the attributes it need not write.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Inherited {
    /// `text-anchor`.
    pub anchor: Anchor,
    /// `font-size`, in whole pixels.
    pub font_px: i32,
    /// `fill` (`None` = `none`): of text and of filled shapes.
    pub fill: Option<RGBColor>,
    /// `stroke` (`None` = `none`).
    pub stroke: Option<RGBColor>,
}

/// Horizontal anchor of a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Anchor {
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

impl From<HPos> for Anchor {
    fn from(h: HPos) -> Anchor {
        match h {
            HPos::Left => Anchor::Start,
            HPos::Center => Anchor::Middle,
            HPos::Right => Anchor::End,
        }
    }
}

/// How the shapes drawn next are stroked beyond what the trait's style
/// says: an outline around filled shapes, a dash pattern.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(crate) struct Pen {
    /// The outline of filled shapes (`None`: not outlined).
    pub outline: Option<RGBColor>,
    /// Strokes are dashed ([`DASH`]).
    pub dashed: bool,
}

/// A group opened by [`CompactSvg::open_group`].
struct Group {
    /// What was inherited before it.
    outer: Inherited,
    /// Where its `<g>` starts in the output.
    start: usize,
    /// Where its content starts; `None` if no `<g>` was written (it would
    /// have said nothing).
    content: Option<usize>,
}

/// The plotters backend that writes a chart's SVG document into a string,
/// as plotters' `SVGBackend::with_string` does; see the module
/// documentation. The document is finished (`</svg>`) when plotters asks
/// it to present what was drawn, or when it is dropped.
pub(crate) struct CompactSvg<'a> {
    out: &'a mut String,
    size: (u32, u32),
    now: Inherited,
    groups: Vec<Group>,
    pen: Pen,
    /// The document is finished: nothing more is written.
    presented: bool,
}

impl<'a> CompactSvg<'a> {
    /// A document of `size` pixels whose root element carries `role="img"`,
    /// `aria-label` (`aria`, or "图表" when blank), a `viewBox` (so CSS
    /// `width:100%; height:auto` scales it), the font family and the text
    /// look of [`ROOT`], and whose first child is `<title>`, written at the
    /// end of `out`.
    pub fn new(out: &'a mut String, size: (u32, u32), title: &str, aria: &str) -> CompactSvg<'a> {
        let (w, h) = size;
        let _ = write!(
            out,
            "<svg width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" \
             xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\""
        );
        push_escaped(
            out,
            if is_blank(aria) { "图表" } else { aria },
            Markup::SvgLabel,
        );
        out.push_str("\" font-family=\"");
        out.push_str(FONT_FAMILY);
        out.push('"');
        push_differences(out, None, &ROOT);
        out.push_str(">\n<title>");
        push_escaped(out, title, Markup::SvgLabel);
        out.push_str("</title>\n");
        CompactSvg {
            out,
            size,
            now: ROOT,
            groups: Vec::new(),
            pen: Pen::default(),
            presented: false,
        }
    }

    /// What elements drawn now inherit.
    pub fn inherited(&self) -> Inherited {
        self.now
    }

    /// Sets how the shapes drawn next are stroked.
    pub fn set_pen(&mut self, pen: Pen) {
        self.pen = pen;
    }

    /// Opens a group (`<g>`) that gives the elements drawn in it `want`.
    /// It writes only what differs from what is inherited; a group that
    /// would say nothing is not written. Close it with
    /// [`CompactSvg::close_group`].
    pub fn open_group(&mut self, want: Inherited) {
        let start = self.out.len();
        let content = (want != self.now && !self.presented).then(|| {
            self.out.push_str("<g");
            push_differences(self.out, Some(&self.now), &want);
            self.out.push_str(">\n");
            self.out.len()
        });
        self.groups.push(Group {
            outer: self.now,
            start,
            content,
        });
        self.now = want;
    }

    /// Closes the group opened last; one that holds nothing is taken out.
    pub fn close_group(&mut self) {
        let Some(group) = self.groups.pop() else {
            return;
        };
        self.now = group.outer;
        match group.content {
            Some(at) if at == self.out.len() => self.out.truncate(group.start),
            Some(_) => self.out.push_str("</g>\n"),
            None => {}
        }
    }

    /// Finishes the document: closes the groups left open and the root
    /// element. Once only; what is drawn after it is not written.
    fn finish(&mut self) {
        if !self.presented {
            while !self.groups.is_empty() {
                self.close_group();
            }
            self.out.push_str("</svg>\n");
            self.presented = true;
        }
    }

    /// Writes one element, `<tag …/>`, whose attributes `attrs` writes;
    /// nothing when `color` is fully transparent or the document is
    /// finished.
    fn element(
        &mut self,
        tag: &str,
        color: BackendColor,
        attrs: impl FnOnce(&mut Self),
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        if color.alpha != 0.0 && !self.presented {
            self.out.push('<');
            self.out.push_str(tag);
            attrs(self);
            self.out.push_str("/>\n");
        }
        Ok(())
    }

    /// Writes ` fill="…"` unless `fill` is inherited.
    fn fill(&mut self, fill: Option<RGBColor>) {
        if fill != self.now.fill {
            push_paint(self.out, " fill=\"", fill);
        }
    }

    /// Writes ` stroke="…"` unless `stroke` is inherited, then the stroke
    /// width unless 1, then the pen's dash pattern.
    fn stroke(&mut self, stroke: Option<RGBColor>, width: u32) {
        if stroke != self.now.stroke {
            push_paint(self.out, " stroke=\"", stroke);
        }
        if stroke.is_some() && width != 1 {
            self.out.push_str(" stroke-width=\"");
            push_int(self.out, width.min(i32::MAX as u32) as i32);
            self.out.push('"');
        }
    }

    /// Writes the pen's dash pattern, if any.
    fn dash(&mut self) {
        if self.pen.dashed {
            self.out.push_str(" stroke-dasharray=\"");
            self.out.push_str(DASH);
            self.out.push('"');
        }
    }

    /// Writes ` opacity="…"` for a colour that is not opaque.
    fn opacity(&mut self, c: BackendColor) {
        if c.alpha < 1.0 {
            let _ = write!(self.out, " opacity=\"{}\"", c.alpha);
        }
    }

    /// Fill and stroke of a shape with an inside: filled in `c` and
    /// outlined as the pen says, or only stroked in `c`.
    fn paint_area(&mut self, c: BackendColor, width: u32, filled: bool) {
        if filled {
            self.fill(Some(rgb(c)));
            self.stroke(self.pen.outline, 1);
        } else {
            self.fill(None);
            self.stroke(Some(rgb(c)), width);
        }
        self.dash();
    }

    /// Writes ` points="x,y x,y …"`.
    fn points(&mut self, points: impl IntoIterator<Item = BackendCoord>) {
        self.out.push_str(" points=\"");
        for (i, (x, y)) in points.into_iter().enumerate() {
            if i > 0 {
                self.out.push(' ');
            }
            push_int(self.out, x);
            self.out.push(',');
            push_int(self.out, y);
        }
        self.out.push('"');
    }

    /// Writes ` name="v"` for each pair, numbers in decimal.
    fn numbers(&mut self, attrs: &[(&str, i32)]) {
        for &(name, v) in attrs {
            self.out.push(' ');
            self.out.push_str(name);
            self.out.push_str("=\"");
            push_int(self.out, v);
            self.out.push('"');
        }
    }
}

/// Appends the attributes of `want` that differ from `now` (all of them
/// without it), in the order `text-anchor`, `font-size`, `fill`, `stroke`.
fn push_differences(out: &mut String, now: Option<&Inherited>, want: &Inherited) {
    if now.is_none_or(|n| n.anchor != want.anchor) {
        out.push_str(" text-anchor=\"");
        out.push_str(want.anchor.as_str());
        out.push('"');
    }
    if now.is_none_or(|n| n.font_px != want.font_px) {
        out.push_str(" font-size=\"");
        push_int(out, want.font_px);
        out.push('"');
    }
    if now.is_none_or(|n| n.fill != want.fill) {
        push_paint(out, " fill=\"", want.fill);
    }
    if now.is_some_and(|n| n.stroke != want.stroke) {
        push_paint(out, " stroke=\"", want.stroke);
    }
}

/// Appends `attr` (` fill="` or ` stroke="`), the paint and `"`.
fn push_paint(out: &mut String, attr: &str, paint: Option<RGBColor>) {
    out.push_str(attr);
    match paint {
        Some(c) => push_color(out, c),
        None => out.push_str("none"),
    }
    out.push('"');
}

/// The colour of a backend colour, without its opacity.
fn rgb(c: BackendColor) -> RGBColor {
    RGBColor(c.rgb.0, c.rgb.1, c.rgb.2)
}

/// Whether `s` shows nothing: only white space and characters that are
/// written as spaces.
pub(crate) fn is_blank(s: &str) -> bool {
    s.chars().all(|c| c.is_whitespace() || is_unprintable(c))
}

/// Appends a whole number in decimal.
fn push_int(out: &mut String, v: i32) {
    out.push_str(itoa::Buffer::new().format(v));
}

/// Appends a colour as `#RRGGBB`.
fn push_color(out: &mut String, c: RGBColor) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    out.push('#');
    for v in [c.0, c.1, c.2] {
        out.push(HEX[(v >> 4) as usize] as char);
        out.push(HEX[(v & 15) as usize] as char);
    }
}

/// A document is finished when its backend goes, as plotters' own SVG
/// backend does.
impl Drop for CompactSvg<'_> {
    fn drop(&mut self) {
        self.finish();
    }
}

#[cfg(test)]
mod tests;
