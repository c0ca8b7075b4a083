//! content/site.yaml and content/units.yaml.

use super::fields::{as_text, list, untag, FileCtx};
use super::node::Node;
use super::yaml::{describe, At};
use crate::diagnostics::LoadMessage;
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
    let obj = ctx.map(v, root, &LoadMessage::SiteSettings)?;
    let site_yaml = LoadMessage::AsWritten {
        text: "site.yaml".to_string(),
    };
    obj.check_fields(ctx, SITE_FIELDS, &site_yaml);
    let title = obj.req_text(ctx, "title", &site_yaml);
    let publisher = obj.req_text(ctx, "publisher", &site_yaml);
    let issuer = super::front::one_line(ctx, &obj, "issuer");
    let language = match obj.text(ctx, "language") {
        None => Language::ZhCn,
        Some(l) => Language::parse(&l).unwrap_or_else(|| {
            ctx.error(
                &root.key("language"),
                LoadMessage::UnknownLanguage { lang: l.clone() },
                LoadMessage::WriteLanguage,
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
                LoadMessage::BaseUrlNotAbsolute { url: u.clone() },
                LoadMessage::WriteFullAddress,
            ),
            Some(r) if r.is_empty() || r.starts_with('/') => ctx.error(
                &root.key("base_url"),
                LoadMessage::BaseUrlNoHost { url: u.clone() },
                LoadMessage::WriteFullAddress,
            ),
            Some(_)
                if u.contains(['?', '#'])
                    || u.chars().any(|c| c.is_whitespace() || c.is_control()) =>
            {
                ctx.error(
                    &root.key("base_url"),
                    LoadMessage::BaseUrlQuery { url: u.clone() },
                    LoadMessage::BaseUrlIsFolder,
                )
            }
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
            names_list(ctx, &list, &root.key("categories"), LoadMessage::Categories)
        }
    };
    if categories.is_empty() {
        ctx.error(
            &root.key("categories"),
            LoadMessage::CategoriesEmpty,
            LoadMessage::ListCategories,
        );
    }
    let list = obj.text_list(ctx, "levels");
    let levels = names_list(ctx, &list, &root.key("levels"), LoadMessage::Levels);
    let theme = obj.text(ctx, "theme").filter(|t| t != "default");
    if let Some(t) = &theme {
        if !t
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        {
            ctx.error(
                &root.key("theme"),
                LoadMessage::ThemeNameNotFolder { name: t.clone() },
                LoadMessage::ThemeNameCharacters,
            );
        }
    }
    let mut red_below = Ratio::from_ten_thousandths(1000);
    if let Some(flags) = obj.get("flags") {
        if let Some(f) = ctx.map(flags, root.key("flags"), &LoadMessage::FlagSettings) {
            let flags = LoadMessage::AsWritten {
                text: "flags".to_string(),
            };
            f.check_fields(ctx, &["red_below"], &flags);
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
                    LoadMessage::PercentDecimals,
                    LoadMessage::PercentDecimalsExample,
                );
                1
            }
        },
    };
    let mut score_weights = ScoreWeights::default();
    if let Some(w) = obj.get("score_weights") {
        if let Some(w) = ctx.map(w, root.key("score_weights"), &LoadMessage::ScoreWeights) {
            let score_weights_key = LoadMessage::AsWritten {
                text: "score_weights".to_string(),
            };
            w.check_fields(
                ctx,
                &["start", "completion", "problems"],
                &score_weights_key,
            );
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
                    LoadMessage::WeightsSum {
                        sum: sum.fraction(4),
                    },
                    LoadMessage::WeightsSumHint,
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
                LoadMessage::SingleFilePhotos {
                    found: other.to_string(),
                },
                LoadMessage::SingleFilePhotosHint,
            );
            true
        }
    };
    // `paper:` left blank is an error, not the default (blank is not absent).
    let paper = match obj.map.get("paper").map(untag) {
        None => true,
        Some(Node::Bool(b)) => *b,
        Some(other) => {
            ctx.error(
                &root.key("paper"),
                LoadMessage::PaperNotTrueOrFalse {
                    found: Box::new(describe(other)),
                },
                LoadMessage::PaperHint,
            );
            true
        }
    };
    let sets = match obj.map.get("sets") {
        None => Vec::new(),
        Some(Node::Null) => {
            ctx.error(
                &root.key("sets"),
                LoadMessage::SetsBlank,
                LoadMessage::ListSets,
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
                LoadMessage::FractionDecimals,
            );
            None
        }
        _ => {
            let shown = as_text(v).unwrap_or_else(|| describe(v).to_string());
            ctx.error(
                path,
                LoadMessage::NotAFraction {
                    field: key.to_string(),
                    found: shown,
                },
                LoadMessage::WriteFraction,
            );
            None
        }
    }
}

/// Checks a list of names for duplicates.
fn names_list(ctx: &mut FileCtx, names: &[String], path: &At, what: LoadMessage) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for (i, n) in names.iter().enumerate() {
        if out.contains(n) {
            ctx.error(
                &path.index(i),
                LoadMessage::NameTwice {
                    name: n.clone(),
                    what: Box::new(what.clone()),
                },
                LoadMessage::ListEachNameOnce,
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
pub fn id_message(m: IdMistake, project: bool, id: &str) -> (LoadMessage, LoadMessage) {
    let example = if project { "HS-2021-001" } else { "gxj" }.to_string();
    let id = id.to_string();
    let message = match (m, project) {
        (IdMistake::Characters, true) => LoadMessage::ProjectIdCharacters { id },
        (IdMistake::Characters, false) => LoadMessage::DepartmentIdCharacters { id },
        (IdMistake::TooLong, true) => LoadMessage::ProjectIdTooLong { id },
        (IdMistake::TooLong, false) => LoadMessage::DepartmentIdTooLong { id },
        (IdMistake::Reserved, true) => LoadMessage::ProjectIdReserved { id },
        (IdMistake::Reserved, false) => LoadMessage::DepartmentIdReserved { id },
    };
    let hint = match m {
        IdMistake::Characters => LoadMessage::IdsNameFolders { example },
        IdMistake::TooLong => LoadMessage::KeepIdsShort { example },
        IdMistake::Reserved => LoadMessage::ReservedChooseId,
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
        LoadMessage::UnitsMustBeList,
        LoadMessage::WriteDepartmentPairs,
    );
    let mut out: Vec<Unit> = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let path = root.index(i);
        let Some(obj) = ctx.map(item, path, &LoadMessage::ADepartment) else {
            continue;
        };
        obj.check_fields(ctx, &["id", "name", "aliases"], &LoadMessage::ADepartment);
        let id = obj.req_text(ctx, "id", &LoadMessage::ThisDepartment);
        let name = obj.req_text(ctx, "name", &LoadMessage::ThisDepartment);
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
            ctx.error(
                &path.key("id"),
                LoadMessage::DepartmentIdTwice { id },
                LoadMessage::DepartmentIdAlsoAt { item: j + 1 },
            );
            continue;
        }
        if let Some(j) = out.iter().position(|u| u.id.eq_ignore_ascii_case(&id)) {
            ctx.error(
                &path.key("id"),
                LoadMessage::DepartmentIdCase {
                    id,
                    other: out[j].id.clone(),
                },
                LoadMessage::DepartmentIdCaseHint { item: j + 1 },
            );
            continue;
        }
        if out.iter().any(|u| u.name == name) {
            ctx.error(
                &path.key("name"),
                LoadMessage::DepartmentNameTwice { name },
                LoadMessage::ListEachDepartmentOnce,
            );
            continue;
        }
        let mut kept: Vec<String> = Vec::new();
        for a in aliases {
            let other = out.iter().find(|u| u.is_named(&a));
            if let Some(u) = other {
                ctx.error(
                    &path.key("aliases"),
                    LoadMessage::AliasNamesAnother {
                        alias: a.clone(),
                        name: name.clone(),
                        other: u.name.clone(),
                        other_id: u.id.clone(),
                    },
                    LoadMessage::AliasOfOneDepartment,
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
                LoadMessage::NameIsAnAlias {
                    name,
                    id,
                    other: u.name.clone(),
                    other_id: u.id.clone(),
                },
                LoadMessage::AliasOfOneDepartment,
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
