//! Build script: the identity of the code that makes each bulletin's PDF and
//! Word file (src/paper/, its Typst template, and Cargo.lock's versions of
//! Typst, resvg and zip), given to the code as `TONGBAO_PAPER_CODE`. A build
//! reuses a bulletin's previous PDF only when its input key is the same, and
//! this is part of the key: a tongbao with other paper code makes the files
//! again instead of keeping ones its predecessor made.
//!
//! `TONGBAO_CODE` is the same for the whole of src/ and Cargo.lock: the
//! identity of the code that makes the bulletins' workbooks, which a build
//! reuses on the same terms.

use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            files(&p, out);
        } else {
            out.push(p);
        }
    }
}

/// The hash of the files under `dirs` and Cargo.lock, their paths and bytes.
fn identity(dirs: &[&str]) -> u64 {
    let mut paths = Vec::new();
    for dir in dirs {
        files(Path::new(dir), &mut paths);
    }
    paths.push(PathBuf::from("Cargo.lock"));
    paths.sort();
    let mut h = std::collections::hash_map::DefaultHasher::new();
    for p in &paths {
        p.to_string_lossy().replace('\\', "/").hash(&mut h);
        std::fs::read(p).unwrap_or_default().hash(&mut h);
    }
    h.finish()
}

fn main() {
    println!("cargo:rerun-if-changed=src");
    println!("cargo:rerun-if-changed=Cargo.lock");
    println!(
        "cargo:rustc-env=TONGBAO_PAPER_CODE={:016x}",
        identity(&["src/paper"])
    );
    println!("cargo:rustc-env=TONGBAO_CODE={:016x}", identity(&["src"]));
}
