//! content/site.yaml and content/units.yaml.

use super::fields::{as_text, list, untag, FileCtx};
use super::node::Node;
use super::yaml::{describe, At};
use crate::model::{Language, Ratio, ScoreWeights, SiteConfig, Unit};

const SITE_FIELDS: &[&str] = &[
    "title",
    "publisher",
    "language",
    "base_url",
    "categories",
    "levels",
    "theme",
    "flags",
    "percent_decimals",
    "score_weights",
    "single_file_photos",
    "sets",
];

/// Reads site.yaml's value into settings; `None` when a required part is wrong.
pub fn site_config(ctx: &mut FileCtx, v: &Node) -> Option<SiteConfig> {
    let root = At::Root;
    let obj = ctx.map(v, root, "site settings")?;
    obj.check_fields(ctx, SITE_FIELDS, "site.yaml");
    let title = obj.req_text(ctx, "title", "site.yaml");
    let publisher = obj.req_text(ctx, "publisher", "site.yaml");
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
        if !(u.starts_with("http://") || u.starts_with("https://")) {
            ctx.error(
                &root.key("base_url"),
                format!("base_url `{u}` is not an absolute http(s) URL"),
                "write the full address, e.g. https://example.gov.cn/xm/, or leave base_url out",
            );
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
    Some(SiteConfig {
        title: title?,
        publisher: publisher?,
        language,
        base_url,
        categories,
        levels,
        theme,
        red_below,
        percent_decimals,
        score_weights,
        single_file_photos,
        sets,
        draft: false,
    })
}

/// A fraction between 0 and 1 with at most 4 decimals (`0.10`).
fn fraction(ctx: &mut FileCtx, path: &At, v: Option<&Node>, key: &str) -> Option<Ratio> {
    let v = v?;
    let m = super::fields::money_of(v).ok();
    match m {
        Some(m) if m.units() <= 10_000 => Some(Ratio::from_ten_thousandths(m.units())),
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

/// Whether `id` is a valid id: ASCII letters, digits, `-` and `_`, not empty.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 100
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// Reads units.yaml: a list of `{id, name}`.
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
        obj.check_fields(ctx, &["id", "name"], "a department");
        let id = obj.req_text(ctx, "id", "this department");
        let name = obj.req_text(ctx, "name", "this department");
        let (Some(id), Some(name)) = (id, name) else {
            continue;
        };
        if !is_valid_id(&id) {
            ctx.error(
                &path.key("id"),
                format!(
                    "department id `{id}` has characters other than ASCII letters, digits, - and _"
                ),
                "ids name pages (units/ID/index.html); use e.g. gxj for 区工信局",
            );
            continue;
        }
        if let Some(j) = out.iter().position(|u| u.id == id) {
            ctx.error(&path.key("id"), format!("department id `{id}` is used twice"), format!("it is also the id of the department listed as item {}; give each department its own id", j + 1));
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
        out.push(Unit { id, name });
    }
    out
}
