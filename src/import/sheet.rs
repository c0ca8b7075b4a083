//! One spreadsheet of an import: its sheet, header, report month and rows.

use std::path::{Path, PathBuf};

use super::grid::{self, column_letter, Grid};
use super::header::{self, Field, Header, HeaderMap};
use super::values::{self, Scale};
use super::{ImportError, Options};
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
    pub period: Option<(Month, String)>,
    /// Whether it has progress columns (and so needs a report month).
    pub needs_period: bool,
    /// The year of plan columns whose header names none.
    pub plan_year: Option<i32>,
    /// What was read, for the user.
    pub lines: Vec<String>,
}

/// Reads one file up to its header: `Err(Usage)` when it cannot be read or the
/// sheet asked for is not there, `Err(Sheet)` when no ledger header is found
/// or two columns could both be this year's 累计.
pub fn read_sheet(opts: &Options, path: &Path, map: &HeaderMap) -> Result<Sheet, ImportError> {
    let file = file_label(path);
    if !path.is_file() {
        return Err(ImportError::Usage(format!(
            "{} is not a file",
            path.display()
        )));
    }
    let book = grid::read_book(path).map_err(ImportError::Usage)?;
    let (grid, header) = pick_sheet(&book, opts.sheet.as_deref(), map, &file)?;
    if header.ambiguous.len() > 1 {
        let at = grid
            .sheet
            .as_ref()
            .map(|s| format!(" [{s}]"))
            .unwrap_or_default();
        let cols: Vec<String> = header
            .ambiguous
            .iter()
            .map(|(c, l)| format!("{} ({l})", column_letter(*c)))
            .collect();
        let (_, first) = &header.ambiguous[0];
        let (_, second) = &header.ambiguous[1];
        return Err(ImportError::Sheet(format!(
            "{file}{at}: columns {} could each be this year's 累计完成投资 (January to the report month), and neither names the year: say which with a map file (--map MAP.yaml) holding e.g. `{first}: cumulative` and `{second}: since_start` (since the project began) or `{second}: ignore`",
            cols.join(" and ")
        )));
    }
    let since = header.column(Field::SinceStart);
    let month_col = header
        .column(Field::Invested)
        .or(header.column(Field::Cumulative));
    if let (Some(s), None) = (since, month_col) {
        let at = grid
            .sheet
            .as_ref()
            .map(|s| format!(" [{s}]"))
            .unwrap_or_default();
        return Err(ImportError::Sheet(format!(
            "{file}{at}: column {} ({}) is the investment since the project began, and no column holds this year's or this month's: tongbao cannot tell the month's investment from it; add a column 本月完成投资 or 1-N月累计完成投资, or if that column is this year's after all, pass --map with `{}: cumulative`",
            column_letter(s.col),
            s.label,
            s.label
        )));
    }
    let grid = grid.clone();
    let mut lines = describe(&file, &grid, &header, book.encoding);
    let period = find_period(opts, &grid, &header, &file);
    let needs_period = header.columns.iter().any(|c| c.field.is_progress());
    match &period {
        Some((p, from)) => lines.push(format!("report month {p}, from {from}")),
        None if needs_period => {
            return Err(ImportError::Usage(format!(
                "cannot tell which month {file} reports (looked in the title rows, the sheet name and the file name for e.g. 2021年9月): pass --period YYYY-MM"
            )))
        }
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
        let at = g
            .sheet
            .as_ref()
            .map(|s| format!(" [{s}]"))
            .unwrap_or_default();
        format!(
            "{file}{at}: no header row found in the first 20 rows: tongbao looks for a row with 项目名称 and at least one more known header (项目编号, 产业类别, 总投资, 年度计划投资, 本月完成投资, 累计完成投资, 责任单位, 包保领导, 乡镇, 项目级别, 开工时间, 形象进度, 项目阶段 …); map other headers with --map"
        )
    };
    if let Some(w) = want {
        let g = book
            .sheets
            .iter()
            .find(|g| g.sheet.as_deref().map(str::trim) == Some(w.trim()))
            .ok_or_else(|| {
                ImportError::Usage(format!(
                    "{file} has no sheet [{w}]; its sheets are: {}",
                    names
                        .iter()
                        .map(|n| format!("[{n}]"))
                        .collect::<Vec<_>>()
                        .join(" ")
                ))
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
        None => Err(ImportError::Sheet(format!("{file} has no sheets"))),
    }
}

/// The report month and where it was found.
fn find_period(
    opts: &Options,
    grid: &Grid,
    header: &Header,
    file: &str,
) -> Option<(Month, String)> {
    if let Some(p) = opts.period {
        return Some((p, "--period".into()));
    }
    for r in 0..header.first {
        for v in grid.rows.get(r).into_iter().flatten() {
            let t = v.text();
            if let Some(p) = values::period_in(&t) {
                return Some((p, format!("the title in row {}: {t:?}", r + 1)));
            }
        }
    }
    if let Some(p) = grid.sheet.as_deref().and_then(values::period_in) {
        return Some((p, "the sheet name".into()));
    }
    values::period_in(file).map(|p| (p, "the file name".into()))
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
fn describe(file: &str, grid: &Grid, h: &Header, encoding: Option<&str>) -> Vec<String> {
    let at = grid
        .sheet
        .as_ref()
        .map(|s| format!(" [{s}]"))
        .unwrap_or_default();
    let enc = encoding.map(|e| format!(" ({e})")).unwrap_or_default();
    let rows = if h.first == h.last {
        format!("header in row {}", h.first + 1)
    } else {
        format!("two-row header in rows {}–{}", h.first + 1, h.last + 1)
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
        format!("read {file}{at}{enc}: {rows}"),
        format!("columns: {}", cols.join(", ")),
    ];
    for (c, label, why) in &h.ignored {
        lines.push(format!(
            "column {} ({label}) left out: {why}",
            column_letter(*c)
        ));
    }
    lines
}
