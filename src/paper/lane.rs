//! One typesetting at a time, on threads of its own.
//!
//! A bulletin of 10,000 projects is a PDF of hundreds of pages, and Typst
//! holds the whole layout in memory while it works: two or more at once
//! took 6.6 GB at 10,000 × 24. The build renders its bulletins inside
//! rayon's pool, and Typst uses rayon too (its layout runs in parallel and
//! defers work with `rayon::spawn`); a worker of the build's pool that waits
//! for Typst inside that same pool runs other jobs meanwhile — another
//! bulletin's typesetting, nested on its stack — and a plain lock around it
//! deadlocks on that nesting.
//!
//! So a typesetting holds a lock and runs on a thread that is no worker of
//! any pool (the caller blocks in the operating system, and steals nothing),
//! and that thread runs Typst inside a pool of its own (Typst's parallel
//! layout and deferred work stay there, and never wait for the build's
//! workers, who may all be blocked here).

use std::sync::{Mutex, OnceLock};

/// Why [`run`] gave no answer.
#[derive(Debug)]
pub enum LaneError {
    /// The typesetting threads could not be started (the operating system's
    /// words).
    Threads(String),
    /// The typesetting stopped on a defect (a panic inside it).
    Stopped,
}

impl std::fmt::Display for LaneError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LaneError::Threads(e) => write!(f, "cannot start the typesetting threads: {e}"),
            LaneError::Stopped => f.write_str("the typesetting stopped on a defect"),
        }
    }
}

/// Held while a typesetting runs: one at a time in the process.
static LANE: Mutex<()> = Mutex::new(());

/// The typesetting's own pool, as many threads as the build's.
fn pool() -> Result<&'static rayon::ThreadPool, LaneError> {
    static POOL: OnceLock<Result<rayon::ThreadPool, String>> = OnceLock::new();
    POOL.get_or_init(|| {
        rayon::ThreadPoolBuilder::new()
            .num_threads(rayon::current_num_threads().max(1))
            .thread_name(|i| format!("tongbao-typeset-{i}"))
            .build()
            .map_err(|e| e.to_string())
    })
    .as_ref()
    .map_err(|e| LaneError::Threads(e.clone()))
}

/// Runs `job` (a typesetting) alone, on a thread outside every pool, with
/// rayon's work inside it kept in the typesetting's own pool; waits for it.
pub fn run<R: Send>(job: impl FnOnce() -> R + Send) -> Result<R, LaneError> {
    let pool = pool()?;
    // A poisoned lock only says an earlier typesetting panicked; the lock
    // guards no data.
    let _alone = LANE.lock().unwrap_or_else(|e| e.into_inner());
    std::thread::scope(|scope| {
        std::thread::Builder::new()
            .name("tongbao-typeset".into())
            .spawn_scoped(scope, || pool.install(job))
            .map_err(|e| LaneError::Threads(e.to_string()))?
            .join()
            .map_err(|_| LaneError::Stopped)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use rayon::prelude::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    /// Jobs started from every worker of the build's pool, each using rayon
    /// inside (as Typst does), run one at a time and all finish: no nesting,
    /// no deadlock.
    #[test]
    fn one_at_a_time_from_inside_the_pool() {
        let running = AtomicUsize::new(0);
        let most = AtomicUsize::new(0);
        let sums: Vec<u64> = (0..16u64)
            .into_par_iter()
            .map(|i| {
                run(|| {
                    let now = running.fetch_add(1, Ordering::SeqCst) + 1;
                    most.fetch_max(now, Ordering::SeqCst);
                    let s = (0..10_000u64).into_par_iter().map(|x| x * i).sum::<u64>();
                    rayon::spawn(|| {});
                    running.fetch_sub(1, Ordering::SeqCst);
                    s
                })
                .unwrap()
            })
            .collect();
        assert_eq!(most.load(Ordering::SeqCst), 1);
        assert_eq!(sums[3], 3 * (0..10_000u64).sum::<u64>());
    }

    #[test]
    fn a_panic_is_an_error_and_the_lane_goes_on() {
        let r = run(|| -> u8 { panic!("defect") });
        assert!(matches!(r, Err(LaneError::Stopped)));
        assert_eq!(run(|| 7).unwrap(), 7);
    }
}
