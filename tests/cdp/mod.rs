//! A small Chrome DevTools Protocol driver for the browser tests: starts Debian's
//! headless Chromium on a fresh profile, talks to it over a WebSocket on
//! 127.0.0.1, opens pages and records what went wrong while they loaded.
//!
//! Every wait has a deadline, and the browser (with its whole process group) is
//! killed when the [`Browser`] is dropped, also when a test panics.

use serde_json::{json, Value};
use std::collections::{HashMap, HashSet, VecDeque};
use std::fs;
use std::io::ErrorKind;
use std::net::TcpStream;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::thread::sleep;
use std::time::{Duration, Instant};
use tungstenite::protocol::WebSocketConfig;
use tungstenite::{Message, WebSocket};

/// Where the tests expect Debian's Chromium (`apt-get install chromium`).
pub const CHROMIUM: &str = "/usr/bin/chromium";

const START_TIMEOUT: Duration = Duration::from_secs(20);
const CALL_TIMEOUT: Duration = Duration::from_secs(20);
const LOAD_TIMEOUT: Duration = Duration::from_secs(20);
/// After the load event: wait for no request in flight during `IDLE_QUIET`,
/// for at most `IDLE_MAX`.
const IDLE_QUIET: Duration = Duration::from_millis(150);
const IDLE_MAX: Duration = Duration::from_secs(3);
const POLL: Duration = Duration::from_millis(50);

/// A window size to emulate.
#[derive(Clone, Copy, Debug)]
pub struct Viewport {
    pub width: u32,
    pub height: u32,
    pub scale: f64,
    pub mobile: bool,
}

pub const DESKTOP: Viewport = Viewport {
    width: 1280,
    height: 800,
    scale: 1.0,
    mobile: false,
};

pub const PHONE: Viewport = Viewport {
    width: 375,
    height: 812,
    scale: 2.0,
    mobile: true,
};

/// What happened while one page loaded, and what it looked like afterwards.
#[derive(Debug, Default)]
pub struct Report {
    pub url: String,
    /// Network.loadingFailed, or a response with status >= 400.
    pub failed_loads: Vec<String>,
    /// Console errors and warnings, uncaught exceptions, error log entries.
    pub console: Vec<String>,
    /// Requests to anything but file: or data: URLs.
    pub offsite: Vec<String>,
    /// `document.documentElement.scrollWidth`.
    pub scroll_width: f64,
    /// `window.innerWidth`.
    pub inner_width: f64,
    /// Elements sticking out to the right of the viewport (for diagnostics).
    pub wide_elements: Vec<String>,
    /// Number of `<svg>` elements in the document.
    pub svg_count: u64,
    /// `document.body.innerText`.
    pub text: String,
    /// A full-page PNG.
    pub screenshot: Vec<u8>,
}

impl Report {
    /// Checks 1–3 always, and check 4 (no sideways scrolling) at phone width.
    /// Returns one line per problem.
    pub fn problems(&self, viewport: Viewport) -> Vec<String> {
        let mut out = Vec::new();
        for f in &self.failed_loads {
            out.push(format!("failed load: {f}"));
        }
        for c in &self.console {
            out.push(format!("console: {c}"));
        }
        for o in &self.offsite {
            out.push(format!("request off file:/data:: {o}"));
        }
        if viewport.mobile {
            // With mobile emulation Chrome may zoom out to fit a too-wide page,
            // which makes innerWidth grow with it: also hold the page to the
            // emulated width.
            let limit = self.inner_width.min(f64::from(viewport.width)) + 1.0;
            if self.scroll_width > limit {
                out.push(format!(
                    "scrolls sideways at {}px: scrollWidth {} > innerWidth {}; wide elements: {}",
                    viewport.width,
                    self.scroll_width,
                    self.inner_width,
                    self.wide_elements.join(", ")
                ));
            }
        }
        out
    }
}

/// A headless Chromium with one DevTools connection to its browser target.
pub struct Browser {
    child: Child,
    ws: Option<WebSocket<TcpStream>>,
    next_id: u64,
    /// Events read while waiting for a command's answer.
    events: VecDeque<Value>,
    // Dropped last (fields drop in order), after the browser is dead.
    _work: tempfile::TempDir,
}

impl Browser {
    /// Starts Chromium on a fresh profile and connects to it.
    pub fn start() -> Browser {
        let work = tempfile::tempdir().expect("temp folder for the browser profile");
        let profile = work.path().join("profile");
        fs::create_dir_all(&profile).unwrap();
        let log_path = work.path().join("chromium.log");
        let log = fs::File::create(&log_path).unwrap();
        let child = Command::new(CHROMIUM)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--no-default-browser-check",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-breakpad",
                "--disable-crash-reporter",
                "--disable-extensions",
                "--disable-default-apps",
                "--hide-scrollbars",
                "--mute-audio",
                // Keep every page request on this machine: http(s) goes to a
                // closed port on 127.0.0.1, and no name resolves. The tests
                // still see (and report) any such request.
                "--proxy-server=http://127.0.0.1:9",
                "--proxy-bypass-list=<-loopback>",
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
                "--remote-debugging-address=127.0.0.1",
                "--remote-debugging-port=0",
            ])
            .arg(format!("--user-data-dir={}", profile.display()))
            .arg("about:blank")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(log)
            // Its own process group, so that Drop can end the renderers too.
            .process_group(0)
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {CHROMIUM}: {e}"));
        let mut browser = Browser {
            child,
            ws: None,
            next_id: 0,
            events: VecDeque::new(),
            _work: work,
        };
        let (port, path) = browser.wait_for_port(&profile, &log_path);
        browser.ws = Some(connect(port, &path));
        browser
    }

    /// Polls `DevToolsActivePort` (first line port, second line browser path).
    fn wait_for_port(&mut self, profile: &Path, log: &Path) -> (u16, String) {
        let file = profile.join("DevToolsActivePort");
        let deadline = Instant::now() + START_TIMEOUT;
        loop {
            if let Ok(text) = fs::read_to_string(&file) {
                let mut lines = text.lines();
                if let (Some(port), Some(path)) = (lines.next(), lines.next()) {
                    if let Ok(port) = port.trim().parse::<u16>() {
                        return (port, path.trim().to_string());
                    }
                }
            }
            if let Ok(Some(status)) = self.child.try_wait() {
                panic!(
                    "{CHROMIUM} exited ({status}) before opening its DevTools port; its log:\n{}",
                    log_tail(log)
                );
            }
            if Instant::now() > deadline {
                panic!(
                    "{CHROMIUM} wrote no {} within {:?}; its log:\n{}",
                    file.display(),
                    START_TIMEOUT,
                    log_tail(log)
                );
            }
            sleep(POLL);
        }
    }

    fn ws(&mut self) -> &mut WebSocket<TcpStream> {
        self.ws.as_mut().expect("DevTools connection")
    }

    /// Reads one message, or None when none came within the socket's read timeout.
    fn read_one(&mut self) -> Option<Value> {
        match self.ws().read() {
            Ok(Message::Text(t)) => Some(
                serde_json::from_str(t.as_str())
                    .unwrap_or_else(|e| panic!("bad DevTools message ({e}): {t}")),
            ),
            Ok(_) => None,
            Err(tungstenite::Error::Io(e))
                if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) =>
            {
                None
            }
            Err(e) => panic!("DevTools connection failed: {e}"),
        }
    }

    /// Sends a command (to the browser, or to an attached page's session) and
    /// waits for its answer; events that arrive meanwhile are kept in order.
    pub fn call(&mut self, session: Option<&str>, method: &str, params: Value) -> Value {
        match self.try_call(session, method, params) {
            Ok(v) => v,
            Err(err) => panic!("{method} failed: {err}"),
        }
    }

    /// [`Browser::call`], giving the protocol's error back instead of failing
    /// (a page that navigates away while a script runs answers with one).
    pub fn try_call(
        &mut self,
        session: Option<&str>,
        method: &str,
        params: Value,
    ) -> Result<Value, Value> {
        self.next_id += 1;
        let id = self.next_id;
        let mut msg = json!({ "id": id, "method": method, "params": params });
        if let Some(s) = session {
            msg["sessionId"] = json!(s);
        }
        self.ws()
            .send(Message::text(msg.to_string()))
            .unwrap_or_else(|e| panic!("cannot send {method}: {e}"));
        let deadline = Instant::now() + CALL_TIMEOUT;
        loop {
            if let Some(m) = self.read_one() {
                if m.get("id").and_then(Value::as_u64) == Some(id) {
                    if let Some(err) = m.get("error") {
                        return Err(err.clone());
                    }
                    return Ok(m.get("result").cloned().unwrap_or(Value::Null));
                }
                if m.get("method").is_some() {
                    self.events.push_back(m);
                }
            }
            if Instant::now() > deadline {
                panic!("no answer to {method} within {CALL_TIMEOUT:?}");
            }
        }
    }

    /// The next event, waiting until `deadline` at most.
    fn next_event(&mut self, deadline: Instant) -> Option<Value> {
        loop {
            if let Some(e) = self.events.pop_front() {
                return Some(e);
            }
            if let Some(m) = self.read_one() {
                if m.get("method").is_some() {
                    return Some(m);
                }
            }
            if Instant::now() >= deadline {
                return None;
            }
        }
    }

    /// Opens `url` in a fresh tab at `viewport`, waits for it to load and settle,
    /// then measures it and takes a full-page screenshot.
    pub fn visit(&mut self, url: &str, viewport: Viewport) -> Report {
        self.visit_with(url, viewport, |_, _| ()).0
    }

    /// As [`Browser::visit`], and runs `act` on the page (with its session id)
    /// after measuring it and before the screenshot: typing, clicking,
    /// evaluating. What `act` makes the page log or load counts in the report.
    pub fn visit_with<R>(
        &mut self,
        url: &str,
        viewport: Viewport,
        act: impl FnOnce(&mut Browser, &str) -> R,
    ) -> (Report, R) {
        let target = self.call(None, "Target.createTarget", json!({ "url": "about:blank" }));
        let target_id = target["targetId"].as_str().expect("targetId").to_string();
        let attached = self.call(
            None,
            "Target.attachToTarget",
            json!({ "targetId": target_id, "flatten": true }),
        );
        let session = attached["sessionId"]
            .as_str()
            .expect("sessionId")
            .to_string();
        let s = Some(session.as_str());
        for domain in ["Page", "Network", "Runtime", "Log"] {
            self.call(s, &format!("{domain}.enable"), json!({}));
        }
        self.call(
            s,
            "Emulation.setDeviceMetricsOverride",
            json!({
                "width": viewport.width,
                "height": viewport.height,
                "deviceScaleFactor": viewport.scale,
                "mobile": viewport.mobile,
            }),
        );
        if viewport.mobile {
            self.call(
                s,
                "Emulation.setTouchEmulationEnabled",
                json!({ "enabled": true, "maxTouchPoints": 5 }),
            );
        }

        let mut report = Report {
            url: url.to_string(),
            ..Report::default()
        };
        let mut rec = Recorder::default();
        let nav = self.call(s, "Page.navigate", json!({ "url": url }));
        if let Some(err) = nav.get("errorText").and_then(Value::as_str) {
            panic!("cannot open {url}: {err}");
        }

        // The load event, then a bounded wait for the network to go quiet.
        let deadline = Instant::now() + LOAD_TIMEOUT;
        while !rec.loaded {
            match self.next_event(deadline) {
                Some(e) => rec.take(&e, &session, &mut report),
                None => panic!("{url} did not fire its load event within {LOAD_TIMEOUT:?}"),
            }
        }
        let idle_deadline = Instant::now() + IDLE_MAX;
        let mut quiet_since = Instant::now();
        loop {
            let now = Instant::now();
            if !rec.in_flight.is_empty() {
                quiet_since = now;
            }
            if now >= idle_deadline || now.duration_since(quiet_since) >= IDLE_QUIET {
                break;
            }
            if let Some(e) = self.next_event((now + POLL).min(idle_deadline)) {
                rec.take(&e, &session, &mut report);
            }
        }

        let measured = self.eval(s, MEASURE_JS);
        report.scroll_width = measured["scrollWidth"].as_f64().unwrap_or(0.0);
        report.inner_width = measured["innerWidth"].as_f64().unwrap_or(0.0);
        report.svg_count = measured["svgCount"].as_u64().unwrap_or(0);
        report.text = measured["text"].as_str().unwrap_or("").to_string();
        report.wide_elements = measured["wide"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default();
        let acted = act(self, &session);
        let s = Some(session.as_str());

        let metrics = self.call(s, "Page.getLayoutMetrics", json!({}));
        let size = &metrics["cssContentSize"];
        let width = size["width"].as_f64().unwrap_or(f64::from(viewport.width));
        let height = size["height"]
            .as_f64()
            .unwrap_or(f64::from(viewport.height));
        let shot = self.call(
            s,
            "Page.captureScreenshot",
            json!({
                "format": "png",
                "captureBeyondViewport": true,
                "clip": {
                    "x": 0, "y": 0,
                    "width": width.max(f64::from(viewport.width)).ceil(),
                    "height": height.ceil(),
                    "scale": 1,
                },
            }),
        );
        report.screenshot =
            base64_decode(shot["data"].as_str().expect("screenshot data")).expect("base64 PNG");

        // Anything that arrived late still counts.
        while let Some(e) = self.next_event(Instant::now()) {
            rec.take(&e, &session, &mut report);
        }
        self.call(None, "Target.closeTarget", json!({ "targetId": target_id }));
        self.events.clear();
        (report, acted)
    }

    /// Evaluates a JavaScript expression (awaiting a promise) and returns its value.
    pub fn eval(&mut self, session: Option<&str>, expression: &str) -> Value {
        let r = self.call(
            session,
            "Runtime.evaluate",
            json!({ "expression": expression, "returnByValue": true, "awaitPromise": true }),
        );
        if let Some(ex) = r.get("exceptionDetails") {
            panic!("script failed: {ex}");
        }
        r["result"]["value"].clone()
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        // Ask it to close and wait a moment for it to exit…
        if let Some(ws) = self.ws.as_mut() {
            let close = json!({ "id": 0, "method": "Browser.close", "params": {} });
            if ws.send(Message::text(close.to_string())).is_ok() {
                let deadline = Instant::now() + Duration::from_secs(2);
                while Instant::now() < deadline {
                    if let Ok(Some(_)) = self.child.try_wait() {
                        break;
                    }
                    sleep(POLL);
                }
            }
        }
        self.ws = None;
        // …then kill whatever is left of its process group (renderers, helpers).
        let pid = self.child.id();
        let _ = Command::new("kill")
            .args(["-KILL", "--", &format!("-{pid}")])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Turns DevTools events of one page session into report entries.
#[derive(Default)]
struct Recorder {
    loaded: bool,
    in_flight: HashSet<String>,
    /// Request id to URL (loadingFailed names only the id).
    urls: HashMap<String, String>,
}

impl Recorder {
    fn take(&mut self, event: &Value, session: &str, report: &mut Report) {
        if event.get("sessionId").and_then(Value::as_str) != Some(session) {
            return;
        }
        let p = &event["params"];
        let request_id = p["requestId"].as_str().unwrap_or("").to_string();
        match event["method"].as_str().unwrap_or("") {
            "Page.loadEventFired" => self.loaded = true,
            "Network.requestWillBeSent" => {
                let url = p["request"]["url"].as_str().unwrap_or("");
                if !(url.starts_with("file:") || url.starts_with("data:")) {
                    report.offsite.push(url.to_string());
                }
                self.urls.insert(request_id.clone(), url.to_string());
                self.in_flight.insert(request_id);
            }
            "Network.responseReceived" => {
                let status = p["response"]["status"].as_f64().unwrap_or(0.0);
                if status >= 400.0 {
                    let url = p["response"]["url"].as_str().unwrap_or("");
                    report.failed_loads.push(format!("{url}: HTTP {status}"));
                }
            }
            "Network.loadingFinished" => {
                self.in_flight.remove(&request_id);
            }
            "Network.loadingFailed" => {
                self.in_flight.remove(&request_id);
                let url = self.urls.get(&request_id).map_or("?", String::as_str);
                report.failed_loads.push(format!(
                    "{url}: {}",
                    p["errorText"].as_str().unwrap_or("failed")
                ));
            }
            "Runtime.consoleAPICalled" => {
                let kind = p["type"].as_str().unwrap_or("");
                if matches!(kind, "error" | "warning" | "assert") {
                    let args: Vec<String> = p["args"]
                        .as_array()
                        .map(|a| a.iter().map(remote_object_text).collect())
                        .unwrap_or_default();
                    report
                        .console
                        .push(format!("console.{kind}: {}", args.join(" ")));
                }
            }
            "Runtime.exceptionThrown" => {
                let d = &p["exceptionDetails"];
                let text = d["exception"]["description"]
                    .as_str()
                    .or_else(|| d["text"].as_str())
                    .unwrap_or("exception");
                report.console.push(format!("uncaught: {text}"));
            }
            "Log.entryAdded" => {
                let e = &p["entry"];
                if e["level"].as_str() == Some("error") {
                    report.console.push(format!(
                        "log error ({}): {} {}",
                        e["source"].as_str().unwrap_or(""),
                        e["text"].as_str().unwrap_or(""),
                        e["url"].as_str().unwrap_or("")
                    ));
                }
            }
            _ => {}
        }
    }
}

fn remote_object_text(v: &Value) -> String {
    match v.get("value") {
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
        None => v["description"].as_str().unwrap_or("?").to_string(),
    }
}

/// scrollWidth, innerWidth, the number of inline SVGs, the visible text, and
/// up to five elements whose right edge passes the viewport outside any
/// scrolling box (waits for fonts first, so that the layout is final).
const MEASURE_JS: &str = r#"
document.fonts.ready.then(() => {
  const vw = window.innerWidth;
  const clipped = (el) => {
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      const o = getComputedStyle(p).overflowX;
      if (o === 'auto' || o === 'scroll' || o === 'hidden' || o === 'clip') return true;
    }
    return false;
  };
  const wide = [];
  for (const el of document.body.querySelectorAll('*')) {
    if (wide.length >= 5) break;
    const r = el.getBoundingClientRect();
    if (r.right > Math.min(vw, screen.width) + 1 && !clipped(el)) {
      const cls = typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\s+/).join('.') : '';
      wide.push(el.tagName.toLowerCase() + cls + ' (right ' + Math.round(r.right) + 'px)');
    }
  }
  return {
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: vw,
    svgCount: document.querySelectorAll('svg').length,
    text: document.body ? document.body.innerText : '',
    wide,
  };
})
"#;

/// Connects to `ws://127.0.0.1:PORT/PATH` with no size limits (screenshots of
/// long pages are big) and a short read timeout (so that every wait can end).
fn connect(port: u16, path: &str) -> WebSocket<TcpStream> {
    let addr = format!("127.0.0.1:{port}");
    let stream = TcpStream::connect_timeout(&addr.parse().unwrap(), Duration::from_secs(10))
        .unwrap_or_else(|e| panic!("cannot connect to DevTools at {addr}: {e}"));
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    stream
        .set_write_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    stream.set_nodelay(true).unwrap();
    let config = WebSocketConfig::default()
        .max_message_size(None)
        .max_frame_size(None);
    let url = format!("ws://{addr}{path}");
    let (ws, _) = tungstenite::client::client_with_config(url.as_str(), stream, Some(config))
        .unwrap_or_else(|e| panic!("WebSocket handshake with {url} failed: {e}"));
    ws.get_ref()
        .set_read_timeout(Some(Duration::from_millis(20)))
        .unwrap();
    ws
}

fn log_tail(path: &Path) -> String {
    let text = fs::read_to_string(path).unwrap_or_default();
    let lines: Vec<&str> = text.lines().collect();
    lines[lines.len().saturating_sub(30)..].join("\n")
}

/// A `file://` URL for an absolute path, percent-encoding all but the safe bytes.
pub fn file_url(path: &Path) -> String {
    let path = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
    let mut out = String::from("file://");
    for &b in path.to_str().expect("UTF-8 path").as_bytes() {
        if b.is_ascii_alphanumeric() || b"/-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Standard base64 (with or without padding); None on a bad character.
pub fn base64_decode(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len() / 4 * 3);
    let mut acc: u32 = 0;
    let mut bits = 0;
    for c in text.bytes() {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            b'=' => break,
            b'\r' | b'\n' => continue,
            _ => return None,
        };
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Some(out)
}

/// The folder for screenshots: `target/screenshots` in this crate.
pub fn screenshot_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
    fs::create_dir_all(&dir).expect("create target/screenshots");
    dir
}

/// False (after saying so) when the test should be skipped; panics when
/// Chromium is missing and skipping was not asked for.
pub fn chromium_available() -> bool {
    if Path::new(CHROMIUM).exists() {
        return true;
    }
    if std::env::var("TONGBAO_SKIP_BROWSER").as_deref() == Ok("1") {
        eprintln!(
            "skipped: {} is missing and TONGBAO_SKIP_BROWSER=1 is set",
            CHROMIUM
        );
        return false;
    }
    panic!(
        "the browser tests need Debian's Chromium at {}: install it with \
         `apt-get install chromium` (or set TONGBAO_SKIP_BROWSER=1 to skip them)",
        CHROMIUM
    );
}
