//! `tongbao import FILE [--into SITE] [--sheet NAME] [--map MAP.yaml] [--period YYYY-MM]`.

use super::{print_diagnostics, EXIT_CONTENT, EXIT_USAGE};
use crate::import::{import, ImportError, Options};

/// Imports a ledger sheet; prints what was read, every bad cell, what was written.
pub fn run(opts: &Options) -> u8 {
    match import(opts) {
        Ok(report) => {
            for l in &report.lines {
                eprintln!("{l}");
            }
            for w in &report.written {
                eprintln!("wrote {w}");
            }
            print_diagnostics(&report.warnings);
            if !report.written.is_empty() {
                eprintln!("the site loads without errors (as `tongbao check` sees it)");
            }
            0
        }
        Err(ImportError::Usage(msg)) => {
            eprintln!("error: {msg}");
            EXIT_USAGE
        }
        Err(ImportError::Site(diags)) => {
            print_diagnostics(&diags);
            eprintln!(
                "nothing was imported: the site has errors; fix them first (`tongbao check`)"
            );
            EXIT_CONTENT
        }
        Err(ImportError::Sheet(msg)) => {
            eprintln!("error: {msg}");
            EXIT_CONTENT
        }
        Err(ImportError::Cells(lines, bad)) => {
            for l in &lines {
                eprintln!("{l}");
            }
            for b in &bad {
                eprintln!("{b}");
            }
            eprintln!("{} bad cell(s); nothing was written", bad.len());
            EXIT_CONTENT
        }
        Err(ImportError::Written(msg, diags)) => {
            print_diagnostics(&diags);
            eprintln!("error: {msg}");
            EXIT_CONTENT
        }
    }
}
