//! Where values stand in their file, found in one pass per file.
//!
//! A diagnostic names the line and column of the value it is about. serde_yaml
//! values carry no positions, and walking the file again with serde_yaml for
//! each diagnostic ([`yaml::locate`]) made a file with thousands of warnings
//! take seconds. A [`Locator`] instead makes an index of where every node and
//! key starts the first time a position is asked for: from the nodes and marks
//! of the file's first reading ([`fast_yaml::parse_with_marks`]) when it is
//! given them, else by reading the file once more; every later question is a
//! walk down the path. Files the fast reader does not take, and values written
//! as nothing, fall back to [`yaml::locate`] for a limited number of lookups
//! ([`super::fields::locate_budget`]).

use std::borrow::Cow;
use std::cell::Cell;
use std::sync::{Arc, OnceLock};

use super::fast_yaml::{self, NO_MARK};
use super::node::Node;
use super::yaml::{self, Path, Seg};

/// The positions of one file's nodes, made the first time one is asked for
/// and shared by every copy of the file's [`super::source::Source`]: a
/// preview's loads reuse the index of each file that did not change (24
/// progress files of 10,000 projects with thousands of warnings each are not
/// indexed again after every edit).
#[derive(Clone, Default)]
pub struct Index(Arc<OnceLock<Option<Positions>>>);

impl std::fmt::Debug for Index {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(if self.0.get().is_some() {
            "Index(made)"
        } else {
            "Index(not yet)"
        })
    }
}

impl Index {
    /// Makes the index of `text` (the text of the file it belongs to) now,
    /// unless it is made already: for a caller that knows many lookups in
    /// many files will follow, and makes the files' indexes in parallel.
    pub fn make(&self, text: &str) {
        self.0.get_or_init(|| Positions::of(text));
    }
}

/// The nodes of a file as its reading made them, and where each starts (the
/// marks of [`fast_yaml::parse_with_marks`]): what an index is made from
/// without reading the file again.
pub type Seed<'t> = (&'t Node<'t>, &'t [u32]);

/// Finds the positions of paths in one file's text.
pub struct Locator<'t> {
    text: &'t str,
    index: Cow<'t, Index>,
    /// The file's nodes and marks, when its reader kept them.
    seed: Option<Seed<'t>>,
    /// How many lookups went to serde_yaml so far.
    slow: Cell<usize>,
}

impl<'t> Locator<'t> {
    /// A locator for `text` with an index of its own; nothing is read until a
    /// position is asked for.
    pub fn new(text: &'t str) -> Locator<'t> {
        Locator {
            text,
            index: Cow::Owned(Index::default()),
            seed: None,
            slow: Cell::new(0),
        }
    }

    /// A locator for `text` whose index is `index` (the file's, made once
    /// for every load that reads the same text).
    pub fn shared(text: &'t str, index: &'t Index) -> Locator<'t> {
        Locator {
            text,
            index: Cow::Borrowed(index),
            seed: None,
            slow: Cell::new(0),
        }
    }

    /// [`Locator::new`], whose index is made from `seed` (the nodes the
    /// file's reading made, and their marks) rather than by reading the file
    /// again. The index is the locator's own, and goes with it: a file's
    /// warnings are placed while it is read, and keeping every file's index
    /// for the whole load cost more memory (and time) than it saved.
    pub fn seeded(text: &'t str, seed: Option<Seed<'t>>) -> Locator<'t> {
        Locator {
            seed,
            ..Locator::new(text)
        }
    }

    /// The marks of the keys under the root's `key` (see [`keys_under`]),
    /// when the locator was given its file's reading.
    pub fn keys_under(&self, key: &str) -> Option<Vec<u32>> {
        keys_under(self.seed?, key)
    }

    /// The 1-based line and column of the node at `path`, as serde_yaml
    /// places it; `None` when there is no such node, or when it is known only
    /// to serde_yaml and this file's budget of such lookups is spent.
    pub fn locate(&self, path: &Path) -> Option<(usize, usize)> {
        let index = self
            .index
            .0
            .get_or_init(|| match self.seed {
                Some((node, marks)) => Positions::from_node(self.text, node, marks),
                None => Positions::of(self.text),
            })
            .as_ref();
        match index.map(|p| p.find(self.text, path)) {
            Some(Found::At(line, col)) => Some((line, col)),
            Some(Found::Absent) => None,
            Some(Found::Unknown) | None => {
                let n = self.slow.get();
                if n >= super::fields::locate_budget(self.text.len()) {
                    return None;
                }
                self.slow.set(n + 1);
                yaml::locate(self.text, path)
            }
        }
    }
}

/// The marks of the keys of the mapping under `key` in the root mapping of
/// a file (a progress file's `projects`: where each record's id stands), in
/// their order, from the file's reading (`seed`), without making its index:
/// the warnings placed after every file is read (overruns) need nothing else
/// of a progress file. `None` when the marks do not fit the nodes, exactly as
/// [`Positions::from_node`] would find them, or there is no such mapping.
pub fn keys_under(seed: Seed<'_>, key: &str) -> Option<Vec<u32>> {
    let (root, marks) = seed;
    let mut marks = marks.iter().copied();
    let Node::Mapping(map) = root else {
        return None;
    };
    marks.next()?;
    let mut out = None;
    for (k, v) in &map.entries {
        marks.next()?;
        match (k, v) {
            (Node::String(s), Node::Mapping(inner)) if s == key => {
                marks.next()?;
                let mut at = Vec::with_capacity(inner.entries.len());
                for (_, v) in &inner.entries {
                    at.push(marks.next()?);
                    skip(v, &mut marks)?;
                }
                out = Some(at);
            }
            _ => skip(v, &mut marks)?,
        }
    }
    // Every mark is used exactly once.
    marks.next().is_none().then_some(out)?
}

/// Takes the marks of `node` and its descendants from `marks` (as [`spot`]
/// takes them), keeping none.
fn skip(node: &Node<'_>, marks: &mut impl Iterator<Item = u32>) -> Option<()> {
    marks.next()?;
    match node {
        Node::Sequence(items) => items.iter().try_for_each(|item| skip(item, marks)),
        Node::Mapping(map) => map.entries.iter().try_for_each(|(_, v)| {
            marks.next()?;
            skip(v, marks)
        }),
        _ => Some(()),
    }
}

/// The 1-based line and column of each byte offset of `text` in `at`
/// (sorted), as [`Positions`] places a mark: one pass over the text for all.
pub fn lines_and_columns(text: &str, at: &[usize]) -> Vec<(usize, usize)> {
    let mut out = Vec::with_capacity(at.len());
    let (mut line, mut start) = (1, 0);
    let mut newlines = memchr::memchr_iter(b'\n', text.as_bytes()).peekable();
    for &a in at {
        while let Some(&n) = newlines.peek() {
            if n >= a {
                break;
            }
            line += 1;
            start = n + 1;
            newlines.next();
        }
        let col = text.get(start..a).map_or(0, |t| t.chars().count()) + 1;
        out.push((line, col));
    }
    out
}

/// What a lookup in [`Positions`] found.
#[derive(Debug, PartialEq, Eq)]
enum Found {
    /// The node's 1-based line and column.
    At(usize, usize),
    /// There is no node at that path.
    Absent,
    /// The node exists, but only serde_yaml knows where it starts.
    Unknown,
}

/// Where every node of a file the fast reader takes starts (of the text it
/// was made from, which every lookup passes again).
pub struct Positions {
    root: Spot,
    /// Byte offset of each line's start.
    lines: Vec<usize>,
}

/// A key as written: a span of the text (most keys), or text of its own
/// (a key with escapes).
enum Key {
    Span(u32, u32),
    Text(Box<str>),
}

impl Key {
    /// The key of the reader's `key`, read from `text`: a span when it is a
    /// slice of `text` (a key without escapes), else a copy.
    fn of(text: &str, key: &str) -> Key {
        let start = (key.as_ptr() as usize).wrapping_sub(text.as_ptr() as usize);
        if let (Some(end), Ok(s)) = (start.checked_add(key.len()), u32::try_from(start)) {
            if end <= text.len() {
                if let Ok(e) = u32::try_from(end) {
                    return Key::Span(s, e);
                }
            }
        }
        Key::Text(key.into())
    }

    /// The key's text in `text`.
    fn get<'a>(&'a self, text: &'a str) -> &'a str {
        match self {
            Key::Span(s, e) => text.get(*s as usize..*e as usize).unwrap_or_default(),
            Key::Text(t) => t,
        }
    }
}

/// A node's start (a byte offset, or [`NO_MARK`]), with its items or its keys.
enum Spot {
    Leaf(u32),
    List(u32, Vec<Spot>),
    /// Each key (`2021` for the number 2021), its start and its value; and
    /// for a mapping of many keys (a progress file's projects), the places of
    /// its pairs in the order of their keys.
    Map(u32, Vec<(Key, u32, Spot)>, Vec<u32>),
}

/// Mappings of up to this many keys are searched one key after another.
const FEW_KEYS: usize = 16;

impl Positions {
    /// The positions of `text`'s nodes: from the fast reader's marks, or
    /// where it does not take the text, from libyaml's events
    /// ([`super::events`]); `None` when neither gives them.
    fn of(text: &str) -> Option<Positions> {
        match fast_yaml::parse_with_marks(text) {
            Some((node, marks)) => Positions::from_node(text, &node, &marks),
            None => Positions::from_events(text),
        }
    }

    /// The positions of `text`'s nodes from libyaml's events; `None` for a
    /// text with a line break other than `\n` and `\r\n` (a lone `\r`,
    /// U+0085, U+2028, U+2029: libyaml counts lines by them, the index does
    /// not).
    fn from_events(text: &str) -> Option<Positions> {
        let b = text.as_bytes();
        let other_break = memchr::memchr_iter(b'\r', b).any(|i| b.get(i + 1) != Some(&b'\n'))
            || text.contains(['\u{85}', '\u{2028}', '\u{2029}']);
        if other_break {
            return None;
        }
        let events = super::events::events(text)?;
        let mut events = events.into_iter().peekable();
        let root = event_spot(&mut events, 0)?;
        if events.next().is_some() {
            return None;
        }
        Some(Positions {
            root,
            lines: line_starts(text),
        })
    }

    /// The positions of `text`'s nodes from its reading's `node` and `marks`
    /// ([`fast_yaml::parse_with_marks`]); `None` when they do not fit.
    fn from_node(text: &str, node: &Node, marks: &[u32]) -> Option<Positions> {
        let mut marks = marks.iter().copied();
        let root = spot(text, node, &mut marks)?;
        // Every mark is used exactly once.
        if marks.next().is_some() {
            return None;
        }
        Some(Positions {
            root,
            lines: line_starts(text),
        })
    }

    /// Where the node at `path` of `text` (the text these positions were made
    /// from) starts.
    fn find(&self, text: &str, path: &Path) -> Found {
        let mut here = &self.root;
        let mut mark = here.mark();
        for (i, seg) in path.segs.iter().enumerate() {
            let last = i + 1 == path.segs.len();
            (here, mark) = match (here, seg) {
                (Spot::List(_, items), Seg::Index(n)) => match items.get(*n) {
                    Some(item) => (item, item.mark()),
                    None => return Found::Absent,
                },
                (Spot::Map(_, pairs, order), Seg::Key(k)) => {
                    let found = if order.is_empty() {
                        pairs.iter().find(|(key, _, _)| key.get(text) == k)
                    } else {
                        order
                            .binary_search_by(|&i| pairs[i as usize].0.get(text).cmp(k.as_str()))
                            .ok()
                            .map(|i| &pairs[order[i] as usize])
                    };
                    match found {
                        Some((_, at, value)) if last && path.at_key => (value, *at),
                        Some((_, _, value)) => (value, value.mark()),
                        None => return Found::Absent,
                    }
                }
                _ => return Found::Absent,
            };
        }
        if path.segs.is_empty() && path.at_key {
            return Found::Absent;
        }
        match usize::try_from(mark) {
            Ok(at) if mark != NO_MARK => {
                let line = self.lines.partition_point(|&s| s <= at);
                let start = self.lines[line - 1];
                let col = text.get(start..at).map_or(0, |t| t.chars().count()) + 1;
                Found::At(line, col)
            }
            _ => Found::Unknown,
        }
    }
}

impl Spot {
    fn mark(&self) -> u32 {
        match self {
            Spot::Leaf(m) | Spot::List(m, _) | Spot::Map(m, _, _) => *m,
        }
    }
}

/// Byte offset of each line's start.
fn line_starts(text: &str) -> Vec<usize> {
    std::iter::once(0)
        .chain(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1))
        .collect()
}

/// The [`Spot`] of the node whose events come next, as [`spot`] makes it
/// from the fast reader's nodes; `None` when the events do not make one.
fn event_spot(
    events: &mut std::iter::Peekable<std::vec::IntoIter<super::events::Event>>,
    depth: usize,
) -> Option<Spot> {
    use super::events::Event;
    if depth > MAX_EVENT_DEPTH {
        return None;
    }
    Some(match events.next()? {
        Event::Scalar(_, at, _) => Spot::Leaf(at),
        Event::SequenceStart(at) => {
            let mut items = Vec::new();
            while !matches!(events.peek()?, Event::SequenceEnd) {
                items.push(event_spot(events, depth + 1)?);
            }
            events.next();
            Spot::List(at, items)
        }
        Event::MappingStart(at) => {
            let mut pairs = Vec::new();
            loop {
                match events.next()? {
                    Event::MappingEnd => break,
                    Event::Scalar(key, key_at, plain) => {
                        // A plain key is named as serde_yaml reads it (`007`
                        // is the number 7); one the fast reader cannot read
                        // so gives no index.
                        let key = if plain {
                            match fast_yaml::resolve(&key)? {
                                Node::String(s) => s.into(),
                                Node::Number(n, s) if n.is_u64() => s.into(),
                                // A null, boolean, negative or decimal key (as
                                // the fast reader takes none).
                                _ => return None,
                            }
                        } else {
                            key
                        };
                        let value = event_spot(events, depth + 1)?;
                        pairs.push((Key::Text(key), key_at, value));
                    }
                    // A list or mapping as a key.
                    _ => return None,
                }
            }
            let mut order = Vec::new();
            if pairs.len() > FEW_KEYS {
                order = (0..u32::try_from(pairs.len()).ok()?).collect();
                order.sort_unstable_by(|&a, &b| {
                    pairs[a as usize].0.get("").cmp(pairs[b as usize].0.get(""))
                });
                // A key written twice (serde_yaml refuses the file anyway).
                if order
                    .windows(2)
                    .any(|w| pairs[w[0] as usize].0.get("") == pairs[w[1] as usize].0.get(""))
                {
                    return None;
                }
            }
            Spot::Map(at, pairs, order)
        }
        Event::SequenceEnd | Event::MappingEnd => return None,
    })
}

/// How deep lists and mappings may nest for [`event_spot`] (serde_yaml
/// refuses deeper ones).
const MAX_EVENT_DEPTH: usize = 128;

/// The [`Spot`] of `node` of `text`, taking its marks (and its descendants')
/// from `marks`.
fn spot(text: &str, node: &Node<'_>, marks: &mut impl Iterator<Item = u32>) -> Option<Spot> {
    let mark = marks.next()?;
    Some(match node {
        Node::Sequence(items) => Spot::List(
            mark,
            items
                .iter()
                .map(|item| spot(text, item, marks))
                .collect::<Option<_>>()?,
        ),
        Node::Mapping(map) => {
            let pairs: Vec<(Key, u32, Spot)> = map
                .entries
                .iter()
                .map(|(k, v)| {
                    let key = match k {
                        Node::String(s) | Node::Number(_, s) => Key::of(text, s),
                        _ => return None,
                    };
                    let at = marks.next()?;
                    Some((key, at, spot(text, v, marks)?))
                })
                .collect::<Option<_>>()?;
            // Keys are unique (the fast reader takes no file with a repeat).
            let mut order = Vec::new();
            if pairs.len() > FEW_KEYS {
                order = (0..u32::try_from(pairs.len()).ok()?).collect();
                order.sort_unstable_by(|&a, &b| {
                    pairs[a as usize]
                        .0
                        .get(text)
                        .cmp(pairs[b as usize].0.get(text))
                });
            }
            Spot::Map(mark, pairs, order)
        }
        _ => Spot::Leaf(mark),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every path of `node` (and a few that lead nowhere), with `at_key`
    /// variants for keys.
    fn paths(node: &Node, here: &Path, out: &mut Vec<Path>) {
        out.push(here.clone());
        match node {
            Node::Sequence(items) => {
                for (i, item) in items.iter().enumerate() {
                    paths(item, &here.index(i), out);
                }
                out.push(here.index(items.len()));
                out.push(here.key("x"));
            }
            Node::Mapping(map) => {
                for (k, v) in map.iter() {
                    let k = yaml::scalar_text(k).unwrap_or_default();
                    out.push(here.key_itself(&k));
                    paths(v, &here.key(&k), out);
                }
                out.push(here.key("nope"));
                out.push(here.index(0));
            }
            _ => out.push(here.index(0)),
        }
    }

    /// Whether every position found agrees with serde_yaml's walk; how many
    /// were found without it.
    fn agrees(text: &str) -> Result<usize, String> {
        let Some((node, marks)) = fast_yaml::parse_with_marks(text) else {
            return Ok(0);
        };
        let Some(positions) = Positions::from_node(text, &node, &marks) else {
            return Ok(0);
        };
        against_serde_yaml(text, &node, &positions, true)
    }

    /// Whether every path of `node` (the file `text`'s) is where serde_yaml's
    /// walk finds it in `positions`; `unknown_ok`: an index may not know a
    /// node serde_yaml finds. How many were found.
    fn against_serde_yaml(
        text: &str,
        node: &Node,
        positions: &Positions,
        unknown_ok: bool,
    ) -> Result<usize, String> {
        let mut all = Vec::new();
        paths(node, &Path::root(), &mut all);
        let mut known = 0;
        for path in all {
            let slow = yaml::locate(text, &path);
            match positions.find(text, &path) {
                Found::At(l, c) if slow == Some((l, c)) => known += 1,
                Found::Absent if slow.is_none() => {}
                Found::Unknown if unknown_ok && slow.is_some() => {}
                other => return Err(format!("{path:?}: {other:?}, serde_yaml {slow:?}")),
            }
        }
        Ok(known)
    }

    #[test]
    fn positions_are_serde_yamls() {
        let text = "\
# 台账\r
- id: A-1\r
  name: \"甲 乙\"\r
  plans:\r
    2021: 30000\r
    2022: {invest: 5, kind: 续建}\r
  empty:\r
- id: A-2\r
  catgory:  工业 # 注\r
  leaders: [王某, '李某', [x, {y: z}]]\r
  list:\r
  - a\r
  -   b: 1\r
      c: 2\r
  -\r
    d: 3\r
";
        assert!(agrees(text).unwrap() > 30);
        let p = Positions::of(text).unwrap();
        let text_ref = text;
        let root = Path::root();
        assert_eq!(
            p.find(text_ref, &root.index(1).key_itself("catgory")),
            Found::At(9, 3)
        );
        assert_eq!(
            p.find(text_ref, &root.index(1).key("catgory")),
            Found::At(9, 13)
        );
        assert_eq!(
            p.find(text_ref, &root.index(0).key("empty")),
            Found::Unknown
        );
        assert_eq!(p.find(text_ref, &root.index(2)), Found::Absent);
    }

    /// Text over lines as other programs and people write it: every node
    /// placed where serde_yaml places it (a quoted or block scalar at its
    /// quote or indicator, a text below its key at its first character).
    #[test]
    fn positions_of_text_over_lines_are_serde_yamls() {
        for text in [
            "- description: \"\\u5EFA\\u6210\\\n    \\u9884 abc\n    def\"\n  id: QS-1\n  n: 1\n",
            "a:\n  The plant makes\n  parts\nb:\n  12\nc: 1\n",
            "- id: A\n  description: |\n    第一段。\n\n    第二段。\n  x: >-\n    y\n    z\n  name: 甲\n",
        ] {
            let known = agrees(text).unwrap_or_else(|e| panic!("{e} in {text:?}"));
            assert!(known >= 5, "{known} in {text:?}");
        }
    }

    #[test]
    fn keys_of_large_mappings_are_found() {
        let text: String = (0..100).rev().map(|i| format!("k{i}: {i}\n")).collect();
        assert!(agrees(&text).unwrap() >= 200);
        let p = Positions::of(&text).unwrap();
        let text_ref = text.as_str();
        assert_eq!(p.find(text_ref, &Path::root().key("k0")), Found::At(100, 5));
        assert_eq!(
            p.find(text_ref, &Path::root().key_itself("k99")),
            Found::At(1, 1)
        );
        assert_eq!(p.find(text_ref, &Path::root().key("k100")), Found::Absent);
    }

    #[test]
    fn the_demo_sites_are_located_without_serde_yaml() {
        let demo = crate::demo::generate(&crate::demo::DemoOptions {
            projects: 40,
            months: 3,
            ..Default::default()
        });
        for (path, text) in demo.iter().filter(|(p, _)| p.ends_with(".yaml")) {
            assert!(Positions::of(text).is_some(), "{path}");
            assert!(agrees(text).is_ok(), "{path}: {:?}", agrees(text));
        }
    }

    #[test]
    fn a_locator_falls_back_to_serde_yaml_within_its_budget() {
        // An anchor: the fast reader leaves the file to serde_yaml.
        let text = "a: &x 1\nb: *x\nc: [1, 2]\n";
        let loc = Locator::new(text);
        assert_eq!(loc.locate(&Path::root().key("c").index(1)), Some((3, 8)));
        assert_eq!(loc.locate(&Path::root().key("d")), None);
    }

    #[test]
    fn every_warning_of_a_large_file_is_located() {
        // 1,500 plans above their project's total (a warning each, far more
        // than serde_yaml's budget of lookups), written in several styles,
        // with CRLF line ends in the second half; each warning's line and
        // column computed here as the file is written.
        let n = 1500;
        let mut text = String::from("# 台账\n\n");
        let mut want = Vec::new();
        for i in 0..n {
            let nl = if i < n / 2 { "\n" } else { "\r\n" };
            let line = text.matches('\n').count() + 1;
            let item = [
                format!("- id: P-{i:04}"),
                "  name: \"项目 甲\"  # 注".to_string(),
                "  category: 工业".to_string(),
                "  total_investment: 100".to_string(),
                "  unit: 发改局".to_string(),
                "  plans:".to_string(),
                match i % 3 {
                    0 => "    2025: 250".to_string(),
                    1 => "    2025: {invest: 250, kind: 新建}".to_string(),
                    _ => "    2025:  {kind: 新建,  invest: '250'}".to_string(),
                },
                "  leaders: [王某, '李某']".to_string(),
                String::new(),
            ];
            // The plan (its number, or its mapping's `{`) on line 7.
            let col = if i % 3 == 2 { 12 } else { 11 };
            want.push((line + 6, col));
            for l in item {
                text.push_str(&l);
                text.push_str(nl);
            }
        }
        let diags = super::super::load_text(super::super::FileKind::Projects, text.as_bytes());
        let mut got: Vec<(usize, usize)> = diags
            .iter()
            .map(|d| (d.line.unwrap_or(0), d.column.unwrap_or(0)))
            .collect();
        got.sort();
        assert_eq!(diags.len(), n, "{:?}", diags.first());
        assert_eq!(got, want);
    }

    /// Whether every position the index made from libyaml's events finds
    /// agrees with serde_yaml's walk; how many were found.
    fn agrees_by_events(text: &str) -> Result<usize, String> {
        let Some(positions) = Positions::from_events(text) else {
            return Ok(0);
        };
        // A text serde_yaml refuses is reported as such, not placed.
        let Ok(node) = yaml::parse_slow(text) else {
            return Ok(0);
        };
        against_serde_yaml(text, &node, &positions, false)
    }

    #[test]
    fn files_the_fast_reader_leaves_are_placed_from_libyaml_s_events() {
        for text in [
            // An anchor (no alias), a block scalar kept with `+`, a flow list
            // over lines, a quoted key with an escape, a key without a space
            // after its colon, a second-line plain text, `...`.
            "- id: &a A-1\n  description: |+\n    甲\n\n  leaders: [王某,\n    李某]\n  \"n\\u0061me\": 乙\n",
            "period: 2025-02\nprojects: {\n  \"A-1\": {\"stage\": \"在建\"},\n  \"B-2\":{\"stage\": \"前期\"}\n}\n",
            "a: 一行\n  接着一行\nb:\n  - x\n...\n",
            "%YAML 1.1\n---\nk: [1, {x: 2}]\n",
        ] {
            assert!(fast_yaml::parse(text).is_none(), "{text:?}");
            let placed = agrees_by_events(text).unwrap_or_else(|e| panic!("{e} in {text:?}"));
            assert!(placed >= 4, "{placed} in {text:?}");
        }
        // Aliases, tags and second documents give no index.
        for text in [
            "a: &x 1\nb: *x\n",
            "a: !t 1\n",
            "a: 1\n---\nb: 2\n",
            "a: [\n",
            "a: 1\rb: 2\n",
            "a: \"x\u{2028}y\"\nb: [1,\n 2]\n",
        ] {
            assert!(Positions::from_events(text).is_none(), "{text:?}");
        }
    }

    /// Whether, for every mapping under a key of the root, [`keys_under`]
    /// and [`lines_and_columns`] place its keys where the index does; how
    /// many keys were placed.
    fn keys_agree(text: &str) -> Result<usize, String> {
        let Some((node, marks)) = fast_yaml::parse_with_marks(text) else {
            return Ok(0);
        };
        let Some(positions) = Positions::from_node(text, &node, &marks) else {
            return Ok(0);
        };
        let Node::Mapping(root) = &node else {
            return Ok(0);
        };
        // A path names a key by its text: `"2021"` and `2021` are two keys
        // of one text, which a path cannot tell apart.
        let ambiguous = |m: &crate::content::node::Map| {
            let mut names: Vec<String> = m
                .keys()
                .map(|k| yaml::scalar_text(k).unwrap_or_default())
                .collect();
            names.sort();
            names.windows(2).any(|w| w[0] == w[1])
        };
        let mut placed = 0;
        for (k, v) in &root.entries {
            let (Node::String(key), Node::Mapping(inner)) = (k, v) else {
                continue;
            };
            if ambiguous(root) || ambiguous(inner) {
                continue;
            }
            let at = keys_under((&node, &marks), key).ok_or(format!("{key}: no marks"))?;
            if at.len() != inner.entries.len() {
                return Err(format!("{key}: {} marks", at.len()));
            }
            let mut known: Vec<(usize, &Node)> = Vec::new();
            for ((inner_key, _), &a) in inner.entries.iter().zip(&at) {
                let name = yaml::scalar_text(inner_key).unwrap_or_default();
                let path = Path::root().key(key).key_itself(&name);
                match positions.find(text, &path) {
                    Found::Unknown if a == NO_MARK => {}
                    Found::At(..) if a != NO_MARK => known.push((a as usize, inner_key)),
                    other => return Err(format!("{path:?}: {other:?}, mark {a}")),
                }
            }
            known.sort_by_key(|&(a, _)| a);
            let offsets: Vec<usize> = known.iter().map(|&(a, _)| a).collect();
            for (pos, (_, inner_key)) in lines_and_columns(text, &offsets).into_iter().zip(&known) {
                let name = yaml::scalar_text(inner_key).unwrap_or_default();
                let path = Path::root().key(key).key_itself(&name);
                let want = positions.find(text, &path);
                if want != Found::At(pos.0, pos.1) {
                    return Err(format!("{path:?}: {pos:?}, the index {want:?}"));
                }
                placed += 1;
            }
        }
        Ok(placed)
    }

    #[test]
    fn the_ids_of_a_progress_file_are_placed_as_the_index_places_them() {
        let texts = [
            // Block style, comments, CRLF, flow records, a number as a key.
            "# 进度\r\nperiod: 2025-02\r\nprojects:\r\n  A-1:\r\n    stage: 在建  # 注\r\n    invested: 10\r\n  B-2:\r\n    stage: 前期\r\n  C-3: {stage: 在建, invested: 5}\r\n  2025:   {stage: 在建}\r\n",
            // A flow mapping, Chinese text before a key on its line.
            "period: 2025-02\nprojects: {A-1: {stage: 在建, note: 甲乙丙}, B-2: {stage: 前期}, C-3: {note: \"丁，戊\", stage: 在建}}\n",
            // Four-space indentation, photos, an empty record, a key at the end.
            "projects:\n    A-1:\n        stage: 在建\n        photos:\n            - {file: a.jpg}\n    B-2:\n    C-3: {stage: 在建}\nperiod: 2025-02\n",
        ];
        for text in texts {
            assert!(fast_yaml::parse_with_marks(text).is_some(), "{text:?}");
            let placed = keys_agree(text).unwrap_or_else(|e| panic!("{e} in {text:?}"));
            assert!(placed >= 2, "{placed} in {text:?}");
        }
        // The demo's progress files.
        let demo = crate::demo::generate(&crate::demo::DemoOptions {
            projects: 60,
            months: 3,
            ..Default::default()
        });
        for (path, text) in demo.iter().filter(|(p, _)| p.contains("progress/")) {
            assert!(keys_agree(text).unwrap() >= 40, "{path}");
        }
        // Marks that do not fit the nodes give nothing.
        let (node, marks) = fast_yaml::parse_with_marks(texts[0]).unwrap();
        assert_eq!(keys_under((&node, &marks[1..]), "projects"), None);
        assert_eq!(keys_under((&node, &marks), "nothing"), None);
    }

    #[test]
    fn lines_and_columns_count_characters_from_the_line_start() {
        let text = "ab\n甲乙c\r\n\nx";
        assert_eq!(
            lines_and_columns(text, &[0, 1, 3, 9, 10, 12, 13]),
            [(1, 1), (1, 2), (2, 1), (2, 3), (2, 4), (3, 1), (4, 1)]
        );
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(400))]
        #[test]
        fn positions_agree_with_serde_yaml(text in super::super::fast_yaml::tests::any_doc()) {
            let r = agrees(&text);
            proptest::prop_assert!(r.is_ok(), "{:?} in {:?}", r, text);
        }

        #[test]
        fn positions_from_events_agree_with_serde_yaml(text in super::super::fast_yaml::tests::any_doc()) {
            let r = agrees_by_events(&text);
            proptest::prop_assert!(r.is_ok(), "{:?} in {:?}", r, text);
        }

        #[test]
        fn keys_under_agree_with_the_index(text in super::super::fast_yaml::tests::any_doc()) {
            let r = keys_agree(&text);
            proptest::prop_assert!(r.is_ok(), "{:?} in {:?}", r, text);
        }
    }
}
