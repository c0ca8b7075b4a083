//! The plan: every page and file of the site, decided in one place.
//!
//! [`Plan::new`] reads the ledger and its metrics (and the names of the
//! theme's static files and of content/assets) and answers "which pages
//! exist": each as a [`Page`] with its kind, its path in the output and, for a
//! preview that rebuilds, its fingerprint ([`fingerprint`]). Rendering, the
//! sitemap, the search index, the progress bar's total and incremental
//! rebuilds all read the plan; nothing else enumerates pages.

pub mod fingerprint;

use std::collections::BTreeMap;

use crate::metrics::MonthMetrics;
use crate::model::{Ledger, Project, Unit};
use crate::site::paths;

/// Pages of projects grouped by a name: a leader's, a category's, a location's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grouping {
    /// 包挂领导: the projects a leader is responsible for.
    Leader,
    /// 产业类别.
    Category,
    /// 所在地.
    Location,
}

impl Grouping {
    /// The three groupings, in the order of the site's navigation.
    pub const ALL: [Grouping; 3] = [Grouping::Leader, Grouping::Category, Grouping::Location];

    /// One page's kind as templates and words name it: `leader`, `category`, `location`.
    pub fn kind(self) -> &'static str {
        match self {
            Grouping::Leader => "leader",
            Grouping::Category => "category",
            Grouping::Location => "location",
        }
    }

    /// The list's folder and word: `leaders`, `categories`, `locations`.
    pub fn plural(self) -> &'static str {
        match self {
            Grouping::Leader => "leaders",
            Grouping::Category => "categories",
            Grouping::Location => "locations",
        }
    }

    /// The path of the page of `name`.
    pub fn path(self, name: &str) -> String {
        match self {
            Grouping::Leader => paths::leader(name),
            Grouping::Category => paths::category(name),
            Grouping::Location => paths::location(name),
        }
    }

    /// The names a project is grouped under.
    fn names_of(self, p: &Project) -> Vec<&str> {
        match self {
            Grouping::Leader => p.leaders.iter().map(String::as_str).collect(),
            Grouping::Category => vec![p.category.as_str()],
            Grouping::Location => p.location.as_deref().into_iter().collect(),
        }
    }
}

/// A list page of names: departments, or the names of a grouping.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Listing {
    /// 责任单位.
    Units,
    /// Leaders, categories or locations.
    Group(Grouping),
}

impl Listing {
    /// The list's folder and word: `units`, `leaders` …
    pub fn plural(self) -> &'static str {
        match self {
            Listing::Units => "units",
            Listing::Group(g) => g.plural(),
        }
    }
}

/// One line of a list of names: a name, its page and its number of projects.
#[derive(Clone, Debug)]
pub struct Entry {
    /// The name shown.
    pub name: String,
    /// Its page, from the site root.
    pub path: String,
    /// How many projects it has.
    pub projects: usize,
}

/// What a page (or file) of the site is.
#[derive(Debug)]
pub enum Kind<'a> {
    /// The home page: the latest bulletin's cards and the archive.
    Home,
    /// The archive of every bulletin (`bulletins/index.html`).
    Bulletins,
    /// The bulletin of month index `i` of the metrics, with the files beside it
    /// (metrics.json, CSV tables, the workbook, the single-file copy).
    Bulletin(usize),
    /// The list of every project.
    Projects,
    /// A project's page.
    Project(&'a Project),
    /// A department's page.
    Unit(&'a Unit),
    /// The page of the projects grouped under `name`.
    Group {
        /// Leader, category or location.
        grouping: Grouping,
        /// The name.
        name: &'a str,
        /// Its projects, in the ledger's order.
        projects: Vec<&'a Project>,
    },
    /// A list of names linking to their pages.
    List(Listing, Vec<Entry>),
    /// A page from content/pages.
    Markdown(&'a crate::model::Page),
    /// A static file of the theme, by its path under static/.
    Static(&'a str),
    /// The search index script.
    SearchIndex,
    /// The Atom feed (only with site.yaml `base_url`).
    Feed,
    /// The sitemap (only with site.yaml `base_url`).
    Sitemap,
    /// A file of content/assets, by its path under it, copied as it is.
    Asset(&'a str),
}

/// One page or file of the site.
#[derive(Debug)]
pub struct Page<'a> {
    /// What it is.
    pub kind: Kind<'a>,
    /// Where it goes, from the output folder's root.
    pub path: String,
    /// A hash of everything it is made from, when the plan was asked for
    /// fingerprints (a preview): a page whose fingerprint did not change since
    /// the last build is not rendered again. `None`: always rendered (small pages
    /// that depend on everything: the home page, the lists of names …).
    pub fingerprint: Option<u64>,
}

impl Page<'_> {
    /// Whether it is an HTML page of the site's own (listed in the sitemap).
    pub fn is_html(&self) -> bool {
        !matches!(
            self.kind,
            Kind::Static(_) | Kind::SearchIndex | Kind::Feed | Kind::Sitemap | Kind::Asset(_)
        )
    }
}

impl crate::site::write::Job for Page<'_> {
    fn path(&self) -> &str {
        &self.path
    }

    fn fingerprint(&self) -> Option<u64> {
        self.fingerprint
    }

    fn heavy(&self) -> bool {
        // The search index is one job of 30 MB at 10,000 projects with notes:
        // started with the bulletins, not left to the end of the pages.
        matches!(self.kind, Kind::Bulletin(_) | Kind::SearchIndex)
    }
}

/// Files a bulletin writes besides its page: metrics.json, the single-file
/// copy, the Excel workbook and about this many CSV tables (an estimate, for
/// the progress bar only).
const FILES_PER_BULLETIN: usize = 16;

/// Every page and file of a site.
#[derive(Debug)]
pub struct Plan<'a> {
    /// In the order of the navigation: home, bulletins, projects, departments,
    /// leaders, categories, locations, Markdown pages; then the files.
    pub pages: Vec<Page<'a>>,
}

impl<'a> Plan<'a> {
    /// The plan of the site of `ledger` with `metrics`, the theme's static
    /// files `statics` (paths under static/), with fingerprints when `theme`
    /// gives the theme's fingerprint and whether tables are rendered natively.
    pub fn new(
        ledger: &'a Ledger,
        metrics: &[MonthMetrics],
        statics: impl IntoIterator<Item = &'a str>,
        theme: Option<(u64, bool)>,
    ) -> Plan<'a> {
        let fps =
            theme.map(|(fp, native)| fingerprint::Fingerprints::new(ledger, metrics, fp, native));
        let fps = fps.as_ref();
        let mut pages = Vec::new();
        let mut push = |kind: Kind<'a>, path: String, fingerprint: Option<u64>| {
            pages.push(Page {
                kind,
                path,
                fingerprint,
            });
        };
        push(Kind::Home, paths::INDEX.into(), None);
        push(Kind::Bulletins, paths::list("bulletins"), None);
        for (i, m) in metrics.iter().enumerate() {
            let fp = fps.map(|f| f.bulletins[i]);
            push(Kind::Bulletin(i), paths::bulletin(m.period), fp);
        }
        let every = |kind: &str| {
            fps.map(|f| f.everything(kind, ledger.projects.iter().map(|p| p.id.as_str())))
        };
        push(Kind::Projects, paths::list("projects"), every("projects"));
        for p in &ledger.projects {
            let fp = fps.and_then(|f| f.projects.get(p.id.as_str()).copied());
            push(Kind::Project(p), paths::project(&p.id), fp);
        }

        let mut per_unit: BTreeMap<&str, usize> = BTreeMap::new();
        for p in &ledger.projects {
            if let Some(u) = &p.unit {
                *per_unit.entry(u.as_str()).or_default() += 1;
            }
        }
        let entries = ledger
            .units
            .iter()
            .map(|u| Entry {
                name: u.name.clone(),
                path: paths::unit(&u.id),
                projects: per_unit.get(u.id.as_str()).copied().unwrap_or(0),
            })
            .collect();
        push(
            Kind::List(Listing::Units, entries),
            paths::list("units"),
            None,
        );
        let mut of_unit: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
        if fps.is_some() {
            for p in &ledger.projects {
                if let Some(u) = &p.unit {
                    of_unit.entry(u.as_str()).or_default().push(p.id.as_str());
                }
            }
        }
        for u in &ledger.units {
            let ids = || of_unit.get(u.id.as_str()).into_iter().flatten().copied();
            let fp = fps.map(|f| f.unit(&u.id, &u.name, ids()));
            push(Kind::Unit(u), paths::unit(&u.id), fp);
        }

        for grouping in Grouping::ALL {
            let groups = groups(ledger, grouping);
            let entries = groups
                .iter()
                .map(|(name, projects)| Entry {
                    name: name.to_string(),
                    path: grouping.path(name),
                    projects: projects.len(),
                })
                .collect();
            push(
                Kind::List(Listing::Group(grouping), entries),
                paths::list(grouping.plural()),
                None,
            );
            for (name, projects) in groups {
                let fp = fps.map(|f| {
                    f.group(
                        grouping.kind(),
                        name,
                        projects.iter().map(|p| p.id.as_str()),
                    )
                });
                let path = grouping.path(name);
                let kind = Kind::Group {
                    grouping,
                    name,
                    projects,
                };
                push(kind, path, fp);
            }
        }

        for pg in &ledger.pages {
            push(Kind::Markdown(pg), paths::page(&pg.slug), None);
        }
        for name in statics {
            let path = format!("static/{name}");
            // The theme's own search index is the site's.
            if path != paths::SEARCH_INDEX {
                push(Kind::Static(name), path, None);
            }
        }
        push(
            Kind::SearchIndex,
            paths::SEARCH_INDEX.into(),
            every("search index"),
        );
        if ledger.site.base_url.is_some() {
            push(Kind::Feed, paths::FEED.into(), None);
            push(Kind::Sitemap, paths::SITEMAP.into(), None);
        }
        for a in &ledger.assets {
            push(Kind::Asset(a), paths::asset(a), None);
        }
        Plan { pages }
    }

    /// About how many files the site has (the pages and the files beside
    /// bulletins), for a progress bar.
    pub fn expected_files(&self) -> usize {
        let bulletins = self.bulletins().count();
        self.pages.len() + bulletins * FILES_PER_BULLETIN
    }

    /// The bulletins' pages, oldest first.
    pub fn bulletins(&self) -> impl DoubleEndedIterator<Item = &Page<'a>> {
        self.pages
            .iter()
            .filter(|p| matches!(p.kind, Kind::Bulletin(_)))
    }

    /// The names with a page of `grouping`, in the order of their list.
    pub fn names(&self, grouping: Grouping) -> impl Iterator<Item = (&str, &str)> {
        self.pages.iter().filter_map(move |p| match &p.kind {
            Kind::Group {
                grouping: g, name, ..
            } if *g == grouping => Some((*name, p.path.as_str())),
            _ => None,
        })
    }
}

/// The names of `grouping` with their projects: by name, categories in the
/// order of site.yaml (each one, even without projects).
fn groups(ledger: &Ledger, grouping: Grouping) -> Vec<(&str, Vec<&Project>)> {
    let mut by_name: BTreeMap<&str, Vec<&Project>> = BTreeMap::new();
    if grouping == Grouping::Category {
        for c in &ledger.site.categories {
            by_name.insert(c.as_str(), Vec::new());
        }
    }
    for p in &ledger.projects {
        for n in grouping.names_of(p) {
            by_name.entry(n).or_default().push(p);
        }
    }
    let mut groups: Vec<(&str, Vec<&Project>)> = by_name.into_iter().collect();
    if grouping == Grouping::Category {
        groups.sort_by_key(|(n, _)| {
            ledger
                .site
                .categories
                .iter()
                .position(|c| c == n)
                .unwrap_or(usize::MAX)
        });
    }
    groups
}

#[cfg(test)]
mod tests;
