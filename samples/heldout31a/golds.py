"""Blind set heldout31a: the facts of each draft, typed by hand, and the gold record built from them.
FORMS AS PICTURES, SECOND DRAW — how offices really paste them: one form split over two pictures, a landscape form
rotated by Word, pictures inside a layout table's cells, a Word 97 .doc carrying the picture, two images on one Excel
sheet under their own title cells, a low-resolution re-compressed screenshot with a watermark across it.
F[key] holds what each draft SHOWS (make.py renders from it): the Word / Excel text and each project's form, which
make.py draws as a PICTURE. Indicator blocks are typed one printed row a line, cells apart by `|`
(一级|二级|三级|绩效指标描述|指标值|指标值确定依据, or for the department form 一级|二级|三级|指标值|指标值确定依据|分值);
`Q:` marks a qualitative value holding digits. Goals are typed as the ITEMS (make.py prints the `1、2、3、` numbering).
Nothing here comes from jixiao."""
from kit import I, Proj, clean  # noqa: F401

G, F = {}, {}


def rows(block, n=6):
    out = []
    for line in block.strip().splitlines():
        c = [x.strip() for x in line.split("|")]
        assert len(c) == n, line
        out.append(c)
    return out


def P(name, code, amt, purpose, plan, goals, block, **kw):
    return dict(name=name, code=code, amt=amt, purpose=purpose, plan=plan, goals=goals, rows=rows(block), **kw)


DOC_TITLE = "2025年部门预算绩效文本"

# ================================================================ q1  .docx: ONE form split over TWO inline pictures (rows 1–5 / rows 6–9, grid header repeated)
F["q1"] = dict(
    stem="q1_docx_oneform_twopictures_pagecut_cangxi_2025", ext="docx", fmt="docx", dept="苍溪县农业农村局",
    code="872604", status="草案", cut=5,  # picture 1 ends after indicator row 5
    duties=["贯彻落实党中央、省委、广元市委和苍溪县委关于“三农”工作的决策部署，拟订全县农业农村发展规划并组织实施。",
            "负责全县种植业、畜牧业、农业机械化和农产品质量安全监督管理，指导特色农业产业发展。"],
    overall=["稳定粮食和生猪生产，粮食播种面积稳定在95万亩以上。",
             "做强红心猕猴桃、雪梨等特色产业，建设现代农业园区。",
             "巩固拓展脱贫攻坚成果，农村居民人均可支配收入增长7%以上。"],
    projects=[
        P("红心猕猴桃产业园提升项目", "872-2501-CXNY-4H2T", ("645.00", "585.00", "60.00"),
          "用于猕猴桃园区水肥一体化设施、溃疡病防控和品牌营销补助",
          [(3, 20), (6, 45), (9, 75), (12, 100)],
          ["新建园区水肥一体化设施", "开展猕猴桃溃疡病统防统治", "提升苍溪红心猕猴桃品牌影响力"], """
产出指标|数量指标|新建水肥一体化设施面积|年度新建水肥一体化设施的果园面积|≥3200亩|工作计划
产出指标|数量指标|溃疡病统防统治面积|年度开展溃疡病统防统治的面积|≥2.6万亩|工作计划
产出指标|数量指标|参加农产品展销会|组织企业参加农产品展销推介活动次数|≥6次|工作计划
产出指标|质量指标|设施验收合格率|水肥一体化设施验收合格的比例|100%|行业标准
产出指标|时效指标|补助资金兑付时间|补助资金兑付到经营主体的时间|Q:2025年11月30日前|工作计划
产出指标|成本指标|亩均设施补助标准|每亩水肥一体化设施补助|≤900元/亩|行业标准
效益指标|经济效益指标|园区猕猴桃亩均产值增加|园区果园亩均产值较上年增加|≥600元|历史标准
效益指标|可持续影响指标|病虫害绿色防控覆盖率|园区病虫害绿色防控覆盖面积比例|≥80%|行业标准
满意度指标|服务对象满意度指标|经营主体满意度|抽样调查园区经营主体的满意程度|≥90%|历史标准"""),
    ],
)

# ================================================================ q2  .docx: a LANDSCAPE department form pasted ROTATED 90° by Word (a:xfrm rot="5400000"); the PNG is upright
F["q2"] = dict(
    stem="q2_docx_landscape_rot90_deptform_yingshan_2025", ext="docx", fmt="docx", dept="营山县民政局",
    code="873715", status=None,
    duties=["贯彻执行民政工作方针政策和法律法规，拟订全县民政事业发展规划并组织实施。",
            "负责全县社会救助、养老服务、儿童福利、社会组织登记管理、殡葬管理和区划地名工作。"],
    overall=["兜牢困难群众基本生活底线，城乡低保、特困供养等救助资金按时足额发放。",
             "完善居家社区养老服务网络，提升乡镇敬老院服务能力。"],
    projects=[
        P(None, None, ("4386.20", "4316.20", "70.00"), None, [],
          ["保障城乡低保对象和特困人员基本生活", "推进县乡村三级养老服务网络建设", "规范社会组织登记管理和殡葬服务"], """
产出指标|数量指标|城乡低保保障人数|≥1.35万人|工作计划|15
产出指标|数量指标|特困人员供养人数|≥2100人|工作计划|15
产出指标|质量指标|救助资金发放准确率|100%|行业标准|10
产出指标|时效指标|救助资金发放时间|Q:每月10日前|工作计划|10
产出指标|成本指标|农村特困人员基本生活标准|≥720元/人·月|行业标准|10
效益指标|社会效益指标|困难群众应保尽保率|100%|行业标准|15
效益指标|可持续影响指标|养老服务网络覆盖乡镇|33个|工作计划|15
满意度指标|服务对象满意度指标|救助对象满意度|≥92%|历史标准|10""", title="2025年部门整体支出绩效目标表", scope="department"),
    ],
)

# ================================================================ q3  .docx: each form picture INSIDE A TABLE CELL (layout table: caption cell | picture cell), two projects
F["q3"] = dict(
    stem="q3_docx_layouttable_pictureincell_junlian_2025", ext="docx", fmt="docx", dept="筠连县林业局",
    code="874826", status="草案",
    duties=["贯彻执行林业和草原工作方针政策，负责全县林草资源保护管理、国土绿化和生态修复工作。",
            "负责全县森林草原防火、林业有害生物防治和自然保护地管理。"],
    overall=["完成营造林任务，森林覆盖率稳定在50%以上。",
             "加强天然林和公益林管护，全年不发生重大森林火灾。"],
    projects=[
        P("天然林保护修复项目", "874-2501-JLLY-9P3M", ("318.40", "318.40", "0.00"),
          "用于天然林管护人员劳务补助、封山育林和退化林修复",
          [(3, 25), (6, 50), (9, 75), (12, 100)], ["落实天然林管护责任", "实施退化林修复", "巩固天然林保护成效"], """
产出指标|数量指标|天然林管护面积|年度落实管护责任的天然林面积|≥42.6万亩|工作计划
产出指标|数量指标|退化林修复面积|年度完成退化林修复面积|≥5000亩|工作计划
产出指标|质量指标|修复造林成活率|退化林修复当年造林成活率|≥85%|行业标准
产出指标|时效指标|管护补助发放|管护人员劳务补助发放时间|按季度发放|工作计划
效益指标|生态效益指标|森林覆盖率|全县森林覆盖率|≥50.2%|历史标准
效益指标|社会效益指标|聘用生态护林员|聘用的脱贫人口生态护林员人数|≥380人|工作计划
满意度指标|服务对象满意度指标|护林员满意度|抽样调查护林员的满意程度|≥90%|历史标准"""),
        P("森林防火能力提升项目", "874-2502-JLLY-2V6K", ("96.50", "86.50", "10.00"),
          "用于防火物资储备、瞭望监控设施维护和半专业扑火队伍训练",
          [(3, 40), (6, 70), (9, 90), (12, 100)], ["储备森林防火物资", "开展半专业扑火队伍训练"], """
产出指标|数量指标|扑火队员训练人次|年度组织半专业扑火队员训练人次|≥600人次|工作计划
产出指标|数量指标|维护视频监控点|年度维护的森林防火视频监控点数量|26个|工作计划
产出指标|质量指标|监控设施完好率|防火视频监控设施正常运行比例|≥95%|行业标准
产出指标|时效指标|火情处置响应时间|接报火情后扑火队伍出动时间|≤30分钟|行业标准
效益指标|社会效益指标|森林火灾受害率|森林火灾受害面积占比|≤0.9‰|行业标准
满意度指标|服务对象满意度指标|林区群众满意度|抽样调查林区群众的满意程度|≥90%|历史标准"""),
    ],
)

# ================================================================ q4  .doc (Word 97 binary by LibreOffice from a python-docx .docx) carrying the form picture
F["q4"] = dict(
    stem="q4_doc_word97_lo_picture_chengkou_2025", ext="doc", fmt="doc", dept="城口县水利局", code="876937",
    status=None,
    duties=["贯彻执行水利工作方针政策，负责全县水资源管理、水利工程建设和运行管理。",
            "负责全县农村饮水安全、水土保持、山洪灾害防治和河长制日常工作。"],
    overall=["保障农村饮水安全，农村集中供水率达到90%以上。",
             "加强山坪塘和小型水库管护，提高农田灌溉保证率。",
             "做好汛期山洪灾害监测预警，不发生因灾死亡责任事故。"],
    projects=[
        P("山坪塘整治项目", "876-2501-CKSW-7B5J", ("230.00", "200.00", "30.00"),
          "用于病险山坪塘清淤扩容、坝体防渗和放水设施改造",
          [(3, 15), (6, 45), (9, 80), (12, 100)], ["整治病险山坪塘", "恢复和新增蓄水能力，改善农田灌溉条件"], """
产出指标|数量指标|整治山坪塘|年度完成整治的山坪塘数量|≥46口|工作计划
产出指标|数量指标|新增蓄水能力|整治后新增的蓄水容积|≥8.5万立方米|工作计划
产出指标|质量指标|工程质量合格率|整治工程验收合格的比例|100%|行业标准
产出指标|时效指标|工程完工时间|整治工程全部完工的时间|Q:2025年5月31日前|工作计划
产出指标|成本指标|单口山坪塘整治费用|每口山坪塘平均整治费用|≤5万元/口|历史标准
效益指标|经济效益指标|改善灌溉面积|整治后改善的农田灌溉面积|≥3600亩|工作计划
效益指标|可持续影响指标|山坪塘管护责任落实率|落实管护责任人的山坪塘比例|100%|工作计划
满意度指标|服务对象满意度指标|受益群众满意度|抽样调查受益群众的满意程度|≥90%|历史标准"""),
    ],
)

# ================================================================ q5  .xlsx: TWO images on ONE sheet, anchored at different rows, each under a text title cell
F["q5"] = dict(
    stem="q5_xlsx_twoimages_onesheet_titlecells_dianjiang_2025", ext="xlsx", fmt="xlsx",
    dept="垫江县农业农村委员会", code="877148", status=None, sheet_title="2025年项目支出绩效目标表",  # A1 prints the department before it
    projects=[
        P("牡丹产业融合发展项目", "877-2501-DJZW-3F8Q", ("178.00", "148.00", "30.00"),
          "用于牡丹种植基地提升、丹皮初加工设备和乡村旅游配套设施补助",
          [(3, 30), (6, 60), (9, 85), (12, 100)], ["提升牡丹种植基地", "补助丹皮初加工设备", "促进农旅融合发展"], """
产出指标|数量指标|提升牡丹种植基地面积|年度提升改造的牡丹种植基地面积|≥1500亩|工作计划
产出指标|数量指标|补助初加工设备|补助购置的丹皮初加工设备台套数|≥12台套|工作计划
产出指标|质量指标|基地建设验收合格率|种植基地提升验收合格的比例|100%|行业标准
产出指标|时效指标|项目完成时间|项目建设全部完成的时间|Q:2025年9月30日前|工作计划
效益指标|经济效益指标|带动农户增收|项目带动农户户均增收|≥1500元|历史标准
效益指标|社会效益指标|接待游客人次|牡丹花期接待游客人次|≥35万人次|历史标准
满意度指标|服务对象满意度指标|种植户满意度|抽样调查种植户的满意程度|≥90%|历史标准"""),
        P("农村人居环境整治项目", "877-2502-DJZW-6N1R", ("264.60", "264.60", None),
          "用于农村户厕改造、村庄清洁行动和生活污水治理设施运维补助",
          [(3, 20), (6, 50), (9, 80), (12, 100)], ["完成农村户厕改造", "开展村庄清洁行动"], """
产出指标|数量指标|改造农村户厕|年度完成改造的农村户厕数量|≥1800户|工作计划
产出指标|数量指标|运维污水处理设施|纳入运维的农村生活污水处理设施数量|≥54处|工作计划
产出指标|质量指标|改厕验收合格率|户厕改造验收合格的比例|≥98%|行业标准
产出指标|成本指标|户厕改造补助标准|每户户厕改造补助|≤1200元/户|行业标准
效益指标|生态效益指标|农村生活污水治理率|生活污水得到治理的行政村比例|≥45%|工作计划
满意度指标|服务对象满意度指标|农户满意度|抽样调查农户的满意程度|≥90%|历史标准"""),
    ],
)

# ================================================================ q6  .docx: a LOW-RESOLUTION screenshot (downscaled to 700 px, text ~10.5 px, JPEG q60) with a WATERMARK across it
F["q6"] = dict(
    stem="q6_docx_lowres_jpeg60_watermark_tongliang_2025", ext="docx", fmt="docx", dept="重庆市铜梁区城市管理局",
    code="879259", status="草案",
    duties=["贯彻执行城市管理法律法规和方针政策，负责全区市容环境卫生、市政设施和城市照明管理。",
            "负责全区城市管理综合执法、生活垃圾分类和园林绿化管理工作。"],
    overall=["推进生活垃圾分类，城区生活垃圾回收利用率达到38%以上。",
             "加强市政道路和桥梁设施养护，设施完好率保持在95%以上。"],
    watermark="重庆市铜梁区城市管理局 内部资料 注意保密",  # drawn across the picture, NOT in the gold
    projects=[
        P("生活垃圾分类收运项目", "879-2501-TLCS-5D9W", ("1120.00", "1020.00", "100.00"),
          "用于城区生活垃圾分类投放点建设、分类收运车辆运营和宣传督导",
          [(3, 25), (6, 50), (9, 75), (12, 100)], ["新建改造垃圾分类投放点", "保障分类收运体系正常运行", "提高居民分类投放准确率"], """
产出指标|数量指标|新建改造分类投放点|年度新建改造的生活垃圾分类投放点|≥260个|工作计划
产出指标|数量指标|分类收运生活垃圾量|年度分类收运的城区生活垃圾量|≥9.2万吨|历史标准
产出指标|质量指标|收运车辆密闭化率|分类收运车辆全密闭运输比例|100%|行业标准
产出指标|时效指标|生活垃圾日产日清|城区生活垃圾当日收运清理情况|日产日清|行业标准
产出指标|成本指标|吨垃圾收运成本|每吨生活垃圾分类收运费用|≤110元/吨|历史标准
效益指标|社会效益指标|城区生活垃圾回收利用率|可回收物和厨余垃圾回收利用比例|≥38%|工作计划
效益指标|生态效益指标|生活垃圾无害化处理率|城区生活垃圾无害化处理比例|100%|行业标准
满意度指标|服务对象满意度指标|城区居民满意度|抽样调查城区居民的满意程度|≥90%|历史标准"""),
    ],
)

SOURCE = {
    "q1": "Word draft (python-docx): Word text, then ONE project form split over TWO inline PNG screenshots (rows 1-5 with the header block; rows 6-9 under a repeated grid header, the running 一级 cell blank)",
    "q2": "Word draft (python-docx + lxml): the landscape 部门整体支出绩效目标表 an upright PNG that Word rotates 90 degrees (a:xfrm rot=5400000) on its own page",
    "q3": "Word draft (python-docx): a two-column layout table, caption cell (附表N + title) beside a cell holding the form picture, two projects",
    "q4": "Word 97 .doc written by LibreOffice from a python-docx draft whose form is an inline PNG screenshot",
    "q5": "Excel workbook (openpyxl): one sheet, two title cells, two PNG form images anchored under them at different rows",
    "q6": "Word draft (python-docx): the form a low-resolution JPEG (screenshot downscaled to 700 px, quality 60) with a diagonal watermark",
}


def amount(a):
    return None if a is None else float(a.replace(",", ""))


def build():
    for key, f in F.items():
        projs = []
        for i, p in enumerate(f["projects"], 1):
            t, fi, o = p["amt"]
            if p.get("scope") == "department":
                inds = [I(r[0], r[1], r[2], r[3], basis=r[4] or None, weight=int(r[5])) for r in p["rows"]]
                projs.append(Proj(i, None, inds, title=p["title"], code=None, department=f["dept"],
                                  department_code=f["code"], unit="万元", total=amount(t), fiscal=amount(fi),
                                  other=amount(o), purpose=None, plan=[], goals=p["goals"], scope="department"))
                continue
            inds = [I(r[0], r[1], r[2], r[4], desc=r[3], basis=r[5] or None) for r in p["rows"]]
            projs.append(Proj(i, p["name"], inds, title=p["name"] + "绩效目标表", code=p["code"],
                              department=f["dept"], department_code=f["code"], unit="万元", total=amount(t),
                              fiscal=amount(fi), other=amount(o), purpose=p["purpose"], plan=p["plan"],
                              goals=p["goals"], scope="project"))
        src = {"path": f["stem"] + "." + f["ext"], "sha256": None, "format": f["fmt"],
               "pages": None, "ocr": True, "content": SOURCE[key]}
        rec = {"source": src,
               "document": {"title": DOC_TITLE if "duties" in f else f["sheet_title"], "department": f["dept"],
                            "department_code": f["code"], "year": 2025, "status": f["status"],
                            "compiled_by": None, "reviewed_by": None},
               "toc": [], "overall_goals": list(f.get("overall", [])), "sub_goals": [], "safeguards": [],
               "projects": projs, "issues": []}
        if f.get("duties"):
            rec["extra"] = {"duties": list(f["duties"])}
        G[f["stem"]] = clean(rec)
    return G


build()
