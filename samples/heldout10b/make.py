#!/usr/bin/env python3
"""Render the blind documents of heldout10b FROM the hand-typed golds in golds.py and write the golds (and x3's
refusal line). Theme: LONG AND MIXED DOCUMENTS. python-docx + LibreOffice headless (one conversion at a time,
profile /tmp/lo_heldout10b) for x1 (a 40+ page 部门预算绩效文本: cover, two-page 目录 with dot leaders, part 1,
15 tables, running header and `第 N 页` footer on every page); reportlab canvas (CID font STSong-Light, not
embedded) with heldout9b's small grid engine for x2/x3 (a budget book, x2 with a goal-table annex) and x5 (rotated
grey watermark text drawn over every page); python-docx alone for x4 (12 projects under Heading 2 titles);
openpyxl for x6 (10 sheets, one hidden). Intermediate files go to /tmp/heldout10b_build. Nothing from the jixiao
project is imported.
Run: .venv/bin/python samples/heldout10b/make.py [STEM ...]"""
import hashlib, json, os, re, shutil, subprocess, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kit import clean
from golds import *

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "drafts")
EXPECTED = os.path.join(HERE, "expected")
TMP = "/tmp/heldout10b_build"
LO_PROFILE = "file:///tmp/lo_heldout10b"
F = "STSong-Light"


def money(v):
    return "" if v is None else f"{v:.2f}"


def goal_text(goals, style="{i}.{g}"):
    return goals[0] if len(goals) == 1 else "".join(style.format(i=i, g=g) for i, g in enumerate(goals, 1))


def spans(inds, key_fn):
    out, i = [], 0
    while i < len(inds):
        j = i
        while j + 1 < len(inds) and key_fn(inds[j + 1]) == key_fn(inds[i]):
            j += 1
        out.append((i, j - i + 1))
        i = j + 1
    return out


def soffice(src, fmt, outdir):
    r = subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", fmt,
                        "--outdir", outdir, src], capture_output=True, text=True, timeout=240)
    out = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + "." + fmt.split(":")[0])
    if not os.path.exists(out):
        raise RuntimeError(f"soffice failed for {src}: {r.stdout} {r.stderr}")
    return out


def pdf_pages(path):
    import pypdfium2 as pdfium
    return len(pdfium.PdfDocument(path))


def page_texts(pdf):
    """whitespace-free text of each page (pdfminer)."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTTextContainer
    return ["".join("".join(el.get_text().split()) for el in pg if isinstance(el, LTTextContainer))
            for pg in extract_pages(pdf)]


# =============================================================== a small grid engine on the reportlab canvas
def rl_setup():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    pdfmetrics.registerFont(UnicodeCIDFont(F))


def wrap(text, width, size):
    """greedy character wrap (CJK has no spaces) at the font's real advance widths."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    lines, cur = [], ""
    for ch in text:
        if cur and stringWidth(cur + ch, F, size) > width:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    return lines + [cur] if cur else lines or [""]


FS, LEAD, PAD = 9.5, 12.5, 4.0


def cell(r, c, text, role="text", rs=1, cs=1, field=None):
    """role: label / head / level (grey in v1, centred) — val (centred) — text (left)."""
    return {"r": r, "c": c, "rs": rs, "cs": cs, "text": text or "", "role": role, "field": field}


def layout(colw, cells, min_h=20):
    n = max(x["r"] + x["rs"] for x in cells)
    h = [min_h] * n
    for x in cells:
        x["w"] = sum(colw[x["c"]:x["c"] + x["cs"]])
        x["lines"] = wrap(x["text"], x["w"] - 2 * PAD, FS)
        need = len(x["lines"]) * LEAD + 2 * PAD + 2
        if x["rs"] == 1:
            h[x["r"]] = max(h[x["r"]], need)
    for x in cells:
        if x["rs"] > 1:
            have = sum(h[x["r"]:x["r"] + x["rs"]])
            if have < x["lines"].__len__() * LEAD + 2 * PAD + 2:
                extra = (len(x["lines"]) * LEAD + 2 * PAD + 2 - have) / x["rs"]
                for k in range(x["r"], x["r"] + x["rs"]):
                    h[k] += extra
    return h


def geometry(x0, ytop, colw, heights, x):
    cx = x0 + sum(colw[:x["c"]])
    top = ytop - sum(heights[:x["r"]])
    hh = sum(heights[x["r"]:x["r"] + x["rs"]])
    return cx, top - hh, x["w"], hh


def text_lines(x, cx, by, w, h):
    """(string, x, baseline y, centred?) of each wrapped line, vertically centred in the cell."""
    n = len(x["lines"])
    first = by + h / 2 + (n * LEAD) / 2 - LEAD + (LEAD - FS) / 2 + 1.2
    centre = x["role"] != "text"
    return [(s, (cx + w / 2) if centre else cx + PAD, first - k * LEAD, centre) for k, s in enumerate(x["lines"])]


FILL = {"label": "#D6D6D6", "head": "#C8C8C8", "level": "#E4E4E4"}


def draw_grid(canv, x0, ytop, colw, cells, mode, fields=None):
    """mode 'filled': every cell a filled box inset 0.25 pt (0.5 pt white gutters), NO stroke;
    mode 'ruled': stroked cell borders. A cell with a field name is left blank and recorded in `fields`."""
    heights = layout(colw, cells)
    for x in cells:
        cx, by, w, h = geometry(x0, ytop, colw, heights, x)
        if mode == "filled":
            col = FILL.get(x["role"]) or ("#F1F1F1" if x.get("zebra") else "#FFFFFF")
            canv.setFillColor(col)
            canv.rect(cx + 0.25, by + 0.25, w - 0.5, h - 0.5, stroke=0, fill=1)
        else:
            canv.setLineWidth(0.6)
            canv.setStrokeColor("black")
            canv.rect(cx, by, w, h, stroke=1, fill=0)
        if x["field"]:
            fields.append({"name": x["field"], "value": x["text"], "x": cx + 1, "y": by + 1, "w": w - 2,
                           "h": h - 2, "lines": x["lines"], "centre": x["role"] != "text"})
            continue
        canv.setFillColor("black")
        canv.setFont(F, FS)
        for s, tx, ty, centre in text_lines(x, cx, by, w, h):
            (canv.drawCentredString if centre else canv.drawString)(tx, ty, s)
    return ytop - sum(heights)


def header_cells(p, fields=False):
    f = (lambda k: k) if fields else (lambda k: None)
    q = f"p{p['seq']}_"
    return [cell(0, 0, "项目名称", "label"), cell(0, 1, p["name"], field=f(q + "xmmc")),
            cell(0, 2, "项目编码", "label"), cell(0, 3, p["code"], field=f(q + "xmbm")),
            cell(1, 0, "主管部门", "label"), cell(1, 1, p["department"], field=f(q + "zgbm")),
            cell(1, 2, "实施单位", "label"), cell(1, 3, p["implementing_unit"], field=f(q + "ssdw")),
            cell(2, 0, "年度资金总额", "label"), cell(2, 1, money(p["budget_total"]), "val", field=f(q + "zje")),
            cell(2, 2, "其中：财政拨款", "label"), cell(2, 3, money(p["budget_fiscal"]), "val", field=f(q + "czbk")),
            cell(3, 0, "其他资金", "label"), cell(3, 1, money(p["budget_other"]), "val", cs=3, field=f(q + "qtzj")),
            cell(4, 0, "年度目标", "label"), cell(4, 1, goal_text(p["goals"]), cs=3, field=f(q + "ndmb"))]


def indicator_cells(p, cols, fields=False):
    """cols: extra columns after 三级 as (heading, key, role); 一级/二级 merged down their group."""
    inds = p["indicators"]
    heads = ["一级指标", "二级指标", "三级指标"] + [h for h, _, _ in cols]
    cells = [cell(0, c, h, "head") for c, h in enumerate(heads)]
    for start, n in spans(inds, lambda d: d["level1"]):
        cells.append(cell(1 + start, 0, inds[start]["level1"], "level", rs=n))
    for start, n in spans(inds, lambda d: (d["level1"], d["level2"])):
        cells.append(cell(1 + start, 1, inds[start]["level2"], "level", rs=n))
    for i, x in enumerate(inds):
        row = [cell(1 + i, 2, x["level3"])]
        for k, (h, key, role) in enumerate(cols):
            fld = f"p{p['seq']}_zbz{i + 1:02d}" if (fields and key == "value_raw") else None
            row.append(cell(1 + i, 3 + k, x[key], role, field=fld))
        for c in row:
            c["zebra"] = i % 2 == 0
        cells += row
    return cells


def form_page(canv, g, p, mode, cols, icolw, subline, signer, fields=None, title_extra=None):
    from reportlab.lib.pagesizes import A4
    W, H = A4
    x0 = 45
    canv.setFillColor("black")
    canv.setFont(F, 16)
    canv.drawCentredString(W / 2, H - 62, p["title"])
    y = H - 80
    if title_extra:
        canv.setFont(F, 11)
        canv.drawCentredString(W / 2, y, title_extra)
        y -= 16
    canv.setFont(F, 10)
    canv.drawString(x0, y - 6, subline[0])
    canv.drawRightString(W - x0, y - 6, subline[1])
    y -= 14
    y = draw_grid(canv, x0, y, [82, 172, 82, 169], header_cells(p, fields is not None), mode, fields)
    y -= 10
    y = draw_grid(canv, x0, y, icolw, indicator_cells(p, cols, fields is not None), mode, fields)
    canv.setFillColor("black")
    canv.setFont(F, 10)
    canv.drawString(x0, y - 20, signer)
    assert y - 20 > 40, f"{p['name']}: form runs off the page ({y})"


def rl_doc(path, g, per_page):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    rl_setup()
    d = g["document"]
    canv = canvas.Canvas(path, pagesize=A4, pageCompression=1)
    canv.setTitle(d["title"]); canv.setAuthor(d["department"])
    for p in g["projects"]:
        per_page(canv, p)
        canv.showPage()
    canv.save()


# =============================================================== Word helpers (as heldout8b)
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_ROW_HEIGHT_RULE, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt


def new_doc(font="宋体", size=10.5, landscape=False, margin=None):
    docu = Document()
    st = docu.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.element.rPr.rFonts.set(qn("w:hint"), "eastAsia")    # “ ” are East Asian punctuation here
    st.paragraph_format.space_after = Pt(0)
    for s in docu.sections:
        if landscape:
            s.orientation = WD_ORIENT.LANDSCAPE
            s.page_height, s.page_width = Cm(21.0), Cm(29.7)
        else:
            s.page_height, s.page_width = Cm(29.7), Cm(21.0)
        m = margin or (1.8 if landscape else 2.2)
        s.top_margin = s.bottom_margin = Cm(m)
        s.left_margin = s.right_margin = Cm(m if landscape else 2.0)
    return docu


def para(docu, text, size=None, bold=False, center=False, right=False):
    p = docu.add_paragraph()
    r = p.add_run(text)
    if size:
        r.font.size = Pt(size)
    r.bold = bold
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if right:
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def page_break(docu):
    docu.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def trpr(row, tag):
    el = OxmlElement(tag)
    el.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(el)


def row_height(row, cm):
    row.height = Cm(cm)
    row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST


def mset(t, r, c0, c1, text, r1=None, size=None, paras=None):
    c = t.cell(r, c0)
    if c1 != c0 or (r1 is not None and r1 != r):
        c = c.merge(t.cell(r1 if r1 is not None else r, c1))
    if paras:
        c.text = paras[0]
        for s in paras[1:]:
            c.add_paragraph(s)
    else:
        c.text = text
    if size:
        for p in c.paragraphs:
            for run in p.runs:
                run.font.size = Pt(size)
    c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    return c


def widths(t, cms):
    t.autofit = False
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), cms):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in t.rows:
        for c, w in zip(row.cells, cms):
            c.width = Cm(w)


def merge_levels(t, first_row, inds, c1=0, c2=1, size=None):
    for col, key_fn, txt in ((c1, lambda d: d["level1"], lambda d: d["level1"]),
                             (c2, lambda d: (d["level1"], d["level2"]), lambda d: d["level2"])):
        for start, n in spans(inds, key_fn):
            mset(t, first_row + start, col, col, txt(inds[start]), first_row + start + n - 1, size=size)



from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
CJK = "Noto Serif CJK SC"     # a 宋体 look-alike that is installed


def field_run(p, instr):
    """a complex field (PAGE) inside paragraph p."""
    for kind, text in (("begin", None), ("instr", instr), ("separate", None), ("text", "1"), ("end", None)):
        r = p.add_run()
        if kind == "instr":
            el = OxmlElement("w:instrText"); el.set(qn("xml:space"), "preserve"); el.text = text
        elif kind == "text":
            el = OxmlElement("w:t"); el.text = text
        else:
            el = OxmlElement("w:fldChar"); el.set(qn("w:fldCharType"), kind)
        r._r.append(el)


def spacing(p, before=0, after=0, line=None):
    pf = p.paragraph_format
    pf.space_before, pf.space_after = Pt(before), Pt(after)
    if line:
        pf.line_spacing = Pt(line)


# =============================================================== x1 a 40+ page 部门预算绩效文本 (LibreOffice)
X1_ROW_CM = 2.2


def x1_table(docu, p):
    t = docu.add_table(rows=6, cols=7)
    t.style = "Table Grid"
    mset(t, 0, 0, 0, "项目编码"); mset(t, 0, 1, 2, p["code"]); mset(t, 0, 3, 3, "项目名称"); mset(t, 0, 4, 6, p["name"])
    mset(t, 1, 0, 0, "预算规模及资金用途", 2)
    for c, s in enumerate(["预算数", money(p["budget_total"]), "其中：财政资金", money(p["budget_fiscal"]), "其他资金",
                           money(p["budget_other"])], 1):
        mset(t, 1, c, c, s)
    mset(t, 2, 1, 6, p["purpose"])
    mset(t, 3, 0, 0, "资金支出计划（%）", 4)
    for k, (m, v) in enumerate((e["month"], e["pct"]) for e in p["spending_plan"]):
        mset(t, 3, 1 + 2 * k, 2 + 2 * k, f"{m}月底"); mset(t, 4, 1 + 2 * k, 2 + 2 * k, f"{v:.2f}")
    mset(t, 5, 0, 0, "绩效目标")
    mset(t, 5, 1, 6, None, paras=[f"{i}、{x}" for i, x in enumerate(p["goals"], 1)])
    for r in t.rows:
        row_height(r, 0.9)
    widths(t, [2.6, 2.2, 2.4, 2.8, 2.4, 2.2, 2.4])
    para(docu, "", 6)
    inds = p["indicators"]
    it = docu.add_table(rows=1 + len(inds), cols=6)
    it.style = "Table Grid"
    for c, h in enumerate(["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"]):
        mset(it, 0, c, c, h)
    trpr(it.rows[0], "w:tblHeader")
    for i, x in enumerate(inds):
        for c, k in ((2, "level3"), (3, "description"), (4, "value_raw"), (5, "basis")):
            mset(it, 1 + i, c, c, x[k])
        row_height(it.rows[1 + i], X1_ROW_CM)
        trpr(it.rows[1 + i], "w:cantSplit")
    merge_levels(it, 1, inds)
    widths(it, [2.2, 2.4, 3.2, 4.4, 2.4, 2.4])


def d_x1(g, path, pages):
    d = g["document"]
    docu = new_doc(font=CJK, size=10.5)
    sec = docu.sections[0]
    sec.header_distance = sec.footer_distance = Cm(1.2)
    hp = sec.header.paragraphs[0]; hp.text = d["department"]; hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("第 "); field_run(fp, " PAGE "); fp.add_run(" 页")
    for _ in range(5):
        para(docu, "")
    para(docu, d["department"], 24, True, center=True)
    para(docu, d["title"], 24, True, center=True)
    para(docu, "（" + d["status"] + "）", 16, center=True)
    for _ in range(11):
        para(docu, "")
    para(docu, d["compiled_by"] + "编制", 15, center=True)
    para(docu, d["reviewed_by"] + "审核", 15, center=True)
    para(docu, "2024年1月", 15, center=True)
    page_break(docu)
    spacing(para(docu, "目　录", 20, True, center=True), after=18)

    def toc_line(text, page):
        p = para(docu, f"{text}\t{page}", 13)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16.9), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        spacing(p, after=15)
    spacing(para(docu, "第一部分　部门整体绩效目标", 14, True), after=15)
    for e in g["toc"]:
        if e["part"] == 1:
            toc_line(e["title"], pages.get(e["title"], 0))
    spacing(para(docu, "第二部分　项目支出绩效目标表", 14, True), after=15)
    for k, e in enumerate([e for e in g["toc"] if e["part"] == 2], 1):
        toc_line(f"{k}、{e['title']}", pages.get(e["title"], 0))
    page_break(docu)
    for _ in range(10):
        para(docu, "")
    para(docu, "第一部分", 26, True, center=True)
    para(docu, "部门整体绩效目标", 26, True, center=True)
    page_break(docu)

    def body(text, bold=False):
        p = para(docu, text, 14, bold)
        spacing(p, after=4, line=26)
        if not bold:
            p.paragraph_format.first_line_indent = Pt(28)
        return p
    body("一、部门职责", True)
    for s in X1_DUTIES:
        body(s)
    page_break(docu)
    body("二、总体绩效目标", True)
    for k, s in enumerate(g["overall_goals"]):
        body(f"（{X4_CN[k]}）{s}")
    page_break(docu)
    body("三、分项绩效目标", True)
    for k, s in enumerate(g["sub_goals"]):
        body(f"（{X4_CN[k]}）{s['title']}", True)
        body("绩效目标：" + s["goal"])
        body("绩效指标：" + s["indicator"])
    page_break(docu)
    body("四、工作保障措施", True)
    for k, s in enumerate(g["safeguards"]):
        ps = s.get("_paras") or [s["text"]]
        body(f"（{X4_CN[k]}）{s['title']}。{ps[0]}")
        for q in ps[1:]:
            body(q)
    page_break(docu)
    for _ in range(10):
        para(docu, "")
    para(docu, "第二部分", 26, True, center=True)
    para(docu, "项目支出绩效目标表", 26, True, center=True)
    for p in g["projects"]:
        page_break(docu)
        spacing(para(docu, f'{p["seq"]}、{p["title"]}', 15, True, center=True), after=6)
        para(docu, f'{p["department_code"]} {p["department"]}', 11)
        para(docu, "单位：万元", 10.5, right=True)
        x1_table(docu, p)
    docu.save(path)


def x1_layout(pdf, g):
    """{heading: page} of each part-1 section and each table title; number of pages."""
    pt = [norm_ws(t) for t in pdfium_texts(pdf)]
    found = {}
    for n, t in enumerate(pt, 1):
        if n <= 3:
            continue
        for k, s in enumerate(X1_PART1):
            if ["一", "二", "三", "四"][k] + "、" + s in t and s not in found:
                found[s] = n
        for p in g["projects"]:
            if f'{p["seq"]}、{p["title"]}' in t and p["title"] not in found:
                found[p["title"]] = n
    return found, len(pt)


def norm_ws(s):
    return re.sub(r"\s+", "", s)


def pdfium_texts(path):
    import pypdfium2 as pdfium
    d = pdfium.PdfDocument(path)
    return [d[i].get_textpage().get_text_range() for i in range(len(d))]


def build_x1(stem, g, out):
    src = os.path.join(TMP, stem + ".docx")
    d_x1(g, src, X1_PAGES)
    pdf = soffice(src, "pdf", TMP)
    found, n = x1_layout(pdf, g)
    print(f"  x1: {n} pages; headings on", found)
    assert n >= 40, f"x1 has only {n} pages"
    assert found == X1_PAGES, ("x1: the 目录 page numbers (golds.X1_PAGES) are not where the headings are",
                               {k: (v, found.get(k)) for k, v in X1_PAGES.items() if found.get(k) != v})
    pt = pdfium_texts(pdf)
    assert "目" in pt[1] and any(norm_ws(e["title"]) in norm_ws(pt[2]) for e in g["toc"]), "x1: 目录 not on 2 pages"
    shutil.copy(pdf, out)


# =============================================================== x2 / x3 budget book (reportlab), x2 with an annex
BB = {  # 科目编码, 科目名称, 合计, 一般公共预算, 政府性基金, 其他收入, 基本支出, 项目支出, 人员经费, 公用经费
    "rows": [("208", "社会保障和就业支出", 186.30, 186.30, 0, 0, 186.30, 0, 186.30, 0),
             ("2080505", "　机关事业单位基本养老保险缴费支出", 124.20, 124.20, 0, 0, 124.20, 0, 124.20, 0),
             ("2080506", "　机关事业单位职业年金缴费支出", 62.10, 62.10, 0, 0, 62.10, 0, 62.10, 0),
             ("210", "卫生健康支出", 78.60, 78.60, 0, 0, 78.60, 0, 78.60, 0),
             ("2101101", "　行政单位医疗", 78.60, 78.60, 0, 0, 78.60, 0, 78.60, 0),
             ("212", "城乡社区支出", 1200.00, 0, 1200.00, 0, 0, 1200.00, 0, 0),
             ("2120801", "　征地和拆迁补偿支出", 1200.00, 0, 1200.00, 0, 0, 1200.00, 0, 0),
             ("220", "自然资源海洋气象等支出", 2526.52, 2491.52, 0, 35.00, 1356.52, 1170.00, 1098.40, 223.12),
             ("2200101", "　行政运行", 1356.52, 1321.52, 0, 35.00, 1356.52, 0, 1098.40, 223.12),
             ("2200104", "　自然资源规划及管理", 820.00, 820.00, 0, 0, 0, 820.00, 0, 0),
             ("2200106", "　自然资源利用与保护", 350.00, 350.00, 0, 0, 0, 350.00, 0, 0),
             ("221", "住房保障支出", 100.00, 100.00, 0, 0, 100.00, 0, 100.00, 0),
             ("2210201", "　住房公积金", 100.00, 100.00, 0, 0, 100.00, 0, 100.00, 0)],
    "total": ("", "合计", 4091.42, 2856.42, 1200.00, 35.00, 1721.42, 2370.00, 1463.30, 223.12)}


def amt(v):
    return f"{v:,.2f}" if v else ""


def bb_table(canv, title, heads, colw, body, note=None):
    from reportlab.lib.pagesizes import A4
    W, H = A4
    canv.setFillColor("black"); canv.setFont(F, 15)
    canv.drawCentredString(W / 2, H - 62, title)
    canv.setFont(F, 10)
    canv.drawString(45, H - 86, f"部门：{D2}")
    canv.drawRightString(W - 45, H - 86, "单位：万元")
    cells = [cell(0, c, h, "head") for c, h in enumerate(heads)]
    for r, row in enumerate(body, 1):
        cells += [cell(r, c, s, "text" if c < 2 else "val") for c, s in enumerate(row)]
    draw_grid(canv, 45, H - 94, colw, cells, "ruled")


def d_budget(path, annex):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    rl_setup()
    W, H = A4
    canv = canvas.Canvas(path, pagesize=A4, pageCompression=1)
    canv.setTitle("保山市隆阳区自然资源局2025年部门预算"); canv.setAuthor(D2)
    canv.setFont(F, 26); canv.drawCentredString(W / 2, H - 280, D2)
    canv.drawCentredString(W / 2, H - 330, "2025年部门预算")
    canv.setFont(F, 15); canv.drawCentredString(W / 2, H - 620, "2025年2月")
    canv.showPage()

    def text_page(title, paras):
        canv.setFont(F, 15); canv.drawCentredString(W / 2, H - 62, title)
        y = H - 100
        for s in paras:
            bold = s.startswith("#")
            s = s.lstrip("#")
            lines = wrap(("" if bold else "　　") + s, W - 90, 11)
            canv.setFont(F, 11)
            for ln in lines:
                canv.drawString(45, y, ln); y -= 20
            y -= 4
        canv.showPage()
    text_page("第一部分　部门概况", [
        "#一、部门主要职责",
        "保山市隆阳区自然资源局贯彻执行国家和省、市关于自然资源工作的方针政策和法律法规，负责全区自然资源调查监测评价、"
        "自然资源统一确权登记、国土空间规划和用途管制、耕地保护、地质灾害防治和自然资源执法等工作。",
        "#二、部门预算单位构成",
        "纳入本部门2025年部门预算编制范围的单位共3个：局机关、保山市隆阳区国土空间规划编制中心和保山市隆阳区土地整理中心。"])
    text_page("第二部分　2025年部门预算情况说明", [
        "#一、收支预算总体情况",
        "2025年部门收入预算4,091.42万元，其中一般公共预算拨款收入2,856.42万元，政府性基金预算拨款收入1,200.00万元，"
        "其他收入35.00万元。支出预算4,091.42万元，其中基本支出1,721.42万元，项目支出2,370.00万元。",
        "#二、财政拨款支出预算情况",
        "2025年财政拨款支出预算4,056.42万元，主要用于自然资源海洋气象等支出2,491.52万元，城乡社区支出1,200.00万元，"
        "社会保障和就业支出186.30万元，卫生健康支出78.60万元，住房保障支出100.00万元。",
        "#三、预算绩效目标设置情况",
        "2025年本部门实行绩效目标管理的项目3个，涉及财政拨款资金1,135.00万元。"
        + ("各项目的绩效目标见本文件所附项目支出绩效目标表。" if annex else "项目绩效目标由区财政局另行汇总公开。")])
    rows, tot = BB["rows"], BB["total"]
    bb_table(canv, "表一　部门收支总表", ["收入项目", "预算数", "支出项目", "预算数"], [150, 102.5, 150, 102.5],
             [["一、一般公共预算拨款收入", amt(2856.42), "一、社会保障和就业支出", amt(186.30)],
              ["二、政府性基金预算拨款收入", amt(1200.00), "二、卫生健康支出", amt(78.60)],
              ["三、其他收入", amt(35.00), "三、城乡社区支出", amt(1200.00)],
              ["", "", "四、自然资源海洋气象等支出", amt(2526.52)],
              ["", "", "五、住房保障支出", amt(100.00)],
              ["本年收入合计", amt(4091.42), "本年支出合计", amt(4091.42)]])
    canv.showPage()
    bb_table(canv, "表二　部门收入总表", ["科目编码", "科目名称", "合计", "一般公共预算拨款收入", "政府性基金预算拨款收入", "其他收入"],
             [55, 150, 70, 80, 80, 70], [[r[0], r[1]] + [amt(v) for v in r[2:6]] for r in rows + [tot]])
    canv.showPage()
    bb_table(canv, "表三　部门支出总表", ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
             [60, 190, 85, 85, 85], [[r[0], r[1], amt(r[2]), amt(r[6]), amt(r[7])] for r in rows + [tot]])
    canv.showPage()
    fr = [r for r in rows + [tot]]
    bb_table(canv, "表四　财政拨款支出表", ["科目编码", "科目名称", "合计", "人员经费", "公用经费", "项目支出"],
             [55, 160, 75, 70, 70, 75],
             [[r[0], r[1], amt(r[3] + r[4]), amt(r[8]), amt(r[9]),
               amt(r[7])] for r in fr])
    canv.showPage()
    if annex:
        cols = [("指标解释", "description", "text"), ("指标值", "value_raw", "val"), ("指标值设定依据", "basis", "val")]
        for p in G["x2_pdf_budgetbook_annex_longyang_2025"]["projects"]:
            form_page(canv, None, p, "ruled", cols, [50, 68, 102, 150, 70, 65],
                      (f'部门编码：{p["department_code"]}', "单位：万元"), "填报人：杨丽萍　　联系电话：0875-2122XXXX",
                      title_extra="（附表：第三部分　预算绩效目标）" if p["seq"] == 1 else None)
            canv.showPage()
    canv.save()


# =============================================================== x4 .docx, 12 projects under Heading 2 titles
def d_x4(g, path):
    d = g["document"]
    docu = new_doc(font=CJK, size=10.5)
    for st, sz in (("Heading 1", 16), ("Heading 2", 13)):
        s = docu.styles[st]
        s.font.name = CJK; s.font.size = Pt(sz); s.font.color.rgb = None
        s.element.rPr.rFonts.set(qn("w:eastAsia"), CJK)
    h = docu.add_heading(d["title"], level=1); h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    para(docu, f'部门名称：{d["department"]}　　部门编码：{d["department_code"]}　　单位：万元', 10.5)
    for p in g["projects"]:
        docu.add_heading(f'（{X4_CN[p["seq"] - 1]}）{p["title"]}', level=2)
        t = docu.add_table(rows=5, cols=4)
        t.style = "Table Grid"
        mset(t, 0, 0, 0, "项目名称"); mset(t, 0, 1, 1, p["name"]); mset(t, 0, 2, 2, "项目编码"); mset(t, 0, 3, 3, p["code"])
        mset(t, 1, 0, 0, "主管部门"); mset(t, 1, 1, 1, p["department"]); mset(t, 1, 2, 2, "实施单位")
        mset(t, 1, 3, 3, p["implementing_unit"])
        mset(t, 2, 0, 0, "年度资金总额"); mset(t, 2, 1, 1, money(p["budget_total"]))
        mset(t, 2, 2, 2, "其中：财政拨款"); mset(t, 2, 3, 3, money(p["budget_fiscal"]))
        mset(t, 3, 0, 0, "其他资金"); mset(t, 3, 1, 3, money(p["budget_other"]))
        mset(t, 4, 0, 0, "年度目标"); mset(t, 4, 1, 3, goal_text(p["goals"]))
        widths(t, [2.8, 5.2, 2.8, 6.2])
        para(docu, "", 4)
        inds = p["indicators"]
        it = docu.add_table(rows=1 + len(inds), cols=5)
        it.style = "Table Grid"
        for c, hd in enumerate(["一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据"]):
            mset(it, 0, c, c, hd)
        trpr(it.rows[0], "w:tblHeader")                     # heading row repeated on every page the table spans
        for i, x in enumerate(inds):
            mset(it, 1 + i, 2, 2, x["level3"]); mset(it, 1 + i, 3, 3, x["value_raw"]); mset(it, 1 + i, 4, 4, x["basis"])
            row_height(it.rows[1 + i], 0.85)
            trpr(it.rows[1 + i], "w:cantSplit")
        merge_levels(it, 1, inds)
        widths(it, [2.6, 3.2, 5.2, 3.2, 2.8])
        para(docu, "", 4)
    docu.save(path)


def x4_breaks(pdf, g):
    """projects whose indicator rows lie on two pages (LibreOffice rendering)."""
    pt = [norm_ws(t) for t in pdfium_texts(pdf)]
    out = []
    for p in g["projects"]:
        pages = set()
        start = min(n for n, t in enumerate(pt) if f'（{X4_CN[p["seq"] - 1]}）{p["title"]}' in t)
        for x in p["indicators"]:
            hits = [n for n, t in enumerate(pt) if n >= start and norm_ws(x["level3"]) + norm_ws(x["value_raw"]) in t]
            pages.add(hits[0] if hits else None)
        if len(pages) > 1:
            out.append((p["seq"], sorted(pages, key=str)))
    return out


# =============================================================== x5 watermark drawn as rotated grey text on every page
def watermark(canv):
    from reportlab.lib.pagesizes import A4
    W, H = A4
    canv.saveState()
    canv.setFillColorRGB(0.82, 0.82, 0.82)
    canv.setFont(F, 42)
    for cx, cy in ((W / 2, H * 0.74), (W / 2, H * 0.46), (W / 2, H * 0.18)):
        canv.saveState()
        canv.translate(cx, cy); canv.rotate(32)
        canv.drawCentredString(0, 0, X5_WATERMARK)
        canv.restoreState()
    canv.restoreState()


def d_x5(g, path):
    cols = [("指标解释", "description", "text"), ("指标值", "value_raw", "val")]

    def page(canv, p):
        form_page(canv, g, p, "ruled", cols, [58, 92, 125, 150, 80],
                  (f'部门编码：{p["department_code"]}', "单位：万元"), "填报人：罗世英　　联系电话：0851-3322XXXX")
        watermark(canv)                  # drawn last: the same text layer as the form, over the table
    rl_doc(path, g, page)


# =============================================================== x6 a 10-sheet workbook
X6_SHEETS = ["封面", "目录"] + [p[0] for p in X6_P] + ["填报说明", "参数"]
X6_NOTES = ["填报说明",
            "1.本表由项目实施单位填写，一个项目填一张工作表，工作表以项目名称命名。",
            "2.一级指标包括产出指标、效益指标、满意度指标和成本指标，二级指标请从下拉列表中选择。",
            "3.指标值应尽量量化，如“≥95%”“≤年初预算数”；难以量化的可采用定性表述。",
            "4.示例：产出指标—数量指标—培训人数—≥200人（示例，不属于填报内容）。",
            "5.金额单位为万元，保留两位小数。"]


def d_x6(g, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.worksheet.datavalidation import DataValidation
    from openpyxl.worksheet.hyperlink import Hyperlink
    d = g["document"]
    thin = Side(style="thin"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
    mid = Alignment(horizontal="center", vertical="center", wrap_text=True)
    left = Alignment(horizontal="left", vertical="center", wrap_text=True)
    wb = Workbook()
    ws = wb.active; ws.title = "封面"
    ws.column_dimensions["A"].width = 60
    for r, (s, sz) in {4: (d["department"], 22), 6: (d["title"], 20), 12: ("填报日期：2024年1月15日", 14),
                       13: ("联系人：田晓燕　　联系电话：0856-5222XXXX", 12)}.items():
        ws.cell(r, 1, s).font = Font(size=sz, bold=sz > 15); ws.cell(r, 1).alignment = mid
    ws = wb.create_sheet("目录")
    for c, (h, w) in enumerate([("序号", 8), ("项目名称", 30), ("项目编码", 18), ("资金总额（万元）", 16), ("工作表", 30)], 1):
        ws.cell(1, c, h).font = Font(bold=True); ws.column_dimensions["ABCDE"[c - 1]].width = w
    for p in g["projects"]:
        r = 1 + p["seq"]
        ws.cell(r, 1, p["seq"]); ws.cell(r, 2, p["name"]); ws.cell(r, 3, p["code"])
        ws.cell(r, 4, p["budget_total"]).number_format = "0.00"
        c = ws.cell(r, 5, f"转到“{p['name']}”")
        c.hyperlink = Hyperlink(ref=c.coordinate, location=f"'{p['name']}'!A1")
    r = 2 + len(g["projects"])
    ws.cell(r, 2, "合计"); ws.cell(r, 4, f"=SUM(D2:D{r - 1})").number_format = "0.00"
    for p in g["projects"]:
        ws = wb.create_sheet(p["name"])
        for col, w in zip("ABCDE", (14, 18, 16, 22, 22)):
            ws.column_dimensions[col].width = w

        def put(r, c0, c1, v, bold=False, al=mid, fmt=None):
            if c1 > c0:
                ws.merge_cells(start_row=r, start_column=c0, end_row=r, end_column=c1)
            cl = ws.cell(r, c0, v); cl.alignment = al; cl.font = Font(bold=bold)
            if fmt:
                cl.number_format = fmt
            for c in range(c0, c1 + 1):
                ws.cell(r, c).border = box
        ws.merge_cells("A1:E1"); ws["A1"] = p["title"]; ws["A1"].font = Font(size=16, bold=True); ws["A1"].alignment = mid
        ws["A2"] = f'部门编码：{p["department_code"]}'; ws["E2"] = "单位：万元"
        put(3, 1, 1, "项目名称", True); put(3, 2, 2, p["name"]); put(3, 3, 3, "项目编码", True); put(3, 4, 5, p["code"])
        put(4, 1, 1, "主管部门", True); put(4, 2, 2, p["department"]); put(4, 3, 3, "实施单位", True)
        put(4, 4, 5, p["implementing_unit"])
        put(5, 1, 1, "年度资金总额", True); put(5, 2, 2, p["budget_total"], fmt="0.00")
        put(5, 3, 3, "其中：财政拨款", True); put(5, 4, 5, p["budget_fiscal"], fmt="0.00")
        put(6, 1, 1, "其他资金", True); put(6, 2, 5, p["budget_other"], fmt="0.00")
        put(7, 1, 1, "年度目标", True); put(7, 2, 5, goal_text(p["goals"]), al=left)
        ws.row_dimensions[7].height = 36
        put(8, 1, 5, "年度绩效指标", True)
        put(9, 1, 1, "一级指标", True); put(9, 2, 2, "二级指标", True); put(9, 3, 4, "三级指标", True)
        put(9, 5, 5, "指标值", True)
        inds = p["indicators"]
        for i, x in enumerate(inds):
            r = 10 + i
            put(r, 1, 1, x["level1"]); put(r, 2, 2, x["level2"]); put(r, 3, 4, x["level3"], al=left)
            put(r, 5, 5, x["value_raw"])
        for col, key_fn in ((1, lambda x: x["level1"]), (2, lambda x: (x["level1"], x["level2"]))):
            for start, n in spans(inds, key_fn):
                if n > 1:
                    ws.merge_cells(start_row=10 + start, start_column=col, end_row=10 + start + n - 1, end_column=col)
        dv1 = DataValidation(type="list", formula1="=参数!$A$2:$A$5", allow_blank=True)
        dv2 = DataValidation(type="list", formula1="=参数!$B$2:$B$10", allow_blank=True)
        ws.add_data_validation(dv1); ws.add_data_validation(dv2)
        dv1.add(f"A10:A{9 + len(inds)}"); dv2.add(f"B10:B{9 + len(inds)}")
    ws = wb.create_sheet("填报说明")
    ws.column_dimensions["A"].width = 90
    for r, s in enumerate(X6_NOTES, 1):
        ws.cell(r, 1, s).font = Font(bold=r == 1)
    ws = wb.create_sheet("参数")
    lists = [("一级指标", ["产出指标", "效益指标", "满意度指标", "成本指标"]),
             ("二级指标", ["数量指标", "质量指标", "时效指标", "经济成本指标", "社会成本指标", "经济效益指标", "社会效益指标",
                       "生态效益指标", "可持续影响指标", "服务对象满意度指标"]),
             ("年度", [2024]), ("部门编码", [C6])]
    for c, (h, vals) in enumerate(lists, 1):
        ws.cell(1, c, h)
        for r, v in enumerate(vals, 2):
            ws.cell(r, c, v)
    ws.sheet_state = "hidden"
    assert wb.sheetnames == X6_SHEETS, wb.sheetnames
    wb.save(path)


# =============================================================== driver
def build(stem, g):
    """returns (path, format, pages)."""
    if stem.startswith("x1"):
        out = os.path.join(OUT, stem + ".pdf"); build_x1(stem, g, out)
    elif stem.startswith("x2"):
        out = os.path.join(OUT, stem + ".pdf"); d_budget(out, annex=True)
    elif stem.startswith("x3"):
        out = os.path.join(OUT, stem + ".pdf"); d_budget(out, annex=False)
    elif stem.startswith("x4"):
        out = os.path.join(OUT, stem + ".docx"); d_x4(g, out)
        pdf = soffice(out, "pdf", TMP)
        br = x4_breaks(pdf, g)
        print("  x4 (LibreOffice rendering):", pdf_pages(pdf), "pages; tables over a page break:", br)
        assert len(br) >= 3, "x4: fewer than 3 indicator tables run over a page break"
        return out, "docx", None
    elif stem.startswith("x5"):
        out = os.path.join(OUT, stem + ".pdf"); d_x5(g, out)
    elif stem.startswith("x6"):
        out = os.path.join(OUT, stem + ".xlsx"); d_x6(g, out)
        return out, "xlsx", None
    else:
        raise KeyError(stem)
    return out, "pdf", pdf_pages(out)


def main():
    os.makedirs(TMP, exist_ok=True)
    os.makedirs(OUT, exist_ok=True); os.makedirs(EXPECTED, exist_ok=True)
    only = set(sys.argv[1:])
    stems = sorted(list(G) + list(REFUSE))
    for stem in stems:
        if only and stem not in only:
            continue
        if stem in REFUSE:
            path, fmt, pages = build(stem, None)
            with open(os.path.join(EXPECTED, stem + ".refusal.txt"), "w", encoding="utf-8") as f:
                f.write(REFUSE[stem] + "\n")
            print("wrote", os.path.basename(path), pages, "(negative)")
            continue
        g = G[stem]
        path, fmt, pages = build(stem, g)
        rec = clean(g)
        rec["source"] = {"path": os.path.basename(path),
                         "sha256": hashlib.sha256(open(path, "rb").read()).hexdigest(),
                         "format": fmt, "pages": pages}
        with open(os.path.join(EXPECTED, stem + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(rec, f, ensure_ascii=False, indent=1)
        print("wrote", os.path.basename(path), pages or "")


if __name__ == "__main__":
    main()
