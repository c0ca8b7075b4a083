//! What every page's template gets: the site, the theme's words, the root prefix;
//! and the small view types pages share (cards, charts, links).

use std::collections::BTreeMap;

use rustc_hash::FxHashMap;
use serde::Serialize;

use super::format::Fmt;
use super::i18n;
use super::table::HtmlTable;
use crate::metrics::{MonthMetrics, ProjectRow};
use crate::model::{Language, Ledger, Month};
use crate::site::paths;

/// A link to another page: title and relative href.
#[derive(Clone, Debug, Serialize)]
pub struct Link {
    /// Text of the link.
    pub title: String,
    /// Relative href from the page that shows it.
    pub href: String,
}

/// A big-number card.
#[derive(Clone, Debug, Serialize, Default)]
pub struct Card {
    /// What the number is.
    pub label: String,
    /// The number, formatted.
    pub value: String,
    /// A line under it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sub: Option<String>,
    /// Comparisons (同比, 环比).
    pub deltas: Vec<String>,
    /// CSS class (`warn`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub class: Option<&'static str>,
}

/// A chart: its SVG and the table of its numbers.
#[derive(Clone, Debug, Serialize)]
pub struct Chart {
    /// Anchor id.
    pub id: String,
    /// Title.
    pub title: String,
    /// The SVG markup (made by [`crate::charts`], escaped there).
    pub svg: String,
    /// The same chart laid out for a phone ([`crate::charts::narrow`]); CSS
    /// shows it instead of `svg` on narrow screens.
    pub svg_narrow: String,
    /// The numbers behind it.
    pub table: Option<HtmlTable>,
}

impl From<&crate::document::Card> for Card {
    fn from(c: &crate::document::Card) -> Card {
        Card {
            label: c.label.clone(),
            value: c.value.clone(),
            sub: c.sub.clone(),
            deltas: c.deltas.clone(),
            class: c.warn.then_some("warn"),
        }
    }
}

impl From<&crate::document::Chart> for Chart {
    fn from(c: &crate::document::Chart) -> Chart {
        Chart {
            id: c.id.clone(),
            title: c.title.clone(),
            svg: c.svg.clone(),
            svg_narrow: c.svg_narrow.clone(),
            table: c.table.clone().map(HtmlTable::from),
        }
    }
}

/// A page's view that holds tables, so that they can be rendered before the
/// page ([`Ctx::prerender`]).
pub trait Tables {
    /// Every table of the view, those under its charts included.
    fn tables_mut(&mut self) -> Vec<&mut HtmlTable>;
}

/// The tables under some charts.
pub fn chart_tables(charts: &mut [Chart]) -> impl Iterator<Item = &mut HtmlTable> {
    charts.iter_mut().filter_map(|c| c.table.as_mut())
}

/// A pages/*.md page in the navigation.
#[derive(Clone, Debug, Serialize)]
pub struct NavPage {
    /// Its title.
    pub title: String,
    /// Its path from the root.
    pub path: String,
}

/// The site as templates see it (`site.title` …).
#[derive(Clone, Debug, Serialize)]
pub struct SiteView {
    /// Title.
    pub title: String,
    /// Publisher.
    pub publisher: String,
    /// `<html lang>`.
    pub lang: &'static str,
    /// The Markdown pages, for the navigation.
    pub pages: Vec<NavPage>,
    /// Where the site is published (site.yaml `base_url`, ending in `/`); when
    /// set, pages link the Atom feed and the single-file bulletins link back.
    pub base_url: Option<String>,
}

/// What all page builders share: the ledger, every month's metrics, formatting.
pub struct Ctx<'a> {
    /// The ledger.
    pub ledger: &'a Ledger,
    /// Every month's figures, ascending.
    pub metrics: &'a [MonthMetrics<'a>],
    /// Number formatting.
    pub fmt: Fmt,
    /// The theme's words.
    pub words: BTreeMap<&'static str, &'static str>,
    /// The site for templates.
    pub site: SiteView,
    /// Whether tables are rendered natively before their page (the theme
    /// overrides no template that shows them; see [`super::theme::Theme::native_tables`]).
    pub native_tables: bool,
    /// The previous output's PDF and Word files, to reuse where their input
    /// is the same (a build's; empty for a check).
    pub prior: &'a crate::site::prior::Prior,
    /// Problems by project id.
    problems: FxHashMap<&'a str, Vec<&'a crate::model::Problem>>,
    /// Each project's row in every month (`None` where it is not in that
    /// month's figures), by project id: pages of one project or of a group
    /// look rows up here instead of searching every month.
    rows: FxHashMap<&'a str, Vec<Option<&'a ProjectRow<'a>>>>,
    /// The projects by id.
    projects: FxHashMap<&'a str, &'a crate::model::Project>,
    /// Each month's commentary with its figures filled in, once a build
    /// needed it (the checks, the bulletin, the search index share one).
    expanded: Vec<std::sync::OnceLock<Expansion>>,
}

/// A commentary with its figures filled in, or the errors of its figures.
pub type Expansion = Result<super::expr::Expanded, Vec<crate::diagnostics::Diagnostic>>;

/// Nothing to reuse: the [`Ctx::prior`] of a renderer not told of one.
static NO_PRIOR: std::sync::LazyLock<crate::site::prior::Prior> =
    std::sync::LazyLock::new(crate::site::prior::Prior::none);

impl<'a> Ctx<'a> {
    /// The context for `ledger` and its metrics.
    pub fn new(ledger: &'a Ledger, metrics: &'a [MonthMetrics<'a>]) -> Ctx<'a> {
        let lang = ledger.site.language;
        let pages = ledger
            .pages
            .iter()
            .map(|p| NavPage {
                title: p.title.clone(),
                path: paths::page(&p.slug),
            })
            .collect();
        let mut problems: FxHashMap<&str, Vec<&crate::model::Problem>> = FxHashMap::default();
        for p in &ledger.problems {
            problems.entry(p.project.as_str()).or_default().push(p);
        }
        let mut rows: FxHashMap<&str, Vec<Option<&ProjectRow>>> = ledger
            .projects
            .iter()
            .map(|p| (p.id.as_str(), vec![None; metrics.len()]))
            .collect();
        for (i, m) in metrics.iter().enumerate() {
            for r in &m.projects {
                if let Some(v) = rows.get_mut(r.id) {
                    v[i] = Some(r);
                }
            }
        }
        Ctx {
            native_tables: false,
            prior: &NO_PRIOR,
            expanded: metrics.iter().map(|_| std::sync::OnceLock::new()).collect(),
            problems,
            rows,
            projects: ledger.projects.iter().map(|p| (p.id.as_str(), p)).collect(),
            ledger,
            metrics,
            fmt: Fmt {
                lang,
                pct_decimals: ledger.site.percent_decimals,
            },
            words: i18n::words(lang),
            site: SiteView {
                title: ledger.site.title.clone(),
                publisher: ledger.site.publisher.clone(),
                lang: lang.tag(),
                pages,
                base_url: ledger.site.base_url.clone(),
            },
        }
    }

    /// The commentary of `m` with its figures filled in (`None` for a month
    /// without a commentary file), expanded by `expand` the first time it is
    /// asked for, then remembered for the rest of the build.
    pub fn expanded(
        &self,
        m: &MonthMetrics,
        expand: impl FnOnce() -> Option<Expansion>,
    ) -> Option<&Expansion> {
        let i = self
            .metrics
            .binary_search_by_key(&m.period, |x| x.period)
            .ok()?;
        let cell = self.expanded.get(i)?;
        if let Some(e) = cell.get() {
            return Some(e);
        }
        let e = expand()?;
        Some(cell.get_or_init(|| e))
    }

    /// The problems raised for a project, oldest first.
    pub fn problems_of(&self, project: &str) -> &[&'a crate::model::Problem] {
        self.problems.get(project).map_or(&[], Vec::as_slice)
    }

    /// A project's row in each month of [`Ctx::metrics`] (same length;
    /// `None` where it is not in that month's figures).
    pub fn rows_of(&self, project: &str) -> &[Option<&'a ProjectRow<'a>>] {
        self.rows.get(project).map_or(&[], Vec::as_slice)
    }

    /// The project with id `id`.
    pub fn project(&self, id: &str) -> Option<&'a crate::model::Project> {
        self.projects.get(id).copied()
    }

    /// The language.
    pub fn lang(&self) -> Language {
        self.fmt.lang
    }

    /// One word of the theme.
    pub fn w(&self, key: &str) -> &'static str {
        i18n::word(self.lang(), key)
    }

    /// A word used as a label before a value: `开复工率61.3%` in Chinese, but
    /// `Start rate 61.3%` in English.
    pub fn l(&self, key: &str) -> String {
        match self.lang() {
            Language::En => format!("{} ", self.w(key)),
            _ => self.w(key).to_string(),
        }
    }

    /// The metrics of `m`, if it is a progress month.
    pub fn month(&self, m: Month) -> Option<&'a MonthMetrics<'a>> {
        self.metrics
            .binary_search_by_key(&m, |x| x.period)
            .ok()
            .map(|i| &self.metrics[i])
    }

    /// The latest month's metrics.
    pub fn latest(&self) -> Option<&'a MonthMetrics<'a>> {
        self.metrics.last()
    }

    /// Renders the tables of `view` natively when the theme allows it.
    pub fn prerender<V: Tables>(&self, mut view: V) -> V {
        if self.native_tables {
            let (download, none) = (self.w("download_csv"), self.w("none"));
            for t in view.tables_mut() {
                t.prerender(download, none);
            }
        }
        view
    }

    /// The Tera context for a page at `path`, with `key` bound to `value`.
    pub fn page_context<T: Serialize>(
        &self,
        path: &str,
        key: &'static str,
        value: &T,
    ) -> tera::Context {
        // `site` and `t` are in the templates' global context.
        let mut c = tera::Context::new();
        c.insert("root", &paths::root_of(path));
        let canonical = self
            .ledger
            .site
            .base_url
            .as_ref()
            .map(|b| paths::public_url(b, path));
        c.insert("canonical", &canonical);
        c.insert(key, value);
        c
    }

    /// "2021年9月" / "September 2021".
    pub fn month_name(&self, m: Month) -> String {
        self.w("month_year")
            .replace("{y}", &m.year.to_string())
            .replace("{m}", self.w(MONTHS[usize::from(m.month.clamp(1, 12)) - 1]))
    }

    /// "9月" / "Sep".
    pub fn short_month(&self, m: Month) -> String {
        self.w(SHORT_MONTHS[usize::from(m.month.clamp(1, 12)) - 1])
            .to_string()
    }

    /// A date as bulletins print it: `2026年10月12日` (Chinese), `2026-10-12` (English).
    pub fn date(&self, d: crate::model::Date) -> String {
        self.w("date")
            .replace("{iso}", &d.to_string())
            .replace("{y}", &d.year.to_string())
            .replace("{m}", &d.month.to_string())
            .replace("{d}", &d.day.to_string())
    }

    /// A date as a table cell: as bulletins print it, ISO (`2026-10-12`) in
    /// CSV and Excel so a spreadsheet can sort it.
    pub fn date_cell(&self, d: crate::model::Date) -> super::table::Cell {
        super::table::Cell::new(self.date(d), super::table::Value::Date(d))
    }

    /// A month as a table cell: `2021年9月` shown, `2021-09` in CSV and Excel.
    pub fn month_cell(&self, m: Month) -> super::table::Cell {
        super::table::Cell::new(self.month_name(m), super::table::Value::Month(m))
    }

    /// A count with its measure word: `181个` / `181`.
    pub fn count(&self, n: usize) -> String {
        fill(self.w("count_of"), n)
    }

    /// The unit's display name for an id.
    pub fn unit_name(&self, id: &str) -> String {
        self.ledger
            .unit(id)
            .map_or_else(|| id.to_string(), |u| u.name.clone())
    }
}

/// Words with `{n}` replaced: `第{n}期` → `第9期`.
/// The words of the months' names, January first.
const MONTHS: [&str; 12] = [
    "month_1", "month_2", "month_3", "month_4", "month_5", "month_6", "month_7", "month_8",
    "month_9", "month_10", "month_11", "month_12",
];

/// The words of the months' short names, January first.
const SHORT_MONTHS: [&str; 12] = [
    "month_short_1",
    "month_short_2",
    "month_short_3",
    "month_short_4",
    "month_short_5",
    "month_short_6",
    "month_short_7",
    "month_short_8",
    "month_short_9",
    "month_short_10",
    "month_short_11",
    "month_short_12",
];

pub fn fill(template: &str, n: impl std::fmt::Display) -> String {
    template.replace("{n}", &n.to_string())
}
