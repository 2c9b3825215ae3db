#!/usr/bin/env python3
"""Render the six blind documents of heldout8b FROM the hand-typed golds in golds.py and write the golds.
Theme: PAGE GEOMETRY. python-docx + LibreOffice (headless, one conversion at a time, profile /tmp/lo_heldout8b)
for the landscape PDF and the two scans' source pages; reportlab (CID font STSong-Light) for the native PDFs;
pypdf to set /Rotate 90; pages rendered with pypdfium2 and "scanned" with Pillow/numpy (JPEG page images).
Intermediate files go to /tmp/heldout8b_build. Nothing from the jixiao project is imported.
Run: .venv/bin/python samples/heldout8b/make.py [STEM ...]"""
import hashlib, json, os, shutil, subprocess, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kit import clean
from golds import G

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "drafts")
EXPECTED = os.path.join(HERE, "expected")
TMP = "/tmp/heldout8b_build"
LO_PROFILE = "file:///tmp/lo_heldout8b"


def money(v, sep=False):
    if v is None:
        return ""
    return f"{v:,.2f}" if sep else f"{v:.2f}"


def goal_text(goals, style="{i}.{g}", sep=""):
    return goals[0] if len(goals) == 1 else sep.join(style.format(i=i, g=g) for i, g in enumerate(goals, 1))


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


# =============================================================== Word helpers (as heldout7a)
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_ROW_HEIGHT_RULE, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt


def new_doc(font="宋体", size=10.5, landscape=False):
    docu = Document()
    st = docu.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.paragraph_format.space_after = Pt(0)
    for s in docu.sections:
        if landscape:
            s.orientation = WD_ORIENT.LANDSCAPE
            s.page_height, s.page_width = Cm(21.0), Cm(29.7)
            s.top_margin = s.bottom_margin = Cm(1.8)
            s.left_margin = s.right_margin = Cm(2.0)
        else:
            s.page_height, s.page_width = Cm(29.7), Cm(21.0)
            s.top_margin = s.bottom_margin = Cm(2.2)
            s.left_margin = s.right_margin = Cm(2.0)
    return docu


def para(docu, text, size=None, bold=False, center=False, right=False, indent=False):
    p = docu.add_paragraph()
    r = p.add_run(text)
    if size:
        r.font.size = Pt(size)
    r.bold = bold
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if right:
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent:
        p.paragraph_format.first_line_indent = Pt(21)
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


def mset(t, r, c0, c1, text, r1=None, size=None):
    cell = t.cell(r, c0)
    if c1 != c0 or (r1 is not None and r1 != r):
        cell = cell.merge(t.cell(r1 if r1 is not None else r, c1))
    cell.text = text
    if size:
        for p in cell.paragraphs:
            for run in p.runs:
                run.font.size = Pt(size)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    return cell


def widths(t, cms):
    t.autofit = False
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), cms):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in t.rows:
        for c, w in zip(row.cells, cms):
            c.width = Cm(w)


def merge_levels(t, first_row, inds, c1=0, c2=1, size=None):
    """一级/二级 written once per group, the group's cells merged vertically (w:vMerge)."""
    for col, key_fn, txt in ((c1, lambda d: d["level1"], lambda d: d["level1"]),
                             (c2, lambda d: (d["level1"], d["level2"]), lambda d: d["level2"])):
        for start, n in spans(inds, key_fn):
            mset(t, first_row + start, col, col, txt(inds[start]), first_row + start + n - 1, size=size)


def render_pages(pdf, dpi, mode="L"):
    import pypdfium2 as pdfium
    d = pdfium.PdfDocument(pdf)
    return [d[i].render(scale=dpi / 72).to_pil().convert(mode) for i in range(len(d))]


def pdf_pages(path):
    import pypdfium2 as pdfium
    return len(pdfium.PdfDocument(path))


def page_texts(pdf):
    """whitespace-free text of each page (pdfminer)."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTTextContainer
    return ["".join("".join(el.get_text().split()) for el in pg if isinstance(el, LTTextContainer))
            for pg in extract_pages(pdf)]


# =============================================================== s1 LANDSCAPE docx → LO PDF, table across a page break
S1_ROW_CM = 1.3          # project 1's indicator rows (at least): its table breaks INSIDE the 经济效益指标 group


def d_s1(g, path):
    docu = new_doc(size=10.5, landscape=True)
    for p in g["projects"]:
        if p["seq"] > 1:
            page_break(docu)
        para(docu, p["title"], 16, True, center=True)
        para(docu, f'部门编码：{p["department_code"]}　　　　　　　　　　　　　　　　　　　　　　　　'
                   f'　　　　　　　　　　　　　　　　　　单位：万元')
        t = docu.add_table(rows=4, cols=6)
        t.style = "Table Grid"
        mset(t, 0, 0, 0, "项目名称"); mset(t, 0, 1, 2, p["name"]); mset(t, 0, 3, 3, "项目编码"); mset(t, 0, 4, 5, p["code"])
        mset(t, 1, 0, 0, "主管部门"); mset(t, 1, 1, 2, p["department"]); mset(t, 1, 3, 3, "实施单位")
        mset(t, 1, 4, 5, p["implementing_unit"])
        for c, (k, v) in enumerate([("年度资金总额", p["budget_total"]), ("其中：财政拨款", p["budget_fiscal"]),
                                    ("其他资金", p["budget_other"])]):
            mset(t, 2, 2 * c, 2 * c, k); mset(t, 2, 2 * c + 1, 2 * c + 1, money(v))
        mset(t, 3, 0, 0, "年度目标"); mset(t, 3, 1, 5, goal_text(p["goals"], "{i}.{g}"))
        widths(t, [3.2, 5.6, 3.4, 5.0, 3.0, 5.4])
        para(docu, "")
        inds = p["indicators"]
        it = docu.add_table(rows=1 + len(inds), cols=5)
        it.style = "Table Grid"
        for c, h in enumerate(["一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据"]):
            mset(it, 0, c, c, h)
        trpr(it.rows[0], "w:tblHeader")                     # heading row repeated on every page the table spans
        for i, x in enumerate(inds):
            mset(it, 1 + i, 2, 2, x["level3"]); mset(it, 1 + i, 3, 3, x["value_raw"]); mset(it, 1 + i, 4, 4, x["basis"])
            row_height(it.rows[1 + i], S1_ROW_CM if p["seq"] == 1 else 1.0)
            trpr(it.rows[1 + i], "w:cantSplit")
        merge_levels(it, 1, inds)
        widths(it, [3.6, 4.2, 8.2, 5.0, 4.6])
        para(docu, "")
        para(docu, "填报人：符海燕　　联系电话：0898-65XXXXXX　　审核人：王国栋")
    docu.save(path)


def s1_split(pdf, g):
    """(page index, level3) of project 1's rows and the 二级 groups that have rows on two pages."""
    pt = page_texts(pdf)
    p = g["projects"][0]
    pages = []
    for x in p["indicators"]:
        k = [i for i, t in enumerate(pt) if x["level3"] in t]
        pages.append(k[0] if k else None)
    split = []
    for start, n in spans(p["indicators"], lambda d: (d["level1"], d["level2"])):
        if len({pages[j] for j in range(start, start + n)}) > 1:
            split.append(p["indicators"][start]["level2"])
    return pages, split


# =============================================================== reportlab common
def rl_setup():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    return "STSong-Light"


def level_spans(inds, c1, c2, first):
    """SPAN commands merging the 一级/二级 cells of each group (text in the group's first cell only)."""
    cmds = []
    for col, key_fn in ((c1, lambda d: d["level1"]), (c2, lambda d: (d["level1"], d["level2"]))):
        for start, n in spans(inds, key_fn):
            if n > 1:
                cmds.append(("SPAN", (col, first + start), (col, first + start + n - 1)))
    return cmds


def level_cells(inds, idx, key):
    """the 一级/二级 text for row idx: printed in the first row of its group, blank in the spanned rows."""
    if key == 1:
        first = idx == 0 or inds[idx - 1]["level1"] != inds[idx]["level1"]
        return inds[idx]["level1"] if first else ""
    first = idx == 0 or (inds[idx - 1]["level1"], inds[idx - 1]["level2"]) != (inds[idx]["level1"], inds[idx]["level2"])
    return inds[idx]["level2"] if first else ""


# =============================================================== s2 reportlab portrait, then /Rotate 90 on every page
def d_s2(g, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    F = rl_setup()
    cst = ParagraphStyle("c", fontName=F, fontSize=9.5, leading=13, wordWrap="CJK")
    hst = ParagraphStyle("h", parent=cst, alignment=1)
    h1 = ParagraphStyle("h1", fontName=F, fontSize=16, leading=22, alignment=1)
    h2 = ParagraphStyle("h2", fontName=F, fontSize=11, leading=15, alignment=1)
    rst = ParagraphStyle("r", fontName=F, fontSize=10, leading=14, alignment=2)
    sst = ParagraphStyle("s", fontName=F, fontSize=10, leading=14)
    P_ = lambda s, st=cst: Paragraph(s, st)
    GRID = [("GRID", (0, 0), (-1, -1), 0.6, "black"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
    story = []
    for p in g["projects"]:
        if p["seq"] > 1:
            story.append(PageBreak())
        story += [Paragraph(p["title"], h1), Paragraph("（2023年度）", h2), Spacer(1, 4),
                  Paragraph("单位：万元", rst), Spacer(1, 2)]
        hdr = [[P_("项目名称"), P_(p["name"]), P_("项目编码"), P_(p["code"])],
               [P_("主管部门"), P_(p["department"]), P_("部门编码"), P_(p["department_code"])],
               [P_("实施单位"), P_(p["implementing_unit"]), "", ""],
               [P_("年度资金总额"), P_(money(p["budget_total"])), P_("其中：财政拨款"), P_(money(p["budget_fiscal"]))],
               [P_("其他资金"), P_(money(p["budget_other"])), "", ""],
               [P_("年度目标"), P_(goal_text(p["goals"], "{i}.{g}")), "", ""]]
        t = Table(hdr, colWidths=[2.8 * cm, 5.8 * cm, 3.0 * cm, 5.4 * cm])
        t.setStyle(TableStyle(GRID + [("SPAN", (1, 2), (3, 2)), ("SPAN", (1, 4), (3, 4)), ("SPAN", (1, 5), (3, 5))]))
        inds = p["indicators"]
        rows = [[P_(h, hst) for h in ("一级指标", "二级指标", "三级指标", "指标值", "指标解释")]]
        for i, x in enumerate(inds):
            rows.append([P_(level_cells(inds, i, 1)), P_(level_cells(inds, i, 2)), P_(x["level3"]),
                         P_(x["value_raw"]), P_(x["description"])])
        it = Table(rows, colWidths=[2.0 * cm, 2.6 * cm, 4.4 * cm, 2.6 * cm, 5.4 * cm])
        it.setStyle(TableStyle(GRID + level_spans(inds, 0, 1, 1)))
        story += [t, Spacer(1, 8), it, Spacer(1, 10),
                  Paragraph("填报人：李永红　　联系电话：0972-86XXXXX", sst)]
    SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.8 * cm,
                      bottomMargin=1.8 * cm, title=g["document"]["title"], author=g["document"]["department"]).build(story)


def rotate_pages(src, out, angle=90):
    """every page gets /Rotate 90: the content stream stays portrait, viewers show the page landscape."""
    from pypdf import PdfReader, PdfWriter
    r = PdfReader(src)
    w = PdfWriter()
    for pg in r.pages:
        pg.rotate(angle)
        w.add_page(pg)
    w.add_metadata({"/Title": r.metadata.get("/Title", ""), "/Author": r.metadata.get("/Author", "")})
    with open(out, "wb") as f:
        w.write(f)


# =============================================================== s3 landscape form → 300 dpi JPEG scan, SIDEWAYS
def d_s3(g, path):
    docu = new_doc(size=10.5, landscape=True)
    for p in g["projects"]:
        if p["seq"] > 1:
            page_break(docu)
        para(docu, p["title"], 16, True, center=True)
        para(docu, f'填报单位：{p["department"]}　　　　部门编码：{p["department_code"]}　　　　　　　　　　'
                   f'　　　　　　　　　　　　　　　　　　　金额单位：万元')
        inds = p["indicators"]
        t = docu.add_table(rows=4 + len(inds), cols=8)
        t.style = "Table Grid"
        mset(t, 0, 0, 0, "项目名称"); mset(t, 0, 1, 1, p["name"]); mset(t, 0, 2, 2, "项目编码"); mset(t, 0, 3, 3, p["code"])
        mset(t, 0, 4, 4, "主管部门"); mset(t, 0, 5, 5, p["department"]); mset(t, 0, 6, 6, "实施单位")
        mset(t, 0, 7, 7, p["implementing_unit"])
        mset(t, 1, 0, 0, "年度资金总额"); mset(t, 1, 1, 1, money(p["budget_total"]))
        mset(t, 1, 2, 2, "其中：财政拨款"); mset(t, 1, 3, 3, money(p["budget_fiscal"]))
        mset(t, 1, 4, 4, "其他资金"); mset(t, 1, 5, 7, money(p["budget_other"]))
        mset(t, 2, 0, 0, "年度目标"); mset(t, 2, 1, 7, goal_text(p["goals"], "{i}.{g}"))
        for c0, c1, h in [(0, 0, "一级指标"), (1, 2, "二级指标"), (3, 5, "三级指标"), (6, 7, "指标值")]:
            mset(t, 3, c0, c1, h)
        for i, x in enumerate(inds):
            r = 4 + i
            mset(t, r, 3, 5, x["level3"]); mset(t, r, 6, 7, x["value_raw"])
            row_height(t.rows[r], 0.72)
        for col, key_fn, c1 in ((0, lambda d: d["level1"], 0), (1, lambda d: (d["level1"], d["level2"]), 2)):
            for start, n in spans(inds, key_fn):
                x = inds[start]
                mset(t, 4 + start, col, c1, x["level1"] if col == 0 else x["level2"], 4 + start + n - 1)
        widths(t, [3.0, 3.6, 3.0, 3.4, 2.6, 3.8, 2.6, 3.7])
        para(docu, "")
        para(docu, "填报人：马福成　　联系电话：0979-84XXXXX　　填报日期：2025年1月15日")
    docu.save(path)


def scan_sideways(pdf, out, dpi=300, seed=23):
    """each landscape page rendered at 300 dpi greyscale, then turned 90° CLOCKWISE (the sheet went through a
    portrait scanner sideways: text runs top to bottom), light noise, JPEG page images in a portrait PDF."""
    import numpy as np
    from PIL import Image, ImageFilter
    rnd = np.random.default_rng(seed)
    outp = []
    for k, im in enumerate(render_pages(pdf, dpi, "L")):
        assert im.width > im.height, "s3's source page should be landscape"
        im = im.transpose(Image.Transpose.ROTATE_270)                    # 90° clockwise
        im = im.rotate((0.3, -0.25)[k % 2], resample=Image.BICUBIC, fillcolor=255)
        arr = np.asarray(im, np.float32) * 0.93 + 12
        arr += rnd.normal(0, 4.0, arr.shape)
        h, w = arr.shape
        n = h * w // 3000
        arr[rnd.integers(0, h, n), rnd.integers(0, w, n)] = rnd.integers(70, 170, n)
        outp.append(Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6)))
    outp[0].save(out, "PDF", save_all=True, append_images=outp[1:], resolution=float(dpi), quality=72)
    return len(outp)


# =============================================================== s4 portrait form → 200 dpi scan, p1 skewed, p2 upside down
S4_SKEW = 1.5            # degrees, counter-clockwise, page 1


def d_s4(g, path):
    docu = new_doc(size=10.5)
    for p in g["projects"]:
        if p["seq"] > 1:
            page_break(docu)
        para(docu, p["title"], 16, True, center=True)
        para(docu, "")
        para(docu, f'部门编码：{p["department_code"]}　　　　　　　　　　　　　　　　　　　　　　单位：万元')
        inds = p["indicators"]
        t = docu.add_table(rows=5 + len(inds), cols=6)
        t.style = "Table Grid"
        mset(t, 0, 0, 0, "项目名称"); mset(t, 0, 1, 3, p["name"]); mset(t, 0, 4, 4, "项目编码"); mset(t, 0, 5, 5, p["code"])
        mset(t, 1, 0, 0, "主管部门"); mset(t, 1, 1, 3, p["department"]); mset(t, 1, 4, 4, "实施单位")
        mset(t, 1, 5, 5, p["implementing_unit"])
        for c, (k, v) in enumerate([("年度资金总额", p["budget_total"]), ("其中：财政拨款", p["budget_fiscal"]),
                                    ("其他资金", p["budget_other"])]):
            mset(t, 2, 2 * c, 2 * c, k); mset(t, 2, 2 * c + 1, 2 * c + 1, money(v))
        mset(t, 3, 0, 0, "年度目标"); mset(t, 3, 1, 5, goal_text(p["goals"], "{i}.{g}"))
        for c0, c1, h in [(0, 0, "一级指标"), (1, 1, "二级指标"), (2, 3, "三级指标"), (4, 4, "指标值"),
                          (5, 5, "指标值设定依据")]:
            mset(t, 4, c0, c1, h)
        for i, x in enumerate(inds):
            r = 5 + i
            mset(t, r, 2, 3, x["level3"]); mset(t, r, 4, 4, x["value_raw"]); mset(t, r, 5, 5, x["basis"])
            row_height(t.rows[r], 0.85)
        merge_levels(t, 5, inds)
        widths(t, [2.3, 2.6, 2.4, 3.2, 2.6, 3.9])
        para(docu, "")
        para(docu, "填报人：羊春梅　　联系电话：0898-23XXXXXX")
    docu.save(path)


def scan_flip(pdf, out, dpi=200, seed=29):
    """pages at 200 dpi greyscale; page 1 skewed 1.5°, page 2 turned 180° (fed upside down); grain, speckle."""
    import numpy as np
    from PIL import Image, ImageFilter
    rnd = np.random.default_rng(seed)
    outp = []
    for k, im in enumerate(render_pages(pdf, dpi, "L")):
        if k == 0:
            im = im.rotate(S4_SKEW, resample=Image.BICUBIC, fillcolor=255)
        else:
            im = im.rotate(0.2, resample=Image.BICUBIC, fillcolor=255).transpose(Image.Transpose.ROTATE_180)
        arr = np.asarray(im, np.float32) * 0.92 + 14
        arr += rnd.normal(0, 5.0, arr.shape)
        h, w = arr.shape
        n = h * w // 1500
        arr[rnd.integers(0, h, n), rnd.integers(0, w, n)] = rnd.integers(50, 160, n)
        outp.append(Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.5)))
    outp[0].save(out, "PDF", save_all=True, append_images=outp[1:], resolution=float(dpi), quality=80)
    return len(outp)


# =============================================================== s5 reportlab, two projects on page 1, running header/footer
S5_TOTAL_PAGES = 2


def d_s5(g, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    F = rl_setup()
    d = g["document"]
    cst = ParagraphStyle("c", fontName=F, fontSize=9, leading=11.5, wordWrap="CJK")
    hst = ParagraphStyle("h", parent=cst, alignment=1)
    h1 = ParagraphStyle("h1", fontName=F, fontSize=13, leading=18, alignment=1)
    sst = ParagraphStyle("s", fontName=F, fontSize=9, leading=12)
    P_ = lambda s, st=cst: Paragraph(s, st)
    GRID = [("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]

    def frame(canv, docm):                   # the running header (department name, a rule) and the page footer
        canv.saveState()
        W, H = A4
        canv.setFont(F, 9)
        canv.drawString(2 * cm, H - 1.3 * cm, d["department"])
        canv.setLineWidth(0.6)
        canv.line(2 * cm, H - 1.45 * cm, W - 2 * cm, H - 1.45 * cm)
        canv.drawCentredString(W / 2, 1.2 * cm, f"第 {docm.page} 页 共 {S5_TOTAL_PAGES} 页")
        canv.restoreState()

    story = []
    for p in g["projects"]:
        if p["seq"] == 3:
            story.append(PageBreak())
        elif p["seq"] == 2:
            story.append(Spacer(1, 16))
        block = [Paragraph(p["title"], h1), Spacer(1, 2),
                 Paragraph(f'部门编码：{p["department_code"]}　　　　　　　　　　　　　　　　　　　　　　　　　　单位：万元', sst),
                 Spacer(1, 2)]
        hdr = [[P_("项目名称"), P_(p["name"]), P_("项目编码"), P_(p["code"])],
               [P_("主管部门"), P_(p["department"]), P_("实施单位"), P_(p["implementing_unit"])],
               [P_("年度资金总额"), P_(money(p["budget_total"])), P_("其中：财政拨款"), P_(money(p["budget_fiscal"]))],
               [P_("其他资金"), P_(money(p["budget_other"])), "", ""],
               [P_("年度目标"), P_(goal_text(p["goals"], "{i}.{g}")), "", ""]]
        t = Table(hdr, colWidths=[2.6 * cm, 5.6 * cm, 2.8 * cm, 6.0 * cm])
        t.setStyle(TableStyle(GRID + [("SPAN", (1, 3), (3, 3)), ("SPAN", (1, 4), (3, 4))]))
        inds = p["indicators"]
        rows = [[P_(h, hst) for h in ("一级指标", "二级指标", "三级指标", "指标值")]]
        for i, x in enumerate(inds):
            rows.append([P_(level_cells(inds, i, 1)), P_(level_cells(inds, i, 2)), P_(x["level3"]), P_(x["value_raw"])])
        it = Table(rows, colWidths=[3.0 * cm, 3.6 * cm, 6.4 * cm, 4.0 * cm])
        it.setStyle(TableStyle(GRID + level_spans(inds, 0, 1, 1)))
        story.append(KeepTogether(block + [t, Spacer(1, 4), it]))
    story += [Spacer(1, 10), Paragraph("填报人：云少华　　联系电话：0898-63XXXXXX", sst)]
    SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.9 * cm,
                      bottomMargin=1.9 * cm, title=d["title"], author=d["department"]).build(
        story, onFirstPage=frame, onLaterPages=frame)


# =============================================================== s6 reportlab 部门整体, VERTICAL 一级 text in tall merged cells
def d_s6(g, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    F = rl_setup()
    d = g["document"]
    cst = ParagraphStyle("c", fontName=F, fontSize=9.5, leading=12, wordWrap="CJK")
    vst = ParagraphStyle("v", parent=cst, fontSize=10.5, leading=13, alignment=1)
    hst = ParagraphStyle("h", parent=cst, alignment=1)
    h0 = ParagraphStyle("h0", fontName=F, fontSize=16, leading=22, alignment=1)
    h1 = ParagraphStyle("h1", fontName=F, fontSize=14, leading=20, alignment=1)
    h2 = ParagraphStyle("h2", fontName=F, fontSize=10.5, leading=15, alignment=1)
    rst = ParagraphStyle("r", fontName=F, fontSize=10, leading=14, alignment=2)
    sst = ParagraphStyle("s", fontName=F, fontSize=10.5, leading=15)
    P_ = lambda s, st=cst: Paragraph(s, st)
    GRID = [("GRID", (0, 0), (-1, -1), 0.6, "black"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
    story = []
    for p in g["projects"]:
        if p["seq"] > 1:
            story.append(PageBreak())
        else:
            story += [Paragraph(d["department"] + d["title"], h0), Spacer(1, 8)]
        story += [Paragraph(p["title"], h1), Paragraph("（2024年度）", h2), Paragraph("单位：万元", rst), Spacer(1, 2)]
        hdr = [[P_("部门（单位）名称"), P_(p["department"]), P_("部门编码"), P_(p["department_code"])],
               [P_("年度预算安排"), P_("资金总额"), P_(money(p["budget_total"])), ""],
               ["", P_("其中：财政拨款"), P_(money(p["budget_fiscal"])), ""],
               ["", P_("其他资金"), P_(money(p["budget_other"])), ""],
               [P_("年度总体目标"), P_("<br/>".join(f"目标{i}:{x}" for i, x in enumerate(p["goals"], 1))), "", ""]]
        t = Table(hdr, colWidths=[3.2 * cm, 6.0 * cm, 3.0 * cm, 4.8 * cm])
        t.setStyle(TableStyle(GRID + [("SPAN", (0, 1), (0, 3)), ("SPAN", (2, 1), (3, 1)), ("SPAN", (2, 2), (3, 2)),
                                      ("SPAN", (2, 3), (3, 3)), ("SPAN", (1, 4), (3, 4))]))
        inds = p["indicators"]
        rows = [[P_(h, hst) for h in ("一级指标", "二级指标", "三级指标", "指标值")]]
        heights = [24]
        for i, x in enumerate(inds):
            l1 = level_cells(inds, i, 1)
            rows.append([P_("<br/>".join(l1), vst) if l1 else "", P_(level_cells(inds, i, 2)), P_(x["level3"]),
                         P_(x["value_raw"])])
            heights.append(22)
        for start, n in spans(inds, lambda x: x["level1"]):   # the merged 一级 cell must hold its characters stacked
            need = len(inds[start]["level1"]) * 13 + 10
            if n * 22 < need:
                for j in range(start, start + n):
                    heights[1 + j] = need / n + 0.5
        it = Table(rows, colWidths=[1.8 * cm, 3.6 * cm, 6.9 * cm, 4.7 * cm], rowHeights=heights)
        it.setStyle(TableStyle(GRID + level_spans(inds, 0, 1, 1) + [("ALIGN", (0, 1), (0, -1), "CENTER")]))
        story += [t, Spacer(1, 10), Paragraph("年度绩效指标", sst), Spacer(1, 4), it, Spacer(1, 10),
                  Paragraph("填报人：祁文秀　　联系电话：0971-82XXXXX", sst)]
    SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm,
                      title=d["department"] + d["title"], author=d["department"]).build(story)


# =============================================================== driver
def build(stem, g):
    """returns (path, format, pages)."""
    if stem.startswith("s1"):
        src = os.path.join(TMP, stem + ".docx"); d_s1(g, src)
        pdf = soffice(src, "pdf", TMP)
        pages, split = s1_split(pdf, g)
        print("  s1 project 1 rows by page:", pages, "groups split by the break:", split)
        assert split, "s1: no 二级 group is split by the page break; adjust S1_ROW_CM"
        out = os.path.join(OUT, stem + ".pdf"); shutil.copy(pdf, out)
        return out, "pdf", pdf_pages(out)
    if stem.startswith("s2"):
        src = os.path.join(TMP, stem + ".pdf"); d_s2(g, src)
        out = os.path.join(OUT, stem + ".pdf"); rotate_pages(src, out)
        return out, "pdf", pdf_pages(out)
    if stem.startswith("s3"):
        src = os.path.join(TMP, stem + ".docx"); d_s3(g, src)
        pdf = soffice(src, "pdf", TMP); assert pdf_pages(pdf) == 2, pdf_pages(pdf)
        out = os.path.join(OUT, stem + ".pdf")
        return out, "pdf", scan_sideways(pdf, out)
    if stem.startswith("s4"):
        src = os.path.join(TMP, stem + ".docx"); d_s4(g, src)
        pdf = soffice(src, "pdf", TMP); assert pdf_pages(pdf) == 2, pdf_pages(pdf)
        out = os.path.join(OUT, stem + ".pdf")
        return out, "pdf", scan_flip(pdf, out)
    if stem.startswith("s5"):
        out = os.path.join(OUT, stem + ".pdf"); d_s5(g, out)
        assert pdf_pages(out) == S5_TOTAL_PAGES, pdf_pages(out)
        return out, "pdf", pdf_pages(out)
    if stem.startswith("s6"):
        out = os.path.join(OUT, stem + ".pdf"); d_s6(g, out)
        return out, "pdf", pdf_pages(out)
    raise KeyError(stem)


def main():
    os.makedirs(TMP, exist_ok=True)
    os.makedirs(OUT, exist_ok=True); os.makedirs(EXPECTED, exist_ok=True)
    only = set(sys.argv[1:])
    for stem, g in G.items():
        if only and stem not in only:
            continue
        path, fmt, pages = build(stem, g)
        rec = clean(g)
        rec["source"] = {"path": os.path.basename(path),
                         "sha256": hashlib.sha256(open(path, "rb").read()).hexdigest(),
                         "format": fmt, "pages": pages}
        if stem.startswith(("s3", "s4")):
            rec["source"]["ocr"] = True           # a scan: any text of it must come from OCR
        with open(os.path.join(EXPECTED, stem + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(rec, f, ensure_ascii=False, indent=1)
        print("wrote", os.path.basename(path), pages or "")


if __name__ == "__main__":
    main()
