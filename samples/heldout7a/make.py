#!/usr/bin/env python3
"""Render the six blind documents of heldout7a FROM the hand-typed golds in golds.py and write the golds.
reportlab (borderless PDF), python-docx, openpyxl, LibreOffice (headless, one conversion at a time, profile
/tmp/lo_heldout7a) to PDF / .xlsx (formula recalculation) / .odt; pages rendered with pypdfium2 and "scanned"
with Pillow/numpy (PDF of page images with a red seal; multi-page TIFF).
Nothing from the jixiao project is imported. Run: .venv/bin/python samples/heldout7a/make.py [STEM ...]"""
import hashlib, json, os, random, shutil, subprocess, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kit import clean
from golds import G

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "drafts")
EXPECTED = os.path.join(HERE, "expected")
TMP = "/tmp/heldout7a_build"
LO_PROFILE = "file:///tmp/lo_heldout7a"


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


# =============================================================== Word helpers (as heldout5a)
from docx import Document
from docx.enum.table import WD_ROW_HEIGHT_RULE, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt


def new_doc(font="宋体", size=10.5):
    docu = Document()
    st = docu.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.paragraph_format.space_after = Pt(0)
    for s in docu.sections:
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



def cell_paras(cell, parts, size=None):
    """a cell whose text the author broke by hand: one paragraph per part (Enter)."""
    cell.text = parts[0]
    for t in parts[1:]:
        cell.add_paragraph(t)
    if size:
        for p in cell.paragraphs:
            for r in p.runs:
                r.font.size = Pt(size)


def cell_br(cell, parts):
    """a cell whose text the author broke by hand with Shift+Enter: one paragraph, w:br between the runs."""
    cell.text = ""
    p = cell.paragraphs[0]
    for k, t in enumerate(parts):
        r = p.add_run(t)
        if k < len(parts) - 1:
            r.add_break()


def render_pages(pdf, dpi, mode="L"):
    import pypdfium2 as pdfium
    d = pdfium.PdfDocument(pdf)
    return [d[i].render(scale=dpi / 72).to_pil().convert(mode) for i in range(len(d))]


# =============================================================== q1 reportlab, BORDERLESS indicator table
def d_q1(g, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    # as heldout5a c02: the built-in Adobe-GB1 CID font STSong-Light (not embedded, UniGB-UCS2-H)
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    F = "STSong-Light"
    cellst = ParagraphStyle("c", fontName=F, fontSize=9.5, leading=13, wordWrap="CJK")
    headst = ParagraphStyle("hh", parent=cellst, fontSize=10.5)
    h0 = ParagraphStyle("h0", fontName=F, fontSize=16, leading=22, alignment=1)
    h1 = ParagraphStyle("h1", fontName=F, fontSize=14, leading=20, alignment=1)
    h2 = ParagraphStyle("h2", fontName=F, fontSize=10.5, leading=15, alignment=1)
    small = ParagraphStyle("s", fontName=F, fontSize=10, leading=14)
    d = g["document"]
    P_ = lambda s, st=cellst: Paragraph(s, st)
    NOLINES = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 2),
               ("RIGHTPADDING", (0, 0), (-1, -1), 6), ("TOPPADDING", (0, 0), (-1, -1), 3),
               ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]                    # no GRID / BOX / LINE* at all
    story = []
    for p in g["projects"]:
        if p["seq"] > 1:
            story.append(PageBreak())
        else:
            story += [Paragraph(d["department"] + d["title"], h0), Spacer(1, 6),
                      Paragraph(f'部门编码：{d["department_code"]}', small), Spacer(1, 8)]
        story += [Paragraph(p["title"], h1), Paragraph("（2024年度）", h2), Spacer(1, 4),
                  Paragraph("单位：万元", ParagraphStyle("r", parent=small, alignment=2)), Spacer(1, 2)]
        hdr = [[P_("项目名称"), P_(p["name"]), P_("项目编码"), P_(p["code"])],
               [P_("主管部门"), P_(p["department"]), P_("实施单位"), P_(p["implementing_unit"])],
               [P_("年度资金总额"), P_(money(p["budget_total"])), P_("其中：财政拨款"), P_(money(p["budget_fiscal"]))],
               [P_("其他资金"), P_(money(p["budget_other"])), "", ""],
               [P_("年度目标"), P_(goal_text(p["goals"], "{i}.{g}")), "", ""]]
        t = Table(hdr, colWidths=[2.6 * cm, 6.0 * cm, 2.8 * cm, 5.6 * cm])
        t.setStyle(TableStyle(NOLINES + [("SPAN", (1, 4), (3, 4))]))
        story += [t, Spacer(1, 10), Paragraph("绩效指标", headst), Spacer(1, 4)]
        inds = p["indicators"]
        rows = [[P_(h, headst) for h in ("一级指标", "二级指标", "三级指标", "指标值", "指标解释")]]
        prev1 = prev2 = None
        for x in inds:                                   # a level printed only where it changes: no merge lines
            l1 = x["level1"] if x["level1"] != prev1 else ""
            l2 = x["level2"] if (x["level1"], x["level2"]) != prev2 else ""
            prev1, prev2 = x["level1"], (x["level1"], x["level2"])
            rows.append([P_(l1), P_(l2), P_(x["level3"]), P_(x["value_raw"]), P_(x["description"])])
        t = Table(rows, colWidths=[2.1 * cm, 2.3 * cm, 4.3 * cm, 2.5 * cm, 5.8 * cm], repeatRows=0)
        t.setStyle(TableStyle(NOLINES))
        story += [t, Spacer(1, 12), Paragraph("填报人：阿依古丽·买买提　　联系电话：0991-28XXXXX", small)]
    docm = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                             bottomMargin=2 * cm, title=d["department"] + d["title"], author=d["department"])
    docm.build(story)


# =============================================================== q2 form → LO PDF → 150 dpi scan + red seal
def d_q2(g, path):
    docu = new_doc(size=10.5)
    for p in g["projects"]:
        if p["seq"] > 1:
            page_break(docu)
        para(docu, p["title"], 16, True, center=True)
        para(docu, "")
        para(docu, f'部门编码：{p["department_code"]}　　　　　　　　　　　　　　　　　　　　　　单位：万元')
        inds = p["indicators"]
        t = docu.add_table(rows=7 + len(inds), cols=6)
        t.style = "Table Grid"
        mset(t, 0, 0, 0, "项目名称"); mset(t, 0, 1, 3, p["name"]); mset(t, 0, 4, 4, "项目编码"); mset(t, 0, 5, 5, p["code"])
        mset(t, 1, 0, 0, "主管部门"); mset(t, 1, 1, 3, p["department"]); mset(t, 1, 4, 4, "实施单位")
        mset(t, 1, 5, 5, p["implementing_unit"])
        mset(t, 2, 0, 0, "项目资金（万元）", 4)
        for r, (k, v) in enumerate([("年度资金总额", p["budget_total"]), ("其中：财政拨款", p["budget_fiscal"]),
                                    ("其他资金", p["budget_other"])], 2):
            mset(t, r, 1, 2, k); mset(t, r, 3, 5, money(v))
        mset(t, 5, 0, 0, "年度目标"); mset(t, 5, 1, 5, goal_text(p["goals"], "{i}.{g}"))
        mset(t, 6, 0, 0, "绩效指标", 6 + len(inds))
        for c, h in enumerate(["一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据"], 1):
            mset(t, 6, c, c, h)
        for i, x in enumerate(inds):
            mset(t, 7 + i, 3, 3, x["level3"]); mset(t, 7 + i, 4, 4, x["value_raw"]); mset(t, 7 + i, 5, 5, x["basis"])
            row_height(t.rows[7 + i], 0.8)
        merge_levels(t, 7, inds, 1, 2)
        widths(t, [2.0, 2.2, 2.5, 4.3, 2.6, 3.4])
        para(docu, "")
        para(docu, "填报人：次仁卓玛　　联系电话：0891-63XXXXX　　审核人：扎西平措")
    docu.save(path)


FONT = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"


def seal_layer(size, text, seed=7):
    """a round official seal (公章): ring, the unit's name along the upper arc, a star; RGBA, red, ragged ink."""
    import math
    import numpy as np
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    S = size * 2                                            # draw at 2x, scale down
    im = Image.new("L", (S, S), 0)
    dr = ImageDraw.Draw(im)
    c, R = S / 2, S / 2 - 6
    dr.ellipse([c - R, c - R, c + R, c + R], outline=255, width=int(S * 0.035))
    font = ImageFont.truetype(FONT, int(S * 0.12))
    n = len(text)
    span = 240.0                                            # degrees of arc the name covers
    for k, ch in enumerate(text):
        ang = math.radians(-90 - span / 2 + span * (k + 0.5) / n)   # from the left round the top
        r_ = R * 0.76
        x, y = c + r_ * math.cos(ang), c + r_ * math.sin(ang)
        ci = Image.new("L", (int(S * 0.16), int(S * 0.16)), 0)
        ImageDraw.Draw(ci).text((ci.width / 2, ci.height / 2), ch, font=font, fill=255, anchor="mm")
        ci = ci.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        im.paste(255, (int(x - ci.width / 2), int(y - ci.height / 2)), ci)
    pts = []                                                # five-pointed star
    for k in range(10):
        a = math.radians(-90 + 36 * k)
        rr = S * 0.15 if k % 2 == 0 else S * 0.06
        pts.append((c + rr * math.cos(a), c + rr * math.sin(a)))
    dr.polygon(pts, fill=255)
    im = im.resize((size, size), Image.LANCZOS).filter(ImageFilter.GaussianBlur(0.8))
    a = np.asarray(im, np.float32) / 255
    rnd = np.random.default_rng(seed)
    a *= np.clip(rnd.normal(0.82, 0.18, a.shape), 0.25, 1)  # uneven ink
    return a


def stamp(page, a, cx, cy, color=(214, 40, 44), alpha=0.78):
    """multiply the seal into an RGB page: black print stays black under the red ink."""
    import numpy as np
    from PIL import Image
    arr = np.asarray(page, np.float32).copy()
    s = a.shape[0]
    x0, y0 = int(cx - s / 2), int(cy - s / 2)
    reg = arr[y0:y0 + s, x0:x0 + s]
    k = (a * alpha)[..., None]
    tint = np.array(color, np.float32) / 255
    arr[y0:y0 + s, x0:x0 + s] = reg * (1 - k) + reg * tint * k
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


def text_boxes(pdf, page_no):
    """(text, x0, y0top, x1, y1top) of every text line of a page, PDF points from the top (pdfminer)."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTTextContainer, LTTextLine
    out = []
    for i, pg in enumerate(extract_pages(pdf)):
        if i != page_no:
            continue
        H = pg.height
        for el in pg:
            if isinstance(el, LTTextContainer):
                for ln in el:
                    if isinstance(ln, LTTextLine):
                        out.append((ln.get_text().strip(), ln.x0, H - ln.y1, ln.x1, H - ln.y0))
    return out


SEAL_NOTE = {}


def scan_seal(pdf, out, g, dpi=150, seed=11):
    """pages at 150 dpi, a red seal on page 1 over the end of the header block and the first 指标值 cell,
    light speckle, slight tilt → image-only PDF."""
    import numpy as np
    from PIL import Image, ImageFilter
    rnd = np.random.default_rng(seed)
    pages = render_pages(pdf, dpi, "RGB")
    z = dpi / 72
    boxes = text_boxes(pdf, 0)
    p0 = g["projects"][0]
    v1 = p0["indicators"][0]["value_raw"]
    ns = lambda t: "".join(t.split())
    hb = [b for b in boxes if ns(b[0]) == "指标值"][0]      # the indicator header's 指标值 cell
    vb = [b for b in boxes if ns(b[0]) == ns(v1)][0]         # row 1's value
    cx = (vb[1] + vb[3]) / 2 * z + 10
    cy = (hb[2] + hb[4]) / 2 * z - 10
    size = int(42 / 25.4 * dpi)                              # a 42 mm seal
    a = seal_layer(size, g["document"]["department"])
    r = size / 2 / z
    SEAL_NOTE[out] = sorted({ns(b[0]) for b in boxes if (max(b[1], min(cx / z, b[3])) - cx / z) ** 2 +
                             (max(b[2], min(cy / z, b[4])) - cy / z) ** 2 < (r * 0.92) ** 2})
    outp = []
    for k, im in enumerate(pages):
        if k == 0:
            im = stamp(im, a, cx, cy)
        im = im.rotate((0.35, -0.5)[k % 2], resample=Image.BICUBIC, fillcolor=(255, 255, 255))
        arr = np.asarray(im, np.float32)
        arr = arr * 0.95 + np.array([10, 9, 6], np.float32)            # off-white paper
        h, w = arr.shape[:2]
        n = h * w // 900                                                # light speckle
        ys, xs = rnd.integers(0, h, n), rnd.integers(0, w, n)
        arr[ys, xs] = rnd.integers(60, 170, (n, 1))
        arr += rnd.normal(0, 3.0, arr.shape)
        im = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.45))
        outp.append(im)
    outp[0].save(out, "PDF", save_all=True, append_images=outp[1:], resolution=float(dpi))


# =============================================================== q3 one project per page → two-page TIFF at 200 dpi
def d_q3(g, path):
    docu = new_doc(size=10.5)
    for p in g["projects"]:
        if p["seq"] > 1:
            page_break(docu)
        para(docu, p["title"], 16, True, center=True)
        para(docu, "（2025年度）", center=True)
        para(docu, f'填报单位：{p["department"]}　　　　　　　　　　　　　　金额单位：万元')
        t = docu.add_table(rows=7, cols=4)
        t.style = "Table Grid"
        mset(t, 0, 0, 0, "项目名称"); mset(t, 0, 1, 3, p["name"])
        mset(t, 1, 0, 0, "项目编码"); mset(t, 1, 1, 1, p["code"]); mset(t, 1, 2, 2, "部门编码")
        mset(t, 1, 3, 3, p["department_code"])
        mset(t, 2, 0, 0, "主管部门"); mset(t, 2, 1, 1, p["department"]); mset(t, 2, 2, 2, "实施单位")
        mset(t, 2, 3, 3, p["implementing_unit"])
        mset(t, 3, 0, 0, "项目资金", 5)
        for r, (k, v) in enumerate([("年度资金总额", p["budget_total"]), ("其中：财政拨款", p["budget_fiscal"]),
                                    ("其他资金", p["budget_other"])], 3):
            mset(t, r, 1, 1, k); mset(t, r, 2, 3, money(v))
        mset(t, 6, 0, 0, "年度绩效目标"); mset(t, 6, 1, 3, goal_text(p["goals"], "{i}.{g}", "\n"))
        widths(t, [2.6, 5.2, 2.6, 6.6])
        para(docu, "")
        inds = p["indicators"]
        it = docu.add_table(rows=1 + len(inds), cols=4)
        it.style = "Table Grid"
        for c, h in enumerate(["一级指标", "二级指标", "三级指标", "指标值"]):
            mset(it, 0, c, c, h)
        for i, x in enumerate(inds):
            mset(it, 1 + i, 2, 2, x["level3"]); mset(it, 1 + i, 3, 3, x["value_raw"])
            row_height(it.rows[1 + i], 0.85)
        merge_levels(it, 1, inds)
        widths(it, [3.0, 3.6, 6.4, 4.0])
        para(docu, "")
        para(docu, "填报人：努尔兰·卡德尔　　联系电话：0992-36XXXXX　　填报日期：2025年1月8日")
    docu.save(path)


def scan_tiff(pdf, out, dpi=200, seed=13):
    import numpy as np
    from PIL import Image, ImageFilter
    rnd = np.random.default_rng(seed)
    outp = []
    for k, im in enumerate(render_pages(pdf, dpi, "L")):
        im = im.rotate((-0.6, 0.4)[k % 2], resample=Image.BICUBIC, fillcolor=255)
        arr = np.asarray(im, np.float32) * 0.92 + 14
        arr += rnd.normal(0, 6.0, arr.shape)
        h, w = arr.shape
        n = h * w // 1200
        arr[rnd.integers(0, h, n), rnd.integers(0, w, n)] = rnd.integers(40, 160, n)
        im = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.5))
        outp.append(im)
    outp[0].save(out, format="TIFF", save_all=True, append_images=outp[1:], compression="tiff_lzw",
                 dpi=(dpi, dpi))
    return len(outp)


# =============================================================== q4 xlsx with formulas, recalculated by LibreOffice
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="center")
MONEY = "#,##0.00"


def put(ws, r, c, v, fmt=None, bold=False):
    cell = ws.cell(row=r, column=c, value=v)
    cell.border = BOX
    cell.alignment = WRAP
    if fmt:
        cell.number_format = fmt
    if bold:
        cell.font = Font(bold=True)
    return cell


def mput(ws, r, c0, c1, v, fmt=None, bold=False, r1=None):
    r1 = r1 or r
    for rr in range(r, r1 + 1):
        for cc in range(c0, c1 + 1):
            put(ws, rr, cc, None)
    put(ws, r, c0, v, fmt, bold)
    if c1 != c0 or r1 != r:
        ws.merge_cells(start_row=r, start_column=c0, end_row=r1, end_column=c1)


def xl_levels(ws, r0, inds, c1=1, c2=2):
    for col, key_fn, txt in ((c1, lambda d: d["level1"], lambda d: d["level1"]),
                             (c2, lambda d: (d["level1"], d["level2"]), lambda d: d["level2"])):
        for start, n in spans(inds, key_fn):
            mput(ws, r0 + start, col, col, txt(inds[start]), r1=r0 + start + n - 1)


def d_q4(g, path):
    """sheet 汇总 (a list of both projects' funds with a 合计 row, cross-sheet formulas), then one form sheet per
    project; amounts and some indicator values are formulas. openpyxl writes NO cached values: LibreOffice
    recalculates and re-saves (make.py's build)."""
    wb = Workbook()
    sm = wb.active
    sm.title = "汇总"
    d = g["document"]
    sheets = []
    for p in g["projects"]:
        ws = wb.create_sheet(p["name"])
        sheets.append(ws)
        for col, wd in zip("ABCD", [14, 18, 34, 20]):
            ws.column_dimensions[col].width = wd
        ws.merge_cells("A1:D1")
        c = ws.cell(row=1, column=1, value=p["title"]); c.font = Font(bold=True, size=16)
        c.alignment = Alignment(horizontal="center")
        ws.merge_cells("A2:D2")
        ws.cell(row=2, column=1, value="单位：万元").alignment = Alignment(horizontal="right")
        put(ws, 3, 1, "项目名称"); mput(ws, 3, 2, 4, p["name"])
        put(ws, 4, 1, "项目编码"); put(ws, 4, 2, p["code"]); put(ws, 4, 3, "主管部门"); put(ws, 4, 4, p["department"])
        put(ws, 5, 1, "部门编码"); put(ws, 5, 2, p["department_code"]); put(ws, 5, 3, "实施单位")
        put(ws, 5, 4, p["implementing_unit"])
        mput(ws, 6, 1, 1, "项目资金", r1=8)
        f = dict(p["_f"])
        ref = {"total": "C6", "fiscal": "C7", "other": "C8", "v1": "D11"}
        vals = {"total": f.get("total", p["budget_total"]), "fiscal": f.get("fiscal", p["budget_fiscal"]),
                "other": f.get("other", p["budget_other"])}
        for r, (k, key) in enumerate([("年度资金总额", "total"), ("其中：财政拨款", "fiscal"), ("其他资金", "other")], 6):
            v = vals[key]
            put(ws, r, 2, k); mput(ws, r, 3, 4, v.format(**ref) if isinstance(v, str) else v, MONEY)
        put(ws, 9, 1, "年度目标"); mput(ws, 9, 2, 4, goal_text(p["goals"], "{i}.{g}", "\n"))
        ws.row_dimensions[9].height = 48
        for c, h in enumerate(["一级指标", "二级指标", "三级指标", "指标值"], 1):
            put(ws, 10, c, h, bold=True)
        inds = p["indicators"]
        for i, x in enumerate(inds):
            r = 11 + i
            put(ws, r, 3, x["level3"])
            put(ws, r, 4, x["_f"].format(**ref) if x.get("_f") else x["value_raw"])
        xl_levels(ws, 11, inds)
        r = 11 + len(inds) + 1
        ws.cell(row=r, column=1, value="填报人：格桑央宗　　联系电话：0894-58XXXXX")
    # the summary sheet: both projects and a 合计 row, all formulas
    for col, wd in zip("ABCDE", [8, 30, 16, 16, 16]):
        sm.column_dimensions[col].width = wd
    sm.merge_cells("A1:E1")
    c = sm.cell(row=1, column=1, value="2024年度项目资金汇总表"); c.font = Font(bold=True, size=14)
    c.alignment = Alignment(horizontal="center")
    sm.merge_cells("A2:E2")
    sm.cell(row=2, column=1, value=f'主管部门：{d["department"]}　　部门编码：{d["department_code"]}　　单位：万元')
    for c, h in enumerate(["序号", "项目名称", "年度资金总额", "其中：财政拨款", "其他资金"], 1):
        put(sm, 3, c, h, bold=True)
    for k, (p, ws) in enumerate(zip(g["projects"], sheets)):
        r = 4 + k
        put(sm, r, 1, k + 1); put(sm, r, 2, f"='{ws.title}'!B3")
        for c, cell in zip((3, 4, 5), ("C6", "C7", "C8")):
            put(sm, r, c, f"='{ws.title}'!{cell}", MONEY)
    r = 4 + len(sheets)
    mput(sm, r, 1, 2, "合计", bold=True)
    for c in (3, 4, 5):
        L = "CDE"[c - 3]
        put(sm, r, c, f"=SUM({L}4:{L}{r - 1})", MONEY, bold=True)
    wb.save(path)


# =============================================================== q5 docx, manual line breaks inside cells + a footnote mark
def d_q5(g, path):
    docu = new_doc(size=10.5)
    d = g["document"]
    para(docu, d["title"], 18, True, center=True)
    for p in g["projects"]:
        if p["seq"] > 1:
            page_break(docu)
        para(docu, "")
        para(docu, p["title"], 15, True, center=True)
        para(docu, "单位：万元", right=True)
        inds = p["indicators"]
        t = docu.add_table(rows=8 + len(inds), cols=6)
        t.style = "Table Grid"
        mset(t, 0, 0, 0, "项目名称"); mset(t, 0, 1, 5, p["name"])
        mset(t, 1, 0, 0, "项目编码"); mset(t, 1, 1, 2, p["code"]); mset(t, 1, 3, 3, "部门编码"); mset(t, 1, 4, 5, p["department_code"])
        mset(t, 2, 0, 0, "主管部门"); mset(t, 2, 1, 2, p["department"]); mset(t, 2, 3, 3, "实施单位")
        mset(t, 2, 4, 5, p["implementing_unit"])
        mset(t, 3, 0, 0, "项目资金（万元）", 5)
        for r, (k, v) in enumerate([("年度资金总额", p["budget_total"]), ("其中：财政拨款", p["budget_fiscal"]),
                                    ("其他资金", p["budget_other"])], 3):
            mset(t, r, 1, 2, k); mset(t, r, 3, 5, money(v))
        mset(t, 6, 0, 0, "年度绩效目标"); mset(t, 6, 1, 5, goal_text(p["goals"], "{i}.{g}"))
        for c, h in enumerate(["一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据", "权重（%）"]):
            mset(t, 7, c, c, h)
        for i, x in enumerate(inds):
            r = 8 + i
            c3 = t.cell(r, 2)
            if x.get("_paras"):
                cell_paras(c3, x["_paras"])
            elif x.get("_br"):
                cell_br(c3, x["_br"])
            else:
                c3.text = x["level3"]
            cv = t.cell(r, 3)
            cv.text = x["value_raw"]
            if x.get("_sup"):
                sr = cv.paragraphs[0].add_run(x["_sup"])
                sr.font.superscript = True                     # footnote-style mark after the value
            t.cell(r, 4).text = x["basis"]
            t.cell(r, 5).text = str(x["weight"])
            for c in range(2, 6):
                t.cell(r, c).vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        merge_levels(t, 8, inds)
        widths(t, [2.4, 2.6, 4.4, 2.6, 2.9, 2.1])
        if any(x.get("_sup") for x in inds):
            para(docu, "注：1.重点人群包括65岁及以上老年人、0-6岁儿童、孕产妇以及高血压、2型糖尿病患者等。", 9)
        para(docu, "")
        para(docu, "填报人：旦增罗布　　联系电话：0892-88XXXXX")
    docu.save(path)


# =============================================================== q6 部门整体支出绩效目标表 docx → .odt
def d_q6(g, path):
    docu = new_doc(size=10.5)
    d = g["document"]
    for p in g["projects"]:
        if p["seq"] > 1:
            page_break(docu)
        else:
            para(docu, d["department"] + d["title"], 17, True, center=True)
            para(docu, "")
        para(docu, p["title"], 15, True, center=True)
        para(docu, "（2023年度）", center=True)
        t = docu.add_table(rows=7, cols=5)
        t.style = "Table Grid"
        mset(t, 0, 0, 0, "部门（单位）名称"); mset(t, 0, 1, 2, p["department"]); mset(t, 0, 3, 3, "部门编码")
        mset(t, 0, 4, 4, p["department_code"])
        mset(t, 1, 0, 0, "年度预算安排（万元）", 5)
        ex = p["extra"]
        for r, (k, v) in enumerate([("资金总额", money(p["budget_total"])), ("其中：财政拨款", money(p["budget_fiscal"])),
                                    ("其他资金", money(p["budget_other"])), ("按用途划分：基本支出", ex["基本支出"]),
                                    ("项目支出", ex["项目支出"])], 1):
            mset(t, r, 1, 2, k); mset(t, r, 3, 4, v)
        t.cell(6, 0).text = "年度总体目标"
        gc = t.cell(6, 1).merge(t.cell(6, 4))
        cell_paras(gc, [f"目标{i}:{x}" for i, x in enumerate(p["goals"], 1)])
        widths(t, [3.2, 2.6, 3.4, 3.6, 4.2])
        para(docu, "")
        duties = p["_duties"]
        dt = docu.add_table(rows=2 + len(duties), cols=4)              # 年度履职目标: its own table
        dt.style = "Table Grid"
        mset(dt, 0, 0, 3, "年度履职目标")
        for c, h in enumerate(["部门职能", "年度目标任务", "支出项目名称", "预算金额（万元）"]):
            mset(dt, 1, c, c, h)
        for k, row in enumerate(duties, 2):
            for c, v in enumerate(row):
                mset(dt, k, c, c, money(v) if isinstance(v, float) else v)
        widths(dt, [3.4, 6.0, 4.6, 3.0])
        para(docu, "")
        para(docu, "年度绩效指标", 11, True)
        inds = p["indicators"]
        it = docu.add_table(rows=1 + len(inds), cols=5)
        it.style = "Table Grid"
        for c, h in enumerate(["一级指标", "二级指标", "三级指标", "指标解释", "指标值"]):
            mset(it, 0, c, c, h)
        for i, x in enumerate(inds):
            mset(it, 1 + i, 2, 2, x["level3"]); mset(it, 1 + i, 3, 3, x["description"])
            mset(it, 1 + i, 4, 4, x["value_raw"])
        merge_levels(it, 1, inds)
        widths(it, [2.4, 2.8, 4.0, 5.2, 2.6])
    docu.save(path)


# =============================================================== driver
def build(stem, g):
    """returns (path, format, pages)."""
    if stem.startswith("q1"):
        out = os.path.join(OUT, stem + ".pdf"); d_q1(g, out)
        return out, "pdf", pdf_pages(out)
    if stem.startswith("q2"):
        src = os.path.join(TMP, stem + ".docx"); d_q2(g, src)
        pdf = soffice(src, "pdf", TMP); out = os.path.join(OUT, stem + ".pdf"); scan_seal(pdf, out, g)
        print("  seal covers:", SEAL_NOTE[out])
        return out, "pdf", pdf_pages(out)
    if stem.startswith("q3"):
        src = os.path.join(TMP, stem + ".docx"); d_q3(g, src)
        pdf = soffice(src, "pdf", TMP); assert pdf_pages(pdf) == 2, pdf_pages(pdf)
        out = os.path.join(OUT, stem + ".tif")
        return out, "image", scan_tiff(pdf, out)
    if stem.startswith("q4"):
        src = os.path.join(TMP, stem + ".xlsx"); d_q4(g, src)
        calc = os.path.join(TMP, "recalc"); os.makedirs(calc, exist_ok=True)
        res = soffice(src, "xlsx", calc)                  # LibreOffice computes and stores the cached values
        out = os.path.join(OUT, stem + ".xlsx"); shutil.copy(res, out)
        return out, "xlsx", None
    if stem.startswith("q5"):
        out = os.path.join(OUT, stem + ".docx"); d_q5(g, out)
        return out, "docx", None
    if stem.startswith("q6"):
        src = os.path.join(TMP, stem + ".docx"); d_q6(g, src)
        res = soffice(src, "odt", TMP); out = os.path.join(OUT, stem + ".odt"); shutil.copy(res, out)
        return out, "odt", None
    raise KeyError(stem)


def pdf_pages(path):
    import pypdfium2 as pdfium
    return len(pdfium.PdfDocument(path))


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
        if stem.startswith(("q2", "q3")):
            rec["source"]["ocr"] = True           # a scan: any text of it must come from OCR
        with open(os.path.join(EXPECTED, stem + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(rec, f, ensure_ascii=False, indent=1)
        print("wrote", os.path.basename(path), pages or "")


if __name__ == "__main__":
    main()
