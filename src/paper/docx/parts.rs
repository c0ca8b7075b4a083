//! The fixed parts of the .docx package and its styles: A4 with the GB/T
//! 9704 margins (top 37 mm, bottom 35 mm, inside 28 mm, outside 26 mm), body
//! 仿宋 3号 on lines of exactly 28.95 pt (22 to a page), headings 黑体 /
//! 楷体 / 仿宋, titles 方正小标宋简体 2号, page numbers "— 1 —" in 宋体 4号,
//! on the right of odd pages and the left of even ones.

use crate::escape::{escape as escape_in, Markup};
use crate::paper::raster::Png;
use crate::paper::Paper;

fn escape(s: &str) -> String {
    escape_in(s, Markup::Xml)
}

use super::body::image_rel;

const XML: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

/// The start of word/document.xml, up to the first paragraph.
pub const DOCUMENT_HEAD: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><w:body>";

/// The end of word/document.xml: the section's page, margins, footers and
/// grid of 22 lines.
pub const DOCUMENT_TAIL: &str = "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rIdFooterOdd\"/><w:footerReference w:type=\"even\" r:id=\"rIdFooterEven\"/><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"2098\" w:right=\"1474\" w:bottom=\"1984\" w:left=\"1587\" w:header=\"851\" w:footer=\"1304\" w:gutter=\"0\"/><w:cols w:space=\"425\"/><w:docGrid w:type=\"lines\" w:linePitch=\"579\"/></w:sectPr></w:body></w:document>";

/// _rels/.rels.
pub const ROOT_RELS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/><Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/><Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/></Relationships>";

/// docProps/app.xml.
pub const APP: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"><Application>tongbao</Application></Properties>";

/// word/settings.xml: odd and even pages have their own footers; the
/// document is Chinese.
pub const SETTINGS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:settings xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:defaultTabStop w:val=\"420\"/><w:evenAndOddHeaders/><w:characterSpacingControl w:val=\"compressPunctuation\"/><w:themeFontLang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/></w:settings>";

/// [Content_Types].xml.
pub fn content_types(pngs: &[Option<Png>]) -> String {
    let png = if pngs.iter().any(Option::is_some) {
        "<Default Extension=\"png\" ContentType=\"image/png\"/>"
    } else {
        ""
    };
    format!(
        "{XML}<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>{png}<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/><Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/><Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/><Override PartName=\"/word/footer1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/><Override PartName=\"/word/footer2.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/><Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/><Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/></Types>"
    )
}

/// word/_rels/document.xml.rels: styles, settings, the two footers and the images.
pub fn document_rels(pngs: &[Option<Png>]) -> String {
    let mut x = format!(
        "{XML}<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rIdStyles\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/><Relationship Id=\"rIdSettings\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" Target=\"settings.xml\"/><Relationship Id=\"rIdFooterOdd\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" Target=\"footer1.xml\"/><Relationship Id=\"rIdFooterEven\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" Target=\"footer2.xml\"/>"
    );
    for (i, png) in pngs.iter().enumerate() {
        if png.is_some() {
            x.push_str(&format!(
                "<Relationship Id=\"{}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" Target=\"media/image{}.png\"/>",
                image_rel(i),
                i + 1
            ));
        }
    }
    x.push_str("</Relationships>");
    x
}

/// docProps/core.xml: the title and the issuer; fixed dates, so that the
/// same bulletin gives the same bytes.
pub fn core(paper: &Paper) -> String {
    format!(
        "{XML}<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>{}</dc:title><dc:creator>{}</dc:creator><dc:language>{}</dc:language><dcterms:created xsi:type=\"dcterms:W3CDTF\">2000-01-01T00:00:00Z</dcterms:created><dcterms:modified xsi:type=\"dcterms:W3CDTF\">2000-01-01T00:00:00Z</dcterms:modified></cp:coreProperties>",
        escape(&paper.title),
        escape(&paper.issuer),
        escape(&match &paper.region {
            Some(r) => format!("{}-{r}", paper.lang),
            None => paper.lang.clone(),
        }),
    )
}

/// A footer with the page number as "— N —", aligned `side` (right on odd
/// pages, left on even ones) one character in from the edge.
pub fn footer(side: &str) -> String {
    let indent = if side == "right" {
        "<w:ind w:right=\"280\"/>"
    } else {
        "<w:ind w:left=\"280\"/>"
    };
    format!(
        "{XML}<w:ftr xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:p><w:pPr><w:pStyle w:val=\"Footer\"/>{indent}<w:jc w:val=\"{side}\"/></w:pPr><w:r><w:t xml:space=\"preserve\">— </w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:t xml:space=\"preserve\"> —</w:t></w:r></w:p></w:ftr>"
    )
}

/// The run properties of a font by its Chinese name, `half_points` large.
fn font(name: &str, half_points: u32) -> String {
    format!("<w:rPr><w:rFonts w:ascii=\"{name}\" w:eastAsia=\"{name}\" w:hAnsi=\"{name}\" w:hint=\"eastAsia\"/><w:kern w:val=\"0\"/><w:sz w:val=\"{half_points}\"/><w:szCs w:val=\"{half_points}\"/></w:rPr>")
}

/// A paragraph style.
fn style(id: &str, name: &str, ppr: &str, rpr: &str, extra: &str) -> String {
    format!("<w:style w:type=\"paragraph\" w:styleId=\"{id}\"><w:name w:val=\"{name}\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/>{extra}<w:qFormat/><w:pPr>{ppr}</w:pPr>{rpr}</w:style>")
}

/// word/styles.xml.
pub fn styles() -> String {
    // Exactly 28.95 pt a line: 22 lines in the 225 mm text block.
    const LINE: &str =
        "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"579\" w:lineRule=\"exact\"/>";
    const SINGLE: &str =
        "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>";
    const NO_INDENT: &str = "<w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/>";
    const INDENT: &str = "<w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/>";
    let mut x = format!(
        "{XML}<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:docDefaults><w:rPrDefault>{}</w:rPrDefault><w:pPrDefault><w:pPr><w:widowControl w:val=\"0\"/>{LINE}<w:jc w:val=\"both\"/></w:pPr></w:pPrDefault></w:docDefaults>",
        font("仿宋", 32).replace("</w:rPr>", "<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/></w:rPr>")
    );
    x.push_str(&format!(
        "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/><w:pPr>{INDENT}</w:pPr></w:style>"
    ));
    x.push_str(&style(
        "Title",
        "Title",
        &format!("{NO_INDENT}<w:jc w:val=\"center\"/>"),
        &font("方正小标宋简体", 44),
        "",
    ));
    let headings = [("黑体", ""), ("楷体", ""), ("仿宋", "<w:b/>"), ("仿宋", "")];
    for (i, (face, bold)) in headings.iter().enumerate() {
        let rpr = font(face, 32).replace("<w:kern", &format!("{bold}<w:kern"));
        x.push_str(&style(
            &format!("Heading{}", i + 1),
            &format!("heading {}", i + 1),
            &format!("<w:keepNext/>{INDENT}<w:outlineLvl w:val=\"{i}\"/>"),
            &rpr,
            "<w:uiPriority w:val=\"9\"/>",
        ));
    }
    x.push_str(&style("Recipients", "Recipients", NO_INDENT, "", ""));
    x.push_str(&style(
        "Signature",
        "Signature",
        &format!("{NO_INDENT}<w:jc w:val=\"right\"/>"),
        "",
        "",
    ));
    x.push_str(&style("Quote", "Quote", INDENT, &font("楷体", 32), ""));
    x.push_str(&style(
        "AttachmentLabel",
        "Attachment Label",
        NO_INDENT,
        &font("黑体", 32),
        "",
    ));
    x.push_str(&style(
        "TableCaption",
        "Table Caption",
        &format!("<w:keepNext/>{NO_INDENT}<w:jc w:val=\"center\"/>"),
        &font("黑体", 24),
        "",
    ));
    x.push_str(&style(
        "TableText",
        "Table Text",
        &format!("{SINGLE}{NO_INDENT}"),
        &font("仿宋", 24),
        "",
    ));
    x.push_str(&style(
        "TableTextSmall",
        "Table Text Small",
        &format!("{SINGLE}{NO_INDENT}"),
        &font("仿宋", 21),
        "",
    ));
    x.push_str(&style(
        "Picture",
        "Picture",
        &format!("{SINGLE}{NO_INDENT}<w:jc w:val=\"center\"/>"),
        "",
        "",
    ));
    x.push_str(&style("Colophon", "Colophon", "<w:spacing w:before=\"60\" w:after=\"60\" w:line=\"240\" w:lineRule=\"auto\"/><w:ind w:left=\"280\" w:right=\"280\" w:firstLineChars=\"0\" w:firstLine=\"0\"/>", &font("仿宋", 28), ""));
    x.push_str(&style(
        "Footer",
        "footer",
        &format!("{SINGLE}{NO_INDENT}"),
        &font("宋体", 28),
        "",
    ));
    x.push_str("<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/><w:tblPr><w:tblBorders><w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/><w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/><w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/><w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/><w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/><w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/></w:tblBorders><w:tblCellMar><w:left w:w=\"57\" w:type=\"dxa\"/><w:right w:w=\"57\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>");
    x.push_str("</w:styles>");
    x
}
