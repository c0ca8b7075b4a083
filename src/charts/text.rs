//! Text measurement and wrapping for chart labels (escaping and cleaning
//! them is [`crate::escape`]'s, with `Markup::SvgLabel`).
//!
//! plotters without a font back end measures text by counting UTF-8 bytes,
//! which makes a Chinese character (3 bytes) look almost twice as wide as
//! it is and a digit look too wide as well. Every layout decision in this
//! module tree uses [`text_width`] instead, and so does our backend's
//! `estimate_text_size`.

use std::borrow::Cow;

/// Width of one character in em (multiples of the font size).
///
/// CJK ideographs, kana, hangul and full-width forms are one em; ASCII
/// letters and digits a little over half an em; narrow punctuation less.
/// The figures are slightly generous for the fonts named in
/// `FONT_FAMILY` so that an estimate errs on the side of more room.
pub(crate) fn char_em(c: char) -> f64 {
    let cp = c as u32;
    if cp < 0x80 {
        return match c {
            '0'..='9' => 0.58,
            'i' | 'j' | 'l' | 'I' | '!' | '|' | '\'' | '.' | ',' | ':' | ';' => 0.3,
            'f' | 't' | 'r' => 0.4,
            'm' | 'w' => 0.85,
            'M' | 'W' | '@' => 0.9,
            '%' => 0.9,
            '&' => 0.72,
            'A'..='Z' => 0.68,
            'a'..='z' => 0.57,
            ' ' => 0.3,
            '(' | ')' | '[' | ']' | '{' | '}' | '-' | '"' | '`' => 0.38,
            _ => 0.6,
        };
    }
    if is_wide(cp) {
        1.0
    } else {
        0.6
    }
}

/// Whether a code point is drawn full width (one em) in a CJK font.
fn is_wide(cp: u32) -> bool {
    matches!(cp,
        0x1100..=0x115F          // Hangul Jamo
        | 0x2010..=0x2027        // dashes, quotes, ellipsis: full width in CJK fonts
        | 0x2030..=0x203F        // per mille, primes
        | 0x2100..=0x214F        // letter-like symbols (℃, №)
        | 0x2190..=0x21FF        // arrows
        | 0x2460..=0x24FF        // enclosed numerals ①
        | 0x2500..=0x27BF        // box drawing, shapes, dingbats (■ ★)
        | 0x2E80..=0x303E        // CJK radicals, ideographic punctuation 、。
        | 0x3040..=0xA4CF        // kana, bopomofo, CJK ideographs, Yi
        | 0xAC00..=0xD7A3        // Hangul syllables
        | 0xF900..=0xFAFF        // CJK compatibility ideographs
        | 0xFE10..=0xFE19        // vertical forms
        | 0xFE30..=0xFE6F        // CJK compatibility forms, small forms
        | 0xFF00..=0xFF60        // full-width forms （）：，
        | 0xFFE0..=0xFFE6        // full-width signs ￥
        | 0x1F300..=0x1FAFF      // emoji
        | 0x20000..=0x3FFFD      // CJK extension B and beyond
    )
}

/// Estimated rendered width, in pixels, of `text` set at `font_px` pixels.
///
/// CJK and other full-width characters count 1.0 × the font size, ASCII
/// digits and letters about 0.55–0.6 × (narrow letters and punctuation
/// less, `M`, `W` and `%` more). This replaces plotters' own estimate,
/// which counts UTF-8 bytes and so gets Chinese wrong. Control characters
/// count as a space, since labels are cleaned that way before drawing.
pub fn text_width(text: &str, font_px: f64) -> f64 {
    let em: f64 = text
        .chars()
        .map(|c| if c.is_control() { 0.3 } else { char_em(c) })
        .sum();
    em * font_px
}

/// Whether a line break is allowed between `a` and `b`: next to a CJK
/// character, or at a space; never inside a run of ASCII such as "2024"
/// or "35.7".
fn can_break(a: char, b: char) -> bool {
    a == ' ' || b == ' ' || is_wide(a as u32) || is_wide(b as u32)
}

/// Characters that should not begin a line (Chinese line-breaking rules).
fn no_line_start(c: char) -> bool {
    matches!(
        c,
        '，' | '。'
            | '、'
            | '；'
            | '：'
            | '？'
            | '！'
            | '）'
            | '》'
            | '」'
            | '』'
            | '”'
            | '’'
            | ')'
            | ','
            | '.'
            | ';'
            | ':'
            | '%'
            | '…'
    )
}

/// Breaks `text` into lines no wider than `max_px` at `font_px`.
///
/// Breaks are taken next to CJK characters or at spaces; an ASCII run that
/// is wider than a line on its own is cut between characters. Returns
/// slices of `text` with surrounding spaces trimmed; never an empty vector
/// (an empty text gives one empty line).
pub(crate) fn wrap(text: &str, font_px: f64, max_px: f64) -> Vec<&str> {
    let mut lines = Vec::new();
    let text = text.trim();
    if text_width(text, font_px) <= max_px || text.is_empty() {
        lines.push(text);
        return lines;
    }
    let max_px = max_px.max(font_px); // always room for one character
    let mut start = 0usize; // byte offset of the current line
    let mut width = 0.0;
    let mut last_break: Option<(usize, f64)> = None; // byte offset, width before it
    let mut prev: Option<char> = None;
    for (i, c) in text.char_indices() {
        let w = font_px * if c.is_control() { 0.3 } else { char_em(c) };
        if let Some(p) = prev {
            if i > start && can_break(p, c) && !no_line_start(c) {
                last_break = Some((i, width));
            }
        }
        while width + w > max_px && i > start {
            // Break at the last opportunity on this line, or here.
            let (at, before) = match last_break {
                Some((b, before)) if b > start => (b, before),
                _ => (i, width),
            };
            let line = text[start..at].trim();
            if !line.is_empty() {
                lines.push(line);
            }
            start = at;
            width -= before;
            last_break = None;
        }
        width += w;
        prev = Some(c);
    }
    let rest = text[start..].trim();
    if !rest.is_empty() || lines.is_empty() {
        lines.push(rest);
    }
    lines
}

/// Shortens `text` with a trailing "…" so that it fits `max_px`.
pub(crate) fn ellipsize(text: &str, font_px: f64, max_px: f64) -> Cow<'_, str> {
    if text_width(text, font_px) <= max_px {
        return Cow::Borrowed(text);
    }
    let budget = max_px - font_px; // room for the ellipsis (full width)
    let mut width = 0.0;
    let mut end = 0;
    for (i, c) in text.char_indices() {
        let w = font_px * char_em(c);
        if width + w > budget {
            break;
        }
        width += w;
        end = i + c.len_utf8();
    }
    let mut s = String::with_capacity(end + 3);
    s.push_str(&text[..end]);
    s.push('…');
    Cow::Owned(s)
}

/// Wraps `text` into at most `max_lines` lines of `max_px`, shortening the
/// last with "…" when more would be needed.
pub(crate) fn wrap_lines<'a>(
    text: &'a str,
    font_px: f64,
    max_px: f64,
    max_lines: usize,
) -> Vec<Cow<'a, str>> {
    let lines = wrap(text, font_px, max_px);
    if lines.len() <= max_lines.max(1) {
        return lines.into_iter().map(Cow::Borrowed).collect();
    }
    let keep = max_lines.max(1) - 1;
    let mut out: Vec<Cow<'a, str>> = lines[..keep].iter().map(|l| Cow::Borrowed(*l)).collect();
    // The rest of the text from the first line not kept.
    let offset = lines[keep].as_ptr() as usize - text.as_ptr() as usize;
    out.push(ellipsize(&text[offset..], font_px, max_px));
    out
}

/// Like [`wrap_lines`], but when the text takes several lines, evens them
/// out ("区住房和/城乡建设/局" becomes "区住房/和城乡/建设局").
pub(crate) fn wrap_balanced<'a>(
    text: &'a str,
    font_px: f64,
    max_px: f64,
    max_lines: usize,
) -> Vec<Cow<'a, str>> {
    let lines = wrap(text, font_px, max_px);
    let k = lines.len();
    if k <= 1 || k > max_lines {
        return wrap_lines(text, font_px, max_px, max_lines);
    }
    let mut w = (text_width(text.trim(), font_px) / k as f64).max(font_px);
    while w < max_px {
        let l = wrap(text, font_px, w);
        if l.len() <= k {
            return l.into_iter().map(Cow::Borrowed).collect();
        }
        w += font_px * 0.5;
    }
    lines.into_iter().map(Cow::Borrowed).collect()
}
