//! Realistic project names, owners and descriptions for each category.

use crate::demo::fmt::{tenths, Money, WAN};
use crate::demo::pools::*;
use crate::demo::rng::Rng;

/// Name, owner and description of one project.
pub struct Naming {
    /// 项目名称.
    pub name: String,
    /// 建设单位.
    pub owner: String,
    /// One or two sentences of Markdown.
    pub description: String,
}

/// Names a project of `category` at `location` with total investment `total`.
pub fn name_project(
    rng: &mut Rng,
    category: usize,
    location: &str,
    total: Money,
    promoted: bool,
) -> Naming {
    let brand = *rng.pick(&BRANDS);
    let wan = total / WAN;
    // Output value and jobs scale with investment, in tenths of 亿元.
    let value_tenths = (wan * rng.range(10, 30) / 10_000).max(1);
    let jobs = (wan / 200 + rng.range(20, 80)).min(3000);
    match category {
        AGRI => agri(rng, brand, location, wan, value_tenths, jobs),
        INDUSTRY => industry(rng, brand, wan, value_tenths, jobs, promoted),
        TRADE => trade(rng, brand, location, wan, value_tenths, jobs),
        INFRA => infra(rng, location, wan),
        _ => social(rng, location, wan),
    }
}

fn agri(rng: &mut Rng, brand: &str, loc: &str, wan: i64, v: i64, jobs: i64) -> Naming {
    let crop = *rng.pick(&CROPS);
    let mu = (wan / 10).clamp(200, 20000) / 10 * 10;
    match rng.below(5) {
        0 => Naming {
            name: format!("{loc}高标准农田建设项目"),
            owner: format!("{loc}人民政府"),
            description: format!(
                "新建和提升高标准农田{mu}亩，配套建设灌溉、排水、田间道路等设施。"
            ),
        },
        1 => Naming {
            name: format!("{brand}{crop}种植基地项目"),
            owner: format!("青山{brand}农业发展有限公司"),
            description: format!(
                "流转土地{mu}亩，建设{crop}标准化种植基地及产地初加工车间。建成后带动周边农户{jobs}户增收。"
            ),
        },
        2 => Naming {
            name: format!("{loc}农产品冷链物流中心项目"),
            owner: format!("青山{brand}冷链物流有限公司"),
            description: format!(
                "建设冷库、分拣中心和配送中心，设计冷藏能力{}万吨。",
                (wan / 1000).clamp(1, 20)
            ),
        },
        3 => Naming {
            name: format!("{brand}现代农业产业园项目"),
            owner: format!("青山{brand}农业科技有限公司"),
            description: format!(
                "建设{crop}育种、种植、加工、销售一体化产业园。建成后预计年产值**{}亿元**。",
                tenths(v)
            ),
        },
        _ => Naming {
            name: format!("{loc}{crop}养殖加工一体化项目"),
            owner: format!("青山{brand}牧业有限公司"),
            description: format!("新建标准化圈舍及屠宰加工车间，新增就业{jobs}人。"),
        },
    }
}

fn industry(rng: &mut Rng, brand: &str, wan: i64, v: i64, jobs: i64, promoted: bool) -> Naming {
    let (product, unit) = *rng.pick(&PRODUCTS);
    let owner = if promoted {
        format!("{brand}（青山）{product}有限公司")
    } else {
        format!("青山{brand}{product}有限公司")
    };
    let mu = (wan / 300).clamp(20, 3000);
    let area = tenths((wan / 2000).clamp(2, 600));
    let description = format!(
        "项目占地约{mu}亩，新建标准化厂房及配套用房{area}万平方米，购置生产设备{}台（套）。建成后预计年产值**{}亿元**，新增就业{jobs}人。",
        (wan / 150).clamp(12, 900),
        tenths(v)
    );
    let name = match rng.below(5) {
        0 | 1 => format!(
            "年产{}{unit}{product}生产线项目",
            (wan / 2500).clamp(1, 200)
        ),
        2 => format!("{brand}{product}产业园项目"),
        3 => format!("{brand}{product}技改扩能项目"),
        _ => format!("{brand}智能制造基地项目"),
    };
    Naming {
        name,
        owner,
        description,
    }
}

fn trade(rng: &mut Rng, brand: &str, loc: &str, wan: i64, v: i64, jobs: i64) -> Naming {
    let area = tenths((wan / 800).clamp(3, 900));
    let (name, owner) = match rng.below(6) {
        0 => (
            format!("{brand}商业综合体项目"),
            format!("青山{brand}置业有限公司"),
        ),
        1 => (
            format!("{brand}现代物流园项目"),
            format!("青山{brand}物流有限公司"),
        ),
        2 => (
            format!("{loc}农贸市场提升改造项目"),
            format!("{loc}人民政府"),
        ),
        3 => (
            format!("{brand}电商产业园项目"),
            format!("青山{brand}电子商务有限公司"),
        ),
        4 => (
            format!("{brand}国际酒店建设项目"),
            format!("青山{brand}酒店管理有限公司"),
        ),
        _ => (
            format!("{loc}商贸物流中心项目"),
            format!("青山{brand}商贸有限公司"),
        ),
    };
    Naming {
        name,
        owner,
        description: format!(
            "总建筑面积约{area}万平方米，建设商业、仓储及配套设施。建成后年营业收入约{}亿元，提供就业岗位{jobs}个。",
            tenths(v)
        ),
    }
}

fn infra(rng: &mut Rng, loc: &str, wan: i64) -> Naming {
    let road = *rng.pick(&ROADS);
    let km = tenths((wan / 800).clamp(5, 450));
    let city = "青山区城市建设投资集团有限公司".to_string();
    let kinds: &[usize] = match wan {
        0..5_000 => &[0, 3, 4, 5, 7],
        5_000..30_000 => &[0, 2, 3, 4, 5, 7],
        _ => &[0, 1, 1, 2, 5, 6],
    };
    match *rng.pick(kinds) {
        0 => Naming {
            name: format!("{road}道路改造工程"),
            owner: city,
            description: format!("改造道路全长约{km}公里，同步实施雨污分流、照明及绿化工程。"),
        },
        1 => {
            let others: Vec<&str> = ROADS.iter().copied().filter(|r| *r != road).collect();
            let a = *rng.pick(&others);
            let rest: Vec<&str> = others.iter().copied().filter(|r| *r != a).collect();
            let b = *rng.pick(&rest);
            Naming {
                name: format!("{road}（{a}至{b}段）新建工程"),
                owner: "青山区交通投资有限公司".to_string(),
                description: format!(
                    "新建城市主干道约{km}公里，红线宽度{}米，含桥涵、排水、照明等附属工程。",
                    rng.pick(&[30, 40, 50, 60])
                ),
            }
        }
        2 => Naming {
            name: format!("{loc}污水处理厂扩建工程"),
            owner: "青山区水务投资有限公司".to_string(),
            description: format!(
                "新增污水处理能力{}万吨/日，配套建设截污管网。",
                (wan / 3000).clamp(1, 20)
            ),
        },
        3 => Naming {
            name: format!("{loc}供水管网改造工程"),
            owner: "青山区供水公司".to_string(),
            description: format!("改造老旧供水管网约{km}公里，新建加压泵站1座。"),
        },
        4 => Naming {
            name: format!("{loc}老旧小区改造项目"),
            owner: "区住房和城乡建设局".to_string(),
            description: format!(
                "改造老旧小区{}个、涉及住户{}户，实施屋面防水、管网更新、加装电梯等。",
                (wan / 1500).clamp(2, 60),
                (wan / 5).clamp(300, 20000)
            ),
        },
        5 => {
            let river = *rng.pick(&RIVERS);
            Naming {
                name: format!("{river}河道综合治理工程"),
                owner: "区水利局".to_string(),
                description: format!("治理河道约{km}公里，实施堤防加固、清淤疏浚和滨水绿道建设。"),
            }
        }
        6 => Naming {
            name: format!("{loc}片区棚户区改造项目"),
            owner: city,
            description: format!(
                "改造棚户区住房{}套，建设安置住房及配套基础设施。",
                (wan / 30).clamp(100, 8000)
            ),
        },
        _ => Naming {
            name: format!("{loc}公共停车场建设项目"),
            owner: city,
            description: format!(
                "新建停车泊位{}个，配建充电桩及智慧停车系统。",
                (wan / 10).clamp(100, 3000)
            ),
        },
    }
}

fn social(rng: &mut Rng, loc: &str, wan: i64) -> Naming {
    let m2 = (wan * 2).clamp(1500, 200_000) / 100 * 100;
    // Kindergartens are small, hospitals and sports centres large.
    let kinds: &[usize] = match wan {
        0..5_000 => &[1, 3, 4, 5],
        5_000..30_000 => &[0, 1, 2, 4],
        _ => &[0, 2, 6],
    };
    match *rng.pick(kinds) {
        0 => Naming {
            name: format!("{loc}中心学校新建项目"),
            owner: "区教育局".to_string(),
            description: format!(
                "新建教学楼、综合楼、风雨操场等，总建筑面积约{m2}平方米。建成后新增学位{}个。",
                (m2 / 10).clamp(300, 3000) / 10 * 10
            ),
        },
        1 => Naming {
            name: format!(
                "青山区第{}中学教学楼建设项目",
                rng.pick(&["一", "二", "三", "四", "五", "六", "七", "八", "九"])
            ),
            owner: "区教育局".to_string(),
            description: format!("新建教学楼及附属设施，总建筑面积约{m2}平方米。"),
        },
        2 => Naming {
            name: format!(
                "区人民医院{}楼建设项目",
                rng.pick(&["门诊", "住院", "医技综合"])
            ),
            owner: "青山区人民医院".to_string(),
            description: format!(
                "总建筑面积约{m2}平方米，新增床位{}张。",
                (m2 / 80).clamp(50, 800)
            ),
        },
        3 => Naming {
            name: format!("{loc}幼儿园新建项目"),
            owner: "区教育局".to_string(),
            description: format!(
                "新建{}班幼儿园一所，总建筑面积约{m2}平方米。",
                rng.pick(&[6, 9, 12, 15])
            ),
        },
        4 => Naming {
            name: format!("{loc}养老服务中心建设项目"),
            owner: "区民政局".to_string(),
            description: format!(
                "建设集医疗、康复、照护于一体的养老服务中心，设置床位{}张。",
                (m2 / 50).clamp(60, 600)
            ),
        },
        5 => Naming {
            name: format!("{loc}卫生院迁建项目"),
            owner: "区卫生健康委员会".to_string(),
            description: format!("迁建乡镇卫生院业务用房约{m2}平方米，购置医疗设备。"),
        },
        _ => Naming {
            name: "青山区文体中心建设项目".to_string(),
            owner: "区文化和旅游局".to_string(),
            description: format!(
                "建设体育馆、图书馆、文化馆“三馆合一”综合体，总建筑面积约{m2}平方米。"
            ),
        },
    }
}
