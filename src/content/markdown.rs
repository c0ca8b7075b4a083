//! Markdown files with YAML front matter: bulletins/YYYY-MM.md and pages/*.md.

use super::fields::{untag, FileCtx};
use super::node::Node;
use super::yaml::{self, At};
use crate::diagnostics::LoadMessage;
use crate::model::{Commentary, Month, Page};

/// Splits `---\nYAML\n---\nbody` into the front matter, the body and the body's
/// first line number. A file without front matter is all body.
pub fn split_front_matter(text: &str) -> (Option<&str>, &str, usize) {
    let Some(rest) = text
        .strip_prefix("---\n")
        .or_else(|| text.strip_prefix("---\r\n"))
    else {
        return (None, text, 1);
    };
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == "---" {
            let fm = &rest[..offset];
            let body = &rest[offset + line.len()..];
            let body_line = 2 + fm.matches('\n').count() + 1;
            return (Some(fm), body, body_line);
        }
        offset += line.len();
    }
    (None, text, 1)
}

/// Reads front matter; positions are shifted by the opening `---` line.
fn front_matter<'a>(ctx: &mut FileCtx, fm: Option<&'a str>) -> Option<(Node<'a>, &'a str)> {
    let fm = fm?;
    match yaml::parse(fm) {
        Ok(v) if v.is_null() => None,
        Ok(v) => Some((v, fm)),
        Err(e) => {
            let d = crate::diagnostics::Diagnostic::error(
                ctx.rel.to_string(),
                LoadMessage::FrontMatterSyntax { problem: e.problem },
            )
            .at_opt(e.pos.map(|(l, c)| (l + 1, c)))
            .hint(LoadMessage::FrontMatterIsYaml);
            ctx.diags.push(d);
            None
        }
    }
}

/// Reads a bulletin commentary for `period`.
pub fn commentary(ctx: &mut FileCtx, period: Month) -> Option<Commentary> {
    let text = ctx.text;
    let (fm, body, body_line) = split_front_matter(text);
    let mut c = Commentary {
        period,
        title: None,
        number: None,
        date: None,
        doc_number: None,
        recipients: None,
        cc: None,
        body: body.to_string(),
        body_line,
        file: ctx.rel.to_string(),
    };
    if let Some((v, fm_text)) = front_matter(ctx, fm) {
        let mut sub = FileCtx::new(ctx.rel, fm_text);
        if let Some(obj) = sub.map(&v, At::Root, &LoadMessage::FrontMatter) {
            obj.check_fields(
                &mut sub,
                &["title", "number", "date", "doc_number", "recipients", "cc"],
                &LoadMessage::BulletinFrontMatter,
            );
            c.doc_number = super::front::doc_number(&mut sub, &obj);
            c.recipients = super::front::addressees(&mut sub, &obj, "recipients");
            c.cc = super::front::addressees(&mut sub, &obj, "cc");
            c.title = obj.text(&mut sub, "title");
            c.date = obj.date(&mut sub, "date");
            if let Some(n) = obj.get("number") {
                match untag(n).as_u64() {
                    Some(n @ 1..=999) => c.number = Some(n as u32),
                    _ => sub.error(
                        &At::Root.key("number"),
                        LoadMessage::IssueNumberNotWhole,
                        LoadMessage::WriteIssueNumber,
                    ),
                }
            }
        }
        for mut d in sub.diags {
            d.line = d.line.map(|l| l + 1);
            ctx.diags.push(d);
        }
    }
    Some(c)
}

/// Reads a page; its slug is the file stem.
pub fn page(ctx: &mut FileCtx, slug: &str) -> Page {
    let (fm, body, _) = split_front_matter(ctx.text);
    let mut title = None;
    if let Some((v, fm_text)) = front_matter(ctx, fm) {
        let mut sub = FileCtx::new(ctx.rel, fm_text);
        if let Some(obj) = sub.map(&v, At::Root, &LoadMessage::FrontMatter) {
            obj.check_fields(&mut sub, &["title"], &LoadMessage::PageFrontMatter);
            title = obj.text(&mut sub, "title");
        }
        for mut d in sub.diags {
            d.line = d.line.map(|l| l + 1);
            ctx.diags.push(d);
        }
    }
    let title = title
        .or_else(|| {
            body.lines()
                .find_map(|l| l.strip_prefix("# ").map(|t| t.trim().to_string()))
        })
        .unwrap_or_else(|| slug.to_string());
    Page {
        slug: slug.to_string(),
        title,
        body: body.to_string(),
        file: ctx.rel.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_split() {
        let (fm, body, line) = split_front_matter("---\ntitle: x\nnumber: 9\n---\n正文\n");
        assert_eq!(fm, Some("title: x\nnumber: 9\n"));
        assert_eq!(body, "正文\n");
        assert_eq!(line, 5);
        let (fm, body, line) = split_front_matter("正文");
        assert_eq!((fm, body, line), (None, "正文", 1));
    }

    #[test]
    fn front_matter_errors_are_located_in_the_file() {
        let text = "---\ntitle: x\nnumbr: 9\n---\nbody\n";
        let mut ctx = FileCtx::new("content/bulletins/2021-09.md", text);
        let c = commentary(&mut ctx, Month::parse("2021-09").unwrap()).unwrap();
        assert_eq!(c.title.as_deref(), Some("x"));
        assert_eq!(ctx.diags.len(), 1);
        assert_eq!(ctx.diags[0].line, Some(3));
    }
}
