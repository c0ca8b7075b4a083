//! Roads by which bad content could once be published with exit status 0 (a
//! wrong figure, or foreign content, without a word): each case through the real
//! binary on a site made by `tongbao init`, as a user would meet it.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;

use common::{stderr, tongbao, tongbao_at};

/// A fresh `tongbao init` site in a temporary folder.
fn init_site() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("s");
    let o = tongbao(&["init", site.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    (tmp, site)
}

/// Replaces the first `from` in a file of the site by `to` (it must be there).
fn edit(site: &Path, rel: &str, from: &str, to: &str) {
    let path = site.join(rel);
    let text = fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "`{from}` is not in {rel}");
    fs::write(&path, text.replacen(from, to, 1)).unwrap();
}

/// Asserts that `check` and `build` both refuse the site (exit 1, nothing
/// written) with every one of `needles` in the messages; returns them.
fn refused(site: &Path, needles: &[&str]) -> String {
    let check = tongbao_at("check", site, &[]);
    let err = stderr(&check);
    assert_eq!(check.status.code(), Some(1), "{err}");
    for n in needles {
        assert!(err.contains(n), "expected `{n}` in:\n{err}");
    }
    let build = tongbao_at("build", site, &[]);
    assert_eq!(build.status.code(), Some(1), "{}", stderr(&build));
    assert!(!site.join("output").exists());
    err
}

fn ok(o: &Output) {
    assert_eq!(o.status.code(), Some(0), "{}", stderr(o));
}

const LEDGER: &str = "content/projects/chanye.yaml";

#[test]
fn blank_required_values_are_errors_at_the_value() {
    let (_tmp, site) = init_site();
    edit(
        &site,
        LEDGER,
        "name: 年产10万吨新型建材生产线项目",
        "name: \"\"",
    );
    refused(
        &site,
        &["content/projects/chanye.yaml:8:9: error: `name` of project YX-2026-001 is blank"],
    );

    let (_tmp, site) = init_site();
    edit(&site, LEDGER, "- id: YX-2026-002", "- id: \"  \"");
    refused(&site, &["`id` of this project is blank"]);

    let (_tmp, site) = init_site();
    edit(&site, LEDGER, "category: 工业", "category: \"\u{3000}\"");
    refused(
        &site,
        &["chanye.yaml:9:13: error: `category` of project YX-2026-001 is blank"],
    );

    let (_tmp, site) = init_site();
    edit(&site, LEDGER, "unit: gxj", "unit: ''");
    refused(&site, &["chanye.yaml:14:9: error: `unit` is blank"]);

    let (_tmp, site) = init_site();
    edit(
        &site,
        LEDGER,
        "leaders: [王建国, 李明]",
        "leaders: [王建国, '']",
    );
    refused(&site, &["an item of `leaders` is blank"]);

    let (_tmp, site) = init_site();
    edit(
        &site,
        "content/problems.yaml",
        "text: 施工许可证办理进度慢",
        "text: \"\"",
    );
    edit(
        &site,
        "content/problems.yaml",
        "project: YX-2026-010",
        "project: \" \"",
    );
    refused(
        &site,
        &[
            "`text` of problem P-2026-001 is blank",
            "`project` of problem P-2026-002 is blank",
        ],
    );

    let (_tmp, site) = init_site();
    edit(
        &site,
        "content/progress/2026-09.yaml",
        "file: 2026-09/yx-2026-011.svg",
        "file: \"\"",
    );
    refused(&site, &["`file` of this photo is blank"]);
}

#[test]
fn blank_values_are_reported_in_chinese_on_a_chinese_site() {
    let (_tmp, site) = init_site();
    edit(
        &site,
        LEDGER,
        "name: 年产10万吨新型建材生产线项目",
        "name: \"\"",
    );
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_tongbao"))
        .arg("check")
        .arg(&site)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains("错误：项目 YX-2026-001 的`name`为空"), "{err}");
}

#[test]
fn two_files_for_one_month_or_page_are_an_error_naming_both() {
    let (_tmp, site) = init_site();
    let p = site.join("content/progress");
    fs::copy(p.join("2026-07.yaml"), p.join("2026-07.yml")).unwrap();
    let err = refused(
        &site,
        &["`content/progress/2026-07.yaml` and `content/progress/2026-07.yml` are two files for the same thing"],
    );
    assert!(!err.contains("no progress file"), "{err}");

    let (_tmp, site) = init_site();
    let b = site.join("content/bulletins");
    fs::copy(b.join("2026-09.md"), b.join("2026-09.markdown")).unwrap();
    refused(
        &site,
        &["`content/bulletins/2026-09.markdown` and `content/bulletins/2026-09.md` are two files"],
    );

    let (_tmp, site) = init_site();
    let c = site.join("content");
    fs::copy(c.join("units.yaml"), c.join("units.yml")).unwrap();
    fs::rename(c.join("problems.yaml"), c.join("problems.yml")).unwrap();
    refused(
        &site,
        &[
            "`content/units.yaml` and `content/units.yml` are two files for the same thing",
            "content/problems.yml: error: tongbao reads content/problems.yaml, not problems.yml",
        ],
    );

    let (_tmp, site) = init_site();
    let p = site.join("content/progress");
    fs::rename(p.join("2026-08.yaml"), p.join("2026-08.YAML")).unwrap();
    refused(
        &site,
        &["content/progress/2026-08.YAML: error: not a progress file (YYYY-MM.yaml): the extension is not in lower case"],
    );

    let (_tmp, site) = init_site();
    let pages = site.join("content/pages");
    fs::copy(pages.join("about.md"), pages.join("About.md")).unwrap();
    refused(
        &site,
        &["`content/pages/About.md` and `content/pages/about.md` are two files"],
    );
}

#[test]
fn amounts_that_would_overflow_are_errors() {
    // The issue's case: ten projects of 99,999,999,999,999 万元.
    let (_tmp, site) = init_site();
    edit(
        &site,
        LEDGER,
        "total_investment: 68000",
        "total_investment: 99999999999999",
    );
    refused(
        &site,
        &["chanye.yaml:10:21: error: `total_investment` is too large (99999999999999)"],
    );

    // Amounts each allowed that add up past what 64 bits hold: the site is
    // refused at the project where the sum passes the limit.
    let (_tmp, site) = init_site();
    let mut ledger = String::new();
    for i in 0..24_000 {
        ledger.push_str(&format!(
            "- {{id: BIG-{i:05}, name: 大项目{i}, category: 工业, total_investment: 9999999999.9999}}\n"
        ));
    }
    fs::write(site.join("content/projects/big.yaml"), ledger).unwrap();
    refused(
        &site,
        &["error: the amounts of this site add up to more than 230584300921369.3951万元 by project BIG-"],
    );
}

#[test]
fn money_written_as_a_plain_number_is_read_exactly() {
    for (written, found) in [
        ("1234.000000000000000001", "has more than 4 decimals"),
        ("12345678901234.5678", "is too large"),
    ] {
        // The fast reader's files and the ones serde_yaml reads (an anchor).
        for anchor in ["", "&x "] {
            let (_tmp, site) = init_site();
            edit(
                &site,
                "content/progress/2026-09.yaml",
                "invested: 1500",
                &format!("invested: {anchor}{written}"),
            );
            refused(&site, &[&format!("`invested` {found} ({written})")]);
        }
    }
    // A decimal of 4 places or fewer, with trailing zeros, is that amount.
    let (_tmp, site) = init_site();
    edit(
        &site,
        "content/progress/2026-09.yaml",
        "invested: 1500",
        "invested: &x 1500.25000",
    );
    ok(&tongbao_at("build", &site, &[]));
    let json = fs::read_to_string(site.join("output/bulletins/2026-09/metrics.json")).unwrap();
    assert!(json.contains("1500.25"), "{json}");
}

#[test]
fn names_in_commentary_figures_are_text() {
    let (_tmp, site) = init_site();
    edit(
        &site,
        "content/units.yaml",
        "name: 区工业和信息化局",
        "name: \"![](https://evil.example/p.png)[点此下载](https://evil.example/x) a\\\\b &amp;\"",
    );
    edit(
        &site,
        "content/bulletins/2026-09.md",
        "现将2026年1—9月",
        "排名第一的是{{ by_unit[0].name }}。现将2026年1—9月",
    );
    ok(&tongbao_at("build", &site, &[]));
    let dir = site.join("output/bulletins/2026-09");
    for page in ["index.html", "2026-09-bulletin.html"] {
        let html = fs::read_to_string(dir.join(page)).unwrap();
        let para = html
            .split("<p>")
            .find(|p| p.starts_with("排名第一的是"))
            .unwrap_or_else(|| panic!("no paragraph in {page}"));
        let para = &para[..para.find("</p>").unwrap()];
        assert!(!para.contains("<img") && !para.contains("<a "), "{para}");
        // Only the names of the ranking that came first may be there; the
        // characters of this one survive unchanged.
        if para.contains("evil") {
            assert!(
                para.contains("![](https://evil.example/p.png)[点此下载](https://evil.example/x) a\\b &amp;amp;"),
                "{para}"
            );
        }
    }
}

#[test]
fn ids_that_collide_on_windows_or_macos_are_refused() {
    let (_tmp, site) = init_site();
    edit(&site, LEDGER, "- id: YX-2026-002", "- id: yx-2026-001");
    refused(
        &site,
        &["chanye.yaml:26:7: error: project id `yx-2026-001` differs from `YX-2026-001` only by case"],
    );

    for reserved in ["CON", "nul", "AUX", "COM1", "lpt1"] {
        let (_tmp, site) = init_site();
        edit(
            &site,
            LEDGER,
            "- id: YX-2026-002",
            &format!("- id: {reserved}"),
        );
        refused(
            &site,
            &[&format!(
                "chanye.yaml:26:7: error: project id `{reserved}` is a device name that Windows reserves"
            )],
        );
    }

    let (_tmp, site) = init_site();
    edit(&site, "content/units.yaml", "- id: gxj", "- id: FGJ");
    refused(
        &site,
        &["department id `FGJ` differs from `fgj` only by case"],
    );

    let (_tmp, site) = init_site();
    let long = "A".repeat(101);
    edit(&site, LEDGER, "- id: YX-2026-002", &format!("- id: {long}"));
    refused(&site, &["is longer than 100 characters"]);

    let (_tmp, site) = init_site();
    let assets = site.join("content/assets/2026-09");
    fs::write(assets.join("YX-2026-011.svg"), "<svg/>").unwrap();
    fs::write(assets.join("aux.jpg"), "x").unwrap();
    refused(
        &site,
        &[
            "content/assets/2026-09/yx-2026-011.svg` are two files for the same thing",
            "`aux.jpg` is a device name that Windows reserves",
        ],
    );
}

#[cfg(unix)]
#[test]
fn a_file_in_a_folder_with_an_old_time_is_still_foreign() {
    let (_tmp, site) = init_site();
    ok(&tongbao_at("build", &site, &[]));
    let out = site.join("output/projects/YX-2026-001");
    fs::write(out.join("copied.txt"), "not tongbao's").unwrap();
    // As `cp -a`, `rsync -a`, `tar x` and unzip leave a folder.
    let old = std::time::SystemTime::now() - std::time::Duration::from_secs(30 * 86_400);
    fs::File::open(&out).unwrap().set_modified(old).unwrap();
    fs::File::open(site.join("output"))
        .unwrap()
        .set_modified(old)
        .unwrap();
    let o = tongbao_at("build", &site, &[]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("copied.txt"), "{}", stderr(&o));
    assert!(out.join("copied.txt").exists());
}

#[test]
fn new_keeps_last_months_note_inside_its_comment() {
    for breaker in ["\u{2028}", "\u{85}", "\r", "\u{2029}"] {
        let (_tmp, site) = init_site();
        edit(
            &site,
            "content/progress/2026-09.yaml",
            "note: 设备安装调试",
            &format!("note: \"设备安装调试{breaker}funds: 99999\""),
        );
        ok(&tongbao_at("check", &site, &[]));
        let o = tongbao(&["new", "2026-10", site.to_str().unwrap()]);
        ok(&o);
        let written = fs::read_to_string(site.join("content/progress/2026-10.yaml")).unwrap();
        assert!(
            written.contains("# 2026-09：设备安装调试 funds: 99999\n    note:"),
            "{written}"
        );
        // The file loads, and no `funds` came out of the note (the
        // commentary skeleton, with its 【待填写】 markers, is not needed).
        fs::remove_file(site.join("content/bulletins/2026-10.md")).unwrap();
        ok(&tongbao_at("check", &site, &[]));
        let json = fs::read_to_string({
            ok(&tongbao_at("build", &site, &[]));
            site.join("output/bulletins/2026-10/metrics.json")
        })
        .unwrap();
        assert!(!json.contains("99999"), "{breaker:?}");
    }
}

#[test]
fn terminal_escapes_in_content_are_shown_not_run() {
    let (_tmp, site) = init_site();
    edit(
        &site,
        LEDGER,
        "unit: gxj",
        "unit: \"\\e]0;PWNED\\a\\e[2J\u{202e}x\"",
    );
    let o = tongbao_at("check", &site, &[]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(!err.contains('\u{1b}') && !err.contains('\u{7}'), "{err:?}");
    assert!(!err.contains('\u{202e}'), "{err:?}");
    assert!(
        err.contains("\\u{1b}]0;PWNED\\u{7}\\u{1b}[2J\\u{202e}x"),
        "{err}"
    );
}

#[test]
fn smaller_messages_say_what_is_wrong() {
    // A fraction with more than 4 decimals is not "between 0 and 1".
    let (_tmp, site) = init_site();
    edit(
        &site,
        "content/site.yaml",
        "red_below: 0.10",
        "red_below: 0.12345",
    );
    refused(&site, &["`red_below` has more than 4 decimals (0.12345)"]);

    // base_url: the scheme in any case; no query, fragment or spaces.
    for (url, good) in [
        ("HTTPS://XM.EXAMPLE.GOV.CN/", true),
        ("https://example.gov.cn/xm/?a=1", false),
        ("https://example.gov.cn/xm/#top", false),
        ("https://example.gov.cn/x m/", false),
        ("https:///xm/", false),
    ] {
        let (_tmp, site) = init_site();
        let path = site.join("content/site.yaml");
        let text = fs::read_to_string(&path).unwrap();
        fs::write(&path, format!("{text}\nbase_url: \"{url}\"\n")).unwrap();
        let o = tongbao_at("check", &site, &[]);
        assert_eq!(
            o.status.code(),
            Some(if good { 0 } else { 1 }),
            "{url}: {}",
            stderr(&o)
        );
    }

    // A missing photo is reported at the photo's own line.
    let (_tmp, site) = init_site();
    fs::remove_file(site.join("content/assets/2026-09/yx-2026-011.svg")).unwrap();
    refused(
        &site,
        &["content/progress/2026-09.yaml:45:9: error: photo `2026-09/yx-2026-011.svg` is not in content/assets"],
    );
}

#[cfg(unix)]
#[test]
fn a_named_pipe_is_skipped_with_a_warning() {
    let (_tmp, site) = init_site();
    let fifo = site.join("content/projects/pipe.yaml");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("mkfifo is not available; skipped");
        return;
    }
    let o = tongbao_at("check", &site, &[]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("content/projects/pipe.yaml: warning: not a regular file; skipped"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn a_key_far_from_its_colon_is_refused_by_both_yaml_readers() {
    // libyaml refuses a key whose colon is 1,024 characters or more from its
    // start; the fast reader used to accept it, so that the file loaded or not
    // depending on an unrelated edit (a tab in a comment sends the file to
    // serde_yaml).
    for comment in ["", "# a\tb\n"] {
        let (_tmp, site) = init_site();
        let pad = " ".repeat(1100);
        edit(
            &site,
            LEDGER,
            "  name: 年产10万吨新型建材生产线项目",
            &format!("{comment}  name{pad}: 年产10万吨新型建材生产线项目"),
        );
        refused(&site, &["content/projects/chanye.yaml:"]);
    }
}

#[test]
fn names_that_differ_only_by_case_get_folders_that_differ_otherwise() {
    let (_tmp, site) = init_site();
    edit(
        &site,
        LEDGER,
        "leaders: [王建国, 李明]",
        "leaders: [Li, LI, con]",
    );
    ok(&tongbao_at("build", &site, &[]));
    let mut folders: Vec<String> = fs::read_dir(site.join("output/leaders"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_lowercase())
        .collect();
    let n = folders.len();
    folders.sort();
    folders.dedup();
    assert_eq!(folders.len(), n, "{folders:?}");
    assert!(!folders.iter().any(|f| f == "con"), "{folders:?}");
}

/// `paper:` left blank is neither the default (true) nor false: an error at
/// its line, and nothing is written.
#[test]
fn a_blank_paper_switch_is_an_error() {
    let (_tmp, site) = init_site();
    let yaml = site.join("content/site.yaml");
    let mut text = fs::read_to_string(&yaml).unwrap();
    text.push_str("paper:\n");
    fs::write(&yaml, &text).unwrap();
    let line = text.lines().count();
    let o = tongbao_at("build", &site, &[]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(
        err.contains(&format!("content/site.yaml:{line}:"))
            && err.contains("`paper` must be true or false, found nothing"),
        "{err}"
    );
    assert!(!site.join("output").exists());
}

#[test]
fn a_blank_amount_is_an_error_not_zero() {
    // `invested:` with nothing after it, and `funds: ~`: refused at the key
    // with how to write 0, not published as 0.
    let (_tmp, site) = init_site();
    let file = "content/progress/2026-07.yaml";
    let text = fs::read_to_string(site.join(file)).unwrap();
    let line = text
        .lines()
        .position(|l| l == "    invested: 1500")
        .expect("the example's first amount")
        + 1;
    edit(&site, file, "    invested: 1500", "    invested:");
    edit(&site, file, "    funds: 2000", "    funds: ~");
    refused(
        &site,
        &[
            &format!("{file}:{line}:5: error: `invested` is blank"),
            "`funds` is blank",
            "or 0 when there is none",
        ],
    );
    // In the site's language when no --lang is given.
    let zh = common::as_user(&["check", site.to_str().unwrap()]);
    assert!(stderr(&zh).contains("`invested`是空的"), "{}", stderr(&zh));
    assert!(stderr(&zh).contains("没有时写 0"), "{}", stderr(&zh));
    // Left out, it is 0, as the contract says.
    edit(&site, file, "    invested:\n", "");
    edit(&site, file, "    funds: ~\n", "");
    ok(&tongbao_at("check", &site, &[]));
}
