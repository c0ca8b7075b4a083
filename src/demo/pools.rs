//! Word pools of the fictional 青山区: departments, places, people, products.
//! Every name here is invented for the demo; none carries real data.

/// The site's five categories (产业类别), in table order, with file slugs.
pub const CATEGORIES: [(&str, &str); 5] = [
    ("农业", "nongye"),
    ("工业", "gongye"),
    ("商贸流通", "shangmao"),
    ("基础设施", "jichu"),
    ("社会事业", "shehui"),
];

/// Category indices, named for readability.
pub const AGRI: usize = 0;
/// 工业.
pub const INDUSTRY: usize = 1;
/// 商贸流通.
pub const TRADE: usize = 2;
/// 基础设施.
pub const INFRA: usize = 3;
/// 社会事业.
pub const SOCIAL: usize = 4;

/// Project levels (项目级别), highest first.
pub const LEVELS: [&str; 3] = ["省重点", "市重点", "区重点"];

/// The twelve departments (责任单位): ASCII id and name.
pub const UNITS: [(&str, &str); 12] = [
    ("fgj", "区发展和改革局"),
    ("gxj", "区工业和信息化局"),
    ("zjj", "区住房和城乡建设局"),
    ("zrzyj", "区自然资源局"),
    ("jtj", "区交通运输局"),
    ("slj", "区水利局"),
    ("nyncj", "区农业农村局"),
    ("swj", "区商务局"),
    ("jyj", "区教育局"),
    ("wjw", "区卫生健康委员会"),
    ("wlj", "区文化和旅游局"),
    ("gxq", "青山高新区管委会"),
];

/// Which departments (indices into [`UNITS`]) answer for each category.
pub const UNITS_BY_CATEGORY: [&[usize]; 5] = [
    &[6, 6, 5, 0],
    &[1, 1, 11, 11, 0],
    &[7, 7, 0, 10],
    &[2, 4, 4, 5, 3, 2],
    &[8, 8, 9, 10, 2],
];

/// Leaders who carry projects (包保领导), invented names.
pub const LEADERS: [&str; 15] = [
    "王建国",
    "李明",
    "张伟华",
    "刘志强",
    "陈晓东",
    "杨卫东",
    "赵永刚",
    "黄海涛",
    "周立新",
    "吴国庆",
    "徐红梅",
    "孙鹏飞",
    "马晓军",
    "朱文斌",
    "胡春燕",
];

/// The eight towns, streets and parks of the demo district.
pub const LOCATIONS: [&str; 8] = [
    "青山街道",
    "河东街道",
    "柳林镇",
    "石门镇",
    "白水镇",
    "龙泉乡",
    "青山高新区",
    "青山经济开发区",
];

/// Syllables for extra towns when a large site needs more than eight.
pub const TOWN_FIRST: [&str; 24] = [
    "东", "西", "南", "北", "金", "银", "云", "桃", "杏", "枫", "松", "竹", "梅", "兰", "玉", "安",
    "宁", "平", "兴", "和", "丰", "顺", "清", "明",
];
/// Second syllables of extra towns.
pub const TOWN_SECOND: [&str; 12] = [
    "溪", "河", "湖", "坪", "岭", "山", "湾", "原", "川", "塘", "桥", "庄",
];
/// Suffixes of extra towns.
pub const TOWN_SUFFIX: [&str; 3] = ["镇", "乡", "街道"];

/// Invented company brand words.
pub const BRANDS: [&str; 20] = [
    "华盛", "恒通", "瑞丰", "金泰", "宏远", "鑫源", "博达", "中联", "天成", "永泰", "润和", "嘉禾",
    "正元", "海川", "锦程", "同创", "新航", "众诚", "青禾", "立信",
];

/// Industrial products with their capacity unit.
pub const PRODUCTS: [(&str, &str); 12] = [
    ("新型建材", "万吨"),
    ("高性能铝合金型材", "万吨"),
    ("锂电池正极材料", "万吨"),
    ("光伏组件", "GW"),
    ("精密铸件", "万件"),
    ("生物有机肥", "万吨"),
    ("食品包装材料", "万吨"),
    ("汽车零部件", "万套"),
    ("智能电表", "万台"),
    ("医用敷料", "亿片"),
    ("碳纤维复合材料", "千吨"),
    ("预制混凝土构件", "万立方米"),
];

/// Crops and livestock for agricultural projects.
pub const CROPS: [&str; 8] = [
    "中药材",
    "食用菌",
    "高山茶叶",
    "设施蔬菜",
    "优质水果",
    "稻渔综合",
    "肉牛",
    "生猪",
];

/// Roads of the district.
pub const ROADS: [&str; 10] = [
    "青山大道",
    "滨河路",
    "建设路",
    "学府路",
    "工业大道",
    "迎宾路",
    "环城北路",
    "新华街",
    "兴业路",
    "长青路",
];

/// Rivers of the district.
pub const RIVERS: [&str; 4] = ["青山河", "白水河", "柳河", "石门沟"];

/// Tags by category, and one for promoted projects.
pub const TAGS: [&[&str]; 5] = [
    &["乡村振兴", "衔接资金", "高标准农田"],
    &["技改", "数字经济", "专精特新", "新材料"],
    &["消费升级", "县域商业体系"],
    &["专项债", "城市更新", "民生实事"],
    &["民生实事", "专项债"],
];

/// Monthly image-progress notes (形象进度) of buildings, from early to late.
pub const NOTES_BUILDING: [&[&str]; 5] = [
    &["场地平整", "三通一平完成", "桩基施工", "土方开挖"],
    &["基础施工", "地下室施工", "桩基检测完成", "基础承台施工"],
    &[
        "主体结构施工",
        "钢结构吊装",
        "主体施工至三层",
        "主体施工至六层",
    ],
    &["主体结构封顶", "屋面工程施工", "外立面施工", "二次结构施工"],
    &["设备安装调试", "室内装修", "附属工程施工", "室外配套施工"],
];

/// Monthly image-progress notes of roads, pipes and river works.
pub const NOTES_WORKS: [&[&str]; 5] = [
    &["施工便道修筑", "场地清表", "测量放线", "管线探测"],
    &["路基施工", "围堰施工", "管沟开挖", "基础施工"],
    &["管网铺设", "桥梁下部结构施工", "堤防施工", "主体工程施工"],
    &[
        "路面基层施工",
        "桥梁上部结构施工",
        "护岸砌筑",
        "主体工程完成八成",
    ],
    &[
        "沥青面层摊铺",
        "附属设施施工",
        "绿化及亮化施工",
        "交通标志标线施工",
    ],
];

/// Notes before construction starts.
pub const NOTES_PRELIMINARY: [&str; 8] = [
    "完成可研批复",
    "正在办理用地手续",
    "环评公示中",
    "施工图设计审查中",
    "正在开展招标",
    "完成立项备案",
    "初步设计已批复",
    "正在办理施工许可",
];

/// Notes for suspended projects.
pub const NOTES_SUSPENDED: [&str; 4] = [
    "资金未到位，暂停施工",
    "设计变更，暂停施工",
    "企业经营困难，暂缓建设",
    "等待用地调规，暂停施工",
];

/// A problem text with the kind of owner that must solve it.
pub struct ProblemKind {
    /// The text of the problem (存在问题).
    pub text: &'static str,
    /// Who solves it.
    pub owner: Owner,
}

/// Who must solve a problem.
pub enum Owner {
    /// A department of [`UNITS`], by index.
    Unit(usize),
    /// A body outside the unit list, by name.
    Named(&'static str),
    /// The project's own responsible department.
    ProjectUnit,
    /// The government of the project's location.
    Town,
}

/// Problems of projects still in preliminary work.
pub const PROBLEMS_PRELIMINARY: [ProblemKind; 7] = [
    ProblemKind {
        text: "用地指标未落实",
        owner: Owner::Unit(3),
    },
    ProblemKind {
        text: "环评批复滞后",
        owner: Owner::Named("市生态环境局青山分局"),
    },
    ProblemKind {
        text: "施工许可手续未办结",
        owner: Owner::Unit(2),
    },
    ProblemKind {
        text: "规划方案调整未批复",
        owner: Owner::Unit(3),
    },
    ProblemKind {
        text: "土地征收未完成",
        owner: Owner::Town,
    },
    ProblemKind {
        text: "林地使用审批未完成",
        owner: Owner::Named("区林业局"),
    },
    ProblemKind {
        text: "项目前期资金未落实",
        owner: Owner::Unit(0),
    },
];

/// Problems of projects under construction or suspended.
pub const PROBLEMS_BUILDING: [ProblemKind; 8] = [
    ProblemKind {
        text: "施工用电未接入",
        owner: Owner::Named("国网青山供电公司"),
    },
    ProblemKind {
        text: "施工用水未接通",
        owner: Owner::Named("青山区供水公司"),
    },
    ProblemKind {
        text: "建设资金到位不足",
        owner: Owner::ProjectUnit,
    },
    ProblemKind {
        text: "周边群众阻工",
        owner: Owner::Town,
    },
    ProblemKind {
        text: "地下管线迁改未完成",
        owner: Owner::Unit(2),
    },
    ProblemKind {
        text: "专项债资金拨付滞后",
        owner: Owner::Named("区财政局"),
    },
    ProblemKind {
        text: "临时用地手续未办理",
        owner: Owner::Unit(3),
    },
    ProblemKind {
        text: "施工便道未打通",
        owner: Owner::Unit(4),
    },
];
