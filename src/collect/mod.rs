//! `tongbao collect`: the month's fill-in workbooks (填报表), one per department
//! (责任单位), that the departments fill and return for `tongbao import`.
//!
//! [`plan`] decides, as a pure function of the ledger and the month, which
//! workbooks there are and which projects each lists with which figures;
//! [`workbook`] turns one into .xlsx bytes; [`file_name`] gives each a safe,
//! unique file name. The command (src/cmd/collect.rs) writes them.
//!
//! # Which projects a workbook lists
//!
//! The projects of the month's plan set (a plan entry for the month's year:
//! those the bulletin counts) whose stage at the previous month is not 竣工 or
//! 投产. A finished project has nothing more to report, and `tongbao new`
//! leaves it out of the month's progress file for the same reason; a 停工
//! project stays, since it is expected to resume. Projects without a plan for
//! the year are left out: they are not in the bulletin's figures.
//!
//! # Which department a project goes to
//!
//! Its `unit` (a unit id after loading). Departments come in units.yaml order
//! (or, without units.yaml, the order of the ids the loader derived); a
//! department with nothing to report gets no workbook. Projects without a unit
//! go to a workbook of their own, [`UNASSIGNED`], for the office to fill or
//! forward: leaving them out would lose them from the month without a word.

pub mod workbook;

use std::collections::HashMap;

use crate::model::{Ledger, Money, Month, Project, Stage};

/// The name of the workbook of projects that have no 责任单位.
pub const UNASSIGNED: &str = "未指定责任单位";

/// One project's row in a department's workbook.
#[derive(Clone, Debug, PartialEq)]
pub struct Row<'a> {
    /// The project.
    pub project: &'a Project,
    /// 年度计划投资 of the month's year, 万元.
    pub plan: Money,
    /// 上月累计完成投资: completed January..previous month of the month's year
    /// (zero in January), 万元.
    pub completed_before: Money,
    /// 上月阶段: the stage carried to the previous month; `None` before the
    /// project's first progress record.
    pub stage: Option<Stage>,
}

/// One department's workbook.
#[derive(Clone, Debug, PartialEq)]
pub struct Sheet<'a> {
    /// The department's unit id; `None` for [`UNASSIGNED`].
    pub unit: Option<&'a str>,
    /// The department's name, as the title prints it.
    pub name: String,
    /// Its projects, by id.
    pub rows: Vec<Row<'a>>,
}

/// Whether `p` is collected for `month`: in the year's plan set and not
/// finished (竣工 / 投产) at the previous month.
pub fn is_collected(p: &Project, month: Month) -> bool {
    p.plans.contains_key(&month.year)
        && !matches!(
            p.stage_at(month.prev()),
            Some(Stage::Completed | Stage::Operating)
        )
}

/// The workbooks of `month`: one per department with projects to report, in
/// the order of the ledger's units, then [`UNASSIGNED`]. Empty when no project
/// is due (no plan for the year, or every planned project finished).
pub fn plan(ledger: &Ledger, month: Month) -> Vec<Sheet<'_>> {
    // 上月累计: the metrics of the previous month, when it is in the same year.
    let before: HashMap<&str, Money> = if month.month > 1 {
        crate::metrics::compute(ledger, month.prev())
            .projects
            .iter()
            .map(|r| (r.id, r.completed))
            .collect()
    } else {
        HashMap::new()
    };
    let mut by_unit: HashMap<Option<&str>, Vec<Row<'_>>> = HashMap::new();
    for p in ledger.projects.iter().filter(|p| is_collected(p, month)) {
        let row = Row {
            project: p,
            plan: p.plans.get(&month.year).map_or(Money::ZERO, |x| x.invest),
            completed_before: before.get(p.id.as_str()).copied().unwrap_or(Money::ZERO),
            stage: p.stage_at(month.prev()),
        };
        by_unit.entry(p.unit.as_deref()).or_default().push(row);
    }
    let mut sheets = Vec::new();
    for u in &ledger.units {
        take(&mut by_unit, Some(u.id.as_str()), &u.name, &mut sheets);
    }
    // A unit not in the ledger's list cannot happen after loading; such projects
    // would still get a workbook (named by the id) rather than be lost.
    let mut rest: Vec<&str> = by_unit.keys().copied().flatten().collect();
    rest.sort_unstable();
    for u in rest {
        take(&mut by_unit, Some(u), u, &mut sheets);
    }
    take(&mut by_unit, None, UNASSIGNED, &mut sheets);
    sheets
}

/// Moves the rows of `unit` out of `by_unit` into a sheet named `name`, sorted by id.
fn take<'a>(
    by_unit: &mut HashMap<Option<&'a str>, Vec<Row<'a>>>,
    unit: Option<&'a str>,
    name: &str,
    sheets: &mut Vec<Sheet<'a>>,
) {
    if let Some(mut rows) = by_unit.remove(&unit) {
        rows.sort_by(|a, b| a.project.id.cmp(&b.project.id));
        sheets.push(Sheet {
            unit,
            name: name.to_string(),
            rows,
        });
    }
}

/// Characters Windows refuses in file names.
const WINDOWS_FORBIDDEN: &[char] = &['<', '>', ':', '"', '/', '\\', '|', '?', '*'];

/// Names Windows reserves for devices, with or without an extension.
const WINDOWS_RESERVED: &[&str] = &[
    "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8",
    "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
];

/// At most this many characters of a department's name go into a file name.
const MAX_NAME_CHARS: usize = 60;

/// A file name for a department's workbook that every system accepts: the
/// name with the characters Windows refuses (and control characters) as `_`,
/// no leading or trailing dots and spaces, not a reserved device name, at most
/// 60 characters, then `.xlsx`.
pub fn safe_stem(name: &str) -> String {
    let clean: String = name
        .chars()
        .map(|c| {
            if c.is_control() || WINDOWS_FORBIDDEN.contains(&c) {
                '_'
            } else {
                c
            }
        })
        .take(MAX_NAME_CHARS)
        .collect();
    let clean = clean.trim_matches(|c: char| c == '.' || c.is_whitespace());
    let reserved = WINDOWS_RESERVED.iter().any(|r| {
        clean
            .split('.')
            .next()
            .unwrap_or("")
            .eq_ignore_ascii_case(r)
    });
    match (clean.is_empty(), reserved) {
        (true, _) => "_".to_string(),
        (false, true) => format!("{clean}_"),
        (false, false) => clean.to_string(),
    }
}

/// The file name of each sheet, in order: [`safe_stem`] of its department's
/// name and `.xlsx`; two names that would be the same file on Windows (equal
/// ignoring case) get the unit id added: `区工信局（gxj）.xlsx`.
pub fn file_names(sheets: &[Sheet<'_>]) -> Vec<String> {
    let stems: Vec<String> = sheets.iter().map(|s| safe_stem(&s.name)).collect();
    let clash = |i: usize| {
        stems
            .iter()
            .enumerate()
            .any(|(j, s)| j != i && s.to_lowercase() == stems[i].to_lowercase())
    };
    stems
        .iter()
        .enumerate()
        .map(|(i, stem)| match (clash(i), sheets[i].unit) {
            (true, Some(id)) => format!("{stem}（{id}）.xlsx"),
            _ => format!("{stem}.xlsx"),
        })
        .collect()
}

#[cfg(test)]
mod tests;
