//! Investment above a project's annual plan or its total investment: seldom
//! right, and exactly what a sheet's since-start column taken for this year's
//! gives. `check` and `build` warn, naming the month it first happens.

use crate::model::{Money, Month, Project};

/// One overrun: the month it first happens, the project, message and hint.
pub struct Overrun {
    /// The first month whose figures pass the limit.
    pub month: Month,
    /// The project's id.
    pub id: String,
    /// What is wrong.
    pub message: String,
    /// What to check.
    pub hint: String,
}

/// Every project whose completed investment in a year passes its plan for that
/// year, or whose investment over all months passes its total investment.
pub fn overruns(projects: &[Project]) -> Vec<Overrun> {
    let mut out = Vec::new();
    for p in projects {
        for (year, plan) in &p.plans {
            if plan.invest <= Money::ZERO {
                continue;
            }
            let mut sum = Money::ZERO;
            for (m, r) in p.records.range(
                Month {
                    year: *year,
                    month: 1,
                }..,
            ) {
                if m.year != *year {
                    break;
                }
                sum += r.invested;
                if sum > plan.invest {
                    out.push(Overrun {
                        month: *m,
                        id: p.id.clone(),
                        message: format!(
                            "project {}: completed investment in {year} by {m} is {}, more than its {year} plan {}",
                            p.id,
                            sum.plain(),
                            plan.invest.plain()
                        ),
                        hint: "check the month's invested figures (an import may have taken a since-start 累计 for this year's), or raise the plan in content/projects/".into(),
                    });
                    break;
                }
            }
        }
        if p.total_investment > Money::ZERO {
            let mut sum = Money::ZERO;
            for (m, r) in &p.records {
                sum += r.invested;
                if sum > p.total_investment {
                    out.push(Overrun {
                        month: *m,
                        id: p.id.clone(),
                        message: format!(
                            "project {}: investment reported by {m} is {}, more than its total investment {}",
                            p.id,
                            sum.plain(),
                            p.total_investment.plain()
                        ),
                        hint: "check the invested figures of the progress files, or the project's total_investment".into(),
                    });
                    break;
                }
            }
        }
    }
    out
}
