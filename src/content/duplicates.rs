//! A YAML file with a key written twice in one mapping: every repeat reported at
//! its own line, and the rest of the file still read.
//!
//! serde_yaml refuses a duplicate key with one error placed at the start of
//! the mapping (for a progress file, its first project), and gives no value,
//! so the file's other mistakes stay hidden until the duplicate is fixed.
//! [`parse_keeping_first`] reads the same document keeping the first of
//! repeated keys and lists each repeat, which [`super::yaml::locate_repeat`]
//! then finds in the text.

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashSet;
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};

use super::node::{Map, Node};
use super::yaml::{locate, locate_repeat, Path};

/// A key written again in the same mapping.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Repeat {
    /// The key as text (`QS-2025-011`, `2021`).
    pub key: String,
    /// 1-based line and column of the repeat, when found.
    pub pos: Option<(usize, usize)>,
    /// 1-based line and column of the key's first use, when found.
    pub first: Option<(usize, usize)>,
}

/// The document with the first value of every repeated key, and the repeats in
/// file order; `None` when serde_yaml cannot read the text even so (another
/// syntax error: the caller reports serde_yaml's own).
pub fn parse_keeping_first(text: &str) -> Option<(Node<'static>, Vec<Repeat>)> {
    let found = RefCell::new(Vec::new());
    let de = serde_yaml::Deserializer::from_str(text);
    let node = Builder {
        path: Path::root(),
        found: &found,
    }
    .deserialize(de)
    .ok()?;
    let mut repeats: Vec<Repeat> = found
        .into_inner()
        .into_iter()
        .map(|(at, key, nth): (Path, String, usize)| {
            let key_path = at.key_itself(&key);
            Repeat {
                pos: locate_repeat(text, &key_path, nth).or_else(|| locate(text, &at)),
                first: locate(text, &key_path),
                key,
            }
        })
        .collect();
    repeats.sort_by_key(|r| r.pos);
    Some((node, repeats))
}

/// Builds a [`Node`] where a repeated key keeps its first value, noting each
/// repeat as (path of its mapping, key, how many times it was seen before).
struct Builder<'f> {
    path: Path,
    found: &'f RefCell<Vec<(Path, String, usize)>>,
}

impl Builder<'_> {
    fn at(&self, path: Path) -> Builder<'_> {
        Builder {
            path,
            found: self.found,
        }
    }
}

impl<'de> DeserializeSeed<'de> for Builder<'_> {
    type Value = Node<'static>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Node<'static>, D::Error> {
        d.deserialize_any(self)
    }
}

/// A key as text, as paths compare keys (`2021` is the key `2021`).
fn key_text(key: &Node) -> Option<String> {
    match key {
        Node::String(s) => Some(s.to_string()),
        Node::Number(_, text) => Some(text.to_string()),
        Node::Bool(b) => Some(b.to_string()),
        Node::Null => Some("~".to_string()),
        Node::Tagged(t) => key_text(t),
        Node::Sequence(_) | Node::Mapping(_) => None,
    }
}

impl<'de> Visitor<'de> for Builder<'_> {
    type Value = Node<'static>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any YAML node")
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Node<'static>, E> {
        Ok(Node::Bool(v))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Node<'static>, E> {
        Ok(Node::Number(v.into(), Cow::Owned(v.to_string())))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Node<'static>, E> {
        Ok(Node::Number(v.into(), Cow::Owned(v.to_string())))
    }
    // The text of a decimal is not known here; this reading serves only to
    // report a file's other mistakes beside its repeated key, which is an
    // error of its own: nothing of the file is published.
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Node<'static>, E> {
        Ok(Node::Number(v.into(), Cow::Owned(v.to_string())))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Node<'static>, E> {
        Ok(Node::String(Cow::Owned(v.to_string())))
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<Node<'static>, E> {
        Ok(Node::String(Cow::Owned(v)))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Node<'static>, E> {
        Ok(Node::Null)
    }
    fn visit_none<E: de::Error>(self) -> Result<Node<'static>, E> {
        Ok(Node::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Node<'static>, D::Error> {
        d.deserialize_any(self)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node<'static>, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element_seed(self.at(self.path.index(items.len())))? {
            items.push(item);
        }
        Ok(Node::Sequence(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node<'static>, A::Error> {
        let mut entries: Vec<(Node<'static>, Node<'static>)> = Vec::new();
        let mut seen: HashSet<String> = HashSet::new();
        let mut repeats: Vec<(String, usize)> = Vec::new();
        while let Some(key) = map.next_key_seed(self.at(self.path.index(usize::MAX)))? {
            let text = key_text(&key);
            let value_path = text
                .as_deref()
                .map_or_else(|| self.path.index(usize::MAX), |t| self.path.key(t));
            let value = map.next_value_seed(self.at(value_path))?;
            match text {
                Some(t) if !seen.insert(t.clone()) => {
                    let nth = repeats.iter().filter(|(k, _)| *k == t).count() + 1;
                    repeats.push((t.clone(), nth));
                    self.found.borrow_mut().push((self.path.clone(), t, nth));
                }
                _ if entries.iter().any(|(k, _)| *k == key) => {}
                _ => entries.push((key, value)),
            }
        }
        Ok(Node::Mapping(Map { entries }))
    }
    fn visit_enum<A: de::EnumAccess<'de>>(self, data: A) -> Result<Node<'static>, A::Error> {
        // A tagged value (`!tag value`): only the value is kept, as Node does.
        use de::VariantAccess;
        let (_tag, variant) = data.variant::<String>()?;
        let inner = variant.newtype_variant_seed(self)?;
        Ok(Node::Tagged(Box::new(inner)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_repeat_is_found_at_its_own_line_and_the_first_value_kept() {
        let text = "period: 2026-03\nprojects:\n  A:\n    stage: 在建\n  B:\n    stage: 前期\n  A:\n    stage: 施工\n  A:\n    stage: 竣工\n";
        let (node, repeats) = parse_keeping_first(text).unwrap();
        let keys: Vec<_> = repeats.iter().map(|r| (r.key.as_str(), r.pos)).collect();
        assert_eq!(keys, [("A", Some((7, 3))), ("A", Some((9, 3)))]);
        assert_eq!(repeats[0].first, Some((3, 3)));
        let Node::Mapping(m) = node else { panic!() };
        let Some(Node::Mapping(projects)) = m.get("projects") else {
            panic!()
        };
        assert_eq!(projects.entries.len(), 2);
        let Some(Node::Mapping(a)) = projects.get("A") else {
            panic!()
        };
        assert_eq!(a.get("stage"), Some(&Node::String("在建".into())));
    }

    #[test]
    fn nested_repeats_and_numbers_as_keys() {
        let text = "- id: X\n  plans:\n    2021: 5\n    2021: 6\n  id: Y\n";
        let (_, repeats) = parse_keeping_first(text).unwrap();
        let keys: Vec<_> = repeats.iter().map(|r| (r.key.as_str(), r.pos)).collect();
        assert_eq!(keys, [("2021", Some((4, 5))), ("id", Some((5, 3)))]);
    }

    #[test]
    fn other_syntax_errors_give_nothing() {
        assert!(parse_keeping_first("a: [1\nb: 2\n").is_none());
    }
}
