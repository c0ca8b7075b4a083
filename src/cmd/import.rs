//! `tongbao import FILE... [--into SITE] [--sheet NAME] [--map MAP.yaml] [--period YYYY-MM]
//! [--force] [--match NAME=ID] [--new NAME]`.

use super::{print_diagnostics, EXIT_CONTENT, EXIT_USAGE};
use crate::diagnostics::lang;
use crate::import::{import, ImportError, Options, Report};

/// Prints one line in this run's language.
fn say(line: &str) {
    errln!(
        "{}",
        crate::diagnostics::terminal_safe(&crate::diagnostics::translate(line, lang::current()))
    );
}

/// Prints an error message in this run's language, `error: ` / `错误：` before it.
fn say_error(msg: &str) {
    let lang = lang::current();
    let prefix = match lang {
        crate::model::Language::En => "error: ".to_string(),
        _ => crate::diagnostics::localize("错误：", lang),
    };
    errln!(
        "{prefix}{}",
        crate::diagnostics::terminal_safe(&crate::diagnostics::translate(msg, lang))
    );
}

/// Prints a heading and its items, nothing when there are none.
fn list(heading: &str, items: &[String]) {
    if items.is_empty() {
        return;
    }
    say(heading);
    for i in items {
        errln!(
            "  {}",
            crate::diagnostics::terminal_safe(&crate::diagnostics::translate(i, lang::current()))
        );
    }
}

/// What was read and found, before anything is written.
fn print_found(r: &Report) {
    for l in &r.lines {
        say(l);
    }
    list("new projects and their ids:", &r.new_ids);
    list(
        "stages inferred (the sheet has no 项目阶段 column):",
        &r.inferred,
    );
    list("warning: figures to check:", &r.notices);
    list(
        "未报送: departments with projects in this year's plan and no row in these files:",
        &r.missing,
    );
}

/// Imports ledger sheets; prints what was read, every bad cell, what was written.
pub fn run(opts: &Options) -> u8 {
    match import(opts) {
        Ok(report) => {
            print_found(&report);
            list("replaced records of the month (--force):", &report.changes);
            for w in &report.written {
                say(&format!("wrote {w}"));
            }
            print_diagnostics(&report.warnings);
            if !report.written.is_empty() {
                say("the site loads without errors (as `tongbao check` sees it)");
            }
            0
        }
        Err(ImportError::Usage(msg)) => {
            say_error(&msg);
            EXIT_USAGE
        }
        Err(ImportError::Site(diags)) => {
            print_diagnostics(&diags);
            say("nothing was imported: the site has errors; fix them first (`tongbao check`)");
            EXIT_CONTENT
        }
        Err(ImportError::Sheet(msg)) => {
            for m in msg.lines() {
                say_error(m);
            }
            EXIT_CONTENT
        }
        Err(ImportError::Cells(lines, bad)) => {
            for l in &lines {
                say(l);
            }
            for b in &bad {
                say(&b.to_string());
            }
            say(&format!("{} bad cell(s); nothing was written", bad.len()));
            EXIT_CONTENT
        }
        Err(ImportError::Changes(report)) => {
            print_found(&report);
            list(
                "the month is already in the site; importing would change:",
                &report.changes,
            );
            say("nothing was written: check the changes above, then run the same command with --force to replace them (records of projects not in these files are kept)");
            EXIT_USAGE
        }
        Err(ImportError::Written(msg, diags)) => {
            print_diagnostics(&diags);
            say_error(&msg);
            EXIT_CONTENT
        }
    }
}
