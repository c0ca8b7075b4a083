//! One pass over the plan set that sums every grouping at once: totals, 分类别,
//! 分类型, 分单位, 分区域, 分级别, 分规模, the 以上 thresholds, 分阶段, 分标签, the
//! site's project sets, and the pipeline of every project by stage.

use super::breakdown::{stage_row, PipeAcc, STAGE_ROWS};
use super::eval::{evaluate, Acc, Eval, Period};
use super::prepare::{Dimension, Facts, Prepared, SIZE_BANDS, SIZE_THRESHOLDS};
use super::types::{GroupRow, Totals};
use crate::model::{Kind, Money};

/// Sums of one report month, grouped every way at once.
#[derive(Clone, Debug)]
pub(crate) struct Tally {
    /// The whole plan set.
    pub total: Acc,
    /// By category row.
    pub category: Vec<Acc>,
    /// By kind, in [`Kind::ALL`] order (续建, 新建).
    pub kind: [Acc; 2],
    /// By unit row.
    pub unit: Vec<Acc>,
    /// By location row.
    pub location: Vec<Acc>,
    /// By level row.
    pub level: Vec<Acc>,
    /// By exclusive size band.
    pub size: [Acc; 4],
    /// By cumulative size threshold.
    pub threshold: [Acc; 3],
    /// By stage at P ([`STAGE_ROWS`]: the stages, then no record yet).
    pub stage: [Acc; STAGE_ROWS],
    /// By tag row (a project counts in each of its tags).
    pub tag: Vec<Acc>,
    /// By project set of the site.
    pub set: Vec<Acc>,
    /// Every project on the ledger by stage at P, planned or not.
    pub pipeline: [PipeAcc; STAGE_ROWS],
}

impl Tally {
    /// Empty sums with the prepared rows.
    fn new(prep: &Prepared<'_>) -> Tally {
        Tally {
            total: Acc::default(),
            category: vec![Acc::default(); prep.categories.len()],
            kind: [Acc::default(); 2],
            unit: vec![Acc::default(); prep.units.len()],
            location: vec![Acc::default(); prep.locations.len()],
            level: vec![Acc::default(); prep.levels.len()],
            size: [Acc::default(); 4],
            threshold: [Acc::default(); 3],
            stage: [Acc::default(); STAGE_ROWS],
            tag: vec![Acc::default(); prep.tags.len()],
            set: vec![Acc::default(); prep.ledger.site.sets.len()],
            pipeline: [PipeAcc::default(); STAGE_ROWS],
        }
    }

    /// Adds one evaluated project to every grouping it falls in.
    fn add(&mut self, f: &Facts<'_>, e: &Eval<'_>) {
        self.total.add(f, e);
        self.category[f.category].add(f, e);
        let k = usize::from(e.kind == Kind::New);
        self.kind[k].add(f, e);
        self.unit[f.unit].add(f, e);
        self.location[f.location].add(f, e);
        self.level[f.level].add(f, e);
        self.size[f.size].add(f, e);
        for (acc, (_, _, bound)) in self.threshold.iter_mut().zip(SIZE_THRESHOLDS) {
            if f.project.total_investment >= Money::from_wan(bound) {
                acc.add(f, e);
            }
        }
        self.stage[stage_row(e.stage)].add(f, e);
        for &t in &f.tags {
            self.tag[t].add(f, e);
        }
        for &s in &f.sets {
            self.set[s].add(f, e);
        }
    }
}

/// Evaluates every project at `period` and sums the groupings; `visit` sees each
/// plan-set project's evaluation (in ledger order).
pub(crate) fn tally<'a>(
    prep: &Prepared<'a>,
    period: &Period,
    mut visit: impl FnMut(&Facts<'a>, &Eval<'a>),
) -> Tally {
    let mut t = Tally::new(prep);
    for f in &prep.facts {
        if let Some(e) = evaluate(f, &prep.timelines, period) {
            t.add(f, &e);
            t.pipeline[stage_row(e.stage)].add(f, true);
            visit(f, &e);
        } else {
            let stage = prep.timelines.at(&f.span, period.month).stage;
            t.pipeline[stage_row(stage)].add(f, false);
        }
    }
    t
}

/// Only the totals of the plan set at `period`, and each tag's completed
/// investment (for 去年同期 and 环比).
pub(crate) fn baseline(prep: &Prepared<'_>, period: &Period) -> Baseline {
    let mut acc = Acc::default();
    let mut tags = vec![Money::ZERO; prep.tags.len()];
    for f in &prep.facts {
        if let Some(e) = evaluate(f, &prep.timelines, period) {
            acc.add(f, &e);
            for &t in &f.tags {
                tags[t] += e.completed;
            }
        }
    }
    Baseline {
        totals: acc.totals(),
        tag_completed: tags,
    }
}

/// What growth rates compare with: a month's totals and each tag's completed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Baseline {
    /// The plan set's totals.
    pub totals: Totals,
    /// Completed investment of each tag row.
    pub tag_completed: Vec<Money>,
}

/// Rows of a dimension, skipping the rows that are neither always printed nor used.
pub(crate) fn dimension_rows(dim: &Dimension, accs: &[Acc]) -> Vec<GroupRow> {
    accs.iter()
        .enumerate()
        .filter(|(i, acc)| dim.always.get(*i).copied().unwrap_or(false) || acc.projects() > 0)
        .map(|(i, acc)| GroupRow {
            name: dim.name(i),
            key: None,
            totals: acc.totals(),
        })
        .collect()
}

/// The 续建 and 新建 rows.
pub(crate) fn kind_rows(accs: &[Acc; 2]) -> Vec<GroupRow> {
    Kind::ALL
        .iter()
        .zip(accs)
        .map(|(kind, acc)| GroupRow {
            name: kind.zh().to_string(),
            key: Some(kind.en().to_string()),
            totals: acc.totals(),
        })
        .collect()
}

/// The four exclusive size-band rows.
pub(crate) fn size_rows(accs: &[Acc; 4]) -> Vec<GroupRow> {
    SIZE_BANDS
        .iter()
        .zip(accs)
        .map(|((name, key, _), acc)| GroupRow {
            name: name.to_string(),
            key: Some(key.to_string()),
            totals: acc.totals(),
        })
        .collect()
}

/// The three cumulative threshold rows (亿元以上, 10亿元以上, 50亿元以上).
pub(crate) fn threshold_rows(accs: &[Acc; 3]) -> Vec<GroupRow> {
    SIZE_THRESHOLDS
        .iter()
        .zip(accs)
        .map(|((name, key, _), acc)| GroupRow {
            name: name.to_string(),
            key: Some(key.to_string()),
            totals: acc.totals(),
        })
        .collect()
}
