//! The whole pipeline: load → metrics → pages → write, as one function.

use std::path::{Path, PathBuf};
use std::time::Instant;

use crate::diagnostics::Diagnostic;
use crate::progress::{expected_files, CountingSink, Phase, Progress, Silent};
use crate::render::incremental::RenderCache;
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
    build_cached(site, out, progress, None)
}

/// What a preview remembers between its builds: the parsed content files
/// ([`crate::content::Cache`]) and what each page was made from
/// ([`RenderCache`]).
#[derive(Default)]
pub struct Rebuilds {
    /// Parsed files, by path, with their length, time and bytes' hash.
    pub content: crate::content::Cache,
    /// Fingerprints and files of the pages of the last builds.
    pub render: RenderCache,
}

impl Rebuilds {
    /// Number of jobs the last successful build did, and how many it rendered.
    pub fn last_build(&self) -> (usize, usize) {
        self.render.last_build()
    }
}

/// [`build_with`], for a preview that builds again and again: `cache` knows
/// what the last builds read and wrote; only changed files are parsed, and
/// pages whose inputs did not change are kept or copied instead of rendered
/// ([`crate::render::incremental`]).
pub fn build_cached(
    site: &Path,
    out: Option<&Path>,
    progress: &dyn Progress,
    cache: Option<&mut Rebuilds>,
) -> Result<BuildSummary, BuildError> {
    build_as(site, out, progress, cache, false)
}

/// [`build_cached`], as a draft when `draft` (`tongbao build --draft`): a
/// commentary's 【待填写】 markers are warnings, not errors, and every bulletin
/// is marked 草稿.
pub fn build_as(
    site: &Path,
    out: Option<&Path>,
    progress: &dyn Progress,
    cache: Option<&mut Rebuilds>,
    draft: bool,
) -> Result<BuildSummary, BuildError> {
    let (content, mut cache) = match cache {
        Some(r) => (Some(&mut r.content), Some(&mut r.render)),
        None => (None, None),
    };
    let start = Instant::now();
    let out = out
        .map(Path::to_path_buf)
        .unwrap_or_else(|| site.join("output"));
    let trace = Trace::new();
    let shown = out.clone();
    let out = output::check_place(site, &out).map_err(|r| BuildError::Refused(r.0))?;
    // Reading every folder of the previous output for files tongbao did not
    // write waits on the disk: it runs beside loading and rendering, and its
    // answer is awaited before anything replaces the output.
    let foreign = {
        let out = out.clone();
        std::thread::spawn(move || output::check_foreign(&out, &shown))
    };
    let foreign = || {
        foreign
            .join()
            .unwrap_or_else(|_| Err(output::Refused("checking the output folder failed".into())))
            .map_err(|r| BuildError::Refused(r.0))
    };
    progress.phase(Phase::Load);
    let loaded = match content {
        Some(c) => crate::content::load_cached(site, c),
        None => crate::content::load(site),
    };
    trace.phase("load");
    let Some(mut ledger) = loaded.ledger else {
        foreign()?;
        return Err(BuildError::Content(loaded.diagnostics));
    };
    ledger.site.draft = draft;
    let ledger = ledger;
    progress.phase(Phase::Metrics);
    let metrics = crate::metrics::compute_all(&ledger);
    trace.phase("metrics");
    progress.phase(Phase::Write {
        expected: expected_files(&ledger, metrics.len()),
    });
    let published = output::publish_marked(&out, |staging| {
        if let Some(c) = cache.as_deref_mut() {
            c.begin(&out, output::marker_id(&out), staging.spare_id());
        }
        let sink = CountingSink::new(staging, progress);
        let stats =
            crate::render::render_site_cached(site, &ledger, &metrics, &sink, cache.as_deref());
        trace.phase("render");
        foreign()?;
        trace.phase("check output folder");
        let stats = stats.map_err(BuildError::Render)?;
        progress.phase(Phase::Publish);
        Ok::<_, BuildError>(stats)
    });
    let stats = match published {
        Ok((stats, marker)) => {
            if let Some(c) = cache {
                c.commit(marker);
            }
            stats
        }
        Err(e) => {
            if let Some(c) = cache {
                c.abort();
            }
            // A write error names the folder it happened in (a read-only or
            // full file system says nothing of where on its own).
            return Err(match e {
                BuildError::Io(msg) => BuildError::Io(format!(
                    "cannot write the site into {}: {msg}",
                    out.display()
                )),
                other => other,
            });
        }
    };
    trace.phase("publish");
    // The commentaries' warnings (figures without data, a draft's markers);
    // their errors stopped the build above.
    let mut diagnostics = loaded.diagnostics;
    if !ledger.bulletins.is_empty() {
        diagnostics.extend(crate::render::commentary::check_all(&ledger, &metrics));
        crate::diagnostics::sort(&mut diagnostics);
    }
    #[cfg(feature = "paper")]
    if ledger.site.paper && !metrics.is_empty() && !crate::paper::fonts::system().has_chinese() {
        diagnostics.push(
            Diagnostic::warning(
                None,
                "no font with Chinese characters on this machine: the bulletins' PDF files were not written",
            )
            .hint("install one (Debian and Ubuntu: apt-get install fonts-noto-cjk; Windows has 仿宋, 黑体 and 楷体), then build again; without `paper: true` in site.yaml neither the PDF nor the Word file is written"),
        );
    }
    Ok(BuildSummary {
        output: out,
        bulletins: metrics.len(),
        pages: stats.pages,
        charts: stats.charts,
        files: stats.files,
        seconds: start.elapsed().as_secs_f64(),
        diagnostics,
    })
}

/// Phase timings on standard error when `TONGBAO_TRACE` is set (for profiling):
/// wall time, and on Linux the user and system CPU time of the phase.
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
                "trace: {name} {:.3}s (user {:.2}s, sys {:.2}s)",
                (now.0 - then).as_secs_f64(),
                now.1[0] - cpu[0],
                now.1[1] - cpu[1]
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
