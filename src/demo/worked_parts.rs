//! Smaller pieces of the worked example: its departments, reserve projects
//! outside the plan, problems and the September commentary.

use crate::demo::fmt::{Date, Month, WAN};
use crate::demo::model::*;
use crate::demo::pools::{AGRI, INDUSTRY, INFRA, SOCIAL, TRADE};
use crate::demo::problems::Problem;
use crate::demo::progress::Record;
use crate::demo::worked::YEAR;

/// The example's departments: id and name.
pub fn units() -> Vec<(String, String)> {
    [
        ("fgj", "区发改局"),
        ("gxj", "区工信局"),
        ("zjj", "区住建局"),
        ("jtj", "区交通运输局"),
        ("nyncj", "区农业农村局"),
        ("swj", "区商务局"),
        ("jyj", "区教育局"),
        ("wjw", "区卫健委"),
    ]
    .iter()
    .map(|(a, b)| (a.to_string(), b.to_string()))
    .collect()
}

/// The department answering for the `i`-th project of `category`.
pub fn unit_for(category: usize, i: usize) -> &'static str {
    let pool: &[&str] = match category {
        AGRI => &["nyncj", "nyncj", "fgj"],
        INDUSTRY => &["gxj", "gxj", "fgj"],
        TRADE => &["swj", "swj", "fgj"],
        INFRA => &["zjj", "jtj", "jtj", "fgj"],
        SOCIAL => &["jyj", "wjw", "zjj"],
        _ => &["fgj"],
    };
    pool[i % pool.len()]
}

/// A short 形象进度 note when the stage changes.
pub fn note_for(stage: Stage, changed: bool) -> Option<String> {
    if !changed {
        return None;
    }
    let text = match stage {
        Stage::Construction => "施工中",
        Stage::Suspended => "暂停施工",
        Stage::Completed => "完成竣工验收",
        Stage::Operating => "已投产",
        Stage::Signed => "已签订投资协议",
        Stage::Preliminary => "办理前期手续",
        Stage::Reserve => "储备项目",
        Stage::Idea => "谋划项目",
    };
    Some(text.to_string())
}

/// A timeline carrying only the signing date (the example writes its
/// records directly).
pub fn idle_timeline(signed: Option<Date>) -> Timeline {
    let m = Month::new(YEAR, 1);
    Timeline {
        ledger_from: m,
        ledger_to: m.plus(8),
        signed,
        planned_start: m,
        start: None,
        end: None,
        operate: None,
        stops: Vec::new(),
        winter: false,
        pace: 1.0,
        window: (m, m),
    }
}

/// Three projects outside the 2021 plan (two planned for 2022, one with no
/// plan at all): on the ledger and in the progress files, but never counted.
pub fn extras() -> Vec<(DemoProject, Vec<Option<Record>>)> {
    let rows = [
        (
            "红岭区智慧物流园项目",
            TRADE,
            86_000,
            Some(12_000),
            Stage::Reserve,
        ),
        (
            "红岭区城市防洪排涝工程",
            INFRA,
            45_000,
            Some(9_000),
            Stage::Reserve,
        ),
        ("红岭区康养小镇项目", SOCIAL, 150_000, None, Stage::Idea),
    ];
    rows.iter()
        .enumerate()
        .map(|(k, &(name, category, total, plan, stage))| {
            let p = DemoProject {
                id: format!("HL-{}-{:03}", YEAR + 1, k + 1),
                name: name.to_string(),
                category,
                total: total * WAN,
                plans: plan
                    .map(|w| PlanEntry {
                        year: YEAR + 1,
                        invest: w * WAN,
                        kind: None,
                        start: Some(Month::new(YEAR + 1, 4)),
                    })
                    .into_iter()
                    .collect(),
                unit: "fgj".to_string(),
                unit_id: "fgj".to_string(),
                leaders: vec!["王建国"],
                location: "红岭街道".to_string(),
                level: 2,
                started: None,
                owner: "红岭区城市建设投资集团有限公司".to_string(),
                description: "储备项目，正在开展前期谋划。".to_string(),
                tags: vec!["储备"],
                file: format!("content/projects/{}/chubei.yaml", YEAR + 1),
                invested_before: 0,
                timeline: idle_timeline(None),
                profile: Profile::Normal,
            };
            let rec = Record {
                stage,
                invested: 0,
                funds: 0,
                note: None,
                photo: None,
            };
            (p, vec![Some(rec); 9])
        })
        .collect()
}

/// Problems of the example: one carried from 2020, twelve raised in 2021.
pub fn problems(world: &World) -> Vec<Problem> {
    let texts = [
        ("用地指标未落实", "区自然资源局"),
        ("施工用电未接入", "国网红岭供电公司"),
        ("环评批复滞后", "市生态环境局红岭分局"),
        ("施工许可手续未办结", "zjj"),
        ("建设资金到位不足", "fgj"),
        ("地下管线迁改未完成", "zjj"),
    ];
    let mut out = Vec::new();
    for k in 0..13usize {
        let p = &world.projects[(k * 13 + 5) % 181];
        let (text, owner) = texts[k % texts.len()];
        let raised = if k == 0 {
            Month::new(YEAR - 1, 11).day(20)
        } else {
            Month::new(YEAR, (k as u32 - 1) % 9 + 1).day(3 + k as u32)
        };
        let resolved = (k % 3 != 0)
            .then(|| raised.plus_days(12 + 3 * k as u32))
            .filter(|d| *d <= Month::new(YEAR, 9).day(30));
        out.push(Problem {
            id: format!(
                "P-{}-{:03}",
                raised.month.year(),
                if k == 0 { 17 } else { k }
            ),
            project: p.id.clone(),
            text,
            owner: owner.to_string(),
            raised,
            resolved,
        });
    }
    out
}

/// The commentary of September 2021: the bulletin's own sentences, with the
/// figures as live expressions.
pub fn bulletin() -> String {
    r#"---
title: 2021年9月全区重点项目建设情况通报
number: 9
date: 2021-10-08
---
## 一、总体情况

2021年全区计划实施100万元以上重点项目{{ totals.projects }}个，其中续建项目{{ totals.continuing }}个、新建项目{{ totals.new }}个，计划总投资{{ totals.total_investment | money }}。

截至9月底，全区{{ totals.projects }}个项目中，已开复工{{ totals.started }}个（复工{{ totals.resumed }}个、新开工{{ totals.new_started }}个），开复工率{{ totals.start_rate | pct }}；累计完成投资{{ totals.completed | money }}，占年度计划的{{ totals.completion_rate | pct }}，序时进度{{ schedule | pct }}。

## 二、存在问题

今年以来梳理问题{{ problems.raised }}个，已办结{{ problems.resolved }}个，办结率{{ problems.resolution_rate | pct }}，尚有{{ problems.open }}个问题未解决。红旗项目{{ totals.flags.red }}个，主要是已过计划开工时间仍未开工和投资完成滞后的项目。

## 三、下一步工作

各责任单位要对照年度目标倒排工期，推动未开工项目尽快开工，确保四季度投资任务按期完成。
"#
    .to_string()
}
