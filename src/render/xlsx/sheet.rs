//! One worksheet's XML (`xl/worksheets/sheetN.xml`) and the workbook's shared
//! strings (`xl/sharedStrings.xml`), written straight from a table.

use std::fmt::Write;

use rustc_hash::FxHashMap;

use super::book::WorkbookInfo;
use super::cells::{column_kinds, kind, value, width, NumKind, Out};
use crate::document::Table;

/// The widest a column is made for its texts, in character units.
const MAX_WIDTH: f64 = 48.0;

/// The style of a header cell: bold, centred, wrapped (`cellXfs` 1 of
/// styles.xml).
const HEADER: u8 = 1;

/// The style of a figure of `kind` (`cellXfs` 2 and 3), none for a plain number.
fn style(kind: NumKind) -> u8 {
    match kind {
        NumKind::Money => 2,
        NumKind::Rate => 3,
        NumKind::Plain => 0,
    }
}

/// The workbook's shared strings: each distinct text once, in the order of
/// first use, cells referring to it by its index (as Excel writes them; a
/// workbook of long lists repeats a department's name thousands of times).
#[derive(Default)]
pub struct Strings {
    /// Each text's index.
    index: FxHashMap<String, u32>,
    /// The texts in index order.
    order: Vec<String>,
    /// How many cells refer to a shared string.
    uses: u64,
}

impl Strings {
    /// The index of `text`, added if new.
    fn id(&mut self, text: &str) -> u32 {
        self.uses += 1;
        if let Some(&i) = self.index.get(text) {
            return i;
        }
        let i = u32::try_from(self.order.len()).unwrap_or(u32::MAX);
        self.index.insert(text.to_string(), i);
        self.order.push(text.to_string());
        i
    }

    /// The `sharedStrings.xml` part.
    pub fn xml(&self) -> String {
        let mut out = String::with_capacity(self.order.iter().map(|s| s.len() + 16).sum());
        out.push_str(super::parts::XML_HEAD);
        let _ = write!(
            out,
            "<sst xmlns=\"{}\" count=\"{}\" uniqueCount=\"{}\">",
            super::parts::MAIN_NS,
            self.uses,
            self.order.len()
        );
        for s in &self.order {
            // Leading or trailing spaces are kept only when the text says so.
            if s.starts_with(char::is_whitespace) || s.ends_with(char::is_whitespace) {
                out.push_str("<si><t xml:space=\"preserve\">");
            } else {
                out.push_str("<si><t>");
            }
            push_text(&mut out, s);
            out.push_str("</t></si>");
        }
        out.push_str("</sst>");
        out
    }
}

/// Appends `text` as the content of a `<t>`: `&`, `<`, `>` as references,
/// the characters XML cannot carry (C0 controls but tab and line feed,
/// U+FFFE, U+FFFF) as Excel writes them (`_x0001_`), and a literal `_xHHHH_`
/// with its `_` escaped (`_x005F_`), so that Excel and WPS read back exactly
/// the text written.
pub fn push_text(out: &mut String, text: &str) {
    let bytes = text.as_bytes();
    let (mut start, mut i) = (0, 0);
    while i < bytes.len() {
        let b = bytes[i];
        let (escape, len): (Option<&str>, usize) = match b {
            b'&' => (Some("&amp;"), 1),
            b'<' => (Some("&lt;"), 1),
            b'>' => (Some("&gt;"), 1),
            b'_' if is_x_escape(&bytes[i..]) => (Some("_x005F_"), 1),
            b'\t' | b'\n' => {
                i += 1;
                continue;
            }
            0..=0x1F => (None, 1),
            0xEF if matches!(bytes.get(i + 1..i + 3), Some([0xBF, 0xBE | 0xBF])) => (None, 3),
            _ => {
                i += 1;
                continue;
            }
        };
        out.push_str(&text[start..i]);
        match escape {
            Some(e) => out.push_str(e),
            None => {
                let c = text[i..].chars().next().map_or(0, u32::from);
                let _ = write!(out, "_x{c:04X}_");
            }
        }
        i += len;
        start = i;
    }
    out.push_str(&text[start..]);
}

/// Whether `rest` starts with `_xHHHH_` (four hexadecimal digits).
fn is_x_escape(rest: &[u8]) -> bool {
    rest.len() >= 7
        && rest[1] == b'x'
        && rest[2..6].iter().all(u8::is_ascii_hexdigit)
        && rest[6] == b'_'
}

/// Appends the letters of column `j` (0-based): A … Z, AA … .
fn push_column(out: &mut String, j: usize) {
    let mut letters = [0u8; 4];
    let mut n = j + 1;
    let mut k = letters.len();
    while n > 0 && k > 0 {
        k -= 1;
        // `n - 1) % 26` is below 26.
        letters[k] = b'A' + ((n - 1) % 26) as u8;
        n = (n - 1) / 26;
    }
    for &l in &letters[k..] {
        out.push(char::from(l));
    }
}

/// A column's width attribute for `chars` character units, as Excel stores
/// it: whole pixels of a 7-pixel digit plus 5 pixels of padding, in 1/256.
fn column_width(chars: f64) -> f64 {
    let pixels = (chars * 7.0).round() as u32 + 5;
    f64::from(pixels * 256 / 7) / 256.0
}

/// Appends the worksheet of `t` to `out`: its header row (money columns
/// headed with `info.money_suffix`) frozen on top, then one row per row, a
/// figure as its exact decimal number with its kind's format, text through
/// `strings`, a figure without value left empty.
pub fn write(out: &mut String, t: &Table, info: &WorkbookInfo, strings: &mut Strings) {
    let ncols = t.columns.len();
    let nrows = t.rows.len() + 1;
    out.reserve(1024 + nrows * (ncols * 24 + 16));
    out.push_str(super::parts::XML_HEAD);
    let _ = write!(
        out,
        "<worksheet xmlns=\"{}\" xmlns:r=\"{}\"><dimension ref=\"A1",
        super::parts::MAIN_NS,
        super::parts::REL_NS
    );
    if ncols > 0 {
        out.push(':');
        push_column(out, ncols - 1);
        let _ = write!(out, "{nrows}");
    }
    out.push_str(
        "\"/><sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" \
         topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>\
         <selection pane=\"bottomLeft\"/></sheetView></sheetViews>\
         <sheetFormatPr defaultRowHeight=\"15\"/>",
    );

    // The header row, and each column's width from its longest text.
    // Each column's width from its longest text, the header's first.
    let heads: Vec<String> = t
        .columns
        .iter()
        .enumerate()
        .map(|(j, col)| {
            if t.is_money_column(j) {
                format!("{col}{}", info.money_suffix)
            } else {
                col.clone()
            }
        })
        .collect();
    let mut widths: Vec<f64> = heads.iter().map(|h| width(h).clamp(6.0, 24.0)).collect();
    for row in &t.rows {
        for (c, w) in row.iter().zip(widths.iter_mut()) {
            // A text is at most 1.05 units a byte wide: most are skipped
            // unmeasured once their column is wide.
            if *w >= MAX_WIDTH || kind(c).is_some() || c.text.len() as f64 * 1.05 <= *w {
                continue;
            }
            if let Out::Text(s) = value(c) {
                *w = w.max(width(s).min(MAX_WIDTH));
            }
        }
    }
    let kinds = column_kinds(t);
    if ncols > 0 {
        out.push_str("<cols>");
        for (j, w) in widths.iter().enumerate() {
            let _ = write!(
                out,
                "<col min=\"{n}\" max=\"{n}\" width=\"{}\"",
                column_width((w + 2.0).max(10.0)),
                n = j + 1
            );
            // A column of money or of rates carries its format, for the
            // cells a reader adds to it.
            if let Some(k @ (NumKind::Money | NumKind::Rate)) = kinds.get(j).copied().flatten() {
                let _ = write!(out, " style=\"{}\"", style(k));
            }
            out.push_str(" customWidth=\"1\"/>");
        }
        out.push_str("</cols>");
    }

    out.push_str("<sheetData><row r=\"1\">");
    for (j, head) in heads.iter().enumerate() {
        push_cell(out, j, 1, HEADER);
        let _ = write!(out, " t=\"s\"><v>{}</v></c>", strings.id(head));
    }
    out.push_str("</row>");
    for (i, row) in t.rows.iter().enumerate() {
        let r = i + 2;
        out.push_str("<row r=\"");
        push_number(out, r);
        out.push_str("\">");
        for (j, c) in row.iter().enumerate() {
            match value(c) {
                Out::Number(v, k) => {
                    push_cell(out, j, r, style(k));
                    out.push_str("><v>");
                    out.push_str(&v);
                    out.push_str("</v></c>");
                }
                Out::Text(s) => {
                    push_cell(out, j, r, 0);
                    let id = strings.id(&within_cell_limit(s));
                    out.push_str(" t=\"s\"><v>");
                    push_number(out, id as usize);
                    out.push_str("</v></c>");
                }
                Out::Blank => {}
            }
        }
        out.push_str("</row>");
    }
    out.push_str(
        "</sheetData><pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" \
         bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/></worksheet>",
    );
}

/// Excel's limit on the text of a cell, in UTF-16 units.
const MAX_CELL_TEXT: usize = 32_767;

/// `s`, or where it is longer than a cell may hold (a problem's description
/// pasted whole) its beginning ended by `…`: the workbook stays one Excel
/// opens; the page and the CSV file keep the whole text.
fn within_cell_limit(s: &str) -> std::borrow::Cow<'_, str> {
    if s.len() <= MAX_CELL_TEXT || s.encode_utf16().count() <= MAX_CELL_TEXT {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut units = 0;
    let mut cut = String::new();
    for c in s.chars() {
        units += c.len_utf16();
        if units > MAX_CELL_TEXT - 1 {
            cut.push('…');
            return std::borrow::Cow::Owned(cut);
        }
        cut.push(c);
    }
    std::borrow::Cow::Borrowed(s)
}

/// Appends the decimal digits of `n` (through itoa, not `core::fmt`: a
/// large workbook writes millions of row and string numbers).
fn push_number(out: &mut String, n: usize) {
    out.push_str(itoa::Buffer::new().format(n));
}

/// Appends the opening of cell (`j`, row `r`) with style `s` (none for 0),
/// its tag left open for a type and the value.
fn push_cell(out: &mut String, j: usize, r: usize, s: u8) {
    out.push_str("<c r=\"");
    push_column(out, j);
    push_number(out, r);
    out.push('"');
    if s != 0 {
        out.push_str(" s=\"");
        push_number(out, usize::from(s));
        out.push('"');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_lettered_as_excel_letters_them() {
        let name = |j| {
            let mut s = String::new();
            push_column(&mut s, j);
            s
        };
        assert_eq!(name(0), "A");
        assert_eq!(name(25), "Z");
        assert_eq!(name(26), "AA");
        assert_eq!(name(27), "AB");
        assert_eq!(name(701), "ZZ");
        assert_eq!(name(702), "AAA");
        assert_eq!(name(16383), "XFD");
    }

    #[test]
    fn text_is_escaped_so_that_excel_reads_it_back_unchanged() {
        let mut s = String::new();
        push_text(&mut s, "a<b>&c\u{1}d\te\nf_x0041_g_x12_\r\u{FFFF}营");
        assert_eq!(
            s,
            "a&lt;b&gt;&amp;c_x0001_d\te\nf_x005F_x0041_g_x12__x000D__xFFFF_营"
        );
    }

    #[test]
    fn a_text_longer_than_a_cell_holds_is_cut_visibly() {
        let short = "问".repeat(10_000);
        assert_eq!(within_cell_limit(&short), short.as_str());
        let long = "问".repeat(40_000);
        let cut = within_cell_limit(&long);
        assert_eq!(cut.encode_utf16().count(), MAX_CELL_TEXT);
        assert!(cut.ends_with('…') && long.starts_with(cut.trim_end_matches('…')));
        let exact = "a".repeat(MAX_CELL_TEXT);
        assert_eq!(within_cell_limit(&exact), exact.as_str());
        let full = "问".repeat(MAX_CELL_TEXT);
        assert_eq!(within_cell_limit(&full), full.as_str());
    }

    #[test]
    fn numbers_are_written_in_decimal() {
        for n in [0, 7, 10, 99, 1_048_576, usize::MAX] {
            let mut s = String::new();
            push_number(&mut s, n);
            assert_eq!(s, n.to_string());
        }
    }

    #[test]
    fn widths_are_stored_in_whole_pixels() {
        assert_eq!(column_width(50.0), 50.7109375);
        assert_eq!(column_width(10.0), 10.7109375);
    }
}
