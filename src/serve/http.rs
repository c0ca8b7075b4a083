//! Just enough HTTP/1.1 for a preview: read one request head, write one
//! response, close the connection.
//!
//! Every response closes its connection (`Connection: close`), so there is no
//! keep-alive, chunking or pipelining to get wrong; browsers open a new
//! connection per request, which costs nothing on 127.0.0.1.

use std::io::{self, BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::time::Instant;

/// The longest request head accepted.
const MAX_HEAD: usize = 16 * 1024;

/// The request line of a request: all a static preview needs.
#[derive(Debug, PartialEq, Eq)]
pub struct Request {
    /// The method, as sent (`GET`, `HEAD`, …).
    pub method: String,
    /// The path of the target, still percent-encoded, without query or fragment.
    pub path: String,
    /// The query with its `?`, or `""`: kept for redirects.
    pub query: String,
}

/// Why a request could not be read.
#[derive(Debug)]
pub enum ReadError {
    /// The connection failed or timed out; nothing can be answered.
    Io(io::Error),
    /// The request is malformed or too large: answer 400.
    Bad,
}

impl From<io::Error> for ReadError {
    fn from(e: io::Error) -> Self {
        ReadError::Io(e)
    }
}

/// Reads from a connection until a deadline: each read waits only for the
/// time left, so a client sending a byte now and then cannot keep it open.
struct UntilDeadline<'s> {
    stream: &'s TcpStream,
    deadline: Instant,
}

impl Read for UntilDeadline<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let left = self.deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(io::Error::new(
                io::ErrorKind::TimedOut,
                "the request took too long",
            ));
        }
        self.stream.set_read_timeout(Some(left))?;
        (&mut &*self.stream).read(buf)
    }
}

/// Reads a request head (request line and headers) from `stream`, all of it
/// before `deadline`.
pub fn read_request(stream: &TcpStream, deadline: Instant) -> Result<Request, ReadError> {
    let timed = UntilDeadline { stream, deadline };
    let mut reader = BufReader::new(timed.take(MAX_HEAD as u64 + 1));
    let mut line = Vec::new();
    reader.read_until(b'\n', &mut line)?;
    let mut total = line.len();
    // The headers: read and drop them, up to the empty line.
    loop {
        let mut h = Vec::new();
        let n = reader.read_until(b'\n', &mut h)?;
        total += n;
        if total > MAX_HEAD {
            return Err(ReadError::Bad);
        }
        if n == 0 || h == b"\r\n" || h == b"\n" {
            break;
        }
    }
    parse_request_line(&line).ok_or(ReadError::Bad)
}

/// Parses `METHOD TARGET HTTP/1.x`.
pub fn parse_request_line(line: &[u8]) -> Option<Request> {
    let line = std::str::from_utf8(line)
        .ok()?
        .trim_end_matches(['\r', '\n']);
    let mut parts = line.split(' ');
    let (method, target, version) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || !version.starts_with("HTTP/1.") || method.is_empty() {
        return None;
    }
    let target = target.split('#').next().unwrap_or_default();
    let (path, query) = match target.find('?') {
        Some(i) => (&target[..i], &target[i..]),
        None => (target, ""),
    };
    Some(Request {
        method: method.to_string(),
        path: path.to_string(),
        query: query.to_string(),
    })
}

/// The body of a response.
pub enum Body {
    /// Bytes in memory.
    Bytes(Vec<u8>),
    /// A file of known length, copied to the socket.
    File(std::fs::File, u64),
}

impl Body {
    fn len(&self) -> u64 {
        match self {
            Body::Bytes(b) => b.len() as u64,
            Body::File(_, n) => *n,
        }
    }
}

/// A response: status, Content-Type, extra headers and body.
pub struct Response {
    /// Status code.
    pub status: u16,
    /// Content-Type header.
    pub content_type: &'static str,
    /// Other headers, as `(name, value)`; values must not hold line breaks.
    pub headers: Vec<(&'static str, String)>,
    /// The body (not sent for HEAD).
    pub body: Body,
}

impl Response {
    /// A plain-text response.
    pub fn text(status: u16, text: &str) -> Response {
        Response {
            status,
            content_type: "text/plain; charset=utf-8",
            headers: Vec::new(),
            body: Body::Bytes(text.as_bytes().to_vec()),
        }
    }
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        301 => "Moved Permanently",
        400 => "Bad Request",
        404 => "Not Found",
        405 => "Method Not Allowed",
        _ => "Internal Server Error",
    }
}

/// Writes `resp` to `stream`; the body only when `with_body` (not for HEAD).
pub fn write_response(stream: &mut TcpStream, resp: Response, with_body: bool) -> io::Result<()> {
    let mut head = format!(
        "HTTP/1.1 {} {}\r\nContent-Type: {}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n",
        resp.status,
        reason(resp.status),
        resp.content_type,
        resp.body.len()
    );
    for (name, value) in &resp.headers {
        if !value.contains(['\r', '\n']) {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
    }
    head.push_str("\r\n");
    let mut out = io::BufWriter::new(stream);
    out.write_all(head.as_bytes())?;
    if with_body {
        match resp.body {
            Body::Bytes(b) => out.write_all(&b)?,
            Body::File(f, n) => {
                io::copy(&mut f.take(n), &mut out)?;
            }
        }
    }
    out.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_request_lines() {
        let r = parse_request_line(b"GET /a/b.html?x=1#top HTTP/1.1\r\n").unwrap();
        assert_eq!(
            r,
            Request {
                method: "GET".into(),
                path: "/a/b.html".into(),
                query: "?x=1".into()
            }
        );
        assert_eq!(
            parse_request_line(b"HEAD / HTTP/1.0\r\n").unwrap().path,
            "/"
        );
        assert!(parse_request_line(b"GET /\r\n").is_none());
        assert!(parse_request_line(b"GET / HTTP/2 extra\r\n").is_none());
        assert!(parse_request_line(b"GET / SPDY\r\n").is_none());
        assert!(parse_request_line(b"\xff / HTTP/1.1\r\n").is_none());
        assert!(parse_request_line(b"").is_none());
    }
}
