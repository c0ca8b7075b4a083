//! `tongbao import`: ledger sheets (台账) in Excel or CSV into the site's YAML.
//!
//! The stages: [`grid`] reads each file into grids of values; [`sheet`] and
//! [`header`] find the header row (or two) and what each column holds; [`rows`]
//! reads the project rows, collecting every bad cell; [`assemble`] checks them
//! against the site (and against the other files of the same import) and makes
//! projects and a month's progress; [`month`] merges them into a month the site
//! already has; [`emit`] makes the YAML and [`write`] writes it. Nothing is
//! written unless every file is good, and what is written is loaded back like
//! `tongbao check` does (and undone if that fails).

pub mod assemble;
pub mod checks;
pub mod classify;
pub mod cumulative;
pub mod emit;
pub mod examples;
pub mod grid;
pub mod header;
pub mod infer;
pub mod map;
pub mod matching;
pub mod month;
pub mod newproject;
pub mod rows;
pub mod sheet;
pub mod values;
pub mod write;

#[cfg(test)]
mod tests;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use crate::diagnostics::{Diagnostic, ImportMessage, Message, Text};
use crate::model::Month;
use assemble::Across;
use header::HeaderMap;
pub use rows::BadCell;

/// What to import and where.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// The .xlsx, .xls or .csv files, or folders of them.
    pub files: Vec<PathBuf>,
    /// The site folder (holding content/).
    pub site: PathBuf,
    /// The sheet to read (default: the first with a ledger header).
    pub sheet: Option<String>,
    /// A YAML file mapping other headers to fields.
    pub map: Option<PathBuf>,
    /// The report month (default: found in the title, sheet name or file name).
    pub period: Option<Month>,
    /// Replace records of a month the site already has.
    pub force: bool,
    /// `--match NAME=ID`: a sheet's project name that is the site's project ID.
    pub matched: Vec<(String, String)>,
    /// `--new NAME`: a sheet's project name that is a new project.
    pub new_names: Vec<String>,
}

/// What an import did, for the user.
#[derive(Debug, Default)]
pub struct Report {
    /// What was read and how (header, period, columns, skipped rows, notes).
    pub lines: Vec<ImportMessage>,
    /// New projects and their ids.
    pub new_ids: Vec<ImportMessage>,
    /// Stages inferred without a 项目阶段 column.
    pub inferred: Vec<ImportMessage>,
    /// Figures to look at (above plan or total, differences from the site).
    pub notices: Vec<ImportMessage>,
    /// Changes to records of a month the site already had.
    pub changes: Vec<ImportMessage>,
    /// Departments with projects in the year's plan and no row (未报送).
    pub missing: Vec<ImportMessage>,
    /// Files written, relative to the site, and what they hold.
    pub written: Vec<ImportMessage>,
    /// Warnings `tongbao check` gives about the written files.
    pub warnings: Vec<Diagnostic>,
}

/// Why an import wrote nothing.
#[derive(Debug)]
pub enum ImportError {
    /// A usage error: a missing file, an unknown sheet, a bad map, an unknown
    /// report month, a file that would be overwritten (exit 2).
    Usage(Text),
    /// The site itself has errors (exit 1).
    Site(Vec<Diagnostic>),
    /// Sheets with no ledger header, or that cannot be read as they stand,
    /// every one of them (exit 1).
    Sheet(Vec<ImportMessage>),
    /// Bad cells, every one of them, after what was read (exit 1).
    Cells(Vec<ImportMessage>, Vec<BadCell>),
    /// The month exists and records would change: what was read and the
    /// changes; `--force` replaces them (exit 2).
    Changes(Box<Report>),
    /// Writing failed, or what was written did not load; it was undone (exit 1).
    Written(Text, Vec<Diagnostic>),
}

/// A usage error saying `m`.
fn usage(m: impl Into<Text>) -> ImportError {
    ImportError::Usage(m.into())
}

/// The spreadsheets named: files as they are, folders' .xlsx/.xls/.csv files in
/// name order (not Excel's `~$` lock files or hidden files).
fn expand(paths: &[PathBuf]) -> Result<Vec<PathBuf>, ImportError> {
    let mut out = Vec::new();
    for p in paths {
        if !p.is_dir() {
            out.push(p.clone());
            continue;
        }
        let rd = std::fs::read_dir(p).map_err(|e| {
            ImportError::Usage(
                Message::CannotReadFolder {
                    path: p.display().to_string(),
                    // The operating system's words, translated through the older catalog.
                    err: Text::English(e.to_string()),
                }
                .into(),
            )
        })?;
        let mut found: Vec<PathBuf> = rd
            .flatten()
            .map(|e| e.path())
            .filter(|f| {
                let name = f.file_name().map(|n| n.to_string_lossy().into_owned());
                let name = name.unwrap_or_default();
                let ext = f
                    .extension()
                    .map(|e| e.to_string_lossy().to_lowercase())
                    .unwrap_or_default();
                f.is_file()
                    && !name.starts_with("~$")
                    && !name.starts_with('.')
                    && matches!(ext.as_str(), "xlsx" | "xls" | "csv")
            })
            .collect();
        if found.is_empty() {
            return Err(usage(ImportMessage::NoSpreadsheets {
                path: p.display().to_string(),
            }));
        }
        found.sort();
        out.extend(found);
    }
    if out.is_empty() {
        return Err(usage(ImportMessage::NoFiles));
    }
    Ok(out)
}

fn read_map(opts: &Options) -> Result<HeaderMap, ImportError> {
    let Some(m) = &opts.map else {
        return Ok(HeaderMap::new());
    };
    let text = std::fs::read_to_string(m).map_err(|e| {
        usage(ImportMessage::CannotReadMap {
            path: m.display().to_string(),
            // The operating system's words, translated through the older catalog.
            err: Text::English(e.to_string()),
        })
    })?;
    map::read_map(&text).map_err(|e| {
        usage(ImportMessage::FileAt {
            file: m.display().to_string(),
            problem: Box::new(e),
        })
    })
}

/// Imports the sheets into the site: see the module documentation.
pub fn import(opts: &Options) -> Result<Report, ImportError> {
    if !opts.site.join("content").is_dir() {
        return Err(usage(ImportMessage::NoContentFolder {
            path: opts.site.display().to_string(),
        }));
    }
    let map = read_map(opts)?;
    let paths = expand(&opts.files)?;
    let mut sheets = Vec::new();
    let mut sheet_errors = Vec::new();
    for p in &paths {
        match sheet::read_sheet(opts, p, &map) {
            Ok(s) => sheets.push(s),
            Err(ImportError::Sheet(m)) => sheet_errors.extend(m),
            Err(e) => return Err(e),
        }
    }
    let loaded = crate::content::load(&opts.site);
    let Some(ledger) = loaded.ledger else {
        return Err(ImportError::Site(loaded.diagnostics));
    };
    examples::check(&ledger, &opts.site).map_err(|m| ImportError::Sheet(vec![m]))?;
    if !sheet_errors.is_empty() {
        return Err(ImportError::Sheet(sheet_errors));
    }
    // One month for all files.
    let mut period: Option<(Month, &str)> = None;
    for s in sheets.iter().filter(|s| s.needs_period) {
        let Some((p, _)) = s.period else { continue };
        match period {
            Some((q, other)) if q != p => {
                return Err(usage(ImportMessage::TwoMonths {
                    file: s.file.clone(),
                    month: p,
                    other: other.to_string(),
                    other_month: q,
                }))
            }
            _ => period = Some((p, &s.file)),
        }
    }
    let period = period.map(|(p, _)| p);
    let year = period
        .map(|p| p.year)
        .or_else(|| sheets.iter().find_map(|s| s.plan_year));
    let mut across = Across {
        seen: HashMap::new(),
        ids: matching::IdMaker::new(&ledger.projects, year),
        matched: opts.matched.iter().cloned().collect::<BTreeMap<_, _>>(),
        new_names: opts.new_names.iter().cloned().collect::<BTreeSet<_>>(),
        new_ids: Vec::new(),
        made: Vec::new(),
        inferred: Vec::new(),
        warnings: Vec::new(),
        units_seen: BTreeSet::new(),
        site: opts.site.clone(),
    };
    let mut lines = Vec::new();
    let mut bad = Vec::new();
    let mut files: Vec<write::Planned> = Vec::new();
    let mut progress = Vec::new();
    let mut taken_names: Vec<String> = Vec::new();
    // Every row's name, to tell a `--match` or `--new` that names no row.
    let mut row_names: BTreeSet<String> = BTreeSet::new();
    for s in &sheets {
        lines.extend(s.lines.iter().cloned());
        let read = rows::read(&s.grid, &s.header, &s.file, &ledger.site.categories);
        for (row, why) in &read.skipped {
            lines.push(ImportMessage::RowSkipped {
                file: s.file.clone(),
                row: *row,
                why: Box::new(why.clone()),
            });
        }
        if read.rows.is_empty() && read.bad.is_empty() {
            return Err(ImportError::Sheet(vec![ImportMessage::NoRows {
                file: s.file.clone(),
            }]));
        }
        let input = assemble::Input {
            file: &s.file,
            sheet: s.grid.sheet.as_deref(),
            header: &s.header,
            ledger: &ledger,
            units_declared: opts.site.join("content/units.yaml").is_file(),
            period: period.filter(|_| s.needs_period),
            plan_year: s.plan_year,
        };
        row_names.extend(read.rows.iter().filter_map(|r| r.name.clone()));
        let out = assemble::assemble(&input, &read.rows, &mut across);
        let mut b = read.bad;
        b.extend(out.bad);
        b.sort_by_key(|b| (b.row.is_some(), b.row, b.col.as_ref().map(|c| c.0)));
        bad.extend(b);
        lines.extend(out.notes);
        progress.extend(out.progress);
        if !out.projects.is_empty() {
            let source = source_name(s);
            let rel = free_name(&opts.site, &s.path, &mut taken_names);
            let what = ImportMessage::NewProjects {
                n: out.projects.len(),
            };
            files.push((rel, emit::projects_yaml(&source, &out.projects), what));
        }
    }
    if !bad.is_empty() {
        return Err(ImportError::Cells(lines, bad));
    }
    let mut notices = across.warnings;
    for (name, id) in &opts.matched {
        if !row_names.contains(name) {
            notices.push(ImportMessage::MatchUnused {
                name: name.clone(),
                id: id.clone(),
                quoted: format!("{name:?}"),
            });
        }
    }
    for name in &opts.new_names {
        if !row_names.contains(name) {
            notices.push(ImportMessage::NewUnused {
                name: name.clone(),
                quoted: format!("{name:?}"),
            });
        }
    }
    let mut report = Report {
        lines,
        new_ids: across.new_ids,
        inferred: across.inferred,
        notices,
        ..Report::default()
    };
    let mut replace = Vec::new();
    if let Some(p) = period.filter(|_| sheets.iter().any(|s| s.needs_period)) {
        report.missing = not_returned(&ledger, p, &across.units_seen);
        let rel = format!("content/progress/{p}.yaml");
        let exists = opts.site.join(&rel).exists();
        let (records, changes) = if exists {
            month::merge(&ledger, p, progress)
        } else {
            (progress, Vec::new())
        };
        report.changes = changes;
        let later = month::later_months(&ledger, p);
        if !report.changes.is_empty() && !later.is_empty() {
            report.notices.push(ImportMessage::LaterMonths {
                month: p,
                months: later.join(", "),
            });
        }
        if !report.changes.is_empty() && !opts.force {
            return Err(ImportError::Changes(Box::new(report)));
        }
        if exists {
            replace.push(rel.clone());
        }
        let sources: Vec<String> = sheets.iter().map(source_name).collect();
        let what = ImportMessage::ProgressOf { n: records.len() };
        files.push((
            rel,
            emit::progress_yaml(&sources.join(", "), p, &records),
            what,
        ));
    }
    write::write_checked(&opts.site, report, files, &replace)
}

/// `台账.xlsx [Sheet1]` for a file's comment line.
fn source_name(s: &sheet::Sheet) -> String {
    match &s.grid.sheet {
        Some(n) => format!("{} [{n}]", s.file),
        None => s.file.clone(),
    }
}

/// A projects file named after the spreadsheet that is not there yet
/// (`台账.yaml`, else `台账-2.yaml` …).
fn free_name(site: &Path, file: &Path, taken: &mut Vec<String>) -> String {
    let name = sheet::projects_file_name(file);
    let stem = name.trim_end_matches(".yaml").to_string();
    let mut n = 1;
    loop {
        let rel = if n == 1 {
            format!("content/projects/{name}")
        } else {
            format!("content/projects/{stem}-{n}.yaml")
        };
        if !site.join(&rel).exists() && !taken.contains(&rel) {
            taken.push(rel.clone());
            return rel;
        }
        n += 1;
    }
}

/// Departments with projects in the plan of `p`'s year and no row in the
/// files (未报送): `区商务局 (3 projects)`.
fn not_returned(
    ledger: &crate::model::Ledger,
    p: Month,
    seen: &BTreeSet<String>,
) -> Vec<ImportMessage> {
    let mut count: BTreeMap<&str, usize> = BTreeMap::new();
    for proj in &ledger.projects {
        if !proj.plans.contains_key(&p.year) {
            continue;
        }
        if let Some(u) = proj.unit.as_deref().filter(|u| !seen.contains(*u)) {
            *count.entry(u).or_default() += 1;
        }
    }
    ledger
        .units
        .iter()
        .filter_map(|u| {
            count
                .get(u.id.as_str())
                .map(|n| ImportMessage::NotReturned {
                    unit: u.name.clone(),
                    n: *n,
                })
        })
        .collect()
}
