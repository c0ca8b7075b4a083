//! The plan of a real site (tests/fixtures/small) against what a build writes.

use std::collections::BTreeSet;

use super::*;
use crate::metrics::compute_all;

fn small() -> (std::path::PathBuf, Ledger) {
    let site = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/small");
    let ledger = crate::content::load(&site)
        .ledger
        .expect("the fixture loads");
    (site, ledger)
}

#[test]
fn every_page_once_with_fingerprints_only_when_asked() {
    let (_, ledger) = small();
    let metrics = compute_all(&ledger);
    let plain = Plan::new(&ledger, &metrics, ["style.css"], None);
    let paths: BTreeSet<&str> = plain.pages.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(paths.len(), plain.pages.len(), "a path twice");
    assert!(plain.pages.iter().all(|p| p.fingerprint.is_none()));
    let count = |f: fn(&Kind) -> bool| plain.pages.iter().filter(|p| f(&p.kind)).count();
    assert_eq!(
        count(|k| matches!(k, Kind::Project(_))),
        ledger.projects.len()
    );
    assert_eq!(count(|k| matches!(k, Kind::Unit(_))), ledger.units.len());
    assert_eq!(count(|k| matches!(k, Kind::Bulletin(_))), metrics.len());
    assert_eq!(count(|k| matches!(k, Kind::Asset(_))), ledger.assets.len());
    assert_eq!(count(|k| matches!(k, Kind::Static(_))), 1);
    // Every category of site.yaml has its page, in site.yaml's order.
    let categories: Vec<&str> = plain.names(Grouping::Category).map(|(n, _)| n).collect();
    assert_eq!(categories, ledger.site.categories);

    let cached = Plan::new(&ledger, &metrics, ["style.css"], Some((1, true)));
    for p in &cached.pages {
        let fingerprinted = matches!(
            p.kind,
            Kind::Bulletin(_)
                | Kind::Project(_)
                | Kind::Unit(_)
                | Kind::Group { .. }
                | Kind::Projects
                | Kind::SearchIndex
        );
        assert_eq!(p.fingerprint.is_some(), fingerprinted, "{}", p.path);
    }
    // Another theme is another fingerprint.
    let other = Plan::new(&ledger, &metrics, ["style.css"], Some((2, true)));
    assert_ne!(cached.pages[2].fingerprint, other.pages[2].fingerprint);
}

#[test]
fn the_plan_is_what_a_build_writes() {
    let (site, ledger) = small();
    let metrics = compute_all(&ledger);
    let files = crate::build::render_to_memory(&site, &ledger, &metrics).expect("renders");
    let written: BTreeSet<&str> = files
        .iter()
        .map(|f| f.0.as_str())
        .filter(|p| *p == paths::INDEX || p.ends_with("/index.html"))
        .collect();
    let theme = crate::render::theme::compile(Default::default()).unwrap();
    let plan = Plan::new(
        &ledger,
        &metrics,
        theme.statics.iter().map(|s| s.0.as_str()),
        None,
    );
    let planned: BTreeSet<&str> = plan
        .pages
        .iter()
        .filter(|p| p.is_html())
        .map(|p| p.path.as_str())
        .collect();
    assert_eq!(written, planned);
    let every: BTreeSet<&str> = files.iter().map(|f| f.0.as_str()).collect();
    assert!(plan.pages.iter().all(|p| every.contains(p.path.as_str())));
    // The progress bar's total is about right.
    let expected = plan.expected_files();
    assert!(
        expected.abs_diff(files.len()) * 5 <= files.len(),
        "{expected} expected, {} written",
        files.len()
    );
}
