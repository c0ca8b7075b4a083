//! content/problems.yaml: the problem list.

use super::fields::{list, FileCtx};
use super::node::Node;
use super::yaml::{At, Path};
use crate::diagnostics::LoadMessage;
use crate::model::Problem;

/// A problem read, with what checks across files need.
#[derive(Clone, Debug, PartialEq)]
pub struct RawProblem {
    /// The problem; `owner_unit` is resolved later.
    pub problem: Problem,
    /// Its place in the file's list (0-based), for positions.
    pub index: usize,
}

impl RawProblem {
    /// Where its `project` stands.
    pub fn project_path(&self) -> Path {
        Path::root().index(self.index).key("project")
    }

    /// Where its `id` stands.
    pub fn id_path(&self) -> Path {
        Path::root().index(self.index).key("id")
    }
}

/// Reads problems.yaml: a list of problems.
pub fn problems(ctx: &mut FileCtx, v: &Node) -> Vec<RawProblem> {
    let root = At::Root;
    let items = list(
        ctx,
        v,
        LoadMessage::ProblemsMustBeList,
        LoadMessage::StartEachProblem,
    );
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let path = root.index(i);
        let Some(o) = ctx.map(item, path, &LoadMessage::AProblem) else {
            continue;
        };
        o.check_fields(
            ctx,
            &["id", "project", "text", "owner", "raised", "resolved"],
            &LoadMessage::AProblem,
        );
        let id = o.req_text(ctx, "id", &LoadMessage::ThisProblem);
        let what = id
            .as_ref()
            .map_or(LoadMessage::ThisProblem, |i| LoadMessage::ProblemWithId {
                id: i.clone(),
            });
        let project = o.req_text(ctx, "project", &what);
        let text = o.req_text(ctx, "text", &what);
        let raised = match o.get("raised") {
            None => {
                ctx.error(
                    &path,
                    LoadMessage::NoRaisedDate {
                        what: Box::new(what.clone()),
                    },
                    LoadMessage::AddRaisedDate,
                );
                None
            }
            Some(_) => o.date(ctx, "raised"),
        };
        let resolved = o.date(ctx, "resolved");
        if let (Some(r), Some(s)) = (raised, resolved) {
            if s < r {
                ctx.error(
                    &path.key("resolved"),
                    LoadMessage::ResolvedBeforeRaised {
                        what: Box::new(what.clone()),
                        resolved: s,
                        raised: r,
                    },
                    LoadMessage::CheckBothDates,
                );
            }
        }
        let owner = o.name_text(ctx, "owner");
        let (Some(id), Some(project), Some(text), Some(raised)) = (id, project, text, raised)
        else {
            continue;
        };
        out.push(RawProblem {
            problem: Problem {
                id,
                project,
                text,
                owner,
                owner_unit: None,
                raised,
                resolved,
            },
            index: i,
        });
    }
    out
}
