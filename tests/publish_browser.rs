//! The single-file bulletin and the search box in Debian's headless Chromium,
//! from file://: the single file opens alone in an empty folder (as a chat
//! attachment does) with its styles, charts and tables and nothing failing;
//! the search box finds projects by two characters, one character and a
//! bigram inside the name, at desktop and phone width, with links that lead
//! to the project's page from any depth, by mouse or keyboard.
//!
//! Needs /usr/bin/chromium (`apt-get install chromium`); set
//! TONGBAO_SKIP_BROWSER=1 to skip where it cannot be installed.

#[allow(dead_code)]
mod cdp;
mod common;

use common::build_demo;

use cdp::{Browser, Viewport, DESKTOP, PHONE};
use serde_json::{json, Value};
use std::fs;
use std::path::{Path, PathBuf};

/// A project of the demo site (content/projects/nongye.yaml) and fragments of
/// its name 白水镇中药材养殖加工一体化项目 that are not at its start.
const PROJECT: &str = "QS-2025-040";
const NAME: &str = "白水镇中药材养殖加工一体化项目";

fn latest_month(out: &Path) -> String {
    let mut months: Vec<String> = fs::read_dir(out.join("bulletins"))
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.len() == 7 && n.as_bytes()[4] == b'-')
        .collect();
    months.sort();
    months.pop().expect("a bulletin")
}

fn save(name: &str, viewport: Viewport, png: &[u8]) {
    let path = cdp::screenshot_dir().join(format!("{name}-{}.png", viewport.width));
    fs::write(&path, png).unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
}

#[test]
fn single_file_bulletin_opens_alone() {
    if !cdp::chromium_available() {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("site");
    build_demo(&out);
    let month = latest_month(&out);
    let name = format!("{month}-bulletin.html");
    // Alone in a folder of its own, as a received attachment is.
    let alone = tmp.path().join("inbox");
    fs::create_dir_all(&alone).unwrap();
    fs::copy(
        out.join("bulletins").join(&month).join(&name),
        alone.join(&name),
    )
    .unwrap();
    let url = cdp::file_url(&alone.join(&name));

    let mut browser = Browser::start();
    let mut problems = Vec::new();
    for viewport in [PHONE, DESKTOP] {
        let (report, styled) = browser.visit_with(&url, viewport, |b, s| {
            b.eval(
                Some(s),
                "({ header: getComputedStyle(document.querySelector('.site-header')).backgroundColor, \
                   tables: document.querySelectorAll('table').length, \
                   links: Array.from(document.querySelectorAll('[href],[src]')).map(e => e.getAttribute('href') || e.getAttribute('src')).filter(v => !v.startsWith('#') && !v.startsWith('data:')) })",
            )
        });
        save("single", viewport, &report.screenshot);
        eprintln!(
            "single file at {}px: {} svg, scrollWidth {}, {styled}",
            viewport.width, report.svg_count, report.scroll_width
        );
        let mut found = report.problems(viewport);
        if report.svg_count < 6 {
            found.push(format!("only {} charts", report.svg_count));
        }
        if !report.text.contains("开复工率") {
            found.push("the text 开复工率 is missing".into());
        }
        if styled["header"] != json!("rgb(163, 23, 27)") {
            found.push(format!("the inline styles do not apply: {styled}"));
        }
        if styled["tables"].as_u64().unwrap_or(0) < 10 {
            found.push(format!("too few tables: {styled}"));
        }
        if styled["links"] != json!([]) {
            found.push(format!("references to other files: {}", styled["links"]));
        }
        problems.extend(
            found
                .into_iter()
                .map(|p| format!("{}px: {p}", viewport.width)),
        );
    }
    drop(browser);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Types `text` into the search box of the open page (focused, as a person
/// does, then CDP's Input.insertText), and returns the results once they are
/// shown: `[{href, url, type, title, visible}]` and the status line.
fn search(b: &mut Browser, session: &str, text: &str) -> Value {
    let s = Some(session);
    b.eval(
        s,
        "(() => { const q = document.querySelector('#search-q'); q.focus(); q.select(); \
         document.querySelector('.search-results').textContent = ''; return document.activeElement === q; })()",
    );
    b.call(s, "Input.insertText", json!({ "text": text }));
    b.eval(s, RESULTS_JS)
}

/// Waits (at most 5 s) for results and returns them.
const RESULTS_JS: &str = r#"
new Promise((resolve) => {
  const started = Date.now();
  const poll = () => {
    const panel = document.querySelector('.search-panel');
    const links = Array.from(document.querySelectorAll('.search-results a'));
    if ((links.length && !panel.hidden) || Date.now() - started > 5000) {
      const r = panel.getBoundingClientRect();
      resolve({
        status: document.querySelector('.search-status').textContent,
        panelRight: r.right,
        results: links.map((a) => ({
          href: a.getAttribute('href'),
          url: a.href,
          type: a.querySelector('.search-type').textContent,
          title: a.querySelector('.search-title').textContent,
        })),
      });
    } else {
      setTimeout(poll, 25);
    }
  };
  poll();
})
"#;

/// Whether `found` lists the project, with a link that leads to its page.
fn finds_project(found: &Value, page: &str) -> Result<(), String> {
    let hit = found["results"]
        .as_array()
        .and_then(|r| r.iter().find(|x| x["title"] == json!(NAME)));
    match hit {
        None => Err(format!("{NAME} not among the results: {found}")),
        Some(h) if h["url"] != json!(page) => {
            Err(format!("its link leads to {} not {page}", h["url"]))
        }
        Some(h) if h["type"] != json!("项目") => Err(format!("its type is {}", h["type"])),
        Some(_) => Ok(()),
    }
}

#[test]
fn search_finds_projects_in_chinese_from_file() {
    if !cdp::chromium_available() {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("site");
    build_demo(&out);
    let project_page: PathBuf = out.join("projects").join(PROJECT).join("index.html");
    let target = cdp::file_url(&project_page);
    let mut browser = Browser::start();
    let mut problems = Vec::new();

    // From a project page (two folders deep), at desktop width.
    let from = cdp::file_url(&out.join("projects/QS-2025-006/index.html"));
    let (report, checks) = browser.visit_with(&from, DESKTOP, |b, s| {
        let mut checks = Vec::new();
        for q in ["药材", "药", "加工一体", "中药材养殖", "qs-2025-040"] {
            let found = search(b, s, q);
            eprintln!("{q}: {} — {} results", found["status"], found["results"].as_array().map_or(0, Vec::len));
            checks.push((q.to_string(), finds_project(&found, &target), found));
        }
        // The project comes first for a bigram only it has.
        let found = search(b, s, "药材");
        checks.push((
            "药材 first".into(),
            if found["results"][0]["title"] == json!(NAME) { Ok(()) } else { Err(format!("{found}")) },
            Value::Null,
        ));
        // Keyboard: ArrowDown moves into the results, Enter in the box opens the first.
        for key in [("ArrowDown", 40)] {
            for kind in ["keyDown", "keyUp"] {
                b.call(Some(s), "Input.dispatchKeyEvent", json!({"type": kind, "key": key.0, "code": key.0, "windowsVirtualKeyCode": key.1}));
            }
        }
        let focused = b.eval(Some(s), "document.activeElement.href || ''");
        checks.push((
            "ArrowDown focuses the first result".into(),
            if focused == json!(target) { Ok(()) } else { Err(format!("focused {focused}")) },
            Value::Null,
        ));
        checks
    });
    save("search", DESKTOP, &report.screenshot);
    problems.extend(report.problems(DESKTOP));
    for (q, ok, _) in checks {
        if let Err(e) = ok {
            problems.push(format!("{q}: {e}"));
        }
    }

    // From the home page (the root), at phone width.
    let home = cdp::file_url(&out.join("index.html"));
    let (report, found) = browser.visit_with(&home, PHONE, |b, s| search(b, s, "药材"));
    save("search", PHONE, &report.screenshot);
    problems.extend(report.problems(PHONE));
    if let Err(e) = finds_project(&found, &target) {
        problems.push(format!("phone: {e}"));
    }
    if found["results"][0]["href"] != json!(format!("projects/{PROJECT}/index.html")) {
        problems.push(format!(
            "phone: first link from the root is {}",
            found["results"][0]["href"]
        ));
    }
    if found["panelRight"].as_f64().unwrap_or(1e9) > f64::from(PHONE.width) {
        problems.push(format!("phone: the results stick out: {found}"));
    }

    // Enter in the box opens the first result.
    let (report, landed) = browser.visit_with(&home, PHONE, |b, s| {
        search(b, s, "中药材");
        b.eval(Some(s), "document.querySelector('#search-q').focus()");
        for kind in ["keyDown", "keyUp"] {
            b.call(
                Some(s),
                "Input.dispatchKeyEvent",
                json!({"type": kind, "key": "Enter", "code": "Enter", "windowsVirtualKeyCode": 13, "text": "\r"}),
            );
        }
        // The page may navigate before, or while, a script asks where it
        // is: ask again until it answers from the page it landed on.
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
        loop {
            let asked = b.try_call(
                Some(s),
                "Runtime.evaluate",
                json!({"expression": "location.href", "returnByValue": true}),
            );
            let href = asked.map(|r| r["result"]["value"].clone()).unwrap_or(Value::Null);
            let landed = href.as_str().is_some_and(|h| h.contains("/projects/"));
            if landed || std::time::Instant::now() > deadline {
                break href;
            }
            std::thread::sleep(std::time::Duration::from_millis(25));
        }
    });
    problems.extend(report.problems(PHONE));
    if landed != json!(target) {
        problems.push(format!("Enter led to {landed}, not {target}"));
    }
    drop(browser);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
