//! Small SVG placeholder "site photos" (现场照片) for progress records.

use crate::demo::rng::Rng;
use crate::escape::{escape, Markup};

/// A 320×200 SVG sketch of a building site: sky, ground, a building whose
/// height follows `done` (percent of the works), a tower crane and a caption.
pub fn site_photo(seed: u64, index: u64, done: u32, caption: &str) -> String {
    let mut rng = Rng::stream(seed, 9, index);
    let skies = ["#cfe3f5", "#dbe9f6", "#e8eef3", "#d6e6ef"];
    let sky = *rng.pick(&skies);
    let floors = (done.clamp(10, 100) / 10) as i64;
    let bx = rng.range(60, 150);
    let bw = rng.range(80, 130);
    let floor_h = 11;
    let top = 160 - floors * floor_h;
    let mut svg = String::with_capacity(1400);
    svg.push_str(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"320\" height=\"200\" viewBox=\"0 0 320 200\">\n",
    );
    svg.push_str(&format!(
        "  <rect width=\"320\" height=\"200\" fill=\"{sky}\"/>\n  <rect y=\"160\" width=\"320\" height=\"40\" fill=\"#b89f7a\"/>\n"
    ));
    svg.push_str(&format!(
        "  <rect x=\"{bx}\" y=\"{top}\" width=\"{bw}\" height=\"{}\" fill=\"#9aa5ad\" stroke=\"#6b757c\"/>\n",
        160 - top
    ));
    for f in 1..floors {
        let y = 160 - f * floor_h;
        svg.push_str(&format!(
            "  <line x1=\"{bx}\" y1=\"{y}\" x2=\"{}\" y2=\"{y}\" stroke=\"#6b757c\" stroke-width=\"0.6\"/>\n",
            bx + bw
        ));
    }
    let cx = bx + bw + rng.range(10, 30);
    svg.push_str(&format!(
        "  <g stroke=\"#e0a100\" stroke-width=\"3\" fill=\"none\">\n    <line x1=\"{cx}\" y1=\"160\" x2=\"{cx}\" y2=\"28\"/>\n    <line x1=\"{}\" y1=\"30\" x2=\"{}\" y2=\"30\"/>\n    <line x1=\"{}\" y1=\"30\" x2=\"{}\" y2=\"70\" stroke-width=\"1\"/>\n  </g>\n",
        cx - 90,
        cx + 30,
        cx - 60,
        cx - 60
    ));
    svg.push_str(&format!(
        "  <rect y=\"178\" width=\"320\" height=\"22\" fill=\"#000\" fill-opacity=\"0.45\"/>\n  <text x=\"8\" y=\"194\" font-size=\"13\" fill=\"#fff\" font-family=\"sans-serif\">{}（示意图）</text>\n</svg>\n",
        escape(caption, Markup::SvgLabel)
    ));
    svg
}

#[cfg(test)]
mod tests {
    #[test]
    fn photo_is_small_svg() {
        let svg = super::site_photo(1, 2, 55, "主体结构施工现场");
        assert!(svg.starts_with("<svg") && svg.trim_end().ends_with("</svg>"));
        assert!(svg.len() < 2500, "{}", svg.len());
    }
}
