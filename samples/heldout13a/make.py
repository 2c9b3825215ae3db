#!/usr/bin/env python3
"""Render the six blind documents of heldout13a FROM the hand-typed golds in golds.py and write the golds.
Theme: LONG AND AWKWARD INDICATOR TABLES. A reportlab canvas with heldout11a's small ruled-grid engine (CID font
STSong-Light) for a1 (a 46-row table with a 序号 column over three pages, header row repeated, the split 一级/二级
cells printed AGAIN after the first break and left BLANK after the second); python-docx for a2 (three-row header
绩效指标 / 一级·二级·三级·指标值 / 2023年实际完成值·2024年目标值, 备注 column) and a5 (三级 and 指标值 merged into
ONE cell `名称：值` on some rows); python-docx → LibreOffice PDF for a4 (columns 三级 | 指标值 | 依据 | 二级 | 一级,
names with Latin letters and digits); openpyxl for a3 (小计 rows after each 一级 group, empty spacer rows, a 合计
row) and a6 (ditto marks `〃` / `同上` instead of repeated levels and bases). LibreOffice runs one conversion at a
time with its own profile under /tmp. Intermediate files go to /tmp/heldout13a_build. Nothing from the jixiao
project is imported.
Run: .venv/bin/python samples/heldout13a/make.py [STEM ...]"""
import hashlib, json, os, shutil, subprocess, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kit import clean
from golds import G

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "drafts")
EXPECTED = os.path.join(HERE, "expected")
TMP = "/tmp/heldout13a_build"
LO_PROFILE = "file:///tmp/heldout13a_build/lo_profile"
F = "STSong-Light"


def money(v, sep=False):
    if v is None:
        return ""
    return f"{v:,.2f}" if sep else f"{v:.2f}"


def spans(inds, key_fn):
    out, i = [], 0
    while i < len(inds):
        j = i
        while j + 1 < len(inds) and key_fn(inds[j + 1]) == key_fn(inds[i]):
            j += 1
        out.append((i, j - i + 1))
        i = j + 1
    return out


def numbered(goals, fmt="{i}.{g}"):
    """a one-item goal list is printed as the bare sentence, a longer one numbered."""
    return [goals[0]] if len(goals) == 1 else [fmt.format(i=i, g=g) for i, g in enumerate(goals, 1)]


def soffice(src, fmt, outdir):
    """one conversion at a time, own profile."""
    r = subprocess.run(["/usr/bin/soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", fmt,
                        "--outdir", outdir, src], capture_output=True, text=True, timeout=240)
    out = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + "." + fmt.split(":")[0])
    if r.returncode != 0 or not os.path.exists(out):
        raise RuntimeError(f"soffice failed for {src}: {r.stdout} {r.stderr}")
    return out


# =============================================================== Word helpers (as heldout10a)
from docx import Document
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Cm, Pt


def new_doc(font="宋体", size=10.5):
    docu = Document()
    st = docu.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.element.rPr.rFonts.set(qn("w:hint"), "eastAsia")
    st.paragraph_format.space_after = Pt(0)
    for s in docu.sections:
        s.page_height, s.page_width = Cm(29.7), Cm(21.0)
        s.top_margin = s.bottom_margin = Cm(2.2)
        s.left_margin = s.right_margin = Cm(2.0)
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


def mset(t, r, c0, c1, text, r1=None, paras=None, bold=False):
    c = t.cell(r, c0)
    if c1 != c0 or (r1 is not None and r1 != r):
        c = c.merge(t.cell(r1 if r1 is not None else r, c1))
    if paras:
        c.text = paras[0]
        for s in paras[1:]:
            c.add_paragraph(s)
    else:
        c.text = text
    if bold:
        for p in c.paragraphs:
            for run in p.runs:
                run.bold = True
    c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    return c


def widths(t, cms):
    t.autofit = False
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), cms):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in t.rows:
        for c, w in zip(row.cells, cms):
            c.width = Cm(w)


def merge_levels(t, first_row, inds, c1=0, c2=1):
    for col, key_fn, key in ((c1, lambda d: d["level1"], "level1"), (c2, lambda d: (d["level1"], d["level2"]), "level2")):
        for start, n in spans(inds, key_fn):
            mset(t, first_row + start, col, col, inds[start][key], first_row + start + n - 1)


def shade(c, fill="D9D9D9"):
    from docx.oxml import OxmlElement
    tcPr = c._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


# =============================================================== openpyxl helpers (as heldout10a)
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="center", horizontal="center")
WRAPL = Alignment(wrap_text=True, vertical="center", horizontal="left")


def put(ws, r, c, v, fmt=None, bold=False, left=False):
    cell = ws.cell(row=r, column=c, value=v)
    cell.border = BOX
    cell.alignment = WRAPL if left else WRAP
    cell.font = Font(name="宋体", size=10, bold=bold)
    if fmt:
        cell.number_format = fmt
    return cell


def mput(ws, r, c0, c1, v, r1=None, **k):
    r1 = r1 or r
    for rr in range(r, r1 + 1):
        for cc in range(c0, c1 + 1):
            put(ws, rr, cc, None)
    put(ws, r, c0, v, **k)
    if c1 != c0 or r1 != r:
        ws.merge_cells(start_row=r, start_column=c0, end_row=r1, end_column=c1)


def title_row(ws, text, ncol, size=16):
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    c = ws.cell(row=1, column=1, value=text)
    c.font = Font(name="方正小标宋简体", size=size); c.alignment = Alignment(horizontal="center")


# =============================================================== reportlab ruled grid (engine as heldout11a)
def rl_setup():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    pdfmetrics.registerFont(UnicodeCIDFont(F))


def wrap(text, width, size):
    """wrap by width; a `\n` starts a new paragraph (one numbered goal per line)."""
    if "\n" in text:
        return [ln for part in text.split("\n") for ln in wrap(part, width, size)]
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


def cell(r, c, text, role="text", rs=1, cs=1):
    return {"r": r, "c": c, "rs": rs, "cs": cs, "text": text or "", "role": role}


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
            need = len(x["lines"]) * LEAD + 2 * PAD + 2
            if have < need:
                for k in range(x["r"], x["r"] + x["rs"]):
                    h[k] += (need - have) / x["rs"]
    return h


def draw_grid(canv, x0, ytop, colw, cells):
    heights = layout(colw, cells)
    for x in cells:
        cx = x0 + sum(colw[:x["c"]])
        top = ytop - sum(heights[:x["r"]])
        hh = sum(heights[x["r"]:x["r"] + x["rs"]])
        by, w = top - hh, x["w"]
        canv.setLineWidth(0.6); canv.setStrokeColor("black")
        if x["role"] == "band":                                  # a group band: light grey fill, text at the left
            canv.setFillGray(0.88)
        canv.rect(cx, by, w, hh, stroke=1, fill=1 if x["role"] == "band" else 0)
        canv.setFillColor("black"); canv.setFont(F, FS)
        n = len(x["lines"])
        first = by + hh / 2 + (n * LEAD) / 2 - LEAD + (LEAD - FS) / 2 + 1.2
        for k, s in enumerate(x["lines"]):
            if x["role"] in ("text", "band"):
                canv.drawString(cx + PAD, first - k * LEAD, s)
            else:
                canv.drawCentredString(cx + w / 2, first - k * LEAD, s)
    return ytop - sum(heights)




def tbl_header(row):
    """mark a table row as a heading row repeated at the top of each page (w:tblHeader)."""
    from docx.oxml import OxmlElement
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true")
    trPr.append(h)


def kv_docx(docu, p):
    """the key/value block as in heldout11a y2: 项目名称 / 项目编码·主管部门 / 实施单位 / money / 年度目标."""
    t = docu.add_table(rows=6, cols=4); t.style = "Table Grid"
    mset(t, 0, 0, 0, "项目名称"); mset(t, 0, 1, 3, p["name"])
    mset(t, 1, 0, 0, "项目编码"); mset(t, 1, 1, 1, p["code"]); mset(t, 1, 2, 2, "主管部门"); mset(t, 1, 3, 3, p["department"])
    mset(t, 2, 0, 0, "实施单位"); mset(t, 2, 1, 3, p["implementing_unit"])
    mset(t, 3, 0, 0, "年度资金总额"); mset(t, 3, 1, 1, money(p["budget_total"]))
    mset(t, 3, 2, 2, "其中：财政拨款"); mset(t, 3, 3, 3, money(p["budget_fiscal"]))
    mset(t, 4, 0, 0, "其他资金"); mset(t, 4, 1, 3, money(p["budget_other"]))
    mset(t, 5, 0, 0, "年度目标"); mset(t, 5, 1, 3, None, paras=numbered(p["goals"]))
    widths(t, [3.0, 4.6, 3.0, 6.2])
    return t


# =============================================================== a2 three-row header, baseline and 备注 columns
def d_a2(g, path):
    docu = new_doc(size=10)
    for p in g["projects"]:
        if p["seq"] > 1:
            page_break(docu)
        para(docu, p["title"], 16, True, center=True)
        para(docu, f'部门编码：{p["department_code"]}　　　　　　　　　　　　　　　　　　　　　　　单位：万元')
        kv_docx(docu, p)
        inds = p["indicators"]
        t = docu.add_table(rows=3 + len(inds), cols=7); t.style = "Table Grid"
        mset(t, 0, 0, 4, "绩效指标", bold=True)                                  # header row 1
        mset(t, 0, 5, 5, "指标值设定依据", 2, bold=True)
        mset(t, 0, 6, 6, "备注", 2, bold=True)
        for c, h in enumerate(["一级指标", "二级指标", "三级指标"]):             # header row 2, merged down into row 3
            mset(t, 1, c, c, h, 2, bold=True)
        mset(t, 1, 3, 4, "指标值", bold=True)
        mset(t, 2, 3, 3, "2023年实际完成值", bold=True)                          # header row 3
        mset(t, 2, 4, 4, "2024年目标值", bold=True)
        for k in range(3):
            tbl_header(t.rows[k])
        for i, x in enumerate(inds):
            r = 3 + i
            mset(t, r, 2, 2, x["level3"]); mset(t, r, 3, 3, x["baseline_raw"] or "")
            mset(t, r, 4, 4, x["value_raw"]); mset(t, r, 5, 5, x["basis"]); mset(t, r, 6, 6, x.get("remark") or "")
        merge_levels(t, 3, inds, 0, 1)
        widths(t, [1.9, 2.3, 3.5, 2.3, 2.3, 1.9, 2.6])
        para(docu, "")
        para(docu, "填报人：汪晓燕　　联系电话：0559-25XXXXX　　审核人：程立新　　填报日期：2024年1月15日")
    docu.save(path)


# =============================================================== a4 (LibreOffice) levels at the RIGHT: 三级 | 指标值 | 依据 | 二级 | 一级
A4_HEAD = ["三级指标", "指标值", "指标值设定依据", "二级指标", "一级指标"]


def d_a4(g, path):
    docu = new_doc("Noto Serif CJK SC", 10)
    for p in g["projects"]:
        if p["seq"] > 1:
            page_break(docu)
        para(docu, p["title"], 16, True, center=True)
        para(docu, f'部门编码：{p["department_code"]}　　　　　　　　　　　　　　　　　　　　　单位：万元')
        kv_docx(docu, p)
        para(docu, "绩效指标", 11, True)
        inds = p["indicators"]
        t = docu.add_table(rows=1 + len(inds), cols=5); t.style = "Table Grid"
        for c, h in enumerate(A4_HEAD):
            mset(t, 0, c, c, h, bold=True)
        for i, x in enumerate(inds):
            mset(t, 1 + i, 0, 0, x["level3"]); mset(t, 1 + i, 1, 1, x["value_raw"]); mset(t, 1 + i, 2, 2, x["basis"])
        merge_levels(t, 1, inds, 4, 3)                       # 一级 in the LAST column, 二级 before it
        widths(t, [5.4, 3.4, 2.6, 3.2, 2.4])
        para(docu, "")
        para(docu, "填报人：谭志勇　　联系电话：0731-28XXXXX　　审核人：罗美华")
    src = os.path.join(TMP, os.path.basename(path)[:-4] + ".docx")
    docu.save(src)
    pdf = soffice(src, "pdf", TMP)
    shutil.copy(pdf, path)


# =============================================================== a5 三级 and 指标值 merged into ONE cell on some rows
def d_a5(g, path):
    docu = new_doc()
    for p in g["projects"]:
        if p["seq"] > 1:
            page_break(docu)
        para(docu, p["title"], 16, True, center=True)
        para(docu, f'部门编码：{p["department_code"]}　　　　　　　　　　　　　　　　　　　　　　单位：万元')
        kv_docx(docu, p)
        inds = p["indicators"]
        t = docu.add_table(rows=1 + len(inds), cols=5); t.style = "Table Grid"
        for c, h in enumerate(["一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据"]):
            mset(t, 0, c, c, h, bold=True)
        for i, x in enumerate(inds):
            r = 1 + i
            if x.get("cell_printed"):
                mset(t, r, 2, 3, x["cell_printed"])                  # ONE cell over the 三级 and 指标值 columns
            else:
                mset(t, r, 2, 2, x["level3"]); mset(t, r, 3, 3, x["value_raw"])
            mset(t, r, 4, 4, x["basis"])
        merge_levels(t, 1, inds, 0, 1)
        widths(t, [2.3, 3.0, 5.4, 3.3, 2.8])
        para(docu, "")
        para(docu, "填报人：陈嘉敏　　联系电话：0759-31XXXXX　　审核人：梁国栋")
    docu.save(path)


# =============================================================== openpyxl: the form's head rows (a3, a6)
def xl_head(ws, p, last_head):
    """rows 1–10: title, 部门编码/单位, key/value rows, header row; columns A–E."""
    for col, wd in zip("ABCDE", [12, 16, 30, 16, 14]):
        ws.column_dimensions[col].width = wd
    title_row(ws, p["title"], 5)
    ws.cell(row=2, column=1, value=f'部门编码：{p["department_code"]}')
    ws.cell(row=2, column=5, value="单位：万元").alignment = Alignment(horizontal="right")
    put(ws, 3, 1, "项目名称"); mput(ws, 3, 2, 5, p["name"])
    put(ws, 4, 1, "项目编码"); put(ws, 4, 2, p["code"]); put(ws, 4, 3, "主管部门"); mput(ws, 4, 4, 5, p["department"])
    put(ws, 5, 1, "实施单位"); mput(ws, 5, 2, 5, p["implementing_unit"])
    mput(ws, 6, 1, 1, "项目资金（万元）", r1=8)
    for k, (lab, v) in enumerate([("年度资金总额", p["budget_total"]), ("其中：财政拨款", p["budget_fiscal"]),
                                  ("其他资金", p["budget_other"])]):
        mput(ws, 6 + k, 2, 3, lab); mput(ws, 6 + k, 4, 5, v, fmt="#,##0.00")
    put(ws, 9, 1, "年度目标"); mput(ws, 9, 2, 5, "\n".join(numbered(p["goals"])), left=True)
    ws.row_dimensions[9].height = 18 * len(p["goals"]) + 8
    for c, h in enumerate(["一级指标", "二级指标", "三级指标", "指标值", last_head], 1):
        put(ws, 10, c, h, bold=True)
    return 11


# =============================================================== a3 小计 rows, spacer rows, 合计 row of 分值
def a3_sheet(wb, p):
    ws = wb.create_sheet(p["name"])
    r = xl_head(ws, p, "分值")
    inds = p["indicators"]
    groups = spans(inds, lambda x: x["level1"])
    for k, (s1, n1) in enumerate(groups):
        grp = inds[s1:s1 + n1]
        for i, x in enumerate(grp):
            put(ws, r + i, 3, x["level3"], left=True); put(ws, r + i, 4, x["value_raw"]); put(ws, r + i, 5, x["weight"])
        for s2, n2 in spans(grp, lambda x: x["level2"]):
            mput(ws, r + s2, 2, 2, grp[s2]["level2"], r1=r + s2 + n2 - 1)
        if p["_subtotals"]:
            mput(ws, r + n1, 2, 4, "小计")                                   # the group's weight subtotal
            put(ws, r + n1, 5, sum(x["weight"] for x in grp))
            mput(ws, r, 1, 1, grp[0]["level1"], r1=r + n1)                  # 一级 merged over its 小计 row too
            r += n1 + 1
        else:
            mput(ws, r, 1, 1, grp[0]["level1"], r1=r + n1 - 1)
            r += n1
        if k + 1 < len(groups):                                             # an EMPTY spacer row between groups
            for c in range(1, 6):
                put(ws, r, c, None)
            ws.row_dimensions[r].height = 8
            r += 1
    mput(ws, r, 1, 4, "合计", bold=True)
    put(ws, r, 5, sum(x["weight"] for x in inds), bold=True)
    ws.cell(row=r + 2, column=1, value="填报人：王春梅　　联系电话：0719-81XXXXX　　审核人：周建华")


def d_a3(g, path):
    wb = Workbook()
    wb.remove(wb.active)
    for p in g["projects"]:
        a3_sheet(wb, p)
    wb.save(path)


# =============================================================== a6 ditto marks instead of repeated levels and bases
DITTO = {1: {"level1": "〃", "level2": "同上", "basis": "〃"}, 2: {"level1": "〃", "level2": "〃", "basis": "〃"}}


def ditto_rows(p):
    """what each row PRINTS in the 一级 / 二级 / 依据 columns: the text, or a ditto mark where it equals the row above."""
    marks, out, prev = DITTO[p["seq"]], [], None
    for x in p["indicators"]:
        row = {}
        for k in ("level1", "level2", "basis"):
            same = prev is not None and x[k] == prev[k] and (k != "level2" or x["level1"] == prev["level1"])
            row[k] = marks[k] if same else x[k]
        out.append(row)
        prev = x
    return out


def a6_sheet(wb, p):
    ws = wb.create_sheet(p["name"][:31])
    r = xl_head(ws, p, "指标值设定依据")
    for i, (x, shown) in enumerate(zip(p["indicators"], ditto_rows(p))):
        put(ws, r + i, 1, shown["level1"]); put(ws, r + i, 2, shown["level2"])
        put(ws, r + i, 3, x["level3"], left=True); put(ws, r + i, 4, x["value_raw"]); put(ws, r + i, 5, shown["basis"])
    ws.cell(row=r + len(p["indicators"]) + 1, column=1, value="填报人：余丽萍　　联系电话：0798-82XXXXX　　审核人：汪国强")


def d_a6(g, path):
    wb = Workbook()
    wb.remove(wb.active)
    for p in g["projects"]:
        a6_sheet(wb, p)
    wb.save(path)


# =============================================================== a1 reportlab: 46 rows over three pages
KW = [100, 150, 100, 155]                       # key/value grid
IW = [28, 58, 94, 146, 100, 79]                 # 序号 | 一级 | 二级 | 三级 | 指标值 | 依据
IHEAD = ["序号", "一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据"]


def a1_chunks(p):
    n, cuts = len(p["indicators"]), list(p["_pages"])
    b = [0] + cuts + [n]
    return [(b[k], b[k + 1]) for k in range(len(b) - 1)]


def a1_rows(p, lo, hi, k):
    """cells of one page's part of the indicator table. A 一级/二级 group cut by the page break before this part
    prints its text AGAIN on the second part (k == 1) and leaves the cell BLANK on the third part (k == 2)."""
    inds = p["indicators"]
    part = inds[lo:hi]
    cs = [cell(0, c, h, "head") for c, h in enumerate(IHEAD)]
    for col, key_fn, key in ((1, lambda x: x["level1"], "level1"), (2, lambda x: (x["level1"], x["level2"]), "level2")):
        for s, n in spans(part, key_fn):
            cut = s == 0 and lo > 0 and key_fn(inds[lo - 1]) == key_fn(part[0])
            cs.append(cell(1 + s, col, "" if (cut and k == 2) else part[s][key], "level", rs=n))
    for i, x in enumerate(part):
        cs += [cell(1 + i, 0, str(x["seq"]), "val"), cell(1 + i, 3, x["level3"]), cell(1 + i, 4, x["value_raw"], "val"),
               cell(1 + i, 5, x["basis"], "val")]
    return cs


def d_a1(g, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    rl_setup()
    W_, H_ = A4
    x0 = 45
    total = sum(len(a1_chunks(p)) for p in g["projects"])
    canv = canvas.Canvas(path, pagesize=A4, pageCompression=1)
    canv.setTitle(g["document"]["title"]); canv.setAuthor(g["document"]["department"])
    page = 0
    for p in g["projects"]:
        for k, (lo, hi) in enumerate(a1_chunks(p)):
            page += 1
            y = H_ - 50
            if k == 0:
                canv.setFillColor("black"); canv.setFont(F, 16)
                canv.drawCentredString(W_ / 2, H_ - 58, p["title"])
                canv.setFont(F, 10)
                canv.drawString(x0, H_ - 84, f'部门编码：{p["department_code"]}')
                canv.drawRightString(W_ - x0, H_ - 84, "单位：万元")
                kv = [cell(0, 0, "项目名称", "label"), cell(0, 1, p["name"], cs=3),
                      cell(1, 0, "项目编码", "label"), cell(1, 1, p["code"]), cell(1, 2, "主管部门", "label"),
                      cell(1, 3, p["department"]),
                      cell(2, 0, "实施单位", "label"), cell(2, 1, p["implementing_unit"], cs=3),
                      cell(3, 0, "年度资金总额", "label"), cell(3, 1, money(p["budget_total"]), "val"),
                      cell(3, 2, "其中：财政拨款", "label"), cell(3, 3, money(p["budget_fiscal"]), "val"),
                      cell(4, 0, "其他资金", "label"), cell(4, 1, money(p["budget_other"]), "val", cs=3),
                      cell(5, 0, "年度目标", "label"), cell(5, 1, "\n".join(numbered(p["goals"])), cs=3)]
                y = draw_grid(canv, x0, H_ - 92, KW, kv)
            y = draw_grid(canv, x0, y, IW, a1_rows(p, lo, hi, k))
            if hi == len(p["indicators"]):
                canv.setFillColor("black"); canv.setFont(F, 10)
                canv.drawString(x0, y - 20, "填报人：李慧敏　　联系电话：0552-30XXXXX　　审核人：张国庆")
                y -= 20
            assert y > 50, f"{p['name']} part {k}: runs off the page ({y})"
            canv.setFillColor("black"); canv.setFont(F, 9)
            canv.drawCentredString(W_ / 2, 28, f"第 {page} 页 共 {total} 页")
            canv.showPage()
    canv.save()


# =============================================================== driver
def build(stem, g):
    """returns (path, format, pages)."""
    kind = {"a1": ("pdf", d_a1), "a2": ("docx", d_a2), "a3": ("xlsx", d_a3), "a4": ("pdf", d_a4),
            "a5": ("docx", d_a5), "a6": ("xlsx", d_a6)}[stem[:2]]
    out = os.path.join(OUT, stem + "." + kind[0])
    kind[1](g, out)
    pages = None
    if kind[0] == "pdf":
        import pypdfium2 as pdfium
        pages = len(pdfium.PdfDocument(out))
    return out, kind[0], pages


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
        with open(os.path.join(EXPECTED, stem + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(rec, f, ensure_ascii=False, indent=1)
        print("wrote", os.path.basename(path), pages or "")


if __name__ == "__main__":
    main()
