"""The blind golds of heldout18a, typed by hand. make.py renders each document FROM these facts and writes
NAME.gold.json beside it. Departments, people, codes and numbers are invented, in places no earlier held-out set used
(Sichuan: Suining Chuanshan; Hunan: Shaoyang Shuangqing; Anhui: Xuancheng Xuanzhou; Henan: Zhumadian Yicheng; Hubei:
Huanggang Huangzhou; a central department `[164]国家文物局` — a grep of every earlier README, gold and script finds none
of them, nor the codes 532004 / 437105 / 415003 / 164).

THEME: the named template families as native office files (README has the pairing table).
Indicator rows are typed one per line, cells separated by `|`; `Q:` marks a qualitative value that holds digits
(a date), an empty cell is `` (→ kind missing). Keys starting with `_` are render hints, dropped from the golds."""
from kit import *

L1S = {"产出": "产出指标", "效益": "效益指标", "满意": "满意度指标", "成本": "成本指标"}
L2S = {"数量": "数量指标", "质量": "质量指标", "时效": "时效指标", "经济成本": "经济成本指标", "成本": "成本指标",
       "经济": "经济效益指标", "社会": "社会效益指标", "生态": "生态效益指标", "可持续": "可持续影响指标",
       "服务对象": "服务对象满意度指标", "公众": "社会公众或服务对象满意度指标"}


def cells(block, n):
    out = []
    for line in block.strip().splitlines():
        c = [x.strip() for x in line.split("|")]
        assert len(c) == n, line
        out.append(c)
    return out


def doc(title, department, code, year):
    return {"title": title, "department": department, "department_code": code, "year": year,
            "status": None, "compiled_by": None, "reviewed_by": None}


def rec(document, projects, **extra):
    r = {"source": None, "document": document, "toc": [], "overall_goals": [], "sub_goals": [], "safeguards": [],
         "projects": projects, "issues": []}
    r.update(extra)
    return r


def twoset(block):
    """rows `一级|二级|三级|中期/长期值|年度值` → all mid_term indicators first, then all year ones (the earlier sets'
    convention for two-set forms), each in printed row order; `_row` keeps the printed row."""
    rows = cells(block, 5)
    mid, year = [], []
    for k, (l1, l2, l3, m, y) in enumerate(rows):
        mid.append(I(L1S[l1], L2S[l2], l3, m, period="mid_term", _row=k))
        year.append(I(L1S[l1], L2S[l2], l3, y, period="year", _row=k))
    return mid + year


G = {}

# ====================================================================== n1 .xlsx (openpyxl): Sichuan 一体化 one-table export
D1, C1, T1 = "遂宁市船山区农业农村局", "532004", "部门预算项目绩效目标表(2025年度)"
N1_P = [
 dict(name="农业产业化龙头企业培育", budget=420000,
      goal="扶持5家区级以上农业产业化龙头企业开展技术改造和品牌建设，带动农户增收，龙头企业年销售收入增长8%以上。",
      rows="""
产出指标|数量指标|扶持龙头企业数量|≥|5|家|20|正向指标
产出指标|质量指标|项目验收合格率|=|100|%|15|正向指标
产出指标|时效指标|补助资金拨付时间|定性|2025年10月底前||10|正向指标
成本指标|经济成本指标|单个企业补助标准|≤|80,000|元|10|反向指标
效益指标|经济效益指标|龙头企业年销售收入增长率|≥|8|%|15|正向指标
效益指标|社会效益指标|带动农户数量|≥|1,200|户|15|正向指标
满意度指标|服务对象满意度指标|受扶持企业满意度|≥|90|%|15|正向指标"""),
 dict(name="农村饮水安全工程维修养护", budget=865000,
      goal="对全区农村集中供水工程开展维修养护，保障14.6万农村人口饮水安全，农村自来水普及率稳定在95%以上。",
      rows="""
产出指标|数量指标|维修养护供水工程|≥|38|处|20|正向指标
产出指标|质量指标|农村集中供水工程水质达标率|≥|92|%|20|正向指标
产出指标|时效指标|维修养护完成时间|定性|2025年11月30日前||10|正向指标
成本指标|经济成本指标|单处工程维修养护成本|≤|2.3|万元|10|反向指标
效益指标|社会效益指标|受益农村人口|≥|14.6|万人|20|正向指标
满意度指标|服务对象满意度指标|受益群众满意度|≥|90|%|20|正向指标"""),
 dict(name="农产品质量安全监管", budget=138600,
      goal="开展农产品质量安全例行监测和执法检查，全年定量检测样品不少于360批次，不发生重大农产品质量安全事件。",
      rows="""
产出指标|数量指标|农产品定量检测样品|≥|360|批次|20|正向指标
产出指标|数量指标|农资门店执法检查|≥|150|家次|10|正向指标
产出指标|质量指标|例行监测合格率|≥|97.5|%|20|正向指标
效益指标|社会效益指标|重大农产品质量安全事件|=|0|起|20|反向指标
效益指标|可持续影响指标|农产品质量安全追溯体系|定性|逐步完善||10|正向指标
满意度指标|服务对象满意度指标|群众对农产品质量安全满意度|≥|85|%|20|正向指标"""),
]


def yrows(block):
    return [S(l1, l2, l3, sign, val, unit or None, int(w), d[:2]) for l1, l2, l3, sign, val, unit, w, d in cells(block, 8)]


G["n1_xlsx_yitihua_printtitles_chuanshan_2025"] = rec(doc(T1, D1, C1, 2025), [
    Proj(k, f["name"], yrows(f["rows"]), title=None, department=D1, department_code=C1, unit="元",
         total=float(f["budget"]), goals=[f["goal"]], _f=f)
    for k, f in enumerate(N1_P, 1)],
    extra={"项目汇总合计": "1,423,600.00"})

# ====================================================================== n2 .docx (python-docx): national 申报表, central annex
D2, C2, T2 = "国家文物局", "164", "项目支出绩效目标申报表"
N2_P = [
 dict(name="文物保护工程技术标准编制", iu="中国文化遗产研究院", attr="延续项目", span="3年",
      amt=("1860.00", "1620.00", "180.00", "60.00"),
      goals=["完成《石质文物保护工程勘察规范》等4项行业标准的编制和报批；",
             "开展文物保护工程技术标准宣贯培训6期，培训专业技术人员600人次。"],
      rows="""
产出|数量|编制行业标准|4项
产出|数量|标准宣贯培训|≥6期
产出|数量|培训专业技术人员|≥600人次
产出|质量|标准送审稿专家评审通过率|100%
产出|时效|标准报批时间|Q:2025年11月底前
成本|经济成本|单项标准编制成本|≤预算批复金额
效益|社会|文物保护工程质量|有效提升
效益|可持续|文物保护标准体系|持续完善
满意|服务对象|培训学员满意度|≥90%"""),
 dict(name="国家文物资源大数据库建设运维", iu="国家文物局数据中心", attr="延续项目", span="5年",
      amt=("980.00", "860.00", "120.00", "0.00"),
      goals=["完成全国可移动文物普查数据和不可移动文物资源数据的整合入库；",
             "保障数据库平台全年安全稳定运行，系统可用率不低于99.5%。"],
      rows="""
产出|数量|新增入库文物数据|≥120万条
产出|数量|平台运维服务|12个月
产出|质量|系统可用率|不低于99.5%
产出|质量|数据入库准确率|≥98%
产出|时效|安全漏洞修复时限|≤72小时
成本|经济成本|平台运维成本|≤预算批复金额
效益|社会|面向公众开放文物数据|≥8万条
满意|服务对象|数据使用单位满意度|≥90%"""),
]
G["n2_docx_vmerge_central_annex_wenwu_2025"] = rec(doc(T2, D2, C2, 2025), [
    Proj(k, f["name"], [I(L1S[a], L2S[b], c, v) for a, b, c, v in cells(f["rows"], 4)], title=T2,
         department=D2, department_code=C2, total=float(f["amt"][0]), fiscal=float(f["amt"][1]),
         other=float(f["amt"][3]), goals=f["goals"], scope="project", implementing_unit=f["iu"],
         budget_carryover=float(f["amt"][2]), extra={"项目属性": f["attr"], "项目期": f["span"]}, _f=f)
    for k, f in enumerate(N2_P, 1)])

# ====================================================================== n3 .ods (LibreOffice from openpyxl): 绩效目标批复表
D3, C3, T3 = "宣城市宣州区卫生健康委员会", "415003", "2025年度项目支出绩效目标批复表"
# `%1` marks a bare percent the author typed into a percent-formatted cell: stored as a FRACTION (1, 0.95, 0.8) in
# `0%`, shown 100% / 95% / 80%. The gold is what is shown.
N3 = dict(name="乡镇卫生院标准化建设", code="341802-25-WJ-0012", iu="宣城市宣州区卫生健康综合服务中心",
          period="2025年-2027年", mid_amt=("2850.00", "2700.00", "150.00"), amt=(960.0, 900.0, 60.0),
          goals_mid=["完成全区18个乡镇卫生院标准化改造，基层医疗卫生机构服务能力全面达标；", "基层就诊率达到65%以上。"],
          goals=["完成6个乡镇卫生院标准化改造；", "为村卫生室配置智能健康一体机120台。"],
          rows="""
产出|数量|乡镇卫生院标准化改造|18个|6个
产出|数量|配置智能健康一体机|360台|120台
产出|数量|基层卫生人员培训|≥2400人次|≥800人次
产出|质量|改造项目验收合格率|%1|%1
产出|质量|乡镇卫生院服务能力达标率|%0.95|%0.8
产出|时效|年度改造任务完成时间|Q:2027年底前|Q:2025年12月底前
成本|经济成本|单个卫生院改造成本|≤150万元|≤150万元
效益|社会|基层就诊率|≥65%|≥60%
效益|可持续|分级诊疗制度|基本建立|逐步完善
满意|服务对象|就诊群众满意度|≥90%|≥90%""")


def shown(v):
    """a typed cell → the string the sheet shows (`%0.95` → `95%`)."""
    return f"{round(float(v[1:]) * 100):d}%" if v.startswith("%") else v


N3_ROWS = "\n".join("|".join(c[:3] + [shown(c[3]), shown(c[4])]) for c in cells(N3["rows"], 5))
G["n3_ods_percentcells_approval_xuanzhou_2025"] = rec(doc(T3, D3, C3, 2025), [
    Proj(1, N3["name"], twoset(N3_ROWS), title=T3, code=N3["code"], department=D3, department_code=C3,
         total=N3["amt"][0], fiscal=N3["amt"][1], other=N3["amt"][2], goals=N3["goals"], scope="project",
         implementing_unit=N3["iu"], goals_mid_term=N3["goals_mid"],
         extra={"实施周期": N3["period"], "实施期资金总额": N3["mid_amt"][0], "实施期财政拨款": N3["mid_amt"][1],
                "实施期其他资金": N3["mid_amt"][2]}, _f=N3)])

# ====================================================================== n4 .xls (LibreOffice BIFF8 from openpyxl): 转移支付 长期/年度
D4, T4, PT4 = "驻马店市驿城区农业农村局", "转移支付资金绩效目标表", "转移支付资金绩效目标表"
N4 = dict(name="农业生产发展资金", iu="驻马店市驿城区农业技术推广中心", span="2024年-2026年", long_amt="3150.00",
          amt=(1080.0, 1080.0, 0.0),
          goals_mid=["完成耕地深松整地9万亩，培育高素质农民1500人；", "化肥利用率提高到43%以上，农业绿色发展水平持续提升。"],
          goals=["完成耕地深松整地3万亩，培育高素质农民500人；", "开展绿色种养循环农业试点2万亩。"],
          rows="""
产出|数量|耕地深松整地面积|≥9万亩|≥3万亩
产出|数量|高素质农民培育|≥1500人|≥500人
产出|数量|绿色种养循环试点面积|≥6万亩|≥2万亩
产出|质量|深松作业质量合格率|≥95%|≥95%
产出|时效|资金下达时间|Q:收到资金后30日内|Q:收到资金后30日内
成本|经济成本|深松整地补助标准|≤30元/亩|≤30元/亩
效益|经济|亩均节本增效|≥50元|≥50元
效益|生态|化肥利用率|≥43%|≥42%
效益|可持续|农业社会化服务体系|基本健全|持续完善
满意|服务对象|受益农户满意度|≥90%|≥90%""")
N4_ALLOC = [("耕地深松整地补助", "540.00"), ("高素质农民培育", "300.00"), ("绿色种养循环农业试点", "240.00")]
G["n4_xls_wrapgoals_transfer_longyear_yicheng_2024"] = rec(doc(T4, D4, None, 2024), [
    Proj(1, N4["name"], twoset(N4["rows"]), title=PT4, department=D4, total=N4["amt"][0], fiscal=N4["amt"][1],
         other=N4["amt"][2], goals=N4["goals"], scope="project", implementing_unit=N4["iu"],
         goals_mid_term=N4["goals_mid"], extra={"实施期": N4["span"], "实施期资金总额": N4["long_amt"]}, _f=N4)])

# ====================================================================== n5 .docx (python-docx): 2015-style 项目绩效目标表
D5, C5, T5, PT5 = "邵阳市双清区城市管理和综合执法局", "437105", "项目绩效目标表", "项目绩效目标表"
N5 = dict(name="城区生活垃圾清运处理", iu="邵阳市双清区环境卫生服务中心", head="谢建华", phone="0739-5213678",
          period="2024年1月—2024年12月", money=("615.00", "585.00", "30.00"),
          overview="负责城区5个街道生活垃圾的收集、清运和转运，运行垃圾转运站9座，配置密闭式清运车辆42台。",
          basis="《邵阳市城市市容和环境卫生管理条例》及区政府常务会议纪要",
          plan=[("清运服务招标", "2024年1月", "2024年2月"), ("日常清运及转运站运行", "2024年3月", "2024年12月"),
                ("年度考核验收", "2024年12月", "2024年12月")],
          goals_mid=["建立城区生活垃圾分类收集、转运、处理体系，城区生活垃圾无害化处理率保持100%。"],
          goals=["全年清运处理城区生活垃圾11.7万吨，做到日产日清；", "新增生活垃圾分类收集点60个。"],
          long="""
产出|数量|城区生活垃圾日清运量|≥320吨/日|
产出|质量|生活垃圾无害化处理率|100%|
效益|社会|城区环境卫生面貌|持续改善|
效益|可持续|垃圾分类收运体系|Q:2026年基本建成|
效益|公众|市民对市容环境卫生满意度|≥90%|""",
          year="""
产出|数量|生活垃圾清运量|≥11.7万吨|全年累计
产出|数量|垃圾转运站运行|9座|
产出|数量|新增分类收集点|≥60个|
产出|质量|垃圾日产日清率|100%|
产出|质量|清运车辆密闭化率|100%|
产出|时效|突发垃圾积存清理时限|≤24小时|
产出|成本|吨垃圾清运成本|≤52元/吨|
效益|社会|因垃圾清运不及时引发的投诉|≤10件|全年
效益|生态|渗滤液达标排放率|100%|
效益|公众|市民满意度|≥90%|第三方测评""")


def oldrows(block, period):
    out = []
    for l1, l2, l3, v, note in cells(block, 5):
        d = I(L1S[l1], L2S[l2], l3, v, l2std=FW if l2 == "公众" else None, period=period)
        if note:
            d["note"] = note
        out.append(d)
    return out


m5 = N5["money"]
G["n5_docx_wingdings_form2015_shuangqing_2024"] = rec(doc(T5, D5, C5, 2024), [
    Proj(1, N5["name"], oldrows(N5["long"], "mid_term") + oldrows(N5["year"], "year"), title=PT5, department=D5,
         department_code=C5, total=float(m5[0]), fiscal=float(m5[1]), other=float(m5[2]), goals=N5["goals"],
         scope="project", implementing_unit=N5["iu"], goals_mid_term=N5["goals_mid"],
         extra={"项目属性": "延续项目", "项目负责人": N5["head"], "联系电话": N5["phone"], "项目起止时间": N5["period"],
                "项目概况": N5["overview"], "项目立项的依据": N5["basis"],
                "实施进度计划": [{"项目实施内容": a, "开始时间": b, "完成时间": c} for a, b, c in N5["plan"]]})])

# ====================================================================== n6 .doc (LibreOffice Word 97 from python-docx): Hubei 成本构成
D6, T6 = "黄冈市黄州区农业农村局", "2024年部门预算项目支出绩效目标表"
N6_P = [
 dict(name="高标准农田建设管护", ptype="本级支出项目", nature="持续性项目",
      basis="《湖北省高标准农田建设管护办法》",
      costs=[("工程设施日常管护费", "156.00", "已建高标准农田13万亩×12元/亩", "138.20", "149.60"),
             ("损毁设施维修费", "84.00", "按近三年平均维修支出测算", "71.50", "79.30"),
             ("管护人员培训费", "12.00", "培训4期×3万元/期", "9.60", "10.80")],
      total="252.00", exec=("219.30", "239.70"),
      goal="落实已建成13万亩高标准农田工程设施管护责任，设施完好率保持在90%以上，保障农田灌排能力。",
      measures="建立区、乡、村三级管护责任体系，管护经费按考核结果拨付。",
      rows="""
产出|数量|高标准农田管护面积|纳入管护的高标准农田面积|≥13万亩
产出|数量|损毁设施维修|年度维修的灌排设施处数|≥85处
产出|质量|工程设施完好率|完好设施数/管护设施总数|≥90%
产出|时效|损毁设施修复时限|设施损毁报告至修复完成的时间|≤15天
成本|经济成本|亩均管护成本|管护经费/管护面积|≤12元/亩
效益|经济|项目区粮食亩产|项目区粮食平均单产|≥520公斤
效益|可持续|管护长效机制|三级管护责任落实情况|逐步健全
满意|服务对象|项目区农户满意度|问卷调查|≥90%"""),
 dict(name="农业面源污染防治", ptype="本级支出项目", nature="一次性项目",
      basis="《黄冈市农业面源污染治理实施方案》",
      costs=[("化肥减量增效示范补助", "96.00", "示范面积3.2万亩×30元/亩", "85.40", "91.20"),
             ("农药包装废弃物回收补助", "48.00", "回收处置240吨×2000元/吨", "42.60", "45.10"),
             ("秸秆综合利用补助", "72.00", "离田利用1.8万吨×40元/吨", "64.80", "68.40"),
             ("监测点位运行费", "24.00", "监测点12个×2万元/个", "21.00", "22.80")],
      total="240.00", exec=("213.80", "227.50"),
      goal="推广化肥农药减量增效技术，农药包装废弃物回收处置率达到85%以上，秸秆综合利用率稳定在93%以上。",
      measures="实行项目清单化管理，委托第三方开展核查验收，资金按验收结果兑付。",
      rows="""
产出|数量|化肥减量增效示范面积|示范区落实面积|≥3.2万亩
产出|数量|农药包装废弃物回收处置量|年度回收处置重量|≥240吨
产出|质量|农药包装废弃物回收处置率|回收处置量/产生量|≥85%
产出|质量|秸秆综合利用率|综合利用量/可收集量|≥93%
产出|时效|补助资金兑付时间|验收合格后兑付|Q:验收合格后30日内
成本|经济成本|示范区亩均补助|补助资金/示范面积|≤30元/亩
效益|生态|主要农作物化肥使用量|较上年变化情况|负增长
满意|服务对象|示范区农户满意度|问卷调查|≥90%"""),
]
G["n6_doc_word97_hubei_costs_huangzhou_2024"] = rec(doc(T6, D6, None, 2024), [
    Proj(k, f["name"], [I(L1S[a], L2S[b], c, v, desc=d) for a, b, c, d, v in cells(f["rows"], 5)],
         title=T6, department=D6, total=float(f["total"]), goals=[f["goal"]], scope="project",
         project_type=f["ptype"], project_nature=f["nature"], measures=f["measures"],
         extra={"立项依据": f["basis"], "cost_total": float(f["total"]),
                "cost_items": [{"item": a, "amount": float(b), "basis": c, "2022年实际执行数": d, "2023年实际执行数": e}
                               for a, b, c, d, e in f["costs"]]}, _f=f)
    for k, f in enumerate(N6_P, 1)])

# sums typed above, checked here
assert sum(f["budget"] for f in N1_P) == 1423600
for f in N6_P:
    assert abs(sum(float(c[1]) for c in f["costs"]) - float(f["total"])) < 1e-9
    assert abs(sum(float(c[3]) for c in f["costs"]) - float(f["exec"][0])) < 1e-9
    assert abs(sum(float(c[4]) for c in f["costs"]) - float(f["exec"][1])) < 1e-9
for f in N2_P:
    a = [float(x) for x in f["amt"]]
    assert abs(a[1] + a[2] + a[3] - a[0]) < 1e-9
assert sum(int(r.split("|")[6]) for r in N1_P[0]["rows"].strip().splitlines()) == 100
