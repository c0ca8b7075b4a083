//! Monthly progress records (`content/progress/YYYY-MM.yaml`), simulated
//! from each project's timeline and plans.

use crate::demo::fmt::{money, scalar, wan_f, Money, Month, WAN};
use crate::demo::model::{DemoProject, Stage, World};
use crate::demo::pools::{INFRA, NOTES_BUILDING, NOTES_PRELIMINARY, NOTES_WORKS};
use crate::demo::rng::Rng;

/// One project's record for one month.
#[derive(Clone, Debug)]
pub struct Record {
    /// Stage at the month.
    pub stage: Stage,
    /// Investment made in the month.
    pub invested: Money,
    /// Funds arrived in the month (promoted projects).
    pub funds: Money,
    /// 形象进度.
    pub note: Option<String>,
    /// A photo: file under content/assets, caption, share of the works done.
    pub photo: Option<(String, String, u32)>,
}

/// Every project's records: `records[project][month index]`, `None` when the
/// project is not on the ledger that month.
pub type Records = Vec<Vec<Option<Record>>>;

/// Seasonal weight of a month's works (Spring Festival and winter are slow).
fn season(t: Month) -> f64 {
    match t.month() {
        1 => 0.75,
        2 => 0.6,
        3 => 0.95,
        12 => 1.1,
        _ => 1.0,
    }
}

/// Simulates every month of every project. At most `max_photos` photos.
pub fn simulate(world: &World, seed: u64, max_photos: usize) -> Records {
    let months = (world.last.0 - world.first.0 + 1) as usize;
    let photo_from = world.last.plus(-2);
    let mut photos = 0;
    let mut out = Vec::with_capacity(world.projects.len());
    for (i, p) in world.projects.iter().enumerate() {
        let mut rng = Rng::stream(seed, 3, i as u64);
        let mut recs: Vec<Option<Record>> = vec![None; months];
        let mut left = p.total - p.invested_before;
        let tl = &p.timeline;
        for year in world.first.year()..=world.last.year() {
            let plan = p
                .plans
                .iter()
                .find(|e| e.year == year)
                .map_or(0, |e| e.invest);
            let pace = tl.pace * rng.uniform(0.92, 1.08);
            // Keep the later years' plans funded: a fast year cannot spend
            // money the ledger plans for next year.
            let later: Money = p
                .plans
                .iter()
                .filter(|e| e.year > year)
                .map(|e| e.invest)
                .sum();
            let mut budget = (left - later).max(0);
            let (ws, we) = tl.window;
            let year_months = (1..=12).map(|m| Month::new(year, m));
            // The planner knows about the winter break, not about later stops.
            let winter_break =
                |t: Month| tl.winter && t.month() <= 2 && tl.start.is_some_and(|s| t > s);
            let mut weight: f64 = year_months
                .clone()
                .filter(|&t| ws <= t && t <= we && !winter_break(t))
                .map(season)
                .sum();
            if weight == 0.0 {
                weight = year_months
                    .clone()
                    .filter(|&t| tl.invests(t))
                    .map(season)
                    .sum();
            }
            for t in year_months {
                if t < world.first || t > world.last || t < tl.ledger_from || t > tl.ledger_to {
                    continue;
                }
                let mut rec = record(&mut rng, p, t, plan, pace, weight, &mut budget);
                left -= rec.invested;
                let done = progress_share(p, t);
                if t >= photo_from
                    && photos < max_photos
                    && rec.stage == Stage::Construction
                    && rec.note.is_some()
                    && rng.chance(0.08)
                {
                    photos += 1;
                    let file = format!("photos/{t}/{}.svg", p.id.to_ascii_lowercase());
                    let caption = format!("{}现场", rec.note.as_deref().unwrap_or("施工"));
                    rec.photo = Some((file, caption, done));
                }
                recs[(t.0 - world.first.0) as usize] = Some(rec);
            }
        }
        out.push(recs);
    }
    out
}

/// Share of the works done at `t`, in percent (drives notes and photos).
fn progress_share(p: &DemoProject, t: Month) -> u32 {
    let tl = &p.timeline;
    let (Some(s), (_, we)) = (tl.start, tl.window) else {
        return 0;
    };
    let end = tl.end.unwrap_or(we);
    let len = (end.0 - s.0 + 1).max(1);
    ((t.0 - s.0 + 1).clamp(0, len) * 100 / len) as u32
}

fn record(
    rng: &mut Rng,
    p: &DemoProject,
    t: Month,
    plan: Money,
    pace: f64,
    weight: f64,
    left: &mut Money,
) -> Record {
    let tl = &p.timeline;
    let (stage, why) = tl.stage(t);
    let mut invested = 0;
    if tl.invests(t) && *left > 0 {
        let base = if plan > 0 && weight > 0.0 {
            plan as f64 * pace * season(t) / weight
        } else {
            let (ws, we) = tl.window;
            (p.total - p.invested_before) as f64 / f64::from((we.0 - ws.0 + 1).max(1))
        };
        let wan = base * rng.uniform(0.75, 1.25) / WAN as f64;
        let step = if rng.chance(0.15) {
            WAN / 100
        } else if wan >= 1000.0 {
            WAN
        } else if wan >= 100.0 {
            WAN / 10
        } else {
            WAN / 100
        };
        invested = wan_f(wan, step).min(*left);
        *left -= invested;
    }
    let mut funds = 0;
    if let Some(signed) = tl.signed {
        if t == signed.month {
            funds = wan_f(
                p.total as f64 * rng.uniform(0.02, 0.06) / WAN as f64,
                10 * WAN,
            );
        } else if invested > 0 {
            funds = wan_f(
                invested as f64 * rng.uniform(0.5, 1.0) / WAN as f64,
                WAN / 10,
            );
        }
    }
    let note = note(rng, p, t, stage, why);
    Record {
        stage,
        invested,
        funds,
        note,
        photo: None,
    }
}

fn note(
    rng: &mut Rng,
    p: &DemoProject,
    t: Month,
    stage: Stage,
    why: Option<&'static str>,
) -> Option<String> {
    let tl = &p.timeline;
    let text: Option<&str> = match stage {
        Stage::Construction => {
            let phase = (progress_share(p, t) as usize * 5 / 101).min(4);
            let list = if p.category == INFRA {
                NOTES_WORKS[phase]
            } else {
                NOTES_BUILDING[phase]
            };
            rng.chance(0.8).then(|| *rng.pick(list))
        }
        Stage::Suspended => why,
        Stage::Completed if tl.end == Some(t) => Some("完成竣工验收"),
        Stage::Completed => rng.chance(0.3).then_some("已竣工，正在办理竣工决算"),
        Stage::Operating if tl.operate == Some(t) => Some("正式投产运营"),
        Stage::Operating => rng.chance(0.3).then_some("生产运营正常"),
        Stage::Preliminary => rng.chance(0.5).then(|| *rng.pick(&NOTES_PRELIMINARY)),
        Stage::Signed if tl.signed.map(|d| d.month) == Some(t) => Some("已签订投资协议"),
        Stage::Signed => rng.chance(0.5).then_some("正在办理项目备案"),
        Stage::Reserve => rng.chance(0.2).then_some("正在编制可行性研究报告"),
        Stage::Idea => rng.chance(0.2).then_some("正在开展项目策划"),
    };
    text.map(str::to_string)
}

/// The text of one month's progress file.
pub fn render_month(world: &World, records: &Records, t: Month) -> String {
    let k = (t.0 - world.first.0) as usize;
    let mut out = String::with_capacity(64 + world.projects.len() * 96);
    out.push_str(&format!(
        "# 重点项目月度进展：{}年{}月（演示数据）\nperiod: {t}\n",
        t.year(),
        t.month()
    ));
    let mut any = false;
    for (p, recs) in world.projects.iter().zip(records) {
        let Some(r) = &recs[k] else { continue };
        if !any {
            out.push_str("projects:\n");
            any = true;
        }
        out.push_str(&format!("  {}:\n    stage: {}\n", p.id, r.stage.zh()));
        if r.invested > 0 {
            out.push_str(&format!("    invested: {}\n", money(r.invested)));
        }
        if r.funds > 0 {
            out.push_str(&format!("    funds: {}\n", money(r.funds)));
        }
        if let Some(note) = &r.note {
            out.push_str(&format!("    note: {}\n", scalar(note)));
        }
        if let Some((file, caption, _)) = &r.photo {
            out.push_str(&format!(
                "    photos:\n      - {{file: {}, caption: {}}}\n",
                scalar(file),
                scalar(caption)
            ));
        }
    }
    if !any {
        out.push_str("projects: {}\n");
    }
    out
}
