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

/// The marker file in every output folder tongbao writes.
pub const MARKER: &str = ".tongbao-output";

/// The marker's first line, and all of it while a build is still writing.
pub const HEADER: &str =
    "This folder is written by tongbao build; it is replaced whole by the next build.\n";

/// The line before the list of files.
const LIST: &str = "Files it wrote (a build refuses to replace the folder if it holds others):\n";

/// The line before the list of pages and what each was made from (see
/// [`crate::site::incremental`]), after the files.
const PAGES: &str = "Pages and the fingerprints of their inputs (the next build reuses those that did not change):\n";

/// The marker's text for a site of the files at `paths`: the header, then one
/// path per line, sorted, each followed by a tab and the xxh3 hash of its bytes
/// in hex where it is known ([`hash`]).
pub fn marker_text<'a>(paths: impl IntoIterator<Item = (&'a str, Option<u64>)>) -> String {
    marker_with_pages(paths, "")
}

/// [`marker_text`], followed by the list of pages `pages` (one per line, as
/// [`crate::site::incremental`] writes them) when there is one.
pub fn marker_with_pages<'a>(
    paths: impl IntoIterator<Item = (&'a str, Option<u64>)>,
    pages: &str,
) -> String {
    let mut paths: Vec<(&str, Option<u64>)> = paths.into_iter().collect();
    paths.sort_unstable();
    let mut s = String::from(HEADER);
    s.push_str(LIST);
    for (p, h) in paths {
        s.push_str(p);
        if let Some(h) = h {
            s.push_str(&format!("\t{h:016x}"));
        }
        s.push('\n');
    }
    if !pages.is_empty() {
        s.push_str(PAGES);
        s.push_str(pages);
    }
    s
}

/// The list of files of a marker's text: what follows [`LIST`], up to the
/// list of pages. `None` without a list.
fn files_part(text: &str) -> Option<&str> {
    let at = text.find(LIST)?;
    let rest = &text[at + LIST.len()..];
    Some(rest.find(PAGES).map_or(rest, |end| &rest[..end]))
}

/// The list of pages the marker of `dir` holds (empty when it has none).
pub fn listed_pages(dir: &Path) -> String {
    fs::read_to_string(dir.join(MARKER))
        .ok()
        .and_then(|text| {
            let at = text.find(PAGES)?;
            Some(text[at + PAGES.len()..].to_string())
        })
        .unwrap_or_default()
}

/// The hash of a file's bytes that markers list: xxh3, 64 bits, the same on
/// every machine.
pub fn hash(bytes: &[u8]) -> u64 {
    xxhash_rust::xxh3::xxh3_64(bytes)
}

/// One line of the list: the path, and the hash when there is one.
fn entry(line: &str) -> (&str, Option<u64>) {
    match line.split_once('\t') {
        Some((path, h)) => (path, u64::from_str_radix(h, 16).ok()),
        None => (line, None),
    }
}

/// The files in `out` that its marker does not list (`/`-separated, sorted; at
/// most `limit`). A marker without a list (written by an older tongbao) lists
/// everything.
pub fn foreign_files(out: &Path, limit: usize) -> io::Result<Vec<String>> {
    use rayon::prelude::*;
    let marker = out.join(MARKER);
    let text = fs::read_to_string(&marker)?;
    let Some(files) = files_part(&text) else {
        return Ok(Vec::new());
    };
    let listed: HashSet<&str> = files.lines().map(|l| entry(l).0).collect();
    // The folders of the listed files, the top one included.
    let mut dirs: HashSet<&str> = HashSet::from([""]);
    for rel in &listed {
        let mut p = *rel;
        while let Some((parent, _)) = p.rsplit_once('/') {
            if !dirs.insert(parent) {
                break;
            }
            p = parent;
        }
    }
    // A build writes its list after every other change to the folder, and a
    // file added, removed or renamed since changes its folder's status-change
    // time: only folders not older than the list are read (all of them when
    // the time is not known; a folder of the same clock tick is read too).
    // The status-change time (ctime), never the modification time: `cp -a`,
    // `rsync -a`, `tar x` and unzip set a folder's modification time to an old
    // one, but nothing a user runs can set its ctime.
    let since = fs::metadata(&marker).ok().and_then(|m| status_changed(&m));
    let changed = |dir: &Path| match (
        since,
        fs::metadata(dir).ok().and_then(|m| status_changed(&m)),
    ) {
        (Some(since), Some(t)) => t >= since,
        _ => true,
    };
    let mut dirs: Vec<&str> = dirs.into_iter().collect();
    dirs.sort_unstable();
    let found = dirs
        .par_iter()
        .map(|d| -> io::Result<Vec<String>> {
            let dir = out.join(d);
            if !changed(&dir) {
                return Ok(Vec::new());
            }
            let mut foreign = Vec::new();
            for (path, rel, is_dir) in entries(&dir, d)? {
                if is_dir {
                    if dirs.binary_search(&rel.as_str()).is_err() {
                        // A folder the build did not make: all of it is foreign.
                        foreign.extend(
                            files_under(&path)?
                                .into_iter()
                                .map(|f| format!("{rel}/{f}")),
                        );
                    }
                } else if rel != MARKER && !listed.contains(rel.as_str()) {
                    foreign.push(rel);
                }
            }
            Ok(foreign)
        })
        .collect::<io::Result<Vec<_>>>()?;
    let mut foreign: Vec<String> = found.into_iter().flatten().collect();
    foreign.sort_unstable();
    foreign.truncate(limit);
    Ok(foreign)
}

/// When the metadata of a file or folder last changed (its ctime, in
/// seconds and nanoseconds): set by the system whenever an entry is added,
/// removed or renamed, or the times are set, and never settable by a user's
/// tool. `None` where the system has no such time (then every folder is read).
#[cfg(unix)]
fn status_changed(m: &fs::Metadata) -> Option<(i64, i64)> {
    use std::os::unix::fs::MetadataExt;
    Some((m.ctime(), m.ctime_nsec()))
}

/// Systems without a status-change time read every folder.
#[cfg(not(unix))]
fn status_changed(_: &fs::Metadata) -> Option<(i64, i64)> {
    None
}

/// The files a marker at `dir` lists, or `None` when it has no list (it was
/// written by an older tongbao, or is missing).
pub fn listed_files(dir: &Path) -> Option<Vec<(String, Option<u64>)>> {
    let text = fs::read_to_string(dir.join(MARKER)).ok()?;
    Some(
        files_part(&text)?
            .lines()
            .map(|l| {
                let (p, h) = entry(l);
                (p.to_string(), h)
            })
            .collect(),
    )
}

/// The entries of the folder `dir`, whose path from the root is `rel`: each
/// with its path, its `/`-separated path from the root, and whether it is a
/// folder (links are not followed, and count as files).
fn entries(dir: &Path, rel: &str) -> io::Result<Vec<(std::path::PathBuf, String, bool)>> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let path = if rel.is_empty() {
            name
        } else {
            format!("{rel}/{name}")
        };
        out.push((entry.path(), path, entry.file_type()?.is_dir()));
    }
    Ok(out)
}

/// Everything under `root` that is not a folder (files, and links, which are
/// not followed), as `/`-separated paths relative to it, sorted. Folders are
/// read in parallel: a site has tens of thousands of them.
pub fn files_under(root: &Path) -> io::Result<Vec<String>> {
    use rayon::prelude::*;
    fn walk(dir: &Path, rel: &str) -> io::Result<Vec<String>> {
        let mut files = Vec::new();
        let mut dirs = Vec::new();
        for (path, rel, is_dir) in entries(dir, rel)? {
            if is_dir {
                dirs.push((path, rel));
            } else {
                files.push(rel);
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
        let text = marker_text([("b/c.html", Some(hash(b""))), ("a.html", None)]);
        assert!(
            text.ends_with(&format!(":\na.html\nb/c.html\t{:016x}\n", hash(b""))),
            "{text}"
        );
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
        // A folder of its own, deeper down.
        fs::create_dir_all(out.join("b/new/deep")).unwrap();
        fs::write(out.join("b/new/deep/x.txt"), "").unwrap();
        assert_eq!(
            foreign_files(out, 10).unwrap(),
            ["b/mine.txt", "b/new/deep/x.txt", "robots.txt"]
        );
        // Folders whose entries did not change since the list was written
        // are not read (the list is written after every change a build
        // makes), and no modification time a tool sets can hide a change.
        #[cfg(unix)]
        {
            let wait = || std::thread::sleep(std::time::Duration::from_millis(20));
            wait();
            fs::write(out.join(MARKER), &text).unwrap();
            assert!(foreign_files(out, 10).unwrap().is_empty());
            // A tool sets the marker's modification time ahead (its status
            // change comes now, before the change below: setting it after
            // would make the marker the newer of the two whenever a clock
            // tick fell between, which made this test fail under load).
            fs::File::options()
                .write(true)
                .open(out.join(MARKER))
                .unwrap()
                .set_modified(std::time::SystemTime::now() + std::time::Duration::from_secs(60))
                .unwrap();
            wait();
            fs::write(out.join("b/copied.txt"), "").unwrap();
            // As `cp -a`, `rsync -a` and `tar x` leave a folder: an old time.
            let old = std::time::SystemTime::now() - std::time::Duration::from_secs(86_400);
            fs::File::open(out.join("b"))
                .unwrap()
                .set_modified(old)
                .unwrap();
            // b changed, so all of it is read again; the top folder did not.
            assert_eq!(
                foreign_files(out, 10).unwrap(),
                ["b/copied.txt", "b/mine.txt", "b/new/deep/x.txt"]
            );
        }
        // An older marker without a list.
        fs::write(out.join(MARKER), HEADER).unwrap();
        assert!(foreign_files(out, 10).unwrap().is_empty());
    }
}
