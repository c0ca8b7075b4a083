//! The two files `tongbao new` writes, as text: next month's progress file with
//! stages carried forward, and a commentary skeleton with live figures.
//!
//! Pure functions of the ledger and the month, tested without the disk.

use crate::model::{Ledger, Month, Project, Stage};

/// Which projects the progress file of `month` lists, with the stage each starts with.
///
/// - A project with a record at or before the previous month is listed with that
///   record's stage, unless the stage is 竣工 or 投产 (finished: nothing more to
///   report). 停工 is kept: a suspended project stays on the ledger, is reported
///   every month and is expected to resume.
/// - A project without any record yet is listed when it has a plan for the
///   month's year (it is in that year's plan set, so its progress is due), with
///   stage 在建 when its `started` month is before `month`, else 前期.
/// - Any other project (no record, no plan this year: e.g. one planned for next
///   year) is left out.
///
/// Sorted by project id.
pub fn carried(ledger: &Ledger, month: Month) -> Vec<(&Project, Stage, bool)> {
    let prev = month.prev();
    let mut out: Vec<(&Project, Stage, bool)> = ledger
        .projects
        .iter()
        .filter_map(|p| match p.stage_at(prev) {
            Some(Stage::Completed | Stage::Operating) => None,
            Some(stage) => Some((p, stage, true)),
            None if p.plans.contains_key(&month.year) => {
                let started = p.started.is_some_and(|s| s < month);
                let stage = if started {
                    Stage::Construction
                } else {
                    Stage::Preliminary
                };
                Some((p, stage, false))
            }
            None => None,
        })
        .collect();
    out.sort_by(|a, b| a.0.id.cmp(&b.0.id));
    out
}

/// One line of text for a YAML comment (no line breaks).
fn one_line(s: &str) -> String {
    // YAML ends a comment at \r, \n, NEL, U+2028 and U+2029; other control
    // characters have no place in a comment either.
    s.split(|c: char| c.is_control() || matches!(c, '\u{2028}' | '\u{2029}'))
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// `content/progress/YYYY-MM.yaml` for `month`: every project of [`carried`], its
/// stage carried forward, `invested: 0` (and `funds: 0` for promoted projects) to
/// fill in, and an empty `note:` with the previous note above it as a comment.
pub fn progress_file(ledger: &Ledger, month: Month) -> String {
    let prev = month.prev();
    let (y, m) = (month.year, month.month);
    let mut s = format!(
        "# 重点项目月度进展：{y}年{m}月\n\
         # 由 `tongbao new {month}` 生成：列出未竣工、未投产的项目，阶段沿用{prev}的进展。\n\
         # 请按各责任单位报送的数据逐个填写：\n\
         #   stage     阶段：已沿用上月，有变化的请修改（谋划 储备 签约 前期 在建 停工 竣工 投产）\n\
         #   invested  {m}月当月完成投资，万元，不是累计数：现为 0，请填写\n\
         #   funds     {m}月当月到位资金，万元（招商引资项目）：现为 0，请填写\n\
         #   note      形象进度：上月的写在它上面的注释里，供参考，请改写为本月的\n\
         #   photos    现场照片（可选），放在 content/assets/ 下，写法：\n\
         #               photos:\n\
         #                 - {{file: {month}/照片.jpg, caption: 说明}}\n\
         # 本月没有进展的项目也请保留（invested 为 0）；不再需要报送的项目可以删去。\n\
         # 填好后运行 `tongbao check` 检查，再运行 `tongbao build` 生成网站。\n\
         period: {month}\nprojects:\n"
    );
    let rows = carried(ledger, month);
    if rows.is_empty() {
        s.push_str(
            "  {}  # 没有需要报送的项目：请按 `项目编号: {stage: 在建, invested: 0}` 添加\n",
        );
    }
    for (p, stage, has_record) in rows {
        let unit = p
            .unit
            .as_deref()
            .and_then(|u| ledger.unit(u))
            .map(|u| format!("（{}）", one_line(&u.name)))
            .unwrap_or_default();
        s.push_str(&format!("  {}:  # {}{unit}\n", p.id, one_line(&p.name)));
        let stage_note = match (stage, has_record) {
            (Stage::Suspended, _) => "  # 停工：复工后请改为 在建",
            (_, false) => "  # 尚无进展记录",
            _ => "",
        };
        s.push_str(&format!("    stage: {}{stage_note}\n", stage.zh()));
        s.push_str("    invested: 0\n");
        if p.signed.is_some() {
            s.push_str("    funds: 0\n");
        }
        let last_note = p
            .records
            .range(..=prev)
            .next_back()
            .and_then(|(at, r)| r.note.as_deref().map(|n| (at, one_line(n))));
        if let Some((at, note)) = last_note {
            s.push_str(&format!("    # {at}：{note}\n"));
        }
        s.push_str("    note:\n");
    }
    s
}

/// 期号 of the bulletin for `month`: one more than that of the latest earlier
/// bulletin of the same year (its front matter's number, else its rank in the
/// year, as the build numbers it), or 1 for the first of the year.
pub fn next_number(ledger: &Ledger, month: Month) -> u32 {
    let in_year: Vec<Month> = ledger
        .months
        .iter()
        .copied()
        .filter(|m| m.year == month.year && *m < month)
        .collect();
    match in_year.last() {
        None => 1,
        Some(last) => {
            let n = ledger
                .bulletins
                .get(last)
                .and_then(|c| c.number)
                .unwrap_or(in_year.len() as u32);
            n + 1
        }
    }
}

/// A figure naming a row of `by_category`: by its name when the name can stand in
/// a figure's path, else by its position.
fn category_figure(i: usize, name: &str, key: &str) -> String {
    let plain =
        !name.is_empty() && name.trim() == name && !name.contains(['.', '[', ']', '|', '{', '}']);
    if plain {
        format!("by_category.{name}.{key}")
    } else {
        format!("by_category[{i}].{key}")
    }
}

/// `content/bulletins/YYYY-MM.md` for `month`: front matter (title, number, no
/// date) with guidance in YAML comments, and a commentary skeleton in the style
/// of these bulletins (一、总体情况 二、存在问题 三、下一步工作) whose figures
/// are `{{ … }}` expressions over names that exist in every month's metrics.
pub fn commentary_file(ledger: &Ledger, month: Month) -> String {
    let (y, m) = (month.year, month.month);
    let span = if m == 1 {
        "1月".to_string()
    } else {
        format!("1—{m}月")
    };
    let mut s = format!(
        "---\n\
         # {y}年{m}月通报的文字部分，由 `tongbao new {month}` 生成的框架。\n\
         # 填好 content/progress/{month}.yaml 之后，请按本月情况改写正文，\n\
         # 特别是【待填写】处。{{{{ … }}}} 是自动计算的数字（名称与 metrics.json 相同），\n\
         # 不要改成手写的数字。例如 totals.started 开复工项目数、totals.start_rate 开复工率、\n\
         # totals.completed 累计完成投资、problems.open 未解决问题数、by_category.类别.started；\n\
         # 加 | pct 显示为百分数，加 | money 显示为万元或亿元。\n\
         # 印发日期可以加一行 date: {next}-10\n\
         title: {y}年{m}月重点项目建设情况通报\n\
         number: {number}\n\
         ---\n\
         现将{y}年{span}重点项目建设情况通报如下。\n\n\
         ## 一、总体情况\n\n\
         今年共安排重点项目{{{{ totals.projects }}}}个，其中续建项目{{{{ totals.continuing }}}}个、新建项目{{{{ totals.new }}}}个，年度计划投资{{{{ totals.annual_plan | money }}}}。\
         截至{m}月底，已开复工{{{{ totals.started }}}}个，开复工率{{{{ totals.start_rate | pct }}}}，其中续建项目复工{{{{ totals.resumed }}}}个、新建项目开工{{{{ totals.new_started }}}}个；\
         {span}累计完成投资{{{{ totals.completed | money }}}}，占年度计划的{{{{ totals.completion_rate | pct }}}}，序时进度为{{{{ schedule | pct }}}}；{m}月当月完成投资{{{{ totals.invested_month | money }}}}。\n",
        next = month.next(),
        number = next_number(ledger, month),
    );
    let cats: Vec<String> = ledger
        .site
        .categories
        .iter()
        .enumerate()
        .map(|(i, c)| {
            format!(
                "{c}项目开复工{{{{ {} }}}}个、完成投资{{{{ {} | money }}}}",
                category_figure(i, c, "started"),
                category_figure(i, c, "completed")
            )
        })
        .collect();
    if !cats.is_empty() {
        s.push_str(&format!("\n分产业看，{}。\n", cats.join("；")));
    }
    if ledger.projects.iter().any(|p| p.signed.is_some()) {
        s.push_str(
            "\n今年以来新签约招商引资项目{{ promotion.signed }}个，协议投资{{ promotion.signed_investment | money }}，累计到位资金{{ promotion.funds | money }}；已履约{{ promotion.fulfilled }}个，履约率{{ promotion.fulfil_rate | pct }}；已开工{{ promotion.started }}个，已投产{{ promotion.operating }}个。\n",
        );
    }
    s.push_str(
        "\n## 二、存在问题\n\n\
         按序时进度评价，绿旗项目{{ totals.flags.green }}个、黄旗项目{{ totals.flags.yellow }}个、红旗项目{{ totals.flags.red }}个。\
         今年以来梳理项目推进中的问题{{ problems.raised }}个，已办结{{ problems.resolved }}个，办结率{{ problems.resolution_rate | pct }}，仍有{{ problems.open }}个问题未解决。\
         主要表现在：【待填写：要素保障、前期手续、资金到位等方面的主要问题】\n\n\
         ## 三、下一步工作\n\n\
         一要加快问题办结，对{{ problems.open }}个未解决问题逐项明确办结时限。\
         二要推动未开工项目尽快开工，对红旗项目逐一督办。\
         三要【待填写：本月的重点工作安排】\n",
    );
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn small() -> Ledger {
        let site = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/small");
        crate::content::load(&site).ledger.unwrap()
    }

    fn month(s: &str) -> Month {
        Month::parse(s).unwrap()
    }

    #[test]
    fn issue_numbers_follow_the_front_matter_else_the_rank() {
        let ledger = small();
        // 2025-02.md says number: 2.
        assert_eq!(next_number(&ledger, month("2025-03")), 3);
        // 2025-01 has no commentary: its number is its rank, 1.
        assert_eq!(next_number(&ledger, month("2025-02")), 2);
        assert_eq!(next_number(&ledger, month("2025-01")), 1);
        // A new year starts again at 1 (2024-12 is last year's).
        assert_eq!(next_number(&ledger, month("2026-01")), 1);
    }

    #[test]
    fn carried_keeps_suspended_and_planned_projects_and_drops_finished_ones() {
        let mut ledger = small();
        let t1 = ledger
            .projects
            .iter_mut()
            .find(|p| p.id == "T-001")
            .unwrap();
        if let Some(r) = t1.records.get_mut(&month("2025-02")) {
            r.stage = Stage::Suspended;
        }
        let t4 = ledger
            .projects
            .iter_mut()
            .find(|p| p.id == "T-004")
            .unwrap();
        if let Some(r) = t4.records.get_mut(&month("2025-02")) {
            r.stage = Stage::Completed;
        }
        let rows: Vec<(String, Stage)> = carried(&ledger, month("2025-03"))
            .into_iter()
            .map(|(p, s, _)| (p.id.clone(), s))
            .collect();
        let ids: Vec<&str> = rows.iter().map(|r| r.0.as_str()).collect();
        assert_eq!(ids, ["T-001", "T-002", "T-003", "T-005"]);
        assert_eq!(rows[0].1, Stage::Suspended);
        assert_eq!(rows[3].1, Stage::Preliminary);
        // Before any record: projects with a plan for the year, 在建 when `started` says so.
        let rows = carried(&ledger, month("2025-01"));
        let t1 = rows.iter().find(|r| r.0.id == "T-001").unwrap();
        assert_eq!((t1.1, t1.2), (Stage::Construction, true));
        let t2 = rows.iter().find(|r| r.0.id == "T-002").unwrap();
        assert_eq!((t2.1, t2.2), (Stage::Preliminary, false));
    }

    #[test]
    fn category_figures_fall_back_to_positions() {
        assert_eq!(
            category_figure(1, "工业", "started"),
            "by_category.工业.started"
        );
        assert_eq!(
            category_figure(2, "a.b", "started"),
            "by_category[2].started"
        );
        assert_eq!(one_line("第一行\r\n 第二行\n"), "第一行 第二行");
    }
}
