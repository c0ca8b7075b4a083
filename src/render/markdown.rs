//! Markdown to HTML for commentary, descriptions and pages, safe by construction.
//!
//! Raw HTML in the Markdown is shown as text, never passed through, and link and
//! image addresses may only be relative or http(s)/mailto: whatever an author
//! pastes, nothing runs as script in a reader's browser.

use pulldown_cmark::{html, CowStr, Event, Options, Parser, Tag};

/// Whether a link or image address is safe to emit: relative, `#…`, or with a
/// scheme from an allow-list (no `javascript:`, `data:` or `vbscript:`).
pub fn is_safe_url(url: &str) -> bool {
    let u: String = url
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .collect::<String>()
        .to_ascii_lowercase();
    match u.find(':') {
        None => true,
        Some(colon) => {
            // A colon after the first `/`, `?` or `#` is not a scheme separator.
            let first_sep = u.find(['/', '?', '#']).unwrap_or(usize::MAX);
            if colon > first_sep {
                return true;
            }
            let scheme = &u[..colon];
            matches!(scheme, "http" | "https" | "mailto" | "tel")
        }
    }
}

/// The address itself when it is safe, else `#`.
fn safe(url: CowStr<'_>) -> CowStr<'_> {
    if is_safe_url(&url) {
        url
    } else {
        CowStr::Borrowed("#")
    }
}

/// The text of Markdown for searching: each paragraph, heading, list item or
/// table cell on its own line, without markup (raw HTML kept as the text it
/// shows as).
pub fn to_text(md: &str) -> String {
    use pulldown_cmark::TagEnd;
    let opts = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_FOOTNOTES;
    let mut out = String::with_capacity(md.len());
    for ev in Parser::new_ext(md, opts) {
        match ev {
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => {
                out.push_str(&t)
            }
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            Event::End(
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::Item
                | TagEnd::TableCell
                | TagEnd::CodeBlock,
            ) if !out.is_empty() && !out.ends_with('\n') => out.push('\n'),
            _ => {}
        }
    }
    out.trim_end().to_string()
}

/// Renders Markdown to HTML: tables, strikethrough and footnotes enabled; raw HTML
/// escaped; unsafe link and image addresses replaced by `#`.
pub fn to_html(md: &str) -> String {
    let opts = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_FOOTNOTES;
    let parser = Parser::new_ext(md, opts).map(|ev| match ev {
        Event::Html(h) | Event::InlineHtml(h) => Event::Text(h),
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) => Event::Start(Tag::Link {
            link_type,
            dest_url: safe(dest_url),
            title,
            id,
        }),
        Event::Start(Tag::Image {
            link_type,
            dest_url,
            title,
            id,
        }) => Event::Start(Tag::Image {
            link_type,
            dest_url: safe(dest_url),
            title,
            id,
        }),
        other => other,
    });
    let mut out = String::with_capacity(md.len() * 3 / 2);
    html::push_html(&mut out, parser);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_for_search_has_no_markup() {
        let t = to_text(
            "# 总体情况\n\n今年**全区**共安排\n项目[118个](x.html)。\n\n- 紧盯 <b>节点</b>\n- 强化",
        );
        assert_eq!(
            t,
            "总体情况\n今年全区共安排 项目118个。\n紧盯 <b>节点</b>\n强化"
        );
    }

    #[test]
    fn renders_markdown() {
        let h = to_html("## 下一步工作\n\n加快**推进**。\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
        assert!(h.contains("<h2>下一步工作</h2>"));
        assert!(h.contains("<strong>推进</strong>"));
        assert!(h.contains("<table>"));
    }

    #[test]
    fn raw_html_and_script_urls_are_inert() {
        let h = to_html("<script>alert(1)</script>\n\n<img src=x onerror=alert(1)> [a](javascript:alert(1)) [b]( JaVaScRiPt:alert(1)) ![c](data:text/html,x)");
        assert!(!h.contains("<script"), "{h}");
        assert!(!h.contains("<img src=\"x\""), "{h}");
        assert!(!h.to_lowercase().contains("javascript:alert"), "{h}");
        assert!(!h.contains("data:text"), "{h}");
        assert!(h.contains("&lt;script&gt;"));
    }

    #[test]
    fn safe_urls() {
        assert!(is_safe_url("../projects/A/index.html"));
        assert!(is_safe_url("https://example.gov.cn/"));
        assert!(is_safe_url("a/b:c"));
        assert!(!is_safe_url("javascript:alert(1)"));
        assert!(!is_safe_url("java\tscript:alert(1)"));
        assert!(!is_safe_url("vbscript:x"));
        assert!(!is_safe_url("data:text/html;base64,xx"));
    }
}
