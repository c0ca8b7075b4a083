//! Incremental rebuilds for `tongbao serve`: a page whose inputs did not
//! change since the last build is not rendered again.
//!
//! Each job of a build (a bulletin with its files, a project page, a
//! department or group page) has a fingerprint: a hash of everything it is
//! made from (the site's settings, theme and months, and the project, its
//! records and problems, or every project's records up to the bulletin's
//! month). The cache remembers, for the site in the output folder and for the
//! spare beside it (the site before, which the next build fills), each job's
//! fingerprint and the files it wrote. A job whose fingerprint equals the
//! spare's keeps the spare's files as they are; one that equals the output's
//! copies its files from the output; any other is rendered. The folders are
//! recognised by the identity of their marker file, so a `tongbao build` run
//! in between only makes the next rebuild a full one.
//!
//! Lists, the home page, the search index and static files are always
//! rendered: they are few and depend on everything.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use crate::metrics::MonthMetrics;
use crate::model::{Ledger, Project};
use crate::site::output::FileId;

/// What one job wrote: the fingerprint of its inputs, and its files with the
/// number of charts in each.
#[derive(Clone, Debug)]
struct Done {
    fp: u64,
    files: Vec<(String, usize)>,
}

/// The jobs of one build by key, and the identity of the marker it wrote.
#[derive(Default, Debug)]
struct Generation {
    marker: Option<FileId>,
    jobs: HashMap<String, Done>,
}

/// The build in progress.
#[derive(Debug)]
struct Running {
    /// Whether the output folder is still the last build's.
    output_ok: bool,
    /// Whether the staging folder is the spare this cache knows.
    spare_ok: bool,
    /// The output folder.
    out_dir: PathBuf,
    /// What this build did so far.
    next: Mutex<HashMap<String, Done>>,
    /// How many of its jobs were rendered.
    rendered: std::sync::atomic::AtomicUsize,
}

/// What a preview remembers of its builds (see the module documentation).
#[derive(Default, Debug)]
pub struct RenderCache {
    output: Generation,
    spare: Generation,
    running: Option<Running>,
    /// Jobs rendered (not kept or copied) by the last committed build.
    last_rendered: usize,
}

/// How a job is done this time.
pub enum Plan<'a> {
    /// Render it.
    Render,
    /// Its files in the staging folder are right: keep them.
    Keep(&'a [(String, usize)]),
    /// Its files in the output folder (the path) are right: copy them.
    Copy(&'a [(String, usize)], &'a Path),
}

impl RenderCache {
    /// Starts a build into `out_dir`, whose marker is `out_marker` now, filling
    /// a staging folder that reuses the spare with marker `spare_marker`.
    pub fn begin(
        &mut self,
        out_dir: &Path,
        out_marker: Option<FileId>,
        spare_marker: Option<FileId>,
    ) {
        let known = |g: &Generation, now: Option<FileId>| g.marker.is_some() && g.marker == now;
        self.running = Some(Running {
            output_ok: known(&self.output, out_marker),
            spare_ok: known(&self.spare, spare_marker),
            out_dir: out_dir.to_path_buf(),
            next: Mutex::new(HashMap::new()),
            rendered: Default::default(),
        });
    }

    /// How to do the job `key` whose inputs have fingerprint `fp`.
    pub fn plan(&self, key: &str, fp: u64) -> Plan<'_> {
        let Some(r) = &self.running else {
            return Plan::Render;
        };
        if r.spare_ok {
            if let Some(d) = self.spare.jobs.get(key).filter(|d| d.fp == fp) {
                return Plan::Keep(&d.files);
            }
        }
        if r.output_ok {
            if let Some(d) = self.output.jobs.get(key).filter(|d| d.fp == fp) {
                return Plan::Copy(&d.files, &r.out_dir);
            }
        }
        Plan::Render
    }

    /// Notes that a job was rendered.
    pub fn rendered(&self) {
        if let Some(r) = &self.running {
            r.rendered
                .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        }
    }

    /// Records that job `key` with fingerprint `fp` is in the new site with `files`.
    pub fn done(&self, key: &str, fp: u64, files: Vec<(String, usize)>) {
        if let Some(r) = &self.running {
            if let Ok(mut next) = r.next.lock() {
                next.insert(key.to_string(), Done { fp, files });
            }
        }
    }

    /// The build succeeded and its site, with marker `marker`, is the output
    /// now; the previous output became the spare.
    pub fn commit(&mut self, marker: Option<FileId>) {
        let Some(r) = self.running.take() else {
            return;
        };
        self.last_rendered = r.rendered.into_inner();
        let next = r.next.into_inner().unwrap_or_else(|e| e.into_inner());
        let previous = std::mem::replace(&mut self.output, Generation { marker, jobs: next });
        self.spare = if r.output_ok {
            previous
        } else {
            Generation::default()
        };
    }

    /// The build failed: its staging folder (the spare) is gone, the output is
    /// as it was.
    pub fn abort(&mut self) {
        if self.running.take().is_some() {
            self.spare = Generation::default();
        }
    }

    /// Number of jobs the last committed build did, and how many of them it
    /// rendered (the others were kept or copied).
    pub fn last_build(&self) -> (usize, usize) {
        (self.output.jobs.len(), self.last_rendered)
    }
}

/// The fingerprints of a build's jobs.
pub struct Fingerprints<'a> {
    /// What every page shows: settings, theme, months, departments, pages, assets.
    pub global: u64,
    /// Each project page's, by project id.
    pub projects: HashMap<&'a str, u64>,
    /// All projects' together (for pages that rank or add up all of them).
    pub all_projects: u64,
    /// Each bulletin's, in the order of the months.
    pub bulletins: Vec<u64>,
}

fn hash_of(v: impl Hash) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
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
    /// theme of fingerprint `theme` (and tables rendered natively or not).
    pub fn new(ledger: &'a Ledger, metrics: &[MonthMetrics], theme: u64, native: bool) -> Self {
        let global = hash_of((
            env!("CARGO_PKG_VERSION"),
            theme,
            native,
            &ledger.site,
            &ledger.units,
            &ledger.months,
            &ledger.pages,
            &ledger.assets,
        ));
        let mut problems: HashMap<&str, Vec<&crate::model::Problem>> = HashMap::new();
        for p in &ledger.problems {
            problems.entry(p.project.as_str()).or_default().push(p);
        }
        let projects: HashMap<&str, u64> = ledger
            .projects
            .iter()
            .map(|p| {
                let fp = hash_of((global, p, problems.get(p.id.as_str())));
                (p.id.as_str(), fp)
            })
            .collect();
        let all_projects = {
            let mut h = std::collections::hash_map::DefaultHasher::new();
            for p in &ledger.projects {
                projects.get(p.id.as_str()).hash(&mut h);
            }
            ledger.problems.hash(&mut h);
            h.finish()
        };
        // A bulletin shows every project as of its month: their heads, and
        // their records up to that month (last year's too, for 同比).
        let mut heads = std::collections::hash_map::DefaultHasher::new();
        for p in &ledger.projects {
            head(p, &mut heads);
        }
        ledger.problems.hash(&mut heads);
        let mut running = heads.finish();
        let mut bulletins = Vec::with_capacity(metrics.len());
        for (i, m) in metrics.iter().enumerate() {
            let mut h = std::collections::hash_map::DefaultHasher::new();
            running.hash(&mut h);
            for p in &ledger.projects {
                (&p.id, p.records.get(&m.period)).hash(&mut h);
            }
            running = h.finish();
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
        Fingerprints {
            global,
            projects,
            all_projects,
            bulletins,
        }
    }

    /// The fingerprint of a page of the projects `ids` (a leader's, a
    /// category's, a location's).
    pub fn group<'p>(&self, kind: &str, name: &str, ids: impl Iterator<Item = &'p str>) -> u64 {
        let mut h = std::collections::hash_map::DefaultHasher::new();
        (self.global, kind, name).hash(&mut h);
        for id in ids {
            self.projects.get(id).hash(&mut h);
        }
        h.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(n: u64) -> FileId {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join(crate::site::output::MARKER),
            "x".repeat(n as usize),
        )
        .unwrap();
        crate::site::output::marker_id(dir.path()).unwrap()
    }

    #[test]
    fn jobs_are_kept_copied_or_rendered_by_generation() {
        let (a, b, c) = (id(1), id(2), id(3));
        let out = Path::new("/out");
        let mut cache = RenderCache::default();
        // First build: nothing known.
        cache.begin(out, None, None);
        assert!(matches!(cache.plan("p", 1), Plan::Render));
        cache.done("p", 1, vec![("p/index.html".into(), 1)]);
        cache.commit(Some(a));
        // Second build: the output holds build 1, there is no spare yet.
        cache.begin(out, Some(a), None);
        assert!(matches!(cache.plan("p", 1), Plan::Copy(f, o) if f.len() == 1 && o == out));
        assert!(matches!(cache.plan("p", 2), Plan::Render));
        cache.done("p", 2, vec![("p/index.html".into(), 1)]);
        cache.commit(Some(b));
        // Third build fills the spare (build 1): fingerprint 1 is kept there,
        // 2 is copied from the output.
        cache.begin(out, Some(b), Some(a));
        assert!(matches!(cache.plan("p", 1), Plan::Keep(_)));
        assert!(matches!(cache.plan("p", 2), Plan::Copy(..)));
        cache.abort();
        // After a failed build the spare is gone; a folder written by someone
        // else is not trusted.
        cache.begin(out, Some(c), Some(a));
        assert!(matches!(cache.plan("p", 1), Plan::Render));
        assert!(matches!(cache.plan("p", 2), Plan::Render));
    }
}
