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
    // ── Blank values, two sources, ids as folder names, sums (content/) ────
    ("`{}` of {w} is blank", "{1}的`{0}`为空"),
    (
        "write the `{}` (it is required), or remove the whole entry",
        "填写`{0}`（必填），或删除这一项",
    ),
    (
        "write the value, or remove the line when there is none",
        "填写该值；没有时删除这一行",
    ),
    ("an item of `{}` is blank", "`{0}`中有一项为空"),
    ("write the name, or remove the item", "填写名称，或删除该项"),
    (
        "`{}` and `{}` are two files for the same thing",
        "`{0}`和`{1}`是同一内容的两个文件",
    ),
    (
        "keep one of them: merge what the other holds into it, then delete or rename the other",
        "只保留其中一个：把另一个的内容合并进来，再删除或改名另一个",
    ),
    ("project id `{}` differs from `{}` only by case", "项目编号`{0}`与`{1}`仅大小写不同"),
    (
        "`{}` is at {}; Windows and macOS take both for one folder, so give each project an id of its own",
        "`{0}`位于 {1}；Windows 和 macOS 把两者视为同一文件夹，请给每个项目不同的编号",
    ),
    (
        "department id `{}` differs from `{}` only by case",
        "责任单位编号`{0}`与`{1}`仅大小写不同",
    ),
    (
        "the department listed as item {} has it; Windows and macOS take both for one folder, so give each department an id of its own",
        "第{0}个责任单位使用了它；Windows 和 macOS 把两者视为同一文件夹，请给每个责任单位不同的编号",
    ),
    (
        "project id `{}` is longer than 100 characters",
        "项目编号`{0}`超过100个字符",
    ),
    (
        "department id `{}` is longer than 100 characters",
        "责任单位编号`{0}`超过100个字符",
    ),
    (
        "ids name folders of the site; keep them short, e.g. {}",
        "编号用作网站的文件夹名，请写短一些，如 {0}",
    ),
    (
        "ids name folders of the site; write e.g. {}",
        "编号用作网站的文件夹名；写成如 {0}",
    ),
    (
        "project id `{}` is a device name that Windows reserves",
        "项目编号`{0}`是 Windows 保留的设备名",
    ),
    (
        "department id `{}` is a device name that Windows reserves",
        "责任单位编号`{0}`是 Windows 保留的设备名",
    ),
    ("`{}` is a device name that Windows reserves", "`{0}`是 Windows 保留的设备名"),
    (
        "a folder of that name cannot be copied to a Windows PC (CON, PRN, AUX, NUL, COM0-9 and LPT0-9 are reserved in any case); choose another id",
        "这样命名的文件夹无法复制到 Windows 电脑（CON、PRN、AUX、NUL、COM0-9、LPT0-9 不论大小写都是保留名）；请换一个编号",
    ),
    (
        "a file or folder of that name cannot be copied to a Windows PC (CON, PRN, AUX, NUL, COM0-9 and LPT0-9 are reserved in any case); rename it",
        "这样命名的文件或文件夹无法复制到 Windows 电脑（CON、PRN、AUX、NUL、COM0-9、LPT0-9 不论大小写都是保留名）；请改名",
    ),
    (
        "the amounts of this site add up to more than {}万元 by project {}",
        "本站金额合计到项目 {1} 时已超过{0}万元",
    ),
    (
        "tongbao adds up every amount exactly and cannot hold a larger sum; check for amounts written in 元 instead of 万元 or a misplaced decimal point",
        "tongbao 精确合计所有金额，无法容纳更大的合计；请检查是否把元当成了万元，或小数点位置有误",
    ),
    (
        "amounts are in 万元 (1亿元 is 10000) and below 10000000000万元",
        "金额以万元为单位（1亿元写作 10000），且小于10000000000万元",
    ),
    ("not a regular file; skipped", "不是普通文件，已跳过"),
    (
        "a named pipe, socket or device is never read; put regular files here",
        "命名管道、套接字或设备文件不会被读取；这里请放普通文件",
    ),
    ("base_url `{}` has no host", "base_url`{0}`缺少主机名"),
    (
        "base_url `{}` has a query, a fragment or spaces",
        "base_url`{0}`含有查询（?）、片段（#）或空格",
    ),
    (
        "base_url is the address of the site's folder, e.g. https://example.gov.cn/xm/: without ?, # or spaces",
        "base_url 是网站文件夹的地址，如 https://example.gov.cn/xm/，不含 ?、# 和空格",
    ),
    (
        "write the fraction with at most 4 decimals, e.g. 0.1234",
        "比例最多写4位小数，如 0.1234",
    ),
    ("cannot write the site into {}: {}", "无法把网站写入 {0}：{1}"),
    ("tongbao reads content/{}.yaml, not {}.yml", "tongbao 读取的是 content/{0}.yaml，不是 {1}.yml"),
    ("rename the file to {}.yaml", "请把文件改名为 {0}.yaml"),
    ("not {w}: the extension is not in lower case", "不是{0}：扩展名不是小写"),
    ("rename the file to end in .{}", "请把文件改名为以 .{0} 结尾"),
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
        "`{}` is called `{}` now: write `{}.…` instead of `{}.…` in the override (docs/themes.md lists what each template receives)",
        "`{0}`已改名为`{1}`：请在替换的模板中把`{3}.…`改写为`{2}.…`（各模板可用的名称见 docs/themes.md）",
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
    // ── tongbao import (src/import, src/cmd/import.rs) ─────────────────────
    ("error: {w}", "错误：{0}"),
    ("{} row {}, column {} ({}): {w}", "{0} 第 {1} 行 {2} 列（{3}）：{4}"),
    ("{} row {}: {w}", "{0} 第 {1} 行：{2}"),
    ("{} column {} ({}): {w}", "{0} {1} 列（{2}）：{3}"),
    ("{} [{}]: {w}", "{0} [{1}]：{2}"),
    ("expected {w}, found an empty cell", "应为{0}，实为空单元格"),
    ("expected {w}, found {}", "应为{0}，实为 {1}"),
    ("found an empty cell", "实为空单元格"),
    ("new projects and their ids:", "新项目及其编号："),
    ("stages inferred (the sheet has no 项目阶段 column):", "自动判定的项目阶段（表格没有“项目阶段”列）："),
    ("warning: figures to check:", "警告：请核对以下数字："),
    (
        "未报送: departments with projects in this year's plan and no row in these files:",
        "未报送：以下单位有列入本年计划的项目，但这些表格中没有其任何一行：",
    ),
    ("{} ({} project(s) in the plan)", "{0}（计划内项目 {1} 个）"),
    ("{} row {}", "{0} 第 {1} 行"),
    ("{} row {}: {}: {} ({w})", "{0} 第 {1} 行：{2}：{3}（{4}）"),
    ("replaced records of the month (--force):", "已替换的当月记录（--force）："),
    ("{} bad cell(s); nothing was written", "{0} 个单元格有误；未写入任何文件"),
    ("the month is already in the site; importing would change:", "网站中已有该月进展；导入将改动："),
    (
        "nothing was written: check the changes above, then run the same command with --force to replace them (records of projects not in these files are kept)",
        "未写入任何文件：请核对以上改动，确认后在同一命令后加 --force 替换（不在这些表格中的项目保留原记录）",
    ),
    ("{}: {} ({}): {}", "{0}：{1}（{2}）：{3}"),
    ("{}: {} → {}", "{0}：{1} → {2}"),
    ("wrote {} ({w})", "已写入 {0}（{1}）"),
    ("{} new project(s)", "{0} 个新项目"),
    ("progress of {} project(s)", "{0} 个项目的进展"),
    (
        "{w}: {} ({}): this year's investment {} is more than its annual plan {}: check that 累计 is January to {}, not since the project began",
        "{0}：{1}（{2}）：本年完成投资 {3} 超过年度计划 {4}：请核对“累计”是否为1月至 {5}，而不是自开工以来",
    ),
    (
        "{w}: {} ({}): this year's investment {} is more than its total investment {}",
        "{0}：{1}（{2}）：本年完成投资 {3} 超过总投资 {4}",
    ),
    (
        "{w}: {} ({}): this year's investment {} is more than its investment since the project began {}",
        "{0}：{1}（{2}）：本年完成投资 {3} 超过自开工累计完成投资 {4}",
    ),
    (
        "{w}: {} differs from the site ({}): {w}; the site is left unchanged: edit {} if the sheet is right",
        "{0}：{1} 与网站数据不同（{2}）：{3}；网站数据未改动：如表格正确，请修改 {4}",
    ),
    ("{} invested this year", "本年已完成投资 {0}"),
    ("形象进度 says {}", "形象进度为 {0}"),
    ("carried from the month before", "沿用上月"),
    ("an amount in 万元 (e.g. 3580.5 or 1.2亿元)", "以万元计的金额（如 3580.5 或 1.2亿元）"),
    ("an amount in {} (e.g. 1.25, or 3580万元)", "以{0}计的金额（如 1.25 或 3580万元）"),
    ("an amount that is not negative", "不为负数的金额"),
    (
        "an amount with at most 4 decimals in 万元 (one yuan), read as {} {}",
        "以万元计最多 4 位小数（精确到元）的金额，读作 {0} {1}",
    ),
    ("{} of a plausible size", "大小合理的{0}"),
    ("a date such as 2021-03-15, 2021年3月 or 2021.3", "日期，如 2021-03-15、2021年3月 或 2021.3"),
    ("cannot read {}: {w}", "无法读取 {0}：{1}"),
    (
        "{} is not a spreadsheet tongbao reads: give a .xlsx, .xls or .csv file",
        "{0} 不是 tongbao 能读取的表格：请提供 .xlsx、.xls 或 .csv 文件",
    ),
    ("UTF-8 with BOM", "带 BOM 的 UTF-8"),
    ("CSV row {}: {}", "CSV 第 {0} 行：{1}"),
    ("cannot read sheet [{}] of {}: {}", "无法读取 {1} 的工作表 [{0}]：{2}"),
    ("not a header tongbao knows", "不是 tongbao 能读取的表头"),
    ("also reads as {}; column {} is used", "也可读作 {0}；采用 {1} 列"),
    (
        "also reads as cumulative; column {} names this year and is used",
        "也可读作累计完成投资；{0} 列注明了本年，采用该列",
    ),
    (
        "{} already exists; tongbao import does not overwrite files: move it away, rename the spreadsheet, or pass another --period",
        "{0} 已存在；tongbao import 不覆盖文件：请移走该文件、给表格改名，或指定其他 --period",
    ),
    (
        "nothing to write: every project is already in the site and the sheet has no progress columns",
        "无需写入：所有项目已在网站中，表格也没有进展列",
    ),
    (
        "the imported files did not pass `tongbao check` and were removed (a bug in tongbao import: please report it with the spreadsheet)",
        "导入的文件未通过 `tongbao check`，已撤销（这是 `tongbao import` 的缺陷：请附上表格报告）",
    ),
    ("{} is not a file", "{0} 不是文件"),
    (
        "{}: columns {w} could each be this year's 累计完成投资 (January to the report month), and neither names the year: say which with a map file (--map MAP.yaml) holding e.g. `{}: cumulative` and `{}: since_start` (since the project began) or `{}: ignore`",
        "{0}：{1} 都可能是本年累计完成投资（1月至报告月），且都没有注明年份：请用映射文件（--map MAP.yaml）说明，例如写 `{2}: cumulative` 和 `{3}: since_start`（自开工以来）或 `{4}: ignore`",
    ),
    ("{} and {}", "{0} 和 {1}"),
    (
        "{}: column {} ({}) is the investment since the project began, and no column holds this year's or this month's: tongbao cannot tell the month's investment from it; add a column 本月完成投资 or 1-N月累计完成投资, or if that column is this year's after all, pass --map with `{}: cumulative`",
        "{0}：{1} 列（{2}）是自开工以来的累计投资，表格没有本年或本月的投资列，无法据此算出本月投资；请增加“本月完成投资”或“1-N月累计完成投资”列；如该列其实是本年的，请用 --map 写 `{3}: cumulative`",
    ),
    ("report month {}, from {w}", "报告月份 {0}，取自{1}"),
    (
        "cannot tell which month {} reports (looked in the title rows, the sheet name and the file name for e.g. 2021年9月): pass --period YYYY-MM",
        "无法判断 {0} 是哪个月的报表（已在标题行、工作表名和文件名中查找“2021年9月”之类的写法）：请用 --period YYYY-MM 指定",
    ),
    (
        "{}: no header row found in the first 20 rows: tongbao looks for a row with 项目名称 and at least one more known header (项目编号, 产业类别, 总投资, 年度计划投资, 本月完成投资, 累计完成投资, 责任单位, 包保领导, 乡镇, 项目级别, 开工时间, 形象进度, 项目阶段 …); map other headers with --map",
        "{0}：前 20 行中没有找到表头：tongbao 要找一行含“项目名称”和至少一个其他已知表头（项目编号、产业类别、总投资、年度计划投资、本月完成投资、累计完成投资、责任单位、包保领导、乡镇、项目级别、开工时间、形象进度、项目阶段……）；其他表头请用 --map 映射",
    ),
    ("{} has no sheet [{}]; its sheets are: {}", "{0} 中没有工作表 [{1}]；其中的工作表是：{2}"),
    ("{} has no sheets", "{0} 中没有工作表"),
    ("the title in row {}: {}", "第 {0} 行的标题：{1}"),
    ("the sheet name", "工作表名"),
    ("the file name", "文件名"),
    ("header in row {}", "表头在第 {0} 行"),
    ("two-row header in rows {}–{}", "两行表头，在第 {0}–{1} 行"),
    ("read {}: {w}", "已读取 {0}：{1}"),
    ("columns: {}", "列：{0}"),
    ("column {} ({}) left out: {w}", "{0} 列（{1}）未采用：{2}"),
    ("{} row {} skipped: {w}", "{0} 第 {1} 行已跳过：{2}"),
    ("a total row: {}", "合计行：{0}"),
    ("no project figures (a title or note): {}", "没有项目数据（标题或说明）：{0}"),
    ("a total row", "合计行"),
    ("no project figures (a title or note)", "没有项目数据（标题或说明）"),
    (
        "row {}: 本月完成 {} differs from 累计 {} minus the {} already reported; {} was written so that the year's total equals 累计",
        "第 {0} 行：本月完成 {1} 与累计 {2} 减去已报的 {3} 不符；按累计写入 {4}，使全年合计等于累计",
    ),
    (
        "expected at least {} (already reported for this year in the site's progress files), found {}",
        "应不少于 {0}（网站进度文件中本年已报数），实为 {1}",
    ),
    (
        "the month's investment is 累计完成投资 (January: nothing before it this year)",
        "本月投资即累计完成投资（1月：本年此前没有数据）",
    ),
    (
        "the month's investment = 累计完成投资 − what the site's progress files have for {}-01 to {}",
        "本月投资 = 累计完成投资 减去 网站进度文件中 {0}-01 至 {1} 的投资",
    ),
    (
        "the site has no progress for {w}: their investment is counted in {} (the year's completed figure is right; the month's is not)",
        "网站没有 {0} 的进展：这些月份的投资计入 {1}（本年累计正确，当月数不准确）",
    ),
    ("{} month(s) between {} and {}", "{1} 至 {2} 之间的 {0} 个月"),
    ("the map is not valid YAML: {w}", "映射文件不是有效的 YAML：{0}"),
    (
        "the map must be lines of `表头: field`, e.g. `计划投资额: plan`",
        "映射文件应为一行一个 `表头: field`，如 `计划投资额: plan`",
    ),
    ("each header in the map must be text", "映射文件中的表头必须是文本"),
    ("did you mean `{}`? ", "是否想写 `{0}`？"),
    ("did you mean {}? ", "是否想写 {0}？"),
    (
        "the map gives `{}` the unknown field `{}`: {w}the fields are {}",
        "映射文件给 `{0}` 指定了未知字段 `{1}`：{2}可用字段为 {3}",
    ),
    (
        "--match gives {} the id {}, which is not a project of the site",
        "--match 把 {0} 对应到编号 {1}，但网站中没有这个项目",
    ),
    (
        "the name {} is not a project of the site, but is close to {} {} ({}): if it is that project, add a 项目编号 column holding {} or pass --match \"{}={}\"; if it is a new project, pass --new \"{}\"",
        "名称 {0} 不是网站中的项目，但与 {1} {2}（{3}）相近：如是同一项目，请增加“项目编号”列填写 {4}，或加 --match \"{5}={6}\"；如确是新项目，请加 --new \"{7}\"",
    ),
    ("expected the project's name, found an empty cell", "应为项目名称，实为空单元格"),
    (
        "project {} ({}) is also in {w}: a project is reported once, so that no figure counts twice; remove one of the two rows (a workbook sent twice: import only the newer one)",
        "项目 {0}（{1}）也出现在 {2}：一个项目只能报一次，以免数字重复计算；请删去其中一行（同一表格报了两次：只导入较新的一份）",
    ),
    ("a stage ({})", "项目阶段（{0}）"),
    ("a stage ({}; or 已开工, 施工, 完工, 未开工 …)", "项目阶段（{0}；或 已开工、施工、完工、未开工……）"),
    ("新建 or 续建", "新建或续建"),
    (
        "expected a 项目阶段 column: rows {} have no stage, no 形象进度 that names one, no investment this year and no earlier progress in the site; add a column 项目阶段 ({})",
        "需要“项目阶段”列：第 {0} 行没有阶段、形象进度中也看不出阶段、本年没有投资、网站中也没有此前的进展；请增加“项目阶段”列（{1}）",
    ),
    (
        "{} 项目编号 value(s) are not ASCII letters, digits, - and _; those projects are identified by name instead",
        "{0} 个项目编号含有英文字母、数字、- 和 _ 以外的字符；这些项目改按名称识别",
    ),
    (
        "{} project(s) are already in the site: their ledger entries are left as they are",
        "{0} 个项目已在网站中：其台账信息保持不变",
    ),
    ("expected a column for {w}: projects not yet in the site need it", "需要{0}列：网站中还没有的项目必须填写"),
    ("the 产业类别 (one of {})", "产业类别（{0}之一）"),
    ("the 总投资 in 万元", "以万元计的总投资"),
    ("expected one of the site's categories ({}), found {}", "应为网站的产业类别之一（{0}），实为 {1}"),
    ("expected one of the site's levels ({}), found {}", "应为网站的项目级别之一（{0}），实为 {1}"),
    (
        "expected a department of units.yaml, found {}: {w}the departments are {}; a short name can be added to a department's aliases in units.yaml",
        "应为 units.yaml 中的责任单位，实为 {0}：{1}现有单位为 {2}；简称可以写进 units.yaml 中该单位的 aliases",
    ),
    (
        "expected the year of the annual plan: name the column like 2021年计划投资, put the month in the title (2021年9月), or pass --period",
        "需要年度计划的年份：列名写成“2021年计划投资”，或在标题中写明月份（2021年9月），或用 --period 指定",
    ),
    (
        "the site still holds {} example project(s) of `tongbao init` ({}): imported beside them, they would be published in the bulletin. Remove the example files first: {} (or start a site without examples: `tongbao init --empty DIR`)",
        "网站中还有 {0} 个 `tongbao init` 的示例项目（{1}）：与导入的项目放在一起，它们会出现在通报中。请先删除示例文件：{2}（或用 `tongbao init --empty DIR` 新建一个没有示例的网站）",
    ),
    (
        "{} reports {} and {} reports {}: import one month at a time, or pass --period YYYY-MM if both are the same month",
        "{0} 报的是 {1}，{2} 报的是 {3}：请一次只导入一个月，如确是同一个月请用 --period YYYY-MM 指定",
    ),
    ("the folder {} has no .xlsx, .xls or .csv file", "文件夹 {0} 中没有 .xlsx、.xls 或 .csv 文件"),
    (
        "name at least one spreadsheet (.xlsx, .xls, .csv) or a folder of them",
        "请至少指定一个表格（.xlsx、.xls、.csv）或存放表格的文件夹",
    ),
    ("cannot read the map {}: {w}", "无法读取映射文件 {0}：{1}"),
    (
        "{} has no content/ folder: pass the site with --into SITE (a folder holding content/site.yaml)",
        "{0} 中没有 content/ 文件夹：请用 --into SITE 指定网站（含 content/site.yaml 的文件夹）",
    ),
    ("{}: no project rows under the header", "{0}：表头下没有项目行"),
    ("record {} ({}): {w}", "记录 {0}（{1}）：{2}"),
    (
        "the name {} is close to {}, a new project of {w} ({}): if it is that project, give both rows the same name or 项目编号; if they are two projects, pass --new \"{}\"",
        "名称 {0} 与 {2} 的新项目 {1}（{3}）相近：如是同一项目，请把两行的名称或项目编号改为一致；如确是两个项目，请加 --new \"{4}\"",
    ),
    (
        "the site has progress after {} ({}): a month imported from 累计 took {}'s figures from its own, so re-import those months too (with --force) after this one",
        "网站中已有 {0} 之后的进展（{1}）：按累计导入的月份扣除了 {2} 的数字，请在本次导入后按顺序重新导入这些月份（加 --force）",
    ),
    ("stage {} → {}", "阶段 {0} → {1}"),
    ("invested {} → {}", "本月完成投资 {0} → {1}"),
    ("funds {} → {}", "到位资金 {0} → {1}"),
    ("note {} → {}", "形象进度 {0} → {1}"),
    ("name {} → {}", "名称 {0} → {1}"),
    ("unit {} → {}", "责任单位 {0} → {1}"),
    (
        "项目编号 {} is not a project of the site, but the name {} is that of {} {} ({}): if it is that project, write {} in the 项目编号 cell; if it is a new project, pass --new \"{}\"",
        "项目编号 {0} 不是网站中的项目，但名称 {1} 是 {2} {3}（{4}）的名称：如是同一项目，请在项目编号单元格填写 {5}；如确是新项目，请加 --new \"{6}\"",
    ),
    ("total_investment {} → {}", "总投资 {0} → {1}"),
    ("the {} plan {} → {}", "{0}年计划 {1} → {2}"),
    (
        "project {}: completed investment in {} by {} is {}, more than 120% of its {} plan {}",
        "项目 {0}：{1}年截至 {2} 累计完成投资 {3}，超过其 {4} 年度计划 {5} 的120%",
    ),
    (
        "check the month's invested figures (an import may have taken a since-start 累计 for this year's), or raise the plan in content/projects/",
        "请核对各月完成投资（导入时可能把自开工累计当成了本年累计），或在 content/projects/ 中调整计划",
    ),
    (
        "project {}: investment reported by {} is {}, more than its total investment {}",
        "项目 {0}：截至 {1} 已报投资 {2}，超过其总投资 {3}",
    ),
    (
        "check the invested figures of the progress files, or the project's total_investment",
        "请核对进度文件中的完成投资，或项目的总投资（total_investment）",
    ),
    (
        "the alias `{}` of `{}` also names the department `{}` ({})",
        "`{1}` 的简称 `{0}` 同时也指责任单位 `{2}`（{3}）",
    ),
    (
        "a short name may stand for one department only: remove it from one of the two",
        "一个简称只能指一个单位：请从其中一个单位删去",
    ),
    (
        "`{}` ({}) is also an alias of the department `{}` ({})",
        "`{0}`（{1}）也是责任单位 `{2}`（{3}）的简称",
    ),
    (
        "`{}` is not NAME=ID: write the sheet's project name, =, and the site's project id, e.g. 滨江路改造=YX-2026-008",
        "`{0}` 不是 名称=编号 的形式：请写表格中的项目名称、等号和网站中的项目编号，如 滨江路改造=YX-2026-008",
    ),
    (
        "last month's figure, for reference only: not read",
        "上月的数字，仅供参考：不读取",
    ),
    (
        "problems are not imported: add them to content/problems.yaml (each with the project, the unit that must solve it and the date raised)",
        "存在问题不导入：请写进 content/problems.yaml（每条写明项目、负责解决的单位和提出日期）",
    ),
    (
        "{}: {} ({}) has no investment this month: its empty cell is read as 0",
        "{0}：{1}（{2}）本月完成投资为空，按 0 计",
    ),
    (
        "--match \"{}={}\" was not used: no row of the files is named {}",
        "--match \"{0}={1}\" 未被使用：文件中没有名为 {2} 的行",
    ),
    (
        "--new \"{}\" was not used: no row of the files is named {}",
        "--new \"{0}\" 未被使用：文件中没有名为 {1} 的行",
    ),
    // tongbao collect (src/cmd/collect.rs).
    (
        "`{}` is not a date: write YYYY-MM-DD, e.g. 2026-11-05",
        "`{0}`不是日期：请写成 YYYY-MM-DD，例如 2026-11-05",
    ),
    (
        "`tongbao collect` needs a site without errors: fix the errors above, then run it again",
        "`tongbao collect` 要求网站没有错误：请先改正以上错误，再运行一次",
    ),
    (
        "nothing to collect for {}: no project has a plan for {} that is not yet 竣工 or 投产; add the year's plans to the projects in content/projects/ (plans: {}: amount), or choose another month",
        "{0}没有需要填报的项目：没有哪个项目有{1}年的年度计划且尚未竣工或投产；请在 content/projects/ 的项目中写上该年的计划（plans: {2}: 金额），或换一个月份",
    ),
    (
        "{} already exist(s): `tongbao collect` does not overwrite workbooks, which a department may have filled in; move them away, or pass --force to write them again",
        "{0} 已经存在：`tongbao collect` 不会改写已有的填报表（责任单位可能已经填写）；请先移走，或加 --force 重新生成",
    ),
    ("cannot make the workbook of {}: {w}", "无法生成{0}的填报表：{1}"),
    ("wrote {} ({} project(s))", "已写入 {0}（{1}个项目）"),
    (
        "{} project(s) have no 责任单位 and are in {}: set their `unit` in content/projects/, or fill it in the office",
        "{0}个项目没有责任单位，列在 {1} 中：请在 content/projects/ 中为这些项目写上 `unit`，或由本单位代为填报",
    ),
    (
        "no workbook for {}: none of their projects is due for {}",
        "{0}没有填报表：其项目在{1}都不需要填报",
    ),
    (
        "next: send each department its workbook; put the ones that come back filled in into one folder and read them all with `tongbao import FOLDER --into {}` (it lists the departments that have not sent theirs)",
        "下一步：把填报表分别发给各责任单位；把收回的填好的表放进同一个文件夹，用 `tongbao import 文件夹 --into {0}` 一次导入（会列出尚未报送的单位）",
    ),
    ("cannot create the folder {}: {w}", "无法创建文件夹 {0}：{1}"),
    (
        "{} already exists: `tongbao import` will show what the returned workbooks change in it, and change it only with --force",
        "{0} 已经存在：`tongbao import` 会列出收回的填报表对它的改动，加 --force 才会改写",
    ),
];
