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
use std::sync::{Arc, Mutex};

use rayon::prelude::*;
use rustc_hash::FxHashMap;

use super::view::Ctx;
use super::{bulletin, commentary};
use crate::plan::{Grouping, Kind, Plan};
use crate::site::paths;

/// The global the index defines.
pub const GLOBAL: &str = "TONGBAO_SEARCH_INDEX";

/// One type of document and its documents.
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
    abbrev: bool,
    /// Each document as JSON, `[key, title]` or `[key, title, text]`, key
    /// already safe in a path.
    docs: Vec<Arc<str>>,
}

/// The JSON array of a document: its key, its title and its text, if any.
fn doc_json(key: &str, title: &str, text: &str) -> Arc<str> {
    let doc: &[&str] = if text.is_empty() {
        &[key, title]
    } else {
        &[key, title, text]
    };
    // Serializing strings into memory cannot fail.
    serde_json::to_string(doc).unwrap_or_default().into()
}

/// Where a page of a group is: its path without the prefix and `/index.html`.
fn key_of<'p>(path: &'p str, prefix: &str) -> Option<&'p str> {
    path.strip_prefix(prefix)?.strip_suffix(SUFFIX)
}

const SUFFIX: &str = "/index.html";

/// A group of documents whose pages are `path_of(name)`; the key is what
/// `path_of` puts between `prefix` and `suffix`.
fn group(
    label: &'static str,
    prefix: &'static str,
    keys: bool,
    items: impl Iterator<Item = (String, String, String)>,
) -> Group {
    Group {
        label,
        prefix,
        suffix: SUFFIX,
        keys,
        abbrev: false,
        docs: items
            .filter_map(|(path, title, text)| {
                let key = key_of(&path, prefix)?;
                Some(doc_json(&paths::encode_path(key), &title, &text))
            })
            .collect(),
    }
}

/// The search index's entries of projects from the last build, by the
/// fingerprint of the project's page (which covers everything an entry is
/// made from: the project's id, name, description, notes and problems). A
/// preview keeps it between its builds: after one edit, only the entries of
/// the projects whose pages changed are made again (10,000 projects' notes
/// are 30 MB of text).
#[derive(Default)]
pub struct Memo(Mutex<FxHashMap<u64, Arc<str>>>);

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

/// The projects' group: each project's entry taken from `memo` where its
/// page's fingerprint is remembered, else made (in parallel); `memo` then
/// remembers exactly this build's entries.
fn projects(ctx: &Ctx, plan: &Plan, memo: Option<&Memo>) -> Group {
    const PREFIX: &str = "projects/";
    let mut problems: FxHashMap<&str, Vec<&str>> = Default::default();
    for x in &ctx.ledger.problems {
        problems
            .entry(x.project.as_str())
            .or_default()
            .push(&x.text);
    }
    let mut last = memo
        .map(|m| std::mem::take(&mut *m.0.lock().unwrap_or_else(|e| e.into_inner())))
        .unwrap_or_default();
    let pages: Vec<(&crate::plan::Page, &crate::model::Project, Option<Arc<str>>)> = plan
        .pages
        .iter()
        .filter_map(|pg| match pg.kind {
            Kind::Project(p) => {
                let known = pg.fingerprint.and_then(|fp| last.remove(&fp));
                Some((pg, p, known))
            }
            _ => None,
        })
        .collect();
    let docs: Vec<Option<(Option<u64>, Arc<str>)>> = pages
        .into_par_iter()
        .map(|(pg, p, known)| {
            let doc = match known {
                Some(doc) => doc,
                None => {
                    let key = key_of(&pg.path, PREFIX)?;
                    let own = problems.get(p.id.as_str()).map_or(&[][..], Vec::as_slice);
                    doc_json(&paths::encode_path(key), &p.name, &project_text(p, own))
                }
            };
            Some((pg.fingerprint, doc))
        })
        .collect();
    let mut next = FxHashMap::default();
    let docs = docs
        .into_iter()
        .flatten()
        .map(|(fp, doc)| {
            if let (Some(fp), Some(_)) = (fp, memo) {
                next.insert(fp, Arc::clone(&doc));
            }
            doc
        })
        .collect();
    if let Some(m) = memo {
        *m.0.lock().unwrap_or_else(|e| e.into_inner()) = next;
    }
    Group {
        label: ctx.w("project"),
        prefix: PREFIX,
        suffix: SUFFIX,
        keys: true,
        abbrev: false,
        docs,
    }
}

/// The index of the site of `plan` as a script:
/// `window.TONGBAO_SEARCH_INDEX={"types":[…]};`, with the projects' entries
/// remembered in `memo` (a preview's) where their pages did not change.
pub fn index_js(ctx: &Ctx, plan: &Plan, memo: Option<&Memo>) -> Vec<u8> {
    let named = |grouping: Grouping| {
        plan.names(grouping)
            .map(|(name, path)| (path.to_string(), name.to_string(), String::new()))
    };
    let pages = || plan.pages.iter();
    let groups = [
        projects(ctx, plan, memo),
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
    // The documents' length and a little for the rest: the buffer is not
    // grown (and copied) twenty times over for a 30 MB index.
    let size: usize = groups
        .iter()
        .flat_map(|g| &g.docs)
        .map(|d| d.len() + 1)
        .sum();
    let mut out = Vec::with_capacity(size + 4096);
    out.extend_from_slice(format!("window.{GLOBAL}={{\"types\":[").as_bytes());
    for (i, g) in groups.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        write_group(&mut out, g);
    }
    out.extend_from_slice(b"]};\n");
    script_safe(out)
}

/// `g` as a JSON object: `{"label":…,"prefix":…,"suffix":…,"keys":…,
/// ["abbrev":true,]"docs":[…]}`.
fn write_group(out: &mut Vec<u8>, g: &Group) {
    let string = |out: &mut Vec<u8>, s: &str| {
        // Writing a string into memory cannot fail.
        let _ = serde_json::to_writer(&mut *out, s);
    };
    out.extend_from_slice(b"{\"label\":");
    string(out, g.label);
    out.extend_from_slice(b",\"prefix\":");
    string(out, g.prefix);
    out.extend_from_slice(b",\"suffix\":");
    string(out, g.suffix);
    out.extend_from_slice(if g.keys {
        b",\"keys\":true"
    } else {
        b",\"keys\":false"
    });
    if g.abbrev {
        out.extend_from_slice(b",\"abbrev\":true");
    }
    out.extend_from_slice(b",\"docs\":[");
    for (i, d) in g.docs.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        out.extend_from_slice(d.as_bytes());
    }
    out.extend_from_slice(b"]}");
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
    use super::*;

    /// The index of the small fixture, planned with fingerprints, through `memo`.
    fn index_of_small(memo: Option<&Memo>, name_of_first: Option<&str>) -> String {
        let site = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/small");
        let mut ledger = crate::content::load(&site)
            .ledger
            .expect("the fixture loads");
        if let Some(name) = name_of_first {
            ledger.projects[0].name = name.to_string();
        }
        let metrics = crate::metrics::compute_all(&ledger);
        let plan = Plan::new(&ledger, &metrics, ["style.css"], Some((1, true)));
        let ctx = Ctx::new(&ledger, &metrics);
        String::from_utf8(index_js(&ctx, &plan, memo)).expect("UTF-8")
    }

    #[test]
    fn a_remembered_entry_is_taken_and_a_changed_project_made_again() {
        let plain = index_of_small(None, None);
        assert!(plain.starts_with("window.TONGBAO_SEARCH_INDEX={\"types\":[{\"label\":"));
        assert!(plain.ends_with("]};\n"));
        let memo = Memo::default();
        assert_eq!(index_of_small(Some(&memo), None), plain);
        let remembered = memo.0.lock().unwrap().len();
        assert!(remembered > 1, "{remembered} entries remembered");
        // The memo's entries are what the index shows: one replaced by hand
        // shows, so the index took it instead of making it again.
        {
            let mut m = memo.0.lock().unwrap();
            let fp = *m.keys().min().unwrap();
            m.insert(fp, Arc::from("[\"x\",\"从记忆中取得\"]"));
        }
        assert!(index_of_small(Some(&memo), None).contains("从记忆中取得"));
        // A project renamed has another fingerprint: its entry is made anew,
        // the others are taken, and the memo keeps only this build's entries.
        let memo = Memo::default();
        index_of_small(Some(&memo), None);
        let renamed = index_of_small(Some(&memo), Some("改名后的项目"));
        assert_eq!(renamed, index_of_small(None, Some("改名后的项目")));
        assert!(renamed.contains("改名后的项目") && renamed != plain);
        assert_eq!(memo.0.lock().unwrap().len(), remembered);
    }

    #[test]
    fn line_separators_and_script_ends_are_escaped_and_nothing_else() {
        let json = "[\"a\u{2028}b\u{2029}c</script>é—</\"]".as_bytes().to_vec();
        let safe = String::from_utf8(script_safe(json)).unwrap();
        assert_eq!(safe, "[\"a\\u2028b\\u2029c<\\/script>é—<\\/\"]");
        let plain = "[\"开复工率 61.3% — <b>\"]".as_bytes().to_vec();
        assert_eq!(script_safe(plain.clone()), plain);
    }
}
