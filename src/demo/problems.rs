//! The problem list (`content/problems.yaml`): obstacles raised for projects,
//! who must solve them, and when they were solved.

use crate::demo::fmt::{scalar, Date};
use crate::demo::model::{Profile, Stage, World};
use crate::demo::pools::{Owner, ProblemKind, PROBLEMS_BUILDING, PROBLEMS_PRELIMINARY, UNITS};
use crate::demo::progress::Records;
use crate::demo::rng::Rng;

/// One problem (存在问题).
#[derive(Clone, Debug)]
pub struct Problem {
    /// `P-YYYY-NNN`, numbered by raised date within the year.
    pub id: String,
    /// Project id.
    pub project: String,
    /// Text of the problem.
    pub text: &'static str,
    /// Unit id or free name of whoever must solve it.
    pub owner: String,
    /// Date raised.
    pub raised: Date,
    /// Date resolved, if by the end of the data.
    pub resolved: Option<Date>,
}

/// About 40 problems per 150 projects, ~70% resolved by the last month.
pub fn make_problems(world: &World, records: &Records, seed: u64, per_15: usize) -> Vec<Problem> {
    let n = world.projects.len();
    if n == 0 {
        return Vec::new();
    }
    let count = (n * per_15).div_ceil(15);
    let troubled: Vec<usize> = (0..n)
        .filter(|&i| {
            matches!(
                world.projects[i].profile,
                Profile::Slow
                    | Profile::Lagging
                    | Profile::Delayed
                    | Profile::Never
                    | Profile::Suspended
            )
        })
        .collect();
    let end = world.last.day(world.last.days());
    let mut out = Vec::with_capacity(count);
    for k in 0..count {
        let mut rng = Rng::stream(seed, 4, k as u64);
        for _ in 0..10 {
            let i = if !troubled.is_empty() && rng.chance(0.6) {
                *rng.pick(&troubled)
            } else {
                rng.below(n)
            };
            let months: Vec<(usize, Stage)> = records[i]
                .iter()
                .enumerate()
                .filter_map(|(m, r)| r.as_ref().map(|r| (m, r.stage)))
                .filter(|(_, s)| {
                    matches!(
                        s,
                        Stage::Signed | Stage::Preliminary | Stage::Construction | Stage::Suspended
                    )
                })
                .collect();
            if months.is_empty() {
                continue;
            }
            let (m, stage) = *rng.pick(&months);
            let kinds: &[ProblemKind] = match stage {
                Stage::Signed | Stage::Preliminary => &PROBLEMS_PRELIMINARY,
                _ => &PROBLEMS_BUILDING,
            };
            let kind = rng.pick(kinds);
            let p = &world.projects[i];
            let owner = match kind.owner {
                Owner::Unit(u) => UNITS[u].0.to_string(),
                Owner::Named(name) => name.to_string(),
                Owner::ProjectUnit => p.unit_id.clone(),
                Owner::Town => town_government(&p.location),
            };
            let raised = world.first.plus(m as i32).day(rng.range(1, 28) as u32);
            let resolved = rng
                .chance(0.72)
                .then(|| raised.plus_days(rng.range(5, 75) as u32))
                .filter(|d| *d <= end);
            out.push(Problem {
                id: String::new(),
                project: p.id.clone(),
                text: kind.text,
                owner,
                raised,
                resolved,
            });
            break;
        }
    }
    out.sort_by(|a, b| (a.raised, &a.project).cmp(&(b.raised, &b.project)));
    let mut year = 0;
    let mut seq = 0;
    for p in &mut out {
        if p.raised.month.year() != year {
            year = p.raised.month.year();
            seq = 0;
        }
        seq += 1;
        p.id = format!("P-{year}-{seq:03}");
    }
    out
}

/// The government of a town, street or park, as a problem owner.
fn town_government(location: &str) -> String {
    if location == "青山高新区" {
        "gxq".to_string()
    } else if location.ends_with("街道") {
        format!("{location}办事处")
    } else if location.ends_with('区') {
        format!("{location}管委会")
    } else {
        format!("{location}人民政府")
    }
}

/// The text of `content/problems.yaml`.
pub fn problems_yaml(problems: &[Problem]) -> String {
    let mut out = String::from("# 重点项目问题清单（演示数据）\n");
    for p in problems {
        out.push_str(&format!(
            "- id: {}\n  project: {}\n  text: {}\n  owner: {}\n  raised: {}\n",
            p.id,
            p.project,
            scalar(p.text),
            scalar(&p.owner),
            p.raised
        ));
        if let Some(d) = p.resolved {
            out.push_str(&format!("  resolved: {d}\n"));
        }
    }
    out
}
