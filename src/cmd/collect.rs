//! `tongbao collect YYYY-MM [SITE] [--out DIR] [--deadline YYYY-MM-DD] [--force]`:
//! the month's fill-in workbooks, one per department (see [`crate::collect`]).
//!
//! Every workbook is made in memory before any is written, each is written to
//! a temporary file and renamed into place, and a failure removes what this run
//! wrote: all the workbooks or none. An existing workbook is never overwritten
//! without `--force`: a department may already have filled it in.

use std::path::{Path, PathBuf};

use super::{print_diagnostics, say, EXIT_CONTENT, EXIT_USAGE};
use crate::collect::workbook::{to_xlsx, Info};
use crate::collect::{file_names, plan};
use crate::diagnostics::{lang, translate};
use crate::model::{Date, Month};

/// What to collect and where.
#[derive(Clone, Debug)]
pub struct Options {
    /// The month to report.
    pub month: Month,
    /// The site folder.
    pub site: PathBuf,
    /// The folder for the workbooks (default: SITE/collect/YYYY-MM).
    pub out: Option<PathBuf>,
    /// The day the workbooks are due back (default: the 5th of the next month).
    pub deadline: Option<Date>,
    /// Overwrite existing workbooks.
    pub force: bool,
}

/// Reads `--deadline` (`2026-11-05`).
pub fn parse_date(text: &str) -> Result<Date, String> {
    Date::parse(text)
        .ok_or_else(|| format!("`{text}` is not a date: write YYYY-MM-DD, e.g. 2026-11-05"))
}

/// Prints one line of the outcome on standard output, translated.
fn tell(text: &str) {
    outln!("{}", translate(text, lang::current()));
}

/// Prints an error on standard error, translated.
fn fail(text: &str) {
    errln!("{}", say::error(text, lang::current()));
}

/// Writes the workbooks; returns the exit status (0; 1 when the site has errors
/// or writing fails; 2 when the month has nothing to collect or a workbook exists).
pub fn run(opts: &Options) -> u8 {
    let month = opts.month;
    let loaded = crate::content::load(&opts.site);
    let Some(ledger) = loaded.ledger else {
        print_diagnostics(&loaded.diagnostics);
        fail(
            "`tongbao collect` needs a site without errors: fix the errors above, then run it again",
        );
        return EXIT_CONTENT;
    };
    let sheets = plan(&ledger, month);
    if sheets.is_empty() {
        fail(&format!(
            "nothing to collect for {month}: no project has a plan for {} that is not yet 竣工 or 投产; add the year's plans to the projects in content/projects/ (plans: {}: amount), or choose another month",
            month.year, month.year
        ));
        return EXIT_USAGE;
    }
    let dir = opts
        .out
        .clone()
        .unwrap_or_else(|| opts.site.join("collect").join(month.to_string()));
    let names = file_names(&sheets);
    let paths: Vec<PathBuf> = names.iter().map(|n| dir.join(n)).collect();
    let existing: Vec<String> = paths
        .iter()
        .filter(|p| p.exists())
        .map(|p| p.display().to_string())
        .collect();
    if !existing.is_empty() && !opts.force {
        fail(&format!(
            "{} already exist(s): `tongbao collect` does not overwrite workbooks, which a department may have filled in; move them away, or pass --force to write them again",
            existing.join(", ")
        ));
        return EXIT_USAGE;
    }
    let next = month.next();
    let info = Info {
        month,
        deadline: opts.deadline.unwrap_or(Date {
            year: next.year,
            month: next.month,
            day: 5,
        }),
        publisher: ledger.site.publisher.clone(),
    };
    let mut books = Vec::with_capacity(sheets.len());
    for s in &sheets {
        match to_xlsx(s, &info) {
            Ok(b) => books.push(b),
            Err(e) => {
                fail(&format!("cannot make the workbook of {}: {e}", s.name));
                return EXIT_CONTENT;
            }
        }
    }
    if let Err(e) = write_all(&dir, &paths, &books) {
        fail(&e);
        return EXIT_CONTENT;
    }
    for ((s, p), n) in sheets.iter().zip(&paths).zip(&names) {
        tell(&format!(
            "wrote {} ({} project(s))",
            p.display(),
            s.rows.len()
        ));
        if s.unit.is_none() {
            tell(&format!(
                "{} project(s) have no 责任单位 and are in {n}: set their `unit` in content/projects/, or fill it in the office",
                s.rows.len()
            ));
        }
    }
    let idle: Vec<&str> = ledger
        .units
        .iter()
        .filter(|u| !sheets.iter().any(|s| s.unit == Some(u.id.as_str())))
        .map(|u| u.name.as_str())
        .collect();
    if !idle.is_empty() {
        tell(&format!(
            "no workbook for {}: none of their projects is due for {month}",
            idle.join(", ")
        ));
    }
    let progress = format!("content/progress/{month}.yaml");
    if opts.site.join(&progress).exists() {
        tell(&format!(
            "{progress} already exists: `tongbao import` will show what the returned workbooks change in it, and change it only with --force"
        ));
    }
    tell(&format!(
        "next: send each department its workbook; put the ones that come back filled in into one folder and read them all with `tongbao import FOLDER --into {}` (it lists the departments that have not sent theirs)",
        opts.site.display()
    ));
    0
}

/// Writes each workbook to a temporary file beside its place, then renames them
/// all into place; on any failure removes what it wrote.
fn write_all(dir: &Path, paths: &[PathBuf], books: &[Vec<u8>]) -> Result<(), String> {
    std::fs::create_dir_all(dir)
        .map_err(|e| format!("cannot create the folder {}: {e}", dir.display()))?;
    let parts: Vec<PathBuf> = paths
        .iter()
        .map(|p| {
            let name = p
                .file_name()
                .map(|n| n.to_string_lossy())
                .unwrap_or_default();
            p.with_file_name(format!(".{name}.part"))
        })
        .collect();
    let remove = |files: &[PathBuf]| {
        for f in files {
            let _ = std::fs::remove_file(f);
        }
    };
    for (i, (part, bytes)) in parts.iter().zip(books).enumerate() {
        if let Err(e) = std::fs::write(part, bytes) {
            remove(&parts[..=i]);
            return Err(format!("cannot write {}: {e}", part.display()));
        }
    }
    for (i, (part, path)) in parts.iter().zip(paths).enumerate() {
        if let Err(e) = std::fs::rename(part, path) {
            remove(&parts[i..]);
            remove(&paths[..i]);
            return Err(format!("cannot write {}: {e}", path.display()));
        }
    }
    Ok(())
}
