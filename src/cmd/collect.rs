//! `tongbao collect YYYY-MM [SITE] [--out DIR] [--deadline YYYY-MM-DD] [--force]`:
//! the month's fill-in workbooks, one per department (see [`crate::collect`]).
//!
//! Every workbook is made in memory before any is written, each is written to
//! a temporary file and renamed into place, and a failure removes what this run
//! wrote: all the workbooks or none. An existing workbook is never overwritten
//! without `--force`: a department may already have filled it in.

use std::path::{Path, PathBuf};

use super::{print_diagnostics, say, UsageError, EXIT_CONTENT, EXIT_USAGE};
use crate::collect::workbook::{to_xlsx, Info};
use crate::collect::{file_names, plan};
use crate::diagnostics::{lang, Message, Text};
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
pub fn parse_date(text: &str) -> Result<Date, UsageError> {
    Date::parse(text).ok_or_else(|| {
        UsageError(Message::NotADate {
            text: text.to_string(),
        })
    })
}

/// Prints one line of the outcome on standard output, in the run's language.
fn tell(text: Message) {
    outln!("{}", say::line(text, lang::current()));
}

/// Prints an error on standard error, in the run's language.
fn fail(text: impl Into<Text>) {
    errln!("{}", say::error(text, lang::current()));
}

/// Writes the workbooks; returns the exit status (0; 1 when the site has errors
/// or writing fails; 2 when the month has nothing to collect or a workbook exists).
pub fn run(opts: &Options) -> u8 {
    let month = opts.month;
    let loaded = crate::content::load(&opts.site);
    let Some(ledger) = loaded.ledger else {
        print_diagnostics(&loaded.diagnostics);
        fail(Message::CollectNeedsGoodSite);
        return EXIT_CONTENT;
    };
    let sheets = plan(&ledger, month);
    if sheets.is_empty() {
        fail(Message::CollectNothing {
            month: month.to_string(),
            year: month.year,
        });
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
        fail(Message::CollectExists {
            files: existing.join(", "),
        });
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
                fail(Message::CollectCannotMake {
                    unit: s.name.to_string(),
                    err: Text::English(e.to_string()),
                });
                return EXIT_CONTENT;
            }
        }
    }
    if let Err(e) = write_all(&dir, &paths, &books) {
        fail(e);
        return EXIT_CONTENT;
    }
    for ((s, p), n) in sheets.iter().zip(&paths).zip(&names) {
        tell(Message::CollectWrote {
            path: p.display().to_string(),
            projects: s.rows.len(),
        });
        if s.unit.is_none() {
            tell(Message::CollectNoUnit {
                projects: s.rows.len(),
                file: n.to_string(),
            });
        }
    }
    let idle: Vec<&str> = ledger
        .units
        .iter()
        .filter(|u| !sheets.iter().any(|s| s.unit == Some(u.id.as_str())))
        .map(|u| u.name.as_str())
        .collect();
    if !idle.is_empty() {
        tell(Message::CollectIdle {
            units: idle.join(", "),
            month: month.to_string(),
        });
    }
    let progress = format!("content/progress/{month}.yaml");
    if opts.site.join(&progress).exists() {
        tell(Message::CollectProgressExists { file: progress });
    }
    tell(Message::CollectNext {
        site: opts.site.display().to_string(),
    });
    0
}

/// Writes each workbook to a temporary file beside its place, then renames them
/// all into place; on any failure removes what it wrote.
fn write_all(dir: &Path, paths: &[PathBuf], books: &[Vec<u8>]) -> Result<(), Message> {
    let cannot_write = |path: &Path, e: std::io::Error| Message::CannotWrite {
        path: path.display().to_string(),
        err: say::os(&e),
    };
    std::fs::create_dir_all(dir).map_err(|e| Message::CannotCreateFolder {
        path: dir.display().to_string(),
        err: say::os(&e),
    })?;
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
            return Err(cannot_write(part, e));
        }
    }
    for (i, (part, path)) in parts.iter().zip(paths).enumerate() {
        if let Err(e) = std::fs::rename(part, path) {
            remove(&parts[i..]);
            remove(&paths[..i]);
            return Err(cannot_write(path, e));
        }
    }
    Ok(())
}
