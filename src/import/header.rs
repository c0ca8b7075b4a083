//! Finding the header of a ledger sheet and what each column holds: the usual
//! Chinese headers (项目名称, 总投资, 1-9月累计完成投资 …), a header of two rows
//! (投资情况 over 年度计划 / 本月完成 / 累计完成), and a user's own map.

pub use super::classify::{classify, names_this_year};
use super::classify::{core, left_out};
use super::grid::{Grid, Value};
pub use super::map::HeaderMap;
use super::values::Scale;
use crate::diagnostics::ImportMessage;

/// What a column of a ledger holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    /// 项目编号: the project's id.
    Id,
    /// 序号: a row number, not kept (it changes from month to month).
    Serial,
    /// 项目名称.
    Name,
    /// 产业类别 / 行业.
    Category,
    /// 总投资 / 计划总投资.
    Total,
    /// 年度计划投资 (of the header's year, else the report year).
    Plan,
    /// 本月完成投资.
    Invested,
    /// 累计完成投资 (this year's, January to the report month).
    Cumulative,
    /// 自开工累计完成投资 (since the project began): never this year's figure;
    /// read only to check this year's against it.
    SinceStart,
    /// 本月到位资金.
    Funds,
    /// 累计到位资金.
    FundsCumulative,
    /// 责任单位.
    Unit,
    /// 包保领导 / 项目管家.
    Leaders,
    /// 乡镇 / 园区 / 所在地.
    Location,
    /// 项目级别.
    Level,
    /// 开工时间.
    Started,
    /// 计划开工时间.
    PlannedStart,
    /// 签约时间.
    Signed,
    /// 形象进度.
    Note,
    /// 项目阶段 / 建设阶段.
    Stage,
    /// 建设性质: 新建 / 续建.
    Kind,
    /// 建设单位.
    Owner,
    /// 建设内容.
    Description,
    /// A column the user's map says to leave out.
    Ignore,
}

/// Every field with the name a `--map` file uses for it.
pub const FIELD_NAMES: &[(&str, Field)] = &[
    ("id", Field::Id),
    ("name", Field::Name),
    ("category", Field::Category),
    ("total_investment", Field::Total),
    ("plan", Field::Plan),
    ("invested", Field::Invested),
    ("cumulative", Field::Cumulative),
    ("since_start", Field::SinceStart),
    ("funds", Field::Funds),
    ("funds_cumulative", Field::FundsCumulative),
    ("unit", Field::Unit),
    ("leaders", Field::Leaders),
    ("location", Field::Location),
    ("level", Field::Level),
    ("started", Field::Started),
    ("planned_start", Field::PlannedStart),
    ("signed", Field::Signed),
    ("note", Field::Note),
    ("stage", Field::Stage),
    ("kind", Field::Kind),
    ("owner", Field::Owner),
    ("description", Field::Description),
    ("ignore", Field::Ignore),
];

impl Field {
    /// The field's name in a `--map` file and in messages.
    pub fn key(self) -> &'static str {
        match self {
            Field::Serial => "serial",
            f => FIELD_NAMES
                .iter()
                .find(|(_, x)| *x == f)
                .map_or("?", |(n, _)| n),
        }
    }

    /// Whether the field holds an amount of money (万元, or the column's unit).
    pub fn is_amount(self) -> bool {
        matches!(
            self,
            Field::Total
                | Field::Plan
                | Field::Invested
                | Field::Cumulative
                | Field::SinceStart
                | Field::Funds
                | Field::FundsCumulative
        )
    }

    /// Whether the field belongs to a month's progress rather than the ledger.
    pub fn is_progress(self) -> bool {
        matches!(
            self,
            Field::Invested
                | Field::Cumulative
                | Field::Funds
                | Field::FundsCumulative
                | Field::Note
                | Field::Stage
        )
    }
}

/// A header cell without spaces and line breaks.
pub fn normalize(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{3000}')
        .collect()
}

/// One column of the header.
#[derive(Clone, Debug, PartialEq)]
pub struct Column {
    /// 0-based column.
    pub col: usize,
    /// The header as printed (`投资情况/累计完成`).
    pub label: String,
    /// What it holds.
    pub field: Field,
    /// The year of a plan column, when its header names one.
    pub year: Option<i32>,
    /// The unit of its amounts.
    pub scale: Scale,
}

/// The header found in a sheet.
#[derive(Clone, Debug)]
pub struct Header {
    /// 0-based first header row.
    pub first: usize,
    /// 0-based last header row (first + 1 for a two-row header).
    pub last: usize,
    /// Columns tongbao reads.
    pub columns: Vec<Column>,
    /// Columns left out: (0-based column, header, why).
    pub ignored: Vec<(usize, String, ImportMessage)>,
    /// Columns that could each be this year's 累计完成投资, none preferred:
    /// (0-based column, header). Import stops and asks for a `--map`.
    pub ambiguous: Vec<(usize, String)>,
}

impl Header {
    /// The column of a field (the first one).
    pub fn column(&self, f: Field) -> Option<&Column> {
        self.columns.iter().find(|c| c.field == f)
    }
}

/// How many rows from the top are searched for the header.
const SEARCH_ROWS: usize = 20;

/// Finds the header: the row (or pair of rows) among the first 20 whose cells
/// name the most fields, one of them 项目名称. `default_scale` is the unit a
/// title row names (`单位：亿元`), used where a header names none.
pub fn find(grid: &Grid, map: &HeaderMap, default_scale: Scale) -> Option<Header> {
    // The most fields wins; on a tie, one header row over two, then the first.
    let mut best: Option<((usize, bool), Header)> = None;
    for r in 0..grid.rows.len().min(SEARCH_ROWS) {
        let mut candidates = vec![build(grid, r, false, map, default_scale)];
        if two_row_possible(grid, r) {
            candidates.push(build(grid, r, true, map, default_scale));
        }
        for h in candidates {
            let score = h
                .columns
                .iter()
                .filter(|c| c.field != Field::Ignore)
                .count();
            let key = (score, h.first == h.last);
            let named = h.column(Field::Name).is_some();
            if named && score >= 2 && best.as_ref().is_none_or(|(k, _)| key > *k) {
                best = Some((key, h));
            }
        }
    }
    best.map(|(_, h)| h)
}

/// Rows r and r+1 may be a two-row header: row r has at least two different
/// labels (a title merged across the sheet has one), and row r+1 has text and
/// no numbers or dates.
fn two_row_possible(grid: &Grid, r: usize) -> bool {
    let (Some(top), Some(sub)) = (grid.rows.get(r), grid.rows.get(r + 1)) else {
        return false;
    };
    let mut labels: Vec<String> = top
        .iter()
        .filter(|v| !v.is_empty())
        .map(Value::text)
        .collect();
    labels.sort();
    labels.dedup();
    labels.len() >= 2
        && sub.iter().any(|v| !v.is_empty())
        && sub
            .iter()
            .all(|v| matches!(v, Value::Empty | Value::Text(_)))
}

fn lookup(map: &HeaderMap, label: &str) -> Option<(Field, Option<i32>)> {
    map.get(&normalize(label))
        .or_else(|| map.get(&core(&normalize(label))))
        .copied()
}

/// The header at row `r` (and `r + 1` when `two`).
fn build(grid: &Grid, r: usize, two: bool, map: &HeaderMap, default_scale: Scale) -> Header {
    let width = grid.width();
    let top: Vec<String> = (0..width).map(|c| grid.get(r, c).text()).collect();
    let sub: Vec<String> = (0..width)
        .map(|c| {
            if two {
                grid.get(r + 1, c).text()
            } else {
                String::new()
            }
        })
        .collect();
    // Without merge information, a group label stands only over its first column:
    // carry it right over the columns that have a lower label.
    let mut group = String::new();
    let mut columns: Vec<Column> = Vec::new();
    let mut ignored = Vec::new();
    // Candidates for this year's 累计: (strength, column, header, unit).
    let mut cumulative: Vec<(u8, usize, String, Scale)> = Vec::new();
    for c in 0..width {
        let (t, s) = (&top[c], &sub[c]);
        if !t.is_empty() {
            group = t.clone();
        } else if s.is_empty() {
            group.clear();
        }
        let upper = if t.is_empty() {
            group.clone()
        } else {
            t.clone()
        };
        let tries: Vec<String> = if s.is_empty() || *s == upper {
            vec![upper.clone()]
        } else if upper.is_empty() {
            vec![s.clone()]
        } else {
            vec![format!("{upper}{s}"), s.clone(), upper.clone()]
        };
        let label = if s.is_empty() || *s == upper || upper.is_empty() {
            tries[0].clone()
        } else {
            format!("{upper}/{s}")
        };
        if label.is_empty() {
            continue;
        }
        let mapped = tries.iter().find_map(|l| lookup(map, l));
        if let (None, Some(why)) = (mapped, tries.iter().find_map(|l| left_out(l))) {
            ignored.push((c, label, why));
            continue;
        }
        let found = mapped.or_else(|| tries.iter().find_map(|l| classify(l)));
        let Some((field, year)) = found else {
            ignored.push((c, label, ImportMessage::UnknownHeader));
            continue;
        };
        if field == Field::Serial {
            continue;
        }
        if field == Field::Cumulative {
            let strength = if mapped.is_some() {
                3
            } else if tries.iter().any(|l| names_this_year(l)) {
                2
            } else {
                1
            };
            let scale = tries
                .iter()
                .find_map(|l| Scale::of(l))
                .unwrap_or(default_scale);
            cumulative.push((strength, c, label, scale));
            continue;
        }
        if let Some(first) = columns
            .iter()
            .find(|x| x.field == field && x.year == year && field != Field::Ignore)
        {
            let why = ImportMessage::AlsoReadsAs {
                field: field.key().into(),
                column: super::grid::column_letter(first.col),
            };
            ignored.push((c, label, why));
            continue;
        }
        let scale = tries
            .iter()
            .find_map(|l| Scale::of(l))
            .unwrap_or(default_scale);
        columns.push(Column {
            col: c,
            label,
            field,
            year,
            scale,
        });
    }
    let mut ambiguous = Vec::new();
    if let Some(best) = cumulative.iter().map(|c| c.0).max() {
        let top: Vec<&(u8, usize, String, Scale)> =
            cumulative.iter().filter(|c| c.0 == best).collect();
        if top.len() > 1 {
            ambiguous = top.iter().map(|c| (c.1, c.2.clone())).collect();
        } else if let Some((_, col, label, scale)) = top.first().map(|c| (*c).clone()) {
            for (_, c, l, _) in cumulative.iter().filter(|c| c.1 != col) {
                let why = ImportMessage::AlsoCumulative {
                    column: super::grid::column_letter(col),
                };
                ignored.push((*c, l.clone(), why));
            }
            columns.push(Column {
                col,
                label,
                field: Field::Cumulative,
                year: None,
                scale,
            });
            columns.sort_by_key(|c| c.col);
        }
    }
    Header {
        first: r,
        last: if two { r + 1 } else { r },
        columns,
        ignored,
        ambiguous,
    }
}
#[cfg(test)]
mod tests {
    use super::*;

    fn header(cells: &[&str]) -> Header {
        let grid = Grid {
            sheet: None,
            rows: vec![cells.iter().map(|c| Value::Text(c.to_string())).collect()],
        };
        find(&grid, &HeaderMap::new(), Scale::Wan).unwrap()
    }

    /// 上月累计完成投资 names 累计 and 完成: read as this year's cumulative, the
    /// month's investment would come out as last month's total minus the months
    /// before it. It is context, left out with its reason, and so is 存在问题.
    #[test]
    fn last_months_figures_and_problems_are_left_out() {
        let h = header(&[
            "项目编号",
            "项目名称",
            "上月累计完成投资",
            "上月阶段",
            "本月完成投资",
            "项目阶段",
            "存在问题",
            "截至上期累计完成（万元）",
        ]);
        let fields: Vec<Field> = h.columns.iter().map(|c| c.field).collect();
        assert_eq!(
            fields,
            [Field::Id, Field::Name, Field::Invested, Field::Stage]
        );
        let out: Vec<(usize, String)> = h
            .ignored
            .iter()
            .map(|(c, _, why)| (*c, why.to_string()))
            .collect();
        assert_eq!(out.len(), 4);
        assert!(out[0].1.starts_with("last month's figure"), "{out:?}");
        assert!(out[1].1.starts_with("last month's figure"), "{out:?}");
        assert!(out[2].1.starts_with("problems are not imported"), "{out:?}");
        assert_eq!(out[3].0, 7);
        // This year's cumulative is still read as such.
        let h = header(&["项目名称", "2026年1-9月累计完成投资"]);
        assert_eq!(h.columns[1].field, Field::Cumulative);
        // A user's map wins over the rule.
        let mut map = HeaderMap::new();
        map.insert("上月累计完成投资".into(), (Field::Cumulative, None));
        let grid = Grid {
            sheet: None,
            rows: vec![vec![
                Value::Text("项目名称".into()),
                Value::Text("上月累计完成投资".into()),
            ]],
        };
        let h = find(&grid, &map, Scale::Wan).unwrap();
        assert_eq!(h.columns[1].field, Field::Cumulative);
    }
}
