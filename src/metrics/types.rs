//! The figures of one month, as the pages print them and metrics.json carries them.
//!
//! Money stays [`Money`] and rates stay exact [`Ratio`]s; only serialization rounds
//! (rates to 4 decimals, scores to 2), so pages can print with their own precision.

use serde::{Serialize, Serializer};

use super::precision::rate_decimals;
use crate::model::{Flag, Kind, Money, Month, Ratio, Stage};

/// Decimals of department scores in metrics.json (`87.35`).
pub const SCORE_DECIMALS: u32 = 2;

/// Writes an optional rate as a fraction rounded to
/// [`RATE_DECIMALS`](super::RATE_DECIMALS) (or the places
/// of [`with_rate_decimals`](super::with_rate_decimals)), `null` when the rate is
/// over nothing.
pub(crate) fn ser_rate<S: Serializer>(rate: &Option<Ratio>, s: S) -> Result<S::Ok, S::Error> {
    match rate {
        Some(r) => r.to_json(rate_decimals()).serialize(s),
        None => s.serialize_none(),
    }
}

/// Writes a ratio as a fraction rounded like [`ser_rate`].
pub(crate) fn ser_ratio<S: Serializer>(rate: &Ratio, s: S) -> Result<S::Ok, S::Error> {
    rate.to_json(rate_decimals()).serialize(s)
}

/// Writes an optional score rounded to [`SCORE_DECIMALS`].
pub(crate) fn ser_score<S: Serializer>(score: &Option<Ratio>, s: S) -> Result<S::Ok, S::Error> {
    match score {
        Some(r) => r.to_json(SCORE_DECIMALS).serialize(s),
        None => s.serialize_none(),
    }
}

/// Counts of flagged projects (红绿旗): `{"red", "yellow", "green"}`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct FlagCounts {
    /// 红旗: well behind schedule, or overdue to start.
    pub red: usize,
    /// 黄旗: slightly behind schedule.
    pub yellow: usize,
    /// 绿旗: on or ahead of schedule.
    pub green: usize,
}

/// The headline figures (总体情况) of a set of plan-set projects at a report month:
/// metrics.json `totals`, and the same keys in every grouping row.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Totals {
    /// 项目数: projects in the year's plan.
    pub projects: usize,
    /// 新建项目数.
    pub new: usize,
    /// 续建项目数.
    pub continuing: usize,
    /// 计划总投资: Σ total investment, 万元.
    pub total_investment: Money,
    /// 年度计划投资: Σ the year's plans, 万元.
    pub annual_plan: Money,
    /// 开复工: started in the year by the report month (new started + resumed).
    pub started: usize,
    /// 新开工: new projects started.
    pub new_started: usize,
    /// 复工: continuing projects resumed.
    pub resumed: usize,
    /// 未开工: projects − started (an extra key).
    pub not_started: usize,
    /// 开复工率 = started ÷ projects.
    #[serde(serialize_with = "ser_rate")]
    pub start_rate: Option<Ratio>,
    /// 新开工率 = new started ÷ new.
    #[serde(serialize_with = "ser_rate")]
    pub new_start_rate: Option<Ratio>,
    /// 复工率 = resumed ÷ continuing.
    #[serde(serialize_with = "ser_rate")]
    pub resume_rate: Option<Ratio>,
    /// 当月完成投资: investment made in the report month, 万元.
    pub invested_month: Money,
    /// 累计完成投资: investment January..=report month, 万元.
    pub completed: Money,
    /// 投资完成率 = completed ÷ annual plan.
    #[serde(serialize_with = "ser_rate")]
    pub completion_rate: Option<Ratio>,
    /// 红绿旗 counts; projects with no (or a zero) plan have no flag.
    pub flags: FlagCounts,
}

/// One row of a grouping (分类别, 分类型, 分区域, 分级别, 分规模): a name and the
/// [`Totals`] keys.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct GroupRow {
    /// Row name as bulletins print it (工业, 续建, 1亿至10亿元, 未指定 …).
    pub name: String,
    /// A stable ASCII key where the row has one (kinds: `continuing`/`new`; size
    /// bands: `lt1`, `1to10`, `10to50`, `ge50`; thresholds: `ge1`, `ge10`, `ge50`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// The figures of the row's projects.
    #[serde(flatten)]
    pub totals: Totals,
}

/// One row of a grouping that may overlap others (分标签, 项目集): the [`GroupRow`]
/// keys and the row's share of the plan set's completed investment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ShareRow {
    /// Row name (the tag 技改, the set 5000万元以上项目).
    pub name: String,
    /// The figures of the row's projects.
    #[serde(flatten)]
    pub totals: Totals,
    /// 占比: the row's completed ÷ the plan set's completed (`null` when nothing
    /// was completed).
    #[serde(serialize_with = "ser_rate")]
    pub completed_share: Option<Ratio>,
}

/// One stage's row of every project on the ledger (项目储备 / 谋划 pipeline),
/// planned this year or not.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PipelineRow {
    /// The stage in Chinese (谋划), or 未填报 for projects with no record by P.
    pub name: String,
    /// The stage in English (`idea`), or `none`.
    pub key: String,
    /// Projects at this stage at P.
    pub projects: usize,
    /// Σ their total investment, 万元.
    pub total_investment: Money,
    /// How many of them are in the year's plan set.
    pub planned: usize,
}

/// 同比 and 环比 of one figure, as fractions: `(now − before) ÷ before`; `null`
/// when the earlier figure does not exist or is zero.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Change {
    /// 同比: against the same month of Y−1 (`last_year`).
    #[serde(serialize_with = "ser_rate")]
    pub yoy: Option<Ratio>,
    /// 环比: against the previous bulletin of the same plan year.
    #[serde(serialize_with = "ser_rate")]
    pub mom: Option<Ratio>,
}

/// A tag's growth row: `{"name", "completed": {"yoy", "mom"}}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TagGrowth {
    /// The tag.
    pub name: String,
    /// Growth of the tag's completed investment.
    pub completed: Change,
}

/// Growth rates (增速) of the headline figures: metrics.json `growth`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Growth {
    /// 累计完成投资.
    pub completed: Change,
    /// 当月完成投资.
    pub invested_month: Change,
    /// 开复工项目数.
    pub started: Change,
    /// Each `by_tag` row's completed investment, in the same order.
    pub by_tag: Vec<TagGrowth>,
}

/// Problem counts (问题清单) at a report month: metrics.json `problems`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ProblemCounts {
    /// 本年新增问题: raised from 1 January of the year through the report month's last day.
    pub raised: usize,
    /// 已办结: those of them resolved by that day.
    pub resolved: usize,
    /// 未办结: raised on or before that day, in any year, not resolved by then.
    pub open: usize,
    /// 办结率 = resolved ÷ raised.
    #[serde(serialize_with = "ser_rate")]
    pub resolution_rate: Option<Ratio>,
}

/// One department's row (责任单位): its figures, its problems, its score and rank.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct UnitRow {
    /// The unit's id; `null` for the row of projects without a unit (未指定).
    pub id: Option<String>,
    /// The unit's name (区工信局), or 未指定.
    pub name: String,
    /// The figures of the department's plan-set projects.
    #[serde(flatten)]
    pub totals: Totals,
    /// Problems of all the department's projects (an extra key).
    pub problems: ProblemCounts,
    /// 考核评分, 0..=100; `null` without plan-set projects (and for 未指定).
    #[serde(serialize_with = "ser_score")]
    pub score: Option<Ratio>,
    /// 排名: 1 is best, equal scores share a rank (1, 2, 2, 4); `null` without a score.
    pub rank: Option<usize>,
}

/// One line of the department ranking (考核排名), best first (an extra key).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RankRow {
    /// 排名.
    pub rank: usize,
    /// The unit's id.
    pub id: String,
    /// The unit's name.
    pub name: String,
    /// 考核评分.
    #[serde(serialize_with = "ser_score")]
    pub score: Option<Ratio>,
}

/// The promotion funnel (招商引资): projects signed from 1 January through the report
/// month. metrics.json `promotion`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Promotion {
    /// 签约项目数.
    pub signed: usize,
    /// 签约总投资: Σ their total investment, 万元.
    pub signed_investment: Money,
    /// 到位资金: Σ their funds in every month up to the report month, 万元.
    pub funds: Money,
    /// 履约: stage at the report month is 前期 or later (停工 included).
    pub fulfilled: usize,
    /// 履约率 = fulfilled ÷ signed.
    #[serde(serialize_with = "ser_rate")]
    pub fulfil_rate: Option<Ratio>,
    /// 开工: started at some month up to the report month.
    pub started: usize,
    /// 开工率 = started ÷ signed.
    #[serde(serialize_with = "ser_rate")]
    pub start_rate: Option<Ratio>,
    /// 投产: stage at the report month is 投产.
    pub operating: usize,
}

/// One plan-set project at the report month (项目明细): metrics.json `projects`. Its
/// text borrows from the ledger.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ProjectRow<'a> {
    /// Project id.
    pub id: &'a str,
    /// 项目名称.
    pub name: &'a str,
    /// 阶段 at the report month (carried forward); `null` before its first record.
    pub stage: Option<Stage>,
    /// 新建 / 续建 in the plan year.
    pub kind: Kind,
    /// 年度计划投资, 万元.
    pub plan: Money,
    /// 累计完成投资 January..=report month, 万元.
    pub completed: Money,
    /// 投资完成率 = completed ÷ plan; `null` for a zero plan.
    #[serde(serialize_with = "ser_rate")]
    pub completion_rate: Option<Ratio>,
    /// 红绿旗; `null` for a zero plan.
    pub flag: Option<Flag>,
    /// 责任单位 id (an extra key, as are the rest).
    pub unit: Option<&'a str>,
    /// 责任单位 name, when the unit is declared.
    pub unit_name: Option<&'a str>,
    /// 产业类别.
    pub category: &'a str,
    /// 乡镇街道 / 园区.
    pub location: Option<&'a str>,
    /// 项目级别.
    pub level: Option<&'a str>,
    /// 总投资, 万元.
    pub total_investment: Money,
    /// 当月完成投资, 万元.
    pub invested_month: Money,
    /// Started (开工 / 复工) in the plan year by the report month.
    pub started: bool,
    /// 计划开工 month from the plan, if any.
    pub planned_start: Option<Month>,
    /// Planned start month reached and not started (逾期未开工): always red.
    pub overdue: bool,
    /// 滞后序时进度 = schedule − completion rate (negative when ahead); `null` for a
    /// zero plan.
    #[serde(serialize_with = "ser_rate")]
    pub behind: Option<Ratio>,
}

/// One point of the cumulative-investment chart (累计完成投资走势).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct SeriesPoint {
    /// The month.
    pub period: Month,
    /// Month of the year, 1..=12, for the chart's axis.
    pub month: u8,
    /// Completed YTD of that year's plan set through this month, 万元.
    pub completed: Money,
    /// Completed ÷ that year's annual plan.
    #[serde(serialize_with = "ser_rate")]
    pub completion_rate: Option<Ratio>,
    /// 序时进度 of that month (m ÷ 12); not in metrics.json, whose months carry
    /// their own `schedule`.
    #[serde(skip)]
    pub schedule: Ratio,
}

/// Every figure of one report month (月度指标): what a bulletin prints and
/// bulletins/YYYY-MM/metrics.json carries. The project rows borrow text from the
/// ledger (`'a`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct MonthMetrics<'a> {
    /// 报告期 P (`"2021-09"`).
    pub period: Month,
    /// Plan year Y.
    pub year: i32,
    /// Month m of Y.
    pub month: u8,
    /// 序时进度 = m ÷ 12.
    #[serde(serialize_with = "ser_ratio")]
    pub schedule: Ratio,
    /// 总体情况 of the plan set.
    pub totals: Totals,
    /// 分产业类别, in the site's category order, every category listed.
    pub by_category: Vec<GroupRow>,
    /// 分类型: 续建, 新建.
    pub by_kind: Vec<GroupRow>,
    /// 分责任单位, in units order (all listed), then 未指定 when projects without a unit
    /// are in the plan set or have problems.
    pub by_unit: Vec<UnitRow>,
    /// 分乡镇街道 / 园区, by name, then 未指定; only locations with projects.
    pub by_location: Vec<GroupRow>,
    /// 分级别, in the site's level order (all listed) or by name, then 未指定.
    pub by_level: Vec<GroupRow>,
    /// 分规模: the exclusive bands 不足1亿元, 1亿至10亿元, 10亿至50亿元, 50亿元及以上.
    pub by_size: Vec<GroupRow>,
    /// The cumulative counts bulletins print: 亿元以上, 10亿元以上, 50亿元以上 (an extra key).
    pub size_thresholds: Vec<GroupRow>,
    /// 分阶段: plan-set projects by stage at P, every stage listed (停工 after 在建),
    /// then 未填报 (key `none`: no record by P); adds up to the totals.
    pub by_stage: Vec<GroupRow>,
    /// 项目储备: every project on the ledger by stage at P, planned this year or not.
    pub pipeline: Vec<PipelineRow>,
    /// 分标签: one row per tag found on the ledger (sorted), over plan-set projects;
    /// a project with two tags counts in both rows.
    pub by_tag: Vec<ShareRow>,
    /// 项目集: one row per site.yaml `sets:` entry, in that order.
    pub sets: Vec<ShareRow>,
    /// 去年同期: the totals of Y−1 at month m, where data exists.
    pub last_year: Option<Totals>,
    /// 同比 / 环比 of completed, invested_month, started and each tag's completed.
    pub growth: Growth,
    /// 招商引资.
    pub promotion: Promotion,
    /// 问题清单.
    pub problems: ProblemCounts,
    /// 项目明细: every plan-set project, by id.
    #[serde(skip_serializing_if = "super::precision::leaving_out_rows")]
    pub projects: Vec<ProjectRow<'a>>,
    /// 考核排名: departments with a score, best first (an extra key).
    pub ranking: Vec<RankRow>,
    /// 累计完成投资 at each month of Y with a progress file, through P (an extra key).
    pub cumulative_by_month: Vec<SeriesPoint>,
    /// The same for every month of Y−1 with a progress file, when Y−1 has a plan set.
    pub last_year_by_month: Vec<SeriesPoint>,
}
