"""The seven blind documents of heldout6b, typed by hand: five golds and two refusals. make.py renders each
document FROM these facts and writes NAME.gold.json (or NAME.refusal.txt) beside it. Departments, people,
codes and numbers are invented (places not used in heldout1–5b: Sichuan Bazhong, Hebei, Inner Mongolia, Guangxi,
Ningxia, Qinghai, Tianjin)."""
from kit import *


def doc(title, department, code, year, status=None, compiled_by=None, reviewed_by=None):
    return {"title": title, "department": department, "department_code": code, "year": year,
            "status": status, "compiled_by": compiled_by, "reviewed_by": reviewed_by}


def rec(document, projects, toc=(), overall=(), sub=(), safe=(), **extra):
    r = {"source": None, "document": document, "toc": list(toc), "overall_goals": list(overall),
         "sub_goals": list(sub), "safeguards": list(safe), "projects": projects, "issues": []}
    r.update(extra)
    return r


def mid(*a, **k):
    return I(*a, period="mid_term", **k)


def yr(*a, **k):
    return I(*a, period="year", **k)


def two_sets(rows):
    """rows printed side by side (三级 | 中期值 | 年度值): gold = all mid_term rows, then all year rows.
    A row may carry a 6th element: a dict of private render keys (e.g. {"_br": pieces})."""
    out_m, out_y = [], []
    for r in rows:
        l1, l2, l3, m, y = r[:5]
        ex = r[5] if len(r) > 5 else {}
        out_m.append(mid(l1, l2, l3, m, **ex))
        out_y.append(yr(l1, l2, l3, y, **ex))
    return out_m + out_y


G = {}
REFUSE = {}
NEG_FACTS = {}

# ---------------------------------------------------------------- e1 Sichuan 一体化 one-table export, one cell per line
D1, C1 = "巴中市恩阳区交通运输局", "305001"
Z, F = "正向", "反向"  # printed 正向指标 / 反向指标 in the 指标方向性 column
G["e1_yitihua_cellline_enyang_2024"] = rec(
    doc("部门预算项目绩效目标申报表(2024年度)", D1, C1, 2024),
    [Proj(1, "农村公路养护经费", department=D1, department_code=C1, unit="元", total=2186400.00,
          goals=["完成全区农村公路日常养护1,268公里，优良中等路率达到85%以上，保障农村群众安全便捷出行。"],
          inds=[S(P, SL, "农村公路日常养护里程", "≥", "1,268", "公里", 10, Z),
                S(P, SL, "危桥改造座数", "=", "3", "座", 10, Z),
                S(P, ZL, "优良中等路率", "≥", "85", "%", 10, Z),
                S(P, ZL, "养护工程验收合格率", "=", "100", "%", 10, Z),
                S(P, SX, "养护任务完成时间", "定性", "2024年11月底前", "", 5, Z),
                S(C, JJCB, "每公里年均养护成本", "≤", "1,724", "元/公里", 10, F),
                S(X, SH, "农村群众出行条件", "定性", "明显改善", "", 10, Z),
                S(X, SH, "因路况导致的交通事故", "=", "0", "起", 10, F),
                S(X, KC, "农村公路管护长效机制", "定性", "持续健全", "", 10, Z),
                S(M, FW, "沿线群众满意度", "≥", "90", "%", 15, Z)]),
     Proj(2, "城乡客运公交化运营补贴", department=D1, department_code=C1, unit="元", total=1560000.00,
          goals=["保障城乡客运线路28条正常运营；", "落实老年人、残疾人等群体免费乘车政策；", "城乡客运车辆安全运行。"],
          inds=[S(X, SH, "城乡群众出行便利程度", "定性", "有效提升", "", 10, Z),
                S(X, JJ, "降低群众出行成本", "≥", "300", "万元", 10, Z),
                S(P, SL, "补贴城乡客运线路", "=", "28", "条", 10, Z),
                S(P, SL, "补贴运营车辆", "≥", "146", "辆", 10, Z),
                S(P, SL, "年度免费乘车人次", "≥", "42", "万人次", 10, Z),
                S(P, ZL, "车辆月度安全例检次数", "=", "12", "", 5, Z),   # 度量单位 left empty: unit null
                S(P, SX, "补贴资金发放时间", "定性", "按季度发放", "", 10, Z),
                S(C, JJCB, "单车年均运营补贴", "≤", "10,685", "元/辆", 10, F),
                S(X, KC, "城乡客运一体化发展水平", "定性", "逐步提高", "", 5, Z),
                S(M, FW, "乘客满意度", "≥", "90", "%", 10, Z),
                S(X, SH, "城乡客运责任事故", "=", "0", "起", 10, F)]),
     Proj(3, "交通运输安全生产监管", department=D1, department_code=C1, unit="元", total=580400.00,
          goals=["开展交通运输领域安全生产检查和隐患排查整治，全年不发生较大及以上安全生产事故。"],
          inds=[S(P, SL, "安全生产检查企业", "≥", "120", "家次", 15, Z),
                S(P, SL, "隐患排查整治", "≥", "60", "处", 10, Z),
                S(P, SL, "从业人员安全培训", "≥", "800", "人次", 10, Z),
                S(P, ZL, "隐患整改完成率", "=", "100", "%", 15, Z),
                S(P, SX, "检查整改完成时限", "≤", "30", "日", 10, F),
                S(C, JJCB, "项目支出控制", "≤", "580,400", "元", 10, F),
                S(X, SH, "较大及以上安全生产事故", "=", "0", "起", 15, F),
                S(M, FW, "企业及从业人员满意度", "≥", "85", "%", 15, Z)])],
    extra={"subtotal_row": "305-巴中市恩阳区交通运输局部门 4,326,800.00"})

# ---------------------------------------------------------------- e2 one-sheet spreadsheet as space-aligned page text
D2, C2 = "保定市满城区城市管理和综合执法局", "412001"
G["e2_sheet_twohead_spaced_mancheng_2023"] = rec(
    doc("2023年度项目支出绩效目标表", D2, C2, 2023),
    [Proj(1, "城区道路清扫保洁", department=D2, department_code=C2, total=1286.00, fiscal=1236.00, other=50.00,
          goals=["完成城区主次干道清扫保洁面积420万平方米；", "道路机械化清扫率达到85%；", "生活垃圾日产日清。"],
          inds=[I(P, SL, "道路清扫保洁面积", "≥420万平方米"),
                I(P, SL, "垃圾清运量", "≥3.2万吨"),
                I(P, ZL, "道路机械化清扫率", "≥85%"),
                I(P, ZL, "保洁作业质量考核达标率", "≥95%"),
                I(P, SX, "生活垃圾清运时效", "日产日清"),
                I(C, JJCB, "每平方米年均保洁成本", "≤3.06元"),
                I(X, SH, "城区市容环境", "明显改善"),
                I(X, ST, "道路扬尘污染", "有效控制"),
                I(X, KC, "环卫作业市场化运行机制", "持续完善"),
                I(M, FW, "市民满意度", "≥90%")]),
     Proj(2, "老旧小区二次供水设施改造", department=D2, department_code=C2, total=680.00, fiscal=680.00, other=0,
          goals=["完成18个老旧小区二次供水设施改造，惠及居民5,600户；", "改造后供水水质达标率100%。"],
          inds=[I(P, SL, "改造小区数量", "18个"),
                I(P, SL, "受益居民户数", "≥5,600户"),
                I(P, SL, "更换加压泵组", "≥36台"),
                I(P, ZL, "供水水质达标率", "100%"),
                I(P, ZL, "工程验收合格率", "100%"),
                I(P, SX, "改造工程完工时间", "Q:2023年10月底前"),
                I(C, JJCB, "户均改造成本", "≤1,214元"),
                I(X, SH, "居民用水安全保障水平", "显著提升"),
                I(M, FW, "受益居民满意度", "≥92%")]),
     Proj(3, "城市照明设施运行维护", department=D2, department_code=C2, total=312.50, fiscal=312.50, other=None,
          goals=["保障城区路灯亮灯率98%以上，故障路灯48小时内修复。"],
          inds=[I(P, SL, "维护路灯数量", "≥1.26万盏"),
                I(P, ZL, "路灯亮灯率", "≥98%"),
                I(P, SX, "故障路灯修复时限", "≤48小时"),
                I(C, JJCB, "单盏路灯年均维护成本", "≤248元"),
                I(X, SH, "夜间出行安全", "有效保障"),
                I(X, ST, "LED节能灯具替换率", "≥60%"),
                I(X, KC, "照明设施完好率", "≥95%"),
                I(M, FW, "市民满意度", "≥90%")])])

# ---------------------------------------------------------------- e3 HTML, 指标值 colspan → 中期指标值 | 年度指标值
D3, T3 = "包头市昆都仑区林业和草原局", "项目支出绩效目标表"
H3 = "包头市昆都仑区林业和草原局2024年度项目支出绩效目标公开"
G["e3_html_colspan_midyear_kundulun_2024"] = rec(
    doc(H3, D3, None, 2024),
    [Proj(1, "城市绿化养护管理", title=T3, department=D3, total=860.00, fiscal=800.00, other=60.00, scope="project",
          implementing_unit="包头市昆都仑区园林绿化养护中心",
          goals_mid_term=["全区公共绿地养护面积稳定在650万平方米以上；", "城区绿化覆盖率达到41%。"],
          goals=["完成公共绿地养护620万平方米；", "补植乔灌木3.5万株；", "重点区域绿化覆盖率达到40.5%。"],
          inds=two_sets([
              (P, SL, "公共绿地养护面积", "≥650万平方米", "≥620万平方米"),
              (P, ZL, "苗木成活率", "≥95%", "≥95%"),
              (P, ZL, "重点区域绿化覆盖率", "≥41%", "≥40.5%", {"_br": ("重点区域", "绿化覆盖率")}),
              (P, SX, "春季补植完成时间", "", "Q:2024年5月底前"),
              (C, JJCB, "每平方米年均养护成本", "≤1.4元", "≤1.3元"),
              (X, SH, "市民休闲游憩条件", "持续改善", "明显改善"),
              (M, FW, "市民满意度", "≥90%", "≥90%")]),
          extra={"中期目标期限": "2024年—2026年"}),
     Proj(2, "森林草原防火", title=T3, department=D3, total=426.00, fiscal=426.00, other=0, scope="project",
          implementing_unit="包头市昆都仑区林业和草原局",
          goals_mid_term=["建成覆盖重点林区的火情监测预警体系，森林草原火灾受害率控制在0.9‰以内。"],
          goals=["新建视频监控点位12处，组织防火巡护队伍开展巡护，全年不发生重大森林草原火灾。"],
          inds=two_sets([
              (P, SL, "新建视频监控点位", "≥30处", "≥12处"),
              (P, ZL, "火情监测覆盖率", "≥95%", "≥90%"),
              (P, SX, "火情处置响应时间", "≤30分钟", "≤30分钟"),
              (C, JJCB, "监控点位建设成本", "≤预算批复金额", "≤预算批复金额"),
              (X, ST, "森林草原火灾受害率", "≤0.9‰", "≤0.9‰"),
              (X, KC, "防火基础设施使用年限", "≥8年", ""),
              (M, FW, "林区群众满意度", "≥90%", "≥90%")]),
          extra={"中期目标期限": "2024年—2026年"})])

# ---------------------------------------------------------------- e4 document-sharing preview, cells glued (批复表)
# The preview site turned full-width ，：；（） into ASCII ,:;() — every gold string is typed as printed.
D4, T4 = "柳州市柳江区交通运输局", "2023年度项目支出绩效目标批复表"
G["e4_preview_glued_approval_liujiang_2023"] = rec(
    doc(T4, D4, None, 2023),
    [Proj(1, "农村公路安全生命防护工程", title=T4, code="LJ2023-JT-003", department=D4, total=1480.00,
          fiscal=1400.00, other=80.00, scope="project", implementing_unit="柳州市柳江区农村公路管理所",
          goals=["完成农村公路安全生命防护工程86公里;", "消除农村公路临水临崖等安全隐患路段;",
                 "农村公路交通事故起数同比下降10%以上。"],
          inds=[I(P, SL, "实施安全生命防护工程里程", "≥86公里"),
                I(P, SL, "增设波形护栏", "≥42公里"),
                I(P, SL, "设置警示标志标牌", "≥260块"),
                I(P, ZL, "工程验收合格率", "100%"),
                I(P, SX, "工程完工时间", "Q:2023年11月底前"),
                I(C, JJCB, "每公里综合造价", "≤17.2万元"),
                I(X, SH, "农村公路交通事故起数同比下降", "≥10%"),
                I(X, SH, "群众出行安全", "有效保障"),
                I(X, KC, "工程设计使用年限", "≥10年"),
                I(M, FW, "沿线群众满意度", "≥90%")]),
     Proj(2, "农村客运站场运营补助", title=T4, code="LJ2023-JT-007", department=D4, total=236.00,
          fiscal=236.00, other=0, scope="project", implementing_unit="柳州市柳江区道路运输服务中心",
          goals=["保障12个乡镇客运站和42个农村招呼站正常运营,农村客运通达率保持100%。"],
          inds=[I(P, SL, "补助乡镇客运站", "12个"),
                I(P, SL, "补助农村招呼站", "42个"),
                I(P, ZL, "客运站安全检查合格率", "100%"),
                I(P, SX, "补助资金拨付时间", "Q:2023年6月30日前"),
                I(C, JJCB, "乡镇客运站年均补助标准", "≤12万元"),
                I(X, SH, "建制村通客车率", "100%"),
                I(X, JJ, "降低群众出行成本", "≥50万元"),
                I(X, KC, "农村客运长效运营机制", "逐步建立"),
                I(M, FW, "乘客满意度", "≥90%")])])

# ---------------------------------------------------------------- e5 Markdown pipe tables: <br>, full-width digits, 1,200亩, an empty value
D5, T5 = "吴忠市利通区农业农村局", "项目支出绩效目标表"
H5 = "吴忠市利通区农业农村局2024年度项目支出绩效目标"
G["e5_markdown_fullwidth_litong_2024"] = rec(
    doc(H5, D5, "609001", 2024),
    [Proj(1, "设施农业提升", title=T5, department=D5, department_code="609001", code="640302-24-0031",
          total=1260.00, fiscal=1200.00, other=60.00, scope="project",
          implementing_unit="吴忠市利通区农业技术推广服务中心",
          goals=["新建日光温室120栋；", "改造提升老旧温室1,200亩；", "设施蔬菜亩均增收10%以上。"],
          inds=[I(P, SL, "新建日光温室", "≥１２０栋", basis="年度计划", weight=10),
                I(P, SL, "改造提升老旧温室面积", "1,200亩", basis="年度计划", weight=10),
                I(P, SL, "新建冷链保鲜库", "≥8座", basis="年度计划", weight=10),
                I(P, ZL, "温室建设验收合格率", "１００％", basis="行业标准", weight=10),
                I(P, ZL, "新型种植技术推广覆盖率", "", basis="年度计划", weight=5),   # value cell left empty
                I(P, SX, "项目完工时间", "Q:2024年10月底前", basis="年度计划", weight=5),
                I(C, JJCB, "每栋日光温室建设补助", "≤6.5万元", basis="财政补助标准", weight=10),
                I(X, JJ, "设施蔬菜亩均增收", "≥１０％", basis="历史标准", weight=10),
                I(X, SH, "带动农户就业", "≥1,850人", basis="历史标准", weight=10),
                I(X, KC, "设施农业产业发展水平", "持续提升", basis="行业标准", weight=10),
                I(M, FW, "种植户满意度", "≥９５％", basis="历史标准", weight=10)]),
     Proj(2, "农田水利设施维修养护", title=T5, department=D5, department_code="609001", code="640302-24-0044",
          total=385.60, fiscal=385.60, other=0, scope="project",
          implementing_unit="吴忠市利通区水利工程管理所",
          goals=["维修养护支斗渠186公里；", "清淤疏浚排水沟1,450公里；", "保障灌区农田适时灌溉。"],
          inds=[I(P, SL, "维修养护支斗渠", "≥186公里", basis="年度计划", weight=10),
                I(P, SL, "清淤疏浚排水沟", "≥1,450公里", basis="年度计划", weight=10),
                I(P, SL, "维修渠系建筑物", "≥３２０座", basis="年度计划", weight=10),
                I(P, ZL, "维修工程验收合格率", "100%", basis="行业标准", weight=10),
                I(P, SX, "春灌前完成维修养护", "Q:2024年4月15日前", basis="年度计划", weight=10),
                I(C, JJCB, "每公里渠道维修养护成本", "≤1.2万元", basis="行业标准", weight=10),
                I(X, JJ, "保障灌溉面积", "≥12.6万亩", basis="历史标准", weight=15),
                I(X, KC, "灌区工程完好率", "≥９０％", basis="历史标准", weight=10),
                I(M, FW, "灌区群众满意度", "不低于９０％", basis="历史标准", weight=15)])])

# ---------------------------------------------------------------- e6 NEGATIVE: blank application form
REFUSE["e6_blank_form_negative_ledu_2024"] = (
    "拒绝提取：这是空白的项目支出绩效目标申报表模板（项目名称、资金、目标和指标值都未填写，只有预置的指标层级），不是已填报的绩效目标草案。")
NEG_FACTS["e6_blank_form_negative_ledu_2024"] = {
    "must": ["项目名称", "一级指标", "指标1：", "指标值", "填表说明"],
    "mustnot": [],  # and (check.py) the 项目名称 row holds nothing after its label
    "rows": [("产出指标", "数量指标"), ("", "质量指标"), ("", "时效指标"), ("成本指标", "经济成本指标"),
             ("", "社会成本指标"), ("", "生态环境成本指标"), ("效益指标", "经济效益指标"), ("", "社会效益指标"),
             ("", "生态效益指标"), ("", "可持续影响指标"), ("满意度指标", "服务对象满意度指标")]}

# ---------------------------------------------------------------- e7 NEGATIVE: budget book page, narrative goals only
REFUSE["e7_budgetbook_negative_hexi_2024"] = (
    "拒绝提取：这是部门预算公开文本（预算表和“预算绩效目标设置情况”的文字说明），没有绩效指标表，不是预算绩效目标草案。")
NEG_FACTS["e7_budgetbook_negative_hexi_2024"] = {
    "must": ["预算绩效目标设置情况", "收支预算总表", "绩效目标"],
    "mustnot": ["三级指标", "二级指标", "指标值"],
    "department": "天津市河西区市场监督管理局", "year": 2024}
