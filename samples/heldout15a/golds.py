"""The blind golds of heldout15a, typed by hand. make.py renders each document FROM these facts and writes
NAME.gold.json beside it. Departments, people, codes and numbers are invented (Hebei: Tangshan Lubei, Xingtai Xindu;
Sichuan: Ya'an Yucheng; Hunan: Zhuzhou Hetang; Henan: Luohe Yuanhui; Shanxi: Lvliang Lishi — no earlier held-out set
used these). This set is about SCANS AS OFFICES REALLY MAKE THEM: a phone photo of a printed page, a fax, a scan with
pen corrections, a copier's two-up page, a pale photocopy, a screenshot of the budget web system. Every document is an
image; every gold is what a person reads on it (for e3: the pen-corrected values).
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
G = {}

# ---------------------------------------------------------------- e1 PHONE PHOTO of a printed page (.jpg)
D1, C1 = "唐山市路北区卫生健康局", "733105"
T1 = "2025年度项目支出绩效目标表"
G["e1_jpg_phonephoto_desk_lubei_2025"] = rec(
    doc(T1, D1, C1, 2025),
    [Proj(1, "基本公共卫生服务", title=T1, code="LB2025-WJ-006", department=D1, department_code=C1,
          scope="project", implementing_unit="唐山市路北区社区卫生服务管理中心", total=1865.40, fiscal=1725.40, other=140.00,
          goals=["为辖区常住居民免费提供12类国家基本公共卫生服务，规范建立居民电子健康档案；",
                 "做好65岁及以上老年人、高血压和2型糖尿病患者健康管理，提高重点人群规范管理率；",
                 "加强对社区卫生服务机构的绩效考核，提升基层服务能力。"],
          inds=[I(P, SL, "居民电子健康档案建档率", "≥90%"),
                I(P, SL, "65岁及以上老年人健康管理人数", "≥2.6万人"),
                I(P, SL, "高血压患者规范管理人数", "≥1.8万人"),
                I(P, SL, "2型糖尿病患者规范管理人数", "≥6200人"),
                I(P, SL, "0-6岁儿童健康管理率", "≥90%"),
                I(P, SL, "开展健康教育讲座", "≥240次"),
                I(P, ZL, "高血压患者规范管理率", "≥65%"),
                I(P, ZL, "糖尿病患者规范管理率", "≥65%"),
                I(P, ZL, "健康档案动态使用率", "≥60%"),
                I(P, SX, "服务经费拨付时间", "Q:2025年10月31日前"),
                I(C, JJCB, "人均基本公共卫生服务补助标准", "=94元/人"),
                I(X, SH, "城乡居民公共卫生服务差距", "逐步缩小"),
                I(X, SH, "居民健康素养水平", "≥30%"),
                I(X, KC, "基层医疗卫生服务体系", "持续完善"),
                I(M, FW, "服务对象满意度", "≥90%"),
                I(M, FW, "社区医务人员满意度", "≥85%")])])

# ---------------------------------------------------------------- e2 FAX, 1-bit G4 multi-page TIFF, 204 x 98 dpi
D2, C2 = "雅安市雨城区农业农村局", "744206"
T2 = "2025年项目支出绩效目标表"
FAX = {"time": "2025-03-12 09:41", "from": "0835-2236418 YUCHENG NYNCJ", "to": "0835-2617205"}
G["e2_tif_fax_g4_204x98_yucheng_2025"] = rec(
    doc(T2, D2, C2, 2025),
    [Proj(1, "藏茶产业基地提质增效", title=T2, code="YC25-NY-0012", department=D2, department_code=C2,
          scope="project", implementing_unit="雅安市雨城区茶业发展服务中心", total=460.00, fiscal=400.00, other=60.00,
          goals=["新建和改造藏茶标准化生产基地3200亩，推广茶园绿色防控技术；",
                 "扶持茶叶初制加工点8个，带动茶农增收。"],
          inds=[B(P, SL, "新建改造标准化茶园", "≥3200亩", JH),
                B(P, SL, "扶持初制加工点", "8个", JH),
                B(P, SL, "培训茶农", "≥600人次", JH),
                B(P, ZL, "茶园绿色防控覆盖率", "≥85%", HY),
                B(P, SX, "基地建设完成时间", "Q:2025年11月30日前", JH),
                B(C, JJCB, "每亩基地建设补助", "≤1000元", HY),
                B(X, JJ, "带动茶农户均增收", "≥1500元", LS),
                B(X, KC, "藏茶产业链条", "进一步延伸", QT),
                B(M, FW, "受益茶农满意度", "≥90%", LS)]),
     Proj(2, "农村人居环境整治", title=T2, code="YC25-NY-0017", department=D2, department_code=C2,
          scope="project", implementing_unit="雅安市雨城区农业农村局", total=285.00, fiscal=285.00, other=0,
          goals=["在多营镇、碧峰峡镇、草坝镇开展农村厕所改造和生活污水治理，改善农村人居环境。"],
          inds=[B(P, SL, "改造农村户用卫生厕所", "≥850户", JH),
                B(P, SL, "建设村级污水处理设施", "5处", JH),
                B(P, ZL, "改厕质量验收合格率", "100%", HY),
                B(P, SX, "项目完工时间", "Q:2025年12月31日前", JH),
                B(C, JJCB, "户厕改造补助标准", "≤2400元/户", HY),
                B(X, ST, "农村生活污水治理率", "≥65%", HY),
                B(X, SH, "农村卫生厕所普及率", "≥92%", HY),
                B(M, FW, "农户满意度", "≥90%", LS)])])

# ---------------------------------------------------------------- e3 SCAN WITH PEN CORRECTIONS (colour image PDF)
D3, C3 = "邢台市信都区教育局", "752103"
T3 = "项目支出绩效目标表"
# _old: the printed value, struck through by hand; value_raw is the value written beside it in pen.
G["e3_pdf_scan_pencorrections_xindu_2025"] = rec(
    doc(T3, D3, C3, 2025),
    [Proj(1, "农村义务教育学校校舍维修改造", title=T3, code="XD-2025-JY-004", department=D3, department_code=C3,
          scope="project", implementing_unit="邢台市信都区教育基建服务中心", total=486.00, fiscal=486.00, other=0,
          _old_money=(520.00, 520.00),
          goals=["对将军墓镇、浆水镇、路罗镇等山区乡镇14所义务教育学校的校舍和附属设施进行维修改造；",
                 "消除校舍安全隐患，改善农村学校办学条件。"],
          inds=[B(P, SL, "维修改造学校", "14所", JH, _old="16所"),
                B(P, SL, "维修改造校舍面积", "≥1.35万平方米", JH, _old="≥1.2万平方米"),
                B(P, SL, "改造学校厕所", "≥9处", JH),
                B(P, ZL, "工程验收合格率", "100%", HY),
                B(P, ZL, "施工安全事故", "0起", HY),
                B(P, SX, "工程完工时间", "Q:2025年8月20日前", JH, _old="2025年9月30日前"),
                B(C, JJCB, "每平方米维修成本", "≤360元", HY),
                B(X, SH, "校舍安全隐患消除率", "100%", HY),
                B(X, KC, "校舍维护长效机制", "逐步建立", QT),
                B(M, FW, "师生满意度", "≥92%", LS, _old="≥90%")]),
     Proj(2, "学前教育普惠资助", title=T3, code="XD-2025-JY-011", department=D3, department_code=C3,
          scope="project", implementing_unit="邢台市信都区学生资助管理中心", total=138.60, fiscal=138.60, other=0,
          goals=["对家庭经济困难幼儿减免保育教育费，资助标准每生每年1000元，保障困难家庭幼儿接受普惠性学前教育。"],
          inds=[B(P, SL, "资助家庭经济困难幼儿", "≥1386人", JH, _old="≥1250人"),
                B(P, SL, "覆盖普惠性幼儿园", "≥42所", JH),
                B(P, ZL, "资助对象认定准确率", "100%", HY),
                B(P, SX, "资金发放时间", "Q:2025年12月15日前", JH),
                B(C, JJCB, "生均资助标准", "=1000元", JH),
                B(X, SH, "困难家庭幼儿因贫失学", "0人", HY),
                B(X, KC, "学前教育资助体系", "持续健全", QT),
                B(M, FW, "受助家庭满意度", "≥95%", LS)])])

# ---------------------------------------------------------------- e4 TWO-UP: two A5 pages side by side on one A4 landscape scan
D4, C4 = "株洲市荷塘区民政局", "766014"
T4 = "2024年项目支出绩效目标表"
G["e4_jpg_twoup_a5pair_hetang_2024"] = rec(
    doc(T4, D4, C4, 2024),
    [Proj(1, "困难群众临时救助", title=T4, code="HT2024MZ03", department=D4, department_code=C4,
          scope="project", implementing_unit="株洲市荷塘区社会救助服务中心", total=312.00, fiscal=312.00, other=0,
          goals=["对遭遇突发性、紧迫性困难的家庭和个人及时给予临时救助，兜住基本生活底线。"],
          inds=[I(P, SL, "临时救助人次", "≥1500人次"),
                I(P, ZL, "救助对象认定准确率", "≥98%"),
                I(P, SX, "急难型救助审批时限", "≤3个工作日"),
                I(C, JJCB, "人均救助金额", "≤2000元"),
                I(X, SH, "困难群众基本生活", "有效保障"),
                I(X, SH, "因灾因病致贫返贫", "0户"),
                I(X, KC, "救助政策知晓率", "≥85%"),
                I(M, FW, "救助对象满意度", "≥90%")]),
     Proj(2, "社区居家养老服务", title=T4, code="HT2024MZ07", department=D4, department_code=C4,
          scope="project", implementing_unit="株洲市荷塘区养老服务指导中心", total=226.50, fiscal=196.50, other=30.00,
          goals=["在月塘街道、桂花街道、宋家桥街道建设社区居家养老服务站，为特殊困难老年人提供上门服务。"],
          inds=[I(P, SL, "新建居家养老服务站", "6个"),
                I(P, SL, "上门服务特殊困难老年人", "≥420人"),
                I(P, ZL, "服务站运营达标率", "≥95%"),
                I(P, SX, "服务站建成时间", "Q:2024年9月30日前"),
                I(C, JJCB, "每个服务站建设补助", "≤15万元"),
                I(X, SH, "社区养老服务覆盖率", "≥80%"),
                I(X, KC, "服务站持续运营年限", "≥5年"),
                I(M, FW, "服务老年人满意度", "≥90%")])])

# ---------------------------------------------------------------- e5 PALE PHOTOCOPY: grey text on grey paper (image PDF)
D5, C5 = "漯河市源汇区水利局", "781305"
T5 = "2024年度项目支出绩效目标表"
G["e5_pdf_palecopy_lowcontrast_yuanhui_2024"] = rec(
    doc(T5, D5, C5, 2024),
    [Proj(1, "沙澧河堤防隐患治理", title=T5, code="YH2024-SL-002", department=D5, department_code=C5,
          scope="project", implementing_unit="漯河市源汇区河道管理所", total=735.00, fiscal=680.00, other=55.00,
          goals=["对沙澧河源汇区段堤防獾洞、裂缝等隐患进行排查治理，加固堤顶道路；",
                 "提升河道防洪能力，保障沿岸群众生命财产安全。"],
          inds=[B(P, SL, "治理堤防长度", "≥8.6公里", JH),
                B(P, SL, "处置堤防隐患", "≥120处", JH),
                B(P, SL, "加固堤顶道路", "≥5.2公里", JH),
                B(P, ZL, "工程质量合格率", "100%", HY),
                B(P, SX, "汛前完工时间", "Q:2024年5月31日前", JH),
                B(C, JJCB, "每公里堤防治理成本", "≤85万元", HY),
                B(X, SH, "沿岸受保护人口", "≥6.5万人", JH),
                B(X, KC, "堤防防洪标准", "Q:达到20年一遇", HY),
                B(M, FW, "沿岸群众满意度", "≥90%", LS)]),
     Proj(2, "农村饮水安全维修养护", title=T5, code="YH2024-SL-005", department=D5, department_code=C5,
          scope="project", implementing_unit="漯河市源汇区农村供水管理站", total=96.00, fiscal=96.00, other=0,
          goals=["对问十乡、空冢郭镇、大刘镇农村供水工程进行维修养护，保障农村群众饮水安全。"],
          inds=[B(P, SL, "维修养护供水工程", "≥18处", JH),
                B(P, SL, "更换老化供水管网", "≥12公里", JH),
                B(P, ZL, "农村自来水普及率", "≥98%", HY),
                B(P, ZL, "水质检测合格率", "≥95%", HY),
                B(P, SX, "维修养护完成时间", "Q:2024年10月31日前", JH),
                B(C, JJCB, "单处工程维修养护补助", "≤5.3万元", HY),
                B(X, SH, "受益农村人口", "≥3.8万人", JH),
                B(M, FW, "农村用水群众满意度", "≥90%", LS)])])

# ---------------------------------------------------------------- e6 SCREENSHOT of the budget web system (.png)
D6, C6 = "吕梁市离石区文化和旅游局", "795012"
T6 = "项目支出绩效目标申报"
# a web grid: 一级 | 二级 | 三级 | 指标性质 | 指标值 | 度量单位 | 权重(分) | 指标方向
G["e6_png_screenshot_websystem_lishi_2025"] = rec(
    doc(T6, D6, C6, 2025),
    [Proj(1, "公共文化服务体系建设", title=T6, code="141102250000000031774", department=D6, department_code=C6,
          scope="project", implementing_unit="吕梁市离石区文化馆", total=168.00, fiscal=168.00, other=0,
          goals=["开展送戏下乡、公益电影放映和群众文化活动，免费开放文化馆、图书馆；",
                 "提升乡镇综合文化站和村级文化服务中心服务效能。"],
          inds=[S(P, SL, "送戏下乡演出场次", "≥", "120", "场", 10, "正向"),
                S(P, SL, "公益电影放映场次", "≥", "3,300", "场", 10, "正向"),
                S(P, SL, "举办群众文化活动", "≥", "45", "次", 8, "正向"),
                S(P, SL, "图书馆新增藏书", "≥", "8,000", "册", 6, "正向"),
                S(P, ZL, "文化场馆免费开放率", "=", "100", "%", 8, "正向"),
                S(P, ZL, "演出节目审核通过率", "=", "100", "%", 5, "正向"),
                S(P, SX, "送戏下乡完成时间", "定性", "2025年11月底前", "", 5, "中性"),
                S(C, JJCB, "每场送戏下乡补助", "≤", "3,500", "元", 8, "反向"),
                S(C, JJCB, "每场电影放映补助", "≤", "200", "元", 5, "反向"),
                S(X, SH, "受益群众人次", "≥", "18", "万人次", 10, "正向"),
                S(X, SH, "群众文化参与度", "定性", "明显提高", "", 5, "正向"),
                S(X, KC, "基层文化服务阵地", "定性", "长效运行", "", 5, "正向"),
                S(M, FW, "群众满意度", "≥", "90", "%", 10, "正向"),
                S(M, FW, "基层文化站满意度", "≥", "85", "%", 5, "正向")])])

# e3: the struck printed values are kept as extra keys (not scored): value_struck / budget_struck
for _p in G["e3_pdf_scan_pencorrections_xindu_2025"]["projects"]:
    if _p.get("_old_money"):
        _p["budget_struck"] = {"budget_total": _p["_old_money"][0], "budget_fiscal": _p["_old_money"][1]}
    for _x in _p["indicators"]:
        if _x.get("_old"):
            _x["value_struck"] = _x["_old"]
