//! `tongbao new YYYY-MM [SITE] [--force]`: next month's progress file, with
//! stages carried forward and `invested: 0` to fill in, and a commentary
//! skeleton with live figures. What goes into them is in [`super::new_files`].
//!
//! It never overwrites a file, and it writes the month after the latest
//! progress file unless `--force` says otherwise (to fill a missing month or
//! skip one). The previous month's `note` is carried as a comment above an empty
//! `note:`, not as the value: a note copied forward would be published as this
//! month's progress if nobody rewrote it, and a stale 形象进度 is worse than none.

use std::fs::OpenOptions;
use std::io::Write;
use std::path::Path;

use super::new_files::{carried, commentary_file, progress_file};
use super::{print_diagnostics, say, UsageError, EXIT_CONTENT, EXIT_USAGE};
use crate::content::FileKind;
use crate::diagnostics::{lang, Message};
use crate::model::Month;

/// Reads the month argument (`2026-10`) for clap; a bad month is a usage error.
pub fn parse_month(text: &str) -> Result<Month, UsageError> {
    Month::parse(text).ok_or_else(|| {
        UsageError(Message::NotAMonth {
            text: text.to_string(),
            example: "2026-10".into(),
        })
    })
}

/// Writes `content/progress/MONTH.yaml` and `content/bulletins/MONTH.md` in `site`.
/// Returns 0; 1 when the site has errors or a file cannot be written; 2 when a
/// file exists or the month is not the expected one (without `force`).
pub fn run(month: Month, site: &Path, force: bool) -> u8 {
    let lang = lang::current();
    let loaded = crate::content::load(site);
    let Some(ledger) = loaded.ledger else {
        print_diagnostics(&loaded.diagnostics);
        errln!("{}", say::line(Message::NewNeedsGoodSite, lang));
        return EXIT_CONTENT;
    };
    let progress_rel = format!("content/progress/{month}.yaml");
    let bulletin_rel = format!("content/bulletins/{month}.md");
    for rel in [&progress_rel, &bulletin_rel] {
        if site.join(rel).exists() {
            let msg = Message::NewFileExists { rel: rel.clone() };
            errln!("{}", say::error(msg, lang));
            return EXIT_USAGE;
        }
    }
    if let Some(&latest) = ledger.months.last() {
        let expected = latest.next();
        if month != expected && !force {
            let msg = Message::NewNotNextMonth {
                expected: expected.to_string(),
                latest: latest.to_string(),
                month: month.to_string(),
            };
            errln!("{}", say::error(msg, lang));
            return EXIT_USAGE;
        }
    }
    let progress = progress_file(&ledger, month);
    let bulletin = commentary_file(&ledger, month);
    // What is written must load: a name or note (copied into comments) that
    // could break the YAML is a defect of tongbao, never a file left for the
    // user to find. The commentary skeleton holds no text of the user's.
    let mut broken = crate::content::load_text(FileKind::Progress(month), progress.as_bytes());
    broken.retain(|d| d.is_error());
    if !broken.is_empty() {
        print_diagnostics(&broken);
        errln!("{}", say::nothing_written(lang));
        return EXIT_CONTENT;
    }
    let progress_path = site.join(&progress_rel);
    let cannot_write = |path: &Path, e: &std::io::Error| {
        let msg = Message::CannotWrite {
            path: path.display().to_string(),
            err: say::os(e),
        };
        errln!("{}", say::error(msg, lang));
    };
    if let Err(e) = write_new(&progress_path, &progress) {
        cannot_write(&progress_path, &e);
        return EXIT_CONTENT;
    }
    let bulletin_path = site.join(&bulletin_rel);
    if let Err(e) = write_new(&bulletin_path, &bulletin) {
        cannot_write(&bulletin_path, &e);
        // Leave the site as it was: both files or neither.
        if let Err(e) = std::fs::remove_file(&progress_path) {
            let msg = Message::CannotRemove {
                path: progress_path.display().to_string(),
                err: say::os(&e),
            };
            errln!("{}", say::error(msg, lang));
        }
        return EXIT_CONTENT;
    }
    let rows = carried(&ledger, month);
    let created = Message::NewCreatedProgress {
        rel: progress_rel.clone(),
        projects: rows.len(),
    };
    outln!("{}", say::line(created, lang));
    let created = Message::NewCreatedCommentary {
        rel: bulletin_rel.clone(),
    };
    outln!("{}", say::line(created, lang));
    let site_arg = if site == Path::new(".") {
        String::new()
    } else {
        format!(" {}", site.display())
    };
    let next = Message::NewNext {
        progress: progress_rel,
        bulletin: bulletin_rel,
        site: site_arg,
        month: month.to_string(),
    };
    outln!("{}", say::line(next, lang));
    0
}

/// Creates `path` (and its folder) with `text`; fails if the file exists, and
/// removes what it created when writing fails half-way.
fn write_new(path: &Path, text: &str) -> std::io::Result<()> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    let mut f = OpenOptions::new().write(true).create_new(true).open(path)?;
    f.write_all(text.as_bytes()).inspect_err(|_| {
        let _ = std::fs::remove_file(path);
    })
}
