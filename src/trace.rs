//! Phase timings for profiling: what each stage of a build took.

use std::time::Instant;

/// Phase timings on standard error when `TONGBAO_TRACE` is set (for profiling):
/// wall time, and on Linux the user and system CPU time of the phase and the
/// peak memory so far.
pub struct Trace {
    on: bool,
    last: std::cell::Cell<(Instant, [f64; 2])>,
}

impl Trace {
    /// A trace that prints when `TONGBAO_TRACE` is set, starting now.
    pub fn new() -> Trace {
        Trace {
            on: std::env::var_os("TONGBAO_TRACE").is_some(),
            last: std::cell::Cell::new((Instant::now(), cpu_seconds())),
        }
    }

    /// Prints the time since the last phase (or the start) under `name`.
    pub fn phase(&self, name: &str) {
        if self.on {
            let now = (Instant::now(), cpu_seconds());
            let (then, cpu) = self.last.get();
            use std::io::Write as _;
            let _ = writeln!(
                std::io::stderr().lock(),
                "trace: {name} {:.3}s (user {:.2}s, sys {:.2}s, memory {} MiB, peak {} MiB)",
                (now.0 - then).as_secs_f64(),
                now.1[0] - cpu[0],
                now.1[1] - cpu[1],
                status_mib("VmRSS:"),
                status_mib("VmHWM:")
            );
            self.last.set(now);
        }
    }
}

impl Default for Trace {
    fn default() -> Trace {
        Trace::new()
    }
}

/// The process's resident memory in MiB as /proc/self/status gives it under
/// `field` (`VmRSS:` now, `VmHWM:` at its peak so far); zero where there is no
/// such file.
fn status_mib(field: &str) -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix(field))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        })
        .map_or(0, |kb| kb / 1024)
}

/// The process's user and system CPU seconds so far (zero where
/// /proc/self/stat is not there); clock ticks are taken as 100 a second, as on
/// every Linux this runs on.
fn cpu_seconds() -> [f64; 2] {
    let Ok(stat) = std::fs::read_to_string("/proc/self/stat") else {
        return [0.0; 2];
    };
    // Fields after the command name (which is in parentheses and may hold spaces).
    let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let field = |i: usize| {
        rest.split_whitespace()
            .nth(i)
            .and_then(|v| v.parse::<f64>().ok())
            .unwrap_or(0.0)
            / 100.0
    };
    // utime and stime are fields 14 and 15 of the line, 12 and 13 after the name.
    [field(11), field(12)]
}
