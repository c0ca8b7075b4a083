//! Accessibility and phone legibility in Debian's headless Chromium, from
//! file://: axe-core (npm's `axe-core`, installed by .ci/run) on every page
//! type at 1280 and 375 px must find no serious or critical violation and no
//! duplicate id; at 375 px (and 360 px for the pages with charts) every
//! chart label shown must be at least 11 CSS px tall; the 大字版 switch must enlarge the text without a sideways scroll.
//! Screenshots go to target/screenshots/a11y-NAME-WIDTH.png.
//!
//! axe-core is looked for at $TONGBAO_AXE, else at
//! target/npm/node_modules/axe-core/axe.min.js (`npm install --prefix
//! target/npm axe-core`). Without it (or without Chromium) the tests fail,
//! unless TONGBAO_SKIP_BROWSER=1 is set: then they say so and skip.

#[allow(dead_code)]
mod cdp;
mod common;

use cdp::{Browser, Viewport, DESKTOP, PHONE};
use serde_json::Value;
use std::fs;
use std::path::{Path, PathBuf};

/// axe-core's source, or `None` (after saying so) when skipping was asked for.
fn axe_source() -> Option<String> {
    let path = std::env::var_os("TONGBAO_AXE").map_or_else(
        || {
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("target/npm/node_modules/axe-core/axe.min.js")
        },
        PathBuf::from,
    );
    match fs::read_to_string(&path) {
        Ok(s) => Some(s),
        Err(e) if std::env::var("TONGBAO_SKIP_BROWSER").as_deref() == Ok("1") => {
            eprintln!(
                "skipped: axe-core not readable at {} ({e}) and TONGBAO_SKIP_BROWSER=1 is set",
                path.display()
            );
            None
        }
        Err(e) => panic!(
            "the accessibility tests need axe-core at {} ({e}): run \
             `npm install --prefix target/npm axe-core`, or point TONGBAO_AXE at \
             axe.min.js (or set TONGBAO_SKIP_BROWSER=1 to skip them)",
            path.display()
        ),
    }
}

/// The first sub-folder of `dir` (sorted) that has an index.html.
fn first_page(dir: &Path) -> PathBuf {
    let mut names: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("read {}: {e}", dir.display()))
        .filter_map(|e| e.ok())
        .map(|e| e.path().join("index.html"))
        .filter(|p| p.is_file())
        .collect();
    names.sort();
    names
        .into_iter()
        .next()
        .unwrap_or_else(|| panic!("no page folder in {}", dir.display()))
}

/// The latest bulletin's folder.
fn latest_bulletin(out: &Path) -> PathBuf {
    let mut months: Vec<PathBuf> = fs::read_dir(out.join("bulletins"))
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.join("index.html").is_file())
        .collect();
    months.sort();
    months.pop().expect("a bulletin")
}

/// Every page type of the demo site: (name, file).
fn page_types(out: &Path) -> Vec<(&'static str, PathBuf)> {
    let b = latest_bulletin(out);
    let month = b.file_name().unwrap().to_string_lossy().into_owned();
    vec![
        ("home", out.join("index.html")),
        ("archive", out.join("bulletins/index.html")),
        ("bulletin", b.join("index.html")),
        ("single", b.join(format!("{month}-bulletin.html"))),
        ("project", first_page(&out.join("projects"))),
        ("department", first_page(&out.join("units"))),
        ("leader", first_page(&out.join("leaders"))),
        ("category", first_page(&out.join("categories"))),
        ("location", first_page(&out.join("locations"))),
        ("list", out.join("projects/index.html")),
        ("markdown", first_page(&out.join("pages"))),
    ]
}

/// Runs axe (already injected) and lists the duplicate ids; returns
/// `{violations: [...], duplicates: [...]}`.
const AXE_RUN: &str = r#"
(async () => {
  const r = await axe.run(document, { resultTypes: ['violations'], preload: false });
  const v = r.violations
    .filter(x => x.impact === 'serious' || x.impact === 'critical')
    .map(x => x.impact + ' ' + x.id + ': ' + x.help + ' — ' +
      x.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '));
  const seen = new Map();
  for (const el of document.querySelectorAll('[id]')) seen.set(el.id, (seen.get(el.id) || 0) + 1);
  const duplicates = [...seen].filter(([, n]) => n > 1).map(([id, n]) => id + ' ×' + n);
  return { violations: v, duplicates };
})()
"#;

/// Every chart label shown: its rendered size in CSS px (font size × the
/// SVG's scale on screen, which rotation does not change); the smallest
/// ones first.
const LABEL_SIZES: &str = r#"
(() => {
  const out = [];
  for (const t of document.querySelectorAll('svg text')) {
    if (!t.textContent.trim()) continue;
    const box = t.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    const m = t.getScreenCTM();
    if (!m) continue;
    const scale = Math.sqrt(m.a * m.a + m.b * m.b);
    const px = parseFloat(getComputedStyle(t).fontSize) * scale;
    out.push([Math.round(px * 100) / 100, t.textContent.trim()]);
  }
  out.sort((a, b) => a[0] - b[0]);
  return out;
})()
"#;

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

fn save(name: &str, viewport: Viewport, png: &[u8]) -> PathBuf {
    let path = cdp::screenshot_dir().join(format!("a11y-{name}-{}.png", viewport.width));
    fs::write(&path, png).unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
    path
}

/// Opens `url` at `viewport`, runs axe and measures the chart labels.
fn audit(
    browser: &mut Browser,
    url: &str,
    viewport: Viewport,
    axe: &str,
) -> (cdp::Report, (Value, Value)) {
    browser.visit_with(url, viewport, |b, s| {
        b.eval(Some(s), &format!("{axe};0"));
        let a = b.eval(Some(s), AXE_RUN);
        let l = b.eval(Some(s), LABEL_SIZES);
        (a, l)
    })
}

/// The checks must catch what the issue found: a link told apart by colour
/// alone, a duplicate id, a chart label shrunk under 11 px on a phone.
#[test]
fn checker_reports_inaccessible_page() {
    if !cdp::chromium_available() {
        return;
    }
    let Some(axe) = axe_source() else { return };
    let tmp = tempfile::tempdir().unwrap();
    let page = tmp.path().join("index.html");
    fs::write(
        &page,
        r##"<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>坏页面</title>
<style>a { color: #333; text-decoration: none; } body { color: #222; }</style></head>
<body><main>
<section id="flags"><h1>红黄绿旗</h1>
<p>全区项目进展总体平稳，详见<a href="x.html">红旗项目清单</a>，请各单位对照整改落实。</p>
<figure id="flags"><svg viewBox="0 0 720 200" width="100%" role="img" aria-label="图"><text x="10" y="50" font-size="12">分产业类别</text></svg></figure>
</section></main></body></html>
"##,
    )
    .unwrap();
    let mut browser = Browser::start();
    let (_, (found, labels)) = audit(&mut browser, &cdp::file_url(&page), PHONE, &axe);
    drop(browser);
    let v = strings(&found["violations"]).join("\n");
    assert!(
        v.contains("link-in-text-block"),
        "colour-only link not reported:\n{v}"
    );
    assert_eq!(strings(&found["duplicates"]), ["flags ×2"]);
    let px = labels[0][0].as_f64().unwrap();
    assert!(
        px < 11.0,
        "a 12px label in a 720-wide SVG on a phone measured {px}px"
    );
}

#[test]
fn every_page_type_passes_axe_with_legible_phone_charts() {
    if !cdp::chromium_available() {
        return;
    }
    let Some(axe) = axe_source() else { return };
    let out = common::demo_output();
    let mut browser = Browser::start();
    let mut problems = Vec::new();
    let mut smallest: Option<(f64, String)> = None;
    for (name, file) in page_types(out) {
        assert!(file.is_file(), "{} was not built", file.display());
        let url = cdp::file_url(&file);
        for viewport in [DESKTOP, PHONE] {
            let (report, (axe_result, labels)) = audit(&mut browser, &url, viewport, &axe);
            let shot = save(name, viewport, &report.screenshot);
            let v = strings(&axe_result["violations"]);
            let d = strings(&axe_result["duplicates"]);
            let labels = labels.as_array().cloned().unwrap_or_default();
            eprintln!(
                "{name} at {}px: {} serious/critical, {} duplicate ids, {} chart labels, screenshot {}",
                viewport.width,
                v.len(),
                d.len(),
                labels.len(),
                shot.display()
            );
            let at = |p: String| format!("{name} ({}px, {url}): {p}", viewport.width);
            problems.extend(v.into_iter().map(at));
            problems.extend(d.into_iter().map(|id| at(format!("duplicate id {id}"))));
            problems.extend(report.problems(viewport).into_iter().map(at));
            if viewport.mobile {
                for l in &labels {
                    let px = l[0].as_f64().unwrap_or(0.0);
                    let text = l[1].as_str().unwrap_or("").to_string();
                    if smallest.as_ref().is_none_or(|(s, _)| px < *s) {
                        smallest = Some((px, format!("{name}: {text:?}")));
                    }
                    if px < 11.0 {
                        problems.push(at(format!("chart label {text:?} is {px} px tall")));
                    }
                }
                if ["bulletin", "project", "department"].contains(&name) && labels.is_empty() {
                    problems.push(at("no chart label measured".into()));
                }
            }
        }
    }
    // The narrowest phones in the range: 360 px.
    let narrow = Viewport {
        width: 360,
        height: 740,
        ..PHONE
    };
    for (name, file) in page_types(out)
        .into_iter()
        .filter(|(n, _)| ["bulletin", "project", "department"].contains(n))
    {
        let url = cdp::file_url(&file);
        let (report, (_, labels)) = audit(&mut browser, &url, narrow, &axe);
        problems.extend(
            report
                .problems(narrow)
                .into_iter()
                .map(|p| format!("{name} (360px): {p}")),
        );
        for l in labels.as_array().cloned().unwrap_or_default() {
            let px = l[0].as_f64().unwrap_or(0.0);
            if px < 11.0 {
                problems.push(format!(
                    "{name} (360px): chart label {} is {px} px tall",
                    l[1]
                ));
            }
            if smallest.as_ref().is_none_or(|(s, _)| px < *s) {
                smallest = Some((px, format!("{name} at 360px: {}", l[1])));
            }
        }
    }
    drop(browser);
    if let Some((px, what)) = smallest {
        eprintln!("smallest chart label on a phone: {px} px ({what})");
    }
    assert!(
        problems.is_empty(),
        "{} problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// The 大字版 switch enlarges the text, is remembered on the next page
/// where storage works, and never makes the phone page scroll sideways.
#[test]
fn larger_text_switch_enlarges_and_persists() {
    if !cdp::chromium_available() {
        return;
    }
    let out = common::demo_output();
    let bulletin = latest_bulletin(out).join("index.html");
    let mut browser = Browser::start();
    let (report, (before, after, pressed)) =
        browser.visit_with(&cdp::file_url(&bulletin), PHONE, |b, s| {
            let size = "parseFloat(getComputedStyle(document.querySelector('.commentary')).fontSize)";
            let before = b.eval(Some(s), size);
            b.eval(Some(s), "document.getElementById('text-size').click(); 0");
            let after = b.eval(Some(s), size);
            let pressed = b.eval(
                Some(s),
                "document.getElementById('text-size').getAttribute('aria-pressed') + ' ' + (document.documentElement.scrollWidth <= window.innerWidth)",
            );
            (before, after, pressed)
        });
    save("large-bulletin", PHONE, &report.screenshot);
    let (before, after) = (before.as_f64().unwrap(), after.as_f64().unwrap());
    assert!(after >= before * 1.2, "text {before}px → {after}px");
    assert_eq!(
        pressed.as_str(),
        Some("true true"),
        "pressed, no sideways scroll"
    );
    // The next page opens large when storage works from file:// (Chromium: it does).
    let home = cdp::file_url(&out.join("index.html"));
    let (_, large) = browser.visit_with(&home, PHONE, |b, s| {
        b.eval(
            Some(s),
            "document.documentElement.classList.contains('large')",
        )
    });
    assert_eq!(large, Value::Bool(true), "the choice is remembered");
    drop(browser);
}
