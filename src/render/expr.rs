//! `{{ … }}` figures in commentary: a name from the month's metrics, then filters.
//!
//! `{{ totals.start_rate | pct }}`, `{{ totals.completed | money }}`,
//! `{{ by_category.工业.started }}` (a list row picked by its name),
//! `{{ by_unit[0].name }}`, `{{ vs_schedule | abs | points }}`. An unknown
//! name or a malformed expression is an error naming the file, line and
//! column, never an empty string. A known name with no data this month
//! (`last_year.completed` in an office's first year, `growth.completed.yoy`
//! without last month) prints `—` and is a warning, so that one commentary
//! works every month.

use serde_json::Value;

use super::filters::{is_modifier, modify, print, unknown_filter, EvalError, Figure, FILTERS};
use super::format::Fmt;
use crate::diagnostics::{nearest, Diagnostic};

/// Names that are `null` in a month without their data, and the name whose
/// keys they have when they have data (`last_year` has the keys of `totals`).
const NULLABLE: &[(&str, &str)] = &[("last_year", "totals")];

/// A commentary with its figures filled in, and the warnings about figures
/// that have no data this month.
#[derive(Debug)]
pub struct Expanded {
    /// The Markdown with every figure printed.
    pub text: String,
    /// One warning per figure printed as `—` for want of data.
    pub warnings: Vec<Diagnostic>,
}

/// At most this many wrong figures of one file are reported.
const MAX_ERRORS: usize = 100;

/// Replaces every `{{ … }}` in `body` with its value from `ctx`. `file` and
/// `first_line` place errors in the source file; all errors are returned,
/// with the warnings.
pub fn expand(
    body: &str,
    ctx: &Value,
    fmt: &Fmt,
    file: &str,
    first_line: usize,
) -> Result<Expanded, Vec<Diagnostic>> {
    let mut out = String::with_capacity(body.len() + 64);
    let mut errors = Vec::new();
    let mut warnings = Vec::new();
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
            Ok(p) => {
                if p.absent {
                    warnings.push(
                        Diagnostic::warning(
                            file.to_string(),
                            format!("`{}` has no data this month and prints as —", p.name),
                        )
                        .at(first_line + line - 1, col)
                        .hint("last_year needs last year's figures at this month, growth the month compared with, a rate something to divide by; word the sentence so that — reads well, or leave the figure out"),
                    );
                }
                out.push_str(&p.text);
            }
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
        Ok(Expanded {
            text: out,
            warnings,
        })
    } else {
        errors.extend(warnings);
        Err(errors)
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

/// One figure printed: its text, its name, and whether it had no data.
#[derive(Debug)]
pub struct Printed {
    /// What the figure prints (`61.3%`, or `—` without data).
    pub text: String,
    /// The figure's name (`totals.start_rate`).
    pub name: String,
    /// The name exists but has no data this month.
    pub absent: bool,
}

/// Evaluates one expression (without the braces) to the text it prints.
pub fn eval(expr: &str, ctx: &Value, fmt: &Fmt) -> Result<Printed, EvalError> {
    let mut parts = expr.split('|').map(str::trim);
    let path = parts.next().unwrap_or_default();
    if path.is_empty() {
        return Err((
            "empty figure `{{ }}`".into(),
            "write a name from metrics.json, e.g. {{ totals.started }}".into(),
        ));
    }
    let value = lookup(path, ctx)?.unwrap_or(&Value::Null);
    if matches!(value, Value::Array(_) | Value::Object(_)) {
        return Err((
            format!("`{path}` is a group of figures, not one figure"),
            format!("name one figure in it, e.g. {}", example_key(value, path)),
        ));
    }
    let mut fig = Figure {
        value: std::borrow::Cow::Borrowed(value),
        signed: false,
    };
    let filters: Vec<&str> = parts.collect();
    let mut printer: Option<&str> = None;
    for filter in &filters {
        if let Some(done) = printer {
            return Err((
                format!("filter `{filter}` after `{done}`, which already printed"),
                "put abs and signed first; pct, money or points comes last".into(),
            ));
        }
        if is_modifier(filter) {
            modify(filter, &mut fig, path)?;
        } else if FILTERS.contains(filter) {
            printer = Some(filter);
        } else {
            return Err(unknown_filter(filter));
        }
    }
    Ok(Printed {
        text: print(printer, &fig, path, fmt)?,
        name: path.to_string(),
        absent: value.is_null(),
    })
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

/// The value named `path`; `None` when the name exists but its group has no
/// data this month (a [`NULLABLE`] name that is `null`).
fn lookup<'v>(path: &str, ctx: &'v Value) -> Result<Option<&'v Value>, EvalError> {
    walk(path, &steps(path)?, ctx, ctx)
}

fn walk<'v>(
    path: &str,
    steps: &[String],
    ctx: &'v Value,
    root: &'v Value,
) -> Result<Option<&'v Value>, EvalError> {
    let mut cur = ctx;
    let mut walked = String::new();
    for (i, step) in steps.iter().enumerate() {
        if cur.is_null() {
            if let Some((_, shape)) = NULLABLE.iter().find(|(name, _)| *name == walked) {
                // No data this month: the rest of the name must still exist.
                let like = root.get(*shape).unwrap_or(&Value::Null);
                walk(path, &steps[i..], like, root)?;
                return Ok(None);
            }
        }
        let next = match cur {
            Value::Object(m) => m.get(step),
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
                Value::Object(m) => match nearest(step, m.keys().map(String::as_str)) {
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
        walked.push_str(step);
        cur = next;
    }
    Ok(Some(cur))
}

fn keys(m: &serde_json::Map<String, Value>) -> String {
    m.keys().cloned().collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Language;
    use serde_json::json;

    fn ctx() -> Value {
        json!({
            "period": "2021-09",
            "totals": {"projects": 181, "started": 111, "start_rate": 0.613259668508, "completed": 357000, "completion_rate": null},
            "by_category": [{"name": "工业", "started": 36, "completed": 77000}, {"name": "农业", "started": 5}],
            "last_year": null,
            "vs_schedule": -0.4,
            "growth": {"completed": {"yoy": 0.41934, "mom": -0.05}, "started": {"yoy": null, "mom": 0.0001}},
        })
    }

    const F: Fmt = Fmt {
        lang: Language::ZhCn,
        pct_decimals: 1,
    };

    #[test]
    fn expands_figures() {
        let s = expand("全区{{ totals.projects }}个项目，开复工率{{totals.start_rate|pct}}，完成投资{{ totals.completed | money }}；工业{{ by_category.工业.started }}个，{{ by_category[1].name }}。", &ctx(), &F, "b.md", 5).unwrap();
        assert!(s.warnings.is_empty());
        assert_eq!(
            s.text,
            "全区181个项目，开复工率61.3%，完成投资35.7亿元；工业36个，农业。"
        );
        let e = expand("{{ totals.completion_rate | pct }}", &ctx(), &F, "b.md", 1).unwrap();
        assert_eq!(e.text, "—");
        assert_eq!(e.warnings.len(), 1);
    }

    #[test]
    fn abs_and_signed() {
        let x = |s: &str| expand(s, &ctx(), &F, "b.md", 1).unwrap().text;
        assert_eq!(
            x("落后序时进度{{ vs_schedule | abs | points }}个百分点"),
            "落后序时进度40.0个百分点"
        );
        assert_eq!(x("{{ vs_schedule | points }}"), "-40.0");
        assert_eq!(
            x("同比{{ growth.completed.yoy | signed | pct }}"),
            "同比+41.9%"
        );
        assert_eq!(
            x("环比{{ growth.completed.mom | signed | pct }}"),
            "环比-5.0%"
        );
        assert_eq!(
            x("{{ growth.completed.mom | abs | signed | pct }}"),
            "+5.0%"
        );
        assert_eq!(x("{{ growth.started.mom | signed | pct }}"), "0.0%");
        assert_eq!(x("{{ totals.started | signed }}"), "+111");
        let err = |s: &str| {
            expand(s, &ctx(), &F, "b.md", 1).unwrap_err()[0]
                .message
                .clone()
        };
        assert!(err("{{ vs_schedule | pct | abs }}").contains("after `pct`"));
        assert!(err("{{ period | abs }}").contains("needs a number"));
        assert!(err("{{ vs_schedule | sign | pct }}").contains("unknown filter `sign`"));
    }

    #[test]
    fn figures_without_data_print_a_dash_and_warn_at_their_place() {
        let e = expand(
            "去年同期{{ last_year.completed | money }}，\n同比{{ growth.started.yoy | signed | pct }}",
            &ctx(),
            &F,
            "content/bulletins/2021-09.md",
            4,
        )
        .unwrap();
        assert_eq!(e.text, "去年同期—，\n同比—");
        let at: Vec<_> = e
            .warnings
            .iter()
            .map(|d| (d.line, d.column, d.is_error(), d.message.clone()))
            .collect();
        assert_eq!(
            at,
            [
                (
                    Some(4),
                    Some(5),
                    false,
                    "`last_year.completed` has no data this month and prints as —".to_string()
                ),
                (
                    Some(5),
                    Some(3),
                    false,
                    "`growth.started.yoy` has no data this month and prints as —".to_string()
                ),
            ]
        );
        // A name that does not exist is still an error, data or not.
        let errs = expand("{{ last_year.complted }}", &ctx(), &F, "b.md", 1).unwrap_err();
        assert!(errs[0].is_error());
        assert!(errs[0]
            .hint
            .as_deref()
            .unwrap()
            .contains("did you mean `completed`?"));
        assert!(expand("{{ last_year }}", &ctx(), &F, "b.md", 1).is_ok());
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
}
