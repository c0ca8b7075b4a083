//! The generator's own picture of a demo project: ledger fields as they are
//! written, and a hidden timeline (signing, start, stops, completion) from
//! which every month's progress record is derived.

use crate::demo::fmt::{Date, Money, Month};

// Stages and kinds are the model's own, so the generator writes exactly the
// names the loader reads.
pub use crate::model::{Kind, Stage};

/// One year's plan entry (`plans: {YEAR: …}`).
#[derive(Clone, Debug)]
pub struct PlanEntry {
    /// The plan year.
    pub year: i32,
    /// Planned investment for the year.
    pub invest: Money,
    /// Explicit kind, written in long form.
    pub kind: Option<Kind>,
    /// Planned start month, written in long form.
    pub start: Option<Month>,
}

/// How a project behaves over the months (hidden, drives the simulation).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Profile {
    /// On plan.
    Normal,
    /// Ahead of plan.
    Ahead,
    /// Somewhat behind.
    Slow,
    /// Far behind.
    Lagging,
    /// Starts months late.
    Delayed,
    /// Never starts within the data (or, continuing, never resumes that year).
    Never,
    /// Starts, then stops for a while.
    Suspended,
}

/// The hidden life of a project.
#[derive(Clone, Debug)]
pub struct Timeline {
    /// First month on the ledger (first progress record).
    pub ledger_from: Month,
    /// Last month on the ledger.
    pub ledger_to: Month,
    /// Signing date of a promoted project.
    pub signed: Option<Date>,
    /// Planned start month (actual start for projects begun before the data).
    pub planned_start: Month,
    /// Actual start month (first active month), if any.
    pub start: Option<Month>,
    /// Completion month (竣工), if within reach.
    pub end: Option<Month>,
    /// First operating month (投产), if any.
    pub operate: Option<Month>,
    /// Suspensions: first and last month, and the reason.
    pub stops: Vec<(Month, Month, &'static str)>,
    /// Stops in January and February of every year (北方冬季停工).
    pub winter: bool,
    /// Share of the plan the project tends to deliver (1.0 = on plan).
    pub pace: f64,
    /// The months the plans are spread over.
    pub window: (Month, Month),
}

impl Timeline {
    /// The stage in month `t` and, for a suspension, its reason.
    pub fn stage(&self, t: Month) -> (Stage, Option<&'static str>) {
        if let Some(s) = self.start.filter(|&s| t >= s) {
            if self.end.is_some_and(|e| t >= e) {
                return match self.operate {
                    Some(o) if t >= o => (Stage::Operating, None),
                    _ => (Stage::Completed, None),
                };
            }
            if let Some(&(_, _, why)) = self.stops.iter().find(|(a, b, _)| *a <= t && t <= *b) {
                return (Stage::Suspended, Some(why));
            }
            if self.winter && t.month() <= 2 && t > s {
                return (Stage::Suspended, Some("冬季停工"));
            }
            return (Stage::Construction, None);
        }
        if let Some(signed) = self.signed {
            return if t < signed.month.plus(-4) {
                (Stage::Idea, None)
            } else if t < signed.month {
                (Stage::Reserve, None)
            } else if t < signed.month.plus(2) {
                (Stage::Signed, None)
            } else {
                (Stage::Preliminary, None)
            };
        }
        let ahead = self.planned_start.0 - t.0;
        if ahead > 8 {
            (Stage::Idea, None)
        } else if ahead > 4 {
            (Stage::Reserve, None)
        } else {
            (Stage::Preliminary, None)
        }
    }

    /// Whether construction money is spent in month `t`.
    pub fn invests(&self, t: Month) -> bool {
        match self.stage(t).0 {
            Stage::Construction => true,
            Stage::Completed => self.end == Some(t),
            _ => false,
        }
    }
}

/// A demo project: its ledger fields and its timeline.
#[derive(Clone, Debug)]
pub struct DemoProject {
    /// Stable id, e.g. `QS-2025-001`.
    pub id: String,
    /// Project name.
    pub name: String,
    /// Category index into the site's categories.
    pub category: usize,
    /// Total investment.
    pub total: Money,
    /// Annual plans, by year ascending.
    pub plans: Vec<PlanEntry>,
    /// The `unit` field as written (an id, or for a few projects a name).
    pub unit: String,
    /// The unit's id.
    pub unit_id: String,
    /// 包保领导.
    pub leaders: Vec<&'static str>,
    /// 乡镇街道或园区.
    pub location: String,
    /// Level index into the site's levels.
    pub level: usize,
    /// `started` field, for projects begun before the progress files.
    pub started: Option<Month>,
    /// 建设单位.
    pub owner: String,
    /// Markdown description.
    pub description: String,
    /// Tags.
    pub tags: Vec<&'static str>,
    /// Path of the ledger file the project is written to.
    pub file: String,
    /// Investment made before the progress files begin.
    pub invested_before: Money,
    /// The hidden timeline.
    pub timeline: Timeline,
    /// The behaviour that shaped the timeline.
    pub profile: Profile,
}

/// A whole generated district: projects plus the lists they refer to.
#[derive(Clone, Debug)]
pub struct World {
    /// Projects in id order.
    pub projects: Vec<DemoProject>,
    /// Departments: id and name.
    pub units: Vec<(String, String)>,
    /// First month of progress.
    pub first: Month,
    /// Last month of progress.
    pub last: Month,
}
