//! Unit tests of the import stages that need no files: cell values, headers, CSV decoding.

mod grid {
    use crate::import::grid::*;

    #[test]
    fn letters_and_numbers() {
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(4), "E");
        assert_eq!(column_letter(25), "Z");
        assert_eq!(column_letter(26), "AA");
        assert_eq!(column_letter(701), "ZZ");
        assert_eq!(column_letter(702), "AAA");
        assert_eq!(number_text(35.699999999999996), "35.7");
        assert_eq!(number_text(1001.0), "1001");
        assert_eq!(number_text(0.0001), "0.0001");
        assert_eq!(number_text(1234.56789), "1234.56789");
    }

    #[test]
    fn csv_encodings() {
        let (gbk, _, _) = encoding_rs::GBK.encode("项目名称,总投资\n测试,1\n");
        let (t, e) = decode(&gbk);
        assert_eq!((t.as_str(), e), ("项目名称,总投资\n测试,1\n", "GBK"));
        let (t, e) = decode("\u{feff}a,b".as_bytes());
        assert_eq!((t.as_str(), e), ("a,b", "UTF-8 with BOM"));
        let g = csv_grid("a\tb\tc\n1\t\t3\n").unwrap();
        assert_eq!(g.get(1, 2), &Value::Text("3".into()));
        assert_eq!(g.get(1, 1), &Value::Empty);
    }
}

mod values {
    use crate::import::grid::Value;
    use crate::import::values::*;
    use crate::model::{Kind, Money, Stage};

    fn wan(s: &str) -> Result<Option<String>, String> {
        amount(&Value::Text(s.into()), Scale::Wan)
            .map(|m| m.map(Money::plain))
            .map_err(|e| e.to_string())
    }

    #[test]
    fn amounts() {
        assert_eq!(wan("1.2亿元"), Ok(Some("12000".into())));
        assert_eq!(wan("12,000"), Ok(Some("12000".into())));
        assert_eq!(wan("1,234,567.5万元"), Ok(Some("1234567.5".into())));
        assert_eq!(wan("５０００"), Ok(Some("5000".into())));
        assert_eq!(wan("3.25亿"), Ok(Some("32500".into())));
        assert_eq!(wan("12345元"), Ok(Some("1.2345".into())));
        assert_eq!(wan("—"), Ok(None));
        assert!(wan("待定").is_err());
        assert!(wan("1,23").is_err());
        assert!(wan("-5").is_err());
        assert!(wan("12345.6元").is_err());
        let yi = amount(&Value::Number(1.25), Scale::Yi).unwrap().unwrap();
        assert_eq!(yi.plain(), "12500");
        let f = amount(&Value::Number(35.699999999999996), Scale::Wan).unwrap();
        assert_eq!(f.map(Money::plain), Some("35.7".into()));
    }

    #[test]
    fn dates() {
        let d = |s: &str| date_parts(&Value::Text(s.into()));
        assert_eq!(d("2021-03-15"), Ok(Some((2021, 3, Some(15)))));
        assert_eq!(d("2021年3月"), Ok(Some((2021, 3, None))));
        assert_eq!(d("2021.3"), Ok(Some((2021, 3, None))));
        assert_eq!(d("2021/3/5"), Ok(Some((2021, 3, Some(5)))));
        assert_eq!(d("202103"), Ok(Some((2021, 3, None))));
        assert!(d("2021-02-30").is_err());
        assert!(d("三月").is_err());
        let serial = date_parts(&Value::Number(44270.0)).unwrap();
        assert_eq!(serial, Some((2021, 3, Some(15))));
    }

    #[test]
    fn stages_kinds_leaders() {
        assert_eq!(stage("已开工"), Some(Stage::Construction));
        assert_eq!(stage("未开工"), Some(Stage::Preliminary));
        assert_eq!(stage("主体施工"), Some(Stage::Construction));
        assert_eq!(stage("已竣工"), Some(Stage::Completed));
        assert_eq!(stage("停建"), Some(Stage::Suspended));
        assert_eq!(stage("投入运营"), Some(Stage::Operating));
        assert_eq!(stage("不知道"), None);
        assert_eq!(kind("续建项目"), Some(Kind::Continuing));
        assert_eq!(
            leaders("王某某、李某 张三,赵四，钱五"),
            ["王某某", "李某", "张三", "赵四", "钱五"]
        );
    }

    #[test]
    fn periods() {
        let p = |s: &str| period_in(s).map(|m| m.to_string());
        assert_eq!(
            p("红山区2021年1-9月重点项目进度表").as_deref(),
            Some("2021-09")
        );
        assert_eq!(p("2021年9月份台账").as_deref(), Some("2021-09"));
        assert_eq!(p("台账2021-09.xlsx").as_deref(), Some("2021-09"));
        assert_eq!(p("2021.9").as_deref(), Some("2021-09"));
        assert_eq!(p("填报日期：2021年10月8日"), None);
        assert_eq!(p("2021-10-08"), None);
        assert_eq!(p("2021年重点项目"), None);
        assert_eq!(year_in("2021年重点项目"), Some(2021));
    }
}

mod header {
    use crate::import::header::*;
    use crate::import::map::read_map;

    #[test]
    fn headers_people_write() {
        let f = |s: &str| classify(s).map(|x| x.0);
        assert_eq!(f("项目名称"), Some(Field::Name));
        assert_eq!(f("计划总投资（万元）"), Some(Field::Total));
        assert_eq!(f("2021年计划投资"), Some(Field::Plan));
        assert_eq!(classify("2021年计划投资").and_then(|x| x.1), Some(2021));
        assert_eq!(f("年度计划投资"), Some(Field::Plan));
        assert_eq!(f("本月完成投资"), Some(Field::Invested));
        assert_eq!(f("1-9月累计完成投资"), Some(Field::Cumulative));
        assert_eq!(f("1-9月完成投资"), Some(Field::Cumulative));
        assert_eq!(f("今年以来完成投资"), Some(Field::Cumulative));
        assert_eq!(f("自开工累计完成投资"), Some(Field::SinceStart));
        assert_eq!(f("开累完成投资（万元）"), Some(Field::SinceStart));
        assert!(names_this_year("2026年1-10月完成投资"));
        assert!(names_this_year("本年累计完成"));
        assert!(!names_this_year("累计完成投资"));
        assert_eq!(f("投资情况累计完成"), Some(Field::Cumulative));
        assert_eq!(f("完成投资本月"), Some(Field::Invested));
        assert_eq!(f("累计到位资金"), Some(Field::FundsCumulative));
        assert_eq!(f("包保领导"), Some(Field::Leaders));
        assert_eq!(f("项目管家"), Some(Field::Leaders));
        assert_eq!(f("乡镇（园区）"), Some(Field::Location));
        assert_eq!(f("产业类别"), Some(Field::Category));
        assert_eq!(f("行业"), Some(Field::Category));
        assert_eq!(f("计划开工时间"), Some(Field::PlannedStart));
        assert_eq!(f("开工时间"), Some(Field::Started));
        assert_eq!(f("建设单位"), Some(Field::Owner));
        assert_eq!(f("责任单位"), Some(Field::Unit));
        assert_eq!(f("形象进度"), Some(Field::Note));
        assert_eq!(f("建设阶段"), Some(Field::Stage));
        assert_eq!(f("序号"), Some(Field::Serial));
        assert_eq!(f("项目编号"), Some(Field::Id));
        assert_eq!(f("备注"), None);
        assert_eq!(f("红山区2021年重点项目建设进度表"), None);
    }

    #[test]
    fn maps_are_checked() {
        let m = read_map("计划投资额: plan_2022\n牵头领导: leaders\n").unwrap();
        assert_eq!(m.get("计划投资额"), Some(&(Field::Plan, Some(2022))));
        let e = read_map("备注: notes\n").unwrap_err().to_string();
        assert!(e.contains("did you mean `note`"), "{e}");
    }
}
