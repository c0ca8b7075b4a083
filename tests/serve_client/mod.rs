//! A client for the `tongbao serve` tests: starts the real binary, speaks
//! HTTP/1.1 over 127.0.0.1 sending paths exactly as written, and drives
//! headless Chromium. Every wait is bounded; a [`Server`] is killed when dropped.
#![allow(dead_code)]

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpStream, ToSocketAddrs};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{mpsc, Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

/// How long a server may take to build and print its URL.
pub const START_LIMIT: Duration = Duration::from_secs(60);
/// How long a change may take to be rebuilt and served.
pub const CHANGE_LIMIT: Duration = Duration::from_secs(20);

/// A running `tongbao serve`; dropping it kills the process.
pub struct Server {
    /// The `tongbao serve` process.
    pub child: Child,
    /// `127.0.0.1:PORT`
    pub addr: String,
    /// What it printed on standard output and standard error so far.
    pub printed: Arc<Mutex<String>>,
}

impl Server {
    /// Starts `tongbao serve SITE --port 0` and waits for its `serving http://…`
    /// (`预览地址：http://…`) line.
    pub fn start(site: &Path) -> Server {
        Server::start_with(site, &[])
    }

    /// As [`Server::start`], with more arguments (`--lang en`).
    pub fn start_with(site: &Path, args: &[&str]) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_tongbao"))
            .arg("serve")
            .arg(site)
            .args(["--port", "0"])
            .args(args)
            .env("NO_COLOR", "1")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let printed = Arc::new(Mutex::new(String::new()));
        let (tx, rx) = mpsc::channel();
        let out = child.stdout.take().unwrap();
        let keep = Arc::clone(&printed);
        thread::spawn(move || {
            for line in BufReader::new(out).lines().map_while(Result::ok) {
                keep.lock().unwrap().push_str(&format!("{line}\n"));
                let _ = tx.send(line);
            }
        });
        // Read standard error too, so that the server never blocks on a full pipe.
        let err = child.stderr.take().unwrap();
        let keep = Arc::clone(&printed);
        thread::spawn(move || {
            for line in BufReader::new(err).lines().map_while(Result::ok) {
                keep.lock().unwrap().push_str(&format!("{line}\n"));
            }
        });
        let mut server = Server {
            child,
            addr: String::new(),
            printed,
        };
        let deadline = Instant::now() + START_LIMIT;
        while server.addr.is_empty() {
            let left = deadline.saturating_duration_since(Instant::now());
            let line = rx.recv_timeout(left).expect("no `serving` line in time");
            if let Some((_, url)) = line.split_once("http://") {
                server.addr = url.trim_end_matches('/').to_string();
            }
        }
        thread::spawn(move || for _ in rx {});
        server
    }

    /// What the server printed so far (standard output and error, lines in
    /// the order each stream printed them).
    pub fn printed(&self) -> String {
        self.printed.lock().unwrap().clone()
    }

    /// Sends `METHOD path` exactly as given; returns status, headers (lower-case names) and body.
    pub fn request(&self, method: &str, path: &str) -> Response {
        let addr = self.addr.to_socket_addrs().unwrap().next().unwrap();
        let mut s = TcpStream::connect_timeout(&addr, Duration::from_secs(10)).unwrap();
        s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
        write!(
            s,
            "{method} {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n\r\n",
            self.addr
        )
        .unwrap();
        let mut raw = Vec::new();
        s.read_to_end(&mut raw).unwrap();
        let split = raw.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
        let head = String::from_utf8(raw[..split].to_vec()).unwrap();
        let mut lines = head.lines();
        let status = lines
            .next()
            .unwrap()
            .split(' ')
            .nth(1)
            .unwrap()
            .parse()
            .unwrap();
        let headers = lines
            .filter_map(|l| l.split_once(": "))
            .map(|(k, v)| (k.to_ascii_lowercase(), v.to_string()))
            .collect();
        Response {
            status,
            headers,
            body: raw[split + 4..].to_vec(),
        }
    }

    /// `GET path`.
    pub fn get(&self, path: &str) -> Response {
        self.request("GET", path)
    }

    /// The version endpoint as JSON.
    pub fn version(&self) -> serde_json::Value {
        let r = self.get("/__tongbao/version");
        assert_eq!(r.status, 200);
        assert_eq!(r.header("content-type"), "application/json");
        serde_json::from_slice(&r.body).unwrap()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A response as read off the socket.
pub struct Response {
    /// Status code.
    pub status: u16,
    /// Headers, names in lower case.
    pub headers: Vec<(String, String)>,
    /// The body as sent.
    pub body: Vec<u8>,
}

impl Response {
    /// The value of header `name` (lower case), or `""`.
    pub fn header(&self, name: &str) -> &str {
        self.headers
            .iter()
            .find(|(k, _)| k == name)
            .map_or("", |(_, v)| v.as_str())
    }

    /// The body as text.
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// Polls `check` until it holds or `limit` passes.
pub fn wait_until(limit: Duration, mut check: impl FnMut() -> bool) -> bool {
    let deadline = Instant::now() + limit;
    loop {
        if check() {
            return true;
        }
        if Instant::now() > deadline {
            return false;
        }
        thread::sleep(Duration::from_millis(100));
    }
}

/// The names in a folder.
pub fn names(dir: &Path) -> BTreeSet<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect()
}

/// Debian's Chromium, as tests/browser.rs uses it; `None` (after saying so) when
/// it is missing and TONGBAO_SKIP_BROWSER=1 asks to skip.
#[cfg(unix)]
pub fn chromium() -> Option<&'static str> {
    const CHROMIUM: &str = "/usr/bin/chromium";
    if Path::new(CHROMIUM).exists() {
        return Some(CHROMIUM);
    }
    if std::env::var("TONGBAO_SKIP_BROWSER").as_deref() == Ok("1") {
        eprintln!("skipped: {CHROMIUM} is missing and TONGBAO_SKIP_BROWSER=1 is set");
        return None;
    }
    panic!("this test needs {CHROMIUM} (apt-get install chromium), or TONGBAO_SKIP_BROWSER=1");
}

/// The DOM of `url` after its scripts ran for a few (virtual) seconds, in headless Chromium.
#[cfg(unix)]
pub fn dump_dom(chromium: &str, url: &str) -> String {
    use std::os::unix::process::CommandExt;
    let profile = tempfile::tempdir().unwrap();
    let mut child = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-extensions",
            "--virtual-time-budget=3000",
            "--dump-dom",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(url)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .process_group(0)
        .spawn()
        .unwrap();
    let mut out = child.stdout.take().unwrap();
    let reader = thread::spawn(move || {
        let mut dom = String::new();
        let _ = out.read_to_string(&mut dom);
        dom
    });
    let exited = wait_until(Duration::from_secs(60), || {
        child.try_wait().unwrap().is_some()
    });
    if !exited {
        // The browser and its helpers are one process group.
        let group = format!("-{}", child.id());
        let _ = Command::new("kill").args(["-KILL", "--", &group]).status();
        let _ = child.wait();
        panic!("chromium did not finish within 60 s");
    }
    reader.join().unwrap()
}
