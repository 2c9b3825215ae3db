"""The blind golds of heldout19a, typed by hand. make.py renders each draft FROM these facts and writes
NAME.gold.json beside it. Departments, people, codes and numbers are invented, in places no earlier held-out set used
(central: `[158]国家铁路局`; Guizhou: Bijie Qixingguan; Guangdong: Jieyang Rongcheng; Shanxi: Changzhi Luzhou; Sichuan:
Meishan Dongpo; Yunnan: Zhaotong Zhaoyang — a grep of every earlier README, gold and script finds none of them, nor the
codes 158 / 520502 / 140403 / 511402 / 530602).

THEME: scans of the named template families, second draw, saved the way multifunction office scanners save them.
Indicator rows are typed one per line, cells separated by `|`; `Q:` marks a qualitative value that holds digits
(a date), an empty cell is `` (→ baseline_raw null). Keys starting with `_` are render hints, dropped from the golds."""
from kit import *

L1S = {"产出": "产出指标", "效益": "效益指标", "满意": "满意度指标", "成本": "成本指标"}
L2S = {"数量": "数量指标", "质量": "质量指标", "时效": "时效指标", "经济成本": "经济成本指标",
       "经济": "经济效益指标", "社会": "社会效益指标", "生态": "生态效益指标", "可持续": "可持续影响指标",
       "服务对象": "服务对象满意度指标"}


def cells(block, n):
    out = []
    for line in block.strip().splitlines():
        c = [x.strip() for x in line.split("|")]
        assert len(c) == n, line
        out.append(c)
    return out


def doc(title, department, code, year):
    return {"title": title, "department": department, "department_code": code, "year": year,
            "status": None, "compiled_by": None, "reviewed_by": None}


def rec(document, projects, **extra):
    r = {"source": None, "document": document, "toc": [], "overall_goals": [], "sub_goals": [], "safeguards": [],
         "projects": projects, "issues": []}
    r.update(extra)
    return r


def twoset(block):
    """rows `一级|二级|三级|中期值|年度值` → all mid_term indicators first, then all year ones (the earlier sets'
    convention for two-set forms), each in printed row order."""
    mid, year = [], []
    for l1, l2, l3, m, y in cells(block, 5):
        mid.append(I(L1S[l1], L2S[l2], l3, m, period="mid_term"))
        year.append(I(L1S[l1], L2S[l2], l3, y, period="year"))
    return mid + year


G = {}

# ====================================================================== o1 300 dpi bilevel CCITT G4 TIFF: central 申报表 annex
D1, C1, T1 = "国家铁路局", "158", "项目支出绩效目标申报表"
O1 = dict(name="铁路安全监管技术支撑", iu="国家铁路局装备技术中心", attr="延续项目", term="3年",
          amt=("4260.00", "3780.00", "360.00", "120.00"),
          goals=["完成铁路机车车辆、通信信号等专用设备行政许可技术审查不少于1450项，审查意见按期出具；",
                 "开展铁路运输安全专项监督检查和事故隐患排查，推动问题整改闭环，铁路交通事故死亡人数稳中有降。"],
          rows="""
产出|数量|专用设备行政许可技术审查|≥1450项
产出|数量|铁路运输安全专项监督检查|≥86次
产出|数量|铁路技术标准制修订|≥24项
产出|数量|监督抽查铁路专用产品|≥320批次
产出|质量|技术审查意见按期出具率|≥98%
产出|质量|检查发现问题整改闭环率|100%
产出|质量|产品质量监督抽查覆盖率|不低于90%
产出|时效|行政许可技术审查平均时长|≤20个工作日
产出|时效|事故隐患问题移交时限|≤5个工作日
成本|经济成本|单项技术审查平均成本|≤预算批复金额
效益|社会|铁路交通事故死亡人数|Q:稳中有降
效益|社会|铁路安全监管信息公开|Q:及时公开
效益|可持续|铁路安全监管技术支撑能力|Q:持续提升
满意|服务对象|行政许可申请人满意度|≥90%
满意|服务对象|铁路运输企业满意度|≥85%""")
G["o1_tif_g4bilevel300_central_annex_nra_2025"] = rec(doc(T1, D1, C1, 2025), [
    Proj(1, O1["name"], [I(L1S[a], L2S[b], c, v) for a, b, c, v in cells(O1["rows"], 4)], title=T1, department=D1,
         department_code=C1, total=float(O1["amt"][0]), fiscal=float(O1["amt"][1]), other=float(O1["amt"][3]),
         budget_carryover=float(O1["amt"][2]), goals=O1["goals"], scope="project", implementing_unit=O1["iu"],
         extra={"项目属性": O1["attr"], "项目期": O1["term"]}, _f=O1)])

# ====================================================================== o2 two-frame TIFF (one fund per frame): transfer 长期 / 年度
D2, C2, T2 = "毕节市七星关区林业局", "520502", "2025年省级财政专项资金绩效目标表"
O2_P = [
 dict(name="森林防火专项资金", iu="毕节市七星关区森林防火服务中心", period="2025年-2027年", mid_amt="1860.00",
      amt=("640.00", "600.00", "40.00"),
      goals_mid=["建成覆盖全区重点林区的森林火灾监测预警和扑救体系，森林火灾受害率稳定控制在0.9‰以内；",
                 "专业扑火队伍装备配备达标。"],
      goals=["新建森林火险视频监测点12处，开设生物防火隔离带46公里；", "组织扑火队伍培训演练，全年森林火灾受害率控制在0.9‰以内。"],
      rows="""
产出|数量|新建森林火险视频监测点|≥36处|≥12处
产出|数量|开设生物防火隔离带|≥130公里|≥46公里
产出|数量|扑火队伍培训演练|≥18次|≥6次
产出|质量|监测点位设备完好率|≥95%|≥95%
产出|时效|火情报告处置时限|≤1小时|≤1小时
效益|生态|森林火灾受害率|≤0.9‰|≤0.9‰
效益|可持续|森林火灾联防联控机制|Q:长效运行|Q:逐步完善
满意|服务对象|林区群众满意度|≥90%|≥90%"""),
 dict(name="退化林修复专项资金", iu="毕节市七星关区国有林场", period="2025年-2027年", mid_amt="1410.00",
      amt=("470.00", "470.00", "0.00"),
      goals_mid=["完成退化林修复4.2万亩，林分质量和森林生态系统稳定性明显提升。"],
      goals=["完成退化林修复1.4万亩，其中补植补造0.6万亩、抚育改造0.8万亩；", "造林成活率达到85%以上。"],
      rows="""
产出|数量|退化林修复面积|≥4.2万亩|≥1.4万亩
产出|数量|补植补造面积|≥1.8万亩|≥0.6万亩
产出|质量|造林成活率|≥85%|≥85%
产出|时效|年度修复任务完成时间|Q:2027年12月底前|Q:2025年11月30日前
成本|经济成本|亩均修复补助|≤336元/亩|≤336元/亩
效益|生态|修复区森林覆盖率提高|≥1.2个百分点|≥0.4个百分点
满意|服务对象|项目区农户满意度|≥90%|≥90%"""),
]
G["o2_tif_multipage_transfer_longyear_qixingguan_2025"] = rec(doc(T2, D2, C2, 2025), [
    Proj(k, f["name"], twoset(f["rows"]), title=T2, department=D2, department_code=C2, total=float(f["amt"][0]),
         fiscal=float(f["amt"][1]), other=float(f["amt"][2]), goals=f["goals"], goals_mid_term=f["goals_mid"],
         scope="project", implementing_unit=f["iu"],
         extra={"实施期": f["period"], "实施期资金总额": f["mid_amt"]}, _f=f)
    for k, f in enumerate(O2_P, 1)])

# ====================================================================== o3 200 dpi colour JPEG, yellowish paper, show-through: Guangdong
D3, T3 = "揭阳市榕城区住房和城乡建设局", "2025年度项目绩效目标表"
O3 = dict(name="榕城区城镇老旧小区改造", iu="揭阳市榕城区城市更新服务中心", amt=(1326.0, 1206.0, 120.0),
          goals=["完成榕东街道、新兴街道等21个城镇老旧小区改造，惠及居民4680户；",
                 "同步完善小区排水、照明、消防和适老化设施，改造小区长效管理机制覆盖率达到100%。"],
          rows="""
产出|数量|改造老旧小区|16个|21个|年度开工改造的老旧小区个数
产出|数量|惠及居民户数|3520户|≥4680户|改造小区内受益居民户数
产出|数量|改造小区内排水管网|8.6公里|≥11.5公里|新建、改造雨污分流管网长度
产出|数量|加装电梯|—|≥12部|既有住宅加装电梯部数
产出|质量|改造工程竣工验收合格率|100%|100%|竣工验收合格小区数/改造小区数
产出|质量|施工安全责任事故|0起|0起|改造施工发生的安全责任事故数
产出|时效|年度改造任务开工时间|/|Q:2025年6月30日前|按省下达计划执行
产出|时效|改造项目竣工时间|/|Q:2025年12月31日前|改造项目竣工验收时间
成本|经济成本|户均改造投资|≤2.9万元/户|≤2.8万元/户|改造总投资/惠及户数
效益|社会|小区消防通道畅通率|82%|≥95%|消防通道畅通小区数/改造小区数
效益|社会|适老化设施配套|—|明显改善|反映老年居民出行条件改善情况
效益|生态|雨污分流改造小区占比|61%|≥80%|完成雨污分流小区数/改造小区数
效益|可持续|改造小区长效管理机制覆盖率||100%|建立物业管理或自治管理机制的小区占比
满意|服务对象|改造小区居民满意度|90.5%|≥92%|第三方满意度调查结果
满意|服务对象|参建单位满意度|/|≥90%|问卷调查结果""")


def baseline(block):
    out = []
    for a, b, c, base, v, desc in cells(block, 6):
        out.append(I(L1S[a], L2S[b], c, v, desc=desc, baseline_raw=base or None))
    return out


G["o3_jpg_yellow200_showthrough_guangdong_rongcheng_2025"] = rec(doc(T3, D3, None, 2025), [
    Proj(1, O3["name"], baseline(O3["rows"]), title=T3, department=D3, total=O3["amt"][0], fiscal=O3["amt"][1],
         other=O3["amt"][2], goals=O3["goals"], scope="project", implementing_unit=O3["iu"], _f=O3)])

# ====================================================================== o4 240 dpi greyscale PNG: 部门整体支出绩效目标表
D4, C4, T4 = "长治市潞州区统计局", "140403", "部门整体支出绩效目标表"
O4_BUDGET = (486.3, 462.3, 24.0)
O4_GOALS = ["高质量完成2025年全国经济普查后续工作和年度常规统计调查任务，统计数据真实准确；",
            "推进统计执法检查常态化，严肃查处统计造假、弄虚作假行为；",
            "加强统计信息化建设，统计数据发布及时、解读到位。"]
O4_ROWS = """
产出|数量|常规统计调查项目|年度组织实施的统计调查项目个数|≥42项
产出|数量|联网直报调查单位|纳入一套表联网直报的调查单位数|≥1350家
产出|数量|统计执法检查|全年对调查对象开展执法检查的家次|≥60家次
产出|数量|统计业务培训|组织统计人员业务培训人次|≥800人次
产出|质量|统计数据审核通过率|上报数据通过上级审核的比例|100%
产出|质量|统计执法检查整改完成率|已整改问题数/检查发现问题数|≥95%
产出|时效|月度统计数据报送|按国家统计报表制度规定时间报送|Q:按时报送
产出|时效|统计公报发布时间|年度统计公报对外发布时间|Q:2025年4月30日前
成本|经济成本|“三公”经费较上年增幅|反映部门落实过紧日子要求情况|≤0
成本|经济成本|部门预算执行率|实际支出/预算安排|≥95%
效益|社会|统计数据质量|国家、省统计数据质量评估结果|Q:合格
效益|社会|统计信息服务决策|提供统计分析报告篇数|≥36篇
效益|可持续|统计法治建设|反映依法统计长效机制建设情况|Q:持续加强
满意|服务对象|调查对象满意度|问卷调查调查对象满意比例|≥90%
满意|服务对象|数据使用部门满意度|问卷调查数据使用部门满意比例|≥90%"""
O4_IND = [I(L1S[a], L2S[b], c, v, desc=d) for a, b, c, d, v in cells(O4_ROWS, 5)]
G["o4_png_grey240_deptoverall_luzhou_2025"] = rec(doc(T4, D4, C4, 2025), [
    Proj(1, None, O4_IND, title=T4, department=D4, department_code=C4, total=O4_BUDGET[0], fiscal=O4_BUDGET[1],
         other=O4_BUDGET[2], goals=O4_GOALS, scope="department")])

# ====================================================================== o5 image-only PDF, 1-bit pages: Sichuan 一体化 one-table export
D5, C5, T5 = "眉山市东坡区文化广播电视和旅游局", "511402", "2025年部门预算项目绩效目标表"
O5_P = [
 dict(name="公共文化服务免费开放", budget="126.00",
      goal="保障区图书馆、文化馆和26个乡镇（街道）综合文化站免费开放，全年开展公益文化活动不少于300场次。",
      rows="""
产出指标|数量指标|免费开放场馆|=|28|个|15|正向指标
产出指标|数量指标|开展公益文化活动|≥|300|场次|15|正向指标
产出指标|质量指标|场馆每周开放时长达标率|=|100|%|15|正向指标
成本指标|经济成本指标|单个场馆年均运行补助|≤|4.5|万元|10|反向指标
效益指标|社会效益指标|场馆年服务人次|≥|62|万人次|25|正向指标
满意度指标|服务对象满意度指标|群众满意度|≥|90|%|20|正向指标"""),
 dict(name="文物安全保护", budget="88.60",
      goal="对苏轼文化相关不可移动文物开展日常巡查和安全防护，完成3处文物保护单位消防安防设施改造，全年不发生文物安全事故。",
      rows="""
产出指标|数量指标|文物日常巡查|≥|1,560|次|15|正向指标
产出指标|数量指标|消防安防设施改造|=|3|处|15|正向指标
产出指标|时效指标|设施改造完成时间|定性|2025年10月31日前||10|正向指标
成本指标|经济成本指标|文物巡查保护经费|≤|预算批复金额||10|反向指标
效益指标|社会效益指标|文物安全事故|=|0|起|30|反向指标
满意度指标|服务对象满意度指标|文物所在地群众满意度|≥|90|%|20|正向指标"""),
 dict(name="文旅市场综合执法", budget="42.30",
      goal="开展文化旅游市场日常巡查和专项整治，旅游投诉按期办结率达到98%以上，市场秩序持续规范。",
      rows="""
产出指标|数量指标|文旅市场执法检查|≥|2,400|家次|20|正向指标
产出指标|质量指标|旅游投诉按期办结率|≥|98|%|20|正向指标
产出指标|时效指标|投诉受理时限|≤|1|个工作日|10|反向指标
成本指标|经济成本指标|执法装备购置|≤|12.8|万元|10|反向指标
效益指标|社会效益指标|文旅市场秩序|定性|持续规范||20|正向指标
满意度指标|服务对象满意度指标|游客满意度|≥|92|%|20|正向指标"""),
]


def yrows(block):
    out = []
    for l1, l2, l3, sign, val, unit, w, direc in cells(block, 8):
        if val == "预算批复金额":          # a named amount in the 指标值 column
            d = S(l1, l2, l3, "定性", val, None, int(w), direc[:2])
            d.update(kind="reference", comparator=SIGN[sign], reference=val, sign=sign)
        else:
            d = S(l1, l2, l3, sign, val, unit or None, int(w), direc[:2])
        out.append(d)
    return out


G["o5_pdf_bilevel1bit_yitihua_dongpo_2025"] = rec(doc(T5, D5, C5, 2025), [
    Proj(k, f["name"], yrows(f["rows"]), title=None, department=D5, department_code=C5,
         total=float(f["budget"]), goals=[f["goal"]], _f=f)
    for k, f in enumerate(O5_P, 1)])

# ====================================================================== o6 punched holes + staple: 绩效目标批复表 实施期 + 年度
D6, C6, T6 = "昭通市昭阳区教育体育局", "530602", "2025年度项目支出绩效目标批复表"
O6 = dict(name="昭阳区义务教育薄弱环节改善与能力提升", code="ZY2025-JT-011", iu="昭通市昭阳区教育体育局基建办公室",
          period="2025年-2026年", mid_amt=("3680.00", "3500.00", "180.00"), amt=(2150.0, 2050.0, 100.0),
          goals_mid=["改善全区14所义务教育学校办学条件，新建校舍2.6万平方米，消除56人以上大班额；",
                     "农村寄宿制学校生活设施全部达标。"],
          goals=["新建（改扩建）教学楼、宿舍楼1.5万平方米，更新课桌椅3200套；",
                 "完成8所学校改造，新增学位1350个。"],
          rows="""
产出|数量|新建（改扩建）校舍面积|≥2.6万平方米|≥1.5万平方米
产出|数量|改造学校|14所|8所
产出|数量|更新课桌椅|≥5600套|≥3200套
产出|数量|新增学位|≥2400个|≥1350个
产出|质量|工程竣工验收合格率|100%|100%
产出|时效|年度工程完工时间|Q:2026年8月31日前|Q:2025年8月31日前
成本|经济成本|校舍建设单位造价|≤2900元/平方米|≤2900元/平方米
效益|社会|56人以上大班额|0个|≤4个
效益|可持续|寄宿制学校生活设施达标|Q:全面达标|Q:逐步达标
满意|服务对象|学生家长满意度|≥90%|≥90%""")
G["o6_pdf_punchholes_staple_approval_zhaoyang_2025"] = rec(doc(T6, D6, C6, 2025), [
    Proj(1, O6["name"], twoset(O6["rows"]), title=T6, code=O6["code"], department=D6, department_code=C6,
         total=O6["amt"][0], fiscal=O6["amt"][1], other=O6["amt"][2], goals=O6["goals"], scope="project",
         implementing_unit=O6["iu"], goals_mid_term=O6["goals_mid"],
         extra={"实施周期": O6["period"], "实施期资金总额": O6["mid_amt"][0], "实施期财政拨款": O6["mid_amt"][1],
                "实施期其他资金": O6["mid_amt"][2]}, _f=O6)])
