//! What a build may reuse of the output it replaces: the bulletins' PDF and
//! Word files, which take far longer to make than everything else of a site
//! (Typst typesets each PDF in about 0.4 s), and their Excel workbooks (a
//! quarter of a large site's build). Each of those files carries the key of
//! its input (`paper::key`, `render::xlsx::key`: the bulletin's value, its
//! charts, the fonts, and the code that made it); a build that comes to the
//! same key takes the file's bytes instead of making it again, as Hugo's
//! resource cache and Quarto's freeze do.
//!
//! Only a file the previous build wrote is reused: the output folder's marker
//! lists each file with the hash of its bytes, and a file whose bytes are not
//! those bytes (edited, truncated, copied over) is made again. A file is read
//! only when a build asks for it.

use std::path::{Path, PathBuf};

use rustc_hash::FxHashMap;

use super::manifest;

/// The previous output's reusable files, by path under the output folder,
/// with the hash of their bytes the marker lists.
#[derive(Debug, Default)]
pub struct Prior {
    out: PathBuf,
    files: FxHashMap<String, u64>,
}

impl Prior {
    /// Nothing to reuse (a first build, a check).
    pub fn none() -> Prior {
        Prior::default()
    }

    /// The files under bulletins/ of the output folder `out` that end in one
    /// of `extensions` and that its marker lists with the hash of their
    /// bytes. A folder without a marker gives nothing to reuse.
    pub fn read(out: &Path, extensions: &[&str]) -> Prior {
        let Some(listed) = manifest::listed_files(out) else {
            return Prior::none();
        };
        let files = listed
            .into_iter()
            .filter(|(path, _)| {
                path.starts_with("bulletins/")
                    && !path
                        .split('/')
                        .any(|c| c.is_empty() || c == "." || c == ".." || c.contains('\\'))
                    && extensions.iter().any(|e| path.ends_with(&format!(".{e}")))
            })
            .filter_map(|(path, hash)| Some((path, hash?)))
            .collect();
        Prior {
            out: out.to_path_buf(),
            files,
        }
    }

    /// The previous bytes of `path` when the previous build wrote them (the
    /// marker's hash) and they were made from the input of `key` (the file
    /// carries the key), else `None`: the file is then made again.
    pub fn reuse(&self, path: &str, key: &str) -> Option<Vec<u8>> {
        let listed = *self.files.get(path)?;
        let bytes = std::fs::read(self.out.join(path)).ok()?;
        (manifest::hash(&bytes) == listed
            && memchr::memmem::rfind(&bytes, key.as_bytes()).is_some())
        .then_some(bytes)
    }

    /// How many files there are to reuse.
    pub fn len(&self) -> usize {
        self.files.len()
    }

    /// Whether there is nothing to reuse.
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folder(files: &[(&str, &[u8])], listed: &[(&str, Option<u64>)]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for (path, bytes) in files {
            let p = dir.path().join(path);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, bytes).unwrap();
        }
        let marker = manifest::marker_text(listed.iter().copied());
        std::fs::write(dir.path().join(manifest::MARKER), marker).unwrap();
        dir
    }

    #[test]
    fn reuses_a_listed_file_with_its_key() {
        let pdf: &[u8] = b"%PDF-1.7 ... /Keywords (tongbao-pdf-00ff) ... %%EOF";
        let path = "bulletins/2021-09/2021-09.pdf";
        let dir = folder(&[(path, pdf)], &[(path, Some(manifest::hash(pdf)))]);
        let prior = Prior::read(dir.path(), &["pdf", "docx"]);
        assert_eq!(prior.reuse(path, "tongbao-pdf-00ff").as_deref(), Some(pdf));
        // Another input: made again.
        assert_eq!(prior.reuse(path, "tongbao-pdf-0100"), None);
        // Another file: nothing.
        assert_eq!(
            prior.reuse("bulletins/2021-10/2021-10.pdf", "tongbao-pdf-00ff"),
            None
        );
    }

    #[test]
    fn a_file_changed_since_the_build_or_unlisted_is_not_reused() {
        let pdf: &[u8] = b"%PDF tongbao-pdf-00ff";
        let a = "bulletins/2021-09/2021-09.pdf";
        let b = "bulletins/2021-10/2021-10.pdf";
        let c = "bulletins/2021-11/2021-11.pdf";
        let dir = folder(
            &[(a, pdf), (b, pdf), (c, pdf)],
            &[
                (a, Some(manifest::hash(b"%PDF tongbao-pdf-00fe"))),
                (b, None),
            ],
        );
        let prior = Prior::read(dir.path(), &["pdf"]);
        for path in [a, b, c] {
            assert_eq!(prior.reuse(path, "tongbao-pdf-00ff"), None, "{path}");
        }
    }

    #[test]
    fn only_the_named_kinds_under_bulletins_are_read() {
        let bytes: &[u8] = b"tongbao-pdf-00ff";
        let listed = [
            (
                "bulletins/2021-09/2021-09.xlsx",
                Some(manifest::hash(bytes)),
            ),
            ("2021-09.pdf", Some(manifest::hash(bytes))),
            ("bulletins/../2021-09.pdf", Some(manifest::hash(bytes))),
        ];
        let dir = folder(&[(listed[0].0, bytes), (listed[1].0, bytes)], &listed);
        assert!(Prior::read(dir.path(), &["pdf"]).is_empty());
        assert!(Prior::read(&dir.path().join("missing"), &["pdf"]).is_empty());
    }
}
