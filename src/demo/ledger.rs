//! Builds the demo district's ledger: who, what, how big, and each project's
//! hidden timeline and annual plans.

use crate::demo::fmt::{round_to, Money, Month, WAN};
use crate::demo::model::*;
use crate::demo::naming::name_project;
use crate::demo::pools::*;
use crate::demo::rng::Rng;
use crate::demo::timeline::{make_plans, make_timeline};
use crate::demo::DemoOptions;
use std::collections::BTreeMap;

/// First plan year of every generated site.
pub const FIRST_YEAR: i32 = 2025;

/// Role of a project when it enters the ledger.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// 续建: begun before the progress files.
    Continuing,
    /// 新建.
    New,
    /// 招商引资: signed in the data's years, then built.
    Promoted,
}

/// Fills `n` slots with values in the given proportions, then shuffles them.
fn quota<T: Copy>(rng: &mut Rng, n: usize, parts: &[(T, usize)]) -> Vec<T> {
    let sum: usize = parts.iter().map(|p| p.1).sum();
    let mut out = Vec::with_capacity(n);
    for &(v, w) in parts.iter().skip(1) {
        out.extend(std::iter::repeat_n(v, n * w / sum));
    }
    let rest = n - out.len();
    out.extend(std::iter::repeat_n(parts[0].0, rest));
    rng.shuffle(&mut out);
    out
}

/// Builds the whole district for `opts`.
pub fn build_world(opts: &DemoOptions) -> World {
    let first = Month::new(FIRST_YEAR, 1);
    let last = first.plus(opts.months.max(1) as i32 - 1);
    let years = last.year() - first.year() + 1;
    let n = opts.projects;
    let locations = locations_for(n, opts.shape.wide);
    let units = units_for(&locations);

    // Entry year: the first year holds three shares, every later year one.
    let n0 = if years == 1 {
        n
    } else {
        n * 3 / (3 + years as usize - 1)
    };
    let mut rng = Rng::stream(opts.seed, 1, 0);
    let mut roles = quota(
        &mut rng,
        n0,
        &[
            (Role::New, 38),
            (Role::Continuing, 45),
            (Role::Promoted, 17),
        ],
    );
    let later = n - n0;
    roles.extend(quota(
        &mut rng,
        later,
        &[(Role::New, 70), (Role::Promoted, 30)],
    ));
    let profiles = quota(
        &mut rng,
        n,
        &[
            (Profile::Normal, 45),
            (Profile::Ahead, 12),
            (Profile::Slow, 18),
            (Profile::Lagging, 7),
            (Profile::Delayed, 8),
            (Profile::Never, 4),
            (Profile::Suspended, 6),
        ],
    );

    let mut seq = vec![0usize; years as usize];
    let mut used_names = BTreeMap::new();
    let mut projects = Vec::with_capacity(n);
    for i in 0..n {
        let entry = if i < n0 || years == 1 {
            first.year()
        } else {
            first.year() + 1 + ((i - n0) * (years as usize - 1) / later.max(1)) as i32
        };
        let slot = (entry - first.year()) as usize;
        seq[slot] += 1;
        let id = format!("QS-{entry}-{:03}", seq[slot]);
        let ctx = Ctx {
            first,
            last,
            entry,
            locations: &locations,
            units: &units,
            used_names: &used_names,
        };
        let mut r = Rng::stream(opts.seed, 2, i as u64);
        let mut p = make_project(&mut r, i, id, roles[i], profiles[i], &ctx);
        // A name met again becomes the next phase: （二期）, （三期）…
        let seen = used_names.entry(p.name.clone()).or_insert(0);
        *seen += 1;
        if *seen > 1 {
            p.name = format!("{}（{}期）", p.name, phase(*seen));
        }
        projects.push(p);
    }
    World {
        projects,
        units,
        first,
        last,
    }
}

/// Renames repeated project names to later phases: （二期）, （三期）…
pub fn phase_duplicates(projects: &mut [DemoProject]) {
    let mut seen: BTreeMap<String, u32> = BTreeMap::new();
    for p in projects {
        let n = seen.entry(p.name.clone()).or_insert(0);
        *n += 1;
        if *n > 1 {
            p.name = format!("{}（{}期）", p.name, phase(*n));
        }
    }
}

/// A phase number in Chinese for small numbers: 二, 三 … 十, then digits.
fn phase(n: u32) -> String {
    const DIGITS: [&str; 9] = ["二", "三", "四", "五", "六", "七", "八", "九", "十"];
    match n {
        2..=10 => DIGITS[n as usize - 2].to_string(),
        _ => n.to_string(),
    }
}

/// The towns and parks: eight, more for large sites; for a `wide` site one
/// for every 25 projects (400 at 10,000), each with its department.
fn locations_for(n: usize, wide: bool) -> Vec<String> {
    let mut out: Vec<String> = LOCATIONS.iter().map(|s| s.to_string()).collect();
    let extra = match (wide, n > 300) {
        (true, _) => n / 25,
        (false, true) => (n / 150).min(200),
        (false, false) => 0,
    };
    // 288 names of two characters, then names with one more in front.
    let town = 24 * 12;
    for i in 0..extra {
        let more = if i < town {
            ""
        } else {
            TOWN_FIRST[(i / town - 1) % 24]
        };
        out.push(format!(
            "{more}{}{}{}",
            TOWN_FIRST[i % 24],
            TOWN_SECOND[(i / 24) % 12],
            TOWN_SUFFIX[i % 3]
        ));
    }
    out
}

/// The departments: twelve, plus one per extra town for large sites.
fn units_for(locations: &[String]) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = UNITS
        .iter()
        .map(|(id, name)| (id.to_string(), name.to_string()))
        .collect();
    if locations.len() > LOCATIONS.len() {
        for (k, loc) in locations.iter().enumerate().skip(LOCATIONS.len()) {
            let name = if loc.ends_with("街道") {
                format!("{loc}办事处")
            } else {
                format!("{loc}人民政府")
            };
            out.push((format!("town{:03}", k - LOCATIONS.len() + 1), name));
        }
    }
    out
}

/// Whether a location is an industrial park rather than a town or street.
fn is_park(location: &str) -> bool {
    location.ends_with("区")
}

/// What every project of a site shares: the months and the name lists.
pub struct Ctx<'a> {
    /// First month of progress.
    pub first: Month,
    /// Last month of progress.
    pub last: Month,
    /// The year the project enters the ledger.
    pub entry: i32,
    /// Towns, streets and parks.
    pub locations: &'a [String],
    /// Departments: id and name.
    pub units: &'a [(String, String)],
    /// Project names used so far, with how often.
    pub used_names: &'a BTreeMap<String, u32>,
}

fn make_project(
    rng: &mut Rng,
    i: usize,
    id: String,
    role: Role,
    profile: Profile,
    ctx: &Ctx,
) -> DemoProject {
    let mega = i % 75 == 10;
    let category = if mega {
        if (i / 75).is_multiple_of(2) {
            INFRA
        } else {
            INDUSTRY
        }
    } else if role == Role::Promoted {
        // Investment attracted from outside goes to industry and trade.
        rng.weighted(&[15, 55, 22, 4, 4])
    } else {
        rng.weighted(&[8, 30, 10, 35, 17])
    };
    let total = if mega {
        round_to(rng.range(500_000, 900_000) * WAN, 1000 * WAN)
    } else {
        total_for(rng, category)
    };
    let wan = total / WAN;
    let span = match wan {
        0..5_000 => rng.range(6, 12),
        5_000..30_000 => rng.range(10, 20),
        30_000..100_000 => rng.range(14, 30),
        100_000..300_000 => rng.range(24, 40),
        _ => rng.range(36, 60),
    } as i32;
    let timeline = make_timeline(rng, role, profile, category, span, ctx);
    let started = timeline.start.filter(|&s| s < ctx.first);
    let (plans, invested_before) = make_plans(rng, total, &timeline, profile, ctx);

    // Factories sit mostly in the two parks; farms, schools and clinics in
    // the towns and streets.
    let towns: Vec<&String> = ctx.locations.iter().filter(|l| !is_park(l)).collect();
    let location = match category {
        INDUSTRY if rng.chance(0.6) => LOCATIONS[6 + rng.below(2)].to_string(),
        AGRI | SOCIAL => rng.pick(&towns).to_string(),
        _ => rng.pick(ctx.locations).clone(),
    };
    let unit_index = if ctx.units.len() > UNITS.len() && rng.chance(0.3) {
        let k = ctx
            .locations
            .iter()
            .position(|l| *l == location)
            .unwrap_or(0);
        if k >= LOCATIONS.len() {
            UNITS.len() + k - LOCATIONS.len()
        } else {
            *rng.pick(UNITS_BY_CATEGORY[category])
        }
    } else {
        *rng.pick(UNITS_BY_CATEGORY[category])
    };
    let (unit_id, unit_name) = ctx.units[unit_index].clone();
    let unit = if rng.chance(0.08) {
        unit_name
    } else {
        unit_id.clone()
    };
    let mut leaders = vec![*rng.pick(&LEADERS)];
    if rng.chance(0.4) {
        let second = *rng.pick(&LEADERS);
        if second != leaders[0] {
            leaders.push(second);
        }
    }
    let level = match wan {
        100_000.. => rng.below(2),
        20_000..100_000 => 1 + usize::from(rng.chance(0.4)),
        _ => 2 - usize::from(rng.chance(0.1)),
    };
    let promoted = role == Role::Promoted;
    let mut naming = name_project(rng, category, &location, total, promoted);
    for _ in 0..4 {
        if !ctx.used_names.contains_key(&naming.name) {
            break;
        }
        naming = name_project(rng, category, &location, total, promoted);
    }
    let mut tags = Vec::new();
    if rng.chance(0.25) {
        tags.push(*rng.pick(TAGS[category]));
    }
    if promoted && rng.chance(0.5) {
        tags.push("招商引资");
    }
    // Big sites spread each category over files of at most 20,000 projects'
    // worth, so that no ledger file comes near the 16 MB a file may have.
    let part = match i / 20_000 {
        0 => String::new(),
        n => format!("-{}", n + 1),
    };
    let file = if ctx.entry == ctx.first.year() {
        format!("content/projects/{}{part}.yaml", CATEGORIES[category].1)
    } else {
        format!("content/projects/{}/xinzeng{part}.yaml", ctx.entry)
    };
    DemoProject {
        id,
        name: naming.name,
        category,
        total,
        plans,
        unit,
        unit_id,
        leaders,
        location,
        level,
        started,
        owner: naming.owner,
        description: naming.description,
        tags,
        file,
        invested_before,
        timeline,
        profile,
    }
}

/// Total investment by category: a few size bands, uniform within a band.
fn total_for(rng: &mut Rng, category: usize) -> Money {
    let bands: &[(i64, i64, u32)] = match category {
        AGRI => &[(300, 3_000, 40), (3_000, 20_000, 45), (20_000, 80_000, 15)],
        INDUSTRY => &[
            (1_000, 10_000, 30),
            (10_000, 50_000, 40),
            (50_000, 200_000, 25),
            (200_000, 450_000, 5),
        ],
        TRADE => &[(500, 5_000, 30), (5_000, 30_000, 50), (30_000, 150_000, 20)],
        INFRA => &[
            (800, 10_000, 30),
            (10_000, 60_000, 40),
            (60_000, 300_000, 25),
            (300_000, 480_000, 5),
        ],
        _ => &[(500, 5_000, 35), (5_000, 30_000, 50), (30_000, 100_000, 15)],
    };
    let weights: Vec<u32> = bands.iter().map(|b| b.2).collect();
    let (lo, hi, _) = bands[rng.weighted(&weights)];
    let wan = rng.range(lo, hi);
    let step = match wan {
        100_000.. => 1000 * WAN,
        10_000..100_000 => 100 * WAN,
        _ if rng.chance(0.15) => WAN / 10,
        _ => 10 * WAN,
    };
    round_to(wan * WAN + rng.range(0, 9) * WAN / 10, step)
}
