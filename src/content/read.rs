//! Reading the content files: every file parsed in one parallel pass, largest
//! first, and [`Cache`], which keeps each file's result so that the next load
//! parses only the files that changed.

use std::borrow::Cow;
use std::path::{Path as FsPath, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::SystemTime;

use rayon::prelude::*;

use super::fields::FileCtx;
use super::hash::FastMap;
use super::node::Node;
use super::problems::{self, RawProblem};
use super::progress::{self, RawProgress};
use super::projects::{self, RawProject};
use super::source::{self, Source};
use super::{markdown, site, yaml, FileKind};
use crate::diagnostics::{Diagnostic, LoadMessage};
use crate::model::{Commentary, Page, SiteConfig, Unit};

/// What a content file is, and so how it is read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Job {
    /// A file of one of the kinds [`load_text`](super::load_text) reads too.
    File(FileKind),
    /// A page, by its slug.
    Page(String),
}

/// What a file's reader made of it.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Output {
    Site(Option<SiteConfig>),
    Units(Vec<Unit>),
    Projects(Vec<RawProject>),
    Progress(RawProgress),
    Problems(Vec<RawProblem>),
    Commentary(Option<Commentary>),
    Page(Page),
}

/// One file read: its source (unless it could not be read), what its reader
/// made (unless it could not be read or its YAML could not be parsed), and
/// its diagnostics.
#[derive(Clone, Debug)]
pub(super) struct Parsed {
    pub src: Option<Source>,
    pub out: Option<Output>,
    pub diags: Vec<Diagnostic>,
}

impl Parsed {
    fn unread(d: Diagnostic) -> Parsed {
        Parsed {
            src: None,
            out: None,
            diags: vec![d],
        }
    }
}

/// Parses one YAML source, turning a syntax error into a diagnostic. A key
/// written twice in one mapping is reported at each repeat, and the file is
/// still read (first values kept), so that its other mistakes show too.
fn parse_source(src: &Source) -> Result<(Node<'_>, Vec<u32>, Vec<Diagnostic>), Diagnostic> {
    // The fast reader keeps where each node starts: a warning's position is
    // then found without reading the file again.
    if let Some((v, marks)) = super::fast_yaml::parse_with_marks(&src.text) {
        return Ok((v, marks, Vec::new()));
    }
    let e = match yaml::parse(&src.text) {
        Ok(v) => return Ok((v, Vec::new(), Vec::new())),
        Err(e) => e,
    };
    if e.message.contains("duplicate entry") {
        if let Some((v, repeats)) = super::duplicates::parse_keeping_first(&src.text) {
            let diags = repeats
                .into_iter()
                .map(|r| {
                    let first = Diagnostic::error(src.rel.clone(), "")
                        .at_opt(r.first)
                        .location();
                    Diagnostic::error(
                        src.rel.clone(),
                        LoadMessage::WrittenTwice { key: r.key.clone() },
                    )
                    .at_opt(r.pos.or(e.pos))
                    .hint(LoadMessage::FirstWrittenAt { at: first })
                })
                .collect();
            return Ok((v, Vec::new(), diags));
        }
    }
    // A number too large is not a syntax error: it is said as it is, with
    // what to check.
    let (message, hint) = match *e.problem {
        LoadMessage::NumberTooLarge { .. } => (*e.problem, LoadMessage::NumberTooLargeHint),
        _ => (
            LoadMessage::YamlSyntax { problem: e.problem },
            LoadMessage::CheckIndentation,
        ),
    };
    Err(Diagnostic::error(src.rel.clone(), message)
        .at_opt(e.pos)
        .hint(hint))
}

/// Parses a YAML file already read, runs `f` on its value, and returns what
/// `f` made with the file's diagnostics.
pub(super) fn with_yaml_source<T>(
    src: Source,
    f: impl FnOnce(&mut FileCtx, &Node) -> T,
) -> (Option<Source>, Option<T>, Vec<Diagnostic>) {
    let (out, diags) = match parse_source(&src) {
        Ok((value, marks, mut diags)) => {
            let seed = (!marks.is_empty()).then_some((&value, marks.as_slice()));
            let mut ctx = FileCtx::seeded(&src.rel, &src.text, seed);
            let out = f(&mut ctx, &value);
            diags.extend(ctx.diags);
            (Some(out), diags)
        }
        Err(d) => (None, vec![d]),
    };
    (Some(src), out, diags)
}

/// Reads `src` as a file of kind `job`; ledger files are checked against
/// `config`.
pub(super) fn parse(src: Source, job: &Job, config: Option<&SiteConfig>) -> Parsed {
    let yaml = |src: Source, f: &dyn Fn(&mut FileCtx, &Node) -> Output| {
        let (src, out, diags) = with_yaml_source(src, f);
        Parsed { src, out, diags }
    };
    let text = |src: Source, f: &dyn Fn(&mut FileCtx) -> Output| {
        let mut ctx = FileCtx::new(&src.rel, &src.text);
        let out = f(&mut ctx);
        let diags = ctx.diags;
        Parsed {
            src: Some(src),
            out: Some(out),
            diags,
        }
    };
    match job {
        Job::File(FileKind::Site) => yaml(src, &|ctx, v| Output::Site(site::site_config(ctx, v))),
        Job::File(FileKind::Units) => yaml(src, &|ctx, v| Output::Units(site::units(ctx, v))),
        Job::File(FileKind::Projects) => yaml(src, &|ctx, v| {
            Output::Projects(projects::projects(ctx, v, config))
        }),
        Job::File(FileKind::Progress(m)) => yaml(src, &|ctx, v| {
            Output::Progress(progress::progress(ctx, v, *m))
        }),
        Job::File(FileKind::Problems) => {
            yaml(src, &|ctx, v| Output::Problems(problems::problems(ctx, v)))
        }
        Job::File(FileKind::Commentary(m)) => text(src, &|ctx| {
            Output::Commentary(markdown::commentary(ctx, *m))
        }),
        Job::Page(slug) => text(src, &|ctx| Output::Page(markdown::page(ctx, slug))),
    }
}

/// The results of the last load, file by file, for [`super::load_cached`]:
/// a file whose length, modification time and bytes (by their 64-bit xxh3
/// hash) are those of last time, and whose reading depends on nothing else
/// that changed, is not parsed again.
#[derive(Debug, Default)]
pub struct Cache {
    files: FastMap<PathBuf, Entry>,
    parsed: usize,
}

impl Cache {
    /// An empty cache: the first load with it parses every file.
    pub fn new() -> Cache {
        Cache::default()
    }

    /// How many files the last load with this cache parsed (the others it
    /// took from the cache).
    pub fn parsed(&self) -> usize {
        self.parsed
    }
}

/// One file's result, with what it was made from.
#[derive(Clone, Debug)]
pub(super) struct Entry {
    stamp: Stamp,
    job: Job,
    deps: Deps,
    parsed: Parsed,
}

/// What tells a file's bytes from others.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Stamp {
    len: u64,
    modified: Option<SystemTime>,
    /// xxh3 of the bytes: an edit that keeps length and time is still seen
    /// (not a cryptographic hash: one that also kept the hash would have to
    /// be made on purpose).
    digest: u64,
}

/// What a file's result depends on besides its bytes: for a ledger file, the
/// site's categories and levels (when site.yaml gave settings).
type Deps = Option<Option<(Vec<String>, Vec<String>)>>;

fn deps(job: &Job, config: Option<&SiteConfig>) -> Deps {
    match job {
        Job::File(FileKind::Projects) => {
            Some(config.map(|c| (c.categories.clone(), c.levels.clone())))
        }
        _ => None,
    }
}

/// What reading a file gave.
pub(super) enum Read {
    /// Its result, kept nowhere: there is no cache, or the file could not be read.
    Owned(Box<Parsed>),
    /// Nothing new: the cache's entry for the file holds.
    Reused,
    /// Its result, to be kept in the cache.
    Fresh(Box<Entry>),
}

impl Read {
    /// The result when it is not in a cache.
    pub(super) fn owned(self) -> Option<Parsed> {
        match self {
            Read::Owned(p) => Some(*p),
            Read::Fresh(e) => Some(e.parsed),
            Read::Reused => None,
        }
    }

    /// The result, wherever it is.
    pub(super) fn parsed<'c>(
        &'c self,
        path: &FsPath,
        cache: Option<&'c Cache>,
    ) -> Option<&'c Parsed> {
        match self {
            Read::Owned(p) => Some(p),
            Read::Fresh(e) => Some(&e.parsed),
            Read::Reused => cache?.files.get(path).map(|e| &e.parsed),
        }
    }
}

/// Reads the file at `path` as a file of kind `job`: from `cache` when it
/// holds the file's result, else from the disk.
pub(super) fn read_file(
    site: &FsPath,
    path: &FsPath,
    job: &Job,
    config: Option<&SiteConfig>,
    cache: Option<&Cache>,
) -> Read {
    let Some(cache) = cache else {
        return Read::Owned(Box::new(read_uncached(site, path, job, config)));
    };
    let raw = match source::read_raw(site, path) {
        Ok(raw) => raw,
        Err(d) => return Read::Owned(Box::new(Parsed::unread(d))),
    };
    let stamp = Stamp {
        len: raw.bytes.len() as u64,
        modified: raw.modified,
        digest: xxhash_rust::xxh3::xxh3_64(&raw.bytes),
    };
    let deps = deps(job, config);
    if let Some(e) = cache.files.get(path) {
        if e.stamp == stamp && e.job == *job && e.deps == deps {
            return Read::Reused;
        }
    }
    let parsed = match source::decode(raw.rel, raw.bytes) {
        Ok(src) => parse(src, job, config),
        Err(d) => Parsed::unread(d),
    };
    Read::Fresh(Box::new(Entry {
        stamp,
        job: job.clone(),
        deps,
        parsed,
    }))
}

/// Reads the file at `path` from the disk as a file of kind `job`.
fn read_uncached(site: &FsPath, path: &FsPath, job: &Job, config: Option<&SiteConfig>) -> Parsed {
    match source::read(site, path) {
        Ok(src) => parse(src, job, config),
        Err(d) => Parsed::unread(d),
    }
}

/// Reads every file of `jobs` as [`read_file`] does, on all threads of the
/// pool, largest file first (so that no thread is left with a large file at
/// the end); the results are in the order of `jobs`.
pub(super) fn read_all(
    site: &FsPath,
    jobs: &[(PathBuf, Job)],
    config: Option<&SiteConfig>,
    cache: Option<&Cache>,
) -> Vec<Read> {
    let size = |p: &FsPath| std::fs::symlink_metadata(p).map_or(0, |m| m.len());
    let mut order: Vec<(u64, usize)> = jobs
        .iter()
        .enumerate()
        .map(|(i, (p, _))| (size(p), i))
        .collect();
    order.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let next = AtomicUsize::new(0);
    let work = || {
        let mut mine = Vec::new();
        while let Some(&(_, i)) = order.get(next.fetch_add(1, Ordering::Relaxed)) {
            let (path, job) = &jobs[i];
            mine.push((i, read_file(site, path, job, config, cache)));
        }
        mine
    };
    // One worker per thread of the pool; a worker that starts late finds less
    // (or nothing) left.
    let mut done: Vec<_> = (0..rayon::current_num_threads())
        .into_par_iter()
        .flat_map_iter(|_| work())
        .collect();
    // Each job was taken by one worker exactly once.
    done.sort_by_key(|(i, _)| *i);
    done.into_iter().map(|(_, r)| r).collect()
}

/// The results of a load's files, in the order of its jobs: borrowed from
/// `cache` where it keeps them (after [`Cache::keep`]), else owned.
pub(super) fn results<'c>(
    site: &FsPath,
    jobs: &[(PathBuf, Job)],
    read: Vec<Option<Parsed>>,
    config: Option<&SiteConfig>,
    cache: Option<&'c Cache>,
) -> Vec<Cow<'c, Parsed>> {
    jobs.iter()
        .zip(read)
        .map(|((path, job), p)| match p {
            Some(p) => Cow::Owned(p),
            None => match cache.and_then(|c| c.files.get(path)) {
                Some(e) => Cow::Borrowed(&e.parsed),
                // Not kept after all (it cannot be): read it again.
                None => Cow::Owned(read_uncached(site, path, job, config)),
            },
        })
        .collect()
}

/// A file's result in its parts, borrowed where the result is.
pub(super) struct Parts<'a> {
    /// Its source, unless it could not be read.
    pub src: Option<Cow<'a, Source>>,
    /// What its reader made, unless it could not be read or parsed.
    pub out: Option<Cow<'a, Output>>,
    /// Its diagnostics.
    pub diags: Cow<'a, [Diagnostic]>,
}

/// `p` in its parts.
pub(super) fn split(p: Cow<'_, Parsed>) -> Parts<'_> {
    match p {
        Cow::Owned(p) => Parts {
            src: p.src.map(Cow::Owned),
            out: p.out.map(Cow::Owned),
            diags: Cow::Owned(p.diags),
        },
        Cow::Borrowed(p) => Parts {
            src: p.src.as_ref().map(Cow::Borrowed),
            out: p.out.as_ref().map(Cow::Borrowed),
            diags: Cow::Borrowed(&p.diags),
        },
    }
}

impl Cache {
    /// Keeps what a load read: the entries of the files it read, and no
    /// others. Gives back the results it does not keep (`None` for those it
    /// keeps), in the order of `read`.
    pub(super) fn keep(&mut self, read: Vec<(PathBuf, Read)>) -> Vec<Option<Parsed>> {
        let mut old = std::mem::take(&mut self.files);
        self.parsed = 0;
        let mut out = Vec::with_capacity(read.len());
        for (path, r) in read {
            match r {
                Read::Owned(p) => out.push(Some(*p)),
                Read::Reused => {
                    if let Some(e) = old.remove(&path) {
                        self.files.insert(path, e);
                    }
                    out.push(None);
                }
                Read::Fresh(e) => {
                    self.parsed += 1;
                    self.files.insert(path, *e);
                    out.push(None);
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use std::fs;
    use std::path::Path;

    use crate::content::{load, load_cached, Cache};
    use crate::demo::{write_site, DemoOptions};

    fn demo() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        let opts = DemoOptions {
            projects: 60,
            months: 6,
            ..DemoOptions::default()
        };
        write_site(dir.path(), &opts).unwrap();
        dir
    }

    /// Loads `site` with `cache`, checks that it gives what a plain load gives,
    /// and returns how many files it parsed.
    fn reload(site: &Path, cache: &mut Cache) -> usize {
        let cached = load_cached(site, cache);
        assert_eq!(cached, load(site));
        cache.parsed()
    }

    fn edit(path: &Path, from: &str, to: &str) {
        let text = fs::read_to_string(path).unwrap();
        assert!(text.contains(from), "{from} not in {}", path.display());
        fs::write(path, text.replacen(from, to, 1)).unwrap();
    }

    fn count(dir: &Path) -> usize {
        fs::read_dir(dir).unwrap().count()
    }

    #[test]
    fn only_changed_files_are_parsed_again() {
        let dir = demo();
        let site = dir.path();
        let content = site.join("content");
        let mut cache = Cache::new();
        let yaml_files = 3 + count(&content.join("progress"));
        let all = reload(site, &mut cache);
        assert!(all > yaml_files, "{all}");
        assert!(load(site).ledger.is_some());
        assert_eq!(reload(site, &mut cache), 0);

        // One progress file changes: only it is parsed, also when it breaks.
        let month = content.join("progress/2025-03.yaml");
        edit(&month, "stage: ", "stage: 不存在的阶段 #");
        assert_eq!(reload(site, &mut cache), 1);
        assert!(load_cached(site, &mut cache).ledger.is_none());
        edit(&month, "projects:", "projects: [");
        assert_eq!(reload(site, &mut cache), 1);

        // The same length and modification time with other bytes.
        let before = fs::metadata(&month).unwrap().modified().unwrap();
        edit(&month, "period: 2025-03", "period: 2025-04");
        fs::File::options()
            .write(true)
            .open(&month)
            .unwrap()
            .set_modified(before)
            .unwrap();
        assert_eq!(reload(site, &mut cache), 1);

        // A file added, and one removed.
        fs::write(content.join("progress/2025-07.yaml"), "period: 2025-07\n").unwrap();
        assert_eq!(reload(site, &mut cache), 1);
        fs::remove_file(&month).unwrap();
        assert_eq!(reload(site, &mut cache), 0);
        fs::remove_dir_all(content.join("bulletins")).unwrap();
        assert_eq!(reload(site, &mut cache), 0);
    }

    /// A warning that spans files (a month's investment above the project's
    /// total) is placed in the progress file through that file's position
    /// index, which a cached load keeps: after edits that move the lines, of
    /// that file and of another, the places are still a plain load's.
    #[test]
    fn warnings_across_files_keep_true_positions_across_cached_loads() {
        let dir = demo();
        let site = dir.path();
        let month = site.join("content/progress/2025-03.yaml");
        edit(&month, "invested: 1144", "invested: 99999999");
        let mut cache = Cache::new();
        reload(site, &mut cache);
        let warned = |cache: &mut Cache| {
            let d = load_cached(site, cache).diagnostics;
            let w: Vec<_> = d
                .into_iter()
                .filter(|d| d.file.as_deref() == Some("content/progress/2025-03.yaml"))
                .filter_map(|d| d.line)
                .collect();
            assert!(!w.is_empty(), "no warning in the progress file");
            w
        };
        let before = warned(&mut cache);
        // Lines added above the record in that file: the warning moves down.
        edit(&month, "period:", "# 一\n# 二\nperiod:");
        assert_eq!(reload(site, &mut cache), 1);
        let after = warned(&mut cache);
        assert_eq!(after[0], before[0] + 2);
        // Another file changes: the progress file's index is reused, right.
        edit(&site.join("content/site.yaml"), "title: ", "title: 新");
        assert_eq!(reload(site, &mut cache), 1);
        assert_eq!(warned(&mut cache), after);
    }

    #[test]
    fn ledger_files_are_parsed_again_when_the_categories_change() {
        let dir = demo();
        let site = dir.path();
        let content = site.join("content");
        let mut cache = Cache::new();
        reload(site, &mut cache);
        let ledgers: usize = fs::read_dir(content.join("projects"))
            .unwrap()
            .map(|e| {
                let p = e.unwrap().path();
                if p.is_dir() {
                    count(&p)
                } else {
                    1
                }
            })
            .sum();
        // A new category: site.yaml and every ledger file.
        edit(
            &content.join("site.yaml"),
            "categories: [",
            "categories: [新类, ",
        );
        assert_eq!(reload(site, &mut cache), 1 + ledgers);
        // The title only: site.yaml alone.
        edit(&content.join("site.yaml"), "title: ", "title: 新");
        assert_eq!(reload(site, &mut cache), 1);
        // No site.yaml: the ledger is checked without settings.
        fs::remove_file(content.join("site.yaml")).unwrap();
        assert_eq!(reload(site, &mut cache), ledgers);
        // No content folder at all.
        fs::remove_dir_all(&content).unwrap();
        assert_eq!(reload(site, &mut cache), 0);
    }
}
