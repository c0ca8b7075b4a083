//! Opens the built demo site in Debian's headless Chromium from file://, at
//! desktop and phone width, and checks that nothing fails to load, nothing is
//! logged as an error or warning, nothing is fetched from another host, the
//! phone layout does not scroll sideways, and the bulletin carries its charts.
//! Full-page screenshots go to target/screenshots/NAME-WIDTH.png.
//!
//! Needs /usr/bin/chromium (`apt-get install chromium`); set
//! TONGBAO_SKIP_BROWSER=1 to skip where it cannot be installed.

mod cdp;
mod common;

use common::build_demo;

use cdp::{Browser, Viewport, DESKTOP, PHONE};
use std::fs;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// The greatest sub-folder name of `dir` that `keep` accepts.
fn last_folder(dir: &Path, keep: impl Fn(&str) -> bool) -> String {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("read {}: {e}", dir.display()))
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|n| keep(n))
        .collect();
    names.sort();
    names
        .pop()
        .unwrap_or_else(|| panic!("no folder in {}", dir.display()))
}

fn first_folder(dir: &Path) -> String {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("read {}: {e}", dir.display()))
        .filter_map(|e| e.ok())
        .filter(|e| e.path().join("index.html").is_file())
        .filter_map(|e| e.file_name().into_string().ok())
        .collect();
    names.sort();
    names
        .into_iter()
        .next()
        .unwrap_or_else(|| panic!("no page folder in {}", dir.display()))
}

fn is_month(name: &str) -> bool {
    let b = name.as_bytes();
    b.len() == 7
        && b[4] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || c.is_ascii_digit())
}

fn save_screenshot(name: &str, viewport: Viewport, png: &[u8]) -> PathBuf {
    assert!(
        png.starts_with(b"\x89PNG\r\n\x1a\n") && png.len() > 1000,
        "screenshot {name}-{} is not a PNG ({} bytes)",
        viewport.width,
        png.len()
    );
    let path = cdp::screenshot_dir().join(format!("{name}-{}.png", viewport.width));
    fs::write(&path, png).unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
    path
}

#[test]
fn demo_site_in_chromium() {
    if !cdp::chromium_available() {
        return;
    }
    let started = Instant::now();
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("site");
    build_demo(&out);

    let month = last_folder(&out.join("bulletins"), is_month);
    let project = first_folder(&out.join("projects"));
    let pages = [
        ("home", out.join("index.html")),
        (
            "bulletin",
            out.join("bulletins").join(&month).join("index.html"),
        ),
        (
            "project",
            out.join("projects").join(&project).join("index.html"),
        ),
    ];

    let mut browser = Browser::start();
    let mut problems = Vec::new();
    for (name, file) in &pages {
        assert!(file.is_file(), "{} was not built", file.display());
        let url = cdp::file_url(file);
        for viewport in [DESKTOP, PHONE] {
            let t = Instant::now();
            let report = browser.visit(&url, viewport);
            let shot = save_screenshot(name, viewport, &report.screenshot);
            eprintln!(
                "{name} at {}px ({:.1?}): scrollWidth {}, innerWidth {}, {} svg, screenshot {}",
                viewport.width,
                t.elapsed(),
                report.scroll_width,
                report.inner_width,
                report.svg_count,
                shot.display()
            );
            let mut found = report.problems(viewport);
            if *name == "bulletin" {
                if report.svg_count < 5 {
                    found.push(format!(
                        "only {} inline <svg> charts (want at least 5)",
                        report.svg_count
                    ));
                }
                if !report.text.contains("开复工率") {
                    found.push("the text 开复工率 is missing".to_string());
                }
            }
            problems.extend(
                found
                    .into_iter()
                    .map(|p| format!("{name} ({}px, {}): {p}", viewport.width, report.url)),
            );
        }
    }
    drop(browser);
    eprintln!("browser checks took {:.1?}", started.elapsed());
    assert!(
        problems.is_empty(),
        "{} problem(s) in the browser:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// The checker must catch a missing image, a console error, a request to
/// another host and a page wider than the phone.
#[test]
fn checker_reports_broken_page() {
    if !cdp::chromium_available() {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let page = tmp.path().join("index.html");
    fs::write(
        &page,
        r#"<!doctype html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>broken</title></head>
<body>
<img src="missing.png" alt="">
<img src="http://example.invalid/remote.png" alt="">
<div style="width: 900px">too wide for a phone</div>
<script>console.error("x")</script>
</body></html>
"#,
    )
    .unwrap();

    let mut browser = Browser::start();
    let report = browser.visit(&cdp::file_url(&page), PHONE);
    drop(browser);
    let problems = report.problems(PHONE).join("\n");
    eprintln!("{problems}");

    assert!(
        report
            .failed_loads
            .iter()
            .any(|f| f.contains("missing.png")),
        "missing.png not reported as a failed load:\n{problems}"
    );
    assert!(
        report.console.iter().any(|c| c == "console.error: x"),
        "console.error(\"x\") not reported:\n{problems}"
    );
    assert!(
        report.offsite.iter().any(|o| o.contains("example.invalid")),
        "request to another host not reported:\n{problems}"
    );
    assert!(
        problems.contains("scrolls sideways"),
        "900px-wide page not reported at 375px:\n{problems}"
    );
}
