//! Department aliases (`aliases:` in units.yaml) are accepted where a unit is
//! named and found by the site's search.

mod common;

use std::fs;

use common::{stderr, tongbao, tongbao_at};

#[test]
fn aliases_name_a_department_in_the_ledger_and_are_searchable() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("s");
    let o = tongbao(&["init", site.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let units = site.join("content/units.yaml");
    let text = fs::read_to_string(&units).unwrap();
    fs::write(
        &units,
        text.replacen(
            "  name: 区工业和信息化局\n",
            "  name: 区工业和信息化局\n  aliases: [区工信局, 工信局]\n",
            1,
        ),
    )
    .unwrap();
    let ledger = site.join("content/projects/chanye.yaml");
    let text = fs::read_to_string(&ledger).unwrap();
    fs::write(&ledger, text.replacen("unit: gxj", "unit: 工信局", 1)).unwrap();
    let o = tongbao_at("build", &site, &[]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    // The project is the department's, under its own name.
    let page = fs::read_to_string(site.join("output/projects/YX-2026-001/index.html")).unwrap();
    assert!(
        page.contains("区工业和信息化局"),
        "the project page names the department"
    );
    let index = fs::read_to_string(site.join("output/static/search-index.js")).unwrap();
    assert!(
        index.contains("区工信局") && index.contains("工信局"),
        "aliases are in the search index"
    );
}
