//! A project of the sheet not yet in the site: its ledger entry, every field
//! checked against the site (categories, levels, departments, plan years).

use std::collections::BTreeMap;

use super::assemble::{unit_id, Input};
use super::header::Field;
use super::rows::{BadCell, Row};
use crate::diagnostics::ImportMessage;
use crate::model::{Plan, Project};

/// The ledger entry of a new project, or `None` with its bad cells (and
/// sheet-level problems in `sheet_level`, said once) when it cannot be made.
pub fn new_project(
    inp: &Input,
    row: &Row,
    id: &str,
    name: &str,
    bad: &mut Vec<BadCell>,
    sheet_level: &mut BTreeMap<&'static str, ImportMessage>,
) -> Option<Project> {
    let site = &inp.ledger.site;
    let cats = site.categories.join(", ");
    let mut ok = true;
    let mut need =
        |field: Field, what: ImportMessage, bad: &mut Vec<BadCell>, key: &'static str| {
            if row.bad_fields.contains(&field) {
                // Already reported as a cell that could not be read.
            } else if inp.has(field) {
                bad.push(inp.bad(
                    Some(row.row),
                    Some(field),
                    ImportMessage::ExpectedFoundEmpty {
                        expected: Box::new(what),
                    },
                ));
            } else {
                sheet_level.insert(
                    key,
                    ImportMessage::ColumnNeeded {
                        what: Box::new(what),
                    },
                );
            }
        };
    let category = match &row.category {
        None => {
            need(
                Field::Category,
                ImportMessage::CategoryOneOf {
                    categories: cats.clone(),
                },
                bad,
                "category",
            );
            ok = false;
            None
        }
        Some(c) => {
            let c = c.trim();
            let plain = c.trim_end_matches("项目").trim_end_matches('类');
            match site.categories.iter().find(|x| *x == c || *x == plain) {
                Some(x) => Some(x.clone()),
                None => {
                    ok = false;
                    bad.push(inp.bad(
                        Some(row.row),
                        Some(Field::Category),
                        ImportMessage::NotACategory {
                            categories: cats.clone(),
                            found: format!("{c:?}"),
                        },
                    ));
                    None
                }
            }
        }
    };
    if row.total.is_none() {
        need(Field::Total, ImportMessage::TotalInWan, bad, "total");
        ok = false;
    }
    if let Some(l) = &row.level {
        if !site.levels.is_empty() && !site.levels.contains(l) {
            ok = false;
            bad.push(inp.bad(
                Some(row.row),
                Some(Field::Level),
                ImportMessage::NotALevel {
                    levels: site.levels.join(", "),
                    found: format!("{l:?}"),
                },
            ));
        }
    }
    if let (Some(u), true) = (&row.unit, inp.units_declared) {
        let units = &inp.ledger.units;
        if unit_id(inp.ledger, u).is_none() {
            ok = false;
            let names: Vec<&str> = units.iter().map(|x| x.name.as_str()).collect();
            let all = units.iter().flat_map(|x| {
                std::iter::once(x.name.as_str()).chain(x.aliases.iter().map(String::as_str))
            });
            let suggestion = crate::diagnostics::nearest(u, all).map(|n| {
                Box::new(ImportMessage::DidYouMeanName {
                    name: format!("{n:?}"),
                })
            });
            bad.push(inp.bad(
                Some(row.row),
                Some(Field::Unit),
                ImportMessage::NotAUnit {
                    found: format!("{u:?}"),
                    suggestion,
                    units: names.join(", "),
                },
            ));
        }
    }
    // 开工时间 after the report month is a planned start.
    let (started, planned) = match (row.started, inp.period) {
        (Some(s), Some(p)) if s > p => (None, row.planned_start.or(Some(s))),
        (s, _) => (s, row.planned_start),
    };
    let mut plans = BTreeMap::new();
    for (year, invest) in &row.plans {
        let Some(y) = year.or(inp.plan_year) else {
            ok = false;
            sheet_level.insert("plan-year", ImportMessage::PlanYearUnknown);
            continue;
        };
        let start = planned.filter(|m| m.year == y);
        plans.insert(
            y,
            Plan {
                invest: *invest,
                kind: row.kind,
                start,
            },
        );
    }
    if !ok {
        return None;
    }
    Some(Project {
        id: id.to_string(),
        name: name.to_string(),
        category: category?,
        total_investment: row.total?,
        plans,
        unit: row.unit.clone(),
        leaders: row.leaders.clone(),
        location: row.location.clone(),
        level: row.level.clone(),
        started,
        signed: row.signed,
        owner: row.owner.clone(),
        description: row.description.clone(),
        tags: Vec::new(),
        records: BTreeMap::new(),
    })
}
