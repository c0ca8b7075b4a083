//! Commentary that cannot go wrong, through the real binary: figures without
//! data print — with a warning, a half-written commentary (【待填写】) is an
//! error in `check` and `build`, and `build --draft` builds it marked 草稿.

mod common;

use common::*;
use std::fs;

const BULLETIN: &str = "content/bulletins/2025-02.md";

fn append(site: &std::path::Path, text: &str) {
    let path = site.join(BULLETIN);
    let mut body = fs::read_to_string(&path).unwrap();
    body.push_str(text);
    fs::write(path, body).unwrap();
}

#[test]
fn a_figure_without_data_prints_a_dash_and_check_warns_where_it_is() {
    let (_tmp, site) = site_copy("small");
    // The fixture's first year: no progress file of 2024 at or before February.
    append(
        &site,
        "\n去年同期完成{{ last_year.completed | money }}，同比{{ growth.completed.yoy | signed | pct }}；落后序时进度{{ vs_schedule | abs | points }}个百分点。\n",
    );
    let check = tongbao_at("check", &site, &[]);
    let err = stderr(&check);
    assert_eq!(check.status.code(), Some(0), "{err}");
    for needle in [
        "content/bulletins/2025-02.md:12:7: warning: `last_year.completed` has no data this month and prints as —",
        "content/bulletins/2025-02.md:12:43: warning: `growth.completed.yoy` has no data this month",
    ] {
        assert!(err.contains(needle), "expected {needle:?} in:\n{err}");
    }
    let build = tongbao_at("build", &site, &[]);
    let berr = stderr(&build);
    assert_eq!(build.status.code(), Some(0), "{berr}");
    assert!(berr.contains("`last_year.completed` has no data"), "{berr}");
    let html = fs::read_to_string(site.join("output/bulletins/2025-02/index.html")).unwrap();
    assert!(
        html.contains("去年同期完成—，同比—；落后序时进度"),
        "{html}"
    );
    assert!(!html.contains("落后序时进度-"), "abs must drop the sign");
    // A misspelt name is still an error, data or not.
    append(&site, "\n{{ last_year.complted }}\n");
    let bad = tongbao_at("check", &site, &[]);
    assert_eq!(bad.status.code(), Some(1));
    assert!(stderr(&bad).contains("14:1: error: unknown name `last_year.complted`"));
}

#[test]
fn a_half_written_commentary_is_an_error_and_a_draft_builds_marked() {
    let (_tmp, site) = site_copy("small");
    let ok = tongbao_at("build", &site, &[]);
    assert_eq!(ok.status.code(), Some(0), "{}", stderr(&ok));
    let before = snapshot(&site.join("output"));
    append(&site, "\n主要问题：【待填写：要素保障】。三要【待填写】\n");
    for sub in ["check", "build"] {
        let o = tongbao_at(sub, &site, &[]);
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(1), "{sub}: {err}");
        assert!(
            err.contains("content/bulletins/2025-02.md:12:6: error: `【待填写：要素保障】` is still to be written"),
            "{sub}: {err}"
        );
        assert!(err.contains("12:19: error: `【待填写】`"), "{sub}: {err}");
        assert!(err.contains("--draft"), "{sub}: {err}");
    }
    assert_eq!(snapshot(&site.join("output")), before, "nothing written");
    // The draft builds, warns, and says 草稿 on the page and in the single file.
    let draft = tongbao_at("build", &site, &["--draft"]);
    let err = stderr(&draft);
    assert_eq!(draft.status.code(), Some(0), "{err}");
    assert!(
        err.contains("12:6: warning: `【待填写：要素保障】`"),
        "{err}"
    );
    let dir = site.join("output/bulletins/2025-02");
    for file in ["index.html", "2025-02-bulletin.html"] {
        let html = fs::read_to_string(dir.join(file)).unwrap();
        assert!(html.contains("<title>【草稿】"), "{file}");
        assert!(html.contains("class=\"draft-mark\""), "{file}");
        assert!(html.contains("草稿：本期通报尚未定稿"), "{file}");
    }
    // The next build without --draft marks nothing once the text is written.
    let path = site.join(BULLETIN);
    let text = fs::read_to_string(&path)
        .unwrap()
        .replace("【待填写：要素保障】", "用地指标不足")
        .replace("【待填写】", "抓好开工");
    fs::write(&path, text).unwrap();
    let done = tongbao_at("build", &site, &[]);
    assert_eq!(done.status.code(), Some(0), "{}", stderr(&done));
    let html = fs::read_to_string(dir.join("index.html")).unwrap();
    assert!(
        !html.contains("draft-mark") && !html.contains("草稿"),
        "{html}"
    );
}

#[test]
fn the_skeleton_of_new_is_refused_until_written() {
    let (_tmp, site) = site_copy("small");
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_tongbao"))
        .args(["--lang", "en", "new", "2025-03"])
        .arg(&site)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let check = tongbao_at("check", &site, &[]);
    let err = stderr(&check);
    assert_eq!(check.status.code(), Some(1), "{err}");
    assert!(
        err.contains("content/bulletins/2025-03.md:") && err.contains("is still to be written"),
        "{err}"
    );
    let draft = tongbao_at("build", &site, &["--draft"]);
    assert_eq!(draft.status.code(), Some(0), "{}", stderr(&draft));
}
