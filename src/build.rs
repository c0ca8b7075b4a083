//! The whole pipeline, as one function that `build` and `check` share:
//! load (content, theme, assets) → metrics → plan → render → write. A build
//! writes into the output folder; a check runs the same steps and writes
//! nowhere.

use std::path::{Path, PathBuf};
use std::time::Instant;

use crate::diagnostics::{has_errors, Diagnostic, SiteMessage, Text};
use crate::plan::Plan;
use crate::progress::{CountingSink, Phase, Progress, Silent};
use crate::render::Renderer;
use crate::site::incremental::RenderCache;
use crate::site::output::{self, MemorySink, OutFile, Sink};
use crate::site::prior::Prior;
use crate::site::write::{write_site, Nowhere, Written};
use crate::trace::Trace;

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
    /// Pages (with the files beside them) whose inputs have a fingerprint,
    /// and how many of them were rendered: the others were the last build's,
    /// unchanged ([`crate::site::incremental`]).
    pub rendered: (usize, usize),
    /// Warnings found in the content.
    pub diagnostics: Vec<Diagnostic>,
}

impl From<std::io::Error> for BuildError {
    fn from(e: std::io::Error) -> BuildError {
        // The operating system's words, translated through the older catalog.
        BuildError::Io(Text::English(e.to_string()))
    }
}

/// Why a build wrote nothing.
#[derive(Debug)]
pub enum BuildError {
    /// The content has errors (all of them, with warnings).
    Content(Vec<Diagnostic>),
    /// Rendering failed (a template, a commentary expression, an asset).
    Render(Vec<Diagnostic>),
    /// The output folder is not one build may write.
    Refused(Text),
    /// Writing failed; the previous output is untouched.
    Io(Text),
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
    /// The search index's entries of the projects of the last build.
    pub search: crate::render::search::Memo,
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
/// ([`crate::site::incremental`]).
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
    // A build in a new process learns what the last build made from its
    // output folder's marker ([`crate::site::incremental`]).
    let mut own = RenderCache::default();
    let (content, search, cache) = match cache {
        Some(r) => (Some(&mut r.content), Some(&r.search), &mut r.render),
        None => (None, None, &mut own),
    };
    let start = Instant::now();
    let out = out
        .map(Path::to_path_buf)
        .unwrap_or_else(|| site.join("output"));
    let shown = out.clone();
    let out = output::check_place(site, &out).map_err(|r| BuildError::Refused(r.0))?;
    // Reading every folder of the previous output for files tongbao did not
    // write waits on the disk: it runs beside loading and rendering, and its
    // answer is awaited before anything replaces the output.
    let foreign = {
        let out = out.clone();
        std::thread::spawn(move || output::check_foreign(&out, &shown))
    };
    let mut folder = Folder {
        out,
        foreign: Some(foreign),
        cache,
    };
    let (notes, ran) = run(site, draft, progress, content, search, &mut folder);
    // The previous output is checked even when nothing is written.
    folder.foreign()?;
    let ran = ran?;
    let rendered = folder.cache.last_build();
    Ok(BuildSummary {
        rendered,
        output: folder.out,
        bulletins: ran.bulletins,
        pages: ran.written.pages,
        charts: ran.written.charts,
        files: ran.written.files,
        seconds: start.elapsed().as_secs_f64(),
        diagnostics: notes,
    })
}

/// What a check found: every diagnostic, and the counts of a site without errors.
pub struct Checked {
    /// Errors and warnings.
    pub diagnostics: Vec<Diagnostic>,
    /// Projects and months of progress, when there are no errors.
    pub counts: Option<(usize, usize)>,
}

/// Checks the site in `site` as a build would, through the same pipeline,
/// writing nothing. When the theme overrides a template, every page is
/// rendered, so that a name an override uses that its page does not have is
/// found too; with the built-in templates rendering cannot fail once the
/// commentaries are checked, and a check stops before it (a check of a large
/// site stays quick).
pub fn check(site: &Path) -> Checked {
    let (mut diagnostics, ran) = run(site, false, &Silent, None, None, &mut Nowhere);
    let counts = match ran {
        Ok(ran) => Some((ran.projects, ran.months)),
        Err(BuildError::Content(d) | BuildError::Render(d)) => {
            diagnostics.extend(d);
            None
        }
        Err(BuildError::Refused(m) | BuildError::Io(m)) => {
            diagnostics.push(Diagnostic::error(None, m));
            None
        }
    };
    crate::diagnostics::sort(&mut diagnostics);
    let counts = counts.filter(|_| !has_errors(&diagnostics));
    Checked {
        diagnostics,
        counts,
    }
}

/// Renders the whole site of `ledger` (loaded from `site`) into memory, sorted
/// by path (for tests and benchmarks).
pub fn render_to_memory(
    site: &Path,
    ledger: &crate::model::Ledger,
    metrics: &[crate::metrics::MonthMetrics],
) -> Result<Vec<OutFile>, Vec<Diagnostic>> {
    let (theme, assets) = load_theme_and_assets(site, ledger)?;
    let renderer = Renderer::new(ledger, metrics, theme, &assets);
    let plan = plan_of(ledger, metrics, &renderer, false);
    let sink = MemorySink::default();
    write_site(&plan.pages, |p| renderer.render(&plan, p), &sink, None)?;
    Ok(sink.into_files())
}

/// What a run made, besides its diagnostics.
struct Ran {
    bulletins: usize,
    projects: usize,
    months: usize,
    written: Written,
}

/// Renders every page into the sink it is given (with a preview's cache).
type RenderInto<'r> =
    dyn Fn(&dyn Sink, Option<&RenderCache>) -> Result<Written, Vec<Diagnostic>> + 'r;

/// Where a run's pages go: the output folder, or nowhere (a check).
trait Destination {
    /// Whether the pages' fingerprints are wanted (a preview's cache).
    fn caches(&self) -> bool;
    /// Whether the pages are kept (else they are rendered only where
    /// rendering can fail).
    fn keeps(&self) -> bool;
    /// What the previous output offers to reuse (its PDF, Word and Excel files).
    fn prior(&self) -> Prior {
        Prior::none()
    }
    /// Writes the site: `render` renders every page into the sink it is given.
    fn write(
        &mut self,
        progress: &dyn Progress,
        render: &RenderInto,
    ) -> Result<Written, BuildError>;
}

/// The pipeline: loads the site (content, theme, assets), computes the
/// figures, plans the pages and renders them into `dest`. Returns what it
/// noticed on the way (the content's and commentaries' warnings) and what it
/// made, or why it stopped. A preview passes what it keeps between builds:
/// the parsed `content` files and the `search` index entries of projects.
fn run(
    site: &Path,
    draft: bool,
    progress: &dyn Progress,
    content: Option<&mut crate::content::Cache>,
    search: Option<&crate::render::search::Memo>,
    dest: &mut dyn Destination,
) -> (Vec<Diagnostic>, Result<Ran, BuildError>) {
    let trace = Trace::new();
    progress.phase(Phase::Load);
    let loaded = match content {
        Some(c) => crate::content::load_cached(site, c),
        None => crate::content::load(site),
    };
    trace.phase("load");
    let Some(mut ledger) = loaded.ledger else {
        return (Vec::new(), Err(BuildError::Content(loaded.diagnostics)));
    };
    let mut notes = loaded.diagnostics;
    ledger.site.draft = draft;
    let ledger = ledger;
    progress.phase(Phase::Metrics);
    let metrics = crate::metrics::compute_all(&ledger);
    trace.phase("metrics");
    // Every commentary's figures (errors stop the build; warnings are told),
    // the theme and the assets, all before anything is rendered.
    let mut errors = Vec::new();
    let ctx = crate::render::view::Ctx::new(&ledger, &metrics);
    if !ledger.bulletins.is_empty() {
        let (e, w): (Vec<_>, Vec<_>) = crate::render::commentary::check(&ctx)
            .into_iter()
            .partition(Diagnostic::is_error);
        errors.extend(e);
        notes.extend(w);
        crate::diagnostics::sort(&mut notes);
    }
    #[cfg(feature = "paper")]
    if ledger.site.paper && !metrics.is_empty() && !crate::paper::fonts::system().has_chinese() {
        notes.push(
            Diagnostic::warning(None, SiteMessage::NoChineseFont)
                .hint(SiteMessage::NoChineseFontHint),
        );
    }
    let loaded = load_theme_and_assets(site, &ledger);
    trace.phase("theme and assets");
    let (theme, assets) = match loaded {
        Ok(x) if errors.is_empty() => x,
        Ok(_) => return (notes, Err(BuildError::Render(errors))),
        Err(e) => {
            errors.extend(e);
            crate::diagnostics::sort(&mut errors);
            return (notes, Err(BuildError::Render(errors)));
        }
    };
    let prior = dest.prior();
    trace.phase("previous files to reuse");
    let renderer = Renderer::with_ctx(ctx, theme, &assets)
        .reusing(&prior)
        .remembering(search);
    let plan = plan_of(&ledger, &metrics, &renderer, dest.caches());
    trace.phase("plan");
    progress.phase(Phase::Write {
        expected: plan.expected_files(),
    });
    let written = if dest.keeps() || renderer.overrides_templates() {
        dest.write(progress, &|sink, cache| {
            write_site(&plan.pages, |p| renderer.render(&plan, p), sink, cache)
        })
    } else {
        Ok(Written::default())
    };
    trace.phase("render and write");
    let ran = written.map(|written| Ran {
        bulletins: metrics.len(),
        projects: ledger.projects.len(),
        months: ledger.months.len(),
        written,
    });
    drop(plan);
    drop(renderer);
    drop(metrics);
    drop_aside(ledger);
    (notes, ran)
}

/// Frees `big` (the ledger: a million small allocations at 10,000 projects) on a thread of its own, so that the build is done, and
/// the preview shows it, without waiting for that; a command that ends right
/// after does not wait for it either.
fn drop_aside<T: Send + 'static>(big: T) {
    if let Err(e) = std::thread::Builder::new().spawn(move || drop(big)) {
        // No thread to spare: the value was dropped with the error.
        drop(e);
    }
}

/// The plan of the site, with fingerprints when `fingerprints`.
fn plan_of<'a>(
    ledger: &'a crate::model::Ledger,
    metrics: &[crate::metrics::MonthMetrics],
    renderer: &'a Renderer,
    fingerprints: bool,
) -> Plan<'a> {
    let statics = renderer.statics().iter().map(|(name, _)| name.as_str());
    let theme = fingerprints.then(|| renderer.theme_fingerprint());
    Plan::new(ledger, metrics, statics, theme)
}

/// Reads and compiles the site's theme, and reads its assets.
fn load_theme_and_assets(
    site: &Path,
    ledger: &crate::model::Ledger,
) -> Result<
    (
        crate::render::theme::Theme,
        Vec<crate::content::files::Asset>,
    ),
    Vec<Diagnostic>,
> {
    let theme = crate::content::files::read_theme(site, ledger.site.theme.as_deref())
        .and_then(crate::render::theme::compile);
    let assets = crate::content::files::read_assets(site, &ledger.assets);
    match (theme, assets) {
        (Ok(t), Ok(a)) => Ok((t, a)),
        (t, a) => Err(t.err().into_iter().chain(a.err()).flatten().collect()),
    }
}

/// A check writes nowhere (and renders every page all the same).
impl Destination for Nowhere {
    fn caches(&self) -> bool {
        false
    }

    fn keeps(&self) -> bool {
        false
    }

    fn write(
        &mut self,
        _progress: &dyn Progress,
        render: &RenderInto,
    ) -> Result<Written, BuildError> {
        render(&Nowhere, None).map_err(BuildError::Render)
    }
}

/// The output folder a build replaces, atomically.
struct Folder<'c> {
    /// The folder, absolute.
    out: PathBuf,
    /// Whether the previous output holds files tongbao did not write (checked
    /// beside loading and rendering; awaited once).
    foreign: Option<std::thread::JoinHandle<Result<(), output::Refused>>>,
    /// What the last builds made (a preview's memory of its builds, or what
    /// this build learns from the output folder's marker).
    cache: &'c mut RenderCache,
}

impl Folder<'_> {
    /// Awaits the check of the previous output (once; later calls pass).
    fn foreign(&mut self) -> Result<(), BuildError> {
        match self.foreign.take() {
            Some(f) => f
                .join()
                .unwrap_or_else(|_| Err(output::Refused(SiteMessage::OutputCheckFailed.into())))
                .map_err(|r| BuildError::Refused(r.0)),
            None => Ok(()),
        }
    }
}

impl Destination for Folder<'_> {
    fn caches(&self) -> bool {
        true
    }

    fn prior(&self) -> Prior {
        Prior::read(&self.out, &["pdf", "docx", "xlsx"])
    }

    fn keeps(&self) -> bool {
        true
    }

    fn write(
        &mut self,
        progress: &dyn Progress,
        render: &RenderInto,
    ) -> Result<Written, BuildError> {
        let out = self.out.clone();
        let published = output::publish_marked(&out, |staging| {
            let out_marker = output::marker_id(&out);
            self.cache.learn(
                out_marker,
                || crate::site::manifest::listed_pages(&out),
                staging.spare_id(),
                staging.spare_pages(),
            );
            self.cache.begin(&out, out_marker, staging.spare_id());
            let sink = CountingSink::new(staging, progress);
            let written = render(&sink, Some(&*self.cache));
            self.foreign()?;
            let written = written.map_err(BuildError::Render)?;
            staging.set_pages(self.cache.pages_text());
            progress.phase(Phase::Publish);
            Ok::<_, BuildError>(written)
        });
        match published {
            Ok((written, marker)) => {
                self.cache.commit(marker);
                Ok(written)
            }
            Err(e) => {
                self.cache.abort();
                // A write error names the folder it happened in (a read-only or
                // full file system says nothing of where on its own).
                Err(match e {
                    BuildError::Io(err) => BuildError::Io(
                        SiteMessage::CannotWriteSite {
                            folder: out.display().to_string(),
                            err,
                        }
                        .into(),
                    ),
                    other => other,
                })
            }
        }
    }
}
