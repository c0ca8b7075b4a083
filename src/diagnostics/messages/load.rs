//! What the content loader says (src/content): the site's YAML and Markdown
//! files, their fields, values, ids and sums. Declared like every message
//! (docs/i18n.md); printed through [`Text::Load`](crate::diagnostics::Text).

crate::messages! {
    /// A message of the content loader.
    pub enum LoadMessage {
        /// A key written twice in one YAML mapping.
        WrittenTwice { key: String } => {
            en: "`{key}` is written twice",
            zh_cn: "`{key}`重复出现",
            zh_tw: "`{key}`重複出現",
        }
    }
}
