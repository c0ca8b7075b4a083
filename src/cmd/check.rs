//! `tongbao check [SITE]`: validate only; write nothing.

use std::path::Path;

use super::{print_diagnostics, EXIT_CONTENT};

/// Loads and checks the site, prints every diagnostic; 1 when there are errors.
pub fn run(site: &Path) -> u8 {
    let loaded = crate::content::load(site);
    print_diagnostics(&loaded.diagnostics);
    match loaded.ledger {
        Some(ledger) => {
            eprintln!(
                "ok: {} projects, {} months of progress",
                ledger.projects.len(),
                ledger.months.len()
            );
            0
        }
        None => EXIT_CONTENT,
    }
}
