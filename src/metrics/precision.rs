//! How many decimals rates carry when serialized: [`RATE_DECIMALS`] for metrics.json,
//! more for callers (commentary expressions) that round the value again and must
//! round the true rate, not an already rounded one.

use std::cell::Cell;

/// Decimals of rates in metrics.json (`0.6133`).
pub const RATE_DECIMALS: u32 = 4;

thread_local! {
    /// Decimals of rates serialized on this thread.
    static DECIMALS: Cell<u32> = const { Cell::new(RATE_DECIMALS) };
    /// Whether a month serialized on this thread leaves out its project rows.
    static NO_ROWS: Cell<bool> = const { Cell::new(false) };
}

/// Whether the serialization running on this thread leaves out a month's
/// project rows (`skip_serializing_if` of `MonthMetrics::projects`); the
/// argument is the rows, unused.
pub(crate) fn leaving_out_rows<T>(_rows: &T) -> bool {
    NO_ROWS.with(Cell::get)
}

/// Runs `f` (typically `serde_json::to_value(&metrics)`) with the months'
/// project rows left out, on this thread only: the context of a commentary
/// that names no project row need not copy 10,000 of them.
pub fn without_project_rows<T>(f: impl FnOnce() -> T) -> T {
    struct Back(bool);
    impl Drop for Back {
        fn drop(&mut self) {
            NO_ROWS.with(|r| r.set(self.0));
        }
    }
    let _back = Back(NO_ROWS.with(|r| r.replace(true)));
    f()
}

/// Decimals of rates in the serialization now running on this thread.
pub(crate) fn rate_decimals() -> u32 {
    DECIMALS.with(Cell::get)
}

/// Restores the previous decimals when dropped, also on a panic.
struct Restore(u32);

impl Drop for Restore {
    fn drop(&mut self) {
        DECIMALS.with(|d| d.set(self.0));
    }
}

/// Runs `f` (typically `serde_json::to_value(&metrics)`) with rates serialized to
/// `places` decimals instead of [`RATE_DECIMALS`], on this thread only; e.g. 12 for
/// the context of commentary expressions, so that `pct` rounds the true rate once.
pub fn with_rate_decimals<T>(places: u32, f: impl FnOnce() -> T) -> T {
    let _restore = Restore(DECIMALS.with(|d| d.replace(places)));
    f()
}
