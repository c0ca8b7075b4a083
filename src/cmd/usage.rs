//! Usage errors (bad arguments) in the user's language.
//!
//! clap parses the command line before the site, and so its language, is
//! known: on an error the language is settled from the arguments themselves
//! (`--lang`, else the `language` of the site they name, else zh-CN) and the
//! error is said again in it. tongbao's own value checks (a month, a date,
//! `NAME=ID`, a language) fail with a [`UsageError`] holding a typed message;
//! the errors clap finds by itself (an unknown argument or command, a missing
//! one, a value not among the choices) are said from clap's context.

use std::ffi::OsString;
use std::fmt;
use std::path::Path;

use clap::error::{ContextKind, ContextValue, ErrorKind};
#[cfg(test)]
use clap::Parser;

use super::say;
use crate::diagnostics::{lang, Message};
use crate::model::Language;

/// A value the command line cannot take, and why (a value parser's error).
#[derive(Debug)]
pub struct UsageError(pub Message);

impl fmt::Display for UsageError {
    /// In English: clap may print it when no language is settled.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

impl std::error::Error for UsageError {}

/// The language of a command line that did not parse: its `--lang` when that
/// names one, else the language of the first argument that is a site folder,
/// else of the current folder's site, else zh-CN.
pub fn language(args: &[OsString]) -> Language {
    let words: Vec<String> = args
        .iter()
        .skip(1)
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let flag = words.iter().enumerate().find_map(|(i, w)| {
        let value = match w.strip_prefix("--lang") {
            Some("") => words.get(i + 1).map(String::as_str),
            Some(rest) => rest.strip_prefix('='),
            None => None,
        };
        value.and_then(Language::parse)
    });
    let site = words
        .iter()
        .map(Path::new)
        .find(|p| p.join("content").is_dir())
        .unwrap_or(Path::new("."));
    lang::resolve(flag, Some(site))
}

/// The subcommand named on the command line, for `see tongbao new --help`.
fn command(args: &[OsString]) -> String {
    let sub = args
        .iter()
        .skip(1)
        .map(|a| a.to_string_lossy())
        .find(|a| !a.starts_with('-'));
    match sub {
        Some(s) if super::Cli::is_command(&s) => format!("tongbao {s}"),
        _ => "tongbao".to_string(),
    }
}

/// A context value of clap's as text.
fn context(e: &clap::Error, kind: ContextKind) -> Option<String> {
    match e.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(v) => Some(v.join(", ")),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        ContextValue::StyledStrs(v) => Some(
            v.iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", "),
        ),
        _ => None,
    }
}

/// What clap found wrong, as a message of tongbao's; `None` for the kinds it
/// says better itself (they are printed as clap wrote them).
fn message(e: &clap::Error) -> Option<Message> {
    let arg = || context(e, ContextKind::InvalidArg).unwrap_or_default();
    let own = std::error::Error::source(e).and_then(|s| s.downcast_ref::<UsageError>());
    if let Some(UsageError(why)) = own {
        return Some(Message::BadArgument {
            arg: arg(),
            why: Box::new(why.clone()),
        });
    }
    match e.kind() {
        ErrorKind::UnknownArgument => Some(Message::UnknownArgument { arg: arg() }),
        ErrorKind::InvalidSubcommand => Some(Message::UnknownCommand {
            arg: context(e, ContextKind::InvalidSubcommand).unwrap_or_default(),
        }),
        ErrorKind::MissingRequiredArgument => Some(Message::MissingArgument { arg: arg() }),
        ErrorKind::InvalidValue => Some(Message::BadArgument {
            arg: arg(),
            why: Box::new(Message::NotAChoice {
                value: context(e, ContextKind::InvalidValue).unwrap_or_default(),
                choices: context(e, ContextKind::ValidValue).unwrap_or_default(),
            }),
        }),
        _ => None,
    }
}

/// The text of a usage error in `lang`: `error: …` and how to see the usage.
pub fn text(e: &clap::Error, args: &[OsString], lang: Language) -> String {
    let see = Message::SeeHelp {
        command: command(args),
    };
    match message(e) {
        Some(m) => format!("{}\n{}", say::error(m, lang), say::line(see, lang)),
        None if lang == Language::En => e.render().to_string().trim_end().to_string(),
        None => format!(
            "{}\n{}",
            say::error(Message::UsageError, lang),
            e.render().to_string().trim_end()
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(words: &[&str]) -> Vec<OsString> {
        words.iter().map(OsString::from).collect()
    }

    #[test]
    fn the_flag_names_the_language_of_a_bad_command_line() {
        assert_eq!(
            language(&args(&["tongbao", "new", "x", "--lang", "en"])),
            Language::En
        );
        assert_eq!(
            language(&args(&["tongbao", "--lang=zh-TW", "new"])),
            Language::ZhTw
        );
    }

    #[test]
    fn own_value_errors_are_said_in_the_language() {
        let a = args(&["tongbao", "new", "2026-13", "/nonexistent"]);
        let e = super::super::Cli::try_parse_from(&a).unwrap_err();
        let zh = text(&e, &a, Language::ZhCn);
        assert!(
            zh.starts_with("错误：<MONTH> 的值有误：`2026-13`不是月份：写成 YYYY-MM，如 2026-10\n用法见 `tongbao new --help`"),
            "{zh}"
        );
        let en = text(&e, &a, Language::En);
        assert!(
            en.starts_with("error: invalid value for <MONTH>: `2026-13` is not a month"),
            "{en}"
        );
        let a = args(&["tongbao", "chek"]);
        let e = super::super::Cli::try_parse_from(&a).unwrap_err();
        assert!(
            text(&e, &a, Language::ZhCn)
                .starts_with("错误：没有`chek`这个命令\n用法见 `tongbao --help`"),
            "{}",
            text(&e, &a, Language::ZhCn)
        );
        let a = args(&["tongbao", "check", "--frmat", "json"]);
        let e = super::super::Cli::try_parse_from(&a).unwrap_err();
        assert!(
            text(&e, &a, Language::ZhTw).starts_with("錯誤：無法識別的參數`--frmat`"),
            "{}",
            text(&e, &a, Language::ZhTw)
        );
    }
}
