//! `tongbao serve [SITE] [--bind ADDR] [--port N]`: build, serve on 127.0.0.1,
//! rebuild on change, reload open pages.

use std::io::{ErrorKind, Write};
use std::net::{SocketAddr, TcpListener, ToSocketAddrs};
use std::path::Path;
use std::sync::Arc;

use super::{print_diagnostics, say as words, EXIT_USAGE};
use crate::diagnostics::{lang, Message, Text};
use crate::serve::{Outcome, Preview};

/// The port tried first when none is given; a free one is taken if it is busy.
pub const DEFAULT_PORT: u16 = 1111;

/// Serves the site until Ctrl-C (exit 0); 2 on a usage error.
pub fn run(site: &Path, bind: &str, port: Option<u16>, draft: bool) -> u8 {
    let lang = lang::current();
    // Every rebuild needs about the memory the last one freed.
    crate::alloc::keep_freed_memory();
    if !site.join("content").is_dir() {
        let dir = site.display().to_string();
        errln!("{}", words::error(Message::NotASiteFolder { dir }, lang));
        return EXIT_USAGE;
    }
    let listener = match listen(bind, port, DEFAULT_PORT) {
        Ok(l) => l,
        Err(msg) => {
            errln!("{}", words::error(msg, lang));
            return EXIT_USAGE;
        }
    };
    let Ok(addr) = listener.local_addr() else {
        errln!("{}", words::error(Message::CannotReadAddress, lang));
        return EXIT_USAGE;
    };
    let preview = Arc::new(Preview::new(site).drafts(draft));
    let on_stop = Arc::clone(&preview);
    let handler = ctrlc::set_handler(move || {
        on_stop.stop();
        say(Message::ServeStopped);
        std::process::exit(0);
    });
    if let Err(e) = handler {
        let err = e.to_string();
        errln!(
            "{}",
            words::warning(Message::CannotHandleCtrlC { err }, lang)
        );
    }
    let watcher = preview.watcher();
    match preview.rebuild() {
        Outcome::Refused(msg) => {
            errln!("{}", words::error(msg, lang));
            return EXIT_USAGE;
        }
        outcome => show(&outcome),
    }
    preview.serve(listener);
    say(Message::Serving { url: url(addr) });
    if addr.ip().is_unspecified() {
        say(Message::ServingEverywhere {
            addr: addr.to_string(),
        });
    }
    say(Message::ServeWatching);
    preview.watch(watcher, show);
    0
}

/// Binds `bind:port`; without a port, `default` or, if it is taken, any free port.
fn listen(bind: &str, port: Option<u16>, default: u16) -> Result<TcpListener, Message> {
    let shown = || bind.to_string();
    let resolve = |port: u16| -> Result<Vec<SocketAddr>, Message> {
        let addrs: Vec<SocketAddr> = (bind, port)
            .to_socket_addrs()
            .map_err(|e| Message::NotAnAddress {
                bind: shown(),
                err: words::os(&e),
            })?
            .collect();
        if addrs.is_empty() {
            return Err(Message::NoAddress { bind: shown() });
        }
        Ok(addrs)
    };
    let wanted = port.unwrap_or(default);
    match TcpListener::bind(resolve(wanted)?.as_slice()) {
        Ok(l) => Ok(l),
        Err(e) if port.is_none() && e.kind() == ErrorKind::AddrInUse => {
            TcpListener::bind(resolve(0)?.as_slice()).map_err(|e| Message::CannotListen {
                bind: shown(),
                err: words::os(&e),
            })
        }
        Err(e) => Err(Message::CannotListenPort {
            bind: shown(),
            port: wanted,
            err: words::os(&e),
        }),
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
    let lang = lang::current();
    match outcome {
        Outcome::Built(s) => {
            print_diagnostics(&s.diagnostics);
            say(Message::ServeBuilt {
                bulletins: s.bulletins,
                pages: s.pages,
                seconds: format!("{:.2}", s.seconds),
            });
        }
        Outcome::Failed(text) => {
            let failed = words::line(Message::ServeFailed, lang);
            complain(&format!("{}\n{failed}", text.trim_end()));
        }
        Outcome::Refused(msg) => complain(&words::error(msg.clone(), lang)),
    }
}

/// A line on standard output in the run's language; a closed terminal or pipe
/// must not stop the server.
fn say(line: impl Into<Text>) {
    let line = words::line(line, lang::current());
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
