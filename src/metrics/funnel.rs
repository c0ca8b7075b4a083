//! The promotion funnel (招商引资: 签约 → 履约 → 开工 → 投产) and the problem
//! list's counts (问题清单: 新增, 办结, 未办结).

use super::eval::count_ratio;
use super::prepare::Prepared;
use super::types::{ProblemCounts, Promotion};
use crate::model::{Date, Month, Problem, Stage};

/// The promotion funnel at `period`: projects signed from 1 January of its year through
/// its last day.
pub(crate) fn promotion(prep: &Prepared<'_>, period: Month) -> Promotion {
    let first = Date {
        year: period.year,
        month: 1,
        day: 1,
    };
    let last = period.last_day();
    let mut p = Promotion::default();
    for f in &prep.facts {
        let Some(signed) = f.project.signed else {
            continue;
        };
        if signed < first || signed > last {
            continue;
        }
        let at = prep.timelines.at(&f.span, period);
        let stage = at.stage;
        p.signed += 1;
        p.signed_investment += f.project.total_investment;
        p.funds += at.funds;
        if stage.is_some_and(Stage::is_fulfilled) {
            p.fulfilled += 1;
        }
        if f.project.started.is_some_and(|s| s <= period)
            || prep.timelines.active_by(&f.span, period)
        {
            p.started += 1;
        }
        if stage == Some(Stage::Operating) {
            p.operating += 1;
        }
    }
    p.fulfil_rate = count_ratio(p.fulfilled, p.signed);
    p.start_rate = count_ratio(p.started, p.signed);
    p
}

/// Running problem counts; [`ProblemTally::counts`] adds the rate.
#[derive(Clone, Copy, Debug, Default)]
struct ProblemTally {
    raised: usize,
    resolved: usize,
    open: usize,
}

impl ProblemTally {
    fn add(&mut self, problem: &Problem, year: i32, last: Date) {
        if problem.raised > last {
            return;
        }
        let resolved = problem.resolved.is_some_and(|r| r <= last);
        if problem.raised.year == year {
            self.raised += 1;
            if resolved {
                self.resolved += 1;
            }
        }
        if !resolved {
            self.open += 1;
        }
    }

    fn counts(self) -> ProblemCounts {
        ProblemCounts {
            raised: self.raised,
            resolved: self.resolved,
            open: self.open,
            resolution_rate: count_ratio(self.resolved, self.raised),
        }
    }
}

/// Problem counts at `period`, in total and for each unit row (a problem counts for the
/// department of its project; problems of unknown projects count only in the total).
pub(crate) fn problems(prep: &Prepared<'_>, period: Month) -> (ProblemCounts, Vec<ProblemCounts>) {
    let last = period.last_day();
    let mut total = ProblemTally::default();
    let mut by_unit = vec![ProblemTally::default(); prep.units.len()];
    for (problem, project) in prep.ledger.problems.iter().zip(&prep.problem_project) {
        total.add(problem, period.year, last);
        if let Some(slot) = project.and_then(|i| prep.facts.get(i)).map(|f| f.unit) {
            if let Some(t) = by_unit.get_mut(slot) {
                t.add(problem, period.year, last);
            }
        }
    }
    (
        total.counts(),
        by_unit.into_iter().map(ProblemTally::counts).collect(),
    )
}
