//! `tongbao init DIR`: a new site with a small example that builds at once.
//!
//! The example (the fictional 云溪区: twelve projects, progress for 2026-07 to
//! 2026-09) is written by hand under `src/cmd/init_example/` and compiled into
//! the binary, so its YAML keeps the Chinese comments that explain each field
//! to a newcomer. It shows every feature: several categories, units.yaml,
//! leaders, locations, levels, promoted projects with `signed` and `funds`, a
//! long-form plan with `kind` and `start`, a project in the plan with no
//! progress yet, 停工 and 竣工 / 投产 projects, problems raised and resolved, a
//! photo with a caption, a commentary with figures and an about page.

use std::fs::OpenOptions;
use std::io::Write;
use std::path::Path;

use super::{say, EXIT_CONTENT, EXIT_USAGE};
use crate::diagnostics::{lang, Message};

/// The month after the example's latest progress file: what `tongbao new` expects next.
pub const NEXT_MONTH: &str = "2026-10";

/// Every file of the example site: (path relative to the new site, text).
pub const FILES: &[(&str, &str)] = &[
    (".gitignore", include_str!("init_example/gitignore")),
    ("README.md", include_str!("init_example/README.md")),
    (
        "content/site.yaml",
        include_str!("init_example/content/site.yaml"),
    ),
    (
        "content/units.yaml",
        include_str!("init_example/content/units.yaml"),
    ),
    (
        "content/projects/chanye.yaml",
        include_str!("init_example/content/projects/chanye.yaml"),
    ),
    (
        "content/projects/gonggong.yaml",
        include_str!("init_example/content/projects/gonggong.yaml"),
    ),
    (
        "content/progress/2026-07.yaml",
        include_str!("init_example/content/progress/2026-07.yaml"),
    ),
    (
        "content/progress/2026-08.yaml",
        include_str!("init_example/content/progress/2026-08.yaml"),
    ),
    (
        "content/progress/2026-09.yaml",
        include_str!("init_example/content/progress/2026-09.yaml"),
    ),
    (
        "content/problems.yaml",
        include_str!("init_example/content/problems.yaml"),
    ),
    (
        "content/bulletins/2026-09.md",
        include_str!("init_example/content/bulletins/2026-09.md"),
    ),
    (
        "content/pages/about.md",
        include_str!("init_example/content/pages/about.md"),
    ),
    (
        "content/assets/2026-09/yx-2026-011.svg",
        include_str!("init_example/content/assets/2026-09/yx-2026-011.svg"),
    ),
];

/// The files of a real site with no example projects (`tongbao init --empty`).
pub const EMPTY_FILES: &[(&str, &str)] = &[
    (".gitignore", include_str!("init_example/gitignore")),
    ("README.md", include_str!("init_empty/README.md")),
    ("content/site.yaml", include_str!("init_empty/site.yaml")),
    ("content/units.yaml", include_str!("init_empty/units.yaml")),
];

/// The empty folders of a site made with `--empty`.
const EMPTY_FOLDERS: &[&str] = &[
    "content/projects",
    "content/progress",
    "content/bulletins",
    "content/pages",
    "content/assets",
];

/// Writes a site with no example projects into `dir` (which must not exist or
/// be empty): site.yaml, a units.yaml to fill in, the empty folders, a README.
pub fn run_empty(dir: &Path) -> u8 {
    let lang = lang::current();
    if let Err(msg) = refuse(dir) {
        errln!("{}", say::error(msg, lang));
        return EXIT_USAGE;
    }
    for (rel, text) in EMPTY_FILES {
        if let Err(e) = write_new(&dir.join(rel), text) {
            let msg = Message::CannotWrite {
                path: dir.join(rel).display().to_string(),
                err: say::os(&e),
            };
            errln!("{}", say::error(msg, lang));
            return EXIT_CONTENT;
        }
    }
    for f in EMPTY_FOLDERS {
        if let Err(e) = std::fs::create_dir_all(dir.join(f)) {
            let msg = Message::CannotCreateFolder {
                path: dir.join(f).display().to_string(),
                err: say::os(&e),
            };
            errln!("{}", say::error(msg, lang));
            return EXIT_CONTENT;
        }
    }
    let shown = dir.display().to_string();
    outln!(
        "{}",
        say::line(Message::InitCreatedEmpty { dir: shown.clone() }, lang)
    );
    for (rel, _) in EMPTY_FILES {
        outln!("  {rel}");
    }
    for f in EMPTY_FOLDERS {
        outln!("  {f}/");
    }
    outln!("{}", say::line(Message::InitNextEmpty { dir: shown }, lang));
    0
}

/// Writes the example site into `dir`, which must not exist or be empty.
/// Returns 0, 2 when `dir` is refused, 1 when a file cannot be written.
pub fn run(dir: &Path) -> u8 {
    let lang = lang::current();
    if let Err(msg) = refuse(dir) {
        errln!("{}", say::error(msg, lang));
        return EXIT_USAGE;
    }
    let shown = dir.display().to_string();
    for (rel, text) in FILES {
        let path = dir.join(rel);
        if let Err(e) = write_new(&path, text) {
            let msg = Message::CannotWrite {
                path: path.display().to_string(),
                err: say::os(&e),
            };
            errln!(
                "{}\n{}",
                say::error(msg, lang),
                say::line(Message::InitIncomplete { dir: shown }, lang)
            );
            return EXIT_CONTENT;
        }
    }
    outln!(
        "{}",
        say::line(Message::InitCreated { dir: shown.clone() }, lang)
    );
    for (rel, _) in FILES {
        outln!("  {rel}");
    }
    let next = NEXT_MONTH.to_string();
    outln!(
        "{}",
        say::line(Message::InitNext { dir: shown, next }, lang)
    );
    0
}

/// Why `dir` may not receive a new site: it exists and is not an empty folder.
fn refuse(dir: &Path) -> Result<(), Message> {
    if !dir.exists() {
        return Ok(());
    }
    let shown = dir.display().to_string();
    if !dir.is_dir() {
        return Err(Message::InitNotAFolder { dir: shown });
    }
    let mut entries = std::fs::read_dir(dir).map_err(|e| Message::CannotReadFolder {
        path: shown.clone(),
        err: say::os(&e),
    })?;
    if entries.next().is_some() {
        return Err(Message::InitNotEmpty { dir: shown });
    }
    Ok(())
}

/// Creates `path` (and its folders) with `text`; never replaces an existing file.
fn write_new(path: &Path, text: &str) -> std::io::Result<()> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    let mut f = OpenOptions::new().write(true).create_new(true).open(path)?;
    f.write_all(text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Month;

    #[test]
    fn next_month_follows_the_latest_progress_file() {
        let latest = FILES
            .iter()
            .filter_map(|(p, _)| p.strip_prefix("content/progress/"))
            .filter_map(|p| Month::parse(p.trim_end_matches(".yaml")))
            .max();
        assert_eq!(
            latest.map(|m| m.next().to_string()).as_deref(),
            Some(NEXT_MONTH)
        );
    }

    #[test]
    fn the_example_loads_without_errors_or_warnings() {
        let tmp = tempfile::tempdir().unwrap();
        let site = tmp.path().join("site");
        assert_eq!(run(&site), 0);
        let loaded = crate::content::load(&site);
        assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
        let ledger = loaded.ledger.unwrap();
        assert_eq!(ledger.projects.len(), 12);
        assert_eq!(ledger.months.len(), 3);
        // Refused the second time: the folder is no longer empty.
        assert_eq!(run(&site), EXIT_USAGE);
    }

    #[test]
    fn an_empty_site_loads_with_no_projects() {
        let tmp = tempfile::tempdir().unwrap();
        let site = tmp.path().join("site");
        assert_eq!(run_empty(&site), 0);
        let loaded = crate::content::load(&site);
        let ledger = loaded.ledger.unwrap();
        assert!(ledger.projects.is_empty());
        assert!(site.join("content/progress").is_dir());
    }
}
