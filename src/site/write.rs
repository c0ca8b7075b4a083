//! Writing the site: every page of the plan, rendered (or, in a preview that
//! rebuilds, kept or copied from an earlier build when its fingerprint says it
//! did not change) and handed to a [`Sink`], in parallel.

use std::sync::atomic::{AtomicUsize, Ordering};

use rayon::prelude::*;

use super::incremental::{RenderCache, Reuse};
use super::output::{OutFile, Sink};
use crate::diagnostics::{Diagnostic, Message, SiteMessage, Text};

/// What the writer knows of a page ([`crate::plan::Page`]): where it goes,
/// what it is made from, and whether it is one of the heavy ones.
pub trait Job: Sync {
    /// Its path from the output folder's root; the key of its files in a
    /// preview's cache.
    fn path(&self) -> &str;
    /// A hash of everything it is made from, when a preview asked for one.
    fn fingerprint(&self) -> Option<u64>;
    /// Whether it is a bulletin or the search index (written beside the
    /// other pages, so that both cores stay busy to the end).
    fn heavy(&self) -> bool;
}

/// What writing wrote.
#[derive(Debug, Default, Clone, Copy)]
pub struct Written {
    /// HTML pages.
    pub pages: usize,
    /// Inline SVG charts in them.
    pub charts: usize,
    /// Files of every kind.
    pub files: usize,
}

/// Counts what was written, from many threads.
#[derive(Default)]
struct Counter {
    pages: AtomicUsize,
    charts: AtomicUsize,
    files: AtomicUsize,
}

impl Counter {
    /// Writes one file through `sink`; returns the number of charts in it.
    fn put(&self, sink: &dyn Sink, path: &str, bytes: &[u8]) -> Result<usize, Diagnostic> {
        let svgs = if path.ends_with(".html") {
            count_svgs(bytes)
        } else {
            0
        };
        sink.put(path, bytes).map_err(|e| {
            let err = Message::CannotWrite {
                path: path.to_string(),
                // The operating system's words, translated through the older catalog.
                err: Text::English(e.to_string()),
            };
            Diagnostic::error(None, err).hint(SiteMessage::CheckDiskHint)
        })?;
        self.count(path, svgs);
        Ok(svgs)
    }

    /// Counts a file of the site holding `svgs` charts.
    fn count(&self, path: &str, svgs: usize) {
        if path.ends_with(".html") {
            self.pages.fetch_add(1, Ordering::Relaxed);
            self.charts.fetch_add(svgs, Ordering::Relaxed);
        }
        self.files.fetch_add(1, Ordering::Relaxed);
    }

    /// Writes `page`: keeps or copies its files when `cache` knows them to be
    /// right, else runs `render` and writes what it gives.
    fn page(
        &self,
        sink: &dyn Sink,
        cache: Option<&RenderCache>,
        page: &impl Job,
        render: impl FnOnce() -> Result<Vec<OutFile>, Vec<Diagnostic>>,
    ) -> Vec<Diagnostic> {
        let cache = cache.zip(page.fingerprint());
        let key = page.path();
        if let Some((cache, fp)) = cache {
            let reused = match cache.reuse(key, fp) {
                Reuse::Render => None,
                Reuse::Keep(files) => files
                    .iter()
                    .all(|(f, _)| sink.keep(f).unwrap_or(false))
                    .then(|| files.to_vec()),
                Reuse::Copy(files, out) => files
                    .iter()
                    .all(|(f, _)| sink.copy_from(f, &out.join(f)).unwrap_or(false))
                    .then(|| files.to_vec()),
            };
            if let Some(files) = reused {
                for (f, svgs) in &files {
                    self.count(f, *svgs);
                }
                cache.done(key, fp, files);
                return Vec::new();
            }
            cache.rendered();
        }
        let files = match render() {
            Ok(files) => files,
            Err(errors) => return errors,
        };
        let mut errors = Vec::new();
        let mut written = Vec::with_capacity(files.len());
        for (path, bytes) in &files {
            match self.put(sink, path, bytes) {
                Ok(svgs) => written.push((path.clone(), svgs)),
                Err(d) => errors.push(d),
            }
        }
        if let (Some((cache, fp)), true) = (cache, errors.is_empty()) {
            cache.done(key, fp, written);
        }
        errors
    }

    fn stats(&self) -> Written {
        Written {
            pages: self.pages.load(Ordering::Relaxed),
            charts: self.charts.load(Ordering::Relaxed),
            files: self.files.load(Ordering::Relaxed),
        }
    }
}

fn count_svgs(bytes: &[u8]) -> usize {
    // A byte search for the ASCII tag is exact in UTF-8 text (no character's
    // bytes contain `<`), without checking the whole page is UTF-8 first.
    memchr::memmem::find_iter(bytes, b"<svg").count()
}

/// Writes every page (of a plan) into `sink`, each made by `render`; with a
/// `cache`, pages whose fingerprint it knows are kept or copied instead
/// ([`super::incremental`]). Errors (a template, a write) name their file; on
/// error the caller discards what was written.
pub fn write_site<P, R>(
    pages: &[P],
    render: R,
    sink: &dyn Sink,
    cache: Option<&RenderCache>,
) -> Result<Written, Vec<Diagnostic>>
where
    P: Job,
    R: Fn(&P) -> Result<Vec<OutFile>, Vec<Diagnostic>> + Sync,
{
    let counter = Counter::default();
    // The bulletins, with their metrics.json, CSV files and workbooks, are
    // written beside the other pages, so that both cores stay busy to the end.
    let (mut bulletins, others): (Vec<&P>, Vec<&P>) = pages.iter().partition(|p| p.heavy());
    // The heavy jobs last in the plan (the search index, tens of megabytes on
    // a large site) first: made at the start, their memory is not added to
    // that of the last bulletins, which both cores make at the end.
    bulletins.reverse();
    let write = |pages: Vec<&P>| -> Vec<Diagnostic> {
        pages
            .into_par_iter()
            .flat_map_iter(|page| counter.page(sink, cache, page, || render(page)))
            .collect()
    };
    let (mut errors, mut page_errors) = rayon::join(|| write(bulletins), || write(others));
    // A bulletin's errors are the ones to fix first; the pages' come after.
    if errors.is_empty() {
        errors = std::mem::take(&mut page_errors);
        errors.truncate(50);
    }
    if !errors.is_empty() {
        crate::diagnostics::sort(&mut errors);
        return Err(errors);
    }
    Ok(counter.stats())
}

/// A sink that keeps nothing: a check renders every page as a build would,
/// and writes none.
pub struct Nowhere;

impl Sink for Nowhere {
    fn put(&self, _rel: &str, _bytes: &[u8]) -> std::io::Result<()> {
        Ok(())
    }
}
