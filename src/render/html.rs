//! A small reader of HTML start tags and their attributes, enough to rewrite
//! the references of pages tongbao itself rendered (the single-file bulletin).
//! Not a general HTML parser: it reads one tag at a time, as a browser's
//! tokenizer does, and leaves everything between tags as it is.

use crate::escape::{escape, Markup};

/// One attribute as written, and its value with character references decoded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attr {
    /// Name, lower-cased.
    pub name: String,
    /// Value with entities decoded (None for a bare attribute like `download`).
    pub value: Option<String>,
    /// The attribute as it appears in the source (`href="a&amp;b"`).
    pub raw: String,
}

/// A start tag (`<a href="…">`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StartTag {
    /// Element name, lower-cased.
    pub name: String,
    /// The name as written (kept when the tag is written again: SVG names are
    /// case-sensitive).
    pub source_name: String,
    /// Attributes in order.
    pub attrs: Vec<Attr>,
    /// Ends with `/>`.
    pub self_closing: bool,
    /// Length of the tag in the source, in bytes.
    pub len: usize,
    /// The tag as written.
    pub raw: String,
}

impl StartTag {
    /// The decoded value of attribute `name` (`Some("")` for a bare attribute).
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|a| a.name == name)
            .map(|a| a.value.as_deref().unwrap_or(""))
    }

    /// Sets attribute `name` to `value` (escaped when written), adding it if absent.
    pub fn set(&mut self, name: &str, value: &str) {
        let raw = format!("{name}=\"{}\"", escape(value, Markup::Html));
        match self.attrs.iter_mut().find(|a| a.name == name) {
            Some(a) => {
                a.value = Some(value.to_string());
                a.raw = raw;
            }
            None => self.attrs.push(Attr {
                name: name.to_string(),
                value: Some(value.to_string()),
                raw,
            }),
        }
    }

    /// Removes attribute `name`.
    pub fn remove(&mut self, name: &str) {
        self.attrs.retain(|a| a.name != name);
    }

    /// The tag written out.
    pub fn to_html(&self) -> String {
        let name = if self.name.eq_ignore_ascii_case(&self.source_name) {
            &self.source_name
        } else {
            &self.name
        };
        let mut s = format!("<{name}");
        for a in &self.attrs {
            s.push(' ');
            s.push_str(&a.raw);
        }
        if self.self_closing {
            s.push_str(" /");
        }
        s.push('>');
        s
    }
}

/// One attribute of a start tag as the lexer finds it, borrowed from the source.
struct RawAttr<'s> {
    /// Name as written.
    name: &'s str,
    /// Value as written, without its quotes (None for a bare attribute).
    value: Option<&'s str>,
    /// The attribute as it appears in the source.
    raw: &'s str,
}

/// The pieces of the start tag at the beginning of `s`, as a browser's
/// tokenizer splits them, without allocating: the element name as written,
/// every attribute through `attr` (which stops the lexing, making the result
/// None, by returning false), and the tag's length and whether it ends with
/// `/>`. None when `s` holds no whole start tag.
fn lex_tag<'s>(
    s: &'s str,
    mut attr: impl FnMut(RawAttr<'s>) -> bool,
) -> Option<(&'s str, usize, bool)> {
    let b = s.as_bytes();
    if b.len() < 2 || b[0] != b'<' || !b[1].is_ascii_alphabetic() {
        return None;
    }
    let mut i = 1;
    while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'>' && b[i] != b'/' {
        i += 1;
    }
    let name = &s[1..i];
    let mut self_closing = false;
    loop {
        while i < b.len() && (b[i].is_ascii_whitespace() || b[i] == b'/') {
            self_closing = b[i] == b'/';
            i += 1;
        }
        if i >= b.len() {
            return None;
        }
        if b[i] == b'>' {
            return Some((name, i + 1, self_closing));
        }
        self_closing = false;
        let start = i;
        while i < b.len() && !b[i].is_ascii_whitespace() && !matches!(b[i], b'=' | b'>' | b'/') {
            i += 1;
        }
        let name_end = i;
        let mut j = i;
        while j < b.len() && b[j].is_ascii_whitespace() {
            j += 1;
        }
        let mut value = None;
        if j < b.len() && b[j] == b'=' {
            j += 1;
            while j < b.len() && b[j].is_ascii_whitespace() {
                j += 1;
            }
            if j >= b.len() {
                return None;
            }
            let (v_start, v_end, next) = if b[j] == b'"' || b[j] == b'\'' {
                let q = b[j];
                let end = j + 1 + s[j + 1..].bytes().position(|c| c == q)?;
                (j + 1, end, end + 1)
            } else {
                let end = j + s[j..]
                    .bytes()
                    .position(|c| c.is_ascii_whitespace() || c == b'>')
                    .unwrap_or(b.len() - j);
                (j, end, end)
            };
            value = Some(&s[v_start..v_end]);
            i = next;
        }
        let go_on = attr(RawAttr {
            name: &s[start..name_end],
            value,
            raw: &s[start..i],
        });
        if !go_on {
            return None;
        }
    }
}

/// Reads the start tag at the beginning of `s` (which starts with `<`); None
/// when there is none (a `<` in text, an unterminated tag).
pub fn start_tag(s: &str) -> Option<StartTag> {
    let mut attrs = Vec::new();
    let (name, len, self_closing) = lex_tag(s, |a| {
        attrs.push(Attr {
            name: a.name.to_ascii_lowercase(),
            value: a.value.map(decode),
            raw: a.raw.to_string(),
        });
        true
    })?;
    Some(StartTag {
        name: name.to_ascii_lowercase(),
        source_name: name.to_string(),
        attrs,
        self_closing,
        len,
        raw: s[..len].to_string(),
    })
}

/// The length of the start tag at the start of `s` when it is plain: its
/// element is none of `elements` and none of its attributes is one of `attrs`
/// (ASCII case ignored). Lexed by the same code as [`start_tag`], but nothing
/// is allocated; `None` means the tag is not plain, or not a tag: parse it with
/// [`start_tag`].
pub fn plain_tag_len(s: &str, elements: &[&str], attrs: &[&str]) -> Option<usize> {
    let (name, len, _) = lex_tag(s, |a| !attrs.iter().any(|x| x.eq_ignore_ascii_case(a.name)))?;
    (!elements.iter().any(|e| e.eq_ignore_ascii_case(name))).then_some(len)
}

/// Decodes the character references tongbao's templates and Markdown write:
/// `&amp; &lt; &gt; &quot; &apos; &#39; &#x2F;` and any numeric one. Others stay.
pub fn decode(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let semi = rest.find(';').filter(|&k| k <= 12);
        let decoded = semi.and_then(|k| {
            let ent = &rest[1..k];
            let c = match ent {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                _ => {
                    let n = if let Some(h) = ent.strip_prefix("#x").or(ent.strip_prefix("#X")) {
                        u32::from_str_radix(h, 16).ok()
                    } else {
                        ent.strip_prefix('#').and_then(|d| d.parse().ok())
                    };
                    n.and_then(char::from_u32)
                }
            };
            c.map(|c| (c, k))
        });
        match decoded {
            Some((c, k)) => {
                out.push(c);
                rest = &rest[k + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Decodes `%XX` escapes of a URL path (invalid UTF-8 replaced).
pub fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = |c: u8| (c as char).to_digit(16);
        if b[i] == b'%' && i + 2 < b.len() {
            if let (Some(h), Some(l)) = (hex(b[i + 1]), hex(b[i + 2])) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The byte index of the first ASCII-case-insensitive occurrence of `needle`
/// (which starts with an ASCII character) in `hay`.
pub fn find_ci(hay: &str, needle: &str) -> Option<usize> {
    let n = needle.as_bytes();
    if n.is_empty() {
        return Some(0);
    }
    hay.as_bytes()
        .windows(n.len())
        .position(|w| w.eq_ignore_ascii_case(n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_tags_are_measured_as_start_tag_measures_them() {
        let elements = ["a", "img"];
        let attrs = ["href", "src", "style"];
        for tag in [
            r#"<td class="num">1</td>"#,
            r#"<td title='a>b' class=x>"#,
            r#"<rect x="0" y="0" width="720"/>"#,
            "<br/>",
            "<p >",
            r#"<th scope="col" class="num" >"#,
            r#"<div data-x = "1" hidden>"#,
            "<tr\n class=\"a\">",
        ] {
            let len = plain_tag_len(tag, &elements, &attrs);
            assert_eq!(len, Some(start_tag(tag).unwrap().len), "{tag}");
        }
        for tag in [
            r#"<a class="x">"#,
            r#"<IMG alt="">"#,
            r#"<div STYLE="background:url(x)">"#,
            r#"<td class="x" href=y>"#,
            r#"<td title="unclosed>"#,
            "<td",
            "< td>",
            "</td>",
        ] {
            assert_eq!(plain_tag_len(tag, &elements, &attrs), None, "{tag}");
        }
    }

    #[test]
    fn reads_tags_and_attributes() {
        let t = start_tag(r#"<a class="x" href='a&amp;b&#x2F;c' download data-n=3 >text"#).unwrap();
        assert_eq!(t.name, "a");
        assert_eq!(t.attr("href"), Some("a&b/c"));
        assert_eq!(t.attr("download"), Some(""));
        assert_eq!(t.attr("data-n"), Some("3"));
        assert_eq!(
            t.raw,
            r#"<a class="x" href='a&amp;b&#x2F;c' download data-n=3 >"#
        );
        let mut u = t.clone();
        u.set("href", "x\"y");
        u.remove("download");
        assert_eq!(u.to_html(), r#"<a class="x" href="x&quot;y" data-n=3>"#);
        let img = start_tag("<img src=a.png/>").unwrap();
        assert_eq!(img.attr("src"), Some("a.png/"));
        let br = start_tag("<br/>").unwrap();
        assert!(br.self_closing);
        assert!(start_tag("< a").is_none());
        assert!(start_tag("<a href=\"x").is_none());
        let svg = start_tag("<linearGradient id=g>").unwrap();
        assert_eq!(svg.to_html(), "<linearGradient id=g>");
    }

    #[test]
    fn decodes() {
        assert_eq!(decode("a&amp;b&lt;&#20013;&nope;&"), "a&b<中&nope;&");
        assert_eq!(percent_decode("a%20b%E4%B8%AD%2"), "a b中%2");
        assert_eq!(find_ci("x</SCRIPT>", "</script"), Some(1));
    }
}
