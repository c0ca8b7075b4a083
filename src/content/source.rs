//! Finding and reading the site's files: UTF-8 (a byte-order mark is accepted).

use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use crate::diagnostics::{Diagnostic, LoadMessage, Text};

/// A content file read into memory.
#[derive(Clone, Debug)]
pub struct Source {
    /// Path relative to the site folder, `/`-separated (`content/projects/a.yaml`).
    pub rel: String,
    /// The text, without a byte-order mark.
    pub text: String,
    /// Where its nodes stand, once a diagnostic asked (shared by its copies).
    pub positions: super::positions::Index,
}

/// `path` relative to `base`, `/`-separated, for messages and page paths.
pub fn rel_path(base: &Path, path: &Path) -> String {
    let p = path.strip_prefix(base).unwrap_or(path);
    p.components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

/// The largest YAML file tongbao reads (site.yaml, units.yaml, a ledger or
/// progress file, problems.yaml): 16 MiB, some 40,000 projects in one file.
pub const MAX_YAML_BYTES: u64 = 16 << 20;

/// The largest Markdown file (a commentary or page) or theme template: 1 MiB,
/// some 300,000 Chinese characters.
pub const MAX_TEXT_BYTES: u64 = 1 << 20;

/// The size limit of a content file, by its extension.
pub fn max_bytes(path: &Path) -> u64 {
    match path.extension().and_then(|e| e.to_str()) {
        Some("yaml" | "yml") => MAX_YAML_BYTES,
        _ => MAX_TEXT_BYTES,
    }
}

/// Whether anything (a file, a folder, a link, even a broken one) is at `path`.
pub fn is_present(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_ok()
}

/// Reads `path` as UTF-8 text; a diagnostic names the file (and the first bad byte's
/// line and column) when it is not UTF-8. A symbolic link is not followed, and a
/// file larger than [`max_bytes`] is refused before it is read.
pub fn read(site: &Path, path: &Path) -> Result<Source, Diagnostic> {
    let raw = read_raw(site, path)?;
    decode(raw.rel, raw.bytes)
}

/// A file's bytes as read, before they are decoded, with its modification time.
#[derive(Debug)]
pub struct Raw {
    /// Path relative to the site folder, `/`-separated.
    pub rel: String,
    /// The bytes.
    pub bytes: Vec<u8>,
    /// When the file was last modified, where the system tells.
    pub modified: Option<std::time::SystemTime>,
}

/// Reads `path` as [`read`] does, without decoding it.
pub fn read_raw(site: &Path, path: &Path) -> Result<Raw, Diagnostic> {
    let rel = rel_path(site, path);
    match read_capped(path, max_bytes(path)) {
        Ok((bytes, modified)) => Ok(Raw {
            rel,
            bytes,
            modified,
        }),
        Err(e) => Err(e.diagnostic(rel)),
    }
}

/// Why a file was not read.
enum ReadError {
    Io(std::io::Error),
    Link,
    NotAFile,
    TooBig(u64, u64),
}

impl ReadError {
    fn diagnostic(self, rel: String) -> Diagnostic {
        match self {
            ReadError::Io(e) => Diagnostic::error(
                rel,
                LoadMessage::CannotReadFile {
                    err: os_error(&e.to_string()),
                },
            )
            .hint(LoadMessage::CheckFileReadable),
            ReadError::Link => {
                Diagnostic::error(rel, LoadMessage::FileIsSymlink).hint(LoadMessage::PutCopyHere)
            }
            ReadError::NotAFile => {
                Diagnostic::error(rel, LoadMessage::NotAFile).hint(LoadMessage::MoveItAway)
            }
            ReadError::TooBig(len, limit) => too_big(rel, len, limit),
        }
    }
}

/// The error for a file of `len` bytes over its kind's `limit`.
pub fn too_big(rel: String, len: u64, limit: u64) -> Diagnostic {
    let hint = if limit == MAX_YAML_BYTES {
        LoadMessage::SplitLedger
    } else {
        LoadMessage::ShortenOrSplit
    };
    Diagnostic::error(
        rel,
        LoadMessage::FileTooLarge {
            size: size(len),
            limit: size(limit),
        },
    )
    .hint(hint)
}

/// An error of the operating system's (or of a folder walk) as it stands in
/// a message: English, translated through the older catalog's entries for
/// the system's errors (`Permission denied (os error 13)`), which other parts
/// of tongbao print too.
pub fn os_error(e: &str) -> Text {
    Text::English(e.to_string())
}

/// A size for messages: `16 MB`, `52.4 MB`, `900 KB`.
fn size(bytes: u64) -> String {
    let mb = bytes as f64 / f64::from(1u32 << 20);
    if mb >= 1.0 {
        format!("{} MB", (mb * 10.0).round() / 10.0)
    } else {
        format!("{} KB", (bytes as f64 / 1024.0).ceil())
    }
}

/// Reads at most `limit` bytes of a regular file that is not a link, with its
/// modification time.
fn read_capped(
    path: &Path,
    limit: u64,
) -> Result<(Vec<u8>, Option<std::time::SystemTime>), ReadError> {
    use std::io::Read;
    let meta = std::fs::symlink_metadata(path).map_err(ReadError::Io)?;
    if meta.file_type().is_symlink() {
        return Err(ReadError::Link);
    }
    if !meta.is_file() {
        return Err(ReadError::NotAFile);
    }
    if meta.len() > limit {
        return Err(ReadError::TooBig(meta.len(), limit));
    }
    let file = std::fs::File::open(path).map_err(ReadError::Io)?;
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    // The file may grow between the size check and the read: read one byte past
    // the limit at most.
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(ReadError::Io)?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooBig(bytes.len() as u64, limit));
    }
    Ok((bytes, meta.modified().ok()))
}

/// Decodes bytes read from `rel` as UTF-8, dropping a byte-order mark.
pub fn decode(rel: String, bytes: Vec<u8>) -> Result<Source, Diagnostic> {
    let bytes = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => rest.to_vec(),
        None => bytes,
    };
    match String::from_utf8(bytes) {
        Ok(text) => Ok(Source {
            rel,
            text,
            positions: Default::default(),
        }),
        Err(e) => {
            let good = &e.as_bytes()[..e.utf8_error().valid_up_to()];
            let prefix = String::from_utf8_lossy(good);
            let line = prefix.matches('\n').count() + 1;
            let column = prefix.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            let utf16 =
                e.as_bytes().starts_with(b"\xFF\xFE") || e.as_bytes().starts_with(b"\xFE\xFF");
            let looks_like = if utf16 {
                LoadMessage::AsWritten {
                    text: "UTF-16".to_string(),
                }
            } else {
                LoadMessage::LooksLikeGbk
            };
            Err(Diagnostic::error(
                rel,
                LoadMessage::NotUtf8 {
                    looks_like: Box::new(looks_like),
                },
            )
            .at(line, column)
            .hint(LoadMessage::ResaveAsUtf8))
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
    match std::fs::symlink_metadata(dir) {
        Ok(m) if m.file_type().is_symlink() => {
            diags.push(link_skipped(site, dir));
            return (files, diags);
        }
        Ok(m) if m.is_dir() => {}
        _ => return (files, diags),
    }
    let walker = WalkDir::new(dir)
        .follow_links(false)
        .follow_root_links(false)
        .sort_by_file_name()
        .into_iter();
    let walker = walker
        .filter_entry(|e| e.depth() == 0 || !is_ignored_name(&e.file_name().to_string_lossy()));
    for entry in walker {
        match entry {
            Ok(e) if e.file_type().is_file() => files.push(e.into_path()),
            Ok(e) if e.file_type().is_symlink() => diags.push(link_skipped(site, e.path())),
            Ok(e) if e.file_type().is_dir() => {}
            // A named pipe, a socket or a device: never read (a read could
            // wait forever), and never left out without a word.
            Ok(e) => diags.push(
                Diagnostic::warning(rel_path(site, e.path()), LoadMessage::NotARegularFile)
                    .hint(LoadMessage::PutRegularFiles),
            ),
            Err(err) => {
                let rel = err.path().map(|p| rel_path(site, p));
                diags.push(Diagnostic::error(
                    rel,
                    LoadMessage::CannotReadFolder {
                        err: os_error(&err.to_string()),
                    },
                ));
            }
        }
    }
    (files, diags)
}

fn link_skipped(site: &Path, path: &Path) -> Diagnostic {
    Diagnostic::warning(rel_path(site, path), LoadMessage::SymlinkSkipped)
        .hint(LoadMessage::CopyInstead)
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
        assert!(
            d.message.to_string().contains("not UTF-8") && d.message.to_string().contains("GBK")
        );
        assert!(d.hint.unwrap().to_string().contains("UTF-8"));
    }
}
