//! Hostile and huge input, with the real binary under a time limit and (on
//! Linux) a memory limit: each gets a clear error or a correct build, never a
//! panic, a hang or unbounded memory. Big inputs are generated here.

#[path = "common/bounded.rs"]
mod bounded;
mod common;

use bounded::{err_text, run_for};
use common::*;
use std::fs;
use std::path::Path;
use std::process::{Command, Output};

/// Virtual memory a check may use, in KiB (the binary with its thread stacks
/// needs a few hundred MB; alias bombs would need terabytes).
const MEMORY_KIB: u64 = 3 << 20;

/// `tongbao SUB SITE` under a time limit and a memory limit.
fn run(sub: &str, site: &Path, secs: u64) -> Output {
    if cfg!(target_os = "linux") {
        let mut cmd = Command::new("sh");
        cmd.arg("-c")
            .arg(format!(
                "ulimit -v {MEMORY_KIB}; exec \"$0\" --lang en \"$1\" \"$2\""
            ))
            .arg(env!("CARGO_BIN_EXE_tongbao"))
            .arg(sub)
            .arg(site)
            .env("NO_COLOR", "1");
        run_for(cmd, secs)
    } else {
        let mut cmd = bounded::bin();
        cmd.arg(sub).arg(site);
        run_for(cmd, secs)
    }
}

/// Asserts a content error (exit 1) whose message has `needle`, and no panic.
fn rejects(o: &Output, needle: &str) {
    let err = err_text(o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(
        err.contains(needle),
        "expected `{needle}` in:\n{}",
        &err[..err.len().min(3000)]
    );
    assert!(!err.contains("panicked"), "{err}");
}

fn write(site: &Path, rel: &str, bytes: impl AsRef<[u8]>) {
    let p = site.join(rel);
    fs::create_dir_all(p.parent().unwrap()).unwrap();
    fs::write(p, bytes).unwrap();
}

#[test]
fn billion_laughs() {
    let (_tmp, site) = site_copy("small");
    let mut bomb = String::from("- id: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for i in 1..10 {
        let prev = format!("*a{}", i - 1);
        bomb.push_str(&format!(
            "  f{i}: &a{i} [{}]\n",
            [prev.as_str(); 9].join(", ")
        ));
    }
    write(&site, "content/projects/bomb.yaml", bomb);
    rejects(&run("check", &site, 60), "content/projects/bomb.yaml");
    rejects(&run("build", &site, 60), "aliases (*name)");
    assert!(!site.join("output").exists());
}

#[test]
fn quadratic_alias_expansion() {
    // Within serde_yaml's repetition limit (it counts alias jumps), but 25,000
    // uses of a 25,000-item list would be 625 million values.
    let (_tmp, site) = site_copy("small");
    let n = 25_000;
    let text = format!(
        "- id: X-1\n  tags: &t [{}]\n  leaders: [{}]\n",
        vec!["x"; n].join(","),
        vec!["*t"; n].join(",")
    );
    write(&site, "content/projects/bomb.yaml", text);
    rejects(
        &run("build", &site, 60),
        "aliases (*name) expand this file to more than",
    );
}

#[test]
fn deep_nesting() {
    for (name, text) in [
        ("brackets", "[".repeat(10_000)),
        ("braces", "{a: ".repeat(10_000)),
        ("dashes", format!("{}x\n", "- ".repeat(10_000))),
        (
            "closed",
            format!("{}{}", "[".repeat(5_000), "]".repeat(5_000)),
        ),
    ] {
        let (_tmp, site) = site_copy("small");
        write(&site, "content/projects/deep.yaml", &text);
        let o = run("build", &site, 60);
        let err = err_text(&o);
        assert_eq!(o.status.code(), Some(1), "{name}: {err}");
        assert!(
            err.contains("content/projects/deep.yaml:1:"),
            "{name}: {err}"
        );
        assert!(!err.contains("panicked"), "{name}: {err}");
    }
    let (_tmp, site) = site_copy("small");
    write(&site, "content/problems.yaml", "[".repeat(10_000));
    rejects(&run("check", &site, 60), "nested more than 128 levels deep");
}

#[test]
fn fifty_megabyte_ledger() {
    let (_tmp, site) = site_copy("small");
    // Valid projects: without the limit this would be a 110,000-project build.
    let mut text = String::with_capacity(51 << 20);
    let mut i = 0;
    while text.len() < 50 << 20 {
        text.push_str(&format!(
            "- id: B-{i:07}\n  name: 项目{i}很长的名称很长的名称很长的名称很长的名称很长的名称很长的名称\n  category: 工业\n  total_investment: 1000\n  plans: {{2025: 100}}\n  unit: gxj\n  leaders: [王某]\n  location: 高新区\n"
        ));
        i += 1;
    }
    write(&site, "content/projects/huge.yaml", &text);
    let o = run("build", &site, 60);
    rejects(&o, "content/projects/huge.yaml: error: the file is 50 MB; tongbao reads files of this kind up to 16 MB");
    assert!(err_text(&o).contains("split the ledger into several files"));
    // Just under the limit, it is read (and checked) like any other file.
    text.truncate(text[..15 << 20].rfind("- id:").unwrap());
    write(&site, "content/projects/huge.yaml", &text);
    let o = run("check", &site, 300);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        &err_text(&o)[..err_text(&o).len().min(3000)]
    );
}

#[test]
fn ten_megabyte_commentary() {
    let (_tmp, site) = site_copy("small");
    let line = "截至2月底，全区{{ totals.projects }}个项目中，已开复工{{ totals.started }}个，开复工率{{ totals.start_rate | pct }}。\n\n";
    let big = line.repeat((10 << 20) / line.len() + 1);
    write(&site, "content/bulletins/2025-02.md", &big);
    rejects(&run("build", &site, 60), "content/bulletins/2025-02.md: error: the file is 10 MB; tongbao reads files of this kind up to 1 MB");
    // Just under the limit: 20,000 figures on one line and as many on their
    // own lines are placed in linear time and built.
    let one_line = "{{ totals.projects }}个，".repeat(20_000);
    let many = line.repeat(3_000);
    let text = format!("{one_line}\n\n{many}");
    assert!(text.len() < 1 << 20, "{}", text.len());
    write(&site, "content/bulletins/2025-02.md", &text);
    let o = run("build", &site, 120);
    assert_eq!(o.status.code(), Some(0), "{}", err_text(&o));
    let page = fs::read_to_string(site.join("output/bulletins/2025-02/index.html")).unwrap();
    assert!(!page.contains("{{"), "figures not filled in");
    assert!(page.matches("个项目中，已开复工").count() >= 3_000);
    // Every figure wrong: a hundred errors are reported, with positions.
    write(
        &site,
        "content/bulletins/2025-02.md",
        "{{ totals.nope }}".repeat(50_000),
    );
    let o = run("build", &site, 60);
    rejects(&o, "more than 100 figures are wrong");
    assert!(err_text(&o).contains("content/bulletins/2025-02.md:1:1: error: unknown name"));
}

#[test]
fn binary_junk_empty_and_bom_only_files() {
    // Binary junk: not UTF-8.
    let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
    let junk: Vec<u8> = (0..100_000)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect();
    let (_tmp, site) = site_copy("small");
    write(&site, "content/projects/junk.yaml", &junk);
    rejects(&run("build", &site, 60), "content/projects/junk.yaml:1:");
    rejects(&run("build", &site, 60), "the file is not UTF-8");

    // Control characters that are valid UTF-8.
    let (_tmp, site) = site_copy("small");
    write(
        &site,
        "content/projects/ctl.yaml",
        "- id: \u{0}\u{1}\u{7}\u{1b}[31m\n",
    );
    rejects(&run("build", &site, 60), "content/projects/ctl.yaml:1:");

    // An empty ledger or problems file is an empty list; an empty or BOM-only
    // site.yaml is an error that says what is missing.
    for content in [
        &b""[..],
        &b"\xEF\xBB\xBF"[..],
        &b"\xEF\xBB\xBF\n\n# only a comment\n"[..],
    ] {
        let (_tmp, site) = site_copy("small");
        write(&site, "content/projects/empty.yaml", content);
        write(&site, "content/units.yaml", content);
        let o = run("build", &site, 60);
        // units.yaml empty: the projects' departments are then unknown names.
        let err = err_text(&o);
        assert!(!err.contains("panicked"), "{err}");
        assert!(
            o.status.code() == Some(0) || o.status.code() == Some(1),
            "{err}"
        );
        assert!(!err.contains("content/projects/empty.yaml"), "{err}");

        let (_tmp, site) = site_copy("small");
        write(&site, "content/site.yaml", content);
        let o = run("build", &site, 60);
        rejects(&o, "content/site.yaml");
        assert!(
            err_text(&o).contains("expected site settings"),
            "{}",
            err_text(&o)
        );
    }
}

#[cfg(unix)]
#[test]
fn devices_and_pipes_are_not_read() {
    // A named pipe would block a reader for ever; a link to /dev/zero would
    // never end. Neither is opened.
    let (_tmp, site) = site_copy("small");
    fs::remove_file(site.join("content/site.yaml")).unwrap();
    let made = Command::new("mkfifo")
        .arg(site.join("content/site.yaml"))
        .status()
        .unwrap();
    assert!(made.success());
    rejects(
        &run("build", &site, 60),
        "content/site.yaml: error: this is a folder or a device, not a file",
    );

    let (_tmp, site) = site_copy("small");
    fs::remove_file(site.join("content/problems.yaml")).unwrap();
    std::os::unix::fs::symlink("/dev/zero", site.join("content/problems.yaml")).unwrap();
    rejects(
        &run("build", &site, 60),
        "content/problems.yaml: error: the file is a symbolic link",
    );
}

#[test]
fn ten_thousand_unknown_projects() {
    // Every mistake is reported, quickly: positions and suggestions stop after
    // the first 200 of a file.
    let (_tmp, site) = site_copy("small");
    let mut ledger = String::new();
    for i in 0..10_000 {
        ledger.push_str(&format!(
            "- id: B-{i:06}\n  name: 项目{i}\n  category: 工业\n  total_investment: 1000\n  plans: {{2025: 100}}\n  unit: 第{i}局\n"
        ));
    }
    write(&site, "content/projects/big.yaml", &ledger);
    let path = site.join("content/progress/2025-02.yaml");
    let mut progress = fs::read_to_string(&path).unwrap();
    for i in 0..10_000 {
        progress.push_str(&format!("  X-{i:06}: {{stage: 在建}}\n"));
    }
    fs::write(&path, progress).unwrap();
    let o = run("check", &site, 120);
    rejects(&o, "20000 errors");
    let err = err_text(&o);
    assert!(
        err.contains("content/progress/2025-02.yaml:12:3: error: unknown project `X-000000`"),
        "{}",
        &err[..3000]
    );
    assert!(err.contains("error: unknown department `第9999局`"));
}
