import sys; from pathlib import Path; sys.path.insert(0, str(Path(__file__).resolve().parents[1])); ROOT = Path(__file__).resolve().parents[3]
from gold_kit import ind, project, record, write
T = "项目绩效目标表(2021年度)"
ROWS = [  # (level1 as printed or inherited, level1_std, level2, level2_std, 指标值, 备注)
 ("产出指标", "产出指标", "数量指标", "数量指标", "88"),
 ("产出指标", "产出指标", "质量指标", "质量指标", "88"),
 ("产出指标", "产出指标", "时效指标", "时效指标", "88"),
 ("产出指标", "产出指标", "成本指标", "成本指标", "88"),
 ("效益指标", "效益指标", "经济效益指标", "经济效益指标", "88"),
 ("效益指标", "效益指标", "社会效益指标", "社会效益指标", "68"),
 ("效益指标", "效益指标", "生态效益指标", "生态效益指标", "20"),
 ("效益指标", "效益指标", "可持续影响指标", "可持续影响指标", "20"),
 ("效益指标", "满意度指标", "社会公众或服务对象满意度指标", "服务对象满意度指标", "88"),
]
def rows(period, upto):
    return [ind(l1, l1s, l2, l2s, None, None, v, "numeric", "=", float(v) if "." in v else int(v), None,
                period=period, extra={"备注": "100"}) for l1, l1s, l2, l2s, v in ROWS[:upto]]
inds = rows("mid_term", 9) + rows("year", 8)
p = project(1, title=T, name="镇域内基础设施建设", department="坝塘镇", implementing_unit="坝塘镇", unit="万元",
            budget_total=10606.7522, budget_fiscal=6923.3552, budget_other=3683.3970, budget_carryover=None,
            goals=["全面完成集镇立面改造、机关、学校、乡村振兴等项目,搞好提质改造"],
            goals_mid_term=["改善镇域内基础设施,振兴乡村经济"], indicators=inds,
            extra={"项目属性": "延续项目", "项目负责人": "蒋建华", "项目起止时间": "2021",
                   "上级财政资金": "6923.3552万元", "本级财政": "0万元", "自有资金": "0万元",
                   "项目概况": "镇域内水利、道路、机关、学校及乡村振兴等基础设施建设项目",
                   "项目立项的依据": "机关、学校、乡村振兴按发改立项", "项目申报的可行性": "已申报项目可行性评估",
                   "项目申报的必要性": "为改善镇域内基础设施、振兴乡村",
                   "实施进度计划": [{"项目实施内容": "1总体概念规划", "开始时间": "2016", "完成时间": "2020"},
                                   {"项目实施内容": "2、核心区规划", "开始时间": "2021", "完成时间": "2021"}]})
write(record(title=T, department="宁乡市坝塘镇人民政府", year=2021, projects=[p]),
      ROOT / "tests/data/real/08/gold.json")
