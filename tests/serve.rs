//! `tongbao serve`: the real binary on a copy of the small fixture, spoken to
//! over 127.0.0.1 with a tiny HTTP client that sends paths exactly as written.
//! Every wait is bounded; every test stops its server (the guard kills it).

mod common;
mod serve_client;

use std::collections::BTreeSet;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{edit, site_copy};
#[cfg(unix)]
use serve_client::{chromium, dump_dom};
use serve_client::{names, wait_until, Server, CHANGE_LIMIT};

const PAGE: &str = "/bulletins/2025-02/index.html";
const PROGRESS: &str = "content/progress/2025-02.yaml";

#[test]
fn serves_pages_and_assets_with_their_types() {
    let (_tmp, site) = site_copy("small");
    let server = Server::start(&site);
    let html = "text/html; charset=utf-8";
    for (path, ty) in [
        ("/", html),
        ("/index.html", html),
        (PAGE, html),
        ("/bulletins/2025-02/", html),
        ("/static/style.css", "text/css; charset=utf-8"),
        ("/bulletins/2025-02/metrics.json", "application/json"),
        (
            "/bulletins/2025-02/by-category.csv",
            "text/csv; charset=utf-8",
        ),
        ("/assets/2025-02/t001.svg", "image/svg+xml"),
        ("/projects/T-001/index.html?x=1", html),
    ] {
        let r = server.get(path);
        assert_eq!(r.status, 200, "{path}");
        assert_eq!(r.header("content-type"), ty, "{path}");
        assert_eq!(r.header("cache-control"), "no-store", "{path}");
        assert_eq!(r.header("content-length"), r.body.len().to_string());
        assert!(!r.body.is_empty(), "{path}");
    }
    let svg = server.get("/assets/2025-02/t001.svg");
    assert_eq!(
        svg.body,
        std::fs::read(site.join("content/assets/2025-02/t001.svg")).unwrap()
    );
    // HEAD: the same headers, no body.
    let head = server.request("HEAD", PAGE);
    assert_eq!(head.status, 200);
    assert_eq!(
        head.header("content-length"),
        server.get(PAGE).body.len().to_string()
    );
    assert!(head.body.is_empty());
    // A folder without its slash is redirected, so its relative links resolve.
    let r = server.get("/bulletins/2025-02");
    assert_eq!(
        (r.status, r.header("location")),
        (301, "/bulletins/2025-02/")
    );
    assert_eq!(server.get("/no-such-page.html").status, 404);
    assert_eq!(server.get("/static/").status, 404, "no directory listings");
    assert_eq!(server.request("POST", "/").status, 405);
}

#[test]
fn html_responses_carry_the_reload_script_but_the_files_do_not() {
    let (_tmp, site) = site_copy("small");
    let server = Server::start(&site);
    for path in ["/", PAGE] {
        let page = server.get(path).text();
        assert!(page.contains("<script data-tongbao-reload>"), "{path}");
        let script_at = page.find("<script data-tongbao-reload>").unwrap();
        assert!(page[script_at..].contains("</body>"), "before </body>");
    }
    // The script finds the endpoint relative to the page, so any mount path works.
    assert!(server
        .get(PAGE)
        .text()
        .contains("\"../../__tongbao/version\""));
    assert!(!server
        .get("/static/style.css")
        .text()
        .contains("tongbao-reload"));
    for entry in walkdir::WalkDir::new(site.join("output")) {
        let entry = entry.unwrap();
        if entry.file_type().is_file() {
            let bytes = std::fs::read(entry.path()).unwrap();
            let text = String::from_utf8_lossy(&bytes);
            assert!(
                !text.contains("__tongbao"),
                "{} holds the reload script",
                entry.path().display()
            );
        }
    }
}

#[test]
fn paths_outside_the_output_are_not_found() {
    let (tmp, site) = site_copy("small");
    // Files a traversal would reach: beside the output and above the site.
    std::fs::write(site.join("Cargo.toml"), "SECRET").unwrap();
    std::fs::write(tmp.path().join("Cargo.toml"), "SECRET").unwrap();
    let server = Server::start(&site);
    for path in [
        "/../Cargo.toml",
        "/../../Cargo.toml",
        "/%2e%2e/Cargo.toml",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/..%2f..%2fetc/passwd",
        "/static/..%2f..%2fCargo.toml",
        "/static/..%5c..%5c",
        "/static/..%5c..%5cCargo.toml",
        "/static/..\\..\\Cargo.toml",
        "//etc/passwd",
        "/%2fetc/passwd",
        "/static/%00style.css",
        "/static/style.css%00",
        "/./index.html",
        "/%zz",
        "../Cargo.toml",
    ] {
        let r = server.get(path);
        assert_eq!(r.status, 404, "{path}");
        assert!(
            !r.text().contains("SECRET") && !r.text().contains("root:"),
            "{path}"
        );
    }
}

#[test]
fn an_edit_is_rebuilt_and_changes_the_version() {
    let (_tmp, site) = site_copy("small");
    let server = Server::start(&site);
    let before = server.version();
    assert_eq!(before["error"], serde_json::Value::Null);
    assert!(server.get(PAGE).text().contains("本月完成投资 2000.25万元"));
    let started = Instant::now();
    edit(&site, PROGRESS, "invested: 400}", "invested: 777}");
    let shown = wait_until(CHANGE_LIMIT, || {
        server.get(PAGE).text().contains("本月完成投资 2377.25万元")
    });
    assert!(shown, "the page did not show the new figure in time");
    // The counter moves just after the new files are in place.
    let moved = wait_until(CHANGE_LIMIT, || {
        server.version()["version"] != before["version"]
    });
    assert!(moved, "the version did not change in time");
    assert_eq!(server.version()["error"], serde_json::Value::Null);
    eprintln!("rebuilt and served in {:?}", started.elapsed());
}

#[test]
fn a_bad_edit_keeps_the_last_good_site_and_reports_the_error() {
    let (_tmp, site) = site_copy("small");
    let server = Server::start(&site);
    let good = server.version();
    edit(
        &site,
        PROGRESS,
        "T-002: {stage: 在建",
        "T-002: {stage: 施工中",
    );
    let reported = wait_until(CHANGE_LIMIT, || server.version()["error"].is_string());
    assert!(
        reported,
        "the version endpoint did not report the error in time"
    );
    let bad = server.version();
    let error = bad["error"].as_str().unwrap();
    assert!(
        error.contains("content/progress/2025-02.yaml:9:"),
        "{error}"
    );
    assert!(error.contains("施工中"), "{error}");
    assert_eq!(
        bad["version"], good["version"],
        "a failed build is not a new version"
    );
    let page = server.get(PAGE);
    assert_eq!(page.status, 200);
    assert!(page.text().contains("本月完成投资 2000.25万元"));
    // Fixed again: the error goes and the version moves on.
    edit(&site, PROGRESS, "施工中", "在建");
    let cleared = wait_until(CHANGE_LIMIT, || server.version()["error"].is_null());
    assert!(cleared, "the error did not clear in time");
    assert_ne!(server.version()["version"], good["version"]);
}

#[test]
fn killed_it_leaves_only_the_output_behind() {
    let (_tmp, site) = site_copy("small");
    let before = names(&site);
    let mut server = Server::start(&site);
    edit(&site, PROGRESS, "invested: 400}", "invested: 401}");
    assert!(wait_until(CHANGE_LIMIT, || server.version()["version"] != 1));
    server.child.kill().unwrap();
    server.child.wait().unwrap();
    let mut expected = before;
    expected.insert("output".to_string());
    // The site before last, kept for the next build to reuse.
    expected.insert(".output.tongbao-spare".to_string());
    assert_eq!(names(&site), expected);
}

#[cfg(unix)]
#[test]
fn ctrl_c_stops_it_with_status_0() {
    let (_tmp, site) = site_copy("small");
    let before = names(&site);
    let mut server = Server::start(&site);
    assert_eq!(server.get("/").status, 200);
    let pid = server.child.id().to_string();
    let sent = Command::new("kill").args(["-INT", &pid]).status().unwrap();
    assert!(sent.success());
    let mut status = None;
    wait_until(Duration::from_secs(10), || {
        status = server.child.try_wait().unwrap();
        status.is_some()
    });
    let status = status.expect("the server did not stop on SIGINT in time");
    assert_eq!(status.code(), Some(0));
    let mut expected = before;
    expected.insert("output".to_string());
    assert_eq!(names(&site), expected);
}

#[test]
fn a_theme_override_is_picked_up() {
    let (_tmp, site) = site_copy("small");
    let server = Server::start(&site);
    assert!(!server
        .get("/static/style.css")
        .text()
        .contains("/* override */"));
    let dir = site.join("themes/default/static");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("style.css"),
        "/* override */\nbody { color: red }\n",
    )
    .unwrap();
    let picked = wait_until(CHANGE_LIMIT, || {
        server
            .get("/static/style.css")
            .text()
            .contains("/* override */")
    });
    assert!(picked, "the theme override was not served in time");
}

#[test]
fn a_refused_output_folder_or_a_missing_site_is_a_usage_error() {
    let (tmp, site) = site_copy("small");
    std::fs::create_dir_all(site.join("output")).unwrap();
    std::fs::write(site.join("output/notes.txt"), "mine").unwrap();
    let run = |dir: &Path| {
        Command::new(env!("CARGO_BIN_EXE_tongbao"))
            .arg("serve")
            .arg(dir)
            .args(["--port", "0"])
            .stdin(Stdio::null())
            .output()
            .unwrap()
    };
    let refused = run(&site);
    assert_eq!(refused.status.code(), Some(2));
    // In the site's language (zh-CN), as build says it (it was English before).
    let said = String::from_utf8_lossy(&refused.stderr).into_owned();
    assert!(said.starts_with("错误：拒绝把网站写入 "), "{said}");
    assert_eq!(
        names(&site.join("output")),
        BTreeSet::from(["notes.txt".to_string()])
    );
    let missing = run(&tmp.path().join("nothing"));
    assert_eq!(missing.status.code(), Some(2));
}

#[cfg(unix)]
#[test]
fn the_browser_shows_the_errors_escaped_in_an_overlay() {
    let Some(chromium) = chromium() else { return };
    let (_tmp, site) = site_copy("small");
    let server = Server::start(&site);
    let url = format!("http://{}{PAGE}", server.addr);
    let good = dump_dom(chromium, &url);
    assert!(good.contains("本月完成投资 2000.25万元"));
    assert!(
        !good.contains("id=\"tongbao-errors\""),
        "no overlay after a good build"
    );
    edit(
        &site,
        PROGRESS,
        "T-002: {stage: 在建",
        "T-002: {stage: <b>bold</b>",
    );
    assert!(wait_until(CHANGE_LIMIT, || server.version()["error"].is_string()));
    let bad = dump_dom(chromium, &url);
    let overlay = &bad[bad.find("id=\"tongbao-errors\"").expect("an overlay")..];
    assert!(
        overlay.contains("content/progress/2025-02.yaml:9:18"),
        "{overlay}"
    );
    assert!(
        overlay.contains("`&lt;b&gt;bold&lt;/b&gt;`"),
        "escaped: {overlay}"
    );
    assert!(!bad.contains("<b>bold</b>"), "the error text is not HTML");
    assert!(
        bad.contains("本月完成投资 2000.25万元"),
        "the last good page stays"
    );
}

#[test]
fn slow_and_idle_clients_hold_only_their_own_connection() {
    use std::io::{Read, Write};
    use std::net::TcpStream;
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::Arc;

    let (_tmp, site) = site_copy("small");
    let server = Server::start(&site);
    // 48 connections that send nothing.
    let idle: Vec<TcpStream> = (0..48)
        .map(|_| TcpStream::connect(&server.addr).unwrap())
        .collect();
    // 16 that send one byte every 2 seconds.
    let stop = Arc::new(AtomicBool::new(false));
    let trickling: Vec<_> = (0..16)
        .map(|_| {
            let mut s = TcpStream::connect(&server.addr).unwrap();
            let stop = Arc::clone(&stop);
            std::thread::spawn(move || {
                let start = Instant::now();
                for b in b"GET /index.html HTTP/1.1\r\n".iter().cycle() {
                    if stop.load(Ordering::SeqCst) || s.write_all(&[*b]).is_err() {
                        break;
                    }
                    std::thread::sleep(Duration::from_secs(2));
                }
                start.elapsed()
            })
        })
        .collect();
    std::thread::sleep(Duration::from_millis(500));
    // Everyone else is answered at once.
    for _ in 0..5 {
        let t = Instant::now();
        assert_eq!(server.get("/index.html").status, 200);
        assert!(t.elapsed() < Duration::from_secs(2), "{:?}", t.elapsed());
    }
    // A trickling client is cut off at the request's deadline (5 s), not
    // kept for as long as it sends a byte now and then.
    let cut: Vec<Duration> = trickling.into_iter().map(|h| h.join().unwrap()).collect();
    stop.store(true, Ordering::SeqCst);
    for c in cut {
        assert!(c < Duration::from_secs(12), "{c:?}");
    }
    // An idle connection is closed by the server too.
    let mut s = &idle[0];
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let mut buf = [0u8; 16];
    assert!(matches!(s.read(&mut buf), Ok(0) | Err(_)));
}
