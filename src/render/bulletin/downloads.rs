//! The downloads beside a bulletin page, rendered from its document: a CSV
//! file per table and one Excel workbook of them all.

use crate::diagnostics::Diagnostic;
use crate::document::Bulletin;
use crate::model::{Date, Language};
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
    Ok(files)
}

/// The bulletin's tables as one Excel workbook, dated by the bulletin's issue
/// date, else the 1st of the next month.
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
        money_suffix: match ctx.lang() {
            Language::En => " (10,000 yuan)".into(),
            Language::ZhTw => "（萬元）".into(),
            Language::ZhCn => "（万元）".into(),
        },
        pct_decimals: ctx.fmt.pct_decimals,
    };
    match crate::render::xlsx::to_xlsx(&doc.download_tables(), &info) {
        Ok(bytes) => Ok((doc.files.xlsx.clone(), bytes)),
        Err(e) => Err(vec![Diagnostic::error(
            paths::bulletin_file(doc.period, &doc.files.xlsx),
            format!("cannot write the Excel workbook: {e}"),
        )]),
    }
}
