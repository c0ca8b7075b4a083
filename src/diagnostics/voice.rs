//! One voice for everything tongbao says to a user: messages are typed values,
//! declared once with their text in each language, and rendered in the
//! language of the run when they are printed.
//!
//! [`messages!`](crate::messages) declares an enum whose every variant carries
//! its typed arguments and its three texts, written out:
//!
//! ```ignore
//! messages! {
//!     /// What the command line says.
//!     pub enum Message {
//!         /// A stage that is not one of the ten.
//!         UnknownStage { stage: String } => {
//!             en: "unknown stage `{stage}`",
//!             zh_cn: "未知阶段`{stage}`",
//!             zh_tw: "未知階段`{stage}`",
//!         }
//!     }
//! }
//! ```
//!
//! The three texts are `format!` strings that name the variant's fields, so
//! the compiler proves that every message has all three languages and that
//! every text names only arguments the message has. English is formatted by
//! `format!`; the Chinese texts by [`fill_zh`], which also puts a space where
//! a value in Latin letters meets a Chinese character. An argument is printed
//! through [`Arg`]: what the user wrote (a `String`), numbers and months as
//! they are; an argument that is itself a message (a `Box<Message>`, a
//! [`Text`](crate::diagnostics::Text)) in
//! the same language.

use std::fmt;

use crate::model::Language;

/// A value that can stand in a message: printed in the message's language.
pub trait Arg {
    /// Writes the value as it stands in a message in `lang`.
    fn write(&self, lang: Language, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}

/// Values printed the same in every language: what the user wrote, numbers.
macro_rules! plain_args {
    ($($t:ty),*) => {$(
        impl Arg for $t {
            fn write(&self, _: Language, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Display::fmt(self, f)
            }
        }
    )*};
}
plain_args!(
    String,
    &str,
    usize,
    u8,
    u16,
    u32,
    u64,
    i32,
    i64,
    char,
    crate::model::Month,
    crate::model::Date
);

impl<T: Arg + ?Sized> Arg for Box<T> {
    fn write(&self, lang: Language, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        (**self).write(lang, f)
    }
}

/// Whether `c` is a Chinese character (not punctuation).
pub fn is_han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}')
}

/// Whether a space goes between `a` and `b` where a value meets the text
/// around it: a Chinese character beside a Latin letter or a digit.
fn needs_space(a: char, b: char) -> bool {
    (is_han(a) && b.is_ascii_alphanumeric()) || (a.is_ascii_alphanumeric() && is_han(b))
}

/// Whether a value is a number or a date (`2025`, `3580.5`, `2021-09`): those
/// stand next to Chinese without a space (`2025年`).
fn is_number(v: &str) -> bool {
    v.chars().next().is_some_and(|c| c.is_ascii_digit())
        && v.chars().all(|c| c.is_ascii_digit() || ".-%,:".contains(c))
}

/// Puts the named `values` into a Chinese text (`{field}`; `{{` and `}}` are
/// braces), with a space where a value's Latin letter or digit meets a Chinese
/// character (`项目 T-003 缺少`), unless the value is a number (`2025年`) or
/// a count in Chinese (`共1个错误`), as the older catalog did: the texts need not guess
/// what their values start and end with. The compiler has checked, through
/// `format!`, that the text names only fields of its message.
pub fn fill_zh(template: &str, values: &[(&str, String)]) -> String {
    let values: Vec<(&str, &str)> = values.iter().map(|(n, v)| (*n, v.as_str())).collect();
    fill_values(template, &values, true)
}

/// Puts named values into a Chinese text, spacing them as [`fill_zh`] says.
/// For a `format!` string (`typed`), `{{` and `}}` are braces and a count in
/// Chinese is not spaced; for the older catalog's templates (`{0}`), a brace
/// that names no value is itself.
pub(super) fn fill_values(template: &str, values: &[(&str, &str)], typed: bool) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    // The last character of the value just put in, for the space after it.
    let mut after_value: Option<char> = None;
    let mut rest = template;
    while let Some(c) = rest.chars().next() {
        if typed && (rest.starts_with("{{") || rest.starts_with("}}")) {
            after_value = None;
            out.push(c);
            rest = &rest[2..];
            continue;
        }
        if c == '{' {
            if let Some(close) = rest.find('}') {
                let name = &rest[1..close];
                if let Some((_, v)) = values.iter().find(|(n, _)| *n == name) {
                    // A number stands next to Chinese without a space, and so
                    // does a count in Chinese (`共1个错误`) on its left.
                    let spaced = !is_number(v);
                    let count = typed
                        && v.trim_start_matches(|c: char| c.is_ascii_digit())
                            .starts_with(is_han);
                    if let (Some(prev), Some(first)) = (out.chars().last(), v.chars().next()) {
                        if spaced && !count && needs_space(prev, first) {
                            out.push(' ');
                        }
                    }
                    out.push_str(v);
                    after_value = v.chars().last().filter(|_| spaced);
                    rest = &rest[close + 1..];
                    continue;
                }
            }
        }
        if let Some(last) = after_value.take() {
            if needs_space(last, c) {
                out.push(' ');
            }
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// An optional part of a message: nothing when absent.
impl<T: Arg> Arg for Option<T> {
    fn write(&self, lang: Language, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Some(v) => v.write(lang, f),
            None => Ok(()),
        }
    }
}

/// An argument bound to the language it is printed in (what the texts of
/// [`messages!`](crate::messages) format).
pub struct Shown<'a, T: ?Sized>(pub &'a T, pub Language);

impl<T: Arg + ?Sized> fmt::Display for Shown<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.write(self.1, f)
    }
}

/// Declares an enum of messages, each with its typed arguments and its text
/// in en, zh-CN and zh-TW (see the [module documentation](crate::diagnostics::voice)).
/// The enum gets `text(lang)`, `Display` (in English), [`Arg`] (so that one
/// message can stand in another) and `TEXTS`, every text as written (for the
/// tests that read them all).
#[macro_export]
macro_rules! messages {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $(
                $(#[$vmeta:meta])*
                $variant:ident $({ $($field:ident : $ty:ty),* $(,)? })? => {
                    en: $en:literal,
                    zh_cn: $cn:literal,
                    zh_tw: $tw:literal $(,)?
                }
            )*
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq, Eq)]
        $vis enum $name {
            $(
                $(#[$vmeta])*
                $variant $({ $($field: $ty),* })?,
            )*
        }

        impl $name {
            /// The message in `lang`.
            #[allow(unused_variables)]
            pub fn text(&self, lang: $crate::model::Language) -> String {
                match self {
                    $(
                        $name::$variant $({ $($field),* })? => {
                            $($( let $field = $crate::diagnostics::voice::Shown($field, lang); )*)?
                            // The compiler checks the Chinese texts' names here;
                            // they are filled by `fill_zh`, which spaces values.
                            let _ = || (format!($cn), format!($tw));
                            let values: &[(&str, String)] = &[
                                $($( (stringify!($field), $field.to_string()), )*)?
                            ];
                            match lang {
                                $crate::model::Language::En => format!($en),
                                $crate::model::Language::ZhCn => {
                                    $crate::diagnostics::voice::fill_zh($cn, values)
                                }
                                $crate::model::Language::ZhTw => {
                                    $crate::diagnostics::voice::fill_zh($tw, values)
                                }
                            }
                        }
                    )*
                }
            }

            /// Every text of every variant as written, for tests:
            /// (variant, en, zh-CN, zh-TW).
            pub const TEXTS: &'static [(&'static str, &'static str, &'static str, &'static str)] = &[
                $( (stringify!($variant), $en, $cn, $tw), )*
            ];
        }

        impl $crate::diagnostics::voice::Arg for $name {
            fn write(
                &self,
                lang: $crate::model::Language,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str(&self.text(lang))
            }
        }

        impl ::std::fmt::Display for $name {
            /// The message in English (logs, tests).
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(&self.text($crate::model::Language::En))
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_texts_space_latin_values_only() {
        let v = |s: &str| vec![("x", s.to_string())];
        assert_eq!(fill_zh("项目{x}缺少", &v("T-1")), "项目 T-1 缺少");
        assert_eq!(fill_zh("项目`{x}`缺少", &v("T-1")), "项目`T-1`缺少");
        assert_eq!(fill_zh("项目{x}缺少", &v("甲")), "项目甲缺少");
        assert_eq!(fill_zh("{x}年计划", &v("2025")), "2025年计划");
        assert_eq!(fill_zh("共{x}", &v("1个错误")), "共1个错误");
        assert_eq!(fill_zh("{x}中有", &v("项目 T-001")), "项目 T-001 中有");
        assert_eq!(fill_zh("无法写入 {x}：", &v("a/b")), "无法写入 a/b：");
        assert_eq!(fill_zh("{{ {x} }}", &v("a")), "{ a }");
    }
}
