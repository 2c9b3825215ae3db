"""The six blind golds of heldout9b, typed by hand. make.py renders each document FROM these facts and
writes NAME.gold.json beside it. Departments, people, codes and numbers are invented (Tianjin: Heping, Binhai
Xinqu; Chongqing: Yuzhong, Wanzhou; Shanghai: Huangpu, Minhang — earlier sets used Tianjin Beichen/Hexi and
Chongqing Yubei, not these). This set is about WHAT IS INSIDE A PDF: a table drawn only with filled rectangles
(no stroked line), values held in AcroForm fields, an owner-password-encrypted file, a native page followed by a
scanned page, an embedded CJK subset font with two forms side by side on a landscape page, and a LibreOffice
部门整体支出绩效目标表 with a cover, a 目录, a repeated header row and a `注：1.…2.…` block under each table.
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


def D(l1, l2, l3, raw, desc, **k):
    return I(l1, l2, l3, raw, desc, **k)


JH, HY, LS, QT = "计划标准", "行业标准", "历史标准", "其他标准"
G = {}

# ---------------------------------------------------------------- v1 table drawn with FILLED RECTANGLES only
D1, C1 = "天津市和平区民政局", "102005"
T1 = "2024年度项目支出绩效目标表"
G["v1_pdf_filledcells_heping_2024"] = rec(
    doc(T1, D1, C1, 2024),
    [Proj(1, "社区养老服务驿站运营补贴", title=T1, code="HP-MZ-2024-003", department=D1, department_code=C1,
          scope="project", implementing_unit="天津市和平区养老服务指导中心", total=268.00, fiscal=240.00, other=28.00,
          goals=["支持辖区24个社区养老服务驿站规范运营，为居家老年人提供助餐、助洁等服务；",
                 "提升居家养老服务质量和覆盖面。"],
          inds=[B(P, SL, "补贴运营的养老服务驿站", "24个", JH),
                B(P, SL, "老年助餐服务人次", "≥9.6万人次", JH),
                B(P, SL, "上门助洁助浴服务", "≥4800次", JH),
                B(P, ZL, "驿站服务规范达标率", "≥95%", HY),
                B(P, ZL, "助餐食品安全检查合格率", "100%", HY),
                B(P, SX, "运营补贴拨付时间", "按季度拨付", JH),
                B(C, JJCB, "单个驿站年度运营补贴", "≤11万元", JH),
                B(X, SH, "居家老年人助餐服务覆盖率", "≥60%", LS),
                B(X, KC, "社区养老服务网络", "持续完善", QT),
                B(M, FW, "服务对象满意度", "≥92%", LS)]),
     Proj(2, "困难群众临时救助", title=T1, code="HP-MZ-2024-007", department=D1, department_code=C1,
          scope="project", implementing_unit="天津市和平区社会救助服务中心", total=156.50, fiscal=156.50, other=0,
          goals=["对遭遇突发性、紧迫性困难的家庭和个人及时给予临时救助，兜住兜牢基本民生底线。"],
          inds=[B(P, SL, "临时救助人次", "≥850人次", JH),
                B(P, SL, "开展困难群众走访排查", "≥4次", JH),
                B(P, ZL, "救助对象认定准确率", "100%", HY),
                B(P, ZL, "救助资金社会化发放率", "100%", HY),
                B(P, SX, "急难型救助审批时限", "≤24小时", HY),
                B(C, JJCB, "临时救助资金支出", "≤年初预算数", QT),
                B(X, SH, "困难群众基本生活", "有效保障", QT),
                B(X, KC, "社会救助长效机制", "持续健全", QT),
                B(M, FW, "救助对象满意度", "≥90%", LS)])])

# ---------------------------------------------------------------- v2 values in AcroForm fields (/V + /AP)
D2, C2 = "天津市滨海新区城市管理委员会", "208011"
T2 = "2025年项目支出绩效目标表"
G["v2_pdf_acroform_binhai_2025"] = rec(
    doc(T2, D2, C2, 2025),
    [Proj(1, "城市道路清扫保洁", title=T2, code="BH-CG-2025-01", department=D2, department_code=C2,
          scope="project", implementing_unit="天津市滨海新区环境卫生管理中心", total=1280.00, fiscal=1200.00,
          other=80.00,
          goals=["对新区主干道路实施机械化清扫保洁，机扫率达到92%以上；",
                 "提升城市道路环境卫生质量。"],
          inds=[I(P, SL, "道路清扫保洁面积", "≥860万平方米"),
                I(P, SL, "机械化清扫作业里程", "≥5.2万公里"),
                I(P, SL, "配置新能源清扫车辆", "12辆"),
                I(P, ZL, "道路机扫率", "≥92%"),
                I(P, ZL, "保洁质量考核达标率", "≥95%"),
                I(P, SX, "作业日清日结率", "100%"),
                I(C, JJCB, "每平方米年保洁成本", "≤1.4元"),
                I(X, ST, "道路扬尘污染", "明显减少"),
                I(X, SH, "城市环境卫生考核排名", "保持全市前三"),
                I(M, FW, "市民满意度", "≥90%")]),
     Proj(2, "生活垃圾分类处理", title=T2, code="BH-CG-2025-04", department=D2, department_code=C2,
          scope="project", implementing_unit="天津市滨海新区垃圾分类指导中心", total=645.80, fiscal=645.80, other=0,
          goals=["推进居民小区生活垃圾分类，新建改造分类投放点300个；",
                 "生活垃圾回收利用率达到38%以上。"],
          inds=[I(P, SL, "新建改造分类投放点", "300个"),
                I(P, SL, "覆盖居民小区", "≥420个"),
                I(P, SL, "开展分类宣传活动", "≥60场"),
                I(P, ZL, "生活垃圾回收利用率", "≥38%"),
                I(P, ZL, "投放点规范设置率", "100%"),
                I(P, SX, "投放点建设完成时间", "Q:2025年9月30日前"),
                I(C, JJCB, "单个投放点建设成本", "≤1.2万元"),
                I(X, ST, "原生生活垃圾填埋", "零填埋"),
                I(M, FW, "居民满意度", "≥88%")])])

# ---------------------------------------------------------------- v3 owner password only (encrypted, no copy)
D3, C3 = "重庆市渝中区卫生健康委员会", "315004"
T3 = "2024年项目支出绩效目标表"
G["v3_pdf_ownerpassword_yuzhong_2024"] = rec(
    doc(T3, D3, C3, 2024),
    [Proj(1, "家庭医生签约服务", title=T3, code="YZWJ-2024-002", department=D3, department_code=C3,
          scope="project", implementing_unit="重庆市渝中区社区卫生服务管理中心", total=210.00, fiscal=210.00, other=0,
          goals=["做实做细家庭医生签约服务，重点人群签约服务覆盖率稳步提升。"],
          inds=[D(P, SL, "家庭医生签约服务人数", "≥18万人", "签约居民人数"),
                D(P, SL, "组建家庭医生团队", "≥96个", "辖区组建的家庭医生服务团队数量"),
                D(P, ZL, "重点人群签约服务覆盖率", "≥75%", "签约重点人群占重点人群总数的比例"),
                D(P, ZL, "签约居民续约率", "≥80%", "上年签约居民本年续约的比例"),
                D(P, SX, "签约服务费拨付时间", "Q:2024年12月31日前", "签约服务费拨付到位的时间"),
                D(C, JJCB, "人均签约服务补助", "≤12元", "按签约人数测算的财政补助标准"),
                D(X, SH, "签约居民基层就诊率", "≥60%", "签约居民在基层医疗卫生机构就诊的比例"),
                D(X, KC, "分级诊疗制度", "逐步完善", "家庭医生签约服务对分级诊疗的支撑作用"),
                D(M, FW, "签约居民满意度", "≥90%", "抽样调查签约居民满意的比例")]),
     Proj(2, "重大传染病防控", title=T3, code="YZWJ-2024-005", department=D3, department_code=C3,
          scope="project", implementing_unit="重庆市渝中区疾病预防控制中心", total=186.40, fiscal=170.00, other=16.40,
          goals=["开展艾滋病、结核病等重大传染病监测和防治工作；",
                 "传染病报告及时率保持在95%以上。"],
          inds=[D(P, SL, "艾滋病检测人次", "≥6.5万人次", "全年开展艾滋病病毒抗体检测的人次"),
                D(P, SL, "肺结核患者规范管理人数", "≥520人", "纳入规范管理的肺结核患者人数"),
                D(P, SL, "传染病监测哨点", "12个", "设置的传染病监测哨点数量"),
                D(P, ZL, "传染病报告及时率", "≥95%", "法定传染病网络直报及时的比例"),
                D(P, ZL, "肺结核患者成功治疗率", "≥90%", "完成规定疗程的肺结核患者比例"),
                D(P, SX, "疫情处置响应时间", "≤2小时", "接报后到达现场处置的时间"),
                D(C, JJCB, "防控物资采购成本", "≤年初预算数", "防控物资采购支出与预算的比较"),
                D(X, SH, "甲乙类传染病报告发病率", "低于全市平均水平", "辖区甲乙类传染病报告发病水平"),
                D(X, KC, "传染病防控体系", "持续健全", "重大传染病联防联控机制运行情况"),
                D(M, FW, "辖区居民满意度", "≥85%", "抽样调查辖区居民满意的比例")]),
     Proj(3, "妇幼健康服务", title=T3, code="YZWJ-2024-009", department=D3, department_code=C3,
          scope="project", implementing_unit="重庆市渝中区妇幼保健院", total=98.60, fiscal=98.60, other=0,
          goals=["为辖区孕产妇和0-6岁儿童提供基本妇幼健康服务，降低孕产妇和婴儿死亡率。"],
          inds=[D(P, SL, "孕产妇系统管理人数", "≥3800人", "纳入系统管理的孕产妇人数"),
                D(P, SL, "新生儿疾病筛查人数", "≥3600人", "接受新生儿疾病筛查的人数"),
                D(P, ZL, "孕产妇系统管理率", "≥92%", "系统管理的孕产妇占活产数的比例"),
                D(P, ZL, "0-6岁儿童健康管理率", "≥90%", "接受健康管理的0-6岁儿童比例"),
                D(P, SX, "筛查结果反馈时间", "≤15个工作日", "筛查结果反馈到家庭的时间"),
                D(C, JJCB, "新生儿疾病筛查补助标准", "=60元/人", "每名新生儿的筛查补助金额"),
                D(X, SH, "婴儿死亡率", "≤3‰", "每千名活产婴儿中的死亡人数"),
                D(M, FW, "孕产妇满意度", "≥90%", "抽样调查孕产妇满意的比例")])])

# ---------------------------------------------------------------- v4 page 1 native text, page 2 a 200 dpi scan
D4, C4 = "重庆市万州区农业农村委员会", "401008"
T4 = "2023年度项目支出绩效目标表"
G["v4_pdf_mixed_native_scan_wanzhou_2023"] = rec(
    doc(T4, D4, C4, 2023),
    [Proj(1, "高标准农田建设", title=T4, code="WZNY-2023-01", department=D4, department_code=C4,
          scope="project", implementing_unit="重庆市万州区农田建设服务中心", total=3260.00, fiscal=3000.00,
          other=260.00,
          goals=["新建高标准农田2.2万亩，配套建设灌排和田间道路设施；",
                 "项目区粮食综合生产能力稳步提高。"],
          inds=[B(P, SL, "新建高标准农田面积", "≥2.2万亩", JH),
                B(P, SL, "新建改造灌排渠道", "≥48公里", JH),
                B(P, SL, "新建田间道路", "≥36公里", JH),
                B(P, ZL, "工程验收合格率", "100%", HY),
                B(P, ZL, "耕地质量等级提升", "≥0.5等", HY),
                B(P, SX, "项目建设完成时间", "Q:2023年12月31日前", JH),
                B(C, JJCB, "亩均财政投入", "≤1500元", HY),
                B(X, JJ, "项目区亩均粮食增产", "≥50公斤", LS),
                B(X, ST, "农田灌溉水有效利用系数", "≥0.55", HY),
                B(X, KC, "工程设施使用年限", "≥15年", HY),
                B(M, FW, "项目区农户满意度", "≥90%", LS)]),
     Proj(2, "柑橘产业发展补助", title=T4, code="WZNY-2023-06", department=D4, department_code=C4,
          scope="project", implementing_unit="重庆市万州区经济作物技术推广站", total=420.00, fiscal=400.00,
          other=20.00,
          goals=["支持柑橘标准化果园建设和品种改良，推广绿色防控技术，促进果农增收。"],
          inds=[B(P, SL, "新建标准化柑橘果园", "≥3000亩", JH),
                B(P, SL, "推广绿色防控技术面积", "≥1.5万亩", JH),
                B(P, SL, "培训果农", "≥800人次", JH),
                B(P, ZL, "良种苗木合格率", "≥98%", HY),
                B(P, SX, "补助资金兑付时间", "Q:2023年11月底前", JH),
                B(C, JJCB, "每亩果园建设补助", "≤800元", JH),
                B(X, JJ, "带动果农户均增收", "≥2000元", LS),
                B(X, SH, "带动脱贫户参与产业发展", "≥300户", QT),
                B(M, FW, "果农满意度", "≥90%", LS)])])

# ---------------------------------------------------------------- v5 embedded CJK subset font, two forms SIDE BY SIDE
D5, C5 = "上海市黄浦区文化和旅游局", "605003"
T5 = "2025年度项目支出绩效目标表"
G["v5_pdf_embeddedfont_sidebyside_huangpu_2025"] = rec(
    doc(T5, D5, C5, 2025),
    [Proj(1, "公共文化服务配送", title=T5, code="HP-WL-2025-02", department=D5, department_code=C5,
          scope="project", implementing_unit="上海市黄浦区文化馆", total=185.00, fiscal=185.00, other=0,
          goals=["向街道社区文化活动中心配送文艺演出、讲座和展览，丰富群众文化生活。"],
          inds=[I(P, SL, "配送文艺演出", "≥180场"),
                I(P, SL, "配送公益讲座和展览", "≥120场"),
                I(P, ZL, "配送节目验收合格率", "100%"),
                I(P, SX, "年度配送完成时间", "Q:2025年12月15日前"),
                I(C, JJCB, "单场演出配送成本", "≤0.6万元"),
                I(X, SH, "参与群众人次", "≥9万人次"),
                I(X, KC, "公共文化服务体系", "持续完善"),
                I(M, FW, "群众满意度", "≥90%")]),
     Proj(2, "历史风貌区文物保护", title=T5, code="HP-WL-2025-05", department=D5, department_code=C5,
          scope="project", implementing_unit="上海市黄浦区文物保护管理所", total=326.50, fiscal=300.00, other=26.50,
          goals=["开展优秀历史建筑和文物保护单位的日常巡查与修缮；",
                 "确保全年不发生文物安全责任事故。"],
          inds=[I(P, SL, "文物日常巡查", "≥1200次"),
                I(P, SL, "实施文物修缮项目", "4个"),
                I(P, ZL, "修缮工程验收合格率", "100%"),
                I(P, ZL, "文物安全隐患整改率", "100%"),
                I(P, SX, "修缮工程完工时间", "Q:2025年11月30日前"),
                I(C, JJCB, "文物修缮支出", "≤年初预算数"),
                I(X, SH, "文物安全责任事故", "0起"),
                I(X, KC, "历史文化风貌", "有效保护"),
                I(M, FW, "社会公众满意度", "≥85%")])])

# ---------------------------------------------------------------- v6 LibreOffice 部门整体: cover, 目录, repeated header, 注 block
D6, C6 = "上海市闵行区生态环境局", "712001"
D6b, C6b = "上海市闵行区环境监测站", "712002"
T6 = "部门整体支出绩效目标表"
V6_NOTE = ["注：1.指标值为本单位2024年度预期达到的水平。",
           "2.“三公”经费包括因公出国（境）费、公务用车购置及运行费和公务接待费，以年初预算数为上限。",
           "3.本表金额单位为万元。"]
G["v6_lo_dept_cover_toc_minhang_2024"] = rec(
    doc("2024年部门整体支出绩效目标", D6, C6, 2024, status="草案", compiled_by=D6, reviewed_by="上海市闵行区财政局"),
    [Proj(1, None, title=T6, department=D6, department_code=C6, scope="department",
          total=5628.30, fiscal=5480.00, other=148.30,
          goals=["深入打好污染防治攻坚战，全区PM2.5年均浓度持续下降；",
                 "加强生态环境执法监管，严厉查处环境违法行为；",
                 "推进减污降碳协同增效，保障单位正常运转。"],
          inds=[D(P, SL, "开展环境执法检查", "≥2600家次", "全年对各类排污单位开展现场执法检查的家次"),
                D(P, SL, "完成污染源监督性监测", "≥480个", "对重点排污单位开展监督性监测的点位数"),
                D(P, SL, "办理环境信访投诉", "≥3500件", "受理并办结的环境信访投诉件数"),
                D(P, ZL, "PM2.5年均浓度", "≤30微克/立方米", "全区细颗粒物年均浓度"),
                D(P, ZL, "地表水考核断面达标率", "≥90%", "达到考核目标的地表水断面比例"),
                D(P, ZL, "环境信访投诉办结率", "100%", "按期办结的信访投诉件数占受理件数的比例"),
                D(P, SX, "行政许可按时办结率", "100%", "在法定时限内办结的行政许可事项比例"),
                D(C, JJCB, "“三公”经费支出", "≤年初预算数", "因公出国（境）费、公务用车购置及运行费、公务接待费支出"),
                D(X, ST, "空气质量优良天数比例", "≥87%", "全年空气质量优良天数占有效监测天数的比例"),
                D(X, SH, "突发环境事件", "Q:不发生较大及以上", "辖区发生较大及以上突发环境事件的情况"),
                D(X, KC, "生态环境治理长效机制", "持续完善", "生态环境治理制度体系建设情况"),
                D(M, FW, "公众生态环境满意度", "≥85%", "第三方调查公众对生态环境的满意比例")]),
     Proj(2, None, title=T6, department=D6b, department_code=C6b, scope="department",
          total=862.40, fiscal=862.40, other=0,
          goals=["完成全区环境质量例行监测任务；",
                 "保障监测数据真实准确；",
                 "保障单位正常运转。"],
          inds=[D(P, SL, "环境空气自动监测站点运维", "9个", "运维的环境空气自动监测站点数量"),
                D(P, SL, "地表水例行监测断面", "≥56个", "开展例行监测的地表水断面数量"),
                D(P, ZL, "监测数据有效率", "≥95%", "有效监测数据占全部监测数据的比例"),
                D(P, ZL, "实验室能力验证合格率", "100%", "参加能力验证考核的合格比例"),
                D(P, SX, "监测报告按时报送率", "100%", "按规定时限报送监测报告的比例"),
                D(C, JJCB, "公用经费支出", "≤年初预算数", "单位公用经费支出与预算的比较"),
                D(X, SH, "监测数据支撑环境管理决策", "有效支撑", "监测数据在环境管理和执法中的应用情况"),
                D(M, FW, "服务对象满意度", "≥90%", "主管部门及相关单位对监测服务的满意比例")])],
    toc=[{"part": 2, "title": D6 + T6, "page": 3}, {"part": 2, "title": D6b + T6, "page": 5}])
