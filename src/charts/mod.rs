//! Charts for the bulletin: pure functions from labels and numbers to SVG.
//!
//! Every function here takes already-formatted text (titles, category
//! names, value labels such as "35.7亿元" or "61.3%") and plain `f64`
//! numbers for the geometry, and returns a complete, standalone SVG
//! document as a `String`. Nothing is read or written, nothing global is
//! kept, and the same input always gives byte-identical output.
//!
//! plotters is the drawing library; its `DrawingBackend` trait is where
//! our SVG is written: `svg::CompactSvg` writes each shape and label as
//! one compact element as it is drawn, saying only what the element does
//! not inherit (module `svg`). The root `<svg>` gets `role="img"`, an
//! `aria-label`, a `viewBox` (so CSS `width:100%; height:auto` scales it),
//! a CJK font-family list and the text size, colour and anchor most labels
//! have; a `<title>` element with the chart title is its first child. All
//! text is SVG `<text>`, escaped; labels alike share their attributes on a
//! `<g>`.
//!
//! Charts are built for speed (a 10,000-project site has 10,000 project
//! charts): every element is written once, straight into the document,
//! with no `format!` and no defaults repeated; the layout is worked out
//! once where a second round would change nothing. `cargo bench --bench
//! micro -- "chart|bars"` measures it.
//!
//! The files, one job each: `style` (sizes, colours, layouts), `svg` (the
//! backend), `canvas` (what a chart draws on), `label` (text styles),
//! `marker`, `legend`, `title` (and the empty chart), `text` (measuring
//! and wrapping), `scale` (axis ticks), and the charts themselves in
//! `vertical` and `horizontal`.
//!
//! Layout never trusts plotters' text measurement (it counts UTF-8 bytes,
//! which is wrong for Chinese); [`text_width`] estimates widths instead and
//! every margin, label column and wrap is sized with it.
//!
//! Bad input never panics: no categories, no values, all-zero values, NaN
//! or infinite numbers give a chart that says "暂无数据" (no data) or leaves
//! the bad bar out. Negative values draw below a zero line in the vertical
//! charts and as empty bars in the horizontal ones.

mod canvas;
mod horizontal;
mod label;
mod legend;
mod marker;
mod scale;
mod style;
mod svg;
mod text;
mod title;
mod vertical;

#[cfg(test)]
mod tests;

pub use style::Layout;
pub use text::text_width;

/// One series of bars: a name for the legend, one value per category and,
/// optionally, one already-formatted value label per category ("20.2亿元")
/// printed at the end of its bar.
///
/// `values[i]` belongs to category `i`; values past the last category are
/// ignored, missing or non-finite ones draw no bar. `labels` may be empty
/// (no value labels) or shorter than `values`; an empty label prints
/// nothing.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Series {
    /// Name shown in the legend, e.g. "年度计划投资".
    pub name: String,
    /// Bar heights, in the unit of the y axis.
    pub values: Vec<f64>,
    /// Value labels printed on the bars, index-aligned with `values`.
    pub labels: Vec<String>,
}

/// One line of a line chart: a name for the legend, one optional value per
/// x position (`None`, NaN or infinity = no data: the line stops there and
/// resumes at the next value), and whether it is drawn dashed (e.g. the
/// 序时进度 schedule line or last year's line).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LineSeries {
    /// Name shown in the legend, e.g. "累计完成投资".
    pub name: String,
    /// Values, index-aligned with the x labels.
    pub values: Vec<Option<f64>>,
    /// Draw the line dashed rather than solid.
    pub dashed: bool,
}

/// Grouped vertical bars: for each category, one bar per series side by
/// side, e.g. 年度计划投资 vs 累计完成投资 by 产业类别.
///
/// `y_unit` (e.g. "亿元") is printed above the y axis. Category names wrap
/// onto up to three lines under their bars, or turn upright when there are
/// too many to fit side by side. A legend is shown for two or more series.
/// Value labels sit on top of their bars (below for negative values),
/// upright when the bars are narrow, and are left out only when bars are
/// thinner than a line of text. 720 px wide, 360 px high or taller when
/// labels need room.
pub fn grouped_bars(title: &str, categories: &[String], series: &[Series], y_unit: &str) -> String {
    vertical::grouped_bars(title, categories, series, y_unit, Layout::Wide)
}

/// A line chart over x positions such as months ("1月" … "12月"), e.g.
/// cumulative completed investment vs the 序时进度 schedule vs last year.
///
/// Each line has its own colour and marker shape (circle, square,
/// triangle, diamond, …) and may be dashed, so lines stay apart in
/// grayscale. The x axis has as many positions as the longest of
/// `x_labels` and the lines' values. A legend is shown for two or more
/// lines; `y_unit` is printed above the y axis.
pub fn line_chart(title: &str, x_labels: &[String], lines: &[LineSeries], y_unit: &str) -> String {
    vertical::line_chart(title, x_labels, lines, y_unit, Layout::Wide)
}

/// Horizontal bars, one row per label, in the order given (sort before
/// calling), e.g. department scores or start rate by category.
///
/// The label column on the left is as wide as the longest label (up to a
/// third of the chart; longer labels wrap onto two lines). `value_labels`
/// are printed after the end of each bar. The axis runs from 0 to at least
/// `max` when given (e.g. `Some(100.0)` for rates in percent), otherwise to
/// a round number above the largest value; negative values draw no bar.
/// 720 px wide; the height grows with the number of rows (28 px a row).
pub fn horizontal_bars(
    title: &str,
    labels: &[String],
    values: &[f64],
    value_labels: &[String],
    max: Option<f64>,
) -> String {
    horizontal::horizontal_bars(title, labels, values, value_labels, max, Layout::Wide)
}

/// The 红/黄/绿 flag split as one stacked horizontal bar.
///
/// Each argument is `(count, name)`, e.g. `(12, "红旗")`; an empty name
/// falls back to 红旗 / 黄旗 / 绿旗. Every part is labelled "name count"
/// inside the bar where it fits, and always in the legend below it, so the
/// flags are told apart by text, not by colour alone; the colours also
/// differ in lightness (red dark, green middle, yellow light). The
/// `aria-label` lists the three counts. All counts zero gives "暂无数据".
pub fn flag_split(
    title: &str,
    red: (u32, &str),
    yellow: (u32, &str),
    green: (u32, &str),
) -> String {
    horizontal::flag_split(title, red, yellow, green, Layout::Wide)
}

/// A funnel of stages, e.g. the promotion funnel 签约 → 履约 → 开工 → 投产.
///
/// Each stage is `(label, value, value label)`: a centred bar whose width
/// is in proportion to `value` (the largest stage spans the chart), with
/// the stage name on the left and the value label inside the bar where it
/// fits, beside it otherwise. Stages are drawn top to bottom in the order
/// given.
pub fn funnel(title: &str, stages: &[(String, f64, String)]) -> String {
    horizontal::funnel(title, stages, Layout::Wide)
}

/// Monthly bars with a line on a second axis, e.g. one project's monthly
/// completed investment (bars, left axis) and its cumulative investment
/// (line, right axis).
///
/// Both axes use `y_unit` and share gridlines; the legend names the bars
/// "…（左轴）" and the line "…（右轴）". Value labels from `bars.labels`
/// are printed on the bars.
pub fn bars_with_line(
    title: &str,
    x_labels: &[String],
    bars: &Series,
    line: &LineSeries,
    y_unit: &str,
) -> String {
    vertical::bars_with_line(title, x_labels, bars, line, y_unit, Layout::Wide)
}

/// Every chart in a chosen layout: [`Layout::Wide`] is what the free
/// functions above draw; [`Layout::Narrow`] lays the same chart out for a
/// phone: 320 px wide and shown at about that size, so no label is under
/// 11 CSS px on a 360–414 px screen; long axes show every k-th label whole,
/// value labels are left out rather than shrunk below 11 px, row labels wrap
/// onto two lines. Pages carry both and CSS shows one, so no script is
/// needed to read a chart.
impl Layout {
    /// Both layouts, wide first.
    pub const BOTH: [Layout; 2] = [Layout::Wide, Layout::Narrow];

    /// [`grouped_bars`] in this layout.
    pub fn grouped_bars(
        self,
        title: &str,
        categories: &[String],
        series: &[Series],
        y_unit: &str,
    ) -> String {
        vertical::grouped_bars(title, categories, series, y_unit, self)
    }

    /// [`line_chart`] in this layout.
    pub fn line_chart(
        self,
        title: &str,
        x_labels: &[String],
        lines: &[LineSeries],
        y_unit: &str,
    ) -> String {
        vertical::line_chart(title, x_labels, lines, y_unit, self)
    }

    /// [`horizontal_bars`] in this layout.
    pub fn horizontal_bars(
        self,
        title: &str,
        labels: &[String],
        values: &[f64],
        value_labels: &[String],
        max: Option<f64>,
    ) -> String {
        horizontal::horizontal_bars(title, labels, values, value_labels, max, self)
    }

    /// [`flag_split`] in this layout.
    pub fn flag_split(
        self,
        title: &str,
        red: (u32, &str),
        yellow: (u32, &str),
        green: (u32, &str),
    ) -> String {
        horizontal::flag_split(title, red, yellow, green, self)
    }

    /// [`funnel`] in this layout.
    pub fn funnel(self, title: &str, stages: &[(String, f64, String)]) -> String {
        horizontal::funnel(title, stages, self)
    }

    /// [`bars_with_line`] in this layout.
    pub fn bars_with_line(
        self,
        title: &str,
        x_labels: &[String],
        bars: &Series,
        line: &LineSeries,
        y_unit: &str,
    ) -> String {
        vertical::bars_with_line(title, x_labels, bars, line, y_unit, self)
    }
}
