//! Writing an import's files: each written beside its place and renamed into
//! it, the site loaded back like `tongbao check` does, and everything undone
//! (new files removed, a replaced file restored) when it does not load.

use std::path::{Path, PathBuf};

use super::{usage, ImportError, Report};
use crate::diagnostics::{ImportMessage, Message, Text};

/// A file to write: path relative to the site, text, what it holds.
pub type Planned = (String, String, ImportMessage);

/// What was at a path before the import: its bytes, or nothing.
type Before = (PathBuf, Option<Vec<u8>>);

fn undo(done: &[Before]) {
    for (path, old) in done.iter().rev() {
        let _ = match old {
            Some(bytes) => std::fs::write(path, bytes),
            None => std::fs::remove_file(path),
        };
    }
}

/// Writes `path` through a temporary file beside it and a rename, so that no
/// half-written file is ever in place.
fn write_whole(path: &Path, text: &str) -> std::io::Result<()> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = path.with_file_name(format!(".{name}.tongbao-import"));
    std::fs::write(&tmp, text)?;
    std::fs::rename(&tmp, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&tmp);
    })
}

/// Writes the files (replacing only those in `replace`), then loads the site
/// back; on any error puts everything back as it was.
pub fn write_checked(
    site: &Path,
    mut report: Report,
    files: Vec<Planned>,
    replace: &[String],
) -> Result<Report, ImportError> {
    for (rel, _, _) in &files {
        if site.join(rel).exists() && !replace.contains(rel) {
            return Err(usage(ImportMessage::WouldOverwrite { file: rel.clone() }));
        }
    }
    if files.is_empty() {
        report.lines.push(ImportMessage::NothingToWrite);
        return Ok(report);
    }
    let mut done: Vec<Before> = Vec::new();
    for (rel, text, _) in &files {
        let path = site.join(rel);
        let before = std::fs::read(&path).ok();
        if let Err(e) = write_whole(&path, text) {
            undo(&done);
            let err = Message::CannotWrite {
                path: rel.clone(),
                // The operating system's words, translated through the older catalog.
                err: Text::English(e.to_string()),
            };
            return Err(ImportError::Written(err.into(), Vec::new()));
        }
        done.push((path, before));
    }
    let loaded = crate::content::load(site);
    let rels: Vec<&str> = files.iter().map(|(r, _, _)| r.as_str()).collect();
    if loaded.ledger.is_none() {
        undo(&done);
        return Err(ImportError::Written(
            ImportMessage::ImportUndone.into(),
            loaded.diagnostics,
        ));
    }
    report.warnings = loaded
        .diagnostics
        .into_iter()
        .filter(|d| d.file.as_deref().is_some_and(|f| rels.contains(&f)))
        .collect();
    report.written = files
        .iter()
        .map(|(r, _, what)| ImportMessage::Wrote {
            file: r.clone(),
            what: Box::new(what.clone()),
        })
        .collect();
    Ok(report)
}
