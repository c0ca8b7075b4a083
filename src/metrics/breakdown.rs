//! The figures bulletins print beyond the core ones: plan-set projects by stage
//! (分阶段), every project by stage (项目储备 pipeline), by tag (分标签), the site's
//! project sets (项目集), and growth rates (同比 / 环比 增速).

use super::eval::{money_ratio, Acc};
use super::groups::Baseline;
use super::prepare::{Facts, Prepared};
use super::types::{Change, GroupRow, Growth, PipelineRow, ShareRow, TagGrowth, Totals};
use crate::model::{Money, Ratio, Stage};

/// Rows by stage: the eight stages in [`Stage::ALL`] order, then no record yet.
pub(crate) const STAGE_ROWS: usize = Stage::ALL.len() + 1;

/// Name and key of the row of projects with no progress record by P.
const NO_RECORD: (&str, &str) = ("未填报", "none");

/// The row of a stage at P (`None`: no record yet, the last row).
pub(crate) fn stage_row(stage: Option<Stage>) -> usize {
    stage
        .and_then(|s| Stage::ALL.iter().position(|x| *x == s))
        .unwrap_or(Stage::ALL.len())
}

/// Name and key of stage row `i`.
fn stage_name(i: usize) -> (&'static str, &'static str) {
    Stage::ALL.get(i).map_or(NO_RECORD, |s| (s.zh(), s.en()))
}

/// Counts and total investment of the projects at one stage, planned or not.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct PipeAcc {
    projects: usize,
    planned: usize,
    total_investment: Money,
}

impl PipeAcc {
    /// Adds a project; `planned` when it is in the year's plan set.
    pub(crate) fn add(&mut self, f: &Facts<'_>, planned: bool) {
        self.projects += 1;
        self.planned += usize::from(planned);
        self.total_investment += f.project.total_investment;
    }
}

/// 分阶段 rows: every stage, then 未填报 (always listed, so that a commentary
/// may name each row every month).
pub(crate) fn stage_rows(accs: &[Acc; STAGE_ROWS]) -> Vec<GroupRow> {
    accs.iter()
        .enumerate()
        .map(|(i, acc)| {
            let (name, key) = stage_name(i);
            GroupRow {
                name: name.to_string(),
                key: Some(key.to_string()),
                totals: acc.totals(),
            }
        })
        .collect()
}

/// Pipeline rows: every stage, then 未填报, all listed.
pub(crate) fn pipeline_rows(accs: &[PipeAcc; STAGE_ROWS]) -> Vec<PipelineRow> {
    accs.iter()
        .enumerate()
        .map(|(i, acc)| {
            let (name, key) = stage_name(i);
            PipelineRow {
                name: name.to_string(),
                key: key.to_string(),
                projects: acc.projects,
                total_investment: acc.total_investment,
                planned: acc.planned,
            }
        })
        .collect()
}

/// Rows of overlapping groupings (tags, sets), named by `names`, with their share
/// of the plan set's completed investment.
pub(crate) fn share_rows<'n>(
    names: impl Iterator<Item = &'n str>,
    accs: &[Acc],
    total: &Totals,
) -> Vec<ShareRow> {
    names
        .zip(accs)
        .map(|(name, acc)| {
            let totals = acc.totals();
            ShareRow {
                name: name.to_string(),
                completed_share: money_ratio(totals.completed, total.completed),
                totals,
            }
        })
        .collect()
}

/// `(now − before) ÷ before`, exactly; `None` when `before` is zero.
fn change(now: i128, before: i128) -> Option<Ratio> {
    Ratio::new(now.checked_sub(before)?, before)
}

/// 同比 and 环比 of one figure, given how to read it from a [`Baseline`].
fn change_of<T: Into<i128>>(
    now: T,
    last_year: Option<&Baseline>,
    last_month: Option<&Baseline>,
    read: impl Fn(&Baseline) -> T,
) -> Change {
    let now = now.into();
    Change {
        yoy: last_year.and_then(|b| change(now, read(b).into())),
        mom: last_month.and_then(|b| change(now, read(b).into())),
    }
}

/// The growth rates of a month with baseline `now` (its totals and tags), against
/// 去年同期 and the previous bulletin of the year, where they exist.
pub(crate) fn growth(
    prep: &Prepared<'_>,
    now: &Baseline,
    last_year: Option<&Baseline>,
    last_month: Option<&Baseline>,
) -> Growth {
    let units = |m: Money| i128::from(m.units());
    let count = |n: usize| i128::try_from(n).unwrap_or(i128::MAX);
    Growth {
        completed: change_of(units(now.totals.completed), last_year, last_month, |b| {
            units(b.totals.completed)
        }),
        invested_month: change_of(
            units(now.totals.invested_month),
            last_year,
            last_month,
            |b| units(b.totals.invested_month),
        ),
        started: change_of(count(now.totals.started), last_year, last_month, |b| {
            count(b.totals.started)
        }),
        by_tag: prep
            .tags
            .iter()
            .enumerate()
            .map(|(i, name)| {
                let tag = |b: &Baseline| units(b.tag_completed.get(i).copied().unwrap_or_default());
                TagGrowth {
                    name: name.clone(),
                    completed: change_of(tag(now), last_year, last_month, tag),
                }
            })
            .collect(),
    }
}
