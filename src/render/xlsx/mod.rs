//! A bulletin's tables as one Excel workbook: a sheet per table, headers as the
//! page prints them, figures as numbers (money in 万元, rates as percentages).
//!
//! The workbook is a pure function of the tables: its creation date is given by
//! the caller (derived from the bulletin, never the clock), and the zip entries
//! carry a fixed timestamp, so two builds give the same bytes.
//!
//! The parts are written here as text, as Excel itself writes them (shared
//! strings, a style per kind of figure, the header row frozen), straight from
//! the tables: rust_xlsxwriter (still used for `collect`'s workbooks) keeps
//! every cell in a map of its own and compresses at zlib's level 6, which it
//! does not let a caller change; for the bulletins' workbooks, made for every
//! bulletin of every build, that was a quarter of a first build's time.

mod package;
mod parts;
mod sheet;

use crate::document::{Cell, Table, Value};
use crate::model::Date;

/// What a workbook says about itself, besides its tables.
#[derive(Clone, Debug, Hash)]
pub struct WorkbookInfo {
    /// Document title (the bulletin's title).
    pub title: String,
    /// Author (the site's publisher).
    pub author: String,
    /// Creation date written into the document properties.
    pub created: Date,
    /// Appended to the header of a money column: `（万元）`.
    pub money_suffix: String,
    /// Decimals of the percentage format (the site's `percent_decimals`).
    pub pct_decimals: u32,
}

/// Characters Excel forbids in sheet names.
const FORBIDDEN: [char; 7] = ['[', ']', ':', '*', '?', '/', '\\'];

/// Excel's limit on the length of a sheet name, in UTF-16 units.
const MAX_SHEET_NAME: usize = 31;

/// A valid sheet name for `title` that differs (ignoring case, as Excel does)
/// from every name in `taken`: forbidden characters become `_`, the name is cut
/// to 31 characters, and a repeat gets ` (2)`, ` (3)` ….
pub fn sheet_name(title: &str, taken: &[String]) -> String {
    let clean: String = title
        .chars()
        .map(|c| {
            if FORBIDDEN.contains(&c) || c.is_control() {
                '_'
            } else {
                c
            }
        })
        .collect();
    let clean = clean.trim().trim_matches('\'').trim().to_string();
    let base = if clean.is_empty() || clean.eq_ignore_ascii_case("history") {
        format!("{clean}_")
    } else {
        clean
    };
    let is_taken = |n: &str| taken.iter().any(|t| t.to_lowercase() == n.to_lowercase());
    let mut n = 1;
    loop {
        let suffix = if n == 1 {
            String::new()
        } else {
            format!(" ({n})")
        };
        let room = MAX_SHEET_NAME - suffix.len();
        let mut cut = String::new();
        let mut units = 0;
        for c in base.chars() {
            if units + c.len_utf16() > room {
                break;
            }
            units += c.len_utf16();
            cut.push(c);
        }
        let name = format!("{}{suffix}", cut.trim_end());
        if !is_taken(&name) {
            return name;
        }
        n += 1;
    }
}

/// The workbook of `tables` as .xlsx bytes, or why it cannot be made, as text.
pub fn to_xlsx(tables: &[&Table], info: &WorkbookInfo) -> Result<Vec<u8>, String> {
    package::write(tables, info)
}

/// The input key of the workbook of `tables` with `info`: the same key, the
/// same bytes. It covers the tables (every cell's text and exact value), the
/// workbook's own words and the code that makes it (the version and the hash
/// of src/ and Cargo.lock that build.rs makes). [`with_key`] writes it into
/// the file, and a build reuses the previous workbook of the same key
/// (site/prior.rs), as it reuses the paper files.
pub fn key(tables: &[&Table], info: &WorkbookInfo) -> String {
    use std::hash::Hash;
    let mut h = Bytes(Vec::with_capacity(256 * 1024));
    env!("CARGO_PKG_VERSION").hash(&mut h);
    env!("TONGBAO_CODE").hash(&mut h);
    tables.hash(&mut h);
    info.hash(&mut h);
    let digest = xxhash_rust::xxh3::xxh3_128(&h.0);
    format!("tongbao-xlsx-{digest:032x}")
}

/// A [`std::hash::Hasher`] that only collects the bytes it is given, to hash
/// them in one pass: the tables' `Hash` makes hundreds of thousands of small
/// writes, which a streaming XXH3 copies one by one into its buffer. XXH3 of
/// the whole is the same digest as the streaming one's.
struct Bytes(Vec<u8>);

impl std::hash::Hasher for Bytes {
    fn write(&mut self, bytes: &[u8]) {
        self.0.extend_from_slice(bytes);
    }

    /// Not used: the key is the 128-bit digest of the bytes.
    fn finish(&self) -> u64 {
        xxhash_rust::xxh3::xxh3_64(&self.0)
    }
}

/// The workbook `xlsx` (a zip archive without a comment, as [`to_xlsx`]
/// writes it) with `key` as its archive comment, the last bytes of the file,
/// where Excel and WPS do not look and [`crate::site::prior::Prior`] does.
/// An archive of another shape is returned as it is: it is then made again
/// next time, never reused wrongly.
pub fn with_key(mut xlsx: Vec<u8>, key: &str) -> Vec<u8> {
    // The end of central directory record: 22 bytes, the comment's length at
    // offset 20.
    const EOCD: [u8; 4] = [0x50, 0x4b, 0x05, 0x06];
    let (Some(at), Ok(len)) = (xlsx.len().checked_sub(22), u16::try_from(key.len())) else {
        return xlsx;
    };
    if xlsx[at..at + 4] != EOCD || xlsx[at + 20..at + 22] != [0, 0] {
        return xlsx;
    }
    xlsx[at + 20..at + 22].copy_from_slice(&len.to_le_bytes());
    xlsx.extend_from_slice(key.as_bytes());
    xlsx
}

/// How a number is formatted in the workbook.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum NumKind {
    /// Money in 万元.
    Money,
    /// A rate, as a percentage.
    Rate,
    /// A plain number (a count, a score, percentage points).
    Plain,
}

/// One value to write.
#[derive(Debug, PartialEq)]
enum Out<'a> {
    /// A figure: its exact decimal text (digits, a `.`, a leading `-`).
    Number(String, NumKind),
    /// Text, as the page prints it.
    Text(&'a str),
    /// Nothing (a figure without a value).
    Blank,
}

/// How a figure of `c` is formatted, if it is a figure.
fn kind(c: &Cell) -> Option<NumKind> {
    match &c.value {
        Value::Text | Value::Date(_) | Value::Month(_) | Value::Mark => None,
        Value::Money(_) => Some(NumKind::Money),
        Value::Rate(_) => Some(NumKind::Rate),
        Value::Count(_) | Value::Decimal(..) | Value::Points(_) => Some(NumKind::Plain),
    }
}

/// What a cell becomes in the workbook: figures are numbers read from their
/// exact decimal text (so 1/6 is stored as 0.1667, not 0.16666666666666666),
/// text stays text, and a figure that has no value (—) is left blank.
fn value(c: &Cell) -> Out<'_> {
    let Some(kind) = kind(c) else {
        return match &c.value {
            Value::Mark if c.text.trim() == "—" || c.text.trim().is_empty() => Out::Blank,
            _ => Out::Text(&c.text),
        };
    };
    match c.value.exact() {
        Some(x) if is_decimal(&x) => Out::Number(x, kind),
        _ => Out::Blank,
    }
}

/// Whether `x` is a plain decimal number, as a cell's `<v>` takes it:
/// `-`, digits, and at most one `.` with digits on both sides.
fn is_decimal(x: &str) -> bool {
    let digits = x.strip_prefix('-').unwrap_or(x);
    let mut parts = digits.split('.');
    let whole = parts.next().unwrap_or_default();
    let frac = parts.next();
    let all = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    parts.next().is_none() && all(whole) && frac.is_none_or(all)
}

/// The one kind of figure of each column of `t`, where all its figures are
/// of one kind: the column then carries the format, and its cells are
/// written without one.
fn column_kinds(t: &Table) -> Vec<Option<NumKind>> {
    let mut kinds: Vec<Option<Option<NumKind>>> = vec![None; t.columns.len()];
    for row in &t.rows {
        for (j, c) in row.iter().enumerate() {
            let Some(k) = kind(c) else { continue };
            if let Some(slot) = kinds.get_mut(j) {
                *slot = match *slot {
                    None => Some(Some(k)),
                    Some(Some(was)) if was == k => Some(Some(k)),
                    Some(_) => Some(None),
                };
            }
        }
    }
    kinds.into_iter().map(Option::flatten).collect()
}

/// Display width of a text in Excel's character units (CJK counts double).
fn width(s: &str) -> f64 {
    s.chars()
        .map(|c| if c.is_ascii() { 1.0 } else { 2.1 })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sheet_names_are_valid_short_and_unique() {
        let mut taken = Vec::new();
        let a = sheet_name("分类别 [万元]: a/b?", &taken);
        assert_eq!(a, "分类别 _万元__ a_b_");
        taken.push(a);
        let long = "很".repeat(40);
        let b = sheet_name(&long, &taken);
        assert_eq!(b.chars().count(), 31);
        taken.push(b.clone());
        let c = sheet_name(&long, &taken);
        assert!(c.ends_with(" (2)") && c.encode_utf16().count() <= 31, "{c}");
        assert_eq!(sheet_name("History", &[]), "History_");
        assert_eq!(sheet_name("x", &["X".into()]), "x (2)");
        assert_eq!(sheet_name("", &[]), "_");
    }

    #[test]
    fn a_column_of_one_kind_of_figure_carries_its_format() {
        use crate::model::{Money, Ratio};
        let money = |w: i64| Cell::new("x", Value::Money(Money::from_wan(w)));
        let rate = Cell::new("50%", Value::Rate(Ratio::new(1, 2)));
        let columns = ["名称", "投资", "混合", "数"].map(String::from).to_vec();
        let mut t = Table::new("t", "表", columns);
        t.rows = vec![
            vec![
                Cell::text("甲"),
                money(1),
                money(2),
                Cell::count("1个", Some(1)),
            ],
            vec![
                Cell::text("乙"),
                Cell::mark("—"),
                rate,
                Cell::count("2个", Some(2)),
            ],
        ];
        assert_eq!(
            column_kinds(&t),
            vec![None, Some(NumKind::Money), None, Some(NumKind::Plain)]
        );
    }

    #[test]
    fn figures_become_exact_numbers_and_text_stays_text() {
        use crate::model::{Money, Month, Ratio};
        let num = |c: Cell| match value(&c) {
            Out::Number(v, k) => Some((v, k)),
            _ => None,
        };
        let n = |v: &str, k| Some((v.to_string(), k));
        assert_eq!(
            num(Cell::new("35.7亿元", Value::Money(Money::from_wan(357000)))),
            n("357000", NumKind::Money)
        );
        // 序时进度 of February is 1/6: stored as its four-decimal fraction,
        // not as the nearest double of 1/6 (0.16666666666666666).
        assert_eq!(
            num(Cell::new("16.7%", Value::Rate(Ratio::new(2, 12)))),
            n("0.1667", NumKind::Rate)
        );
        assert_eq!(value(&Cell::new("—", Value::Rate(None))), Out::Blank);
        assert_eq!(num(Cell::count("11个", Some(11))), n("11", NumKind::Plain));
        assert_eq!(value(&Cell::count("—", None)), Out::Blank);
        // A red-list gap is a number of percentage points, not text.
        assert_eq!(
            num(Cell::new("12.5个百分点", Value::Points(Ratio::new(1, 8)))),
            n("12.5", NumKind::Plain)
        );
        assert_eq!(
            num(Cell::new("87.50", Value::Decimal(Ratio::new(175, 2), 2))),
            n("87.5", NumKind::Plain)
        );
        assert_eq!(
            value(&Cell::new(
                "2026年9月",
                Value::Month(Month {
                    year: 2026,
                    month: 9
                })
            )),
            Out::Text("2026年9月")
        );
        assert_eq!(value(&Cell::mark("↑2")), Out::Text("↑2"));
        assert_eq!(value(&Cell::mark("—")), Out::Blank);
        assert_eq!(value(&Cell::text("=1+1")), Out::Text("=1+1"));
    }

    #[test]
    fn a_workbook_reads_back_as_written() {
        use crate::model::{Money, Ratio};
        use calamine::{Data, Reader, Xlsx};
        let columns = ["名称", "投资", "完成率"].map(String::from).to_vec();
        let mut t = Table::new("t", "表 [1]", columns);
        let tricky = "a<b>&\"c'_x0041_\u{1}\t营 ";
        t.rows = vec![
            vec![
                Cell::text(tricky),
                Cell::new("x", Value::Money(Money::from_wan(-3))),
                Cell::new("16.7%", Value::Rate(Ratio::new(2, 12))),
            ],
            vec![
                Cell::text("乙"),
                Cell::new("x", Value::Money(Money::from_wan(12))),
                Cell::new("—", Value::Rate(None)),
            ],
        ];
        let info = WorkbookInfo {
            title: "标题 & <x>".into(),
            author: "办".into(),
            created: crate::model::Date {
                year: 2026,
                month: 2,
                day: 1,
            },
            money_suffix: "（万元）".into(),
            pct_decimals: 1,
        };
        let bytes = to_xlsx(&[&t, &t], &info).unwrap();
        assert_eq!(
            bytes,
            to_xlsx(&[&t, &t], &info).unwrap(),
            "not deterministic"
        );
        let mut wb = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
        assert_eq!(wb.sheet_names(), ["表 _1_", "表 _1_ (2)"]);
        let range = wb.worksheet_range("表 _1_ (2)").unwrap();
        let rows: Vec<Vec<Data>> = range.rows().map(|r| r.to_vec()).collect();
        let s = |x: &str| Data::String(x.into());
        assert_eq!(rows[0], [s("名称"), s("投资（万元）"), s("完成率")]);
        assert_eq!(rows[1][0], s(tricky));
        assert_eq!(rows[1][1], Data::Float(-3.0));
        assert_eq!(rows[1][2], Data::Float(0.1667));
        assert_eq!(rows[2][2], Data::Empty);
    }

    #[test]
    fn a_table_wider_than_a_sheet_is_an_error_not_a_broken_file() {
        let columns = (0..16_385).map(|i| i.to_string()).collect();
        let t = Table::new("t", "宽表", columns);
        let info = WorkbookInfo {
            title: "t".into(),
            author: "a".into(),
            created: crate::model::Date {
                year: 2026,
                month: 1,
                day: 1,
            },
            money_suffix: String::new(),
            pct_decimals: 1,
        };
        let err = to_xlsx(&[&t], &info).unwrap_err();
        assert!(
            err.contains("\"宽表\" has 1 rows and 16385 columns"),
            "{err}"
        );
    }
}
