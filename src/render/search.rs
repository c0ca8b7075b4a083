//! The search index (`static/search-index.js`): every project, department,
//! leader, category, location, bulletin and page, by title and by the words
//! in it (a project's description, 形象进度 notes and problems, a bulletin's
//! commentary, a page's text), for the theme's `static/search.js`.
//!
//! A script, not JSON, so that it loads with `<script src>` from file://, where
//! a page may not fetch() a file. Each document is stored once, grouped by type
//! (label, path prefix and suffix, then `[key, title]` pairs: the page is
//! `prefix + key + suffix`); the browser builds the postings (single
//! characters, bigrams, ASCII word prefixes) from the titles when the box is
//! first used, and scans the texts (one line a paragraph, each distinct line
//! once) for a query. Written with serde_json, so every string is a valid JS
//! literal.

use std::collections::BTreeSet;

use serde::Serialize;

use super::view::Ctx;
use super::{bulletin, commentary};
use crate::plan::{Grouping, Kind, Plan};
use crate::site::paths;

/// The global the index defines.
pub const GLOBAL: &str = "TONGBAO_SEARCH_INDEX";

/// One type of document and its documents.
#[derive(Serialize)]
struct Group {
    /// The type as the results show it (项目, 责任单位 …).
    label: &'static str,
    /// A page is `prefix + key + suffix` from the site root.
    prefix: &'static str,
    /// See `prefix`.
    suffix: &'static str,
    /// Whether the key is searched and shown too (project ids).
    keys: bool,
    /// Whether a title is found by its characters in order too (departments
    /// by their short names: 发改, 工信).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    abbrev: bool,
    /// `[key, title]` or `[key, title, text]`, key already safe in a path.
    docs: Vec<Vec<String>>,
}

/// A group of documents whose pages are `path_of(name)`; the key is what
/// `path_of` puts between `prefix` and `suffix`.
fn group(
    label: &'static str,
    prefix: &'static str,
    keys: bool,
    items: impl Iterator<Item = (String, String, String)>,
) -> Group {
    const SUFFIX: &str = "/index.html";
    Group {
        label,
        prefix,
        suffix: SUFFIX,
        keys,
        abbrev: false,
        docs: items
            .filter_map(|(path, title, text)| {
                let key = path.strip_prefix(prefix)?.strip_suffix(SUFFIX)?;
                let mut doc = vec![paths::encode_path(key), title];
                if !text.is_empty() {
                    doc.push(text);
                }
                Some(doc)
            })
            .collect(),
    }
}

/// Lines of text, each distinct line once, in their first order, joined by
/// newlines; blank lines left out.
fn lines<'a>(parts: impl IntoIterator<Item = &'a str>) -> String {
    let mut seen = BTreeSet::new();
    let mut out = String::new();
    for part in parts {
        for line in part.lines().map(str::trim).filter(|l| !l.is_empty()) {
            if seen.insert(line) {
                if !out.is_empty() {
                    out.push('\n');
                }
                out.push_str(line);
            }
        }
    }
    out
}

/// What a project's page says that its title does not: its description, its
/// 形象进度 notes (newest first) and its problems.
fn project_text(p: &crate::model::Project, problems: &[&str]) -> String {
    let description = p
        .description
        .as_deref()
        .map(super::markdown::to_text)
        .unwrap_or_default();
    let notes = p.records.values().rev().filter_map(|r| r.note.as_deref());
    lines(
        std::iter::once(description.as_str())
            .chain(notes)
            .chain(problems.iter().copied()),
    )
}

/// The index of the site of `plan` as a script: `window.TONGBAO_SEARCH_INDEX={…};`.
pub fn index_js(ctx: &Ctx, plan: &Plan) -> String {
    let l = ctx.ledger;
    let mut problems: std::collections::HashMap<&str, Vec<&str>> = Default::default();
    for x in &l.problems {
        problems
            .entry(x.project.as_str())
            .or_default()
            .push(&x.text);
    }
    let named = |grouping: Grouping| {
        plan.names(grouping)
            .map(|(name, path)| (path.to_string(), name.to_string(), String::new()))
    };
    let pages = || plan.pages.iter();
    let groups = [
        group(
            ctx.w("project"),
            "projects/",
            true,
            pages().filter_map(|pg| match pg.kind {
                Kind::Project(p) => Some((
                    pg.path.clone(),
                    p.name.clone(),
                    project_text(p, problems.get(p.id.as_str()).map_or(&[], Vec::as_slice)),
                )),
                _ => None,
            }),
        ),
        Group {
            abbrev: true,
            ..group(
                ctx.w("unit"),
                "units/",
                false,
                // A department's aliases (区工信局, 工信局) are its text: found by
                // full-text search, shown as the matching line.
                pages().filter_map(|pg| match pg.kind {
                    Kind::Unit(u) => Some((
                        pg.path.clone(),
                        u.name.clone(),
                        lines(u.aliases.iter().map(String::as_str)),
                    )),
                    _ => None,
                }),
            )
        },
        group(ctx.w("leader"), "leaders/", false, named(Grouping::Leader)),
        group(
            ctx.w("category"),
            "categories/",
            false,
            named(Grouping::Category),
        ),
        group(
            ctx.w("location"),
            "locations/",
            false,
            named(Grouping::Location),
        ),
        group(
            ctx.w("bulletins"),
            "bulletins/",
            false,
            // Newest first.
            plan.bulletins().rev().filter_map(|pg| match pg.kind {
                Kind::Bulletin(i) => {
                    let m = &ctx.metrics[i];
                    Some((
                        pg.path.clone(),
                        bulletin::title(ctx, m.period),
                        lines([commentary::text(ctx, m).as_str()]),
                    ))
                }
                _ => None,
            }),
        ),
        group(
            ctx.w("pages"),
            "pages/",
            false,
            pages().filter_map(|pg| match pg.kind {
                Kind::Markdown(p) => Some((
                    pg.path.clone(),
                    p.title.clone(),
                    lines([super::markdown::to_text(&p.body).as_str()]),
                )),
                _ => None,
            }),
        ),
    ];
    #[derive(Serialize)]
    struct Index<'a> {
        types: &'a [Group],
    }
    let json = serde_json::to_string(&Index { types: &groups }).unwrap_or_default();
    // JSON is JavaScript; these two line separators were not before ES2019, and
    // `</` is kept from ever reading as the end of a script element.
    let json = json
        .replace('\u{2028}', "\\u2028")
        .replace('\u{2029}', "\\u2029")
        .replace("</", "<\\/");
    format!("window.{GLOBAL}={json};\n")
}
