//! Parsing YAML into values, and finding where a value stands in its file.
//!
//! serde_yaml values carry no positions. Rather than keep positions for every
//! value of a large ledger, positions are looked up only for the values a
//! diagnostic is about: [`locate`] walks the file once more with a
//! deserializer that stops at the wanted node, and serde_yaml's error at that
//! node carries its line and column.

use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_yaml::Value;

use super::node::Node;
use crate::diagnostics::LoadMessage;

/// One step of a path into a YAML document: a list index or a mapping key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Seg {
    /// The n-th item of a list (0-based).
    Index(usize),
    /// The value under a key (keys compared as text: `2021` matches the key `2021`).
    Key(String),
}

/// A path into a document; `at_key` points at the last key itself rather than its value.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Path {
    /// The steps.
    pub segs: Vec<Seg>,
    /// Point at the last key, not at its value (for unknown or duplicate keys).
    pub at_key: bool,
}

impl Path {
    /// The document's root.
    pub fn root() -> Path {
        Path::default()
    }

    /// This path followed by list item `i`.
    pub fn index(&self, i: usize) -> Path {
        let mut p = self.clone();
        p.segs.push(Seg::Index(i));
        p.at_key = false;
        p
    }

    /// This path followed by the value of `key`.
    pub fn key(&self, key: &str) -> Path {
        let mut p = self.clone();
        p.segs.push(Seg::Key(key.to_string()));
        p.at_key = false;
        p
    }

    /// This path followed by the key `key` itself.
    pub fn key_itself(&self, key: &str) -> Path {
        let mut p = self.key(key);
        p.at_key = true;
        p
    }
}

/// Where a value being read stands: a [`Path`] whose parts are borrowed from
/// the reader's locals, so that walking a large file allocates nothing for
/// paths; [`At::path`] makes the [`Path`] a diagnostic needs.
#[derive(Clone, Copy, Debug)]
pub enum At<'p> {
    /// The document's root.
    Root,
    /// The n-th item (0-based) of the list at the first part.
    Index(&'p At<'p>, usize),
    /// The value of a key of the mapping at the first part.
    Key(&'p At<'p>, &'p str),
    /// A key itself of the mapping at the first part (for unknown or duplicate keys).
    KeyItself(&'p At<'p>, &'p str),
}

impl<'p> At<'p> {
    /// This place followed by list item `i`.
    pub fn index(&'p self, i: usize) -> At<'p> {
        At::Index(self, i)
    }

    /// This place followed by the value of `key`.
    pub fn key(&'p self, key: &'p str) -> At<'p> {
        At::Key(self, key)
    }

    /// This place followed by the key `key` itself.
    pub fn key_itself(&'p self, key: &'p str) -> At<'p> {
        At::KeyItself(self, key)
    }

    /// The path to this place.
    pub fn path(&self) -> Path {
        let mut p = Path::root();
        self.push(&mut p.segs);
        p.at_key = matches!(self, At::KeyItself(..));
        p
    }

    fn push(&self, segs: &mut Vec<Seg>) {
        match self {
            At::Root => {}
            At::Index(up, i) => {
                up.push(segs);
                segs.push(Seg::Index(*i));
            }
            At::Key(up, k) | At::KeyItself(up, k) => {
                up.push(segs);
                segs.push(Seg::Key((*k).to_string()));
            }
        }
    }
}

/// A YAML syntax error with its 1-based position.
#[derive(Debug, Clone)]
pub struct SyntaxError {
    /// What the parser said, without its own position suffix.
    pub message: String,
    /// The same, as a message in every language ([`Self::message`] is its
    /// English).
    pub problem: Box<LoadMessage>,
    /// 1-based line and column, when known.
    pub pos: Option<(usize, usize)>,
}

/// How many nodes aliases (`*name`) may add to a document when they are expanded,
/// beyond one node per byte of the file (which no document without aliases
/// reaches). serde_yaml's own repetition limit counts alias jumps, not the nodes
/// they copy: a 100 KB file with one list of 20,000 items used 20,000 times
/// would expand to 400 million values and exhaust memory.
pub const MAX_ALIAS_NODES: usize = 1_000_000;

/// How deep lists and mappings may nest: serde_yaml's recursion limit.
pub const MAX_DEPTH: usize = 128;

/// Parses one YAML document into a value. Besides syntax errors, a document
/// nested deeper than [`MAX_DEPTH`] or whose aliases expand beyond
/// [`MAX_ALIAS_NODES`] is refused, before anything large is built. Files in
/// plain YAML (almost all) are read by the fast reader of `fast_yaml`, which
/// gives the same value; everything else, errors included, by serde_yaml.
pub fn parse(text: &str) -> Result<Node<'_>, SyntaxError> {
    if let Some(v) = super::fast_yaml::parse(text) {
        return Ok(v);
    }
    // Only a document with an alias can expand; `*` is rare enough in YAML that
    // the extra counting pass is skipped for almost every file.
    if text.contains('*') {
        let budget = std::cell::Cell::new(text.len().saturating_add(MAX_ALIAS_NODES));
        let de = serde_yaml::Deserializer::from_str(text);
        if let Err(e) = (Counter { budget: &budget }).deserialize(de) {
            return Err(syntax_error(&e));
        }
    }
    parse_slow(text).map_err(|e| syntax_error(&e))
}

/// What serde_yaml makes of `text`, as a [`Node`] whose numbers keep the
/// text they were written as (the reading the fast reader must agree with).
pub fn parse_slow(text: &str) -> Result<Node<'static>, serde_yaml::Error> {
    let mut node = serde_yaml::from_str::<Value>(text).map(Node::from)?;
    if super::number_text::has_decimal(&node) {
        super::number_text::recover(text, &mut node)?;
    }
    Ok(node)
}

fn syntax_error(e: &serde_yaml::Error) -> SyntaxError {
    let pos = e.location().map(|l| (l.line(), l.column()));
    let mut message = e.to_string();
    // serde_yaml appends " at line L column C"; the diagnostic prints its own.
    if let Some(i) = message.find(" at line ") {
        message.truncate(i);
    }
    let problem = if message.contains(TOO_BIG) {
        LoadMessage::AliasesExpand {
            limit: MAX_ALIAS_NODES,
        }
    } else if message.contains("recursion limit exceeded") {
        LoadMessage::NestedTooDeep { limit: MAX_DEPTH }
    } else if message.contains("repetition limit exceeded") {
        LoadMessage::AliasesRepeated
    } else if let Some(number) = too_large_integer(&message) {
        LoadMessage::NumberTooLarge { number }
    } else {
        parser_problem(&message)
    };
    SyntaxError {
        message: problem.to_string(),
        problem: Box::new(problem),
        pos,
    }
}

const TOO_BIG: &str = "\u{0}tongbao-alias-budget";

/// The number of serde_yaml's refusal of a whole number beyond 64 bits
/// (`invalid type: integer `…` as u128, expected any YAML value`).
fn too_large_integer(message: &str) -> Option<String> {
    let rest = message.split("invalid type: integer `").nth(1)?;
    let (number, after) = rest.split_once('`')?;
    (after.starts_with(" as u128") || after.starts_with(" as i128")).then(|| number.to_string())
}

/// The YAML parser's problems that are said in every language, by the words
/// serde_yaml (libyaml) uses for them.
const PROBLEMS: &[(&str, LoadMessage)] = &[
    ("did not find expected key", LoadMessage::YamlNoKey),
    (
        "did not find expected ',' or ']'",
        LoadMessage::YamlNoCommaOrBracket,
    ),
    (
        "did not find expected ',' or '}'",
        LoadMessage::YamlNoCommaOrBrace,
    ),
    (
        "did not find expected '-' indicator",
        LoadMessage::YamlNoDash,
    ),
    (
        "did not find expected node content",
        LoadMessage::YamlNoValue,
    ),
    (
        "did not find expected <document start>",
        LoadMessage::YamlNoDocumentStart,
    ),
    (
        "did not find expected alphabetic or numeric character",
        LoadMessage::YamlNoLetterOrDigit,
    ),
    ("could not find expected ':'", LoadMessage::YamlNoColon),
    (
        "mapping values are not allowed in this context",
        LoadMessage::YamlKeyValueHere,
    ),
    (
        "block sequence entries are not allowed in this context",
        LoadMessage::YamlListItemHere,
    ),
    (
        "found a tab character that violates indentation",
        LoadMessage::YamlTabIndent,
    ),
    (
        "found a tab character where an indentation space is expected",
        LoadMessage::YamlTabForSpace,
    ),
    (
        "found unexpected end of stream",
        LoadMessage::YamlUnexpectedEnd,
    ),
    (
        "found character that cannot start any token",
        LoadMessage::YamlBadFirstCharacter,
    ),
    (
        "found unknown escape character",
        LoadMessage::YamlUnknownEscape,
    ),
    ("found undefined tag handle", LoadMessage::YamlUndefinedTag),
    (
        "found unexpected document indicator",
        LoadMessage::YamlUnexpectedDocumentMarker,
    ),
    (
        "control characters are not allowed",
        LoadMessage::YamlControlCharacter,
    ),
    ("unknown anchor", LoadMessage::YamlUnknownAnchor),
    (
        "deserializing from YAML containing more than one document is not supported",
        LoadMessage::YamlSeveralDocuments,
    ),
];

/// What the parser said (`message`, without its position), in every
/// language: its known problems are messages of their own; any other is
/// printed as serde_yaml wrote it.
fn parser_problem(message: &str) -> LoadMessage {
    if let Some((_, p)) = PROBLEMS.iter().find(|(words, _)| *words == message) {
        return p.clone();
    }
    if let Some(key) = message.strip_prefix("duplicate entry with key ") {
        return LoadMessage::YamlDuplicateKey {
            key: key.to_string(),
        };
    }
    if let Some((at, key)) = message.split_once(": duplicate entry with key ") {
        return LoadMessage::YamlDuplicateKeyAt {
            at: at.to_string(),
            key: key.to_string(),
        };
    }
    LoadMessage::AsWritten {
        text: message.to_string(),
    }
}

/// Walks a document as the parser expands it, counting nodes, and stops with an
/// error when `budget` runs out: no value is built.
struct Counter<'b> {
    budget: &'b std::cell::Cell<usize>,
}

impl Counter<'_> {
    fn take<E: de::Error>(&self) -> Result<(), E> {
        match self.budget.get().checked_sub(1) {
            Some(left) => {
                self.budget.set(left);
                Ok(())
            }
            None => Err(E::custom(TOO_BIG)),
        }
    }
}

impl<'de> DeserializeSeed<'de> for Counter<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Counter<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any YAML node")
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<(), E> {
        self.take()
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<(), E> {
        self.take()
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<(), E> {
        self.take()
    }
    fn visit_i128<E: de::Error>(self, _: i128) -> Result<(), E> {
        self.take()
    }
    fn visit_u128<E: de::Error>(self, _: u128) -> Result<(), E> {
        self.take()
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<(), E> {
        self.take()
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<(), E> {
        self.take()
    }
    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        self.take()
    }
    fn visit_none<E: de::Error>(self) -> Result<(), E> {
        self.take()
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        self.take()?;
        while seq
            .next_element_seed(Counter {
                budget: self.budget,
            })?
            .is_some()
        {}
        Ok(())
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        self.take()?;
        while map
            .next_key_seed(Counter {
                budget: self.budget,
            })?
            .is_some()
        {
            map.next_value_seed(Counter {
                budget: self.budget,
            })?;
        }
        Ok(())
    }
    fn visit_enum<A: de::EnumAccess<'de>>(self, data: A) -> Result<(), A::Error> {
        // A tagged value (`!tag value`): count the tag, then the value.
        use de::VariantAccess;
        self.take()?;
        let ((), variant) = data.variant_seed(Counter {
            budget: self.budget,
        })?;
        variant.newtype_variant_seed(Counter {
            budget: self.budget,
        })
    }
}

const FOUND: &str = "\u{0}tongbao-found";

/// The 1-based line and column of the node at `path` in `text`, if it exists.
pub fn locate(text: &str, path: &Path) -> Option<(usize, usize)> {
    locate_repeat(text, path, 0)
}

/// The 1-based line and column of the `nth` repeat (0: the first use) of the
/// key that `path` points at itself (`at_key`), for a key written twice.
pub fn locate_repeat(text: &str, path: &Path, nth: usize) -> Option<(usize, usize)> {
    let de = serde_yaml::Deserializer::from_str(text);
    match (Finder {
        path: &path.segs,
        at_key: path.at_key,
        skip: nth,
    })
    .deserialize(de)
    {
        Ok(()) => None,
        Err(e) if e.to_string().contains(FOUND) => e.location().map(|l| (l.line(), l.column())),
        Err(_) => None,
    }
}

struct Finder<'p> {
    path: &'p [Seg],
    at_key: bool,
    /// Uses of the target key to pass over before stopping at one.
    skip: usize,
}

fn found<E: de::Error>() -> E {
    E::custom(FOUND)
}

impl<'de> DeserializeSeed<'de> for Finder<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Finder<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any YAML node")
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<(), E> {
        self.scalar()
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<(), E> {
        self.scalar()
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<(), E> {
        self.scalar()
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<(), E> {
        self.scalar()
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<(), E> {
        self.scalar()
    }
    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        self.scalar()
    }
    fn visit_none<E: de::Error>(self) -> Result<(), E> {
        self.scalar()
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        match self.path.split_first() {
            None => Err(found()),
            Some((Seg::Index(i), rest)) => {
                for _ in 0..*i {
                    if seq.next_element::<IgnoredAny>()?.is_none() {
                        return Ok(());
                    }
                }
                let inner = Finder {
                    path: rest,
                    at_key: self.at_key,
                    skip: self.skip,
                };
                seq.next_element_seed(inner)?;
                Ok(())
            }
            Some((Seg::Key(_), _)) => Ok(()),
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let (want, rest) = match self.path.split_first() {
            None => return Err(found()),
            Some((Seg::Key(k), rest)) => (k.as_str(), rest),
            Some((Seg::Index(_), _)) => return Ok(()),
        };
        let key_is_target = rest.is_empty() && self.at_key;
        let mut passed = 0;
        while let Some(matched) = map.next_key_seed(KeyFinder {
            want,
            stop: key_is_target && passed == self.skip,
        })? {
            if matched && key_is_target {
                passed += 1;
            } else if matched {
                return map.next_value_seed(Finder {
                    path: rest,
                    at_key: self.at_key,
                    skip: self.skip,
                });
            }
            map.next_value::<IgnoredAny>()?;
        }
        Ok(())
    }
}

impl Finder<'_> {
    fn scalar<E: de::Error>(&self) -> Result<(), E> {
        if self.path.is_empty() {
            Err(found())
        } else {
            Ok(())
        }
    }
}

/// Reads a mapping key; says whether it is the wanted one, or stops there.
struct KeyFinder<'k> {
    want: &'k str,
    stop: bool,
}

impl<'de> DeserializeSeed<'de> for KeyFinder<'_> {
    type Value = bool;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<bool, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for KeyFinder<'_> {
    type Value = bool;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a mapping key")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<bool, E> {
        self.check(v)
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<bool, E> {
        self.check(&v.to_string())
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<bool, E> {
        self.check(&v.to_string())
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<bool, E> {
        self.check(&v.to_string())
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<bool, E> {
        self.check(&v.to_string())
    }
    fn visit_unit<E: de::Error>(self) -> Result<bool, E> {
        self.check("~")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<bool, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(false)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<bool, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(false)
    }
}

impl KeyFinder<'_> {
    fn check<E: de::Error>(&self, key: &str) -> Result<bool, E> {
        match (key == self.want, self.stop) {
            (true, true) => Err(found()),
            (matched, _) => Ok(matched),
        }
    }
}

/// The text of a scalar key or value as the user wrote it (`2021`, `工业`), for messages.
pub fn scalar_text(v: &Node) -> Option<String> {
    match v {
        Node::String(s) => Some(s.to_string()),
        Node::Number(_, text) => Some(text.to_string()),
        Node::Bool(b) => Some(b.to_string()),
        Node::Null => Some(String::new()),
        Node::Tagged(t) => scalar_text(t),
        _ => None,
    }
}

/// A short description of a value's type, for "expected …, found …" messages.
pub fn describe(v: &Node) -> LoadMessage {
    match v {
        Node::Null => LoadMessage::Nothing,
        Node::Bool(_) => LoadMessage::TrueOrFalse,
        Node::Number(..) => LoadMessage::ANumber,
        Node::String(_) => LoadMessage::SomeText,
        Node::Sequence(_) => LoadMessage::AList,
        Node::Mapping(_) => LoadMessage::AMapping,
        Node::Tagged(_) => LoadMessage::ATaggedValue,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "\
- id: A-1
  name: 甲
  plans:
    2021: 30000
    2022: {invest: 5, kind: 续建}
- id: A-2
  catgory: 工业
  leaders: [王某, 李某]
";

    #[test]
    fn locates_values_keys_and_items() {
        let root = Path::root();
        assert_eq!(locate(DOC, &root.index(0).key("name")), Some((2, 9)));
        assert_eq!(
            locate(DOC, &root.index(1).key_itself("catgory")),
            Some((7, 3))
        );
        assert_eq!(locate(DOC, &root.index(1).key("catgory")), Some((7, 12)));
        assert_eq!(
            locate(DOC, &root.index(0).key("plans").key("2021")),
            Some((4, 11))
        );
        assert_eq!(
            locate(DOC, &root.index(0).key("plans").key("2022").key("kind")),
            Some((5, 29))
        );
        assert_eq!(
            locate(DOC, &root.index(1).key("leaders").index(1)),
            Some((8, 17))
        );
        assert_eq!(locate(DOC, &root.index(1)), Some((6, 3)));
        assert_eq!(locate(DOC, &root.index(5)), None);
        assert_eq!(locate(DOC, &root.index(0).key("nope")), None);
    }

    #[test]
    fn places_make_the_paths_they_stand_for() {
        let root = At::Root;
        let item = root.index(3);
        let plans = item.key("plans");
        assert_eq!(
            plans.key("2021").path(),
            Path::root().index(3).key("plans").key("2021")
        );
        assert_eq!(
            plans.key_itself("x").path(),
            Path::root().index(3).key("plans").key_itself("x")
        );
        assert_eq!(root.path(), Path::root());
    }

    #[test]
    fn syntax_errors_have_positions() {
        let e = parse("a: [1, 2\nb: 3\n").unwrap_err();
        assert!(e.pos.is_some());
        assert!(!e.message.contains(" at line "));
        let e = parse("a: 1\na: 2\n").unwrap_err();
        assert!(e.message.contains("duplicate"), "{}", e.message);
    }

    #[test]
    fn the_parsers_problems_are_said_in_every_language() {
        use crate::model::Language;
        let e = parse("a: [1, 2\nb: 3\n").unwrap_err();
        assert_eq!(*e.problem, LoadMessage::YamlNoCommaOrBracket);
        assert_eq!(e.message, "did not find expected ',' or ']'");
        assert_eq!(e.problem.text(Language::ZhCn), "没有找到预期的 ',' 或 ']'");
        let e = parse(&"[".repeat(200)).unwrap_err();
        assert_eq!(
            e.problem.text(Language::ZhTw),
            "清單和對應的嵌套超過了128層"
        );
        // A problem without a translation is printed as serde_yaml wrote it.
        assert_eq!(
            parser_problem("something new"),
            LoadMessage::AsWritten {
                text: "something new".into()
            }
        );
        assert_eq!(
            parser_problem("duplicate entry with key \"a\""),
            LoadMessage::YamlDuplicateKey {
                key: "\"a\"".into()
            }
        );
    }

    #[test]
    fn alias_expansion_is_bounded() {
        // 3,000 items used 3,000 times: 9 million values from a 15 KB file.
        let n = 3000;
        let text = format!(
            "a: &a [{}]\nb: [{}]\n",
            vec!["x"; n].join(","),
            vec!["*a"; n].join(",")
        );
        let e = parse(&text).unwrap_err();
        assert!(e.message.contains("aliases"), "{}", e.message);
        assert!(e.pos.is_some());
        // Modest use of aliases is fine, and gives the expanded value.
        let v = parse("d: &d {kind: 续建}\nx: *d\ny: [*d, *d]\n").unwrap();
        let expanded = "d: {kind: 续建}\nx: {kind: 续建}\ny: [{kind: 续建}, {kind: 续建}]\n";
        assert_eq!(v, parse(expanded).unwrap());
        // Tagged values and stars in text parse as before.
        let v = parse("a: !t {b: 1}\nc: '**粗体**'\n").unwrap();
        let Node::Mapping(m) = &v else { panic!() };
        assert_eq!(m.get("c"), Some(&Node::String("**粗体**".into())));
        assert!(matches!(m.get("a"), Some(Node::Tagged(_))));
    }

    #[test]
    fn deep_nesting_and_alias_bombs_are_named() {
        let e = parse(&"[".repeat(10_000)).unwrap_err();
        assert!(e.message.contains("nested more than 128"), "{}", e.message);
        let mut bomb = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
        for i in 1..10 {
            let p = format!("*a{}", i - 1);
            bomb.push_str(&format!("a{i}: &a{i} [{}]\n", [p.as_str(); 9].join(", ")));
        }
        let e = parse(&bomb).unwrap_err();
        assert!(e.message.contains("aliases"), "{}", e.message);
    }
}
