//! A document table as a CSV download: UTF-8 with a byte-order mark (so Excel
//! on Windows reads Chinese), CRLF line ends, quoted where needed, exact values
//! for figures, and cells a spreadsheet would run as a formula neutralised.

use crate::document::Table;

/// The table as CSV bytes. Figures are written exact (`357000` for 35.7亿元,
/// `0.6133` for 61.3%); text cells that a spreadsheet would run as a formula
/// (`=`, `+`, `-`, `@`, tab, CR) get a leading `'`.
pub fn to_csv(t: &Table) -> Vec<u8> {
    let mut out = String::from("\u{feff}");
    let header: Vec<String> = t.columns.iter().map(|c| csv_field(c, false)).collect();
    out.push_str(&header.join(","));
    out.push_str("\r\n");
    for row in &t.rows {
        let cells: Vec<String> = row
            .iter()
            .map(|c| match c.value.exact() {
                Some(exact) => csv_field(&exact, true),
                None => csv_field(&c.text, false),
            })
            .collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out.into_bytes()
}

/// One CSV field. `numeric` fields are exact values we wrote ourselves (a minus
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
    }
}
