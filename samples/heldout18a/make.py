#!/usr/bin/env python3
"""Render every heldout18a draft FROM the facts in golds.py and write expected/NAME.gold.json.
Native office files: .xlsx written by openpyxl (n1), .docx written by python-docx (+ a little raw XML for the Wingdings
check boxes, n2 / n5), .ods / .xls / .doc converted by LibreOffice headless from an openpyxl / python-docx original
(n3 / n4 / n6; own profile under /tmp/heldout18a_build, one conversion at a time). Nothing from jixiao is used.
usage: make.py [STEM-PREFIX ...]"""
import datetime, hashlib, json, os, shutil, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from golds import (G, clean, cells, shown, N1_P, D1, C1, T1, N2_P, D2, C2, T2, N3, D3, C3, T3, N4, N4_ALLOC, D4, PT4,
                   N5, D5, C5, PT5, N6_P, D6, T6)
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

BUILD = "/tmp/heldout18a_build"
DRAFTS, EXPECTED = os.path.join(HERE, "drafts"), os.path.join(HERE, "expected")
LO = ["soffice", f"-env:UserInstallation=file://{BUILD}/lo_profile", "--headless"]
FIXED = datetime.datetime(2025, 2, 14, 9, 30, 0)
L1W = {"产出": "产出指标", "效益": "效益指标", "满意": "满意度指标", "成本": "成本指标"}
L2W = {"数量": "数量指标", "质量": "质量指标", "时效": "时效指标", "经济成本": "经济成本指标", "成本": "成本指标",
       "经济": "经济效益指标", "社会": "社会效益指标", "生态": "生态效益指标", "可持续": "可持续影响指标",
       "服务对象": "服务对象满意度指标", "公众": "社会公众或服务对象满意度指标"}
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(wrap_text=True, vertical="center", horizontal="center")


def pv(v):
    return v[2:] if v.startswith("Q:") else v


def runs(rows, col):
    """[(start, end)] of equal consecutive values in column col (a merged cell per run), also split when an earlier
    column changes."""
    out, s = [], 0
    for k in range(1, len(rows) + 1):
        if k == len(rows) or rows[k][: col + 1] != rows[s][: col + 1]:
            out.append((s, k - 1)); s = k
    return out


def lo_convert(src, fmt, outdir):
    subprocess.run(LO + ["--convert-to", fmt, "--outdir", outdir, src], check=True, capture_output=True, timeout=180)


# ------------------------------------------------------------------ openpyxl helpers
def put(ws, ref, v, fmt=None, align=WRAP, bold=False, size=10):
    c = ws[ref]
    c.value = v
    c.alignment = align
    c.font = Font(name="宋体", size=size, bold=bold)
    if fmt:
        c.number_format = fmt
    return c


def frame(ws, r0, r1, c0, c1):
    for r in range(r0, r1 + 1):
        for c in range(c0, c1 + 1):
            ws.cell(r, c).border = BOX


def stamp(wb):
    wb.properties.creator = "Administrator"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


# ------------------------------------------------------------------ n1 .xlsx: Sichuan one-table export
def draw_n1(stem, g, out):
    wb = Workbook(); stamp(wb)
    ws = wb.active; ws.title = "项目绩效目标"
    heads = ["单位名称", "项目名称", "预算数", "年度目标", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
             "度量单位", "权重", "指标方向性"]
    ws.merge_cells("A1:L1"); put(ws, "A1", T1, align=CENTER, bold=True, size=16)
    ws.merge_cells("A2:F2"); put(ws, "A2", f"单位（部门）：{C1}-{D1}", align=Alignment(vertical="center"))
    ws.merge_cells("K2:L2"); put(ws, "K2", "金额单位：元", align=Alignment(horizontal="right", vertical="center"))
    for j, h in enumerate(heads, 1):
        put(ws, f"{get_column_letter(j)}3", h, align=CENTER, bold=True)
    r = 4
    for f in N1_P:
        rows = cells(f["rows"], 8)
        r0 = r
        for l1, l2, l3, sign, val, unit, w, d in rows:
            put(ws, f"G{r}", l3); put(ws, f"H{r}", sign, align=CENTER)
            if sign == "定性" or not val:
                put(ws, f"I{r}", val or None)
            else:
                x = float(val.replace(",", ""))
                x = int(x) if x.is_integer() else x
                put(ws, f"I{r}", x, fmt="#,##0" if "," in val else "General", align=CENTER)
            put(ws, f"J{r}", unit or None, align=CENTER); put(ws, f"K{r}", int(w), align=CENTER)
            put(ws, f"L{r}", d, align=CENTER)
            r += 1
        for col, k in (("E", 0), ("F", 1)):
            for s, e in runs(rows, k):
                put(ws, f"{col}{r0 + s}", rows[s][k], align=CENTER)
                if e > s:
                    ws.merge_cells(f"{col}{r0 + s}:{col}{r0 + e}")
        put(ws, f"B{r0}", f["name"], align=CENTER)
        put(ws, f"C{r0}", f["budget"], fmt="#,##0.00", align=CENTER)
        put(ws, f"D{r0}", f["goal"])
        for col in "BCD":
            ws.merge_cells(f"{col}{r0}:{col}{r - 1}")
    put(ws, "A4", f"{C1}-{D1}", align=CENTER)
    ws.merge_cells(f"A4:A{r - 1}")
    frame(ws, 3, r - 1, 1, 12)
    for col, wdt in zip("ABCDEFGHIJKL", (14, 14, 13, 30, 10, 18, 22, 7, 16, 8, 6, 9)):
        ws.column_dimensions[col].width = wdt
    ws.print_title_rows = "1:3"
    ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.freeze_panes = "E4"
    s2 = wb.create_sheet("项目汇总")
    s2.merge_cells("A1:C1"); put(s2, "A1", "2025年部门预算项目汇总表", align=CENTER, bold=True, size=14)
    for j, h in enumerate(["序号", "项目名称", "预算数（元）"], 1):
        put(s2, f"{get_column_letter(j)}2", h, align=CENTER, bold=True)
    for k, f in enumerate(N1_P, 1):
        put(s2, f"A{k + 2}", k, align=CENTER); put(s2, f"B{k + 2}", f["name"])
        put(s2, f"C{k + 2}", f["budget"], fmt="#,##0.00")
    n = len(N1_P) + 3
    put(s2, f"A{n}", "合计", align=CENTER); put(s2, f"C{n}", f"=SUM(C3:C{n - 1})", fmt="#,##0.00")
    frame(s2, 2, n, 1, 3)
    s2.column_dimensions["B"].width = 30; s2.column_dimensions["C"].width = 16
    wb.active = 0
    wb.save(out)
    return "xlsx"


# ------------------------------------------------------------------ python-docx helpers
def docx_base(landscape=False):
    d = Document()
    st = d.styles["Normal"]; st.font.name = "宋体"; st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE; sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    for m in ("left_margin", "right_margin"):
        setattr(sec, m, Cm(2))
    d.core_properties.author = "Administrator"; d.core_properties.created = FIXED
    d.core_properties.modified = FIXED; d.core_properties.last_modified_by = "Administrator"
    d.core_properties.comments = ""
    return d


def para(d, text, size=10.5, bold=False, align=None, before=0):
    p = d.add_paragraph()
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.space_after = Pt(2); p.paragraph_format.space_before = Pt(before)
    r = p.add_run(text); r.font.size = Pt(size); r.bold = bold
    r.font.name = "宋体"; r._element.rPr.rFonts.set(qn("w:eastAsia"), "黑体" if bold else "宋体")
    return p


def setc(cell, parts, bold=False, center=False, size=9):
    """cell text; a list of strings is one paragraph with SOFT line breaks (w:br) between the parts."""
    cell.text = ""
    p = cell.paragraphs[0]
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    parts = parts if isinstance(parts, list) else [parts]
    r = p.add_run()
    r.font.size = Pt(size); r.bold = bold
    for k, s in enumerate(parts):
        if k:
            r.add_break()
        r.add_text(s)
    return cell


def table(d, nrows, widths):
    t = d.add_table(rows=nrows, cols=len(widths))
    t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = Cm(w)
    return t


def span(t, r, c0, c1, text, **kw):
    cell = t.cell(r, c0).merge(t.cell(r, c1)) if c1 > c0 else t.cell(r, c0)
    return setc(cell, text, **kw)


def vspan(t, r0, r1, c, text, **kw):
    cell = t.cell(r0, c).merge(t.cell(r1, c)) if r1 > r0 else t.cell(r0, c)
    return setc(cell, text, **kw)


def page_break(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def level_cells(t, r0, rows, c1, c2):
    """一级 / 二级 merged down their groups (vMerge), the text on the group's first row."""
    for col, k in ((c1, 0), (c2, 1)):
        for s, e in runs(rows, k):
            name = rows[s][k]
            vspan(t, r0 + s, r0 + e, col, L1W.get(name, name) if k == 0 else L2W.get(name, name), center=True)


# ------------------------------------------------------------------ n2 .docx: central 申报表 with gridSpan / vMerge
def draw_n2(stem, g, out):
    d = docx_base()
    para(d, "附件2", size=12, bold=True)
    for k, f in enumerate(N2_P):
        if k:
            page_break(d)
        para(d, T2, size=16, bold=True, align="c")
        para(d, "（2025年度）", size=11, align="c")
        para(d, "单位：万元", size=10, align="r")
        rows = cells(f["rows"], 4)
        t = table(d, 9 + len(rows), [2.6, 2.4, 2.8, 5.6, 3.2])
        setc(t.cell(0, 0), "项目名称", center=True); span(t, 0, 1, 4, f["name"])
        setc(t.cell(1, 0), "主管部门及代码", center=True); setc(t.cell(1, 1), f"[{C2}]{D2}")
        setc(t.cell(1, 2), "实施单位", center=True); span(t, 1, 3, 4, f["iu"])
        setc(t.cell(2, 0), "项目属性", center=True); setc(t.cell(2, 1), f["attr"])
        setc(t.cell(2, 2), "项目期", center=True); span(t, 2, 3, 4, f["span"])
        vspan(t, 3, 6, 0, "项目资金（万元）", center=True)
        for i, (lab, v) in enumerate(zip(["年度资金总额", "其中：财政拨款", "上年结转资金", "其他资金"],
                                         [f["amt"][0], f["amt"][1], f["amt"][2], f["amt"][3]])):
            span(t, 3 + i, 1, 2, lab); span(t, 3 + i, 3, 4, v, center=True)
        setc(t.cell(7, 0), "年度绩效目标", center=True)
        span(t, 7, 1, 4, [f"{i}.{x}" for i, x in enumerate(f["goals"], 1)])
        vspan(t, 8, 8 + len(rows), 0, "绩效指标", center=True)
        for j, h in enumerate(["一级指标", "二级指标", "三级指标", "指标值"], 1):
            setc(t.cell(8, j), h, bold=True, center=True)
        level_cells(t, 9, rows, 1, 2)
        for i, (a, b, c, v) in enumerate(rows):
            setc(t.cell(9 + i, 3), c); setc(t.cell(9 + i, 4), pv(v), center=True)
    d.save(out)
    return "docx"


# ------------------------------------------------------------------ n3 .ods: approval form with percent cells
def draw_n3(stem, g, out):
    wb = Workbook(); stamp(wb)
    ws = wb.active; ws.title = "批复表"
    ws.merge_cells("A1:F1"); put(ws, "A1", T3, align=CENTER, bold=True, size=16)
    put(ws, "F2", "单位：万元", align=Alignment(horizontal="right"))
    put(ws, "A3", "项目名称", align=CENTER); ws.merge_cells("B3:F3"); put(ws, "B3", N3["name"])
    put(ws, "A4", "主管部门及代码", align=CENTER); ws.merge_cells("B4:C4"); put(ws, "B4", f"[{C3}]{D3}")
    put(ws, "D4", "实施单位", align=CENTER); ws.merge_cells("E4:F4"); put(ws, "E4", N3["iu"])
    put(ws, "A5", "项目编码", align=CENTER); ws.merge_cells("B5:C5"); put(ws, "B5", N3["code"])
    put(ws, "D5", "实施周期", align=CENTER); ws.merge_cells("E5:F5"); put(ws, "E5", N3["period"])
    ws.merge_cells("A6:A8"); put(ws, "A6", "项目资金（万元）", align=CENTER)
    for i, (lm, ly) in enumerate([("实施期资金总额", "年度资金总额"), ("其中：财政拨款", "其中：财政拨款"),
                                  ("其他资金", "其他资金")]):
        r = 6 + i
        put(ws, f"B{r}", lm); put(ws, f"C{r}", float(N3["mid_amt"][i]), fmt="0.00", align=CENTER)
        put(ws, f"D{r}", ly); ws.merge_cells(f"E{r}:F{r}"); put(ws, f"E{r}", N3["amt"][i], fmt="0.00", align=CENTER)
    ws.merge_cells("A9:A10"); put(ws, "A9", "总体目标", align=CENTER)
    ws.merge_cells("B9:C9"); put(ws, "B9", "实施期目标", align=CENTER)
    ws.merge_cells("D9:F9"); put(ws, "D9", "年度目标", align=CENTER)
    ws.merge_cells("B10:C10"); put(ws, "B10", "\n".join(f"{i}.{x}" for i, x in enumerate(N3["goals_mid"], 1)))
    ws.merge_cells("D10:F10"); put(ws, "D10", "\n".join(f"{i}.{x}" for i, x in enumerate(N3["goals"], 1)))
    ws.row_dimensions[10].height = 64
    rows = cells(N3["rows"], 5)
    r0 = 12
    ws.merge_cells(f"A11:A{r0 + len(rows) - 1}"); put(ws, "A11", "绩效指标", align=CENTER)
    for j, h in enumerate(["一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值"]):
        put(ws, f"{'BCDEF'[j]}11", h, align=CENTER, bold=True)
    for i, (a, b, c, m, y) in enumerate(rows):
        r = r0 + i
        put(ws, f"D{r}", c)
        for col, v in (("E", m), ("F", y)):
            if v.startswith("%"):
                put(ws, f"{col}{r}", float(v[1:]) if "." in v else int(v[1:]), fmt="0%", align=CENTER)
            else:
                put(ws, f"{col}{r}", pv(v), align=CENTER)
    for col, k in (("B", 0), ("C", 1)):
        for s, e in runs(rows, k):
            name = rows[s][k]
            put(ws, f"{col}{r0 + s}", L1W[name] if k == 0 else L2W[name], align=CENTER)
            if e > s:
                ws.merge_cells(f"{col}{r0 + s}:{col}{r0 + e}")
    rl = r0 + len(rows)
    put(ws, f"A{rl}", "财政部门批复意见", align=CENTER); ws.merge_cells(f"B{rl}:F{rl}")
    put(ws, f"B{rl}", "同意按上述绩效目标执行，请加强绩效运行监控。")
    frame(ws, 3, rl, 1, 6)
    ws.merge_cells(f"D{rl + 1}:F{rl + 1}")
    put(ws, f"D{rl + 1}", "宣城市宣州区财政局    2025年3月18日", align=Alignment(horizontal="right"))
    for col, wdt in zip("ABCDEF", (14, 16, 14, 24, 15, 15)):
        ws.column_dimensions[col].width = wdt
    ws.print_title_rows = "1:2"
    s2 = wb.create_sheet("填报说明")
    for i, s in enumerate(["1.实施期指标值与年度指标值应逐项对应填写。", "2.百分比指标直接录入百分数。",
                           "3.本表一式两份，经财政部门批复后执行。"], 1):
        put(s2, f"A{i}", s, align=Alignment(vertical="center"))
    s2.column_dimensions["A"].width = 60
    xlsx = os.path.join(BUILD, stem + ".xlsx")
    wb.save(xlsx)
    lo_convert(xlsx, "ods", BUILD)
    shutil.copyfile(os.path.join(BUILD, stem + ".ods"), out)
    return "ods"


# ------------------------------------------------------------------ n4 .xls: transfer 长期 / 年度
def draw_n4(stem, g, out):
    wb = Workbook(); stamp(wb)
    ws = wb.active; ws.title = "绩效目标表"
    ws.merge_cells("A1:F1"); put(ws, "A1", PT4, align=CENTER, bold=True, size=16)
    ws.merge_cells("A2:F2"); put(ws, "A2", "（2024年度）", align=CENTER)
    put(ws, "F3", "单位：万元", align=Alignment(horizontal="right"))
    put(ws, "A4", "专项名称", align=CENTER); ws.merge_cells("B4:F4"); put(ws, "B4", N4["name"])
    put(ws, "A5", "主管部门", align=CENTER); ws.merge_cells("B5:C5"); put(ws, "B5", D4)
    put(ws, "D5", "实施单位", align=CENTER); ws.merge_cells("E5:F5"); put(ws, "E5", N4["iu"])
    put(ws, "A6", "实施期", align=CENTER); ws.merge_cells("B6:C6"); put(ws, "B6", N4["span"])
    put(ws, "D6", "实施期资金总额", align=CENTER); ws.merge_cells("E6:F6")
    put(ws, "E6", float(N4["long_amt"]), fmt="0.00", align=CENTER)
    for j, (lab, v) in enumerate([("年度资金总额", N4["amt"][0]), ("其中：财政拨款", N4["amt"][1]),
                                  ("其他资金", N4["amt"][2])]):
        put(ws, f"{'ACE'[j]}7", lab, align=CENTER); put(ws, f"{'BDF'[j]}7", v, fmt="0.00", align=CENTER)
    ws.merge_cells("A8:A9"); put(ws, "A8", "总体目标", align=CENTER)
    ws.merge_cells("B8:C8"); put(ws, "B8", "长期目标", align=CENTER)
    ws.merge_cells("D8:F8"); put(ws, "D8", "年度目标", align=CENTER)
    ws.merge_cells("B9:C9"); put(ws, "B9", "\n".join(f"{i}、{x}" for i, x in enumerate(N4["goals_mid"], 1)))
    ws.merge_cells("D9:F9"); put(ws, "D9", "\n".join(f"{i}、{x}" for i, x in enumerate(N4["goals"], 1)))
    ws.row_dimensions[9].height = 80
    rows = cells(N4["rows"], 5)
    r0 = 11
    ws.merge_cells(f"A10:A{r0 + len(rows) - 1}"); put(ws, "A10", "绩效指标", align=CENTER)
    for j, h in enumerate(["一级指标", "二级指标", "指标内容", "长期目标值", "年度目标值"]):
        put(ws, f"{'BCDEF'[j]}10", h, align=CENTER, bold=True)
    for i, (a, b, c, m, y) in enumerate(rows):
        put(ws, f"D{r0 + i}", c); put(ws, f"E{r0 + i}", pv(m), align=CENTER); put(ws, f"F{r0 + i}", pv(y), align=CENTER)
    for col, k in (("B", 0), ("C", 1)):
        for s, e in runs(rows, k):
            name = rows[s][k]
            put(ws, f"{col}{r0 + s}", L1W[name] if k == 0 else L2W[name], align=CENTER)
            if e > s:
                ws.merge_cells(f"{col}{r0 + s}:{col}{r0 + e}")
    rl = r0 + len(rows)
    frame(ws, 4, rl - 1, 1, 6)
    ws.merge_cells(f"A{rl}:F{rl}")
    put(ws, f"A{rl}", "填报人：李红梅    联系电话：0396-2875104    填报日期：2024年2月26日",
        align=Alignment(vertical="center"))
    for col, wdt in zip("ABCDEF", (13, 12, 14, 24, 18, 18)):
        ws.column_dimensions[col].width = wdt
    ws.print_title_rows = "1:3"
    s2 = wb.create_sheet("资金分配明细")
    for j, h in enumerate(["分配内容", "金额（万元）"]):
        put(s2, f"{'AB'[j]}1", h, align=CENTER, bold=True)
    for i, (a, v) in enumerate(N4_ALLOC, 2):
        put(s2, f"A{i}", a); put(s2, f"B{i}", float(v), fmt="0.00")
    n = len(N4_ALLOC) + 2
    put(s2, f"A{n}", "合计"); put(s2, f"B{n}", f"=SUM(B2:B{n - 1})", fmt="0.00")
    s2.column_dimensions["A"].width = 26
    xlsx = os.path.join(BUILD, stem + ".xlsx")
    wb.save(xlsx)
    lo_convert(xlsx, "xls", BUILD)
    shutil.copyfile(os.path.join(BUILD, stem + ".xls"), out)
    return "xls"


# ------------------------------------------------------------------ n5 .docx: 2015-style form, Wingdings check boxes
def sym(run_parent, char):
    """a Word symbol (Insert ▸ Symbol ▸ Wingdings): <w:r><w:sym w:font="Wingdings" w:char="F0FE"/></w:r>."""
    r = OxmlElement("w:r")
    s = OxmlElement("w:sym"); s.set(qn("w:font"), "Wingdings"); s.set(qn("w:char"), char)
    r.append(s)
    run_parent._p.append(r)


def draw_n5(stem, g, out):
    d = docx_base()
    para(d, PT5, size=16, bold=True, align="c")
    para(d, "（2024年度）", size=11, align="c")
    para(d, "填报单位（盖章）：                                  单位：万元", size=10)
    long_rows, year_rows = cells(N5["long"], 5), cells(N5["year"], 5)
    n = 5 + 3 + 2 + 4 + 2 + len(long_rows) + 1 + len(year_rows) + 1
    t = table(d, n, [2.6, 2.2, 3.2, 4.4, 2.6, 2.0])
    r = 0
    setc(t.cell(r, 0), "项目名称", center=True); span(t, r, 1, 5, N5["name"]); r += 1
    setc(t.cell(r, 0), "主管部门", center=True); span(t, r, 1, 2, D5)
    setc(t.cell(r, 3), "主管部门编码", center=True); span(t, r, 4, 5, C5); r += 1
    setc(t.cell(r, 0), "项目单位", center=True); span(t, r, 1, 2, N5["iu"])
    setc(t.cell(r, 3), "项目属性", center=True)
    c = span(t, r, 4, 5, "")
    p = c.paragraphs[0]
    p.add_run("新增项目").font.size = Pt(9); sym(p, "F0A8")
    p.add_run("  延续项目").font.size = Pt(9); sym(p, "F0FE"); r += 1
    setc(t.cell(r, 0), "项目负责人", center=True); span(t, r, 1, 2, N5["head"])
    setc(t.cell(r, 3), "联系电话", center=True); span(t, r, 4, 5, N5["phone"]); r += 1
    setc(t.cell(r, 0), "项目起止时间", center=True); span(t, r, 1, 5, N5["period"]); r += 1
    vspan(t, r, r + 2, 0, "年度资金总额及构成（万元）", center=True)
    for i, (lab, v) in enumerate(zip(["总额", "其中：财政拨款", "其他资金"], N5["money"])):
        span(t, r + i, 1, 2, lab); span(t, r + i, 3, 5, v)
    r += 3
    setc(t.cell(r, 0), "项目概况", center=True); span(t, r, 1, 5, N5["overview"]); r += 1
    setc(t.cell(r, 0), "项目立项的依据", center=True); span(t, r, 1, 5, N5["basis"]); r += 1
    vspan(t, r, r + 3, 0, "项目实施进度计划", center=True)
    span(t, r, 1, 3, "项目实施内容", center=True); setc(t.cell(r, 4), "开始时间", center=True)
    setc(t.cell(r, 5), "完成时间", center=True)
    for i, (a, b, e) in enumerate(N5["plan"], 1):
        span(t, r + i, 1, 3, a); setc(t.cell(r + i, 4), b, center=True); setc(t.cell(r + i, 5), e, center=True)
    r += 4
    vspan(t, r, r + 1, 0, "绩效目标", center=True)
    span(t, r, 1, 2, "长期目标", center=True); span(t, r, 3, 5, "年度目标", center=True)
    span(t, r + 1, 1, 2, N5["goals_mid"])
    span(t, r + 1, 3, 5, [f"{i}、{x}" for i, x in enumerate(N5["goals"], 1)])
    r += 2
    for lab, rows in (("长期绩效指标", long_rows), ("年度绩效指标", year_rows)):
        vspan(t, r, r + len(rows), 0, lab, center=True)
        for j, h in enumerate(["一级指标", "二级指标", "指标内容", "指标值", "备注"], 1):
            setc(t.cell(r, j), h, bold=True, center=True)
        level_cells(t, r + 1, rows, 1, 2)
        for i, (a, b, c3, v, note) in enumerate(rows):
            setc(t.cell(r + 1 + i, 3), c3); setc(t.cell(r + 1 + i, 4), pv(v), center=True)
            setc(t.cell(r + 1 + i, 5), note, center=True)
        r += len(rows) + 1
    assert r == n, (r, n)
    para(d, "主管部门（盖章）：邵阳市双清区城市管理和综合执法局          填报日期：2024年2月20日", size=10, before=6)
    d.save(out)
    return "docx"


# ------------------------------------------------------------------ n6 .doc: Hubei cost table, Word 97 via LibreOffice
def draw_n6(stem, g, out):
    d = docx_base()
    for k, f in enumerate(N6_P):
        if k:
            page_break(d)
        para(d, T6, size=15, bold=True, align="c")
        para(d, f"主管部门：{D6}                                        单位：万元", size=10)
        t = table(d, 3, [3.0, 5.2, 3.0, 5.2])
        setc(t.cell(0, 0), "项目名称", center=True); span(t, 0, 1, 3, f["name"])
        setc(t.cell(1, 0), "项目类别", center=True); setc(t.cell(1, 1), f["ptype"])
        setc(t.cell(1, 2), "项目性质", center=True); setc(t.cell(1, 3), f["nature"])
        setc(t.cell(2, 0), "立项依据", center=True); span(t, 2, 1, 3, f["basis"])
        para(d, "项目预算成本构成", size=11, bold=True, align="c", before=4)
        ct = table(d, len(f["costs"]) + 2, [3.6, 2.0, 5.4, 2.7, 2.7])
        for j, h in enumerate(["明细", "金额", "测算（公式）依据", "2022年实际执行数", "2023年实际执行数"]):
            setc(ct.cell(0, j), h, bold=True, center=True)
        for i, row in enumerate(f["costs"], 1):
            for j, v in enumerate(row):
                setc(ct.cell(i, j), v, center=j in (1, 3, 4))
        last = len(f["costs"]) + 1
        setc(ct.cell(last, 0), "合计", center=True); setc(ct.cell(last, 1), f["total"], center=True)
        setc(ct.cell(last, 3), f["exec"][0], center=True); setc(ct.cell(last, 4), f["exec"][1], center=True)
        para(d, "绩效目标", size=11, bold=True, align="c", before=4)
        rows = cells(f["rows"], 5)
        it = table(d, len(rows) + 3, [2.4, 2.6, 4.0, 4.4, 3.0])
        setc(it.cell(0, 0), "年度绩效目标", center=True); span(it, 0, 1, 4, f["goal"])
        for j, h in enumerate(["一级指标", "二级指标", "三级指标", "绩效标准", "当年预期实现值"]):
            setc(it.cell(1, j), h, bold=True, center=True)
        level_cells(it, 2, rows, 0, 1)
        for i, (a, b, c3, desc, v) in enumerate(rows):
            setc(it.cell(2 + i, 2), c3); setc(it.cell(2 + i, 3), desc); setc(it.cell(2 + i, 4), pv(v), center=True)
        rl = len(rows) + 2
        setc(it.cell(rl, 0), "保障绩效目标实现措施", center=True); span(it, rl, 1, 4, f["measures"])
        para(d, "填报人：胡晓东        联系电话：0713-8362517", size=10, before=4)
    docx = os.path.join(BUILD, stem + ".docx")
    d.save(docx)
    lo_convert(docx, "doc", BUILD)
    shutil.copyfile(os.path.join(BUILD, stem + ".doc"), out)
    return "doc"


DRAW = {"n1": (draw_n1, ".xlsx"), "n2": (draw_n2, ".docx"), "n3": (draw_n3, ".ods"), "n4": (draw_n4, ".xls"),
        "n5": (draw_n5, ".docx"), "n6": (draw_n6, ".doc")}


def main():
    os.makedirs(BUILD, exist_ok=True); os.makedirs(DRAFTS, exist_ok=True); os.makedirs(EXPECTED, exist_ok=True)
    only = set(sys.argv[1:])
    for stem, g in G.items():
        if only and stem[:2] not in only:
            continue
        fn, ext = DRAW[stem[:2]]
        out = os.path.join(DRAFTS, stem + ext)
        fmt = fn(stem, g, out)
        rec = clean(g)
        rec["source"] = {"path": os.path.basename(out), "sha256": hashlib.sha256(open(out, "rb").read()).hexdigest(),
                         "format": fmt, "pages": None}
        with open(os.path.join(EXPECTED, stem + ".gold.json"), "w", encoding="utf-8") as fh:
            json.dump(rec, fh, ensure_ascii=False, indent=1)
        print("wrote", os.path.basename(out), os.path.getsize(out))


if __name__ == "__main__":
    main()
