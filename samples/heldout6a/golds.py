"""The six blind golds of heldout6a, typed by hand. make.py renders each document FROM these facts and
writes NAME.gold.json beside it. Departments, people, codes and numbers are invented (Heilongjiang,
Inner Mongolia, Ningxia, Guangxi, Qinghai, Tianjin: provinces no earlier held-out set used). This set is
about harder LAYOUTS (a photographed form, a table split by a page break without a repeated header, two
tables on one page after a department table, a nested Word table, a workbook with a hidden sheet and two
stacked projects, a seed-family draft with full-width values). Keys starting with `_` are render hints,
dropped from the golds."""
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


def W(l1, l2, l3, raw, w, **k):
    return I(l1, l2, l3, raw, weight=w, **k)


JH, HY, LS, QT = "计划标准", "行业标准", "历史标准", "其他标准"
G = {}

# ---------------------------------------------------------------- p1 JPEG photo of a one-project printed form
D1, C1 = "牡丹江市爱民区卫生健康局", "521001"
G["p1_jpg_photo_aimin_2024"] = rec(
    doc("2024年项目支出绩效目标表", D1, C1, 2024),
    [Proj(1, "城乡居民慢性病健康管理服务", title="2024年项目支出绩效目标表", code="AM2024-WJ-017",
          department=D1, department_code=C1, scope="project",
          implementing_unit="牡丹江市爱民区疾病预防控制中心", total=186.50, fiscal=172.00, other=14.50,
          goals=["为辖区高血压、2型糖尿病患者提供规范化健康管理服务；",
                 "开展慢性病防治健康教育，提高居民健康素养水平。"],
          inds=[I(P, SL, "高血压患者规范管理人数", "≥6800人"),
                I(P, SL, "2型糖尿病患者规范管理人数", "≥2300人"),
                I(P, SL, "开展健康教育讲座", "≥48场"),
                I(P, ZL, "慢性病患者规范管理率", "≥65%"),
                I(P, ZL, "管理人群血压控制达标率", "≥60%"),
                I(P, SX, "随访服务完成时间", "Q:2024年12月底前"),
                I(C, JJCB, "人均管理服务补助", "≤200元"),
                I(X, SH, "居民健康素养水平", "≥25%"),
                I(X, SH, "慢性病早期发现率", "明显提高"),
                I(X, KC, "慢性病防控长效机制", "逐步健全"),
                I(M, FW, "管理对象满意度", "≥90%")])])

# ---------------------------------------------------------------- p2 LibreOffice PDF, table continues WITHOUT header
D2, C2, T2 = "包头市昆都仑区农牧局", "613002", "项目支出绩效目标表"
G["p2_pdf_pagebreak_kundulun_2023"] = rec(
    doc("2023年度项目支出绩效目标表", D2, C2, 2023),
    [Proj(1, "重大动物疫病强制免疫", title=T2, department=D2, department_code=C2, scope="project",
          implementing_unit="包头市昆都仑区动物疫病预防控制中心", total=96.80, fiscal=96.80, other=0,
          goals=["完成辖区牲畜口蹄疫、高致病性禽流感等重大动物疫病强制免疫，免疫密度常年保持在90%以上，"
                 "确保不发生区域性重大动物疫情。"],
          inds=[B(P, SL, "口蹄疫免疫牲畜", "≥4.6万头", JH),
                B(P, SL, "高致病性禽流感免疫家禽", "≥18万羽", JH),
                B(P, SL, "免疫效果监测样品", "≥1200份", JH),
                B(P, ZL, "应免畜禽免疫密度", "≥90%", HY),
                B(P, ZL, "免疫抗体合格率", "≥70%", HY),
                B(P, SX, "春季集中免疫完成时间", "Q:2023年5月底前", JH),
                B(C, JJCB, "疫苗采购成本", "≤预算批复金额", QT),
                B(X, JJ, "减少畜禽疫病经济损失", "明显减少", QT),
                B(X, SH, "区域性重大动物疫情", "0起", LS),
                B(M, FW, "养殖户满意度", "≥90%", LS)]),
     Proj(2, "农作物病虫害绿色防控", title=T2, department=D2, department_code=C2, scope="project",
          implementing_unit="包头市昆都仑区农业技术推广中心", total=128.40, fiscal=110.00, other=18.40,
          _split="indicator table continues on the next page, no repeated header; 产出指标 cell spans the break",
          goals=["建设农作物病虫害绿色防控示范区，推广生物防治、理化诱控等技术，绿色防控覆盖率达到52%以上；",
                 "开展病虫害监测预警和统防统治，主要农作物病虫害损失率控制在5%以内；",
                 "培训种植户和植保服务组织人员，减少化学农药使用量，保障农产品质量安全。"],
          inds=[B(P, SL, "建设绿色防控示范区", "≥6个", JH),
                B(P, SL, "绿色防控技术推广面积", "≥3.2万亩", JH),
                B(P, SL, "统防统治作业面积", "≥2.5万亩", JH),
                B(P, SL, "设立病虫害监测点", "≥15个", JH),
                B(P, SL, "发放性诱捕器", "≥8000套", JH),
                B(P, SL, "培训种植户及植保人员", "≥600人次", JH),
                B(P, ZL, "绿色防控覆盖率", "≥52%", HY),
                B(P, ZL, "病虫害监测预报准确率", "≥90%", HY),
                B(P, SX, "防控物资发放时间", "Q:2023年6月15日前", JH),
                B(C, JJCB, "亩均防控物资补助", "≤25元", QT),
                B(X, ST, "化学农药使用量减少", "≥3%", LS),
                B(X, JJ, "主要农作物病虫害损失率", "≤5%", HY),
                B(M, FW, "种植户满意度", "≥92%", LS)]),
     Proj(3, "农村牧区人居环境整治村庄清洁行动", title=T2, department=D2, department_code=C2, scope="project",
          implementing_unit="包头市昆都仑区卜尔汉图镇人民政府", total=54.00, fiscal=54.00, other=0,
          goals=["组织开展村庄清洁行动，清理农村生活垃圾和残垣断壁，改善农村牧区人居环境。"],
          inds=[B(P, SL, "开展村庄清洁行动行政村", "12个", JH),
                B(P, SL, "清理农村生活垃圾", "≥3600吨", JH),
                B(P, SL, "清理残垣断壁", "≥140处", JH),
                B(P, ZL, "清洁行动验收合格率", "100%", HY),
                B(P, SX, "集中整治完成时间", "Q:2023年10月底前", JH),
                B(C, JJCB, "每村平均补助", "4.5万元", QT),
                B(X, ST, "村容村貌", "明显改善", QT),
                B(M, FW, "村民满意度", "≥90%", LS)])])

# ---------------------------------------------------------------- p3 LibreOffice PDF: 部门整体 table, then 2 projects on ONE page
D3, C3 = "石嘴山市大武口区民政局", "705001"
G["p3_pdf_dept_twoproj_dawukou_2022"] = rec(
    doc("2022年度部门预算绩效目标", D3, C3, 2022),
    [Proj(1, None, title="部门整体支出绩效目标表", department=D3, department_code=C3, scope="department",
          total=2865.30, fiscal=2815.30, other=50.00,
          extra={"基本支出": "612.80", "项目支出": "2252.50"},
          _duties=[("社会救助", "保障城乡低保、特困人员基本生活", "城乡最低生活保障资金", 1620.00),
                   ("养老服务", "推进居家和社区养老服务", "社区居家养老服务补贴", 386.50),
                   ("社会事务管理", "规范婚姻登记和殡葬管理服务", "惠民殡葬补助资金", 246.00)],
          goals=["按时足额发放城乡低保、特困人员救助供养资金，兜住困难群众基本生活底线；",
                 "完善居家和社区养老服务网络，为老年人提供助餐、助洁等上门服务；",
                 "落实惠民殡葬政策，规范婚姻登记和殡葬管理服务；",
                 "保障机关正常运转。"],
          inds=[I(P, SL, "城乡低保保障人数", "≥4200人"),
                I(P, SL, "特困人员救助供养人数", "≥310人"),
                I(P, SL, "居家养老上门服务人次", "≥2.6万人次"),
                I(P, ZL, "低保资金发放准确率", "100%"),
                I(P, ZL, "婚姻登记合格率", "100%"),
                I(P, SX, "救助资金发放时间", "Q:每月10日前"),
                I(C, JJCB, "三公经费支出", "≤年初预算数"),
                I(X, SH, "困难群众基本生活", "有效保障"),
                I(X, KC, "社会救助长效机制", "持续完善"),
                I(M, FW, "救助对象满意度", "≥90%")]),
     Proj(2, "城乡最低生活保障资金", title="城乡最低生活保障资金绩效目标表", department=D3, department_code=C3,
          scope="project", implementing_unit="大武口区社会救助服务中心", total=1620.00, fiscal=1620.00, other=0,
          goals=["按月足额发放城乡低保金，保障低保对象基本生活。"],
          inds=[I(P, SL, "城市低保保障人数", "≥2900人"),
                I(P, SL, "农村低保保障人数", "≥1300人"),
                I(P, ZL, "低保对象认定准确率", "≥98%"),
                I(P, SX, "低保金发放时间", "Q:每月10日前"),
                I(C, JJCB, "城市低保月人均补差", "≥560元"),
                I(X, SH, "低保对象基本生活", "有效保障"),
                I(X, KC, "动态管理机制", "持续完善"),
                I(M, FW, "低保对象满意度", "≥90%")]),
     Proj(3, "社区居家养老服务补贴", title="社区居家养老服务补贴绩效目标表", department=D3, department_code=C3,
          scope="project", implementing_unit="大武口区养老服务指导中心", total=386.50, fiscal=356.50, other=30.00,
          goals=["为经济困难高龄、失能老年人购买居家养老上门服务；", "新建社区老年助餐点6个。"],
          inds=[I(P, SL, "享受居家养老服务补贴老年人", "≥1150人"),
                I(P, SL, "新建社区老年助餐点", "6个"),
                I(P, SL, "上门服务人次", "≥2.6万人次"),
                I(P, ZL, "服务质量抽查合格率", "≥95%"),
                I(P, SX, "补贴资金拨付时间", "按季度拨付"),
                I(C, JJCB, "人均月服务补贴标准", "≤150元"),
                I(X, SH, "老年人生活质量", "明显提高"),
                I(M, FW, "服务对象满意度", "≥90%")])])

# ---------------------------------------------------------------- p4 docx, form table NESTED in an outer layout table, 分值
D4, C4, T4 = "柳州市鱼峰区交通运输局", "812004", "项目支出绩效目标表"
G["p4_docx_nested_yufeng_2025"] = rec(
    doc(T4, D4, C4, 2025),
    [Proj(1, "农村公路日常养护", title=T4, code="450203-25-JT0008", department=D4, department_code=C4,
          scope="project", implementing_unit="柳州市鱼峰区公路养护中心", total=312.00, fiscal=312.00, other=0,
          goals=["对辖区426公里农村公路实施日常养护，优良中等路率达到85%以上；", "及时处置水毁等路面病害，保障农村群众安全便捷出行。"],
          inds=[W(P, SL, "农村公路日常养护里程", "426公里", 10),
                W(P, SL, "修复路面坑槽", "≥5200平方米", 8),
                W(P, SL, "清理边沟", "≥180公里", 6),
                W(P, SL, "增设及更换交通标志", "≥90块", 6),
                W(P, ZL, "农村公路优良中等路率", "≥85%", 10),
                W(P, ZL, "养护工程验收合格率", "100%", 8),
                W(P, SX, "水毁路段抢通时限", "≤48小时", 8),
                W(C, JJCB, "每公里年均养护成本", "≤0.73万元", 8),
                W(X, SH, "农村群众出行条件", "明显改善", 10),
                W(X, SH, "农村公路安全事故", "同比下降", 6),
                W(X, KC, "农村公路管养长效机制", "有效运行", 10),
                W(M, FW, "沿线群众满意度", "≥90%", 10)]),
     Proj(2, "城乡公交运营补贴", title=T4, code="450203-25-JT0013", department=D4, department_code=C4,
          scope="project", implementing_unit="柳州市鱼峰区城乡客运服务站", total=458.60, fiscal=420.00, other=38.60,
          goals=["保障12条城乡公交线路正常运营，提升城乡客运服务水平。"],
          inds=[W(P, SL, "保障运营城乡公交线路", "12条", 10),
                W(P, SL, "补贴运营车辆", "≥86辆", 10),
                W(P, SL, "年运送乘客", "≥310万人次", 10),
                W(P, ZL, "车辆准点率", "≥92%", 10),
                W(P, ZL, "运营安全责任事故", "0起", 10),
                W(P, SX, "补贴资金拨付时间", "Q:2025年12月20日前", 10),
                W(C, JJCB, "单车年均补贴", "≤5.33万元", 10),
                W(X, SH, "行政村通客车率", "100%", 10),
                W(X, KC, "城乡客运一体化水平", "稳步提升", 10),
                W(M, FW, "乘客满意度", "≥88%", 10)])])

# ---------------------------------------------------------------- p5 xlsx: hidden old sheet, notes sheet, 2 projects stacked
D5, C5 = "西宁市城西区教育局", "901003"
T5 = "2024年度项目支出绩效目标表"
G["p5_xlsx_stacked_chengxi_2024"] = rec(
    doc("2024年度项目支出绩效目标表", D5, C5, 2024),
    [Proj(1, "中小学课后服务经费", title=T5, department=D5, department_code=C5, scope="project",
          implementing_unit="西宁市城西区教育局", total=245.00, fiscal=245.00, other=0,
          _old=(218.00, "≥14000人"),
          goals=["为全区义务教育阶段学生提供课后服务，课后服务学校覆盖率达到100%；",
                 "丰富课后服务内容，减轻家长接送负担。"],
          inds=[I(P, SL, "开展课后服务学校数量", "31所", "开展课后服务的义务教育学校数"),
                I(P, SL, "参加课后服务学生人数", "16500", "自愿参加课后服务的学生人数", _cell=16500),
                I(P, SL, "课后服务参与教师", "≥1400人", "参与课后服务的在职教师人数"),
                I(P, ZL, "课后服务学校覆盖率", "100%", "开展课后服务学校占全部学校比例"),
                I(P, ZL, "学生参与率", "≥85%", "参加课后服务学生占在校学生比例"),
                I(P, SX, "课后服务经费拨付时间", "按学期拨付", "经费拨付时限"),
                I(C, JJCB, "教师课后服务补助标准", "≤40元/课时", "每课时补助金额"),
                I(X, SH, "家长接送负担", "有效减轻", "家长按时接送困难问题缓解情况"),
                I(X, KC, "课后服务保障机制", "持续完善", "课后服务经费保障机制运行情况"),
                I(M, FW, "学生家长满意度", "≥90%", "抽样调查家长满意比例")]),
     Proj(2, "学生营养改善计划", title=T5, department=D5, department_code=C5, scope="project",
          implementing_unit="西宁市城西区学生营养办公室", total=532.80, fiscal=500.00, other=32.80,
          _old=(506.00, "20所"),
          goals=["为农村义务教育学生提供营养膳食补助，每生每天5元，改善学生营养健康状况。"],
          inds=[I(P, SL, "受益学生人数", "≥11840人", "享受营养膳食补助的学生数"),
                I(P, SL, "实施营养改善计划学校", "22所", "纳入营养改善计划的学校数"),
                I(P, ZL, "食品安全事故", "0起", "供餐环节发生的食品安全事故"),
                I(P, ZL, "食堂供餐比例", "≥95%", "食堂供餐学校占比"),
                I(P, SX, "补助资金拨付时间", "Q:每学期开学后30日内", "资金拨付时限"),
                I(C, JJCB, "学生营养膳食补助标准", "5元/生·天", "每生每天补助金额"),
                I(X, SH, "学生营养健康状况", "持续改善", "学生体质健康监测情况"),
                I(X, KC, "营养改善长效机制", "逐步健全", "营养改善计划管理机制运行情况"),
                I(M, FW, "学生及家长满意度", "≥92%", "抽样调查满意比例")])])

# ---------------------------------------------------------------- p6 seed-family docx, full-width values
D6, C6 = "天津市北辰区商务局", "215008"
T6a, T6b = "外贸企业国际市场开拓补助绩效目标表", "一刻钟便民生活圈建设绩效目标表"


def Q3(l1, l2, l3, desc, basis):
    """`不少于三次`: comparator word + a value in Chinese numerals, typed by hand (3, 次)."""
    d = I(l1, l2, l3, "Q:不少于三次", desc, basis)
    d.update(kind="numeric", comparator=">=", value=3, unit="次")
    return d


G["p6_docx_seedfamily_beichen_2024"] = rec(
    doc("2024年部门预算绩效文本", D6, C6, 2024, status="草案", compiled_by=D6, reviewed_by="天津市北辰区财政局"),
    [Proj(1, "外贸企业国际市场开拓补助", title=T6a, code="215-0801-WMK-3RQZ", department=D6,
          department_code=C6, total=260.00, fiscal=260.00, other=None,
          purpose="用于支持外贸企业参加境外展会、开展国际认证和境外商标注册",
          plan=[(3, 20), (6, 50), (9, 80), (12, 100)],
          goals=["支持外贸企业参加境外重点展会", "帮助企业开展国际认证和境外商标注册", "稳定外贸基本盘，企业满意"],
          inds=[I(P, SL, "支持企业参加境外展会", "≥１２０家次", "补助参加境外展会的企业家次", JH),
                I(P, SL, "支持企业国际认证项目", "≥４５个", "补助国际认证及境外商标注册项目数", JH),
                Q3(P, SL, "组织外贸政策宣讲", "全年组织外贸政策宣讲会次数", JH),
                I(P, ZL, "补助资金审核准确率", "１００％", "补助申报材料审核准确比例", HY),
                I(P, SX, "补助资金兑付时限", "＜＝３０个工作日", "审核完成后资金兑付时限", JH),
                I(P, "成本指标", "单个企业年度补助上限", "≤５０万元", "单个企业年度补助金额上限", JH),
                I("效果指标", "经济效益指标", "带动企业新增出口订单", "≥２．５亿元", "参展企业意向成交额", LS),
                I("效果指标", "社会效益指标", "稳定外贸企业数量", "≥３００家", "有进出口实绩企业数", LS),
                I(M, "服务对象满意度指标", "受补助企业满意度", "＞＝９５％", "受补助企业满意比例", LS)]),
     Proj(2, "一刻钟便民生活圈建设", title=T6b, code="215-0801-BMS-8KTD", department=D6,
          department_code=C6, total=185.50, fiscal=150.00, other=35.50,
          purpose="用于便民生活圈试点社区商业网点改造提升和智慧化设施配置",
          plan=[(3, 10), (6, 40), (9, 70), (12, 100)],
          goals=["完成6个试点社区一刻钟便民生活圈建设", "改造提升便民商业网点", "居民就近消费便利度提高"],
          inds=[I(P, SL, "建设便民生活圈试点社区", "６个", "完成建设的试点社区数", JH),
                I(P, SL, "改造提升便民商业网点", "≥８０个", "完成改造的早餐店、菜店等网点数", JH),
                I(P, SL, "开展便民服务进社区活动", "≥１００人次", "参与便民服务活动的居民人次", JH),
                I(P, ZL, "改造网点验收合格率", "≥９８％", "验收合格网点占改造网点比例", HY),
                I(P, SX, "试点社区建设完成时间", "Q:２０２４年１１月底前", "建设完成时间节点", JH),
                I(P, "成本指标", "单个网点改造补助", "≤１．２万元", "每个网点改造补助金额", JH),
                I("效果指标", "社会效益指标", "居民步行15分钟内购物便利度", "明显提升", "居民就近购物便利程度", QT),
                I("效果指标", "可持续影响指标", "便民商业网点持续经营率", "＞＝９０％", "改造网点一年后仍在经营比例", LS),
                I(M, "服务对象满意度指标", "社区居民满意度", "＞＝９５％", "受访居民满意比例", LS)])],
    toc=[{"part": 1, "title": "总体绩效目标", "page": 1}, {"part": 1, "title": "分项绩效目标", "page": 1},
         {"part": 1, "title": "工作保障措施", "page": 2},
         {"part": 2, "title": T6a, "page": 4}, {"part": 2, "title": T6b, "page": 5}],
    overall=["围绕稳外贸、促消费，支持外贸企业开拓国际市场，推动外贸规模稳中提质。",
             "推进一刻钟便民生活圈建设，完善社区商业网点布局，提升居民消费便利度。",
             "加强商贸流通领域安全生产和市场运行监测，保障重要生活必需品市场供应。"],
    sub=[{"title": "稳外贸促发展",
          "goal": "支持外贸企业参加境外展会和国际认证，帮助企业稳订单、拓市场。",
          "indicator": "支持企业参加境外展会不少于120家次；受补助企业满意度不低于95%。"},
         {"title": "便民生活圈建设",
          "goal": "在6个试点社区建设一刻钟便民生活圈，补齐社区商业短板。",
          "indicator": "改造提升便民商业网点80个以上；改造网点验收合格率不低于98%。"},
         {"title": "市场运行监测",
          "goal": "做好重要生活必需品市场监测和应急保供工作。",
          "indicator": "市场监测样本企业数据按时报送率达到100%。"}],
    safe=[{"title": "完善制度建设",
           "text": "修订外贸发展资金和便民生活圈建设资金管理办法，明确申报条件、审核程序和补助标准，做到资金分配公开透明。"},
          {"title": "加强支出管理",
           "text": "严格按照预算批复和资金用途组织支出，加快资金拨付进度，确保资金按计划使用。"},
          {"title": "加强绩效运行监控",
           "text": "对项目绩效目标实现程度和预算执行进度实行双监控，发现偏差及时纠正。对执行进度滞后的项目约谈项目单位，督促整改落实。"},
          {"title": "做好绩效自评",
           "text": "年度终了及时开展绩效自评，将自评结果作为以后年度预算安排的重要依据。"}])
