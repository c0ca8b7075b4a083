//! `tongbao build [SITE] [--output DIR]`.

use std::path::Path;

use super::{print_diagnostics, progress, say, EXIT_CONTENT, EXIT_USAGE};
use crate::build::{build, build_with, BuildError};
use crate::diagnostics::lang;

/// Builds the site with a progress bar on a terminal; prints the diagnostics
/// grouped by file and one summary line, in the run's language.
pub fn run(site: &Path, output: Option<&Path>) -> u8 {
    let lang = lang::current();
    let bar = progress::Bar::start(lang);
    let result = match &bar {
        Some(b) => build_with(site, output, b),
        None => build(site, output),
    };
    if let Some(b) = bar {
        b.finish();
    }
    match result {
        Ok(summary) => {
            print_diagnostics(&summary.diagnostics);
            errln!("{}", say::built(&summary, lang));
            0
        }
        Err(BuildError::Content(diags) | BuildError::Render(diags)) => {
            print_diagnostics(&diags);
            errln!("{}", say::nothing_written(lang));
            EXIT_CONTENT
        }
        Err(BuildError::Refused(msg)) => {
            errln!("{}", say::error(&msg, lang));
            EXIT_USAGE
        }
        Err(BuildError::Io(msg)) => {
            errln!(
                "{}\n{}",
                say::error(&msg, lang),
                say::previous_output_kept(lang)
            );
            EXIT_CONTENT
        }
    }
}
