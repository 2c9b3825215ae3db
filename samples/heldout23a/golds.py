"""Blind set heldout23a: the facts of each draft, typed by hand, and the gold record built from them.
Each draft is ONE form file as a portal hosts it, under a name whose extension does not say what the file is. The F
dict of a draft lists what its pages PRINT (make.py renders from it); G[stem] is the gold record (source filled by
make.py). Indicator blocks are typed one printed row a line, cells apart by `|`; `Q:` marks a qualitative value
holding digits (a date). Nothing here comes from jixiao."""
from kit import I, S, Proj, clean, num  # noqa: F401

G, F = {}, {}


def cells(block, n):
    rows = []
    for line in block.strip().splitlines():
        c = [x.strip() for x in line.split("|")]
        assert len(c) == n, line
        rows.append(c)
    return rows


def vr(raw):
    return raw[2:] if raw.startswith("Q:") else raw


def items(text, marks):
    """split a goal cell at its printed markers (`1.` / `1、`), markers removed, closing `；` / `。` kept."""
    pos = []
    for m in marks:
        pos.append(text.index(m, pos[-1] + 1 if pos else 0))
    assert pos[0] == 0, text
    return [text[a + len(m):b] for a, m, b in zip(pos, marks, pos[1:] + [len(text)])]


def amts(a):
    return dict(total=float(a[0]), fiscal=float(a[1]), other=float(a[2]))


# ---------------------------------------------------------------------------------------------- record builders
def projects(f):
    out = []
    base = dict(department=f["dept"], department_code=f["code"])
    for sh in f["forms"]:
        k = sh["kind"]
        if k == "sc":      # one-table export: one project per 项目名称 run
            out.append(Proj(len(out) + 1, sh["name"],
                            [S(a, b, c, sg, v, u, int(w), d) for a, b, c, sg, v, u, w, d in cells(sh["rows"], 8)],
                            title=None, goals=[sh["goal"]], total=float(sh["budget"]), scope="project", **base))
        elif k == "dept":
            out.append(Proj(len(out) + 1, None, [I(a, b, c, v, desc=d) for a, b, c, d, v in cells(sh["rows"], 5)],
                            title=f["form_title"], goals=list(sh["goals"]), scope="department",
                            **amts(sh["amt"]), **base))
        elif k == "nat":
            a = [float(x) for x in sh["amt"]]
            assert abs(a[0] - a[1] - float(sh["carry"]) - a[2]) < 1e-9, sh["name"]
            out.append(Proj(len(out) + 1, sh["name"], [I(*c) for c in cells(sh["rows"], 4)], title=f["form_title"],
                            goals=items(sh["goal"], sh["marks"]), scope="project", implementing_unit=sh["impl"],
                            budget_carryover=float(sh["carry"]), extra={"项目属性": sh["attr"], "项目期": sh["term"]},
                            **amts(sh["amt"]), **base))
        elif k == "f2015":
            inds = ([I(*c, period="mid_term") for c in cells(sh["long_rows"], 4)]
                    + [I(*c, period="year") for c in cells(sh["rows"], 4)])
            out.append(Proj(len(out) + 1, sh["name"], inds, title=f["form_title"], goals=items(sh["goal"], sh["marks"]),
                            goals_mid_term=[sh["long"]], scope="project", implementing_unit=sh["impl"],
                            extra={"项目属性": sh["attr"], "项目负责人": sh["person"], "联系电话": sh["phone"],
                                   "项目起止时间": sh["term"], "sheet": sh["tab"]}, **amts(sh["amt"]), **base))
        elif k == "plain":
            out.append(Proj(len(out) + 1, sh["name"], [I(a, b, c, v, basis=d) for a, b, c, v, d in cells(sh["rows"], 5)],
                            title=f["form_title"], code=sh["pcode"], goals=items(sh["goal"], sh["marks"]),
                            scope="project", implementing_unit=sh["impl"], **amts(sh["amt"]), **base))
        elif k == "hebei":  # the seed's own layout (项目编码 / 预算数 / 资金用途 / 资金支出计划 / 绩效指标描述 / 确定依据)
            out.append(Proj(len(out) + 1, sh["name"],
                            [I(a, b, c, v, desc=d, basis=e) for a, b, c, d, v, e in cells(sh["rows"], 6)],
                            title=sh["title"], code=sh["pcode"], purpose=sh["purpose"],
                            plan=[(m, num(float(p))) for m, p in sh["plan"]], goals=list(sh["goals"]),
                            scope="project", **amts(sh["amt"]), **base))
        if k in ("dept", "plain", "f2015", "hebei"):
            a = [float(x) for x in sh["amt"]]
            assert abs(a[0] - a[1] - a[2]) < 1e-9, k
    return out


def rec(f):
    d = {"title": f["title"], "department": f["dept"], "department_code": f["code"], "year": f["year"],
         "status": None, "compiled_by": None, "reviewed_by": None}
    return {"source": None, "document": d, "toc": [], "overall_goals": [], "sub_goals": [], "safeguards": [],
            "projects": projects(f), "issues": []}


# ====================================================================== p1 .xls that is an HTML table (web export)
F1 = dict(
    stem="p1_xls_htmlexport_yitihua_sucheng_2025", ext="xls", fmt="html",
    content="HTML table (a web system's 导出Excel: UTF-8 with BOM, <meta http-equiv=Content-Type "
            "content=\"application/vnd.ms-excel; charset=UTF-8\">, <table border=1> with rowspans)",
    dept="宿迁市宿城区文化广电和旅游局", code="469207", year=2025, title="2025年部门预算项目绩效目标表",
    exported="导出时间：2025-01-16 09:42:37", operator="操作员：王婷婷",
    forms=[
        dict(kind="sc", name="公共文化服务体系运行经费", budget="186.50",
             goal="保障区文化馆、图书馆和12个乡镇（街道）综合文化站免费开放，全年开展群众文化活动不少于260场次，提升公共文化服务效能。",
             rows="""
产出指标|数量指标|免费开放场馆数量|＝|14|个|15|正向
产出指标|数量指标|群众文化活动场次|≥|260|场次|15|正向
产出指标|质量指标|场馆免费开放达标率|≥|95|%|10|正向
产出指标|时效指标|活动经费拨付时间|定性|2025年6月30日前||10|正向
成本指标|经济成本指标|单场活动平均成本|≤|0.35|万元|10|反向
效益指标|社会效益指标|年度服务群众人次|≥|48|万人次|15|正向
效益指标|可持续影响指标|公共文化服务效能|定性|有效提升||10|正向
满意度指标|服务对象满意度指标|群众满意度|≥|90|%|15|正向
"""),
        dict(kind="sc", name="文物保护和非遗传承项目", budget="92.00",
             goal="完成3处区级文物保护单位修缮，开展非物质文化遗产代表性传承人记录和展演活动，确保文物安全事故零发生。",
             rows="""
产出指标|数量指标|文物保护单位修缮数量|＝|3|处|15|正向
产出指标|数量指标|非遗展演活动场次|≥|24|场次|10|正向
产出指标|质量指标|修缮工程验收合格率|＝|100|%|15|正向
产出指标|时效指标|修缮工程完工时间|定性|2025年11月30日前||10|正向
成本指标|经济成本指标|文物修缮支出|≤|68|万元|10|反向
效益指标|社会效益指标|文物安全事故|＝|0|起|15|反向
效益指标|可持续影响指标|非遗保护传承机制|定性|逐步健全||10|正向
满意度指标|服务对象满意度指标|群众满意度|≥|92|%|15|正向
"""),
        dict(kind="sc", name="全民阅读推广活动经费", budget="38.60",
             goal="举办“书香宿城”全民阅读系列活动，新建城市书房2个，全年图书借阅量达到36万册次。",
             rows="""
产出指标|数量指标|新建城市书房|＝|2|个|15|正向
产出指标|数量指标|阅读推广活动场次|≥|120|场次|15|正向
产出指标|数量指标|图书借阅量|≥|36|万册次|10|正向
产出指标|质量指标|新增图书编目合格率|≥|98|%|10|正向
产出指标|时效指标|城市书房建成时间|定性|2025年9月30日前||10|正向
成本指标|经济成本指标|单个城市书房建设成本|≤|12.5|万元|10|反向
效益指标|社会效益指标|居民综合阅读率|≥|86.5|%|15|正向
满意度指标|服务对象满意度指标|读者满意度|≥|90|%|15|正向
"""),
    ])
F["p1"] = F1

# ====================================================================== p2 .doc that is an RTF (OA system save)
F2 = dict(
    stem="p2_doc_rtfgbk_deptoverall_kongtong_2025", ext="doc", fmt="rtf",
    content="RTF ({\\rtf1\\ansi\\ansicpg936: GBK \\'xx escapes in the table, \\uN? escapes (negative above U+7FFF) in "
            "the headings; \\trowd / \\cellx table with \\clvmgf / \\clvmrg vertical merges)",
    dept="平凉市崆峒区人力资源和社会保障局", code="652318", year=2025, title="部门整体支出绩效目标表",
    form_title="部门整体支出绩效目标表", filler="填报人：杨晓敏　　联系电话：0933-8213576　　填报日期：2025年1月14日",
    forms=[
        dict(kind="dept", amt=("2468.30", "2410.30", "58.00"),
             goals=["全年城镇新增就业2600人，城镇登记失业率控制在4%以内；",
                    "开展补贴性职业技能培训4500人次，提升劳动者就业创业能力；",
                    "做好城乡居民基本养老保险参保扩面和待遇发放，保障农民工工资按时足额支付。"],
             rows="""
产出指标|数量指标|城镇新增就业人数|年度城镇新增就业人员数量|≥2600人
产出指标|数量指标|职业技能培训人次|组织开展补贴性职业技能培训的人次|≥4500人次
产出指标|数量指标|城乡居民基本养老保险参保人数|年末城乡居民基本养老保险参保人数|≥21.6万人
产出指标|质量指标|城镇登记失业率|年末城镇登记失业人数占比|≤4%
产出指标|质量指标|培训后取得证书比例|培训合格取得职业资格或技能等级证书的人数占比|≥80%
产出指标|时效指标|养老金发放及时率|每月按时足额发放养老金的比例|100%
成本指标|经济成本指标|部门“三公”经费|“三公”经费支出控制数|≤9.6万元
效益指标|社会效益指标|农民工工资拖欠案件结案率|年度农民工工资拖欠案件办结比例|≥98%
效益指标|可持续影响指标|就业公共服务体系|基层就业公共服务平台建设运行情况|持续完善
满意度指标|服务对象满意度指标|服务对象满意度|群众对人社公共服务的满意程度|≥90%
"""),
    ])
F["p2"] = F2

# ====================================================================== p3 .wps that is a Word 97 binary
F3 = dict(
    stem="p3_wps_word97_shenbao_tongguan_2025", ext="wps", fmt="doc",
    content="Word 97-2003 binary (OLE2 compound file with WordDocument and 1Table streams), as Kingsoft Writer saves",
    dept="铜陵市铜官区卫生健康委员会", code="274016", year=2025, title="项目支出绩效目标申报表",
    form_title="项目支出绩效目标申报表",
    forms=[
        dict(kind="nat", name="基层医疗卫生机构能力提升项目", impl="铜陵市铜官区卫生健康综合服务中心",
             attr="延续项目", term="3年", amt=("1265.00", "1105.00", "30.00"), carry="130.00",
             goal="1.完成6个社区卫生服务站标准化改造，更新基本诊疗设备86台（套）；2.开展基层医务人员岗位培训320人次，提升基层首诊能力。",
             marks=["1.", "2."],
             rows="""
产出指标|数量指标|社区卫生服务站标准化改造|6个
产出指标|数量指标|更新基本诊疗设备|≥86台（套）
产出指标|数量指标|基层医务人员培训人次|≥320人次
产出指标|质量指标|设备验收合格率|100%
产出指标|时效指标|改造工程完工时间|Q:2025年10月31日前
成本指标|经济成本指标|单个服务站改造成本|≤95万元
效益指标|社会效益指标|基层医疗机构诊疗人次占比|≥65%
效益指标|可持续影响指标|基层医疗服务能力|持续提升
满意度指标|服务对象满意度指标|就诊居民满意度|≥90%
"""),
        dict(kind="nat", name="严重精神障碍患者救治救助项目", impl="铜陵市铜官区疾病预防控制中心",
             attr="新增项目", term="1年", amt=("186.40", "170.40", "0.00"), carry="16.00",
             goal="1.对辖区在册严重精神障碍患者开展规范管理和服药补助；2.患者规范管理率达到85%以上，肇事肇祸案件零发生。",
             marks=["1.", "2."],
             rows="""
产出指标|数量指标|在册患者规范管理人数|≥980人
产出指标|数量指标|服药补助人数|≥620人
产出指标|质量指标|患者规范管理率|≥85%
产出指标|质量指标|患者面访率|≥90%
产出指标|时效指标|服药补助发放时间|Q:每季度结束后15日内
成本指标|经济成本指标|人均服药补助标准|≤1800元/人·年
效益指标|社会效益指标|患者肇事肇祸案件|0起
效益指标|社会效益指标|患者病情稳定率|≥80%
满意度指标|服务对象满意度指标|患者家属满意度|≥90%
"""),
    ])
F["p3"] = F3

# ====================================================================== p4 .et that is a BIFF8 workbook
F4 = dict(
    stem="p4_et_biff8_form2015_xinfu_2024", ext="et", fmt="xls",
    content="Excel 97-2003 workbook (BIFF8 in an OLE2 compound file, Workbook stream), as Kingsoft Spreadsheets saves",
    dept="忻州市忻府区农业农村局", code="583120", year=2024, title="项目绩效目标表", form_title="项目绩效目标表",
    forms=[
        dict(kind="f2015", tab="杂粮产业发展", name="杂粮产业发展项目", impl="忻州市忻府区农业技术推广中心",
             person="温建平", phone="0350-3326517", attr="延续项目", term="2024年1月-2026年12月",
             amt=("520.00", "480.00", "40.00"),
             long="到2026年底建成杂粮标准化生产基地5万亩，杂粮产业综合产值达到12亿元。",
             goal="1、新建谷子、高粱标准化种植示范基地1.8万亩；2、推广杂粮绿色高产技术，示范区亩均增产8%以上。",
             marks=["1、", "2、"],
             long_rows="""
产出指标|数量指标|杂粮标准化生产基地面积|≥5万亩
效益指标|经济效益指标|杂粮产业综合产值|≥12亿元
满意度指标|服务对象满意度指标|种植户满意度|≥90%
""",
             rows="""
产出指标|数量指标|新建标准化种植示范基地|≥1.8万亩
产出指标|数量指标|技术培训人次|≥1500人次
产出指标|质量指标|良种覆盖率|≥98%
产出指标|时效指标|补助资金兑付时间|Q:2024年11月30日前
产出指标|成本指标|示范基地亩均补助|≤260元/亩
效益指标|经济效益指标|示范区亩均增产|≥8%
满意度指标|服务对象满意度指标|种植户满意度|≥90%
"""),
        dict(kind="f2015", tab="农村人居环境整治", name="农村人居环境整治项目", impl="忻州市忻府区乡村振兴服务中心",
             person="赵永红", phone="0350-3326842", attr="新增项目", term="2024年3月-2025年12月",
             amt=("368.50", "368.50", "0.00"),
             long="到2025年底全区农村卫生厕所普及率达到85%，生活垃圾收运处置体系覆盖所有行政村。",
             goal="1、完成农村户厕改造2600户；2、新建村级垃圾收集点120个，配备村级保洁员260名。",
             marks=["1、", "2、"],
             long_rows="""
产出指标|数量指标|农村卫生厕所普及率|≥85%
效益指标|生态效益指标|生活垃圾收运处置体系覆盖行政村比例|100%
效益指标|可持续影响指标|农村人居环境长效管护机制|逐步健全
""",
             rows="""
产出指标|数量指标|农村户厕改造|≥2600户
产出指标|数量指标|新建村级垃圾收集点|120个
产出指标|质量指标|改厕验收合格率|≥95%
产出指标|时效指标|改厕任务完成时间|Q:2024年10月31日前
产出指标|成本指标|户均改厕补助|≤1200元/户
效益指标|社会效益指标|村庄环境卫生状况|明显改善
满意度指标|服务对象满意度指标|农户满意度|≥90%
"""),
    ])
F["p4"] = F4

# ====================================================================== p5 .doc that is a Word 2003 XML document
F5 = dict(
    stem="p5_doc_wordml2003_plain_liangyuan_2025", ext="doc", fmt="xml",
    content="Word 2003 XML document (<?mso-application progid=\"Word.Document\"?>, <w:wordDocument> in the "
            "http://schemas.microsoft.com/office/word/2003/wordml namespace, tables with <w:vmerge> / <w:gridSpan>)",
    dept="商丘市梁园区交通运输局", code="716402", year=2025, title="2025年度项目支出绩效目标表",
    form_title="2025年度项目支出绩效目标表",
    forms=[
        dict(kind="plain", name="农村公路养护工程", pcode="LYJT25-004", impl="商丘市梁园区公路事业发展中心",
             amt=("1460.00", "1400.00", "60.00"),
             goal="1.完成农村公路日常养护里程642公里，实施路面修复改造38公里；2.农村公路优良中等路率达到85%以上。",
             marks=["1.", "2."],
             rows="""
产出指标|数量指标|农村公路日常养护里程|≥642公里|计划标准
产出指标|数量指标|路面修复改造里程|≥38公里|计划标准
产出指标|数量指标|危桥改造座数|3座|计划标准
产出指标|质量指标|农村公路优良中等路率|≥85%|行业标准
产出指标|质量指标|修复工程交工验收合格率|100%|行业标准
产出指标|时效指标|修复工程完工时间|Q:2025年10月31日前|计划标准
成本指标|经济成本指标|路面修复每公里平均成本|≤26.5万元|历史标准
效益指标|社会效益指标|群众出行条件|明显改善|其他标准
效益指标|可持续影响指标|农村公路管养长效机制|持续健全|其他标准
满意度指标|服务对象满意度指标|沿线群众满意度|≥90%|历史标准
"""),
        dict(kind="plain", name="城乡公交运营补贴", pcode="LYJT25-011", impl="商丘市梁园区交通运输局",
             amt=("620.00", "620.00", "0.00"),
             goal="1.保障城乡公交线路28条正常运营，日均发班1100班次；2.落实城乡公交惠民票价政策，建制村通公交率保持100%。",
             marks=["1.", "2."],
             rows="""
产出指标|数量指标|城乡公交运营线路|28条|计划标准
产出指标|数量指标|日均发班班次|≥1100班次|计划标准
产出指标|质量指标|建制村通公交率|100%|行业标准
产出指标|质量指标|公交车辆准点率|≥92%|行业标准
产出指标|时效指标|补贴资金拨付时间|Q:每季度首月20日前|计划标准
成本指标|经济成本指标|单车年均运营补贴|≤4.2万元|历史标准
效益指标|社会效益指标|城乡公交日均客运量|≥2.6万人次|历史标准
效益指标|生态效益指标|新能源公交车辆占比|≥80%|计划标准
满意度指标|服务对象满意度指标|乘客满意度|≥90%|历史标准
"""),
    ])
F["p5"] = F5

# ====================================================================== p6 a PDF downloaded as `…aspx`
F6 = dict(
    stem="p6_aspx_pdfnoext_seedform_yunhe_2025", ext="aspx", fmt="pdf",
    content="PDF 1.3 (reportlab, STSong-Light), served by a download.aspx handler and saved under the handler's name",
    dept="沧州市运河区应急管理局", code="198305", year=2025, title="2025年部门预算项目绩效目标表",
    headline="沧州市运河区应急管理局2025年部门预算项目绩效目标表",
    forms=[
        dict(kind="hebei", title="安全生产监管执法项目绩效目标表", name="安全生产监管执法项目", pcode="198-2401-YJJ-6RTQ",
             amt=("86.00", "86.00", "0.00"),
             purpose="开展工矿商贸企业安全生产执法检查、隐患排查治理和第三方专家技术服务",
             plan=[(3, "25.00"), (6, "50.00"), (9, "75.00"), (12, "100.00")],
             goals=["全年执法检查生产经营单位不少于420家次", "重大事故隐患整改率达到100%",
                    "生产安全事故起数和死亡人数实现“双下降”"],
             rows="""
产出指标|数量指标|执法检查企业家次|全年对生产经营单位开展执法检查的家次|≥420家次|工作计划
产出指标|数量指标|专家技术服务次数|聘请第三方专家参与隐患排查的次数|≥60次|工作计划
产出指标|质量指标|重大事故隐患整改率|重大事故隐患按期整改销号的比例|100%|行业标准
产出指标|时效指标|执法案件办结时限|立案后按规定时限办结|≤90日|行业标准
产出指标|成本指标|专家服务费用|第三方专家技术服务支出|≤18万元|财政预算
效果指标|社会效益指标|生产安全事故起数|全年生产安全事故起数|≤3起|历史标准
效果指标|社会效益指标|较大以上生产安全事故|全年较大及以上生产安全事故起数|0起|历史标准
效果指标|可持续影响指标|企业主体责任落实|企业安全生产标准化和主体责任落实情况|持续加强|工作计划
满意度指标|服务对象满意度指标|企业满意度|被检查企业对执法服务的满意程度|≥90%|历史标准
"""),
        dict(kind="hebei", title="应急物资储备及救援队伍建设项目绩效目标表", name="应急物资储备及救援队伍建设项目",
             pcode="198-2405-YJJ-P2WK", amt=("142.60", "132.60", "10.00"),
             purpose="采购防汛抗旱、森林草原防灭火等应急救援物资，开展应急救援队伍培训和演练",
             plan=[(3, "20.00"), (6, "60.00"), (9, "85.00"), (12, "100.00")],
             goals=["补充储备应急救援物资12类", "开展综合应急演练不少于6次", "应急救援队伍培训覆盖率达到100%"],
             rows="""
产出指标|数量指标|储备应急物资种类|补充储备的应急救援物资类别数|12类|工作计划
产出指标|数量指标|综合应急演练次数|组织开展的综合性应急演练次数|≥6次|工作计划
产出指标|数量指标|救援队员培训人次|应急救援队伍队员参加培训的人次|≥280人次|工作计划
产出指标|质量指标|物资验收合格率|采购物资经验收合格的比例|100%|行业标准
产出指标|时效指标|汛前物资储备到位时间|防汛物资在汛期前采购入库|Q:2025年5月31日前|工作计划
产出指标|成本指标|物资采购支出|应急物资采购支出控制数|≤预算批复金额|财政预算
效果指标|社会效益指标|应急响应到达时间|接警后救援力量到达现场的时间|≤30分钟|行业标准
效果指标|可持续影响指标|应急救援保障能力|应急物资保障和队伍处置能力|有效提升|工作计划
满意度指标|服务对象满意度指标|群众满意度|群众满意数量占总数的比例|≥90%|历史标准
"""),
    ])
F["p6"] = F6

for k, f in F.items():
    G[f["stem"]] = rec(f)

STEMS = [F[k]["stem"] for k in sorted(F)]
