//! The HTTP server: a listener, a few worker threads, and the routing of one
//! request to a file of the output folder, the version endpoint or a 404.

use std::fs;
use std::io::Read;
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

use super::files::{self, Target};
use super::http::{self, Body, ReadError, Request, Response};
use super::reload::{self, BuildState};

/// Worker threads answering requests: a page and its assets load in parallel,
/// and a stalled client holds only one of them, for at most [`TIMEOUT`].
const WORKERS: usize = 16;
/// Read and write timeout of a connection.
const TIMEOUT: Duration = Duration::from_secs(5);
/// How long a request waits for a running build to publish before giving up.
const BUILD_WAIT: Duration = Duration::from_secs(30);

/// What the workers share: where the output is and the build state.
pub struct Shared {
    /// The output folder served.
    pub root: PathBuf,
    /// The builds, for the version endpoint and the reload script.
    pub state: Arc<BuildState>,
}

/// Accepts connections on `listener` forever, answering them on worker threads.
pub fn run(listener: TcpListener, shared: Arc<Shared>) {
    let (tx, rx) = mpsc::channel::<TcpStream>();
    let rx = Arc::new(Mutex::new(rx));
    for _ in 0..WORKERS {
        let rx = Arc::clone(&rx);
        let shared = Arc::clone(&shared);
        thread::spawn(move || worker(&rx, &shared));
    }
    for stream in listener.incoming() {
        match stream {
            Ok(stream) => {
                if tx.send(stream).is_err() {
                    return;
                }
            }
            // A client that hung up before it was accepted, or no file
            // descriptors left for a moment: wait a little and go on.
            Err(_) => thread::sleep(Duration::from_millis(10)),
        }
    }
}

fn worker(rx: &Mutex<Receiver<TcpStream>>, shared: &Shared) {
    loop {
        let next = match rx.lock() {
            Ok(guard) => guard.recv(),
            Err(poisoned) => poisoned.into_inner().recv(),
        };
        let Ok(stream) = next else { return };
        answer(stream, shared);
    }
}

/// Reads one request from `stream` and writes its response.
fn answer(mut stream: TcpStream, shared: &Shared) {
    let _ = stream.set_read_timeout(Some(TIMEOUT));
    let _ = stream.set_write_timeout(Some(TIMEOUT));
    let (resp, with_body) = match http::read_request(&stream) {
        Ok(req) => (respond(&req, shared), req.method != "HEAD"),
        Err(ReadError::Bad) => (Response::text(400, "bad request\n"), true),
        Err(ReadError::Io(_)) => return,
    };
    // The client may have gone away; there is no one left to tell.
    let _ = http::write_response(&mut stream, resp, with_body);
}

/// The response to a request.
pub fn respond(req: &Request, shared: &Shared) -> Response {
    if req.method != "GET" && req.method != "HEAD" {
        let mut r = Response::text(405, "only GET and HEAD\n");
        r.headers.push(("Allow", "GET, HEAD".to_string()));
        return r;
    }
    if req.path == reload::VERSION_PATH {
        return Response {
            status: 200,
            content_type: "application/json",
            headers: Vec::new(),
            body: Body::Bytes(shared.state.json().into_bytes()),
        };
    }
    let version = shared.state.status().version;
    let mut found = find(&shared.root, &req.path);
    // While a build swaps the new output in, a file can be missing for an
    // instant: wait for the build and look once more.
    if matches!(found, Found::Missing) && shared.state.wait_idle(BUILD_WAIT) {
        found = find(&shared.root, &req.path);
    }
    match found {
        Found::Folder => {
            let mut r = Response::text(301, "moved\n");
            r.headers
                .push(("Location", format!("{}/{}", req.path, req.query)));
            r
        }
        Found::File(path, file, len) => file_response(&path, file, len, req, version),
        Found::Missing => not_found(req, version),
    }
}

/// A request path looked up in the output folder, with the file opened.
enum Found {
    /// A file, opened, with its length.
    File(PathBuf, fs::File, u64),
    /// A folder asked for without its trailing slash.
    Folder,
    /// Nothing to serve.
    Missing,
}

fn find(root: &Path, raw_path: &str) -> Found {
    match files::resolve(root, raw_path) {
        Target::File(p) => {
            let opened = fs::File::open(&p).and_then(|f| Ok((f.metadata()?.len(), f)));
            match opened {
                Ok((len, f)) => Found::File(p, f, len),
                Err(_) => Found::Missing,
            }
        }
        Target::AddSlash => Found::Folder,
        Target::NotFound => Found::Missing,
    }
}

fn file_response(
    path: &Path,
    mut file: fs::File,
    len: u64,
    req: &Request,
    version: u64,
) -> Response {
    let content_type = files::content_type(path);
    let body = if files::is_html(content_type) {
        let mut html = Vec::with_capacity(len as usize);
        if file.read_to_end(&mut html).is_err() {
            return not_found(req, version);
        }
        Body::Bytes(reload::inject(&html, &reload::script(&req.path, version)))
    } else {
        Body::File(file, len)
    };
    Response {
        status: 200,
        content_type,
        headers: Vec::new(),
        body,
    }
}

/// A 404 page; it carries the reload script too, so that a page missing
/// because the first build failed shows the errors and comes back when fixed.
fn not_found(req: &Request, version: u64) -> Response {
    let page = "<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>404</title></head>\n<body><h1>404 Not Found</h1><p>No such page in the preview.</p></body></html>\n";
    Response {
        status: 404,
        content_type: "text/html; charset=utf-8",
        headers: Vec::new(),
        body: Body::Bytes(reload::inject(
            page.as_bytes(),
            &reload::script(&req.path, version),
        )),
    }
}
