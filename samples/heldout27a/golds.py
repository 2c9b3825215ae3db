"""Blind set heldout27a: the facts of each draft, typed by hand, and the gold record built from them.
VERTICAL AND STACKED LABELS, AND TABLES WORD LAYS OUT ODDLY — as .docx and as the PDF LibreOffice exports from it.
F[key] holds what each draft PRINTS (make.py renders from it); G[stem] is the gold record (source.sha256 filled by
make.py). Indicator blocks are typed one printed row a line, cells apart by `|`
(一级|二级|三级|绩效指标描述|指标值|指标值确定依据; the department form v3 has 一级|二级|三级|指标值 only); `Q:` marks a
qualitative value holding digits. Level names are typed as a READER reads them (产出指标), whatever the draft does to
draw them (vertical text direction, one character per paragraph, soft line breaks). Goals are typed as the ITEMS
(make.py prints the `1、2、3、` numbering). Nothing here comes from jixiao."""
from kit import I, Proj, clean  # noqa: F401

G, F = {}, {}
TITLE = "2025年部门预算项目绩效目标表"


def rows(block, n=6):
    out = []
    for line in block.strip().splitlines():
        c = [x.strip() for x in line.split("|")]
        assert len(c) == n, line
        out.append(c)
    return out


def P(name, code, amt, purpose, plan, goals, block):
    return dict(name=name, code=code, amt=amt, purpose=purpose, plan=plan, goals=goals, rows=rows(block))


Q4 = [(3, 25), (6, 50), (9, 75), (12, 100)]

# ================================================================ v1  .docx, 一级 cells tbRlV, rows with gridBefore / gridAfter
F["v1"] = dict(
    stem="v1_docx_tbrlv_gridbefore_pingcheng_2025", ext="docx", fmt="docx", dept="大同市平城区城市管理局",
    code="319406",
    projects=[
        P("城区环卫保洁作业项目", "319-2501-DTPC-3K7M", ("1386.50", "1386.50", None),
          "用于城区主次干道机械化清扫、人工保洁和垃圾清运作业",
          Q4, ["完成城区主次干道机械化清扫和人工保洁", "生活垃圾日产日清，无害化处理", "市民对市容环境卫生满意"], """
产出指标|数量指标|机械化清扫面积|每日机械化清扫保洁的道路面积|≥620万平方米|工作计划
产出指标|数量指标|生活垃圾清运量|全年清运城区生活垃圾数量|≥19.5万吨|历史标准
产出指标|质量指标|道路机扫率|机械化清扫面积占应清扫面积的比例|≥92%|行业标准
产出指标|时效指标|垃圾清运及时率|生活垃圾当日清运的比例|100%|行业标准
产出指标|成本指标|单位面积保洁成本|每平方米道路年度保洁作业费用|≤2.2元/平方米|历史标准
效益指标|社会效益指标|城市容貌|主次干道市容环境卫生状况|明显改善|工作计划
效益指标|生态效益指标|生活垃圾无害化处理率|无害化处理的生活垃圾占清运量的比例|100%|行业标准
满意度指标|服务对象满意度指标|市民满意度|抽样调查市民对环境卫生的满意程度|≥90%|历史标准"""),
        P("户外广告和招牌设施整治项目", "319-2502-DTPC-8W2D", ("245.00", "215.00", "30.00"),
          "用于拆除违规户外广告、规范门头招牌和安全隐患排查",
          [(3, 15), (6, 60), (9, 85), (12, 100)], ["拆除违规及存在安全隐患的户外广告", "规范主要街道门头招牌设置"], """
产出指标|数量指标|拆除违规户外广告|全年拆除违规设置的户外广告数量|≥1300处|工作计划
产出指标|数量指标|规范门头招牌街道|完成门头招牌规范整治的街道条数|18条|工作计划
产出指标|质量指标|安全隐患整改率|排查发现的广告设施安全隐患按期整改的比例|100%|行业标准
产出指标|时效指标|整治完成时间|年度整治任务全部完成的时间|Q:2025年10月底前|工作计划
效益指标|社会效益指标|户外设施安全事故|因户外广告设施引发的安全事故起数|0起|行业标准
效益指标|可持续影响指标|户外广告长效管理机制|审批、巡查、处置长效管理机制运行情况|有效运行|工作计划
满意度指标|服务对象满意度指标|沿街商户及市民满意度|抽样调查沿街商户和市民的满意程度|≥88%|历史标准"""),
    ],
)

# ================================================================ v2  .docx, one character per PARAGRAPH, two tables with an empty paragraph between
F["v2"] = dict(
    stem="v2_docx_charparas_twotables_lianxi_2025", ext="docx", fmt="docx", dept="九江市濂溪区农业农村局",
    code="527114",
    projects=[
        P("高标准农田建设项目", "527-2501-JJLX-5N4P", ("1620.00", "1480.00", "140.00"),
          "用于高标准农田土地平整、灌溉排水、田间道路和农田防护工程建设",
          [(3, 10), (6, 45), (9, 80), (12, 100)],
          ["新建高标准农田1.2万亩", "改善农田灌排条件，提高粮食综合生产能力", "项目区群众满意"], """
产出指标|数量指标|新建高标准农田面积|年度新建高标准农田面积|≥1.2万亩|工作计划
产出指标|数量指标|新建改造灌排渠道|新建及改造灌溉排水渠道长度|≥38公里|工作计划
产出指标|质量指标|工程验收合格率|竣工工程验收合格的比例|100%|行业标准
产出指标|时效指标|工程完工时间|年度建设任务全部完工的时间|Q:2025年12月底前|工作计划
产出指标|成本指标|亩均建设成本|每亩高标准农田建设投入|≤1350元/亩|行业标准
效益指标|经济效益指标|项目区粮食亩均增产|项目区粮食平均亩产较建设前增加量|≥50公斤|历史标准
效益指标|可持续影响指标|工程设施使用年限|建成设施的设计使用年限|≥15年|行业标准
满意度指标|服务对象满意度指标|项目区群众满意度|抽样调查项目区农户的满意程度|≥90%|历史标准"""),
        P("农村人居环境整治项目", "527-2502-JJLX-2C9R", ("386.40", "386.40", None),
          "用于农村生活垃圾收运、村庄清洁行动和农村户厕问题整改",
          Q4, ["开展村庄清洁行动，农村生活垃圾有效治理", "整改农村户厕问题，改善农村人居环境"], """
产出指标|数量指标|开展村庄清洁行动村数|全年开展村庄清洁行动的行政村数量|52个|工作计划
产出指标|数量指标|户厕问题整改|完成整改的农村问题户厕数量|≥860户|工作计划
产出指标|质量指标|农村生活垃圾收运处置体系覆盖率|建立收运处置体系的行政村比例|100%|行业标准
产出指标|时效指标|户厕整改完成时间|户厕问题整改全部完成的时间|Q:2025年9月底前|工作计划
效益指标|社会效益指标|村容村貌|农村人居环境整体面貌|持续改善|工作计划
效益指标|生态效益指标|农村生活垃圾无害化处理率|农村生活垃圾无害化处理的比例|≥95%|行业标准
满意度指标|服务对象满意度指标|农村群众满意度|抽样调查农村群众的满意程度|≥90%|历史标准"""),
    ],
)

# ================================================================ v3  .docx, 部门整体支出绩效目标表, btLr labels, two tables side by side in a layout table
F["v3"] = dict(
    stem="v3_docx_btlr_sidebyside_deptoverall_yaodu_2025", ext="docx", fmt="docx", dept="临汾市尧都区医疗保障局",
    code="641208", dept_form=True,
    amt=("2846.30", "2796.30", "50.00"),
    goals=["落实城乡居民基本医疗保险待遇政策，参保群众医疗费用按规定报销；",
           "加强医保基金监管，严厉打击欺诈骗保行为，确保基金安全运行；",
           "推进医保经办服务下沉，实现医保业务“就近办、一次办”。"],
    rows=rows("""
产出指标|数量指标|城乡居民基本医疗保险参保人数|≥68万人
产出指标|数量指标|定点医药机构监督检查覆盖数|≥920家
产出指标|质量指标|基本医疗保险参保率|≥95%
产出指标|质量指标|医保基金违规使用追回率|100%
产出指标|时效指标|医疗费用零星报销办结时限|≤20个工作日
产出指标|成本指标|部门公用经费支出|≤预算批复金额
效益指标|社会效益指标|政策范围内住院费用基金支付比例|≥70%
效益指标|可持续影响指标|医保基金运行|平稳可持续
满意度指标|服务对象满意度指标|参保群众满意度|≥90%
满意度指标|服务对象满意度指标|定点医药机构满意度|≥85%""", 4),
)

# ================================================================ p4  PDF (LibreOffice) of a .docx: 一级 cells btLr + labels tbRlV, rows with gridBefore / gridAfter
F["p4"] = dict(
    stem="p4_pdf_lo_btlr_tbrlv_gridafter_nancheng_2025", ext="pdf", fmt="pdf", dept="抚州市南城县教育体育局",
    code="735019",
    projects=[
        P("义务教育学校校舍维修改造项目", "735-2501-FZNC-6T1H", ("528.60", "528.60", "0.00"),
          "用于农村义务教育学校教学楼、宿舍和食堂维修改造",
          [(3, 20), (6, 70), (9, 95), (12, 100)], ["完成12所农村学校校舍维修改造", "消除校舍安全隐患，改善办学条件"], """
产出指标|数量指标|维修改造学校数|完成校舍维修改造的学校数量|12所|工作计划
产出指标|数量指标|维修改造面积|完成维修改造的校舍建筑面积|≥8600平方米|工作计划
产出指标|质量指标|工程验收合格率|维修改造工程验收合格的比例|100%|行业标准
产出指标|时效指标|工程完工时间|利用暑假完成主体施工的时间|Q:2025年8月25日前|工作计划
产出指标|成本指标|单位面积改造成本|每平方米校舍维修改造费用|≤610元/平方米|历史标准
效益指标|社会效益指标|校舍安全隐患|维修改造学校存在的D级危房|0栋|行业标准
满意度指标|服务对象满意度指标|师生满意度|抽样调查受益学校师生的满意程度|≥92%|历史标准"""),
        P("全民健身赛事活动项目", "735-2502-FZNC-9Q4B", ("86.00", "86.00", None),
          "用于举办县级全民健身运动会和麻姑山登山等群众性体育赛事",
          [(3, 10), (6, 55), (9, 80), (12, 100)], ["举办县级群众性体育赛事活动", "带动群众参与体育健身，增强人民体质"], """
产出指标|数量指标|举办群众性体育赛事|全年举办县级群众性体育赛事活动的次数|≥14次|工作计划
产出指标|数量指标|参赛群众人次|全年参加县级赛事活动的群众人次|≥1.1万人次|历史标准
产出指标|质量指标|赛事安全责任事故|赛事活动期间发生安全责任事故的起数|0起|行业标准
产出指标|成本指标|单场赛事平均成本|平均每场赛事的组织实施费用|≤5.5万元/场|历史标准
效益指标|社会效益指标|经常参加体育锻炼人数比例|经常参加体育锻炼的人口占比|≥40%|行业标准
效益指标|可持续影响指标|品牌赛事培育|麻姑山登山等品牌赛事持续举办情况|持续举办|工作计划
满意度指标|服务对象满意度指标|参赛群众满意度|抽样调查参赛群众的满意程度|≥90%|历史标准"""),
    ],
)

# ================================================================ p5  PDF (LibreOffice) of a .docx: one character per line by SOFT breaks, two tables with an empty paragraph between
F["p5"] = dict(
    stem="p5_pdf_lo_softbreaks_twotables_shangdang_2025", ext="pdf", fmt="pdf", dept="长治市上党区水利局",
    code="427305",
    projects=[
        P("农村饮水安全巩固提升项目", "427-2501-CZSD-4F8V", ("736.20", "662.20", "74.00"),
          "用于农村集中供水工程管网延伸改造、水源保护和水质净化消毒设备购置",
          [(3, 15), (6, 50), (9, 85), (12, 100)],
          ["完成农村供水管网延伸改造", "配齐水质净化消毒设备，农村供水水质达标", "提高农村自来水普及率，群众满意"], """
产出指标|数量指标|延伸改造供水管网|新建及改造农村供水管网长度|≥42公里|工作计划
产出指标|数量指标|配备净化消毒设备|为集中供水工程配备净化消毒设备的处数|26处|工作计划
产出指标|质量指标|供水水质达标率|集中供水工程水质检测达标的比例|≥95%|行业标准
产出指标|时效指标|工程完工时间|年度建设任务全部完工的时间|Q:2025年11月30日前|工作计划
产出指标|成本指标|管网改造单价|每公里供水管网改造综合成本|≤11.8万元/公里|历史标准
效益指标|社会效益指标|农村自来水普及率|农村通自来水人口占农村总人口的比例|≥97%|历史标准
效益指标|社会效益指标|受益人口|工程覆盖的农村受益人口|≥3.6万人|工作计划
效益指标|可持续影响指标|工程管护机制|农村供水工程专业化管护机制运行情况|长效运行|工作计划
满意度指标|服务对象满意度指标|受益群众满意度|抽样调查受益群众的满意程度|≥90%|历史标准"""),
    ],
)

# ================================================================ p6  PDF (LibreOffice) of a .docx: one character per PARAGRAPH, two tables side by side in a layout table
F["p6"] = dict(
    stem="p6_pdf_lo_charparas_sidebyside_wuyuan_2025", ext="pdf", fmt="pdf",
    dept="婺源县文化广电新闻出版旅游局", code="852107",
    projects=[
        P("乡村旅游示范点提升项目", "852-2501-WYSR-7J3E", ("312.00", "312.00", None),
          "用于乡村旅游示范点游步道、标识系统和旅游厕所提升改造",
          [(3, 10), (6, 40), (9, 80), (12, 100)],
          ["提升改造乡村旅游示范点8个", "完善游步道、标识系统和旅游厕所等配套设施", "游客满意度持续提高"], """
产出指标|数量指标|提升改造示范点|完成提升改造的乡村旅游示范点数量|8个|工作计划
产出指标|数量指标|新建改造旅游厕所|新建及改造的旅游厕所数量|≥16座|工作计划
产出指标|质量指标|工程验收合格率|提升改造工程验收合格的比例|100%|行业标准
产出指标|时效指标|项目完工时间|提升改造任务全部完成的时间|Q:2025年9月底前|工作计划
效益指标|经济效益指标|示范点旅游接待收入|提升后示范点全年旅游接待收入|≥1.8亿元|历史标准
效益指标|社会效益指标|带动村民就业|示范点带动当地村民就业人数|≥650人|历史标准
满意度指标|服务对象满意度指标|游客满意度|抽样调查游客的满意程度|≥92%|历史标准"""),
        P("非物质文化遗产保护传承项目", "852-2502-WYSR-1X6K", ("96.50", "86.50", "10.00"),
          "用于徽剧、傩舞等非遗项目传习活动补助和代表性传承人带徒传艺补助",
          Q4, ["支持非遗传习所开展传习活动", "补助代表性传承人带徒传艺，非遗项目后继有人"], """
产出指标|数量指标|补助非遗传习所|获得传习活动补助的非遗传习所数量|9个|工作计划
产出指标|数量指标|开展非遗传习展演活动|全年开展非遗传习和展演活动的场次|≥60场|工作计划
产出指标|质量指标|补助资金足额发放率|补助资金按标准足额发放的比例|100%|工作计划
产出指标|成本指标|传承人带徒补助标准|每名代表性传承人年度带徒传艺补助|≤0.6万元/人|行业标准
效益指标|社会效益指标|新增非遗学徒|全年新增的非遗项目学徒人数|≥45人|工作计划
效益指标|可持续影响指标|非遗传承机制|非遗项目传承人带徒传艺机制运行情况|持续完善|工作计划
满意度指标|服务对象满意度指标|传承人满意度|抽样调查代表性传承人的满意程度|≥90%|历史标准"""),
    ],
)

SOURCE = {
    "v1": "Word document (python-docx + lxml): 一级 cells w:textDirection tbRlV, rows with w:gridBefore / w:gridAfter",
    "v2": "Word document (python-docx + lxml): one character per paragraph in narrow label cells; header block and indicator table as two tables",
    "v3": "Word document (python-docx + lxml): 部门整体支出绩效目标表, label cells w:textDirection btLr, two tables side by side in a layout table",
    "p4": "PDF exported by LibreOffice from a .docx: 一级 cells btLr (rotated glyphs), label cells tbRlV (stacked upright glyphs), rows with gridBefore / gridAfter",
    "p5": "PDF exported by LibreOffice from a .docx: labels one character per line by soft line breaks; header block and indicator table as two tables",
    "p6": "PDF exported by LibreOffice from a .docx: labels one character per paragraph; header tables side by side in a borderless layout table",
}
PAGES = {"p4": 2, "p5": 1, "p6": 2}


def amount(a):
    return None if a is None else float(a.replace(",", ""))


for key, f in F.items():
    projs = []
    if f.get("dept_form"):
        inds = [I(r[0], r[1], r[2], r[3]) for r in f["rows"]]
        t, fi, o = f["amt"]
        projs.append(Proj(1, None, inds, title="部门整体支出绩效目标表", code=None, department=f["dept"],
                          department_code=f["code"], unit="万元", total=amount(t), fiscal=amount(fi),
                          other=amount(o), purpose=None, plan=(), goals=f["goals"], scope="department"))
        title = "部门整体支出绩效目标表"
    else:
        for i, p in enumerate(f["projects"], 1):
            inds = [I(r[0], r[1], r[2], r[4], desc=r[3], basis=r[5]) for r in p["rows"]]
            t, fi, o = p["amt"]
            projs.append(Proj(i, p["name"], inds, title=p["name"] + "绩效目标表", code=p["code"],
                              department=f["dept"], department_code=f["code"], unit="万元", total=amount(t),
                              fiscal=amount(fi), other=amount(o), purpose=p["purpose"], plan=p["plan"],
                              goals=p["goals"], scope="project"))
        title = TITLE
    G[f["stem"]] = clean({
        "source": {"path": f["stem"] + "." + f["ext"], "sha256": None, "format": f["fmt"],
                   "pages": PAGES.get(key), "content": SOURCE[key]},
        "document": {"title": title, "department": f["dept"], "department_code": f["code"], "year": 2025,
                     "status": None, "compiled_by": None, "reviewed_by": None},
        "toc": [], "overall_goals": [], "sub_goals": [], "safeguards": [],
        "projects": projs, "issues": []})
