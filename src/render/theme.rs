//! The theme: templates and static files compiled into the binary, any of which a
//! site may override from its own `themes/NAME/templates/` and `themes/NAME/static/`
//! (read beforehand by [`crate::content::files`]).

use tera::Tera;

use crate::content::files::ThemeFiles;
use crate::diagnostics::{Diagnostic, Message, SiteMessage};

/// The default theme's templates, compiled in.
pub const TEMPLATES: &[(&str, &str)] = &[
    (
        "base.html",
        include_str!("../../themes/default/templates/base.html"),
    ),
    (
        "bulletin.html",
        include_str!("../../themes/default/templates/bulletin.html"),
    ),
    (
        "cards.html",
        include_str!("../../themes/default/templates/cards.html"),
    ),
    (
        "chart.html",
        include_str!("../../themes/default/templates/chart.html"),
    ),
    (
        "entity.html",
        include_str!("../../themes/default/templates/entity.html"),
    ),
    (
        "index.html",
        include_str!("../../themes/default/templates/index.html"),
    ),
    (
        "list.html",
        include_str!("../../themes/default/templates/list.html"),
    ),
    (
        "page.html",
        include_str!("../../themes/default/templates/page.html"),
    ),
    (
        "project.html",
        include_str!("../../themes/default/templates/project.html"),
    ),
    (
        "table.html",
        include_str!("../../themes/default/templates/table.html"),
    ),
];

/// The default theme's static files, compiled in.
pub const STATIC: &[(&str, &[u8])] = &[
    (
        "search.js",
        include_bytes!("../../themes/default/static/search.js"),
    ),
    (
        "style.css",
        include_bytes!("../../themes/default/static/style.css"),
    ),
    (
        "text-size.js",
        include_bytes!("../../themes/default/static/text-size.js"),
    ),
];

/// A loaded theme: compiled templates and the static files to copy.
pub struct Theme {
    /// The templates.
    pub tera: Tera,
    /// Static files: path under static/ and bytes.
    pub statics: Vec<(String, Vec<u8>)>,
    /// Names of the built-in templates the site's theme replaces.
    pub overridden: Vec<String>,
    /// A hash of every template and static file (for incremental rebuilds).
    pub fingerprint: u64,
}

/// The built-in templates that show tables: while the site overrides none of
/// them, tables are rendered natively ([`super::table::Table::prerender`]).
const TABLE_TEMPLATES: [&str; 6] = [
    "table.html",
    "chart.html",
    "bulletin.html",
    "entity.html",
    "list.html",
    "project.html",
];

impl Theme {
    /// Whether tables may be given to templates already rendered: no template
    /// that shows them is overridden (an override gets every row, as always).
    pub fn native_tables(&self) -> bool {
        !self
            .overridden
            .iter()
            .any(|n| TABLE_TEMPLATES.contains(&n.as_str()))
    }
}

/// Compiles the default theme with a site's overrides (read by
/// [`crate::content::files::read_theme`]). A template that does not compile is
/// a diagnostic naming its file.
pub fn compile(files: ThemeFiles) -> Result<Theme, Vec<Diagnostic>> {
    let mut templates: Vec<(String, String, String)> = TEMPLATES
        .iter()
        .map(|(n, t)| (n.to_string(), t.to_string(), format!("(built-in) {n}")))
        .collect();
    let mut statics: Vec<(String, Vec<u8>)> = STATIC
        .iter()
        .map(|(n, b)| (n.to_string(), b.to_vec()))
        .collect();
    let mut overridden = Vec::new();
    for (rel, text, shown) in files.templates {
        match templates.iter_mut().find(|t| t.0 == rel) {
            Some(t) => {
                // A copy of the built-in template (the demo site in this
                // repository holds the theme's own sources) replaces nothing.
                if t.1 != text {
                    overridden.push(rel.clone());
                }
                *t = (rel, text, shown);
            }
            None => templates.push((rel, text, shown)),
        }
    }
    for (rel, bytes) in files.statics {
        match statics.iter_mut().find(|s| s.0 == rel) {
            Some(s) => s.1 = bytes,
            None => statics.push((rel, bytes)),
        }
    }
    statics.sort();
    let mut diags = word_errors(&templates);
    let mut tera = Tera::new();
    tera.autoescape_on(vec![".html", ".htm", ".xml", ".svg"]);
    if !diags.iter().any(Diagnostic::is_error) {
        if let Err(e) =
            tera.add_raw_templates(templates.iter().map(|(n, t, _)| (n.as_str(), t.as_str())))
        {
            diags.push(template_error(&e, &templates));
        }
    }
    if diags.iter().any(Diagnostic::is_error) {
        return Err(diags);
    }
    let fingerprint = {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        for (name, text, _) in &templates {
            (name, text).hash(&mut h);
        }
        statics.hash(&mut h);
        h.finish()
    };
    Ok(Theme {
        tera,
        statics,
        overridden,
        fingerprint,
    })
}

/// An error for every word a template asks for (`t.key` in a tag) that the
/// theme does not have: printed, it would be "?" or stop the page.
fn word_errors(templates: &[(String, String, String)]) -> Vec<Diagnostic> {
    let mut diags = Vec::new();
    for (_, text, shown) in templates {
        for (line, column, key) in super::i18n::unknown_words(text) {
            let hint = Message::UnknownWordHint {
                near: super::i18n::nearest_word(&key).map(|n| {
                    Box::new(Message::DidYouMean {
                        name: n.to_string(),
                    })
                }),
            };
            diags.push(
                Diagnostic::error(shown.clone(), Message::UnknownWord { key })
                    .at(line, column)
                    .hint(hint),
            );
        }
    }
    diags
}

/// A diagnostic for a template error, naming the template's file (and its line
/// and column when Tera gives them as `--> name:line:col`).
fn template_error(e: &tera::Error, templates: &[(String, String, String)]) -> Diagnostic {
    let msg = one_line(e);
    let error = msg.clone();
    let mut d = Diagnostic::error(None, SiteMessage::TemplateError { error })
        .hint(SiteMessage::TemplateErrorHint);
    // Prefer the position Tera reports; else the first template named in the message.
    let mut best: Option<(usize, &(String, String, String))> = None;
    for t in templates {
        if let Some(i) = msg
            .find(&format!("--> {}:", t.0))
            .or_else(|| msg.find(&format!("'{}'", t.0)))
        {
            if best.is_none_or(|(j, _)| i < j) {
                best = Some((i, t));
            }
        }
    }
    if let Some((i, t)) = best {
        d.file = Some(t.2.clone());
        let after = &msg[i..];
        if let Some(pos) = after.strip_prefix(&format!("--> {}:", t.0)) {
            let mut nums = pos
                .split(|c: char| !c.is_ascii_digit())
                .filter(|s| !s.is_empty());
            if let (Some(l), Some(c)) = (
                nums.next().and_then(|x| x.parse().ok()),
                nums.next().and_then(|x| x.parse().ok()),
            ) {
                d = d.at(l, c);
            }
        }
    }
    d
}

/// A Tera error with its causes on one line.
pub fn one_line(e: &tera::Error) -> String {
    let mut s = e.to_string();
    let mut src = std::error::Error::source(e);
    while let Some(inner) = src {
        s.push_str(": ");
        s.push_str(&inner.to_string());
        src = inner.source();
    }
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn overriding(name: &str, text: &str) -> ThemeFiles {
        ThemeFiles {
            templates: vec![(
                name.to_string(),
                text.to_string(),
                format!("themes/default/templates/{name}"),
            )],
            statics: Vec::new(),
        }
    }

    #[test]
    fn built_in_theme_compiles() {
        let theme = compile(ThemeFiles::default()).unwrap();
        assert!(theme.tera.get_template_names().count() >= TEMPLATES.len());
        assert!(theme.statics.iter().any(|s| s.0 == "style.css"));
        assert!(theme.statics.iter().any(|s| s.0 == "search.js"));
        assert!(theme.native_tables());
    }

    #[test]
    fn overrides_replace_and_bad_templates_are_named() {
        let page = "{% extends \"base.html\" %}{% block main %}X{{ page.title }}{% endblock %}";
        let theme = compile(overriding("page.html", page)).unwrap();
        assert_eq!(theme.overridden, ["page.html"]);
        let errs = compile(overriding("page.html", "{% if %}")).err().unwrap();
        assert!(
            errs[0]
                .to_string()
                .contains("themes/default/templates/page.html"),
            "{}",
            errs[0]
        );
        assert!(!compile(overriding("table.html", "x"))
            .unwrap()
            .native_tables());
        let copy = TEMPLATES.iter().find(|t| t.0 == "table.html").unwrap().1;
        assert!(compile(overriding("table.html", copy))
            .unwrap()
            .native_tables());
    }
}
