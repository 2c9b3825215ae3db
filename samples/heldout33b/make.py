"""Render every heldout33b draft FROM golds.F into /tmp/heldout33b_build, copy to drafts/, write expected/ golds.
d1 python-docx; d2 python-docx -> LibreOffice PDF; d3 openpyxl; d4 MinerU-style Markdown (written as text).
Deterministic: docx/xlsx zip entries get a fixed date; core properties fixed."""
import copy, hashlib, json, os, re, shutil, subprocess, sys, zipfile
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import golds  # noqa: E402

BUILD = "/tmp/heldout33b_build"
LO = "-env:UserInstallation=file:///tmp/lo_heldout33b"
CN = "一二三四五六七八九十"
HEAD = ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"]


def money(x):
    return "" if x is None else x


def goal_lines(goals):
    if len(goals) == 1:
        return [goals[0]]  # a one-item goal prints as a bare sentence, no `1、`
    return ["%d、%s" % (k, g) for k, g in enumerate(goals, 1)]


# ---------------------------------------------------------------- docx helpers
def font(run, name, size, bold=False):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(a), name)


def para(doc, text, fn, size, bold=False, align=None, before=0, after=4, indent=False):
    p = doc.add_paragraph()
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.space_after = Pt(after)
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    font(p.add_run(text), fn, size, bold)
    return p


def cell_text(cell, text, fn, size, bold=False, center=False):
    lines = text.split("\n")
    cell.paragraphs[0].text = ""
    for k, l in enumerate(lines):
        p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        font(p.add_run(l), fn, size, bold)


def borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        x = OxmlElement("w:" + e)
        x.set(qn("w:val"), "single"), x.set(qn("w:sz"), "4"), x.set(qn("w:color"), "000000")
        b.append(x)
    tblPr.append(b)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(OxmlElement("w:cantSplit"))
    trPr.append(OxmlElement("w:tblHeader"))


def widths(table, cm):
    for row in table.rows:
        for c, w in zip(row.cells, cm):
            c.width = Cm(w)


def page_footer(section, fn):
    section.footer.is_linked_to_previous = False
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(p.add_run("— "), fn, 10)
    r = p.add_run()
    for t, v in (("begin", None), (None, " PAGE "), ("end", None)):
        if t:
            e = OxmlElement("w:fldChar")
            e.set(qn("w:fldCharType"), t)
        else:
            e = OxmlElement("w:instrText")
            e.set(qn("xml:space"), "preserve")
            e.text = v
        r._r.append(e)
        if t == "begin":
            r2 = p.add_run()
            r = r2
    font(r, fn, 10)
    font(p.add_run(" —"), fn, 10)
    pg = OxmlElement("w:pgNumType")
    pg.set(qn("w:start"), "1")
    section._sectPr.append(pg)


def form_docx(doc, f, k, p, fn, size, pagebreak):
    t = doc.add_paragraph()
    if pagebreak:
        t.paragraph_format.page_break_before = True
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t.paragraph_format.space_before = Pt(6)
    t.paragraph_format.space_after = Pt(6)
    t.paragraph_format.keep_with_next = True
    font(t.add_run("%d、%s绩效目标表" % (k, p["name"])), fn, size + 3, True)
    a = doc.add_paragraph()
    a.paragraph_format.space_after = Pt(2)
    a.paragraph_format.keep_with_next = True
    a.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT)
    font(a.add_run("%s %s\t单位：万元" % (f["code"], f["dept"])), fn, size)
    tot, fis, oth = p["amt"]
    plan = p["plan"] or f["plan"]
    tb = doc.add_table(rows=6, cols=6)
    borders(tb)
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    C = lambda r, c: tb.cell(r, c)
    cell_text(C(0, 0), "项目编码", fn, size, center=True)
    C(0, 1).merge(C(0, 2)); cell_text(C(0, 1), p["code"], fn, size)
    cell_text(C(0, 3), "项目名称", fn, size, center=True)
    C(0, 4).merge(C(0, 5)); cell_text(C(0, 4), p["name"], fn, size)
    for c, v in enumerate(["预算数", tot, "其中：财政资金", fis, "其他资金", money(oth)]):
        cell_text(C(1, c), v, fn, size, center=True)
    cell_text(C(2, 0), "资金用途", fn, size, center=True)
    C(2, 1).merge(C(2, 5)); cell_text(C(2, 1), p["purpose"], fn, size)
    C(3, 0).merge(C(4, 0)); cell_text(C(3, 0), "资金支出计划（%）", fn, size, center=True)
    C(3, 4).merge(C(3, 5)); C(4, 4).merge(C(4, 5))
    for c, (m, v) in enumerate(plan, 1):
        cell_text(C(3, c), "%d月底" % m, fn, size, center=True)
        cell_text(C(4, c), "%.2f" % v, fn, size, center=True)
    cell_text(C(5, 0), "绩效目标", fn, size, center=True)
    C(5, 1).merge(C(5, 5)); cell_text(C(5, 1), "\n".join(goal_lines(p["goals"])), fn, size)
    widths(tb, [2.6, 2.4, 3.0, 2.8, 2.6, 2.6])
    gap = doc.add_paragraph()  # keeps the two tables apart (adjacent tables are joined into one)
    gap.paragraph_format.space_after = Pt(0)
    gap.paragraph_format.line_spacing = Pt(2)
    font(gap.add_run(""), fn, 1)
    ti = doc.add_table(rows=1 + len(p["rows"]), cols=6)
    borders(ti)
    ti.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, h in enumerate(HEAD):
        cell_text(ti.cell(0, c), h, fn, size, True, True)
    repeat_header(ti.rows[0])
    for r, row in enumerate(p["rows"], 1):
        for c, v in enumerate(row):
            if c < 2 and r > 1 and p["rows"][r - 2][:c + 1] == row[:c + 1]:
                continue
            cell_text(ti.cell(r, c), v.replace("Q:", "", 1) if c == 4 else v, fn, size, center=c in (0, 1, 4))
    for c in (0, 1):  # merge runs of equal level cells vertically
        r = 1
        while r <= len(p["rows"]):
            e = r
            while e < len(p["rows"]) and p["rows"][e][:c + 1] == p["rows"][r - 1][:c + 1]:
                e += 1
            if e > r:
                ti.cell(r, c).merge(ti.cell(e, c))
            r = e + 1
    widths(ti, [2.2, 2.4, 3.2, 4.2, 2.2, 1.8])


def whole_docx(f, fn, size, pagebreaks, cover_extra=None):
    doc = Document()
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.left_margin = s.right_margin = Cm(2.3)
    s.top_margin, s.bottom_margin = Cm(2.5), Cm(2.2)
    st = doc.styles["Normal"]
    font_style = st.font
    font_style.name, font_style.size = fn, Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), fn)
    # cover
    for text, sz, b, bef in ((f["dept"], 22, True, 120), ("2025年部门预算绩效文本", 26, True, 24), ("（%s）" % f["status"], 16, False, 12),
                             (f["compiled"] + "编制", 16, False, 200), (f["reviewed"] + "审核", 16, False, 6)):
        para(doc, text, fn, sz, b, "c", bef)
    # TOC
    p = para(doc, "目  录", fn, 18, True, "c", 0, 12)
    p.paragraph_format.page_break_before = True

    def toc_line(text, page):
        q = doc.add_paragraph()
        q.paragraph_format.tab_stops.add_tab_stop(Cm(16.4), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        q.paragraph_format.space_after = Pt(3)
        font(q.add_run("%s\t%d" % (text, page)), fn, 12)
    para(doc, "第一部分  部门整体绩效目标", fn, 14, True, None, 6)
    for _, t, pg in f["toc"]:
        toc_line(t, pg)
    para(doc, "第二部分  预算项目绩效目标", fn, 14, True, None, 6)
    for k, (pr, pg) in enumerate(zip(f["projects"], f["toc2"]), 1):
        toc_line("%d、%s绩效目标表" % (k, pr["name"]), pg)
    # part one in a new numbered section
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    page_footer(sec, fn)
    para(doc, "第一部分", fn, 20, True, "c", 12)
    para(doc, "部门整体绩效目标", fn, 20, True, "c", 0, 12)
    para(doc, "一、总体绩效目标", fn, 15, True, None, 6)
    for k, g in enumerate(f["overall"]):
        para(doc, "（%s）%s" % (CN[k], g), fn, size + 1, indent=True)
    para(doc, "二、分项绩效目标", fn, 15, True, None, 6)
    for k, (t, g, i) in enumerate(f["sub"]):
        para(doc, "%s、%s" % (CN[k], t), fn, size + 1, True, indent=True)
        para(doc, "绩效目标：" + g, fn, size + 1, indent=True)
        para(doc, "绩效指标：" + i, fn, size + 1, indent=True)
    para(doc, "三、保障措施", fn, 15, True, None, 6)
    for k, (t, ps) in enumerate(f["safe"]):
        para(doc, "（%s）%s。%s" % (CN[k], t, ps[0]), fn, size + 1, indent=True)
    p = para(doc, "第二部分", fn, 20, True, "c", 200)
    p.paragraph_format.page_break_before = True
    para(doc, "预算项目绩效目标", fn, 20, True, "c", 0, 12)
    for k, pr in enumerate(f["projects"], 1):
        form_docx(doc, f, k, pr, fn, size, pagebreaks or k == 1)
    cp = doc.core_properties
    cp.author = f["compiled"]
    cp.title = "2025年部门预算绩效文本"
    cp.created = cp.modified = datetime.datetime(2025, 1, 20, 9, 0, 0)
    cp.last_modified_by = f["compiled"]
    cp.revision = 1
    return doc


def fix_zip(path):
    """rewrite a zip with fixed entry dates so a rebuild gives the same bytes"""
    zin = zipfile.ZipFile(path)
    items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    zin.close()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, b in items:
            if n == "docProps/core.xml":  # openpyxl stamps the save time as dcterms:modified
                b = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2025-01-20T09:00:00Z", b)
            zi = zipfile.ZipInfo(n, (2025, 1, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, b)


def soffice_pdf(docx):
    subprocess.run(["soffice", LO, "--headless", "--convert-to", "pdf", "--outdir", BUILD, docx],
                   check=True, capture_output=True, timeout=240)
    return docx[:-5] + ".pdf"


def pdf_title_pages(pdf):
    import pdfplumber
    out = {}
    with pdfplumber.open(pdf) as d:
        for n, pg in enumerate(d.pages, 1):
            t = re.sub(r"\s+", "", pg.extract_text() or "")
            for m in re.finditer(r"(\d+)、(.{2,40}?项目)绩效目标表(?=\d{6})", t):
                out.setdefault(m.group(2), n)
    return out


# ---------------------------------------------------------------- d1 docx
def make_d1(f):
    doc = whole_docx(f, "仿宋_GB2312", 12, True)
    out = os.path.join(BUILD, f["stem"] + ".docx")
    doc.save(out)
    fix_zip(out)
    return out


# ---------------------------------------------------------------- d2 docx -> LibreOffice PDF, forms running on
def make_d2(f):
    doc = whole_docx(f, "Noto Serif CJK SC", 10.5, False)
    src = os.path.join(BUILD, f["stem"] + ".docx")
    doc.save(src)
    fix_zip(src)
    pdf = soffice_pdf(src)
    # same-length byte edits (xref offsets unchanged) so a rebuild gives the same bytes: the creation stamp and the
    # file /ID are the only run-dependent bytes LibreOffice writes
    b = open(pdf, "rb").read()
    b = re.sub(rb"/CreationDate\(D:\d{14}", b"/CreationDate(D:20250120090000", b)
    b = re.sub(rb"/ID \[ <[0-9A-F]{32}>\s*<[0-9A-F]{32}>", lambda m: re.sub(rb"[0-9A-F]{32}", hashlib.md5(src.encode()).hexdigest().upper().encode(), m.group()), b)
    b = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + hashlib.md5(src.encode()).hexdigest().upper().encode(), b)
    open(pdf, "wb").write(b)
    return pdf


# ---------------------------------------------------------------- d3 openpyxl workbook
def make_d3(f):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    wb = Workbook()
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    ws = wb.active
    ws.title = "封面"
    ws.column_dimensions["A"].width = 70
    for r, (t, sz) in enumerate(((f["dept"], 20), ("2025年部门预算绩效文本", 24), ("（%s）" % f["status"], 14), (None, 12),
                                (f["compiled"] + "编制", 14), (f["reviewed"] + "审核", 14)), 3):
        if t:
            ws.cell(r, 1, t).font = Font(name="宋体", size=sz, bold=sz > 14)
            ws.cell(r, 1).alignment = Alignment(horizontal="center")
    wt = wb.create_sheet("目录")
    wt.column_dimensions["A"].width = 8
    wt.column_dimensions["B"].width = 60
    wt.column_dimensions["C"].width = 16
    wt.column_dimensions["D"].width = 8
    wt.append(["目  录"])
    wt.append(["序号", "名称", "工作表", "页码"])
    wt.append(["第一部分  部门整体绩效目标"])
    for k, (_, t, pg) in enumerate(f["toc"], 1):
        wt.append([CN[k - 1], t, "部门整体绩效目标", pg])
    wt.append(["第二部分  预算项目绩效目标"])
    names = []
    for k, (p, pg) in enumerate(zip(f["projects"], f["toc2"]), 1):
        sn = ("%d、%s绩效目标表" % (k, p["name"]))[:31]
        names.append(sn)
        wt.append([k, "%d、%s绩效目标表" % (k, p["name"]), sn, pg])
    wp = wb.create_sheet("部门整体绩效目标")
    wp.column_dimensions["A"].width = 100
    lines = [("第一部分  部门整体绩效目标", True), ("一、总体绩效目标", True)]
    lines += [("（%s）%s" % (CN[k], g), False) for k, g in enumerate(f["overall"])]
    lines += [("二、分项绩效目标", True)]
    for k, (t, g, i) in enumerate(f["sub"]):
        lines += [("%s、%s" % (CN[k], t), True), ("绩效目标：" + g, False), ("绩效指标：" + i, False)]
    lines += [("三、保障措施", True)]
    lines += [("（%s）%s。%s" % (CN[k], t, ps[0]), False) for k, (t, ps) in enumerate(f["safe"])]
    for r, (t, b) in enumerate(lines, 1):
        c = wp.cell(r, 1, t)
        c.font = Font(name="仿宋_GB2312", size=12, bold=b)
        c.alignment = Alignment(wrap_text=True)
    for k, (p, sn) in enumerate(zip(f["projects"], names), 1):
        w = wb.create_sheet(sn)
        for col, wd in zip("ABCDEF", (12, 12, 18, 26, 14, 14)):
            w.column_dimensions[col].width = wd
        tot, fis, oth = p["amt"]
        plan = p["plan"] or f["plan"]
        grid = [["%d、%s绩效目标表" % (k, p["name"])],
                ["%s %s" % (f["code"], f["dept"]), None, None, None, None, "单位：万元"],
                ["项目编码", p["code"], None, "项目名称", p["name"], None],
                ["预算数", float(tot), "其中：财政资金", float(fis), "其他资金", None if oth is None else float(oth)],
                ["资金用途", p["purpose"]],
                ["资金支出计划（%）"] + ["%d月底" % m for m, _ in plan],
                [None] + [float(v) for _, v in plan],
                ["绩效目标", "\n".join(goal_lines(p["goals"]))],
                HEAD]
        for r in p["rows"]:
            grid.append([r[0], r[1], r[2], r[3], r[4].replace("Q:", "", 1), r[5]])
        for r, row in enumerate(grid, 1):
            for c, v in enumerate(row, 1):
                if v is not None:
                    w.cell(r, c, v)
                if r >= 3:
                    w.cell(r, c).border = box
                    w.cell(r, c).alignment = wrap
        for r in (4,):
            for c in (2, 4, 6):
                w.cell(r, c).number_format = "0.00"
        for c in range(2, 2 + len(plan)):
            w.cell(7, c).number_format = "0.00"
        w.merge_cells("A1:F1")
        w["A1"].font = Font(name="宋体", size=14, bold=True)
        w["A1"].alignment = Alignment(horizontal="center")
        w.merge_cells("A2:E2")
        w.merge_cells("B3:C3"), w.merge_cells("E3:F3"), w.merge_cells("B5:F5"), w.merge_cells("A6:A7"), w.merge_cells("B8:F8")
        w.row_dimensions[8].height = 15 * max(1, len(p["goals"]))
        # merged 一级/二级 runs
        base = 10
        for c in (1, 2):
            r = 0
            while r < len(p["rows"]):
                e = r
                while e + 1 < len(p["rows"]) and p["rows"][e + 1][:c] == p["rows"][r][:c]:
                    e += 1
                if e > r:
                    for rr in range(r + 1, e + 1):
                        w.cell(base + rr, c).value = None
                    w.merge_cells(start_row=base + r, start_column=c, end_row=base + e, end_column=c)
                r = e + 1
        w.print_title_rows = "9:9"
        w.page_setup.orientation = "portrait"
        w.page_setup.fitToWidth = 1
    wb.properties.creator = f["compiled"]
    wb.properties.created = wb.properties.modified = datetime.datetime(2025, 1, 20, 9, 0, 0)
    out = os.path.join(BUILD, f["stem"] + ".xlsx")
    wb.save(out)
    fix_zip(out)
    return out


# ---------------------------------------------------------------- d4 MinerU Markdown
def html_form(f, p, rows, top):
    tot, fis, oth = p["amt"]
    plan = p["plan"] or f["plan"]
    h = []
    if top:
        h.append("<tr><td>项目编码</td><td colspan=\"2\">%s</td><td>项目名称</td><td colspan=\"2\">%s</td></tr>" % (p["code"], p["name"]))
        h.append("<tr><td>预算数</td><td>%s</td><td>其中：财政资金</td><td>%s</td><td>其他资金</td><td>%s</td></tr>" % (tot, fis, money(oth)))
        h.append("<tr><td>资金用途</td><td colspan=\"5\">%s</td></tr>" % p["purpose"])
        h.append("<tr><td rowspan=\"2\">资金支出计划（%%）</td>%s</tr>" % "".join(
            "<td%s>%d月底</td>" % (' colspan="2"' if k == 3 else "", m) for k, (m, _) in enumerate(plan)))
        h.append("<tr>%s</tr>" % "".join("<td%s>%.2f</td>" % (' colspan="2"' if k == 3 else "", v) for k, (_, v) in enumerate(plan)))
        h.append("<tr><td>绩效目标</td><td colspan=\"5\">%s</td></tr>" % " ".join(goal_lines(p["goals"])))
    h.append("<tr>%s</tr>" % "".join("<td>%s</td>" % x for x in HEAD))
    for i, r in enumerate(rows):
        cells = []
        for c, v in enumerate(r):
            v = v.replace("Q:", "", 1)
            if c < 2:
                if i > 0 and rows[i - 1][:c + 1] == r[:c + 1]:
                    continue
                n = 1
                while i + n < len(rows) and rows[i + n][:c + 1] == r[:c + 1]:
                    n += 1
                cells.append("<td rowspan=\"%d\">%s</td>" % (n, v) if n > 1 else "<td>%s</td>" % v)
            else:
                cells.append("<td>%s</td>" % v)
        h.append("<tr>%s</tr>" % "".join(cells))
    return "<table>" + "".join(h) + "</table>"


SPLIT_D4 = {4: 7}  # project 4's form is cut after its 7th indicator row by the page break (pages 6|7)


def make_d4(f):
    L = ["# %s" % f["dept"], "", "# 2025年部门预算绩效文本", "", "（%s）" % f["status"], "",
         "%s编制" % f["compiled"], "", "%s审核" % f["reviewed"], "", "# 目录", "", "第一部分 部门整体绩效目标", ""]
    for _, t, pg in f["toc"]:
        L += ["%s………………………………%d" % (t, pg), ""]
    L += ["第二部分 预算项目绩效目标", ""]
    for k, (p, pg) in enumerate(zip(f["projects"], f["toc2"]), 1):
        L += ["%d、%s绩效目标表………………%d" % (k, p["name"], pg), ""]
    L += ["# 第一部分", "", "# 部门整体绩效目标", "", "# 一、总体绩效目标", ""]
    L += sum([["（%s）%s" % (CN[k], g), ""] for k, g in enumerate(f["overall"])], [])
    L += ["# 二、分项绩效目标", ""]
    for k, (t, g, i) in enumerate(f["sub"]):
        L += ["# %s、%s" % (CN[k], t), "", "绩效目标：" + g, "", "绩效指标：" + i, ""]
    L += ["# 三、保障措施", ""]
    L += sum([["（%s）%s。%s" % (CN[k], t, ps[0]), ""] for k, (t, ps) in enumerate(f["safe"])], [])
    L += ["# 第二部分", "", "# 预算项目绩效目标", ""]
    for k, p in enumerate(f["projects"], 1):
        L += ["# %d、%s绩效目标表" % (k, p["name"]), "", "%s %s 单位：万元" % (f["code"], f["dept"]), ""]
        if k in SPLIT_D4:
            n = SPLIT_D4[k]
            L += [html_form(f, p, p["rows"][:n], True), "", html_form(f, p, p["rows"][n:], False), ""]
        else:
            L += [html_form(f, p, p["rows"], True), ""]
    out = os.path.join(BUILD, f["stem"] + ".md")
    open(out, "w", encoding="utf-8").write("\n".join(L))
    return out


FMT = {"d1": "docx", "d2": "pdf", "d3": "xlsx", "d4": "text"}


def main():
    os.makedirs(BUILD, exist_ok=True)
    for k in ("drafts", "expected"):
        d = os.path.join(HERE, k)
        os.makedirs(d, exist_ok=True)
        for x in os.listdir(d):
            os.remove(os.path.join(d, x))
    for key, f in golds.F.items():
        out = {"d1": make_d1, "d2": make_d2, "d3": make_d3, "d4": make_d4}[key](f)
        pages = None
        if key == "d2":
            got = pdf_title_pages(out)
            import pdfplumber
            with pdfplumber.open(out) as d:
                footers = {}
                for n, pg in enumerate(d.pages, 1):
                    m = re.search(r"—\s*(\d+)\s*—", pg.extract_text() or "")
                    footers[n] = int(m.group(1)) if m else None
                pages = len(d.pages)
            printed = [footers[got[p["name"]]] for p in f["projects"]]
            assert printed == f["toc2"], ("d2 TOC pages as rendered", printed)
        dst = os.path.join(HERE, "drafts", os.path.basename(out))
        shutil.copyfile(out, dst)
        g = copy.deepcopy(golds.G[f["stem"]])
        g["source"] = {"path": os.path.basename(out), "sha256": hashlib.sha256(open(dst, "rb").read()).hexdigest(),
                       "format": FMT[key], "pages": pages}
        g = {"source": g.pop("source"), **g}
        json.dump(g, open(os.path.join(HERE, "expected", f["stem"] + ".gold.json"), "w", encoding="utf-8"),
                  ensure_ascii=False, indent=1)
        print(key, os.path.basename(out), len(g["projects"]), sum(len(p["indicators"]) for p in g["projects"]))
    # d1: report where LibreOffice would lay out the forms (a build check only; the draft is the docx)
    pdf = soffice_pdf(os.path.join(BUILD, golds.F["d1"]["stem"] + ".docx"))
    got = pdf_title_pages(pdf)
    print("d1 LO layout, form title pages (physical):", got)
    assert [got[p["name"]] - 2 for p in golds.F["d1"]["projects"]] == golds.F["d1"]["toc2"], "d1 TOC vs LO layout"


if __name__ == "__main__":
    main()
