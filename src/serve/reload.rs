//! Live reload: the build state the browser polls, and the script injected into
//! every HTML response (never into the files on disk).
//!
//! The state is a build counter and the text of the last failed build. The
//! script asks `__tongbao/version` (a relative URL, so it works under any path)
//! every 700 ms; it reloads the page when the counter differs from the one the
//! page was served with, and shows the errors in a fixed overlay while the last
//! build failed. The errors are set as `textContent`, so they are never HTML.

use std::sync::{Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant};

/// The path of the endpoint the injected script polls.
pub const VERSION_PATH: &str = "/__tongbao/version";

/// What the browser is told about the builds.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Status {
    /// Number of successful builds so far; a page reloads when it changes.
    pub version: u64,
    /// The diagnostics of the last build when it failed; `None` after a good one.
    pub error: Option<String>,
    /// Whether a build is running now.
    pub building: bool,
}

/// The build state shared by the watcher (which writes it) and the HTTP workers.
#[derive(Debug, Default)]
pub struct BuildState {
    status: Mutex<Status>,
    idle: Condvar,
}

impl BuildState {
    fn lock(&self) -> MutexGuard<'_, Status> {
        // A worker that panicked while holding the lock left plain data behind.
        self.status.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// A copy of the current status.
    pub fn status(&self) -> Status {
        self.lock().clone()
    }

    /// Marks a build as started.
    pub fn begin(&self) {
        self.lock().building = true;
    }

    /// Marks the running build as finished: `Ok` bumps the version and clears
    /// the error, `Err` keeps the version (the last good site stays) and records the text.
    pub fn finish(&self, result: Result<(), String>) {
        let mut s = self.lock();
        s.building = false;
        match result {
            Ok(()) => {
                s.version += 1;
                s.error = None;
            }
            Err(text) => s.error = Some(text),
        }
        drop(s);
        self.idle.notify_all();
    }

    /// Waits (at most `limit`) until no build is running; true if one ran or was running.
    pub fn wait_idle(&self, limit: Duration) -> bool {
        let deadline = Instant::now() + limit;
        let mut s = self.lock();
        let was_building = s.building;
        while s.building {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                break;
            }
            s = match self.idle.wait_timeout(s, left) {
                Ok((g, _)) => g,
                Err(p) => p.into_inner().0,
            };
        }
        was_building
    }

    /// The body of the version endpoint: `{"version": N, "building": b, "error": text|null}`.
    pub fn json(&self) -> String {
        let s = self.status();
        serde_json::json!({
            "version": s.version,
            "building": s.building,
            "error": s.error,
        })
        .to_string()
    }
}

/// The reload script for a page at `raw_path` served at build `version`.
pub fn script(raw_path: &str, version: u64) -> String {
    // The browser resolves relative URLs against the path it asked for, so the
    // endpoint is as many `../` up as the page is deep.
    let depth = raw_path.matches('/').count().saturating_sub(1);
    let url = format!("{}{}", "../".repeat(depth), &VERSION_PATH[1..]);
    // The heading is tongbao's own text, as a JavaScript string that cannot
    // end the script element.
    let heading =
        crate::diagnostics::Message::OverlayHeading.text(crate::diagnostics::lang::current());
    let heading = serde_json::to_string(&format!("{heading}\n\n"))
        .unwrap_or_default()
        .replace('<', "\\u003c");
    SCRIPT
        .replace("@URL@", &url)
        .replace("@VERSION@", &version.to_string())
        .replace("@HEADING@", &heading)
}

/// Inserts the reload script before the last `</body>` (or at the end).
pub fn inject(html: &[u8], script: &str) -> Vec<u8> {
    let tag = b"</body>";
    let at = html
        .windows(tag.len())
        .rposition(|w| w.eq_ignore_ascii_case(tag))
        .unwrap_or(html.len());
    let mut out = Vec::with_capacity(html.len() + script.len());
    out.extend_from_slice(&html[..at]);
    out.extend_from_slice(script.as_bytes());
    out.extend_from_slice(&html[at..]);
    out
}

const SCRIPT: &str = r#"<script data-tongbao-reload>
(function () {
  var url = "@URL@", served = @VERSION@, box = null;
  function show(text) {
    if (!box) {
      box = document.createElement("div");
      box.id = "tongbao-errors";
      box.setAttribute("style", "position:fixed;z-index:2147483647;left:0;right:0;top:0;max-height:70vh;overflow:auto;margin:0;padding:12px 16px;background:#3b0d0d;color:#fff;font:13px/1.5 monospace;white-space:pre-wrap;box-shadow:0 2px 8px rgba(0,0,0,.4)");
      var head = document.createElement("strong");
      head.textContent = @HEADING@;
      box.appendChild(head);
      box.appendChild(document.createElement("span"));
      document.body.appendChild(box);
    }
    box.lastChild.textContent = text;
  }
  function hide() { if (box) { box.remove(); box = null; } }
  function poll() {
    fetch(url, { cache: "no-store" }).then(function (r) { return r.json(); }).then(function (s) {
      if (s.version !== served) { location.reload(); return; }
      if (s.error) { show(s.error); } else { hide(); }
      setTimeout(poll, 700);
    }, function () { setTimeout(poll, 2000); });
  }
  poll();
})();
</script>
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_url_is_relative_to_the_page() {
        assert!(script("/", 3).contains("\"__tongbao/version\""));
        assert!(script("/index.html", 3).contains("\"__tongbao/version\""));
        assert!(script("/bulletins/2025-02/", 3).contains("\"../../__tongbao/version\""));
        assert!(script("/bulletins/2025-02/index.html", 3).contains("served = 3,"));
    }

    #[test]
    fn injects_before_the_last_body_end() {
        let out = inject(b"<body>a</body>\n</BODY>\n", "<s>");
        assert_eq!(out, b"<body>a</body>\n<s></BODY>\n");
        assert_eq!(inject(b"<p>x", "<s>"), b"<p>x<s>");
    }

    #[test]
    fn state_counts_good_builds_and_keeps_errors_until_one() {
        let st = BuildState::default();
        st.begin();
        assert!(st.status().building);
        st.finish(Err("a.yaml:1:1: error: <b>".into()));
        assert_eq!(st.status().version, 0);
        assert!(st.json().contains("a.yaml:1:1"));
        st.finish(Ok(()));
        assert_eq!(
            st.status(),
            Status {
                version: 1,
                error: None,
                building: false
            }
        );
        assert!(!st.wait_idle(Duration::from_millis(1)));
    }
}
