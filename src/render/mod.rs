//! Placeholder.
use crate::diagnostics::Diagnostic;
use crate::metrics::MonthMetrics;
use crate::model::Ledger;
use crate::site::output::OutFile;
/// Placeholder.
pub fn render_site(
    _s: &std::path::Path,
    _l: &Ledger,
    _m: &[MonthMetrics],
) -> Result<Vec<OutFile>, Vec<Diagnostic>> {
    Ok(Vec::new())
}
