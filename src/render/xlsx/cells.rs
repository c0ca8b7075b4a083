//! What a table's cell becomes in the workbook: a figure as its exact
//! decimal number with its kind (money, rate, plain), text as text, a figure
//! without value as nothing; and how wide a text is.

use crate::document::{Cell, Table, Value};

/// How a number is formatted in the workbook.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum NumKind {
    /// Money in 万元.
    Money,
    /// A rate, as a percentage.
    Rate,
    /// A plain number (a count, a score, percentage points).
    Plain,
}

/// One value to write.
#[derive(Debug, PartialEq)]
pub(super) enum Out<'a> {
    /// A figure: its exact decimal text (digits, a `.`, a leading `-`).
    Number(String, NumKind),
    /// Text, as the page prints it.
    Text(&'a str),
    /// Nothing (a figure without a value).
    Blank,
}

/// How a figure of `c` is formatted, if it is a figure.
pub(super) fn kind(c: &Cell) -> Option<NumKind> {
    match &c.value {
        Value::Text | Value::Date(_) | Value::Month(_) | Value::Mark => None,
        Value::Money(_) => Some(NumKind::Money),
        Value::Rate(_) => Some(NumKind::Rate),
        Value::Count(_) | Value::Decimal(..) | Value::Points(_) => Some(NumKind::Plain),
    }
}

/// What a cell becomes in the workbook: figures are numbers read from their
/// exact decimal text (so 1/6 is stored as 0.1667, not 0.16666666666666666),
/// text stays text, and a figure that has no value (—) is left blank.
pub(super) fn value(c: &Cell) -> Out<'_> {
    let Some(kind) = kind(c) else {
        return match &c.value {
            Value::Mark if c.text.trim() == "—" || c.text.trim().is_empty() => Out::Blank,
            _ => Out::Text(&c.text),
        };
    };
    match c.value.exact() {
        Some(x) if is_decimal(&x) => Out::Number(x, kind),
        _ => Out::Blank,
    }
}

/// Whether `x` is a plain decimal number, as a cell's `<v>` takes it:
/// `-`, digits, and at most one `.` with digits on both sides.
fn is_decimal(x: &str) -> bool {
    let digits = x.strip_prefix('-').unwrap_or(x);
    let mut parts = digits.split('.');
    let whole = parts.next().unwrap_or_default();
    let frac = parts.next();
    let all = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    parts.next().is_none() && all(whole) && frac.is_none_or(all)
}

/// The one kind of figure of each column of `t`, where all its figures are
/// of one kind: the column then carries the format, and its cells are
/// written without one.
pub(super) fn column_kinds(t: &Table) -> Vec<Option<NumKind>> {
    let mut kinds: Vec<Option<Option<NumKind>>> = vec![None; t.columns.len()];
    for row in &t.rows {
        for (j, c) in row.iter().enumerate() {
            let Some(k) = kind(c) else { continue };
            if let Some(slot) = kinds.get_mut(j) {
                *slot = match *slot {
                    None => Some(Some(k)),
                    Some(Some(was)) if was == k => Some(Some(k)),
                    Some(_) => Some(None),
                };
            }
        }
    }
    kinds.into_iter().map(Option::flatten).collect()
}

/// Display width of a text in Excel's character units (CJK counts double).
pub(super) fn width(s: &str) -> f64 {
    s.chars()
        .map(|c| if c.is_ascii() { 1.0 } else { 2.1 })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Table;

    #[test]
    fn a_column_of_one_kind_of_figure_carries_its_format() {
        use crate::model::{Money, Ratio};
        let money = |w: i64| Cell::new("x", Value::Money(Money::from_wan(w)));
        let rate = Cell::new("50%", Value::Rate(Ratio::new(1, 2)));
        let columns = ["名称", "投资", "混合", "数"].map(String::from).to_vec();
        let mut t = Table::new("t", "表", columns);
        t.rows = vec![
            vec![
                Cell::text("甲"),
                money(1),
                money(2),
                Cell::count("1个", Some(1)),
            ],
            vec![
                Cell::text("乙"),
                Cell::mark("—"),
                rate,
                Cell::count("2个", Some(2)),
            ],
        ];
        assert_eq!(
            column_kinds(&t),
            vec![None, Some(NumKind::Money), None, Some(NumKind::Plain)]
        );
    }

    #[test]
    fn figures_become_exact_numbers_and_text_stays_text() {
        use crate::model::{Money, Month, Ratio};
        let num = |c: Cell| match value(&c) {
            Out::Number(v, k) => Some((v, k)),
            _ => None,
        };
        let n = |v: &str, k| Some((v.to_string(), k));
        assert_eq!(
            num(Cell::new("35.7亿元", Value::Money(Money::from_wan(357000)))),
            n("357000", NumKind::Money)
        );
        // 序时进度 of February is 1/6: stored as its four-decimal fraction,
        // not as the nearest double of 1/6 (0.16666666666666666).
        assert_eq!(
            num(Cell::new("16.7%", Value::Rate(Ratio::new(2, 12)))),
            n("0.1667", NumKind::Rate)
        );
        assert_eq!(value(&Cell::new("—", Value::Rate(None))), Out::Blank);
        assert_eq!(num(Cell::count("11个", Some(11))), n("11", NumKind::Plain));
        assert_eq!(value(&Cell::count("—", None)), Out::Blank);
        // A red-list gap is a number of percentage points, not text.
        assert_eq!(
            num(Cell::new("12.5个百分点", Value::Points(Ratio::new(1, 8)))),
            n("12.5", NumKind::Plain)
        );
        assert_eq!(
            num(Cell::new("87.50", Value::Decimal(Ratio::new(175, 2), 2))),
            n("87.5", NumKind::Plain)
        );
        assert_eq!(
            value(&Cell::new(
                "2026年9月",
                Value::Month(Month {
                    year: 2026,
                    month: 9
                })
            )),
            Out::Text("2026年9月")
        );
        assert_eq!(value(&Cell::mark("↑2")), Out::Text("↑2"));
        assert_eq!(value(&Cell::mark("—")), Out::Blank);
        assert_eq!(value(&Cell::text("=1+1")), Out::Text("=1+1"));
    }
}
