//! The bulletin as a document: one value, built once per month by
//! [`crate::render::bulletin::document`], that every format renders — the web
//! page and its single-file copy, the CSV files and the Excel workbook, and
//! the official-document formats (PDF, Word).
//!
//! Nothing here knows HTML: a document is front matter, headline cards, the
//! commentary (Markdown), and sections of blocks (paragraphs, tables of typed
//! cells, charts, lists). Figures arrive already computed by
//! [`crate::metrics`] and already formatted as Chinese bulletins print them;
//! cells keep the exact value beside the text.

pub mod table;

pub use table::{Cell, Style, Table, Value};

use crate::model::{Date, Month};

/// One month's bulletin.
#[derive(Clone, Debug)]
pub struct Bulletin {
    /// The month it reports on.
    pub period: Month,
    /// Title, number, dates and addressees.
    pub front: Front,
    /// The headline figures.
    pub cards: Vec<Card>,
    /// The commentary (written, or the default summary).
    pub commentary: Commentary,
    /// The sections, in reading order.
    pub sections: Vec<Section>,
    /// The bulletins before and after it.
    pub prev: Option<Neighbour>,
    /// The next bulletin, if any.
    pub next: Option<Neighbour>,
    /// File names of the bulletin's downloads beside its page.
    pub files: Files,
}

/// A bulletin's front matter as a reader sees it.
#[derive(Clone, Debug)]
pub struct Front {
    /// Title (front matter `title`, else the default for the month).
    pub title: String,
    /// 期号 as printed: `第9期`.
    pub issue: String,
    /// 期号 as a number.
    pub number: u32,
    /// Issue date (front matter `date`), if given.
    pub date: Option<Date>,
    /// The issue date as printed: `2021年10月12日`.
    pub date_text: Option<String>,
    /// Built with `--draft`: marked 草稿 (draft).
    pub draft: bool,
    /// The site's publisher (site.yaml `publisher`): the 发文机关署名 and
    /// 印发机关 of the paper formats.
    pub publisher: String,
    /// 发文机关标志 (site.yaml `issuer`, default the publisher).
    pub issuer: String,
    /// 发文字号 (front matter `doc_number`).
    pub doc_number: Option<String>,
    /// 主送机关 (front matter `recipients`), without the closing colon.
    pub recipients: Option<String>,
    /// 抄送机关 (front matter `cc`), without the closing 。.
    pub cc: Option<String>,
}

/// The commentary of a bulletin.
#[derive(Clone, Debug)]
pub struct Commentary {
    /// Markdown with its figures already filled in (Markdown-escaped), or the
    /// default summary; formats that are not HTML read this.
    pub markdown: String,
    /// The same commentary as sanitized HTML, for the web page.
    pub html: String,
}

/// A headline card: a big number with lines under it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Card {
    /// What the number is.
    pub label: String,
    /// The number, formatted.
    pub value: String,
    /// A line under it.
    pub sub: Option<String>,
    /// Comparisons (同比, 环比).
    pub deltas: Vec<String>,
    /// The figure is a warning (behind schedule, red flags).
    pub warn: bool,
}

/// A section: a heading and its blocks.
#[derive(Clone, Debug)]
pub struct Section {
    /// Stable id (the web page's anchor).
    pub id: &'static str,
    /// Heading.
    pub title: String,
    /// Content, in reading order.
    pub blocks: Vec<Block>,
}

/// A piece of a section.
#[derive(Clone, Debug)]
pub enum Block {
    /// A paragraph of plain text.
    Paragraph(String),
    /// A chart.
    Chart(Chart),
    /// A table.
    Table(Table),
    /// A list of plain-text items.
    List(Vec<String>),
}

/// A chart: its drawing and the table of its numbers.
#[derive(Clone, Debug)]
pub struct Chart {
    /// Stable id (the web page's anchor).
    pub id: String,
    /// Title.
    pub title: String,
    /// The chart as SVG (made by [`crate::charts`], text escaped there).
    pub svg: String,
    /// The same chart laid out for a phone (320 px wide).
    pub svg_narrow: String,
    /// The numbers behind it, when the section shows them.
    pub table: Option<Table>,
}

/// Another bulletin, for "previous" and "next".
#[derive(Clone, Debug)]
pub struct Neighbour {
    /// Its month.
    pub period: Month,
    /// Its title.
    pub title: String,
}

/// The bulletin's downloads, by file name in its folder.
#[derive(Clone, Debug)]
pub struct Files {
    /// The Excel workbook of its tables (`2021-09-tables.xlsx`).
    pub xlsx: String,
    /// The single-file copy (`2021-09-bulletin.html`).
    pub single: String,
    /// The 公文-style PDF (`2021-09.pdf`), when the build writes one.
    pub pdf: Option<String>,
    /// The Word file (`2021-09.docx`), when the build writes one.
    pub docx: Option<String>,
}

impl Bulletin {
    /// Every table of the bulletin, those under charts included, in reading order.
    pub fn tables(&self) -> impl Iterator<Item = &Table> {
        self.sections.iter().flat_map(|s| {
            s.blocks.iter().filter_map(|b| match b {
                Block::Table(t) => Some(t),
                Block::Chart(c) => c.table.as_ref(),
                _ => None,
            })
        })
    }

    /// The tables that are downloads (CSV files and workbook sheets): charts'
    /// tables first within each section, as the workbook orders its sheets.
    pub fn download_tables(&self) -> Vec<&Table> {
        self.sections
            .iter()
            .flat_map(|s| {
                let charts = s.blocks.iter().filter_map(|b| match b {
                    Block::Chart(c) => c.table.as_ref(),
                    _ => None,
                });
                let tables = s.blocks.iter().filter_map(|b| match b {
                    Block::Table(t) => Some(t),
                    _ => None,
                });
                charts.chain(tables)
            })
            .filter(|t| t.csv.is_some())
            .collect()
    }
}
