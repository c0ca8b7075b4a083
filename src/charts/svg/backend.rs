//! The drawing primitives of plotters' `DrawingBackend`, as SVG elements.

use std::convert::Infallible;
use std::fmt::Write as _;

use plotters::style::text_anchor::VPos;
use plotters::style::{FontStyle, FontTransform};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
};

use super::{is_blank, push_differences, rgb, CompactSvg, Inherited, FONT_FAMILY};
use crate::charts::style::px;
use crate::charts::text::text_width;
use crate::escape::{push_escaped, Markup};

/// The drawing primitives plotters calls. Each writes one element; nothing
/// is drawn in a fully transparent colour.
impl DrawingBackend for CompactSvg<'_> {
    type ErrorType = Infallible;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }

    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<Infallible>> {
        Ok(())
    }

    /// Finishes the document (`</svg>`).
    fn present(&mut self) -> Result<(), DrawingErrorKind<Infallible>> {
        self.finish();
        Ok(())
    }

    /// A 1 × 1 rectangle.
    fn draw_pixel(
        &mut self,
        point: BackendCoord,
        color: BackendColor,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        let pen = std::mem::take(&mut self.pen);
        let drawn = self.draw_rect(point, (point.0 + 1, point.1 + 1), &color, true);
        self.pen = pen;
        drawn
    }

    /// `<line>`.
    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        let (c, width) = (style.color(), style.stroke_width());
        self.element("line", c, |svg| {
            svg.opacity(c);
            svg.stroke(Some(rgb(c)), width);
            svg.numbers(&[("x1", from.0), ("y1", from.1), ("x2", to.0), ("y2", to.1)]);
            svg.dash();
        })
    }

    /// `<rect>` between two corners, filled (and outlined as the pen says)
    /// or only stroked.
    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        let (c, width) = (style.color(), style.stroke_width());
        let (x, y) = upper_left;
        self.element("rect", c, |svg| {
            svg.numbers(&[
                ("x", x),
                ("y", y),
                ("width", bottom_right.0.saturating_sub(x)),
                ("height", bottom_right.1.saturating_sub(y)),
            ]);
            svg.opacity(c);
            svg.paint_area(c, width, fill);
        })
    }

    /// `<polyline>`, not filled.
    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        let (c, width) = (style.color(), style.stroke_width());
        self.element("polyline", c, |svg| {
            svg.fill(None);
            svg.opacity(c);
            svg.stroke(Some(rgb(c)), width);
            svg.points(path);
            svg.dash();
        })
    }

    /// `<circle>`, filled (and outlined as the pen says) or only stroked.
    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        let (c, width) = (style.color(), style.stroke_width());
        let r = radius.min(i32::MAX as u32) as i32;
        self.element("circle", c, |svg| {
            svg.numbers(&[("cx", center.0), ("cy", center.1), ("r", r)]);
            svg.opacity(c);
            svg.paint_area(c, width, fill);
        })
    }

    /// `<polygon>`, filled and outlined as the pen says.
    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        let c = style.color();
        self.element("polygon", c, |svg| {
            svg.opacity(c);
            svg.fill(Some(rgb(c)));
            svg.points(vert);
            svg.stroke(svg.pen.outline, 1);
            svg.dash();
        })
    }

    /// `<text>` anchored at `pos`: the text escaped, control characters as
    /// spaces; the size rounded to whole pixels; vertically at the top,
    /// centre or bottom as plotters' SVG backend puts it (`dy`); turned
    /// about its anchor. Nothing for blank text.
    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        (x, y): BackendCoord,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        let c = style.color();
        if c.alpha == 0.0 || self.presented || is_blank(text) {
            return Ok(());
        }
        let pos = style.anchor();
        self.out.push_str("<text");
        self.numbers(&[("x", x), ("y", y)]);
        self.out.push_str(match pos.v_pos {
            VPos::Top => " dy=\"0.76em\"",
            VPos::Center => " dy=\"0.5ex\"",
            VPos::Bottom => " dy=\"-0.5ex\"",
        });
        let family = style.family();
        if family.as_str() != FONT_FAMILY {
            self.out.push_str(" font-family=\"");
            push_escaped(self.out, family.as_str(), Markup::SvgLabel);
            self.out.push('"');
        }
        let want = Inherited {
            anchor: pos.h_pos.into(),
            font_px: px(style.size()),
            fill: Some(rgb(c)),
            stroke: None,
        };
        push_differences(self.out, Some(&self.now), &want);
        self.opacity(c);
        match style.style() {
            FontStyle::Normal => {}
            FontStyle::Bold => self.out.push_str(" font-weight=\"bold\""),
            FontStyle::Italic | FontStyle::Oblique => self.out.push_str(" font-style=\"italic\""),
        }
        let degrees = match style.transform() {
            FontTransform::None => None,
            FontTransform::Rotate90 => Some(90),
            FontTransform::Rotate180 => Some(180),
            FontTransform::Rotate270 => Some(270),
        };
        if let Some(d) = degrees {
            let _ = write!(self.out, " transform=\"rotate({d}, {x}, {y})\"");
        }
        self.out.push('>');
        push_escaped(self.out, text, Markup::SvgLabel);
        self.out.push_str("</text>\n");
        Ok(())
    }

    /// Width and height of `text` by [`text_width`] (full width for CJK),
    /// not by plotters' count of UTF-8 bytes.
    fn estimate_text_size<S: BackendTextStyle>(
        &self,
        text: &str,
        style: &S,
    ) -> Result<(u32, u32), DrawingErrorKind<Infallible>> {
        let size = style.size().max(0.0);
        let w = text_width(text, size).ceil();
        Ok((w.min(u32::MAX as f64) as u32, size.ceil() as u32))
    }
}
