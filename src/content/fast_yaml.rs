//! A fast reader for the plain YAML that content files are written in.
//!
//! serde_yaml (libyaml underneath) spends most of a large site's load time
//! scanning tokens and building events. Ledger and progress files use a small
//! part of YAML: block mappings and lists by indentation, one-line flow lists
//! and mappings (`[王某, 李某]`, `{invest: 5, kind: 续建}`), plain and
//! one-line quoted scalars, comments; as PyYAML, ruamel.yaml and people
//! write them, double-quoted scalars with `\uXXXX` escapes going on over lines,
//! plain text on the lines below its key, and literal (`|`) and folded (`>`)
//! block scalars. [`parse`] reads exactly that part in one pass and builds
//! the [`Node`] of the `Value` serde_yaml would; it gives up (`None`) on
//! anything else — anchors, tags, other multi-line scalars,
//! scalars it cannot resolve with certainty, odd indentation, duplicate keys,
//! characters libyaml refuses — and the caller then parses with serde_yaml,
//! so that every syntax error is still serde_yaml's, with its message and
//! position. Giving up is always safe; accepting is done only where the
//! result is known to be serde_yaml's.

use std::borrow::Cow;

use serde_yaml::Number;

use super::hash::FastSet;
use super::node::{Map, Node};

/// How deep this reader nests before it gives up (serde_yaml's limit is 128).
const MAX_DEPTH: usize = 64;

/// The longest key accepted: libyaml refuses simple keys over 1,024 characters.
const MAX_KEY_BYTES: usize = 1000;

/// Parses `text` as serde_yaml would, when it is written in the plain part of
/// YAML this reader knows; `None` when it is not (the caller then uses
/// serde_yaml). When this returns a node, it is that of serde_yaml's value.
pub fn parse(text: &str) -> Option<Node<'_>> {
    parse_marking(text, Marks(None)).map(|(node, _)| node)
}

/// [`parse`], and where each node starts: the byte offset of every node and
/// every mapping key, in document order (a mapping, then each key followed by
/// its value's nodes; a list, then its items' nodes). A node's offset is where
/// libyaml's event for it starts, so where serde_yaml places it: a block
/// mapping at its first key, a block list at its first `-`, a flow collection
/// at its bracket, a quoted scalar at its quote. A value written as nothing
/// (`key:` alone) has [`NO_MARK`]: libyaml places it at the next token, which
/// this reader does not follow.
pub fn parse_with_marks(text: &str) -> Option<(Node<'_>, Vec<u32>)> {
    // Offsets must fit the marks (content files are far smaller).
    u32::try_from(text.len()).ok()?;
    parse_marking(text, Marks(Some(Vec::new())))
        .map(|(node, marks)| (node, marks.0.unwrap_or_default()))
}

/// The mark of a node whose place this reader does not know.
pub const NO_MARK: u32 = u32::MAX;

/// Where nodes start, when asked for (see [`parse_with_marks`]).
struct Marks(Option<Vec<u32>>);

impl Marks {
    /// Records that the next node (or key) starts at byte `at`.
    #[inline]
    fn push(&mut self, at: usize) {
        if let Some(v) = &mut self.0 {
            v.push(u32::try_from(at).unwrap_or(NO_MARK));
        }
    }
}

fn parse_marking(text: &str, marks: Marks) -> Option<(Node<'_>, Marks)> {
    let mut p = Parser {
        text,
        pos: 0,
        line: None,
        pairs: Vec::new(),
        items: Vec::new(),
        marks,
        begun: false,
    };
    p.advance()?;
    let first = p.line?;
    let value = p.block(first.indent, 0)?;
    // Anything left over is outside what was understood.
    if p.line.is_some() {
        return None;
    }
    Some((value, p.marks))
}

/// Whether a line is `---` alone, or with a comment after it: the start of
/// the document, with nothing of it on the marker's line.
fn is_document_start(line: &[u8]) -> bool {
    match line.strip_prefix(b"---") {
        Some(rest) => {
            let gap = spaces(rest);
            rest.is_empty() || (gap > 0 && rest[gap..].first().is_none_or(|&c| c == b'#'))
        }
        None => false,
    }
}

/// What a byte of the text needs from [`Parser::advance`]: nothing, the end
/// of the line, a closer look, or giving up.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Plain,
    Break,
    Look,
    Refuse,
}

/// The [`Class`] of every byte.
static CLASS: [Class; 256] = {
    let mut t = [Class::Plain; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = match i as u8 {
            b'\n' => Class::Break,
            b'\r' | 0xC2 | 0xE2 | 0xEF => Class::Look,
            // Control characters (tabs among them: indentation rules for them
            // are subtle) and DEL.
            0x00..=0x1F | 0x7F => Class::Refuse,
            _ => Class::Plain,
        };
        i += 1;
    }
    t
};

/// Where the line from `from` ends: at its `\n`, or at the end of the text;
/// `None` when it holds a character left to serde_yaml. Eight bytes are
/// looked at together, and one by one only when one of them is not
/// [`Class::Plain`].
fn line_end(b: &[u8], from: usize) -> Option<usize> {
    let mut i = from;
    while let Some(chunk) = b.get(i..i + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        if !plain_word(u64::from_le_bytes(word)) {
            for j in i..i + 8 {
                if !plain_byte(b, j)? {
                    return Some(j);
                }
            }
        }
        i += 8;
    }
    for j in i..b.len() {
        if !plain_byte(b, j)? {
            return Some(j);
        }
    }
    Some(b.len())
}

/// Whether all eight bytes of `x` are [`Class::Plain`]: none is below 0x20,
/// nor 0x7F, 0xC2, 0xE2 or 0xEF. (Some byte of `v` is zero exactly when
/// `(v - 0x01…01) & !v & 0x80…80` is not; below `n` for `n <= 0x80`
/// likewise with `n…n`.)
fn plain_word(x: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let zero = |v: u64| v.wrapping_sub(ONES) & !v & HIGH;
    let below_space = x.wrapping_sub(ONES * 0x20) & !x & HIGH;
    (below_space
        | zero(x ^ (ONES * 0x7F))
        | zero(x ^ (ONES * 0xC2))
        | zero(x ^ (ONES * 0xE2))
        | zero(x ^ (ONES * 0xEF)))
        == 0
}

/// Whether `b[i]` continues the line (`Some(true)`), ends it (`Some(false)`),
/// or is left to serde_yaml (`None`).
fn plain_byte(b: &[u8], i: usize) -> Option<bool> {
    match CLASS[usize::from(b[i])] {
        Class::Plain => Some(true),
        Class::Break => Some(false),
        Class::Look if printable_at(b, i) => Some(true),
        Class::Look | Class::Refuse => None,
    }
}

/// Whether the character at `b[i]` (a byte of class [`Class::Look`]) is one
/// libyaml reads as printable, non-break text; `\r` only before `\n`.
fn printable_at(b: &[u8], i: usize) -> bool {
    match b[i] {
        b'\r' => b.get(i + 1) == Some(&b'\n'),
        // C1 controls, NEL among them (a line break to libyaml).
        0xC2 => !matches!(b.get(i + 1), Some(0x80..=0x9F)),
        // U+2028 and U+2029, line and paragraph separators.
        0xE2 => !(b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0xA8 | 0xA9))),
        // U+FEFF (a byte-order mark inside the text), U+FFFE and U+FFFF.
        0xEF => !matches!(
            (b.get(i + 1), b.get(i + 2)),
            (Some(0xBB), Some(0xBF)) | (Some(0xBF), Some(0xBE | 0xBF))
        ),
        _ => true,
    }
}

/// A line with content: its indentation and where its content stands.
#[derive(Clone, Copy)]
struct Line {
    /// Spaces before the content (for the rest of a `- key: value` line, the
    /// column of `key`).
    indent: usize,
    /// Byte offsets of the content, without the line break.
    start: usize,
    end: usize,
}

struct Parser<'a> {
    text: &'a str,
    /// Where the next line starts.
    pos: usize,
    /// The current line; `None` at the end of the text.
    line: Option<Line>,
    /// The pairs of the mappings being read, innermost last: each mapping
    /// takes its own off the top when it ends, in a vector of the right size.
    pairs: Vec<(Node<'a>, Node<'a>)>,
    /// The items of the lists being read, likewise.
    items: Vec<Node<'a>>,
    /// Where each node starts, when asked for.
    marks: Marks,
    /// Whether a line with content (or the document's `---`) was passed.
    begun: bool,
}

impl<'a> Parser<'a> {
    /// Moves to the next line with content (blank and comment lines are
    /// skipped, and a `---` that starts the document, as many people and
    /// programs begin a file); `None` when that line is another document
    /// marker or a directive, or when a line holds a character this reader
    /// leaves to serde_yaml.
    /// Every byte of the text passes here once.
    fn advance(&mut self) -> Option<()> {
        let b = self.text.as_bytes();
        loop {
            if self.pos >= b.len() {
                self.line = None;
                return Some(());
            }
            let begin = self.pos;
            let nl = line_end(b, begin)?;
            self.pos = nl + 1;
            let end = if nl > begin && b[nl - 1] == b'\r' {
                nl - 1
            } else {
                nl
            };
            let indent = spaces(&b[begin..end]);
            let start = begin + indent;
            if start == end || b[start] == b'#' {
                continue;
            }
            let content = &b[start..end];
            if indent == 0 && !self.begun && is_document_start(content) {
                self.begun = true;
                continue;
            }
            self.begun = true;
            if indent == 0
                && (content.starts_with(b"---")
                    || content.starts_with(b"...")
                    || content[0] == b'%')
            {
                return None;
            }
            self.line = Some(Line { indent, start, end });
            return Some(());
        }
    }

    fn content(&self, l: Line) -> &'a str {
        &self.text[l.start..l.end]
    }

    /// A value on the rest of the current line, `rest` a part of the text.
    fn inline(&mut self, rest: &'a str, depth: usize) -> Option<Node<'a>> {
        let base = rest.as_ptr() as usize - self.text.as_ptr() as usize;
        inline(rest, depth, base, &mut self.marks)
    }

    /// The value on the rest of the current line, `rest`, in a block at
    /// `indent`, and the move to the line after it: a double-quoted scalar
    /// may go on over the lines below (more indented than the block), as
    /// PyYAML writes long text.
    fn value(&mut self, rest: &'a str, indent: usize, depth: usize) -> Option<Node<'a>> {
        if rest.starts_with(['|', '>']) {
            let at = rest.as_ptr() as usize - self.text.as_ptr() as usize;
            self.marks.push(at);
            let text = self.block_scalar(rest, indent)?;
            self.advance()?;
            return Some(Node::String(Cow::Owned(text)));
        }
        if rest.starts_with('"') && !closes_on_line(rest) {
            let at = rest.as_ptr() as usize - self.text.as_ptr() as usize;
            self.marks.push(at);
            let text = self.quoted_lines(at, indent)?;
            self.advance()?;
            return Some(Node::String(Cow::Owned(text)));
        }
        let v = self.inline(rest, depth)?;
        self.advance()?;
        Some(v)
    }

    /// A double-quoted scalar opened at byte `at` of the current line and
    /// closed on a line below, each line below indented more than `indent`:
    /// its text, with the line breaks folded as YAML folds them (an escaped
    /// break joins the lines, one that is not becomes a space; spaces at the
    /// end and start of a line are dropped). The next line to read is then
    /// the one after the closing quote. `None` for a blank line inside, a
    /// closing quote followed by more than a comment, or anything else this
    /// reader leaves to serde_yaml.
    fn quoted_lines(&mut self, at: usize, indent: usize) -> Option<String> {
        let b = self.text.as_bytes();
        let mut out = String::new();
        let mut i = at + 1;
        let mut end = self.line?.end;
        loop {
            // The text of one line: raw spaces are kept only when more text
            // follows them on the line.
            let mut pending = 0;
            let mut joined = false;
            while i < end {
                match b[i] {
                    b'"' => {
                        let rest = &self.text[i + 1..end];
                        let after = rest.trim_start_matches(' ');
                        if !(after.is_empty()
                            || (after.starts_with('#') && after.len() < rest.len()))
                        {
                            return None;
                        }
                        out.extend(std::iter::repeat_n(' ', pending));
                        return Some(out);
                    }
                    b' ' => {
                        pending += 1;
                        i += 1;
                    }
                    b'\\' if i + 1 == end => {
                        // An escaped line break: the lines are joined.
                        out.extend(std::iter::repeat_n(' ', pending));
                        pending = 0;
                        joined = true;
                        i += 1;
                    }
                    b'\\' => {
                        out.extend(std::iter::repeat_n(' ', pending));
                        pending = 0;
                        let (c, width) = escape(b, i + 1)?;
                        out.push(c);
                        i += width;
                    }
                    _ => {
                        out.extend(std::iter::repeat_n(' ', pending));
                        pending = 0;
                        let from = i;
                        while i < end && !matches!(b[i], b'"' | b' ' | b'\\') {
                            i += 1;
                        }
                        out.push_str(&self.text[from..i]);
                    }
                }
            }
            // The next line: no blank line, no tab, indented under the block.
            if self.pos >= b.len() {
                return None;
            }
            let begin = self.pos;
            let nl = line_end(b, begin)?;
            self.pos = nl + 1;
            end = if nl > begin && b[nl - 1] == b'\r' {
                nl - 1
            } else {
                nl
            };
            let lead = spaces(&b[begin..end]);
            if begin + lead == end || lead <= indent {
                return None;
            }
            i = begin + lead;
            if !joined {
                out.push(' ');
            }
        }
    }

    /// A literal (`|`) or folded (`>`) block scalar whose header `header`
    /// ends the current line, its lines below more indented than `indent`:
    /// its text, a literal one's lines kept, a folded one's joined by spaces
    /// (a blank line between standing for a line break), the last line break
    /// kept (`|`, `>`) or not (`|-`, `>-`). The next line to read is then the
    /// one after it. `None` for a header with `+` or an indentation digit, a
    /// folded scalar with a more indented line, a line of only spaces more
    /// than the text's indentation, or a character left to serde_yaml.
    fn block_scalar(&mut self, header: &str, indent: usize) -> Option<String> {
        let literal = header.starts_with('|');
        let (strip, after) = match header.as_bytes().get(1) {
            Some(b'-') => (true, &header[2..]),
            _ => (false, &header[1..]),
        };
        let trimmed = after.trim_start_matches(' ');
        if !(trimmed.is_empty() || (trimmed.starts_with('#') && trimmed.len() < after.len())) {
            return None;
        }
        let b = self.text.as_bytes();
        let mut out = String::new();
        let mut at: Option<usize> = None;
        let (mut empty, mut content, mut broken) = (0usize, false, false);
        while self.pos < b.len() {
            let begin = self.pos;
            let nl = line_end(b, begin)?;
            let end = if nl > begin && b[nl - 1] == b'\r' {
                nl - 1
            } else {
                nl
            };
            let lead = spaces(&b[begin..end]);
            if begin + lead == end {
                // A blank line: a line break of the text, unless it has more
                // spaces than the text's indentation (or comes first).
                if lead > 0 && at.is_none_or(|i| lead > i) {
                    return None;
                }
                empty += 1;
                self.pos = nl + 1;
                continue;
            }
            let i = *at.get_or_insert(lead);
            if lead <= indent || lead < i {
                break;
            }
            if !literal && lead > i {
                return None;
            }
            if content {
                if !literal && empty == 0 {
                    out.push(' ');
                } else {
                    out.extend(std::iter::repeat_n('\n', empty + usize::from(literal)));
                }
            } else {
                out.extend(std::iter::repeat_n('\n', empty));
            }
            out.push_str(&self.text[begin + i..end]);
            (empty, content, broken) = (0, true, nl < b.len());
            self.pos = nl + 1;
        }
        if content && broken && !strip {
            out.push('\n');
        }
        Some(out)
    }

    /// A plain scalar standing on the lines below its key (as ruamel.yaml
    /// writes a long text), the current line the first: the lines more
    /// indented than `indent`, one after the other without a blank or
    /// comment line between them, each line's text folded to one space. One
    /// line is resolved as it would be on its key's line (a number stays a
    /// number); more lines make text. `None` for a line of other shape.
    fn plain_lines(&mut self, indent: usize) -> Option<Node<'a>> {
        let first = self.line?;
        self.marks.push(first.start);
        let one = plain_block(self.content(first))?;
        if one.len() != trim_end_spaces(self.content(first)).len() {
            // A comment after the text: left to serde_yaml.
            return None;
        }
        let mut joined: Option<String> = None;
        let mut last = first;
        self.advance()?;
        while let Some(l) = self.line {
            if l.indent <= indent {
                break;
            }
            // Nothing but the line break and indentation between the lines.
            let between = &self.text.as_bytes()[last.end..l.start];
            let between = between.strip_prefix(b"\r").unwrap_or(between);
            if between.first() != Some(&b'\n') || between[1..].iter().any(|&c| c != b' ') {
                return None;
            }
            let c = trim_end_spaces(self.content(l));
            if !is_text_line(c) || plain_block(c)?.len() != c.len() {
                return None;
            }
            let text = joined.get_or_insert_with(|| one.to_string());
            text.push(' ');
            text.push_str(c);
            last = l;
            self.advance()?;
        }
        match joined {
            None => resolve(one),
            Some(text) => Some(Node::String(Cow::Owned(text))),
        }
    }

    /// The block list or mapping whose first line is the current one, at `indent`.
    fn block(&mut self, indent: usize, depth: usize) -> Option<Node<'a>> {
        if depth > MAX_DEPTH {
            return None;
        }
        let l = self.line?;
        if is_item(self.content(l)) {
            self.list(indent, depth)
        } else {
            self.mapping(indent, depth)
        }
    }

    /// What follows a `key:` or `-` with nothing after it on its line: a more
    /// indented block, a list at the same indentation under a key, or nothing.
    fn nested(&mut self, indent: usize, under_key: bool, depth: usize) -> Option<Node<'a>> {
        match self.line {
            Some(l) if l.indent > indent && is_text_line(self.content(l)) => {
                self.plain_lines(indent)
            }
            Some(l) if l.indent > indent => self.block(l.indent, depth + 1),
            Some(l) if under_key && l.indent == indent && is_item(self.content(l)) => {
                self.list(indent, depth + 1)
            }
            _ => {
                self.marks.push(NO_MARK as usize);
                Some(Node::Null)
            }
        }
    }

    fn mapping(&mut self, indent: usize, depth: usize) -> Option<Node<'a>> {
        let base = self.pairs.len();
        // A block mapping starts at its first key.
        self.marks.push(self.line?.start);
        while let Some(l) = self.line {
            if l.indent < indent {
                break;
            }
            let c = self.content(l);
            if l.indent > indent || is_item(c) {
                return None;
            }
            let (key, rest) = if starts_quoted(c) {
                quoted_key(c)?
            } else {
                let (key, rest) = split_key(c)?;
                (resolve(key)?, rest)
            };
            self.marks.push(l.start);
            let value = if rest.is_empty() || rest.starts_with('#') {
                self.advance()?;
                self.nested(indent, true, depth)?
            } else {
                self.value(rest, indent, depth)?
            };
            add_pair(&mut self.pairs, base, key, value)?;
        }
        take_map(&mut self.pairs, base)
    }

    fn list(&mut self, indent: usize, depth: usize) -> Option<Node<'a>> {
        let base = self.items.len();
        // A block list starts at its first `-`.
        self.marks.push(self.line?.start);
        while let Some(l) = self.line {
            if l.indent < indent {
                break;
            }
            if l.indent > indent {
                return None;
            }
            let c = self.content(l);
            if !is_item(c) {
                break;
            }
            let gap = spaces(&c.as_bytes()[1..]);
            let rest = &c[1 + gap..];
            let item = if rest.is_empty() || rest.starts_with('#') {
                self.advance()?;
                self.nested(indent, false, depth)?
            } else if is_item(rest) {
                return None;
            } else if if starts_quoted(rest) {
                quoted_key(rest).is_some()
            } else {
                !starts_node(rest) && split_key(rest).is_some()
            } {
                // `- key: value`: a mapping whose keys stand at the column of `key`.
                let col = indent + 1 + gap;
                self.line = Some(Line {
                    indent: col,
                    start: l.start + 1 + gap,
                    end: l.end,
                });
                self.mapping(col, depth + 1)?
            } else {
                self.value(rest, indent, depth)?
            };
            self.items.push(item);
        }
        Some(Node::Sequence(self.items.drain(base..).collect()))
    }
}

/// Whether `s` starts a quoted scalar.
fn starts_quoted(s: &str) -> bool {
    matches!(s.as_bytes().first(), Some(b'"' | b'\''))
}

/// A block mapping's quoted key (`"QS-001": …`, `'键': …`, as programs that
/// quote every string write it) and the rest of the line after its colon
/// (without leading spaces): the key on one line, its colon after it (spaces
/// between allowed) followed by a space or the line's end, near its start as
/// for plain keys. `None` for anything else, left to serde_yaml.
fn quoted_key(c: &str) -> Option<(Node<'_>, &str)> {
    let mut none = Marks(None);
    let mut f = Flow {
        s: c,
        i: 0,
        base: 0,
        marks: &mut none,
    };
    let key = f.quoted()?;
    f.spaces();
    let colon = f.i;
    if f.peek()? != b':' || colon > MAX_KEY_BYTES {
        return None;
    }
    let b = c.as_bytes();
    if !matches!(b.get(colon + 1), None | Some(b' ')) {
        return None;
    }
    let rest = colon + 1 + spaces(&b[colon + 1..]);
    Some((Node::String(key), &c[rest..]))
}

/// Whether a line's content is plain text: not a list item, not `key:` or
/// `key: value`, not starting with an indicator (a quote, a bracket …).
fn is_text_line(c: &str) -> bool {
    !is_item(c)
        && !c.as_bytes().first().is_some_and(|&b| is_indicator(b))
        && split_key(c).is_none()
        && !c.contains(": ")
        && !c.ends_with(':')
}

/// Whether the double-quoted scalar that `s` starts with ends on this line.
fn closes_on_line(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 1;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            b'"' => return true,
            _ => i += 1,
        }
    }
    false
}

/// How many spaces `b` starts with.
fn spaces(b: &[u8]) -> usize {
    b.iter().take_while(|&&c| c == b' ').count()
}

/// `s` without the spaces it ends with.
fn trim_end_spaces(s: &str) -> &str {
    let b = s.as_bytes();
    let mut end = b.len();
    while end > 0 && b[end - 1] == b' ' {
        end -= 1;
    }
    &s[..end]
}

/// Whether a line's content is a list item (`- …` or a lone `-`).
fn is_item(c: &str) -> bool {
    c == "-" || c.starts_with("- ")
}

/// Whether `s` starts a quoted scalar or a flow collection.
fn starts_node(s: &str) -> bool {
    matches!(s.as_bytes().first(), Some(b'"' | b'\'' | b'[' | b'{'))
}

/// Characters that may not start a plain scalar (or that this reader leaves to
/// serde_yaml there).
fn is_indicator(b: u8) -> bool {
    matches!(
        b,
        b'-' | b'?'
            | b':'
            | b','
            | b'['
            | b']'
            | b'{'
            | b'}'
            | b'#'
            | b'&'
            | b'*'
            | b'!'
            | b'|'
            | b'>'
            | b'\''
            | b'"'
            | b'%'
            | b'@'
            | b'`'
            | b'<'
    )
}

/// Splits a `key: rest` or `key:` line into the key's text and the rest
/// (without leading spaces); `None` unless the key is a short plain scalar
/// without `:`, `#`, brackets, commas or quotes.
fn split_key(c: &str) -> Option<(&str, &str)> {
    let b = c.as_bytes();
    if is_indicator(*b.first()?) {
        return None;
    }
    let colon = b.iter().position(|&x| {
        matches!(
            x,
            b':' | b'#' | b'[' | b']' | b'{' | b'}' | b',' | b'"' | b'\''
        )
    })?;
    if b[colon] != b':' || !matches!(b.get(colon + 1), None | Some(b' ')) {
        return None;
    }
    let key = trim_end_spaces(&c[..colon]);
    // serde_yaml refuses a key whose colon is far from its start, however
    // short the key (`a` then 1,100 spaces then `:`).
    if key.is_empty() || colon > MAX_KEY_BYTES {
        return None;
    }
    let rest = colon + 1 + spaces(&b[colon + 1..]);
    Some((key, &c[rest..]))
}

/// A value that stands on the rest of a line: quoted, a flow collection, or
/// plain; `s` starts at byte `base` of the text.
fn inline<'a>(s: &'a str, depth: usize, base: usize, marks: &mut Marks) -> Option<Node<'a>> {
    match s.as_bytes()[0] {
        b'"' | b'\'' | b'[' | b'{' => {
            let mut f = Flow {
                s,
                i: 0,
                base,
                marks,
            };
            let v = f.node(depth)?;
            f.end()?;
            Some(v)
        }
        _ => {
            marks.push(base);
            resolve(plain_block(s)?)
        }
    }
}

/// A plain scalar in block context: up to a comment, trailing spaces dropped;
/// `None` when it holds `: ` or ends with `:` (libyaml refuses those).
fn plain_block(s: &str) -> Option<&str> {
    let b = s.as_bytes();
    if is_indicator(b[0]) {
        return None;
    }
    let mut end = b.len();
    for i in 0..b.len() {
        match b[i] {
            b'#' if b[i - 1] == b' ' => {
                end = i;
                break;
            }
            b':' if matches!(b.get(i + 1), None | Some(b' ')) => return None,
            _ => {}
        }
    }
    Some(trim_end_spaces(&s[..end]))
}

/// What a plain scalar means to serde_yaml, when that is certain: null, a
/// boolean, an integer or decimal number written the usual way, or text that
/// cannot be read as a number. `None` for anything else (`1e5`, `0x1F`,
/// `007`, `.5`, `+3`, `-3`, …), left to serde_yaml.
pub(super) fn resolve(s: &str) -> Option<Node<'_>> {
    let text = || Some(Node::String(Cow::Borrowed(s)));
    match s {
        "~" | "null" | "Null" | "NULL" => return Some(Node::Null),
        "true" | "True" | "TRUE" => return Some(Node::Bool(true)),
        "false" | "False" | "FALSE" => return Some(Node::Bool(false)),
        _ => {}
    }
    let b = s.as_bytes();
    match b.first()? {
        b'0'..=b'9' => {
            let (int, frac) = match s.split_once('.') {
                Some((i, f)) => (i, Some(f)),
                None => (s, None),
            };
            let digits = |t: &str| !t.is_empty() && t.bytes().all(|c| c.is_ascii_digit());
            let canonical = digits(int) && (int == "0" || !int.starts_with('0'));
            match frac {
                None if canonical && int.len() <= 19 => int
                    .parse::<u64>()
                    .ok()
                    .map(|n| Node::Number(Number::from(n), Cow::Borrowed(s))),
                Some(f) if canonical && digits(f) => match s.parse::<f64>() {
                    Ok(x) if x.is_finite() => Some(Node::Number(Number::from(x), Cow::Borrowed(s))),
                    _ => None,
                },
                // Only ASCII letters, digits, `.`, `+` and `-` can make a number.
                _ if b
                    .iter()
                    .any(|c| !(c.is_ascii_alphanumeric() || matches!(c, b'.' | b'+' | b'-'))) =>
                {
                    text()
                }
                // Dates and months (2021-09-03, 2021-09) are text.
                _ if s.contains('-')
                    && s.split('-').all(|part| {
                        !part.is_empty() && part.bytes().all(|c| c.is_ascii_digit())
                    }) =>
                {
                    text()
                }
                _ => None,
            }
        }
        b'+' | b'-' | b'.' => None,
        _ => text(),
    }
}

/// A flow collection or quoted scalar on one line.
struct Flow<'a, 'm> {
    s: &'a str,
    i: usize,
    /// Where `s` starts in the text.
    base: usize,
    marks: &'m mut Marks,
}

impl<'a> Flow<'a, '_> {
    fn peek(&self) -> Option<u8> {
        self.s.as_bytes().get(self.i).copied()
    }

    fn spaces(&mut self) {
        while self.peek() == Some(b' ') {
            self.i += 1;
        }
    }

    /// After the node: only spaces, then a comment or the end of the line.
    fn end(&mut self) -> Option<()> {
        let before = self.i;
        self.spaces();
        match self.peek() {
            None => Some(()),
            Some(b'#') if self.i > before => Some(()),
            _ => None,
        }
    }

    fn node(&mut self, depth: usize) -> Option<Node<'a>> {
        if depth > MAX_DEPTH {
            return None;
        }
        self.marks.push(self.base + self.i);
        match self.peek()? {
            b'"' | b'\'' => self.quoted().map(Node::String),
            b'[' => {
                let mut items = Vec::new();
                self.entries(b']', |f| {
                    items.push(f.node(depth + 1)?);
                    Some(())
                })?;
                Some(Node::Sequence(items))
            }
            b'{' => {
                let mut pairs = Vec::new();
                self.entries(b'}', |f| {
                    let start = f.i;
                    f.marks.push(f.base + start);
                    let key = if f.peek().is_some_and(|c| c == b'"' || c == b'\'') {
                        // `{"stage": "在建"}`, as JSON writes it.
                        Node::String(f.quoted()?)
                    } else {
                        resolve(f.plain()?)?
                    };
                    // As for block keys: the colon must be near the key's start.
                    if f.i - start > MAX_KEY_BYTES {
                        return None;
                    }
                    // `key: value`, the colon followed by a space.
                    if f.peek()? != b':' {
                        return None;
                    }
                    f.i += 1;
                    if f.peek()? != b' ' {
                        return None;
                    }
                    f.spaces();
                    let value = f.node(depth + 1)?;
                    add_pair(&mut pairs, 0, key, value)
                })?;
                take_map(&mut pairs, 0)
            }
            _ => resolve(self.plain()?),
        }
    }

    /// The entries of the flow collection opened here, up to `close`: each read
    /// by `entry`, commas between them.
    fn entries(&mut self, close: u8, mut entry: impl FnMut(&mut Self) -> Option<()>) -> Option<()> {
        self.i += 1;
        self.spaces();
        if self.peek() == Some(close) {
            self.i += 1;
            return Some(());
        }
        loop {
            self.spaces();
            entry(self)?;
            self.spaces();
            match self.peek()? {
                b',' => self.i += 1,
                c if c == close => {
                    self.i += 1;
                    return Some(());
                }
                _ => return None,
            }
        }
    }

    /// A plain scalar in a flow collection: up to `,`, a bracket, a brace or
    /// `:`, trailing spaces dropped; `None` at a comment or the line's end.
    fn plain(&mut self) -> Option<&'a str> {
        let b = self.s.as_bytes();
        let start = self.i;
        if is_indicator(*b.get(start)?) {
            return None;
        }
        while let Some(&c) = b.get(self.i) {
            match c {
                b',' | b'[' | b']' | b'{' | b'}' | b':' => break,
                b'#' if b[self.i - 1] == b' ' => return None,
                _ => self.i += 1,
            }
        }
        self.peek()?;
        let text = trim_end_spaces(&self.s[start..self.i]);
        (!text.is_empty()).then_some(text)
    }

    /// A quoted scalar on one line: `'…'` with `''` standing for `'`, or
    /// `"…"` with the common escapes (`\"`, `\\`, `\/`, `\n`, `\t`, `\r`;
    /// others are left to serde_yaml).
    fn quoted(&mut self) -> Option<Cow<'a, str>> {
        let s = self.s;
        let b = s.as_bytes();
        let quote = b[self.i];
        self.i += 1;
        // Text with escapes is copied; text without them is borrowed.
        let mut copied: Option<String> = None;
        let mut from = self.i;
        loop {
            let c = *b.get(self.i)?;
            let (escaped, width) = match (quote, c) {
                (b'\'', b'\'') if b.get(self.i + 1) == Some(&b'\'') => ('\'', 2),
                (b'"', b'\\') => escape(b, self.i + 1)?,
                _ if c == quote => {
                    let last = &s[from..self.i];
                    self.i += 1;
                    return Some(match copied {
                        None => Cow::Borrowed(last),
                        Some(mut text) => {
                            text.push_str(last);
                            Cow::Owned(text)
                        }
                    });
                }
                _ => {
                    self.i += 1;
                    continue;
                }
            };
            let text = copied.get_or_insert_with(String::new);
            text.push_str(&s[from..self.i]);
            text.push(escaped);
            self.i += width;
            from = self.i;
        }
    }
}

/// The escape sequence after the backslash at `b[at - 1]` of a double-quoted
/// scalar: the character it stands for and how many bytes the sequence takes,
/// backslash included: the escapes of YAML that other programs write (`\"`,
/// `\\`, `\/`, `\n`, `\t`, `\r`, `\ `, `\_`, `\L`, `\P`, and `\xXX`, `\uXXXX`,
/// `\UXXXXXXXX` naming a character that is not a control character; PyYAML
/// writes every Chinese character as `\uXXXX` unless told otherwise). `None`
/// for any other, which is left to serde_yaml.
fn escape(b: &[u8], at: usize) -> Option<(char, usize)> {
    let hex = |digits: usize| -> Option<(char, usize)> {
        let h = b.get(at + 1..at + 1 + digits)?;
        if !h.iter().all(u8::is_ascii_hexdigit) {
            return None;
        }
        let code = u32::from_str_radix(std::str::from_utf8(h).ok()?, 16).ok()?;
        let c = char::from_u32(code)?;
        (!c.is_control()).then_some((c, 2 + digits))
    };
    let c = match *b.get(at)? {
        b'"' => '"',
        b'\\' => '\\',
        b'/' => '/',
        b'n' => '\n',
        b't' => '\t',
        b'r' => '\r',
        b' ' => ' ',
        b'_' => '\u{a0}',
        b'L' => '\u{2028}',
        b'P' => '\u{2029}',
        b'x' => return hex(2),
        b'u' => return hex(4),
        b'U' => return hex(8),
        _ => return None,
    };
    Some((c, 2))
}

/// Mappings up to this size are checked for a duplicate key as each key
/// comes; larger ones once, when they end.
const FEW_KEYS: usize = 16;

/// A key's identity: equal keys are equal values to serde_yaml. Keys are
/// plain text or whole numbers (others give up).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Key<'a> {
    Text(&'a str),
    Int(u64),
}

fn key_of<'a>(node: &Node<'a>) -> Option<Key<'a>> {
    match node {
        Node::String(Cow::Borrowed(s)) => Some(Key::Text(s)),
        Node::Number(n, _) if n.is_u64() => n.as_u64().map(Key::Int),
        _ => None,
    }
}

/// Adds a pair to the mapping whose pairs start at `base` in `pairs`; `None`
/// for a key of another kind, or a duplicate among a few keys.
fn add_pair<'a>(
    pairs: &mut Vec<(Node<'a>, Node<'a>)>,
    base: usize,
    key: Node<'a>,
    value: Node<'a>,
) -> Option<()> {
    let k = key_of(&key)?;
    let mine = &pairs[base..];
    if mine.len() < FEW_KEYS && mine.iter().any(|(e, _)| key_of(e) == Some(k)) {
        return None;
    }
    pairs.push((key, value));
    Some(())
}

/// The mapping whose pairs start at `base`, taken off `pairs`; `None` when
/// two of its many keys are equal.
fn take_map<'a>(pairs: &mut Vec<(Node<'a>, Node<'a>)>, base: usize) -> Option<Node<'a>> {
    let mine = &pairs[base..];
    if mine.len() > FEW_KEYS {
        let mut keys = FastSet::with_capacity_and_hasher(mine.len(), Default::default());
        if !mine
            .iter()
            .all(|(k, _)| key_of(k).is_some_and(|k| keys.insert(k)))
        {
            return None;
        }
    }
    Some(Node::Mapping(Map {
        entries: pairs.drain(base..).collect(),
    }))
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    /// Documents of every kind the tests here generate: lines from pieces, and
    /// rendered trees (for the positions' tests too).
    pub(in crate::content) fn any_doc() -> impl proptest::strategy::Strategy<Value = String> {
        proptest::prop_oneof![doc(), tree_doc()]
    }

    /// The fast reader either gives up or agrees with serde_yaml.
    fn agrees(text: &str) -> bool {
        let fast = parse(text);
        let slow = super::super::yaml::parse_slow(text).ok();
        match &fast {
            None => true,
            Some(v) => slow.as_ref() == Some(v),
        }
    }

    fn text(s: &str) -> Node<'_> {
        Node::String(Cow::Borrowed(s))
    }

    /// Each of `texts` is left to serde_yaml, which reads it as it would.
    fn left_to_serde_yaml(texts: &[&str]) {
        for text in texts {
            assert!(agrees(text), "{text:?}");
            assert!(parse(text).is_none(), "{text:?}");
        }
    }

    fn accepted(text: &str) -> Node<'_> {
        assert!(agrees(text), "differs from serde_yaml: {text:?}");
        parse(text).unwrap_or_else(|| panic!("not accepted: {text:?}"))
    }

    #[test]
    fn takes_the_document_start_marker() {
        for text in [
            "---\nperiod: 2025-02\nprojects:\n  A-1: {stage: 在建}\n",
            "# 注\n\n--- # 二月\r\nperiod: 2025-02\r\n",
            "---   \n- id: A\n  name: 甲\n",
        ] {
            accepted(text);
        }
        // Left to serde_yaml: a second document, a value on the marker's
        // line, a directive, the end marker, a marker alone.
        left_to_serde_yaml(&[
            "---\na: 1\n---\nb: 2\n",
            "--- a: 1\n",
            "--- {a: 1}\n",
            "%YAML 1.1\n---\na: 1\n",
            "---\na: 1\n...\n",
            "a: 1\n---\n",
            "---\n",
            "----\na: 1\n",
            "---#x\na: 1\n",
        ]);
    }

    #[test]
    fn takes_quoted_keys_as_programs_write_them() {
        for text in [
            "period: 2025-02\nprojects:\n  \"QS-001\":\n    stage: 在建\n  'QS-002': {stage: 前期}\n",
            "\"键\" : 1\n'b':\n  - x\n\"2021\": y\n",
            "\"period\": \"2025-02\"\n\"projects\": {\"A-1\": {\"stage\": \"在建\", \"invested\": 10}}\n",
            "- \"id\": QS-1\n  \"plans\": {\"2025\": 100}\n",
            "'键 甲': 1\n\"#\": 2\n",
        ] {
            accepted(text);
        }
        // A quoted "2021" is text, a plain 2021 a number: two keys, as for serde_yaml.
        let both = accepted("\"2021\": a\n2021: b\n");
        assert!(matches!(&both, Node::Mapping(m) if m.entries.len() == 2));
        // Left to serde_yaml: escapes in a key, no space after its colon, a
        // key over two lines, and the same key quoted and plain.
        left_to_serde_yaml(&[
            "\"a\\u0041\": 1\n",
            "'it''s': 1\n",
            "\"a\":1\n",
            "\"a\n  b\": 1\n",
            "\"a\": 1\na: 2\n",
        ]);
    }

    #[test]
    fn reads_ledger_and_progress_files() {
        let ledger = "\
# 台账
- id: QS-2025-003
  name: 润和食品包装材料技改扩能项目
  category: 工业
  total_investment: 6655.7
  plans:
    2025: {invest: 3050, start: 2025-03}
    2026: 3490
  leaders: [马晓军, 李明]
  signed: 2025-03-04
  description: \"建成后预计年产值**1.1亿元**，新增就业76人。\"

-   id: B
    tags:
    - 甲
    - 乙 # 注释
    note: 'it''s'
";
        let v = accepted(ledger);
        let Node::Sequence(items) = &v else { panic!() };
        let (Node::Mapping(a), Node::Mapping(b)) = (&items[0], &items[1]) else {
            panic!()
        };
        let Some(Node::Mapping(plans)) = a.get("plans") else {
            panic!()
        };
        let Some((_, Node::Mapping(plan))) = plans.iter().next() else {
            panic!()
        };
        assert_eq!(
            plan.get("invest"),
            Some(&Node::Number(3050u64.into(), "3050".into()))
        );
        assert_eq!(
            a.get("total_investment"),
            Some(&Node::Number(6655.7.into(), "6655.7".into()))
        );
        let Some(Node::Sequence(tags)) = b.get("tags") else {
            panic!()
        };
        assert_eq!(tags[1], text("乙"));
        let progress =
            "period: 2026-01\r\nprojects:\r\n  A:\r\n    stage: 在建\r\n    invested: 0\r\n  B:\r\n    stage: 前期\r\n";
        let v = accepted(progress);
        let Node::Mapping(m) = &v else { panic!() };
        let Some(Node::Mapping(projects)) = m.get("projects") else {
            panic!()
        };
        let Some(Node::Mapping(a)) = projects.get("A") else {
            panic!()
        };
        assert_eq!(
            a.get("invested"),
            Some(&Node::Number(0u64.into(), "0".into()))
        );
    }

    #[test]
    fn scalars_resolve_as_serde_yaml_does() {
        for s in [
            "a: ~",
            "a: null",
            "a: NULL",
            "a: true",
            "a: False",
            "a:",
            "a: 0",
            "a: 12",
            "a: 1.50",
            "a: 0.0001",
            "a: 2021-09",
            "a: 3号楼",
            "a: 12:30x",
            "a: x:y",
            "a: 18446744073709551615",
            "a: 9999999999999999999",
            "a: 1.5e3",
            "a: 1e5",
            "a: 0x1F",
            "a: 007",
            "a: .5",
            "a: -3",
            "a: +3",
            "a: .inf",
            "a: 1_000",
            "a: 1,000",
            "a: 1.",
            "a: 'a' # c",
            "a: \"x\\u0041\"",
            "a: \"\\\\\"",
            "2021: x",
            "007: x",
            "a: [1, 2.5, b, 'c', \"d\"]",
            "a: {}",
            "a: []",
            "a: {b: [1, {c: d}]}",
            "a: 文 字  # 注",
            "a: C#",
            "a: x #",
            "a: inf",
            "a: nan",
            "a: Infinity",
            "a: 3580.5万元",
            "a: 0.",
            "a: 1.2.3",
            "a: 2021-9-3",
        ] {
            assert!(agrees(s), "differs from serde_yaml: {s:?}");
        }
        let value_of = |t| match accepted(t) {
            Node::Mapping(m) => m.get("a").cloned(),
            _ => None,
        };
        assert_eq!(value_of("a: 3号楼"), Some(text("3号楼")));
        assert_eq!(value_of("a: 2021-09"), Some(text("2021-09")));
        assert_eq!(value_of("a:"), Some(Node::Null));
        // Characters whose first byte needs a closer look, but which are text.
        assert_eq!(value_of("a: —…（）\u{a0}\r\n"), Some(text("—…（）\u{a0}")));
    }

    #[test]
    fn keys_far_from_their_colon_agree_with_serde_yaml() {
        for n in [990, 1000, 1010, 1020, 1024, 1030, 1100, 2000] {
            let pad = " ".repeat(n);
            let long = "k".repeat(n);
            for doc in [
                format!("a{pad}: x\n"),
                format!("- id: A\n  name{pad}: x\n"),
                format!("{long}: x\n"),
                format!("a: {{b{pad}: 1}}\n"),
                format!("a: {{{long}: 1}}\n"),
                format!("# \t\na{pad}: x\n"),
            ] {
                assert!(agrees(&doc), "differs from serde_yaml at {n}: {doc:?}");
                assert_eq!(
                    super::super::yaml::parse(&doc).is_ok(),
                    super::super::yaml::parse_slow(&doc).is_ok(),
                    "{n}"
                );
            }
        }
    }

    #[test]
    fn gives_up_on_what_it_does_not_know() {
        for s in [
            "a: &x 1\nb: *x\n",
            "a: !t 1\n",
            "a: b\n  c\n",
            "---\na: 1\n---\n",
            "a: 1\na: 2\n",
            "a: [1,\n 2]\n",
            "a:\tb\n",
            "a: 1\n - b\n",
            // A double-quoted scalar over lines with a blank line inside, or a
            // line not indented under its key, or an escape left to serde_yaml.
            "a: \"x\n\n  y\"\n",
            "a:\n  b: \"x\n  y\"\n",
            "a: \"\\uD800\"\n",
            "a: \"\\e\"\n",
            "a: \"x\n  y\" z\n",
            // A text on the lines below its key with a blank or comment line
            // inside, a comment after it, or a line of another shape.
            "a:\n  x\n\n  y\n",
            "a:\n  x\n  # c\n  y\n",
            "a:\n  x # c\n",
            "a:\n  x\n  - y\n",
            "a:\n  x\n  [y]\n",
            // Block scalars this reader leaves: keep (`+`), an indentation
            // digit, a folded one with a more indented line, a line of spaces
            // before the text.
            "a: |+\n  x\n\n",
            "a: |2\n   x\n",
            "a: >\n  x\n    y\n",
            "a: |\n    \n  x\n",
            "? a\n: b\n",
            "a: b: c\n",
            "- - a\n",
            "text\n",
            "",
            "# only a comment\n",
            "a: 1\n   b: 2\n",
            "[a: 1]\n",
            "a: {b: 1, b: 2}\n",
            "a: 1\n~: 2\n",
            "a: x\ry\n",
            "a: x\r",
            "a: x\u{85}y\n",
            "a: x\u{2028}y\n",
            "a: x\u{feff}y\n",
            "a: x\u{1b}y\n",
            "a: x\u{7f}y\n",
        ] {
            assert!(parse(s).is_none(), "accepted: {s:?}");
        }
        // Duplicates among many keys, as in a progress file.
        let many: String = (0..40).map(|i| format!("k{i}: {i}\n")).collect();
        assert!(parse(&many).is_some());
        assert!(parse(&format!("{many}k3: 0\n")).is_none());
        assert!(parse(&format!("{many}2021: 0\n2021: 1\n")).is_none());
    }

    #[test]
    fn words_are_plain_when_every_byte_is() {
        for v in 0..=255u8 {
            for at in 0..8 {
                let mut w = [b'a'; 8];
                w[at] = v;
                let plain = CLASS[usize::from(v)] == Class::Plain;
                assert_eq!(plain_word(u64::from_le_bytes(w)), plain, "{v:#x} at {at}");
            }
        }
        // Lines of every length end where they should.
        for n in 0..20 {
            let text = format!("{}\n{}", "文".repeat(n), "x".repeat(n));
            assert_eq!(line_end(text.as_bytes(), 0), Some(3 * n));
            assert_eq!(line_end(text.as_bytes(), 3 * n + 1), Some(text.len()));
        }
        assert_eq!(line_end("abcdefghijk\tl\n".as_bytes(), 0), None);
        assert_eq!(line_end("abcdefghijk\r\nl".as_bytes(), 0), Some(12));
    }

    #[test]
    fn nesting_and_indentation() {
        for s in [
            "a:\n- x\n- y\nb: 1\n",
            "a:\n  - x\n  -\n  - y: 1\n    z: 2\n",
            "- a: 1\n  b:\n    c: 2\n- 3\n",
            "-\n  a: 1\n- \n",
            "  a: 1\n  b: 2\n",
            "a:\n  b:\n    c:\n      d: 1\n  e: 2\n",
            "a:\n    - x\n  - y\n",
            "a: 1\n  # comment\nb: 2\n",
            "- x\nb: 1\n",
        ] {
            assert!(agrees(s), "differs from serde_yaml: {s:?}");
        }
        assert!(parse("a:\n- x\n- y\nb: 1\n").is_some());
    }

    #[test]
    fn reads_every_file_of_the_demo_sites() {
        let demo = crate::demo::generate(&crate::demo::DemoOptions::default());
        let worked = crate::demo::worked_example();
        // Every shape the benchmark generates, at once.
        let real = crate::demo::generate(&crate::demo::DemoOptions {
            projects: 400,
            months: 3,
            shape: crate::demo::Shape::parse("real").unwrap_or_default(),
            ..Default::default()
        });
        let mut read = 0;
        for (path, text) in demo.iter().chain(worked.iter()).chain(real.iter()) {
            if path.ends_with(".yaml") {
                accepted(text);
                read += 1;
            }
        }
        assert!(read > 20, "{read}");
    }

    /// YAML as people and other programs write ledgers: what the reader
    /// takes, and what it leaves to serde_yaml (the positions of those files'
    /// diagnostics are then looked up with serde_yaml, a limited number).
    #[test]
    fn takes_what_users_write() {
        let taken = [
            // Flow lists and mappings, with and without spaces.
            "- id: A\n  leaders: [王某,李某]\n  plans: {2025: 100, 2026: {invest: 5,kind: 续建}}\n",
            // Quoted text with escapes, colons and hashes inside.
            "- id: \"A\"\n  name: '张三''s 项目: 一期 #1'\n  description: \"年产值**1.1亿元**\\n\\t\\\"好\\\"\"\n",
            // Comments everywhere, blank lines, trailing spaces.
            "# 台账\n\n- id: A   # 编号\n  # 名称\n  name: 甲   \n\n  total_investment: 100 # 万元\n",
            // CRLF (Excel and Windows editors), a list under a key at its indentation.
            "period: 2026-01\r\nprojects:\r\n  A:\r\n    stage: 在建\r\n    photos:\r\n    - {file: a.jpg, caption: 现场}\r\n",
            // Four-space indentation, `-   ` items, empty values.
            "-   id: A\n    name: 甲\n    tags:\n        - x\n    note:\n",
            // As PyYAML writes by default: every Chinese character escaped,
            // long text over lines (an escaped break joins them, a plain
            // break is a space, `\ ` a kept space).
            "- description: \"\\u5EFA\\u6210\\u540E\\\n    \\u9884\\u8BA1 abc  \n    def\\\n    \\ ghi\"\n  id: QS-1\n",
            "period: 2026-12\nprojects:\n  QS-1:\n    note: \"\\u6CA5\\u9752\\uFF1B\\\n      \\u672C\\u6708\"\n    stage: \"\\u5728\\u5EFA\"\n",
            // Other escapes, a quote closing after spaces and a comment.
            "a: \"\\x41\\U0001F600\\_\\/\"\nb: \"x\r\n  y  \"   # c\r\n",
            "- \"\n  lead\"\n- \"tail \\\n  \"\n",
            // As ruamel.yaml writes a long text: on the lines below its key,
            // folded at spaces; one line below its key is read as on it.
            "- id: A\n  description:\n    项目占地约73亩，新建标准化厂房。\n  total_investment:\n    100\n",
            "a:\n  The plant makes\n  parts   \n  for cars.\nb: 1\n",
            "-\n  text\n- x\n",
            // Block scalars as people write a description of paragraphs:
            // literal and folded, kept or stripped, blank lines inside and
            // after, a `#` inside, a comment after the header.
            "- id: A\n  description: |\n    第一段。\n\n      缩进的一行\n    # 不是注释\n  name: 甲\n",
            "a: |-\n  x\n  y\n\n\nb: >\n  one\n  two\n\n  three\nc: >- # c\n  z\n",
            "a: |\n  x\n  y",
            "- |\n  x\n- >\n  y\n",
            "a: |\nb: 1\n",
        ];
        for text in taken {
            accepted(text);
        }
        // Left to serde_yaml: rare in ledgers, and read right there.
        let left = [
            "a: &x 1\nb: *x\n",
            "a: 一行\n  接着一行\n",
            "--- a: 1\n",
            "a: !tag 1\n",
        ];
        for text in left {
            assert!(agrees(text) && parse(text).is_none(), "{text:?}");
        }
    }

    /// Every file of a site as PyYAML writes it by default (tests/fixtures/
    /// small-pyyaml) is taken, as serde_yaml reads it: a file left to
    /// serde_yaml is read some 20 times slower, and its warnings placed
    /// slower still.
    #[test]
    fn takes_files_pyyaml_writes() {
        let dir =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/small-pyyaml");
        let mut read = 0;
        for e in walkdir::WalkDir::new(dir) {
            let e = e.unwrap();
            if e.path().extension().is_some_and(|x| x == "yaml") {
                let text = std::fs::read_to_string(e.path()).unwrap();
                assert!(
                    text.contains("\\u"),
                    "{}: not as PyYAML writes",
                    e.path().display()
                );
                accepted(&text);
                read += 1;
            }
        }
        assert!(read >= 8, "{read} files");
    }

    /// Lines put together from pieces that are plain YAML, nearly plain YAML,
    /// or not YAML at all.
    fn doc() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let indent = prop::sample::select(vec!["", "", " ", "  ", "  ", "    ", "- ", "  - ", "-"]);
        let key = prop::sample::select(vec![
            "a",
            "b",
            "id",
            "2021",
            "007",
            "键",
            "a b",
            "'q'",
            "x:y",
            "-k",
            "~",
            "true",
            "",
            "\"q\"",
            "\"a b\"",
            "'键'",
            "\"2021\"",
            "'it''s'",
            "\"e\\\"x\"",
            "\"a\" ",
            "'x:y'",
            "\"#\"",
            "\"\"",
        ]);
        let sep = prop::sample::select(vec![": ", ":", ": ", " : ", ":  ", "", " "]);
        let value = prop::sample::select(vec![
            "",
            "1",
            "1.5",
            "0.10",
            "-3",
            "~",
            "null",
            "'x'",
            "\"y\"",
            "\"a\\\"b\"",
            "[1, a]",
            "[ ]",
            "{a: 1}",
            "{a: [1, 2], b: x}",
            "{\"a\": 1, 'b': \"x\"}",
            "{\"a\":1}",
            "{\"a\" : [1, \"2\"]}",
            "{\"a\": 1, a: 2}",
            "2021-09",
            "2021-09-03",
            "x # c",
            "a: b",
            "&a x",
            "*a",
            "|",
            ">",
            "|-",
            ">-",
            "|+",
            "|1",
            "文字",
            "文 字",
            "1e3",
            "0x1",
            "\"\\u0041\"",
            "\"\\u4E2D\\x41\\ \"",
            "\"a\\",
            "\"a b ",
            "\"\\uDC00\"",
            "'it''s'",
            "[a,",
            "{a: 1, a: 2}",
            "#c",
            "http://x",
            "C#",
            "a,b",
            "[a, [b, {c: d}]]",
            "!t x",
            "\"x",
            "'",
            "12:30",
            "3号楼",
            "1_000",
            "18446744073709551616",
            "99999999999999999999.5",
            "- x",
            "? x",
            "@x",
            "`x",
        ]);
        let end = prop::sample::select(vec![
            "\n",
            "\n",
            "\r\n",
            "\n\n",
            "\n# c\n",
            "\n  # c\n",
            " \n",
        ]);
        let line =
            (indent, key, sep, value, end).prop_map(|(i, k, s, v, e)| format!("{i}{k}{s}{v}{e}"));
        prop::collection::vec(line, 1..8).prop_map(|lines| lines.concat())
    }

    /// A tree of keys, lists and scalars.
    #[derive(Clone, Debug)]
    enum Tree {
        Leaf(&'static str),
        Map(Vec<(&'static str, Tree)>),
        List(Vec<Tree>),
    }

    fn pick(style: &mut impl Iterator<Item = u8>, n: u8) -> u8 {
        style.next().unwrap_or(0) % n
    }

    /// Writes `t` as block YAML at `indent`, choosing styles from `style`.
    fn render(t: &Tree, indent: usize, style: &mut impl Iterator<Item = u8>, out: &mut String) {
        let pad = " ".repeat(indent);
        match t {
            Tree::Leaf(s) => {
                out.push_str(s);
                out.push('\n');
            }
            Tree::Map(entries) if entries.is_empty() => out.push_str("{}\n"),
            Tree::List(items) if items.is_empty() => out.push_str("[]\n"),
            Tree::Map(entries) => {
                for (k, v) in entries {
                    out.push_str(&pad);
                    out.push_str(k);
                    match v {
                        Tree::Leaf(s) => {
                            out.push_str(if pick(style, 4) == 0 { ":  " } else { ": " });
                            out.push_str(s);
                            out.push_str(if pick(style, 5) == 0 { " # c\n" } else { "\n" });
                        }
                        Tree::List(items) if !items.is_empty() && pick(style, 3) == 0 => {
                            out.push_str(":\n");
                            let step = [0, 2, 4][usize::from(pick(style, 3))];
                            render(v, indent + step, &mut *style, out);
                        }
                        Tree::List(items) if !items.is_empty() => {
                            let inner: Vec<&str> = items
                                .iter()
                                .filter_map(|i| match i {
                                    Tree::Leaf(s) => Some(*s),
                                    _ => None,
                                })
                                .collect();
                            if inner.len() == items.len() && pick(style, 2) == 0 {
                                out.push_str(&format!(": [{}]\n", inner.join(", ")));
                            } else {
                                out.push_str(":\n");
                                render(v, indent + 2, &mut *style, out);
                            }
                        }
                        Tree::Map(entries) if !entries.is_empty() => {
                            out.push_str(if pick(style, 6) == 0 {
                                ": # c\n"
                            } else {
                                ":\n"
                            });
                            let step = [2, 4, 1][usize::from(pick(style, 3))];
                            render(v, indent + step, &mut *style, out);
                        }
                        _ => {
                            out.push_str(": ");
                            render(v, indent, &mut *style, out);
                        }
                    }
                }
            }
            Tree::List(items) => {
                for item in items {
                    out.push_str(&pad);
                    match item {
                        Tree::Map(entries) if !entries.is_empty() && pick(style, 2) == 0 => {
                            // `- key: value`, the mapping at the column of `key`.
                            let gap = 1 + usize::from(pick(style, 3));
                            out.push('-');
                            out.push_str(&" ".repeat(gap));
                            let mut sub = String::new();
                            render(item, indent + 1 + gap, &mut *style, &mut sub);
                            out.push_str(sub.trim_start_matches(' '));
                        }
                        Tree::Map(entries) if !entries.is_empty() => {
                            out.push_str("-\n");
                            render(item, indent + 2, &mut *style, out);
                        }
                        Tree::List(inner) if !inner.is_empty() => {
                            out.push_str("-\n");
                            render(item, indent + 2, &mut *style, out);
                        }
                        _ => {
                            out.push_str("- ");
                            render(item, indent, &mut *style, out);
                        }
                    }
                }
            }
        }
    }

    fn tree() -> impl proptest::strategy::Strategy<Value = Tree> {
        use proptest::prelude::*;
        let leaf = prop::sample::select(vec![
            "1",
            "1.5",
            "0.10",
            "~",
            "'x'",
            "\"y\"",
            "\"a\\\"b\"",
            "2021-09",
            "文字",
            "文 字",
            "x",
            "3号楼",
            "http://x",
            "C#",
            "a,b",
            "[1, a]",
            "{a: 1}",
            "{\"stage\": \"在建\", \"invested\": 10}",
            "[]",
            "true",
            "NULL",
            "0",
            "12.0001",
            "QS-2025-001",
            "'it''s'",
            "-3",
            "1e3",
            "007",
        ])
        .prop_map(Tree::Leaf);
        let key = prop::sample::select(vec![
            "a", "b", "c", "id", "2021", "2022", "键", "a b", "QS-1", "007", "~", "\"QS-2\"",
            "'键'", "\"2021\"", "\"a b\"",
        ]);
        leaf.prop_recursive(4, 40, 5, move |inner| {
            prop_oneof![
                prop::collection::vec((key.clone(), inner.clone()), 0..5).prop_map(Tree::Map),
                prop::collection::vec(inner, 0..5).prop_map(Tree::List),
            ]
        })
    }

    /// A rendered tree, sometimes with one byte changed.
    fn tree_doc() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        (
            tree(),
            prop::collection::vec(any::<u8>(), 64),
            any::<u16>(),
            prop::sample::select(vec![
                None,
                None,
                Some(b' '),
                Some(b'-'),
                Some(b':'),
                Some(b'\n'),
                Some(b'#'),
                Some(b'x'),
            ]),
            prop::sample::select(vec![
                "",
                "",
                "",
                "---\n",
                "--- # c\n",
                "# c\n---\r\n",
                "---\n---\n",
            ]),
        )
            .prop_map(|(t, style, at, change, start)| {
                let mut out = String::from(start);
                render(&t, 0, &mut style.into_iter().cycle(), &mut out);
                if let Some(c) = change {
                    let mut b = out.into_bytes();
                    if !b.is_empty() {
                        let i = usize::from(at) % b.len();
                        if b[i].is_ascii() {
                            b[i] = c;
                        }
                    }
                    out = String::from_utf8(b).unwrap_or_default();
                }
                out
            })
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]
        #[test]
        fn gives_up_or_agrees(text in doc()) {
            proptest::prop_assert!(agrees(&text), "differs from serde_yaml: {:?}", text);
        }

        #[test]
        fn gives_up_or_agrees_on_any_text(text in "[-:#'\"\\[\\]{},&*!|>?%@` a-c0-2.~\n\r\t文—\u{85}\u{feff}\\\\uxD ]{0,40}") {
            proptest::prop_assert!(agrees(&text), "differs from serde_yaml: {:?}", text);
        }

        #[test]
        fn gives_up_or_agrees_on_trees(text in tree_doc()) {
            proptest::prop_assert!(agrees(&text), "differs from serde_yaml: {:?}", text);
        }
    }
}
