"""The six blind golds of heldout8b, typed by hand. make.py renders each document FROM these facts and
writes NAME.gold.json beside it. Departments, people, codes and numbers are invented (Hainan: Haikou Meilan,
Danzhou, Wenchang; Qinghai: Haidong Ledu, Golmud, Xining Chengzhong — heldout6a used Xining Chengxi, no set used
these six). This set is about PAGE GEOMETRY in PDFs and scans: a landscape LibreOffice PDF whose indicator table
runs across a page break with a repeated header row and a 二级 group cut by the break, a reportlab PDF whose pages
carry /Rotate 90, a 300 dpi JPEG scan fed in sideways, a 200 dpi scan with a skewed page 1 and an upside-down
page 2, a PDF with two projects on one page between a running header and a `第 1 页 共 2 页` footer, and a
部门整体支出绩效目标表 whose 一级 cells are vertical text. Keys starting with `_` are render hints, dropped from the golds."""
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

# ---------------------------------------------------------------- s1 LANDSCAPE LibreOffice PDF, table across a page break
D1, C1 = "海口市美兰区农业农村局", "402006"
T1 = "2024年度项目支出绩效目标表"
G["s1_pdf_landscape_pagebreak_meilan_2024"] = rec(
    doc(T1, D1, C1, 2024),
    [Proj(1, "热带特色高效农业发展补助", title=T1, code="MLNY-2024-003", department=D1, department_code=C1,
          scope="project", implementing_unit="海口市美兰区农业技术推广服务中心", total=326.00, fiscal=300.00,
          other=26.00,
          goals=["扶持热带水果和冬季瓜菜标准化种植基地建设，新建标准化种植基地12个；",
                 "推广水肥一体化等绿色生产技术，带动种植户增收。"],
          inds=[B(P, SL, "新建标准化种植基地", "12个", JH),
                B(P, SL, "推广水肥一体化技术面积", "≥3500亩", JH),
                B(P, SL, "扶持农民专业合作社", "≥15家", JH),
                B(P, SL, "培训种植户", "≥1200人次", JH),
                B(P, ZL, "基地建设验收合格率", "100%", HY),
                B(P, ZL, "农产品质量安全抽检合格率", "≥98%", HY),
                B(P, SX, "补助资金兑付时间", "Q:2024年10月31日前", JH),
                B(C, JJCB, "每亩水肥一体化补助", "≤450元", QT),
                B(X, JJ, "带动种植户户均增收", "≥3000元", LS),
                B(X, JJ, "基地亩均节本增效", "≥600元", LS),
                B(X, JJ, "带动农村劳动力就业", "≥300人", QT),
                B(M, FW, "种植户满意度", "≥90%", LS)]),
     Proj(2, "动物疫病防控", title=T1, code="MLNY-2024-008", department=D1, department_code=C1,
          scope="project", implementing_unit="海口市美兰区动物疫病预防控制中心", total=142.80, fiscal=142.80, other=0,
          goals=["做好重大动物疫病强制免疫和监测工作，确保不发生区域性重大动物疫情。"],
          inds=[B(P, SL, "家禽强制免疫数量", "≥62万羽", JH),
                B(P, SL, "生猪强制免疫数量", "≥4.8万头", JH),
                B(P, SL, "开展疫病监测采样", "≥6000份", JH),
                B(P, ZL, "强制免疫应免密度", "≥90%", HY),
                B(P, ZL, "免疫抗体合格率", "≥70%", HY),
                B(P, SX, "春秋两季集中免疫完成时间", "Q:2024年11月30日前", JH),
                B(C, JJCB, "疫苗采购成本", "≤年初预算数", QT),
                B(X, SH, "区域性重大动物疫情", "不发生", HY),
                B(X, KC, "动物防疫体系", "持续健全", QT),
                B(M, FW, "养殖户满意度", "≥90%", LS)]),
     Proj(3, "农村集体经济发展扶持", title=T1, code="MLNY-2024-012", department=D1, department_code=C1,
          scope="project", implementing_unit="海口市美兰区农村合作经济经营管理服务站", total=200.00, fiscal=180.00,
          other=20.00,
          goals=["扶持村级集体经济发展项目10个，提高集体经济年收入10万元以上村的占比；",
                 "规范农村集体资产管理。"],
          inds=[B(P, SL, "扶持村级集体经济项目", "10个", JH),
                B(P, SL, "开展集体资产清查的村", "≥48个", JH),
                B(P, ZL, "扶持项目验收合格率", "100%", HY),
                B(P, ZL, "集体资产台账规范率", "≥95%", HY),
                B(P, SX, "扶持资金拨付时间", "Q:2024年9月底前", JH),
                B(C, JJCB, "单个项目扶持资金", "≤20万元", JH),
                B(X, JJ, "集体经济年收入10万元以上村占比", "≥60%", LS),
                B(X, KC, "集体经济自我发展能力", "逐步增强", QT),
                B(M, FW, "村民满意度", "≥90%", LS)])])

# ---------------------------------------------------------------- s2 reportlab PDF, pages carry /Rotate 90
D2, C2 = "海东市乐都区卫生健康局", "712004"
T2 = "项目支出绩效目标表"
G["s2_pdf_rotate90_ledu_2023"] = rec(
    doc(T2, D2, C2, 2023),
    [Proj(1, "基本公共卫生服务补助", title=T2, code="LD2023-WJ-001", department=D2, department_code=C2,
          scope="project", implementing_unit="海东市乐都区疾病预防控制中心", total=486.50, fiscal=486.50, other=0,
          goals=["为辖区常住居民提供国家基本公共卫生服务项目；",
                 "重点人群健康管理水平稳步提升。"],
          inds=[D(P, SL, "居民电子健康档案建档率", "≥90%", "建立电子健康档案的常住居民占比"),
                D(P, SL, "高血压患者规范管理人数", "≥6800人", "按规范管理的高血压患者人数"),
                D(P, SL, "2型糖尿病患者规范管理人数", "≥2300人", "按规范管理的2型糖尿病患者人数"),
                D(P, SL, "老年人健康体检人数", "≥1.6万人", "65岁及以上老年人接受年度体检人数"),
                D(P, ZL, "适龄儿童国家免疫规划疫苗接种率", "≥90%", "适龄儿童按程序完成接种的比例"),
                D(P, ZL, "严重精神障碍患者规范管理率", "≥80%", "在册患者中按规范管理的比例"),
                D(P, SX, "补助资金拨付时间", "按季度拨付", "补助资金拨付至基层医疗卫生机构的时间"),
                D(C, JJCB, "人均基本公共卫生服务经费", "≥89元", "按常住人口计算的人均补助标准"),
                D(X, SH, "居民健康素养水平", "≥25%", "具备基本健康素养的居民比例"),
                D(X, KC, "基层公共卫生服务能力", "持续提升", "基层医疗卫生机构服务能力提升情况"),
                D(M, FW, "居民满意度", "≥85%", "抽样调查居民对基本公共卫生服务的满意比例")]),
     Proj(2, "村卫生室标准化建设", title=T2, code="LD2023-WJ-007", department=D2, department_code=C2,
          scope="project", implementing_unit="海东市乐都区基层卫生服务中心", total=96.00, fiscal=80.00, other=16.00,
          goals=["完成24个村卫生室标准化改造，配备基本诊疗设备，提升村级医疗服务能力。"],
          inds=[D(P, SL, "标准化改造村卫生室", "24个", "完成房屋修缮和功能分区改造的村卫生室数量"),
                D(P, SL, "配备基本诊疗设备", "≥24套", "为村卫生室配备的诊疗设备套数"),
                D(P, ZL, "改造工程验收合格率", "100%", "一次验收合格的村卫生室占比"),
                D(P, ZL, "设备配置达标率", "100%", "设备配置达到标准目录要求的比例"),
                D(P, SX, "改造任务完成时间", "Q:2023年9月30日前", "全部村卫生室改造完成时间"),
                D(C, JJCB, "单个村卫生室改造补助", "≤4万元", "改造补助资金与村卫生室数量之比"),
                D(X, SH, "村民在村卫生室首诊比例", "≥70%", "在村卫生室首诊的村民占比"),
                D(X, KC, "村卫生室运行管理机制", "长效运行", "村卫生室日常运行管理情况"),
                D(M, FW, "村民满意度", "≥90%", "抽样调查村民满意比例")])])

# ---------------------------------------------------------------- s3 300 dpi JPEG scan, landscape form fed in SIDEWAYS
D3, C3 = "格尔木市交通运输局", "635011"
T3 = "2025年项目支出绩效目标表"
G["s3_scan_sideways_golmud_2025"] = rec(
    doc(T3, D3, C3, 2025),
    [Proj(1, "农村公路养护工程", title=T3, code="GEM-JT-2025-02", department=D3, department_code=C3,
          scope="project", implementing_unit="格尔木市农村公路养护站", total=860.00, fiscal=780.00, other=80.00,
          goals=["完成农村公路日常养护里程420公里，实施路面修复工程38公里；",
                 "农村公路优良中等路率保持在80%以上。"],
          inds=[I(P, SL, "农村公路日常养护里程", "≥420公里"),
                I(P, SL, "路面修复工程", "≥38公里"),
                I(P, SL, "安全生命防护工程", "≥25公里"),
                I(P, SL, "危桥改造", "3座"),
                I(P, ZL, "优良中等路率", "≥80%"),
                I(P, ZL, "工程交工验收合格率", "100%"),
                I(P, SX, "修复工程完工时间", "Q:2025年10月底前"),
                I(C, JJCB, "每公里日常养护成本", "≤0.9万元"),
                I(X, SH, "农村公路列养率", "100%"),
                I(M, FW, "沿线群众满意度", "≥90%")]),
     Proj(2, "城乡客运补贴", title=T3, code="GEM-JT-2025-06", department=D3, department_code=C3,
          scope="project", implementing_unit="格尔木市道路运输服务中心", total=312.40, fiscal=312.40, other=0,
          goals=["对城乡客运和农村客运班线经营者给予运营补贴，保障偏远乡镇群众出行。"],
          inds=[I(P, SL, "补贴城乡客运车辆", "≥68辆"),
                I(P, SL, "保障农村客运班线", "≥14条"),
                I(P, SL, "年客运量", "≥85万人次"),
                I(P, ZL, "补贴对象核定准确率", "100%"),
                I(P, ZL, "班线正常运营率", "≥95%"),
                I(P, SX, "补贴资金发放时间", "Q:2025年12月20日前"),
                I(C, JJCB, "单车年均补贴", "≤4.6万元"),
                I(X, SH, "具备条件的建制村通客车率", "100%"),
                I(M, FW, "乘客满意度", "≥88%")])])

# ---------------------------------------------------------------- s4 200 dpi scan: page 1 skewed 1.5°, page 2 upside down
D4, C4 = "儋州市教育局", "518007"
T4 = "2024年度项目支出绩效目标表"
G["s4_scan_upsidedown_danzhou_2024"] = rec(
    doc(T4, D4, C4, 2024),
    [Proj(1, "义务教育薄弱环节改善", title=T4, code="DZ-JY-2024-011", department=D4, department_code=C4,
          scope="project", implementing_unit="儋州市教育基建服务中心", total=1450.00, fiscal=1380.00, other=70.00,
          goals=["改善12所农村义务教育学校办学条件，新建改造校舍1.8万平方米；",
                 "补充学生课桌椅和学生宿舍设施设备。"],
          inds=[B(P, SL, "改善办学条件学校", "12所", JH),
                B(P, SL, "新建改造校舍面积", "≥1.8万平方米", JH),
                B(P, SL, "购置学生课桌椅", "≥3600套", JH),
                B(P, SL, "改造学生宿舍床位", "≥1500个", JH),
                B(P, ZL, "校舍工程验收合格率", "100%", HY),
                B(P, ZL, "设备采购质量合格率", "100%", HY),
                B(P, SX, "工程完工时间", "Q:2024年8月20日前", JH),
                B(C, JJCB, "校舍改造单位面积成本", "≤3500元", HY),
                B(X, SH, "农村学校大班额比例", "≤5%", LS),
                B(X, KC, "学校办学条件", "持续改善", QT),
                B(M, FW, "师生满意度", "≥92%", LS)]),
     Proj(2, "学生资助补助", title=T4, code="DZ-JY-2024-019", department=D4, department_code=C4,
          scope="project", implementing_unit="儋州市学生资助管理中心", total=628.60, fiscal=628.60, other=0,
          goals=["落实家庭经济困难学生资助政策，做到应助尽助，资助资金及时足额发放。"],
          inds=[B(P, SL, "资助家庭经济困难学生", "≥5200人次", JH),
                B(P, ZL, "资助对象认定准确率", "100%", HY),
                B(P, ZL, "资助资金足额发放率", "100%", HY),
                B(P, SX, "资助资金发放时间", "按学期发放", JH),
                B(C, JJCB, "资助资金支出", "≤年初预算数", QT),
                B(X, SH, "家庭经济困难学生因贫失学", "0人", HY),
                B(X, KC, "学生资助体系", "持续完善", QT),
                B(M, FW, "受助学生满意度", "≥95%", LS)])])

# ---------------------------------------------------------------- s5 reportlab PDF: two projects on page 1, running header/footer
D5, C5 = "文昌市旅游和文化广电体育局", "457003"
T5 = "2023年度项目支出绩效目标表"
G["s5_pdf_twoperpage_wenchang_2023"] = rec(
    doc(T5, D5, C5, 2023),
    [Proj(1, "旅游宣传推广", title=T5, code="WC2023-LW-004", department=D5, department_code=C5,
          scope="project", implementing_unit="文昌市旅游发展服务中心", total=88.00, fiscal=88.00, other=0,
          goals=["开展航天旅游品牌宣传推广活动，提升文昌旅游知名度。"],
          inds=[I(P, SL, "举办旅游推介活动", "≥6场"),
                I(P, SL, "新媒体宣传推送", "≥240条"),
                I(P, ZL, "宣传内容审核通过率", "100%"),
                I(P, SX, "推介活动完成时间", "Q:2023年11月底前"),
                I(C, JJCB, "单场推介活动成本", "≤8万元"),
                I(X, JJ, "接待游客人次增长", "≥10%"),
                I(X, SH, "文昌旅游品牌影响力", "明显提升"),
                I(M, FW, "参与游客满意度", "≥90%")]),
     Proj(2, "公共体育场馆免费低收费开放", title=T5, code="WC2023-LW-009", department=D5, department_code=C5,
          scope="project", implementing_unit="文昌市体育中心", total=60.00, fiscal=50.00, other=10.00,
          goals=["体育场馆全年免费或低收费开放不少于330天，满足群众健身需求。"],
          inds=[I(P, SL, "场馆开放天数", "≥330天"),
                I(P, SL, "接待健身群众", "≥18万人次"),
                I(P, ZL, "场馆设施完好率", "≥95%"),
                I(P, SX, "补助资金拨付时间", "Q:2023年6月30日前"),
                I(C, JJCB, "场馆运行补助", "≤年初预算数"),
                I(X, SH, "经常参加体育锻炼人数比例", "＞40%"),
                I(X, KC, "场馆开放长效机制", "有效运行"),
                I(M, FW, "健身群众满意度", "≥90%")]),
     Proj(3, "文物保护与非遗传承", title=T5, code="WC2023-LW-013", department=D5, department_code=C5,
          scope="project", implementing_unit="文昌市博物馆", total=135.50, fiscal=120.00, other=15.50,
          goals=["开展不可移动文物日常保护和修缮，支持非遗代表性传承人开展传习活动；",
                 "举办非遗展演展示活动，增强群众文化遗产保护意识。"],
          inds=[I(P, SL, "日常巡查不可移动文物", "≥85处"),
                I(P, SL, "文物修缮项目", "2个"),
                I(P, SL, "非遗传习活动", "≥30场"),
                I(P, SL, "非遗展演展示活动", "≥5次"),
                I(P, ZL, "修缮工程验收合格率", "100%"),
                I(P, SX, "修缮工程完工时间", "Q:2023年12月15日前"),
                I(C, JJCB, "传承人年度传习补助", "=0.6万元"),
                I(C, JJCB, "单场非遗展演平均成本", "＜2万元"),
                I(X, SH, "文物安全事故", "0起"),
                I(M, FW, "观众满意度", "≥90%")])])

# ---------------------------------------------------------------- s6 reportlab 部门整体支出绩效目标表, VERTICAL 一级 cells
D6, C6 = "西宁市城中区市场监督管理局", "601009"
D6b, C6b = "西宁市城中区市场监管综合执法大队", "601010"
T6 = "部门整体支出绩效目标表"
G["s6_pdf_dept_vertical_chengzhong_2024"] = rec(
    doc("2024年部门整体支出绩效目标", D6, C6, 2024),
    [Proj(1, None, title=T6, department=D6, department_code=C6, scope="department",
          total=2386.40, fiscal=2290.40, other=96.00,
          goals=["强化食品安全监管，全年食品安全抽检不少于3200批次；",
                 "优化营商环境，推进市场主体登记便利化；",
                 "加强特种设备和计量监管，守牢安全底线。"],
          inds=[I(P, SL, "食品安全抽检批次", "≥3200批次"),
                I(P, SL, "检查特种设备使用单位", "≥420家"),
                I(P, SL, "强制检定计量器具", "≥1.2万台"),
                I(P, SL, "办理市场主体登记", "≥6500户"),
                I(P, ZL, "抽检不合格食品核查处置率", "100%"),
                I(P, ZL, "投诉举报按时办结率", "≥98%"),
                I(P, SX, "行政许可按时办结率", "100%"),
                I(C, JJCB, "“三公”经费支出", "≤年初预算数"),
                I(X, SH, "食品安全评价性抽检合格率", "≥97%"),
                I(X, SH, "特种设备万台死亡率", "＜0.1"),
                I(X, KC, "市场监管长效机制", "持续完善"),
                I(M, FW, "市场主体满意度", "≥90%")]),
     Proj(2, None, title=T6, department=D6b, department_code=C6b, scope="department",
          total=412.60, fiscal=412.60, other=0,
          goals=["依法查处市场监管领域违法案件；",
                 "开展重点领域专项整治行动；",
                 "保障单位正常运转。"],
          inds=[I(P, SL, "查办各类违法案件", "≥180件"),
                I(P, SL, "开展专项整治行动", "≥8次"),
                I(P, ZL, "案件办理合法合规率", "100%"),
                I(P, SX, "案件按期结案率", "≥95%"),
                I(C, JJCB, "公用经费支出", "≤年初预算数"),
                I(X, SH, "重点领域违法行为", "有效遏制"),
                I(X, KC, "执法规范化水平", "持续提升"),
                I(M, FW, "群众满意度", "≥90%")])])
