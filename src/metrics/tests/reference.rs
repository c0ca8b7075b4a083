//! A plain, slow reading of DOMAIN.md, written straight from its sentences with the
//! model's own `stage_at` and `start_month`, to check the fast module against.

use crate::metrics::{FlagCounts, ProblemCounts, Promotion};
use crate::model::{Date, Flag, Kind, Ledger, Money, Month, Project, Ratio, Stage};

/// One plan-set project at P, the reference way.
#[derive(Debug, PartialEq, Eq)]
pub struct RefProject {
    pub id: String,
    pub kind: Kind,
    pub started: bool,
    pub stage: Option<Stage>,
    pub invested_month: Money,
    pub completed: Money,
    pub flag: Option<Flag>,
}

/// The totals' counts and sums, the reference way.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct RefTotals {
    pub projects: usize,
    pub new: usize,
    pub continuing: usize,
    pub started: usize,
    pub new_started: usize,
    pub resumed: usize,
    pub total_investment: Money,
    pub annual_plan: Money,
    pub invested_month: Money,
    pub completed: Money,
    pub flags: FlagCounts,
}

/// Months from January of `p`'s year through `p`.
fn year_to(p: Month) -> impl Iterator<Item = Month> {
    (1..=p.month).map(move |month| Month {
        year: p.year,
        month,
    })
}

/// "Started in Y by P: some month from January of Y to P has an active stage."
fn started(project: &Project, p: Month) -> bool {
    year_to(p).any(|mm| project.stage_at(mm).is_some_and(Stage::is_active))
        || project.started.is_some_and(|s| s.year == p.year && s <= p)
}

/// Every plan-set project at `p`, in ledger order.
pub fn projects(l: &Ledger, p: Month) -> Vec<RefProject> {
    let schedule = Ratio::new(i128::from(p.month), 12).unwrap();
    let red_line = schedule.sub(l.site.red_below);
    let mut out = Vec::new();
    for project in &l.projects {
        let Some(plan) = project.plans.get(&p.year) else {
            continue;
        };
        let kind = plan.kind.unwrap_or(match project.start_month() {
            Some(s) if s < p.january() => Kind::Continuing,
            _ => Kind::New,
        });
        let started = started(project, p);
        let completed: Money = year_to(p)
            .filter_map(|mm| project.records.get(&mm))
            .map(|r| r.invested)
            .sum();
        let flag = if plan.invest.is_zero() {
            None
        } else {
            let rate = Ratio::new(
                i128::from(completed.units()),
                i128::from(plan.invest.units()),
            )
            .unwrap();
            let overdue = plan.start.is_some_and(|s| s <= p) && !started;
            Some(if overdue || rate < red_line {
                Flag::Red
            } else if rate >= schedule {
                Flag::Green
            } else {
                Flag::Yellow
            })
        };
        out.push(RefProject {
            id: project.id.clone(),
            kind,
            started,
            stage: project.stage_at(p),
            invested_month: project.records.get(&p).map_or(Money::ZERO, |r| r.invested),
            completed,
            flag,
        });
    }
    out
}

/// The totals at `p`.
pub fn totals(l: &Ledger, p: Month) -> RefTotals {
    let mut t = RefTotals::default();
    for (r, project) in projects(l, p)
        .iter()
        .zip(l.projects.iter().filter(|x| x.plans.contains_key(&p.year)))
    {
        t.projects += 1;
        t.new += usize::from(r.kind == Kind::New);
        t.continuing += usize::from(r.kind == Kind::Continuing);
        t.started += usize::from(r.started);
        t.new_started += usize::from(r.started && r.kind == Kind::New);
        t.resumed += usize::from(r.started && r.kind == Kind::Continuing);
        t.total_investment += project.total_investment;
        t.annual_plan += project.plans[&p.year].invest;
        t.invested_month += r.invested_month;
        t.completed += r.completed;
        match r.flag {
            Some(Flag::Red) => t.flags.red += 1,
            Some(Flag::Yellow) => t.flags.yellow += 1,
            Some(Flag::Green) => t.flags.green += 1,
            None => {}
        }
    }
    t
}

/// The promotion funnel at `p`.
pub fn promotion(l: &Ledger, p: Month) -> Promotion {
    let first = Date {
        year: p.year,
        month: 1,
        day: 1,
    };
    let mut out = Promotion::default();
    for project in &l.projects {
        if !project
            .signed
            .is_some_and(|s| s >= first && s <= p.last_day())
        {
            continue;
        }
        out.signed += 1;
        out.signed_investment += project.total_investment;
        out.funds += project
            .records
            .range(..=p)
            .map(|(_, r)| r.funds)
            .sum::<Money>();
        let stage = project.stage_at(p);
        out.fulfilled += usize::from(stage.is_some_and(|s| s >= Stage::Preliminary));
        let declared = project.started.is_some_and(|s| s <= p);
        let active = project
            .records
            .range(..=p)
            .any(|(_, r)| r.stage.is_active());
        out.started += usize::from(declared || active);
        out.operating += usize::from(stage == Some(Stage::Operating));
    }
    out.fulfil_rate = Ratio::new(out.fulfilled as i128, out.signed as i128);
    out.start_rate = Ratio::new(out.started as i128, out.signed as i128);
    out
}

/// The problem counts at `p`.
pub fn problems(l: &Ledger, p: Month) -> ProblemCounts {
    let last = p.last_day();
    let mut c = ProblemCounts::default();
    for problem in &l.problems {
        let done = problem.resolved.is_some_and(|r| r <= last);
        if problem.raised.year == p.year && problem.raised <= last {
            c.raised += 1;
            c.resolved += usize::from(done);
        }
        c.open += usize::from(problem.raised <= last && !done);
    }
    c.resolution_rate = Ratio::new(c.resolved as i128, c.raised as i128);
    c
}
