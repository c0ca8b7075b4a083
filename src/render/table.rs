//! Tables: one description feeds both the HTML table and its CSV download.

use serde::Serialize;

/// One cell: the text shown, and optionally a link and a CSS class.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Cell {
    /// Text as printed (figures already formatted).
    pub text: String,
    /// Relative link, when the cell names a page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub href: Option<String>,
    /// CSS class (`num` for figures, `flag-red` …).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub class: Option<&'static str>,
    /// The value written to CSV when it differs from the text (exact amounts in 万元).
    #[serde(skip)]
    pub csv: Option<String>,
    /// What kind of figure `csv` holds, for the Excel workbook (money in 万元, a rate).
    #[serde(skip)]
    pub kind: Option<NumKind>,
}

/// What an exact figure of a cell is, so a workbook can give it a number format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumKind {
    /// Money in 万元 (`csv` holds the exact amount).
    Money,
    /// A rate as a fraction (`csv` holds it; empty when there is none).
    Rate,
}

impl Cell {
    /// A text cell.
    pub fn text(s: impl Into<String>) -> Cell {
        Cell {
            text: s.into(),
            href: None,
            class: None,
            csv: None,
            kind: None,
        }
    }

    /// A figure (right-aligned).
    pub fn num(s: impl Into<String>) -> Cell {
        Cell {
            class: Some("num"),
            ..Cell::text(s)
        }
    }

    /// A figure shown formatted, with an exact value for CSV.
    pub fn num_csv(s: impl Into<String>, csv: impl Into<String>) -> Cell {
        Cell {
            csv: Some(csv.into()),
            ..Cell::num(s)
        }
    }

    /// Money: shown formatted (亿元 / 万元), exact in 万元 for CSV and Excel.
    pub fn money(s: impl Into<String>, wan: impl Into<String>) -> Cell {
        Cell {
            kind: Some(NumKind::Money),
            ..Cell::num_csv(s, wan)
        }
    }

    /// A rate: shown as a percentage, a fraction (or empty) for CSV and Excel.
    pub fn rate(s: impl Into<String>, fraction: impl Into<String>) -> Cell {
        Cell {
            kind: Some(NumKind::Rate),
            ..Cell::num_csv(s, fraction)
        }
    }

    /// A link.
    pub fn link(s: impl Into<String>, href: impl Into<String>) -> Cell {
        Cell {
            href: Some(href.into()),
            ..Cell::text(s)
        }
    }

    /// Sets the CSS class.
    pub fn class(mut self, c: &'static str) -> Cell {
        self.class = Some(c);
        self
    }
}

/// A table of a page, with its CSV file name.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    /// Anchor id and CSV stem (`by-category`).
    pub id: String,
    /// Caption.
    pub title: String,
    /// Column headers.
    pub columns: Vec<String>,
    /// Rows of cells.
    pub rows: Vec<Vec<Cell>>,
    /// CSV file name beside the page (`by-category.csv`), when it has one.
    pub csv: Option<String>,
}

impl Serialize for Table {
    /// The table for templates, with `numeric`: for each column, whether all its
    /// cells are figures (so its heading aligns right with them).
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let numeric: Vec<bool> = (0..self.columns.len())
            .map(|i| {
                !self.rows.is_empty()
                    && self
                        .rows
                        .iter()
                        .all(|r| r.get(i).is_some_and(|c| c.class == Some("num")))
            })
            .collect();
        let mut st = s.serialize_struct("Table", 6)?;
        st.serialize_field("id", &self.id)?;
        st.serialize_field("title", &self.title)?;
        st.serialize_field("columns", &self.columns)?;
        st.serialize_field("numeric", &numeric)?;
        st.serialize_field("rows", &self.rows)?;
        st.serialize_field("csv", &self.csv)?;
        st.end()
    }
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
        }
    }

    /// The table as CSV: UTF-8 with a byte-order mark (so Excel on Windows reads
    /// Chinese), CRLF line ends, quoted where needed, and cells that a spreadsheet
    /// would run as a formula (`=`, `+`, `-`, `@`, tab, CR) neutralised with a `'`.
    pub fn to_csv(&self) -> Vec<u8> {
        let mut out = String::from("\u{feff}");
        let header: Vec<String> = self.columns.iter().map(|c| csv_field(c, false)).collect();
        out.push_str(&header.join(","));
        out.push_str("\r\n");
        for row in &self.rows {
            let cells: Vec<String> = row
                .iter()
                .map(|c| match &c.csv {
                    Some(exact) => csv_field(exact, true),
                    None => csv_field(&c.text, false),
                })
                .collect();
            out.push_str(&cells.join(","));
            out.push_str("\r\n");
        }
        out.into_bytes()
    }
}

/// One CSV field. `numeric` fields are exact numbers we wrote ourselves (a minus
/// sign there is a number, not a formula).
pub fn csv_field(s: &str, numeric: bool) -> String {
    let risky = !numeric && s.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let s = if risky {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if s.contains([',', '"', '\n', '\r']) || s.starts_with(' ') || s.ends_with(' ') {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_has_bom_quotes_and_no_formulas() {
        let mut t = Table::new("x", "X", vec!["名称".into(), "完成投资（万元）".into()]);
        t.rows.push(vec![
            Cell::text("=cmd|' /C calc'!A0"),
            Cell::num_csv("35.7亿元", "357000"),
        ]);
        t.rows
            .push(vec![Cell::text("a,\"b\""), Cell::num_csv("-", "-5")]);
        let csv = String::from_utf8(t.to_csv()).unwrap();
        assert!(csv.starts_with("\u{feff}名称,完成投资（万元）\r\n"));
        assert!(csv.contains("'=cmd|' /C calc'!A0,357000\r\n"), "{csv}");
        assert!(csv.contains("\"a,\"\"b\"\"\",-5\r\n"), "{csv}");
        assert_eq!(csv_field("+1", false), "'+1");
        assert_eq!(csv_field("@SUM(A1)", false), "'@SUM(A1)");
    }
}
