//! What the rest of a build says: the figures in commentaries
//! (render/expr.rs), the theme, the output folder (site/output.rs), the
//! subcommands' own lines and the paper formats. Declared like every message
//! (docs/i18n.md); printed through [`Text::Site`](crate::diagnostics::Text).

use crate::diagnostics::Text;

crate::messages! {
    /// A message of the build, the theme, the output folder or a command.
    pub enum SiteMessage {
        /// A figure in a commentary opened with `{{` and never closed.
        FigureNotClosed => {
            en: "`{{{{` without a closing `}}}}`",
            zh_cn: "`{{{{` 没有配对的 `}}}}`",
            zh_tw: "`{{{{` 沒有配對的 `}}}}`",
        }
        /// How to close a figure.
        FigureNotClosedHint => {
            en: "close the figure with `}}}}`, e.g. {{{{ totals.started }}}}",
            zh_cn: "用 `}}}}` 结束，如 {{{{ totals.started }}}}",
            zh_tw: "用 `}}}}` 結束，如 {{{{ totals.started }}}}",
        }
        // ── Figures in commentaries (src/render/expr.rs, filters.rs, commentary.rs) ──
        /// A figure with nothing between its braces.
        EmptyFigure => {
            en: "empty figure `{{{{ }}}}`",
            zh_cn: "`{{{{ }}}}` 中是空的",
            zh_tw: "`{{{{ }}}}` 中是空的",
        }
        /// What to write in an empty figure.
        EmptyFigureHint => {
            en: "write a name from metrics.json, e.g. {{{{ totals.started }}}}",
            zh_cn: "写上 metrics.json 中的名称，如 {{{{ totals.started }}}}",
            zh_tw: "寫上 metrics.json 中的名稱，如 {{{{ totals.started }}}}",
        }
        /// A filter after the one that printed the figure.
        FilterAfterPrinter { filter: String, printer: String } => {
            en: "filter `{filter}` after `{printer}`, which already printed",
            zh_cn: "过滤器`{filter}`跟在已经输出文本的过滤器`{printer}`后面",
            zh_tw: "過濾器`{filter}`跟在已經輸出文字的過濾器`{printer}`後面",
        }
        /// The order of filters.
        FilterOrderHint => {
            en: "put abs and signed first; pct, money or points comes last",
            zh_cn: "abs、signed 放在前面；pct、money、points 只能用作最后一个过滤器",
            zh_tw: "abs、signed 放在前面；pct、money、points 只能用作最後一個過濾器",
        }
        /// A name of a group of figures where one figure is wanted.
        FigureIsGroup { path: String } => {
            en: "`{path}` is a group of figures, not one figure",
            zh_cn: "`{path}`是一组数字，不是一个数字",
            zh_tw: "`{path}`是一組數字，不是一個數字",
        }
        /// Too many wrong figures: the check stopped.
        TooManyWrongFigures { max: usize } => {
            en: "more than {max} figures are wrong; the rest were not checked",
            zh_cn: "出错的数字超过{max}处，其余未再检查",
            zh_tw: "出錯的數字超過{max}處，其餘未再檢查",
        }
        /// What to do about them.
        FixFiguresAbove => {
            en: "fix the figures above and build again",
            zh_cn: "请改正以上数字，再生成一次",
            zh_tw: "請改正以上數字，再生成一次",
        }
        /// Where a figure's name was looked up: the whole of metrics.json.
        TheMetrics => { en: "the metrics", zh_cn: "月度指标", zh_tw: "月度指標" }
        /// Where a figure's name was looked up: a group, by its name.
        FigureGroup { name: String } => { en: "`{name}`", zh_cn: "`{name}`", zh_tw: "`{name}`" }
        /// A figure's name as it is written.
        FigureName { name: String } => { en: "{name}", zh_cn: "{name}", zh_tw: "{name}" }
        /// Two ways to name a figure of a list.
        EitherFigure { by_name: String, by_index: String } => {
            en: "{by_name} or {by_index}",
            zh_cn: "{by_name} 或 {by_index}",
            zh_tw: "{by_name} 或 {by_index}",
        }
        /// A figure of the group, as an example.
        FigureIsGroupHint { example: Text } => {
            en: "name one figure in it, e.g. {example}",
            zh_cn: "请指明其中的一个数字，如 {example}",
            zh_tw: "請指明其中的一個數字，如 {example}",
        }
        /// A figure's name that cannot be read.
        MalformedFigureName { path: String } => {
            en: "malformed figure name `{path}`",
            zh_cn: "数字名称`{path}`格式有误",
            zh_tw: "數字名稱`{path}`格式有誤",
        }
        /// An index left open.
        IndexNotClosedHint => {
            en: "close the index with `]`, e.g. by_unit[0].name",
            zh_cn: "用 `]` 结束下标，如 by_unit[0].name",
            zh_tw: "用 `]` 結束索引，如 by_unit[0].name",
        }
        /// What figures' names look like.
        FigureNameHint => {
            en: "names are like totals.start_rate or by_category.工业.started",
            zh_cn: "名称形如 totals.start_rate 或 by_category.工业.started",
            zh_tw: "名稱形如 totals.start_rate 或 by_category.工業.started",
        }
        /// A name close to the one written, and the names there are
        /// (`here` is `the metrics` or the group's name).
        DidYouMeanFigure { name: String, here: Text, names: String } => {
            en: "did you mean `{name}`? {here} has: {names}",
            zh_cn: "是否应为`{name}`？{here}中有：{names}",
            zh_tw: "是否應為`{name}`？{here}中有：{names}",
        }
        /// The names there are (`here` is `the metrics` or the group's name).
        FigureNamesHere { here: Text, names: String } => {
            en: "{here} has: {names}",
            zh_cn: "{here}中有：{names}",
            zh_tw: "{here}中有：{names}",
        }
        /// How to pick a row of a list of figures.
        PickARow { last: usize, names: String } => {
            en: "pick a row by number [0]..[{last}] or by name: {names}",
            zh_cn: "按序号 [0]..[{last}] 或按名称选一行：{names}",
            zh_tw: "按序號 [0]..[{last}] 或按名稱選一列：{names}",
        }
        /// A name below a single figure.
        SingleFigure { here: Text } => {
            en: "{here} is a single figure",
            zh_cn: "{here}是单个数字",
            zh_tw: "{here}是單個數字",
        }
        /// A figure's name that metrics.json does not have.
        UnknownFigureName { path: String } => {
            en: "unknown name `{path}` in a figure",
            zh_cn: "{{{{ … }}}} 中有未知名称`{path}`",
            zh_tw: "{{{{ … }}}} 中有未知名稱`{path}`",
        }
        /// A filter on something that is not a number.
        FilterNeedsNumber { filter: String, path: String } => {
            en: "filter `{filter}` needs a number, but `{path}` is not one",
            zh_cn: "过滤器`{filter}`需要数字，但`{path}`不是数字",
            zh_tw: "過濾器`{filter}`需要數字，但`{path}`不是數字",
        }
        /// What the printing filters are for.
        FilterNeedsNumberHint => {
            en: "use pct on rates and money on amounts",
            zh_cn: "比率用 pct，金额用 money",
            zh_tw: "比率用 pct，金額用 money",
        }
        /// `money` on a figure that is not an amount.
        NotAnAmount { path: String, value: String } => {
            en: "`{path}` ({value}) is not an amount",
            zh_cn: "`{path}`（{value}）不是金额",
            zh_tw: "`{path}`（{value}）不是金額",
        }
        /// What `money` is for.
        NotAnAmountHint => {
            en: "use money on amounts in 万元",
            zh_cn: "money 用于以万元计的金额",
            zh_tw: "money 用於以萬元計的金額",
        }
        /// A filter close to the one written, and the filters.
        DidYouMeanFilter { name: String, filters: String } => {
            en: "did you mean `{name}`? The filters are: {filters}",
            zh_cn: "是否应为`{name}`？过滤器有：{filters}",
            zh_tw: "是否應為`{name}`？過濾器有：{filters}",
        }
        /// The filters.
        TheFilters { filters: String } => {
            en: "the filters are: {filters}",
            zh_cn: "过滤器有：{filters}",
            zh_tw: "過濾器有：{filters}",
        }
        /// A filter that does not exist.
        UnknownFilter { filter: String } => {
            en: "unknown filter `{filter}`",
            zh_cn: "未知过滤器`{filter}`",
            zh_tw: "未知過濾器`{filter}`",
        }
        /// A figure without data this month.
        FigureWithoutData { path: String } => {
            en: "`{path}` has no data this month and prints as —",
            zh_cn: "`{path}`本月没有数据，显示为“—”",
            zh_tw: "`{path}`本月沒有資料，顯示為「—」",
        }
        /// Why a figure may have no data, and what to do.
        FigureWithoutDataHint => {
            en: "last_year needs last year's figures at this month, growth the month compared with, a rate something to divide by; word the sentence so that — reads well, or leave the figure out",
            zh_cn: "last_year 需要去年同月的数据，growth 需要对比月份的数据，比率需要有除数；请把句子写成显示“—”时也读得通，或者删去这个数字",
            zh_tw: "last_year 需要去年同月的資料，growth 需要對比月份的資料，比率需要有除數；請把句子寫成顯示「—」時也讀得通，或者刪去這個數字",
        }
        /// A 【待填写】 marker left in a commentary (`marker` is the text from 【).
        MarkerLeft { marker: String } => {
            en: "`{marker}】` is still to be written",
            zh_cn: "`{marker}】`处尚未填写",
            zh_tw: "`{marker}】`處尚未填寫",
        }
        /// What to do with a marker.
        MarkerLeftHint => {
            en: "write the text in its place; `tongbao build --draft` builds a draft marked 草稿 meanwhile",
            zh_cn: "请在此处写好正文；在此之前可以用 `tongbao build --draft` 生成标有“草稿”的版本先看效果",
            zh_tw: "請在此處寫好正文；在此之前可以用 `tongbao build --draft` 生成標有「草稿」的版本先看效果",
        }
        /// `pct` on a figure that is not a rate.
        NotARate { value: String } => {
            en: "`{value}` is not a rate",
            zh_cn: "`{value}`不是比率",
            zh_tw: "`{value}`不是比率",
        }
        /// What `pct` is for.
        NotARateHint => {
            en: "use pct on rates such as totals.start_rate",
            zh_cn: "pct 用于比率，如 totals.start_rate",
            zh_tw: "pct 用於比率，如 totals.start_rate",
        }
        // ── The output folder (src/site/output.rs, build.rs) ──
        /// The site folder's absolute path cannot be found.
        CannotResolveSite { err: Text } => {
            en: "cannot resolve the site folder: {err}",
            zh_cn: "无法确定网站文件夹的位置：{err}",
            zh_tw: "無法確定網站資料夾的位置：{err}",
        }
        /// The output folder's absolute path cannot be found.
        CannotResolveOutput { err: Text } => {
            en: "cannot resolve the output folder: {err}",
            zh_cn: "无法确定输出文件夹的位置：{err}",
            zh_tw: "無法確定輸出資料夾的位置：{err}",
        }
        /// An output folder build may not write, and why.
        /// Why: the output would be the root folder.
        RootFolder => { en: "it is the root folder", zh_cn: "这是根目录", zh_tw: "這是根目錄" }
        /// Why: the output would be the home folder.
        HomeFolder => { en: "it is the home folder", zh_cn: "这是用户主目录", zh_tw: "這是使用者主目錄" }
        /// Why: the output would be the site folder.
        SiteFolderItself => {
            en: "it is the site folder itself",
            zh_cn: "这就是网站文件夹本身",
            zh_tw: "這就是網站資料夾本身",
        }
        /// Why: the output would hold the site's content/ or themes/.
        HoldsSiteFolder { folder: String } => {
            en: "it holds the site's {folder}/ folder",
            zh_cn: "其中含有网站的 {folder}/ 文件夹",
            zh_tw: "其中含有網站的 {folder}/ 資料夾",
        }
        /// Why: the output would be inside the site's content/ or themes/.
        InsideSiteFolder { folder: String } => {
            en: "it is inside the site's {folder}/ folder",
            zh_cn: "它在网站的 {folder}/ 文件夹内",
            zh_tw: "它在網站的 {folder}/ 資料夾內",
        }
        /// Why: the output is a file.
        FileNotFolder => {
            en: "it is a file, not a folder",
            zh_cn: "这是文件，不是文件夹",
            zh_tw: "這是檔案，不是資料夾",
        }
        /// Why: the output holds files and no marker.
        NotEmptyNotOurs { marker: String } => {
            en: "the folder is not empty and was not made by tongbao (it has no {marker} file); choose an empty or new folder",
            zh_cn: "该文件夹不是空的，也不是 tongbao 创建的（其中没有 {marker} 文件）；请选择空文件夹或新文件夹",
            zh_tw: "該資料夾不是空的，也不是 tongbao 建立的（其中沒有 {marker} 檔案）；請選擇空資料夾或新資料夾",
        }
        /// Writing the output failed; where.
        CannotWriteSite { folder: String, err: Text } => {
            en: "cannot write the site into {folder}: {err}",
            zh_cn: "无法把网站写入 {folder}：{err}",
            zh_tw: "無法把網站寫入 {folder}：{err}",
        }
        RefusingOutput { folder: String, reason: Text } => {
            en: "refusing to write the site into {folder}: {reason}",
            zh_cn: "拒绝把网站写入 {folder}：{reason}",
            zh_tw: "拒絕把網站寫入 {folder}：{reason}",
        }
        /// The previous output cannot be read.
        CannotReadOutput { folder: String, err: Text } => {
            en: "cannot read the output folder {folder}: {err}",
            zh_cn: "无法读取输出文件夹 {folder}：{err}",
            zh_tw: "無法讀取輸出資料夾 {folder}：{err}",
        }
        /// The previous output holds files tongbao did not write.
        ForeignFiles { folder: String, files: String } => {
            en: "refusing to replace {folder}: it holds files tongbao did not write ({files}); move them out of the folder, or choose another output folder",
            zh_cn: "拒绝替换 {folder}：其中有不是 tongbao 写入的文件（{files}）；请把这些文件移出该文件夹，或另选输出文件夹",
            zh_tw: "拒絕替換 {folder}：其中有不是 tongbao 寫入的檔案（{files}）；請把這些檔案移出該資料夾，或另選輸出資料夾",
        }
        /// The check of the previous output stopped before it said anything.
        OutputCheckFailed => {
            en: "checking the output folder failed",
            zh_cn: "检查输出文件夹失败",
            zh_tw: "檢查輸出資料夾失敗",
        }
        // ── The theme (src/render/theme.rs, render/mod.rs) ──
        /// A template that does not compile (`error` is Tera's, on one line).
        TemplateError { error: String } => {
            en: "template error: {error}",
            zh_cn: "模板错误：{error}",
            zh_tw: "範本錯誤：{error}",
        }
        /// How to mend a template.
        TemplateErrorHint => {
            en: "fix the template syntax ({{{{ … }}}}, {{% … %}}), or delete the override to use the built-in template",
            zh_cn: "改正模板语法（{{{{ … }}}}、{{% … %}}），或删除替换的模板，使用内置模板",
            zh_tw: "改正範本語法（{{{{ … }}}}、{{% … %}}），或刪除替換的範本，使用內建範本",
        }
        /// A page whose template failed (`error` is Tera's, on one line).
        RenderingFailed { path: String, error: String } => {
            en: "rendering {path} failed: {error}",
            zh_cn: "生成 {path} 失败：{error}",
            zh_tw: "生成 {path} 失敗：{error}",
        }
        /// A name of the templates' context that was renamed.
        RenamedInContext { old: String, new: String } => {
            en: "`{old}` is called `{new}` now: write `{new}.…` instead of `{old}.…` in the override (docs/themes.md lists what each template receives)",
            zh_cn: "`{old}`已改名为`{new}`：请在替换的模板中把`{old}.…`改写为`{new}.…`（各模板可用的名称见 docs/themes.md）",
            zh_tw: "`{old}`已改名為`{new}`：請在取代的範本中把`{old}.…`改寫為`{new}.…`（各範本可用的名稱見 docs/themes.md）",
        }
        /// A theme override naming what the page does not have.
        UnknownNameInOverrideHint => {
            en: "a theme override uses a name the page does not have; compare it with the built-in template",
            zh_cn: "替换的模板用了页面中没有的名称；请与内置模板对照",
            zh_tw: "替換的範本用了頁面中沒有的名稱；請與內建範本對照",
        }
        // ── Writing the files (src/site/write.rs, render/bulletin/downloads.rs) ──
        /// What to look at when a file cannot be written.
        CheckDiskHint => {
            en: "check the free disk space and the permissions of the output folder",
            zh_cn: "请检查磁盘剩余空间和输出文件夹的权限",
            zh_tw: "請檢查磁碟剩餘空間和輸出資料夾的權限",
        }
        /// A bulletin's workbook that cannot be made.
        CannotWriteWorkbook { err: Text } => {
            en: "cannot write the Excel workbook: {err}",
            zh_cn: "无法生成 Excel 工作簿：{err}",
            zh_tw: "無法生成 Excel 活頁簿：{err}",
        }
        // ── The paper formats (render/bulletin/downloads.rs, build.rs) ──
        /// A bulletin's PDF that cannot be typeset (`error` is the typesetter's).
        CannotTypesetPdf { error: String } => {
            en: "cannot typeset the PDF: {error}",
            zh_cn: "无法排版 PDF：{error}",
            zh_tw: "無法排版 PDF：{error}",
        }
        /// A PDF that cannot be typeset is tongbao's fault.
        LayoutDefectHint => {
            en: "this is a defect of tongbao's layout, not of the content; please report it with the bulletin's file",
            zh_cn: "这是 tongbao 版式的缺陷，不是内容的问题；请附上该期通报的文件报告此问题",
            zh_tw: "這是 tongbao 版式的缺陷，不是內容的問題；請附上該期通報的檔案回報此問題",
        }
        /// A bulletin's Word file that cannot be made (`error` is the writer's).
        CannotWriteWord { error: String } => {
            en: "cannot write the Word file: {error}",
            zh_cn: "无法生成 Word 文件：{error}",
            zh_tw: "無法產生 Word 檔案：{error}",
        }
        /// `paper: true` on a machine without a Chinese font.
        NoChineseFont => {
            en: "no font with Chinese characters on this machine: the bulletins' PDF files were not written",
            zh_cn: "本机没有含中文字符的字体：未生成各期通报的 PDF 文件",
            zh_tw: "本機沒有含中文字元的字型：未產生各期通報的 PDF 檔案",
        }
        /// How to get a Chinese font.
        NoChineseFontHint => {
            en: "install one (Debian and Ubuntu: apt-get install fonts-noto-cjk; Windows has 仿宋, 黑体 and 楷体), then build again; `paper: false` in site.yaml leaves out the PDF and the Word file",
            zh_cn: "请安装中文字体（Debian、Ubuntu：apt-get install fonts-noto-cjk；Windows 自带仿宋、黑体、楷体）后重新生成；site.yaml 中写 `paper: false` 则不生成 PDF 和 Word 文件",
            zh_tw: "請安裝中文字型（Debian、Ubuntu：apt-get install fonts-noto-cjk；Windows 內建仿宋、黑體、楷體）後重新產生；site.yaml 中寫 `paper: false` 則不產生 PDF 和 Word 檔案",
        }
    }
}
