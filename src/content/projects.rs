//! content/projects/**/*.yaml: the ledger.

use std::collections::BTreeMap;

use super::fields::{as_text, check_money, list, text_of, untag, FileCtx, Obj};
use super::node::Node;
use super::site::{id_message, id_mistake};
use super::yaml::{At, Path};
use crate::diagnostics::{nearest, LoadMessage};
use crate::model::{Kind, Month, Plan, Project, SiteConfig};

const PROJECT_FIELDS: &[&str] = &[
    "id",
    "name",
    "category",
    "total_investment",
    "plans",
    "unit",
    "leaders",
    "location",
    "level",
    "started",
    "signed",
    "owner",
    "description",
    "tags",
];

/// A project read from a file, with what later checks across files need.
#[derive(Clone, Debug, PartialEq)]
pub struct RawProject {
    /// Its id as written (also when the project had errors).
    pub id: String,
    /// The project, when it had no errors; `unit` still holds what the file
    /// wrote (an id or a name).
    pub project: Option<Project>,
    /// Its place in the file's list (0-based), for positions.
    pub index: usize,
}

/// Where the id of the project at `index` of its file stands (for duplicate ids).
pub fn id_path(index: usize) -> Path {
    Path::root().index(index).key("id")
}

/// Where the unit of the project at `index` of its file stands (for unknown units).
pub fn unit_path(index: usize) -> Path {
    Path::root().index(index).key("unit")
}

/// Reads one projects file: a list of projects. Projects with errors are kept by
/// id, so that references to them are not reported as unknown too.
pub fn projects(ctx: &mut FileCtx, v: &Node, site: Option<&SiteConfig>) -> Vec<RawProject> {
    let root = At::Root;
    let items = list(
        ctx,
        v,
        LoadMessage::ProjectsMustBeList,
        LoadMessage::StartEachProject,
    );
    let mut out = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let seen = ctx.diags.len();
        let p = project(ctx, item, root.index(i), site);
        let new_errors = ctx.diags[seen..].iter().filter(|d| d.is_error()).count();
        let id = match untag(item) {
            Node::Mapping(m) => m.get("id").and_then(as_text),
            _ => None,
        };
        if let Some(id) = id {
            let project = p.filter(|_| new_errors == 0);
            out.push(RawProject {
                id,
                project,
                index: i,
            });
        }
    }
    out
}

fn project(ctx: &mut FileCtx, item: &Node, path: At, site: Option<&SiteConfig>) -> Option<Project> {
    let obj = ctx.map(item, path, &LoadMessage::AProject)?;
    obj.check_fields(ctx, PROJECT_FIELDS, &LoadMessage::AProject);
    let id = obj.req_text(ctx, "id", &LoadMessage::ThisProject);
    if let Some(id) = &id {
        if let Some(m) = id_mistake(id) {
            let (msg, hint) = id_message(m, true, id);
            ctx.error(&path.key("id"), msg, hint);
        }
    }
    let what = match &id {
        Some(id) => LoadMessage::ProjectWithId { id: id.clone() },
        None => LoadMessage::ThisProject,
    };
    let name = obj.req_text(ctx, "name", &what);
    let category = obj.req_text(ctx, "category", &what);
    if let (Some(c), Some(site)) = (&category, site) {
        if !site.categories.contains(c) {
            ctx.error(
                &path.key("category"),
                LoadMessage::UnknownCategory {
                    category: c.clone(),
                },
                allowed_hint(c, &site.categories, LoadMessage::Categories),
            );
        }
    }
    let total = obj.money(ctx, "total_investment", Some(&what));
    let plans = plans(ctx, &obj, total);
    let level = obj.name_text(ctx, "level");
    if let (Some(l), Some(site)) = (&level, site) {
        if !site.levels.is_empty() && !site.levels.contains(l) {
            ctx.error(
                &path.key("level"),
                LoadMessage::UnknownLevel { level: l.clone() },
                allowed_hint(l, &site.levels, LoadMessage::Levels),
            );
        }
    }
    // Every field is read (and checked) before any missing one ends the project.
    let unit = obj.name_text(ctx, "unit");
    let leaders = obj.text_list(ctx, "leaders");
    let location = obj.name_text(ctx, "location");
    let started = obj.month(ctx, "started");
    let signed = obj.date(ctx, "signed");
    let owner = obj.text(ctx, "owner");
    let description = obj.text(ctx, "description");
    let tags = obj.text_list(ctx, "tags");
    Some(Project {
        id: id?,
        name: name?,
        category: category?,
        total_investment: total?,
        plans,
        unit,
        leaders,
        location,
        level,
        started,
        signed,
        owner,
        description,
        tags,
        records: BTreeMap::new(),
    })
}

/// "did you mean …? allowed: …" for a name that is not in a list. Long lists
/// are cut short, and only lists of up to 1,000 names are searched for the
/// nearest one, so that every error costs little however long site.yaml is.
pub fn allowed_hint(got: &str, allowed: &[String], what: LoadMessage) -> LoadMessage {
    let mut list = allowed
        .iter()
        .take(30)
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(", ");
    if allowed.len() > 30 {
        list.push_str(", …");
    }
    let near = if allowed.len() <= 1000 {
        nearest(got, allowed.iter().map(String::as_str))
    } else {
        None
    };
    match near {
        Some(n) => LoadMessage::AllowedNear {
            near: n.to_string(),
            what: Box::new(what),
            list,
        },
        None => LoadMessage::AllowedAre {
            what: Box::new(what),
            list,
        },
    }
}

fn plans(ctx: &mut FileCtx, obj: &Obj, total: Option<crate::model::Money>) -> BTreeMap<i32, Plan> {
    let mut out = BTreeMap::new();
    let Some(v) = obj.get("plans") else {
        return out;
    };
    let ppath = obj.at.key("plans");
    let Some(map) = ctx.map(v, ppath, &LoadMessage::AnnualPlans) else {
        return out;
    };
    for (k, val) in map.map.iter() {
        let key = text_of(k).unwrap_or_default();
        let year = key
            .parse::<i32>()
            .ok()
            .filter(|y| (1900..=2999).contains(y));
        let Some(year) = year else {
            ctx.error(
                &ppath.key_itself(&key),
                LoadMessage::PlanYearNotYear {
                    year: key.to_string(),
                },
                LoadMessage::WritePlan,
            );
            continue;
        };
        let vpath = ppath.key(&key);
        let plan = match untag(val) {
            Node::Mapping(_) => {
                let Some(long) = ctx.map(val, vpath, &LoadMessage::APlan) else {
                    continue;
                };
                long.check_fields(ctx, &["invest", "kind", "start"], &LoadMessage::APlan);
                let invest = long.money(
                    ctx,
                    "invest",
                    Some(&LoadMessage::PlanOfYear {
                        year: year.to_string(),
                    }),
                );
                let kind = long.name_text(ctx, "kind").and_then(|k| {
                    let parsed = Kind::parse(&k);
                    if parsed.is_none() {
                        ctx.error(
                            &vpath.key("kind"),
                            LoadMessage::UnknownKind { kind: k.clone() },
                            LoadMessage::KindIs,
                        );
                    }
                    parsed
                });
                let start: Option<Month> = long.month(ctx, "start");
                let Some(invest) = invest else { continue };
                Plan {
                    invest,
                    kind,
                    start,
                }
            }
            _ => {
                let Some(invest) = check_money(ctx, val, &vpath, &format!("plans.{year}")) else {
                    continue;
                };
                Plan {
                    invest,
                    kind: None,
                    start: None,
                }
            }
        };
        if let Some(t) = total {
            if plan.invest > t {
                ctx.warn(
                    &vpath,
                    LoadMessage::PlanAboveTotal {
                        year: year.to_string(),
                        plan: plan.invest.plain(),
                        total: t.plain(),
                    },
                    LoadMessage::PlanPartOfTotal,
                );
            }
        }
        out.insert(year, plan);
    }
    out
}
