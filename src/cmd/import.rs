//! `tongbao import FILE... [--into SITE] [--sheet NAME] [--map MAP.yaml] [--period YYYY-MM]
//! [--force] [--match NAME=ID] [--new NAME]`.

use super::{print_diagnostics, say, EXIT_CONTENT, EXIT_USAGE};
use crate::diagnostics::{lang, ImportMessage, Message, Text};
use crate::import::{import, ImportError, Options, Report};

/// Prints one line in this run's language.
fn tell(line: impl Into<Text>) {
    errln!("{}", say::line(line, lang::current()));
}

/// Prints an error message in this run's language, `error: ` / `错误：` before it.
fn tell_error(msg: impl Into<Text>) {
    errln!("{}", say::error(msg, lang::current()));
}

/// Prints a heading and its items, nothing when there are none.
fn list(heading: Message, items: &[ImportMessage]) {
    if items.is_empty() {
        return;
    }
    tell(heading);
    for i in items {
        errln!("  {}", say::line(i.clone(), lang::current()));
    }
}

/// What was read and found, before anything is written.
fn print_found(r: &Report) {
    for l in &r.lines {
        tell(l.clone());
    }
    list(Message::ImportNewIds, &r.new_ids);
    list(Message::ImportInferred, &r.inferred);
    list(Message::ImportNotices, &r.notices);
    list(Message::ImportMissing, &r.missing);
}

/// Imports ledger sheets; prints what was read, every bad cell, what was written.
pub fn run(opts: &Options) -> u8 {
    match import(opts) {
        Ok(report) => {
            print_found(&report);
            list(Message::ImportReplaced, &report.changes);
            for w in &report.written {
                tell(w.clone());
            }
            print_diagnostics(&report.warnings);
            if !report.written.is_empty() {
                tell(Message::ImportLoads);
            }
            0
        }
        Err(ImportError::Usage(msg)) => {
            tell_error(msg);
            EXIT_USAGE
        }
        Err(ImportError::Site(diags)) => {
            print_diagnostics(&diags);
            tell(Message::ImportSiteErrors);
            EXIT_CONTENT
        }
        Err(ImportError::Sheet(msg)) => {
            for m in msg {
                tell_error(m);
            }
            EXIT_CONTENT
        }
        Err(ImportError::Cells(lines, bad)) => {
            for l in lines {
                tell(l);
            }
            for b in &bad {
                tell(b.message());
            }
            tell(Message::ImportBadCells { n: bad.len() });
            EXIT_CONTENT
        }
        Err(ImportError::Changes(report)) => {
            print_found(&report);
            list(Message::ImportWouldChange, &report.changes);
            tell(Message::ImportNeedsForce);
            EXIT_USAGE
        }
        Err(ImportError::Written(msg, diags)) => {
            print_diagnostics(&diags);
            tell_error(msg);
            EXIT_CONTENT
        }
    }
}
