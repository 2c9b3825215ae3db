"""The six blind golds of heldout10a, typed by hand. make.py renders each document FROM these facts and
writes NAME.gold.json beside it. Departments, people, codes and numbers are invented (Guangxi: Nanning Qingxiu,
Guilin Qixing, Wuzhou Wanxiu; Gansu: Tianshui Qinzhou, Zhangye Ganzhou, Jiuquan Suzhou — earlier sets used Liuzhou
Yufeng and Xining Chengzhong, not these). This set is about FAMILY VARIANTS AS DEPARTMENTS FILL THEM IN: a 部门整体
form for a department and three subordinate units in one file with amounts in 元; a 一体化 one-table export with a
中期目标/年度目标 pair and 中期指标值/年度指标值 side by side; a PDF whose value cells hold placeholders (`—`, `/`, `无`,
`N/A`, `——`) beside 权重（分） and 指标方向 columns; a 部门预算绩效文本 whose part 1 is written as tables; a form with
a 上年实际完成值 (baseline) column and level-1-only categories; a form with the year printed as `（2025）` and
`2025年度`, a blank 其他资金, an unnumbered one-sentence goal and 18 indicators in one project.
Keys starting with `_` are render hints, dropped from the golds."""
from kit import *


def doc(title, department, code, year, status=None, compiled_by=None, reviewed_by=None):
    return {"title": title, "department": department, "department_code": code, "year": year,
            "status": status, "compiled_by": compiled_by, "reviewed_by": reviewed_by}


def rec(document, projects, toc=(), overall=(), sub=(), safe=(), **extra):
    r = {"source": None, "document": document, "toc": list(toc), "overall_goals": list(overall),
         "sub_goals": list(sub), "safeguards": list(safe), "projects": projects, "issues": []}
    r.update(extra)
    return r


def B(l1, l2, l3, raw, basis, **k):
    return I(l1, l2, l3, raw, basis=basis, **k)


PLACEHOLDERS = ("—", "——", "/", "无", "N/A")


def W(l1, l2, l3, raw, weight, direction, **k):
    """a row with 权重（分） and 指标方向 columns; a placeholder value cell is `missing`, value_raw as printed."""
    if raw in PLACEHOLDERS:
        d = I(l1, l2, l3, "", weight=weight, direction=direction, **k)
        d["value_raw"] = raw
        return d
    return I(l1, l2, l3, raw, weight=weight, direction=direction, **k)


def MY(l1, l2, l3, mid, year):
    """one printed row of the 一体化 table: 中期指标值 | 年度指标值 → (the annual indicator, the mid-term one)."""
    return I(l1, l2, l3, year, period="year"), I(l1, l2, l3, mid, period="mid_term")


def two_sets(rows):
    """annual indicators first (table order), then the mid-term ones (same order)."""
    return [y for y, _ in rows] + [m for _, m in rows]


def BL(l1, l3, baseline, raw):
    """a row with no 二级 printed (column blank throughout) and a 上年实际完成值 cell (blank → None)."""
    return I(l1, None, l3, raw, baseline_raw=baseline)


JH, HY, LS, QT = "计划标准", "行业标准", "历史标准", "其他标准"
G = {}

# ---------------------------------------------------------------- w1 .docx 部门整体: department + 3 units, amounts in 元
D1, C1 = "南宁市青秀区水利局", "302001"
T1 = "部门整体支出绩效目标表"
G["w1_docx_dept_units_yuan_qingxiu_2024"] = rec(
    doc(T1, D1, C1, 2024),
    [Proj(1, None, title=T1, department=D1, department_code=C1, scope="department", unit="元",
          total=18652300.00, fiscal=18102300.00, other=550000.00,
          goals=["加强水利工程维修养护和运行管理，保障全区45处水利工程安全运行；",
                 "巩固农村饮水安全成果，保障12.6万农村人口饮水安全；",
                 "推进河湖长制落实，持续改善河湖水生态环境。"],
          inds=[I(P, SL, "水利工程维修养护", "≥45处"),
                I(P, SL, "农村饮水安全工程巡查", "≥240次"),
                I(P, SL, "河湖“清四乱”整治", "≥30处"),
                I(P, ZL, "水利工程验收合格率", "100%"),
                I(P, ZL, "农村集中供水水质达标率", "≥95%"),
                I(P, SX, "汛前检查完成时间", "Q:2024年4月15日前"),
                I(C, JJCB, "“三公”经费支出", "≤年初预算数"),
                I(C, JJCB, "小型水库年均维护成本", "≤85,000元"),
                I(X, SH, "农村饮水受益人口", "≥12.6万人"),
                I(X, ST, "河湖水质优良比例", "≥90%"),
                I(X, KC, "水利工程运行管护机制", "长效运行"),
                I(M, FW, "群众满意度", "≥90%")]),
     Proj(2, None, title=T1, department="南宁市青秀区水利工程管理站", department_code="302002", scope="department",
          unit="元", total=6284500.00, fiscal=6284500.00, other=0,
          goals=["做好辖区堤防、闸站日常巡查和维修养护，确保防洪工程安全度汛。"],
          inds=[I(P, SL, "堤防巡查里程", "≥1,800公里"),
                I(P, ZL, "闸站设备完好率", "≥98%"),
                I(P, SX, "险情处置响应时间", "≤2小时"),
                I(C, JJCB, "公用经费支出", "≤年初预算数"),
                I(X, SH, "防洪工程安全运行", "全年无重大安全事故"),
                I(M, FW, "周边群众满意度", "≥88%")]),
     Proj(3, None, title=T1, department="南宁市青秀区水土保持监测站", department_code="302003", scope="department",
          unit="元", total=1356800.00, fiscal=1236800.00, other=120000.00,
          goals=["开展水土流失动态监测，为水土保持治理提供数据支撑。"],
          inds=[I(P, SL, "水土流失监测点位", "≥26个"),
                I(P, ZL, "监测数据有效率", "≥95%"),
                I(C, JJCB, "单点年均监测成本", "≤4,600元"),
                I(X, ST, "水土流失治理面积", "≥3.2平方公里"),
                I(M, FW, "服务对象满意度", "≥90%")]),
     Proj(4, None, title=T1, department="南宁市青秀区防汛抗旱服务中心", department_code="302004", scope="department",
          unit="元", total=2948600.00, fiscal=2948600.00, other=0,
          goals=["做好防汛抗旱物资储备和应急演练，提升防灾减灾能力。"],
          inds=[I(P, SL, "防汛物资储备", "≥150万元"),
                I(P, SL, "开展防汛应急演练", "≥4次"),
                I(P, SX, "预警信息发布时限", "≤30分钟"),
                I(X, SH, "因灾死亡人数", "0人"),
                I(M, FW, "群众满意度", "≥90%")])])

# ---------------------------------------------------------------- w2 .xlsx 一体化 one table: 中期/年度 side by side
D2, C2 = "桂林市七星区卫生健康局", "405002"
T2 = "2025年项目支出绩效目标表"
G["w2_xlsx_onetable_midterm_qixing_2025"] = rec(
    doc(T2, D2, C2, 2025),
    [Proj(1, "基层医疗卫生机构能力提升", title=T2, department=D2, department_code=C2, scope="project",
          total=860.00, fiscal=860.00, other=0,
          goals_mid_term=["2025—2027年完成辖区12家社区卫生服务中心（站）标准化建设；",
                          "基层医疗卫生机构诊疗量占比达到65%以上。"],
          goals=["完成4家社区卫生服务中心（站）标准化建设，更新基本医疗设备；",
                 "培训基层医务人员300人次。"],
          inds=two_sets([MY(P, SL, "标准化建设社区卫生服务中心（站）", "≥12家", "≥4家"),
                         MY(P, SL, "更新基本医疗设备", "≥180台", "≥60台"),
                         MY(P, SL, "培训基层医务人员", "≥900人次", "≥300人次"),
                         MY(P, ZL, "设备验收合格率", "100%", "100%"),
                         MY(P, SX, "建设任务完成时间", "Q:2027年12月底前", "Q:2025年11月底前"),
                         MY(C, JJCB, "单个中心建设成本", "≤70万元", "≤70万元"),
                         MY(X, SH, "基层诊疗量占比", "≥65%", "≥58%"),
                         MY(M, FW, "就诊群众满意度", "≥90%", "≥88%")])),
     Proj(2, "家庭医生签约服务", title=T2, department=D2, department_code=C2, scope="project",
          total=215.40, fiscal=195.40, other=20.00,
          goals_mid_term=["重点人群家庭医生签约覆盖率稳定在75%以上，签约服务质量持续提高。"],
          goals=["组建家庭医生团队38个，为重点人群提供签约服务。"],
          inds=two_sets([MY(P, SL, "组建家庭医生团队", "≥40个", "≥38个"),
                         MY(P, SL, "重点人群签约人数", "≥5.2万人", "≥4.8万人"),
                         MY(P, ZL, "重点人群签约覆盖率", "≥75%", "≥72%"),
                         MY(P, SX, "签约服务费拨付时间", "Q:每年6月底前", "Q:2025年6月30日前"),
                         MY(C, JJCB, "团队年均补助", "≤5.5万元", "≤5.5万元"),
                         MY(X, SH, "居民健康管理水平", "持续提升", "有效提升"),
                         MY(M, FW, "签约居民满意度", "≥90%", "≥90%")])),
     Proj(3, "突发公共卫生应急物资储备", title=T2, department=D2, department_code=C2, scope="project",
          total=126.00, fiscal=126.00, other=0,
          goals_mid_term=["建立覆盖全区的应急物资储备体系，满足30天满负荷运转需要。"],
          goals=["按标准储备防护用品、检测试剂和消杀药械，完成物资轮换更新。"],
          inds=two_sets([MY(P, SL, "储备物资品种", "≥45种", "≥40种"),
                         MY(P, ZL, "储备物资合格率", "100%", "100%"),
                         MY(P, SX, "物资轮换更新完成时间", "Q:每年10月底前", "Q:2025年10月31日前"),
                         MY(C, JJCB, "物资储备资金", "≤年初预算数", "≤年初预算数"),
                         MY(X, SH, "应急物资保障天数", "≥30天", "≥30天"),
                         MY(M, FW, "医疗机构满意度", "≥90%", "≥90%")]))])

# ---------------------------------------------------------------- w3 .pdf placeholders, 权重（分）, 指标方向
D3, C3 = "梧州市万秀区交通运输局", "214003"
T3 = "2024年项目支出绩效目标表"
ZX, FX = "正向", "反向"
G["w3_pdf_placeholders_weight_wanxiu_2024"] = rec(
    doc(T3, D3, C3, 2024),
    [Proj(1, "农村公路养护", title=T3, code="WX2024-JT-004", department=D3, department_code=C3, scope="project",
          implementing_unit="梧州市万秀区农村公路管理所", total=486.00, fiscal=450.00, other=36.00,
          goals=["完成农村公路日常养护126公里，实施危桥改造2座；",
                 "提高农村公路优良中等路率，保障群众安全便捷出行。"],
          inds=[W(P, SL, "农村公路日常养护里程", "≥126公里", 10, ZX),
                W(P, SL, "危桥改造", "2座", 10, ZX),
                W(P, SL, "安装生命防护设施", "≥18公里", 10, ZX),
                W(P, ZL, "农村公路优良中等路率", "≥85%", 10, ZX),
                W(P, ZL, "养护工程验收合格率", "100%", 5, ZX),
                W(P, SX, "危桥改造完成时间", "Q:2024年10月31日前", 10, ZX),
                W(C, JJCB, "每公里日常养护成本", "≤1.2万元", 10, FX),
                W(X, JJ, "沿线农产品运输成本降低", "—", 10, ZX),
                W(X, SH, "农村公路交通事故", "≤3起", 10, FX),
                W(X, ST, "公路沿线绿化", "N/A", 5, ZX),
                W(M, FW, "沿线群众满意度", "≥90%", 10, ZX)]),
     Proj(2, "城乡客运公交化改造", title=T3, code="WX2024-JT-009", department=D3, department_code=C3,
          scope="project", implementing_unit="梧州市万秀区道路运输发展中心", total=238.50, fiscal=238.50, other=0,
          goals=["开通城乡公交化线路6条，更新新能源公交车24辆，提升城乡客运服务水平。"],
          inds=[W(P, SL, "开通城乡公交化线路", "6条", 10, ZX),
                W(P, SL, "更新新能源公交车", "≥24辆", 10, ZX),
                W(P, SL, "建设港湾式候车亭", "/", 10, ZX),
                W(P, ZL, "车辆准点率", "≥92%", 10, ZX),
                W(P, SX, "线路开通时间", "Q:2024年9月30日前", 10, ZX),
                W(C, JJCB, "车辆购置补贴标准", "≤8万元", 10, FX),
                W(X, JJ, "群众出行费用降低", "无", 10, ZX),
                W(X, SH, "行政村通客车率", "100%", 10, ZX),
                W(X, KC, "客运线路运营", "——", 10, ZX),
                W(M, FW, "乘客满意度", "≥90%", 10, ZX)])])

# ---------------------------------------------------------------- w4 .docx 部门预算绩效文本, part 1 written as TABLES
D4, C4 = "天水市秦州区农业农村局", "516004"
G["w4_docx_part1_tables_qinzhou_2024"] = rec(
    doc("2024年部门预算绩效文本", D4, C4, 2024),
    [Proj(1, "高标准农田建设", title="高标准农田建设项目绩效目标表", code="516-0301-QZN-A1K7", department=D4,
          department_code=C4, scope="project", total=2160.00, fiscal=1980.00, other=180.00,
          purpose="用于田块整治、灌溉排水、田间道路和农田防护等工程建设。",
          plan=[(3, 10), (6, 45), (9, 80), (12, 100)],
          goals=["新建高标准农田1.8万亩，配套灌溉排水和田间道路设施；",
                 "项目区亩均粮食产能提高50公斤以上。"],
          inds=[B(P, SL, "新建高标准农田面积", "≥1.8万亩", JH),
                B(P, SL, "新建和改造灌溉渠道", "≥42公里", JH),
                B(P, SL, "新建田间道路", "≥28公里", JH),
                B(P, ZL, "工程验收合格率", "100%", HY),
                B(P, SX, "工程完工时间", "Q:2024年11月30日前", JH),
                B(C, JJCB, "亩均建设成本", "≤1200元", HY),
                B(X, JJ, "亩均粮食产能提高", "≥50公斤", LS),
                B(X, ST, "耕地质量等级提升", "≥0.5个等级", HY),
                B(X, KC, "工程管护机制", "长效运行", QT),
                B(M, FW, "项目区农户满意度", "≥90%", LS)]),
     Proj(2, "农村人居环境整治", title="农村人居环境整治项目绩效目标表", code="516-0305-QZN-B3M2", department=D4,
          department_code=C4, scope="project", total=386.00, fiscal=386.00, other=0,
          purpose="用于农村户厕改造补助和生活垃圾收运设施购置。",
          plan=[(3, 20), (6, 50), (9, 85), (12, 100)],
          goals=["完成农村户厕改造1200户，购置垃圾收运设施，改善农村人居环境。"],
          inds=[B(P, SL, "农村户厕改造", "≥1200户", JH),
                B(P, SL, "购置垃圾收运车辆", "≥8辆", JH),
                B(P, SL, "配置垃圾收集箱", "≥600个", JH),
                B(P, ZL, "户厕改造验收合格率", "≥95%", HY),
                B(P, SX, "改厕任务完成时间", "Q:2024年10月底前", JH),
                B(C, JJCB, "户均改厕补助", "≤2500元", HY),
                B(X, SH, "生活垃圾收运处置体系覆盖率", "≥95%", JH),
                B(X, ST, "农村卫生厕所普及率", "≥82%", LS),
                B(M, FW, "农村群众满意度", "≥90%", LS)])],
    overall=["落实粮食安全责任，稳定粮食播种面积36.5万亩以上；",
             "推进高标准农田建设，新建高标准农田1.8万亩；",
             "巩固拓展脱贫攻坚成果，守住不发生规模性返贫底线；",
             "改善农村人居环境，建设宜居宜业和美乡村。"],
    sub=[{"title": "粮食生产保障", "goal": "稳定粮食播种面积，保障粮食安全。",
          "indicator": "粮食播种面积不低于36.5万亩，粮食总产量不低于11万吨。"},
         {"title": "高标准农田建设", "goal": "新建高标准农田，提升耕地质量和农业综合生产能力。",
          "indicator": "新建高标准农田1.8万亩，工程验收合格率100%。"},
         {"title": "农村人居环境整治", "goal": "推进农村改厕和生活垃圾治理，改善农村人居环境。",
          "indicator": "完成农村户厕改造1200户，生活垃圾收运处置体系覆盖率达到95%。"}],
    safe=[{"title": "加强组织领导",
           "text": "成立由局主要负责同志任组长的绩效管理领导小组，明确责任分工，层层压实责任。"},
          {"title": "完善制度建设",
           "text": "修订完善预算绩效管理、项目资金管理等制度，规范资金使用程序。建立健全内部控制制度，防范资金使用风险。",
           "_paras": ["修订完善预算绩效管理、项目资金管理等制度，规范资金使用程序。", "建立健全内部控制制度，防范资金使用风险。"]},
          {"title": "强化监督检查",
           "text": "定期开展绩效运行监控，对发现的问题及时督促整改，确保绩效目标如期实现。"}],
    _duties=["负责贯彻落实党和国家关于“三农”工作的方针政策，统筹推进全区农业农村发展。",
             "负责粮食生产、高标准农田建设、农村人居环境整治和农业防灾减灾等工作。"])

# ---------------------------------------------------------------- w5 .xlsx 上年实际完成值 beside 本年目标值, no 二级
D5, C5 = "张掖市甘州区林业和草原局", "623002"
T5 = "2025年度项目支出绩效目标表"
G["w5_xlsx_baseline_level1only_ganzhou_2025"] = rec(
    doc(T5, D5, C5, 2025),
    [Proj(1, "国土绿化", title=T5, code="GZ2025-LC-002", department=D5, department_code=C5, scope="project",
          implementing_unit="张掖市甘州区林业技术推广站", total=645.00, fiscal=600.00, other=45.00,
          goals=["完成人工造林1.5万亩、退化林修复0.8万亩；",
                 "提高森林覆盖率，改善区域生态环境。"],
          inds=[BL(P, "人工造林面积", "1.2万亩", "≥1.5万亩"),
                BL(P, "退化林修复面积", "0.6万亩", "≥0.8万亩"),
                BL(P, "苗木成活率", "86%", "≥85%"),
                BL(P, "造林验收合格率", "95%", "≥95%"),
                BL(P, "春季造林完成时间", "2024年5月20日", "Q:2025年5月31日前"),
                BL(C, "亩均造林补助", "480元", "≤500元"),
                BL(X, "森林覆盖率", "14.6%", "≥14.9%"),
                BL(X, "防风固沙能力", None, "逐步增强"),
                BL(X, "带动农户务工增收", "320万元", "≥350万元"),
                BL(M, "林农满意度", "91%", "≥90%")]),
     Proj(2, "草原生态保护修复", title=T5, code="GZ2025-LC-006", department=D5, department_code=C5, scope="project",
          implementing_unit="张掖市甘州区草原工作站", total=288.00, fiscal=288.00, other=0,
          goals=["实施退化草原改良2万亩，落实草原禁牧和草畜平衡制度，促进草原生态恢复。"],
          inds=[BL(P, "退化草原改良面积", "1.6万亩", "≥2万亩"),
                BL(P, "草原禁牧管护面积", "36万亩", "≥36万亩"),
                BL(P, "草原管护员培训", "120人次", "≥150人次"),
                BL(P, "改良草原验收合格率", None, "≥90%"),
                BL(P, "补播完成时间", "2024年6月15日", "Q:2025年6月30日前"),
                BL(C, "亩均改良成本", "105元", "≤110元"),
                BL(X, "草原综合植被盖度", "52.3%", "≥52.5%"),
                BL(X, "草原生态状况", "持续改善", "持续改善"),
                BL(M, "牧民满意度", "90%", "≥90%")])])

# ---------------------------------------------------------------- w6 .docx year as （2025） and 2025年度, blank 其他资金, 18 rows
D6, C6 = "酒泉市肃州区住房和城乡建设局", "707001"
T6 = "项目支出绩效目标表"
G["w6_docx_yearforms_18rows_suzhou_2025"] = rec(
    doc("2025年度项目支出绩效目标", D6, C6, 2025),
    [Proj(1, "城区市政道路维修改造", title=T6, code="SZ2025-ZJ-001", department=D6, department_code=C6,
          scope="project", implementing_unit="酒泉市肃州区市政设施管理所", total=1860.00, fiscal=1700.00, other=160.00,
          goals=["完成城区市政道路维修改造12.5公里，同步改造雨污水管网和人行道；",
                 "更换损坏路灯和井盖，提升道路通行条件；",
                 "建立道路巡查养护机制，保障市政设施安全运行。"],
          inds=[I(P, SL, "维修改造市政道路", "≥12.5公里"),
                I(P, SL, "改造人行道", "≥3.6万平方米"),
                I(P, SL, "改造雨污水管网", "≥8.2公里"),
                I(P, SL, "更换路灯", "≥420盏"),
                I(P, SL, "更换井盖", "≥650套"),
                I(P, SL, "道路日常巡查", "≥300次"),
                I(P, ZL, "工程验收合格率", "100%"),
                I(P, ZL, "道路完好率", "≥95%"),
                I(P, ZL, "施工安全事故", "0起"),
                I(P, SX, "主体工程完工时间", "Q:2025年10月31日前"),
                I(P, SX, "道路坑槽修补时限", "≤48小时"),
                I(C, JJCB, "每公里道路维修成本", "≤130万元"),
                I(C, SHCB, "施工期间交通影响", "降至最低"),
                I(X, SH, "道路通行条件", "明显改善"),
                I(X, SH, "城区积水点", "≤2处"),
                I(X, ST, "雨污分流覆盖率", "≥85%"),
                I(X, KC, "市政设施巡查养护机制", "长效运行"),
                I(M, FW, "沿线居民满意度", "≥90%")]),
     Proj(2, "老旧小区供热管网改造", title=T6, code="SZ2025-ZJ-005", department=D6, department_code=C6,
          scope="project", implementing_unit="酒泉市肃州区城市更新服务中心", total=520.00, fiscal=520.00, other=None,
          goals=["改造老旧小区供热管网6.8公里，惠及居民2100户；",
                 "提升供热质量，降低管网热损失。"],
          inds=[I(P, SL, "改造供热管网", "≥6.8公里"),
                I(P, SL, "惠及居民户数", "≥2100户"),
                I(P, ZL, "管网试压合格率", "100%"),
                I(P, ZL, "居民室温达标率", "≥98%"),
                I(P, SX, "改造完成时间", "Q:2025年9月30日前"),
                I(C, JJCB, "每公里改造成本", "≤76万元"),
                I(X, ST, "管网热损失率", "≤8%"),
                I(X, SH, "供热投诉量", "同比下降"),
                I(M, FW, "供热用户满意度", "≥90%")]),
     Proj(3, "建筑工地扬尘治理", title=T6, code="SZ2025-ZJ-009", department=D6, department_code=C6,
          scope="project", implementing_unit="酒泉市肃州区建设工程质量安全服务中心", total=68.00, fiscal=60.00,
          other=8.00,
          goals=["对在建工地开展扬尘治理专项检查，督促落实围挡、覆盖、冲洗等防尘措施，减少城市扬尘污染。"],
          inds=[I(P, SL, "开展专项检查", "≥24次"),
                I(P, SL, "检查在建工地", "≥85个"),
                I(P, ZL, "工地防尘措施落实率", "≥95%"),
                I(P, SX, "问题整改时限", "≤7天"),
                I(C, JJCB, "检查工作经费", "≤年初预算数"),
                I(X, ST, "城市降尘量", "≤8.5吨/平方公里·月"),
                I(X, SH, "扬尘污染投诉", "同比下降"),
                I(M, FW, "周边群众满意度", "≥88%")])])
