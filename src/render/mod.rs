//! Rendering: every page of the site from the ledger and its metrics, through the
//! theme's templates; charts, tables with their CSV files, Markdown, figures.

pub mod breakdown;
pub mod bulletin;
pub mod commentary;
pub mod csv;
pub mod entity;
pub mod expr;
pub mod feed;
pub mod filters;
pub mod format;
pub mod html;
pub mod i18n;
pub mod incremental;
pub mod markdown;
pub mod search;
pub mod single;
pub mod summary;
pub mod table;
pub mod theme;
pub mod view;
pub mod xlsx;

use std::collections::BTreeMap;
use std::path::Path;

use rayon::prelude::*;
use serde::Serialize;

use crate::diagnostics::Diagnostic;
use crate::metrics::MonthMetrics;
use crate::model::{Ledger, Project};
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::site::output::{MemorySink, OutFile, Sink};
use crate::site::paths;
use incremental::RenderCache;
use view::{Card, Ctx};

/// The home page's view of the latest bulletin.
#[derive(Serialize)]
struct Latest {
    href: String,
    title: String,
    meta: String,
    cards: Vec<Card>,
    summary_html: String,
}

/// One archive entry.
#[derive(Serialize)]
struct ArchiveItem {
    href: String,
    title: String,
    meta: String,
}

/// One year of the archive.
#[derive(Serialize)]
struct ArchiveYear {
    year: i32,
    items: Vec<ArchiveItem>,
}

/// A grouping of projects by names: list folder, page kind, page path, names of a project.
type Grouping = (
    &'static str,
    &'static str,
    fn(&str) -> String,
    for<'p> fn(&'p Project) -> Vec<&'p str>,
);

/// A page to render. Small pages carry their context; the many pages (projects,
/// departments, groups) are built inside the parallel pass, so that only the
/// pages being rendered are in memory at once.
enum Job<'a> {
    /// A page whose context is ready.
    Ready {
        path: String,
        template: &'static str,
        context: tera::Context,
    },
    /// A project page.
    Project(&'a Project),
    /// A department page.
    Unit(&'a crate::model::Unit),
    /// A leader, category or location page.
    Group {
        kind: &'static str,
        path: String,
        name: &'a str,
        projects: Vec<&'a Project>,
    },
}

/// What rendering wrote.
#[derive(Debug, Default, Clone, Copy)]
pub struct RenderStats {
    /// HTML pages.
    pub pages: usize,
    /// Inline SVG charts in them.
    pub charts: usize,
    /// Files of every kind.
    pub files: usize,
}

/// Counts what was written, from many threads, and keeps the paths of the
/// pages (`…index.html`) for the sitemap.
#[derive(Default)]
struct Counter {
    pages: AtomicUsize,
    charts: AtomicUsize,
    files: AtomicUsize,
    page_paths: std::sync::Mutex<Vec<String>>,
}

impl Counter {
    /// Writes one file through `sink`; returns the number of charts in it.
    fn put(&self, sink: &dyn Sink, path: &str, bytes: &[u8]) -> Result<usize, Diagnostic> {
        let svgs = if path.ends_with(".html") {
            count_svgs(bytes)
        } else {
            0
        };
        sink.put(path, bytes).map_err(|e| {
            Diagnostic::error(None, format!("cannot write {path}: {e}"))
                .hint("check the free disk space and the permissions of the output folder")
        })?;
        self.count(path, svgs);
        Ok(svgs)
    }

    /// Counts a file of the site holding `svgs` charts.
    fn count(&self, path: &str, svgs: usize) {
        if path.ends_with(".html") {
            self.pages.fetch_add(1, Ordering::Relaxed);
            self.charts.fetch_add(svgs, Ordering::Relaxed);
        }
        if path == paths::INDEX || path.ends_with("/index.html") {
            if let Ok(mut p) = self.page_paths.lock() {
                p.push(path.to_string());
            }
        }
        self.files.fetch_add(1, Ordering::Relaxed);
    }

    /// Does job `key` (inputs with fingerprint `fp`, when the build has a
    /// cache): keeps or copies its files when they are known to be right, else
    /// runs `render`, which writes them through the function it is given.
    fn job(
        &self,
        sink: &dyn Sink,
        cache: Option<(&RenderCache, u64)>,
        key: &str,
        render: impl FnOnce(&dyn Fn(&str, &[u8]) -> Result<(), Diagnostic>) -> Vec<Diagnostic>,
    ) -> Vec<Diagnostic> {
        if let Some((cache, fp)) = cache {
            let reused = match cache.plan(key, fp) {
                incremental::Plan::Render => None,
                incremental::Plan::Keep(files) => files
                    .iter()
                    .all(|(f, _)| sink.keep(f).unwrap_or(false))
                    .then(|| files.to_vec()),
                incremental::Plan::Copy(files, out) => files
                    .iter()
                    .all(|(f, _)| sink.copy_from(f, &out.join(f)).unwrap_or(false))
                    .then(|| files.to_vec()),
            };
            if let Some(files) = reused {
                for (f, svgs) in &files {
                    self.count(f, *svgs);
                }
                cache.done(key, fp, files);
                return Vec::new();
            }
        }
        if let Some((cache, _)) = cache {
            cache.rendered();
        }
        let written = std::sync::Mutex::new(Vec::new());
        let put = |p: &str, b: &[u8]| {
            let svgs = self.put(sink, p, b)?;
            if let Ok(mut w) = written.lock() {
                w.push((p.to_string(), svgs));
            }
            Ok(())
        };
        let errors = render(&put);
        if let (Some((cache, fp)), true) = (cache, errors.is_empty()) {
            cache.done(key, fp, written.into_inner().unwrap_or_default());
        }
        errors
    }

    fn stats(&self) -> RenderStats {
        RenderStats {
            pages: self.pages.load(Ordering::Relaxed),
            charts: self.charts.load(Ordering::Relaxed),
            files: self.files.load(Ordering::Relaxed),
        }
    }
}

fn count_svgs(bytes: &[u8]) -> usize {
    // Pages are UTF-8 text; a byte search for the ASCII tag is exact.
    std::str::from_utf8(bytes).map_or(0, |s| s.matches("<svg").count())
}

/// Renders one page with the theme, naming the template when it fails.
fn render_page(
    theme: &theme::Theme,
    template: &str,
    path: &str,
    context: &tera::Context,
) -> Result<String, Diagnostic> {
    theme.tera.render(template, context).map_err(|e| {
        Diagnostic::error(format!("template {template}"), format!("rendering {path} failed: {}", theme::one_line(&e)))
            .hint("a theme override uses a name the page does not have; compare it with the built-in template")
    })
}

/// Renders the whole site into `sink`: every page, metrics.json and CSV file,
/// static file and asset. Pages are rendered and written in parallel as they
/// are made. Errors (a commentary figure, a template, a write) name their file;
/// on error the caller discards what was written.
pub fn render_site(
    site: &Path,
    ledger: &Ledger,
    metrics: &[MonthMetrics],
    sink: &dyn Sink,
) -> Result<RenderStats, Vec<Diagnostic>> {
    render_site_cached(site, ledger, metrics, sink, None)
}

/// [`render_site`], leaving out the pages whose inputs `cache` knows to be
/// unchanged (see [`incremental`]).
pub fn render_site_cached(
    site: &Path,
    ledger: &Ledger,
    metrics: &[MonthMetrics],
    sink: &dyn Sink,
    cache: Option<&RenderCache>,
) -> Result<RenderStats, Vec<Diagnostic>> {
    let mut theme = theme::load(site, ledger.site.theme.as_deref())?;
    let mut ctx = Ctx::new(ledger, metrics);
    ctx.native_tables = theme.native_tables();
    let ctx = ctx;
    // What every page shares goes into the templates' global context once.
    theme.tera.global_context().insert("site", &ctx.site);
    theme.tera.global_context().insert("t", &ctx.words);
    theme.tera.global_context().insert("single", &false);
    let theme = theme;
    let counter = Counter::default();
    let assets_dir = site.join("content/assets");
    let inliner = single::Inliner {
        base_url: ledger.site.base_url.as_deref(),
        statics: &theme.statics,
        assets_dir: &assets_dir,
        assets: &ledger.assets,
        photos: ledger.site.single_file_photos,
    };

    let trace = crate::build::Trace::new();
    let fps = cache.map(|_| {
        incremental::Fingerprints::new(ledger, metrics, theme.fingerprint, ctx.native_tables)
    });
    let with_fp = |fp: Option<u64>| cache.zip(fp);

    let mut jobs: Vec<Job> = Vec::new();
    // Home and archive.
    let latest = metrics.last().map(|m| Latest {
        href: paths::bulletin(m.period),
        title: bulletin::title(&ctx, m.period),
        meta: format!(
            "{} · {}",
            view::fill(ctx.w("issue_no"), bulletin::number(&ctx, m.period)),
            ctx.month_name(m.period)
        ),
        cards: bulletin::cards(&ctx, m, metrics.len().checked_sub(2).map(|j| &metrics[j]))
            .iter()
            .map(view::Card::from)
            .collect(),
        summary_html: markdown::to_html(&summary::summary(&ctx, m)),
    });
    let mut home = ctx.page_context(paths::INDEX, "latest", &latest);
    home.insert("archive", &archive_of(&ctx, ""));
    jobs.push(Job::Ready {
        path: paths::INDEX.into(),
        template: "index.html",
        context: home,
    });
    let list_path = paths::list("bulletins");
    let mut arch = ctx.page_context(&list_path, "latest", &Option::<Latest>::None);
    arch.insert("archive", &archive_of(&ctx, "../"));
    jobs.push(Job::Ready {
        path: list_path,
        template: "index.html",
        context: arch,
    });

    // Projects.
    jobs.extend(ledger.projects.iter().map(Job::Project));
    let all: Vec<&Project> = ledger.projects.iter().collect();
    let path = paths::list("projects");
    let list = entity::ListView {
        title: ctx.w("all_projects").into(),
        tables: vec![entity::project_table(
            &ctx,
            "../",
            "projects",
            ctx.w("all_projects").into(),
            &all,
        )
        .into()],
    };
    jobs.push(Job::Ready {
        context: ctx.page_context(&path, "l", &ctx.prerender(list)),
        path,
        template: "list.html",
    });

    // Departments.
    let mut per_unit: BTreeMap<&str, usize> = BTreeMap::new();
    for p in &ledger.projects {
        if let Some(u) = &p.unit {
            *per_unit.entry(u.as_str()).or_default() += 1;
        }
    }
    let items: Vec<(String, String, usize)> = ledger
        .units
        .iter()
        .map(|u| {
            (
                u.name.clone(),
                paths::unit(&u.id),
                per_unit.get(u.id.as_str()).copied().unwrap_or(0),
            )
        })
        .collect();
    jobs.extend(ledger.units.iter().map(Job::Unit));
    push_list(&ctx, &mut jobs, "units", ctx.w("units"), &items);

    // Leaders, categories, locations: pages of projects grouped by a name.
    let groupings: [Grouping; 3] = [
        ("leaders", "leader", paths::leader, |p| {
            p.leaders.iter().map(String::as_str).collect()
        }),
        ("categories", "category", paths::category, |p| {
            vec![p.category.as_str()]
        }),
        ("locations", "location", paths::location, |p| {
            p.location.as_deref().into_iter().collect()
        }),
    ];
    for (plural, kind, path_of, names_of) in groupings {
        let mut by_name: BTreeMap<&str, Vec<&Project>> = BTreeMap::new();
        if kind == "category" {
            for c in &ledger.site.categories {
                by_name.insert(c.as_str(), Vec::new());
            }
        }
        for p in &ledger.projects {
            for n in names_of(p) {
                by_name.entry(n).or_default().push(p);
            }
        }
        let mut groups: Vec<(&str, Vec<&Project>)> = by_name.into_iter().collect();
        if kind == "category" {
            groups.sort_by_key(|(n, _)| {
                ledger
                    .site
                    .categories
                    .iter()
                    .position(|c| c == n)
                    .unwrap_or(usize::MAX)
            });
        }
        let items: Vec<(String, String, usize)> = groups
            .iter()
            .map(|(n, ps)| (n.to_string(), path_of(n), ps.len()))
            .collect();
        jobs.extend(groups.into_iter().map(|(name, projects)| Job::Group {
            kind,
            path: path_of(name),
            name,
            projects,
        }));
        push_list(&ctx, &mut jobs, plural, ctx.w(plural), &items);
    }

    // Markdown pages.
    for pg in &ledger.pages {
        let path = paths::page(&pg.slug);
        #[derive(Serialize)]
        struct PageView<'a> {
            title: &'a str,
            html: String,
        }
        let v = PageView {
            title: &pg.title,
            html: markdown::to_html(&pg.body),
        };
        jobs.push(Job::Ready {
            context: ctx.page_context(&path, "page", &v),
            path,
            template: "page.html",
        });
    }

    // The bulletins, with their metrics.json, CSV files and workbooks, are
    // rendered beside the other pages, so that both cores stay busy to the end.
    let bulletins = || -> Vec<Diagnostic> {
        (0..metrics.len())
            .into_par_iter()
            .flat_map_iter(|i| {
                let m = &metrics[i];
                let fp = with_fp(fps.as_ref().map(|f| f.bulletins[i]));
                counter.job(sink, fp, &paths::bulletin(m.period), |put| {
                    let mut errs = Vec::new();
                    match bulletin::build(&ctx, i) {
                        Ok((view, csv)) => {
                            let view = ctx.prerender(view);
                            let path = paths::bulletin(m.period);
                            let json = crate::metrics::to_json(m);
                            errs.extend(
                                put(
                                    &paths::bulletin_file(m.period, "metrics.json"),
                                    json.as_bytes(),
                                )
                                .err(),
                            );
                            for (name, bytes) in csv {
                                errs.extend(
                                    put(&paths::bulletin_file(m.period, &name), &bytes).err(),
                                );
                            }
                            let mut context = ctx.page_context(&path, "b", &view);
                            match render_page(&theme, "bulletin.html", &path, &context) {
                                Ok(html) => errs.extend(put(&path, html.as_bytes()).err()),
                                Err(d) => errs.push(d),
                            }
                            // The single-file copy: the same page rendered without the
                            // navigation, then made to stand alone (links resolve from
                            // the bulletin's folder, where the copy lies too).
                            let single_path = paths::bulletin_single(m.period);
                            context.insert("single", &true);
                            match render_page(&theme, "bulletin.html", &single_path, &context) {
                                Ok(html) => {
                                    let html = inliner.standalone(&html, &path);
                                    errs.extend(put(&single_path, html.as_bytes()).err());
                                }
                                Err(d) => errs.push(d),
                            }
                        }
                        Err(e) => errs.extend(e),
                    }
                    errs
                })
            })
            .collect()
    };
    // Render and write every page in parallel, building the big ones on the way.
    let (ctx_ref, theme_ref) = (&ctx, &theme);
    let pages = || -> Vec<Diagnostic> {
        jobs.into_par_iter()
            .flat_map_iter(|job| {
                let (ctx, theme) = (ctx_ref, theme_ref);
                let (path, fp) = match &job {
                    Job::Ready { path, .. } => (path.clone(), None),
                    Job::Project(p) => (
                        paths::project(&p.id),
                        fps.as_ref()
                            .and_then(|f| f.projects.get(p.id.as_str()).copied()),
                    ),
                    Job::Unit(u) => (
                        paths::unit(&u.id),
                        fps.as_ref()
                            .map(|f| incremental_unit(f.global, f.all_projects, &u.id, &u.name)),
                    ),
                    Job::Group {
                        kind,
                        path,
                        name,
                        projects,
                    } => (
                        path.clone(),
                        fps.as_ref()
                            .map(|f| f.group(kind, name, projects.iter().map(|p| p.id.as_str()))),
                    ),
                };
                counter.job(sink, with_fp(fp), &path.clone(), move |put| {
                    let (template, context) = match job {
                        Job::Ready {
                            template, context, ..
                        } => (template, context),
                        Job::Project(p) => {
                            let view = ctx.prerender(entity::project(ctx, p));
                            ("project.html", ctx.page_context(&path, "p", &view))
                        }
                        Job::Unit(u) => {
                            let view = ctx.prerender(entity::unit(ctx, &u.id, &u.name));
                            ("entity.html", ctx.page_context(&path, "e", &view))
                        }
                        Job::Group {
                            kind,
                            name,
                            projects,
                            ..
                        } => {
                            let view = ctx.prerender(entity::group(ctx, kind, name, &projects));
                            ("entity.html", ctx.page_context(&path, "e", &view))
                        }
                    };
                    render_page(theme, template, &path, &context)
                        .and_then(|html| put(&path, html.as_bytes()))
                        .err()
                        .into_iter()
                        .collect()
                })
            })
            .collect()
    };
    let (mut errors, mut page_errors) = rayon::join(bulletins, pages);
    // A commentary's errors are the ones to fix first; the pages' come after.
    if errors.is_empty() {
        errors = std::mem::take(&mut page_errors);
        errors.truncate(50);
    }
    if !errors.is_empty() {
        crate::diagnostics::sort(&mut errors);
        return Err(errors);
    }
    trace.phase("pages");

    for (name, bytes) in &theme.statics {
        let path = format!("static/{name}");
        if path != paths::SEARCH_INDEX {
            errors.extend(counter.put(sink, &path, bytes).err());
        }
    }
    let index = search::index_js(&ctx);
    errors.extend(
        counter
            .put(sink, paths::SEARCH_INDEX, index.as_bytes())
            .err(),
    );
    if let Some(base) = &ledger.site.base_url {
        let pages = counter
            .page_paths
            .lock()
            .map(|p| p.clone())
            .unwrap_or_default();
        let atom = feed::atom(&ctx, base);
        errors.extend(counter.put(sink, paths::FEED, atom.as_bytes()).err());
        let map = feed::sitemap(base, &pages);
        errors.extend(counter.put(sink, paths::SITEMAP, map.as_bytes()).err());
    }
    errors.extend(
        ledger
            .assets
            .par_iter()
            .filter_map(|a| match std::fs::read(assets_dir.join(a)) {
                Ok(bytes) => counter.put(sink, &paths::asset(a), &bytes).err(),
                Err(e) => Some(Diagnostic::error(
                    format!("content/assets/{a}"),
                    format!("cannot read: {e}"),
                )),
            })
            .collect::<Vec<_>>(),
    );
    if !errors.is_empty() {
        return Err(errors);
    }
    trace.phase("static files, search index, assets");
    Ok(counter.stats())
}

/// The fingerprint of a department's page: it ranks the department among all,
/// so it depends on every project.
fn incremental_unit(global: u64, all: u64, id: &str, name: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    (global, all, id, name).hash(&mut h);
    h.finish()
}

/// Renders the whole site into memory, sorted by path (for tests and tools).
pub fn render_to_memory(
    site: &Path,
    ledger: &Ledger,
    metrics: &[MonthMetrics],
) -> Result<Vec<OutFile>, Vec<Diagnostic>> {
    let sink = MemorySink::default();
    render_site(site, ledger, metrics, &sink)?;
    Ok(sink.into_files())
}

fn push_list(
    ctx: &Ctx,
    jobs: &mut Vec<Job>,
    plural: &str,
    title: &str,
    items: &[(String, String, usize)],
) {
    let path = paths::list(plural);
    let list = ctx.prerender(entity::name_list(ctx, title, items));
    jobs.push(Job::Ready {
        context: ctx.page_context(&path, "l", &list),
        path,
        template: "list.html",
    });
}

/// The archive by year, newest first; `up` climbs from the page to the root.
fn archive_of(ctx: &Ctx, up: &str) -> Vec<ArchiveYear> {
    let mut years: BTreeMap<i32, Vec<ArchiveItem>> = BTreeMap::new();
    for m in ctx.metrics.iter().rev() {
        years.entry(m.year).or_default().push(ArchiveItem {
            href: format!("{up}{}", paths::bulletin(m.period)),
            title: bulletin::title(ctx, m.period),
            meta: format!(
                "{} · {}{} · {}{}",
                view::fill(ctx.w("issue_no"), bulletin::number(ctx, m.period)),
                ctx.w("start_rate"),
                ctx.fmt.pct(m.totals.start_rate),
                ctx.w("completed_short"),
                ctx.fmt.money(m.totals.completed)
            ),
        });
    }
    years
        .into_iter()
        .rev()
        .map(|(year, items)| ArchiveYear { year, items })
        .collect()
}
