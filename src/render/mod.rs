//! Rendering: each page of the plan ([`crate::plan`]) from the ledger and its
//! metrics, through the theme's templates; charts, tables with their CSV
//! files, Markdown, figures. Pure: a [`Renderer`] is given everything it needs
//! (the compiled theme, the bytes of the assets) and turns a page into files
//! (path, bytes); it reads and writes nothing.

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
pub mod markdown;
pub mod search;
pub mod single;
pub mod summary;
pub mod table;
pub mod theme;
pub mod view;
pub mod xlsx;

use std::collections::BTreeMap;

use serde::Serialize;

use crate::content::files::Asset;
use crate::diagnostics::{Diagnostic, SiteMessage};
use crate::metrics::MonthMetrics;
use crate::model::{Ledger, Project};
use crate::plan::{Kind, Page, Plan};
use crate::site::output::OutFile;
use crate::site::paths;
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

/// A Markdown page as its template sees it.
#[derive(Serialize)]
struct PageView<'a> {
    title: &'a str,
    html: String,
}

/// The names a page's view had in templates before they were given names
/// that explain themselves (old, new): an override that still uses an old one
/// is told the new one.
const RENAMED: [(&str, &str); 4] = [
    ("b", "bulletin"),
    ("p", "project"),
    ("e", "entity"),
    ("l", "list"),
];

/// Renders one page with the theme, naming the template when it fails.
fn render_page(
    theme: &theme::Theme,
    template: &str,
    path: &str,
    context: &tera::Context,
    capacity: usize,
) -> Result<Vec<u8>, Diagnostic> {
    // Rendered into bytes, as they are written: Tera's `render` would check
    // that the bytes it wrote are UTF-8 to make a String (3 % of a build).
    let mut html = Vec::with_capacity(capacity);
    let rendered = theme.tera.render_to(template, context, &mut html);
    rendered.map(|()| html).map_err(|e| {
        let message = theme::one_line(&e);
        let renamed = RENAMED.iter().find(|(old, _)| {
            message.contains(&format!("Variable `{old}."))
                || message.contains(&format!("Variable `{old}`"))
        });
        let failed = SiteMessage::RenderingFailed {
            path: path.to_string(),
            error: message,
        };
        let d = Diagnostic::error(format!("template {template}"), failed);
        match renamed {
            Some((old, new)) => d.hint(SiteMessage::RenamedInContext {
                old: old.to_string(),
                new: new.to_string(),
            }),
            None => d.hint(SiteMessage::UnknownNameInOverrideHint),
        }
    })
}

/// Turns the pages of a plan into files: the ledger's view ([`Ctx`]), the
/// compiled theme and the bytes of content/assets, all given beforehand.
pub struct Renderer<'a> {
    ctx: Ctx<'a>,
    theme: theme::Theme,
    assets: &'a [Asset],
    /// A preview's search index entries of its last build.
    search_memo: Option<&'a search::Memo>,
}

impl<'a> Renderer<'a> {
    /// A renderer of the site of `ledger` with `metrics`, through `theme`, with
    /// the files of content/assets `assets` (sorted by path, as the ledger
    /// lists them).
    pub fn new(
        ledger: &'a Ledger,
        metrics: &'a [MonthMetrics<'a>],
        theme: theme::Theme,
        assets: &'a [Asset],
    ) -> Renderer<'a> {
        Renderer::with_ctx(Ctx::new(ledger, metrics), theme, assets)
    }

    /// A renderer through `theme` with `assets` of the ledger view `ctx`, made
    /// beforehand (the commentaries it checked are not expanded again).
    pub fn with_ctx(
        mut ctx: Ctx<'a>,
        mut theme: theme::Theme,
        assets: &'a [Asset],
    ) -> Renderer<'a> {
        ctx.native_tables = theme.native_tables();
        // What every page shares goes into the templates' global context once.
        theme.tera.global_context().insert("site", &ctx.site);
        theme.tera.global_context().insert("t", &ctx.words);
        theme.tera.global_context().insert("single", &false);
        Renderer {
            ctx,
            theme,
            assets,
            search_memo: None,
        }
    }

    /// The renderer, reusing the previous output's PDF and Word files of
    /// `prior` where their input is the same.
    pub fn reusing(mut self, prior: &'a crate::site::prior::Prior) -> Renderer<'a> {
        self.ctx.prior = prior;
        self
    }

    /// This renderer, taking the search index's entries of projects whose
    /// pages did not change from `memo` (a preview's, kept between builds).
    pub fn remembering(mut self, memo: Option<&'a search::Memo>) -> Renderer<'a> {
        self.search_memo = memo;
        self
    }

    /// The theme's static files (path under static/, bytes).
    pub fn statics(&self) -> &[(String, Vec<u8>)] {
        &self.theme.statics
    }

    /// Whether the site's theme replaces a built-in template: else rendering
    /// cannot fail once the commentaries' figures are checked.
    pub fn overrides_templates(&self) -> bool {
        !self.theme.overridden.is_empty()
    }

    /// What the plan's fingerprints need of the rendering: a hash of the
    /// theme, the assets' bytes and (when PDF and Word files are made) the
    /// fonts they are set in; and whether tables are rendered natively.
    pub fn theme_fingerprint(&self) -> (u64, bool) {
        let mut h = xxhash_rust::xxh3::Xxh3::new();
        h.update(&self.theme.fingerprint.to_le_bytes());
        // The assets' bytes: the single file inlines photos.
        for (path, bytes) in self.assets {
            h.update(&(path.len() as u64).to_le_bytes());
            h.update(path.as_bytes());
            h.update(&(bytes.len() as u64).to_le_bytes());
            h.update(bytes);
        }
        // The fonts the PDF and Word files are set in, when they are made.
        #[cfg(feature = "paper")]
        if self.ctx.ledger.site.paper && !self.ctx.metrics.is_empty() {
            h.update(crate::paper::fonts::system().typst().identity.as_bytes());
        }
        (h.digest(), self.ctx.native_tables)
    }

    /// The files of `page` of `plan` (its own at `page.path`, and for a
    /// bulletin the files beside it). Errors (a commentary figure, a template)
    /// name their file.
    pub fn render(&self, plan: &Plan, page: &Page) -> Result<Vec<OutFile>, Vec<Diagnostic>> {
        let ctx = &self.ctx;
        let path = page.path.as_str();
        match &page.kind {
            Kind::Home => {
                let metrics = ctx.metrics;
                let latest = metrics.last().map(|m| Latest {
                    href: paths::bulletin(m.period),
                    title: bulletin::title(ctx, m.period),
                    meta: format!(
                        "{} · {}",
                        view::fill(ctx.w("issue_no"), bulletin::number(ctx, m.period)),
                        ctx.month_name(m.period)
                    ),
                    cards: bulletin::cards(
                        ctx,
                        m,
                        metrics.len().checked_sub(2).map(|j| &metrics[j]),
                    )
                    .iter()
                    .map(view::Card::from)
                    .collect(),
                    summary_html: markdown::to_html(&summary::summary(ctx, m)),
                });
                let mut home = ctx.page_context(path, "latest", &latest);
                home.insert("archive", &archive_of(ctx, ""));
                self.template("index.html", page, &home)
            }
            Kind::Bulletins => {
                let mut archive = ctx.page_context(path, "latest", &Option::<Latest>::None);
                archive.insert("archive", &archive_of(ctx, "../"));
                self.template("index.html", page, &archive)
            }
            Kind::Bulletin(i) => self.bulletin(*i, page),
            Kind::Projects => {
                let all: Vec<&Project> = ctx.ledger.projects.iter().collect();
                let list = entity::ListView {
                    title: ctx.w("all_projects").into(),
                    tables: vec![entity::project_table(
                        ctx,
                        "../",
                        "projects",
                        ctx.w("all_projects").into(),
                        &all,
                    )
                    .into()],
                };
                self.view("list.html", page, "list", &ctx.prerender(list))
            }
            Kind::Project(p) => {
                let view = ctx.prerender(entity::project(ctx, p));
                self.view("project.html", page, "project", &view)
            }
            Kind::Unit(u) => {
                let view = ctx.prerender(entity::unit(ctx, &u.id, &u.name));
                self.view("entity.html", page, "entity", &view)
            }
            Kind::Group {
                grouping,
                name,
                projects,
            } => {
                let view = ctx.prerender(entity::group(ctx, grouping.kind(), name, projects));
                self.view("entity.html", page, "entity", &view)
            }
            Kind::List(listing, entries) => {
                let items: Vec<(String, String, usize)> = entries
                    .iter()
                    .map(|e| (e.name.clone(), e.path.clone(), e.projects))
                    .collect();
                let title = ctx.w(listing.plural());
                let view = ctx.prerender(entity::name_list(ctx, title, &items));
                self.view("list.html", page, "list", &view)
            }
            Kind::Markdown(pg) => {
                let view = PageView {
                    title: &pg.title,
                    html: markdown::to_html(&pg.body),
                };
                self.view("page.html", page, "page", &view)
            }
            Kind::Static(name) => Ok(self
                .theme
                .statics
                .iter()
                .filter(|(n, _)| n == name)
                .map(|(_, bytes)| (page.path.clone(), bytes.clone()))
                .collect()),
            Kind::SearchIndex => Ok(vec![(
                page.path.clone(),
                search::index_js(ctx, plan, self.search_memo),
            )]),
            Kind::Feed => Ok(self.base_url().map_or_else(Vec::new, |base| {
                vec![(page.path.clone(), feed::atom(ctx, base).into_bytes())]
            })),
            Kind::Sitemap => Ok(self.base_url().map_or_else(Vec::new, |base| {
                let pages: Vec<String> = plan
                    .pages
                    .iter()
                    .filter(|p| p.is_html())
                    .map(|p| p.path.clone())
                    .collect();
                vec![(page.path.clone(), feed::sitemap(base, &pages).into_bytes())]
            })),
            Kind::Asset(rel) => Ok(self
                .assets
                .binary_search_by(|a| a.0.as_str().cmp(rel))
                .map(|i| vec![(page.path.clone(), self.assets[i].1.clone())])
                .unwrap_or_default()),
        }
    }

    fn base_url(&self) -> Option<&str> {
        self.ctx.ledger.site.base_url.as_deref()
    }

    /// `page` through `template`, with `view` bound to `key`.
    fn view<T: Serialize>(
        &self,
        template: &str,
        page: &Page,
        key: &'static str,
        view: &T,
    ) -> Result<Vec<OutFile>, Vec<Diagnostic>> {
        let context = self.ctx.page_context(&page.path, key, view);
        self.template(template, page, &context)
    }

    /// `page` through `template` with a context made already.
    fn template(
        &self,
        template: &str,
        page: &Page,
        context: &tera::Context,
    ) -> Result<Vec<OutFile>, Vec<Diagnostic>> {
        render_page(&self.theme, template, &page.path, context, 32 * 1024)
            .map(|html| vec![(page.path.clone(), html)])
            .map_err(|d| vec![d])
    }

    /// The bulletin of month index `i`: its metrics.json, CSV files and
    /// workbook, its page and the page's single-file copy.
    fn bulletin(&self, i: usize, page: &Page) -> Result<Vec<OutFile>, Vec<Diagnostic>> {
        let ctx = &self.ctx;
        let m = &ctx.metrics[i];
        let (view, csv) = bulletin::build(ctx, i)?;
        let view = ctx.prerender(view);
        let path = page.path.as_str();
        let mut files = vec![(
            paths::bulletin_file(m.period, "metrics.json"),
            crate::metrics::to_json_bytes(m),
        )];
        files.extend(
            csv.into_iter()
                .map(|(name, bytes)| (paths::bulletin_file(m.period, &name), bytes)),
        );
        let mut errors = Vec::new();
        let capacity = view.page_len();
        let mut context = ctx.page_context(path, "bulletin", &view);
        match render_page(&self.theme, "bulletin.html", path, &context, capacity) {
            Ok(html) => files.push((page.path.clone(), html)),
            Err(d) => errors.push(d),
        }
        // The single-file copy: the same page rendered without the navigation,
        // then made to stand alone (links resolve from the bulletin's folder,
        // where the copy lies too).
        let single_path = paths::bulletin_single(m.period);
        context.insert("single", &true);
        match render_page(
            &self.theme,
            "bulletin.html",
            &single_path,
            &context,
            capacity,
        ) {
            Ok(html) => {
                let inliner = single::Inliner {
                    base_url: self.base_url(),
                    statics: &self.theme.statics,
                    assets: self.assets,
                    photos: ctx.ledger.site.single_file_photos,
                };
                // Tera writes UTF-8: the check is the fast one, never the lossy.
                let page = match std::str::from_utf8(&html) {
                    Ok(page) => std::borrow::Cow::Borrowed(page),
                    Err(_) => String::from_utf8_lossy(&html),
                };
                let html = inliner.standalone(&page, path);
                files.push((single_path, html.into_bytes()));
            }
            Err(d) => errors.push(d),
        }
        if errors.is_empty() {
            Ok(files)
        } else {
            Err(errors)
        }
    }
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
