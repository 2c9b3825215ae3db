"""Blind set heldout32b: INDICATOR TABLES WHOSE LEVELS ARE NOT COLUMNS. F[key] holds what each form PRINTS
(make.py renders from it, laying the levels out the way the draft's layout does); G[stem] is the gold record
(source.sha256 filled by make.py). Indicator rows are typed one printed row a line, cells apart by `|`:
一级|二级|三级|绩效指标描述|指标值|指标值确定依据 (an empty cell = not printed). Level names are typed WITHOUT the
numbering the layout adds (`一、`, `（一）`, `1.1`, `1.1.1`), which make.py adds; b5 prints no 一级 at all, so its
gold `level1` is null and `level1_std` follows from the 二级 (framework). `Q:` marks a qualitative value holding
digits. Goals are typed as the ITEMS (make.py prints `1、2、3、`). Amounts as printed (`%.2f`; None = empty cell).
Nothing here comes from jixiao."""
from kit import I, Proj, clean, L2  # noqa: F401

G, F = {}, {}
FRAME = {"数量指标": "产出指标", "质量指标": "产出指标", "时效指标": "产出指标", "经济成本指标": "成本指标",
         "社会成本指标": "成本指标", "经济效益指标": "效益指标", "社会效益指标": "效益指标", "生态效益指标": "效益指标",
         "可持续影响指标": "效益指标", "服务对象满意度指标": "满意度指标"}


def rows(block):
    out = []
    for line in block.strip().splitlines():
        c = [x.strip() for x in line.split("|")]
        assert len(c) == 6, line
        out.append(c)
    return out


def P(name, code, amt, purpose, goals, block):
    return dict(name=name, code=code, amt=amt, purpose=purpose, goals=goals, rows=rows(block))


# ======================================================= b1 docx: 一级 and 二级 as BANNER ROWS spanning the table
F["b1"] = dict(
    stem="b1_docx_bannerrows_beilin_2025", ext="docx", fmt="docx", dept="绥化市北林区农业农村局", code="734106",
    projects=[
        P("黑土地保护利用项目", "734-2501-BLN-6R3W", ("1,348.00", "1,200.00", "148.00"),
          "用于秸秆深翻还田作业补助、有机肥施用补贴和耕地质量监测",
          ["实施黑土地保护利用面积8.5万亩，推广秸秆深翻还田", "耕地有机质含量稳步提升",
           "建立耕地质量长期监测机制"], """
产出指标|数量指标|黑土地保护利用面积|年度实施保护利用的耕地面积|≥8.5万亩|工作计划
产出指标|数量指标|耕地质量监测点|新设耕地质量长期监测点数量|24个|工作计划
产出指标|质量指标|作业质量抽查合格率|深翻还田作业质量抽查合格的比例|≥95%|行业标准
产出指标|时效指标|补助资金兑付时间|作业补助兑付到户的时间|Q:2025年11月底前|工作计划
成本指标|经济成本指标|亩均作业补助标准|每亩深翻还田作业的补助金额|≤45元/亩|行业标准
效益指标|生态效益指标|耕地有机质含量|项目区耕地土壤有机质含量变化|稳步提升|历史标准
效益指标|可持续影响指标|耕地质量监测机制|监测数据长期采集和发布情况|长效运行|工作计划
满意度指标|服务对象满意度指标|种植户满意度|抽样调查项目区种植户的满意程度|≥90%|历史标准"""),
        P("秸秆综合利用项目", "734-2502-BLN-2H8P", ("426.30", "426.30", None),
          "用于秸秆收储点建设补助和秸秆离田利用作业补贴",
          ["新建秸秆收储点，提升秸秆离田收储能力", "秸秆综合利用率达到95%以上", "露天焚烧火点明显减少"], """
产出指标|数量指标|新建秸秆收储点|年度新建并投入使用的收储点数量|≥6个|工作计划
产出指标|数量指标|秸秆离田利用量|年度秸秆离田利用数量|≥12万吨|工作计划
产出指标|质量指标|秸秆综合利用率|秸秆综合利用量占可收集量的比例|≥95%|行业标准
成本指标|经济成本指标|吨均离田补贴标准|每吨秸秆离田作业的补贴金额|≤30元/吨|行业标准
效益指标|生态效益指标|露天焚烧火点|卫星监测的秸秆露天焚烧火点数|0个|工作计划
效益指标|经济效益指标|农户增收|参与秸秆离田作业农户的增收金额|≥260元/户|历史标准
满意度指标|服务对象满意度指标|农户满意度|抽样调查参与农户的满意程度|≥92%|历史标准"""),
    ])

# ======================================================= b2 xlsx: NUMBERED levels, 1 / 1.1 / 1.1.1, merged ranges
F["b2"] = dict(
    stem="b2_xlsx_outlinenumbers_qindu_2025", ext="xlsx", fmt="xlsx", dept="咸阳市秦都区住房和城乡建设局",
    code="862307",
    projects=[
        P("城镇老旧小区改造项目", "862-2501-QDQ-8N4F", ("2,615.80", "2,360.00", "255.80"),
          "用于老旧小区管网改造、外墙保温、加装电梯补助和配套设施建设",
          ["完成23个城镇老旧小区改造，惠及居民3860户", "改造工程质量合格，按期完工",
           "改善居民居住条件，提升小区管理水平"], """
产出指标|数量指标|改造老旧小区数量||23个|工作计划
产出指标|数量指标|惠及居民户数||≥3860户|工作计划
产出指标|数量指标|加装电梯数量||≥18部|工作计划
产出指标|质量指标|工程竣工验收合格率||100%|行业标准
产出指标|时效指标|改造工程完工时间||Q:2025年10月底前|工作计划
成本指标|经济成本指标|项目总成本||≤预算批复金额|预算批复
效益指标|社会效益指标|居民居住条件||明显改善|工作计划
效益指标|社会效益指标|小区物业服务覆盖率||≥85%|工作计划
效益指标|可持续影响指标|改造小区长效管理机制||逐步健全|工作计划
满意度指标|服务对象满意度指标|小区居民满意度||≥90%|历史标准"""),
    ])

# ======================================================= b3 reportlab pdf: PATH in ONE 指标类别 cell
F["b3"] = dict(
    stem="b3_pdf_rl_pathcell_yimei_2025", ext="pdf", fmt="pdf", dept="伊春市伊美区林业和草原局", code="737208",
    projects=[
        P("森林草原防灭火项目", "737-2501-YMQ-3T7K", ("512.60", "512.60", None),
          "用于防火检查站运行、扑火物资储备、专业扑火队伍训练和瞭望监测",
          ["全区森林火灾受害率控制在0.9‰以内", "完成扑火物资储备和专业队伍训练", "春秋两季防火期内火情早发现、早处置"], """
产出指标|数量指标|防火检查站运行数量||14个|工作计划
产出指标|数量指标|专业扑火队员培训||≥320人次|工作计划
产出指标|质量指标|森林火灾受害率||≤0.9‰|行业标准
产出指标|时效指标|火情报告时间||≤30分钟|行业标准
成本指标|经济成本指标|检查站运行补助||≤4.2万元/个|历史标准
效益指标|生态效益指标|森林覆盖率||≥84.5%|历史标准
效益指标|社会效益指标|重特大森林火灾||0起|工作计划
满意度指标|服务对象满意度指标|林区群众满意度||≥90%|历史标准"""),
        P("林下经济扶持项目", "737-2502-YMQ-5D9J", ("286.00", "240.00", "46.00"),
          "用于蓝莓、黑木耳等林下种植基地建设补助和技术培训",
          ["扶持林下种植基地发展，带动林区职工增收", "开展林下经济技术培训", "林下经济产值稳步增长"], """
产出指标|数量指标|扶持林下种植基地||≥12个|工作计划
产出指标|数量指标|蓝莓种植面积||≥1600亩|工作计划
产出指标|数量指标|技术培训人次||≥450人次|工作计划
产出指标|时效指标|补助资金拨付时间||Q:2025年9月底前|工作计划
成本指标|经济成本指标|亩均种植补助||≤600元/亩|行业标准
效益指标|经济效益指标|林下经济产值||≥1.35亿元|历史标准
效益指标|社会效益指标|带动林区职工就业||≥380人|工作计划
满意度指标|服务对象满意度指标|经营主体满意度||≥90%|历史标准"""),
    ])

# ======================================================= b4 LibreOffice pdf from docx: TREE by paragraph INDENT
F["b4"] = dict(
    stem="b4_pdf_lo_indenttree_weibin_2025", ext="pdf", fmt="pdf", dept="宝鸡市渭滨区教育局", code="861204",
    projects=[
        P("义务教育学校校舍维修改造项目", "861-2501-WBQ-9C2M", ("738.50", "738.50", "0.00"),
          "用于中小学校舍屋面防水、门窗更换、供暖管网和厕所改造",
          ["完成16所中小学校舍维修改造", "消除校舍安全隐患，工程质量合格", "改善师生教学生活条件"], """
产出指标|数量指标|维修改造学校数量|年度完成维修改造的中小学数量|16所|工作计划
产出指标|数量指标|维修改造面积|年度完成维修改造的校舍面积|≥2.4万平方米|工作计划
产出指标|质量指标|工程验收合格率|完工工程经验收合格的比例|100%|行业标准
产出指标|时效指标|暑期施工完成时间|利用暑期完成主体施工的时间|Q:2025年8月25日前|工作计划
成本指标|经济成本指标|单位面积维修成本|每平方米校舍的维修改造费用|≤300元/平方米|行业标准
效益指标|社会效益指标|校舍安全隐患消除率|已排查隐患完成整改的比例|100%|工作计划
效益指标|社会效益指标|受益学生人数|维修改造学校在校学生人数|≥1.1万人|工作计划
效益指标|可持续影响指标|校舍日常维护机制|学校校舍日常维护制度落实情况|长效运行|工作计划
满意度指标|服务对象满意度指标|师生满意度|抽样调查师生的满意程度|≥90%|历史标准
满意度指标|服务对象满意度指标|家长满意度|抽样调查学生家长的满意程度|≥88%|历史标准"""),
    ])

# ======================================================= b5 html portal page: 一级 OMITTED (二级 | 三级 | 指标值 | 依据)
F["b5"] = dict(
    stem="b5_html_portal_nolevel1_yuyang_2025", ext="html", fmt="html", dept="榆林市榆阳区卫生健康局", code="863409",
    projects=[
        P("基本公共卫生服务项目", "863-2501-YYQ-4V6B", ("1,064.20", "1,064.20", None),
          "用于居民健康档案管理、慢性病患者健康管理和老年人健康体检等服务补助",
          ["为辖区常住居民提供国家基本公共卫生服务", "重点人群健康管理率稳步提高", "居民健康素养水平持续提升"], """
|数量指标|老年人健康体检人数||≥4.6万人|工作计划
|数量指标|高血压患者规范管理人数||≥2.8万人|工作计划
|质量指标|居民电子健康档案建档率||≥90%|行业标准
|时效指标|补助资金拨付时间||Q:每季度末月20日前|工作计划
|经济成本指标|人均补助标准||=94元/人|行业标准
|社会效益指标|居民健康素养水平||≥28%|行业标准
|可持续影响指标|基本公共卫生服务机制||长效运行|工作计划
|服务对象满意度指标|居民满意度||≥85%|历史标准"""),
        P("家庭医生签约服务项目", "863-2502-YYQ-7Q1S", ("318.40", "296.00", "22.40"),
          "用于家庭医生团队签约服务补助和履约考核",
          ["重点人群家庭医生签约率达到75%以上", "签约服务履约质量提升"], """
|数量指标|重点人群签约人数||≥6.2万人|工作计划
|数量指标|家庭医生团队数量||≥96个|工作计划
|质量指标|重点人群签约率||≥75%|行业标准
|时效指标|履约考核完成时间||Q:2025年12月15日前|工作计划
|经济成本指标|团队年均补助||≤3.3万元/个|历史标准
|社会效益指标|签约居民续约率||≥80%|历史标准
|服务对象满意度指标|签约居民满意度||≥90%|历史标准"""),
    ])

# ======================================================= b6 docx landscape: TWO HALVES side by side
F["b6"] = dict(
    stem="b6_docx_twohalves_xiangfang_2025", ext="docx", fmt="docx", dept="哈尔滨市香坊区文化广电和旅游局",
    code="738310",
    projects=[
        P("公共文化服务效能提升项目", "738-2501-XFQ-1G5Y", ("468.90", "430.00", "38.90"),
          "用于基层综合文化服务中心设备购置、群众文化活动和流动文化服务",
          ["配齐基层综合文化服务中心设备，开展群众文化活动", "送戏、送书、送展览下基层", "群众文化获得感明显增强"], """
产出指标|数量指标|群众文化活动场次||≥180场|
产出指标|数量指标|送戏下基层场次||≥60场|
产出指标|数量指标|配置设备的文化服务中心||≥22个|
产出指标|质量指标|设备验收合格率||100%|
产出指标|质量指标|活动安全事故||0起|
产出指标|时效指标|设备购置完成时间||Q:2025年6月底前|
产出指标|成本指标|单场活动平均成本||≤0.8万元/场|
效益指标|社会效益指标|参与活动群众人次||≥9.5万人次|
效益指标|社会效益指标|公共文化设施免费开放率||100%|
效益指标|可持续影响指标|基层文化服务网络||持续完善|
满意度指标|服务对象满意度指标|群众满意度||≥92%|
满意度指标|服务对象满意度指标|基层文化站满意度||≥90%|"""),
    ])

SOURCE = {
    "b1": "Word document (python-docx): 一级 and 二级 printed as banner rows spanning the indicator table",
    "b2": "Excel workbook (openpyxl): levels numbered 1 / 1.1 / 1.1.1 in merged level columns",
    "b3": "PDF (reportlab, STSong-Light, ruled grid): 一级 and 二级 as one path cell 产出指标-数量指标",
    "b4": "PDF exported by LibreOffice from a .docx: one 绩效指标 column, levels told apart by paragraph indents",
    "b5": "HTML portal page: indicator table without a 一级 column (二级 | 三级 | 指标值 | 依据)",
    "b6": "Word document (python-docx, landscape): indicator table in two halves side by side",
}


def amount(a):
    return None if a is None else float(a.replace(",", ""))


def none(x):
    return x if x != "" else None


for key, f in F.items():
    projs = []
    for i, p in enumerate(f["projects"], 1):
        inds = []
        for r in p["rows"]:
            l1 = none(r[0])
            inds.append(I(l1, r[1], r[2], r[4], desc=none(r[3]), basis=none(r[5]),
                          l1std=None if l1 else FRAME[r[1]]))
        t, fi, o = p["amt"]
        projs.append(Proj(i, p["name"], inds, title=p["name"] + "绩效目标表", code=p["code"],
                          department=f["dept"], department_code=f["code"], unit="万元", total=amount(t),
                          fiscal=amount(fi), other=amount(o), purpose=p["purpose"], plan=(),
                          goals=p["goals"], scope="project"))
    G[f["stem"]] = clean({
        "source": {"path": f["stem"] + "." + f["ext"], "sha256": None, "format": f["fmt"],
                   "pages": None, "content": SOURCE[key]},
        "document": {"title": None, "department": f["dept"], "department_code": f["code"], "year": 2025,
                     "status": None, "compiled_by": None, "reviewed_by": None},
        "toc": [], "overall_goals": [], "sub_goals": [], "safeguards": [],
        "projects": projs, "issues": []})

if __name__ == "__main__":
    for k, g in G.items():
        print(k, [len(p["indicators"]) for p in g["projects"]])
