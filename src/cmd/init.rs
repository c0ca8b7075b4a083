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

use super::{EXIT_CONTENT, EXIT_USAGE};

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
    if let Err(msg) = refuse(dir) {
        errln!("error: {msg}");
        return EXIT_USAGE;
    }
    for (rel, text) in EMPTY_FILES {
        if let Err(e) = write_new(&dir.join(rel), text) {
            errln!("error: cannot write {}: {e}", dir.join(rel).display());
            return EXIT_CONTENT;
        }
    }
    for f in EMPTY_FOLDERS {
        if let Err(e) = std::fs::create_dir_all(dir.join(f)) {
            errln!("error: cannot create {}: {e}", dir.join(f).display());
            return EXIT_CONTENT;
        }
    }
    let shown = dir.display();
    outln!("created a new site without example projects in {shown}:");
    for (rel, _) in EMPTY_FILES {
        outln!("  {rel}");
    }
    for f in EMPTY_FOLDERS {
        outln!("  {f}/");
    }
    outln!(
        "\nnext: fill in content/site.yaml and content/units.yaml, then\n  cd {shown}\n  tongbao import 台账.xlsx     # 导入项目台账和当月进展\n  tongbao build"
    );
    0
}

/// Writes the example site into `dir`, which must not exist or be empty.
/// Returns 0, 2 when `dir` is refused, 1 when a file cannot be written.
pub fn run(dir: &Path) -> u8 {
    if let Err(msg) = refuse(dir) {
        errln!("error: {msg}");
        return EXIT_USAGE;
    }
    for (rel, text) in FILES {
        let path = dir.join(rel);
        if let Err(e) = write_new(&path, text) {
            errln!(
                "error: cannot write {}: {e}\nthe new site in {} is incomplete: remove it and run `tongbao init` again",
                path.display(),
                dir.display()
            );
            return EXIT_CONTENT;
        }
    }
    let shown = dir.display();
    outln!("created a new site in {shown} (示例：云溪区，12个项目，2026年7—9月进展):");
    for (rel, _) in FILES {
        outln!("  {rel}");
    }
    outln!(
        "\nnext (README.md explains every file and the monthly steps):\n  cd {shown}\n  tongbao check              # 检查数据\n  tongbao build              # 生成网站，然后打开 output/index.html\n  tongbao new {NEXT_MONTH}        # 生成下个月的进度文件和通报框架"
    );
    0
}

/// Why `dir` may not receive a new site: it exists and is not an empty folder.
fn refuse(dir: &Path) -> Result<(), String> {
    if !dir.exists() {
        return Ok(());
    }
    if !dir.is_dir() {
        return Err(format!(
            "{} exists and is not a folder; choose a new folder name",
            dir.display()
        ));
    }
    let mut entries = std::fs::read_dir(dir)
        .map_err(|e| format!("cannot read the folder {}: {e}", dir.display()))?;
    if entries.next().is_some() {
        return Err(format!(
            "{} already exists and is not empty; tongbao init only writes into a new or empty folder, so that nothing is overwritten. Choose another name, e.g. `tongbao init xm-yuebao`",
            dir.display()
        ));
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
