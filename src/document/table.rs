//! Tables of a document: columns, and rows of typed cells. A cell carries the
//! text a reader sees (figures formatted as bulletins print them) and the value
//! behind it, so every renderer can treat figures as figures: HTML aligns them
//! right, CSV and Excel write the exact number, PDF and Word align them.

use crate::model::{Date, Flag, Money, Month, Ratio};

/// What a cell holds, beyond the text it shows.
#[derive(Clone, Debug, PartialEq, Hash)]
pub enum Value {
    /// Words: the text is the value.
    Text,
    /// A date, shown as `2021年9月30日`, exact as `2021-09-30`.
    Date(Date),
    /// A month, shown as `2021年9月`, exact as `2021-09`.
    Month(Month),
    /// Money, exact (in 万元 when written as a number).
    Money(Money),
    /// A rate (a fraction; none prints "—").
    Rate(Option<Ratio>),
    /// A count: projects, problems, days, a rank (none prints "—" or nothing).
    Count(Option<u64>),
    /// A decimal figure to `places` decimals, such as a score (`87.50`).
    Decimal(Option<Ratio>, u32),
    /// A gap in percentage points (a fraction: 0.125 is 12.5 points).
    Points(Option<Ratio>),
    /// A figure that is a mark, not a number (`↑2`, `新`, `—`): aligned
    /// with the figures, written as text.
    Mark,
}

impl Value {
    /// Whether the cell is a figure (aligned right with the other figures).
    pub fn is_figure(&self) -> bool {
        !matches!(self, Value::Text | Value::Date(_) | Value::Month(_))
    }

    /// The value as plain exact text for CSV and machine readers, when it
    /// differs from what the cell shows: `357000` for 35.7亿元, `0.6133` for
    /// 61.3%, `2021-09` for 2021年9月. `None`: the shown text is the value.
    pub fn exact(&self) -> Option<String> {
        match self {
            Value::Text | Value::Mark => None,
            Value::Date(d) => Some(d.to_string()),
            Value::Month(m) => Some(m.to_string()),
            Value::Money(m) => Some(m.plain()),
            Value::Rate(r) => Some(r.map(|r| r.fraction(4)).unwrap_or_default()),
            Value::Count(n) => n.map(|n| n.to_string()),
            Value::Decimal(r, places) => r.map(|r| r.fraction(*places)),
            Value::Points(r) => r.map(|r| r.mul(Ratio::int(100)).fraction(4)),
        }
    }
}

/// How a cell stands out, whatever the format draws it with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Style {
    /// The total row's first cell.
    Total,
    /// A subordinate row (a threshold under a size band).
    Sub,
    /// Long free text (a problem's description), allowed to wrap widely.
    LongText,
    /// A red flag.
    Red,
    /// A yellow flag.
    Yellow,
    /// A green flag.
    Green,
}

impl Style {
    /// The style of a flag.
    pub fn flag(f: Flag) -> Style {
        match f {
            Flag::Red => Style::Red,
            Flag::Yellow => Style::Yellow,
            Flag::Green => Style::Green,
        }
    }
}

/// One cell: the text shown, the value behind it, a link and a style.
#[derive(Clone, Debug, PartialEq, Hash)]
pub struct Cell {
    /// Text as printed (figures already formatted).
    pub text: String,
    /// The value behind the text.
    pub value: Value,
    /// Relative link (from the bulletin page), when the cell names a page.
    pub href: Option<String>,
    /// How the cell stands out, if it does.
    pub style: Option<Style>,
    /// The cell heads its row (a fact's name).
    pub header: bool,
}

impl Cell {
    /// A cell of `text` holding `value`.
    pub fn new(text: impl Into<String>, value: Value) -> Cell {
        Cell {
            text: text.into(),
            value,
            href: None,
            style: None,
            header: false,
        }
    }

    /// A text cell.
    pub fn text(s: impl Into<String>) -> Cell {
        Cell::new(s, Value::Text)
    }

    /// A row header: the name of the fact its row gives.
    pub fn row_header(s: impl Into<String>) -> Cell {
        Cell {
            header: true,
            ..Cell::text(s)
        }
    }

    /// A mark aligned with figures (`↑2`, `—`).
    pub fn mark(s: impl Into<String>) -> Cell {
        Cell::new(s, Value::Mark)
    }

    /// A count, shown as `shown` (`11个`, `11`, `—`).
    pub fn count(shown: impl Into<String>, n: Option<u64>) -> Cell {
        Cell::new(shown, Value::Count(n))
    }

    /// A bare count shown as its digits.
    pub fn number(n: usize) -> Cell {
        Cell::count(n.to_string(), Some(n as u64))
    }

    /// A link.
    pub fn link(s: impl Into<String>, href: impl Into<String>) -> Cell {
        Cell {
            href: Some(href.into()),
            ..Cell::text(s)
        }
    }

    /// Sets the style.
    pub fn style(mut self, s: Style) -> Cell {
        self.style = Some(s);
        self
    }
}

/// A table: an id, a caption, column headers and rows of cells.
#[derive(Clone, Debug, PartialEq, Hash)]
pub struct Table {
    /// Anchor id (`by-category`).
    pub id: String,
    /// Caption.
    pub title: String,
    /// Column headers.
    pub columns: Vec<String>,
    /// Rows of cells.
    pub rows: Vec<Vec<Cell>>,
    /// File name of its download beside the page (`by-category.csv`), when
    /// it has one; tables with one are also the sheets of the workbook.
    pub csv: Option<String>,
    /// On a phone, each row reads better as a card of "column: value" lines
    /// (the red list).
    pub phone_cards: bool,
}

impl Table {
    /// A table with a CSV file named after its id.
    pub fn new(id: &str, title: impl Into<String>, columns: Vec<String>) -> Table {
        Table {
            id: id.to_string(),
            title: title.into(),
            columns,
            rows: Vec::new(),
            csv: Some(format!("{id}.csv")),
            phone_cards: false,
        }
    }

    /// For each column, whether all its cells are figures (so its heading
    /// aligns with them).
    pub fn numeric(&self) -> Vec<bool> {
        (0..self.columns.len())
            .map(|i| {
                !self.rows.is_empty()
                    && self.rows.iter().all(|r| {
                        r.get(i)
                            .is_some_and(|c| c.style.is_none() && c.value.is_figure())
                    })
            })
            .collect()
    }

    /// Whether every cell of column `j` is money (a workbook heads it `（万元）`).
    pub fn is_money_column(&self, j: usize) -> bool {
        !self.rows.is_empty()
            && self
                .rows
                .iter()
                .all(|r| r.get(j).is_none_or(|c| matches!(c.value, Value::Money(_))))
    }
}
