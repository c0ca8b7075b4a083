//! What a header text names: the usual Chinese headers of a 台账 (项目名称,
//! 总投资, 1-9月累计完成投资, 自开工累计完成投资 …) read as fields.

use super::header::{normalize, Field};
use super::values::year_in;
use crate::diagnostics::ImportMessage;

/// The header without parenthesised parts and trailing colons: `总投资（万元）` → `总投资`.
pub fn core(s: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    for c in s.chars() {
        match c {
            '(' | '（' | '[' | '【' => depth += 1,
            ')' | '）' | ']' | '】' => depth = (depth - 1).max(0),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out.trim_end_matches([':', '：', '*']).to_string()
}

/// The field a header text names, with the year it names (`2021年计划投资`).
pub fn classify(label: &str) -> Option<(Field, Option<i32>)> {
    let n = normalize(label);
    let c = core(&n);
    let has = |w: &[&str]| w.iter().any(|x| c.contains(x));
    let year = year_in(&c);
    let field = match c.as_str() {
        "" => return None,
        "序号" | "序" | "编号序号" => Field::Serial,
        "项目" | "名称" | "项目名" => Field::Name,
        "类别" | "类型" | "分类" => Field::Category,
        "级别" => Field::Level,
        "阶段" | "状态" => Field::Stage,
        "进度" => Field::Note,
        _ if has(&["项目名称", "项目名"]) => Field::Name,
        _ if has(&["编号", "代码", "编码"]) => Field::Id,
        _ if has(&["到位"]) && has(&["累计"]) => Field::FundsCumulative,
        _ if has(&["到位"]) => Field::Funds,
        _ if has(&["开工"]) && has(&["时间", "日期", "年月"]) && has(&["计划", "拟"]) => {
            Field::PlannedStart
        }
        _ if has(&["开工"]) && has(&["时间", "日期", "年月"]) => Field::Started,
        _ if has(&["签约"]) && has(&["时间", "日期", "年月"]) => Field::Signed,
        _ if has(&["总投资"]) => Field::Total,
        _ if has(&["计划"]) && has(&["年", "本年", "全年"]) => Field::Plan,
        _ if has(&["本月", "当月"]) && has(&["完成"]) => Field::Invested,
        _ if has(&SINCE_START) && has(&["完成", "投资"]) => Field::SinceStart,
        _ if has(&["累计"]) && has(&["完成", "投资"]) => Field::Cumulative,
        _ if has(&[
            "年度完成",
            "本年完成",
            "今年完成",
            "今年以来",
            "年初以来",
            "年初至今",
            "本年以来",
        ]) || month_range(&c) && has(&["完成"]) =>
        {
            Field::Cumulative
        }
        _ if has(&[
            "形象进度",
            "进展情况",
            "建设进展",
            "工程进度",
            "项目进展",
            "进度情况",
        ]) =>
        {
            Field::Note
        }
        _ if has(&["阶段", "项目状态", "建设状态"]) => Field::Stage,
        _ if has(&["性质", "新建/续建", "新续建", "新建续建", "新建或续建"]) => {
            Field::Kind
        }
        _ if has(&[
            "责任单位",
            "牵头单位",
            "责任部门",
            "牵头部门",
            "主管单位",
            "主管部门",
        ]) =>
        {
            Field::Unit
        }
        _ if has(&["领导", "管家"]) => Field::Leaders,
        _ if has(&["级别", "层级"]) => Field::Level,
        _ if has(&["建设单位", "业主", "项目单位", "实施单位", "项目法人"]) => {
            Field::Owner
        }
        _ if has(&["建设内容", "建设规模"]) => Field::Description,
        _ if has(&[
            "乡镇",
            "街道",
            "园区",
            "所在地",
            "地点",
            "属地",
            "区域",
            "位置",
        ]) =>
        {
            Field::Location
        }
        _ if has(&["类别", "行业", "产业", "领域"]) => Field::Category,
        _ => return None,
    };
    Some((field, year.filter(|_| field == Field::Plan)))
}

/// Words of a header for the investment since the project began (not this year's).
const SINCE_START: [&str; 9] = [
    "自开工",
    "开工以来",
    "开工至今",
    "开工累计",
    "建设以来",
    "开累",
    "项目累计",
    "历年累计",
    "总累计",
];

/// Whether a cumulative header says it is this year's: it names a year, a
/// range of months (`1-10月`) or this year (本年, 今年, 年度).
pub fn names_this_year(label: &str) -> bool {
    let c = core(&normalize(label));
    year_in(&c).is_some()
        || month_range(&c)
        || ["本年", "今年", "年度", "当年", "年初"]
            .iter()
            .any(|w| c.contains(w))
}

/// Why a header tongbao knows is left out, for columns that must never be read
/// as this month's figures: last month's (`上月累计完成投资`, `上月阶段`, as the
/// workbooks of `tongbao collect` carry them for reference) and problems
/// (`存在问题`), which go into content/problems.yaml by hand. A `--map` entry for
/// the header still wins.
pub fn left_out(label: &str) -> Option<ImportMessage> {
    let c = core(&normalize(label));
    if c.contains("上月") || c.contains("上期") {
        Some(ImportMessage::LastMonthsFigure)
    } else if c.contains("问题") {
        Some(ImportMessage::ProblemsNotImported)
    } else {
        None
    }
}

/// Whether a text names a range of months (`1-9月`, `1至9月`).
fn month_range(c: &str) -> bool {
    let chars: Vec<char> = c.chars().collect();
    chars
        .windows(3)
        .any(|w| w[0].is_ascii_digit() && "-~至到—–".contains(w[1]) && w[2].is_ascii_digit())
        && c.contains('月')
}
