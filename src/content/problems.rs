//! content/problems.yaml: the problem list.

use serde_yaml::Value;

use super::fields::{list, FileCtx};
use super::yaml::Path;
use crate::model::Problem;

/// A problem read, with positions for checks across files.
#[derive(Debug)]
pub struct RawProblem {
    /// The problem; `owner_unit` is resolved later.
    pub problem: Problem,
    /// Where its `project` stands.
    pub project_path: Path,
    /// Where its `id` stands.
    pub id_path: Path,
}

/// Reads problems.yaml: a list of problems.
pub fn problems(ctx: &mut FileCtx, v: &Value) -> Vec<RawProblem> {
    let root = Path::root();
    let items = list(
        ctx,
        v,
        "problems.yaml must be a list of problems",
        "start each problem with `- id: …`",
    );
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let path = root.index(i);
        let Some(o) = ctx.map(item, &path, "a problem") else {
            continue;
        };
        o.check_fields(
            ctx,
            &["id", "project", "text", "owner", "raised", "resolved"],
            "a problem",
        );
        let id = o.req_text(ctx, "id", "this problem");
        let what = id
            .as_ref()
            .map_or("this problem".to_string(), |i| format!("problem {i}"));
        let project = o.req_text(ctx, "project", &what);
        let text = o.req_text(ctx, "text", &what);
        let raised = match o.get("raised") {
            None => {
                ctx.error(
                    &path,
                    format!("{what} has no `raised` date"),
                    "add `raised: YYYY-MM-DD`, the day it was raised",
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
                    format!("{what} is resolved ({s}) before it was raised ({r})"),
                    "check both dates",
                );
            }
        }
        let owner = o.text(ctx, "owner");
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
            project_path: path.key("project"),
            id_path: path.key("id"),
        });
    }
    out
}
