//! Shapes of generated sites other than the demo's own, for benchmarks: real
//! ledgers have far more towns and departments, a 形象进度 note on every
//! record, annual plans above the total investment, thousands of problems
//! and long commentary. Each is a switch; any may be combined.

use crate::demo::fmt::{round_to, Month, WAN};
use crate::demo::model::World;
use crate::demo::progress::Records;
use crate::demo::text;

/// What sets a generated site apart from the demo's own shape.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Shape {
    /// A town (and its department) for every 25 projects: 400 of each at 10,000.
    pub wide: bool,
    /// A 形象进度 note, a sentence or two, on every progress record.
    pub notes: bool,
    /// Every annual plan above its project's total investment (a warning each).
    pub warnings: bool,
    /// Four times the demo's problems (16 for every 15 projects).
    pub problems: bool,
    /// Commentary of some thirty paragraphs for every month.
    pub commentary: bool,
}

impl Shape {
    /// The names [`Shape::parse`] reads.
    pub const NAMES: &'static str = "demo, wide, notes, warnings, problems, commentary, real";

    /// Reads a comma-separated list of the names in [`Shape::NAMES`]: `demo`
    /// is the demo's own shape, `real` is `wide,notes,warnings,problems,commentary`.
    pub fn parse(list: &str) -> Result<Shape, String> {
        let mut s = Shape::default();
        for word in list.split(',').map(str::trim) {
            match word {
                "demo" => {}
                "wide" => s.wide = true,
                "notes" => s.notes = true,
                "warnings" => s.warnings = true,
                "problems" => s.problems = true,
                "commentary" => s.commentary = true,
                "real" => {
                    s = Shape {
                        wide: true,
                        notes: true,
                        warnings: true,
                        problems: true,
                        commentary: true,
                    }
                }
                other => {
                    return Err(format!(
                        "unknown shape `{other}` (shapes: {})",
                        Shape::NAMES
                    ))
                }
            }
        }
        Ok(s)
    }
}

/// Gives every record a note of a sentence or two, the demo's own note first.
pub fn note_every_record(records: &mut Records) {
    for (i, recs) in records.iter_mut().enumerate() {
        for (k, r) in recs.iter_mut().flatten().enumerate() {
            let first = r.note.take().unwrap_or_else(|| r.stage.zh().to_string());
            r.note = Some(format!(
                "{first}；本月完成{}号作业面施工，累计完成形象进度的{}%，下月计划推进{}号作业面并同步开展质量安全检查",
                (i + k) % 9 + 1,
                (i * 7 + k * 3) % 100,
                (i + k) % 9 + 2
            ));
        }
    }
}

/// Lowers every total investment below the project's smallest annual plan
/// (half of it, at least 1万元), so that each plan is above it.
pub fn plans_above_totals(world: &mut World) {
    for p in &mut world.projects {
        if let Some(least) = p.plans.iter().map(|e| e.invest).min() {
            p.total = round_to(least / 2, WAN).max(WAN);
        }
    }
}

/// The latest month's commentary, with its body written out six times more.
pub fn long_commentary(t: Month) -> String {
    let full = text::bulletin_latest(t);
    let (_, body, _) = crate::content::split_front_matter(&full);
    let more = body.repeat(6);
    full + "\n" + &more
}
