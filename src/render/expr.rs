//! `{{ … }}` figures in commentary: a name from the month's metrics, then filters.
//!
//! `{{ totals.start_rate | pct }}`, `{{ totals.completed | money }}`,
//! `{{ by_category.工业.started }}` (a list row picked by its name),
//! `{{ by_unit[0].name }}`. An unknown name or a malformed expression is an
//! error naming the file, line and column, never an empty string.

use serde_json::Value;

use super::format::{Fmt, DASH};
use crate::diagnostics::{nearest, Diagnostic};
use crate::model::{Money, Ratio};

/// The filters commentary may use.
pub const FILTERS: &[&str] = &["pct", "money", "points"];

/// At most this many wrong figures of one file are reported.
const MAX_ERRORS: usize = 100;

/// Replaces every `{{ … }}` in `body` with its value from `ctx`. `file` and
/// `first_line` place errors in the source file; all errors are returned.
pub fn expand(
    body: &str,
    ctx: &Value,
    fmt: &Fmt,
    file: &str,
    first_line: usize,
) -> Result<String, Vec<Diagnostic>> {
    let mut out = String::with_capacity(body.len() + 64);
    let mut errors = Vec::new();
    let mut rest = body;
    let mut consumed = 0usize;
    let mut at = Cursor::default();
    while let Some(start) = rest.find("{{") {
        out.push_str(&rest[..start]);
        let abs = consumed + start;
        let (line, col) = at.advance(body, abs);
        let after = &rest[start + 2..];
        let Some(end) = after.find("}}") else {
            errors.push(
                Diagnostic::error(file.to_string(), "`{{` without a closing `}}`")
                    .at(first_line + line - 1, col)
                    .hint("close the figure with `}}`, e.g. {{ totals.started }}"),
            );
            rest = "";
            break;
        };
        let expr = &after[..end];
        match eval(expr.trim(), ctx, fmt) {
            Ok(s) => push_as_text(&mut out, &s),
            Err(_) if errors.len() >= MAX_ERRORS => {
                errors.push(
                    Diagnostic::error(
                        file.to_string(),
                        format!(
                            "more than {MAX_ERRORS} figures are wrong; the rest were not checked"
                        ),
                    )
                    .at(first_line + line - 1, col)
                    .hint("fix the figures above and build again"),
                );
                break;
            }
            Err((msg, hint)) => errors.push(
                Diagnostic::error(file.to_string(), msg)
                    .at(first_line + line - 1, col)
                    .hint(hint),
            ),
        }
        let used = start + 2 + end + 2;
        consumed += used;
        rest = &rest[used..];
    }
    out.push_str(rest);
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

/// Appends a figure to Markdown so that it reads as the text it is: every
/// ASCII punctuation character is backslash-escaped (a unit named
/// `![](https://x/p.png)` stays those characters, not an image) and line
/// breaks and other control characters become spaces (a name cannot start a
/// heading or a list on a line of its own).
fn push_as_text(out: &mut String, figure: &str) {
    for c in figure.chars() {
        if c.is_ascii_punctuation() {
            out.push('\\');
            out.push(c);
        } else if c.is_control() || c == '\u{2028}' || c == '\u{2029}' {
            out.push(' ');
        } else {
            out.push(c);
        }
    }
}

/// A position in a text that only moves forward, so that placing every figure
/// of a long commentary reads the text once, not once per figure.
#[derive(Default)]
struct Cursor {
    byte: usize,
    /// Newlines before `byte`.
    newlines: usize,
    /// Characters between the last newline (or the start) and `byte`.
    chars: usize,
}

impl Cursor {
    /// Moves to `byte` (at or after the current one) and returns its 1-based
    /// line and column.
    fn advance(&mut self, text: &str, byte: usize) -> (usize, usize) {
        let seg = text.get(self.byte..byte).unwrap_or_default();
        match seg.rfind('\n') {
            Some(i) => {
                self.newlines += seg.matches('\n').count();
                self.chars = seg[i + 1..].chars().count();
            }
            None => self.chars += seg.chars().count(),
        }
        self.byte = byte;
        (self.newlines + 1, self.chars + 1)
    }
}

type EvalError = (String, String);

/// Evaluates one expression (without the braces) to the text it prints.
pub fn eval(expr: &str, ctx: &Value, fmt: &Fmt) -> Result<String, EvalError> {
    let mut parts = expr.split('|').map(str::trim);
    let path = parts.next().unwrap_or_default();
    if path.is_empty() {
        return Err((
            "empty figure `{{ }}`".into(),
            "write a name from metrics.json, e.g. {{ totals.started }}".into(),
        ));
    }
    let mut value = lookup(path, ctx)?.clone();
    let mut printed: Option<String> = None;
    for filter in parts {
        if printed.is_some() {
            return Err((
                format!("filter `{filter}` after a filter that already printed"),
                "use one of pct, money, points as the last filter".into(),
            ));
        }
        printed = Some(apply(filter, &value, path, fmt)?);
        value = Value::Null;
    }
    match printed {
        Some(s) => Ok(s),
        None => plain(&value, path),
    }
}

fn plain(v: &Value, path: &str) -> Result<String, EvalError> {
    match v {
        Value::Null => Ok(DASH.to_string()),
        Value::Bool(b) => Ok(b.to_string()),
        Value::Number(n) => Ok(n.to_string()),
        Value::String(s) => Ok(s.clone()),
        Value::Array(_) | Value::Object(_) => Err((
            format!("`{path}` is a group of figures, not one figure"),
            format!("name one figure in it, e.g. {}", example_key(v, path)),
        )),
    }
}

fn example_key(v: &Value, path: &str) -> String {
    match v {
        Value::Object(m) => m
            .keys()
            .next()
            .map_or(path.to_string(), |k| format!("{path}.{k}")),
        Value::Array(a) => match a
            .first()
            .and_then(|r| r.get("name"))
            .and_then(Value::as_str)
        {
            Some(n) => format!("{path}.{n}.started or {path}[0].name"),
            None => format!("{path}[0]"),
        },
        _ => path.to_string(),
    }
}

/// Splits `a.b[0].c` into steps.
fn steps(path: &str) -> Result<Vec<String>, EvalError> {
    let mut out = Vec::new();
    for part in path.split('.') {
        let mut p = part;
        let name_end = p.find('[').unwrap_or(p.len());
        if name_end > 0 {
            out.push(p[..name_end].to_string());
        }
        p = &p[name_end..];
        while let Some(r) = p.strip_prefix('[') {
            let Some(close) = r.find(']') else {
                return Err((
                    format!("malformed figure name `{path}`"),
                    "close the index with `]`, e.g. by_unit[0].name".into(),
                ));
            };
            out.push(r[..close].trim().to_string());
            p = &r[close + 1..];
        }
        if !p.is_empty() || part.is_empty() {
            return Err((
                format!("malformed figure name `{path}`"),
                "names are like totals.start_rate or by_category.工业.started".into(),
            ));
        }
    }
    Ok(out)
}

fn lookup<'v>(path: &str, ctx: &'v Value) -> Result<&'v Value, EvalError> {
    let mut cur = ctx;
    let mut walked = String::new();
    for step in steps(path)? {
        let next = match cur {
            Value::Object(m) => m.get(&step),
            Value::Array(a) => match step.parse::<usize>() {
                Ok(i) => a.get(i),
                Err(_) => a
                    .iter()
                    .find(|r| r.get("name").and_then(Value::as_str) == Some(step.as_str())),
            },
            _ => None,
        };
        let Some(next) = next else {
            let here = if walked.is_empty() {
                "the metrics".to_string()
            } else {
                format!("`{walked}`")
            };
            let hint = match cur {
                Value::Object(m) => match nearest(&step, m.keys().map(String::as_str)) {
                    Some(n) => format!("did you mean `{n}`? {here} has: {}", keys(m)),
                    None => format!("{here} has: {}", keys(m)),
                },
                Value::Array(a) => {
                    let names: Vec<&str> = a
                        .iter()
                        .filter_map(|r| r.get("name").and_then(Value::as_str))
                        .collect();
                    format!(
                        "pick a row by number [0]..[{}] or by name: {}",
                        a.len().saturating_sub(1),
                        names.join(", ")
                    )
                }
                _ => format!("{here} is a single figure"),
            };
            return Err((format!("unknown name `{path}` in a figure"), hint));
        };
        if !walked.is_empty() {
            walked.push('.');
        }
        walked.push_str(&step);
        cur = next;
    }
    Ok(cur)
}

fn keys(m: &serde_json::Map<String, Value>) -> String {
    m.keys().cloned().collect::<Vec<_>>().join(", ")
}

fn apply(filter: &str, v: &Value, path: &str, fmt: &Fmt) -> Result<String, EvalError> {
    if v.is_null() {
        return Ok(DASH.to_string());
    }
    let number = || -> Result<String, EvalError> {
        match v {
            Value::Number(n) => Ok(n.to_string()),
            _ => Err((
                format!("filter `{filter}` needs a number, but `{path}` is not one"),
                "use pct on rates and money on amounts".into(),
            )),
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
                (
                    format!("`{path}` ({n}) is not an amount"),
                    "use money on amounts in 万元".to_string(),
                )
            })?;
            Ok(fmt.money(m))
        }
        other => {
            let hint = match nearest(other, FILTERS.iter().copied()) {
                Some(n) => format!(
                    "did you mean `{n}`? The filters are: {}",
                    FILTERS.join(", ")
                ),
                None => format!("the filters are: {}", FILTERS.join(", ")),
            };
            Err((format!("unknown filter `{other}`"), hint))
        }
    }
}

/// A JSON number's decimal text as an exact ratio (`0.6133` is 6133/10000).
fn ratio_of(n: &str) -> Result<Ratio, EvalError> {
    let bad = || {
        (
            format!("`{n}` is not a rate"),
            "use pct on rates such as totals.start_rate".to_string(),
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
    use super::super::markdown;
    use super::*;
    use crate::model::Language;
    use serde_json::json;

    fn ctx() -> Value {
        json!({
            "period": "2021-09",
            "totals": {"projects": 181, "started": 111, "start_rate": 0.613259668508, "completed": 357000, "completion_rate": null},
            "by_category": [{"name": "工业", "started": 36, "completed": 77000}, {"name": "农业", "started": 5}],
        })
    }

    const F: Fmt = Fmt {
        lang: Language::ZhCn,
        pct_decimals: 1,
    };

    #[test]
    fn expands_figures() {
        let s = expand("全区{{ totals.projects }}个项目，开复工率{{totals.start_rate|pct}}，完成投资{{ totals.completed | money }}；工业{{ by_category.工业.started }}个，{{ by_category[1].name }}。", &ctx(), &F, "b.md", 5).unwrap();
        assert_eq!(
            s,
            "全区181个项目，开复工率61\\.3\\%，完成投资35\\.7亿元；工业36个，农业。"
        );
        assert_eq!(
            markdown::to_html(&s),
            "<p>全区181个项目，开复工率61.3%，完成投资35.7亿元；工业36个，农业。</p>\n"
        );
        assert_eq!(
            expand("{{ totals.completion_rate | pct }}", &ctx(), &F, "b.md", 1).unwrap(),
            "—"
        );
    }

    #[test]
    fn names_in_figures_are_text_not_markdown() {
        let name = "![](https://evil.example/p.png)[点此下载](https://evil.example/x) a\\b &amp; <i>\n# 标题\u{2028}*x*";
        let ctx = json!({"by_unit": [{"name": name}]});
        let md = expand("单位：{{ by_unit[0].name }}。", &ctx, &F, "b.md", 1).unwrap();
        let html = markdown::to_html(&md);
        assert!(
            !html.contains("<img") && !html.contains("<a ") && !html.contains("<h1"),
            "{html}"
        );
        assert!(!html.contains("<em>") && !html.contains("<i>"), "{html}");
        assert_eq!(
            html,
            "<p>单位：![](https://evil.example/p.png)[点此下载](https://evil.example/x) a\\b &amp;amp; &lt;i&gt; # 标题 *x*。</p>\n"
        );
    }

    #[test]
    fn unknown_names_are_errors_with_position() {
        let errs = expand(
            "第一行\n开复工{{ totals.strated }}个，{{ totals.start_rate | pcts }}",
            &ctx(),
            &F,
            "content/bulletins/2021-09.md",
            5,
        )
        .unwrap_err();
        assert_eq!(errs.len(), 2);
        assert_eq!(
            errs[0].to_string().lines().next().unwrap(),
            "content/bulletins/2021-09.md:6:4: error: unknown name `totals.strated` in a figure"
        );
        assert!(errs[0]
            .hint
            .as_deref()
            .unwrap()
            .contains("did you mean `started`?"));
        assert!(errs[1].message.contains("unknown filter `pcts`"));
        assert!(expand("{{ totals }}", &ctx(), &F, "b", 1).is_err());
        assert!(expand("{{ totals.projects", &ctx(), &F, "b", 1).is_err());
        assert!(expand("{{ }}", &ctx(), &F, "b", 1).is_err());
        assert!(expand("{{ by_category.商业.started }}", &ctx(), &F, "b", 1).is_err());
        assert!(expand("{{ period | money }}", &ctx(), &F, "b", 1).is_err());
        assert!(expand("{{ by_unit[0 }}", &ctx(), &F, "b", 1).is_err());
    }

    #[test]
    fn every_error_has_its_own_position() {
        let errs = expand(
            "{{ a }}甲{{ b }}\n\n乙乙{{ c }}\r\n{{ d }}{{ e",
            &ctx(),
            &F,
            "b.md",
            3,
        )
        .unwrap_err();
        let at: Vec<_> = errs.iter().map(|d| (d.line, d.column)).collect();
        assert_eq!(
            at,
            [
                (Some(3), Some(1)),
                (Some(3), Some(9)),
                (Some(5), Some(3)),
                (Some(6), Some(1)),
                (Some(6), Some(8)),
            ]
        );
    }

    #[test]
    fn errors_stop_after_a_hundred() {
        let errs = expand(&"{{ x }}".repeat(100_000), &ctx(), &F, "b.md", 1).unwrap_err();
        assert_eq!(errs.len(), MAX_ERRORS + 1);
        assert!(errs[MAX_ERRORS].message.contains("more than 100"));
    }

    #[test]
    fn exact_ratios_from_json() {
        assert_eq!(ratio_of("0.6125").unwrap().percent(1), "61.3");
        assert_eq!(ratio_of("0.612499999").unwrap().percent(1), "61.2");
        assert_eq!(ratio_of("-0.05").unwrap().percent(1), "-5.0");
        assert_eq!(ratio_of("1").unwrap().percent(1), "100.0");
    }
}
