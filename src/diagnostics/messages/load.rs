//! What the content loader says (src/content): the site's YAML and Markdown
//! files, their fields, values, ids and sums. Declared like every message
//! (docs/i18n.md); printed through [`Text::Load`](crate::diagnostics::Text).
//!
//! Besides whole messages, the enum has the words and phrases that stand
//! inside other messages, printed in the same language: what a value is
//! ([`LoadMessage::AList`], from `content::yaml::describe`), what is being
//! read ([`LoadMessage::AProject`], [`LoadMessage::ProjectWithId`], …) and
//! the YAML parser's problems ([`LoadMessage::YamlNoKey`], …).

use crate::diagnostics::Text;
use crate::model::{Date, Month};

crate::messages! {
    /// A message of the content loader, or a phrase inside one.
    pub enum LoadMessage {
        /// A key written twice in one YAML mapping.
        WrittenTwice { key: String } => {
            en: "`{key}` is written twice",
            zh_cn: "`{key}`重复出现",
            zh_tw: "`{key}`重複出現",
        }
        /// A name, a file or a word of YAML printed as it is in every language
        /// (`site.yaml`, `UTF-16`, a problem of the YAML parser's that has no
        /// translation).
        AsWritten { text: String } => { en: "{text}", zh_cn: "{text}", zh_tw: "{text}" }

        // ── Words and phrases inside other messages ─────────────────────
        // What a value is (content/yaml.rs `describe`).
        /// What a value is: nothing (`~`, an empty value).
        Nothing => { en: "nothing", zh_cn: "空值", zh_tw: "空值" }
        /// What a value is: true or false.
        TrueOrFalse => { en: "true/false", zh_cn: "布尔值（true/false）", zh_tw: "布林值（true/false）" }
        /// What a value is: a number.
        ANumber => { en: "a number", zh_cn: "数字", zh_tw: "數字" }
        /// What a value is: text.
        SomeText => { en: "text", zh_cn: "文本", zh_tw: "文字" }
        /// What a value is: a list.
        AList => { en: "a list", zh_cn: "列表", zh_tw: "清單" }
        /// What a value is: a mapping of `key: value` lines.
        AMapping => { en: "a mapping", zh_cn: "映射", zh_tw: "對應" }
        /// What a value is: a value with a YAML tag (`!tag`).
        ATaggedValue => { en: "a tagged value", zh_cn: "带标签的值", zh_tw: "帶標籤的值" }

        // What is being read (the `what` of content/fields.rs).
        /// What is read: a project of a projects file.
        AProject => { en: "a project", zh_cn: "项目", zh_tw: "項目" }
        /// What is read: the project at hand, before its id is known.
        ThisProject => { en: "this project", zh_cn: "该项目", zh_tw: "該項目" }
        /// What is read: the project with this id.
        ProjectWithId { id: String } => { en: "project {id}", zh_cn: "项目 {id}", zh_tw: "項目 {id}" }
        /// What is read: a department of units.yaml.
        ADepartment => { en: "a department", zh_cn: "责任单位", zh_tw: "責任單位" }
        /// What is read: the department at hand.
        ThisDepartment => { en: "this department", zh_cn: "该责任单位", zh_tw: "該責任單位" }
        /// What is read: a problem of problems.yaml.
        AProblem => { en: "a problem", zh_cn: "问题", zh_tw: "問題" }
        /// What is read: the problem at hand, before its id is known.
        ThisProblem => { en: "this problem", zh_cn: "该问题", zh_tw: "該問題" }
        /// What is read: the problem with this id.
        ProblemWithId { id: String } => { en: "problem {id}", zh_cn: "问题 {id}", zh_tw: "問題 {id}" }
        /// What is read: a photo of a progress record.
        APhoto => { en: "a photo", zh_cn: "照片", zh_tw: "照片" }
        /// What is read: the photo at hand.
        ThisPhoto => { en: "this photo", zh_cn: "该照片", zh_tw: "該照片" }
        /// What is read: one year's plan of a project, in its long form.
        APlan => { en: "a plan", zh_cn: "年度计划", zh_tw: "年度計劃" }
        /// What is read: a project's plan for this year.
        PlanOfYear { year: String } => {
            en: "the {year} plan",
            zh_cn: "{year}年计划",
            zh_tw: "{year}年計劃",
        }
        /// What is read: a project's `plans`.
        AnnualPlans => {
            en: "annual plans (year: amount)",
            zh_cn: "年度计划（年份: 金额）",
            zh_tw: "年度計劃（年份: 金額）",
        }
        /// What is read: a progress file.
        AProgressFile => { en: "a progress file", zh_cn: "进度文件", zh_tw: "進度檔案" }
        /// What is read: one project's record in a progress file.
        AProgressRecord => { en: "a progress record", zh_cn: "进度记录", zh_tw: "進度記錄" }
        /// What is read: the `projects` of a progress file.
        ProjectsProgress => {
            en: "the projects' progress (id: record)",
            zh_cn: "各项目进度（编号: 记录）",
            zh_tw: "各項目進度（編號: 記錄）",
        }
        /// What is read: site.yaml.
        SiteSettings => { en: "site settings", zh_cn: "网站设置", zh_tw: "網站設定" }
        /// What is read: the `flags` of site.yaml.
        FlagSettings => { en: "flag settings", zh_cn: "红黄绿旗设置", zh_tw: "紅黃綠旗設定" }
        /// What is read: the `score_weights` of site.yaml.
        ScoreWeights => { en: "score weights", zh_cn: "评分权重", zh_tw: "評分權重" }
        /// What is read: the site's categories.
        Categories => { en: "categories", zh_cn: "产业类别", zh_tw: "產業類別" }
        /// What is read: the site's levels.
        Levels => { en: "levels", zh_cn: "项目级别", zh_tw: "項目級別" }
        /// What is read: the front matter of a Markdown file.
        FrontMatter => { en: "front matter", zh_cn: "前置元数据", zh_tw: "前置元資料" }
        /// What is read: the front matter of a commentary.
        BulletinFrontMatter => {
            en: "a bulletin's front matter",
            zh_cn: "通报的前置元数据",
            zh_tw: "通報的前置元資料",
        }
        /// What is read: the front matter of a page.
        PageFrontMatter => { en: "a page's front matter", zh_cn: "页面的前置元数据", zh_tw: "頁面的前置元資料" }
        /// What a file in content/ should be: a YAML file.
        AYamlFile => { en: "a YAML file (.yaml)", zh_cn: "YAML 文件（.yaml）", zh_tw: "YAML 檔案（.yaml）" }
        /// What a file in content/progress/ should be.
        AProgressFileOfMonth => {
            en: "a progress file (YYYY-MM.yaml)",
            zh_cn: "进度文件（YYYY-MM.yaml）",
            zh_tw: "進度檔案（YYYY-MM.yaml）",
        }
        /// What a file in content/bulletins/ should be.
        ACommentaryFile => {
            en: "a commentary file (YYYY-MM.md)",
            zh_cn: "通报文稿文件（YYYY-MM.md）",
            zh_tw: "通報文稿檔案（YYYY-MM.md）",
        }
        /// What a file in content/pages/ should be.
        AMarkdownPage => {
            en: "a Markdown page (.md)",
            zh_cn: "Markdown 页面（.md）",
            zh_tw: "Markdown 頁面（.md）",
        }
        /// What a file that is not UTF-8 looks like: GBK or GB18030.
        LooksLikeGbk => {
            en: "GBK or GB18030, as Windows programs often save Chinese text",
            zh_cn: "GBK 或 GB18030 编码，Windows 程序常以此保存中文",
            zh_tw: "GBK 或 GB18030 編碼，Windows 程式常以此儲存中文",
        }

        // The YAML parser's problems (content/yaml.rs `SyntaxError::problem`).
        /// The YAML parser: a key was expected.
        YamlNoKey => { en: "did not find expected key", zh_cn: "没有找到预期的键", zh_tw: "沒有找到預期的鍵" }
        /// The YAML parser: a `,` or `]` was expected.
        YamlNoCommaOrBracket => {
            en: "did not find expected ',' or ']'",
            zh_cn: "没有找到预期的 ',' 或 ']'",
            zh_tw: "沒有找到預期的 ',' 或 ']'",
        }
        /// The YAML parser: a `,` or `}` was expected.
        YamlNoCommaOrBrace => {
            en: "did not find expected ',' or '}}'",
            zh_cn: "没有找到预期的 ',' 或 '}}'",
            zh_tw: "沒有找到預期的 ',' 或 '}}'",
        }
        /// The YAML parser: a list item `-` was expected.
        YamlNoDash => {
            en: "did not find expected '-' indicator",
            zh_cn: "没有找到预期的列表项标记 '-'",
            zh_tw: "沒有找到預期的清單項標記 '-'",
        }
        /// The YAML parser: a value was expected.
        YamlNoValue => {
            en: "did not find expected node content",
            zh_cn: "没有找到预期的值",
            zh_tw: "沒有找到預期的值",
        }
        /// The YAML parser: the start of a document was expected.
        YamlNoDocumentStart => {
            en: "did not find expected <document start>",
            zh_cn: "没有找到预期的文档开始标记",
            zh_tw: "沒有找到預期的文件開始標記",
        }
        /// The YAML parser: a letter or digit was expected.
        YamlNoLetterOrDigit => {
            en: "did not find expected alphabetic or numeric character",
            zh_cn: "没有找到预期的字母或数字",
            zh_tw: "沒有找到預期的字母或數字",
        }
        /// The YAML parser: a `:` was expected.
        YamlNoColon => {
            en: "could not find expected ':'",
            zh_cn: "没有找到预期的 ':'",
            zh_tw: "沒有找到預期的 ':'",
        }
        /// The YAML parser: a `key: value` where none may stand.
        YamlKeyValueHere => {
            en: "mapping values are not allowed in this context",
            zh_cn: "此处不能出现 `键: 值`（文本中含有 `: ` 时请加引号）",
            zh_tw: "此處不能出現 `鍵: 值`（文字中含有 `: ` 時請加引號）",
        }
        /// The YAML parser: a list item where none may stand.
        YamlListItemHere => {
            en: "block sequence entries are not allowed in this context",
            zh_cn: "此处不能出现列表项 `- `",
            zh_tw: "此處不能出現清單項 `- `",
        }
        /// The YAML parser: a tab in the indentation.
        YamlTabIndent => {
            en: "found a tab character that violates indentation",
            zh_cn: "缩进中有制表符（Tab），请改用空格",
            zh_tw: "縮排中有定位字元（Tab），請改用空格",
        }
        /// The YAML parser: a tab where an indentation space is expected.
        YamlTabForSpace => {
            en: "found a tab character where an indentation space is expected",
            zh_cn: "缩进中有制表符（Tab），请改用空格",
            zh_tw: "縮排中有定位字元（Tab），請改用空格",
        }
        /// The YAML parser: the file ends too soon.
        YamlUnexpectedEnd => {
            en: "found unexpected end of stream",
            zh_cn: "文件意外结束（可能有引号或括号没有闭合）",
            zh_tw: "檔案意外結束（可能有引號或括號沒有閉合）",
        }
        /// The YAML parser: a character that cannot start a value.
        YamlBadFirstCharacter => {
            en: "found character that cannot start any token",
            zh_cn: "出现了不能开头的字符（以 @、` 等开头的文本请加引号）",
            zh_tw: "出現了不能開頭的字元（以 @、` 等開頭的文字請加引號）",
        }
        /// A whole number with more digits than any figure has (serde_yaml
        /// reads whole numbers up to 2^64 only).
        NumberTooLarge { number: String } => {
            en: "the number {number} is too large to be a figure",
            zh_cn: "数字 {number} 太大，不可能是一个数据",
            zh_tw: "數字 {number} 太大，不可能是一個數據",
        }
        /// What to check when a number is too large.
        NumberTooLargeHint => {
            en: "amounts are in 万元: check for extra digits (an amount in 元, or two cells run together)",
            zh_cn: "金额以万元为单位：请检查是否多写了位数（例如按元填写，或两个单元格的数字连在了一起）",
            zh_tw: "金額以萬元為單位：請檢查是否多寫了位數（例如按元填寫，或兩個儲存格的數字連在了一起）",
        }
        /// The YAML parser: an unknown escape after a backslash.
        YamlUnknownEscape => {
            en: "found unknown escape character",
            zh_cn: "未知的转义字符",
            zh_tw: "未知的轉義字元",
        }
        /// The YAML parser: an undefined tag.
        YamlUndefinedTag => { en: "found undefined tag handle", zh_cn: "未定义的标签", zh_tw: "未定義的標籤" }
        /// The YAML parser: a document marker where none may stand.
        YamlUnexpectedDocumentMarker => {
            en: "found unexpected document indicator",
            zh_cn: "出现了意外的文档标记",
            zh_tw: "出現了意外的文件標記",
        }
        /// The YAML parser: a control character.
        YamlControlCharacter => {
            en: "control characters are not allowed",
            zh_cn: "不允许出现控制字符",
            zh_tw: "不允許出現控制字元",
        }
        /// The YAML parser: an alias (`*name`) of no anchor.
        YamlUnknownAnchor => {
            en: "unknown anchor",
            zh_cn: "未定义的锚点（以 `*` 开头的文本请加引号）",
            zh_tw: "未定義的錨點（以 `*` 開頭的文字請加引號）",
        }
        /// The YAML parser: a key written twice, with where.
        YamlDuplicateKeyAt { at: String, key: String } => {
            en: "{at}: duplicate entry with key {key}",
            zh_cn: "键 {key} 重复（位置 {at}）",
            zh_tw: "鍵 {key} 重複（位置 {at}）",
        }
        /// The YAML parser: a key written twice.
        YamlDuplicateKey { key: String } => {
            en: "duplicate entry with key {key}",
            zh_cn: "键 {key} 重复",
            zh_tw: "鍵 {key} 重複",
        }
        /// The YAML parser: more than one document in a file.
        YamlSeveralDocuments => {
            en: "deserializing from YAML containing more than one document is not supported",
            zh_cn: "不支持含有多个文档（多个 `---`）的 YAML 文件",
            zh_tw: "不支援含有多個文件（多個 `---`）的 YAML 檔案",
        }

        // ── Syntax and front matter (content/read.rs, content/markdown.rs) ──
        /// A syntax error in a Markdown file's front matter.
        FrontMatterSyntax { problem: Box<LoadMessage> } => {
            en: "front matter: {problem}",
            zh_cn: "前置元数据有误：{problem}",
            zh_tw: "前置元資料有誤：{problem}",
        }
        /// How front matter is written.
        FrontMatterIsYaml => {
            en: "the front matter between the two `---` lines is YAML: `title: …`, `number: 9`, `date: 2021-10-08`",
            zh_cn: "两行 `---` 之间的前置元数据是 YAML：`title: …`、`number: 9`、`date: 2021-10-08`",
            zh_tw: "兩行 `---` 之間的前置元資料是 YAML：`title: …`、`number: 9`、`date: 2021-10-08`",
        }
        /// A bulletin's `number` that is not a whole number from 1.
        IssueNumberNotWhole => {
            en: "number (期号) must be a whole number from 1",
            zh_cn: "number（期号）应为从 1 起的整数",
            zh_tw: "number（期號）應為從 1 起的整數",
        }
        /// How to write a bulletin's `number`.
        WriteIssueNumber => {
            en: "write e.g. `number: 9`, or leave it out to number bulletins by month",
            zh_cn: "写成如 `number: 9`；省略则按月份自动编号",
            zh_tw: "寫成如 `number: 9`；省略則按月份自動編號",
        }
        /// A syntax error in a YAML file.
        YamlSyntax { problem: Box<LoadMessage> } => {
            en: "YAML syntax: {problem}",
            zh_cn: "YAML 语法错误：{problem}",
            zh_tw: "YAML 語法錯誤：{problem}",
        }

        // ── Project sets (content/sets.rs) ──────────────────────────────
        /// What is read: a project set of site.yaml.
        AProjectSet => { en: "a project set", zh_cn: "项目集", zh_tw: "項目集" }
        /// What is read: the project set at hand.
        ThisProjectSet => { en: "this project set", zh_cn: "该项目集", zh_tw: "該項目集" }
        /// What is read: a set's thresholds by category.
        CategoryThresholds => {
            en: "per-category thresholds (category: amount)",
            zh_cn: "分类别标准（类别: 金额）",
            zh_tw: "分類別標准（類別: 金額）",
        }
        /// `sets` that is not a list.
        SetsNotAList { found: Box<LoadMessage> } => {
            en: "`sets` must be a list of project sets, found {found}",
            zh_cn: "`sets`应当是项目集的列表，这里是{found}",
            zh_tw: "`sets`應當是項目集的清單，這裡是{found}",
        }
        /// How to write `sets`.
        WriteOneItemPerSet => {
            en: "write one `- name: …` with `min_total_investment: …` per set",
            zh_cn: "每个项目集写一项 `- name: …`，并写上 `min_total_investment: …`",
            zh_tw: "每個項目集寫一項 `- name: …`，並寫上 `min_total_investment: …`",
        }
        /// How to fix a blank value of a set.
        WriteValueOrLeaveOut => {
            en: "write a value, or leave the line out",
            zh_cn: "请填写数值，或者删去这一行",
            zh_tw: "請填寫數值，或者刪去這一行",
        }
        /// Two project sets of one name.
        SetDeclaredTwice { name: String } => {
            en: "project set `{name}` is declared twice",
            zh_cn: "项目集`{name}`重复",
            zh_tw: "項目集`{name}`重複",
        }
        /// Where the other set of the same name is.
        SetAlsoAt { n: usize } => {
            en: "it is also set {n} of the list; give each set its own name",
            zh_cn: "它也是列表中的第{n}个项目集；每个项目集要有自己的名称",
            zh_tw: "它也是清單中的第{n}個項目集；每個項目集要有自己的名稱",
        }
        /// A set's threshold for a category the site does not have.
        NotASiteCategory { name: String } => {
            en: "`{name}` is not one of the site's categories",
            zh_cn: "`{name}`不是网站设置的产业类别",
            zh_tw: "`{name}`不是網站設定的產業類別",
        }
        /// The site's categories.
        CategoriesAre { list: String } => {
            en: "the categories are: {list}",
            zh_cn: "产业类别有：{list}",
            zh_tw: "產業類別有：{list}",
        }
        /// A blank threshold of a set.
        ThresholdBlank { category: String } => {
            en: "the threshold of `{category}` is blank",
            zh_cn: "`{category}`的标准是空的",
            zh_tw: "`{category}`的標准是空的",
        }
        /// How to write a threshold.
        WriteThreshold { category: String } => {
            en: "write an amount in 万元, e.g. `{category}: 1000`",
            zh_cn: "请写上以万元为单位的金额，如 `{category}: 1000`",
            zh_tw: "請寫上以萬元為單位的金額，如 `{category}: 1000`",
        }
        /// A blank tag of a set.
        SetTagBlank => {
            en: "a tag of this set is blank",
            zh_cn: "该项目集有一个空标签",
            zh_tw: "該項目集有一個空標籤",
        }
        /// How to write a tag.
        WriteTag => { en: "write the tag, e.g. 技改", zh_cn: "请写上标签，如 技改", zh_tw: "請寫上標籤，如 技改" }
        /// A tag listed twice in a set.
        SetTagTwice { tag: String } => {
            en: "tag `{tag}` appears twice in this set",
            zh_cn: "标签`{tag}`在该项目集中重复",
            zh_tw: "標籤`{tag}`在該項目集中重複",
        }
        /// How to list tags.
        ListEachTagOnce => { en: "list each tag once", zh_cn: "每个标签只列一次", zh_tw: "每個標籤只列一次" }
        /// A set's empty list of tags.
        SetTagsEmpty => { en: "`tags` is an empty list", zh_cn: "`tags`是空列表", zh_tw: "`tags`是空清單" }
        /// How to list a set's tags.
        ListSetTags => {
            en: "list the tags the set is limited to, e.g. [技改], or leave the line out",
            zh_cn: "请列出该项目集限定的标签，如 [技改]，或者删去这一行",
            zh_tw: "請列出該項目集限定的標籤，如 [技改]，或者刪去這一行",
        }
        /// A tag of a set that is not text.
        TagsMustBeText { found: Box<LoadMessage> } => {
            en: "tags must be text, found {found}",
            zh_cn: "标签应当是文本，这里是{found}",
            zh_tw: "標籤應當是文字，這裡是{found}",
        }
        /// How to write tags.
        WriteTagList => {
            en: "write a list of tags like [技改, 产业]",
            zh_cn: "写成标签列表，如 [技改, 产业]",
            zh_tw: "寫成標籤清單，如 [技改, 產業]",
        }
        /// `sets` written with nothing under it.
        SetsBlank => { en: "`sets` is blank", zh_cn: "`sets`是空的", zh_tw: "`sets`是空的" }
        /// How to fill `sets`.
        ListSets => {
            en: "list the project sets under it, or leave the line out",
            zh_cn: "请在其下列出项目集，或者删去这一行",
            zh_tw: "請在其下列出項目集，或者刪去這一行",
        }

        // ── The site's files, ids across files, references (content/mod.rs) ──
        /// Where a key written twice is first written.
        FirstWrittenAt { at: String } => {
            en: "it is first written at {at}; keep one of the two (the first is the one read)",
            zh_cn: "它第一次出现在 {at}；两处只保留一处（读取的是第一处）",
            zh_tw: "它第一次出現在 {at}；兩處只保留一處（讀取的是第一處）",
        }
        /// How to fix a YAML syntax error.
        CheckIndentation => {
            en: "check the indentation and the `:` after each key; quote text that contains `:` or `#`",
            zh_cn: "检查缩进和每个键后的 `:`；含有 `:` 或 `#` 的文本要加引号",
            zh_tw: "檢查縮排和每個鍵後的 `:`；含有 `:` 或 `#` 的文字要加引號",
        }
        /// A file in a content folder that is not of the folder's kind.
        NotReadIgnored { what: Box<LoadMessage> } => {
            en: "not {what}; ignored",
            zh_cn: "不是{what}，已忽略",
            zh_tw: "不是{what}，已忽略",
        }
        /// Where other files go.
        MoveOtherFiles => {
            en: "move other files to content/assets",
            zh_cn: "其他文件请移到 content/assets",
            zh_tw: "其他檔案請移到 content/assets",
        }
        /// A site folder without content/.
        NoContentFolder { site: String } => {
            en: "{site} has no content/ folder",
            zh_cn: "{site} 中没有 content/ 文件夹",
            zh_tw: "{site} 中沒有 content/ 資料夾",
        }
        /// How to run tongbao in a site.
        RunInSiteFolder => {
            en: "run tongbao in a site folder (the one holding content/), pass its path, or create one with `tongbao init DIR`",
            zh_cn: "请在网站文件夹（含有 content/ 的文件夹）中运行 tongbao，或指明它的路径，或用 `tongbao init DIR` 新建一个",
            zh_tw: "請在網站資料夾（含有 content/ 的資料夾）中執行 tongbao，或指明它的路徑，或用 `tongbao init DIR` 建立一個",
        }
        /// No content/site.yaml.
        SiteYamlMissing => {
            en: "site.yaml is missing",
            zh_cn: "缺少 site.yaml",
            zh_tw: "缺少 site.yaml",
        }
        /// How to make site.yaml.
        CreateSiteYaml => {
            en: "create content/site.yaml with at least `title: …` and `publisher: …` (see `tongbao init`)",
            zh_cn: "新建 content/site.yaml，至少写上 `title: …` 和 `publisher: …`（参见 `tongbao init`）",
            zh_tw: "建立 content/site.yaml，至少寫上 `title: …` 和 `publisher: …`（參見 `tongbao init`）",
        }
        /// A progress file not named by its month.
        ProgressNameNotMonth { name: String } => {
            en: "progress file name `{name}` is not a month",
            zh_cn: "进度文件名`{name}`不是月份",
            zh_tw: "進度檔名`{name}`不是月份",
        }
        /// How progress files are named.
        NameProgressByMonth => {
            en: "name progress files by their month: progress/2021-09.yaml",
            zh_cn: "进度文件以月份命名：progress/2021-09.yaml",
            zh_tw: "進度檔案以月份命名：progress/2021-09.yaml",
        }
        /// Two projects with one id.
        ProjectIdTwice { id: String } => {
            en: "project id `{id}` is used twice",
            zh_cn: "项目编号`{id}`重复",
            zh_tw: "項目編號`{id}`重複",
        }
        /// Where a project id used twice is first used.
        ProjectIdFirstAt { at: String } => {
            en: "it is first used at {at}; give each project its own id",
            zh_cn: "它第一次出现在 {at}；每个项目要有自己的编号",
            zh_tw: "它第一次出現在 {at}；每個項目要有自己的編號",
        }
        /// A photo that is not in content/assets.
        PhotoNotInAssets { file: String } => {
            en: "photo `{file}` is not in content/assets",
            zh_cn: "照片`{file}`不在 content/assets 中",
            zh_tw: "照片`{file}`不在 content/assets 中",
        }
        /// How to add a missing photo.
        PutPhotoInAssets => {
            en: "put the photo under content/assets/ at that path, or correct the path",
            zh_cn: "把照片放到 content/assets/ 下的这个路径，或改正路径",
            zh_tw: "把照片放到 content/assets/ 下的這個路徑，或改正路徑",
        }
        /// A month without a progress file between two with one.
        MonthWithoutProgress { month: Month, after: Month, before: Month } => {
            en: "no progress file for {month} (between {after} and {before})",
            zh_cn: "缺少 {month} 的进度文件（在 {after} 和 {before} 之间）",
            zh_tw: "缺少 {month} 的進度檔案（在 {after} 和 {before} 之間）",
        }
        /// What a missing month means.
        MonthWithoutProgressHint => {
            en: "a month without a file counts as no investment that month; add the missing file if it was forgotten",
            zh_cn: "没有进度文件的月份按当月无投资计算；如果是漏了，请补上这个文件",
            zh_tw: "沒有進度檔案的月份按當月無投資計算；如果是漏了，請補上這個檔案",
        }
        /// A commentary of a month without progress.
        CommentaryWithoutProgress { month: Month } => {
            en: "there is no progress file for {month}, so this commentary is not used",
            zh_cn: "没有 {month} 的进度文件，这篇通报文稿不会用到",
            zh_tw: "沒有 {month} 的進度檔案，這篇通報文稿不會用到",
        }
        /// How to use a commentary.
        AddProgressOrRename { month: Month } => {
            en: "add content/progress/{month}.yaml or rename the commentary",
            zh_cn: "添加 content/progress/{month}.yaml，或给文稿改名",
            zh_tw: "新增 content/progress/{month}.yaml，或給文稿改名",
        }
        /// Two problems with one id.
        ProblemIdTwice { id: String } => {
            en: "problem id `{id}` is used twice",
            zh_cn: "问题编号`{id}`重复",
            zh_tw: "問題編號`{id}`重複",
        }
        /// Where a problem id used twice is first used.
        ProblemIdFirstAt { at: String } => {
            en: "it is first used at {at}; give each problem its own id",
            zh_cn: "它第一次出现在 {at}；每个问题要有自己的编号",
            zh_tw: "它第一次出現在 {at}；每個問題要有自己的編號",
        }
        /// The nearest project id to an unknown one.
        ProjectNear { near: String } => {
            en: "did you mean `{near}`? Every project must be listed in content/projects/",
            zh_cn: "是否应为`{near}`？每个项目都要列在 content/projects/ 中",
            zh_tw: "是否應為`{near}`？每個項目都要列在 content/projects/ 中",
        }
        /// How to fix an unknown project.
        AddProject => {
            en: "add the project to a file in content/projects/, or correct the id",
            zh_cn: "把这个项目加到 content/projects/ 的文件中，或改正编号",
            zh_tw: "把這個項目加到 content/projects/ 的檔案中，或改正編號",
        }
        /// An id that is no project's.
        UnknownProject { id: String } => {
            en: "unknown project `{id}`",
            zh_cn: "未知项目`{id}`",
            zh_tw: "未知項目`{id}`",
        }
        /// The nearest department to an unknown one, and all of them.
        DepartmentNear { near: String, all: String } => {
            en: "did you mean `{near}`? The departments in units.yaml are: {all}",
            zh_cn: "是否应为`{near}`？units.yaml 中的责任单位有：{all}",
            zh_tw: "是否應為`{near}`？units.yaml 中的責任單位有：{all}",
        }
        /// How to add an unknown department, with all of them.
        AddDepartmentAmong { all: String } => {
            en: "add it to content/units.yaml; the departments there are: {all}",
            zh_cn: "把它加到 content/units.yaml；那里的责任单位有：{all}",
            zh_tw: "把它加到 content/units.yaml；那裡的責任單位有：{all}",
        }
        /// A department that units.yaml does not list.
        UnknownDepartment { name: String } => {
            en: "unknown department `{name}`",
            zh_cn: "未知责任单位`{name}`",
            zh_tw: "未知責任單位`{name}`",
        }
        /// A commentary not named by its month.
        CommentaryNameNotMonth { name: String } => {
            en: "commentary file name `{name}` is not a month",
            zh_cn: "通报文稿文件名`{name}`不是月份",
            zh_tw: "通報文稿檔名`{name}`不是月份",
        }
        /// How commentaries are named.
        NameCommentaryByMonth => {
            en: "name commentary files by their month: bulletins/2021-09.md",
            zh_cn: "通报文稿以月份命名：bulletins/2021-09.md",
            zh_tw: "通報文稿以月份命名：bulletins/2021-09.md",
        }
        /// A page whose name cannot be an address.
        PageNameNotSimple { name: String } => {
            en: "page file name `{name}` is not a simple name",
            zh_cn: "页面文件名`{name}`不是简单名称",
            zh_tw: "頁面檔名`{name}`不是簡單名稱",
        }
        /// How pages are named.
        NamePagesSimply => {
            en: "name pages with ASCII letters, digits, - and _ (about.md): the name is the page's address",
            zh_cn: "页面文件名只用 ASCII 字母、数字、- 和 _（如 about.md）：文件名就是页面地址",
            zh_tw: "頁面檔名只用 ASCII 字母、數字、- 和 _（如 about.md）：檔名就是頁面網址",
        }

        // ── Problems (content/problems.rs) ───────────────────────────────
        /// A file that must be a list, and what it is.
        ListFound { what: Box<LoadMessage>, found: Box<LoadMessage> } => {
            en: "{what}, found {found}",
            zh_cn: "{what}，实际是{found}",
            zh_tw: "{what}，實際是{found}",
        }
        /// What problems.yaml must be.
        ProblemsMustBeList => {
            en: "problems.yaml must be a list of problems",
            zh_cn: "problems.yaml 应为问题列表",
            zh_tw: "problems.yaml 應為問題清單",
        }
        /// How a problem starts.
        StartEachProblem => {
            en: "start each problem with `- id: …`",
            zh_cn: "每个问题以 `- id: …` 开头",
            zh_tw: "每個問題以 `- id: …` 開頭",
        }
        /// A problem without its `raised` date.
        NoRaisedDate { what: Box<LoadMessage> } => {
            en: "{what} has no `raised` date",
            zh_cn: "{what}缺少提出日期`raised`",
            zh_tw: "{what}缺少提出日期`raised`",
        }
        /// How to add `raised`.
        AddRaisedDate => {
            en: "add `raised: YYYY-MM-DD`, the day it was raised",
            zh_cn: "添加 `raised: YYYY-MM-DD`，即问题提出的日期",
            zh_tw: "新增 `raised: YYYY-MM-DD`，即問題提出的日期",
        }
        /// A problem resolved before it was raised.
        ResolvedBeforeRaised { what: Box<LoadMessage>, resolved: Date, raised: Date } => {
            en: "{what} is resolved ({resolved}) before it was raised ({raised})",
            zh_cn: "{what}的解决日期（{resolved}）早于提出日期（{raised}）",
            zh_tw: "{what}的解決日期（{resolved}）早於提出日期（{raised}）",
        }
        /// How to fix two dates in the wrong order.
        CheckBothDates => { en: "check both dates", zh_cn: "请核对这两个日期", zh_tw: "請核對這兩個日期" }

        // ── Progress files (content/progress.rs) ─────────────────────────
        /// A progress file without `period`.
        NoPeriod => {
            en: "the progress file has no `period`",
            zh_cn: "进度文件缺少`period`",
            zh_tw: "進度檔案缺少`period`",
        }
        /// How to add `period`.
        AddPeriod { period: Month } => {
            en: "add `period: {period}` as its first line",
            zh_cn: "在第一行添加 `period: {period}`",
            zh_tw: "在第一行新增 `period: {period}`",
        }
        /// A `period` that is not the file's month.
        PeriodNotFileName { period: String, name: Month } => {
            en: "period `{period}` differs from the file name ({name}.yaml)",
            zh_cn: "period`{period}`与文件名（{name}.yaml）不一致",
            zh_tw: "period`{period}`與檔名（{name}.yaml）不一致",
        }
        /// How to fix a `period`.
        WritePeriod { period: Month } => {
            en: "write `period: {period}`, or rename the file to match its period",
            zh_cn: "写成 `period: {period}`，或按 period 给文件改名",
            zh_tw: "寫成 `period: {period}`，或按 period 給檔案改名",
        }
        /// Investment reported in a stage before construction.
        InvestedBeforeConstruction { id: String, amount: String, stage: String } => {
            en: "{id} reports investment ({amount}万元) in stage {stage}",
            zh_cn: "{id} 处于{stage}阶段，却报了投资（{amount}万元）",
            zh_tw: "{id} 處於{stage}階段，卻報了投資（{amount}萬元）",
        }
        /// When investment is made.
        CheckStage => {
            en: "investment is usually made from 在建 on; check the stage",
            zh_cn: "投资一般从在建阶段开始；请核对阶段",
            zh_tw: "投資一般從在建階段開始；請核對階段",
        }
        /// `photos` that is not a list.
        PhotosNotAList { found: Box<LoadMessage> } => {
            en: "photos must be a list, found {found}",
            zh_cn: "photos 应为列表，实际是{found}",
            zh_tw: "photos 應為清單，實際是{found}",
        }
        /// How to write photos.
        WritePhotoList => {
            en: "write `- {{file: 2021-09/a.jpg, caption: 说明}}` per photo",
            zh_cn: "每张照片写一行 `- {{file: 2021-09/a.jpg, caption: 说明}}`",
            zh_tw: "每張照片寫一行 `- {{file: 2021-09/a.jpg, caption: 說明}}`",
        }
        /// A photo path that leaves content/assets.
        PhotoOutsideAssets { path: String } => {
            en: "photo path `{path}` leaves content/assets",
            zh_cn: "照片路径`{path}`超出了 content/assets",
            zh_tw: "照片路徑`{path}`超出了 content/assets",
        }
        /// How to write a photo path.
        WritePhotoPath => {
            en: "write a path under content/assets without `..` or a leading `/`, e.g. 2021-09/a.jpg",
            zh_cn: "写 content/assets 下的路径，不含 `..`，不以 `/` 开头，如 2021-09/a.jpg",
            zh_tw: "寫 content/assets 下的路徑，不含 `..`，不以 `/` 開頭，如 2021-09/a.jpg",
        }

        // ── Two sources, ids as folder names, sums, base_url (content/) ──────
        /// Two files for one thing (`site.yaml` and `site.yml`).
        TwoFilesOneThing { first: String, second: String } => {
            en: "`{first}` and `{second}` are two files for the same thing",
            zh_cn: "`{first}`和`{second}`是同一内容的两个文件",
            zh_tw: "`{first}`和`{second}`是同一內容的兩個檔案",
        }
        /// How to fix two files for one thing.
        KeepOneFile => {
            en: "keep one of them: merge what the other holds into it, then delete or rename the other",
            zh_cn: "只保留其中一个：把另一个的内容合并进来，再删除或改名另一个",
            zh_tw: "只保留其中一個：把另一個的內容合並進來，再刪除或改名另一個",
        }
        /// Two project ids that differ only by case.
        ProjectIdCase { id: String, other: String } => {
            en: "project id `{id}` differs from `{other}` only by case",
            zh_cn: "项目编号`{id}`与`{other}`仅大小写不同",
            zh_tw: "項目編號`{id}`與`{other}`僅大小寫不同",
        }
        /// Where the other project id is, and why both cannot be.
        ProjectIdCaseHint { other: String, at: String } => {
            en: "`{other}` is at {at}; Windows and macOS take both for one folder, so give each project an id of its own",
            zh_cn: "`{other}`位于 {at}；Windows 和 macOS 把两者视为同一文件夹，请给每个项目不同的编号",
            zh_tw: "`{other}`位於 {at}；Windows 和 macOS 把兩者視為同一資料夾，請給每個項目不同的編號",
        }
        /// Two department ids that differ only by case.
        DepartmentIdCase { id: String, other: String } => {
            en: "department id `{id}` differs from `{other}` only by case",
            zh_cn: "责任单位编号`{id}`与`{other}`仅大小写不同",
            zh_tw: "責任單位編號`{id}`與`{other}`僅大小寫不同",
        }
        /// Which department has the other id, and why both cannot be.
        DepartmentIdCaseHint { item: usize } => {
            en: "the department listed as item {item} has it; Windows and macOS take both for one folder, so give each department an id of its own",
            zh_cn: "第{item}个责任单位使用了它；Windows 和 macOS 把两者视为同一文件夹，请给每个责任单位不同的编号",
            zh_tw: "第{item}個責任單位使用了它；Windows 和 macOS 把兩者視為同一資料夾，請給每個責任單位不同的編號",
        }
        /// A project id too long for a folder name.
        ProjectIdTooLong { id: String } => {
            en: "project id `{id}` is longer than 100 characters",
            zh_cn: "项目编号`{id}`超过100个字符",
            zh_tw: "項目編號`{id}`超過100個字元",
        }
        /// A department id too long for a folder name.
        DepartmentIdTooLong { id: String } => {
            en: "department id `{id}` is longer than 100 characters",
            zh_cn: "责任单位编号`{id}`超过100个字符",
            zh_tw: "責任單位編號`{id}`超過100個字元",
        }
        /// How long an id may be.
        KeepIdsShort { example: String } => {
            en: "ids name folders of the site; keep them short, e.g. {example}",
            zh_cn: "编号用作网站的文件夹名，请写短一些，如 {example}",
            zh_tw: "編號用作網站的資料夾名，請寫短一些，如 {example}",
        }
        /// How to write an id.
        IdsNameFolders { example: String } => {
            en: "ids name folders of the site; write e.g. {example}",
            zh_cn: "编号用作网站的文件夹名；写成如 {example}",
            zh_tw: "編號用作網站的資料夾名；寫成如 {example}",
        }
        /// A project id that Windows reserves.
        ProjectIdReserved { id: String } => {
            en: "project id `{id}` is a device name that Windows reserves",
            zh_cn: "项目编号`{id}`是 Windows 保留的设备名",
            zh_tw: "項目編號`{id}`是 Windows 保留的裝置名",
        }
        /// A department id that Windows reserves.
        DepartmentIdReserved { id: String } => {
            en: "department id `{id}` is a device name that Windows reserves",
            zh_cn: "责任单位编号`{id}`是 Windows 保留的设备名",
            zh_tw: "責任單位編號`{id}`是 Windows 保留的裝置名",
        }
        /// A file or folder name that Windows reserves.
        NameReserved { name: String } => {
            en: "`{name}` is a device name that Windows reserves",
            zh_cn: "`{name}`是 Windows 保留的设备名",
            zh_tw: "`{name}`是 Windows 保留的裝置名",
        }
        /// Why a reserved id cannot be, and what to do.
        ReservedChooseId => {
            en: "a folder of that name cannot be copied to a Windows PC (CON, PRN, AUX, NUL, COM0-9 and LPT0-9 are reserved in any case); choose another id",
            zh_cn: "这样命名的文件夹无法复制到 Windows 电脑（CON、PRN、AUX、NUL、COM0-9、LPT0-9 不论大小写都是保留名）；请换一个编号",
            zh_tw: "這樣命名的資料夾無法複製到 Windows 電腦（CON、PRN、AUX、NUL、COM0-9、LPT0-9 不論大小寫都是保留名）；請換一個編號",
        }
        /// Why a reserved file name cannot be, and what to do.
        ReservedRename => {
            en: "a file or folder of that name cannot be copied to a Windows PC (CON, PRN, AUX, NUL, COM0-9 and LPT0-9 are reserved in any case); rename it",
            zh_cn: "这样命名的文件或文件夹无法复制到 Windows 电脑（CON、PRN、AUX、NUL、COM0-9、LPT0-9 不论大小写都是保留名）；请改名",
            zh_tw: "這樣命名的檔案或資料夾無法複製到 Windows 電腦（CON、PRN、AUX、NUL、COM0-9、LPT0-9 不論大小寫都是保留名）；請改名",
        }
        /// Amounts that add up past what tongbao can hold.
        SumTooLarge { limit: String, id: String } => {
            en: "the amounts of this site add up to more than {limit}万元 by project {id}",
            zh_cn: "本站金额合计到项目 {id} 时已超过{limit}万元",
            zh_tw: "本站金額合計到項目 {id} 時已超過{limit}萬元",
        }
        /// Why sums are bounded, and what to check.
        SumTooLargeHint => {
            en: "tongbao adds up every amount exactly and cannot hold a larger sum; check for amounts written in 元 instead of 万元 or a misplaced decimal point",
            zh_cn: "tongbao 精确合计所有金额，无法容纳更大的合计；请检查是否把元当成了万元，或小数点位置有误",
            zh_tw: "tongbao 精確合計所有金額，無法容納更大的合計；請檢查是否把元當成了萬元，或小數點位置有誤",
        }
        /// A pipe, socket or device among the content files.
        NotARegularFile => {
            en: "not a regular file; skipped",
            zh_cn: "不是普通文件，已跳过",
            zh_tw: "不是普通檔案，已跳過",
        }
        /// Why such a file is skipped.
        PutRegularFiles => {
            en: "a named pipe, socket or device is never read; put regular files here",
            zh_cn: "命名管道、套接字或设备文件不会被读取；这里请放普通文件",
            zh_tw: "命名管道、通訊端或裝置檔案不會被讀取；這裡請放普通檔案",
        }
        /// A base_url without a host.
        BaseUrlNoHost { url: String } => {
            en: "base_url `{url}` has no host",
            zh_cn: "base_url`{url}`缺少主机名",
            zh_tw: "base_url`{url}`缺少主机名",
        }
        /// A base_url with a query, a fragment or spaces.
        BaseUrlQuery { url: String } => {
            en: "base_url `{url}` has a query, a fragment or spaces",
            zh_cn: "base_url`{url}`含有查询（?）、片段（#）或空格",
            zh_tw: "base_url`{url}`含有查詢（?）、片段（#）或空格",
        }
        /// What base_url is.
        BaseUrlIsFolder => {
            en: "base_url is the address of the site's folder, e.g. https://example.gov.cn/xm/: without ?, # or spaces",
            zh_cn: "base_url 是网站文件夹的地址，如 https://example.gov.cn/xm/，不含 ?、# 和空格",
            zh_tw: "base_url 是網站資料夾的網址，如 https://example.gov.cn/xm/，不含 ?、# 和空格",
        }
        /// How to write a fraction.
        FractionDecimals => {
            en: "write the fraction with at most 4 decimals, e.g. 0.1234",
            zh_cn: "比例最多写4位小数，如 0.1234",
            zh_tw: "比例最多寫4位小數，如 0.1234",
        }
        /// A `.yml` file where tongbao reads `.yaml`.
        YmlNotYaml { name: String } => {
            en: "tongbao reads content/{name}.yaml, not {name}.yml",
            zh_cn: "tongbao 读取的是 content/{name}.yaml，不是 {name}.yml",
            zh_tw: "tongbao 讀取的是 content/{name}.yaml，不是 {name}.yml",
        }
        /// How to rename a `.yml` file.
        RenameToYaml { name: String } => {
            en: "rename the file to {name}.yaml",
            zh_cn: "请把文件改名为 {name}.yaml",
            zh_tw: "請把檔案改名為 {name}.yaml",
        }
        /// A file whose extension is in capitals.
        ExtensionNotLowerCase { what: Box<LoadMessage> } => {
            en: "not {what}: the extension is not in lower case",
            zh_cn: "不是{what}：扩展名不是小写",
            zh_tw: "不是{what}：擴展名不是小寫",
        }
        /// How to fix the extension.
        RenameToExtension { ext: String } => {
            en: "rename the file to end in .{ext}",
            zh_cn: "请把文件改名为以 .{ext} 结尾",
            zh_tw: "請把檔案改名為以 .{ext} 結尾",
        }

        // ── Projects (content/projects.rs) ───────────────────────────────
        /// What a projects file must be.
        ProjectsMustBeList => {
            en: "a projects file must be a list of projects",
            zh_cn: "项目文件应为项目列表",
            zh_tw: "項目檔案應為項目清單",
        }
        /// How a project starts.
        StartEachProject => {
            en: "start each project with `- id: …`",
            zh_cn: "每个项目以 `- id: …` 开头",
            zh_tw: "每個項目以 `- id: …` 開頭",
        }
        /// A project id with characters a folder name should not have.
        ProjectIdCharacters { id: String } => {
            en: "project id `{id}` has characters other than ASCII letters, digits, - and _",
            zh_cn: "项目编号`{id}`含有 ASCII 字母、数字、- 和 _ 以外的字符",
            zh_tw: "項目編號`{id}`含有 ASCII 字母、數字、- 和 _ 以外的字元",
        }
        /// A project's category the site does not have.
        UnknownCategory { category: String } => {
            en: "category `{category}` is not one of the site's categories",
            zh_cn: "产业类别`{category}`不在网站的类别中",
            zh_tw: "產業類別`{category}`不在網站的類別中",
        }
        /// A project's level the site does not have.
        UnknownLevel { level: String } => {
            en: "level `{level}` is not one of the site's levels",
            zh_cn: "项目级别`{level}`不在网站的级别中",
            zh_tw: "項目級別`{level}`不在網站的級別中",
        }
        /// The nearest of the site's categories or levels, and all of them.
        AllowedNear { near: String, what: Box<LoadMessage>, list: String } => {
            en: "did you mean `{near}`? The {what} in site.yaml are: {list}",
            zh_cn: "是否应为`{near}`？site.yaml 中的{what}有：{list}",
            zh_tw: "是否應為`{near}`？site.yaml 中的{what}有：{list}",
        }
        /// The site's categories or levels.
        AllowedAre { what: Box<LoadMessage>, list: String } => {
            en: "the {what} in site.yaml are: {list} (add it there if it is new)",
            zh_cn: "site.yaml 中的{what}有：{list}（如果是新的，请加到那里）",
            zh_tw: "site.yaml 中的{what}有：{list}（如果是新的，請加到那裡）",
        }
        /// A plan's key that is not a year.
        PlanYearNotYear { year: String } => {
            en: "plan year `{year}` is not a year",
            zh_cn: "计划年份`{year}`不是年份",
            zh_tw: "計劃年份`{year}`不是年份",
        }
        /// How to write a plan.
        WritePlan => {
            en: "write each plan as `2021: 30000` (a four-digit year, then the amount in 万元)",
            zh_cn: "每项计划写成 `2021: 30000`（四位年份，然后是金额，单位万元）",
            zh_tw: "每項計劃寫成 `2021: 30000`（四位年份，然後是金額，單位萬元）",
        }
        /// A kind that is neither 新建 nor 续建.
        UnknownKind { kind: String } => {
            en: "unknown kind `{kind}`",
            zh_cn: "未知建设性质`{kind}`",
            zh_tw: "未知建設性質`{kind}`",
        }
        /// The two kinds.
        KindIs => {
            en: "kind is 新建 (new) or 续建 (continuing)",
            zh_cn: "kind 为 新建（new）或 续建（continuing）",
            zh_tw: "kind 為 新建（new）或 續建（continuing）",
        }
        /// A plan above the project's total investment.
        PlanAboveTotal { year: String, plan: String, total: String } => {
            en: "the {year} plan ({plan}) is above the total investment ({total})",
            zh_cn: "{year}年计划投资（{plan}）超过了总投资（{total}）",
            zh_tw: "{year}年計劃投資（{plan}）超過了總投資（{total}）",
        }
        /// Why a plan cannot be above the total.
        PlanPartOfTotal => {
            en: "an annual plan is part of the total investment; check both figures (万元)",
            zh_cn: "年度计划是总投资的一部分；请核对这两个数（万元）",
            zh_tw: "年度計劃是總投資的一部分；請核對這兩個數（萬元）",
        }

        // ── site.yaml and units.yaml (content/site.rs) ───────────────────
        /// A `language` tongbao does not speak.
        UnknownLanguage { lang: String } => {
            en: "unknown language `{lang}`",
            zh_cn: "未知语言`{lang}`",
            zh_tw: "未知語言`{lang}`",
        }
        /// The languages.
        WriteLanguage => {
            en: "write zh-CN (简体), zh-TW (繁體) or en",
            zh_cn: "写 zh-CN（简体）、zh-TW（繁體）或 en",
            zh_tw: "寫 zh-CN（簡體）、zh-TW（繁體）或 en",
        }
        /// A base_url that is not an absolute http(s) URL.
        BaseUrlNotAbsolute { url: String } => {
            en: "base_url `{url}` is not an absolute http(s) URL",
            zh_cn: "base_url`{url}`不是完整的 http(s) 网址",
            zh_tw: "base_url`{url}`不是完整的 http(s) 網址",
        }
        /// How to write base_url.
        WriteFullAddress => {
            en: "write the full address, e.g. https://example.gov.cn/xm/, or leave base_url out",
            zh_cn: "写完整的网址，如 https://example.gov.cn/xm/，或删去 base_url",
            zh_tw: "寫完整的網址，如 https://example.gov.cn/xm/，或刪去 base_url",
        }
        /// An empty list of categories.
        CategoriesEmpty => {
            en: "categories is empty",
            zh_cn: "categories 是空的",
            zh_tw: "categories 是空的",
        }
        /// How to list categories.
        ListCategories => {
            en: "list the categories, e.g. [农业, 工业, 商贸流通, 基础设施, 社会事业], or leave the line out for these five",
            zh_cn: "列出产业类别，如 [农业, 工业, 商贸流通, 基础设施, 社会事业]；删去这一行则用这五个",
            zh_tw: "列出產業類別，如 [農業, 工業, 商貿流通, 基礎設施, 社會事業]；刪去這一行則用這五個",
        }
        /// A theme name that cannot be a folder's.
        ThemeNameNotFolder { name: String } => {
            en: "theme name `{name}` is not a folder name",
            zh_cn: "主题名`{name}`不能用作文件夹名",
            zh_tw: "主題名`{name}`不能用作資料夾名",
        }
        /// How to name a theme.
        ThemeNameCharacters => {
            en: "use ASCII letters, digits, - and _ (the folder themes/NAME)",
            zh_cn: "只用 ASCII 字母、数字、- 和 _（它是文件夹 themes/NAME 的名字）",
            zh_tw: "只用 ASCII 字母、數字、- 和 _（它是資料夾 themes/NAME 的名字）",
        }
        /// A percent_decimals out of range.
        PercentDecimals => {
            en: "percent_decimals must be 0, 1, 2, 3 or 4",
            zh_cn: "percent_decimals 应为 0、1、2、3 或 4",
            zh_tw: "percent_decimals 應為 0、1、2、3 或 4",
        }
        /// What percent_decimals does.
        PercentDecimalsExample => {
            en: "1 prints 61.3%, 2 prints 61.33%",
            zh_cn: "1 显示为 61.3%，2 显示为 61.33%",
            zh_tw: "1 顯示為 61.3%，2 顯示為 61.33%",
        }
        /// Score weights that do not add up to 1.
        WeightsSum { sum: String } => {
            en: "score weights add up to {sum}, not 1",
            zh_cn: "评分权重之和是 {sum}，不是 1",
            zh_tw: "評分權重之和是 {sum}，不是 1",
        }
        /// Why weights add up to 1.
        WeightsSumHint => {
            en: "scores are out of 100 only when the weights add up to 1",
            zh_cn: "权重之和为 1 时，评分才是百分制",
            zh_tw: "權重之和為 1 時，評分才是百分制",
        }
        /// A fraction out of 0..1.
        NotAFraction { field: String, found: String } => {
            en: "`{field}` must be a fraction between 0 and 1, found `{found}`",
            zh_cn: "`{field}`应为 0 到 1 之间的小数，实际是`{found}`",
            zh_tw: "`{field}`應為 0 到 1 之間的小數，實際是`{found}`",
        }
        /// How to write a fraction.
        WriteFraction => {
            en: "write e.g. 0.10 for ten percent (at most 4 decimals)",
            zh_cn: "如 0.10 表示百分之十（最多4位小数）",
            zh_tw: "如 0.10 表示百分之十（最多4位小數）",
        }
        /// A name listed twice.
        NameTwice { name: String, what: Box<LoadMessage> } => {
            en: "`{name}` appears twice in {what}",
            zh_cn: "`{name}`在{what}中出现了两次",
            zh_tw: "`{name}`在{what}中出現了兩次",
        }
        /// How to list names.
        ListEachNameOnce => { en: "list each name once", zh_cn: "每个名称只列一次", zh_tw: "每個名稱只列一次" }
        /// What units.yaml must be.
        UnitsMustBeList => {
            en: "units.yaml must be a list of departments",
            zh_cn: "units.yaml 应为责任单位列表",
            zh_tw: "units.yaml 應為責任單位清單",
        }
        /// How to write departments.
        WriteDepartmentPairs => {
            en: "write one `- id: …` / `  name: …` pair per department",
            zh_cn: "每个责任单位写一对 `- id: …` / `  name: …`",
            zh_tw: "每個責任單位寫一對 `- id: …` / `  name: …`",
        }
        /// A department id with characters a folder name should not have.
        DepartmentIdCharacters { id: String } => {
            en: "department id `{id}` has characters other than ASCII letters, digits, - and _",
            zh_cn: "责任单位编号`{id}`含有 ASCII 字母、数字、- 和 _ 以外的字符",
            zh_tw: "責任單位編號`{id}`含有 ASCII 字母、數字、- 和 _ 以外的字元",
        }
        /// Two departments with one id.
        DepartmentIdTwice { id: String } => {
            en: "department id `{id}` is used twice",
            zh_cn: "责任单位编号`{id}`重复",
            zh_tw: "責任單位編號`{id}`重複",
        }
        /// Which department has the same id.
        DepartmentIdAlsoAt { item: usize } => {
            en: "it is also the id of the department listed as item {item}; give each department its own id",
            zh_cn: "第{item}项责任单位也用了这个编号；每个责任单位要有自己的编号",
            zh_tw: "第{item}項責任單位也用了這個編號；每個責任單位要有自己的編號",
        }
        /// Two departments with one name.
        DepartmentNameTwice { name: String } => {
            en: "department name `{name}` is used twice",
            zh_cn: "责任单位名称`{name}`重复",
            zh_tw: "責任單位名稱`{name}`重複",
        }
        /// How to list departments.
        ListEachDepartmentOnce => {
            en: "each department is listed once",
            zh_cn: "每个责任单位只列一次",
            zh_tw: "每個責任單位只列一次",
        }

        // ── Reading files; YAML limits; single_file_photos (content/) ─────
        /// A file that cannot be read, with the system's reason.
        CannotReadFile { err: Text } => {
            en: "cannot read the file: {err}",
            zh_cn: "无法读取文件：{err}",
            zh_tw: "無法讀取檔案：{err}",
        }
        /// How to fix an unreadable file.
        CheckFileReadable => {
            en: "check that the file exists and is readable",
            zh_cn: "请确认文件存在并且可以读取",
            zh_tw: "請確認檔案存在並且可以讀取",
        }
        /// A file that is not UTF-8, and what it looks like.
        NotUtf8 { looks_like: Box<LoadMessage> } => {
            en: "the file is not UTF-8 (it looks like {looks_like})",
            zh_cn: "文件不是 UTF-8 编码（看起来是{looks_like}）",
            zh_tw: "檔案不是 UTF-8 編碼（看起來是{looks_like}）",
        }
        /// How to save a file as UTF-8.
        ResaveAsUtf8 => {
            en: "re-save it as UTF-8: in Notepad choose 另存为 → 编码 UTF-8; in VS Code click the encoding in the status bar and choose \"Save with Encoding\" → UTF-8",
            zh_cn: "请另存为 UTF-8：记事本中选“另存为”→“编码”选 UTF-8；VS Code 中点状态栏里的编码，选“Save with Encoding”（通过编码保存）→ UTF-8",
            zh_tw: "請另存為 UTF-8 編碼：記事本中選「另存新檔」→「編碼」選 UTF-8；VS Code 中點狀態列裡的編碼，選「Save with Encoding」（以編碼儲存）→ UTF-8",
        }
        /// A symbolic link among the content files.
        SymlinkSkipped => { en: "symbolic link skipped", zh_cn: "已跳过符号链接", zh_tw: "已跳過符號連結" }
        /// A file to read that is a symbolic link.
        FileIsSymlink => {
            en: "the file is a symbolic link, which is not followed",
            zh_cn: "该文件是符号链接，不会被读取",
            zh_tw: "該檔案是符號連結，不會被讀取",
        }
        /// Why links are not followed: put a copy here.
        PutCopyHere => {
            en: "links are not followed, so that a build never reads outside the site; put a copy of the file here instead",
            zh_cn: "为了不读取网站以外的内容，符号链接一律不跟随；请在此处放一份文件的副本",
            zh_tw: "為了不讀取網站以外的內容，符號連結一律不跟隨；請在此處放一份檔案的副本",
        }
        /// A file to read that is a folder or a device.
        NotAFile => {
            en: "this is a folder or a device, not a file",
            zh_cn: "这是文件夹或设备，不是文件",
            zh_tw: "這是資料夾或裝置，不是檔案",
        }
        /// How to fix an unknown department when units.yaml lists none.
        AddDepartmentOrCorrect => {
            en: "add it to content/units.yaml, or correct the name",
            zh_cn: "请把它加入 content/units.yaml，或改正名称",
            zh_tw: "請把它加入 content/units.yaml，或改正名稱",
        }
        /// A single_file_photos that is neither inline nor omit.
        SingleFilePhotos { found: String } => {
            en: "single_file_photos must be inline or omit, found `{found}`",
            zh_cn: "single_file_photos 只能是 inline 或 omit，现为`{found}`",
            zh_tw: "single_file_photos 只能是 inline 或 omit，現為`{found}`",
        }
        /// What inline and omit do.
        SingleFilePhotosHint => {
            en: "inline puts photos into the single-file bulletin; omit leaves them out (a smaller file)",
            zh_cn: "inline 把照片放进单页版月报；omit 不放照片（文件更小）",
            zh_tw: "inline 把照片放進單頁版月報；omit 不放照片（檔案更小）",
        }
        /// Aliases that expand a file past the limit.
        AliasesExpand { limit: usize } => {
            en: "aliases (*name) expand this file to more than {limit} extra values",
            zh_cn: "别名（*name）使该文件展开出超过{limit}个额外的值",
            zh_tw: "別名（*name）使該檔案展開出超過{limit}個額外的值",
        }
        /// Lists and mappings nested past the limit.
        NestedTooDeep { limit: usize } => {
            en: "lists and mappings are nested more than {limit} levels deep",
            zh_cn: "列表和映射的嵌套超过了{limit}层",
            zh_tw: "清單和對應的嵌套超過了{limit}層",
        }
        /// Aliases repeated past serde_yaml's limit.
        AliasesRepeated => {
            en: "aliases (*name) are repeated too many times",
            zh_cn: "别名（*name）重复次数过多",
            zh_tw: "別名（*name）重複次數過多",
        }
        /// How to replace a folder or device where a file should be.
        MoveItAway => {
            en: "move it away and put the file of that name here",
            zh_cn: "请把它移走，并在此处放置同名文件",
            zh_tw: "請把它移走，並在此處放置同名檔案",
        }
        /// How to shorten a YAML file too large to read.
        SplitLedger => {
            en: "split the ledger into several files under content/projects/ (each file a list of projects); if the file is not a ledger, check that it is the right file",
            zh_cn: "请把台账拆分为 content/projects/ 下的多个文件（每个文件是一个项目列表）；如果这不是台账文件，请确认是否放错了文件",
            zh_tw: "請把台賬拆分為 content/projects/ 下的多個檔案（每個檔案是一個項目清單）；如果這不是台賬檔案，請確認是否放錯了檔案",
        }
        /// How to shorten a Markdown file or template too large to read.
        ShortenOrSplit => {
            en: "a commentary, page or template this large is almost certainly the wrong file; shorten it or split it into pages",
            zh_cn: "这么大的通报正文、页面或模板几乎可以肯定是放错了文件；请删减，或拆分为多个页面",
            zh_tw: "這麼大的通報正文、頁面或範本几乎可以肯定是放錯了檔案；請刪減，或拆分為多個頁面",
        }
        /// A file too large to read.
        FileTooLarge { size: String, limit: String } => {
            en: "the file is {size}; tongbao reads files of this kind up to {limit}",
            zh_cn: "文件大小为{size}；此类文件最大可读取{limit}",
            zh_tw: "檔案大小為{size}；此類檔案最大可讀取{limit}",
        }
        /// Why links are not followed: copy the file.
        CopyInstead => {
            en: "links are not followed, so that a build never reads outside the site; copy the file instead",
            zh_cn: "不跟随链接，以免生成时读取网站以外的文件；请改为复制文件",
            zh_tw: "不跟隨連結，以免生成時讀取網站以外的檔案；請改為複製檔案",
        }
        /// A folder that cannot be read, with the system's reason.
        CannotReadFolder { err: Text } => {
            en: "cannot read the folder: {err}",
            zh_cn: "无法读取文件夹：{err}",
            zh_tw: "無法讀取資料夾：{err}",
        }

        // ── Departments' aliases, `paper` (content/site.rs) ─────────────
        /// A department's alias that also names another department.
        AliasNamesAnother { alias: String, name: String, other: String, other_id: String } => {
            en: "the alias `{alias}` of `{name}` also names the department `{other}` ({other_id})",
            zh_cn: "`{name}` 的简称 `{alias}` 同时也指责任单位 `{other}`（{other_id}）",
            zh_tw: "`{name}` 的簡稱 `{alias}` 同時也指責任單位 `{other}`（{other_id}）",
        }
        /// Why an alias may name one department only.
        AliasOfOneDepartment => {
            en: "a short name may stand for one department only: remove it from one of the two",
            zh_cn: "一个简称只能指一个单位：请从其中一个单位删去",
            zh_tw: "一個簡稱只能指一個單位：請從其中一個單位刪去",
        }
        /// A department's name or id that is an earlier department's alias.
        NameIsAnAlias { name: String, id: String, other: String, other_id: String } => {
            en: "`{name}` ({id}) is also an alias of the department `{other}` ({other_id})",
            zh_cn: "`{name}`（{id}）也是责任单位 `{other}`（{other_id}）的简称",
            zh_tw: "`{name}`（{id}）也是責任單位 `{other}`（{other_id}）的簡稱",
        }
        /// A `paper` that is neither true nor false.
        PaperNotTrueOrFalse { found: Box<LoadMessage> } => {
            en: "`paper` must be true or false, found {found}",
            zh_cn: "`paper`应为 true 或 false，实际是{found}",
            zh_tw: "`paper`應為 true 或 false，實際是{found}",
        }
        /// What `paper` does.
        PaperHint => {
            en: "true (the default) writes each bulletin's PDF and Word file; false leaves them out",
            zh_cn: "true（默认）为每期通报生成 PDF 和 Word 文件；false 则不生成",
            zh_tw: "true（預設）為每期通報產生 PDF 和 Word 檔案；false 則不產生",
        }

        // ── Investment above plan or total (content/overrun.rs) ──────────
        /// Investment in a year more than 120% of the year's plan.
        PlanOverrun { id: String, year: i32, month: Month, completed: String, plan: String } => {
            en: "project {id}: completed investment in {year} by {month} is {completed}, more than 120% of its {year} plan {plan}",
            zh_cn: "项目 {id}：{year}年截至 {month} 累计完成投资 {completed}，超过其 {year} 年度计划 {plan} 的120%",
            zh_tw: "項目 {id}：{year}年截至 {month} 累計完成投資 {completed}，超過其 {year} 年度計劃 {plan} 的120%",
        }
        /// What to check when investment passes the plan.
        PlanOverrunHint => {
            en: "check the month's invested figures (an import may have taken a since-start 累计 for this year's), or raise the plan in content/projects/",
            zh_cn: "请核对各月完成投资（导入时可能把自开工累计当成了本年累计），或在 content/projects/ 中调整计划",
            zh_tw: "請核對各月完成投資（匯入時可能把自開工累計當成了本年累計），或在 content/projects/ 中調整計劃",
        }
        /// Investment reported above the project's total investment.
        TotalOverrun { id: String, month: Month, reported: String, total: String } => {
            en: "project {id}: investment reported by {month} is {reported}, more than its total investment {total}",
            zh_cn: "项目 {id}：截至 {month} 已报投资 {reported}，超过其总投资 {total}",
            zh_tw: "項目 {id}：截至 {month} 已報投資 {reported}，超過其總投資 {total}",
        }
        /// What to check when investment passes the total.
        TotalOverrunHint => {
            en: "check the invested figures of the progress files, or the project's total_investment",
            zh_cn: "请核对进度文件中的完成投资，或项目的总投资（total_investment）",
            zh_tw: "請核對進度檔案中的完成投資，或項目的總投資（total_investment）",
        }

        // ── The 公文 fields of a bulletin (content/front.rs) ───────────
        /// A 公文 field of more than one line.
        MoreThanOneLine { field: String } => {
            en: "`{field}` has more than one line",
            zh_cn: "`{field}`不止一行",
            zh_tw: "`{field}`不止一行",
        }
        /// How to write a 公文 field.
        WriteOnOneLine => {
            en: "write it on one line; the document breaks long lines itself",
            zh_cn: "写成一行；排版时会自动换行",
            zh_tw: "寫成一行；排版時會自動換行",
        }
        /// How to write 主送 or 抄送.
        WriteLineOrNames => {
            en: "write one line, or a list of names like [区委办, 区人大办]",
            zh_cn: "写成一行，或写成名称列表，如 [区委办, 区人大办]",
            zh_tw: "寫成一行，或寫成名稱列表，如 [區委辦, 區人大辦]",
        }
        /// A 发文字号 whose year is not in 六角括号.
        DocNumberYear { number: String } => {
            en: "the year of the document number `{number}` is not in 〔〕",
            zh_cn: "发文字号`{number}`的年份没有用六角括号〔〕",
            zh_tw: "發文字號`{number}`的年份沒有用六角括號〔〕",
        }
        /// How official documents write the 发文字号.
        DocNumberHint { fixed: String } => {
            en: "official documents write it as `{fixed}` (GB/T 9704-2012, 〔〕 are the 六角括号)",
            zh_cn: "公文应写作`{fixed}`（GB/T 9704-2012：年份用六角括号〔〕）",
            zh_tw: "公文應寫作`{fixed}`（GB/T 9704-2012：年份用六角括號〔〕）",
        }

        // ── The theme's files and the assets (content/files.rs) ─────────
        /// A `theme` of site.yaml without its folder.
        ThemeNotFound { name: String } => {
            en: "theme `{name}` not found: there is no folder themes/{name}",
            zh_cn: "找不到主题`{name}`：没有文件夹 themes/{name}",
            zh_tw: "找不到主題`{name}`：沒有資料夾 themes/{name}",
        }
        /// How to fix a missing theme folder.
        CreateThemeFolder => {
            en: "create the folder with the templates you override, or remove `theme:` to use the built-in theme",
            zh_cn: "新建这个文件夹，放入要替换的模板；或删去 `theme:`，使用内置主题",
            zh_tw: "建立這個資料夾，放入要替換的範本；或刪去 `theme:`，使用內建主題",
        }
        /// A theme's or an asset's file that cannot be read, with the system's reason.
        CannotRead { err: Text } => {
            en: "cannot read: {err}",
            zh_cn: "无法读取：{err}",
            zh_tw: "無法讀取：{err}",
        }
    }
}
