//! Point markers of line charts: one shape per line series, so that lines
//! are told apart in grayscale by shape as well as by colour.

use plotters::prelude::RGBColor;
use plotters_backend::DrawingBackend;

use super::canvas::{drawn, Canvas};
use super::svg::{Inherited, Pen};

/// A pixel position.
type Pt = (i32, i32);

/// Point marker shapes, one per line series.
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

    /// Draws the marker centred on `(x, y)`, filled, not outlined: a circle
    /// of radius 3, a square of 6 px, a triangle or a diamond of 8 px.
    pub fn draw(self, cv: &mut Canvas, x: i32, y: i32, color: RGBColor) {
        let svg = cv.svg();
        svg.set_pen(Pen::default());
        drawn(match self {
            Marker::Circle => svg.draw_circle((x, y), 3, &color, true),
            Marker::Square => svg.draw_rect((x - 3, y - 3), (x + 3, y + 3), &color, true),
            Marker::Triangle => {
                svg.fill_polygon([(x, y - 4), (x + 4, y + 3), (x - 4, y + 3)], &color)
            }
            Marker::Diamond => {
                svg.fill_polygon([(x, y - 4), (x + 4, y), (x, y + 4), (x - 4, y)], &color)
            }
        });
    }

    /// Draws the marker on each of `points`; two or more in a group that
    /// gives them their colour.
    pub fn draw_all(self, cv: &mut Canvas, points: &[Pt], color: RGBColor) {
        if points.len() < 2 {
            for &(x, y) in points {
                self.draw(cv, x, y, color);
            }
            return;
        }
        let outer = cv.svg().inherited();
        let want = Inherited {
            fill: Some(color),
            ..outer
        };
        cv.within(want, |cv| {
            for &(x, y) in points {
                self.draw(cv, x, y, color);
            }
        });
    }
}
