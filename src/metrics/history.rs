//! Figures of any set of projects (a department, a leader, a category, a
//! location), now and month by month: the same start rate, completion rate,
//! resolution rate and department score that [`super::MonthMetrics`] gives the
//! whole plan set, so that a group page and the bulletin can never disagree.

use super::eval::{count_ratio, money_ratio};
use super::{department_score, MonthMetrics, ProjectRow};
use crate::model::{Flag, Money, Month, Problem, Project, Ratio, ScoreWeights};

/// A set of projects at one month.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SetFigures {
    /// Projects of the set in that month's plan set.
    pub projects: usize,
    /// Of those, started (开复工).
    pub started: usize,
    /// Of those, with a red flag.
    pub red: usize,
    /// Their annual plan.
    pub plan: Money,
    /// Completed YTD.
    pub completed: Money,
    /// started ÷ projects.
    pub start_rate: Option<Ratio>,
    /// completed ÷ plan.
    pub completion_rate: Option<Ratio>,
}

impl SetFigures {
    /// The figures of `rows` (the set's rows of one month's plan set).
    pub fn of<'r, 'a: 'r>(rows: impl IntoIterator<Item = &'r ProjectRow<'a>>) -> SetFigures {
        let mut s = SetFigures::default();
        for r in rows {
            s.projects += 1;
            s.started += usize::from(r.started);
            s.red += usize::from(r.flag == Some(Flag::Red));
            s.plan += r.plan;
            s.completed += r.completed;
        }
        s.start_rate = count_ratio(s.started, s.projects);
        s.completion_rate = money_ratio(s.completed, s.plan);
        s
    }
}

/// One month of a set's history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SetMonth {
    /// The month.
    pub period: Month,
    /// Index of the month in the metrics the history was made from.
    pub index: usize,
    /// The set's figures that month.
    pub figures: SetFigures,
    /// Problems of the set raised in that year up to the month's end, resolved
    /// by then ÷ raised.
    pub resolution_rate: Option<Ratio>,
    /// The department score (DOMAIN.md) of the set that month.
    pub score: Option<Ratio>,
}

/// The set's figures in every month of `metrics` where it has projects in the
/// plan set. `rows` gives each project's row in each month of `metrics`
/// (`None` where it is not in that month's figures); `problems` are the set's
/// problems.
pub fn history<'r, 'a: 'r>(
    metrics: &[MonthMetrics<'a>],
    rows: &[&'r [Option<&'r ProjectRow<'a>>]],
    problems: &[&Problem],
    weights: &ScoreWeights,
) -> Vec<SetMonth> {
    let mut out = Vec::new();
    for (i, m) in metrics.iter().enumerate() {
        let figures = SetFigures::of(rows.iter().filter_map(|r| r.get(i).copied().flatten()));
        if figures.projects == 0 {
            continue;
        }
        let end = m.period.last_day();
        let raised: Vec<_> = problems
            .iter()
            .filter(|p| p.raised.year == m.year && p.raised <= end)
            .collect();
        let resolved = raised
            .iter()
            .filter(|p| p.resolved.is_some_and(|r| r <= end))
            .count();
        let resolution_rate = count_ratio(resolved, raised.len());
        out.push(SetMonth {
            period: m.period,
            index: i,
            figures,
            resolution_rate,
            score: department_score(
                figures.start_rate,
                figures.completion_rate,
                resolution_rate,
                m.schedule,
                weights,
            ),
        });
    }
    out
}

/// The total investment of `projects` (every project, planned or not).
pub fn total_investment(projects: &[&Project]) -> Money {
    projects.iter().map(|p| p.total_investment).sum()
}

/// One month of a project's year: what it invested and its running total.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ProjectMonth {
    /// The month.
    pub month: Month,
    /// Invested that month (zero without a record).
    pub invested: Money,
    /// Invested from January through that month.
    pub cumulative: Money,
}

/// A project's months of `year`, January through month `last`, with the
/// running total of its investment.
pub fn project_year(p: &Project, year: i32, last: u8) -> Vec<ProjectMonth> {
    let mut cumulative = Money::ZERO;
    (1..=last)
        .map(|month| {
            let month = Month { year, month };
            let invested = p.records.get(&month).map_or(Money::ZERO, |r| r.invested);
            cumulative += invested;
            ProjectMonth {
                month,
                invested,
                cumulative,
            }
        })
        .collect()
}
