//! The charts as PNG for the Word file: Word and WPS show SVG unevenly, a
//! PNG everywhere. resvg draws the chart's SVG with the machine's fonts at
//! twice its size on white (sharp when printed at the width of the text).

use resvg::tiny_skia::{Color, Pixmap, Transform};
use resvg::usvg::{Options, Tree};

use super::fonts::Fonts;

/// How many pixels a chart's CSS pixel becomes.
const SCALE: f32 = 2.0;

/// A chart drawn as PNG, with its size in pixels.
#[derive(Debug, Clone)]
pub struct Png {
    /// The PNG file.
    pub bytes: Vec<u8>,
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
}

/// Draws `svg` as a PNG; `None` when it is not SVG resvg can read (our
/// charts always are) or has no area.
pub fn png(svg: &str, fonts: &Fonts) -> Option<Png> {
    let options = Options {
        fontdb: fonts.db.clone(),
        ..Options::default()
    };
    let tree = Tree::from_str(svg, &options).ok()?;
    let size = tree.size();
    let width = (size.width() * SCALE).ceil() as u32;
    let height = (size.height() * SCALE).ceil() as u32;
    let mut pixmap = Pixmap::new(width, height)?;
    pixmap.fill(Color::WHITE);
    resvg::render(
        &tree,
        Transform::from_scale(SCALE, SCALE),
        &mut pixmap.as_mut(),
    );
    let bytes = pixmap.encode_png().ok()?;
    Some(Png {
        bytes,
        width,
        height,
    })
}

/// Width ÷ height of an SVG image from its root's `viewBox` or `width` and
/// `height`, without drawing it; 2 when it says neither.
pub fn aspect(svg: &str) -> f64 {
    let head = svg.split('>').next().unwrap_or("");
    let attr = |name: &str| -> Option<&str> {
        let at = head.find(&format!(" {name}=\""))? + name.len() + 3;
        head[at..].split('"').next()
    };
    if let Some(vb) = attr("viewBox") {
        let n: Vec<f64> = vb
            .split([' ', ','])
            .filter_map(|x| x.parse().ok())
            .collect();
        if n.len() == 4 && n[2] > 0.0 && n[3] > 0.0 {
            return n[2] / n[3];
        }
    }
    let num = |v: &str| v.trim_end_matches("px").parse::<f64>().ok();
    match (attr("width").and_then(num), attr("height").and_then(num)) {
        (Some(w), Some(h)) if w > 0.0 && h > 0.0 => w / h,
        _ => 2.0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aspect_from_the_view_box_or_the_size() {
        assert_eq!(aspect(r#"<svg xmlns="x" viewBox="0 0 720 360">"#), 2.0);
        assert_eq!(aspect(r#"<svg width="300" height="100">"#), 3.0);
        assert_eq!(aspect("<svg>"), 2.0);
    }

    #[test]
    fn a_chart_becomes_a_png_twice_its_size() {
        let fonts = Fonts::new(resvg::usvg::fontdb::Database::new());
        let svg = r##"<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50"><rect width="50" height="50" fill="#c00"/></svg>"##;
        let png = png(svg, &fonts).unwrap();
        assert_eq!((png.width, png.height), (200, 100));
        assert!(png.bytes.starts_with(b"\x89PNG"));
        assert_eq!(png.bytes, super::png(svg, &fonts).unwrap().bytes);
    }
}
