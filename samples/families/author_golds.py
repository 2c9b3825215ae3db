"""The hand-written golds of the synthetic family samples, typed fact by fact.

Every value below is typed by hand; make_drafts.py then renders each gold into its draft, so the draft
prints exactly these facts. Run: python3 samples/families/author_golds.py  (writes samples/expected/families/).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from gold_kit import project, record, write  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "expected" / "families"
GOLDS = {}


def gold(stem):
    def deco(fn):
        GOLDS[stem] = fn
        return fn
    return deco


def I(l1, l2, l3, raw, cmp=None, val=None, unit=None, *, l1s=None, l2s=None, ref=None, vmax=None, desc=None,
      basis=None, kind=None, **more):
    """One indicator as printed: level names, the value cell, then comparator/value/unit as a reader types them."""
    if kind is None:
        kind = "missing" if raw == "" else "reference" if ref else "qualitative" if cmp is None else "numeric"
    d = dict(level1=l1, level1_std=l1s or l1, level2=l2, level2_std=l2s or l2, level3=l3, description=desc,
             value_raw=raw, kind=kind, comparator=cmp, value=val, unit=unit, reference=ref, basis=basis)
    if vmax is not None:
        d["value_max"] = vmax
    d.update(more)
    return d


# --- a. Sichuan 一体化 export: one table for every project of the unit -------------------------------
def S(l1, l2, l3, sign, cell, unit, weight, direction, *, cmp=None, val=None, **kw):
    """A 一体化 row: 指标性质 `sign`, 指标值 `cell`, 度量单位 `unit` printed in three columns."""
    return I(l1, l2, l3, cell, cmp, val, unit or None, sign=sign, weight=weight, direction=direction, **kw)


@gold("a_yitihua_hesu_2024")
def _():
    D, C = "蓬安县河舒镇人民政府", "820001"
    common = dict(department=D, department_code=C, unit="元")
    p1 = project(1, name="村(社区)干部报酬", budget_total=2856000.00,
                 goals=["按时足额发放全镇28个村(社区)干部报酬,保障基层组织正常运转。"], indicators=[
        S("产出指标", "数量指标", "村(社区)干部人数", "≥", "186", "人", 20, "正向", cmp=">=", val=186),
        S("产出指标", "质量指标", "报酬发放准确率", "=", "100", "%", 20, "正向", cmp="=", val=100),
        S("产出指标", "时效指标", "报酬发放时间", "≤", "30", "日", 10, "反向", cmp="<=", val=30),
        S("成本指标", "经济成本指标", "人均月报酬标准", "≤", "1,280", "元", 10, "反向", cmp="<=", val=1280),
        S("效益指标", "社会效益指标", "基层组织运转保障率", "≥", "95", "%", 10, "正向", cmp=">=", val=95),
        S("效益指标", "可持续影响指标", "村级组织持续运转", "定性", "长期", "", 10, "正向"),
        S("满意度指标", "服务对象满意度指标", "村(社区)干部满意度", "≥", "90", "%", 20, "正向", cmp=">=", val=90),
    ], **common)
    p2 = project(2, name="场镇环境卫生保洁经费", budget_total=620000.00,
                 goals=["完成场镇及主要道路日常清扫保洁和垃圾清运,场镇环境卫生明显改善。"], indicators=[
        S("效益指标", "生态效益指标", "场镇环境卫生状况", "定性", "明显改善", "", 10, "正向"),
        S("产出指标", "数量指标", "日清扫保洁面积", "≥", "42,000", "平方米", 20, "正向", cmp=">=", val=42000),
        S("产出指标", "数量指标", "生活垃圾清运量", "≥", "1,650", "吨", 10, "正向", cmp=">=", val=1650),
        S("产出指标", "质量指标", "垃圾无害化处理率", "≥", "98", "%", 20, "正向", cmp=">=", val=98),
        S("产出指标", "时效指标", "垃圾日产日清率", "=", "100", "%", 10, "正向", cmp="=", val=100),
        S("成本指标", "经济成本指标", "保洁服务费", "≤", "62", "万元", 10, "反向", cmp="<=", val=62),
        S("满意度指标", "服务对象满意度指标", "场镇居民满意度", "≥", "85", "%", 20, "正向", cmp=">=", val=85),
    ], **common)
    p3 = project(3, name="防汛抗旱应急经费", budget_total=150000.00,
                 goals=["做好汛期值守、隐患排查和抢险物资储备,确保安全度汛。"], indicators=[
        S("产出指标", "数量指标", "地质灾害隐患点巡查", "≥", "24", "处", 20, "正向", cmp=">=", val=24),
        S("产出指标", "数量指标", "抢险物资储备批次", "≥", "2", "批", 10, "正向", cmp=">=", val=2),
        S("产出指标", "时效指标", "险情处置响应时间", "≤", "2", "小时", 20, "反向", cmp="<=", val=2),
        S("效益指标", "社会效益指标", "汛期人员伤亡", "=", "0", "人", 30, "反向", cmp="=", val=0),
        S("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥", "90", "%", 20, "正向", cmp=">=", val=90),
    ], **common)
    return record(title="部门预算项目绩效目标申报表(2024年度)", department=D, department_code=C, year=2024,
                  projects=[p1, p2, p3], dept_subtotal={"label": "820-河舒镇部门", "amount": "3,626,000.00"})


@gold("a_yitihua_mumen_capture_2023")
def _():
    D, C = "旺苍县木门镇人民政府", "820001"
    common = dict(department=D, department_code=C, unit="元")
    p1 = project(1, name="农村公益性岗位补贴", budget_total=1094400.00,
                 goals=["开发农村公益性岗位152个,按月发放岗位补贴,帮助脱贫人口就近就业。"], indicators=[
        S("产出指标", "数量指标", "开发公益性岗位", "≥", "152", "个", 20, "正向", cmp=">=", val=152),
        S("效益指标", "社会效益指标", "脱贫人口就业稳定率", "≥", "90", "%", 10, "正向", cmp=">=", val=90),
        S("产出指标", "质量指标", "补贴发放准确率", "=", "100", "%", 20, "正向", cmp="=", val=100),
        S("产出指标", "时效指标", "补贴按月发放", "定性", "按月", "", 10, "正向"),
        S("成本指标", "经济成本指标", "人均月补贴标准", "=", "600", "元/人/月", 20, "中性", cmp="=", val=600),
        S("满意度指标", "服务对象满意度指标", "岗位人员满意度", "≥", "92", "%", 20, "正向", cmp=">=", val=92),
    ], **common)
    p2 = project(2, name="镇村道路养护", budget_total=486500.50,
                 goals=["养护镇村道路87.6公里,路面完好率保持在90%以上。"], indicators=[
        S("产出指标", "数量指标", "道路养护里程", "≥", "87.6", "公里", 20, "正向", cmp=">=", val=87.6),
        S("产出指标", "质量指标", "路面完好率", "≥", "90", "%", 20, "正向", cmp=">=", val=90),
        S("成本指标", "经济成本指标", "每公里养护成本", "≤", "5,554", "元", 10, "反向", cmp="<=", val=5554),
        S("效益指标", "社会效益指标", "群众出行条件", "定性", "有效改善", "", 20, "正向"),
        S("效益指标", "可持续影响指标", "道路使用年限", "≥", "8", "年", 10, "正向", cmp=">=", val=8),
        S("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥", "90", "%", 20, "正向", cmp=">=", val=90),
    ], **common)
    p3 = project(3, name="退役军人服务站运行经费", budget_total=36000.00,
                 goals=["保障镇退役军人服务站正常运行,做好走访慰问和政策宣传。"], indicators=[
        S("产出指标", "数量指标", "走访慰问退役军人", "≥", "210", "人次", 30, "正向", cmp=">=", val=210),
        S("产出指标", "时效指标", "节日慰问完成时间", "≤", "10", "天", 20, "反向", cmp="<=", val=10),
        S("效益指标", "社会效益指标", "退役军人信访事项办结率", "≥", "95", "%", 30, "正向", cmp=">=", val=95),
        S("满意度指标", "服务对象满意度指标", "退役军人满意度", "≥", "95", "%", 20, "正向", cmp=">=", val=95),
    ], **common)
    return record(title="部门预算项目绩效目标申报表(2023年度)", department=D, department_code=C, year=2023,
                  projects=[p1, p2, p3], dept_subtotal={"label": "820-木门镇部门", "amount": "1,616,900.50"})


# --- b. national 项目支出绩效目标申报表, central department, Markdown with HTML tables ----------------------
def W(l1, l2, l3, raw, cmp=None, val=None, unit=None, weight=None, **kw):
    return I(l1, l2, l3, raw, cmp, val, unit, weight=weight, **kw)


@gold("b_national_cas_2022")
def _():
    M, MC, U = "中国科学院", "173", "中国科学院西南山地生态研究所"
    common = dict(department=M, department_code=MC, implementing_unit=U, unit="万元")
    p1 = project(1, name="野外台站运行维护", budget_total=380.00, budget_fiscal=320.00, budget_carryover=45.00,
                 budget_other=15.00, goals=["保障6个野外观测台站全年稳定运行，数据获取率不低于95%。",
                                            "完成台站仪器设备维护与标定，开展长期定位观测。",
                                            "为生态系统研究提供连续、可靠的观测数据。"], indicators=[
        W(None, None, "预算执行率", "≥90%", ">=", 90, "%", 10, l1s=None, l2s=None),
        W("产出指标", "数量指标", "维护运行台站数量", "6个", "=", 6, "个", 10),
        W("产出指标", "数量指标", "观测数据采集项目", "≥42项", ">=", 42, "项", 10),
        W("产出指标", "质量指标", "观测数据获取率", ">95%", ">", 95, "%", 10),
        W("产出指标", "质量指标", "仪器设备完好率", "≥90%", ">=", 90, "%", 10),
        W("产出指标", "时效指标", "数据汇交时间", "2022年12月底前", weight=10),
        W("成本指标", "经济成本指标", "单站年均运行成本", "≤63.4万元", "<=", 63.4, "万元", 10),
        W("效益指标", "社会效益指标", "支撑发表论文", "≥15篇", ">=", 15, "篇", 10),
        W("效益指标", "可持续影响指标", "长期观测数据积累", "持续积累", weight=10),
        W("满意度指标", "服务对象满意度指标", "数据用户满意度", "≥90%", ">=", 90, "%", 10),
    ], **common)
    p2 = project(2, name="土壤重金属污染修复技术研发", budget_total=560.00, budget_fiscal=500.00,
                 budget_carryover=60.00, budget_other=0.00,
                 goals=["研发2项土壤重金属钝化修复关键技术；", "建立示范基地1个，示范面积不少于200亩；",
                        "培养研究生4名。"], indicators=[
        W(None, None, "预算执行率", "≥95%", ">=", 95, "%", 10, l1s=None, l2s=None),
        W("产出指标", "数量指标", "申请发明专利", "≥3项", ">=", 3, "项", 10),
        W("产出指标", "数量指标", "示范面积", "不少于200亩", ">=", 200, "亩", 10),
        W("产出指标", "数量指标", "培养研究生", "4名", "=", 4, "名", 5),
        W("产出指标", "质量指标", "修复后土壤有效态镉降低率", "30%-50%", ">=", 30, "%", 15, vmax=50),
        W("产出指标", "时效指标", "示范基地建成时间", "2022年10月", weight=10),
        W("成本指标", "经济成本指标", "项目总成本", "≤560万元", "<=", 560, "万元", 10),
        W("效益指标", "生态效益指标", "示范区农产品重金属超标率", "<5%", "<", 5, "%", 15),
        W("效益指标", "社会效益指标", "技术推广应用水平", "显著提升", weight=5),
        W("满意度指标", "服务对象满意度指标", "示范区农户满意度", "≥85%", ">=", 85, "%", 10),
    ], **common)
    return record(title="项目支出绩效目标申报表", department=M, department_code=MC, year=2022, projects=[p1, p2])


# --- c. central department budget book with a 项目预算绩效目标表 annex (text, tab rows) ------------------
@gold("c_central_book_dizhen_2023")
def _():
    M, MC = "中国地震局", "157"
    p1 = project(1, title="地震监测台网运行维护项目绩效目标表", name="地震监测台网运行维护", department=M,
                 department_code=MC, implementing_unit="中国地震台网中心", unit="万元",
                 budget_total=2860.45, budget_fiscal=2712.30, budget_carryover=148.15, budget_other=0.00,
                 goals=["保障国家地震台网1.2万余个台站稳定运行", "地震自动速报时效进一步提高",
                        "为防震减灾和社会公众提供及时准确的地震信息"], indicators=[
        I("产出指标", "数量指标", "运行维护台站数量", "≥12000个", ">=", 12000, "个"),
        I("产出指标", "数量指标", "地震速报信息发布", "≥600次", ">=", 600, "次"),
        I("产出指标", "质量指标", "台网数据连续率", "≥98%", ">=", 98, "%"),
        I("产出指标", "质量指标", "自动速报准确率", "≥95%", ">=", 95, "%"),
        I("产出指标", "时效指标", "国内地震自动速报时间", "≤2分钟", "<=", 2, "分钟"),
        I("成本指标", "经济成本指标", "单台站年均运维成本", "≤0.24万元", "<=", 0.24, "万元"),
        I("效益指标", "社会效益指标", "地震信息服务社会公众", "有效保障"),
        I("效益指标", "可持续影响指标", "台网长期稳定运行", "长期"),
        I("满意度指标", "服务对象满意度指标", "社会公众满意度", "≥90%", ">=", 90, "%"),
    ])
    p2 = project(2, title="地震科普宣传教育项目绩效目标表", name="地震科普宣传教育", department=M,
                 department_code=MC, implementing_unit="中国地震局地球物理研究所", unit="万元",
                 budget_total=186.00, budget_fiscal=186.00, budget_carryover=0.00, budget_other=0.00,
                 goals=["开展防震减灾科普宣传活动", "制作防震减灾科普作品", "提升公众防震减灾意识和自救互救能力"],
                 indicators=[
        I("产出指标", "数量指标", "科普宣传活动场次", "不少于30场", ">=", 30, "场"),
        I("产出指标", "数量指标", "新制作科普作品", "12部", "=", 12, "部"),
        I("产出指标", "质量指标", "科普作品审核通过率", "100%", "=", 100, "%"),
        I("产出指标", "时效指标", "活动完成时间", "2023年11月30日前"),
        I("成本指标", "经济成本指标", "项目支出", "≤预算批复金额", "<=", ref="预算批复金额"),
        I("效益指标", "社会效益指标", "公众防震减灾意识", "明显提升"),
        I("满意度指标", "服务对象满意度指标", "活动参与者满意度", "90%以上", ">=", 90, "%"),
    ])
    return record(title="中国地震局2023年部门预算", department=M, department_code=MC, year=2023, projects=[p1, p2])


# --- d. 部门(单位)整体支出绩效目标表, xls shown as page text ------------------------------------------
def X(l1, l2, l3, expl, raw, cmp=None, val=None, unit=None, basis=None, **kw):
    """A row whose 指标解释 cell ends with the standard in brackets: `…(计划标准)` → basis."""
    return I(l1, l2, l3, raw, cmp, val, unit, desc=expl, basis=basis, **kw)


@gold("d_dept_overall_zherong_2021")
def _():
    T = "部门整体支出绩效目标表"
    D1, C1, D2, C2 = "柘荣县统计局", "322015001", "柘荣县统计局普查中心", "322015002"
    p1 = project(1, title=T, name=None, scope="department", department=D1, department_code=C1, unit="万元",
                 budget_total=312.56,
                 goals=["完成国家、省、市部署的各项统计调查任务", "及时准确发布统计信息，服务党委政府决策",
                        "保障机关日常运转。"], indicators=[
        X("产出指标", "数量指标", "完成统计调查项目", "反映年度统计调查任务完成数量(计划标准)", "≥26项", ">=", 26, "项", "计划标准"),
        X("产出指标", "数量指标", "发布统计信息", "反映统计公报、分析等信息发布数量(历史标准)", "≥120篇", ">=", 120, "篇", "历史标准"),
        X("产出指标", "质量指标", "统计数据上报合格率", "反映统计数据质量(行业标准)", "100%", "=", 100, "%", "行业标准"),
        X("产出指标", "时效指标", "统计报表按时报送率", "反映报表报送及时性(计划标准)", "≥98%", ">=", 98, "%", "计划标准"),
        X("成本指标", "经济成本指标", "公用经费支出控制", "反映公用经费控制情况(预算标准)", "≤预算数", "<=", basis="预算标准", ref="预算数"),
        X("效益指标", "社会效益指标", "统计服务决策作用", "反映统计数据支撑党委政府决策情况(计划标准)", "有效发挥", basis="计划标准"),
        X("满意度指标", "服务对象满意度指标", "统计数据使用者满意度", "反映服务对象满意程度(历史标准)", "≥90%", ">=", 90, "%", "历史标准"),
    ], extra={"基本支出": "236.16", "项目支出": "76.40", "年度履职目标": [
        {"部门职能": "组织实施统计调查", "年度目标任务": "完成国家、省、市部署的各项统计调查任务", "支出项目名称": "统计调查专项经费", "预算金额(万元)": "52.40"},
        {"部门职能": "发布统计信息", "年度目标任务": "编发统计公报、统计年鉴和分析报告", "支出项目名称": "统计信息发布经费", "预算金额(万元)": "24.00"}]})
    p2 = project(2, title=T, name=None, scope="department", department=D2, department_code=C2, unit="万元",
                 budget_total=185.20, budget_fiscal=180.20, budget_other=5.00,
                 goals=["完成经济普查和人口抽样调查入户登记", "完成普查数据录入、审核和上报", "做好普查成果开发应用。"],
                 indicators=[
        X("产出指标", "数量指标", "完成普查入户登记", "反映普查入户登记户数(计划标准)", "3000户", "=", 3000, "户", "计划标准"),
        X("产出指标", "数量指标", "普查数据录入", "反映录入普查表数量(计划标准)", "≥5万份", ">=", 5, "万份", "计划标准"),
        X("产出指标", "质量指标", "普查数据差错率", "反映普查数据质量(行业标准)", "≤0.5%", "<=", 0.5, "%", "行业标准"),
        X("产出指标", "时效指标", "普查数据上报时限", "反映数据上报及时性(计划标准)", "≤15个工作日", "<=", 15, "个工作日", "计划标准"),
        X("效益指标", "社会效益指标", "普查成果应用", "反映普查成果服务社会情况(历史标准)", "≥10项", ">=", 10, "项", "历史标准"),
        X("满意度指标", "服务对象满意度指标", "普查对象满意度", "反映普查对象满意程度(计划标准)", "95%", "=", 95, "%", "计划标准"),
    ], extra={"年度履职目标": [
        {"部门职能": "组织实施普查", "年度目标任务": "完成经济普查、人口抽样调查入户登记", "支出项目名称": "普查专项经费", "预算金额(万元)": "62.00"},
        {"部门职能": "普查数据处理", "年度目标任务": "完成普查数据录入审核", "支出项目名称": "数据处理经费", "预算金额(万元)": "21.50"}]})
    return record(title=T, department=D1, year=2021, projects=[p1, p2])


# --- e. 专项转移支付 绩效目标表, 长期 and 年度 target columns side by side (pipe table) ------------------
def pair(l1, l2, l3, mid, year, **kw):
    """One printed row with a 长期 and a 年度 value: two indicators, `mid` and `year` are (raw, cmp, val, unit)."""
    return (I(l1, l2, l3, *mid, period="mid_term", **kw), I(l1, l2, l3, *year, period="year", **kw))


def sets(*rows):
    """The mid-term set first (the left target column), then the annual set, each in row order."""
    return [m for m, _ in rows if m is not None] + [y for _, y in rows]


@gold("e_transfer_fund_jiangxi_2022")
def _():
    M = "江西省农业农村厅"
    p1 = project(1, title="高标准农田建设补助资金绩效目标表", name="高标准农田建设补助资金", department=M, unit="万元",
                 budget_total=32000,
                 goals_mid_term=["到2025年累计建成高标准农田160万亩，新增粮食产能1.6亿斤"],
                 goals=["2022年新建高标准农田32万亩，项目区亩均粮食产能提高100斤以上"], indicators=sets(
        pair("产出指标", "数量指标", "新建高标准农田面积", ("≥160万亩", ">=", 160, "万亩"), ("≥32万亩", ">=", 32, "万亩")),
        pair("产出指标", "质量指标", "项目工程验收合格率", ("100%", "=", 100, "%"), ("100%", "=", 100, "%")),
        pair("产出指标", "时效指标", "当年项目开工率", ("",), ("≥95%", ">=", 95, "%")),
        pair("成本指标", "经济成本指标", "亩均财政补助标准", ("≤1500元/亩", "<=", 1500, "元/亩"), ("≤1500元/亩", "<=", 1500, "元/亩")),
        pair("效益指标", "经济效益指标", "项目区亩均粮食产能增加", ("≥100斤", ">=", 100, "斤"), ("≥100斤", ">=", 100, "斤")),
        pair("满意度指标", "服务对象满意度指标", "项目区农户满意度", ("≥90%", ">=", 90, "%"), ("≥90%", ">=", 90, "%")),
    ), extra={"实施期限": "2021-2025年", "实施期资金总额": "150000", "中央补助": "24000", "省级资金": "8000"})
    p2 = project(2, title="农村人居环境整治专项资金绩效目标表", name="农村人居环境整治专项资金", department=M, unit="万元",
                 budget_total=15000,
                 goals_mid_term=["到2024年农村卫生厕所普及率达到80%以上，生活垃圾收运处置体系覆盖所有行政村"],
                 goals=["2022年完成农村户厕改造5万户，90%以上行政村生活垃圾得到有效处理"], indicators=sets(
        pair("产出指标", "数量指标", "农村户厕改造", ("≥15万户", ">=", 15, "万户"), ("≥5万户", ">=", 5, "万户")),
        pair("产出指标", "质量指标", "改厕质量合格率", ("≥95%", ">=", 95, "%"), ("≥95%", ">=", 95, "%")),
        pair("产出指标", "时效指标", "资金下达时限", ("",), ("30日以内", "<=", 30, "日")),
        pair("成本指标", "经济成本指标", "户厕改造补助标准", ("1000元/户", "=", 1000, "元/户"), ("1000元/户", "=", 1000, "元/户")),
        pair("效益指标", "生态效益指标", "农村生活污水乱排乱放现象", ("明显减少",), ("明显减少",)),
        pair("满意度指标", "服务对象满意度指标", "农村群众满意度", ("≥90%", ">=", 90, "%"), ("≥85%", ">=", 85, "%")),
    ), extra={"实施期限": "2022-2024年", "实施期资金总额": "45000", "中央补助": "0", "省级资金": "15000"})
    return record(title="2022年度省级专项转移支付绩效目标表", department=M, year=2022, projects=[p1, p2])


def main(stems):
    for stem, fn in GOLDS.items():
        if stems and stem not in stems:
            continue
        write(fn(), OUT / f"{stem}.gold.json")
        print("wrote", OUT / f"{stem}.gold.json")


if __name__ == "__main__":
    main(sys.argv[1:])
