//! Build script: the identity of the code that makes each bulletin's PDF and
//! Word file (src/paper/, its Typst template, and Cargo.lock's versions of
//! Typst, resvg and zip), given to the code as `TONGBAO_PAPER_CODE`. A build
//! reuses a bulletin's previous PDF only when its input key is the same, and
//! this is part of the key: a tongbao with other paper code makes the files
//! again instead of keeping ones its predecessor made.

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

fn main() {
    let mut paths = Vec::new();
    files(Path::new("src/paper"), &mut paths);
    paths.push(PathBuf::from("Cargo.lock"));
    paths.sort();
    let mut h = std::collections::hash_map::DefaultHasher::new();
    for p in &paths {
        p.to_string_lossy().replace('\\', "/").hash(&mut h);
        std::fs::read(p).unwrap_or_default().hash(&mut h);
    }
    println!("cargo:rerun-if-changed=src/paper");
    println!("cargo:rerun-if-changed=Cargo.lock");
    println!("cargo:rustc-env=TONGBAO_PAPER_CODE={:016x}", h.finish());
}
