//! Test support: reads a generated site back through serde_yaml and
//! recomputes DOMAIN.md's figures with integer arithmetic (0.0001 万元), as
//! an independent check of the generator.

use serde_yaml::Value;
use std::collections::BTreeMap;

/// A project as read back.
#[derive(Debug, Default)]
pub struct P {
    pub category: String,
    pub total: i64,
    /// Year → (invest, explicit kind, planned start "YYYY-MM").
    pub plans: BTreeMap<i64, (i64, Option<String>, Option<String>)>,
    pub started: Option<String>,
    pub signed: Option<String>,
}

/// A progress record as read back.
#[derive(Debug, Clone)]
pub struct R {
    pub stage: String,
    pub invested: i64,
    pub funds: i64,
}

/// A site as read back.
#[derive(Debug, Default)]
pub struct Site {
    pub projects: BTreeMap<String, P>,
    /// "YYYY-MM" → id → record.
    pub progress: BTreeMap<String, BTreeMap<String, R>>,
}

/// Parses YAML text, panicking with the file name on error.
pub fn yaml(path: &str, text: &str) -> Value {
    serde_yaml::from_str(text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// A money value (integer or decimal) in 0.0001 万元, exactly.
pub fn money(v: &Value) -> i64 {
    let text = match v {
        Value::Number(n) => n.to_string(),
        Value::String(s) => s.clone(),
        other => panic!("not money: {other:?}"),
    };
    let (whole, frac) = text.split_once('.').unwrap_or((&text, ""));
    assert!(frac.len() <= 4, "more than 4 decimals: {text}");
    let frac = format!("{frac:0<4}");
    whole.parse::<i64>().unwrap() * 10_000 + frac.parse::<i64>().unwrap()
}

/// A scalar as text (numbers and strings alike).
pub fn text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        other => panic!("not a scalar: {other:?}"),
    }
}

/// Reads the ledger and the progress files of a generated site.
pub fn read(files: &[(String, String)]) -> Site {
    let mut site = Site::default();
    for (path, body) in files {
        if path.starts_with("content/projects/") {
            for item in yaml(path, body).as_sequence().expect("a list") {
                let id = text(&item["id"]);
                let mut p = P {
                    category: text(&item["category"]),
                    total: money(&item["total_investment"]),
                    started: item.get("started").map(text),
                    signed: item.get("signed").map(text),
                    ..P::default()
                };
                if let Some(plans) = item.get("plans").and_then(Value::as_mapping) {
                    for (year, v) in plans {
                        let year = text(year).parse::<i64>().unwrap();
                        let entry = match v {
                            Value::Mapping(_) => (
                                money(&v["invest"]),
                                v.get("kind").map(text),
                                v.get("start").map(text),
                            ),
                            _ => (money(v), None, None),
                        };
                        p.plans.insert(year, entry);
                    }
                }
                assert!(site.projects.insert(id.clone(), p).is_none(), "dup {id}");
            }
        } else if path.starts_with("content/progress/") {
            let doc = yaml(path, body);
            let period = text(&doc["period"]);
            assert!(path.ends_with(&format!("{period}.yaml")), "{path}");
            let mut month = BTreeMap::new();
            if let Some(map) = doc["projects"].as_mapping() {
                for (id, r) in map {
                    let get = |k: &str| r.get(k).map_or(0, money);
                    let rec = R {
                        stage: text(&r["stage"]),
                        invested: get("invested"),
                        funds: get("funds"),
                    };
                    month.insert(text(id), rec);
                }
            }
            site.progress.insert(period, month);
        }
    }
    site
}

/// Whether a stage counts as started.
pub fn active(stage: &str) -> bool {
    matches!(stage, "在建" | "竣工" | "投产")
}

/// Figures for one plan year at one report month.
#[derive(Debug, Default)]
pub struct Figures {
    pub projects: usize,
    pub new: usize,
    pub continuing: usize,
    pub total_investment: i64,
    pub annual_plan: i64,
    pub new_started: usize,
    pub resumed: usize,
    pub completed_new: i64,
    pub completed_continuing: i64,
    /// Category → (started, completed).
    pub by_category: BTreeMap<String, (usize, i64)>,
    /// red, yellow, green.
    pub flags: (usize, usize, usize),
}

impl Site {
    /// Stage of `id` at `month`: its latest record at or before it.
    pub fn stage_at(&self, id: &str, month: &str) -> Option<String> {
        self.progress
            .range(..=month.to_string())
            .rev()
            .find_map(|(_, m)| m.get(id).map(|r| r.stage.clone()))
    }

    /// Start month: `started`, else the first month with an active record.
    pub fn start_month(&self, id: &str) -> Option<String> {
        if let Some(s) = &self.projects[id].started {
            return Some(s.clone());
        }
        self.progress
            .iter()
            .find(|(_, m)| m.get(id).is_some_and(|r| active(&r.stage)))
            .map(|(k, _)| k.clone())
    }

    /// DOMAIN.md's arithmetic for plan year `year` at month `m`.
    pub fn figures(&self, year: i64, m: i64, red_below_pct: i64) -> Figures {
        let jan = format!("{year:04}-01");
        let p_month = format!("{year:04}-{m:02}");
        let mut f = Figures::default();
        for (id, p) in &self.projects {
            let Some((plan, kind, start)) = p.plans.get(&year) else {
                continue;
            };
            let continuing = match kind.as_deref() {
                Some("续建") | Some("continuing") => true,
                Some(_) => false,
                None => self.start_month(id).is_some_and(|s| s < jan),
            };
            let started = self.stage_at(id, &jan).is_some_and(|s| active(&s))
                || self
                    .progress
                    .range(jan.clone()..=p_month.clone())
                    .any(|(_, mm)| mm.get(id).is_some_and(|r| active(&r.stage)));
            let completed: i64 = self
                .progress
                .range(jan.clone()..=p_month.clone())
                .filter_map(|(_, mm)| mm.get(id).map(|r| r.invested))
                .sum();
            f.projects += 1;
            f.total_investment += p.total;
            f.annual_plan += plan;
            let cat = f.by_category.entry(p.category.clone()).or_default();
            cat.1 += completed;
            if started {
                cat.0 += 1;
            }
            if continuing {
                f.continuing += 1;
                f.completed_continuing += completed;
                f.resumed += usize::from(started);
            } else {
                f.new += 1;
                f.completed_new += completed;
                f.new_started += usize::from(started);
            }
            if *plan > 0 {
                let overdue = !started && start.as_ref().is_some_and(|s| *s <= p_month);
                // r < m/12 − red_below  ⇔  completed·1200 < plan·(100m − 12·red)
                let red = completed * 1200 < plan * (100 * m - 12 * red_below_pct);
                if overdue || red {
                    f.flags.0 += 1;
                } else if completed * 12 >= plan * m {
                    f.flags.2 += 1;
                } else {
                    f.flags.1 += 1;
                }
            }
        }
        f
    }
}
