#!/usr/bin/env python3
"""Render every draft of heldout19a FROM the facts in golds.py and write expected/NAME.gold.json.
Each form is first drawn with reportlab platypus (STSong-Light) into /tmp/heldout19a_build/STEM.src.pdf — the
"source rendering" that check.py reads as the document's own text — then rasterised with pypdfium2 and saved the way
a multifunction office scanner saves it (Pillow / numpy, seeded): o1 a bilevel 300 dpi TIFF with CCITT G4, o2 a
two-frame TIFF (JPEG-in-TIFF colour, one fund per frame), o3 a 200 dpi colour JPEG on yellowish paper with the back
page showing through, o4 a 240 dpi greyscale PNG, o5 an image-only PDF whose page image is 1-bit (Pillow mode '1',
CCITT, no JBIG2), o6 a greyscale scan with the shadows of two punched holes and a staple in the margin.
Nothing is imported from jixiao."""
import hashlib, json, math, os, sys, time

import numpy as np
from PIL import Image, ImageDraw, ImageFilter
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from golds import G
from kit import clean

OUT = os.path.join(HERE, "drafts")
EXPECTED = os.path.join(HERE, "expected")
TMP = "/tmp/heldout19a_build"
F = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(F))


def money(v):
    return f"{v:.2f}"


def st(size, center=False, lead=1.25, align=None):
    return ParagraphStyle("s%s%s%s%s" % (size, center, lead, align), fontName=F, fontSize=size, leading=size * lead,
                          alignment=align if align is not None else (TA_CENTER if center else 0), wordWrap="CJK")


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


def level_spans(inds, col1, row0):
    out = []
    for c, key in ((col1, lambda x: x["level1"]), (col1 + 1, lambda x: (x["level1"], x["level2"]))):
        for s, e in runs([key(x) for x in inds]):
            if e > s:
                out.append(((c, row0 + s), (c, row0 + e)))
    return out


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


def numbered(items, sep="."):
    return "<br/>".join(f"{i}{sep}{x}" for i, x in enumerate(items, 1))


# ================================================================ the forms
def form_o1(g):
    """central 项目支出绩效目标申报表 (附件): 主管部门及代码 [158]…, 项目资金 rowspan 4 with 上年结转资金."""
    fs = 9.5
    P, PC = st(fs), st(fs, True)
    p = g["projects"][0]; f = p["_f"]
    rows = [["项目名称", Paragraph(p["name"], P), "", "", ""],
            [Paragraph("主管部门及代码", PC), Paragraph(f'[{p["department_code"]}]{p["department"]}', P), "", "实施单位",
             Paragraph(p["implementing_unit"], P)],
            ["项目属性", f["attr"], "", "项目期", f["term"]],
            [Paragraph("项目资金<br/>（万元）", PC), "年度资金总额", f["amt"][0], "", ""],
            ["", "其中：财政拨款", f["amt"][1], "", ""],
            ["", "上年结转资金", f["amt"][2], "", ""],
            ["", "其他资金", f["amt"][3], "", ""],
            [Paragraph("年度绩效<br/>目标", PC), Paragraph(numbered(p["goals"]), P), "", "", ""],
            ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"]]
    a = len(rows)
    for x in p["indicators"]:
        rows.append(["", Paragraph(x["level1"], PC), Paragraph(x["level2"], PC), Paragraph(x["level3"], P),
                     Paragraph(x["value_raw"], P)])
    spans = [((1, 0), (4, 0)), ((1, 1), (2, 1)), ((1, 2), (2, 2)), ((0, 3), (0, 6))]
    spans += [((2, r), (4, r)) for r in range(3, 7)] + [((1, 7), (4, 7)), ((0, a - 1), (0, len(rows) - 1))]
    spans += level_spans(p["indicators"], 1, a)
    W = A4[0] - 2 * 1.8 * cm
    cw = [0.14, 0.17, 0.17, 0.3, 0.22]
    t = grid(rows, [c * W for c in cw], spans, fs, pad=3.6,
             extra=[("ALIGN", (1, a - 1), (4, a - 1), "CENTER"), ("ALIGN", (0, 0), (0, -1), "CENTER")])
    return [Paragraph("附件", st(11)), Spacer(1, 6), Paragraph(p["title"], st(17, True, 1.2)), Spacer(1, 2),
            Paragraph("（2025年度）", st(11, True)), Spacer(1, 8), Paragraph("单位：万元", st(9.5, align=2)),
            Spacer(1, 3), t]


def form_o2(g, p):
    """转移支付 / 专项资金绩效目标表, 长期 and 年度 side by side, one fund per page."""
    fs = 9
    P, PC = st(fs), st(fs, True)
    f = p["_f"]; e = p["extra"]
    n = len(p["indicators"]) // 2
    mid, year = p["indicators"][:n], p["indicators"][n:]
    rows = [["专项名称", Paragraph(p["name"], P), "", "", "", ""],
            ["主管部门", Paragraph(p["department"], P), "", "实施单位", Paragraph(p["implementing_unit"], P), ""],
            ["实施期", e["实施期"], "", "实施期资金总额", e["实施期资金总额"], ""],
            [Paragraph("年度资金<br/>（万元）", PC), "年度资金总额", f["amt"][0], "其中：财政拨款", f["amt"][1], ""],
            ["", "其他资金", f["amt"][2], "", "", ""],
            ["总体目标", "长期目标", "", "年度目标", "", ""],
            ["", Paragraph(numbered(p["goals_mid_term"], "、"), P), "", Paragraph(numbered(p["goals"], "、"), P), "", ""],
            ["绩效指标", "一级指标", "二级指标", "指标内容", "长期目标值", "年度目标值"]]
    a = len(rows)
    for m, y in zip(mid, year):
        rows.append(["", Paragraph(m["level1"], PC), Paragraph(m["level2"], PC), Paragraph(m["level3"], P),
                     Paragraph(m["value_raw"], P), Paragraph(y["value_raw"], P)])
    spans = [((1, 0), (5, 0)), ((1, 1), (2, 1)), ((4, 1), (5, 1)), ((1, 2), (2, 2)), ((4, 2), (5, 2)),
             ((0, 3), (0, 4)), ((4, 3), (5, 3)), ((3, 4), (5, 4)), ((0, 5), (0, 6)), ((1, 5), (2, 5)),
             ((3, 5), (5, 5)), ((1, 6), (2, 6)), ((3, 6), (5, 6)), ((0, a - 1), (0, len(rows) - 1))]
    spans += level_spans(mid, 1, a)
    W = A4[0] - 2 * 1.6 * cm
    cw = [0.12, 0.15, 0.15, 0.24, 0.17, 0.17]
    t = grid(rows, [c * W for c in cw], spans, fs, pad=3.4,
             extra=[("ALIGN", (1, 5), (5, 5), "CENTER"), ("ALIGN", (1, a - 1), (5, a - 1), "CENTER"),
                    ("ALIGN", (0, 0), (0, -1), "CENTER")])
    return [Paragraph(p["title"], st(16, True, 1.2)), Spacer(1, 10),
            Paragraph(f"填报单位：{p['department_code']} {p['department']}", st(9.5)), Spacer(1, 3), t, Spacer(1, 8),
            Paragraph("填报人：龙文斌　　　联系电话：0857-8223406　　　填报日期：2025年2月26日", st(9))]


def form_o3(g):
    """Guangdong 项目绩效目标表: 上年度实际水平 / 本年度计划完成水平 / 指标解释."""
    fs = 9
    P, PC = st(fs), st(fs, True)
    p = g["projects"][0]
    rows = [["项目名称", Paragraph(p["name"], P), "", "", "", "", ""],
            ["主管部门", Paragraph(p["department"], P), "", "项目实施单位", Paragraph(p["implementing_unit"], P), "", ""],
            [Paragraph("项目资金<br/>（万元）", PC), "总额", money(p["budget_total"]), "", "", "", ""],
            ["", "其中：财政拨款", money(p["budget_fiscal"]), "", "", "", ""],
            ["", "其他资金", money(p["budget_other"]), "", "", "", ""],
            [Paragraph("年度绩效<br/>目标", PC), Paragraph(numbered(p["goals"]), P), "", "", "", "", ""],
            [Paragraph("绩效指标", PC), "一级指标", "二级指标", "三级指标", Paragraph("上年度实际水平", PC),
             Paragraph("本年度计划完成水平", PC), "指标解释"]]
    for x in p["indicators"]:
        rows.append(["", Paragraph(x["level1"], PC), Paragraph(x["level2"], PC), Paragraph(x["level3"], P),
                     Paragraph(x["baseline_raw"] or "", PC), Paragraph(x["value_raw"], PC), Paragraph(x["description"], P)])
    spans = [((1, 0), (6, 0)), ((1, 1), (2, 1)), ((4, 1), (6, 1)), ((0, 2), (0, 4)), ((2, 2), (6, 2)),
             ((2, 3), (6, 3)), ((2, 4), (6, 4)), ((1, 5), (6, 5)), ((0, 6), (0, 6 + len(p["indicators"])))]
    spans += level_spans(p["indicators"], 1, 7)
    W = A4[0] - 2 * 1.5 * cm
    cw = [0.09, 0.14, 0.12, 0.18, 0.12, 0.13, 0.22]
    t = grid(rows, [c * W for c in cw], spans, fs, pad=3, extra=[("ALIGN", (1, 6), (6, 6), "CENTER")])
    return [Paragraph(g["document"]["title"], st(16, True, 1.2)), Spacer(1, 8),
            Paragraph(f"填报单位（盖章）：{p['department']}　　　　单位：万元", st(9.5)), Spacer(1, 3), t,
            Spacer(1, 8), Paragraph("填表人：黄锐鸿　　　联系电话：0663-8652917　　　填报日期：2025年1月15日", st(9))]


BACK_TEXT = ["填报说明", "一、本表由项目实施单位填报，主管部门审核后报区财政局。",
             "二、上年度实际水平填写该指标上一年度的实际完成情况；新增指标无上年度数据的填“—”，不适用的填“/”。",
             "三、本年度计划完成水平应与年度绩效目标相对应，尽量量化、细化，可衡量、可考核。",
             "四、指标解释简要说明指标含义和计算口径。",
             "五、项目资金应与部门预算批复数一致，单位为万元，保留两位小数。"]


def back_o3():
    """the back of the sheet (填报说明), which shows through the paper."""
    s = [Paragraph(BACK_TEXT[0], st(16, True, 1.2)), Spacer(1, 14)]
    for t in BACK_TEXT[1:]:
        s += [Paragraph(t, st(12, lead=1.6)), Spacer(1, 8)]
    return s


def form_o4(g):
    """部门整体支出绩效目标表 (scope department)."""
    fs = 9
    P, PC = st(fs), st(fs, True)
    p = g["projects"][0]
    rows = [["部门名称", Paragraph(p["department"], P), "", "", "", ""],
            [Paragraph("年度预算<br/>安排", PC), "资金总额", money(p["budget_total"]), "", "", ""],
            ["", "其中：财政拨款", money(p["budget_fiscal"]), "", "", ""],
            ["", "其他资金", money(p["budget_other"]), "", "", ""],
            [Paragraph("年度总体<br/>目标", PC), Paragraph("<br/>".join(f"目标{i}：{x}" for i, x in enumerate(p["goals"], 1)), P), "", "", "", ""]]
    a = len(rows)
    rows.append([Paragraph("年度绩效<br/>指标", PC), "一级指标", "二级指标", "三级指标", "指标解释", "目标值"])
    for x in p["indicators"]:
        rows.append(["", Paragraph(x["level1"], PC), Paragraph(x["level2"], PC), Paragraph(x["level3"], P),
                     Paragraph(x["description"], P), Paragraph(x["value_raw"], P)])
    spans = [((1, 0), (5, 0)), ((0, 1), (0, 3)), ((2, 1), (5, 1)), ((2, 2), (5, 2)), ((2, 3), (5, 3)),
             ((1, 4), (5, 4)), ((0, a), (0, a + len(p["indicators"])))]
    spans += level_spans(p["indicators"], 1, a + 1)
    W = A4[0] - 2 * 1.5 * cm
    cw = [0.1, 0.12, 0.14, 0.22, 0.29, 0.13]
    t = grid(rows, [c * W for c in cw], spans, fs, pad=3.0, extra=[("ALIGN", (1, a), (5, a), "CENTER")])
    return [Paragraph(p["title"], st(16, True, 1.2)), Spacer(1, 2), Paragraph("（2025年度）", st(10, True)),
            Spacer(1, 6),
            Paragraph(f"填报单位（盖章）：{p['department']}　　部门编码：{p['department_code']}　　单位：万元", st(9.5)),
            Spacer(1, 3), t]


def form_o5(g):
    """Sichuan 一体化 one-table export, landscape, every project in ONE table with merged 单位/项目 cells."""
    fs = 7.8
    P, PC = st(fs), st(fs, True)
    head = ["单位名称", "项目名称", "预算数", "年度目标", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
            "度量单位", "权重", "指标方向性"]
    rows, spans, r = [[Paragraph(h, PC) for h in head]], [], 1
    d = g["projects"][0]
    total = sum(len(p["indicators"]) for p in g["projects"])
    spans.append(((0, 1), (0, total)))
    for p in g["projects"]:
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
        spans += level_spans(p["indicators"], 4, a)
    W = landscape(A4)[0] - 2 * 1.2 * cm
    cw = [0.085, 0.085, 0.05, 0.2, 0.06, 0.075, 0.15, 0.05, 0.085, 0.06, 0.035, 0.065]
    t = grid(rows, [c * W for c in cw], spans, fs, pad=2.4,
             extra=[("ALIGN", (7, 1), (11, -1), "CENTER"), ("ALIGN", (2, 1), (2, -1), "CENTER")])
    return [Paragraph(g["document"]["title"], st(15, True, 1.2)), Spacer(1, 4),
            Table([["单位（部门）：" + d["department_code"] + "-" + d["department"], "单位：万元"]], colWidths=[W * 0.8, W * 0.2],
                  style=[("FONT", (0, 0), (-1, -1), F, 9), ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                         ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]),
            Spacer(1, 3), t]


def form_o6(g):
    """绩效目标批复表: 实施期 and 年度 side by side."""
    fs = 9
    P, PC = st(fs), st(fs, True)
    p = g["projects"][0]; e = p["extra"]
    n = len(p["indicators"]) // 2
    mid, year = p["indicators"][:n], p["indicators"][n:]
    rows = [["项目名称", Paragraph(p["name"], P), "", "", "", ""],
            ["主管部门及代码", Paragraph(f'[{p["department_code"]}]{p["department"]}', P), "", "实施单位", Paragraph(p["implementing_unit"], P), ""],
            ["项目编码", p["code"], "", "实施周期", e["实施周期"], ""],
            [Paragraph("项目资金<br/>（万元）", PC), "实施期资金总额", e["实施期资金总额"], "年度资金总额", money(p["budget_total"]), ""],
            ["", "其中：财政拨款", e["实施期财政拨款"], "其中：财政拨款", money(p["budget_fiscal"]), ""],
            ["", "其他资金", e["实施期其他资金"], "其他资金", money(p["budget_other"]), ""],
            ["总体目标", "实施期目标", "", "年度目标", "", ""],
            ["", Paragraph(numbered(p["goals_mid_term"]), P), "", Paragraph(numbered(p["goals"]), P), "", ""],
            ["绩效指标", "一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值"]]
    for a, b in zip(mid, year):
        rows.append(["", Paragraph(a["level1"], PC), Paragraph(a["level2"], PC), Paragraph(a["level3"], P),
                     Paragraph(a["value_raw"], P), Paragraph(b["value_raw"], P)])
    spans = [((1, 0), (5, 0)), ((1, 1), (2, 1)), ((4, 1), (5, 1)), ((1, 2), (2, 2)), ((4, 2), (5, 2)),
             ((0, 3), (0, 5)), ((4, 3), (5, 3)), ((4, 4), (5, 4)), ((4, 5), (5, 5)),
             ((0, 6), (0, 7)), ((1, 6), (2, 6)), ((3, 6), (5, 6)), ((1, 7), (2, 7)), ((3, 7), (5, 7)),
             ((0, 8), (0, 8 + n))]
    spans += level_spans(mid, 1, 9)
    W = A4[0] - 2.6 * cm - 1.6 * cm
    cw = [0.155, 0.15, 0.14, 0.2, 0.18, 0.175]
    t = grid(rows, [c * W for c in cw], spans, fs, pad=3.6,
             extra=[("ALIGN", (1, 6), (5, 6), "CENTER"), ("ALIGN", (1, 8), (5, 8), "CENTER")])
    return [Paragraph(p["title"], st(16, True, 1.2)), Spacer(1, 10),
            Paragraph("单位：万元", st(9.5, align=2)), Spacer(1, 3), t,
            Spacer(1, 10), Paragraph("批复意见：同意该项目绩效目标，请严格按批复的绩效目标组织实施，做好绩效运行监控。", st(9.5)),
            Spacer(1, 8), Paragraph("昭通市昭阳区财政局　　2025年3月21日", st(9.5, align=2))]


# ================================================================ scanner output
def scanned_grey(im, rnd, paper=246, ink=18, noise=2.0, blur=0.5):
    """a flat-bed scan in grey: paper not quite white, ink not quite black, sensor noise, optics blur."""
    a = np.asarray(im, np.float32)
    a = paper - (paper - ink) * (1 - a / 255) + rnd.normal(0, noise, a.shape)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(blur))


def bilevel(im, rnd, thresh=150):
    """the scanner's 'black and white' mode: fixed threshold, no greys, no dithering."""
    g = scanned_grey(im, rnd, paper=240, ink=20, noise=6, blur=0.6)
    return g.point(lambda v: 255 if v > thresh else 0).convert("1", dither=Image.Dither.NONE)


def d_o1(stem, g, out):
    src = build_pdf(os.path.join(TMP, stem + ".src.pdf"), [form_o1(g)], A4, margins=(1.8 * cm, 1.4 * cm))
    assert npages(src) == 1, npages(src)
    rnd = np.random.default_rng(191)
    im = bilevel(render(src, 300, "L")[0], rnd)
    im.save(out, "TIFF", compression="group4", dpi=(300, 300))
    return "image", 1, src


def d_o2(stem, g, out):
    src = build_pdf(os.path.join(TMP, stem + ".src.pdf"), [form_o2(g, p) for p in g["projects"]], A4)
    assert npages(src) == len(g["projects"]) == 2, npages(src)
    rnd = np.random.default_rng(192)
    pages = []
    for im in render(src, 200, "RGB"):
        a = np.asarray(im, np.float32)
        a = np.array([247, 247, 244], np.float32) - (np.array([247, 247, 244]) - 22) * (1 - a / 255)
        a += rnd.normal(0, 2.2, a.shape[:2])[..., None]
        pages.append(Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.45)))
    pages[0].save(out, "TIFF", save_all=True, append_images=pages[1:], compression="jpeg", quality=80, dpi=(200, 200))
    return "image", 2, src


def d_o3(stem, g, out):
    src = build_pdf(os.path.join(TMP, stem + ".src.pdf"), [form_o3(g)], A4)
    back = build_pdf(os.path.join(TMP, stem + ".back.pdf"), [back_o3()], A4, margins=(2.4 * cm, 2.6 * cm))
    assert npages(src) == 1 and npages(back) == 1
    rnd = np.random.default_rng(193)
    front = np.asarray(render(src, 200, "L")[0], np.float32) / 255
    b = np.asarray(render(back, 200, "L")[0].transpose(Image.FLIP_LEFT_RIGHT), np.float32) / 255   # seen through the sheet
    b = np.asarray(Image.fromarray((b * 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(2.2)), np.float32) / 255
    paper = np.array([244, 236, 208], np.float32)                           # aged, slightly yellow office paper
    a = paper * (1 - 0.13 * (1 - b))[..., None]                              # light show-through of the back page
    a = a * front[..., None] + np.array([30, 28, 26], np.float32) * (1 - front[..., None])
    a += rnd.normal(0, 2.0, a.shape[:2])[..., None]
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.4))
    im.save(out, "JPEG", quality=88, dpi=(200, 200))
    return "image", 1, src


def d_o4(stem, g, out):
    src = build_pdf(os.path.join(TMP, stem + ".src.pdf"), [form_o4(g)], A4, margins=(1.5 * cm, 1.2 * cm))
    assert npages(src) == 1, npages(src)
    rnd = np.random.default_rng(194)
    im = scanned_grey(render(src, 240, "L")[0], rnd, paper=243, ink=24, noise=1.8, blur=0.5)
    im.save(out, "PNG", dpi=(240, 240), optimize=True)
    return "image", 1, src


SCANNED = time.gmtime(1742807525)    # the scanner's clock, fixed so the bytes repeat


def d_o5(stem, g, out):
    src = build_pdf(os.path.join(TMP, stem + ".src.pdf"), [form_o5(g)], landscape(A4), margins=(1.2 * cm, 1.2 * cm))
    assert npages(src) == 1, npages(src)
    rnd = np.random.default_rng(195)
    im = bilevel(render(src, 300, "L")[0], rnd, thresh=155)
    assert im.mode == "1"
    im.save(out, "PDF", resolution=300.0, creationDate=SCANNED, modDate=SCANNED)
    return "pdf", 1, src


HOLES = {}


def d_o6(stem, g, out):
    src = build_pdf(os.path.join(TMP, stem + ".src.pdf"), [form_o6(g)], A4, margins=(2.6 * cm, 1.4 * cm))
    assert npages(src) == 1, npages(src)
    rnd = np.random.default_rng(196)
    dpi = 200
    mm = dpi / 25.4
    im = render(src, dpi, "L")[0]
    a = np.asarray(scanned_grey(im, rnd, paper=244, ink=20, noise=2.2, blur=0.45), np.float32).copy()
    h, w = a.shape
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    # two punched holes (ISO 838: Ø 6 mm, 80 mm apart, centres 12 mm from the edge): the scanner lid's dark
    # shadow shows through each hole, with a soft rim where the paper edge casts a shadow
    holes = [(12 * mm, h / 2 - 40 * mm), (12 * mm, h / 2 + 40 * mm)]
    for cx, cy in holes:
        r = np.hypot(xx - cx, yy - cy)
        inside = np.clip((3 * mm - r) / 1.5 + 0.5, 0, 1)
        rim = np.exp(-((r - 3 * mm) / (0.9 * mm)) ** 2) * 0.35
        a = a * (1 - inside) + (52 + rnd.normal(0, 4, a.shape)) * inside
        a = a * (1 - rim * (1 - inside))
    HOLES[stem] = holes
    # a staple in the top-left corner, at 45°: the crown (shiny wire, dark with a light glint) and its shadow
    x0, y0, L = 14 * mm, 26 * mm, 12.5 * mm
    d = np.array([math.cos(math.radians(-45)), math.sin(math.radians(-45))])
    rel = np.stack([xx - x0, yy - y0], -1)
    t = rel @ d
    perp = np.abs(rel @ np.array([-d[1], d[0]]))
    on = (t > 0) & (t < L)
    shadow = on & (np.abs(rel @ np.array([-d[1], d[0]]) - 0.5 * mm) < 0.45 * mm)
    a[shadow] *= 0.72
    wire = on & (perp < 0.35 * mm)
    a[wire] = 38 + 60 * np.exp(-(perp[wire] / (0.12 * mm)) ** 2)
    for tt in (0.0, L):                                                      # the legs' bends at both ends
        legs = (np.hypot(xx - (x0 + d[0] * tt), yy - (y0 + d[1] * tt)) < 0.5 * mm)
        a[legs] = 40
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).rotate(-0.12, resample=Image.BICUBIC, fillcolor=244)
    im.save(out, "PDF", resolution=float(dpi), quality=85, creationDate=SCANNED, modDate=SCANNED)
    return "pdf", 1, src


DRAW = {"o1": (d_o1, ".tif"), "o2": (d_o2, ".tif"), "o3": (d_o3, ".jpg"), "o4": (d_o4, ".png"),
        "o5": (d_o5, ".pdf"), "o6": (d_o6, ".pdf")}


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
