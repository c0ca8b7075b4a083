//! The workbook's zip package: the parts in the order Excel writes them, each
//! compressed, with a fixed date and permissions (same tables, same bytes).

use std::io::Write;

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

use super::book::{sheet_name, WorkbookInfo};
use super::{parts, sheet};
use crate::document::Table;

/// zlib's compression level for the parts. Measured on the 24 workbooks of a
/// 10,000-project site (the real shape of bench/run.sh): level 1 (zlib-rs's
/// quick deflate) writes each in four fifths of level 2's time, 35 % larger
/// (725 KB instead of 535 KB for 10,000 projects; level 6, rust_xlsxwriter's,
/// is smaller still and takes more than twice level 2's time). A download of
/// that size is no burden; the time is, at every build.
const LEVEL: i64 = 1;

/// Excel's limits on a sheet: rows, and columns.
const MAX_ROWS: usize = 1_048_576;
const MAX_COLUMNS: usize = 16_384;

/// The workbook of `tables` with `info` as .xlsx bytes, or why it cannot be
/// made (a table beyond a sheet's limits, which Excel would refuse to open).
pub fn write(tables: &[&Table], info: &WorkbookInfo) -> Result<Vec<u8>, String> {
    for t in tables {
        if t.rows.len() + 1 > MAX_ROWS || t.columns.len() > MAX_COLUMNS {
            return Err(format!(
                "table \"{}\" has {} rows and {} columns: an Excel sheet holds at most {MAX_ROWS} rows and {MAX_COLUMNS} columns",
                t.title,
                t.rows.len() + 1,
                t.columns.len()
            ));
        }
    }
    // A workbook holds at least one sheet (Excel refuses one without): a
    // bulletin without a table to download gets one empty sheet.
    let blank = Table::new("sheet", "Sheet1", Vec::new());
    let tables: Vec<&Table> = if tables.is_empty() {
        vec![&blank]
    } else {
        tables.to_vec()
    };
    zipped(&tables, info).map_err(|e| e.to_string())
}

/// The parts of the workbook, zipped.
fn zipped(tables: &[&Table], info: &WorkbookInfo) -> zip::result::ZipResult<Vec<u8>> {
    let mut names: Vec<String> = Vec::with_capacity(tables.len());
    for t in tables {
        let name = sheet_name(&t.title, &names);
        names.push(name);
    }
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .compression_level(Some(LEVEL))
        .unix_permissions(0o600)
        .last_modified_time(DateTime::default());
    let mut zip = ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let part = |zip: &mut ZipWriter<_>, name: &str, text: &str| {
        zip.start_file(name, options)?;
        zip.write_all(text.as_bytes())?;
        Ok::<(), zip::result::ZipError>(())
    };
    part(
        &mut zip,
        "[Content_Types].xml",
        &parts::content_types(tables.len()),
    )?;
    part(&mut zip, "_rels/.rels", &parts::root_rels())?;
    part(&mut zip, "docProps/app.xml", &parts::app(&names))?;
    part(&mut zip, "docProps/core.xml", &parts::core(info))?;
    part(
        &mut zip,
        "xl/_rels/workbook.xml.rels",
        &parts::workbook_rels(tables.len()),
    )?;
    part(&mut zip, "xl/workbook.xml", &parts::workbook(&names))?;
    part(&mut zip, "xl/styles.xml", &parts::styles(info.pct_decimals))?;
    let mut strings = sheet::Strings::default();
    let mut xml = String::new();
    for (i, t) in tables.iter().enumerate() {
        xml.clear();
        sheet::write(&mut xml, t, info, &mut strings);
        part(&mut zip, &format!("xl/worksheets/sheet{}.xml", i + 1), &xml)?;
    }
    part(&mut zip, "xl/sharedStrings.xml", &strings.xml())?;
    Ok(zip.finish()?.into_inner())
}
