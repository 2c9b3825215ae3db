"""Held-out drafts, round 3: hand-typed golds for the hand-typed drafts in drafts/.

Typed from what each draft prints, committed before the extractor ran on the drafts.
Run: .venv/bin/python samples/heldout3/author.py
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "heldout2"))
from author import CB, CP, FW, GOLD as _ROUND2, KC, SH, SL, SX, SXL, XL, ZL, M, N, Q, REF, ind, project, record, write  # noqa: E402,F401

GOLDS = HERE / "expected"
GOLD: dict[str, dict] = {}
STD = {"产出": "产出指标", "效益": "效益指标", "满意度": "满意度指标", "数量": "数量指标", "质量": "质量指标",
       "时效": "时效指标", "成本": "成本指标", "社会效益": "社会效益指标", "可持续影响": "可持续影响指标",
       "服务对象满意度": "服务对象满意度指标"}


def S(l1, l2, l3, desc, sign, raw, kind, comp, val, unit):
    """Short level names as printed (产出 / 数量), standard names typed beside them."""
    return ind(l1, STD[l1], l2, STD[l2], l3, desc, raw, kind, comp, val, unit, sign=sign)


# u1: national 申报表 glued (no separators), a target glued to its 分值 (≥120个10), 预算执行率 last.
GOLD["u1_national_glued_igsnrr_2024"] = record(
    title="中国科学院地理科学与资源研究所2024年项目支出绩效目标申报表", department="中国科学院", department_code="173",
    year=2024,
    projects=[
        project(1, title="项目支出绩效目标申报表（2024年度）", name="生态系统观测数据共享服务", department_code="173",
                department="中国科学院", implementing_unit="中国科学院地理科学与资源研究所", unit="万元",
                budget_total=410.0, budget_fiscal=350.0, budget_other=15.0, budget_carryover=45.0,
                goals=["完成10个生态站数据整编入库。", "数据共享服务用户数稳步增长。"],
                indicators=[
                    N(CP, SL, "整编入库数据集", "≥120个", ">=", 120, "个", weight=10),
                    N(CP, SL, "共享服务用户", "≥3500人次", ">=", 3500, "人次", weight=10),
                    N(CP, ZL, "数据集质量审核通过率", "≥98%", ">=", 98, "%", weight=10),
                    N(CP, SXL, "数据更新周期", "≤3个月", "<=", 3, "个月", weight=10),
                    N(CP, CB, "单个数据集整编成本", "≤1.5万元", "<=", 1.5, "万元", weight=10),
                    N(XL, SH, "支撑科研项目", "≥40项", ">=", 40, "项", weight=20),
                    Q(XL, KC, "数据共享服务长效运行", "持续稳定", weight=10),
                    N(SX, FW, "数据用户满意度", "≥90%", ">=", 90, "%", weight=10),
                    N(None, None, "预算执行率", "≥90%", ">=", 90, "%", weight=10),
                ]),
    ])

# u2: Hunan-style HTML with SHORT level names (产出 / 数量 / 社会效益 / 满意度), 指标值类型 and 计量单位
# columns after 指标解释, a <br> inside the goals cell.
_LL = "醴陵市民政局"
GOLD["u2_hunan_shortlevels_html_liling_2023"] = record(
    title="醴陵市民政局2023年项目支出绩效目标表", department=_LL, year=2023,
    projects=[
        project(1, title="醴陵市民政局2023年项目支出绩效目标表", name="特困人员救助供养", department=_LL,
                implementing_unit="醴陵市社会救助服务中心", unit="万元", budget_total=1268.5, budget_fiscal=1268.5,
                budget_other=0.0, goals=["按时足额发放特困人员基本生活费和照料护理费，保障特困人员基本生活。"],
                indicators=[
                    S("产出", "数量", "救助供养特困人员", "年度救助供养人数", "定量", "≥1850", "numeric", ">=", 1850, "人"),
                    S("产出", "数量", "集中供养机构", "运行的供养服务机构数", "定量", "17", "numeric", "=", 17, "家"),
                    S("产出", "时效", "基本生活费发放时间", "每月10日前发放到位", "定性", "每月10日前", "qualitative",
                      None, None, None),
                    S("产出", "成本", "集中供养人均标准", "每人每月基本生活费", "定量", "≥1000", "numeric", ">=", 1000,
                      "元/人·月"),
                    S("效益", "社会效益", "特困人员基本生活保障", "兜底保障情况", "定性", "有效保障", "qualitative",
                      None, None, None),
                    S("效益", "可持续影响", "供养服务机构安全运行", "全年安全责任事故", "定量", "0", "numeric", "=", 0, "起"),
                    S("满意度", "服务对象满意度", "特困人员满意度", "抽样调查", "定量", "≥90", "numeric", ">=", 90, "%"),
                ]),
    ])

# u3: text with cells apart by spaces and the header over two lines (一级 / 指标 …), blank merged cells,
# 65岁… names starting with digits, a label:value header block.
_JL = "将乐县卫生健康局"
GOLD["u3_spaced_tworow_header_jiangle_2021"] = record(
    title="将乐县卫生健康局2021年项目支出绩效目标表", department=_JL, year=2021,
    projects=[
        project(1, title="将乐县卫生健康局2021年项目支出绩效目标表", name="基本公共卫生服务补助", department=_JL,
                unit="万元", budget_total=642.3, budget_fiscal=642.3, budget_other=0.0,
                goals=["为辖区常住居民免费提供基本公共卫生服务，65岁及以上老年人健康管理率达到70%。"],
                indicators=[
                    N(CP, SL, "65岁及以上老年人健康管理人数", "≥9200人", ">=", 9200, "人", weight=15),
                    N(CP, SL, "高血压患者规范管理人数", "≥6500人", ">=", 6500, "人", weight=15),
                    N(CP, ZL, "电子健康档案建档率", "≥90%", ">=", 90, "%", weight=15),
                    Q(CP, SXL, "补助资金拨付时间", "按季度拨付", weight=10),
                    N(XL, SH, "居民健康素养水平", "≥24%", ">=", 24, "%", weight=15),
                    Q(XL, KC, "基本公共卫生服务均等化水平", "持续提高", weight=10),
                    N(SX, FW, "居民满意度", "≥85%", ">=", 85, "%", weight=20),
                ]),
    ])


def yt(sign, weight, direction):
    return {"sign": sign, "weight": weight, "direction": direction}


# v1: Sichuan 一体化 export as one cell per line (` |`), a bare `|` ending each row and standing for each
# empty cell: continuation rows lose their leading blanks, an empty 度量单位 cuts a 定性 row.
_QC = "青川县教育局"
GOLD["v1_yitihua_celllines_qingchuan_2024"] = record(
    title="2024年部门预算项目绩效目标表", department=_QC, department_code="415001", year=2024,
    projects=[
        project(1, name="学生营养改善计划膳食补助", department_code="415001", department=_QC, unit="元",
                budget_total=2310000.0, goals=["为农村义务教育学生提供营养膳食补助，提高学生营养健康水平。"],
                indicators=[
                    N(CP, SL, "受益学生人数", "5,500", ">=", 5500, "人", **yt("≥", 20, "正向")),
                    N(CP, ZL, "食品安全抽检合格率", "98", ">=", 98, "%", **yt("≥", 20, "正向")),
                    N(CP, CB, "生均每天补助标准", "5", "=", 5, "元/人·天", **yt("=", 20, "中性")),
                    Q(XL, SH, "学生营养健康状况", "明显改善", **yt("定性", 20, "正向")),
                    N(SX, FW, "学生家长满意度", "90", ">=", 90, "%", **yt("≥", 20, "正向")),
                ]),
        project(2, name="乡村教师生活补助", department_code="415001", department=_QC, unit="元",
                budget_total=864000.0, goals=["按月发放乡村教师生活补助，稳定乡村教师队伍。"],
                indicators=[
                    N(CP, SL, "补助乡村教师人数", "360", "=", 360, "人", **yt("=", 30, "正向")),
                    Q(CP, SXL, "补助发放时间", "按月发放", **yt("定性", 20, "中性")),
                    N(XL, KC, "乡村教师流失率", "3", "<=", 3, "%", **yt("≤", 30, "反向")),
                    N(SX, FW, "乡村教师满意度", "92", ">=", 92, "%", **yt("≥", 20, "正向")),
                ]),
    ])

# v2: 部门整体支出绩效目标表 glued (Fujian columns 指标解释 | 目标值), no 年度履职目标.
_GT = "古田县市场监督管理局"
GOLD["v2_dept_overall_glued_gutian_2022"] = record(
    title="古田县市场监督管理局2022年部门整体支出绩效目标表", department=_GT, year=2022,
    projects=[
        project(1, title="部门整体支出绩效目标表（2022年度）", name=None, scope="department", department=_GT,
                department_code="352221018", unit="万元", budget_total=1526.8, budget_fiscal=1486.8,
                budget_other=40.0,
                goals=["完成食品安全监督抽检任务", "推进市场主体登记便利化", "保障机关正常运转。"],
                indicators=[
                    N(CP, SL, "食品安全监督抽检批次", "≥1800批次", ">=", 1800, "批次", "反映抽检任务量"),
                    N(CP, ZL, "抽检不合格产品核查处置率", "100%", "=", 100, "%", "反映核查处置情况"),
                    N(CP, SXL, "企业开办办理时限", "≤1个工作日", "<=", 1, "个工作日", "反映登记效率"),
                    REF(CP, CB, "部门整体支出控制", "≤年初预算数", "年初预算数", "<=", "反映支出控制情况"),
                    N(XL, SH, "食品安全抽检合格率", "≥97%", ">=", 97, "%", "反映食品安全状况"),
                    N(SX, FW, "市场主体满意度", "≥90%", ">=", 90, "%", "反映办事群众满意程度"),
                ]),
    ])

# v3: 批复表 as a pipe capture, 实施期 and 年度 sets side by side, a row that lost BOTH merged 一级 cells.
_V3 = [
    (CP, SL, "接入监控点位", ("≥1500个", ">=", 1500, "个"), ("≥600个", ">=", 600, "个")),
    (CP, ZL, "平台正常运行率", ("≥99%", ">=", 99, "%"), ("≥99%", ">=", 99, "%")),
    (XL, SH, "案件按期结案率", ("≥95%", ">=", 95, "%"), ("≥95%", ">=", 95, "%")),
    (SX, FW, "市民满意度", ("≥90%", ">=", 90, "%"), ("≥88%", ">=", 88, "%")),
]
GOLD["v3_approval_pipe_sanming_2023"] = record(
    title="2023年度项目支出绩效目标批复表", department="三明市城市管理局", year=2023,
    projects=[
        project(1, title="2023年度项目支出绩效目标批复表", name="智慧城管平台运维", department="三明市城市管理局",
                implementing_unit="三明市数字城管指挥中心", unit="万元", budget_total=240.0, budget_fiscal=240.0,
                goals=["完成平台日常运维，案件按期结案率达到95%。"],
                goals_mid_term=["三年内建成覆盖全市的城市运行监测体系。"],
                indicators=[N(a, b, c, *m, period="mid_term") for a, b, c, m, _ in _V3]
                + [N(a, b, c, *y, period="year", weight=25) for a, b, c, _, y in _V3]),
    ])


# w1: Guangdong baseline form through Docling (merged cells repeated), 指标解释 BEFORE the two value columns.
_JM = "江门市人力资源和社会保障局"
GOLD["w1_guangdong_docling_order_jiangmen_2021"] = record(
    title="江门市人力资源和社会保障局2021年项目绩效目标表", department=_JM, year=2021,
    projects=[
        project(1, title="江门市人力资源和社会保障局2021年项目绩效目标表", name="职业技能提升培训补贴", department=_JM,
                implementing_unit="江门市职业技能鉴定中心", unit="万元", budget_total=520.0, budget_fiscal=500.0,
                budget_other=20.0, goals=["全年开展职业技能提升培训2万人次，取证率达到80%以上。"],
                indicators=[
                    N(CP, SL, "补贴培训人次", "≥2万人次", ">=", 2, "万人次", "全年享受补贴的培训人次",
                      baseline_raw="1.6万人次"),
                    N(CP, ZL, "培训取证率", "≥80%", ">=", 80, "%", "取证人数/培训人数", baseline_raw="76%"),
                    N(CP, SXL, "补贴发放时限", "≤20个工作日", "<=", 20, "个工作日", "审核通过后发放",
                      baseline_raw="≤30个工作日"),
                    N(XL, SH, "培训后就业率", "≥60%", ">=", 60, "%", "就业人数/取证人数", baseline_raw="—"),
                    N(SX, FW, "参训人员满意度", "≥90%", ">=", 90, "%", "问卷调查", baseline_raw="85%"),
                ]),
    ])


def W(l1, l1s, l2, l3, raw, kind, comp, val, unit, weight):
    return ind(l1, l1s, l2, l2, l3, None, raw, kind, comp, val, unit, weight=weight)


# w2: national 申报表 as tab rows, spaced headers (一级 指标), scores in the 一级 cells (产出指标（50分）),
# 不少于1.2万人, ≥95百分比, a period as a target.
GOLD["w2_national_tsv_scores_linxiang_2022"] = record(
    title="2022年项目支出绩效目标申报表", department="临湘市医疗保障局", year=2022,
    projects=[
        project(1, title="2022年项目支出绩效目标申报表", name="城乡居民医保参保补助", department="临湘市医疗保障局",
                implementing_unit="临湘市医疗保障事务中心", unit="万元", budget_total=3860.0, budget_fiscal=3860.0,
                budget_other=0.0, goals=["全市城乡居民基本医保参保率稳定在95%以上", "困难群众参保资助全覆盖。"],
                indicators=[
                    W("产出指标（50分）", CP, SL, "资助困难群众参保人数", "不少于1.2万人", "numeric", ">=", 1.2, "万人", 20),
                    W("产出指标（50分）", CP, ZL, "城乡居民参保率", "≥95百分比", "numeric", ">=", 95, "%", 15),
                    W("产出指标（50分）", CP, SXL, "参保资助资金拨付时间", "2022.01-2022.03", "qualitative", None, None,
                      None, 15),
                    W("效益指标（30分）", XL, SH, "困难群众医疗费用负担", "有效减轻", "qualitative", None, None, None, 30),
                    W("满意度指标（20分）", SX, FW, "参保群众满意度", "≥90%", "numeric", ">=", 90, "%", 20),
                ]),
    ])


def main():
    for stem, gold in GOLD.items():
        write(gold, GOLDS / f"{stem}.gold.json")
        print("wrote", GOLDS / f"{stem}.gold.json")


if __name__ == "__main__":
    main()
