//! The whole pipeline: load → metrics → pages → write, as one function.

use std::path::{Path, PathBuf};
use std::time::Instant;

use crate::diagnostics::Diagnostic;
use crate::progress::{expected_files, CountingSink, Phase, Progress, Silent};
use crate::site::output;

/// What a successful build did.
#[derive(Debug)]
pub struct BuildSummary {
    /// The output folder written.
    pub output: PathBuf,
    /// Number of bulletins (progress months).
    pub bulletins: usize,
    /// Number of HTML pages.
    pub pages: usize,
    /// Number of inline SVG charts.
    pub charts: usize,
    /// Number of files written.
    pub files: usize,
    /// Wall time of the build.
    pub seconds: f64,
    /// Warnings found in the content.
    pub diagnostics: Vec<Diagnostic>,
}

impl From<std::io::Error> for BuildError {
    fn from(e: std::io::Error) -> BuildError {
        BuildError::Io(e.to_string())
    }
}

/// Why a build wrote nothing.
#[derive(Debug)]
pub enum BuildError {
    /// The content has errors (all of them, with warnings).
    Content(Vec<Diagnostic>),
    /// Rendering failed (a template or a commentary expression).
    Render(Vec<Diagnostic>),
    /// The output folder is not one build may write.
    Refused(String),
    /// Writing failed; the previous output is untouched.
    Io(String),
}

/// Builds the site in `site` into `out` (default `site/output`). Nothing is written
/// unless every step succeeded; the previous output then stays as it was.
pub fn build(site: &Path, out: Option<&Path>) -> Result<BuildSummary, BuildError> {
    build_with(site, out, &Silent)
}

/// [`build`], telling `progress` what it is doing and every file it writes.
pub fn build_with(
    site: &Path,
    out: Option<&Path>,
    progress: &dyn Progress,
) -> Result<BuildSummary, BuildError> {
    let start = Instant::now();
    let out = out
        .map(Path::to_path_buf)
        .unwrap_or_else(|| site.join("output"));
    let out = output::check_output(site, &out).map_err(|r| BuildError::Refused(r.0))?;
    let trace = Trace::new();
    progress.phase(Phase::Load);
    let loaded = crate::content::load(site);
    trace.phase("load");
    let Some(ledger) = loaded.ledger else {
        return Err(BuildError::Content(loaded.diagnostics));
    };
    progress.phase(Phase::Metrics);
    let metrics = crate::metrics::compute_all(&ledger);
    trace.phase("metrics");
    progress.phase(Phase::Write {
        expected: expected_files(&ledger, metrics.len()),
    });
    let stats = output::publish_with(&out, |staging| {
        let sink = CountingSink::new(staging, progress);
        let stats = crate::render::render_site(site, &ledger, &metrics, &sink)
            .map_err(BuildError::Render)?;
        progress.phase(Phase::Publish);
        Ok::<_, BuildError>(stats)
    })?;
    trace.phase("render and write");
    Ok(BuildSummary {
        output: out,
        bulletins: metrics.len(),
        pages: stats.pages,
        charts: stats.charts,
        files: stats.files,
        seconds: start.elapsed().as_secs_f64(),
        diagnostics: loaded.diagnostics,
    })
}

/// Phase timings on standard error when `TONGBAO_TRACE` is set (for profiling).
struct Trace {
    on: bool,
    last: std::cell::Cell<Instant>,
}

impl Trace {
    fn new() -> Trace {
        Trace {
            on: std::env::var_os("TONGBAO_TRACE").is_some(),
            last: std::cell::Cell::new(Instant::now()),
        }
    }

    fn phase(&self, name: &str) {
        if self.on {
            let now = Instant::now();
            eprintln!(
                "trace: {name} {:.3}s",
                (now - self.last.get()).as_secs_f64()
            );
            self.last.set(now);
        }
    }
}
