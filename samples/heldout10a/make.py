#!/usr/bin/env python3
"""Render the six blind documents of heldout10a FROM the hand-typed golds in golds.py and write the golds.
Theme: FAMILY VARIANTS AS DEPARTMENTS FILL THEM IN. python-docx for w1 (a 部门整体 form per unit, four tables,
amounts in 元), w4 (部门预算绩效文本 whose part 1 is tables) and w6 (year printed `（2025）` / `2025年度`);
openpyxl for w2 (一体化 one-table export, 中期/年度 columns side by side, merged project cells) and w5 (上年实际完成值
beside 本年目标值, 二级 column blank); a reportlab canvas with a small ruled-grid engine (CID font STSong-Light,
as heldout9b) for w3 (placeholder value cells, 权重（分）, 指标方向). No LibreOffice pass is needed.
Intermediate files go to /tmp/heldout10a_build. Nothing from the jixiao project is imported.
Run: .venv/bin/python samples/heldout10a/make.py [STEM ...]"""
import hashlib, json, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kit import clean
from golds import G

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "drafts")
EXPECTED = os.path.join(HERE, "expected")
TMP = "/tmp/heldout10a_build"
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


# =============================================================== Word helpers (as heldout9a/9b)
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


# =============================================================== w1 部门整体 ×4 (department + three units), 元
def w1_table(docu, p, year):
    para(docu, p["title"], 16, True, center=True)
    para(docu, f"（{year}年度）", center=True)
    para(docu, f'填报单位（盖章）：{p["department"]}')
    para(docu, "单位：元", right=True)
    inds = p["indicators"]
    t = docu.add_table(rows=7 + len(inds), cols=4)
    t.style = "Table Grid"
    mset(t, 0, 0, 0, "部门（单位）名称"); mset(t, 0, 1, 1, p["department"])
    mset(t, 0, 2, 2, "部门编码"); mset(t, 0, 3, 3, p["department_code"])
    mset(t, 1, 0, 0, "年度预算安排（元）", 3)
    for k, (lab, v) in enumerate([("资金总额", p["budget_total"]), ("其中：财政拨款", p["budget_fiscal"]),
                                  ("其他资金", p["budget_other"])]):
        mset(t, 1 + k, 1, 1, lab); mset(t, 1 + k, 2, 3, money(v, sep=True))
    mset(t, 4, 0, 0, "年度总体目标"); mset(t, 4, 1, 3, None, paras=numbered(p["goals"]))
    mset(t, 5, 0, 3, "年度绩效指标", bold=True)
    for c, h in enumerate(["一级指标", "二级指标", "三级指标", "指标值"]):
        mset(t, 6, c, c, h, bold=True)
    for i, x in enumerate(inds):
        mset(t, 7 + i, 2, 2, x["level3"]); mset(t, 7 + i, 3, 3, x["value_raw"])
    merge_levels(t, 7, inds)
    widths(t, [3.4, 4.4, 5.0, 4.2])


def d_w1(g, path):
    docu = new_doc()
    for p in g["projects"]:
        if p["seq"] > 1:
            page_break(docu)
        w1_table(docu, p, g["document"]["year"])
        para(docu, "")
        para(docu, "填报人：韦秋燕　　联系电话：0771-56XXXXX　　填报日期：2024年1月10日")
    docu.save(path)


# =============================================================== w4 部门预算绩效文本, part 1 as tables
def d_w4(g, path):
    d = g["document"]
    docu = new_doc()
    para(docu, ""); para(docu, "")
    para(docu, d["department"], 22, True, center=True)
    para(docu, d["title"], 22, True, center=True)
    page_break(docu)
    para(docu, "第一部分　部门整体绩效目标", 15, True, center=True)
    t = docu.add_table(rows=2, cols=2); t.style = "Table Grid"
    mset(t, 0, 0, 0, "部门职责", bold=True); mset(t, 0, 1, 1, None, paras=g["_duties"])
    mset(t, 1, 0, 0, "总体绩效目标", bold=True)
    cn = "一二三四五六七八九十"
    mset(t, 1, 1, 1, None, paras=[f"（{cn[i]}）{x}" for i, x in enumerate(g["overall_goals"])])
    widths(t, [3.2, 13.8])
    para(docu, "")
    sub = g["sub_goals"]
    t = docu.add_table(rows=2 + len(sub), cols=3); t.style = "Table Grid"
    mset(t, 0, 0, 2, "分项绩效目标", bold=True)
    for c, h in enumerate(["项目", "绩效目标", "绩效指标"]):
        mset(t, 1, c, c, h, bold=True)
    for i, s in enumerate(sub):
        mset(t, 2 + i, 0, 0, s["title"]); mset(t, 2 + i, 1, 1, s["goal"]); mset(t, 2 + i, 2, 2, s["indicator"])
    widths(t, [3.2, 6.4, 7.4])
    para(docu, "")
    safe = g["safeguards"]
    t = docu.add_table(rows=1 + len(safe), cols=2); t.style = "Table Grid"
    mset(t, 0, 0, 1, "工作保障措施", bold=True)
    for i, s in enumerate(safe):
        mset(t, 1 + i, 0, 0, s["title"]); mset(t, 1 + i, 1, 1, None, paras=s.get("_paras") or [s["text"]])
    widths(t, [3.2, 13.8])
    page_break(docu)
    para(docu, "第二部分　项目支出绩效目标表", 15, True, center=True)
    for p in g["projects"]:
        if p["seq"] > 1:
            page_break(docu)
        para(docu, f'{p["seq"]}、{p["title"]}', 14, True, center=True)
        para(docu, f'{p["department_code"]} {p["department"]}')
        para(docu, "单位：万元", right=True)
        inds = p["indicators"]
        t = docu.add_table(rows=7 + len(inds), cols=6); t.style = "Table Grid"
        mset(t, 0, 0, 0, "项目编码"); mset(t, 0, 1, 2, p["code"]); mset(t, 0, 3, 3, "项目名称"); mset(t, 0, 4, 5, p["name"])
        for k, (lab, v) in enumerate([("预算数", p["budget_total"]), ("其中：财政资金", p["budget_fiscal"]),
                                      ("其他资金", p["budget_other"])]):
            mset(t, 1, 2 * k, 2 * k, lab); mset(t, 1, 2 * k + 1, 2 * k + 1, money(v))
        mset(t, 2, 0, 0, "资金用途"); mset(t, 2, 1, 5, p["purpose"])
        mset(t, 3, 0, 0, "资金支出计划", 4)
        plan = p["spending_plan"]
        for k, e in enumerate(plan):
            c1 = 5 if k == len(plan) - 1 else 1 + k
            mset(t, 3, 1 + k, c1, f'{e["month"]}月底'); mset(t, 4, 1 + k, c1, f'{e["pct"]}%')
        mset(t, 5, 0, 0, "绩效目标"); mset(t, 5, 1, 5, None, paras=numbered(p["goals"], "{i}、{g}"))
        for c0, c1, h in ((0, 0, "一级指标"), (1, 1, "二级指标"), (2, 3, "三级指标"), (4, 4, "指标值"), (5, 5, "指标值确定依据")):
            mset(t, 6, c0, c1, h, bold=True)
        for i, x in enumerate(inds):
            mset(t, 7 + i, 2, 3, x["level3"]); mset(t, 7 + i, 4, 4, x["value_raw"]); mset(t, 7 + i, 5, 5, x["basis"])
        merge_levels(t, 7, inds)
        widths(t, [2.4, 2.8, 2.6, 2.6, 3.0, 3.6])
        para(docu, "")
    docu.save(path)


# =============================================================== w6 year as （2025） and 2025年度, blank 其他资金
def d_w6(g, path):
    d = g["document"]
    docu = new_doc()
    para(docu, f'{d["department"]}{d["title"]}', 16, True, center=True)
    para(docu, "")
    for p in g["projects"]:
        if p["seq"] > 1:
            page_break(docu)
        para(docu, p["title"], 15, True, center=True)
        para(docu, f'（{d["year"]}）', center=True)
        para(docu, f'部门编码：{p["department_code"]}　　　　　　　　　　　　　　　　　　　　　　单位：万元')
        inds = p["indicators"]
        t = docu.add_table(rows=8 + len(inds), cols=5); t.style = "Table Grid"
        mset(t, 0, 0, 0, "项目名称"); mset(t, 0, 1, 4, p["name"])
        mset(t, 1, 0, 0, "项目编码"); mset(t, 1, 1, 1, p["code"]); mset(t, 1, 2, 2, "主管部门"); mset(t, 1, 3, 4, p["department"])
        mset(t, 2, 0, 0, "实施单位"); mset(t, 2, 1, 4, p["implementing_unit"])
        mset(t, 3, 0, 0, "项目资金（万元）", 5)
        for k, (lab, v) in enumerate([(f'{d["year"]}年度资金总额', p["budget_total"]),
                                      ("其中：财政拨款", p["budget_fiscal"]), ("其他资金", p["budget_other"])]):
            mset(t, 3 + k, 1, 2, lab); mset(t, 3 + k, 3, 4, money(v))          # None → an empty cell
        mset(t, 6, 0, 0, f'{d["year"]}年度绩效目标'); mset(t, 6, 1, 4, None, paras=numbered(p["goals"]))
        for c0, c1, h in ((0, 0, "一级指标"), (1, 1, "二级指标"), (2, 3, "三级指标"), (4, 4, "指标值")):
            mset(t, 7, c0, c1, h, bold=True)
        for i, x in enumerate(inds):
            mset(t, 8 + i, 2, 3, x["level3"]); mset(t, 8 + i, 4, 4, x["value_raw"])
        merge_levels(t, 8, inds)
        widths(t, [2.8, 3.4, 3.0, 3.6, 4.2])
        para(docu, "")
        para(docu, "填报人：马晓东　　联系电话：0937-26XXXXX")
    docu.save(path)


# =============================================================== openpyxl helpers (as heldout9a)
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


# =============================================================== w2 一体化: ONE table, 中期/年度 side by side
def d_w2(g, path):
    d = g["document"]
    wb = Workbook()
    ws = wb.active
    ws.title = "项目绩效目标"
    for col, wd in zip("ABCDEFGHIJKL", [16, 14, 10, 10, 10, 30, 30, 10, 12, 20, 12, 12]):
        ws.column_dimensions[col].width = wd
    title_row(ws, d["title"], 12)
    ws.cell(row=2, column=1, value=f'部门编码：{d["department_code"]}')
    ws.cell(row=2, column=12, value="单位：万元").alignment = Alignment(horizontal="right")
    for c, h in ((1, "单位名称"), (2, "项目名称"), (6, "中期目标"), (7, "年度目标"), (8, "一级指标"), (9, "二级指标"),
                 (10, "三级指标"), (11, "中期指标值"), (12, "年度指标值")):
        mput(ws, 3, c, c, h, r1=4, bold=True)
    mput(ws, 3, 3, 5, "项目资金", bold=True)
    for c, h in ((3, "资金总额"), (4, "财政资金"), (5, "其他资金")):
        put(ws, 4, c, h, bold=True)
    r = 5
    for p in g["projects"]:
        inds = p["indicators"]
        n = len(inds) // 2
        year, mid = inds[:n], inds[n:]
        assert all(a["level3"] == b["level3"] and a["period"] == "year" and b["period"] == "mid_term"
                   for a, b in zip(year, mid))
        last = r + n - 1
        mput(ws, r, 1, 1, p["department"], r1=last)
        mput(ws, r, 2, 2, p["name"], r1=last)
        for c, v in ((3, p["budget_total"]), (4, p["budget_fiscal"]), (5, p["budget_other"])):
            mput(ws, r, c, c, v, r1=last, fmt="#,##0.00")
        mput(ws, r, 6, 6, "\n".join(numbered(p["goals_mid_term"])), r1=last, left=True)
        mput(ws, r, 7, 7, "\n".join(numbered(p["goals"])), r1=last, left=True)
        for i, (y, m) in enumerate(zip(year, mid)):
            put(ws, r + i, 10, y["level3"]); put(ws, r + i, 11, m["value_raw"]); put(ws, r + i, 12, y["value_raw"])
            ws.row_dimensions[r + i].height = 24
        for col, key_fn, key in ((8, lambda x: x["level1"], "level1"), (9, lambda x: (x["level1"], x["level2"]), "level2")):
            for start, k in spans(year, key_fn):
                mput(ws, r + start, col, col, year[start][key], r1=r + start + k - 1)
        r = last + 1
    ws.cell(row=r + 1, column=1, value="填报人：覃丽萍　　联系电话：0773-58XXXXX　　导出时间：2025-01-06 15:42:18")
    ws.freeze_panes = "C5"
    ws.print_title_rows = "3:4"
    wb.save(path)


# =============================================================== w5 上年实际完成值 beside 本年目标值, 二级 blank
def w5_sheet(wb, g, p, title):
    d = g["document"]
    ws = wb.create_sheet(title)
    for col, wd in zip("ABCDE", [13, 12, 24, 16, 18]):
        ws.column_dimensions[col].width = wd
    title_row(ws, p["title"], 5)
    ws.merge_cells("A2:C2")
    ws.cell(row=2, column=1, value=f'部门编码：{p["department_code"]}')
    ws.cell(row=2, column=5, value="单位：万元").alignment = Alignment(horizontal="right")
    put(ws, 3, 1, "项目名称"); mput(ws, 3, 2, 5, p["name"])
    put(ws, 4, 1, "项目编码"); mput(ws, 4, 2, 3, p["code"]); put(ws, 4, 4, "主管部门"); put(ws, 4, 5, p["department"])
    put(ws, 5, 1, "实施单位"); mput(ws, 5, 2, 5, p["implementing_unit"])
    mput(ws, 6, 1, 1, "项目资金（万元）", r1=8)
    for k, (lab, v) in enumerate([("年度资金总额", p["budget_total"]), ("其中：财政拨款", p["budget_fiscal"]),
                                  ("其他资金", p["budget_other"])]):
        mput(ws, 6 + k, 2, 3, lab); mput(ws, 6 + k, 4, 5, v, fmt="#,##0.00")
    put(ws, 9, 1, "年度目标"); mput(ws, 9, 2, 5, "\n".join(numbered(p["goals"])), left=True)
    ws.row_dimensions[9].height = 16 * len(p["goals"]) + 10
    for c, h in enumerate(["一级指标", "二级指标", "三级指标", "上年实际完成值", "本年目标值"], 1):
        put(ws, 10, c, h, bold=True)
    inds = p["indicators"]
    for i, x in enumerate(inds):
        put(ws, 11 + i, 2, None)                     # 二级指标: left blank by the department, every row
        put(ws, 11 + i, 3, x["level3"]); put(ws, 11 + i, 4, x["baseline_raw"]); put(ws, 11 + i, 5, x["value_raw"])
    for start, n in spans(inds, lambda x: x["level1"]):
        mput(ws, 11 + start, 1, 1, inds[start]["level1"], r1=11 + start + n - 1)
    ws.cell(row=11 + len(inds) + 1, column=1, value="填报人：李文军　　联系电话：0936-82XXXXX")


def d_w5(g, path):
    wb = Workbook()
    wb.remove(wb.active)
    for p in g["projects"]:
        w5_sheet(wb, g, p, p["name"])
    wb.save(path)


# =============================================================== w3 reportlab ruled grid (engine as heldout9b)
def rl_setup():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    pdfmetrics.registerFont(UnicodeCIDFont(F))


def wrap(text, width, size):
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
        canv.rect(cx, by, w, hh, stroke=1, fill=0)
        canv.setFillColor("black"); canv.setFont(F, FS)
        n = len(x["lines"])
        first = by + hh / 2 + (n * LEAD) / 2 - LEAD + (LEAD - FS) / 2 + 1.2
        for k, s in enumerate(x["lines"]):
            if x["role"] == "text":
                canv.drawString(cx + PAD, first - k * LEAD, s)
            else:
                canv.drawCentredString(cx + w / 2, first - k * LEAD, s)
    return ytop - sum(heights)


def w3_page(canv, p):
    from reportlab.lib.pagesizes import A4
    W, H = A4
    x0 = 45
    canv.setFillColor("black")
    canv.setFont(F, 16)
    canv.drawCentredString(W / 2, H - 62, p["title"])
    canv.setFont(F, 10)
    canv.drawString(x0, H - 86, f'部门编码：{p["department_code"]}')
    canv.drawRightString(W - x0, H - 86, "单位：万元")
    goals = p["goals"]
    gtxt = goals[0] if len(goals) == 1 else "".join(f"{i}.{x}" for i, x in enumerate(goals, 1))
    hc = [cell(0, 0, "项目名称", "label"), cell(0, 1, p["name"]), cell(0, 2, "项目编码", "label"), cell(0, 3, p["code"]),
          cell(1, 0, "主管部门", "label"), cell(1, 1, p["department"]),
          cell(1, 2, "实施单位", "label"), cell(1, 3, p["implementing_unit"]),
          cell(2, 0, "年度资金总额", "label"), cell(2, 1, money(p["budget_total"]), "val"),
          cell(2, 2, "其中：财政拨款", "label"), cell(2, 3, money(p["budget_fiscal"]), "val"),
          cell(3, 0, "其他资金", "label"), cell(3, 1, money(p["budget_other"]), "val", cs=3),
          cell(4, 0, "年度目标", "label"), cell(4, 1, gtxt, cs=3)]
    y = draw_grid(canv, x0, H - 94, [82, 172, 82, 169], hc)
    inds = p["indicators"]
    ic = [cell(0, c, h, "head") for c, h in enumerate(["一级指标", "二级指标", "三级指标", "指标值", "权重（分）", "指标方向"])]
    for start, n in spans(inds, lambda d: d["level1"]):
        ic.append(cell(1 + start, 0, inds[start]["level1"], "level", rs=n))
    for start, n in spans(inds, lambda d: (d["level1"], d["level2"])):
        ic.append(cell(1 + start, 1, inds[start]["level2"], "level", rs=n))
    for i, x in enumerate(inds):
        ic += [cell(1 + i, 2, x["level3"]), cell(1 + i, 3, x["value_raw"], "val"),
               cell(1 + i, 4, str(x["weight"]), "val"), cell(1 + i, 5, x["direction"], "val")]
    y = draw_grid(canv, x0, y - 10, [60, 92, 150, 85, 58, 60], ic)
    canv.setFillColor("black"); canv.setFont(F, 10)
    canv.drawString(x0, y - 20, "填报人：黎春梅　　联系电话：0774-38XXXXX　　审核人：莫志强")
    assert y - 20 > 40, f"{p['name']}: form runs off the page ({y})"


def d_w3(g, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    rl_setup()
    canv = canvas.Canvas(path, pagesize=A4, pageCompression=1)
    canv.setTitle(g["document"]["title"]); canv.setAuthor(g["document"]["department"])
    for p in g["projects"]:
        w3_page(canv, p)
        canv.showPage()
    canv.save()


# =============================================================== driver
def build(stem, g):
    """returns (path, format, pages)."""
    kind = {"w1": ("docx", d_w1), "w2": ("xlsx", d_w2), "w3": ("pdf", d_w3), "w4": ("docx", d_w4),
            "w5": ("xlsx", d_w5), "w6": ("docx", d_w6)}[stem[:2]]
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
