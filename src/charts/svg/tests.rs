//! Tests of the backend: every element as written, groups, the root.

use super::*;
use crate::charts::style::PAPER;
use crate::escape::Markup;
use plotters::prelude::{Color, ShapeStyle};
use plotters::style::text_anchor::{HPos, VPos};
use plotters::style::FontFamily;
use plotters::style::{FontStyle, FontTransform};
use plotters_backend::{BackendColor, BackendCoord, BackendTextStyle, DrawingBackend};
use std::convert::Infallible;

#[test]
fn font_family_needs_no_escaping_and_no_quotes() {
    assert_eq!(
        crate::escape::escape(FONT_FAMILY, Markup::SvgLabel),
        FONT_FAMILY
    );
    // Unquoted family names: identifiers (a letter first, then letters
    // and digits) separated by single spaces, none a generic keyword
    // but the last.
    let names: Vec<&str> = FONT_FAMILY.split(',').collect();
    assert_eq!(names.last(), Some(&"sans-serif"));
    let generic = [
        "serif",
        "sans-serif",
        "monospace",
        "cursive",
        "fantasy",
        "system-ui",
    ];
    for name in &names[..names.len() - 1] {
        for word in name.split(' ') {
            let mut c = word.chars();
            assert!(c.next().is_some_and(|c| c.is_ascii_alphabetic()), "{name}");
            assert!(c.all(|c| c.is_ascii_alphanumeric()), "{name}");
        }
        assert!(!generic.contains(&name.to_ascii_lowercase().as_str()));
    }
}

#[test]
fn numbers_and_colours_are_written_in_full() {
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
fn the_document_has_its_label_title_and_text_look_at_the_root() {
    let mut svg = String::from("前");
    CompactSvg::new(&mut svg, (320, 200), "标题<&>", "\n\t");
    assert_eq!(
        svg,
        format!(
            "前<svg width=\"320\" height=\"200\" viewBox=\"0 0 320 200\" \
             xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"图表\" \
             font-family=\"{FONT_FAMILY}\" text-anchor=\"middle\" font-size=\"12\" \
             fill=\"#333333\">\n<title>标题&lt;&amp;&gt;</title>\n</svg>\n"
        )
    );
}

/// A text style with every choice plotters' styles offer.
struct Plain {
    family: &'static str,
    pos: (HPos, VPos),
    style: FontStyle,
    turn: FontTransform,
    alpha: f64,
}

impl BackendTextStyle for Plain {
    type FontError = Infallible;
    fn color(&self) -> BackendColor {
        BackendColor {
            alpha: self.alpha,
            rgb: (0x33, 0x33, 0x33),
        }
    }
    fn size(&self) -> f64 {
        12.4
    }
    fn transform(&self) -> FontTransform {
        self.turn.clone()
    }
    fn style(&self) -> FontStyle {
        self.style
    }
    fn anchor(&self) -> plotters::style::text_anchor::Pos {
        plotters::style::text_anchor::Pos::new(self.pos.0, self.pos.1)
    }
    fn family(&self) -> FontFamily<'_> {
        FontFamily::Name(self.family)
    }
    fn layout_box(&self, _: &str) -> Result<((i32, i32), (i32, i32)), Infallible> {
        Ok(((0, 0), (0, 0)))
    }
    fn draw<E, F: FnMut(i32, i32, BackendColor) -> Result<(), E>>(
        &self,
        _: &str,
        _: BackendCoord,
        _: F,
    ) -> Result<Result<(), E>, Infallible> {
        Ok(Ok(()))
    }
}

/// `c` in a stroke `width` wide.
fn wide(c: RGBColor, width: u32) -> ShapeStyle {
    Color::stroke_width(&c, width)
}

/// What `draw` writes after the root element and title.
fn elements(draw: impl FnOnce(&mut CompactSvg)) -> String {
    let mut out = String::new();
    let mut svg = CompactSvg::new(&mut out, (10, 10), "", "");
    let head = svg.out.len();
    draw(&mut svg);
    drop(svg);
    out[head..out.len() - "</svg>\n".len()].to_string()
}

#[test]
fn every_primitive_of_the_trait_writes_one_compact_element() {
    let blue = RGBColor(0x1F, 0x4E, 0x79);
    let out = elements(|svg| {
        let plain = |family, pos, style, turn| Plain {
            family,
            pos,
            style,
            turn,
            alpha: 1.0,
        };
        svg.draw_pixel((3, 4), blue.to_backend_color()).unwrap();
        svg.draw_rect((0, 0), (5, 5), &wide(blue, 3), false)
            .unwrap();
        svg.draw_circle((5, 5), 4, &blue.mix(0.5), false).unwrap();
        svg.draw_circle((5, 5), 4, &blue.mix(0.0), true).unwrap();
        svg.draw_line((0, 0), (1, 1), &blue.mix(0.0)).unwrap();
        svg.set_pen(Pen {
            outline: Some(PAPER),
            dashed: true,
        });
        svg.draw_circle((5, 5), 4, &blue, true).unwrap();
        svg.draw_line((0, 0), (1, 1), &wide(blue, 2)).unwrap();
        svg.set_pen(Pen::default());
        let top = plain(
            "serif",
            (HPos::Left, VPos::Top),
            FontStyle::Italic,
            FontTransform::Rotate90,
        );
        svg.draw_text("上", &top, (1, 2)).unwrap();
        let bottom = plain(
            FONT_FAMILY,
            (HPos::Center, VPos::Bottom),
            FontStyle::Oblique,
            FontTransform::Rotate180,
        );
        svg.draw_text("下\u{1}", &bottom, (1, 2)).unwrap();
        let faint = Plain {
            alpha: 0.5,
            ..plain(
                FONT_FAMILY,
                (HPos::Right, VPos::Center),
                FontStyle::Normal,
                FontTransform::None,
            )
        };
        svg.draw_text("淡", &faint, (1, 2)).unwrap();
        svg.draw_text("\u{85}", &faint, (1, 2)).unwrap();
        svg.close_group(); // none is open: nothing happens
    });
    assert_eq!(
        out,
        "<rect x=\"3\" y=\"4\" width=\"1\" height=\"1\" fill=\"#1F4E79\"/>\n\
         <rect x=\"0\" y=\"0\" width=\"5\" height=\"5\" fill=\"none\" stroke=\"#1F4E79\" \
         stroke-width=\"3\"/>\n\
         <circle cx=\"5\" cy=\"5\" r=\"4\" opacity=\"0.5\" fill=\"none\" stroke=\"#1F4E79\"/>\n\
         <circle cx=\"5\" cy=\"5\" r=\"4\" fill=\"#1F4E79\" stroke=\"#FFFFFF\" \
         stroke-dasharray=\"7 5\"/>\n\
         <line stroke=\"#1F4E79\" stroke-width=\"2\" x1=\"0\" y1=\"0\" x2=\"1\" y2=\"1\" \
         stroke-dasharray=\"7 5\"/>\n\
         <text x=\"1\" y=\"2\" dy=\"0.76em\" font-family=\"serif\" text-anchor=\"start\" \
         font-style=\"italic\" transform=\"rotate(90, 1, 2)\">上</text>\n\
         <text x=\"1\" y=\"2\" dy=\"-0.5ex\" font-style=\"italic\" \
         transform=\"rotate(180, 1, 2)\">下 </text>\n\
         <text x=\"1\" y=\"2\" dy=\"0.5ex\" text-anchor=\"end\" opacity=\"0.5\">淡</text>\n"
    );
}

#[test]
fn groups_say_only_what_changes_and_vanish_when_empty() {
    let blue = RGBColor(0x1F, 0x4E, 0x79);
    let out = elements(|svg| {
        let root = svg.inherited();
        svg.open_group(root); // says nothing
        svg.open_group(Inherited {
            stroke: Some(blue),
            ..root
        });
        svg.open_group(Inherited {
            font_px: 11,
            ..svg.inherited()
        }); // holds nothing
        svg.close_group();
        svg.set_pen(Pen {
            outline: Some(blue),
            dashed: false,
        });
        svg.fill_polygon([(0, 0), (1, 1), (0, 1)], &blue).unwrap();
        svg.open_group(Inherited {
            fill: Some(blue),
            stroke: None,
            ..root
        }); // left open: finish closes it
        svg.draw_rect((0, 0), (2, 2), &blue, true).unwrap();
    });
    assert_eq!(
        out,
        "<g stroke=\"#1F4E79\">\n\
         <polygon fill=\"#1F4E79\" points=\"0,0 1,1 0,1\"/>\n\
         <g fill=\"#1F4E79\" stroke=\"none\">\n\
         <rect x=\"0\" y=\"0\" width=\"2\" height=\"2\" stroke=\"#1F4E79\"/>\n\
         </g>\n\
         </g>\n"
    );
}

#[test]
fn text_is_measured_full_width_for_chinese() {
    let mut out = String::new();
    let svg = CompactSvg::new(&mut out, (10, 10), "", "");
    let style = crate::charts::label::Txt::new(12.0, TEXT);
    assert_eq!(svg.estimate_text_size("青山区", &style).unwrap(), (36, 12));
    assert_eq!(svg.estimate_text_size("", &style).unwrap(), (0, 12));
}

#[test]
fn plotters_draws_its_own_elements_through_it() {
    use plotters::prelude::{
        Circle, IntoDrawingArea, IntoFont, PathElement, Rectangle, Text, BLUE, RED,
    };
    let mut out = String::new();
    {
        let area = CompactSvg::new(&mut out, (100, 50), "图", "图").into_drawing_area();
        let drawn = [
            area.draw(&Rectangle::new([(1, 2), (10, 20)], BLUE.filled())),
            area.draw(&PathElement::new(vec![(0, 0), (5, 5)], RED.stroke_width(2))),
            area.draw(&Circle::new((5, 5), 3, BLUE.filled())),
            area.draw(&Text::new("青山区", (4, 4), ("sans-serif", 12).into_font())),
            area.present(),
            area.draw(&Circle::new((5, 5), 3, BLUE.filled())),
        ];
        assert!(drawn.iter().all(Result::is_ok));
    }
    let body = &out[out.find("</title>\n").unwrap() + 9..];
    assert_eq!(
        body,
        "<rect x=\"1\" y=\"2\" width=\"9\" height=\"18\" fill=\"#0000FF\"/>\n\
         <polyline fill=\"none\" stroke=\"#FF0000\" stroke-width=\"2\" points=\"0,0 5,5\"/>\n\
         <circle cx=\"5\" cy=\"5\" r=\"3\" fill=\"#0000FF\"/>\n\
         <text x=\"4\" y=\"4\" dy=\"0.76em\" font-family=\"sans-serif\" text-anchor=\"start\" \
         fill=\"#000000\">青山区</text>\n\
         </svg>\n"
    );
}
