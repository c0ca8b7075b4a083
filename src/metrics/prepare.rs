//! What is computed once per ledger, before any month: each project's timeline, start
//! month and grouping rows, the rows of every grouping, and the monthly investment
//! of each year's plan set.

use std::collections::{BTreeMap, BTreeSet};

use rustc_hash::FxHashMap as HashMap;

use rayon::prelude::*;

use super::timeline::{Span, Timelines};
use crate::model::{Ledger, Money, Month, Project};

/// Name of the row of projects that leave a grouping field empty.
pub const UNSPECIFIED: &str = "未指定";

/// Size bands (分规模) by total investment, in 万元: `(name, key, lower bound)`;
/// each band runs up to the next one's bound, exclusive.
pub(crate) const SIZE_BANDS: [(&str, &str, i64); 4] = [
    ("不足1亿元", "lt1", 0),
    ("1亿至10亿元", "1to10", 10_000),
    ("10亿至50亿元", "10to50", 100_000),
    ("50亿元及以上", "ge50", 500_000),
];

/// Cumulative size thresholds, "以上" meaning at or above: `(name, key, bound in 万元)`.
pub(crate) const SIZE_THRESHOLDS: [(&str, &str, i64); 3] = [
    ("亿元以上", "ge1", 10_000),
    ("10亿元以上", "ge10", 100_000),
    ("50亿元以上", "ge50", 500_000),
];

/// The exclusive size band (index into [`SIZE_BANDS`]) of a total investment.
pub(crate) fn size_band(total: Money) -> usize {
    SIZE_BANDS
        .iter()
        .rposition(|(_, _, lower)| total >= Money::from_wan(*lower))
        .unwrap_or(0)
}

/// The rows of one grouping, in print order.
#[derive(Clone, Debug, Default)]
pub(crate) struct Dimension {
    /// The value each row stands for (a category, a unit id, a level …); `None` is 未指定.
    pub values: Vec<Option<String>>,
    /// Whether the row is printed even when no plan-set project falls in it.
    pub always: Vec<bool>,
}

impl Dimension {
    /// Rows for `declared` values (always printed, in that order), then the other values
    /// found, sorted, then 未指定 when some value is missing. Returns the grouping and
    /// each value's row.
    fn build<'v>(
        declared: &[String],
        found: impl Iterator<Item = Option<&'v str>> + Clone,
    ) -> (Dimension, Vec<usize>) {
        let mut dim = Dimension::default();
        let mut index: HashMap<&str, usize> = HashMap::default();
        for value in declared {
            if !index.contains_key(value.as_str()) {
                index.insert(value.as_str(), dim.values.len());
                dim.values.push(Some(value.clone()));
                dim.always.push(true);
            }
        }
        let extra: BTreeSet<&str> = found
            .clone()
            .flatten()
            .filter(|v| !index.contains_key(v))
            .collect();
        for value in extra {
            index.insert(value, dim.values.len());
            dim.values.push(Some(value.to_string()));
            dim.always.push(false);
        }
        let missing = dim.values.len();
        let rows = found
            .map(|v| v.and_then(|v| index.get(v).copied()).unwrap_or(missing))
            .collect::<Vec<_>>();
        if rows.contains(&missing) {
            dim.values.push(None);
            dim.always.push(false);
        }
        (dim, rows)
    }

    /// Number of rows.
    pub(crate) fn len(&self) -> usize {
        self.values.len()
    }

    /// The printed name of row `i`.
    pub(crate) fn name(&self, i: usize) -> String {
        self.values[i]
            .clone()
            .unwrap_or_else(|| UNSPECIFIED.to_string())
    }
}

/// What a month's figures need of one project, fixed for the whole ledger.
#[derive(Debug)]
pub(crate) struct Facts<'a> {
    /// The project.
    pub project: &'a Project,
    /// Its records' place in [`Prepared::timelines`].
    pub span: Span,
    /// Start month: `started`, else the first month with an active stage (overall).
    pub start_month: Option<Month>,
    /// Row in [`Prepared::categories`].
    pub category: usize,
    /// Row in [`Prepared::units`].
    pub unit: usize,
    /// Row in [`Prepared::locations`].
    pub location: usize,
    /// Row in [`Prepared::levels`].
    pub level: usize,
    /// Exclusive size band.
    pub size: usize,
    /// Rows in [`Prepared::tags`] of the project's tags (each once).
    pub tags: Vec<usize>,
    /// The site's project sets (indices into `site.sets`) the project is in.
    pub sets: Vec<usize>,
}

/// A ledger made ready for computing any month's figures: every per-project fact
/// computed once, so each month costs one pass over the projects.
#[derive(Debug)]
pub struct Prepared<'a> {
    /// The ledger.
    pub(crate) ledger: &'a Ledger,
    /// One entry per project, in ledger order.
    pub(crate) facts: Vec<Facts<'a>>,
    /// Every project's records, flattened.
    pub(crate) timelines: Timelines,
    /// Whether the ledger's projects are in id order (as the loader sorts them).
    pub(crate) sorted_by_id: bool,
    /// 产业类别 rows.
    pub(crate) categories: Dimension,
    /// 责任单位 rows (values are unit ids).
    pub(crate) units: Dimension,
    /// 乡镇街道 rows.
    pub(crate) locations: Dimension,
    /// 项目级别 rows.
    pub(crate) levels: Dimension,
    /// Every tag on the ledger, sorted: the rows of 分标签.
    pub(crate) tags: Vec<String>,
    /// For each unit row, the declared unit's name; `None` for the 未指定 row and for
    /// ids that no declared unit has.
    pub(crate) unit_names: Vec<Option<&'a str>>,
    /// For each year, Σ of the plans for it (年度计划投资); a year is a key when some
    /// project has a plan for it.
    pub(crate) annual_plans: BTreeMap<i32, Money>,
    /// For each problem, the index of its project in `facts`.
    pub(crate) problem_project: Vec<Option<usize>>,
    /// For each year, the investment of that year's plan set in each month (index 0 is
    /// January).
    pub(crate) monthly: BTreeMap<i32, [Money; 12]>,
}

impl<'a> Prepared<'a> {
    /// Computes every per-project fact of `ledger` once (in parallel).
    pub fn new(ledger: &'a Ledger) -> Prepared<'a> {
        let projects = &ledger.projects;
        let (categories, category_rows) = Dimension::build(
            &ledger.site.categories,
            projects.iter().map(|p| Some(p.category.as_str())),
        );
        let unit_ids: Vec<String> = ledger.units.iter().map(|u| u.id.clone()).collect();
        let (units, unit_rows) =
            Dimension::build(&unit_ids, projects.iter().map(|p| p.unit.as_deref()));
        let (locations, location_rows) =
            Dimension::build(&[], projects.iter().map(|p| p.location.as_deref()));
        let (levels, level_rows) = Dimension::build(
            &ledger.site.levels,
            projects.iter().map(|p| p.level.as_deref()),
        );
        let tags: Vec<String> = projects
            .iter()
            .flat_map(|p| p.tags.iter())
            .collect::<BTreeSet<_>>()
            .into_iter()
            .cloned()
            .collect();
        let tag_row: HashMap<&str, usize> = tags
            .iter()
            .enumerate()
            .map(|(i, t)| (t.as_str(), i))
            .collect();
        let (timelines, spans) = Timelines::new(projects);
        let facts: Vec<Facts<'a>> = projects
            .iter()
            .zip(spans)
            .enumerate()
            .map(|(i, (project, span))| Facts {
                project,
                start_month: project.started.or_else(|| timelines.first_active(&span)),
                category: category_rows[i],
                unit: unit_rows[i],
                location: location_rows[i],
                level: level_rows[i],
                size: size_band(project.total_investment),
                tags: {
                    let mut rows: Vec<usize> = project
                        .tags
                        .iter()
                        .filter_map(|t| tag_row.get(t.as_str()).copied())
                        .collect();
                    rows.sort_unstable();
                    rows.dedup();
                    rows
                },
                sets: ledger
                    .site
                    .sets
                    .iter()
                    .enumerate()
                    .filter(|(_, set)| set.contains(project))
                    .map(|(i, _)| i)
                    .collect(),
                span,
            })
            .collect();
        let by_id: HashMap<&str, usize> = projects
            .iter()
            .enumerate()
            .map(|(i, p)| (p.id.as_str(), i))
            .collect();
        let problem_project = ledger
            .problems
            .iter()
            .map(|p| by_id.get(p.project.as_str()).copied())
            .collect();
        let monthly = monthly_plan_investment(&facts, &timelines);
        let unit_names = units
            .values
            .iter()
            .map(|v| {
                v.as_ref()
                    .and_then(|id| ledger.unit(id))
                    .map(|u| u.name.as_str())
            })
            .collect();
        let mut annual_plans: BTreeMap<i32, Money> = BTreeMap::new();
        for project in projects {
            for (year, plan) in &project.plans {
                *annual_plans.entry(*year).or_default() += plan.invest;
            }
        }
        Prepared {
            sorted_by_id: projects.is_sorted_by(|a, b| a.id <= b.id),
            timelines,
            unit_names,
            annual_plans,
            ledger,
            facts,
            categories,
            units,
            locations,
            levels,
            tags,
            problem_project,
            monthly,
        }
    }
}

/// For each year, Σ investment in each month of the projects with a plan for that year.
fn monthly_plan_investment(
    facts: &[Facts<'_>],
    timelines: &Timelines,
) -> BTreeMap<i32, [Money; 12]> {
    let add = |mut acc: BTreeMap<i32, [Money; 12]>, f: &Facts<'_>| {
        for (month, invested) in timelines.investments(&f.span) {
            if f.project.plans.contains_key(&month.year) {
                let slot = acc.entry(month.year).or_insert([Money::ZERO; 12]);
                slot[usize::from(month.month.saturating_sub(1)).min(11)] += invested;
            }
        }
        acc
    };
    facts
        .par_iter()
        .fold(BTreeMap::new, add)
        .reduce(BTreeMap::new, |mut a, b| {
            for (year, months) in b {
                let slot = a.entry(year).or_insert([Money::ZERO; 12]);
                for (s, m) in slot.iter_mut().zip(months) {
                    *s += m;
                }
            }
            a
        })
}
