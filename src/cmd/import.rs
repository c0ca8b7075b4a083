//! `tongbao import FILE [--into SITE] [--sheet NAME] [--map MAP.yaml] [--period YYYY-MM]`.

use super::{print_diagnostics, EXIT_CONTENT, EXIT_USAGE};
use crate::import::{import, ImportError, Options};

/// Imports a ledger sheet; prints what was read, every bad cell, what was written.
pub fn run(opts: &Options) -> u8 {
    match import(opts) {
        Ok(report) => {
            for l in &report.lines {
                errln!("{l}");
            }
            for w in &report.written {
                errln!("wrote {w}");
            }
            print_diagnostics(&report.warnings);
            if !report.written.is_empty() {
                errln!("the site loads without errors (as `tongbao check` sees it)");
            }
            0
        }
        Err(ImportError::Usage(msg)) => {
            errln!("error: {msg}");
            EXIT_USAGE
        }
        Err(ImportError::Site(diags)) => {
            print_diagnostics(&diags);
            errln!("nothing was imported: the site has errors; fix them first (`tongbao check`)");
            EXIT_CONTENT
        }
        Err(ImportError::Sheet(msg)) => {
            errln!("error: {msg}");
            EXIT_CONTENT
        }
        Err(ImportError::Cells(lines, bad)) => {
            for l in &lines {
                errln!("{l}");
            }
            for b in &bad {
                errln!("{b}");
            }
            errln!("{} bad cell(s); nothing was written", bad.len());
            EXIT_CONTENT
        }
        Err(ImportError::Written(msg, diags)) => {
            print_diagnostics(&diags);
            errln!("error: {msg}");
            EXIT_CONTENT
        }
    }
}
