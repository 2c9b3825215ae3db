"""Blind set heldout22a: the facts of each draft, typed by hand, and the gold record built from them.
Each F dict holds what the page PRINTS (make.py renders from it); G[stem] is the gold record (source filled by make.py).
Indicator blocks are typed one printed row a line, cells apart by `|`; `Q:` marks a qualitative value holding digits.
Every draft is a web page as a modern portal or viewer serves it. Nothing here comes from jixiao."""
from kit import I, S, Proj, clean, num

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


def rec(title, dept, code, year, projects):
    d = {"title": title, "department": dept, "department_code": code, "year": year,
         "status": None, "compiled_by": None, "reviewed_by": None}
    return {"source": None, "document": d, "toc": [], "overall_goals": [], "sub_goals": [], "safeguards": [],
            "projects": projects, "issues": []}


def plain(block):
    return [I(*c) for c in cells(block, 4)]


def proj(f, seq, p, inds, **kw):
    return Proj(seq, p["name"], inds, title=f["ptitle"], code=p.get("code"), department=f["dept"],
                department_code=f["code"], total=p["amt"][0], fiscal=p["amt"][1], other=p["amt"][2],
                goals=p["goals"], scope="project", implementing_unit=p.get("impl"), **kw)


# ====================================================================== e1 .html: Shandong Weihai Huancui, CSS-grid CMS form
F1 = dict(
    stem="e1_html_cssgrid_divcells_huancui_2025", dept="威海市环翠区交通运输局", code="372014", year=2025,
    title="2025年度项目支出绩效目标表", ptitle="2025年度项目支出绩效目标表",
    h1="威海市环翠区交通运输局2025年度项目支出绩效目标公开",
    projects=[
        dict(name="农村公路养护工程", code="372014-25-JY-0007", impl="威海市环翠区公路事业发展中心",
             amt=(1286.50, 1200.00, 86.50),
             goals=["完成农村公路日常养护里程326公里，实施预防性养护18公里；",
                    "优良中等路率保持在85%以上，保障农村群众安全便捷出行。"],
             rows="""
产出指标|数量指标|农村公路日常养护里程|326公里
产出指标|数量指标|预防性养护里程|≥18公里
产出指标|数量指标|危桥改造座数|3座
产出指标|质量指标|优良中等路率|≥85%
产出指标|质量指标|养护工程验收合格率|100%
产出指标|时效指标|预防性养护完工时间|Q:2025年10月31日前
成本指标|经济成本指标|预防性养护单位成本|≤32万元/公里
效益指标|社会效益指标|农村群众出行条件|明显改善
满意度指标|服务对象满意度指标|沿线群众满意度|≥90%
"""),
        dict(name="城乡公交运营补贴", code="372014-25-JY-0012", impl="威海市环翠区交通运输局",
             amt=(640.00, 640.00, 0.00),
             goals=["保障城乡公交线路42条正常运营，全年运营里程不低于860万公里；",
                    "落实老年人、残疾人等群体免费乘车政策。"],
             rows="""
产出指标|数量指标|城乡公交运营线路|42条
产出指标|数量指标|年运营里程|不低于860万公里
产出指标|质量指标|公交车辆准点率|≥92%
产出指标|时效指标|补贴资金拨付时间|Q:每季度结束后30日内
成本指标|经济成本指标|每公里运营补贴标准|≤0.75元/公里
效益指标|经济效益指标|群众出行成本|有效降低
效益指标|社会效益指标|城乡公交行政村通达率|100%
效益指标|可持续影响指标|城乡公交长效运营机制|逐步健全
满意度指标|服务对象满意度指标|乘客满意度|≥90%
"""),
    ])
F["e1"] = F1
G[F1["stem"]] = rec(F1["title"], F1["dept"], F1["code"], F1["year"],
                    [proj(F1, k, p, plain(p["rows"])) for k, p in enumerate(F1["projects"], 1)])

# ====================================================================== e2 .html: Yunnan Lijiang Guchengqu, form inside <iframe srcdoc>
F2 = dict(
    stem="e2_html_iframe_srcdoc_deptoverall_gucheng_2025", dept="丽江市古城区文化和旅游局", code="715006", year=2025,
    h1="丽江市古城区文化和旅游局2025年部门整体支出绩效目标", title="2025年部门整体支出绩效目标",
    ptitle="部门整体支出绩效目标表", amt=(2134.80, 2058.80, 76.00),
    goals=["加强世界文化遗产保护，完成古城重点院落保护修缮12处；",
           "丰富公共文化服务供给，组织群众性文化活动不少于150场次；",
           "规范文化和旅游市场秩序，旅游投诉按时办结；",
           "保障机关正常运转和各项重点工作顺利开展。"],
    rows="""
产出指标|数量指标|重点院落保护修缮|12处
产出指标|数量指标|群众性文化活动场次|不少于150场次
产出指标|数量指标|文化和旅游市场执法检查|≥1800家次
产出指标|数量指标|非遗传承人培训人次|≥260人次
产出指标|质量指标|保护修缮工程验收合格率|100%
产出指标|质量指标|公共文化场馆免费开放率|100%
产出指标|时效指标|旅游投诉办结时限|≤5个工作日
产出指标|时效指标|修缮工程完工时间|Q:2025年11月30日前
成本指标|经济成本指标|院落保护修缮平均成本|≤38万元/处
成本指标|经济成本指标|部门公用经费|≤年初预算数
效益指标|经济效益指标|接待游客人次增长率|≥5%
效益指标|社会效益指标|公共文化服务水平|持续提升
效益指标|社会效益指标|重大旅游安全事故|0起
效益指标|可持续影响指标|世界文化遗产保护管理机制|长效运行
满意度指标|服务对象满意度指标|游客满意度|≥90%
满意度指标|服务对象满意度指标|群众文化活动参与者满意度|≥92%
""")
F["e2"] = F2
G[F2["stem"]] = rec(F2["title"], F2["dept"], F2["code"], F2["year"], [
    Proj(1, None, plain(F2["rows"]), title=F2["ptitle"], department=F2["dept"], department_code=F2["code"],
         total=F2["amt"][0], fiscal=F2["amt"][1], other=F2["amt"][2], goals=F2["goals"], scope="department")])

# ====================================================================== e3 .html: Jilin Baishan Hunjiang, pdf.js viewer text layer
F3 = dict(
    stem="e3_html_pdfjs_textlayer_hunjiang_2025", dept="白山市浑江区卫生健康局", code="220602", year=2025,
    title="2025年项目支出绩效目标表", ptitle="2025年项目支出绩效目标表",
    pdfname="浑江区卫健局2025年项目支出绩效目标表.pdf",
    projects=[
        dict(name="基本公共卫生服务项目", code="220602250001", impl="白山市浑江区疾病预防控制中心",
             amt=(968.40, 920.00, 48.40),
             goals=["为辖区常住居民免费提供12类基本公共卫生服务项目；",
                    "65岁及以上老年人健康管理率达到70%以上，高血压、糖尿病患者规范管理率达到65%以上。"],
             rows="""
产出指标|数量指标|居民电子健康档案建档人数|≥11.2万人
产出指标|数量指标|65岁及以上老年人健康管理人数|≥1.36万人
产出指标|数量指标|适龄儿童国家免疫规划疫苗接种剂次|≥2.4万剂次
产出指标|质量指标|高血压患者规范管理率|≥65%
产出指标|质量指标|2型糖尿病患者规范管理率|≥65%
产出指标|时效指标|补助资金拨付时间|Q:2025年12月20日前
成本指标|经济成本指标|人均基本公共卫生服务补助标准|94元/人
效益指标|社会效益指标|居民健康素养水平|≥28%
效益指标|可持续影响指标|基本公共卫生服务均等化水平|稳步提高
满意度指标|服务对象满意度指标|城乡居民满意度|≥85%
"""),
        dict(name="村卫生室运行补助", code="220602250004", impl="白山市浑江区卫生健康局",
             amt=(126.00, 126.00, 0.00),
             goals=["保障辖区42个村卫生室正常运行，乡村医生补助按时足额发放。"],
             rows="""
产出指标|数量指标|补助村卫生室数量|42个
产出指标|数量指标|补助乡村医生人数|≥58人
产出指标|质量指标|村卫生室标准化建设达标率|≥95%
产出指标|时效指标|乡村医生补助发放及时率|100%
成本指标|经济成本指标|每个村卫生室运行补助|3万元
效益指标|社会效益指标|村民就近就医便利程度|明显提升
效益指标|可持续影响指标|乡村医疗服务网络|持续健全
满意度指标|服务对象满意度指标|乡村医生满意度|≥90%
"""),
    ])
F["e3"] = F3
G[F3["stem"]] = rec(F3["title"], F3["dept"], F3["code"], F3["year"],
                    [proj(F3, k, p, plain(p["rows"])) for k, p in enumerate(F3["projects"], 1)])

# ====================================================================== e4 .mhtml: Inner Mongolia Bayannur Linhe, approval form in a FRAME part
F4 = dict(
    stem="e4_mhtml_blink_framepart_approval_linhe_2025", dept="巴彦淖尔市临河区农牧局", code="150802", year=2025,
    title="2025年度项目支出绩效目标批复表", ptitle="2025年度项目支出绩效目标批复表",
    h1="关于批复临河区农牧局2025年度项目支出绩效目标的通知",
    name="高标准农田建设项目", pcode="150802-25-NM-0103", impl="巴彦淖尔市临河区农田建设服务中心",
    period="2025年-2026年", mid_amt=(5600.00, 5200.00, 400.00), amt=(3120.00, 2880.00, 240.00),
    goals_mid=["新建高标准农田3.2万亩，配套建设灌排渠系和田间道路；",
               "项目区粮食综合生产能力每亩提高100公斤以上。"],
    goals=["完成高标准农田建设1.8万亩；", "完成年度投资3120万元。"],
    # 一级 | 二级 | 三级 | 实施期指标值 | 年度指标值
    rows="""
产出指标|数量指标|新建高标准农田面积|3.2万亩|≥1.8万亩
产出指标|数量指标|新建改造灌排渠道长度|≥96公里|≥54公里
产出指标|质量指标|工程验收合格率|100%|100%
产出指标|时效指标|项目完工时间|Q:2026年10月31日前|Q:2025年11月30日前
成本指标|经济成本指标|亩均建设成本|≤1750元/亩|≤1750元/亩
效益指标|经济效益指标|项目区亩均粮食产能提高|≥100公斤|≥60公斤
效益指标|生态效益指标|农田灌溉水有效利用系数|≥0.6|≥0.58
效益指标|可持续影响指标|工程设施使用年限|≥15年|≥15年
满意度指标|服务对象满意度指标|项目区农户满意度|≥90%|≥90%
""")
F["e4"] = F4
_r4 = cells(F4["rows"], 5)
_i4 = [I(a, b, c, m, period="mid_term") for a, b, c, m, y in _r4] + [I(a, b, c, y, period="year") for a, b, c, m, y in _r4]
G[F4["stem"]] = rec(F4["title"], F4["dept"], F4["code"], F4["year"], [
    Proj(1, F4["name"], _i4, title=F4["ptitle"], code=F4["pcode"], department=F4["dept"], department_code=F4["code"],
         total=F4["amt"][0], fiscal=F4["amt"][1], other=F4["amt"][2], goals=F4["goals"], scope="project",
         implementing_unit=F4["impl"], goals_mid_term=F4["goals_mid"],
         extra={"实施周期": F4["period"], "实施期资金总额": "%.2f" % F4["mid_amt"][0],
                "实施期财政拨款": "%.2f" % F4["mid_amt"][1], "实施期其他资金": "%.2f" % F4["mid_amt"][2]})])

# ====================================================================== e5 .html: Guangxi Beihai Yinhai, WeChat public-account article
F5 = dict(
    stem="e5_html_wechat_article_basis_yinhai_2025", dept="北海市银海区教育局", code="450503", year=2025,
    title="2025年项目支出绩效目标表", ptitle="2025年项目支出绩效目标表", account="银海教育",
    h1="信息公开｜银海区教育局2025年项目支出绩效目标",
    projects=[
        dict(name="学前教育发展资金", impl="北海市银海区教育局", amt=(452.60, 430.00, 22.60),
             goals=["落实学前教育幼儿资助政策，资助家庭经济困难幼儿不少于600人次；",
                    "支持普惠性民办幼儿园提升办园质量，普惠性幼儿园覆盖率达到90%以上。"],
             rows="""
产出指标|数量指标|资助家庭经济困难幼儿人次|≥600人次|历史标准
产出指标|数量指标|补助普惠性民办幼儿园数量|14所|计划标准
产出指标|质量指标|资助对象认定准确率|100%|行业标准
产出指标|时效指标|资助资金发放时间|Q:每学期结束前|计划标准
成本指标|经济成本指标|幼儿资助标准|1000元/生·年|行业标准
效益指标|社会效益指标|普惠性幼儿园覆盖率|≥90%|计划标准
效益指标|可持续影响指标|学前教育公共服务体系|逐步完善|其他标准
满意度指标|服务对象满意度指标|受助幼儿家长满意度|≥95%|历史标准
"""),
        dict(name="中小学校舍维修改造", impl="北海市银海区教育局", amt=(780.00, 780.00, 0.00),
             goals=["完成9所中小学校舍维修改造，改造面积1.6万平方米；",
                    "消除校舍安全隐患，改善师生教学生活条件。"],
             rows="""
产出指标|数量指标|维修改造学校数量|9所|计划标准
产出指标|数量指标|维修改造面积|≥1.6万平方米|计划标准
产出指标|质量指标|工程验收合格率|100%|行业标准
产出指标|时效指标|工程完工时间|Q:2025年8月25日前|计划标准
成本指标|经济成本指标|校舍维修改造平均成本|≤487.5元/平方米|行业标准
效益指标|社会效益指标|校舍安全隐患|0处|行业标准
效益指标|社会效益指标|师生教学生活条件|明显改善|其他标准
满意度指标|服务对象满意度指标|师生满意度|≥90%|历史标准
"""),
    ])
F["e5"] = F5
G[F5["stem"]] = rec(F5["title"], F5["dept"], F5["code"], F5["year"], [
    proj(F5, k, p, [I(a, b, c, v, basis=bs) for a, b, c, v, bs in cells(p["rows"], 5)])
    for k, p in enumerate(F5["projects"], 1)])

# ====================================================================== e6 .htm: Liaoning Fuxin Xihe, Excel "save as web page" of a 一体化 export
F6 = dict(
    stem="e6_htm_excelweb_yitihua_xihe_2025", dept="阜新市细河区住房和城乡建设局", code="210911", year=2025,
    title="2025年部门预算项目绩效目标表", sheet="项目绩效目标",
    unitcell="[210911]阜新市细河区住房和城乡建设局",
    projects=[
        dict(name="老旧小区改造配套设施建设", amt=2860.00,
             goal="完成12个老旧小区配套设施改造，惠及居民2,860户，改善小区基础设施和居住环境。",
             # 一级 | 二级 | 三级 | 指标性质 | 指标值 | 度量单位 | 权重 | 指标方向性
             rows="""
产出指标|数量指标|改造老旧小区数量|＝|12|个|15|正向
产出指标|数量指标|惠及居民户数|≥|2,860|户|15|正向
产出指标|质量指标|改造工程验收合格率|＝|100|%|10|正向
产出指标|时效指标|改造工程完工时间|定性|2025年10月底前||10|正向
成本指标|经济成本指标|户均改造成本|≤|1.0|万元/户|10|反向
效益指标|社会效益指标|小区居住环境|定性|明显改善||15|正向
效益指标|可持续影响指标|改造后小区长效管理机制|定性|逐步建立||10|正向
满意度指标|服务对象满意度指标|小区居民满意度|≥|90|%|15|正向
"""),
        dict(name="城市排水管网清淤维护", amt=386.50,
             goal="完成城区排水管网清淤维护85公里，保障汛期排水畅通。",
             rows="""
产出指标|数量指标|排水管网清淤长度|≥|85|公里|20|正向
产出指标|质量指标|管网清淤达标率|≥|95|%|15|正向
产出指标|时效指标|汛前清淤完成时间|定性|2025年5月31日前||10|正向
成本指标|经济成本指标|每公里清淤成本|≤|4,500|元/公里|15|反向
效益指标|社会效益指标|城区主要道路积水点|≤|3|处|15|反向
效益指标|生态效益指标|污水溢流现象|定性|明显减少||10|正向
满意度指标|服务对象满意度指标|周边居民满意度|≥|90|%|15|正向
"""),
    ])
F["e6"] = F6
G[F6["stem"]] = rec(F6["title"], F6["dept"], F6["code"], F6["year"], [
    Proj(k, p["name"], [S(a, b, c, s, v, u, num(float(w)), d) for a, b, c, s, v, u, w, d in cells(p["rows"], 8)],
         title=None, department=F6["dept"], department_code=F6["code"], total=p["amt"], goals=[p["goal"]],
         scope="project")
    for k, p in enumerate(F6["projects"], 1)])
for _p in G[F6["stem"]]["projects"]:
    for _x in _p["indicators"]:
        _x["printed_unit"] = _x["printed_unit"] or None  # an empty 度量单位 cell (`&nbsp;`) prints no unit
