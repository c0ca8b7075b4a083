//! What `tongbao import` and `tongbao collect` say (src/import,
//! src/cmd/import.rs, src/cmd/collect.rs): cells, rows and columns of the
//! offices' sheets, what was read, the figures to check and the summary.
//! Declared like every message (docs/i18n.md); printed through
//! [`Text::Import`](crate::diagnostics::Text).
//!
//! A spreadsheet's row is 行 in zh-CN and 列 in zh-TW, its column 列 and 欄.

use crate::diagnostics::Text;
use crate::model::Month;

crate::messages! {
    /// A message of the importer.
    pub enum ImportMessage {
        // ── Where a bad cell is (src/import/rows.rs) ──
        /// A cell that cannot be imported: `台账.xlsx [Sheet1] row 7, column E (总投资): …`.
        /// `file` is the file and its sheet.
        CellAt { file: String, row: usize, column: String, header: String, problem: Box<ImportMessage> } => {
            en: "{file} row {row}, column {column} ({header}): {problem}",
            zh_cn: "{file} 第 {row} 行 {column} 列（{header}）：{problem}",
            zh_tw: "{file} 第 {row} 列 {column} 欄（{header}）：{problem}",
        }
        /// A row that cannot be imported, no column named.
        RowAt { file: String, row: usize, problem: Box<ImportMessage> } => {
            en: "{file} row {row}: {problem}",
            zh_cn: "{file} 第 {row} 行：{problem}",
            zh_tw: "{file} 第 {row} 列：{problem}",
        }
        /// A column that cannot be imported, no row named.
        ColumnAt { file: String, column: String, header: String, problem: Box<ImportMessage> } => {
            en: "{file} column {column} ({header}): {problem}",
            zh_cn: "{file} {column} 列（{header}）：{problem}",
            zh_tw: "{file} {column} 欄（{header}）：{problem}",
        }
        /// A problem of a whole sheet.
        SheetAt { file: String, sheet: String, problem: Box<ImportMessage> } => {
            en: "{file} [{sheet}]: {problem}",
            zh_cn: "{file} [{sheet}]：{problem}",
            zh_tw: "{file} [{sheet}]：{problem}",
        }
        /// A cell left empty that must hold something.
        ExpectedFoundEmpty { expected: Box<ImportMessage> } => {
            en: "expected {expected}, found an empty cell",
            zh_cn: "应为{expected}，实为空单元格",
            zh_tw: "應為{expected}，實為空儲存格",
        }
        /// A cell holding something else than it must (`found` is quoted).
        ExpectedFound { expected: Box<ImportMessage>, found: String } => {
            en: "expected {expected}, found {found}",
            zh_cn: "应为{expected}，实为 {found}",
            zh_tw: "應為{expected}，實為 {found}",
        }
        /// A project row without its name.
        NameEmpty => {
            en: "expected the project's name, found an empty cell",
            zh_cn: "应为项目名称，实为空单元格",
            zh_tw: "應為項目名稱，實為空儲存格",
        }
        // ── What a cell must hold (src/import/values.rs, rows.rs, newproject.rs) ──
        /// An amount in 万元.
        AmountInWan => {
            en: "an amount in 万元 (e.g. 3580.5 or 1.2亿元)",
            zh_cn: "以万元计的金额（如 3580.5 或 1.2亿元）",
            zh_tw: "以萬元計的金額（如 3580.5 或 1.2億元）",
        }
        /// An amount in the column's unit (亿元, 元).
        AmountIn { unit: String } => {
            en: "an amount in {unit} (e.g. 1.25, or 3580万元)",
            zh_cn: "以{unit}计的金额（如 1.25 或 3580万元）",
            zh_tw: "以{unit}計的金額（如 1.25 或 3580萬元）",
        }
        /// An amount below zero.
        AmountNotNegative => {
            en: "an amount that is not negative",
            zh_cn: "不为负数的金额",
            zh_tw: "不為負數的金額",
        }
        /// An amount finer than one yuan.
        AmountTooPrecise { read: String, unit: String } => {
            en: "an amount with at most 4 decimals in 万元 (one yuan), read as {read} {unit}",
            zh_cn: "以万元计最多 4 位小数（精确到元）的金额，读作 {read} {unit}",
            zh_tw: "以萬元計最多 4 位小數（精確到元）的金額，讀作 {read} {unit}",
        }
        /// An amount too large to be real.
        PlausibleSize { amount: Box<ImportMessage> } => {
            en: "{amount} of a plausible size",
            zh_cn: "大小合理的{amount}",
            zh_tw: "大小合理的{amount}",
        }
        /// A date or a month.
        DateExpected => {
            en: "a date such as 2021-03-15, 2021年3月 or 2021.3",
            zh_cn: "日期，如 2021-03-15、2021年3月 或 2021.3",
            zh_tw: "日期，如 2021-03-15、2021年3月 或 2021.3",
        }
        /// One of the stages.
        StageOf { stages: String } => {
            en: "a stage ({stages})",
            zh_cn: "项目阶段（{stages}）",
            zh_tw: "項目階段（{stages}）",
        }
        /// One of the stages or the words ledgers use for them.
        StageOrWords { stages: String } => {
            en: "a stage ({stages}; or 已开工, 施工, 完工, 未开工 …)",
            zh_cn: "项目阶段（{stages}；或 已开工、施工、完工、未开工……）",
            zh_tw: "項目階段（{stages}；或 已開工、施工、完工、未開工……）",
        }
        /// 新建 or 续建.
        KindExpected => {
            en: "新建 or 续建",
            zh_cn: "新建或续建",
            zh_tw: "新建或續建",
        }
        /// The category of a new project.
        CategoryOneOf { categories: String } => {
            en: "the 产业类别 (one of {categories})",
            zh_cn: "产业类别（{categories}之一）",
            zh_tw: "產業類別（{categories}之一）",
        }
        /// The total investment of a new project.
        TotalInWan => {
            en: "the 总投资 in 万元",
            zh_cn: "以万元计的总投资",
            zh_tw: "以萬元計的總投資",
        }
        /// A column new projects need and the sheet has not.
        ColumnNeeded { what: Box<ImportMessage> } => {
            en: "expected a column for {what}: projects not yet in the site need it",
            zh_cn: "需要{what}列：网站中还没有的项目必须填写",
            zh_tw: "需要{what}欄：網站中還沒有的項目必須填寫",
        }
        /// A category the site does not have (`found` is quoted).
        NotACategory { categories: String, found: String } => {
            en: "expected one of the site's categories ({categories}), found {found}",
            zh_cn: "应为网站的产业类别之一（{categories}），实为 {found}",
            zh_tw: "應為網站的產業類別之一（{categories}），實為 {found}",
        }
        /// A level the site does not have (`found` is quoted).
        NotALevel { levels: String, found: String } => {
            en: "expected one of the site's levels ({levels}), found {found}",
            zh_cn: "应为网站的项目级别之一（{levels}），实为 {found}",
            zh_tw: "應為網站的項目級別之一（{levels}），實為 {found}",
        }
        /// A name close to what was written, before the list of names (`name` is quoted).
        DidYouMeanName { name: String } => {
            en: "did you mean {name}? ",
            zh_cn: "是否想写 {name}？",
            zh_tw: "是否想寫 {name}？",
        }
        /// A department not in units.yaml (`found` is quoted).
        NotAUnit { found: String, suggestion: Option<Box<ImportMessage>>, units: String } => {
            en: "expected a department of units.yaml, found {found}: {suggestion}the departments are {units}; a short name can be added to a department's aliases in units.yaml",
            zh_cn: "应为 units.yaml 中的责任单位，实为 {found}：{suggestion}现有单位为 {units}；简称可以写进 units.yaml 中该单位的 aliases",
            zh_tw: "應為 units.yaml 中的責任單位，實為 {found}：{suggestion}現有單位為 {units}；簡稱可以寫進 units.yaml 中該單位的 aliases",
        }
        /// A plan column whose year is nowhere to be found.
        PlanYearUnknown => {
            en: "expected the year of the annual plan: name the column like 2021年计划投资, put the month in the title (2021年9月), or pass --period",
            zh_cn: "需要年度计划的年份：列名写成“2021年计划投资”，或在标题中写明月份（2021年9月），或用 --period 指定",
            zh_tw: "需要年度計劃的年份：欄名寫成「2021年計劃投資」，或在標題中寫明月份（2021年9月），或用 --period 指定",
        }
        /// A 累计 below what the site already has for the year (`found` is quoted).
        BelowReported { reported: String, found: String } => {
            en: "expected at least {reported} (already reported for this year in the site's progress files), found {found}",
            zh_cn: "应不少于 {reported}（网站进度文件中本年已报数），实为 {found}",
            zh_tw: "應不少於 {reported}（網站進度檔案中本年已報數），實為 {found}",
        }
        /// Rows whose stage cannot be told without a 项目阶段 column.
        NoStageColumn { rows: String, stages: String } => {
            en: "expected a 项目阶段 column: rows {rows} have no stage, no 形象进度 that names one, no investment this year and no earlier progress in the site; add a column 项目阶段 ({stages})",
            zh_cn: "需要“项目阶段”列：第 {rows} 行没有阶段、形象进度中也看不出阶段、本年没有投资、网站中也没有此前的进展；请增加“项目阶段”列（{stages}）",
            zh_tw: "需要「項目階段」欄：第 {rows} 列沒有階段、形象進度中也看不出階段、本年沒有投資、網站中也沒有此前的進展；請增加「項目階段」欄（{stages}）",
        }
        // ── Which project a row is (src/import/assemble.rs) ──
        /// A 项目编号 the site does not have on a row named like a project it has
        /// (`name` and `project_name` are quoted; `new_name` is as written).
        IdIsNameOf { id: String, name: String, project: Box<ImportMessage>, project_id: String, new_name: String } => {
            en: "项目编号 {id} is not a project of the site, but the name {name} is that of {project}: if it is that project, write {project_id} in the 项目编号 cell; if it is a new project, pass --new \"{new_name}\"",
            zh_cn: "项目编号 {id} 不是网站中的项目，但名称 {name} 是 {project}的名称：如是同一项目，请在项目编号单元格填写 {project_id}；如确是新项目，请加 --new \"{new_name}\"",
            zh_tw: "項目編號 {id} 不是網站中的項目，但名稱 {name} 是 {project}的名稱：如是同一項目，請在項目編號儲存格填寫 {project_id}；如確是新項目，請加 --new \"{new_name}\"",
        }
        /// A `--match` to an id the site does not have (`name` is quoted).
        MatchNotAProject { name: String, id: String } => {
            en: "--match gives {name} the id {id}, which is not a project of the site",
            zh_cn: "--match 把 {name} 对应到编号 {id}，但网站中没有这个项目",
            zh_tw: "--match 把 {name} 對應到編號 {id}，但網站中沒有這個項目",
        }
        /// A name close to a project of the site, unconfirmed (`name` and
        /// `project_name` are quoted; `new_name` is as written).
        NearProject { name: String, project: Box<ImportMessage>, project_id: String, new_name: String } => {
            en: "the name {name} is not a project of the site, but is close to {project}: if it is that project, add a 项目编号 column holding {project_id} or pass --match \"{new_name}={project_id}\"; if it is a new project, pass --new \"{new_name}\"",
            zh_cn: "名称 {name} 不是网站中的项目，但与 {project}相近：如是同一项目，请增加“项目编号”列填写 {project_id}，或加 --match \"{new_name}={project_id}\"；如确是新项目，请加 --new \"{new_name}\"",
            zh_tw: "名稱 {name} 不是網站中的項目，但與 {project}相近：如是同一項目，請增加「項目編號」欄填寫 {project_id}，或加 --match \"{new_name}={project_id}\"；如確是新項目，請加 --new \"{new_name}\"",
        }
        /// A project of the site and its file: `XM-2026-001 "滨江路改造" (content/projects/a.yaml)`
        /// (`name` is quoted).
        ProjectIn { id: String, name: String, file: String } => {
            en: "{id} {name} ({file})",
            zh_cn: "{id} {name}（{file}）",
            zh_tw: "{id} {name}（{file}）",
        }
        /// A name close to a new project of another file of the same import
        /// (`name` and `other` are quoted; `new_name` is as written).
        NearNewProject { name: String, other: String, place: Box<ImportMessage>, id: String, new_name: String } => {
            en: "the name {name} is close to {other}, a new project of {place} ({id}): if it is that project, give both rows the same name or 项目编号; if they are two projects, pass --new \"{new_name}\"",
            zh_cn: "名称 {name} 与 {place} 的新项目 {other}（{id}）相近：如是同一项目，请把两行的名称或项目编号改为一致；如确是两个项目，请加 --new \"{new_name}\"",
            zh_tw: "名稱 {name} 與 {place} 的新項目 {other}（{id}）相近：如是同一項目，請把兩行的名稱或項目編號改為一致；如確是兩個項目，請加 --new \"{new_name}\"",
        }
        /// A project on two rows of one import.
        ReportedTwice { id: String, name: String, first: Box<ImportMessage> } => {
            en: "project {id} ({name}) is also in {first}: a project is reported once, so that no figure counts twice; remove one of the two rows (a workbook sent twice: import only the newer one)",
            zh_cn: "项目 {id}（{name}）也出现在 {first}：一个项目只能报一次，以免数字重复计算；请删去其中一行（同一表格报了两次：只导入较新的一份）",
            zh_tw: "項目 {id}（{name}）也出現在 {first}：一個項目只能報一次，以免數字重複計算；請刪去其中一列（同一表格報了兩次：只匯入較新的一份）",
        }
        /// Where a row is: `台账.xlsx [Sheet1] row 7` (`file` is the file and its sheet).
        RowOf { file: String, row: usize } => {
            en: "{file} row {row}",
            zh_cn: "{file} 第 {row} 行",
            zh_tw: "{file} 第 {row} 列",
        }
        /// A new project and the id made for it.
        NewId { place: Box<ImportMessage>, name: String, id: String } => {
            en: "{place}: {name} → {id}",
            zh_cn: "{place}：{name} → {id}",
            zh_tw: "{place}：{name} → {id}",
        }
        // ── What an import says it read (src/import/sheet.rs, header.rs, rows.rs) ──
        /// A spreadsheet read and where its header is (`file` is the file, its sheet
        /// and its encoding).
        Read { file: String, header: Box<ImportMessage> } => {
            en: "read {file}: {header}",
            zh_cn: "已读取 {file}：{header}",
            zh_tw: "已讀取 {file}：{header}",
        }
        /// A header of one row.
        HeaderInRow { row: usize } => {
            en: "header in row {row}",
            zh_cn: "表头在第 {row} 行",
            zh_tw: "表頭在第 {row} 列",
        }
        /// A header of two rows.
        TwoRowHeader { first: usize, last: usize } => {
            en: "two-row header in rows {first}–{last}",
            zh_cn: "两行表头，在第 {first}–{last} 行",
            zh_tw: "兩列表頭，在第 {first}–{last} 列",
        }
        /// The columns read and the fields they fill.
        ColumnsRead { columns: String } => {
            en: "columns: {columns}",
            zh_cn: "列：{columns}",
            zh_tw: "欄：{columns}",
        }
        /// A column not read, and why.
        ColumnLeftOut { column: String, header: String, why: Box<ImportMessage> } => {
            en: "column {column} ({header}) left out: {why}",
            zh_cn: "{column} 列（{header}）未采用：{why}",
            zh_tw: "{column} 欄（{header}）未採用：{why}",
        }
        /// A header tongbao does not know.
        UnknownHeader => {
            en: "not a header tongbao knows",
            zh_cn: "不是 tongbao 能读取的表头",
            zh_tw: "不是 tongbao 能讀取的表頭",
        }
        /// A second column for a field: the first one is read.
        AlsoReadsAs { field: String, column: String } => {
            en: "also reads as {field}; column {column} is used",
            zh_cn: "也可读作 {field}；采用 {column} 列",
            zh_tw: "也可讀作 {field}；採用 {column} 欄",
        }
        /// A second 累计 column: the one naming this year is read.
        AlsoCumulative { column: String } => {
            en: "also reads as cumulative; column {column} names this year and is used",
            zh_cn: "也可读作累计完成投资；{column} 列注明了本年，采用该列",
            zh_tw: "也可讀作累計完成投資；{column} 欄注明了本年，採用該欄",
        }
        /// Last month's column (as `tongbao collect`'s workbooks carry it).
        LastMonthsFigure => {
            en: "last month's figure, for reference only: not read",
            zh_cn: "上月的数字，仅供参考：不读取",
            zh_tw: "上月的數字，僅供參考：不讀取",
        }
        /// A column of problems, which are not imported.
        ProblemsNotImported => {
            en: "problems are not imported: add them to content/problems.yaml (each with the project, the unit that must solve it and the date raised)",
            zh_cn: "存在问题不导入：请写进 content/problems.yaml（每条写明项目、负责解决的单位和提出日期）",
            zh_tw: "存在問題不匯入：請寫進 content/problems.yaml（每條寫明項目、負責解決的單位和提出日期）",
        }
        /// A row that is not a project row.
        RowSkipped { file: String, row: usize, why: Box<ImportMessage> } => {
            en: "{file} row {row} skipped: {why}",
            zh_cn: "{file} 第 {row} 行已跳过：{why}",
            zh_tw: "{file} 第 {row} 列已跳過：{why}",
        }
        /// A total row (its text, cut short).
        TotalRow { text: String } => {
            en: "a total row: {text}",
            zh_cn: "合计行：{text}",
            zh_tw: "合計列：{text}",
        }
        /// A row with no figures (its text, cut short).
        NoFigures { text: String } => {
            en: "no project figures (a title or note): {text}",
            zh_cn: "没有项目数据（标题或说明）：{text}",
            zh_tw: "沒有項目資料（標題或說明）：{text}",
        }
        /// The report month and where it was found.
        ReportMonthFrom { month: Month, from: Box<ImportMessage> } => {
            en: "report month {month}, from {from}",
            zh_cn: "报告月份 {month}，取自{from}",
            zh_tw: "報告月份 {month}，取自{from}",
        }
        /// The report month found in a title row (`title` is quoted).
        TitleInRow { row: usize, title: String } => {
            en: "the title in row {row}: {title}",
            zh_cn: "第 {row} 行的标题：{title}",
            zh_tw: "第 {row} 列的標題：{title}",
        }
        /// The report month found in the sheet's name.
        SheetName => {
            en: "the sheet name",
            zh_cn: "工作表名",
            zh_tw: "工作表名",
        }
        /// The report month found in the file's name.
        FileName => {
            en: "the file name",
            zh_cn: "文件名",
            zh_tw: "檔名",
        }
        /// 项目编号 cells tongbao cannot use as ids.
        IdsNotAscii { n: usize } => {
            en: "{n} 项目编号 value(s) are not ASCII letters, digits, - and _; those projects are identified by name instead",
            zh_cn: "{n} 个项目编号含有英文字母、数字、- 和 _ 以外的字符；这些项目改按名称识别",
            zh_tw: "{n} 個項目編號含有英文字母、數字、- 和 _ 以外的字元；這些項目改按名稱識別",
        }
        /// Projects of the sheet the site already has.
        AlreadyInSite { n: usize } => {
            en: "{n} project(s) are already in the site: their ledger entries are left as they are",
            zh_cn: "{n} 个项目已在网站中：其台账信息保持不变",
            zh_tw: "{n} 個項目已在網站中：其台賬資訊保持不變",
        }
        // ── The month's investment from 累计 (src/import/cumulative.rs) ──
        /// A row whose month figure and 累计 disagree.
        MonthDiffers { row: usize, month: String, cumulative: String, reported: String, written: String } => {
            en: "row {row}: 本月完成 {month} differs from 累计 {cumulative} minus the {reported} already reported; {written} was written so that the year's total equals 累计",
            zh_cn: "第 {row} 行：本月完成 {month} 与累计 {cumulative} 减去已报的 {reported} 不符；按累计写入 {written}，使全年合计等于累计",
            zh_tw: "第 {row} 列：本月完成 {month} 與累計 {cumulative} 減去已報的 {reported} 不符；按累計寫入 {written}，使全年合計等於累計",
        }
        /// How January's investment is found.
        JanuaryIsCumulative => {
            en: "the month's investment is 累计完成投资 (January: nothing before it this year)",
            zh_cn: "本月投资即累计完成投资（1月：本年此前没有数据）",
            zh_tw: "本月投資即累計完成投資（1月：本年此前沒有資料）",
        }
        /// How a month's investment is found from 累计.
        MonthFromCumulative { year: i32, until: Month } => {
            en: "the month's investment = 累计完成投资 − what the site's progress files have for {year}-01 to {until}",
            zh_cn: "本月投资 = 累计完成投资 减去 网站进度文件中 {year}-01 至 {until} 的投资",
            zh_tw: "本月投資 = 累計完成投資 減去 網站進度檔案中 {year}-01 至 {until} 的投資",
        }
        /// Months before the report month that the site has no progress for.
        MonthsMissing { months: Box<ImportMessage>, month: Month } => {
            en: "the site has no progress for {months}: their investment is counted in {month} (the year's completed figure is right; the month's is not)",
            zh_cn: "网站没有 {months} 的进展：这些月份的投资计入 {month}（本年累计正确，当月数不准确）",
            zh_tw: "網站沒有 {months} 的進展：這些月份的投資計入 {month}（本年累計正確，當月數不准確）",
        }
        /// Several months missing.
        MonthsBetween { n: usize, first: String, last: String } => {
            en: "{n} month(s) between {first} and {last}",
            zh_cn: "{first} 至 {last} 之间的 {n} 个月",
            zh_tw: "{first} 至 {last} 之間的 {n} 個月",
        }
        // ── Figures to check (src/import/checks.rs, assemble.rs) ──
        /// This year's investment above the annual plan.
        AbovePlan { place: Box<ImportMessage>, id: String, name: String, ytd: String, plan: String, month: Month } => {
            en: "{place}: {id} ({name}): this year's investment {ytd} is more than its annual plan {plan}: check that 累计 is January to {month}, not since the project began",
            zh_cn: "{place}：{id}（{name}）：本年完成投资 {ytd} 超过年度计划 {plan}：请核对“累计”是否为1月至 {month}，而不是自开工以来",
            zh_tw: "{place}：{id}（{name}）：本年完成投資 {ytd} 超過年度計劃 {plan}：請核對「累計」是否為1月至 {month}，而不是自開工以來",
        }
        /// This year's investment above the total investment.
        AboveTotal { place: Box<ImportMessage>, id: String, name: String, ytd: String, total: String } => {
            en: "{place}: {id} ({name}): this year's investment {ytd} is more than its total investment {total}",
            zh_cn: "{place}：{id}（{name}）：本年完成投资 {ytd} 超过总投资 {total}",
            zh_tw: "{place}：{id}（{name}）：本年完成投資 {ytd} 超過總投資 {total}",
        }
        /// This year's investment above the since-start figure of the sheet.
        AboveSinceStart { place: Box<ImportMessage>, id: String, name: String, ytd: String, since: String } => {
            en: "{place}: {id} ({name}): this year's investment {ytd} is more than its investment since the project began {since}",
            zh_cn: "{place}：{id}（{name}）：本年完成投资 {ytd} 超过自开工累计完成投资 {since}",
            zh_tw: "{place}：{id}（{name}）：本年完成投資 {ytd} 超過自開工累計完成投資 {since}",
        }
        /// A figure of the sheet that differs from the site's, left unchanged.
        DiffersFromSite { place: Box<ImportMessage>, id: String, file: String, change: Box<ImportMessage> } => {
            en: "{place}: {id} differs from the site ({file}): {change}; the site is left unchanged: edit {file} if the sheet is right",
            zh_cn: "{place}：{id} 与网站数据不同（{file}）：{change}；网站数据未改动：如表格正确，请修改 {file}",
            zh_tw: "{place}：{id} 與網站資料不同（{file}）：{change}；網站資料未改動：如表格正確，請修改 {file}",
        }
        /// A row whose investment cells are empty.
        NoInvestment { place: Box<ImportMessage>, id: String, name: String } => {
            en: "{place}: {id} ({name}) has no investment this month: its empty cell is read as 0",
            zh_cn: "{place}：{id}（{name}）本月完成投资为空，按 0 计",
            zh_tw: "{place}：{id}（{name}）本月完成投資為空，按 0 計",
        }
        /// A stage inferred without a 项目阶段 column.
        InferredStage { file: String, row: usize, name: String, stage: String, why: Box<ImportMessage> } => {
            en: "{file} row {row}: {name}: {stage} ({why})",
            zh_cn: "{file} 第 {row} 行：{name}：{stage}（{why}）",
            zh_tw: "{file} 第 {row} 列：{name}：{stage}（{why}）",
        }
        /// Why: the 形象进度 names the stage (`note` is quoted).
        NoteSays { note: String } => {
            en: "形象进度 says {note}",
            zh_cn: "形象进度为 {note}",
            zh_tw: "形象進度為 {note}",
        }
        /// Why: investment this year.
        InvestedThisYear { amount: String } => {
            en: "{amount} invested this year",
            zh_cn: "本年已完成投资 {amount}",
            zh_tw: "本年已完成投資 {amount}",
        }
        /// Why: the month before's stage.
        CarriedOver => {
            en: "carried from the month before",
            zh_cn: "沿用上月",
            zh_tw: "沿用上月",
        }
        // ── Changes to the site's records (src/import/month.rs, checks.rs) ──
        /// A change to a record of the month the site already has.
        RecordChange { id: String, name: String, change: Box<ImportMessage> } => {
            en: "record {id} ({name}): {change}",
            zh_cn: "记录 {id}（{name}）：{change}",
            zh_tw: "記錄 {id}（{name}）：{change}",
        }
        /// A stage changed.
        StageChange { from: String, to: String } => {
            en: "stage {from} → {to}",
            zh_cn: "阶段 {from} → {to}",
            zh_tw: "階段 {from} → {to}",
        }
        /// The month's investment changed.
        InvestedChange { from: String, to: String } => {
            en: "invested {from} → {to}",
            zh_cn: "本月完成投资 {from} → {to}",
            zh_tw: "本月完成投資 {from} → {to}",
        }
        /// The month's funds changed.
        FundsChange { from: String, to: String } => {
            en: "funds {from} → {to}",
            zh_cn: "到位资金 {from} → {to}",
            zh_tw: "到位資金 {from} → {to}",
        }
        /// The 形象进度 changed (quoted, or `(none)`).
        NoteChange { from: String, to: String } => {
            en: "note {from} → {to}",
            zh_cn: "形象进度 {from} → {to}",
            zh_tw: "形象進度 {from} → {to}",
        }
        /// A name changed (quoted).
        NameChange { from: String, to: String } => {
            en: "name {from} → {to}",
            zh_cn: "名称 {from} → {to}",
            zh_tw: "名稱 {from} → {to}",
        }
        /// A department changed (quoted).
        UnitChange { from: String, to: String } => {
            en: "unit {from} → {to}",
            zh_cn: "责任单位 {from} → {to}",
            zh_tw: "責任單位 {from} → {to}",
        }
        /// A total investment changed.
        TotalChange { from: String, to: String } => {
            en: "total_investment {from} → {to}",
            zh_cn: "总投资 {from} → {to}",
            zh_tw: "總投資 {from} → {to}",
        }
        /// A year's plan changed.
        PlanChange { year: i32, from: String, to: String } => {
            en: "the {year} plan {from} → {to}",
            zh_cn: "{year}年计划 {from} → {to}",
            zh_tw: "{year}年計劃 {from} → {to}",
        }
        /// Months after a replaced month, derived from its 累计.
        LaterMonths { month: Month, months: String } => {
            en: "the site has progress after {month} ({months}): a month imported from 累计 took {month}'s figures from its own, so re-import those months too (with --force) after this one",
            zh_cn: "网站中已有 {month} 之后的进展（{months}）：按累计导入的月份扣除了 {month} 的数字，请在本次导入后按顺序重新导入这些月份（加 --force）",
            zh_tw: "網站中已有 {month} 之後的進展（{months}）：按累計匯入的月份扣除了 {month} 的數字，請在本次匯入後按順序重新匯入這些月份（加 --force）",
        }
        /// A `--match` no row names (`quoted` is the name quoted).
        MatchUnused { name: String, id: String, quoted: String } => {
            en: "--match \"{name}={id}\" was not used: no row of the files is named {quoted}",
            zh_cn: "--match \"{name}={id}\" 未被使用：文件中没有名为 {quoted} 的行",
            zh_tw: "--match \"{name}={id}\" 未被使用：檔案中沒有名為 {quoted} 的列",
        }
        /// A `--new` no row names (`quoted` is the name quoted).
        NewUnused { name: String, quoted: String } => {
            en: "--new \"{name}\" was not used: no row of the files is named {quoted}",
            zh_cn: "--new \"{name}\" 未被使用：文件中没有名为 {quoted} 的行",
            zh_tw: "--new \"{name}\" 未被使用：檔案中沒有名為 {quoted} 的列",
        }
        // ── The summary (src/import/mod.rs, write.rs, src/cmd/import.rs) ──
        /// A department with projects in the plan and no row (未报送).
        NotReturned { unit: String, n: usize } => {
            en: "{unit} ({n} project(s) in the plan)",
            zh_cn: "{unit}（计划内项目 {n} 个）",
            zh_tw: "{unit}（計劃內項目 {n} 個）",
        }
        /// A file written and what it holds.
        Wrote { file: String, what: Box<ImportMessage> } => {
            en: "wrote {file} ({what})",
            zh_cn: "已写入 {file}（{what}）",
            zh_tw: "已寫入 {file}（{what}）",
        }
        /// What a projects file holds.
        NewProjects { n: usize } => {
            en: "{n} new project(s)",
            zh_cn: "{n} 个新项目",
            zh_tw: "{n} 個新項目",
        }
        /// What a progress file holds.
        ProgressOf { n: usize } => {
            en: "progress of {n} project(s)",
            zh_cn: "{n} 个项目的进展",
            zh_tw: "{n} 個項目的進展",
        }
        /// An import with nothing to write.
        NothingToWrite => {
            en: "nothing to write: every project is already in the site and the sheet has no progress columns",
            zh_cn: "无需写入：所有项目已在网站中，表格也没有进展列",
            zh_tw: "無需寫入：所有項目已在網站中，表格也沒有進展欄",
        }
        // ── Why an import stops (src/import/*.rs) ──
        /// A folder with no spreadsheet.
        NoSpreadsheets { path: String } => {
            en: "the folder {path} has no .xlsx, .xls or .csv file",
            zh_cn: "文件夹 {path} 中没有 .xlsx、.xls 或 .csv 文件",
            zh_tw: "資料夾 {path} 中沒有 .xlsx、.xls 或 .csv 檔案",
        }
        /// No spreadsheet named.
        NoFiles => {
            en: "name at least one spreadsheet (.xlsx, .xls, .csv) or a folder of them",
            zh_cn: "请至少指定一个表格（.xlsx、.xls、.csv）或存放表格的文件夹",
            zh_tw: "請至少指定一個表格（.xlsx、.xls、.csv）或存放表格的資料夾",
        }
        /// A `--map` file that cannot be read.
        CannotReadMap { path: String, err: Text } => {
            en: "cannot read the map {path}: {err}",
            zh_cn: "无法读取映射文件 {path}：{err}",
            zh_tw: "無法讀取對應檔案 {path}：{err}",
        }
        /// `--into` a folder that is not a site.
        NoContentFolder { path: String } => {
            en: "{path} has no content/ folder: pass the site with --into SITE (a folder holding content/site.yaml)",
            zh_cn: "{path} 中没有 content/ 文件夹：请用 --into SITE 指定网站（含 content/site.yaml 的文件夹）",
            zh_tw: "{path} 中沒有 content/ 資料夾：請用 --into SITE 指定網站（含 content/site.yaml 的資料夾）",
        }
        /// Files of two different months.
        TwoMonths { file: String, month: Month, other: String, other_month: Month } => {
            en: "{file} reports {month} and {other} reports {other_month}: import one month at a time, or pass --period YYYY-MM if both are the same month",
            zh_cn: "{file} 报的是 {month}，{other} 报的是 {other_month}：请一次只导入一个月，如确是同一个月请用 --period YYYY-MM 指定",
            zh_tw: "{file} 報的是 {month}，{other} 報的是 {other_month}：請一次只匯入一個月，如確是同一個月請用 --period YYYY-MM 指定",
        }
        /// A sheet with a header and no project rows.
        NoRows { file: String } => {
            en: "{file}: no project rows under the header",
            zh_cn: "{file}：表头下没有项目行",
            zh_tw: "{file}：表頭下沒有項目列",
        }
        /// A file the import would overwrite.
        WouldOverwrite { file: String } => {
            en: "{file} already exists; tongbao import does not overwrite files: move it away, rename the spreadsheet, or pass another --period",
            zh_cn: "{file} 已存在；tongbao import 不覆盖文件：请移走该文件、给表格改名，或指定其他 --period",
            zh_tw: "{file} 已存在；tongbao import 不覆蓋檔案：請移走該檔案、給表格改名，或指定其他 --period",
        }
        /// Written files that did not load, removed.
        ImportUndone => {
            en: "the imported files did not pass `tongbao check` and were removed (a bug in tongbao import: please report it with the spreadsheet)",
            zh_cn: "导入的文件未通过 `tongbao check`，已撤销（这是 `tongbao import` 的缺陷：请附上表格报告）",
            zh_tw: "匯入的檔案未通過 `tongbao check`，已撤銷（這是 `tongbao import` 的缺陷：請附上表格報告）",
        }
        /// A spreadsheet named that is not a file.
        NotAFile { path: String } => {
            en: "{path} is not a file",
            zh_cn: "{path} 不是文件",
            zh_tw: "{path} 不是檔案",
        }
        /// A spreadsheet that cannot be read.
        CannotRead { path: String, err: Text } => {
            en: "cannot read {path}: {err}",
            zh_cn: "无法读取 {path}：{err}",
            zh_tw: "無法讀取 {path}：{err}",
        }
        /// A file of another kind.
        NotASpreadsheet { path: String } => {
            en: "{path} is not a spreadsheet tongbao reads: give a .xlsx, .xls or .csv file",
            zh_cn: "{path} 不是 tongbao 能读取的表格：请提供 .xlsx、.xls 或 .csv 文件",
            zh_tw: "{path} 不是 tongbao 能讀取的表格：請提供 .xlsx、.xls 或 .csv 檔案",
        }
        /// A CSV row that cannot be read (`err` is the CSV reader's).
        CsvRow { row: usize, err: String } => {
            en: "CSV row {row}: {err}",
            zh_cn: "CSV 第 {row} 行：{err}",
            zh_tw: "CSV 第 {row} 列：{err}",
        }
        /// A sheet of a workbook that cannot be read (`err` is the reader's).
        CannotReadSheet { sheet: String, path: String, err: String } => {
            en: "cannot read sheet [{sheet}] of {path}: {err}",
            zh_cn: "无法读取 {path} 的工作表 [{sheet}]：{err}",
            zh_tw: "無法讀取 {path} 的工作表 [{sheet}]：{err}",
        }
        /// Two columns that could each be this year's 累计.
        AmbiguousCumulative { file: String, columns: Box<ImportMessage>, first: String, second: String } => {
            en: "{file}: columns {columns} could each be this year's 累计完成投资 (January to the report month), and neither names the year: say which with a map file (--map MAP.yaml) holding e.g. `{first}: cumulative` and `{second}: since_start` (since the project began) or `{second}: ignore`",
            zh_cn: "{file}：{columns} 都可能是本年累计完成投资（1月至报告月），且都没有注明年份：请用映射文件（--map MAP.yaml）说明，例如写 `{first}: cumulative` 和 `{second}: since_start`（自开工以来）或 `{second}: ignore`",
            zh_tw: "{file}：{columns} 都可能是本年累計完成投資（1月至報告月），且都沒有注明年份：請用對應檔案（--map MAP.yaml）說明，例如寫 `{first}: cumulative` 和 `{second}: since_start`（自開工以來）或 `{second}: ignore`",
        }
        /// Two columns, or more: `A and B`.
        And { left: Box<ImportMessage>, right: String } => {
            en: "{left} and {right}",
            zh_cn: "{left} 和 {right}",
            zh_tw: "{left} 和 {right}",
        }
        /// A sheet whose only investment column is since the project began.
        OnlySinceStart { file: String, column: String, header: String } => {
            en: "{file}: column {column} ({header}) is the investment since the project began, and no column holds this year's or this month's: tongbao cannot tell the month's investment from it; add a column 本月完成投资 or 1-N月累计完成投资, or if that column is this year's after all, pass --map with `{header}: cumulative`",
            zh_cn: "{file}：{column} 列（{header}）是自开工以来的累计投资，表格没有本年或本月的投资列，无法据此算出本月投资；请增加“本月完成投资”或“1-N月累计完成投资”列；如该列其实是本年的，请用 --map 写 `{header}: cumulative`",
            zh_tw: "{file}：{column} 欄（{header}）是自開工以來的累計投資，表格沒有本年或本月的投資欄，無法據此算出本月投資；請增加「本月完成投資」或「1-N月累計完成投資」欄；如該欄其實是本年的，請用 --map 寫 `{header}: cumulative`",
        }
        /// A sheet whose report month is nowhere to be found.
        NoPeriod { file: String } => {
            en: "cannot tell which month {file} reports (looked in the title rows, the sheet name and the file name for e.g. 2021年9月): pass --period YYYY-MM",
            zh_cn: "无法判断 {file} 是哪个月的报表（已在标题行、工作表名和文件名中查找“2021年9月”之类的写法）：请用 --period YYYY-MM 指定",
            zh_tw: "無法判斷 {file} 是哪個月的報表（已在標題列、工作表名和檔名中查找「2021年9月」之類的寫法）：請用 --period YYYY-MM 指定",
        }
        /// A sheet without a ledger header.
        NoHeader { file: String } => {
            en: "{file}: no header row found in the first 20 rows: tongbao looks for a row with 项目名称 and at least one more known header (项目编号, 产业类别, 总投资, 年度计划投资, 本月完成投资, 累计完成投资, 责任单位, 包保领导, 乡镇, 项目级别, 开工时间, 形象进度, 项目阶段 …); map other headers with --map",
            zh_cn: "{file}：前 20 行中没有找到表头：tongbao 要找一行含“项目名称”和至少一个其他已知表头（项目编号、产业类别、总投资、年度计划投资、本月完成投资、累计完成投资、责任单位、包保领导、乡镇、项目级别、开工时间、形象进度、项目阶段……）；其他表头请用 --map 映射",
            zh_tw: "{file}：前 20 列中沒有找到表頭：tongbao 要找一行含「項目名稱」和至少一個其他已知表頭（項目編號、產業類別、總投資、年度計劃投資、本月完成投資、累計完成投資、責任單位、包保領導、鄉鎮、項目級別、開工時間、形象進度、項目階段……）；其他表頭請用 --map 對應",
        }
        /// A `--sheet` the workbook does not have.
        NoSuchSheet { file: String, sheet: String, sheets: String } => {
            en: "{file} has no sheet [{sheet}]; its sheets are: {sheets}",
            zh_cn: "{file} 中没有工作表 [{sheet}]；其中的工作表是：{sheets}",
            zh_tw: "{file} 中沒有工作表 [{sheet}]；其中的工作表是：{sheets}",
        }
        /// A workbook without sheets.
        NoSheets { file: String } => {
            en: "{file} has no sheets",
            zh_cn: "{file} 中没有工作表",
            zh_tw: "{file} 中沒有工作表",
        }
        /// A site that still holds `tongbao init`'s examples.
        ExamplesLeft { n: usize, projects: String, files: String } => {
            en: "the site still holds {n} example project(s) of `tongbao init` ({projects}): imported beside them, they would be published in the bulletin. Remove the example files first: {files} (or start a site without examples: `tongbao init --empty DIR`)",
            zh_cn: "网站中还有 {n} 个 `tongbao init` 的示例项目（{projects}）：与导入的项目放在一起，它们会出现在通报中。请先删除示例文件：{files}（或用 `tongbao init --empty DIR` 新建一个没有示例的网站）",
            zh_tw: "網站中還有 {n} 個 `tongbao init` 的示例項目（{projects}）：與匯入的項目放在一起，它們會出現在通報中。請先刪除示例檔案：{files}（或用 `tongbao init --empty DIR` 建立一個沒有示例的網站）",
        }
        // ── The `--map` file (src/import/map.rs) ──
        /// A map file that is not YAML.
        MapNotYaml { err: Text } => {
            en: "the map is not valid YAML: {err}",
            zh_cn: "映射文件不是有效的 YAML：{err}",
            zh_tw: "對應檔案不是有效的 YAML：{err}",
        }
        /// A map file that is not a mapping.
        MapNotLines => {
            en: "the map must be lines of `表头: field`, e.g. `计划投资额: plan`",
            zh_cn: "映射文件应为一行一个 `表头: field`，如 `计划投资额: plan`",
            zh_tw: "對應檔案應為一行一個 `表頭: field`，如 `計劃投資額: plan`",
        }
        /// A key of the map that is not text.
        MapKeyNotText => {
            en: "each header in the map must be text",
            zh_cn: "映射文件中的表头必须是文本",
            zh_tw: "對應檔案中的表頭必須是文字",
        }
        /// A field close to what was written, before the list of fields.
        DidYouMeanField { field: String } => {
            en: "did you mean `{field}`? ",
            zh_cn: "是否想写 `{field}`？",
            zh_tw: "是否想寫 `{field}`？",
        }
        /// A field of the map tongbao does not know.
        MapUnknownField { header: String, field: String, suggestion: Option<Box<ImportMessage>>, fields: String } => {
            en: "the map gives `{header}` the unknown field `{field}`: {suggestion}the fields are {fields}",
            zh_cn: "映射文件给 `{header}` 指定了未知字段 `{field}`：{suggestion}可用字段为 {fields}",
            zh_tw: "對應檔案給 `{header}` 指定了未知欄位 `{field}`：{suggestion}可用欄位為 {fields}",
        }
        // ── Written here first (no entry in the older catalog) ──
        /// A problem of a whole CSV file (no sheet, row or column).
        FileAt { file: String, problem: Box<ImportMessage> } => {
            en: "{file}: {problem}",
            zh_cn: "{file}：{problem}",
            zh_tw: "{file}：{problem}",
        }
        /// Something printed as it is in every language: a flag (`--period`),
        /// a month, a column and its header.
        AsWritten { text: String } => {
            en: "{text}",
            zh_cn: "{text}",
            zh_tw: "{text}",
        }
    }
}
