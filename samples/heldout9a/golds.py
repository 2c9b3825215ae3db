"""The six blind golds of heldout9a, typed by hand. make.py renders each document FROM these facts and
writes NAME.gold.json beside it. Departments, people, codes and numbers are invented (Jilin: Changchun Nanguan,
Jilin Fengman, Yanbian Hunchun; Heilongjiang: Harbin Daoli, Qiqihar Longsha, Daqing Saertu: no earlier held-out
set used these places; Jilin Chuanying and Mudanjiang Aimin were used by heldout5a/6a and are avoided). This set is
about FILES AS OFFICES AND WEBSITES SAVE THEM: Word's filtered web page (.htm, GBK bytes under a gb2312 label),
a browser's single-file web page (.mht, quoted-printable UTF-8 with soft breaks inside characters), a true RTF
written by LibreOffice, an Excel CSV export in cp936, an OCR tool's plain-text output of a scan, and a WPS-style
.xlsx with rich-text runs. Keys starting with `_` are render hints, dropped from the golds."""
import re
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

# ---------------------------------------------------------------- u1 .htm: Word "Web Page, Filtered", GBK bytes
D1, C1 = "长春市南关区教育局", "118003"
T1 = "2024年项目支出绩效目标表"
G["u1_htm_wordfiltered_nanguan_2024"] = rec(
    doc(T1, D1, C1, 2024),
    [Proj(1, "义务教育学校校舍维修改造", title=T1, code="NG2024-JY-005", department=D1, department_code=C1,
          scope="project", implementing_unit="长春市南关区教育事务服务中心", total=860.00, fiscal=800.00, other=60.00,
          goals=["对辖区8所义务教育学校的教学楼、宿舍和食堂实施维修改造，消除校舍安全隐患；",
                 "更新老旧课桌椅，改善学校办学条件，保障师生教学生活安全。"],
          inds=[I(P, SL, "维修改造校舍面积", "≥1.2万平方米"),
                I(P, SL, "维修改造学校数量", "8所"),
                I(P, SL, "更新课桌椅", "≥1500套"),
                I(P, ZL, "工程验收合格率", "100%"),
                I(P, ZL, "校舍安全隐患整改率", "100%"),
                I(P, SX, "暑期施工完成时间", "Q:2024年8月25日前"),
                I(C, JJCB, "单位面积维修成本", "≤650元/平方米"),
                I(X, SH, "校舍安全保障水平", "有效提升"),
                I(X, KC, "校舍使用年限延长", "≥10年"),
                I(M, FW, "师生满意度", "≥90%")]),
     Proj(2, "学前教育普惠资助", title=T1, code="NG2024-JY-012", department=D1, department_code=C1,
          scope="project", implementing_unit="长春市南关区教育局", total=235.60, fiscal=235.60, other=0,
          goals=["对家庭经济困难幼儿给予保教费资助，对普惠性民办幼儿园给予运转补助，扩大普惠性学前教育资源。"],
          inds=[I(P, SL, "资助幼儿人数", "≥1860人"),
                I(P, SL, "补助普惠性幼儿园", "≥24所"),
                I(P, ZL, "资助对象认定准确率", "100%"),
                I(P, ZL, "普惠性幼儿园覆盖率", "≥85%"),
                I(P, SX, "资助资金发放时间", "Q:每学期开学后1个月内"),
                I(C, JJCB, "生均资助标准", "=1200元"),
                I(X, SH, "家庭经济困难幼儿入园保障", "逐步改善"),
                I(X, KC, "普惠性幼儿园在园幼儿占比", "＞80%"),
                I(M, FW, "受助家庭满意度", "≥92%")])])

# ---------------------------------------------------------------- u2 .mht: a browser's single-file web page
D2, C2 = "吉林市丰满区住房和城乡建设局", "207004"
T2 = "项目支出绩效目标表"
G["u2_mht_blink_fengman_2025"] = rec(
    doc("2025年项目支出绩效目标", D2, C2, 2025),
    [Proj(1, "老旧小区改造", title=T2, code="FM2025-ZJ-003", department=D2, department_code=C2,
          scope="project", implementing_unit="吉林市丰满区城市更新服务中心", total=2368.00, fiscal=2100.00,
          other=268.00,
          goals=["完成16个老旧小区的供热管网、屋面防水、外墙保温和加装电梯等改造，惠及居民4200户以上；",
                 "建立小区长效管理机制，改善居民居住条件。"],
          inds=[B(P, SL, "改造老旧小区", "≥16个", JH),
                B(P, SL, "惠及居民户数", "≥4200户", JH),
                B(P, SL, "改造供热管网", "≥9.6公里", JH),
                B(P, SL, "加装电梯", "≥12部", JH),
                B(P, ZL, "竣工验收合格率", "100%", HY),
                B(P, ZL, "工程质量安全事故", "0起", HY),
                B(P, SX, "项目开工时间", "Q:2025年5月31日前", JH),
                B(C, JJCB, "户均改造成本", "≤5.6万元", QT),
                B(X, SH, "居民居住环境", "明显改善", QT),
                B(X, KC, "小区长效管理机制", "逐步完善", QT),
                B(M, FW, "小区居民满意度", "≥90%", LS)]),
     Proj(2, "城市供热管网维修", title=T2, code="FM2025-ZJ-008", department=D2, department_code=C2,
          scope="project", implementing_unit="吉林市丰满区供热服务保障中心", total=486.50, fiscal=486.50, other=0,
          goals=["在供热季前完成老旧供热管网和换热站维修改造，保障居民冬季供热质量。"],
          inds=[B(P, SL, "维修更换供热管网", "≥7.5公里", JH),
                B(P, SL, "换热站改造", "5座", JH),
                B(P, ZL, "供热管网完好率", "≥98%", HY),
                B(P, ZL, "居民室温达标率", "≥97%", HY),
                B(P, SX, "维修完成时间", "Q:2025年10月10日前", JH),
                B(C, JJCB, "维修资金", "≤年初预算数", QT),
                B(X, SH, "供热投诉量", "＜120件", LS),
                B(X, KC, "供热保障能力", "有效提升", QT),
                B(M, FW, "供热用户满意度", "≥88%", LS)])])

# ---------------------------------------------------------------- u3 .rtf written by LibreOffice from a .docx
D3, C3 = "珲春市文化广播电视和旅游局", "224001"
T3 = "2023年度项目支出绩效目标表"
G["u3_rtf_libreoffice_hunchun_2023"] = rec(
    doc(T3, D3, C3, 2023),
    [Proj(1, "公共文化服务体系建设", title=T3, code="HC2023-WL-002", department=D3, department_code=C3,
          scope="project", implementing_unit="珲春市文化馆", total=168.00, fiscal=150.00, other=18.00,
          goals=["组织开展群众文化活动和送文化下乡，保障文化馆、图书馆、美术馆免费开放；",
                 "完善城乡公共文化服务网络，丰富群众精神文化生活。"],
          inds=[D(P, SL, "开展群众文化活动", "≥60场", "全年组织开展的群众文化活动场次"),
                D(P, SL, "送文化下乡", "≥30场", "送戏、送书、送电影下乡场次"),
                D(P, SL, "免费开放场馆", "3个", "文化馆、图书馆、美术馆免费开放数量"),
                D(P, ZL, "活动安全责任事故", "0起", "活动期间发生的安全责任事故数"),
                D(P, ZL, "免费开放时间达标率", "100%", "场馆每周开放时间达到标准的比例"),
                D(P, SX, "活动完成时间", "Q:2023年12月底前", "全年活动任务完成的时间"),
                D(C, JJCB, "场均活动成本", "≤1.8万元", "活动经费与活动场次之比"),
                D(X, SH, "参与群众", "≥5万人次", "参与各类文化活动的群众人次"),
                D(X, KC, "公共文化服务水平", "逐步提高", "公共文化服务体系建设水平的变化"),
                D(M, FW, "群众满意度", "≥90%", "抽样调查群众满意比例")]),
     Proj(2, "朝鲜族非物质文化遗产保护", title=T3, code="HC2023-WL-006", department=D3, department_code=C3,
          scope="project", implementing_unit="珲春市非物质文化遗产保护中心", total=56.00, fiscal=56.00, other=0,
          goals=["对朝鲜族非物质文化遗产项目开展记录整理和传承培训，加强非遗保护传承。"],
          inds=[D(P, SL, "非遗项目记录整理", "≥12项", "完成影像和文字记录整理的非遗项目数"),
                D(P, SL, "举办非遗传承培训班", "≥6期", "全年举办的传承培训班期数"),
                D(P, SL, "培训传承人", "≥150人次", "参加培训的传承人和学员人次"),
                D(P, ZL, "记录资料归档率", "100%", "记录资料按规定归档的比例"),
                D(P, SX, "资料整理完成时间", "Q:2023年11月30日前", "记录资料整理归档的时间节点"),
                D(C, JJCB, "每期培训成本", "≤2.5万元", "培训经费与培训期数之比"),
                D(X, SH, "非遗传承保护", "有效加强", "非遗项目保护传承情况"),
                D(M, FW, "传承人满意度", "≥95%", "抽样调查传承人满意比例")]),
     Proj(3, "旅游市场秩序整治", title=T3, code="HC2023-WL-011", department=D3, department_code=C3,
          scope="project", implementing_unit="珲春市文化市场综合行政执法队", total=38.50, fiscal=38.50, other=0,
          goals=["开展旅游市场执法检查，及时处理游客投诉，规范旅游市场经营秩序。"],
          inds=[D(P, SL, "开展执法检查", "≥240次", "全年开展旅游市场执法检查次数"),
                D(P, SL, "检查旅游经营单位", "≥180家", "检查的旅行社、景区和住宿单位数"),
                D(P, ZL, "旅游投诉处理率", "100%", "已处理投诉占受理投诉的比例"),
                D(P, ZL, "执法案件办结率", "≥95%", "已办结案件占立案数的比例"),
                D(P, SX, "投诉处理时限", "≤5天", "自受理到处理完毕的工作日"),
                D(C, JJCB, "执法检查经费", "≤年初预算数", "执法检查实际支出"),
                D(X, SH, "旅游市场秩序", "明显好转", "旅游市场秩序改善情况"),
                D(X, JJ, "旅游收入增长", "≥8%", "全市旅游收入同比增长"),
                D(M, FW, "游客满意度", "＞90%", "抽样调查游客满意比例")])])

# ---------------------------------------------------------------- u4 .csv exported by Excel, cp936
D4, C4 = "哈尔滨市道里区农业农村局", "109006"
T4 = "2024年项目支出绩效目标表"
G["u4_csv_excel_gbk_daoli_2024"] = rec(
    doc(T4, D4, C4, 2024),
    [Proj(1, "黑土地保护利用", title="黑土地保护利用项目绩效目标表", code="DL2024-NY-003", department=D4, department_code=C4,
          scope="project", implementing_unit="哈尔滨市道里区农业技术推广中心", total=1256.00, fiscal=1180.00,
          other=76.00,
          goals=["实施黑土地保护利用1.2万亩，推广秸秆还田、深松整地和测土配方施肥，提升耕地质量；",
                 "项目区粮食单产提高5%以上，带动农户增收。"],
          inds=[B(P, SL, "黑土地保护利用面积", "≥12,000亩", JH),
                B(P, SL, "秸秆还田面积", "≥8,500亩", JH),
                B(P, SL, "测土配方施肥农户", "≥600户", JH),
                B(P, ZL, "耕地有机质含量提高", "≥0.2个百分点", HY),
                B(P, ZL, "项目验收合格率", "100%", HY),
                B(P, SX, "秋整地完成时间", "Q:2024年11月10日前", JH),
                B(C, JJCB, "亩均补助标准", "≤80元", QT),
                B(X, ST, "耕地质量等级", "逐步提高", QT),
                B(X, JJ, "项目区粮食单产提高", "≥5%", LS),
                B(M, FW, "农户满意度", "≥90%", LS)]),
     Proj(2, "农产品质量安全监管", title="农产品质量安全监管项目绩效目标表", code="DL2024-NY-007", department=D4, department_code=C4,
          scope="project", implementing_unit="哈尔滨市道里区农产品质量安全检测站", total=96.80, fiscal=96.80, other=0,
          goals=["开展农产品定量检测和快速检测，监督检查农产品生产经营主体；",
                 "保障\"菜篮子\"产品质量安全，不发生重大农产品质量安全事件。"],
          inds=[B(P, SL, "农产品定量检测", "≥1,200批次", JH),
                B(P, SL, "农产品快速检测", "≥6000批次", JH),
                B(P, SL, "监督检查生产经营主体", "≥350家", JH),
                B(P, ZL, "\"菜篮子\"产品抽检合格率", "≥98%", HY),
                B(P, ZL, "检测数据准确率", "100%", HY),
                B(P, SX, "检测结果报送时限", "≤7天", HY),
                B(C, JJCB, "单批次检测成本", "≤300元", QT),
                B(X, SH, "重大农产品质量安全事件", "0起", LS),
                B(M, FW, "消费者满意度", "≥90%", LS)]),
     Proj(3, "农村人居环境整治", title="农村人居环境整治项目绩效目标表", code="DL2024-NY-012", department=D4, department_code=C4,
          scope="project", implementing_unit="哈尔滨市道里区乡村振兴服务中心", total=420.00, fiscal=400.00, other=20.00,
          goals=["完成农村户厕改造800户，配置垃圾收运设施，改善农村人居环境。"],
          inds=[B(P, SL, "农村户厕改造", "≥800户", JH),
                B(P, SL, "配置垃圾收运设施", "≥120套", JH),
                B(P, ZL, "户厕改造验收合格率", "≥95%", HY),
                B(P, SX, "改造完成时间", "Q:2024年9月30日前", JH),
                B(C, JJCB, "户均改厕补助", "≤3,500元", QT),
                B(X, ST, "农村生活垃圾收运处置率", "≥90%", HY),
                B(X, KC, "设施管护机制", "长效运行", QT),
                B(M, FW, "农民群众满意度", "≥88%", LS)])])

# ---------------------------------------------------------------- u5 .txt: an OCR tool's output of a scanned form
# `_ocr` = how the OCR text shows the printed cell where it differs (render hint; the gold keeps what is PRINTED).
D5, C5 = "齐齐哈尔市龙沙区卫生健康局", "113002"
T5 = "2024年项目支出绩效目标表"
G["u5_txt_ocr_longsha_2024"] = rec(
    doc(T5, D5, C5, 2024),
    [Proj(1, "基本公共卫生服务", title=T5, code="LS2024-WJ-007", department=D5, department_code=C5,
          scope="project", implementing_unit="齐齐哈尔市龙沙区疾病预防控制中心", total=986.40, fiscal=986.40, other=0,
          _ocr_code="LS2024-WJ-0O7",                                   # O for 0: code unreachable as printed
          goals=["为辖区常住居民免费提供建立健康档案、预防接种、慢性病患者健康管理等基本公共卫生服务；",
                 "提高高血压、糖尿病患者规范管理水平，提升居民健康素养。"],
          inds=[I(P, SL, "居民电子健康档案建档人数", "≥28万人"),
                I(P, SL, "高血压患者规范管理人数", "≥1.6万人"),
                I(P, SL, "糖尿病患者规范管理人数", "≥6500人"),
                I(P, SL, "适龄儿童免疫规划疫苗接种", "≥3800人次", _ocr="＞=3800人次"),
                I(P, ZL, "健康档案规范化电子建档率", "≥75%", _ocr="≥75％"),
                I(P, ZL, "高血压患者规范管理率", "≥65%", _ocr="≥65％"),
                I(P, SX, "服务数据上报时限", "≤15天", _ocr="≤l5天"),          # l for 1: value unreachable
                I(C, JJCB, "人均基本公共卫生服务补助标准", "=89元"),
                I(X, SH, "居民健康素养水平", "≥28%"),
                I(X, KC, "居民健康水平", "逐步改善"),
                I(M, FW, "居民满意度", "≥85%", _ocr="≥85％", _glued=True)]),   # space before the value dropped
     Proj(2, "家庭医生签约服务", title=T5, code="LS2024-WJ-013", department=D5, department_code=C5,
          scope="project", implementing_unit="齐齐哈尔市龙沙区社区卫生服务管理中心", total=312.00, fiscal=280.00,
          other=32.00,
          goals=["组建家庭医生团队，为老年人、慢性病患者等重点人群提供签约服务，推进分级诊疗。"],
          inds=[I(P, SL, "组建家庭医生团队", "≥45个"),
                I(P, SL, "重点人群签约人数", "≥6.8万人", _ocr="＞=6.8万人"),
                I(P, ZL, "重点人群签约率", "≥70%", _ocr="≥70％"),
                I(P, ZL, "签约居民续约率", "≥80%"),
                I(P, SX, "签约服务培训完成时间", "Q:2024年6月30日前"),
                I(C, JJCB, "团队年均补助", "≤6.2万元"),
                I(X, SH, "基层就诊率", "有效提升"),
                I(X, KC, "分级诊疗格局", "逐步形成"),
                I(M, FW, "签约居民满意度", "＞90%", _ocr="＞90％")])])

# ---------------------------------------------------------------- u6 .xlsx (WPS-like): 部门整体 form, rich-text runs
# `_rich` = the value cell's runs as (text, font) pairs; `_l3` / `_desc` = a cell typed with a line break.
D6, C6 = "大庆市萨尔图区司法局", "106001"
D6b, C6b = "大庆市萨尔图区公共法律服务中心", "106002"
T6 = "部门整体支出绩效目标表"
SONG, TNR = "宋体", "Times New Roman"
G["u6_xlsx_wps_richtext_saertu_2025"] = rec(
    doc(T6, D6, C6, 2025),
    [Proj(1, None, title=T6, department=D6, department_code=C6, scope="department",
          total=1286.50, fiscal=1240.00, other=46.50,
          _duty=[("人民调解", "指导人民调解组织化解矛盾纠纷", "人民调解工作经费", 62.00),
                 ("法律援助", "为困难群众提供法律援助", "法律援助办案补贴", 118.00),
                 ("社区矫正", "对社区矫正对象开展监督管理和教育帮扶", "社区矫正工作经费", 45.50)],
          goals=["指导全区人民调解工作，及时化解矛盾纠纷，调解成功率保持在95%以上；",
                 "扩大法律援助覆盖面，为困难群众提供及时便捷的法律援助；",
                 "依法开展社区矫正监督管理和普法宣传，推进基层法治建设。"],
          inds=[D(P, SL, "人民调解案件", "≥1500件", "全年人民调解组织调解各类矛盾纠纷件数"),
                D(P, SL, "法律援助案件", "≥420件", "全年办理的法律援助案件数"),
                D(P, SL, "开展普法宣传活动", "≥80场", "组织开展的法治宣传教育活动场次"),
                D(P, SL, "社区矫正对象纳入监管", "100%", "在册社区矫正对象纳入监管的比例"),
                D(P, ZL, "人民调解成功率", "≥95%", "调解成功案件占调解案件的比例",
                  _rich=[("≥95", SONG), ("%", TNR)]),
                D(P, ZL, "法律援助案件办结率", "≥98%", "已办结援助案件占受理案件的比例",
                  _l3=["法律援助案件", "办结率"], _rich=[("≥98", SONG), ("%", TNR)]),
                D(P, SX, "法律援助申请审查时限", "≤7天", "自受理申请到作出决定的工作日"),
                D(C, JJCB, "“三公”经费支出", "≤年初预算数", "“三公”经费实际支出"),
                D(C, JJCB, "人均法律援助办案补贴", "≤2800元", "办案补贴与援助案件数之比"),
                D(X, SH, "社区矫正对象再犯罪率", "＜0.2%", "社区矫正期间再犯罪人数占在册人数的比例"),
                D(X, KC, "基层法治建设水平", "有效提升", "基层依法治理和法治宣传教育成效",
                  _desc=["基层依法治理和", "法治宣传教育成效"]),
                D(M, FW, "群众满意度", "≥90%", "抽样调查群众对司法行政服务的满意比例",
                  _rich=[("≥", SONG), ("90", TNR), ("%", TNR)])]),
     Proj(2, None, title=T6, department=D6b, department_code=C6b, scope="department",
          total=342.80, fiscal=342.80, other=0,
          _duty=[("公共法律服务", "提供法律咨询和公证服务", "公共法律服务平台运行经费", 86.00),
                 ("公证管理", "规范办理公证业务", "公证业务经费", 38.00)],
          goals=["运行公共法律服务中心和12348热线平台，为群众提供法律咨询服务；",
                 "依法规范办理公证业务，提升公共法律服务质量。"],
          inds=[D(P, SL, "提供法律咨询", "≥6000人次", "实体平台和热线提供法律咨询人次"),
                D(P, SL, "办理公证事项", "≥2500件", "全年办理的公证事项件数"),
                D(P, ZL, "公证质量抽查合格率", "≥98%", "抽查合格公证卷宗的比例",
                  _rich=[("≥98", SONG), ("%", TNR)]),
                D(P, SX, "咨询回复时限", "≤3天", "自受理咨询到答复的工作日"),
                D(C, JJCB, "公用经费支出", "≤年初预算数", "公用经费实际支出"),
                D(X, SH, "公共法律服务覆盖面", "逐步扩大", "公共法律服务覆盖城乡社区情况"),
                D(X, KC, "服务平台运行", "稳定运行", "公共法律服务平台运行状况"),
                D(M, FW, "服务对象满意度", "≥95%", "抽样调查服务对象满意比例",
                  _rich=[("≥95", SONG), ("%", TNR)])])])
