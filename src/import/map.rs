//! A user's own header names (`--map MAP.yaml`): `表头: field` lines.

use std::collections::BTreeMap;

use super::header::{normalize, Field, FIELD_NAMES};
use crate::diagnostics::{ImportMessage, Text};

/// A user's map from header text to field (`--map`), keys normalised.
pub type HeaderMap = BTreeMap<String, (Field, Option<i32>)>;

/// Reads a `--map` file: `表头: field` lines (YAML), fields named as in
/// [`FIELD_NAMES`], `plan_2021` for a plan of a given year.
pub fn read_map(text: &str) -> Result<HeaderMap, ImportMessage> {
    let value: serde_yaml::Value =
        serde_yaml::from_str(text).map_err(|e| ImportMessage::MapNotYaml {
            // serde_yaml's own words, translated through the older catalog.
            err: Text::English(e.to_string()),
        })?;
    let serde_yaml::Value::Mapping(m) = value else {
        return Err(ImportMessage::MapNotLines);
    };
    let mut out = HeaderMap::new();
    for (k, v) in m {
        let key = match &k {
            serde_yaml::Value::String(s) => s.clone(),
            serde_yaml::Value::Number(n) => n.to_string(),
            _ => return Err(ImportMessage::MapKeyNotText),
        };
        let name = v.as_str().unwrap_or_default().trim().to_string();
        let (base, year) = match name.strip_prefix("plan_").map(str::parse::<i32>) {
            Some(Ok(y)) if (1900..=2999).contains(&y) => ("plan".to_string(), Some(y)),
            _ => (name.clone(), None),
        };
        let Some((_, field)) = FIELD_NAMES.iter().find(|(n, _)| *n == base) else {
            let names: Vec<&str> = FIELD_NAMES.iter().map(|(n, _)| *n).collect();
            let suggestion = crate::diagnostics::nearest(&name, names.iter().copied())
                .map(|n| Box::new(ImportMessage::DidYouMeanField { field: n.into() }));
            return Err(ImportMessage::MapUnknownField {
                header: key,
                field: name,
                suggestion,
                fields: names.join(", "),
            });
        };
        out.insert(normalize(&key), (*field, year));
    }
    Ok(out)
}
