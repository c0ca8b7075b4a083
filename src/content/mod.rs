//! Reading the site folder: files → a validated [`Ledger`], or diagnostics.
//!
//! Every file is read and checked even after a mistake is found, so that one
//! run reports all of them. After site.yaml, all files are parsed in one
//! parallel pass (`read`), mostly by a fast reader of plain YAML
//! (`fast_yaml`) into light values ([`node::Node`]); the checks across files
//! follow. The result does not depend on the order the file system lists
//! files in, nor on which thread read which file. [`load_cached`] with a
//! [`Cache`] parses only the files that changed since the last load.

mod duplicates;
mod events;
mod fast_yaml;
pub mod fields;
pub mod files;
mod front;
mod hash;
mod markdown;
pub mod node;
mod number_text;
mod overrun;
mod positions;
mod problems;
mod progress;
mod projects;
mod read;
mod sets;
mod site;
pub mod source;
pub mod yaml;

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path as FsPath, PathBuf};

use rayon::prelude::*;

use crate::diagnostics::{self, nearest, Diagnostic, LoadMessage};
use crate::model::{Ledger, Money, Month, Project, Record, SiteConfig, Unit, MAX_SITE_UNITS};
use fields::FileCtx;
use hash::FastMap;
pub use markdown::split_front_matter;
pub use progress::is_safe_asset_path;
use progress::RawProgress;
pub use read::Cache;
use read::{read_all, read_file, Job, Output, Parsed, Read};
pub use site::is_valid_id;
use source::{rel_path, walk_files, Source};
use yaml::Path;

/// What loading a site gave: the ledger when there were no errors, and every
/// diagnostic (errors and warnings) in printing order.
#[derive(Debug, PartialEq)]
pub struct Loaded {
    /// The validated ledger; `None` when any diagnostic is an error.
    pub ledger: Option<Ledger>,
    /// Errors and warnings, sorted by file and position.
    pub diagnostics: Vec<Diagnostic>,
}

/// Lookups for diagnostics that span files: positions, each file's found in
/// one pass ([`positions::Locator`]), and "did you mean" suggestions for the
/// first few such diagnostics of each file only ([`fields::locate_budget`]),
/// since every suggestion compares with every id. A file with 20,000 unknown
/// project ids is then reported in moments rather than hours.
#[derive(Default)]
struct Budget<'s> {
    suggestions: HashMap<&'s str, usize>,
    locators: HashMap<&'s str, positions::Locator<'s>>,
}

impl<'s> Budget<'s> {
    /// Whether `src` may have one more "did you mean" suggestion.
    fn spend(&mut self, src: &'s Source) -> bool {
        let n = self.suggestions.entry(&src.rel).or_default();
        *n += 1;
        *n <= fields::locate_budget(src.text.len())
    }

    /// The position of `path` in `src`.
    fn locate(&mut self, src: &'s Source, path: &Path) -> Option<(usize, usize)> {
        self.locators
            .entry(&src.rel)
            .or_insert_with(|| positions::Locator::shared(&src.text, &src.positions))
            .locate(path)
    }
}

/// A kind of content file, for [`load_text`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    /// `content/site.yaml`.
    Site,
    /// `content/units.yaml`.
    Units,
    /// A ledger file under `content/projects/`, checked against site settings
    /// with the default categories and the levels 省重点, 市重点, 区重点.
    Projects,
    /// `content/progress/YYYY-MM.yaml` of that month.
    Progress(Month),
    /// `content/problems.yaml`.
    Problems,
    /// `content/bulletins/YYYY-MM.md` of that month (front matter and body).
    Commentary(Month),
}

/// Reads one content file from memory as [`load`] reads that file from disk
/// (size limit, UTF-8 with an optional byte-order mark, YAML, every field) and
/// returns its diagnostics. Checks across files are not made. For tests and
/// the fuzzing targets in `fuzz/`.
pub fn load_text(kind: FileKind, bytes: &[u8]) -> Vec<Diagnostic> {
    let (rel, limit) = match kind {
        FileKind::Site => ("content/site.yaml".to_string(), source::MAX_YAML_BYTES),
        FileKind::Units => ("content/units.yaml".to_string(), source::MAX_YAML_BYTES),
        FileKind::Projects => (
            "content/projects/a.yaml".to_string(),
            source::MAX_YAML_BYTES,
        ),
        FileKind::Progress(m) => (format!("content/progress/{m}.yaml"), source::MAX_YAML_BYTES),
        FileKind::Problems => ("content/problems.yaml".to_string(), source::MAX_YAML_BYTES),
        FileKind::Commentary(m) => (format!("content/bulletins/{m}.md"), source::MAX_TEXT_BYTES),
    };
    if bytes.len() as u64 > limit {
        return vec![source::too_big(rel, bytes.len() as u64, limit)];
    }
    let src = match source::decode(rel, bytes.to_vec()) {
        Ok(src) => src,
        Err(d) => return vec![d],
    };
    // Ledger files are checked against settings with the default categories.
    let config = (kind == FileKind::Projects)
        .then(|| {
            let settings = "title: t\npublisher: p\nlevels: [省重点, 市重点, 区重点]\n";
            let v = yaml::parse(settings).ok()?;
            site::site_config(&mut FileCtx::new("content/site.yaml", settings), &v)
        })
        .flatten();
    read::parse(src, &Job::File(kind), config.as_ref()).diags
}

fn is_yaml(p: &FsPath) -> bool {
    matches!(p.extension().and_then(|e| e.to_str()), Some("yaml" | "yml"))
}

fn is_md(p: &FsPath) -> bool {
    matches!(
        p.extension().and_then(|e| e.to_str()),
        Some("md" | "markdown")
    )
}

fn stem(p: &FsPath) -> String {
    p.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Files directly in `dir` with the given test, sorted; others are warned about.
fn files_in(
    site: &FsPath,
    dir: &FsPath,
    keep: fn(&FsPath) -> bool,
    what: &LoadMessage,
    diags: &mut Vec<Diagnostic>,
) -> Vec<PathBuf> {
    let (files, walk_diags) = walk_files(site, dir);
    diags.extend(walk_diags);
    files
        .into_iter()
        .filter(|f| {
            let ok = keep(f);
            let ext = f
                .extension()
                .map(|e| e.to_string_lossy().to_ascii_lowercase())
                .unwrap_or_default();
            if !ok && keep(&f.with_extension(&ext)) {
                // `2026-09.YAML`: meant to be read, so never left out quietly.
                diags.push(
                    Diagnostic::error(
                        rel_path(site, f),
                        LoadMessage::ExtensionNotLowerCase {
                            what: Box::new(what.clone()),
                        },
                    )
                    .hint(LoadMessage::RenameToExtension { ext }),
                );
            } else if !ok {
                diags.push(
                    Diagnostic::warning(
                        rel_path(site, f),
                        LoadMessage::NotReadIgnored {
                            what: Box::new(what.clone()),
                        },
                    )
                    .hint(LoadMessage::MoveOtherFiles),
                );
            }
            ok
        })
        .collect()
}

/// Reads and validates the site in folder `site`.
pub fn load(site: &FsPath) -> Loaded {
    load_with(site, None)
}

/// [`load`] for a site loaded before with `cache` (or a new [`Cache`]): files
/// whose length, modification time and bytes are unchanged are not parsed
/// again, their results being taken from the cache, which then holds this
/// load's files. Gives exactly what [`load`] gives. For `tongbao serve`, which
/// loads the site again after every change.
pub fn load_cached(site: &FsPath, cache: &mut Cache) -> Loaded {
    load_with(site, Some(cache))
}

fn load_with(site: &FsPath, mut cache: Option<&mut Cache>) -> Loaded {
    let mut diags = Vec::new();
    let content = site.join("content");
    if !content.is_dir() {
        if let Some(cache) = cache.as_deref_mut() {
            cache.keep(Vec::new());
        }
        diags.push(
            Diagnostic::error(
                None,
                LoadMessage::NoContentFolder {
                    site: site.display().to_string(),
                },
            )
            .hint(LoadMessage::RunInSiteFolder),
        );
        return Loaded {
            ledger: None,
            diagnostics: diags,
        };
    }

    // site.yaml first: the other files are checked against its categories and levels.
    let site_path = content.join("site.yaml");
    let mut jobs: Vec<(PathBuf, Job)> = Vec::new();
    let mut read: Vec<Read> = Vec::new();
    let mut config: Option<SiteConfig> = None;
    if source::is_present(&site_path) {
        let job = Job::File(FileKind::Site);
        let r = read_file(site, &site_path, &job, None, cache.as_deref());
        if let Some(Output::Site(c)) = r
            .parsed(&site_path, cache.as_deref())
            .and_then(|p| p.out.as_ref())
        {
            config.clone_from(c);
        }
        jobs.push((site_path, job));
        read.push(r);
    } else {
        diags.push(
            Diagnostic::error(
                "content/site.yaml".to_string(),
                LoadMessage::SiteYamlMissing,
            )
            .hint(LoadMessage::CreateSiteYaml),
        );
    }

    // Every other file, in one parallel pass.
    let others = jobs_after_site(site, &content, &mut diags);
    read.extend(read_all(site, &others, config.as_ref(), cache.as_deref()));
    jobs.extend(others);
    // The results: kept in the cache, if there is one, and borrowed from it.
    let read: Vec<Option<Parsed>> = match cache.as_deref_mut() {
        Some(c) => c.keep(jobs.iter().map(|(p, _)| p.clone()).zip(read).collect()),
        None => read.into_iter().map(Read::owned).collect(),
    };
    let results = read::results(site, &jobs, read, config.as_ref(), cache.as_deref());

    let mut declared_units: Option<Vec<Unit>> = None;
    let mut sources: Vec<Cow<Source>> = Vec::new();
    let mut raw_projects = Vec::new();
    // When a ledger file cannot be read at all, references to its projects are not
    // reported as unknown: the one error in that file says it all.
    let mut ledger_incomplete = false;
    let mut progress_sources: Vec<Cow<Source>> = Vec::new();
    let mut raw_progress: Vec<(usize, Cow<RawProgress>)> = Vec::new();
    // Months whose progress file exists but could not be read or parsed: its own
    // error says so, and no "missing month" warning may add a false one.
    let mut unreadable_months: Vec<Month> = Vec::new();
    let (mut problems_src, mut raw_problems) = (None, Vec::new());
    let mut bulletins = BTreeMap::new();
    let mut pages = Vec::new();
    for ((_, job), p) in jobs.into_iter().zip(results) {
        let read::Parts { src, out, diags: d } = read::split(p);
        diags.extend(d.into_owned());
        if let Job::File(FileKind::Progress(month)) = job {
            // Progress records stay where they are (their ids are only looked
            // up, and a record is copied when it is attached).
            let p = match out {
                Some(Cow::Owned(Output::Progress(p))) => Cow::Owned(p),
                Some(Cow::Borrowed(Output::Progress(p))) => Cow::Borrowed(p),
                _ => {
                    unreadable_months.push(month);
                    continue;
                }
            };
            if let Some(src) = src {
                raw_progress.push((progress_sources.len(), p));
                progress_sources.push(src);
            }
            continue;
        }
        match (job, src, out.map(Cow::into_owned)) {
            (Job::File(FileKind::Units), _, out) => {
                declared_units = Some(match out {
                    Some(Output::Units(u)) => u,
                    _ => Vec::new(),
                });
            }
            (Job::File(FileKind::Projects), Some(src), Some(Output::Projects(ps))) => {
                let idx = sources.len();
                sources.push(src);
                raw_projects.extend(ps.into_iter().map(|p| (idx, p)));
            }
            (Job::File(FileKind::Projects), _, _) => ledger_incomplete = true,
            (Job::File(FileKind::Problems), src, out) => {
                problems_src = src;
                if let Some(Output::Problems(p)) = out {
                    raw_problems = p;
                }
            }
            (Job::File(FileKind::Commentary(period)), _, Some(Output::Commentary(Some(c)))) => {
                bulletins.insert(period, c);
            }
            (Job::Page(_), _, Some(Output::Page(page))) => pages.push(page),
            _ => {}
        }
    }
    pages.sort_by(|a, b| a.slug.cmp(&b.slug));
    pages.dedup_by(|a, b| a.slug == b.slug);

    let (asset_files, d) = walk_files(site, &content.join("assets"));
    diags.extend(d);
    let assets_dir = content.join("assets");
    let assets: Vec<String> = asset_files
        .iter()
        .map(|f| rel_path(&assets_dir, f))
        .collect();
    check_asset_names(site, &asset_files, &assets, &mut diags);

    // Checks across files.
    let mut budget = Budget::default();
    let mut ids: FastMap<String, Seen> = FastMap::default();
    ids.reserve(raw_projects.len());
    let mut projects: Vec<Project> = Vec::with_capacity(raw_projects.len());
    // (file, index in the file) of each project.
    let mut unit_refs: Vec<(usize, usize)> = Vec::with_capacity(raw_projects.len());
    // Each id in lower case, with its file, index and id as written: ids that
    // differ only by case would be one folder on Windows and macOS.
    let mut folded_ids: FastMap<String, (usize, usize, String)> = FastMap::default();
    for (file, raw) in raw_projects {
        if let Some(s) = ids.get(&raw.id) {
            let first = Diagnostic::error(sources[s.file].rel.clone(), "")
                .at_opt(budget.locate(&sources[s.file], &projects::id_path(s.index)))
                .location();
            diags.push(
                Diagnostic::error(
                    sources[file].rel.clone(),
                    LoadMessage::ProjectIdTwice { id: raw.id.clone() },
                )
                .at_opt(budget.locate(&sources[file], &projects::id_path(raw.index)))
                .hint(LoadMessage::ProjectIdFirstAt { at: first }),
            );
            continue;
        }
        let folded = raw.id.to_ascii_lowercase();
        if let Some((f, index, other)) = folded_ids.get(&folded) {
            let first = Diagnostic::error(sources[*f].rel.clone(), "")
                .at_opt(budget.locate(&sources[*f], &projects::id_path(*index)))
                .location();
            diags.push(
                Diagnostic::error(
                    sources[file].rel.clone(),
                    LoadMessage::ProjectIdCase {
                        id: raw.id.clone(),
                        other: other.clone(),
                    },
                )
                .at_opt(budget.locate(&sources[file], &projects::id_path(raw.index)))
                .hint(LoadMessage::ProjectIdCaseHint {
                    other: other.clone(),
                    at: first,
                }),
            );
            continue;
        }
        folded_ids.insert(folded, (file, raw.index, raw.id.clone()));
        let project = raw.project.map(|p| {
            projects.push(p);
            unit_refs.push((file, raw.index));
            projects.len() - 1
        });
        let seen = Seen {
            file,
            index: raw.index,
            project,
        };
        ids.insert(raw.id, seen);
    }

    let units = resolve_units(
        &mut projects,
        &unit_refs,
        declared_units,
        &sources,
        &mut diags,
        &mut budget,
    );

    // Progress records, file by file in parallel: each record with the place
    // of its project, and the file's diagnostics. A progress file's lookups
    // are spent here only, so each file keeps its own budget.
    let mut months: Vec<Month> = raw_progress.iter().map(|(_, p)| p.period).collect();
    let checked: Vec<_> = raw_progress
        .into_par_iter()
        .map(|(si, p)| {
            let src = &progress_sources[si];
            let mut budget = Budget::default();
            let mut diags = Vec::new();
            let mut found = Vec::with_capacity(p.records.len());
            // Where each attached record's id stands, by project: for the
            // overruns placed once every file is read.
            let mut ids_at: Vec<(usize, u32)> = Vec::with_capacity(p.ids_at.len());
            let period = p.period;
            // Each record with its id: taken from a result of this load,
            // borrowed (and copied when attached) from a cached one; and
            // where each id stands.
            type Records<'r> = Vec<(Cow<'r, str>, Cow<'r, Record>)>;
            let (records, offsets): (Records, Cow<[u32]>) = match p {
                Cow::Owned(p) => (
                    p.records
                        .into_iter()
                        .map(|(id, r)| (Cow::Owned(id), Cow::Owned(r)))
                        .collect(),
                    Cow::Owned(p.ids_at),
                ),
                Cow::Borrowed(p) => (
                    p.records
                        .iter()
                        .map(|(id, r)| (Cow::Borrowed(id.as_str()), Cow::Borrowed(r)))
                        .collect(),
                    Cow::Borrowed(p.ids_at.as_slice()),
                ),
            };
            for (k, (id, record)) in records.into_iter().enumerate() {
                for (j, photo) in record.photos.iter().enumerate() {
                    if assets.binary_search(&photo.file).is_err() {
                        diags.push(
                            Diagnostic::error(
                                src.rel.clone(),
                                LoadMessage::PhotoNotInAssets {
                                    file: photo.file.clone(),
                                },
                            )
                            .at_opt(budget.locate(src, &progress::photo_path(&id, j)))
                            .hint(LoadMessage::PutPhotoInAssets),
                        );
                    }
                }
                match ids.get(id.as_ref()).map(|s| s.project) {
                    Some(Some(i)) => {
                        if let Some(at) = offsets.get(k) {
                            ids_at.push((i, *at));
                        }
                        found.push((i, record.into_owned()));
                    }
                    // A project with errors, already reported.
                    Some(None) => {}
                    None if ledger_incomplete => {}
                    None => diags.push(unknown_project(
                        src,
                        &progress::id_path(&id),
                        &id,
                        &projects,
                        &mut budget,
                    )),
                }
            }
            ids_at.sort_unstable();
            (period, found, diags, (si, ids_at))
        })
        .collect();
    // Gathered per project in file order, then each project's built at once (a
    // later file of the same month wins, as inserting one by one would have it).
    let mut records: Vec<Vec<(Month, Record)>> = vec![Vec::new(); projects.len()];
    let mut ids_at: HashMap<usize, Vec<(usize, u32)>> = HashMap::default();
    for (period, found, d, (si, at)) in checked {
        ids_at.insert(si, at);
        diags.extend(d);
        for (i, record) in found {
            records[i].push((period, record));
        }
    }
    projects.par_iter_mut().zip(records).for_each(|(p, r)| {
        if p.records.is_empty() {
            p.records = r.into_iter().collect();
        } else {
            p.records.extend(r);
        }
    });
    if let Some(i) = first_over_limit(&projects) {
        let (file, index) = unit_refs[i];
        diags.push(
            Diagnostic::error(
                sources[file].rel.clone(),
                LoadMessage::SumTooLarge {
                    limit: Money::from_units(MAX_SITE_UNITS).plain(),
                    id: projects[i].id.clone(),
                },
            )
            .at_opt(budget.locate(&sources[file], &projects::id_path(index)))
            .hint(LoadMessage::SumTooLargeHint),
        );
    }
    months.sort();
    // Every month with a progress file, read or not, for the checks of missing months.
    let mut files_months = months.clone();
    files_months.extend(unreadable_months);
    files_months.sort();
    for w in files_months.windows(2) {
        if w[0].next() != w[1] {
            diags.push(
                Diagnostic::warning(
                    format!("content/progress/{}.yaml", w[1]),
                    LoadMessage::MonthWithoutProgress {
                        month: w[0].next(),
                        after: w[0],
                        before: w[1],
                    },
                )
                .hint(LoadMessage::MonthWithoutProgressHint),
            );
        }
    }
    diags.extend(overrun::warnings(
        overrun::overruns(&projects),
        &progress_sources,
        &ids_at,
    ));
    for (m, c) in &bulletins {
        if files_months.binary_search(m).is_err() {
            diags.push(
                Diagnostic::warning(
                    c.file.clone(),
                    LoadMessage::CommentaryWithoutProgress { month: *m },
                )
                .hint(LoadMessage::AddProgressOrRename { month: *m }),
            );
        }
    }

    // Problems.
    let mut problems = Vec::new();
    if let Some(src) = &problems_src {
        let mut seen: HashMap<String, Path> = HashMap::new();
        for raw in raw_problems {
            let id_path = raw.id_path();
            let project_path = raw.project_path();
            let mut p = raw.problem;
            if let Some(first) = seen.get(&p.id) {
                let at = Diagnostic::error(src.rel.clone(), "")
                    .at_opt(budget.locate(src, first))
                    .location();
                diags.push(
                    Diagnostic::error(
                        src.rel.clone(),
                        LoadMessage::ProblemIdTwice { id: p.id.clone() },
                    )
                    .at_opt(budget.locate(src, &id_path))
                    .hint(LoadMessage::ProblemIdFirstAt { at }),
                );
                continue;
            }
            seen.insert(p.id.clone(), id_path);
            if !ids.contains_key(&p.project) && !ledger_incomplete {
                diags.push(unknown_project(
                    src,
                    &project_path,
                    &p.project,
                    &projects,
                    &mut budget,
                ));
                continue;
            }
            if let Some(o) = &p.owner {
                if let Some(u) = units.iter().find(|u| u.is_named(o)) {
                    p.owner_unit = Some(u.id.clone());
                    p.owner = Some(u.name.clone());
                }
            }
            problems.push(p);
        }
    }
    problems.sort_by(|a, b| (a.raised, &a.id).cmp(&(b.raised, &b.id)));
    // Ids are unique by now.
    projects.sort_unstable_by(|a, b| a.id.cmp(&b.id));

    diagnostics::sort(&mut diags);
    let ledger = match config {
        Some(site) if !diagnostics::has_errors(&diags) => Some(Ledger {
            site,
            units,
            projects,
            months,
            problems,
            bulletins,
            pages,
            assets,
        }),
        _ => None,
    };
    Loaded {
        ledger,
        diagnostics: diags,
    }
}

/// Where a project id was first seen, and the project it names (its place in
/// the list of projects), unless that project had errors.
struct Seen {
    file: usize,
    index: usize,
    project: Option<usize>,
}

fn unknown_project<'s>(
    src: &'s Source,
    path: &Path,
    id: &str,
    projects: &[Project],
    budget: &mut Budget<'s>,
) -> Diagnostic {
    let near = if budget.spend(src) {
        nearest(id, projects.iter().map(|p| p.id.as_str()))
    } else {
        None
    };
    let hint = match near {
        Some(n) => LoadMessage::ProjectNear {
            near: n.to_string(),
        },
        None => LoadMessage::AddProject,
    };
    Diagnostic::error(
        src.rel.clone(),
        LoadMessage::UnknownProject { id: id.to_string() },
    )
    .at_opt(budget.locate(src, path))
    .hint(hint)
}

/// Resolves each project's unit to a unit id: against units.yaml when it exists
/// (by id or name), else derives one unit per distinct name.
fn resolve_units<'s>(
    projects: &mut [Project],
    refs: &[(usize, usize)],
    declared: Option<Vec<Unit>>,
    sources: &'s [Cow<Source>],
    diags: &mut Vec<Diagnostic>,
    budget: &mut Budget<'s>,
) -> Vec<Unit> {
    match declared {
        Some(units) => {
            // By id or name; the first unit in the file wins, as a search would.
            let mut by_key: HashMap<&str, &str> = HashMap::new();
            for x in units.iter().rev() {
                for a in &x.aliases {
                    by_key.insert(a.as_str(), x.id.as_str());
                }
                by_key.insert(x.name.as_str(), x.id.as_str());
                by_key.insert(x.id.as_str(), x.id.as_str());
            }
            for (p, (file, index)) in projects.iter_mut().zip(refs) {
                let Some(u) = p.unit.take() else { continue };
                if let Some(id) = by_key.get(u.as_str()) {
                    p.unit = Some((*id).to_string());
                    continue;
                }
                let src = &sources[*file];
                let hint = if budget.spend(src) {
                    let mut all = units
                        .iter()
                        .take(30)
                        .map(|x| format!("{} ({})", x.id, x.name))
                        .collect::<Vec<_>>()
                        .join(", ");
                    if units.len() > 30 {
                        all.push_str(", …");
                    }
                    let names = units.iter().flat_map(|x| {
                        std::iter::once(x.name.as_str()).chain(x.aliases.iter().map(String::as_str))
                    });
                    match nearest(&u, names.chain(units.iter().map(|x| x.id.as_str()))) {
                        Some(n) => LoadMessage::DepartmentNear {
                            near: n.to_string(),
                            all,
                        },
                        None => LoadMessage::AddDepartmentAmong { all },
                    }
                } else {
                    LoadMessage::AddDepartmentOrCorrect
                };
                diags.push(
                    Diagnostic::error(src.rel.clone(), LoadMessage::UnknownDepartment { name: u })
                        .at_opt(budget.locate(src, &projects::unit_path(*index)))
                        .hint(hint),
                );
            }
            units
        }
        None => {
            let mut names: Vec<String> = projects.iter().filter_map(|p| p.unit.clone()).collect();
            names.sort();
            names.dedup();
            let mut units: Vec<Unit> = Vec::new();
            let mut by_name: BTreeMap<String, String> = BTreeMap::new();
            for name in names {
                let base = derive_id(&name);
                let mut id = base.clone();
                let mut n = 2;
                while units.iter().any(|u| u.id == id) {
                    id = format!("{base}-{n}");
                    n += 1;
                }
                by_name.insert(name.clone(), id.clone());
                units.push(Unit {
                    id,
                    name,
                    aliases: Vec::new(),
                });
            }
            for p in projects.iter_mut() {
                p.unit = p.unit.take().and_then(|u| by_name.get(&u).cloned());
            }
            units
        }
    }
}

/// A stable ASCII id for a name: the name itself when it is a valid id in
/// lower case, else `u-` and a hash of the name (the same name always gives
/// the same id). Names with capitals are hashed, so that `Li` and `LI` never
/// become folders that Windows and macOS take for one.
pub fn derive_id(name: &str) -> String {
    if is_valid_id(name) && !name.bytes().any(|b| b.is_ascii_uppercase()) {
        return name.to_string();
    }
    // FNV-1a, 64 bits: stable across runs and platforms, and wide enough that
    // two names of one site sharing a page is out of reach (about 3 in 10^12
    // for 10,000 names; 32 bits would make it about 1 in 100).
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in name.as_bytes() {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("u-{h:016x}")
}

/// The files to read after site.yaml, in the order their results are used:
/// units.yaml, the ledger, progress files, problems.yaml, commentaries and
/// pages. Files whose names are wrong are reported and left out.
fn jobs_after_site(
    site: &FsPath,
    content: &FsPath,
    diags: &mut Vec<Diagnostic>,
) -> Vec<(PathBuf, Job)> {
    let mut jobs = Vec::new();
    // site.yml, units.yml, problems.yml are never read: say so rather than
    // leave the office's departments or problems out without a word.
    for name in ["site", "units", "problems"] {
        let yml = content.join(format!("{name}.yml"));
        if yml.exists() {
            let yaml = content.join(format!("{name}.yaml"));
            diags.push(if yaml.exists() {
                two_sources(site, &yaml, &yml)
            } else {
                Diagnostic::error(
                    rel_path(site, &yml),
                    LoadMessage::YmlNotYaml {
                        name: name.to_string(),
                    },
                )
                .hint(LoadMessage::RenameToYaml {
                    name: name.to_string(),
                })
            });
        }
    }
    let units_path = content.join("units.yaml");
    if source::is_present(&units_path) {
        jobs.push((units_path, Job::File(FileKind::Units)));
    }
    for f in files_in(
        site,
        &content.join("projects"),
        is_yaml,
        &LoadMessage::AYamlFile,
        diags,
    ) {
        jobs.push((f, Job::File(FileKind::Projects)));
    }
    jobs.extend(by_month(
        site,
        &content.join("progress"),
        (is_yaml, LoadMessage::AProgressFileOfMonth),
        FileKind::Progress,
        diags,
        |rel, name| {
            Diagnostic::error(
                rel,
                LoadMessage::ProgressNameNotMonth {
                    name: name.to_string(),
                },
            )
            .hint(LoadMessage::NameProgressByMonth)
        },
    ));
    let problems_path = content.join("problems.yaml");
    if source::is_present(&problems_path) {
        jobs.push((problems_path, Job::File(FileKind::Problems)));
    }
    jobs.extend(by_month(
        site,
        &content.join("bulletins"),
        (is_md, LoadMessage::ACommentaryFile),
        FileKind::Commentary,
        diags,
        |rel, name| {
            Diagnostic::error(
                rel,
                LoadMessage::CommentaryNameNotMonth {
                    name: name.to_string(),
                },
            )
            .hint(LoadMessage::NameCommentaryByMonth)
        },
    ));
    // Pages by their address in lower case: about.md and about.markdown, or
    // About.md and about.md, would be one page.
    let mut page_slugs: FastMap<String, PathBuf> = FastMap::default();
    for f in files_in(
        site,
        &content.join("pages"),
        is_md,
        &LoadMessage::AMarkdownPage,
        diags,
    ) {
        let slug = stem(&f);
        if is_valid_id(&slug) {
            match page_slugs.get(&slug.to_ascii_lowercase()) {
                Some(first) => diags.push(two_sources(site, first, &f)),
                None => {
                    page_slugs.insert(slug.to_ascii_lowercase(), f.clone());
                    jobs.push((f, Job::Page(slug)));
                }
            }
        } else {
            diags.push(
                Diagnostic::error(
                    rel_path(site, &f),
                    LoadMessage::PageNameNotSimple { name: slug },
                )
                .hint(LoadMessage::NamePagesSimply),
            );
        }
    }
    jobs
}

/// The files of `dir` named by a month (`2021-09.yaml`), each with the job of
/// reading it as `kind` of its month; the others are reported with the error
/// `misnamed` makes of their path and name. Files that `keep` refuses are
/// warned about as not being `what` (see [`files_in`]).
fn by_month(
    site: &FsPath,
    dir: &FsPath,
    (keep, what): (fn(&FsPath) -> bool, LoadMessage),
    kind: fn(Month) -> FileKind,
    diags: &mut Vec<Diagnostic>,
    misnamed: impl Fn(String, &str) -> Diagnostic,
) -> Vec<(PathBuf, Job)> {
    let mut out = Vec::new();
    let mut seen: FastMap<Month, PathBuf> = FastMap::default();
    for f in files_in(site, dir, keep, &what, diags) {
        let name = stem(&f);
        match Month::parse(&name).filter(|m| name == m.to_string()) {
            Some(period) => match seen.get(&period) {
                Some(first) => diags.push(two_sources(site, first, &f)),
                None => {
                    seen.insert(period, f.clone());
                    out.push((f, Job::File(kind(period))));
                }
            },
            None => diags.push(misnamed(rel_path(site, &f), &name)),
        }
    }
    out
}

/// The error for a second file (`second`) that stands for the same thing as
/// `first` (one month's progress as .yaml and .yml, a page as .md and
/// .markdown, names that differ only by case): tongbao never picks one.
fn two_sources(site: &FsPath, first: &FsPath, second: &FsPath) -> Diagnostic {
    Diagnostic::error(
        rel_path(site, second),
        LoadMessage::TwoFilesOneThing {
            first: rel_path(site, first),
            second: rel_path(site, second),
        },
    )
    .hint(LoadMessage::KeepOneFile)
}

/// Asset files are copied into the site as they are named: two names that
/// differ only by case, or a device name Windows reserves (`nul.jpg`), would
/// break the folder when it is copied to Windows or macOS.
fn check_asset_names(
    site: &FsPath,
    files: &[PathBuf],
    rels: &[String],
    diags: &mut Vec<Diagnostic>,
) {
    let mut folded: FastMap<String, usize> = FastMap::default();
    for (i, (file, rel)) in files.iter().zip(rels).enumerate() {
        if let Some(part) = rel.split('/').find(|p| site::is_reserved_name(p)) {
            diags.push(
                Diagnostic::error(
                    rel_path(site, file),
                    LoadMessage::NameReserved {
                        name: part.to_string(),
                    },
                )
                .hint(LoadMessage::ReservedRename),
            );
        }
        match folded.get(&rel.to_lowercase()) {
            Some(&j) => diags.push(two_sources(site, &files[j], file)),
            None => {
                folded.insert(rel.to_lowercase(), i);
            }
        }
    }
}

/// The first project (in ledger order) at which the sum of every amount of
/// the site — total investments, plans, monthly investment and funds — passes
/// [`MAX_SITE_UNITS`]: below it, no sum the metrics make can overflow.
fn first_over_limit(projects: &[Project]) -> Option<usize> {
    let mut sum: i128 = 0;
    for (i, p) in projects.iter().enumerate() {
        sum += i128::from(p.total_investment.units());
        sum += p
            .plans
            .values()
            .map(|pl| i128::from(pl.invest.units()))
            .sum::<i128>();
        for r in p.records.values() {
            sum += i128::from(r.invested.units()) + i128::from(r.funds.units());
        }
        if sum > i128::from(MAX_SITE_UNITS) {
            return Some(i);
        }
    }
    None
}
