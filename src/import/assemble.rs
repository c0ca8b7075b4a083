//! From read rows to the site's data: new projects for the ledger and one month's
//! progress records, checked against the site (categories, levels, departments,
//! projects already there, the investment already reported this year).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::PathBuf;

use super::cumulative::{cumulative_notes, history_complete, month_amount};
use super::header::{Field, Header};
use super::matching::{self, IdMaker};
use super::newproject::new_project;
use super::rows::{BadCell, Row};
use super::{checks, infer};
use crate::content::is_valid_id;
use crate::diagnostics::ImportMessage;
use crate::model::{Ledger, Money, Month, Project, Record, Stage};

/// What the sheet becomes.
#[derive(Debug, Default)]
pub struct Assembled {
    /// Projects not yet in the site, for content/projects/.
    pub projects: Vec<Project>,
    /// Progress records by project id for the report month, in sheet order.
    pub progress: Vec<(String, Record)>,
    /// Things the user should know (how ids were made, how investment was derived).
    pub notes: Vec<ImportMessage>,
    /// Cells that cannot be imported.
    pub bad: Vec<BadCell>,
}

/// What the files of one import share: where each project was met, the ids
/// made, the user's confirmations, and what is said once for all files.
#[derive(Debug)]
pub struct Across {
    /// Project id → where its row is (`台账.xlsx [Sheet1] row 7`).
    pub seen: HashMap<String, ImportMessage>,
    /// Ids for new projects.
    pub ids: IdMaker,
    /// `--match NAME=ID`: a sheet's name that is an existing project.
    pub matched: BTreeMap<String, String>,
    /// `--new NAME`: a sheet's name that is a new project, near names notwithstanding.
    pub new_names: BTreeSet<String>,
    /// New projects and the ids made for them, one line each.
    pub new_ids: Vec<ImportMessage>,
    /// New projects of this import, for near names across files.
    pub made: Vec<Made>,
    /// Stages inferred without a 项目阶段 column, one line each.
    pub inferred: Vec<ImportMessage>,
    /// Figures to look at: investment above plan or total, differences from the site.
    pub warnings: Vec<ImportMessage>,
    /// Ids of the departments that have at least one row.
    pub units_seen: BTreeSet<String>,
    /// The site folder, to name the file of a project in messages.
    pub site: PathBuf,
}

/// A new project made by this import.
#[derive(Debug)]
pub struct Made {
    /// Its name in the sheet.
    pub name: String,
    /// The id made for it.
    pub id: String,
    /// Where its row is.
    pub place: ImportMessage,
    /// The file it came from.
    pub file: String,
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

impl Input<'_> {
    /// A bad cell in `row` (1-based) and the column of `field`, as far as known.
    pub fn bad(&self, row: Option<usize>, field: Option<Field>, problem: ImportMessage) -> BadCell {
        let col = field
            .and_then(|f| self.header.column(f))
            .map(|c| (c.col, c.label.clone()));
        BadCell {
            file: self.file.to_string(),
            sheet: self.sheet.map(str::to_string),
            row,
            col,
            problem: Box::new(problem),
        }
    }

    /// `台账.xlsx [Sheet1] row 7`.
    pub fn place(&self, row: usize) -> ImportMessage {
        ImportMessage::RowOf {
            file: self.at(),
            row,
        }
    }

    /// `台账.xlsx [Sheet1]`, or the file alone for CSV.
    pub fn at(&self) -> String {
        match self.sheet {
            Some(s) => format!("{} [{s}]", self.file),
            None => self.file.to_string(),
        }
    }

    /// Whether the sheet has a column for `f`.
    pub fn has(&self, f: Field) -> bool {
        self.header.column(f).is_some()
    }

    /// The project of the site with this id.
    fn existing(&self, id: &str) -> Option<&Project> {
        self.ledger
            .projects
            .binary_search_by(|p| p.id.as_str().cmp(id))
            .ok()
            .map(|i| &self.ledger.projects[i])
    }
}

/// `XM-2026-001 "滨江路改造" (content/projects/a.yaml)`.
fn project_in(p: &Project, file: String) -> Box<ImportMessage> {
    Box::new(ImportMessage::ProjectIn {
        id: p.id.clone(),
        name: format!("{:?}", p.name),
        file,
    })
}

/// The id of a row's project: its 项目编号, a `--match`, its exact name, or a new
/// id; `Err` when the name is only near a project of the site (unconfirmed).
fn row_id(
    inp: &Input,
    row: &Row,
    name: &str,
    by_name: &HashMap<&str, &str>,
    across: &mut Across,
) -> Result<(String, bool), BadCell> {
    if let Some(id) = row.id.clone().filter(|i| is_valid_id(i)) {
        if inp.existing(&id).is_none() && !across.new_names.contains(name) {
            let other = match by_name.get(name) {
                Some(i) => inp.existing(i),
                None => matching::near(name, &inp.ledger.projects),
            };
            if let Some(p) = other {
                let file = matching::project_file(&across.site, &p.id);
                return Err(inp.bad(
                    Some(row.row),
                    Some(Field::Id),
                    ImportMessage::IdIsNameOf {
                        id,
                        name: format!("{name:?}"),
                        project: project_in(p, file),
                        project_id: p.id.clone(),
                        new_name: name.to_string(),
                    },
                ));
            }
        }
        return Ok((id, true));
    }
    if let Some(id) = across.matched.get(name) {
        if inp.existing(id).is_none() {
            return Err(inp.bad(
                Some(row.row),
                Some(Field::Name),
                ImportMessage::MatchNotAProject {
                    name: format!("{name:?}"),
                    id: id.clone(),
                },
            ));
        }
        return Ok((id.clone(), false));
    }
    if let Some(id) = by_name.get(name) {
        return Ok(((*id).to_string(), false));
    }
    if !across.new_names.contains(name) {
        if let Some(p) = matching::near(name, &inp.ledger.projects) {
            let file = matching::project_file(&across.site, &p.id);
            return Err(inp.bad(
                Some(row.row),
                Some(Field::Name),
                ImportMessage::NearProject {
                    name: format!("{name:?}"),
                    project: project_in(p, file),
                    project_id: p.id.clone(),
                    new_name: name.to_string(),
                },
            ));
        }
    }
    if !across.new_names.contains(name) {
        // Rows of one file are different projects; a near name in another
        // file is likely the same project claimed twice.
        let other_files: Vec<&Made> = across.made.iter().filter(|m| m.file != inp.file).collect();
        let names = other_files.iter().map(|m| m.name.as_str());
        if let Some(i) = matching::nearest_index(name, names) {
            let Made {
                name: other,
                id,
                place,
                ..
            } = other_files[i];
            return Err(inp.bad(
                Some(row.row),
                Some(Field::Name),
                ImportMessage::NearNewProject {
                    name: format!("{name:?}"),
                    other: format!("{other:?}"),
                    place: Box::new(place.clone()),
                    id: id.clone(),
                    new_name: name.to_string(),
                },
            ));
        }
    }
    let ledger = inp.ledger;
    let seen = &across.seen;
    let id = across.ids.make(|id| {
        seen.contains_key(id)
            || ledger
                .projects
                .binary_search_by(|p| p.id.as_str().cmp(id))
                .is_ok()
    });
    across.new_ids.push(ImportMessage::NewId {
        place: Box::new(inp.place(row.row)),
        name: name.to_string(),
        id: id.clone(),
    });
    across.made.push(Made {
        name: name.to_string(),
        id: id.clone(),
        place: inp.place(row.row),
        file: inp.file.to_string(),
    });
    Ok((id, false))
}

/// Checks the rows against the site and builds projects and progress.
pub fn assemble(inp: &Input, rows: &[Row], across: &mut Across) -> Assembled {
    let mut out = Assembled::default();
    let by_name: HashMap<&str, &str> = inp
        .ledger
        .projects
        .iter()
        .map(|p| (p.name.as_str(), p.id.as_str()))
        .collect();
    let progress = inp
        .period
        .filter(|_| inp.header.columns.iter().any(|c| c.field.is_progress()));
    let (mut bad_ids, mut known, mut no_stage) = (0, 0, Vec::new());
    let mut missing_sheet_level: BTreeMap<&str, ImportMessage> = BTreeMap::new();
    for row in rows {
        let Some(name) = row.name.clone() else {
            out.bad
                .push(inp.bad(Some(row.row), Some(Field::Name), ImportMessage::NameEmpty));
            continue;
        };
        bad_ids += usize::from(row.id.as_ref().is_some_and(|i| !is_valid_id(i)));
        let (id, from_cell) = match row_id(inp, row, &name, &by_name, across) {
            Ok(x) => x,
            Err(b) => {
                out.bad.push(b);
                continue;
            }
        };
        if let Some(first) = across.seen.get(&id) {
            let field = if from_cell { Field::Id } else { Field::Name };
            out.bad.push(inp.bad(
                Some(row.row),
                Some(field),
                ImportMessage::ReportedTwice {
                    id: id.clone(),
                    name: name.clone(),
                    first: Box::new(first.clone()),
                },
            ));
            continue;
        }
        across.seen.insert(id.clone(), inp.place(row.row));
        let old = inp.existing(&id);
        if let Some(u) = old.and_then(|p| p.unit.clone()) {
            across.units_seen.insert(u);
        }
        if let Some(u) = row.unit.as_deref().and_then(|u| unit_id(inp.ledger, u)) {
            across.units_seen.insert(u);
        }
        if let Some(p) = old {
            known += 1;
            checks::differences(inp, row, p, across);
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
        // A row whose investment cells are empty reads as 0, as offices
        // leave them for "nothing this month"; but a department that forgot
        // a row must not pass unseen: every such row is named.
        if row.invested.is_none()
            && row.cumulative.is_none()
            && (inp.has(Field::Invested) || inp.has(Field::Cumulative))
        {
            across.warnings.push(ImportMessage::NoInvestment {
                place: Box::new(inp.place(row.row)),
                id: id.clone(),
                name: name.clone(),
            });
        }
        let ytd = prior(|r| r.invested) + invested;
        checks::overrun(inp, row, &id, &name, old, ytd, across);
        let carried = history
            .and_then(|h| h.range(..period).next_back())
            .map(|(_, r)| r.stage);
        let stage = match row.stage {
            Some(s) => Some(s),
            None if !inp.has(Field::Stage) => {
                let found = infer::infer(row.note.as_deref(), ytd, carried);
                if let Some((s, why)) = &found {
                    across
                        .inferred
                        .push(checks::inferred_line(inp, row.row, &name, *s, why));
                }
                found.map(|(s, _)| s).or_else(|| {
                    row.started
                        .filter(|s| *s <= period)
                        .map(|_| Stage::Construction)
                })
            }
            None => carried,
        };
        let Some(stage) = stage else {
            if row.bad_fields.contains(&Field::Stage) {
                // Already reported.
            } else if inp.has(Field::Stage) {
                out.bad.push(inp.bad(
                    Some(row.row),
                    Some(Field::Stage),
                    ImportMessage::ExpectedFoundEmpty {
                        expected: Box::new(ImportMessage::StageOf {
                            stages: STAGES.into(),
                        }),
                    },
                ));
            } else {
                no_stage.push(row.row);
            }
            continue;
        };
        // A record the month already has keeps its photos, and its note and
        // funds when the sheet has no column for them.
        let before = history.and_then(|h| h.get(&period));
        let has_funds = inp.has(Field::Funds) || inp.has(Field::FundsCumulative);
        out.progress.push((
            id,
            Record {
                stage,
                invested,
                funds: match before {
                    Some(b) if !has_funds => b.funds,
                    _ => funds,
                },
                note: match before {
                    Some(b) if !inp.has(Field::Note) => b.note.clone(),
                    _ => row.note.clone(),
                },
                photos: before.map(|b| b.photos.clone()).unwrap_or_default(),
            },
        ));
    }
    for (_, problem) in missing_sheet_level {
        out.bad.push(inp.bad(None, None, problem));
    }
    if !no_stage.is_empty() {
        let rows: Vec<String> = no_stage.iter().map(usize::to_string).collect();
        out.bad.push(inp.bad(
            None,
            None,
            ImportMessage::NoStageColumn {
                rows: rows.join(", "),
                stages: STAGES.into(),
            },
        ));
    }
    if bad_ids > 0 {
        out.notes.push(ImportMessage::IdsNotAscii { n: bad_ids });
    }
    if known > 0 {
        out.notes.push(ImportMessage::AlreadyInSite { n: known });
    }
    if let Some(p) = progress {
        cumulative_notes(inp, p, rows, &mut out.notes);
    }
    out
}

/// The id of the department a text names (its id, name or an alias).
pub fn unit_id(ledger: &Ledger, text: &str) -> Option<String> {
    let t = text.trim();
    ledger
        .units
        .iter()
        .find(|u| u.id == t || u.name == t || u.aliases.iter().any(|a| a == t))
        .map(|u| u.id.clone())
}

/// The stages as a list for messages.
pub const STAGES: &str = "谋划, 储备, 签约, 前期, 在建, 停工, 竣工, 投产";
