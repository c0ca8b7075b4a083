//! The site's files that are used as they are, read before rendering: the
//! theme's overrides (templates and static files under `themes/NAME/`) and
//! the bytes of content/assets. Rendering then never touches the disk.

use std::path::Path;

use super::source::{os_error, read, rel_path, walk_files};
use crate::diagnostics::{Diagnostic, LoadMessage};

/// A site's overrides of the built-in theme, as read from `themes/NAME/`.
#[derive(Debug, Default)]
pub struct ThemeFiles {
    /// Templates: name under templates/, text, and the file as diagnostics
    /// show it (`themes/default/templates/page.html`).
    pub templates: Vec<(String, String, String)>,
    /// Static files: path under static/ and bytes.
    pub statics: Vec<(String, Vec<u8>)>,
}

/// Reads the overrides of `site/themes/NAME` (NAME from site.yaml, or
/// `default`, whose folder may be missing). An unreadable file, or a named
/// theme without a folder, is a diagnostic.
pub fn read_theme(site: &Path, name: Option<&str>) -> Result<ThemeFiles, Vec<Diagnostic>> {
    let mut diags = Vec::new();
    let name = name.unwrap_or("default");
    let dir = site.join("themes").join(name);
    if name != "default" && !dir.is_dir() {
        diags.push(
            Diagnostic::error(
                "content/site.yaml".to_string(),
                LoadMessage::ThemeNotFound {
                    name: name.to_string(),
                },
            )
            .hint(LoadMessage::CreateThemeFolder),
        );
        return Err(diags);
    }
    let mut theme = ThemeFiles::default();
    let (files, d) = walk_files(site, &dir.join("templates"));
    diags.extend(d);
    for f in files {
        match read(site, &f) {
            Ok(src) => theme.templates.push((
                rel_path(&dir.join("templates"), &f),
                src.text,
                rel_path(site, &f),
            )),
            Err(d) => diags.push(d),
        }
    }
    let (files, d) = walk_files(site, &dir.join("static"));
    diags.extend(d);
    for f in files {
        match std::fs::read(&f) {
            Ok(bytes) => theme
                .statics
                .push((rel_path(&dir.join("static"), &f), bytes)),
            Err(e) => diags.push(Diagnostic::error(
                rel_path(site, &f),
                LoadMessage::CannotRead {
                    err: os_error(&e.to_string()),
                },
            )),
        }
    }
    if diags.iter().any(Diagnostic::is_error) {
        return Err(diags);
    }
    Ok(theme)
}

/// A file of content/assets: its path under the folder, and its bytes.
pub type Asset = (String, Vec<u8>);

/// Reads the files `assets` (paths under content/assets, as the ledger lists
/// them), in their order.
pub fn read_assets(site: &Path, assets: &[String]) -> Result<Vec<Asset>, Vec<Diagnostic>> {
    use rayon::prelude::*;
    let dir = site.join("content/assets");
    let read: Vec<Result<Asset, Diagnostic>> = assets
        .par_iter()
        .map(|a| match std::fs::read(dir.join(a)) {
            Ok(bytes) => Ok((a.clone(), bytes)),
            Err(e) => Err(Diagnostic::error(
                format!("content/assets/{a}"),
                LoadMessage::CannotRead {
                    err: os_error(&e.to_string()),
                },
            )),
        })
        .collect();
    let mut errors = Vec::new();
    let mut files = Vec::with_capacity(read.len());
    for r in read {
        match r {
            Ok(f) => files.push(f),
            Err(d) => errors.push(d),
        }
    }
    if errors.is_empty() {
        Ok(files)
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overrides_are_read_and_a_missing_theme_is_named() {
        let tmp = tempfile::tempdir().unwrap();
        assert!(read_theme(tmp.path(), None).unwrap().templates.is_empty());
        let t = tmp.path().join("themes/default/templates");
        std::fs::create_dir_all(&t).unwrap();
        std::fs::write(t.join("page.html"), "X").unwrap();
        let theme = read_theme(tmp.path(), None).unwrap();
        assert_eq!(
            theme.templates,
            vec![(
                "page.html".to_string(),
                "X".to_string(),
                "themes/default/templates/page.html".to_string()
            )]
        );
        let errs = read_theme(tmp.path(), Some("nope")).unwrap_err();
        assert!(errs[0].to_string().contains("themes/nope"), "{}", errs[0]);
    }

    #[test]
    fn assets_are_read_in_order_and_a_missing_one_is_named() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("content/assets");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("a.png"), b"A").unwrap();
        std::fs::write(dir.join("b.png"), b"B").unwrap();
        let list = vec!["b.png".to_string(), "a.png".to_string()];
        let read = read_assets(tmp.path(), &list).unwrap();
        assert_eq!(
            read,
            vec![
                ("b.png".into(), b"B".to_vec()),
                ("a.png".into(), b"A".to_vec())
            ]
        );
        let errs = read_assets(tmp.path(), &["c.png".to_string()]).unwrap_err();
        assert!(errs[0].to_string().contains("content/assets/c.png"));
    }
}
