#!/usr/bin/env python3
"""Render the six blind documents of heldout8a FROM the hand-typed golds in golds.py and write the golds.
python-docx plus direct WordprocessingML edits (lxml: tracked changes w:del/w:ins, content controls w:sdt,
w:tblHeader, w:pageBreakBefore, nested tables, w:br), openpyxl (number formats, a hidden row, a hidden sheet),
LibreOffice headless (one conversion at a time, profile /tmp/lo_heldout8a) for the BIFF8 .xls and for a check
PDF of r2. Intermediate files go to /tmp/heldout8a_build. Nothing from the jixiao project is imported.
Run: .venv/bin/python samples/heldout8a/make.py [STEM ...]"""
import copy, datetime, hashlib, itertools, json, os, shutil, subprocess, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kit import clean
from golds import G, BR_FW

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "drafts")
EXPECTED = os.path.join(HERE, "expected")
TMP = "/tmp/heldout8a_build"
LO_PROFILE = "file:///tmp/lo_heldout8a"


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
    """一级/二级 written once per group, the group's cells merged vertically (w:vMerge restart/continue)."""
    for col, key_fn, txt in ((c1, lambda d: d["level1"], lambda d: d["level1"]),
                             (c2, lambda d: (d["level1"], d["level2"]), lambda d: d["level2"])):
        for start, n in spans(inds, key_fn):
            mset(t, first_row + start, col, col, txt(inds[start]), first_row + start + n - 1, size=size)


def empty_cell(cell):
    """a cell reduced to one empty paragraph (no runs)."""
    tc = cell._tc
    ps = tc.findall(qn("w:p"))
    for p in ps[1:]:
        tc.remove(p)
    for r in ps[0].findall(qn("w:r")):
        ps[0].remove(r)
    return ps[0]


def run_el(text):
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def br_run():
    r = OxmlElement("w:r")
    r.append(OxmlElement("w:br"))
    return r


def cell_pieces(cell, pieces):
    """a cell whose text the author broke with Shift+Enter: one paragraph, a w:br between the pieces."""
    p = empty_cell(cell)
    for k, t in enumerate(pieces):
        if k:
            p.append(br_run())
        p.append(run_el(t))


# =============================================================== tracked changes (r1)
_IDS = itertools.count(101)
REV = [("王晓燕", "2024-01-09T10:12:00Z"), ("新城区财政局 李强", "2024-01-15T16:40:00Z")]


def rev_el(kind, text, who=0):
    el = OxmlElement("w:del" if kind == "-" else "w:ins")
    el.set(qn("w:id"), str(next(_IDS)))
    el.set(qn("w:author"), REV[who][0])
    el.set(qn("w:date"), REV[who][1])
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if kind == "-" else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    el.append(r)
    return el


def accepted(parts):
    return "".join(t for k, t in parts if k != "-")


def tracked(cell, parts, who=0):
    """the cell's text as runs, deleted pieces in w:del/w:delText, inserted pieces in w:ins."""
    p = empty_cell(cell)
    for kind, text in parts:
        p.append(run_el(text) if kind == "=" else rev_el(kind, text, who))


def track_row(tr, kind, who=0):
    """a whole row inserted or deleted with tracking: w:trPr/w:ins|w:del, every run wrapped alike."""
    trPr = tr.get_or_add_trPr()
    mark = OxmlElement("w:" + ("ins" if kind == "+" else "del"))
    mark.set(qn("w:id"), str(next(_IDS))); mark.set(qn("w:author"), REV[who][0]); mark.set(qn("w:date"), REV[who][1])
    trPr.append(mark)
    for r in list(tr.iter(qn("w:r"))):
        if kind == "-":
            for t in r.findall(qn("w:t")):
                t.tag = qn("w:delText")
        w = OxmlElement("w:" + ("ins" if kind == "+" else "del"))
        w.set(qn("w:id"), str(next(_IDS))); w.set(qn("w:author"), REV[who][0]); w.set(qn("w:date"), REV[who][1])
        r.addprevious(w)
        w.append(r)


def track_settings(docu):
    st = docu.settings.element
    tr = OxmlElement("w:trackRevisions")
    dts = st.find(qn("w:defaultTabStop"))
    dts.addprevious(tr) if dts is not None else st.append(tr)


def d_r1(g, path):
    docu = new_doc(size=10.5)
    track_settings(docu)
    for p in g["projects"]:
        if p["seq"] > 1:
            page_break(docu)
        para(docu, p["title"], 16, True, center=True)
        para(docu, "")
        para(docu, f'部门编码：{p["department_code"]}　　　　　　　　　　　　　　　　　　　　　　单位：万元')
        rows = list(p["indicators"])
        dels = []
        for at, l3, raw in p.get("_deleted_rows", []):
            x = dict(rows[at - 1]); x.update(level3=l3, value_raw=raw, _deleted=True)
            rows.insert(at, x)
        t = docu.add_table(rows=6 + len(rows), cols=4)
        t.style = "Table Grid"
        rm = p.get("_rev_money", {})
        mset(t, 0, 0, 0, "项目名称"); mset(t, 0, 1, 1, p["name"]); mset(t, 0, 2, 2, "项目编码"); mset(t, 0, 3, 3, p["code"])
        mset(t, 1, 0, 0, "主管部门"); mset(t, 1, 1, 1, p["department"]); mset(t, 1, 2, 2, "实施单位")
        mset(t, 1, 3, 3, p["implementing_unit"])
        mset(t, 2, 0, 0, "年度资金总额"); c_tot = mset(t, 2, 1, 1, money(p["budget_total"]))
        mset(t, 2, 2, 2, "其中：财政拨款"); c_fis = mset(t, 2, 3, 3, money(p["budget_fiscal"]))
        mset(t, 3, 0, 0, "其他资金"); mset(t, 3, 1, 1, money(p["budget_other"])); mset(t, 3, 2, 3, "")
        for key, cell, v in (("total", c_tot, p["budget_total"]), ("fiscal", c_fis, p["budget_fiscal"])):
            if key in rm:
                assert accepted(rm[key]) == money(v)
                tracked(cell, rm[key], who=1)
        mset(t, 4, 0, 0, "年度目标")
        gc = mset(t, 4, 1, 3, goal_text(p["goals"], "{i}.{g}"))
        if p.get("_rev_goal"):
            parts = []
            for i, goal in enumerate(p["goals"]):
                parts.append(("=", f"{i + 1}."))
                rg = p["_rev_goal"].get(i)
                if rg:
                    assert accepted(rg) == goal
                parts += rg or [("=", goal)]
            tracked(gc, parts)
        for c, h in enumerate(["一级指标", "二级指标", "三级指标", "指标值"]):
            mset(t, 5, c, c, h)
        for i, x in enumerate(rows):
            r = 6 + i
            c3 = mset(t, r, 2, 2, x["level3"]); cv = mset(t, r, 3, 3, x["value_raw"])
            if x.get("_rev3"):
                assert accepted(x["_rev3"]) == x["level3"]
                tracked(c3, x["_rev3"])
            if x.get("_rev"):
                assert accepted(x["_rev"]) == x["value_raw"]
                tracked(cv, x["_rev"], who=1 if x["seq"] % 2 else 0)
            row_height(t.rows[r], 0.75)
        merge_levels(t, 6, rows)
        for i, x in enumerate(rows):
            if x.get("_deleted"):
                track_row(t.rows[6 + i]._tr, "-", who=1)
            elif x.get("_ins_row"):
                track_row(t.rows[6 + i]._tr, "+", who=0)
        widths(t, [3.0, 3.4, 6.0, 4.6])
        para(docu, "")
        para(docu, "填报人：王晓燕　　联系电话：0471-69XXXXX　　审核人：苏日娜")
    docu.save(path)


# =============================================================== content controls (r2)
PLACEHOLDER = "单击或点击此处输入文字。"


def sdt_pr(alias, tag, kind="text", value=None, placeholder=False):
    pr = OxmlElement("w:sdtPr")
    if placeholder:
        rpr = OxmlElement("w:rPr"); rs = OxmlElement("w:rStyle"); rs.set(qn("w:val"), "PlaceholderText")
        rpr.append(rs); pr.append(rpr)
    for tagname, val in (("w:alias", alias), ("w:tag", tag), ("w:id", str(-1700000000 + next(_IDS) * 7919))):
        e = OxmlElement(tagname); e.set(qn("w:val"), val); pr.append(e)
    ph = OxmlElement("w:placeholder"); dp = OxmlElement("w:docPart")
    dp.set(qn("w:val"), "DefaultPlaceholder_-1854013440"); ph.append(dp); pr.append(ph)
    if placeholder:
        pr.append(OxmlElement("w:showingPlcHdr"))
    if kind == "text":
        pr.append(OxmlElement("w:text"))
    elif kind == "date":
        d = OxmlElement("w:date"); d.set(qn("w:fullDate"), value + "T00:00:00Z")
        for tn, v in (("w:dateFormat", "yyyy'年'M'月'd'日'"), ("w:lid", "zh-CN"), ("w:storeMappedDataAs", "dateTime"),
                      ("w:calendar", "gregorian")):
            e = OxmlElement(tn); e.set(qn("w:val"), v); d.append(e)
        pr.append(d)
    elif kind == "list":
        dl = OxmlElement("w:dropDownList")
        for v in ["请选择", "计划标准", "行业标准", "历史标准", "其他标准"]:
            li = OxmlElement("w:listItem"); li.set(qn("w:displayText"), v); li.set(qn("w:value"), v); dl.append(li)
        pr.append(dl)
    elif kind == "rich":
        pass
    return pr


def sdt_wrap(children, alias, tag, **k):
    """<w:sdt><w:sdtPr/><w:sdtContent>children</w:sdtContent></w:sdt>, placed where the first child was."""
    sdt = OxmlElement("w:sdt")
    sdt.append(sdt_pr(alias, tag, **k))
    content = OxmlElement("w:sdtContent")
    children[0].addprevious(sdt)
    for ch in children:
        content.append(ch)
    sdt.append(content)
    return sdt


def sdt_runs(cell, alias, tag, text=None, **k):
    """run-level control: the runs of the cell's paragraph moved into an inline w:sdt."""
    p = cell.paragraphs[0]._p
    if text is not None:
        empty_cell(cell)
        r = run_el(text)
        if k.get("placeholder"):
            rpr = OxmlElement("w:rPr"); rs = OxmlElement("w:rStyle"); rs.set(qn("w:val"), "PlaceholderText")
            rpr.append(rs); r.insert(0, rpr)
        p.append(r)
    return sdt_wrap(p.findall(qn("w:r")), alias, tag, **k)


def sdt_block(cell, alias, tag):
    """block-level control inside a cell: its paragraphs moved into a w:sdt (rich text)."""
    return sdt_wrap(cell._tc.findall(qn("w:p")), alias, tag, kind="rich")


def sdt_cell(cell, alias, tag, **k):
    """cell-level control: the whole w:tc wrapped in a w:sdt that sits in the w:tr."""
    return sdt_wrap([cell._tc], alias, tag, **k)


def d_r2(g, path):
    docu = new_doc(size=10.5)
    for p in g["projects"]:
        if p["seq"] > 1:
            page_break(docu)
        para(docu, p["title"], 16, True, center=True)
        para(docu, "（2025年度）", center=True)
        para(docu, f'填报单位（盖章）：{p["department"]}　　部门编码：{p["department_code"]}　　金额单位：万元')
        t = docu.add_table(rows=6, cols=4)
        t.style = "Table Grid"
        mset(t, 0, 0, 0, "项目名称"); c_name = mset(t, 0, 1, 3, p["name"])
        mset(t, 1, 0, 0, "项目编码"); c_code = mset(t, 1, 1, 1, p["code"]); mset(t, 1, 2, 2, "主管部门")
        mset(t, 1, 3, 3, p["department"])
        mset(t, 2, 0, 0, "实施单位"); c_unit = mset(t, 2, 1, 3, p["implementing_unit"])
        mset(t, 3, 0, 0, "年度资金总额"); c_tot = mset(t, 3, 1, 1, money(p["budget_total"]))
        mset(t, 3, 2, 2, "其中：财政拨款"); c_fis = mset(t, 3, 3, 3, money(p["budget_fiscal"]))
        mset(t, 4, 0, 0, "其他资金"); c_oth = mset(t, 4, 1, 1, money(p["budget_other"])); mset(t, 4, 2, 3, "")
        mset(t, 5, 0, 0, "年度目标"); c_goal = mset(t, 5, 1, 3, "")
        cg = c_goal._tc
        empty_cell(c_goal).append(run_el(f"1.{p['goals'][0]}" if len(p["goals"]) > 1 else p["goals"][0]))
        for i, goal in enumerate(p["goals"][1:], 2):
            c_goal.add_paragraph(f"{i}.{goal}")
        widths(t, [2.8, 5.6, 2.8, 5.8])
        sdt_runs(c_name, "项目名称", "XMMC")
        sdt_runs(c_code, "项目编码", "XMBM")
        sdt_runs(c_unit, "实施单位", "SSDW")
        sdt_runs(c_tot, "年度资金总额", "NDZJZE")
        sdt_runs(c_fis, "财政拨款", "CZBK")
        if p.get("_other_placeholder"):
            assert p["budget_other"] is None
            sdt_runs(c_oth, "其他资金", "QTZJ", text=PLACEHOLDER, placeholder=True)
        else:
            sdt_runs(c_oth, "其他资金", "QTZJ")
        sdt_block(c_goal, "年度目标", "NDMB")
        para(docu, "")
        para(docu, "绩效指标", 11, True)
        inds = p["indicators"]
        it = docu.add_table(rows=1 + len(inds), cols=5)
        it.style = "Table Grid"
        for c, h in enumerate(["一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据"]):
            mset(it, 0, c, c, h)
        hdr = it.rows[0]._tr.get_or_add_trPr()
        hdr.append(OxmlElement("w:tblHeader"))                       # repeat the header row on each page
        for i, x in enumerate(inds):
            mset(it, 1 + i, 2, 2, x["level3"]); mset(it, 1 + i, 3, 3, x["value_raw"]); mset(it, 1 + i, 4, 4, x["basis"])
            row_height(it.rows[1 + i], 2.4 if p.get("_break_before") is not None else 0.9)
            it.rows[1 + i]._tr.get_or_add_trPr().insert(0, OxmlElement("w:cantSplit"))
        merge_levels(it, 1, inds)
        widths(it, [2.6, 2.8, 5.2, 3.4, 3.0])
        if p.get("_break_before") is not None:                      # a page break that splits the table
            k = 1 + p["_break_before"]
            for tc in it.rows[k]._tr.findall(qn("w:tc")):
                ppr = tc.find(qn("w:p")).get_or_add_pPr()
                ppr.insert(0, OxmlElement("w:pageBreakBefore"))
        cells = [(it.cell(1 + i, 3), it.cell(1 + i, 4), x) for i, x in enumerate(inds)]
        for i, (cv, cb, x) in enumerate(cells):                     # wrap AFTER all python-docx cell access
            sdt_runs(cb, "设定依据", f"YJ_{p['seq']}_{i + 1}", kind="list")
            if x.get("_date"):
                sdt_cell(cv, "指标值", f"ZBZ_{p['seq']}_{i + 1}", kind="date", value=x["_date"])
            else:
                sdt_cell(cv, "指标值", f"ZBZ_{p['seq']}_{i + 1}")
        para(docu, "")
        para(docu, "填报人：高娃　　联系电话：0477-81XXXXX　　填报日期：2025年1月10日")
    docu.save(path)


# =============================================================== nested indicator table in a 1-column layout table (r3)
def d_r3(g, path):
    docu = new_doc(size=10.5)
    d = g["document"]
    para(docu, d["department"] + d["title"], 17, True, center=True)
    para(docu, f'部门编码：{d["department_code"]}', center=True)
    for p in g["projects"]:
        if p["seq"] > 1:
            page_break(docu)
        else:
            para(docu, "")
        outer = docu.add_table(rows=4, cols=1)
        outer.style = "Table Grid"
        c0 = outer.cell(0, 0)
        c0.text = p["title"]
        c0.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        c0.paragraphs[0].runs[0].bold = True; c0.paragraphs[0].runs[0].font.size = Pt(15)
        c0.add_paragraph("（2023年度）").alignment = WD_ALIGN_PARAGRAPH.CENTER
        c1 = outer.cell(1, 0)
        c1.text = f'项目名称：{p["name"]}'
        c1.add_paragraph(f'项目编码：{p["code"]}　　　　主管部门：{p["department"]}')
        c1.add_paragraph(f'实施单位：{p["implementing_unit"]}')
        c1.add_paragraph(f'年度资金总额：{money(p["budget_total"])}万元　　其中：财政拨款：{money(p["budget_fiscal"])}万元'
                         f'　　其他资金：{money(p["budget_other"])}万元')
        c1.add_paragraph("年度目标：")
        for i, goal in enumerate(p["goals"], 1):
            c1.add_paragraph(f"{i}.{goal}" if len(p["goals"]) > 1 else goal).paragraph_format.first_line_indent = Pt(21)
        c2 = outer.cell(2, 0)
        c2.text = "绩效指标"
        c2.paragraphs[0].runs[0].bold = True
        inds = p["indicators"]
        it = c2.add_table(rows=1 + len(inds), cols=5)              # the NESTED indicator table
        it.style = "Table Grid"
        for c, h in enumerate(["一级指标", "二级指标", "三级指标", "指标值", "指标解释"]):
            mset(it, 0, c, c, h, size=9.5)
        for i, x in enumerate(inds):
            mset(it, 1 + i, 2, 2, x["level3"], size=9.5); mset(it, 1 + i, 3, 3, x["value_raw"], size=9.5)
            mset(it, 1 + i, 4, 4, x["description"], size=9.5)
        merge_levels(it, 1, inds, size=9.5)
        widths(it, [2.2, 2.4, 4.0, 2.4, 5.4])
        outer.cell(3, 0).text = "填报人：乌云其其格　　联系电话：0476-83XXXXX　　（单位盖章）"
        widths(outer, [17.0])
    docu.save(path)


# =============================================================== xlsx with number formats, hidden row + hidden sheet (r4)
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


def xl_cell(x):
    v, fmt = x.get("_cell"), x.get("_fmt")
    if fmt and fmt.startswith("yyyy"):
        return datetime.datetime.strptime(v, "%Y-%m-%d"), fmt
    return v, fmt


def r4_sheet(wb, p, title, hidden_sheet=False):
    ws = wb.create_sheet(title)
    for col, wd in zip("ABCDE", [13, 15, 26, 8, 18]):
        ws.column_dimensions[col].width = wd
    ws.merge_cells("A1:E1")
    c = ws.cell(row=1, column=1, value=p["title"] + ("（草稿）" if hidden_sheet else ""))
    c.font = Font(bold=True, size=16); c.alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:E2")
    ws.cell(row=2, column=1, value="单位：万元").alignment = Alignment(horizontal="right")
    put(ws, 3, 1, "项目名称"); mput(ws, 3, 2, 5, p["name"])
    put(ws, 4, 1, "项目编码"); put(ws, 4, 2, p["code"]); put(ws, 4, 3, "主管部门"); mput(ws, 4, 4, 5, p["department"])
    put(ws, 5, 1, "部门编码"); put(ws, 5, 2, p["department_code"]); put(ws, 5, 3, "实施单位")
    mput(ws, 5, 4, 5, p["implementing_unit"])
    mput(ws, 6, 1, 1, "项目资金", r1=8)
    for r, (k, v) in enumerate([("年度资金总额", p["budget_total"]), ("其中：财政拨款", p["budget_fiscal"]),
                                ("其他资金", p["budget_other"])], 6):
        put(ws, r, 2, k); mput(ws, r, 3, 5, v, MONEY)              # NUMBERS shown as #,##0.00
    put(ws, 9, 1, "年度目标"); mput(ws, 9, 2, 5, goal_text(p["goals"], "{i}.{g}", "\n"))
    ws.row_dimensions[9].height = 48
    for c, h in enumerate(["一级指标", "二级指标", "三级指标", "符号", "指标值"], 1):
        put(ws, 10, c, h, bold=True)
    rows = list(p["indicators"])
    hid = p.get("_hidden_after")
    hidden_r = None
    if hid:
        at, (l1, l2, l3, sign, v, fmt) = hid
        rows.insert(at + 1, {"level1": l1, "level2": l2, "level3": l3, "sign": sign, "_cell": v, "_fmt": fmt,
                             "_hidden": True})
    for i, x in enumerate(rows):
        r = 11 + i
        put(ws, r, 3, x["level3"])
        put(ws, r, 4, x.get("sign"))
        v, fmt = xl_cell(x)
        put(ws, r, 5, v, fmt if fmt and fmt != "General" else None)
        if x.get("_hidden"):
            ws.row_dimensions[r].hidden = True                      # a stale row, hidden, still in the file
            hidden_r = r
    xl_levels(ws, 11, rows)
    r = 11 + len(rows) + 1
    ws.cell(row=r, column=1, value="填报人：马秀兰　　联系电话：0951-60XXXXX")
    if hidden_sheet:
        ws.sheet_state = "hidden"
    return ws, hidden_r


def draft_copy(p):
    """the hidden sheet: an older draft of project 1 (other numbers) left in the workbook."""
    q = copy.deepcopy(p)
    q.update(budget_total=1180.00, budget_fiscal=1050.00, budget_other=130.00)
    q.pop("_hidden_after", None)
    alt = {"新建高标准农田面积": (14000, '#,##0"亩"'), "配套田间道路": (16.0, '0.0"公里"'),
           "受益农户满意度": (0.9, "0%"), "亩均建设成本": (843, '0"元"')}
    for x in q["indicators"]:
        if x["level3"] in alt:
            x["_cell"], x["_fmt"] = alt[x["level3"]]
    return q


def d_r4(g, path):
    wb = Workbook()
    wb.remove(wb.active)
    p1, p2 = g["projects"]
    r4_sheet(wb, p1, p1["name"])
    r4_sheet(wb, draft_copy(p1), "草稿", hidden_sheet=True)
    r4_sheet(wb, p2, p2["name"])
    wb.active = 0
    wb.save(path)


# =============================================================== .xls (BIFF8 via LibreOffice), two projects stacked (r5)
def d_r5(g, path):
    wb = Workbook()
    ws = wb.active
    ws.title = "绩效目标表"
    d = g["document"]
    for col, wd in zip("ABCDE", [13, 15, 28, 16, 16]):
        ws.column_dimensions[col].width = wd
    ws.merge_cells("A1:E1")
    c = ws.cell(row=1, column=1, value=d["department"] + d["title"])
    c.font = Font(bold=True, size=15); c.alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:C2")
    ws.cell(row=2, column=1, value=f'部门编码：{d["department_code"]}')
    ws.cell(row=2, column=5, value="单位：万元").alignment = Alignment(horizontal="right")
    r = 3
    for p in g["projects"]:
        mput(ws, r, 1, 5, p["title"], bold=True)
        ws.cell(row=r, column=1).alignment = Alignment(horizontal="center", vertical="center")
        put(ws, r + 1, 1, "项目名称"); mput(ws, r + 1, 2, 5, p["name"])
        put(ws, r + 2, 1, "项目编码"); put(ws, r + 2, 2, p["code"]); put(ws, r + 2, 3, "实施单位")
        mput(ws, r + 2, 4, 5, p["implementing_unit"])
        put(ws, r + 3, 1, "主管部门"); mput(ws, r + 3, 2, 5, p["department"])
        mput(ws, r + 4, 1, 1, "项目资金", r1=r + 6)
        for k, (lab, v) in enumerate([("年度资金总额", p["budget_total"]), ("其中：财政拨款", p["budget_fiscal"]),
                                      ("其他资金", p["budget_other"])]):
            put(ws, r + 4 + k, 2, lab); mput(ws, r + 4 + k, 3, 5, v, MONEY)
        put(ws, r + 7, 1, "年度目标"); mput(ws, r + 7, 2, 5, goal_text(p["goals"], "{i}.{g}", "\n"))
        ws.row_dimensions[r + 7].height = 45
        for c, h in enumerate(["一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据"], 1):
            put(ws, r + 8, c, h, bold=True)
        inds = p["indicators"]
        r0 = r + 9
        for i, x in enumerate(inds):
            put(ws, r0 + i, 3, x["level3"])
            if x.get("_cell") is not None:
                put(ws, r0 + i, 4, x["_cell"], x["_fmt"])          # a NUMBER shown through its format
            else:
                put(ws, r0 + i, 4, x["value_raw"], "@")             # typed as TEXT ('95%' is a string)
            put(ws, r0 + i, 5, x["basis"])
        xl_levels(ws, r0, inds)
        r = r0 + len(inds) + 2                                      # two blank rows between the blocks
    ws.cell(row=r, column=1, value="填报人：马文斌　　联系电话：0954-20XXXXX")
    wb.save(path)


# =============================================================== 部门整体 form: numbered levels, w:br, full-width spaces (r6)
def d_r6(g, path):
    docu = new_doc(size=10.5)
    d = g["document"]
    for p in g["projects"]:
        if p["seq"] > 1:
            page_break(docu)
        else:
            para(docu, d["department"] + d["title"], 17, True, center=True)
            para(docu, "")
        para(docu, p["title"], 15, True, center=True)
        para(docu, "（2024年度）", center=True)
        para(docu, "单位：万元", right=True)
        inds = p["indicators"]
        t = docu.add_table(rows=6 + len(inds), cols=5)
        t.style = "Table Grid"
        mset(t, 0, 0, 0, "部门（单位）名称"); mset(t, 0, 1, 2, p["department"]); mset(t, 0, 3, 3, "部门编码")
        mset(t, 0, 4, 4, p["department_code"])
        mset(t, 1, 0, 0, "年度预算安排（万元）", 3)
        for r, (k, v) in enumerate([("资金总额", p["budget_total"]), ("其中：财政拨款", p["budget_fiscal"]),
                                    ("其他资金", p["budget_other"])], 1):
            mset(t, r, 1, 2, k); mset(t, r, 3, 4, money(v))
        mset(t, 4, 0, 0, "年度总体目标")
        gc = mset(t, 4, 1, 4, "")
        cell_pieces(gc, [f"{i}.{x}" for i, x in enumerate(p["goals"], 1)])     # one paragraph, w:br between
        for c, h in enumerate(["一级指标", "二级指标", "三级指标", "指　标　值", "权　重"]):
            mset(t, 5, c, c, h)
        for i, x in enumerate(inds):
            r = 6 + i
            c3 = mset(t, r, 2, 2, x["level3"])
            if x.get("_l3"):
                assert "".join(x["_l3"]).replace("　", "") == x["level3"]
                cell_pieces(c3, x["_l3"])
            v = x.get("_v", x["value_raw"])
            assert v.replace("　", "") == x["value_raw"]
            mset(t, r, 3, 3, v); mset(t, r, 4, 4, str(x["weight"]))
        merge_levels(t, 6, inds)
        for start, n in spans(inds, lambda d: (d["level1"], d["level2"])):   # the 二级 cell printed on 2 lines
            if inds[start]["level2"] == "".join(BR_FW):
                cell_pieces(t.cell(6 + start, 1), BR_FW)
        widths(t, [2.8, 3.2, 5.4, 3.2, 2.4])
        para(docu, "")
        para(docu, "填报人：杨淑芳　　联系电话：0955-70XXXXX　　审核人：马国栋")
    docu.save(path)


# =============================================================== driver
def build(stem, g):
    """returns (path, format, pages)."""
    if stem.startswith("r1"):
        out = os.path.join(OUT, stem + ".docx"); d_r1(g, out)
        return out, "docx", None
    if stem.startswith("r2"):
        out = os.path.join(OUT, stem + ".docx"); d_r2(g, out)
        shutil.copy(out, os.path.join(TMP, stem + ".docx"))
        soffice(os.path.join(TMP, stem + ".docx"), "pdf", TMP)      # a page rendering for check.py
        return out, "docx", None
    if stem.startswith("r3"):
        out = os.path.join(OUT, stem + ".docx"); d_r3(g, out)
        return out, "docx", None
    if stem.startswith("r4"):
        out = os.path.join(OUT, stem + ".xlsx"); d_r4(g, out)
        return out, "xlsx", None
    if stem.startswith("r5"):
        src = os.path.join(TMP, stem + ".xlsx"); d_r5(g, src)
        res = soffice(src, "xls", TMP)                              # LibreOffice writes BIFF8
        out = os.path.join(OUT, stem + ".xls"); shutil.copy(res, out)
        return out, "xls", None
    if stem.startswith("r6"):
        out = os.path.join(OUT, stem + ".docx"); d_r6(g, out)
        return out, "docx", None
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
        with open(os.path.join(EXPECTED, stem + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(rec, f, ensure_ascii=False, indent=1)
        print("wrote", os.path.basename(path))


if __name__ == "__main__":
    main()
