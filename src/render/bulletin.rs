//! One bulletin page: cards, commentary, charts, tables, ranking, flags, problems,
//! the promotion funnel; and the CSV file of every table, and all of them as
//! one Excel workbook.

use serde::Serialize;

use super::table::{Cell, Table};
use super::view::{fill, Card, Chart, Ctx, Link};
use crate::charts;
use crate::diagnostics::Diagnostic;
use crate::metrics::{GroupRow, MonthMetrics, Totals};
use crate::model::{Flag, Money, Month, Ratio};
use crate::site::output::OutFile;
use crate::site::paths;

/// A section of a bulletin: a heading, its charts and tables.
#[derive(Debug, Serialize)]
pub struct Section {
    /// Anchor id.
    pub id: &'static str,
    /// Heading.
    pub title: String,
    /// Charts.
    pub charts: Vec<Chart>,
    /// Tables.
    pub tables: Vec<Table>,
}

/// A bulletin as its template sees it (`bulletin` in bulletin.html).
#[derive(Debug, Serialize)]
pub struct BulletinView {
    /// Title.
    pub title: String,
    /// 第N期.
    pub issue: String,
    /// Issue date.
    pub date: Option<String>,
    /// Big-number cards.
    pub cards: Vec<Card>,
    /// Commentary (or the default summary) as HTML.
    pub commentary_html: String,
    /// Built with `--draft`: the page is marked 草稿 (draft).
    pub draft: bool,
    /// Sections.
    pub sections: Vec<Section>,
    /// Previous bulletin.
    pub prev: Option<Link>,
    /// Next bulletin.
    pub next: Option<Link>,
    /// The Excel workbook of the tables beside the page (`2021-09-tables.xlsx`).
    pub xlsx: String,
    /// The single-file copy beside the page (`2021-09-bulletin.html`).
    pub single: String,
}

/// The default title of a month's bulletin.
pub fn default_title(ctx: &Ctx, m: Month) -> String {
    match ctx.lang() {
        crate::model::Language::En => format!("Key projects bulletin, {}", ctx.month_name(m)),
        crate::model::Language::ZhTw => format!("{}重點項目建設情況通報", ctx.month_name(m)),
        crate::model::Language::ZhCn => format!("{}重点项目建设情况通报", ctx.month_name(m)),
    }
}

/// The bulletin's title (front matter, else the default).
pub fn title(ctx: &Ctx, m: Month) -> String {
    ctx.ledger
        .bulletins
        .get(&m)
        .and_then(|c| c.title.clone())
        .unwrap_or_else(|| default_title(ctx, m))
}

/// 期号: the front matter's number, else the month's rank among that year's bulletins.
pub fn number(ctx: &Ctx, m: Month) -> u32 {
    if let Some(n) = ctx.ledger.bulletins.get(&m).and_then(|c| c.number) {
        return n;
    }
    ctx.ledger
        .months
        .iter()
        .filter(|x| x.year == m.year && **x <= m)
        .count() as u32
}

/// Builds the bulletin of month index `i` of `ctx.metrics`; returns the view and
/// its CSV files and Excel workbook (name, bytes).
pub fn build(ctx: &Ctx, i: usize) -> Result<(BulletinView, Vec<OutFile>), Vec<Diagnostic>> {
    let m = &ctx.metrics[i];
    let prev = i.checked_sub(1).map(|j| &ctx.metrics[j]);
    let root = "../../";
    let link = |x: &MonthMetrics| Link {
        title: title(ctx, x.period),
        href: format!("{root}{}", paths::bulletin(x.period)),
    };
    let commentary = super::commentary::written(ctx, m)?.html;
    let sections = vec![
        overall(ctx, m),
        super::breakdown::stages(ctx, m),
        categories(ctx, m),
        groups(ctx, m),
        ranking(ctx, m, prev),
        flags(ctx, m),
        problems(ctx, m),
        promotion(ctx, m),
    ];
    let mut csv = Vec::new();
    for s in &sections {
        for t in s
            .tables
            .iter()
            .chain(s.charts.iter().filter_map(|c| c.table.as_ref()))
        {
            if let Some(name) = &t.csv {
                csv.push((name.clone(), t.to_csv()));
            }
        }
    }
    let c = ctx.ledger.bulletins.get(&m.period);
    let xlsx = super::xlsx::bulletin_workbook(ctx, m, &sections)?;
    csv.push(xlsx.clone());
    let view = BulletinView {
        title: title(ctx, m.period),
        issue: fill(ctx.w("issue_no"), number(ctx, m.period)),
        date: c.and_then(|c| c.date).map(|d| ctx.date(d)),
        cards: cards(ctx, m, prev),
        commentary_html: commentary,
        draft: ctx.ledger.site.draft,
        sections,
        prev: prev.map(link),
        next: ctx.metrics.get(i + 1).map(link),
        xlsx: xlsx.0,
        single: paths::bulletin_single(m.period)
            .rsplit('/')
            .next()
            .unwrap_or_default()
            .to_string(),
    };
    Ok((view, csv))
}

/// The headline cards of a month, with 环比 against `prev` and 同比 where last year exists.
pub fn cards(ctx: &Ctx, m: &MonthMetrics, prev: Option<&MonthMetrics>) -> Vec<Card> {
    let f = &ctx.fmt;
    let t = &m.totals;
    let yoy = ctx.w("year_on_year");
    // 环比 only within the same plan year: January starts a new year's figures.
    let prev = prev.filter(|p| p.year == m.year);
    let mut started = Card {
        label: ctx.l("started").to_string(),
        value: ctx.count(t.started),
        sub: Some(format!("{}{}", ctx.l("start_rate"), f.pct(t.start_rate))),
        ..Card::default()
    };
    let mut done = Card {
        label: ctx.l("completed").to_string(),
        value: f.money(t.completed),
        sub: Some(format!(
            "{}{} · {}{}",
            ctx.l("completion_rate"),
            f.pct(t.completion_rate),
            ctx.l("schedule"),
            f.pct(Some(m.schedule))
        )),
        ..Card::default()
    };
    if let Some(p) = prev {
        started
            .deltas
            .push(f.count_change(t.started, p.totals.started));
        done.deltas.push(format!(
            "{} {}",
            ctx.l("invested_month"),
            f.money(t.invested_month)
        ));
    }
    if let Some(ly) = &m.last_year {
        started
            .deltas
            .push(format!("{yoy} {}", f.points(t.start_rate, ly.start_rate)));
        done.deltas
            .push(format!("{yoy} {}", f.growth(t.completed, ly.completed)));
    }
    let behind = t.completion_rate.is_some_and(|r| r < m.schedule);
    if behind {
        done.class = Some("warn");
    }
    vec![
        Card {
            label: ctx.l("project_count").to_string(),
            value: ctx.count(t.projects),
            sub: Some(format!(
                "{}{} · {}{}",
                ctx.l("new"),
                t.new,
                ctx.l("continuing"),
                t.continuing
            )),
            deltas: vec![format!(
                "{}{}",
                ctx.l("total_investment"),
                f.money(t.total_investment)
            )],
            class: None,
        },
        started,
        done,
        Card {
            label: ctx.l("red").to_string(),
            value: ctx.count(t.flags.red),
            sub: Some(format!(
                "{}{} · {}{}",
                ctx.l("yellow"),
                t.flags.yellow,
                ctx.l("green"),
                t.flags.green
            )),
            deltas: Vec::new(),
            class: (t.flags.red > 0).then_some("warn"),
        },
        Card {
            label: ctx.l("resolution_rate").to_string(),
            value: f.pct(m.problems.resolution_rate),
            sub: Some(format!(
                "{}{} · {}{}",
                ctx.l("problems_open"),
                m.problems.open,
                ctx.l("resolved_count"),
                m.problems.resolved
            )),
            deltas: Vec::new(),
            class: None,
        },
    ]
}

/// A money cell: printed as bulletins print it, exact in CSV and Excel.
pub(crate) fn money_cell(ctx: &Ctx, m: Money) -> Cell {
    Cell::money(ctx.fmt.money(m), m.plain())
}

/// A rate cell: a percentage, the fraction in CSV and Excel.
pub(crate) fn rate_cell(ctx: &Ctx, r: Option<Ratio>) -> Cell {
    Cell::rate(ctx.fmt.pct(r), r.map(|r| r.fraction(4)).unwrap_or_default())
}

/// Columns of a group table (name column first).
fn group_columns(ctx: &Ctx, first: &str) -> Vec<String> {
    [
        first,
        "project_count",
        "started",
        "start_rate",
        "annual_plan",
        "completed",
        "completion_rate",
        "red",
        "yellow",
        "green",
    ]
    .iter()
    .enumerate()
    .map(|(i, k)| {
        if i == 0 {
            k.to_string()
        } else {
            ctx.w(k).to_string()
        }
    })
    .collect()
}

/// The cells of a group row after its name.
pub(crate) fn totals_cells(ctx: &Ctx, t: &Totals) -> Vec<Cell> {
    vec![
        Cell::num(t.projects.to_string()),
        Cell::num(t.started.to_string()),
        rate_cell(ctx, t.start_rate),
        money_cell(ctx, t.annual_plan),
        money_cell(ctx, t.completed),
        rate_cell(ctx, t.completion_rate),
        Cell::num(t.flags.red.to_string()),
        Cell::num(t.flags.yellow.to_string()),
        Cell::num(t.flags.green.to_string()),
    ]
}

/// A table of group rows, with a total row.
pub fn group_table(
    ctx: &Ctx,
    id: &str,
    title: String,
    first: &str,
    rows: &[GroupRow],
    total: Option<&Totals>,
    href: impl Fn(&GroupRow) -> Option<String>,
) -> Table {
    let mut t = Table::new(id, title, group_columns(ctx, first));
    for r in rows {
        let mut row = vec![match href(r) {
            Some(h) => Cell::link(r.name.clone(), h),
            None => Cell::text(r.name.clone()),
        }];
        row.extend(totals_cells(ctx, &r.totals));
        t.rows.push(row);
    }
    if let Some(total) = total {
        let mut row = vec![Cell::text(match ctx.lang() {
            crate::model::Language::En => "Total",
            _ => "合计",
        })
        .class("total")];
        row.extend(totals_cells(ctx, total));
        t.rows.push(row);
    }
    t
}

fn overall(ctx: &Ctx, m: &MonthMetrics) -> Section {
    let f = &ctx.fmt;
    let labels: Vec<String> = (1..=12)
        .map(|mo| {
            ctx.short_month(Month {
                year: m.year,
                month: mo,
            })
        })
        .collect();
    let yi = |x: Money| x.as_f64_wan() / 10_000.0;
    let plan = m.totals.annual_plan;
    let mut lines = vec![charts::LineSeries {
        name: format!("{}{}", ctx.l("this_year"), ctx.l("completed")),
        values: (1..=12u8)
            .map(|mo| {
                m.cumulative_by_month
                    .iter()
                    .find(|p| p.month == mo)
                    .map(|p| yi(p.completed))
            })
            .collect(),
        dashed: false,
    }];
    lines.push(charts::LineSeries {
        name: ctx.w("schedule").to_string(),
        values: (1..=12u8)
            .map(|mo| Some(yi(plan) * f64::from(mo) / 12.0))
            .collect(),
        dashed: true,
    });
    if !m.last_year_by_month.is_empty() {
        lines.push(charts::LineSeries {
            name: ctx.w("last_year").to_string(),
            values: (1..=12u8)
                .map(|mo| {
                    m.last_year_by_month
                        .iter()
                        .find(|p| p.month == mo)
                        .map(|p| yi(p.completed))
                })
                .collect(),
            dashed: false,
        });
    }
    let title = ctx.w("cum_chart").to_string();
    let [svg, svg_narrow] =
        charts::Layout::BOTH.map(|l| l.line_chart(&title, &labels, &lines, ctx.w("yi")));
    let mut table = Table::new(
        "cumulative",
        title.clone(),
        vec![
            ctx.w("month").into(),
            ctx.w("completed").into(),
            ctx.w("completion_rate").into(),
            ctx.w("schedule").into(),
        ],
    );
    for p in &m.cumulative_by_month {
        let sched = Ratio::new(i128::from(p.month), 12);
        table.rows.push(vec![
            ctx.month_cell(p.period),
            money_cell(ctx, p.completed),
            rate_cell(ctx, p.completion_rate),
            Cell::num(f.pct(sched)),
        ]);
    }
    let flags = &m.totals.flags;
    let ftitle = ctx.w("flag_split").to_string();
    let [fsvg, fsvg_narrow] = charts::Layout::BOTH.map(|l| {
        l.flag_split(
            &ftitle,
            (flags.red as u32, ctx.w("red")),
            (flags.yellow as u32, ctx.w("yellow")),
            (flags.green as u32, ctx.w("green")),
        )
    });
    let mut ftable = Table::new(
        "flags",
        ftitle.clone(),
        vec![ctx.w("flags").into(), ctx.w("count").into()],
    );
    // The section is `#flags`; the table keeps its CSV name, flags.csv.
    ftable.id = "flags-table".into();
    for (k, n) in [
        ("red", flags.red),
        ("yellow", flags.yellow),
        ("green", flags.green),
    ] {
        ftable.rows.push(vec![
            Cell::text(ctx.w(k)).class(flag_class(k)),
            Cell::num(n.to_string()),
        ]);
    }
    // In the kind rows, 开复工 of 续建 is 复工 and of 新建 is 新开工.
    let kinds = group_table(
        ctx,
        "by-kind",
        ctx.w("by_kind").into(),
        ctx.w("kind"),
        &m.by_kind,
        Some(&m.totals),
        |_| None,
    );
    Section {
        id: "overall",
        title: ctx.w("overview").into(),
        charts: vec![
            Chart {
                id: "chart-cumulative".into(),
                title: title.clone(),
                svg,
                svg_narrow,
                table: Some(table),
            },
            Chart {
                id: "chart-flags".into(),
                title: ftitle,
                svg: fsvg,
                svg_narrow: fsvg_narrow,
                table: Some(ftable),
            },
        ],
        tables: vec![kinds],
    }
}

fn flag_class(k: &str) -> &'static str {
    match k {
        "red" => "flag-red",
        "yellow" => "flag-yellow",
        _ => "flag-green",
    }
}

fn categories(ctx: &Ctx, m: &MonthMetrics) -> Section {
    let f = &ctx.fmt;
    let names: Vec<String> = m.by_category.iter().map(|g| g.name.clone()).collect();
    let yi = |x: Money| x.as_f64_wan() / 10_000.0;
    let series = vec![
        charts::Series {
            name: ctx.w("annual_plan").into(),
            values: m
                .by_category
                .iter()
                .map(|g| yi(g.totals.annual_plan))
                .collect(),
            labels: m
                .by_category
                .iter()
                .map(|g| g.totals.annual_plan.yi_2())
                .collect(),
        },
        charts::Series {
            name: ctx.w("completed").into(),
            values: m
                .by_category
                .iter()
                .map(|g| yi(g.totals.completed))
                .collect(),
            labels: m
                .by_category
                .iter()
                .map(|g| g.totals.completed.yi_2())
                .collect(),
        },
    ];
    let title = ctx.w("plan_vs_done").to_string();
    let [svg, svg_narrow] =
        charts::Layout::BOTH.map(|l| l.grouped_bars(&title, &names, &series, ctx.w("yi")));
    let stitle = ctx.w("start_by_cat").to_string();
    let [ssvg, ssvg_narrow] = charts::Layout::BOTH.map(|l| {
        l.horizontal_bars(
            &stitle,
            &names,
            &m.by_category
                .iter()
                .map(|g| g.totals.start_rate.map_or(0.0, |r| r.as_f64() * 100.0))
                .collect::<Vec<_>>(),
            &m.by_category
                .iter()
                .map(|g| {
                    format!(
                        "{} ({}/{})",
                        f.pct(g.totals.start_rate),
                        g.totals.started,
                        g.totals.projects
                    )
                })
                .collect::<Vec<_>>(),
            Some(100.0),
        )
    });
    let table = group_table(
        ctx,
        "by-category",
        ctx.w("by_category").into(),
        ctx.w("category"),
        &m.by_category,
        Some(&m.totals),
        |g| Some(format!("../../{}", paths::category(&g.name))),
    );
    Section {
        id: "categories",
        title: ctx.w("by_category").into(),
        charts: vec![
            Chart {
                id: "chart-category".into(),
                title,
                svg,
                svg_narrow,
                table: None,
            },
            Chart {
                id: "chart-start-rate".into(),
                title: stitle,
                svg: ssvg,
                svg_narrow: ssvg_narrow,
                table: None,
            },
        ],
        tables: vec![table],
    }
}

fn groups(ctx: &Ctx, m: &MonthMetrics) -> Section {
    let mut size = group_table(
        ctx,
        "by-size",
        ctx.w("by_size").into(),
        ctx.w("total_investment"),
        &m.by_size,
        Some(&m.totals),
        |_| None,
    );
    for g in &m.size_thresholds {
        let mut row = vec![Cell::text(g.name.clone()).class("sub")];
        row.extend(totals_cells(ctx, &g.totals));
        size.rows.push(row);
    }
    super::breakdown::set_rows(ctx, m, &mut size);
    let level = group_table(
        ctx,
        "by-level",
        ctx.w("by_level").into(),
        ctx.w("level"),
        &m.by_level,
        None,
        |_| None,
    );
    let location = group_table(
        ctx,
        "by-location",
        ctx.w("by_location").into(),
        ctx.w("location"),
        &m.by_location,
        None,
        |g| {
            ctx.ledger
                .projects
                .iter()
                .any(|p| p.location.as_deref() == Some(g.name.as_str()))
                .then(|| format!("../../{}", paths::location(&g.name)))
        },
    );
    Section {
        id: "groups",
        title: match ctx.lang() {
            crate::model::Language::En => "By size, level and location".into(),
            crate::model::Language::ZhTw => "分規模、級別、鄉鎮園區".into(),
            crate::model::Language::ZhCn => "分规模、级别、乡镇园区".into(),
        },
        charts: Vec::new(),
        tables: [
            Some(size),
            super::breakdown::tags(ctx, m),
            Some(level),
            Some(location),
        ]
        .into_iter()
        .flatten()
        .collect(),
    }
}

fn ranking(ctx: &Ctx, m: &MonthMetrics, prev: Option<&MonthMetrics>) -> Section {
    let f = &ctx.fmt;
    let title = ctx.w("score_chart").to_string();
    let ranked: Vec<_> = m.by_unit.iter().filter(|u| u.rank.is_some()).collect();
    let mut sorted = ranked.clone();
    sorted.sort_by_key(|u| u.rank);
    let [svg, svg_narrow] = charts::Layout::BOTH.map(|l| {
        l.horizontal_bars(
            &title,
            &sorted.iter().map(|u| u.name.clone()).collect::<Vec<_>>(),
            &sorted
                .iter()
                .map(|u| u.score.map_or(0.0, |s| s.as_f64()))
                .collect::<Vec<_>>(),
            &sorted
                .iter()
                .map(|u| u.score.map_or_else(|| "—".into(), |s| s.fraction(2)))
                .collect::<Vec<_>>(),
            Some(100.0),
        )
    });
    let prev = prev.filter(|p| p.year == m.year);
    let mut t = Table::new(
        "ranking",
        ctx.w("ranking"),
        [
            "rank",
            "unit",
            "score",
            "rank_change",
            "project_count",
            "start_rate",
            "completion_rate",
            "resolution_rate",
            "red",
        ]
        .iter()
        .map(|k| ctx.w(k).to_string())
        .collect(),
    );
    // The section is `#ranking`; the table keeps its CSV name, ranking.csv.
    t.id = "ranking-table".into();
    for u in &sorted {
        let before = prev
            .and_then(|p| p.by_unit.iter().find(|x| x.id == u.id))
            .and_then(|x| x.rank);
        let change = match (u.rank, before) {
            (Some(a), Some(b)) if a < b => format!("↑{}", b - a),
            (Some(a), Some(b)) if a > b => format!("↓{}", a - b),
            (Some(_), Some(_)) => "—".into(),
            _ => match ctx.lang() {
                crate::model::Language::En => "new".into(),
                _ => "新".into(),
            },
        };
        let name = match &u.id {
            Some(id) => Cell::link(u.name.clone(), format!("../../{}", paths::unit(id))),
            None => Cell::text(u.name.clone()),
        };
        t.rows.push(vec![
            Cell::num(u.rank.map(|r| r.to_string()).unwrap_or_default()),
            name,
            Cell::num(u.score.map_or_else(|| "—".into(), |s| s.fraction(2))),
            Cell::num(change),
            Cell::num(u.totals.projects.to_string()),
            rate_cell(ctx, u.totals.start_rate),
            rate_cell(ctx, u.totals.completion_rate),
            rate_cell(ctx, u.problems.resolution_rate),
            Cell::num(u.totals.flags.red.to_string()),
        ]);
    }
    let _ = f;
    Section {
        id: "ranking",
        title: ctx.w("ranking").into(),
        charts: vec![Chart {
            id: "chart-scores".into(),
            title,
            svg,
            svg_narrow,
            table: None,
        }],
        tables: vec![t],
    }
}

fn flags(ctx: &Ctx, m: &MonthMetrics) -> Section {
    let f = &ctx.fmt;
    let make = |flag: Flag, id: &str, title: &str| {
        let mut t = Table::new(
            id,
            title,
            [
                "project",
                "unit",
                "leaders",
                "plan",
                "completed",
                "completion_rate",
                "behind",
                "remark",
            ]
            .iter()
            .map(|k| ctx.w(k).to_string())
            .collect(),
        );
        t.phone_cards = true;
        let mut rows: Vec<_> = m.projects.iter().filter(|p| p.flag == Some(flag)).collect();
        // Worst first: furthest behind, then by id.
        rows.sort_by(|a, b| b.behind.cmp(&a.behind).then(a.id.cmp(b.id)));
        for p in rows {
            let leaders = ctx
                .project(p.id)
                .map(|x| x.leaders.join("、"))
                .unwrap_or_default();
            // The column says "behind by", so the gap prints without a sign;
            // being overdue to start is a note of its own, not a figure.
            let behind = p
                .behind
                .filter(|b| *b > Ratio::int(0))
                .map_or_else(|| "—".into(), |b| f.points(Some(b), Some(Ratio::int(0))))
                .trim_start_matches('+')
                .to_string();
            let note = if p.overdue { ctx.w("overdue") } else { "" };
            t.rows.push(vec![
                Cell::link(
                    p.name.to_string(),
                    format!("../../{}", paths::project(p.id)),
                ),
                Cell::text(p.unit_name.unwrap_or("—").to_string()),
                Cell::text(leaders),
                money_cell(ctx, p.plan),
                money_cell(ctx, p.completed),
                rate_cell(ctx, p.completion_rate).class(flag_class(flag.key())),
                Cell::num(behind),
                Cell::text(note),
            ]);
        }
        t
    };
    let red = make(Flag::Red, "red-list", ctx.w("red_list"));
    let mut green = make(Flag::Green, "green-list", ctx.w("green_list"));
    green
        .columns
        .truncate(green.columns.len().saturating_sub(2));
    for r in &mut green.rows {
        r.truncate(r.len().saturating_sub(2));
    }
    Section {
        id: "flags",
        title: ctx.w("flags").into(),
        charts: Vec::new(),
        tables: vec![red, green],
    }
}

fn problems(ctx: &Ctx, m: &MonthMetrics) -> Section {
    let end = m.period.last_day();
    let start = crate::model::Date {
        year: m.period.year,
        month: m.period.month,
        day: 1,
    };
    let cols = |extra: &str| {
        ["problem", "project", "problem_owner", "raised", extra]
            .iter()
            .map(|k| ctx.w(k).to_string())
            .collect::<Vec<_>>()
    };
    let row = |p: &crate::model::Problem, last: Cell| {
        let pname = ctx
            .project(&p.project)
            .map_or_else(|| p.project.clone(), |x| x.name.clone());
        vec![
            Cell::text(p.text.clone()).class("long-text"),
            Cell::link(pname, format!("../../{}", paths::project(&p.project))),
            Cell::text(p.owner.clone().unwrap_or_else(|| "—".into())),
            ctx.date_cell(p.raised),
            last,
        ]
    };
    let mut new = Table::new("problems-new", ctx.w("problems_new"), cols("resolved"));
    let mut done = Table::new(
        "problems-resolved",
        ctx.w("problems_resolved"),
        cols("resolved"),
    );
    let mut open = Table::new("problems-open", ctx.w("problems_open"), cols("days_open"));
    // Problems are sorted by raised date, so "open" lists the oldest first.
    for p in &ctx.ledger.problems {
        let resolved_by_end = p.resolved.filter(|r| *r <= end);
        if p.raised >= start && p.raised <= end {
            new.rows.push(row(
                p,
                resolved_by_end.map_or_else(|| Cell::text("—"), |d| ctx.date_cell(d)),
            ));
        }
        if let Some(r) = resolved_by_end.filter(|r| *r >= start) {
            done.rows.push(row(p, ctx.date_cell(r)));
        }
        if p.raised <= end && resolved_by_end.is_none() {
            let days = end.days() - p.raised.days();
            open.rows.push(row(p, Cell::num(days.to_string())));
        }
    }
    Section {
        id: "problems",
        title: ctx.w("problems").into(),
        charts: Vec::new(),
        tables: vec![new, done, open],
    }
}

fn promotion(ctx: &Ctx, m: &MonthMetrics) -> Section {
    let f = &ctx.fmt;
    let pr = &m.promotion;
    let title = ctx.w("funnel").to_string();
    let stages = [
        ("signed", pr.signed),
        ("fulfilled", pr.fulfilled),
        ("started", pr.started),
        ("operating", pr.operating),
    ];
    let [svg, svg_narrow] = charts::Layout::BOTH.map(|l| {
        l.funnel(
            &title,
            &stages
                .iter()
                .map(|(k, n)| (ctx.w(k).to_string(), *n as f64, n.to_string()))
                .collect::<Vec<_>>(),
        )
    });
    let mut t = Table::new(
        "promotion",
        title.clone(),
        vec![ctx.w("indicator").into(), ctx.w("value").into()],
    );
    // The section is `#promotion`; the table keeps its CSV name, promotion.csv.
    t.id = "promotion-table".into();
    for (k, n) in stages {
        t.rows.push(vec![
            Cell::text(ctx.w(k)),
            Cell::num_csv(ctx.count(n), n.to_string()),
        ]);
    }
    t.rows.push(vec![
        Cell::text(ctx.w("signed_investment")),
        money_cell(ctx, pr.signed_investment),
    ]);
    t.rows
        .push(vec![Cell::text(ctx.w("funds")), money_cell(ctx, pr.funds)]);
    t.rows.push(vec![
        Cell::text(ctx.w("fulfil_rate")),
        Cell::num(f.pct(pr.fulfil_rate)),
    ]);
    t.rows.push(vec![
        Cell::text(ctx.w("promo_start_rate")),
        Cell::num(f.pct(pr.start_rate)),
    ]);
    Section {
        id: "promotion",
        title: ctx.w("promotion").into(),
        charts: vec![Chart {
            id: "chart-funnel".into(),
            title,
            svg,
            svg_narrow,
            table: None,
        }],
        tables: vec![t],
    }
}

impl super::view::Tables for BulletinView {
    fn tables_mut(&mut self) -> Vec<&mut Table> {
        self.sections
            .iter_mut()
            .flat_map(|s| {
                s.tables
                    .iter_mut()
                    .chain(super::view::chart_tables(&mut s.charts))
            })
            .collect()
    }
}
