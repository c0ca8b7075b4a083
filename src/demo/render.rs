//! Text of the settings, departments and ledger files.

use crate::demo::fmt::{flow_list, money, scalar};
use crate::demo::model::{DemoProject, PlanEntry, World};
use crate::demo::pools::{CATEGORIES, LEVELS};

/// `content/site.yaml` with the given title and publisher.
pub fn site_yaml(title: &str, publisher: &str, note: &str) -> String {
    let cats: Vec<&str> = CATEGORIES.iter().map(|c| c.0).collect();
    format!(
        "# {note}\ntitle: {}\npublisher: {}\nlanguage: zh-CN\ncategories: {}\nlevels: {}\nflags:\n  red_below: 0.10\npercent_decimals: 1\nscore_weights: {{start: 0.4, completion: 0.4, problems: 0.2}}\n",
        scalar(title),
        scalar(publisher),
        flow_list(&cats),
        flow_list(&LEVELS),
    )
}

/// The demo's project sets (site.yaml `sets:`), as bulletins define their scope.
pub const DEMO_SETS: &str = "# 项目集：通报口径，如“5000万元以上（社会事业1000万元以上）项目”
sets:
  - name: 5000万元以上项目
    min_total_investment: 5000        # 万元，含本数
    by_category: {社会事业: 1000}     # 社会事业项目1000万元以上
  - name: 技改项目
    tags: [技改]
";

/// The site.yaml line of a site without PDF and Word files (`--no-paper`).
pub const NO_PAPER: &str =
    "# 不生成各期的 PDF 与 Word 文件（基准测试只计网站页面）\npaper: false\n";

/// `content/units.yaml`.
pub fn units_yaml(units: &[(String, String)]) -> String {
    let mut out = String::from("# 责任单位\n");
    for (id, name) in units {
        out.push_str(&format!("- id: {}\n  name: {}\n", scalar(id), scalar(name)));
    }
    out
}

/// One plan entry's value: short form, or long form with kind and start.
fn plan_value(e: &PlanEntry) -> String {
    if e.kind.is_none() && e.start.is_none() {
        return money(e.invest);
    }
    let mut parts = vec![format!("invest: {}", money(e.invest))];
    if let Some(k) = e.kind {
        parts.push(format!("kind: {}", k.zh()));
    }
    if let Some(s) = e.start {
        parts.push(format!("start: {s}"));
    }
    format!("{{{}}}", parts.join(", "))
}

/// One project as a YAML list item.
pub fn project_yaml(p: &DemoProject, out: &mut String) {
    out.push_str(&format!("- id: {}\n", p.id));
    out.push_str(&format!("  name: {}\n", scalar(&p.name)));
    out.push_str(&format!("  category: {}\n", CATEGORIES[p.category].0));
    out.push_str(&format!("  total_investment: {}\n", money(p.total)));
    if !p.plans.is_empty() {
        out.push_str("  plans:\n");
        for e in &p.plans {
            out.push_str(&format!("    {}: {}\n", e.year, plan_value(e)));
        }
    }
    out.push_str(&format!("  unit: {}\n", scalar(&p.unit)));
    out.push_str(&format!("  leaders: {}\n", flow_list(&p.leaders)));
    out.push_str(&format!("  location: {}\n", scalar(&p.location)));
    out.push_str(&format!("  level: {}\n", LEVELS[p.level]));
    if let Some(s) = p.started {
        out.push_str(&format!("  started: {s}\n"));
    }
    if let Some(d) = p.timeline.signed {
        out.push_str(&format!("  signed: {d}\n"));
    }
    out.push_str(&format!("  owner: {}\n", scalar(&p.owner)));
    out.push_str(&format!("  description: {}\n", scalar(&p.description)));
    if !p.tags.is_empty() {
        out.push_str(&format!("  tags: {}\n", flow_list(&p.tags)));
    }
}

/// The ledger files: each project goes to its own file, in id order.
pub fn project_files(world: &World) -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = Vec::new();
    for p in &world.projects {
        let k = match files.iter().position(|(f, _)| *f == p.file) {
            Some(k) => k,
            None => {
                files.push((p.file.clone(), header(&p.file, p)));
                files.len() - 1
            }
        };
        let text = &mut files[k].1;
        text.push('\n');
        project_yaml(p, text);
    }
    files
}

fn header(file: &str, p: &DemoProject) -> String {
    let year = p.id.split('-').nth(1).unwrap_or("");
    if file.contains("chubei") {
        format!("# 重点项目台账：{year}年储备项目（不在当年计划内）\n")
    } else if file.contains("xinzeng") {
        format!("# 重点项目台账：{year}年新增入库项目（演示数据，纯属虚构）\n")
    } else {
        format!(
            "# 重点项目台账：{}类（演示数据，纯属虚构）\n",
            CATEGORIES[p.category].0
        )
    }
}
