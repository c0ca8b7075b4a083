//! Cells and tables of group rows (分类别, 分规模 …) that bulletins and the
//! breakdown tables share.

use crate::document::{Cell, Style, Table, Value};
use crate::metrics::{GroupRow, Totals};
use crate::model::{Money, Ratio};
use crate::render::view::Ctx;

/// A money cell: printed as bulletins print it, exact in CSV and Excel.
pub(crate) fn money_cell(ctx: &Ctx, m: Money) -> Cell {
    Cell::new(ctx.fmt.money(m), Value::Money(m))
}

/// A rate cell: a percentage, the fraction in CSV and Excel.
pub(crate) fn rate_cell(ctx: &Ctx, r: Option<Ratio>) -> Cell {
    Cell::new(ctx.fmt.pct(r), Value::Rate(r))
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
        Cell::number(t.projects),
        Cell::number(t.started),
        rate_cell(ctx, t.start_rate),
        money_cell(ctx, t.annual_plan),
        money_cell(ctx, t.completed),
        rate_cell(ctx, t.completion_rate),
        Cell::number(t.flags.red),
        Cell::number(t.flags.yellow),
        Cell::number(t.flags.green),
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
        let mut row = vec![Cell::text(ctx.w("total")).style(Style::Total)];
        row.extend(totals_cells(ctx, total));
        t.rows.push(row);
    }
    t
}
