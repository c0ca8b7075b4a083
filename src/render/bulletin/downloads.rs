//! The downloads beside a bulletin page, rendered from its document: a CSV
//! file per table and one Excel workbook of them all.

use crate::diagnostics::{Diagnostic, SiteMessage, Text};
use crate::document::Bulletin;
use crate::model::Date;
use crate::render::view::Ctx;
use crate::site::output::OutFile;
use crate::site::paths;

/// The CSV files of the bulletin's tables and its workbook (name, bytes).
pub fn files(ctx: &Ctx, doc: &Bulletin) -> Result<Vec<OutFile>, Vec<Diagnostic>> {
    let mut files: Vec<OutFile> = doc
        .tables()
        .filter_map(|t| Some((t.csv.clone()?, crate::render::csv::to_csv(t))))
        .collect();
    files.push(workbook(ctx, doc)?);
    #[cfg(feature = "paper")]
    files.extend(paper(ctx, doc)?);
    Ok(files)
}

/// The bulletin's 公文-style PDF and Word file, as its document's files name them.
#[cfg(feature = "paper")]
fn paper(ctx: &Ctx, doc: &Bulletin) -> Result<Vec<OutFile>, Vec<Diagnostic>> {
    let mut out = Vec::new();
    if doc.files.pdf.is_none() && doc.files.docx.is_none() {
        return Ok(out);
    }
    let fonts = crate::paper::fonts::system();
    let paper = crate::paper::from_document::paper(doc, &ctx.ledger.site);
    if let Some(name) = &doc.files.pdf {
        let made = reuse_or_make(
            ctx,
            doc,
            name,
            crate::paper::key(&paper, fonts, "pdf"),
            || {
                crate::paper::pdf::render(&paper, fonts).map_err(|e| {
                    Diagnostic::error(
                        paths::bulletin_file(doc.period, name),
                        SiteMessage::CannotTypesetPdf {
                            error: e.to_string(),
                        },
                    )
                    .hint(SiteMessage::LayoutDefectHint)
                })
            },
        );
        out.push(made.map_err(|d| vec![d])?);
    }
    if let Some(name) = &doc.files.docx {
        let made = reuse_or_make(
            ctx,
            doc,
            name,
            crate::paper::key(&paper, fonts, "docx"),
            || {
                crate::paper::docx::render(&paper, fonts).map_err(|e| {
                    Diagnostic::error(
                        paths::bulletin_file(doc.period, name),
                        SiteMessage::CannotWriteWord {
                            error: e.to_string(),
                        },
                    )
                })
            },
        );
        out.push(made.map_err(|d| vec![d])?);
    }
    Ok(out)
}

/// The file `name` of the bulletin: the previous output's bytes when they
/// carry `key` (the same input), else what `make` makes.
fn reuse_or_make(
    ctx: &Ctx,
    doc: &Bulletin,
    name: &str,
    key: String,
    make: impl FnOnce() -> Result<Vec<u8>, Diagnostic>,
) -> Result<OutFile, Diagnostic> {
    let path = paths::bulletin_file(doc.period, name);
    let bytes = match ctx.prior.reuse(&path, &key) {
        Some(bytes) => bytes,
        None => make()?,
    };
    Ok((name.to_string(), bytes))
}

/// The bulletin's tables as one Excel workbook, dated by the bulletin's issue
/// date, else the 1st of the next month; the previous build's workbook when
/// its key is the same.
fn workbook(ctx: &Ctx, doc: &Bulletin) -> Result<OutFile, Vec<Diagnostic>> {
    let next = doc.period.next();
    let info = crate::render::xlsx::WorkbookInfo {
        title: doc.front.title.clone(),
        author: doc.front.publisher.clone(),
        created: doc.front.date.unwrap_or(Date {
            year: next.year,
            month: next.month,
            day: 1,
        }),
        money_suffix: ctx.w("wan_suffix").into(),
        pct_decimals: ctx.fmt.pct_decimals,
    };
    let tables = doc.download_tables();
    let key = crate::render::xlsx::key(&tables, &info);
    let name = &doc.files.xlsx;
    reuse_or_make(ctx, doc, name, key.clone(), || {
        match crate::render::xlsx::to_xlsx(&tables, &info) {
            Ok(bytes) => Ok(crate::render::xlsx::with_key(bytes, &key)),
            Err(e) => Err(Diagnostic::error(
                paths::bulletin_file(doc.period, name),
                SiteMessage::CannotWriteWorkbook {
                    // The workbook writer's words, through the older catalog.
                    err: Text::English(e.to_string()),
                },
            )),
        }
    })
    .map_err(|d| vec![d])
}
