"""The seven blind documents of heldout7b, typed by hand: six golds and one refusal. make.py renders each document
FROM these facts and writes NAME.gold.json (or NAME.refusal.txt) beside it. Departments, people, codes and numbers
are invented (places not used in heldout1–7a: Yunnan Qujing and Chuxiong, Zhejiang Huzhou and Lishui, Xinjiang Hami,
Shaanxi Ankang, Jiangxi Ganzhou)."""
from kit import *


def doc(title, department, code, year, status=None, compiled_by=None, reviewed_by=None):
    return {"title": title, "department": department, "department_code": code, "year": year,
            "status": status, "compiled_by": compiled_by, "reviewed_by": reviewed_by}


def rec(document, projects, toc=(), overall=(), sub=(), safe=(), **extra):
    r = {"source": None, "document": document, "toc": list(toc), "overall_goals": list(overall),
         "sub_goals": list(sub), "safeguards": list(safe), "projects": projects, "issues": []}
    r.update(extra)
    return r


G = {}
REFUSE = {}
NEG_FACTS = {}

# ---------------------------------------------------------------- g1 专项资金 form, MinerU Markdown with HTML tables
D1 = "曲靖市麒麟区水务局"
H1 = "2024年度专项资金绩效目标表"          # the page headline `# 曲靖市麒麟区水务局2024年度专项资金绩效目标表`, department split off
G["g1_transfer_mineru_qilin_2024"] = rec(
    doc(H1, D1, None, 2024),
    [Proj(1, "农村饮水安全巩固提升专项资金", title="农村饮水安全巩固提升专项资金绩效目标表", department=D1,
          total=860.00, fiscal=800.00, other=60.00, scope="project",
          implementing_unit="曲靖市麒麟区农村供水保障中心",
          goals_mid_term=["巩固提升农村供水工程126处，农村自来水普及率达到98%；",
                          "建立健全农村供水工程长效管护机制。"],
          goals=["改造提升农村供水工程48处，新建改造供水管网215公里；", "农村自来水普及率达到96.5%；",
                 "受益人口4.2万人。"],
          inds=[I(P, SL, "改造提升农村供水工程", "≥48处"),
                I(P, SL, "新建改造供水管网", "≥215公里"),
                I(P, SL, "新增水质净化消毒设备", "≥36套"),
                I(P, ZL, "农村自来水普及率", ">96%"),
                I(P, ZL, "水质检测合格率", ">=95%"),
                I(P, ZL, "管网漏损率", "<10%"),
                I(P, SX, "工程完工时间", "Q:2024年11月30日前"),
                I(C, JJCB, "每处工程平均补助", "≤17.9万元"),
                I(X, SH, "受益人口", "≥4.2万人"),
                I(X, KC, "工程运行管护机制", "长效运行"),
                I(M, FW, "受益群众满意度", ">=90%")],
          extra={"实施期": "2024年—2026年", "实施期资金总额": 2400.00, "实施期财政拨款": 2200.00,
                 "实施期其他资金": 200.00}),
     Proj(2, "中小河流治理专项资金", title="中小河流治理专项资金绩效目标表", department=D1,
          total=1350.00, fiscal=1350.00, other=0, scope="project",
          implementing_unit="曲靖市麒麟区河道管理所",
          goals_mid_term=["完成潇湘河、白石江麒麟段等4条中小河流重点河段治理，防洪能力达到20年一遇。"],
          goals=["治理河长18.6公里，新建加固堤防24.3公里，治理河段防洪标准达到20年一遇。"],
          inds=[I(P, SL, "治理河长", "≥18.6公里"),
                I(P, SL, "新建加固堤防", "≥24.3公里"),
                I(P, SL, "新建护岸", "≥9.5公里"),
                I(P, ZL, "治理河段防洪标准", "20年一遇"),
                I(P, ZL, "单元工程质量合格率", "100%"),
                I(P, SX, "主体工程完工时间", "Q:2024年12月底前"),
                I(C, JJCB, "每公里河道综合治理成本", "<75万元"),
                I(X, SH, "保护人口", "≥3.1万人"),
                I(X, SH, "保护耕地", "≥2.4万亩"),
                I(X, ST, "河道水环境", "明显改善"),
                I(M, FW, "沿河群众满意度", ">90%")],
          extra={"实施期": "2024年—2026年", "实施期资金总额": 4800.00, "实施期财政拨款": 4800.00,
                 "实施期其他资金": 0})])

# ---------------------------------------------------------------- g2 Hubei-style form with 项目预算成本构成, HTML page
D2 = "湖州市吴兴区机关事务管理中心"
H2 = "2023年项目支出绩效目标表"             # the page headline `湖州市吴兴区机关事务管理中心2023年项目支出绩效目标表`
T2 = "2023年预算项目支出绩效目标表"
MEAS1 = "严格执行物业服务合同考核办法，每季度开展服务质量考评，考评结果与服务费支付挂钩。"
MEAS2 = "建立公务用车使用登记和维修审批制度，定点维修、定点加油，每月通报车辆运行费用。"
G["g2_hubei_costs_html_wuxing_2023"] = rec(
    doc(H2, D2, None, 2023),
    [Proj(1, "行政中心大楼物业管理服务", title=T2, department=D2, total=486.00, fiscal=486.00, other=0,
          scope="project", implementing_unit="湖州市吴兴区机关事务管理中心",
          goals=["保障行政中心大楼安全、整洁、有序运行，为入驻单位提供优质物业服务，服务对象满意度达到95%以上。"],
          inds=[I(P, SL, "物业服务面积", "≥6.8万平方米", desc="反映物业管理服务覆盖的建筑面积"),
                I(P, SL, "安保巡查次数", "≥2,190次", desc="反映全年安保巡查情况"),
                I(P, SL, "设备设施维修维护次数", "≥460次", desc="反映全年维修维护工作量"),
                I(P, ZL, "消防设施完好率", "100%", desc="反映消防设施维护质量"),
                I(P, ZL, "维修维护验收合格率", "≥95%", desc="反映维修维护质量情况"),
                I(P, SX, "报修响应时间", "≤30分钟", desc="反映报修处理及时性"),
                I(C, JJCB, "每平方米年均物业服务成本", "≤71.5元", desc="反映物业服务成本控制情况"),
                I(X, SH, "安全责任事故", "0起", desc="反映大楼安全运行情况"),
                I(X, ST, "大楼能耗较上年下降率", "≥2%", desc="反映节能降耗情况"),
                I(M, FW, "入驻单位满意度", "≥95%", desc="反映服务对象对物业服务的满意程度")],
          project_type="本级支出项目", project_nature="持续性项目", measures=MEAS1,
          extra={"立项依据": "《吴兴区行政中心物业管理办法》及物业服务采购合同",
                 "cost_items": [{"item": "保安服务费", "amount": 168.00, "basis": "依据招标合同，42人×4.0万元/人"},
                                {"item": "保洁服务费", "amount": 126.00, "basis": "依据招标合同"},
                                {"item": "设备维护费", "amount": 112.00, "basis": "电梯、空调、消防系统维保合同"},
                                {"item": "绿化养护费", "amount": 80.00, "basis": "按养护面积据实测算"}],
                 "cost_total": 486.00}),
     Proj(2, "公务用车运行维护", title=T2, department=D2, total=138.60, fiscal=128.60, other=10.00,
          scope="project", implementing_unit="湖州市吴兴区公务用车服务中心",
          goals=["保障全区公务出行用车需求，车辆安全运行，单车运行费用控制在标准以内。"],
          inds=[I(P, SL, "保障公务用车", "≥46辆", desc="反映纳入平台管理的车辆数"),
                I(P, SL, "年度出车次数", "≥5,800次", desc="反映公务出行保障工作量"),
                I(P, ZL, "车辆年检合格率", "100%", desc="反映车辆安全技术状况"),
                I(P, ZL, "派车准确率", "≥98%", desc="反映车辆调度质量"),
                I(P, SX, "用车申请响应时间", "≤1小时", desc="反映派车及时性"),
                I(C, JJCB, "单车年均运行维护费用", "≤2.8万元", desc="反映车辆运行成本控制情况"),
                I(X, SH, "公务出行保障水平", "有效保障", desc="反映公务出行需求满足情况"),
                I(X, SH, "交通责任事故", "0起", desc="反映车辆安全运行情况"),
                I(M, FW, "用车单位满意度", "≥90%", desc="反映用车单位对服务的满意程度")],
          project_type="本级支出项目", project_nature="持续性项目", measures=MEAS2,
          extra={"立项依据": "《湖州市吴兴区公务用车管理办法》",
                 "cost_items": [{"item": "燃油费", "amount": 52.40, "basis": "46辆×1.14万元/辆"},
                                {"item": "维修保养费", "amount": 48.30, "basis": "近三年平均数"},
                                {"item": "保险费", "amount": 21.90, "basis": "按保险合同"},
                                {"item": "过路过桥费", "amount": 16.00, "basis": "据实测算"}],
                 "cost_total": 138.60})])

# ---------------------------------------------------------------- g3 whole department draft as `pdftotext -layout` text
D3, C3 = "哈密市伊州区住房和城乡建设局", "731004"
DUTIES3 = ("贯彻执行国家和自治区有关住房和城乡建设的法律法规和方针政策，负责全区城乡规划建设管理、"
           "房地产市场监管、建筑市场监管、城镇燃气和市政公用设施管理，指导全区保障性住房建设和城镇老旧小区改造工作。")
G["g3_dept_layout_pdftotext_yizhou_2024"] = rec(
    doc("2024 年部门预算绩效文本", D3, C3, 2024, status="草案", compiled_by="哈密市伊州区住房和城乡建设局",
        reviewed_by="哈密市伊州区财政局"),
    [Proj(1, "城镇老旧小区改造", title="城镇老旧小区改造绩效目标表", department=D3, department_code=C3,
          code="731-0403-YZJ-K7QD", total=1680.00, fiscal=1600.00, other=80.00,
          purpose="城镇老旧小区水电气暖管网、屋面防水、外墙保温及小区道路改造",
          plan=[(3, 20.00), (6, 50.00), (9, 80.00), (12, 100.00)],
          goals=["完成23个老旧小区改造，惠及居民3,460户", "改造供热管网14.2公里", "改造工程验收合格率100%"],
          inds=[I(P, SL, "改造老旧小区", "23个", desc="年度完成改造的小区个数", basis="年度计划"),
                I(P, SL, "惠及居民户数", "≥3,460户", desc="改造小区受益居民户数", basis="年度计划"),
                I(P, SL, "改造供热管网", "≥14.2公里", desc="改造小区供热管网长度", basis="年度计划"),
                I(P, SL, "外墙保温改造面积", "≥18.6万平方米", desc="完成外墙保温改造的建筑面积", basis="年度计划"),
                I(P, ZL, "工程验收合格率", "100%", desc="竣工验收合格的小区数占改造小区数的比例", basis="行业标准"),
                I(P, SX, "项目完工时间", "Q:2024年10月底前", desc="改造工程全部完工的时间", basis="年度计划"),
                I(C, JJCB, "户均改造成本", "≤4,855元", desc="项目总投资与受益户数之比", basis="历史标准"),
                I(X, SH, "居民居住条件", "明显改善", desc="改造后小区居住环境改善情况", basis="历史标准"),
                I(X, ST, "冬季供热能耗下降率", "≥8%", desc="改造小区供热单位面积能耗较改造前下降比例",
                  basis="行业标准"),
                I(M, FW, "居民满意度", "≥90%", desc="受益居民满意度调查结果", basis="历史标准")]),
     Proj(2, "城市燃气安全监管", title="城市燃气安全监管绩效目标表", department=D3, department_code=C3,
          code="731-0403-YZJ-R2MB", total=236.50, fiscal=236.50, other=None,
          purpose="城镇燃气安全隐患排查整治、燃气用户安全宣传和第三方安全检查服务",
          plan=[(3, 25.00), (6, 50.00), (9, 75.00), (12, 100.00)],
          goals=["完成全区燃气经营企业和重点用户安全检查全覆盖", "排查整治燃气安全隐患", "全年不发生较大及以上燃气安全事故"],
          inds=[I(P, SL, "燃气经营企业检查", "≥12家", desc="年度检查的燃气经营企业数", basis="年度计划"),
                I(P, SL, "餐饮等重点用户检查", "≥2,600户", desc="年度检查的餐饮、学校等重点燃气用户数", basis="年度计划"),
                I(P, SL, "安全宣传培训", "≥40场", desc="开展燃气安全宣传和培训场次", basis="年度计划"),
                I(P, ZL, "隐患整改完成率", "≥98%", desc="已整改隐患数占排查隐患数的比例", basis="行业标准"),
                I(P, ZL, "第三方检查报告合格率", "100%", desc="第三方服务机构检查报告验收合格比例", basis="行业标准"),
                I(P, SX, "重大隐患整改时限", "≤15日", desc="重大隐患自发现至整改完成的时间", basis="行业标准"),
                I(C, JJCB, "项目预算控制", "≤预算数", desc="项目支出不超过预算安排", basis="预算批复"),
                I(X, SH, "较大及以上燃气安全事故", "0起", desc="全年发生较大及以上燃气安全事故起数", basis="历史标准"),
                I(X, KC, "燃气安全监管长效机制", "逐步健全", desc="燃气安全日常监管制度建设情况", basis="历史标准"),
                I(M, FW, "燃气用户满意度", "≥90%", desc="抽样调查燃气用户满意度", basis="历史标准")])],
    toc=[{"part": 1, "title": "部门职责", "page": 1}, {"part": 1, "title": "总体绩效目标", "page": 1},
         {"part": 1, "title": "分项绩效目标", "page": 2}, {"part": 1, "title": "保障措施", "page": 3},
         {"part": 2, "title": "城镇老旧小区改造绩效目标表", "page": 4},
         {"part": 2, "title": "城市燃气安全监管绩效目标表", "page": 5}],
    overall=["全面推进城镇老旧小区改造，2024年完成23个小区改造任务，持续改善群众居住条件，提升城市品质。",
             "强化城镇燃气、建筑施工等领域安全监管，健全隐患排查整治长效机制，坚决遏制较大及以上安全事故发生。",
             "规范建筑市场和房地产市场秩序，保障农民工工资按时足额支付，促进住房和城乡建设事业健康发展。"],
    sub=[{"title": "城镇老旧小区改造",
          "goal": "完成23个老旧小区水电气暖管网、屋面防水和外墙保温改造，惠及居民3,460户，改造后供热能耗下降8%以上。",
          "indicator": "改造老旧小区23个；工程验收合格率100%；居民满意度不低于90%。"},
         {"title": "燃气安全监管",
          "goal": "对全区燃气经营企业和餐饮等重点用户开展安全检查全覆盖，排查整治燃气安全隐患，提升全民燃气安全意识。",
          "indicator": "检查燃气经营企业12家以上、重点用户2,600户以上；隐患整改完成率不低于98%。"}],
    safe=[{"title": "健全项目管理制度",
           "text": "严格执行项目储备、评审和招投标制度，落实项目法人责任制和工程质量终身责任制，规范项目资金拨付程序。"},
          {"title": "加强绩效运行监控",
           "text": "对重点项目绩效目标实现程度和预算执行进度实行“双监控”，每季度分析一次，发现偏差及时纠正。"
                   "监控结果作为预算调整和下年度预算安排的重要依据。"},
          {"title": "强化结果应用",
           "text": "将绩效目标完成情况纳入科室年度考核，对执行进度慢、绩效目标偏离的项目及时约谈整改。"}],
    extra={"duties": DUTIES3})

# ---------------------------------------------------------------- g4 Guangdong-style 项目绩效目标表, pipe rows, merged cells lost
D4 = "丽水市莲都区教育局"
T4 = "项目绩效目标表"
G["g4_guangdong_baseline_pipe_liandu_2023"] = rec(
    doc("2023年度项目绩效目标表", D4, None, 2023),
    [Proj(1, "中小学校舍维修改造", title=T4, department=D4, total=920.00, fiscal=900.00, other=20.00,
          scope="project", implementing_unit="丽水市莲都区教育后勤服务中心",
          goals=["完成14所中小学校舍维修改造和2所学校运动场改造，消除校舍安全隐患，改善办学条件。"],
          inds=[I(P, SL, "校舍维修改造学校", "14所", desc="年度完成校舍维修改造的学校数", baseline_raw="11所"),
                I(P, SL, "维修改造面积", "≥3.6万平方米", desc="维修改造的校舍建筑面积", baseline_raw="2.9万平方米"),
                I(P, SL, "运动场改造", "2个", desc="完成塑胶运动场改造个数", baseline_raw="—"),
                I(P, ZL, "工程验收合格率", "100%", desc="竣工验收合格的工程占比", baseline_raw="100%"),
                I(P, ZL, "校舍安全隐患消除率", "100%", desc="已消除隐患占排查隐患的比例", baseline_raw="96%"),
                I(P, SX, "暑期施工完成率", "≥90%", desc="利用暑假完成施工的工程占比", baseline_raw="85%"),
                I(C, JJCB, "每平方米维修改造成本", "≤250元", desc="维修改造总投资与面积之比", baseline_raw="238元"),
                I(X, SH, "受益学生人数", "≥1.15万人", desc="改造学校在校学生数", baseline_raw="0.92万人"),
                I(X, KC, "校舍安全管理长效机制", "持续完善", desc="校舍安全排查和维修制度执行情况", baseline_raw=None),
                I(M, FW, "师生满意度", "≥92%", desc="抽样调查师生满意度", baseline_raw="90%")]),
     Proj(2, "学前教育普惠发展补助", title=T4, department=D4, total=560.00, fiscal=560.00, other=0,
          scope="project", implementing_unit="丽水市莲都区教育局",
          goals=["扶持普惠性民办幼儿园32所，普惠性幼儿园在园幼儿占比达到92%以上，提升保教质量。"],
          inds=[I(P, SL, "扶持普惠性民办幼儿园", "32所", desc="享受生均补助的普惠性民办园数", baseline_raw="29所"),
                I(P, SL, "补助在园幼儿", "≥6,200人", desc="享受补助的在园幼儿人数", baseline_raw="5,870人"),
                I(P, SL, "幼儿园教师培训", "≥480人次", desc="参加保教能力培训的教师人次", baseline_raw="410人次"),
                I(P, ZL, "普惠性幼儿园覆盖率", "≥92%", desc="普惠性幼儿园在园幼儿占全部在园幼儿的比例",
                  baseline_raw="90.3%"),
                I(P, ZL, "等级幼儿园占比", "≥85%", desc="三级及以上等级幼儿园占比", baseline_raw="81%"),
                I(P, SX, "补助资金拨付时间", "Q:2023年9月底前", desc="生均补助资金拨付到园时间", baseline_raw="/"),
                I(C, JJCB, "生均补助标准", "≤900元", desc="普惠性民办园生均补助", baseline_raw="800元"),
                I(X, SH, "入园难入园贵问题", "有效缓解", desc="普惠性学前教育资源供给情况", baseline_raw="逐步缓解"),
                I(M, FW, "家长满意度", "≥90%", desc="在园幼儿家长满意度调查", baseline_raw="88%")])])

# ---------------------------------------------------------------- g5 one page, TWO departments' forms, tab-separated
DA, CA = "安康市汉滨区卫生健康局", "518001"
DB, CB = "安康市汉滨区文化和旅游广电局", "527003"
G["g5_two_depts_tab_hanbin_2024"] = rec(
    doc("安康市汉滨区2024年部门项目支出绩效目标公开（第三批）", DA, CA, 2024),
    [Proj(1, "基本公共卫生服务补助", title="项目支出绩效目标表", department=DA, department_code=CA,
          code="610902-24-0112", total=2146.80, fiscal=2146.80, other=0, scope="project",
          implementing_unit="安康市汉滨区疾病预防控制中心",
          goals=["为辖区常住人口免费提供12类国家基本公共卫生服务；", "65岁及以上老年人健康管理率达到62%；",
                 "适龄儿童国家免疫规划疫苗接种率保持在90%以上。"],
          inds=[I(P, SL, "65岁及以上老年人健康管理人数", "≥5.8万人", weight=10),
                I(P, SL, "高血压患者规范管理人数", "≥4.1万人", weight=10),
                I(P, SL, "2型糖尿病患者规范管理人数", "≥1.3万人", weight=5),
                I(P, ZL, "65岁及以上老年人健康管理率", "≥62%", weight=10),
                I(P, ZL, "适龄儿童国家免疫规划疫苗接种率", "≥90%", weight=10),
                I(P, ZL, "居民电子健康档案建档率", "≥90%", weight=5),
                I(P, SX, "补助资金拨付时间", "Q:按季度拨付", weight=10),
                I(C, JJCB, "人均基本公共卫生服务补助标准", "=89元", weight=10),
                I(X, SH, "城乡居民公共卫生服务差距", "逐步缩小", weight=10),
                I(X, KC, "基本公共卫生服务长效机制", "持续完善", weight=10),
                I(M, FW, "居民满意度", "≥85%", weight=10)]),
     Proj(2, "家庭医生签约服务", title="项目支出绩效目标表", department=DA, department_code=CA,
          code="610902-24-0117", total=386.00, fiscal=356.00, other=30.00, scope="project",
          implementing_unit="安康市汉滨区基层卫生服务中心",
          goals=["重点人群家庭医生签约服务覆盖率达到75%以上，签约居民获得连续性健康管理服务。"],
          inds=[I(P, SL, "组建家庭医生团队", "≥186个", weight=15),
                I(P, SL, "签约重点人群", "≥12.6万人", weight=15),
                I(P, ZL, "重点人群签约服务覆盖率", "≥75%", weight=15),
                I(P, ZL, "签约居民履约率", "≥85%", weight=10),
                I(P, SX, "签约服务费拨付时间", "Q:2024年12月20日前", weight=5),
                I(C, JJCB, "签约服务费补助标准", "≤30元/人·年", weight=10),
                I(X, SH, "签约居民就医便利程度", "明显提升", weight=15),
                I(M, FW, "签约居民满意度", "≥85%", weight=15)]),
     Proj(3, "公共文化场馆免费开放", title="项目支出绩效目标表", department=DB, department_code=CB,
          code="610902-24-0203", total=168.00, fiscal=168.00, other=0, scope="project",
          implementing_unit="安康市汉滨区文化馆",
          goals=["区文化馆、图书馆和28个镇（街道）综合文化站全年免费开放；", "开展公益文化活动320场次以上。"],
          inds=[I(P, SL, "免费开放场馆", "30个", weight=10),
                I(P, SL, "开展公益文化活动", "≥320场次", weight=10),
                I(P, SL, "举办公益培训", "≥96期", weight=10),
                I(P, SL, "图书馆新增藏书", "≥1.2万册", weight=10),
                I(P, ZL, "场馆每周开放时间", "≥56小时", weight=10),
                I(P, SX, "补助资金到位时间", "Q:2024年6月底前", weight=5),
                I(C, JJCB, "每个镇级综合文化站补助", "≤3万元", weight=10),
                I(X, SH, "年服务群众人次", "≥48万人次", weight=15),
                I(X, KC, "公共文化服务体系", "逐步完善", weight=5),
                I(M, FW, "群众满意度", "≥90%", weight=15)])])

# ---------------------------------------------------------------- g6 NEGATIVE: self-evaluation under a 绩效目标表 title
REFUSE["g6_selfeval_title_negative_chuxiong_2023"] = (
    "拒绝提取：这是项目支出绩效自评表（有全年执行数、全年实际完成值、得分和偏差原因分析），标题虽写“项目支出绩效目标表”，"
    "但不是预算绩效目标草案。")
NEG_FACTS["g6_selfeval_title_negative_chuxiong_2023"] = {
    "must": ["项目支出绩效目标表", "年度指标值", "全年实际完成值", "分值", "得分", "偏差原因分析", "全年执行数", "执行率"],
    "mustnot": ["自评", "自我评价"]}

# ---------------------------------------------------------------- g7 values in odd notations
D7, C7 = "赣州市章贡区市场监督管理局", "604001"
H7 = "2024年度项目支出绩效目标表"            # headline `赣州市章贡区市场监督管理局2024年度项目支出绩效目标表`
T7 = "项目支出绩效目标表"
G["g7_odd_notations_zhanggong_2024"] = rec(
    doc(H7, D7, C7, 2024),
    [Proj(1, "食品安全监督抽检", title=T7, department=D7, department_code=C7, code="360702-24-SJ-006",
          total=425.00, fiscal=425.00, other=0, scope="project", implementing_unit="赣州市章贡区食品药品检验所",
          goals=["完成食品安全监督抽检4,800批次；", "不合格食品核查处置率100%；", "全年不发生重大食品安全事故。"],
          inds=[I(P, SL, "食品安全监督抽检批次", "4,800批次", desc="全年完成的监督抽检批次", weight=10, basis="年度计划"),
                I(P, SL, "农贸市场快检", "≥1次/季度", desc="辖区每个农贸市场的快检频次", weight=10, basis="年度计划"),
                I(P, ZL, "抽检样品覆盖食品大类", "95%以上", desc="抽检覆盖的食品大类占比", weight=10, basis="行业标准"),
                IX(P, ZL, "不合格食品核查处置率", "100%（含）", "numeric", "=", 100, "%",
                   desc="已核查处置的不合格食品批次占比", weight=10, basis="行业标准"),
                I(P, ZL, "检验报告准确率", "≥95.0%", desc="复检结论与原检验结论一致的比例", weight=10, basis="行业标准"),
                I(P, SX, "检验报告出具时限", "≤3个工作日", desc="样品送检至出具报告的时间", weight=10, basis="行业标准"),
                I(P, SX, "抽检计划完成时间", "Q:2024年6月30日前", desc="上半年抽检任务完成时间", weight=5,
                  basis="年度计划"),
                IX(C, JJCB, "单批次抽检费用偏差", "±2%以内", "numeric", "<=", 2, "%",
                   desc="实际单批次费用与预算单价的偏差", weight=5, basis="预算批复"),
                I(X, SH, "重大食品安全事故", "0起", desc="全年发生的重大食品安全事故起数", weight=10, basis="历史标准"),
                IX(X, SH, "食品抽检合格率", "较上年提高5个百分点", "numeric", "=", 5, "个百分点",
                   desc="与上年相比的提高幅度", weight=10, basis="历史标准", relative_to="上年"),
                I(M, FW, "消费者满意度", "不低于95%", desc="抽样调查消费者满意度", weight=10, basis="历史标准")]),
     Proj(2, "12315投诉举报处置", title=T7, department=D7, department_code=C7, code="360702-24-SJ-011",
          total=96.50, fiscal=86.50, other=10.00, scope="project", implementing_unit="赣州市章贡区消费者权益保护中心",
          goals=["及时受理处置消费投诉举报，为消费者挽回经济损失，营造放心消费环境。"],
          inds=[I(P, SL, "受理投诉举报", "≥9,000件", desc="全年受理的投诉举报件数", weight=10, basis="历史标准"),
                I(P, SL, "放心消费示范单位", "≥60家", desc="新创建的放心消费示范单位数", weight=10, basis="年度计划"),
                I(P, ZL, "投诉按期办结率", "不低于95%", desc="按期办结的投诉件数占比", weight=10, basis="行业标准"),
                I(P, ZL, "举报核查率", "100%（含）", desc="已核查举报件数占比", weight=10, basis="行业标准",
                  parse_as="100%"),
                I(P, SX, "投诉受理时限", "≤3个工作日", desc="收到投诉至决定受理的时间", weight=10, basis="行业标准"),
                I(P, SX, "现场核查时限", "3-5天", desc="决定受理至现场核查的时间", weight=10, basis="行业标准"),
                I(C, JJCB, "话务外包服务费", "≤28万元", desc="12315话务外包服务年度费用", weight=10, basis="合同"),
                I(X, JJ, "为消费者挽回经济损失", "≥300万元", desc="调解挽回的经济损失", weight=10, basis="历史标准"),
                I(X, SH, "群体性消费纠纷", "0起", desc="引发的群体性消费纠纷起数", weight=5, basis="历史标准"),
                I(M, FW, "投诉人满意度", "90%以上", desc="回访投诉人的满意度", weight=15, basis="历史标准")])])
