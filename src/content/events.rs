//! Where the nodes of a file the fast reader does not take stand, from
//! libyaml's events: one pass, with the very marks serde_yaml reports.
//!
//! serde_yaml reads such a file (anchors, tags, a flow list over lines …),
//! but its values carry no positions, and finding one means reading the file
//! again up to it ([`super::yaml::locate`]), which a file of thousands of
//! warnings cannot afford. libyaml (the `libyaml-rs` port serde_yaml itself
//! parses with) gives every event its start: the scalars, lists and mappings
//! of the file in order, which is all a [`super::positions::Positions`] index
//! needs. Aliases, tags and second documents, where serde_yaml's own walk is
//! not a plain walk of the events, give no index (the budgeted lookups stay).

use std::mem::MaybeUninit;

use libyaml_rs as sys;

/// One event of a file, as the index needs it.
pub enum Event {
    /// A scalar: its text (a key's name), where it starts, and whether it is
    /// plain (unquoted, so that `2021` or `0x7` may be a number).
    Scalar(Box<str>, u32, bool),
    /// The start of a list, where it starts.
    SequenceStart(u32),
    /// The end of a list.
    SequenceEnd,
    /// The start of a mapping, where it starts.
    MappingStart(u32),
    /// The end of a mapping.
    MappingEnd,
}

/// A libyaml parser reading the text it borrows (`'t`); freed when dropped.
struct Parser<'t> {
    /// Boxed: libyaml keeps pointers to the parser inside it.
    sys: Box<MaybeUninit<sys::yaml_parser_t>>,
    /// libyaml reads the text through a pointer: it must outlive the parser.
    text: std::marker::PhantomData<&'t [u8]>,
}

impl<'t> Parser<'t> {
    /// A parser of `input`.
    fn new(input: &'t [u8]) -> Option<Parser<'t>> {
        let mut sys = Box::new(MaybeUninit::<sys::yaml_parser_t>::uninit());
        // SAFETY: the parser is initialized in place before any other use; its
        // input is a valid slice borrowed for as long as the parser lives.
        unsafe {
            let p = sys.as_mut_ptr();
            if sys::yaml_parser_initialize(p).fail {
                return None;
            }
            sys::yaml_parser_set_encoding(p, sys::YAML_UTF8_ENCODING);
            sys::yaml_parser_set_input_string(p, input.as_ptr(), input.len() as u64);
        }
        Some(Parser {
            sys,
            text: std::marker::PhantomData,
        })
    }

    /// The next event; `None` at an error, or at what the index does not
    /// follow (see the module).
    fn next(&mut self) -> Option<Step> {
        let mut event = MaybeUninit::<sys::yaml_event_t>::uninit();
        // SAFETY: the parser was initialized in `new`; a parsed event is read
        // by the field its type names, then deleted exactly once.
        unsafe {
            let e = event.as_mut_ptr();
            if sys::yaml_parser_parse(self.sys.as_mut_ptr(), e).fail {
                return None;
            }
            let at = u32::try_from((*e).start_mark.index).ok();
            let node = |n: Option<Event>| n.map(Step::Node);
            let out = match (*e).type_ {
                sys::YAML_STREAM_START_EVENT => Some(Step::StreamStart),
                sys::YAML_DOCUMENT_START_EVENT => Some(Step::DocumentStart),
                sys::YAML_DOCUMENT_END_EVENT => Some(Step::DocumentEnd),
                sys::YAML_STREAM_END_EVENT => Some(Step::StreamEnd),
                sys::YAML_SCALAR_EVENT => {
                    let s = (*e).data.scalar;
                    let text = (!s.value.is_null())
                        .then(|| std::slice::from_raw_parts(s.value, s.length as usize))
                        .and_then(|b| std::str::from_utf8(b).ok());
                    let plain = s.style == sys::YAML_PLAIN_SCALAR_STYLE;
                    match (s.tag.is_null(), text, at) {
                        (true, Some(t), Some(at)) => {
                            Some(Step::Node(Event::Scalar(t.into(), at, plain)))
                        }
                        _ => None,
                    }
                }
                sys::YAML_SEQUENCE_START_EVENT if (*e).data.sequence_start.tag.is_null() => {
                    node(at.map(Event::SequenceStart))
                }
                sys::YAML_SEQUENCE_END_EVENT => Some(Step::Node(Event::SequenceEnd)),
                sys::YAML_MAPPING_START_EVENT if (*e).data.mapping_start.tag.is_null() => {
                    node(at.map(Event::MappingStart))
                }
                sys::YAML_MAPPING_END_EVENT => Some(Step::Node(Event::MappingEnd)),
                // An alias, a tag, or anything else.
                _ => None,
            };
            sys::yaml_event_delete(e);
            out
        }
    }
}

/// What the parser gives next: a node's event, or a boundary.
enum Step {
    Node(Event),
    StreamStart,
    DocumentStart,
    DocumentEnd,
    StreamEnd,
}

impl Drop for Parser<'_> {
    fn drop(&mut self) {
        // SAFETY: the parser was initialized in `new` and is deleted once.
        unsafe { sys::yaml_parser_delete(self.sys.as_mut_ptr()) }
    }
}

/// Every node event of `text`'s one document, in order; `None` when libyaml
/// refuses the text, or it holds an alias, a tag or a second document.
pub fn events(text: &str) -> Option<Vec<Event>> {
    let mut parser = Parser::new(text.as_bytes())?;
    let mut out = Vec::new();
    let mut documents = 0;
    // libyaml ends every stream with STREAM-END and gives nothing after it.
    loop {
        match parser.next()? {
            Step::Node(event) => out.push(event),
            Step::StreamStart | Step::DocumentEnd => {}
            Step::DocumentStart => {
                documents += 1;
                if documents > 1 {
                    return None;
                }
            }
            Step::StreamEnd => return Some(out),
        }
    }
}
