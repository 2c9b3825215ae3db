#!/usr/bin/env python3
"""Render the six blind documents of heldout6a FROM the hand-typed golds in golds.py and write the golds.
Word with python-docx, Excel with openpyxl, LibreOffice (headless, one conversion at a time, profile
/tmp/lo_heldout6a) to PDF; one PDF page rendered with pypdfium2 and "photographed" with Pillow (JPEG).
Nothing from the jixiao project is imported. Run: .venv/bin/python samples/heldout6a/make.py [STEM ...]"""
import hashlib, json, os, random, shutil, subprocess, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kit import clean
from golds import G

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "drafts")
EXPECTED = os.path.join(HERE, "expected")
TMP = "/tmp/heldout6a_build"
LO_PROFILE = "file:///tmp/lo_heldout6a"


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


def no_borders(t):
    tblPr = t._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


# =============================================================== p1 one-project form → PDF → photo (JPEG)
def d_p1(g, path):
    docu = new_doc(size=10.5)
    p = g["projects"][0]
    para(docu, p["title"], 17, True, center=True)
    para(docu, "")
    para(docu, f'部门编码：{p["department_code"]}　　　　　　　　　　　　　　　　　　　单位：万元')
    t = docu.add_table(rows=8, cols=4)
    t.style = "Table Grid"
    mset(t, 0, 0, 0, "项目名称"); mset(t, 0, 1, 3, p["name"])
    mset(t, 1, 0, 0, "项目编码"); mset(t, 1, 1, 1, p["code"]); mset(t, 1, 2, 2, "主管部门"); mset(t, 1, 3, 3, p["department"])
    mset(t, 2, 0, 0, "实施单位"); mset(t, 2, 1, 3, p["implementing_unit"])
    mset(t, 3, 0, 0, "项目资金", 6)
    for r, (k, v) in enumerate([("年度资金总额", p["budget_total"]), ("其中：财政拨款", p["budget_fiscal"]),
                                ("其他资金", p["budget_other"])], 3):
        mset(t, r, 1, 1, k); mset(t, r, 2, 3, money(v))
    mset(t, 6, 1, 1, "上年结转资金"); mset(t, 6, 2, 3, "—")
    mset(t, 7, 0, 0, "年度目标"); mset(t, 7, 1, 3, goal_text(p["goals"], "{i}.{g}"))
    for row in t.rows:
        row_height(row, 0.85)
    widths(t, [3.0, 4.6, 2.6, 6.8])
    para(docu, "")
    inds = p["indicators"]
    it = docu.add_table(rows=1 + len(inds), cols=4)
    it.style = "Table Grid"
    for c, h in enumerate(["一级指标", "二级指标", "三级指标", "指标值"]):
        mset(it, 0, c, c, h)
    for i, x in enumerate(inds):
        mset(it, 1 + i, 2, 2, x["level3"]); mset(it, 1 + i, 3, 3, x["value_raw"])
        row_height(it.rows[1 + i], 0.95)
    merge_levels(it, 1, inds)
    widths(it, [2.8, 3.4, 6.8, 4.0])
    para(docu, "")
    para(docu, "填报人：孙立伟　　　　联系电话：0453-69XXXXX　　　　填报日期：2024年1月12日")
    docu.save(path)


def persp_coeffs(dst, src):
    """coefficients for Image.transform(PERSPECTIVE): output point dst[i] samples input src[i]."""
    import numpy as np
    A, b = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); b.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y]); b.append(v)
    return list(np.linalg.solve(np.array(A, float), np.array(b, float)))


def photo(pdf, out, seed=6):
    """page 1 at 200 dpi → paper on a desk, perspective skew, ~2° rotation, uneven light, JPEG."""
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter
    rnd = np.random.default_rng(seed)
    page = pdfium.PdfDocument(pdf)[0].render(scale=200 / 72).to_pil().convert("RGB")
    w, h = page.size
    paper = np.asarray(page, dtype=np.float32)
    paper = paper * np.array([0.97, 0.95, 0.90], np.float32) + np.array([4, 4, 6], np.float32)   # warm paper
    page = Image.fromarray(np.clip(paper, 0, 255).astype(np.uint8))
    mx, my = int(w * 0.07), int(h * 0.05)
    W_, H_ = w + 2 * mx, h + 2 * my
    desk = Image.new("RGB", (W_, H_), (92, 78, 64))
    desk.paste(page, (mx, my))
    # the paper's corners as they land in the photo (top edge farther from the camera: narrower)
    dst = [(mx + w * 0.035, my + h * 0.012), (mx + w * 0.975, my - h * 0.004),
           (mx + w * 1.012, my + h * 0.995), (mx - w * 0.018, my + h * 1.008)]
    src = [(mx, my), (mx + w, my), (mx + w, my + h), (mx, my + h)]
    img = desk.transform((W_, H_), Image.PERSPECTIVE, persp_coeffs(dst, src), Image.BICUBIC,
                         fillcolor=(92, 78, 64))
    img = img.rotate(2.1, resample=Image.BICUBIC, expand=False, fillcolor=(88, 74, 60))
    # uneven lighting: bright towards the upper left, a shadow towards the lower right, and a soft hot spot
    yy, xx = np.mgrid[0:H_, 0:W_].astype(np.float32)
    light = 1.04 - 0.26 * (xx / W_) * 0.6 - 0.26 * (yy / H_) * 0.8
    light += 0.10 * np.exp(-(((xx - 0.3 * W_) / (0.35 * W_)) ** 2 + ((yy - 0.25 * H_) / (0.3 * H_)) ** 2))
    arr = np.asarray(img, dtype=np.float32) * light[..., None]
    arr += rnd.normal(0, 5.0, arr.shape).astype(np.float32)             # sensor noise
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.7))
    img.save(out, "JPEG", quality=68, optimize=True)


# =============================================================== p2 multi-page PDF, split without header
ROWH2 = {1: 1.05, 2: 2.45, 3: 1.05}   # project 2: 7 rows fit on its first page


def d_p2(g, path):
    docu = new_doc(size=10.5)
    d = g["document"]
    for p in g["projects"]:
        if p["seq"] > 1:
            page_break(docu)
        else:
            para(docu, d["title"], 18, True, center=True)
            para(docu, "")
        para(docu, p["title"], 15, True, center=True)
        para(docu, f'主管部门：{p["department_code"]}-{p["department"]}　　　　　　　　　　　金额单位：万元')
        t = docu.add_table(rows=6, cols=4)
        t.style = "Table Grid"
        mset(t, 0, 0, 0, "项目名称"); mset(t, 0, 1, 3, p["name"])
        mset(t, 1, 0, 0, "实施单位"); mset(t, 1, 1, 3, p["implementing_unit"])
        mset(t, 2, 0, 0, "项目资金（万元）", 4)
        for r, (k, v) in enumerate([("年度资金总额", p["budget_total"]), ("其中：财政拨款", p["budget_fiscal"]),
                                    ("其他资金", p["budget_other"])], 2):
            mset(t, r, 1, 1, k); mset(t, r, 2, 3, money(v))
        mset(t, 5, 0, 0, "年度目标"); mset(t, 5, 1, 3, goal_text(p["goals"], "{i}.{g}", "\n"))
        widths(t, [3.4, 4.0, 3.0, 6.6])
        inds = p["indicators"]
        it = docu.add_table(rows=1 + len(inds), cols=5)   # directly below, same width: reads as one form
        it.style = "Table Grid"
        for c, h in enumerate(["一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据"]):
            mset(it, 0, c, c, h)
        # NO w:tblHeader: the continuation page starts with indicator rows
        for i, x in enumerate(inds):
            mset(it, 1 + i, 2, 2, x["level3"]); mset(it, 1 + i, 3, 3, x["value_raw"])
            mset(it, 1 + i, 4, 4, x["basis"])
            row_height(it.rows[1 + i], ROWH2[p["seq"]])
            trpr(it.rows[1 + i], "w:cantSplit")
        merge_levels(it, 1, inds)
        widths(it, [2.6, 2.8, 5.6, 3.4, 2.6])
        para(docu, "")
        para(docu, "填报人：白雅琴　　联系电话：0472-21XXXXX")
    docu.save(path)


# =============================================================== p3 部门整体 table, then two projects on one page
def d_p3(g, path):
    docu = new_doc(size=10)
    d = g["document"]
    dept, p2, p3 = g["projects"]
    para(docu, d["department"] + d["title"], 16, True, center=True)
    para(docu, "")
    para(docu, dept["title"], 14, True, center=True)
    para(docu, "（2022年度）", center=True)
    duties, inds = dept["_duties"], dept["indicators"]
    n = 1 + 5 + 1 + len(duties) + 1 + 1 + len(inds)
    t = docu.add_table(rows=n, cols=5)
    t.style = "Table Grid"
    mset(t, 0, 0, 0, "部门（单位）名称"); mset(t, 0, 1, 2, dept["department"]); mset(t, 0, 3, 3, "部门编码")
    mset(t, 0, 4, 4, dept["department_code"])
    mset(t, 1, 0, 0, "年度预算安排（万元）", 5)
    ex = dept["extra"]
    for r, (k, v) in enumerate([("资金总额", money(dept["budget_total"])), ("其中：财政拨款", money(dept["budget_fiscal"])),
                                ("其他资金", money(dept["budget_other"])), ("按用途划分：基本支出", ex["基本支出"]),
                                ("项目支出", ex["项目支出"])], 1):
        mset(t, r, 1, 2, k); mset(t, r, 3, 4, v)
    r = 6
    mset(t, r, 0, 0, "年度履职目标", r + len(duties))
    for c, h in enumerate(["部门职能", "年度目标任务", "支出项目名称", "预算金额（万元）"], 1):
        mset(t, r, c, c, h)
    for k, (a, b, c_, m) in enumerate(duties, 1):
        for c, v in enumerate([a, b, c_, money(m)], 1):
            mset(t, r + k, c, c, v)
    r += len(duties) + 1
    mset(t, r, 0, 0, "年度总体目标"); mset(t, r, 1, 4, goal_text(dept["goals"], "{i}.{g}", "\n"))
    r += 1
    mset(t, r, 0, 0, "年度绩效指标", r + len(inds))
    for c, h in enumerate(["一级指标", "二级指标", "三级指标", "指标值"], 1):
        mset(t, r, c, c, h)
    for i, x in enumerate(inds):
        mset(t, r + 1 + i, 3, 3, x["level3"]); mset(t, r + 1 + i, 4, 4, x["value_raw"])
    merge_levels(t, r + 1, inds, 1, 2)
    widths(t, [2.6, 3.0, 3.6, 4.6, 3.2])
    page_break(docu)
    S = 8.5
    for p in (p2, p3):
        para(docu, p["title"], 12, True, center=True)
        para(docu, f'主管部门：{p["department_code"]} {p["department"]}　　　　　　　　　　　　　单位：万元', 9)
        inds = p["indicators"]
        t = docu.add_table(rows=4 + len(inds), cols=6)
        t.style = "Table Grid"
        mset(t, 0, 0, 0, "项目名称", size=S); mset(t, 0, 1, 2, p["name"], size=S); mset(t, 0, 3, 3, "实施单位", size=S)
        mset(t, 0, 4, 5, p["implementing_unit"], size=S)
        for c, v in enumerate(["年度资金总额", money(p["budget_total"]), "其中：财政拨款", money(p["budget_fiscal"]),
                               "其他资金", money(p["budget_other"])]):
            mset(t, 1, c, c, v, size=S)
        mset(t, 2, 0, 0, "年度目标", size=S); mset(t, 2, 1, 5, goal_text(p["goals"], "{i}.{g}"), size=S)
        for c0, c1, h in ((0, 0, "一级指标"), (1, 1, "二级指标"), (2, 4, "三级指标"), (5, 5, "指标值")):
            mset(t, 3, c0, c1, h, size=S)
        for i, x in enumerate(inds):
            mset(t, 4 + i, 2, 4, x["level3"], size=S); mset(t, 4 + i, 5, 5, x["value_raw"], size=S)
        merge_levels(t, 4, inds, 0, 1, size=S)
        widths(t, [2.4, 2.8, 3.0, 2.4, 3.0, 3.4])
        para(docu, "", 6)
    docu.save(path)


# =============================================================== p4 docx, nested tables inside an outer layout table
def d_p4(g, path):
    docu = new_doc(size=10.5)
    for p in g["projects"]:
        if p["seq"] > 1:
            page_break(docu)
        outer = docu.add_table(rows=3, cols=1)
        no_borders(outer)
        c0 = outer.cell(0, 0)
        c0.text = p["title"]
        c0.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        c0.paragraphs[0].runs[0].font.size = Pt(16); c0.paragraphs[0].runs[0].bold = True
        sub = c0.add_paragraph("（2025年度）"); sub.alignment = WD_ALIGN_PARAGRAPH.CENTER
        cell = outer.cell(1, 0)
        cell.text = f'填报单位（盖章）：{p["department"]}　　　　　　　　　　　　单位：万元'
        h = cell.add_table(rows=7, cols=4)                      # NESTED: key/value block
        h.style = "Table Grid"
        mset(h, 0, 0, 0, "项目名称"); mset(h, 0, 1, 3, p["name"])
        mset(h, 1, 0, 0, "项目编码"); mset(h, 1, 1, 1, p["code"]); mset(h, 1, 2, 2, "部门编码")
        mset(h, 1, 3, 3, p["department_code"])
        mset(h, 2, 0, 0, "主管部门"); mset(h, 2, 1, 1, p["department"]); mset(h, 2, 2, 2, "实施单位")
        mset(h, 2, 3, 3, p["implementing_unit"])
        mset(h, 3, 0, 0, "项目资金（万元）", 5)
        for r, (k, v) in enumerate([("年度资金总额", p["budget_total"]), ("其中：财政拨款", p["budget_fiscal"]),
                                    ("其他资金", p["budget_other"])], 3):
            mset(h, r, 1, 1, k); mset(h, r, 2, 3, money(v))
        mset(h, 6, 0, 0, "年度绩效目标"); mset(h, 6, 1, 3, goal_text(p["goals"], "{i}.{g}"))
        widths(h, [3.0, 4.6, 2.4, 6.6])
        cell.add_paragraph("绩效指标")
        inds = p["indicators"]
        it = cell.add_table(rows=1 + len(inds), cols=5)         # NESTED: indicator table
        it.style = "Table Grid"
        for c, hd in enumerate(["一级指标", "二级指标", "三级指标", "指标值", "分值"]):
            mset(it, 0, c, c, hd)
        for i, x in enumerate(inds):
            mset(it, 1 + i, 2, 2, x["level3"]); mset(it, 1 + i, 3, 3, x["value_raw"])
            mset(it, 1 + i, 4, 4, str(x["weight"]))
        merge_levels(it, 1, inds)
        widths(it, [2.6, 3.0, 5.8, 3.6, 1.6])
        outer.cell(2, 0).text = "项目负责人：韦振华　　　　联系电话：0772-38XXXXX　　　　审核人：覃丽萍"
        widths(outer, [17.0])
    docu.save(path)


# =============================================================== p5 xlsx: hidden old sheet, notes, two stacked projects
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="center")


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


def xl_form(ws, g, title, old=False):
    for col, wd in zip("ABCDE", [12, 14, 28, 18, 34]):
        ws.column_dimensions[col].width = wd
    ws.merge_cells("A1:E1")
    c = ws.cell(row=1, column=1, value=title); c.font = Font(bold=True, size=16)
    c.alignment = Alignment(horizontal="center")
    d = g["document"]
    ws.merge_cells("A2:D2")
    ws.cell(row=2, column=1, value=f'部门编码：{d["department_code"]}　　主管部门：{d["department"]}')
    ws.cell(row=2, column=5, value="金额单位：万元")
    r = 3
    for p in g["projects"]:
        inds = p["indicators"]
        put(ws, r, 1, "项目名称"); mput(ws, r, 2, 3, p["name"]); put(ws, r, 4, "实施单位"); put(ws, r, 5, p["implementing_unit"])
        mput(ws, r + 1, 1, 1, "项目资金（万元）", r1=r + 3)
        total = p["_old"][0] if old else p["budget_total"]
        fiscal = round(total - (p["budget_other"] or 0), 2) if old else p["budget_fiscal"]
        for k, (lab, v) in enumerate([("资金总额", total), ("其中：财政拨款", fiscal), ("其他资金", p["budget_other"])], 1):
            mput(ws, r + k, 2, 3, lab); mput(ws, r + k, 4, 5, v, "#,##0.00")
        put(ws, r + 4, 1, "年度目标"); mput(ws, r + 4, 2, 5, goal_text(p["goals"], "{i}.{g}", "\n"))
        ws.row_dimensions[r + 4].height = 36
        for c, h in enumerate(["一级指标", "二级指标", "三级指标", "指标值", "指标解释"], 1):
            put(ws, r + 5, c, h, bold=True)
        r0 = r + 6
        for i, x in enumerate(inds):
            val = x.get("_cell", x["value_raw"])
            if old and i == 1:
                val = p["_old"][1]
            put(ws, r0 + i, 3, x["level3"]); put(ws, r0 + i, 4, val); put(ws, r0 + i, 5, x["description"])
        xl_levels(ws, r0, inds)
        r = r0 + len(inds) + 1                     # ONE blank row, then the next project
    ws.cell(row=r, column=1, value="填报人：马晓东　　联系电话：0971-61XXXXX")


def d_p5(g, path):
    wb = Workbook()
    wb.remove(wb.active)
    old = wb.create_sheet("2023版（作废）")
    xl_form(old, g, "2023年度项目支出绩效目标表（旧版）", old=True)
    old.sheet_state = "hidden"
    notes = wb.create_sheet("填表说明")
    notes.column_dimensions["A"].width = 100
    for i, line in enumerate([
            "填表说明",
            "一、本表由项目实施单位填报，主管部门审核后报区财政局。",
            "二、绩效指标原则上按产出指标、效益指标、满意度指标、成本指标分类设置，三级指标应当细化、量化。",
            "三、指标值应填写具体数值或定性描述，数量指标不少于2个，满意度指标一般不低于85%。",
            "四、金额单位为万元，保留两位小数。本工作簿“绩效目标表”为正式填报表，其余工作表仅供参考。"], 1):
        notes.cell(row=i, column=1, value=line).alignment = Alignment(wrap_text=True)
    ws = wb.create_sheet("绩效目标表")
    xl_form(ws, g, g["document"]["title"])
    wb.active = wb.sheetnames.index("绩效目标表")
    for s in wb.worksheets:
        s.sheet_view.tabSelected = s.title == "绩效目标表"
    wb.save(path)


# =============================================================== p6 seed-family docx draft, full-width values
def d_p6(g, path):
    docu = new_doc(size=11)
    d = g["document"]
    for _ in range(5):
        para(docu, "")
    para(docu, d["department"], 20, True, center=True)
    para(docu, d["title"], 22, True, center=True)
    para(docu, f'（{d["status"]}）', 16, center=True)
    for _ in range(8):
        para(docu, "")
    para(docu, d["compiled_by"] + "编制", 14, center=True)
    para(docu, d["reviewed_by"] + "审核", 14, center=True)
    page_break(docu)
    para(docu, "目　录", 16, True, center=True)
    para(docu, "第一部分　部门整体绩效目标", 12, True)
    names = {1: "", 2: ""}
    for e in g["toc"]:
        if e["part"] == 2 and names[2] == "":
            para(docu, "第二部分　预算项目绩效目标", 12, True)
            names[2] = "x"
        k = sum(1 for f in g["toc"] if f["part"] == 2 and g["toc"].index(f) <= g["toc"].index(e))
        label = f'{k}、{e["title"]}' if e["part"] == 2 else e["title"]
        para(docu, f'{label}{"." * 24}{e["page"]}')
    page_break(docu)
    para(docu, "第一部分", 16, True, center=True)
    para(docu, "部门整体绩效目标", 16, True, center=True)
    para(docu, "一、总体绩效目标", 13, True)
    cn = "一二三四五六七八九十"
    for i, t in enumerate(g["overall_goals"]):
        para(docu, f"（{cn[i]}）{t}", indent=True)
    para(docu, "二、分项绩效目标", 13, True)
    for i, s in enumerate(g["sub_goals"]):
        para(docu, f'{cn[i]}、{s["title"]}', bold=True, indent=True)
        para(docu, f'绩效目标：{s["goal"]}', indent=True)
        para(docu, f'绩效指标：{s["indicator"]}', indent=True)
    para(docu, "三、工作保障措施", 13, True)
    for i, s in enumerate(g["safeguards"]):
        parts = s["text"].split("。对执行", 1)
        para(docu, f'（{cn[i]}）{s["title"]}。{parts[0]}' + ("。" if len(parts) > 1 else ""), indent=True)
        if len(parts) > 1:
            para(docu, "对执行" + parts[1], indent=True)           # the item's second paragraph
    page_break(docu)
    para(docu, "第二部分", 16, True, center=True)
    para(docu, "预算项目绩效目标", 16, True, center=True)
    for p in g["projects"]:
        if p["seq"] > 1:
            page_break(docu)
        para(docu, f'{p["seq"]}、{p["title"]}', 13, True)
        para(docu, f'{p["department_code"]} {p["department"]}')
        para(docu, "单位：万元", right=True)
        inds = p["indicators"]
        t = docu.add_table(rows=7 + len(inds), cols=7)
        t.style = "Table Grid"
        mset(t, 0, 0, 0, "项目编码"); mset(t, 0, 1, 2, p["code"]); mset(t, 0, 3, 3, "项目名称"); mset(t, 0, 4, 6, p["name"])
        mset(t, 1, 0, 0, "预算规模及资金用途", 2)
        for c, v in enumerate(["预算数", money(p["budget_total"]), "其中:财政资金", money(p["budget_fiscal"]),
                               "其他资金", money(p["budget_other"])], 1):
            mset(t, 1, c, c, v)
        mset(t, 2, 1, 6, p["purpose"])
        mset(t, 3, 0, 0, "资金支出计划（%）", 4)
        plan = p["spending_plan"]
        for k, e in enumerate(plan):
            c0, c1 = (1 + k, 1 + k) if k < len(plan) - 1 else (1 + k, 6)
            mset(t, 3, c0, c1, f'{e["month"]}月底'); mset(t, 4, c0, c1, f'{e["pct"]:.2f}')
        mset(t, 5, 0, 0, "绩效目标"); mset(t, 5, 1, 6, " ".join(f"{i}、{x}" for i, x in enumerate(p["goals"], 1)))
        # indicator header + rows share the table (seed layout): 6 printed columns, 依据 spans the last two
        hr = 6
        for c, h in enumerate(["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值"]):
            mset(t, hr, c, c, h)
        mset(t, hr, 5, 6, "指标值确定依据")
        for i, x in enumerate(inds):
            r = hr + 1 + i
            mset(t, r, 2, 2, x["level3"]); mset(t, r, 3, 3, x["description"]); mset(t, r, 4, 4, x["value_raw"])
            mset(t, r, 5, 6, x["basis"])
        merge_levels(t, hr + 1, inds)
        widths(t, [2.3, 2.4, 3.0, 3.4, 2.4, 1.6, 1.9])
    docu.save(path)


# =============================================================== driver
def build(stem, g):
    """returns (path, format)."""
    if stem.startswith("p1"):
        src = os.path.join(TMP, stem + ".docx"); d_p1(g, src)
        pdf = soffice(src, "pdf", TMP); out = os.path.join(OUT, stem + ".jpg"); photo(pdf, out)
        return out, "image"
    if stem.startswith(("p2", "p3")):
        src = os.path.join(TMP, stem + ".docx"); (d_p2 if stem.startswith("p2") else d_p3)(g, src)
        pdf = soffice(src, "pdf", TMP); out = os.path.join(OUT, stem + ".pdf"); shutil.copy(pdf, out)
        return out, "pdf"
    if stem.startswith(("p4", "p6")):
        out = os.path.join(OUT, stem + ".docx"); (d_p4 if stem.startswith("p4") else d_p6)(g, out)
        return out, "docx"
    if stem.startswith("p5"):
        out = os.path.join(OUT, stem + ".xlsx"); d_p5(g, out)
        return out, "xlsx"
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
        path, fmt = build(stem, g)
        rec = clean(g)
        rec["source"] = {"path": os.path.basename(path),
                         "sha256": hashlib.sha256(open(path, "rb").read()).hexdigest(),
                         "format": fmt, "pages": pdf_pages(path) if fmt == "pdf" else None}
        if fmt == "image":
            rec["source"]["ocr"] = True           # a photograph: any text of it must come from OCR
        with open(os.path.join(EXPECTED, stem + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(rec, f, ensure_ascii=False, indent=1)
        print("wrote", os.path.basename(path), rec["source"]["pages"] or "")


if __name__ == "__main__":
    main()
