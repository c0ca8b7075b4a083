//! A bulletin's tables as one Excel workbook: a sheet per table, headers as the
//! page prints them, figures as numbers (money in 万元, rates as percentages).
//!
//! The workbook is a pure function of the tables: its creation date is given by
//! the caller (derived from the bulletin, never the clock), and the zip entries
//! carry rust_xlsxwriter's fixed timestamp, so two builds give the same bytes.

use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, FormatAlign, Workbook, Worksheet};

use super::bulletin::{title, Section};
use super::table::{Cell, NumKind, Table};
use super::view::Ctx;
use crate::diagnostics::Diagnostic;
use crate::metrics::MonthMetrics;
use crate::model::{Date, Language};
use crate::site::output::OutFile;

/// What a workbook says about itself, besides its tables.
#[derive(Clone, Debug)]
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

/// The bulletin's tables as one Excel workbook, `YYYY-MM-tables.xlsx` (its name
/// and bytes). Dated by the bulletin's issue date, else the 1st of the next month.
pub fn bulletin_workbook(
    ctx: &Ctx,
    m: &MonthMetrics,
    sections: &[Section],
) -> Result<OutFile, Vec<Diagnostic>> {
    let tables: Vec<&Table> = sections
        .iter()
        .flat_map(|s| {
            s.charts
                .iter()
                .filter_map(|c| c.table.as_ref())
                .chain(s.tables.iter())
        })
        .filter(|t| t.csv.is_some())
        .collect();
    let next = m.period.next();
    let info = WorkbookInfo {
        title: title(ctx, m.period),
        author: ctx.ledger.site.publisher.clone(),
        created: ctx
            .ledger
            .bulletins
            .get(&m.period)
            .and_then(|c| c.date)
            .unwrap_or(Date {
                year: next.year,
                month: next.month,
                day: 1,
            }),
        money_suffix: match ctx.lang() {
            Language::En => " (10,000 yuan)".into(),
            Language::ZhTw => "（萬元）".into(),
            Language::ZhCn => "（万元）".into(),
        },
        pct_decimals: ctx.fmt.pct_decimals,
    };
    let name = format!("{}-tables.xlsx", m.period);
    match to_xlsx(&tables, &info) {
        Ok(bytes) => Ok((name, bytes)),
        Err(e) => Err(vec![Diagnostic::error(
            crate::site::paths::bulletin_file(m.period, &name),
            format!("cannot write the Excel workbook: {e}"),
        )]),
    }
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

/// The workbook of `tables` as .xlsx bytes, or rust_xlsxwriter's error as text.
pub fn to_xlsx(tables: &[&Table], info: &WorkbookInfo) -> Result<Vec<u8>, String> {
    let mut wb = Workbook::new();
    let created = ExcelDateTime::from_ymd(
        u16::try_from(info.created.year).unwrap_or(2000),
        info.created.month,
        info.created.day,
    )
    .map_err(|e| e.to_string())?;
    let props = DocProperties::new()
        .set_title(&info.title)
        .set_author(&info.author)
        .set_creation_datetime(&created);
    wb.set_properties(&props);
    let pct_format = if info.pct_decimals == 0 {
        "0%".to_string()
    } else {
        format!("0.{}%", "0".repeat(info.pct_decimals as usize))
    };
    let formats = Formats {
        header: Format::new()
            .set_bold()
            .set_text_wrap()
            .set_align(FormatAlign::Center),
        money: Format::new().set_num_format("0.00##"),
        rate: Format::new().set_num_format(pct_format),
        plain: Format::new(),
    };
    let mut taken: Vec<String> = Vec::new();
    for t in tables {
        let name = sheet_name(&t.title, &taken);
        taken.push(name.clone());
        let ws = wb.add_worksheet();
        ws.set_name(name).map_err(|e| e.to_string())?;
        write_sheet(ws, t, info, &formats).map_err(|e| e.to_string())?;
    }
    wb.save_to_buffer().map_err(|e| e.to_string())
}

/// The formats a sheet uses.
struct Formats {
    header: Format,
    money: Format,
    rate: Format,
    plain: Format,
}

/// One value to write.
enum Out {
    Number(f64, NumKind),
    Count(f64),
    Text(String),
    Blank,
}

/// What a cell becomes in the workbook.
fn value(c: &Cell) -> Out {
    if let (Some(kind), Some(exact)) = (c.kind, &c.csv) {
        return match exact.parse::<f64>() {
            Ok(v) => Out::Number(v, kind),
            Err(_) => Out::Blank,
        };
    }
    let text = c.text.trim();
    if c.class == Some("num") {
        // A count shown with its measure word ("11个"), exact for CSV ("11").
        if let Some(v) = c.csv.as_deref().and_then(|x| x.parse::<f64>().ok()) {
            return Out::Count(v);
        }
        if let Some(p) = text.strip_suffix('%') {
            if let Ok(v) = p.parse::<f64>() {
                return Out::Number(v / 100.0, NumKind::Rate);
            }
        }
        if let Ok(v) = text.parse::<f64>() {
            return Out::Count(v);
        }
        if text == "—" || text.is_empty() {
            return Out::Blank;
        }
    }
    Out::Text(c.text.clone())
}

/// Display width of a text in Excel's character units (CJK counts double).
fn width(s: &str) -> f64 {
    s.chars()
        .map(|c| if c.is_ascii() { 1.0 } else { 2.1 })
        .sum()
}

fn write_sheet(
    ws: &mut Worksheet,
    t: &Table,
    info: &WorkbookInfo,
    f: &Formats,
) -> Result<(), rust_xlsxwriter::XlsxError> {
    let mut widths: Vec<f64> = vec![6.0; t.columns.len()];
    for (j, col) in t.columns.iter().enumerate() {
        let is_money = t
            .rows
            .iter()
            .all(|r| r.get(j).is_none_or(|c| c.kind == Some(NumKind::Money)))
            && !t.rows.is_empty();
        let head = if is_money {
            format!("{col}{}", info.money_suffix)
        } else {
            col.clone()
        };
        widths[j] = widths[j].max(width(&head).min(24.0));
        ws.write_string_with_format(0, col_num(j), head, &f.header)?;
    }
    for (i, row) in t.rows.iter().enumerate() {
        let r = u32::try_from(i + 1).unwrap_or(u32::MAX);
        for (j, c) in row.iter().enumerate() {
            let col = col_num(j);
            match value(c) {
                Out::Number(v, NumKind::Money) => {
                    ws.write_number_with_format(r, col, v, &f.money)?;
                }
                Out::Number(v, NumKind::Rate) => {
                    ws.write_number_with_format(r, col, v, &f.rate)?;
                }
                Out::Count(v) => {
                    ws.write_number_with_format(r, col, v, &f.plain)?;
                }
                Out::Text(s) => {
                    if let Some(w) = widths.get_mut(j) {
                        *w = w.max(width(&s).min(48.0));
                    }
                    ws.write_string(r, col, s)?;
                }
                Out::Blank => {}
            }
        }
    }
    for (j, w) in widths.iter().enumerate() {
        ws.set_column_width(col_num(j), (w + 2.0).max(10.0))?;
    }
    ws.set_freeze_panes(1, 0)?;
    Ok(())
}

fn col_num(j: usize) -> u16 {
    u16::try_from(j).unwrap_or(u16::MAX)
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
    fn values_become_numbers() {
        assert!(matches!(
            value(&Cell::money("35.7亿元", "357000")),
            Out::Number(v, NumKind::Money) if v == 357000.0
        ));
        assert!(matches!(value(&Cell::rate("—", "")), Out::Blank));
        assert!(
            matches!(value(&Cell::num("61.3%")), Out::Number(v, NumKind::Rate) if (v - 0.613).abs() < 1e-12)
        );
        assert!(matches!(value(&Cell::num("12")), Out::Count(v) if v == 12.0));
        assert!(matches!(value(&Cell::num_csv("11个", "11")), Out::Count(v) if v == 11.0));
        assert!(matches!(
            value(&Cell::text("2026年9月").with_csv("2026-09")),
            Out::Text(_)
        ));
        assert!(matches!(value(&Cell::num("↑2")), Out::Text(_)));
        assert!(matches!(value(&Cell::text("=1+1")), Out::Text(_)));
    }
}
