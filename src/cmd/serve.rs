//! `tongbao serve [SITE] [--bind ADDR] [--port N]`: build, serve on 127.0.0.1,
//! rebuild on change, reload open pages.

use std::io::{ErrorKind, Write};
use std::net::{SocketAddr, TcpListener, ToSocketAddrs};
use std::path::Path;
use std::sync::Arc;

use super::{print_diagnostics, EXIT_USAGE};
use crate::serve::{Outcome, Preview};

/// The port tried first when none is given; a free one is taken if it is busy.
pub const DEFAULT_PORT: u16 = 1111;

/// Serves the site until Ctrl-C (exit 0); 2 on a usage error.
pub fn run(site: &Path, bind: &str, port: Option<u16>, draft: bool) -> u8 {
    if !site.join("content").is_dir() {
        errln!(
            "error: {} is not a site folder: it has no content/ folder",
            site.display()
        );
        return EXIT_USAGE;
    }
    let listener = match listen(bind, port, DEFAULT_PORT) {
        Ok(l) => l,
        Err(msg) => {
            errln!("error: {msg}");
            return EXIT_USAGE;
        }
    };
    let Ok(addr) = listener.local_addr() else {
        errln!("error: cannot read the address listened on");
        return EXIT_USAGE;
    };
    let preview = Arc::new(Preview::new(site).drafts(draft));
    let on_stop = Arc::clone(&preview);
    let handler = ctrlc::set_handler(move || {
        on_stop.stop();
        say("stopped");
        std::process::exit(0);
    });
    if let Err(e) = handler {
        errln!("warning: cannot handle Ctrl-C ({e}); stopping may leave a build half-written");
    }
    let watcher = preview.watcher();
    match preview.rebuild() {
        Outcome::Refused(msg) => {
            errln!("error: {msg}");
            return EXIT_USAGE;
        }
        outcome => show(&outcome),
    }
    preview.serve(listener);
    say(&format!("serving {}", url(addr)));
    if addr.ip().is_unspecified() {
        say(&format!("listening on every network interface ({addr}): others on the network can see the preview"));
    }
    say("watching content/ and themes/ for changes; press Ctrl-C to stop");
    preview.watch(watcher, show);
    0
}

/// Binds `bind:port`; without a port, `default` or, if it is taken, any free port.
fn listen(bind: &str, port: Option<u16>, default: u16) -> Result<TcpListener, String> {
    let resolve = |port: u16| -> Result<Vec<SocketAddr>, String> {
        let addrs: Vec<SocketAddr> = (bind, port)
            .to_socket_addrs()
            .map_err(|e| format!("--bind {bind}: not an address to listen on ({e})"))?
            .collect();
        if addrs.is_empty() {
            return Err(format!("--bind {bind}: not an address to listen on"));
        }
        Ok(addrs)
    };
    let wanted = port.unwrap_or(default);
    match TcpListener::bind(resolve(wanted)?.as_slice()) {
        Ok(l) => Ok(l),
        Err(e) if port.is_none() && e.kind() == ErrorKind::AddrInUse => {
            TcpListener::bind(resolve(0)?.as_slice())
                .map_err(|e| format!("cannot listen on {bind}: {e}"))
        }
        Err(e) => Err(format!(
            "cannot listen on {bind} port {wanted}: {e}; choose another with --port (0: any free port)"
        )),
    }
}

/// The address to open in a browser (the loopback one when listening on all).
fn url(addr: SocketAddr) -> String {
    let mut shown = addr;
    if addr.ip().is_unspecified() {
        shown.set_ip(match addr {
            SocketAddr::V4(_) => std::net::Ipv4Addr::LOCALHOST.into(),
            SocketAddr::V6(_) => std::net::Ipv6Addr::LOCALHOST.into(),
        });
    }
    format!("http://{shown}/")
}

/// Prints how a build went: warnings and a summary, or the errors.
fn show(outcome: &Outcome) {
    match outcome {
        Outcome::Built(s) => {
            print_diagnostics(&s.diagnostics);
            say(&format!(
                "built {} bulletins, {} pages in {:.2}s",
                s.bulletins, s.pages, s.seconds
            ));
        }
        Outcome::Failed(text) => {
            complain(&format!("{text}\nbuild failed: still serving the last good site; fix the errors above and save"));
        }
        Outcome::Refused(msg) => complain(&format!("error: {msg}")),
    }
}

/// A line on standard output; a closed terminal or pipe must not stop the server.
fn say(line: &str) {
    let _ = writeln!(std::io::stdout(), "{line}");
}

/// A line on standard error, likewise.
fn complain(line: &str) {
    let _ = writeln!(std::io::stderr(), "{line}");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_name_a_reachable_address() {
        let a: SocketAddr = "0.0.0.0:8000".parse().unwrap();
        assert_eq!(url(a), "http://127.0.0.1:8000/");
        let b: SocketAddr = "[::]:8000".parse().unwrap();
        assert_eq!(url(b), "http://[::1]:8000/");
        let c: SocketAddr = "127.0.0.1:1111".parse().unwrap();
        assert_eq!(url(c), "http://127.0.0.1:1111/");
    }

    #[test]
    fn busy_default_port_falls_back_but_an_explicit_one_is_an_error() {
        let taken = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = taken.local_addr().unwrap().port();
        assert!(listen("127.0.0.1", Some(port), DEFAULT_PORT).is_err());
        let fallback = listen("127.0.0.1", None, port).unwrap();
        assert_ne!(fallback.local_addr().unwrap().port(), port);
        assert!(listen("127.0.0.1", Some(0), port).is_ok());
        assert!(listen("not an address", Some(0), port).is_err());
    }
}
