//! `tongbao build [SITE] [--output DIR]`.

use std::path::Path;

use super::{print_diagnostics, EXIT_CONTENT, EXIT_USAGE};
use crate::build::{build, BuildError};

/// Builds the site; prints diagnostics and a summary line.
pub fn run(site: &Path, output: Option<&Path>) -> u8 {
    match build(site, output) {
        Ok(summary) => {
            print_diagnostics(&summary.diagnostics);
            eprintln!(
                "built {} bulletins, {} pages, {} charts, {} files into {} in {:.2}s",
                summary.bulletins,
                summary.pages,
                summary.charts,
                summary.files,
                summary.output.display(),
                summary.seconds
            );
            0
        }
        Err(BuildError::Content(diags)) => {
            print_diagnostics(&diags);
            eprintln!("nothing was written (the previous output was left as it was): fix the errors above and build again");
            EXIT_CONTENT
        }
        Err(BuildError::Refused(msg)) => {
            eprintln!("error: {msg}");
            EXIT_USAGE
        }
        Err(BuildError::Render(diags)) => {
            print_diagnostics(&diags);
            eprintln!("nothing was written (the previous output was left as it was): fix the errors above and build again");
            EXIT_CONTENT
        }
        Err(BuildError::Io(msg)) => {
            eprintln!("error: {msg}\nthe previous output was left as it was");
            EXIT_CONTENT
        }
    }
}
