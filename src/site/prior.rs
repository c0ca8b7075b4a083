//! What a build may reuse of the output it replaces: the bulletins' PDF and
//! Word files, which take far longer to make than everything else of a site
//! (Typst typesets each PDF in about 0.4 s). Each of those files carries the
//! key of its input (`paper::key`: the bulletin's paper value, its charts,
//! the fonts, the template and the code that made it); a build that comes to
//! the same key takes the file's bytes instead of typesetting it again, as
//! Hugo's resource cache and Quarto's freeze do.
//!
//! Only a file the previous build wrote is reused: the output folder's marker
//! lists each file with the hash of its bytes, and a file whose bytes are not
//! those bytes (edited, truncated, copied over) is made again.

use std::path::Path;

use rustc_hash::FxHashMap;

use super::manifest;

/// The previous output's paper files, by path under the output folder.
#[derive(Debug, Default)]
pub struct Prior {
    files: FxHashMap<String, Vec<u8>>,
}

impl Prior {
    /// Nothing to reuse (a first build, a check, a site without paper).
    pub fn none() -> Prior {
        Prior::default()
    }

    /// Reads the files under bulletins/ of the output folder `out` that end in
    /// one of `extensions` and that its marker lists with the hash of their
    /// bytes. A folder without a marker, or a file that cannot be read, gives
    /// nothing to reuse: the file is made again.
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
            .filter_map(|(path, hash)| {
                let bytes = std::fs::read(out.join(&path)).ok()?;
                (Some(manifest::hash(&bytes)) == hash).then_some((path, bytes))
            })
            .collect();
        Prior { files }
    }

    /// The previous bytes of `path` when they were made from the input of
    /// `key` (the file carries the key), else `None`.
    pub fn reuse(&self, path: &str, key: &str) -> Option<&[u8]> {
        let bytes = self.files.get(path)?;
        memchr::memmem::rfind(bytes, key.as_bytes()).map(|_| bytes.as_slice())
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
        assert_eq!(prior.reuse(path, "tongbao-pdf-00ff"), Some(pdf));
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
        assert!(prior.is_empty(), "{prior:?}");
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
