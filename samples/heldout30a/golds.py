"""Blind set heldout30a: the facts of each draft, typed by hand, and the gold record built from them.
WORD AND EXCEL FILES MADE BY CONVERTING A PDF — what PDF-to-Office converters leave.
F[key] holds what each SOURCE PDF prints (make.py draws the PDF from it and runs the real converter on it); G[stem] is
the gold record (source.sha256 filled by make.py). The gold is what the CONVERTED file shows: where a converter drops,
splits or garbles something, the facts below were checked against the converted file and the README says so.
Indicator blocks are typed one printed row a line, cells apart by `|`
(一级|二级|三级|绩效指标描述|指标值|指标值确定依据; the department form c2 has 一级|二级|三级|指标值 only); `Q:` marks a
qualitative value holding digits. Goals are typed as the ITEMS (make.py prints the `1、2、3、` numbering).
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

# ================================================================ c1  pdf2docx of a reportlab PDF; one project of 10 rows over TWO pages
F["c1"] = dict(
    stem="c1_docx_pdf2docx_splittable_lingcheng_2025", ext="docx", fmt="docx", conv="pdf2docx", src="rl",
    dept="德州市陵城区农业农村局", code="614207", style=(10.5, 14, 18),
    projects=[
        P("高标准农田建设项目", "614-2501-LCNY-3H8Q", ("1826.40", "1526.40", "300.00"),
          "用于新建高标准农田的土地平整、灌溉排水、田间道路和农田防护林网建设",
          Q4, ["新建高标准农田2.6万亩，配套完善灌排和田间道路设施", "项目区粮食综合生产能力稳步提高",
               "项目区农户和新型经营主体满意"], """
产出指标|数量指标|新建高标准农田面积|当年新建并通过验收的高标准农田面积|≥2.6万亩|工作计划
产出指标|数量指标|新打和修复机井|项目区新打和修复配套的灌溉机井数量|186眼|工作计划
产出指标|数量指标|新建和硬化田间道路|项目区新建和硬化的田间道路长度|≥42.5公里|工作计划
产出指标|质量指标|工程竣工验收合格率|高标准农田建设工程竣工验收合格的比例|100%|行业标准
产出指标|时效指标|工程完工时间|项目区全部工程完工的时间|Q:2025年11月30日前|工作计划
产出指标|成本指标|亩均财政投入|新建高标准农田每亩财政资金投入|≤587元/亩|历史标准
效益指标|经济效益指标|项目区粮食亩均增产|项目区粮食单产较建设前增加量|≥50公斤|历史标准
效益指标|生态效益指标|节水灌溉面积占比|项目区高效节水灌溉面积占建设面积的比例|≥35%|行业标准
效益指标|可持续影响指标|建后管护机制|高标准农田建后管护责任落实情况|长效运行|工作计划
满意度指标|服务对象满意度指标|项目区农户满意度|抽样调查项目区农户和经营主体的满意程度|≥92%|历史标准"""),
    ],
)

# ================================================================ c2  pdf2docx of a LibreOffice PDF (from a .docx); the 部门整体 form, wrapped cells
F["c2"] = dict(
    stem="c2_docx_pdf2docx_lopdf_deptoverall_lijin_2025", ext="docx", fmt="docx", conv="pdf2docx", src="lo",
    dept="东营市利津县应急管理局", code="627315", title="2025年部门整体支出绩效目标表",
    amt=("1268.70", "1236.70", "32.00"),
    # what pdf2docx made of LibreOffice's PDF: the digits (DejaVu Sans) and the CJK (Noto Sans CJK) are separate runs
    # in the PDF and pdf2docx puts a SPACE between them; the gold follows the converted file
    conv_text={"2025年部门整体支出绩效目标表": "2025 年部门整体支出绩效目标表", "≥420家次": "≥420 家次", "≥12场": "≥12 场",
               "≥8类": "≥8 类", "≤1小时": "≤1 小时", "0起": "0 起"},
    goals=["开展安全生产执法检查和隐患排查治理，重点行业领域较大以上生产安全事故得到遏制；",
           "加强应急救援队伍和物资储备建设，提升防汛抗旱和森林防灭火应急处置能力；",
           "推进应急管理宣传教育进企业、进社区、进学校，群众安全意识和自救互救能力明显提高。"],
    rows=rows("""
产出指标|数量指标|安全生产执法检查企业数|≥420家次
产出指标|数量指标|组织综合应急演练|≥12场
产出指标|数量指标|新增应急物资储备品种|≥8类
产出指标|质量指标|重大事故隐患整改率|100%
产出指标|时效指标|灾情信息报送时限|≤1小时
产出指标|成本指标|部门整体支出控制数|≤预算批复金额
效益指标|社会效益指标|较大以上生产安全事故起数|0起
效益指标|可持续影响指标|应急指挥平台运行|稳定运行
满意度指标|服务对象满意度指标|企业和群众满意度|≥90%""", 4),
)

# ================================================================ c3  pdf2docx of a reportlab PDF; two projects, a page each
F["c3"] = dict(
    stem="c3_docx_pdf2docx_twoprojects_feicheng_2025", ext="docx", fmt="docx", conv="pdf2docx", src="rl",
    dept="肥城市水利局", code="638902",
    projects=[
        P("农村供水工程维修养护项目", "638-2501-FCSL-6M2K", ("364.80", "364.80", None),
          "用于农村集中供水工程管网、水源井和净化消毒设施的维修养护",
          [(3, 20), (6, 50), (9, 80), (12, 100)],
          ["完成农村供水工程年度维修养护任务", "农村自来水普及率和水质达标率保持稳定", "农村群众满意"], """
产出指标|数量指标|维修养护供水管网|年度维修养护的农村供水管网长度|≥96公里|工作计划
产出指标|数量指标|维修养护水源井|年度维修养护的农村供水水源井数量|48眼|工作计划
产出指标|质量指标|农村供水水质达标率|农村集中供水工程水质检测达标的比例|≥95%|行业标准
产出指标|时效指标|故障报修处理时限|供水管网故障报修后修复的时间|≤48小时|工作计划
产出指标|成本指标|管网维修养护单价|每公里供水管网年度维修养护费用|≤2.1万元/公里|历史标准
效益指标|社会效益指标|农村自来水普及率|农村人口使用自来水的比例|≥98%|行业标准
效益指标|可持续影响指标|工程运行管护机制|农村供水工程运行管护机制落实情况|长效运行|工作计划
满意度指标|服务对象满意度指标|农村群众满意度|抽样调查农村供水受益群众的满意程度|≥90%|历史标准"""),
        P("河湖长制工作经费", "638-2502-FCSL-1T9W", ("85.00", "70.00", "15.00"),
          "用于河湖巡查、保洁、问题整改和河湖长制信息化管理",
          Q4, ["落实河湖长巡河制度，及时整改河湖问题", "河湖水质和水环境持续改善"], """
产出指标|数量指标|河湖长巡河次数|各级河湖长年度巡河次数|≥3600次|工作计划
产出指标|数量指标|河湖保洁长度|聘用保洁人员保洁的河道长度|≥215公里|工作计划
产出指标|质量指标|河湖问题整改销号率|巡查发现河湖问题整改销号的比例|100%|工作计划
产出指标|时效指标|问题整改时限|一般河湖问题交办后整改完成时间|≤15个工作日|工作计划
效益指标|生态效益指标|重点河湖水质达标率|重点河湖断面水质达到功能区标准的比例|≥90%|行业标准
效益指标|社会效益指标|河湖“清四乱”问题|河湖乱占乱采乱堆乱建新增问题|较上年下降|历史标准
满意度指标|服务对象满意度指标|沿河群众满意度|抽样调查沿河群众的满意程度|≥90%|历史标准"""),
    ],
)

# ================================================================ c4  LibreOffice writer_pdf_import of a reportlab PDF; text frames, no tables
F["c4"] = dict(
    stem="c4_docx_lopdfimport_frames_xiaoyi_2025", ext="docx", fmt="docx", conv="lo_import", src="lo",
    dept="孝义市交通运输局", code="641736",
    projects=[
        P("农村公路养护工程", "641-2501-XYJT-8B5D", ("728.60", "728.60", "0.00"),
          "用于县乡道和村道路面修补、安全防护设施完善和桥梁检测",
          [(3, 15), (6, 45), (9, 75), (12, 100)],
          ["完成农村公路年度养护任务，优良中等路率稳步提高", "完善农村公路安全防护设施", "沿线群众出行满意"], """
产出指标|数量指标|养护农村公路里程|年度列养的农村公路里程|≥612公里|工作计划
产出指标|数量指标|完善安全防护设施|新增和修复波形护栏长度|≥18.5公里|工作计划
产出指标|数量指标|农村公路桥梁定期检测|年度定期检测的农村公路桥梁数量|37座|工作计划
产出指标|质量指标|优良中等路率|农村公路技术状况评定优良中等路的比例|≥85%|行业标准
产出指标|成本指标|路面修补单价|每平方米沥青路面修补费用|≤96元/平方米|历史标准
效益指标|社会效益指标|农村公路交通事故起数|养护路段因路况原因发生的交通事故|0起|历史标准
效益指标|可持续影响指标|农村公路路长制|县乡村三级路长制落实情况|全面落实|工作计划
满意度指标|服务对象满意度指标|沿线群众满意度|抽样调查沿线群众的满意程度|≥90%|历史标准"""),
    ],
)

# ================================================================ c5  camelot lattice → .xlsx; two projects, one sheet per table
F["c5"] = dict(
    stem="c5_xlsx_camelot_lattice_sheetpertable_yuanping_2025", ext="xlsx", fmt="xlsx", conv="camelot", src="rl",
    dept="原平市文化和旅游局", code="652048",
    projects=[
        P("公共文化服务体系建设项目", "652-2501-YPWL-5E7R", ("246.00", "216.00", "30.00"),
          "用于乡镇综合文化站和村级综合性文化服务中心设备购置、送戏下乡和公益电影放映",
          [(3, 20), (6, 50), (9, 80), (12, 100)],
          ["为乡镇综合文化站和村级文化服务中心配置设备", "开展送戏下乡和公益电影放映活动", "基层群众满意"], """
产出指标|数量指标|送戏下乡演出场次|全年组织送戏下乡演出场次|≥260场|工作计划
产出指标|数量指标|公益电影放映场次|全年农村公益电影放映场次|≥5760场|工作计划
产出指标|数量指标|配置设备的村级文化中心|年度配置文化设备的村级综合性文化服务中心|42个|工作计划
产出指标|质量指标|设备验收合格率|购置设备验收合格的比例|100%|行业标准
产出指标|成本指标|送戏下乡场均补助|每场送戏下乡演出补助标准|≤0.6万元/场|历史标准
效益指标|社会效益指标|基层群众参与人次|参加送戏下乡和电影放映的群众人次|≥38万人次|历史标准
满意度指标|服务对象满意度指标|基层群众满意度|抽样调查基层群众的满意程度|≥90%|历史标准"""),
        P("文物安全防护工程", "652-2502-YPWL-2N4C", ("132.50", "132.50", None),
          "用于县级以上文物保护单位安防、消防和防雷设施建设",
          Q4, ["完成文物保护单位安防消防设施建设", "文物安全事故零发生"], """
产出指标|数量指标|安防消防设施建设点位|完成安防消防设施建设的文物保护单位|9处|工作计划
产出指标|质量指标|工程验收合格率|安防消防工程验收合格的比例|100%|行业标准
产出指标|时效指标|工程完工时间|安防消防工程完工的时间|Q:2025年10月底前|工作计划
效益指标|社会效益指标|文物安全事故|文物保护单位发生的安全事故起数|0起|历史标准
效益指标|可持续影响指标|文物安全巡查制度|文物安全日常巡查制度落实情况|有效运行|工作计划
满意度指标|服务对象满意度指标|文物管理使用单位满意度|抽样调查文物管理使用单位的满意程度|≥90%|历史标准"""),
    ],
)

# ================================================================ c6  camelot lattice → .xlsx; one project of 10 rows over TWO pages
F["c6"] = dict(
    stem="c6_xlsx_camelot_pagesplit_jiexiu_2025", ext="xlsx", fmt="xlsx", conv="camelot", src="rl",
    dept="介休市卫生健康和体育局", code="669371", style=(10.5, 14, 18),
    projects=[
        P("基本公共卫生服务项目", "669-2501-JXWL-9P3F", ("1052.30", "986.30", "66.00"),
          "用于城乡居民健康档案管理、慢性病患者健康管理和老年人健康体检等基本公共卫生服务",
          [(3, 25), (6, 50), (9, 75), (12, 100)],
          ["为城乡居民免费提供国家基本公共卫生服务", "重点人群健康管理率稳步提高", "城乡居民满意"], """
产出指标|数量指标|老年人健康体检人数|65岁及以上老年人年度健康体检人数|≥3.1万人|工作计划
产出指标|数量指标|高血压患者规范管理人数|纳入规范管理的高血压患者人数|≥2.4万人|工作计划
产出指标|质量指标|居民电子健康档案建档率|常住居民建立电子健康档案的比例|≥90%|行业标准
产出指标|质量指标|2型糖尿病患者规范管理率|按照规范要求管理的糖尿病患者比例|≥70%|行业标准
产出指标|时效指标|补助资金拨付时间|基本公共卫生服务补助资金拨付到位时间|Q:每季度首月底前|工作计划
产出指标|成本指标|人均基本公共卫生服务经费|常住人口人均补助标准|=94元/人|行业标准
效益指标|社会效益指标|居民健康素养水平|城乡居民具备基本健康素养的比例|≥30%|历史标准
效益指标|社会效益指标|适龄儿童免疫规划疫苗接种率|适龄儿童免疫规划疫苗接种的比例|≥95%|行业标准
效益指标|可持续影响指标|家庭医生签约服务|家庭医生签约服务机制运行情况|持续完善|工作计划
满意度指标|服务对象满意度指标|城乡居民满意度|抽样调查城乡居民的满意程度|≥90%|历史标准"""),
    ],
)

CONTENT = {
    "c1": "Word file made by pdf2docx 0.5 from a reportlab PDF (2 pages; the indicator table crosses the page break)",
    "c2": "Word file made by pdf2docx 0.5 from the PDF LibreOffice printed of a .docx (部门整体支出绩效目标表)",
    "c3": "Word file made by pdf2docx 0.5 from a reportlab PDF (2 pages, a form per page)",
    "c4": "Word file made by LibreOffice 7.4 PDF import (writer_pdf_import) from a reportlab PDF: positioned text frames, no tables",
    "c5": "Excel file made by camelot (lattice) from a reportlab PDF: one sheet per detected table",
    "c6": "Excel file made by camelot (lattice) from a reportlab PDF (2 pages): one sheet per detected table",
}
# camelot exports TABLES only: the title, the `N、…绩效目标表` line and the `NNNNNN 部门 … 单位：万元` line are not in the
# .xlsx, so the gold has them null (document title / department / code, project title / department / code, unit)
TABLES_ONLY = {"c5", "c6"}
PAGES = {"c1": None, "c2": None, "c3": None, "c4": None, "c5": None, "c6": None}


def indicators(r6, dept_form=False):
    out = []
    for c in r6:
        if dept_form:
            out.append(I(c[0], c[1], c[2], c[3]))
        else:
            out.append(I(c[0], c[1], c[2], c[4], desc=c[3], basis=c[5]))
    return out


def amt(s):
    return None if s is None else float(s)


def build():
    for key, f in F.items():
        ct = f.get("conv_text", {})
        cv = lambda s: ct.get(s, s)  # noqa: E731
        doc = {"title": cv(f.get("title", TITLE)), "department": f["dept"], "department_code": f["code"], "year": 2025,
               "status": None, "compiled_by": None, "reviewed_by": None}
        projs = []
        if "projects" in f:
            for i, p in enumerate(f["projects"], 1):
                t, fi, o = p["amt"]
                projs.append(Proj(i, p["name"], indicators(p["rows"]), title=p["name"] + "绩效目标表", code=p["code"],
                                  department=f["dept"], department_code=f["code"], total=amt(t), fiscal=amt(fi),
                                  other=amt(o), purpose=p["purpose"], plan=p["plan"], goals=p["goals"],
                                  scope="project"))
        else:
            t, fi, o = f["amt"]
            r4 = [c[:3] + [cv(c[3])] for c in f["rows"]]
            projs.append(Proj(1, None, indicators(r4, True), title=cv(f["title"]), code=None, department=f["dept"],
                              department_code=f["code"], total=amt(t), fiscal=amt(fi), other=amt(o), purpose=None,
                              plan=(), goals=f["goals"], scope="department"))
        if key in TABLES_ONLY:
            doc.update(title=None, department=None, department_code=None, year=None)
            for p in projs:
                p.update(title=None, department=None, department_code=None, unit=None)
        G[f["stem"]] = {
            "source": {"path": f["stem"] + "." + f["ext"], "sha256": None, "format": f["fmt"], "pages": PAGES[key],
                       "content": CONTENT[key]},
            "document": doc, "toc": [], "overall_goals": [], "sub_goals": [], "safeguards": [],
            "projects": projs, "issues": []}
    return G


build()
