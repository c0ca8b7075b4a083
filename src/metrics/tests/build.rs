//! Small builders for ledgers in tests.

use std::collections::BTreeMap;

use crate::model::{
    Date, Kind, Language, Ledger, Money, Month, Plan, Problem, Project, Ratio, Record,
    ScoreWeights, SiteConfig, Stage, Unit,
};

/// A month from `YYYY-MM`.
pub fn m(s: &str) -> Month {
    Month::parse(s).unwrap()
}

/// A date from `YYYY-MM-DD`.
pub fn d(s: &str) -> Date {
    Date::parse(s).unwrap()
}

/// Money from a decimal in 万元.
pub fn w(s: &str) -> Money {
    Money::parse(s).unwrap()
}

/// A ratio `n / d`.
pub fn r(n: i128, d: i128) -> Ratio {
    Ratio::new(n, d).unwrap()
}

/// The default site settings with the five default categories.
pub fn site() -> SiteConfig {
    SiteConfig {
        title: "测试".into(),
        publisher: "测试办".into(),
        issuer: "测试办".into(),
        language: Language::ZhCn,
        base_url: None,
        categories: SiteConfig::default_categories(),
        levels: Vec::new(),
        theme: None,
        red_below: Ratio::from_ten_thousandths(1000),
        percent_decimals: 1,
        score_weights: ScoreWeights::default(),
        single_file_photos: true,
        paper: false,
        sets: Vec::new(),
        draft: false,
    }
}

/// A project builder.
#[derive(Clone, Debug)]
pub struct P(pub Project);

impl P {
    /// A project `id` in 工业, total investment 1000万元, nothing else.
    pub fn new(id: &str) -> P {
        P(Project {
            id: id.into(),
            name: format!("项目{id}"),
            category: "工业".into(),
            total_investment: w("1000"),
            plans: BTreeMap::new(),
            unit: None,
            leaders: Vec::new(),
            location: None,
            level: None,
            started: None,
            signed: None,
            owner: None,
            description: None,
            tags: Vec::new(),
            records: BTreeMap::new(),
        })
    }
    pub fn cat(mut self, c: &str) -> P {
        self.0.category = c.into();
        self
    }
    pub fn total(mut self, t: &str) -> P {
        self.0.total_investment = w(t);
        self
    }
    pub fn unit(mut self, u: &str) -> P {
        self.0.unit = Some(u.into());
        self
    }
    pub fn location(mut self, l: &str) -> P {
        self.0.location = Some(l.into());
        self
    }
    pub fn level(mut self, l: &str) -> P {
        self.0.level = Some(l.into());
        self
    }
    pub fn started(mut self, s: &str) -> P {
        self.0.started = Some(m(s));
        self
    }
    pub fn signed(mut self, s: &str) -> P {
        self.0.signed = Some(d(s));
        self
    }
    /// A plan of `invest` for `year`, kind derived, no planned start.
    pub fn plan(self, year: i32, invest: &str) -> P {
        self.plan_full(year, invest, None, None)
    }
    pub fn plan_full(
        mut self,
        year: i32,
        invest: &str,
        kind: Option<Kind>,
        start: Option<&str>,
    ) -> P {
        self.0.plans.insert(
            year,
            Plan {
                invest: w(invest),
                kind,
                start: start.map(m),
            },
        );
        self
    }
    /// A record for `month`: `stage`, `invested`, no funds.
    pub fn rec(self, month: &str, stage: Stage, invested: &str) -> P {
        self.rec_funds(month, stage, invested, "0")
    }
    pub fn rec_funds(mut self, month: &str, stage: Stage, invested: &str, funds: &str) -> P {
        self.0.records.insert(
            m(month),
            Record {
                stage,
                invested: w(invested),
                funds: w(funds),
                note: None,
                photos: Vec::new(),
            },
        );
        self
    }
}

/// A problem for `project` raised on `raised`, resolved on `resolved`.
pub fn problem(id: &str, project: &str, raised: &str, resolved: Option<&str>) -> Problem {
    Problem {
        id: id.into(),
        project: project.into(),
        text: "问题".into(),
        owner: None,
        owner_unit: None,
        raised: d(raised),
        resolved: resolved.map(d),
    }
}

/// Units `(id, name)`.
pub fn units(list: &[(&str, &str)]) -> Vec<Unit> {
    list.iter()
        .map(|(id, name)| Unit {
            id: (*id).into(),
            name: (*name).into(),
            aliases: Vec::new(),
        })
        .collect()
}

/// A ledger of `projects` (sorted by id) whose months are every month with a record.
pub fn ledger(projects: Vec<P>) -> Ledger {
    let mut projects: Vec<Project> = projects.into_iter().map(|p| p.0).collect();
    projects.sort_by(|a, b| a.id.cmp(&b.id));
    let mut months: Vec<Month> = projects
        .iter()
        .flat_map(|p| p.records.keys().copied())
        .collect();
    months.sort();
    months.dedup();
    Ledger {
        site: site(),
        units: Vec::new(),
        projects,
        months,
        problems: Vec::new(),
        bulletins: BTreeMap::new(),
        pages: Vec::new(),
        assets: Vec::new(),
    }
}

/// The row of project `id` in `metrics.projects`.
pub fn row<'m, 'a>(
    metrics: &'m super::super::MonthMetrics<'a>,
    id: &str,
) -> &'m super::super::ProjectRow<'a> {
    metrics.projects.iter().find(|p| p.id == id).unwrap()
}
