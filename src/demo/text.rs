//! Written commentary: monthly bulletins with live `{{ … }}` figures, and the
//! methodology and contact pages.

use crate::demo::fmt::Month;

/// Front matter of a bulletin for `t`, issued on day `day` of the next month.
fn front_matter(t: Month, day: u32) -> String {
    format!(
        "---\ntitle: {}年{}月全区重点项目建设情况通报\nnumber: {}\ndate: {}\n---\n",
        t.year(),
        t.month(),
        t.month(),
        t.plus(1).day(day)
    )
}

/// The commentary for the latest month: a table of key figures.
pub fn bulletin_latest(t: Month) -> String {
    let (m, next) = (t.month(), t.plus(1).month());
    let mut s = front_matter(t, 12);
    s.push_str(&format!(
        r#"各乡镇（街道）、园区，区直各有关部门：

现将{y}年1—{m}月全区重点项目建设情况通报如下。

## 一、总体情况

今年全区共安排重点项目{{{{ totals.projects }}}}个，其中续建项目{{{{ totals.continuing }}}}个、新建项目{{{{ totals.new }}}}个，计划总投资{{{{ totals.total_investment | money }}}}，年度计划投资{{{{ totals.annual_plan | money }}}}。

截至{m}月底，全区{{{{ totals.projects }}}}个项目中，已开复工{{{{ totals.started }}}}个，开复工率{{{{ totals.start_rate | pct }}}}，其中续建项目复工{{{{ totals.resumed }}}}个、新建项目开工{{{{ totals.new_started }}}}个，新开工率{{{{ totals.new_start_rate | pct }}}}。1—{m}月累计完成投资{{{{ totals.completed | money }}}}，占年度计划的{{{{ totals.completion_rate | pct }}}}，序时进度为{{{{ schedule | pct }}}}；{m}月当月完成投资{{{{ totals.invested_month | money }}}}。

| 指标 | 1—{m}月 |
|---|---|
| 计划项目数 | {{{{ totals.projects }}}}个 |
| 开复工项目 | {{{{ totals.started }}}}个 |
| 开复工率 | {{{{ totals.start_rate | pct }}}} |
| 年度计划投资 | {{{{ totals.annual_plan | money }}}} |
| 累计完成投资 | {{{{ totals.completed | money }}}} |
| 投资完成率 | {{{{ totals.completion_rate | pct }}}} |

## 二、招商引资项目推进情况

今年以来，全区新签约招商引资项目{{{{ promotion.signed }}}}个，协议投资{{{{ promotion.signed_investment | money }}}}，累计到位资金{{{{ promotion.funds | money }}}}。已履约{{{{ promotion.fulfilled }}}}个，履约率{{{{ promotion.fulfil_rate | pct }}}}；已开工{{{{ promotion.started }}}}个，开工率{{{{ promotion.start_rate | pct }}}}；已建成投产{{{{ promotion.operating }}}}个。

## 三、存在问题

按序时进度评价，绿旗项目{{{{ totals.flags.green }}}}个、黄旗项目{{{{ totals.flags.yellow }}}}个、红旗项目{{{{ totals.flags.red }}}}个。今年以来累计梳理项目推进中的问题{{{{ problems.raised }}}}个，已办结{{{{ problems.resolved }}}}个，办结率{{{{ problems.resolution_rate | pct }}}}，目前仍有{{{{ problems.open }}}}个问题未解决。主要表现在：

一是要素保障不够有力。部分项目用地指标、施工用电等要素未及时落实，影响开工进度。二是前期手续办理偏慢。个别新建项目环评、施工许可等手续办理周期较长，已过计划开工时间仍未开工。三是投资进度不均衡。部分项目资金到位不足，投资完成明显滞后于序时进度，红旗项目需重点督办。

## 四、下一步工作

- **紧盯时间节点。** 对未开工项目逐一倒排工期，确保具备条件的项目{next}月底前全部开工。
- **强化要素保障。** 自然资源、住建、供电等部门要主动对接，集中解决用地、用电和审批问题。
- **严格督查问效。** 对连续两个月亮红旗的项目，由包保领导约谈责任单位；问题清单实行销号管理。
- **抓好冲刺攻坚。** 各责任单位要抢抓施工黄金期，确保全年投资任务圆满完成。
"#,
        y = t.year()
    ));
    s
}

/// The commentary for the month before the latest: a list of key figures.
pub fn bulletin_previous(t: Month) -> String {
    let m = t.month();
    let mut s = front_matter(t, 9);
    s.push_str(&format!(
        r#"## 一、总体情况

{y}年全区重点项目{{{{ totals.projects }}}}个（续建{{{{ totals.continuing }}}}个、新建{{{{ totals.new }}}}个），年度计划投资{{{{ totals.annual_plan | money }}}}。1—{m}月主要指标如下：

- 已开复工项目{{{{ totals.started }}}}个，开复工率{{{{ totals.start_rate | pct }}}}；其中续建项目复工率{{{{ totals.resume_rate | pct }}}}，新建项目开工率{{{{ totals.new_start_rate | pct }}}}。
- 累计完成投资{{{{ totals.completed | money }}}}，投资完成率{{{{ totals.completion_rate | pct }}}}，序时进度{{{{ schedule | pct }}}}。
- {m}月当月完成投资{{{{ totals.invested_month | money }}}}。
- 招商引资项目签约{{{{ promotion.signed }}}}个，到位资金{{{{ promotion.funds | money }}}}。

总体看，全区项目建设保持平稳推进态势，但受高温多雨天气影响，部分在建项目施工进度放缓，投资完成率仍低于序时进度的项目较多，红旗项目{{{{ totals.flags.red }}}}个。

## 二、存在问题

截至{m}月底，累计梳理问题{{{{ problems.raised }}}}个，已办结{{{{ problems.resolved }}}}个，办结率{{{{ problems.resolution_rate | pct }}}}。未解决问题主要集中在施工用电接入、临时用地手续和专项债资金拨付等方面，个别问题已跨月未办结。

## 三、下一步工作

一要加快问题办结。各责任单位要对照问题清单逐项销号，对{{{{ problems.open }}}}个未解决问题明确办结时限。二要加快新开工项目落地。对已过计划开工时间仍未开工的项目，包保领导要现场调度、专题研究。三要加强统计入库。各单位要及时报送月度进展，做到应统尽统、应入尽入。
"#,
        y = t.year()
    ));
    s
}

/// `content/pages/about.md`: what the bulletin is and how figures are counted.
pub fn about_page() -> String {
    r#"---
title: 关于本月报
---
## 编制说明

《青山区重点项目建设月报》由青山区重点项目推进办公室按月编制，数据来源于各责任单位报送的重点项目台账和月度进展情况，经审核后发布。本站为演示站点，青山区及其项目、单位、人员均为虚构，数据纯属示例。

## 统计口径

- **计划项目**：当年列入年度投资计划的重点项目。上年及以前已开工、当年继续建设的为**续建项目**；当年计划开工的为**新建项目**。
- **开复工率**：开复工项目数 ÷ 年度计划项目数。新建项目当年进入在建、竣工或投产阶段即计为开工；续建项目当年有在建、竣工或投产记录即计为复工。
- **累计完成投资**：当年1月至报告月各月完成投资之和。投资完成率 = 累计完成投资 ÷ 年度计划投资。
- **序时进度**：报告月份 ÷ 12。例如9月的序时进度为75%。
- **红绿旗**：以项目累计完成投资占其年度计划的比例与序时进度相比较。达到或超过序时进度的为绿旗；落后序时进度10个百分点以内（含10个百分点）的为黄旗；落后超过10个百分点，或已过计划开工月份仍未开工的，为红旗。
- **招商引资项目**：当年1月1日至报告月末签约的项目。进入前期阶段及以后（含停工）视为履约；到位资金为各月实际到位资金之和。
- **问题办结率**：当年梳理的问题中截至报告月末已办结的数量 ÷ 当年梳理的问题数量。
- **部门考核评分**：100 ×（0.4 × 开复工率 + 0.4 × min（投资完成率 ÷ 序时进度，1）+ 0.2 × 问题办结率）；当年无问题的单位，问题办结项按满分计。

## 金额与数字

金额以万元为单位记录。1亿元（1万万元）及以上以亿元表示，最多保留两位小数；不足1亿元的以万元表示。百分比保留一位小数，四舍五入。各项合计按原始数据精确计算，不因四舍五入产生误差。
"#
    .to_string()
}

/// `content/pages/contact.md`.
pub fn contact_page() -> String {
    r#"---
title: 联系我们
---
## 青山区重点项目推进办公室

办公室设在区发展和改革局，负责全区重点项目的谋划储备、调度督查和月度通报。

- 地址：青山区建设路88号区行政中心5楼（虚构地址）
- 电话：0000-12345678（示例号码）
- 电子邮箱：xmb@example.gov.cn
- 办公时间：工作日上午8:30—12:00，下午14:30—17:30

## 报送要求

各责任单位请于每月5日前报送上月项目进展（形象进度、完成投资、到位资金及现场照片），新发现的问题随时报送，办结后及时销号。
"#
    .to_string()
}
