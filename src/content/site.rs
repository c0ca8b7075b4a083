//! content/site.yaml and content/units.yaml.

use super::fields::{as_text, list, untag, FileCtx};
use super::node::Node;
use super::yaml::{describe, At};
use crate::model::{Language, Ratio, ScoreWeights, SiteConfig, Unit};

const SITE_FIELDS: &[&str] = &[
    "title",
    "publisher",
    "issuer",
    "language",
    "base_url",
    "categories",
    "levels",
    "theme",
    "flags",
    "percent_decimals",
    "score_weights",
    "single_file_photos",
    "paper",
    "sets",
];

/// Reads site.yaml's value into settings; `None` when a required part is wrong.
pub fn site_config(ctx: &mut FileCtx, v: &Node) -> Option<SiteConfig> {
    let root = At::Root;
    let obj = ctx.map(v, root, "site settings")?;
    obj.check_fields(ctx, SITE_FIELDS, "site.yaml");
    let title = obj.req_text(ctx, "title", "site.yaml");
    let publisher = obj.req_text(ctx, "publisher", "site.yaml");
    let issuer = super::front::one_line(ctx, &obj, "issuer");
    let language = match obj.text(ctx, "language") {
        None => Language::ZhCn,
        Some(l) => Language::parse(&l).unwrap_or_else(|| {
            ctx.error(
                &root.key("language"),
                format!("unknown language `{l}`"),
                "write zh-CN (简体), zh-TW (繁體) or en",
            );
            Language::ZhCn
        }),
    };
    let base_url = obj.text(ctx, "base_url").map(|u| {
        // The scheme and host are case-insensitive (`HTTPS://X/` is fine);
        // the rest is used as written.
        let lower = u.to_ascii_lowercase();
        let rest = lower
            .strip_prefix("http://")
            .or_else(|| lower.strip_prefix("https://"));
        match rest {
            None => ctx.error(
                &root.key("base_url"),
                format!("base_url `{u}` is not an absolute http(s) URL"),
                "write the full address, e.g. https://example.gov.cn/xm/, or leave base_url out",
            ),
            Some(r) if r.is_empty() || r.starts_with('/') => ctx.error(
                &root.key("base_url"),
                format!("base_url `{u}` has no host"),
                "write the full address, e.g. https://example.gov.cn/xm/, or leave base_url out",
            ),
            Some(_) if u.contains(['?', '#']) || u.chars().any(|c| c.is_whitespace() || c.is_control()) => ctx.error(
                &root.key("base_url"),
                format!("base_url `{u}` has a query, a fragment or spaces"),
                "base_url is the address of the site's folder, e.g. https://example.gov.cn/xm/: without ?, # or spaces",
            ),
            Some(_) => {}
        }
        if u.ends_with('/') {
            u
        } else {
            format!("{u}/")
        }
    });
    let categories = match obj.get("categories") {
        None => SiteConfig::default_categories(),
        Some(_) => {
            let list = obj.text_list(ctx, "categories");
            names_list(ctx, &list, &root.key("categories"), "categories")
        }
    };
    if categories.is_empty() {
        ctx.error(&root.key("categories"), "categories is empty", "list the categories, e.g. [农业, 工业, 商贸流通, 基础设施, 社会事业], or leave the line out for these five");
    }
    let list = obj.text_list(ctx, "levels");
    let levels = names_list(ctx, &list, &root.key("levels"), "levels");
    let theme = obj.text(ctx, "theme").filter(|t| t != "default");
    if let Some(t) = &theme {
        if !t
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        {
            ctx.error(
                &root.key("theme"),
                format!("theme name `{t}` is not a folder name"),
                "use ASCII letters, digits, - and _ (the folder themes/NAME)",
            );
        }
    }
    let mut red_below = Ratio::from_ten_thousandths(1000);
    if let Some(flags) = obj.get("flags") {
        if let Some(f) = ctx.map(flags, root.key("flags"), "flag settings") {
            f.check_fields(ctx, &["red_below"], "flags");
            if let Some(r) = fraction(ctx, &f.at.key("red_below"), f.get("red_below"), "red_below")
            {
                red_below = r;
            }
        }
    }
    let percent_decimals = match obj.get("percent_decimals") {
        None => 1,
        Some(v) => match untag(v).as_u64() {
            Some(n @ 0..=4) => n as u32,
            _ => {
                ctx.error(
                    &root.key("percent_decimals"),
                    "percent_decimals must be 0, 1, 2, 3 or 4",
                    "1 prints 61.3%, 2 prints 61.33%",
                );
                1
            }
        },
    };
    let mut score_weights = ScoreWeights::default();
    if let Some(w) = obj.get("score_weights") {
        if let Some(w) = ctx.map(w, root.key("score_weights"), "score weights") {
            w.check_fields(ctx, &["start", "completion", "problems"], "score_weights");
            for (key, slot) in [
                ("start", &mut score_weights.start),
                ("completion", &mut score_weights.completion),
                ("problems", &mut score_weights.problems),
            ] {
                if let Some(r) = fraction(ctx, &w.at.key(key), w.get(key), key) {
                    *slot = r;
                }
            }
            let sum = score_weights
                .start
                .add(score_weights.completion)
                .add(score_weights.problems);
            if sum != Ratio::int(1) {
                ctx.warn(
                    &root.key("score_weights"),
                    format!("score weights add up to {}, not 1", sum.fraction(4)),
                    "scores are out of 100 only when the weights add up to 1",
                );
            }
        }
    }
    let single_file_photos = match obj.text(ctx, "single_file_photos").as_deref() {
        None | Some("inline") => true,
        Some("omit") => false,
        Some(other) => {
            ctx.error(
                &root.key("single_file_photos"),
                format!("single_file_photos must be inline or omit, found `{other}`"),
                "inline puts photos into the single-file bulletin; omit leaves them out (a smaller file)",
            );
            true
        }
    };
    let paper = match obj.get("paper").map(untag) {
        None => true,
        Some(Node::Bool(b)) => *b,
        Some(other) => {
            ctx.error(
                &root.key("paper"),
                format!("`paper` must be true or false, found {}", describe(other)),
                "true writes each bulletin's PDF and Word file; false (the default) leaves them out",
            );
            true
        }
    };
    let sets = match obj.map.get("sets") {
        None => Vec::new(),
        Some(Node::Null) => {
            ctx.error(
                &root.key("sets"),
                "`sets` is blank",
                "list the project sets under it, or leave the line out",
            );
            Vec::new()
        }
        Some(v) => super::sets::sets(ctx, v, &root.key("sets"), &categories),
    };
    let publisher = publisher?;
    Some(SiteConfig {
        title: title?,
        issuer: issuer.unwrap_or_else(|| publisher.clone()),
        publisher,
        language,
        base_url,
        categories,
        levels,
        theme,
        red_below,
        percent_decimals,
        score_weights,
        single_file_photos,
        paper,
        sets,
        draft: false,
    })
}

/// A fraction between 0 and 1 with at most 4 decimals (`0.10`).
fn fraction(ctx: &mut FileCtx, path: &At, v: Option<&Node>, key: &str) -> Option<Ratio> {
    let v = v?;
    match super::fields::money_of(v) {
        Ok(m) if m.units() <= 10_000 => Some(Ratio::from_ten_thousandths(m.units())),
        Err(crate::model::MoneyError::TooManyDecimals) => {
            let shown = as_text(v).unwrap_or_else(|| describe(v).to_string());
            ctx.error(
                path,
                crate::diagnostics::Message::TooManyDecimals {
                    field: key.to_string(),
                    found: shown,
                },
                "write the fraction with at most 4 decimals, e.g. 0.1234",
            );
            None
        }
        _ => {
            let shown = as_text(v).unwrap_or_else(|| describe(v).to_string());
            ctx.error(
                path,
                format!("`{key}` must be a fraction between 0 and 1, found `{shown}`"),
                "write e.g. 0.10 for ten percent (at most 4 decimals)",
            );
            None
        }
    }
}

/// Checks a list of names for duplicates.
fn names_list(ctx: &mut FileCtx, names: &[String], path: &At, what: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for (i, n) in names.iter().enumerate() {
        if out.contains(n) {
            ctx.error(
                &path.index(i),
                format!("`{n}` appears twice in {what}"),
                "list each name once",
            );
        } else {
            out.push(n.clone());
        }
    }
    out
}

/// Whether `id` is a valid id: ASCII letters, digits, `-` and `_`, not empty,
/// at most 100 bytes, and not a device name Windows reserves.
pub fn is_valid_id(id: &str) -> bool {
    id_mistake(id).is_none()
}

/// Why an id cannot name a folder of the site, on every system the folder is
/// copied to (offices copy it to Windows PCs and zip it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdMistake {
    /// Empty, or a character other than ASCII letters, digits, `-` and `_`.
    Characters,
    /// Longer than 100 bytes.
    TooLong,
    /// `CON`, `PRN`, `AUX`, `NUL`, `COM0`–`COM9`, `LPT0`–`LPT9` in any case:
    /// such a folder cannot exist on Windows.
    Reserved,
}

/// What is wrong with `id` as the name of a folder, if anything.
pub fn id_mistake(id: &str) -> Option<IdMistake> {
    if id.is_empty()
        || !id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    {
        Some(IdMistake::Characters)
    } else if id.len() > 100 {
        Some(IdMistake::TooLong)
    } else if is_reserved_name(id) {
        Some(IdMistake::Reserved)
    } else {
        None
    }
}

/// Whether a file or folder name is one Windows reserves for a device
/// (`nul`, `COM1.txt`, `aux.tar.gz`: the part before the first dot counts).
pub fn is_reserved_name(name: &str) -> bool {
    let stem = name.split('.').next().unwrap_or(name).trim_end();
    let upper = stem.to_ascii_uppercase();
    match upper.as_str() {
        "CON" | "PRN" | "AUX" | "NUL" => true,
        _ => {
            let b = upper.as_bytes();
            b.len() == 4
                && (upper.starts_with("COM") || upper.starts_with("LPT"))
                && b[3].is_ascii_digit()
        }
    }
}

/// The message and hint for a project id (`project` true) or a department
/// id with mistake `m`.
pub fn id_message(m: IdMistake, project: bool, id: &str) -> (String, String) {
    let example = if project { "HS-2021-001" } else { "gxj" };
    let message = match (m, project) {
        (IdMistake::Characters, true) => {
            format!("project id `{id}` has characters other than ASCII letters, digits, - and _")
        }
        (IdMistake::Characters, false) => {
            format!("department id `{id}` has characters other than ASCII letters, digits, - and _")
        }
        (IdMistake::TooLong, true) => format!("project id `{id}` is longer than 100 characters"),
        (IdMistake::TooLong, false) => {
            format!("department id `{id}` is longer than 100 characters")
        }
        (IdMistake::Reserved, true) => {
            format!("project id `{id}` is a device name that Windows reserves")
        }
        (IdMistake::Reserved, false) => {
            format!("department id `{id}` is a device name that Windows reserves")
        }
    };
    let hint = match m {
        IdMistake::Characters => format!("ids name folders of the site; write e.g. {example}"),
        IdMistake::TooLong => {
            format!("ids name folders of the site; keep them short, e.g. {example}")
        }
        IdMistake::Reserved => "a folder of that name cannot be copied to a Windows PC (CON, PRN, AUX, NUL, COM0-9 and LPT0-9 are reserved in any case); choose another id".to_string(),
    };
    (message, hint)
}

/// Reads units.yaml: a list of `{id, name, aliases}`; an alias may name one
/// department only.
pub fn units(ctx: &mut FileCtx, v: &Node) -> Vec<Unit> {
    let root = At::Root;
    let items = list(
        ctx,
        v,
        "units.yaml must be a list of departments",
        "write one `- id: …` / `  name: …` pair per department",
    );
    let mut out: Vec<Unit> = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let path = root.index(i);
        let Some(obj) = ctx.map(item, path, "a department") else {
            continue;
        };
        obj.check_fields(ctx, &["id", "name", "aliases"], "a department");
        let id = obj.req_text(ctx, "id", "this department");
        let name = obj.req_text(ctx, "name", "this department");
        let aliases = obj.text_list(ctx, "aliases");
        let (Some(id), Some(name)) = (id, name) else {
            continue;
        };
        if let Some(m) = id_mistake(&id) {
            let (msg, hint) = id_message(m, false, &id);
            ctx.error(&path.key("id"), msg, hint);
            continue;
        }
        if let Some(j) = out.iter().position(|u| u.id == id) {
            ctx.error(&path.key("id"), format!("department id `{id}` is used twice"), format!("it is also the id of the department listed as item {}; give each department its own id", j + 1));
            continue;
        }
        if let Some(j) = out.iter().position(|u| u.id.eq_ignore_ascii_case(&id)) {
            ctx.error(
                &path.key("id"),
                format!("department id `{id}` differs from `{}` only by case", out[j].id),
                format!("the department listed as item {} has it; Windows and macOS take both for one folder, so give each department an id of its own", j + 1),
            );
            continue;
        }
        if out.iter().any(|u| u.name == name) {
            ctx.error(
                &path.key("name"),
                format!("department name `{name}` is used twice"),
                "each department is listed once",
            );
            continue;
        }
        let mut kept: Vec<String> = Vec::new();
        for a in aliases {
            let other = out.iter().find(|u| u.is_named(&a));
            if let Some(u) = other {
                ctx.error(
                    &path.key("aliases"),
                    format!(
                        "the alias `{a}` of `{name}` also names the department `{}` ({})",
                        u.name, u.id
                    ),
                    "a short name may stand for one department only: remove it from one of the two",
                );
            } else if a == id || a == name || kept.contains(&a) {
                // Says nothing new.
            } else {
                kept.push(a);
            }
        }
        // An earlier department's alias must not be this one's id or name.
        if let Some(u) = out
            .iter()
            .find(|u| u.aliases.iter().any(|a| *a == id || *a == name))
        {
            ctx.error(
                &path.key("name"),
                format!(
                    "`{name}` ({id}) is also an alias of the department `{}` ({})",
                    u.name, u.id
                ),
                "a short name may stand for one department only: remove it from one of the two",
            );
            continue;
        }
        out.push(Unit {
            id,
            name,
            aliases: kept,
        });
    }
    out
}
