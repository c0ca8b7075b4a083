//! Which project of the site a sheet's row is: near names (a lost 项目 suffix,
//! full-width letters, a changed character) that must be confirmed, and readable
//! ids for projects that are new (`XM-2026-013`).

use std::collections::BTreeMap;
use std::path::Path;

use crate::model::Project;

/// A name as compared for near matches: full-width letters and digits as ASCII,
/// no spaces, brackets of one kind, and no trailing 项目 / 工程 / 建设.
pub fn fold(name: &str) -> String {
    let mut s: String = name
        .chars()
        .filter_map(|c| match c {
            '\u{3000}' => None,
            c if c.is_whitespace() => None,
            '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0),
            '—' => Some('-'),
            c => Some(c.to_ascii_lowercase()),
        })
        .map(|c| c.to_ascii_lowercase())
        .collect();
    loop {
        let before = s.len();
        for suffix in ["项目", "工程", "建设"] {
            if let Some(t) = s.strip_suffix(suffix) {
                s = t.to_string();
            }
        }
        if s.len() == before {
            break;
        }
    }
    s
}

/// The project of the site whose name is near `name` (not equal to it): the
/// same once folded, or a few characters apart (one for names up to 10
/// characters, two for longer ones).
pub fn near<'a>(name: &str, projects: &'a [Project]) -> Option<&'a Project> {
    if projects.iter().any(|p| p.name == name) {
        return None;
    }
    nearest_index(name, projects.iter().map(|p| p.name.as_str())).map(|i| &projects[i])
}

/// The place among `names` of the one nearest `name` (see [`near`]).
pub fn nearest_index<'a>(name: &str, names: impl Iterator<Item = &'a str>) -> Option<usize> {
    let f = fold(name);
    if f.is_empty() {
        return None;
    }
    let mut best: Option<(usize, usize)> = None;
    for (i, other) in names.enumerate() {
        let g = fold(other);
        let d = if g == f {
            0
        } else if without_numbers(&f) == without_numbers(&g) {
            // 一期 / 二期, 1号 / 2号: two projects, not one renamed.
            continue;
        } else {
            let longest = f.chars().count().max(g.chars().count());
            let limit = if longest > 10 { 2 } else { 1 };
            let d = strsim::levenshtein(&f, &g);
            if d > limit || longest < 4 {
                continue;
            }
            d
        };
        if best.is_none_or(|(b, _)| d < b) {
            best = Some((d, i));
        }
    }
    best.map(|(_, i)| i)
}

/// A folded name without its numbers (digits and 一 … 十), which tell phases
/// and sections apart.
fn without_numbers(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_ascii_digit() && !"一二三四五六七八九十".contains(*c))
        .collect()
}

/// The file under content/projects/ that holds project `id`, for messages
/// (`content/projects/台账.yaml`); the folder when none is found.
pub fn project_file(site: &Path, id: &str) -> String {
    let mut stack = vec![site.join("content/projects")];
    let mut files = Vec::new();
    while let Some(dir) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&dir) else {
            continue;
        };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "yaml" || x == "yml") {
                files.push(p);
            }
        }
    }
    files.sort();
    let needles = [
        format!("id: {id}"),
        format!("id: \"{id}\""),
        format!("id: '{id}'"),
    ];
    for f in files {
        let Ok(text) = std::fs::read_to_string(&f) else {
            continue;
        };
        let has = text.lines().any(|l| {
            let l = l.trim_start().trim_start_matches("- ").trim_start();
            needles.iter().any(|n| {
                l.strip_prefix(n.as_str())
                    .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', '#']))
            })
        });
        if has {
            let rel = f.strip_prefix(site).unwrap_or(&f);
            return rel.to_string_lossy().replace('\\', "/");
        }
    }
    "content/projects/".into()
}

/// Makes ids for new projects: the site's usual prefix (the letters before
/// `-YYYY-NNN` of most of its ids, else `XM`), the year, and the next number.
#[derive(Debug)]
pub struct IdMaker {
    prefix: String,
    year: Option<i32>,
    next: u32,
}

impl IdMaker {
    /// An id maker for a site holding `projects`, for new projects of `year`.
    pub fn new(projects: &[Project], year: Option<i32>) -> IdMaker {
        let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
        for p in projects {
            let parts: Vec<&str> = p.id.split('-').collect();
            if parts.len() == 3
                && parts[1].len() == 4
                && parts[1].bytes().all(|b| b.is_ascii_digit())
                && parts[2].bytes().all(|b| b.is_ascii_digit())
                && !parts[0].is_empty()
            {
                *counts.entry(parts[0]).or_default() += 1;
            }
        }
        let prefix = counts
            .iter()
            .max_by_key(|(k, n)| (**n, std::cmp::Reverse(**k)))
            .map_or("XM", |(k, _)| *k)
            .to_string();
        let head = match year {
            Some(y) => format!("{prefix}-{y}-"),
            None => format!("{prefix}-"),
        };
        let next = projects
            .iter()
            .filter_map(|p| p.id.strip_prefix(head.as_str()))
            .filter_map(|n| n.parse::<u32>().ok())
            .max()
            .map_or(1, |n| n.saturating_add(1));
        IdMaker { prefix, year, next }
    }

    /// The next id (`YX-2026-013`), never one of `taken`.
    pub fn make(&mut self, taken: impl Fn(&str) -> bool) -> String {
        loop {
            let id = match self.year {
                Some(y) => format!("{}-{y}-{:03}", self.prefix, self.next),
                None => format!("{}-{:03}", self.prefix, self.next),
            };
            self.next = self.next.saturating_add(1);
            if !taken(&id) {
                return id;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_and_near_names() {
        assert_eq!(fold("滨江路改造工程"), "滨江路改造");
        assert_eq!(fold("ＡＢＣ产业园 项目"), "abc产业园");
        assert_eq!(
            fold("城北商贸物流中心（一期）项目"),
            "城北商贸物流中心(一期)"
        );
    }
}
