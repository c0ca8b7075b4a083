//! `tongbao check [SITE] [--format json]`: everything a build would find wrong,
//! without writing anything.

use std::path::Path;

use super::{print_diagnostics, say, EXIT_CONTENT};
use crate::diagnostics::{has_errors, lang, report, Diagnostic};
use crate::model::Ledger;

/// How `check` prints what it found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Grouped by file, with a count and a summary line, on standard error.
    Text,
    /// One JSON document on standard output, nothing else (for editors and scripts).
    Json,
}

/// What a check found: every diagnostic, and the counts of a site without errors.
pub struct Checked {
    /// Errors and warnings.
    pub diagnostics: Vec<Diagnostic>,
    /// Projects and months of progress, when there are no errors.
    pub counts: Option<(usize, usize)>,
}

/// Checks the site in `site` as a build would: the content, then, when it
/// loads, the theme's templates and every commentary's figures. Nothing is
/// rendered or written, so a check takes a fraction of a build.
pub fn check(site: &Path) -> Checked {
    let loaded = crate::content::load(site);
    let mut diagnostics = loaded.diagnostics;
    let Some(ledger) = loaded.ledger else {
        return Checked {
            diagnostics,
            counts: None,
        };
    };
    diagnostics.extend(render_checks(site, &ledger));
    crate::diagnostics::sort(&mut diagnostics);
    let counts =
        (!has_errors(&diagnostics)).then_some((ledger.projects.len(), ledger.months.len()));
    Checked {
        diagnostics,
        counts,
    }
}

/// What only rendering would find: a theme that does not compile, a figure in
/// a commentary that does not exist (or has no data this month: a warning), a
/// 【待填写】 marker left in a commentary.
fn render_checks(site: &Path, ledger: &Ledger) -> Vec<Diagnostic> {
    let mut diags = Vec::new();
    if let Err(d) = crate::render::theme::load(site, ledger.site.theme.as_deref()) {
        diags.extend(d);
    }
    if !ledger.bulletins.is_empty() {
        let metrics = crate::metrics::compute_all(ledger);
        diags.extend(crate::render::commentary::check_all(ledger, &metrics));
    }
    diags
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
