//! Chart text: [`Txt`], the style of a label, and how it is drawn.
//!
//! `Txt` is a plotters text style (`BackendTextStyle`): the backend reads
//! its size, colour, anchor, weight and turn from it. Its width is
//! estimated with [`text_width`]; it has no glyphs to rasterize, since the
//! backend writes text as text.

use std::convert::Infallible;

use plotters::prelude::RGBColor;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::{FontFamily, FontStyle, FontTransform};
use plotters_backend::{BackendColor, BackendCoord, BackendTextStyle, DrawingBackend};

use super::canvas::{drawn, Canvas};
use super::style::px;
use super::svg::{Anchor, Inherited, FONT_FAMILY};
use super::text::text_width;

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

    /// What a group sets so that text in it need not say its size, colour
    /// and anchor: `outer` with those of this style.
    fn inherited_in(&self, outer: Inherited) -> Inherited {
        Inherited {
            anchor: self.h,
            font_px: px(self.px),
            fill: Some(self.color),
            ..outer
        }
    }

    /// Draws what `draw` draws in a group (`<g>`) whose text is by default
    /// set in this style's size, colour and anchor, so that the `<text>`s
    /// in it need not say so each.
    pub fn group(&self, cv: &mut Canvas, draw: impl FnOnce(&mut Canvas)) {
        let want = self.inherited_in(cv.svg().inherited());
        cv.within(want, draw);
    }

    /// Draws `s` (control characters cleaned to spaces, escaped) with its
    /// anchor at `(x, y)`, rounded to whole pixels. Nothing is drawn for
    /// blank text or a position that is not a number.
    pub fn draw(&self, cv: &mut Canvas, s: &str, x: f64, y: f64) {
        if x.is_finite() && y.is_finite() {
            drawn(cv.svg().draw_text(s, self, (px(x), px(y))));
        }
    }
}

/// What the backend reads from a label's style.
impl BackendTextStyle for Txt {
    type FontError = Infallible;

    fn color(&self) -> BackendColor {
        BackendColor {
            alpha: 1.0,
            rgb: (self.color.0, self.color.1, self.color.2),
        }
    }

    fn size(&self) -> f64 {
        self.px
    }

    fn transform(&self) -> FontTransform {
        if self.vertical {
            FontTransform::Rotate270
        } else {
            FontTransform::None
        }
    }

    fn style(&self) -> FontStyle {
        if self.bold {
            FontStyle::Bold
        } else {
            FontStyle::Normal
        }
    }

    fn anchor(&self) -> Pos {
        let h = match self.h {
            Anchor::Start => HPos::Left,
            Anchor::Middle => HPos::Center,
            Anchor::End => HPos::Right,
        };
        Pos::new(h, VPos::Center)
    }

    fn family(&self) -> FontFamily<'_> {
        FontFamily::Name(FONT_FAMILY)
    }

    /// The box of the text laid out from the origin, by [`text_width`].
    fn layout_box(&self, text: &str) -> Result<((i32, i32), (i32, i32)), Infallible> {
        Ok(((0, 0), (px(text_width(text, self.px)), px(self.px))))
    }

    /// Nothing to rasterize: the backend writes text as `<text>`.
    fn draw<E, F: FnMut(i32, i32, BackendColor) -> Result<(), E>>(
        &self,
        _text: &str,
        _pos: BackendCoord,
        _draw: F,
    ) -> Result<Result<(), E>, Infallible> {
        Ok(Ok(()))
    }
}
