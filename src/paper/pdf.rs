//! The bulletin as a 公文-style PDF: the template `bulletin.typ` typeset by
//! Typst with the paper document as `sys.inputs.doc` (data, never markup),
//! the charts as SVG images, the machine's Chinese fonts embedded as subsets.
//! The same input gives the same bytes: no creation date, and a document id
//! made from the input.

use typst::foundations::{Array, Bytes, Dict, Smart, Str, Value};
use typst_as_lib::TypstEngine;
use typst_as_lib::TypstTemplateMainFile;

use super::fonts::{Fonts, Role};
use super::Paper;

/// The template of the 公文 layout.
pub const TEMPLATE: &str = include_str!("bulletin.typ");

/// Why a PDF was not made.
#[derive(Debug)]
pub enum PdfError {
    /// The machine has no font with Chinese characters.
    NoChineseFont,
    /// Typst refused the document (a defect of the template: the data cannot
    /// cause markup errors); the messages.
    Typeset(String),
}

impl std::fmt::Display for PdfError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PdfError::NoChineseFont => f.write_str("no font with Chinese characters"),
            PdfError::Typeset(m) => f.write_str(m),
        }
    }
}

/// The engine with the template and `fonts`.
pub fn engine(fonts: &[typst::text::Font]) -> TypstEngine<TypstTemplateMainFile> {
    TypstEngine::builder()
        .main_file(TEMPLATE)
        .fonts(fonts.iter().cloned())
        .build()
}

/// Typesets `paper` into PDF bytes with the machine's fonts (`fonts`).
pub fn render(paper: &Paper, fonts: &Fonts) -> Result<Vec<u8>, PdfError> {
    if !fonts.has_chinese() {
        return Err(PdfError::NoChineseFont);
    }
    let loaded = fonts.typst();
    let key = super::key(paper, fonts, "pdf");
    let mut doc = match to_value(&serde_json::to_value(paper).unwrap_or_default()) {
        Value::Dict(d) => d,
        _ => Dict::new(),
    };
    let mut families = Dict::new();
    for role in Role::ALL {
        let names: Array = loaded
            .families
            .get(&role)
            .into_iter()
            .flatten()
            .map(|n| Value::Str(Str::from(n.as_str())))
            .collect();
        families.insert(role.key().into(), Value::Array(names));
    }
    doc.insert("fonts".into(), Value::Dict(families));
    doc.insert("key".into(), Value::Str(Str::from(key.as_str())));
    let images: Array = paper
        .images
        .iter()
        .map(|svg| Value::Bytes(Bytes::new(svg.clone().into_bytes())))
        .collect();
    doc.insert("images".into(), Value::Array(images));
    let mut inputs = Dict::new();
    inputs.insert("doc".into(), Value::Dict(doc));
    // One typesetting at a time, outside the build's pool (lane.rs).
    super::lane::run(|| {
        let compiled = loaded.engine.compile_with_input(inputs);
        let document = compiled
            .output
            .map_err(|e| PdfError::Typeset(e.to_string()))?;
        let options = typst_pdf::PdfOptions {
            ident: Smart::Custom(key),
            timestamp: None,
            ..Default::default()
        };
        typst_pdf::pdf(&document, &options).map_err(|errors| {
            PdfError::Typeset(
                errors
                    .iter()
                    .map(|e| e.message.to_string())
                    .collect::<Vec<_>>()
                    .join("; "),
            )
        })
    })
    .map_err(|e| PdfError::Typeset(e.to_string()))?
}

/// A JSON value as a Typst value: text stays text (a `Str`, shown as
/// itself), numbers stay numbers.
fn to_value(v: &serde_json::Value) -> Value {
    use serde_json::Value as J;
    match v {
        J::Null => Value::None,
        J::Bool(b) => Value::Bool(*b),
        J::Number(n) => match n.as_i64() {
            Some(i) => Value::Int(i),
            None => Value::Float(n.as_f64().unwrap_or(0.0)),
        },
        J::String(s) => Value::Str(Str::from(s.as_str())),
        J::Array(a) => Value::Array(a.iter().map(to_value).collect()),
        J::Object(o) => Value::Dict(
            o.iter()
                .map(|(k, v)| (Str::from(k.as_str()), to_value(v)))
                .collect(),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::paper::{fonts, sample};

    #[test]
    fn same_paper_same_pdf() {
        let fonts = fonts::system();
        if !fonts.has_chinese() {
            eprintln!("no Chinese font on this machine: skipped");
            return;
        }
        let a = render(&sample::paper(), fonts).unwrap();
        assert!(a.starts_with(b"%PDF-"));
        if let Some(out) = std::env::var_os("TONGBAO_PAPER_SAMPLE") {
            std::fs::write(out, &a).unwrap();
        }
        let b = render(&sample::paper(), fonts).unwrap();
        assert_eq!(a, b);
    }

    #[test]
    fn no_chinese_font_no_pdf() {
        let fonts = Fonts::new(resvg::usvg::fontdb::Database::new());
        assert!(matches!(
            render(&sample::paper(), &fonts),
            Err(PdfError::NoChineseFont)
        ));
    }

    #[test]
    fn json_becomes_typst_values() {
        let v = to_value(&serde_json::json!({"a": [1, "#x", null, true]}));
        let Value::Dict(d) = v else { panic!() };
        let Value::Array(a) = d.get("a").unwrap().clone() else {
            panic!()
        };
        assert_eq!(a.at(1, None).unwrap(), Value::Str("#x".into()));
    }
}
