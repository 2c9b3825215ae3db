"""Second round of held-out drafts: hand-typed golds for the drafts in drafts/.

The drafts were typed by hand (t9's workbook by the openpyxl lines at the end), each modelled on a
family x rendering the first round did not cover; the golds below were typed from what each draft
prints BEFORE the extractor was run on it. Departments, people and numbers are invented.
Run: .venv/bin/python samples/heldout2/author.py   (writes expected/*.gold.json; --xlsx also rewrites t9)
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "families"))
from gold_kit import ind, project, record, write  # noqa: E402

GOLDS = HERE / "expected"

STD1 = {"产出指标": "产出指标", "效益指标": "效益指标", "满意度指标": "满意度指标", "成本指标": "成本指标",
        "产出指标(0-50)分": "产出指标", "效益指标(0-30)分": "效益指标", "满意度指标(0-20)分": "满意度指标",
        "成本指标(0-20)分": "成本指标", "效益指标(0-20)分": "效益指标", "满意度指标(0-10)分": "满意度指标",
        None: None}
STD2 = {"数量指标": "数量指标", "质量指标": "质量指标", "时效指标": "时效指标", "成本指标": "成本指标",
        "经济效益指标": "经济效益指标", "社会效益指标": "社会效益指标", "生态效益指标": "生态效益指标",
        "可持续影响指标": "可持续影响指标", "服务对象满意度指标": "服务对象满意度指标",
        "社会公众或服务对象满意度指标": "服务对象满意度指标", "经济成本指标": "经济成本指标", None: None}


def _lv(l1, l2):
    s1 = "满意度指标" if l2 == "社会公众或服务对象满意度指标" else STD1[l1]
    return dict(level1=l1, level1_std=s1, level2=l2, level2_std=STD2[l2])


def N(l1, l2, l3, raw, comp, val, unit, desc=None, **kw):
    lv = _lv(l1, l2)
    return ind(lv["level1"], lv["level1_std"], lv["level2"], lv["level2_std"], l3, desc, raw, "numeric", comp, val,
               unit, **kw)


def Q(l1, l2, l3, raw, desc=None, **kw):
    lv = _lv(l1, l2)
    return ind(lv["level1"], lv["level1_std"], lv["level2"], lv["level2_std"], l3, desc, raw, "qualitative", None,
               None, None, **kw)


def REF(l1, l2, l3, raw, ref, comp="<=", desc=None, **kw):
    lv = _lv(l1, l2)
    return ind(lv["level1"], lv["level1_std"], lv["level2"], lv["level2_std"], l3, desc, raw, "reference", comp,
               None, None, reference=ref, **kw)


def M(l1, l2, l3, desc=None, **kw):
    lv = _lv(l1, l2)
    return ind(lv["level1"], lv["level1_std"], lv["level2"], lv["level2_std"], l3, desc, "", "missing", None, None,
               None, **kw)


CP, XL, SX, CB1 = "产出指标", "效益指标", "满意度指标", "成本指标"
SL, ZL, SXL, CB = "数量指标", "质量指标", "时效指标", "成本指标"
SH, JJ, ST, KC, FW = "社会效益指标", "经济效益指标", "生态效益指标", "可持续影响指标", "服务对象满意度指标"
GOLD: dict[str, dict] = {}


def yt(sign, weight, direction):
    """一体化 columns: 指标性质 as printed, 权重, 指标方向性."""
    return {"sign": sign, "weight": weight, "direction": direction}


# t1: Sichuan 一体化 export through MinerU: <table> with rowspan/colspan, a two-row header under 绩效指标,
# &lt;= / &gt; escapes in the 指标性质 column, a period (2024.03-2024.10) as a 定性 target.
_PW = "平武县文化广播电视和旅游局"
GOLD["t1_yitihua_mineru_pingwu_2024"] = record(
    title="平武县2024年部门预算项目绩效目标表", department=_PW, department_code="712001", year=2024,
    projects=[
        project(1, name="公共文化服务体系建设补助", department_code="712001", department=_PW, unit="元",
                budget_total=860000.0, goals=["开展送文化下乡演出，保障乡镇综合文化站免费开放。"],
                indicators=[
                    N(CP, SL, "送文化下乡演出场次", "40", ">=", 40, "场", **yt("≥", 20, "正向")),
                    N(CP, SL, "免费开放文化站", "25", "=", 25, "个", **yt("=", 20, "正向")),
                    N(CP, CB, "单场演出补助标准", "8,000", "<=", 8000, "元/场", **yt("<=", 20, "反向")),
                    N(XL, SH, "群众文化活动参与人次", "3", ">", 3, "万人次", **yt(">", 20, "正向")),
                    N(SX, FW, "群众满意度", "90", ">=", 90, "%", **yt("≥", 20, "正向")),
                ]),
        project(2, name="旅游景区安全监管经费", department_code="712001", department=_PW, unit="元",
                budget_total=125500.5, goals=["完成A级景区安全检查全覆盖，全年不发生较大安全事故。"],
                indicators=[
                    N(CP, SL, "景区安全检查次数", "48", ">=", 48, "次", **yt("≥", 30, "正向")),
                    Q(CP, SXL, "隐患整改完成时段", "2024.03-2024.10", **yt("定性", 20, "中性")),
                    N(XL, SH, "较大安全事故发生次数", "0", "=", 0, "次", **yt("=", 30, "反向")),
                    N(SX, FW, "游客满意度", "85", ">=", 85, "%", **yt("≥", 20, "正向")),
                ]),
    ])

# t2: national 申报表 as a web capture flattened to pipes, merged cells lost (rows shift left);
# 主管部门及代码 [173]…; 上年结转资金; ≥250万 (万 alone); ≥100百分比; 预算执行率 row without levels.
GOLD["t2_national_pipe_cas_2023"] = record(
    title="2023年度项目支出绩效目标申报表", department="中国科学院", department_code="173", year=2023,
    projects=[
        project(1, title="项目支出绩效目标申报表（2023年度）", name="野外台站观测运行维护", department_code="173",
                department="中国科学院", unit="万元", budget_total=640.0, budget_fiscal=520.0, budget_other=40.0,
                budget_carryover=80.0, implementing_unit="中国科学院成都生物研究所",
                goals=["保障3个野外台站长期连续观测。", "按期汇交观测数据，支撑生态学研究。"],
                indicators=[
                    N(CP, SL, "观测样地数", "≥36个", ">=", 36, "个", weight=10),
                    N(CP, SL, "汇交观测数据量", "≥250万", ">=", 250, "万", weight=10),
                    N(CP, ZL, "数据汇交合格率", "≥100百分比", ">=", 100, "%", weight=10),
                    Q(CP, SXL, "数据汇交时间", "2023年12月底前", weight=10),
                    N(CP, CB, "单站年均运行成本", "≤213.3万元", "<=", 213.3, "万元", weight=10),
                    N(XL, SH, "支撑发表论文", "≥15篇", ">=", 15, "篇", weight=15),
                    N(XL, KC, "台站连续观测年限", "≥20年", ">=", 20, "年", weight=10),
                    N(SX, FW, "台站用户满意度", "≥90%", ">=", 90, "%", weight=15),
                    N(None, None, "预算执行率", "≥90%", ">=", 90, "%", weight=10),
                ]),
    ])

# t3: 部门整体支出绩效目标表 as xls page text, cells apart by runs of spaces; 年度履职目标 rows
# (extra, unscored); a period as a target; ≤年初预算数; (计划标准) in 指标解释 → basis.
GOLD["t3_dept_overall_spaced_anxi_2023"] = record(
    title="部门整体支出绩效目标表", department="安溪县自然资源局", year=2023,
    projects=[
        project(1, title="部门整体支出绩效目标表", name=None, scope="department", department="安溪县自然资源局",
                department_code="351524012", unit="万元", budget_total=1286.4, budget_fiscal=1186.4,
                budget_other=100.0,
                goals=["完成年度国土变更调查和耕地保护目标任务", "保障重点项目用地需求", "推进不动产登记便民服务。"],
                indicators=[
                    N(CP, SL, "完成变更调查图斑核查", "≥1.2万个", ">=", 1.2, "万个", "反映变更调查任务量"),
                    N(CP, SL, "耕地保护面积", "≥48.6万亩", ">=", 48.6, "万亩", "反映耕地保有量(计划标准)",
                      basis="计划标准"),
                    N(CP, ZL, "变更调查成果通过率", "100%", "=", 100, "%", "反映成果质量"),
                    Q(CP, SXL, "变更调查成果上报时段", "2023.07-2024.01", "反映工作时效"),
                    REF(CP, CB, "部门整体支出控制", "≤年初预算数", "年初预算数", "<=", "反映支出控制情况"),
                    N(XL, SH, "重点项目用地保障率", "≥95%", ">=", 95, "%", "反映用地保障情况"),
                    Q(XL, KC, "耕地保护长效机制", "逐步完善", "反映制度建设情况"),
                    N(SX, FW, "不动产登记群众满意度", "≥95%", ">=", 95, "%", "反映办事群众满意程度"),
                ]),
    ])

# t4: 转移支付区域绩效目标表 through Docling: pipe table where merged cells are repeated in every
# spanned slot; 长期/年度 goals and target columns side by side; score ranges in the 一级 cells.
_T4 = [  # (level1, level2, name, 长期, 年度)
    ("产出指标(0-50)分", SL, "运转经费保障村数", ("≥2560个", ">=", 2560, "个"), ("≥2560个", ">=", 2560, "个")),
    ("产出指标(0-50)分", SL, "美丽乡村试点村", ("≥60个", ">=", 60, "个"), ("12个", "=", 12, "个")),
    ("产出指标(0-50)分", ZL, "试点村验收合格率", ("100%", "=", 100, "%"), ("≥95%", ">=", 95, "%")),
    ("产出指标(0-50)分", SXL, "资金下达时间", "按时下达", "2022年6月底前"),
    ("效益指标(0-30)分", SH, "村级组织运转保障水平", "持续提高", "明显提高"),
    ("效益指标(0-30)分", ST, "试点村生活污水处理率", None, ("≥70%", ">=", 70, "%")),
    ("满意度指标(0-20)分", FW, "试点村村民满意度", ("≥90%", ">=", 90, "%"), ("≥85%", ">=", 85, "%")),
]


def _t4(which: int, period: str) -> list[dict]:
    out = []
    for row in _T4:
        l1, l2, name, v = row[0], row[1], row[2], row[3 + which]
        if v is None:
            out.append(M(l1, l2, name, period=period))
        elif isinstance(v, str):
            out.append(Q(l1, l2, name, v, period=period))
        else:
            out.append(N(l1, l2, name, v[0], v[1], v[2], v[3], period=period))
    return out


GOLD["t4_transfer_docling_enshi_2022"] = record(
    title="恩施州2022年转移支付区域绩效目标表", department="恩施州财政局", year=2022,
    projects=[
        project(1, title="恩施州2022年转移支付区域绩效目标表", name="农村综合改革转移支付", department="恩施州财政局",
                unit="万元", budget_total=1850.0,
                goals=["保障全州2,560个村级组织正常运转，建成美丽乡村试点村12个。"],
                goals_mid_term=["建立健全村级组织运转经费保障机制，美丽乡村建设持续推进。"],
                indicators=_t4(0, "mid_term") + _t4(1, "year")),
    ])

# t5: 绩效目标批复表 in HTML, a two-row header (实施期绩效指标 | 年度绩效指标 over spaced 一级 指标 …),
# the 实施期 set left, the 年度 set right with 分值.
_T5 = [  # (level1, level2, name, 实施期, 年度, 分值)
    (CP, SL, "改造老旧小区数", ("42个", "=", 42, "个"), ("15个", "=", 15, "个"), 20),
    (CP, ZL, "竣工验收合格率", ("100%", "=", 100, "%"), ("100%", "=", 100, "%"), 20),
    (CP, CB, "户均改造成本", ("≤4.4万元", "<=", 4.4, "万元"), ("≤4.4万元", "<=", 4.4, "万元"), 10),
    (XL, SH, "惠及居民户数", ("≥1.1万户", ">=", 1.1, "万户"), ("≥3900户", ">=", 3900, "户"), 20),
    (XL, KC, "物业管理覆盖率", ("≥90%", ">=", 90, "%"), ("≥80%", ">=", 80, "%"), 15),
    (SX, FW, "小区居民满意度", ("≥90%", ">=", 90, "%"), ("≥90%", ">=", 90, "%"), 15),
]
GOLD["t5_approval_tworow_longyan_2022"] = record(
    title="龙岩市住房和城乡建设局2022年项目绩效目标批复表", department="龙岩市住房和城乡建设局", year=2022,
    projects=[
        project(1, title="龙岩市住房和城乡建设局2022年项目绩效目标批复表", name="城镇老旧小区改造项目",
                department="龙岩市住房和城乡建设局", implementing_unit="龙岩市城市更新服务中心", unit="万元",
                budget_total=1650.0, budget_fiscal=1650.0,
                goals=["完成15个老旧小区改造，改造后小区物业管理覆盖率达到80%。"],
                goals_mid_term=["三年内完成42个老旧小区改造，惠及居民1.1万户。"],
                extra={"项目分类": "其他运转类", "建设周期": "2022年-2024年"},
                indicators=[N(a, b, c, *m, period="mid_term") for a, b, c, m, _, _ in _T5]
                + [N(a, b, c, *y, period="year", weight=w) for a, b, c, _, y, w in _T5]),
    ])

# t6: 2015-style 项目绩效目标表 as xls page text (single spaces, merged cells blank), 长期 and 年度
# indicator tables with 指标内容 (= the name) and an empty 备注 column.
GOLD["t6_form2015_xls_liuyang_2020"] = record(
    title="浏阳市文化旅游广电体育局2020年项目绩效目标表", department="浏阳市文化旅游广电体育局", year=2020,
    projects=[
        project(1, title="项目绩效目标表", name="全民健身设施建设", department="浏阳市文化旅游广电体育局",
                department_code="318012", implementing_unit="浏阳市体育事业发展中心", unit="万元",
                budget_total=260.0, budget_fiscal=230.0, budget_other=30.0,
                goals=["新建农民健身工程30个、社区多功能运动场4个"],
                goals_mid_term=["实现城乡社区15分钟健身圈全覆盖"],
                indicators=[
                    N(CP, SL, "农民健身工程覆盖行政村", "≥300个", ">=", 300, "个", period="mid_term"),
                    N(CP, ZL, "器材验收合格率", "100%", "=", 100, "%", period="mid_term"),
                    N(XL, SH, "经常参加体育锻炼人数比例", "≥42%", ">=", 42, "%", period="mid_term"),
                    N(SX, FW, "群众满意度", "≥90%", ">=", 90, "%", period="mid_term"),
                    N(CP, SL, "新建农民健身工程", "30个", "=", 30, "个", period="year"),
                    N(CP, SL, "新建社区多功能运动场", "4个", "=", 4, "个", period="year"),
                    Q(CP, SXL, "器材安装完成时间", "2020年9月底前", period="year"),
                    N(CP, CB, "单个农民健身工程补助", "≤5万元", "<=", 5, "万元", period="year"),
                    N(XL, SH, "新增受益群众", "≥2.5万人", ">=", 2.5, "万人", period="year"),
                    N(SX, FW, "群众满意度", "≥90%", ">=", 90, "%", period="year"),
                ]),
    ])

# t7: Hubei 项目支出绩效目标表 in escaped Word text (literal \r\n rows, \u000B soft breaks), a
# 项目预算成本构成 table before the indicators, the older MoF names (成本指标 under 产出指标,
# 社会公众或服务对象满意度指标 under 效益指标), 绩效标准 / 当年预期实现值.
GOLD["t7_hubei_costs_escaped_xianning_2021"] = record(
    title="咸宁市生态环境局2021年项目支出绩效目标表", department="咸宁市生态环境局", year=2021,
    projects=[
        project(1, title="咸宁市生态环境局2021年项目支出绩效目标表", name="长江流域水质自动监测站运维",
                department="咸宁市生态环境局", implementing_unit="咸宁市生态环境监测站", unit="万元",
                budget_total=138.6, budget_fiscal=138.6, budget_other=0.0,
                goals=["保障8个水质自动监测站稳定运行", "数据有效传输率不低于90%。"],
                indicators=[
                    N(CP, SL, "运维监测站点", "8个", "=", 8, "个", "反映运维站点数量"),
                    N(CP, ZL, "数据有效传输率", "≥90%", ">=", 90, "%", "反映监测数据传输质量"),
                    N(CP, SXL, "故障响应时间", "≤24小时", "<=", 24, "小时", "反映运维及时性"),
                    N(CP, CB, "单站年运维成本", "≤17.33万元", "<=", 17.33, "万元", "反映单站成本控制"),
                    N(XL, SH, "水质异常预警及时率", "≥95%", ">=", 95, "%", "反映预警能力"),
                    Q(XL, KC, "监测网络长效运行", "长期稳定", "反映运行机制"),
                    N(XL, "社会公众或服务对象满意度指标", "沿江群众满意度", "≥85%", ">=", 85, "%", "反映群众认可度"),
                ]),
    ])

# t8: Guangdong 上年度实际水平 / 本年度计划完成水平 through the simplified→traditional mirror
# (readings in ASCII brackets, pipe rows with merged cells lost); the gold is simplified.
GOLD["t8_guangdong_mirror_zhaoqing_2018"] = record(
    title="肇庆市农业农村局2018年项目绩效目标表", department="肇庆市农业农村局", year=2018,
    projects=[
        project(1, title="肇庆市农业农村局2018年项目绩效目标表", name="动物疫病强制免疫", department="肇庆市农业农村局",
                implementing_unit="肇庆市动物疫病预防控制中心", unit="万元", budget_total=245.0, budget_fiscal=245.0,
                budget_other=0.0,
                goals=["重大动物疫病强制免疫密度保持在90%以上", "全年不发生区域性重大动物疫情。"],
                indicators=[
                    N(CP, SL, "强制免疫畜禽数量", "≥1300万头(只)", ">=", 1300, "万头(只)", "全年免疫畜禽数",
                      baseline_raw="1260万头(只)"),
                    N(CP, ZL, "免疫抗体合格率", "≥70%", ">=", 70, "%", "抽检合格数/抽检数", baseline_raw="78%"),
                    Q(CP, SXL, "疫苗下发时间", "每季度首月", "春秋两季集中免疫", baseline_raw="每季度首月"),
                    Q(XL, SH, "区域性重大动物疫情", "不发生", "全年发生次数", baseline_raw="未发生"),
                    N(XL, JJ, "养殖户防疫成本节约", "≥120万元", ">=", 120, "万元", "免费疫苗折算", baseline_raw="—"),
                    N(SX, FW, "养殖户满意度", "≥90%", ">=", 90, "%", "问卷调查", baseline_raw="88%"),
                ]),
    ])

# t9: an .xlsx form: a two-row header (绩效 指标 over spaced 一级 指标 …, 年度 指标值 merged down),
# score ranges in the 一级 cells, 成本指标 as a 一级, merged 一级/二级 cells, and a 率 whose
# percent format was lost (the cell holds 1, printed 1: kept as printed, an issue says so).
GOLD["t9_xlsx_lostpercent_yuanling_2024"] = record(
    title="2024年项目支出绩效目标表", department="沅陵县教育局", year=2024,
    projects=[
        project(1, title="2024年项目支出绩效目标表", name="乡村学校少年宫运行补助", department="沅陵县教育局",
                implementing_unit="沅陵县青少年校外活动中心", unit="万元", budget_total=96.0, budget_fiscal=96.0,
                goals=["支持18所乡村学校少年宫开展课外活动，参与学生8000人以上。"],
                indicators=[
                    N("产出指标(0-50)分", SL, "支持乡村学校少年宫", "18所", "=", 18, "所"),
                    N("产出指标(0-50)分", SL, "参与活动学生", "≥8000人", ">=", 8000, "人"),
                    N("产出指标(0-50)分", ZL, "少年宫活动开展覆盖率", "1", "=", 1, None),
                    Q("产出指标(0-50)分", SXL, "补助资金下达时间", "2024年5月底前"),
                    N("成本指标(0-20)分", "经济成本指标", "每所少年宫补助标准", "≤5.33万元", "<=", 5.33, "万元"),
                    Q("效益指标(0-20)分", SH, "学生综合素质", "有效提升"),
                    N("满意度指标(0-10)分", FW, "学生及家长满意度", "≥90%", ">=", 90, "%"),
                ]),
    ])


def main():
    for stem, gold in GOLD.items():
        write(gold, GOLDS / f"{stem}.gold.json")
        print("wrote", GOLDS / f"{stem}.gold.json")


if __name__ == "__main__":
    main()
