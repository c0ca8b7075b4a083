//! The one escape for text written into HTML, XML and SVG: element content
//! and double-quoted attribute values alike.
//!
//! Every context escapes the same five characters (`& < > " '`), so one
//! escaped string is safe both between tags and inside `"…"`; the contexts
//! differ only in how `'` is written and in what becomes of the characters
//! their markup cannot carry, which [`Markup`] names. Tera's own
//! autoescape (templates, and the tables written for them) is not this
//! function: it also escapes `/` and must stay byte-for-byte Tera's.

/// Where escaped text goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Markup {
    /// An HTML page: `'` as `&#39;` (HTML 4 knows no `&apos;`); every other
    /// character is kept as it is.
    Html,
    /// An XML document (the Atom feed, the sitemap): `'` as `&apos;`; the
    /// characters XML 1.0 forbids even as references (C0 controls other
    /// than tab, line feed and carriage return; U+FFFE, U+FFFF) are left out.
    Xml,
    /// A chart's label, `<title>` or `aria-label`: as XML, but every
    /// character that [`is_unprintable`] finds (line ends and tabs too)
    /// becomes a space, so that a label stays one line and never vanishes
    /// into nothing.
    SvgLabel,
}

/// Whether a character must not appear in a chart label: XML 1.0 forbids
/// most C0 controls even when escaped, U+FFFE and U+FFFF are not
/// characters, and line breaks, tabs and C1 controls mean nothing in an SVG
/// `<text>`. [`Markup::SvgLabel`] writes such characters as spaces.
pub fn is_unprintable(c: char) -> bool {
    c.is_control() || c == '\u{FFFE}' || c == '\u{FFFF}'
}

/// `text` escaped for `markup`; see [`push_escaped`].
pub fn escape(text: &str, markup: Markup) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    push_escaped(&mut out, text, markup);
    out
}

/// Appends `text` to `out` escaped for `markup`: `&`, `<`, `>`, `"` and
/// `'` as character references, characters the markup cannot carry left
/// out or made spaces (see [`Markup`]).
///
/// Runs of ordinary characters are copied whole; only the bytes that can
/// start something to escape or clean are looked at one by one: the five
/// specials, C0 controls and DEL, and the lead bytes of the C1 controls
/// (U+0080–U+009F, 0xC2) and of U+FFFE/U+FFFF (0xEF).
pub fn push_escaped(out: &mut String, text: &str, markup: Markup) {
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        if !matches!(
            bytes[i],
            b'<' | b'>' | b'&' | b'"' | b'\'' | 0..=0x1F | 0x7F | 0xC2 | 0xEF
        ) {
            i += 1;
            continue;
        }
        out.push_str(&text[start..i]);
        // A special byte is ASCII or a lead byte, so `i` is a char boundary.
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' if markup == Markup::Html => out.push_str("&#39;"),
            '\'' => out.push_str("&apos;"),
            c => match markup {
                Markup::Html => out.push(c),
                Markup::Xml if forbidden_in_xml(c) => {}
                Markup::Xml => out.push(c),
                Markup::SvgLabel if is_unprintable(c) => out.push(' '),
                Markup::SvgLabel => out.push(c),
            },
        }
        i += c.len_utf8();
        start = i;
    }
    out.push_str(&text[start..]);
}

/// Whether XML 1.0 forbids `c` even as a character reference.
fn forbidden_in_xml(c: char) -> bool {
    (c < ' ' && !matches!(c, '\t' | '\n' | '\r')) || c == '\u{FFFE}' || c == '\u{FFFF}'
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What each markup does with one character, the slow way.
    fn one_by_one(text: &str, markup: Markup) -> String {
        text.chars()
            .map(|c| match c {
                '<' => "&lt;".to_string(),
                '>' => "&gt;".to_string(),
                '&' => "&amp;".to_string(),
                '"' => "&quot;".to_string(),
                '\'' if markup == Markup::Html => "&#39;".to_string(),
                '\'' => "&apos;".to_string(),
                c if markup == Markup::Xml && forbidden_in_xml(c) => String::new(),
                c if markup == Markup::SvgLabel && is_unprintable(c) => " ".to_string(),
                c => c.to_string(),
            })
            .collect()
    }

    #[test]
    fn each_markup_escapes_the_five_and_treats_the_unprintable_its_way() {
        let s = "a<b>&\"c'\u{1}\t\n\r\u{7F}\u{85}\u{FFFE}\u{FFFF}d";
        assert_eq!(
            escape(s, Markup::Html),
            "a&lt;b&gt;&amp;&quot;c&#39;\u{1}\t\n\r\u{7F}\u{85}\u{FFFE}\u{FFFF}d"
        );
        assert_eq!(
            escape(s, Markup::Xml),
            "a&lt;b&gt;&amp;&quot;c&apos;\t\n\r\u{7F}\u{85}d"
        );
        assert_eq!(
            escape(s, Markup::SvgLabel),
            format!("a&lt;b&gt;&amp;&quot;c&apos;{}d", " ".repeat(8))
        );
    }

    #[test]
    fn runs_are_copied_and_every_special_character_is_seen() {
        let mut text = String::from("项目 A-1（在建）¢ÿ€￼");
        for c in (0u32..0x100)
            .chain(0xFFF0..=0xFFFF)
            .filter_map(char::from_u32)
        {
            text.push(c);
            text.push('中');
        }
        text.push_str("末尾");
        for text in [
            text.as_str(),
            "",
            "区住房和城乡建设局",
            "<script>alert(1)</script>&\"'",
            "a\u{0}b\u{1b}[31m\u{7f}\u{80}\u{85}\u{9f}\u{a0}¢£",
            "￥１２３\u{FFFE}\u{FFFF}\u{FFFD}\u{EFFF}",
            "35.7亿元 & 61.3%",
            "\u{10FFFF}\u{1F600}\n\t\r",
        ] {
            for markup in [Markup::Html, Markup::Xml, Markup::SvgLabel] {
                let mut out = String::from("前");
                push_escaped(&mut out, text, markup);
                assert_eq!(
                    out,
                    format!("前{}", one_by_one(text, markup)),
                    "{text:?} {markup:?}"
                );
            }
        }
    }

    #[test]
    fn escaped_text_is_safe_in_content_and_in_a_quoted_attribute() {
        for markup in [Markup::Html, Markup::Xml, Markup::SvgLabel] {
            let e = escape("\"><script>alert('x')</script>&amp;", markup);
            assert!(!e.contains(['<', '>', '"', '\'']), "{e}");
            assert!(e.starts_with("&quot;&gt;&lt;script"), "{e}");
            assert!(e.ends_with("&amp;amp;"), "{e}");
        }
    }
}
