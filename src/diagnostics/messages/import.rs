//! What `tongbao import` and `tongbao collect` say (src/import,
//! src/cmd/import.rs, src/cmd/collect.rs): cells, rows and columns of the
//! offices' sheets. Declared like every message (docs/i18n.md); printed
//! through [`Text::Import`](crate::diagnostics::Text).

crate::messages! {
    /// A message of the importer.
    pub enum ImportMessage {
        /// A cell the importer needs is empty.
        FoundEmptyCell => {
            en: "found an empty cell",
            zh_cn: "实为空单元格",
            zh_tw: "實為空儲存格",
        }
    }
}
