//! DOMAIN.md's worked example as a site (红岭区, plan year 2021, report
//! month 2021-09): 181 planned projects (74 continuing, 107 new) with 290.4亿元
//! total investment; by the end of September 111 started (67 resumed, 44 new)
//! and 35.7亿元 completed (continuing 27亿元, new 8.7亿元), with the exact
//! by-category figures of the bulletin. Amounts are exact in 0.0001 万元.

use crate::demo::fmt::{Money, Month, WAN};
use crate::demo::ledger::phase_duplicates;
use crate::demo::model::*;
use crate::demo::naming::name_project;
use crate::demo::pools::{CATEGORIES, INFRA, LEADERS, LOCATIONS};
use crate::demo::problems::problems_yaml;
use crate::demo::progress::{render_month, Record, Records};
use crate::demo::render::{project_files, site_yaml, units_yaml};
use crate::demo::rng::Rng;
use crate::demo::worked_parts::*;

/// Plan year of the worked example.
pub const YEAR: i32 = 2021;
/// Report month (September).
pub const REPORT_MONTH: u32 = 9;
/// Σ total investment of the plan set, 万元 (290.4亿元).
pub const TOTAL_INVESTMENT_WAN: i64 = 2_904_000;

/// Per category (农业, 工业, 商贸流通, 基础设施, 社会事业): projects,
/// continuing, resumed, new started, completed by continuing and by new (万元).
pub const CATEGORY_FACTS: [[i64; 6]; 5] = [
    [12, 4, 3, 2, 18_000, 6_000],
    [60, 22, 20, 16, 52_000, 25_000],
    [22, 9, 8, 5, 13_000, 6_000],
    [60, 27, 25, 17, 160_000, 42_000],
    [27, 12, 11, 4, 27_000, 8_000],
];

/// One planned project of the example before it is written out.
struct Spec {
    category: usize,
    continuing: bool,
    started: bool,
    completed: Money,
}

/// The worked example of DOMAIN.md as a site: every file as (path, text).
pub fn worked_example() -> Vec<(String, String)> {
    let mut rng = Rng::new(2021_0930);
    let mut specs = Vec::new();
    for (c, f) in CATEGORY_FACTS.iter().enumerate() {
        let groups = [
            (true, true, f[2], f[4]),
            (true, false, f[1] - f[2], 0),
            (false, true, f[3], f[5]),
            (false, false, f[0] - f[1] - f[3], 0),
        ];
        for (continuing, started, count, wan) in groups {
            let parts = split_exact(&mut rng, wan * WAN, count as usize, 20, 200);
            for completed in parts {
                specs.push(Spec {
                    category: c,
                    continuing,
                    started,
                    completed,
                });
            }
        }
    }
    rng.shuffle(&mut specs);
    // The largest continuing infrastructure project absorbs the rounding of
    // the total investment, so that the sum is exactly 290.4亿元.
    let anchor = (0..specs.len())
        .filter(|&i| specs[i].category == INFRA && specs[i].continuing && specs[i].started)
        .max_by_key(|&i| (specs[i].completed, std::cmp::Reverse(i)))
        .unwrap_or(0);

    let first = Month::new(YEAR, 1);
    let last = Month::new(YEAR, REPORT_MONTH);
    let mut projects = Vec::with_capacity(specs.len() + 3);
    let mut records: Records = Vec::with_capacity(specs.len() + 3);
    for (i, spec) in specs.iter().enumerate() {
        let mut r = Rng::stream(2021, 1, i as u64);
        let life = life_of(&mut r, spec, i);
        let plan = plan_for(&mut r, spec);
        let total = total_for(&mut r, plan);
        let (p, recs) = build_project(&mut r, i, spec, &life, plan, total);
        projects.push(p);
        records.push(recs);
    }
    balance_totals(&mut projects, anchor, TOTAL_INVESTMENT_WAN * WAN);
    phase_duplicates(&mut projects);
    for (p, recs) in extras() {
        projects.push(p);
        records.push(recs);
    }
    let world = World {
        projects,
        units: units(),
        first,
        last,
    };
    let mut files = vec![
        (
            "content/site.yaml".to_string(),
            site_yaml(
                "红岭区重点项目建设月报",
                "红岭区重点项目推进办公室",
                "DOMAIN.md 的算例：2021年计划181个项目，截至9月底开复工111个，完成投资35.7亿元。",
            ),
        ),
        ("content/units.yaml".to_string(), units_yaml(&world.units)),
        (
            "content/problems.yaml".to_string(),
            problems_yaml(&problems(&world)),
        ),
        (format!("content/bulletins/{last}.md"), bulletin()),
    ];
    files.extend(project_files(&world));
    for k in 0..=(last.0 - first.0) {
        let t = first.plus(k);
        files.push((
            format!("content/progress/{t}.yaml"),
            render_month(&world, &records, t),
        ));
    }
    files.sort_by(|a, b| a.0.cmp(&b.0));
    files
}

/// Splits `amount` into `n` positive parts with random weights, exactly.
pub fn split_exact(rng: &mut Rng, amount: Money, n: usize, lo: i64, hi: i64) -> Vec<Money> {
    if n == 0 {
        return Vec::new();
    }
    let weights: Vec<i64> = (0..n).map(|_| rng.range(lo, hi)).collect();
    let sum: i64 = weights.iter().sum();
    let mut parts: Vec<Money> = weights
        .iter()
        .map(|w| (i128::from(amount) * i128::from(*w) / i128::from(sum)) as Money)
        .collect();
    let rest = amount - parts.iter().sum::<Money>();
    parts[n - 1] += rest;
    parts
}

/// When a project starts, stops and completes in 2021 (months 1–9).
struct Life {
    /// Stage of each month, January to September.
    stages: [Stage; 9],
    /// How the kind is to be derived: explicit kind, `started` field, or both.
    explicit_kind: bool,
    started_field: Option<Month>,
    /// Planned start month (long form), if written.
    planned_start: Option<Month>,
    /// Signing date for promoted projects.
    signed: Option<crate::demo::fmt::Date>,
    /// Omit records that repeat the previous stage and invest nothing.
    sparse: bool,
}

fn life_of(r: &mut Rng, s: &Spec, i: usize) -> Life {
    let m = |k: u32| Month::new(YEAR, k);
    let mut stages = [Stage::Preliminary; 9];
    let explicit_kind;
    let mut started_field = None;
    let mut planned_start = None;
    let mut signed = None;
    if s.continuing {
        // 0, 1: explicit 续建 only; 2: explicit and `started`; else `started`.
        let how = i % 7;
        explicit_kind = how <= 2;
        if how >= 2 {
            let year = YEAR - 1 - r.range(0, 1) as i32;
            started_field = Some(Month::new(year, r.range(1, 12) as u32));
        }
        if s.started {
            let resume = match r.range(0, 9) {
                0..=3 => 1,
                4..=7 => 3,
                _ => r.range(4, 6) as u32,
            };
            for k in 1..=9u32 {
                stages[k as usize - 1] = if k < resume {
                    Stage::Suspended
                } else {
                    Stage::Construction
                };
            }
            if r.chance(0.12) {
                let end = r.range(i64::from(resume) + 2, 9) as usize;
                for st in stages.iter_mut().skip(end - 1) {
                    *st = Stage::Completed;
                }
            }
        } else {
            stages = [Stage::Suspended; 9];
        }
    } else {
        explicit_kind = i.is_multiple_of(9);
        let promoted = i % 6 == 1;
        if s.started {
            let f = r.range(2, 9) as u32;
            if i % 13 == 5 {
                started_field = Some(m(f));
            }
            if promoted {
                signed = Some(m(f.saturating_sub(2).max(1)).day(r.range(1, 28) as u32));
            }
            for k in f..=9 {
                stages[k as usize - 1] = Stage::Construction;
            }
            if f <= 6 && r.chance(0.15) {
                let end = r.range(i64::from(f) + 2, 9) as usize;
                for st in stages.iter_mut().skip(end - 1) {
                    *st = Stage::Completed;
                }
            } else if f <= 5 && i % 10 == 3 {
                stages[8] = Stage::Suspended;
            }
        } else {
            if r.chance(0.4) {
                planned_start = Some(m(r.range(4, 12) as u32));
            }
            if r.chance(0.3) {
                for st in stages.iter_mut().take(r.range(2, 6) as usize) {
                    *st = Stage::Reserve;
                }
            }
            if promoted {
                signed = Some(m(r.range(2, 8) as u32).day(r.range(1, 28) as u32));
            }
        }
    }
    if let Some(d) = signed {
        for (k, st) in stages.iter_mut().enumerate() {
            let t = m(k as u32 + 1);
            if t < d.month {
                *st = Stage::Reserve;
            } else if t == d.month && !is_active(*st) {
                *st = Stage::Signed;
            } else if *st == Stage::Reserve {
                *st = Stage::Preliminary;
            }
        }
    }
    Life {
        stages,
        explicit_kind,
        started_field,
        planned_start,
        signed,
        sparse: i % 5 == 4,
    }
}

fn is_active(s: Stage) -> bool {
    matches!(s, Stage::Construction | Stage::Completed | Stage::Operating)
}

/// Which months of `stages` take investment: construction, and the month
/// of completion.
fn invest_months(stages: &[Stage; 9]) -> Vec<usize> {
    (0..9)
        .filter(|&k| {
            stages[k] == Stage::Construction
                || (stages[k] == Stage::Completed && (k == 0 || stages[k - 1] != Stage::Completed))
        })
        .collect()
}

fn plan_for(r: &mut Rng, s: &Spec) -> Money {
    let step = 10 * WAN;
    if s.started {
        // Completion ratio between 45% and 120% of the plan.
        let ratio = r.range(450, 1200);
        let plan = i128::from(s.completed) * 1000 / i128::from(ratio);
        ((plan as Money + step - 1) / step) * step
    } else {
        r.range(20, 300) * step
    }
}

fn total_for(r: &mut Rng, plan: Money) -> Money {
    let base = plan * r.range(1200, 4000) / 1000;
    if r.chance(0.15) {
        base / (WAN / 2) * (WAN / 2)
    } else {
        base / (10 * WAN) * (10 * WAN)
    }
}

fn build_project(
    r: &mut Rng,
    i: usize,
    s: &Spec,
    life: &Life,
    plan: Money,
    total: Money,
) -> (DemoProject, Vec<Option<Record>>) {
    let kind = if s.continuing {
        Kind::Continuing
    } else {
        Kind::New
    };
    let plans = vec![PlanEntry {
        year: YEAR,
        invest: plan,
        kind: life.explicit_kind.then_some(kind),
        start: life.planned_start,
    }];
    let months = invest_months(&life.stages);
    let pieces = split_exact(r, s.completed, months.len(), 50, 150);
    let mut recs: Vec<Option<Record>> = vec![None; 9];
    let mut prev: Option<Stage> = None;
    for (k, slot) in recs.iter_mut().enumerate() {
        let invested = months.iter().position(|&x| x == k).map_or(0, |j| pieces[j]);
        let stage = life.stages[k];
        let funds = match life.signed {
            Some(d) if d.month.month() as usize == k + 1 => r.range(100, 2000) * WAN,
            Some(_) if invested > 0 => invested / 100 * 80,
            _ => 0,
        };
        let repeat = prev == Some(stage) && invested == 0 && funds == 0;
        prev = Some(stage);
        if life.sparse && repeat {
            continue;
        }
        *slot = Some(Record {
            stage,
            invested,
            funds,
            note: note_for(stage, prev_changed(&life.stages, k)),
            photo: None,
        });
    }
    let category = s.category;
    let location = LOCATIONS[i % LOCATIONS.len()].replace("青山", "红岭");
    let naming = name_project(r, category, &location, total, life.signed.is_some());
    let p = DemoProject {
        id: format!("HL-{YEAR}-{:03}", i + 1),
        name: naming.name.replace("青山", "红岭"),
        category,
        total,
        plans,
        unit: unit_for(category, i).to_string(),
        unit_id: unit_for(category, i).to_string(),
        leaders: vec![LEADERS[i % LEADERS.len()]],
        location,
        level: if total >= 100_000 * WAN { 1 } else { 2 },
        started: life.started_field,
        owner: naming.owner.replace("青山", "红岭"),
        description: naming.description.replace("青山", "红岭"),
        tags: Vec::new(),
        file: format!("content/projects/{}.yaml", CATEGORIES[category].1),
        invested_before: 0,
        timeline: idle_timeline(life.signed),
        profile: Profile::Normal,
    };
    (p, recs)
}

fn prev_changed(stages: &[Stage; 9], k: usize) -> bool {
    k == 0 || stages[k - 1] != stages[k]
}

/// Scales the other projects' totals so that the anchor keeps about 40亿元,
/// then makes the sum exactly `target` by setting the anchor's total.
fn balance_totals(projects: &mut [DemoProject], anchor: usize, target: Money) {
    let others = |ps: &[DemoProject]| -> Money {
        ps.iter()
            .enumerate()
            .filter(|(i, _)| *i != anchor)
            .map(|(_, p)| p.total)
            .sum()
    };
    let want = i128::from(target - 400_000 * WAN);
    let have = i128::from(others(projects));
    for (i, p) in projects.iter_mut().enumerate() {
        if i == anchor {
            continue;
        }
        let step = if p.total % (10 * WAN) == 0 {
            10 * WAN
        } else {
            WAN / 2
        };
        let scaled = (i128::from(p.total) * want / have) as Money / step * step;
        p.total = scaled.max(p.plans[0].invest);
    }
    let rest = target - others(projects);
    let plan = projects[anchor].plans[0].invest;
    assert!(
        rest >= plan.max(100_000 * WAN),
        "worked example: anchor total {rest} below its plan {plan}"
    );
    projects[anchor].total = rest;
    projects[anchor].level = 0;
}
