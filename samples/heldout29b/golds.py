"""Blind set heldout29b: the facts of each draft, typed by hand, and the gold record built from them.
WORD TEMPLATES AS FINANCE BUREAUS DISTRIBUTE THEM — content controls, legacy form fields, DOCPROPERTY / MERGEFIELD
fields, text boxes, floating tables.
F[key] holds what each filled form SHOWS (make.py renders from it); G[stem] is the gold record (source.sha256 filled by
make.py). Indicator blocks are typed one printed row a line, cells apart by `|`
(一级|二级|三级|绩效指标描述|指标值|指标值确定依据; the department form d3 has 一级|二级|三级|指标值 only); `Q:` marks a
qualitative value holding digits. An EMPTY field of the template — a content control still showing its placeholder
(`单击此处输入文字。`, `选择一项。`) or a legacy FORMTEXT field still holding Word's five en-spaces — is typed as an empty
cell: `` in a value cell (kind `missing`), None for an amount / a 依据 (null). make.py draws the placeholder / the
en-spaces where the fact is empty and the draft's template has a control / field there (key `ph`).
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
TITLE = "2025年度项目支出绩效目标表"

# ================================================================ d1  .docx: block-level sdt around each indicator TABLE, run-level sdts in the header cells, placeholders
F["d1"] = dict(
    stem="d1_docx_sdt_blocktable_runlevel_fuqing_2025", ext="docx", fmt="docx", dept="福清市农业农村局",
    code="438615", bureau="福清市财政局",
    projects=[
        P("农田水利设施维修养护项目", "438-2501-FQXM-4R7T", ("612.40", "612.40", None),
          "用于山塘水库、灌溉渠道和机电排灌站的日常维修养护",
          Q4, ["完成全市农田水利设施年度维修养护任务", "保障灌溉季节灌排设施正常运行", "受益农户满意"], """
产出指标|数量指标|维修养护灌溉渠道|年度维修养护的灌溉渠道长度|≥126公里|工作计划
产出指标|数量指标|维修养护机电排灌站|年度维修养护的机电排灌站数量|34座|工作计划
产出指标|质量指标|维修养护工程验收合格率|维修养护工程验收合格的比例|100%|行业标准
产出指标|时效指标|汛前检修完成时间|山塘水库和排灌站汛前检修全部完成的时间|Q:2025年4月30日前|工作计划
产出指标|成本指标|渠道养护单价|每公里灌溉渠道年度养护费用|≤1.9万元/公里|历史标准
效益指标|经济效益指标|新增恢复灌溉面积|维修养护后新增和恢复的有效灌溉面积|≥0.85万亩|历史标准
效益指标|可持续影响指标|设施管护机制|农田水利设施管护机制运行情况|长效运行|工作计划
满意度指标|服务对象满意度指标|受益农户满意度|抽样调查受益农户的满意程度|≥90%|历史标准"""),
        P("枇杷产业提质增效项目", "438-2502-FQXM-9C2L", ("158.00", "128.00", "30.00"),
          "用于一都枇杷标准化示范园建设、品种改良和品牌推介",
          [(3, 20), (6, 55), (9, 80), (12, 100)], ["建设枇杷标准化示范园", "推广优良品种和绿色防控技术，提高果品质量"], """
产出指标|数量指标|建设标准化示范园|新建枇杷标准化示范园数量|6个|工作计划
产出指标|数量指标|品种改良面积|完成高接换种的枇杷园面积|≥2200亩|工作计划
产出指标|质量指标|绿色防控技术覆盖率|示范园应用绿色防控技术的比例|≥95%|行业标准
产出指标|成本指标|示范园建设补助标准|每个示范园建设补助资金|≤12万元/个|工作计划
效益指标|经济效益指标|示范园亩均增收|示范园亩均收入较上年增加额|≥800元|历史标准
效益指标|社会效益指标|带动果农户数|示范园辐射带动的果农户数||工作计划
满意度指标|服务对象满意度指标|果农满意度|抽样调查果农的满意程度|≥90%|历史标准"""),
    ],
)

# ================================================================ d2  .docx: CELL-level sdts (around the cell's paragraph) with drop-downs and date pickers
F["d2"] = dict(
    stem="d2_docx_sdt_cellpara_dropdown_date_shishi_2025", ext="docx", fmt="docx", dept="石狮市教育局",
    code="462907", bureau="石狮市财政局",
    projects=[
        P("中小学校园安全防范设施提升项目", "462-2501-SSJY-7D3N", ("486.50", "486.50", "0.00"),
          "用于中小学校视频监控、一键报警和校门防冲撞设施升级改造",
          [(3, 10), (6, 60), (9, 90), (12, 100)],
          ["完成全市中小学校安防设施升级改造", "校园视频监控与公安平台联网", "校园安全事故下降，师生和家长满意"], """
产出指标|数量指标|安防设施改造学校数|完成安防设施升级改造的中小学校数量|58所|工作计划
产出指标|数量指标|新增高清视频监控点位|新增和更换的高清视频监控点位数量|≥1450个|工作计划
产出指标|质量指标|视频监控联网率|学校视频监控接入公安平台的比例|100%|行业标准
产出指标|时效指标|改造完成时间|暑假期间完成安防设施改造的时间|Q:2025年8月25日|工作计划
产出指标|成本指标|校均改造成本|每所学校安防设施改造平均费用|≤8.4万元/所|历史标准
效益指标|社会效益指标|校园安全责任事故|改造学校发生的校园安全责任事故起数|0起|行业标准
效益指标|可持续影响指标|安防设施运维机制|校园安防设施日常运维机制运行情况|有效运行|
满意度指标|服务对象满意度指标|师生及家长满意度|抽样调查师生和家长的满意程度|≥92%|历史标准"""),
        P("学前教育普惠补助项目", "462-2502-SSJY-2K8W", ("732.00", "652.00", "80.00"),
          "用于普惠性民办幼儿园生均公用经费补助和保教人员培训",
          [(3, 30), (6, 50), (9, 80), (12, 100)], ["对普惠性民办幼儿园按生均标准给予补助", "开展保教人员专业培训"], """
产出指标|数量指标|补助普惠性民办幼儿园|获得生均公用经费补助的幼儿园数量|≥96所|工作计划
产出指标|数量指标|培训保教人员|全年参加专业培训的保教人员人数|≥1200人次|工作计划
产出指标|时效指标|补助资金拨付时间|补助资金拨付到园的时间|Q:2025年6月30日前|工作计划
产出指标|成本指标|生均公用经费补助标准|每生每年公用经费补助|=800元/生·年|行业标准
效益指标|社会效益指标|普惠性幼儿园覆盖率|在普惠性幼儿园就读幼儿占比|≥88%|行业标准
满意度指标|服务对象满意度指标|幼儿家长满意度|抽样调查幼儿家长的满意程度|≥90%|历史标准"""),
    ],
)

# ================================================================ d3  .docx: 部门整体支出绩效目标表, LEGACY FORMTEXT fields (number-format amounts, split result runs, one unfilled), title in a TEXT BOX
F["d3"] = dict(
    stem="d3_docx_formtext_textbox_deptoverall_longhai_2025", ext="docx", fmt="docx", dept="漳州市龙海区卫生健康局",
    code="493104", bureau="漳州市龙海区财政局", dept_form=True, title="2025年部门整体支出绩效目标表",
    amt=("2468.30", "2391.30", "77.00"),
    goals=["巩固基本公共卫生服务均等化水平，重点人群健康管理率稳步提高；",
           "推进紧密型县域医共体建设，提升基层医疗卫生机构服务能力；",
           "做好重大疾病防控和突发公共卫生事件应急处置，保障人民群众身体健康。"],
    rows=rows("""
产出指标|数量指标|65岁及以上老年人健康管理人数|≥4.2万人
产出指标|数量指标|适龄儿童国家免疫规划疫苗接种剂次|≥9.6万剂次
产出指标|质量指标|高血压患者规范管理率|≥65%
产出指标|质量指标|孕产妇系统管理率|≥90%
产出指标|时效指标|突发公共卫生事件报告及时率|100%
产出指标|成本指标|部门公用经费支出|≤预算批复金额
效益指标|社会效益指标|居民健康素养水平|≥32%
效益指标|社会效益指标|甲乙类法定传染病报告发病率|
效益指标|可持续影响指标|县域医共体运行机制|持续完善
满意度指标|服务对象满意度指标|城乡居民健康服务满意度|≥90%""", 4),
)

# ================================================================ d4  .docx: department line and header cells are DOCPROPERTY / MERGEFIELD results; header block a FLOATING table
F["d4"] = dict(
    stem="d4_docx_docproperty_mergefield_floattable_beiliu_2025", ext="docx", fmt="docx", dept="北流市水利局",
    code="512836", bureau="北流市财政局",
    projects=[
        P("小型水库除险加固项目", "512-2501-BLSL-6P1Q", ("1286.50", "1106.50", "180.00"),
          "用于小（2）型水库大坝加固、溢洪道改造和放水设施更换",
          [(3, 15), (6, 45), (9, 80), (12, 100)],
          ["完成9座小（2）型水库除险加固", "消除水库大坝安全隐患，恢复设计蓄水能力"], """
产出指标|数量指标|除险加固水库数|完成除险加固的小（2）型水库数量|9座|工作计划
产出指标|数量指标|改造溢洪道|完成改造的溢洪道长度|≥1.6公里|工作计划
产出指标|质量指标|单位工程验收合格率|除险加固单位工程验收合格的比例|100%|行业标准
产出指标|时效指标|主体工程完工时间|汛前完成大坝主体工程的时间|Q:2025年5月31日前|工作计划
产出指标|成本指标|单座水库加固投资|每座水库除险加固平均投资|≤143万元/座|历史标准
效益指标|社会效益指标|下游受保护人口|除险加固水库下游受保护人口|≥2.3万人|工作计划
效益指标|经济效益指标|恢复灌溉面积|恢复的水库有效灌溉面积|≥1.1万亩|历史标准
满意度指标|服务对象满意度指标|库区及下游群众满意度|抽样调查库区及下游群众的满意程度|≥90%|历史标准"""),
        P("农村供水工程维修养护项目", "512-2502-BLSL-3V8E", ("214.00", "214.00", None),
          "用于农村集中供水工程管网维修、水质检测和水源地保护",
          Q4, ["保障农村集中供水工程正常运行", "农村供水水质检测全覆盖"], """
产出指标|数量指标|维修养护供水工程|年度维修养护的农村集中供水工程处数|≥146处|工作计划
产出指标|数量指标|水质检测水样|全年检测的农村供水水样份数|≥1100份|行业标准
产出指标|质量指标|水质检测覆盖率|水质检测覆盖的千人以上供水工程比例|100%|行业标准
产出指标|时效指标|维修响应时间|接到报修后到达现场的时间|≤24小时|工作计划
效益指标|社会效益指标|农村自来水普及率|农村通自来水人口占比|≥93%|历史标准
效益指标|可持续影响指标|工程管护责任落实|农村供水工程管护责任落实情况|全面落实|工作计划
满意度指标|服务对象满意度指标|农村用水户满意度|抽样调查农村用水户的满意程度|≥88%|历史标准"""),
    ],
)

# ================================================================ d5  PDF (LibreOffice) of a template .docx: title in a TEXT BOX, header a FLOATING table, run-level sdts with a placeholder
F["d5"] = dict(
    stem="d5_pdf_lo_textbox_floattable_placeholder_cenxi_2025", ext="pdf", fmt="pdf",
    dept="岑溪市文化广电体育和旅游局", code="547219", bureau="岑溪市财政局",
    projects=[
        P("全民健身设施补短板项目", "547-2501-CXTY-8H5R", ("368.00", "368.00", None),
          "用于乡镇全民健身中心、村级健身路径和多功能运动场建设",
          [(3, 10), (6, 40), (9, 75), (12, 100)],
          ["新建乡镇全民健身中心和村级健身路径", "完善城乡15分钟健身圈", "群众就近健身更加便利"], """
产出指标|数量指标|新建村级健身路径|新建的村级健身路径数量|≥42个|工作计划
产出指标|数量指标|新建多功能运动场|新建的多功能运动场数量|8个|工作计划
产出指标|数量指标|新建乡镇全民健身中心|新建的乡镇全民健身中心数量|2个|工作计划
产出指标|质量指标|器材安装验收合格率|健身器材安装验收合格的比例|100%|行业标准
产出指标|时效指标|项目完工时间|建设任务全部完成的时间|Q:2025年11月30日前|工作计划
产出指标|成本指标|健身路径单价|每条村级健身路径建设费用|≤3.5万元/个|历史标准
效益指标|社会效益指标|经常参加体育锻炼人数比例|经常参加体育锻炼的人口占比|≥38%|行业标准
效益指标|可持续影响指标|设施使用年限|健身器材设计使用年限|≥8年|行业标准
满意度指标|服务对象满意度指标|健身群众满意度|抽样调查健身群众的满意程度|≥90%|历史标准"""),
    ],
)

# ================================================================ d6  .docx: indicator rows in a REPEATING-SECTION (row-level sdts), 二级 drop-downs, title + department line in a TEXT BOX with DOCPROPERTY fields
F["d6"] = dict(
    stem="d6_docx_sdt_rowrepeat_textbox_lipu_2025", ext="docx", fmt="docx", dept="荔浦市林业局",
    code="528406", bureau="荔浦市财政局",
    projects=[
        P("森林防火能力提升项目", "528-2501-LPXL-5M9A", ("276.80", "246.80", "30.00"),
          "用于防火隔离带建设、扑火物资储备和森林消防队伍培训",
          [(3, 30), (6, 60), (9, 80), (12, 100)],
          ["新建和维护防火隔离带", "补充扑火物资储备，开展队伍培训演练", "森林火灾受害率控制在规定范围内"], """
产出指标|数量指标|新建维护防火隔离带|新建及维护的防火隔离带长度|≥85公里|工作计划
产出指标|数量指标|培训森林消防队员|全年培训的森林消防队员人次|≥620人次|工作计划
产出指标|质量指标|扑火物资储备达标率|扑火物资按标准储备的比例|100%|行业标准
产出指标|时效指标|火情处置响应时间|接报火情后扑火队伍出动时间|≤30分钟|行业标准
效益指标|生态效益指标|森林火灾受害率|森林火灾受害面积占森林面积的比例|≤0.9‰|行业标准
效益指标|社会效益指标|重大森林火灾|发生重大及以上森林火灾起数|0起|行业标准
满意度指标|服务对象满意度指标|林区群众满意度|抽样调查林区群众的满意程度|≥90%|历史标准"""),
        P("松材线虫病防治项目", "528-2502-LPXL-1T4G", ("132.60", "132.60", None),
          "用于松材线虫病疫情普查、疫木清理和媒介昆虫防治",
          Q4, ["完成松材线虫病秋季普查", "疫木应清尽清，疫情发生面积下降"], """
产出指标|数量指标|疫情普查面积|完成松材线虫病普查的松林面积|≥36万亩|工作计划
产出指标|数量指标|清理疫木|全年清理的松材线虫病疫木株数|≥1.8万株|工作计划
产出指标|质量指标|疫木除治合格率|疫木清理除治质量检查合格的比例|≥98%|行业标准
产出指标|时效指标|疫木清理完成时间|冬春季疫木清理全部完成的时间|Q:2025年3月31日前|行业标准
效益指标|生态效益指标|疫情发生面积下降率|疫情发生面积较上年下降的比例|≥10%|工作计划
满意度指标|服务对象满意度指标|林农满意度|抽样调查林农的满意程度|≥90%|历史标准"""),
    ],
)

SOURCE = {
    "d1": "Word form from a finance-bureau template (python-docx + lxml): each indicator table inside a block-level content control, header values in run-level content controls, two fields still showing their placeholder",
    "d2": "Word form from a finance-bureau template (python-docx + lxml): value and 依据 cells as cell-level content controls around the cell's paragraph, 依据 drop-downs, date pickers",
    "d3": "Word form (部门整体支出绩效目标表) from a template of legacy FORMTEXT fields (python-docx + lxml), title in a text box (mc:AlternateContent wps + VML fallback)",
    "d4": "Word form (python-docx + lxml): department line and header values as DOCPROPERTY / MERGEFIELD field results, header block a floating table (w:tblpPr)",
    "d5": "PDF exported by LibreOffice from a template .docx: title in a text box, header block a floating table, run-level content controls, one placeholder",
    "d6": "Word form (python-docx + lxml): indicator rows as repeating-section items (row-level content controls), 二级 drop-downs, title and department line in a text box with DOCPROPERTY fields",
}
PAGES = {"d5": 1}


def amount(a):
    return None if a is None else float(a.replace(",", ""))


for key, f in F.items():
    projs = []
    if f.get("dept_form"):
        inds = [I(r[0], r[1], r[2], r[3]) for r in f["rows"]]
        t, fi, o = f["amt"]
        projs.append(Proj(1, None, inds, title=f["title"], code=None, department=f["dept"],
                          department_code=f["code"], unit="万元", total=amount(t), fiscal=amount(fi),
                          other=amount(o), purpose=None, plan=(), goals=f["goals"], scope="department"))
        title = f["title"]
    else:
        for i, p in enumerate(f["projects"], 1):
            inds = [I(r[0], r[1], r[2], r[4], desc=r[3], basis=r[5] or None) for r in p["rows"]]
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
