//! The catalog: every message and hint the program makes in English, with its
//! zh-CN translation (zh-TW is made from it). See [`super::catalog`] for the
//! template syntax: `{}` a value as it is, `{w}` a value translated in turn;
//! `{0}`, `{1}`, … in the Chinese template name the values in English order.
//!
//! A new message needs an entry here; `catalog::tests::every_message_literal_is_in_the_catalog`
//! and tests/messages.rs fail until it has one.

/// (English template, zh-CN template).
pub const ENTRIES: &[(&str, &str)] = &[
    // ── Words and phrases that messages put into `{w}` ─────────────────────
    // What a value is (content/yaml.rs `describe`).
    ("nothing", "空值"),
    ("true/false", "布尔值（true/false）"),
    ("a number", "数字"),
    ("text", "文本"),
    ("a list", "列表"),
    ("a mapping", "映射"),
    ("a tagged value", "带标签的值"),
    // What is being read (the loader's `what`).
    ("a project", "项目"),
    ("this project", "该项目"),
    ("project {}", "项目 {0}"),
    ("a department", "责任单位"),
    ("this department", "该责任单位"),
    ("a problem", "问题"),
    ("this problem", "该问题"),
    ("problem {}", "问题 {0}"),
    ("a photo", "照片"),
    ("this photo", "该照片"),
    ("a plan", "年度计划"),
    ("the {} plan", "{0}年计划"),
    ("annual plans (year: amount)", "年度计划（年份: 金额）"),
    ("a progress file", "进度文件"),
    ("a progress record", "进度记录"),
    ("the projects' progress (id: record)", "各项目进度（编号: 记录）"),
    ("site settings", "网站设置"),
    ("flag settings", "红黄绿旗设置"),
    ("score weights", "评分权重"),
    ("categories", "产业类别"),
    ("levels", "项目级别"),
    ("front matter", "前置元数据"),
    ("a bulletin's front matter", "通报的前置元数据"),
    ("a page's front matter", "页面的前置元数据"),
    ("a YAML file (.yaml)", "YAML 文件（.yaml）"),
    ("a progress file (YYYY-MM.yaml)", "进度文件（YYYY-MM.yaml）"),
    ("a commentary file (YYYY-MM.md)", "通报文稿文件（YYYY-MM.md）"),
    ("a Markdown page (.md)", "Markdown 页面（.md）"),
    ("the metrics", "月度指标"),
    (
        "GBK or GB18030, as Windows programs often save Chinese text",
        "GBK 或 GB18030 编码，Windows 程序常以此保存中文",
    ),
    // Lists: "谋划 … (or idea, …)", "a.b or a[0].name".
    ("{} (or {})", "{0}（或 {1}）"),
    ("{} or {}", "{0} 或 {1}"),
    // Why an output folder is refused (site/output.rs).
    ("it is the root folder", "这是根目录"),
    ("it is the home folder", "这是用户主目录"),
    ("it is the site folder itself", "这就是网站文件夹本身"),
    ("it holds the site's {}/ folder", "其中含有网站的 {0}/ 文件夹"),
    ("it is inside the site's {}/ folder", "它在网站的 {0}/ 文件夹内"),
    ("it is a file, not a folder", "这是文件，不是文件夹"),
    (
        "the folder is not empty and was not made by tongbao (it has no {} file); choose an empty or new folder",
        "该文件夹不是空的，也不是 tongbao 创建的（其中没有 {0} 文件）；请选择空文件夹或新文件夹",
    ),
    ("a writer thread panicked", "写入线程意外中止"),
    // Operating-system errors (std::io::Error).
    ("No such file or directory (os error {})", "文件或文件夹不存在（系统错误 {0}）"),
    ("Permission denied (os error {})", "没有权限（系统错误 {0}）"),
    ("No space left on device (os error {})", "磁盘空间不足（系统错误 {0}）"),
    ("Is a directory (os error {})", "这是文件夹（系统错误 {0}）"),
    ("Not a directory (os error {})", "不是文件夹（系统错误 {0}）"),
    ("Read-only file system (os error {})", "文件系统只读（系统错误 {0}）"),
    ("File exists (os error {})", "文件已存在（系统错误 {0}）"),
    ("Directory not empty (os error {})", "文件夹不是空的（系统错误 {0}）"),
    ("Disk quota exceeded (os error {})", "超出磁盘配额（系统错误 {0}）"),
    // The YAML parser (libyaml's problems).
    ("did not find expected key", "没有找到预期的键"),
    ("did not find expected ',' or ']'", "没有找到预期的 ',' 或 ']'"),
    ("did not find expected ',' or '}'", "没有找到预期的 ',' 或 '}'"),
    ("did not find expected '-' indicator", "没有找到预期的列表项标记 '-'"),
    ("did not find expected node content", "没有找到预期的值"),
    ("did not find expected <document start>", "没有找到预期的文档开始标记"),
    (
        "did not find expected alphabetic or numeric character",
        "没有找到预期的字母或数字",
    ),
    ("could not find expected ':'", "没有找到预期的 ':'"),
    (
        "mapping values are not allowed in this context",
        "此处不能出现 `键: 值`（文本中含有 `: ` 时请加引号）",
    ),
    (
        "block sequence entries are not allowed in this context",
        "此处不能出现列表项 `- `",
    ),
    (
        "found a tab character that violates indentation",
        "缩进中有制表符（Tab），请改用空格",
    ),
    (
        "found a tab character where an indentation space is expected",
        "缩进中有制表符（Tab），请改用空格",
    ),
    (
        "found unexpected end of stream",
        "文件意外结束（可能有引号或括号没有闭合）",
    ),
    (
        "found character that cannot start any token",
        "出现了不能开头的字符（以 @、` 等开头的文本请加引号）",
    ),
    ("found unknown escape character", "未知的转义字符"),
    ("found undefined tag handle", "未定义的标签"),
    ("found unexpected document indicator", "出现了意外的文档标记"),
    ("control characters are not allowed", "不允许出现控制字符"),
    ("unknown anchor", "未定义的锚点（以 `*` 开头的文本请加引号）"),
    ("{}: duplicate entry with key {}", "键 {1} 重复（位置 {0}）"),
    ("duplicate entry with key {}", "键 {0} 重复"),
    (
        "deserializing from YAML containing more than one document is not supported",
        "不支持含有多个文档（多个 `---`）的 YAML 文件",
    ),
    ("recursion limit exceeded", "嵌套层数过多"),
    ("repetition limit exceeded", "重复引用过多"),
    // ── content/fields.rs ─────────────────────────────────────────────────
    (
        "expected {w} (a mapping of `key: value` lines), found {w}",
        "这里应是{0}（若干行 `key: value`），实际是{1}",
    ),
    (
        "write it as indented `key: value` lines",
        "写成缩进的 `key: value` 行",
    ),
    (
        "did you mean `{}`? The fields of {w} are: {}",
        "是否应为`{0}`？{1}的字段有：{2}",
    ),
    ("the fields of {w} are: {}", "{0}的字段有：{1}"),
    ("unknown field `{}` in {w}", "{1}中有未知字段`{0}`"),
    ("{w} has no `{}`", "{0}缺少`{1}`"),
    ("add a line `{}: …` (it is required)", "添加一行 `{0}: …`（必填）"),
    ("`{}` must be text, found {w}", "`{0}`应为文本，实际是{1}"),
    ("write a single line of text", "写成一行文本"),
    ("items of `{}` must be text, found {w}", "`{0}`的各项应为文本，实际是{1}"),
    (
        "write a list of names like [王某某, 李某某]",
        "写成名字列表，如 [王某某, 李某某]",
    ),
    ("`{}` must be a list, found {w}", "`{0}`应为列表，实际是{1}"),
    ("write a list like [王某某, 李某某]", "写成列表，如 [王某某, 李某某]"),
    (
        "add `{}:` with an amount in 万元, e.g. `{}: 3580.5`",
        "添加 `{0}:` 并填写金额（万元），如 `{1}: 3580.5`",
    ),
    (
        "`{}` must be a month like 2021-09, found `{}`",
        "`{0}`应为月份（如 2021-09），实际是`{1}`",
    ),
    ("write the year and month as YYYY-MM", "年月写成 YYYY-MM"),
    (
        "`{}` must be a date like 2021-09-03, found `{}`",
        "`{0}`应为日期（如 2021-09-03），实际是`{1}`",
    ),
    (
        "write a real calendar date as YYYY-MM-DD",
        "写成日历上存在的日期 YYYY-MM-DD",
    ),
    ("`{}` is negative ({})", "`{0}`是负数（{1}）"),
    (
        "amounts are never negative; write 0 for no investment",
        "金额不能为负；没有投资就写 0",
    ),
    ("`{}` has more than 4 decimals ({})", "`{0}`的小数超过4位（{1}）"),
    (
        "amounts are in 万元 with at most 4 decimals (0.0001万元 is one yuan)",
        "金额以万元为单位，最多4位小数（0.0001万元即1元）",
    ),
    ("`{}` is too large ({})", "`{0}`数额过大（{1}）"),
    ("amounts are in 万元: 1亿元 is 10000", "金额以万元为单位：1亿元写作 10000"),
    (
        "`{}` must be an amount in 万元, found `{}`",
        "`{0}`应为金额（万元），实际是`{1}`",
    ),
    (
        "write a plain number such as 3580.5, without units or separators",
        "只写数字，如 3580.5，不带单位和千位分隔符",
    ),
    // ── content/markdown.rs ───────────────────────────────────────────────
    ("front matter: {w}", "前置元数据有误：{0}"),
    (
        "the front matter between the two `---` lines is YAML: `title: …`, `number: 9`, `date: 2021-10-08`",
        "两行 `---` 之间的前置元数据是 YAML：`title: …`、`number: 9`、`date: 2021-10-08`",
    ),
    (
        "number (期号) must be a whole number from 1",
        "number（期号）应为从 1 起的整数",
    ),
    (
        "write e.g. `number: 9`, or leave it out to number bulletins by month",
        "写成如 `number: 9`；省略则按月份自动编号",
    ),
    // ── content/mod.rs ────────────────────────────────────────────────────
    ("YAML syntax: {w}", "YAML 语法错误：{0}"),
    // content/sets.rs: site.yaml `sets:`.
    ("a project set", "项目集"),
    ("this project set", "该项目集"),
    ("per-category thresholds (category: amount)", "分类别标准（类别: 金额）"),
    (
        "`sets` must be a list of project sets, found {w}",
        "`sets`应当是项目集的列表，这里是{0}",
    ),
    (
        "write one `- name: …` with `min_total_investment: …` per set",
        "每个项目集写一项 `- name: …`，并写上 `min_total_investment: …`",
    ),
    ("`{}` is blank", "`{0}`是空的"),
    ("write a value, or leave the line out", "请填写数值，或者删去这一行"),
    ("project set `{}` is declared twice", "项目集`{0}`重复"),
    (
        "it is also set {} of the list; give each set its own name",
        "它也是列表中的第{0}个项目集；每个项目集要有自己的名称",
    ),
    ("`{}` is not one of the site's categories", "`{0}`不是网站设置的产业类别"),
    ("the categories are: {}", "产业类别有：{0}"),
    ("the threshold of `{}` is blank", "`{0}`的标准是空的"),
    ("write an amount in 万元, e.g. `{}: 1000`", "请写上以万元为单位的金额，如 `{0}: 1000`"),
    ("a tag of this set is blank", "该项目集有一个空标签"),
    ("write the tag, e.g. 技改", "请写上标签，如 技改"),
    ("tag `{}` appears twice in this set", "标签`{0}`在该项目集中重复"),
    ("list each tag once", "每个标签只列一次"),
    ("`tags` is an empty list", "`tags`是空列表"),
    (
        "list the tags the set is limited to, e.g. [技改], or leave the line out",
        "请列出该项目集限定的标签，如 [技改]，或者删去这一行",
    ),
    ("tags must be text, found {w}", "标签应当是文本，这里是{0}"),
    ("write a list of tags like [技改, 产业]", "写成标签列表，如 [技改, 产业]"),
    ("`sets` is blank", "`sets`是空的"),
    (
        "list the project sets under it, or leave the line out",
        "请在其下列出项目集，或者删去这一行",
    ),
    // content/duplicates.rs: a key written twice in one mapping.
    ("`{}` is written twice", "`{0}`重复出现"),
    (
        "it is first written at {}; keep one of the two (the first is the one read)",
        "它第一次出现在 {0}；两处只保留一处（读取的是第一处）",
    ),
    (
        "check the indentation and the `:` after each key; quote text that contains `:` or `#`",
        "检查缩进和每个键后的 `:`；含有 `:` 或 `#` 的文本要加引号",
    ),
    ("not {w}; ignored", "不是{0}，已忽略"),
    ("move other files to content/assets", "其他文件请移到 content/assets"),
    ("{} has no content/ folder", "{0} 中没有 content/ 文件夹"),
    (
        "run tongbao in a site folder (the one holding content/), pass its path, or create one with `tongbao init DIR`",
        "请在网站文件夹（含有 content/ 的文件夹）中运行 tongbao，或指明它的路径，或用 `tongbao init DIR` 新建一个",
    ),
    ("site.yaml is missing", "缺少 site.yaml"),
    (
        "create content/site.yaml with at least `title: …` and `publisher: …` (see `tongbao init`)",
        "新建 content/site.yaml，至少写上 `title: …` 和 `publisher: …`（参见 `tongbao init`）",
    ),
    ("progress file name `{}` is not a month", "进度文件名`{0}`不是月份"),
    (
        "name progress files by their month: progress/2021-09.yaml",
        "进度文件以月份命名：progress/2021-09.yaml",
    ),
    ("project id `{}` is used twice", "项目编号`{0}`重复"),
    (
        "it is first used at {}; give each project its own id",
        "它第一次出现在 {0}；每个项目要有自己的编号",
    ),
    ("photo `{}` is not in content/assets", "照片`{0}`不在 content/assets 中"),
    (
        "put the photo under content/assets/ at that path, or correct the path",
        "把照片放到 content/assets/ 下的这个路径，或改正路径",
    ),
    (
        "no progress file for {} (between {} and {})",
        "缺少 {0} 的进度文件（在 {1} 和 {2} 之间）",
    ),
    (
        "a month without a file counts as no investment that month; add the missing file if it was forgotten",
        "没有进度文件的月份按当月无投资计算；如果是漏了，请补上这个文件",
    ),
    (
        "there is no progress file for {}, so this commentary is not used",
        "没有 {0} 的进度文件，这篇通报文稿不会用到",
    ),
    (
        "add content/progress/{}.yaml or rename the commentary",
        "添加 content/progress/{0}.yaml，或给文稿改名",
    ),
    ("problem id `{}` is used twice", "问题编号`{0}`重复"),
    (
        "it is first used at {}; give each problem its own id",
        "它第一次出现在 {0}；每个问题要有自己的编号",
    ),
    (
        "did you mean `{}`? Every project must be listed in content/projects/",
        "是否应为`{0}`？每个项目都要列在 content/projects/ 中",
    ),
    (
        "add the project to a file in content/projects/, or correct the id",
        "把这个项目加到 content/projects/ 的文件中，或改正编号",
    ),
    ("unknown project `{}`", "未知项目`{0}`"),
    (
        "did you mean `{}`? The departments in units.yaml are: {}",
        "是否应为`{0}`？units.yaml 中的责任单位有：{1}",
    ),
    (
        "add it to content/units.yaml; the departments there are: {}",
        "把它加到 content/units.yaml；那里的责任单位有：{0}",
    ),
    ("unknown department `{}`", "未知责任单位`{0}`"),
    (
        "commentary file name `{}` is not a month",
        "通报文稿文件名`{0}`不是月份",
    ),
    (
        "name commentary files by their month: bulletins/2021-09.md",
        "通报文稿以月份命名：bulletins/2021-09.md",
    ),
    (
        "page file name `{}` is not a simple name",
        "页面文件名`{0}`不是简单名称",
    ),
    (
        "name pages with ASCII letters, digits, - and _ (about.md): the name is the page's address",
        "页面文件名只用 ASCII 字母、数字、- 和 _（如 about.md）：文件名就是页面地址",
    ),
    // ── content/problems.rs ───────────────────────────────────────────────
    // A file that must be a list (content/fields.rs `list`): "{what}, found {}".
    ("{w}, found {w}", "{0}，实际是{1}"),
    ("problems.yaml must be a list of problems", "problems.yaml 应为问题列表"),
    ("start each problem with `- id: …`", "每个问题以 `- id: …` 开头"),
    ("{w} has no `raised` date", "{0}缺少提出日期`raised`"),
    (
        "add `raised: YYYY-MM-DD`, the day it was raised",
        "添加 `raised: YYYY-MM-DD`，即问题提出的日期",
    ),
    (
        "{w} is resolved ({}) before it was raised ({})",
        "{0}的解决日期（{1}）早于提出日期（{2}）",
    ),
    ("check both dates", "请核对这两个日期"),
    // ── content/progress.rs ───────────────────────────────────────────────
    ("the progress file has no `period`", "进度文件缺少`period`"),
    ("add `period: {}` as its first line", "在第一行添加 `period: {0}`"),
    (
        "period `{}` differs from the file name ({}.yaml)",
        "period`{0}`与文件名（{1}.yaml）不一致",
    ),
    (
        "write `period: {}`, or rename the file to match its period",
        "写成 `period: {0}`，或按 period 给文件改名",
    ),
    ("the record of {} has no `stage`", "{0} 的进度记录缺少`stage`"),
    ("add `stage:` with one of {w}", "添加 `stage:`，取以下之一：{0}"),
    ("unknown stage `{}`", "未知阶段`{0}`"),
    ("the stages are {w}", "阶段有：{0}"),
    (
        "{} reports investment ({}万元) in stage {}",
        "{0} 处于{2}阶段，却报了投资（{1}万元）",
    ),
    (
        "investment is usually made from 在建 on; check the stage",
        "投资一般从在建阶段开始；请核对阶段",
    ),
    ("photos must be a list, found {w}", "photos 应为列表，实际是{0}"),
    (
        "write `- {file: 2021-09/a.jpg, caption: 说明}` per photo",
        "每张照片写一行 `- {file: 2021-09/a.jpg, caption: 说明}`",
    ),
    ("photo path `{}` leaves content/assets", "照片路径`{0}`超出了 content/assets"),
    (
        "write a path under content/assets without `..` or a leading `/`, e.g. 2021-09/a.jpg",
        "写 content/assets 下的路径，不含 `..`，不以 `/` 开头，如 2021-09/a.jpg",
    ),
    // ── content/projects.rs ───────────────────────────────────────────────
    ("a projects file must be a list of projects", "项目文件应为项目列表"),
    ("start each project with `- id: …`", "每个项目以 `- id: …` 开头"),
    (
        "project id `{}` has characters other than ASCII letters, digits, - and _",
        "项目编号`{0}`含有 ASCII 字母、数字、- 和 _ 以外的字符",
    ),
    (
        "ids name pages (projects/ID/index.html); write e.g. HS-2021-001",
        "编号用作页面地址（projects/ID/index.html）；写成如 HS-2021-001",
    ),
    (
        "category `{}` is not one of the site's categories",
        "产业类别`{0}`不在网站的类别中",
    ),
    (
        "level `{}` is not one of the site's levels",
        "项目级别`{0}`不在网站的级别中",
    ),
    (
        "did you mean `{}`? The {w} in site.yaml are: {}",
        "是否应为`{0}`？site.yaml 中的{1}有：{2}",
    ),
    (
        "the {w} in site.yaml are: {} (add it there if it is new)",
        "site.yaml 中的{0}有：{1}（如果是新的，请加到那里）",
    ),
    ("plan year `{}` is not a year", "计划年份`{0}`不是年份"),
    (
        "write each plan as `2021: 30000` (a four-digit year, then the amount in 万元)",
        "每项计划写成 `2021: 30000`（四位年份，然后是金额，单位万元）",
    ),
    ("unknown kind `{}`", "未知建设性质`{0}`"),
    (
        "kind is 新建 (new) or 续建 (continuing)",
        "kind 为 新建（new）或 续建（continuing）",
    ),
    (
        "the {} plan ({}) is above the total investment ({})",
        "{0}年计划投资（{1}）超过了总投资（{2}）",
    ),
    (
        "an annual plan is part of the total investment; check both figures (万元)",
        "年度计划是总投资的一部分；请核对这两个数（万元）",
    ),
    // ── content/site.rs ───────────────────────────────────────────────────
    ("unknown language `{}`", "未知语言`{0}`"),
    (
        "write zh-CN (简体), zh-TW (繁體) or en",
        "写 zh-CN（简体）、zh-TW（繁體）或 en",
    ),
    (
        "base_url `{}` is not an absolute http(s) URL",
        "base_url`{0}`不是完整的 http(s) 网址",
    ),
    (
        "write the full address, e.g. https://example.gov.cn/xm/, or leave base_url out",
        "写完整的网址，如 https://example.gov.cn/xm/，或删去 base_url",
    ),
    ("categories is empty", "categories 是空的"),
    (
        "list the categories, e.g. [农业, 工业, 商贸流通, 基础设施, 社会事业], or leave the line out for these five",
        "列出产业类别，如 [农业, 工业, 商贸流通, 基础设施, 社会事业]；删去这一行则用这五个",
    ),
    ("theme name `{}` is not a folder name", "主题名`{0}`不能用作文件夹名"),
    (
        "use ASCII letters, digits, - and _ (the folder themes/NAME)",
        "只用 ASCII 字母、数字、- 和 _（它是文件夹 themes/NAME 的名字）",
    ),
    (
        "percent_decimals must be 0, 1, 2, 3 or 4",
        "percent_decimals 应为 0、1、2、3 或 4",
    ),
    ("1 prints 61.3%, 2 prints 61.33%", "1 显示为 61.3%，2 显示为 61.33%"),
    ("score weights add up to {}, not 1", "评分权重之和是 {0}，不是 1"),
    (
        "scores are out of 100 only when the weights add up to 1",
        "权重之和为 1 时，评分才是百分制",
    ),
    (
        "`{}` must be a fraction between 0 and 1, found `{}`",
        "`{0}`应为 0 到 1 之间的小数，实际是`{1}`",
    ),
    (
        "write e.g. 0.10 for ten percent (at most 4 decimals)",
        "如 0.10 表示百分之十（最多4位小数）",
    ),
    ("`{}` appears twice in {w}", "`{0}`在{1}中出现了两次"),
    ("list each name once", "每个名称只列一次"),
    ("units.yaml must be a list of departments", "units.yaml 应为责任单位列表"),
    (
        "write one `- id: …` / `  name: …` pair per department",
        "每个责任单位写一对 `- id: …` / `  name: …`",
    ),
    (
        "department id `{}` has characters other than ASCII letters, digits, - and _",
        "责任单位编号`{0}`含有 ASCII 字母、数字、- 和 _ 以外的字符",
    ),
    (
        "ids name pages (units/ID/index.html); use e.g. gxj for 区工信局",
        "编号用作页面地址（units/ID/index.html）；如区工信局用 gxj",
    ),
    ("department id `{}` is used twice", "责任单位编号`{0}`重复"),
    (
        "it is also the id of the department listed as item {}; give each department its own id",
        "第{0}项责任单位也用了这个编号；每个责任单位要有自己的编号",
    ),
    ("department name `{}` is used twice", "责任单位名称`{0}`重复"),
    ("each department is listed once", "每个责任单位只列一次"),
    // ── content/source.rs ─────────────────────────────────────────────────
    ("cannot read the file: {w}", "无法读取文件：{0}"),
    (
        "check that the file exists and is readable",
        "请确认文件存在并且可以读取",
    ),
    (
        "the file is not UTF-8 (it looks like {w})",
        "文件不是 UTF-8 编码（看起来是{0}）",
    ),
    (
        "re-save it as UTF-8: in Notepad choose 另存为 → 编码 UTF-8; in VS Code click the encoding in the status bar and choose \"Save with Encoding\" → UTF-8",
        "请另存为 UTF-8：记事本中选“另存为”→“编码”选 UTF-8；VS Code 中点状态栏里的编码，选“Save with Encoding”（通过编码保存）→ UTF-8",
    ),
    ("symbolic link skipped", "已跳过符号链接"),
    ("the file is a symbolic link, which is not followed", "该文件是符号链接，不会被读取"),
    ("links are not followed, so that a build never reads outside the site; put a copy of the file here instead", "为了不读取网站以外的内容，符号链接一律不跟随；请在此处放一份文件的副本"),
    ("this is a folder or a device, not a file", "这是文件夹或设备，不是文件"),
    ("add it to content/units.yaml, or correct the name", "请把它加入 content/units.yaml，或改正名称"),
    ("fix the figures above and build again", "请改正以上数字，再生成一次"),
    ("single_file_photos must be inline or omit, found `{}`", "single_file_photos 只能是 inline 或 omit，现为`{0}`"),
    ("inline puts photos into the single-file bulletin; omit leaves them out (a smaller file)", "inline 把照片放进单页版月报；omit 不放照片（文件更小）"),
    ("{} is in the way and was not made by tongbao; move or delete it", "{0}已存在，且不是 tongbao 创建的；请移走或删除"),
    ("aliases (*name) expand this file to more than {} extra values", "别名（*name）使该文件展开出超过{0}个额外的值"),
    ("lists and mappings are nested more than {} levels deep", "列表和映射的嵌套超过了{0}层"),
    ("aliases (*name) are repeated too many times", "别名（*name）重复次数过多"),
    ("more than {} figures are wrong; the rest were not checked", "出错的数字超过{0}处，其余未再检查"),
    ("move it away and put the file of that name here", "请把它移走，并在此处放置同名文件"),
    ("split the ledger into several files under content/projects/ (each file a list of projects); if the file is not a ledger, check that it is the right file", "请把台账拆分为 content/projects/ 下的多个文件（每个文件是一个项目列表）；如果这不是台账文件，请确认是否放错了文件"),
    ("a commentary, page or template this large is almost certainly the wrong file; shorten it or split it into pages", "这么大的通报正文、页面或模板几乎可以肯定是放错了文件；请删减，或拆分为多个页面"),
    ("the file is {}; tongbao reads files of this kind up to {}", "文件大小为{0}；此类文件最大可读取{1}"),
    (
        "links are not followed, so that a build never reads outside the site; copy the file instead",
        "不跟随链接，以免生成时读取网站以外的文件；请改为复制文件",
    ),
    ("cannot read the folder: {w}", "无法读取文件夹：{0}"),
    // ── render/expr.rs: figures in commentary ─────────────────────────────
    ("`{{` without a closing `}}`", "`{{` 没有配对的 `}}`"),
    (
        "close the figure with `}}`, e.g. {{ totals.started }}",
        "用 `}}` 结束，如 {{ totals.started }}",
    ),
    ("empty figure `{{ }}`", "`{{ }}` 中是空的"),
    (
        "write a name from metrics.json, e.g. {{ totals.started }}",
        "写上 metrics.json 中的名称，如 {{ totals.started }}",
    ),
    (
        "filter `{}` after `{}`, which already printed",
        "过滤器`{0}`跟在已经输出文本的过滤器`{1}`后面",
    ),
    (
        "put abs and signed first; pct, money or points comes last",
        "abs、signed 放在前面；pct、money、points 只能用作最后一个过滤器",
    ),
    (
        "`{}` is a group of figures, not one figure",
        "`{0}`是一组数字，不是一个数字",
    ),
    ("name one figure in it, e.g. {w}", "请指明其中的一个数字，如 {0}"),
    ("malformed figure name `{}`", "数字名称`{0}`格式有误"),
    (
        "close the index with `]`, e.g. by_unit[0].name",
        "用 `]` 结束下标，如 by_unit[0].name",
    ),
    (
        "names are like totals.start_rate or by_category.工业.started",
        "名称形如 totals.start_rate 或 by_category.工业.started",
    ),
    ("did you mean `{}`? {w} has: {}", "是否应为`{0}`？{1}中有：{2}"),
    ("{w} has: {}", "{0}中有：{1}"),
    (
        "pick a row by number [0]..[{}] or by name: {}",
        "按序号 [0]..[{0}] 或按名称选一行：{1}",
    ),
    ("{w} is a single figure", "{0}是单个数字"),
    ("unknown name `{}` in a figure", "{{ … }} 中有未知名称`{0}`"),
    (
        "filter `{}` needs a number, but `{}` is not one",
        "过滤器`{0}`需要数字，但`{1}`不是数字",
    ),
    (
        "use pct on rates and money on amounts",
        "比率用 pct，金额用 money",
    ),
    ("`{}` ({}) is not an amount", "`{0}`（{1}）不是金额"),
    ("use money on amounts in 万元", "money 用于以万元计的金额"),
    (
        "did you mean `{}`? The filters are: {}",
        "是否应为`{0}`？过滤器有：{1}",
    ),
    ("the filters are: {}", "过滤器有：{0}"),
    ("unknown filter `{}`", "未知过滤器`{0}`"),
    // render/expr.rs, render/commentary.rs: figures without data, markers left.
    ("`{}` has no data this month and prints as —", "`{0}`本月没有数据，显示为“—”"),
    (
        "last_year needs last year's figures at this month, growth the month compared with, a rate something to divide by; word the sentence so that — reads well, or leave the figure out",
        "last_year 需要去年同月的数据，growth 需要对比月份的数据，比率需要有除数；请把句子写成显示“—”时也读得通，或者删去这个数字",
    ),
    ("`{}】` is still to be written", "`{0}】`处尚未填写"),
    (
        "write the text in its place; `tongbao build --draft` builds a draft marked 草稿 meanwhile",
        "请在此处写好正文；在此之前可以用 `tongbao build --draft` 生成标有“草稿”的版本先看效果",
    ),
    ("`{}` is not a rate", "`{0}`不是比率"),
    (
        "use pct on rates such as totals.start_rate",
        "pct 用于比率，如 totals.start_rate",
    ),
    // ── render/theme.rs, render/mod.rs, render/xlsx.rs ────────────────────
    (
        "theme `{}` not found: there is no folder themes/{}",
        "找不到主题`{0}`：没有文件夹 themes/{1}",
    ),
    (
        "create the folder with the templates you override, or remove `theme:` to use the built-in theme",
        "新建这个文件夹，放入要替换的模板；或删去 `theme:`，使用内置主题",
    ),
    ("cannot read: {w}", "无法读取：{0}"),
    ("template error: {}", "模板错误：{0}"),
    (
        "fix the template syntax ({{ … }}, {% … %}), or delete the override to use the built-in template",
        "改正模板语法（{{ … }}、{% … %}），或删除替换的模板，使用内置模板",
    ),
    ("cannot write {}: {w}", "无法写入 {0}：{1}"),
    (
        "check the free disk space and the permissions of the output folder",
        "请检查磁盘剩余空间和输出文件夹的权限",
    ),
    ("rendering {} failed: {}", "生成 {0} 失败：{1}"),
    (
        "a theme override uses a name the page does not have; compare it with the built-in template",
        "替换的模板用了页面中没有的名称；请与内置模板对照",
    ),
    (
        "cannot write the Excel workbook: {w}",
        "无法生成 Excel 工作簿：{0}",
    ),
    // ── site/output.rs: the output folder ─────────────────────────────────
    ("cannot resolve the site folder: {w}", "无法确定网站文件夹的位置：{0}"),
    ("cannot resolve the output folder: {w}", "无法确定输出文件夹的位置：{0}"),
    ("refusing to write the site into {}: {w}", "拒绝把网站写入 {0}：{1}"),
    ("cannot read the output folder {}: {w}", "无法读取输出文件夹 {0}：{1}"),
    (
        "refusing to replace {}: it holds files tongbao did not write ({}); move them out of the folder, or choose another output folder",
        "拒绝替换 {0}：其中有不是 tongbao 写入的文件（{1}）；请把这些文件移出该文件夹，或另选输出文件夹",
    ),
    // ── cmd/*.rs: lines the subcommands print ─────────────────────────────
    (
        "`{}` is not a month: write YYYY-MM, e.g. 2021-09",
        "`{0}`不是月份：写成 YYYY-MM，如 2021-09",
    ),
    (
        "`{}` is not a month; write it as YYYY-MM, e.g. 2026-10",
        "`{0}`不是月份：写成 YYYY-MM，如 2026-10",
    ),
    ("cannot remove {}: {w}", "无法删除 {0}：{1}"),
    (
        "tongbao new needs a site without errors: fix the errors above, then run it again",
        "tongbao new 要求网站没有错误：请先改正以上错误，再运行一次",
    ),
    (
        "{} is not a site folder: it has no content/ folder",
        "{0} 不是网站文件夹：其中没有 content/ 文件夹",
    ),
    ("cannot read the address listened on", "无法读取正在监听的地址"),
    (
        "cannot handle Ctrl-C ({w}); stopping may leave a build half-written",
        "无法处理 Ctrl-C（{0}）；停止时可能留下生成了一半的输出",
    ),
    ("--bind {}: not an address to listen on ({})", "--bind {0}：不是可以监听的地址（{1}）"),
    ("--bind {}: not an address to listen on", "--bind {0}：不是可以监听的地址"),
    ("cannot listen on {}: {w}", "无法监听 {0}：{1}"),
    (
        "nothing was imported: the site has errors; fix them first (`tongbao check`)",
        "没有导入任何内容：网站有错误，请先改正（`tongbao check`）",
    ),
    (
        "the site loads without errors (as `tongbao check` sees it)",
        "网站读取无误（与 `tongbao check` 的结果相同）",
    ),
    (
        "{} exists and is not a folder; choose a new folder name",
        "{0} 已存在且不是文件夹；请换一个新的文件夹名",
    ),
    ("cannot read the folder {}: {w}", "无法读取文件夹 {0}：{1}"),
];
