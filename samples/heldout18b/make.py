#!/usr/bin/env python3
"""Render every draft of heldout18b FROM the facts in golds.py and write expected/NAME.gold.json.
Every draft is a NATIVE (text-layer) PDF of one template family, printed the way a real producer prints it:
n1 reportlab canvas imitating a FineReport (帆软) report export of a Sichuan 一体化 table (every cell a filled and
stroked rectangle, text centred, a merged cell one tall rectangle, split at the page break and its text REPEATED in
the page-2 fragment, the header row repeated); n2 / n3 a .docx written with python-docx and printed by LibreOffice
Writer (n2 a repeated indicator header row, n3 a landscape section after a portrait one); n4 reportlab canvas
imitating Chromium's "print" of a portal page (date / page title header, URL / `1/2` footer, the table split between
rows); n5 / n6 an .xlsx written with openpyxl and printed by LibreOffice Calc (n5 print titles and a merged cell over
the page break, n6 one sheet per fund, landscape). Intermediate files under /tmp/heldout18b_build (LibreOffice runs
with its own profile there, one conversion at a time). Nothing is imported from jixiao."""
import hashlib, json, os, shutil, subprocess, sys

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from golds import G, D1, C1, T1, N1_P, D2, C2, T2, N2, D3, C3, T3, N3, D4, C4, T4, N4_P, D5, T5, N5, D6, C6, T6, N6_P, cells
from kit import clean

OUT = os.path.join(HERE, "drafts")
EXPECTED = os.path.join(HERE, "expected")
TMP = "/tmp/heldout18b_build"
F = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(F))


def money(v):
    return f"{v:.2f}"


def wrap(text, width, fs, font=F):
    lines, cur = [], ""
    for ch in text:
        if ch == "\n":
            lines.append(cur); cur = ""; continue
        if pdfmetrics.stringWidth(cur + ch, font, fs) > width and cur:
            lines.append(cur); cur = ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines or [""]


class Grid:
    """a ruled table laid out by hand: rows of heights, cells (row, col, rowspan, colspan, text, opts)."""

    def __init__(self, xs):
        self.xs = xs; self.h = []; self.cells = []

    def row(self, h):
        self.h.append(h); return len(self.h) - 1

    def cell(self, r, c, text, rs=1, cs=1, **o):
        self.cells.append((r, c, rs, cs, text, o))


def draw_grid(cv, g, pages, fs, mode, fill_header=None, newpage=None):
    """pages: list of (list of row indexes, top y). A spanning cell is cut at a page break; mode 'repeat' prints its
    text in every fragment (FineReport), 'middle' only in the fragment holding the span's middle (a browser)."""
    where = {}
    for pi, (rows, top) in enumerate(pages):
        y = top
        for r in rows:
            where.setdefault(r, []).append((pi, y, y - g.h[r])); y -= g.h[r]
    for pi, (rows, top) in enumerate(pages):
        if pi and newpage:
            newpage(pi)
        for (r0, c0, rs, cs, text, o) in g.cells:
            span = [r for r in range(r0, r0 + rs)]
            frag = [where[r][[p for p, _, _ in where[r]].index(pi)] for r in span if pi in [p for p, _, _ in where[r]]]
            if not frag:
                continue
            ytop, ybot = frag[0][1], frag[-1][2]
            x0, x1 = g.xs[c0], g.xs[c0 + cs]
            cv.setLineWidth(0.5)
            shade = o.get("fill") or (fill_header if o.get("head") else None)
            if mode == "repeat":
                cv.setFillColorRGB(*(shade or (1, 1, 1)))
                cv.rect(x0, ybot, x1 - x0, ytop - ybot, stroke=1, fill=1)
            else:
                if shade:
                    cv.setFillColorRGB(*shade); cv.rect(x0, ybot, x1 - x0, ytop - ybot, stroke=0, fill=1)
                cv.rect(x0, ybot, x1 - x0, ytop - ybot, stroke=1, fill=0)
            cv.setFillColorRGB(0, 0, 0)
            if mode == "middle":
                full = [where[r][0] for r in span]
                mid = (full[0][1] + full[-1][2]) / 2
                if full[0][0] != full[-1][0]:       # split: the middle of the whole span, measured in row heights
                    tot = sum(g.h[r] for r in span) / 2
                    acc = 0
                    for r in span:
                        if acc + g.h[r] >= tot:
                            p, yt, yb = where[r][0]; mid = yt - (tot - acc); break
                        acc += g.h[r]
                    if p != pi:
                        continue
                if not (ybot - 1 <= mid <= ytop + 1):
                    continue
                cy = mid
            else:
                cy = (ytop + ybot) / 2
            f = o.get("fs", fs)
            lines = wrap(text, x1 - x0 - 6, f)
            lead = f * 1.25
            y = cy + (len(lines) - 1) * lead / 2 - f * 0.35
            for ln in lines:
                if o.get("left"):
                    cv.setFont(F, f); cv.drawString(x0 + 3, y, ln)
                else:
                    cv.setFont(F, f); cv.drawCentredString((x0 + x1) / 2, y, ln)
                y -= lead


# ------------------------------------------------------------------ n1 FineReport export, Sichuan one table
def n1(path):
    W, H = landscape(A4)
    widths = [58, 72, 44, 132, 52, 66, 118, 40, 62, 46, 32, 56]
    xs = [32]
    for w in widths:
        xs.append(xs[-1] + w)
    g = Grid(xs)
    hr = g.row(30)
    for c, lab in enumerate(["单位名称", "项目名称", "预算数", "年度目标", "一级指标", "二级指标", "三级指标", "指标性质",
                             "指标值", "度量单位", "权重", "指标方向性"]):
        g.cell(hr, c, lab, head=True)
    first = None
    for f in N1_P:
        rows = cells(f["rows"], 8)
        rr = [g.row(38) for _ in rows]
        first = rr[0] if first is None else first
        g.cell(rr[0], 1, f["name"], rs=len(rr)); g.cell(rr[0], 2, f["budget"], rs=len(rr))
        g.cell(rr[0], 3, f["goal"], rs=len(rr), left=True)
        for col in (0, 1):                       # 一级 / 二级 merged within the project
            k = 0
            while k < len(rows):
                j = k
                while j + 1 < len(rows) and rows[j + 1][col] == rows[k][col]:
                    j += 1
                g.cell(rr[k], 4 + col, rows[k][col], rs=j - k + 1); k = j + 1
        for k, row in enumerate(rows):
            for c, v in enumerate(row[2:]):
                g.cell(rr[k], 6 + c, v)
    g.cell(first, 0, f"{C1}-{D1}", rs=len(g.h) - 1)
    body = list(range(1, len(g.h)))
    p1, p2 = body[:11], body[11:]
    cv = canvas.Canvas(path, pagesize=(W, H))
    cv.setProducer("iText® 5.5.13.1 ©2000-2019 iText Group NV (AGPL-version)"); cv.setCreator("FineReport")
    cv.setTitle("部门预算项目绩效目标表")

    def furniture(pi):
        cv.setFont(F, 8); cv.drawCentredString(W / 2, 22, f"第{pi + 1}页 共2页")
    cv.setFont(F, 15); cv.drawCentredString(W / 2, H - 40, T1)
    cv.setFont(F, 9); cv.drawString(32, H - 64, f"单位（部门）：{C1}-{D1}"); cv.drawRightString(xs[-1], H - 64, "单位：万元")
    furniture(0)

    def newpage(pi):
        cv.showPage(); furniture(pi)
    draw_grid(cv, g, [([0] + p1, H - 72), ([0] + p2, H - 36)], 7.5, "repeat", fill_header=(0.87, 0.9, 0.95),
              newpage=newpage)
    cv.showPage(); cv.save()


# ------------------------------------------------------------------ n4 Chromium print of a portal page, central annex
URL4 = "https://www.cnipa.gov.cn/art/2025/3/21/art_3087_198364.html"
def n4(path):
    W, H = A4
    L, R = 48, W - 48
    xs = [L, L + 62, L + 140, L + 228, L + 374, R]
    g = Grid(xs)
    for f in N4_P:
        r = g.row(34); g.cell(r, 0, "项目支出绩效目标申报表\n（2025年度）", cs=5, fs=12, fill=(1, 1, 1))
        r = g.row(16); g.cell(r, 0, "单位：万元", cs=5, fs=8)
        r = g.row(22); g.cell(r, 0, "项目名称", head=True); g.cell(r, 1, f["name"], cs=4, left=True)
        r = g.row(22); g.cell(r, 0, "主管部门及代码", head=True); g.cell(r, 1, f"[{C4}]{D4}", cs=2, left=True)
        g.cell(r, 3, "实施单位", head=True); g.cell(r, 4, f["iu"], left=True)
        labs = ["年度资金总额", "其中：财政拨款", "上年结转资金", "其他资金"]
        rr = [g.row(18) for _ in labs]
        g.cell(rr[0], 0, "项目资金（万元）", rs=4, head=True)
        for k, (lab, v) in enumerate(zip(labs, f["amt"])):
            g.cell(rr[k], 1, lab, cs=2); g.cell(rr[k], 3, v, cs=2)
        goal = "\n".join(f"{k}.{x}" for k, x in enumerate(f["goals"], 1))
        r = g.row(40); g.cell(r, 0, "年度总体目标", head=True); g.cell(r, 1, goal, cs=4, left=True)
        rows = cells(f["rows"], 4)
        hr = g.row(20)
        rr = [g.row(20 if len(wrap(r[2], xs[4] - xs[3] - 6, 9)) == 1 else 28) for r in rows]
        g.cell(hr, 0, "绩效指标", rs=len(rows) + 1, head=True)
        for c, lab in enumerate(["一级指标", "二级指标", "三级指标", "指标值"]):
            g.cell(hr, 1 + c, lab, head=True)
        for col in (0, 1):
            k = 0
            while k < len(rows):
                j = k
                while j + 1 < len(rows) and rows[j + 1][col] == rows[k][col]:
                    j += 1
                g.cell(rr[k], 1 + col, L1S_[rows[k][0]] if col == 0 else L2S_[rows[k][1]], rs=j - k + 1); k = j + 1
        for k, row in enumerate(rows):
            g.cell(rr[k], 3, row[2], left=True); g.cell(rr[k], 4, row[3][2:] if row[3].startswith("Q:") else row[3])
        g.row(26)                                # the gap between the two forms
    g.h.pop()
    cv = canvas.Canvas(path, pagesize=(W, H))
    cv.setProducer("Skia/PDF m122"); cv.setCreator("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
                                                  "(KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36")
    cv.setTitle("国家知识产权局2025年部门预算")

    def furniture(pi):
        cv.setFont("Helvetica", 8); cv.drawString(24, H - 18, "2025/3/24 09:47")
        cv.setFont(F, 8); cv.drawCentredString(W / 2, H - 18, "国家知识产权局2025年部门预算")
        cv.setFont("Helvetica", 8); cv.drawString(24, 14, URL4); cv.drawRightString(W - 24, 14, f"{pi + 1}/2")
    furniture(0)
    cv.setFont(F, 9); cv.drawString(L, H - 48, "首页 > 政务公开 > 财政资金 > 部门预决算")
    cv.setFont(F, 16); cv.drawCentredString(W / 2, H - 80, "国家知识产权局2025年部门预算")
    cv.setFont(F, 8.5); cv.drawCentredString(W / 2, H - 100, "发布时间：2025-03-21    来源：财务司    【字体：大 中 小】")
    cv.line(L, H - 108, R, H - 108)
    cv.setFont(F, 10.5); cv.drawString(L, H - 130, "附件：项目支出绩效目标申报表")
    # rows flow onto page 2 whole (a browser does not cut a table row)
    top1, top2, bottom = H - 140, H - 40, 36
    y, p1, p2, cur = top1, [], [], None
    for r in range(len(g.h)):
        if cur is None and y - g.h[r] < bottom:
            cur = p2; y = top2
        (cur if cur is not None else p1).append(r); y -= g.h[r]

    def newpage(pi):
        cv.showPage(); furniture(pi)
    draw_grid(cv, g, [(p1, top1), (p2, top2)], 9, "middle", fill_header=(0.95, 0.95, 0.95), newpage=newpage)
    cv.showPage(); cv.save()


L1S_ = {"产出": "产出指标", "效益": "效益指标", "满意": "满意度指标", "成本": "成本指标"}
L2S_ = {"数量": "数量指标", "质量": "质量指标", "时效": "时效指标", "经济成本": "经济成本指标", "经济": "经济效益指标",
        "社会": "社会效益指标", "生态": "生态效益指标", "可持续": "可持续影响指标", "服务对象": "服务对象满意度指标"}


# ------------------------------------------------------------------ LibreOffice
def soffice(src, outdir):
    prof = "file://" + os.path.join(TMP, "lo_profile")
    subprocess.run(["/usr/bin/soffice", f"-env:UserInstallation={prof}", "--headless", "--convert-to", "pdf",
                    "--outdir", outdir, src], check=True, capture_output=True, timeout=180)
    return os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + ".pdf")


def docx_font(doc, size):
    from docx.shared import Pt
    from docx.oxml.ns import qn
    st = doc.styles["Normal"]; st.font.name = "Noto Serif CJK SC"; st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
    st.paragraph_format.space_after = Pt(0); st.paragraph_format.space_before = Pt(0)


def para(doc_or_cell, text, size=None, bold=False, center=False):
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    p = doc_or_cell.add_paragraph()
    r = p.add_run(text); r.bold = bold
    if size: r.font.size = Pt(size)
    if center: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def put(cell, text, center=False):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.enum.table import WD_ALIGN_VERTICAL
    lines = text.split("\n")
    cell.text = lines[0]
    for ln in lines[1:]:
        cell.add_paragraph(ln)
    for p in cell.paragraphs:
        if center: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER


def repeat_header(row):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    trPr = row._tr.get_or_add_trPr(); e = OxmlElement("w:tblHeader"); e.set(qn("w:val"), "true"); trPr.append(e)


def merge_runs(table, col, r0, labels):
    k = 0
    while k < len(labels):
        j = k
        while j + 1 < len(labels) and labels[j + 1] == labels[k]:
            j += 1
        c = table.cell(r0 + k, col)
        if j > k:
            c = c.merge(table.cell(r0 + j, col))
        put(c, labels[k], center=True); k = j + 1


def n2(path):
    import docx
    from docx.shared import Pt, Cm
    d = docx.Document(); docx_font(d, 11)
    s = d.sections[0]; s.page_height, s.page_width = Cm(29.7), Cm(21.0)
    s.left_margin = s.right_margin = Cm(2.2); s.top_margin = s.bottom_margin = Cm(2.4)
    para(d, T2, 16, bold=True, center=True)
    para(d, "单位：万元", 10).alignment = 2
    t = d.add_table(rows=11, cols=6); t.style = "Table Grid"
    put(t.cell(0, 0), "项目名称", True); put(t.cell(0, 1).merge(t.cell(0, 3)), N2["name"]); put(t.cell(0, 4), "项目编码", True); put(t.cell(0, 5), N2["code"])
    put(t.cell(1, 0), "主管部门及代码", True); put(t.cell(1, 1).merge(t.cell(1, 3)), f"[{C2}]{D2}"); put(t.cell(1, 4), "实施单位", True); put(t.cell(1, 5), N2["iu"])
    put(t.cell(2, 0), "项目属性", True); put(t.cell(2, 1).merge(t.cell(2, 3)), "延续项目"); put(t.cell(2, 4), "实施周期", True); put(t.cell(2, 5), N2["period"])
    put(t.cell(3, 0).merge(t.cell(5, 0)), "项目资金（万元）", True)
    labs = ["资金总额", "其中：财政拨款", "其他资金"]
    for k in range(3):
        put(t.cell(3 + k, 1), ["实施期资金总额", "其中：财政拨款", "其他资金"][k], True); put(t.cell(3 + k, 2), N2["mid_amt"][k], True)
        put(t.cell(3 + k, 3).merge(t.cell(3 + k, 4)), ["年度资金总额", "其中：财政拨款", "其他资金"][k], True); put(t.cell(3 + k, 5), money(N2["amt"][k]), True)
    put(t.cell(6, 0).merge(t.cell(7, 0)), "总体目标", True)
    put(t.cell(6, 1).merge(t.cell(6, 3)), "实施期目标", True); put(t.cell(6, 4).merge(t.cell(6, 5)), "年度目标", True)
    put(t.cell(7, 1).merge(t.cell(7, 3)), "\n".join(f"{k}.{x}" for k, x in enumerate(N2["goals_mid"], 1)))
    put(t.cell(7, 4).merge(t.cell(7, 5)), "\n".join(f"{k}.{x}" for k, x in enumerate(N2["goals"], 1)))
    put(t.cell(8, 0).merge(t.cell(8, 5)), "绩效指标", True)
    for c, w in enumerate([2.4, 3.3, 2.3, 2.5, 2.1, 4.0]):
        for cell in t.columns[c].cells:
            cell.width = Cm(w)
    for r in (9, 10):
        t._tbl.remove(t.rows[9]._tr)
    para(d, "")
    rows = cells(N2["rows"], 5)
    t2 = d.add_table(rows=len(rows) + 1, cols=5); t2.style = "Table Grid"
    for c, lab in enumerate(["一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值"]):
        put(t2.cell(0, c), lab, True)
    repeat_header(t2.rows[0])
    merge_runs(t2, 0, 1, [L1S_[r[0]] for r in rows]); merge_runs(t2, 1, 1, [L2S_[r[1]] for r in rows])
    for k, r in enumerate(rows, 1):
        put(t2.cell(k, 2), r[2]); put(t2.cell(k, 3), r[3].replace("Q:", ""), True); put(t2.cell(k, 4), r[4].replace("Q:", ""), True)
        t2.rows[k].height = Cm(1.25)
    para(d, "")
    para(d, "批复意见：经审核，同意该项目绩效目标。请严格按照批复的绩效目标组织实施，开展绩效运行监控。", 11)
    para(d, "萍乡市安源区财政局", 11).alignment = 2
    para(d, "2025年3月12日", 11).alignment = 2
    src = os.path.join(TMP, "n2.docx"); d.save(src)
    shutil.copy(soffice(src, TMP), path)


def n3(path):
    import docx
    from docx.shared import Cm
    from docx.enum.section import WD_ORIENT, WD_SECTION
    d = docx.Document(); docx_font(d, 10.5)
    s = d.sections[0]; s.page_height, s.page_width = Cm(29.7), Cm(21.0)
    s.left_margin = s.right_margin = Cm(2.0); s.top_margin = s.bottom_margin = Cm(2.2)
    para(d, T3, 18, bold=True, center=True)
    para(d, "（2024年度）", 11, center=True)
    para(d, f"主管部门（盖章）：{D3}        主管部门编码：{C3}        单位：万元", 10)
    f = N3
    t = d.add_table(rows=14, cols=4); t.style = "Table Grid"
    put(t.cell(0, 0), "项目名称", True); put(t.cell(0, 1).merge(t.cell(0, 3)), f["name"])
    put(t.cell(1, 0), "主管部门", True); put(t.cell(1, 1), D3); put(t.cell(1, 2), "项目单位", True); put(t.cell(1, 3), f["iu"])
    put(t.cell(2, 0), "项目负责人", True); put(t.cell(2, 1), f["head"]); put(t.cell(2, 2), "联系电话", True); put(t.cell(2, 3), f["tel"])
    put(t.cell(3, 0), "项目属性", True); put(t.cell(3, 1), "新增项目☑    延续项目□"); put(t.cell(3, 2), "项目起止时间", True); put(t.cell(3, 3), f["span"])
    put(t.cell(4, 0), "年度资金总额及构成", True)
    put(t.cell(4, 1).merge(t.cell(4, 3)), f"总额：{money(f['amt'][0])}万元\n其中：财政拨款：{money(f['amt'][1])}万元\n"
                                          f"      其他资金：{money(f['amt'][2])}万元")
    put(t.cell(5, 0), "项目概况", True); put(t.cell(5, 1).merge(t.cell(5, 3)), f["overview"])
    put(t.cell(6, 0), "立项依据", True); put(t.cell(6, 1).merge(t.cell(6, 3)), f["basis"])
    put(t.cell(7, 0), "立项必要性", True); put(t.cell(7, 1).merge(t.cell(7, 3)), f["need"])
    put(t.cell(8, 0).merge(t.cell(11, 0)), "项目实施进度计划", True)
    put(t.cell(8, 1), "项目实施内容", True); put(t.cell(8, 2), "开始时间", True); put(t.cell(8, 3), "完成时间", True)
    for k, (a, b, c) in enumerate(f["plan"]):
        put(t.cell(9 + k, 1), a); put(t.cell(9 + k, 2), b, True); put(t.cell(9 + k, 3), c, True)
    put(t.cell(12, 0), "长期目标", True); put(t.cell(12, 1).merge(t.cell(12, 3)), f["goals_mid"][0])
    put(t.cell(13, 0), "年度目标", True)
    put(t.cell(13, 1).merge(t.cell(13, 3)), "".join(f"{k}、{x}" for k, x in enumerate(f["goals"], 1)))
    for r in t.rows:
        r.height = Cm(1.05)
    ns = d.add_section(WD_SECTION.NEW_PAGE)
    ns.orientation = WD_ORIENT.LANDSCAPE; ns.page_width, ns.page_height = Cm(29.7), Cm(21.0)
    ns.left_margin = ns.right_margin = Cm(2.2); ns.top_margin = ns.bottom_margin = Cm(1.8)
    for lab, block in (("长期绩效指标", f["mid"]), ("年度绩效指标", f["year"])):
        rows = cells(block, 5)
        tt = d.add_table(rows=len(rows) + 1, cols=6); tt.style = "Table Grid"
        put(tt.cell(0, 0).merge(tt.cell(len(rows), 0)), lab, True)
        for c, h in enumerate(["一级指标", "二级指标", "指标内容", "指标值", "备注"]):
            put(tt.cell(0, 1 + c), h, True)
        merge_runs(tt, 1, 1, [L1S_[r[0]] for r in rows]); merge_runs(tt, 2, 1, [L2S_[r[1]] for r in rows])
        for k, r in enumerate(rows, 1):
            put(tt.cell(k, 3), r[2]); put(tt.cell(k, 4), r[3].replace("Q:", ""), True); put(tt.cell(k, 5), r[4], True)
        for c, w in enumerate([2.2, 3.0, 4.0, 9.0, 4.2, 3.0]):
            for cell in tt.columns[c].cells:
                cell.width = Cm(w)
        para(d, "")
    src = os.path.join(TMP, "n3.docx"); d.save(src)
    shutil.copy(soffice(src, TMP), path)


def xl_style(ws, rng_rows, ncol, wrap_cols=()):
    from openpyxl.styles import Alignment, Border, Side, Font
    thin = Side(style="thin")
    for r in rng_rows:
        for c in range(1, ncol + 1):
            x = ws.cell(r, c)
            x.border = Border(left=thin, right=thin, top=thin, bottom=thin)
            x.alignment = Alignment(horizontal="left" if c in wrap_cols else "center", vertical="center", wrap_text=True)
            x.font = Font(name="宋体", size=10)


def n5(path):
    import openpyxl
    from openpyxl.styles import Alignment, Font
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "绩效目标表"
    f = N5
    widths = [9, 11, 20, 11, 13, 22]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEF"[i]].width = w
    ws["A1"] = T5; ws.merge_cells("A1:F1"); ws["A1"].font = Font(name="宋体", size=16, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center"); ws.row_dimensions[1].height = 30
    ws["A2"] = f"填报单位（盖章）：{D5}"; ws.merge_cells("A2:D2"); ws["F2"] = "单位：万元"
    ws["F2"].alignment = Alignment(horizontal="right")
    top = [("项目名称", f["name"]), ("主管部门", D5), ("项目实施单位", f["iu"])]
    r = 3
    for a, b in top:
        ws.cell(r, 1, a); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        ws.cell(r, 3, b); ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=6); r += 1
    ws.cell(r, 1, "项目资金（万元）"); ws.merge_cells(start_row=r, start_column=1, end_row=r + 2, end_column=2)
    for k, lab in enumerate(["总额", "其中：财政拨款", "其他资金"]):
        ws.cell(r + k, 3, lab); ws.cell(r + k, 4, money(f["amt"][k]))
        ws.merge_cells(start_row=r + k, start_column=4, end_row=r + k, end_column=6)
    r += 3
    ws.cell(r, 1, "年度绩效目标"); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    ws.cell(r, 3, "\n".join(f"{k}.{x}" for k, x in enumerate(f["goals"], 1)))
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=6); ws.row_dimensions[r].height = 48
    r += 1
    hdr = r
    for c, lab in enumerate(["一级指标", "二级指标", "三级指标", "上年度实际水平", "本年度计划完成水平", "指标解释"], 1):
        ws.cell(r, c, lab)
    ws.row_dimensions[r].height = 30
    rows = cells(f["rows"], 6)
    r0 = r + 1
    for k, row in enumerate(rows):
        for c, v in enumerate([L1S_[row[0]], L2S_[row[1]], row[2], row[3], row[4].replace("Q:", ""), row[5]], 1):
            if v: ws.cell(r0 + k, c, v)
        ws.row_dimensions[r0 + k].height = 46
    for col in (1, 2):
        k = 0
        while k < len(rows):
            j = k
            while j + 1 < len(rows) and rows[j + 1][col - 1] == rows[k][col - 1]:
                j += 1
            if j > k:
                ws.merge_cells(start_row=r0 + k, start_column=col, end_row=r0 + j, end_column=col)
            k = j + 1
    last = r0 + len(rows) - 1
    xl_style(ws, range(3, last + 1), 6, wrap_cols=(3, 6))
    for rr in range(3, hdr):
        for c in (3, 4):
            ws.cell(rr, c).alignment = Alignment(horizontal="left", vertical="center", wrap_text=True)
    ws.cell(last + 1, 1, "填表人：黄嘉怡    联系电话：0753-2231786    填报日期：2024年2月26日")
    ws.print_title_rows = f"{hdr}:{hdr}"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4; ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 2; ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"
    src = os.path.join(TMP, "n5.xlsx"); wb.save(src)
    shutil.copy(soffice(src, TMP), path)


def n6(path):
    import openpyxl
    from openpyxl.styles import Alignment, Font
    wb = openpyxl.Workbook(); wb.remove(wb.active)
    for f in N6_P:
        ws = wb.create_sheet(f["name"])
        for i, w in enumerate([9, 12, 13, 26, 18, 18]):
            ws.column_dimensions["ABCDEF"[i]].width = w
        ws["A1"] = T6; ws.merge_cells("A1:F1"); ws["A1"].font = Font(name="宋体", size=15, bold=True)
        ws["A1"].alignment = Alignment(horizontal="center"); ws.row_dimensions[1].height = 28
        ws["A2"] = f"填报单位：{C6} {D6}"; ws.merge_cells("A2:D2"); ws["F2"] = "单位：万元"
        ws["F2"].alignment = Alignment(horizontal="right")
        ws["A3"] = "专项（项目）名称"; ws.merge_cells("A3:B3"); ws["C3"] = f["name"]; ws.merge_cells("C3:D3")
        ws["E3"] = "实施期"; ws["F3"] = f["period"]
        ws["A4"] = "资金情况"; ws.merge_cells("A4:B6")
        ws["C4"] = "实施期资金总额"; ws["D4"] = f["mid_amt"]; ws["E4"] = "年度资金总额"; ws["F4"] = money(f["amt"][0])
        ws["C5"] = "其中：财政拨款"; ws["D5"] = ""; ws["E5"] = "其中：财政拨款"; ws["F5"] = money(f["amt"][1])
        ws["C6"] = "其他资金"; ws["D6"] = ""; ws["E6"] = "其他资金"; ws["F6"] = money(f["amt"][2])
        ws["A7"] = "总体目标"; ws.merge_cells("A7:B8")
        ws["C7"] = "长期目标"; ws.merge_cells("C7:D7"); ws["E7"] = "年度目标"; ws.merge_cells("E7:F7")
        ws["C8"] = "\n".join(f"{k}.{x}" for k, x in enumerate(f["goals_mid"], 1)); ws.merge_cells("C8:D8")
        ws["E8"] = "\n".join(f"{k}.{x}" for k, x in enumerate(f["goals"], 1)); ws.merge_cells("E8:F8")
        ws.row_dimensions[8].height = 62
        ws["A9"] = "绩效指标"
        for c, lab in enumerate(["一级指标", "二级指标", "指标内容", "长期目标值", "年度目标值"], 2):
            ws.cell(9, c, lab)
        rows = cells(f["rows"], 5)
        ws.merge_cells(start_row=9, start_column=1, end_row=9 + len(rows), end_column=1)
        for k, row in enumerate(rows):
            for c, v in enumerate([L1S_[row[0]], L2S_[row[1]], row[2], row[3].replace("Q:", ""), row[4].replace("Q:", "")], 2):
                ws.cell(10 + k, c, v)
            ws.row_dimensions[10 + k].height = 22
        for col in (2, 3):
            k = 0
            while k < len(rows):
                j = k
                while j + 1 < len(rows) and rows[j + 1][col - 2] == rows[k][col - 2]:
                    j += 1
                if j > k:
                    ws.merge_cells(start_row=10 + k, start_column=col, end_row=10 + j, end_column=col)
                k = j + 1
        last = 9 + len(rows)
        xl_style(ws, range(3, last + 1), 6, wrap_cols=(4,))
        for cc in ("C8", "E8"):
            ws[cc].alignment = Alignment(horizontal="left", vertical="center", wrap_text=True)
        ws.page_setup.paperSize = ws.PAPERSIZE_A4; ws.page_setup.orientation = "landscape"
        ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 1; ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_options.horizontalCentered = True
        ws.oddHeader.right.text = "&A"
        ws.oddFooter.center.text = "第 &P 页"
    src = os.path.join(TMP, "n6.xlsx"); wb.save(src)
    shutil.copy(soffice(src, TMP), path)


MAKERS = {"n1": n1, "n2": n2, "n3": n3, "n4": n4, "n5": n5, "n6": n6}


def main():
    os.makedirs(TMP, exist_ok=True); os.makedirs(OUT, exist_ok=True); os.makedirs(EXPECTED, exist_ok=True)
    only = sys.argv[1:]
    for stem, g in G.items():
        if only and stem[:2] not in only:
            continue
        path = os.path.join(OUT, stem + ".pdf")
        MAKERS[stem[:2]](path)
        data = open(path, "rb").read()
        from pypdf import PdfReader
        n = len(PdfReader(path).pages)
        g = clean(g)
        g["source"] = {"path": stem + ".pdf", "sha256": hashlib.sha256(data).hexdigest(), "format": "pdf", "pages": n}
        json.dump(g, open(os.path.join(EXPECTED, stem + ".gold.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
        print(stem, n, "pages", len(data), "bytes")


if __name__ == "__main__":
    main()
