"""Blind set heldout32a: the facts of each draft, typed by hand, and the gold record built from them.
NATIVE PDFs WITH SOMETHING LAID OVER THE FORM: F[key] holds what each form PRINTS (make.py draws it with reportlab and
then lays the overlay over it); G[stem] is the gold record (source.sha256 filled by make.py): what a PDF viewer SHOWS
of the form. The overlay's own text (watermark, seal ring, stamp, comments, header / footer) is never data; it is
typed in OVERLAY only so that make.py can draw it and check.py can find it in the file.
Indicator blocks are typed one printed row a line, cells apart by `|`
(一级|二级|三级|绩效指标描述|指标值|指标值确定依据); `Q:` marks a qualitative value holding digits. Goals are typed as the
ITEMS (the form prints `1、2、3、`). Amounts are typed as printed (`%.2f` strings; None = empty cell). Nothing here
comes from jixiao."""
from kit import I, Proj, clean  # noqa: F401

G, F = {}, {}
TITLE = "2025年部门预算项目绩效目标表"


def rows(block):
    out = []
    for line in block.strip().splitlines():
        c = [x.strip() for x in line.split("|")]
        assert len(c) == 6, line
        out.append(c)
    return out


def P(name, code, amt, purpose, plan, goals, block):
    return dict(name=name, code=code, amt=amt, purpose=purpose, plan=plan, goals=goals, rows=rows(block))


# ================================================================ w1  tiled diagonal watermark drawn BEFORE the form
F["w1"] = dict(
    stem="w1_pdf_watermark_tiledunder_yuxian_2025", page="landscape",
    dept="张家口市蔚县文化广电和旅游局", code="852317",
    projects=[
        P("公共文化服务体系建设项目", "852-2501-WXWL-4K7D", ("312.60", "312.60", None),
          "用于乡镇综合文化站免费开放、农村公益电影放映和群众文化活动补助",
          [(3, 20), (6, 45), (9, 75), (12, 100)],
          ["保障全县乡镇综合文化站免费开放", "完成农村公益电影放映任务", "丰富城乡群众文化生活"], """
产出指标|数量指标|免费开放文化站数量|全县免费开放的乡镇综合文化站个数|22个|工作计划
产出指标|数量指标|公益电影放映场次|全年农村公益电影放映场次|≥4200场|工作计划
产出指标|数量指标|群众文化活动次数|组织开展的群众性文化活动次数|≥60次|工作计划
产出指标|质量指标|文化站达标率|乡镇综合文化站达到服务标准的比例|≥95%|行业标准
产出指标|时效指标|补助资金拨付时间|免费开放补助资金拨付到站的时间|Q:2025年9月底前|工作计划
产出指标|成本指标|单场电影放映补助|每场农村公益电影放映补助标准|≤200元/场|行业标准
效益指标|社会效益指标|群众文化参与人次|参与各类群众文化活动的人次|≥8.5万人次|历史标准
满意度指标|服务对象满意度指标|群众满意度|抽样调查群众对公共文化服务的满意程度|≥90%|历史标准"""),
        P("古城文物保护修缮项目", "852-2502-WXWL-9P3N", ("186.00", "150.00", "36.00"),
          "用于蔚州古城墙体局部加固、文物安全巡查和保护标志设置",
          [(3, 10), (6, 40), (9, 70), (12, 100)],
          ["完成古城墙体局部加固修缮", "加强不可移动文物日常安全巡查"], """
产出指标|数量指标|墙体加固长度|完成局部加固的古城墙体长度|≥320米|工作计划
产出指标|数量指标|文物安全巡查次数|全年不可移动文物安全巡查次数|≥48次|工作计划
产出指标|质量指标|修缮工程验收合格率|修缮工程通过验收的比例|100%|行业标准
产出指标|时效指标|修缮工程完工时间|主体修缮工程完工的时间|Q:2025年10月31日前|工作计划
产出指标|成本指标|每米墙体加固成本|每米古城墙体加固投入|≤0.45万元/米|行业标准
效益指标|可持续影响指标|文物本体安全状况|修缮后文物本体的安全状况|持续稳定|工作计划
满意度指标|服务对象满意度指标|游客满意度|抽样调查游客对古城保护的满意程度|≥88%|历史标准"""),
    ],
)

# ================================================================ w2  AcroForm: the values typed into text fields (widgets kept)
F["w2"] = dict(
    stem="w2_pdf_acroform_widgets_shangcheng_2025", page="landscape",
    dept="信阳市商城县农业农村局", code="417625",
    projects=[
        P("高标准农田建设项目", "417-2501-SCNJ-2H6R", ("2360.00", "2100.00", "260.00"),
          "用于土地平整、灌溉排水、田间道路和农田防护等工程建设",
          [(3, 15), (6, 40), (9, 70), (12, 100)],
          ["新建高标准农田2.1万亩", "提升项目区农田灌排能力", "稳定提高粮食综合生产能力"], """
产出指标|数量指标|新建高标准农田面积|年度新建高标准农田面积|≥2.1万亩|工作计划
产出指标|数量指标|新增灌溉面积|项目区新增和改善的灌溉面积|≥1.6万亩|工作计划
产出指标|数量指标|新修田间道路长度|新修和改造的田间道路长度|≥38公里|工作计划
产出指标|质量指标|工程验收合格率|项目工程通过验收的比例|100%|行业标准
产出指标|时效指标|项目完工时间|项目主体工程完工的时间|Q:2025年12月31日前|工作计划
产出指标|成本指标|亩均建设投入|每亩高标准农田建设投入|≤1124元/亩|行业标准
效益指标|经济效益指标|项目区粮食亩均增产|项目区粮食亩均产量增加|≥50公斤|历史标准
效益指标|可持续影响指标|工程设施管护机制|建后管护责任落实情况|长效运行|工作计划
满意度指标|服务对象满意度指标|项目区农户满意度|抽样调查项目区农户的满意程度|≥90%|历史标准"""),
    ],
)

# ================================================================ w3  the same kind of fields, FLATTENED by pypdf
F["w3"] = dict(
    stem="w3_pdf_acroform_flattened_luanping_2025", page="landscape",
    dept="承德市滦平县水务局", code="963184",
    projects=[
        P("农村饮水安全巩固提升项目", "963-2501-LPSW-7C1V", ("548.30", "548.30", None),
          "用于农村集中供水工程改造、水质检测和供水管网延伸",
          [(3, 20), (6, 50), (9, 80), (12, 100)],
          ["完成农村集中供水工程改造18处", "提升农村自来水普及率和供水保证率", "保障农村饮水水质安全"], """
产出指标|数量指标|供水工程改造数量|年度完成改造的农村集中供水工程数量|18处|工作计划
产出指标|数量指标|新增延伸管网长度|新铺设的供水管网长度|≥42公里|工作计划
产出指标|质量指标|水质检测合格率|农村集中供水工程水质检测合格的比例|≥95%|行业标准
产出指标|时效指标|工程完工时间|供水工程改造完工的时间|Q:2025年11月底前|工作计划
产出指标|成本指标|单处工程改造成本|每处供水工程改造平均投入|≤26万元/处|行业标准
效益指标|社会效益指标|农村自来水普及率|农村人口中使用自来水的比例|≥93%|历史标准
效益指标|社会效益指标|受益人口|工程改造受益的农村人口|≥3.4万人|工作计划
满意度指标|服务对象满意度指标|受益群众满意度|抽样调查受益群众的满意程度|≥90%|历史标准"""),
    ],
)

# ================================================================ w4  review annotations: FreeText, stamp, highlights with comments
F["w4"] = dict(
    stem="w4_pdf_annots_reviewstamp_xixia_2025", page="landscape",
    dept="南阳市西峡县林业局", code="528093",
    projects=[
        P("森林防火能力提升项目", "528-2501-XXLY-3F8M", ("265.40", "265.40", None),
          "用于防火隔离带维护、瞭望监测设备运行和专业扑火队伍培训",
          [(3, 30), (6, 60), (9, 80), (12, 100)],
          ["维护林区防火隔离带", "保障瞭望监测设备正常运行", "提高扑火队伍应急处置能力"], """
产出指标|数量指标|防火隔离带维护长度|年度维护的林区防火隔离带长度|≥86公里|工作计划
产出指标|数量指标|扑火队员培训人次|专业扑火队员参加培训的人次|≥320人次|工作计划
产出指标|质量指标|监测设备完好率|瞭望监测设备处于完好状态的比例|≥98%|行业标准
产出指标|时效指标|火情响应时间|发现火情到扑火队伍出动的时间|≤30分钟|行业标准
效益指标|生态效益指标|森林火灾受害率|森林火灾受害面积占森林面积的比例|≤0.8‰|行业标准
满意度指标|服务对象满意度指标|林区群众满意度|抽样调查林区群众的满意程度|≥90%|历史标准"""),
        P("国土绿化造林项目", "528-2502-XXLY-6T2W", ("412.00", "380.00", "32.00"),
          "用于荒山造林、退化林修复和造林地抚育管护",
          [(3, 40), (6, 70), (9, 85), (12, 100)],
          ["完成荒山造林1.2万亩", "修复退化林，提高森林质量"], """
产出指标|数量指标|荒山造林面积|年度完成的荒山造林面积|≥1.2万亩|工作计划
产出指标|数量指标|退化林修复面积|年度完成的退化林修复面积|≥0.6万亩|工作计划
产出指标|质量指标|造林成活率|新造林地当年成活的比例|≥85%|行业标准
产出指标|成本指标|亩均造林成本|每亩荒山造林投入|≤310元/亩|行业标准
效益指标|生态效益指标|森林覆盖率|全县森林覆盖率|≥76.8%|历史标准
效益指标|可持续影响指标|造林地管护机制|造林地抚育管护责任落实情况|持续落实|工作计划
满意度指标|服务对象满意度指标|造林农户满意度|抽样调查参与造林农户的满意程度|≥90%|历史标准"""),
    ],
)

# ================================================================ w5  red vector seal over the last rows, running header / footer
F["w5"] = dict(
    stem="w5_pdf_redseal_headerfooter_gucheng_2025", page="portrait",
    dept="衡水市故城县卫生健康局", code="674251",
    projects=[
        P("基本公共卫生服务项目", "674-2501-GCWJ-5N4Q", ("1126.80", "1042.50", "84.30"),
          "用于城乡居民健康档案管理、慢性病患者健康管理、老年人健康体检等基本公共卫生服务补助",
          [(3, 25), (6, 50), (9, 75), (12, 100)],
          ["规范管理城乡居民电子健康档案", "做好高血压、糖尿病患者规范管理", "完成65岁及以上老年人健康体检"], """
产出指标|数量指标|电子健康档案建档人数|规范建立电子健康档案的城乡居民人数|≥38万人|工作计划
产出指标|数量指标|老年人健康体检人数|65岁及以上老年人接受健康体检的人数|≥4.2万人|工作计划
产出指标|质量指标|高血压患者规范管理率|按规范管理的高血压患者比例|≥65%|行业标准
产出指标|质量指标|糖尿病患者规范管理率|按规范管理的糖尿病患者比例|≥65%|行业标准
产出指标|时效指标|补助资金拨付时间|基本公共卫生服务补助资金拨付的时间|按季度拨付|工作计划
产出指标|成本指标|人均补助标准|基本公共卫生服务人均补助经费|=94元/人|行业标准
效益指标|社会效益指标|居民健康素养水平|城乡居民具备基本健康素养的比例|≥30%|历史标准
效益指标|可持续影响指标|基层服务能力|基层医疗卫生机构服务能力|逐步提升|工作计划
满意度指标|服务对象满意度指标|城乡居民满意度|抽样调查城乡居民的满意程度|≥85%|历史标准"""),
        P("家庭医生签约服务项目", "674-2502-GCWJ-2R9T", ("318.00", "318.00", None),
          "用于家庭医生团队签约服务补助和签约居民随访管理",
          [(3, 20), (6, 45), (9, 70), (12, 100)],
          ["扩大家庭医生签约服务覆盖面", "提高重点人群签约服务质量"], """
产出指标|数量指标|重点人群签约人数|家庭医生签约的重点人群人数|≥9.6万人|工作计划
产出指标|质量指标|重点人群签约率|重点人群中签约家庭医生的比例|≥75%|行业标准
产出指标|质量指标|签约居民随访率|签约居民按规定接受随访的比例|≥90%|行业标准
产出指标|成本指标|签约服务补助标准|每名签约居民的服务补助经费|≤30元/人|行业标准
效益指标|社会效益指标|基层首诊比例|签约居民在基层首诊的比例|逐年提高|工作计划
满意度指标|服务对象满意度指标|签约居民满意度|抽样调查签约居民的满意程度|≥90%|历史标准"""),
    ],
)

# ================================================================ w6  A4 portrait + A3 landscape merged, page labels, outline,
#                                                                   and an incremental update that corrects one value cell
F["w6"] = dict(
    stem="w6_pdf_mixedsizes_incremental_neihuang_2025", page="portrait",
    dept="安阳市内黄县交通运输局", code="742906",
    projects=[
        P("农村公路养护工程项目", "742-2501-NHJT-8B5S", ("896.00", "896.00", None),
          "用于县乡村道路日常养护、路面病害处治和安全防护设施完善",
          [(3, 20), (6, 45), (9, 70), (12, 100)],
          ["完成农村公路日常养护1280公里", "及时处治路面病害", "完善农村公路安全防护设施"], """
产出指标|数量指标|日常养护里程|纳入日常养护的农村公路里程|≥1280公里|工作计划
产出指标|数量指标|路面病害处治面积|年度处治的路面病害面积|≥6.5万平方米|工作计划
产出指标|数量指标|安全防护设施完善里程|新增和完善安全防护设施的路段里程|≥46公里|工作计划
产出指标|质量指标|优良中等路率|农村公路优良中等路的比例|≥85%|行业标准
产出指标|时效指标|病害处治及时率|路面病害在规定时限内处治的比例|≥95%|行业标准
产出指标|成本指标|每公里养护成本|每公里农村公路日常养护投入|≤0.7万元/公里|行业标准
效益指标|社会效益指标|群众出行条件|农村群众出行条件改善情况|明显改善|工作计划
满意度指标|服务对象满意度指标|沿线群众满意度|抽样调查沿线群众的满意程度|≥90%|历史标准"""),
        P("城乡公交运营补贴项目", "742-2502-NHJT-1D7G", ("438.50", "400.00", "38.50"),
          "用于城乡公交线路运营补贴和公交车辆安全检查",
          [(3, 25), (6, 50), (9, 75), (12, 100)],
          ["保障城乡公交线路稳定运营", "提高公交运营服务质量和安全水平"], """
产出指标|数量指标|城乡公交线路数量|享受运营补贴的城乡公交线路条数|16条|工作计划
产出指标|数量指标|年运营里程|城乡公交车辆全年运营里程|≥420万公里|历史标准
产出指标|质量指标|车辆安全检查覆盖率|接受安全检查的公交车辆比例|100%|行业标准
产出指标|时效指标|补贴资金拨付时间|运营补贴资金拨付到企业的时间|Q:每季度末前|工作计划
产出指标|成本指标|每公里运营补贴|每公里城乡公交运营补贴标准|≤1.04元/公里|行业标准
效益指标|社会效益指标|行政村公交通达率|开通城乡公交的行政村比例|≥98%|历史标准
效益指标|可持续影响指标|城乡公交运营机制|城乡公交一体化运营机制|持续完善|工作计划
满意度指标|服务对象满意度指标|乘客满意度|抽样调查乘客的满意程度|≥88%|历史标准"""),
    ],
)

# what the overlay prints (never data): make.py draws it, check.py finds it in the file
OVERLAY = {
    "w1": {"watermark": "蔚县财政局 公开版", "angle": 45},
    "w2": {"fields": "指标值 and 预算数 / 其中：财政资金 / 其他资金 cells"},
    "w3": {"fields": "指标值 and 预算数 / 其中：财政资金 / 其他资金 cells"},
    "w4": {"freetext": "已审核  西峡县财政局绩效科  2025-03-14", "stamp": "已审核",
           "comments": ["请核实隔离带长度与年度计划一致", "受害率单位为千分率，已确认", "成活率按省级标准"]},
    "w5": {"ring": "故城县卫生健康局", "centre": "财务专用章", "header": "冀财预〔2025〕12号", "public": "公开类型：主动公开"},
    "w6": {"labels": ["表1", "表2"], "outline": ["1、农村公路养护工程项目绩效目标表", "2、城乡公交运营补贴项目绩效目标表"],
           # revision 1 (the office's first save) printed this value; revision 2 (appended) corrects it
           "rev1": {"project": 2, "row": 6, "value": "≥95%"}},
}
SOURCE = {
    "w1": "reportlab PDF whose every page carries a tiled diagonal text watermark drawn UNDER the form",
    "w2": "reportlab PDF of the blank form with the values typed into AcroForm text fields (widgets with appearance streams)",
    "w3": "reportlab PDF with AcroForm text-field values flattened into page content by pypdf",
    "w4": "reportlab PDF with review annotations (FreeText, Stamp, Highlight with comments) added by pypdf",
    "w5": "reportlab PDF with a red vector seal over the last rows and a running header / footer on each page",
    "w6": "A4 portrait + A3 landscape pages merged by pypdf, page labels and outline, then an incremental update",
}
PAGES = {"w1": 2, "w2": 1, "w3": 1, "w4": 2, "w5": 2, "w6": 2}


def amount(a):
    return None if a is None else float(a.replace(",", ""))


def project_records(f):
    projs = []
    for i, p in enumerate(f["projects"], 1):
        inds = [I(r[0], r[1], r[2], r[4], desc=r[3], basis=r[5]) for r in p["rows"]]
        t, fi, o = p["amt"]
        projs.append(Proj(i, p["name"], inds, title=p["name"] + "绩效目标表", code=p["code"], department=f["dept"],
                          department_code=f["code"], unit="万元", total=amount(t), fiscal=amount(fi),
                          other=amount(o), purpose=p["purpose"], plan=p["plan"], goals=p["goals"]))
    return projs


for key, f in F.items():
    G[f["stem"]] = clean({
        "source": {"path": f["stem"] + ".pdf", "sha256": None, "format": "pdf", "pages": PAGES[key],
                   "content": SOURCE[key]},
        "document": {"title": TITLE, "department": f["dept"], "department_code": f["code"], "year": 2025,
                     "status": None, "compiled_by": None, "reviewed_by": None},
        "toc": [], "overall_goals": [], "sub_goals": [], "safeguards": [],
        "projects": project_records(f), "issues": []})
