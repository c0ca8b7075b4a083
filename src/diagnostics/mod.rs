//! One type for users' mistakes: file, line, column, what is wrong and how to fix it.
//!
//! Loading never stops at the first mistake: every problem becomes a
//! [`Diagnostic`], they are collected, sorted and printed together.
//!
//! What a diagnostic says is a [`Text`]: a typed [`Message`] declared once
//! with its text in each language ([`voice`], [`messages`]), rendered when it
//! is printed ([`report`]) in the language [`lang`] settles on. Messages not
//! yet declared there are English sentences that `catalog` translates when
//! they are printed (the older way, being converted).

mod catalog;
mod entries;
pub mod lang;
pub mod messages;
pub mod report;
pub mod voice;

pub use catalog::{is_han, is_known, translate};
pub use messages::{ImportMessage, LoadMessage, Message, SiteMessage};

use std::fmt;

use serde::Serialize;

use crate::model::Language;

/// How serious a diagnostic is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The build cannot go on: nothing is written.
    Error,
    /// Suspicious data: printed, the build goes on.
    Warning,
}

/// A mistake (or a suspicion) in a user's content, with where it is and how to fix it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// File relative to the site folder (`content/projects/a.yaml`), when there is one.
    pub file: Option<String>,
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// 1-based column, when known.
    pub column: Option<usize>,
    /// What is wrong.
    pub message: Text,
    /// How to fix it.
    pub hint: Option<Text>,
}

/// What a diagnostic or a line of the command line says, in any language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Text {
    /// A message declared in [`messages`], written out in every language.
    Said(Box<Message>),
    /// A message of the content loader ([`messages::LoadMessage`]).
    Load(Box<LoadMessage>),
    /// A message of the importer ([`messages::ImportMessage`]).
    Import(Box<ImportMessage>),
    /// A message of the build, theme, output folder or a command
    /// ([`messages::SiteMessage`]).
    Site(Box<SiteMessage>),
    /// An English sentence translated through the older catalog
    /// (`catalog`, src/diagnostics/entries.rs) when it is printed.
    English(String),
}

impl Text {
    /// The text in `lang`.
    pub fn text(&self, lang: Language) -> String {
        match self {
            Text::Said(m) => m.text(lang),
            Text::Load(m) => m.text(lang),
            Text::Import(m) => m.text(lang),
            Text::Site(m) => m.text(lang),
            Text::English(s) => translate(s, lang),
        }
    }
}

impl fmt::Display for Text {
    /// The text in English.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Text::Said(m) => f.write_str(&m.text(Language::En)),
            Text::Load(m) => f.write_str(&m.text(Language::En)),
            Text::Import(m) => f.write_str(&m.text(Language::En)),
            Text::Site(m) => f.write_str(&m.text(Language::En)),
            Text::English(s) => f.write_str(s),
        }
    }
}

impl Serialize for Text {
    /// As its English text.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_string())
    }
}

impl From<Message> for Text {
    fn from(m: Message) -> Text {
        Text::Said(Box::new(m))
    }
}

impl From<LoadMessage> for Text {
    fn from(m: LoadMessage) -> Text {
        Text::Load(Box::new(m))
    }
}

impl From<ImportMessage> for Text {
    fn from(m: ImportMessage) -> Text {
        Text::Import(Box::new(m))
    }
}

impl From<SiteMessage> for Text {
    fn from(m: SiteMessage) -> Text {
        Text::Site(Box::new(m))
    }
}

impl From<String> for Text {
    fn from(s: String) -> Text {
        Text::English(s)
    }
}

impl From<&String> for Text {
    fn from(s: &String) -> Text {
        Text::English(s.clone())
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Text {
        Text::English(s.to_string())
    }
}

impl voice::Arg for Text {
    fn write(&self, lang: Language, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(lang))
    }
}

impl Diagnostic {
    /// An error about `file` (no position yet).
    pub fn error(file: impl Into<Option<String>>, message: impl Into<Text>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            file: file.into(),
            line: None,
            column: None,
            message: message.into(),
            hint: None,
        }
    }

    /// A warning about `file` (no position yet).
    pub fn warning(file: impl Into<Option<String>>, message: impl Into<Text>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(file, message)
        }
    }

    /// Sets the 1-based line and column.
    pub fn at(mut self, line: usize, column: usize) -> Diagnostic {
        self.line = Some(line);
        self.column = Some(column);
        self
    }

    /// Sets the position when one is known.
    pub fn at_opt(self, pos: Option<(usize, usize)>) -> Diagnostic {
        match pos {
            Some((l, c)) => self.at(l, c),
            None => self,
        }
    }

    /// Adds how to fix it.
    pub fn hint(mut self, hint: impl Into<Text>) -> Diagnostic {
        self.hint = Some(hint.into());
        self
    }

    /// Whether this is an error (not a warning).
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// `file:line:column` (as much of it as is known), or `""`.
    pub fn location(&self) -> String {
        match (&self.file, self.line, self.column) {
            (Some(f), Some(l), Some(c)) => format!("{f}:{l}:{c}"),
            (Some(f), Some(l), None) => format!("{f}:{l}"),
            (Some(f), None, _) => f.clone(),
            (None, _, _) => String::new(),
        }
    }

    /// The order diagnostics are printed in: by file, position, severity,
    /// then message (its English text, so that the order is the same in every
    /// language). The message is written out only for two diagnostics at
    /// the same place (rare): sorting 20,000 warnings formatted each of them
    /// at every sort.
    pub fn order(&self, other: &Diagnostic) -> std::cmp::Ordering {
        (&self.file, self.line, self.column, self.severity)
            .cmp(&(&other.file, other.line, other.column, other.severity))
            .then_with(|| self.message.to_string().cmp(&other.message.to_string()))
    }
}

impl fmt::Display for Diagnostic {
    /// `content/projects/a.yaml:12:5: error: unknown field `catgory``, then `  = help: …`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let word = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let loc = terminal_safe(&self.location()).into_owned();
        let message = self.message.to_string();
        let message = terminal_safe(&message);
        if loc.is_empty() {
            write!(f, "{word}: {message}")?;
        } else {
            write!(f, "{loc}: {word}: {message}")?;
        }
        if let Some(h) = &self.hint {
            write!(f, "\n  = help: {}", terminal_safe(&h.to_string()))?;
        }
        Ok(())
    }
}

/// `text` made safe to print on a terminal: control characters (C0 and C1,
/// DEL, line and paragraph separators) and the marks that reorder text
/// (bidirectional overrides) are shown as `\u{1b}`, so that a name in the
/// content cannot clear the screen, set the window title or disguise a line.
pub fn terminal_safe(text: &str) -> std::borrow::Cow<'_, str> {
    let unsafe_char = |c: char| {
        c.is_control()
            || matches!(c, '\u{2028}' | '\u{2029}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    };
    if !text.chars().any(unsafe_char) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if unsafe_char(c) {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Sorts diagnostics into their printing order and drops exact repeats.
pub fn sort(diags: &mut Vec<Diagnostic>) {
    diags.sort_by(Diagnostic::order);
    diags.dedup();
}

/// Whether any diagnostic is an error.
pub fn has_errors(diags: &[Diagnostic]) -> bool {
    diags.iter().any(Diagnostic::is_error)
}

/// The nearest of `candidates` to `word`, for "did you mean …?" hints.
pub fn nearest<'a, I: IntoIterator<Item = &'a str>>(word: &str, candidates: I) -> Option<&'a str> {
    let mut best: Option<(f64, &'a str)> = None;
    for c in candidates {
        let score = strsim::jaro_winkler(&word.to_lowercase(), &c.to_lowercase());
        let close = score >= 0.8 || strsim::levenshtein(word, c) <= 2.min(c.chars().count() / 2);
        if close && best.is_none_or(|(s, _)| score > s) {
            best = Some((score, c));
        }
    }
    best.map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_has_location_and_help() {
        let d = Diagnostic::error(
            Some("content/a.yaml".to_string()),
            "unknown field `catgory`",
        )
        .at(3, 5)
        .hint("did you mean `category`?");
        assert_eq!(
            d.to_string(),
            "content/a.yaml:3:5: error: unknown field `catgory`\n  = help: did you mean `category`?"
        );
    }

    #[test]
    fn nearest_suggests_close_names_only() {
        let fields = ["category", "name", "total_investment", "plans"];
        assert_eq!(nearest("catgory", fields), Some("category"));
        assert_eq!(nearest("total_invest", fields), Some("total_investment"));
        assert_eq!(nearest("xyz", fields), None);
        assert_eq!(nearest("工业园", ["工业", "农业"]), Some("工业"));
    }
}
