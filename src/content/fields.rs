//! Reading typed fields out of YAML values, with a diagnostic for every mistake.

use std::borrow::Cow;

use super::node::{Map, Node};
use super::positions::Locator;
use super::yaml::{self, describe, At};
use crate::diagnostics::{nearest, Diagnostic, LoadMessage, Message, Text};
use crate::model::{Date, Money, MoneyError, Month, MAX_WHOLE_WAN};

/// At most this many positions of one file are looked up by reading it again
/// with serde_yaml (files the fast reader leaves to serde_yaml, values written
/// as nothing); the rest name the file only. Positions in files the fast
/// reader takes are all found, in one pass ([`super::positions`]).
pub const MAX_LOCATED: usize = 200;

/// How many bytes the serde_yaml position lookups of one file may read again
/// in all: a large file gets fewer lookups, so that a 16 MB ledger with
/// thousands of mistakes is not read thousands of times.
const LOCATE_BYTES: usize = 64 << 20;

/// How many positions of a file of `len` bytes may be looked up with
/// serde_yaml (and how many "did you mean" suggestions across files it gets):
/// up to [`MAX_LOCATED`], fewer for files over 320 KB, at least 10.
pub fn locate_budget(len: usize) -> usize {
    (LOCATE_BYTES / len.max(1)).clamp(10, MAX_LOCATED)
}

/// One file being read: its path and text, and the diagnostics found in it.
pub struct FileCtx<'a> {
    /// Path relative to the site folder, as printed in messages.
    pub rel: &'a str,
    /// The file's text.
    pub text: &'a str,
    /// What was found wrong so far.
    pub diags: Vec<Diagnostic>,
    /// Finds positions in `text`.
    locator: Locator<'a>,
}

impl<'a> FileCtx<'a> {
    /// A context for `text` read from `rel`.
    pub fn new(rel: &'a str, text: &'a str) -> FileCtx<'a> {
        FileCtx {
            rel,
            text,
            diags: Vec::new(),
            locator: Locator::new(text),
        }
    }

    /// A context for `text` read from `rel`, whose positions are found from
    /// `seed` (the nodes and marks of its reading) if given, without reading
    /// the text again.
    pub fn seeded(
        rel: &'a str,
        text: &'a str,
        seed: Option<super::positions::Seed<'a>>,
    ) -> FileCtx<'a> {
        FileCtx {
            rel,
            text,
            diags: Vec::new(),
            locator: Locator::seeded(text, seed),
        }
    }

    /// Where each key under the root's `key` starts (byte offsets, in their
    /// order), when the file's reading kept its marks (see
    /// [`super::positions::keys_under`]).
    pub fn keys_under(&self, key: &str) -> Option<Vec<u32>> {
        self.locator.keys_under(key)
    }

    /// The 1-based position of `at` (see [`Locator::locate`]).
    pub fn pos(&self, at: &At) -> Option<(usize, usize)> {
        self.locator.locate(&at.path())
    }

    /// Records an error at `at` with a hint.
    pub fn error(&mut self, at: &At, message: impl Into<Text>, hint: impl Into<Text>) {
        let d = Diagnostic::error(self.rel.to_string(), message)
            .at_opt(self.pos(at))
            .hint(hint);
        self.diags.push(d);
    }

    /// Records a warning at `at` with a hint.
    pub fn warn(&mut self, at: &At, message: impl Into<Text>, hint: impl Into<Text>) {
        let d = Diagnostic::warning(self.rel.to_string(), message)
            .at_opt(self.pos(at))
            .hint(hint);
        self.diags.push(d);
    }

    /// The mapping at `at`, or an error saying what `what` must be.
    pub fn map<'v>(&mut self, v: &'v Node<'v>, at: At<'v>, what: &LoadMessage) -> Option<Obj<'v>> {
        match untag(v) {
            Node::Mapping(m) => Some(Obj { map: m, at }),
            other => {
                let found = describe(other);
                self.error(
                    &at,
                    Message::ExpectedMapping {
                        what: Text::from(what.clone()),
                        found: Text::from(found),
                    },
                    Message::WriteAsMapping,
                );
                None
            }
        }
    }
}

/// A mapping being read, with its place for messages.
pub struct Obj<'v> {
    /// The mapping.
    pub map: &'v Map<'v>,
    /// Where it is.
    pub at: At<'v>,
}

/// The value behind a YAML tag (`!foo value` reads as `value`).
pub fn untag<'v, 'n>(v: &'v Node<'n>) -> &'v Node<'n> {
    v.untagged()
}

/// Whether `v` is text of nothing but spaces (`""`, `"  "`, a full-width
/// space, zero-width spaces): present, but blank — never the same as an
/// absent value.
pub fn is_blank(v: &Node) -> bool {
    matches!(text_of(v), Some(s) if blank_text(&s))
}

/// Whether `s` has nothing but spaces, visible or not.
fn blank_text(s: &str) -> bool {
    s.chars().all(|c| {
        c.is_whitespace() || matches!(c, '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}')
    })
}

/// Text of a scalar (numbers as written), or `None` for lists, mappings and nulls.
pub fn as_text(v: &Node) -> Option<String> {
    text_of(v).map(Cow::into_owned)
}

/// [`as_text`], borrowed where the node holds the text.
pub fn text_of<'v>(v: &'v Node) -> Option<Cow<'v, str>> {
    match untag(v) {
        Node::String(s) => Some(Cow::Borrowed(s)),
        Node::Number(_, text) => Some(Cow::Borrowed(text)),
        Node::Bool(b) => Some(Cow::Owned(b.to_string())),
        _ => None,
    }
}

/// The items of a file that must be a list (`- …` lines); nothing is a list of
/// nothing, anything else an error saying `what` the file must be and `how` to
/// start an item.
pub fn list<'v>(
    ctx: &mut FileCtx,
    v: &'v Node<'v>,
    what: LoadMessage,
    how: LoadMessage,
) -> &'v [Node<'v>] {
    match untag(v) {
        Node::Sequence(items) => items,
        Node::Null => &[],
        other => {
            let found = describe(other);
            ctx.error(
                &At::Root,
                LoadMessage::ListFound {
                    what: Box::new(what),
                    found: Box::new(found),
                },
                how,
            );
            &[]
        }
    }
}

/// Reads a YAML number or numeric string as exact money (万元), from the
/// text it was written as: a plain number never passes through binary
/// floating point (`1234.000000000000000001` has more than 4 decimals, as its
/// quoted form has).
pub fn money_of(v: &Node) -> Result<Money, MoneyError> {
    match untag(v) {
        Node::Number(n, text) => match n.as_u64() {
            Some(i) if i <= MAX_WHOLE_WAN => Ok(Money::from_wan(i as i64)),
            Some(_) => Err(MoneyError::TooLarge),
            None => Money::parse(text),
        },
        Node::String(s) => Money::parse(s),
        _ => Err(MoneyError::NotANumber),
    }
}

impl<'v> Obj<'v> {
    /// The value of `key`, if present and not null.
    pub fn get(&self, key: &str) -> Option<&'v Node<'v>> {
        match self.map.get(key) {
            Some(Node::Null) | None => None,
            Some(v) => Some(v),
        }
    }

    /// Errors for every key not in `known`, with the nearest known key as a hint.
    pub fn check_fields(&self, ctx: &mut FileCtx, known: &[&str], what: &LoadMessage) {
        for k in self.map.keys() {
            if let Node::String(s) = k {
                if known.contains(&s.as_ref()) {
                    continue;
                }
            }
            let name = yaml::scalar_text(k).unwrap_or_default();
            if known.contains(&name.as_str()) {
                continue;
            }
            let fields = known.join(", ");
            let hint = match nearest(&name, known.iter().copied()) {
                Some(n) => Message::FieldsAreNear {
                    near: n.to_string(),
                    what: Text::from(what.clone()),
                    fields,
                },
                None => Message::FieldsAre {
                    what: Text::from(what.clone()),
                    fields,
                },
            };
            ctx.error(
                &self.at.key_itself(&name),
                Message::UnknownField {
                    field: name.clone(),
                    what: Text::from(what.clone()),
                },
                hint,
            );
        }
    }

    /// A required text field.
    pub fn req_text(&self, ctx: &mut FileCtx, key: &str, what: &LoadMessage) -> Option<String> {
        match self.get(key) {
            None => {
                ctx.error(
                    &self.at,
                    Message::HasNoField {
                        what: Text::from(what.clone()),
                        field: key.to_string(),
                    },
                    Message::AddRequiredLine {
                        field: key.to_string(),
                    },
                );
                None
            }
            Some(v) if is_blank(v) => {
                ctx.error(
                    &self.at.key(key),
                    Message::FieldOfIsBlank {
                        field: key.to_string(),
                        what: Text::from(what.clone()),
                    },
                    Message::WriteRequiredField {
                        field: key.to_string(),
                    },
                );
                None
            }
            Some(_) => self.text(ctx, key),
        }
    }

    /// An optional field that names something the figures group by (a
    /// department, a location, a level, a kind): absent is fine, but blank text
    /// is an error, since a blank would silently move the project out of its group.
    pub fn name_text(&self, ctx: &mut FileCtx, key: &str) -> Option<String> {
        let v = self.get(key)?;
        if is_blank(v) {
            ctx.error(
                &self.at.key(key),
                Message::FieldIsBlank {
                    field: key.to_string(),
                },
                Message::WriteValueOrRemove,
            );
            return None;
        }
        self.text(ctx, key)
    }

    /// An optional text field (numbers are taken as written).
    pub fn text(&self, ctx: &mut FileCtx, key: &str) -> Option<String> {
        let v = self.get(key)?;
        match text_of(v) {
            Some(s) if s.trim().is_empty() => None,
            Some(s) => Some(s.trim().to_string()),
            None => {
                ctx.error(
                    &self.at.key(key),
                    Message::MustBeText {
                        field: key.to_string(),
                        found: Text::from(describe(v)),
                    },
                    Message::WriteOneLine,
                );
                None
            }
        }
    }

    /// A list of text, also accepting a single text for a one-item list.
    pub fn text_list(&self, ctx: &mut FileCtx, key: &str) -> Vec<String> {
        let Some(v) = self.get(key) else {
            return Vec::new();
        };
        match untag(v) {
            Node::Sequence(items) => {
                let mut out = Vec::with_capacity(items.len());
                for (i, item) in items.iter().enumerate() {
                    match text_of(item) {
                        Some(s) if !blank_text(&s) => out.push(s.trim().to_string()),
                        Some(_) => ctx.error(
                            &self.at.key(key).index(i),
                            Message::ItemIsBlank {
                                field: key.to_string(),
                            },
                            Message::WriteNameOrRemoveItem,
                        ),
                        None => ctx.error(
                            &self.at.key(key).index(i),
                            Message::ItemsMustBeText {
                                field: key.to_string(),
                                found: Text::from(describe(item)),
                            },
                            Message::WriteListOfNames,
                        ),
                    }
                }
                out
            }
            other => match text_of(other) {
                Some(s) => s
                    .split(['、', ',', '，'])
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(String::from)
                    .collect(),
                None => {
                    ctx.error(
                        &self.at.key(key),
                        Message::MustBeList {
                            field: key.to_string(),
                            found: Text::from(describe(other)),
                        },
                        Message::WriteList,
                    );
                    Vec::new()
                }
            },
        }
    }

    /// A money field (万元, at most 4 decimals, not negative); when it is
    /// `required` of something, its absence is an error naming that.
    pub fn money(
        &self,
        ctx: &mut FileCtx,
        key: &str,
        required: Option<&LoadMessage>,
    ) -> Option<Money> {
        // `invested:` with nothing after it (or `~`): a blank amount is not
        // taken as 0 nor as absent, which would publish 0 without a word.
        if matches!(self.map.get(key), Some(Node::Null)) {
            ctx.error(
                &self.at.key_itself(key),
                Message::FieldIsBlank {
                    field: key.to_string(),
                },
                Message::WriteAmountOrZero {
                    field: key.to_string(),
                },
            );
            return None;
        }
        let Some(v) = self.get(key) else {
            if let Some(what) = required {
                ctx.error(
                    &self.at,
                    Message::HasNoField {
                        what: Text::from(what.clone()),
                        field: key.to_string(),
                    },
                    Message::AddAmount {
                        field: key.to_string(),
                    },
                );
            }
            return None;
        };
        check_money(ctx, v, &self.at.key(key), key)
    }

    /// A month field (`2021-09`).
    pub fn month(&self, ctx: &mut FileCtx, key: &str) -> Option<Month> {
        let v = self.get(key)?;
        let parsed = text_of(v).and_then(|s| Month::parse(&s));
        if parsed.is_none() {
            let shown = as_text(v).unwrap_or_else(|| describe(v).to_string());
            ctx.error(
                &self.at.key(key),
                Message::MustBeMonth {
                    field: key.to_string(),
                    found: shown,
                },
                Message::WriteMonth,
            );
        }
        parsed
    }

    /// A date field (`2021-09-03`).
    pub fn date(&self, ctx: &mut FileCtx, key: &str) -> Option<Date> {
        let v = self.get(key)?;
        let parsed = text_of(v).and_then(|s| Date::parse(&s));
        if parsed.is_none() {
            let shown = as_text(v).unwrap_or_else(|| describe(v).to_string());
            ctx.error(
                &self.at.key(key),
                Message::MustBeDate {
                    field: key.to_string(),
                    found: shown,
                },
                Message::WriteDate,
            );
        }
        parsed
    }
}

/// Checks one money value at `at`, reporting what is wrong with it; `key`
/// names it in the message.
pub fn check_money(ctx: &mut FileCtx, v: &Node, at: &At, key: &str) -> Option<Money> {
    match money_of(v) {
        Ok(m) => Some(m),
        Err(e) => {
            let shown = as_text(v).unwrap_or_else(|| describe(v).to_string());
            let field = key.to_string();
            let found = shown;
            let (msg, hint) = match e {
                MoneyError::Negative => (
                    Message::AmountNegative { field, found },
                    Message::AmountsNotNegative,
                ),
                MoneyError::TooManyDecimals => (
                    Message::TooManyDecimals { field, found },
                    Message::AmountDecimals,
                ),
                MoneyError::TooLarge => (
                    Message::AmountTooLarge { field, found },
                    Message::AmountLimit,
                ),
                MoneyError::NotANumber => (
                    Message::NotAnAmount { field, found },
                    Message::WritePlainNumber,
                ),
            };
            ctx.error(at, msg, hint);
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_from_yaml_numbers_is_exact() {
        let text = "[3580.5, 120000, 1234.5678, 0.1, '8.7', -3, 1.23456, abc, .nan, 9999999999, 10000000000, 1e-300, 1234.000000000000000001, 12345678901234.5678, 0.10000]";
        let Node::Sequence(items) = yaml::parse(text).unwrap() else {
            panic!()
        };
        let got: Vec<_> = items.iter().map(money_of).collect();
        assert_eq!(got[0].as_ref().unwrap().plain(), "3580.5");
        assert_eq!(got[1].as_ref().unwrap().plain(), "120000");
        assert_eq!(got[2].as_ref().unwrap().plain(), "1234.5678");
        assert_eq!(got[3].as_ref().unwrap().plain(), "0.1");
        assert_eq!(got[4].as_ref().unwrap().plain(), "8.7");
        assert_eq!(got[5], Err(MoneyError::Negative));
        assert_eq!(got[6], Err(MoneyError::TooManyDecimals));
        assert_eq!(got[7], Err(MoneyError::NotANumber));
        assert_eq!(got[8], Err(MoneyError::NotANumber));
        assert_eq!(got[9].as_ref().unwrap().plain(), "9999999999");
        assert_eq!(got[10], Err(MoneyError::TooLarge));
        assert_eq!(got[11], Err(MoneyError::NotANumber));
        assert_eq!(got[12], Err(MoneyError::TooManyDecimals));
        assert_eq!(got[13], Err(MoneyError::TooLarge));
        assert_eq!(got[14].as_ref().unwrap().plain(), "0.1");
    }

    #[test]
    fn unknown_fields_are_located_with_a_suggestion() {
        let text = "- id: A\n  catgory: 工业\n";
        let v = yaml::parse(text).unwrap();
        let mut ctx = FileCtx::new("p.yaml", text);
        let Node::Sequence(items) = &v else { panic!() };
        let root = At::Root;
        let obj = ctx
            .map(&items[0], root.index(0), &LoadMessage::AProject)
            .unwrap();
        obj.check_fields(&mut ctx, &["id", "category"], &LoadMessage::AProject);
        assert_eq!(ctx.diags.len(), 1);
        let d = &ctx.diags[0];
        assert_eq!((d.line, d.column), (Some(2), Some(3)));
        assert!(d
            .hint
            .as_ref()
            .unwrap()
            .to_string()
            .contains("did you mean `category`"));
    }
}
