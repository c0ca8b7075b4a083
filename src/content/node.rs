//! The parsed YAML the readers work on: serde_yaml's [`Value`] made lighter.
//!
//! A [`Node`] means what the `Value` serde_yaml makes of the same text means,
//! but it borrows its text from the file rather than allocating every key and
//! scalar, and keeps a mapping as its pairs in file order rather than in a
//! hash map: mappings of content files have a handful of keys, looked up by
//! name a few times each, and their keys are unique (both parsers refuse a
//! duplicate).

use std::borrow::Cow;

use serde_yaml::{Number, Value};

/// A YAML value.
#[derive(Clone, Debug, PartialEq)]
pub enum Node<'a> {
    /// `~`, `null` or nothing.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, as serde_yaml reads it, with the text it was written as
    /// (`1234.000000000000000001` stays that text: money is read from it,
    /// never from the binary floating-point value).
    Number(Number, Cow<'a, str>),
    /// Text.
    String(Cow<'a, str>),
    /// A list.
    Sequence(Vec<Node<'a>>),
    /// A mapping.
    Mapping(Map<'a>),
    /// A tagged value (`!tag value`); only the value is kept.
    Tagged(Box<Node<'a>>),
}

/// A mapping: its pairs in file order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Map<'a> {
    /// The pairs; no two keys are equal.
    pub entries: Vec<(Node<'a>, Node<'a>)>,
}

impl<'a> Map<'a> {
    /// The value under the text key `key` (not a number or a tagged key), as
    /// serde_yaml's `Mapping::get` with a `&str`.
    pub fn get(&self, key: &str) -> Option<&Node<'a>> {
        self.entries.iter().find_map(|(k, v)| match k {
            Node::String(s) if s == key => Some(v),
            _ => None,
        })
    }

    /// The keys in file order.
    pub fn keys(&self) -> impl Iterator<Item = &Node<'a>> {
        self.entries.iter().map(|(k, _)| k)
    }

    /// The pairs in file order.
    pub fn iter(&self) -> impl Iterator<Item = (&Node<'a>, &Node<'a>)> {
        self.entries.iter().map(|(k, v)| (k, v))
    }
}

impl<'a> Node<'a> {
    /// The value behind any tags (`!foo value` is `value`).
    pub fn untagged(&self) -> &Node<'a> {
        match self {
            Node::Tagged(t) => t.untagged(),
            other => other,
        }
    }

    /// Whether this is null, tagged or not (as serde_yaml's `Value::is_null`).
    pub fn is_null(&self) -> bool {
        matches!(self.untagged(), Node::Null)
    }

    /// The number as a `u64`, when it is a whole number that fits, tagged or
    /// not (as serde_yaml's `Value::as_u64`).
    pub fn as_u64(&self) -> Option<u64> {
        match self.untagged() {
            Node::Number(n, _) => n.as_u64(),
            _ => None,
        }
    }
}

impl From<Value> for Node<'static> {
    /// The node of a value serde_yaml parsed.
    fn from(v: Value) -> Self {
        match v {
            Value::Null => Node::Null,
            Value::Bool(b) => Node::Bool(b),
            // The text of a float is put back from the file by
            // `yaml::recover_number_texts`; a whole number prints as it reads.
            Value::Number(n) => {
                let text = Cow::Owned(n.to_string());
                Node::Number(n, text)
            }
            Value::String(s) => Node::String(Cow::Owned(s)),
            Value::Sequence(items) => Node::Sequence(items.into_iter().map(Node::from).collect()),
            Value::Mapping(m) => Node::Mapping(Map {
                entries: m
                    .into_iter()
                    .map(|(k, v)| (Node::from(k), Node::from(v)))
                    .collect(),
            }),
            Value::Tagged(t) => Node::Tagged(Box::new(Node::from(t.value))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tagged_values_are_seen_through_as_serde_yaml_does() {
        for text in [
            "!t ~\n", "!t\n", "~\n", "!t 7\n", "7\n", "!t [1]\n", "a: 1\n",
        ] {
            let value: Value = serde_yaml::from_str(text).unwrap();
            let node = Node::from(value.clone());
            assert_eq!(node.is_null(), value.is_null(), "{text:?}");
            assert_eq!(node.as_u64(), value.as_u64(), "{text:?}");
            assert_eq!(super::super::yaml::parse(text).unwrap(), node, "{text:?}");
        }
    }
}
