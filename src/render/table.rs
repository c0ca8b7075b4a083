//! Tables: one description feeds both the HTML table and its CSV download.

use serde::ser::SerializeStruct;
use serde::Serialize;

pub use crate::document::{Cell, Style, Table, Value};

/// The CSS class of a cell: its style's, else `num` for a figure.
pub fn class(c: &Cell) -> Option<&'static str> {
    match c.style {
        Some(Style::Total) => Some("total"),
        Some(Style::Sub) => Some("sub"),
        Some(Style::LongText) => Some("long-text"),
        Some(Style::Red) => Some("flag-red"),
        Some(Style::Yellow) => Some("flag-yellow"),
        Some(Style::Green) => Some("flag-green"),
        None => c.value.is_figure().then_some("num"),
    }
}

/// A document table on its way into a web page: the table, and the HTML the
/// built-in table.html would make of it when rendered natively
/// ([`HtmlTable::prerender`]).
#[derive(Clone, Debug, PartialEq)]
pub struct HtmlTable {
    /// The table.
    pub table: Table,
    /// The table already rendered; templates then get this instead of the rows.
    pub html: Option<String>,
}

impl From<Table> for HtmlTable {
    fn from(table: Table) -> HtmlTable {
        HtmlTable { table, html: None }
    }
}

/// A cell as templates see it: `text`, `href`, `class`, `header`.
struct CellView<'a>(&'a Cell);

impl Serialize for CellView<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let c = self.0;
        let class = class(c);
        let n = 1
            + usize::from(c.href.is_some())
            + usize::from(class.is_some())
            + usize::from(c.header);
        let mut st = s.serialize_struct("Cell", n)?;
        st.serialize_field("text", &c.text)?;
        if let Some(h) = &c.href {
            st.serialize_field("href", h)?;
        }
        if let Some(cl) = class {
            st.serialize_field("class", cl)?;
        }
        if c.header {
            st.serialize_field("header", &true)?;
        }
        st.end()
    }
}

/// Rows as templates see them.
struct RowsView<'a>(&'a [Vec<Cell>]);

impl Serialize for RowsView<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq;
        let mut seq = s.serialize_seq(Some(self.0.len()))?;
        for r in self.0 {
            let cells: Vec<CellView> = r.iter().map(CellView).collect();
            seq.serialize_element(&cells)?;
        }
        seq.end()
    }
}

impl Serialize for HtmlTable {
    /// The table for templates, with `numeric`: for each column, whether all its
    /// cells are figures (so its heading aligns right with them).
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let t = &self.table;
        if let Some(html) = &self.html {
            let mut st = s.serialize_struct("Table", 7)?;
            st.serialize_field("id", &t.id)?;
            st.serialize_field("phone_cards", &t.phone_cards)?;
            st.serialize_field("phone_style", &phone_style(t))?;
            st.serialize_field("title", &t.title)?;
            st.serialize_field("columns", &t.columns)?;
            st.serialize_field("csv", &t.csv)?;
            st.serialize_field("html", html)?;
            return st.end();
        }
        let numeric = t.numeric();
        let mut st = s.serialize_struct("Table", 8)?;
        st.serialize_field("id", &t.id)?;
        st.serialize_field("phone_cards", &t.phone_cards)?;
        st.serialize_field("phone_style", &phone_style(t))?;
        st.serialize_field("title", &t.title)?;
        st.serialize_field("columns", &t.columns)?;
        st.serialize_field("numeric", &numeric)?;
        st.serialize_field("rows", &RowsView(&t.rows))?;
        st.serialize_field("csv", &t.csv)?;
        st.end()
    }
}

impl HtmlTable {
    /// Renders the table here, byte for byte as the built-in table.html does
    /// (a test holds them together), into [`HtmlTable::html`]; `download` and `none`
    /// are the theme's words `download_csv` and `none`. Tables of thousands of
    /// rows render many times faster so than through the template engine; a
    /// theme that overrides a template showing tables gets the rows instead.
    pub fn prerender(&mut self, download: &str, none: &str) {
        if self.html.is_some() {
            // Rendered already (and its rows freed).
            return;
        }
        let t = &self.table;
        let mut out = String::with_capacity(256 + t.rows.len() * 160);
        // The escaping Tera's own (`fast_escape`) does, into a String.
        let esc = |out: &mut String, s: &str| {
            // Writing to a String cannot fail.
            let _ = pulldown_cmark_escape::escape_html(&mut *out, s);
        };
        out.push_str(if t.phone_cards {
            "<figure class=\"table-block phone-cards\" id=\""
        } else {
            "<figure class=\"table-block\" id=\""
        });
        esc(&mut out, &t.id);
        if t.phone_cards {
            out.push_str("\" style=\"");
            esc(&mut out, &phone_style(t));
        }
        out.push_str("\">\n  <figcaption>");
        esc(&mut out, &t.title);
        if let Some(csv) = &t.csv {
            out.push_str(" <a class=\"csv\" href=\"");
            esc(&mut out, csv);
            out.push_str("\" download>");
            esc(&mut out, download);
            out.push_str("</a>");
        }
        out.push_str("</figcaption>\n  <div class=\"table-wrap\" tabindex=\"0\">\n  <table>\n    ");
        if !t.columns.is_empty() {
            out.push_str("<thead><tr>");
            for (c, num) in t.columns.iter().zip(t.numeric()) {
                out.push_str(if num {
                    "<th scope=\"col\" class=\"num\">"
                } else {
                    "<th scope=\"col\">"
                });
                esc(&mut out, c);
                out.push_str("</th>");
            }
            out.push_str("</tr></thead>");
        }
        out.push_str("\n    <tbody>\n    ");
        for row in &t.rows {
            out.push_str("<tr>");
            for c in row {
                out.push_str(if c.header { "<th scope=\"row\"" } else { "<td" });
                if let Some(class) = class(c) {
                    out.push_str(" class=\"");
                    esc(&mut out, class);
                    out.push('"');
                }
                out.push('>');
                if let Some(href) = &c.href {
                    out.push_str("<a href=\"");
                    esc(&mut out, href);
                    out.push_str("\">");
                    esc(&mut out, &c.text);
                    out.push_str("</a>");
                } else {
                    esc(&mut out, &c.text);
                }
                out.push_str(if c.header { "</th>" } else { "</td>" });
            }
            out.push_str("</tr>\n    ");
        }
        out.push_str("\n    ");
        if t.rows.is_empty() {
            out.push_str(&format!(
                "<tr><td colspan=\"{}\" class=\"empty\">",
                t.columns.len()
            ));
            esc(&mut out, none);
            out.push_str("</td></tr>");
        }
        out.push_str("\n    </tbody>\n  </table>\n  </div>\n</figure>\n");
        let html = out;
        self.html = Some(html);
        // Templates now get the HTML, never the rows: they are freed before
        // the page is rendered (a bulletin's tables of 10,000 projects).
        self.table.rows = Vec::new();
    }
}

/// The column names as CSS variables for the phone cards' labels:
/// `--l1:'项目';--l2:'责任单位';…` (CSS strings, escaped), empty unless
/// [`Table::phone_cards`].
pub fn phone_style(t: &Table) -> String {
    if !t.phone_cards {
        return String::new();
    }
    let mut out = String::new();
    for (i, c) in t.columns.iter().enumerate() {
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The built-in table.html's rendering of `t`.
    fn through_template(t: &Table) -> String {
        let theme = super::super::theme::compile(Default::default())
            .unwrap_or_else(|_| panic!("built-in theme"));
        let mut c = tera::Context::new();
        c.insert("table", &HtmlTable::from(t.clone()));
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
            Cell::new(
                "1.2亿元",
                Value::Money(crate::model::Money::from_wan(12000)),
            ),
            Cell::text("it's \"x\"").style(Style::Red),
        ]);
        full.rows
            .push(vec![Cell::text(""), Cell::number(3), Cell::mark("—")]);
        let mut empty = Table::new("green-list", "绿旗项目", vec!["项目".into(), "单位".into()]);
        empty.csv = None;
        full.phone_cards = true;
        let mut no_columns = Table::new("facts", "基本情况", Vec::new());
        no_columns.csv = None;
        no_columns
            .rows
            .push(vec![Cell::row_header("总投资 <&>"), Cell::mark("3亿元")]);
        let ragged = {
            let mut t = Table::new("x", "X", vec!["a".into(), "b".into()]);
            t.rows.push(vec![Cell::number(1)]);
            t
        };
        for t in [full, empty, no_columns, ragged] {
            let expected = through_template(&t);
            let words = super::super::i18n::words(crate::model::Language::ZhCn);
            let mut fast = HtmlTable::from(t.clone());
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
        assert_eq!(phone_style(&t), "");
        t.phone_cards = true;
        assert_eq!(phone_style(&t), "--l1:'项目';--l2:'it\\'s \\\\ \\a ';");
    }
}
