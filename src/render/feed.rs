//! The Atom feed of bulletins (`feed.xml`) and the sitemap (`sitemap.xml`),
//! written only when site.yaml sets `base_url`: both need absolute addresses.

use super::bulletin;
use super::summary::summary;
use super::view::Ctx;
use crate::escape::{escape, Markup};
use crate::model::Date;
use crate::site::paths;

/// A bulletin's date in the feed: its commentary's `date`, else the last day
/// of its month.
pub fn entry_date(ctx: &Ctx, m: crate::model::Month) -> Date {
    ctx.ledger
        .bulletins
        .get(&m)
        .and_then(|c| c.date)
        .unwrap_or_else(|| m.last_day())
}

/// An RFC 3339 time for a date (midnight UTC), as Atom wants it.
fn atom_time(d: Date) -> String {
    format!("{d}T00:00:00Z")
}

/// The Atom feed of every bulletin under `base` (ending in `/`), newest first:
/// title, the date of [`entry_date`], the default written summary as text, the
/// bulletin's absolute address as link and id. `updated` is the newest entry's
/// date, so the same content gives the same bytes.
pub fn atom(ctx: &Ctx, base: &str) -> String {
    let site = &ctx.ledger.site;
    let entries: Vec<(Date, &crate::metrics::MonthMetrics)> = ctx
        .metrics
        .iter()
        .rev()
        .map(|m| (entry_date(ctx, m.period), m))
        .collect();
    let updated = entries
        .iter()
        .map(|(d, _)| *d)
        .max()
        .map_or_else(|| "1970-01-01T00:00:00Z".to_string(), atom_time);
    let mut x = String::with_capacity(1024 + entries.len() * 1024);
    x.push_str("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    x.push_str(&format!(
        "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">\n",
        escape(ctx.lang().tag(), Markup::Xml)
    ));
    x.push_str(&format!(
        "  <title>{}</title>\n",
        escape(&site.title, Markup::Xml)
    ));
    x.push_str(&format!(
        "  <subtitle>{}</subtitle>\n",
        escape(&site.publisher, Markup::Xml)
    ));
    x.push_str(&format!("  <id>{}</id>\n", escape(base, Markup::Xml)));
    x.push_str(&format!(
        "  <link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>\n",
        escape(&paths::public_url(base, paths::FEED), Markup::Xml)
    ));
    x.push_str(&format!(
        "  <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
        escape(base, Markup::Xml)
    ));
    x.push_str(&format!("  <updated>{updated}</updated>\n"));
    x.push_str(&format!(
        "  <author><name>{}</name></author>\n",
        escape(&site.publisher, Markup::Xml)
    ));
    x.push_str("  <generator>tongbao</generator>\n");
    for (date, m) in entries {
        let url = paths::public_url(base, &paths::bulletin(m.period));
        x.push_str("  <entry>\n");
        x.push_str(&format!(
            "    <title>{}</title>\n",
            escape(&bulletin::title(ctx, m.period), Markup::Xml)
        ));
        x.push_str(&format!("    <id>{}</id>\n", escape(&url, Markup::Xml)));
        x.push_str(&format!(
            "    <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
            escape(&url, Markup::Xml)
        ));
        x.push_str(&format!("    <published>{}</published>\n", atom_time(date)));
        x.push_str(&format!("    <updated>{}</updated>\n", atom_time(date)));
        x.push_str(&format!(
            "    <summary type=\"text\">{}</summary>\n",
            escape(summary(ctx, m).trim(), Markup::Xml)
        ));
        x.push_str("  </entry>\n");
    }
    x.push_str("</feed>\n");
    x
}

/// The sitemap of `pages` (paths from the site root) under `base`, sorted by
/// address (the home page first).
pub fn sitemap(base: &str, pages: &[String]) -> String {
    let mut urls: Vec<String> = pages.iter().map(|p| paths::public_url(base, p)).collect();
    urls.sort();
    urls.dedup();
    let mut x = String::with_capacity(128 + urls.len() * 80);
    x.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    x.push_str("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for u in urls {
        x.push_str(&format!(
            "  <url><loc>{}</loc></url>\n",
            escape(&u, Markup::Xml)
        ));
    }
    x.push_str("</urlset>\n");
    x
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sitemap_lists_sorted_absolute_addresses() {
        let s = sitemap(
            "https://x.gov.cn/a&b/",
            &[
                "projects/P-1/index.html".to_string(),
                "index.html".to_string(),
            ],
        );
        assert!(s.contains(
            "<url><loc>https://x.gov.cn/a&amp;b/</loc></url>\n  <url><loc>https://x.gov.cn/a&amp;b/projects/P-1/</loc></url>"
        ));
    }
}
