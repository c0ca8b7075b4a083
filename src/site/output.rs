//! The output folder: which folders build may write, and writing a whole site atomically.
//!
//! A build renders into a staging folder beside the output and swaps it in only
//! when every file was written, so a failed build leaves the previous site as it
//! was. Folders tongbao creates carry a marker file, so that a later build knows
//! it may replace them; any other non-empty folder is refused.

use std::fs;
use std::io;
use std::path::{Component, Path, PathBuf};

/// The marker file in every output folder tongbao writes.
pub const MARKER: &str = ".tongbao-output";

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
pub struct Refused(pub String);

/// Checks that `output` is a folder build may replace for the site in `site`.
pub fn check_output(site: &Path, output: &Path) -> Result<PathBuf, Refused> {
    let err = |m: String| Refused(m);
    let site = absolute(site).map_err(|e| err(format!("cannot resolve the site folder: {e}")))?;
    let out =
        absolute(output).map_err(|e| err(format!("cannot resolve the output folder: {e}")))?;
    let shown = output.display();
    if out.parent().is_none() {
        return Err(err(format!(
            "refusing to write the site into {shown}: it is the root folder"
        )));
    }
    if let Some(home) = std::env::var_os("HOME").map(PathBuf::from) {
        if absolute(&home).ok().as_deref() == Some(out.as_path()) {
            return Err(err(format!(
                "refusing to write the site into {shown}: it is the home folder"
            )));
        }
    }
    if out == site {
        return Err(err(format!(
            "refusing to write the site into {shown}: it is the site folder itself"
        )));
    }
    for protected in ["content", "themes"] {
        let p = site.join(protected);
        if p.starts_with(&out) {
            return Err(err(format!(
                "refusing to write the site into {shown}: it holds the site's {protected}/ folder"
            )));
        }
        if out.starts_with(&p) {
            return Err(err(format!("refusing to write the site into {shown}: it is inside the site's {protected}/ folder")));
        }
    }
    if out.exists() {
        if !out.is_dir() {
            return Err(err(format!(
                "refusing to write the site into {shown}: it is a file, not a folder"
            )));
        }
        let empty = fs::read_dir(&out)
            .map(|mut d| d.next().is_none())
            .unwrap_or(false);
        if !empty && !out.join(MARKER).is_file() {
            return Err(err(format!(
                "refusing to write the site into {shown}: the folder is not empty and was not made by tongbao (it has no {MARKER} file); choose an empty or new folder"
            )));
        }
    }
    Ok(out)
}

/// One file of the site: its path relative to the output folder and its bytes.
pub type OutFile = (String, Vec<u8>);

fn sibling(out: &Path, tag: &str) -> PathBuf {
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    out.with_file_name(format!(".{name}.tongbao-{tag}"))
}

/// Removes staging and old folders a killed build left beside `out`, restoring
/// the previous site when a build died between its two renames.
pub fn clean_leftovers(out: &Path) -> io::Result<()> {
    let staging = sibling(out, "staging");
    let old = sibling(out, "old");
    if staging.exists() {
        fs::remove_dir_all(&staging)?;
    }
    if old.exists() {
        if out.exists() {
            fs::remove_dir_all(&old)?;
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
pub struct Staging {
    dir: PathBuf,
}

impl Sink for Staging {
    fn put(&self, rel: &str, bytes: &[u8]) -> io::Result<()> {
        let path = self.dir.join(rel);
        match fs::write(&path, bytes) {
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                if let Some(parent) = path.parent() {
                    fs::create_dir_all(parent)?;
                }
                fs::write(&path, bytes)
            }
            other => other,
        }
    }
}

/// Fills a staging folder beside `out` with `fill`, and only when it succeeded
/// replaces `out` with it; on failure the staging folder is removed and `out`
/// is left exactly as it was.
pub fn publish_with<T, E: From<io::Error>>(
    out: &Path,
    fill: impl FnOnce(&Staging) -> Result<T, E>,
) -> Result<T, E> {
    clean_leftovers(out)?;
    if let Some(parent) = out.parent() {
        fs::create_dir_all(parent)?;
    }
    let staging = Staging {
        dir: sibling(out, "staging"),
    };
    fs::create_dir_all(&staging.dir)?;
    let result = fill(&staging).and_then(|v| {
        fs::write(
            staging.dir.join(MARKER),
            "This folder is written by tongbao build; it is replaced whole by the next build.\n",
        )?;
        Ok(v)
    });
    let value = match result {
        Ok(v) => v,
        Err(e) => {
            let _ = fs::remove_dir_all(&staging.dir);
            return Err(e);
        }
    };
    swap_in(&staging.dir, out)?;
    Ok(value)
}

/// Puts the finished `staging` folder at `out` and removes the previous output.
fn swap_in(staging: &Path, out: &Path) -> io::Result<()> {
    let old = sibling(out, "old");
    if out.exists() {
        fs::rename(out, &old)?;
    }
    if let Err(e) = fs::rename(staging, out) {
        let _ = fs::rename(&old, out);
        return Err(e);
    }
    if old.exists() {
        remove_tree(&old)?;
    }
    Ok(())
}

/// Removes a folder tree, its top-level entries in parallel.
fn remove_tree(dir: &Path) -> io::Result<()> {
    use rayon::prelude::*;
    let entries: Vec<PathBuf> = fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    entries.par_iter().try_for_each(|p| {
        if p.is_dir() && !p.is_symlink() {
            fs::remove_dir_all(p)
        } else {
            fs::remove_file(p)
        }
    })?;
    fs::remove_dir_all(dir)
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
    fn leftovers_restore_the_old_site() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("output");
        let old = sibling(&out, "old");
        fs::create_dir_all(&old).unwrap();
        fs::write(old.join("x"), "old").unwrap();
        clean_leftovers(&out).unwrap();
        assert_eq!(fs::read(out.join("x")).unwrap(), b"old");
    }
}
