//! The marker file of an output folder, with the list of the files the build
//! wrote: the next build replaces the folder only when it holds nothing else.
//!
//! Without the list, a folder holding the marker would be replaced whole even
//! when someone had copied the site into a folder with other files (a web
//! server's root, say) or added files of their own: those would be lost.

use std::collections::HashSet;
use std::fs;
use std::io;
use std::path::Path;

use super::output::MARKER;

/// The marker's first line, and all of it while a build is still writing.
pub const HEADER: &str =
    "This folder is written by tongbao build; it is replaced whole by the next build.\n";

/// The line before the list of files.
const LIST: &str = "Files it wrote (a build refuses to replace the folder if it holds others):\n";

/// The marker's text for a site of the files at `paths`: the header, then one
/// path per line, sorted.
pub fn marker_text<'a>(paths: impl IntoIterator<Item = &'a str>) -> String {
    let mut paths: Vec<&str> = paths.into_iter().collect();
    paths.sort_unstable();
    let mut s = String::from(HEADER);
    s.push_str(LIST);
    for p in paths {
        s.push_str(p);
        s.push('\n');
    }
    s
}

/// The files in `out` that its marker does not list (`/`-separated, sorted; at
/// most `limit`). A marker without a list (written by an older tongbao) lists
/// everything.
pub fn foreign_files(out: &Path, limit: usize) -> io::Result<Vec<String>> {
    let text = fs::read_to_string(out.join(MARKER))?;
    let Some(at) = text.find(LIST) else {
        return Ok(Vec::new());
    };
    let listed: HashSet<&str> = text[at + LIST.len()..].lines().collect();
    Ok(files_under(out)?
        .into_iter()
        .filter(|rel| rel != MARKER && !listed.contains(rel.as_str()))
        .take(limit)
        .collect())
}

/// The files a marker at `dir` lists, or `None` when it has no list (it was
/// written by an older tongbao, or is missing).
pub fn listed_files(dir: &Path) -> Option<Vec<String>> {
    let text = fs::read_to_string(dir.join(MARKER)).ok()?;
    let at = text.find(LIST)?;
    Some(
        text[at + LIST.len()..]
            .lines()
            .map(str::to_string)
            .collect(),
    )
}

/// Everything under `root` that is not a folder (files, and links, which are
/// not followed), as `/`-separated paths relative to it, sorted. Folders are
/// read in parallel: a site has tens of thousands of them.
pub fn files_under(root: &Path) -> io::Result<Vec<String>> {
    use rayon::prelude::*;
    fn walk(dir: &Path, rel: &str) -> io::Result<Vec<String>> {
        let mut files = Vec::new();
        let mut dirs = Vec::new();
        for entry in fs::read_dir(dir)? {
            let entry = entry?;
            let name = entry.file_name().to_string_lossy().into_owned();
            let path = if rel.is_empty() {
                name
            } else {
                format!("{rel}/{name}")
            };
            if entry.file_type()?.is_dir() {
                dirs.push((entry.path(), path));
            } else {
                files.push(path);
            }
        }
        let below = dirs
            .par_iter()
            .map(|(d, r)| walk(d, r))
            .collect::<io::Result<Vec<_>>>()?;
        files.extend(below.into_iter().flatten());
        Ok(files)
    }
    let mut files = walk(root, "")?;
    files.sort_unstable();
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_files_and_finds_others() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path();
        let text = marker_text(["b/c.html", "a.html"]);
        assert!(text.ends_with(":\na.html\nb/c.html\n"), "{text}");
        fs::write(out.join(MARKER), &text).unwrap();
        fs::create_dir_all(out.join("b")).unwrap();
        fs::write(out.join("a.html"), "").unwrap();
        fs::write(out.join("b/c.html"), "").unwrap();
        assert!(foreign_files(out, 10).unwrap().is_empty());
        fs::write(out.join("b/mine.txt"), "").unwrap();
        fs::write(out.join("robots.txt"), "").unwrap();
        assert_eq!(
            foreign_files(out, 10).unwrap(),
            ["b/mine.txt", "robots.txt"]
        );
        assert_eq!(foreign_files(out, 1).unwrap().len(), 1);
        // An older marker without a list.
        fs::write(out.join(MARKER), HEADER).unwrap();
        assert!(foreign_files(out, 10).unwrap().is_empty());
    }
}
