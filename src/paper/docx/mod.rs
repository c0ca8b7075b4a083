//! The bulletin as an editable Word file (.docx), to paste into the office's
//! own 红头 template in Word or WPS: the title, 主送, the body with its
//! headings as real heading styles (标题 1–4, so that the navigation pane and
//! a table of contents see them), the 附件 with real tables (the header row
//! repeated on every page, figures right-aligned) and the charts as PNG, and
//! the 版记. The red 发文机关标志 and 文号 belong to the office's template and
//! are left out. Page size, margins, fonts and the "— 1 —" page numbers are
//! those of GB/T 9704-2012, as in the PDF.
//!
//! The parts are written here as text (every user text through one XML
//! escape) and zipped with fixed dates: the same bulletin gives the same bytes.

mod body;
mod parts;

use std::io::Write;

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

use super::fonts::Fonts;
use super::raster::{self, Png};
use super::Paper;
use body::Body;

/// Writes `paper` as a .docx file; charts are drawn as PNG with `fonts`.
pub fn render(paper: &Paper, fonts: &Fonts) -> std::io::Result<Vec<u8>> {
    let pngs: Vec<Option<Png>> = paper
        .images
        .iter()
        .map(|svg| raster::png(svg, fonts))
        .collect();
    let document = document(paper, &pngs);
    let mut files: Vec<(String, Vec<u8>)> = vec![
        (
            "[Content_Types].xml".into(),
            parts::content_types(&pngs).into_bytes(),
        ),
        ("_rels/.rels".into(), parts::ROOT_RELS.as_bytes().to_vec()),
        ("docProps/core.xml".into(), parts::core(paper).into_bytes()),
        ("docProps/app.xml".into(), parts::APP.as_bytes().to_vec()),
        ("word/document.xml".into(), document.into_bytes()),
        (
            "word/_rels/document.xml.rels".into(),
            parts::document_rels(&pngs).into_bytes(),
        ),
        ("word/styles.xml".into(), parts::styles().into_bytes()),
        (
            "word/settings.xml".into(),
            parts::SETTINGS.as_bytes().to_vec(),
        ),
        (
            "word/footer1.xml".into(),
            parts::footer("right").into_bytes(),
        ),
        (
            "word/footer2.xml".into(),
            parts::footer("left").into_bytes(),
        ),
    ];
    for (i, png) in pngs.iter().enumerate() {
        if let Some(png) = png {
            files.push((format!("word/media/image{}.png", i + 1), png.bytes.clone()));
        }
    }
    let mut zip = ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .last_modified_time(DateTime::default());
    for (name, bytes) in files {
        zip.start_file(name, options)
            .map_err(std::io::Error::other)?;
        zip.write_all(&bytes)?;
    }
    // The input key, as the archive's comment: the last bytes of the file,
    // where the next build finds it (site/prior.rs).
    zip.set_comment(super::key(paper, fonts, "docx"));
    let cursor = zip.finish().map_err(std::io::Error::other)?;
    Ok(cursor.into_inner())
}

/// word/document.xml.
fn document(paper: &Paper, pngs: &[Option<Png>]) -> String {
    let mut b = Body::new(pngs);
    b.xml.push_str(parts::DOCUMENT_HEAD);
    b.text("Title", "", &paper.title);
    b.para("Normal", "", "");
    if let Some(r) = &paper.recipients {
        b.text("Recipients", "", &format!("{r}："));
    }
    b.blocks(&paper.body);
    let n = paper.attachments.len();
    if n > 0 {
        b.para("Normal", "", "");
        for (i, a) in paper.attachments.iter().enumerate() {
            let number = if n > 1 {
                format!("{}. ", i + 1)
            } else {
                String::new()
            };
            if i == 0 {
                let label = format!("{}：", paper.words.attachment);
                b.text("Normal", "", &format!("{label}{number}{}", a.title));
            } else {
                // Later names line up under the first, after 附件：.
                b.text(
                    "Normal",
                    "<w:ind w:firstLineChars=\"0\" w:firstLine=\"0\" w:leftChars=\"500\" w:left=\"1600\"/>",
                    &format!("{number}{}", a.title),
                );
            }
        }
    }
    signature(&mut b, paper);
    for (i, a) in paper.attachments.iter().enumerate() {
        let label = if n > 1 {
            format!("{}{}", paper.words.attachment, i + 1)
        } else {
            paper.words.attachment.clone()
        };
        b.text("AttachmentLabel", "<w:pageBreakBefore/>", &label);
        b.para("Normal", "", "");
        b.text("Title", "", &a.title);
        b.para("Normal", "", "");
        b.blocks(&a.blocks);
    }
    colophon(&mut b, paper);
    b.xml.push_str(parts::DOCUMENT_TAIL);
    b.xml
}

/// 发文机关署名 and 成文日期 (GB/T 9704 7.3.5.2, no seal): the name two
/// characters from the right, the date under it starting two characters
/// further right; a date longer than that keeps two characters from the
/// right and moves the name left.
fn signature(b: &mut Body, paper: &Paper) {
    let name = width(&paper.signer);
    let date = paper.date_text.as_deref().map(width).unwrap_or(0);
    let (name_right, date_right) = if name >= date + 4 {
        (4, name - date)
    } else {
        (8 + date - name, 4)
    };
    b.para("Normal", "", "");
    b.para("Normal", "", "");
    b.text("Signature", &right_indent(name_right), &paper.signer);
    if let Some(d) = &paper.date_text {
        b.text("Signature", &right_indent(date_right), d);
    }
}

/// A right indent of `halves` half characters.
fn right_indent(halves: usize) -> String {
    format!(
        "<w:ind w:rightChars=\"{}\" w:right=\"{}\" w:firstLineChars=\"0\" w:firstLine=\"0\"/>",
        halves * 50,
        halves * 160
    )
}

/// Width of `s` in half characters: a Chinese character is two, an ASCII
/// digit or letter one.
fn width(s: &str) -> usize {
    s.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum()
}

/// The 版记 at the end: 抄送, then 印发机关 and 印发日期, between rules
/// (thick first and last, thin between).
fn colophon(b: &mut Body, paper: &Paper) {
    b.para("Normal", "", "");
    let mut rows: Vec<String> = Vec::new();
    if let Some(cc) = &paper.cc {
        rows.push(body::run(&format!("{}：{cc}。", paper.words.cc), ""));
    }
    let mut printed = body::run(&paper.printer, "");
    if let Some(d) = &paper.print_date_text {
        printed.push_str("<w:r><w:tab/></w:r>");
        printed.push_str(&body::run(&format!("{d}{}", paper.words.printed), ""));
    }
    rows.push(printed);
    let last = rows.len() - 1;
    for (i, r) in rows.iter().enumerate() {
        let top = if i == 0 {
            "<w:top w:val=\"single\" w:sz=\"8\" w:space=\"1\" w:color=\"000000\"/>"
        } else {
            ""
        };
        let bottom_size = if i == last { 8 } else { 6 };
        let ppr = format!(
            "<w:keepNext/><w:pBdr>{top}<w:bottom w:val=\"single\" w:sz=\"{bottom_size}\" w:space=\"1\" w:color=\"000000\"/></w:pBdr><w:tabs><w:tab w:val=\"right\" w:pos=\"{}\"/></w:tabs>",
            body::TEXT_WIDTH_TWIPS - 280
        );
        b.para("Colophon", &ppr, r);
    }
}

#[cfg(test)]
mod tests;
