//! The single-file bulletin (单页版): a rendered bulletin page made to stand
//! alone, to send as a chat attachment or by e-mail and open on a phone.
//!
//! The page is rendered by the theme as usual (with `single` set, so that the
//! navigation, the search box and the download links are left out); then every
//! reference in it is rewritten here, whatever the theme wrote: stylesheets of
//! the theme are inlined in a `<style>`, photos under content/assets become
//! `data:` URLs (or are left out, keeping their alt text), scripts with a `src`
//! are dropped, links to other pages of the site become absolute under
//! `base_url` or, without it, plain text (`<span>`), and download links go.
//! `#…` anchors, `data:` URLs and links to other hosts (a commentary may cite a
//! policy document) are kept. Charts are inline SVG already.

use super::html::{self, find_ci, StartTag};
use crate::escape::{escape, Markup};
use crate::site::paths;

/// Elements that [`Inliner::standalone`] rewrites whatever their attributes.
const SPECIAL_ELEMENTS: &[&str] = &[
    "a", "area", "link", "base", "img", "input", "source", "embed", "track", "script", "style",
    "object",
];

/// Attributes that can load a file or leave the page ([`Inliner::tag`] looks
/// at them on any element).
const RISKY_ATTRIBUTES: &[&str] = &[
    "src",
    "href",
    "xlink:href",
    "srcset",
    "poster",
    "background",
    "action",
    "formaction",
    "ping",
    "data",
    "style",
];

/// What a page needs to stand alone.
pub struct Inliner<'a> {
    /// site.yaml `base_url` (ending in `/`): links to other pages of the site
    /// become absolute under it; without it they become plain text.
    pub base_url: Option<&'a str>,
    /// The theme's static files (path under static/, bytes): stylesheets and
    /// what they reference are inlined from them.
    pub statics: &'a [(String, Vec<u8>)],
    /// The files under content/assets (path under it, bytes), sorted by path.
    pub assets: &'a [crate::content::files::Asset],
    /// Inline photos as `data:` URLs (site.yaml `single_file_photos: inline`,
    /// the default); else leave them out and keep their alt text.
    pub photos: bool,
}

/// Where a reference in the page points.
#[derive(Debug, PartialEq)]
enum Target {
    /// `#…` or a `data:` URL: kept as it is.
    Keep,
    /// Another host or scheme (`https:`, `mailto:`): a link to it is kept, a
    /// resource from it is dropped.
    Outside,
    /// A file of the site (path from the root) and the fragment (`#x` or empty).
    Site(String, String),
    /// A relative reference that climbs out of the site.
    Bad,
}

impl Inliner<'_> {
    /// Rewrites `page_html`, rendered for the page at `page` (a path from the
    /// site root, which relative references are resolved against), into a
    /// self-contained document.
    pub fn standalone(&self, page_html: &str, page: &str) -> String {
        // The page with its stylesheets inlined: photos as `data:` URLs may
        // make it larger still (the string grows then).
        let styles: usize = self.statics.iter().map(|(_, b)| b.len()).sum();
        let mut out = String::with_capacity(page_html.len() + styles);
        // For each open `<a>`: whether it was turned into a `<span>`.
        let mut anchors: Vec<bool> = Vec::new();
        let mut rest = page_html;
        // Where the text not yet copied to `out` starts: what stays as it is
        // (most of a page) is copied in long runs, not tag by tag.
        let mut kept = 0;
        let at = |rest: &str| page_html.len() - rest.len();
        while let Some(lt) = memchr::memchr(b'<', rest.as_bytes()) {
            rest = &rest[lt..];
            if rest.starts_with("<!--") {
                let end = rest.find("-->").map_or(rest.len(), |i| i + 3);
                rest = &rest[end..];
                continue;
            }
            if let Some(after) = rest.strip_prefix("</") {
                let end = memchr::memchr(b'>', rest.as_bytes()).map_or(rest.len(), |i| i + 1);
                let name_len = after
                    .bytes()
                    .position(|c| !c.is_ascii_alphanumeric())
                    .unwrap_or(after.len());
                if after[..name_len].eq_ignore_ascii_case("a") && anchors.pop() == Some(true) {
                    out.push_str(&page_html[kept..at(rest)]);
                    out.push_str("</span>");
                    kept = at(rest) + end;
                }
                rest = &rest[end..];
                continue;
            }
            // Most tags (table cells, chart shapes) have nothing to rewrite.
            if let Some(len) = html::plain_tag_len(rest, SPECIAL_ELEMENTS, RISKY_ATTRIBUTES) {
                rest = &rest[len..];
                continue;
            }
            if let Some(len) = self.site_link_len(rest, page) {
                out.push_str(&page_html[kept..at(rest)]);
                out.push_str("<span>");
                anchors.push(true);
                rest = &rest[len..];
                kept = at(rest);
                continue;
            }
            let Some(tag) = html::start_tag(rest) else {
                rest = &rest[1..];
                continue;
            };
            // A tag to rewrite: the text before it goes as it was.
            out.push_str(&page_html[kept..at(rest)]);
            let raw = &rest[..tag.len];
            rest = &rest[tag.len..];
            match tag.name.as_str() {
                "script" | "style" => {
                    let close = format!("</{}", tag.name);
                    let end = find_ci(rest, &close).unwrap_or(rest.len());
                    let body = &rest[..end];
                    let after_close = rest[end..].find('>').map_or(rest.len(), |i| end + i + 1);
                    if tag.name == "script" {
                        if tag.attr("src").is_none() {
                            out.push_str(raw);
                            out.push_str(&rest[..after_close]);
                        }
                    } else {
                        out.push_str(&self.tag(&tag, page, &mut anchors).unwrap_or_default());
                        out.push_str(&self.css(body, page));
                        out.push_str(&rest[end..after_close]);
                    }
                    rest = &rest[after_close..];
                }
                "a" if tag.attr("download").is_some()
                    && matches!(self.target(tag.attr("href"), page), Target::Site(..)) =>
                {
                    // A download link (CSV, Excel, this very file): dropped with its text.
                    let end = find_ci(rest, "</a").map_or(rest.len(), |i| {
                        rest[i..].find('>').map_or(rest.len(), |j| i + j + 1)
                    });
                    rest = &rest[end..];
                }
                _ => {
                    if let Some(t) = self.tag(&tag, page, &mut anchors) {
                        out.push_str(&t);
                    }
                }
            }
            kept = at(rest);
        }
        out.push_str(&page_html[kept..]);
        out
    }

    /// The length of the start tag `<a href="…">` (with nothing else in it) at
    /// the start of `s`, when the copy shows it as plain text (`<span>`): a
    /// link to another page of the site without `base_url`. The links of a
    /// bulletin's lists (tens of thousands on a large site) are all of this
    /// kind; they skip [`Self::tag`]'s general rewriting, which gives the same.
    fn site_link_len(&self, s: &str, page: &str) -> Option<usize> {
        const OPEN: &str = "<a href=\"";
        if self.base_url.is_some() {
            return None;
        }
        let value = s.strip_prefix(OPEN)?;
        let end = memchr::memchr2(b'"', b'&', value.as_bytes())?;
        if !value[end..].starts_with("\">") {
            return None;
        }
        match self.target(Some(&value[..end]), page) {
            Target::Site(path, _) if !path.is_empty() => Some(OPEN.len() + end + 2),
            Target::Bad => Some(OPEN.len() + end + 2),
            _ => None,
        }
    }

    /// Where `url` (an attribute value, entities decoded) points from the page
    /// at `page`; a link to the page itself is a fragment (`Site("", "#x")`).
    fn target(&self, url: Option<&str>, page: &str) -> Target {
        let Some(url) = url.map(str::trim) else {
            return Target::Keep;
        };
        if url.starts_with('#')
            || url
                .get(..5)
                .is_some_and(|s| s.eq_ignore_ascii_case("data:"))
        {
            return Target::Keep;
        }
        let first_sep = url.find(['/', '?', '#']).unwrap_or(url.len());
        if url.starts_with("//") || url[..first_sep].contains(':') {
            return Target::Outside;
        }
        let (path, frag) = match url.find('#') {
            Some(i) => (&url[..i], &url[i..]),
            None => (url, ""),
        };
        let path = path.split('?').next().unwrap_or_default();
        let path = html::percent_decode(path);
        // Borrowed segments: this runs for every link of a bulletin (tens of
        // thousands on a large site's lists).
        let mut segs: Vec<&str> = page.split('/').collect();
        segs.pop();
        if path.is_empty() {
            return Target::Site(String::new(), frag.to_string());
        }
        if path.starts_with('/') {
            return Target::Bad;
        }
        for s in path.split('/') {
            match s {
                "" | "." => {}
                ".." => {
                    if segs.pop().is_none() {
                        return Target::Bad;
                    }
                }
                s => segs.push(s),
            }
        }
        if path.ends_with('/') || path.ends_with("/.") || path.ends_with("/..") || path == ".." {
            segs.push("index.html");
        }
        let path = segs.join("/");
        if path == page {
            return Target::Site(String::new(), frag.to_string());
        }
        Target::Site(path, frag.to_string())
    }

    /// The tag rewritten, or None when the element is left out (a void element).
    fn tag(&self, tag: &StartTag, page: &str, anchors: &mut Vec<bool>) -> Option<String> {
        let mut t = tag.clone();
        match tag.name.as_str() {
            "a" | "area" => {
                let to_span = match self.target(tag.attr("href"), page) {
                    Target::Keep | Target::Outside => false,
                    Target::Site(path, frag) => match self.base_url {
                        Some(base) if !path.is_empty() => {
                            t.set("href", &format!("{}{frag}", paths::public_url(base, &path)));
                            false
                        }
                        _ if path.is_empty() => {
                            t.set("href", if frag.is_empty() { "#" } else { &frag });
                            false
                        }
                        _ => true,
                    },
                    Target::Bad => true,
                };
                if tag.name == "area" {
                    if to_span {
                        return None;
                    }
                } else {
                    anchors.push(to_span);
                    if to_span {
                        t.name = "span".into();
                        for a in [
                            "href", "download", "rel", "target", "hreflang", "type", "ping",
                        ] {
                            t.remove(a);
                        }
                    }
                }
            }
            "link" => {
                let rel = tag.attr("rel").unwrap_or_default().to_ascii_lowercase();
                let target = self.target(tag.attr("href"), page);
                if rel.split_whitespace().any(|r| r == "stylesheet") {
                    return Some(match target {
                        Target::Site(path, _) => match self.static_file(&path) {
                            Some(bytes) => format!(
                                "<style>\n{}</style>",
                                self.css(&String::from_utf8_lossy(bytes), &path)
                            ),
                            None => String::new(),
                        },
                        _ => String::new(),
                    });
                }
                match (target, self.base_url) {
                    (Target::Keep | Target::Outside, _) => {}
                    (Target::Site(path, frag), Some(base)) => {
                        t.set("href", &format!("{}{frag}", paths::public_url(base, &path)));
                    }
                    _ => return None,
                }
            }
            "base" => return None,
            "img" | "input" | "source" | "embed" | "track" => {
                if let Some(src) = tag.attr("src") {
                    match self.photo(self.target(Some(src), page)) {
                        Some(Some(data)) => t.set("src", &data),
                        Some(None) => {}
                        None => {
                            return Some(if tag.name == "img" {
                                escape(tag.attr("alt").unwrap_or_default(), Markup::Html)
                            } else {
                                String::new()
                            })
                        }
                    }
                }
            }
            _ => {}
        }
        // Whatever else could load a file or leave the page.
        for name in [
            "srcset",
            "poster",
            "background",
            "action",
            "formaction",
            "ping",
            "data",
        ] {
            if tag.name != "object" && name == "data" {
                continue;
            }
            t.remove(name);
        }
        for name in ["src", "href", "xlink:href"] {
            let own = matches!(
                (tag.name.as_str(), name),
                ("a" | "area" | "link", "href")
                    | ("img" | "input" | "source" | "embed" | "track", "src")
            );
            if !own && t.attr(name).is_some() && self.target(t.attr(name), page) != Target::Keep {
                t.remove(name);
            }
        }
        if let Some(style) = tag.attr("style") {
            if find_ci(style, "url(").is_some() {
                t.set("style", &self.css(style, page));
            }
        }
        Some(if t == *tag {
            tag.raw.clone()
        } else {
            t.to_html()
        })
    }

    /// A photo's `data:` URL: `Some(Some(url))` to replace the reference,
    /// `Some(None)` to keep it (it is a `data:` URL already), `None` to leave
    /// the element out.
    fn photo(&self, target: Target) -> Option<Option<String>> {
        match target {
            Target::Keep => Some(None),
            Target::Site(path, _) if self.photos => {
                let rel = path.strip_prefix("assets/")?;
                let i = self
                    .assets
                    .binary_search_by(|a| a.0.as_str().cmp(rel))
                    .ok()?;
                let mime = mime(rel)?;
                Some(Some(data_url(mime, &self.assets[i].1)))
            }
            _ => None,
        }
    }

    /// A static file of the theme by its path from the site root (`static/…`).
    fn static_file(&self, path: &str) -> Option<&[u8]> {
        let name = path.strip_prefix("static/")?;
        self.statics
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, b)| b.as_slice())
    }

    /// CSS with every `url(…)` inlined from the theme's static files (relative
    /// to the file at `page`: the stylesheet or the page) as a `data:` URL, or
    /// emptied; `</` escaped so that it cannot close the `<style>` element.
    fn css(&self, css: &str, page: &str) -> String {
        let mut out = String::with_capacity(css.len());
        let mut rest = css;
        while let Some(i) = find_ci(rest, "url(") {
            out.push_str(&rest[..i + 4]);
            rest = &rest[i + 4..];
            let end = rest.find(')').unwrap_or(rest.len());
            let inner = rest[..end].trim().trim_matches(['"', '\'']);
            let replaced = match self.target(Some(inner), page) {
                Target::Keep => format!("\"{}\"", inner.replace('"', "%22")),
                Target::Site(path, _) => match (self.static_file(&path), mime(&path)) {
                    (Some(bytes), Some(m)) => format!("\"{}\"", data_url(m, bytes)),
                    _ => "\"data:,\"".to_string(),
                },
                _ => "\"data:,\"".to_string(),
            };
            out.push_str(&replaced);
            rest = &rest[end..];
        }
        out.push_str(rest);
        out.replace("</", "<\\/")
    }
}

/// The media type of a file that may be inlined, by its extension.
fn mime(path: &str) -> Option<&'static str> {
    let ext = path.rsplit_once('.')?.1.to_ascii_lowercase();
    Some(match ext.as_str() {
        "jpg" | "jpeg" => "image/jpeg",
        "png" => "image/png",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "avif" => "image/avif",
        "svg" => "image/svg+xml",
        "woff2" => "font/woff2",
        "woff" => "font/woff",
        "ttf" => "font/ttf",
        "otf" => "font/otf",
        _ => return None,
    })
}

/// A base64 `data:` URL.
pub fn data_url(mime: &str, bytes: &[u8]) -> String {
    const ABC: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(mime.len() + 13 + bytes.len().div_ceil(3) * 4);
    out.push_str("data:");
    out.push_str(mime);
    out.push_str(";base64,");
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for k in 0..4 {
            if k <= chunk.len() {
                out.push(ABC[((n >> (18 - 6 * k)) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inliner<'a>(
        base: Option<&'a str>,
        statics: &'a [(String, Vec<u8>)],
        assets: &'a [crate::content::files::Asset],
        photos: bool,
    ) -> Inliner<'a> {
        Inliner {
            base_url: base,
            statics,
            assets,
            photos,
        }
    }

    const PAGE: &str = "bulletins/2021-09/index.html";

    #[test]
    fn base64_is_standard() {
        assert_eq!(data_url("text/plain", b""), "data:text/plain;base64,");
        assert_eq!(data_url("a/b", b"f"), "data:a/b;base64,Zg==");
        assert_eq!(data_url("a/b", b"fo"), "data:a/b;base64,Zm8=");
        assert_eq!(data_url("a/b", b"foobar"), "data:a/b;base64,Zm9vYmFy");
    }

    #[test]
    fn links_become_text_or_absolute_and_downloads_go() {
        let statics = vec![(
            "style.css".to_string(),
            b"body{background:url(bg.png)} .x{background:url('../nope.png')}".to_vec(),
        )];
        let html = r##"<html><head><link rel="stylesheet" href="../../static/style.css"><link rel="canonical" href="https://x.gov.cn/xm/bulletins/2021-09/"><script src="../../static/search.js" defer></script></head>
<body><a class="skip" href="#main">skip</a><a class="site-title" href="../../index.html">站点</a>
<p><a href="metrics.json" download>metrics.json</a> · <a href="../../projects/HS&#x2F;1/index.html#x">项目<b>一</b></a> <a href="https://gov.cn/a">外部</a> <a href="index.html#top">top</a></p>
<svg><a href="#c"><title>t</title></a></svg><img src="../../assets/a.jpg" alt="现场&amp;照片"><img src="https://other.host/x.png" alt=""></body></html>"##;
        let plain = inliner(None, &statics, &[], true).standalone(html, PAGE);
        assert!(
            plain.contains("<style>\nbody{background:url(\"data:,\")}"),
            "{plain}"
        );
        assert!(!plain.contains("<link rel=\"stylesheet\""), "{plain}");
        assert!(!plain.contains("<script"), "{plain}");
        assert!(!plain.contains("download"), "{plain}");
        assert!(
            plain.contains("<span class=\"site-title\">站点</span>"),
            "{plain}"
        );
        assert!(plain.contains("<span>项目<b>一</b></span>"), "{plain}");
        assert!(
            plain.contains("<a href=\"https://gov.cn/a\">外部</a>"),
            "{plain}"
        );
        assert!(plain.contains("<a href=\"#top\">top</a>"), "{plain}");
        assert!(
            plain.contains("<a class=\"skip\" href=\"#main\">"),
            "{plain}"
        );
        assert!(plain.contains("<a href=\"#c\">"), "{plain}");
        assert!(
            plain.contains("现场&amp;照片"),
            "missing photo keeps its alt: {plain}"
        );
        assert!(!plain.contains("other.host"), "{plain}");
        assert!(plain.contains("<link rel=\"canonical\""), "{plain}");

        let abs = inliner(Some("https://x.gov.cn/xm/"), &statics, &[], true).standalone(html, PAGE);
        assert!(
            abs.contains("<a class=\"site-title\" href=\"https://x.gov.cn/xm/\">"),
            "{abs}"
        );
        assert!(
            abs.contains("<a href=\"https://x.gov.cn/xm/projects/HS/1/#x\">"),
            "{abs}"
        );
        assert!(!abs.contains("download"), "{abs}");
    }

    #[test]
    fn plain_links_give_what_the_general_rewriting_gives() {
        // `<a href="…">` alone takes the quick path; with another attribute
        // (here one the general path keeps as it is) it takes the general one.
        // Both must turn the same links into the same text.
        let hrefs = [
            "../../projects/a/index.html",
            "../../projects/a/",
            "../../../../escape.html",
            "index.html",
            "#top",
            "https://gov.cn/a",
            "../../projects/a%20b/index.html?x=1#y",
            "mailto:a@b.cn",
            "",
            " ../../units/u/index.html ",
        ];
        for base in [None, Some("https://x.gov.cn/")] {
            let inl = inliner(base, &[], &[], true);
            for h in hrefs {
                let quick = inl.standalone(&format!("<p><a href=\"{h}\">x</a></p>"), PAGE);
                let general =
                    inl.standalone(&format!("<p><a data-k=\"1\" href=\"{h}\">x</a></p>"), PAGE);
                assert_eq!(
                    quick,
                    general.replace(" data-k=\"1\"", ""),
                    "href {h:?}, base {base:?}"
                );
            }
        }
    }

    #[test]
    fn photos_are_inlined_or_left_out() {
        let assets = vec![("2021-09/a b.png".to_string(), b"PNG".to_vec())];
        let html = r#"<p><img src="../../assets/2021-09/a%20b.png" alt="图"></p><img src="../../../etc/passwd">"#;
        let on = inliner(None, &[], &assets, true).standalone(html, PAGE);
        assert_eq!(
            on,
            r#"<p><img src="data:image/png;base64,UE5H" alt="图"></p>"#
        );
        let off = inliner(None, &[], &assets, false).standalone(html, PAGE);
        assert_eq!(off, "<p>图</p>");
    }
}
