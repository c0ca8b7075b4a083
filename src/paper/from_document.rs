//! The paper bulletin made from the bulletin document: the commentary is the
//! body; the headline cards, then each section's tables and charts (with the
//! numbers under each chart) are the 附件.

use super::tree::{self, Align, Block as PaperBlock, TableBlock};
use super::{Attachment, Paper, Words};
use crate::document::{self, Block, Bulletin};
use crate::model::{Language, SiteConfig};

/// The words of the layout in `lang`.
pub fn words(lang: Language) -> Words {
    let (attachment, cc, printed, draft, none, cards, figure, value, note) = match lang {
        Language::ZhCn => (
            "附件",
            "抄送",
            "印发",
            "草稿",
            "无",
            "主要指标",
            "指标",
            "数值",
            "说明",
        ),
        Language::ZhTw => (
            "附件",
            "抄送",
            "印發",
            "草稿",
            "無",
            "主要指標",
            "指標",
            "數值",
            "說明",
        ),
        Language::En => (
            "Attachment",
            "Cc",
            " issued",
            "DRAFT",
            "None",
            "Key figures",
            "Figure",
            "Value",
            "Note",
        ),
    };
    Words {
        attachment: attachment.into(),
        cc: cc.into(),
        printed: printed.into(),
        draft: draft.into(),
        none: none.into(),
        cards: cards.into(),
        cards_columns: [figure.into(), value.into(), note.into()],
    }
}

/// The paper bulletin of `doc` for the site `site`.
pub fn paper(doc: &Bulletin, site: &SiteConfig) -> Paper {
    let words = words(site.language);
    let mut images = Vec::new();
    let mut attachments = Vec::new();
    if !doc.cards.is_empty() {
        attachments.push(Attachment {
            title: words.cards.clone(),
            blocks: vec![PaperBlock::Table(TableBlock {
                caption: None,
                columns: words.cards_columns.to_vec(),
                align: vec![Align::Left, Align::Right, Align::Left],
                rows: doc
                    .cards
                    .iter()
                    .map(|c| {
                        let note: Vec<&str> =
                            c.sub.iter().chain(&c.deltas).map(String::as_str).collect();
                        vec![c.label.clone(), c.value.clone(), note.join("；")]
                    })
                    .collect(),
            })],
        });
    }
    for s in &doc.sections {
        let mut blocks = Vec::new();
        for b in &s.blocks {
            match b {
                Block::Paragraph(p) => blocks.push(PaperBlock::Paragraph {
                    inlines: vec![tree::Inline::Text { s: p.clone() }],
                }),
                Block::List(items) => blocks.push(PaperBlock::List {
                    ordered: false,
                    items: items
                        .iter()
                        .map(|i| {
                            vec![PaperBlock::Paragraph {
                                inlines: vec![tree::Inline::Text { s: i.clone() }],
                            }]
                        })
                        .collect(),
                }),
                Block::Table(t) => blocks.push(PaperBlock::Table(table(t))),
                Block::Chart(c) => {
                    blocks.push(PaperBlock::Chart {
                        title: c.title.clone(),
                        image: images.len(),
                        aspect: super::raster::aspect(&c.svg),
                    });
                    images.push(c.svg.clone());
                    if let Some(t) = &c.table {
                        blocks.push(PaperBlock::Table(table(t)));
                    }
                }
            }
        }
        if !blocks.is_empty() {
            attachments.push(Attachment {
                title: s.title.clone(),
                blocks,
            });
        }
    }
    let f = &doc.front;
    let (lang, region) = match site.language {
        Language::ZhCn => ("zh", Some("CN")),
        Language::ZhTw => ("zh", Some("TW")),
        Language::En => ("en", None),
    };
    Paper {
        issuer: f.issuer.clone(),
        doc_number: f.doc_number.clone(),
        issue: f.issue.clone(),
        title: f.title.clone(),
        recipients: f.recipients.clone(),
        body: tree::markdown(&doc.commentary.markdown),
        attachments,
        signer: f.publisher.clone(),
        date_text: f.date_text.clone(),
        cc: f.cc.clone(),
        printer: f.publisher.clone(),
        print_date_text: f.date_text.clone(),
        draft: f.draft,
        lang: lang.into(),
        region: region.map(String::from),
        words,
        images,
    }
}

/// A document table as printed: figures right-aligned, every cell as shown.
fn table(t: &document::Table) -> TableBlock {
    let numeric = t.numeric();
    TableBlock {
        caption: Some(t.title.clone()),
        columns: t.columns.clone(),
        align: numeric
            .iter()
            .map(|&n| if n { Align::Right } else { Align::Left })
            .collect(),
        rows: t
            .rows
            .iter()
            .map(|r| {
                let mut cells: Vec<String> = r.iter().map(|c| c.text.clone()).collect();
                cells.resize(t.columns.len(), String::new());
                cells
            })
            .collect(),
    }
}
