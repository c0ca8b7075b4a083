//! The hidden life of a demo project (signing, start, stops, completion)
//! and the annual plans a project office would set for it.

use crate::demo::fmt::{round_to, wan_f, Money, Month, WAN};
use crate::demo::ledger::{Ctx, Role};
use crate::demo::model::*;
use crate::demo::pools::{AGRI, INDUSTRY, NOTES_SUSPENDED, TRADE};
use crate::demo::rng::Rng;

/// Draws the timeline of a project of `role`, `profile` and `category`
/// whose works take `span` months.
pub fn make_timeline(
    rng: &mut Rng,
    role: Role,
    profile: Profile,
    category: usize,
    span: i32,
    ctx: &Ctx,
) -> Timeline {
    let year_start = Month::new(ctx.entry, 1);
    let mut signed = None;
    let mut stops = Vec::new();
    let (planned_start, start) = match role {
        Role::Continuing => {
            let before = rng.range(2, i64::from((span * 2 / 3).clamp(2, 30))) as i32;
            let s = ctx.first.plus(-before);
            match profile {
                Profile::Delayed => {
                    let until = ctx.first.plus(rng.range(2, 5) as i32);
                    stops.push((ctx.first, until, "资金未到位，暂缓复工"));
                }
                Profile::Never => {
                    stops.push((ctx.first, ctx.first.plus(11), "企业经营困难，暂缓建设"));
                }
                _ => {}
            }
            (s, Some(s))
        }
        Role::New | Role::Promoted => {
            let planned = if role == Role::Promoted {
                let month = if rng.chance(0.75) {
                    rng.range(0, 5)
                } else {
                    rng.range(6, 8)
                };
                let m = year_start.plus(month as i32).min(ctx.last);
                signed = Some(m.day(rng.range(1, 28) as u32));
                m.plus(rng.range(2, 4) as i32)
            } else if ctx.entry < ctx.last.year() && rng.chance(0.1) {
                year_start.plus(12 + rng.range(1, 5) as i32)
            } else {
                // Most new projects are planned to break ground in spring.
                year_start.plus(*rng.pick(&[1, 2, 2, 2, 3, 3, 4, 5, 6]))
            };
            let start = match profile {
                Profile::Never => None,
                Profile::Delayed => Some(planned.plus(rng.range(3, 7) as i32)),
                _ => Some(planned.plus(i32::from(rng.chance(0.25)))),
            };
            (planned, start)
        }
    };
    if let (Profile::Suspended, Some(s)) = (profile, start) {
        let from = s.max(ctx.first).plus(rng.range(2, 5) as i32);
        let len = if rng.chance(0.3) {
            120
        } else {
            rng.range(3, 8) as i32
        };
        let why = *rng.pick(&NOTES_SUSPENDED);
        stops.push((from, from.plus(len - 1), why));
    }
    let stopped: i32 = stops.iter().map(|(a, b, _)| b.0 - a.0 + 1).sum();
    let end = start
        .filter(|_| stopped < 100)
        .map(|s| s.plus(span - 1 + stopped + rng.range(0, 2) as i32));
    let operate = end
        .filter(|_| matches!(category, AGRI | INDUSTRY | TRADE))
        .map(|e| e.plus(rng.range(1, 3) as i32));
    let window_end = end.unwrap_or(planned_start.plus(span - 1).max(ctx.last));
    let ledger_to = if window_end >= ctx.last {
        ctx.last
    } else {
        Month::new(window_end.year(), 12).min(ctx.last)
    };
    let pace = match profile {
        Profile::Normal | Profile::Suspended => rng.uniform(1.0, 1.22),
        Profile::Ahead => rng.uniform(1.22, 1.45),
        Profile::Slow => rng.uniform(0.84, 1.0),
        Profile::Lagging => rng.uniform(0.1, 0.4),
        Profile::Delayed | Profile::Never => rng.uniform(0.95, 1.1),
    };
    Timeline {
        ledger_from: year_start,
        ledger_to,
        signed,
        planned_start,
        start,
        end,
        operate,
        stops,
        winter: rng.chance(0.2),
        pace,
        window: (planned_start, window_end),
    }
}

/// Annual plans spread the total over the plan window; plans never exceed
/// the total. Returns the plans and the share spent before the data begins.
pub fn make_plans(
    rng: &mut Rng,
    total: Money,
    tl: &Timeline,
    profile: Profile,
    ctx: &Ctx,
) -> (Vec<PlanEntry>, Money) {
    let (ws, we) = tl.window;
    let len = i64::from(we.0 - ws.0 + 1);
    let before = i64::from((ctx.first.0 - ws.0).max(0));
    let invested_before = if len > 0 {
        round_to(total * before.min(len) / len, WAN)
    } else {
        0
    };
    let mut left = total - invested_before;
    let mut plans = Vec::new();
    for year in ctx.entry..=ctx.last.year() {
        let (a, b) = (ws.max(Month::new(year, 1)), we.min(Month::new(year, 12)));
        if a > b {
            continue;
        }
        let share = total as f64 * f64::from(b.0 - a.0 + 1) / len as f64;
        let step = match share as i64 / WAN {
            10_000.. => 100 * WAN,
            1_000..10_000 if rng.chance(0.1) => WAN / 2,
            1_000..10_000 => 10 * WAN,
            _ => WAN,
        };
        let mut invest = wan_f(share * rng.uniform(0.9, 1.1) / WAN as f64, step);
        if invest > left {
            invest = if left >= step {
                left / step * step
            } else {
                left
            };
        }
        if invest <= 0 {
            continue;
        }
        left -= invest;
        let derived = match tl.start {
            Some(s) if s < Month::new(year, 1) => Kind::Continuing,
            _ => Kind::New,
        };
        let kind = rng.chance(0.15).then_some(derived);
        let start = if derived == Kind::New && tl.start.is_none_or(|s| s.year() >= year) {
            if ws.year() == year
                && (matches!(profile, Profile::Never | Profile::Delayed) || rng.chance(0.5))
            {
                Some(ws)
            } else if ws.year() < year && profile == Profile::Never {
                Some(Month::new(year, rng.range(3, 6) as u32))
            } else {
                None
            }
        } else {
            None
        };
        plans.push(PlanEntry {
            year,
            invest,
            kind,
            start,
        });
    }
    (plans, invested_before)
}
