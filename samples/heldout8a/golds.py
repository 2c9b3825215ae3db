"""The six blind golds of heldout8a, typed by hand. make.py renders each document FROM these facts and
writes NAME.gold.json beside it. Departments, people, codes and numbers are invented (Inner Mongolia: Hohhot
Xincheng, Ordos Kangbashi, Chifeng Hongshan; Ningxia: Yinchuan Xingqing, Guyuan Yuanzhou, Zhongwei Shapotou:
no earlier held-out set used these places). This set is about STRUCTURAL QUIRKS of real Word and Excel files:
tracked changes left in a .docx (the gold is the document as ACCEPTED), content controls (w:sdt) holding the
form's fields, a layout table with the indicator table nested in its cell, an .xlsx whose values are numbers
shown through number formats plus a hidden row and a hidden sheet, a BIFF8 .xls made by LibreOffice with two
projects stacked on one sheet, and a 部门整体 form with numbered level names, manual line breaks and full-width
spaces. Keys starting with `_` are render hints, dropped from the golds."""
import re
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


def D(l1, l2, l3, raw, desc, **k):
    return I(l1, l2, l3, raw, desc, **k)


def XL(l1, l2, l3, sign, shown, cell=None, fmt=None, **k):
    """a spreadsheet row whose comparator sits in its own column (`≥` | `95%`): `shown` is the 指标值 cell as
    DISPLAYED (through its number format); `cell`/`fmt` the stored value and format (render hints)."""
    raw = shown if shown.startswith("Q:") else (sign or "") + shown
    d = I(l1, l2, l3, raw, _cell=cell if cell is not None else shown.replace("Q:", ""), _fmt=fmt, **k)
    d["value_raw"] = shown.replace("Q:", "")
    d["sign"] = sign or None
    return d


def NUMD(l1, l2, l3, raw, basis, cell=None, fmt=None, **k):
    """an .xls value cell: text as typed ('95%' stored as TEXT) or, with cell/fmt, a NUMBER shown via its format."""
    return I(l1, l2, l3, raw, basis=basis, _cell=cell, _fmt=fmt, **k)


STRIP = re.compile(r"^(?:\d+\.|（\d+）)")


def N(l1, l2, l3, raw, weight, **k):
    """a row of the 部门整体 form whose level names carry their numbering (`1.产出指标`, `（1）数量指标`)."""
    return I(l1, l2, l3, raw, l1std=L1[STRIP.sub("", l1)], l2std=L2[STRIP.sub("", l2)], weight=weight, **k)


JH, HY, LS, QT = "计划标准", "行业标准", "历史标准", "其他标准"
G = {}

# ---------------------------------------------------------------- r1 docx with TRACKED CHANGES left in
D1, C1 = "呼和浩特市新城区市场监督管理局", "201003"
T1 = "2024年项目支出绩效目标表"
G["r1_docx_tracked_xincheng_2024"] = rec(
    doc(T1, D1, C1, 2024),
    [Proj(1, "食品安全监督抽检", title=T1, code="XC2024-SJ-011", department=D1, department_code=C1,
          scope="project", implementing_unit="呼和浩特市新城区食品检验检测中心", total=168.00, fiscal=168.00, other=0,
          goals=["完成食品安全监督抽检和农贸市场快速检测任务，及时核查处置不合格食品；",
                 "提升食品安全风险防控能力，保障群众饮食安全。"],
          _deleted_rows=[(2, "校园周边食品快检", "≥600批次")],          # row deleted with tracking, after row 2
          inds=[I(P, SL, "食品安全监督抽检批次", "≥2600批次",
                  _rev3=[("=", "食品"), ("-", "抽样检验"), ("+", "安全监督抽检"), ("=", "批次")],
                  _rev=[("=", "≥"), ("-", "2400"), ("+", "2600"), ("=", "批次")]),
                I(P, SL, "农贸市场快检", "≥12000批次"),
                I(P, SL, "覆盖食品生产经营主体", "≥850家", _ins_row=True),   # row inserted with tracking
                I(P, ZL, "抽检不合格食品核查处置率", "100%"),
                I(P, ZL, "检验报告出具准确率", "≥99%", _rev=[("=", "≥9"), ("-", "8"), ("+", "9"), ("=", "%")]),
                I(P, SX, "抽检结果公示时限", "≤20天"),
                I(C, JJCB, "单批次抽检平均成本", "≤560元"),
                I(X, SH, "食品安全抽检合格率", "≥97%"),
                I(X, KC, "食品安全风险防控能力", "有效提升"),
                I(M, FW, "群众食品安全满意度", "＞85%")]),
     Proj(2, "特种设备安全监察", title=T1, code="XC2024-TZ-004", department=D1, department_code=C1,
          scope="project", implementing_unit="呼和浩特市新城区特种设备安全监察所", total=92.50, fiscal=92.50, other=0,
          _rev_money={"total": [("-", "86.00"), ("+", "92.50")], "fiscal": [("-", "86.00"), ("+", "92.50")]},
          goals=["对辖区在用特种设备开展监督检验和隐患排查整治，督促使用单位落实安全主体责任。"],
          inds=[I(P, SL, "特种设备定期检验台数", "≥1350台"),
                I(P, SL, "电梯维保质量抽查", "≥320部"),
                I(P, SL, "隐患排查整治专项行动", "4次"),
                I(P, ZL, "隐患整改闭环率", "100%"),
                I(P, SX, "隐患整改期限", "≤30天", _rev=[("=", "≤"), ("-", "15"), ("+", "30"), ("=", "天")]),
                I(C, JJCB, "每台设备监督检验补助", "≤450元"),
                I(X, SH, "特种设备较大以上事故", "0起"),
                I(X, SH, "电梯困人故障率", "＜0.5%"),
                I(M, FW, "使用单位满意度", "≥90%")]),
     Proj(3, "知识产权保护与运用", title=T1, code="XC2024-ZC-002", department=D1, department_code=C1,
          scope="project", implementing_unit="呼和浩特市新城区市场监督管理局", total=45.00, fiscal=40.00, other=5.00,
          goals=["加强知识产权保护，提供维权援助服务，组织知识产权培训不少于6场；",
                 "推动专利转化运用，扩大知识产权质押融资规模。"],
          _rev_goal={0: [("=", "加强知识产权保护，提供维权援助服务"), ("+", "，组织知识产权培训不少于6场"), ("=", "；")]},
          inds=[I(P, SL, "发明专利授权量", "≥180件"),
                I(P, SL, "知识产权维权援助案件", "≥60件"),
                I(P, SL, "开展知识产权培训", "≥6场"),
                I(P, ZL, "维权援助案件办结率", "≥95%"),
                I(P, SX, "专利资助资金兑付时间", "Q:2024年11月30日前"),
                I(C, JJCB, "知识产权培训经费", "≤年初预算数"),
                I(X, JJ, "专利质押融资额", "≥3000万元", _rev=[("=", "≥"), ("-", "2500"), ("+", "3000"), ("=", "万元")]),
                I(M, FW, "企业满意度", "≥90%")])])

# ---------------------------------------------------------------- r2 docx whose fields are CONTENT CONTROLS
D2, C2 = "鄂尔多斯市康巴什区城市管理综合执法局", "716002"
T2 = "项目支出绩效目标表"
G["r2_docx_sdt_kangbashi_2025"] = rec(
    doc(T2, D2, C2, 2025),
    [Proj(1, "城市道路清扫保洁", title=T2, code="KBS-2025-CG-008", department=D2, department_code=C2,
          scope="project", implementing_unit="鄂尔多斯市康巴什区环境卫生服务中心", total=1386.00, fiscal=1386.00,
          other=0,
          goals=["对城区主次干道和人行道实施机械化清扫与人工保洁，道路机械化清扫率达到90%以上；",
                 "做好冬季清雪和公厕保洁管护，改善城市环境卫生面貌。"],
          _break_before=7,                       # the indicator table breaks to a new page before row 8
          inds=[B(P, SL, "道路机械化清扫面积", "≥520万平方米", JH),
                B(P, SL, "人行道保洁面积", "≥138万平方米", JH),
                B(P, SL, "配置环卫作业车辆", "46辆", JH),
                B(P, SL, "公厕保洁管护", "≥62座", JH),
                B(P, ZL, "道路机械化清扫率", "≥90%", HY),
                B(P, ZL, "作业质量考核达标率", "≥95%", HY),
                B(P, SX, "雪停后主干道清雪完成时限", "≤48小时", HY),
                B(P, SX, "保洁服务合同签订时间", "Q:2025年3月31日", JH, _date="2025-03-31"),
                B(C, JJCB, "每平方米年保洁成本", "≤2.6元", QT),
                B(X, ST, "道路扬尘污染", "明显减少", QT),
                B(M, FW, "市民满意度", "≥92%", LS)]),
     Proj(2, "市政设施维修养护", title=T2, code="KBS-2025-CG-015", department=D2, department_code=C2,
          scope="project", implementing_unit="鄂尔多斯市康巴什区市政设施维护中心", total=624.80, fiscal=624.80,
          other=None, _other_placeholder=True,    # 其他资金 left as the control's placeholder text: not a value
          goals=["及时维修破损道路、路灯和排水设施，保障市政设施完好运行。"],
          inds=[B(P, SL, "维修破损路面", "≥1.8万平方米", JH),
                B(P, SL, "更换路灯灯具", "≥650盏", JH),
                B(P, SL, "疏通排水管网", "≥42公里", JH),
                B(P, ZL, "维修工程验收合格率", "100%", HY),
                B(P, ZL, "路灯亮灯率", "≥98%", HY),
                B(P, SX, "设施报修响应时间", "≤24小时", HY),
                B(C, JJCB, "每平方米路面维修成本", "≤210元", QT),
                B(X, SH, "城市道路通行条件", "逐步改善", QT),
                B(M, FW, "市民满意度", "≥90%", LS)])])

# ---------------------------------------------------------------- r3 docx: 1-column layout table, indicator table NESTED
D3, C3 = "赤峰市红山区卫生健康委员会", "403006"
T3 = "项目支出绩效目标表"
G["r3_docx_nestedcell_hongshan_2023"] = rec(
    doc("2023年度项目支出绩效目标", D3, C3, 2023),
    [Proj(1, "基层医疗卫生机构能力提升", title=T3, code="HS2023-WJ-006", department=D3, department_code=C3,
          scope="project", implementing_unit="赤峰市红山区基层卫生服务中心", total=356.00, fiscal=320.00, other=36.00,
          goals=["为社区卫生服务中心和村卫生室更新基本医疗设备，开展基层医务人员培训；",
                 "推进远程会诊服务，提升基层医疗卫生服务能力。"],
          inds=[D(P, SL, "更新基层医疗设备", "≥48台", "为社区卫生服务中心和村卫生室更新的设备数量"),
                D(P, SL, "培训基层医务人员", "≥600人次", "全年组织基层医务人员业务培训人次"),
                D(P, SL, "开展远程会诊", "≥1200例", "通过远程医疗平台完成的会诊例数"),
                D(P, ZL, "设备验收合格率", "100%", "验收合格设备占采购设备的比例"),
                D(P, ZL, "基层诊疗量占比", "≥65%", "基层医疗机构诊疗人次占全区诊疗人次比例"),
                D(P, SX, "设备采购完成时间", "Q:2023年9月30日前", "设备采购安装完成的时间节点"),
                D(C, JJCB, "单台设备平均购置成本", "≤6.5万元", "设备购置资金与设备台数之比"),
                D(X, SH, "基层首诊率", "逐步提高", "居民在基层医疗机构首诊的比例变化"),
                D(X, KC, "基层医疗服务能力", "有效提升", "基层机构服务能力和技术水平提升情况"),
                D(M, FW, "患者满意度", "≥90%", "抽样调查就诊患者满意比例")]),
     Proj(2, "老年人健康体检", title=T3, code="HS2023-WJ-011", department=D3, department_code=C3,
          scope="project", implementing_unit="赤峰市红山区疾病预防控制中心", total=142.60, fiscal=142.60, other=0,
          goals=["为辖区65岁及以上常住老年人提供一次免费健康体检，及时反馈异常结果并纳入健康管理。"],
          inds=[D(P, SL, "65岁及以上老年人体检人数", "≥2.6万人", "全年完成免费健康体检的老年人数"),
                D(P, SL, "体检项目数", "=12项", "每人次体检包含的检查项目"),
                D(P, ZL, "体检报告规范率", "≥95%", "体检报告书写规范完整的比例"),
                D(P, ZL, "异常结果告知率", "100%", "体检异常结果告知本人或家属的比例"),
                D(P, SX, "体检工作完成时间", "Q:2023年10月31日前", "年度体检任务完成的时间节点"),
                D(C, JJCB, "人均体检费用", "≤55元", "体检经费与体检人数之比"),
                D(X, SH, "老年人健康管理率", "≥70%", "接受健康管理的老年人占辖区老年人比例"),
                D(X, SH, "慢性病早期发现", "有效提升", "通过体检早期发现慢性病的情况"),
                D(M, FW, "受检老年人满意度", "≥92%", "抽样调查受检老年人满意比例")])])

# ---------------------------------------------------------------- r4 xlsx: NUMBERS behind number formats, hidden row/sheet
D4, C4 = "银川市兴庆区农业农村和水务局", "112004"
T4 = "2024年度项目支出绩效目标表"
PCT, PCT1 = "0%", "0.0%"
G["r4_xlsx_numfmt_xingqing_2024"] = rec(
    doc(T4, D4, C4, 2024),
    [Proj(1, "高标准农田建设", title=T4, code="XQ2024-NS-003", department=D4, department_code=C4,
          scope="project", implementing_unit="银川市兴庆区农业技术推广服务中心", total=1234.50, fiscal=1100.00,
          other=134.50,
          goals=["新建高标准农田1.5万亩，配套建设灌排渠道和田间道路；",
                 "提升耕地质量和灌溉保证率，促进粮食稳产增产。"],
          _hidden_after=(2, ("产出指标", "数量指标", "土地平整面积", "≥", 12000, '#,##0"亩"')),   # stale, hidden row
          inds=[XL(P, SL, "新建高标准农田面积", "≥", "15,000亩", 15000, '#,##0"亩"'),
                XL(P, SL, "新建改造灌排渠道", "≥", "36公里"),
                XL(P, SL, "配套田间道路", "≥", "18.5公里", 18.5, '0.0"公里"'),
                XL(P, ZL, "工程验收合格率", "=", "100%", 1, PCT),
                XL(P, ZL, "耕地质量等级提升", "≥", "0.5个等级"),
                XL(P, SX, "项目建设完成时间", None, "Q:2024年6月30日", "2024-06-30", 'yyyy"年"m"月"d"日"'),
                XL(C, JJCB, "亩均建设成本", "≤", "823元", 823, '0"元"'),
                XL(X, JJ, "项目区粮食单产提高", "≥", "10%", 0.1, PCT),
                XL(X, ST, "灌溉水有效利用系数", "≥", "0.58", 0.58, "General"),
                XL(X, KC, "工程管护机制", None, "长效运行"),
                XL(M, FW, "受益农户满意度", "≥", "95%", 0.95, PCT)]),
     Proj(2, "农村饮水工程维修养护", title=T4, code="XQ2024-NS-009", department=D4, department_code=C4,
          scope="project", implementing_unit="银川市兴庆区水务服务中心", total=286.40, fiscal=260.00, other=26.40,
          goals=["维修养护农村供水管网和水表，开展水质检测，保障农村群众饮水安全。"],
          inds=[XL(P, SL, "维修养护供水管网", "≥", "85公里", 85, '0"公里"'),
                XL(P, SL, "更换水表", "≥", "3200块"),
                XL(P, SL, "水质检测", "≥", "48次", 48, '0"次"'),
                XL(P, ZL, "农村自来水普及率", "≥", "98.5%", 0.985, PCT1),
                XL(P, ZL, "水质达标率", "=", "100%", 1, PCT),
                XL(P, SX, "故障维修响应时间", "≤", "24小时"),
                XL(C, JJCB, "维修养护经费", "≤", "年初预算数"),
                XL(X, SH, "受益人口", "≥", "4.2万人", 4.2, '0.0"万人"'),
                XL(M, FW, "受益群众满意度", "≥", "90%", 0.9, PCT)])])

# ---------------------------------------------------------------- r5 xls (BIFF8 by LibreOffice), two projects on one sheet
D5, C5 = "固原市原州区林业和草原局", "508001"
T5 = "项目支出绩效目标表"
G["r5_xls_stacked_yuanzhou_2023"] = rec(
    doc("2023年项目支出绩效目标表", D5, C5, 2023),
    [Proj(1, "退化林分修复", title=T5, code="YZ2023-LC-004", department=D5, department_code=C5,
          scope="project", implementing_unit="固原市原州区林业技术推广服务中心", total=486.00, fiscal=450.00, other=36.00,
          goals=["实施退化林分修复1.2万亩，补植补造乡土树种，提高林分质量；",
                 "吸纳周边群众参与修复作业，增加务工收入。"],
          inds=[NUMD(P, SL, "退化林分修复面积", "≥1.2万亩", JH),
                NUMD(P, SL, "补植补造苗木", "≥36万株", JH),
                NUMD(P, SL, "带动务工人员", "≥420人次", JH),
                NUMD(P, ZL, "苗木成活率", "≥85%", HY),
                NUMD(P, ZL, "修复作业验收合格率", "95%", HY, cell=0.95, fmt="0%"),
                NUMD(P, SX, "春季造林完成时间", "Q:2023年5月31日前", JH),
                NUMD(C, JJCB, "亩均修复成本", "≤405元", QT),
                NUMD(X, ST, "森林覆盖率提高", "0.5%", LS, cell=0.005, fmt="0.0%"),
                NUMD(X, KC, "林分质量", "逐步改善", QT),
                NUMD(M, FW, "林农满意度", "90%", LS, cell=0.9, fmt="0%")]),
     Proj(2, "森林草原防火", title=T5, code="YZ2023-LC-009", department=D5, department_code=C5,
          scope="project", implementing_unit="固原市原州区林业和草原局", total=215.50, fiscal=215.50, other=0,
          goals=["落实森林草原防火巡护和火情早期处置，建设防火隔离带，确保不发生重特大森林草原火灾。"],
          inds=[NUMD(P, SL, "防火巡护人员", "≥180人", JH),
                NUMD(P, SL, "建设防火隔离带", "≥25公里", JH),
                NUMD(P, SL, "防火宣传", "12场次", JH, cell=12, fmt='0"场次"'),
                NUMD(P, ZL, "森林火灾受害率", "＜0.9‰", HY),
                NUMD(P, ZL, "火情处置率", "100%", HY),
                NUMD(P, SX, "火情报告时间", "≤1小时", HY),
                NUMD(C, JJCB, "防火物资购置", "≤年初预算数", QT),
                NUMD(X, SH, "重特大森林草原火灾", "0起", LS),
                NUMD(M, FW, "周边群众满意度", "92%", LS, cell=0.92, fmt="0%")])])

# ---------------------------------------------------------------- r6 docx 部门整体: numbered levels, w:br, full-width spaces
D6, C6 = "中卫市沙坡头区民政局", "619001"
D6b, C6b = "中卫市沙坡头区社会福利院", "619002"
T6 = "部门整体支出绩效目标表"
L1P, L1C, L1X, L1M = "1.产出指标", "2.成本指标", "3.效益指标", "4.满意度指标"
SL1, ZL2, SX3, CB1, SH1, KC2, FW1 = ("（1）数量指标", "（2）质量指标", "（3）时效指标", "（1）经济成本指标",
                                     "（1）社会效益指标", "（2）可持续影响指标", "（1）服务对象满意度指标")
BR_FW = ["（1）服务对象", "满意度指标"]          # the 二级 cell as printed: two lines, a w:br between
G["r6_docx_dept_numbered_shapotou_2024"] = rec(
    doc("2024年部门整体支出绩效目标", D6, C6, 2024),
    [Proj(1, None, title=T6, department=D6, department_code=C6, scope="department",
          total=3265.40, fiscal=3180.40, other=85.00,
          goals=["落实城乡最低生活保障和特困人员救助供养政策，做到应保尽保；",
                 "推进居家社区养老服务，新建社区老年人日间照料中心3个；",
                 "规范社会组织登记管理和婚姻、殡葬服务，提升基层民政服务能力。"],
          inds=[N(L1P, SL1, "城乡低保保障人数", "≥9800人", 10, _l3=["城乡低保　保障人数"]),
                N(L1P, SL1, "特困人员救助供养人数", "≥1150人", 8),
                N(L1P, SL1, "新建社区老年人日间照料中心", "3个", 8, _l3=["新建社区老年人", "日间照料中心"]),
                N(L1P, SL1, "社会组织年检", "≥160家", 6),
                N(L1P, ZL2, "特困人员集中供养率", "≥45%", 8, _l3=["特困人员　集中供养率"], _v="≥　45%"),
                N(L1P, ZL2, "低保资金社会化发放率", "100%", 8),
                N(L1P, SX3, "救助资金发放时间", "Q:每月10日前", 6),
                N(L1C, CB1, "“三公”经费支出", "≤年初预算数", 8),
                N(L1X, SH1, "困难群众基本生活", "有效保障", 10),
                N(L1X, KC2, "基层民政服务能力", "有效提升", 8),
                N(L1M, FW1, "困难群众满意度", "≥90%", 10),
                N(L1M, FW1, "婚姻登记服务满意度", "＞95%", 10)]),
     Proj(2, None, title=T6, department=D6b, department_code=C6b, scope="department",
          total=486.20, fiscal=466.20, other=20.00,
          goals=["保障院内特困供养人员和孤残儿童基本生活，提供规范化照料护理服务；",
                 "完成院区适老化改造，提升机构安全管理水平。"],
          inds=[N(L1P, SL1, "集中供养特困人员", "≥210人", 15),
                N(L1P, SL1, "适老化改造床位", "≥120张", 10),
                N(L1P, ZL2, "护理服务规范达标率", "≥95%", 15, _l3=["护理服务　规范达标率"]),
                N(L1P, SX3, "改造工程完成时间", "Q:2024年9月30日前", 10),
                N(L1C, CB1, "人均月供养成本", "≤2600元", 10),
                N(L1X, SH1, "安全责任事故", "0起", 15),
                N(L1X, KC2, "机构服务质量", "逐步改善", 10),
                N(L1M, FW1, "供养人员满意度", "≥92%", 15)])])
