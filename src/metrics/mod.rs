//! Placeholder until the metrics module lands.
use crate::model::Ledger;
/// Placeholder.
pub struct MonthMetrics;
/// Placeholder.
pub fn compute_all(_l: &Ledger) -> Vec<MonthMetrics> {
    Vec::new()
}
