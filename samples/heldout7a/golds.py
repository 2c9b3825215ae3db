"""The six blind golds of heldout7a, typed by hand. make.py renders each document FROM these facts and
writes NAME.gold.json beside it. Departments, people, codes and numbers are invented (Xinjiang and Xizang:
no earlier held-out set used either region). This set is about new RENDERINGS: a reportlab PDF whose indicator
table has no ruling lines at all, a 150 dpi scan with a red official seal over the form, a two-page TIFF scan,
a workbook whose amounts and some values are formulas (cached values written by LibreOffice), a Word table whose
cells hold manual line breaks and a footnote mark, and an .odt department-overall form. Keys starting with `_`
are render hints, dropped from the golds."""
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


def D(l1, l2, l3, raw, desc, **k):
    return I(l1, l2, l3, raw, desc, **k)


JH, HY, LS, QT = "计划标准", "行业标准", "历史标准", "其他标准"
G = {}

# ---------------------------------------------------------------- q1 reportlab PDF, BORDERLESS indicator table
D1, C1 = "乌鲁木齐市天山区文化体育广播电视和旅游局", "311004"
T1 = "项目支出绩效目标表"
G["q1_pdf_borderless_tianshan_2024"] = rec(
    doc("2024年度项目支出绩效目标", D1, C1, 2024),
    [Proj(1, "公共文化服务体系建设补助", title=T1, code="TS24-WL-0031", department=D1, department_code=C1,
          scope="project", implementing_unit="乌鲁木齐市天山区文化馆", total=168.00, fiscal=150.00, other=18.00,
          goals=["支持街道综合文化站和社区文化室开展免费开放服务，组织群众文化活动不少于120场；",
                 "开展文艺培训和非遗展示，提升基层公共文化服务效能。"],
          inds=[D(P, SL, "组织群众文化活动", "≥120场", "全年组织开展的文艺演出、展览等群众文化活动场次"),
                D(P, SL, "开展公益文艺培训", "≥60期", "面向社区居民举办的公益培训期数"),
                D(P, SL, "免费开放街道综合文化站", "14个", "实行免费开放的街道综合文化站数量"),
                D(P, SL, "非遗项目展示展演", "≥8次", "组织非物质文化遗产项目集中展示展演次数"),
                D(P, ZL, "文化站免费开放达标率", "100%", "免费开放时间和服务项目达到规定标准的站点占比"),
                D(P, ZL, "培训学员结业率", "≥90%", "完成培训课时并结业的学员占报名学员比例"),
                D(P, SX, "补助资金下达时间", "Q:2024年6月30日前", "补助资金下达至街道的时间"),
                D(C, JJCB, "单场活动平均补助", "≤0.6万元", "群众文化活动补助资金与活动场次之比"),
                D(X, SH, "参与文化活动群众", "≥3.5万人次", "全年参与各类群众文化活动的人次"),
                D(M, FW, "群众满意度", "≥92%", "抽样调查参与群众的满意比例")]),
     Proj(2, "全民健身设施更新维护", title=T1, code="TS24-TY-0012", department=D1, department_code=C1,
          scope="project", implementing_unit="乌鲁木齐市天山区体育事业发展中心", total=96.40, fiscal=96.40, other=0,
          goals=["更新维护社区全民健身路径和多功能运动场，保障健身设施安全开放。"],
          inds=[D(P, SL, "更新全民健身路径", "≥25套", "更新老旧损坏的健身路径套数"),
                D(P, SL, "维修多功能运动场", "6块", "完成地面和围网维修的运动场数量"),
                D(P, SL, "健身设施安全巡检", "≥24次", "全年对社区健身设施开展安全巡检次数"),
                D(P, ZL, "设施验收合格率", "100%", "更新维修设施一次验收合格的比例"),
                D(P, SX, "更新工程完工时间", "Q:2024年9月底前", "健身路径更新和运动场维修完工时间"),
                D(C, JJCB, "每套健身路径更新成本", "≤2.4万元", "健身路径采购安装费用与更新套数之比"),
                D(X, SH, "社区健身设施完好率", "≥95%", "可正常使用的健身设施占全部设施比例"),
                D(X, KC, "设施日常管护机制", "长效运行", "社区健身设施管护责任落实情况"),
                D(M, FW, "健身群众满意度", "≥90%", "抽样调查健身群众满意比例")]),
     Proj(3, "文物保护单位安全巡查", title=T1, code="TS24-WW-0007", department=D1, department_code=C1,
          scope="project", implementing_unit="乌鲁木齐市天山区文物保护管理所", total=54.30, fiscal=50.00, other=4.30,
          goals=["对辖区文物保护单位开展日常安全巡查和消防检查，确保文物安全。"],
          inds=[D(P, SL, "巡查文物保护单位", "23处", "纳入日常巡查的各级文物保护单位数量"),
                D(P, SL, "开展安全巡查", "≥48次", "全年组织文物安全巡查次数"),
                D(P, SL, "聘用文物安全巡查员", "12名", "聘用的业余文物安全巡查员人数"),
                D(P, ZL, "安全隐患整改率", "100%", "已整改隐患占发现隐患的比例"),
                D(P, SX, "隐患整改时限", "≤15个工作日", "发现隐患至整改完成的时间"),
                D(C, JJCB, "巡查员年均补助", "≤3600元", "巡查员补助资金与人数之比"),
                D(X, SH, "文物安全事故", "0起", "全年发生的文物被盗、火灾等安全事故"),
                D(M, FW, "文物所在地群众满意度", "≥90%", "抽样调查周边群众满意比例")])])

# ---------------------------------------------------------------- q2 150 dpi scan with a red seal over the form
D2, C2 = "拉萨市城关区农业农村局", "604003"
T2 = "2023年项目支出绩效目标表"
G["q2_scan_seal_chengguan_2023"] = rec(
    doc(T2, D2, C2, 2023),
    [Proj(1, "高原特色农牧业产业发展", title=T2, code="CG2023-NY-005", department=D2, department_code=C2,
          scope="project", implementing_unit="拉萨市城关区农牧综合服务中心", total=236.00, fiscal=220.00, other=16.00,
          goals=["扶持蔬菜种植和奶牛养殖合作社发展，新建高标准温室大棚40座；",
                 "开展农牧民实用技术培训，带动农牧民增收。"],
          inds=[B(P, SL, "新建高标准温室大棚", "40座", JH),
                B(P, SL, "扶持农牧民专业合作社", "≥9家", JH),
                B(P, SL, "奶牛良种冻精改良", "≥1500头", JH),
                B(P, SL, "培训农牧民", "≥800人次", JH),
                B(P, ZL, "温室大棚验收合格率", "100%", HY),
                B(P, ZL, "良种改良受胎率", "≥65%", HY),
                B(P, SX, "大棚建设完成时间", "Q:2023年8月底前", JH),
                B(C, JJCB, "每座大棚建设补助", "≤3.8万元", QT),
                B(X, JJ, "带动农牧民户均增收", "≥2800元", LS),
                B(X, KC, "特色产业带动能力", "持续增强", QT),
                B(M, FW, "受益农牧民满意度", "≥90%", LS)]),
     Proj(2, "农村人居环境整治提升", title=T2, code="CG2023-NY-011", department=D2, department_code=C2,
          scope="project", implementing_unit="拉萨市城关区娘热乡人民政府", total=118.50, fiscal=118.50, other=0,
          goals=["完成农村户厕改造和村庄垃圾收运设施建设，改善农村人居环境。"],
          inds=[B(P, SL, "改造农村户厕", "≥420户", JH),
                B(P, SL, "配置垃圾收运车辆", "6辆", JH),
                B(P, SL, "建设垃圾分类收集点", "≥36个", JH),
                B(P, ZL, "改厕验收合格率", "≥98%", HY),
                B(P, SX, "改厕任务完成时间", "Q:2023年10月底前", JH),
                B(C, JJCB, "户厕改造户均补助", "≤2200元", QT),
                B(X, ST, "农村生活垃圾收运处置率", "≥90%", HY),
                B(X, SH, "村容村貌", "明显改善", QT),
                B(M, FW, "村民满意度", "≥90%", LS)])])

# ---------------------------------------------------------------- q3 two-page TIFF scan, one project per page
D3, C3 = "克拉玛依市独山子区住房和城乡建设局", "651007"
T3 = "项目支出绩效目标表"
G["q3_tiff_twopage_dushanzi_2025"] = rec(
    doc(T3, D3, C3, 2025),
    [Proj(1, "老旧小区改造", title=T3, code="DSZ-2025-ZJ-003", department=D3, department_code=C3,
          scope="project", implementing_unit="克拉玛依市独山子区城市建设服务中心", total=1280.00, fiscal=1150.00,
          other=130.00,
          goals=["完成8个老旧小区水电气暖管网和外墙保温改造，惠及居民2100户；",
                 "同步完善小区停车、照明和无障碍设施，提升居住品质。"],
          inds=[I(P, SL, "改造老旧小区", "8个"),
                I(P, SL, "惠及居民户数", "≥2100户"),
                I(P, SL, "改造供热管网", "≥6.5公里"),
                I(P, SL, "外墙保温改造面积", "≥9.2万平方米"),
                I(P, SL, "新增停车位", "≥260个"),
                I(P, ZL, "工程竣工验收合格率", "100%"),
                I(P, ZL, "施工安全事故", "0起"),
                I(P, SX, "改造工程完工时间", "Q:2025年10月15日前"),
                I(C, JJCB, "户均改造成本", "≤6.1万元"),
                I(X, SH, "小区居住条件", "明显改善"),
                I(X, ST, "冬季供热能耗降低", "≥12%"),
                I(M, FW, "改造小区居民满意度", "≥90%")]),
     Proj(2, "城市园林绿化养护", title=T3, code="DSZ-2025-ZJ-009", department=D3, department_code=C3,
          scope="project", implementing_unit="克拉玛依市独山子区园林绿化管理站", total=465.80, fiscal=465.80, other=0,
          goals=["对城区公园、道路绿地实施精细化养护，绿地养护达标率达到95%以上。"],
          inds=[I(P, SL, "养护城市绿地面积", "≥310万平方米"),
                I(P, SL, "补植乔灌木", "≥5200株"),
                I(P, SL, "维修喷滴灌管线", "≥18公里"),
                I(P, ZL, "绿地养护达标率", "≥95%"),
                I(P, ZL, "补植苗木成活率", "≥90%"),
                I(P, SX, "春季补植完成时间", "Q:2025年5月20日前"),
                I(C, JJCB, "每平方米年养护成本", "≤1.5元"),
                I(X, ST, "城区绿化覆盖率", "≥41%"),
                I(X, KC, "绿地养护市场化机制", "持续完善"),
                I(X, FW, "周边居民满意度", "≥90%", l1std=M)])])   # printed under 效益指标

# ---------------------------------------------------------------- q4 xlsx with FORMULAS (cached by LibreOffice), 合计 row
D4, C4 = "林芝市巴宜区教育局", "817005"
T4 = "2024年度项目支出绩效目标表"
G["q4_xlsx_formulas_bayi_2024"] = rec(
    doc(T4, D4, C4, 2024),
    [Proj(1, "教育信息化设备更新", title=T4, code="BY2024-JY-02", department=D4, department_code=C4,
          scope="project", implementing_unit="林芝市巴宜区教育技术装备中心", total=186.20, fiscal=171.20, other=15.00,
          _f={"fiscal": "=ROUND(142.5+28.7,2)", "total": "={fiscal}+{other}"},
          goals=["为全区中小学更新多媒体教室设备35间，建设录播教室2间；",
                 "开展教师信息技术应用能力培训，提升课堂教学信息化水平。"],
          inds=[I(P, SL, "更新多媒体教室", "35", _f="=12+14+9"),
                I(P, SL, "建设录播教室", "2间"),
                I(P, SL, "培训教师", "≥420人次"),
                I(P, ZL, "设备验收合格率", "100%"),
                I(P, ZL, "设备完好率", "≥95.5%", _f='="≥"&ROUND(95.456,1)&"%"'),
                I(P, SX, "设备安装调试完成时间", "Q:2024年8月25日前"),
                I(C, JJCB, "单间教室设备更新成本", "≤5.32万元", _f='="≤"&ROUND({total}/{v1},2)&"万元"'),
                I(X, SH, "信息化教学常态化应用率", "≥85%"),
                I(X, KC, "设备运维保障机制", "有效运行"),
                I(M, FW, "师生满意度", "≥90%")]),
     Proj(2, "学前教育保教费补助", title=T4, code="BY2024-JY-05", department=D4, department_code=C4,
          scope="project", implementing_unit="林芝市巴宜区学前教育管理中心", total=126.30, fiscal=110.00, other=16.30,
          _f={"total": "={fiscal}+{other}"},
          goals=["落实学前教育保教费补助政策，减轻幼儿家庭负担，学前三年毛入园率保持在90%以上。"],
          inds=[I(P, SL, "受益幼儿人数", "2105", _f="=1260+845"),
                I(P, SL, "补助幼儿园", "≥17所"),
                I(P, ZL, "补助对象识别准确率", "100%"),
                I(P, SX, "补助资金拨付时间", "按学期拨付"),
                I(C, JJCB, "生均补助标准", "600元/生·年", _f='=ROUND({total}*10000/{v1},0)&"元/生·年"'),
                I(X, SH, "学前三年毛入园率", "≥90%"),
                I(X, SH, "幼儿家庭教育支出负担", "有效减轻"),
                I(X, KC, "学前教育资助体系", "持续完善"),
                I(M, FW, "幼儿家长满意度", "≥92%")])])

# ---------------------------------------------------------------- q5 docx: manual line breaks inside cells, a footnote mark
D5, C5 = "日喀则市桑珠孜区卫生健康委员会", "905002"
T5 = "项目支出绩效目标表"
G["q5_docx_linebreaks_sangzhutse_2024"] = rec(
    doc("2024年项目支出绩效目标表", D5, C5, 2024),
    [Proj(1, "基本公共卫生服务项目", title=T5, code="SZZ-WJ-2024-001", department=D5, department_code=C5,
          scope="project", implementing_unit="日喀则市桑珠孜区疾病预防控制中心", total=642.70, fiscal=642.70, other=0,
          goals=["为辖区常住居民免费提供基本公共卫生服务，重点人群健康管理率稳步提高；",
                 "做好儿童、孕产妇和老年人健康管理，提升居民健康水平。"],
          inds=[B(P, SL, "居民电子健康档案建档率", "≥90%", HY, weight=8),
                B(P, SL, "0-6岁儿童健康管理服务率", "≥90%", HY, weight=8, _paras=["0-6岁儿童", "健康管理", "服务率"]),
                B(P, SL, "65岁及以上老年人健康管理率", "≥65%", HY, weight=8, _br=["65岁及以上老年人", "健康管理率"]),
                B(P, SL, "孕产妇系统管理率", "≥85%", HY, weight=8, _paras=["孕产妇", "系统管理率"]),
                B(P, SL, "高血压患者规范管理率", "≥62%", HY, weight=8),
                B(P, ZL, "家庭医生重点人群签约率", "≥75%", HY, weight=10, _sup="1"),
                B(P, ZL, "适龄儿童免疫规划疫苗接种率", "≥90%", HY, weight=10),
                B(P, SX, "补助资金拨付时间", "按季度拨付", JH, weight=8),
                B(C, JJCB, "人均基本公共卫生服务补助标准", "89元", JH, weight=8),
                B(X, SH, "居民健康素养水平", "≥22%", LS, weight=8),
                B(X, KC, "基层卫生服务能力", "持续提升", QT, weight=6),
                B(M, FW, "居民满意度", "≥85%", LS, weight=10)]),
     Proj(2, "乡村医生补助", title=T5, code="SZZ-WJ-2024-006", department=D5, department_code=C5,
          scope="project", implementing_unit="日喀则市桑珠孜区卫生健康委员会", total=97.20, fiscal=90.00, other=7.20,
          goals=["按标准落实在岗乡村医生补助，稳定乡村医生队伍。"],
          inds=[B(P, SL, "补助在岗乡村医生", "≥162人", JH, weight=15),
                B(P, SL, "乡村医生业务培训", "≥2次", JH, weight=10, _paras=["乡村医生", "业务培训"]),
                B(P, ZL, "补助发放准确率", "100%", HY, weight=15),
                B(P, SX, "补助发放时间", "Q:每季度末月20日前", JH, weight=10),
                B(C, JJCB, "乡村医生人均月补助", "≥500元", JH, weight=10),
                B(X, SH, "村卫生室服务覆盖率", "100%", HY, weight=15),
                B(X, KC, "乡村医生队伍稳定性", "保持稳定", QT, weight=10),
                B(M, FW, "乡村医生满意度", "≥90%", LS, weight=15)])])

# ---------------------------------------------------------------- q6 odt, 部门整体支出绩效目标表 (department + subordinate unit)
D6, C6 = "昌吉市水利局", "436001"
D6b, C6b = "昌吉市水土保持工作站", "436002"
T6 = "部门整体支出绩效目标表"
G["q6_odt_dept_overall_changji_2023"] = rec(
    doc("2023年部门整体支出绩效目标", D6, C6, 2023),
    [Proj(1, None, title=T6, department=D6, department_code=C6, scope="department",
          total=2148.60, fiscal=2036.60, other=112.00,
          extra={"基本支出": "716.40", "项目支出": "1432.20"},
          _duties=[("水资源管理", "实行最严格水资源管理制度，完成用水总量控制", "水资源监测与节水管理经费", 186.20),
                   ("农田水利建设", "实施高效节水灌溉工程，改造渠道", "高效节水灌溉工程补助", 1024.00),
                   ("水旱灾害防御", "做好汛期值守和山洪灾害预警", "防汛抗旱专项经费", 222.00)],
          goals=["严格水资源管理，全市用水总量控制在下达指标以内，万元GDP用水量持续下降；",
                 "新增高效节水灌溉面积3.6万亩，改造农田灌溉渠道42公里；",
                 "做好防汛抗旱和山洪灾害防御，确保不发生因灾死亡事件。"],
          inds=[D(P, SL, "新增高效节水灌溉面积", "≥3.6万亩", "年度新建成的高效节水灌溉面积"),
                D(P, SL, "改造农田灌溉渠道", "≥42公里", "完成防渗改造的渠道长度"),
                D(P, SL, "取水计量监测点", "≥130个", "在线监测的取用水计量点数量"),
                D(P, SL, "开展河湖巡查", "≥260次", "全年河湖长制日常巡查次数"),
                D(P, ZL, "水利工程质量合格率", "100%", "竣工验收合格的工程占比"),
                D(P, ZL, "农田灌溉水有效利用系数", "≥0.62", "灌溉用水的有效利用程度"),
                D(P, SX, "汛期值班到岗率", "100%", "汛期值班人员按时到岗比例"),
                D(C, JJCB, "“三公”经费支出", "≤年初预算数", "“三公”经费控制在年初预算以内"),
                D(X, JJ, "节水灌溉区亩均节本增效", "≥180元", "节水灌溉区亩均节约成本和增产收益"),
                D(X, SH, "因洪涝灾害死亡人数", "0人", "全年因洪涝和山洪灾害死亡人数"),
                D(M, FW, "用水户满意度", "≥90%", "抽样调查用水户满意比例")]),
     Proj(2, None, title=T6, department=D6b, department_code=C6b, scope="department",
          total=268.40, fiscal=248.40, other=20.00,
          extra={"基本支出": "121.60", "项目支出": "146.80"},
          _duties=[("水土流失综合治理", "实施小流域综合治理，开展水土保持监督检查", "水土保持综合治理经费", 146.80)],
          goals=["完成水土流失综合治理面积12平方公里；",
                 "开展生产建设项目水土保持监督检查，依法查处违法违规行为；",
                 "保障单位正常运转。"],
          inds=[D(P, SL, "水土流失综合治理面积", "≥12平方公里", "年度完成的综合治理面积"),
                D(P, SL, "监督检查生产建设项目", "≥45个", "开展水土保持监督检查的项目数"),
                D(P, ZL, "治理工程验收合格率", "100%", "验收合格的治理工程占比"),
                D(P, SX, "治理任务完成时间", "Q:2023年11月底前", "年度治理任务完成时间节点"),
                D(C, JJCB, "每平方公里治理成本", "≤11.5万元", "治理投资与治理面积之比"),
                D(X, ST, "治理区林草覆盖率提高", "≥3%", "治理区林草覆盖率较上年提高幅度"),
                D(X, KC, "水土保持监管机制", "持续完善", "水土保持信用监管和部门联动机制运行情况"),
                D(X, FW, "治理区群众满意度", "≥90%", "抽样调查治理区群众满意比例", l1std=M)])])   # printed under 效益指标
