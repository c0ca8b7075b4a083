//! Messages in the user's language: a catalog of English templates and their
//! Chinese translations, applied when a message is printed.
//!
//! Messages are made in English all over the code (the loader, the commentary
//! figures, the theme, the output folder). Rather than thread a language through
//! every stage, the printed text is matched against the catalog
//! ([`super::entries::ENTRIES`]): an English template such as
//! ``unknown field `{}` in {w}`` captures the variable parts of a message, and
//! its Chinese template ``{1}中有未知字段`{0}` `` puts them back in Chinese order.
//! A message no entry matches is printed in English, unchanged.
//!
//! In an English template, `{}` captures a value printed as it is (a field name,
//! a file, a number), and `{w}` captures a value that is itself translated
//! through the catalog when an entry matches it exactly (the loader's "a
//! project", "this department", the YAML parser's messages, …). Captures may
//! be empty (an empty list); when a message matches several entries, the one
//! with the most fixed text wins. In a Chinese template, `{0}`, `{1}`, … name the captures in
//! the order of the English one. Where a capture that starts or ends in ASCII
//! letters or digits meets a Chinese character of the template, a space is put
//! between them (`项目 T-003 缺少`name``).
//!
//! Each entry has its zh-TW template written out beside the zh-CN one; what
//! the user wrote is never converted.
//!
//! This is the older way, kept while its entries are converted to the typed
//! messages of [`super::messages`], which need no matching.

use std::sync::OnceLock;

use super::entries::ENTRIES;
use crate::model::Language;

/// How deep `{w}` captures are translated in turn (a phrase inside a phrase …).
const MAX_DEPTH: usize = 4;

/// One piece of a compiled English template.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Piece {
    /// Text that must be there as it is.
    Lit(&'static str),
    /// A captured value; `word` when it is translated in turn.
    Hole { word: bool },
}

/// A catalog entry ready for matching.
#[derive(Debug)]
struct Compiled {
    /// The English template in pieces.
    pieces: Vec<Piece>,
    /// Bytes of fixed text: the more, the more specific the entry.
    fixed: usize,
    /// The zh-CN template.
    zh: &'static str,
    /// The zh-TW template.
    tw: &'static str,
}

/// Splits an English template into literal text and holes (`{}`, `{w}`); any
/// other brace is literal text.
fn compile(en: &'static str) -> Vec<Piece> {
    let mut pieces = Vec::new();
    let mut lit_start = 0;
    let mut i = 0;
    while i < en.len() {
        let hole = if en[i..].starts_with("{}") {
            Some((false, 2))
        } else if en[i..].starts_with("{w}") {
            Some((true, 3))
        } else {
            None
        };
        match hole {
            Some((word, len)) => {
                if lit_start < i {
                    pieces.push(Piece::Lit(&en[lit_start..i]));
                }
                pieces.push(Piece::Hole { word });
                i += len;
                lit_start = i;
            }
            None => i += en[i..].chars().next().map_or(1, char::len_utf8),
        }
    }
    if lit_start < en.len() {
        pieces.push(Piece::Lit(&en[lit_start..]));
    }
    pieces
}

/// The catalog, compiled once.
fn catalog() -> &'static [Compiled] {
    static CATALOG: OnceLock<Vec<Compiled>> = OnceLock::new();
    CATALOG.get_or_init(|| {
        ENTRIES
            .iter()
            .map(|(en, zh, tw)| {
                let pieces = compile(en);
                let fixed = pieces
                    .iter()
                    .map(|p| match p {
                        Piece::Lit(l) => l.len(),
                        Piece::Hole { .. } => 0,
                    })
                    .sum();
                Compiled {
                    pieces,
                    fixed,
                    zh,
                    tw,
                }
            })
            .collect()
    })
}

/// Matches `text` against `pieces`, pushing the captures; the first captures
/// are as short as they can be.
fn match_pieces<'t>(pieces: &[Piece], text: &'t str, caps: &mut Vec<&'t str>) -> bool {
    match pieces.split_first() {
        None => text.is_empty(),
        Some((Piece::Lit(lit), rest)) => text
            .strip_prefix(lit)
            .is_some_and(|t| match_pieces(rest, t, caps)),
        Some((Piece::Hole { .. }, rest)) => match rest.first() {
            None => {
                caps.push(text);
                true
            }
            Some(Piece::Lit(next)) => {
                let mut from = 0;
                while let Some(i) = text[from..].find(next) {
                    let at = from + i;
                    caps.push(&text[..at]);
                    if match_pieces(rest, &text[at..], caps) {
                        return true;
                    }
                    caps.pop();
                    match text[at..].chars().next() {
                        Some(c) => from = at + c.len_utf8(),
                        None => break,
                    }
                }
                false
            }
            // Two holes side by side cannot be split; no entry has them (tested).
            Some(Piece::Hole { .. }) => false,
        },
    }
}

/// Translates `text` (a whole message or hint) into `lang`. English, and text
/// no catalog entry matches, come back unchanged.
pub fn translate(text: &str, lang: Language) -> String {
    if lang == Language::En {
        return text.to_string();
    }
    lookup(text, lang, 0).unwrap_or_else(|| text.to_string())
}

/// Whether some catalog entry matches `text` as a whole.
pub fn is_known(text: &str) -> bool {
    best_match(text).is_some()
}

/// The most specific entry matching `text`, with its captures.
fn best_match(text: &str) -> Option<(&'static Compiled, Vec<&str>)> {
    let mut best: Option<(&'static Compiled, Vec<&str>)> = None;
    for entry in catalog() {
        if best.as_ref().is_some_and(|(b, _)| b.fixed >= entry.fixed) {
            continue;
        }
        let mut caps = Vec::new();
        if match_pieces(&entry.pieces, text, &mut caps) {
            best = Some((entry, caps));
        }
    }
    best
}

fn lookup(text: &str, lang: Language, depth: usize) -> Option<String> {
    if depth > MAX_DEPTH {
        return None;
    }
    let (entry, caps) = best_match(text)?;
    let words = entry.pieces.iter().filter_map(|p| match p {
        Piece::Hole { word } => Some(*word),
        Piece::Lit(_) => None,
    });
    let values: Vec<String> = caps
        .iter()
        .zip(words)
        .map(|(v, word)| {
            if word {
                lookup(v, lang, depth + 1).unwrap_or_else(|| v.to_string())
            } else {
                v.to_string()
            }
        })
        .collect();
    let template = match lang {
        Language::ZhTw => entry.tw,
        _ => entry.zh,
    };
    Some(fill(template, &values))
}

use super::voice::fill_values;
pub use super::voice::is_han;

/// Puts `values` into a Chinese template's `{0}`, `{1}`, …; a reference to a
/// capture that does not exist is left as written.
pub fn fill(template: &str, values: &[String]) -> String {
    let names: Vec<String> = (0..values.len()).map(|n| n.to_string()).collect();
    let named: Vec<(&str, &str)> = names
        .iter()
        .zip(values)
        .map(|(n, v)| (n.as_str(), v.as_str()))
        .collect();
    fill_values(template, &named, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    const ZH: Language = Language::ZhCn;

    #[test]
    fn templates_compile_into_literals_and_holes() {
        assert_eq!(
            compile("unknown field `{}` in {w}"),
            vec![
                Piece::Lit("unknown field `"),
                Piece::Hole { word: false },
                Piece::Lit("` in "),
                Piece::Hole { word: true },
            ]
        );
        assert_eq!(
            compile("write `- {file: a}` per photo"),
            vec![Piece::Lit("write `- {file: a}` per photo")]
        );
    }

    #[test]
    fn no_entry_has_two_holes_side_by_side_or_an_unused_capture() {
        for (en, zh, tw) in ENTRIES {
            assert_eq!(
                fill(zh, &[]).matches('{').count(),
                fill(tw, &[]).matches('{').count(),
                "{en}: zh-CN and zh-TW"
            );
            let pieces = compile(en);
            for w in pieces.windows(2) {
                assert!(
                    !matches!(w, [Piece::Hole { .. }, Piece::Hole { .. }]),
                    "{en}"
                );
            }
            let holes = pieces
                .iter()
                .filter(|p| matches!(p, Piece::Hole { .. }))
                .count();
            for n in 0..holes {
                assert!(zh.contains(&format!("{{{n}}}")), "{en} → {zh}: {{{n}}}");
            }
            assert!(
                !zh.contains(&format!("{{{holes}}}")),
                "{en} → {zh}: no capture {holes}"
            );
        }
    }

    #[test]
    fn no_two_entries_have_the_same_english() {
        let mut seen = std::collections::HashSet::new();
        for (en, _, _) in ENTRIES {
            assert!(seen.insert(en), "twice: {en}");
        }
    }

    // The entries left are the words of other programs: the system's errors,
    // the writer's own io::Errors, an encoding's name.

    #[test]
    fn messages_are_translated_with_their_parts() {
        assert_eq!(
            translate("Permission denied (os error 13)", ZH),
            "没有权限（系统错误 13）"
        );
        assert_eq!(
            translate(
                "out/a is in the way and was not made by tongbao; move or delete it",
                ZH
            ),
            "out/a 已存在，且不是 tongbao 创建的；请移走或删除"
        );
    }

    #[test]
    fn unknown_messages_and_english_are_unchanged() {
        assert_eq!(
            translate("a message nobody wrote yet", ZH),
            "a message nobody wrote yet"
        );
        assert_eq!(
            translate("Permission denied (os error 13)", Language::En),
            "Permission denied (os error 13)"
        );
    }

    #[test]
    fn traditional_characters_for_zh_tw() {
        assert_eq!(
            translate("No such file or directory (os error 2)", Language::ZhTw),
            "檔案或資料夾不存在（系統錯誤 2）"
        );
        assert_eq!(
            translate("UTF-8 with BOM", Language::ZhTw),
            "帶 BOM 的 UTF-8"
        );
    }

    #[test]
    fn spaces_only_where_latin_meets_han() {
        let v = |s: &str| vec![s.to_string()];
        assert_eq!(fill("项目{0}缺少", &v("T-1")), "项目 T-1 缺少");
        assert_eq!(fill("项目`{0}`缺少", &v("T-1")), "项目`T-1`缺少");
        assert_eq!(fill("项目{0}缺少", &v("甲")), "项目甲缺少");
        assert_eq!(fill("（{0}）", &v("x")), "（x）");
        assert_eq!(fill("{0} {1}", &v("a")), "a {1}");
        assert_eq!(fill("{0}年计划", &v("2025")), "2025年计划");
        assert_eq!(fill("缺少{0}的", &v("2024-12")), "缺少2024-12的");
    }

    /// The files whose English messages the catalog covers (the content
    /// loader's are typed messages, `LoadMessage`, and are not scanned).
    const SOURCES: &[&str] = &[
        "src/render/expr.rs",
        "src/render/theme.rs",
        "src/render/mod.rs",
        "src/render/xlsx",
        "src/render/bulletin/downloads.rs",
        "src/site/output.rs",
        "src/cmd/build.rs",
        "src/cmd/check.rs",
        "src/cmd/import.rs",
        "src/import",
        "src/cmd/collect.rs",
        "src/collect",
    ];

    /// String literals of Rust source text outside comments, escapes undone
    /// enough for comparing (`\"` → `"`), up to the first `#[cfg(test)]`.
    fn literals(src: &str) -> Vec<String> {
        let src = src.split("#[cfg(test)]").next().unwrap_or_default();
        let chars: Vec<char> = src.chars().collect();
        let mut out = Vec::new();
        let mut i = 0;
        while i < chars.len() {
            match chars[i] {
                '/' if chars.get(i + 1) == Some(&'/') => {
                    while i < chars.len() && chars[i] != '\n' {
                        i += 1;
                    }
                }
                '\'' => {
                    // A char literal ('"', '\'', 'x') or a lifetime.
                    if chars.get(i + 1) == Some(&'\\') {
                        i += 4;
                    } else if chars.get(i + 2) == Some(&'\'') {
                        i += 3;
                    } else {
                        i += 1;
                    }
                }
                '"' => {
                    let mut lit = String::new();
                    i += 1;
                    while i < chars.len() && chars[i] != '"' {
                        if chars[i] == '\\' {
                            i += 1;
                            match chars.get(i) {
                                Some('n') => lit.push('\n'),
                                // A line continuation: the next line's indent is dropped.
                                Some('\n') => {
                                    while chars.get(i + 1).is_some_and(|c| c.is_whitespace()) {
                                        i += 1;
                                    }
                                }
                                Some(c) => lit.push(*c),
                                None => {}
                            }
                        } else {
                            lit.push(chars[i]);
                        }
                        i += 1;
                    }
                    out.push(lit);
                    i += 1;
                }
                _ => i += 1,
            }
        }
        out
    }

    /// Whether a literal reads as English words: two words of letters side by side.
    fn is_sentence(lit: &str) -> bool {
        let words: Vec<&str> = lit.split(' ').collect();
        words.windows(2).any(|w| {
            w.iter()
                .all(|x| x.len() >= 2 && x.chars().all(|c| c.is_ascii_alphabetic()))
        })
    }

    /// Text without what stands in backticks or “quotes” (code and names).
    fn without_quotes(text: &str) -> String {
        let mut out = String::new();
        let mut inside: Option<char> = None;
        for c in text.chars() {
            match (inside, c) {
                (None, '`') => inside = Some('`'),
                (None, '“') => inside = Some('”'),
                (Some(close), c) if c == close => inside = None,
                (None, c) => out.push(c),
                _ => {}
            }
        }
        out
    }

    /// The fixed parts of a format string: the text between `{…}` arguments.
    fn fixed_parts(lit: &str) -> Vec<String> {
        let mut parts = Vec::new();
        let mut cur = String::new();
        let mut rest = lit;
        while let Some(c) = rest.chars().next() {
            if c == '{' && !rest.starts_with("{{") {
                if let Some(end) = rest.find('}') {
                    let inner = &rest[1..end];
                    if inner
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == ':' || c == '.')
                    {
                        parts.push(std::mem::take(&mut cur));
                        rest = &rest[end + 1..];
                        continue;
                    }
                }
            }
            cur.push(c);
            rest = &rest[c.len_utf8()..];
        }
        parts.push(cur);
        parts
    }

    /// Every English sentence the figures, the theme, the output folder and
    /// the importer can print has an entry in the catalog: a message added without a
    /// translation fails here.
    #[test]
    fn every_message_literal_is_in_the_catalog() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut files = Vec::new();
        for s in SOURCES {
            let p = root.join(s);
            if p.is_dir() {
                for e in std::fs::read_dir(&p).unwrap() {
                    files.push(e.unwrap().path());
                }
            } else {
                files.push(p);
            }
        }
        // Literals that are not messages to a user.
        let not_messages = [
            "This folder is written by tongbao build",
            " at line ",
            "any YAML node",
            "a mapping key",
            "# Imported by",
            "did you mean `note`",
            // serde_yaml's words for a key written twice, looked for in its error.
            "duplicate entry",
        ];
        let mut missing = Vec::new();
        for f in files
            .iter()
            .filter(|f| f.extension().is_some_and(|e| e == "rs"))
        {
            let src = std::fs::read_to_string(f).unwrap();
            for lit in literals(&src) {
                if !is_sentence(&lit) || not_messages.iter().any(|n| lit.starts_with(n)) {
                    continue;
                }
                let sample = fixed_parts(&lit).join("X1");
                let zh = translate(&sample, ZH);
                let covered = zh != sample && !is_sentence(&without_quotes(&zh));
                if !covered {
                    missing.push(format!("{}: {lit:?}", f.display()));
                }
            }
        }
        assert!(
            missing.is_empty(),
            "messages without a translation in src/diagnostics/entries.rs:\n{}",
            missing.join("\n")
        );
    }

    /// The content loader (src/content) makes no message in English: what it
    /// says is a `LoadMessage`. The English sentences left in its files are
    /// the YAML parser's own words, which it turns into messages.
    #[test]
    fn the_loader_makes_no_english_message() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/content");
        // serde_yaml's words, looked for in its errors.
        let parser_words = [
            "any YAML node",
            "a mapping key",
            " at line ",
            "duplicate entry",
            "duplicate entry with key ",
            ": duplicate entry with key ",
            "recursion limit exceeded",
            "repetition limit exceeded",
        ];
        let mut english = Vec::new();
        for e in std::fs::read_dir(&dir).unwrap() {
            let f = e.unwrap().path();
            if f.extension().is_none_or(|x| x != "rs") {
                continue;
            }
            let src = std::fs::read_to_string(&f).unwrap();
            for lit in literals(&src) {
                let said = crate::diagnostics::LoadMessage::TEXTS
                    .iter()
                    .any(|t| t.1.replace("{{", "{").replace("}}", "}") == lit);
                if is_sentence(&lit) && !said && !parser_words.contains(&lit.as_str()) {
                    english.push(format!("{}: {lit:?}", f.display()));
                }
            }
        }
        assert!(
            english.is_empty(),
            "English messages in the loader (declare them in messages/load.rs):\n{}",
            english.join("\n")
        );
    }
}
