#!/usr/bin/env python3
"""Render the six blind documents of heldout11a FROM the hand-typed golds in golds.py and write the golds.
Theme: INDICATOR TABLES AS PROVINCIAL BUDGET SYSTEMS EXPORT THEM. openpyxl for y1 (指标性质 | 运算符号 in words |
指标值 as a number in `0.00` | 计量单位 | 权重), y4 (two forms side by side on one sheet) and y5 (tree-grid export:
levels by cell indentation and row outline levels, subtotal weights on group rows); python-docx for y2 (一级 only as
band rows spanning the table) and y6 (a filled-in template keeping its `目标1：` / `指标1：` prompts and unused rows);
a reportlab canvas with heldout9b/10a's small ruled-grid engine (CID font STSong-Light) for y3 (部门整体 form grouped
under `一、年度履职目标` / `二、部门管理` bands, a second header `指标值（%）`). No LibreOffice pass is needed.
Intermediate files go to /tmp/heldout11a_build. Nothing from the jixiao project is imported.
Run: .venv/bin/python samples/heldout11a/make.py [STEM ...]"""
import hashlib, json, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kit import clean
from golds import G

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "drafts")
EXPECTED = os.path.join(HERE, "expected")
TMP = "/tmp/heldout11a_build"
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


# =============================================================== y2 一级 only as band rows spanning the table
def d_y2(g, path):
    d = g["document"]
    docu = new_doc()
    for p in g["projects"]:
        if p["seq"] > 1:
            page_break(docu)
        para(docu, p["title"], 16, True, center=True)
        para(docu, f'部门编码：{p["department_code"]}　　　　　　　　　　　　　　　　　　　　　　　　单位：万元')
        t = docu.add_table(rows=6, cols=4); t.style = "Table Grid"
        mset(t, 0, 0, 0, "项目名称"); mset(t, 0, 1, 3, p["name"])
        mset(t, 1, 0, 0, "项目编码"); mset(t, 1, 1, 1, p["code"]); mset(t, 1, 2, 2, "主管部门"); mset(t, 1, 3, 3, p["department"])
        mset(t, 2, 0, 0, "实施单位"); mset(t, 2, 1, 3, p["implementing_unit"])
        mset(t, 3, 0, 0, "年度资金总额"); mset(t, 3, 1, 1, money(p["budget_total"]))
        mset(t, 3, 2, 2, "其中：财政拨款"); mset(t, 3, 3, 3, money(p["budget_fiscal"]))
        mset(t, 4, 0, 0, "其他资金"); mset(t, 4, 1, 3, money(p["budget_other"]))
        mset(t, 5, 0, 0, "年度目标"); mset(t, 5, 1, 3, None, paras=numbered(p["goals"]))
        widths(t, [3.0, 4.6, 3.0, 6.4])
        para(docu, "绩效指标", 11, True)
        inds = p["indicators"]
        groups = spans(inds, lambda x: x["level1"])
        t = docu.add_table(rows=1 + len(groups) + len(inds), cols=4); t.style = "Table Grid"
        for c, h in enumerate(["二级指标", "三级指标", "指标值", "指标值设定依据"]):
            mset(t, 0, c, c, h, bold=True)
        r = 1
        for start, n in groups:
            band = mset(t, r, 0, 3, inds[start]["level1"], bold=True)        # the ONLY place 一级 is printed
            shade(band)
            block = inds[start:start + n]
            for i, x in enumerate(block):
                mset(t, r + 1 + i, 1, 1, x["level3"]); mset(t, r + 1 + i, 2, 2, x["value_raw"])
                mset(t, r + 1 + i, 3, 3, x["basis"])
            for s2, n2 in spans(block, lambda x: x["level2"]):
                mset(t, r + 1 + s2, 0, 0, block[s2]["level2"], r + s2 + n2)
            r += 1 + n
        widths(t, [3.6, 5.6, 3.8, 4.0])
        para(docu, "")
        para(docu, "填报人：包玉梅　　联系电话：0470-83XXXXX　　审核人：乌云　　填报日期：2024年1月12日")
    docu.save(path)


# =============================================================== y6 filled-in template: 目标1：/指标1： prompts, unused rows
def d_y6(g, path):
    docu = new_doc()
    for p in g["projects"]:
        if p["seq"] > 1:
            page_break(docu)
        para(docu, p["title"], 16, True, center=True)
        para(docu, "（2025年度）", center=True)
        para(docu, f'填报单位（盖章）：{p["department"]}　　　　　　　　　　　　　　　　　　单位：万元')
        rows = p["_rows"]
        t = docu.add_table(rows=8 + len(rows), cols=5); t.style = "Table Grid"
        mset(t, 0, 0, 0, "项目名称"); mset(t, 0, 1, 4, p["name"])
        mset(t, 1, 0, 0, "项目编码"); mset(t, 1, 1, 1, p["code"]); mset(t, 1, 2, 2, "主管部门及代码")
        mset(t, 1, 3, 4, f'{p["department_code"]} {p["department"]}')
        mset(t, 2, 0, 0, "实施单位"); mset(t, 2, 1, 4, p["implementing_unit"])
        mset(t, 3, 0, 0, "项目资金（万元）", 5)
        for k, (lab, v) in enumerate([("年度资金总额", p["budget_total"]), ("其中：财政拨款", p["budget_fiscal"]),
                                      ("其他资金", p["budget_other"])]):
            mset(t, 3 + k, 1, 2, lab); mset(t, 3 + k, 3, 4, money(v))
        goals = [f"目标{i}：{x}" for i, x in enumerate(p["goals"], 1)]
        goals += [f"目标{i}：" for i in range(len(goals) + 1, p["_goal_prompts"] + 1)]   # prompts left empty
        mset(t, 6, 0, 0, "年度绩效目标"); mset(t, 6, 1, 4, None, paras=goals)
        mset(t, 7, 0, 0, "绩效指标", 7 + len(rows))
        for c, h in ((1, "一级指标"), (2, "二级指标"), (3, "三级指标"), (4, "指标值")):
            mset(t, 7, c, c, h, bold=True)
        for i, x in enumerate(rows):
            mset(t, 8 + i, 3, 3, x["level3_printed"])
            mset(t, 8 + i, 4, 4, "" if x.get("_leftover") else x["value_raw"])
        merge_levels(t, 8, rows, 1, 2)
        widths(t, [2.0, 2.6, 3.4, 5.6, 3.4])
        para(docu, "")
        para(docu, "填报人：马晓兰　　联系电话：0951-50XXXXX　　审核人：杨建国")
    docu.save(path)


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


# =============================================================== y1 split export: 指标性质 | 运算符号 | 指标值 | 计量单位 | 权重
def y1_sheet(wb, p):
    ws = wb.create_sheet(p["name"])
    for col, wd in zip("ABCDEFGH", [12, 14, 30, 10, 11, 12, 11, 10]):
        ws.column_dimensions[col].width = wd
    title_row(ws, p["title"], 8)
    ws.merge_cells("A2:D2")
    ws.cell(row=2, column=1, value=f'主管部门：{p["department"]}')
    ws.cell(row=2, column=5, value=f'部门编码：{p["department_code"]}')
    ws.cell(row=2, column=8, value="单位：万元").alignment = Alignment(horizontal="right")
    put(ws, 3, 1, "项目名称"); mput(ws, 3, 2, 4, p["name"]); put(ws, 3, 5, "项目编码"); mput(ws, 3, 6, 8, p["code"])
    put(ws, 4, 1, "主管部门"); mput(ws, 4, 2, 4, p["department"]); put(ws, 4, 5, "实施单位")
    mput(ws, 4, 6, 8, p["implementing_unit"])
    mput(ws, 5, 1, 1, "项目资金（万元）", r1=7)
    for k, (lab, v) in enumerate([("年度资金总额", p["budget_total"]), ("其中：财政拨款", p["budget_fiscal"]),
                                  ("其他资金", p["budget_other"])]):
        mput(ws, 5 + k, 2, 4, lab); mput(ws, 5 + k, 5, 8, v, fmt="#,##0.00")
    put(ws, 8, 1, "年度目标"); mput(ws, 8, 2, 8, "\n".join(numbered(p["goals"])), left=True)
    ws.row_dimensions[8].height = 18 * len(p["goals"]) + 8
    for c, h in enumerate(["一级指标", "二级指标", "三级指标", "指标性质", "运算符号", "指标值", "计量单位", "权重（%）"], 1):
        put(ws, 9, c, h, bold=True)
    inds = p["indicators"]
    for i, x in enumerate(inds):
        r = 10 + i
        put(ws, r, 3, x["level3"], left=True); put(ws, r, 4, x["nature"]); put(ws, r, 5, x["sign"])
        if x["kind"] == "numeric":
            put(ws, r, 6, float(x["value"]), fmt="0.00")          # the NUMBER, shown with two decimals
        else:
            put(ws, r, 6, x["value_raw"])
        put(ws, r, 7, x["printed_unit"]); put(ws, r, 8, x["weight"])
    for col, key_fn, key in ((1, lambda x: x["level1"], "level1"), (2, lambda x: (x["level1"], x["level2"]), "level2")):
        for start, n in spans(inds, key_fn):
            mput(ws, 10 + start, col, col, inds[start][key], r1=10 + start + n - 1)
    ws.cell(row=10 + len(inds) + 1, column=1,
            value="填报人：张海霞　　联系电话：0474-82XXXXX　　导出时间：2025-01-08 09:31:12")
    ws.freeze_panes = "A10"


def d_y1(g, path):
    wb = Workbook()
    wb.remove(wb.active)
    for p in g["projects"]:
        y1_sheet(wb, p)
    wb.save(path)


# =============================================================== y4 two forms SIDE BY SIDE on one sheet
def y4_block(ws, p, c0):
    """one form in columns c0 … c0+4 from row 3 down; returns its last row."""
    C = lambda k: c0 + k
    mput(ws, 3, C(0), C(4), p["title"], bold=True)
    put(ws, 4, C(0), "项目名称"); mput(ws, 4, C(1), C(4), p["name"])
    put(ws, 5, C(0), "项目编码"); put(ws, 5, C(1), p["code"]); put(ws, 5, C(2), "主管部门")
    mput(ws, 5, C(3), C(4), p["department"])
    put(ws, 6, C(0), "实施单位"); mput(ws, 6, C(1), C(4), p["implementing_unit"])
    mput(ws, 7, C(0), C(0), "项目资金（万元）", r1=9)
    for k, (lab, v) in enumerate([("年度资金总额", p["budget_total"]), ("其中：财政拨款", p["budget_fiscal"]),
                                  ("其他资金", p["budget_other"])]):
        mput(ws, 7 + k, C(1), C(2), lab); mput(ws, 7 + k, C(3), C(4), v, fmt="#,##0.00")
    put(ws, 10, C(0), "年度目标"); mput(ws, 10, C(1), C(4), "\n".join(numbered(p["goals"])), left=True)
    for k, h in enumerate(["一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据"]):
        put(ws, 11, C(k), h, bold=True)
    inds = p["indicators"]
    for i, x in enumerate(inds):
        put(ws, 12 + i, C(2), x["level3"], left=True); put(ws, 12 + i, C(3), x["value_raw"]); put(ws, 12 + i, C(4), x["basis"])
    for k, key_fn, key in ((0, lambda x: x["level1"], "level1"), (1, lambda x: (x["level1"], x["level2"]), "level2")):
        for start, n in spans(inds, key_fn):
            mput(ws, 12 + start, C(k), C(k), inds[start][key], r1=12 + start + n - 1)
    return 11 + len(inds)


def d_y4(g, path):
    d = g["document"]
    wb = Workbook()
    ws = wb.active
    ws.title = "绩效目标表"
    for col, wd in zip("ABCDEFGHIJK", [11, 12, 22, 12, 12, 3, 11, 12, 22, 12, 12]):
        ws.column_dimensions[col].width = wd
    title_row(ws, f'{d["department"]}{d["title"]}', 11)
    ws.cell(row=2, column=1, value=f'部门编码：{d["department_code"]}')
    ws.cell(row=2, column=11, value="单位：万元").alignment = Alignment(horizontal="right")
    left, right = g["projects"]
    last = max(y4_block(ws, left, 1), y4_block(ws, right, 7))      # column F stays empty between the two forms
    ws.row_dimensions[10].height = 64
    for r in range(12, last + 1):
        ws.row_dimensions[r].height = 22
    ws.cell(row=last + 2, column=1, value="填报人：刘春燕　　联系电话：0435-35XXXXX　　审核人：王立新")
    ws.page_setup.orientation = "landscape"
    ws.print_area = f"A1:K{last + 2}"
    wb.save(path)


# =============================================================== y5 tree-grid export: one 绩效指标 column, indentation
def y5_sheet(wb, p):
    from openpyxl.styles import PatternFill
    ws = wb.create_sheet(p["name"])
    for col, wd in zip("ABCD", [34, 16, 10, 44]):
        ws.column_dimensions[col].width = wd
    title_row(ws, p["title"], 4)
    ws.cell(row=2, column=1, value=f'部门编码：{p["department_code"]}')
    ws.cell(row=2, column=4, value="单位：万元").alignment = Alignment(horizontal="right")
    put(ws, 3, 1, "项目名称"); mput(ws, 3, 2, 4, p["name"])
    put(ws, 4, 1, "项目编码"); put(ws, 4, 2, p["code"]); put(ws, 4, 3, "主管部门"); put(ws, 4, 4, p["department"])
    put(ws, 5, 1, "实施单位"); mput(ws, 5, 2, 4, p["implementing_unit"])
    put(ws, 6, 1, "年度资金总额"); put(ws, 6, 2, p["budget_total"], fmt="#,##0.00")
    put(ws, 6, 3, "其中：财政拨款"); put(ws, 6, 4, p["budget_fiscal"], fmt="#,##0.00")
    put(ws, 7, 1, "其他资金"); mput(ws, 7, 2, 4, p["budget_other"], fmt="#,##0.00")
    put(ws, 8, 1, "年度目标"); mput(ws, 8, 2, 4, "\n".join(numbered(p["goals"])), left=True)
    ws.row_dimensions[8].height = 18 * len(p["goals"]) + 8
    for c, h in enumerate(["绩效指标", "指标值", "权重（%）", "指标解释"], 1):
        put(ws, 9, c, h, bold=True)
    inds = p["indicators"]
    empty = {(l1, after): l2 for l1, l2, after in p["_tree_empty"]}
    grey = PatternFill("solid", fgColor="EDEDED")
    r = 10

    def node(text, level, weight):
        nonlocal r
        c = put(ws, r, 1, text, bold=(level == 0))
        c.alignment = Alignment(indent=level * 2, vertical="center", horizontal="left", wrap_text=True)
        put(ws, r, 2, None); put(ws, r, 3, weight); put(ws, r, 4, None)
        if level == 0:
            for k in range(1, 5):
                ws.cell(row=r, column=k).fill = grey
        if level:
            ws.row_dimensions[r].outline_level = level
        r += 1

    for s1, n1 in spans(inds, lambda x: x["level1"]):
        g1 = inds[s1:s1 + n1]
        node(g1[0]["level1"], 0, sum(x["weight"] for x in g1))              # subtotal on the group row
        for s2, n2 in spans(g1, lambda x: x["level2"]):
            g2 = g1[s2:s2 + n2]
            node(g2[0]["level2"], 1, sum(x["weight"] for x in g2))
            for x in g2:
                c = put(ws, r, 1, x["level3"])
                c.alignment = Alignment(indent=4, vertical="center", horizontal="left", wrap_text=True)
                put(ws, r, 2, x["value_raw"]); put(ws, r, 3, x["weight"]); put(ws, r, 4, x["description"], left=True)
                ws.row_dimensions[r].outline_level = 2
                r += 1
            if (g1[0]["level1"], g2[0]["level2"]) in empty:                 # an empty template node, no children
                node(empty[(g1[0]["level1"], g2[0]["level2"])], 1, None)
    ws.sheet_properties.outlinePr.summaryBelow = False
    ws.cell(row=r + 1, column=1, value="导出时间：2024-01-15 16:20:45　　填报人：符海燕　　联系电话：0898-62XXXXX")


def d_y5(g, path):
    wb = Workbook()
    wb.remove(wb.active)
    for p in g["projects"]:
        y5_sheet(wb, p)
    wb.save(path)


# =============================================================== y3 reportlab ruled grid (engine as heldout10a, plus `\n` paragraphs and a filled band cell)
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


BANDS = {"年度履职目标": "一、年度履职目标", "部门管理": "二、部门管理"}


def y3_page(canv, p, year):
    from reportlab.lib.pagesizes import A4
    W, H = A4
    x0 = 45
    canv.setFillColor("black")
    canv.setFont(F, 16)
    canv.drawCentredString(W / 2, H - 58, p["title"])
    canv.setFont(F, 11)
    canv.drawCentredString(W / 2, H - 78, f"（{year}年度）")
    canv.setFont(F, 10)
    canv.drawString(x0, H - 98, f'填报单位（盖章）：{p["department"]}')
    canv.drawRightString(W - x0, H - 98, "单位：万元")
    inds = p["indicators"]
    cs = [cell(0, 0, "部门（单位）名称", "label"), cell(0, 1, p["department"], cs=3),
          cell(1, 0, "部门编码", "label"), cell(1, 1, p["department_code"], cs=3),
          cell(2, 0, "年度预算安排（万元）", "label", rs=3)]
    for k, (lab, v) in enumerate([("资金总额", p["budget_total"]), ("其中：财政拨款", p["budget_fiscal"]),
                                  ("其他资金", p["budget_other"])]):
        cs += [cell(2 + k, 1, lab, "label"), cell(2 + k, 2, money(v), "val", cs=2)]
    cs += [cell(5, 0, "年度总体目标", "label"), cell(5, 1, "\n".join(numbered(p["goals"])), cs=3)]
    r = 6
    heads = {"年度履职目标": ["一级指标", "二级指标", "三级指标", "指标值"],
             "部门管理": ["一级指标", "二级指标", "三级指标", "指标值（%）"]}         # the unit lives in the header
    for gs, gn in spans(inds, lambda x: x["group"]):
        grp = inds[gs:gs + gn]
        key = grp[0]["group"]
        if key == "年度履职目标":
            cs += [cell(r, c, h, "head") for c, h in enumerate(heads[key])]
            r += 1
            cs.append(cell(r, 0, BANDS[key], "band", cs=4)); r += 1
        else:
            cs.append(cell(r, 0, BANDS[key], "band", cs=4)); r += 1
            cs += [cell(r, c, h, "head") for c, h in enumerate(heads[key])]
            r += 1
        for s1, n1 in spans(grp, lambda x: x["level1"]):
            cs.append(cell(r + s1, 0, grp[s1]["level1"], "level", rs=n1))
        for s2, n2 in spans(grp, lambda x: (x["level1"], x["level2"])):
            cs.append(cell(r + s2, 1, grp[s2]["level2"], "level", rs=n2))
        for i, x in enumerate(grp):
            cs += [cell(r + i, 2, x["level3"]), cell(r + i, 3, x["value_raw"], "val")]
        r += gn
    y = draw_grid(canv, x0, H - 106, [78, 100, 192, 135], cs)
    canv.setFillColor("black"); canv.setFont(F, 10)
    canv.drawString(x0, y - 20, "填报人：孙丽娟　　联系电话：0454-86XXXXX　　审核人：赵德明")
    assert y - 20 > 40, f"{p['department']}: form runs off the page ({y})"


def d_y3(g, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    rl_setup()
    canv = canvas.Canvas(path, pagesize=A4, pageCompression=1)
    canv.setTitle(g["document"]["title"]); canv.setAuthor(g["document"]["department"])
    for p in g["projects"]:
        y3_page(canv, p, g["document"]["year"])
        canv.showPage()
    canv.save()


# =============================================================== driver
def build(stem, g):
    """returns (path, format, pages)."""
    kind = {"y1": ("xlsx", d_y1), "y2": ("docx", d_y2), "y3": ("pdf", d_y3), "y4": ("xlsx", d_y4),
            "y5": ("xlsx", d_y5), "y6": ("docx", d_y6)}[stem[:2]]
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
