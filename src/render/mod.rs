//! Rendering: Markdown, commentary figures, the theme's templates, charts and tables.

pub mod expr;
pub mod format;
pub mod i18n;
pub mod markdown;
pub mod table;
pub mod theme;

use crate::diagnostics::Diagnostic;
use crate::metrics::MonthMetrics;
use crate::model::Ledger;
use crate::site::output::OutFile;

/// Placeholder until the pages land.
pub fn render_site(
    _s: &std::path::Path,
    _l: &Ledger,
    _m: &[MonthMetrics],
) -> Result<Vec<OutFile>, Vec<Diagnostic>> {
    Ok(Vec::new())
}
