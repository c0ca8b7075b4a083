//! Reading a spreadsheet into plain grids of values: .xlsx / .xls with calamine
//! (merged cells filled with their value), .csv with the csv crate (UTF-8 with or
//! without a byte-order mark, UTF-16 with one, else GBK).

use std::path::Path;

use calamine::{open_workbook_auto, Data, Reader, Sheets};

use crate::diagnostics::{ImportMessage, Text};

/// One cell as read.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// Nothing in the cell.
    Empty,
    /// Text (CSV cells are always text).
    Text(String),
    /// A number as Excel stores it.
    Number(f64),
    /// A date cell (year, month, day).
    Date(i32, u8, u8),
    /// Anything else (a boolean, an error like `#DIV/0!`), as Excel shows it.
    Other(String),
}

impl Value {
    /// Whether the cell holds nothing (or only spaces).
    pub fn is_empty(&self) -> bool {
        match self {
            Value::Empty => true,
            Value::Text(t) => t.trim().is_empty(),
            _ => false,
        }
    }

    /// The cell as text, the way a person reads it (`1001`, `3580.5`, `2021-03-15`).
    pub fn text(&self) -> String {
        match self {
            Value::Empty => String::new(),
            Value::Text(t) | Value::Other(t) => t.trim().to_string(),
            Value::Number(f) => number_text(*f),
            Value::Date(y, m, d) => format!("{y:04}-{m:02}-{d:02}"),
        }
    }
}

/// A number as Excel displays it in General format: at most 15 significant digits,
/// no trailing zeros (`35.699999999999996` is `35.7`).
pub fn number_text(f: f64) -> String {
    if !f.is_finite() {
        return f.to_string();
    }
    if f == f.trunc() && f.abs() < 1e15 {
        return format!("{f:.0}");
    }
    let magnitude = if f == 0.0 {
        0
    } else {
        f.abs().log10().floor() as i32
    };
    let decimals = (14 - magnitude).clamp(0, 20) as usize;
    let s = format!("{f:.decimals$}");
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

/// One sheet: its name (none for CSV) and rows of values, row 0 being the
/// sheet's row 1 and column 0 its column A.
#[derive(Clone, Debug)]
pub struct Grid {
    /// Sheet name; `None` for a CSV file.
    pub sheet: Option<String>,
    /// The rows.
    pub rows: Vec<Vec<Value>>,
}

impl Grid {
    /// The value at (row, column), `Empty` outside the data.
    pub fn get(&self, row: usize, col: usize) -> &Value {
        self.rows
            .get(row)
            .and_then(|r| r.get(col))
            .unwrap_or(&Value::Empty)
    }

    /// The number of columns of the widest row.
    pub fn width(&self) -> usize {
        self.rows.iter().map(Vec::len).max().unwrap_or(0)
    }
}

/// A workbook read: its sheets in order and, for CSV, the encoding it was read in.
#[derive(Debug)]
pub struct Book {
    /// Sheets in workbook order (one for CSV).
    pub sheets: Vec<Grid>,
    /// For CSV: "UTF-8", "UTF-8 with BOM", "UTF-16", "GBK".
    pub encoding: Option<&'static str>,
}

/// Column letters of a 0-based column: 0 → `A`, 26 → `AA`.
pub fn column_letter(col: usize) -> String {
    let mut n = col + 1;
    let mut out = Vec::new();
    while n > 0 {
        let r = (n - 1) % 26;
        out.push(b'A' + r as u8);
        n = (n - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// Reads the file by its extension; an error is a message for the user.
pub fn read_book(path: &Path) -> Result<Book, ImportMessage> {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    match ext.as_str() {
        "xlsx" | "xlsm" | "xls" | "ods" => read_workbook(path),
        "csv" | "txt" | "tsv" => {
            let bytes = std::fs::read(path).map_err(|e| ImportMessage::CannotRead {
                path: path.display().to_string(),
                // The operating system's words, translated through the older catalog.
                err: Text::English(e.to_string()),
            })?;
            let (text, encoding) = decode(&bytes);
            Ok(Book {
                sheets: vec![csv_grid(&text)?],
                encoding: Some(encoding),
            })
        }
        _ => Err(ImportMessage::NotASpreadsheet {
            path: path.display().to_string(),
        }),
    }
}

/// CSV bytes as text: UTF-8 (a BOM is dropped), UTF-16 with a BOM, else GBK.
pub fn decode(bytes: &[u8]) -> (String, &'static str) {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return (String::from_utf8_lossy(rest).into_owned(), "UTF-8 with BOM");
    }
    if let Some((enc, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(&bytes[bom..]);
        return (text.into_owned(), "UTF-16");
    }
    match std::str::from_utf8(bytes) {
        Ok(t) => (t.to_string(), "UTF-8"),
        Err(_) => {
            let (text, _, _) = encoding_rs::GBK.decode(bytes);
            (text.into_owned(), "GBK")
        }
    }
}

/// Parses CSV text (comma-separated, or tab-separated when the first line has
/// more tabs than commas) into a grid of text cells.
pub fn csv_grid(text: &str) -> Result<Grid, ImportMessage> {
    let first = text.lines().next().unwrap_or("");
    let delimiter = if first.matches('\t').count() > first.matches(',').count() {
        b'\t'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for (i, rec) in reader.records().enumerate() {
        let rec = rec.map_err(|e| ImportMessage::CsvRow {
            row: i + 1,
            err: e.to_string(),
        })?;
        rows.push(
            rec.iter()
                .map(|f| {
                    if f.trim().is_empty() {
                        Value::Empty
                    } else {
                        Value::Text(f.to_string())
                    }
                })
                .collect(),
        );
    }
    Ok(Grid { sheet: None, rows })
}

fn read_workbook(path: &Path) -> Result<Book, ImportMessage> {
    let mut wb = open_workbook_auto(path).map_err(|e| ImportMessage::CannotRead {
        path: path.display().to_string(),
        // The spreadsheet reader's words, translated through the older catalog.
        err: Text::English(e.to_string()),
    })?;
    let names = wb.sheet_names();
    let mut sheets = Vec::new();
    for name in names {
        let range = wb
            .worksheet_range(&name)
            .map_err(|e| ImportMessage::CannotReadSheet {
                sheet: name.clone(),
                path: path.display().to_string(),
                err: e.to_string(),
            })?;
        let (r0, c0) = range.start().unwrap_or((0, 0));
        let mut rows: Vec<Vec<Value>> = vec![Vec::new(); r0 as usize];
        for row in range.rows() {
            let mut out = vec![Value::Empty; c0 as usize];
            out.extend(row.iter().map(value));
            rows.push(out);
        }
        let mut grid = Grid {
            sheet: Some(name.clone()),
            rows,
        };
        fill_merged(&mut grid, &merged(&mut wb, &name));
        sheets.push(grid);
    }
    Ok(Book {
        sheets,
        encoding: None,
    })
}

/// A merged region: ((first row, first col), (last row, last col)), 0-based.
type Region = ((u32, u32), (u32, u32));

/// Merged regions of a sheet.
fn merged<RS: std::io::Read + std::io::Seek>(wb: &mut Sheets<RS>, name: &str) -> Vec<Region> {
    let dims = match wb {
        Sheets::Xlsx(x) => x.worksheet_merge_cells(name).and_then(Result::ok),
        Sheets::Xls(x) => x.worksheet_merge_cells(name),
        _ => None,
    };
    dims.unwrap_or_default()
        .into_iter()
        .map(|d| (d.start, d.end))
        .collect()
}

/// Copies the value of each merged region's first cell into its other cells, so
/// that a 责任单位 merged over three projects belongs to all three, and a header
/// merged over two rows reads in both.
fn fill_merged(grid: &mut Grid, regions: &[Region]) {
    for &((r0, c0), (r1, c1)) in regions {
        let v = grid.get(r0 as usize, c0 as usize).clone();
        if v.is_empty() || r1.saturating_sub(r0) > 10_000 || c1.saturating_sub(c0) > 1_000 {
            continue;
        }
        for r in r0..=r1 {
            for c in c0..=c1 {
                let (r, c) = (r as usize, c as usize);
                if r >= grid.rows.len() {
                    grid.rows.resize(r + 1, Vec::new());
                }
                let row = &mut grid.rows[r];
                if c >= row.len() {
                    row.resize(c + 1, Value::Empty);
                }
                if row[c].is_empty() {
                    row[c] = v.clone();
                }
            }
        }
    }
}

fn value(d: &Data) -> Value {
    match d {
        Data::Empty => Value::Empty,
        Data::String(s) => {
            if s.trim().is_empty() {
                Value::Empty
            } else {
                Value::Text(s.clone())
            }
        }
        Data::Int(i) => Value::Number(*i as f64),
        Data::Float(f) => Value::Number(*f),
        Data::Bool(b) => Value::Other(if *b { "TRUE" } else { "FALSE" }.into()),
        Data::DateTime(dt) if dt.is_datetime() => {
            let (y, m, d, ..) = dt.to_ymd_hms_milli();
            Value::Date(i32::from(y), m, d)
        }
        Data::DateTime(dt) => Value::Number(dt.as_f64()),
        Data::DateTimeIso(s) | Data::DurationIso(s) => Value::Text(s.clone()),
        Data::Error(e) => Value::Other(format!("#{e:?}")),
    }
}
