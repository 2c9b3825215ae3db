"""Blind set heldout21a: the facts of each draft, typed by hand, and the gold record built from them.
Each F dict holds what the page PRINTS (make.py renders the image / export from it) plus the OCR slips the text layer
or export carries (`slips`); G[stem] is the gold record (source filled by make.py) and always holds what is PRINTED.
Indicator blocks are typed one printed row a line, cells apart by `|`; `Q:` marks a qualitative value holding digits.
Nothing here comes from jixiao."""
from kit import I, S, Proj, clean, num  # noqa: F401

G, F = {}, {}


def cells(block, n):
    rows = []
    for line in block.strip().splitlines():
        c = [x.strip() for x in line.split("|")]
        assert len(c) == n, line
        rows.append(c)
    return rows


def rec(f, projects):
    d = {"title": f["title"], "department": f["dept"], "department_code": f["code"], "year": f["year"],
         "status": None, "compiled_by": None, "reviewed_by": None}
    return {"source": None, "document": d, "toc": [], "overall_goals": [], "sub_goals": [], "safeguards": [],
            "projects": projects, "issues": []}


def vr(raw):
    return raw[2:] if raw.startswith("Q:") else raw


def items(text, marks):
    """split a goal cell at its printed markers (`1.` / `1、` / `目标1：`), markers removed, closing `；` / `。` kept."""
    pos = []
    for m in marks:
        pos.append(text.index(m, pos[-1] + 1 if pos else 0))
    assert pos[0] == 0, text
    out = [text[a + len(m):b] for a, m, b in zip(pos, marks, pos[1:] + [len(text)])]
    return out


# ====================================================================== f1 searchable PDF, exact text layer per cell
F1 = dict(
    stem="f1_pdf_searchable_exactlayer_wudu_2025", dept="陇南市武都区农业农村局", code="621202", year=2025,
    title="2025年度项目支出绩效目标表",
    projs=[dict(
        name="花椒产业提质增效项目", pcode="WD2025-NY-013", impl="陇南市武都区经济作物技术推广站",
        amt=("386.00", "356.00", "30.00"),
        goal="1.完成花椒低产园改造1.2万亩，推广病虫害绿色防控技术；2.培训椒农3000人次，带动椒农户均增收800元以上。",
        marks=["1.", "2."],
        rows="""
产出指标|数量指标|花椒低产园改造面积|≥1.2万亩
产出指标|数量指标|椒农技术培训人次|≥3000人次
产出指标|质量指标|改造园区验收合格率|≥95%
产出指标|时效指标|改造任务完成时间|Q:2025年10月31日前
成本指标|经济成本指标|低产园改造亩均补助|≤280元/亩
效益指标|经济效益指标|椒农户均增收|≥800元
效益指标|生态效益指标|病虫害绿色防控覆盖率|≥60%
满意度指标|服务对象满意度指标|椒农满意度|≥90%
"""),
        dict(
        name="农村人居环境整治项目", pcode="WD2025-NY-021", impl="陇南市武都区乡村振兴服务中心",
        amt=("520.00", "520.00", "0.00"),
        goal="1.新建改造农村卫生厕所1600座，配置垃圾收集转运车辆；2.农村生活垃圾收运处置体系覆盖率达到95%。",
        marks=["1.", "2."],
        rows="""
产出指标|数量指标|新建改造农村卫生厕所|1600座
产出指标|数量指标|配置垃圾收集转运车辆|≥24辆
产出指标|质量指标|改厕质量验收合格率|100%
产出指标|时效指标|资金拨付完成时间|Q:2025年11月30日前
成本指标|经济成本指标|户厕改造单户补助标准|≤1500元/户
效益指标|社会效益指标|生活垃圾收运处置体系覆盖率|≥95%
效益指标|可持续影响指标|农村厕所长效管护机制|逐步健全
满意度指标|服务对象满意度指标|农户满意度|≥90%
""")])
F["f1"] = F1


def plain(block):
    return [I(a, b, c, v) for a, b, c, v in cells(block, 4)]


def amts(t):
    return {"total": float(t[0]), "fiscal": float(t[1]), "other": float(t[2])}


G[F1["stem"]] = rec(F1, [
    Proj(k, p["name"], plain(p["rows"]), title=F1["title"], code=p["pcode"], department=F1["dept"],
         department_code=F1["code"], goals=items(p["goal"], p["marks"]), scope="project",
         implementing_unit=p["impl"], **amts(p["amt"]))
    for k, p in enumerate(F1["projs"], 1)])

# ====================================================================== f2 searchable PDF, OCR slips in the text layer
F2 = dict(
    stem="f2_pdf_searchable_ocrslips_deptoverall_taoshan_2025", dept="七台河市桃山区教育局", code="903117", year=2025,
    title="部门整体支出绩效目标表",
    amt=("4862.50", "4800.20", "62.30"),
    goal="目标1：保障全区义务教育学校正常运转，巩固义务教育普及成果；目标2：实施校舍维修改造和校园安全设施改造，改善办学条件；目标3：加强教师队伍建设，提升教育教学质量。",
    marks=["目标1：", "目标2：", "目标3："],
    rows="""
产出指标|数量指标|义务教育阶段在校学生数|≥18600人
产出指标|数量指标|校舍维修改造面积|≥12000平方米
产出指标|数量指标|教师培训人次|≥2400人次
产出指标|质量指标|义务教育巩固率|≥98%
产出指标|质量指标|校舍维修工程验收合格率|100%
产出指标|质量指标|部门预算公开及时率|100%
产出指标|时效指标|学生资助资金发放及时率|100%
产出指标|时效指标|校舍维修完成时间|Q:2025年8月20日前
成本指标|经济成本指标|校园安全设施改造校均成本|≤3.5万元/所
成本指标|经济成本指标|“三公”经费支出|≤预算批复金额
效益指标|社会效益指标|适龄儿童入学率|100%
效益指标|社会效益指标|校园安全责任事故|0起
效益指标|可持续影响指标|教育教学质量|持续提升
满意度指标|服务对象满意度指标|学生家长满意度|≥95%
满意度指标|服务对象满意度指标|教职工满意度|≥90%
""",
    # (printed cell text, which occurrence of it on the page (0 = first), what the OCR text layer says instead)
    slips=[("七台河市桃山区教育局", 0, "七台河市桃山区教肓局"),   #育 read as 肓, in the 部门名称 cell only
           ("≥98%", 0, ">98%"),                                # ≥ read as >
           ("100%", 0, "10096"),                               # % read as 96 (校舍维修工程验收合格率)
           ("部门预算公开及时率", 0, "部们预算公开及时率"),      # 门 read as 们
           ("≤3.5万元/所", 0, "≤35万元/所"),                   # decimal point lost
           ("0起", 0, "O起"),                                  # 0 read as O
           ("≥95%", 0, "295%"),                                # ≥ read as 2
           ("≥90%", 0, "≥90％")])                              # full-width ％ (the contract's same value)
F["f2"] = F2
G[F2["stem"]] = rec(F2, [
    Proj(1, None, plain(F2["rows"]), title=F2["title"], department=F2["dept"], department_code=F2["code"],
         goals=items(F2["goal"], F2["marks"]), scope="department", **amts(F2["amt"]))])

# ====================================================================== f3 searchable PDF, text layer one line per row (Guangdong)
F3 = dict(
    stem="f3_pdf_searchable_linelayer_guangdong_jiangcheng_2024", dept="阳江市江城区卫生健康局", code=None, year=2024,
    title="2024年度项目绩效目标表",
    name="基本公共卫生服务项目", impl="阳江市江城区疾病预防控制中心", amt=("1268.40", "1188.40", "80.00"),
    goal="1.为辖区常住居民免费提供12类基本公共卫生服务；2.65岁及以上老年人健康管理率达到62%。",
    rows="""
产出指标|数量指标|居民电子健康档案建档人数|31.2万人|≥32万人|年末规范化建档常住居民数
产出指标|数量指标|老年人健康体检人数|2.86万人|≥3万人|65岁及以上老年人体检人数
产出指标|数量指标|家庭医生签约服务人数|11.4万人|≥12万人|签约家庭医生的常住居民数
产出指标|质量指标|适龄儿童免疫规划疫苗接种率|96.2%|≥95%|按免疫程序完成接种比例
产出指标|质量指标|高血压患者规范管理率|63.5%|≥65%|规范管理人数/登记管理人数
产出指标|质量指标|严重精神障碍患者规范管理率|—|≥80%|新增考核指标
产出指标|时效指标|资金拨付及时率|100%|100%|按季度拨付到基层医疗机构
产出指标|时效指标|年度绩效考核完成时间|2023年12月20日|Q:2024年12月31日前|全年考核结束时间
成本指标|经济成本指标|人均公共卫生服务补助标准|89元|≥94元|按常住人口计算
效益指标|社会效益指标|居民健康素养水平|28.6%|≥30%|监测调查结果
效益指标|社会效益指标|传染病疫情报告及时率|100%|100%|网络直报及时率
效益指标|社会效益指标|孕产妇系统管理率|90.4%|≥90%|接受系统管理的产妇比例
效益指标|可持续影响指标|基本公共卫生服务长效机制|/|持续完善|服务网络运行情况
满意度指标|服务对象满意度指标|居民满意度|91.3%|≥90%|问卷调查结果
满意度指标|服务对象满意度指标|基层医务人员满意度|—|≥85%|问卷调查结果
""")
F["f3"] = F3
G[F3["stem"]] = rec(F3, [
    Proj(1, F3["name"], [I(a, b, c, v, desc=d, baseline_raw=h) for a, b, c, h, v, d in cells(F3["rows"], 6)],
         title=F3["title"], department=F3["dept"],
         goals=["为辖区常住居民免费提供12类基本公共卫生服务；", "65岁及以上老年人健康管理率达到62%。"],
         scope="project", implementing_unit=F3["impl"], **amts(F3["amt"]))])
assert F3["goal"] == "1." + G[F3["stem"]]["projects"][0]["goals"][0] + "2." + G[F3["stem"]]["projects"][0]["goals"][1]

# ====================================================================== f4 MinerU Markdown of a scanned central 申报表 annex
F4 = dict(
    stem="f4_md_mineru_scan_central_annex_kuangshan_2025", dept="国家矿山安全监察局", code="137", year=2025,
    title="项目支出绩效目标申报表", printed_dept="[137]国家矿山安全监察局",
    name="矿山安全监管监察执法", impl="国家矿山安全监察局信息研究院", attr="延续项目", term="3年",
    amt=("2860.00", "2540.00", "80.00"), carry="240.00",
    goal="1.开展煤矿、非煤矿山重点监察执法不少于1200矿次，推动重大事故隐患整改闭环；2.完成执法装备更新和远程监察系统升级，提升监管执法信息化水平。",
    marks=["1.", "2."],
    rows="""
产出指标|数量指标|重点监察执法矿次|≥1200矿次
产出指标|数量指标|更新执法装备|≥360台套
产出指标|数量指标|远程监察接入矿井|≥450处
产出指标|质量指标|重大事故隐患整改率|100%
产出指标|质量指标|执法文书规范率|≥95%
产出指标|时效指标|装备采购完成时间|Q:2025年9月30日前
产出指标|时效指标|执法案件办结时限|Q:立案后90日内
成本指标|经济成本指标|单台套执法装备购置成本|≤4.8万元
成本指标|经济成本指标|项目支出|≤预算批复金额
效益指标|社会效益指标|煤矿百万吨死亡率|≤0.045
效益指标|社会效益指标|重特大事故起数|0起
效益指标|可持续影响指标|监管执法信息化水平|持续提升
效益指标|可持续影响指标|远程监察系统运行|长期稳定运行
满意度指标|服务对象满意度指标|矿山企业满意度|≥85%
满意度指标|服务对象满意度指标|地方监管部门满意度|≥90%
""",
    # (indicator row index from 0, column 三级/指标值, printed, what MinerU's OCR wrote in the <td>)
    slips=[(0, "value", "≥1200矿次", "≥12O0矿次"),
           (4, "value", "≥95%", "$\\geq 95 \\%$"),
           (7, "value", "≤4.8万元", "≤4.8万兀"),
           (8, "value", "≤预算批复金额", "≤预箅批复金额"),
           (12, "l3", "远程监察系统运行", "远程临察系统运行")])
F["f4"] = F4
G[F4["stem"]] = rec(F4, [
    Proj(1, F4["name"], plain(F4["rows"]), title=F4["title"], department=F4["dept"], department_code=F4["code"],
         goals=items(F4["goal"], F4["marks"]), scope="project", implementing_unit=F4["impl"],
         budget_carryover=float(F4["carry"]), extra={"项目属性": F4["attr"], "项目期": F4["term"]},
         **amts(F4["amt"]))])
# 年度资金总额 = 财政拨款 + 上年结转 + 其他
assert abs(float(F4["amt"][0]) - float(F4["amt"][1]) - float(F4["carry"]) - float(F4["amt"][2])) < 1e-9

# ====================================================================== f5 Docling Markdown of a scanned Sichuan 一体化 export
F5 = dict(
    stem="f5_md_docling_scan_yitihua_panzhihua_dongqu_2025", dept="攀枝花市东区住房和城乡建设局", code="511318",
    year=2025, title="2025年部门预算项目绩效目标表",
    projs=[dict(
        name="老旧小区改造项目", budget="1860.00",
        goal="完成炳草岗街道、大渡口街道等老旧小区改造12个，惠及居民2860户，改善小区基础设施和人居环境。",
        rows="""
产出指标|数量指标|改造老旧小区数量|≥|12|个|15|正向
产出指标|数量指标|惠及居民户数|≥|2,860|户|10|正向
产出指标|质量指标|改造工程竣工验收合格率|=|100|%|15|正向
产出指标|时效指标|改造工程完工率|≥|90|%|10|正向
成本指标|经济成本指标|户均改造成本|≤|2.8|万元|10|反向
效益指标|社会效益指标|小区基础设施改善|定性|明显改善||10|正向
效益指标|可持续影响指标|小区长效管理机制|定性|逐步建立||10|正向
满意度指标|服务对象满意度指标|居民满意度|≥|90|%|20|正向
"""),
        dict(
        name="城市排水管网维护项目", budget="426.50",
        goal="完成城区排水管网清淤疏通86公里，维修更换检查井盖420个，保障汛期城区排水畅通。",
        rows="""
产出指标|数量指标|排水管网清淤疏通长度|≥|86|公里|15|正向
产出指标|数量指标|维修更换检查井盖|≥|420|个|10|正向
产出指标|质量指标|管网疏通达标率|≥|95|%|10|正向
产出指标|时效指标|汛前清淤完成时间|定性|2025年5月31日前||10|正向
成本指标|经济成本指标|管网清淤单位成本|≤|0.36|万元/公里|10|反向
效益指标|社会效益指标|汛期城区内涝积水点|≤|3|处|15|反向
效益指标|可持续影响指标|排水设施运行|定性|长效运行||10|正向
满意度指标|服务对象满意度指标|沿线居民满意度|≥|90|%|20|正向
""")],
    # (project index, row index, column, printed, what Docling's OCR wrote in that cell)
    slips=[(0, 4, "value", "2.8", "28"),            # decimal point lost (户均改造成本)
           (1, 2, "sign", "≥", ">"),                # ≥ read as >
           (1, 4, "unit", "万元/公里", "万兀/公里"),  # 元 read as 兀
           (0, 1, "l3", "惠及居民户数", "惠及居民戸数")])  # 户 read as the Japanese 戸
F["f5"] = F5
G[F5["stem"]] = rec(F5, [
    Proj(k, p["name"], [S(a, b, c, sg, v, u, int(w), d) for a, b, c, sg, v, u, w, d in cells(p["rows"], 8)],
         department=F5["dept"], department_code=F5["code"], total=float(p["budget"]), goals=[p["goal"]])
    for k, p in enumerate(F5["projs"], 1)])

# ====================================================================== f6 searchable PDF, image turned 90° on the page, text upright
F6 = dict(
    stem="f6_pdf_searchable_rotated90_form2015_jianshan_2024", dept="双鸭山市尖山区民政局", code="230502", year=2024,
    title="项目绩效目标表", name="居家和社区养老服务提升项目", impl="双鸭山市尖山区社会福利服务中心",
    person="孙丽娟", phone="0469-4228615", attr="延续项目", term="2024年1月-2026年12月",
    amt=("286.00", "266.00", "20.00"),
    long="到2026年底建成街道、社区两级居家养老服务网络，社区养老服务设施覆盖率达到100%。",
    goal="1、新建社区居家养老服务站4个；2、为800名特殊困难老年人提供居家上门服务；3、老年人助餐服务覆盖率达到70%。",
    marks=["1、", "2、", "3、"],
    plan=[["社区养老服务站建设", "2024年3月", "2024年9月"], ["居家上门服务购买", "2024年1月", "2024年12月"],
          ["项目验收和绩效自评", "2024年12月", "2024年12月"]],
    long_rows="""
产出指标|数量指标|建成社区居家养老服务站|≥12个
产出指标|质量指标|社区养老服务设施覆盖率|100%
效益指标|社会效益指标|居家养老服务网络|基本建成
效益指标|可持续影响指标|养老服务运营机制|长效运行
满意度指标|服务对象满意度指标|老年人满意度|≥90%
""",
    rows="""
产出指标|数量指标|新建社区居家养老服务站|4个
产出指标|数量指标|居家上门服务老年人数|≥800人
产出指标|数量指标|助餐服务人次|≥3.6万人次
产出指标|质量指标|服务站验收合格率|100%
产出指标|时效指标|服务站建成时间|Q:2024年9月30日前
产出指标|成本指标|居家上门服务年人均补助|≤1800元/人
效益指标|社会效益指标|老年人助餐服务覆盖率|≥70%
效益指标|社会效益指标|特殊困难老年人探访率|100%
效益指标|可持续影响指标|养老服务站运营|长期稳定运营
满意度指标|服务对象满意度指标|服务对象满意度|≥90%
""")
F["f6"] = F6
G[F6["stem"]] = rec(F6, [
    Proj(1, F6["name"], [I(a, b, c, v, period="mid_term") for a, b, c, v in cells(F6["long_rows"], 4)]
         + [I(a, b, c, v, period="year") for a, b, c, v in cells(F6["rows"], 4)],
         title=F6["title"], department=F6["dept"], department_code=F6["code"],
         goals=items(F6["goal"], F6["marks"]), scope="project", implementing_unit=F6["impl"],
         goals_mid_term=[F6["long"]],
         extra={"项目属性": F6["attr"], "项目负责人": F6["person"], "项目起止时间": F6["term"],
                "实施进度计划": F6["plan"]}, **amts(F6["amt"]))])

STEMS = [F[k]["stem"] for k in sorted(F)]
