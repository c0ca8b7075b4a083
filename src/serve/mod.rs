//! `tongbao serve`: a preview that builds the site, serves it on 127.0.0.1 and
//! rebuilds when `content/` or `themes/` change.
//!
//! The site is built exactly as `tongbao build` builds it, into `SITE/output`
//! with the same atomic writer, so what is previewed is what would be
//! published, and a failed rebuild leaves the last good site in place. The
//! reload script is added to HTML responses as they are sent ([`reload`]);
//! the files on disk never hold it.
//!
//! - [`files`]: request path → file inside the output folder, Content-Type
//! - [`http`]: reading a request, writing a response
//! - [`server`]: listener, worker threads, routing
//! - [`reload`]: build counter, error text, the injected script
//! - [`watch`]: the polling watcher

pub mod files;
pub mod http;
pub mod reload;
pub mod server;
pub mod watch;

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread;

use crate::build::{build_as, BuildError, BuildSummary, Rebuilds};
use crate::diagnostics::{lang, report, terminal_safe, Diagnostic, Message, Text};
use reload::BuildState;

/// How a build of the preview ended.
pub enum Outcome {
    /// The site was built and is served.
    Built(BuildSummary),
    /// The content or a template has errors; the last good site stays served.
    Failed(String),
    /// The output folder is not one build may write: serving cannot start.
    Refused(Text),
}

/// A running preview of one site: its builds and what the server shares.
pub struct Preview {
    site: PathBuf,
    state: Arc<BuildState>,
    /// Held while a build runs, so that stopping never cuts one in half; it
    /// holds what the builds remember for the next (incremental rebuilds).
    building: Mutex<Rebuilds>,
    /// Builds are drafts (`tongbao serve --draft`).
    draft: bool,
}

impl Preview {
    /// A preview of the site in `site`, nothing built yet.
    pub fn new(site: &Path) -> Preview {
        Preview {
            site: site.to_path_buf(),
            state: Arc::new(BuildState::default()),
            building: Mutex::new(Rebuilds::default()),
            draft: false,
        }
    }

    /// This preview, building drafts (see [`crate::build::build_as`]).
    pub fn drafts(mut self, draft: bool) -> Preview {
        self.draft = draft;
        self
    }

    /// The output folder served (`SITE/output`).
    pub fn output(&self) -> PathBuf {
        self.site.join("output")
    }

    fn lock(&self) -> MutexGuard<'_, Rebuilds> {
        self.building.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Builds the site once and records the result for the browser.
    pub fn rebuild(&self) -> Outcome {
        let mut cache = self.lock();
        self.state.begin();
        let built = build_as(
            &self.site,
            None,
            &crate::progress::Silent,
            Some(&mut cache),
            self.draft,
        );
        let outcome = match built {
            Ok(summary) => Outcome::Built(summary),
            Err(BuildError::Content(d) | BuildError::Render(d)) => Outcome::Failed(report(&d)),
            Err(BuildError::Io(msg)) => Outcome::Failed(format!(
                "{}\n{}",
                labelled(Message::ErrorLabel, &msg),
                Message::PreviousOutputKept.text(lang::current())
            )),
            Err(BuildError::Refused(msg)) => Outcome::Refused(msg),
        };
        self.state.finish(match &outcome {
            Outcome::Built(_) => Ok(()),
            Outcome::Failed(text) => Err(text.clone()),
            Outcome::Refused(msg) => Err(labelled(Message::ErrorLabel, msg)),
        });
        outcome
    }

    /// Serves the output folder on `listener` from background threads.
    pub fn serve(&self, listener: TcpListener) {
        let shared = Arc::new(server::Shared {
            root: self.output(),
            state: Arc::clone(&self.state),
        });
        thread::spawn(move || server::run(listener, shared));
    }

    /// A watcher of `content/` and `themes/` from their present state: made
    /// before the first build, so that no change after it goes unseen.
    pub fn watcher(&self) -> watch::Watcher {
        watch::Watcher::new(vec![self.site.join("content"), self.site.join("themes")])
    }

    /// Rebuilds whenever `watcher` sees a change, forever, calling `report`
    /// with every outcome.
    pub fn watch(&self, mut watcher: watch::Watcher, mut report: impl FnMut(&Outcome)) {
        loop {
            watcher.wait_for_change();
            report(&self.rebuild());
        }
    }

    /// Waits for a running build to finish and keeps any other from starting:
    /// after this the process may exit without leaving a half-written output.
    pub fn stop(&self) {
        std::mem::forget(self.lock());
    }
}

/// The diagnostics as the terminal and the overlay show them, in the run's
/// language: grouped by file, with a count line, as `build` prints them.
pub fn report(diags: &[Diagnostic]) -> String {
    report::format_all(diags, lang::current())
}

/// `error: text` in the run's language.
fn labelled(label: Message, text: &Text) -> String {
    let lang = lang::current();
    report::labelled(label, &terminal_safe(&text.text(lang)), lang)
}
