//! An auditor of generated HTML and SVG: does anything in it run as script?
//!
//! It reads markup the way a browser's tokenizer does (tags, quoted and unquoted
//! attributes, comments; character references in attribute values decoded) and
//! reports every executable thing: a `<script>` (or `iframe`, `object`, `embed`,
//! `base`) element, an event-handler attribute (`onerror=`, `onload=` …) and a
//! URL attribute whose value starts with `javascript:`, `vbscript:` or `data:`.
//! Escaped text (`&lt;script&gt;`) is text, and is not reported.
//!
//! Used by tests/safety.rs and by the fuzzing target fuzz/fuzz_targets/commentary.rs
//! (through `#[path]`), so it depends on nothing but std.
#![allow(dead_code)]

/// Elements that run or load code.
const BAD_ELEMENTS: &[&str] = &[
    "script", "iframe", "object", "embed", "base", "frame", "applet",
];

/// Attributes whose value is a URL a browser may navigate to or load.
const URL_ATTRS: &[&str] = &[
    "href",
    "src",
    "xlink:href",
    "action",
    "formaction",
    "poster",
    "background",
    "srcset",
    "data",
];

/// Every executable thing in `markup`, described with its surroundings.
pub fn audit(markup: &str) -> Vec<String> {
    let mut found = Vec::new();
    let b = markup.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'<' {
            i += 1;
            continue;
        }
        let rest = &markup[i..];
        if rest.starts_with("<!--") {
            i += rest.find("-->").map_or(b.len() - i, |e| e + 3);
            continue;
        }
        let next = b.get(i + 1).copied().unwrap_or(b' ');
        if next == b'!' || next == b'?' || next == b'/' {
            i += rest.find('>').map_or(b.len() - i, |e| e + 1);
            continue;
        }
        if !next.is_ascii_alphabetic() {
            i += 1;
            continue;
        }
        let (tag, end) = read_tag(markup, i + 1);
        let shown = || excerpt(markup, i);
        let name = tag.name.to_ascii_lowercase();
        // The theme's own scripts (search, the 大字版 switch), loaded from the
        // site's static folder with nothing inline, are the only scripts a
        // page may have.
        let own_script = name == "script"
            && markup[end..].starts_with("</script>")
            && tag.attrs.iter().any(|(a, v)| {
                a.eq_ignore_ascii_case("src")
                    && (v.ends_with("static/search.js")
                        || v.ends_with("static/search-index.js")
                        || v.ends_with("static/text-size.js"))
                    && !v.contains(':')
            });
        if BAD_ELEMENTS.contains(&name.as_str()) && !own_script {
            found.push(format!("<{name}> element: {}", shown()));
        }
        for (attr, value) in &tag.attrs {
            let attr = attr.to_ascii_lowercase();
            if attr.starts_with("on") {
                found.push(format!("event handler `{attr}`: {}", shown()));
            }
            if URL_ATTRS.contains(&attr.as_str()) || attr.ends_with(":href") {
                let url: String = decode(value)
                    .chars()
                    .filter(|c| !c.is_whitespace() && !c.is_control())
                    .collect::<String>()
                    .to_ascii_lowercase();
                for scheme in ["javascript:", "vbscript:", "data:"] {
                    if url.starts_with(scheme) {
                        found.push(format!("{scheme} URL in `{attr}`: {}", shown()));
                    }
                }
            }
        }
        i = end;
    }
    found
}

/// A start tag: its name and attributes (values as written, quotes removed).
struct Tag {
    name: String,
    attrs: Vec<(String, String)>,
}

/// Reads the tag whose name starts at byte `i`; returns it and the byte after `>`.
fn read_tag(s: &str, mut i: usize) -> (Tag, usize) {
    let b = s.as_bytes();
    let start = i;
    while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'/' && b[i] != b'>' {
        i += 1;
    }
    let mut tag = Tag {
        name: s[start..i].to_string(),
        attrs: Vec::new(),
    };
    loop {
        while i < b.len() && (b[i].is_ascii_whitespace() || b[i] == b'/') {
            i += 1;
        }
        if i >= b.len() {
            return (tag, i);
        }
        if b[i] == b'>' {
            return (tag, i + 1);
        }
        let n0 = i;
        i += 1; // an attribute name may start with `=`
        while i < b.len() && !b[i].is_ascii_whitespace() && !matches!(b[i], b'/' | b'>' | b'=') {
            i += 1;
        }
        let name = s[n0..i].to_string();
        let mut j = i;
        while j < b.len() && b[j].is_ascii_whitespace() {
            j += 1;
        }
        let mut value = String::new();
        if j < b.len() && b[j] == b'=' {
            j += 1;
            while j < b.len() && b[j].is_ascii_whitespace() {
                j += 1;
            }
            if j < b.len() && (b[j] == b'"' || b[j] == b'\'') {
                let q = b[j];
                let v0 = j + 1;
                let v1 = s[v0..]
                    .bytes()
                    .position(|c| c == q)
                    .map_or(b.len(), |p| v0 + p);
                value = s[v0..v1].to_string();
                j = (v1 + 1).min(b.len());
            } else {
                let v0 = j;
                while j < b.len() && !b[j].is_ascii_whitespace() && b[j] != b'>' {
                    j += 1;
                }
                value = s[v0..j].to_string();
            }
            i = j;
        }
        tag.attrs.push((name, value));
    }
}

/// Decodes the character references a browser decodes in an attribute value.
pub fn decode(v: &str) -> String {
    let mut out = String::new();
    let mut rest = v;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp + 1..];
        if let Some(num) = rest.strip_prefix('#') {
            let (hex, digits) = match num.strip_prefix(['x', 'X']) {
                Some(h) => (true, h),
                None => (false, num),
            };
            let len = digits
                .bytes()
                .take_while(|c| {
                    if hex {
                        c.is_ascii_hexdigit()
                    } else {
                        c.is_ascii_digit()
                    }
                })
                .count();
            let code = u32::from_str_radix(&digits[..len], if hex { 16 } else { 10 }).ok();
            if let Some(c) = code.and_then(char::from_u32).filter(|_| len > 0) {
                out.push(c);
                rest = &digits[len..];
                rest = rest.strip_prefix(';').unwrap_or(rest);
                continue;
            }
            out.push('&');
            continue;
        }
        let named = [
            ("colon;", ':'),
            ("Tab;", '\t'),
            ("NewLine;", '\n'),
            ("amp;", '&'),
            ("lt;", '<'),
            ("gt;", '>'),
            ("quot;", '"'),
            ("apos;", '\''),
        ];
        match named.iter().find(|(n, _)| rest.starts_with(n)) {
            Some((n, c)) => {
                out.push(*c);
                rest = &rest[n.len()..];
            }
            None => out.push('&'),
        }
    }
    out.push_str(rest);
    out
}

fn excerpt(s: &str, i: usize) -> String {
    let end = (i + 120).min(s.len());
    let end = (end..=s.len())
        .find(|&e| s.is_char_boundary(e))
        .unwrap_or(s.len());
    s[i..end].to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_what_runs_and_passes_what_does_not() {
        assert!(audit("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>").is_empty());
        assert!(audit(r#"<script src="../../static/search.js" defer></script>"#).is_empty());
        assert_eq!(
            audit(r#"<script src="https://x.cn/static/search.js"></script>"#).len(),
            1
        );
        assert_eq!(
            audit(r#"<script src="static/search.js">alert(1)</script>"#).len(),
            1
        );
        assert!(
            audit(r#"<img src="a.jpg" alt="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;">"#)
                .is_empty()
        );
        assert!(audit(r#"<a href="../x/index.html" title="onload=1">x</a>"#).is_empty());
        assert_eq!(audit("<SCRIPT>alert(1)</SCRIPT>").len(), 1);
        assert_eq!(audit("<img src=x onerror=alert(1)>").len(), 1);
        assert_eq!(audit("<svg><g/onload=alert(1)></svg>").len(), 1);
        assert_eq!(
            audit(r#"<a href=" JaVa&#x53;cript&colon;alert(1)">"#).len(),
            1
        );
        assert_eq!(audit(r#"<a href='java&#9;script:x'>"#).len(), 1);
        assert_eq!(
            audit(r#"<use xlink:href="data:image/svg+xml,x"/>"#).len(),
            1
        );
        assert!(audit("a < b and 1<2 <!-- <script> -->").is_empty());
    }
}
