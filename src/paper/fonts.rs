//! The fonts of the paper bulletin: found once among the machine's fonts
//! (fontconfig's folders on Linux, `C:\Windows\Fonts` on Windows, the system
//! folders on macOS), by the names offices know. Each role of GB/T 9704 —
//! 小标宋 for the issuer and titles, 仿宋 for the body, 黑体 and 楷体 for
//! headings, 宋体 for page numbers — takes the office font where it is
//! installed (FangSong, SimHei, KaiTi, SimSun, 方正小标宋) and otherwise a free
//! one (Noto CJK / Source Han, as Debian's `fonts-noto-cjk`). Without any font
//! that has Chinese characters there is no PDF: never a page of empty boxes.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

use resvg::usvg::fontdb::{self, Database, Family, Query, Source, Stretch, Style, Weight};
use typst::foundations::Bytes;
use typst::text::{Font, FontInfo};

/// A role of type in the document.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Role {
    /// 小标宋: the issuer (发文机关标志) and titles.
    Title,
    /// 仿宋: the body.
    Fang,
    /// 黑体: first-level headings, table headers, 附件 labels.
    Hei,
    /// 楷体: second-level headings.
    Kai,
    /// 宋体: page numbers.
    Song,
}

impl Role {
    /// Every role, in the order the template names them.
    pub const ALL: [Role; 5] = [Role::Title, Role::Fang, Role::Hei, Role::Kai, Role::Song];

    /// The role's name in the template's `fonts` dictionary.
    pub fn key(self) -> &'static str {
        match self {
            Role::Title => "title",
            Role::Fang => "fang",
            Role::Hei => "hei",
            Role::Kai => "kai",
            Role::Song => "song",
        }
    }

    /// Family names to look for, the office fonts first, then the free ones
    /// that stand in for them; and the weight wanted.
    fn wanted(self) -> (Vec<&'static str>, Weight) {
        const SERIF: &[&str] = &[
            "Noto Serif CJK SC",
            "Source Han Serif SC",
            "Source Han Serif CN",
            "思源宋体",
            "Noto Serif SC",
            "AR PL UMing CN",
        ];
        const SANS: &[&str] = &[
            "Noto Sans CJK SC",
            "Source Han Sans SC",
            "Source Han Sans CN",
            "思源黑体",
            "Noto Sans SC",
            "WenQuanYi Zen Hei",
            "WenQuanYi Micro Hei",
            "Microsoft YaHei",
        ];
        let (office, free, weight): (&[&str], &[&str], Weight) = match self {
            Role::Title => (
                &[
                    "FZXiaoBiaoSong-B05S",
                    "方正小标宋简体",
                    "FZXiaoBiaoSong-B05",
                    "方正小标宋_GBK",
                    "STZhongsong",
                    "华文中宋",
                ],
                SERIF,
                Weight::BLACK,
            ),
            Role::Fang => (
                &[
                    "FangSong",
                    "仿宋",
                    "FangSong_GB2312",
                    "仿宋_GB2312",
                    "STFangsong",
                    "华文仿宋",
                ],
                SERIF,
                Weight::NORMAL,
            ),
            Role::Hei => (
                &["SimHei", "黑体", "STHeiti", "华文黑体"],
                SANS,
                Weight::NORMAL,
            ),
            Role::Kai => (
                &[
                    "KaiTi",
                    "楷体",
                    "KaiTi_GB2312",
                    "楷体_GB2312",
                    "STKaiti",
                    "华文楷体",
                    "AR PL UKai CN",
                ],
                SERIF,
                Weight::NORMAL,
            ),
            Role::Song => (
                &["SimSun", "宋体", "NSimSun", "STSong", "华文宋体"],
                SERIF,
                Weight::NORMAL,
            ),
        };
        (office.iter().chain(free).copied().collect(), weight)
    }
}

/// The fonts found: the font database (for the charts' text in PNG) and, for
/// each role, the faces to use, best first.
pub struct Fonts {
    /// Every font of the machine, for resvg.
    pub db: Arc<Database>,
    /// The faces of each role (file and index in it), best first.
    roles: BTreeMap<Role, Vec<(PathBuf, u32)>>,
    /// The faces loaded for typst, on first use.
    loaded: OnceLock<TypstFonts>,
}

/// The typst side of [`Fonts`]: the faces loaded, and each role's families
/// as typst names them.
pub struct TypstFonts {
    /// The loaded faces.
    pub fonts: Vec<Font>,
    /// Each role's family names, best first, then the other roles' as fallback.
    pub families: BTreeMap<Role, Vec<String>>,
    /// Paths, sizes and indexes of the faces: part of a PDF's input key.
    pub identity: String,
    /// The template with these fonts, ready to typeset.
    pub engine: typst_as_lib::TypstEngine<typst_as_lib::TypstTemplateMainFile>,
}

/// The machine's fonts, found once per process.
pub fn system() -> &'static Fonts {
    static FONTS: OnceLock<Fonts> = OnceLock::new();
    FONTS.get_or_init(|| {
        let mut db = Database::new();
        db.load_system_fonts();
        Fonts::new(db)
    })
}

impl Fonts {
    /// Chooses each role's faces among the fonts of `db`.
    pub fn new(db: Database) -> Fonts {
        let mut roles = BTreeMap::new();
        for role in Role::ALL {
            let (names, weight) = role.wanted();
            let mut faces: Vec<(PathBuf, u32)> = Vec::new();
            for name in &names {
                let query = Query {
                    families: &[Family::Name(name)],
                    weight,
                    stretch: Stretch::Normal,
                    style: Style::Normal,
                };
                if let Some(face) = db.query(&query).and_then(|id| db.face(id)) {
                    if let Some(path) = file_of(&face.source) {
                        if !faces.contains(&(path.clone(), face.index)) {
                            faces.push((path, face.index));
                        }
                    }
                }
                if faces.len() >= 2 {
                    break;
                }
            }
            roles.insert(role, faces);
        }
        if roles.values().all(Vec::is_empty) {
            if let Some(face) = any_chinese(&db) {
                for faces in roles.values_mut() {
                    faces.push(face.clone());
                }
            }
        }
        Fonts {
            db: Arc::new(db),
            roles,
            loaded: OnceLock::new(),
        }
    }

    /// Whether any font with Chinese characters was found.
    pub fn has_chinese(&self) -> bool {
        self.roles.values().any(|f| !f.is_empty())
    }

    /// The chosen families by role, as fontdb names them (for messages and
    /// the documentation).
    pub fn describe(&self) -> Vec<(Role, String)> {
        let mut out = Vec::new();
        for (role, faces) in &self.roles {
            if let Some((path, _)) = faces.first() {
                out.push((*role, path.display().to_string()));
            }
        }
        out
    }

    /// Loads the chosen faces for typst. Files are read once per process.
    pub fn typst(&self) -> &TypstFonts {
        self.loaded.get_or_init(|| self.load())
    }

    fn load(&self) -> TypstFonts {
        let mut files: BTreeMap<PathBuf, Option<Bytes>> = BTreeMap::new();
        let mut fonts: Vec<Font> = Vec::new();
        let mut loaded: BTreeMap<(PathBuf, u32), String> = BTreeMap::new();
        let mut identity = String::new();
        for faces in self.roles.values() {
            for (path, index) in faces {
                if loaded.contains_key(&(path.clone(), *index)) {
                    continue;
                }
                let bytes = files
                    .entry(path.clone())
                    .or_insert_with(|| std::fs::read(path).ok().map(Bytes::new))
                    .clone();
                let Some(font) = bytes.and_then(|b| Font::new(b, *index)) else {
                    continue;
                };
                let family = font.info().family.clone();
                let len = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
                identity.push_str(&format!("{}#{index}:{len};", path.display()));
                loaded.insert((path.clone(), *index), family);
                fonts.push(font);
            }
        }
        let mut families: BTreeMap<Role, Vec<String>> = BTreeMap::new();
        let mut every: Vec<String> = Vec::new();
        for (role, faces) in &self.roles {
            let names: Vec<String> = faces
                .iter()
                .filter_map(|f| loaded.get(f).cloned())
                .collect();
            for n in &names {
                if !every.contains(n) {
                    every.push(n.clone());
                }
            }
            families.insert(*role, names);
        }
        for names in families.values_mut() {
            for n in &every {
                if !names.contains(n) {
                    names.push(n.clone());
                }
            }
        }
        TypstFonts {
            engine: super::pdf::engine(&fonts),
            fonts,
            families,
            identity,
        }
    }
}

/// The file a face is read from.
fn file_of(source: &Source) -> Option<PathBuf> {
    match source {
        Source::File(p) | Source::SharedFile(p, _) => Some(p.clone()),
        Source::Binary(_) => None,
    }
}

/// A face with the common Chinese characters, for a machine whose Chinese
/// fonts have none of the names above; the first by family name, so that
/// the choice does not depend on the order the folders were read in.
fn any_chinese(db: &Database) -> Option<(PathBuf, u32)> {
    let mut faces: Vec<&fontdb::FaceInfo> = db.faces().collect();
    faces.sort_by(|a, b| {
        let name = |f: &fontdb::FaceInfo| f.families.first().map(|n| n.0.clone());
        name(a).cmp(&name(b)).then(a.index.cmp(&b.index))
    });
    faces.into_iter().find_map(|face| {
        let path = file_of(&face.source)?;
        let covers = db
            .with_face_data(face.id, |data, index| {
                FontInfo::new(data, index).is_some_and(|info| {
                    "重点项目建设情况通报年月日"
                        .chars()
                        .all(|c| info.coverage.contains(c as u32))
                })
            })
            .unwrap_or(false);
        covers.then_some((path, face.index))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_chinese_font_means_none_found() {
        let fonts = Fonts::new(Database::new());
        assert!(!fonts.has_chinese());
        assert!(fonts.describe().is_empty());
    }

    #[test]
    fn every_role_looks_for_the_office_font_first() {
        assert_eq!(Role::Fang.wanted().0[0], "FangSong");
        assert_eq!(Role::Hei.wanted().0[0], "SimHei");
        assert_eq!(Role::Kai.wanted().0[0], "KaiTi");
        assert_eq!(Role::Song.wanted().0[0], "SimSun");
        for role in Role::ALL {
            assert!(
                role.wanted().0.contains(&"Noto Serif CJK SC")
                    || role.wanted().0.contains(&"Noto Sans CJK SC")
            );
        }
    }
}
