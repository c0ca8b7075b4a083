//! Rendering: every page of the site from the ledger and its metrics, through the
//! theme's templates; charts, tables with their CSV files, Markdown, figures.

pub mod bulletin;
pub mod entity;
pub mod expr;
pub mod format;
pub mod i18n;
pub mod markdown;
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

/// A grouping of projects by names: list folder, page kind, page path, names of a project.
type Grouping = (
    &'static str,
    &'static str,
    fn(&str) -> String,
    fn(&Project) -> Vec<String>,
);

/// A page to render: its path, template and context.
struct Job {
    path: String,
    template: &'static str,
    context: tera::Context,
}

/// Renders the whole site: every page, metrics.json and CSV file, static file and
/// asset, as (path, bytes), sorted by path. Errors name the file they come from.
pub fn render_site(
    site: &Path,
    ledger: &Ledger,
    metrics: &[MonthMetrics],
) -> Result<Vec<OutFile>, Vec<Diagnostic>> {
    let theme = theme::load(site, ledger.site.theme.as_deref())?;
    let ctx = Ctx::new(ledger, metrics);
    let mut files: Vec<OutFile> = Vec::new();
    let mut jobs: Vec<Job> = Vec::new();
    let mut errors: Vec<Diagnostic> = Vec::new();

    // Bulletins, with their metrics.json and CSV files.
    let built: Vec<_> = (0..metrics.len())
        .into_par_iter()
        .map(|i| bulletin::build(&ctx, i))
        .collect();
    for (i, b) in built.into_iter().enumerate() {
        let m = &metrics[i];
        match b {
            Ok((view, csv)) => {
                let path = paths::bulletin(m.period);
                jobs.push(Job {
                    context: ctx.page_context(&path, "b", &view),
                    path,
                    template: "bulletin.html",
                });
                files.push((
                    paths::bulletin_file(m.period, "metrics.json"),
                    crate::metrics::to_json(m).into_bytes(),
                ));
                for (name, bytes) in csv {
                    files.push((paths::bulletin_file(m.period, &name), bytes));
                }
            }
            Err(e) => errors.extend(e),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }

    // Home and archive.
    let latest = metrics.last().map(|m| Latest {
        href: paths::bulletin(m.period),
        title: bulletin::title(&ctx, m.period),
        meta: format!(
            "{} · {}",
            view::fill(ctx.w("issue_no"), bulletin::number(&ctx, m.period)),
            ctx.month_name(m.period)
        ),
        cards: bulletin::cards(&ctx, m, metrics.len().checked_sub(2).map(|j| &metrics[j])),
        summary_html: markdown::to_html(&summary::summary(&ctx, m)),
    });
    let archive = archive_of(&ctx, "");
    let mut home = ctx.page_context(paths::INDEX, "latest", &latest);
    home.insert("archive", &archive);
    jobs.push(Job {
        path: paths::INDEX.into(),
        template: "index.html",
        context: home,
    });
    let list_path = paths::list("bulletins");
    let mut arch = ctx.page_context(&list_path, "latest", &Option::<Latest>::None);
    arch.insert("archive", &archive_of(&ctx, "../"));
    jobs.push(Job {
        path: list_path,
        template: "index.html",
        context: arch,
    });

    // Projects.
    for p in &ledger.projects {
        let path = paths::project(&p.id);
        jobs.push(Job {
            context: ctx.page_context(&path, "p", &entity::project(&ctx, p)),
            path,
            template: "project.html",
        });
    }
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
        )],
    };
    jobs.push(Job {
        context: ctx.page_context(&path, "l", &list),
        path,
        template: "list.html",
    });

    // Departments.
    let mut items = Vec::new();
    for u in &ledger.units {
        let path = paths::unit(&u.id);
        let n = ledger
            .projects
            .iter()
            .filter(|p| p.unit.as_deref() == Some(u.id.as_str()))
            .count();
        items.push((u.name.clone(), path.clone(), n));
        jobs.push(Job {
            context: ctx.page_context(&path, "e", &entity::unit(&ctx, &u.id, &u.name)),
            path,
            template: "entity.html",
        });
    }
    push_list(&ctx, &mut jobs, "units", ctx.w("units"), &items);

    // Leaders, categories, locations: pages of projects grouped by a name.
    let groupings: [Grouping; 3] = [
        ("leaders", "leader", paths::leader, |p| p.leaders.clone()),
        ("categories", "category", paths::category, |p| {
            vec![p.category.clone()]
        }),
        ("locations", "location", paths::location, |p| {
            p.location.iter().cloned().collect()
        }),
    ];
    for (plural, kind, path_of, names_of) in groupings {
        let mut by_name: BTreeMap<String, Vec<&Project>> = BTreeMap::new();
        if kind == "category" {
            for c in &ledger.site.categories {
                by_name.insert(c.clone(), Vec::new());
            }
        }
        for p in &ledger.projects {
            for n in names_of(p) {
                by_name.entry(n).or_default().push(p);
            }
        }
        let mut names: Vec<&String> = by_name.keys().collect();
        if kind == "category" {
            names.sort_by_key(|n| {
                ledger
                    .site
                    .categories
                    .iter()
                    .position(|c| c == *n)
                    .unwrap_or(usize::MAX)
            });
        }
        let mut items = Vec::new();
        for name in names {
            let ps = &by_name[name];
            let path = path_of(name);
            items.push((name.clone(), path.clone(), ps.len()));
            jobs.push(Job {
                context: ctx.page_context(&path, "e", &entity::group(&ctx, kind, name, ps)),
                path,
                template: "entity.html",
            });
        }
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
        jobs.push(Job {
            context: ctx.page_context(&path, "page", &v),
            path,
            template: "page.html",
        });
    }

    // Render every page in parallel.
    let rendered: Vec<Result<OutFile, Diagnostic>> = jobs
        .into_par_iter()
        .map(|j| {
            theme.tera.render(j.template, &j.context).map(|html| (j.path.clone(), html.into_bytes())).map_err(|e| {
                Diagnostic::error(format!("template {}", j.template), format!("rendering {} failed: {}", j.path, theme::one_line(&e)))
                    .hint("a theme override uses a name the page does not have; compare it with the built-in template")
            })
        })
        .collect();
    for r in rendered {
        match r {
            Ok(f) => files.push(f),
            Err(d) => errors.push(d),
        }
    }
    if !errors.is_empty() {
        crate::diagnostics::sort(&mut errors);
        errors.truncate(50);
        return Err(errors);
    }

    for (name, bytes) in theme.statics {
        files.push((format!("static/{name}"), bytes));
    }
    let assets_dir = site.join("content/assets");
    for a in &ledger.assets {
        match std::fs::read(assets_dir.join(a)) {
            Ok(bytes) => files.push((paths::asset(a), bytes)),
            Err(e) => errors.push(Diagnostic::error(
                format!("content/assets/{a}"),
                format!("cannot read: {e}"),
            )),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    files.sort_by(|a, b| a.0.cmp(&b.0));
    files.dedup_by(|a, b| a.0 == b.0);
    Ok(files)
}

fn push_list(
    ctx: &Ctx,
    jobs: &mut Vec<Job>,
    plural: &str,
    title: &str,
    items: &[(String, String, usize)],
) {
    let path = paths::list(plural);
    let list = entity::name_list(ctx, title, items);
    jobs.push(Job {
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
