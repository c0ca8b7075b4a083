//! Project, department, leader, category and location pages, and their lists.

use serde::Serialize;

use super::markdown;
use super::table::{Cell, Table};
use super::view::{Card, Chart, Ctx};
use crate::charts;
use crate::metrics::{MonthMetrics, ProjectRow};
use crate::model::{Flag, Money, Project, Ratio};
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
    pub facts: Table,
    /// Description as HTML.
    pub description_html: Option<String>,
    /// Cards.
    pub cards: Vec<Card>,
    /// Charts.
    pub charts: Vec<Chart>,
    /// Tables: month by month, stage history, problems.
    pub tables: Vec<Table>,
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
    pub tables: Vec<Table>,
}

/// A list page (`list` in list.html).
#[derive(Debug, Serialize)]
pub struct ListView {
    /// Title.
    pub title: String,
    /// Tables.
    pub tables: Vec<Table>,
}

fn flag_view(ctx: &Ctx, f: Flag) -> FlagView {
    FlagView {
        key: f.key(),
        label: ctx.w(f.key()),
    }
}

fn money(ctx: &Ctx, m: Money) -> Cell {
    Cell::num_csv(ctx.fmt.money(m), m.plain())
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
        facts.rows.push(vec![
            Cell::row_header(ctx.w("started")),
            Cell::text(ctx.month_name(s)).with_csv(s.to_string()),
        ]);
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
        let mut cum = Money::ZERO;
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
        for mo in 1..=last {
            let month = crate::model::Month { year: y, month: mo };
            let rec = p.records.get(&month);
            let inv = rec.map_or(Money::ZERO, |r| r.invested);
            cum += inv;
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
                    Cell::text(r.note.clone().unwrap_or_default()).class("long-text"),
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
            Cell::text(pr.text.clone()).class("long-text"),
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
        facts,
        description_html: p.description.as_deref().map(markdown::to_html),
        cards,
        charts: charts_out,
        tables: vec![monthly, history, problems],
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
            row.map_or_else(|| Cell::num("—"), |r| money(ctx, r.plan)),
            row.map_or_else(|| Cell::num("—"), |r| money(ctx, r.completed)),
            Cell::num(row.map_or_else(|| "—".into(), |r| f.pct(r.completion_rate))),
            match flag {
                Some(fl) => Cell::text(ctx.w(fl.key())).class(match fl {
                    Flag::Red => "flag-red",
                    Flag::Yellow => "flag-yellow",
                    Flag::Green => "flag-green",
                }),
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
    let rows: Vec<&ProjectRow> = projects
        .iter()
        .filter_map(|p| latest_row(ctx, &p.id).map(|(_, r)| r))
        .collect();
    let plan: Money = rows.iter().map(|r| r.plan).sum();
    let done: Money = rows.iter().map(|r| r.completed).sum();
    let started = rows.iter().filter(|r| r.started).count();
    let red = rows.iter().filter(|r| r.flag == Some(Flag::Red)).count();
    let total: Money = projects.iter().map(|p| p.total_investment).sum();
    vec![
        Card {
            label: ctx.w("project_count").into(),
            value: ctx.count(projects.len()),
            sub: Some(format!("{}{}", ctx.l("total_investment"), f.money(total))),
            ..Card::default()
        },
        Card {
            label: ctx.w("started").into(),
            value: ctx.count(started),
            sub: Some(format!(
                "{}{}",
                ctx.l("start_rate"),
                f.pct(Ratio::new(started as i128, rows.len() as i128))
            )),
            ..Card::default()
        },
        Card {
            label: ctx.w("completed").into(),
            value: f.money(done),
            sub: Some(format!(
                "{}{}",
                ctx.l("completion_rate"),
                f.pct(Ratio::new(
                    i128::from(done.units()),
                    i128::from(plan.units())
                ))
            )),
            ..Card::default()
        },
        Card {
            label: ctx.w("red").into(),
            value: ctx.count(red),
            class: (red > 0).then_some("warn"),
            ..Card::default()
        },
    ]
}

/// Month by month figures of a set of projects: projects, start rate, completed,
/// completion rate, red flags and the score DOMAIN.md gives a department, computed
/// the same way for any set (a department, a leader, a category, a location).
fn history(ctx: &Ctx, projects: &[&Project], unit: Option<&str>) -> (Table, Chart) {
    let f = &ctx.fmt;
    let w = |k: &str| ctx.w(k).to_string();
    let problems: Vec<&crate::model::Problem> = projects
        .iter()
        .flat_map(|p| ctx.problems_of(&p.id).iter().copied())
        .collect();
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
    // One pass over the group's projects adds up every month at once.
    #[derive(Clone, Copy, Default)]
    struct Sums {
        rows: usize,
        started: usize,
        red: usize,
        plan: Money,
        done: Money,
    }
    let mut sums = vec![Sums::default(); ctx.metrics.len()];
    for p in projects {
        for (s, r) in sums.iter_mut().zip(ctx.rows_of(&p.id)) {
            if let Some(r) = r {
                s.rows += 1;
                s.started += usize::from(r.started);
                s.red += usize::from(r.flag == Some(Flag::Red));
                s.plan += r.plan;
                s.done += r.completed;
            }
        }
    }
    for (m, s) in ctx.metrics.iter().zip(&sums) {
        if s.rows == 0 {
            continue;
        }
        let (started, plan, done, red) = (s.started, s.plan, s.done, s.red);
        let start_rate = Ratio::new(started as i128, s.rows as i128);
        let completion = Ratio::new(i128::from(done.units()), i128::from(plan.units()));
        let end = m.period.last_day();
        let raised: Vec<_> = problems
            .iter()
            .filter(|p| p.raised.year == m.year && p.raised <= end)
            .collect();
        let resolved = raised
            .iter()
            .filter(|p| p.resolved.is_some_and(|r| r <= end))
            .count();
        let resolution = Ratio::new(resolved as i128, raised.len() as i128);
        let score = crate::metrics::department_score(
            start_rate,
            completion,
            resolution,
            m.schedule,
            &ctx.ledger.site.score_weights,
        );
        let score_s = score.map_or_else(|| "—".into(), |s| s.fraction(2));
        let mut row = vec![
            ctx.month_cell(m.period),
            Cell::num(s.rows.to_string()),
            Cell::num(f.pct(start_rate)),
            money(ctx, done),
            Cell::num(f.pct(completion)),
            Cell::num(red.to_string()),
            Cell::num(score_s),
        ];
        if let Some(id) = unit {
            let rank = m
                .by_unit
                .iter()
                .find(|u| u.id.as_deref() == Some(id))
                .and_then(|u| u.rank);
            row.push(Cell::num(
                rank.map_or_else(|| "—".into(), |r| r.to_string()),
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
        scores.push(score.map(|s| s.as_f64()));
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
            project_table(ctx, UP, "projects", ctx.w("projects").into(), &projects),
            table,
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
            project_table(ctx, UP, "projects", ctx.w("projects").into(), projects),
            table,
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
            Cell::num(n.to_string()),
        ]);
    }
    ListView {
        title: title.to_string(),
        tables: vec![t],
    }
}

impl super::view::Tables for ProjectView {
    fn tables_mut(&mut self) -> Vec<&mut Table> {
        std::iter::once(&mut self.facts)
            .chain(self.tables.iter_mut())
            .chain(super::view::chart_tables(&mut self.charts))
            .collect()
    }
}

impl super::view::Tables for EntityView {
    fn tables_mut(&mut self) -> Vec<&mut Table> {
        self.tables
            .iter_mut()
            .chain(super::view::chart_tables(&mut self.charts))
            .collect()
    }
}

impl super::view::Tables for ListView {
    fn tables_mut(&mut self) -> Vec<&mut Table> {
        self.tables.iter_mut().collect()
    }
}
