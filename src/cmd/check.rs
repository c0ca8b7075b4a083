//! `tongbao check [SITE] [--format json]`: everything a build would find wrong,
//! without writing anything.

use std::path::Path;

use super::{print_diagnostics, say, EXIT_CONTENT};
use crate::build::check;
use crate::diagnostics::{lang, report};

/// How `check` prints what it found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Grouped by file, with a count and a summary line, on standard error.
    Text,
    /// One JSON document on standard output, nothing else (for editors and scripts).
    Json,
}

/// Checks the site and prints what it found; 1 when there are errors.
pub fn run(site: &Path, format: Format) -> u8 {
    let lang = lang::current();
    let checked = check(site);
    match format {
        Format::Json => outln!("{}", report::json(&checked.diagnostics, lang)),
        Format::Text => {
            print_diagnostics(&checked.diagnostics);
            if let Some((projects, months)) = checked.counts {
                errln!("{}", say::check_ok(projects, months, lang));
            }
        }
    }
    match checked.counts {
        Some(_) => 0,
        None => EXIT_CONTENT,
    }
}
