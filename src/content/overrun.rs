//! Investment far above a project's annual plan (more than 120% of it) or
//! above its total investment: seldom right, and exactly what a sheet's
//! since-start column taken for this year's gives. `check` and `build` warn,
//! naming the month it first happens (`import` warns at any overrun).

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};

use rayon::prelude::*;

use super::fast_yaml::NO_MARK;
use super::positions;
use super::progress::id_path;
use super::source::Source;
use crate::diagnostics::{Diagnostic, LoadMessage};
use crate::model::{Money, Month, Project, Record};

/// One overrun: the month it first happens, the project, message and hint.
pub struct Overrun {
    /// The first month whose figures pass the limit.
    pub month: Month,
    /// The project's id.
    pub id: String,
    /// The project's place in the ledger.
    pub project: usize,
    /// What is wrong.
    pub message: LoadMessage,
    /// What to check.
    pub hint: LoadMessage,
}

/// The first month at which the running sum of `invested` passes `limit`, and that sum.
fn first_over<'a>(
    records: impl Iterator<Item = (&'a Month, &'a Record)>,
    limit: Money,
) -> Option<(Month, Money)> {
    let mut sum = Money::ZERO;
    for (m, r) in records {
        sum += r.invested;
        if sum > limit {
            return Some((*m, sum));
        }
    }
    None
}

/// Every project whose completed investment in a year passes its plan for that
/// year, or whose investment over all months passes its total investment.
pub fn overruns(projects: &[Project]) -> Vec<Overrun> {
    let mut out = Vec::new();
    for (project, p) in projects.iter().enumerate() {
        for (year, plan) in &p.plans {
            if plan.invest <= Money::ZERO {
                continue;
            }
            let in_year = p
                .records
                .range(
                    Month {
                        year: *year,
                        month: 1,
                    }..,
                )
                .take_while(|(m, _)| m.year == *year);
            // A fifth above the plan: beating a plan by a little is common and
            // shows as a 完成率 over 100%; far above it is seldom right.
            let limit =
                Money::from_units(plan.invest.units().saturating_add(plan.invest.units() / 5));
            if let Some((m, sum)) = first_over(in_year, limit) {
                out.push(Overrun {
                    month: m,
                    id: p.id.clone(),
                    project,
                    message: LoadMessage::PlanOverrun {
                        id: p.id.clone(),
                        year: *year,
                        month: m,
                        completed: sum.plain(),
                        plan: plan.invest.plain(),
                    },
                    hint: LoadMessage::PlanOverrunHint,
                });
            }
        }
        if p.total_investment <= Money::ZERO {
            continue;
        }
        if let Some((m, sum)) = first_over(p.records.iter(), p.total_investment) {
            out.push(Overrun {
                month: m,
                id: p.id.clone(),
                project,
                message: LoadMessage::TotalOverrun {
                    id: p.id.clone(),
                    month: m,
                    reported: sum.plain(),
                    total: p.total_investment.plain(),
                },
                hint: LoadMessage::TotalOverrunHint,
            });
        }
    }
    out
}

/// The warnings of `overruns`, each at the id of its project's record in the
/// progress file of its month (`sources`, by their place, with `ids_at`: where
/// each file's reading found each project's id, by project, sorted).
pub fn warnings(
    overruns: Vec<Overrun>,
    sources: &[Cow<Source>],
    ids_at: &HashMap<usize, Vec<(usize, u32)>>,
) -> Vec<Diagnostic> {
    let by_rel: HashMap<&str, (usize, &Cow<Source>)> = sources
        .iter()
        .enumerate()
        .map(|(si, s)| (s.rel.as_str(), (si, s)))
        .collect();
    let rel_of = |o: &Overrun| format!("content/progress/{}.yaml", o.month);
    // The overruns of each file they name, placed file by file on every
    // thread at once. Where the fast reader read the file, its reading kept
    // where each record's id stands: one pass over the text gives their lines
    // and columns. Else the file is read for an index of its positions (a
    // preview's cached file keeps it for the next load).
    let mut files: BTreeMap<&str, (usize, &Cow<Source>, Vec<usize>)> = BTreeMap::new();
    for (i, o) in overruns.iter().enumerate() {
        if let Some((si, src)) = by_rel.get(rel_of(o).as_str()) {
            files
                .entry(src.rel.as_str())
                .or_insert((*si, src, Vec::new()))
                .2
                .push(i);
        }
    }
    let files: Vec<(usize, &Cow<Source>, Vec<usize>)> = files.into_values().collect();
    let placed: Vec<Placed> = files
        .into_par_iter()
        .map(|(si, src, which)| {
            let kept = ids_at.get(&si).map_or(&[][..], Vec::as_slice);
            // A preview's cached file keeps its index for the next load.
            let shared = matches!(src, Cow::Borrowed(_)).then_some(&src.positions);
            place(src, shared, kept, which, &overruns)
        })
        .collect();
    let mut at = vec![None; overruns.len()];
    for (i, pos) in placed.into_iter().flatten() {
        at[i] = pos;
    }
    overruns
        .into_iter()
        .zip(at)
        .map(|(o, at)| {
            Diagnostic::warning(rel_of(&o), o.message)
                .at_opt(at)
                .hint(o.hint)
        })
        .collect()
}

/// Each overrun (by its place in `overruns`) and its line and column.
type Placed = Vec<(usize, Option<(usize, usize)>)>;

/// The places of the overruns `which` in the progress file `src`: from
/// `kept` (where its reading found each project's id) in one pass over the
/// text, else from an index of the file's positions (`shared`, a cached
/// file's, else one of its own).
fn place(
    src: &Source,
    shared: Option<&positions::Index>,
    kept: &[(usize, u32)],
    which: Vec<usize>,
    overruns: &[Overrun],
) -> Placed {
    let offset = |i: usize| {
        let k = kept
            .binary_search_by_key(&overruns[i].project, |&(p, _)| p)
            .ok()?;
        kept.get(k)
            .and_then(|&(_, at)| (at != NO_MARK).then_some(at as usize))
    };
    let mut known = Vec::with_capacity(which.len());
    let mut unknown = Vec::new();
    for i in which {
        match offset(i) {
            Some(at) => known.push((at, i)),
            None => unknown.push(i),
        }
    }
    known.sort_unstable();
    let offsets: Vec<usize> = known.iter().map(|&(at, _)| at).collect();
    let mut out: Placed = positions::lines_and_columns(&src.text, &offsets)
        .into_iter()
        .zip(&known)
        .map(|(pos, &(_, i))| (i, Some(pos)))
        .collect();
    if !unknown.is_empty() {
        let locator = match shared {
            None => positions::Locator::new(&src.text),
            Some(index) => positions::Locator::shared(&src.text, index),
        };
        out.extend(
            unknown
                .into_iter()
                .map(|i| (i, locator.locate(&id_path(&overruns[i].id)))),
        );
    }
    out
}
