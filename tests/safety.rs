//! Nothing lost, nothing injected, with the real binary: the output folders
//! build refuses, failed builds that leave the previous output byte for byte,
//! links inside content/ that are not followed, photo paths that may not climb
//! out of content/assets, and data that never runs as script in a browser.

#[path = "common/audit.rs"]
mod audit;
#[path = "common/bounded.rs"]
mod bounded;
mod common;

use bounded::{err_text, fingerprint, first_difference, run_for};
use common::*;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// `tongbao build SITE [--output OUT]` with a time limit.
fn build(site: &Path, out: Option<&Path>) -> Output {
    let mut cmd = bounded::bin();
    cmd.arg("build").arg(site);
    if let Some(out) = out {
        cmd.arg("--output").arg(out);
    }
    run_for(cmd, 120)
}

fn ok(o: &Output) {
    assert_eq!(o.status.code(), Some(0), "{}", err_text(o));
}

/// The leftovers a build may leave beside `out`.
fn leftovers(out: &Path) -> Vec<String> {
    let name = out.file_name().unwrap().to_string_lossy().into_owned();
    fs::read_dir(out.parent().unwrap())
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(&format!(".{name}.tongbao-")))
        // The spare (the site before the last one, reused by the next build)
        // stays by design.
        .filter(|n| !n.ends_with("-spare"))
        .collect()
}

// ---------------------------------------------------------------------------
// Only the output folder is touched.

#[test]
fn refuses_every_folder_that_is_not_its_own() {
    let (tmp, site) = site_copy("small");
    let t = tmp.path();
    fs::create_dir_all(site.join("themes/default/templates")).unwrap();
    let home = t.join("home");
    fs::create_dir_all(&home).unwrap();
    fs::write(home.join(".bashrc"), "keep").unwrap();
    let docs = t.join("docs");
    fs::create_dir_all(&docs).unwrap();
    fs::write(docs.join("report.docx"), "keep").unwrap();
    fs::write(t.join("file.txt"), "keep").unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(site.join("content"), t.join("link-to-content")).unwrap();

    let mut cases: Vec<(PathBuf, &str)> = vec![
        (site.clone(), "site folder itself"),
        (site.join("content"), "holds the site's content/"),
        (site.join("content/out"), "inside the site's content/"),
        (site.join("content/assets"), "inside the site's content/"),
        (site.join("themes"), "holds the site's themes/"),
        (site.join("themes/default/out"), "inside the site's themes/"),
        (t.to_path_buf(), "holds the site's content/"),
        (PathBuf::from("/"), "root folder"),
        (home.clone(), "home folder"),
        (docs.clone(), "not empty and was not made by tongbao"),
        (t.join("file.txt"), "a file, not a folder"),
        (site.join("output/../content"), "holds the site's content/"),
    ];
    #[cfg(unix)]
    cases.push((t.join("link-to-content"), "holds the site's content/"));
    let before = fingerprint(t);
    for (out, why) in &cases {
        let mut cmd = bounded::bin();
        cmd.arg("build")
            .arg(&site)
            .arg("--output")
            .arg(out)
            .env("HOME", &home);
        let o = run_for(cmd, 60);
        let err = err_text(&o);
        assert_eq!(
            o.status.code(),
            Some(2),
            "{} was not refused: {err}",
            out.display()
        );
        assert!(
            err.contains("refusing to write the site into") && err.contains(why),
            "{}: expected `{why}` in: {err}",
            out.display()
        );
        assert_eq!(fingerprint(t), before, "{} was touched", out.display());
    }
    // The same folders pass once they are tongbao's own: a new folder, an
    // empty one, one it made before.
    let fresh = t.join("new-out");
    ok(&build(&site, Some(&fresh)));
    ok(&build(&site, Some(&fresh)));
    let empty = t.join("empty");
    fs::create_dir(&empty).unwrap();
    ok(&build(&site, Some(&empty)));
    assert!(empty.join(".tongbao-output").is_file());
}

#[test]
fn never_replaces_files_it_did_not_write() {
    let (tmp, site) = site_copy("small");
    let out = site.join("output");
    ok(&build(&site, None));
    // Someone adds files to the output, or copies the site (marker and all)
    // into a web server's folder that holds other things.
    fs::write(out.join("robots.txt"), "keep").unwrap();
    fs::write(out.join("bulletins/2025-02/会议纪要.pdf"), "keep").unwrap();
    let www = tmp.path().join("www");
    copy_tree(&out, &www);
    fs::write(www.join("other-site.html"), "keep").unwrap();
    for (dir, names) in [
        (&out, "bulletins/2025-02/会议纪要.pdf, robots.txt"),
        (&www, "other-site.html"),
    ] {
        let before = fingerprint(dir);
        let o = build(&site, Some(dir));
        assert_eq!(o.status.code(), Some(2), "{}", err_text(&o));
        let err = err_text(&o);
        assert!(
            err.contains("it holds files tongbao did not write"),
            "{err}"
        );
        assert!(err.contains(names), "{err}");
        assert!(fingerprint(dir) == before, "{} was touched", dir.display());
    }
    fs::remove_file(out.join("robots.txt")).unwrap();
    fs::remove_file(out.join("bulletins/2025-02/会议纪要.pdf")).unwrap();
    ok(&build(&site, None));
}

#[cfg(unix)]
#[test]
fn links_inside_content_are_not_followed() {
    use std::os::unix::fs::symlink;
    let (tmp, site) = site_copy("small");
    let t = tmp.path();
    const SECRET: &str = "SECRET-6d1f-outside-the-site";
    fs::write(t.join("secret.txt"), SECRET).unwrap();
    fs::write(t.join("secret.md"), format!("# {SECRET}\n")).unwrap();
    fs::create_dir_all(t.join("outside")).unwrap();
    fs::write(t.join("outside/x.txt"), SECRET).unwrap();
    let ledger = "- id: LEAK-1\n  name: SECRET-6d1f-outside-the-site\n  category: 工业\n  total_investment: 1\n";
    fs::write(t.join("leak.yaml"), ledger).unwrap();
    let c = site.join("content");
    symlink(t.join("secret.txt"), c.join("assets/leak.txt")).unwrap();
    symlink(t.join("outside"), c.join("assets/outside")).unwrap();
    symlink(t.join("secret.md"), c.join("pages/leak.md")).unwrap();
    symlink(t.join("leak.yaml"), c.join("projects/leak.yaml")).unwrap();
    symlink(t.join("outside"), c.join("projects/outside")).unwrap();
    let o = build(&site, None);
    ok(&o);
    let err = err_text(&o);
    for link in [
        "content/assets/leak.txt",
        "content/assets/outside",
        "content/pages/leak.md",
        "content/projects/leak.yaml",
        "content/projects/outside",
    ] {
        assert!(
            err.contains(&format!("{link}: warning: symbolic link skipped")),
            "{link}: {err}"
        );
    }
    for (path, bytes) in snapshot(&site.join("output")) {
        assert!(
            !String::from_utf8_lossy(&bytes).contains(SECRET),
            "{path} holds text from outside the site"
        );
    }
    assert!(!site.join("output/assets/leak.txt").exists());
    assert!(!site.join("output/projects/LEAK-1").exists());

    // A named file that is a link is an error, not read.
    fs::rename(c.join("problems.yaml"), t.join("problems.yaml")).unwrap();
    symlink(t.join("problems.yaml"), c.join("problems.yaml")).unwrap();
    let o = build(&site, None);
    assert_eq!(o.status.code(), Some(1), "{}", err_text(&o));
    assert!(err_text(&o).contains("content/problems.yaml: error: the file is a symbolic link"));
    fs::remove_file(c.join("problems.yaml")).unwrap();

    // A whole folder of content/ that is a link is skipped (its photos are then
    // missing), never walked.
    fs::rename(c.join("assets"), t.join("assets")).unwrap();
    symlink(t.join("assets"), c.join("assets")).unwrap();
    let o = build(&site, None);
    assert_eq!(o.status.code(), Some(1), "{}", err_text(&o));
    let err = err_text(&o);
    assert!(
        err.contains("content/assets: warning: symbolic link skipped"),
        "{err}"
    );
    assert!(
        err.contains("photo `2025-02/t001.svg` is not in content/assets"),
        "{err}"
    );
}

#[test]
fn photo_paths_cannot_climb_out_of_assets() {
    for bad in [
        "../site.yaml",
        "../../../../etc/passwd",
        "/etc/passwd",
        "2025-02/../../site.yaml",
        "C:/Windows/win.ini",
        "..\\\\site.yaml",
        "./2025-02/t001.svg",
    ] {
        let (_tmp, site) = site_copy("small");
        edit(
            &site,
            "content/progress/2025-02.yaml",
            "2025-02/t001.svg",
            bad,
        );
        let o = build(&site, None);
        assert_eq!(o.status.code(), Some(1), "{bad}: {}", err_text(&o));
        assert!(
            err_text(&o).contains("leaves content/assets"),
            "{bad}: {}",
            err_text(&o)
        );
        assert!(!site.join("output").exists());
    }
}

// ---------------------------------------------------------------------------
// A failed build leaves the previous output byte for byte.

#[test]
fn failed_builds_leave_the_previous_output_as_it_was() {
    let (_tmp, site) = site_copy("small");
    let out = site.join("output");
    ok(&build(&site, None));
    let before = fingerprint(&out);
    let expect_unchanged = |o: &Output, what: &str, code: i32, says: &str| {
        assert_eq!(o.status.code(), Some(code), "{what}: {}", err_text(o));
        assert!(err_text(o).contains(says), "{what}: {}", err_text(o));
        let now = fingerprint(&out);
        assert!(
            now == before,
            "{what} changed the output: {}",
            first_difference(&before, &now)
        );
    };

    // Bad content.
    edit(
        &site,
        "content/projects/a.yaml",
        "category: 工业",
        "category: 重工业",
    );
    expect_unchanged(&build(&site, None), "bad content", 1, "nothing was written");
    edit(
        &site,
        "content/projects/a.yaml",
        "category: 重工业",
        "category: 工业",
    );

    // A bad figure in the commentary (found while rendering).
    edit(
        &site,
        "content/bulletins/2025-02.md",
        "{{ totals.started }}",
        "{{ totals.strated }}",
    );
    expect_unchanged(&build(&site, None), "bad figure", 1, "nothing was written");
    edit(
        &site,
        "content/bulletins/2025-02.md",
        "{{ totals.strated }}",
        "{{ totals.started }}",
    );

    // A theme template that does not compile, then one that fails while rendering.
    let tpl = site.join("themes/default/templates");
    fs::create_dir_all(&tpl).unwrap();
    fs::write(tpl.join("page.html"), "{% if %}").unwrap();
    expect_unchanged(&build(&site, None), "bad template", 1, "template error");
    fs::write(
        tpl.join("page.html"),
        "{% extends \"base.html\" %}{% block main %}{{ no_such_thing.x }}{% endblock %}",
    )
    .unwrap();
    expect_unchanged(&build(&site, None), "failing template", 1, "rendering");
    fs::remove_dir_all(site.join("themes")).unwrap();

    // A write error half-way: files may be at most 4 KB (SIGXFSZ ignored, so
    // the write fails with EFBIG instead of killing the process).
    #[cfg(target_os = "linux")]
    {
        let mut cmd = Command::new("sh");
        cmd.arg("-c")
            .arg("trap '' XFSZ; ulimit -f 8; exec \"$0\" --lang en build \"$1\"")
            .arg(env!("CARGO_BIN_EXE_tongbao"))
            .arg(&site)
            .env("NO_COLOR", "1");
        let o = run_for(cmd, 120);
        expect_unchanged(
            &o,
            "write error",
            1,
            "the previous output was left as it was",
        );
        assert!(leftovers(&out).is_empty(), "{:?}", leftovers(&out));
    }

    // Something that is not tongbao's where the staging folder goes: it is
    // neither deleted nor written into.
    let staging = site.join(".output.tongbao-staging");
    fs::create_dir(&staging).unwrap();
    fs::write(staging.join("mine.txt"), "keep").unwrap();
    expect_unchanged(
        &build(&site, None),
        "foreign staging",
        1,
        "was not made by tongbao",
    );
    assert_eq!(fs::read(staging.join("mine.txt")).unwrap(), b"keep");
    fs::remove_dir_all(&staging).unwrap();

    // And a good build still replaces it all, leaving nothing beside it.
    edit(
        &site,
        "content/site.yaml",
        "测试区重点项目建设月报",
        "测试区月报",
    );
    ok(&build(&site, None));
    assert_ne!(fingerprint(&out), before);
    assert!(leftovers(&out).is_empty(), "{:?}", leftovers(&out));
}

// ---------------------------------------------------------------------------
// Every piece of data is escaped where it lands.

const SCRIPT: &str = "<script>alert(1)</script>";
const BREAKOUT: &str = "\"><img src=x onerror=alert(1)>";
const QUOTE: &str = "'><svg onload=alert(1)>";
const FORMULA: &str = "=cmd|' /C calc'!A0";

/// YAML double-quoted text of `s`.
fn q(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

/// The small site with hostile text in every field a user writes.
fn hostile_site() -> (tempfile::TempDir, PathBuf) {
    let (tmp, site) = site_copy("small");
    let all = format!("{SCRIPT}{BREAKOUT}{QUOTE}");
    let e = |file: &str, from: &str, to: String| edit(&site, file, from, &to);
    e(
        "content/site.yaml",
        "测试区重点项目建设月报",
        q(&format!("月报{all}")),
    );
    e(
        "content/site.yaml",
        "测试区重点项目推进办公室",
        q(&format!("办公室{all}")),
    );
    e(
        "content/site.yaml",
        "categories: [农业, 工业,",
        format!("categories: [农业, {},", q(&format!("工业{all}"))),
    );
    for f in ["content/projects/a.yaml", "content/projects/more/b.yaml"] {
        let text = fs::read_to_string(site.join(f)).unwrap();
        let text = text.replace(
            "category: 工业",
            &format!("category: {}", q(&format!("工业{all}"))),
        );
        fs::write(site.join(f), text).unwrap();
    }
    let a = "content/projects/a.yaml";
    e(
        a,
        "年产5万吨新材料生产线项目",
        q(&format!("{FORMULA}{all}")),
    );
    e(a, "智慧农业示范园项目", q(&format!("+{all}")));
    e(a, "城北商贸物流中心", q(&format!("@SUM(A1){all}")));
    e(
        a,
        "leaders: [王建国, 李明]",
        format!("leaders: [{}, 李明]", q(&format!("-王{all}"))),
    );
    e(
        a,
        "location: 高新区",
        format!("location: {}", q(&format!("={all}"))),
    );
    e(
        a,
        "owner: 测试新材料有限公司",
        format!("owner: {}", q(&format!("{FORMULA}{all}"))),
    );
    e(
        a,
        "description: 建设厂房及生产线。",
        format!(
            "description: {}",
            q(&format!("{all} [x](javascript:alert(1)) <a href=\"javascript:alert(1)\">y</a> ![i](javascript:alert(1))"))
        ),
    );
    e(
        "content/units.yaml",
        "name: 区工信局",
        format!("name: {}", q(&format!("{FORMULA}{all}"))),
    );
    e("content/progress/2025-02.yaml", "设备安装现场", q(&all));
    e(
        "content/progress/2025-02.yaml",
        "note: 设备安装",
        format!("note: {}", q(&format!("{FORMULA}{all}"))),
    );
    e(
        "content/problems.yaml",
        "用地指标未落实",
        q(&format!("{FORMULA}{all}")),
    );
    e(
        "content/problems.yaml",
        "owner: 区自然资源局",
        format!("owner: {}", q(&format!("@{all}"))),
    );
    e(
        "content/bulletins/2025-02.md",
        "title: 2025年2月全区重点项目建设情况通报",
        format!("title: {}", q(&all)),
    );
    let commentary = format!(
        "\n\n{SCRIPT}\n\n{BREAKOUT}\n\n<a href=\"javascript:alert(1)\" onclick=\"alert(1)\">a</a>\n\n\
         [b](javascript:alert(1)) [c]( JaVaScRiPt:alert(1)) [d](java&#x73;cript:alert(1)) \
         [e](vbscript:x) ![f](data:text/html,x) <javascript:alert(1)>\n\n\
         [g][ref] [h](http://a.cn/\"onmouseover=\"alert(1) \"t\\\"onmouseover=alert(1)\")\n\n\
         [ref]: javascript:alert(1)\n\n{{{{ by_unit[0].name }}}} {{{{ projects[0].name }}}}\n\n\
         <svg onload=alert(1)> <iframe src=javascript:alert(1)></iframe>\n"
    );
    let path = site.join("content/bulletins/2025-02.md");
    let mut text = fs::read_to_string(&path).unwrap();
    text.push_str(&commentary);
    fs::write(&path, text).unwrap();
    let page = site.join("content/pages/about.md");
    let mut text = fs::read_to_string(&page).unwrap();
    text.push_str(&commentary.replace("{{", "").replace("}}", ""));
    fs::write(&page, text).unwrap();
    (tmp, site)
}

/// Parses one CSV file (RFC 4180, as tongbao writes it) into rows of cells.
fn csv_cells(text: &str) -> Vec<Vec<String>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut rows = vec![vec![String::new()]];
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        let cell = rows.last_mut().unwrap().last_mut().unwrap();
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') if cell.is_empty() => quoted = true,
            (false, ',') => rows.last_mut().unwrap().push(String::new()),
            (false, '\r') => {}
            (false, '\n') => rows.push(vec![String::new()]),
            (false, c) => cell.push(c),
        }
    }
    if rows.last().is_some_and(|r| r.len() == 1 && r[0].is_empty()) {
        rows.pop();
    }
    rows
}

#[test]
fn hostile_text_never_runs_in_the_browser_or_the_spreadsheet() {
    let (_tmp, site) = hostile_site();
    let o = build(&site, None);
    ok(&o);
    let out = site.join("output");
    let files = snapshot(&out);
    let (mut pages, mut csvs, mut landed, mut formulas) = (0, 0, 0, 0);
    for (path, bytes) in &files {
        let text = String::from_utf8_lossy(bytes);
        if path.starts_with("assets/") {
            continue; // the user's own files, copied as they are
        }
        if path.ends_with(".html") || path.ends_with(".svg") {
            pages += 1;
            let bad = audit::audit(&text);
            assert!(bad.is_empty(), "{path}:\n{}", bad.join("\n"));
            // The data is there, escaped, not dropped.
            if text.contains("&lt;script&gt;alert(1)&lt;/script&gt;") {
                landed += 1;
            }
        } else if path.ends_with(".csv") {
            csvs += 1;
            for row in csv_cells(&text) {
                for cell in row {
                    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
                        assert!(cell.parse::<f64>().is_ok(), "{path}: formula cell {cell:?}");
                    }
                    if cell.contains("cmd|") {
                        assert!(cell.starts_with("'="), "{path}: {cell:?}");
                        formulas += 1;
                    }
                }
            }
        } else if path.ends_with(".json") {
            let v: serde_json::Value =
                serde_json::from_slice(bytes).unwrap_or_else(|e| panic!("{path} is not JSON: {e}"));
            if path.ends_with("2025-02/metrics.json") {
                let names: Vec<&str> = v["projects"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .filter_map(|p| p["name"].as_str())
                    .collect();
                let all = format!("{SCRIPT}{BREAKOUT}{QUOTE}");
                assert!(
                    names.contains(&format!("{FORMULA}{all}").as_str()),
                    "{names:?}"
                );
            }
        }
    }
    assert!(pages > 20 && csvs > 10, "{pages} pages, {csvs} CSV files");
    assert!(landed > 20, "the hostile text reached only {landed} pages");
    assert!(formulas > 3, "only {formulas} formula cells seen");
    // Attribute values are escaped for both quote characters (Tera's escaper;
    // its `fast_escape` feature would leave `'` as it is).
    let project = fs::read_to_string(out.join("projects/T-001/index.html")).unwrap();
    assert!(
        project.contains("alt=\"&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt;&#39;&gt;&lt;svg onload=alert(1)&gt;\""),
        "{}",
        project.lines().find(|l| l.contains("<img")).unwrap_or_default()
    );
}

#[test]
fn templates_quote_every_attribute_with_double_quotes() {
    // Autoescaping makes `{{ x }}` safe inside "…" attributes; an unquoted or
    // single-quoted attribute would depend on which characters the escaper
    // handles. Every built-in template keeps to double quotes.
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default/templates");
    for e in fs::read_dir(&dir).unwrap() {
        let path = e.unwrap().path();
        let text = fs::read_to_string(&path).unwrap();
        for bad in ["={{", "= {{", "='{{", "='{%", "={%"] {
            assert!(!text.contains(bad), "{}: `{bad}`", path.display());
        }
        for (i, _) in text.match_indices("| safe") {
            let line = text[..i].rsplit('\n').next().unwrap_or_default();
            let allowed = [
                "commentary_html",
                "chart.svg",
                "summary_html",
                "page.html",
                "description_html",
                // Rendered natively with every value escaped, byte for byte as
                // table.html renders it (render::table tests hold them together).
                "table.html",
            ];
            assert!(
                allowed.iter().any(|a| line.contains(a)),
                "{}: unexpected `| safe` in {line}",
                path.display()
            );
        }
    }
}

#[test]
fn base_url_must_be_http() {
    let (_tmp, site) = site_copy("small");
    edit(
        &site,
        "content/site.yaml",
        "language: zh-CN",
        "language: zh-CN\nbase_url: \"javascript:alert(1)//\"",
    );
    let o = build(&site, None);
    assert_eq!(o.status.code(), Some(1), "{}", err_text(&o));
    assert!(err_text(&o).contains("is not an absolute http(s) URL"));
}
