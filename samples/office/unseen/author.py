"""Word and Excel drafts the way other offices and budget systems produce them, with hand-typed golds.

Not through samples/office/make_office.py: each file here is built directly, the way its producer writes it
(python-docx with Word's own list numbering and merges, raw WordprocessingML where python-docx has no API,
openpyxl with number formats, hidden helper columns and sheets, LibreOffice for .xls and for a .docx saved
from HTML). Every fact of a gold is typed by hand below, from what the file prints; nothing of extract/ or
normalize/ is read or run. Departments, people and numbers are invented.

| stem | producer, layout | what is tricky |
| --- | --- | --- |
| w1_numbered_kv_xinhui_2024 | Word: cover, part 1, projects | goals, safeguards, project titles and goal items numbered by Word lists (`（%1）`, `%1、`, `%1.` inside a cell); a 4-column key/value header table (项目名称/项目编码, 主管部门/实施单位, 年度资金总额/其中：财政资金) apart from the indicator table; 分值 column |
| w2_split_tables_qingyuan_2023 | Word: plain form | every project's table split in two at a page break, the indicator header row repeated (`w:tblHeader`) at the top of the second part; the level cell left blank there (project 1) or printed again (project 2); 项目资金 merged down three rows |
| w3_nested_layout_dali_2022 | Word: a one-cell frame table per project | the form is a table nested in the frame's cell, under the title and 部门名称/单位 paragraphs; goals as soft line breaks; 指标解释 → description; empty 备注 |
| w4_lo_html_zigong_2021 | LibreOffice, HTML → .docx | rowspan/colspan as LibreOffice writes them; 指标值 and 计量单位 in two columns |
| w5_inline_labels_jianyang_2023 | Word, WPS-style form | label and value typed in one cell (`项目名称：…`, `年度资金总额：120.00万元`), two to a row, apart from the indicator table |
| x1_budget_sheets_cuiping_2024 | Excel, budget system: one sheet per project | title merged across, units row, hidden helper columns A and H, a hidden sheet of lists, a hidden stale row; 指标性质/指标值/计量单位 columns with `#,##0`, `0%`, `0.0%`, `#,##0.00` and a date cell; 填报日期 footer |
| x2_onesheet_merged_nanbu_2025 | Excel, Sichuan one-sheet export | 单位名称 merged down every project, 项目名称/预算数/年度目标 merged per project; a department subtotal row; 指标性质, 权重, 指标方向性 |
| x6_onesheet_two_units_shunqing_2024 | Excel, a department's one-sheet export | the department's subtotal row, then two units, 单位名称 merged down each unit's projects; goals numbered `1、…` on two lines of one cell |
| x3_onesheet_blank_qianfeng_2024 | Excel, one-sheet export, cells blank below | 单位名称/项目名称/项目金额/年度绩效目标 printed on a project's first row only; sign inside the value (`≥38000`), unit column |
| x4_cover_notes_yuhu_2023 | Excel: a notes sheet, then a sheet per project | cover and part 1 in column A; seed-like project sheets (描述, 依据) |
| x5_legacy_nankang_2021 | .xls (BIFF8, LibreOffice from an openpyxl workbook) | read by xlrd: merges, formats; `‰` |

Run: python samples/office/unseen/author.py   (python-docx and openpyxl; LibreOffice for w4 and x5)
"""
from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "families"))
from gold_kit import ind, project, record, write  # noqa: E402

DRAFTS, GOLDS = HERE / "drafts", HERE / "expected"

CP, XL, SX = "产出指标", "效益指标", "满意度指标"
SL, ZL, SXL, CB = "数量指标", "质量指标", "时效指标", "成本指标"
SH, JJ, ST, KC, FW = "社会效益指标", "经济效益指标", "生态效益指标", "可持续影响指标", "服务对象满意度指标"


def N(l1, l2, l3, raw, comp, val, unit, desc=None, **kw):
    """A numeric indicator; the standard level names equal the printed ones in these drafts."""
    return ind(l1, l1, l2, l2, l3, desc, raw, "numeric", comp, val, unit, **kw)


def Q(l1, l2, l3, raw, desc=None, **kw):
    return ind(l1, l1, l2, l2, l3, desc, raw, "qualitative", None, None, None, **kw)


def REF(l1, l2, l3, raw, ref, comp="<=", desc=None, **kw):
    return ind(l1, l1, l2, l2, l3, desc, raw, "reference", comp, None, None, reference=ref, **kw)


GOLD, RENDER = {}, {}


def draft(stem, ext):
    def deco(fn):
        RENDER[stem] = (ext, fn)
        return fn
    return deco


# ============================================================================ Word helpers
def w_numbering(doc):
    """Word list definitions written into numbering.xml, so that Word draws the numbers."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn

    numbering = doc.part.numbering_part.element
    state = {"aid": 50}

    def new(fmt, text):
        aid = state["aid"]
        state["aid"] += 1
        abstract = parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{aid}"><w:multiLevelType w:val="hybridMultilevel"/>'
            f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
            f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="420" w:hanging="420"/></w:pPr></w:lvl>'
            f'<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2)"/>'
            f'<w:lvlJc w:val="left"/></w:lvl></w:abstractNum>')
        nums = numbering.findall(qn("w:num"))
        (nums[0].addprevious if nums else numbering.append)(abstract)
        return numbering.add_num(aid).numId

    return new


def w_listed(paragraph, num_id, ilvl=0):
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = ilvl
    num_pr.get_or_add_numId().val = num_id
    return paragraph


def w_put(cell, text):
    """The cell's text; a list puts one paragraph per item."""
    items = text if isinstance(text, list) else [text]
    cell.paragraphs[0].text = items[0]
    for item in items[1:]:
        cell.add_paragraph(item)


def w_header_row(row):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def w_page_break(doc):
    from docx.enum.text import WD_BREAK

    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def w_levels(table, first_row, inds, cols=(0, 1), blank_first=False):
    """Write level columns with vertical merges (w:vMerge) over runs of equal names."""
    keys = [lambda x: x["level1"], lambda x: (x["level1"], x["level2"])]
    for col, key in zip(cols, keys):
        j = 0
        while j < len(inds):
            k = j
            while k + 1 < len(inds) and key(inds[k + 1]) == key(inds[j]):
                k += 1
            if k > j:
                table.cell(first_row + j, col).merge(table.cell(first_row + k, col))
            text = inds[j]["level1" if col == cols[0] else "level2"]
            w_put(table.cell(first_row + j, col), "" if blank_first and j == 0 and col == cols[0] else text)
            j = k + 1


def money(x):
    return f"{x:,.2f}" if x >= 1000 else f"{x:.2f}"


# ============================================================================ w1
XINHUI = "江门市新会区文化广电旅游体育局"
GOLD["w1_numbered_kv_xinhui_2024"] = record(
    title="2024年部门预算绩效文本", department=XINHUI, year=2024, status="草案",
    compiled_by=XINHUI, reviewed_by="江门市新会区财政局",
    overall_goals=[
        "推进公共文化服务体系建设，完善区、镇（街）、村（社区）三级公共文化设施网络，提升基层文化服务效能。",
        "加强文物保护利用和非物质文化遗产传承，做好重点文物保护单位的日常维护。",
        "发展全民健身事业，组织开展群众性体育赛事活动，推动文旅体产业融合发展。",
    ],
    sub_goals=[
        dict(title="公共文化服务提升", goal="全年开展送戏下乡、公益展览等文化惠民活动不少于200场。",
             indicator="文化惠民活动场次≥200场，群众满意度≥90%。"),
        dict(title="全民健身赛事组织", goal="举办区级群众性体育赛事活动12项以上。",
             indicator="参赛群众人次≥1.5万人次。"),
    ],
    safeguards=[
        dict(title="健全预算绩效管理制度", text="制定局属单位项目资金管理办法，明确绩效目标编制、监控和评价的责任分工。"),
        dict(title="强化绩效运行监控", text="每季度对项目执行进度和绩效目标完成情况进行跟踪，发现偏差及时纠正。"),
    ],
    projects=[
        project(1, title="公共文化场馆免费开放绩效目标表", name="公共文化场馆免费开放", department=XINHUI,
                code="440705-24-WH-0012", implementing_unit="新会区图书馆", unit="万元",
                budget_total=86.5, budget_fiscal=86.5, budget_other=0.0,
                purpose="图书馆、文化馆、博物馆免费开放运行补助，用于场馆日常运行、公益讲座和展览。",
                goals=["保障区图书馆、文化馆、博物馆全年免费开放。",
                       "全年举办公益讲座和展览120场以上。",
                       "年接待读者和观众35万人次以上。"],
                indicators=[
                    N(CP, SL, "免费开放场馆数量", "3个", "=", 3, "个", weight=15),
                    N(CP, SL, "举办公益讲座和展览", "≥120场", ">=", 120, "场", weight=15),
                    N(CP, ZL, "场馆开放达标率", "100%", "=", 100, "%", weight=10),
                    Q(CP, SXL, "补助资金拨付时间", "2024年6月底前", weight=10),
                    N(CP, CB, "场馆运行成本", "≤86.5万元", "<=", 86.5, "万元", weight=10),
                    N(XL, SH, "年接待读者和观众人次", "≥35万人次", ">=", 35, "万人次", weight=20),
                    Q(XL, KC, "公共文化服务长效机制", "逐步完善", weight=10),
                    N(SX, FW, "读者和观众满意度", "≥90%", ">=", 90, "%", weight=10),
                ]),
        project(2, title="全民健身赛事活动经费绩效目标表", name="全民健身赛事活动经费", department=XINHUI,
                code="440705-24-TY-0031", implementing_unit="新会区体育运动中心", unit="万元",
                budget_total=42.0, budget_fiscal=38.0, budget_other=4.0,
                purpose="举办区级群众性体育赛事活动的场地、裁判、器材和安全保障支出。",
                goals=["举办区级群众性体育赛事活动12项以上，带动群众参与健身。",
                       "赛事组织安全有序，不发生安全责任事故。"],
                indicators=[
                    N(CP, SL, "举办区级赛事活动", "≥12项", ">=", 12, "项", weight=20),
                    N(CP, SL, "参赛群众人次", "≥1.5万人次", ">=", 1.5, "万人次", weight=15),
                    N(CP, ZL, "赛事安全责任事故", "0起", "=", 0, "起", weight=15),
                    Q(CP, SXL, "赛事完成时间", "2024年12月31日前", weight=10),
                    N(XL, SH, "经常参加体育锻炼人数比例", "≥38%", ">=", 38, "%", weight=20),
                    N(SX, FW, "参赛群众满意度", "≥92%", ">=", 92, "%", weight=20),
                ]),
    ])


@draft("w1_numbered_kv_xinhui_2024", "docx")
def _(g, path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    doc = Document()
    new_list = w_numbering(doc)
    d = g["document"]
    for text in (d["department"], d["title"], "（草案）", "", f"{d['compiled_by']}编制", f"{d['reviewed_by']}审核"):
        doc.add_paragraph(text).alignment = WD_ALIGN_PARAGRAPH.CENTER
    w_page_break(doc)
    doc.add_heading("第一部分 部门整体绩效目标", level=1)
    doc.add_paragraph("一、总体绩效目标")
    paren = new_list("chineseCounting", "（%1）")
    for item in g["overall_goals"]:
        w_listed(doc.add_paragraph(item), paren)
    doc.add_paragraph("二、分项绩效目标")
    titles = new_list("chineseCounting", "%1、")
    for sub in g["sub_goals"]:
        w_listed(doc.add_paragraph(sub["title"]), titles)
        doc.add_paragraph("绩效目标：" + sub["goal"])
        doc.add_paragraph("绩效指标：" + sub["indicator"])
    doc.add_paragraph("三、工作保障措施")
    safe = new_list("chineseCounting", "（%1）")
    for item in g["safeguards"]:
        w_listed(doc.add_paragraph(f"{item['title']}。{item['text']}"), safe)
    w_page_break(doc)
    doc.add_heading("第二部分 预算项目绩效目标", level=1)
    seq = new_list("decimal", "%1、")
    for i, p in enumerate(g["projects"]):
        if i:
            w_page_break(doc)
        w_listed(doc.add_paragraph(p["title"]), seq)
        doc.add_paragraph("单位：万元").alignment = WD_ALIGN_PARAGRAPH.RIGHT
        kv = doc.add_table(rows=6, cols=4)
        kv.style = "Table Grid"
        pairs = [("项目名称", p["name"], "项目编码", p["code"]),
                 ("主管部门", p["department"], "实施单位", p["implementing_unit"]),
                 ("年度资金总额", money(p["budget_total"]), "其中：财政资金", money(p["budget_fiscal"]))]
        for r, row in enumerate(pairs):
            for c, text in enumerate(row):
                w_put(kv.cell(r, c), text)
        w_put(kv.cell(3, 0), "其他资金")
        kv.cell(3, 1).merge(kv.cell(3, 3))
        w_put(kv.cell(3, 1), money(p["budget_other"]))
        w_put(kv.cell(4, 0), "资金用途")
        kv.cell(4, 1).merge(kv.cell(4, 3))
        w_put(kv.cell(4, 1), p["purpose"])
        w_put(kv.cell(5, 0), "年度绩效目标")
        goals_cell = kv.cell(5, 1).merge(kv.cell(5, 3))
        goal_list = new_list("decimal", "%1.")
        w_put(goals_cell, p["goals"])
        for para in goals_cell.paragraphs:
            w_listed(para, goal_list)
        doc.add_paragraph("")
        inds = p["indicators"]
        t = doc.add_table(rows=1 + len(inds), cols=5)
        t.style = "Table Grid"
        for c, h in enumerate(["一级指标", "二级指标", "三级指标", "指标值", "分值"]):
            w_put(t.cell(0, c), h)
        w_levels(t, 1, inds)
        for j, x in enumerate(inds):
            w_put(t.cell(1 + j, 2), x["level3"])
            w_put(t.cell(1 + j, 3), x["value_raw"])
            w_put(t.cell(1 + j, 4), str(x["weight"]))
    doc.save(path)


# ============================================================================ w2
QINGCHENG = "清远市清城区农业农村局"
GOLD["w2_split_tables_qingyuan_2023"] = record(
    title="2023年项目支出绩效目标表", department=QINGCHENG, year=2023,
    projects=[
        project(1, title="2023年项目支出绩效目标表", name="高标准农田建设管护", department=QINGCHENG,
                implementing_unit="清城区农业技术推广中心", unit="万元",
                budget_total=560.0, budget_fiscal=500.0, budget_other=60.0,
                goals=["完成高标准农田管护面积2.3万亩，田间设施完好率达到90%以上。"],
                indicators=[
                    N(CP, SL, "高标准农田管护面积", "2.3万亩", "=", 2.3, "万亩", basis="计划标准"),
                    N(CP, SL, "灌排设施维修", "≥150处", ">=", 150, "处", basis="计划标准"),
                    N(CP, ZL, "田间设施完好率", "≥90%", ">=", 90, "%", basis="行业标准"),
                    Q(CP, SXL, "管护任务完成时间", "2023年11月底前", basis="计划标准"),
                    N(CP, CB, "亩均管护费用", "≤240元", "<=", 240, "元", basis="历史标准"),
                    N(XL, JJ, "项目区粮食亩均增产", "≥50公斤", ">=", 50, "公斤", basis="历史标准"),
                    Q(XL, ST, "化肥使用量", "较上年下降", basis="其他标准"),
                    N(SX, FW, "受益农户满意度", "≥90%", ">=", 90, "%", basis="行业标准"),
                ]),
        project(2, title="2023年项目支出绩效目标表", name="动物疫病强制免疫", department=QINGCHENG,
                implementing_unit="清城区动物疫病预防控制中心", unit="万元",
                budget_total=185.6, budget_fiscal=185.6, budget_other=0.0,
                goals=["完成猪、牛、羊、家禽重大动物疫病强制免疫，免疫密度保持在90%以上，全年不发生区域性重大动物疫情。"],
                indicators=[
                    N(CP, SL, "免疫家禽数量", "≥320万羽", ">=", 320, "万羽", basis="计划标准"),
                    N(CP, SL, "免疫猪牛羊数量", "≥18万头", ">=", 18, "万头", basis="计划标准"),
                    N(CP, ZL, "应免畜禽免疫密度", "≥90%", ">=", 90, "%", basis="行业标准"),
                    Q(CP, SXL, "春秋两季集中免疫完成时间", "5月、10月底前", basis="计划标准"),
                    REF(CP, CB, "疫苗采购成本", "≤预算批复金额", "预算批复金额", basis="其他标准"),
                    N(XL, SH, "区域性重大动物疫情发生次数", "0次", "=", 0, "次", basis="历史标准"),
                    N(SX, FW, "养殖户满意度", "≥85%", ">=", 85, "%", basis="行业标准"),
                ]),
    ])


@draft("w2_split_tables_qingyuan_2023", "docx")
def _(g, path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    doc = Document()
    header = ["一级指标", "二级指标", "三级指标", "指标值", "指标值确定依据"]
    split_after = {1: 4, 2: 3}
    for i, p in enumerate(g["projects"]):
        if i:
            w_page_break(doc)
        doc.add_paragraph(p["title"]).alignment = WD_ALIGN_PARAGRAPH.CENTER
        doc.add_paragraph(f"主管部门：{p['department']}")
        doc.add_paragraph("金额单位：万元").alignment = WD_ALIGN_PARAGRAPH.RIGHT
        inds = p["indicators"]
        cut = split_after[p["seq"]]
        first, rest = inds[:cut], inds[cut:]
        t = doc.add_table(rows=7 + len(first), cols=5)
        t.style = "Table Grid"
        w_put(t.cell(0, 0), "项目名称")
        w_put(t.cell(0, 1).merge(t.cell(0, 4)), p["name"])
        w_put(t.cell(1, 0), "项目单位")
        w_put(t.cell(1, 1).merge(t.cell(1, 4)), p["implementing_unit"])
        w_put(t.cell(2, 0).merge(t.cell(4, 0)), "项目资金（万元）")
        for r, (label, value) in enumerate([("年度资金总额", p["budget_total"]), ("其中：财政拨款", p["budget_fiscal"]),
                                            ("其他资金", p["budget_other"])], 2):
            w_put(t.cell(r, 1), label)
            w_put(t.cell(r, 2).merge(t.cell(r, 4)), money(value))
        w_put(t.cell(5, 0), "年度绩效目标")
        w_put(t.cell(5, 1).merge(t.cell(5, 4)), p["goals"][0])
        for c, h in enumerate(header):
            w_put(t.cell(6, c), h)
        w_header_row(t.rows[6])
        w_levels(t, 7, first)
        for j, x in enumerate(first):
            for c, key in ((2, "level3"), (3, "value_raw"), (4, "basis")):
                w_put(t.cell(7 + j, c), x[key])
        # The table goes on after a page break, its header row printed again.
        w_page_break(doc)
        t2 = doc.add_table(rows=1 + len(rest), cols=5)
        t2.style = "Table Grid"
        for c, h in enumerate(header):
            w_put(t2.cell(0, c), h)
        w_header_row(t2.rows[0])
        w_levels(t2, 1, rest, blank_first=p["seq"] == 1)
        for j, x in enumerate(rest):
            for c, key in ((2, "level3"), (3, "value_raw"), (4, "basis")):
                w_put(t2.cell(1 + j, c), x[key])
    doc.add_paragraph("填报人：李文华        联系电话：0763-3362108")
    doc.save(path)


# ============================================================================ w3
DALI = "大理市自然资源局"
GOLD["w3_nested_layout_dali_2022"] = record(
    title="2022年度项目支出绩效目标申报表", department=DALI, year=2022,
    projects=[
        project(1, title="2022年度项目支出绩效目标申报表", name="不动产登记信息化运维", department=DALI,
                code="532901-22-ZR-007", implementing_unit="大理市不动产登记中心", unit="万元",
                budget_total=120.0, budget_fiscal=120.0, budget_other=0.0,
                goals=["保障不动产登记信息系统全年稳定运行。", "一般登记业务5个工作日内办结。"],
                indicators=[
                    N(CP, SL, "登记系统运维服务", "12个月", "=", 12, "个月", "全年提供登记系统运维服务的月数"),
                    N(CP, ZL, "系统正常运行率", "≥99%", ">=", 99, "%", "系统全年正常运行时间占比"),
                    N(CP, SXL, "故障响应时间", "≤2小时", "<=", 2, "小时", "系统故障发生后到达现场响应的时间"),
                    N(XL, SH, "登记业务办理时限", "≤5个工作日", "<=", 5, "个工作日", "一般登记业务办结时限"),
                    N(SX, FW, "办事群众满意度", "≥95%", ">=", 95, "%", "办事群众满意度调查结果"),
                ]),
        project(2, title="2022年度项目支出绩效目标申报表", name="地质灾害隐患点监测", department=DALI,
                code="532901-22-ZR-015", implementing_unit="大理市自然资源局地质环境监测站", unit="万元",
                budget_total=76.8, budget_fiscal=76.8, budget_other=0.0,
                goals=["落实全市地质灾害隐患点群测群防监测。", "汛期不发生因地质灾害造成的人员伤亡。"],
                indicators=[
                    N(CP, SL, "监测隐患点数量", "186处", "=", 186, "处", "纳入群测群防的地质灾害隐患点"),
                    N(CP, SL, "发放防灾明白卡", "≥3000份", ">=", 3000, "份", "向受威胁群众发放防灾明白卡份数"),
                    N(CP, ZL, "监测数据上报及时率", "100%", "=", 100, "%", "汛期监测数据按时上报的比例"),
                    N(XL, SH, "地质灾害造成人员伤亡", "0人", "=", 0, "人", "因地质灾害造成的死亡和失踪人数"),
                    Q(XL, KC, "群测群防体系", "长期有效运行", "群测群防监测体系运行情况"),
                    N(SX, FW, "受威胁群众满意度", "≥90%", ">=", 90, "%", "受威胁群众满意度调查结果"),
                ]),
    ])


@draft("w3_nested_layout_dali_2022", "docx")
def _(g, path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK

    doc = Document()
    for i, p in enumerate(g["projects"]):
        if i:
            w_page_break(doc)
        frame = doc.add_table(rows=1, cols=1)
        frame.style = "Table Grid"
        cell = frame.cell(0, 0)
        cell.paragraphs[0].text = p["title"]
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        cell.add_paragraph(f"部门名称：{p['department']}")
        cell.add_paragraph("单位：万元").alignment = WD_ALIGN_PARAGRAPH.RIGHT
        inds = p["indicators"]
        t = cell.add_table(rows=6 + len(inds), cols=6)
        t.style = "Table Grid"
        w_put(t.cell(0, 0), "项目名称")
        w_put(t.cell(0, 1).merge(t.cell(0, 2)), p["name"])
        w_put(t.cell(0, 3), "项目编码")
        w_put(t.cell(0, 4).merge(t.cell(0, 5)), p["code"])
        w_put(t.cell(1, 0), "主管部门")
        w_put(t.cell(1, 1).merge(t.cell(1, 2)), p["department"])
        w_put(t.cell(1, 3), "实施单位")
        w_put(t.cell(1, 4).merge(t.cell(1, 5)), p["implementing_unit"])
        for c, text in enumerate(["年度资金总额", money(p["budget_total"]), "财政拨款", money(p["budget_fiscal"]),
                                  "其他资金", money(p["budget_other"])]):
            w_put(t.cell(2, c), text)
        w_put(t.cell(3, 0), "年度绩效目标")
        goals = t.cell(3, 1).merge(t.cell(3, 5))
        run = goals.paragraphs[0].add_run(f"1、{p['goals'][0]}")
        for k, goal in enumerate(p["goals"][1:], 2):
            run.add_break(WD_BREAK.LINE)
            run = goals.paragraphs[0].add_run(f"{k}、{goal}")
        w_put(t.cell(4, 0).merge(t.cell(4, 5)), "绩效指标")
        for c, h in enumerate(["一级指标", "二级指标", "三级指标", "指标解释", "指标值", "备注"]):
            w_put(t.cell(5, c), h)
        w_levels(t, 6, inds)
        for j, x in enumerate(inds):
            for c, key in ((2, "level3"), (3, "description"), (4, "value_raw")):
                w_put(t.cell(6 + j, c), x[key])
        cell.add_paragraph("")
    doc.save(path)


# ============================================================================ w4
ZIGONG = "自贡市自流井区市场监督管理局"
GOLD["w4_lo_html_zigong_2021"] = record(
    title="2021年项目支出绩效目标表", department=ZIGONG, year=2021,
    projects=[
        project(1, title="2021年项目支出绩效目标表", name="食品安全抽检监测", department=ZIGONG, unit="万元",
                budget_total=95.0, budget_fiscal=95.0, budget_other=0.0,
                goals=["完成食品安全监督抽检任务，及时核查处置不合格食品。"],
                indicators=[
                    N(CP, SL, "食品抽检批次", "1600", ">=", 1600, "批次"),
                    N(CP, ZL, "不合格食品核查处置率", "100", "=", 100, "%"),
                    Q(CP, SXL, "抽检任务完成时间", "2021年11月底前"),
                    N(XL, SH, "食品安全抽检合格率", "97", ">=", 97, "%"),
                    N(SX, FW, "群众食品安全满意度", "85", ">=", 85, "%"),
                ]),
        project(2, title="2021年项目支出绩效目标表", name="特种设备安全监察", department=ZIGONG, unit="万元",
                budget_total=32.5, budget_fiscal=30.0, budget_other=2.5,
                goals=["开展特种设备安全监督检查，消除重大事故隐患。"],
                indicators=[
                    N(CP, SL, "监督检查使用单位", "320", ">=", 320, "家"),
                    N(CP, ZL, "隐患整改率", "100", "=", 100, "%"),
                    N(XL, SH, "特种设备万台死亡率", "0.3", "<=", 0.3, "人/万台"),
                    N(SX, FW, "企业满意度", "90", ">=", 90, "%"),
                ]),
    ])


@draft("w4_lo_html_zigong_2021", "docx")
def _(g, path):
    import html as h

    out = ["<html><head><meta charset='utf-8'></head><body>"]
    signs = {">=": "≥", "<=": "≤", "=": "＝"}
    for p in g["projects"]:
        out.append(f"<p align='center'><b>{h.escape(p['title'])}</b></p>")
        out.append(f"<p>填报单位：{h.escape(p['department'])}</p><p align='right'>单位：万元</p>")
        out.append("<table border='1' cellspacing='0'>")
        out.append(f"<tr><td colspan='2'>项目名称</td><td colspan='4'>{h.escape(p['name'])}</td></tr>")
        out.append(f"<tr><td colspan='2' rowspan='3'>项目资金</td><td colspan='2'>年度资金总额</td>"
                   f"<td colspan='2'>{money(p['budget_total'])}</td></tr>")
        out.append(f"<tr><td colspan='2'>其中：财政拨款</td><td colspan='2'>{money(p['budget_fiscal'])}</td></tr>")
        out.append(f"<tr><td colspan='2'>其他资金</td><td colspan='2'>{money(p['budget_other'])}</td></tr>")
        out.append(f"<tr><td colspan='2'>年度绩效目标</td><td colspan='4'>{h.escape(p['goals'][0])}</td></tr>")
        out.append("<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标性质</td><td>指标值</td><td>计量单位</td></tr>")
        inds = p["indicators"]
        for j, x in enumerate(inds):
            cells = []
            if j == 0 or inds[j - 1]["level1"] != x["level1"]:
                n = sum(1 for y in inds[j:] if y["level1"] == x["level1"])
                cells.append(f"<td rowspan='{n}'>{x['level1']}</td>")
            if j == 0 or (inds[j - 1]["level1"], inds[j - 1]["level2"]) != (x["level1"], x["level2"]):
                n = 0
                for y in inds[j:]:
                    if (y["level1"], y["level2"]) != (x["level1"], x["level2"]):
                        break
                    n += 1
                cells.append(f"<td rowspan='{n}'>{x['level2']}</td>")
            sign = "定性" if x["kind"] == "qualitative" else signs[x["comparator"]]
            cells.append(f"<td>{h.escape(x['level3'])}</td><td>{sign}</td><td>{h.escape(x['value_raw'])}</td>"
                         f"<td>{x['unit'] or ''}</td>")
            out.append("<tr>" + "".join(cells) + "</tr>")
        out.append("</table><p style='page-break-after: always'></p>")
    out.append("</body></html>")
    soffice(("\n".join(out)).encode("utf-8"), ".html", "docx:MS Word 2007 XML", path, infilter="HTML (StarWriter)")


# ============================================================================ w5
JIANYANG = "简阳市住房和城乡建设局"
GOLD["w5_inline_labels_jianyang_2023"] = record(
    title="2023年项目支出绩效目标表", department=JIANYANG, year=2023,
    projects=[
        project(1, title="2023年项目支出绩效目标表", name="城乡环境综合整治", department=JIANYANG,
                code="510185-23-JS-014", unit="万元", budget_total=120.0, budget_fiscal=100.0, budget_other=20.0,
                goals=["完成农村生活垃圾收运处置体系建设，城乡环境明显改善。"],
                indicators=[
                    N(CP, SL, "新增垃圾收运车辆", "≥12辆", ">=", 12, "辆"),
                    N(CP, ZL, "农村生活垃圾收运覆盖率", "≥95%", ">=", 95, "%"),
                    Q(CP, SXL, "车辆采购完成时间", "2023年9月底前"),
                    N(XL, ST, "农村生活垃圾无害化处理率", "≥90%", ">=", 90, "%"),
                    N(SX, FW, "群众满意度", "≥90%", ">=", 90, "%"),
                ]),
        project(2, title="2023年项目支出绩效目标表", name="老旧小区改造", department=JIANYANG,
                code="510185-23-JS-022", unit="万元", budget_total=860.0, budget_fiscal=860.0, budget_other=0.0,
                goals=["完成8个老旧小区水电气路和安防设施改造。"],
                indicators=[
                    N(CP, SL, "改造小区数量", "8个", "=", 8, "个"),
                    N(CP, SL, "惠及居民户数", "≥1200户", ">=", 1200, "户"),
                    N(CP, ZL, "工程验收合格率", "100%", "=", 100, "%"),
                    N(SX, FW, "小区居民满意度", "≥85%", ">=", 85, "%"),
                ]),
    ])


@draft("w5_inline_labels_jianyang_2023", "docx")
def _(g, path):
    """A WPS-style form: label and value typed in one cell (项目名称：…), two to a row."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    doc = Document()
    for i, p in enumerate(g["projects"]):
        if i:
            w_page_break(doc)
        doc.add_paragraph(p["title"]).alignment = WD_ALIGN_PARAGRAPH.CENTER
        kv = doc.add_table(rows=4, cols=2)
        kv.style = "Table Grid"
        pairs = [(f"项目名称：{p['name']}", f"项目编码：{p['code']}"),
                 (f"主管部门：{p['department']}", f"年度资金总额：{money(p['budget_total'])}万元"),
                 (f"其中：财政拨款：{money(p['budget_fiscal'])}万元", f"其他资金：{money(p['budget_other'])}万元")]
        for r, (a, b) in enumerate(pairs):
            w_put(kv.cell(r, 0), a)
            w_put(kv.cell(r, 1), b)
        w_put(kv.cell(3, 0).merge(kv.cell(3, 1)), f"年度绩效目标：{p['goals'][0]}")
        doc.add_paragraph("")
        inds = p["indicators"]
        t = doc.add_table(rows=1 + len(inds), cols=4)
        t.style = "Table Grid"
        for c, h in enumerate(["一级指标", "二级指标", "三级指标", "指标值"]):
            w_put(t.cell(0, c), h)
        w_levels(t, 1, inds)
        for j, x in enumerate(inds):
            w_put(t.cell(1 + j, 2), x["level3"])
            w_put(t.cell(1 + j, 3), x["value_raw"])
    doc.save(path)


# ============================================================================ Excel helpers
def soffice(data: bytes, suffix: str, to: str, path: Path, infilter: str | None = None) -> None:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"src{suffix}"
        src.write_bytes(data)
        cmd = [exe, f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--convert-to", to,
               "--outdir", tmp, str(src)]
        if infilter:
            cmd[3:3] = [f"--infilter={infilter}"]
        subprocess.run(cmd, check=True, capture_output=True, timeout=180)
        shutil.copy(Path(tmp) / f"src.{to.split(':')[0]}", path)


def thin_borders(ws, cells):
    from openpyxl.styles import Border, Side

    side = Side(style="thin")
    for row in ws[cells]:
        for c in row:
            c.border = Border(left=side, right=side, top=side, bottom=side)


# ============================================================================ x1
CUIPING = "宜宾市翠屏区教育和体育局"
GOLD["x1_budget_sheets_cuiping_2024"] = record(
    title="2024年度项目支出绩效目标表", department=CUIPING, year=2024,
    projects=[
        project(1, title="2024年度项目支出绩效目标表", name="学生资助补助经费", department=CUIPING,
                code="511502-24-JY-0105", implementing_unit="翠屏区学生资助管理中心", unit="万元",
                budget_total=1286.4, budget_fiscal=1286.4, budget_other=0.0,
                goals=["按政策足额发放家庭经济困难学生资助资金，资助面覆盖全部符合条件学生。",
                       "资助资金发放及时准确，无挤占挪用。"],
                indicators=[
                    N(CP, SL, "资助家庭经济困难学生人数", "3,200", ">=", 3200, "人", sign="≥"),
                    N(CP, ZL, "资助对象认定准确率", "100%", "=", 100, "%", sign="="),
                    Q(CP, SXL, "秋季学期资助资金发放时间", "2024年11月30日", sign="定性"),
                    N(CP, CB, "资助资金总额", "1,286.40", "<=", 1286.4, "万元", sign="≤"),
                    N(XL, SH, "因贫失学辍学学生人数", "0", "=", 0, "人", sign="="),
                    N(SX, FW, "受助学生及家长满意度", "95.0%", ">=", 95, "%", sign="≥"),
                ]),
        project(2, title="2024年度项目支出绩效目标表", name="校园安全设施改造", department=CUIPING,
                code="511502-24-JY-0118", implementing_unit="翠屏区教育技术装备中心", unit="万元",
                budget_total=356.0, budget_fiscal=300.0, budget_other=56.0,
                goals=["完成14所中小学校园视频监控、一键报警和消防设施改造。"],
                indicators=[
                    N(CP, SL, "改造学校数量", "14", ">=", 14, "所", sign="≥"),
                    N(CP, SL, "安装视频监控点位", "1,260", ">=", 1260, "个", sign="≥"),
                    N(CP, ZL, "工程验收合格率", "100%", "=", 100, "%", sign="="),
                    Q(CP, SXL, "工程完工时间", "2024年8月25日", sign="定性"),
                    N(XL, KC, "设施使用年限", "8", ">=", 8, "年", sign="≥"),
                    N(SX, FW, "师生满意度", "90%", ">=", 90, "%", sign="≥"),
                ]),
    ])
# How each printed value is stored in the workbook: (value, number format); typed by hand.
X1_CELLS = {
    "3,200": (3200, "#,##0"), "100%": (1, "0%"), "2024年11月30日": (dt.datetime(2024, 11, 30), 'yyyy"年"m"月"d"日"'),
    "1,286.40": (1286.4, "#,##0.00"), "0": (0, "General"), "95.0%": (0.95, "0.0%"), "14": (14, "General"),
    "1,260": (1260, "#,##0"), "2024年8月25日": (dt.datetime(2024, 8, 25), 'yyyy"年"m"月"d"日"'), "8": (8, "0"),
    "90%": (0.9, "0%"),
}


@draft("x1_budget_sheets_cuiping_2024", "xlsx")
def _(g, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    wb.remove(wb.active)
    for p in g["projects"]:
        ws = wb.create_sheet(p["name"])
        ws.column_dimensions["A"].hidden = True
        ws.column_dimensions["H"].hidden = True
        for col, width in zip("BCDEFG", (14, 16, 26, 10, 14, 12)):
            ws.column_dimensions[col].width = width
        ws.merge_cells("B1:G1")
        ws["B1"] = p["title"]
        ws["B1"].font = Font(bold=True, size=16)
        ws["B1"].alignment = Alignment(horizontal="center")
        ws["G2"] = "单位：万元"
        ws["A3"] = "XM-9F3A2C" if p["seq"] == 1 else "XM-9F3B07"
        rows = [("项目名称", p["name"], None, "项目编码", p["code"], None),
                ("主管部门", p["department"], None, "实施单位", p["implementing_unit"], None),
                ("年度资金总额", p["budget_total"], "财政拨款", p["budget_fiscal"], "其他资金", p["budget_other"])]
        for r, row in enumerate(rows, 3):
            for c, v in enumerate(row, 2):
                if v is not None:
                    ws.cell(r, c, v)
            if r == 5:
                for c in (3, 5, 7):
                    ws.cell(r, c).number_format = "#,##0.00"
        ws.merge_cells("C3:D3"), ws.merge_cells("F3:G3"), ws.merge_cells("C4:D4"), ws.merge_cells("F4:G4")
        ws["B6"] = "年度绩效目标"
        ws.merge_cells("C6:G6")
        ws["C6"] = "\n".join(f"{k}、{goal}" for k, goal in enumerate(p["goals"], 1))
        ws["C6"].alignment = Alignment(wrap_text=True, vertical="center")
        for c, h in enumerate(["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"], 2):
            ws.cell(7, c, h).font = Font(bold=True)
        ws["H7"] = "指标编码"
        r = 8
        inds = list(p["indicators"])
        if p["seq"] == 2:  # a stale indicator the office hid instead of deleting
            inds.insert(2, dict(level1=CP, level2=SL, level3="采购应急照明设备", sign="≥", value_raw="STALE", unit="套"))
        for j, x in enumerate(inds):
            for col, key in ((2, lambda y: y["level1"]), (3, lambda y: (y["level1"], y["level2"]))):
                if j == 0 or key(inds[j - 1]) != key(x):
                    ws.cell(r, col, x["level1"] if col == 2 else x["level2"])
                    n = 0
                    for y in inds[j:]:
                        if key(y) != key(x):
                            break
                        n += 1
                    if n > 1:
                        ws.merge_cells(start_row=r, start_column=col, end_row=r + n - 1, end_column=col)
            ws.cell(r, 4, x["level3"])
            ws.cell(r, 5, x["sign"])
            if x["value_raw"] == "STALE":
                ws.cell(r, 6, 300)
                ws.row_dimensions[r].hidden = True
            else:
                value, fmt = X1_CELLS[x["value_raw"]]
                ws.cell(r, 6, value).number_format = fmt
            ws.cell(r, 7, x["unit"] if x.get("kind") != "qualitative" else None)
            ws.cell(r, 8, f"ZB{r:04d}")
            r += 1
        thin_borders(ws, f"B3:G{r - 1}")
        r += 1
        ws.cell(r, 2, "填报人：王丽")
        ws.cell(r, 4, "联系电话：0831-8201234")
        ws.cell(r, 6, "填报日期：")
        ws.cell(r, 7, dt.datetime(2024, 1, 15)).number_format = "yyyy-mm-dd"
    lists = wb.create_sheet("参数")
    for k, name in enumerate([CP, XL, SX, SL, ZL, SXL, CB], 1):
        lists.cell(k, 1, name)
    lists.sheet_state = "hidden"
    wb.save(path)


# ============================================================================ x2
NANBU = "南部县水务局"


def yt(sign, weight, direction="正向指标"):
    return dict(sign=sign, weight=weight, direction=direction)


GOLD["x2_onesheet_merged_nanbu_2025"] = record(
    title="部门预算项目绩效目标申报表(2025年度)", department=NANBU, department_code="705001", year=2025,
    projects=[
        project(1, name="农村饮水安全工程维修养护", department=NANBU, department_code="705001", unit="元",
                budget_total=2150000.0, goals=["对全县农村集中供水工程进行维修养护，保障农村群众饮水安全。"],
                indicators=[
                    N(CP, SL, "维修养护集中供水工程", "42", ">=", 42, "处", **yt("≥", 20)),
                    N(CP, ZL, "农村自来水普及率", "92", ">=", 92, "%", **yt("≥", 15)),
                    Q(CP, SXL, "维修养护完成时限", "2025年10月底前", **yt("定性", 10)),
                    N(CP, CB, "单处维修平均成本", "51,000", "<=", 51000, "元/处", **yt("≤", 10, "反向指标")),
                    N(XL, SH, "受益农村人口", "186,000", ">=", 186000, "人", **yt("≥", 25)),
                    N(SX, FW, "受益群众满意度", "90", ">=", 90, "%", **yt("≥", 20)),
                ]),
        project(2, name="河湖长制工作经费", department=NANBU, department_code="705001", unit="元",
                budget_total=680000.0, goals=["落实河湖长制巡河制度，开展河湖“清四乱”专项整治。"],
                indicators=[
                    N(CP, SL, "开展巡河次数", "1,500", ">=", 1500, "次", **yt("≥", 20)),
                    N(CP, SL, "清理河道垃圾", "3,200", ">=", 3200, "吨", **yt("≥", 15)),
                    N(XL, ST, "主要河流断面水质达标率", "100", "=", 100, "%", **yt("=", 25)),
                    Q(XL, KC, "河湖管护长效机制", "健全", **yt("定性", 20)),
                    N(SX, FW, "沿河群众满意度", "85", ">=", 85, "%", **yt("≥", 20)),
                ]),
        project(3, name="水土保持监测", department=NANBU, department_code="705001", unit="元",
                budget_total=420500.5, goals=["开展全县水土流失动态监测，新增水土流失治理面积12.5平方公里。"],
                indicators=[
                    N(XL, ST, "新增水土流失治理面积", "12.5", ">=", 12.5, "平方公里", **yt("≥", 30)),
                    N(CP, SL, "监测点位", "8", "=", 8, "个", **yt("=", 25)),
                    N(CP, ZL, "监测数据完整率", "98", ">=", 98, "%", **yt("≥", 25)),
                    N(SX, FW, "服务对象满意度", "90", ">=", 90, "%", **yt("≥", 20)),
                ]),
    ])


def yitihua_sheet(ws, g, *, header):
    """The export's title merged across, its money unit and the column header; returns the first data row."""
    from openpyxl.styles import Alignment, Font

    width = len(header)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    ws.cell(1, 1, g["document"]["title"]).font = Font(bold=True, size=14)
    ws.cell(1, 1).alignment = Alignment(horizontal="center")
    ws.cell(2, 1, "金额单位:元")
    for c, h in enumerate(header, 1):
        ws.cell(3, c, h).font = Font(bold=True)
    return 4


@draft("x2_onesheet_merged_nanbu_2025", "xlsx")
def _(g, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment

    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    header = ["单位名称", "项目名称", "预算数", "年度目标", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
              "度量单位", "权重", "指标方向性"]
    r = yitihua_sheet(ws, g, header=header)
    ws.cell(r, 1, "705-南部县水务局部门")
    ws.cell(r, 3, sum(p["budget_total"] for p in g["projects"])).number_format = "#,##0.00"
    r += 1
    unit_top = r
    counts = {"51,000": 51000, "186,000": 186000, "1,500": 1500, "3,200": 3200}
    for p in g["projects"]:
        top = r
        for x in p["indicators"]:
            for c, v in enumerate([x["level1"], x["level2"], x["level3"], x["sign"]], 5):
                ws.cell(r, c, v)
            raw = x["value_raw"]
            if raw in counts:
                ws.cell(r, 9, counts[raw]).number_format = "#,##0"
            elif x["kind"] == "qualitative":
                ws.cell(r, 9, raw)
            else:
                ws.cell(r, 9, float(raw) if "." in raw else int(raw))
            ws.cell(r, 10, x["unit"])
            ws.cell(r, 11, x["weight"])
            ws.cell(r, 12, x["direction"])
            r += 1
        ws.cell(top, 2, p["name"])
        ws.cell(top, 3, p["budget_total"]).number_format = "#,##0.00"
        ws.cell(top, 4, p["goals"][0]).alignment = Alignment(wrap_text=True, vertical="center")
        for c in (2, 3, 4):
            ws.merge_cells(start_row=top, start_column=c, end_row=r - 1, end_column=c)
    ws.cell(unit_top, 1, "705001-南部县水务局")
    ws.merge_cells(start_row=unit_top, start_column=1, end_row=r - 1, end_column=1)
    thin_borders(ws, f"A3:L{r - 1}")
    wb.save(path)


# ============================================================================ x6
SHUNQING, JIAOYANSHI = "南充市顺庆区教育局", "南充市顺庆区教育研究室"
GOLD["x6_onesheet_two_units_shunqing_2024"] = record(
    title="部门预算项目绩效目标申报表(2024年度)", department=SHUNQING, department_code="301001", year=2024,
    projects=[
        project(1, name="学前教育保教费补助", department=SHUNQING, department_code="301001", unit="元",
                budget_total=3620000.0, goals=["落实学前教育资助政策，减免家庭经济困难幼儿保教费。",
                                               "提高普惠性幼儿园覆盖率。"],
                indicators=[
                    N(CP, SL, "资助幼儿人数", "2,150", ">=", 2150, "人", **yt("≥", 30)),
                    N(CP, ZL, "资助对象精准率", "100", "=", 100, "%", **yt("=", 20)),
                    N(XL, SH, "普惠性幼儿园覆盖率", "85", ">=", 85, "%", **yt("≥", 30)),
                    N(SX, FW, "幼儿家长满意度", "90", ">=", 90, "%", **yt("≥", 20)),
                ]),
        project(2, name="中小学校舍维修", department=SHUNQING, department_code="301001", unit="元",
                budget_total=1480000.0, goals=["完成12所中小学校舍维修改造，消除校舍安全隐患。"],
                indicators=[
                    N(CP, SL, "维修校舍学校数", "12", "=", 12, "所", **yt("=", 30)),
                    N(CP, ZL, "工程验收合格率", "100", "=", 100, "%", **yt("=", 30)),
                    Q(CP, SXL, "维修完成时间", "2024年8月31日前", **yt("定性", 20)),
                    N(SX, FW, "师生满意度", "90", ">=", 90, "%", **yt("≥", 20)),
                ]),
        project(3, name="教师培训", department=JIAOYANSHI, department_code="301002", unit="元",
                budget_total=356800.0, goals=["开展中小学教师全员培训和学科骨干教师研修。"],
                indicators=[
                    N(CP, SL, "培训教师人次", "3,600", ">=", 3600, "人次", **yt("≥", 40)),
                    N(XL, KC, "骨干教师占比", "25", ">=", 25, "%", **yt("≥", 30)),
                    N(SX, FW, "参训教师满意度", "92", ">=", 92, "%", **yt("≥", 30)),
                ]),
    ])
X6_UNITS = {"301001": "301001-南充市顺庆区教育局", "301002": "301002-南充市顺庆区教育研究室"}


@draft("x6_onesheet_two_units_shunqing_2024", "xlsx")
def _(g, path):
    """A department's export: its subtotal row, then each unit's projects with 单位名称 merged down the unit."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment

    wb = Workbook()
    ws = wb.active
    header = ["单位名称", "项目名称", "预算数", "年度目标", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
              "度量单位", "权重", "指标方向性"]
    r = yitihua_sheet(ws, g, header=header)
    ws.cell(r, 1, "301-南充市顺庆区教育局部门")
    ws.cell(r, 3, sum(p["budget_total"] for p in g["projects"])).number_format = "#,##0.00"
    r += 1
    counts = {"2,150": 2150, "3,600": 3600}
    for code, unit in X6_UNITS.items():
        unit_top = r
        for p in (p for p in g["projects"] if p["department_code"] == code):
            top = r
            for x in p["indicators"]:
                raw = x["value_raw"]
                value = counts[raw] if raw in counts else raw if x["kind"] == "qualitative" else int(raw)
                for c, v in enumerate([x["level1"], x["level2"], x["level3"], x["sign"], value, x["unit"],
                                       x["weight"], x["direction"]], 5):
                    ws.cell(r, c, v)
                if raw in counts:
                    ws.cell(r, 9).number_format = "#,##0"
                r += 1
            ws.cell(top, 2, p["name"])
            ws.cell(top, 3, p["budget_total"]).number_format = "#,##0.00"
            goals = p["goals"]
            text = goals[0] if len(goals) == 1 else "\n".join(f"{k}、{t}" for k, t in enumerate(goals, 1))
            ws.cell(top, 4, text).alignment = Alignment(wrap_text=True, vertical="center")
            for c in (2, 3, 4):
                ws.merge_cells(start_row=top, start_column=c, end_row=r - 1, end_column=c)
        ws.cell(unit_top, 1, unit)
        ws.merge_cells(start_row=unit_top, start_column=1, end_row=r - 1, end_column=1)
    thin_borders(ws, f"A3:L{r - 1}")
    wb.save(path)


# ============================================================================ x3
QIANFENG = "广安市前锋区卫生健康局"
GOLD["x3_onesheet_blank_qianfeng_2024"] = record(
    title="2024年部门项目支出绩效目标表", department=QIANFENG, department_code="108002", year=2024,
    projects=[
        project(1, name="家庭医生签约服务", department=QIANFENG, department_code="108002", unit="元",
                budget_total=1860000.0, goals=["推进家庭医生签约服务，重点人群签约覆盖率稳步提升。"],
                indicators=[
                    N(CP, SL, "重点人群签约人数", "≥38000", ">=", 38000, "人", weight=20),
                    N(CP, ZL, "重点人群签约率", "≥75", ">=", 75, "%", weight=20),
                    Q(CP, SXL, "签约服务费拨付时间", "2024年12月前", weight=10),
                    N(XL, SH, "签约居民续约率", "≥80", ">=", 80, "%", weight=20),
                    N(SX, FW, "签约居民满意度", "≥90", ">=", 90, "%", weight=30),
                ]),
        project(2, name="基层医疗卫生机构设备购置", department=QIANFENG, department_code="108002", unit="元",
                budget_total=960000.0, goals=["为乡镇卫生院购置DR、彩超等基本诊疗设备。"],
                indicators=[
                    N(CP, SL, "购置设备台数", "24", "=", 24, "台", weight=25),
                    N(CP, ZL, "设备验收合格率", "100", "=", 100, "%", weight=25),
                    N(CP, CB, "设备采购支出", "≤96", "<=", 96, "万元", weight=20),
                    N(XL, SH, "基层就诊人次增长率", "≥5", ">=", 5, "%", weight=15),
                    N(SX, FW, "患者满意度", "≥90", ">=", 90, "%", weight=15),
                ]),
    ])


@draft("x3_onesheet_blank_qianfeng_2024", "xlsx")
def _(g, path):
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "项目绩效目标"
    header = ["单位名称", "项目名称", "项目金额", "年度绩效目标", "一级指标", "二级指标", "三级指标", "指标值",
              "计量单位", "分值"]
    ws.merge_cells("A1:J1")
    ws["A1"] = g["document"]["title"]
    ws["A1"].font = Font(bold=True, size=14)
    ws["J2"] = "单位：元"
    for c, h in enumerate(header, 1):
        ws.cell(3, c, h)
    r = 4
    for p in g["projects"]:
        for k, x in enumerate(p["indicators"]):
            if k == 0:
                ws.cell(r, 1, "108002-广安市前锋区卫生健康局")
                ws.cell(r, 2, p["name"])
                ws.cell(r, 3, p["budget_total"]).number_format = "#,##0.00"
                ws.cell(r, 4, p["goals"][0])
            raw = x["value_raw"]
            for c, v in enumerate([x["level1"], x["level2"], x["level3"],
                                   int(raw) if raw.isdigit() else raw, x["unit"], x["weight"]], 5):
                ws.cell(r, c, v)
            r += 1
    thin_borders(ws, f"A3:J{r - 1}")
    wb.save(path)


# ============================================================================ x4
YUHU = "湘潭市雨湖区城市管理和综合执法局"
GOLD["x4_cover_notes_yuhu_2023"] = record(
    title="2023年部门预算绩效文本", department=YUHU, department_code="430302", year=2023,
    overall_goals=["统筹推进城区环境卫生精细化管理，主次干道机械化清扫率保持在90%以上。",
                   "加强市政设施维护管理，保障城市道路、桥梁、排水设施安全运行。",
                   "规范城市管理综合执法，依法查处违法建设和占道经营行为。"],
    safeguards=[dict(title="完善制度建设", text="修订环卫作业考核办法，实行作业质量月考评。"),
                dict(title="加强资金监管", text="项目资金实行专账核算，按工程和作业进度拨付。")],
    projects=[
        project(1, title="城区道路清扫保洁绩效目标表", name="城区道路清扫保洁", department=YUHU,
                department_code="430302", code="430302-23-CG-001", unit="万元",
                budget_total=1580.0, budget_fiscal=1580.0, budget_other=0.0,
                purpose="城区主次干道及背街小巷清扫保洁、垃圾清运作业经费",
                goals=["城区道路清扫保洁面积保持在650万平方米以上", "生活垃圾日产日清"],
                indicators=[
                    N(CP, SL, "道路清扫保洁面积", "≥650万平方米", ">=", 650, "万平方米", "城区道路清扫保洁作业面积",
                      basis="计划标准"),
                    N(CP, ZL, "机械化清扫率", "≥90%", ">=", 90, "%", "主次干道机械化清扫面积占比", basis="行业标准"),
                    Q(CP, SXL, "生活垃圾清运时效", "日产日清", "生活垃圾清运完成时间", basis="行业标准"),
                    N(CP, CB, "清扫保洁单价", "≤2.43元", "<=", 2.43, "元", "每平方米年作业成本", basis="历史标准"),
                    N(XL, SH, "市容环境卫生达标率", "≥95%", ">=", 95, "%", "市容环境卫生检查达标比例",
                      basis="计划标准"),
                    N(SX, FW, "市民满意度", "≥85%", ">=", 85, "%", "市民满意度测评结果", basis="计划标准"),
                ]),
        project(2, title="市政设施维护绩效目标表", name="市政设施维护", department=YUHU,
                department_code="430302", code="430302-23-CG-006", unit="万元",
                budget_total=460.0, budget_fiscal=460.0, budget_other=0.0,
                purpose="城区道路、桥梁、排水设施日常维护维修",
                goals=["及时修复破损道路和排水设施"],
                indicators=[
                    N(CP, SL, "道路破损修复面积", "≥1.2万平方米", ">=", 1.2, "万平方米", "全年修复破损路面面积",
                      basis="计划标准"),
                    N(CP, SL, "疏通排水管网", "≥85公里", ">=", 85, "公里", "全年疏通排水管网长度", basis="计划标准"),
                    N(CP, ZL, "维修工程验收合格率", "100%", "=", 100, "%", "维修工程一次验收合格占比",
                      basis="行业标准"),
                    N(XL, SH, "城区主干道积水点", "≤3处", "<=", 3, "处", "汛期城区主干道积水点数量", basis="历史标准"),
                    N(SX, FW, "市民满意度", "≥85%", ">=", 85, "%", "市民满意度测评结果", basis="计划标准"),
                ]),
    ])


@draft("x4_cover_notes_yuhu_2023", "xlsx")
def _(g, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    cover = wb.active
    cover.title = "封面及说明"
    cover.column_dimensions["A"].width = 100
    lines = [YUHU, g["document"]["title"], None, "第一部分 部门整体绩效目标", "一、总体绩效目标"]
    lines += [f"（{'一二三'[k]}）{t}" for k, t in enumerate(g["overall_goals"])]
    lines += [None, "二、工作保障措施"]
    lines += [f"（{'一二三'[k]}）{s['title']}。{s['text']}" for k, s in enumerate(g["safeguards"])]
    lines += [None, "第二部分 预算项目绩效目标"]
    for r, text in enumerate(lines, 1):
        if text:
            cover.cell(r, 1, text).alignment = Alignment(wrap_text=True)
    cover["A1"].font = cover["A2"].font = Font(bold=True, size=16)
    for p in g["projects"]:
        ws = wb.create_sheet(str(p["seq"]))
        ws.merge_cells("A1:F1")
        ws["A1"] = f"{p['seq']}、{p['title']}"
        ws["A2"] = f"{p['department_code']} {p['department']}"
        ws["A3"] = "单位：万元"
        ws["A4"], ws["B4"], ws["D4"] = "项目编码", p["code"], "项目名称"
        ws.merge_cells("B4:C4"), ws.merge_cells("E4:F4")
        ws["E4"] = p["name"]
        ws.merge_cells("A5:A6")
        ws["A5"] = "预算规模及资金用途"
        for c, v in zip("BCDEFG", ["预算数", p["budget_total"], "其中：财政资金", p["budget_fiscal"], "其他资金",
                                   p["budget_other"]]):
            ws[f"{c}5"] = v
        for c in ("C5", "E5", "G5"):
            ws[c].number_format = "#,##0.00"
        ws.merge_cells("B6:G6")
        ws["B6"] = p["purpose"]
        ws["A7"] = "绩效目标"
        ws.merge_cells("B7:G7")
        ws["B7"] = "\n".join(f"{k}、{t}" for k, t in enumerate(p["goals"], 1))
        ws["B7"].alignment = Alignment(wrap_text=True)
        for c, h in enumerate(["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"], 1):
            ws.cell(8, c, h)
        r = 9
        inds = p["indicators"]
        for j, x in enumerate(inds):
            if j == 0 or inds[j - 1]["level1"] != x["level1"]:
                ws.cell(r, 1, x["level1"])
                n = sum(1 for y in inds[j:] if y["level1"] == x["level1"])
                if n > 1:
                    ws.merge_cells(start_row=r, start_column=1, end_row=r + n - 1, end_column=1)
            ws.cell(r, 2, x["level2"])
            for c, key in ((3, "level3"), (4, "description"), (5, "value_raw"), (6, "basis")):
                ws.cell(r, c, x[key])
            r += 1
        thin_borders(ws, f"A4:G{r - 1}")
    wb.save(path)


# ============================================================================ x5
NANKANG = "赣州市南康区林业局"
GOLD["x5_legacy_nankang_2021"] = record(
    title="2021年项目支出绩效目标表", department=NANKANG, year=2021,
    projects=[
        project(1, title="2021年项目支出绩效目标表", name="森林防火", department=NANKANG, unit="万元",
                budget_total=128.0, budget_fiscal=128.0, budget_other=0.0,
                goals=["落实森林防火巡护和宣传，森林火灾受害率控制在0.9‰以内。"],
                indicators=[
                    N(CP, SL, "防火巡护人员", "≥260人", ">=", 260, "人", basis="计划标准"),
                    N(CP, SL, "防火宣传活动", "≥40场次", ">=", 40, "场次", basis="计划标准"),
                    N(CP, ZL, "森林火灾受害率", "≤0.9‰", "<=", 0.9, "‰", basis="行业标准"),
                    Q(CP, SXL, "防火期巡护", "全覆盖", basis="计划标准"),
                    N(XL, ST, "森林覆盖率", "≥76%", ">=", 76, "%", basis="历史标准"),
                    N(SX, FW, "林区群众满意度", "≥90%", ">=", 90, "%", basis="计划标准"),
                ]),
        project(2, title="2021年项目支出绩效目标表", name="林业有害生物防治", department=NANKANG, unit="万元",
                budget_total=64.5, budget_fiscal=60.0, budget_other=4.5,
                goals=["完成松材线虫病疫木除治，林业有害生物成灾率控制在3‰以内。"],
                indicators=[
                    N(CP, SL, "疫木除治数量", "≥1.8万株", ">=", 1.8, "万株", basis="计划标准"),
                    N(CP, ZL, "有害生物成灾率", "≤3‰", "<=", 3, "‰", basis="行业标准"),
                    Q(XL, ST, "疫情发生面积", "较上年下降", basis="历史标准"),
                    N(SX, FW, "林农满意度", "≥90%", ">=", 90, "%", basis="计划标准"),
                ]),
    ])


@draft("x5_legacy_nankang_2021", "xls")
def _(g, path):
    import io

    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    for p in g["projects"]:
        ws = wb.create_sheet(p["name"])
        ws.merge_cells("A1:E1")
        ws["A1"] = p["title"]
        ws.merge_cells("A2:D2")
        ws["A2"] = f"部门名称：{p['department']}"
        ws["E2"] = "单位：万元"
        ws["A3"] = "项目名称"
        ws.merge_cells("B3:E3")
        ws["B3"] = p["name"]
        ws.merge_cells("A4:A6")
        ws["A4"] = "项目资金"
        for r, (label, v) in enumerate([("年度资金总额", p["budget_total"]), ("其中：财政拨款", p["budget_fiscal"]),
                                        ("其他资金", p["budget_other"])], 4):
            ws.cell(r, 2, label)
            ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=5)
            ws.cell(r, 3, v).number_format = "0.00"
        ws["A7"] = "年度绩效目标"
        ws.merge_cells("B7:E7")
        ws["B7"] = p["goals"][0]
        for c, h in enumerate(["一级指标", "二级指标", "三级指标", "指标值", "指标值确定依据"], 1):
            ws.cell(8, c, h)
        r = 9
        inds = p["indicators"]
        for j, x in enumerate(inds):
            for col, key in ((1, lambda y: y["level1"]), (2, lambda y: (y["level1"], y["level2"]))):
                if j == 0 or key(inds[j - 1]) != key(x):
                    ws.cell(r, col, x["level1"] if col == 1 else x["level2"])
                    n = 0
                    for y in inds[j:]:
                        if key(y) != key(x):
                            break
                        n += 1
                    if n > 1:
                        ws.merge_cells(start_row=r, start_column=col, end_row=r + n - 1, end_column=col)
            for c, key in ((3, "level3"), (4, "value_raw"), (5, "basis")):
                ws.cell(r, c, x[key])
            r += 1
        thin_borders(ws, f"A3:E{r - 1}")
    buf = io.BytesIO()
    wb.save(buf)
    soffice(buf.getvalue(), ".xlsx", "xls:MS Excel 97", path)


def main(argv=None):
    only = set(argv or sys.argv[1:])
    DRAFTS.mkdir(parents=True, exist_ok=True)
    for stem, rec in GOLD.items():
        if only and stem not in only:
            continue
        write(rec, GOLDS / f"{stem}.gold.json")
        ext, render = RENDER[stem]
        render(rec, DRAFTS / f"{stem}.{ext}")
        print(f"{stem}.{ext}")


if __name__ == "__main__":
    main()
