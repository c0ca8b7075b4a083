//! A document table as a CSV download: UTF-8 with a byte-order mark (so Excel
//! on Windows reads Chinese), CRLF line ends, quoted where needed, exact values
//! for figures, and cells a spreadsheet would run as a formula neutralised.

use crate::document::Table;

/// The table as CSV bytes. Figures are written exact (`357000` for 35.7亿元,
/// `0.6133` for 61.3%); text cells that a spreadsheet would run as a formula
/// (`=`, `+`, `-`, `@`, tab, CR) get a leading `'`.
pub fn to_csv(t: &Table) -> Vec<u8> {
    // Written straight into one buffer: a bulletin's lists are tens of
    // thousands of cells.
    let mut out = String::with_capacity(64 + t.rows.len() * 16 * t.columns.len().max(1));
    out.push('\u{feff}');
    push_row(&mut out, t.columns.iter().map(|c| (c.as_str(), false)));
    for row in &t.rows {
        let exact: Vec<Option<String>> = row.iter().map(|c| c.value.exact()).collect();
        push_row(
            &mut out,
            row.iter().zip(&exact).map(|(c, e)| match e {
                Some(exact) => (exact.as_str(), true),
                None => (c.text.as_str(), false),
            }),
        );
    }
    out.into_bytes()
}

/// One line: the fields (text, and whether it is an exact figure) separated
/// by commas, ended by CRLF.
fn push_row<'a>(out: &mut String, fields: impl Iterator<Item = (&'a str, bool)>) {
    for (i, (s, numeric)) in fields.enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_field(out, s, numeric);
    }
    out.push_str("\r\n");
}

/// Appends one CSV field to `out`. `numeric` fields are exact values we wrote
/// ourselves (a minus sign there is a number, not a formula).
fn push_field(out: &mut String, s: &str, numeric: bool) {
    let risky = !numeric && s.starts_with(['=', '+', '-', '@', '\t', '\r']);
    // The leading `'` of a risky field is neither a space nor one of these.
    // (A byte test: these are ASCII, and no other character's bytes are.)
    let quoted = s.bytes().any(|b| matches!(b, b',' | b'"' | b'\n' | b'\r'))
        || s.starts_with(' ')
        || s.ends_with(' ');
    if quoted {
        out.push('"');
    }
    if risky {
        out.push('\'');
    }
    if quoted && s.contains('"') {
        out.push_str(&s.replace('"', "\"\""));
    } else {
        out.push_str(s);
    }
    if quoted {
        out.push('"');
    }
}

/// One CSV field. `numeric` fields are exact values we wrote ourselves (a minus
/// sign there is a number, not a formula).
pub fn csv_field(s: &str, numeric: bool) -> String {
    let mut out = String::with_capacity(s.len() + 3);
    push_field(&mut out, s, numeric);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Cell, Value};
    use crate::model::Money;

    #[test]
    fn csv_has_bom_quotes_exact_figures_and_no_formulas() {
        let mut t = Table::new("x", "X", vec!["名称".into(), "完成投资（万元）".into()]);
        t.rows.push(vec![
            Cell::text("=cmd|' /C calc'!A0"),
            Cell::new("35.7亿元", Value::Money(Money::from_wan(357000))),
        ]);
        t.rows.push(vec![
            Cell::text("a,\"b\""),
            Cell::new("-5万元", Value::Money(Money::from_wan(-5))),
        ]);
        let csv = String::from_utf8(to_csv(&t)).unwrap();
        assert!(csv.starts_with("\u{feff}名称,完成投资（万元）\r\n"));
        assert!(csv.contains("'=cmd|' /C calc'!A0,357000\r\n"), "{csv}");
        assert!(csv.contains("\"a,\"\"b\"\"\",-5\r\n"), "{csv}");
        assert_eq!(csv_field("+1", false), "'+1");
        assert_eq!(csv_field("@SUM(A1)", false), "'@SUM(A1)");
        // A formula with quotes and commas: neutralised, then quoted whole.
        assert_eq!(
            csv_field("=HYPERLINK(\"x\",\"y\")", false),
            "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\""
        );
        assert_eq!(csv_field("\rx", false), "\"'\rx\"");
        assert_eq!(csv_field(" 项目", false), "\" 项目\"");
        assert_eq!(csv_field("项目 ", false), "\"项目 \"");
        assert_eq!(csv_field("-5", true), "-5");
        assert_eq!(csv_field("", false), "");
    }
}
