"""Blind set heldout31b: the facts of each draft, typed by hand, and the gold record built from them.
FILES CONVERTERS MAKE, SECOND DRAW — PDF to Word / Excel / ODF / text with other tools and settings.
F[key] holds what each SOURCE PDF prints (make.py draws the PDF from it and runs the real converter on it); G[stem] is
the gold record (source.sha256 filled by make.py). The gold is what the CONVERTED file shows: where a converter drops,
splits or garbles something, the facts below were checked against the converted file and the README says so
(`conv_text` = a string as the converter left it; `TABLES_ONLY` = nothing but the tables reached the file).
Indicator blocks are typed one printed row a line, cells apart by `|`
(一级|二级|三级|绩效指标描述|指标值|指标值确定依据); `Q:` marks a qualitative value holding digits.
Goals, overall goals, sub-goals and safeguards are typed as the ITEMS (make.py prints the numbering).
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


def P(name, code, amt, purpose, plan, goals, block):
    return dict(name=name, code=code, amt=amt, purpose=purpose, plan=plan, goals=goals, rows=rows(block))


Q4 = [(3, 25), (6, 50), (9, 75), (12, 100)]
TITLE = "2025年度项目支出绩效目标表"

# ================================================================ e1  pdf2docx of a WHOLE multi-page document (reportlab)
F["e1"] = dict(
    stem="e1_docx_pdf2docx_wholedoc_shexian_2025", ext="docx", fmt="docx", conv="pdf2docx", src="rl_whole",
    dept="歙县农业农村局", code="731524", whole=True, doctitle="2025年部门预算绩效文本", status="草案",
    compiled="歙县农业农村局", reviewed="歙县财政局",
    overall=["稳定粮食和茶叶生产，全县粮食播种面积稳定在21万亩以上，茶园面积稳定在18.6万亩，确保重要农产品有效供给。",
             "推进农业产业化发展，培育市级以上农业产业化龙头企业，带动农户增收，农村居民人均可支配收入增速高于城镇居民。",
             "改善农村人居环境，推进农村生活垃圾和生活污水治理，建设一批美丽乡村中心村。"],
    sub=[("茶产业提质增效",
          "实施茶园绿色防控和低产茶园改造，推广机械化采摘和清洁化加工，提升歙县茶叶品牌影响力。",
          "完成低产茶园改造1.2万亩，绿色防控覆盖率达到85%以上。"),
         ("农村人居环境整治",
          "推进农村厕所革命和生活污水治理，健全农村生活垃圾收运处置体系，建设美丽乡村中心村12个。",
          "农村卫生厕所普及率不低于96%，行政村生活垃圾收运处置全覆盖。")],
    safe=[("加强组织领导", "成立由局主要负责人任组长的预算绩效管理领导小组，明确各股室和下属单位职责，"
           "将绩效目标完成情况纳入年度考核。"),
          ("强化资金监管", "严格执行财政资金管理办法，实行项目资金专账核算，定期开展绩效运行监控，"
           "发现偏差及时纠正，确保资金安全高效使用。")],
    toc=[(1, "总体绩效目标", 1), (1, "分项绩效目标", 1), (1, "工作保障措施", 2)], toc2=[3, 4],
    projects=[
        P("茶园绿色防控和低产茶园改造项目", "731-2501-SHNY-6T2C", ("486.00", "426.00", "60.00"),
          "用于低产茶园改造补助、绿色防控物资采购、茶叶病虫害统防统治服务和技术培训",
          Q4, ["完成低产茶园改造1.2万亩，推广绿色防控技术", "茶叶质量安全抽检合格率保持在较高水平",
               "茶农亩均收入稳步增加"], """
产出指标|数量指标|低产茶园改造面积|当年完成改造并验收的低产茶园面积|≥1.2万亩|工作计划
产出指标|数量指标|开展茶农技术培训|组织茶叶种植和加工技术培训的人次|≥1500人次|工作计划
产出指标|质量指标|茶叶质量安全抽检合格率|县级以上抽检茶叶样品合格的比例|≥98%|行业标准
产出指标|时效指标|改造补助发放时间|低产茶园改造补助资金发放到户的时间|Q:2025年10月底前|工作计划
产出指标|成本指标|亩均改造补助标准|低产茶园改造每亩财政补助资金|≤360元/亩|历史标准
效益指标|经济效益指标|改造茶园亩均增收|改造茶园较改造前每亩增加的收入|≥400元|历史标准
效益指标|生态效益指标|化学农药使用量|项目区化学农药使用量较上年变化|较上年下降|行业标准
满意度指标|服务对象满意度指标|茶农满意度|抽样调查项目区茶农的满意程度|≥90%|历史标准"""),
        P("农村生活污水治理项目", "731-2502-SHNY-8M5D", ("1320.00", "1320.00", None),
          "用于行政村生活污水管网铺设、终端处理设施建设和已建设施运行维护",
          [(3, 10), (6, 40), (9, 70), (12, 100)],
          ["完成18个行政村生活污水治理", "已建污水处理设施正常运行", "农村人居环境明显改善"], """
产出指标|数量指标|完成生活污水治理行政村|当年完成生活污水治理并验收的行政村数量|18个|工作计划
产出指标|数量指标|铺设污水收集管网|项目区新铺设的污水收集主管和支管长度|≥46公里|工作计划
产出指标|质量指标|终端设施出水达标率|处理终端出水水质达到排放标准的比例|≥95%|行业标准
产出指标|时效指标|项目完工时间|全部治理工程完工的时间|Q:2025年12月20日前|工作计划
效益指标|社会效益指标|受益农户|生活污水得到有效治理的农户数量|≥5200户|工作计划
效益指标|可持续影响指标|设施运维机制|已建污水处理设施运行维护机制落实情况|长效运行|工作计划
满意度指标|服务对象满意度指标|受益群众满意度|抽样调查受益群众的满意程度|≥92%|历史标准"""),
    ],
)

# ================================================================ e2  pdf2docx of a BORDERLESS form (reportlab, no rulings)
F["e2"] = dict(
    stem="e2_docx_pdf2docx_borderless_jixi_2025", ext="docx", fmt="docx", conv="pdf2docx", src="rl_borderless",
    dept="绩溪县文化旅游体育局", code="746913", style=(8, 11, 8), cols=[46, 80, 98, 150, 64, 66],
    projects=[
        P("全民健身设施提升项目", "746-2501-JXWT-3R9B", ("268.50", "238.50", "30.00"),
          "用于行政村健身路径更新、社区多功能运动场建设和公共体育设施维护",
          Q4, ["更新行政村健身路径，新建社区多功能运动场", "公共体育设施完好率保持在较高水平",
               "群众就近健身条件明显改善"], """
产出指标|数量指标|更新行政村健身路径|当年更新器材并验收的健身路径数量|≥36套|工作计划
产出指标|数量指标|新建社区多功能运动场|新建并投入使用的社区多功能运动场数量|4个|工作计划
产出指标|质量指标|健身器材验收合格率|新安装健身器材验收合格的比例|100%|行业标准
产出指标|质量指标|公共体育设施完好率|已建公共体育设施完好可用的比例|≥95%|行业标准
产出指标|时效指标|设施安装完成时间|健身路径和运动场全部安装完成的时间|Q:2025年9月底前|工作计划
产出指标|成本指标|单个运动场建设成本|每个社区多功能运动场的建设费用|≤38万元|历史标准
效益指标|社会效益指标|经常锻炼人数比例|经常参加体育锻炼人数占总人口比例|≥41%|行业标准
效益指标|可持续影响指标|设施管护责任落实|健身设施管护责任落实到村的情况|全面落实|工作计划
满意度指标|服务对象满意度指标|健身群众满意度|抽样调查健身群众的满意程度|≥90%|历史标准"""),
    ],
)

# ================================================================ e3  pdf2docx of a LANDSCAPE page (reportlab A4 landscape)
F["e3"] = dict(
    stem="e3_docx_pdf2docx_landscape_tiantai_2025", ext="docx", fmt="docx", conv="pdf2docx", src="rl_landscape",
    dept="天台县交通运输局", code="758206",
    projects=[
        P("农村公路安全生命防护工程", "758-2501-TTJT-5W1H", ("735.80", "635.80", "100.00"),
          "用于农村公路临水临崖路段护栏安装、急弯陡坡路段警示标志设置和平交道口改造",
          [(3, 20), (6, 45), (9, 80), (12, 100)],
          ["完成农村公路安全生命防护工程126公里，消除一批临水临崖安全隐患", "新建设施验收合格",
           "农村公路通行安全水平明显提升"], """
产出指标|数量指标|实施安全生命防护工程里程|当年完成并验收的安全生命防护工程里程|≥126公里|工作计划
产出指标|数量指标|安装波形梁护栏|临水临崖路段安装的波形梁护栏长度|≥38.6公里|工作计划
产出指标|数量指标|改造平交道口|完成安全改造的平交道口数量|52处|工作计划
产出指标|质量指标|工程交工验收合格率|安全生命防护工程交工验收合格的比例|100%|行业标准
产出指标|时效指标|工程完工时间|全部工程完工并交工验收的时间|Q:2025年11月15日前|工作计划
产出指标|成本指标|每公里综合造价|安全生命防护工程每公里综合造价|≤5.8万元/公里|历史标准
效益指标|社会效益指标|农村公路交通事故起数|项目路段发生的较大以上交通事故起数|0起|历史标准
效益指标|社会效益指标|受益行政村|项目路段覆盖的行政村数量|≥87个|工作计划
效益指标|可持续影响指标|设施使用年限|安全防护设施的设计使用年限|≥10年|行业标准
满意度指标|服务对象满意度指标|沿线群众满意度|抽样调查沿线群众的满意程度|≥93%|历史标准"""),
    ],
)

# ================================================================ e4  pdfplumber extract_tables() → pandas → .xlsx (sheet per table)
F["e4"] = dict(
    stem="e4_xlsx_pdfplumber_pandas_noindex_xianju_2025", ext="xlsx", fmt="xlsx", conv="pdfplumber", src="rl",
    dept="仙居县卫生健康局", code="779352",
    projects=[
        P("基本公共卫生服务项目", "779-2501-XJWJ-2N6F", ("1642.30", "1542.30", "100.00"),
          "用于城乡居民健康档案管理、老年人和慢性病患者健康管理、预防接种等基本公共卫生服务",
          Q4, ["为城乡居民提供国家基本公共卫生服务", "重点人群健康管理率达到考核要求", "居民健康水平持续提高"], """
产出指标|数量指标|65岁及以上老年人健康管理人数|当年接受健康管理的65岁及以上老年人数|≥5.2万人|工作计划
产出指标|数量指标|高血压患者规范管理人数|按规范管理的高血压患者人数|≥3.4万人|工作计划
产出指标|质量指标|电子健康档案建档率|城乡居民电子健康档案建档的比例|≥90%|行业标准
产出指标|时效指标|补助资金拨付时间|基本公共卫生服务补助资金拨付的时间|Q:每季度首月底前|工作计划
产出指标|成本指标|人均补助标准|基本公共卫生服务人均财政补助标准|=94元/人|行业标准
效益指标|社会效益指标|适龄儿童免疫规划疫苗接种率|适龄儿童国家免疫规划疫苗接种的比例|≥95%|行业标准
满意度指标|服务对象满意度指标|城乡居民满意度|抽样调查城乡居民对基本公共卫生服务的满意程度|≥85%|历史标准"""),
        P("乡镇卫生院能力提升项目", "779-2502-XJWJ-7Q4K", ("386.00", "386.00", None),
          "用于乡镇卫生院医疗设备购置、信息化建设和全科医生培训",
          [(3, 15), (6, 50), (9, 80), (12, 100)],
          ["为6家乡镇卫生院配置医疗设备", "培训全科医生", "基层诊疗服务能力明显提升"], """
产出指标|数量指标|配置设备的乡镇卫生院|当年完成设备配置的乡镇卫生院数量|6家|工作计划
产出指标|数量指标|培训全科医生|参加转岗和骨干培训的全科医生人数|≥48人|工作计划
产出指标|质量指标|设备验收合格率|采购医疗设备验收合格的比例|100%|行业标准
产出指标|时效指标|设备采购完成时间|医疗设备采购安装完成的时间|Q:2025年8月31日前|工作计划
效益指标|社会效益指标|基层就诊率|县域内基层医疗机构就诊人次占比|≥65%|行业标准
满意度指标|服务对象满意度指标|患者满意度|抽样调查乡镇卫生院就诊患者的满意程度|≥90%|历史标准"""),
    ],
)

# ================================================================ e5  LibreOffice PDF import (draw) of a TWO-PAGE form → .odt
F["e5"] = dict(
    stem="e5_odt_lopdfimport_twopage_panan_2025", ext="odt", fmt="odt", conv="lo_import_odt", src="lo",
    dept="磐安县水利局", code="785617",
    projects=[
        P("山塘水库除险加固项目", "785-2501-PASL-9E3J", ("928.60", "828.60", "100.00"),
          "用于病险山塘和小型水库坝体加固、溢洪道改造、放水设施更新和安全监测设施建设，"
          "以及工程勘察设计、监理和质量检测等费用",
          Q4, ["完成23座病险山塘和3座小型水库除险加固，消除安全隐患", "工程质量验收合格",
               "下游群众生命财产安全得到保障", "工程建后管护责任落实到位"], """
产出指标|数量指标|完成除险加固山塘|当年完成除险加固并验收的病险山塘数量|23座|工作计划
产出指标|数量指标|完成除险加固小型水库|当年完成除险加固并验收的小型水库数量|3座|工作计划
产出指标|数量指标|新建安全监测设施|新建雨水情测报和大坝安全监测设施的数量|≥26套|工作计划
产出指标|质量指标|单位工程验收合格率|除险加固单位工程验收合格的比例|100%|行业标准
产出指标|时效指标|主汛期前完工|主体工程完工的时间|Q:2025年5月31日前|工作计划
产出指标|成本指标|单座山塘加固投资|每座病险山塘除险加固的平均投资|≤18.5万元|历史标准
效益指标|社会效益指标|保护下游人口|除险加固工程保护的下游人口数量|≥1.36万人|工作计划
效益指标|社会效益指标|恢复灌溉面积|除险加固后恢复和改善的灌溉面积|≥4800亩|工作计划
效益指标|可持续影响指标|工程管护责任落实|山塘水库管护责任人落实情况|全面落实|工作计划
满意度指标|服务对象满意度指标|受益群众满意度|抽样调查受益群众的满意程度|≥90%|历史标准"""),
    ],
)

# ================================================================ e6  pypdfium2 get_textpage().get_text_range() per page → .txt
F["e6"] = dict(
    stem="e6_txt_pypdfium2_textrange_qimen_2025", ext="txt", fmt="text", conv="pdfium_text", src="rl",
    dept="祁门县林业局", code="763481",
    projects=[
        P("松材线虫病防治项目", "763-2501-QMLY-4A8V", ("312.40", "292.40", "20.00"),
          "用于松材线虫病疫情普查、疫木除治、媒介昆虫防治和疫情监测",
          [(3, 30), (6, 60), (9, 85), (12, 100)],
          ["完成全县松材线虫病秋季普查和疫木除治", "疫情发生面积和病死松树数量实现双下降",
           "松林资源和生态安全得到有效保护"], """
产出指标|数量指标|松材线虫病普查面积|完成秋季专项普查的松林面积|≥98万亩|工作计划
产出指标|数量指标|除治疫木|当年除治并无害化处理的疫木数量|≥2.3万株|工作计划
产出指标|数量指标|悬挂诱捕器|用于监测和诱杀媒介昆虫的诱捕器数量|≥1200套|工作计划
产出指标|质量指标|疫木除治合格率|疫木除治检查验收合格的比例|≥95%|行业标准
产出指标|时效指标|疫木除治完成时间|年度疫木除治工作完成的时间|Q:2025年4月30日前|工作计划
产出指标|成本指标|每株疫木除治成本|每株疫木采伐和无害化处理的费用|≤85元/株|历史标准
效益指标|生态效益指标|疫情发生面积|全县松材线虫病疫情发生面积较上年变化|较上年下降|行业标准
满意度指标|服务对象满意度指标|林农满意度|抽样调查林区群众的满意程度|≥90%|历史标准"""),
    ],
)

TABLES_ONLY = {"e4"}     # pdfplumber exports the tables only
CONV_TEXT = {}           # key -> {printed: as the converter left it}
PAGES = {k: None for k in F}
CONTENT = {
    "e1": "pdf2docx 0.5.13 Converter.convert() of a 6-page reportlab PDF (whole 部门预算绩效文本)",
    "e2": "pdf2docx 0.5.13 Converter.convert() of a reportlab PDF whose form has no rulings",
    "e3": "pdf2docx 0.5.13 Converter.convert() of an A4 landscape reportlab PDF",
    "e4": "pdfplumber 0.11 extract_tables() per page written by pandas to_excel, one sheet per table",
    "e5": "LibreOffice 7.4 PDF import (draw_pdf_import) of a LibreOffice-printed 2-page form, saved as .odt",
    "e6": "pypdfium2 get_textpage().get_text_range() per page of a reportlab PDF, pages joined by form feeds",
}


def indicators(rws):
    out = []
    for r in rws:
        out.append(I(r[0], r[1], r[2], r[4], desc=r[3], basis=r[5]))
    return out


def amt(s):
    return None if s is None else float(s)


def build():
    for key, f in F.items():
        ct = CONV_TEXT.get(key, {})
        cv = lambda s: ct.get(s, s)  # noqa: E731
        doc = {"title": cv(f.get("doctitle", TITLE)), "department": f["dept"], "department_code": f["code"],
               "year": 2025, "status": f.get("status"), "compiled_by": f.get("compiled"),
               "reviewed_by": f.get("reviewed")}
        projs = []
        for i, p in enumerate(f["projects"], 1):
            t, fi, o = p["amt"]
            rws = [[cv(c) for c in r] for r in p["rows"]]
            projs.append(Proj(i, cv(p["name"]), indicators(rws), title=cv(p["name"] + "绩效目标表"), code=p["code"],
                              department=f["dept"], department_code=f["code"], total=amt(t), fiscal=amt(fi),
                              other=amt(o), purpose=cv(p["purpose"]), plan=p["plan"],
                              goals=[cv(g) for g in p["goals"]], scope="project"))
        if key in TABLES_ONLY:
            doc.update(title=None, department=None, department_code=None, year=None)
            for p in projs:
                p.update(title=None, department=None, department_code=None, unit=None)
        g = {"source": {"path": f["stem"] + "." + f["ext"], "sha256": None, "format": f["fmt"], "pages": PAGES[key],
                        "content": CONTENT[key]},
             "document": doc, "toc": [], "overall_goals": [], "sub_goals": [], "safeguards": [],
             "projects": projs, "issues": []}
        if f.get("whole"):
            g["toc"] = [{"part": a, "title": b, "page": c} for a, b, c in f["toc"]]
            g["toc"] += [{"part": 2, "title": p["name"] + "绩效目标表", "page": pg}
                         for p, pg in zip(f["projects"], f["toc2"])]
            g["overall_goals"] = list(f["overall"])
            g["sub_goals"] = [{"title": a, "goal": b, "indicator": c} for a, b, c in f["sub"]]
            g["safeguards"] = [{"title": a, "text": b} for a, b in f["safe"]]
        G[f["stem"]] = g
    return G


build()
