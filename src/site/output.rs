//! The output folder: which folders build may write, and writing a whole site atomically.
//!
//! A build renders into a staging folder beside the output and swaps it in only
//! when every file was written, so a failed build leaves the previous site as it
//! was. Folders tongbao creates carry a marker file, so that a later build knows
//! it may replace them; any other non-empty folder is refused.

use std::fs;
use std::io;
use std::path::{Component, Path, PathBuf};

use crate::diagnostics::{SiteMessage, Text};

pub use super::manifest::MARKER;

/// Makes `p` absolute and normal (no `.`/`..`), resolving links of the part that exists.
pub fn absolute(p: &Path) -> io::Result<PathBuf> {
    let joined = if p.is_absolute() {
        p.to_path_buf()
    } else {
        std::env::current_dir()?.join(p)
    };
    // Lexically first (`a/../b` is `b`), then resolve links of what exists.
    let mut abs = PathBuf::new();
    for c in joined.components() {
        match c {
            Component::ParentDir => {
                abs.pop();
            }
            Component::CurDir => {}
            other => abs.push(other.as_os_str()),
        }
    }
    // Resolve the longest existing ancestor, then append the rest lexically.
    let mut existing = abs.clone();
    let mut rest = Vec::new();
    while !existing.exists() {
        match (existing.file_name(), existing.parent()) {
            (Some(name), Some(parent)) => {
                rest.push(name.to_os_string());
                existing = parent.to_path_buf();
            }
            _ => break,
        }
    }
    let mut out = fs::canonicalize(&existing).unwrap_or(existing);
    for name in rest.into_iter().rev() {
        let np = Path::new(&name);
        for c in np.components() {
            match c {
                Component::ParentDir => {
                    out.pop();
                }
                Component::Normal(n) => out.push(n),
                _ => {}
            }
        }
    }
    Ok(out)
}

/// Why an output folder is refused.
#[derive(Debug)]
pub struct Refused(pub Text);

/// Checks that `output` is a folder build may replace for the site in `site`:
/// [`check_place`], then [`check_foreign`].
pub fn check_output(site: &Path, output: &Path) -> Result<PathBuf, Refused> {
    let out = check_place(site, output)?;
    check_foreign(&out, output)?;
    Ok(out)
}

/// The quick part of [`check_output`]: `output` is not the root, the home
/// folder, the site or its content, not a file, and empty or made by tongbao.
/// Returns it made absolute.
pub fn check_place(site: &Path, output: &Path) -> Result<PathBuf, Refused> {
    // The operating system's words, translated through the older catalog.
    let os = |e: io::Error| Text::English(e.to_string());
    let site = absolute(site)
        .map_err(|e| Refused(SiteMessage::CannotResolveSite { err: os(e) }.into()))?;
    let out = absolute(output)
        .map_err(|e| Refused(SiteMessage::CannotResolveOutput { err: os(e) }.into()))?;
    let shown = output.display();
    let err = |reason: SiteMessage| {
        Refused(
            SiteMessage::RefusingOutput {
                folder: shown.to_string(),
                reason: reason.into(),
            }
            .into(),
        )
    };
    if out.parent().is_none() {
        return Err(err(SiteMessage::RootFolder));
    }
    if let Some(home) = std::env::var_os("HOME").map(PathBuf::from) {
        if absolute(&home).ok().as_deref() == Some(out.as_path()) {
            return Err(err(SiteMessage::HomeFolder));
        }
    }
    if out == site {
        return Err(err(SiteMessage::SiteFolderItself));
    }
    for protected in ["content", "themes"] {
        let p = site.join(protected);
        if p.starts_with(&out) {
            return Err(err(SiteMessage::HoldsSiteFolder {
                folder: protected.into(),
            }));
        }
        if out.starts_with(&p) {
            return Err(err(SiteMessage::InsideSiteFolder {
                folder: protected.into(),
            }));
        }
    }
    if out.exists() {
        if !out.is_dir() {
            return Err(err(SiteMessage::FileNotFolder));
        }
        let empty = fs::read_dir(&out)
            .map(|mut d| d.next().is_none())
            .unwrap_or(false);
        if !empty && !out.join(MARKER).is_file() {
            return Err(err(SiteMessage::NotEmptyNotOurs {
                marker: MARKER.into(),
            }));
        }
    }
    Ok(out)
}

/// The slow part of [`check_output`]: the output folder `out` (absolute; shown
/// as `shown`) holds no file that its marker does not list, which replacing it
/// would lose. It reads every folder of the site, so a build runs it beside the
/// rendering.
pub fn check_foreign(out: &Path, shown: &Path) -> Result<(), Refused> {
    if !out.join(MARKER).is_file() {
        return Ok(());
    }
    let folder = shown.display().to_string();
    let foreign = super::manifest::foreign_files(out, 5).map_err(|e| {
        Refused(
            SiteMessage::CannotReadOutput {
                folder: folder.clone(),
                // The operating system's words, translated through the older catalog.
                err: Text::English(e.to_string()),
            }
            .into(),
        )
    })?;
    if !foreign.is_empty() {
        return Err(Refused(
            SiteMessage::ForeignFiles {
                folder,
                files: foreign.join(", "),
            }
            .into(),
        ));
    }
    Ok(())
}

/// One file of the site: its path relative to the output folder and its bytes.
pub type OutFile = (String, Vec<u8>);

/// The marker's text while a build writes (the list of files comes at the end).
const MARKER_TEXT: &str = super::manifest::HEADER;

/// A folder beside `out` that a build uses while it runs: `.NAME.tongbao-TAG`.
pub fn sibling(out: &Path, tag: &str) -> PathBuf {
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    out.with_file_name(format!(".{name}.tongbao-{tag}"))
}

/// Removes `dir` when tongbao made it (it holds the marker, or is empty); a
/// missing `dir` is fine; anything else in the way is an error, never deleted.
fn remove_ours(dir: &Path) -> io::Result<()> {
    let meta = match fs::symlink_metadata(dir) {
        Ok(m) => m,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(e),
    };
    let ours = meta.is_dir()
        && (fs::symlink_metadata(dir.join(MARKER)).is_ok_and(|m| m.is_file())
            || fs::read_dir(dir)?.next().is_none());
    if !ours {
        return Err(io::Error::other(format!(
            "{} is in the way and was not made by tongbao; move or delete it",
            dir.display()
        )));
    }
    remove_tree(dir)
}

/// Whether something (a folder, a file, a link) is at `p`.
fn present(p: &Path) -> bool {
    fs::symlink_metadata(p).is_ok()
}

/// Removes the staging folder a failed or killed build left beside `out` (it may
/// hold a half-written new site, or the previous site after the swap). When a
/// build on a system without an atomic swap died between its two renames, the
/// previous site is put back at `out`.
pub fn clean_leftovers(out: &Path) -> io::Result<()> {
    remove_ours(&sibling(out, "staging"))?;
    let old = sibling(out, "old");
    if present(&old) {
        if present(out) {
            remove_ours(&old)?;
        } else {
            fs::rename(&old, out)?;
        }
    }
    Ok(())
}

/// Where rendered files go: the staging folder of a build, or memory.
pub trait Sink: Sync {
    /// Stores one file at `rel` (a `/`-separated path under the output).
    fn put(&self, rel: &str, bytes: &[u8]) -> io::Result<()>;

    /// Keeps the file at `rel` that the sink already holds from the build it
    /// reuses, as this build's; `false` when it cannot (the caller renders it).
    fn keep(&self, _rel: &str) -> io::Result<bool> {
        Ok(false)
    }

    /// Stores as `rel` a copy of the file at `from`; `false` when it cannot.
    fn copy_from(&self, rel: &str, from: &Path) -> io::Result<bool> {
        match fs::read(from) {
            Ok(bytes) => self.put(rel, &bytes).map(|()| true),
            Err(_) => Ok(false),
        }
    }
}

/// Which file a path names, to tell whether a folder is still the one a build
/// wrote: length, modification time and (on Unix) device and inode of its marker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FileId {
    len: u64,
    /// When the marker was last written.
    pub modified: Option<std::time::SystemTime>,
    inode: (u64, u64),
}

/// The identity of the marker of the folder `dir`, if it has one.
pub fn marker_id(dir: &Path) -> Option<FileId> {
    let m = fs::symlink_metadata(dir.join(MARKER)).ok()?;
    #[cfg(unix)]
    let inode = {
        use std::os::unix::fs::MetadataExt;
        (m.dev(), m.ino())
    };
    #[cfg(not(unix))]
    let inode = (0, 0);
    Some(FileId {
        len: m.len(),
        modified: m.modified().ok(),
        inode,
    })
}

/// Files kept in memory (for tests and previews).
#[derive(Default)]
pub struct MemorySink(pub std::sync::Mutex<Vec<OutFile>>);

impl Sink for MemorySink {
    fn put(&self, rel: &str, bytes: &[u8]) -> io::Result<()> {
        let mut files = self
            .0
            .lock()
            .map_err(|_| io::Error::other("a writer thread panicked"))?;
        files.push((rel.to_string(), bytes.to_vec()));
        Ok(())
    }
}

impl MemorySink {
    /// The files, sorted by path.
    pub fn into_files(self) -> Vec<OutFile> {
        let mut files = self.0.into_inner().unwrap_or_else(|e| e.into_inner());
        files.sort_by(|a, b| a.0.cmp(&b.0));
        files
    }
}

/// A staging folder being filled by a build, written from many threads.
///
/// It is either new, or the previous build's spare (the site before the last
/// one), reused: a file whose bytes are unchanged is left as it is (its time
/// stamp too, so that copying tools such as rsync send only what changed),
/// others are overwritten, and files the build did not write are removed at
/// the end. Reusing saves creating and deleting thousands of folders and files.
pub struct Staging {
    dir: PathBuf,
    /// Whether this is a reused spare (whose other files are removed at the end).
    reused: bool,
    /// The files the reused spare held, from its marker (`None`: not known, the
    /// folder is walked instead).
    spare_files: Option<Vec<String>>,
    /// The hashes its marker lists, by path.
    spare_hashes: std::collections::HashMap<String, u64>,
    /// The hashes the output folder's marker lists (for files linked from it).
    out_hashes: std::collections::HashMap<String, u64>,
    /// The identity of the reused spare's marker, taken before it was rewritten.
    spare_id: Option<FileId>,
    /// The pages the reused spare's marker listed with their fingerprints.
    spare_pages: String,
    /// The identity of the output folder's marker.
    out_id: Option<FileId>,
    /// The pages this build made, with their fingerprints, for its marker.
    pages: std::sync::Mutex<String>,
    /// Paths written, with the hash of their bytes when known: listed in the
    /// marker, and kept when pruning a spare.
    written: std::sync::Mutex<std::collections::HashMap<String, Option<u64>>>,
}

impl Sink for Staging {
    fn put(&self, rel: &str, bytes: &[u8]) -> io::Result<()> {
        let path = self.dir.join(rel);
        let hash = super::manifest::hash(bytes);
        self.record(rel, Some(hash))?;
        if self.reused && self.unchanged(rel, &path, bytes, hash) {
            return Ok(());
        }
        // A new file, never one written over: a file there may be a link to
        // a file of the output folder ([`Sink::copy_from`]; a page whose
        // files were linked in part is rendered after all).
        let write = || {
            use std::io::Write;
            fs::File::options()
                .write(true)
                .create_new(true)
                .open(&path)?
                .write_all(bytes)
        };
        match write() {
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
                fs::remove_file(&path)?;
                write()
            }
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                if let Some(parent) = path.parent() {
                    fs::create_dir_all(parent)?;
                }
                write()
            }
            other => other,
        }
    }

    /// Links the output folder's file instead of copying its bytes: the two
    /// folders then share it, and [`Sink::put`] never writes into a file in
    /// place, so neither changes the other.
    fn copy_from(&self, rel: &str, from: &Path) -> io::Result<bool> {
        if !unchanged_since(from, self.out_id) {
            return Ok(false);
        }
        let path = self.dir.join(rel);
        if self.reused {
            match fs::remove_file(&path) {
                Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(e),
                _ => {}
            }
        }
        let linked = match fs::hard_link(from, &path) {
            Err(e) if e.kind() == io::ErrorKind::NotFound && from.is_file() => {
                if let Some(parent) = path.parent() {
                    fs::create_dir_all(parent)?;
                }
                fs::hard_link(from, &path)
            }
            other => other,
        };
        if linked.is_err() {
            // Another file system, or links not allowed: copy the bytes.
            return match fs::read(from) {
                Ok(bytes) => self.put(rel, &bytes).map(|()| true),
                Err(_) => Ok(false),
            };
        }
        let name = rel.to_string();
        self.record(rel, self.out_hashes.get(&name).copied())?;
        Ok(true)
    }

    fn keep(&self, rel: &str) -> io::Result<bool> {
        if !self.reused || !unchanged_since(&self.dir.join(rel), self.spare_id) {
            return Ok(false);
        }
        self.record(rel, self.spare_hashes.get(rel).copied())?;
        Ok(true)
    }
}

/// Whether `path` is a file not newer than the marker `marker` (of the folder
/// it is in): a build writes its marker after every file, so a file edited
/// since is newer. (Files written in the marker's clock tick have its time:
/// the system's clock for files moves in ticks of a few milliseconds.)
fn unchanged_since(path: &Path, marker: Option<FileId>) -> bool {
    let Some(since) = marker.and_then(|m| m.modified) else {
        return false;
    };
    fs::symlink_metadata(path).is_ok_and(|m| m.is_file() && m.modified().is_ok_and(|t| t <= since))
}

/// Whether the file at `path` holds exactly `bytes`. It is read in pieces into
/// a buffer each thread keeps, and only as far as the first difference: reading
/// it whole into a new buffer cost more than writing it.
fn holds(path: &Path, bytes: &[u8]) -> bool {
    use std::io::Read;
    thread_local! {
        static BUF: std::cell::RefCell<Vec<u8>> = std::cell::RefCell::new(vec![0; 1 << 16]);
    }
    let Ok(mut f) = fs::File::open(path) else {
        return false;
    };
    if !f
        .metadata()
        .is_ok_and(|m| m.is_file() && m.len() == bytes.len() as u64)
    {
        return false;
    }
    BUF.with(|buf| {
        let mut buf = buf.borrow_mut();
        let mut rest = bytes;
        loop {
            match f.read(&mut buf) {
                Ok(0) => return rest.is_empty(),
                Ok(n) if n <= rest.len() && buf[..n] == rest[..n] => rest = &rest[n..],
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                _ => return false,
            }
        }
    })
}

impl Staging {
    /// Notes that `rel` is a file of the new site, with the hash of its bytes.
    fn record(&self, rel: &str, hash: Option<u64>) -> io::Result<()> {
        self.written
            .lock()
            .map_err(|_| io::Error::other("a writer thread panicked"))?
            .insert(rel.to_string(), hash);
        Ok(())
    }

    /// Whether the reused spare's file at `path` already holds `bytes` (of hash
    /// `hash`). When the spare's marker lists the file with that hash and the
    /// file has the length and is not newer than the marker (files change only
    /// before a build writes its list, unless someone edits them), it does,
    /// without reading it; otherwise the file is compared byte by byte.
    fn unchanged(&self, rel: &str, path: &Path, bytes: &[u8], hash: u64) -> bool {
        let listed = self.spare_hashes.get(rel);
        if let (Some(&listed), Some(since)) = (listed, self.spare_id.and_then(|m| m.modified)) {
            if listed != hash {
                return false;
            }
            if let Ok(m) = fs::symlink_metadata(path) {
                if m.is_file()
                    && m.len() == bytes.len() as u64
                    && m.modified().is_ok_and(|t| t < since)
                {
                    return true;
                }
            }
        }
        holds(path, bytes)
    }

    /// The identity of the marker of the spare this staging folder reuses, as
    /// it was before this build (`None` for a new folder).
    pub fn spare_id(&self) -> Option<FileId> {
        self.spare_id
    }

    /// The pages the reused spare's marker listed, with their fingerprints
    /// (empty for a new folder).
    pub fn spare_pages(&self) -> &str {
        &self.spare_pages
    }

    /// Sets the list of pages, with their fingerprints, that the marker lists
    /// after the files.
    pub fn set_pages(&self, pages: String) {
        if let Ok(mut p) = self.pages.lock() {
            *p = pages;
        }
    }

    /// Removes what a reused spare holds that this build did not write, then
    /// lists the files written in the marker.
    fn finish(&self) -> io::Result<()> {
        let written = self
            .written
            .lock()
            .map_err(|_| io::Error::other("a writer thread panicked"))?;
        if self.reused {
            self.prune(&written)?;
        }
        // The list goes last: every folder of the site is then older than it,
        // which lets the next build look only into folders changed since
        // ([`super::manifest::foreign_files`]).
        let pages = self
            .pages
            .lock()
            .map_err(|_| io::Error::other("a writer thread panicked"))?;
        fs::write(
            self.dir.join(MARKER),
            super::manifest::marker_with_pages(
                written.iter().map(|(p, h)| (p.as_str(), *h)),
                &pages,
            ),
        )
    }

    /// Removes from a reused spare the files this build did not write, and the
    /// folders that leaves empty.
    fn prune(&self, written: &std::collections::HashMap<String, Option<u64>>) -> io::Result<()> {
        // The spare holds what its marker lists (it was an output folder that
        // was checked to hold nothing else before it was swapped out); the
        // list saves walking tens of thousands of folders.
        let old = match &self.spare_files {
            Some(list) => list.clone(),
            None => super::manifest::files_under(&self.dir)?,
        };
        let mut dirs = std::collections::BTreeSet::new();
        for rel in old {
            if rel == MARKER || written.contains_key(&rel) {
                continue;
            }
            match fs::remove_file(self.dir.join(&rel)) {
                Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(e),
                _ => {}
            }
            let mut p = rel.as_str();
            while let Some((parent, _)) = p.rsplit_once('/') {
                dirs.insert(parent.to_string());
                p = parent;
            }
        }
        // Deepest first, so that a folder emptied of its folders goes too.
        let mut dirs: Vec<String> = dirs.into_iter().collect();
        dirs.sort_by_key(|d| std::cmp::Reverse(d.matches('/').count()));
        for d in dirs {
            let d = self.dir.join(d);
            if fs::read_dir(&d).is_ok_and(|mut e| e.next().is_none()) {
                fs::remove_dir(&d)?;
            }
        }
        Ok(())
    }
}

/// The hashes the marker of `dir` lists, by path.
fn hashes_of(dir: &Path) -> std::collections::HashMap<String, u64> {
    super::manifest::listed_files(dir)
        .into_iter()
        .flatten()
        .filter_map(|(p, h)| Some((p, h?)))
        .collect()
}

/// Whether `dir` is a folder tongbao made (it holds the marker file).
fn is_ours(dir: &Path) -> bool {
    fs::symlink_metadata(dir).is_ok_and(|m| m.is_dir())
        && fs::symlink_metadata(dir.join(MARKER)).is_ok_and(|m| m.is_file())
}

/// Fills a staging folder beside `out` with `fill` and, only when it succeeded,
/// puts it in the place of `out` in one step ([`super::swap::swap`]).
///
/// At every moment `out` holds either the whole previous site or the whole new
/// one: a failed build leaves it byte for byte as it was, and a build killed at
/// any point leaves one of the two, the other being cleaned up by the next
/// build. The marker is written first, so that a killed build's staging folder
/// is known as tongbao's. Builds into the same folder wait for each other.
pub fn publish_with<T, E: From<io::Error>>(
    out: &Path,
    fill: impl FnOnce(&Staging) -> Result<T, E>,
) -> Result<T, E> {
    publish_marked(out, fill).map(|(v, _)| v)
}

/// [`publish_with`], also giving the identity of the new site's marker (which
/// the output folder holds after the swap).
pub fn publish_marked<T, E: From<io::Error>>(
    out: &Path,
    fill: impl FnOnce(&Staging) -> Result<T, E>,
) -> Result<(T, Option<FileId>), E> {
    if let Some(parent) = out.parent() {
        fs::create_dir_all(parent)?;
    }
    let _lock = super::swap::lock_beside(out)?;
    clean_leftovers(out)?;
    let spare = sibling(out, "spare");
    let dir = sibling(out, "staging");
    let staging = if is_ours(&spare) && fs::rename(&spare, &dir).is_ok() {
        let listed = super::manifest::listed_files(&dir);
        Staging {
            spare_pages: super::manifest::listed_pages(&dir),
            out_id: marker_id(out),
            pages: Default::default(),
            spare_hashes: listed
                .iter()
                .flatten()
                .filter_map(|(p, h)| Some((p.clone(), (*h)?)))
                .collect(),
            spare_files: listed.map(|l| l.into_iter().map(|(p, _)| p).collect()),
            spare_id: marker_id(&dir),
            out_hashes: hashes_of(out),
            dir,
            reused: true,
            written: Default::default(),
        }
    } else {
        fs::create_dir(&dir)?;
        Staging {
            spare_pages: String::new(),
            out_id: marker_id(out),
            pages: Default::default(),
            spare_files: None,
            spare_hashes: Default::default(),
            spare_id: None,
            out_hashes: hashes_of(out),
            dir,
            reused: false,
            written: Default::default(),
        }
    };
    fs::write(staging.dir.join(MARKER), MARKER_TEXT)?;
    let value = match fill(&staging).and_then(|v| {
        staging.finish()?;
        Ok((v, marker_id(&staging.dir)))
    }) {
        Ok(v) => v,
        Err(e) => {
            let _ = remove_ours(&staging.dir);
            return Err(e);
        }
    };
    if present(out) {
        if let Err(e) = super::swap::swap(&staging.dir, out, &sibling(out, "old")) {
            let _ = remove_ours(&staging.dir);
            return Err(e.into());
        }
        // The staging folder now holds the previous site: it is kept as the
        // spare that the next build fills. The new site is in place, so a
        // failure here is not the build's failure.
        if fs::rename(&staging.dir, &spare).is_err() {
            let _ = remove_ours(&staging.dir);
        }
    } else {
        fs::rename(&staging.dir, out)?;
    }
    Ok(value)
}

/// Removes a folder tree, its top-level entries in parallel.
fn remove_tree(dir: &Path) -> io::Result<()> {
    use rayon::prelude::*;
    let entries: Vec<PathBuf> = fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    // The marker goes last, so that a build killed while deleting leaves a
    // folder the next build still knows as its own.
    let marker = dir.join(MARKER);
    entries
        .par_iter()
        .filter(|p| **p != marker)
        .try_for_each(|p| {
            if p.is_dir() && !p.is_symlink() {
                fs::remove_dir_all(p)
            } else {
                fs::remove_file(p)
            }
        })?;
    match fs::remove_file(&marker) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(e),
        _ => {}
    }
    fs::remove_dir(dir)
}

/// Writes `files` as the whole content of `out`, atomically (see [`publish_with`]).
pub fn publish(out: &Path, files: &[OutFile]) -> io::Result<()> {
    use rayon::prelude::*;
    publish_with(out, |st: &Staging| {
        files
            .par_iter()
            .try_for_each(|(rel, bytes)| st.put(rel, bytes))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_dangerous_outputs() {
        let tmp = tempfile::tempdir().unwrap();
        let site = tmp.path().join("site");
        fs::create_dir_all(site.join("content")).unwrap();
        fs::create_dir_all(site.join("themes/x")).unwrap();
        assert!(check_output(&site, &site).is_err());
        assert!(check_output(&site, &site.join("content")).is_err());
        assert!(check_output(&site, &site.join("content/out")).is_err());
        assert!(check_output(&site, &site.join("themes")).is_err());
        assert!(check_output(&site, tmp.path()).is_err());
        assert!(check_output(&site, Path::new("/")).is_err());
        assert!(check_output(&site, &site.join("output")).is_ok());
        assert!(check_output(&site, &site.join("a/../output")).is_ok());
        assert!(check_output(&site, &site.join("output/../content")).is_err());
        fs::create_dir_all(site.join("docs")).unwrap();
        fs::write(site.join("docs/x.txt"), "x").unwrap();
        assert!(check_output(&site, &site.join("docs")).is_err());
    }

    #[test]
    fn a_file_linked_from_the_output_is_never_written_into() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("output");
        publish(&out, &[("a/b.txt".into(), b"old".to_vec())]).unwrap();
        // A new staging folder (no spare yet): the page's file is linked from
        // the output, then the page is rendered after all (another of its
        // files could not be linked) and written.
        publish_with(&out, |staging| -> io::Result<()> {
            assert!(staging.copy_from("a/b.txt", &out.join("a/b.txt"))?);
            staging.put("a/b.txt", b"new")
        })
        .unwrap();
        assert_eq!(fs::read(out.join("a/b.txt")).unwrap(), b"new");
        // The site before (now the spare) still holds its own bytes.
        assert_eq!(
            fs::read(sibling(&out, "spare").join("a/b.txt")).unwrap(),
            b"old"
        );
    }

    #[test]
    fn publish_replaces_whole_output() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("output");
        publish(
            &out,
            &[
                ("a/b.txt".into(), b"1".to_vec()),
                ("c.txt".into(), b"2".to_vec()),
            ],
        )
        .unwrap();
        assert_eq!(fs::read(out.join("a/b.txt")).unwrap(), b"1");
        assert!(out.join(MARKER).is_file());
        publish(&out, &[("d.txt".into(), b"3".to_vec())]).unwrap();
        assert!(!out.join("c.txt").exists());
        assert_eq!(fs::read(out.join("d.txt")).unwrap(), b"3");
        assert!(!sibling(&out, "staging").exists() && !sibling(&out, "old").exists());
    }

    #[test]
    fn a_spare_file_edited_after_its_build_is_written_again() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("output");
        let f = |b: &str| vec![("x.html".to_string(), b.as_bytes().to_vec())];
        publish(&out, &f("aaaa")).unwrap();
        publish(&out, &f("bbbb")).unwrap();
        // The spare holds the first build, listed with the hash of "aaaa"; its
        // file is edited afterwards, to the same length.
        std::thread::sleep(std::time::Duration::from_millis(20));
        fs::write(sibling(&out, "spare").join("x.html"), "cccc").unwrap();
        publish(&out, &f("aaaa")).unwrap();
        assert_eq!(fs::read_to_string(out.join("x.html")).unwrap(), "aaaa");
        // Unedited, a file listed with the same hash is left as it is.
        let spare = sibling(&out, "spare").join("x.html");
        let stamp = fs::metadata(&spare).unwrap().modified().unwrap();
        std::thread::sleep(std::time::Duration::from_millis(20));
        publish(&out, &f("bbbb")).unwrap();
        assert_eq!(
            fs::metadata(out.join("x.html"))
                .unwrap()
                .modified()
                .unwrap(),
            stamp
        );
        assert_eq!(fs::read_to_string(out.join("x.html")).unwrap(), "bbbb");
    }

    #[test]
    fn a_reused_spare_holds_exactly_the_new_files() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("output");
        let f = |p: &str, b: &str| (p.to_string(), b.as_bytes().to_vec());
        publish(
            &out,
            &[
                f("a/1.html", "one"),
                f("b/2.html", "two"),
                f("d/e/4.html", "four"),
                f("keep.css", "k"),
            ],
        )
        .unwrap();
        publish(
            &out,
            &[
                f("a/1.html", "ONE"),
                f("c/3.html", "three"),
                f("keep.css", "k"),
            ],
        )
        .unwrap();
        assert!(
            sibling(&out, "spare").join("b/2.html").is_file(),
            "the first site is the spare"
        );
        let stamp = fs::metadata(sibling(&out, "spare").join("keep.css"))
            .unwrap()
            .modified()
            .unwrap();
        // The third build fills the spare: stale files and folders go, unchanged ones stay untouched.
        publish(&out, &[f("a/1.html", "uno"), f("keep.css", "k")]).unwrap();
        let mut files: Vec<String> = walkdir::WalkDir::new(&out)
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_file())
            .map(|e| crate::content::source::rel_path(&out, e.path()))
            .collect();
        files.sort();
        assert_eq!(
            files,
            vec![MARKER.to_string(), "a/1.html".into(), "keep.css".into()]
        );
        assert_eq!(fs::read(out.join("a/1.html")).unwrap(), b"uno");
        assert!(!out.join("b").exists() && !out.join("c").exists() && !out.join("d").exists());
        assert_eq!(
            fs::metadata(out.join("keep.css"))
                .unwrap()
                .modified()
                .unwrap(),
            stamp
        );
    }

    #[test]
    fn leftovers_restore_the_old_site() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("output");
        let old = sibling(&out, "old");
        fs::create_dir_all(&old).unwrap();
        fs::write(old.join("x"), "old").unwrap();
        clean_leftovers(&out).unwrap();
        assert_eq!(fs::read(out.join("x")).unwrap(), b"old");
    }

    #[test]
    fn leftover_staging_is_cleaned_but_foreign_folders_are_kept() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("output");
        let staging = sibling(&out, "staging");
        // A killed build's staging folder: marker first, then some files.
        fs::create_dir_all(staging.join("a")).unwrap();
        fs::write(staging.join(MARKER), MARKER_TEXT).unwrap();
        fs::write(staging.join("a/half.html"), "<p").unwrap();
        publish(&out, &[("x.txt".into(), b"x".to_vec())]).unwrap();
        assert!(!staging.exists());
        // An empty one (killed right after creating it) is cleaned too.
        fs::create_dir(&staging).unwrap();
        publish(&out, &[("y.txt".into(), b"y".to_vec())]).unwrap();
        assert!(!staging.exists() && out.join("y.txt").is_file());
        // Something else at that name is never deleted: the build fails instead,
        // and the output stays as it was.
        fs::create_dir(&staging).unwrap();
        fs::write(staging.join("mine.txt"), "keep").unwrap();
        assert!(publish(&out, &[("z.txt".into(), b"z".to_vec())]).is_err());
        assert_eq!(fs::read(staging.join("mine.txt")).unwrap(), b"keep");
        assert!(out.join("y.txt").is_file() && !out.join("z.txt").exists());
        fs::remove_dir_all(&staging).unwrap();
        fs::write(&staging, "a file").unwrap();
        assert!(publish(&out, &[("z.txt".into(), b"z".to_vec())]).is_err());
        assert_eq!(fs::read(&staging).unwrap(), b"a file");
        assert!(out.join("y.txt").is_file());
    }

    #[test]
    fn old_site_beside_a_present_output_is_removed_only_when_ours() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("output");
        publish(&out, &[("n.txt".into(), b"n".to_vec())]).unwrap();
        let old = sibling(&out, "old");
        fs::create_dir(&old).unwrap();
        fs::write(old.join(MARKER), MARKER_TEXT).unwrap();
        clean_leftovers(&out).unwrap();
        assert!(!old.exists() && out.join("n.txt").is_file());
    }
}
