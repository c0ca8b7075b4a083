//! site.yaml `sets:` through the real binary: every mistake at its file, line
//! and column; a good declaration gives its rows in metrics.json and on the page.

mod common;

use common::*;
use std::fs;

fn with_sets(sets: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let (tmp, site) = site_copy("small");
    let path = site.join("content/site.yaml");
    let mut text = fs::read_to_string(&path).unwrap();
    text.push_str(sets);
    fs::write(path, text).unwrap();
    (tmp, site)
}

#[test]
fn every_mistake_in_sets_is_placed() {
    // site.yaml of the fixture has 8 lines; `sets:` is line 9.
    let (_tmp, site) = with_sets(
        "sets:\n\
         \x20 - name: 大项目\n\
         \x20   min_total_investment: 5000\n\
         \x20   by_catgory: {社会事业: 1000}\n\
         \x20 - name:\n\
         \x20   min_total_investment: 100\n\
         \x20 - name: 大项目\n\
         \x20   by_category: {文旅: 1000, 工业: -5}\n\
         \x20 - name: 技改\n\
         \x20   min_total_investment:\n\
         \x20   tags: [技改, '', 技改]\n",
    );
    let o = tongbao_at("check", &site, &[]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    for needle in [
        "content/site.yaml:12:5: error: unknown field `by_catgory` in a project set",
        "did you mean `by_category`?",
        "content/site.yaml:13:10: error: `name` is blank",
        "content/site.yaml:15:11: error: project set `大项目` is declared twice",
        "content/site.yaml:16:19: error: `文旅` is not one of the site's categories",
        "content/site.yaml:16:33: error: `工业` is negative (-5)",
        "content/site.yaml:18:26: error: `min_total_investment` is blank",
        "content/site.yaml:19:16: error: a tag of this set is blank",
        "content/site.yaml:19:20: error: tag `技改` appears twice in this set",
    ] {
        assert!(err.contains(needle), "expected {needle:?} in:\n{err}");
    }
    let empty = with_sets("sets:\n  - name: 空\n    tags: []\n");
    let o = tongbao_at("check", &empty.1, &[]);
    assert!(
        stderr(&o).contains("content/site.yaml:11:11: error: `tags` is an empty list"),
        "{}",
        stderr(&o)
    );
    let blank = with_sets("sets:\n");
    let o = tongbao_at("check", &blank.1, &[]);
    assert!(
        stderr(&o).contains("content/site.yaml:9:6: error: `sets` is blank"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn declared_sets_are_in_metrics_json_and_on_the_bulletin() {
    let (_tmp, site) = with_sets(
        "sets:\n  - name: 千万元以上项目\n    min_total_investment: 1000\n    by_category: {社会事业: 500}\n",
    );
    let o = tongbao_at("build", &site, &[]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let dir = site.join("output/bulletins/2025-02");
    let json: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(dir.join("metrics.json")).unwrap()).unwrap();
    let row = &json["sets"][0];
    assert_eq!(row["name"], "千万元以上项目");
    assert!(row["projects"].as_u64().unwrap() > 0, "{row}");
    for key in ["by_stage", "pipeline", "by_tag", "growth"] {
        assert!(json.get(key).is_some(), "metrics.json has no {key}");
    }
    let html = fs::read_to_string(dir.join("index.html")).unwrap();
    assert!(
        html.contains("千万元以上项目"),
        "the set's row is on the page"
    );
}
