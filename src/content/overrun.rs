//! Investment far above a project's annual plan (more than 120% of it) or
//! above its total investment: seldom right, and exactly what a sheet's
//! since-start column taken for this year's gives. `check` and `build` warn,
//! naming the month it first happens (`import` warns at any overrun).

use crate::diagnostics::LoadMessage;
use crate::model::{Money, Month, Project, Record};

/// One overrun: the month it first happens, the project, message and hint.
pub struct Overrun {
    /// The first month whose figures pass the limit.
    pub month: Month,
    /// The project's id.
    pub id: String,
    /// The project's place in the ledger.
    pub project: usize,
    /// What is wrong.
    pub message: LoadMessage,
    /// What to check.
    pub hint: LoadMessage,
}

/// The first month at which the running sum of `invested` passes `limit`, and that sum.
fn first_over<'a>(
    records: impl Iterator<Item = (&'a Month, &'a Record)>,
    limit: Money,
) -> Option<(Month, Money)> {
    let mut sum = Money::ZERO;
    for (m, r) in records {
        sum += r.invested;
        if sum > limit {
            return Some((*m, sum));
        }
    }
    None
}

/// Every project whose completed investment in a year passes its plan for that
/// year, or whose investment over all months passes its total investment.
pub fn overruns(projects: &[Project]) -> Vec<Overrun> {
    let mut out = Vec::new();
    for (project, p) in projects.iter().enumerate() {
        for (year, plan) in &p.plans {
            if plan.invest <= Money::ZERO {
                continue;
            }
            let in_year = p
                .records
                .range(
                    Month {
                        year: *year,
                        month: 1,
                    }..,
                )
                .take_while(|(m, _)| m.year == *year);
            // A fifth above the plan: beating a plan by a little is common and
            // shows as a 完成率 over 100%; far above it is seldom right.
            let limit =
                Money::from_units(plan.invest.units().saturating_add(plan.invest.units() / 5));
            if let Some((m, sum)) = first_over(in_year, limit) {
                out.push(Overrun {
                    month: m,
                    id: p.id.clone(),
                    project,
                    message: LoadMessage::PlanOverrun {
                        id: p.id.clone(),
                        year: *year,
                        month: m,
                        completed: sum.plain(),
                        plan: plan.invest.plain(),
                    },
                    hint: LoadMessage::PlanOverrunHint,
                });
            }
        }
        if p.total_investment <= Money::ZERO {
            continue;
        }
        if let Some((m, sum)) = first_over(p.records.iter(), p.total_investment) {
            out.push(Overrun {
                month: m,
                id: p.id.clone(),
                project,
                message: LoadMessage::TotalOverrun {
                    id: p.id.clone(),
                    month: m,
                    reported: sum.plain(),
                    total: p.total_investment.plain(),
                },
                hint: LoadMessage::TotalOverrunHint,
            });
        }
    }
    out
}
