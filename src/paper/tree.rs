//! What the PDF and the Word file print, as plain data: the commentary's
//! Markdown read into blocks and inline runs (the same reading as the web's,
//! raw HTML kept as the text it shows as), and the bulletin's tables and
//! charts. Both renderers walk this tree; neither parses text again, so what a
//! user wrote is never read as Typst markup or Word XML.

use pulldown_cmark::{Alignment, Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use serde::Serialize;

/// A run of inline text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "t")]
pub enum Inline {
    /// Plain text.
    #[serde(rename = "text")]
    Text {
        /// The text.
        s: String,
    },
    /// **Bold**: 黑体 in the PDF, bold in Word.
    #[serde(rename = "strong")]
    Strong {
        /// What is bold.
        c: Vec<Inline>,
    },
    /// *Emphasis*: 楷体 in the PDF, italic in Word.
    #[serde(rename = "em")]
    Em {
        /// What is emphasised.
        c: Vec<Inline>,
    },
    /// `Code`, printed as its text.
    #[serde(rename = "code")]
    Code {
        /// The text.
        s: String,
    },
    /// A link: its text (paper cannot follow it).
    #[serde(rename = "link")]
    Link {
        /// The link's text.
        c: Vec<Inline>,
    },
    /// A hard line break.
    #[serde(rename = "br")]
    Break,
}

/// How a table column is aligned.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Align {
    /// Text.
    Left,
    /// Figures: money, rates, counts.
    Right,
    /// Short marks.
    Center,
}

/// A table of the bulletin or of the commentary.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TableBlock {
    /// Its title, printed above it.
    pub caption: Option<String>,
    /// Column headers.
    pub columns: Vec<String>,
    /// Alignment of each column.
    pub align: Vec<Align>,
    /// Rows of printed cells, each as long as `columns`.
    pub rows: Vec<Vec<String>>,
}

/// A block of the document.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Block {
    /// A heading; level 1 is the document's first level (一、).
    Heading {
        /// 1 (一、 黑体), 2 (（一） 楷体), 3 (1. 仿宋 bold), 4 and deeper.
        level: u8,
        /// Its text.
        inlines: Vec<Inline>,
    },
    /// A paragraph, first line indented two characters.
    #[serde(rename = "par")]
    Paragraph {
        /// Its text.
        inlines: Vec<Inline>,
    },
    /// A list.
    List {
        /// Numbered or not.
        ordered: bool,
        /// The items, each blocks.
        items: Vec<Vec<Block>>,
    },
    /// A quotation.
    Quote {
        /// What is quoted.
        blocks: Vec<Block>,
    },
    /// A table.
    Table(TableBlock),
    /// A chart: an SVG image with its title; `image` indexes the document's images.
    Chart {
        /// The chart's title.
        title: String,
        /// Index of its SVG in the document's images.
        image: usize,
        /// Width ÷ height of the image.
        aspect: f64,
    },
    /// A horizontal rule.
    Rule,
}

/// Reads Markdown (the commentary with its figures already filled in) into
/// blocks. Headings are renumbered so that the shallowest one is level 1.
pub fn markdown(md: &str) -> Vec<Block> {
    let opts = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    let mut r = Reader::default();
    for ev in Parser::new_ext(md, opts) {
        r.event(ev);
    }
    let mut blocks = r.finish();
    let top = min_heading(&blocks).unwrap_or(1);
    relevel(&mut blocks, top);
    blocks
}

fn min_heading(blocks: &[Block]) -> Option<u8> {
    blocks
        .iter()
        .filter_map(|b| match b {
            Block::Heading { level, .. } => Some(*level),
            Block::List { items, .. } => items.iter().filter_map(|i| min_heading(i)).min(),
            Block::Quote { blocks } => min_heading(blocks),
            _ => None,
        })
        .min()
}

fn relevel(blocks: &mut [Block], top: u8) {
    for b in blocks {
        match b {
            Block::Heading { level, .. } => *level = *level + 1 - top,
            Block::List { items, .. } => items.iter_mut().for_each(|i| relevel(i, top)),
            Block::Quote { blocks } => relevel(blocks, top),
            _ => {}
        }
    }
}

/// An open container while reading.
#[derive(Debug)]
enum Open {
    /// Inline content of a paragraph or heading (level 0: paragraph).
    Inlines(u8, Vec<Inline>),
    /// Bold, emphasis or a link, inside inline content.
    Span(&'static str, Vec<Inline>),
    /// A list and its finished items.
    List(bool, Vec<Vec<Block>>),
    /// A list item's blocks (and loose inline text of a tight item).
    Item(Vec<Block>, Vec<Inline>),
    /// A quotation's blocks.
    Quote(Vec<Block>),
    /// A table: alignments, header, rows, the row and cell being read.
    Table(
        Vec<Align>,
        Vec<String>,
        Vec<Vec<String>>,
        Vec<String>,
        String,
    ),
    /// A code block's text.
    Code(String),
}

#[derive(Debug, Default)]
struct Reader {
    done: Vec<Block>,
    stack: Vec<Open>,
    in_head: bool,
}

impl Reader {
    fn event(&mut self, ev: Event) {
        match ev {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(t) | Event::Html(t) | Event::InlineHtml(t) => self.text(&t),
            Event::Code(t) => self.inline(Inline::Code { s: t.to_string() }),
            Event::SoftBreak => self.text(""),
            Event::HardBreak => self.inline(Inline::Break),
            Event::Rule => self.block(Block::Rule),
            Event::FootnoteReference(t) | Event::InlineMath(t) | Event::DisplayMath(t) => {
                self.text(&t)
            }
            Event::TaskListMarker(done) => self.text(if done { "☑ " } else { "☐ " }),
        }
    }

    fn start(&mut self, tag: Tag) {
        let open = match tag {
            Tag::Paragraph => Open::Inlines(0, Vec::new()),
            Tag::Heading { level, .. } => Open::Inlines(heading_level(level), Vec::new()),
            Tag::Strong => Open::Span("strong", Vec::new()),
            Tag::Emphasis => Open::Span("em", Vec::new()),
            Tag::Link { .. } => Open::Span("link", Vec::new()),
            Tag::Image { .. } => Open::Span("link", Vec::new()),
            Tag::Strikethrough => Open::Span("plain", Vec::new()),
            Tag::List(first) => Open::List(first.is_some(), Vec::new()),
            Tag::Item => Open::Item(Vec::new(), Vec::new()),
            Tag::BlockQuote(_) => Open::Quote(Vec::new()),
            Tag::CodeBlock(_) => Open::Code(String::new()),
            Tag::Table(aligns) => Open::Table(
                aligns
                    .iter()
                    .map(|a| match a {
                        Alignment::Right => Align::Right,
                        Alignment::Center => Align::Center,
                        _ => Align::Left,
                    })
                    .collect(),
                Vec::new(),
                Vec::new(),
                Vec::new(),
                String::new(),
            ),
            Tag::TableHead => {
                self.in_head = true;
                return;
            }
            _ => return,
        };
        self.stack.push(open);
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Paragraph | TagEnd::Heading(_) => {
                if let Some(Open::Inlines(level, inlines)) = self.stack.pop() {
                    let inlines = trim(inlines);
                    if !inlines.is_empty() {
                        self.block(match level {
                            0 => Block::Paragraph { inlines },
                            level => Block::Heading { level, inlines },
                        });
                    }
                }
            }
            TagEnd::Strong
            | TagEnd::Emphasis
            | TagEnd::Link
            | TagEnd::Image
            | TagEnd::Strikethrough => {
                if let Some(Open::Span(kind, c)) = self.stack.pop() {
                    match kind {
                        "strong" => self.inline(Inline::Strong { c }),
                        "em" => self.inline(Inline::Em { c }),
                        "link" => self.inline(Inline::Link { c }),
                        _ => c.into_iter().for_each(|i| self.inline(i)),
                    }
                }
            }
            TagEnd::List(_) => {
                if let Some(Open::List(ordered, items)) = self.stack.pop() {
                    self.block(Block::List { ordered, items });
                }
            }
            TagEnd::Item => {
                if let Some(Open::Item(mut blocks, loose)) = self.stack.pop() {
                    let loose = trim(loose);
                    if !loose.is_empty() {
                        blocks.push(Block::Paragraph { inlines: loose });
                    }
                    if let Some(Open::List(_, items)) = self.stack.last_mut() {
                        items.push(blocks);
                    }
                }
            }
            TagEnd::BlockQuote(_) => {
                if let Some(Open::Quote(blocks)) = self.stack.pop() {
                    self.block(Block::Quote { blocks });
                }
            }
            TagEnd::CodeBlock => {
                if let Some(Open::Code(text)) = self.stack.pop() {
                    for line in text.lines().filter(|l| !l.trim().is_empty()) {
                        self.block(Block::Paragraph {
                            inlines: vec![Inline::Text {
                                s: line.to_string(),
                            }],
                        });
                    }
                }
            }
            TagEnd::TableHead => {
                self.in_head = false;
                if let Some(Open::Table(_, head, _, row, _)) = self.stack.last_mut() {
                    *head = std::mem::take(row);
                }
            }
            TagEnd::TableRow => {
                if let Some(Open::Table(_, _, rows, row, _)) = self.stack.last_mut() {
                    rows.push(std::mem::take(row));
                }
            }
            TagEnd::TableCell => {
                if let Some(Open::Table(_, _, _, row, cell)) = self.stack.last_mut() {
                    row.push(std::mem::take(cell).trim().to_string());
                }
            }
            TagEnd::Table => {
                if let Some(Open::Table(align, columns, rows, _, _)) = self.stack.pop() {
                    let n = columns.len();
                    let rows = rows
                        .into_iter()
                        .map(|mut r| {
                            r.resize(n, String::new());
                            r
                        })
                        .collect();
                    self.block(Block::Table(TableBlock {
                        caption: None,
                        columns,
                        align,
                        rows,
                    }));
                }
            }
            _ => {}
        }
    }

    /// Text where it falls: inline content, a table cell, a code block, or a
    /// tight list item's loose text.
    fn text(&mut self, t: &str) {
        match self.stack.last_mut() {
            Some(Open::Table(_, _, _, _, cell)) => cell.push_str(t),
            Some(Open::Code(text)) => text.push_str(t),
            _ => self.inline(Inline::Text { s: t.to_string() }),
        }
    }

    fn inline(&mut self, i: Inline) {
        match self.stack.last_mut() {
            Some(Open::Inlines(_, v) | Open::Span(_, v) | Open::Item(_, v)) => push_inline(v, i),
            Some(Open::Table(_, _, _, _, cell)) => cell.push_str(&plain(&[i])),
            Some(Open::Code(text)) => text.push_str(&plain(&[i])),
            Some(Open::Quote(blocks)) => blocks.push(Block::Paragraph { inlines: vec![i] }),
            Some(Open::List(..)) | None => self.done.push(Block::Paragraph { inlines: vec![i] }),
        }
    }

    fn block(&mut self, b: Block) {
        match self.stack.last_mut() {
            Some(Open::Item(blocks, loose)) => {
                let loose = trim(std::mem::take(loose));
                if !loose.is_empty() {
                    blocks.push(Block::Paragraph { inlines: loose });
                }
                blocks.push(b);
            }
            Some(Open::Quote(blocks)) => blocks.push(b),
            _ => self.done.push(b),
        }
    }

    fn finish(mut self) -> Vec<Block> {
        while let Some(open) = self.stack.pop() {
            if let Open::Inlines(_, inlines) | Open::Span(_, inlines) = open {
                self.done.push(Block::Paragraph { inlines });
            }
        }
        self.done
    }
}

fn heading_level(l: HeadingLevel) -> u8 {
    match l {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

/// Appends `i`, joining it to the text before it. A soft line break (empty
/// text) joins the lines of a Chinese paragraph without a space, and with one
/// between two Latin words.
fn push_inline(v: &mut Vec<Inline>, i: Inline) {
    if let (Some(Inline::Text { s: prev }), Inline::Text { s }) = (v.last_mut(), &i) {
        if s.is_empty() {
            prev.push('\u{1}');
        } else {
            if prev.ends_with('\u{1}') {
                prev.pop();
                let latin = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
                if latin(prev.chars().last()) && latin(s.chars().next()) {
                    prev.push(' ');
                }
            }
            prev.push_str(s);
        }
        return;
    }
    if let Inline::Text { s } = &i {
        if s.is_empty() {
            return;
        }
    }
    v.push(i);
}

/// Takes off a soft break left at the end, and spaces at both ends.
fn trim(mut v: Vec<Inline>) -> Vec<Inline> {
    if let Some(Inline::Text { s }) = v.last_mut() {
        let t = s.trim_end_matches(['\u{1}', ' ', '\t']).to_string();
        *s = t;
    }
    if let Some(Inline::Text { s }) = v.first_mut() {
        *s = s.trim_start().to_string();
    }
    for i in v.iter_mut() {
        if let Inline::Text { s } = i {
            if s.contains('\u{1}') {
                *s = s.replace('\u{1}', "");
            }
        }
    }
    v.retain(|i| !matches!(i, Inline::Text { s } if s.is_empty()));
    v
}

/// The plain text of inline runs.
pub fn plain(v: &[Inline]) -> String {
    let mut out = String::new();
    for i in v {
        match i {
            Inline::Text { s } | Inline::Code { s } => out.push_str(s),
            Inline::Strong { c } | Inline::Em { c } | Inline::Link { c } => out.push_str(&plain(c)),
            Inline::Break => out.push('\n'),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Inline {
        Inline::Text { s: s.into() }
    }

    #[test]
    fn headings_paragraphs_and_soft_breaks() {
        let b = markdown("## 一、总体情况\n\n今年共安排项目118个，\n开复工率61.3%。\n\n### （一）投资\n\nsome\nwords\n");
        assert_eq!(
            b,
            [
                Block::Heading {
                    level: 1,
                    inlines: vec![text("一、总体情况")]
                },
                Block::Paragraph {
                    inlines: vec![text("今年共安排项目118个，开复工率61.3%。")]
                },
                Block::Heading {
                    level: 2,
                    inlines: vec![text("（一）投资")]
                },
                Block::Paragraph {
                    inlines: vec![text("some words")]
                },
            ]
        );
    }

    #[test]
    fn markup_characters_stay_text() {
        let b = markdown("#set page(paper: \"a5\") \\* $x$ <w:p/> <b>粗</b>");
        assert_eq!(
            b,
            [Block::Paragraph {
                inlines: vec![text("#set page(paper: \"a5\") * $x$ <w:p/> <b>粗</b>")]
            }]
        );
    }

    #[test]
    fn bold_lists_and_tables() {
        let b = markdown(
            "**一是**抓开工。\n\n- 甲\n- 乙\n\n| 指标 | 数值 |\n|---|--:|\n| 开复工率 | 61.3% |\n",
        );
        assert_eq!(
            b[0],
            Block::Paragraph {
                inlines: vec![
                    Inline::Strong {
                        c: vec![text("一是")]
                    },
                    text("抓开工。")
                ]
            }
        );
        assert_eq!(
            b[1],
            Block::List {
                ordered: false,
                items: vec![
                    vec![Block::Paragraph {
                        inlines: vec![text("甲")]
                    }],
                    vec![Block::Paragraph {
                        inlines: vec![text("乙")]
                    }]
                ]
            }
        );
        assert_eq!(
            b[2],
            Block::Table(TableBlock {
                caption: None,
                columns: vec!["指标".into(), "数值".into()],
                align: vec![Align::Left, Align::Right],
                rows: vec![vec!["开复工率".into(), "61.3%".into()]],
            })
        );
    }
}
