"""Blind set heldout30b: the facts of each draft, typed by hand, and the gold record built from them.
OFFICE FILES WHOSE FORMS ARE PICTURES — a screenshot or a scan of the 绩效目标表 pasted into a Word draft or placed over
an Excel sheet.
F[key] holds what each draft SHOWS (make.py renders from it): the Word text (cover, 部门职责, 总体绩效目标) and each
project's form, which make.py draws as a PICTURE. Indicator blocks are typed one printed row a line, cells apart by `|`
(一级|二级|三级|绩效指标描述|指标值|指标值确定依据); `Q:` marks a qualitative value holding digits.
`hidden` (p3) lists what the picture FILE holds outside Word's crop (a:srcRect): not shown, so not in the gold.
Goals are typed as the ITEMS (make.py prints the `1、2、3、` numbering). Nothing here comes from jixiao."""
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
DOC_TITLE = "2025年部门预算绩效文本"

# ================================================================ p1  .docx: text body + ONE project form as an INLINE PNG (chromium screenshot of the budget system)
F["p1"] = dict(
    stem="p1_docx_inlinepng_systemshot_ruijin_2025", ext="docx", fmt="docx", dept="瑞金市农业农村局", code="614207",
    status="草案",
    duties=["贯彻落实党中央、省委、赣州市委和瑞金市委关于“三农”工作的方针政策，统筹研究和组织实施全市“三农”发展规划。",
            "负责全市种植业、畜牧业、渔业和农业机械化等行业管理，指导农产品质量安全监管和农业防灾减灾工作。"],
    overall=["稳定粮食生产，全年粮食播种面积稳定在53万亩以上，粮食总产量稳中有增。",
             "推进高标准农田建设和脐橙、白莲等特色产业提质增效，带动农民持续增收。",
             "守住不发生规模性返贫底线，农产品质量安全例行监测合格率保持在98%以上。"],
    projects=[
        P("高标准农田建设管护项目", "614-2501-RJNY-3K7D", ("862.50", "742.50", "120.00"),
          "用于新建高标准农田的田间道路、沟渠配套和已建农田设施的管护",
          [(3, 15), (6, 40), (9, 75), (12, 100)],
          ["新建高标准农田1.2万亩", "完成已建高标准农田设施年度管护", "提高耕地质量和粮食综合生产能力"], """
产出指标|数量指标|新建高标准农田面积|年度新建的高标准农田面积|≥1.2万亩|工作计划
产出指标|数量指标|管护已建高标准农田|年度落实管护责任的已建高标准农田面积|≥8.6万亩|工作计划
产出指标|质量指标|工程验收合格率|新建项目竣工验收合格的比例|100%|行业标准
产出指标|时效指标|项目竣工时间|新建项目全部竣工的时间|Q:2025年12月31日前|工作计划
产出指标|成本指标|亩均建设投资|新建高标准农田每亩财政投入|≤3000元/亩|行业标准
效益指标|经济效益指标|项目区粮食亩均增产|项目区粮食亩产较建设前增加量|≥50公斤|历史标准
效益指标|可持续影响指标|农田设施管护机制|高标准农田建后管护机制运行情况|长效运行|工作计划
满意度指标|服务对象满意度指标|项目区农户满意度|抽样调查项目区农户的满意程度|≥90%|历史标准"""),
    ],
)

# ================================================================ p2  .docx: TWO projects, each an inline JPEG SCAN of the signed paper form, caption text above each
F["p2"] = dict(
    stem="p2_docx_inlinejpeg_scan_twoproj_fuliang_2025", ext="docx", fmt="docx",
    dept="浮梁县文化广电新闻出版旅游局", code="615318", status=None,
    duties=["贯彻执行党和国家文化、广播电视、新闻出版和旅游工作方针政策，拟订全县文化和旅游发展规划并组织实施。",
            "负责全县公共文化服务体系建设、文物保护利用和非物质文化遗产保护传承，推进文化和旅游融合发展。"],
    overall=["完善县乡村三级公共文化服务网络，开展送戏下乡和群众文化活动。",
             "加强瑶里古镇、严台古村等文物保护单位和传统村落保护，推动茶文化、瓷文化旅游品牌建设。"],
    projects=[
        P("公共文化服务体系建设项目", "615-2501-FLWL-6M2P", ("186.00", "186.00", None),
          "用于乡镇综合文化站免费开放、送戏下乡和村级农家书屋图书更新",
          Q4, ["保障17个乡镇综合文化站免费开放", "开展送戏下乡和群众文化活动", "更新农家书屋出版物"], """
产出指标|数量指标|送戏下乡场次|全年组织送戏下乡演出场次|≥120场|工作计划
产出指标|数量指标|免费开放乡镇综合文化站|免费开放的乡镇综合文化站数量|17个|工作计划
产出指标|数量指标|农家书屋更新图书|年度补充更新农家书屋出版物册数|≥1.5万册|工作计划
产出指标|质量指标|文化站免费开放达标率|乡镇综合文化站免费开放考核达标比例|100%|行业标准
产出指标|成本指标|送戏下乡场均补助|每场送戏下乡演出补助标准|≤0.6万元/场|历史标准
效益指标|社会效益指标|群众文化活动参与人次|全年参加群众文化活动的人次|≥8万人次|历史标准
满意度指标|服务对象满意度指标|群众满意度|抽样调查群众对公共文化服务的满意程度|≥90%|历史标准"""),
        P("文物保护单位修缮项目", "615-2502-FLWL-1T9C", ("268.40", "218.40", "50.00"),
          "用于县级以上文物保护单位本体修缮、安防消防设施配置和日常巡查",
          [(3, 10), (6, 35), (9, 70), (12, 100)], ["完成4处文物保护单位本体修缮", "文物保护单位安防消防设施全覆盖"], """
产出指标|数量指标|修缮文物保护单位|完成本体修缮的文物保护单位数量|4处|工作计划
产出指标|质量指标|修缮工程验收合格率|文物修缮工程验收合格的比例|100%|行业标准
产出指标|时效指标|修缮工程完工时间|修缮工程全部完工的时间|Q:2025年11月30日前|工作计划
产出指标|成本指标|单处修缮平均费用|每处文物保护单位修缮平均费用|≤52万元/处|历史标准
效益指标|社会效益指标|文物安全事故|文物保护单位发生安全事故起数|0起|行业标准
满意度指标|服务对象满意度指标|游客及周边群众满意度|抽样调查游客及周边群众的满意程度|≥88%|历史标准"""),
    ],
)

# ================================================================ p3  .docx: FLOATING picture (wp:anchor, square wrap) CROPPED in Word (a:srcRect): the file holds a system header bar and the NEXT project, Word shows one form
F["p3"] = dict(
    stem="p3_docx_anchorsquare_srcrectcrop_zhangshu_2025", ext="docx", fmt="docx", dept="樟树市卫生健康委员会",
    code="616429", status="草案",
    duties=["贯彻落实卫生健康工作方针政策，统筹规划全市卫生健康资源配置，推进医药卫生体制改革。",
            "负责疾病预防控制、基本公共卫生服务、妇幼健康和老龄健康工作，组织指导医疗机构医疗质量管理。"],
    overall=["巩固基本公共卫生服务均等化水平，重点人群健康管理率稳步提升；",
             "做好重大传染病防控和免疫规划工作，提升突发公共卫生事件应急处置能力；",
             "推进紧密型县域医共体建设，基层医疗卫生机构诊疗量占比提高。"],
    projects=[
        P("基本公共卫生服务项目", "616-2501-ZSWJ-8R4N", ("1326.80", "1326.80", "0.00"),
          "用于居民健康档案管理、老年人和慢性病患者健康管理等基本公共卫生服务补助",
          [(3, 25), (6, 50), (9, 80), (12, 100)],
          ["按标准向城乡居民免费提供基本公共卫生服务", "提高老年人、慢性病患者等重点人群健康管理水平", "居民健康素养水平稳步提高"], """
产出指标|数量指标|65岁及以上老年人健康管理人数|年度接受健康管理的65岁及以上老年人数|≥6.8万人|工作计划
产出指标|数量指标|适龄儿童免疫规划疫苗接种|年度接种国家免疫规划疫苗剂次|≥11万剂次|工作计划
产出指标|质量指标|高血压患者规范管理率|高血压患者按规范管理的比例|≥65%|行业标准
产出指标|质量指标|居民电子健康档案建档率|常住居民建立电子健康档案的比例|≥90%|行业标准
产出指标|时效指标|补助资金拨付时间|补助资金拨付到基层医疗卫生机构的时间|Q:每季度首月15日前|工作计划
产出指标|成本指标|人均基本公共卫生服务补助|按常住人口计算的人均补助标准|=94元/人|行业标准
效益指标|社会效益指标|居民健康素养水平|具备基本健康素养的居民比例|≥33%|历史标准
效益指标|可持续影响指标|家庭医生签约服务机制|家庭医生签约服务运行情况|持续完善|工作计划
满意度指标|服务对象满意度指标|城乡居民满意度|抽样调查城乡居民对基本公共卫生服务的满意程度|≥90%|历史标准"""),
    ],
    # what the PNG holds outside the crop (NOT in the gold): the system's header bar and the next project's form start
    hidden_top=["江西省预算管理一体化系统", "项目库管理 > 绩效目标管理 > 查看", "当前用户：zswj_cw01"],
    hidden_bottom=["医疗卫生机构能力提升项目绩效目标表", "616-2502-ZSWJ-2H6Q", "用于乡镇卫生院医疗设备更新和村卫生室标准化建设"],
)

# ================================================================ p4  .docx: header block (项目名称, 主管部门, 资金 …) a REAL Word table, only the INDICATOR GRID a picture
F["p4"] = dict(
    stem="p4_docx_wordheader_gridpicture_dingan_2025", ext="docx", fmt="docx", dept="定安县交通运输局", code="627503",
    status=None,
    duties=["贯彻执行国家和海南省交通运输法律法规，拟订全县公路、水路交通运输发展规划并组织实施。",
            "负责全县农村公路建设、养护和管理，负责道路运输市场监管和交通运输安全生产监督管理。"],
    overall=["完成农村公路安全生命防护工程和危桥改造，农村公路列养率保持100%。",
             "提升城乡客运服务水平，建制村通客车率保持100%。"],
    projects=[
        P("农村公路养护工程项目", "627-2501-DXJT-5W3E", ("438.60", "398.60", "40.00"),
          "用于县道、乡道和村道日常养护、路面修补和安全设施完善",
          [(3, 20), (6, 50), (9, 80), (12, 100)],
          ["完成全县农村公路日常养护", "实施农村公路路面修补和安全设施完善", "农村公路优良中等路率稳步提高"], """
产出指标|数量指标|日常养护农村公路里程|年度列养的县乡村道里程|≥1160公里|工作计划
产出指标|数量指标|路面修补面积|年度完成的农村公路路面修补面积|≥2.4万平方米|工作计划
产出指标|数量指标|完善安全设施路段|完善护栏、标志标线的路段长度|≥36公里|工作计划
产出指标|质量指标|农村公路列养率|纳入日常养护的农村公路比例|100%|行业标准
产出指标|时效指标|水毁路段抢通时间|水毁路段恢复通行的时间|≤48小时|行业标准
产出指标|成本指标|县道养护单价|每公里县道年度养护费用|≤1.2万元/公里|历史标准
效益指标|社会效益指标|农村公路优良中等路率|优良中等路里程占比|≥85%|行业标准
效益指标|可持续影响指标|农村公路管养机制|“路长制”管养机制运行情况|长效运行|工作计划
满意度指标|服务对象满意度指标|沿线群众满意度|抽样调查沿线群众的满意程度|≥90%|历史标准"""),
    ],
)

# ================================================================ p5  .xlsx: the form an IMAGE anchored over the cells, the sheet empty but a title cell
F["p5"] = dict(
    stem="p5_xlsx_imageoverCells_titlecell_lingshui_2025", ext="xlsx", fmt="xlsx", dept="陵水黎族自治县海洋和渔业局",
    code="638614", status=None, sheet_title="2025年项目支出绩效目标表",  # A1 prints the department before it
    projects=[
        P("渔船安全救生设施更新项目", "638-2501-LSYY-7G5B", ("156.20", "126.20", "30.00"),
          "用于小型渔船救生衣、救生筏和北斗终端更新补助及渔民安全培训",
          [(3, 30), (6, 60), (9, 85), (12, 100)], ["为小型渔船更新救生设施和北斗终端", "开展渔民海上安全生产培训"], """
产出指标|数量指标|更新北斗终端渔船|获得北斗终端更新补助的渔船数量|≥420艘|工作计划
产出指标|数量指标|配发救生衣|全年配发的救生衣数量|≥2600件|工作计划
产出指标|数量指标|培训渔民|参加海上安全生产培训的渔民人次|≥1800人次|工作计划
产出指标|质量指标|救生设施合格率|配发救生设施抽检合格的比例|100%|行业标准
产出指标|时效指标|设施配发完成时间|救生设施和终端配发完成的时间|Q:2025年7月31日前|工作计划
产出指标|成本指标|单船终端补助标准|每艘渔船北斗终端更新补助|≤0.18万元/艘|行业标准
效益指标|社会效益指标|渔船安全事故死亡人数|渔船生产安全事故死亡人数|0人|行业标准
满意度指标|服务对象满意度指标|渔民满意度|抽样调查渔民的满意程度|≥90%|历史标准"""),
    ],
)

# ================================================================ p6  PDF printed by LibreOffice from a .docx whose form is an inline picture (the text layer holds only the Word text)
F["p6"] = dict(
    stem="p6_pdf_lo_docxpicture_notextlayer_tunchang_2025", ext="pdf", fmt="pdf", dept="屯昌县水务局", code="629725",
    status="草案",
    duties=["贯彻落实国家和海南省水利工作方针政策，组织编制全县水资源、防洪排涝和农村供水规划并监督实施。",
            "负责全县水利工程建设与运行管理、农村饮水安全和河湖长制日常工作。"],
    overall=["保障农村供水工程稳定运行，农村自来水普及率达到95%以上。",
             "加强中小河流治理和小型水库安全管理，汛期不发生水库垮坝事故。",
             "全面落实河湖长制，主要河流水质保持稳定。"],
    projects=[
        P("农村供水保障工程项目", "629-2501-TCSW-4Y8K", ("512.00", "472.00", "40.00"),
          "用于农村供水管网延伸改造、水厂净化消毒设备更新和水质检测",
          [(3, 20), (6, 45), (9, 75), (12, 100)],
          ["延伸改造农村供水管网", "更新水厂净化消毒设备", "农村供水水质达标率稳步提高"], """
产出指标|数量指标|延伸改造供水管网|年度延伸改造的农村供水管网长度|≥68公里|工作计划
产出指标|数量指标|更新净化消毒设备水厂|更新净化消毒设备的水厂数量|9座|工作计划
产出指标|数量指标|水质检测水样|全年检测的农村供水水样份数|≥960份|行业标准
产出指标|质量指标|工程验收合格率|管网改造工程验收合格的比例|100%|行业标准
产出指标|时效指标|管网改造完工时间|管网延伸改造全部完工的时间|Q:2025年10月31日前|工作计划
产出指标|成本指标|管网改造单价|每公里管网延伸改造费用|≤6.5万元/公里|历史标准
效益指标|社会效益指标|农村自来水普及率|农村通自来水人口占比|≥95%|工作计划
满意度指标|服务对象满意度指标|农村用水户满意度|抽样调查农村用水户的满意程度|≥90%|历史标准"""),
    ],
)

SOURCE = {
    "p1": "Word draft (python-docx): cover, 部门职责 and 总体绩效目标 as Word text, the project form as an inline PNG screenshot of the budget system (chromium)",
    "p2": "Word draft (python-docx): Word text, then two projects each as an inline JPEG scan of the signed paper form (chromium PDF -> pypdfium2 200 dpi, skew, paper noise) with a text caption above",
    "p3": "Word draft (python-docx + lxml): the form a FLOATING picture (wp:anchor, square wrap) cropped in Word with a:srcRect; the PNG also holds a system header bar and the next project, which Word does not show",
    "p4": "Word draft (python-docx): the project header block a real Word table, only the indicator grid an inline PNG picture",
    "p5": "Excel workbook (openpyxl): a title cell, the form a PNG image anchored over the empty cells (xl/drawings/drawing1.xml)",
    "p6": "PDF printed by LibreOffice from a Word draft whose form is an inline PNG screenshot: text layer for the Word text only",
}
PAGES = {"p6": 2}  # the page count LibreOffice printed (make.py asserts it)


def amount(a):
    return None if a is None else float(a.replace(",", ""))


def build():
    for key, f in F.items():
        projs = []
        for i, p in enumerate(f["projects"], 1):
            inds = [I(r[0], r[1], r[2], r[4], desc=r[3], basis=r[5] or None) for r in p["rows"]]
            t, fi, o = p["amt"]
            projs.append(Proj(i, p["name"], inds, title=p["name"] + "绩效目标表", code=p["code"],
                              department=f["dept"], department_code=f["code"], unit="万元", total=amount(t),
                              fiscal=amount(fi), other=amount(o), purpose=p["purpose"], plan=p["plan"],
                              goals=p["goals"], scope="project"))
        src = {"path": f["stem"] + "." + f["ext"], "sha256": None, "format": f["fmt"],
               "pages": PAGES.get(key), "ocr": True, "content": SOURCE[key]}
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
