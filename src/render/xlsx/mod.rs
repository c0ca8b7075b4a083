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

mod book;
mod cells;
mod package;
mod parts;
mod sheet;

pub use book::{sheet_name, WorkbookInfo};

use crate::document::Table;

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
    thread_local! {
        // Each thread's buffer, kept between workbooks: a bulletin's tables
        // are megabytes, and fresh memory costs the kernel's zeroing each time.
        static BUF: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    let digest = BUF.with_borrow_mut(|buf| {
        buf.clear();
        let mut h = Bytes(std::mem::take(buf));
        env!("CARGO_PKG_VERSION").hash(&mut h);
        env!("TONGBAO_CODE").hash(&mut h);
        tables.hash(&mut h);
        info.hash(&mut h);
        let digest = xxhash_rust::xxh3::xxh3_128(&h.0);
        *buf = h.0;
        digest
    });
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Cell, Value};

    /// A workbook's words with nothing in them.
    fn plain_info() -> WorkbookInfo {
        WorkbookInfo {
            title: "t".into(),
            author: "a".into(),
            created: crate::model::Date {
                year: 2026,
                month: 1,
                day: 1,
            },
            money_suffix: String::new(),
            pct_decimals: 1,
        }
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
        let info = plain_info();
        let err = to_xlsx(&[&t], &info).unwrap_err();
        assert!(
            err.contains("\"宽表\" has 1 rows and 16385 columns"),
            "{err}"
        );
    }

    #[test]
    fn a_workbook_without_tables_has_one_empty_sheet() {
        use calamine::{Reader, Xlsx};
        let info = plain_info();
        let bytes = to_xlsx(&[], &info).unwrap();
        let mut wb = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
        assert_eq!(wb.sheet_names(), ["Sheet1"]);
        assert!(wb.worksheet_range("Sheet1").unwrap().is_empty());
    }

    #[test]
    fn the_key_is_the_archive_comment_and_the_workbook_still_opens() {
        use calamine::{Reader, Xlsx};
        let t = Table::new("t", "表", vec!["名称".into()]);
        let bytes = to_xlsx(&[&t], &plain_info()).unwrap();
        let k = key(&[&t], &plain_info());
        let keyed = with_key(bytes.clone(), &k);
        assert_eq!(keyed.len(), bytes.len() + k.len());
        assert!(
            keyed.ends_with(k.as_bytes()),
            "the key is not the file's end"
        );
        let mut wb = Xlsx::new(std::io::Cursor::new(keyed)).unwrap();
        assert_eq!(wb.sheet_names(), ["表"]);
        assert!(wb.worksheet_range("表").is_ok());
    }
}
