//! DOMAIN.md's arithmetic (月度指标): pure functions from the validated [`Ledger`] to
//! each report month's figures, serializable to metrics.json.
//!
//! [`compute`] gives one month, [`compute_all`] every month with a progress file.
//! Per-project facts are computed once ([`Prepared`]), so a month costs one pass over
//! the projects and a ledger costs projects × months, whatever the history's length
//! (100,000 projects × 24 months: about half a second on two cores). The project rows
//! borrow their text from the ledger, hence [`MonthMetrics<'a>`](MonthMetrics).
//!
//! # Readings of DOMAIN.md
//!
//! - **Start month** is `started` when given, else the first month (over the whole
//!   history, possibly after P) whose record has an active stage. **Kind**: the
//!   plan's explicit kind, else 续建 when the start month is before January of Y,
//!   else 新建 — a project that never started is 新建.
//! - **Started in Y by P** (开工 / 复工): some month from January of Y through P has
//!   an active stage, stages carried forward, so a project active in December of Y−1
//!   with no January record is active in January and counts. A declared `started`
//!   month within January..=P also counts. Months before the first record have no
//!   stage.
//! - **Overdue** (逾期未开工, always red) means a planned start month ≤ P and not
//!   started in Y by P; for a 续建 project that is "not resumed".
//! - **Flags**: red when rate < schedule − red_below or overdue; else green when
//!   rate ≥ schedule; else yellow. A zero or missing plan has no flag.
//! - **Groupings**: projects without a unit, location or level fall in a 未指定 row,
//!   printed last and only when it has plan-set projects (for units: or problems),
//!   so every grouping adds up to the totals. Declared categories, units and levels are always listed; values
//!   not declared (not expected in a validated ledger) get their own rows, sorted.
//!   Locations are listed by name, only those with plan-set projects.
//! - **Department score**: over the department's plan-set projects. Its problems are
//!   those whose *project* belongs to the department (any of its projects, planned or
//!   not), raised in Y through P. A part with nothing to measure earns its full
//!   weight: no problems raised, or a zero annual plan. No plan-set projects: no
//!   score, no rank; the 未指定 row is not a department and has neither.
//! - **Promotion** "started": some record at or before P has an active stage, or the
//!   declared `started` month is ≤ P. Funds are summed over every month ≤ P, any
//!   year. The funnel counts every signed project, planned or not.
//! - **Last year** (去年同期): the totals at (Y−1, m) when some progress file is in
//!   Y−1 at or before month m and some project has a plan for Y−1; otherwise `null`.
//! - Any month may be computed, with or without a progress file. Records after P
//!   never change P's figures: a first active month after P is in Y or later, which
//!   makes the project 新建 either way.
//! - **Monthly series** (`cumulative_by_month`, `last_year_by_month`): completed YTD
//!   of the year's plan set at each month of the year that has a progress file
//!   (through P for Y; the whole of Y−1).

mod breakdown;
mod derived;
mod eval;
mod funnel;
mod groups;
pub mod history;
mod layout;
mod precision;
mod prepare;
mod score;
mod timeline;
mod types;

#[cfg(test)]
mod tests;

use rayon::prelude::*;

pub use eval::{flag_for, kind_in, schedule};
pub use precision::{with_rate_decimals, without_project_rows, RATE_DECIMALS};
pub use prepare::{Prepared, UNSPECIFIED};
pub use score::{competition_ranks, department_score};
pub use types::{
    Change, FlagCounts, GroupRow, Growth, MonthMetrics, PipelineRow, ProblemCounts, ProjectRow,
    Promotion, RankRow, SeriesPoint, ShareRow, TagGrowth, Totals, UnitRow, SCORE_DECIMALS,
};

use std::collections::BTreeMap;

use crate::model::{Ledger, Money, Month, Ratio};
use eval::{money_ratio, Eval, Period};
use groups::Baseline;
use prepare::Facts;

/// The figures of report month `period` (any month; normally one of `ledger.months`).
/// To compute several months, use [`compute_all`] or [`Prepared::month`].
pub fn compute(ledger: &Ledger, period: Month) -> MonthMetrics<'_> {
    Prepared::new(ledger).month(period)
}

/// The figures of every month with a progress file (`ledger.months`), ascending.
/// Months are computed in parallel; 去年同期 reuses a computed month's totals.
pub fn compute_all(ledger: &Ledger) -> Vec<MonthMetrics<'_>> {
    let prep = Prepared::new(ledger);
    let mut all: Vec<MonthMetrics<'_>> = ledger
        .months
        .par_iter()
        .map(|m| prep.month_without_last_year(*m))
        .collect();
    let known: BTreeMap<Month, Baseline> = all.iter().map(|x| (x.period, baseline_of(x))).collect();
    all.par_iter_mut().for_each(|x| prep.compare(x, &known));
    all
}

/// metrics.json: the month's figures as pretty JSON with a trailing newline,
/// laid out one top-level key per line and one row per line in the lists
/// (projects, groupings); see [`layout`].
pub fn to_json(metrics: &MonthMetrics<'_>) -> String {
    String::from_utf8_lossy(&to_json_bytes(metrics)).into_owned()
}

/// [`to_json`] as the bytes of the file.
pub fn to_json_bytes(metrics: &MonthMetrics<'_>) -> Vec<u8> {
    // About 300 bytes a project row.
    let size = 4096 + metrics.projects.len() * 320;
    layout::rows_per_line(metrics, size).unwrap_or_else(|e| {
        // Unreachable: every key is a string and every value serializes.
        layout::rows_per_line(&serde_json::json!({ "error": e.to_string() }), 64)
            .unwrap_or_default()
    })
}

impl<'a> Prepared<'a> {
    /// The figures of report month `period`.
    pub fn month(&self, period: Month) -> MonthMetrics<'a> {
        let mut x = self.month_without_last_year(period);
        self.compare(&mut x, &BTreeMap::new());
        x
    }

    /// Fills in what compares `x` with other months: 去年同期 and the growth
    /// rates (同比 against it, 环比 against the previous bulletin of the year),
    /// taking those months from `known` when they were computed already.
    fn compare(&self, x: &mut MonthMetrics<'a>, known: &BTreeMap<Month, Baseline>) {
        let last_year = self.last_year(x.period, known);
        let last_month = self
            .ledger
            .months
            .iter()
            .rev()
            .find(|m| **m < x.period)
            .filter(|m| m.year == x.period.year)
            .map(|m| self.baseline_at(*m, known));
        x.growth = breakdown::growth(
            self,
            &baseline_of(x),
            last_year.as_ref(),
            last_month.as_ref(),
        );
        x.last_year = last_year.map(|b| b.totals);
    }

    /// The baseline of `month`, from `known` or computed.
    fn baseline_at(&self, month: Month, known: &BTreeMap<Month, Baseline>) -> Baseline {
        known.get(&month).cloned().unwrap_or_else(|| {
            groups::baseline(self, &Period::new(month, self.ledger.site.red_below))
        })
    }

    /// The figures of `period`, `last_year` left `None`.
    fn month_without_last_year(&self, period: Month) -> MonthMetrics<'a> {
        let p = Period::new(period, self.ledger.site.red_below);
        // At most one row a project: reserved once, not grown (and copied,
        // and its new pages faulted in) a dozen times.
        let mut projects = Vec::with_capacity(self.facts.len());
        let t = groups::tally(self, &p, |f, e| projects.push(project_row(f, e, &p, self)));
        if !self.sorted_by_id {
            projects.sort_by(|a, b| a.id.cmp(b.id));
        }
        let (problems, unit_problems) = funnel::problems(self, period);
        let totals = t.total.totals();
        let by_tag = breakdown::share_rows(self.tags.iter().map(String::as_str), &t.tag, &totals);
        let sets = breakdown::share_rows(
            self.ledger.site.sets.iter().map(|s| s.name.as_str()),
            &t.set,
            &totals,
        );
        let by_unit = self.unit_rows(&t.unit, &unit_problems, &p);
        let mut ranking: Vec<RankRow> = by_unit
            .iter()
            .filter_map(|row| {
                Some(RankRow {
                    rank: row.rank?,
                    id: row.id.clone()?,
                    name: row.name.clone(),
                    score: row.score,
                })
            })
            .collect();
        ranking.sort_by_key(|r| r.rank);
        MonthMetrics {
            period,
            year: period.year,
            month: period.month,
            schedule: p.schedule,
            totals,
            by_category: groups::dimension_rows(&self.categories, &t.category),
            by_kind: groups::kind_rows(&t.kind),
            by_unit,
            by_location: groups::dimension_rows(&self.locations, &t.location),
            by_level: groups::dimension_rows(&self.levels, &t.level),
            by_size: groups::size_rows(&t.size),
            size_thresholds: groups::threshold_rows(&t.threshold),
            by_stage: breakdown::stage_rows(&t.stage),
            pipeline: breakdown::pipeline_rows(&t.pipeline),
            by_tag,
            sets,
            last_year: None,
            growth: Growth::default(),
            promotion: funnel::promotion(self, period),
            problems,
            projects,
            ranking,
            cumulative_by_month: self.series(period.year, Some(period)),
            last_year_by_month: self.series(period.year - 1, None),
        }
    }

    /// 去年同期: the totals (and tags) at the same month of Y−1, where data exists
    /// (taken from `known` when that month was computed already).
    fn last_year(&self, period: Month, known: &BTreeMap<Month, Baseline>) -> Option<Baseline> {
        let before = period.year_before();
        let has_file = self
            .ledger
            .months
            .iter()
            .any(|m| m.year == before.year && *m <= before);
        if !has_file || !self.annual_plans.contains_key(&before.year) {
            return None;
        }
        Some(self.baseline_at(before, known))
    }

    /// Completed YTD of `year`'s plan set at each month of `year` with a progress file
    /// (through `until` when given); empty when no project has a plan for `year`.
    fn series(&self, year: i32, until: Option<Month>) -> Vec<SeriesPoint> {
        let (Some(plan), Some(monthly)) = (self.annual_plans.get(&year), self.monthly_of(year))
        else {
            return Vec::new();
        };
        self.ledger
            .months
            .iter()
            .filter(|m| m.year == year && until.is_none_or(|u| **m <= u))
            .map(|m| {
                let upto = usize::from(m.month).min(12);
                let completed: Money = monthly[..upto].iter().sum();
                SeriesPoint {
                    period: *m,
                    month: m.month,
                    completed,
                    completion_rate: money_ratio(completed, *plan),
                    schedule: schedule(*m),
                }
            })
            .collect()
    }

    /// The monthly investment of `year`'s plan set (zeros when nothing was invested).
    fn monthly_of(&self, year: i32) -> Option<[Money; 12]> {
        self.annual_plans.contains_key(&year).then(|| {
            self.monthly
                .get(&year)
                .copied()
                .unwrap_or([Money::ZERO; 12])
        })
    }

    /// The 分单位 rows with problems, scores and ranks.
    fn unit_rows(
        &self,
        accs: &[eval::Acc],
        problems: &[ProblemCounts],
        p: &Period,
    ) -> Vec<UnitRow> {
        let weights = &self.ledger.site.score_weights;
        let mut rows: Vec<UnitRow> = accs
            .iter()
            .enumerate()
            .zip(problems)
            .filter(|((i, acc), problems)| {
                self.units.always.get(*i).copied().unwrap_or(false)
                    || acc.projects() > 0
                    || problems.raised > 0
                    || problems.open > 0
            })
            .map(|((i, acc), problems)| {
                let totals = acc.totals();
                let problems = *problems;
                let id = self.units.values.get(i).cloned().flatten();
                let score = id.as_ref().and_then(|_| {
                    department_score(
                        totals.start_rate,
                        totals.completion_rate,
                        problems.resolution_rate,
                        p.schedule,
                        weights,
                    )
                });
                UnitRow {
                    name: self
                        .unit_names
                        .get(i)
                        .copied()
                        .flatten()
                        .map_or_else(|| self.units.name(i), str::to_string),
                    id,
                    totals,
                    problems,
                    score,
                    rank: None,
                }
            })
            .collect();
        let scores: Vec<_> = rows.iter().map(|r| r.score).collect();
        for (row, rank) in rows.iter_mut().zip(competition_ranks(&scores)) {
            row.rank = rank;
        }
        rows
    }
}

/// What growth rates of other months compare with in `x`: its totals and tags.
fn baseline_of(x: &MonthMetrics<'_>) -> Baseline {
    Baseline {
        totals: x.totals.clone(),
        tag_completed: x.by_tag.iter().map(|r| r.totals.completed).collect(),
    }
}

/// `a − b` exactly, without reducing (no gcd: this runs once per project and month).
fn difference(a: Ratio, b: Ratio) -> Option<Ratio> {
    Ratio::new(a.num() * b.den() - b.num() * a.den(), a.den() * b.den())
}

/// One plan-set project's row.
fn project_row<'a>(f: &Facts<'a>, e: &Eval<'a>, p: &Period, prep: &Prepared<'a>) -> ProjectRow<'a> {
    let project = f.project;
    ProjectRow {
        id: &project.id,
        name: &project.name,
        stage: e.stage,
        kind: e.kind,
        plan: e.plan.invest,
        completed: e.completed,
        completion_rate: e.rate,
        flag: e.flag,
        unit: project.unit.as_deref(),
        unit_name: prep.unit_names.get(f.unit).copied().flatten(),
        category: &project.category,
        location: project.location.as_deref(),
        level: project.level.as_deref(),
        total_investment: project.total_investment,
        invested_month: e.invested_month,
        started: e.started,
        planned_start: e.plan.start,
        overdue: e.overdue,
        behind: e.rate.and_then(|r| difference(p.schedule, r)),
    }
}
