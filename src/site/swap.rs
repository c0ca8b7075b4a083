//! Putting a new site in the place of the old one in one step, and keeping two
//! builds from writing beside the same output folder at once.
//!
//! On Linux (`renameat2` with `RENAME_EXCHANGE`) and Apple systems
//! (`renameatx_np` with `RENAME_SWAP`) the staging folder and the output folder
//! trade places in a single system call: there is no moment at which the output
//! path is missing or half-written. Elsewhere, and on file systems that cannot
//! exchange (some network file systems), the output is renamed aside and the
//! staging folder renamed into place: between those two renames the output path
//! is missing for an instant, and a build killed in that instant leaves the
//! previous site beside it, which the next build puts back
//! ([`super::output::clean_leftovers`]).
//!
//! Why not a link to versioned folders: the output must stay a plain folder that
//! users copy, zip and upload; a symbolic link is copied as a link by many tools.

use std::fs;
use std::io;
use std::path::Path;

/// Makes `staging` the folder at `out`; afterwards `staging` holds the previous
/// content of `out`. `old` is the name used when the system cannot exchange.
pub fn swap(staging: &Path, out: &Path, old: &Path) -> io::Result<()> {
    match exchange(staging, out) {
        Ok(true) => Ok(()),
        Ok(false) => two_renames(staging, out, old),
        Err(e) => Err(e),
    }
}

/// Exchanges the two paths atomically; `Ok(false)` when this system or file
/// system cannot.
#[cfg(any(target_os = "linux", target_os = "android", target_vendor = "apple"))]
fn exchange(a: &Path, b: &Path) -> io::Result<bool> {
    use rustix::fs::{renameat_with, RenameFlags, CWD};
    use rustix::io::Errno;
    match renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE) {
        Ok(()) => Ok(true),
        Err(e) if e == Errno::INVAL || e == Errno::NOSYS || e == Errno::NOTSUP => Ok(false),
        Err(e) => Err(e.into()),
    }
}

/// Exchanges the two paths atomically; `Ok(false)` when this system or file
/// system cannot.
#[cfg(not(any(target_os = "linux", target_os = "android", target_vendor = "apple")))]
fn exchange(_a: &Path, _b: &Path) -> io::Result<bool> {
    Ok(false)
}

/// The fallback: `out` → `old`, `staging` → `out`, `old` → `staging`. If the
/// second rename fails, the previous site is put back.
pub fn two_renames(staging: &Path, out: &Path, old: &Path) -> io::Result<()> {
    fs::rename(out, old)?;
    if let Err(e) = fs::rename(staging, out) {
        let _ = fs::rename(old, out);
        return Err(e);
    }
    fs::rename(old, staging)
}

/// How long a build waits for another build writing beside the same output.
const LOCK_WAIT: std::time::Duration = std::time::Duration::from_secs(60);

/// A held lock; released when dropped (and by the system when the process dies).
pub struct Lock {
    #[cfg(unix)]
    _fd: rustix::fd::OwnedFd,
}

/// Locks the folder that holds `out` (an advisory `flock` on the folder itself,
/// so no lock file is left behind), waiting up to a minute for another build.
#[cfg(unix)]
pub fn lock_beside(out: &Path) -> io::Result<Lock> {
    use rustix::fs::{flock, open, FlockOperation, Mode, OFlags};
    let parent = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let fd = open(
        parent,
        OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC,
        Mode::empty(),
    )?;
    let start = std::time::Instant::now();
    loop {
        match flock(&fd, FlockOperation::NonBlockingLockExclusive) {
            Ok(()) => return Ok(Lock { _fd: fd }),
            Err(rustix::io::Errno::WOULDBLOCK) if start.elapsed() < LOCK_WAIT => {
                std::thread::sleep(std::time::Duration::from_millis(50));
            }
            Err(rustix::io::Errno::WOULDBLOCK) => {
                return Err(io::Error::other(format!(
                    "another tongbao build has been writing beside {} for over a minute; wait for it to finish",
                    out.display()
                )))
            }
            // File systems without flock: go on unlocked.
            Err(_) => return Ok(Lock { _fd: fd }),
        }
    }
}

/// No lock on systems without `flock`.
#[cfg(not(unix))]
pub fn lock_beside(_out: &Path) -> io::Result<Lock> {
    Ok(Lock {})
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tree(dir: &Path, file: &str, text: &str) {
        fs::create_dir_all(dir).unwrap();
        fs::write(dir.join(file), text).unwrap();
    }

    #[test]
    fn swap_exchanges_the_folders() {
        let tmp = tempfile::tempdir().unwrap();
        let (s, o, old) = (
            tmp.path().join("s"),
            tmp.path().join("o"),
            tmp.path().join("old"),
        );
        tree(&s, "new", "n");
        tree(&o, "prev", "p");
        swap(&s, &o, &old).unwrap();
        assert!(o.join("new").is_file() && !o.join("prev").exists());
        assert!(s.join("prev").is_file());
        assert!(!old.exists());
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn linux_exchanges_in_one_call() {
        let tmp = tempfile::tempdir().unwrap();
        let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
        tree(&a, "1", "a");
        tree(&b, "2", "b");
        assert!(
            exchange(&a, &b).unwrap(),
            "RENAME_EXCHANGE is not supported here"
        );
        assert!(a.join("2").is_file() && b.join("1").is_file());
    }

    #[test]
    fn fallback_exchanges_the_folders() {
        let tmp = tempfile::tempdir().unwrap();
        let (s, o, old) = (
            tmp.path().join("s"),
            tmp.path().join("o"),
            tmp.path().join("old"),
        );
        tree(&s, "new", "n");
        tree(&o, "prev", "p");
        two_renames(&s, &o, &old).unwrap();
        assert!(o.join("new").is_file() && s.join("prev").is_file());
        assert!(!old.exists());
    }

    #[test]
    fn lock_is_exclusive_and_released() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("o");
        let held = lock_beside(&out).unwrap();
        #[cfg(unix)]
        {
            use rustix::fs::{flock, open, FlockOperation, Mode, OFlags};
            let fd = open(
                tmp.path(),
                OFlags::RDONLY | OFlags::DIRECTORY,
                Mode::empty(),
            )
            .unwrap();
            assert!(flock(&fd, FlockOperation::NonBlockingLockExclusive).is_err());
            drop(held);
            assert!(flock(&fd, FlockOperation::NonBlockingLockExclusive).is_ok());
        }
        #[cfg(not(unix))]
        drop(held);
    }
}
