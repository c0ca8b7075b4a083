//! The headline cards of a bulletin (项目总数, 开复工, 完成投资, 红旗, 问题化解).

use crate::document::Card;
use crate::metrics::MonthMetrics;
use crate::render::view::Ctx;

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
            .push(format!("{yoy} {}", f.growth(m.growth.completed.yoy)));
    }
    let behind = t.completion_rate.is_some_and(|r| r < m.schedule);
    if behind {
        done.warn = true;
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
            warn: false,
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
            warn: t.flags.red > 0,
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
            warn: false,
        },
    ]
}
