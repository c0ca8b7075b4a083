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
//! every text names only arguments the message has. An argument is printed
//! through [`Arg`]: what the user wrote (a `String`), numbers and months as
//! they are; an argument that is itself a message (a [`crate::diagnostics::Word`], …) in
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
                            match lang {
                                $crate::model::Language::En => format!($en),
                                $crate::model::Language::ZhCn => format!($cn),
                                $crate::model::Language::ZhTw => format!($tw),
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
