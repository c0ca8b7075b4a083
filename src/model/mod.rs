//! The validated domain: money, months, stages, projects and the ledger.
//!
//! Everything here is plain data with exact arithmetic; nothing reads files.

mod ledger;
mod money;
mod ratio;
mod stage;
mod time;

pub use ledger::{
    Commentary, Language, Ledger, Page, Photo, Plan, Problem, Project, ProjectSet, Record,
    ScoreWeights, SiteConfig, Unit,
};
pub use money::{
    round_decimal, Money, MoneyError, MAX_SITE_UNITS, MAX_WHOLE_DIGITS, MAX_WHOLE_WAN, MONEY_SCALE,
};
pub use ratio::Ratio;
pub use stage::{Flag, Kind, Stage};
pub use time::{days_in_month, Date, Month};
