//! The bulletin's sections of lists: the department ranking, the red and
//! green lists, problems, and 招商引资.

use super::cells::{money_cell, rate_cell};
use super::Parts;
use crate::charts;
use crate::document::{Cell, Chart, Style, Table, Value};
use crate::metrics::MonthMetrics;
use crate::model::{Flag, Ratio};
use crate::render::view::Ctx;
use crate::site::paths;

pub(super) fn ranking(ctx: &Ctx, m: &MonthMetrics, prev: Option<&MonthMetrics>) -> Parts {
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
            _ => ctx.w("rank_new").into(),
        };
        let name = match &u.id {
            Some(id) => Cell::link(u.name.clone(), format!("../../{}", paths::unit(id))),
            None => Cell::text(u.name.clone()),
        };
        t.rows.push(vec![
            Cell::count(
                u.rank.map(|r| r.to_string()).unwrap_or_default(),
                u.rank.map(|r| r as u64),
            ),
            name,
            Cell::new(
                u.score.map_or_else(|| "—".into(), |s| s.fraction(2)),
                Value::Decimal(u.score, 2),
            ),
            Cell::mark(change),
            Cell::number(u.totals.projects),
            rate_cell(ctx, u.totals.start_rate),
            rate_cell(ctx, u.totals.completion_rate),
            rate_cell(ctx, u.problems.resolution_rate),
            Cell::number(u.totals.flags.red),
        ]);
    }
    Parts {
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

pub(super) fn flags(ctx: &Ctx, m: &MonthMetrics) -> Parts {
    let f = &ctx.fmt;
    let make = |flag: Flag, id: &str, title: &str| {
        // The green list has no gap to show nor a note: its last two
        // columns are left out (and not computed for thousands of rows).
        let behind_columns = flag != Flag::Green;
        const COLUMNS: [&str; 8] = [
            "project",
            "unit",
            "leaders",
            "plan",
            "completed",
            "completion_rate",
            "behind",
            "remark",
        ];
        let columns = if behind_columns {
            &COLUMNS[..]
        } else {
            &COLUMNS[..6]
        };
        let mut t = Table::new(
            id,
            title,
            columns.iter().map(|k| ctx.w(k).to_string()).collect(),
        );
        t.phone_cards = true;
        let mut rows: Vec<_> = m.projects.iter().filter(|p| p.flag == Some(flag)).collect();
        // Worst first: furthest behind, then by id.
        rows.sort_by(|a, b| b.behind.cmp(&a.behind).then(a.id.cmp(b.id)));
        t.rows.reserve(rows.len());
        for p in rows {
            let leaders = ctx
                .project(p.id)
                .map(|x| x.leaders.join("、"))
                .unwrap_or_default();
            let mut row = Vec::with_capacity(columns.len());
            row.extend([
                Cell::link(
                    p.name.to_string(),
                    format!("../../{}", paths::project(p.id)),
                ),
                Cell::text(p.unit_name.unwrap_or("—").to_string()),
                Cell::text(leaders),
                money_cell(ctx, p.plan),
                money_cell(ctx, p.completed),
                rate_cell(ctx, p.completion_rate).style(Style::flag(flag)),
            ]);
            if behind_columns {
                // The column says "behind by", so the gap prints without a
                // sign; being overdue to start is a note of its own, not a
                // figure.
                let gap = p.behind.filter(|b| *b > Ratio::int(0));
                let behind = gap.map_or_else(|| "—".into(), |b| f.points_unsigned(b));
                let note = if p.overdue { ctx.w("overdue") } else { "" };
                row.push(Cell::new(behind, Value::Points(gap)));
                row.push(Cell::text(note));
            }
            t.rows.push(row);
        }
        t
    };
    Parts {
        id: "flags",
        title: ctx.w("flags").into(),
        charts: Vec::new(),
        tables: vec![
            make(Flag::Red, "red-list", ctx.w("red_list")),
            make(Flag::Green, "green-list", ctx.w("green_list")),
        ],
    }
}

pub(super) fn problems(ctx: &Ctx, m: &MonthMetrics) -> Parts {
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
            Cell::text(p.text.clone()).style(Style::LongText),
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
            open.rows.push(row(
                p,
                Cell::count(days.to_string(), u64::try_from(days).ok()),
            ));
        }
    }
    Parts {
        id: "problems",
        title: ctx.w("problems").into(),
        charts: Vec::new(),
        tables: vec![new, done, open],
    }
}

pub(super) fn promotion(ctx: &Ctx, m: &MonthMetrics) -> Parts {
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
            Cell::count(ctx.count(n), Some(n as u64)),
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
        rate_cell(ctx, pr.fulfil_rate),
    ]);
    t.rows.push(vec![
        Cell::text(ctx.w("promo_start_rate")),
        rate_cell(ctx, pr.start_rate),
    ]);
    Parts {
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
