//! Publishing and sharing: the single-file bulletin stands alone, the Atom feed
//! and the sitemap are well-formed XML with absolute addresses (only when
//! site.yaml sets base_url), and the search index lists every page to find.

mod common;

use common::*;
use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

const BASE: &str = "https://example.gov.cn/xm/";
const ATOM: &str = "http://www.w3.org/2005/Atom";

/// Builds `site` into `site/output`, which it returns.
fn build(site: &Path) -> PathBuf {
    let o = tongbao_at("build", site, &[]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    site.join("output")
}

/// The latest month folder under bulletins/.
fn latest_month(out: &Path) -> String {
    let mut months: Vec<String> = fs::read_dir(out.join("bulletins"))
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.len() == 7 && n.as_bytes()[4] == b'-')
        .collect();
    months.sort();
    months.pop().expect("a bulletin")
}

/// Every attribute (lower-cased name, raw value) of every start tag of `html`,
/// read as a browser's tokenizer does (quoted, unquoted and bare values),
/// skipping comments and the text of `<script>` and `<style>`.
fn attributes(html: &str) -> Vec<(String, String, String)> {
    let b = html.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'<' {
            i += 1;
            continue;
        }
        if html[i..].starts_with("<!--") {
            i += html[i..].find("-->").map_or(b.len() - i, |k| k + 3);
            continue;
        }
        if i + 1 >= b.len() || !b[i + 1].is_ascii_alphabetic() {
            i += 1;
            continue;
        }
        let start = i + 1;
        i = start;
        while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'>' && b[i] != b'/' {
            i += 1;
        }
        let tag = html[start..i].to_ascii_lowercase();
        loop {
            while i < b.len() && (b[i].is_ascii_whitespace() || b[i] == b'/') {
                i += 1;
            }
            if i >= b.len() || b[i] == b'>' {
                i += 1;
                break;
            }
            let n0 = i;
            while i < b.len() && !b[i].is_ascii_whitespace() && !matches!(b[i], b'=' | b'>' | b'/')
            {
                i += 1;
            }
            let name = html[n0..i].to_ascii_lowercase();
            let mut value = String::new();
            if i < b.len() && b[i] == b'=' {
                i += 1;
                if b[i] == b'"' || b[i] == b'\'' {
                    let q = b[i];
                    let end = i + 1 + html[i + 1..].bytes().position(|c| c == q).unwrap();
                    value = html[i + 1..end].to_string();
                    i = end + 1;
                } else {
                    let end = i + html[i..]
                        .bytes()
                        .position(|c| c.is_ascii_whitespace() || c == b'>')
                        .unwrap();
                    value = html[i..end].to_string();
                    i = end;
                }
            }
            out.push((tag.clone(), name, value));
        }
        if tag == "script" || tag == "style" {
            let close = format!("</{tag}");
            i += html[i..].find(&close).unwrap_or(b.len() - i);
        }
    }
    out
}

#[test]
fn single_file_bulletin_stands_alone() {
    let out = demo_output();
    let month = latest_month(out);
    let dir = out.join("bulletins").join(&month);
    let name = format!("{month}-bulletin.html");
    let html = fs::read_to_string(dir.join(&name)).unwrap();
    eprintln!("{name}: {} bytes", html.len());

    let attrs = attributes(&html);
    assert!(attrs.len() > 500, "only {} attributes read", attrs.len());
    for (tag, name, value) in &attrs {
        if matches!(
            name.as_str(),
            "href" | "src" | "srcset" | "xlink:href" | "action" | "formaction" | "poster" | "data"
        ) {
            assert!(
                value.starts_with('#') || value.starts_with("data:"),
                "<{tag} {name}=\"{value}\"> refers to another file"
            );
        }
        assert!(
            !(tag == "link" || tag == "script" && name == "src"),
            "<{tag} {name}=\"{value}\"> left in the single file"
        );
    }
    assert!(!html.contains("url("), "the CSS refers to a file");
    assert!(
        !attrs.iter().any(|a| a.1 == "download")
            && !html.contains("下载CSV")
            && !html.contains("下载Excel")
            && !html.contains("下载单页版"),
        "a download link is left"
    );
    // The page itself: styles inline, charts, tables, commentary, phone layout.
    assert!(html.contains("<style>") && html.contains(".site-header"));
    assert!(html.contains("@media (max-width: 600px)"));
    assert!(html.contains("<meta name=\"viewport\" content=\"width=device-width"));
    let page = fs::read_to_string(dir.join("index.html")).unwrap();
    assert_eq!(
        html.matches("<svg").count(),
        page.matches("<svg").count(),
        "every chart"
    );
    assert!(html.matches("<svg").count() >= 6);
    assert_eq!(
        html.matches("<table").count(),
        page.matches("<table").count(),
        "every table"
    );
    assert!(html.contains("开复工率") && html.contains("分产业类别完成情况"));
    assert!(!html.contains("class=\"site-nav\"") && !html.contains("class=\"search\""));
    // The bulletin page offers it.
    assert!(
        page.contains(&format!("<a href=\"{name}\" download>下载单页版</a>")),
        "the bulletin page does not link {name}"
    );
    // Every bulletin has one.
    for e in fs::read_dir(out.join("bulletins")).unwrap() {
        let e = e.unwrap();
        if e.path().join("metrics.json").is_file() {
            let m = e.file_name().into_string().unwrap();
            assert!(e.path().join(format!("{m}-bulletin.html")).is_file(), "{m}");
        }
    }
}

/// A copy of the small fixture with `base_url` set (or not).
fn small_site(base_url: bool) -> (tempfile::TempDir, PathBuf) {
    let (tmp, site) = site_copy("small");
    if base_url {
        let yaml = site.join("content/site.yaml");
        let text = fs::read_to_string(&yaml).unwrap();
        fs::write(&yaml, format!("{text}base_url: {BASE}\n")).unwrap();
    }
    (tmp, site)
}

fn html_pages(out: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = walkdir::WalkDir::new(out)
        .into_iter()
        .filter_map(Result::ok)
        .map(|e| e.into_path())
        .filter(|p| p.file_name().is_some_and(|n| n == "index.html"))
        .collect();
    v.sort();
    v
}

#[test]
fn feed_and_sitemap_with_base_url() {
    let (_tmp, site) = small_site(true);
    // A title that needs escaping in XML.
    edit(
        &site,
        "content/site.yaml",
        "title: 测试区重点项目建设月报",
        "title: \"测试区<重点>项目 & 月报\"",
    );
    let out = build(&site);
    let feed_text = fs::read_to_string(out.join("feed.xml")).unwrap();
    let feed = roxmltree::Document::parse(&feed_text).expect("feed.xml is well-formed XML");
    let root = feed.root_element();
    assert_eq!(root.tag_name().name(), "feed");
    assert_eq!(root.tag_name().namespace(), Some(ATOM));
    let child = |n: roxmltree::Node<'_, '_>, name: &str| {
        n.children()
            .find(|c| c.has_tag_name((ATOM, name)))
            .unwrap_or_else(|| panic!("no <{name}>"))
            .text()
            .unwrap_or("")
            .to_string()
    };
    assert_eq!(child(root, "title"), "测试区<重点>项目 & 月报");
    assert_eq!(child(root, "id"), BASE);
    let entries: Vec<_> = root
        .children()
        .filter(|c| c.has_tag_name((ATOM, "entry")))
        .collect();
    let months = ["2025-02", "2025-01", "2024-12"];
    assert_eq!(entries.len(), months.len(), "every bulletin, once");
    for (e, m) in entries.iter().zip(months) {
        let url = format!("{BASE}bulletins/{m}/");
        assert_eq!(child(*e, "id"), url, "newest first");
        let link = e
            .children()
            .find(|c| c.has_tag_name((ATOM, "link")))
            .and_then(|l| l.attribute("href"))
            .unwrap();
        assert_eq!(link, url);
        assert!(child(*e, "summary").contains("开复工率"), "{m}");
        assert!(!child(*e, "title").is_empty());
    }
    // 2025-02 has a commentary dated 2025-03-05; the others end their month.
    assert_eq!(child(entries[0], "updated"), "2025-03-05T00:00:00Z");
    assert_eq!(child(entries[1], "updated"), "2025-01-31T00:00:00Z");
    assert_eq!(child(root, "updated"), "2025-03-05T00:00:00Z");
    for n in feed.descendants() {
        for a in n.attributes().filter(|a| a.name() == "href") {
            assert!(a.value().starts_with(BASE), "{}", a.value());
        }
    }

    let map_text = fs::read_to_string(out.join("sitemap.xml")).unwrap();
    let map = roxmltree::Document::parse(&map_text).expect("sitemap.xml is well-formed XML");
    let ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    assert!(map.root_element().has_tag_name((ns, "urlset")));
    let locs: BTreeSet<String> = map
        .descendants()
        .filter(|n| n.has_tag_name((ns, "loc")))
        .map(|n| n.text().unwrap().to_string())
        .collect();
    let pages: BTreeSet<String> = html_pages(&out)
        .iter()
        .map(|p| {
            let rel = p
                .strip_prefix(&out)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            format!("{BASE}{}", rel.strip_suffix("index.html").unwrap())
        })
        .collect();
    assert!(pages.len() > 20);
    assert_eq!(locs, pages, "the sitemap lists every page");

    // Every page links the feed (relative) and names its canonical address.
    for p in html_pages(&out) {
        let html = fs::read_to_string(&p).unwrap();
        let root_prefix = "../".repeat(p.strip_prefix(&out).unwrap().components().count() - 1);
        assert!(
            html.contains(&format!(
                "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"测试区&lt;重点&gt;项目 &amp; 月报\" href=\"{root_prefix}feed.xml\">"
            )),
            "{}: no feed link",
            p.display()
        );
        assert!(
            html.contains(&format!("<link rel=\"canonical\" href=\"{BASE}")),
            "{}",
            p.display()
        );
    }
    // The single-file bulletin links the site absolutely.
    let single = fs::read_to_string(out.join("bulletins/2025-02/2025-02-bulletin.html")).unwrap();
    assert!(
        single.contains(&format!("href=\"{BASE}projects/T-")),
        "project links absolute"
    );
    for (_, name, value) in attributes(&single) {
        if name == "href" || name == "src" {
            assert!(
                value.starts_with('#') || value.starts_with("data:") || value.starts_with(BASE),
                "{name}={value}"
            );
        }
    }

    // The same content gives the same bytes.
    let again = site.join("again");
    let o = tongbao_at("build", &site, &["--output", again.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    for f in ["feed.xml", "sitemap.xml", "static/search-index.js"] {
        assert_eq!(
            fs::read(out.join(f)).unwrap(),
            fs::read(again.join(f)).unwrap(),
            "{f}"
        );
    }
}

#[test]
fn no_feed_or_sitemap_without_base_url() {
    let (_tmp, site) = small_site(false);
    let out = build(&site);
    assert!(!out.join("feed.xml").exists());
    assert!(!out.join("sitemap.xml").exists());
    for p in html_pages(&out) {
        let html = fs::read_to_string(&p).unwrap();
        assert!(!html.contains("application/atom+xml"), "{}", p.display());
        assert!(!html.contains("rel=\"canonical\""), "{}", p.display());
        for (tag, name, value) in attributes(&html) {
            assert!(
                !((name == "href" || name == "src") && value.contains("://")),
                "{}: <{tag} {name}=\"{value}\">",
                p.display()
            );
        }
    }
}

#[test]
fn search_index_lists_what_there_is_to_find() {
    let out = demo_output();
    let js = fs::read_to_string(out.join("static/search-index.js")).unwrap();
    eprintln!("search-index.js: {} bytes", js.len());
    let json = js
        .strip_prefix("window.TONGBAO_SEARCH_INDEX=")
        .and_then(|s| s.strip_suffix(";\n"))
        .expect("a script defining window.TONGBAO_SEARCH_INDEX");
    let index: serde_json::Value = serde_json::from_str(json).unwrap();
    let types = index["types"].as_array().unwrap();
    let labels: Vec<&str> = types.iter().map(|t| t["label"].as_str().unwrap()).collect();
    assert_eq!(
        labels,
        [
            "项目",
            "责任单位",
            "包保领导",
            "产业类别",
            "乡镇园区",
            "月报",
            "说明"
        ]
    );
    let mut targets = 0;
    for t in types {
        let docs = t["docs"].as_array().unwrap();
        assert!(!docs.is_empty(), "{}", t["label"]);
        for d in docs {
            let path = format!(
                "{}{}{}",
                t["prefix"].as_str().unwrap(),
                d[0].as_str().unwrap(),
                t["suffix"].as_str().unwrap()
            );
            assert!(out.join(&path).is_file(), "{path} does not exist");
            assert!(!d[1].as_str().unwrap().is_empty());
            targets += 1;
        }
    }
    assert_eq!(types[0]["docs"].as_array().unwrap().len(), 150);
    assert_eq!(types[1]["docs"].as_array().unwrap().len(), 12);
    assert_eq!(types[5]["docs"].as_array().unwrap().len(), 21);
    assert!(targets > 200, "{targets}");
    // Every page but the single-file copies has the search box and its script.
    for p in html_pages(out) {
        let html = fs::read_to_string(&p).unwrap();
        assert!(
            html.contains("<form class=\"search\" role=\"search\" hidden")
                && html.contains("static/search.js\" defer></script>"),
            "{}: no search box",
            p.display()
        );
    }
}

#[test]
fn photos_in_the_single_file_are_inlined_or_omitted() {
    let (_tmp, site) = small_site(false);
    edit(
        &site,
        "content/bulletins/2025-02.md",
        "加快推进项目建设。",
        "加快推进项目建设。\n\n![厂房主体施工](../../assets/2025-02/t001.svg)",
    );
    let out = build(&site);
    let page = fs::read_to_string(out.join("bulletins/2025-02/index.html")).unwrap();
    assert!(
        page.contains("src=\"../../assets/2025-02/t001.svg\""),
        "the page shows the photo"
    );
    let single = fs::read_to_string(out.join("bulletins/2025-02/2025-02-bulletin.html")).unwrap();
    assert!(
        single.contains("<img src=\"data:image/svg+xml;base64,")
            && single.contains("alt=\"厂房主体施工\""),
        "the photo is not inlined"
    );

    edit(
        &site,
        "content/site.yaml",
        "percent_decimals: 1",
        "percent_decimals: 1\nsingle_file_photos: omit",
    );
    let out = build(&site);
    let single = fs::read_to_string(out.join("bulletins/2025-02/2025-02-bulletin.html")).unwrap();
    assert!(!single.contains("<img"), "the photo is left out");
    assert!(single.contains("厂房主体施工"), "its caption stays");

    edit(
        &site,
        "content/site.yaml",
        "single_file_photos: omit",
        "single_file_photos: yes",
    );
    let o = tongbao_at("build", &site, &[]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("single_file_photos must be inline or omit"),
        "{}",
        stderr(&o)
    );
}
