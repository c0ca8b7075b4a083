//! The default written summary of a month, in the style of these bulletins, for a
//! bulletin without a commentary file (and for the home page).

use super::view::Ctx;
use crate::metrics::MonthMetrics;
use crate::model::{Language, Ratio};

/// The summary as Markdown paragraphs.
pub fn summary(ctx: &Ctx, m: &MonthMetrics) -> String {
    let f = &ctx.fmt;
    let t = &m.totals;
    let vs = m.vs_schedule();
    let ahead = vs.is_some_and(|d| d >= Ratio::int(0));
    let gap = vs.map(|d| {
        if d >= Ratio::int(0) {
            d
        } else {
            Ratio::int(0).sub(d)
        }
    });
    let gap_s = gap
        .map(|g| g.percent(f.pct_decimals))
        .unwrap_or_else(|| "—".into());
    let p = &m.problems;
    let pr = &m.promotion;
    match ctx.lang() {
        Language::En => {
            let mut s = format!(
                "By the end of {}, {} of the {} projects in this year's plan had started or resumed work ({} new starts, {} resumed), a start rate of {}. Investment completed this year is {}, {} of the annual plan of {}",
                ctx.month_name(m.period), t.started, t.projects, t.new_started, t.resumed, f.pct(t.start_rate), f.money(t.completed), f.pct(t.completion_rate), f.money(t.annual_plan)
            );
            if vs.is_some() {
                s.push_str(&format!(
                    ", {gap_s} points {} the schedule ({}).",
                    if ahead { "ahead of" } else { "behind" },
                    f.pct(Some(m.schedule))
                ));
            } else {
                s.push('.');
            }
            s.push_str(&shares_en(ctx, m));
            s.push_str(&format!(
                "\n\nFlags: {} red, {} yellow, {} green.",
                t.flags.red, t.flags.yellow, t.flags.green
            ));
            if pr.signed > 0 {
                s.push_str(&format!(" Promoted projects signed this year: {} ({}), {} fulfilled, {} started, {} operating; funds in place {}.", pr.signed, f.money(pr.signed_investment), pr.fulfilled, pr.started, pr.operating, f.money(pr.funds)));
            }
            s.push_str(&format!("\n\nProblems raised this year: {}, resolved: {} (resolution rate {}); {} still open.\n", p.raised, p.resolved, f.pct(p.resolution_rate), p.open));
            s
        }
        lang => {
            let tw = lang == Language::ZhTw;
            let c = |cn: &'static str, tws: &'static str| if tw { tws } else { cn };
            let mut s = format!(
                "截至{}月底，{}年度计划项目{}个，已开复工{}个（其中新开工{}个、复工{}个），开复工率{}；完成投资{}，占年度计划{}的{}",
                m.month, m.year, t.projects, t.started, t.new_started, t.resumed, f.pct(t.start_rate), f.money(t.completed), f.money(t.annual_plan), f.pct(t.completion_rate)
            );
            if vs.is_some() {
                let word = if ahead {
                    c("超序时进度", "超序時進度")
                } else {
                    c("落后序时进度", "落後序時進度")
                };
                s.push_str(&format!("，{word}{gap_s}{}。", c("个百分点", "個百分點")));
            } else {
                s.push('。');
            }
            s.push_str(&shares_zh(ctx, m, tw));
            s.push_str(&format!(
                "\n\n{}{}个、{}{}个、{}{}个。",
                c("红旗项目", "紅旗項目"),
                t.flags.red,
                c("黄旗项目", "黃旗項目"),
                t.flags.yellow,
                c("绿旗项目", "綠旗項目"),
                t.flags.green
            ));
            if pr.signed > 0 {
                s.push_str(&format!(
                    "{}{}个，{}{}；{}{}个，{}{}个，{}{}个，{}{}。",
                    c("本年招商引资签约项目", "本年招商引資簽約項目"),
                    pr.signed,
                    c("签约总投资", "簽約總投資"),
                    f.money(pr.signed_investment),
                    c("履约", "履約"),
                    pr.fulfilled,
                    c("开工", "開工"),
                    pr.started,
                    c("投产", "投產"),
                    pr.operating,
                    c("到位资金", "到位資金"),
                    f.money(pr.funds)
                ));
            }
            s.push_str(&format!(
                "\n\n{}{}个，{}{}个，{}{}；{}{}个。\n",
                c("本年共梳理项目建设问题", "本年共梳理項目建設問題"),
                p.raised,
                c("已办结", "已辦結"),
                p.resolved,
                c("办结率", "辦結率"),
                f.pct(p.resolution_rate),
                c("尚未办结问题", "尚未辦結問題"),
                p.open
            ));
            s
        }
    }
}

/// A stage row's name, in traditional characters when `tw`.
fn stage_zh(r: &crate::metrics::GroupRow, tw: bool) -> String {
    let traditional = match r.key.as_deref() {
        Some("idea") => "謀劃",
        Some("reserve") => "儲備",
        Some("signed") => "簽約",
        Some("operating") => "投產",
        Some("none") => "未填報",
        _ => r.name.as_str(),
    };
    if tw { traditional } else { r.name.as_str() }.to_string()
}

/// The stages, the sets and the tags with their shares, as a paragraph in
/// Chinese (traditional characters when `tw`); empty when there is nothing.
fn shares_zh(ctx: &Ctx, m: &MonthMetrics, tw: bool) -> String {
    let f = &ctx.fmt;
    let c = |cn: &'static str, tws: &'static str| if tw { tws } else { cn };
    let mut parts = Vec::new();
    let stages: Vec<String> = m
        .by_stage
        .iter()
        .filter(|r| r.totals.projects > 0)
        .map(|r| format!("{}{}{}", stage_zh(r, tw), r.totals.projects, c("个", "個")))
        .collect();
    if !stages.is_empty() {
        parts.push(format!(
            "{}{}",
            c("分阶段看，", "分階段看，"),
            stages.join("、")
        ));
    }
    let early = m.early_pipeline();
    if early > 0 {
        parts.push(format!(
            "{}{early}{}",
            c("另有谋划储备项目", "另有謀劃儲備項目"),
            c("个", "個")
        ));
    }
    for set in &m.sets {
        parts.push(format!(
            "{}{}{}，{}{}，{}{}",
            set.name,
            set.totals.projects,
            c("个", "個"),
            c("完成投资", "完成投資"),
            f.money(set.totals.completed),
            c("占", "占"),
            f.pct(set.completed_share)
        ));
    }
    let tags: Vec<String> = m
        .by_tag
        .iter()
        .zip(&m.growth.by_tag)
        .filter(|(r, _)| r.totals.projects > 0)
        .map(|(r, g)| {
            let mut t = format!(
                "{}{}{}{}",
                r.name,
                c("项目完成投资", "項目完成投資"),
                f.money(r.totals.completed),
                format_args!("，{}{}", c("占", "占"), f.pct(r.completed_share))
            );
            if g.completed.yoy.is_some() {
                t.push_str(&format!(
                    "，{}{}",
                    c("同比", "同比"),
                    ctx.fmt.signed_pct(g.completed.yoy)
                ));
            }
            t
        })
        .collect();
    if !tags.is_empty() {
        parts.push(format!(
            "{}{}",
            c("分标签看，", "分標籤看，"),
            tags.join("；")
        ));
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!("\n\n{}。", parts.join("。"))
    }
}

/// [`shares_zh`] in English.
fn shares_en(ctx: &Ctx, m: &MonthMetrics) -> String {
    let f = &ctx.fmt;
    let mut parts = Vec::new();
    let stages: Vec<String> = m
        .by_stage
        .iter()
        .filter(|r| r.totals.projects > 0)
        .map(|r| {
            let name = r.key.as_deref().unwrap_or(&r.name);
            format!("{} {name}", r.totals.projects)
        })
        .collect();
    if !stages.is_empty() {
        parts.push(format!("By stage: {}", stages.join(", ")));
    }
    for set in &m.sets {
        parts.push(format!(
            "{}: {} projects, {} completed ({} of the total)",
            set.name,
            set.totals.projects,
            f.money(set.totals.completed),
            f.pct(set.completed_share)
        ));
    }
    for (r, g) in m.by_tag.iter().zip(&m.growth.by_tag) {
        if r.totals.projects > 0 {
            parts.push(format!(
                "tag {}: {} completed, {} of the total, year on year {}",
                r.name,
                f.money(r.totals.completed),
                f.pct(r.completed_share),
                ctx.fmt.signed_pct(g.completed.yoy)
            ));
        }
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!("\n\n{}.", parts.join("; "))
    }
}
