//! The bulletin's sections of figures: 总体情况 (with the cumulative and flag
//! charts), 分类别, and 分规模、级别、乡镇园区.

use super::cells::{group_table, money_cell, rate_cell, totals_cells};
use super::Parts;
use crate::charts;
use crate::document::{Cell, Chart, Style, Table};
use crate::metrics::MonthMetrics;
use crate::model::{Flag, Money, Month};
use crate::render::view::Ctx;
use crate::site::paths;

pub(super) fn overall(ctx: &Ctx, m: &MonthMetrics) -> Parts {
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
        table.rows.push(vec![
            ctx.month_cell(p.period),
            money_cell(ctx, p.completed),
            rate_cell(ctx, p.completion_rate),
            rate_cell(ctx, Some(p.schedule)),
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
        (Flag::Red, flags.red),
        (Flag::Yellow, flags.yellow),
        (Flag::Green, flags.green),
    ] {
        ftable.rows.push(vec![
            Cell::text(ctx.w(k.key())).style(Style::flag(k)),
            Cell::number(n),
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
    Parts {
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

pub(super) fn categories(ctx: &Ctx, m: &MonthMetrics) -> Parts {
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
    Parts {
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

pub(super) fn groups(ctx: &Ctx, m: &MonthMetrics) -> Parts {
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
        let mut row = vec![Cell::text(g.name.clone()).style(Style::Sub)];
        row.extend(totals_cells(ctx, &g.totals));
        size.rows.push(row);
    }
    crate::render::breakdown::set_rows(ctx, m, &mut size);
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
    Parts {
        id: "groups",
        title: ctx.w("by_groups").into(),
        charts: Vec::new(),
        tables: [
            Some(size),
            crate::render::breakdown::tags(ctx, m),
            Some(level),
            Some(location),
        ]
        .into_iter()
        .flatten()
        .collect(),
    }
}
