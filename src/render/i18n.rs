//! The theme's own words in zh-CN (default), zh-TW and en.

use std::collections::BTreeMap;

use crate::model::Language;

/// (key, 简体, 繁體, English) for every word the theme prints.
const WORDS: &[(&str, &str, &str, &str)] = &[
    ("home", "首页", "首頁", "Home"),
    ("bulletins", "月报", "月報", "Bulletins"),
    ("archive", "往期月报", "往期月報", "Archive"),
    ("latest", "最新一期", "最新一期", "Latest bulletin"),
    ("projects", "项目", "項目", "Projects"),
    ("project", "项目", "項目", "Project"),
    ("project_id", "项目编号", "項目編號", "Id"),
    ("project_count", "项目数", "項目數", "Projects"),
    ("units", "责任单位", "責任單位", "Departments"),
    ("unit", "责任单位", "責任單位", "Department"),
    ("leaders", "包保领导", "包保領導", "Leaders"),
    ("leader", "包保领导", "包保領導", "Leader"),
    ("categories", "产业类别", "產業類別", "Categories"),
    ("category", "产业类别", "產業類別", "Category"),
    ("locations", "乡镇园区", "鄉鎮園區", "Locations"),
    ("location", "乡镇园区", "鄉鎮園區", "Location"),
    ("level", "项目级别", "項目級別", "Level"),
    ("owner", "建设单位", "建設單位", "Owner"),
    ("stage", "阶段", "階段", "Stage"),
    ("kind", "类型", "類型", "Kind"),
    ("new", "新建", "新建", "New"),
    ("continuing", "续建", "續建", "Continuing"),
    ("total_investment", "总投资", "總投資", "Total investment"),
    ("annual_plan", "年度计划投资", "年度計劃投資", "Annual plan"),
    ("plan", "年度计划", "年度計劃", "Plan"),
    (
        "completed",
        "累计完成投资",
        "累計完成投資",
        "Completed (YTD)",
    ),
    ("completed_short", "完成投资", "完成投資", "Completed"),
    (
        "invested_month",
        "本月完成投资",
        "本月完成投資",
        "Invested this month",
    ),
    ("completion_rate", "完成率", "完成率", "Completion rate"),
    ("schedule", "序时进度", "序時進度", "Schedule"),
    ("started", "开复工", "開復工", "Started"),
    ("new_started", "新开工", "新開工", "New started"),
    ("resumed", "复工", "復工", "Resumed"),
    ("start_rate", "开复工率", "開復工率", "Start rate"),
    ("not_started", "未开工", "未開工", "Not started"),
    ("flags", "红黄绿旗", "紅黃綠旗", "Flags"),
    ("red", "红旗", "紅旗", "Red"),
    ("yellow", "黄旗", "黃旗", "Yellow"),
    ("green", "绿旗", "綠旗", "Green"),
    (
        "red_list",
        "红旗项目（严重滞后）",
        "紅旗項目（嚴重滯後）",
        "Red flags (well behind)",
    ),
    (
        "green_list",
        "绿旗项目（达到或超过序时进度）",
        "綠旗項目（達到或超過序時進度）",
        "Green flags (on schedule)",
    ),
    ("behind", "落后序时进度", "落後序時進度", "Behind schedule"),
    ("overdue", "逾期未开工", "逾期未開工", "Overdue to start"),
    (
        "ranking",
        "责任单位排名",
        "責任單位排名",
        "Department ranking",
    ),
    ("score", "考核评分", "考核評分", "Score"),
    ("rank", "排名", "排名", "Rank"),
    ("rank_change", "较上月", "較上月", "Change"),
    ("problems", "存在问题", "存在問題", "Problems"),
    ("problem", "问题", "問題", "Problem"),
    ("raised", "提出日期", "提出日期", "Raised"),
    ("resolved", "办结日期", "辦結日期", "Resolved"),
    (
        "problems_new",
        "本月新增问题",
        "本月新增問題",
        "Raised this month",
    ),
    (
        "problems_resolved",
        "本月办结问题",
        "本月辦結問題",
        "Resolved this month",
    ),
    (
        "problems_open",
        "尚未办结问题",
        "尚未辦結問題",
        "Still open",
    ),
    ("problem_owner", "责任主体", "責任主體", "To be solved by"),
    ("resolution_rate", "办结率", "辦結率", "Resolution rate"),
    ("resolved_count", "已办结", "已辦結", "Resolved"),
    ("overview", "主要指标", "主要指標", "Key figures"),
    ("days_open", "已挂账天数", "已掛賬天數", "Days open"),
    (
        "promotion",
        "招商引资项目",
        "招商引資項目",
        "Promoted projects",
    ),
    ("signed", "签约", "簽約", "Signed"),
    ("fulfilled", "履约", "履約", "Fulfilled"),
    ("fulfil_rate", "履约率", "履約率", "Fulfilment rate"),
    ("promo_start_rate", "开工率", "開工率", "Start rate"),
    ("operating", "投产", "投產", "Operating"),
    (
        "signed_investment",
        "签约总投资",
        "簽約總投資",
        "Signed investment",
    ),
    ("funds", "到位资金", "到位資金", "Funds in place"),
    (
        "by_category",
        "分产业类别完成情况",
        "分產業類別完成情況",
        "By category",
    ),
    (
        "by_kind",
        "分新建续建完成情况",
        "分新建續建完成情況",
        "New and continuing",
    ),
    (
        "by_size",
        "分投资规模完成情况",
        "分投資規模完成情況",
        "By size",
    ),
    (
        "by_level",
        "分项目级别完成情况",
        "分項目級別完成情況",
        "By level",
    ),
    (
        "by_location",
        "分乡镇园区完成情况",
        "分鄉鎮園區完成情況",
        "By location",
    ),
    ("year_on_year", "同比", "同比", "Year on year"),
    ("month_on_month", "环比", "環比", "Month on month"),
    ("last_month", "上月", "上月", "Last month"),
    ("last_year", "上年同期", "上年同期", "Same month last year"),
    ("commentary", "通报内容", "通報內容", "Commentary"),
    ("charts", "图表", "圖表", "Charts"),
    ("download_csv", "下载CSV", "下載CSV", "Download CSV"),
    ("download_excel", "下载Excel", "下載Excel", "Download Excel"),
    (
        "download_pdf",
        "下载PDF公文版",
        "下載PDF公文版",
        "PDF (official layout)",
    ),
    ("download_docx", "下载Word版", "下載Word版", "Word (.docx)"),
    ("doc_number", "发文字号", "發文字號", "Document number"),
    ("cc", "抄送", "抄送", "Cc"),
    ("previous", "上一期", "上一期", "Previous"),
    ("next", "下一期", "下一期", "Next"),
    ("issue_no", "第{n}期", "第{n}期", "No. {n}"),
    ("issued", "发布日期", "發佈日期", "Issued"),
    ("publisher", "发布单位", "發佈單位", "Publisher"),
    ("month", "月份", "月份", "Month"),
    ("monthly", "逐月情况", "逐月情況", "Month by month"),
    ("stage_history", "阶段变化", "階段變化", "Stage history"),
    ("note", "形象进度", "形象進度", "Progress note"),
    ("photos", "现场照片", "現場照片", "Photos"),
    ("description", "建设内容", "建設內容", "Description"),
    ("facts", "基本情况", "基本情況", "Facts"),
    (
        "score_history",
        "逐月考核评分",
        "逐月考核評分",
        "Score by month",
    ),
    ("none", "无", "無", "None"),
    ("no_data", "暂无数据", "暫無數據", "No data"),
    ("name", "名称", "名稱", "Name"),
    ("count", "个数", "個數", "Count"),
    ("remark", "备注", "備註", "Remark"),
    ("indicator", "指标", "指標", "Indicator"),
    ("value", "数值", "數值", "Value"),
    ("larger_text", "大字版", "大字版", "Larger text"),
    ("all_projects", "全部项目", "全部項目", "All projects"),
    ("pages", "说明", "說明", "About"),
    ("size_all", "亿元以上", "億元以上", "≥ 100m yuan"),
    (
        "cum_chart",
        "累计完成投资与序时进度",
        "累計完成投資與序時進度",
        "Completed investment against schedule",
    ),
    (
        "plan_vs_done",
        "分产业类别年度计划与完成投资",
        "分產業類別年度計劃與完成投資",
        "Plan and completion by category",
    ),
    (
        "start_by_cat",
        "分产业类别开复工率",
        "分產業類別開復工率",
        "Start rate by category",
    ),
    ("flag_split", "红黄绿旗分布", "紅黃綠旗分佈", "Flags"),
    (
        "score_chart",
        "责任单位考核评分",
        "責任單位考核評分",
        "Department scores",
    ),
    (
        "funnel",
        "招商引资项目推进情况",
        "招商引資項目推進情況",
        "Promotion funnel",
    ),
    (
        "project_chart",
        "逐月完成投资",
        "逐月完成投資",
        "Investment by month",
    ),
    ("cumulative", "累计", "累計", "Cumulative"),
    ("this_year", "本年", "本年", "This year"),
    ("yi", "亿元", "億元", "100m yuan"),
    ("wan", "万元", "萬元", "10k yuan"),
    ("points", "个百分点", "個百分點", "points"),
    (
        "generated_by",
        "由 tongbao 生成",
        "由 tongbao 生成",
        "Made with tongbao",
    ),
    ("skip", "跳到正文", "跳到正文", "Skip to content"),
    ("print", "打印", "列印", "Print"),
    (
        "download_single",
        "下载单页版",
        "下載單頁版",
        "Single-file copy",
    ),
    (
        "single_copy",
        "单页版，可离线打开和转发",
        "單頁版，可離線開啟和轉發",
        "Single-file copy: opens offline, ready to forward",
    ),
    ("search", "搜索", "搜尋", "Search"),
    ("by_stage", "分阶段情况", "分階段情況", "By stage"),
    ("stages", "项目推进阶段", "項目推進階段", "Stages"),
    (
        "pipeline",
        "全部项目分阶段（含谋划储备）",
        "全部項目分階段（含謀劃儲備）",
        "Every project by stage (pipeline)",
    ),
    (
        "in_plan",
        "其中列入年度计划",
        "其中列入年度計劃",
        "In this year's plan",
    ),
    ("by_tag", "分标签情况", "分標籤情況", "By tag"),
    ("tag", "标签", "標籤", "Tag"),
    (
        "completed_share",
        "投资占比",
        "投資占比",
        "Share of completed",
    ),
    (
        "completed_yoy",
        "投资同比",
        "投資同比",
        "Completed, year on year",
    ),
    ("total", "合计", "合計", "Total"),
    ("draft", "草稿", "草稿", "DRAFT"),
    (
        "draft_note",
        "草稿：本期通报尚未定稿，请勿印发",
        "草稿：本期通報尚未定稿，請勿印發",
        "DRAFT: not final, not for publication",
    ),
    (
        "search_placeholder",
        "搜索项目、单位、领导、地点",
        "搜尋項目、單位、領導、地點",
        "Search projects, departments, people, places",
    ),
    ("search_count", "{n}条结果", "{n}條結果", "{n} results"),
    (
        "search_more",
        "共{n}条结果，显示前{k}条",
        "共{n}條結果，顯示前{k}條",
        "{n} results, the first {k} shown",
    ),
    ("search_none", "没有找到", "沒有找到", "Nothing found"),
    ("rank_new", "新", "新", "new"),
    (
        "bulletin_title",
        "{n}重点项目建设情况通报",
        "{n}重點項目建設情況通報",
        "Key projects bulletin, {n}",
    ),
    (
        "by_groups",
        "分规模、级别、乡镇园区",
        "分規模、級別、鄉鎮園區",
        "By size, level and location",
    ),
    ("wan_suffix", "（万元）", "（萬元）", " (10,000 yuan)"),
    (
        "up_on_last_month",
        "环比增加{n}个",
        "環比增加{n}個",
        "up {n} on last month",
    ),
    (
        "down_on_last_month",
        "环比减少{n}个",
        "環比減少{n}個",
        "down {n} on last month",
    ),
    (
        "same_as_last_month",
        "环比持平",
        "環比持平",
        "same as last month",
    ),
    ("points_value", "{n}个百分点", "{n}個百分點", "{n} pts"),
    ("count_of", "{n}个", "{n}個", "{n}"),
    ("month_year", "{y}年{m}", "{y}年{m}", "{m} {y}"),
    ("date", "{y}年{m}月{d}日", "{y}年{m}月{d}日", "{iso}"),
    ("month_1", "1月", "1月", "January"),
    ("month_2", "2月", "2月", "February"),
    ("month_3", "3月", "3月", "March"),
    ("month_4", "4月", "4月", "April"),
    ("month_5", "5月", "5月", "May"),
    ("month_6", "6月", "6月", "June"),
    ("month_7", "7月", "7月", "July"),
    ("month_8", "8月", "8月", "August"),
    ("month_9", "9月", "9月", "September"),
    ("month_10", "10月", "10月", "October"),
    ("month_11", "11月", "11月", "November"),
    ("month_12", "12月", "12月", "December"),
    ("month_short_1", "1月", "1月", "Jan"),
    ("month_short_2", "2月", "2月", "Feb"),
    ("month_short_3", "3月", "3月", "Mar"),
    ("month_short_4", "4月", "4月", "Apr"),
    ("month_short_5", "5月", "5月", "May"),
    ("month_short_6", "6月", "6月", "Jun"),
    ("month_short_7", "7月", "7月", "Jul"),
    ("month_short_8", "8月", "8月", "Aug"),
    ("month_short_9", "9月", "9月", "Sep"),
    ("month_short_10", "10月", "10月", "Oct"),
    ("month_short_11", "11月", "11月", "Nov"),
    ("month_short_12", "12月", "12月", "Dec"),
];

/// The theme's words in `lang`, by key, for templates (`{{ t.start_rate }}`).
pub fn words(lang: Language) -> BTreeMap<&'static str, &'static str> {
    WORDS
        .iter()
        .map(|(k, cn, tw, en)| {
            let w = match lang {
                Language::ZhCn => cn,
                Language::ZhTw => tw,
                Language::En => en,
            };
            (*k, *w)
        })
        .collect()
}

/// One word by key (the key itself when unknown, which tests catch).
pub fn word(lang: Language, key: &str) -> &'static str {
    // Where each key is in WORDS: pages ask for words hundreds of thousands
    // of times a build, each a scan of the whole list before.
    static PLACES: std::sync::LazyLock<rustc_hash::FxHashMap<&'static str, usize>> =
        std::sync::LazyLock::new(|| {
            let mut places = rustc_hash::FxHashMap::default();
            for (i, w) in WORDS.iter().enumerate() {
                // The first of a key written twice, as the scan found it.
                places.entry(w.0).or_insert(i);
            }
            places
        });
    PLACES
        .get(key)
        .and_then(|&i| WORDS.get(i))
        .map(|(_, cn, tw, en)| match lang {
            Language::ZhCn => *cn,
            Language::ZhTw => *tw,
            Language::En => *en,
        })
        .unwrap_or("?")
}

/// The word keys a template asks for that the theme does not have: each with
/// its 1-based line and column, and its key. Words are asked for as `t.key`
/// inside `{{ … }}` and `{% … %}`.
pub fn unknown_words(template: &str) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    let mut rest = template;
    let mut offset = 0;
    while let Some(open) = rest.find("{{").or_else(|| rest.find("{%")) {
        let open = [rest.find("{{"), rest.find("{%")]
            .into_iter()
            .flatten()
            .min()
            .unwrap_or(open);
        let close_mark = if rest[open..].starts_with("{{") {
            "}}"
        } else {
            "%}"
        };
        let body_start = open + 2;
        let close = rest[body_start..]
            .find(close_mark)
            .map_or(rest.len(), |i| body_start + i);
        let body = &rest[body_start..close];
        for (i, _) in body.match_indices("t.") {
            let before = body[..i].chars().next_back();
            if before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.') {
                continue;
            }
            let key: String = body[i + 2..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if key.is_empty() || WORDS.iter().any(|w| w.0 == key) {
                continue;
            }
            let at = offset + body_start + i;
            let line_start = template[..at].rfind('\n').map_or(0, |n| n + 1);
            let line = template[..at].matches('\n').count() + 1;
            let column = template[line_start..at].chars().count() + 1;
            out.push((line, column, key));
        }
        let next = (close + close_mark.len()).min(rest.len());
        offset += next;
        rest = &rest[next..];
    }
    out
}

/// The word key nearest to `key`, for a "did you mean" hint.
pub fn nearest_word(key: &str) -> Option<&'static str> {
    crate::diagnostics::nearest(key, WORDS.iter().map(|w| w.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_words_are_found_with_their_position() {
        let t = "<h1>{{ t.home }}</h1>\n<p>{{ t.hme | upper }} {% if x %}{{ t.start_rate }}{% endif %}</p>\n{{ list.t.x }} t.nothing";
        assert_eq!(unknown_words(t), vec![(2, 7, "hme".to_string())]);
        assert_eq!(nearest_word("hme"), Some("home"));
        assert!(unknown_words("{% set a = t.nope %}")[0].2 == "nope");
    }

    /// docs/i18n.md lists every word, for theme authors.
    #[test]
    fn every_word_is_listed_in_the_docs() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let doc = std::fs::read_to_string(root.join("docs/i18n.md")).unwrap();
        for (k, cn, tw, en) in WORDS {
            let row = format!("| `{k}` | {cn} | {tw} | {en} |");
            assert!(doc.contains(&row), "docs/i18n.md has no row {row}");
        }
    }

    /// Every word has its three texts: zh-CN and zh-TW in Chinese (zh-TW in
    /// Big5's characters, Taiwan's set), English without Chinese.
    #[test]
    fn every_word_exists_in_three_languages() {
        let han = |t: &str| t.chars().any(crate::diagnostics::is_han);
        for (k, cn, tw, en) in WORDS {
            assert!(han(cn) && han(tw), "{k}: zh-CN or zh-TW without Chinese");
            assert!(!han(en), "{k}: Chinese in the English word");
            for c in tw.chars().filter(|c| crate::diagnostics::is_han(*c)) {
                let (_, _, bad) = encoding_rs::BIG5.encode(&c.to_string());
                assert!(!bad, "{k}: `{c}` of {tw:?} is not a traditional character");
            }
        }
    }

    #[test]
    fn keys_are_unique_and_complete() {
        let mut keys: Vec<&str> = WORDS.iter().map(|w| w.0).collect();
        keys.sort();
        let n = keys.len();
        keys.dedup();
        assert_eq!(n, keys.len(), "duplicate word keys");
        for (k, cn, tw, en) in WORDS {
            assert!(!cn.is_empty() && !tw.is_empty() && !en.is_empty(), "{k}");
        }
        assert_eq!(word(Language::ZhTw, "start_rate"), "開復工率");
        assert_eq!(word(Language::En, "no-such-word"), "?");
    }

    /// Every word the code and the templates ask for exists.
    #[test]
    fn every_word_used_exists() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut used = Vec::new();
        for dir in ["src/render", "themes/default/templates"] {
            for e in walkdir::WalkDir::new(root.join(dir)) {
                let e = e.unwrap();
                if !e.file_type().is_file() {
                    continue;
                }
                let path = e.into_path();
                if path.ends_with("i18n.rs") {
                    continue;
                }
                let text = std::fs::read_to_string(path).unwrap();
                // `w("key")` in Rust (not `new("…")`), `{{ t.key }}` in templates.
                for pat in ["w(\"", "{{ t."] {
                    let mut rest = text.as_str();
                    while let Some(i) = rest.find(pat) {
                        let before = rest[..i].chars().next_back();
                        let after = &rest[i + pat.len()..];
                        if !before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_') {
                            used.push(
                                after
                                    .chars()
                                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                                    .collect::<String>(),
                            );
                        }
                        rest = after;
                    }
                }
            }
        }
        let known: Vec<&str> = WORDS.iter().map(|w| w.0).collect();
        let missing: Vec<&String> = used
            .iter()
            .filter(|k| !known.contains(&k.as_str()))
            .collect();
        assert!(used.len() > 50, "{}", used.len());
        assert!(
            missing.is_empty(),
            "words used but not defined: {missing:?}"
        );
        assert_eq!(word(Language::En, "start_rate"), "Start rate");
    }
}
