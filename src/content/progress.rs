//! content/progress/YYYY-MM.yaml: one month's reported progress.

use super::fast_yaml::NO_MARK;
use super::fields::{as_text, text_of, untag, FileCtx};
use super::node::Node;
use super::yaml::{describe, At, Path};
use crate::diagnostics::{LoadMessage, Message};
use crate::model::{Money, Month, Photo, Record, Stage};

/// The ten stages as a hint names them: `谋划 储备 …（或 idea, reserve, …）`.
fn stage_names() -> Box<Message> {
    let zh: Vec<&str> = Stage::ALL.iter().map(|s| s.zh()).collect();
    let en: Vec<&str> = Stage::ALL.iter().map(|s| s.en()).collect();
    Box::new(Message::StageNames {
        zh: zh.join(" "),
        en: en.join(", "),
    })
}

/// A progress file read, with what checks across files need.
#[derive(Clone, Debug, PartialEq)]
pub struct RawProgress {
    /// The month (from the file name).
    pub period: Month,
    /// Records by project id; [`id_path`] says where an id stands.
    pub records: Vec<(String, Record)>,
    /// Where each record's id starts in the file (a byte offset), in the
    /// order of `records`, when the fast reader read the file; else empty
    /// (the id is then found by [`id_path`]).
    pub ids_at: Vec<u32>,
}

/// Where the id `id` of a record stands in its progress file.
pub fn id_path(id: &str) -> Path {
    Path::root().key("projects").key_itself(id)
}

/// Where photo `i` of project `id`'s record is in a progress file.
pub fn photo_path(id: &str, i: usize) -> Path {
    Path::root().key("projects").key(id).key("photos").index(i)
}

/// Reads one progress file for `period` (the month its name gives).
pub fn progress(ctx: &mut FileCtx, v: &Node, period: Month) -> RawProgress {
    let root = At::Root;
    let mut out = RawProgress {
        period,
        records: Vec::new(),
        ids_at: Vec::new(),
    };
    let Some(obj) = ctx.map(v, root, &LoadMessage::AProgressFile) else {
        return out;
    };
    obj.check_fields(ctx, &["period", "projects"], &LoadMessage::AProgressFile);
    match obj.get("period") {
        None => ctx.error(
            &root,
            LoadMessage::NoPeriod,
            LoadMessage::AddPeriod { period },
        ),
        Some(p) => {
            let text = as_text(p).unwrap_or_default();
            if Month::parse(&text) != Some(period) {
                ctx.error(
                    &root.key("period"),
                    LoadMessage::PeriodNotFileName {
                        period: text,
                        name: period,
                    },
                    LoadMessage::WritePeriod { period },
                );
            }
        }
    }
    let Some(projects) = obj.get("projects") else {
        return out;
    };
    let ppath = root.key("projects");
    let Some(map) = ctx.map(projects, ppath, &LoadMessage::ProjectsProgress) else {
        return out;
    };
    out.records.reserve(map.map.entries.len());
    let ids_at = ctx
        .keys_under("projects")
        .filter(|at| at.len() == map.map.entries.len());
    for (j, (k, val)) in map.map.iter().enumerate() {
        let id = text_of(k).unwrap_or_default();
        let rpath = ppath.key(&id);
        let Some(r) = ctx.map(val, rpath, &LoadMessage::AProgressRecord) else {
            continue;
        };
        r.check_fields(
            ctx,
            &["stage", "invested", "funds", "note", "photos"],
            &LoadMessage::AProgressRecord,
        );
        let stage = match r.get("stage") {
            None => {
                ctx.error(
                    &rpath,
                    Message::RecordHasNoStage { id: id.to_string() },
                    Message::AddStage {
                        stages: stage_names(),
                    },
                );
                None
            }
            Some(s) => {
                let text = text_of(s).unwrap_or_else(|| describe(s).to_string().into());
                let st = Stage::parse(&text);
                if st.is_none() {
                    ctx.error(
                        &rpath.key("stage"),
                        Message::UnknownStage {
                            stage: text.to_string(),
                        },
                        Message::StagesAre {
                            stages: stage_names(),
                        },
                    );
                }
                st
            }
        };
        let invested = r.money(ctx, "invested", None).unwrap_or(Money::ZERO);
        let funds = r.money(ctx, "funds", None).unwrap_or(Money::ZERO);
        let note = r.text(ctx, "note");
        let photos = photos(ctx, r.get("photos"), rpath.key("photos"));
        let Some(stage) = stage else { continue };
        if !invested.is_zero() && !stage.may_invest() {
            ctx.warn(
                &rpath.key("invested"),
                LoadMessage::InvestedBeforeConstruction {
                    id: id.to_string(),
                    amount: invested.plain(),
                    stage: stage.zh().to_string(),
                },
                LoadMessage::CheckStage,
            );
        }
        if let Some(at) = &ids_at {
            out.ids_at.push(at.get(j).copied().unwrap_or(NO_MARK));
        }
        out.records.push((
            id.into_owned(),
            Record {
                stage,
                invested,
                funds,
                note,
                photos,
            },
        ));
    }
    out
}

fn photos(ctx: &mut FileCtx, v: Option<&Node>, path: At) -> Vec<Photo> {
    let Some(v) = v else { return Vec::new() };
    let Node::Sequence(items) = untag(v) else {
        ctx.error(
            &path,
            LoadMessage::PhotosNotAList {
                found: Box::new(describe(v)),
            },
            LoadMessage::WritePhotoList,
        );
        return Vec::new();
    };
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let ipath = path.index(i);
        let (file, caption) = match untag(item) {
            Node::Mapping(_) => {
                let Some(o) = ctx.map(item, ipath, &LoadMessage::APhoto) else {
                    continue;
                };
                o.check_fields(ctx, &["file", "caption"], &LoadMessage::APhoto);
                (
                    o.req_text(ctx, "file", &LoadMessage::ThisPhoto),
                    o.text(ctx, "caption"),
                )
            }
            other => (as_text(other), None),
        };
        let Some(file) = file else { continue };
        if !is_safe_asset_path(&file) {
            ctx.error(
                &ipath,
                LoadMessage::PhotoOutsideAssets { path: file },
                LoadMessage::WritePhotoPath,
            );
            continue;
        }
        out.push(Photo {
            file: file.replace('\\', "/"),
            caption,
        });
    }
    out
}

/// Whether `p` is a relative path that stays inside its folder.
pub fn is_safe_asset_path(p: &str) -> bool {
    let p = p.replace('\\', "/");
    !p.is_empty()
        && !p.starts_with('/')
        && !p.contains(':')
        && p.split('/')
            .all(|seg| !seg.is_empty() && seg != ".." && seg != ".")
}
