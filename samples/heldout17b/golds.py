"""The blind golds of heldout17b, typed by hand. make.py renders each draft FROM these facts and writes
NAME.gold.json beside it. Departments, people, codes and numbers are invented, in places no earlier held-out set used
(Sichuan: Dazhou Tongchuan; Shaanxi: Yan'an Baota; Hunan: Loudi Louxing; Hubei: Xiaogan Xiaonan, Jingmen Dongbao;
Guangdong: Chaozhou Xiangqiao — a grep of every earlier README, gold and script finds none of them, nor the codes
503117 / 617204 / 438206 / 562309).

THEME: scans of the named template families (image-only PDFs and image files, ordinary office-scanner damage).
Indicator rows are typed one per line, cells separated by `|`; `Q:` marks a qualitative value that holds digits
(a date), an empty cell is `` (→ kind missing, or baseline_raw null). Keys starting with `_` are render hints,
dropped from the golds."""
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
    """rows `一级|二级|三级|实施期值|年度值` → all mid_term indicators first, then all year ones (the earlier sets'
    convention for two-set forms), each in printed row order; `_row` keeps the printed row."""
    mid, year = [], []
    for k, (l1, l2, l3, m, y) in enumerate(cells(block, 5)):
        mid.append(I(L1S[l1], L2S[l2], l3, m, period="mid_term", _row=k))
        year.append(I(L1S[l1], L2S[l2], l3, y, period="year", _row=k))
    return mid + year


G = {}

# ====================================================================== m1 clean 200 dpi scan: Sichuan 一体化 one-table export
D1, C1, T1 = "达州市通川区农业农村局", "503117", "2025年部门预算项目绩效目标表"
M1_P = [
 dict(name="高标准农田建设管护", budget="742.00",
      goal="完成通川区罗江镇、碑庙镇等4个镇高标准农田建设1.5万亩，落实已建农田设施管护，提升粮食综合生产能力。",
      rows="""
产出指标|数量指标|新建高标准农田面积|≥|1.5|万亩|15|正向指标
产出指标|数量指标|管护已建农田设施|≥|6.8|万亩|10|正向指标
产出指标|质量指标|工程验收合格率|=|100|%|15|正向指标
产出指标|时效指标|建设任务完成时间|定性|2025年11月底前||10|正向指标
成本指标|经济成本指标|亩均建设成本|≤|3,000|元|10|反向指标
效益指标|经济效益指标|项目区亩均粮食产能提高|≥|50|公斤|20|正向指标
满意度指标|服务对象满意度指标|项目区农户满意度|≥|90|%|20|正向指标"""),
 dict(name="动物疫病强制免疫补助", budget="186.50",
      goal="开展口蹄疫、高致病性禽流感等重大动物疫病强制免疫，应免畜禽免疫密度保持在90%以上，确保不发生区域性重大动物疫情。",
      rows="""
产出指标|数量指标|强制免疫畜禽|≥|128|万头（只）|15|正向指标
产出指标|数量指标|采集监测样品|≥|4,600|份|10|正向指标
产出指标|质量指标|应免畜禽免疫密度|≥|90|%|15|正向指标
产出指标|时效指标|春秋两季集中免疫完成时间|定性|2025年10月31日前||10|正向指标
成本指标|经济成本指标|疫苗采购成本|≤|预算批复金额||10|反向指标
效益指标|社会效益指标|区域性重大动物疫情|=|0|起|20|反向指标
满意度指标|服务对象满意度指标|养殖场户满意度|≥|90|%|20|正向指标"""),
 dict(name="农村人居环境整治", budget="95.00",
      goal="推进农村厕所革命和生活垃圾治理，新改建农村户用卫生厕所1,200户，村容村貌持续改善。",
      rows="""
产出指标|数量指标|新改建农村户用卫生厕所|≥|1,200|户|20|正向指标
产出指标|质量指标|改厕质量验收合格率|≥|95|%|20|正向指标
产出指标|时效指标|补助资金兑付|定性|验收合格后30日内||10|正向指标
成本指标|经济成本指标|户均改厕补助|≤|600|元|10|反向指标
效益指标|生态效益指标|农村生活垃圾收运处置体系覆盖行政村比例|≥|95|%|20|正向指标
满意度指标|服务对象满意度指标|受益农户满意度|≥|90|%|20|正向指标"""),
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


G["m1_pdf_scan200_yitihua_tongchuan_2025"] = rec(doc(T1, D1, C1, 2025), [
    Proj(k, f["name"], yrows(f["rows"]), title=None, department=D1, department_code=C1,
         total=float(f["budget"]), goals=[f["goal"]], _f=f)
    for k, f in enumerate(M1_P, 1)])

# ====================================================================== m2 skewed 0.7° scan with speckles: 绩效目标批复表 实施期 + 年度
D2, C2, T2 = "延安市宝塔区水务局", "617204", "2025年度项目支出绩效目标批复表"
M2 = dict(name="宝塔区城乡供水一体化工程", code="BT2025-SW-004", iu="延安市宝塔区城乡供水服务中心",
          period="2025年-2027年", mid_amt=("4650.00", "4380.00", "270.00"), amt=(1580.0, 1490.0, 90.0),
          goals_mid=["建成川口、河庄坪等6个片区城乡一体化供水管网，实现城乡供水同质同价；",
                     "农村自来水普及率达到98%以上，供水保证率达到95%。"],
          goals=["新建（改造）供水主管网42公里，建成2座加压泵站；", "完成2个片区管网并网通水，新增受益人口1.8万人。"],
          rows="""
产出|数量|新建（改造）供水主管网|≥120公里|≥42公里
产出|数量|建成加压泵站|6座|2座
产出|数量|并网通水片区|6个|2个
产出|质量|管网打压试验合格率|100%|100%
产出|时效|年度建设任务完成时间|Q:2027年10月底前|Q:2025年11月30日前
成本|经济成本|供水管网单位造价|≤38万元/公里|≤38万元/公里
效益|社会|新增受益人口|≥5.6万人|≥1.8万人
效益|可持续|农村自来水普及率|≥98%|≥96%
满意|服务对象|受益群众满意度|≥90%|≥90%""")
G["m2_png_skew07_approval_baota_2025"] = rec(doc(T2, D2, C2, 2025), [
    Proj(1, M2["name"], twoset(M2["rows"]), title=T2, code=M2["code"], department=D2, department_code=C2,
         total=M2["amt"][0], fiscal=M2["amt"][1], other=M2["amt"][2], goals=M2["goals"], scope="project",
         implementing_unit=M2["iu"], goals_mid_term=M2["goals_mid"],
         extra={"实施周期": M2["period"], "实施期资金总额": M2["mid_amt"][0], "实施期财政拨款": M2["mid_amt"][1],
                "实施期其他资金": M2["mid_amt"][2]}, _f=M2)])

# ====================================================================== m3 150 dpi JPEG q55: 2015-style 项目绩效目标表, 项目属性 boxes
D3, C3, T3 = "娄底市娄星区文化旅游广电体育局", "438206", "项目绩效目标表"
M3 = dict(name="娄星区公共文化服务体系建设", iu="娄底市娄星区文化馆", head="刘倩雯", span="2024年1月-2025年12月",
          attr="延续项目", amt=(368.0, 336.0, 32.0),
          overview="依托区文化馆、图书馆和12个乡镇（街道）综合文化站，开展送戏下乡、公益培训和全民阅读活动。",
          basis="《湖南省基本公共文化服务实施标准》", feas="已纳入区“十四五”公共文化服务体系建设规划",
          need="补齐基层公共文化服务短板，满足群众精神文化需求",
          plan=[("送戏下乡和公益培训", "2024年3月", "2024年11月"),
                ("乡镇综合文化站设备更新", "2024年4月", "2024年9月"),
                ("项目验收和绩效自评", "2024年12月", "2024年12月")],
          goals_mid=["到2025年底建成覆盖城乡、便捷高效的区、乡镇（街道）、村（社区）三级公共文化服务网络。"],
          goals=["开展送戏下乡演出120场、公益文化培训60期；", "更新12个乡镇（街道）综合文化站设备；",
                 "全年公共文化设施服务人次达到45万人次。"],
          mid="""
产出|数量|三级公共文化服务网络覆盖率|100%|
产出|质量|乡镇综合文化站达标率|≥95%|按省定标准评估
效益|社会|年公共文化设施服务人次|≥50万人次|
效益|可持续|基层公共文化服务长效机制|逐步健全|
满意|服务对象|群众满意度|≥90%|第三方调查""",
          year="""
产出|数量|送戏下乡演出|≥120场|
产出|数量|公益文化培训|≥60期|
产出|数量|更新综合文化站设备|12个|乡镇（街道）
产出|质量|演出活动安全事故|0起|
产出|时效|设备更新完成时间|Q:2024年9月底前|
成本|经济成本|每场送戏下乡演出补助|≤0.8万元|
效益|社会|公共文化设施服务人次|≥45万人次|
效益|社会|公益培训参训人次|≥3000人次|
效益|可持续|文化志愿者队伍|持续壮大|
满意|服务对象|群众满意度|≥90%|第三方调查""")


def noted(block, period):
    out = []
    for a, b, c, v, note in cells(block, 5):
        out.append(I(L1S[a], L2S[b], c, v, period=period, **({"note": note} if note else {})))
    return out


G["m3_jpg_150q55_form2015_louxing_2024"] = rec(doc(T3, D3, C3, 2024), [
    Proj(1, M3["name"], noted(M3["mid"], "mid_term") + noted(M3["year"], "year"), title=T3, department=D3,
         department_code=C3, total=M3["amt"][0], fiscal=M3["amt"][1], other=M3["amt"][2], goals=M3["goals"],
         scope="project", implementing_unit=M3["iu"], goals_mid_term=M3["goals_mid"],
         extra={"项目属性": M3["attr"], "项目负责人": M3["head"], "项目起止时间": M3["span"],
                "实施进度计划": [list(r) for r in M3["plan"]]}, _f=M3)])

# ====================================================================== m4 phone photo made into a PDF: 部门整体支出绩效目标表
D4, C4, T4 = "孝感市孝南区市场监督管理局", "562309", "部门整体支出绩效目标表"
M4_BUDGET = (1468.2, 1420.2, 48.0)
M4_DUTIES = [  # 年度履职目标: 部门职能 | 年度目标任务 | 支出项目名称 | 预算金额（万元）
    ("食品安全监管", "完成食品安全监督抽检2300批次，校园食堂“互联网+明厨亮灶”覆盖率100%", "食品安全抽检经费", "138.00"),
    ("特种设备安全监察", "完成电梯、锅炉等特种设备监督检查620家次", "特种设备安全监察经费", "46.50"),
    ("市场主体登记服务", "企业开办1个工作日内办结，新增市场主体5800户", "登记注册窗口运行经费", "32.80"),
]
M4_GOALS = ["守住食品、药品、特种设备安全底线，不发生区域性、系统性安全事件；",
            "优化营商环境，持续提升市场主体登记便利度；",
            "加强知识产权保护和消费维权，市场秩序持续规范。"]
M4_ROWS = """
产出|数量|食品安全监督抽检|全年完成的食品安全监督抽检批次|≥2300批次
产出|数量|特种设备监督检查|全年检查的特种设备使用单位家次|≥620家次
产出|数量|新增市场主体|年度新登记的各类市场主体户数|≥5800户
产出|数量|药品零售企业检查覆盖率|已检查企业数占辖区药品零售企业数的比例|100%
产出|质量|抽检不合格食品核查处置率|已核查处置批次占不合格批次的比例|100%
产出|质量|特种设备定期检验率|已定期检验设备数占在用设备数的比例|≥99%
产出|质量|消费投诉按期办结率|按期办结件数占受理件数的比例|≥98%
产出|时效|企业开办时间|从申请到领取执照的时间|≤1个工作日
产出|时效|投诉举报受理时限|接到投诉举报后作出是否受理决定的时间|≤7个工作日
成本|经济成本|“三公”经费较上年增幅|反映部门落实过紧日子要求情况|≤0
效益|经济|挽回消费者经济损失|通过调解为消费者挽回的经济损失|≥120万元
效益|社会|区域性系统性食品安全事件|反映食品安全形势|0起
效益|社会|特种设备万台死亡率|每万台特种设备发生事故死亡人数|≤0.1
效益|可持续|智慧监管平台应用|反映信息化监管长效机制建设情况|Q:持续深化
满意|服务对象|市场主体满意度|登记窗口服务对象满意度测评结果|≥95%
满意|服务对象|消费者投诉处理满意度|回访满意件数占回访件数的比例|≥90%"""
M4_IND = [I(L1S[a], L2S[b], c, v, desc=d) for a, b, c, d, v in cells(M4_ROWS, 5)]
G["m4_pdf_phonephoto_deptoverall_xiaonan_2025"] = rec(doc(T4, D4, C4, 2025), [
    Proj(1, None, M4_IND, title=T4, department=D4, department_code=C4, total=M4_BUDGET[0], fiscal=M4_BUDGET[1],
         other=M4_BUDGET[2], goals=M4_GOALS, scope="department",
         extra={"年度履职目标": [{"部门职能": a, "年度目标任务": b, "支出项目名称": c, "预算金额（万元）": d}
                                for a, b, c, d in M4_DUTIES]})])

# ====================================================================== m5 300 dpi greyscale TIFF: Guangdong 上年度实际水平 / 本年度
D5, T5 = "潮州市湘桥区卫生健康局", "2024年度项目绩效目标表"
M5 = dict(name="基层医疗卫生服务能力提升", iu="潮州市湘桥区基层卫生服务中心", amt=(486.0, 466.0, 20.0),
          goals=["为9个镇（街道）卫生院（社区卫生服务中心）配置DR、全自动生化分析仪等设备28台；",
                 "开展基层医务人员业务培训，基层诊疗量占比达到62%。"],
          rows="""
产出|数量|配置基层医疗设备|15台|28台|年度采购并安装到位的设备台数
产出|数量|基层医务人员业务培训|860人次|≥900人次|参加省、市、区组织培训的人次
产出|数量|家庭医生签约服务人数|9.2万人|≥9.6万人|年度签约服务的常住人口数
产出|数量|组织专家下沉基层巡回义诊|24场|≥30场|区级医院专家到镇（街道）开展义诊的场次
产出|质量|设备验收合格率|100%|100%|验收合格设备数/采购设备数
产出|质量|培训考核合格率|—|≥95%|考核合格人数/参训人数
产出|时效|设备采购完成时间|/|Q:2024年9月30日前|政府采购合同约定时间
成本|经济成本|设备采购平均单价|≤17万元/台|≤16.5万元/台|设备采购总额/设备台数
效益|社会|基层诊疗量占比|58.6%|≥62%|基层医疗卫生机构诊疗人次/全区诊疗人次
效益|社会|县域内就诊率|86%|≥88%|反映群众就近就医情况
效益|社会|基层医疗卫生机构门急诊人次|41.2万人次|≥43万人次|年度基层门急诊服务人次
效益|经济|群众就医交通费用节约|/|明显减少|反映就近就医减轻群众负担情况
效益|可持续|设备使用率||≥85%|设备实际开机天数/应开机天数
满意|服务对象|就诊群众满意度|91.5%|≥92%|第三方满意度调查结果
满意|服务对象|基层医务人员满意度|—|≥90%|问卷调查结果""")


def baseline(block):
    out = []
    for a, b, c, base, v, desc in cells(block, 6):
        out.append(I(L1S[a], L2S[b], c, v, desc=desc, baseline_raw=base or None))
    return out


G["m5_tif_300grey_guangdong_xiangqiao_2024"] = rec(doc(T5, D5, None, 2024), [
    Proj(1, M5["name"], baseline(M5["rows"]), title=T5, department=D5, total=M5["amt"][0], fiscal=M5["amt"][1],
         other=M5["amt"][2], goals=M5["goals"], scope="project", implementing_unit=M5["iu"], _f=M5)])

# ====================================================================== m6 2-page colour scan, red seals over cells: Hubei 成本构成
D6, T6 = "荆门市东宝区交通运输局", "2024年部门预算项目支出绩效目标表"
M6_P = [
 dict(name="农村公路养护", ptype="本级支出项目", nature="持续性项目",
      basis="《湖北省农村公路条例》及区农村公路养护管理办法",
      costs=[("县道日常养护费", "186.00", "县道155公里×1.2万元/公里", "172.40", "180.60"),
             ("乡村道日常养护费", "228.00", "乡村道1140公里×0.2万元/公里", "214.50", "221.30"),
             ("桥梁定期检测费", "42.00", "依据检测服务合同，28座", "36.00", "39.50"),
             ("水毁修复应急费", "64.00", "按近三年平均水毁修复支出测算", "58.20", "71.80")],
      total="520.00", exec=("481.10", "513.20"),
      goal="保障全区县道155公里、乡村道1140公里日常养护，优良中等路率达到85%以上，路况稳定，出行安全。",
      measures="实行“路长制”管理，养护质量季度考核，考核结果与养护资金拨付挂钩。",
      rows="""
产出|数量|县乡村道日常养护里程|列养农村公路总里程|≥1295公里
产出|数量|桥梁定期检测|完成定期检测的桥梁座数|28座
产出|质量|农村公路优良中等路率|优良中等路里程/列养里程|≥85%
产出|时效|水毁路段抢通时限|水毁发生至恢复通行的时间|≤48小时
成本|经济成本|乡村道每公里年养护成本|乡村道养护经费/乡村道里程|≤0.2万元/公里
效益|社会|农村公路安全通行|反映农村公路通行条件|安全畅通
效益|可持续|农村公路养护长效机制|“路长制”运行情况|Q:持续完善
满意|服务对象|沿线群众满意度|问卷调查|≥90%"""),
 dict(name="城乡公交运营补贴", ptype="本级支出项目", nature="持续性项目",
      basis="区人民政府关于城乡公交一体化的实施意见",
      costs=[("城乡公交线路运营补贴", "310.00", "18条线路×运营里程×补贴标准", "296.00", "304.00"),
             ("老年人免费乘车补贴", "58.00", "据实结算", "49.60", "55.20"),
             ("公交站亭维护费", "16.00", "依据维护合同，160个", "14.40", "15.20")],
      total="384.00", exec=("360.00", "374.40"),
      goal="保障18条城乡公交线路正常运营，建制村通公交率保持100%，方便群众出行。",
      measures="按季度核定运营里程和服务质量考核结果，据实拨付补贴。",
      rows="""
产出|数量|补贴城乡公交线路|纳入补贴的城乡公交线路数|18条
产出|数量|维护公交站亭|年度维护的公交站亭个数|≥160个
产出|质量|建制村通公交率|通公交建制村数/建制村总数|100%
产出|时效|补贴资金拨付|按季度考核后拨付|Q:季度终了后30日内
成本|经济成本|车公里运营补贴|补贴资金/运营里程|≤2.6元/车公里
效益|社会|年公交客运量|城乡公交年客运人次|≥260万人次
效益|社会|公交运营安全责任事故|反映运营安全情况|0起
满意|服务对象|乘客满意度|问卷调查|≥90%"""),
]
G["m6_pdf_seal2page_hubei_costs_dongbao_2024"] = rec(doc(T6, D6, None, 2024), [
    Proj(k, f["name"], [I(L1S[a], L2S[b], c, v, desc=d) for a, b, c, d, v in cells(f["rows"], 5)],
         title=T6, department=D6, total=float(f["total"]), goals=[f["goal"]], scope="project",
         project_type=f["ptype"], project_nature=f["nature"], measures=f["measures"],
         extra={"立项依据": f["basis"], "cost_total": float(f["total"]),
                "cost_items": [{"item": a, "amount": float(b), "basis": c, "2022年实际执行数": d, "2023年实际执行数": e}
                               for a, b, c, d, e in f["costs"]]}, _f=f)
    for k, f in enumerate(M6_P, 1)])
