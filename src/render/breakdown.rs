//! The bulletin's tables of the figures beyond the core ones: 分阶段 and the
//! pipeline (项目储备) in a section of their own, 分标签 beside the other
//! groupings, and the site's project sets (项目集) as rows of the size table,
//! where bulletins print their "亿元以上" scopes.

use super::bulletin::{group_table, money_cell, rate_cell, totals_cells, Parts};
use super::view::Ctx;
use crate::document::{Cell, Style, Table};
use crate::metrics::MonthMetrics;

/// 分阶段: the plan set by stage (with a total row), and every project on the
/// ledger by stage, planned or not.
pub(crate) fn stages(ctx: &Ctx, m: &MonthMetrics) -> Parts {
    let by_stage = group_table(
        ctx,
        "by-stage",
        ctx.w("by_stage").into(),
        ctx.w("stage"),
        &m.by_stage,
        Some(&m.totals),
        |_| None,
    );
    let mut pipeline = Table::new(
        "pipeline",
        ctx.w("pipeline"),
        vec![
            ctx.w("stage").into(),
            ctx.w("project_count").into(),
            ctx.w("total_investment").into(),
            ctx.w("in_plan").into(),
        ],
    );
    for r in &m.pipeline {
        pipeline.rows.push(vec![
            Cell::text(r.name.clone()),
            Cell::number(r.projects),
            money_cell(ctx, r.total_investment),
            Cell::number(r.planned),
        ]);
    }
    let total = m.pipeline_total();
    pipeline.rows.push(vec![
        Cell::text(ctx.w("total")).style(Style::Total),
        Cell::number(total.projects),
        money_cell(ctx, total.total_investment),
        Cell::number(total.planned),
    ]);
    Parts {
        id: "stages",
        title: ctx.w("stages").into(),
        charts: Vec::new(),
        tables: vec![by_stage, pipeline],
    }
}

/// 分标签: one row per tag with its share of the completed investment and its
/// 同比; `None` when no project has a tag.
pub fn tags(ctx: &Ctx, m: &MonthMetrics) -> Option<Table> {
    if m.by_tag.is_empty() {
        return None;
    }
    let mut t = group_table(
        ctx,
        "by-tag",
        ctx.w("by_tag").into(),
        ctx.w("tag"),
        &[],
        None,
        |_| None,
    );
    t.columns.push(ctx.w("completed_share").into());
    t.columns.push(ctx.w("completed_yoy").into());
    for (r, g) in m.by_tag.iter().zip(&m.growth.by_tag) {
        let mut row = vec![Cell::text(r.name.clone())];
        row.extend(totals_cells(ctx, &r.totals));
        row.push(rate_cell(ctx, r.completed_share));
        row.push(signed_rate_cell(ctx, g.completed.yoy));
        t.rows.push(row);
    }
    Some(t)
}

/// The site's project sets as rows under the size table's 以上 rows.
pub fn set_rows(ctx: &Ctx, m: &MonthMetrics, size: &mut Table) {
    for s in &m.sets {
        let mut row = vec![Cell::text(s.name.clone()).style(Style::Sub)];
        row.extend(totals_cells(ctx, &s.totals));
        size.rows.push(row);
    }
}

/// A growth rate with its sign (`+41.9%`), `—` without one.
fn signed_rate_cell(ctx: &Ctx, r: Option<crate::model::Ratio>) -> Cell {
    Cell::new(ctx.fmt.signed_pct(r), crate::document::Value::Rate(r))
}
