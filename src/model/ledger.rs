//! The validated ledger: everything the content folder says, typed and checked.

use std::collections::BTreeMap;

use super::{Date, Kind, Money, Month, Ratio, Stage};

/// One investment project on the ledger (项目), with its whole reported history.
#[derive(Clone, Debug, PartialEq, Hash)]
pub struct Project {
    /// Stable id: ASCII letters, digits, `-` and `_` (e.g. `HS-2021-001`).
    pub id: String,
    /// 项目名称.
    pub name: String,
    /// 产业类别, one of the site's categories.
    pub category: String,
    /// 总投资, whole-life investment, 万元.
    pub total_investment: Money,
    /// 年度计划 by calendar year.
    pub plans: BTreeMap<i32, Plan>,
    /// 责任单位: the id of a [`Unit`] of the ledger.
    pub unit: Option<String>,
    /// 项目管家 / 包保领导.
    pub leaders: Vec<String>,
    /// 乡镇街道 / 园区.
    pub location: Option<String>,
    /// 项目级别, one of the site's levels when it declares them.
    pub level: Option<String>,
    /// Start month when it predates the progress files.
    pub started: Option<Month>,
    /// Signing date of a promoted (招商引资) project.
    pub signed: Option<Date>,
    /// 建设单位.
    pub owner: Option<String>,
    /// 建设内容, Markdown.
    pub description: Option<String>,
    /// Free tags.
    pub tags: Vec<String>,
    /// Progress records by month (from progress/YYYY-MM.yaml).
    pub records: BTreeMap<Month, Record>,
}

/// A project's plan for one calendar year (年度计划).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Plan {
    /// 年度计划投资, 万元.
    pub invest: Money,
    /// Explicit 新建 / 续建; derived from the start month when absent.
    pub kind: Option<Kind>,
    /// Planned start month (计划开工); a project not started by then is flagged red.
    pub start: Option<Month>,
}

/// What a project reported for one month (progress/YYYY-MM.yaml).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Record {
    /// Stage at the end of the month.
    pub stage: Stage,
    /// Investment made in this month (完成投资), 万元.
    pub invested: Money,
    /// Funds arrived in this month (到位资金), 万元.
    pub funds: Money,
    /// 形象进度.
    pub note: Option<String>,
    /// Photos under content/assets.
    pub photos: Vec<Photo>,
}

/// A progress photo: a path under content/assets and its caption.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Photo {
    /// Path relative to content/assets, with `/` separators.
    pub file: String,
    /// Caption shown under it.
    pub caption: Option<String>,
}

/// A department answerable for projects (责任单位).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Unit {
    /// ASCII id, used in page paths.
    pub id: String,
    /// Display name (区工业和信息化局).
    pub name: String,
    /// Other names it goes by (区工信局, 工信局), accepted wherever a
    /// department is named, and for search.
    pub aliases: Vec<String>,
}

/// An obstacle raised for a project (存在问题).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Problem {
    /// Problem id.
    pub id: String,
    /// The project's id.
    pub project: String,
    /// What the problem is.
    pub text: String,
    /// Who must solve it: a unit's name when it names a unit, else the free name.
    pub owner: Option<String>,
    /// The unit's id when `owner` names a unit of the ledger.
    pub owner_unit: Option<String>,
    /// Date raised.
    pub raised: Date,
    /// Date resolved, if it is.
    pub resolved: Option<Date>,
}

/// Language of the theme's own words.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Hash)]
pub enum Language {
    /// Simplified Chinese (default).
    #[default]
    ZhCn,
    /// Traditional Chinese.
    ZhTw,
    /// English.
    En,
}

impl Language {
    /// Reads `zh-CN`, `zh-TW` or `en` (case-insensitive, `_` accepted for `-`).
    pub fn parse(text: &str) -> Option<Language> {
        match text.trim().to_ascii_lowercase().replace('_', "-").as_str() {
            "zh-cn" | "zh" | "zh-hans" => Some(Language::ZhCn),
            "zh-tw" | "zh-hant" => Some(Language::ZhTw),
            "en" | "en-us" | "en-gb" => Some(Language::En),
            _ => None,
        }
    }

    /// The BCP 47 tag for `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Language::ZhCn => "zh-CN",
            Language::ZhTw => "zh-TW",
            Language::En => "en",
        }
    }
}

/// Weights of a department's score (考核评分); DOMAIN.md default 0.4 / 0.4 / 0.2.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ScoreWeights {
    /// Weight of the start rate.
    pub start: Ratio,
    /// Weight of completion against schedule.
    pub completion: Ratio,
    /// Weight of the problem resolution rate.
    pub problems: Ratio,
}

impl Default for ScoreWeights {
    fn default() -> Self {
        ScoreWeights {
            start: Ratio::from_ten_thousandths(4000),
            completion: Ratio::from_ten_thousandths(4000),
            problems: Ratio::from_ten_thousandths(2000),
        }
    }
}

/// Settings of the site (content/site.yaml).
#[derive(Clone, Debug, PartialEq, Hash)]
pub struct SiteConfig {
    /// Site title.
    pub title: String,
    /// Publisher shown on every bulletin (also the 印发机关 of the PDF).
    pub publisher: String,
    /// 发文机关标志: the red name at the head of the PDF bulletin (site.yaml
    /// `issuer`, default `publisher`).
    pub issuer: String,
    /// Language of the theme's words.
    pub language: Language,
    /// Absolute URL where the site is published, if any.
    pub base_url: Option<String>,
    /// Categories, in the order of tables and charts.
    pub categories: Vec<String>,
    /// Levels; empty when the site does not restrict them.
    pub levels: Vec<String>,
    /// Theme name under themes/ (None: the built-in default).
    pub theme: Option<String>,
    /// A project is red when its rate is below schedule minus this (default 0.10).
    pub red_below: Ratio,
    /// Decimals of printed percentages (default 1).
    pub percent_decimals: u32,
    /// Weights of the department score.
    pub score_weights: ScoreWeights,
    /// Whether the single-file bulletin carries its photos as `data:` URLs
    /// (`single_file_photos: inline`, the default) or leaves them out (`omit`).
    pub single_file_photos: bool,
    /// Whether `build` writes each bulletin's 公文-style PDF and Word file
    /// (site.yaml `paper`, default false).
    pub paper: bool,
    /// Project sets (site.yaml `sets:`), in the order declared.
    pub sets: Vec<ProjectSet>,
    /// Built with `--draft` (not a site.yaml field): commentary markers
    /// (【待填写】) are warnings, and bulletins are marked 草稿.
    pub draft: bool,
}

/// A named set of projects defined by a threshold, as bulletins define their
/// scope: "5000万元以上（社会事业1000万元以上）项目" (site.yaml `sets:`).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ProjectSet {
    /// The set's name as printed (5000万元以上项目).
    pub name: String,
    /// Total investment at or above this (万元), unless `by_category` says otherwise.
    pub min_total_investment: Money,
    /// Per-category thresholds (社会事业: 1000) replacing `min_total_investment`.
    pub by_category: Vec<(String, Money)>,
    /// When not empty, only projects with one of these tags.
    pub tags: Vec<String>,
}

impl ProjectSet {
    /// Whether `p` is in the set: its total investment at or above its category's
    /// threshold and, when the set names tags, one of them among its tags.
    pub fn contains(&self, p: &Project) -> bool {
        let threshold = self
            .by_category
            .iter()
            .find(|(c, _)| *c == p.category)
            .map_or(self.min_total_investment, |(_, m)| *m);
        p.total_investment >= threshold
            && (self.tags.is_empty() || p.tags.iter().any(|t| self.tags.contains(t)))
    }
}

impl SiteConfig {
    /// The five default categories of DOMAIN.md.
    pub fn default_categories() -> Vec<String> {
        ["农业", "工业", "商贸流通", "基础设施", "社会事业"]
            .iter()
            .map(|s| s.to_string())
            .collect()
    }
}

/// A bulletin's commentary (bulletins/YYYY-MM.md): front matter and Markdown body.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Commentary {
    /// The month it comments on.
    pub period: Month,
    /// Title from the front matter.
    pub title: Option<String>,
    /// 期号 from the front matter.
    pub number: Option<u32>,
    /// Issue date from the front matter.
    pub date: Option<Date>,
    /// 发文字号 from the front matter (`红项办〔2021〕9号`).
    pub doc_number: Option<String>,
    /// 主送机关 from the front matter, as printed before the closing colon
    /// (`各乡镇（街道）、园区，区直各有关部门`).
    pub recipients: Option<String>,
    /// 抄送机关 from the front matter, as printed after 抄送： and before the
    /// closing 。 (`区委办，区人大办`).
    pub cc: Option<String>,
    /// Markdown body with `{{ … }}` expressions, not yet evaluated.
    pub body: String,
    /// Line of the body's first line in the file (for error messages).
    pub body_line: usize,
    /// Path of the file, relative to the site, for error messages.
    pub file: String,
}

/// Another page (pages/*.md).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Page {
    /// File stem, used as the page's path (`about`).
    pub slug: String,
    /// Title from the front matter or the first heading.
    pub title: String,
    /// Markdown body.
    pub body: String,
    /// Path of the file, relative to the site.
    pub file: String,
}

/// Everything a site's content says, validated: the input of metrics and pages.
#[derive(Clone, Debug, PartialEq, Hash)]
pub struct Ledger {
    /// site.yaml.
    pub site: SiteConfig,
    /// Departments, declared in units.yaml or derived from projects, sorted as declared.
    pub units: Vec<Unit>,
    /// Projects sorted by id.
    pub projects: Vec<Project>,
    /// Months that have a progress file, ascending.
    pub months: Vec<Month>,
    /// Problems sorted by raised date, then id.
    pub problems: Vec<Problem>,
    /// Commentary by month.
    pub bulletins: BTreeMap<Month, Commentary>,
    /// Other pages, sorted by slug.
    pub pages: Vec<Page>,
    /// Files under content/assets, relative to it, `/`-separated, sorted.
    pub assets: Vec<String>,
}

impl Unit {
    /// Whether `text` names this department: its id, name or one of its aliases.
    pub fn is_named(&self, text: &str) -> bool {
        self.id == text || self.name == text || self.aliases.iter().any(|a| a == text)
    }
}

impl Ledger {
    /// The unit with this id.
    pub fn unit(&self, id: &str) -> Option<&Unit> {
        self.units.iter().find(|u| u.id == id)
    }
}

impl Project {
    /// The stage at `month`: that of the latest record at or before it (stages carry forward).
    pub fn stage_at(&self, month: Month) -> Option<Stage> {
        self.records
            .range(..=month)
            .next_back()
            .map(|(_, r)| r.stage)
    }

    /// The start month: `started` if given, else the first month whose record is active.
    pub fn start_month(&self) -> Option<Month> {
        self.started.or_else(|| {
            self.records
                .iter()
                .find(|(_, r)| r.stage.is_active())
                .map(|(m, _)| *m)
        })
    }
}
