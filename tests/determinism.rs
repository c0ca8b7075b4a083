//! The same content gives the same bytes, with the real binary: whatever the
//! number of threads, the locale and the time zone, and however the ledger is
//! split into files, in whatever order the files were created and are listed.

#[path = "common/bounded.rs"]
mod bounded;
mod common;

use bounded::{err_text, fingerprint, first_difference, run_for};
use std::fs;
use std::path::Path;

/// Writes a demo site of `projects` projects and `months` months into `dir`.
fn demo(dir: &Path, projects: usize, months: usize) {
    let mut cmd = bounded::demo_bin();
    cmd.arg(dir).args([
        "--projects",
        &projects.to_string(),
        "--months",
        &months.to_string(),
    ]);
    let o = run_for(cmd, 120);
    assert_eq!(o.status.code(), Some(0), "{}", err_text(&o));
}

/// Builds `site` into `out` with the environment `env`; returns the fingerprint.
fn build_with(site: &Path, out: &Path, env: &[(&str, &str)]) -> Vec<(String, u64, u64)> {
    let mut cmd = bounded::bin();
    cmd.arg("build").arg(site).arg("--output").arg(out);
    for (k, v) in env {
        cmd.env(k, v);
    }
    let o = run_for(cmd, 300);
    assert_eq!(o.status.code(), Some(0), "{env:?}: {}", err_text(&o));
    fingerprint(out)
}

#[test]
fn threads_locale_and_time_zone_change_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("site");
    demo(&site, 300, 14);
    let envs: [&[(&str, &str)]; 3] = [
        &[
            ("RAYON_NUM_THREADS", "1"),
            ("LANG", "C"),
            ("LC_ALL", "C"),
            ("TZ", "UTC"),
        ],
        &[
            ("RAYON_NUM_THREADS", "8"),
            ("LANG", "zh_CN.UTF-8"),
            ("LC_ALL", "zh_CN.UTF-8"),
            ("TZ", "Asia/Shanghai"),
        ],
        &[
            ("RAYON_NUM_THREADS", "3"),
            ("LANG", "tr_TR.UTF-8"),
            ("LC_ALL", "de_DE.UTF-8"),
            ("TZ", "America/St_Johns"),
        ],
    ];
    let first = build_with(&site, &tmp.path().join("out0"), envs[0]);
    assert!(first.len() > 500, "{} files", first.len());
    for (i, env) in envs.iter().enumerate().skip(1) {
        let other = build_with(&site, &tmp.path().join(format!("out{i}")), env);
        assert!(
            other == first,
            "{env:?}: {}",
            first_difference(&first, &other)
        );
    }
}

/// The items of a YAML list file (each starting with `- ` at column 0).
fn list_items(text: &str) -> Vec<String> {
    let mut items: Vec<String> = Vec::new();
    for line in text.split_inclusive('\n') {
        if line.starts_with("- ") {
            items.push(String::new());
        }
        if let Some(last) = items.last_mut() {
            last.push_str(line);
        }
    }
    items
}

/// The entries of a progress file's `projects:` mapping (two-space keys).
fn progress_entries(text: &str) -> (String, Vec<String>) {
    let (head, body) = text.split_at(text.find("projects:\n").unwrap() + "projects:\n".len());
    let mut entries: Vec<String> = Vec::new();
    for line in body.split_inclusive('\n') {
        if line.starts_with("  ") && !line.starts_with("   ") {
            entries.push(String::new());
        }
        entries.last_mut().unwrap().push_str(line);
    }
    (head.to_string(), entries)
}

#[test]
fn splitting_and_ordering_the_files_differently_changes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let a = tmp.path().join("a");
    demo(&a, 200, 13);

    // A copy whose ledger is the same projects, reversed and dealt into other
    // files in other folders, created in another order; progress entries and
    // problems reversed.
    let b = tmp.path().join("b");
    common::copy_tree(&a.join("content"), &b.join("content"));
    fs::remove_dir_all(b.join("content/projects")).unwrap();
    let mut items = Vec::new();
    for e in walkdir::WalkDir::new(a.join("content/projects")).sort_by_file_name() {
        let e = e.unwrap();
        if e.file_type().is_file() {
            items.extend(list_items(&fs::read_to_string(e.path()).unwrap()));
        }
    }
    assert!(items.len() >= 200, "{} projects", items.len());
    items.reverse();
    let names = ["zz/last.yaml", "0.yaml", "m/n/o.yml", "b.yaml", "a/a.yaml"];
    let mut files = vec![String::new(); names.len()];
    for (i, item) in items.iter().enumerate() {
        files[(i * 7 + i / 3) % names.len()].push_str(item);
    }
    for (name, text) in names.iter().zip(&files).rev() {
        let p = b.join("content/projects").join(name);
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(p, text).unwrap();
    }
    let progress = b.join("content/progress");
    let mut months: Vec<_> = fs::read_dir(&progress)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    months.sort();
    for p in months.iter().rev() {
        let (head, mut entries) = progress_entries(&fs::read_to_string(p).unwrap());
        entries.reverse();
        fs::remove_file(p).unwrap();
        fs::write(p, head + &entries.concat()).unwrap();
    }
    let problems = b.join("content/problems.yaml");
    let mut list = list_items(&fs::read_to_string(&problems).unwrap());
    assert!(list.len() > 5, "{} problems", list.len());
    list.reverse();
    fs::write(&problems, list.concat()).unwrap();
    assert_ne!(
        fs::read(a.join("content/progress/2025-03.yaml")).unwrap(),
        fs::read(b.join("content/progress/2025-03.yaml")).unwrap()
    );

    let env: &[(&str, &str)] = &[];
    let one = build_with(&a, &tmp.path().join("out-a"), env);
    let two = build_with(&b, &tmp.path().join("out-b"), env);
    assert!(one == two, "{}", first_difference(&one, &two));
}

/// The same ledger as PyYAML writes it by default (every Chinese character
/// as `\uXXXX`, long text folded over lines, keys sorted) gives the same site,
/// byte for byte, as the hand-written files it was dumped from (that the fast
/// reader takes each of them is a unit test of content/fast_yaml.rs).
#[test]
fn yaml_written_by_pyyaml_gives_the_same_site() {
    let tmp = tempfile::tempdir().unwrap();
    let by_hand = build_with(&common::fixture("small"), &tmp.path().join("a"), &[]);
    let by_pyyaml = build_with(&common::fixture("small-pyyaml"), &tmp.path().join("b"), &[]);
    assert!(by_hand.len() > 20, "{} files", by_hand.len());
    assert!(
        by_pyyaml == by_hand,
        "{}",
        first_difference(&by_hand, &by_pyyaml)
    );
}
