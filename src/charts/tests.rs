//! Tests of the chart functions: well-formed SVG, accessibility, escaping,
//! determinism, degenerate input, text measurement and layout (no label
//! outside the image, no two labels on top of each other).

use super::scale::{nice, nice_pair};
use super::style::PAD;
use super::text::{text_width, wrap};
use super::*;

fn s(v: &[&str]) -> Vec<String> {
    v.iter().map(|x| x.to_string()).collect()
}

/// Undoes the five XML escapes (and numeric references) in `t`.
fn unescape(t: &str) -> String {
    let mut out = String::with_capacity(t.len());
    let mut rest = t;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        let end = rest[i..].find(';').map(|j| i + j).unwrap_or(rest.len() - 1);
        let ent = &rest[i + 1..end];
        match ent {
            "lt" => out.push('<'),
            "gt" => out.push('>'),
            "amp" => out.push('&'),
            "quot" => out.push('"'),
            "apos" => out.push('\''),
            _ => {
                let n = ent
                    .strip_prefix("#x")
                    .and_then(|h| u32::from_str_radix(h, 16).ok())
                    .or_else(|| ent.strip_prefix('#').and_then(|d| d.parse().ok()));
                out.push(n.and_then(char::from_u32).unwrap_or('\u{FFFD}'));
            }
        }
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    out
}

/// Checks that `t` (text or an attribute value) has only valid entity
/// references and no raw `<`.
fn check_chars(t: &str) -> Result<(), String> {
    if t.contains('<') {
        return Err(format!("raw '<' in {t:?}"));
    }
    let mut rest = t;
    while let Some(i) = rest.find('&') {
        let tail = &rest[i + 1..];
        let end = tail.find(';').ok_or_else(|| format!("bad '&' in {t:?}"))?;
        let ent = &tail[..end];
        let ok = matches!(ent, "lt" | "gt" | "amp" | "quot" | "apos")
            || ent
                .strip_prefix("#x")
                .is_some_and(|h| u32::from_str_radix(h, 16).is_ok())
            || ent
                .strip_prefix('#')
                .is_some_and(|d| d.parse::<u32>().is_ok());
        if !ok {
            return Err(format!("bad entity &{ent}; in {t:?}"));
        }
        rest = &tail[end + 1..];
    }
    if t.chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\t' | '\r'))
    {
        return Err(format!("control character in {t:?}"));
    }
    Ok(())
}

/// A small XML well-formedness check: tags nest and match, attribute
/// values are quoted, text and attributes are properly escaped, and there
/// is exactly one root element.
fn check_xml(doc: &str) -> Result<(), String> {
    let mut stack: Vec<&str> = Vec::new();
    let mut roots = 0;
    let mut rest = doc;
    while let Some(lt) = rest.find('<') {
        let text = &rest[..lt];
        if stack.is_empty() && !text.trim().is_empty() {
            return Err(format!("text outside the root: {text:?}"));
        }
        check_chars(text)?;
        let after = &rest[lt + 1..];
        let gt = after.find('>').ok_or("unclosed tag")?;
        let tag = &after[..gt];
        rest = &after[gt + 1..];
        if let Some(name) = tag.strip_prefix('/') {
            match stack.pop() {
                Some(open) if open == name.trim() => {}
                other => return Err(format!("</{name}> closes {other:?}")),
            }
            continue;
        }
        let self_closing = tag.ends_with('/');
        let body = tag.trim_end_matches('/');
        let name_end = body.find(char::is_whitespace).unwrap_or(body.len());
        let name = &body[..name_end];
        if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
            return Err(format!("bad tag name in <{tag}>"));
        }
        // Attributes: name="value" pairs.
        let mut attrs = body[name_end..].trim();
        while !attrs.is_empty() {
            let eq = attrs
                .find("=\"")
                .ok_or_else(|| format!("bad attribute in <{tag}>"))?;
            let aname = attrs[..eq].trim();
            if aname.is_empty() || aname.contains(char::is_whitespace) {
                return Err(format!("bad attribute name in <{tag}>"));
            }
            let vstart = eq + 2;
            let vend = attrs[vstart..].find('"').ok_or("unterminated attribute")? + vstart;
            check_chars(&attrs[vstart..vend])?;
            attrs = attrs[vend + 1..].trim_start();
        }
        if stack.is_empty() {
            roots += 1;
        }
        if !self_closing {
            stack.push(name);
        }
    }
    if !rest.trim().is_empty() {
        return Err("text after the root".into());
    }
    if !stack.is_empty() {
        return Err(format!("unclosed elements {stack:?}"));
    }
    if roots != 1 {
        return Err(format!("{roots} root elements"));
    }
    Ok(())
}

/// Asserts everything every chart must have.
fn check_svg(svg: &str, title: &str) {
    assert!(
        svg.starts_with("<svg"),
        "does not start with <svg: {svg:.80}"
    );
    assert!(
        svg.trim_end().ends_with("</svg>"),
        "does not end with </svg>"
    );
    if let Err(e) = check_xml(svg) {
        panic!("not well-formed: {e}\n{svg}");
    }
    let head_end = svg.find('>').unwrap();
    let head = &svg[..head_end];
    assert!(head.contains("viewBox=\"0 0 "), "no viewBox");
    assert!(head.contains("role=\"img\""), "no role");
    assert!(head.contains("aria-label=\""), "no aria-label");
    assert!(head.contains("Noto Sans CJK SC"), "no CJK font family");
    // <title> is the first child.
    let after = svg[head_end + 1..].trim_start();
    assert!(after.starts_with("<title>"), "title is not the first child");
    let t_end = after.find("</title>").unwrap();
    assert_eq!(unescape(&after[7..t_end]), title.trim_end_matches('\0'));
    // Every text is whole-pixel sized, no web fonts or external links.
    for t in texts(svg) {
        assert_eq!(t.size.fract(), 0.0, "font size {}", t.size);
    }
    assert!(!svg.contains("@font-face") && !svg.contains("url("));
    assert_eq!(
        svg.matches("http").count(),
        1,
        "only the xmlns may name a host"
    );
    assert!(!svg.contains("href"));
}

/// One `<text>` element of the output.
#[derive(Debug)]
struct TextEl {
    x: f64,
    y: f64,
    size: f64,
    anchor: String,
    dy: String,
    rotated: bool,
    content: String,
}

fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let key = format!(" {name}=\"");
    let i = tag.find(&key)? + key.len();
    let j = tag[i..].find('"')? + i;
    Some(&tag[i..j])
}

/// The `<text>` elements of `svg`, with the text attributes they inherit
/// from the groups they are in and the root element where they do not set
/// their own.
fn texts(svg: &str) -> Vec<TextEl> {
    let mut out = Vec::new();
    // The open elements text inherits from: the root, groups.
    let mut scopes: Vec<&str> = Vec::new();
    let mut rest = svg;
    while let Some(i) = rest.find('<') {
        let gt = rest[i..].find('>').unwrap() + i;
        let tag = &rest[i..gt];
        rest = &rest[gt + 1..];
        if tag.starts_with("<svg ") || tag.starts_with("<g ") {
            scopes.push(tag);
        } else if tag == "</g" || tag == "</svg" {
            scopes.pop();
        } else if tag.starts_with("<text ") {
            let close = rest.find("</text>").unwrap();
            let content = unescape(rest[..close].trim());
            rest = &rest[close..];
            let inherited = |name: &str| {
                attr(tag, name).or_else(|| scopes.iter().rev().find_map(|s| attr(s, name)))
            };
            out.push(TextEl {
                x: attr(tag, "x").unwrap().parse().unwrap(),
                y: attr(tag, "y").unwrap().parse().unwrap(),
                size: inherited("font-size").unwrap().parse().unwrap(),
                // "start" is SVG's initial value.
                anchor: inherited("text-anchor").unwrap_or("start").to_string(),
                dy: attr(tag, "dy").unwrap().to_string(),
                rotated: attr(tag, "transform").is_some_and(|t| t.starts_with("rotate(270")),
                content,
            });
        }
    }
    out
}

fn text_contents(svg: &str) -> Vec<String> {
    texts(svg).into_iter().map(|t| t.content).collect()
}

fn size_of(svg: &str) -> (f64, f64) {
    let head = &svg[..svg.find('>').unwrap()];
    (
        attr(head, "width").unwrap().parse().unwrap(),
        attr(head, "height").unwrap().parse().unwrap(),
    )
}

/// The box a text covers on screen, from its anchor and estimated width:
/// (left, top, right, bottom).
fn text_box(t: &TextEl) -> (f64, f64, f64, f64) {
    let w = text_width(&t.content, t.size);
    let (start, end) = match t.anchor.as_str() {
        "middle" => (-w / 2.0, w / 2.0),
        "end" => (-w, 0.0),
        _ => (0.0, w),
    };
    // Glyphs of a CJK font reach 0.88 em above and 0.12 em below the
    // baseline; plotters puts the baseline 0.27 em (0.5ex) below y for
    // VPos::Center.
    let (above, below) = match t.dy.as_str() {
        "0.5ex" => (0.88 - 0.27, 0.12 + 0.27),
        "0.76em" => (0.88 - 0.76, 0.12 + 0.76),
        _ => (0.88 + 0.27, 0.12 - 0.27),
    };
    let (a, b) = (above * t.size, below * t.size);
    if t.rotated {
        // Reading upwards: the line runs along -y, the glyph height along x.
        (t.x - a, t.y - end, t.x + b, t.y - start)
    } else {
        (t.x + start, t.y - a, t.x + end, t.y + b)
    }
}

/// Asserts that no text sticks out of the image and no two texts overlap
/// (by the width estimate, which errs on the wide side).
fn check_layout(svg: &str) {
    let (w, h) = size_of(svg);
    let boxes: Vec<_> = texts(svg)
        .iter()
        .map(|t| (text_box(t), t.content.clone()))
        .collect();
    for ((l, t, r, b), c) in &boxes {
        assert!(
            *l >= -0.5 && *r <= w + 0.5 && *t >= -0.5 && *b <= h + 0.5,
            "text {c:?} at ({l:.0},{t:.0})–({r:.0},{b:.0}) is outside {w}×{h}"
        );
    }
    for (i, ((l1, t1, r1, b1), c1)) in boxes.iter().enumerate() {
        for ((l2, t2, r2, b2), c2) in &boxes[i + 1..] {
            let overlap_x = l1.max(*l2) < r1.min(*r2) - 0.5;
            let overlap_y = t1.max(*t2) < b1.min(*b2) - 0.5;
            assert!(
                !(overlap_x && overlap_y),
                "texts {c1:?} and {c2:?} overlap\n{svg}"
            );
        }
    }
}

fn months() -> Vec<String> {
    (1..=12).map(|m| format!("{m}月")).collect()
}

fn categories() -> Vec<String> {
    s(&["农业", "工业", "商贸流通", "基础设施", "社会事业"])
}

fn plan_vs_done() -> Vec<Series> {
    vec![
        Series {
            name: "年度计划投资".into(),
            values: vec![6.1, 21.3, 5.2, 48.6, 9.9],
            labels: s(&["6.1亿元", "21.3亿元", "5.2亿元", "48.6亿元", "9.9亿元"]),
        },
        Series {
            name: "累计完成投资".into(),
            values: vec![2.4, 7.7, 1.9, 20.2, 3.5],
            labels: s(&["2.4亿元", "7.7亿元", "1.9亿元", "20.2亿元", "3.5亿元"]),
        },
    ]
}

fn cumulative_lines() -> Vec<LineSeries> {
    vec![
        LineSeries {
            name: "累计完成投资".into(),
            values: [2.1, 4.0, 8.5, 12.9, 16.8, 21.0, 25.3, 30.1, 35.7]
                .map(Some)
                .into_iter()
                .chain([None; 3])
                .collect(),
            dashed: false,
        },
        LineSeries {
            name: "序时进度".into(),
            values: (1..=12).map(|m| Some(58.08 * m as f64 / 12.0)).collect(),
            dashed: true,
        },
    ]
}

/// `k` straight lines of `n` points rising ever more steeply, every
/// second one dashed.
fn rising_lines(k: usize, n: usize) -> Vec<LineSeries> {
    (0..k)
        .map(|i| LineSeries {
            name: format!("线{i}"),
            values: (0..n).map(|m| Some((m * (i + 1)) as f64)).collect(),
            dashed: i % 2 == 1,
        })
        .collect()
}

fn departments() -> Vec<String> {
    s(&[
        "区住房和城乡建设局",
        "区发展和改革局",
        "区交通运输局",
        "区农业农村局",
        "区教育局",
        "区卫生健康局",
        "区商务局",
        "区工业和信息化局",
    ])
}

fn project_bars() -> (Series, LineSeries) {
    let monthly = [
        320.0, 0.0, 1250.5, 880.0, 2100.0, 1640.0, 900.0, 1520.0, 2210.0,
    ];
    let mut cum = 0.0;
    (
        Series {
            name: "当月完成投资".into(),
            values: monthly.to_vec(),
            labels: monthly.iter().map(|v| format!("{v}万元")).collect(),
        },
        LineSeries {
            name: "累计完成投资".into(),
            values: monthly
                .iter()
                .map(|v| {
                    cum += v;
                    Some(cum)
                })
                .collect(),
            dashed: false,
        },
    )
}

/// One chart of every kind, with realistic data.
fn all_charts() -> Vec<(&'static str, String)> {
    let (bars, line) = project_bars();
    let depts = departments();
    vec![
        (
            "分产业类别投资完成情况",
            grouped_bars(
                "分产业类别投资完成情况",
                &categories(),
                &plan_vs_done(),
                "亿元",
            ),
        ),
        (
            "累计完成投资与序时进度",
            line_chart(
                "累计完成投资与序时进度",
                &months(),
                &cumulative_lines(),
                "亿元",
            ),
        ),
        (
            "责任单位考核评分",
            horizontal_bars(
                "责任单位考核评分",
                &depts,
                &[96.2, 92.5, 90.8, 88.1, 85.0, 83.3, 81.0, 79.4],
                &s(&[
                    "96.2分", "92.5分", "90.8分", "88.1分", "85.0分", "83.3分", "81.0分", "79.4分",
                ]),
                Some(100.0),
            ),
        ),
        (
            "红黄绿旗",
            flag_split("红黄绿旗", (12, "红旗"), (30, "黄旗"), (139, "绿旗")),
        ),
        (
            "招商引资推进",
            funnel(
                "招商引资推进",
                &[
                    ("签约".into(), 45.0, "45个".into()),
                    ("履约".into(), 36.0, "36个".into()),
                    ("开工".into(), 21.0, "21个".into()),
                    ("投产".into(), 6.0, "6个".into()),
                ],
            ),
        ),
        (
            "项目投资完成情况",
            bars_with_line("项目投资完成情况", &months(), &bars, &line, "万元"),
        ),
    ]
}

#[test]
fn every_chart_is_well_formed_and_accessible() {
    for (title, svg) in all_charts() {
        check_svg(&svg, title);
        check_layout(&svg);
        assert!(svg.contains(&format!("aria-label=\"{title}")), "{title}");
    }
}

#[test]
fn grouped_bars_draws_labels_legend_unit_and_bars() {
    let svg = grouped_bars("分产业类别", &categories(), &plan_vs_done(), "亿元");
    let t = text_contents(&svg);
    for c in categories() {
        assert!(t.contains(&c), "category {c} missing");
    }
    for l in [
        "年度计划投资",
        "累计完成投资",
        "亿元",
        "48.6亿元",
        "20.2亿元",
        "0",
    ] {
        assert!(t.iter().any(|x| x == l), "{l} missing from {t:?}");
    }
    // 10 bars + 2 legend swatches (+ the background).
    assert!(svg.matches("<rect").count() >= 13);
    assert_eq!(size_of(&svg), (720.0, 360.0));
}

#[test]
fn single_series_has_no_legend() {
    let one = vec![plan_vs_done().remove(1)];
    let svg = grouped_bars("累计完成", &categories(), &one, "亿元");
    assert!(!text_contents(&svg).contains(&"累计完成投资".to_string()));
    check_layout(&svg);
}

#[test]
fn line_chart_draws_lines_markers_and_gaps() {
    let svg = line_chart("累计", &months(), &cumulative_lines(), "亿元");
    let t = text_contents(&svg);
    for m in months() {
        assert!(t.contains(&m));
    }
    assert!(t.contains(&"序时进度".to_string()));
    // The dashed schedule line (dark orange) is one polyline through its
    // 12 points with a dash pattern; the solid one (dark blue) has none.
    let polylines: Vec<&str> = svg.lines().filter(|l| l.starts_with("<polyline")).collect();
    let dashed: Vec<&&str> = polylines
        .iter()
        .filter(|l| l.contains("stroke-dasharray=\"7 5\""))
        .collect();
    assert_eq!(dashed.len(), 1, "{svg}");
    assert!(dashed[0].contains("#B85C00"));
    let points = attr(dashed[0], "points").unwrap();
    assert_eq!(points.split(' ').count(), 12, "{points}");
    // The solid line and its legend swatch.
    let solid = polylines
        .iter()
        .filter(|l| l.contains("#1F4E79") && !l.contains("dasharray"))
        .count();
    assert_eq!(solid, 2, "{svg}");
    // A gap in the middle splits a line into two runs.
    let gap = vec![LineSeries {
        name: "x".into(),
        values: vec![Some(1.0), Some(2.0), None, Some(3.0), Some(4.0)],
        dashed: false,
    }];
    // A marker on every point, in the line's colour; the legend's too.
    let circles = inherited(&svg, "<circle ", "fill");
    assert_eq!(circles.len(), 9 + 1, "{svg}");
    assert!(circles.iter().all(|(_, f)| *f == Some("#1F4E79")), "{svg}");
    let squares = inherited(&svg, "<rect ", "fill");
    let squares = squares.iter().filter(|(l, _)| l.contains("width=\"6\""));
    assert!(squares.clone().all(|(_, f)| *f == Some("#B85C00")), "{svg}");
    assert_eq!(squares.count(), 12 + 1, "{svg}");
    let svg = line_chart("gap", &months()[..5], &gap, "亿元");
    let lines = svg
        .lines()
        .filter(|l| l.starts_with("<polyline") && l.contains("#1F4E79"))
        .count();
    assert_eq!(lines, 2, "{svg}");
}

#[test]
fn horizontal_bars_size_label_column_from_longest_label() {
    let long = "高新技术产业开发区管理委员会";
    let labels = s(&[long, "区教育局"]);
    let svg = horizontal_bars(
        "评分",
        &labels,
        &[90.0, 80.0],
        &s(&["90分", "80分"]),
        Some(100.0),
    );
    check_layout(&svg);
    // Bars start right of the longest label.
    let bar_x: f64 = svg
        .lines()
        .find(|l| l.starts_with("<rect") && l.contains("#1F4E79"))
        .and_then(|l| attr(l, "x"))
        .unwrap()
        .parse()
        .unwrap();
    assert!(
        bar_x >= PAD + text_width(long, 12.0),
        "bars start at {bar_x}"
    );
    // Rows make the chart taller.
    let many: Vec<String> = (0..40).map(|i| format!("单位{i}")).collect();
    let vals: Vec<f64> = (0..40).map(|i| i as f64).collect();
    let tall = horizontal_bars("评分", &many, &vals, &[], None);
    assert!(size_of(&tall).1 > 40.0 * 20.0);
    check_layout(&tall);
}

#[test]
fn very_long_row_labels_wrap_and_stay_inside() {
    let labels = s(&[
        "某某区重点项目推进办公室联合住房和城乡建设局及自然资源局工作专班",
        "短",
    ]);
    let svg = horizontal_bars("", &labels, &[3.0, 1.0], &s(&["3", "1"]), None);
    check_svg(&svg, "");
    check_layout(&svg);
}

#[test]
fn crowded_x_labels_turn_upright_and_stay_inside() {
    let many: Vec<String> = (0..30).map(|i| format!("区住房和城乡建设局{i}")).collect();
    let series = vec![Series {
        name: "完成".into(),
        values: (0..30).map(|i| i as f64).collect(),
        labels: (0..30).map(|i| format!("{i}亿元")).collect(),
    }];
    let svg = grouped_bars("很多类别", &many, &series, "亿元");
    assert!(svg.contains("rotate(270"), "labels should be upright");
    check_svg(&svg, "很多类别");
    check_layout(&svg);
    // Twelve departments wrap instead, and do not overlap.
    let svg = grouped_bars("单位", &departments(), &plan_vs_done(), "亿元");
    check_layout(&svg);
}

#[test]
fn flag_split_labels_every_part_with_name_and_count() {
    let svg = flag_split("旗", (12, "红旗"), (30, "黄旗"), (139, "绿旗"));
    let t = text_contents(&svg);
    for l in ["红旗 12", "黄旗 30", "绿旗 139"] {
        assert!(t.iter().any(|x| x == l), "{l} missing");
    }
    assert!(svg.contains("aria-label=\"旗：红旗 12，黄旗 30，绿旗 139\""));
    // A tiny part gets its label above the bar; nothing overlaps.
    let svg = flag_split("旗", (1, "红旗"), (2, "黄旗"), (500, "绿旗"));
    check_layout(&svg);
    let t = text_contents(&svg);
    assert!(t.iter().filter(|x| *x == "红旗 1").count() >= 2, "{t:?}");
    // Default names.
    let svg = flag_split("旗", (1, ""), (2, " "), (3, ""));
    assert!(text_contents(&svg).contains(&"黄旗 2".to_string()));
}

#[test]
fn funnel_draws_stages_in_order_with_labels() {
    let (_, svg) = all_charts().remove(4);
    let t = text_contents(&svg);
    let pos = |s: &str| t.iter().position(|x| x == s).unwrap();
    assert!(pos("签约") < pos("履约") && pos("履约") < pos("开工") && pos("开工") < pos("投产"));
    assert!(t.contains(&"6个".to_string()));
}

#[test]
fn bars_with_line_has_two_axes_and_legend() {
    let (_, svg) = all_charts().remove(5);
    let t = text_contents(&svg);
    assert!(t.contains(&"当月完成投资（左轴）".to_string()));
    assert!(t.contains(&"累计完成投资（右轴）".to_string()));
    assert_eq!(t.iter().filter(|x| *x == "万元").count(), 2);
    assert!(t.contains(&"1250.5万元".to_string()));
}

/// The boxes (left, top, right, bottom) of the `<rect>`s of `svg` whose
/// attributes include all of `with`.
fn rects(svg: &str, with: &[&str]) -> Vec<(f64, f64, f64, f64)> {
    svg.lines()
        .filter(|l| l.starts_with("<rect ") && with.iter().all(|w| l.contains(w)))
        .map(|l| {
            let n = |a: &str| attr(l, a).unwrap().parse::<f64>().unwrap();
            let (x, y) = (n("x"), n("y"));
            (x, y, x + n("width"), y + n("height"))
        })
        .collect()
}

/// The elements of `svg` starting with `tag`, each with the value of
/// attribute `name` it has: its own, or the one it inherits from a group.
fn inherited<'a>(svg: &'a str, tag: &str, name: &str) -> Vec<(&'a str, Option<&'a str>)> {
    let mut out = Vec::new();
    let mut groups: Vec<&str> = Vec::new();
    for line in svg.lines() {
        if line.starts_with("<g") {
            groups.push(line);
        } else if line == "</g>" {
            groups.pop();
        } else if line.starts_with(tag) {
            let value =
                attr(line, name).or_else(|| groups.iter().rev().find_map(|g| attr(g, name)));
            out.push((line, value));
        }
    }
    out
}

/// The `<rect>`s of `svg` filled with `fill`, each with its stroke, if any.
fn rect_strokes(svg: &str, fill: &str) -> Vec<Option<String>> {
    inherited(svg, "<rect ", "stroke")
        .into_iter()
        .filter(|(l, _)| attr(l, "fill") == Some(fill))
        .map(|(_, s)| s.filter(|s| *s != "none").map(str::to_string))
        .collect()
}

#[test]
fn light_bars_are_outlined_and_dark_ones_are_not() {
    let svg = grouped_bars("t", &categories(), &plan_vs_done(), "亿元");
    let dark = rect_strokes(&svg, "#1F4E79");
    let light = rect_strokes(&svg, "#F2B134");
    // Five bars and a legend swatch each.
    assert_eq!((dark.len(), light.len()), (6, 6), "{svg}");
    assert!(dark.iter().all(Option::is_none), "{svg}");
    assert!(
        light.iter().all(|s| s.as_deref() == Some("#707070")),
        "{svg}"
    );
    let (_, svg) = all_charts().remove(5);
    let bars = rect_strokes(&svg, "#9DC3E6");
    assert_eq!(bars.len(), 9 - 1 + 1, "{svg}"); // a zero bar draws nothing
    assert!(
        bars.iter().all(|s| s.as_deref() == Some("#707070")),
        "{svg}"
    );
}

#[test]
fn value_labels_on_the_line_get_a_halo_and_others_need_none() {
    // Equal bars and a rising cumulative line: the line crosses the row of
    // labels somewhere, misses most of them.
    let n = 12;
    let bars = Series {
        name: "当月".into(),
        values: vec![100.0; n],
        labels: vec!["100万元".to_string(); n],
    };
    let line = LineSeries {
        name: "累计".into(),
        values: (1..=n).map(|i| Some(100.0 * i as f64)).collect(),
        dashed: false,
    };
    let svg = bars_with_line("halo", &months(), &bars, &line, "万元");
    let points: Vec<(f64, f64)> = svg
        .lines()
        .filter(|l| l.starts_with("<polyline") && l.contains("#C0501A"))
        .filter_map(|l| attr(l, "points"))
        .max_by_key(|p| p.len())
        .unwrap()
        .split(' ')
        .map(|p| {
            let (x, y) = p.split_once(',').unwrap();
            (x.parse().unwrap(), y.parse().unwrap())
        })
        .collect();
    let halos = rects(&svg, &["fill=\"#FFFFFF\"", "opacity=\"0.85\""]);
    let labels: Vec<_> = texts(&svg)
        .into_iter()
        .filter(|t| t.content == "100万元")
        .map(|t| text_box(&t))
        .collect();
    assert_eq!(labels.len(), n);
    let mut crossed = 0;
    for &(l, t, r, b) in &labels {
        // Any point of the 2 px line (or a marker) within 3 px of the label?
        let near = |(x, y): (f64, f64)| x > l - 3.0 && x < r + 3.0 && y > t - 3.0 && y < b + 3.0;
        let hit = points.windows(2).any(|w| {
            (0..=200).any(|k| {
                let f = k as f64 / 200.0;
                near((
                    w[0].0 + (w[1].0 - w[0].0) * f,
                    w[0].1 + (w[1].1 - w[0].1) * f,
                ))
            })
        });
        if hit {
            crossed += 1;
            assert!(
                halos
                    .iter()
                    .any(|h| h.0 <= l + 1.0 && h.1 <= t + 1.0 && h.2 >= r - 1.0 && h.3 >= b - 1.0),
                "label at {l:.0},{t:.0} crossed by the line has no halo\n{svg}"
            );
        }
    }
    assert!(crossed > 0, "the line should cross a label\n{svg}");
    assert!(
        halos.len() < n,
        "halos where nothing is behind a label\n{svg}"
    );
}

const EVIL: &str = "<script>alert(1)</script>&\"'";

#[test]
fn all_text_is_escaped() {
    let e = s(&[EVIL, "a&b", "<b>"]);
    let series = [Series {
        name: EVIL.into(),
        values: vec![1.0, 2.0, 3.0],
        labels: e.clone(),
    }];
    let lines = vec![
        LineSeries {
            name: EVIL.into(),
            values: vec![Some(1.0), Some(2.0), Some(3.0)],
            dashed: false,
        },
        LineSeries {
            name: "<i>".into(),
            values: vec![Some(2.0), Some(2.0), Some(2.0)],
            dashed: true,
        },
    ];
    let charts = [
        grouped_bars(EVIL, &e, &[series[0].clone(), series[0].clone()], EVIL),
        line_chart(EVIL, &e, &lines, EVIL),
        horizontal_bars(EVIL, &e, &[1.0, 2.0, 3.0], &e, None),
        flag_split(EVIL, (1, EVIL), (2, "&"), (3, "<")),
        funnel(
            EVIL,
            &[
                (EVIL.into(), 2.0, EVIL.into()),
                ("&".into(), 1.0, "<".into()),
            ],
        ),
        bars_with_line(EVIL, &e, &series[0], &lines[0], EVIL),
    ];
    for svg in &charts {
        check_svg(svg, EVIL);
        assert!(!svg.contains("<script"), "unescaped markup");
        assert!(!svg.contains("<b>") && !svg.contains("<i>"));
        assert!(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;&amp;&quot;&apos;"));
        let t = text_contents(svg);
        assert!(t.iter().any(|x| x.contains(EVIL)), "{t:?}");
        // aria-label escaped too.
        assert!(svg.contains("aria-label=\"&lt;script&gt;"));
    }
}

#[test]
fn control_characters_never_reach_the_svg() {
    let bad = s(&["a\u{0}b", "c\u{1b}[31m", "line\nbreak", "\u{FFFE}"]);
    let series = vec![Series {
        name: "\u{7}".into(),
        values: vec![1.0; 4],
        labels: bad.clone(),
    }];
    let svg = grouped_bars("t\u{0}", &bad, &series, "\u{8}");
    check_xml(&svg).unwrap();
    assert!(!svg.contains('\u{0}') && !svg.contains('\u{1b}'));
}

#[test]
fn output_is_deterministic() {
    let first = all_charts();
    let second = all_charts();
    for ((t, a), (_, b)) in first.iter().zip(&second) {
        assert_eq!(a, b, "{t} differs between runs");
    }
}

#[test]
fn degenerate_input_never_panics_and_stays_valid() {
    let nan = f64::NAN;
    let inf = f64::INFINITY;
    let one = s(&["农业"]);
    let cases: Vec<(&str, String)> = vec![
        ("empty", grouped_bars("empty", &[], &[], "亿元")),
        (
            "no series",
            grouped_bars("no series", &categories(), &[], "亿元"),
        ),
        (
            "all zero",
            grouped_bars(
                "all zero",
                &categories(),
                &[Series {
                    name: "a".into(),
                    values: vec![0.0; 5],
                    labels: vec![],
                }],
                "亿元",
            ),
        ),
        (
            "single",
            grouped_bars(
                "single",
                &one,
                &[Series {
                    name: "a".into(),
                    values: vec![3.0],
                    labels: s(&["3亿元"]),
                }],
                "亿元",
            ),
        ),
        (
            "negative nan",
            grouped_bars(
                "negative nan",
                &categories(),
                &[Series {
                    name: "a".into(),
                    values: vec![-3.0, nan, inf, -inf, 2.0],
                    labels: s(&["-3", "nan", "inf", "-inf", "2"]),
                }],
                "亿元",
            ),
        ),
        (
            "mismatched",
            grouped_bars(
                "mismatched",
                &categories(),
                &[Series {
                    name: "a".into(),
                    values: vec![1.0; 9],
                    labels: s(&["x"]),
                }],
                "",
            ),
        ),
        (
            "huge",
            grouped_bars(
                "huge",
                &one,
                &[Series {
                    name: "a".into(),
                    values: vec![f64::MAX],
                    labels: vec![],
                }],
                "",
            ),
        ),
        (
            "tiny",
            grouped_bars(
                "tiny",
                &one,
                &[Series {
                    name: "a".into(),
                    values: vec![1e-300],
                    labels: vec![],
                }],
                "",
            ),
        ),
        ("line empty", line_chart("line empty", &[], &[], "")),
        (
            "line none",
            line_chart(
                "line none",
                &months(),
                &[LineSeries {
                    name: "a".into(),
                    values: vec![None, Some(nan)],
                    dashed: true,
                }],
                "",
            ),
        ),
        (
            "line single",
            line_chart(
                "line single",
                &one,
                &[LineSeries {
                    name: "a".into(),
                    values: vec![Some(-1.0)],
                    dashed: false,
                }],
                "",
            ),
        ),
        (
            "hbar empty",
            horizontal_bars("hbar empty", &[], &[], &[], None),
        ),
        (
            "hbar nan",
            horizontal_bars("hbar nan", &one, &[nan], &[], Some(nan)),
        ),
        (
            "hbar neg",
            horizontal_bars("hbar neg", &s(&["a", "b"]), &[-5.0, 0.0], &[], Some(-1.0)),
        ),
        (
            "hbar short values",
            horizontal_bars("hbar short values", &s(&["a", "b"]), &[1.0], &[], None),
        ),
        (
            "flags zero",
            flag_split("flags zero", (0, ""), (0, ""), (0, "")),
        ),
        (
            "flags max",
            flag_split(
                "flags max",
                (u32::MAX, "红"),
                (u32::MAX, "黄"),
                (u32::MAX, "绿"),
            ),
        ),
        ("funnel empty", funnel("funnel empty", &[])),
        (
            "funnel zero",
            funnel("funnel zero", &[("签约".into(), 0.0, "0个".into())]),
        ),
        (
            "funnel nan",
            funnel(
                "funnel nan",
                &[
                    ("签约".into(), nan, "?".into()),
                    ("履约".into(), -2.0, "-2".into()),
                    ("开工".into(), 1.0, "1".into()),
                ],
            ),
        ),
        (
            "combo empty",
            bars_with_line(
                "combo empty",
                &[],
                &Series::default(),
                &LineSeries::default(),
                "",
            ),
        ),
        (
            "combo bars only",
            bars_with_line(
                "combo bars only",
                &months(),
                &project_bars().0,
                &LineSeries::default(),
                "万元",
            ),
        ),
        (
            "combo negative",
            bars_with_line(
                "combo negative",
                &months()[..3],
                &Series {
                    name: "a".into(),
                    values: vec![-100.0, 50.0, nan],
                    labels: s(&["-100万元", "50万元", "NaN"]),
                },
                &LineSeries {
                    name: "b".into(),
                    values: vec![Some(-100.0), Some(-50.0), None],
                    dashed: true,
                },
                "万元",
            ),
        ),
    ];
    for (title, svg) in &cases {
        check_svg(svg, title);
        check_layout(svg);
    }
    let nodata = |t: &str| {
        let svg = &cases.iter().find(|c| c.0 == t).unwrap().1;
        text_contents(svg).contains(&"暂无数据".to_string())
    };
    for t in [
        "empty",
        "no series",
        "line empty",
        "line none",
        "hbar empty",
        "hbar nan",
        "flags zero",
        "funnel empty",
        "funnel zero",
        "combo empty",
    ] {
        assert!(nodata(t), "{t} should say 暂无数据");
    }
    assert!(!nodata("all zero") && !nodata("single") && !nodata("negative nan"));
}

#[test]
fn text_width_counts_cjk_as_full_width() {
    assert_eq!(text_width("区住房和城乡建设局", 12.0), 108.0);
    assert_eq!(text_width("商贸流通", 10.0), 40.0);
    assert_eq!(text_width("（）：，。", 10.0), 50.0);
    let digits = text_width("2024", 10.0);
    assert!((22.0..=24.0).contains(&digits), "{digits}");
    let money = text_width("35.7亿元", 10.0);
    assert!(money > 20.0 + 15.0 && money < 20.0 + 25.0, "{money}");
    assert!(text_width("abc", 10.0) < text_width("一二三", 10.0));
    assert_eq!(text_width("", 12.0), 0.0);
}

#[test]
fn wrap_breaks_between_cjk_not_inside_numbers() {
    let lines = wrap("区住房和城乡建设局", 12.0, 50.0);
    assert_eq!(lines, vec!["区住房和", "城乡建设", "局"]);
    let lines = wrap("完成35.7亿元投资", 12.0, 50.0);
    assert!(lines.iter().any(|l| l.contains("35.7")), "{lines:?}");
    assert_eq!(wrap("短", 12.0, 50.0), vec!["短"]);
    assert_eq!(wrap("", 12.0, 50.0), vec![""]);
    // Narrower than a character: still one character a line, no loop.
    assert_eq!(wrap("一二", 12.0, 1.0), vec!["一", "二"]);
    let balanced = super::text::wrap_balanced("区住房和城乡建设局", 12.0, 50.0, 3);
    assert_eq!(balanced, vec!["区住房", "和城乡", "建设局"]);
}

#[test]
fn scales_are_round_and_include_zero() {
    let sc = nice(0.0, 48.6, 5).unwrap();
    assert_eq!((sc.step, sc.below, sc.above), (10.0, 0, 5));
    assert_eq!(sc.label(sc.tick(5)), "50");
    let sc = nice(-2.0, 1.0, 5).unwrap();
    assert!(sc.lo() <= -2.0 && sc.hi() >= 1.0 && sc.step == 1.0);
    assert_eq!(sc.label(-0.0), "0");
    let sc = nice(-0.2, 0.4, 5).unwrap();
    assert_eq!(sc.label(-0.0), "0.0");
    assert_eq!(sc.label(sc.tick(0)), "-0.2");
    let sc = nice(0.0, 3e12, 5).unwrap();
    assert_eq!(sc.label(sc.tick(1)), "1e12");
    assert!(nice(0.0, f64::MAX, 5).is_none());
    let sc = nice(0.0, 0.0, 5).unwrap();
    assert_eq!((sc.lo(), sc.hi()), (0.0, 1.0));
    let sc = nice(0.0, 0.6, 5).unwrap();
    assert_eq!(sc.label(sc.tick(1)), "0.2");
    let sc = nice(0.0, 2.3, 5).unwrap();
    assert_eq!(sc.label(sc.tick(1)), "0.5");
    let (l, r) = nice_pair((0.0, 2210.0), (0.0, 10820.5)).unwrap();
    assert_eq!(l.intervals(), r.intervals());
    assert_eq!(l.below, r.below);
    assert!(l.hi() >= 2210.0 && r.hi() >= 10820.5);
    let (l, r) = nice_pair((-100.0, 50.0), (-100.0, 0.0)).unwrap();
    assert!(l.lo() <= -100.0 && r.lo() <= -100.0 && l.hi() >= 50.0);
}

#[test]
fn font_sizes_are_whole_pixels() {
    for (_, svg) in all_charts() {
        for t in texts(&svg) {
            assert!(
                [10.0, 11.0, 12.0, 14.0, 16.0].contains(&t.size),
                "{}",
                t.size
            );
        }
    }
}

mod props {
    use super::*;
    use proptest::prelude::*;

    fn any_value() -> impl Strategy<Value = f64> {
        prop_oneof![
            -1e6f64..1e6,
            Just(0.0),
            Just(f64::NAN),
            Just(f64::INFINITY),
            Just(-1e300),
            Just(1e-300),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]

        #[test]
        fn any_input_gives_well_formed_svg(
            labels in proptest::collection::vec(".{0,12}", 0..14),
            values in proptest::collection::vec(any_value(), 0..14),
            title in ".{0,30}",
            counts in (0u32..1000, 0u32..1000, 0u32..1000),
        ) {
            let series = vec![Series { name: title.clone(), values: values.clone(), labels: labels.clone() }];
            let line = LineSeries {
                name: title.clone(),
                values: values.iter().map(|v| Some(*v)).collect(),
                dashed: true,
            };
            let stages: Vec<(String, f64, String)> = labels
                .iter()
                .zip(&values)
                .map(|(l, v)| (l.clone(), *v, l.clone()))
                .collect();
            let charts = [
                grouped_bars(&title, &labels, &series, &title),
                line_chart(&title, &labels, std::slice::from_ref(&line), &title),
                horizontal_bars(&title, &labels, &values, &labels, values.first().copied()),
                flag_split(&title, (counts.0, &title), (counts.1, ""), (counts.2, "绿旗")),
                funnel(&title, &stages),
                bars_with_line(&title, &labels, &series[0], &line, &title),
            ];
            for svg in &charts {
                prop_assert!(svg.starts_with("<svg"));
                prop_assert!(svg.trim_end().ends_with("</svg>"));
                if let Err(e) = check_xml(svg) {
                    return Err(TestCaseError::fail(e));
                }
            }
        }
    }
}

#[test]
fn long_titles_and_many_legend_entries_stay_inside() {
    let title = "某某区2021年1—9月重点项目建设情况通报：分产业类别年度计划投资、累计完成投资、去年同期完成投资及序时进度对比（单位：亿元）";
    let series: Vec<Series> = (0..7)
        .map(|i| Series {
            name: format!("第{i}个系列名称比较长的图例项目"),
            values: vec![i as f64 + 1.0; 5],
            labels: vec![],
        })
        .collect();
    let svg = grouped_bars(title, &categories(), &series, "亿元");
    check_svg(&svg, title);
    check_layout(&svg);
    assert_eq!(texts(&svg).iter().filter(|t| t.size == 16.0).count(), 2);
    let longer = title.repeat(3);
    let svg = grouped_bars(&longer, &categories(), &series, "亿元");
    let title_lines: Vec<_> = texts(&svg).into_iter().filter(|t| t.size == 16.0).collect();
    assert_eq!(title_lines.len(), 2);
    assert!(title_lines[1].content.ends_with('…'));
    check_layout(&svg);
    let lines = rising_lines(6, 36);
    let x: Vec<String> = (0..36)
        .map(|m| format!("{}年{}月", 2019 + m / 12, m % 12 + 1))
        .collect();
    let svg = line_chart(title, &x, &lines, "万元");
    check_svg(&svg, title);
    check_layout(&svg);
}

/// Writes sample charts to `$CHART_DUMP` (a folder) as .svg and .html, for
/// looking at them in a browser. `CHART_DUMP=/tmp/x cargo test --lib dump_samples -- --ignored`
#[test]
#[ignore]
fn dump_samples() {
    let Some(dir) = std::env::var_os("CHART_DUMP") else {
        return;
    };
    let dir = std::path::PathBuf::from(dir);
    std::fs::create_dir_all(&dir).unwrap();
    let mut charts = all_charts();
    let labels: Vec<String> = (1..=12).map(|m| format!("{m}月")).collect();
    let bars = Series {
        name: "本月完成投资".into(),
        values: (1..=12).map(|m| f64::from(m) * 123.4).collect(),
        labels: (1..=12)
            .map(|m| format!("{:.1}", f64::from(m) * 123.4))
            .collect(),
    };
    let line = LineSeries {
        name: "累计".into(),
        values: (1..=12)
            .map(|m| Some(f64::from(m * (m + 1) / 2) * 123.4))
            .collect(),
        dashed: false,
    };
    charts.push((
        "bench",
        bars_with_line("2026 逐月完成投资", &labels, &bars, &line, "万元"),
    ));
    let m24: Vec<String> = (0..24)
        .map(|m| format!("{}年{}月", 2024 + m / 12, m % 12 + 1))
        .collect();
    let b24 = Series {
        name: "当月完成投资".into(),
        values: (0..24)
            .map(|m| ((m * 37) % 11) as f64 * 55.5 - 40.0)
            .collect(),
        labels: (0..24)
            .map(|m| format!("{:.1}万元", ((m * 37) % 11) as f64 * 55.5 - 40.0))
            .collect(),
    };
    let l24 = LineSeries {
        name: "累计完成投资".into(),
        values: (0..24).map(|m| Some(m as f64 * 300.0 - 100.0)).collect(),
        dashed: true,
    };
    charts.push((
        "combo24",
        bars_with_line("某某<项目>&“24个月”", &m24, &b24, &l24, "万元"),
    ));
    let many: Vec<String> = (0..30).map(|i| format!("区住房和城乡建设局{i}")).collect();
    let series = vec![Series {
        name: "完成".into(),
        values: (0..30).map(|i| i as f64).collect(),
        labels: (0..30).map(|i| format!("{i}亿元")).collect(),
    }];
    charts.push(("upright", grouped_bars("很多类别", &many, &series, "亿元")));
    charts.push((
        "depts",
        grouped_bars("单位", &departments(), &plan_vs_done(), "亿元"),
    ));
    charts.push((
        "flags_small",
        flag_split("旗", (1, "红旗"), (2, "黄旗"), (500, "绿旗")),
    ));
    charts.push(("empty", grouped_bars("空", &[], &[], "亿元")));
    let four = rising_lines(4, 12);
    charts.push(("four lines", line_chart("四条线", &months(), &four, "万元")));
    for (i, (_, svg)) in charts.iter().enumerate() {
        std::fs::write(dir.join(format!("{i:02}.svg")), svg).unwrap();
        let html = format!(
            "<!doctype html><meta charset=utf-8><style>body{{margin:0;background:#fff}}</style>{svg}"
        );
        std::fs::write(dir.join(format!("{i:02}.html")), html).unwrap();
    }
}

/// Every chart of [`all_charts`] in the phone layout, plus a 21-month axis
/// whose labels carry the year ("1月 2025").
fn narrow_charts() -> Vec<(&'static str, String)> {
    let n = Layout::Narrow;
    let (bars, line) = project_bars();
    let long_months: Vec<String> = (0..21)
        .map(|i| {
            let (y, m) = (2025 + i / 12, i % 12 + 1);
            if m == 1 || i == 0 {
                format!("{m}月 {y}")
            } else {
                format!("{m}月")
            }
        })
        .collect();
    let scores = LineSeries {
        name: "考核评分".into(),
        values: (0..21).map(|i| Some(80.0 + f64::from(i % 7))).collect(),
        dashed: false,
    };
    vec![
        (
            "分产业类别投资完成情况",
            n.grouped_bars(
                "分产业类别投资完成情况",
                &categories(),
                &plan_vs_done(),
                "亿元",
            ),
        ),
        (
            "累计完成投资与序时进度",
            n.line_chart(
                "累计完成投资与序时进度",
                &months(),
                &cumulative_lines(),
                "亿元",
            ),
        ),
        (
            "责任单位考核评分",
            n.horizontal_bars(
                "责任单位考核评分",
                &departments(),
                &[96.2, 92.5, 90.8, 88.1, 85.0, 83.3, 81.0, 79.4],
                &s(&[
                    "96.2分", "92.5分", "90.8分", "88.1分", "85.0分", "83.3分", "81.0分", "79.4分",
                ]),
                Some(100.0),
            ),
        ),
        (
            "红黄绿旗",
            n.flag_split("红黄绿旗", (12, "红旗"), (30, "黄旗"), (139, "绿旗")),
        ),
        (
            "招商引资推进",
            n.funnel(
                "招商引资推进",
                &[
                    ("签约".into(), 45.0, "45个".into()),
                    ("履约".into(), 36.0, "36个".into()),
                    ("开工".into(), 21.0, "21个".into()),
                    ("投产".into(), 6.0, "6个".into()),
                ],
            ),
        ),
        (
            "项目投资完成情况",
            n.bars_with_line("项目投资完成情况", &months(), &bars, &line, "万元"),
        ),
        (
            "逐月考核评分",
            n.line_chart("逐月考核评分", &long_months, &[scores], "分"),
        ),
    ]
}

#[test]
fn phone_charts_are_narrow_with_no_text_under_11px_and_whole_month_labels() {
    for (title, svg) in narrow_charts() {
        check_svg(&svg, title);
        check_layout(&svg);
        assert_eq!(size_of(&svg).0, 320.0, "{title}");
        for t in texts(&svg) {
            assert!(t.size >= 11.0, "{title}: {:?} is {} px", t.content, t.size);
            // A month label is never split into pieces ("10" / "月").
            let c = t.content.trim();
            assert!(
                !(c == "月" || c == "202"),
                "{title}: a month label broke into {c:?}"
            );
        }
    }
    // The legend sits below the month labels on a phone, above them on a desktop.
    let y_of = |svg: &str, c: &str| texts(svg).into_iter().find(|t| t.content == c).map(|t| t.y);
    let narrow = &narrow_charts()[1].1;
    let wide = line_chart(
        "累计完成投资与序时进度",
        &months(),
        &cumulative_lines(),
        "亿元",
    );
    assert!(
        y_of(narrow, "序时进度").expect("legend") > y_of(narrow, "1月").expect("1月"),
        "{narrow}"
    );
    assert!(y_of(&wide, "序时进度").expect("legend") < y_of(&wide, "1月").expect("1月"));
    // The 21-month axis shows some labels, each whole.
    let (_, svg) = narrow_charts().pop().unwrap_or_default();
    let t = text_contents(&svg);
    assert!(t.iter().any(|x| x == "1月 2025"), "{t:?}");
    assert!(t.iter().any(|x| x.ends_with('月') && x.len() > 3), "{t:?}");
}
