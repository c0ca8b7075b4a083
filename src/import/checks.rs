//! What an import says about figures it does not change: investment above a
//! project's annual plan or total, a sheet whose total or plan differs from the
//! site's, and each stage it inferred.

use super::assemble::{Across, Input};
use super::infer::Why;
use super::rows::Row;
use crate::diagnostics::ImportMessage;
use crate::model::{Money, Project, Stage};

/// Warns when this year's investment `ytd` is above the project's annual plan,
/// its total investment, or the sheet's 自开工累计 (a since-start column read as
/// this year's gives exactly this).
pub fn overrun(
    inp: &Input,
    row: &Row,
    id: &str,
    name: &str,
    old: Option<&Project>,
    ytd: Money,
    across: &mut Across,
) {
    let Some(period) = inp.period else { return };
    let plan = old
        .and_then(|p| p.plans.get(&period.year).map(|p| p.invest))
        .or_else(|| {
            row.plans
                .get(&Some(period.year))
                .or_else(|| row.plans.get(&None))
                .copied()
        });
    let total = old.map(|p| p.total_investment).or(row.total);
    let at = inp.place(row.row);
    if let Some(plan) = plan.filter(|p| *p > Money::ZERO && ytd > *p) {
        across.warnings.push(ImportMessage::AbovePlan {
            place: Box::new(at.clone()),
            id: id.into(),
            name: name.into(),
            ytd: ytd.plain(),
            plan: plan.plain(),
            month: period,
        });
    }
    if let Some(total) = total.filter(|t| *t > Money::ZERO && ytd > *t) {
        across.warnings.push(ImportMessage::AboveTotal {
            place: Box::new(at.clone()),
            id: id.into(),
            name: name.into(),
            ytd: ytd.plain(),
            total: total.plain(),
        });
    }
    if let Some(since) = row.since_start.filter(|s| ytd > *s) {
        across.warnings.push(ImportMessage::AboveSinceStart {
            place: Box::new(at),
            id: id.into(),
            name: name.into(),
            ytd: ytd.plain(),
            since: since.plain(),
        });
    }
}

/// Reports where the sheet's name, total investment or plan of a project of the
/// site differs from the site's; the site's files are left as they are.
pub fn differences(inp: &Input, row: &Row, p: &Project, across: &mut Across) {
    let at = inp.place(row.row);
    let file = || super::matching::project_file(&across.site, &p.id);
    let mut diffs = Vec::new();
    if let Some(n) = row.name.as_deref().filter(|n| *n != p.name) {
        diffs.push(ImportMessage::NameChange {
            from: format!("{:?}", p.name),
            to: format!("{n:?}"),
        });
    }
    if let Some(t) = row.total.filter(|t| *t != p.total_investment) {
        diffs.push(ImportMessage::TotalChange {
            from: p.total_investment.plain(),
            to: t.plain(),
        });
    }
    let unit = row
        .unit
        .as_deref()
        .map(|u| (u, super::assemble::unit_id(inp.ledger, u)));
    if let (Some((text, found)), Some(old)) = (unit, p.unit.as_deref()) {
        if found.as_deref() != Some(old) {
            let old_name = inp.ledger.unit(old).map_or(old, |u| u.name.as_str());
            diffs.push(ImportMessage::UnitChange {
                from: format!("{old_name:?}"),
                to: format!("{text:?}"),
            });
        }
    }
    for (year, amount) in &row.plans {
        let Some(y) = year.or(inp.plan_year) else {
            continue;
        };
        let old = p.plans.get(&y).map(|x| x.invest);
        if old != Some(*amount) {
            let old = old.map_or_else(|| "none".to_string(), Money::plain);
            diffs.push(ImportMessage::PlanChange {
                year: y,
                from: old,
                to: amount.plain(),
            });
        }
    }
    if !diffs.is_empty() {
        let file = file();
        for d in diffs {
            across.warnings.push(ImportMessage::DiffersFromSite {
                place: Box::new(at.clone()),
                id: p.id.clone(),
                file: file.clone(),
                change: Box::new(d),
            });
        }
    }
}

/// One line of the summary of inferred stages.
pub fn inferred_line(inp: &Input, row: usize, name: &str, s: Stage, why: &Why) -> ImportMessage {
    let why = match why {
        Why::Note(w) => ImportMessage::NoteSays {
            note: format!("{w:?}"),
        },
        Why::Invested(m) => ImportMessage::InvestedThisYear { amount: m.plain() },
        Why::Carried => ImportMessage::CarriedOver,
    };
    ImportMessage::InferredStage {
        file: inp.at(),
        row,
        name: name.into(),
        stage: s.zh().into(),
        why: Box::new(why),
    }
}
