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

use super::filters::{
    failed, is_modifier, modify, print, unknown_filter, EvalError, Figure, FILTERS,
};
use super::format::Fmt;
use crate::diagnostics::{nearest, Diagnostic, SiteMessage, Text};

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
                Diagnostic::error(file.to_string(), SiteMessage::FigureNotClosed)
                    .at(first_line + line - 1, col)
                    .hint(SiteMessage::FigureNotClosedHint),
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
                            SiteMessage::FigureWithoutData { path: p.name },
                        )
                        .at(first_line + line - 1, col)
                        .hint(SiteMessage::FigureWithoutDataHint),
                    );
                }
                push_as_text(&mut out, &p.text);
            }
            Err(_) if errors.len() >= MAX_ERRORS => {
                errors.push(
                    Diagnostic::error(
                        file.to_string(),
                        SiteMessage::TooManyWrongFigures { max: MAX_ERRORS },
                    )
                    .at(first_line + line - 1, col)
                    .hint(SiteMessage::FixFiguresAbove),
                );
                break;
            }
            Err(e) => errors.push(
                Diagnostic::error(file.to_string(), e.0)
                    .at(first_line + line - 1, col)
                    .hint(e.1),
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
        return Err(failed(
            SiteMessage::EmptyFigure,
            SiteMessage::EmptyFigureHint,
        ));
    }
    let value = lookup(path, ctx)?.unwrap_or(&Value::Null);
    if matches!(value, Value::Array(_) | Value::Object(_)) {
        return Err(failed(
            SiteMessage::FigureIsGroup { path: path.into() },
            SiteMessage::FigureIsGroupHint {
                // `a.b or a[0].name`, through the older catalog.
                example: example_key(value, path),
            },
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
            return Err(failed(
                SiteMessage::FilterAfterPrinter {
                    filter: filter.to_string(),
                    printer: done.into(),
                },
                SiteMessage::FilterOrderHint,
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

fn example_key(v: &Value, path: &str) -> Text {
    // A name as it is written (never matched against the older catalog).
    let name = |name: String| Text::from(SiteMessage::FigureName { name });
    match v {
        Value::Object(m) => name(
            m.keys()
                .next()
                .map_or(path.to_string(), |k| format!("{path}.{k}")),
        ),
        Value::Array(a) => match a
            .first()
            .and_then(|r| r.get("name"))
            .and_then(Value::as_str)
        {
            Some(n) => SiteMessage::EitherFigure {
                by_name: format!("{path}.{n}.started"),
                by_index: format!("{path}[0].name"),
            }
            .into(),
            None => name(format!("{path}[0]")),
        },
        _ => name(path.to_string()),
    }
}

/// Whether some `{{ … }}` of `body` starts its name with `first` (the
/// top-level key it reads), as [`expand`] would read it; a figure left
/// unclosed counts, so that its error is the same with or without the key.
pub fn names_key(body: &str, first: &str) -> bool {
    body.split("{{").skip(1).any(|figure| {
        let expr = figure.split("}}").next().unwrap_or_default();
        let path = expr.split('|').next().unwrap_or_default().trim();
        let head = path.split(['.', '[']).next().unwrap_or_default().trim();
        head == first
    })
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
                return Err(failed(
                    SiteMessage::MalformedFigureName { path: path.into() },
                    SiteMessage::IndexNotClosedHint,
                ));
            };
            out.push(r[..close].trim().to_string());
            p = &r[close + 1..];
        }
        if !p.is_empty() || part.is_empty() {
            return Err(failed(
                SiteMessage::MalformedFigureName { path: path.into() },
                SiteMessage::FigureNameHint,
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
            let here = Text::from(if walked.is_empty() {
                SiteMessage::TheMetrics
            } else {
                SiteMessage::FigureGroup {
                    name: walked.clone(),
                }
            });
            let hint = match cur {
                Value::Object(m) => match nearest(step, m.keys().map(String::as_str)) {
                    Some(n) => SiteMessage::DidYouMeanFigure {
                        name: n.into(),
                        here,
                        names: keys(m),
                    },
                    None => SiteMessage::FigureNamesHere {
                        here,
                        names: keys(m),
                    },
                },
                Value::Array(a) => {
                    let names: Vec<&str> = a
                        .iter()
                        .filter_map(|r| r.get("name").and_then(Value::as_str))
                        .collect();
                    SiteMessage::PickARow {
                        last: a.len().saturating_sub(1),
                        names: names.join(", "),
                    }
                }
                _ => SiteMessage::SingleFigure { here },
            };
            let path = path.into();
            return Err(failed(SiteMessage::UnknownFigureName { path }, hint));
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
#[path = "expr_tests.rs"]
mod tests;
