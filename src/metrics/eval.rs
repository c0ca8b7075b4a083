//! DOMAIN.md's per-project arithmetic at a report month — kind, started, completion,
//! flag — and the sums that turn projects into [`Totals`].

use super::prepare::Facts;
use super::timeline::{Snapshot, Timelines};
use super::types::{FlagCounts, Totals};
use crate::model::{Flag, Kind, Money, Month, Plan, Ratio, Stage};

/// The report month P and what follows from it and the site settings.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Period {
    /// Report month P.
    pub month: Month,
    /// 序时进度 = m ÷ 12.
    pub schedule: Ratio,
    /// The red line: schedule − red_below; a rate below it is red.
    pub red_line: Ratio,
}

impl Period {
    /// The report month `month` with the site's `red_below`.
    pub(crate) fn new(month: Month, red_below: Ratio) -> Period {
        let schedule = schedule(month);
        Period {
            month,
            schedule,
            red_line: schedule.sub(red_below),
        }
    }

    /// Plan year Y.
    pub(crate) fn year(&self) -> i32 {
        self.month.year
    }
}

/// 序时进度 of a report month: m ÷ 12.
pub fn schedule(month: Month) -> Ratio {
    Ratio::new(i128::from(month.month), 12).unwrap_or(Ratio::int(0))
}

/// 新建 / 续建 of a project in plan year `year`: the plan's explicit kind, else
/// continuing when the start month is before January of `year`, else new (also
/// when the project has no start month at all).
pub fn kind_in(plan: &Plan, start_month: Option<Month>, year: i32) -> Kind {
    match (plan.kind, start_month) {
        (Some(kind), _) => kind,
        (None, Some(start)) if start.year < year => Kind::Continuing,
        (None, _) => Kind::New,
    }
}

/// The flag (红绿旗) of a project with completion rate `rate` (`None`: no or zero plan,
/// no flag). Red when the rate is below the red line or the project is overdue to
/// start; green at or above schedule; yellow otherwise.
pub fn flag_for(
    rate: Option<Ratio>,
    overdue: bool,
    schedule: Ratio,
    red_line: Ratio,
) -> Option<Flag> {
    let rate = rate?;
    Some(if overdue || rate < red_line {
        Flag::Red
    } else if rate >= schedule {
        Flag::Green
    } else {
        Flag::Yellow
    })
}

/// `a ÷ b` of two amounts of money, `None` when `b` is zero.
pub(crate) fn money_ratio(a: Money, b: Money) -> Option<Ratio> {
    Ratio::new(i128::from(a.units()), i128::from(b.units()))
}

/// `a ÷ b` of two counts, `None` when `b` is zero.
pub(crate) fn count_ratio(a: usize, b: usize) -> Option<Ratio> {
    Ratio::new(a as i128, b as i128)
}

/// One plan-set project evaluated at a report month.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Eval<'a> {
    /// The project's plan for the year.
    pub plan: &'a Plan,
    /// 新建 / 续建 in the year.
    pub kind: Kind,
    /// Started in the year by P.
    pub started: bool,
    /// Planned start month ≤ P and not started.
    pub overdue: bool,
    /// Stage at P, carried forward.
    pub stage: Option<Stage>,
    /// Investment in P.
    pub invested_month: Money,
    /// Investment January..=P.
    pub completed: Money,
    /// completed ÷ plan.
    pub rate: Option<Ratio>,
    /// 红绿旗.
    pub flag: Option<Flag>,
}

/// Whether the project started (开工 / 复工) in P's year by P: some month from January
/// through P has an active stage (stages carried forward), or its declared `started`
/// month falls in January..=P.
pub(crate) fn started_in_year(f: &Facts<'_>, at: &Snapshot, period: Month) -> bool {
    at.active_in_year
        || f.project
            .started
            .is_some_and(|s| s >= period.january() && s <= period)
}

/// Evaluates a project at `period`; `None` when it has no plan for the year.
pub(crate) fn evaluate<'a>(
    f: &Facts<'a>,
    timelines: &Timelines,
    period: &Period,
) -> Option<Eval<'a>> {
    let p = period.month;
    let plan = f.project.plans.get(&period.year())?;
    let at = timelines.at(&f.span, p);
    let started = started_in_year(f, &at, p);
    let overdue = !started && plan.start.is_some_and(|s| s <= p);
    let rate = money_ratio(at.completed, plan.invest);
    Some(Eval {
        plan,
        kind: kind_in(plan, f.start_month, period.year()),
        started,
        overdue,
        stage: at.stage,
        invested_month: at.invested,
        completed: at.completed,
        rate,
        flag: flag_for(rate, overdue, period.schedule, period.red_line),
    })
}

/// Running sums of plan-set projects, turned into [`Totals`] at the end.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Acc {
    projects: usize,
    new: usize,
    continuing: usize,
    started: usize,
    new_started: usize,
    resumed: usize,
    total_investment: Money,
    annual_plan: Money,
    invested_month: Money,
    completed: Money,
    flags: FlagCounts,
}

impl Acc {
    /// Adds one evaluated project.
    pub(crate) fn add(&mut self, f: &Facts<'_>, e: &Eval<'_>) {
        self.projects += 1;
        match e.kind {
            Kind::New => self.new += 1,
            Kind::Continuing => self.continuing += 1,
        }
        if e.started {
            self.started += 1;
            match e.kind {
                Kind::New => self.new_started += 1,
                Kind::Continuing => self.resumed += 1,
            }
        }
        self.total_investment += f.project.total_investment;
        self.annual_plan += e.plan.invest;
        self.invested_month += e.invested_month;
        self.completed += e.completed;
        match e.flag {
            Some(Flag::Red) => self.flags.red += 1,
            Some(Flag::Yellow) => self.flags.yellow += 1,
            Some(Flag::Green) => self.flags.green += 1,
            None => {}
        }
    }

    /// Number of projects added.
    pub(crate) fn projects(&self) -> usize {
        self.projects
    }

    /// The figures, with their rates.
    pub(crate) fn totals(&self) -> Totals {
        Totals {
            projects: self.projects,
            new: self.new,
            continuing: self.continuing,
            total_investment: self.total_investment,
            annual_plan: self.annual_plan,
            started: self.started,
            new_started: self.new_started,
            resumed: self.resumed,
            not_started: self.projects - self.started,
            start_rate: count_ratio(self.started, self.projects),
            new_start_rate: count_ratio(self.new_started, self.new),
            resume_rate: count_ratio(self.resumed, self.continuing),
            invested_month: self.invested_month,
            completed: self.completed,
            completion_rate: money_ratio(self.completed, self.annual_plan),
            flags: self.flags,
        }
    }
}
