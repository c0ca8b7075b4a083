//! The look every chart shares: sizes, fonts sizes, colours (chosen to
//! stay apart in grayscale) and the two layouts, wide and narrow.

use plotters::prelude::RGBColor;

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

#[cfg(test)]
mod tests {
    use super::*;

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
