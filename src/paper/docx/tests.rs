use super::*;
use crate::paper::sample;

/// The named part of a .docx, as text.
pub(crate) fn part(docx: &[u8], name: &str) -> String {
    use std::io::Read;
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(docx)).unwrap();
    let mut f = zip.by_name(name).unwrap();
    let mut s = String::new();
    f.read_to_string(&mut s).unwrap();
    s
}

#[test]
fn word_file_has_styles_tables_and_the_chart() {
    let fonts = crate::paper::fonts::system();
    let docx = render(&sample::paper(), fonts).unwrap();
    if let Some(out) = std::env::var_os("TONGBAO_PAPER_SAMPLE") {
        std::fs::write(std::path::PathBuf::from(out).with_extension("docx"), &docx).unwrap();
    }
    let doc = part(&docx, "word/document.xml");
    assert!(doc.contains(
        "<w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t xml:space=\"preserve\">一、总体情况</w:t>"
    ));
    assert!(doc.contains("<w:pStyle w:val=\"Heading2\"/>"));
    // User text is text: Typst and XML markup arrive escaped.
    assert!(doc.contains("#set page(paper: &quot;a5&quot;) &lt;w:p/&gt; &amp; $x$"));
    assert!(doc.contains("工业 &lt;b&gt;&amp;&lt;/b&gt;"));
    assert!(!doc.contains("<b>"));
    // A real table whose header repeats; figures right-aligned.
    assert!(doc.contains("<w:tblHeader/>"));
    assert!(doc
        .contains("<w:jc w:val=\"right\"/></w:pPr><w:r><w:t xml:space=\"preserve\">2.4亿元</w:t>"));
    assert!(doc.contains("r:embed=\"rIdImage1\""));
    assert!(doc.contains("各乡镇（街道）、园区，区直各有关部门："));
    assert!(doc.contains("抄送：区委办，区人大办。"));
    assert!(doc.contains("2021年10月8日印发"));
    let styles = part(&docx, "word/styles.xml");
    assert!(styles.contains("<w:name w:val=\"heading 1\"/>"));
    let rels = part(&docx, "word/_rels/document.xml.rels");
    assert!(rels.contains("Target=\"media/image1.png\""));
    for name in [
        "word/styles.xml",
        "word/document.xml",
        "word/settings.xml",
        "word/footer1.xml",
        "[Content_Types].xml",
        "docProps/core.xml",
    ] {
        roxmltree::Document::parse(&part(&docx, name)).unwrap_or_else(|e| panic!("{name}: {e}"));
    }
}

#[test]
fn same_paper_same_bytes() {
    let fonts = crate::paper::fonts::system();
    let a = render(&sample::paper(), fonts).unwrap();
    let b = render(&sample::paper(), fonts).unwrap();
    assert_eq!(a, b);
}

#[test]
fn signature_keeps_two_characters_on_the_right() {
    assert_eq!(width("2021年10月8日"), 7 + 6);
    assert_eq!(
        right_indent(4),
        "<w:ind w:rightChars=\"200\" w:right=\"640\" w:firstLineChars=\"0\" w:firstLine=\"0\"/>"
    );
}
