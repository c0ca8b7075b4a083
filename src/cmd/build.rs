//! `tongbao build [SITE] [--output DIR]`.

use std::path::Path;

use super::{print_diagnostics, progress, say, EXIT_CONTENT, EXIT_USAGE};
use crate::build::{build_as, BuildError};
use crate::diagnostics::lang;
use crate::progress::Silent;

/// Builds the site with a progress bar on a terminal; prints the diagnostics
/// grouped by file and one summary line, in the run's language.
/// With `draft`, 【待填写】 markers are warnings and the pages are marked 草稿.
pub fn run(site: &Path, output: Option<&Path>, draft: bool) -> u8 {
    let lang = lang::current();
    let bar = progress::Bar::start(lang);
    let result = match &bar {
        Some(b) => build_as(site, output, b, None, draft),
        None => build_as(site, output, &Silent, None, draft),
    };
    if let Some(b) = bar {
        b.finish();
    }
    match result {
        Ok(summary) => {
            print_diagnostics(&summary.diagnostics);
            errln!("{}", say::built(&summary, lang));
            if let Some(line) = say::reused(&summary, lang) {
                errln!("{line}");
            }
            0
        }
        Err(BuildError::Content(diags) | BuildError::Render(diags)) => {
            print_diagnostics(&diags);
            errln!("{}", say::nothing_written(lang));
            EXIT_CONTENT
        }
        Err(BuildError::Refused(msg)) => {
            errln!("{}", say::error(msg, lang));
            EXIT_USAGE
        }
        Err(BuildError::Io(msg)) => {
            errln!(
                "{}\n{}",
                say::error(msg, lang),
                say::previous_output_kept(lang)
            );
            EXIT_CONTENT
        }
    }
}
