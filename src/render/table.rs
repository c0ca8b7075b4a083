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
    /// The cell heads its row (`<th scope="row">`), as a fact's name does.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub header: bool,
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
            header: false,
        }
    }

    /// A row header: the name of the fact its row gives (`<th scope="row">`).
    pub fn row_header(s: impl Into<String>) -> Cell {
        Cell {
            header: true,
            ..Cell::text(s)
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

    /// Sets the value written to CSV and Excel (the text stays as shown).
    pub fn with_csv(mut self, csv: impl Into<String>) -> Cell {
        self.csv = Some(csv.into());
        self
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
    /// On a phone, each row shows as a card of "column: value" lines, so the
    /// columns that matter are seen without scrolling sideways (the red list).
    /// The column names go once on the table, as CSS variables
    /// ([`Table::phone_style`]), not on every cell.
    pub phone_cards: bool,
    /// The table already rendered as the built-in table.html would render it
    /// ([`Table::prerender`]); templates then get this instead of the rows.
    pub html: Option<String>,
}

impl Serialize for Table {
    /// The table for templates, with `numeric`: for each column, whether all its
    /// cells are figures (so its heading aligns right with them).
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        if let Some(html) = &self.html {
            let mut st = s.serialize_struct("Table", 7)?;
            st.serialize_field("id", &self.id)?;
            st.serialize_field("phone_cards", &self.phone_cards)?;
            st.serialize_field("phone_style", &self.phone_style())?;
            st.serialize_field("title", &self.title)?;
            st.serialize_field("columns", &self.columns)?;
            st.serialize_field("csv", &self.csv)?;
            st.serialize_field("html", html)?;
            return st.end();
        }
        let numeric = self.numeric();
        let mut st = s.serialize_struct("Table", 8)?;
        st.serialize_field("id", &self.id)?;
        st.serialize_field("phone_cards", &self.phone_cards)?;
        st.serialize_field("phone_style", &self.phone_style())?;
        st.serialize_field("title", &self.title)?;
        st.serialize_field("columns", &self.columns)?;
        st.serialize_field("numeric", &numeric)?;
        st.serialize_field("rows", &self.rows)?;
        st.serialize_field("csv", &self.csv)?;
        st.end()
    }
}

impl Table {
    /// For each column, whether all its cells are figures (so its heading
    /// aligns right with them).
    fn numeric(&self) -> Vec<bool> {
        (0..self.columns.len())
            .map(|i| {
                !self.rows.is_empty()
                    && self
                        .rows
                        .iter()
                        .all(|r| r.get(i).is_some_and(|c| c.class == Some("num")))
            })
            .collect()
    }

    /// Renders the table here, byte for byte as the built-in table.html does
    /// (a test holds them together), into [`Table::html`]; `download` and `none`
    /// are the theme's words `download_csv` and `none`. Tables of thousands of
    /// rows render many times faster so than through the template engine; a
    /// theme that overrides a template showing tables gets the rows instead.
    pub fn prerender(&mut self, download: &str, none: &str) {
        let mut out = Vec::with_capacity(256 + self.rows.len() * 160);
        let esc = |out: &mut Vec<u8>, s: &str| {
            // Writing to a Vec cannot fail.
            let _ = tera::escape_html(s, out);
        };
        out.extend_from_slice(if self.phone_cards {
            b"<figure class=\"table-block phone-cards\" id=\"".as_slice()
        } else {
            b"<figure class=\"table-block\" id=\"".as_slice()
        });
        esc(&mut out, &self.id);
        if self.phone_cards {
            out.extend_from_slice(b"\" style=\"");
            esc(&mut out, &self.phone_style());
        }
        out.extend_from_slice(b"\">\n  <figcaption>");
        esc(&mut out, &self.title);
        if let Some(csv) = &self.csv {
            out.extend_from_slice(b" <a class=\"csv\" href=\"");
            esc(&mut out, csv);
            out.extend_from_slice(b"\" download>");
            esc(&mut out, download);
            out.extend_from_slice(b"</a>");
        }
        out.extend_from_slice(
            b"</figcaption>\n  <div class=\"table-wrap\" tabindex=\"0\">\n  <table>\n    ",
        );
        if !self.columns.is_empty() {
            out.extend_from_slice(b"<thead><tr>");
            for (c, num) in self.columns.iter().zip(self.numeric()) {
                out.extend_from_slice(if num {
                    b"<th scope=\"col\" class=\"num\">".as_slice()
                } else {
                    b"<th scope=\"col\">".as_slice()
                });
                esc(&mut out, c);
                out.extend_from_slice(b"</th>");
            }
            out.extend_from_slice(b"</tr></thead>");
        }
        out.extend_from_slice(b"\n    <tbody>\n    ");
        for row in &self.rows {
            out.extend_from_slice(b"<tr>");
            for c in row {
                out.extend_from_slice(if c.header {
                    b"<th scope=\"row\"".as_slice()
                } else {
                    b"<td".as_slice()
                });
                if let Some(class) = c.class {
                    out.extend_from_slice(b" class=\"");
                    esc(&mut out, class);
                    out.push(b'"');
                }
                out.push(b'>');
                if let Some(href) = &c.href {
                    out.extend_from_slice(b"<a href=\"");
                    esc(&mut out, href);
                    out.extend_from_slice(b"\">");
                    esc(&mut out, &c.text);
                    out.extend_from_slice(b"</a>");
                } else {
                    esc(&mut out, &c.text);
                }
                out.extend_from_slice(if c.header {
                    b"</th>".as_slice()
                } else {
                    b"</td>".as_slice()
                });
            }
            out.extend_from_slice(b"</tr>\n    ");
        }
        out.extend_from_slice(b"\n    ");
        if self.rows.is_empty() {
            out.extend_from_slice(
                format!(
                    "<tr><td colspan=\"{}\" class=\"empty\">",
                    self.columns.len()
                )
                .as_bytes(),
            );
            esc(&mut out, none);
            out.extend_from_slice(b"</td></tr>");
        }
        out.extend_from_slice(b"\n    </tbody>\n  </table>\n  </div>\n</figure>\n");
        // Only whole UTF-8 strings were written.
        self.html = Some(String::from_utf8_lossy(&out).into_owned());
    }
}

impl Table {
    /// The column names as CSS variables for the phone cards' labels:
    /// `--l1:'项目';--l2:'责任单位';…` (CSS strings, escaped), empty unless
    /// [`Table::phone_cards`].
    pub fn phone_style(&self) -> String {
        if !self.phone_cards {
            return String::new();
        }
        let mut out = String::new();
        for (i, c) in self.columns.iter().enumerate() {
            out.push_str(&format!("--l{}:'", i + 1));
            for ch in c.chars() {
                match ch {
                    '\'' | '\\' => {
                        out.push('\\');
                        out.push(ch);
                    }
                    c if c.is_control() => out.push_str(&format!("\\{:x} ", u32::from(c))),
                    c => out.push(c),
                }
            }
            out.push_str("';");
        }
        out
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
            phone_cards: false,
            html: None,
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

    /// The built-in table.html's rendering of `t`.
    fn through_template(t: &Table) -> String {
        let theme = super::super::theme::compile(Default::default())
            .unwrap_or_else(|_| panic!("built-in theme"));
        let mut c = tera::Context::new();
        c.insert("table", t);
        c.insert(
            "t",
            &super::super::i18n::words(crate::model::Language::ZhCn),
        );
        theme.tera.render("table.html", &c).unwrap()
    }

    #[test]
    fn prerendered_tables_are_the_templates_bytes() {
        let mut full = Table::new(
            "red-list",
            "红旗项目 <&\"'>",
            vec!["项目".into(), "完成投资".into(), "备注".into()],
        );
        full.rows.push(vec![
            Cell::link("A&B <项目>", "../../projects/a\"b/index.html"),
            Cell::money("1.2亿元", "12000"),
            Cell::text("it's \"x\"").class("flag-red"),
        ]);
        full.rows
            .push(vec![Cell::text(""), Cell::num("3"), Cell::num("—")]);
        let mut empty = Table::new("green-list", "绿旗项目", vec!["项目".into(), "单位".into()]);
        empty.csv = None;
        full.phone_cards = true;
        let mut no_columns = Table::new("facts", "基本情况", Vec::new());
        no_columns.csv = None;
        no_columns
            .rows
            .push(vec![Cell::row_header("总投资 <&>"), Cell::num("3亿元")]);
        let ragged = {
            let mut t = Table::new("x", "X", vec!["a".into(), "b".into()]);
            t.rows.push(vec![Cell::num("1")]);
            t
        };
        for t in [full, empty, no_columns, ragged] {
            let expected = through_template(&t);
            let words = super::super::i18n::words(crate::model::Language::ZhCn);
            let mut fast = t.clone();
            fast.prerender(words["download_csv"], words["none"]);
            assert_eq!(
                fast.html.as_deref(),
                Some(expected.as_str()),
                "table {}",
                t.id
            );
        }
    }

    #[test]
    fn phone_labels_are_css_strings() {
        let mut t = Table::new("x", "X", vec!["项目".into(), "it's \\ \n".into()]);
        assert_eq!(t.phone_style(), "");
        t.phone_cards = true;
        assert_eq!(t.phone_style(), "--l1:'项目';--l2:'it\\'s \\\\ \\a ';");
    }

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
