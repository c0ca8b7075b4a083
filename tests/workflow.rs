//! The monthly workflow with the real binary: `init` a site, build it, `new`
//! next month, check and build again; refusals leave every file as it was.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;

use common::{edit, site_copy, snapshot, stderr, tongbao};
use serde_yaml::Value;

fn s(p: &Path) -> &str {
    p.to_str().expect("temporary paths are UTF-8")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// A new site made by `tongbao init` in a temporary folder.
fn init_site() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("xm");
    let out = tongbao(&["init", s(&site)]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    (tmp, site)
}

fn new_month(site: &Path, month: &str, extra: &[&str]) -> Output {
    let mut args = vec!["new", month, s(site)];
    args.extend_from_slice(extra);
    tongbao(&args)
}

fn check_ok(site: &Path) {
    let out = tongbao(&["check", s(site)]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stderr(&out);
    assert!(text.contains("ok:") && !text.contains("error:"), "{text}");
}

/// The skeleton of `new` is refused until its 【待填写】 markers are written:
/// `check` says where, then the markers are replaced by text and `check` passes.
fn write_commentary_then_check_ok(site: &Path, month: &str) {
    let out = tongbao(&["check", s(site)]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    let file = format!("content/bulletins/{month}.md");
    assert!(
        err.contains(&format!("{file}:")) && err.contains("is still to be written"),
        "{err}"
    );
    let path = site.join(&file);
    let mut text = fs::read_to_string(&path).unwrap();
    while let Some(at) = text.find("【待填写") {
        let end = text[at..]
            .find('】')
            .map_or(text.len(), |e| at + e + '】'.len_utf8());
        text.replace_range(at..end, "已写好的内容");
    }
    fs::write(&path, text).unwrap();
    check_ok(site);
}

fn read_yaml(path: &Path) -> Value {
    serde_yaml::from_str(&fs::read_to_string(path).unwrap()).unwrap()
}

/// The `projects:` map of a progress file: (id, stage, invested).
fn records(path: &Path) -> Vec<(String, String, Value)> {
    let v = read_yaml(path);
    let Some(Value::Mapping(map)) = v.get("projects") else {
        panic!("no projects in {}", path.display());
    };
    map.iter()
        .map(|(k, r)| {
            (
                k.as_str().unwrap().to_string(),
                r.get("stage").and_then(Value::as_str).unwrap().to_string(),
                r.get("invested").cloned().unwrap_or(Value::Null),
            )
        })
        .collect()
}

fn stage_of(recs: &[(String, String, Value)], id: &str) -> Option<String> {
    recs.iter().find(|r| r.0 == id).map(|r| r.1.clone())
}

#[test]
fn init_gives_a_site_that_checks_and_builds() {
    let (_tmp, site) = init_site();
    check_ok(&site);
    let check = tongbao(&["check", s(&site)]);
    assert!(!stderr(&check).contains("warning"), "{}", stderr(&check));
    for f in ["README.md", "content/site.yaml", "content/units.yaml"] {
        assert!(site.join(f).is_file(), "{f}");
    }
    let build = tongbao(&["build", s(&site)]);
    assert_eq!(build.status.code(), Some(0), "{}", stderr(&build));
    let out = site.join("output");
    assert!(out.join("index.html").is_file());
    for m in ["2026-07", "2026-08", "2026-09"] {
        assert!(
            out.join(format!("bulletins/{m}/index.html")).is_file(),
            "{m}"
        );
        assert!(
            out.join(format!("bulletins/{m}/metrics.json")).is_file(),
            "{m}"
        );
    }
    for n in 1..=12 {
        let page = out.join(format!("projects/YX-2026-{n:03}/index.html"));
        assert!(page.is_file(), "{}", page.display());
    }
    assert!(out.join("pages/about/index.html").is_file());
    assert!(out.join("assets/2026-09/yx-2026-011.svg").is_file());
    // The commentary's figures were evaluated.
    let sep = fs::read_to_string(out.join("bulletins/2026-09/index.html")).unwrap();
    assert!(sep.contains("开复工率81.8%") && !sep.contains("{{"));
}

#[test]
fn init_prints_the_files_and_the_next_commands() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("xm");
    let out = tongbao(&["init", s(&site)]);
    let text = stdout(&out);
    assert!(text.contains("content/progress/2026-09.yaml"), "{text}");
    assert!(text.contains("tongbao build") && text.contains("tongbao new 2026-10"));
}

#[test]
fn init_refuses_a_folder_that_is_not_empty() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("mine");
    fs::create_dir_all(dir.join("content")).unwrap();
    fs::write(dir.join("notes.txt"), "我的笔记").unwrap();
    let before = snapshot(tmp.path());
    let out = tongbao(&["init", s(&dir)]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("not empty"), "{}", stderr(&out));
    assert_eq!(snapshot(tmp.path()), before);

    let file = tmp.path().join("a-file");
    fs::write(&file, "x").unwrap();
    assert_eq!(tongbao(&["init", s(&file)]).status.code(), Some(2));

    // An existing empty folder is fine.
    let empty = tmp.path().join("empty");
    fs::create_dir(&empty).unwrap();
    assert_eq!(tongbao(&["init", s(&empty)]).status.code(), Some(0));
    assert!(empty.join("content/site.yaml").is_file());
}

#[test]
fn new_carries_stages_forward_and_the_month_builds() {
    let (_tmp, site) = init_site();
    let out = new_month(&site, "2026-10", &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains("content/progress/2026-10.yaml"));
    let progress = site.join("content/progress/2026-10.yaml");
    let bulletin = site.join("content/bulletins/2026-10.md");
    assert!(progress.is_file() && bulletin.is_file());

    assert_eq!(
        read_yaml(&progress).get("period").and_then(Value::as_str),
        Some("2026-10")
    );
    let before = records(&site.join("content/progress/2026-09.yaml"));
    let now = records(&progress);
    // Stages carry forward from the previous record.
    assert_eq!(
        stage_of(&now, "YX-2026-001"),
        stage_of(&before, "YX-2026-001")
    );
    assert_eq!(stage_of(&now, "YX-2026-001").as_deref(), Some("在建"));
    assert_eq!(stage_of(&now, "YX-2026-009").as_deref(), Some("停工"));
    assert_eq!(stage_of(&now, "YX-2026-003").as_deref(), Some("前期"));
    // Last reported in July (前期): carried over two months.
    assert_eq!(stage_of(&now, "YX-2026-005").as_deref(), Some("前期"));
    // In the 2026 plan, nothing reported yet.
    assert_eq!(stage_of(&now, "YX-2026-012").as_deref(), Some("前期"));
    // Finished (竣工, 投产): absent.
    assert_eq!(stage_of(&before, "YX-2026-004").as_deref(), Some("竣工"));
    assert_eq!(stage_of(&before, "YX-2026-007").as_deref(), Some("投产"));
    assert_eq!(stage_of(&now, "YX-2026-004"), None);
    assert_eq!(stage_of(&now, "YX-2026-007"), None);
    // Every project has invested 0, and they are sorted by id.
    assert!(now.iter().all(|r| r.2.as_u64() == Some(0)), "{now:?}");
    let ids: Vec<&String> = now.iter().map(|r| &r.0).collect();
    let mut sorted = ids.clone();
    sorted.sort();
    assert_eq!(ids, sorted);
    assert_eq!(ids.len(), 10);

    let md = fs::read_to_string(&bulletin).unwrap();
    for part in [
        "一、总体情况",
        "二、存在问题",
        "三、下一步工作",
        "number: 4",
        "title: 2026年10月",
    ] {
        assert!(md.contains(part), "{part} in\n{md}");
    }
    assert!(md.contains("{{ totals.start_rate | pct }}") && md.contains("| money }}"));
    assert!(!md.lines().any(|l| l.starts_with("date:")), "{md}");

    write_commentary_then_check_ok(&site, "2026-10");
    let build = tongbao(&["build", s(&site)]);
    assert_eq!(build.status.code(), Some(0), "{}", stderr(&build));
    let oct = site.join("output/bulletins/2026-10");
    let html = fs::read_to_string(oct.join("index.html")).unwrap();
    assert!(html.contains("第4期") && !html.contains("{{"), "{html}");
    let metrics: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(oct.join("metrics.json")).unwrap()).unwrap();
    assert_eq!(metrics["totals"]["invested_month"], serde_json::json!(0));
}

#[test]
fn new_never_overwrites_and_names_the_file() {
    let (_tmp, site) = init_site();
    assert_eq!(new_month(&site, "2026-10", &[]).status.code(), Some(0));
    let before = snapshot(&site);
    for extra in [&[][..], &["--force"][..]] {
        let again = new_month(&site, "2026-10", extra);
        assert_eq!(again.status.code(), Some(2));
        assert!(
            stderr(&again).contains("content/progress/2026-10.yaml"),
            "{}",
            stderr(&again)
        );
        assert_eq!(snapshot(&site), before);
    }
    // A commentary written ahead of time is not overwritten either.
    fs::write(site.join("content/bulletins/2026-11.md"), "十一月").unwrap();
    let before = snapshot(&site);
    let out = new_month(&site, "2026-11", &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("content/bulletins/2026-11.md"));
    assert_eq!(snapshot(&site), before);
}

#[test]
fn new_wants_the_month_after_the_latest_unless_forced() {
    let (_tmp, site) = init_site();
    let before = snapshot(&site);
    let out = new_month(&site, "2026-11", &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("2026-10"), "{}", stderr(&out));
    assert_eq!(snapshot(&site), before);

    let forced = new_month(&site, "2026-11", &["--force"]);
    assert_eq!(forced.status.code(), Some(0), "{}", stderr(&forced));
    let now = records(&site.join("content/progress/2026-11.yaml"));
    assert_eq!(stage_of(&now, "YX-2026-009").as_deref(), Some("停工"));
    write_commentary_then_check_ok(&site, "2026-11");
    assert_eq!(tongbao(&["build", s(&site)]).status.code(), Some(0));
    assert!(site.join("output/bulletins/2026-11/index.html").is_file());
}

#[test]
fn new_refuses_a_site_with_errors_and_a_bad_month() {
    let (_tmp, site) = site_copy("small");
    edit(
        &site,
        "content/progress/2025-02.yaml",
        "stage: 前期",
        "stage: 施工",
    );
    let before = snapshot(&site);
    let out = new_month(&site, "2025-03", &[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("unknown stage"), "{}", stderr(&out));
    assert_eq!(snapshot(&site), before);

    for bad in ["2025-13", "March", "2025"] {
        assert_eq!(new_month(&site, bad, &[]).status.code(), Some(2), "{bad}");
    }
    assert_eq!(snapshot(&site), before);
}

#[test]
fn new_on_another_site_numbers_after_the_explicit_issue() {
    let (_tmp, site) = site_copy("small");
    let out = new_month(&site, "2025-03", &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let md = fs::read_to_string(site.join("content/bulletins/2025-03.md")).unwrap();
    assert!(md.contains("number: 3"), "{md}");
    let now = records(&site.join("content/progress/2025-03.yaml"));
    // T-005 last reported 前期 in January; T-003 is a promoted project.
    assert_eq!(stage_of(&now, "T-005").as_deref(), Some("前期"));
    let text = fs::read_to_string(site.join("content/progress/2025-03.yaml")).unwrap();
    assert!(text.contains("T-003:") && text.contains("funds: 0"));
    write_commentary_then_check_ok(&site, "2025-03");
    assert_eq!(tongbao(&["build", s(&site)]).status.code(), Some(0));
}

#[test]
fn every_subcommand_help_has_an_example() {
    for sub in ["build", "check", "init", "new"] {
        let out = tongbao(&[sub, "--help"]);
        assert_eq!(out.status.code(), Some(0), "{sub}");
        assert!(stdout(&out).contains("Example"), "{sub}: {}", stdout(&out));
    }
    // The generator of synthetic sites is a binary of its own, not a command.
    let demo = std::process::Command::new(env!("CARGO_BIN_EXE_tongbao-demo"))
        .arg("--help")
        .output()
        .unwrap();
    assert_eq!(demo.status.code(), Some(0));
    assert!(stdout(&demo).contains("Example") && stdout(&demo).contains("--shape"));
    assert_eq!(tongbao(&["demo", "x"]).status.code(), Some(2));
    let top = tongbao(&["--help"]);
    assert!(stdout(&top).contains("init") && stdout(&top).contains("new"));
    let version = tongbao(&["--version"]);
    assert_eq!(version.status.code(), Some(0));
    assert!(stdout(&version).contains(env!("CARGO_PKG_VERSION")));
}
