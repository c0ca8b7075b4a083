//! Every message tongbao declares, once, with its text in en, zh-CN and zh-TW
//! (see [`super::voice`] for how a message is declared and printed, and
//! docs/i18n.md for how to add one).
//!
//! The texts are `format!` strings naming the message's fields. Chinese texts
//! use full-width punctuation (`：`, `，`, `（…）`) and put a space between a
//! Chinese character and a value that starts or ends in Latin letters or
//! digits (`无法写入 {path}：{err}`), as the older catalog did; zh-TW uses
//! Taiwan's words (檔案, 資料夾, 儲存), not only its characters.
//!
//! Arguments typed [`Text`] are printed in the message's language in turn (an
//! operating-system error, a message of the older catalog); `String`s are
//! what the user wrote or a path, printed as they are.

use super::Text;

mod import;
mod load;
mod site;

pub use import::ImportMessage;
pub use load::LoadMessage;
pub use site::SiteMessage;

/// Every text of every message enum as written, for tests:
/// (variant, en, zh-CN, zh-TW).
#[cfg(test)]
pub fn all_texts(
) -> impl Iterator<Item = &'static (&'static str, &'static str, &'static str, &'static str)> {
    Message::TEXTS
        .iter()
        .chain(LoadMessage::TEXTS)
        .chain(ImportMessage::TEXTS)
        .chain(SiteMessage::TEXTS)
}

crate::messages! {
    /// A message of tongbao's: what a diagnostic says, or a line a command prints.
    pub enum Message {
        // ── Labels and counts of printed diagnostics (diagnostics/report.rs) ──
        /// The label of an error.
        ErrorLabel => { en: "error", zh_cn: "错误", zh_tw: "錯誤" }
        /// The label of a warning.
        WarningLabel => { en: "warning", zh_cn: "警告", zh_tw: "警告" }
        /// The label of a hint.
        HelpLabel => { en: "help", zh_cn: "提示", zh_tw: "提示" }
        /// A label and its text: `error: …`, `错误：…`.
        Labelled { label: Box<Message>, text: String } => {
            en: "{label}: {text}",
            zh_cn: "{label}：{text}",
            zh_tw: "{label}：{text}",
        }
        /// One error.
        OneError => { en: "1 error", zh_cn: "1个错误", zh_tw: "1個錯誤" }
        /// Several errors.
        Errors { n: usize } => { en: "{n} errors", zh_cn: "{n}个错误", zh_tw: "{n}個錯誤" }
        /// One warning.
        OneWarning => { en: "1 warning", zh_cn: "1个警告", zh_tw: "1個警告" }
        /// Several warnings.
        Warnings { n: usize } => { en: "{n} warnings", zh_cn: "{n}个警告", zh_tw: "{n}個警告" }
        /// Errors and warnings side by side.
        ErrorsAndWarnings { errors: Box<Message>, warnings: Box<Message> } => {
            en: "{errors}, {warnings}",
            zh_cn: "{errors}、{warnings}",
            zh_tw: "{errors}、{warnings}",
        }
        /// The count line when no diagnostic names a file.
        CountLine { what: Box<Message> } => { en: "{what}", zh_cn: "共{what}", zh_tw: "共{what}" }
        /// The count line with one file.
        CountLineOneFile { what: Box<Message> } => {
            en: "{what} in 1 file",
            zh_cn: "共{what}，涉及1个文件",
            zh_tw: "共{what}，涉及1個檔案",
        }
        /// The count line with several files.
        CountLineFiles { what: Box<Message>, files: usize } => {
            en: "{what} in {files} files",
            zh_cn: "共{what}，涉及{files}个文件",
            zh_tw: "共{what}，涉及{files}個檔案",
        }
        /// The heading of one file's diagnostics.
        FileHeading { file: String, what: Box<Message> } => {
            en: "{file} ({what})",
            zh_cn: "{file}（{what}）",
            zh_tw: "{file}（{what}）",
        }
        /// Warnings of one kind past the first twenty.
        MoreAlike { n: usize } => {
            en: "… and {n} more like this (`check --format json` lists all)",
            zh_cn: "……另有{n}条同类警告（`check --format json` 会全部列出）",
            zh_tw: "……另有{n}條同類警告（`check --format json` 會全部列出）",
        }

        // ── build and check (cmd/say.rs, cmd/progress.rs) ─────────────────
        /// The summary line of a build.
        Built { bulletins: usize, pages: usize, charts: usize, files: usize, dir: String, seconds: String } => {
            en: "built {bulletins} bulletins, {pages} pages, {charts} charts, {files} files into {dir} in {seconds}s",
            zh_cn: "生成完成：{bulletins}期月报，{pages}个页面，{charts}张图表，{files}个文件，写入 {dir}，用时{seconds}秒",
            zh_tw: "生成完成：{bulletins}期月報，{pages}個頁面，{charts}張圖表，{files}個檔案，寫入 {dir}，用時{seconds}秒",
        }
        /// After the summary of a build that reused pages of the last one.
        BuiltReused { reused: usize, jobs: usize } => {
            en: "{reused} of {jobs} pages (with their files) were unchanged since the last build and reused; remove the output folder to render every page",
            zh_cn: "{jobs}个页面中有{reused}个（连同其文件）自上次生成以来没有变化，已沿用；删除输出文件夹可全部重新生成",
            zh_tw: "{jobs}個頁面中有{reused}個（連同其檔案）自上次生成以來沒有變化，已沿用；刪除輸出資料夾可全部重新生成",
        }
        /// The last line of a build that wrote nothing because of errors.
        NothingWritten => {
            en: "nothing was written (the previous output was left as it was): fix the errors above and build again",
            zh_cn: "没有写入任何文件（原有输出保持不变）：请改正以上错误，再生成一次",
            zh_tw: "沒有寫入任何檔案（原有輸出保持不變）：請改正以上錯誤，再生成一次",
        }
        /// The last line of a build whose writing failed.
        PreviousOutputKept => {
            en: "the previous output was left as it was",
            zh_cn: "原有的输出没有改动",
            zh_tw: "原有的輸出沒有改動",
        }
        /// The summary line of a check without errors.
        CheckOk { projects: usize, months: usize } => {
            en: "ok: {projects} projects, {months} months of progress",
            zh_cn: "检查通过：{projects}个项目，{months}个月的进度",
            zh_tw: "檢查通過：{projects}個項目，{months}個月的進度",
        }
        /// The progress display: reading the content.
        PhaseLoad => { en: "loading content", zh_cn: "读取内容", zh_tw: "讀取內容" }
        /// The progress display: computing the figures.
        PhaseMetrics => { en: "computing figures", zh_cn: "计算指标", zh_tw: "計算指標" }
        /// The progress display: writing the pages.
        PhaseWrite => { en: "writing pages", zh_cn: "生成页面", zh_tw: "生成頁面" }
        /// The progress display: swapping the output folder.
        PhasePublish => { en: "replacing output", zh_cn: "替换输出", zh_tw: "替換輸出" }
        /// The unit after the count of files in the progress display.
        FilesUnit => { en: "files", zh_cn: "个文件", zh_tw: "個檔案" }

        // ── Files and folders (init, new, collect, demo) ──────────────────
        /// A file could not be written.
        CannotWrite { path: String, err: Text } => {
            en: "cannot write {path}: {err}",
            zh_cn: "无法写入 {path}：{err}",
            zh_tw: "無法寫入 {path}：{err}",
        }
        /// A folder could not be created.
        CannotCreateFolder { path: String, err: Text } => {
            en: "cannot create the folder {path}: {err}",
            zh_cn: "无法创建文件夹 {path}：{err}",
            zh_tw: "無法建立資料夾 {path}：{err}",
        }
        /// A folder could not be read.
        CannotReadFolder { path: String, err: Text } => {
            en: "cannot read the folder {path}: {err}",
            zh_cn: "无法读取文件夹 {path}：{err}",
            zh_tw: "無法讀取資料夾 {path}：{err}",
        }
        /// A file could not be removed.
        CannotRemove { path: String, err: Text } => {
            en: "cannot remove {path}: {err}",
            zh_cn: "无法删除 {path}：{err}",
            zh_tw: "無法刪除 {path}：{err}",
        }

        // ── Usage errors of the command line (cmd/mod.rs) ─────────────────
        /// `--lang` names no language.
        NotALanguage { text: String } => {
            en: "`{text}` is not a language: write zh-CN, zh-TW or en",
            zh_cn: "`{text}`不是可用的语言：请写 zh-CN、zh-TW 或 en",
            zh_tw: "`{text}`不是可用的語言：請寫 zh-CN、zh-TW 或 en",
        }
        /// A month argument is not `YYYY-MM`.
        NotAMonth { text: String, example: String } => {
            en: "`{text}` is not a month: write YYYY-MM, e.g. {example}",
            zh_cn: "`{text}`不是月份：写成 YYYY-MM，如 {example}",
            zh_tw: "`{text}`不是月份：寫成 YYYY-MM，如 {example}",
        }
        /// A date argument is not `YYYY-MM-DD`.
        NotADate { text: String } => {
            en: "`{text}` is not a date: write YYYY-MM-DD, e.g. 2026-11-05",
            zh_cn: "`{text}`不是日期：请写成 YYYY-MM-DD，例如 2026-11-05",
            zh_tw: "`{text}`不是日期：請寫成 YYYY-MM-DD，例如 2026-11-05",
        }
        /// `--match` is not `NAME=ID`.
        NotNameId { text: String } => {
            en: "`{text}` is not NAME=ID: write the sheet's project name, =, and the site's project id, e.g. 滨江路改造=YX-2026-008",
            zh_cn: "`{text}` 不是 名称=编号 的形式：请写表格中的项目名称、等号和网站中的项目编号，如 滨江路改造=YX-2026-008",
            zh_tw: "`{text}` 不是 名稱=編號 的形式：請寫表格中的項目名稱、等號和網站中的項目編號，如 濱江路改造=YX-2026-008",
        }
        /// A usage error: the argument and what is wrong with it.
        BadArgument { arg: String, why: Box<Message> } => {
            en: "invalid value for {arg}: {why}",
            zh_cn: "{arg} 的值有误：{why}",
            zh_tw: "{arg} 的值有誤：{why}",
        }
        /// An argument tongbao does not know.
        UnknownArgument { arg: String } => {
            en: "unexpected argument `{arg}`",
            zh_cn: "无法识别的参数`{arg}`",
            zh_tw: "無法識別的參數`{arg}`",
        }
        /// A subcommand tongbao does not have.
        UnknownCommand { arg: String } => {
            en: "unknown command `{arg}`",
            zh_cn: "没有`{arg}`这个命令",
            zh_tw: "沒有`{arg}`這個命令",
        }
        /// A required argument is missing.
        MissingArgument { arg: String } => {
            en: "the argument {arg} is required",
            zh_cn: "缺少必填参数 {arg}",
            zh_tw: "缺少必填參數 {arg}",
        }
        /// A value not among an argument's choices.
        NotAChoice { value: String, choices: String } => {
            en: "`{value}` is not one of {choices}",
            zh_cn: "`{value}`不是可选值（{choices}）之一",
            zh_tw: "`{value}`不是可選值（{choices}）之一",
        }
        /// Any other usage error: clap's own English text follows.
        UsageError => {
            en: "the command line is not valid",
            zh_cn: "命令行参数有误",
            zh_tw: "命令列參數有誤",
        }
        /// How to see a command's usage.
        SeeHelp { command: String } => {
            en: "see `{command} --help`",
            zh_cn: "用法见 `{command} --help`",
            zh_tw: "用法見 `{command} --help`",
        }

        // ── Fields of the content files (content/fields.rs) ─────────────
        /// A value that must be a mapping.
        ExpectedMapping { what: Text, found: Text } => {
            en: "expected {what} (a mapping of `key: value` lines), found {found}",
            zh_cn: "这里应是{what}（若干行 `key: value`），实际是{found}",
            zh_tw: "這裡應是{what}（若干行 `key: value`），實際是{found}",
        }
        /// How to write a mapping.
        WriteAsMapping => {
            en: "write it as indented `key: value` lines",
            zh_cn: "写成缩进的 `key: value` 行",
            zh_tw: "寫成縮排的 `key: value` 行",
        }
        /// The fields of something, with the nearest to a misspelt one.
        FieldsAreNear { near: String, what: Text, fields: String } => {
            en: "did you mean `{near}`? The fields of {what} are: {fields}",
            zh_cn: "是否应为`{near}`？{what}的字段有：{fields}",
            zh_tw: "是否應為`{near}`？{what}的欄位有：{fields}",
        }
        /// The fields of something.
        FieldsAre { what: Text, fields: String } => {
            en: "the fields of {what} are: {fields}",
            zh_cn: "{what}的字段有：{fields}",
            zh_tw: "{what}的欄位有：{fields}",
        }
        /// A field that is not one of something's.
        UnknownField { field: String, what: Text } => {
            en: "unknown field `{field}` in {what}",
            zh_cn: "{what}中有未知字段`{field}`",
            zh_tw: "{what}中有未知欄位`{field}`",
        }
        /// A required field is missing.
        HasNoField { what: Text, field: String } => {
            en: "{what} has no `{field}`",
            zh_cn: "{what}缺少`{field}`",
            zh_tw: "{what}缺少`{field}`",
        }
        /// How to add a required field.
        AddRequiredLine { field: String } => {
            en: "add a line `{field}: …` (it is required)",
            zh_cn: "添加一行 `{field}: …`（必填）",
            zh_tw: "新增一行 `{field}: …`（必填）",
        }
        /// A required field is blank.
        FieldOfIsBlank { field: String, what: Text } => {
            en: "`{field}` of {what} is blank",
            zh_cn: "{what}的`{field}`为空",
            zh_tw: "{what}的`{field}`為空",
        }
        /// How to fill a blank required field.
        WriteRequiredField { field: String } => {
            en: "write the `{field}` (it is required), or remove the whole entry",
            zh_cn: "填写`{field}`（必填），或删除这一项",
            zh_tw: "填寫`{field}`（必填），或刪除這一項",
        }
        /// An optional field is blank.
        FieldIsBlank { field: String } => {
            en: "`{field}` is blank",
            zh_cn: "`{field}`是空的",
            zh_tw: "`{field}`是空的",
        }
        /// How to fix a blank optional field.
        WriteValueOrRemove => {
            en: "write the value, or remove the line when there is none",
            zh_cn: "填写该值；没有时删除这一行",
            zh_tw: "填寫該值；沒有時刪除這一行",
        }
        /// A field that must be text.
        MustBeText { field: String, found: Text } => {
            en: "`{field}` must be text, found {found}",
            zh_cn: "`{field}`应为文本，实际是{found}",
            zh_tw: "`{field}`應為文字，實際是{found}",
        }
        /// How to write text.
        WriteOneLine => {
            en: "write a single line of text",
            zh_cn: "写成一行文本",
            zh_tw: "寫成一行文字",
        }
        /// A blank item of a list.
        ItemIsBlank { field: String } => {
            en: "an item of `{field}` is blank",
            zh_cn: "`{field}`中有一项为空",
            zh_tw: "`{field}`中有一項為空",
        }
        /// How to fix a blank item.
        WriteNameOrRemoveItem => {
            en: "write the name, or remove the item",
            zh_cn: "填写名称，或删除该项",
            zh_tw: "填寫名稱，或刪除該項",
        }
        /// Items of a list that must be text.
        ItemsMustBeText { field: String, found: Text } => {
            en: "items of `{field}` must be text, found {found}",
            zh_cn: "`{field}`的各项应为文本，实际是{found}",
            zh_tw: "`{field}`的各項應為文字，實際是{found}",
        }
        /// How to write a list of names.
        WriteListOfNames => {
            en: "write a list of names like [王某某, 李某某]",
            zh_cn: "写成名字列表，如 [王某某, 李某某]",
            zh_tw: "寫成名字清單，如 [王某某, 李某某]",
        }
        /// A field that must be a list.
        MustBeList { field: String, found: Text } => {
            en: "`{field}` must be a list, found {found}",
            zh_cn: "`{field}`应为列表，实际是{found}",
            zh_tw: "`{field}`應為清單，實際是{found}",
        }
        /// How to write a list.
        WriteList => {
            en: "write a list like [王某某, 李某某]",
            zh_cn: "写成列表，如 [王某某, 李某某]",
            zh_tw: "寫成清單，如 [王某某, 李某某]",
        }
        /// How to add a required amount.
        AddAmount { field: String } => {
            en: "add `{field}:` with an amount in 万元, e.g. `{field}: 3580.5`",
            zh_cn: "添加 `{field}:` 并填写金额（万元），如 `{field}: 3580.5`",
            zh_tw: "新增 `{field}:` 並填寫金額（萬元），如 `{field}: 3580.5`",
        }
        /// How to fix a blank amount.
        WriteAmountOrZero { field: String } => {
            en: "write the amount in 万元 after `{field}:`, or 0 when there is none (a blank is not taken as 0)",
            zh_cn: "在`{field}:`后填写金额（万元）；没有时写 0（空白不会当作 0）",
            zh_tw: "在`{field}:`後填寫金額（萬元）；沒有時寫 0（空白不會當作 0）",
        }
        /// A field that must be a month.
        MustBeMonth { field: String, found: String } => {
            en: "`{field}` must be a month like 2021-09, found `{found}`",
            zh_cn: "`{field}`应为月份（如 2021-09），实际是`{found}`",
            zh_tw: "`{field}`應為月份（如 2021-09），實際是`{found}`",
        }
        /// How to write a month.
        WriteMonth => {
            en: "write the year and month as YYYY-MM",
            zh_cn: "年月写成 YYYY-MM",
            zh_tw: "年月寫成 YYYY-MM",
        }
        /// A field that must be a date.
        MustBeDate { field: String, found: String } => {
            en: "`{field}` must be a date like 2021-09-03, found `{found}`",
            zh_cn: "`{field}`应为日期（如 2021-09-03），实际是`{found}`",
            zh_tw: "`{field}`應為日期（如 2021-09-03），實際是`{found}`",
        }
        /// How to write a date.
        WriteDate => {
            en: "write a real calendar date as YYYY-MM-DD",
            zh_cn: "写成日历上存在的日期 YYYY-MM-DD",
            zh_tw: "寫成日曆上存在的日期 YYYY-MM-DD",
        }
        /// A negative amount.
        AmountNegative { field: String, found: String } => {
            en: "`{field}` is negative ({found})",
            zh_cn: "`{field}`是负数（{found}）",
            zh_tw: "`{field}`是負數（{found}）",
        }
        /// How to fix a negative amount.
        AmountsNotNegative => {
            en: "amounts are never negative; write 0 for no investment",
            zh_cn: "金额不能为负；没有投资就写 0",
            zh_tw: "金額不能為負；沒有投資就寫 0",
        }
        /// An amount finer than one yuan.
        TooManyDecimals { field: String, found: String } => {
            en: "`{field}` has more than 4 decimals ({found})",
            zh_cn: "`{field}`的小数超过4位（{found}）",
            zh_tw: "`{field}`的小數超過4位（{found}）",
        }
        /// How to write an amount's decimals.
        AmountDecimals => {
            en: "amounts are in 万元 with at most 4 decimals (0.0001万元 is one yuan)",
            zh_cn: "金额以万元为单位，最多4位小数（0.0001万元即1元）",
            zh_tw: "金額以萬元為單位，最多4位小數（0.0001萬元即1元）",
        }
        /// An amount too large to add up.
        AmountTooLarge { field: String, found: String } => {
            en: "`{field}` is too large ({found})",
            zh_cn: "`{field}`数额过大（{found}）",
            zh_tw: "`{field}`數額過大（{found}）",
        }
        /// How large an amount may be.
        AmountLimit => {
            en: "amounts are in 万元 (1亿元 is 10000) and below 10000000000万元",
            zh_cn: "金额以万元为单位（1亿元写作 10000），且小于10000000000万元",
            zh_tw: "金額以萬元為單位（1億元寫作 10000），且小於10000000000萬元",
        }
        /// A field that must be an amount.
        NotAnAmount { field: String, found: String } => {
            en: "`{field}` must be an amount in 万元, found `{found}`",
            zh_cn: "`{field}`应为金额（万元），实际是`{found}`",
            zh_tw: "`{field}`應為金額（萬元），實際是`{found}`",
        }
        /// How to write an amount.
        WritePlainNumber => {
            en: "write a plain number such as 3580.5, without units or separators",
            zh_cn: "只写数字，如 3580.5，不带单位和千位分隔符",
            zh_tw: "只寫數字，如 3580.5，不帶單位和千位分隔符號",
        }


        // ── Progress files (content/progress.rs) ──────────────────────────
        /// A progress record without its stage.
        RecordHasNoStage { id: String } => {
            en: "the record of {id} has no `stage`",
            zh_cn: "{id} 的进度记录缺少`stage`",
            zh_tw: "{id} 的進度記錄缺少`stage`",
        }
        /// How to give a record its stage.
        AddStage { stages: Box<Message> } => {
            en: "add `stage:` with one of {stages}",
            zh_cn: "添加 `stage:`，取以下之一：{stages}",
            zh_tw: "新增 `stage:`，取以下之一：{stages}",
        }
        /// A stage that is not one of the ten.
        UnknownStage { stage: String } => {
            en: "unknown stage `{stage}`",
            zh_cn: "未知阶段`{stage}`",
            zh_tw: "未知階段`{stage}`",
        }
        /// The stages, for a hint.
        StagesAre { stages: Box<Message> } => {
            en: "the stages are {stages}",
            zh_cn: "阶段有：{stages}",
            zh_tw: "階段有：{stages}",
        }
        /// The names of the stages: Chinese, then English.
        StageNames { zh: String, en: String } => {
            en: "{zh} (or {en})",
            zh_cn: "{zh}（或 {en}）",
            zh_tw: "{zh}（或 {en}）",
        }

        // ── tongbao init (cmd/init.rs) ────────────────────────────────────
        /// The new site's folder is a file.
        InitNotAFolder { dir: String } => {
            en: "{dir} exists and is not a folder; choose a new folder name",
            zh_cn: "{dir} 已存在且不是文件夹；请换一个新的文件夹名",
            zh_tw: "{dir} 已存在且不是資料夾；請換一個新的資料夾名稱",
        }
        /// The new site's folder has files in it.
        InitNotEmpty { dir: String } => {
            en: "{dir} already exists and is not empty; tongbao init only writes into a new or empty folder, so that nothing is overwritten. Choose another name, e.g. `tongbao init xm-yuebao`",
            zh_cn: "{dir} 已存在且不是空文件夹；tongbao init 只写入新的或空的文件夹，以免覆盖任何文件。请换一个名字，如 `tongbao init xm-yuebao`",
            zh_tw: "{dir} 已存在且不是空資料夾；tongbao init 只寫入新的或空的資料夾，以免覆蓋任何檔案。請換一個名稱，如 `tongbao init xm-yuebao`",
        }
        /// A file of the example could not be written.
        InitIncomplete { dir: String } => {
            en: "the new site in {dir} is incomplete: remove it and run `tongbao init` again",
            zh_cn: "{dir} 中的新网站不完整：请删除它，再运行一次 `tongbao init`",
            zh_tw: "{dir} 中的新網站不完整：請刪除它，再執行一次 `tongbao init`",
        }
        /// The heading of the files `init` wrote.
        InitCreated { dir: String } => {
            en: "created a new site in {dir} (示例：云溪区，12个项目，2026年7—9月进展):",
            zh_cn: "已在 {dir} 新建网站（示例：云溪区，12个项目，2026年7—9月进展）：",
            zh_tw: "已在 {dir} 新建網站（示例：雲溪區，12個項目，2026年7—9月進展）：",
        }
        /// What to do after `init`.
        InitNext { dir: String, next: String } => {
            en: "\nnext (README.md explains every file and the monthly steps):\n  cd {dir}\n  tongbao check              # check the content\n  tongbao build              # build the site, then open output/index.html\n  tongbao new {next}        # next month's progress file and commentary skeleton",
            zh_cn: "\n下一步（README.md 说明了每个文件和每月的步骤）：\n  cd {dir}\n  tongbao check              # 检查数据\n  tongbao build              # 生成网站，然后打开 output/index.html\n  tongbao new {next}        # 生成下个月的进度文件和通报框架",
            zh_tw: "\n下一步（README.md 說明了每個檔案和每月的步驟）：\n  cd {dir}\n  tongbao check              # 檢查資料\n  tongbao build              # 生成網站，然後開啟 output/index.html\n  tongbao new {next}        # 生成下個月的進度檔案和通報框架",
        }
        /// The heading of the files `init --empty` wrote.
        InitCreatedEmpty { dir: String } => {
            en: "created a new site without example projects in {dir}:",
            zh_cn: "已在 {dir} 新建网站（不含示例项目）：",
            zh_tw: "已在 {dir} 新建網站（不含示例項目）：",
        }
        /// What to do after `init --empty`.
        InitNextEmpty { dir: String } => {
            en: "\nnext: fill in content/site.yaml and content/units.yaml, then\n  cd {dir}\n  tongbao import 台账.xlsx     # import the ledger and the month's progress\n  tongbao build",
            zh_cn: "\n下一步：填写 content/site.yaml 和 content/units.yaml，然后\n  cd {dir}\n  tongbao import 台账.xlsx     # 导入项目台账和当月进展\n  tongbao build",
            zh_tw: "\n下一步：填寫 content/site.yaml 和 content/units.yaml，然後\n  cd {dir}\n  tongbao import 台賬.xlsx     # 匯入項目台賬和當月進展\n  tongbao build",
        }

        // ── tongbao new (cmd/new.rs) ──────────────────────────────────────
        /// `new` on a site with errors.
        NewNeedsGoodSite => {
            en: "tongbao new needs a site without errors: fix the errors above, then run it again",
            zh_cn: "tongbao new 要求网站没有错误：请先改正以上错误，再运行一次",
            zh_tw: "tongbao new 要求網站沒有錯誤：請先改正以上錯誤，再執行一次",
        }
        /// A file `new` would write exists.
        NewFileExists { rel: String } => {
            en: "{rel} already exists; tongbao new never overwrites a file (not even with --force).\nedit it, or move it away first if you want a fresh one",
            zh_cn: "{rel} 已经存在；tongbao new 从不覆盖文件（加 --force 也不会）。\n请直接修改它；如要重新生成，请先把它移走",
            zh_tw: "{rel} 已經存在；tongbao new 從不覆蓋檔案（加 --force 也不會）。\n請直接修改它；如要重新生成，請先把它移走",
        }
        /// `new` for a month other than the next one.
        NewNotNextMonth { expected: String, latest: String, month: String } => {
            en: "the next month is {expected}: the latest progress file is content/progress/{latest}.yaml.\nrun `tongbao new {expected}`, or add --force to write {month} anyway",
            zh_cn: "下一个月应是 {expected}：最新的进度文件是 content/progress/{latest}.yaml。\n请运行 `tongbao new {expected}`，或加 --force 仍然生成 {month}",
            zh_tw: "下一個月應是 {expected}：最新的進度檔案是 content/progress/{latest}.yaml。\n請執行 `tongbao new {expected}`，或加 --force 仍然生成 {month}",
        }
        /// The progress file `new` wrote.
        NewCreatedProgress { rel: String, projects: usize } => {
            en: "created {rel}: {projects} projects, stages carried forward, invested 0",
            zh_cn: "已生成 {rel}：{projects}个项目，沿用上月阶段，本月投资记为 0",
            zh_tw: "已生成 {rel}：{projects}個項目，沿用上月階段，本月投資記為 0",
        }
        /// The commentary skeleton `new` wrote.
        NewCreatedCommentary { rel: String } => {
            en: "created {rel}: the commentary skeleton",
            zh_cn: "已生成 {rel}：通报框架",
            zh_tw: "已生成 {rel}：通報框架",
        }
        /// What to do after `new`.
        NewNext { progress: String, bulletin: String, site: String, month: String } => {
            en: "\nnext:\n  1. fill in `invested` (万元, this month only), stages, notes and funds in {progress}\n  2. rewrite the commentary in {bulletin} (the 【待填写】 parts)\n  3. tongbao check{site}\n  4. tongbao build{site}\nuntil filled in, {month} counts as a month with no investment",
            zh_cn: "\n下一步：\n  1. 在 {progress} 中填写 `invested`（万元，仅本月）、阶段、形象进度和到位资金\n  2. 改写 {bulletin} 中的通报内容（【待填写】的部分）\n  3. tongbao check{site}\n  4. tongbao build{site}\n填写之前，{month} 按没有投资的月份计算",
            zh_tw: "\n下一步：\n  1. 在 {progress} 中填寫 `invested`（萬元，僅本月）、階段、形象進度和到位資金\n  2. 改寫 {bulletin} 中的通報內容（【待填写】的部分）\n  3. tongbao check{site}\n  4. tongbao build{site}\n填寫之前，{month} 按沒有投資的月份計算",
        }

        // ── tongbao serve (cmd/serve.rs, serve/) ──────────────────────────
        /// `serve` on a folder that is not a site.
        NotASiteFolder { dir: String } => {
            en: "{dir} is not a site folder: it has no content/ folder",
            zh_cn: "{dir} 不是网站文件夹：其中没有 content/ 文件夹",
            zh_tw: "{dir} 不是網站資料夾：其中沒有 content/ 資料夾",
        }
        /// `--bind` is not an address.
        NotAnAddress { bind: String, err: Text } => {
            en: "--bind {bind}: not an address to listen on ({err})",
            zh_cn: "--bind {bind}：不是可以监听的地址（{err}）",
            zh_tw: "--bind {bind}：不是可以監聽的位址（{err}）",
        }
        /// `--bind` names no address.
        NoAddress { bind: String } => {
            en: "--bind {bind}: not an address to listen on",
            zh_cn: "--bind {bind}：不是可以监听的地址",
            zh_tw: "--bind {bind}：不是可以監聽的位址",
        }
        /// The fallback to a free port failed.
        CannotListen { bind: String, err: Text } => {
            en: "cannot listen on {bind}: {err}",
            zh_cn: "无法监听 {bind}：{err}",
            zh_tw: "無法監聽 {bind}：{err}",
        }
        /// The port asked for is taken or refused.
        CannotListenPort { bind: String, port: u16, err: Text } => {
            en: "cannot listen on {bind} port {port}: {err}; choose another with --port (0: any free port)",
            zh_cn: "无法监听 {bind} 的端口 {port}：{err}；请用 --port 另选一个（0：任一空闲端口）",
            zh_tw: "無法監聽 {bind} 的連接埠 {port}：{err}；請用 --port 另選一個（0：任一空閒連接埠）",
        }
        /// The listened address cannot be read.
        CannotReadAddress => {
            en: "cannot read the address listened on",
            zh_cn: "无法读取正在监听的地址",
            zh_tw: "無法讀取正在監聽的位址",
        }
        /// Ctrl-C cannot be handled.
        CannotHandleCtrlC { err: String } => {
            en: "cannot handle Ctrl-C ({err}); stopping may leave a build half-written",
            zh_cn: "无法处理 Ctrl-C（{err}）；停止时可能留下生成了一半的输出",
            zh_tw: "無法處理 Ctrl-C（{err}）；停止時可能留下生成了一半的輸出",
        }
        /// The preview stopped.
        ServeStopped => { en: "stopped", zh_cn: "已停止", zh_tw: "已停止" }
        /// Where the preview is served.
        Serving { url: String } => {
            en: "serving {url}",
            zh_cn: "预览地址：{url}",
            zh_tw: "預覽位址：{url}",
        }
        /// The preview listens on every interface.
        ServingEverywhere { addr: String } => {
            en: "listening on every network interface ({addr}): others on the network can see the preview",
            zh_cn: "正在所有网络接口上监听（{addr}）：网络上的其他人也能看到预览",
            zh_tw: "正在所有網路介面上監聽（{addr}）：網路上的其他人也能看到預覽",
        }
        /// The preview watches the site.
        ServeWatching => {
            en: "watching content/ and themes/ for changes; press Ctrl-C to stop",
            zh_cn: "正在监视 content/ 和 themes/ 的改动；按 Ctrl-C 停止",
            zh_tw: "正在監視 content/ 和 themes/ 的改動；按 Ctrl-C 停止",
        }
        /// A build of the preview.
        ServeBuilt { bulletins: usize, pages: usize, seconds: String } => {
            en: "built {bulletins} bulletins, {pages} pages in {seconds}s",
            zh_cn: "生成完成：{bulletins}期月报，{pages}个页面，用时{seconds}秒",
            zh_tw: "生成完成：{bulletins}期月報，{pages}個頁面，用時{seconds}秒",
        }
        /// A rebuild of the preview failed.
        ServeFailed => {
            en: "build failed: still serving the last good site; fix the errors above and save",
            zh_cn: "生成失败：仍在预览上一次成功生成的网站；请改正以上错误并保存",
            zh_tw: "生成失敗：仍在預覽上一次成功生成的網站；請改正以上錯誤並儲存",
        }
        /// The heading of the error overlay in the browser.
        OverlayHeading => {
            en: "tongbao: the build failed, showing the last good site",
            zh_cn: "tongbao：生成失败，显示的是上一次成功生成的网站",
            zh_tw: "tongbao：生成失敗，顯示的是上一次成功生成的網站",
        }

        // ── tongbao import (cmd/import.rs) ────────────────────────────────
        /// Heading: the new projects.
        ImportNewIds => { en: "new projects and their ids:", zh_cn: "新项目及其编号：", zh_tw: "新項目及其編號：" }
        /// Heading: stages inferred.
        ImportInferred => {
            en: "stages inferred (the sheet has no 项目阶段 column):",
            zh_cn: "自动判定的项目阶段（表格没有“项目阶段”列）：",
            zh_tw: "自動判定的項目階段（表格沒有「項目階段」欄）：",
        }
        /// Heading: figures to check.
        ImportNotices => { en: "warning: figures to check:", zh_cn: "警告：请核对以下数字：", zh_tw: "警告：請核對以下數字：" }
        /// Heading: departments that sent nothing.
        ImportMissing => {
            en: "未报送: departments with projects in this year's plan and no row in these files:",
            zh_cn: "未报送：以下单位有列入本年计划的项目，但这些表格中没有其任何一行：",
            zh_tw: "未報送：以下單位有列入本年計劃的項目，但這些表格中沒有其任何一列：",
        }
        /// Heading: records replaced with `--force`.
        ImportReplaced => {
            en: "replaced records of the month (--force):",
            zh_cn: "已替换的当月记录（--force）：",
            zh_tw: "已替換的當月記錄（--force）：",
        }
        /// The site loads after the import.
        ImportLoads => {
            en: "the site loads without errors (as `tongbao check` sees it)",
            zh_cn: "网站读取无误（与 `tongbao check` 的结果相同）",
            zh_tw: "網站讀取無誤（與 `tongbao check` 的結果相同）",
        }
        /// Import refused: the site has errors.
        ImportSiteErrors => {
            en: "nothing was imported: the site has errors; fix them first (`tongbao check`)",
            zh_cn: "没有导入任何内容：网站有错误，请先改正（`tongbao check`）",
            zh_tw: "沒有匯入任何內容：網站有錯誤，請先改正（`tongbao check`）",
        }
        /// Import refused: bad cells.
        ImportBadCells { n: usize } => {
            en: "{n} bad cell(s); nothing was written",
            zh_cn: "{n} 个单元格有误；未写入任何文件",
            zh_tw: "{n} 個儲存格有誤；未寫入任何檔案",
        }
        /// Heading: what importing the month again would change.
        ImportWouldChange => {
            en: "the month is already in the site; importing would change:",
            zh_cn: "网站中已有该月进展；导入将改动：",
            zh_tw: "網站中已有該月進展；匯入將改動：",
        }
        /// Import refused: changes need `--force`.
        ImportNeedsForce => {
            en: "nothing was written: check the changes above, then run the same command with --force to replace them (records of projects not in these files are kept)",
            zh_cn: "未写入任何文件：请核对以上改动，确认后在同一命令后加 --force 替换（不在这些表格中的项目保留原记录）",
            zh_tw: "未寫入任何檔案：請核對以上改動，確認後在同一命令後加 --force 替換（不在這些表格中的項目保留原記錄）",
        }

        // ── tongbao collect (cmd/collect.rs) ──────────────────────────────
        /// `collect` on a site with errors.
        CollectNeedsGoodSite => {
            en: "`tongbao collect` needs a site without errors: fix the errors above, then run it again",
            zh_cn: "`tongbao collect` 要求网站没有错误：请先改正以上错误，再运行一次",
            zh_tw: "`tongbao collect` 要求網站沒有錯誤：請先改正以上錯誤，再執行一次",
        }
        /// Nothing to collect this month.
        CollectNothing { month: String, year: i32 } => {
            en: "nothing to collect for {month}: no project has a plan for {year} that is not yet 竣工 or 投产; add the year's plans to the projects in content/projects/ (plans: {year}: amount), or choose another month",
            zh_cn: "{month}没有需要填报的项目：没有哪个项目有{year}年的年度计划且尚未竣工或投产；请在 content/projects/ 的项目中写上该年的计划（plans: {year}: 金额），或换一个月份",
            zh_tw: "{month}沒有需要填報的項目：沒有哪個項目有{year}年的年度計劃且尚未竣工或投產；請在 content/projects/ 的項目中寫上該年的計劃（plans: {year}: 金額），或換一個月份",
        }
        /// Workbooks exist.
        CollectExists { files: String } => {
            en: "{files} already exist(s): `tongbao collect` does not overwrite workbooks, which a department may have filled in; move them away, or pass --force to write them again",
            zh_cn: "{files} 已经存在：`tongbao collect` 不会改写已有的填报表（责任单位可能已经填写）；请先移走，或加 --force 重新生成",
            zh_tw: "{files} 已經存在：`tongbao collect` 不會改寫已有的填報表（責任單位可能已經填寫）；請先移走，或加 --force 重新生成",
        }
        /// A workbook could not be made.
        CollectCannotMake { unit: String, err: Text } => {
            en: "cannot make the workbook of {unit}: {err}",
            zh_cn: "无法生成{unit}的填报表：{err}",
            zh_tw: "無法生成{unit}的填報表：{err}",
        }
        /// A workbook written.
        CollectWrote { path: String, projects: usize } => {
            en: "wrote {path} ({projects} project(s))",
            zh_cn: "已写入 {path}（{projects}个项目）",
            zh_tw: "已寫入 {path}（{projects}個項目）",
        }
        /// Projects without a department.
        CollectNoUnit { projects: usize, file: String } => {
            en: "{projects} project(s) have no 责任单位 and are in {file}: set their `unit` in content/projects/, or fill it in the office",
            zh_cn: "{projects}个项目没有责任单位，列在 {file} 中：请在 content/projects/ 中为这些项目写上 `unit`，或由本单位代为填报",
            zh_tw: "{projects}個項目沒有責任單位，列在 {file} 中：請在 content/projects/ 中為這些項目寫上 `unit`，或由本單位代為填報",
        }
        /// Departments with nothing due.
        CollectIdle { units: String, month: String } => {
            en: "no workbook for {units}: none of their projects is due for {month}",
            zh_cn: "{units}没有填报表：其项目在{month}都不需要填报",
            zh_tw: "{units}沒有填報表：其項目在{month}都不需要填報",
        }
        /// The month's progress file exists.
        CollectProgressExists { file: String } => {
            en: "{file} already exists: `tongbao import` will show what the returned workbooks change in it, and change it only with --force",
            zh_cn: "{file} 已经存在：`tongbao import` 会列出收回的填报表对它的改动，加 --force 才会改写",
            zh_tw: "{file} 已經存在：`tongbao import` 會列出收回的填報表對它的改動，加 --force 才會改寫",
        }
        /// What to do after `collect`.
        CollectNext { site: String } => {
            en: "next: send each department its workbook; put the ones that come back filled in into one folder and read them all with `tongbao import FOLDER --into {site}` (it lists the departments that have not sent theirs)",
            zh_cn: "下一步：把填报表分别发给各责任单位；把收回的填好的表放进同一个文件夹，用 `tongbao import 文件夹 --into {site}` 一次导入（会列出尚未报送的单位）",
            zh_tw: "下一步：把填報表分別發給各責任單位；把收回的填好的表放進同一個資料夾，用 `tongbao import 資料夾 --into {site}` 一次匯入（會列出尚未報送的單位）",
        }

        // ── Theme words (render/i18n.rs, render/theme.rs) ─────────────────
        /// A template asks for a word the theme does not have.
        UnknownWord { key: String } => {
            en: "unknown word `t.{key}`",
            zh_cn: "未知词语`t.{key}`",
            zh_tw: "未知詞語`t.{key}`",
        }
        /// How to fix an unknown word.
        UnknownWordHint { near: Option<Box<Message>> } => {
            en: "a template can ask only for the theme's words, listed in docs/i18n.md{near}",
            zh_cn: "模板只能使用主题已有的词语，见 docs/i18n.md 中的列表{near}",
            zh_tw: "範本只能使用主題已有的詞語，見 docs/i18n.md 中的列表{near}",
        }
        /// A near word key.
        DidYouMean { name: String } => {
            en: "; did you mean `{name}`?",
            zh_cn: "；是否应为`{name}`？",
            zh_tw: "；是否應為`{name}`？",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Language;

    /// Every message's texts, with the `{field}`s each names.
    fn fields(text: &str) -> Vec<String> {
        // `{{` and `}}` are braces, not fields.
        let text = text.replace("{{", "").replace("}}", "");
        let mut out: Vec<String> = text
            .split('{')
            .skip(1)
            .filter_map(|s| s.split_once('}').map(|(f, _)| f.to_string()))
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    /// The compiler proves that every message has its three texts; this proves
    /// that none is left empty or in English, and that all three name the same
    /// arguments.
    #[test]
    fn every_message_has_three_languages_with_the_same_arguments() {
        for (name, en, cn, tw) in all_texts() {
            assert!(!en.is_empty() && !cn.is_empty() && !tw.is_empty(), "{name}");
            assert_eq!(fields(en), fields(cn), "{name}: en and zh-CN");
            assert_eq!(fields(en), fields(tw), "{name}: en and zh-TW");
            let han = |t: &str| t.chars().any(super::super::is_han);
            let words = fields(en)
                .iter()
                .fold(en.to_string(), |t, f| t.replace(&format!("{{{f}}}"), ""))
                .chars()
                .any(|c| c.is_ascii_alphabetic());
            assert!(
                !words || han(cn) && han(tw),
                "{name}: a Chinese text without Chinese"
            );
        }
    }

    /// Every zh-TW text written out (of the messages and of the older
    /// catalog) is in characters that exist in Big5, Taiwan's character set,
    /// in which most simplified forms do not exist: a text copied from zh-CN
    /// and not rewritten fails here.
    #[test]
    fn every_zh_tw_text_is_in_big5_characters() {
        let mut texts: Vec<&str> = all_texts().map(|t| t.3).collect();
        texts.extend(super::super::entries::ENTRIES.iter().map(|e| e.2));
        for t in texts {
            // 【待填写】 is the marker in the files, the same on every site.
            let t = t.replace("【待填写】", "");
            for c in t.chars().filter(|c| super::super::is_han(*c)) {
                let (_, _, bad) = encoding_rs::BIG5.encode(&c.to_string());
                assert!(!bad, "`{c}` of {t:?} is not a traditional character");
            }
        }
    }

    #[test]
    fn messages_are_rendered_in_each_language() {
        let m = Message::CheckOk {
            projects: 12,
            months: 3,
        };
        assert_eq!(
            m.text(Language::En),
            "ok: 12 projects, 3 months of progress"
        );
        assert_eq!(m.text(Language::ZhCn), "检查通过：12个项目，3个月的进度");
        assert_eq!(m.text(Language::ZhTw), "檢查通過：12個項目，3個月的進度");
        assert_eq!(m.to_string(), m.text(Language::En));
        // A message inside a message, in the same language.
        let nested = Message::CountLineOneFile {
            what: Box::new(Message::OneError),
        };
        assert_eq!(nested.text(Language::ZhTw), "共1個錯誤，涉及1個檔案");
        assert_eq!(nested.text(Language::En), "1 error in 1 file");
        // An operating-system error of the older catalog is translated too.
        let io = Message::CannotWrite {
            path: "a/b".into(),
            err: Text::English("Permission denied (os error 13)".into()),
        };
        assert_eq!(
            io.text(Language::ZhCn),
            "无法写入 a/b：没有权限（系统错误 13）"
        );
    }
}
