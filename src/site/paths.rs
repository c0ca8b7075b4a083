//! Where every page goes, and relative links between them.
//!
//! Every page is `…/index.html` in its own folder; links name the file, not the
//! folder, so that the site works opened from disk. A page links to another as
//! `root + path`, where `root` climbs from the page's folder to the site's root.

use crate::content::derive_id;
use crate::model::Month;

/// The home page.
pub const INDEX: &str = "index.html";
/// The stylesheet.
pub const STYLE: &str = "static/style.css";
/// The Atom feed of bulletins (written only when site.yaml sets `base_url`).
pub const FEED: &str = "feed.xml";
/// The sitemap (written only when site.yaml sets `base_url`).
pub const SITEMAP: &str = "sitemap.xml";
/// The search index, a script defining `window.TONGBAO_SEARCH_INDEX`.
pub const SEARCH_INDEX: &str = "static/search-index.js";

/// A bulletin page.
pub fn bulletin(m: Month) -> String {
    format!("bulletins/{m}/index.html")
}

/// A file beside a bulletin page (metrics.json, CSV files).
pub fn bulletin_file(m: Month, name: &str) -> String {
    format!("bulletins/{m}/{name}")
}

/// The single-file copy of a bulletin (`bulletins/2021-09/2021-09-bulletin.html`):
/// styles inline, no reference to another file, to send as an attachment.
pub fn bulletin_single(m: Month) -> String {
    format!("bulletins/{m}/{m}-bulletin.html")
}

/// A project page (its id is already a safe ASCII name).
pub fn project(id: &str) -> String {
    format!("projects/{id}/index.html")
}

/// A department page.
pub fn unit(id: &str) -> String {
    format!("units/{id}/index.html")
}

/// A leader's page.
pub fn leader(name: &str) -> String {
    format!("leaders/{}/index.html", derive_id(name))
}

/// A category page.
pub fn category(name: &str) -> String {
    format!("categories/{}/index.html", derive_id(name))
}

/// A location page.
pub fn location(name: &str) -> String {
    format!("locations/{}/index.html", derive_id(name))
}

/// A Markdown page from pages/.
pub fn page(slug: &str) -> String {
    format!("pages/{slug}/index.html")
}

/// The list of all of a kind (`projects/index.html` …).
pub fn list(kind: &str) -> String {
    format!("{kind}/index.html")
}

/// An asset under content/assets, copied as it is.
pub fn asset(rel: &str) -> String {
    format!("assets/{rel}")
}

/// The relative prefix from the folder of `page` to the site root: `""` for
/// `index.html`, `"../../"` for `bulletins/2021-09/index.html`.
pub fn root_of(page: &str) -> String {
    "../".repeat(page.matches('/').count())
}

/// The public address of `path` under `base` (which ends in `/`): a folder's
/// `index.html` is named by the folder (`https://x.gov.cn/xm/bulletins/2021-09/`),
/// as servers show it and as canonical links and the sitemap give it.
pub fn public_url(base: &str, path: &str) -> String {
    let path = path.strip_suffix("index.html").unwrap_or(path);
    format!("{base}{}", encode_path(path))
}

/// Percent-encodes the characters of a relative path that are not safe in an
/// href (spaces, `#`, `?`, `%`, non-ASCII); `/` is kept.
pub fn encode_path(p: &str) -> String {
    let mut out = String::with_capacity(p.len());
    for b in p.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roots_climb_to_the_site() {
        assert_eq!(root_of(INDEX), "");
        assert_eq!(
            root_of(&bulletin(Month::parse("2021-09").unwrap())),
            "../../"
        );
        assert_eq!(root_of(&project("HS-1")), "../../");
        assert_eq!(
            encode_path("2021-09/现场 1.jpg"),
            "2021-09/%E7%8E%B0%E5%9C%BA%201.jpg"
        );
        assert!(category("工业").starts_with("categories/u-"));
        let base = "https://example.gov.cn/xm/";
        assert_eq!(public_url(base, INDEX), base);
        assert_eq!(
            public_url(base, &project("HS-1")),
            "https://example.gov.cn/xm/projects/HS-1/"
        );
        assert_eq!(public_url(base, FEED), "https://example.gov.cn/xm/feed.xml");
        assert_eq!(
            public_url(base, &page("关于")),
            "https://example.gov.cn/xm/pages/%E5%85%B3%E4%BA%8E/"
        );
    }
}
