//! Incremental rebuilds (what `serve` does after an edit) give the same output,
//! byte for byte, as a full build of the edited site, while rendering only
//! what the edit touched.

mod common;

use common::*;
use std::path::Path;

use tongbao::build::{build, build_cached, Rebuilds};
use tongbao::progress::Silent;

/// Builds `site` with the cache into SITE/output, and from scratch into a
/// folder of its own; the two must hold the same files and bytes.
fn rebuild_matches_full(site: &Path, cache: &mut Rebuilds, label: &str) -> (usize, usize) {
    build_cached(site, None, &Silent, Some(cache)).unwrap_or_else(|e| panic!("{label}: {e:?}"));
    let full = site.parent().unwrap().join(format!("full-{label}"));
    build(site, Some(&full)).unwrap_or_else(|e| panic!("{label}: {e:?}"));
    let a = snapshot(&site.join("output"));
    let b = snapshot(&full);
    assert_eq!(a.len(), b.len(), "{label}: number of files");
    for ((pa, ba), (pb, bb)) in a.iter().zip(&b) {
        assert_eq!(pa, pb, "{label}");
        assert!(ba == bb, "{label}: {pa} differs from a full build");
    }
    cache.last_build()
}

/// The first `invested:` figure of the file `file` of `site`, as written.
fn first_invested(site: &Path, file: &str) -> String {
    let text = std::fs::read_to_string(site.join(file)).unwrap();
    let at = text.find("invested: ").unwrap() + "invested: ".len();
    text[at..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect()
}

#[test]
fn incremental_rebuilds_equal_full_builds() {
    let (_tmp, site) = site_copy("small");
    let mut cache = Rebuilds::default();
    let (jobs, rendered) = rebuild_matches_full(&site, &mut cache, "first");
    assert_eq!(jobs, rendered, "the first build renders everything");
    assert!(jobs > 20, "{jobs} jobs");

    // One figure of the latest month: the output is copied from the last build
    // (there is no spare yet) except what the edit touches.
    let latest = std::fs::read_dir(site.join("content/progress"))
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .max()
        .unwrap();
    let file = format!("content/progress/{latest}");
    let old = first_invested(&site, &file);
    edit(
        &site,
        &file,
        &format!("invested: {old}"),
        &format!("invested: {old}1"),
    );
    let (_, rendered) = rebuild_matches_full(&site, &mut cache, "edit-latest");
    assert!(
        rendered < jobs / 2,
        "{rendered} of {jobs} rendered after one edit"
    );

    // Again: now the spare holds the first build, and unchanged pages are kept.
    edit(
        &site,
        &file,
        &format!("invested: {old}1"),
        &format!("invested: {old}2"),
    );
    let (_, rendered) = rebuild_matches_full(&site, &mut cache, "edit-again");
    assert!(rendered < jobs / 2, "{rendered} of {jobs} rendered");

    // The first department's project stops: it falls from first to last, and
    // the other two departments' pages show their new ranks although none of
    // their projects changed.
    edit(
        &site,
        "content/progress/2025-02.yaml",
        "T-002: {stage: 在建, invested: 100}",
        "T-002: {stage: 停工, invested: 100}",
    );
    rebuild_matches_full(&site, &mut cache, "ranks-change");

    // The commentary of a month, a project's name, the site's title.
    let bulletin = std::fs::read_dir(site.join("content/bulletins"))
        .unwrap()
        .filter_map(Result::ok)
        .find(|e| e.path().extension().is_some_and(|x| x == "md"))
        .map(|e| format!("content/bulletins/{}", e.file_name().to_string_lossy()))
        .unwrap();
    let text = std::fs::read_to_string(site.join(&bulletin)).unwrap();
    std::fs::write(site.join(&bulletin), format!("{text}\n\n补充说明。\n")).unwrap();
    rebuild_matches_full(&site, &mut cache, "commentary");
    let projects = std::fs::read_dir(site.join("content/projects"))
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|x| x == "yaml"))
        .unwrap();
    let text = std::fs::read_to_string(&projects).unwrap();
    let at = text.find("name: ").unwrap() + "name: ".len();
    std::fs::write(&projects, format!("{}改{}", &text[..at], &text[at..])).unwrap();
    rebuild_matches_full(&site, &mut cache, "project-name");
    // A 形象进度 note: the project's page and its entry in the search index
    // (a preview remembers the other projects' entries) change.
    edit(
        &site,
        "content/progress/2025-02.yaml",
        "note: 设备安装",
        "note: 设备安装调试",
    );
    rebuild_matches_full(&site, &mut cache, "note");
    let index = std::fs::read_to_string(site.join("output/static/search-index.js")).unwrap();
    assert!(index.contains("设备安装调试"), "the new note is searched");
    edit(&site, "content/site.yaml", "title: ", "title: 新");
    let (_, rendered) = rebuild_matches_full(&site, &mut cache, "site-title");
    assert_eq!(
        rendered, jobs,
        "a setting every page shows renders everything"
    );

    // A plain build in between (another terminal): the cache is not trusted.
    build(&site, None).unwrap();
    edit(
        &site,
        &file,
        &format!("invested: {old}2"),
        &format!("invested: {old}3"),
    );
    let (_, rendered) = rebuild_matches_full(&site, &mut cache, "after-plain-build");
    assert!(
        rendered < jobs / 2,
        "a folder another build wrote is learnt from its marker: {rendered} of {jobs} rendered"
    );
}

/// Builds `site` into SITE/output as `tongbao build` does (a new process each
/// time: nothing remembered but the output folder), and from scratch into a
/// folder of its own; the two must hold the same files and bytes. Returns the
/// number of jobs and how many were rendered.
fn build_matches_full(site: &Path, label: &str) -> (usize, usize) {
    let summary = build(site, None).unwrap_or_else(|e| panic!("{label}: {e:?}"));
    let full = site.parent().unwrap().join(format!("full-{label}"));
    build(site, Some(&full)).unwrap_or_else(|e| panic!("{label}: {e:?}"));
    let a = snapshot(&site.join("output"));
    let b = snapshot(&full);
    assert_eq!(
        a.iter().map(|f| &f.0).collect::<Vec<_>>(),
        b.iter().map(|f| &f.0).collect::<Vec<_>>(),
        "{label}: files"
    );
    for ((pa, ba), (_, bb)) in a.iter().zip(&b) {
        assert!(ba == bb, "{label}: {pa} differs from a full build");
    }
    summary.rendered
}

#[test]
fn a_build_renders_only_what_changed_since_the_last_build() {
    let (_tmp, site) = site_copy("small");
    let (jobs, rendered) = build_matches_full(&site, "first");
    assert!(jobs > 20 && rendered == jobs, "{rendered} of {jobs}");
    // Nothing changed: nothing is rendered.
    let (_, rendered) = build_matches_full(&site, "again");
    assert_eq!(rendered, 0, "a build of an unchanged site renders nothing");

    // One figure of the latest month.
    let file = "content/progress/2025-02.yaml";
    let old = first_invested(&site, file);
    edit(
        &site,
        file,
        &format!("invested: {old}"),
        &format!("invested: {old}7"),
    );
    let (_, rendered) = build_matches_full(&site, "edit");
    assert!(
        rendered > 0 && rendered < jobs / 2,
        "{rendered} of {jobs} rendered after one edit"
    );

    // What the search index holds besides figures: a note, a problem, a
    // commentary, a Markdown page, a department's other name. Each build
    // equals a full one (search-index.js included), and the index has it.
    let index = || std::fs::read_to_string(site.join("output/static/search-index.js")).unwrap();
    let edits: [(&str, &str, &str, &str); 5] = [
        (
            "content/progress/2025-02.yaml",
            "note: 设备安装",
            "note: 设备安装调试",
            "设备安装调试",
        ),
        (
            "content/problems.yaml",
            "用地指标未落实",
            "用地指标尚未落实",
            "用地指标尚未落实",
        ),
        (
            "content/bulletins/2025-02.md",
            "date: 2025-03-05\n---\n",
            "date: 2025-03-05\n---\n\n补充说明甲乙丙。\n",
            "补充说明甲乙丙",
        ),
        (
            "content/pages/about.md",
            "开复工率 =",
            "本页新增。开复工率 =",
            "本页新增",
        ),
        (
            "content/units.yaml",
            "name: 区农业农村局",
            "name: 区农业农村局\n  aliases: [农口甲]",
            "农口甲",
        ),
    ];
    for (file, from, to, searched) in edits {
        assert!(!index().contains(searched), "{searched}");
        edit(&site, file, from, to);
        build_matches_full(&site, searched);
        assert!(
            index().contains(searched),
            "{searched} is searched after {file}"
        );
    }
    let (_, rendered) = build_matches_full(&site, "again-after-edits");
    assert_eq!(rendered, 0, "nothing changed since: nothing rendered");

    // A page of the output edited by hand after the build is made again.
    let out = site.join("output");
    let page = snapshot(&out)
        .into_iter()
        .map(|(p, _)| p)
        .find(|p| {
            p.starts_with("projects/") && p.ends_with("index.html") && p != "projects/index.html"
        })
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(20));
    std::fs::write(out.join(&page), "edited by hand").unwrap();
    let (_, rendered) = build_matches_full(&site, "hand-edit");
    assert_eq!(rendered, 1, "only the page edited by hand: {rendered}");

    // A list of pages naming files out of the folder is not used.
    let marker = out.join(".tongbao-output");
    let text = std::fs::read_to_string(&marker).unwrap();
    let forged = text.replacen("\tprojects/", "\t../../projects/", 1);
    assert_ne!(forged, text);
    std::fs::write(&marker, forged).unwrap();
    let (_, rendered) = build_matches_full(&site, "forged");
    // The spare's list still serves; the one page of the spare edited by hand
    // (the spare is the output of two builds ago) is rendered.
    assert_eq!(rendered, 1, "a forged list is not used");
    assert!(!site.parent().unwrap().join("projects").exists());

    // Another theme file: every page is rendered again.
    std::fs::create_dir_all(site.join("themes/mine/static")).unwrap();
    std::fs::write(site.join("themes/mine/static/extra.css"), "p{}").unwrap();
    edit(
        &site,
        "content/site.yaml",
        "title: ",
        "theme: mine\ntitle: ",
    );
    let (_, rendered) = build_matches_full(&site, "theme");
    assert_eq!(rendered, jobs, "a new theme renders everything");
}
