"""Held-out drafts and their hand-typed golds (jixiao was not tuned on these).

Every fact below is typed by hand; each draft is rendered FROM its gold (nothing of extract/ or normalize/ is
read or run). Departments, people and numbers are invented.
Run: python3 samples/heldout/author.py   (docx/xlsx need python-docx/openpyxl: use the project venv's python)
"""
from __future__ import annotations

import html
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "families"))
from gold_kit import ind, project, record, write  # noqa: E402
from make_drafts import b_table, money, num, spans  # noqa: E402

DRAFTS, GOLDS = HERE / "drafts", HERE / "expected"

# The standard level names of what these drafts print (a fixed table, typed by hand).
STD1 = {"产出指标": "产出指标", "效益指标": "效益指标", "满意度指标": "满意度指标", "成本指标": "成本指标",
        "效果指标": "效益指标", None: None}
STD2 = {"数量指标": "数量指标", "质量指标": "质量指标", "时效指标": "时效指标", "成本指标": "成本指标",
        "经济效益指标": "经济效益指标", "社会效益指标": "社会效益指标", "生态效益指标": "生态效益指标",
        "可持续影响指标": "可持续影响指标", "服务对象满意度指标": "服务对象满意度指标", "社会效益": "社会效益指标",
        "满意度指标": "服务对象满意度指标", "社会公众或服务对象满意度指标": "服务对象满意度指标",
        "经济成本指标": "经济成本指标", "社会成本指标": "社会成本指标", None: None}


def _lv(l1, l2):
    s1 = "满意度指标" if l2 == "社会公众或服务对象满意度指标" else STD1[l1]
    return dict(level1=l1, level1_std=s1, level2=l2, level2_std=STD2[l2])


def N(l1, l2, l3, raw, comp, val, unit, desc=None, **kw):
    lv = _lv(l1, l2)
    return ind(lv["level1"], lv["level1_std"], lv["level2"], lv["level2_std"], l3, desc, raw, "numeric", comp, val,
               unit, **kw)


def RG(l1, l2, l3, raw, lo, hi, unit, desc=None, **kw):
    return N(l1, l2, l3, raw, ">=", lo, unit, desc, value_max=hi, **kw)


def Q(l1, l2, l3, raw, desc=None, **kw):
    lv = _lv(l1, l2)
    return ind(lv["level1"], lv["level1_std"], lv["level2"], lv["level2_std"], l3, desc, raw, "qualitative", None,
               None, None, **kw)


def REF(l1, l2, l3, raw, ref, comp="<=", desc=None, **kw):
    lv = _lv(l1, l2)
    return ind(lv["level1"], lv["level1_std"], lv["level2"], lv["level2_std"], l3, desc, raw, "reference", comp,
               None, None, reference=ref, **kw)


def M(l1, l2, l3, desc=None, **kw):
    lv = _lv(l1, l2)
    return ind(lv["level1"], lv["level1_std"], lv["level2"], lv["level2_std"], l3, desc, "", "missing", None, None,
               None, **kw)


CP, XL, SX = "产出指标", "效益指标", "满意度指标"
SL, ZL, SXL, CB = "数量指标", "质量指标", "时效指标", "成本指标"
SH, JJ, ST, KC, FW = "社会效益指标", "经济效益指标", "生态效益指标", "可持续影响指标", "服务对象满意度指标"
GOLD, RENDER = {}, {}


def draft(stem, ext):
    def deco(fn):
        RENDER[stem] = (ext, fn)
        return fn
    return deco


# === 1. Sichuan 一体化 export, flattened pipe capture, 元 with thousands separators ============================
def s(sign, **kw):
    """The sign column as printed plus weight and direction."""
    return kw | {"sign": sign}


GOLD["s1_yitihua_capture_jiange_2025"] = record(
    title="部门预算项目绩效目标表(2025年度)", department="剑阁县农业农村局", department_code="503001", year=2025,
    projects=[
        project(1, name="高标准农田建设后期管护经费", department_code="503001", department="剑阁县农业农村局", unit="元",
                budget_total=1365200.0,
                goals=["对全县已建成高标准农田开展日常管护,修复损毁渠系和田间道路,保障农田设施正常使用。"],
                indicators=[
                    N(CP, SL, "管护高标准农田面积", "12.6", ">=", 12.6, "万亩", **s("≥", weight=15, direction="正向")),
                    N(CP, SL, "修复损毁渠系", "3,450", ">=", 3450, "米", **s("≥", weight=15, direction="正向")),
                    N(CP, ZL, "管护设施完好率", "92", ">=", 92, "%", **s("≥", weight=10, direction="正向")),
                    Q(CP, SXL, "管护资金拨付", "按季度拨付", **s("定性", weight=10, direction="中性")),
                    N(CP, CB, "每亩管护成本", "10.8", "<=", 10.8, "元/亩", **s("≤", weight=10, direction="反向")),
                    N(XL, JJ, "粮食亩均增产", "25", ">=", 25, "公斤", **s("≥", weight=10, direction="正向")),
                    Q(XL, KC, "农田设施持续发挥效益", "长期", **s("定性", weight=10, direction="正向")),
                    N(SX, FW, "种植户满意度", "90", ">=", 90, "%", **s("≥", weight=20, direction="正向")),
                ]),
        project(2, name="农村人居环境整治以奖代补资金", department_code="503001", department="剑阁县农业农村局", unit="元",
                budget_total=2048750.5,
                goals=["完成12个村人居环境整治,农村生活垃圾收运处置体系覆盖所有行政村。"],
                indicators=[
                    N(XL, ST, "农村生活垃圾无害化处理率", "85", ">=", 85, "%", **s("≥", weight=15, direction="正向")),
                    N(CP, SL, "整治村数", "12", "=", 12, "个", **s("=", weight=15, direction="正向")),
                    N(CP, SL, "新改建户用卫生厕所", "1,260", ">=", 1260, "户", **s("≥", weight=15, direction="正向")),
                    M(CP, ZL, "整治验收合格率", **s("≥", weight=10, direction="正向")),
                    N(CP, CB, "单村奖补标准", "150,000", "<=", 150000, "元/村", **s("≤", weight=10, direction="反向")),
                    Q(XL, SH, "村容村貌", "明显改善", **s("定性", weight=15, direction="正向")),
                    N(SX, FW, "村民满意度", "88", ">=", 88, "%", **s("≥", weight=20, direction="正向")),
                ]),
    ])


@draft("s1_yitihua_capture_jiange_2025", "txt")
def _(g):
    width = 13
    row = lambda cells: "| " + " | ".join(cells) + " | " + "|" * max(0, width - len(cells) - 1)
    d, ps = g["document"], g["projects"]
    L = ["剑阁县人民政府门户网站 > 政务公开 > 财政预决算", "发布时间:2025-02-11 浏览次数:87", "",
         row([d["title"]]), row(["金额单位:元"]),
         "| 单位名称 | 项目名称 | 预算数 | 年度目标 | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 权重 | 指标方向性 | |",
         row(["503-剑阁县农业农村局", money(sum(p["budget_total"] for p in ps))])]
    for i, p in enumerate(ps):
        for j, x in enumerate(p["indicators"]):
            cells = [x["level1"], x["level2"], x["level3"], x["sign"], x["value_raw"], x["unit"] or "",
                     num(x["weight"]), x["direction"] + "指标"]
            if j == 0:
                cells = [p["name"], money(p["budget_total"]), p["goals"][0]] + cells
                if i == 0:
                    cells = [p["department_code"] + "-" + p["department"]] + cells
            L.append(row(cells))
    return "\n".join(L) + "\n"


# === 2. national 申报表 as MinerU Markdown =================================================================
GOLD["s2_national_mwr_2024"] = record(
    title="项目支出绩效目标申报表", department="水利部", department_code="126", year=2024,
    projects=[
        project(1, name="国家水资源监控能力建设运行维护", department_code="126", department="水利部",
                implementing_unit="水利部水资源管理中心", unit="万元", budget_total=2380.0, budget_fiscal=2100.0,
                budget_carryover=180.0, budget_other=100.0,
                goals=["保障国家水资源监控平台全年稳定运行,取用水在线监测点数据到报率达到规定要求。",
                       "完成重点取水户监测设备巡检和故障修复,提升监测数据质量。"],
                indicators=[
                    N(CP, SL, "在线监测点运维数量", "≥1.2万个", ">=", 1.2, "万个", weight=15),
                    N(CP, SL, "设备巡检次数", "4次/年", "=", 4, "次/年", weight=10),
                    N(CP, ZL, "监测数据到报率", ">95%", ">", 95, "%", weight=15),
                    RG(CP, SXL, "故障修复时间", "24-48小时", 24, 48, "小时", weight=10),
                    N(XL, SH, "取用水监管覆盖率", "≥90%", ">=", 90, "%", weight=20),
                    Q(XL, KC, "平台持续运行能力", "稳步提升", weight=10),
                    N(SX, FW, "流域机构和地方水利部门满意度", "≥90%", ">=", 90, "%", weight=10),
                    N(None, None, "预算执行率", "100%", "=", 100, "%", weight=10),
                ]),
        project(2, name="水旱灾害防御物资储备", department_code="126", department="水利部",
                implementing_unit="水利部水旱灾害防御物资储备中心", unit="万元", budget_total=960.5, budget_fiscal=900.0,
                budget_carryover=60.5, budget_other=0.0,
                goals=["补充储备冲锋舟、移动泵站等防汛抢险物资,满足汛期调运需要。"],
                indicators=[
                    N(CP, SL, "采购移动泵站", "≥40台", ">=", 40, "台", weight=15),
                    N(CP, ZL, "物资验收合格率", "100%", "=", 100, "%", weight=15),
                    Q(CP, SXL, "物资入库时间", "2024年5月底前", weight=10),
                    REF(CP, CB, "采购成本", "≤预算批复金额", "预算批复金额", weight=10),
                    N(XL, SH, "物资调运响应时间", "<12小时", "<", 12, "小时", weight=20),
                    Q(XL, KC, "储备体系保障能力", "持续增强", weight=10),
                    N(SX, FW, "调用单位满意度", "≥95%", ">=", 95, "%", weight=20),
                ]),
    ])


@draft("s2_national_mwr_2024", "md")
def _(g):
    # b_table escapes what it prints (`>95%` → `&gt;95%`)
    parts = []
    for i, p in enumerate(g["projects"]):
        parts += [f"# {g['document']['title']}", "", f"（{g['document']['year']}年度）", "",
                  f"![](images/{['3ad07be19f', 'c41e5a9920'][i]}.jpg)", "", b_table(p), "",
                  "填报人：                联系电话：", ""]
    return "\n".join(parts)


# === 3. 部门整体支出绩效目标表 as HTML (scope department) =====================================================
GOLD["s3_dept_overall_linxiang_2022"] = record(
    title="部门整体支出绩效目标表", department="临湘市教育局", department_code="412001", year=2022,
    projects=[
        project(1, name=None, scope="department", title="部门整体支出绩效目标表", department="临湘市教育局",
                department_code="412001", unit="万元", budget_total=5862.3, budget_fiscal=5710.3, budget_other=152.0,
                goals=["保障全市义务教育学校正常运转,落实生均公用经费保障标准。",
                       "落实家庭经济困难学生资助政策,做到应助尽助。"],
                indicators=[
                    N(CP, SL, "保障义务教育在校生人数", "≥4.1万人", ">=", 4.1, "万人"),
                    N(CP, SL, "资助家庭经济困难学生", "≥3600人次", ">=", 3600, "人次"),
                    N(CP, ZL, "义务教育巩固率", "≥99%", ">=", 99, "%"),
                    Q(CP, SXL, "资助资金发放", "按学期发放"),
                    REF(CP, CB, "部门整体支出", "≤年初预算数", "年初预算数"),
                    N(XL, SH, "适龄儿童入学率", "100%", "=", 100, "%"),
                    N(SX, FW, "家长满意度", "≥92%", ">=", 92, "%"),
                ]),
        project(2, name=None, scope="department", title="部门整体支出绩效目标表", department="临湘市教育事务中心",
                department_code="412002", unit="万元", budget_total=436.8, budget_fiscal=436.8, budget_other=0.0,
                goals=["完成教师继续教育培训和教育质量监测工作。"],
                indicators=[
                    N(CP, SL, "教师培训人次", "≥2400人次", ">=", 2400, "人次"),
                    RG(CP, ZL, "培训考核合格率", "95%-98%", 95, 98, "%"),
                    M(CP, SXL, "质量监测报告完成时间"),
                    N(XL, KC, "教师专业能力提升覆盖率", "≥85%", ">=", 85, "%"),
                    N(XL, SH, "学生学业质量监测覆盖学校", "46所", "=", 46, "所"),
                    N(SX, FW, "参训教师满意度", "≥90%", ">=", 90, "%"),
                ]),
    ])


@draft("s3_dept_overall_linxiang_2022", "html")
def _(g):
    e = html.escape
    out = ['<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>临湘市教育局2022年部门预算公开</title></head><body>']
    for p in g["projects"]:
        inds = p["indicators"]
        s1, s2 = spans(inds, lambda x: x["level1"]), spans(inds, lambda x: (x["level1"], x["level2"]))
        R = [f"<h2>{e(p['title'])}</h2>", f"<p>（{g['document']['year']}年度）</p>", '<table border="1">',
             f"<tr><td>部门(单位)名称</td><td colspan=\"2\">{e(p['department'])}</td><td>部门预算编码</td><td>{p['department_code']}</td></tr>",
             f'<tr><td rowspan="3">年度预算安排(万元)</td><td colspan="2">资金总额</td><td colspan="2">{p["budget_total"]:.2f}</td></tr>',
             f'<tr><td colspan="2">其中:财政拨款</td><td colspan="2">{p["budget_fiscal"]:.2f}</td></tr>',
             f'<tr><td colspan="2">其他资金</td><td colspan="2">{p["budget_other"]:.2f}</td></tr>',
             '<tr><td>年度总体目标</td><td colspan="4">'
             + "<br>".join(f"目标{i}:{e(x)}" for i, x in enumerate(p["goals"], 1)) + "</td></tr>",
             "<tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>指标值</th><th>备注</th></tr>"]
        for j, x in enumerate(inds):
            tds = []
            if j in s1:
                tds.append(f'<td rowspan="{s1[j]}">{e(x["level1"])}</td>')
            if j in s2:
                tds.append(f'<td rowspan="{s2[j]}">{e(x["level2"])}</td>')
            tds += [f"<td>{e(x['level3'])}</td>", f"<td>{e(x['value_raw'])}</td>", "<td></td>"]
            R.append("<tr>" + "".join(tds) + "</tr>")
        R.append("</table>")
        out.append("\n".join(R))
    return "\n<br>\n".join(out) + "\n</body></html>\n"


# === 4. 批复表, 实施期 and 年度 sets side by side, tab rows ==================================================
def pair(mid, yr):
    return [x | {"period": "mid_term"} for x in mid] + [x | {"period": "year"} for x in yr]


GOLD["s4_approval_tab_putian_2021"] = record(
    title="2021年度项目支出绩效目标批复表", department="莆田市文化和旅游局", year=2021,
    projects=[
        project(1, title="2021年度项目支出绩效目标批复表", name="妈祖文化遗产保护利用", department="莆田市文化和旅游局", implementing_unit="莆田市文物保护中心",
                unit="万元", budget_total=320.0, budget_fiscal=300.0, budget_other=20.0,
                goals_mid_term=["完成湄洲祖庙周边文物本体修缮和数字化记录。"],
                goals=["完成2处文物建筑修缮设计和1处本体修缮。", "完成文物数字化采集500件。"],
                extra={"实施期资金总额": "950", "建设周期": "2021-2023年"},
                indicators=pair(
                    [N(CP, SL, "修缮文物建筑", "6处", "=", 6, "处"),
                     N(CP, SL, "数字化采集文物", "1500件", "=", 1500, "件"),
                     N(CP, ZL, "修缮工程验收合格率", "100%", "=", 100, "%"),
                     Q(XL, SH, "文物安全状况", "明显改善"),
                     N(SX, FW, "游客满意度", "≥90%", ">=", 90, "%")],
                    [N(CP, SL, "修缮文物建筑", "1处", "=", 1, "处", weight=20),
                     N(CP, SL, "数字化采集文物", "500件", "=", 500, "件", weight=15),
                     N(CP, ZL, "修缮工程验收合格率", "100%", "=", 100, "%", weight=15),
                     Q(XL, SH, "文物安全状况", "有所改善", weight=20),
                     N(SX, FW, "游客满意度", "≥88%", ">=", 88, "%", weight=15)])),
        project(2, title="2021年度项目支出绩效目标批复表", name="全域旅游宣传推广", department="莆田市文化和旅游局", implementing_unit="莆田市旅游发展中心",
                unit="万元", budget_total=185.6, budget_fiscal=185.6, budget_other=0.0,
                goals_mid_term=["打响城市旅游品牌,入境和国内游客人次稳步增长。"],
                goals=["举办旅游推介会并在主要客源地投放宣传。"],
                extra={"实施期资金总额": "560", "建设周期": "2021-2023年"},
                indicators=pair(
                    [N(CP, SL, "举办旅游推介会", "≥9场", ">=", 9, "场"),
                     M(CP, SXL, "宣传投放完成时间"),
                     N(XL, JJ, "旅游总收入增长", "≥8%", ">=", 8, "%"),
                     N(SX, FW, "合作旅行社满意度", "≥85%", ">=", 85, "%")],
                    [N(CP, SL, "举办旅游推介会", "≥3场", ">=", 3, "场", weight=25),
                     Q(CP, SXL, "宣传投放完成时间", "2021年10月底前", weight=15),
                     RG(XL, JJ, "旅游总收入增长", "5%-8%", 5, 8, "%", weight=25),
                     N(SX, FW, "合作旅行社满意度", "≥85%", ">=", 85, "%", weight=15)])),
    ])


@draft("s4_approval_tab_putian_2021", "txt")
def _(g):
    L = []
    for p in g["projects"]:
        L += [p["title"], "单位：万元"]
        mid = [x for x in p["indicators"] if x["period"] == "mid_term"]
        yr = [x for x in p["indicators"] if x["period"] == "year"]
        L += [f"项目名称\t{p['name']}\t\t主管部门\t{p['department']}",
              f"实施单位\t{p['implementing_unit']}\t\t建设周期\t{p['extra']['建设周期']}",
              f"项目资金（万元）\t实施期资金总额\t{p['extra']['实施期资金总额']}\t年度资金总额\t{num(p['budget_total'])}",
              f"\t其中：财政拨款\t{num(p['budget_fiscal'])}\t其他资金\t{num(p['budget_other'])}",
              "总体目标\t实施期目标\t" + "".join(p["goals_mid_term"]) + "\t年度目标\t"
              + " ".join(f"{i}.{x}" for i, x in enumerate(p["goals"], 1)),
              "实施期绩效指标\t\t\t\t年度绩效指标",
              "一级指标\t二级指标\t三级指标\t指标值\t一级指标\t二级指标\t三级指标\t指标值\t分值"]
        prev = None
        for m, y in zip(mid, yr):
            l1 = "" if m["level1"] == prev else m["level1"]
            prev = m["level1"]
            L.append("\t".join([l1, m["level2"], m["level3"], m["value_raw"], l1, y["level2"], y["level3"],
                                y["value_raw"], num(y["weight"])]))
        L.append("")
    return "\n".join(L)


# === 5. plain 项目支出绩效目标表 as .docx (python-docx, merged 一级/二级 cells) =================================
GOLD["s5_docx_plain_wuzhong_2023"] = record(
    title="2023年度项目支出绩效目标表", department="苏州市吴中区卫生健康委员会", year=2023,
    projects=[
        project(1, title="2023年度项目支出绩效目标表", name="基本公共卫生服务补助", department="苏州市吴中区卫生健康委员会",
                unit="万元", budget_total=4126.4, budget_fiscal=4126.4, budget_other=0.0,
                goals=["为辖区常住居民免费提供基本公共卫生服务,重点人群健康管理率达到省定标准。"],
                indicators=[
                    N(CP, SL, "居民电子健康档案建档率", "≥90%", ">=", 90, "%", basis="计划标准"),
                    N(CP, SL, "65岁及以上老年人健康管理人数", "≥4.5万人", ">=", 4.5, "万人", basis="计划标准"),
                    N(CP, ZL, "高血压患者规范管理率", "≥65%", ">=", 65, "%", basis="行业标准"),
                    Q(CP, SXL, "补助资金下达", "按季度预拨", basis="其他标准"),
                    N(CP, CB, "人均基本公共卫生服务补助标准", "89元", "=", 89, "元", basis="行业标准"),
                    N(XL, SH, "居民健康素养水平", "≥32%", ">=", 32, "%", basis="历史标准"),
                    M(XL, KC, "基层医疗机构服务能力", basis="计划标准"),
                    N(SX, FW, "居民满意度", "≥90%", ">=", 90, "%", basis="行业标准"),
                ]),
        project(2, title="2023年度项目支出绩效目标表", name="急救站点建设", department="苏州市吴中区卫生健康委员会",
                unit="万元", budget_total=615.0, budget_fiscal=515.0, budget_other=100.0,
                goals=["新建镇级急救站点,缩短城区和乡镇急救反应时间。"],
                indicators=[
                    N(CP, SL, "新建急救站点", "3个", "=", 3, "个", basis="计划标准"),
                    N(CP, SL, "配备负压救护车", "≥5辆", ">=", 5, "辆", basis="计划标准"),
                    Q(CP, ZL, "站点建设标准", "达到省级标准", basis="行业标准"),
                    Q(CP, SXL, "站点投入使用时间", "2023年11月底前", basis="计划标准"),
                    RG(XL, SH, "急救平均反应时间", "12-15分钟", 12, 15, "分钟", basis="历史标准"),
                    N(SX, FW, "患者及家属满意度", "≥95%", ">=", 95, "%", basis="行业标准"),
                ]),
    ])


@draft("s5_docx_plain_wuzhong_2023", "docx")
def _(g, path):
    from docx import Document
    doc = Document()
    for i, p in enumerate(g["projects"]):
        if i:
            doc.add_page_break()
        doc.add_heading(p["title"], level=1)
        doc.add_paragraph(f"部门名称：{p['department']}")
        doc.add_paragraph("单位：万元")
        inds = p["indicators"]
        t = doc.add_table(rows=6 + len(inds), cols=5)
        t.style = "Table Grid"
        put = lambda r, c, v: setattr(t.cell(r, c), "text", v)
        put(0, 0, "项目名称"); t.cell(0, 1).merge(t.cell(0, 4)); put(0, 1, p["name"])
        put(1, 0, "年度资金总额"); t.cell(1, 1).merge(t.cell(1, 4)); put(1, 1, f"{p['budget_total']:.2f}")
        put(2, 0, "其中：财政拨款"); t.cell(2, 1).merge(t.cell(2, 4)); put(2, 1, f"{p['budget_fiscal']:.2f}")
        put(3, 0, "其他资金"); t.cell(3, 1).merge(t.cell(3, 4)); put(3, 1, f"{p['budget_other']:.2f}")
        put(4, 0, "年度绩效目标"); t.cell(4, 1).merge(t.cell(4, 4)); put(4, 1, p["goals"][0])
        for c, h in enumerate(["一级指标", "二级指标", "三级指标", "指标值", "指标值确定依据"]):
            put(5, c, h)
        s1, s2 = spans(inds, lambda x: x["level1"]), spans(inds, lambda x: (x["level1"], x["level2"]))
        for j, x in enumerate(inds):
            r = 6 + j
            if j in s1:
                if s1[j] > 1:
                    t.cell(r, 0).merge(t.cell(r + s1[j] - 1, 0))
                put(r, 0, x["level1"])
            if j in s2:
                if s2[j] > 1:
                    t.cell(r, 1).merge(t.cell(r + s2[j] - 1, 1))
                put(r, 1, x["level2"])
            put(r, 2, x["level3"]); put(r, 3, x["value_raw"]); put(r, 4, x["basis"] or "")
    doc.add_paragraph("填报人：        联系电话：")
    doc.save(path)


# === 6. Sichuan one-table export as .xlsx (openpyxl), merged cells, percent formats ===========================
def pc(raw, comp, val, sign, **kw):
    """A share typed as 0.95 in a `0%` cell: prints `95%`."""
    return dict(raw=raw, comp=comp, val=val, sign=sign, **kw)


GOLD["s6_yitihua_xlsx_xuyong_2026"] = record(
    title="2026年部门预算项目支出绩效目标表", department="叙永县民政局", department_code="611001", year=2026,
    projects=[
        project(1, name="城乡低保资金", department_code="611001", department="叙永县民政局", unit="元",
                budget_total=38650000.0,
                goals=["按标准足额发放城乡低保金,保障困难群众基本生活。"],
                indicators=[
                    N(CP, SL, "保障城乡低保对象", "21,500", ">=", 21500, "人", sign="≥", weight=20, direction="正向"),
                    N(CP, ZL, "低保金足额发放率", "100%", "=", 100, "%", sign="=", weight=15, direction="正向"),
                    Q(CP, SXL, "低保金发放时间", "每月10日前", sign="定性", weight=10, direction="正向"),
                    N(CP, CB, "农村低保月人均补助", "465", "<=", 465, "元/人/月", sign="≤", weight=10, direction="反向"),
                    N(XL, SH, "困难群众基本生活保障率", "98%", ">=", 98, "%", sign="≥", weight=15, direction="正向"),
                    M(XL, KC, "动态管理机制", sign="定性", weight=10, direction="正向"),
                    N(SX, FW, "低保对象满意度", "90%", ">=", 90, "%", sign="≥", weight=20, direction="正向"),
                ]),
        project(2, name="养老服务体系建设补助", department_code="611001", department="叙永县民政局", unit="元",
                budget_total=2760000.0,
                goals=["改造提升乡镇敬老院3所,为特殊困难老年人家庭开展适老化改造。"],
                indicators=[
                    N(XL, SH, "特困人员集中供养率", "45%", ">=", 45, "%", sign="≥", weight=15, direction="正向"),
                    N(CP, SL, "改造乡镇敬老院", "3", "=", 3, "所", sign="=", weight=20, direction="正向"),
                    N(CP, SL, "家庭适老化改造", "320", ">=", 320, "户", sign="≥", weight=15, direction="正向"),
                    N(CP, ZL, "改造项目验收合格率", "95%", ">=", 95, "%", sign="≥", weight=15, direction="正向"),
                    N(CP, CB, "每户适老化改造补助", "3,000", "<=", 3000, "元/户", sign="≤", weight=10, direction="反向"),
                    Q(XL, KC, "养老服务能力", "持续提升", sign="定性", weight=5, direction="正向"),
                    N(SX, FW, "入住老人满意度", "92%", ">=", 92, "%", sign="≥", weight=20, direction="正向"),
                ]),
    ])


def xl_value(x):
    """(cell value, number format) for a value cell: shares as fractions in `0%` cells, counts with separators."""
    raw = x["value_raw"]
    if raw.endswith("%"):
        return int(raw[:-1]) / 100, "0%"
    if raw and raw.replace(",", "").isdigit():
        return int(raw.replace(",", "")), "#,##0" if "," in raw else "General"
    return raw or None, "General"


@draft("s6_yitihua_xlsx_xuyong_2026", "xlsx")
def _(g, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Side
    wb = Workbook()
    ws = wb.active
    ws.title = "项目支出绩效目标表"
    head = ["单位名称", "项目名称", "预算数", "年度目标", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
            "度量单位", "权重", "指标方向性"]
    ws.append([g["document"]["title"]]); ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=12)
    ws.append(["金额单位:元"])
    ws.append(head)
    thin = Side(style="thin")
    ps = g["projects"]
    first = 4
    r = first
    for p in ps:
        top = r
        for x in p["indicators"]:
            v, fmt = xl_value(x)
            ws.append([p["department_code"] + "-" + p["department"], p["name"], p["budget_total"], p["goals"][0],
                       x["level1"], x["level2"], x["level3"], x["sign"], v, x["unit"] or "", x["weight"],
                       x["direction"] + "指标"])
            ws.cell(r, 9).number_format = fmt
            ws.cell(r, 3).number_format = "#,##0.00"
            r += 1
        for c in (2, 3, 4):
            ws.merge_cells(start_row=top, start_column=c, end_row=r - 1, end_column=c)
    ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    for row in ws.iter_rows(min_row=3, max_row=r - 1, max_col=12):
        for c in row:
            c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
            c.alignment = Alignment(wrap_text=True, vertical="center")
    wb.save(path)


# === 7. older MoF layout, one cell per line ==================================================================
GOLD["s7_mof_old_cellline_yongxin_2017"] = record(
    title="2017年度项目支出绩效目标表", department="永新县林业局", year=2017,
    projects=[
        project(1, title="项目支出绩效目标表", name="森林防火专项经费", department_code="317001", department="永新县林业局",
                implementing_unit="永新县森林防火指挥部办公室", unit="万元", budget_total=86.0, budget_fiscal=86.0,
                budget_other=0.0,
                goals=["建设防火隔离带和瞭望设施,森林火灾受害率控制在规定范围内", "开展防火宣传和扑火队伍培训"],
                indicators=[
                    N(CP, SL, "新建防火隔离带", "≥35公里", ">=", 35, "公里"),
                    N(CP, SL, "培训扑火队员", "260人次", "=", 260, "人次"),
                    Q(CP, SXL, "隔离带建设完成时间", "2017年3月底前"),
                    N(CP, CB, "每公里隔离带建设成本", "≤1.2万元", "<=", 1.2, "万元"),
                    N(XL, ST, "森林火灾受害率", "≤0.8‰", "<=", 0.8, "‰"),
                    N(XL, SH, "火情发现报告时间", "30分钟以内", "<=", 30, "分钟"),
                    N(XL, "社会公众或服务对象满意度指标", "林区群众满意度", "85%以上", ">=", 85, "%"),
                ]),
        project(2, title="项目支出绩效目标表", name="国有林场改革补助", department_code="317001", department="永新县林业局",
                implementing_unit="永新县三湾国有林场", unit="万元", budget_total=142.5, budget_fiscal=120.0,
                budget_other=22.5,
                goals=["落实林场职工社会保险补助", "完成林场管护站点改造"],
                indicators=[
                    N(CP, SL, "补助林场职工", "118人", "=", 118, "人"),
                    N(CP, SL, "改造管护站点", "4个", "=", 4, "个"),
                    Q(CP, ZL, "管护站点改造质量", "达标"),
                    REF(CP, CB, "改造成本", "不超过预算", "预算"),
                    N(XL, ST, "森林覆盖率", "≥82.6%", ">=", 82.6, "%"),
                    Q(XL, KC, "林场可持续经营", "明显提升"),
                    N(XL, "社会公众或服务对象满意度指标", "林场职工满意度", "≥90%", ">=", 90, "%"),
                ]),
    ])


@draft("s7_mof_old_cellline_yongxin_2017", "txt")
def _(g):
    R = [[g["document"]["title"]]]
    for p in g["projects"]:
        R += [[p["title"]], [f"预算单位：{p['department_code']}-{p['department']}", f"单位：{p['unit']}"],
              ["项目名称", p["name"]], ["主管部门", p["department"], "实施单位", p["implementing_unit"]],
              ["项目资金", "年度资金总额", f"{p['budget_total']:.2f}"], ["", "其中：财政拨款", f"{p['budget_fiscal']:.2f}"],
              ["", "其他资金", num(p["budget_other"])],
              ["年度绩效目标", "；".join(f"{i}、{x}" for i, x in enumerate(p["goals"], 1)) + "。"],
              ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"]]
        prev1 = prev2 = None
        for x in p["indicators"]:
            l1 = x["level1"] if x["level1"] != prev1 else ""
            l2 = x["level2"] if (x["level1"], x["level2"]) != (prev1, prev2) else ""
            prev1, prev2 = x["level1"], x["level2"]
            R.append(["", l1, l2, x["level3"], x["value_raw"]])
    L = []
    for row in R:
        L += [f"{c} |" if c else "|" for c in row] + ["|"]
    return "\n".join(L) + "\n"


# === 8. Guangdong 上年度实际水平 / 本年度计划完成水平, glued text ================================================
GOLD["s8_guangdong_glued_shaoguan_2020"] = record(
    title="韶关市市场监督管理局2020年项目支出绩效目标表", department="韶关市市场监督管理局", year=2020,
    projects=[
        project(1, title="项目支出绩效目标申报表", name="食品安全抽检监测", department="韶关市市场监督管理局",
                implementing_unit="韶关市食品检验所", unit="万元", budget_total=468.0, budget_fiscal=468.0,
                budget_other=0.0,
                goals=["完成食品安全监督抽检任务,问题产品核查处置率达到100%。", "开展农贸市场快检。"],
                indicators=[
                    N(CP, SL, "食品抽检批次", "≥4200批次", ">=", 4200, "批次", baseline_raw="3960批次",
                      desc="全年完成监督抽检批次"),
                    N(CP, SL, "农贸市场快检", "12万批次", "=", 12, "万批次", baseline_raw="—", desc="快检室检测批次"),
                    N(CP, ZL, "问题产品核查处置率", "100%", "=", 100, "%", baseline_raw="100%", desc="核查处置数/不合格数"),
                    N(CP, SXL, "抽检结果公布时限", "≤20个工作日", "<=", 20, "个工作日", baseline_raw="≤25个工作日",
                      desc="检验报告出具后公布"),
                    N(XL, SH, "食品抽检合格率", "≥97%", ">=", 97, "%", baseline_raw="96.8%", desc="合格批次/抽检批次"),
                    Q(XL, KC, "食品安全监管长效机制", "逐步完善", baseline_raw="初步建立", desc="制度建设情况"),
                    N(SX, FW, "群众食品安全满意度", "≥80%", ">=", 80, "%", baseline_raw="78%", desc="第三方调查"),
                ]),
        project(2, title="项目支出绩效目标申报表", name="特种设备安全监察", department="韶关市市场监督管理局",
                implementing_unit="韶关市特种设备检测所", unit="万元", budget_total=152.3, budget_fiscal=132.3,
                budget_other=20.0,
                goals=["开展电梯等特种设备安全监督检查,杜绝较大以上事故。"],
                indicators=[
                    N(CP, SL, "监督检查使用单位", "≥650家", ">=", 650, "家", baseline_raw="612家", desc="现场检查单位数"),
                    N(CP, ZL, "隐患整改率", "≥98%", ">=", 98, "%", baseline_raw="97%", desc="已整改隐患/发现隐患"),
                    N(CP, SXL, "电梯困人救援到达时间", "≤25分钟", "<=", 25, "分钟", baseline_raw="≤30分钟", desc="接警至到达现场"),
                    N(XL, SH, "特种设备万台死亡率", "≤0.2", "<=", 0.2, None, baseline_raw="0.18", desc="死亡人数/万台设备"),
                    RG(XL, SH, "电梯定期检验率", "95%-100%", 95, 100, "%", baseline_raw="96%", desc="已检验/应检验"),
                    N(SX, FW, "使用单位满意度", "≥85%", ">=", 85, "%", baseline_raw="—", desc="问卷调查"),
                ]),
    ])


@draft("s8_guangdong_glued_shaoguan_2020", "txt")
def _(g):
    out = [g["document"]["title"], "\n"]
    for p in g["projects"]:
        cells = [p["title"], f"（{g['document']['year']}年度）", "项目名称", p["name"], "主管部门", p["department"],
                 "项目单位", p["implementing_unit"], "项目资金（万元）", f"总额：{num(p['budget_total'])}",
                 "其中：财政资金", num(p["budget_fiscal"]), "其他资金", num(p["budget_other"]), "年度绩效目标",
                 "".join(f"{i}.{x}" for i, x in enumerate(p["goals"], 1)),
                 "一级指标", "二级指标", "三级指标", "上年度实际水平", "本年度计划完成水平", "指标解释"]
        prev1 = prev2 = None
        for x in p["indicators"]:
            if x["level1"] != prev1:
                cells.append(x["level1"])
            if (x["level1"], x["level2"]) != (prev1, prev2):
                cells.append(x["level2"])
            prev1, prev2 = x["level1"], x["level2"]
            cells += [x["level3"], x["baseline_raw"], x["value_raw"], x["description"]]
        cells += ["审核意见", "注：上年度实际水平指上一年度该指标的实际完成值，新增项目可不填。"]
        out.append("".join(cells) + "\n")
    return "".join(out)


def main():
    for stem, gold in GOLD.items():
        write(gold, GOLDS / f"{stem}.gold.json")
        ext, fn = RENDER[stem]
        path = DRAFTS / f"{stem}.{ext}"
        path.parent.mkdir(parents=True, exist_ok=True)
        if ext in ("docx", "xlsx"):
            fn(gold, path)
        else:
            path.write_text(fn(gold), encoding="utf-8")
        print("wrote", path)


if __name__ == "__main__":
    main()
