//! The older catalog: English messages made at their call sites, with their
//! zh-CN and zh-TW translations written out, matched when a message is
//! printed. See [`super::catalog`] for the template syntax: `{}` a value as it
//! is, `{w}` a value translated in turn; `{0}`, `{1}`, … in the Chinese
//! templates name the values in English order.
//!
//! New messages are declared in [`super::messages`] instead (docs/i18n.md);
//! the entries here are converted there one by one. Until then, a message made
//! in English at its call site needs an entry here:
//! `catalog::tests::every_message_literal_is_in_the_catalog` and
//! tests/messages.rs fail until it has one.

/// (English template, zh-CN template, zh-TW template).
pub const ENTRIES: &[(&str, &str, &str)] = &[
    // ── Words and phrases that messages put into `{w}` ─────────────────────
    // (The content loader's phrases are LoadMessage variants now.)
    // The figures of commentaries (render/expr.rs).
    ("the metrics", "月度指标", "月度指標"),
    // Lists: "a.b or a[0].name" (render/expr.rs).
    ("{} or {}", "{0} 或 {1}", "{0} 或 {1}"),
    // Why an output folder is refused (site/output.rs).
    ("it is the root folder", "这是根目录", "這是根目錄"),
    ("it is the home folder", "这是用户主目录", "這是使用者主目錄"),
    ("it is the site folder itself", "这就是网站文件夹本身", "這就是網站資料夾本身"),
    ("it holds the site's {}/ folder", "其中含有网站的 {0}/ 文件夹", "其中含有網站的 {0}/ 資料夾"),
    ("it is inside the site's {}/ folder", "它在网站的 {0}/ 文件夹内", "它在網站的 {0}/ 資料夾內"),
    ("it is a file, not a folder", "这是文件，不是文件夹", "這是檔案，不是資料夾"),
    ("the folder is not empty and was not made by tongbao (it has no {} file); choose an empty or new folder", "该文件夹不是空的，也不是 tongbao 创建的（其中没有 {0} 文件）；请选择空文件夹或新文件夹", "該資料夾不是空的，也不是 tongbao 建立的（其中沒有 {0} 檔案）；請選擇空資料夾或新資料夾"),
    ("a writer thread panicked", "写入线程意外中止", "寫入執行緒意外中止"),
    // Operating-system errors (std::io::Error).
    ("No such file or directory (os error {})", "文件或文件夹不存在（系统错误 {0}）", "檔案或資料夾不存在（系統錯誤 {0}）"),
    ("Permission denied (os error {})", "没有权限（系统错误 {0}）", "沒有權限（系統錯誤 {0}）"),
    ("No space left on device (os error {})", "磁盘空间不足（系统错误 {0}）", "磁碟空間不足（系統錯誤 {0}）"),
    ("Is a directory (os error {})", "这是文件夹（系统错误 {0}）", "這是資料夾（系統錯誤 {0}）"),
    ("Not a directory (os error {})", "不是文件夹（系统错误 {0}）", "不是資料夾（系統錯誤 {0}）"),
    ("Read-only file system (os error {})", "文件系统只读（系统错误 {0}）", "檔案系統唯讀（系統錯誤 {0}）"),
    ("File exists (os error {})", "文件已存在（系统错误 {0}）", "檔案已存在（系統錯誤 {0}）"),
    ("Directory not empty (os error {})", "文件夹不是空的（系统错误 {0}）", "資料夾不是空的（系統錯誤 {0}）"),
    ("Disk quota exceeded (os error {})", "超出磁盘配额（系统错误 {0}）", "超出磁碟配額（系統錯誤 {0}）"),
    // build.rs: the site cannot be written.
    ("cannot write the site into {}: {}", "无法把网站写入 {0}：{1}", "無法把網站寫入 {0}：{1}"),
    // render/expr.rs and site/output.rs.
    ("fix the figures above and build again", "请改正以上数字，再生成一次", "請改正以上數字，再生成一次"),
    ("{} is in the way and was not made by tongbao; move or delete it", "{0}已存在，且不是 tongbao 创建的；请移走或删除", "{0}已存在，且不是 tongbao 建立的；請移走或刪除"),
    ("more than {} figures are wrong; the rest were not checked", "出错的数字超过{0}处，其余未再检查", "出錯的數字超過{0}處，其餘未再檢查"),
    // ── tongbao import (src/import) ────────────────────────────────────────
    // The name of a CSV file's encoding (src/import/grid.rs), printed as it is
    // in the `read FILE (encoding)` line; the entry keeps the literal test content.
    ("UTF-8 with BOM", "带 BOM 的 UTF-8", "帶 BOM 的 UTF-8"),
];
