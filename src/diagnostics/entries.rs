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
    // ── Words of other programs, put into typed messages as a `Text` ───────
    // The bulletin's workbook (render/xlsx/package.rs): a table beyond a sheet.
    (
        "table \"{}\" has {} rows and {} columns: an Excel sheet holds at most {} rows and {} columns",
        "表格“{0}”有{1}行、{2}列：Excel 工作表最多{3}行、{4}列",
        "表格「{0}」有{1}列、{2}欄：Excel 工作表最多{3}列、{4}欄",
    ),
    // Operating-system errors (std::io::Error).
    (
        "No such file or directory (os error {})",
        "文件或文件夹不存在（系统错误 {0}）",
        "檔案或資料夾不存在（系統錯誤 {0}）",
    ),
    (
        "Permission denied (os error {})",
        "没有权限（系统错误 {0}）",
        "沒有權限（系統錯誤 {0}）",
    ),
    (
        "No space left on device (os error {})",
        "磁盘空间不足（系统错误 {0}）",
        "磁碟空間不足（系統錯誤 {0}）",
    ),
    (
        "Is a directory (os error {})",
        "这是文件夹（系统错误 {0}）",
        "這是資料夾（系統錯誤 {0}）",
    ),
    (
        "Not a directory (os error {})",
        "不是文件夹（系统错误 {0}）",
        "不是資料夾（系統錯誤 {0}）",
    ),
    (
        "Read-only file system (os error {})",
        "文件系统只读（系统错误 {0}）",
        "檔案系統唯讀（系統錯誤 {0}）",
    ),
    (
        "File exists (os error {})",
        "文件已存在（系统错误 {0}）",
        "檔案已存在（系統錯誤 {0}）",
    ),
    (
        "Directory not empty (os error {})",
        "文件夹不是空的（系统错误 {0}）",
        "資料夾不是空的（系統錯誤 {0}）",
    ),
    (
        "Disk quota exceeded (os error {})",
        "超出磁盘配额（系统错误 {0}）",
        "超出磁碟配額（系統錯誤 {0}）",
    ),
    // The writer's own io::Errors (site/output.rs), printed as the system's are.
    (
        "a writer thread panicked",
        "写入线程意外中止",
        "寫入執行緒意外中止",
    ),
    (
        "{} is in the way and was not made by tongbao; move or delete it",
        "{0}已存在，且不是 tongbao 创建的；请移走或删除",
        "{0}已存在，且不是 tongbao 建立的；請移走或刪除",
    ),
    // The name of a CSV file's encoding (src/import/grid.rs), printed as it is
    // in the `read FILE (encoding)` line; the entry keeps the literal test content.
    ("UTF-8 with BOM", "带 BOM 的 UTF-8", "帶 BOM 的 UTF-8"),
];
