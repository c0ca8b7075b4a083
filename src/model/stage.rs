//! Project stages (阶段), kinds (新建 / 续建) and flags (红绿旗).

use serde::Serialize;

/// A project's stage (阶段) in a month. Ordered 谋划 < 储备 < 签约 < 前期 < 在建 <
/// 竣工 < 投产; 停工 (suspended) is a side state of a project that had started.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Stage {
    /// 谋划: an idea being planned.
    Idea,
    /// 储备: in the reserve pool.
    Reserve,
    /// 签约: contract signed.
    Signed,
    /// 前期: preliminary approvals under way.
    Preliminary,
    /// 在建: under construction.
    Construction,
    /// 停工: had started and stopped.
    Suspended,
    /// 竣工: construction completed.
    Completed,
    /// 投产: in operation.
    Operating,
}

impl Stage {
    /// Every stage, in order (停工 after 在建, where bulletins list it).
    pub const ALL: [Stage; 8] = [
        Stage::Idea,
        Stage::Reserve,
        Stage::Signed,
        Stage::Preliminary,
        Stage::Construction,
        Stage::Suspended,
        Stage::Completed,
        Stage::Operating,
    ];

    /// Reads a stage by its Chinese name (谋划 …) or English name (idea …).
    pub fn parse(text: &str) -> Option<Stage> {
        Some(match text.trim() {
            "谋划" | "idea" => Stage::Idea,
            "储备" | "reserve" => Stage::Reserve,
            "签约" | "signed" => Stage::Signed,
            "前期" | "preliminary" => Stage::Preliminary,
            "在建" | "construction" => Stage::Construction,
            "停工" | "suspended" => Stage::Suspended,
            "竣工" | "completed" => Stage::Completed,
            "投产" | "operating" => Stage::Operating,
            _ => return None,
        })
    }

    /// The Chinese name, as the data and bulletins write it.
    pub fn zh(self) -> &'static str {
        match self {
            Stage::Idea => "谋划",
            Stage::Reserve => "储备",
            Stage::Signed => "签约",
            Stage::Preliminary => "前期",
            Stage::Construction => "在建",
            Stage::Suspended => "停工",
            Stage::Completed => "竣工",
            Stage::Operating => "投产",
        }
    }

    /// The English name accepted in the data.
    pub fn en(self) -> &'static str {
        match self {
            Stage::Idea => "idea",
            Stage::Reserve => "reserve",
            Stage::Signed => "signed",
            Stage::Preliminary => "preliminary",
            Stage::Construction => "construction",
            Stage::Suspended => "suspended",
            Stage::Completed => "completed",
            Stage::Operating => "operating",
        }
    }

    /// Active stages count as started (开工): 在建, 竣工, 投产.
    pub fn is_active(self) -> bool {
        matches!(
            self,
            Stage::Construction | Stage::Completed | Stage::Operating
        )
    }

    /// A promoted project is fulfilled (履约) at 前期 or later, 停工 included.
    pub fn is_fulfilled(self) -> bool {
        self >= Stage::Preliminary
    }

    /// Whether investment is expected in this stage (from 在建 on, 停工 included).
    pub fn may_invest(self) -> bool {
        self >= Stage::Construction
    }

    /// Every accepted name, for error messages.
    pub fn names() -> String {
        let zh: Vec<&str> = Stage::ALL.iter().map(|s| s.zh()).collect();
        let en: Vec<&str> = Stage::ALL.iter().map(|s| s.en()).collect();
        format!("{} (or {})", zh.join(" "), en.join(", "))
    }
}

impl Serialize for Stage {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.zh())
    }
}

/// Whether a project in a plan year is new (新建) or continuing (续建).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// 新建: not started before the plan year.
    New,
    /// 续建: already started before the plan year.
    Continuing,
}

impl Kind {
    /// Both kinds in bulletin order (续建 first, as bulletins list them).
    pub const ALL: [Kind; 2] = [Kind::Continuing, Kind::New];

    /// Reads 新建 / new or 续建 / continuing.
    pub fn parse(text: &str) -> Option<Kind> {
        match text.trim() {
            "新建" | "new" => Some(Kind::New),
            "续建" | "continuing" => Some(Kind::Continuing),
            _ => None,
        }
    }

    /// The Chinese name.
    pub fn zh(self) -> &'static str {
        match self {
            Kind::New => "新建",
            Kind::Continuing => "续建",
        }
    }

    /// The English name.
    pub fn en(self) -> &'static str {
        match self {
            Kind::New => "new",
            Kind::Continuing => "continuing",
        }
    }
}

impl Serialize for Kind {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.zh())
    }
}

/// A project's flag (红绿旗) at a report month.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Flag {
    /// 红旗: well behind schedule, or overdue to start.
    Red,
    /// 黄旗: slightly behind schedule.
    Yellow,
    /// 绿旗: on or ahead of schedule.
    Green,
}

impl Flag {
    /// The English word used in metrics.json (`red`, `yellow`, `green`).
    pub fn key(self) -> &'static str {
        match self {
            Flag::Red => "red",
            Flag::Yellow => "yellow",
            Flag::Green => "green",
        }
    }

    /// The Chinese name (红旗 …).
    pub fn zh(self) -> &'static str {
        match self {
            Flag::Red => "红旗",
            Flag::Yellow => "黄旗",
            Flag::Green => "绿旗",
        }
    }
}

impl Serialize for Flag {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.key())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stages_parse_both_languages_and_order() {
        for s in Stage::ALL {
            assert_eq!(Stage::parse(s.zh()), Some(s));
            assert_eq!(Stage::parse(s.en()), Some(s));
        }
        assert_eq!(Stage::parse("施工"), None);
        assert!(Stage::Idea < Stage::Reserve && Stage::Reserve < Stage::Signed);
        assert!(Stage::Preliminary < Stage::Construction && Stage::Completed < Stage::Operating);
        let active: Vec<Stage> = Stage::ALL.into_iter().filter(|s| s.is_active()).collect();
        assert_eq!(
            active,
            vec![Stage::Construction, Stage::Completed, Stage::Operating]
        );
        assert!(Stage::Suspended.is_fulfilled() && Stage::Preliminary.is_fulfilled());
        assert!(!Stage::Signed.is_fulfilled());
    }

    #[test]
    fn kinds_parse() {
        assert_eq!(Kind::parse("新建"), Some(Kind::New));
        assert_eq!(Kind::parse("continuing"), Some(Kind::Continuing));
        assert_eq!(Kind::parse("改建"), None);
    }
}
