//! The example projects of `tongbao init`: an import into a site that still
//! holds them would publish them beside the office's own.

use crate::cmd::init::FILES;
use crate::diagnostics::ImportMessage;
use crate::model::Ledger;

/// (id, name) of every example project `tongbao init` writes.
fn example_projects() -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (rel, text) in FILES {
        if !rel.starts_with("content/projects/") {
            continue;
        }
        let Ok(serde_yaml::Value::Sequence(items)) = serde_yaml::from_str(text) else {
            continue;
        };
        for item in items {
            let text = |k: &str| item.get(k).and_then(|v| v.as_str()).map(str::to_string);
            if let (Some(id), Some(name)) = (text("id"), text("name")) {
                out.push((id, name));
            }
        }
    }
    out
}

/// The files of `tongbao init`'s example that the site at `site` still has.
pub fn example_files(site: &std::path::Path) -> Vec<&'static str> {
    FILES
        .iter()
        .map(|(rel, _)| *rel)
        .filter(|rel| {
            rel.starts_with("content/")
                && !matches!(*rel, "content/site.yaml" | "content/units.yaml")
                && site.join(rel).is_file()
        })
        .collect()
}

/// An error when the site still holds example projects (same id and name),
/// naming them and the files to remove.
pub fn check(ledger: &Ledger, site: &std::path::Path) -> Result<(), ImportMessage> {
    let examples = example_projects();
    let found: Vec<String> = ledger
        .projects
        .iter()
        .filter(|p| examples.iter().any(|(i, n)| *i == p.id && *n == p.name))
        .map(|p| format!("{} {}", p.id, p.name))
        .collect();
    if found.is_empty() {
        return Ok(());
    }
    Err(ImportMessage::ExamplesLeft {
        n: found.len(),
        projects: found.join(", "),
        files: example_files(site).join(" "),
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_examples_are_known() {
        assert_eq!(super::example_projects().len(), 12);
    }
}
