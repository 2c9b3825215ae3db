"""The six blind golds of heldout11a, typed by hand. make.py renders each document FROM these facts and
writes NAME.gold.json beside it. Departments, people, codes and numbers are invented (Inner Mongolia: Ulanqab Jining,
Hulunbuir Hailar; Heilongjiang: Jiamusi Xiangyang; Jilin: Tonghua Dongchang; Hainan: Qionghai; Ningxia: Yinchuan
Jinfeng — no earlier held-out set used these). This set is about INDICATOR TABLES AS PROVINCIAL BUDGET SYSTEMS EXPORT
THEM: an export whose value is split over 指标性质 | 运算符号 (in WORDS) | 指标值 (a number shown `0.00`) | 计量单位 |
权重; a form that prints 一级 only as a band row across the table; a 部门整体 form whose rows are grouped under
`一、年度履职目标` / `二、部门管理` bands, with 不低于/不超过/控制在…以内 wording and a second header `指标值（%）` over
bare numbers; two forms side by side on one sheet; a tree-grid export (one 绩效指标 column, levels only by cell
indentation, subtotal weights on the group rows, an empty node); a filled-in template that kept its `指标1：` /
`目标1：` prompts and left unused `……` / `指标2：` rows.
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

# ---------------------------------------------------------------- y1 .xlsx 指标性质 | 运算符号 (words) | 指标值 | 计量单位 | 权重
SIGNWORD = {"大于等于": ">=", "小于等于": "<=", "等于": "=", "大于": ">", "小于": "<"}


def Q(l1, l2, l3, nature, sign, val, unit, weight):
    """one row of the split export. 定量: val is the NUMBER stored in the 指标值 cell (shown with `0.00`) or a named
    amount (reference); 定性: val is the text, no sign, no unit. value_raw = the 指标值 cell as displayed."""
    d = I(l1, l2, l3, "达标", nature=nature, sign=sign or None, printed_unit=unit or None, weight=weight)
    if nature == "定性":
        assert not sign and not unit
        d["value_raw"] = val                                    # a date is qualitative too
        return d
    if isinstance(val, str):                                    # 定量 against a named amount
        assert val in REFS and not unit
        d.update(value_raw=val, kind="reference", comparator=SIGNWORD[sign], reference=val)
        return d
    d.update(value_raw=f"{val:.2f}", kind="numeric", comparator=SIGNWORD[sign], value=num(val), unit=unit or None)
    return d


D1, C1 = "乌兰察布市集宁区卫生健康委员会", "318004"
T1 = "2025年度项目支出绩效目标表"
DL, DX = "定量", "定性"
G["y1_xlsx_splitsign_numbers_jining_2025"] = rec(
    doc(T1, D1, C1, 2025),
    [Proj(1, "基本公共卫生服务补助", title=T1, code="JN2025-WJ-012", department=D1, department_code=C1,
          scope="project", implementing_unit="乌兰察布市集宁区疾病预防控制中心", total=624.50, fiscal=600.00, other=24.50,
          goals=["为辖区常住居民免费提供基本公共卫生服务，规范管理高血压、糖尿病患者；",
                 "提高适龄儿童疫苗接种率，做好重点人群健康管理。"],
          inds=[Q(P, SL, "建立居民电子健康档案", DL, "大于等于", 16.8, "万份", 10),
                Q(P, SL, "高血压患者规范管理人数", DL, "大于等于", 9600, "人", 10),
                Q(P, SL, "65岁及以上老年人健康管理人数", DL, "大于等于", 1.25, "万人", 10),
                Q(P, ZL, "适龄儿童国家免疫规划疫苗接种率", DL, "大于等于", 95, "%", 10),
                Q(P, ZL, "电子健康档案规范化建档率", DL, "大于等于", 75, "%", 10),
                Q(P, SX, "补助资金拨付时间", DX, "", "2025年9月底前", "", 10),
                Q(C, JJCB, "人均基本公共卫生服务补助标准", DL, "等于", 94, "元/人", 10),
                Q(X, SH, "居民健康素养水平", DL, "大于", 28, "%", 10),
                Q(X, KC, "基本公共卫生服务机制", DX, "", "长效运行", "", 10),
                Q(M, FW, "居民满意度", DL, "大于等于", 90, "%", 10)]),
     Proj(2, "医疗卫生机构设备购置", title=T1, code="JN2025-WJ-027", department=D1, department_code=C1,
          scope="project", implementing_unit="乌兰察布市集宁区人民医院", total=380.00, fiscal=380.00, other=0,
          goals=["为区人民医院和4家社区卫生服务中心购置DR、彩超等诊疗设备，提升基层诊疗能力。"],
          inds=[Q(P, SL, "购置诊疗设备", DL, "大于等于", 26, "台（套）", 15),
                Q(P, SL, "受益医疗机构", DL, "等于", 5, "家", 10),
                Q(P, ZL, "设备验收合格率", DL, "等于", 100, "%", 10),
                Q(P, SX, "设备安装调试完成时间", DX, "", "2025年10月31日前", "", 10),
                Q(C, JJCB, "设备购置成本", DL, "小于等于", "年初预算数", "", 10),
                Q(X, SH, "年新增检查服务人次", DL, "大于等于", 1.8, "万人次", 15),
                Q(X, SH, "患者平均候检时间", DL, "小于等于", 30, "分钟", 10),
                Q(X, KC, "设备使用年限", DL, "大于等于", 8, "年", 10),
                Q(M, FW, "患者满意度", DL, "大于等于", 90, "%", 10)])])

# ---------------------------------------------------------------- y2 .docx 一级 only as band rows across the table
D2, C2 = "呼伦贝尔市海拉尔区应急管理局", "417002"
T2 = "2024年度项目支出绩效目标表"
G["y2_docx_level1band_hailar_2024"] = rec(
    doc(T2, D2, C2, 2024),
    [Proj(1, "森林草原防灭火物资储备", title=T2, code="HLE2024-YJ-003", department=D2, department_code=C2,
          scope="project", implementing_unit="呼伦贝尔市海拉尔区应急物资储备中心", total=268.00, fiscal=268.00, other=0,
          goals=["储备风力灭火机、防火服等森林草原防灭火物资，满足一次较大火灾扑救需要；",
                 "开展防灭火专业队伍培训和实战演练。"],
          inds=[B(P, SL, "储备风力灭火机", "≥120台", JH),
                B(P, SL, "储备防火服", "≥800套", JH),
                B(P, SL, "开展实战演练", "≥4次", JH),
                B(P, ZL, "物资验收合格率", "100%", HY),
                B(P, SX, "物资入库时间", "Q:2024年4月30日前", JH),
                B(C, JJCB, "风力灭火机采购单价", "≤0.65万元", HY),
                B(X, SH, "森林草原火灾受害率", "≤0.9‰", HY),
                B(X, SH, "火情处置响应时间", "≤30分钟", LS),
                B(X, KC, "物资储备轮换机制", "长效运行", QT),
                B(M, FW, "扑火队员满意度", "≥90%", LS)]),
     Proj(2, "安全生产执法检查", title=T2, code="HLE2024-YJ-008", department=D2, department_code=C2,
          scope="project", implementing_unit="呼伦贝尔市海拉尔区应急管理综合行政执法大队", total=96.50, fiscal=86.50,
          other=10.00,
          goals=["对辖区危险化学品、非煤矿山和工贸企业开展安全生产执法检查，督促企业整改安全隐患，防范遏制生产安全事故。"],
          inds=[B(P, SL, "执法检查企业", "≥260家次", JH),
                B(P, SL, "聘请专家指导服务", "≥40人次", JH),
                B(P, ZL, "重大事故隐患整改率", "100%", HY),
                B(P, SX, "隐患整改复查时限", "≤15个工作日", HY),
                B(C, JJCB, "专家指导服务费", "≤800元/人·天", HY),
                B(X, SH, "较大及以上生产安全事故", "0起", LS),
                B(X, SH, "企业主体责任落实水平", "明显提升", QT),
                B(M, FW, "被检查企业满意度", "≥85%", LS)])])

# ---------------------------------------------------------------- y3 .pdf 部门整体: 年度履职目标 / 部门管理 bands, wording, 指标值（%）
LZ, GL = "年度履职目标", "部门管理"


def V(l1, l2, l3, raw):
    """a 年度履职目标 row: value in words (`不少于`, `不低于`, `不高于`, `不超过`, `控制在…以内`)."""
    t = raw[3:] if raw.startswith("控制在") else raw
    d = I(l1, l2, l3, t, group=LZ)
    d["value_raw"] = raw
    return d


def PCT(l1, l2, l3, raw):
    """a 部门管理 row under the header `指标值（%）`: a bare number whose unit is the header's."""
    d = I(l1, l2, l3, raw, group=GL)
    assert d["kind"] == "numeric" and d["unit"] is None
    d["unit"] = "%"
    return d


D3, C3 = "佳木斯市向阳区市场监督管理局", "423001"
T3 = "部门整体支出绩效目标表"
G["y3_pdf_dept_groups_pctheader_xiangyang_2024"] = rec(
    doc(T3, D3, C3, 2024),
    [Proj(1, None, title=T3, department=D3, department_code=C3, scope="department",
          total=2386.40, fiscal=2286.40, other=100.00,
          goals=["开展食品生产经营监督检查和抽检，守住不发生区域性、系统性食品安全风险底线；",
                 "加强特种设备安全监察和计量器具检定，保障群众生命财产安全；",
                 "优化营商环境，及时处理消费投诉举报，维护消费者合法权益。"],
          inds=[V(P, SL, "食品安全监督抽检", "不少于1200批次"),
                V(P, SL, "特种设备安全监督检查", "不少于350台次"),
                V(P, SL, "计量器具强制检定", "不少于2600台"),
                V(P, ZL, "食品抽检不合格产品核查处置率", "100%"),
                V(P, ZL, "特种设备定期检验率", "不低于98%"),
                V(P, SX, "消费投诉办结时限", "不超过7个工作日"),
                V(C, JJCB, "单批次食品抽检成本", "控制在2000元以内"),
                V(C, JJCB, "公用经费支出", "控制在年初预算数以内"),
                V(X, SH, "食品安全评价性抽检合格率", "不低于97%"),
                V(X, SH, "特种设备万台死亡率", "不高于0.2"),
                V(X, KC, "市场主体年度报告公示率", "不低于90%"),
                V(M, FW, "消费者满意度", "不低于90%"),
                PCT(P, ZL, "预算执行率", "≥95"),
                PCT(P, ZL, "政府采购执行率", "100"),
                PCT(P, ZL, "固定资产利用率", "≥90"),
                PCT(C, JJCB, "结转结余率", "≤5"),
                PCT(C, JJCB, "“三公”经费控制率", "≤100")]),
     Proj(2, None, title=T3, department="佳木斯市向阳区个体私营经济服务中心", department_code="423002",
          scope="department", total=186.00, fiscal=186.00, other=0,
          goals=["为个体工商户和私营企业提供登记指导、年报辅导和政策咨询服务，促进个体私营经济健康发展。"],
          inds=[V(P, SL, "开展政策宣讲培训", "不少于12场次"),
                V(P, SL, "年报辅导服务市场主体", "不少于3000户"),
                V(P, ZL, "咨询事项答复率", "100%"),
                V(P, SX, "咨询答复时限", "不超过3个工作日"),
                V(C, JJCB, "培训场均成本", "控制在3000元以内"),
                V(X, SH, "新登记个体工商户", "较上年增长"),
                V(M, FW, "服务对象满意度", "不低于92%"),
                PCT(P, ZL, "预算执行率", "≥95"),
                PCT(C, JJCB, "结转结余率", "≤5"),
                PCT(C, JJCB, "“三公”经费控制率", "≤100")])])

# ---------------------------------------------------------------- y4 .xlsx two forms SIDE BY SIDE on one sheet
D4, C4 = "通化市东昌区文化广播电视和旅游局", "506003"
T4 = "项目支出绩效目标表"
G["y4_xlsx_sidebyside_dongchang_2025"] = rec(
    doc("2025年项目支出绩效目标表", D4, C4, 2025),
    [Proj(1, "公共文化服务体系建设", title=T4, code="DC2025-WL-001", department=D4, department_code=C4,
          scope="project", implementing_unit="通化市东昌区文化馆", total=342.00, fiscal=312.00, other=30.00,
          goals=["组织开展群众文化活动和公益培训，丰富群众精神文化生活；",
                 "完善社区综合文化服务中心设施，提升公共文化服务效能。"],
          inds=[B(P, SL, "举办群众文化活动", "≥60场次", JH),
                B(P, SL, "开展公益艺术培训", "≥1500人次", JH),
                B(P, SL, "配置社区文化服务中心设备", "≥18套", JH),
                B(P, SL, "送戏下乡演出", "≥24场", JH),
                B(P, ZL, "设备验收合格率", "100%", HY),
                B(P, SX, "设备配置完成时间", "Q:2025年6月30日前", JH),
                B(C, JJCB, "场均演出补助", "≤1.2万元", HY),
                B(X, SH, "群众文化活动参与人次", "≥8.5万人次", LS),
                B(X, SH, "社区综合文化服务中心达标率", "≥95%", HY),
                B(X, KC, "公共文化服务运行机制", "持续完善", QT),
                B(M, FW, "群众满意度", "≥90%", LS)]),
     Proj(2, "文物安全保护", title=T4, code="DC2025-WL-006", department=D4, department_code=C4,
          scope="project", implementing_unit="通化市东昌区文物管理所", total=128.60, fiscal=128.60, other=0,
          goals=["对辖区不可移动文物开展日常巡查和安防设施维护，消除文物安全隐患。"],
          inds=[B(P, SL, "不可移动文物巡查", "≥480次", JH),
                B(P, SL, "维护安防消防设施", "≥36处", JH),
                B(P, ZL, "安全隐患整改率", "100%", HY),
                B(P, SX, "隐患整改时限", "≤10日", HY),
                B(C, JJCB, "单处设施维护成本", "≤1.5万元", HY),
                B(X, SH, "文物安全事故", "0起", LS),
                B(X, KC, "文物保护长效机制", "逐步健全", QT),
                B(M, FW, "周边群众满意度", "≥88%", LS)])])

# ---------------------------------------------------------------- y5 .xlsx tree-grid export: levels by indentation only
D5, C5 = "琼海市农业农村局", "602011"
T5 = "2024年项目支出绩效目标表"


def TR(l1, l2, l3, raw, weight, desc):
    return I(l1, l2, l3, raw, desc=desc, weight=weight)


EMPTY = "_empty_node"        # a 二级 node printed with no 三级 under it (render hint only)
G["y5_xlsx_treeindent_qionghai_2024"] = rec(
    doc(T5, D5, C5, 2024),
    [Proj(1, "热带特色高效农业发展", title=T5, code="QH2024-NY-011", department=D5, department_code=C5,
          scope="project", implementing_unit="琼海市热带作物服务中心", total=560.00, fiscal=520.00, other=40.00,
          goals=["扶持胡椒、槟榔等热带作物标准化种植基地建设；", "推广绿色防控技术，带动农户增收。"],
          inds=[TR(P, SL, "扶持标准化种植基地", "≥12个", 10, "反映当年扶持建设的热带作物标准化种植基地数量。"),
                TR(P, SL, "推广绿色防控技术面积", "≥3.5万亩", 10, "反映推广应用病虫害绿色防控技术的面积。"),
                TR(P, SL, "培训种植农户", "≥1200人次", 5, "反映开展种植管理技术培训的农户人次。"),
                TR(P, ZL, "基地建设验收合格率", "100%", 10, "反映通过验收的基地数占扶持基地数的比例。"),
                TR(P, ZL, "农药包装废弃物回收率", "≥80%", 5, "反映项目区农药包装废弃物回收处置情况。"),
                TR(P, SX, "补助资金兑付时间", "Q:2024年11月30日前", 10, "反映补助资金按时兑付到位情况。"),
                TR(C, JJCB, "每个基地补助标准", "≤30万元", 10, "反映单个标准化种植基地的补助金额。"),
                TR(X, JJ, "带动农户户均增收", "≥1800元", 15, "反映项目带动种植农户增加收入情况。"),
                TR(X, SH, "带动农户就业", "≥600户", 10, "反映项目带动农户在基地务工就业情况。"),
                TR(X, KC, "绿色防控技术应用", "持续推广", 5, "反映绿色防控技术的持续推广应用情况。"),
                TR(M, FW, "种植农户满意度", "≥90%", 10, "反映受益种植农户对项目实施的满意程度。")],
          _tree_empty=[(X, ST, SH)]),      # 生态效益指标 printed after the 社会效益 group, no children under it
     Proj(2, "农村生活污水治理", title=T5, code="QH2024-NY-019", department=D5, department_code=C5,
          scope="project", implementing_unit="琼海市农村环境整治服务中心", total=415.00, fiscal=415.00, other=0,
          goals=["建设农村生活污水处理设施，提高农村生活污水治理率，改善农村人居环境。"],
          inds=[TR(P, SL, "新建污水处理设施", "≥15座", 10, "反映当年新建农村生活污水处理设施数量。"),
                TR(P, SL, "铺设污水收集管网", "≥28公里", 10, "反映当年铺设的污水收集管网长度。"),
                TR(P, ZL, "出水水质达标率", "≥95%", 10, "反映处理设施出水水质达到排放标准的比例。"),
                TR(P, ZL, "工程验收合格率", "100%", 10, "反映通过竣工验收的工程比例。"),
                TR(P, SX, "工程完工时间", "Q:2024年12月31日前", 10, "反映工程按期完工情况。"),
                TR(C, JJCB, "每座处理设施建设成本", "≤18万元", 10, "反映单座处理设施的平均建设成本。"),
                TR(X, SH, "受益农户", "≥2300户", 15, "反映项目建成后受益的农户数量。"),
                TR(X, ST, "农村生活污水治理率", "≥62%", 15, "反映全市农村生活污水得到有效治理的行政村比例。"),
                TR(M, FW, "受益群众满意度", "≥90%", 10, "反映受益群众对项目实施的满意程度。")],
          _tree_empty=[])])

# ---------------------------------------------------------------- y6 .docx filled-in template: `指标1：` prompts, unused rows
D6, C6 = "银川市金凤区民政局", "713005"
T6 = "项目支出绩效目标申报表"


def N(l1, l2, k, name, raw):
    """a template row whose 三级 cell was printed `指标k：` and filled in after the colon."""
    return I(l1, l2, name, raw, level3_printed=f"指标{k}：{name}")


def LEFT(l1, l2, printed):
    """an unused template row: 三级 shows only the prompt (`指标2：` or `……`), 指标值 empty. NOT an indicator."""
    return {"_leftover": True, "level1": l1, "level2": l2, "level3_printed": printed}


G["y6_docx_template_prefix_jinfeng_2025"] = rec(
    doc(T6, D6, C6, 2025),
    [Proj(1, "困难群众基本生活救助", title=T6, code="JF2025-MZ-002", department=D6, department_code=C6,
          scope="project", implementing_unit="银川市金凤区社会救助服务中心", total=1260.00, fiscal=1260.00, other=0,
          goals=["按时足额发放城乡低保金和特困人员救助供养金，保障困难群众基本生活；",
                 "开展临时救助，及时化解群众遭遇的突发性、紧迫性生活困难。"],
          _goal_prompts=3,                                     # `目标3：` printed, left empty
          _rows=[N(P, SL, 1, "城乡低保保障人数", "≥2100人"),
                 N(P, SL, 2, "特困人员救助供养人数", "≥160人"),
                 N(P, SL, 3, "临时救助人次", "≥450人次"),
                 LEFT(P, SL, "……"),
                 N(P, ZL, 1, "救助资金发放准确率", "100%"),
                 LEFT(P, ZL, "指标2："),
                 N(P, SX, 1, "低保金发放时间", "Q:每月10日前"),
                 N(C, JJCB, 1, "城市低保月人均补助标准", "=820元/人·月"),
                 N(C, JJCB, 2, "救助资金支出", "≤年初预算数"),
                 N(X, SH, 1, "困难群众基本生活保障", "有效保障"),
                 N(X, SH, 2, "因救助不及时引发的极端事件", "0起"),
                 N(X, KC, 1, "社会救助长效机制", "逐步完善"),
                 LEFT(X, KC, "……"),
                 N(M, FW, 1, "救助对象满意度", "≥90%")],
          inds=[]),
     Proj(2, "社区居家养老服务", title=T6, code="JF2025-MZ-007", department=D6, department_code=C6,
          scope="project", implementing_unit="银川市金凤区养老服务指导中心", total=385.00, fiscal=350.00, other=35.00,
          goals=["新建社区老年人日间照料中心3个，为居家老年人提供助餐、助洁等服务；",
                 "对特殊困难老年人家庭实施适老化改造；",
                 "培训养老护理员，提升养老服务质量。"],
          _goal_prompts=3,
          _rows=[N(P, SL, 1, "新建社区老年人日间照料中心", "≥3个"),
                 N(P, SL, 2, "适老化改造家庭", "≥120户"),
                 N(P, SL, 3, "培训养老护理员", "≥200人次"),
                 N(P, ZL, 1, "照料中心建设验收合格率", "100%"),
                 N(P, ZL, 2, "适老化改造验收合格率", "≥95%"),
                 N(P, SX, 1, "照料中心投入运营时间", "Q:2025年10月31日前"),
                 LEFT(P, SX, "指标2："),
                 N(C, JJCB, 1, "户均适老化改造补助", "≤3000元"),
                 N(X, SH, 1, "年服务老年人", "≥1.5万人次"),
                 N(X, SH, 2, "助餐服务覆盖社区", ""),            # name filled in, value cell EMPTY → missing
                 LEFT(X, KC, "……"),                              # a 二级 group holding only an unused row
                 N(M, FW, 1, "老年人满意度", "≥90%")],
          inds=[])])
for _p in G["y6_docx_template_prefix_jinfeng_2025"]["projects"]:
    _p["indicators"] = [x for x in _p["_rows"] if not x.get("_leftover")]
    for _j, _x in enumerate(_p["indicators"], 1):
        _x["seq"] = _j
