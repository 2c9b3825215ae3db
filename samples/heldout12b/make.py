#!/usr/bin/env python3
"""Render the blind documents of heldout12b FROM the hand-typed golds in golds.py and write the golds. Theme:
TARGET VALUES AS DEPARTMENTS REALLY WRITE THEM. Ordinary project forms, one per file format: openpyxl for z1 (one
sheet per project, every value cell a text cell), python-docx for z2 (指标解释 column; a note as a second paragraph
of a value cell) and z6 (a value broken by hand with a soft line break), a Markdown-style pipe text for z3, a
tab-separated text for z4, reportlab platypus tables (CID font STSong-Light, not embedded) for z5. Intermediate
files go to /tmp/heldout12b_build. Nothing from the jixiao project is imported.
Run: .venv/bin/python samples/heldout12b/make.py [STEM ...]"""
import hashlib, json, os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kit import clean
from golds import *

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "drafts")
EXPECTED = os.path.join(HERE, "expected")
TMP = "/tmp/heldout12b_build"
F = "STSong-Light"
HEAD5 = ["一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据"]


def money(v):
    return "" if v is None else f"{v:.2f}"


def spans(inds, key_fn):
    out, i = [], 0
    while i < len(inds):
        j = i
        while j + 1 < len(inds) and key_fn(inds[j + 1]) == key_fn(inds[i]):
            j += 1
        out.append((i, j - i + 1))
        i = j + 1
    return out


def first_of_group(inds):
    """per row: (print level1?, print level2?) — the first row of each merged group."""
    f1 = {s for s, _ in spans(inds, lambda d: d["level1"])}
    f2 = {s for s, _ in spans(inds, lambda d: (d["level1"], d["level2"]))}
    return [(i in f1, i in f2) for i in range(len(inds))]


def numbered(goals, sep=""):
    return goals[0] if len(goals) == 1 else sep.join(f"{i}.{g}" for i, g in enumerate(goals, 1))


# =============================================================== z1 .xlsx, one sheet per project
def d_z1(g, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    wb = Workbook()
    thin = Side(style="thin", color="000000")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    mid = Alignment(horizontal="center", vertical="center", wrap_text=True)
    left = Alignment(horizontal="left", vertical="center", wrap_text=True)
    grey = PatternFill("solid", fgColor="DDEBF7")
    for k, p in enumerate(g["projects"]):
        ws = wb.active if k == 0 else wb.create_sheet()
        ws.title = Z1_SHEETS[k]
        for col, w in zip("ABCDE", (12, 18, 30, 18, 16)):
            ws.column_dimensions[col].width = w

        def put(r, c0, c1, v, align=left, bold=False, fill=None, fmt=None, border=True, size=10):
            if c1 > c0:
                ws.merge_cells(start_row=r, start_column=c0, end_row=r, end_column=c1)
            c = ws.cell(r, c0, v)
            if isinstance(v, str):
                c.data_type = "s"          # typed as text: `1:1`-like entries stay what the author typed
            c.alignment, c.font = align, Font(name="宋体", size=size, bold=bold)
            if fill:
                c.fill = fill
            if fmt:
                c.number_format = fmt
            if border:
                for q in range(c0, c1 + 1):
                    ws.cell(r, q).border = box

        put(1, 1, 5, p["title"], mid, bold=True, border=False, size=16)
        ws.row_dimensions[1].height = 30
        put(2, 1, 3, f"部门名称：{D1}　　部门编码：{C1}", border=False)
        put(2, 4, 5, "单位：万元", Alignment(horizontal="right"), border=False)
        put(3, 1, 1, "项目名称", mid, fill=grey); put(3, 2, 3, p["name"]); put(3, 4, 4, "项目编码", mid, fill=grey)
        put(3, 5, 5, p["code"])
        put(4, 1, 1, "主管部门", mid, fill=grey); put(4, 2, 3, p["department"]); put(4, 4, 4, "实施单位", mid, fill=grey)
        put(4, 5, 5, p["implementing_unit"])
        put(5, 1, 1, "年度资金总额", mid, fill=grey); put(5, 2, 3, p["budget_total"], mid, fmt="0.00")
        put(5, 4, 4, "其中：财政拨款", mid, fill=grey); put(5, 5, 5, p["budget_fiscal"], mid, fmt="0.00")
        put(6, 1, 1, "其他资金", mid, fill=grey); put(6, 2, 5, p["budget_other"], mid, fmt="0.00")
        put(7, 1, 1, "年度目标", mid, fill=grey); put(7, 2, 5, numbered(p["goals"], "\n"))
        ws.row_dimensions[7].height = 36
        put(8, 1, 5, "年度绩效指标", mid, bold=True, fill=grey)
        for c, h in enumerate(HEAD5, 1):
            put(9, c, c, h, mid, bold=True, fill=grey)
        r = 10
        inds = p["indicators"]
        for lvl, key_fn in ((1, lambda d: d["level1"]), (2, lambda d: (d["level1"], d["level2"]))):
            for start, n in spans(inds, key_fn):
                if n > 1:
                    ws.merge_cells(start_row=r + start, start_column=lvl, end_row=r + start + n - 1, end_column=lvl)
                c = ws.cell(r + start, lvl, inds[start][f"level{lvl}"])
                c.alignment, c.font = mid, Font(name="宋体", size=10)
        for i, x in enumerate(inds):
            for q in (1, 2):
                ws.cell(r + i, q).border = box
            put(r + i, 3, 3, x["level3"])
            put(r + i, 4, 4, x["value_raw"], mid)
            put(r + i, 5, 5, x["basis"], mid)
        put(r + len(inds) + 1, 1, 5, "填报人：庄雅琳　　审核人：黄志鸿　　联系电话：0595-2268XXXX", border=False)
        ws.page_setup.orientation = "portrait"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.print_area = f"A1:E{ws.max_row}"
    wb.properties.creator = "鲤城区卫健局规划财务科"
    wb.save(path)


# =============================================================== .docx helpers (z2, z6)
from docx import Document
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_ROW_HEIGHT_RULE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

CJK = "Noto Serif CJK SC"


def new_doc(font=CJK, size=10.5):
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


def mset(t, r, c0, c1, text, r1=None, size=None, paras=None, center=False, soft=None):
    """soft: (a, b) = ONE paragraph `a` <w:br/> `b` (a line broken by hand with Shift+Enter)."""
    c = t.cell(r, c0)
    if c1 != c0 or (r1 is not None and r1 != r):
        c = c.merge(t.cell(r1 if r1 is not None else r, c1))
    if soft:
        c.text = ""
        run = c.paragraphs[0].add_run(soft[0])
        run.add_break()
        c.paragraphs[0].add_run(soft[1])
    elif paras:
        c.text = paras[0]
        for s in paras[1:]:
            c.add_paragraph(s)
    else:
        c.text = text
    for p in c.paragraphs:
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if size:
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


def merge_levels(t, first_row, inds, size=None):
    for col, key_fn, lv in ((0, lambda d: d["level1"], "level1"), (1, lambda d: (d["level1"], d["level2"]), "level2")):
        for start, n in spans(inds, key_fn):
            mset(t, first_row + start, col, col, inds[start][lv], first_row + start + n - 1, size=size, center=True)


def docx_form(docu, p, headline_line, cols, value_cell=None):
    """one ordinary 项目支出绩效目标表: title, a code line, key/value table, indicator table."""
    para(docu, p["title"], size=16, bold=True, center=True)
    para(docu, headline_line, size=10)
    t = docu.add_table(rows=5, cols=4)
    t.style = "Table Grid"
    for r, (a, b, c, d) in enumerate((("项目名称", p["name"], "项目编码", p["code"]),
                                      ("主管部门", p["department"], "实施单位", p["implementing_unit"]),
                                      ("年度资金总额", money(p["budget_total"]), "其中：财政拨款", money(p["budget_fiscal"])))):
        mset(t, r, 0, 0, a, center=True); mset(t, r, 1, 1, b, center=r == 2)
        mset(t, r, 2, 2, c, center=True); mset(t, r, 3, 3, d, center=r == 2)
    mset(t, 3, 0, 0, "其他资金", center=True); mset(t, 3, 1, 3, money(p["budget_other"]), center=True)
    mset(t, 4, 0, 0, "年度目标", center=True)
    gl = p["goals"]
    mset(t, 4, 1, 3, None, paras=gl if len(gl) == 1 else [f"{i}.{x}" for i, x in enumerate(gl, 1)])
    widths(t, [2.8, 5.7, 2.8, 5.7])
    para(docu, "")
    inds = p["indicators"]
    heads = {"desc": "指标解释", "raw": "指标值", "basis": "指标值设定依据"}
    t = docu.add_table(rows=1 + len(inds), cols=3 + len(cols))
    t.style = "Table Grid"
    for c, h in enumerate(["一级指标", "二级指标", "三级指标"] + [heads[k] for k in cols]):
        mset(t, 0, c, c, h, center=True, size=9.5)
    merge_levels(t, 1, inds, size=9.5)
    key = {"desc": "description", "raw": "value_raw", "basis": "basis"}
    for i, x in enumerate(inds):
        mset(t, 1 + i, 2, 2, x["level3"], size=9.5)
        for c, k in enumerate(cols, 3):
            special = value_cell(x) if (k == "raw" and value_cell) else None
            if special:
                mset(t, 1 + i, c, c, None, size=9.5, center=True, **special)
            else:
                mset(t, 1 + i, c, c, x[key[k]], size=9.5, center=k != "desc")
    widths(t, [2.0, 2.6, 3.8, 4.2, 2.8, 1.8] if len(cols) == 3 else [2.2, 2.8, 5.2, 3.6, 3.2])
    for row in t.rows:
        row.height = Cm(0.8)
        row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST


def d_z2(g, path):
    docu = new_doc(size=10)
    docu.core_properties.title = "沙市区教育局2024年项目支出绩效目标表"
    docu.core_properties.author = "沙市区教育局计划财务科"
    for k, p in enumerate(g["projects"]):
        if k:
            page_break(docu)

        def value_cell(x):
            if x["value_raw"] == "".join(Z2_NOTE_CELL):
                return {"paras": list(Z2_NOTE_CELL)}
        docx_form(docu, p, f"主管部门：{D2}　　部门编码：{C2}　　　　　　　　　　单位：万元", ["desc", "raw", "basis"], value_cell)
        para(docu, "")
        para(docu, "填报人：尹春华　　审核人：邓光明　　联系电话：0716-83XXXXX", size=10)
    docu.save(path)


def d_z6(g, path):
    docu = new_doc(size=10)
    docu.core_properties.title = "桃城区住房和城乡建设局2025年度项目支出绩效目标表"
    docu.core_properties.author = "桃城区住建局"
    for k, p in enumerate(g["projects"]):
        if k:
            page_break(docu)

        def value_cell(x):
            if x["value_raw"] == "".join(Z6_BROKEN):
                return {"soft": Z6_BROKEN}
        docx_form(docu, p, f"部门编码：{C6}　　　　　　　　　　　　　　　　　　　　　　　单位：万元", ["raw", "basis"], value_cell)
        para(docu, "")
        para(docu, "填报人：孙立新　　审核人：赵丽娟　　联系电话：0318-21XXXXX", size=10)
    docu.save(path)


# =============================================================== z3 Markdown-style pipe text
def d_z3(g, path):
    L = [Z3_HEADLINE, "", "发布日期：2024-02-27　　信息来源：区农业农村局　　【字体：大 中 小】", "",
         "按照全面实施预算绩效管理要求，现将我局2024年度项目支出绩效目标公开如下（共2个项目）。", ""]
    cn = "一二三四五"
    for k, p in enumerate(g["projects"]):
        L += [f"{cn[k]}、{p['name']}", "", p["title"], "", f"部门编码：{C3}　　　　单位：万元", "",
              f"| 项目名称 | {p['name']} | 项目编码 | {p['code']} |", "|---|---|---|---|",
              f"| 主管部门 | {p['department']} | 实施单位 | {p['implementing_unit']} |",
              f"| 年度资金总额 | {money(p['budget_total'])} | 其中：财政拨款 | {money(p['budget_fiscal'])} |",
              f"| 其他资金 | {money(p['budget_other'])} |  |  |",
              f"| 年度目标 | {'<br>'.join(f'{i}.{x}' for i, x in enumerate(p['goals'], 1))} |  |  |", "",
              "| " + " | ".join(HEAD5) + " |", "|---|---|---|---|---|"]
        for (a, b), x in zip(first_of_group(p["indicators"]), p["indicators"]):
            L.append(f"| {x['level1'] if a else ''} | {x['level2'] if b else ''} | {x['level3']} | {x['value_raw']} | {x['basis']} |")
        L += [""]
    L += ["附件下载：涪城区农业农村局2024年度项目支出绩效目标表.xlsx", "",
          "主办：绵阳市涪城区人民政府办公室　　联系电话：0816-22XXXXX"]
    open(path, "w", encoding="utf-8").write("\n".join(L) + "\n")


# =============================================================== z4 tab-separated text (seed-like rows)
def d_z4(g, path):
    L = [f"{D4}2025年项目支出绩效目标", ""]
    for k, p in enumerate(g["projects"]):
        L += [p["title"], f"部门编码：{C4}\t\t\t单位：万元",
              f"项目名称\t{p['name']}\t项目编码\t{p['code']}",
              f"主管部门\t{p['department']}\t实施单位\t{p['implementing_unit']}",
              f"年度资金总额\t{money(p['budget_total'])}\t其中：财政拨款\t{money(p['budget_fiscal'])}\t其他资金\t{money(p['budget_other'])}",
              "年度目标\t" + "".join(f"{i}、{x}" for i, x in enumerate(p["goals"], 1)),
              "\t".join(HEAD5)]
        for (a, b), x in zip(first_of_group(p["indicators"]), p["indicators"]):
            L.append("\t".join([x["level1"] if a else "", x["level2"] if b else "", x["level3"], x["value_raw"], x["basis"]]))
        L += ["", "\f" if k + 1 < len(g["projects"]) else ""]
    L += ["填报人：郑晓东　　联系电话：0536-82XXXXX　　填报日期：2025年1月20日"]
    open(path, "w", encoding="utf-8").write("\n".join(L) + "\n")


# =============================================================== z5 reportlab platypus tables
def d_z5(g, path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    pdfmetrics.registerFont(UnicodeCIDFont(F))
    st = ParagraphStyle("c", fontName=F, fontSize=9.5, leading=13, wordWrap="CJK")
    stc = ParagraphStyle("cc", parent=st, alignment=1)
    title = ParagraphStyle("t", fontName=F, fontSize=17, leading=24, alignment=1)
    line = ParagraphStyle("l", fontName=F, fontSize=10, leading=14)

    def P(x, center=False):
        return Paragraph(x, stc if center else st)
    story = []
    for k, p in enumerate(g["projects"]):
        if k:
            story.append(PageBreak())
        story += [Paragraph(p["title"], title), Spacer(1, 6),
                  Paragraph(f"填报单位：{D5}　　部门编码：{C5}　　　　　　　　　　　　　单位：万元", line), Spacer(1, 4)]
        kv = [[P("项目名称", 1), P(p["name"]), P("项目编码", 1), P(p["code"])],
              [P("主管部门", 1), P(p["department"]), P("实施单位", 1), P(p["implementing_unit"])],
              [P("年度资金总额", 1), P(money(p["budget_total"]), 1), P("其中：财政拨款", 1), P(money(p["budget_fiscal"]), 1)],
              [P("其他资金", 1), P(money(p["budget_other"]), 1), "", ""],
              [P("年度目标", 1), P(numbered(p["goals"], "<br/>")), "", ""]]
        t = Table(kv, colWidths=[2.8 * cm, 5.8 * cm, 2.8 * cm, 5.6 * cm])
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("SPAN", (1, 3), (3, 3)), ("SPAN", (1, 4), (3, 4))]))
        story += [t, Spacer(1, 8)]
        inds = p["indicators"]
        rows_ = [[P(h, 1) for h in HEAD5]]
        for x in inds:
            v = x["value_raw"]
            if v == "".join(Z5_WRAPPED):
                v = "<br/>".join(Z5_WRAPPED)          # the cell prints its two targets on two lines
            rows_.append([P(x["level1"], 1), P(x["level2"], 1), P(x["level3"]), P(v, 1), P(x["basis"], 1)])
        style = [("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                 ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EDEDED"))]
        for col, key_fn in ((0, lambda d: d["level1"]), (1, lambda d: (d["level1"], d["level2"]))):
            for start, n in spans(inds, key_fn):
                if n > 1:
                    style.append(("SPAN", (col, 1 + start), (col, start + n)))
        t = Table(rows_, colWidths=[2.4 * cm, 3.2 * cm, 5.6 * cm, 3.0 * cm, 2.8 * cm], repeatRows=1)
        t.setStyle(TableStyle(style))
        story += [t, Spacer(1, 10), Paragraph("填报人：沈佳怡　　审核人：陆建国　　联系电话：0573-8218XXXX", line)]
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                            bottomMargin=2 * cm, title="南湖区民政局2024年度项目支出绩效目标表", author="南湖区民政局",
                            creator="Microsoft Word", producer="Microsoft: Print To PDF")
    doc.build(story)


def pdf_pages(path):
    import pypdfium2 as pdfium
    return len(pdfium.PdfDocument(path))


# =============================================================== driver
def build(stem, g):
    """returns (path, format, pages)."""
    if stem.startswith("z1"):
        out = os.path.join(OUT, stem + ".xlsx"); d_z1(g, out); return out, "xlsx", None
    if stem.startswith("z2"):
        out = os.path.join(OUT, stem + ".docx"); d_z2(g, out); return out, "docx", None
    if stem.startswith("z3"):
        out = os.path.join(OUT, stem + ".txt"); d_z3(g, out); return out, "text", None
    if stem.startswith("z4"):
        out = os.path.join(OUT, stem + ".txt"); d_z4(g, out); return out, "text", None
    if stem.startswith("z5"):
        out = os.path.join(OUT, stem + ".pdf"); d_z5(g, out); return out, "pdf", pdf_pages(out)
    if stem.startswith("z6"):
        out = os.path.join(OUT, stem + ".docx"); d_z6(g, out); return out, "docx", None
    raise KeyError(stem)


def main():
    os.makedirs(TMP, exist_ok=True)
    os.makedirs(OUT, exist_ok=True); os.makedirs(EXPECTED, exist_ok=True)
    only = set(sys.argv[1:])
    for stem in sorted(G):
        if only and stem not in only:
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
