//! The filters of commentary figures (`{{ NAME | FILTER | … }}`).
//!
//! Two kinds: *modifiers* change the figure and may come first, any number of
//! them (`abs`: without its sign; `signed`: print `+` before a positive
//! figure); one *printing* filter may end the chain (`pct`, `money`, `points`).
//! A figure with no data prints `—` whatever its filters.

use serde_json::Value;

use super::format::{Fmt, DASH};
use crate::diagnostics::{nearest, SiteMessage};
use crate::model::{Money, Ratio};

/// The filters commentary may use.
pub const FILTERS: &[&str] = &["pct", "money", "points", "abs", "signed"];

/// What went wrong in a figure: the message and its hint.
pub type EvalError = Box<(SiteMessage, SiteMessage)>;

/// A figure's error: `message` and its `hint`.
pub fn failed(message: SiteMessage, hint: SiteMessage) -> EvalError {
    Box::new((message, hint))
}

/// A figure on its way through its filters.
pub struct Figure<'v> {
    /// The value; a number after `abs` is the same number without its sign.
    pub value: std::borrow::Cow<'v, Value>,
    /// `signed` was asked for.
    pub signed: bool,
}

/// Whether `filter` is a modifier (`abs`, `signed`) rather than one that prints.
pub fn is_modifier(filter: &str) -> bool {
    matches!(filter, "abs" | "signed")
}

/// Applies a modifier to the figure named `path`.
pub fn modify(filter: &str, fig: &mut Figure, path: &str) -> Result<(), EvalError> {
    match (filter, fig.value.as_ref()) {
        (_, Value::Null) => {}
        ("signed", Value::Number(_)) => fig.signed = true,
        ("abs", Value::Number(n)) => {
            let text = n.to_string();
            if let Some(positive) = text.strip_prefix('-') {
                let v: Value =
                    serde_json::from_str(positive).map_err(|_| not_a_number(filter, path))?;
                fig.value = std::borrow::Cow::Owned(v);
            }
        }
        _ => return Err(not_a_number(filter, path)),
    }
    Ok(())
}

fn not_a_number(filter: &str, path: &str) -> EvalError {
    failed(
        SiteMessage::FilterNeedsNumber {
            filter: filter.into(),
            path: path.into(),
        },
        SiteMessage::FilterNeedsNumberHint,
    )
}

/// Prints the figure: with the printing filter `filter`, or as it is.
pub fn print(
    filter: Option<&str>,
    fig: &Figure,
    path: &str,
    fmt: &Fmt,
) -> Result<String, EvalError> {
    let v = fig.value.as_ref();
    if v.is_null() {
        return Ok(DASH.to_string());
    }
    let text = match filter {
        None => match v {
            Value::Bool(b) => b.to_string(),
            Value::Number(n) => n.to_string(),
            Value::String(s) => s.clone(),
            // Groups are refused before printing.
            Value::Null | Value::Array(_) | Value::Object(_) => DASH.to_string(),
        },
        Some(filter) => apply(filter, v, path, fmt)?,
    };
    Ok(if fig.signed { with_plus(v, text) } else { text })
}

/// `+` before a printed positive figure; a figure that rounds to zero has no sign.
fn with_plus(v: &Value, text: String) -> String {
    let rounds_to_zero = !text.chars().any(|c| matches!(c, '1'..='9'));
    let negative = v.as_f64().is_some_and(|x| x < 0.0);
    match (rounds_to_zero, negative) {
        (true, _) => text.replacen('-', "", 1),
        (false, true) => text,
        (false, false) => format!("+{text}"),
    }
}

/// The error of a filter that does not exist, with the nearest one.
pub fn unknown_filter(other: &str) -> EvalError {
    let filters = FILTERS.join(", ");
    let hint = match nearest(other, FILTERS.iter().copied()) {
        Some(n) => SiteMessage::DidYouMeanFilter {
            name: n.into(),
            filters,
        },
        None => SiteMessage::TheFilters { filters },
    };
    let filter = other.into();
    failed(SiteMessage::UnknownFilter { filter }, hint)
}

fn apply(filter: &str, v: &Value, path: &str, fmt: &Fmt) -> Result<String, EvalError> {
    let number = || -> Result<String, EvalError> {
        match v {
            Value::Number(n) => Ok(n.to_string()),
            _ => Err(not_a_number(filter, path)),
        }
    };
    match filter {
        "pct" => Ok(fmt.pct(Some(ratio_of(&number()?)?))),
        "points" => {
            let r = ratio_of(&number()?)?;
            Ok(r.percent(fmt.pct_decimals))
        }
        "money" => {
            let n = number()?;
            let m = Money::parse(&n).map_err(|_| {
                failed(
                    SiteMessage::NotAnAmount {
                        path: path.into(),
                        value: n.clone(),
                    },
                    SiteMessage::NotAnAmountHint,
                )
            })?;
            Ok(fmt.money(m))
        }
        other => Err(unknown_filter(other)),
    }
}

/// A JSON number's decimal text as an exact ratio (`0.6133` is 6133/10000).
pub fn ratio_of(n: &str) -> Result<Ratio, EvalError> {
    let bad = || {
        failed(
            SiteMessage::NotARate { value: n.into() },
            SiteMessage::NotARateHint,
        )
    };
    let (neg, body) = match n.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, n),
    };
    if body.contains(['e', 'E']) {
        let f: f64 = body.parse().map_err(|_| bad())?;
        let scaled = (f * 1e12).round() as i128;
        return Ratio::new(if neg { -scaled } else { scaled }, 1_000_000_000_000).ok_or_else(bad);
    }
    let (int, frac) = body.split_once('.').unwrap_or((body, ""));
    let digits = format!("{int}{frac}");
    let num: i128 = digits.parse().map_err(|_| bad())?;
    let den = 10_i128.checked_pow(frac.len() as u32).ok_or_else(bad)?;
    Ratio::new(if neg { -num } else { num }, den).ok_or_else(bad)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_ratios_from_json() {
        assert_eq!(ratio_of("0.6125").unwrap().percent(1), "61.3");
        assert_eq!(ratio_of("0.612499999").unwrap().percent(1), "61.2");
        assert_eq!(ratio_of("-0.05").unwrap().percent(1), "-5.0");
        assert_eq!(ratio_of("1").unwrap().percent(1), "100.0");
    }

    #[test]
    fn signs_only_where_the_printed_figure_is_not_zero() {
        let v = |x: f64| serde_json::json!(x);
        assert_eq!(with_plus(&v(0.419), "41.9%".into()), "+41.9%");
        assert_eq!(with_plus(&v(-0.05), "-5.0%".into()), "-5.0%");
        assert_eq!(with_plus(&v(0.0004), "0.0%".into()), "0.0%");
        assert_eq!(with_plus(&v(-0.0004), "-0.0%".into()), "0.0%");
        assert_eq!(with_plus(&v(12.0), "12".into()), "+12");
    }
}
