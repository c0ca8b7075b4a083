//! Fingerprints: a hash of everything a page is made from (the site's
//! settings, theme and months, and the project, its records and problems, or
//! every project's records up to a bulletin's month), for incremental rebuilds
//! ([`crate::site::incremental`]).

use rustc_hash::FxHashMap as HashMap;
use std::hash::{Hash, Hasher};

use rayon::prelude::*;
use xxhash_rust::xxh3::Xxh3;

use crate::metrics::MonthMetrics;
use crate::model::{Ledger, Project};

/// The fingerprints of a build's jobs.
pub struct Fingerprints<'a> {
    /// What every page shows: settings, theme, months, departments, pages, assets.
    pub global: u64,
    /// Each project page's, by project id.
    pub projects: HashMap<&'a str, u64>,
    /// Each bulletin's, in the order of the months.
    pub bulletins: Vec<u64>,
    /// Each department's place among all, by id: its score and rank in every
    /// month (what its page shows of the others).
    pub standings: HashMap<String, u64>,
}

/// A hasher for fingerprints: XXH3, seed 0 (fast on the many small writes of
/// `Hash`, and well spread: two inputs sharing a fingerprint would keep a stale
/// page).
fn hasher() -> Xxh3 {
    Xxh3::new()
}

fn hash_of(v: impl Hash) -> u64 {
    let mut h = hasher();
    v.hash(&mut h);
    h.finish()
}

/// A project without its records: what every bulletin shows of it. The
/// destructuring lists every field, so that a new one cannot be forgotten.
fn head(p: &Project, h: &mut impl Hasher) {
    let Project {
        id,
        name,
        category,
        total_investment,
        plans,
        unit,
        leaders,
        location,
        level,
        started,
        signed,
        owner,
        description,
        tags,
        records: _,
    } = p;
    (id, name, category, total_investment, plans, unit, leaders).hash(h);
    (location, level, started, signed, owner, description, tags).hash(h);
}

impl<'a> Fingerprints<'a> {
    /// The fingerprints of the jobs of `ledger` with `metrics`, rendered with a
    /// theme of fingerprint `theme` (its templates and static files, the
    /// assets' bytes and the paper fonts; and tables rendered natively or not).
    pub fn new(ledger: &'a Ledger, metrics: &[MonthMetrics], theme: u64, native: bool) -> Self {
        let global = hash_of((
            // The code that renders (src/ and Cargo.lock, see build.rs): a
            // build's marker keeps its pages' fingerprints for the next one,
            // which may be another tongbao.
            env!("TONGBAO_CODE"),
            theme,
            native,
            &ledger.site,
            &ledger.units,
            &ledger.months,
            &ledger.pages,
            &ledger.assets,
        ));
        let mut problems: HashMap<&str, Vec<&crate::model::Problem>> = HashMap::default();
        for p in &ledger.problems {
            problems.entry(p.project.as_str()).or_default().push(p);
        }
        // Each project's records are hashed once, each record on its own: a
        // project's page is its head, its records' hashes and its problems;
        // a month of the bulletins is every project's record of that month.
        let records: Vec<(u64, Vec<(crate::model::Month, u64)>)> = ledger
            .projects
            .par_iter()
            .map(|p| {
                let mut h = hasher();
                head(p, &mut h);
                let each = p.records.iter().map(|(m, r)| (*m, hash_of(r))).collect();
                (h.finish(), each)
            })
            .collect();
        let projects: HashMap<&str, u64> = ledger
            .projects
            .par_iter()
            .zip(&records)
            .map(|(p, (head, each))| {
                let fp = hash_of((global, head, each, problems.get(p.id.as_str())));
                (p.id.as_str(), fp)
            })
            .collect();
        // A bulletin shows every project as of its month: their heads, and
        // their records up to that month (last year's too, for 同比).
        let mut heads = hasher();
        for (p, (head, _)) in ledger.projects.iter().zip(&records) {
            (&p.id, head).hash(&mut heads);
        }
        ledger.problems.hash(&mut heads);
        // Each month's records of every project, chained in order below: a
        // bulletin depends on every month up to its own.
        let months: Vec<u64> = metrics
            .par_iter()
            .map(|m| {
                let mut h = hasher();
                for (p, (_, each)) in ledger.projects.iter().zip(&records) {
                    let record = each
                        .binary_search_by_key(&m.period, |(month, _)| *month)
                        .ok()
                        .and_then(|i| each.get(i))
                        .map(|(_, fp)| fp);
                    (&p.id, record).hash(&mut h);
                }
                h.finish()
            })
            .collect();
        let mut running = heads.finish();
        let mut bulletins = Vec::with_capacity(metrics.len());
        for (i, month) in months.iter().enumerate() {
            running = hash_of((running, month));
            let commentary = |j: Option<usize>| {
                j.and_then(|j| metrics.get(j))
                    .map(|x| (x.period, ledger.bulletins.get(&x.period)))
            };
            bulletins.push(hash_of((
                global,
                running,
                i,
                commentary(i.checked_sub(1)),
                commentary(Some(i)),
                commentary(Some(i + 1)),
            )));
        }
        let mut standing: HashMap<&str, Xxh3> = HashMap::default();
        for (i, m) in metrics.iter().enumerate() {
            for u in &m.by_unit {
                if let Some(id) = u.id.as_deref() {
                    (i, u.rank, u.score).hash(standing.entry(id).or_insert_with(hasher));
                }
            }
        }
        let standings = standing
            .into_iter()
            .map(|(id, h)| (id.to_string(), h.finish()))
            .collect();
        Fingerprints {
            global,
            projects,
            bulletins,
            standings,
        }
    }

    /// The fingerprint of the page of the department `id` with the projects
    /// `ids`: what a group's page is made from, and the department's score
    /// and rank in every month (its place among all; an edit elsewhere that
    /// leaves its place as it was leaves its page as it was).
    pub fn unit<'p>(&self, id: &str, name: &str, ids: impl Iterator<Item = &'p str>) -> u64 {
        let mut h = hasher();
        (self.global, "unit", id, name).hash(&mut h);
        for id in ids {
            self.projects.get(id).hash(&mut h);
        }
        self.standings.get(id).hash(&mut h);
        h.finish()
    }

    /// The fingerprint of a file made from every project and every bulletin
    /// (the list of all projects, the search index, which holds each
    /// project's description, notes and problems, the names of the groups
    /// they make, and each bulletin's title and commentary): each project's
    /// in `ids`' order, and each bulletin's. A build where nothing changed
    /// keeps these files as it keeps the pages.
    pub fn everything<'p>(&self, kind: &str, ids: impl Iterator<Item = &'p str>) -> u64 {
        let mut h = hasher();
        (self.global, kind).hash(&mut h);
        for id in ids {
            (id, self.projects.get(id)).hash(&mut h);
        }
        self.bulletins.hash(&mut h);
        h.finish()
    }

    /// The fingerprint of a page of the projects `ids` (a leader's, a
    /// category's, a location's).
    pub fn group<'p>(&self, kind: &str, name: &str, ids: impl Iterator<Item = &'p str>) -> u64 {
        let mut h = hasher();
        (self.global, kind, name).hash(&mut h);
        for id in ids {
            self.projects.get(id).hash(&mut h);
        }
        h.finish()
    }
}
