//! A month's bulletin: [`document`] builds it once as a format-neutral
//! [`crate::document::Bulletin`] (cards, commentary, sections of charts and
//! tables); [`build`] renders that document into the web page's view and the
//! downloads beside it (a CSV file per table, one Excel workbook). The PDF and
//! Word renderers read the same document.

mod cards;
mod cells;
mod downloads;
mod lists;
mod overview;

pub use cards::cards;
pub(crate) use cells::{group_table, money_cell, rate_cell, totals_cells};

use serde::Serialize;

use super::table::HtmlTable;
use super::view::{fill, Card, Chart, Ctx, Link};
use crate::diagnostics::Diagnostic;
use crate::document::{self, Block, Bulletin, Commentary, Files, Front, Neighbour, Table};
use crate::metrics::MonthMetrics;
use crate::model::Month;
use crate::site::output::OutFile;
use crate::site::paths;

/// A section as the bulletin template sees it: a heading, its charts, then
/// its tables.
#[derive(Debug, Serialize)]
pub struct Section {
    /// Anchor id.
    pub id: &'static str,
    /// Heading.
    pub title: String,
    /// Charts.
    pub charts: Vec<Chart>,
    /// Tables.
    pub tables: Vec<HtmlTable>,
}

/// A bulletin as its template sees it (`bulletin` in bulletin.html).
#[derive(Debug, Serialize)]
pub struct BulletinView {
    /// Title.
    pub title: String,
    /// 第N期.
    pub issue: String,
    /// Issue date.
    pub date: Option<String>,
    /// Big-number cards.
    pub cards: Vec<Card>,
    /// Commentary (or the default summary) as HTML.
    pub commentary_html: String,
    /// Built with `--draft`: the page is marked 草稿 (draft).
    pub draft: bool,
    /// Sections.
    pub sections: Vec<Section>,
    /// Previous bulletin.
    pub prev: Option<Link>,
    /// Next bulletin.
    pub next: Option<Link>,
    /// The Excel workbook of the tables beside the page (`2021-09-tables.xlsx`).
    pub xlsx: String,
    /// The single-file copy beside the page (`2021-09-bulletin.html`).
    pub single: String,
    /// 发文字号 (front matter `doc_number`).
    pub doc_number: Option<String>,
    /// 主送机关 (front matter `recipients`), without the closing colon.
    pub recipients: Option<String>,
    /// 抄送机关 (front matter `cc`), without the closing 。.
    pub cc: Option<String>,
    /// The PDF (公文) file beside the page, when the build writes it.
    pub pdf: Option<String>,
    /// The Word file beside the page, when the build writes it.
    pub docx: Option<String>,
}

/// A section while it is assembled: its charts, then its tables.
pub(crate) struct Parts {
    /// Anchor id.
    pub id: &'static str,
    /// Heading.
    pub title: String,
    /// Charts.
    pub charts: Vec<document::Chart>,
    /// Tables.
    pub tables: Vec<Table>,
}

impl From<Parts> for document::Section {
    fn from(p: Parts) -> document::Section {
        document::Section {
            id: p.id,
            title: p.title,
            blocks: p
                .charts
                .into_iter()
                .map(Block::Chart)
                .chain(p.tables.into_iter().map(Block::Table))
                .collect(),
        }
    }
}

/// The default title of a month's bulletin.
pub fn default_title(ctx: &Ctx, m: Month) -> String {
    crate::render::view::fill(ctx.w("bulletin_title"), ctx.month_name(m))
}

/// The bulletin's title (front matter, else the default).
pub fn title(ctx: &Ctx, m: Month) -> String {
    ctx.ledger
        .bulletins
        .get(&m)
        .and_then(|c| c.title.clone())
        .unwrap_or_else(|| default_title(ctx, m))
}

/// 期号: the front matter's number, else the month's rank among that year's bulletins.
pub fn number(ctx: &Ctx, m: Month) -> u32 {
    if let Some(n) = ctx.ledger.bulletins.get(&m).and_then(|c| c.number) {
        return n;
    }
    ctx.ledger
        .months
        .iter()
        .filter(|x| x.year == m.year && **x <= m)
        .count() as u32
}

/// The bulletin of month index `i` of `ctx.metrics` as a document.
pub fn document(ctx: &Ctx, i: usize) -> Result<Bulletin, Vec<Diagnostic>> {
    let m = &ctx.metrics[i];
    let prev = i.checked_sub(1).map(|j| &ctx.metrics[j]);
    let neighbour = |x: &MonthMetrics| Neighbour {
        period: x.period,
        title: title(ctx, x.period),
    };
    let written = super::commentary::written(ctx, m)?;
    let sections: Vec<document::Section> = [
        overview::overall(ctx, m),
        super::breakdown::stages(ctx, m),
        overview::categories(ctx, m),
        overview::groups(ctx, m),
        lists::ranking(ctx, m, prev),
        lists::flags(ctx, m),
        lists::problems(ctx, m),
        lists::promotion(ctx, m),
    ]
    .into_iter()
    .map(document::Section::from)
    .collect();
    let c = ctx.ledger.bulletins.get(&m.period);
    let date = c.and_then(|c| c.date);
    let number = number(ctx, m.period);
    Ok(Bulletin {
        period: m.period,
        front: Front {
            title: title(ctx, m.period),
            issue: fill(ctx.w("issue_no"), number),
            number,
            date,
            date_text: date.map(|d| ctx.date(d)),
            draft: ctx.ledger.site.draft,
            publisher: ctx.ledger.site.publisher.clone(),
            issuer: ctx.ledger.site.issuer.clone(),
            doc_number: c.and_then(|c| c.doc_number.clone()),
            recipients: c.and_then(|c| c.recipients.clone()),
            cc: c.and_then(|c| c.cc.clone()),
        },
        cards: cards(ctx, m, prev),
        commentary: Commentary {
            markdown: written.markdown,
            html: written.html,
        },
        sections,
        prev: prev.map(neighbour),
        next: ctx.metrics.get(i + 1).map(neighbour),
        files: Files {
            xlsx: format!("{}-tables.xlsx", m.period),
            single: file_name(&paths::bulletin_single(m.period)),
            pdf: paper_formats(ctx).0.then(|| {
                file_name(&paths::bulletin_file(
                    m.period,
                    &format!("{}.pdf", m.period),
                ))
            }),
            docx: paper_formats(ctx).1.then(|| {
                file_name(&paths::bulletin_file(
                    m.period,
                    &format!("{}.docx", m.period),
                ))
            }),
        },
    })
}

/// Whether the build writes each bulletin's PDF and Word file: with the
/// `paper` feature, unless site.yaml says `paper: false`; the PDF only where
/// the machine has a font with Chinese characters.
pub fn paper_formats(ctx: &Ctx) -> (bool, bool) {
    #[cfg(feature = "paper")]
    {
        let on = ctx.ledger.site.paper;
        (on && crate::paper::fonts::system().has_chinese(), on)
    }
    #[cfg(not(feature = "paper"))]
    {
        let _ = ctx;
        (false, false)
    }
}

/// The last part of a path.
fn file_name(path: &str) -> String {
    path.rsplit('/').next().unwrap_or_default().to_string()
}

/// Builds the bulletin of month index `i` of `ctx.metrics`; returns the web
/// page's view and the downloads beside it: a CSV file per table and the Excel
/// workbook of them all (name, bytes).
pub fn build(ctx: &Ctx, i: usize) -> Result<(BulletinView, Vec<OutFile>), Vec<Diagnostic>> {
    let doc = document(ctx, i)?;
    let files = downloads::files(ctx, &doc)?;
    Ok((view(doc), files))
}

/// The web page's view of a bulletin document, which it takes: its tables
/// (10,000 rows of a large site's) are moved, not copied.
pub fn view(doc: Bulletin) -> BulletinView {
    let link = |n: &Neighbour| Link {
        title: n.title.clone(),
        href: format!("../../{}", paths::bulletin(n.period)),
    };
    BulletinView {
        title: doc.front.title.clone(),
        issue: doc.front.issue.clone(),
        date: doc.front.date_text.clone(),
        cards: doc.cards.iter().map(Card::from).collect(),
        commentary_html: doc.commentary.html.clone(),
        draft: doc.front.draft,
        sections: doc.sections.into_iter().map(section_view).collect(),
        prev: doc.prev.as_ref().map(link),
        next: doc.next.as_ref().map(link),
        xlsx: doc.files.xlsx.clone(),
        single: doc.files.single.clone(),
        doc_number: doc.front.doc_number.clone(),
        recipients: doc.front.recipients.clone(),
        cc: doc.front.cc.clone(),
        pdf: doc.files.pdf.clone(),
        docx: doc.files.docx.clone(),
    }
}

/// A document section as the template sees it.
fn section_view(s: document::Section) -> Section {
    let mut out = Section {
        id: s.id,
        title: s.title,
        charts: Vec::new(),
        tables: Vec::new(),
    };
    for b in s.blocks {
        match b {
            Block::Chart(c) => out.charts.push(Chart::from(&c)),
            Block::Table(t) => out.tables.push(HtmlTable::from(t)),
            // Bulletins have no free paragraphs or lists outside the
            // commentary yet; the page would show them under the tables.
            Block::Paragraph(_) | Block::List(_) => {}
        }
    }
    out
}

impl BulletinView {
    /// About how many bytes its page takes: its tables, charts and commentary
    /// (a large site's are megabytes), and room for the rest. The page is
    /// rendered into a buffer of this size, not one grown by doubling.
    pub fn page_len(&self) -> usize {
        let html = |t: &HtmlTable| t.html.as_ref().map_or(0, String::len);
        let sections: usize = self
            .sections
            .iter()
            .map(|s| {
                s.tables.iter().map(html).sum::<usize>()
                    + s.charts
                        .iter()
                        .map(|c| {
                            c.svg.len() + c.svg_narrow.len() + c.table.as_ref().map_or(0, html)
                        })
                        .sum::<usize>()
            })
            .sum();
        sections + self.commentary_html.len() + 64 * 1024
    }
}

impl super::view::Tables for BulletinView {
    fn tables_mut(&mut self) -> Vec<&mut HtmlTable> {
        self.sections
            .iter_mut()
            .flat_map(|s| {
                s.tables
                    .iter_mut()
                    .chain(super::view::chart_tables(&mut s.charts))
            })
            .collect()
    }
}
