//! Correctness details through the real binary: a closed pipe ends output
//! quietly; a progress file that cannot be read is not also "missing"; a key
//! written twice is reported where it is written, with the file's other errors.

mod common;

use common::*;
use std::fs;
use std::io::Read;
use std::process::{Command, Stdio};

/// A progress file naming `n` projects that do not exist: `n` errors, so that
/// `check`'s output is far larger than a pipe's buffer.
fn many_errors(site: &std::path::Path, n: usize) {
    let mut text = String::from("period: 2025-02\nprojects:\n");
    for i in 0..n {
        text.push_str(&format!("  NOPE-{i:05}: {{stage: 在建}}\n"));
    }
    fs::write(site.join("content/progress/2025-02.yaml"), text).unwrap();
}

fn command(args: &[&str], site: &std::path::Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_tongbao"));
    cmd.args(["--lang", "en"])
        .args(args)
        .arg(site)
        .env("NO_COLOR", "1");
    cmd
}

#[test]
fn check_json_into_a_pipe_closed_early_ends_quietly() {
    let (_tmp, site) = site_copy("small");
    many_errors(&site, 3000);
    // `tongbao check --format json | head -c 400`: read 400 bytes, close the pipe.
    let mut child = command(&["check", "--format", "json"], &site)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = child.stdout.take().unwrap();
    let mut head = [0u8; 400];
    out.read_exact(&mut head).unwrap();
    drop(out);
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    let status = child.wait().unwrap();
    assert!(head.starts_with(b"{\"errors\":3000,"), "{head:?}");
    assert_eq!(status.code(), Some(1), "{err}");
    assert!(err.is_empty(), "nothing on stderr, got: {err}");
}

#[test]
fn closed_standard_error_ends_check_and_build_quietly() {
    let (_tmp, site) = site_copy("small");
    // The summary line of a good build, into a closed pipe.
    for (args, code) in [(&["build"][..], 0), (&["check"][..], 0)] {
        let mut child = command(args, &site)
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stderr.take());
        assert_eq!(child.wait().unwrap().code(), Some(code), "{args:?}");
    }
    assert!(site.join("output/index.html").is_file());
    // Thousands of errors into a closed pipe: the exit status is still 1.
    many_errors(&site, 3000);
    for args in [
        &["check"][..],
        &["build"][..],
        &["check", "--format", "json"][..],
    ] {
        let mut child = command(args, &site)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stderr.take());
        drop(child.stdout.take());
        assert_eq!(child.wait().unwrap().code(), Some(1), "{args:?}");
    }
}

#[test]
fn a_progress_file_that_cannot_be_parsed_is_not_also_missing() {
    let (_tmp, site) = site_copy("small");
    fs::write(
        site.join("content/progress/2025-01.yaml"),
        "period: 2025-01\nprojects: [\n",
    )
    .unwrap();
    let o = tongbao_at("check", &site, &[]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(
        err.contains("content/progress/2025-01.yaml:3:1: error: YAML syntax"),
        "{err}"
    );
    assert!(!err.contains("no progress file"), "{err}");
    assert!(!err.contains("commentary is not used"), "{err}");
    assert!(err.contains("1 error in 1 file"), "{err}");
}

#[test]
fn a_missing_month_is_still_reported() {
    let (_tmp, site) = site_copy("small");
    fs::remove_file(site.join("content/progress/2025-01.yaml")).unwrap();
    let o = tongbao_at("check", &site, &[]);
    let err = stderr(&o);
    assert!(
        err.contains("no progress file for 2025-01 (between 2024-12 and 2025-02)"),
        "{err}"
    );
}

#[test]
fn a_duplicated_key_is_reported_at_the_duplicate_with_the_other_errors() {
    let (_tmp, site) = site_copy("small");
    fs::write(
        site.join("content/progress/2025-02.yaml"),
        "period: 2025-02\n\
         projects:\n  \
           T-001: {stage: 在建, invested: 100}\n  \
           T-002: {stage: 施工}\n  \
           T-004:\n    stage: 在建\n    stage: 竣工\n  \
           T-001: {stage: 在建, invested: 200}\n",
    )
    .unwrap();
    let o = tongbao_at("check", &site, &[]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    for needle in [
        "content/progress/2025-02.yaml:8:3: error: `T-001` is written twice",
        "first written at content/progress/2025-02.yaml:3:3",
        "content/progress/2025-02.yaml:7:5: error: `stage` is written twice",
        "content/progress/2025-02.yaml:4:18: error: unknown stage `施工`",
        "3 errors in 1 file",
    ] {
        assert!(err.contains(needle), "expected {needle:?} in:\n{err}");
    }
    assert!(!err.contains(":3:3: error"), "{err}");
    assert!(!err.contains("no progress file"), "{err}");
    // The build refuses the same way.
    let b = tongbao_at("build", &site, &[]);
    assert_eq!(b.status.code(), Some(1));
    assert!(stderr(&b).contains(":8:3: error: `T-001` is written twice"));
}

/// The line and column of each overrun warning (investment above a
/// project's total), as `check --format json` gives them: `(file, line,
/// column)` of every warning whose message names `id`.
fn overrun_places(site: &std::path::Path, id: &str) -> Vec<(String, u64, u64)> {
    let out = tongbao_at("check", site, &["--format", "json"]);
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| {
            let m = d["message"].as_str().unwrap_or("");
            m.contains(id) && m.contains("total")
        })
        .map(|d| {
            (
                d["file"].as_str().unwrap_or("").to_string(),
                d["line"].as_u64().unwrap_or(0),
                d["column"].as_u64().unwrap_or(0),
            )
        })
        .collect()
}

#[test]
fn overruns_found_after_every_file_is_read_name_the_record_s_line_and_column() {
    let (_tmp, site) = site_copy("small");
    // Read by the fast reader, whose reading keeps where each id stands: a
    // comment and a Chinese note above, CRLF line ends, the id on line 10.
    fs::write(
        site.join("content/progress/2025-02.yaml"),
        "# 二月\r\nperiod: 2025-02\r\nprojects:\r\n  T-001:\r\n    stage: 在建\r\n    \
         invested: 1500.25\r\n    note: 设备安装（一期）\r\n  T-003: {stage: 前期, funds: 300}\r\n  \
         T-004: {stage: 在建, invested: 400}\r\n  T-002:   {stage: 在建, invested: 9999}\r\n",
    )
    .unwrap();
    // Left to serde_yaml (an anchor and its alias): the id found by the
    // file's positions, on line 7.
    fs::write(
        site.join("content/progress/2025-01.yaml"),
        "period: 2025-01\nprojects:\n  T-001: &a\n    stage: 在建\n    invested: 2500\n  \
         T-002: {stage: 前期}\n  T-004: {stage: 在建, invested: 9000}\n  T-003: *a\n",
    )
    .unwrap();
    assert_eq!(
        overrun_places(&site, "T-002"),
        [("content/progress/2025-02.yaml".to_string(), 10, 3)]
    );
    assert_eq!(
        overrun_places(&site, "T-004"),
        [("content/progress/2025-01.yaml".to_string(), 7, 3)]
    );
}
