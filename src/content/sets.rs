//! site.yaml `sets:`: named project sets defined by a threshold, as bulletins
//! define their scope ("5000万元以上（社会事业1000万元以上）项目").
//!
//! ```yaml
//! sets:
//!   - name: 5000万元以上项目
//!     min_total_investment: 5000        # 万元, at or above
//!     by_category: {社会事业: 1000}     # optional per-category thresholds
//!     tags: [技改]                      # optional: only projects with one of these tags
//! ```

use super::fields::{as_text, check_money, text_of, untag, FileCtx};
use super::node::Node;
use super::yaml::{describe, At};
use crate::diagnostics::{LoadMessage, Message};
use crate::model::{Money, ProjectSet};

const SET_FIELDS: &[&str] = &["name", "min_total_investment", "by_category", "tags"];

/// Reads `sets:` (`v`, at `at`) against the site's `categories`; every mistake
/// is reported, and only sound sets are kept.
pub fn sets(ctx: &mut FileCtx, v: &Node, at: &At, categories: &[String]) -> Vec<ProjectSet> {
    let items = match untag(v) {
        Node::Sequence(items) => items,
        other => {
            ctx.error(
                at,
                LoadMessage::SetsNotAList {
                    found: Box::new(describe(other)),
                },
                LoadMessage::WriteOneItemPerSet,
            );
            return Vec::new();
        }
    };
    let mut out: Vec<ProjectSet> = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let path = at.index(i);
        let Some(obj) = ctx.map(item, path, &LoadMessage::AProjectSet) else {
            continue;
        };
        obj.check_fields(ctx, SET_FIELDS, &LoadMessage::AProjectSet);
        let mut blank = false;
        for key in SET_FIELDS {
            if matches!(obj.map.get(key), Some(Node::Null)) {
                blank = true;
                ctx.error(
                    &path.key(key),
                    Message::FieldIsBlank {
                        field: key.to_string(),
                    },
                    LoadMessage::WriteValueOrLeaveOut,
                );
            }
        }
        let name = if matches!(obj.map.get("name"), Some(Node::Null)) {
            None
        } else {
            obj.req_text(ctx, "name", &LoadMessage::ThisProjectSet)
        };
        let min = obj.money(ctx, "min_total_investment", None);
        let by_category = by_category(
            ctx,
            obj.get("by_category"),
            &path.key("by_category"),
            categories,
        );
        let tags = tags(ctx, obj.get("tags"), &path.key("tags"));
        let Some(name) = name else { continue };
        if let Some(j) = out.iter().position(|s| s.name == name) {
            ctx.error(
                &path.key("name"),
                LoadMessage::SetDeclaredTwice { name },
                LoadMessage::SetAlsoAt { n: j + 1 },
            );
            continue;
        }
        if let (Some(by_category), Some(tags), false) = (by_category, tags, blank) {
            out.push(ProjectSet {
                name,
                min_total_investment: min.unwrap_or(Money::ZERO),
                by_category,
                tags,
            });
        }
    }
    out
}

/// `by_category: {社会事业: 1000}`: thresholds of declared categories, each once.
fn by_category(
    ctx: &mut FileCtx,
    v: Option<&Node>,
    at: &At,
    categories: &[String],
) -> Option<Vec<(String, Money)>> {
    let Some(v) = v else {
        return Some(Vec::new());
    };
    let obj = ctx.map(v, *at, &LoadMessage::CategoryThresholds)?;
    let mut out: Vec<(String, Money)> = Vec::new();
    let mut sound = true;
    for (k, val) in obj.map.iter() {
        let name = text_of(k).map(|s| s.trim().to_string()).unwrap_or_default();
        let key_at = at.key_itself(&name);
        if !categories.contains(&name) {
            ctx.error(
                &key_at,
                LoadMessage::NotASiteCategory { name: name.clone() },
                LoadMessage::CategoriesAre {
                    list: categories.join(", "),
                },
            );
            sound = false;
            continue;
        }
        let value_at = at.key(&name);
        if val.is_null() {
            ctx.error(
                &value_at,
                LoadMessage::ThresholdBlank {
                    category: name.clone(),
                },
                LoadMessage::WriteThreshold {
                    category: name.clone(),
                },
            );
            sound = false;
            continue;
        }
        match check_money(ctx, val, &value_at, &name) {
            Some(m) => out.push((name, m)),
            None => sound = false,
        }
    }
    sound.then_some(out)
}

/// `tags: [技改]`: the tags, each once, none blank.
fn tags(ctx: &mut FileCtx, v: Option<&Node>, at: &At) -> Option<Vec<String>> {
    let Some(v) = v else {
        return Some(Vec::new());
    };
    let items: Vec<&Node> = match untag(v) {
        Node::Sequence(items) => items.iter().collect(),
        _ => vec![v],
    };
    if items.is_empty() {
        ctx.error(at, LoadMessage::SetTagsEmpty, LoadMessage::ListSetTags);
        return None;
    }
    let mut out: Vec<String> = Vec::new();
    let mut sound = true;
    for (i, item) in items.iter().enumerate() {
        let item_at = if matches!(untag(v), Node::Sequence(_)) {
            at.index(i)
        } else {
            *at
        };
        match as_text(item).map(|s| s.trim().to_string()) {
            Some(t) if t.is_empty() => {
                ctx.error(&item_at, LoadMessage::SetTagBlank, LoadMessage::WriteTag);
                sound = false;
            }
            Some(t) if out.contains(&t) => {
                ctx.error(
                    &item_at,
                    LoadMessage::SetTagTwice { tag: t },
                    LoadMessage::ListEachTagOnce,
                );
                sound = false;
            }
            Some(t) => out.push(t),
            None => {
                ctx.error(
                    &item_at,
                    LoadMessage::TagsMustBeText {
                        found: Box::new(describe(item)),
                    },
                    LoadMessage::WriteTagList,
                );
                sound = false;
            }
        }
    }
    sound.then_some(out)
}
