//! A polling watcher: every file under the watched folders with its size and
//! modification time, compared every [`POLL`].
//!
//! Polling rather than OS notifications (inotify, FSEvents, ReadDirectoryChangesW):
//! it needs no extra crate, behaves the same on every platform and file system
//! (network shares, container and WSL mounts, editors that save by renaming a
//! temporary file), and a site's content is a few hundred small files, so a
//! walk costs well under a millisecond each time.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::thread::sleep;
use std::time::{Duration, SystemTime};

/// How often the folders are walked.
pub const POLL: Duration = Duration::from_millis(300);
/// How long the folders must stay unchanged before a rebuild (an editor or a
/// `git checkout` writing several files is one change).
pub const SETTLE: Duration = Duration::from_millis(200);

/// Every file under the watched folders: its size and modification time.
pub type Snapshot = BTreeMap<PathBuf, (u64, Option<SystemTime>)>;

/// Walks `dirs` (missing ones are empty) and records every file.
pub fn snapshot(dirs: &[PathBuf]) -> Snapshot {
    let mut out = Snapshot::new();
    for dir in dirs {
        for entry in walkdir::WalkDir::new(dir).follow_links(true) {
            // A file removed during the walk, or unreadable: the next walk sees it.
            let Ok(entry) = entry else { continue };
            let Ok(meta) = entry.metadata() else { continue };
            if meta.is_file() {
                out.insert(entry.into_path(), (meta.len(), meta.modified().ok()));
            }
        }
    }
    out
}

/// Watches folders for changes.
pub struct Watcher {
    dirs: Vec<PathBuf>,
    last: Snapshot,
}

impl Watcher {
    /// Starts watching `dirs` from their present state.
    pub fn new(dirs: Vec<PathBuf>) -> Watcher {
        let last = snapshot(&dirs);
        Watcher { dirs, last }
    }

    /// Blocks until the folders changed and then stayed unchanged for [`SETTLE`].
    /// Changes made while the caller rebuilds are seen by the next call.
    pub fn wait_for_change(&mut self) {
        loop {
            sleep(POLL);
            let mut now = snapshot(&self.dirs);
            if now == self.last {
                continue;
            }
            loop {
                sleep(SETTLE);
                let next = snapshot(&self.dirs);
                if next == now {
                    break;
                }
                now = next;
            }
            self.last = now;
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snapshot_sees_new_changed_and_removed_files() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("content");
        std::fs::create_dir_all(dir.join("sub")).unwrap();
        let dirs = vec![dir.clone(), tmp.path().join("missing")];
        let a = snapshot(&dirs);
        assert!(a.is_empty());
        std::fs::write(dir.join("sub/x.yaml"), "a: 1").unwrap();
        let b = snapshot(&dirs);
        assert_eq!(b.len(), 1);
        std::fs::write(dir.join("sub/x.yaml"), "a: 12").unwrap();
        assert_ne!(snapshot(&dirs), b);
        std::fs::remove_file(dir.join("sub/x.yaml")).unwrap();
        assert_eq!(snapshot(&dirs), a);
    }
}
