//! Which language messages are printed in: `--lang`, else the site's
//! `language:` in content/site.yaml, else zh-CN (the tool is Chinese-first).
//!
//! The site's language is read on its own, leniently: the messages that say
//! what is wrong with site.yaml must come out in the right language too.

use std::path::Path;
use std::sync::atomic::{AtomicU8, Ordering};

use crate::model::Language;

/// The language of this run's messages (see [`set_current`]).
static CURRENT: AtomicU8 = AtomicU8::new(0);

/// The `language:` of `site/content/site.yaml`, when the file and the line can
/// be read and name a language; the rest of the file may be broken.
pub fn site_language(site: &Path) -> Option<Language> {
    let bytes = std::fs::read(site.join("content").join("site.yaml")).ok()?;
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    language_line(&String::from_utf8_lossy(bytes))
}

/// The value of a top-level `language:` line of a YAML text.
fn language_line(text: &str) -> Option<Language> {
    for line in text.lines() {
        let Some(rest) = line.strip_prefix("language") else {
            continue;
        };
        let Some(value) = rest.trim_start().strip_prefix(':') else {
            continue;
        };
        // A comment starts at a `#` after a space.
        let value = match value.find(" #").or_else(|| value.find("\t#")) {
            Some(i) => &value[..i],
            None => value,
        };
        let value = value.trim().trim_matches(|c| c == '"' || c == '\'');
        return Language::parse(value);
    }
    None
}

/// The language for messages about the site in `site`: `chosen` (`--lang`)
/// when given, else the site's, else zh-CN.
pub fn resolve(chosen: Option<Language>, site: Option<&Path>) -> Language {
    chosen
        .or_else(|| site.and_then(site_language))
        .unwrap_or(Language::ZhCn)
}

/// Sets the language this run prints messages in.
pub fn set_current(lang: Language) {
    let n = match lang {
        Language::ZhCn => 1,
        Language::ZhTw => 2,
        Language::En => 3,
    };
    CURRENT.store(n, Ordering::Relaxed);
}

/// The language this run prints messages in (zh-CN until one is set).
pub fn current() -> Language {
    match CURRENT.load(Ordering::Relaxed) {
        2 => Language::ZhTw,
        3 => Language::En,
        _ => Language::ZhCn,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_language_line_of_a_broken_file() {
        let text = "title: [broken\nlanguage: zh-TW   # 繁體\npublisher: x\n";
        assert_eq!(language_line(text), Some(Language::ZhTw));
        assert_eq!(language_line("language: \"en\"\n"), Some(Language::En));
        assert_eq!(language_line("language : en\n"), Some(Language::En));
        assert_eq!(language_line("  language: en\n"), None);
        assert_eq!(language_line("language_x: en\n"), None);
        assert_eq!(language_line("language: klingon\n"), None);
        assert_eq!(language_line("title: x\n"), None);
    }

    #[test]
    fn the_flag_wins_then_the_site_then_zh_cn() {
        let tmp = tempfile::tempdir().unwrap();
        assert_eq!(resolve(None, Some(tmp.path())), Language::ZhCn);
        std::fs::create_dir_all(tmp.path().join("content")).unwrap();
        std::fs::write(
            tmp.path().join("content/site.yaml"),
            "\u{feff}language: en\n",
        )
        .unwrap();
        assert_eq!(resolve(None, Some(tmp.path())), Language::En);
        assert_eq!(
            resolve(Some(Language::ZhTw), Some(tmp.path())),
            Language::ZhTw
        );
        assert_eq!(resolve(None, None), Language::ZhCn);
    }
}
