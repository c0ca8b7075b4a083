//! The stage of a project when the sheet has no 项目阶段 column: from the words
//! of its 形象进度, else from its investment this year, else carried from the
//! month before. Every stage found this way is listed for the user.

use crate::model::{Money, Stage};

/// Words of a 形象进度 and the stage they mean, the first that applies wins
/// (未开工 before 开工, 主体完工 is still under construction).
const WORDS: &[(&[&str], Stage)] = &[
    (&["未开工", "尚未开工", "未动工"], Stage::Preliminary),
    (&["停工", "停建", "缓建"], Stage::Suspended),
    (&["竣工", "完工", "建成"], Stage::Completed),
    (&["投产", "运营", "投入使用", "试生产"], Stage::Operating),
    (
        &["开工", "施工", "主体", "安装", "在建", "建设中", "复工"],
        Stage::Construction,
    ),
    (&["前期", "手续", "审批", "立项"], Stage::Preliminary),
];

/// Words before a stage word that make it a plan, not a fact (计划年底投产).
const NOT_YET: &[&str] = &["计划", "预计", "拟", "力争", "争取", "准备", "即将"];

/// Words before 竣工 / 完工 that mean only a part is done (主体完工): still building.
const PART: &[&str] = &["主体", "基础", "部分", "一期", "土建", "结构"];

/// The stage a 形象进度 text states, and the word that says it.
pub fn from_note(note: &str) -> Option<(Stage, &'static str)> {
    let t: String = note.chars().filter(|c| !c.is_whitespace()).collect();
    for (words, stage) in WORDS {
        for w in *words {
            for (at, _) in t.match_indices(w) {
                let before = &t[..at];
                let near: String = {
                    let c: Vec<char> = before.chars().collect();
                    c[c.len().saturating_sub(6)..].iter().collect()
                };
                if NOT_YET.iter().any(|n| near.contains(n)) {
                    continue;
                }
                if *stage == Stage::Completed {
                    if let Some(p) = PART.iter().find(|p| before.ends_with(*p)) {
                        return Some((Stage::Construction, p));
                    }
                }
                return Some((*stage, w));
            }
        }
    }
    None
}

/// How a stage was inferred, for the summary.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Why {
    /// From a word of the 形象进度.
    Note(&'static str),
    /// Investment this year above zero.
    Invested(Money),
    /// Carried from the month before.
    Carried,
}

/// The stage of a row with no stage cell: the 形象进度's words, else 在建 when
/// this year's investment is above zero (a project already 竣工 or 投产 keeps
/// that stage), else the stage carried from the month before.
pub fn infer(note: Option<&str>, ytd: Money, carried: Option<Stage>) -> Option<(Stage, Why)> {
    if let Some((s, w)) = note.and_then(from_note) {
        return Some((s, Why::Note(w)));
    }
    let done = matches!(carried, Some(Stage::Completed | Stage::Operating));
    if ytd > Money::ZERO && !done {
        return Some((Stage::Construction, Why::Invested(ytd)));
    }
    carried.map(|s| (s, Why::Carried))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_of_a_progress_note() {
        let s = |t: &str| from_note(t).map(|(s, _)| s);
        assert_eq!(s("项目已竣工验收"), Some(Stage::Completed));
        assert_eq!(s("主体完工，正在装修"), Some(Stage::Construction));
        assert_eq!(s("已投产运营"), Some(Stage::Operating));
        assert_eq!(s("计划年底投产，正在安装设备"), Some(Stage::Construction));
        assert_eq!(s("未开工，办理手续"), Some(Stage::Preliminary));
        assert_eq!(s("厂房主体施工"), Some(Stage::Construction));
        assert_eq!(s("前期手续已完成，主体施工"), Some(Stage::Construction));
        assert_eq!(s("手续已办结，计划10月开工"), Some(Stage::Preliminary));
        assert_eq!(s("正常推进"), None);
    }

    #[test]
    fn investment_then_the_month_before() {
        let ten = Money::from_wan(10);
        assert_eq!(
            infer(None, ten, Some(Stage::Preliminary)).map(|x| x.0),
            Some(Stage::Construction)
        );
        assert_eq!(
            infer(None, ten, Some(Stage::Completed)).map(|x| x.0),
            Some(Stage::Completed)
        );
        assert_eq!(
            infer(None, Money::ZERO, Some(Stage::Preliminary)).map(|x| x.0),
            Some(Stage::Preliminary)
        );
        assert_eq!(infer(None, Money::ZERO, None), None);
    }
}
