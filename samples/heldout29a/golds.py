"""Blind set heldout29a: the facts of each draft, typed by hand, and the gold record built from them.
SCREENSHOTS OF BUDGET WEB SYSTEMS -- the system's own editing screens (input-box forms, an editable grid, tabs, a
modal dialog, collapsible panels, a scrolled grid with a sticky header). F[key] holds what each screen's page HOLDS
(make.py writes it into an HTML page and has chromium take the screenshot); G[stem] is the gold record (source filled
by make.py) and holds ONLY WHAT THE SCREENSHOT SHOWS (see `visible` below). Indicator blocks are typed one row a line,
cells apart by `|` (一级|二级|三级|绩效指标描述|指标值|指标值确定依据); `Q:` marks a qualitative value holding digits.
Goals are typed as the ITEMS (make.py prints `1、2、3、`). Amounts are typed as printed (`%.2f` strings).
Nothing here comes from jixiao."""
from kit import I, Proj, clean  # noqa: F401

G, F = {}, {}


def rows(block):
    out = []
    for line in block.strip().splitlines():
        c = [x.strip() for x in line.split("|")]
        assert len(c) == 6, line
        out.append(c)
    return out


def P(name, code, amt, purpose, plan, goals, block):
    return dict(name=name, code=code, amt=amt, purpose=purpose, plan=plan, goals=goals, rows=rows(block))


# ================================================================ l1  header block as a FORM of input boxes
F["l1"] = dict(
    stem="l1_png_formboxes_disabledgrey_mengzi_2025", ext="png", system="云南省预算管理一体化系统",
    dept="蒙自市农业农村局", code="768203", heading="项目支出绩效目标表", user="杨丽娟",
    projects=[
        P("甜石榴标准化种植示范项目", "MZNY-2025-0017", ("286.40", "256.40", "30.00"),
          "用于石榴标准化示范园建设、水肥一体化设施补助和种植技术培训",
          [(3, 20), (6, 45), (9, 70), (12, 100)],
          ["建设甜石榴标准化种植示范园1.5万亩", "推广水肥一体化和病虫害绿色防控技术", "带动种植户增收，提升蒙自石榴品牌影响力"], """
产出指标|数量指标|标准化示范园面积|年度建成甜石榴标准化种植示范园的面积|≥1.5万亩|工作计划
产出指标|数量指标|种植技术培训人次|组织石榴种植户参加技术培训的人次|≥1200人次|工作计划
产出指标|质量指标|示范园验收合格率|示范园建设通过州级验收的比例|100%|行业标准
产出指标|时效指标|设施补助兑付时间|水肥一体化设施补助兑付到户的时间|Q:2025年10月31日前|工作计划
产出指标|成本指标|亩均设施补助|每亩水肥一体化设施补助金额|≤1600元/亩|历史标准
效益指标|经济效益指标|示范园亩均增收|示范园每亩石榴增加的销售收入|≥800元|历史标准
效益指标|可持续影响指标|石榴品牌影响力|蒙自石榴区域公用品牌的市场认可情况|持续提升|工作计划
满意度指标|服务对象满意度指标|种植户满意度|抽样调查示范园种植户对项目实施的满意程度|≥90%|历史标准"""),
    ],
)

# ================================================================ l2  editable indicator grid (input box per cell)
F["l2"] = dict(
    stem="l2_png_gridinputs_selectarrows_toast_yanshan_2025", ext="png", system="云南省预算管理一体化系统",
    dept="砚山县教育体育局", code="769514", heading="2025年项目支出绩效目标申报表", user="王建华",
    projects=[
        P("农村义务教育学生营养改善计划项目", "YSJT-2025-0042", ("1368.00", "1368.00", "0.00"),
          "用于农村义务教育学生营养膳食补助、食堂设备更新和食品安全检测",
          [(3, 25), (6, 50), (9, 75), (12, 100)],
          ["为全县农村义务教育学生提供营养膳食补助", "完成32所学校食堂设备更新", "学生营养健康状况持续改善"], """
产出指标|数量指标|受益学生人数|享受营养膳食补助的农村义务教育学生人数|≥2.85万人|工作计划
产出指标|数量指标|食堂设备更新学校|完成食堂设备更新的学校数量|32所|工作计划
产出指标|质量指标|食品安全抽检合格率|学校食堂食品安全抽检合格的比例|100%|行业标准
产出指标|质量指标|膳食补助足额发放率|营养膳食补助按标准足额用于学生的比例|100%|行业标准
产出指标|时效指标|补助资金拨付时间|膳食补助资金拨付到学校的时间|Q:每学期开学后30日内|工作计划
产出指标|成本指标|生均膳食补助标准|每生每天营养膳食补助金额|≤5元/生·天|行业标准
效益指标|社会效益指标|学生营养健康状况|农村学生体质健康监测达标情况|持续改善|工作计划
效益指标|可持续影响指标|营养改善长效机制|营养膳食补助管理和监督机制运行情况|长效运行|工作计划
满意度指标|服务对象满意度指标|学生家长满意度|抽样调查学生家长对营养改善计划的满意程度|≥92%|历史标准"""),
    ],
)

# ================================================================ l3  tabs + left menu + breadcrumbs (绩效目标 tab)
F["l3"] = dict(
    stem="l3_png_tabs_activeunderline_hiddentab_mangshi_2025", ext="png", system="云南省预算管理一体化系统",
    dept="芒市林业和草原局", code="771806", heading="项目支出绩效目标申报", user="刀春梅",
    projects=[
        P("森林草原防灭火能力提升项目", "MSLC-2025-0008", ("412.60", "392.60", "20.00"),
          "用于半专业扑火队伍运行补助、防火物资购置和林区视频监控运维",
          [(3, 30), (6, 60), (9, 80), (12, 100)],
          ["保障12支半专业扑火队伍正常运行", "森林火灾受害率控制在0.9‰以内", "提升林区火情早发现早处置能力"], """
产出指标|数量指标|半专业扑火队伍|保障运行的半专业扑火队伍数量|12支|工作计划
产出指标|数量指标|林区视频监控点位|运行维护的林区火情视频监控点位|≥86个|工作计划
产出指标|质量指标|火情监测覆盖率|重点林区火情视频监测覆盖的比例|≥95%|行业标准
产出指标|时效指标|火情处置响应时间|接报火情至扑火队伍出动的时间|≤30分钟|行业标准
产出指标|成本指标|扑火队伍人均补助|半专业扑火队员年度人均运行补助|≤1.8万元/人|历史标准
效益指标|生态效益指标|森林火灾受害率|森林火灾受害面积占森林面积的比例|≤0.9‰|行业标准
效益指标|社会效益指标|重特大森林火灾|发生重特大森林草原火灾的起数|0起|历史标准
满意度指标|服务对象满意度指标|林区群众满意度|抽样调查林区群众对防灭火工作的满意程度|≥90%|历史标准"""),
    ],
)

# ================================================================ l4  modal dialog over a dimmed page
F["l4"] = dict(
    stem="l4_png_modal_dimmedlist_xifeng_2025", ext="png", system="甘肃省预算管理一体化系统",
    dept="庆阳市西峰区水务局", code="782109", heading="查看项目支出绩效目标表", user="马振东",
    projects=[
        P("城区老旧供水管网改造项目", "XFSW-2025-0013", ("965.30", "905.30", "60.00"),
          "用于城区老旧供水主管网及入户管线更新改造、阀门井改造和管网检漏",
          [(3, 10), (6, 40), (9, 75), (12, 100)],
          ["更新改造城区老旧供水管网18.6公里", "管网漏损率降至9%以下", "改善城区居民供水水质和水压"], """
产出指标|数量指标|改造供水管网长度|年度完成更新改造的老旧供水管网长度|≥18.6公里|工作计划
产出指标|数量指标|改造阀门井数量|年度完成改造的阀门井数量|≥140座|工作计划
产出指标|质量指标|管网工程验收合格率|改造工程竣工验收合格的比例|100%|行业标准
产出指标|时效指标|改造工程完工时间|年度管网改造工程全部完工的时间|Q:2025年11月15日前|工作计划
产出指标|成本指标|单位长度改造成本|每公里供水管网改造投入|≤48万元/公里|历史标准
效益指标|经济效益指标|管网漏损率|城区公共供水管网漏损率|≤9%|行业标准
效益指标|社会效益指标|受益居民户数|管网改造后供水条件改善的居民户数|≥2.3万户|工作计划
效益指标|可持续影响指标|供水管网运维机制|管网巡检、检漏和维修机制运行情况|有效运行|工作计划
满意度指标|服务对象满意度指标|供水用户满意度|抽样调查城区供水用户的满意程度|≥90%|历史标准"""),
    ],
    # the dimmed page behind the dialog: the department's project list (NOT data)
    behind=[("XFSW-2025-0013", "城区老旧供水管网改造项目", "965.30", "已保存"),
            ("XFSW-2025-0009", "蒲河西峰段河道治理项目", "620.00", "审核中"),
            ("XFSW-2025-0021", "农村饮水安全巩固提升项目", "388.50", "已提交"),
            ("XFSW-2025-0025", "水土保持淤地坝除险加固项目", "276.80", "待填报"),
            ("XFSW-2025-0030", "水资源税征管配合工作经费", "18.00", "待填报")],
)

# ================================================================ l5  two projects as collapsible panels
F["l5"] = dict(
    stem="l5_png_collapsepanels_secondclosed_longxi_2025", ext="png", system="甘肃省预算管理一体化系统",
    dept="陇西县农业农村局", code="783412", heading="2025年度项目支出绩效目标表", user="李文斌",
    projects=[
        P("中药材标准化种植基地建设项目", "LXZY-2025-0006", ("538.00", "498.00", "40.00"),
          "用于党参、黄芪标准化种植基地建设、种子种苗补助和质量追溯体系运行",
          [(3, 15), (6, 50), (9, 80), (12, 100)],
          ["建设党参、黄芪标准化种植基地3.2万亩", "基地中药材纳入质量追溯体系", "促进中药材产业提质增效和药农增收"], """
产出指标|数量指标|标准化种植基地面积|年度建成党参、黄芪标准化种植基地的面积|≥3.2万亩|工作计划
产出指标|数量指标|良种种苗补助面积|享受中药材良种种苗补助的面积|≥2.5万亩|工作计划
产出指标|质量指标|追溯体系覆盖率|基地中药材纳入质量追溯体系的比例|≥85%|行业标准
产出指标|时效指标|种苗补助兑付时间|良种种苗补助兑付到户的时间|Q:2025年6月30日前|工作计划
产出指标|成本指标|亩均种苗补助|每亩良种种苗补助金额|≤120元/亩|历史标准
效益指标|经济效益指标|基地亩均增收|标准化基地每亩中药材增加的收入|≥600元|历史标准
效益指标|可持续影响指标|中药材质量追溯机制|中药材种植、加工、流通全程追溯机制运行情况|逐步完善|工作计划
满意度指标|服务对象满意度指标|药农满意度|抽样调查基地药农对项目实施的满意程度|≥90%|历史标准"""),
        # collapsed: only its title bar is on the screen (the page does not even load the panel's body)
        dict(name="马铃薯脱毒种薯繁育项目", collapsed=True),
    ],
)

# ================================================================ l6  scrolled grid, sticky header, top rows cut off
F["l6"] = dict(
    stem="l6_png_hidpi2x_stickyhead_scrolledcut_yongchang_2025", ext="png", system="甘肃省预算管理一体化系统",
    dept="永昌县民政局", code="784705", heading="2025年项目支出绩效目标申报表", user="赵红霞",
    first_visible=4,            # rows 1-3 are scrolled up under the sticky header: the gold starts at printed 序号 4
    projects=[
        P("城乡困难群众救助补助项目", "YCMZ-2025-0003", ("2316.50", "2236.50", "80.00"),
          "用于城乡低保、特困人员供养、临时救助和孤儿基本生活保障",
          [(3, 25), (6, 50), (9, 75), (12, 100)],
          ["按时足额发放城乡低保和特困供养资金", "及时实施临时救助", "兜牢困难群众基本生活底线"], """
产出指标|数量指标|城乡低保保障人数|纳入城乡最低生活保障的人数|≥6850人|工作计划
产出指标|数量指标|特困人员供养人数|纳入特困人员救助供养的人数|≥410人|工作计划
产出指标|数量指标|临时救助人次|全年实施临时救助的人次|≥1500人次|历史标准
产出指标|质量指标|救助资金社会化发放率|救助资金通过“一卡通”社会化发放的比例|100%|行业标准
产出指标|时效指标|低保金发放时间|城乡低保金每月发放到户的时间|Q:每月10日前|工作计划
产出指标|成本指标|农村低保月人均补助|农村低保对象月人均补助水平|≥420元/人·月|行业标准
效益指标|社会效益指标|困难群众基本生活|城乡困难群众基本生活保障情况|有效保障|工作计划
效益指标|社会效益指标|因救助不及时引发负面事件|因救助不及时引发的负面舆情和事件|0起|历史标准
效益指标|可持续影响指标|社会救助长效机制|分层分类社会救助体系运行情况|持续完善|工作计划
满意度指标|服务对象满意度指标|救助对象满意度|抽样调查救助对象对救助工作的满意程度|≥95%|历史标准"""),
    ],
)


def amt(x):
    return None if x is None else float(x)


def inds(p, first=1):
    out = [I(r[0], r[1], r[2], r[4], desc=r[3], basis=r[5]) for r in p["rows"]]
    return out[first - 1:]


def full(f, k, p, title):
    t, fi, o = p["amt"]
    return Proj(k, p["name"], inds(p), title=title, code=p["code"], department=f["dept"],
                department_code=f["code"], total=amt(t), fiscal=amt(fi), other=amt(o), purpose=p["purpose"],
                plan=p["plan"], goals=p["goals"])


def build(key, f):
    doc = {"title": f["heading"], "department": f["dept"], "department_code": f["code"], "year": 2025,
           "status": None, "compiled_by": None, "reviewed_by": None}
    projects = []
    if key in ("l1", "l2", "l4"):
        # one project; the form's heading is the only title the screen prints
        projects.append(full(f, 1, f["projects"][0], f["heading"]))
    elif key == "l3":
        # the 绩效目标 tab is active: the 基本信息 tab (amounts, 资金用途, 资金支出计划, 金额单位) is NOT on the screen
        p = f["projects"][0]
        projects.append(Proj(1, p["name"], inds(p), title=f["heading"], code=p["code"], department=f["dept"],
                             department_code=f["code"], unit=None, goals=p["goals"]))
    elif key == "l5":
        p1, p2 = f["projects"]
        projects.append(full(f, 1, p1, p1["name"] + "绩效目标表"))
        # collapsed panel: its title bar only (plus the page-level 部门 / 金额单位 line above both panels)
        projects.append(Proj(2, None, [], title=p2["name"] + "绩效目标表", department=f["dept"],
                             department_code=f["code"]))
    elif key == "l6":
        # a region screenshot of the scrolled grid: no heading, no form header, no department on the screen;
        # only the sticky column header and the rows from 序号 first_visible on
        p = f["projects"][0]
        doc = {"title": None, "department": None, "department_code": None, "year": None,
               "status": None, "compiled_by": None, "reviewed_by": None}
        pr = Proj(1, None, inds(p, f["first_visible"]), unit=None)
        for j, d in enumerate(pr["indicators"]):
            d["seq"] = f["first_visible"] + j          # the printed 序号 (rows 1-3 are above the viewport)
        projects.append(pr)
    g = {"source": None, "document": doc, "toc": [], "overall_goals": [], "sub_goals": [], "safeguards": [],
         "projects": projects, "issues": []}
    return clean(g)


for key, f in F.items():
    G[f["stem"]] = build(key, f)
