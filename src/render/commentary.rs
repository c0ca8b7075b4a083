//! A bulletin's written part (文字部分): the commentary file with its figures
//! filled in, or the default summary; and the checks that keep a half-written
//! commentary from being published.
//!
//! The skeleton `tongbao new` writes marks the prose to write with 【待填写】
//! (or 【待填写：…】). A commentary that still has one is an error in `build`
//! and `check`, at its line and column; `build --draft` builds anyway, the
//! markers then being warnings and the page marked 草稿.

use super::expr;
use super::markdown;
use super::summary::summary;
use super::view::{Ctx, Expansion};
use crate::diagnostics::{Diagnostic, SiteMessage};
use crate::metrics::MonthMetrics;
use crate::model::Commentary;

/// The beginning of every marker the skeleton of `tongbao new` writes.
pub const MARKER: &str = "【待填写";

/// A commentary as HTML, with the warnings its figures gave.
#[derive(Debug)]
pub struct Written {
    /// The commentary (or the default summary) as Markdown, figures filled in.
    pub markdown: String,
    /// The same as sanitized HTML.
    pub html: String,
    /// Figures with no data this month; in a draft, the markers left.
    pub warnings: Vec<Diagnostic>,
}

/// The expression context of a month for the commentary `body`: its metrics
/// as JSON, rates exact to 12 decimals (so `pct` rounds the true value), plus
/// `vs_schedule`. The project rows (10,000 at a large site) only when a
/// figure of the body reads `projects`; else the key is there, empty, for the
/// suggestions of a misspelt name.
pub fn expr_context(m: &MonthMetrics, body: &str) -> serde_json::Value {
    let json = || serde_json::to_value(m).unwrap_or_default();
    let rows = expr::names_key(body, "projects");
    let mut v = crate::metrics::with_rate_decimals(12, || {
        if rows {
            json()
        } else {
            crate::metrics::without_project_rows(json)
        }
    });
    if let serde_json::Value::Object(map) = &mut v {
        if !rows {
            map.insert("projects".into(), serde_json::Value::Array(Vec::new()));
        }
        let vs = m.vs_schedule();
        map.insert(
            "vs_schedule".into(),
            vs.map_or(serde_json::Value::Null, |r| r.to_json(12)),
        );
    }
    v
}

/// The commentary file of month `m` with its figures filled in, or their
/// errors; `None` when the month has no commentary file. Expanded once a
/// build, whoever asks first (the checks, the bulletin, the search index).
fn expansion<'c>(ctx: &'c Ctx, m: &MonthMetrics) -> Option<&'c Expansion> {
    ctx.expanded(m, || {
        let c = ctx.ledger.bulletins.get(&m.period)?;
        Some(expr::expand(
            &c.body,
            &expr_context(m, &c.body),
            &ctx.fmt,
            &c.file,
            c.body_line,
        ))
    })
}

/// The commentary of month `m`: its file with figures filled in, or the default
/// summary. Errors (with the warnings) name the file, line and column.
pub fn written(ctx: &Ctx, m: &MonthMetrics) -> Result<Written, Vec<Diagnostic>> {
    let (Some(c), Some(expanded)) = (ctx.ledger.bulletins.get(&m.period), expansion(ctx, m)) else {
        let markdown = summary(ctx, m);
        return Ok(Written {
            html: markdown::to_html(&markdown),
            markdown,
            warnings: Vec::new(),
        });
    };
    let draft = ctx.ledger.site.draft;
    let markers = markers(c, draft);
    match expanded {
        Ok(e) if draft || markers.is_empty() => {
            let mut warnings = markers;
            warnings.extend(e.warnings.iter().cloned());
            Ok(Written {
                html: markdown::to_html(&e.text),
                markdown: e.text.clone(),
                warnings,
            })
        }
        Ok(e) => Err(markers
            .into_iter()
            .chain(e.warnings.iter().cloned())
            .collect()),
        Err(errors) => {
            let mut errors = errors.clone();
            errors.extend(markers);
            Err(errors)
        }
    }
}

/// The commentary of month `m` as plain text for the search index, a line
/// a paragraph: its file with figures filled in, or the default summary.
/// Empty when the commentary has errors (the build reports them).
pub fn text(ctx: &Ctx, m: &MonthMetrics) -> String {
    match expansion(ctx, m) {
        Some(Ok(e)) => markdown::to_text(&e.text),
        Some(Err(_)) => String::new(),
        None => markdown::to_text(&summary(ctx, m)),
    }
}

/// Every commentary's errors and warnings, as `check` and `build` report them
/// (`build` fails on the errors while rendering, and prints the warnings).
pub fn check_all(ledger: &crate::model::Ledger, metrics: &[MonthMetrics]) -> Vec<Diagnostic> {
    check(&Ctx::new(ledger, metrics))
}

/// Every commentary's errors and warnings in the build of `ctx`, whose
/// expansions the pages then reuse.
pub fn check(ctx: &Ctx) -> Vec<Diagnostic> {
    use rayon::prelude::*;
    let months: Vec<&MonthMetrics> = ctx
        .metrics
        .iter()
        .filter(|m| ctx.ledger.bulletins.contains_key(&m.period))
        .collect();
    // Each month's figures are independent: expanded on every thread, then
    // told in the months' order.
    let per_month: Vec<Vec<Diagnostic>> = months
        .par_iter()
        .map(|m| match written(ctx, m) {
            Ok(w) => w.warnings,
            Err(d) => d,
        })
        .collect();
    per_month.into_iter().flatten().collect()
}

/// Every 【待填写…】 marker left in `c`: errors, or warnings in a draft.
fn markers(c: &Commentary, draft: bool) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (i, line) in c.body.lines().enumerate() {
        for (at, _) in line.match_indices(MARKER) {
            let column = line[..at].chars().count() + 1;
            let shown: String = line[at..]
                .chars()
                .take_while(|&ch| ch != '】')
                .take(40)
                .collect();
            let message = SiteMessage::MarkerLeft { marker: shown };
            let d = if draft {
                Diagnostic::warning(c.file.clone(), message)
            } else {
                Diagnostic::error(c.file.clone(), message)
            };
            out.push(
                d.at(c.body_line + i, column)
                    .hint(SiteMessage::MarkerLeftHint),
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Month;

    fn commentary(body: &str) -> Commentary {
        Commentary {
            period: Month::new(2026, 10).unwrap(),
            title: None,
            number: None,
            date: None,
            doc_number: None,
            recipients: None,
            cc: None,
            body: body.into(),
            body_line: 5,
            file: "content/bulletins/2026-10.md".into(),
        }
    }

    #[test]
    fn every_marker_is_found_at_its_line_and_column() {
        let c = commentary(
            "开头。\n主要表现在：【待填写：要素保障等】\n三要【待填写】，以及【待填写】\n",
        );
        let found: Vec<_> = markers(&c, false)
            .iter()
            .map(|d| (d.line, d.column, d.message.to_string(), d.is_error()))
            .collect();
        assert_eq!(
            found,
            [
                (
                    Some(6),
                    Some(7),
                    "`【待填写：要素保障等】` is still to be written".to_string(),
                    true
                ),
                (
                    Some(7),
                    Some(3),
                    "`【待填写】` is still to be written".to_string(),
                    true
                ),
                (
                    Some(7),
                    Some(11),
                    "`【待填写】` is still to be written".to_string(),
                    true
                ),
            ]
        );
        assert!(markers(&c, true).iter().all(|d| !d.is_error()));
        assert!(markers(&commentary("已写完。【注】\n"), false).is_empty());
    }
}
