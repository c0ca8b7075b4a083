//! The text of every number, for documents that serde_yaml reads.
//!
//! serde_yaml's `Value` keeps a decimal such as `1234.000000000000000001` only
//! as the nearest binary floating-point value (1234), so money read from it
//! would be silently rounded. After serde_yaml has built a document, this
//! module reads it once more, following the same structure, and asks the
//! parser for the text of each decimal (`deserialize_str` gives a plain
//! scalar's text as written), so that money is always read from what the
//! user wrote. Only documents that hold a decimal are read twice.

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

use super::node::Node;

/// Whether `node` holds a number that is not a whole number (its text was
/// lost by serde_yaml's `Value`).
pub fn has_decimal(node: &Node) -> bool {
    match node {
        Node::Number(n, _) => n.is_f64(),
        Node::Sequence(items) => items.iter().any(has_decimal),
        Node::Mapping(m) => m.iter().any(|(k, v)| has_decimal(k) || has_decimal(v)),
        Node::Tagged(inner) => has_decimal(inner),
        Node::Null | Node::Bool(_) | Node::String(_) => false,
    }
}

/// Puts the text each decimal of `node` was written as back into it, reading
/// `text` again with serde_yaml. `node` must be what serde_yaml made of `text`.
pub fn recover(text: &str, node: &mut Node<'static>) -> Result<(), serde_yaml::Error> {
    let de = serde_yaml::Deserializer::from_str(text);
    Recover(node).deserialize(de)
}

/// Reads the value that `.0` was made from, filling in the texts of its decimals.
struct Recover<'n>(&'n mut Node<'static>);

impl<'de> DeserializeSeed<'de> for Recover<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, de: D) -> Result<(), D::Error> {
        match self.0 {
            Node::Number(n, text) if n.is_f64() => {
                *text = Cow::Owned(de.deserialize_str(Text)?);
                Ok(())
            }
            Node::Sequence(items) => de.deserialize_seq(Items(items)),
            Node::Mapping(m) => de.deserialize_map(Pairs(&mut m.entries)),
            // serde_yaml gives a tagged value (`!t 1.5`) as an enum: the tag,
            // then the value.
            Node::Tagged(inner) => de.deserialize_any(Tagged(inner)),
            _ => de.deserialize_ignored_any(IgnoredAny).map(|_| ()),
        }
    }
}

/// A tagged value: its tag is skipped, its value read by [`Recover`].
struct Tagged<'n>(&'n mut Node<'static>);

impl<'de> Visitor<'de> for Tagged<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a tagged value")
    }

    fn visit_enum<A: de::EnumAccess<'de>>(self, data: A) -> Result<(), A::Error> {
        use serde::de::VariantAccess;
        let (_, value) = data.variant::<IgnoredAny>()?;
        value.newtype_variant_seed(Recover(self.0))
    }
}

/// A scalar's text.
struct Text;

impl<'de> Visitor<'de> for Text {
    type Value = String;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a number")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<String, E> {
        Ok(v.to_string())
    }
}

/// The items of a list, in order.
struct Items<'n>(&'n mut Vec<Node<'static>>);

impl<'de> Visitor<'de> for Items<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a list")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        for item in self.0.iter_mut() {
            if seq.next_element_seed(Recover(item))?.is_none() {
                break;
            }
        }
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(())
    }
}

/// The pairs of a mapping, in order.
struct Pairs<'n>(&'n mut Vec<(Node<'static>, Node<'static>)>);

impl<'de> Visitor<'de> for Pairs<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a mapping")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        for (k, v) in self.0.iter_mut() {
            if map.next_key_seed(Recover(k))?.is_none() {
                break;
            }
            map.next_value_seed(Recover(v))?;
        }
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::super::yaml;
    use super::*;

    /// The number texts of a document, in order.
    fn texts(node: &Node, out: &mut Vec<String>) {
        match node {
            Node::Number(_, t) => out.push(t.to_string()),
            Node::Sequence(items) => items.iter().for_each(|i| texts(i, out)),
            Node::Tagged(inner) => texts(inner, out),
            Node::Mapping(m) => m.iter().for_each(|(k, v)| {
                texts(k, out);
                texts(v, out);
            }),
            _ => {}
        }
    }

    #[test]
    fn decimals_keep_their_text_in_documents_serde_yaml_reads() {
        // The anchor and the flow mapping send these documents to serde_yaml;
        // a tag does not hide a decimal's text.
        let doc = "a: &x {invested: 1234.000000000000000001, n: 7}\nb: *x\nc: [0.10000, 12345678901234.5678, 3580.5]\nd: !t 1.50000000000000000001\ne: !t [2.5000]\n";
        let node = yaml::parse(doc).unwrap();
        let mut got = Vec::new();
        texts(&node, &mut got);
        assert_eq!(
            got,
            [
                "1234.000000000000000001",
                "7",
                "1234.000000000000000001",
                "7",
                "0.10000",
                "12345678901234.5678",
                "3580.5",
                "1.50000000000000000001",
                "2.5000"
            ]
        );
    }

    #[test]
    fn decimals_keep_their_text_in_documents_the_fast_reader_reads() {
        let node = yaml::parse("- invested: 1234.000000000000000001\n").unwrap();
        let mut got = Vec::new();
        texts(&node, &mut got);
        assert_eq!(got, ["1234.000000000000000001"]);
    }
}
