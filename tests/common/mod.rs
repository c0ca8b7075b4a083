//! Helpers for tests that run the real `tongbao` binary on real folders.
#![allow(dead_code)]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The path of a fixture site under tests/fixtures.
pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// Copies a folder tree.
pub fn copy_tree(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.unwrap();
        let rel = entry.path().strip_prefix(from).unwrap();
        let dest = to.join(rel);
        if entry.file_type().is_dir() {
            fs::create_dir_all(&dest).unwrap();
        } else {
            fs::copy(entry.path(), &dest).unwrap();
        }
    }
}

/// A fresh copy of fixture `name` in a temporary folder; the folder lives as long as the guard.
pub fn site_copy(name: &str) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("site");
    copy_tree(&fixture(name), &site);
    (tmp, site)
}

/// Builds the demo site (the repository root) into `out` with the real binary.
pub fn build_demo(out: &Path) {
    let o = tongbao(&[
        "build",
        env!("CARGO_MANIFEST_DIR"),
        "--output",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

/// The demo site built once per test program into a temporary folder.
pub fn demo_output() -> &'static Path {
    static OUT: std::sync::OnceLock<(tempfile::TempDir, PathBuf)> = std::sync::OnceLock::new();
    &OUT.get_or_init(|| {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("out");
        build_demo(&out);
        (tmp, out)
    })
    .1
}

/// Runs tongbao with `args`, messages in English (`--lang en`): the fixtures
/// are zh-CN sites, whose messages are otherwise in Chinese (tests/messages.rs).
pub fn tongbao(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tongbao"))
        .args(["--lang", "en"])
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .unwrap()
}

/// Runs tongbao with `args` where some are paths, messages in English.
pub fn tongbao_at(sub: &str, site: &Path, extra: &[&str]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_tongbao"));
    cmd.args(["--lang", "en"])
        .arg(sub)
        .arg(site)
        .args(extra)
        .env("NO_COLOR", "1");
    cmd.output().unwrap()
}

/// Runs tongbao with `args` as a user would: no `--lang` unless given, so
/// that messages are in the site's language (zh-CN where there is no site).
pub fn as_user(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tongbao"))
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .unwrap()
}

/// Standard output as text.
pub fn stdout_of(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// A site with the small fixture's site.yaml and units.yaml and nothing else.
pub fn empty_site(tmp: &Path, name: &str) -> PathBuf {
    let site = tmp.join(name);
    fs::create_dir_all(site.join("content")).unwrap();
    for f in ["site.yaml", "units.yaml"] {
        fs::copy(
            fixture("small").join("content").join(f),
            site.join("content").join(f),
        )
        .unwrap();
    }
    site
}

/// Standard error as text.
pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Replaces `from` by `to` in a file of the site (which must contain it).
pub fn edit(site: &Path, file: &str, from: &str, to: &str) {
    let p = site.join(file);
    let text = fs::read_to_string(&p).unwrap();
    assert!(text.contains(from), "{file} does not contain {from:?}");
    fs::write(&p, text.replacen(from, to, 1)).unwrap();
}

/// Every file under `dir` with its bytes, sorted: a snapshot to compare outputs.
pub fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<(String, Vec<u8>)> = walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            (
                e.path()
                    .strip_prefix(dir)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned(),
                fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    out.sort();
    out
}

/// A file of the previous output, changed by `f`, with the output's marker
/// saying the previous build wrote it so (as if it had).
pub fn vouched_change(out: &Path, rel: &str, f: impl Fn(&mut Vec<u8>)) {
    let path = out.join(rel);
    let mut bytes = std::fs::read(&path).unwrap();
    let old = format!("{rel}\t{:016x}", tongbao::site::manifest::hash(&bytes));
    f(&mut bytes);
    std::fs::write(&path, &bytes).unwrap();
    let new = format!("{rel}\t{:016x}", tongbao::site::manifest::hash(&bytes));
    let marker = out.join(tongbao::site::manifest::MARKER);
    let text = std::fs::read_to_string(&marker).unwrap();
    assert!(
        text.contains(&old),
        "{rel} is not in the marker with its hash"
    );
    std::fs::write(&marker, text.replace(&old, &new)).unwrap();
}

/// Runs LibreOffice headless (its own profile under `tmp`) to convert `book`
/// with `filter` into `out`; `None` where `soffice` is not installed.
pub fn soffice(tmp: &Path, book: &Path, filter: &str, out: &Path) -> Option<Output> {
    let found = Command::new("sh")
        .args(["-c", "command -v soffice"])
        .output()
        .ok()?;
    if !found.status.success() {
        eprintln!("skipped: soffice (LibreOffice) is not installed");
        return None;
    }
    let profile = tmp.join("lo-profile");
    let o = Command::new("soffice")
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.display()
        ))
        .args(["--headless", "--convert-to", filter, "--outdir"])
        .arg(out)
        .arg(book)
        .output()
        .unwrap();
    Some(o)
}
