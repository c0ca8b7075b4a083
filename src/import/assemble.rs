//! From read rows to the site's data: new projects for the ledger and one month's
//! progress records, checked against the site (categories, levels, departments,
//! projects already there, the investment already reported this year).

use std::collections::{BTreeMap, HashMap};

use super::cumulative::{cumulative_notes, history_complete, month_amount};
use super::header::{Field, Header};
use super::rows::{BadCell, Row};
use crate::content::is_valid_id;
use crate::model::{Ledger, Money, Month, Plan, Project, Record, Stage};

/// What the sheet becomes.
#[derive(Debug, Default)]
pub struct Assembled {
    /// Projects not yet in the site, for content/projects/.
    pub projects: Vec<Project>,
    /// Progress records by project id for the report month, in sheet order.
    pub progress: Vec<(String, Record)>,
    /// Things the user should know (how ids were made, how investment was derived).
    pub notes: Vec<String>,
    /// Cells that cannot be imported.
    pub bad: Vec<BadCell>,
}

/// Where the sheet stands: its file, sheet, header, and the site it goes into.
pub struct Input<'a> {
    /// File name for messages.
    pub file: &'a str,
    /// Sheet name (`None` for CSV).
    pub sheet: Option<&'a str>,
    /// The header.
    pub header: &'a Header,
    /// The site as loaded.
    pub ledger: &'a Ledger,
    /// Whether the site declares its departments in units.yaml.
    pub units_declared: bool,
    /// The report month, when known.
    pub period: Option<Month>,
    /// The year of plan columns whose header names none.
    pub plan_year: Option<i32>,
}

/// A stable id for a project without a usable 项目编号: `XM-` and a hash of its name.
pub fn derive_project_id(name: &str) -> String {
    let mut h: u32 = 0x811c_9dc5;
    for b in name.trim().as_bytes() {
        h ^= u32::from(*b);
        h = h.wrapping_mul(0x0100_0193);
    }
    format!("XM-{h:08x}")
}

impl Input<'_> {
    /// A bad cell in `row` (1-based) and the column of `field`, as far as known.
    pub fn bad(&self, row: Option<usize>, field: Option<Field>, problem: String) -> BadCell {
        let col = field
            .and_then(|f| self.header.column(f))
            .map(|c| (c.col, c.label.clone()));
        BadCell {
            file: self.file.to_string(),
            sheet: self.sheet.map(str::to_string),
            row,
            col,
            problem,
        }
    }

    fn has(&self, f: Field) -> bool {
        self.header.column(f).is_some()
    }
}

/// Checks the rows against the site and builds projects and progress.
pub fn assemble(inp: &Input, rows: &[Row]) -> Assembled {
    let mut out = Assembled::default();
    let by_name: HashMap<&str, &str> = inp
        .ledger
        .projects
        .iter()
        .map(|p| (p.name.as_str(), p.id.as_str()))
        .collect();
    let existing = |id: &str| {
        inp.ledger
            .projects
            .binary_search_by(|p| p.id.as_str().cmp(id))
            .ok()
            .map(|i| &inp.ledger.projects[i])
    };
    let progress = inp
        .period
        .filter(|_| inp.header.columns.iter().any(|c| c.field.is_progress()));
    let mut seen: HashMap<String, usize> = HashMap::new();
    let (mut derived, mut bad_ids, mut known, mut no_stage) = (0, 0, 0, Vec::new());
    let mut missing_sheet_level: BTreeMap<&str, String> = BTreeMap::new();
    for row in rows {
        let Some(name) = row.name.clone() else {
            out.bad.push(inp.bad(
                Some(row.row),
                Some(Field::Name),
                "expected the project's name, found an empty cell".into(),
            ));
            continue;
        };
        let given = row.id.clone().filter(|i| is_valid_id(i));
        bad_ids += usize::from(row.id.is_some() && given.is_none());
        let from_cell = given.is_some();
        let id = match given {
            Some(id) => id,
            None => match by_name.get(name.as_str()) {
                Some(id) => id.to_string(),
                None => {
                    derived += 1;
                    derive_project_id(&name)
                }
            },
        };
        if let Some(first) = seen.get(&id) {
            let (field, what) = if from_cell {
                (Field::Id, format!("a 项目编号 of its own, found {id:?}"))
            } else {
                (
                    Field::Name,
                    format!("a project name of its own, found {name:?}"),
                )
            };
            out.bad.push(inp.bad(
                Some(row.row),
                Some(field),
                format!("expected {what}, which row {first} already has"),
            ));
            continue;
        }
        seen.insert(id.clone(), row.row);
        let old = existing(&id);
        if old.is_some() {
            known += 1;
        } else if let Some(p) =
            new_project(inp, row, &id, &name, &mut out.bad, &mut missing_sheet_level)
        {
            out.projects.push(p);
        }
        let Some(period) = progress else { continue };
        let history = old.map(|p| &p.records);
        let prior = |f: fn(&Record) -> Money| -> Money {
            history.map_or(Money::ZERO, |h| {
                h.range(period.january()..period).map(|(_, r)| f(r)).sum()
            })
        };
        let stage = row
            .stage
            .or_else(|| {
                history
                    .and_then(|h| h.range(..period).next_back())
                    .map(|(_, r)| r.stage)
            })
            .or_else(|| {
                row.started
                    .filter(|s| *s <= period)
                    .map(|_| Stage::Construction)
            });
        let Some(stage) = stage else {
            if row.bad_fields.contains(&Field::Stage) {
                // Already reported.
            } else if inp.has(Field::Stage) {
                out.bad.push(inp.bad(
                    Some(row.row),
                    Some(Field::Stage),
                    format!("expected a stage ({STAGES}), found an empty cell"),
                ));
            } else {
                no_stage.push(row.row);
            }
            continue;
        };
        let complete = history_complete(inp.ledger, period);
        let invested = month_amount(
            inp,
            row.row,
            row.invested,
            row.cumulative,
            prior(|r| r.invested),
            Field::Cumulative,
            complete,
            &mut out,
        );
        let funds = month_amount(
            inp,
            row.row,
            row.funds,
            row.funds_cumulative,
            prior(|r| r.funds),
            Field::FundsCumulative,
            complete,
            &mut out,
        );
        out.progress.push((
            id,
            Record {
                stage,
                invested,
                funds,
                note: row.note.clone(),
                photos: Vec::new(),
            },
        ));
    }
    for (_, problem) in missing_sheet_level {
        out.bad.push(inp.bad(None, None, problem));
    }
    if !no_stage.is_empty() {
        let rows: Vec<String> = no_stage.iter().map(usize::to_string).collect();
        out.bad.push(inp.bad(None, None, format!(
            "expected a 项目阶段 column: rows {} have no stage, no earlier progress in the site and no 开工时间; add a column 项目阶段 ({STAGES})",
            rows.join(", ")
        )));
    }
    if derived > 0 {
        out.notes.push(format!(
            "{derived} project(s) without a usable 项目编号 got ids made from their names (XM-…); the same name gives the same id next month"
        ));
    }
    if bad_ids > 0 {
        out.notes.push(format!(
            "{bad_ids} 项目编号 value(s) are not ASCII letters, digits, - and _; those projects are identified by name instead"
        ));
    }
    if known > 0 {
        out.notes.push(format!(
            "{known} project(s) are already in the site: their ledger entries are left as they are"
        ));
    }
    if let Some(p) = progress {
        cumulative_notes(inp, p, rows, &mut out.notes);
    }
    out
}

/// The stages as a list for messages.
pub const STAGES: &str = "谋划, 储备, 签约, 前期, 在建, 停工, 竣工, 投产";

fn new_project(
    inp: &Input,
    row: &Row,
    id: &str,
    name: &str,
    bad: &mut Vec<BadCell>,
    sheet_level: &mut BTreeMap<&'static str, String>,
) -> Option<Project> {
    let site = &inp.ledger.site;
    let cats = site.categories.join(", ");
    let mut ok = true;
    let mut need = |field: Field, what: &str, bad: &mut Vec<BadCell>, key: &'static str| {
        if row.bad_fields.contains(&field) {
            // Already reported as a cell that could not be read.
        } else if inp.has(field) {
            bad.push(inp.bad(
                Some(row.row),
                Some(field),
                format!("expected {what}, found an empty cell"),
            ));
        } else {
            sheet_level.insert(
                key,
                format!("expected a column for {what}: projects not yet in the site need it"),
            );
        }
    };
    let category = match &row.category {
        None => {
            need(
                Field::Category,
                &format!("the 产业类别 (one of {cats})"),
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
                        format!("expected one of the site's categories ({cats}), found {c:?}"),
                    ));
                    None
                }
            }
        }
    };
    if row.total.is_none() {
        need(Field::Total, "the 总投资 in 万元", bad, "total");
        ok = false;
    }
    if let Some(l) = &row.level {
        if !site.levels.is_empty() && !site.levels.contains(l) {
            ok = false;
            bad.push(inp.bad(
                Some(row.row),
                Some(Field::Level),
                format!(
                    "expected one of the site's levels ({}), found {l:?}",
                    site.levels.join(", ")
                ),
            ));
        }
    }
    if let (Some(u), true) = (&row.unit, inp.units_declared) {
        let units = &inp.ledger.units;
        if !units.iter().any(|x| &x.id == u || &x.name == u) {
            ok = false;
            let names: Vec<&str> = units.iter().map(|x| x.name.as_str()).collect();
            bad.push(inp.bad(
                Some(row.row),
                Some(Field::Unit),
                format!(
                    "expected a department of units.yaml ({}), found {u:?}",
                    names.join(", ")
                ),
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
            sheet_level.insert("plan-year", "expected the year of the annual plan: name the column like 2021年计划投资, put the month in the title (2021年9月), or pass --period".into());
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
