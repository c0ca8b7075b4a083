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
    }
}
