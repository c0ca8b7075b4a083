//! One spreadsheet of an import: its sheet, header, report month and rows.

use std::path::{Path, PathBuf};

use super::grid::{self, column_letter, Grid};
use super::header::{self, Field, Header, HeaderMap};
use super::values::{self, Scale};
use super::{usage, ImportError, Options};
use crate::diagnostics::ImportMessage;
use crate::model::Month;

/// A spreadsheet read up to its header.
#[derive(Debug)]
pub struct Sheet {
    /// The file as given.
    pub path: PathBuf,
    /// Its name for messages.
    pub file: String,
    /// The sheet read.
    pub grid: Grid,
    /// Its header.
    pub header: Header,
    /// The report month and where it was found.
    pub period: Option<(Month, ImportMessage)>,
    /// Whether it has progress columns (and so needs a report month).
    pub needs_period: bool,
    /// The year of plan columns whose header names none.
    pub plan_year: Option<i32>,
    /// What was read, for the user.
    pub lines: Vec<ImportMessage>,
}

/// Reads one file up to its header: `Err(Usage)` when it cannot be read or the
/// sheet asked for is not there, `Err(Sheet)` when no ledger header is found
/// or two columns could both be this year's 累计.
pub fn read_sheet(opts: &Options, path: &Path, map: &HeaderMap) -> Result<Sheet, ImportError> {
    let file = file_label(path);
    if !path.is_file() {
        return Err(usage(ImportMessage::NotAFile {
            path: path.display().to_string(),
        }));
    }
    let book = grid::read_book(path).map_err(usage)?;
    let (grid, header) = pick_sheet(&book, opts.sheet.as_deref(), map, &file)?;
    if header.ambiguous.len() > 1 {
        let mut cols = header
            .ambiguous
            .iter()
            .map(|(c, l)| format!("{} ({l})", column_letter(*c)));
        let first_col = ImportMessage::AsWritten {
            text: cols.next().unwrap_or_default(),
        };
        let columns = cols.fold(first_col, |left, right| ImportMessage::And {
            left: Box::new(left),
            right,
        });
        let (_, first) = &header.ambiguous[0];
        let (_, second) = &header.ambiguous[1];
        return Err(ImportError::Sheet(vec![
            ImportMessage::AmbiguousCumulative {
                file: sheet_label(&file, grid),
                columns: Box::new(columns),
                first: first.clone(),
                second: second.clone(),
            },
        ]));
    }
    let since = header.column(Field::SinceStart);
    let month_col = header
        .column(Field::Invested)
        .or(header.column(Field::Cumulative));
    if let (Some(s), None) = (since, month_col) {
        return Err(ImportError::Sheet(vec![ImportMessage::OnlySinceStart {
            file: sheet_label(&file, grid),
            column: column_letter(s.col),
            header: s.label.clone(),
        }]));
    }
    let grid = grid.clone();
    let mut lines = describe(&file, &grid, &header, book.encoding);
    let period = find_period(opts, &grid, &header, &file);
    let needs_period = header.columns.iter().any(|c| c.field.is_progress());
    match &period {
        Some((p, from)) => lines.push(ImportMessage::ReportMonthFrom {
            month: *p,
            from: Box::new(from.clone()),
        }),
        None if needs_period => return Err(usage(ImportMessage::NoPeriod { file })),
        None => {}
    }
    let plan_year = period.as_ref().map(|(p, _)| p.year).or_else(|| {
        (0..header.first)
            .flat_map(|r| grid.rows.get(r).into_iter().flatten())
            .find_map(|v| values::year_in(&v.text()))
    });
    Ok(Sheet {
        path: path.to_path_buf(),
        file,
        grid,
        header,
        period,
        needs_period,
        plan_year,
        lines,
    })
}

/// The file's name for messages and comments, line breaks and control
/// characters escaped (`\u{a}`) so that a name cannot move the terminal's
/// cursor or start a line of its own.
fn file_label(p: &Path) -> String {
    let name = p
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| p.display().to_string());
    super::emit::comment_text(&name)
}

/// The unit named in a title such as `单位：亿元` in the first rows, else 万元.
fn default_scale(grid: &Grid) -> Scale {
    grid.rows
        .iter()
        .take(20)
        .flatten()
        .map(grid::Value::text)
        .filter(|t| t.contains("单位"))
        .find_map(|t| Scale::of(&t))
        .unwrap_or(Scale::Wan)
}

/// Picks the sheet and finds its header.
fn pick_sheet<'a>(
    book: &'a grid::Book,
    want: Option<&str>,
    map: &HeaderMap,
    file: &str,
) -> Result<(&'a Grid, Header), ImportError> {
    let names: Vec<String> = book.sheets.iter().filter_map(|g| g.sheet.clone()).collect();
    let no_header = |g: &Grid| {
        vec![ImportMessage::NoHeader {
            file: sheet_label(file, g),
        }]
    };
    if let Some(w) = want {
        let g = book
            .sheets
            .iter()
            .find(|g| g.sheet.as_deref().map(str::trim) == Some(w.trim()))
            .ok_or_else(|| {
                usage(ImportMessage::NoSuchSheet {
                    file: file.to_string(),
                    sheet: w.to_string(),
                    sheets: names
                        .iter()
                        .map(|n| format!("[{n}]"))
                        .collect::<Vec<_>>()
                        .join(" "),
                })
            })?;
        let h = header::find(g, map, default_scale(g))
            .ok_or_else(|| ImportError::Sheet(no_header(g)))?;
        return Ok((g, h));
    }
    for g in &book.sheets {
        if let Some(h) = header::find(g, map, default_scale(g)) {
            return Ok((g, h));
        }
    }
    match book.sheets.first() {
        Some(g) => Err(ImportError::Sheet(no_header(g))),
        None => Err(ImportError::Sheet(vec![ImportMessage::NoSheets {
            file: file.to_string(),
        }])),
    }
}

/// The report month and where it was found.
fn find_period(
    opts: &Options,
    grid: &Grid,
    header: &Header,
    file: &str,
) -> Option<(Month, ImportMessage)> {
    if let Some(p) = opts.period {
        let text = "--period".into();
        return Some((p, ImportMessage::AsWritten { text }));
    }
    for r in 0..header.first {
        for v in grid.rows.get(r).into_iter().flatten() {
            let t = v.text();
            if let Some(p) = values::period_in(&t) {
                let title = format!("{t:?}");
                return Some((p, ImportMessage::TitleInRow { row: r + 1, title }));
            }
        }
    }
    if let Some(p) = grid.sheet.as_deref().and_then(values::period_in) {
        return Some((p, ImportMessage::SheetName));
    }
    values::period_in(file).map(|p| (p, ImportMessage::FileName))
}

/// A name for the projects file from the spreadsheet's name (`台账.yaml`).
pub fn projects_file_name(file: &Path) -> String {
    let stem = file
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let clean: String = stem
        .chars()
        .map(|c| {
            if c.is_control() || "/\\:*?\"<>|".contains(c) {
                '_'
            } else {
                c
            }
        })
        .collect();
    let clean = clean.trim().trim_start_matches('.').to_string();
    if clean.is_empty() {
        "imported.yaml".into()
    } else {
        format!("{clean}.yaml")
    }
}

/// What was read: the sheet, header rows, columns and left-out columns.
fn describe(file: &str, grid: &Grid, h: &Header, encoding: Option<&str>) -> Vec<ImportMessage> {
    let at = sheet_label(file, grid);
    let enc = encoding.map(|e| format!(" ({e})")).unwrap_or_default();
    let rows = if h.first == h.last {
        ImportMessage::HeaderInRow { row: h.first + 1 }
    } else {
        ImportMessage::TwoRowHeader {
            first: h.first + 1,
            last: h.last + 1,
        }
    };
    let cols: Vec<String> = h
        .columns
        .iter()
        .map(|c| {
            let year = c.year.map(|y| format!(" {y}")).unwrap_or_default();
            let unit = if c.scale != Scale::Wan && c.field.is_amount() {
                format!(" ({})", c.scale.name())
            } else {
                String::new()
            };
            format!(
                "{} {} → {}{year}{unit}",
                column_letter(c.col),
                c.label,
                c.field.key()
            )
        })
        .collect();
    let mut lines = vec![
        ImportMessage::Read {
            file: format!("{at}{enc}"),
            header: Box::new(rows),
        },
        ImportMessage::ColumnsRead {
            columns: cols.join(", "),
        },
    ];
    for (c, label, why) in &h.ignored {
        lines.push(ImportMessage::ColumnLeftOut {
            column: column_letter(*c),
            header: label.clone(),
            why: Box::new(why.clone()),
        });
    }
    lines
}

/// `台账.xlsx [Sheet1]`, or the file alone for CSV.
fn sheet_label(file: &str, grid: &Grid) -> String {
    match &grid.sheet {
        Some(s) => format!("{file} [{s}]"),
        None => file.to_string(),
    }
}
