//! `tongbao import`: a ledger sheet (台账) in Excel or CSV into the site's YAML.
//!
//! The stages: [`grid`] reads the file into grids of values; [`header`] finds
//! the header row (or two) and what each column holds; [`rows`] reads the
//! project rows, collecting every bad cell; [`assemble`] checks them against the
//! site and makes projects and a month's progress; [`emit`] writes the YAML.
//! Nothing is written unless the whole sheet is good, and what is written is
//! loaded back like `tongbao check` does (and removed again if that fails).

pub mod assemble;
pub mod cumulative;
pub mod emit;
pub mod grid;
pub mod header;
pub mod map;
pub mod rows;
pub mod values;

#[cfg(test)]
mod tests;

use std::path::{Path, PathBuf};

use crate::diagnostics::Diagnostic;
use crate::model::Month;
use grid::{column_letter, Grid};
use header::{Field, Header, HeaderMap};
pub use rows::BadCell;
use values::Scale;

/// What to import and where.
#[derive(Clone, Debug)]
pub struct Options {
    /// The .xlsx, .xls or .csv file.
    pub file: PathBuf,
    /// The site folder (holding content/).
    pub site: PathBuf,
    /// The sheet to read (default: the first with a ledger header).
    pub sheet: Option<String>,
    /// A YAML file mapping other headers to fields.
    pub map: Option<PathBuf>,
    /// The report month (default: found in the title, sheet name or file name).
    pub period: Option<Month>,
}

/// What an import did, for the user.
#[derive(Debug, Default)]
pub struct Report {
    /// What was read and how (header, period, columns, skipped rows, notes).
    pub lines: Vec<String>,
    /// Files written, relative to the site.
    pub written: Vec<String>,
    /// Warnings `tongbao check` gives about the written files.
    pub warnings: Vec<Diagnostic>,
}

/// Why an import wrote nothing.
#[derive(Debug)]
pub enum ImportError {
    /// A usage error: a missing file, an unknown sheet, a bad map, an unknown
    /// report month, a file that would be overwritten (exit 2).
    Usage(String),
    /// The site itself has errors (exit 1).
    Site(Vec<Diagnostic>),
    /// The sheet has no ledger header (exit 1).
    Sheet(String),
    /// Bad cells, every one of them, after what was read (exit 1).
    Cells(Vec<String>, Vec<BadCell>),
    /// Writing failed, or what was written did not load; it was removed (exit 1).
    Written(String, Vec<Diagnostic>),
}

/// The file's name for messages (`台账.xlsx`).
fn file_label(p: &Path) -> String {
    p.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| p.display().to_string())
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
fn projects_file_name(file: &Path) -> String {
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

/// Imports the sheet into the site: see the module documentation.
pub fn import(opts: &Options) -> Result<Report, ImportError> {
    let file = file_label(&opts.file);
    if !opts.site.join("content").is_dir() {
        return Err(ImportError::Usage(format!(
            "{} has no content/ folder: pass the site with --into SITE (a folder holding content/site.yaml)",
            opts.site.display()
        )));
    }
    let map = match &opts.map {
        None => HeaderMap::new(),
        Some(m) => {
            let text = std::fs::read_to_string(m).map_err(|e| {
                ImportError::Usage(format!("cannot read the map {}: {e}", m.display()))
            })?;
            map::read_map(&text).map_err(|e| ImportError::Usage(format!("{}: {e}", m.display())))?
        }
    };
    if !opts.file.is_file() {
        return Err(ImportError::Usage(format!(
            "{} is not a file",
            opts.file.display()
        )));
    }
    let book = grid::read_book(&opts.file).map_err(ImportError::Usage)?;
    let (grid, header) = pick_sheet(&book, opts.sheet.as_deref(), &map, &file)?;
    let loaded = crate::content::load(&opts.site);
    let Some(ledger) = loaded.ledger else {
        return Err(ImportError::Site(loaded.diagnostics));
    };
    let mut lines = describe(&file, grid, &header, book.encoding);
    let period = find_period(opts, grid, &header, &file);
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
    let read = rows::read(grid, &header, &file, &ledger.site.categories);
    for (r, why) in &read.skipped {
        lines.push(format!("row {r} skipped: {why}"));
    }
    if read.rows.is_empty() && read.bad.is_empty() {
        return Err(ImportError::Sheet(format!(
            "{file}: no project rows under the header"
        )));
    }
    let input = assemble::Input {
        file: &file,
        sheet: grid.sheet.as_deref(),
        header: &header,
        ledger: &ledger,
        units_declared: opts.site.join("content/units.yaml").is_file(),
        period: period.as_ref().map(|(p, _)| *p),
        plan_year,
    };
    let out = assemble::assemble(&input, &read.rows);
    let mut bad = read.bad;
    bad.extend(out.bad);
    if !bad.is_empty() {
        bad.sort_by_key(|b| (b.row.is_some(), b.row, b.col.as_ref().map(|c| c.0)));
        return Err(ImportError::Cells(lines, bad));
    }
    lines.extend(out.notes);
    let mut files: Vec<(String, String, String)> = Vec::new();
    let source = match &grid.sheet {
        Some(s) => format!("{file} [{s}]"),
        None => file.clone(),
    };
    if !out.projects.is_empty() {
        let rel = format!("content/projects/{}", projects_file_name(&opts.file));
        let what = format!("{} new project(s)", out.projects.len());
        files.push((rel, emit::projects_yaml(&source, &out.projects), what));
    }
    if let (Some((p, _)), true) = (&period, needs_period) {
        let rel = format!("content/progress/{p}.yaml");
        let what = format!("progress of {} project(s)", out.progress.len());
        files.push((rel, emit::progress_yaml(&source, *p, &out.progress), what));
    }
    write_checked(opts, lines, files)
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
            let unit = if c.scale != Scale::Wan
                && matches!(
                    c.field,
                    Field::Total
                        | Field::Plan
                        | Field::Invested
                        | Field::Cumulative
                        | Field::Funds
                        | Field::FundsCumulative
                ) {
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

/// Writes the files (refusing to overwrite), then loads the site back; on any
/// error removes what it wrote.
fn write_checked(
    opts: &Options,
    mut lines: Vec<String>,
    files: Vec<(String, String, String)>,
) -> Result<Report, ImportError> {
    for (rel, _, _) in &files {
        if opts.site.join(rel).exists() {
            return Err(ImportError::Usage(format!(
                "{rel} already exists; tongbao import does not overwrite files: move it away, rename the spreadsheet, or pass another --period"
            )));
        }
    }
    if files.is_empty() {
        lines.push("nothing to write: every project is already in the site and the sheet has no progress columns".into());
        return Ok(Report {
            lines,
            ..Report::default()
        });
    }
    let mut written: Vec<PathBuf> = Vec::new();
    let undo = |written: &[PathBuf]| {
        for p in written {
            let _ = std::fs::remove_file(p);
        }
    };
    for (rel, text, _) in &files {
        let path = opts.site.join(rel);
        let res = path
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|_| std::fs::write(&path, text));
        if let Err(e) = res {
            undo(&written);
            return Err(ImportError::Written(
                format!("cannot write {rel}: {e}"),
                Vec::new(),
            ));
        }
        written.push(path);
    }
    let loaded = crate::content::load(&opts.site);
    let rels: Vec<&str> = files.iter().map(|(r, _, _)| r.as_str()).collect();
    if loaded.ledger.is_none() {
        undo(&written);
        return Err(ImportError::Written(
            "the imported files did not pass `tongbao check` and were removed (a bug in tongbao import: please report it with the spreadsheet)".into(),
            loaded.diagnostics,
        ));
    }
    let warnings = loaded
        .diagnostics
        .into_iter()
        .filter(|d| d.file.as_deref().is_some_and(|f| rels.contains(&f)))
        .collect();
    Ok(Report {
        lines,
        written: files
            .iter()
            .map(|(r, _, what)| format!("{r} ({what})"))
            .collect(),
        warnings,
    })
}
