//! The default written summary of a month, in the style of these bulletins, for a
//! bulletin without a commentary file (and for the home page).

use super::view::Ctx;
use crate::metrics::MonthMetrics;
use crate::model::{Language, Ratio};

/// The summary as Markdown paragraphs.
pub fn summary(ctx: &Ctx, m: &MonthMetrics) -> String {
    let f = &ctx.fmt;
    let t = &m.totals;
    let vs = t.completion_rate.map(|r| r.sub(m.schedule));
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
