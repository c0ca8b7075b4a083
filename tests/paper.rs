//! Each bulletin as a 公文-style PDF and an editable Word file, checked as an
//! office would receive them: the PDF with Debian's poppler-utils (pdfinfo,
//! pdffonts, pdftotext), the .docx by its XML and by LibreOffice converting it
//! to PDF. Needs `poppler-utils`, `fonts-noto-cjk` and LibreOffice Writer
//! (`.ci/run` installs them); set TONGBAO_SKIP_PAPER=1 to skip without them.
#![cfg(feature = "paper")]

mod common;

use std::io::Read;
use std::path::Path;
use std::process::Command;

use common::{edit, site_copy, stderr, tongbao_at, vouched_change};

fn skip() -> bool {
    std::env::var_os("TONGBAO_SKIP_PAPER").is_some()
}

/// Runs a poppler tool on `pdf`, its output as text.
fn poppler(tool: &str, args: &[&str], pdf: &Path) -> String {
    let o = Command::new(tool)
        .args(args)
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap_or_else(|e| {
            panic!("{tool} is missing ({e}): apt-get install poppler-utils, or set TONGBAO_SKIP_PAPER=1")
        });
    assert!(
        o.status.success(),
        "{tool}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout).unwrap()
}

/// pdfinfo and pdffonts print to standard output without the `-` argument.
fn info(tool: &str, pdf: &Path) -> String {
    let o = Command::new(tool)
        .arg(pdf)
        .output()
        .unwrap_or_else(|e| panic!("{tool} is missing ({e}): apt-get install poppler-utils"));
    assert!(
        o.status.success(),
        "{tool}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout).unwrap()
}

/// A part of a .docx (a zip) as text.
fn part(docx: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(docx)).unwrap();
    let mut s = String::new();
    zip.by_name(name).unwrap().read_to_string(&mut s).unwrap();
    s
}

/// Text without white space, for matching across line breaks and justification.
fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The small site with the 公文 fields, and commentary text that is markup
/// in Typst and in XML, built once.
fn built() -> &'static (tempfile::TempDir, std::path::PathBuf) {
    static SITE: std::sync::OnceLock<(tempfile::TempDir, std::path::PathBuf)> =
        std::sync::OnceLock::new();
    SITE.get_or_init(|| {
        let (tmp, site) = site_copy("small");
        edit(
            &site,
            "content/site.yaml",
            "publisher: 测试区重点项目推进办公室\n",
            "publisher: 测试区重点项目推进办公室\nissuer: 测试区重点项目建设指挥部\npaper: true\n",
        );
        edit(
            &site,
            "content/bulletins/2025-02.md",
            "date: 2025-03-05\n",
            "date: 2025-03-05\ndoc_number: 测项办〔2025〕2号\nrecipients: 各乡镇（街道），区直各有关部门\ncc: [区委办, 区人大办]\n",
        );
        edit(
            &site,
            "content/bulletins/2025-02.md",
            "加快推进项目建设。",
            "加快推进项目建设。#set page(paper: \"a5\") #pagebreak() <w:p/> & $x$ `#text(red)[x]`",
        );
        let out = site.join("output");
        let o = tongbao_at("build", &site, &[]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        (tmp, out)
    })
}

#[test]
fn the_pdf_is_an_a4_official_document_with_the_pages_figures() {
    if skip() {
        return;
    }
    let out = &built().1;
    let dir = out.join("bulletins/2025-02");
    let pdf = dir.join("2025-02.pdf");
    let meta = info("pdfinfo", &pdf);
    assert!(meta.contains("(A4)"), "{meta}");
    let pages: usize = meta
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap();
    assert!(pages >= 3, "{meta}");
    // Every font embedded (as a subset).
    let fonts = info("pdffonts", &pdf);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(!rows.is_empty(), "{fonts}");
    for r in &rows {
        let cols: Vec<&str> = r.split_whitespace().collect();
        let n = cols.len();
        assert_eq!(
            &cols[n - 5..n - 2],
            ["yes", "yes", "yes"],
            "not embedded: {r}"
        );
    }
    let text = poppler("pdftotext", &["-layout"], &pdf);
    let flat = squeeze(&text);
    for want in [
        "测试区重点项目建设指挥部",
        "测项办〔2025〕2号",
        "2025年2月全区重点项目建设情况通报",
        "各乡镇（街道），区直各有关部门：",
        "抄送：区委办，区人大办。",
        "测试区重点项目推进办公室",
        "2025年3月5日印发",
        // User text printed as itself, not run as Typst.
        "#setpage(paper:\"a5\")#pagebreak()<w:p/>&$x$#text(red)[x]",
    ] {
        assert!(flat.contains(want), "{want} not in the PDF:\n{text}");
    }
    // The figures exactly as the web page prints them: every card's value.
    let html = std::fs::read_to_string(dir.join("index.html")).unwrap();
    let values: Vec<&str> = html
        .split("<div class=\"card-value\">")
        .skip(1)
        .map(|s| s.split('<').next().unwrap())
        .collect();
    assert!(values.len() >= 4, "{values:?}");
    for v in values {
        assert!(flat.contains(&squeeze(v)), "card figure {v} not in the PDF");
    }
    // A page number "— N —" at the foot of every page; the 版记 on the last,
    // an even page (the back of the last sheet, GB/T 9704-2012 7.4).
    let sheets: Vec<&str> = text
        .split('\u{c}')
        .filter(|p| !p.trim().is_empty())
        .collect();
    assert_eq!(sheets.len(), pages, "a page without text:\n{text}");
    assert!(squeeze(sheets[pages - 1]).contains("2025年3月5日印发"));
    assert_eq!(pages % 2, 0, "the 版记 is on page {pages}, an odd page");
    for (i, page) in sheets.iter().enumerate() {
        assert!(
            squeeze(page).ends_with(&format!("—{}—", i + 1)),
            "page {} has no page number:\n{page}",
            i + 1
        );
    }
}

#[test]
fn the_word_file_has_heading_styles_real_tables_and_the_figures() {
    if skip() {
        return;
    }
    let out = &built().1;
    let dir = out.join("bulletins/2025-02");
    let docx = std::fs::read(dir.join("2025-02.docx")).unwrap();
    let doc = part(&docx, "word/document.xml");
    roxmltree::Document::parse(&doc).unwrap();
    assert!(
        doc.contains("<w:pStyle w:val=\"Heading1\"/>"),
        "no heading style"
    );
    assert!(doc.matches("<w:tbl>").count() >= 5, "few tables");
    assert!(doc.contains("<w:tblHeader/>"));
    assert!(doc.contains("r:embed=\"rIdImage1\""), "no chart");
    assert!(doc.contains("#set page(paper: &quot;a5&quot;) #pagebreak() &lt;w:p/&gt; &amp; $x$"));
    let html = std::fs::read_to_string(dir.join("index.html")).unwrap();
    for v in html
        .split("<div class=\"card-value\">")
        .skip(1)
        .map(|s| s.split('<').next().unwrap())
    {
        assert!(
            doc.contains(&format!(">{v}<")),
            "card figure {v} not in the Word file"
        );
    }
    // Money and rates right-aligned in the tables.
    assert!(doc.contains("<w:jc w:val=\"right\"/></w:pPr><w:r><w:t xml:space=\"preserve\">"));
}

#[test]
fn libreoffice_opens_the_word_file() {
    if skip() {
        return;
    }
    let out = &built().1;
    let docx = out.join("bulletins/2025-02/2025-02.docx");
    let tmp = tempfile::tempdir().unwrap();
    let profile = format!("-env:UserInstallation=file://{}/lo", tmp.path().display());
    let o = Command::new("soffice")
        .args([&profile, "--headless", "--convert-to", "pdf", "--outdir"])
        .arg(tmp.path())
        .arg(&docx)
        .output()
        .unwrap_or_else(|e| {
            panic!("soffice is missing ({e}): apt-get install libreoffice-writer-nogui")
        });
    let pdf = tmp.path().join("2025-02.pdf");
    assert!(
        o.status.success() && pdf.exists(),
        "LibreOffice could not convert the Word file: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    let text = squeeze(&poppler("pdftotext", &[], &pdf));
    assert!(text.contains("2025年2月全区重点项目建设情况通报"), "{text}");
    assert!(info("pdfinfo", &pdf).contains("(A4)"));
}

#[test]
fn the_page_links_its_pdf_and_word_file_and_the_single_file_does_not() {
    if skip() {
        return;
    }
    let dir = built().1.join("bulletins/2025-02");
    let page = std::fs::read_to_string(dir.join("index.html")).unwrap();
    assert!(
        page.contains("<a href=\"2025-02.pdf\" download>"),
        "no PDF link"
    );
    assert!(
        page.contains("<a href=\"2025-02.docx\" download>"),
        "no Word link"
    );
    assert!(page.contains("测项办〔2025〕2号"));
    assert!(page.contains("<p class=\"recipients\">各乡镇（街道），区直各有关部门：</p>"));
    assert!(page.contains("抄送：区委办，区人大办。"));
    let single = std::fs::read_to_string(dir.join("2025-02-bulletin.html")).unwrap();
    assert!(!single.contains("2025-02.pdf") && !single.contains("2025-02.docx"));
}

#[test]
fn with_paper_false_neither_is_written() {
    let (_tmp, site) = site_copy("small");
    edit(
        &site,
        "content/site.yaml",
        "publisher: 测试区重点项目推进办公室\n",
        "publisher: 测试区重点项目推进办公室\npaper: false\n",
    );
    let o = tongbao_at("build", &site, &[]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let dir = site.join("output/bulletins/2025-02");
    assert!(dir.join("2025-02-tables.xlsx").exists());
    assert!(!dir.join("2025-02.pdf").exists() && !dir.join("2025-02.docx").exists());
    let page = std::fs::read_to_string(dir.join("index.html")).unwrap();
    assert!(!page.contains(".pdf") && !page.contains(".docx"));
}

/// A build keeps a bulletin's PDF and Word file when nothing that goes into
/// them changed (the bytes the previous build wrote, even when they differ
/// from what typesetting now gives: here marked by a trailing comment), makes
/// them again when their bulletin changed, and never keeps a file that is not
/// what the previous build wrote.
#[test]
fn a_build_reuses_the_paper_files_of_unchanged_bulletins() {
    if skip() {
        return;
    }
    let (_tmp, site) = site_copy("small");
    let build = || {
        let o = tongbao_at("build", &site, &[]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    };
    build();
    let out = site.join("output");
    let jan_pdf = "bulletins/2025-01/2025-01.pdf";
    let jan_docx = "bulletins/2025-01/2025-01.docx";
    let feb_pdf = "bulletins/2025-02/2025-02.pdf";
    let read = |rel: &str| std::fs::read(out.join(rel)).unwrap();
    let fresh_feb = read(feb_pdf);
    let mark = |b: &mut Vec<u8>| b.extend_from_slice(b"\n%reused\n");
    let marked = |rel: &str| read(rel).ends_with(b"\n%reused\n");
    for rel in [jan_pdf, jan_docx, feb_pdf] {
        vouched_change(&out, rel, mark);
    }
    build();
    for rel in [jan_pdf, jan_docx, feb_pdf] {
        assert!(
            marked(rel),
            "{rel} was made again although its bulletin is unchanged"
        );
    }

    // February's commentary changes: its PDF is typeset again, January's kept.
    edit(
        &site,
        "content/bulletins/2025-02.md",
        "加快推进项目建设。",
        "加快推进项目建设，确保全年目标。",
    );
    build();
    assert!(marked(jan_pdf), "January's PDF was typeset again");
    assert!(
        !marked(feb_pdf),
        "February's PDF was kept although its commentary changed"
    );
    assert_ne!(read(feb_pdf), fresh_feb);
    let text = poppler("pdftotext", &[], &out.join(feb_pdf));
    assert!(squeeze(&text).contains("确保全年目标"), "{text}");

    // A file changed behind the build's back (the marker does not vouch for
    // its bytes) is made again, whatever key it carries.
    let mut bytes = read(jan_pdf);
    bytes.extend_from_slice(b"%edited\n");
    std::fs::write(out.join(jan_pdf), &bytes).unwrap();
    build();
    assert!(!read(jan_pdf).ends_with(b"%edited\n") && !marked(jan_pdf));
    assert!(read(jan_pdf).starts_with(b"%PDF-"));
}

/// Printing the web page (Chromium's print to PDF, as a reader's Ctrl-P):
/// A4 sheets numbered "— N —" at the foot, no browser path in the margins,
/// the five headline cards on one row.
#[test]
fn the_printed_web_page_has_page_numbers_and_cards_on_one_row() {
    if !Path::new("/usr/bin/chromium").exists() {
        if std::env::var("TONGBAO_SKIP_BROWSER").as_deref() == Ok("1") {
            return;
        }
        panic!("needs /usr/bin/chromium (apt-get install chromium), or TONGBAO_SKIP_BROWSER=1");
    }
    let page = built().1.join("bulletins/2025-02/index.html");
    let tmp = tempfile::tempdir().unwrap();
    let pdf = tmp.path().join("print.pdf");
    let o = Command::new("/usr/bin/chromium")
        .args(["--headless", "--no-sandbox", "--disable-gpu"])
        .arg(format!(
            "--user-data-dir={}",
            tmp.path().join("profile").display()
        ))
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(&page)
        .output()
        .unwrap();
    assert!(pdf.exists(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(info("pdfinfo", &pdf).contains("(A4)"));
    let text = poppler("pdftotext", &["-layout"], &pdf);
    assert!(
        !text.contains("file://"),
        "the browser's header or footer is printed"
    );
    for (i, p) in text
        .split('\u{c}')
        .filter(|p| !p.trim().is_empty())
        .enumerate()
    {
        assert!(
            squeeze(p).ends_with(&format!("—{}—", i + 1)),
            "page {} has no number:\n{p}",
            i + 1
        );
    }
    // The cards' labels stand on one line of the first page.
    let html = std::fs::read_to_string(&page).unwrap();
    let labels: Vec<&str> = html
        .split("<div class=\"card-label\">")
        .skip(1)
        .map(|s| s.split('<').next().unwrap())
        .collect();
    assert_eq!(labels.len(), 5, "{labels:?}");
    assert!(
        text.lines().any(|l| labels.iter().all(|w| l.contains(w))),
        "the five cards are not on one row:\n{text}"
    );
}
