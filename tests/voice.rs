//! One voice: every command speaks the site's language (zh-CN by default,
//! zh-TW on a zh-TW site) and English with `--lang en`: `init`, `new` and its
//! usage errors, `import`, `collect`, `serve` (its terminal lines and its
//! browser overlay), `check` and `build` — as a user runs them, with no
//! `--lang` unless the test gives one.

mod common;
mod serve_client;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;

use common::{as_user as run, edit, empty_site, site_copy, stderr, stdout_of as stdout};
use serve_client::{wait_until, Server, CHANGE_LIMIT};

fn s(p: &Path) -> &str {
    p.to_str().expect("temporary paths are UTF-8")
}

/// Everything a run printed.
fn printed(o: &Output) -> String {
    format!("{}{}", stdout(o), stderr(o))
}

/// The small fixture as a zh-TW site.
fn zh_tw_site() -> (tempfile::TempDir, PathBuf) {
    let (tmp, site) = site_copy("small");
    edit(
        &site,
        "content/site.yaml",
        "language: zh-CN",
        "language: zh-TW",
    );
    (tmp, site)
}

/// No English sentence (three words of letters in a row) in `text`, outside
/// `code`, paths and `# comments` of the example commands.
fn assert_no_english(what: &str, text: &str) {
    for line in text.lines() {
        let line = line.split('#').next().unwrap_or_default();
        let mut plain = String::new();
        let mut quoted = false;
        for c in line.chars() {
            if c == '`' {
                quoted = !quoted;
            } else if !quoted {
                plain.push(c);
            }
        }
        let words: Vec<&str> = plain.split([' ', '：', '，']).collect();
        let english = words.windows(3).find(|w| {
            w.iter()
                .all(|x| x.len() >= 2 && x.chars().all(|c| c.is_ascii_alphabetic()))
        });
        assert!(english.is_none(), "{what}: English in {line:?}:\n{text}");
    }
}

#[test]
fn init_speaks_chinese_by_default_and_english_with_the_flag() {
    let tmp = tempfile::tempdir().unwrap();
    let zh = run(&["init", s(&tmp.path().join("a"))]);
    assert_eq!(zh.status.code(), Some(0), "{}", printed(&zh));
    let out = stdout(&zh);
    assert!(
        out.starts_with("已在 ") && out.contains("新建网站"),
        "{out}"
    );
    assert!(out.contains("\n下一步（README.md 说明了"), "{out}");
    assert_no_english("init", &out);
    let en = run(&["init", s(&tmp.path().join("b")), "--lang", "en"]);
    assert!(
        stdout(&en).starts_with("created a new site in "),
        "{}",
        printed(&en)
    );
    // Refused: the folder is not empty.
    let again = run(&["init", s(&tmp.path().join("a"))]);
    assert_eq!(again.status.code(), Some(2));
    assert!(
        stderr(&again).starts_with("错误：") && stderr(&again).contains("已存在且不是空文件夹"),
        "{}",
        stderr(&again)
    );
    let empty = run(&["init", "--empty", s(&tmp.path().join("c"))]);
    assert!(
        stdout(&empty).contains("新建网站（不含示例项目）"),
        "{}",
        printed(&empty)
    );
    assert_no_english("init --empty", &stdout(&empty));
}

#[test]
fn new_and_its_usage_errors_speak_the_sites_language() {
    let (_tmp, site) = site_copy("small");
    let bad = run(&["new", "2025-13", s(&site)]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        stderr(&bad).starts_with("错误：<MONTH> 的值有误：`2025-13`不是月份：写成 YYYY-MM，如 2026-10\n用法见 `tongbao new --help`"),
        "{}",
        stderr(&bad)
    );
    let bad_en = run(&["new", "2025-13", s(&site), "--lang", "en"]);
    assert!(
        stderr(&bad_en).starts_with("error: invalid value for <MONTH>: `2025-13` is not a month"),
        "{}",
        stderr(&bad_en)
    );
    let unknown = run(&["new", "2025-03", s(&site), "--frce"]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(
        stderr(&unknown).starts_with("错误：无法识别的参数`--frce`"),
        "{}",
        stderr(&unknown)
    );
    let skipped = run(&["new", "2025-05", s(&site)]);
    assert_eq!(skipped.status.code(), Some(2));
    assert!(
        stderr(&skipped).starts_with("错误：下一个月应是 2025-03："),
        "{}",
        stderr(&skipped)
    );
    let made = run(&["new", "2025-03", s(&site)]);
    assert_eq!(made.status.code(), Some(0), "{}", printed(&made));
    let out = stdout(&made);
    assert!(
        out.starts_with("已生成 content/progress/2025-03.yaml：5个项目"),
        "{out}"
    );
    assert!(
        out.contains("填写之前，2025-03 按没有投资的月份计算"),
        "{out}"
    );
    assert_no_english("new", &out);
    let exists = run(&["new", "2025-03", s(&site), "--lang", "en"]);
    assert!(
        stderr(&exists).starts_with("error: content/progress/2025-03.yaml already exists"),
        "{}",
        stderr(&exists)
    );
    let (_tmp, tw) = zh_tw_site();
    let made = run(&["new", "2025-03", s(&tw)]);
    assert!(
        stdout(&made).starts_with("已生成 content/progress/2025-03.yaml：5個項目"),
        "{}",
        printed(&made)
    );
}

#[test]
fn import_speaks_the_sites_language() {
    let tmp = tempfile::tempdir().unwrap();
    let site = empty_site(tmp.path(), "site");
    let csv = tmp.path().join("2021年9月.csv");
    fs::write(
        &csv,
        "项目名称,产业类别,总投资,年度计划投资,项目阶段,本月完成投资\n甲工程,工业,100,60,在建,5\n",
    )
    .unwrap();
    let zh = run(&["import", s(&csv), "--into", s(&site)]);
    assert_eq!(zh.status.code(), Some(0), "{}", printed(&zh));
    let err = stderr(&zh);
    assert!(err.contains("新项目及其编号：\n"), "{err}");
    assert!(err.contains("已写入 content/"), "{err}");
    assert!(err.contains("网站读取无误"), "{err}");
    assert_no_english("import", &err);
    // Again: the month is there, nothing is written without --force.
    let en = run(&["import", s(&csv), "--into", s(&site), "--lang", "en"]);
    assert_eq!(en.status.code(), Some(0), "{}", printed(&en));
    let again = run(&["import", s(&csv), "--into", s(&site), "--period", "2021-13"]);
    assert_eq!(again.status.code(), Some(2));
    assert!(
        stderr(&again).starts_with("错误：--period <PERIOD> 的值有误：`2021-13`不是月份"),
        "{}",
        stderr(&again)
    );
}

#[test]
fn collect_speaks_the_sites_language() {
    let (tmp, site) = site_copy("small");
    let out = tmp.path().join("books");
    let zh = run(&["collect", "2025-03", s(&site), "--out", s(&out)]);
    assert_eq!(zh.status.code(), Some(0), "{}", printed(&zh));
    assert!(stdout(&zh).contains("已写入 "), "{}", stdout(&zh));
    assert!(stdout(&zh).contains("下一步："), "{}", stdout(&zh));
    let again = run(&[
        "collect",
        "2025-03",
        s(&site),
        "--out",
        s(&out),
        "--lang",
        "en",
    ]);
    assert_eq!(again.status.code(), Some(2));
    assert!(
        stderr(&again).starts_with("error: ") && stderr(&again).contains("already exist(s)"),
        "{}",
        stderr(&again)
    );
    let date = run(&["collect", "2025-03", s(&site), "--deadline", "3月5日"]);
    assert_eq!(date.status.code(), Some(2));
    assert!(
        stderr(&date).contains("`3月5日`不是日期"),
        "{}",
        stderr(&date)
    );
}

#[test]
fn check_and_build_speak_zh_tw_on_a_zh_tw_site() {
    let (_tmp, site) = zh_tw_site();
    let check = run(&["check", s(&site)]);
    assert_eq!(stderr(&check).trim_end(), "檢查通過：5個項目，3個月的進度");
    edit(
        &site,
        "content/projects/a.yaml",
        "  category: 工业",
        "  catgory: 工业",
    );
    let build = run(&["build", s(&site)]);
    let err = stderr(&build);
    assert!(err.contains(": 錯誤：項目中有未知欄位`catgory`"), "{err}");
    assert!(err.contains("\n  = 提示：是否應為`category`？"), "{err}");
    assert!(
        err.trim_end()
            .ends_with("沒有寫入任何檔案（原有輸出保持不變）：請改正以上錯誤，再生成一次"),
        "{err}"
    );
    let en = run(&["build", s(&site), "--lang", "en"]);
    assert!(
        stderr(&en).contains(": error: unknown field `catgory` in a project"),
        "{}",
        stderr(&en)
    );
}

#[test]
fn serve_speaks_the_sites_language_in_the_terminal_and_the_overlay() {
    let (_tmp, site) = site_copy("small");
    let server = Server::start(&site);
    assert!(
        wait_until(CHANGE_LIMIT, || server.printed().contains("按 Ctrl-C 停止")),
        "{}",
        server.printed()
    );
    let said = server.printed();
    assert!(said.contains("生成完成：3期月报，"), "{said}");
    assert!(said.contains("预览地址：http://127.0.0.1:"), "{said}");
    assert_no_english("serve", &said);
    // The overlay's heading, in the page's reload script.
    let page = server.get("/index.html").text();
    assert!(
        page.contains("\"tongbao：生成失败，显示的是上一次成功生成的网站\\n\\n\""),
        "no Chinese overlay heading"
    );
    assert!(!page.contains("build failed"));
    edit(
        &site,
        "content/progress/2025-02.yaml",
        "T-002: {stage: 在建",
        "T-002: {stage: 施工",
    );
    assert!(wait_until(CHANGE_LIMIT, || server.version()["error"].is_string()));
    let error = server.version()["error"].as_str().unwrap().to_string();
    assert!(error.contains(": 错误：未知阶段`施工`"), "{error}");
    assert!(
        error.trim_end().ends_with("共1个错误，涉及1个文件"),
        "{error}"
    );
    assert!(
        wait_until(CHANGE_LIMIT, || server.printed().contains("生成失败：")),
        "{}",
        server.printed()
    );
    assert_no_english("serve after an error", &server.printed());
}

#[test]
fn serve_speaks_english_with_the_flag() {
    let (_tmp, site) = site_copy("small");
    let server = Server::start_with(&site, &["--lang", "en"]);
    assert!(
        wait_until(CHANGE_LIMIT, || server.printed().contains("press Ctrl-C")),
        "{}",
        server.printed()
    );
    let said = server.printed();
    assert!(said.contains("built 3 bulletins, "), "{said}");
    assert!(said.contains("serving http://127.0.0.1:"), "{said}");
    let page = server.get("/index.html").text();
    assert!(page.contains("\"tongbao: the build failed, showing the last good site\\n\\n\""));
    // A folder that is not a site: a usage error in the language asked for.
    let tmp = tempfile::tempdir().unwrap();
    let o = run(&["serve", s(tmp.path()), "--port", "0"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).starts_with("错误：") && stderr(&o).contains("不是网站文件夹"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn an_unknown_theme_word_fails_the_themes_build_with_its_place() {
    let (_tmp, site) = site_copy("small");
    let dir = site.join("themes/mine/templates");
    fs::create_dir_all(&dir).unwrap();
    let page = tongbao::render::theme::TEMPLATES
        .iter()
        .find(|(n, _)| *n == "page.html")
        .unwrap()
        .1;
    fs::write(dir.join("page.html"), format!("{{{{ t.hme }}}}\n{page}")).unwrap();
    let text = fs::read_to_string(site.join("content/site.yaml")).unwrap();
    fs::write(
        site.join("content/site.yaml"),
        format!("{text}\ntheme: mine\n"),
    )
    .unwrap();
    for cmd in ["check", "build"] {
        let o = run(&[cmd, s(&site)]);
        assert_eq!(o.status.code(), Some(1), "{cmd}: {}", stderr(&o));
        let err = stderr(&o);
        assert!(
            err.contains("themes/mine/templates/page.html:1:4: 错误：未知词语`t.hme`\n  = 提示：模板只能使用主题已有的词语，见 docs/i18n.md 中的列表；是否应为`home`？"),
            "{cmd}: {err}"
        );
    }
    let en = run(&["build", s(&site), "--lang", "en"]);
    assert!(
        stderr(&en).contains("page.html:1:4: error: unknown word `t.hme`"),
        "{}",
        stderr(&en)
    );
    assert!(
        !site.join("output").exists(),
        "a failed build writes nothing"
    );
}
