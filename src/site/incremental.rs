//! Incremental rebuilds: a page whose inputs did not change since the last
//! build is not rendered again, in a preview (`tongbao serve`) and from one
//! `tongbao build` to the next.
//!
//! Each page of the plan with a fingerprint ([`crate::plan::fingerprint`]: a
//! bulletin with its files, a project page, a department or group page) is a
//! job, keyed by its path. The cache remembers, for the site in the output folder and for the
//! spare beside it (the site before, which the next build fills), each job's
//! fingerprint and the files it wrote. A job whose fingerprint equals the
//! spare's keeps the spare's files as they are; one that equals the output's
//! copies its files from the output; any other is rendered. The folders are
//! recognised by the identity of their marker file, so a folder changed by
//! anything else only makes the next rebuild a full one.
//!
//! A build's marker lists its jobs after its files (key, fingerprint, files:
//! [`RenderCache::pages_text`]), so that a build in a new process, a
//! `tongbao build` after last month's, learns them from the output folder and
//! the spare ([`RenderCache::learn`]) and renders only what changed. Each
//! file reused must also be older than the marker of its folder: a file
//! edited after its build is rendered again.
//!
//! The list of all projects and the search index have a fingerprint of
//! every project's and every bulletin's. The other lists, the home page and
//! static files are always rendered: they are small and depend on everything.

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
    /// Learns the jobs of the output folder, whose marker is `out_marker`, and
    /// of the spare (`spare_marker`) from the lists of pages their markers
    /// hold (`out_pages`, `spare_pages`; [`Self::pages_text`]), for each
    /// folder that is not the one it remembers (a build's first in a
    /// process, or a folder another build wrote since). A list that cannot be
    /// read whole is not used.
    pub fn learn(
        &mut self,
        out_marker: Option<FileId>,
        out_pages: impl FnOnce() -> String,
        spare_marker: Option<FileId>,
        spare_pages: &str,
    ) {
        let generation = |marker: Option<FileId>, text: &str| match (marker, parse_pages(text)) {
            (Some(m), Some(jobs)) if !jobs.is_empty() => Generation {
                marker: Some(m),
                jobs,
            },
            _ => Generation::default(),
        };
        if self.output.marker.is_none() || self.output.marker != out_marker {
            self.output = generation(out_marker, &out_pages());
        }
        if self.spare.marker.is_none() || self.spare.marker != spare_marker {
            self.spare = generation(spare_marker, spare_pages);
        }
    }

    /// The jobs of the build in progress as its marker lists them: a line a
    /// job, sorted by key: its fingerprint in hex, its key, then each file
    /// and the number of charts in it, separated by tabs. A job whose key or
    /// files hold a tab or a line break is left out (rendered next time).
    pub fn pages_text(&self) -> String {
        use std::fmt::Write;
        let Some(r) = &self.running else {
            return String::new();
        };
        let next = r.next.lock().unwrap_or_else(|e| e.into_inner());
        let mut keys: Vec<&String> = next.keys().collect();
        keys.sort_unstable();
        let plain = |s: &str| !s.contains(['\t', '\n', '\r']) && !s.is_empty();
        let mut text = String::with_capacity(next.len() * 64);
        for key in keys {
            let done = &next[key];
            if !plain(key) || !done.files.iter().all(|(f, _)| plain(f)) {
                continue;
            }
            let _ = write!(text, "{:016x}\t{key}", done.fp);
            for (f, svgs) in &done.files {
                let _ = write!(text, "\t{f}\t{svgs}");
            }
            text.push('\n');
        }
        text
    }

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

/// The jobs of a marker's list of pages ([`RenderCache::pages_text`]);
/// `None` when a line is not as written there.
fn parse_pages(text: &str) -> Option<HashMap<String, Done>> {
    let mut jobs = HashMap::new();
    for line in text.lines() {
        let mut parts = line.split('\t');
        let fp = u64::from_str_radix(parts.next()?, 16).ok()?;
        let key = parts.next()?.to_string();
        let mut files = Vec::new();
        while let Some(file) = parts.next() {
            // A path under the folder, never out of it (the list is a file
            // anyone could edit).
            if file
                .split('/')
                .any(|c| c.is_empty() || c == "." || c == ".." || c.contains(['\\', ':']))
            {
                return None;
            }
            let svgs = parts.next()?.parse().ok()?;
            files.push((file.to_string(), svgs));
        }
        if key.is_empty() || files.is_empty() {
            return None;
        }
        jobs.insert(key, Done { fp, files });
    }
    Some(jobs)
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

    #[test]
    fn lists_of_pages_are_read_back_and_never_lead_out_of_the_folder() {
        let out = Path::new("/out");
        let mut cache = RenderCache::default();
        cache.begin(out, None, None);
        cache.done(
            "bulletins/2021-09/index.html",
            0xfe,
            vec![
                ("bulletins/2021-09/index.html".into(), 3),
                ("bulletins/2021-09/metrics.json".into(), 0),
            ],
        );
        cache.done(
            "projects/A/index.html",
            7,
            vec![("projects/A/index.html".into(), 1)],
        );
        // A key with a tab is left out of the list.
        cache.done("x\ty", 1, vec![("x".into(), 0)]);
        let text = cache.pages_text();
        assert_eq!(
            text,
            "00000000000000fe\tbulletins/2021-09/index.html\tbulletins/2021-09/index.html\t3\tbulletins/2021-09/metrics.json\t0\n\
             0000000000000007\tprojects/A/index.html\tprojects/A/index.html\t1\n"
        );
        let jobs = parse_pages(&text).unwrap();
        assert_eq!(jobs.len(), 2);
        assert_eq!(jobs["projects/A/index.html"].fp, 7);
        assert_eq!(jobs["bulletins/2021-09/index.html"].files.len(), 2);
        // A path out of the folder, absolute, or of another system's kind
        // spoils the whole list; so does a line cut short.
        for bad in [
            "07\tp\t../x.html\t0",
            "07\tp\tprojects/../../x.html\t0",
            "07\tp\t/etc/x\t0",
            "07\tp\ta\\b\t0",
            "07\tp\tC:x\t0",
            "07\tp\tprojects//x\t0",
            "07\tp\tx.html",
            "07\tp",
            "zz\tp\tx.html\t0",
        ] {
            assert!(parse_pages(&format!("{text}{bad}\n")).is_none(), "{bad}");
        }
    }
}
