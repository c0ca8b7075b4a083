//! Tests of the demo site: it parses, refers to itself consistently, is
//! deterministic, and shows the variety a bulletin needs.

use crate::demo::recompute::{self, active, money, text, yaml};
use crate::demo::{generate, DemoOptions};
use serde_yaml::Value;
use std::collections::BTreeSet;
use std::sync::OnceLock;

fn demo() -> &'static [(String, String)] {
    static FILES: OnceLock<Vec<(String, String)>> = OnceLock::new();
    FILES.get_or_init(|| generate(&DemoOptions::default()))
}

fn file<'a>(files: &'a [(String, String)], path: &str) -> &'a str {
    &files.iter().find(|(p, _)| p == path).expect(path).1
}

/// Splits a Markdown file with front matter into (front matter, body).
pub fn front_matter<'a>(path: &str, text: &'a str) -> (&'a str, &'a str) {
    let rest = text
        .strip_prefix("---\n")
        .unwrap_or_else(|| panic!("{path}"));
    let end = rest.find("\n---\n").unwrap_or_else(|| panic!("{path}"));
    (&rest[..end], &rest[end + 5..])
}

/// Every YAML file parses; Markdown front matter parses; SVGs look whole.
pub fn check_parses(files: &[(String, String)]) {
    for (path, body) in files {
        if path.ends_with(".yaml") {
            yaml(path, body);
        } else if path.ends_with(".md") {
            let (fm, _) = front_matter(path, body);
            assert!(yaml(path, fm).is_mapping(), "{path}");
        } else if path.ends_with(".svg") {
            assert!(body.starts_with("<svg") && body.trim_end().ends_with("</svg>"));
        } else {
            panic!("unexpected file {path}");
        }
    }
}

#[test]
fn every_file_parses() {
    check_parses(demo());
    let paths: Vec<&str> = demo().iter().map(|f| f.0.as_str()).collect();
    for must in [
        "content/site.yaml",
        "content/units.yaml",
        "content/problems.yaml",
        "content/progress/2025-01.yaml",
        "content/progress/2026-09.yaml",
        "content/projects/gongye.yaml",
        "content/projects/2026/xinzeng.yaml",
        "content/bulletins/2026-08.md",
        "content/bulletins/2026-09.md",
        "content/pages/about.md",
        "content/pages/contact.md",
    ] {
        assert!(paths.contains(&must), "missing {must}");
    }
    let progress = paths.iter().filter(|p| p.contains("/progress/")).count();
    assert_eq!(progress, 21);
    let mut sorted = paths.clone();
    sorted.sort();
    assert_eq!(sorted, paths);
}

#[test]
fn site_settings() {
    let site = yaml("site", file(demo(), "content/site.yaml"));
    assert_eq!(text(&site["language"]), "zh-CN");
    assert_eq!(site["categories"].as_sequence().unwrap().len(), 5);
    assert_eq!(site["flags"]["red_below"].as_f64(), Some(0.10));
    assert_eq!(site["percent_decimals"].as_i64(), Some(1));
    let units = yaml("units", file(demo(), "content/units.yaml"));
    assert_eq!(units.as_sequence().unwrap().len(), 12);
}

#[test]
fn strings_stay_strings() {
    for (path, body) in demo().iter().filter(|f| f.0.contains("/projects/")) {
        for item in yaml(path, body).as_sequence().unwrap() {
            for key in [
                "id", "name", "category", "unit", "location", "level", "owner",
            ] {
                assert!(item[key].is_string(), "{path}: {key} of {:?}", item["id"]);
            }
            assert!(item["description"].is_string());
            for l in item["leaders"].as_sequence().unwrap() {
                assert!(l.is_string());
            }
        }
    }
}

#[test]
fn references_resolve() {
    let files = demo();
    let site = recompute::read(files);
    assert_eq!(site.projects.len(), 150);
    let units = yaml("units", file(files, "content/units.yaml"));
    let mut unit_names = BTreeSet::new();
    for u in units.as_sequence().unwrap() {
        unit_names.insert(text(&u["id"]));
        unit_names.insert(text(&u["name"]));
    }
    let mut by_name = 0;
    for (path, body) in files.iter().filter(|f| f.0.contains("/projects/")) {
        for item in yaml(path, body).as_sequence().unwrap() {
            let unit = text(&item["unit"]);
            assert!(unit_names.contains(&unit), "{unit}");
            by_name += usize::from(!unit.is_ascii());
            let id = text(&item["id"]);
            assert!(id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'));
        }
    }
    assert!(by_name >= 3, "a few units by name: {by_name}");
    for (period, month) in &site.progress {
        for id in month.keys() {
            assert!(site.projects.contains_key(id), "{period}: {id}");
        }
    }
    let paths: BTreeSet<&str> = files.iter().map(|f| f.0.as_str()).collect();
    let mut photos = 0;
    for (path, body) in files.iter().filter(|f| f.0.contains("/progress/")) {
        let doc = yaml(path, body);
        for (_, r) in doc["projects"].as_mapping().unwrap() {
            for ph in r
                .get("photos")
                .and_then(Value::as_sequence)
                .unwrap_or(&vec![])
            {
                let f = format!("content/assets/{}", text(&ph["file"]));
                assert!(paths.contains(f.as_str()), "{f}");
                photos += 1;
            }
        }
    }
    assert!((3..=12).contains(&photos), "{photos} photos");
    let problems = yaml("problems", file(files, "content/problems.yaml"));
    let problems = problems.as_sequence().unwrap();
    assert!((35..=45).contains(&problems.len()), "{}", problems.len());
    let resolved = problems
        .iter()
        .filter(|p| p.get("resolved").is_some())
        .count();
    let share = resolved * 100 / problems.len();
    assert!((55..=85).contains(&share), "{share}% resolved");
    let mut ids = BTreeSet::new();
    for p in problems {
        assert!(ids.insert(text(&p["id"])));
        assert!(site.projects.contains_key(&text(&p["project"])));
        if let Some(r) = p.get("resolved") {
            assert!(text(r) > text(&p["raised"]));
        }
    }
}

#[test]
fn deterministic() {
    assert_eq!(generate(&DemoOptions::default()), demo());
    let other = DemoOptions {
        seed: 7,
        ..DemoOptions::default()
    };
    assert_ne!(generate(&other), demo());
}

#[test]
fn ledger_is_realistic() {
    let site = recompute::read(demo());
    let mut decimals = 0;
    let mut big = 0;
    let mut huge = 0;
    let mut signed = 0;
    let mut long_form = 0;
    for p in site.projects.values() {
        let plans: i64 = p.plans.values().map(|e| e.0).sum();
        assert!(plans <= p.total, "plans above total");
        assert!(p.total >= 300 * 10_000 || p.total % 10_000 != 0);
        decimals += usize::from(p.total % 10_000 != 0);
        big += usize::from(p.total >= 100_000 * 10_000);
        huge += usize::from(p.total >= 500_000 * 10_000);
        long_form += p
            .plans
            .values()
            .filter(|e| e.1.is_some() || e.2.is_some())
            .count();
        if let Some(s) = &p.signed {
            assert!(s.starts_with("2025-") || s.starts_with("2026-"));
            signed += 1;
        }
        if let Some(s) = &p.started {
            assert!(s.as_str() < "2025-01");
        }
    }
    assert!(decimals >= 3, "{decimals}");
    assert!(big >= 10, "{big}");
    assert!(huge >= 2, "{huge}");
    assert!((25..=35).contains(&signed), "{signed}");
    assert!(long_form >= 15, "{long_form}");
    let y26 = site
        .projects
        .keys()
        .filter(|id| id.starts_with("QS-2026"))
        .count();
    assert!((30..=45).contains(&y26), "{y26}");
}

#[test]
fn stages_and_flags_vary() {
    let site = recompute::read(demo());
    let mut seen = BTreeSet::new();
    for month in site.progress.values() {
        for r in month.values() {
            seen.insert(r.stage.clone());
            assert!(
                r.invested == 0 || active(&r.stage),
                "investment while {}",
                r.stage
            );
            assert!(r.invested >= 0 && r.funds >= 0);
        }
    }
    for s in [
        "谋划", "储备", "签约", "前期", "在建", "停工", "竣工", "投产",
    ] {
        assert!(seen.contains(s), "no {s}");
    }
    for (year, m) in [(2025, 12), (2026, 9), (2026, 8)] {
        let f = site.figures(year, m, 10);
        let (red, yellow, green) = f.flags;
        assert!(
            red > 0 && yellow > 0 && green > 0,
            "{year}-{m}: {:?}",
            f.flags
        );
        assert!(f.new > 10 && f.continuing > 10, "{f:?}");
        assert!(f.resumed + f.new_started < f.projects);
        let rate = (f.completed_new + f.completed_continuing) * 100 / f.annual_plan;
        assert!((40..=110).contains(&rate), "{year}-{m}: completion {rate}%");
    }
}

// The bulletins' `{{ … }}` names are checked for real where the demo site is
// built (tests/site.rs): an unknown name fails the build.

#[test]
fn scales_linearly() {
    let opts = DemoOptions {
        projects: 3000,
        months: 24,
        seed: 11,
        ..DemoOptions::default()
    };
    let files = generate(&opts);
    check_parses(&files);
    let site = recompute::read(&files);
    assert_eq!(site.projects.len(), 3000);
    assert_eq!(site.progress.len(), 24);
    assert!(site.progress.contains_key("2026-12"));
    let f = site.figures(2026, 12, 10);
    assert!(f.projects > 1500, "{f:?}");
    assert!(money(&Value::from(1.5)) == 15_000);
}

#[test]
fn tiny_and_empty_sites() {
    for (projects, months) in [(0, 3), (1, 1), (1, 24), (7, 36)] {
        let opts = DemoOptions {
            projects,
            months,
            seed: 3,
            ..DemoOptions::default()
        };
        let files = generate(&opts);
        check_parses(&files);
        let site = recompute::read(&files);
        assert_eq!(site.projects.len(), projects);
        assert_eq!(site.progress.len(), months);
    }
}

/// Every file under `dir`, as paths relative to `base` with `/` separators.
fn walk(base: &std::path::Path, dir: &std::path::Path, out: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            walk(base, &path, out);
        } else {
            let rel = path.strip_prefix(base).unwrap();
            let parts: Vec<String> = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            out.push(parts.join("/"));
        }
    }
}

/// The demo site kept in the repository (`content/`, when there is one) is
/// exactly what the generator writes: regenerate it with `write_site`.
#[test]
fn committed_demo_matches_generator() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let content = root.join("content");
    if !content.is_dir() {
        return;
    }
    let mut on_disk = Vec::new();
    walk(root, &content, &mut on_disk);
    on_disk.sort();
    let expected: Vec<String> = demo().iter().map(|f| f.0.clone()).collect();
    assert_eq!(on_disk, expected, "content/ differs from demo::generate");
    for (path, text) in demo() {
        let bytes = std::fs::read(root.join(path)).unwrap();
        assert!(
            bytes == text.as_bytes(),
            "{path} differs from demo::generate"
        );
    }
}

#[test]
fn shapes_make_the_sites_they_name() {
    use crate::demo::Shape;
    let opts = |shape: &str| DemoOptions {
        projects: 500,
        months: 4,
        shape: Shape::parse(shape).unwrap(),
        ..DemoOptions::default()
    };
    assert!(Shape::parse("wide,nope").is_err());
    assert_eq!(Shape::parse("demo").unwrap(), Shape::default());
    let load = |shape: &str| {
        let dir = tempfile::tempdir().unwrap();
        crate::demo::write_site(dir.path(), &opts(shape)).unwrap();
        crate::content::load(dir.path())
    };
    let plain = load("demo");
    let real = load("real");
    let warnings = |l: &crate::content::Loaded| {
        l.diagnostics
            .iter()
            .filter(|d| d.message.to_string().contains("plan ("))
            .count()
    };
    let (a, b) = (
        plain.ledger.as_ref().unwrap(),
        real.ledger.as_ref().unwrap(),
    );
    assert_eq!(warnings(&plain), 0);
    // Every plan above its total, each warned about at its place.
    let plans: usize = b.projects.iter().map(|p| p.plans.len()).sum();
    assert!(
        plans > 400 && warnings(&real) >= plans * 9 / 10,
        "{plans} {}",
        warnings(&real)
    );
    assert!(real.diagnostics.iter().all(|d| d.line.is_some()));
    // A town and a department for every 25 projects, besides the demo's own.
    assert_eq!((a.units.len(), b.units.len()), (12 + 3, 12 + 20));
    // Notes on every record, four times the problems, commentary every month.
    assert!(b
        .projects
        .iter()
        .flat_map(|p| p.records.values())
        .all(|r| r.note.is_some()));
    assert!(b.problems.len() > 3 * a.problems.len());
    assert_eq!(b.bulletins.len(), 4);
    assert_eq!(generate(&opts("real")), generate(&opts("real")));
}
