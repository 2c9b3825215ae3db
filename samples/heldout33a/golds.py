"""Blind set heldout33a: the facts of each draft, typed by hand, and the gold record built from them.
Each F dict holds what the form PRINTS (make.py renders from it); G[stem] is the gold record (source filled by make.py).
Indicator rows are typed one printed row a line, cells apart by `|`; `Q:` marks a qualitative value holding digits.
Places (Jiangsu / Beijing only; a grep of every earlier README, gold, golds.py and draft under /work/main/samples and
/work/shared found none of them): 徐州市贾汪区, 常州市金坛区, 泰州市姜堰区, 北京市门头沟区, 北京市平谷区, and the central
department 国家档案局. Nothing here comes from jixiao."""
from kit import I, S, Proj, clean, num, FW

L1S = {"产出": "产出指标", "效益": "效益指标", "满意": "满意度指标", "成本": "成本指标"}
L2S = {"数量": "数量指标", "质量": "质量指标", "时效": "时效指标", "经济成本": "经济成本指标", "成本": "成本指标",
       "经济": "经济效益指标", "社会": "社会效益指标", "生态": "生态效益指标", "可持续": "可持续影响指标",
       "服务对象": "服务对象满意度指标"}
G, F = {}, {}


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


def rec(document, projects):
    return {"source": None, "document": document, "toc": [], "overall_goals": [], "sub_goals": [], "safeguards": [],
            "projects": projects, "issues": []}


def plain(block):
    return [I(L1S[a], L2S[b], c, v) for a, b, c, v in cells(block, 4)]


def twoset(block):
    """rows `一级|二级|三级|长期/实施期值|年度值` → all mid_term indicators first, then all year ones."""
    rows = cells(block, 5)
    return ([I(L1S[a], L2S[b], c, m, period="mid_term") for a, b, c, m, y in rows] +
            [I(L1S[a], L2S[b], c, y, period="year") for a, b, c, m, y in rows])


# ====================================================================== a1 Sichuan 一体化 export: xlsx → LibreOffice Calc PDF, 3 pages
F1 = dict(stem="a1_pdf_localc_3pages_yitihua_jiawang_2025", dept="徐州市贾汪区农业农村局", code="813207",
          title="2025年部门预算项目绩效目标表", year=2025,
          projs=[
 dict(name="高标准农田建设管护", budget="1,286.40",
      goal="完成2.4万亩高标准农田建设和已建农田设施管护，新增灌溉面积0.6万亩，项目区粮食亩产提高50公斤以上，建成后由镇村落实管护责任。",
      rows="""
产出指标|数量指标|新建高标准农田面积|≥|2.4|万亩|15|正向指标
产出指标|数量指标|管护已建农田设施面积|≥|11.5|万亩|10|正向指标
产出指标|质量指标|工程竣工验收合格率|=|100|%|15|正向指标
产出指标|时效指标|年度建设任务完成时间|定性|2025年11月30日前||10|正向指标
成本指标|经济成本指标|亩均建设成本|≤|3,000|元/亩|10|反向指标
效益指标|经济效益指标|项目区粮食亩产增加|≥|50|公斤|15|正向指标
效益指标|可持续影响指标|农田设施管护机制|定性|长效运行||10|正向指标
满意度指标|服务对象满意度指标|项目区农户满意度|≥|90|%|15|正向指标"""),
 dict(name="农村人居环境整治提升", budget="468.00",
      goal="对全区12个行政村开展农村生活污水治理和村庄清洁行动，农村生活垃圾无害化处理率保持100%，村容村貌持续改善。",
      rows="""
产出指标|数量指标|生活污水治理行政村|=|12|个|20|正向指标
产出指标|数量指标|新建户用污水处理设施|≥|1,850|户|10|正向指标
产出指标|质量指标|农村生活垃圾无害化处理率|=|100|%|15|正向指标
产出指标|时效指标|污水治理设施建成时间|定性|2025年10月31日前||10|正向指标
成本指标|经济成本指标|户均污水设施建设成本|≤|1,600|元/户|10|反向指标
效益指标|生态效益指标|村庄黑臭水体|=|0|处|15|反向指标
满意度指标|服务对象满意度指标|村民满意度|≥|92|%|20|正向指标"""),
 dict(name="动物疫病防控", budget="215.80",
      goal="做好重大动物疫病强制免疫和监测工作，全区规模养殖场强制免疫密度达到90%以上，全年不发生区域性重大动物疫情。",
      rows="""
产出指标|数量指标|强制免疫畜禽|≥|186|万头（只）|20|正向指标
产出指标|数量指标|疫病监测采样|≥|6,200|份|10|正向指标
产出指标|质量指标|规模场强制免疫密度|≥|90|%|20|正向指标
产出指标|时效指标|春秋两季集中免疫完成时间|定性|每季集中免疫启动后30日内||10|正向指标
效益指标|社会效益指标|区域性重大动物疫情|=|0|起|20|反向指标
满意度指标|服务对象满意度指标|养殖户满意度|≥|90|%|20|正向指标"""),
 dict(name="高素质农民培育", budget="96.50",
      goal="围绕粮食、蔬菜、生猪等主导产业培育高素质农民420人，培训合格率95%以上，带动参训农民增收。",
      rows="""
产出指标|数量指标|培育高素质农民|≥|420|人|25|正向指标
产出指标|质量指标|培训考核合格率|≥|95|%|20|正向指标
产出指标|时效指标|培训任务完成时间|定性|2025年11月底前||10|正向指标
成本指标|经济成本指标|人均培训成本|≤|2,300|元/人|10|反向指标
效益指标|经济效益指标|参训农民人均增收|≥|1,500|元|15|正向指标
满意度指标|服务对象满意度指标|参训学员满意度|≥|93|%|20|正向指标""")])
F["a1"] = F1


def srows(block):
    return [S(a, b, c, sign, val, unit or None, int(w), d) for a, b, c, sign, val, unit, w, d in cells(block, 8)]


G[F1["stem"]] = rec(doc(F1["title"], F1["dept"], F1["code"], 2025), [
    Proj(k, f["name"], srows(f["rows"]), title=None, department=F1["dept"], department_code=F1["code"],
         total=float(f["budget"].replace(",", "")), goals=[f["goal"]], scope="project")
    for k, f in enumerate(F1["projs"], 1)])

# ====================================================================== a2 批复表, .docx whose 实施期 and 年度 sets are TWO tables
F2 = dict(stem="a2_docx_twotables_approval_jintan_2025", dept="常州市金坛区卫生健康局", code="742318",
          title="2025年度项目支出绩效目标批复表", name="区域医疗中心能力提升工程", pcode="320413-25-WJ-0031",
          iu="常州市金坛区人民医院", period="2025年-2027年", mid=("3680.00", "3400.00", "280.00"),
          year=("1420.00", "1300.00", "120.00"),
          gm=["建成胸痛、卒中、创伤三大救治中心并通过省级评审；", "新增重症监护床位40张，县域内就诊率达到90%以上。"],
          gy=["完成胸痛中心、卒中中心建设并申报省级评审；", "新增重症监护床位16张；", "完成医疗设备采购42台（套）。"],
          mrows="""
产出|数量|建成救治中心|3个
产出|数量|新增重症监护床位|40张
产出|数量|采购医疗设备|≥120台（套）
产出|质量|救治中心省级评审通过率|100%
产出|时效|全部建设任务完成时间|Q:2027年12月31日前
效益|社会|县域内就诊率|≥90%
效益|可持续|区域医疗服务能力|显著提升
满意|服务对象|患者满意度|≥92%""",
          yrows="""
产出|数量|建成救治中心|2个
产出|数量|新增重症监护床位|16张
产出|数量|采购医疗设备|42台（套）
产出|质量|设备验收合格率|100%
产出|时效|设备采购完成时间|Q:2025年9月30日前
成本|经济成本|单台（套）设备平均采购成本|≤26万元
效益|社会|急性心梗患者门球时间|≤90分钟
效益|社会|县域内就诊率|≥87%
满意|服务对象|患者满意度|≥90%""",
          opinion="经审核，同意该项目实施期和2025年度绩效目标。请严格按照批复的绩效目标组织实施，并开展绩效运行监控。",
          approver="常州市金坛区财政局", adate="2025年3月18日")
F["a2"] = F2
G[F2["stem"]] = rec(doc(F2["title"], F2["dept"], F2["code"], 2025), [
    Proj(1, F2["name"], [I(L1S[a], L2S[b], c, v, period="mid_term") for a, b, c, v in cells(F2["mrows"], 4)] +
         [I(L1S[a], L2S[b], c, v, period="year") for a, b, c, v in cells(F2["yrows"], 4)],
         title=F2["title"], code=F2["pcode"], department=F2["dept"], department_code=F2["code"],
         total=float(F2["year"][0]), fiscal=float(F2["year"][1]), other=float(F2["year"][2]), goals=F2["gy"],
         scope="project", implementing_unit=F2["iu"], goals_mid_term=F2["gm"],
         extra={"实施周期": F2["period"], "实施期资金总额": F2["mid"][0], "实施期财政拨款": F2["mid"][1],
                "实施期其他资金": F2["mid"][2]})])

# ====================================================================== a3 central annex at the END of a budget-book PDF
F3 = dict(stem="a3_pdf_budgetbook_central_annex_dangan_2025", dept="国家档案局", code="176",
          book="国家档案局2025年部门预算", title="项目预算绩效目标表", year=2025,
          projs=[
 dict(name="中央档案馆馆藏档案数字化", iu="中央档案馆（国家档案局）档案数字化中心", span="2025年—2027年",
      amt=("2640.00", "2380.00", "220.00", "40.00"),
      gm=["完成中央档案馆重点馆藏档案数字化3600万画幅，建成馆藏档案数字资源总库。"],
      gy=["完成重点馆藏档案数字化1200万画幅；", "完成数字化成果质量检查和挂接入库。"],
      rows="""
产出|数量|档案数字化画幅|≥1200万画幅
产出|数量|数字化成果挂接入库|≥1150万画幅
产出|质量|数字化成果质检合格率|≥99.5%
产出|时效|年度数字化任务完成时间|Q:2025年11月底前
成本|经济成本|单画幅数字化成本|≤1.6元/画幅
效益|社会|馆藏档案利用服务能力|持续提升
效益|可持续|档案原件保护|有效加强
满意|服务对象|档案利用者满意度|≥90%"""),
 dict(name="全国档案信息化安全保障", iu="国家档案局档案信息化中心", span="2025年—2027年",
      amt=("1175.00", "1080.00", "95.00", "0.00"),
      gm=["建成覆盖全国省级档案馆的档案信息安全监测体系。"],
      gy=["完成31个省级档案馆安全监测接入；", "全年不发生重大网络安全事件。"],
      rows="""
产出|数量|接入安全监测的省级档案馆|31个
产出|数量|安全巡检|≥12次
产出|质量|重大网络安全事件|0起
产出|质量|系统全年可用率|≥99.9%
产出|时效|安全事件响应时间|≤30分钟
成本|经济成本|安全保障支出|≤预算批复金额
效益|社会|电子档案安全保障水平|明显提升
满意|服务对象|省级档案馆满意度|≥90%""")],
          tables=["收支总表", "收入总表", "支出总表", "财政拨款收支总表", "一般公共预算支出表", "一般公共预算基本支出表",
                  "一般公共预算“三公”经费支出表", "政府性基金预算支出表", "国有资本经营预算支出表"])
F["a3"] = F3
G[F3["stem"]] = rec(doc(F3["title"], F3["dept"], F3["code"], 2025), [
    Proj(k, f["name"], plain(f["rows"]), title=F3["title"], department=F3["dept"], department_code=F3["code"],
         total=float(f["amt"][0]), fiscal=float(f["amt"][1]), other=float(f["amt"][3]), goals=f["gy"],
         scope="project", implementing_unit=f["iu"], budget_carryover=float(f["amt"][2]), goals_mid_term=f["gm"],
         extra={"中期目标期限": f["span"]}) for k, f in enumerate(F3["projs"], 1)])

# ====================================================================== a4 部门整体, Docling Markdown (merged cells repeated)
F4 = dict(stem="a4_md_docling_deptoverall_mentougou_2025", dept="北京市门头沟区水务局", code="156203",
          title="部门整体支出绩效目标表", year=2025, amt=("5864.70", "2146.30", "3718.40"),
          goals=["完成永定河、清水河等重点河道巡查养护，河湖水质稳定达标；",
                 "保障山区农村供水设施安全运行，农村集中供水率保持在98%以上；",
                 "做好汛期防汛抢险准备，确保安全度汛。"],
          duties=[("河湖管理", "落实河长制，开展河道巡查养护和水质监测", "河道巡查养护", "1486.20"),
                  ("农村供水保障", "维护山区农村供水设施，保障饮水安全", "农村供水设施运行维护", "1352.00"),
                  ("防汛抢险", "储备防汛物资，开展汛前隐患排查", "防汛物资储备及抢险", "880.20")],
          rows="""
产出|数量|巡查养护河道长度|≥286公里
产出|数量|农村供水设施维护|≥142处
产出|数量|防汛隐患排查点位|≥360个
产出|质量|河湖水质达标率|≥95%
产出|质量|农村集中供水率|≥98%
产出|时效|汛前隐患整改完成时间|Q:2025年5月31日前
成本|经济成本|“三公”经费|≤年初预算数
效益|社会|因洪涝灾害造成人员死亡|0人
效益|生态|河道水面漂浮物|明显减少
效益|可持续|河长制管理机制|长效运行
满意|服务对象|沿河居民满意度|≥90%
满意|服务对象|供水用户满意度|>92%""")
F["a4"] = F4
G[F4["stem"]] = rec(doc(F4["title"], F4["dept"], F4["code"], 2025), [
    Proj(1, None, plain(F4["rows"]), title=F4["title"], department=F4["dept"], department_code=F4["code"],
         total=float(F4["amt"][0]), goals=F4["goals"], scope="department",
         extra={"基本支出": F4["amt"][1], "项目支出": F4["amt"][2],
                "年度履职目标": [{"部门职能": a, "年度目标任务": b, "支出项目名称": c, "预算金额（万元）": d}
                             for a, b, c, d in F4["duties"]]})])

# ====================================================================== a5 转移支付 长期/年度, .odt (LibreOffice from .docx)
F5 = dict(stem="a5_odt_lo_transfer_longyear_jiangyan_2024", dept="泰州市姜堰区农业农村局",
          title="转移支付资金绩效目标表", year=2024, name="省级乡村振兴专项资金（现代农业发展）",
          iu="泰州市姜堰区农业技术推广中心", span="2024年-2026年", long_amt="2760.00", amt=("980.00", "980.00", "0.00"),
          gm=["建设绿色高质高效示范片5万亩，培育家庭农场示范场60家；", "主要农作物绿色防控覆盖率达到60%以上。"],
          gy=["建设绿色高质高效示范片1.8万亩；", "培育家庭农场示范场20家；", "开展水稻病虫害统防统治3万亩。"],
          rows="""
产出|数量|绿色高质高效示范片面积|≥5万亩|≥1.8万亩
产出|数量|培育家庭农场示范场|60家|20家
产出|数量|病虫害统防统治面积|≥9万亩|≥3万亩
产出|质量|示范片建设验收合格率|100%|100%
产出|时效|资金分配下达时间||Q:收到上级资金后30日内
成本|经济成本|示范片亩均补助|≤120元/亩|≤120元/亩
效益|经济|示范片亩均节本增效|≥80元|≥80元
效益|生态|主要农作物绿色防控覆盖率|≥60%|≥55%
满意|服务对象|受益经营主体满意度|≥90%|≥90%""")
F["a5"] = F5
G[F5["stem"]] = rec(doc(F5["title"], F5["dept"], None, 2024), [
    Proj(1, F5["name"], twoset(F5["rows"]), title=F5["title"], department=F5["dept"], total=float(F5["amt"][0]),
         fiscal=float(F5["amt"][1]), other=float(F5["amt"][2]), goals=F5["gy"], scope="project",
         implementing_unit=F5["iu"], goals_mid_term=F5["gm"],
         extra={"实施期": F5["span"], "实施期资金总额": F5["long_amt"]})])

# ====================================================================== a6 2015-style 项目绩效目标表 on a portal page (HTML)
F6 = dict(stem="a6_html_portal_form2015_pinggu_2024", dept="北京市平谷区园林绿化局", code="158104",
          title="项目绩效目标表", year=2024, name="平原生态林养护管理", iu="北京市平谷区林业保护站", head="韩立军",
          phone="010-69961738", period="2024年1月—2024年12月", money=("1745.00", "1680.00", "65.00"),
          overview="对全区平原生态林3.2万亩开展浇水、修剪、有害生物防治和防火巡查等养护管理，聘用养护人员420名。",
          basis="《北京市平原生态林养护管理办法》及区政府专题会议纪要",
          plan=[("养护单位确定", "2024年1月", "2024年2月"), ("春季补植及日常养护", "2024年3月", "2024年11月"),
                ("年度检查验收", "2024年12月", "2024年12月")],
          gm=["平原生态林保存率稳定在95%以上，形成稳定健康的森林生态系统。"],
          gy=["完成平原生态林养护3.2万亩；", "林木保存率不低于95%，全年不发生森林火灾。"],
          lrows="""
产出|数量|平原生态林养护面积|≥3.2万亩
产出|质量|林木保存率|≥95%
效益|生态|森林生态系统稳定性|持续增强
效益|公众|周边居民满意度|≥90%""",
          yrows="""
产出|数量|平原生态林养护面积|≥3.2万亩
产出|数量|聘用养护人员|420名
产出|质量|林木保存率|≥95%
产出|时效|有害生物防治及时率|100%
产出|成本|亩均养护成本|≤520元/亩
效益|社会|森林火灾发生|0起
效益|生态|新增林木蓄积量|≥1.1万立方米
效益|公众|周边居民满意度|≥90%""")
F["a6"] = F6


def oldrows(block, period):
    return [I(L1S[a], L2S[b], c, v, l2std=FW if b == "公众" else None, period=period) for a, b, c, v in cells(block, 4)]


L2S["公众"] = "社会公众或服务对象满意度指标"
m6 = F6["money"]
G[F6["stem"]] = rec(doc(F6["title"], F6["dept"], F6["code"], 2024), [
    Proj(1, F6["name"], oldrows(F6["lrows"], "mid_term") + oldrows(F6["yrows"], "year"), title=F6["title"],
         department=F6["dept"], department_code=F6["code"], total=float(m6[0]), fiscal=float(m6[1]),
         other=float(m6[2]), goals=F6["gy"], scope="project", implementing_unit=F6["iu"], goals_mid_term=F6["gm"],
         extra={"项目属性": "延续项目", "项目负责人": F6["head"], "联系电话": F6["phone"], "项目起止时间": F6["period"],
                "项目概况": F6["overview"], "项目立项的依据": F6["basis"],
                "实施进度计划": [{"项目实施内容": a, "开始时间": b, "完成时间": c} for a, b, c in F6["plan"]]})])
