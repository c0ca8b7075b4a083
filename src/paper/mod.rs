//! The bulletin on paper: a 公文-style PDF (GB/T 9704-2012 layout, typeset
//! by Typst) and an editable Word file (.docx), two renderers of one value,
//! [`Paper`], which is made from the bulletin document.
//!
//! The body is the commentary (the prose an office signs and issues); the
//! bulletin's tables and charts follow as 附件, one per section, each on a
//! new page, as offices attach their tables to a 通报: the body stays the
//! few pages that are read out at a meeting, and a long red list or a wide
//! ranking gets whole pages with its header repeated.

pub mod docx;
pub mod fonts;
pub mod from_document;
pub mod lane;
pub mod pdf;
pub mod raster;
pub mod tree;

use serde::Serialize;

use fonts::Fonts;

pub use tree::{Align, Block, Inline, TableBlock};

/// The input key of `paper` as a file of `format` (`pdf`, `docx`) made with
/// `fonts`: the same key, the same bytes. It covers the paper value and its
/// charts, the fonts, and the code that renders (the version, and the hash of
/// src/paper/ and Cargo.lock that build.rs makes). Each file carries its key
/// (the PDF's keywords, the Word file's zip comment), and a build reuses the
/// previous file of the same key (site/prior.rs).
pub fn key(paper: &Paper, fonts: &Fonts, format: &str) -> String {
    let mut h = xxhash_rust::xxh3::Xxh3::new();
    h.update(env!("CARGO_PKG_VERSION").as_bytes());
    h.update(env!("TONGBAO_PAPER_CODE").as_bytes());
    h.update(fonts.typst().identity.as_bytes());
    h.update(&serde_json::to_vec(paper).unwrap_or_default());
    for image in &paper.images {
        h.update(&(image.len() as u64).to_le_bytes());
        h.update(image.as_bytes());
    }
    format!("tongbao-{format}-{:032x}", h.digest128())
}

/// One bulletin as both paper renderers see it.
#[derive(Clone, Debug, Serialize)]
pub struct Paper {
    /// 发文机关标志: the red name at the head (site.yaml `issuer`).
    pub issuer: String,
    /// 发文字号 (`红项办〔2021〕9号`), when the front matter has one.
    pub doc_number: Option<String>,
    /// 期号 (`第9期`).
    pub issue: String,
    /// The title.
    pub title: String,
    /// 主送机关, without the closing colon.
    pub recipients: Option<String>,
    /// The body: the commentary.
    pub body: Vec<Block>,
    /// 附件: the bulletin's tables and charts, one per section.
    pub attachments: Vec<Attachment>,
    /// 发文机关署名 under the body (the publisher).
    pub signer: String,
    /// 成文日期 (`2021年10月8日`), when the bulletin has a date.
    pub date_text: Option<String>,
    /// 抄送机关, without the closing 。.
    pub cc: Option<String>,
    /// 印发机关 in the 版记 (the publisher).
    pub printer: String,
    /// 印发日期 (`2021年10月8日`), when the bulletin has a date.
    pub print_date_text: Option<String>,
    /// Built with `--draft`: every page says 草稿.
    pub draft: bool,
    /// Language and region for Typst's line breaking (`zh`, `CN`).
    pub lang: String,
    /// Region (`CN`, `TW`, or none for English).
    pub region: Option<String>,
    /// The words the layout prints.
    pub words: Words,
    /// The charts' SVG images; [`Block::Chart`] indexes them.
    #[serde(skip)]
    pub images: Vec<String>,
}

/// One 附件.
#[derive(Clone, Debug, Serialize)]
pub struct Attachment {
    /// Its title (the section's heading).
    pub title: String,
    /// Its tables and charts.
    pub blocks: Vec<Block>,
}

/// The words of the layout, in the site's language.
#[derive(Clone, Debug, Serialize)]
pub struct Words {
    /// 附件.
    pub attachment: String,
    /// 抄送.
    pub cc: String,
    /// 印发 (after the 印发日期).
    pub printed: String,
    /// 草稿 (across every page of a draft).
    pub draft: String,
    /// 无 (an empty table).
    pub none: String,
    /// 主要指标: the 附件 of the headline cards.
    pub cards: String,
    /// Its columns: 指标, 数值, 说明.
    pub cards_columns: [String; 3],
}

#[cfg(test)]
pub(crate) mod sample {
    //! A bulletin on paper for the renderers' tests, with text that would be
    //! markup in Typst and in XML.

    use super::*;

    /// A small chart.
    pub const CHART: &str = r##"<svg xmlns="http://www.w3.org/2000/svg" width="720" height="360" viewBox="0 0 720 360" font-family="Noto Sans CJK SC,sans-serif"><rect x="40" y="40" width="200" height="280" fill="#a3171b"/><text x="60" y="30" font-size="16">开复工率61.3%</text></svg>"##;

    /// The sample.
    pub fn paper() -> Paper {
        Paper {
            issuer: "红山区重点项目推进办公室".into(),
            doc_number: Some("红项办〔2021〕9号".into()),
            issue: "第9期".into(),
            title: "2021年9月全区重点项目建设情况通报".into(),
            recipients: Some("各乡镇（街道）、园区，区直各有关部门".into()),
            body: tree::markdown(
                "## 一、总体情况\n\n全区181个项目中，已开复工111个，开复工率61.3%，完成投资35.7亿元。\n\n### （一）#set page(paper: \"a5\") <w:p/> & $x$ \\\n第二行\n\n**一是**抓开工。\n",
            ),
            attachments: vec![Attachment {
                title: "开复工情况".into(),
                blocks: vec![
                    Block::Table(TableBlock {
                        caption: Some("分类别开复工情况".into()),
                        columns: vec!["类别".into(), "开复工".into(), "完成投资".into()],
                        align: vec![Align::Left, Align::Right, Align::Right],
                        rows: vec![
                            vec!["农业".into(), "5".into(), "2.4亿元".into()],
                            vec!["工业 <b>&</b>".into(), "36".into(), "7.7亿元".into()],
                        ],
                    }),
                    Block::Chart {
                        title: "分类别完成投资".into(),
                        image: 0,
                        aspect: 2.0,
                    },
                ],
            }],
            signer: "红山区重点项目推进办公室".into(),
            date_text: Some("2021年10月8日".into()),
            cc: Some("区委办，区人大办".into()),
            printer: "红山区重点项目推进办公室".into(),
            print_date_text: Some("2021年10月8日".into()),
            draft: false,
            lang: "zh".into(),
            region: Some("CN".into()),
            words: Words {
                attachment: "附件".into(),
                cc: "抄送".into(),
                printed: "印发".into(),
                draft: "草稿".into(),
                none: "无".into(),
                cards: "主要指标".into(),
                cards_columns: ["指标".into(), "数值".into(), "说明".into()],
            },
            images: vec![CHART.into()],
        }
    }
}
