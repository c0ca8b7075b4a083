//! Every project's reported history flattened once into one contiguous arena with
//! running sums, so that everything a month's figures ask of a project (stage at P,
//! investment in P, YTD investment, funds up to P, started in the year by P) costs two
//! short binary searches over consecutive memory, not a walk over its records.

use std::ops::Range;

use crate::model::{Money, Month, Project, Stage};

/// A month as one comparable integer (`year × 16 + month`), for compact searching.
fn key(month: Month) -> i32 {
    month.year * 16 + i32::from(month.month)
}

/// The month of a [`key`].
fn month_of(k: i32) -> Month {
    Month {
        year: k.div_euclid(16),
        month: u8::try_from(k.rem_euclid(16)).unwrap_or(1),
    }
}

/// One record with the running sums up to it.
#[derive(Clone, Copy, Debug)]
struct Entry {
    /// Its stage.
    stage: Stage,
    /// Index (within the project) of the first active record at or after this one;
    /// the number of records when there is none.
    next_active: u32,
    /// Investment made in this month (完成投资).
    invested: Money,
    /// Investment from January of this record's year through it (累计完成投资).
    ytd: Money,
    /// Funds arrived from the first record through this one (到位资金, all years).
    funds: Money,
}

/// Every project's records in month order with running sums (the 台账 history of
/// 完成投资, 到位资金 and 阶段), computed once per build.
#[derive(Clone, Debug, Default)]
pub(crate) struct Timelines {
    /// Record months as [`key`]s, project after project.
    keys: Vec<i32>,
    /// The records, parallel to `keys`.
    entries: Vec<Entry>,
}

/// One project's part of the arena.
#[derive(Clone, Debug)]
pub(crate) struct Span(Range<usize>);

/// What a project's history says at one report month P.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Snapshot {
    /// Stage at P (carried forward from the latest record at or before P).
    pub stage: Option<Stage>,
    /// Investment made in P itself; a month without a record invested nothing.
    pub invested: Money,
    /// Investment from January of P's year through P.
    pub completed: Money,
    /// Funds arrived in every month up to P, any year.
    pub funds: Money,
    /// Some month from January of P's year through P has an active stage, stages
    /// carried forward.
    pub active_in_year: bool,
}

impl Timelines {
    /// Flattens every project's records; returns the arena and each project's span.
    pub(crate) fn new(projects: &[Project]) -> (Timelines, Vec<Span>) {
        let n: usize = projects.iter().map(|p| p.records.len()).sum();
        let mut t = Timelines {
            keys: Vec::with_capacity(n),
            entries: Vec::with_capacity(n),
        };
        let spans = projects.iter().map(|p| t.push(p)).collect();
        (t, spans)
    }

    /// Appends one project's records.
    fn push(&mut self, project: &Project) -> Span {
        let start = self.entries.len();
        let mut ytd = Money::ZERO;
        let mut funds = Money::ZERO;
        let mut year = None;
        for (month, record) in &project.records {
            if year != Some(month.year) {
                ytd = Money::ZERO;
                year = Some(month.year);
            }
            ytd += record.invested;
            funds += record.funds;
            self.keys.push(key(*month));
            self.entries.push(Entry {
                stage: record.stage,
                next_active: 0,
                invested: record.invested,
                ytd,
                funds,
            });
        }
        let mine = &mut self.entries[start..];
        let mut next = u32::try_from(mine.len()).unwrap_or(u32::MAX);
        for (i, entry) in mine.iter_mut().enumerate().rev() {
            if entry.stage.is_active() {
                next = u32::try_from(i).unwrap_or(u32::MAX);
            }
            entry.next_active = next;
        }
        Span(start..self.entries.len())
    }

    /// The first month whose record has an active stage, over the whole history.
    pub(crate) fn first_active(&self, span: &Span) -> Option<Month> {
        let entries = &self.entries[span.0.clone()];
        let i = entries.first()?.next_active as usize;
        let k = *self.keys[span.0.clone()].get(i)?;
        Some(month_of(k))
    }

    /// Whether some record at or before `month` has an active stage.
    pub(crate) fn active_by(&self, span: &Span, month: Month) -> bool {
        let entries = &self.entries[span.0.clone()];
        let end = self.keys[span.0.clone()].partition_point(|k| *k <= key(month));
        entries
            .first()
            .is_some_and(|e| (e.next_active as usize) < end)
    }

    /// The project at report month `period`.
    pub(crate) fn at(&self, span: &Span, period: Month) -> Snapshot {
        let keys = &self.keys[span.0.clone()];
        let e = &self.entries[span.0.clone()];
        // Records at or before P: [..end]; records in January..=P: [first..end].
        let p = key(period);
        let january = key(period.january());
        let end = keys.partition_point(|k| *k <= p);
        let first = keys[..end].partition_point(|k| *k < january);
        let Some(last) = end.checked_sub(1) else {
            return Snapshot {
                stage: None,
                invested: Money::ZERO,
                completed: Money::ZERO,
                funds: Money::ZERO,
                active_in_year: false,
            };
        };
        // The stage carried into January from before it, unless January has a record.
        let january_has_record = keys.get(first) == Some(&january);
        let carried_active = !january_has_record && first > 0 && e[first - 1].stage.is_active();
        let active_later = e.get(first).is_some_and(|x| (x.next_active as usize) < end);
        let entry = e[last];
        Snapshot {
            stage: Some(entry.stage),
            invested: if keys[last] == p {
                entry.invested
            } else {
                Money::ZERO
            },
            completed: if first < end { entry.ytd } else { Money::ZERO },
            funds: entry.funds,
            active_in_year: carried_active || active_later,
        }
    }

    /// A project's records as (month, investment), in month order.
    pub(crate) fn investments<'s>(
        &'s self,
        span: &Span,
    ) -> impl Iterator<Item = (Month, Money)> + 's {
        self.keys[span.0.clone()]
            .iter()
            .zip(&self.entries[span.0.clone()])
            .map(|(k, e)| (month_of(*k), e.invested))
    }
}
