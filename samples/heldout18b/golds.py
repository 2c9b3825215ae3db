"""The blind golds of heldout18b, typed by hand. make.py renders each draft FROM these facts and writes
NAME.gold.json beside it. Departments, people, codes and numbers are invented, in places no earlier held-out set used
(Sichuan: Neijiang Dongxing; Jiangxi: Pingxiang Anyuan; Hunan: Shaoyang Shuangqing; the central department
`[162]国家知识产权局`; Guangdong: Meizhou Meijiang; Shandong: Liaocheng Dongchangfu — a grep of every earlier README,
gold and script finds none of them, nor the codes 511011 / 360302 / 430502 / 371502).

THEME: the named template families as NATIVE (text-layer) PDFs, each drawn the way a real producer prints it.
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

# ====================================================================== n1 FineReport-style export: Sichuan 一体化 one table
D1, C1, T1 = "内江市东兴区水利局", "511011", "2025年部门预算项目绩效目标表"
N1_P = [
 dict(name="东兴区小型水库安全运行管护", budget="268.00",
      goal="落实全区38座小型水库“三个责任人”和“三个重点环节”，开展水库日常巡查、维修养护和安全鉴定，确保水库安全度汛。",
      rows="""
产出指标|数量指标|管护小型水库|=|38|座|15|正向指标
产出指标|数量指标|开展水库安全鉴定|≥|6|座|10|正向指标
产出指标|数量指标|培训水库巡查管护人员|≥|120|人次|5|正向指标
产出指标|质量指标|维修养护工程验收合格率|=|100|%|15|正向指标
产出指标|时效指标|汛前检查完成时间|定性|2025年4月30日前||10|正向指标
成本指标|经济成本指标|单座水库年均管护成本|≤|7.05|万元|10|反向指标
效益指标|社会效益指标|水库安全度汛|定性|无垮坝事故||20|正向指标
满意度指标|服务对象满意度指标|库区群众满意度|≥|90|%|15|正向指标"""),
 dict(name="农村饮水安全工程维修养护", budget="156.40",
      goal="对全区农村集中供水工程实施维修养护和水质检测，保障12.6万农村人口饮水安全，农村自来水普及率稳定在93%以上。",
      rows="""
产出指标|数量指标|维修养护集中供水工程|≥|42|处|15|正向指标
产出指标|数量指标|水质检测|≥|1,080|份|10|正向指标
产出指标|质量指标|水质检测合格率|≥|95|%|15|正向指标
产出指标|时效指标|供水故障修复时限|≤|48|小时|10|反向指标
成本指标|经济成本指标|维修养护成本|≤|预算批复金额||10|反向指标
效益指标|社会效益指标|受益农村人口|≥|12.6|万人|20|正向指标
满意度指标|服务对象满意度指标|用水户满意度|≥|90|%|20|正向指标"""),
 dict(name="河湖长制工作经费", budget="84.50",
      goal="落实区、镇、村三级河湖长巡河制度，开展沱江东兴段及支流“清四乱”整治，河湖水质稳定达标。",
      rows="""
产出指标|数量指标|河湖长巡河|≥|3,600|人次|15|正向指标
产出指标|数量指标|整治“四乱”问题|≥|25|个|15|正向指标
产出指标|质量指标|“四乱”问题整改销号率|=|100|%|15|正向指标
产出指标|时效指标|问题整改完成时限|定性|交办后30日内||10|正向指标
成本指标|经济成本指标|公示牌更新单价|≤|0.18|万元/块|5|反向指标
效益指标|生态效益指标|出境断面水质达标率|=|100|%|20|正向指标
满意度指标|服务对象满意度指标|沿河群众满意度|≥|90|%|20|正向指标"""),
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


G["n1_pdf_finereport_yitihua_dongxing_2025"] = rec(doc(T1, D1, C1, 2025), [
    Proj(k, f["name"], yrows(f["rows"]), title=None, department=D1, department_code=C1,
         total=float(f["budget"]), goals=[f["goal"]], _f=f)
    for k, f in enumerate(N1_P, 1)])

# ====================================================================== n2 LibreOffice Writer (.docx): 绩效目标批复表 实施期 + 年度
D2, C2, T2 = "萍乡市安源区教育局", "360302", "2025年度项目支出绩效目标批复表"
N2 = dict(name="安源区义务教育学校办学条件改善", code="AY2025-JY-017", iu="萍乡市安源区教育事业发展中心",
          period="2025年-2026年", mid_amt=("3260.00", "3100.00", "160.00"), amt=(1450.0, 1380.0, 70.0),
          goals_mid=["新建（改扩建）校舍2.4万平方米，消除义务教育学校大班额和校舍安全隐患；",
                     "全区义务教育学校办学条件全部达到省定标准，县域义务教育优质均衡发展。"],
          goals=["完成白源小学综合楼、五陂初中宿舍楼建设，新增校舍面积1.1万平方米；",
                 "为16所学校更新课桌椅和多媒体教学设备，改善教学条件。"],
          rows="""
产出|数量|新建（改扩建）校舍面积|≥2.4万平方米|≥1.1万平方米
产出|数量|新增学位|≥2160个|≥900个
产出|数量|更新课桌椅|≥9600套|≥4200套
产出|数量|配备多媒体教学设备|≥420套|≥180套
产出|质量|工程竣工验收合格率|100%|100%
产出|质量|设备采购验收合格率|100%|100%
产出|时效|项目完成时间|Q:2026年8月31日前|Q:2025年8月31日前
成本|经济成本|校舍建设单位造价|≤3200元/平方米|≤3200元/平方米
效益|社会|义务教育学校大班额|0个|≤6个
效益|社会|办学条件达标学校比例|100%|≥90%
效益|可持续|校舍安全保障长效机制|Q:持续完善|Q:逐步建立
满意|服务对象|学生家长满意度|≥90%|≥90%""")
G["n2_pdf_lowriter_approval_anyuan_2025"] = rec(doc(T2, D2, C2, 2025), [
    Proj(1, N2["name"], twoset(N2["rows"]), title=T2, code=N2["code"], department=D2, department_code=C2,
         total=N2["amt"][0], fiscal=N2["amt"][1], other=N2["amt"][2], goals=N2["goals"], scope="project",
         implementing_unit=N2["iu"], goals_mid_term=N2["goals_mid"],
         extra={"实施周期": N2["period"], "实施期资金总额": N2["mid_amt"][0], "实施期财政拨款": N2["mid_amt"][1],
                "实施期其他资金": N2["mid_amt"][2]}, _f=N2)])

# ====================================================================== n3 Word export, landscape section: 2015-style 项目绩效目标表
D3, C3, T3 = "邵阳市双清区农业农村局", "430502", "项目绩效目标表"
N3 = dict(name="双清区农田水利设施维修养护", iu="邵阳市双清区农田水利服务站", head="曾志远", tel="0739-5216348",
          span="2024年3月-2026年12月", attr="新增项目", amt=(275.0, 260.0, 15.0),
          overview="对全区渡头桥镇、火车站乡等5个乡镇（街道）的山塘、渠道和小型泵站进行维修养护。",
          basis="《湖南省小型农田水利工程管理办法》", need="部分山塘渗漏、渠道淤塞，影响农田灌溉和防汛安全",
          plan=[("山塘清淤整修", "2024年3月", "2024年6月"),
                ("渠道防渗和泵站维修", "2024年7月", "2024年10月"),
                ("竣工验收和资料归档", "2024年11月", "2024年12月")],
          goals_mid=["到2026年底完成全区小型农田水利设施维修养护全覆盖，建立“有人管、有钱管、管得好”的长效机制。"],
          goals=["整修山塘48口，清淤衬砌渠道26公里，维修小型泵站9座；", "新增和恢复灌溉面积0.82万亩。"],
          mid="""
产出|数量|维修养护山塘|≥130口|
产出|数量|整修渠道|≥70公里|
产出|质量|工程验收合格率|100%|
效益|经济|恢复和改善灌溉面积|≥2.3万亩|三年累计
效益|可持续|设施管护长效机制|Q:全面建立|""",
          year="""
产出|数量|整修山塘|48口|
产出|数量|清淤衬砌渠道|≥26公里|
产出|数量|维修小型泵站|9座|
产出|质量|工程验收合格率|100%|
产出|时效|工程完工时间|Q:2024年10月31日前|
成本|经济成本|山塘整修平均成本|≤2.5万元/口|
效益|经济|新增和恢复灌溉面积|≥0.82万亩|
效益|社会|受益农户|≥6500户|
效益|可持续|工程设计使用年限|≥15年|
满意|服务对象|受益群众满意度|≥90%|问卷调查""")


def noted(block, period):
    out = []
    for a, b, c, v, note in cells(block, 5):
        out.append(I(L1S[a], L2S[b], c, v, period=period, **({"note": note} if note else {})))
    return out


G["n3_pdf_wordexport_landscape_form2015_shuangqing_2024"] = rec(doc(T3, D3, C3, 2024), [
    Proj(1, N3["name"], noted(N3["mid"], "mid_term") + noted(N3["year"], "year"), title=T3, department=D3,
         department_code=C3, total=N3["amt"][0], fiscal=N3["amt"][1], other=N3["amt"][2], goals=N3["goals"],
         scope="project", implementing_unit=N3["iu"], goals_mid_term=N3["goals_mid"],
         extra={"项目属性": N3["attr"], "项目负责人": N3["head"], "联系电话": N3["tel"], "项目起止时间": N3["span"],
                "实施进度计划": [list(r) for r in N3["plan"]]}, _f=N3)])

# ====================================================================== n4 browser print of a portal page: central 申报表 annex
D4, C4, T4 = "国家知识产权局", "162", "项目支出绩效目标申报表"
N4_P = [
 dict(name="专利审查业务委托", iu="国家知识产权局专利局审查业务管理部", amt=("86420.00", "80150.00", "5870.00", "400.00"),
      goals=["完成发明专利审查结案量不少于96万件，发明专利平均审查周期压减至15个月；",
             "审查质量用户满意度指数保持在85以上。"],
      rows="""
产出|数量|发明专利审查结案量|≥96万件
产出|数量|实用新型专利审查结案量|≥210万件
产出|质量|发明专利审查抽检合格率|≥93%
产出|时效|发明专利平均审查周期|≤15个月
产出|时效|高价值专利审查周期|≤13个月
成本|经济成本|发明专利单件审查委托成本|≤预算批复金额
效益|社会|专利审查质量用户满意度指数|≥85
效益|可持续|审查业务信息化支撑水平|Q:持续提升
满意|服务对象|创新主体满意度|≥85%"""),
 dict(name="知识产权保护体系建设", iu="国家知识产权局知识产权保护司", amt=("12380.00", "11600.00", "780.00", "0.00"),
      goals=["新建知识产权保护中心、快速维权中心8家，推动知识产权纠纷快速处理；",
             "开展海外知识产权纠纷应对指导，全年指导案件不少于600件。"],
      rows="""
产出|数量|新建知识产权保护中心和快速维权中心|8家
产出|数量|海外知识产权纠纷应对指导案件|≥600件
产出|数量|知识产权保护培训|≥15000人次
产出|质量|专利侵权纠纷行政裁决按期结案率|≥95%
产出|时效|快速预审平均周期|≤3个月
效益|社会|知识产权保护社会满意度|≥82分
效益|可持续|知识产权保护工作体系|Q:不断健全
满意|服务对象|保护中心备案主体满意度|≥90%"""),
]
G["n4_pdf_chromeprint_central_annex_cnipa_2025"] = rec(doc(T4, D4, C4, 2025), [
    Proj(k, f["name"], [I(L1S[a], L2S[b], c, v) for a, b, c, v in cells(f["rows"], 4)], title=T4, department=D4,
         department_code=C4, total=float(f["amt"][0]), fiscal=float(f["amt"][1]), other=float(f["amt"][3]),
         budget_carryover=float(f["amt"][2]), goals=f["goals"], scope="project", implementing_unit=f["iu"], _f=f)
    for k, f in enumerate(N4_P, 1)])

# ====================================================================== n5 LibreOffice Calc (.xlsx), print titles: Guangdong baseline
D5, T5 = "梅州市梅江区教育局", "2024年度项目绩效目标表"
N5 = dict(name="梅江区学前教育普惠性资源扩充", iu="梅州市梅江区学前教育指导中心", amt=(638.0, 598.0, 40.0),
          goals=["新增公办幼儿园学位1080个，扶持普惠性民办幼儿园14所；",
                 "全区普惠性幼儿园覆盖率达到90%，学前三年毛入园率保持在98%以上。"],
          rows="""
产出|数量|新增公办幼儿园学位|720个|1080个|年度新建、改扩建公办园新增学位数
产出|数量|扶持普惠性民办幼儿园|12所|14所|获得生均补助的普惠性民办园数
产出|数量|幼儿园教师培训|1360人次|≥1500人次|参加市、区组织培训的人次
产出|数量|配置幼儿园玩教具|—|≥35套|年度采购并配送的成套玩教具数
产出|数量|开展幼儿园保教质量视导|24园次|≥30园次|区教育局组织视导的园次
产出|质量|普惠性幼儿园覆盖率|86.4%|≥90%|普惠性幼儿园在园幼儿数/在园幼儿总数
产出|质量|幼儿园专任教师持证率|93%|≥95%|持教师资格证专任教师数/专任教师总数
产出|质量|新建园舍验收合格率|100%|100%|验收合格面积/建设面积
产出|时效|生均补助资金拨付时间|/|Q:2024年10月31日前|按学期核定后拨付
产出|时效|新建园舍交付使用时间|/|Q:2024年8月31日前|满足秋季学期开学需要
成本|经济成本|普惠性民办园生均补助标准|1000元/生·年|1200元/生·年|按市定标准执行
成本|经济成本|公办园学位建设成本|≤2.3万元/个|≤2.2万元/个|建设投资/新增学位数
效益|社会|学前三年毛入园率|97.8%|≥98%|在园幼儿数/3-5周岁适龄人口数
效益|社会|公办园在园幼儿占比|46%|≥50%|公办园在园幼儿数/在园幼儿总数
效益|社会|“入园难、入园贵”问题|—|有效缓解|反映群众学前教育负担情况
效益|社会|幼儿园“小学化”倾向|0所|0所|专项治理检查发现的园数
效益|可持续|普惠性学前教育保障机制||逐步健全|反映长效机制建设情况
满意|服务对象|幼儿家长满意度|91.2%|≥92%|第三方满意度调查结果
满意|服务对象|幼儿园教师满意度|—|≥90%|问卷调查结果""")


def baseline(block):
    out = []
    for a, b, c, base, v, desc in cells(block, 6):
        out.append(I(L1S[a], L2S[b], c, v, desc=desc, baseline_raw=base or None))
    return out


G["n5_pdf_localc_printtitles_guangdong_meijiang_2024"] = rec(doc(T5, D5, None, 2024), [
    Proj(1, N5["name"], baseline(N5["rows"]), title=T5, department=D5, total=N5["amt"][0], fiscal=N5["amt"][1],
         other=N5["amt"][2], goals=N5["goals"], scope="project", implementing_unit=N5["iu"], _f=N5)])

# ====================================================================== n6 LibreOffice Calc, one sheet per fund: transfer 长期 / 年度
D6, C6, T6 = "聊城市东昌府区农业农村局", "371502", "2024年省级转移支付资金绩效目标表"
N6_P = [
 dict(name="耕地地力保护补贴", period="2024年-2026年", mid_amt="15960.00", amt=(5320.0, 5320.0, 0.0),
      goals_mid=["2024—2026年对全区实际种粮农民足额发放耕地地力保护补贴，引导农民保护耕地、提升地力；",
                 "补贴资金兑付及时准确，耕地质量稳中有升。"],
      goals=["按照每亩121元标准，向全区约43.9万亩耕地承包农户发放补贴；", "补贴资金于6月30日前足额兑付到户。"],
      rows="""
产出|数量|补贴耕地面积|≥131.7万亩|≥43.9万亩
产出|质量|补贴资金“一卡通”兑付率|100%|100%
产出|时效|补贴资金兑付时间|Q:每年6月30日前|Q:2024年6月30日前
成本|经济成本|亩均补贴标准|121元/亩|121元/亩
效益|经济|补贴农户户均增收|≥540元|≥180元
效益|可持续|耕地质量等级|Q:稳中有升|Q:不下降
满意|服务对象|补贴农户满意度|≥95%|≥95%"""),
 dict(name="农业社会化服务", period="2024年-2026年", mid_amt="2280.00", amt=(760.0, 720.0, 40.0),
      goals_mid=["培育农业社会化服务组织，小农户生产托管服务面积累计达到36万亩次。"],
      goals=["支持服务组织开展小麦、玉米全程托管服务12万亩次；", "带动小农户1.8万户。"],
      rows="""
产出|数量|托管服务面积|≥36万亩次|≥12万亩次
产出|数量|支持农业社会化服务组织|≥60个|≥22个
产出|质量|服务作业质量验收合格率|≥95%|≥95%
成本|经济成本|亩次补助标准|≤60元/亩次|≤60元/亩次
效益|经济|托管服务亩均节本增效|≥120元|≥100元
满意|服务对象|服务小农户满意度|≥90%|≥90%"""),
]
G["n6_pdf_localc_sheets_transfer_longyear_dongchangfu_2024"] = rec(doc(T6, D6, C6, 2024), [
    Proj(k, f["name"], twoset(f["rows"]), title=T6, department=D6, department_code=C6, total=f["amt"][0],
         fiscal=f["amt"][1], other=f["amt"][2], goals=f["goals"], goals_mid_term=f["goals_mid"], scope="project",
         extra={"实施期": f["period"], "实施期资金总额": f["mid_amt"]}, _f=f)
    for k, f in enumerate(N6_P, 1)])
