"""The blind golds of heldout14a, typed by hand. make.py renders each document FROM these facts and writes
NAME.gold.json beside it. Departments, people, codes and numbers are invented (Jiangsu: Changzhou Tianning; Fujian:
Xiamen Siming; Henan: Zhengzhou Jinshui; Sichuan: Chengdu Jinjiang; Hubei: Wuhan Jiang'an; Hunan: Changsha Yuelu
for the negative — no earlier held-out set used these). This set is about FILES WITH A HISTORY: drafts passed back and
forth between a department and its finance bureau. The record is always the document AS IT NOW READS: tracked changes
accepted (inserted text in, deleted text out, moved text at its new place, a deleted paragraph mark joins two
paragraphs), comments and cell notes left out, legacy form-field RESULTS (not their template defaults), cached formula
values as displayed (not the hidden scratch sheet nor hidden rows / columns), the LATEST revision of an incrementally
saved PDF form.
Keys starting with `_` are render hints, dropped from the golds."""
from kit import *


def doc(title, department, code, year, status=None, compiled_by=None, reviewed_by=None):
    return {"title": title, "department": department, "department_code": code, "year": year,
            "status": status, "compiled_by": compiled_by, "reviewed_by": reviewed_by}


def rec(document, projects, toc=(), overall=(), sub=(), safe=(), **extra):
    r = {"source": None, "document": document, "toc": list(toc), "overall_goals": list(overall),
         "sub_goals": list(sub), "safeguards": list(safe), "projects": projects, "issues": []}
    r.update(extra)
    return r


def B(l1, l2, l3, raw, basis, **k):
    return I(l1, l2, l3, raw, basis=basis, **k)


JH, HY, LS, QT = "计划标准", "行业标准", "历史标准", "其他标准"
G = {}

# ---------------------------------------------------------------- b1 .docx tracked changes, moves, comments
D1, C1 = "常州市天宁区住房和城乡建设局", "327005"
T1 = "2024年度项目支出绩效目标表"
# _tr on an indicator: {field: (before, deleted, inserted, after)} as the tracked run sequence in that cell.
G["b1_docx_tracked_moves_comments_tianning_2024"] = rec(
    doc(T1, D1, C1, 2024),
    [Proj(1, "老旧小区综合改造", title=T1, code="TN2024-ZJ-003", department=D1, department_code=C1,
          scope="project", implementing_unit="常州市天宁区房屋安全管理中心", total=2460.00, fiscal=2260.00, other=200.00,
          goals=["完成老旧小区综合改造12个，惠及居民4100户；",
                 "同步改造小区雨污管网和供水管网，并加装电梯18部，改善居住条件；",
                 "建立小区长效管理机制，引入专业化物业服务。"],
          _old_money=(2380.00, 2180.00),
          inds=[B(P, SL, "改造老旧小区", "≥12个", JH, _tr={"value_raw": ("≥", "10", "12", "个")}),
                B(P, SL, "惠及居民户数", "≥4100户", JH, _tr={"value_raw": ("≥", "3600", "4100", "户")}),
                B(P, SL, "加装电梯", "≥18部", JH),
                B(P, SL, "改造雨污管网", "≥9.5公里", JH),
                B(P, ZL, "工程验收合格率", "100%", HY, _comment="建议补充质量安全事故指标，如≤0起。"),
                B(P, SX, "工程完工时间", "Q:2024年11月30日前", JH,
                  _tr={"value_raw": ("2024年", "12月31日", "11月30日", "前")}),
                B(C, JJCB, "户均改造成本", "≤5.6万元", HY, _comment="户均成本测算依据请附后，参考上年≤6.2万元。"),
                B(X, SH, "居民居住条件", "明显改善", QT),
                B(X, KC, "长效管理机制覆盖率", "≥90%", HY, _rowins=True),
                B(M, FW, "小区居民满意度", "≥90%", LS, _tr={"value_raw": ("≥", "85", "90", "%")},
                  _comment="建议提高至≥95%。")],
          _rowdel=(8, (X, SH, "新增小区停车泊位", "≥600个", JH)),     # a deleted row printed before indicator 9
          _l1tr=(X, "效果", "效益", "指标")),                           # the 一级 cell of the 效益 group
     Proj(2, "城镇燃气管道老化更新改造", title=T1, code="TN2024-ZJ-008", department=D1, department_code=C1,
          scope="project", implementing_unit="常州市天宁区市政设施管理所", total=1380.00, fiscal=1380.00, other=0,
          goals=["对城区使用年限超过20年的燃气中压管道实施更新改造，保障居民用气安全，消除安全隐患。"],
          _move=("对城区使用年限超过20年的燃气中压管道实施更新改造，", "保障居民用气安全，", "消除安全隐患",
                 "，保障居民用气安全", "。"),
          inds=[B(P, SL, "更新燃气中压管道", "≥14.5公里", JH),
                B(P, SL, "改造调压设施", "≥26座", JH, _rprchange=True),
                B(P, ZL, "管道焊口无损检测合格率", "100%", HY),
                B(P, ZL, "施工安全事故", "0起", HY),
                B(P, SX, "项目完工时间", "Q:2024年10月31日前", JH),
                B(C, JJCB, "每公里管道更新成本", "≤92万元", HY, _tr={"value_raw": ("≤", "88", "92", "万元")}),
                B(X, SH, "燃气安全隐患整改率", "100%", HY),
                B(M, FW, "沿线居民满意度", "≥90%", LS, _comment="请注明调查方式。")])])

# ---------------------------------------------------------------- b2 .docx protected form, legacy FORMTEXT / FORMDROPDOWN
D2, C2 = "厦门市思明区市场监督管理局", "351203"
T2 = "2025年度项目支出绩效目标表"
# _default: the template's default text still stored in the FORMTEXT field's ffData (the RESULT is value_raw);
# the 依据 cells are FORMDROPDOWN fields: no text, only w:result = the index of the chosen w:listEntry.
G["b2_docx_legacyformfields_protected_siming_2025"] = rec(
    doc(T2, D2, C2, 2025),
    [Proj(1, "食品安全抽检监测", title=T2, code="SM2025-SJ-002", department=D2, department_code=C2,
          scope="project", implementing_unit="厦门市思明区市场监管综合执法大队", total=356.00, fiscal=356.00, other=0,
          goals=["完成食品安全监督抽检3800批次，覆盖辖区重点品种和重点场所；",
                 "对不合格食品依法及时核查处置，防范系统性食品安全风险。"],
          inds=[B(P, SL, "食品安全监督抽检", "≥3800批次", JH),
                B(P, SL, "农贸市场快检", "≥12000批次", JH),
                B(P, SL, "抽检覆盖食品大类", "≥32类", HY),
                B(P, ZL, "抽检任务完成率", "100%", JH),
                B(P, ZL, "不合格食品核查处置率", "100%", HY, _default="≥95%"),
                B(P, SX, "不合格食品核查处置时限", "≤20个工作日", HY),
                B(C, JJCB, "单批次抽检成本", "≤850元", HY),
                B(X, SH, "食品安全抽检合格率", "≥97%", LS, _default="≥95%"),
                B(X, KC, "食品安全风险监测机制", "持续完善", QT),
                B(M, FW, "群众食品安全满意度", "≥92%", LS, _default="≥90%")]),
     Proj(2, "特种设备安全监察", title=T2, code="SM2025-SJ-006", department=D2, department_code=C2,
          scope="project", implementing_unit="厦门市思明区特种设备安全监察所", total=148.60, fiscal=148.60, other=None,
          goals=["开展电梯等特种设备监督检查和定期检验，督促隐患整改，防范特种设备安全事故。"],
          inds=[B(P, SL, "电梯定期检验", "≥6200台", JH),
                B(P, SL, "特种设备使用单位监督检查", "≥900家次", JH),
                B(P, ZL, "隐患整改闭环率", "100%", HY),
                B(P, SX, "电梯困人救援到场时间", "≤30分钟", HY),
                B(C, JJCB, "电梯应急处置平台运维费", "≤18万元", HY),
                B(X, SH, "特种设备较大以上事故", "0起", HY),
                B(X, KC, "电梯安全责任保险覆盖率", "≥80%", LS),
                B(M, FW, "使用单位满意度", "≥90%", LS, _default="≥90%")],
          _unfilled_other=True)])                                       # 其他资金 field never filled: 5 en-spaces

# ---------------------------------------------------------------- b3 .xlsx formulas (LibreOffice cached values), hidden sheet/rows/column
D3, C3 = "郑州市金水区民政局", "412108"
T3 = "2025年项目支出绩效目标表"
# _f: the formula behind a value cell (its cached, displayed value is value_raw); _hidden: superseded rows kept
# HIDDEN (grouped, collapsed) right below the row that replaced them; _old: the hidden column F 修改前指标值.
SCRATCH = {"居家和社区养老服务": [("助餐补贴", 2680000), ("上门服务补贴", 1960000), ("社区养老服务中心运营补贴", 1450000),
                              ("信息平台运维", 310000), ("其中：福彩公益金", 600000)],
           "困难群众救助": [("城乡低保金", 12600000), ("特困人员供养金", 2150000), ("临时救助金", 880000)]}
SCRATCH_Q = {"助餐服务老年人": 5200, "社区养老服务中心": 14, "低保保障人数": 2100, "城市低保标准": 760}
G["b3_xlsx_formulas_hiddenscratch_jinshui_2025"] = rec(
    doc(T3, D3, C3, 2025),
    [Proj(1, "居家和社区养老服务", title=T3, code="JS2025-MZ-004", department=D3, department_code=C3,
          scope="project", implementing_unit="郑州市金水区养老服务指导中心", total=640.00, fiscal=580.00, other=60.00,
          goals=["为辖区老年人提供助餐、上门照护等居家和社区养老服务；", "支持社区养老服务中心运营，提升养老服务可及性。"],
          inds=[B(P, SL, "助餐服务老年人", "≥5200人", JH, _f='="≥"&测算!C12&"人"', _old="≥4800人"),
                B(P, SL, "上门服务", "≥36000人次", JH, _hidden=[("上门服务", "≥30000人次", JH)], _old="≥30000人次"),
                B(P, SL, "社区养老服务中心运营", "≥14个", JH, _f='="≥"&测算!C13&"个"'),
                B(P, ZL, "服务质量抽查合格率", "≥95%", HY),
                B(P, SX, "补贴资金拨付时间", "Q:每季度首月15日前", JH),
                B(C, JJCB, "人均助餐补贴", "≤515元/人·年", HY, _f='="≤"&ROUND(测算!C3/测算!C12,0)&"元/人·年"',
                  _hidden=[("人均上门服务补贴", "≤560元/人·年", HY)]),
                B(X, SH, "老年人助餐服务覆盖率", "≥60%", LS, _old="≥50%"),
                B(X, KC, "养老服务设施使用年限", "≥10年", HY),
                B(M, FW, "服务对象满意度", "≥90%", LS)]),
     Proj(2, "困难群众救助", title=T3, code="JS2025-MZ-009", department=D3, department_code=C3,
          scope="project", implementing_unit="郑州市金水区社会救助服务中心", total=1563.00, fiscal=1563.00, other=0,
          goals=["落实城乡低保、特困人员供养和临时救助政策，保障困难群众基本生活。"],
          inds=[B(P, SL, "城乡低保保障人数", "≥2100人", JH, _f='="≥"&测算!C14&"人"'),
                B(P, SL, "特困人员供养人数", "≥260人", JH, _hidden=[("特困人员供养人数", "≥240人", JH)], _old="≥240人"),
                B(P, SL, "临时救助", "≥1100人次", JH),
                B(P, ZL, "救助资金发放准确率", "100%", HY),
                B(P, SX, "低保金发放时间", "Q:每月10日前", JH),
                B(C, JJCB, "城市低保标准", "=760元/人·月", JH, _f='="="&测算!C15&"元/人·月"', _old="=720元/人·月"),
                B(X, SH, "困难群众基本生活", "有效保障", QT),
                B(M, FW, "救助对象满意度", "≥90%", LS)])])

# ---------------------------------------------------------------- b4 .xlsx sheet protection, drop-down levels, notes, template rows
D4, C4 = "成都市锦江区应急管理局", "513104"
T4 = "2025年度项目支出绩效目标表"
# _note: a reviewer's cell NOTE on the value cell (not content). `效果指标` was PASTED over a drop-down cell.
G["b4_xlsx_protected_dropdowns_jinjiang_2025"] = rec(
    doc(T4, D4, C4, 2025),
    [Proj(1, "安全生产监管执法", title=T4, code="JJ2025-YJ-002", department=D4, department_code=C4,
          scope="project", implementing_unit="成都市锦江区应急管理综合行政执法大队", total=186.00, fiscal=186.00, other=0,
          goals=["开展安全生产监督检查和执法，督促企业落实主体责任；", "组织安全生产培训，提升企业从业人员安全意识。"],
          inds=[B(P, SL, "执法检查生产经营单位", "≥1500家次", JH),
                B(P, SL, "安全生产培训", "≥40场", JH),
                B(P, SL, "聘请专家参与检查", "≥300人次", JH),
                B(P, ZL, "重大事故隐患整改率", "100%", HY),
                B(P, ZL, "执法文书规范率", "≥98%", HY, _note="区财政局：上年为≥95%，请说明提高依据。"),
                B(P, SX, "隐患整改复查时限", "≤15个工作日", HY),
                B(C, JJCB, "专家咨询费标准", "≤800元/人·天", HY),
                B("效果指标", SH, "生产安全亡人事故起数", "较上年下降", LS),
                B("效果指标", KC, "安全生产长效机制", "持续完善", QT),
                B(M, FW, "企业对执法工作满意度", "≥90%", LS, _note="区财政局：建议与上年持平（≥92%）。")]),
     Proj(2, "应急物资储备", title=T4, code="JJ2025-YJ-007", department=D4, department_code=C4,
          scope="project", implementing_unit="成都市锦江区应急物资储备中心", total=92.50, fiscal=80.00, other=12.50,
          goals=["补充储备救灾帐篷、折叠床、应急照明设备等物资，提升应急物资保障能力。"],
          inds=[B(P, SL, "储备救灾帐篷", "≥300顶", JH),
                B(P, SL, "储备折叠床", "≥800张", JH),
                B(P, SL, "储备应急照明设备", "≥450套", JH),
                B(P, ZL, "物资验收合格率", "100%", HY),
                B(P, SX, "物资采购入库时间", "Q:2025年6月30日前", JH),
                B(C, JJCB, "帐篷采购单价", "≤2600元/顶", HY),
                B(X, SH, "应急物资保障能力", "明显提升", QT),
                B(M, FW, "受灾群众满意度", "≥90%", LS)])])

# ---------------------------------------------------------------- b5 .pdf AcroForm, /V only, saved with an incremental revision
D5, C5 = "武汉市江岸区园林和林业局", "422102"
T5 = "2025年项目支出绩效目标表"
# _v1: the value the FIRST revision of the file held (the department's fill); the appended revision (the finance
# bureau's) changed it to the gold value. _v1_money: (total, fiscal) in revision 1.
G["b5_pdf_acroform_incremental_jiangan_2025"] = rec(
    doc(T5, D5, C5, 2025),
    [Proj(1, "城市公园绿地提质", title=T5, code="JA2025-YL-003", department=D5, department_code=C5,
          scope="project", implementing_unit="武汉市江岸区园林绿化管理所", total=912.00, fiscal=862.00, other=50.00,
          goals=["对辖区公园绿地实施提质改造，新增口袋公园，补植乔木；", "完善绿地养护管理机制，提升城市生态环境质量。"],
          _v1_money=(865.00, 815.00),
          inds=[B(P, SL, "提质改造公园绿地面积", "≥18万平方米", JH, _v1="≥16万平方米"),
                B(P, SL, "新增口袋公园", "≥6个", JH),
                B(P, SL, "补植乔木", "≥2400株", JH),
                B(P, ZL, "苗木成活率", "≥95%", HY, _v1="≥90%"),
                B(P, SX, "改造完工时间", "Q:2025年10月31日前", JH),
                B(C, JJCB, "每平方米改造成本", "≤48元", HY),
                B(X, ST, "建成区绿化覆盖率提高", "≥0.3个百分点", JH),
                B(X, KC, "绿地养护管理机制", "长效运行", QT),
                B(M, FW, "游园市民满意度", "≥90%", LS)]),
     Proj(2, "行道树病虫害防治", title=T5, code="JA2025-YL-008", department=D5, department_code=C5,
          scope="project", implementing_unit="武汉市江岸区园林绿化管理所", total=126.00, fiscal=126.00, other=0,
          goals=["对辖区主次干道行道树开展病虫害监测和综合防治，降低病虫害成灾率。"],
          inds=[B(P, SL, "防治行道树", "≥4.2万株", JH),
                B(P, SL, "防治作业", "≥12次", JH),
                B(P, ZL, "病虫害防治有效率", "≥90%", HY, _v1="≥85%"),
                B(P, SX, "春季防治完成时间", "Q:2025年5月31日前", JH),
                B(C, JJCB, "单株防治成本", "≤30元", HY),
                B(X, ST, "化学农药使用量", "较上年减少", LS),
                B(X, SH, "行道树病虫害成灾率", "≤1‰", HY),
                B(M, FW, "沿街居民满意度", "≥90%", LS)])])

# ---------------------------------------------------------------- b6 NEGATIVE .pdf with a USER password (cannot be opened)
NEG = {"stem": "b6_pdf_userpassword_negative_yuelu_2025",
       "department": "长沙市岳麓区教育局", "code": "431207", "title": "2025年度项目支出绩效目标表",
       "password": "Yl#2025jx",
       "refusal": "拒绝提取：PDF文件已加密，需要打开密码（用户密码）才能查看内容，无法读取；请向报送单位索取未加密的文件或打开密码。"}
