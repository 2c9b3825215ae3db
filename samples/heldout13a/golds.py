"""The six blind golds of heldout13a, typed by hand. make.py renders each document FROM these facts and
writes NAME.gold.json beside it. Departments, people, codes and numbers are invented (Anhui: Bengbu Longzihu,
Huangshan Tunxi; Hubei: Shiyan Zhangwan; Hunan: Zhuzhou Lusong; Guangdong: Zhanjiang Chikan; Jiangxi: Jingdezhen
Zhushan — no earlier held-out set used these). This set is about LONG AND AWKWARD INDICATOR TABLES: a 46-row table
over three PDF pages whose split merged level cells are printed again after one break and left blank after the
other; a three-row header (绩效指标 / 一级·二级·三级·指标值 / 2023年实际完成值·2024年目标值) with a 备注 column;
小计 rows after each 一级 group, empty spacer rows and a 合计 row of 分值, with the same 三级 name under two 二级;
a table whose columns run 三级 | 指标值 | 依据 | 二级 | 一级 (levels at the RIGHT) full of PM2.5 / NH3-N / 5G
names; rows where 三级 and 指标值 share ONE merged cell `名称：值`; level and basis cells typed as ditto marks
`〃` / `同上`.
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


JH, HY, LS, QT = "计划标准", "行业标准", "历史标准", "其他标准"
ST_CB = "生态环境成本指标"
G = {}

# ---------------------------------------------------------------- a1 .pdf 46 rows over three pages, 序号 column
D1, C1 = "蚌埠市龙子湖区城市管理局", "341006"
T1 = "2025年度项目支出绩效目标表"
G["a1_pdf_46rows_threepages_longzihu_2025"] = rec(
    doc(T1, D1, C1, 2025),
    [Proj(1, "城市市容环境卫生综合管理", title=T1, code="LZH2025-CG-001", department=D1, department_code=C1,
          scope="project", implementing_unit="蚌埠市龙子湖区环境卫生管理所", total=6842.60, fiscal=6542.60, other=300.00,
          goals=["做好城区道路清扫保洁、生活垃圾收集清运和公厕运行管理，保持城市环境整洁；",
                 "推进生活垃圾分类和环卫作业车辆更新，提升机械化作业水平；",
                 "整治背街小巷和户外广告牌匾，改善城市容貌。"],
          inds=[B(P, SL, "道路机械化清扫面积", "≥520万平方米", JH),
                B(P, SL, "道路人工保洁面积", "≥860万平方米", JH),
                B(P, SL, "生活垃圾清运量", "≥9.6万吨", JH),
                B(P, SL, "公厕日常保洁", "≥146座", JH),
                B(P, SL, "垃圾中转站运行", "≥8座", JH),
                B(P, SL, "果皮箱清洗维护", "≥3200个", JH),
                B(P, SL, "背街小巷环境整治", "≥60条", JH),
                B(P, SL, "户外广告牌匾整治", "≥450块", JH),
                B(P, SL, "清理卫生死角", "≥900处", JH),
                B(P, SL, "新增垃圾分类投放点", "≥120个", JH),
                B(P, SL, "更新环卫作业车辆", "≥24辆", JH),
                B(P, ZL, "主次干道机扫率", "≥90%", HY),
                B(P, ZL, "生活垃圾无害化处理率", "100%", HY),
                B(P, ZL, "公厕保洁达标率", "≥95%", HY),
                B(P, ZL, "生活垃圾日产日清率", "100%", HY),
                B(P, ZL, "作业车辆完好率", "≥95%", HY),
                B(P, ZL, "城市家具完好率", "≥92%", HY),
                B(P, ZL, "道路尘土残存量", "≤5克/平方米", HY),
                B(P, ZL, "垃圾分类投放准确率", "≥80%", JH),
                B(P, ZL, "渗滤液处理达标率", "100%", HY),
                B(P, SX, "生活垃圾清运时间", "Q:每日22时前", JH),
                B(P, SX, "主干道积雪清除时间", "≤24小时", HY),
                B(P, SX, "市容投诉处置时限", "≤2个工作日", HY),
                B(P, SX, "车辆采购完成时间", "Q:2025年6月30日前", JH),
                B(C, JJCB, "道路保洁单价", "≤4.8元/平方米·年", HY),
                B(C, JJCB, "垃圾清运单价", "≤86元/吨", HY),
                B(C, JJCB, "公厕运维单价", "≤3.2万元/座·年", HY),
                B(C, JJCB, "环卫车辆购置单价", "≤38万元/辆", HY),
                B(C, JJCB, "项目总成本", "≤年初预算数", JH),
                B(C, SHCB, "夜间作业扰民投诉", "≤30件", LS),
                B(C, ST_CB, "作业车辆尾气排放超标", "0辆", HY),
                B(X, JJ, "可回收物资源化收益", "≥120万元", LS),
                B(X, JJ, "环卫作业市场化节约资金", "≥60万元", LS),
                B(X, SH, "城市容貌评价得分", "≥90分", HY),
                B(X, SH, "提供环卫工人就业岗位", "≥1400个", LS),
                B(X, SH, "市民文明卫生意识", "明显提升", QT),
                B(X, SH, "市容环境类投诉量", "较上年下降", LS),
                B(X, SH, "重大活动环境保障", "圆满完成", QT),
                B(X, ST, "生活垃圾回收利用率", "≥38%", HY),
                B(X, ST, "道路扬尘污染", "有效控制", QT),
                B(X, ST, "填埋场周边地下水水质", "达标", HY),
                B(X, KC, "环卫作业市场化机制", "长效运行", QT),
                B(X, KC, "垃圾分类工作", "常态化推进", QT),
                B(X, KC, "环卫设施使用年限", "≥8年", HY),
                B(M, FW, "市民满意度", "≥90%", LS),
                B(M, FW, "环卫工人满意度", "≥85%", LS)],
          _pages=(18, 37)),         # rows 1–18 on page 1, 19–37 on page 2, 38–46 on page 3
     Proj(2, "环卫公厕提质改造", title=T1, code="LZH2025-CG-006", department=D1, department_code=C1,
          scope="project", implementing_unit="蚌埠市龙子湖区环境卫生管理所", total=486.00, fiscal=486.00, other=0,
          goals=["对城区老旧公厕实施提质改造，增设无障碍设施和第三卫生间，提升如厕环境。"],
          inds=[B(P, SL, "改造老旧公厕", "≥28座", JH),
                B(P, SL, "增设第三卫生间", "≥10个", JH),
                B(P, ZL, "改造工程验收合格率", "100%", HY),
                B(P, SX, "改造完工时间", "Q:2025年10月31日前", JH),
                B(C, JJCB, "单座公厕改造成本", "≤16万元", HY),
                B(X, SH, "公厕服务覆盖人口", "≥12万人", LS),
                B(X, KC, "公厕长效管护机制", "逐步完善", QT),
                B(M, FW, "如厕群众满意度", "≥90%", LS),
                B(M, FW, "周边商户满意度", "≥85%", LS)],
          _pages=())])

# ---------------------------------------------------------------- a2 .docx three-row header, baseline + 备注 columns
D2, C2 = "黄山市屯溪区文化和旅游局", "418005"
T2 = "2024年度项目支出绩效目标表"


def H(l1, l2, l3, base, raw, basis, remark=None):
    """a row under the three-row header: 2023年实际完成值 (baseline, "" = blank) | 2024年目标值 | 依据 | 备注."""
    d = I(l1, l2, l3, raw, basis=basis, baseline_raw=base or None)
    if remark:
        d["remark"] = remark
    return d


G["a2_docx_threerowheader_tunxi_2024"] = rec(
    doc(T2, D2, C2, 2024),
    [Proj(1, "屯溪老街文旅消费活动", title=T2, code="TX2024-WL-003", department=D2, department_code=C2,
          scope="project", implementing_unit="黄山市屯溪区文化旅游服务中心", total=318.00, fiscal=288.00, other=30.00,
          goals=["围绕屯溪老街举办徽州民俗展演、非遗市集等文旅消费活动，激发夜间文旅消费活力；",
                 "开展文旅宣传推广，提升屯溪老街品牌影响力。"],
          inds=[H(P, SL, "举办民俗展演活动", "96场", "≥120场", JH, "含线上直播场次"),
                H(P, SL, "举办非遗市集", "8期", "≥10期", JH),
                H(P, SL, "开展文旅宣传推广", "", "≥15次", JH, "新增指标"),
                H(P, ZL, "活动安全事故", "0起", "0起", HY),
                H(P, ZL, "演出节目审核通过率", "100%", "100%", HY),
                H(P, SX, "活动方案报批时间", "2023年3月31日前", "Q:2024年3月31日前", JH),
                H(C, JJCB, "场均活动成本", "1.9万元", "≤1.8万元", HY, "不含安保费用"),
                H(X, JJ, "带动老街商户营业额增长", "12%", "≥10%", LS),
                H(X, SH, "接待游客人次", "386万人次", "≥400万人次", LS, "以景区票务及客流监测数据为准"),
                H(X, KC, "夜间文旅消费集聚区运营", "持续运营", "持续运营", QT),
                H(M, FW, "游客满意度", "91%", "≥90%", LS, "第三方测评")]),
     Proj(2, "非物质文化遗产保护传承", title=T2, code="TX2024-WL-007", department=D2, department_code=C2,
          scope="project", implementing_unit="黄山市屯溪区非物质文化遗产保护中心", total=126.50, fiscal=126.50, other=0,
          goals=["开展非遗代表性项目记录和传承人传习补助，支持徽墨、徽派盆景等传统技艺传承发展。"],
          inds=[H(P, SL, "非遗代表性项目数字化记录", "6项", "≥8项", JH),
                H(P, SL, "补助代表性传承人", "42人", "≥45人", JH, "区级及以上传承人"),
                H(P, SL, "开展非遗进校园活动", "", "≥20场", JH, "新增指标"),
                H(P, ZL, "记录成果验收合格率", "100%", "100%", HY),
                H(P, SX, "传习补助发放时间", "2023年12月20日前", "Q:2024年12月20日前", JH),
                H(C, JJCB, "传承人传习补助标准", "4000元/人·年", "=5000元/人·年", JH),
                H(X, SH, "参与非遗体验人次", "1.6万人次", "≥2万人次", LS),
                H(X, SH, "非遗传承人群", "稳定", "稳步扩大", QT),
                H(X, KC, "传统技艺活态传承", "持续", "持续推进", QT),
                H(M, FW, "传承人满意度", "92%", "≥90%", LS, "问卷调查")])])

# ---------------------------------------------------------------- a3 .xlsx 小计 rows, spacer rows, 合计 row; same 三级 twice
D3, C3 = "十堰市张湾区农业农村局", "420017"
T3 = "2025年度项目支出绩效目标表"


def W(l1, l2, l3, raw, weight):
    return I(l1, l2, l3, raw, weight=weight)


G["a3_xlsx_subtotals_spacers_zhangwan_2025"] = rec(
    doc(T3, D3, C3, 2025),
    [Proj(1, "高标准农田建设", title=T3, code="ZW2025-NY-002", department=D3, department_code=C3,
          scope="project", implementing_unit="十堰市张湾区农田建设服务中心", total=1860.00, fiscal=1720.00, other=140.00,
          goals=["新建高标准农田1.2万亩，配套建设灌排渠系和田间道路；", "提高项目区粮食综合生产能力，带动农户增收。"],
          inds=[W(P, SL, "新建高标准农田", "≥1.2万亩", 10),
                W(P, SL, "新建灌排渠系", "≥18公里", 5),
                W(P, SL, "新修田间道路", "≥12公里", 5),
                W(P, SL, "受益农户", "≥3200户", 5),
                W(P, ZL, "工程验收合格率", "100%", 10),
                W(P, SX, "工程完工时间", "Q:2025年11月30日前", 5),
                W(C, JJCB, "亩均建设成本", "≤1500元", 10),
                W(X, JJ, "新增粮食产能", "≥150万斤", 10),
                W(X, SH, "受益农户", "≥3200户", 10),
                W(X, ST, "农田灌溉水有效利用系数", "≥0.55", 5),
                W(X, KC, "工程设施使用年限", "≥15年", 5),
                W(M, FW, "受益农户满意度", "≥90%", 10),
                W(M, FW, "村级组织满意度", "≥90%", 10)],
          _subtotals=True),
     Proj(2, "农业社会化服务", title=T3, code="ZW2025-NY-009", department=D3, department_code=C3,
          scope="project", implementing_unit="十堰市张湾区农业技术推广中心", total=245.00, fiscal=245.00, other=0,
          goals=["支持农业社会化服务组织为小农户开展托管服务，推进农业生产规模化、机械化。"],
          inds=[W(P, SL, "托管服务面积", "≥4.5万亩", 15),
                W(P, SL, "服务小农户", "≥1800户", 10),
                W(P, ZL, "服务质量抽查合格率", "≥95%", 10),
                W(P, SX, "补助资金兑付时间", "Q:2025年12月15日前", 10),
                W(C, JJCB, "亩均托管服务补助", "≤50元", 10),
                W(X, JJ, "亩均节本增效", "≥80元", 15),
                W(X, SH, "服务小农户", "≥1800户", 10),
                W(X, KC, "社会化服务组织运营", "稳定运行", 10),
                W(M, FW, "服务对象满意度", "≥90%", 10)],
          _subtotals=False)])

# ---------------------------------------------------------------- a4 .pdf (LibreOffice) columns 三级 | 指标值 | 依据 | 二级 | 一级
D4, C4 = "株洲市生态环境局芦淞分局", "615008"
T4 = "2024年项目支出绩效目标表"
G["a4_pdf_lo_levelsright_latin_lusong_2024"] = rec(
    doc(T4, D4, C4, 2024),
    [Proj(1, "大气污染防治", title=T4, code="LS2024-HB-004", department=D4, department_code=C4,
          scope="project", implementing_unit="株洲市芦淞区生态环境监测站", total=426.80, fiscal=406.80, other=20.00,
          goals=["建设空气质量自动监测微站和5G视频监控点位，推进VOCs重点企业深度治理；",
                 "持续降低PM2.5、PM10浓度，提高空气质量优良天数比例。"],
          inds=[B(P, SL, "新建空气质量自动监测微站", "≥30个", JH),
                B(P, SL, "VOCs重点企业深度治理", "≥15家", JH),
                B(P, SL, "建设5G视频监控点位", "≥40个", JH),
                B(P, ZL, "监测数据有效率", "≥90%", HY),
                B(P, ZL, "PM2.5监测数据传输率", "≥95%", HY),
                B(P, SX, "微站建成时间", "Q:2024年6月30日前", JH),
                B(C, JJCB, "单个微站建设成本", "≤3.5万元", HY),
                B(X, ST, "PM2.5年均浓度", "≤35微克/立方米", JH),
                B(X, ST, "PM10年均浓度", "≤58微克/立方米", JH),
                B(X, ST, "空气质量优良天数比例", "≥88%", JH),
                B(M, FW, "群众对空气质量满意度", "≥85%", LS)]),
     Proj(2, "白石港水污染综合治理", title=T4, code="LS2024-HB-009", department=D4, department_code=C4,
          scope="project", implementing_unit="株洲市芦淞区生态环境监测站", total=1285.00, fiscal=1185.00, other=100.00,
          goals=["建设白石港沿线污水截流管网，削减COD、NH3-N排放量，巩固提升断面水质。"],
          inds=[B(P, SL, "建设污水截流管网", "≥6.2公里", JH),
                B(P, SL, "COD削减量", "≥320吨", JH),
                B(P, SL, "NH3-N削减量", "≥28吨", JH),
                B(P, ZL, "断面水质达标率", "100%", HY),
                B(P, ZL, "污水处理设施出水水质", "达到一级A标准", HY),
                B(P, SX, "工程完工时间", "Q:2024年11月30日前", JH),
                B(C, JJCB, "每公里管网建设成本", "≤180万元", HY),
                B(X, ST, "白石港出口断面水质", "稳定达到Ⅲ类", JH),
                B(X, KC, "在线监测设备使用年限", "≥5年", HY),
                B(M, FW, "沿岸群众满意度", "≥90%", LS)])])

# ---------------------------------------------------------------- a5 .docx 三级 and 指标值 in ONE merged cell `名称：值`
D5, C5 = "湛江市赤坎区卫生健康局", "440812"
T5 = "2025年度项目支出绩效目标表"


def K(l1, l2, l3, raw, basis, sep="："):
    """a row whose 三级 and 指标值 cells were merged into one cell printed `三级{sep}指标值`."""
    d = B(l1, l2, l3, raw, basis)
    d["cell_printed"] = f'{l3}{sep}{d["value_raw"]}'
    return d


G["a5_docx_colonmerged_chikan_2025"] = rec(
    doc(T5, D5, C5, 2025),
    [Proj(1, "家庭医生签约服务", title=T5, code="CK2025-WJ-005", department=D5, department_code=C5,
          scope="project", implementing_unit="湛江市赤坎区基层卫生服务中心", total=412.00, fiscal=392.00, other=20.00,
          goals=["以老年人、慢性病患者等重点人群为主，做实家庭医生签约服务；",
                 "为签约居民提供健康评估、慢病随访和转诊预约服务。"],
          inds=[K(P, SL, "家庭医生签约人数", "≥6.5万人", JH),
                B(P, SL, "组建家庭医生团队", "≥48个", JH),
                K(P, SL, "重点人群签约人数", "≥3.2万人", JH),
                B(P, ZL, "重点人群签约率", "≥75%", HY),
                K(P, ZL, "慢病患者规范随访率", "≥80%", HY, sep=":"),
                B(P, SX, "签约服务费拨付时间", "Q:每季度末月25日前", JH),
                K(C, JJCB, "人均签约服务补助", "≤10元/人·年", HY),
                B(X, SH, "签约居民健康档案动态使用率", "≥60%", HY),
                K(X, SH, "基层首诊制度", "逐步建立", QT),
                B(X, KC, "家庭医生签约服务机制", "长效运行", QT),
                K(M, FW, "签约居民满意度", "≥90%", LS)]),
     Proj(2, "基层医疗卫生机构能力提升", title=T5, code="CK2025-WJ-011", department=D5, department_code=C5,
          scope="project", implementing_unit="湛江市赤坎区基层卫生服务中心", total=268.50, fiscal=268.50, other=0,
          goals=["为社区卫生服务中心配置DR、全自动生化分析仪等设备，培训基层医务人员，提升基层诊疗能力。"],
          inds=[B(P, SL, "配置诊疗设备", "≥22台（套）", JH),
                K(P, SL, "培训基层医务人员", "≥300人次", JH),
                B(P, ZL, "设备验收合格率", "100%", HY),
                K(P, SX, "设备配置完成时间", "Q:2025年9月30日前", JH),
                B(C, JJCB, "人均培训成本", "≤1200元", HY),
                K(X, SH, "基层诊疗量占比", "≥55%", LS),
                B(X, SH, "基层医疗卫生机构服务能力", "明显提升", QT),
                B(X, KC, "设备使用年限", "≥6年", HY),
                K(M, FW, "就诊群众满意度", "≥90%", LS)])])

# ---------------------------------------------------------------- a6 .xlsx ditto marks `〃` / `同上` for repeated levels and bases
D6, C6 = "景德镇市珠山区教育局", "360203"
T6 = "2024年项目支出绩效目标表"
G["a6_xlsx_dittomarks_zhushan_2024"] = rec(
    doc(T6, D6, C6, 2024),
    [Proj(1, "义务教育薄弱环节改善与能力提升", title=T6, code="ZS2024-JY-001", department=D6, department_code=C6,
          scope="project", implementing_unit="景德镇市珠山区教育后勤服务中心", total=2386.00, fiscal=2186.00, other=200.00,
          goals=["改善义务教育学校教学及生活设施，消除大班额；", "配齐功能教室设备，提升学校信息化水平；",
                 "开展教师培训，提高教育教学质量。"],
          inds=[B(P, SL, "改造校舍面积", "≥2.8万平方米", JH),
                B(P, SL, "新建功能教室", "≥36间", JH),
                B(P, SL, "更新课桌椅", "≥4200套", JH),
                B(P, SL, "配置交互式智能黑板", "≥120块", JH),
                B(P, SL, "改造学校食堂", "≥6所", JH),
                B(P, SL, "培训教师", "≥1500人次", JH),
                B(P, ZL, "工程验收合格率", "100%", HY),
                B(P, ZL, "设备验收合格率", "100%", HY),
                B(P, ZL, "大班额比例", "0%", HY),
                B(P, ZL, "教师培训合格率", "≥95%", HY),
                B(P, SX, "暑期工程完工时间", "Q:2024年8月25日前", JH),
                B(P, SX, "设备安装完成时间", "Q:2024年10月31日前", JH),
                B(C, JJCB, "校舍改造单位成本", "≤650元/平方米", HY),
                B(C, JJCB, "智能黑板采购单价", "≤1.6万元/块", HY),
                B(C, JJCB, "项目支出", "≤年初预算数", JH),
                B(X, SH, "受益学生", "≥3.6万人", LS),
                B(X, SH, "学校办学条件", "明显改善", QT),
                B(X, SH, "义务教育巩固率", "≥99%", LS),
                B(X, KC, "设施设备使用年限", "≥8年", HY),
                B(X, KC, "学校设施管护机制", "长效运行", QT),
                B(M, FW, "学生满意度", "≥90%", LS),
                B(M, FW, "家长满意度", "≥90%", LS)]),
     Proj(2, "家庭经济困难学生资助", title=T6, code="ZS2024-JY-006", department=D6, department_code=C6,
          scope="project", implementing_unit="景德镇市珠山区学生资助管理中心", total=512.40, fiscal=512.40, other=0,
          goals=["落实学前教育、义务教育和普通高中家庭经济困难学生资助政策，做到应助尽助。"],
          inds=[B(P, SL, "资助学前教育幼儿", "≥850人", JH),
                B(P, SL, "资助义务教育寄宿生", "≥1200人", JH),
                B(P, SL, "资助普通高中学生", "≥960人", JH),
                B(P, ZL, "资助对象认定准确率", "100%", HY),
                B(P, ZL, "资助资金发放准确率", "100%", HY),
                B(P, SX, "秋季学期资金发放时间", "Q:2024年11月30日前", JH),
                B(C, JJCB, "普通高中国家助学金标准", "=2000元/生·年", JH),
                B(C, JJCB, "义务教育寄宿生生活补助标准", "=1000元/生·年", JH),
                B(X, SH, "因贫失学辍学学生", "0人", LS),
                B(X, SH, "资助政策知晓率", "≥95%", LS),
                B(X, KC, "学生资助工作机制", "持续完善", QT),
                B(M, FW, "受助学生满意度", "≥90%", LS),
                B(M, FW, "受助家庭满意度", "≥90%", LS)])])
