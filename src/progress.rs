//! What a build reports while it runs, for a progress display: the stage it is
//! in and every file it writes.
//!
//! The render stage writes every file through a [`Sink`]; [`CountingSink`]
//! wraps the build's sink to count them, so rendering knows nothing of progress.

use std::io;

use crate::model::Ledger;
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

/// Files of a bulletin besides its page: metrics.json, the Excel workbook and
/// about this many CSV tables.
const TABLES_PER_BULLETIN: usize = 14;

/// About how many files a build of `ledger` with `bulletins` months writes:
/// pages of bulletins, projects, departments, leaders, categories and
/// locations with their lists, Markdown pages, tables, assets and the theme's
/// static files. Only for a progress display.
pub fn expected_files(ledger: &Ledger, bulletins: usize) -> usize {
    let distinct = |names: Vec<&str>| {
        let mut names = names;
        names.sort_unstable();
        names.dedup();
        names.len()
    };
    let leaders = distinct(
        ledger
            .projects
            .iter()
            .flat_map(|p| p.leaders.iter().map(String::as_str))
            .collect(),
    );
    let locations = distinct(
        ledger
            .projects
            .iter()
            .filter_map(|p| p.location.as_deref())
            .collect(),
    );
    let lists = 6; // bulletins, projects, units, leaders, categories, locations
    let home = 1;
    let statics = 2;
    home + lists
        + bulletins * (3 + TABLES_PER_BULLETIN)
        + ledger.projects.len()
        + ledger.units.len()
        + leaders
        + ledger.site.categories.len()
        + locations
        + ledger.pages.len()
        + ledger.assets.len()
        + statics
}
