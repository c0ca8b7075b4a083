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
use super::{print_diagnostics, EXIT_CONTENT, EXIT_USAGE};
use crate::content::FileKind;
use crate::diagnostics::lang;
use crate::model::Month;

/// Reads the month argument (`2026-10`) for clap; a bad month is a usage error.
pub fn parse_month(text: &str) -> Result<Month, String> {
    Month::parse(text)
        .ok_or_else(|| format!("`{text}` is not a month; write it as YYYY-MM, e.g. 2026-10"))
}

/// Writes `content/progress/MONTH.yaml` and `content/bulletins/MONTH.md` in `site`.
/// Returns 0; 1 when the site has errors or a file cannot be written; 2 when a
/// file exists or the month is not the expected one (without `force`).
pub fn run(month: Month, site: &Path, force: bool) -> u8 {
    let loaded = crate::content::load(site);
    let Some(ledger) = loaded.ledger else {
        print_diagnostics(&loaded.diagnostics);
        errln!("tongbao new needs a site without errors: fix the errors above, then run it again");
        return EXIT_CONTENT;
    };
    let progress_rel = format!("content/progress/{month}.yaml");
    let bulletin_rel = format!("content/bulletins/{month}.md");
    for rel in [&progress_rel, &bulletin_rel] {
        if site.join(rel).exists() {
            errln!("error: {rel} already exists; tongbao new never overwrites a file (not even with --force).\nedit it, or move it away first if you want a fresh one");
            return EXIT_USAGE;
        }
    }
    if let Some(&latest) = ledger.months.last() {
        let expected = latest.next();
        if month != expected && !force {
            errln!(
                "error: the next month is {expected}: the latest progress file is content/progress/{latest}.yaml.\nrun `tongbao new {expected}`, or add --force to write {month} anyway"
            );
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
        errln!("{}", super::say::nothing_written(lang::current()));
        return EXIT_CONTENT;
    }
    let progress_path = site.join(&progress_rel);
    if let Err(e) = write_new(&progress_path, &progress) {
        errln!("error: cannot write {}: {e}", progress_path.display());
        return EXIT_CONTENT;
    }
    let bulletin_path = site.join(&bulletin_rel);
    if let Err(e) = write_new(&bulletin_path, &bulletin) {
        errln!("error: cannot write {}: {e}", bulletin_path.display());
        // Leave the site as it was: both files or neither.
        if let Err(e) = std::fs::remove_file(&progress_path) {
            errln!("error: cannot remove {}: {e}", progress_path.display());
        }
        return EXIT_CONTENT;
    }
    let rows = carried(&ledger, month);
    outln!(
        "created {progress_rel}: {} projects, stages carried forward, invested 0",
        rows.len()
    );
    outln!("created {bulletin_rel}: the commentary skeleton");
    let site_arg = if site == Path::new(".") {
        String::new()
    } else {
        format!(" {}", site.display())
    };
    outln!(
        "\nnext:\n  1. fill in `invested` (万元, this month only), stages, notes and funds in {progress_rel}\n  2. rewrite the commentary in {bulletin_rel} (the 【待填写】 parts)\n  3. tongbao check{site_arg}\n  4. tongbao build{site_arg}\nuntil filled in, {month} counts as a month with no investment"
    );
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
