//! What `check` and `build` print: diagnostics grouped by file with a count,
//! `--format json`, messages in the site's language (zh-CN, zh-TW) or in
//! English with `--lang en`, and no progress bar when standard error is not a
//! terminal.

mod common;

use std::fs;
use std::path::Path;

use common::{as_user as run, edit, site_copy, stderr, stdout_of as stdout};

fn s(p: &Path) -> &str {
    p.to_str().expect("temporary paths are UTF-8")
}

fn is_han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}')
}

/// A way to break the small fixture: a name and an edit of its files.
type Recipe = (&'static str, fn(&Path));

fn write(site: &Path, rel: &str, bytes: &[u8]) {
    fs::write(site.join(rel), bytes).unwrap();
}

/// Every kind of bad site of tests/validation.rs, and more: each gives errors
/// or warnings whose messages must all be translated.
const RECIPES: &[Recipe] = &[
    ("yaml syntax", |s| {
        edit(
            s,
            "content/projects/a.yaml",
            "  name: 智慧农业示范园项目",
            "  name: [智慧农业示范园项目",
        )
    }),
    ("unknown field", |s| {
        edit(
            s,
            "content/projects/a.yaml",
            "  category: 工业",
            "  catgory: 工业",
        )
    }),
    ("missing field", |s| {
        edit(
            s,
            "content/projects/a.yaml",
            "  name: 城北商贸物流中心\n",
            "",
        )
    }),
    ("duplicate id", |s| {
        edit(s, "content/projects/more/b.yaml", "id: T-005", "id: T-001")
    }),
    ("non-ASCII id", |s| {
        edit(
            s,
            "content/projects/more/b.yaml",
            "id: T-004",
            "id: 滨河-004",
        )
    }),
    ("category", |s| {
        edit(
            s,
            "content/projects/a.yaml",
            "category: 商贸流通",
            "category: 商贸",
        )
    }),
    ("level", |s| {
        edit(
            s,
            "content/projects/a.yaml",
            "level: 市重点",
            "level: 国家重点",
        )
    }),
    ("stage", |s| {
        edit(
            s,
            "content/progress/2025-02.yaml",
            "{stage: 在建, invested: 400}",
            "{stage: 施工, invested: 400}",
        )
    }),
    ("kind", |s| {
        edit(s, "content/projects/a.yaml", "kind: 新建", "kind: 改建")
    }),
    ("negative money", |s| {
        edit(
            s,
            "content/progress/2025-02.yaml",
            "invested: 400}",
            "invested: -400}",
        )
    }),
    ("decimals", |s| {
        edit(
            s,
            "content/projects/a.yaml",
            "total_investment: 3580.5",
            "total_investment: 3580.12345",
        )
    }),
    ("period", |s| {
        edit(
            s,
            "content/progress/2025-01.yaml",
            "period: 2025-01",
            "period: 2025-11",
        )
    }),
    ("unknown project in progress", |s| {
        edit(s, "content/progress/2025-02.yaml", "  T-004:", "  T-044:")
    }),
    ("unknown project in problems", |s| {
        edit(
            s,
            "content/problems.yaml",
            "project: T-005",
            "project: T-500",
        )
    }),
    ("GBK", |s| {
        write(
            s,
            "content/units.yaml",
            b"- id: a\n  name: \xb2\xe2\xca\xd4\n",
        )
    }),
    ("no site.yaml", |s| {
        fs::remove_file(s.join("content/site.yaml")).unwrap()
    }),
    ("no content folder", |s| {
        fs::remove_dir_all(s.join("content")).unwrap()
    }),
    ("warnings", |s| {
        edit(
            s,
            "content/projects/more/b.yaml",
            "    2025: 6000",
            "    2025: 9000",
        );
        edit(
            s,
            "content/progress/2025-01.yaml",
            "T-005: {stage: 前期}",
            "T-005: {stage: 前期, invested: 10}",
        );
        fs::rename(
            s.join("content/progress/2024-12.yaml"),
            s.join("content/progress/2024-11.yaml"),
        )
        .unwrap();
        edit(
            s,
            "content/progress/2024-11.yaml",
            "period: 2024-12",
            "period: 2024-11",
        );
        write(s, "content/projects/notes.txt", b"x");
    }),
    ("commentary figure", |s| {
        edit(
            s,
            "content/bulletins/2025-02.md",
            "{{ totals.started }}",
            "{{ totals.strated }}",
        );
        edit(s, "content/bulletins/2025-02.md", "| pct }}", "| pcts }}");
    }),
    ("site settings", |s| {
        let p = s.join("content/site.yaml");
        let text = fs::read_to_string(&p).unwrap();
        let text = text
            .replace("percent_decimals: 1", "percent_decimals: 7")
            .replace("red_below: 0.10", "red_below: 2")
            .replace("language: zh-CN", "language: klingon");
        fs::write(
            p,
            format!("{text}\ntheme: 我的\nbase_url: example.gov.cn\n"),
        )
        .unwrap();
    }),
    ("missing theme", |s| {
        let p = s.join("content/site.yaml");
        let text = fs::read_to_string(&p).unwrap();
        fs::write(p, format!("{text}\ntheme: nope\n")).unwrap();
    }),
    ("dates and departments", |s| {
        edit(
            s,
            "content/projects/a.yaml",
            "signed: 2024-03-15",
            "signed: 2024-02-30",
        );
        edit(s, "content/projects/a.yaml", "unit: gxj", "unit: gxjj");
        edit(
            s,
            "content/problems.yaml",
            "resolved: 2025-02-10",
            "resolved: 2025-01-10",
        );
        edit(
            s,
            "content/progress/2025-02.yaml",
            "2025-02/t001.svg",
            "2025-02/t002.svg",
        );
    }),
];

/// The lines of a zh-CN report that carry a message: `file:line:col: 错误：…`
/// and `  = 提示：…`; panics on any line in English.
fn assert_all_chinese(kind: &str, err: &str) {
    assert!(!err.is_empty(), "{kind}: nothing printed");
    for needle in ["error:", "warning:", "help:", "error(s)"] {
        assert!(!err.contains(needle), "{kind}: {needle:?} in:\n{err}");
    }
    let mut messages = 0;
    for line in err.lines() {
        let text = if let Some(h) = line.strip_prefix("  = ") {
            h.strip_prefix("提示：")
                .unwrap_or_else(|| panic!("{kind}: hint without 提示：\n{line}"))
        } else if let Some(i) = line.find("错误：").or_else(|| line.find("警告：")) {
            messages += 1;
            &line[i + "错误：".len()..]
        } else {
            // A file heading, a blank line, the count or the summary line.
            assert!(
                line.is_empty() || line.chars().any(is_han),
                "{kind}: untranslated line:\n{line}\nin:\n{err}"
            );
            continue;
        };
        assert!(
            text.chars().any(is_han),
            "{kind}: message without Chinese:\n{line}"
        );
        assert!(
            english_run(text).is_none(),
            "{kind}: English left in:\n{line}\n({:?})",
            english_run(text)
        );
    }
    assert!(messages > 0, "{kind}: no message in:\n{err}");
}

/// Three English words in a row outside `code` and “quotes”, if any.
fn english_run(text: &str) -> Option<String> {
    let mut plain = String::new();
    let mut inside: Option<char> = None;
    for c in text.chars() {
        match (inside, c) {
            (None, '`') => inside = Some('`'),
            (None, '“') => inside = Some('”'),
            (Some(close), c) if c == close => inside = None,
            (None, c) => plain.push(c),
            _ => {}
        }
    }
    let words: Vec<&str> = plain.split(' ').collect();
    words
        .windows(3)
        .find(|w| {
            w.iter()
                .all(|x| x.len() >= 2 && x.chars().all(|c| c.is_ascii_alphabetic()))
        })
        .map(|w| w.join(" "))
}

#[test]
fn every_message_of_a_zh_cn_site_is_in_chinese() {
    for (kind, recipe) in RECIPES {
        let (_tmp, site) = site_copy("small");
        recipe(&site);
        let o = run(&["check", s(&site)]);
        let err = stderr(&o);
        assert!(
            matches!(o.status.code(), Some(0 | 1)),
            "{kind}: exit {:?}\n{err}",
            o.status.code()
        );
        assert_all_chinese(kind, &err);
        // build says the same, in Chinese too.
        let b = run(&["build", s(&site)]);
        assert_all_chinese(kind, &stderr(&b));
        assert_eq!(b.status.code(), o.status.code(), "{kind}");
    }
}

#[test]
fn zh_cn_messages_with_their_labels_and_count() {
    let (_tmp, site) = site_copy("small");
    RECIPES[1].1(&site);
    let o = run(&["check", s(&site)]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("content/projects/a.yaml:4:3: 错误：项目中有未知字段`catgory`\n  = 提示：是否应为`category`？"),
        "{err}"
    );
    assert!(err.starts_with("content/projects/a.yaml（"), "{err}");
    assert!(err.trim_end().ends_with("共2个错误，涉及1个文件"), "{err}");
}

#[test]
fn zh_tw_sites_get_traditional_characters() {
    let (_tmp, site) = site_copy("small");
    edit(
        &site,
        "content/site.yaml",
        "language: zh-CN",
        "language: zh-TW",
    );
    let ok = run(&["build", s(&site)]);
    assert_eq!(ok.status.code(), Some(0), "{}", stderr(&ok));
    assert!(stderr(&ok).contains("生成完成：3期月報"), "{}", stderr(&ok));
    RECIPES[7].1(&site);
    let err = stderr(&run(&["check", s(&site)]));
    assert!(err.contains(": 錯誤：未知階段`施工`"), "{err}");
    assert!(err.contains("共1個錯誤，涉及1個檔案"), "{err}");
    for simplified in ["错误", "阶段", "个文件"] {
        assert!(!err.contains(simplified), "{simplified} in:\n{err}");
    }
}

#[test]
fn lang_flag_overrides_the_site() {
    let (_tmp, site) = site_copy("small");
    RECIPES[7].1(&site);
    let en = stderr(&run(&["check", s(&site), "--lang", "en"]));
    assert!(
        en.contains("content/progress/2025-02.yaml:11:18: error: unknown stage `施工`"),
        "{en}"
    );
    assert!(en.contains("1 error in 1 file"), "{en}");
    let tw = stderr(&run(&["--lang", "zh-TW", "check", s(&site)]));
    assert!(tw.contains("錯誤：未知階段"), "{tw}");
    let bad = run(&["check", s(&site), "--lang", "fr"]);
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn summary_lines_are_localized() {
    let (_tmp, site) = site_copy("small");
    let check = stderr(&run(&["check", s(&site)]));
    assert_eq!(check.trim_end(), "检查通过：5个项目，3个月的进度");
    let build = stderr(&run(&["build", s(&site)]));
    assert!(
        build.starts_with("生成完成：3期月报，34个页面，") && build.contains("个文件，写入 "),
        "{build}"
    );
    let en = stderr(&run(&["build", s(&site), "--lang", "en"]));
    assert!(en.starts_with("built 3 bulletins, 34 pages, "), "{en}");
    edit(
        &site,
        "content/projects/a.yaml",
        "  category: 工业",
        "  catgory: 工业",
    );
    let failed = stderr(&run(&["build", s(&site)]));
    assert!(
        failed
            .trim_end()
            .ends_with("没有写入任何文件（原有输出保持不变）：请改正以上错误，再生成一次"),
        "{failed}"
    );
}

#[test]
fn check_groups_by_file_in_line_order_and_counts() {
    let (_tmp, site) = site_copy("small");
    for (_, recipe) in [RECIPES[1], RECIPES[3], RECIPES[7], RECIPES[11]] {
        recipe(&site);
    }
    edit(
        &site,
        "content/projects/more/b.yaml",
        "    2025: 6000",
        "    2025: 9000",
    );
    let o = run(&["check", s(&site), "--lang", "en"]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    let headings: Vec<&str> = err
        .lines()
        .filter(|l| !l.is_empty() && !l.contains(": ") && l.ends_with(')'))
        .collect();
    assert_eq!(
        headings,
        [
            "content/problems.yaml (1 error)",
            "content/progress/2025-01.yaml (2 errors)",
            "content/progress/2025-02.yaml (1 error)",
            "content/projects/a.yaml (2 errors)",
            "content/projects/more/b.yaml (1 error, 1 warning)",
        ],
        "{err}"
    );
    // Each heading is followed by its own file's diagnostics, in line order.
    let mut current = "";
    let mut last_line = 0;
    for l in err.lines() {
        if headings.contains(&l) {
            current = l.split(' ').next().unwrap();
            last_line = 0;
        } else if let Some(rest) = l.strip_prefix(current).filter(|_| !current.is_empty()) {
            let line: usize = rest[1..].split(':').next().unwrap().parse().unwrap();
            assert!(line >= last_line, "{l} after line {last_line}");
            last_line = line;
        }
    }
    assert!(
        err.trim_end()
            .ends_with("\n\n7 errors, 1 warning in 5 files"),
        "{err}"
    );
}

#[test]
fn check_json_is_one_document_with_every_diagnostic() {
    let (_tmp, site) = site_copy("small");
    RECIPES[18].1(&site);
    edit(
        &site,
        "content/projects/more/b.yaml",
        "    2025: 6000",
        "    2025: 9000",
    );
    let o = run(&["check", s(&site), "--format", "json", "--lang", "en"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).is_empty(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.starts_with("{\"errors\":"), "{out}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let diags = v["diagnostics"].as_array().unwrap();
    let errors = diags.iter().filter(|d| d["severity"] == "error").count();
    let warnings = diags.iter().filter(|d| d["severity"] == "warning").count();
    assert_eq!(v["errors"], errors);
    assert_eq!(v["warnings"], warnings);
    assert!(errors == 2 && warnings == 1, "{out}");
    for d in diags {
        let keys: Vec<&str> = d.as_object().unwrap().keys().map(String::as_str).collect();
        let mut sorted_keys = keys.clone();
        sorted_keys.sort();
        assert_eq!(
            sorted_keys,
            ["column", "file", "hint", "line", "message", "severity"]
        );
        assert!(d["file"].as_str().unwrap().starts_with("content/"), "{d}");
        assert!(d["line"].as_u64().unwrap() >= 1, "{d}");
        assert!(d["column"].as_u64().unwrap() >= 1, "{d}");
    }
    assert!(
        out.contains("\"message\":\"unknown name `totals.strated` in a figure\""),
        "{out}"
    );
    // Key order of each diagnostic as documented.
    assert!(out.contains(
        "{\"severity\":\"error\",\"file\":\"content/bulletins/2025-02.md\",\"line\":6,\"column\":39,"
    ), "{out}");

    // In the site's language without --lang.
    let zh = stdout(&run(&["check", s(&site), "--format", "json"]));
    let v: serde_json::Value = serde_json::from_str(&zh).unwrap();
    assert!(zh.contains("{{ … }} 中有未知名称`totals.strated`"), "{zh}");
    assert_eq!(v["errors"], errors);
}

#[test]
fn check_json_of_a_good_site_and_exit_codes() {
    let (_tmp, site) = site_copy("small");
    let o = run(&["check", s(&site), "--format", "json"]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(
        stdout(&o).trim_end(),
        "{\"errors\":0,\"warnings\":0,\"diagnostics\":[]}"
    );
    assert!(stderr(&o).is_empty());
    let tmp = tempfile::tempdir().unwrap();
    let none = run(&["check", s(tmp.path()), "--format", "json"]);
    assert_eq!(none.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_str(&stdout(&none)).unwrap();
    assert_eq!(v["errors"], 1);
    assert!(v["diagnostics"][0]["file"].is_null());
    assert_eq!(
        run(&["check", s(&site), "--format", "xml"]).status.code(),
        Some(2)
    );
}

#[test]
fn no_progress_bar_when_stderr_is_not_a_terminal() {
    let (_tmp, site) = site_copy("small");
    let o = run(&["build", s(&site)]);
    assert_eq!(o.status.code(), Some(0));
    let err = stderr(&o);
    assert!(
        !err.contains('\r') && !err.contains("\x1b["),
        "control characters in {err:?}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
}
