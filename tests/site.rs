//! The built demo site as a user gets it: every page exists, every link and
//! resource resolves to a file in the output, nothing is root-absolute or on
//! another host, each bulletin has its charts, tables and CSV files, and the
//! figures on the pages equal metrics.json.

mod common;

use common::*;
use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

fn html_files(out: &Path) -> Vec<PathBuf> {
    walkdir::WalkDir::new(out)
        .into_iter()
        .filter_map(Result::ok)
        .map(|e| e.into_path())
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .collect()
}

/// Every value of `href="…"` and `src="…"` in an HTML text.
fn references(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    for attr in ["href=\"", "src=\""] {
        let mut rest = html;
        while let Some(i) = rest.find(attr) {
            let after = &rest[i + attr.len()..];
            let end = after.find('"').unwrap();
            out.push(after[..end].to_string());
            rest = &after[end..];
        }
    }
    out
}

fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            out.push(u8::from_str_radix(&s[i + 1..i + 3], 16).unwrap());
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8(out).unwrap()
}

fn unescape(s: &str) -> String {
    s.replace("&#x2F;", "/")
        .replace("&#47;", "/")
        .replace("&amp;", "&")
}

#[test]
fn every_reference_is_relative_and_resolves_to_a_file() {
    let out = demo_output();
    let mut checked = 0;
    for page in html_files(out) {
        let html = fs::read_to_string(&page).unwrap();
        for r in references(&html) {
            let r = unescape(&r);
            assert!(
                !r.starts_with('/'),
                "{}: root-absolute reference {r}",
                page.display()
            );
            assert!(
                !r.contains("://") && !r.starts_with("//"),
                "{}: reference to another host {r}",
                page.display()
            );
            assert!(
                !r.starts_with("javascript:") && !r.starts_with("data:"),
                "{}: {r}",
                page.display()
            );
            let path = r.split(['#', '?']).next().unwrap();
            if path.is_empty() {
                continue;
            }
            let target = page.parent().unwrap().join(percent_decode(path));
            assert!(
                target.is_file(),
                "{}: {r} does not resolve to a file",
                page.display()
            );
            checked += 1;
        }
    }
    assert!(checked > 1000, "only {checked} references checked");
}

#[test]
fn every_page_exists() {
    let out = demo_output();
    for p in [
        "index.html",
        "bulletins/index.html",
        "projects/index.html",
        "units/index.html",
        "leaders/index.html",
        "categories/index.html",
        "locations/index.html",
        "pages/about/index.html",
        "pages/contact/index.html",
        "static/style.css",
    ] {
        assert!(out.join(p).is_file(), "missing {p}");
    }
    let months: Vec<String> =
        fs::read_dir(env!("CARGO_MANIFEST_DIR").to_string() + "/content/progress")
            .unwrap()
            .map(|e| {
                e.unwrap()
                    .path()
                    .file_stem()
                    .unwrap()
                    .to_string_lossy()
                    .into_owned()
            })
            .collect();
    assert_eq!(months.len(), 21);
    for m in &months {
        for f in [
            "index.html",
            "metrics.json",
            "by-category.csv",
            "ranking.csv",
            "red-list.csv",
            "problems-open.csv",
            "promotion.csv",
        ] {
            assert!(
                out.join("bulletins").join(m).join(f).is_file(),
                "missing bulletins/{m}/{f}"
            );
        }
    }
    let projects = fs::read_dir(out.join("projects"))
        .unwrap()
        .filter(|e| e.as_ref().unwrap().path().is_dir())
        .count();
    assert_eq!(projects, 150);
    let units = fs::read_dir(out.join("units"))
        .unwrap()
        .filter(|e| e.as_ref().unwrap().path().is_dir())
        .count();
    assert_eq!(units, 12);
    for kind in ["leaders", "categories", "locations"] {
        let n = fs::read_dir(out.join(kind))
            .unwrap()
            .filter(|e| e.as_ref().unwrap().path().is_dir())
            .count();
        assert!(n >= 5, "{kind}: {n}");
    }
}

#[test]
fn bulletins_have_charts_tables_and_csv() {
    let out = demo_output();
    let dir = out.join("bulletins/2026-09");
    let html = fs::read_to_string(dir.join("index.html")).unwrap();
    let svgs = html.matches("<svg").count();
    assert!(svgs >= 6, "{svgs} charts");
    assert!(
        html.matches("<title>").count() > svgs,
        "every chart has a <title>"
    );
    let csvs: BTreeSet<String> = references(&html)
        .into_iter()
        .filter(|r| r.ends_with(".csv"))
        .collect();
    assert!(csvs.len() >= 10, "{csvs:?}");
    for c in csvs {
        let bytes = fs::read(dir.join(&c)).unwrap();
        assert!(
            bytes.starts_with("\u{feff}".as_bytes()),
            "{c} has no byte-order mark"
        );
        let text = String::from_utf8(bytes).unwrap();
        assert!(text.contains("\r\n"), "{c}");
    }
    let csv = fs::read_to_string(dir.join("by-category.csv")).unwrap();
    assert!(csv.contains("工业"), "{csv}");
    for (id, title) in [
        ("red-list", "红旗项目"),
        ("ranking", "责任单位排名"),
        ("problems-open", "尚未办结问题"),
        ("promotion", "招商引资"),
    ] {
        assert!(html.contains(&format!("id=\"{id}\"")), "no table {id}");
        assert!(html.contains(title), "no {title}");
    }
}

/// 万元 text of a JSON number → bulletin style, as DOMAIN.md says (written again
/// here, independently of the crate, so that a bug there is caught).
fn money(v: &serde_json::Value) -> String {
    let s = v.to_string();
    let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
    let units: i128 = format!("{int}{frac:0<4}")[..int.len() + 4].parse().unwrap();
    let (den, unit) = if units >= 100_000_000 {
        (100_000_000i128, "亿元")
    } else {
        (10_000, "万元")
    };
    let q = (units * 100 * 2 + den) / (den * 2);
    let (w, f) = (q / 100, q % 100);
    if f == 0 {
        format!("{w}{unit}")
    } else {
        format!("{w}.{}{unit}", format!("{f:02}").trim_end_matches('0'))
    }
}

fn pct(num: u64, den: u64) -> String {
    let q = (num * 1000 * 2 + den) / (den * 2);
    format!("{}.{}%", q / 10, q % 10)
}

#[test]
fn figures_on_pages_equal_metrics_json() {
    let out = demo_output();
    for m in ["2025-06", "2025-12", "2026-09"] {
        let dir = out.join("bulletins").join(m);
        let html = fs::read_to_string(dir.join("index.html")).unwrap();
        let json: serde_json::Value =
            serde_json::from_str(&fs::read_to_string(dir.join("metrics.json")).unwrap()).unwrap();
        let t = &json["totals"];
        let started = t["started"].as_u64().unwrap();
        let projects = t["projects"].as_u64().unwrap();
        for needle in [
            format!("{started}个"),
            format!("{projects}个"),
            format!("开复工率{}", pct(started, projects)),
            money(&t["completed"]),
            money(&t["total_investment"]),
        ] {
            assert!(html.contains(&needle), "{m}: page lacks {needle}");
        }
        for row in json["by_category"].as_array().unwrap() {
            let cell = format!("<td class=\"num\">{}</td>", money(&row["completed"]));
            assert!(html.contains(&cell), "{m}: {} {cell}", row["name"]);
        }
        let red = json["totals"]["flags"]["red"].as_u64().unwrap();
        let listed = html
            .split("id=\"red-list\"")
            .nth(1)
            .unwrap()
            .split("</table>")
            .next()
            .unwrap()
            .matches("<tr>")
            .count()
            - 1;
        assert_eq!(listed as u64, red, "{m}: red list rows");
    }
}

#[test]
fn worked_example_prints_domain_figures() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("we");
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_tongbao-demo"))
        .arg(&site)
        .arg("--worked-example")
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = tongbao_at("build", &site, &[]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let dir = site.join("output/bulletins/2021-09");
    let html = fs::read_to_string(dir.join("index.html")).unwrap();
    for needle in [
        "181个",
        "111个",
        "开复工率61.3%",
        "35.7亿元",
        "290.4亿元",
        "新建107",
        "续建74",
    ] {
        assert!(html.contains(needle), "missing {needle}");
    }
    let json: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(dir.join("metrics.json")).unwrap()).unwrap();
    let t = &json["totals"];
    assert_eq!(
        (
            t["projects"].as_u64(),
            t["new"].as_u64(),
            t["continuing"].as_u64()
        ),
        (Some(181), Some(107), Some(74))
    );
    assert_eq!(
        (
            t["started"].as_u64(),
            t["resumed"].as_u64(),
            t["new_started"].as_u64()
        ),
        (Some(111), Some(67), Some(44))
    );
    assert_eq!(t["start_rate"].as_f64(), Some(0.6133));
    assert_eq!(t["completed"].to_string(), "357000");
    let cats: Vec<(String, u64, String)> = json["by_category"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["name"].as_str().unwrap().to_string(),
                c["started"].as_u64().unwrap(),
                money(&c["completed"]),
            )
        })
        .collect();
    let want = [
        ("农业", 5, "2.4亿元"),
        ("工业", 36, "7.7亿元"),
        ("商贸流通", 13, "1.9亿元"),
        ("基础设施", 42, "20.2亿元"),
        ("社会事业", 15, "3.5亿元"),
    ];
    for (i, (n, s, c)) in want.iter().enumerate() {
        assert_eq!(
            (cats[i].0.as_str(), cats[i].1, cats[i].2.as_str()),
            (*n, *s, *c)
        );
        assert!(
            html.contains(&format!("<td class=\"num\">{c}</td>")),
            "page lacks {n} {c}"
        );
    }
    let kinds: Vec<String> = json["by_kind"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| money(&k["completed"]))
        .collect();
    assert_eq!(kinds, vec!["27亿元", "8.7亿元"]);
}

#[test]
fn build_is_deterministic() {
    let out = demo_output();
    let tmp = tempfile::tempdir().unwrap();
    let again = tmp.path().join("again");
    let o = tongbao(&[
        "build",
        env!("CARGO_MANIFEST_DIR"),
        "--output",
        again.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0));
    assert!(snapshot(out) == snapshot(&again), "two builds differ");
}

/// The theme's words follow `language` in site.yaml: zh-TW and en pages carry
/// their own words and `<html lang>`, and no word is missing (`?`).
#[test]
fn theme_words_follow_the_site_language() {
    for (lang, tag, words) in [
        ("zh-TW", "zh-TW", ["開復工率", "責任單位排名", "往期月報"]),
        ("en", "en", ["Start rate", "Department ranking", "Archive"]),
    ] {
        let (_tmp, site) = site_copy("small");
        edit(
            &site,
            "content/site.yaml",
            "language: zh-CN",
            &format!("language: {lang}"),
        );
        let o = tongbao_at("build", &site, &[]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        // 2025-01 has no commentary file: its summary is written in the language too.
        let html = fs::read_to_string(site.join("output/bulletins/2025-01/index.html")).unwrap();
        assert!(html.contains(&format!("<html lang=\"{tag}\">")), "{lang}");
        for w in words {
            assert!(html.contains(w), "{lang}: no {w}");
        }
        assert!(!html.contains(">?<"), "{lang}: a word is missing");
        if lang == "en" {
            assert!(
                !html.contains("开复工率") && !html.contains("责任单位排名"),
                "zh-CN words on an English page"
            );
        }
    }
}

/// Tables reach the built-in templates already rendered; a theme that overrides
/// table.html, or a page template that shows tables, still gets every row.
#[test]
fn theme_overrides_of_tables_get_every_row() {
    let (tmp, site) = site_copy("small");
    // Builds the site into a folder of the temporary folder named `name`.
    let build_to = |name: &str| {
        let out = tmp.path().join(name);
        let o = tongbao_at("build", &site, &["--output", out.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        out
    };
    let built_in = build_to("built-in");
    let month = fs::read_dir(built_in.join("bulletins"))
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .max()
        .unwrap();
    let page =
        |out: &Path| fs::read_to_string(out.join(format!("bulletins/{month}/index.html"))).unwrap();
    let plain = page(&built_in);
    let rows = plain.matches("<tr>").count();
    assert!(rows > 10, "{rows} rows");

    // table.html overridden: every row goes through it.
    let templates = site.join("themes/default/templates");
    fs::create_dir_all(&templates).unwrap();
    let table = include_str!("../themes/default/templates/table.html").replace(
        "<tr>{% for c in row %}",
        "<tr data-row=\"{{ loop.index }}\">{% for c in row %}",
    );
    fs::write(templates.join("table.html"), table).unwrap();
    let out = build_to("table-override");
    let overridden = page(&out);
    assert_eq!(
        overridden.matches("<tr data-row=").count() + overridden.matches("<tr>").count(),
        rows
    );
    assert!(overridden.matches("<tr data-row=").count() > 10);
    let project = walkdir::WalkDir::new(out.join("projects"))
        .min_depth(2)
        .into_iter()
        .filter_map(Result::ok)
        .find(|e| e.file_name() == "index.html")
        .unwrap();
    assert!(fs::read_to_string(project.path())
        .unwrap()
        .contains("<tr data-row=\"1\">"));

    // bulletin.html overridden to count rows itself: it gets them.
    fs::remove_file(templates.join("table.html")).unwrap();
    let bulletin = include_str!("../themes/default/templates/bulletin.html").replace(
        "<h2>{{ section.title }}</h2>",
        "<h2>{{ section.title }}</h2><p class=\"row-count\">{% for table in section.tables %}{{ table.rows | length }};{% endfor %}</p>",
    );
    fs::write(templates.join("bulletin.html"), bulletin).unwrap();
    let out = build_to("bulletin-override");
    let counted: usize = page(&out)
        .split("<p class=\"row-count\">")
        .skip(1)
        .flat_map(|s| {
            s.split("</p>")
                .next()
                .unwrap()
                .split(';')
                .filter_map(|n| n.parse::<usize>().ok())
                .collect::<Vec<_>>()
        })
        .sum();
    assert!(counted > 10, "rows seen by the override: {counted}");
}

/// `check` runs the build's pipeline, writing nothing: what only rendering
/// finds (a theme override naming a variable its page does not have) is an
/// error of `check` too.
#[test]
fn check_renders_every_page_and_writes_nothing() {
    let (_tmp, site) = site_copy("small");
    let o = tongbao_at("check", &site, &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    let templates = site.join("themes/default/templates");
    fs::create_dir_all(&templates).unwrap();
    fs::write(
        templates.join("page.html"),
        "{% extends \"base.html\" %}{% block main %}{{ no_such_thing.x }}{% endblock %}",
    )
    .unwrap();
    let o = tongbao_at("check", &site, &[]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("template page.html") && stderr(&o).contains("no_such_thing"),
        "{}",
        stderr(&o)
    );
    assert!(!site.join("output").exists());

    // An override written for the old short names is told the new one.
    fs::remove_file(templates.join("page.html")).unwrap();
    fs::write(
        templates.join("project.html"),
        "{% extends \"base.html\" %}{% block main %}{{ p.name }}{% endblock %}",
    )
    .unwrap();
    let o = tongbao_at("check", &site, &[]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("`p` is called `project` now"),
        "{}",
        stderr(&o)
    );
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_tongbao"))
        .arg("check")
        .arg(&site)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(
        stderr(&o).contains("`p`已改名为`project`"),
        "{}",
        stderr(&o)
    );
}
