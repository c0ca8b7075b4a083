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
pub fn index_js(ctx: &Ctx, plan: &Plan) -> Vec<u8> {
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
    // The strings' length and a little for quotes and brackets: the buffer is
    // not grown (and copied) twenty times over for a 30 MB index.
    let size: usize = groups
        .iter()
        .flat_map(|g| &g.docs)
        .flatten()
        .map(|s| s.len() + 8)
        .sum();
    let mut out = Vec::with_capacity(size + size / 16 + 4096);
    out.extend_from_slice(format!("window.{GLOBAL}=").as_bytes());
    // Serializing into memory cannot fail; an empty index if it ever did.
    if serde_json::to_writer(&mut out, &Index { types: &groups }).is_err() {
        out.truncate(GLOBAL.len() + 8);
        out.extend_from_slice(b"{\"types\":[]}");
    }
    out.extend_from_slice(b";\n");
    script_safe(out)
}

/// JSON made safe inside a script: the line separators U+2028 and U+2029
/// (not JavaScript before ES2019) escaped, and `</` written `<\/` so that it
/// never reads as the end of a script element. The bytes are copied only when
/// one occurs (a 30 MB index at 10,000 projects with notes).
fn script_safe(json: Vec<u8>) -> Vec<u8> {
    let finder = |b: &[u8]| {
        memchr::memmem::find(b, "\u{2028}".as_bytes()).is_some()
            || memchr::memmem::find(b, "\u{2029}".as_bytes()).is_some()
            || memchr::memmem::find(b, b"</").is_some()
    };
    if !finder(&json) {
        return json;
    }
    let mut out = Vec::with_capacity(json.len() + 64);
    let mut rest = json.as_slice();
    while let Some(i) = memchr::memchr2(0xE2, b'<', rest) {
        out.extend_from_slice(&rest[..i]);
        let tail = &rest[i..];
        let (with, skip): (&[u8], usize) = if tail.starts_with("\u{2028}".as_bytes()) {
            (b"\\u2028", 3)
        } else if tail.starts_with("\u{2029}".as_bytes()) {
            (b"\\u2029", 3)
        } else if tail.starts_with(b"</") {
            (b"<\\/", 2)
        } else {
            (&tail[..1], 1)
        };
        out.extend_from_slice(with);
        rest = &tail[skip..];
    }
    out.extend_from_slice(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::script_safe;

    #[test]
    fn line_separators_and_script_ends_are_escaped_and_nothing_else() {
        let json = "[\"a\u{2028}b\u{2029}c</script>é—</\"]".as_bytes().to_vec();
        let safe = String::from_utf8(script_safe(json)).unwrap();
        assert_eq!(safe, "[\"a\\u2028b\\u2029c<\\/script>é—<\\/\"]");
        let plain = "[\"开复工率 61.3% — <b>\"]".as_bytes().to_vec();
        assert_eq!(script_safe(plain.clone()), plain);
    }
}
