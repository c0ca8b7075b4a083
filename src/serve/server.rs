//! The HTTP server: a listener, a few worker threads, and the routing of one
//! request to a file of the output folder, the version endpoint or a 404.

use std::fs;
use std::io::Read;
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::thread;
use std::time::{Duration, Instant};

use super::files::{self, Target};
use super::http::{self, Body, ReadError, Request, Response};
use super::reload::{self, BuildState};

/// Connections answered at once, each on a thread of its own: a slow or idle
/// client holds only its own thread, for at most [`DEADLINE`], never the
/// others'. Beyond this many, a new connection is closed at once.
const MAX_CONNECTIONS: usize = 256;
/// The time a client has to send its whole request head, however it trickles
/// it in (a deadline on the request, not on each read).
pub const DEADLINE: Duration = Duration::from_secs(5);
/// Write timeout of a connection.
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

/// Accepts connections on `listener` forever, answering each on a thread of
/// its own while fewer than [`MAX_CONNECTIONS`] are open.
pub fn run(listener: TcpListener, shared: Arc<Shared>) {
    let open = Arc::new(AtomicUsize::new(0));
    for stream in listener.incoming() {
        match stream {
            Ok(stream) => {
                if open.fetch_add(1, Ordering::SeqCst) >= MAX_CONNECTIONS {
                    open.fetch_sub(1, Ordering::SeqCst);
                    drop(stream);
                    continue;
                }
                let shared = Arc::clone(&shared);
                let done = Arc::clone(&open);
                let spawned = thread::Builder::new()
                    .stack_size(256 * 1024)
                    .spawn(move || {
                        answer(stream, &shared);
                        done.fetch_sub(1, Ordering::SeqCst);
                    });
                if spawned.is_err() {
                    open.fetch_sub(1, Ordering::SeqCst);
                }
            }
            // A client that hung up before it was accepted, or no file
            // descriptors left for a moment: wait a little and go on.
            Err(_) => thread::sleep(Duration::from_millis(10)),
        }
    }
}

/// Reads one request from `stream` and writes its response.
fn answer(mut stream: TcpStream, shared: &Shared) {
    let _ = stream.set_write_timeout(Some(TIMEOUT));
    let (resp, with_body) = match http::read_request(&stream, Instant::now() + DEADLINE) {
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
