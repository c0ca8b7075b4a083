//! What a build reports while it runs, for a progress display: the stage it is
//! in and every file it writes.
//!
//! The render stage writes every file through a [`Sink`]; [`CountingSink`]
//! wraps the build's sink to count them, so rendering knows nothing of progress.

use std::io;

use crate::site::output::Sink;

/// The stages of a build, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    /// Reading and checking content/.
    Load,
    /// Computing every month's figures.
    Metrics,
    /// Rendering and writing the site; about `expected` files (an estimate).
    Write {
        /// How many files the build will probably write.
        expected: usize,
    },
    /// Every file is written; the new output replaces the previous one.
    Publish,
}

/// Receives a build's progress. Files are written from many threads at once,
/// so implementations are `Sync` and should be cheap; both methods do nothing
/// unless overridden.
pub trait Progress: Sync {
    /// The build enters `phase`.
    fn phase(&self, _phase: Phase) {}
    /// The build wrote the file `rel` (relative to the output folder).
    fn file_written(&self, _rel: &str) {}
}

/// Progress that nobody watches.
pub struct Silent;

impl Progress for Silent {}

/// A sink that forwards every file to `inner` and tells `progress` about it.
pub struct CountingSink<'a> {
    inner: &'a dyn Sink,
    progress: &'a dyn Progress,
}

impl<'a> CountingSink<'a> {
    /// Wraps `inner`.
    pub fn new(inner: &'a dyn Sink, progress: &'a dyn Progress) -> CountingSink<'a> {
        CountingSink { inner, progress }
    }
}

impl Sink for CountingSink<'_> {
    fn put(&self, rel: &str, bytes: &[u8]) -> io::Result<()> {
        self.inner.put(rel, bytes)?;
        self.progress.file_written(rel);
        Ok(())
    }

    fn keep(&self, rel: &str) -> io::Result<bool> {
        let kept = self.inner.keep(rel)?;
        if kept {
            self.progress.file_written(rel);
        }
        Ok(kept)
    }

    fn copy_from(&self, rel: &str, from: &std::path::Path) -> io::Result<bool> {
        let copied = self.inner.copy_from(rel, from)?;
        if copied {
            self.progress.file_written(rel);
        }
        Ok(copied)
    }
}
