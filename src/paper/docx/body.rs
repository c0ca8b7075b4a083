//! The document's text as WordprocessingML: paragraphs in the styles of
//! [`super::styles`], tables whose header row repeats on every page, and the
//! charts as inline PNG pictures. Every text goes through one escape.

use crate::escape::{escape as escape_in, Markup};
use crate::paper::raster::Png;
use crate::paper::tree::{plain, Align, Block, Inline, TableBlock};

fn escape(s: &str) -> String {
    escape_in(s, Markup::Xml)
}

/// Width of the text block, 156 mm, in twentieths of a point.
pub const TEXT_WIDTH_TWIPS: u32 = 8844;
/// Width of the text block in EMU (1 mm = 36,000 EMU).
const TEXT_WIDTH_EMU: u64 = 156 * 36_000;

/// Writes the document's body XML into a string.
pub struct Body<'a> {
    /// The XML so far.
    pub xml: String,
    /// The charts as PNG, by image index (`None`: could not be drawn).
    pub pngs: &'a [Option<Png>],
    /// Images placed so far (each needs a unique drawing id).
    placed: usize,
}

impl<'a> Body<'a> {
    /// An empty body over the charts `pngs`.
    pub fn new(pngs: &'a [Option<Png>]) -> Body<'a> {
        Body {
            xml: String::with_capacity(64 * 1024),
            pngs,
            placed: 0,
        }
    }

    /// A paragraph of `style` holding `runs` (already XML), with extra
    /// paragraph properties `ppr` (already XML).
    pub fn para(&mut self, style: &str, ppr: &str, runs: &str) {
        self.xml.push_str("<w:p><w:pPr><w:pStyle w:val=\"");
        self.xml.push_str(style);
        self.xml.push_str("\"/>");
        self.xml.push_str(ppr);
        self.xml.push_str("</w:pPr>");
        self.xml.push_str(runs);
        self.xml.push_str("</w:p>");
    }

    /// A paragraph of plain text.
    pub fn text(&mut self, style: &str, ppr: &str, text: &str) {
        let r = run(text, "");
        self.para(style, ppr, &r);
    }

    /// The blocks of the body or of an attachment.
    pub fn blocks(&mut self, blocks: &[Block]) {
        for b in blocks {
            self.block(b, 0);
        }
    }

    fn block(&mut self, b: &Block, depth: usize) {
        match b {
            Block::Heading { level, inlines } => {
                let style = format!("Heading{}", (*level).clamp(1, 4));
                self.para(&style, "", &runs(inlines, ""));
            }
            Block::Paragraph { inlines } => self.para("Normal", "", &runs(inlines, "")),
            Block::List { ordered, items } => {
                for (i, item) in items.iter().enumerate() {
                    let mark = if *ordered {
                        format!("{}. ", i + 1)
                    } else {
                        "· ".to_string()
                    };
                    let indent = format!(
                        "<w:ind w:leftChars=\"{}\" w:left=\"{}\" w:firstLineChars=\"0\" w:firstLine=\"0\"/>",
                        200 * (depth + 1),
                        640 * (depth + 1)
                    );
                    let mut first = true;
                    for block in item {
                        match block {
                            Block::Paragraph { inlines } => {
                                let prefix = if first { run(&mark, "") } else { String::new() };
                                self.para("Normal", &indent, &(prefix + &runs(inlines, "")));
                            }
                            other => self.block(other, depth + 1),
                        }
                        first = false;
                    }
                }
            }
            Block::Quote { blocks } => {
                for block in blocks {
                    match block {
                        Block::Paragraph { inlines } => self.para("Quote", "", &runs(inlines, "")),
                        other => self.block(other, depth),
                    }
                }
            }
            Block::Table(t) => self.table(t),
            Block::Chart {
                title,
                image,
                aspect,
            } => self.chart(title, *image, *aspect),
            Block::Rule => self.para("Normal", "", ""),
        }
    }

    /// A table: its caption, then a grid whose first row is a header that
    /// Word repeats at the top of every page and never splits.
    pub fn table(&mut self, t: &TableBlock) {
        if let Some(c) = &t.caption {
            self.text("TableCaption", "", c);
        }
        let n = t.columns.len().max(1);
        let small = n > 6;
        let style = if small { "TableTextSmall" } else { "TableText" };
        let col = TEXT_WIDTH_TWIPS / n as u32;
        self.xml.push_str("<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblLayout w:type=\"autofit\"/><w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>");
        for _ in 0..n {
            self.xml.push_str(&format!("<w:gridCol w:w=\"{col}\"/>"));
        }
        self.xml.push_str("</w:tblGrid>");
        self.row(&t.columns, &[], style, true);
        for r in &t.rows {
            self.row(r, &t.align, style, false);
        }
        if t.rows.is_empty() {
            self.xml.push_str(&format!(
                "<w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"{n}\"/></w:tcPr>"
            ));
            self.text(style, "<w:jc w:val=\"center\"/>", "—");
            self.xml.push_str("</w:tc></w:tr>");
        }
        self.xml.push_str("</w:tbl>");
        // Word needs a paragraph between two tables, and after the last.
        self.para("TableText", "", "");
    }

    fn row(&mut self, cells: &[String], align: &[Align], style: &str, header: bool) {
        self.xml.push_str("<w:tr><w:trPr><w:cantSplit/>");
        if header {
            self.xml.push_str("<w:tblHeader/>");
        }
        self.xml.push_str("</w:trPr>");
        for (i, c) in cells.iter().enumerate() {
            self.xml
                .push_str("<w:tc><w:tcPr><w:vAlign w:val=\"center\"/></w:tcPr>");
            let jc = match (header, align.get(i)) {
                (true, _) | (_, Some(Align::Center)) => "<w:jc w:val=\"center\"/>",
                (_, Some(Align::Right)) => "<w:jc w:val=\"right\"/>",
                _ => "<w:jc w:val=\"left\"/>",
            };
            let rpr = if header {
                "<w:rFonts w:ascii=\"黑体\" w:eastAsia=\"黑体\" w:hAnsi=\"黑体\"/>"
            } else {
                ""
            };
            let r = run(c, rpr);
            self.para(style, jc, &r);
            self.xml.push_str("</w:tc>");
        }
        self.xml.push_str("</w:tr>");
    }

    /// A chart: its title, then its PNG at the width of the text (or, when
    /// it could not be drawn, its title alone).
    fn chart(&mut self, title: &str, image: usize, aspect: f64) {
        self.text("TableCaption", "", title);
        let Some(Some(_)) = self.pngs.get(image) else {
            return;
        };
        self.placed += 1;
        let id = self.placed;
        let cx = TEXT_WIDTH_EMU;
        let cy = if aspect > 0.0 {
            (cx as f64 / aspect).round() as u64
        } else {
            cx / 2
        };
        let title = escape(title);
        let drawing = format!(
            "<w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"{cx}\" cy=\"{cy}\"/><wp:docPr id=\"{id}\" name=\"chart{id}\" descr=\"{title}\"/><wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect=\"1\"/></wp:cNvGraphicFramePr><a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic><pic:nvPicPr><pic:cNvPr id=\"{id}\" name=\"image{n}.png\" descr=\"{title}\"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed=\"{rid}\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"{cx}\" cy=\"{cy}\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>",
            n = image + 1,
            rid = image_rel(image),
        );
        self.para("Picture", "", &drawing);
    }
}

/// The relationship id of image `i` in document.xml.rels.
pub fn image_rel(i: usize) -> String {
    format!("rIdImage{}", i + 1)
}

/// One run of `text` with run properties `rpr` (already XML); line breaks
/// in the text become `<w:br/>`.
pub fn run(text: &str, rpr: &str) -> String {
    let mut out = String::from("<w:r>");
    if !rpr.is_empty() {
        out.push_str("<w:rPr>");
        out.push_str(rpr);
        out.push_str("</w:rPr>");
    }
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push_str("<w:br/>");
        }
        out.push_str("<w:t xml:space=\"preserve\">");
        out.push_str(&escape(line));
        out.push_str("</w:t>");
    }
    out.push_str("</w:r>");
    out
}

/// Inline runs: bold in 黑体 and emphasis in 楷体, as in the PDF.
fn runs(inlines: &[Inline], rpr: &str) -> String {
    let mut out = String::new();
    for i in inlines {
        match i {
            Inline::Text { s } | Inline::Code { s } => out.push_str(&run(s, rpr)),
            Inline::Strong { c } => out.push_str(&runs(
                c,
                "<w:rFonts w:ascii=\"黑体\" w:eastAsia=\"黑体\" w:hAnsi=\"黑体\"/>",
            )),
            Inline::Em { c } => out.push_str(&runs(
                c,
                "<w:rFonts w:ascii=\"楷体\" w:eastAsia=\"楷体\" w:hAnsi=\"楷体\"/>",
            )),
            Inline::Link { c } => out.push_str(&run(&plain(c), rpr)),
            Inline::Break => out.push_str("<w:r><w:br/></w:r>"),
        }
    }
    out
}
