//! Finding and reading the site's files: UTF-8 (a byte-order mark is accepted).

use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use crate::diagnostics::Diagnostic;

/// A content file read into memory.
#[derive(Clone, Debug)]
pub struct Source {
    /// Path relative to the site folder, `/`-separated (`content/projects/a.yaml`).
    pub rel: String,
    /// The text, without a byte-order mark.
    pub text: String,
}

/// `path` relative to `base`, `/`-separated, for messages and page paths.
pub fn rel_path(base: &Path, path: &Path) -> String {
    let p = path.strip_prefix(base).unwrap_or(path);
    p.components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

/// Reads `path` as UTF-8 text; a diagnostic names the file (and the first bad byte's
/// line and column) when it is not UTF-8.
pub fn read(site: &Path, path: &Path) -> Result<Source, Diagnostic> {
    let rel = rel_path(site, path);
    let bytes = std::fs::read(path).map_err(|e| {
        Diagnostic::error(rel.clone(), format!("cannot read the file: {e}"))
            .hint("check that the file exists and is readable")
    })?;
    decode(rel, bytes)
}

/// Decodes bytes read from `rel` as UTF-8, dropping a byte-order mark.
pub fn decode(rel: String, bytes: Vec<u8>) -> Result<Source, Diagnostic> {
    let bytes = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => rest.to_vec(),
        None => bytes,
    };
    match String::from_utf8(bytes) {
        Ok(text) => Ok(Source { rel, text }),
        Err(e) => {
            let good = &e.as_bytes()[..e.utf8_error().valid_up_to()];
            let prefix = String::from_utf8_lossy(good);
            let line = prefix.matches('\n').count() + 1;
            let column = prefix.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            let utf16 =
                e.as_bytes().starts_with(b"\xFF\xFE") || e.as_bytes().starts_with(b"\xFE\xFF");
            let what = if utf16 {
                "UTF-16"
            } else {
                "GBK or GB18030, as Windows programs often save Chinese text"
            };
            Err(Diagnostic::error(rel, format!("the file is not UTF-8 (it looks like {what})"))
                .at(line, column)
                .hint("re-save it as UTF-8: in Notepad choose 另存为 → 编码 UTF-8; in VS Code click the encoding in the status bar and choose \"Save with Encoding\" → UTF-8"))
        }
    }
}

/// Whether a file name is one a user would not mean as content (hidden, editor backup).
pub fn is_ignored_name(name: &str) -> bool {
    name.starts_with('.') || name.ends_with('~') || name.starts_with("~$") || name.starts_with('#')
}

/// The files under `dir` (sub-folders walked), sorted by path, without hidden or
/// backup files; links are not followed. Diagnostics for unreadable entries.
pub fn walk_files(site: &Path, dir: &Path) -> (Vec<PathBuf>, Vec<Diagnostic>) {
    let mut files = Vec::new();
    let mut diags = Vec::new();
    if !dir.is_dir() {
        return (files, diags);
    }
    let walker = WalkDir::new(dir)
        .follow_links(false)
        .sort_by_file_name()
        .into_iter();
    let walker = walker
        .filter_entry(|e| e.depth() == 0 || !is_ignored_name(&e.file_name().to_string_lossy()));
    for entry in walker {
        match entry {
            Ok(e) if e.file_type().is_file() => files.push(e.into_path()),
            Ok(e) if e.file_type().is_symlink() => diags.push(
                Diagnostic::warning(rel_path(site, e.path()), "symbolic link skipped")
                    .hint("links are not followed, so that a build never reads outside the site; copy the file instead"),
            ),
            Ok(_) => {}
            Err(err) => {
                let rel = err.path().map(|p| rel_path(site, p));
                diags.push(Diagnostic::error(rel, format!("cannot read the folder: {err}")));
            }
        }
    }
    (files, diags)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_is_dropped() {
        let s = decode("a".into(), b"\xEF\xBB\xBFtitle: x".to_vec()).unwrap();
        assert_eq!(s.text, "title: x");
    }

    #[test]
    fn gbk_is_named_with_position() {
        // "标题" in GBK is B1 EA CC E2.
        let d = decode(
            "content/site.yaml".into(),
            b"a: 1\ntitle: \xB1\xEA\xCC\xE2\n".to_vec(),
        )
        .unwrap_err();
        assert_eq!((d.line, d.column), (Some(2), Some(8)));
        assert!(d.message.contains("not UTF-8") && d.message.contains("GBK"));
        assert!(d.hint.unwrap().contains("UTF-8"));
    }
}
