//! The canvas a chart draws on: shapes in chart coordinates (`f64`,
//! rounded here to whole pixels), groups, and the finished document.
//!
//! Every shape goes through plotters' `DrawingBackend` trait to our
//! backend, [`CompactSvg`], which writes it at once; text is drawn with
//! [`Txt::draw`](super::label::Txt::draw) (and grouped with
//! [`Txt::group`](super::label::Txt::group)) and markers with
//! [`Marker::draw`](super::marker::Marker::draw), through the same backend.

use std::convert::Infallible;

use plotters::prelude::{Color, RGBColor};
use plotters_backend::{DrawingBackend, DrawingErrorKind};

use super::style::{px, PAPER};
use super::svg::{CompactSvg, Inherited, Pen};

/// A pixel position.
type Pt = (i32, i32);

/// What a chart draws on; see the module documentation.
pub(crate) struct Canvas<'a> {
    svg: CompactSvg<'a>,
}

/// Takes the result of a drawing call: our backend writes into a string
/// and cannot fail (its error type is [`Infallible`]), nor has it fonts
/// to load.
pub(crate) fn drawn(result: Result<(), DrawingErrorKind<Infallible>>) {
    match result {
        Ok(()) | Err(DrawingErrorKind::FontError(_)) => {}
        Err(DrawingErrorKind::DrawingError(never)) => match never {},
    }
}

impl<'a> Canvas<'a> {
    /// A canvas of `size` pixels, paper white, drawing into `out`; see
    /// [`CompactSvg::new`] for `title` and `aria`.
    fn new(out: &'a mut String, size: (u32, u32), title: &str, aria: &str) -> Canvas<'a> {
        let mut svg = CompactSvg::new(out, size, title, aria);
        let (w, h) = size;
        let corner = (w.min(i32::MAX as u32) as i32, h.min(i32::MAX as u32) as i32);
        drawn(svg.draw_rect((0, 0), corner, &PAPER, true));
        Canvas { svg }
    }

    /// The backend, for the drawing of text and markers.
    pub(crate) fn svg(&mut self) -> &mut CompactSvg<'a> {
        &mut self.svg
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
        self.svg.set_pen(Pen {
            outline,
            dashed: false,
        });
        drawn(if alpha >= 1.0 {
            self.svg.draw_rect(a, b, &fill, true)
        } else {
            self.svg.draw_rect(a, b, &fill.mix(alpha), true)
        });
    }

    /// A straight line.
    pub fn line(&mut self, a: (f64, f64), b: (f64, f64), color: RGBColor, width: u32) {
        self.svg.set_pen(Pen::default());
        let (a, b) = ((px(a.0), px(a.1)), (px(b.0), px(b.1)));
        drawn(self.svg.draw_line(a, b, &color.stroke_width(width)));
    }

    /// A polyline through `points`, 2 px wide, solid or dashed; nothing for
    /// fewer than two points.
    pub fn polyline(&mut self, points: &[Pt], color: RGBColor, dashed: bool) {
        if points.len() >= 2 {
            self.svg.set_pen(Pen {
                outline: None,
                dashed,
            });
            let points = points.iter().copied();
            drawn(self.svg.draw_path(points, &color.stroke_width(2)));
        }
    }

    /// A filled polygon, not outlined; nothing for fewer than three
    /// corners.
    pub fn polygon(&mut self, points: &[Pt], color: RGBColor) {
        if points.len() >= 3 {
            self.svg.set_pen(Pen::default());
            drawn(self.svg.fill_polygon(points.iter().copied(), &color));
        }
    }

    /// Draws what `draw` draws (bars) in a group that outlines its shapes
    /// in `outline`, so that they need not say so each; just draws it
    /// without an outline.
    pub fn outlined(&mut self, outline: Option<RGBColor>, draw: impl FnOnce(&mut Canvas)) {
        match outline {
            Some(c) => {
                let want = Inherited {
                    stroke: Some(c),
                    ..self.svg.inherited()
                };
                self.within(want, draw);
            }
            None => draw(self),
        }
    }

    /// Draws what `draw` draws in a group that gives it `want`; no group
    /// if it would say nothing or nothing is drawn.
    pub(crate) fn within(&mut self, want: Inherited, draw: impl FnOnce(&mut Canvas)) {
        self.svg.open_group(want);
        draw(self);
        self.svg.close_group();
    }
}

/// Draws a chart onto a canvas of `size` pixels and returns the finished
/// document: `title` becomes the SVG `<title>`, `aria` its `aria-label`.
pub(crate) fn render<F>(title: &str, aria: &str, size: (u32, u32), draw: F) -> String
where
    F: FnOnce(&mut Canvas),
{
    let mut out = String::with_capacity(4096);
    let mut cv = Canvas::new(&mut out, size, title, aria);
    draw(&mut cv);
    drawn(cv.svg.present());
    drop(cv);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::label::Txt;
    use crate::charts::marker::Marker;
    use crate::charts::style::{LABEL_PX, MUTED, OUTLINE, TEXT, TITLE_PX, VALUE_PX};

    /// The elements `draw` draws, between the background and `</svg>`.
    fn drawing(draw: impl FnOnce(&mut Canvas)) -> String {
        let svg = render("t", "a", (100, 50), draw);
        let background = "fill=\"#FFFFFF\"/>\n";
        let start = svg.find(background).unwrap() + background.len();
        svg[start..svg.len() - "</svg>\n".len()].to_string()
    }

    #[test]
    fn text_says_only_what_it_does_not_inherit() {
        let tick = Txt::new(LABEL_PX, MUTED).right();
        let out = drawing(|cv| {
            tick.group(cv, |_| {});
            tick.group(cv, |cv| tick.draw(cv, " \n\t", 5.0, 6.0));
            Txt::new(LABEL_PX, TEXT)
                .center()
                .draw(cv, "1月", 10.0, 20.4);
            tick.group(cv, |cv| {
                tick.draw(cv, "万元", 5.0, 6.0);
                Txt::new(VALUE_PX, MUTED)
                    .left()
                    .bold()
                    .draw(cv, "<&>", 5.0, 6.0);
            });
            Txt::new(TITLE_PX, TEXT).draw(cv, "x", 1.0, 2.0);
            Txt::new(LABEL_PX, TEXT).draw(cv, "nowhere", f64::NAN, 2.0);
        });
        assert_eq!(
            out,
            "<text x=\"10\" y=\"20\" dy=\"0.5ex\">1月</text>\n\
             <g text-anchor=\"end\" fill=\"#595959\">\n\
             <text x=\"5\" y=\"6\" dy=\"0.5ex\">万元</text>\n\
             <text x=\"5\" y=\"6\" dy=\"0.5ex\" text-anchor=\"start\" font-size=\"11\" \
             font-weight=\"bold\">&lt;&amp;&gt;</text>\n\
             </g>\n\
             <text x=\"1\" y=\"2\" dy=\"0.5ex\" text-anchor=\"start\" font-size=\"16\">x</text>\n"
        );
    }

    #[test]
    fn shapes_say_only_what_they_do_not_inherit() {
        let light = RGBColor(0x9D, 0xC3, 0xE6);
        let dark = RGBColor(0x1F, 0x4E, 0x79);
        let out = drawing(|cv| {
            cv.rect((1.2, 20.0), (4.0, 2.0), light, Some(OUTLINE));
            cv.rect((1.0, 2.0), (1.4, 9.0), light, None); // under a pixel wide
            cv.outlined(Some(OUTLINE), |cv| {
                cv.rect((1.0, 2.0), (4.0, 9.0), light, Some(OUTLINE));
                cv.rect((1.0, 2.0), (4.0, 9.0), dark, None);
                cv.polygon(&[(0, 0), (4, 0), (2, 3)], dark);
                Txt::new(LABEL_PX, TEXT).draw(cv, "x", 1.0, 2.0);
            });
            cv.outlined(Some(OUTLINE), |_| {});
            cv.outlined(None, |cv| cv.rect_px((1, 2), (3, 4), dark, 0.85, None));
            cv.line((0.0, 1.0), (9.0, 1.0), MUTED, 1);
            cv.polyline(&[(0, 0), (5, 5), (9, -2)], dark, true);
            cv.polyline(&[(0, 0)], dark, false);
            cv.polygon(&[(0, 0), (4, 0)], dark);
            Marker::Diamond.draw_all(cv, &[(5, 5), (10, 4)], dark);
            Marker::Square.draw_all(cv, &[(5, 5)], dark);
            Marker::Circle.draw(cv, 1, 2, dark);
            Marker::Triangle.draw(cv, 1, 2, dark);
        });
        assert_eq!(
            out,
            "<rect x=\"1\" y=\"2\" width=\"3\" height=\"18\" fill=\"#9DC3E6\" stroke=\"#707070\"/>\n\
             <g stroke=\"#707070\">\n\
             <rect x=\"1\" y=\"2\" width=\"3\" height=\"7\" fill=\"#9DC3E6\"/>\n\
             <rect x=\"1\" y=\"2\" width=\"3\" height=\"7\" fill=\"#1F4E79\" stroke=\"none\"/>\n\
             <polygon fill=\"#1F4E79\" points=\"0,0 4,0 2,3\" stroke=\"none\"/>\n\
             <text x=\"1\" y=\"2\" dy=\"0.5ex\" text-anchor=\"start\" stroke=\"none\">x</text>\n\
             </g>\n\
             <rect x=\"1\" y=\"2\" width=\"2\" height=\"2\" opacity=\"0.85\" fill=\"#1F4E79\"/>\n\
             <line stroke=\"#595959\" x1=\"0\" y1=\"1\" x2=\"9\" y2=\"1\"/>\n\
             <polyline fill=\"none\" stroke=\"#1F4E79\" stroke-width=\"2\" points=\"0,0 5,5 9,-2\" \
             stroke-dasharray=\"7 5\"/>\n\
             <g fill=\"#1F4E79\">\n\
             <polygon points=\"5,1 9,5 5,9 1,5\"/>\n\
             <polygon points=\"10,0 14,4 10,8 6,4\"/>\n\
             </g>\n\
             <rect x=\"2\" y=\"2\" width=\"6\" height=\"6\" fill=\"#1F4E79\"/>\n\
             <circle cx=\"1\" cy=\"2\" r=\"3\" fill=\"#1F4E79\"/>\n\
             <polygon fill=\"#1F4E79\" points=\"1,-2 5,5 -3,5\"/>\n"
        );
    }
}
