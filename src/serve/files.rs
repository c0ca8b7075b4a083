//! Which file of the output folder a request path names, and its Content-Type.
//!
//! A request path is percent-decoded first; then anything that could reach
//! outside the output folder is refused (`..` and `.` segments, backslashes, NUL
//! bytes, a leading `//`, drive letters); finally the file's canonical path must
//! lie inside the canonical output folder, so a link inside the output cannot
//! lead out of it either.

use std::path::{Path, PathBuf};

/// What a request path names in the output folder.
#[derive(Debug, PartialEq, Eq)]
pub enum Target {
    /// A file to send.
    File(PathBuf),
    /// A folder asked for without its trailing slash: redirect to `path/`, so
    /// that the relative links of its index.html resolve.
    AddSlash,
    /// Nothing that may be served.
    NotFound,
}

/// Decodes `%XX` escapes; `None` when an escape is malformed or the result is not UTF-8.
pub fn percent_decode(raw: &str) -> Option<String> {
    let bytes = raw.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = bytes.get(i + 1..i + 3)?;
            let hex = std::str::from_utf8(hex).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// The safe path segments of a request path (without query), or `None` when
/// the path must be refused. The empty list is the root folder.
pub fn segments(raw_path: &str) -> Option<Vec<String>> {
    let decoded = percent_decode(raw_path)?;
    let rest = decoded.strip_prefix('/')?;
    if rest.starts_with('/') || decoded.contains(['\0', '\\']) {
        return None;
    }
    let mut out = Vec::new();
    for seg in rest.split('/') {
        match seg {
            "" => continue,
            "." | ".." => return None,
            s if s.contains(':') || s.chars().any(char::is_control) => return None,
            s => out.push(s.to_string()),
        }
    }
    Some(out)
}

/// Resolves a request path to a file inside `root` (the output folder).
pub fn resolve(root: &Path, raw_path: &str) -> Target {
    let Some(segs) = segments(raw_path) else {
        return Target::NotFound;
    };
    let Ok(root) = root.canonicalize() else {
        return Target::NotFound;
    };
    let mut path = root.clone();
    for s in &segs {
        path.push(s);
    }
    let Ok(mut path) = path.canonicalize() else {
        return Target::NotFound;
    };
    if !path.starts_with(&root) {
        return Target::NotFound;
    }
    if path.is_dir() {
        if !raw_path.ends_with('/') {
            return Target::AddSlash;
        }
        path.push("index.html");
        match path.canonicalize() {
            Ok(p) if p.starts_with(&root) && p.is_file() => path = p,
            _ => return Target::NotFound,
        }
    }
    if path.is_file() {
        Target::File(path)
    } else {
        Target::NotFound
    }
}

/// The Content-Type of a file, by its extension (case-insensitive).
pub fn content_type(path: &Path) -> &'static str {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    match ext.as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "svg" => "image/svg+xml",
        "json" => "application/json",
        "csv" => "text/csv; charset=utf-8",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "xml" => "application/xml",
        "txt" => "text/plain; charset=utf-8",
        "pdf" => "application/pdf",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        _ => "application/octet-stream",
    }
}

/// Whether a Content-Type is an HTML page (which gets the reload script).
pub fn is_html(content_type: &str) -> bool {
    content_type.starts_with("text/html")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    #[test]
    fn decodes_and_refuses_bad_escapes() {
        assert_eq!(percent_decode("/a%20b").as_deref(), Some("/a b"));
        assert_eq!(
            percent_decode("/%E5%B7%A5%E4%B8%9A").as_deref(),
            Some("/工业")
        );
        assert_eq!(percent_decode("/%zz"), None);
        assert_eq!(percent_decode("/%2"), None);
        assert_eq!(percent_decode("/%ff"), None);
    }

    #[test]
    fn refuses_escapes_from_the_root() {
        for bad in [
            "/../Cargo.toml",
            "/%2e%2e/%2e%2e/etc/passwd",
            "/%2E%2E/x",
            "/..%2f..%2fetc/passwd",
            "/static/..%5c..%5c",
            "/static/..\\..\\x",
            "//etc/passwd",
            "/%2fetc/passwd",
            "/a/./b",
            "/a%00b",
            "/C:/Windows",
            "relative",
            "",
        ] {
            assert_eq!(segments(bad), None, "{bad}");
        }
        assert_eq!(segments("/"), Some(vec![]));
        assert_eq!(
            segments("/bulletins/2025-02/"),
            Some(vec!["bulletins".into(), "2025-02".into()])
        );
        assert_eq!(segments("/a//b"), Some(vec!["a".into(), "b".into()]));
    }

    #[test]
    fn resolves_files_folders_and_links_inside_only() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().join("out");
        fs::create_dir_all(root.join("b")).unwrap();
        fs::create_dir_all(root.join("empty")).unwrap();
        fs::write(root.join("index.html"), "i").unwrap();
        fs::write(root.join("b/index.html"), "b").unwrap();
        fs::write(tmp.path().join("secret.txt"), "s").unwrap();
        let root_c = root.canonicalize().unwrap();
        assert_eq!(resolve(&root, "/"), Target::File(root_c.join("index.html")));
        assert_eq!(
            resolve(&root, "/b/"),
            Target::File(root_c.join("b/index.html"))
        );
        assert_eq!(resolve(&root, "/b"), Target::AddSlash);
        assert_eq!(resolve(&root, "/empty/"), Target::NotFound);
        assert_eq!(resolve(&root, "/missing.html"), Target::NotFound);
        assert_eq!(resolve(&root, "/../secret.txt"), Target::NotFound);
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(tmp.path().join("secret.txt"), root.join("link.txt"))
                .unwrap();
            assert_eq!(resolve(&root, "/link.txt"), Target::NotFound);
        }
    }

    #[test]
    fn content_types() {
        let ct = |p: &str| content_type(Path::new(p));
        assert_eq!(ct("a/index.html"), "text/html; charset=utf-8");
        assert_eq!(ct("s.CSS"), "text/css; charset=utf-8");
        assert_eq!(ct("x.svg"), "image/svg+xml");
        assert_eq!(ct("t.csv"), "text/csv; charset=utf-8");
        assert_eq!(ct("p.JPG"), "image/jpeg");
        assert_eq!(ct("m.json"), "application/json");
        assert_eq!(ct("noext"), "application/octet-stream");
        assert_eq!(ct("x.exe"), "application/octet-stream");
        assert!(is_html(ct("a.htm")));
    }
}
