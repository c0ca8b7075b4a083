//! The data rows under a header: which rows are projects (not blank, total or
//! section-title rows), and each cell read into its field, bad cells collected.

use std::collections::BTreeMap;
use std::fmt;

use super::grid::{column_letter, Grid, Value};
use super::header::{Field, Header};
use super::values::{self, is_blank};
use crate::diagnostics::ImportMessage;
use crate::model::{Date, Kind, Money, Month, Stage};

/// A cell (or a whole column, or the sheet) that cannot be imported, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BadCell {
    /// File name, as given.
    pub file: String,
    /// Sheet name; `None` for CSV.
    pub sheet: Option<String>,
    /// 1-based row, when the problem is in a row.
    pub row: Option<usize>,
    /// 0-based column and its header, when the problem is in a column.
    pub col: Option<(usize, String)>,
    /// What is wrong: `expected …, found "…"`.
    pub problem: Box<ImportMessage>,
}

impl BadCell {
    /// `台账.xlsx [Sheet1] row 7, column E (总投资): expected an amount in 万元, found "待定"`.
    pub fn message(&self) -> ImportMessage {
        let problem = self.problem.clone();
        let file = self.file.clone();
        let at = match &self.sheet {
            Some(s) => format!("{file} [{s}]"),
            None => file.clone(),
        };
        match (self.row, &self.col) {
            (Some(row), Some((c, h))) => ImportMessage::CellAt {
                file: at,
                row,
                column: column_letter(*c),
                header: h.clone(),
                problem,
            },
            (Some(row), None) => ImportMessage::RowAt {
                file: at,
                row,
                problem,
            },
            (None, Some((c, h))) => ImportMessage::ColumnAt {
                file: at,
                column: column_letter(*c),
                header: h.clone(),
                problem,
            },
            (None, None) => match &self.sheet {
                Some(sheet) => ImportMessage::SheetAt {
                    file,
                    sheet: sheet.clone(),
                    problem,
                },
                None => ImportMessage::FileAt { file, problem },
            },
        }
    }
}

impl fmt::Display for BadCell {
    /// The message in English.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.message())
    }
}

/// `expected …, found "待定"` or `expected …, found an empty cell`.
pub fn expected_found(expected: ImportMessage, v: &Value) -> ImportMessage {
    let expected = Box::new(expected);
    if v.is_empty() {
        ImportMessage::ExpectedFoundEmpty { expected }
    } else {
        ImportMessage::ExpectedFound {
            expected,
            found: format!("{:?}", v.text()),
        }
    }
}

/// One project row, read.
#[derive(Clone, Debug, Default)]
pub struct Row {
    /// 1-based sheet row.
    pub row: usize,
    /// 项目编号 as written.
    pub id: Option<String>,
    /// 项目名称.
    pub name: Option<String>,
    /// 产业类别 as written (or from the section title above the row).
    pub category: Option<String>,
    /// 总投资.
    pub total: Option<Money>,
    /// 年度计划 by the column's year (`None`: the report year).
    pub plans: BTreeMap<Option<i32>, Money>,
    /// 本月完成投资.
    pub invested: Option<Money>,
    /// 累计完成投资.
    pub cumulative: Option<Money>,
    /// 自开工累计完成投资 (since the project began), for checking only.
    pub since_start: Option<Money>,
    /// 本月到位资金.
    pub funds: Option<Money>,
    /// 累计到位资金.
    pub funds_cumulative: Option<Money>,
    /// 责任单位.
    pub unit: Option<String>,
    /// 包保领导.
    pub leaders: Vec<String>,
    /// 乡镇园区.
    pub location: Option<String>,
    /// 项目级别.
    pub level: Option<String>,
    /// 开工时间 (month).
    pub started: Option<Month>,
    /// 计划开工时间.
    pub planned_start: Option<Month>,
    /// 签约时间 (the 1st when only a month is written).
    pub signed: Option<Date>,
    /// 形象进度.
    pub note: Option<String>,
    /// 项目阶段.
    pub stage: Option<Stage>,
    /// 新建 / 续建.
    pub kind: Option<Kind>,
    /// 建设单位.
    pub owner: Option<String>,
    /// 建设内容.
    pub description: Option<String>,
    /// Fields whose cell could not be read (already reported).
    pub bad_fields: Vec<Field>,
}

/// What reading the rows gave.
#[derive(Debug, Default)]
pub struct Rows {
    /// Project rows.
    pub rows: Vec<Row>,
    /// Rows left out: (1-based row, why).
    pub skipped: Vec<(usize, ImportMessage)>,
    /// Cells that could not be read.
    pub bad: Vec<BadCell>,
}

/// Fields whose presence makes a row a project row (a row with only a name is
/// taken for a section title such as 一、工业项目).
const DATA_FIELDS: [Field; 9] = [
    Field::Id,
    Field::Category,
    Field::Total,
    Field::Plan,
    Field::Invested,
    Field::Cumulative,
    Field::Unit,
    Field::Stage,
    Field::Leaders,
];

/// Reads the rows under `header`. `categories` are the site's, used to take a
/// section title's category (`一、工业项目`) for the rows under it.
pub fn read(grid: &Grid, header: &Header, file: &str, categories: &[String]) -> Rows {
    let mut out = Rows::default();
    let mut section: Option<String> = None;
    for r in header.last + 1..grid.rows.len() {
        let cells: Vec<&Value> = grid.rows[r].iter().filter(|v| !v.is_empty()).collect();
        if cells.is_empty() {
            continue;
        }
        let is_total = [Field::Name, Field::Id]
            .iter()
            .filter_map(|f| header.column(*f))
            .map(|c| grid.get(r, c.col).text())
            .chain(grid.rows[r].first().map(Value::text))
            .any(|t| {
                ["合计", "总计", "小计"]
                    .iter()
                    .any(|w| t.replace(' ', "").starts_with(w))
            });
        let first_text = cells[0].text();
        let one_text = cells.iter().all(|v| v.text() == first_text);
        let has_data = header
            .columns
            .iter()
            .any(|c| DATA_FIELDS.contains(&c.field) && !is_blank(grid.get(r, c.col)));
        if is_total || one_text || !has_data {
            let text: Vec<String> = cells.iter().map(|v| v.text()).collect();
            let text = text.join(" ");
            if !is_total {
                if let Some(c) = category_in(&text, categories) {
                    section = Some(c);
                }
            }
            let text = clip(&text);
            let why = if is_total {
                ImportMessage::TotalRow { text }
            } else {
                ImportMessage::NoFigures { text }
            };
            out.skipped.push((r + 1, why));
            continue;
        }
        let mut row = read_row(grid, header, r, file, &mut out.bad);
        if row.category.is_none() && header.column(Field::Category).is_none() {
            row.category = section.clone();
        }
        out.rows.push(row);
    }
    out
}

/// The longest site category named in a section title.
fn category_in(text: &str, categories: &[String]) -> Option<String> {
    categories
        .iter()
        .filter(|c| text.contains(c.as_str()))
        .max_by_key(|c| c.chars().count())
        .cloned()
}

fn clip(s: &str) -> String {
    let mut out: String = s.chars().take(30).collect();
    if s.chars().count() > 30 {
        out.push('…');
    }
    out
}

fn read_row(grid: &Grid, header: &Header, r: usize, file: &str, bad: &mut Vec<BadCell>) -> Row {
    let mut row = Row {
        row: r + 1,
        ..Row::default()
    };
    for col in &header.columns {
        let v = grid.get(r, col.col);
        let mut fail = |expected: ImportMessage| {
            row.bad_fields.push(col.field);
            bad.push(BadCell {
                file: file.to_string(),
                sheet: grid.sheet.clone(),
                row: Some(r + 1),
                col: Some((col.col, col.label.clone())),
                problem: Box::new(expected_found(expected, v)),
            });
        };
        let text = (!is_blank(v)).then(|| v.text());
        let amount = || values::amount(v, col.scale);
        match col.field {
            Field::Id => row.id = text,
            Field::Name => row.name = text,
            Field::Category => row.category = text,
            Field::Unit => row.unit = text,
            Field::Location => row.location = text,
            Field::Level => row.level = text,
            Field::Note => row.note = text,
            Field::Owner => row.owner = text,
            Field::Description => row.description = text,
            Field::Leaders => row.leaders = text.map(|t| values::leaders(&t)).unwrap_or_default(),
            f if f.is_amount() => match amount() {
                Err(e) => fail(e),
                Ok(None) => {}
                Ok(Some(m)) => match col.field {
                    Field::Total => row.total = Some(m),
                    Field::Plan => {
                        row.plans.insert(col.year, m);
                    }
                    Field::Invested => row.invested = Some(m),
                    Field::Cumulative => row.cumulative = Some(m),
                    Field::SinceStart => row.since_start = Some(m),
                    Field::Funds => row.funds = Some(m),
                    _ => row.funds_cumulative = Some(m),
                },
            },
            Field::Started | Field::PlannedStart | Field::Signed => match values::date_parts(v) {
                Err(e) => fail(e),
                Ok(None) => {}
                Ok(Some((y, m, d))) => {
                    let month = Month { year: y, month: m };
                    match col.field {
                        Field::Started => row.started = Some(month),
                        Field::PlannedStart => row.planned_start = Some(month),
                        _ => row.signed = Date::new(y, m, d.unwrap_or(1)),
                    }
                }
            },
            Field::Stage => {
                if let Some(t) = text {
                    match values::stage(&t) {
                        Some(s) => row.stage = Some(s),
                        None => fail(ImportMessage::StageOrWords {
                            stages: super::assemble::STAGES.into(),
                        }),
                    }
                }
            }
            Field::Kind => {
                if let Some(t) = text {
                    match values::kind(&t) {
                        Some(k) => row.kind = Some(k),
                        None => fail(ImportMessage::KindExpected),
                    }
                }
            }
            // 序号, left-out columns; amounts are read above.
            _ => {}
        }
    }
    row
}
