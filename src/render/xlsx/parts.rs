//! The parts of the workbook besides its sheets: content types, relationships,
//! document properties, the workbook with its sheet names, and the styles
//! (a bold header, money as `0.00##`, rates as percentages).

use std::fmt::Write;

use super::book::WorkbookInfo;
use crate::escape::{escape, Markup};

/// The XML declaration every part starts with.
pub const XML_HEAD: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

/// SpreadsheetML's namespace.
pub const MAIN_NS: &str = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/// The namespace of relationship ids.
pub const REL_NS: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/// The package relationships namespace.
const PKG_REL_NS: &str = "http://schemas.openxmlformats.org/package/2006/relationships";

/// Content type of a part of an Open XML package, by the end of its name.
const CT: &str = "application/vnd.openxmlformats-";

/// `[Content_Types].xml` for a workbook of `sheets` sheets.
pub fn content_types(sheets: usize) -> String {
    let mut out = String::from(XML_HEAD);
    out.push_str(
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
         <Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
         <Default Extension=\"xml\" ContentType=\"application/xml\"/>",
    );
    let parts = [
        (
            "/docProps/app.xml",
            "officedocument.extended-properties+xml",
        ),
        ("/docProps/core.xml", "package.core-properties+xml"),
        ("/xl/styles.xml", "officedocument.spreadsheetml.styles+xml"),
        (
            "/xl/workbook.xml",
            "officedocument.spreadsheetml.sheet.main+xml",
        ),
    ];
    for (name, ct) in parts {
        let _ = write!(
            out,
            "<Override PartName=\"{name}\" ContentType=\"{CT}{ct}\"/>"
        );
    }
    for i in 1..=sheets {
        let _ = write!(
            out,
            "<Override PartName=\"/xl/worksheets/sheet{i}.xml\" \
             ContentType=\"{CT}officedocument.spreadsheetml.worksheet+xml\"/>"
        );
    }
    let _ = write!(
        out,
        "<Override PartName=\"/xl/sharedStrings.xml\" \
         ContentType=\"{CT}officedocument.spreadsheetml.sharedStrings+xml\"/></Types>"
    );
    out
}

/// `_rels/.rels`: the workbook and the two property parts.
pub fn root_rels() -> String {
    format!(
        "{XML_HEAD}<Relationships xmlns=\"{PKG_REL_NS}\">\
         <Relationship Id=\"rId1\" Type=\"{REL_NS}/officeDocument\" Target=\"xl/workbook.xml\"/>\
         <Relationship Id=\"rId2\" Type=\"{PKG_REL_NS}/metadata/core-properties\" Target=\"docProps/core.xml\"/>\
         <Relationship Id=\"rId3\" Type=\"{REL_NS}/extended-properties\" Target=\"docProps/app.xml\"/>\
         </Relationships>"
    )
}

/// `docProps/app.xml`: the program and the sheet names.
pub fn app(names: &[String]) -> String {
    let mut out = format!(
        "{XML_HEAD}<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" \
         xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">\
         <Application>tongbao</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>\
         <HeadingPairs><vt:vector size=\"2\" baseType=\"variant\"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant>\
         <vt:variant><vt:i4>{n}</vt:i4></vt:variant></vt:vector></HeadingPairs>\
         <TitlesOfParts><vt:vector size=\"{n}\" baseType=\"lpstr\">",
        n = names.len()
    );
    for name in names {
        let _ = write!(out, "<vt:lpstr>{}</vt:lpstr>", escape(name, Markup::Xml));
    }
    out.push_str(
        "</vt:vector></TitlesOfParts><LinksUpToDate>false</LinksUpToDate>\
         <SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>\
         <AppVersion>12.0000</AppVersion></Properties>",
    );
    out
}

/// `docProps/core.xml`: title, author, and the creation date of `info`.
pub fn core(info: &WorkbookInfo) -> String {
    let d = info.created;
    let date = format!(
        "{:04}-{:02}-{:02}T00:00:00Z",
        d.year.clamp(1900, 9999),
        d.month,
        d.day
    );
    let author = escape(&info.author, Markup::Xml);
    format!(
        "{XML_HEAD}<cp:coreProperties \
         xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
         xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" \
         xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\
         <dc:title>{}</dc:title><dc:creator>{author}</dc:creator><cp:lastModifiedBy>{author}</cp:lastModifiedBy>\
         <dcterms:created xsi:type=\"dcterms:W3CDTF\">{date}</dcterms:created>\
         <dcterms:modified xsi:type=\"dcterms:W3CDTF\">{date}</dcterms:modified></cp:coreProperties>",
        escape(&info.title, Markup::Xml)
    )
}

/// `xl/workbook.xml`: the sheets by name, in order.
pub fn workbook(names: &[String]) -> String {
    let mut out = format!(
        "{XML_HEAD}<workbook xmlns=\"{MAIN_NS}\" xmlns:r=\"{REL_NS}\">\
         <workbookPr/><bookViews><workbookView xWindow=\"240\" yWindow=\"15\" \
         windowWidth=\"16095\" windowHeight=\"9660\"/></bookViews><sheets>"
    );
    for (i, name) in names.iter().enumerate() {
        let _ = write!(
            out,
            "<sheet name=\"{}\" sheetId=\"{n}\" r:id=\"rId{n}\"/>",
            escape(name, Markup::Xml),
            n = i + 1
        );
    }
    out.push_str("</sheets><calcPr calcId=\"124519\" fullCalcOnLoad=\"1\"/></workbook>");
    out
}

/// `xl/_rels/workbook.xml.rels`: the sheets, the styles, the shared strings.
pub fn workbook_rels(sheets: usize) -> String {
    let mut out = format!("{XML_HEAD}<Relationships xmlns=\"{PKG_REL_NS}\">");
    for i in 1..=sheets {
        let _ = write!(
            out,
            "<Relationship Id=\"rId{i}\" Type=\"{REL_NS}/worksheet\" Target=\"worksheets/sheet{i}.xml\"/>"
        );
    }
    let _ = write!(
        out,
        "<Relationship Id=\"rId{}\" Type=\"{REL_NS}/styles\" Target=\"styles.xml\"/>\
         <Relationship Id=\"rId{}\" Type=\"{REL_NS}/sharedStrings\" Target=\"sharedStrings.xml\"/>\
         </Relationships>",
        sheets + 1,
        sheets + 2
    );
    out
}

/// `xl/styles.xml`. The cell formats (`cellXfs`), by index: 0 plain, 1 the
/// header (bold, centred, wrapped), 2 money (`0.00##`: two decimals, up to
/// four when the figure has them), 3 a rate as a percentage with the site's
/// `percent_decimals`.
pub fn styles(pct_decimals: u32) -> String {
    let pct = if pct_decimals == 0 {
        "0%".to_string()
    } else {
        format!("0.{}%", "0".repeat(pct_decimals.min(10) as usize))
    };
    let font = "<sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/>";
    format!(
        "{XML_HEAD}<styleSheet xmlns=\"{MAIN_NS}\">\
         <numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"0.00##\"/>\
         <numFmt numFmtId=\"165\" formatCode=\"{pct}\"/></numFmts>\
         <fonts count=\"2\"><font>{font}</font><font><b/>{font}</font></fonts>\
         <fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>\
         <fill><patternFill patternType=\"gray125\"/></fill></fills>\
         <borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
         <cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>\
         <cellXfs count=\"4\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>\
         <xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" \
         applyAlignment=\"1\"><alignment horizontal=\"center\" wrapText=\"1\"/></xf>\
         <xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>\
         <xf numFmtId=\"165\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>\
         <cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>\
         <dxfs count=\"0\"/><tableStyles count=\"0\"/></styleSheet>"
    )
}
