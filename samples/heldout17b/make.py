#!/usr/bin/env python3
"""Render every draft of heldout17b FROM the facts in golds.py and write expected/NAME.gold.json.
Each form is first drawn with reportlab platypus (STSong-Light) into /tmp/heldout17b_build/STEM.src.pdf — the
"source rendering" that check.py reads as the document's own text — then rasterised with pypdfium2 and degraded the
way an ordinary office scanner (or a phone) does it, with Pillow / numpy / opencv, seeded: m1 a clean 200 dpi scan,
m2 a scan skewed 0.7° with speckles (PNG), m3 150 dpi JPEG quality 55, m4 a phone photo made into a PDF, m5 a 300 dpi
greyscale TIFF, m6 a two-page colour scan with a red round seal over cells. Nothing is imported from jixiao."""
import hashlib, json, math, os, sys

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import Flowable, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from golds import G
from kit import clean

OUT = os.path.join(HERE, "drafts")
EXPECTED = os.path.join(HERE, "expected")
TMP = "/tmp/heldout17b_build"
F = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(F))
SEALFONT = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"


def money(v):
    return f"{v:.2f}"


def st(size, center=False, lead=1.25):
    return ParagraphStyle("s%s%s%s" % (size, center, lead), fontName=F, fontSize=size, leading=size * lead,
                          alignment=TA_CENTER if center else 0, wordWrap="CJK")


def runs(vals):
    out, i = [], 0
    while i < len(vals):
        j = i
        while j + 1 < len(vals) and vals[j + 1] == vals[i]:
            j += 1
        out.append((i, j)); i = j + 1
    return out


def grid(rows, widths, spans, fs, pad=2.5, extra=()):
    t = Table(rows, colWidths=widths)
    sty = [("FONT", (0, 0), (-1, -1), F, fs), ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
           ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), pad),
           ("BOTTOMPADDING", (0, 0), (-1, -1), pad), ("LEFTPADDING", (0, 0), (-1, -1), 3),
           ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    sty += [("SPAN", a, b) for a, b in spans] + list(extra)
    t.setStyle(TableStyle(sty))
    return t


def build_pdf(path, stories, size, margins=(1.6 * cm, 1.4 * cm)):
    d = SimpleDocTemplate(path, pagesize=size, leftMargin=margins[0], rightMargin=margins[0],
                          topMargin=margins[1], bottomMargin=margins[1])
    flow = []
    for k, s in enumerate(stories):
        if k:
            flow.append(PageBreak())
        flow += s
    d.build(flow)
    return path


def render(pdf, dpi, mode="RGB"):
    import pypdfium2 as pdfium
    d = pdfium.PdfDocument(pdf)
    return [d[i].render(scale=dpi / 72).to_pil().convert(mode) for i in range(len(d))]


def npages(pdf):
    import pypdfium2 as pdfium
    return len(pdfium.PdfDocument(pdf))


class Boxes(Flowable):
    """项目属性: `新增项目□ 延续项目☑` as Word prints it — the boxes are Wingdings glyphs, drawn here as strokes."""
    def __init__(self, options, chosen, fs):
        super().__init__()
        self.options, self.chosen, self.fs = options, chosen, fs

    def wrap(self, aw, ah):
        return aw, self.fs * 1.4

    def draw(self):
        c, s = self.canv, self.fs
        x = 0
        for o in self.options:
            c.setFont(F, s); c.drawString(x, 2, o)
            x += pdfmetrics.stringWidth(o, F, s) + 2
            c.setLineWidth(0.7); c.rect(x, 1.5, s * 0.8, s * 0.8, stroke=1, fill=0)
            if o == self.chosen:
                c.setLineWidth(1.1)
                p = c.beginPath(); p.moveTo(x + s * 0.13, 1.5 + s * 0.42); p.lineTo(x + s * 0.33, 1.5 + s * 0.15)
                p.lineTo(x + s * 0.72, 1.5 + s * 0.7); c.drawPath(p, stroke=1, fill=0)
            x += s * 0.8 + s * 1.5


# ================================================================ the forms
def form_m1(g):
    """Sichuan 一体化 one-table export, landscape, every project in ONE table with merged 单位/项目 cells."""
    fs = 7.5
    P, PC = st(fs), st(fs, True)
    head = ["单位名称", "项目名称", "预算数", "年度目标", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
            "度量单位", "权重", "指标方向性"]
    rows, spans, r = [[Paragraph(h, PC) for h in head]], [], 1
    d = g["projects"][0]
    total = sum(len(p["indicators"]) for p in g["projects"])
    spans.append(((0, 1), (0, total)))
    for k, p in enumerate(g["projects"]):
        n = len(p["indicators"])
        for j, x in enumerate(p["indicators"]):
            rows.append([Paragraph(f'{d["department_code"]}-{d["department"]}', PC) if r == 1 else "",
                         Paragraph(p["name"], PC) if j == 0 else "", money(p["budget_total"]) if j == 0 else "",
                         Paragraph(p["goals"][0], P) if j == 0 else "",
                         Paragraph(x["level1"], PC), Paragraph(x["level2"], PC), Paragraph(x["level3"], P),
                         x["sign"], x["value_raw"], x["printed_unit"] or "", str(x["weight"]), x["direction"] + "指标"])
            r += 1
        a = r - n
        for c in (1, 2, 3):
            spans.append(((c, a), (c, r - 1)))
        for c, key in ((4, lambda x: x["level1"]), (5, lambda x: (x["level1"], x["level2"]))):
            for s, e in runs([key(x) for x in p["indicators"]]):
                if e > s:
                    spans.append(((c, a + s), (c, a + e)))
    W = landscape(A4)[0] - 2 * 1.2 * cm
    cw = [0.085, 0.085, 0.05, 0.19, 0.06, 0.07, 0.165, 0.05, 0.085, 0.06, 0.035, 0.065]
    t = grid(rows, [c * W for c in cw], spans, fs, pad=2.2,
             extra=[("ALIGN", (7, 1), (11, -1), "CENTER"), ("ALIGN", (2, 1), (2, -1), "CENTER")])
    title = [Paragraph(g["document"]["title"], st(15, True, 1.2)), Spacer(1, 4),
             Table([["单位（部门）：" + d["department_code"] + "-" + d["department"], "单位：万元"]], colWidths=[W * 0.8, W * 0.2],
                   style=[("FONT", (0, 0), (-1, -1), F, 9), ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                          ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]),
             Spacer(1, 3), t]
    return title


def form_m2(g):
    """绩效目标批复表: 实施期 and 年度 side by side."""
    fs = 9
    P, PC = st(fs), st(fs, True)
    p = g["projects"][0]; f = p["_f"]; e = p["extra"]
    n = len(p["indicators"]) // 2
    mid, year = p["indicators"][:n], p["indicators"][n:]
    rows = [["项目名称", Paragraph(p["name"], P), "", "", "", ""],
            ["主管部门及代码", Paragraph(f'[{p["department_code"]}]{p["department"]}', P), "", "实施单位", Paragraph(p["implementing_unit"], P), ""],
            ["项目编码", p["code"], "", "实施周期", e["实施周期"], ""],
            [Paragraph("项目资金<br/>（万元）", PC), "实施期资金总额", e["实施期资金总额"], "年度资金总额", money(p["budget_total"]), ""],
            ["", "其中：财政拨款", e["实施期财政拨款"], "其中：财政拨款", money(p["budget_fiscal"]), ""],
            ["", "其他资金", e["实施期其他资金"], "其他资金", money(p["budget_other"]), ""],
            ["总体目标", "实施期目标", "", "年度目标", "", ""],
            ["", Paragraph("<br/>".join(f"{i}.{x}" for i, x in enumerate(p["goals_mid_term"], 1)), P), "", 
             Paragraph("<br/>".join(f"{i}.{x}" for i, x in enumerate(p["goals"], 1)), P), "", ""],
            ["绩效指标", "一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值"]]
    for a, b in zip(mid, year):
        rows.append(["", Paragraph(a["level1"], PC), Paragraph(a["level2"], PC), Paragraph(a["level3"], P),
                     Paragraph(a["value_raw"], P), Paragraph(b["value_raw"], P)])
    spans = [((1, 0), (5, 0)), ((1, 1), (2, 1)), ((4, 1), (5, 1)), ((1, 2), (2, 2)), ((4, 2), (5, 2)),
             ((0, 3), (0, 5)), ((4, 3), (5, 3)), ((4, 4), (5, 4)), ((4, 5), (5, 5)),
             ((0, 6), (0, 7)), ((1, 6), (2, 6)), ((3, 6), (5, 6)), ((1, 7), (2, 7)), ((3, 7), (5, 7)),
             ((0, 8), (0, 8 + n))]
    for c, key in ((1, lambda x: x["level1"]), (2, lambda x: (x["level1"], x["level2"]))):
        for s, e2 in runs([key(x) for x in mid]):
            if e2 > s:
                spans.append(((c, 9 + s), (c, 9 + e2)))
    W = A4[0] - 2 * 1.6 * cm
    cw = [0.155, 0.15, 0.14, 0.2, 0.18, 0.175]
    t = grid(rows, [c * W for c in cw], spans, fs, pad=3.2,
             extra=[("ALIGN", (1, 6), (5, 6), "CENTER"), ("ALIGN", (1, 8), (5, 8), "CENTER")])
    return [Paragraph(p["title"], st(16, True, 1.2)), Spacer(1, 10),
            Paragraph("单位：万元", ParagraphStyle("r", fontName=F, fontSize=9.5, alignment=2)), Spacer(1, 3), t,
            Spacer(1, 10), Paragraph("批复意见：同意该项目绩效目标，请按批复的绩效目标组织实施，做好绩效运行监控。", st(9.5)),
            Spacer(1, 8), Paragraph("延安市宝塔区财政局　　2025年3月20日", ParagraphStyle("r2", fontName=F, fontSize=9.5, alignment=2))]


def form_m3(g):
    """2015-style 项目绩效目标表: 项目属性 boxes, 年度资金总额及构成, 立项情况, 实施进度计划, 长期/年度 indicator tables."""
    fs = 8.8
    P, PC = st(fs), st(fs, True)
    p = g["projects"][0]; f = p["_f"]
    mid = [x for x in p["indicators"] if x["period"] == "mid_term"]
    year = [x for x in p["indicators"] if x["period"] == "year"]
    rows = [["项目名称", Paragraph(p["name"], P), "", "项目属性", Boxes(["新增项目", "延续项目"], f["attr"], fs), ""],
            ["主管部门", Paragraph(p["department"], P), "", "主管部门编码", p["department_code"], ""],
            ["项目单位", Paragraph(p["implementing_unit"], P), "", "项目负责人", f["head"], ""],
            ["项目起止时间", f["span"], "", "联系电话", "0738-8312547", ""],
            [Paragraph("年度资金总额及构成", PC), f"总额：{money(p['budget_total'])}万元", "", "", "", ""],
            ["", f"其中：财政拨款：{money(p['budget_fiscal'])}万元", "", "", "", ""],
            ["", f"其他资金：{money(p['budget_other'])}万元", "", "", "", ""],
            ["项目概况", Paragraph(f["overview"], P), "", "", "", ""],
            ["立项情况", "项目立项的依据", Paragraph(f["basis"], P), "", "", ""],
            ["", "项目申报的可行性", Paragraph(f["feas"], P), "", "", ""],
            ["", "项目申报的必要性", Paragraph(f["need"], P), "", "", ""],
            [Paragraph("项目实施进度计划", PC), "项目实施内容", "", "", "开始时间", "完成时间"]]
    for a, b, c in f["plan"]:
        rows.append(["", Paragraph(a, P), "", "", b, c])
    r0 = len(rows)
    rows += [["项目绩效目标", "长期目标", "", "年度目标", "", ""],
             ["", Paragraph("".join(p["goals_mid_term"]), P), "",
              Paragraph("<br/>".join(f"{i}、{x}" for i, x in enumerate(p["goals"], 1)), P), "", ""]]
    spans = [((1, 0), (2, 0)), ((4, 0), (5, 0)), ((1, 1), (2, 1)), ((4, 1), (5, 1)), ((1, 2), (2, 2)),
             ((1, 3), (2, 3)), ((0, 4), (0, 6)), ((1, 4), (5, 4)), ((1, 5), (5, 5)), ((1, 6), (5, 6)),
             ((1, 7), (5, 7)), ((0, 8), (0, 10)), ((2, 8), (5, 8)), ((2, 9), (5, 9)), ((2, 10), (5, 10)),
             ((0, 11), (0, 11 + len(f["plan"]))), ((1, 11), (3, 11))]
    spans += [((1, 12 + i), (3, 12 + i)) for i in range(len(f["plan"]))]
    spans += [((0, r0), (0, r0 + 1)), ((1, r0), (2, r0)), ((3, r0), (5, r0)), ((1, r0 + 1), (2, r0 + 1)),
              ((3, r0 + 1), (5, r0 + 1))]
    for label, inds in (("长期绩效指标", mid), ("年度绩效指标", year)):
        a = len(rows)
        rows.append([label, "一级指标", "二级指标", "指标内容", "指标值", "备注"])
        for x in inds:
            rows.append(["", Paragraph(x["level1"], PC), Paragraph(x["level2"], PC), Paragraph(x["level3"], P),
                         Paragraph(x["value_raw"], P), Paragraph(x.get("note", ""), P)])
        spans.append(((0, a), (0, a + len(inds))))
        for c, key in ((1, lambda x: x["level1"]), (2, lambda x: (x["level1"], x["level2"]))):
            for s, e in runs([key(x) for x in inds]):
                if e > s:
                    spans.append(((c, a + 1 + s), (c, a + 1 + e)))
    W = A4[0] - 2 * 1.5 * cm
    cw = [0.13, 0.14, 0.16, 0.27, 0.15, 0.15]
    lab = [Paragraph(rows[i][0], PC) if isinstance(rows[i][0], str) and len(rows[i][0]) > 5 else rows[i][0]
           for i in range(len(rows))]
    for i in range(len(rows)):
        rows[i][0] = lab[i]
    t = grid(rows, [c * W for c in cw], spans, fs, pad=2.0, extra=[("ALIGN", (0, 0), (0, -1), "CENTER")])
    return [Paragraph(p["title"], st(16, True, 1.2)), Spacer(1, 2), Paragraph("（2024年度）", st(10, True)),
            Spacer(1, 2), Paragraph(f"填报单位（盖章）：{p['department']}", st(9.5)), Spacer(1, 3), t]


def form_m4(g):
    """部门整体支出绩效目标表 (scope department)."""
    fs = 8.8
    P, PC = st(fs), st(fs, True)
    p = g["projects"][0]; e = p["extra"]
    d = g["document"]
    rows = [["部门名称", Paragraph(p["department"], P), "", "", "", ""],
            [Paragraph("年度预算<br/>安排", PC), "资金总额", money(p["budget_total"]), "", "", ""],
            ["", "其中：财政拨款", money(p["budget_fiscal"]), "", "", ""],
            ["", "其他资金", money(p["budget_other"]), "", "", ""],
            [Paragraph("年度总体<br/>目标", PC), Paragraph("<br/>".join(f"目标{i}：{x}" for i, x in enumerate(p["goals"], 1)), P), "", "", "", ""],
            [Paragraph("年度履职<br/>目标", PC), "部门职能", "年度目标任务", "", "支出项目名称", Paragraph("预算金额（万元）", PC)]]
    for r in e["年度履职目标"]:
        rows.append(["", Paragraph(r["部门职能"], P), Paragraph(r["年度目标任务"], P), "", Paragraph(r["支出项目名称"], P),
                     r["预算金额（万元）"]])
    a = len(rows)
    rows.append([Paragraph("年度绩效<br/>指标", PC), "一级指标", "二级指标", "三级指标", "指标解释", "目标值"])
    for x in p["indicators"]:
        rows.append(["", Paragraph(x["level1"], PC), Paragraph(x["level2"], PC), Paragraph(x["level3"], P),
                     Paragraph(x["description"], P), Paragraph(x["value_raw"], P)])
    n = len(e["年度履职目标"])
    spans = [((1, 0), (5, 0)), ((0, 1), (0, 3)), ((2, 1), (5, 1)), ((2, 2), (5, 2)), ((2, 3), (5, 3)),
             ((1, 4), (5, 4)), ((0, 5), (0, 5 + n))] + [((2, 5 + i), (3, 5 + i)) for i in range(n + 1)]
    spans.append(((0, a), (0, a + len(p["indicators"]))))
    for c, key in ((1, lambda x: x["level1"]), (2, lambda x: (x["level1"], x["level2"]))):
        for s, e2 in runs([key(x) for x in p["indicators"]]):
            if e2 > s:
                spans.append(((c, a + 1 + s), (c, a + 1 + e2)))
    W = A4[0] - 2 * 1.5 * cm
    cw = [0.1, 0.12, 0.14, 0.22, 0.28, 0.14]
    t = grid(rows, [c * W for c in cw], spans, fs, pad=2.4,
             extra=[("ALIGN", (1, 5), (5, 5), "CENTER"), ("ALIGN", (1, a), (5, a), "CENTER")])
    return [Paragraph(d["title"], st(16, True, 1.2)), Spacer(1, 2), Paragraph("（2025年度）", st(10, True)),
            Spacer(1, 4),
            Paragraph(f"填报单位（盖章）：{p['department']}　　部门编码：{p['department_code']}　　单位：万元", st(9.5)),
            Spacer(1, 3), t]


def form_m5(g):
    """Guangdong 项目绩效目标表: 上年度实际水平 / 本年度计划完成水平 / 指标解释."""
    fs = 9
    P, PC = st(fs), st(fs, True)
    p = g["projects"][0]
    rows = [["项目名称", Paragraph(p["name"], P), "", "", "", "", ""],
            ["主管部门", Paragraph(p["department"], P), "", "项目实施单位", Paragraph(p["implementing_unit"], P), "", ""],
            [Paragraph("项目资金<br/>（万元）", PC), "总额", money(p["budget_total"]), "", "", "", ""],
            ["", "其中：财政拨款", money(p["budget_fiscal"]), "", "", "", ""],
            ["", "其他资金", money(p["budget_other"]), "", "", "", ""],
            [Paragraph("年度绩效<br/>目标", PC), Paragraph("<br/>".join(f"{i}.{x}" for i, x in enumerate(p["goals"], 1)), P),
             "", "", "", "", ""],
            [Paragraph("绩效指标", PC), "一级指标", "二级指标", "三级指标", Paragraph("上年度实际水平", PC),
             Paragraph("本年度计划完成水平", PC), "指标解释"]]
    for x in p["indicators"]:
        rows.append(["", Paragraph(x["level1"], PC), Paragraph(x["level2"], PC), Paragraph(x["level3"], P),
                     Paragraph(x["baseline_raw"] or "", PC), Paragraph(x["value_raw"], PC), Paragraph(x["description"], P)])
    spans = [((1, 0), (6, 0)), ((1, 1), (2, 1)), ((4, 1), (6, 1)), ((0, 2), (0, 4)), ((2, 2), (6, 2)),
             ((2, 3), (6, 3)), ((2, 4), (6, 4)), ((1, 5), (6, 5)), ((0, 6), (0, 6 + len(p["indicators"])))]
    for c, key in ((1, lambda x: x["level1"]), (2, lambda x: (x["level1"], x["level2"]))):
        for s, e in runs([key(x) for x in p["indicators"]]):
            if e > s:
                spans.append(((c, 7 + s), (c, 7 + e)))
    W = A4[0] - 2 * 1.5 * cm
    cw = [0.09, 0.14, 0.12, 0.18, 0.12, 0.13, 0.22]
    t = grid(rows, [c * W for c in cw], spans, fs, pad=3, extra=[("ALIGN", (1, 6), (6, 6), "CENTER")])
    return [Paragraph(g["document"]["title"], st(16, True, 1.2)), Spacer(1, 8),
            Paragraph(f"填报单位（盖章）：{p['department']}　　　　单位：万元", st(9.5)), Spacer(1, 3), t,
            Spacer(1, 8), Paragraph("填表人：陈泽楷　　　联系电话：0768-2203516　　　填报日期：2024年1月12日", st(9))]


def form_m6(p, title):
    """Hubei 项目支出绩效目标表 with 项目预算成本构成 before the indicators."""
    fs = 9
    P, PC = st(fs), st(fs, True)
    f = p["_f"]
    rows = [["项目名称", Paragraph(p["name"], P), "", "", "", ""],
            ["项目类别", p["project_type"], "", "项目性质", p["project_nature"], ""],
            ["立项依据", Paragraph(f["basis"], P), "", "", "", ""],
            [Paragraph("项目预算<br/>成本构成", PC), "明细", "金额", Paragraph("测算（公式）依据", PC),
             Paragraph("2022年实际执行数", PC), Paragraph("2023年实际执行数", PC)]]
    for a, b, c, d, e in f["costs"]:
        rows.append(["", Paragraph(a, P), b, Paragraph(c, P), d, e])
    rows.append(["", "合计", f["total"], "", f["exec"][0], f["exec"][1]])
    c0 = 3
    rows.append(["绩效目标", Paragraph(f["goal"], P), "", "", "", ""])
    a = len(rows)
    rows.append([Paragraph("绩效指标", PC), "一级指标", "二级指标", "三级指标", "绩效标准", Paragraph("当年预期实现值", PC)])
    for x in p["indicators"]:
        rows.append(["", Paragraph(x["level1"], PC), Paragraph(x["level2"], PC), Paragraph(x["level3"], P),
                     Paragraph(x["description"], P), Paragraph(x["value_raw"], PC)])
    b = len(rows)
    rows.append([Paragraph("保障绩效目标实现措施", PC), Paragraph(p["measures"], P), "", "", "", ""])
    rows.append([Paragraph("主管部门审核意见", PC), Paragraph("同意。<br/><br/>　　　　　　　　　　　　　　　　　　单位公章：<br/>"
                                                      "　　　　　　　　　　　　　　　　　　2024年1月16日", P), "", "", "", ""])
    spans = [((1, 0), (5, 0)), ((1, 1), (2, 1)), ((4, 1), (5, 1)), ((1, 2), (5, 2)), ((0, c0), (0, a - 2)),
             ((1, a - 1), (5, a - 1)), ((0, a), (0, b - 1)), ((1, b), (5, b)), ((1, b + 1), (5, b + 1))]
    for c, key in ((1, lambda x: x["level1"]), (2, lambda x: (x["level1"], x["level2"]))):
        for s, e in runs([key(x) for x in p["indicators"]]):
            if e > s:
                spans.append(((c, a + 1 + s), (c, a + 1 + e)))
    W = A4[0] - 2 * 1.6 * cm
    cw = [0.13, 0.2, 0.12, 0.22, 0.19, 0.14]
    t = grid(rows, [c * W for c in cw], spans, fs, pad=3.2,
             extra=[("ALIGN", (2, c0), (2, a - 2), "CENTER"), ("ALIGN", (4, c0), (5, a - 2), "CENTER"),
                    ("ALIGN", (1, a), (5, a), "CENTER")])
    return [Paragraph(title, st(15, True, 1.2)), Spacer(1, 8),
            Paragraph(f"主管部门：{p['department']}　　　　　　　　　　　　　单位：万元", st(9.5)), Spacer(1, 3), t]


# ================================================================ scanner damage
def speckle(a, rnd, n, dark=True, sizes=(1, 2, 3)):
    h, w = a.shape[:2]
    for _ in range(n):
        s = int(rnd.choice(sizes)); y = int(rnd.integers(0, h - s)); x = int(rnd.integers(0, w - s))
        a[y:y + s, x:x + s] = rnd.integers(20, 90) if dark else 255
    return a


def seal_layer(size, text, seed=7):
    """a round official seal (公章): ring, the unit's name along the upper arc, a star; ragged red ink (alpha map)."""
    S = size * 2
    im = Image.new("L", (S, S), 0)
    dr = ImageDraw.Draw(im)
    c, R = S / 2, S / 2 - 6
    dr.ellipse([c - R, c - R, c + R, c + R], outline=255, width=int(S * 0.035))
    font = ImageFont.truetype(SEALFONT, int(S * 0.115))
    n, span = len(text), 250.0
    for k, ch in enumerate(text):
        ang = math.radians(-90 - span / 2 + span * (k + 0.5) / n)
        x, y = c + R * 0.76 * math.cos(ang), c + R * 0.76 * math.sin(ang)
        ci = Image.new("L", (int(S * 0.16), int(S * 0.16)), 0)
        ImageDraw.Draw(ci).text((ci.width / 2, ci.height / 2), ch, font=font, fill=255, anchor="mm")
        ci = ci.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        im.paste(255, (int(x - ci.width / 2), int(y - ci.height / 2)), ci)
    pts = [(c + (S * 0.15 if k % 2 == 0 else S * 0.06) * math.cos(math.radians(-90 + 36 * k)),
            c + (S * 0.15 if k % 2 == 0 else S * 0.06) * math.sin(math.radians(-90 + 36 * k))) for k in range(10)]
    dr.polygon(pts, fill=255)
    im = im.resize((size, size), Image.LANCZOS).filter(ImageFilter.GaussianBlur(0.8))
    a = np.asarray(im, np.float32) / 255
    a *= np.clip(np.random.default_rng(seed).normal(0.82, 0.18, a.shape), 0.25, 1)
    return a


def stamp(arr, a, cx, cy, color=(212, 38, 46), alpha=0.8):
    """multiply the seal into an RGB page array: black print stays black under the red ink."""
    s = a.shape[0]
    x0, y0 = int(cx - s / 2), int(cy - s / 2)
    reg = arr[y0:y0 + s, x0:x0 + s]
    k = (a * alpha)[..., None]
    arr[y0:y0 + s, x0:x0 + s] = reg * (1 - k) + reg * (np.array(color, np.float32) / 255) * k
    return arr


def locate(pdf, page, s):
    """(x0, top, x1, bottom) in PDF points of the first occurrence of s on a page of the source rendering."""
    import pdfplumber
    with pdfplumber.open(pdf) as d:
        hits = d.pages[page].search(s)
        h = hits[0]
        return h["x0"], h["top"], h["x1"], h["bottom"]


# ================================================================ the six drafts
def d_m1(stem, g, out):
    src = build_pdf(os.path.join(TMP, stem + ".src.pdf"), [form_m1(g)], landscape(A4), margins=(1.2 * cm, 1.2 * cm))
    assert npages(src) == 1, npages(src)
    rnd = np.random.default_rng(171)
    a = np.asarray(render(src, 200, "L")[0], np.float32)
    a = 248 - (248 - 12) * (1 - a / 255) + rnd.normal(0, 1.6, a.shape)      # clean: white paper, black ink, faint noise
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.35))
    im.save(out, "PDF", resolution=200.0, quality=90)
    return "pdf", 1, src


def d_m2(stem, g, out):
    src = build_pdf(os.path.join(TMP, stem + ".src.pdf"), [form_m2(g)], A4)
    assert npages(src) == 1, npages(src)
    rnd = np.random.default_rng(172)
    im = render(src, 200, "L")[0].rotate(0.7, resample=Image.BICUBIC, fillcolor=255)   # fed 0.7° askew (counter-clockwise)
    a = np.asarray(im, np.float32) * 0.96 + 6 + rnd.normal(0, 3, im.size[::-1])
    a = speckle(a, rnd, 2600)                                                   # dust on the glass / toner specks
    a = speckle(a, rnd, 900, dark=False, sizes=(1, 2))                          # white drop-outs in the ink
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.4))
    im.save(out, "PNG", dpi=(200, 200), optimize=True)
    return "image", 1, src


def d_m3(stem, g, out):
    src = build_pdf(os.path.join(TMP, stem + ".src.pdf"), [form_m3(g)], A4, margins=(1.5 * cm, 1.1 * cm))
    assert npages(src) == 1, npages(src)
    rnd = np.random.default_rng(173)
    im = render(src, 150, "RGB")[0].rotate(-0.2, resample=Image.BICUBIC, fillcolor=(255, 255, 255))
    a = np.asarray(im, np.float32) * np.array([0.97, 0.97, 0.95]) + np.array([6, 6, 8]) + rnd.normal(0, 2.5, (im.height, im.width, 1))
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    im.save(out, "JPEG", quality=55, dpi=(150, 150))
    return "image", 1, src


def d_m4(stem, g, out):
    import cv2
    src = build_pdf(os.path.join(TMP, stem + ".src.pdf"), [form_m4(g)], A4, margins=(1.5 * cm, 1.2 * cm))
    assert npages(src) == 1, npages(src)
    page = np.asarray(render(src, 200, "RGB")[0], np.float32)                  # 1654 x 2339
    ph, pw = page.shape[:2]
    H, Wd = 4000, 3000
    rnd = np.random.default_rng(174)
    yy, xx = np.mgrid[0:H, 0:Wd].astype(np.float32)
    desk = np.stack([np.full((H, Wd), 96.0), np.full((H, Wd), 98.0), np.full((H, Wd), 104.0)], -1)  # a grey office desk
    desk += rnd.normal(0, 5, (H, Wd, 1))
    paper = page * np.array([1.0, 0.99, 0.965], np.float32)
    dst = np.float32([[300, 230], [2700, 262], [2815, 3790], [190, 3752]])     # mild keystone: top edge narrower
    M = cv2.getPerspectiveTransform(np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]]), dst)
    warped = cv2.warpPerspective(paper, M, (Wd, H), flags=cv2.INTER_LINEAR)
    mask = cv2.GaussianBlur(cv2.warpPerspective(np.ones((ph, pw), np.float32), M, (Wd, H)), (5, 5), 0)[..., None]
    img = desk * (1 - mask) + warped * mask
    light = 1.06 - 0.26 * (xx / Wd) - 0.08 * (yy / H)                         # window on the left: light falls off to the right
    img = img * light[..., None]
    img = cv2.GaussianBlur(img, (0, 0), 1.1) + rnd.normal(0, 2.5, img.shape)
    im = Image.fromarray(np.clip(img, 0, 255).astype(np.uint8), "RGB")
    im.save(out, "PDF", resolution=3000 / 8.27, quality=85)                   # the gallery's "print to PDF": page ≈ A4 wide
    return "pdf", 1, src


def d_m5(stem, g, out):
    src = build_pdf(os.path.join(TMP, stem + ".src.pdf"), [form_m5(g)], A4)
    assert npages(src) == 1, npages(src)
    rnd = np.random.default_rng(175)
    im = render(src, 300, "L")[0].rotate(-0.15, resample=Image.BICUBIC, fillcolor=255)   # 2480 x 3508
    a = 242 - (242 - 28) * (1 - np.asarray(im, np.float32) / 255)
    a += rnd.normal(0, 1.2, a.shape)
    a = np.round(a / 2) * 2
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))
    im.save(out, "TIFF", compression="tiff_adobe_deflate", dpi=(300, 300))
    return "image", 1, src


SEAL_AT = {}


def d_m6(stem, g, out):
    t = g["document"]["title"]
    src = build_pdf(os.path.join(TMP, stem + ".src.pdf"), [form_m6(p, t) for p in g["projects"]], A4)
    assert npages(src) == 2, npages(src)
    rnd = np.random.default_rng(176)
    pages = []
    dpi = 200
    seal = seal_layer(int(42 / 25.4 * dpi), g["document"]["department"])
    for k, im in enumerate(render(src, dpi, "RGB")):
        p = g["projects"][k]
        # the seal is struck on 单位公章 and runs up over the last indicator rows' cells
        x0, top, x1, bot = locate(src, k, "单位公章")
        cx, cy = (x0 + x1) / 2 * dpi / 72 + 40, top * dpi / 72 - 60
        SEAL_AT[k] = (cx, cy)
        a = np.asarray(im, np.float32).copy()
        a = stamp(a, seal, cx, cy)
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).rotate((0.3, -0.25)[k], resample=Image.BICUBIC,
                                                                          fillcolor=(250, 250, 248))
        a = np.asarray(im, np.float32) * np.array([0.97, 0.97, 0.955]) + np.array([6, 6, 9]) + rnd.normal(0, 2.5, (im.height, im.width, 1))
        pages.append(Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.45)))
    pages[0].save(out, "PDF", save_all=True, append_images=pages[1:], resolution=200.0, quality=85)
    return "pdf", 2, src


DRAW = {"m1": (d_m1, ".pdf"), "m2": (d_m2, ".png"), "m3": (d_m3, ".jpg"), "m4": (d_m4, ".pdf"),
        "m5": (d_m5, ".tif"), "m6": (d_m6, ".pdf")}


def main():
    os.makedirs(TMP, exist_ok=True); os.makedirs(OUT, exist_ok=True); os.makedirs(EXPECTED, exist_ok=True)
    only = set(sys.argv[1:])
    for stem, g in G.items():
        if only and stem[:2] not in only:
            continue
        fn, ext = DRAW[stem[:2]]
        out = os.path.join(OUT, stem + ext)
        fmt, pages, src = fn(stem, g, out)
        rec = clean(g)
        rec["source"] = {"path": os.path.basename(out), "sha256": hashlib.sha256(open(out, "rb").read()).hexdigest(),
                         "format": fmt, "pages": pages, "ocr": True}
        with open(os.path.join(EXPECTED, stem + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(rec, f, ensure_ascii=False, indent=1)
        print("wrote", os.path.basename(out), pages, os.path.getsize(out))


if __name__ == "__main__":
    main()
