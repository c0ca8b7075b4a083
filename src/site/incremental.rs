//! Incremental rebuilds for `tongbao serve`: a page whose inputs did not
//! change since the last build is not rendered again.
//!
//! Each page of the plan with a fingerprint ([`crate::plan::fingerprint`]: a
//! bulletin with its files, a project page, a department or group page) is a
//! job, keyed by its path. The cache remembers, for the site in the output folder and for the
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
use std::path::{Path, PathBuf};
use std::sync::Mutex;

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
pub enum Reuse<'a> {
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
    pub fn reuse(&self, key: &str, fp: u64) -> Reuse<'_> {
        let Some(r) = &self.running else {
            return Reuse::Render;
        };
        if r.spare_ok {
            if let Some(d) = self.spare.jobs.get(key).filter(|d| d.fp == fp) {
                return Reuse::Keep(&d.files);
            }
        }
        if r.output_ok {
            if let Some(d) = self.output.jobs.get(key).filter(|d| d.fp == fp) {
                return Reuse::Copy(&d.files, &r.out_dir);
            }
        }
        Reuse::Render
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
        assert!(matches!(cache.reuse("p", 1), Reuse::Render));
        cache.done("p", 1, vec![("p/index.html".into(), 1)]);
        cache.commit(Some(a));
        // Second build: the output holds build 1, there is no spare yet.
        cache.begin(out, Some(a), None);
        assert!(matches!(cache.reuse("p", 1), Reuse::Copy(f, o) if f.len() == 1 && o == out));
        assert!(matches!(cache.reuse("p", 2), Reuse::Render));
        cache.done("p", 2, vec![("p/index.html".into(), 1)]);
        cache.commit(Some(b));
        // Third build fills the spare (build 1): fingerprint 1 is kept there,
        // 2 is copied from the output.
        cache.begin(out, Some(b), Some(a));
        assert!(matches!(cache.reuse("p", 1), Reuse::Keep(_)));
        assert!(matches!(cache.reuse("p", 2), Reuse::Copy(..)));
        cache.abort();
        // After a failed build the spare is gone; a folder written by someone
        // else is not trusted.
        cache.begin(out, Some(c), Some(a));
        assert!(matches!(cache.reuse("p", 1), Reuse::Render));
        assert!(matches!(cache.reuse("p", 2), Reuse::Render));
    }
}
