//! Project, department, leader, category and location pages, and their lists.

use serde::Serialize;

use super::markdown;
use super::table::HtmlTable;
use super::view::{Card, Chart, Ctx};
use crate::charts;
use crate::document::{Cell, Style, Table, Value};
use crate::metrics::history::{self, SetFigures};
use crate::metrics::{MonthMetrics, ProjectRow};
use crate::model::{Flag, Money, Project};
use crate::site::paths;

const UP: &str = "../../";

/// A flag as a page shows it.
#[derive(Debug, Serialize)]
pub struct FlagView {
    /// `red`, `yellow`, `green`.
    pub key: &'static str,
    /// 红旗 …
    pub label: &'static str,
}

/// A photo of a project.
#[derive(Debug, Serialize)]
pub struct PhotoView {
    /// Relative src.
    pub src: String,
    /// Caption.
    pub caption: String,
    /// Month reported.
    pub month: String,
}

/// A project page (`project` in project.html).
#[derive(Debug, Serialize)]
pub struct ProjectView {
    /// Id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Flag at the latest month.
    pub flag: Option<FlagView>,
    /// Facts table.
    pub facts: HtmlTable,
    /// Description as HTML.
    pub description_html: Option<String>,
    /// Cards.
    pub cards: Vec<Card>,
    /// Charts.
    pub charts: Vec<Chart>,
    /// Tables: month by month, stage history, problems.
    pub tables: Vec<HtmlTable>,
    /// Photos.
    pub photos: Vec<PhotoView>,
}

/// A department, leader, category or location page (`entity` in entity.html).
#[derive(Debug, Serialize)]
pub struct EntityView {
    /// `unit`, `leader`, `category`, `location`.
    pub kind: &'static str,
    /// 责任单位 …
    pub kind_label: String,
    /// The name.
    pub title: String,
    /// A line under it.
    pub meta: Option<String>,
    /// Cards.
    pub cards: Vec<Card>,
    /// Charts.
    pub charts: Vec<Chart>,
    /// Tables.
    pub tables: Vec<HtmlTable>,
}

/// A list page (`list` in list.html).
#[derive(Debug, Serialize)]
pub struct ListView {
    /// Title.
    pub title: String,
    /// Tables.
    pub tables: Vec<HtmlTable>,
}

fn flag_view(ctx: &Ctx, f: Flag) -> FlagView {
    FlagView {
        key: f.key(),
        label: ctx.w(f.key()),
    }
}

fn money(ctx: &Ctx, m: Money) -> Cell {
    Cell::new(ctx.fmt.money(m), Value::Money(m))
}

/// The latest month's row of a project, if it is in that year's plan.
fn latest_row<'a>(ctx: &Ctx<'a>, id: &str) -> Option<(&'a MonthMetrics<'a>, &'a ProjectRow<'a>)> {
    let m = ctx.latest()?;
    let r = (*ctx.rows_of(id).last()?)?;
    Some((m, r))
}

/// Builds a project's page.
pub fn project(ctx: &Ctx, p: &Project) -> ProjectView {
    let f = &ctx.fmt;
    let w = |k: &str| ctx.w(k).to_string();
    let mut facts = Table::new("facts", w("facts"), Vec::new());
    facts.csv = None;
    let mut fact = |k: &str, c: Cell| facts.rows.push(vec![Cell::row_header(ctx.w(k)), c]);
    fact(
        "category",
        Cell::link(
            p.category.clone(),
            format!("{UP}{}", paths::category(&p.category)),
        ),
    );
    if let Some(u) = &p.unit {
        fact(
            "unit",
            Cell::link(ctx.unit_name(u), format!("{UP}{}", paths::unit(u))),
        );
    }
    for l in &p.leaders {
        fact(
            "leader",
            Cell::link(l.clone(), format!("{UP}{}", paths::leader(l))),
        );
    }
    if let Some(l) = &p.location {
        fact(
            "location",
            Cell::link(l.clone(), format!("{UP}{}", paths::location(l))),
        );
    }
    if let Some(l) = &p.level {
        fact("level", Cell::text(l.clone()));
    }
    if let Some(o) = &p.owner {
        fact("owner", Cell::text(o.clone()));
    }
    fact("total_investment", Cell::text(f.money(p.total_investment)));
    for (y, plan) in &p.plans {
        let mut s = f.money(plan.invest);
        if let Some(k) = plan.kind {
            s.push_str(&format!(
                "（{}）",
                if ctx.lang() == crate::model::Language::En {
                    k.en()
                } else {
                    k.zh()
                }
            ));
        }
        facts.rows.push(vec![
            Cell::row_header(format!("{y} {}", ctx.w("plan"))),
            Cell::text(s),
        ]);
    }
    if let Some(s) = p.start_month() {
        facts
            .rows
            .push(vec![Cell::row_header(ctx.w("started")), ctx.month_cell(s)]);
    }
    if let Some(s) = p.signed {
        facts
            .rows
            .push(vec![Cell::row_header(ctx.w("signed")), ctx.date_cell(s)]);
    }
    let latest = latest_row(ctx, &p.id);
    let mut cards = Vec::new();
    if let Some((m, r)) = latest {
        cards.push(Card {
            label: format!("{} {}", m.year, ctx.w("plan")),
            value: f.money(r.plan),
            ..Card::default()
        });
        cards.push(Card {
            label: ctx.w("completed").into(),
            value: f.money(r.completed),
            sub: Some(format!(
                "{}{} · {}{}",
                ctx.l("completion_rate"),
                f.pct(r.completion_rate),
                ctx.l("schedule"),
                f.pct(Some(m.schedule))
            )),
            ..Card::default()
        });
        cards.push(Card {
            label: ctx.w("stage").into(),
            value: r
                .stage
                .map_or("—", |s| {
                    if ctx.lang() == crate::model::Language::En {
                        s.en()
                    } else {
                        s.zh()
                    }
                })
                .to_string(),
            sub: Some(ctx.month_name(m.period)),
            ..Card::default()
        });
    }
    // Month by month in the latest year with records.
    let year = ctx
        .latest()
        .map(|m| m.year)
        .or_else(|| p.records.keys().next_back().map(|m| m.year));
    let mut charts_out = Vec::new();
    let mut monthly = Table::new(
        "monthly",
        w("monthly"),
        vec![
            w("month"),
            w("stage"),
            w("invested_month"),
            w("completed"),
            w("note"),
        ],
    );
    monthly.csv = None;
    if let Some(y) = year {
        let last = ctx
            .latest()
            .map_or(12, |m| if m.year == y { m.month } else { 12 });
        let mut labels = Vec::new();
        let mut bars = charts::Series {
            name: w("invested_month"),
            ..Default::default()
        };
        let mut line = charts::LineSeries {
            name: w("cumulative"),
            values: Vec::new(),
            dashed: false,
        };
        for pm in history::project_year(p, y, last) {
            let (month, inv, cum) = (pm.month, pm.invested, pm.cumulative);
            let rec = p.records.get(&month);
            labels.push(ctx.short_month(month));
            bars.values.push(inv.as_f64_wan());
            bars.labels.push(if inv.is_zero() {
                String::new()
            } else {
                inv.plain()
            });
            line.values.push(Some(cum.as_f64_wan()));
            if let Some(r) = rec {
                monthly.rows.push(vec![
                    ctx.month_cell(month),
                    Cell::text(r.stage.zh()),
                    money(ctx, inv),
                    money(ctx, cum),
                    Cell::text(r.note.clone().unwrap_or_default()).style(Style::LongText),
                ]);
            }
        }
        let title = format!("{y} {}", w("project_chart"));
        let [svg, svg_narrow] = charts::Layout::BOTH
            .map(|l| l.bars_with_line(&title, &labels, &bars, &line, ctx.w("wan")));
        charts_out.push(Chart {
            id: "chart-monthly".into(),
            title,
            svg,
            svg_narrow,
            table: None,
        });
    }
    let mut history = Table::new("stages", w("stage_history"), vec![w("month"), w("stage")]);
    history.csv = None;
    let mut last_stage = None;
    for (m, r) in &p.records {
        if last_stage != Some(r.stage) {
            history
                .rows
                .push(vec![ctx.month_cell(*m), Cell::text(r.stage.zh())]);
            last_stage = Some(r.stage);
        }
    }
    let mut problems = Table::new(
        "problems",
        w("problems"),
        vec![w("problem"), w("problem_owner"), w("raised"), w("resolved")],
    );
    problems.csv = None;
    for pr in ctx.problems_of(&p.id) {
        problems.rows.push(vec![
            Cell::text(pr.text.clone()).style(Style::LongText),
            Cell::text(pr.owner.clone().unwrap_or_default()),
            ctx.date_cell(pr.raised),
            pr.resolved
                .map_or_else(|| Cell::text("—"), |d| ctx.date_cell(d)),
        ]);
    }
    let photos = p
        .records
        .iter()
        .flat_map(|(m, r)| r.photos.iter().map(move |ph| (m, ph)))
        .map(|(m, ph)| PhotoView {
            src: format!("{UP}{}", paths::encode_path(&paths::asset(&ph.file))),
            caption: ph.caption.clone().unwrap_or_default(),
            month: m.to_string(),
        })
        .collect();
    ProjectView {
        id: p.id.clone(),
        name: p.name.clone(),
        flag: latest
            .and_then(|(_, r)| r.flag)
            .map(|fl| flag_view(ctx, fl)),
        facts: facts.into(),
        description_html: p.description.as_deref().map(markdown::to_html),
        cards,
        charts: charts_out,
        tables: vec![monthly.into(), history.into(), problems.into()],
        photos,
    }
}

/// The table of projects (with their latest flags) among `ids`.
/// `up` climbs from the page showing it to the site root.
pub fn project_table(ctx: &Ctx, up: &str, id: &str, title: String, projects: &[&Project]) -> Table {
    let f = &ctx.fmt;
    let w = |k: &str| ctx.w(k).to_string();
    let mut t = Table::new(
        id,
        title,
        vec![
            w("project_id"),
            w("project"),
            w("category"),
            w("unit"),
            w("total_investment"),
            w("plan"),
            w("completed"),
            w("completion_rate"),
            w("flags"),
            w("stage"),
        ],
    );
    t.csv = None;
    for p in projects {
        let row = latest_row(ctx, &p.id).map(|(_, r)| r);
        let flag = row.and_then(|r| r.flag);
        let stage = ctx.latest().and_then(|m| p.stage_at(m.period));
        t.rows.push(vec![
            Cell::text(p.id.clone()),
            Cell::link(p.name.clone(), format!("{up}{}", paths::project(&p.id))),
            Cell::text(p.category.clone()),
            Cell::text(
                p.unit
                    .as_deref()
                    .map(|u| ctx.unit_name(u))
                    .unwrap_or_else(|| "—".into()),
            ),
            money(ctx, p.total_investment),
            row.map_or_else(|| Cell::mark("—"), |r| money(ctx, r.plan)),
            row.map_or_else(|| Cell::mark("—"), |r| money(ctx, r.completed)),
            match row {
                Some(r) => Cell::new(f.pct(r.completion_rate), Value::Rate(r.completion_rate)),
                None => Cell::mark("—"),
            },
            match flag {
                Some(fl) => Cell::text(ctx.w(fl.key())).style(Style::flag(fl)),
                None => Cell::text("—"),
            },
            Cell::text(stage.map_or("—", |s| s.zh())),
        ]);
    }
    t
}

/// Cards summing `projects` at the latest month.
fn summary_cards(ctx: &Ctx, projects: &[&Project]) -> Vec<Card> {
    let f = &ctx.fmt;
    let now = SetFigures::of(
        projects
            .iter()
            .filter_map(|p| latest_row(ctx, &p.id).map(|(_, r)| r)),
    );
    vec![
        Card {
            label: ctx.w("project_count").into(),
            value: ctx.count(projects.len()),
            sub: Some(format!(
                "{}{}",
                ctx.l("total_investment"),
                f.money(history::total_investment(projects))
            )),
            ..Card::default()
        },
        Card {
            label: ctx.w("started").into(),
            value: ctx.count(now.started),
            sub: Some(format!("{}{}", ctx.l("start_rate"), f.pct(now.start_rate))),
            ..Card::default()
        },
        Card {
            label: ctx.w("completed").into(),
            value: f.money(now.completed),
            sub: Some(format!(
                "{}{}",
                ctx.l("completion_rate"),
                f.pct(now.completion_rate)
            )),
            ..Card::default()
        },
        Card {
            label: ctx.w("red").into(),
            value: ctx.count(now.red),
            class: (now.red > 0).then_some("warn"),
            ..Card::default()
        },
    ]
}

/// Month by month figures of a set of projects: projects, start rate, completed,
/// completion rate, red flags and the department score, from
/// [`crate::metrics::history`] (the same arithmetic for any set: a department,
/// a leader, a category, a location).
fn history(ctx: &Ctx, projects: &[&Project], unit: Option<&str>) -> (Table, Chart) {
    let f = &ctx.fmt;
    let w = |k: &str| ctx.w(k).to_string();
    let problems: Vec<&crate::model::Problem> = projects
        .iter()
        .flat_map(|p| ctx.problems_of(&p.id).iter().copied())
        .collect();
    let rows: Vec<_> = projects.iter().map(|p| ctx.rows_of(&p.id)).collect();
    let months = history::history(
        ctx.metrics,
        &rows,
        &problems,
        &ctx.ledger.site.score_weights,
    );
    let mut cols = vec![
        w("month"),
        w("project_count"),
        w("start_rate"),
        w("completed"),
        w("completion_rate"),
        w("red"),
        w("score"),
    ];
    if unit.is_some() {
        cols.push(w("rank"));
    }
    let mut t = Table::new("history", w("score_history"), cols);
    t.csv = None;
    let mut labels = Vec::new();
    let mut scores = Vec::new();
    for h in &months {
        let m = &ctx.metrics[h.index];
        let s = &h.figures;
        let mut row = vec![
            ctx.month_cell(m.period),
            Cell::number(s.projects),
            Cell::new(f.pct(s.start_rate), Value::Rate(s.start_rate)),
            money(ctx, s.completed),
            Cell::new(f.pct(s.completion_rate), Value::Rate(s.completion_rate)),
            Cell::number(s.red),
            Cell::new(
                h.score.map_or_else(|| "—".into(), |s| s.fraction(2)),
                Value::Decimal(h.score, 2),
            ),
        ];
        if let Some(id) = unit {
            let rank = m
                .by_unit
                .iter()
                .find(|u| u.id.as_deref() == Some(id))
                .and_then(|u| u.rank);
            row.push(Cell::count(
                rank.map_or_else(|| "—".into(), |r| r.to_string()),
                rank.map(|r| r as u64),
            ));
        }
        t.rows.push(row);
        labels.push(
            ctx.short_month(m.period)
                + if m.month == 1 || labels.is_empty() {
                    format!(" {}", m.year)
                } else {
                    String::new()
                }
                .as_str(),
        );
        scores.push(h.score.map(|s| s.as_f64()));
    }
    let title = w("score_history");
    let line = charts::LineSeries {
        name: w("score"),
        values: scores,
        dashed: false,
    };
    let [svg, svg_narrow] = charts::Layout::BOTH
        .map(|l| l.line_chart(&title, &labels, std::slice::from_ref(&line), ctx.w("score")));
    (
        t,
        Chart {
            id: "chart-history".into(),
            title,
            svg,
            svg_narrow,
            table: None,
        },
    )
}

/// A department's page: its projects with flags and its score over the months.
pub fn unit(ctx: &Ctx, id: &str, name: &str) -> EntityView {
    let projects: Vec<&Project> = ctx
        .ledger
        .projects
        .iter()
        .filter(|p| p.unit.as_deref() == Some(id))
        .collect();
    let mut cards = summary_cards(ctx, &projects);
    if let Some(u) = ctx
        .latest()
        .and_then(|m| m.by_unit.iter().find(|u| u.id.as_deref() == Some(id)))
    {
        cards.push(Card {
            label: ctx.w("score").into(),
            value: u.score.map_or_else(|| "—".into(), |s| s.fraction(2)),
            sub: u.rank.map(|r| format!("{} {r}", ctx.w("rank"))),
            ..Card::default()
        });
    }
    let (table, chart) = history(ctx, &projects, Some(id));
    EntityView {
        kind: "unit",
        kind_label: ctx.w("unit").into(),
        title: name.to_string(),
        meta: None,
        cards,
        charts: vec![chart],
        tables: vec![
            project_table(ctx, UP, "projects", ctx.w("projects").into(), &projects).into(),
            table.into(),
        ],
    }
}

/// A page listing `projects` under a name (leader, category, location).
pub fn group(ctx: &Ctx, kind: &'static str, name: &str, projects: &[&Project]) -> EntityView {
    let (table, chart) = history(ctx, projects, None);
    EntityView {
        kind,
        kind_label: ctx.w(kind).into(),
        title: name.to_string(),
        meta: None,
        cards: summary_cards(ctx, projects),
        charts: vec![chart],
        tables: vec![
            project_table(ctx, UP, "projects", ctx.w("projects").into(), projects).into(),
            table.into(),
        ],
    }
}

/// A list page of names with their project counts, linking to their pages.
pub fn name_list(ctx: &Ctx, title: &str, items: &[(String, String, usize)]) -> ListView {
    let mut t = Table::new(
        "list",
        title,
        vec![ctx.w("name").into(), ctx.w("project_count").into()],
    );
    t.csv = None;
    for (name, href, n) in items {
        t.rows.push(vec![
            Cell::link(name.clone(), format!("../{href}")),
            Cell::number(*n),
        ]);
    }
    ListView {
        title: title.to_string(),
        tables: vec![t.into()],
    }
}

impl super::view::Tables for ProjectView {
    fn tables_mut(&mut self) -> Vec<&mut HtmlTable> {
        std::iter::once(&mut self.facts)
            .chain(self.tables.iter_mut())
            .chain(super::view::chart_tables(&mut self.charts))
            .collect()
    }
}

impl super::view::Tables for EntityView {
    fn tables_mut(&mut self) -> Vec<&mut HtmlTable> {
        self.tables
            .iter_mut()
            .chain(super::view::chart_tables(&mut self.charts))
            .collect()
    }
}

impl super::view::Tables for ListView {
    fn tables_mut(&mut self) -> Vec<&mut HtmlTable> {
        self.tables.iter_mut().collect()
    }
}
