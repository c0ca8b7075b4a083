//! The progress bar of `build` (indicatif): on a terminal only, and only once a
//! build has taken more than a moment, so that quick builds, pipes, tests and
//! CI see nothing but the summary line.

use std::io::IsTerminal;
use std::sync::mpsc::{self, RecvTimeoutError};
use std::thread::{self, JoinHandle};
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use super::say;
use crate::model::Language;
use crate::progress::{Phase, Progress};

/// How long a build runs before the bar appears.
const DELAY: Duration = Duration::from_millis(300);

/// How often the spinner turns while nothing is written.
const TICK: Duration = Duration::from_millis(100);

/// A progress bar on standard error, drawn once the build has run for [`DELAY`].
pub struct Bar {
    bar: ProgressBar,
    lang: Language,
    /// Tells the thread that would show the bar that the build is over.
    done: mpsc::Sender<()>,
    shower: JoinHandle<()>,
}

impl Bar {
    /// A bar for a build, or `None` when standard error is not a terminal.
    pub fn start(lang: Language) -> Option<Bar> {
        if !std::io::stderr().is_terminal() {
            return None;
        }
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden());
        bar.set_style(spinner_style());
        bar.set_message(say::phase(Phase::Load, lang));
        let (done, rx) = mpsc::channel::<()>();
        let shown = bar.clone();
        let shower = thread::spawn(move || {
            if let Err(RecvTimeoutError::Timeout) = rx.recv_timeout(DELAY) {
                shown.set_draw_target(ProgressDrawTarget::stderr());
                shown.enable_steady_tick(TICK);
            }
        });
        Some(Bar {
            bar,
            lang,
            done,
            shower,
        })
    }

    /// Removes the bar from the terminal, before the summary is printed.
    pub fn finish(self) {
        let _ = self.done.send(());
        let _ = self.shower.join();
        self.bar.finish_and_clear();
    }
}

fn spinner_style() -> ProgressStyle {
    ProgressStyle::with_template("{spinner} {msg} {elapsed}")
        .unwrap_or_else(|_| ProgressStyle::default_spinner())
}

fn bar_style(lang: Language) -> ProgressStyle {
    let unit = say::files_unit(lang);
    let sep = if lang == Language::En { " " } else { "" };
    ProgressStyle::with_template(&format!(
        "{{msg}} [{{bar:30}}] {{pos}}/{{len}}{sep}{unit} {{elapsed}}"
    ))
    .map(|s| s.progress_chars("=> "))
    .unwrap_or_else(|_| ProgressStyle::default_bar())
}

impl Progress for Bar {
    fn phase(&self, phase: Phase) {
        self.bar.set_message(say::phase(phase, self.lang));
        match phase {
            Phase::Write { expected } => {
                self.bar.set_length(expected as u64);
                self.bar.set_position(0);
                self.bar.set_style(bar_style(self.lang));
            }
            // The count is final: the bar is full while the folders are swapped.
            Phase::Publish => self.bar.set_length(self.bar.position()),
            Phase::Load | Phase::Metrics => {}
        }
    }

    fn file_written(&self, _rel: &str) {
        self.bar.inc(1);
        // The total is an estimate: grow it rather than run past the end.
        if let Some(len) = self.bar.length() {
            let pos = self.bar.position();
            if pos > len {
                self.bar.set_length(pos);
            }
        }
    }
}
