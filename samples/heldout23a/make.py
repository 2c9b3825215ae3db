#!/usr/bin/env python3
"""Render every draft of heldout23a FROM the facts in golds.py and write the golds with source filled.
Each draft is written in its REAL format and saved under a name whose extension does not say so:
p1 an HTML table written by hand as a web system's "导出Excel" (UTF-8 + BOM, CRLF) named .xls;
p2 an RTF written by hand as an old OA system saves it (ansicpg936, GBK \\'xx escapes, \\uN? headings) named .doc;
p3 python-docx → LibreOffice `--convert-to doc` (Word 97 binary, OLE2) named .wps;
p4 openpyxl → LibreOffice `--convert-to xls` (BIFF8, OLE2) named .et;
p5 WordprocessingML 2003 (`<w:wordDocument>`) written by hand, named .doc;
p6 a reportlab PDF (STSong-Light) saved under a download handler's `.aspx` name.
Intermediate files and the LibreOffice profile live in /tmp/heldout23a_build (one conversion at a time).
Nothing is imported from jixiao."""
import datetime, hashlib, html, json, os, shutil, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from golds import F, G, cells, vr  # noqa: E402
from kit import clean  # noqa: E402

D, EXPECTED, TMP = os.path.join(HERE, "drafts"), os.path.join(HERE, "expected"), "/tmp/heldout23a_build"
LO = ["soffice", f"-env:UserInstallation=file://{TMP}/lo_profile", "--headless"]
FIXED = datetime.datetime(2025, 1, 14, 9, 20, 0)


def runs(vals):
    """[(first, last)] index runs of equal consecutive values."""
    out, k = [], 0
    while k < len(vals):
        m = k
        while m + 1 < len(vals) and vals[m + 1] == vals[k]:
            m += 1
        out.append((k, m)); k = m + 1
    return out


def level_runs(rows, lev):
    """runs of equal 一级 (lev 0) or equal (一级, 二级) (lev 1)."""
    return runs([tuple(r[: lev + 1]) for r in rows])


def lo_convert(src, fmt):
    subprocess.run(LO + ["--convert-to", fmt, "--outdir", TMP, src], check=True, capture_output=True, timeout=240)
    out = os.path.splitext(src)[0] + "." + fmt
    assert os.path.exists(out), out
    return out


# ================================================================== p1: HTML "导出Excel" named .xls
def draw_p1(f):
    e = html.escape
    hdr = ["单位名称", "项目名称", "预算数", "年度目标", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
           "度量单位", "权重", "指标方向性"]
    total = sum(len(cells(p["rows"], 8)) for p in f["forms"])
    L = ['<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel" '
         'xmlns="http://www.w3.org/TR/REC-html40">',
         "<head>",
         '<meta http-equiv="Content-Type" content="application/vnd.ms-excel; charset=UTF-8">',
         "<!--[if gte mso 9]><xml><x:ExcelWorkbook><x:ExcelWorksheets><x:ExcelWorksheet><x:Name>项目绩效目标</x:Name>"
         "<x:WorksheetOptions><x:Print><x:ValidPrinterInfo/></x:Print></x:WorksheetOptions></x:ExcelWorksheet>"
         "</x:ExcelWorksheets></x:ExcelWorkbook></xml><![endif]-->",
         "<style>",
         'td{font-family:宋体;font-size:10pt;vertical-align:middle;mso-number-format:"\\@";}',
         'th{font-family:黑体;font-size:10pt;background:#DDEBF7;}',
         '.num{mso-number-format:"0\\.00";text-align:right;}',
         ".title{font-size:16pt;font-weight:bold;text-align:center;height:36px;}",
         "</style>",
         "</head>",
         "<body>",
         '<table border=1 cellspacing=0 cellpadding=2 style="border-collapse:collapse">',
         f"<tr><td colspan=12 class=title>{e(f['title'])}</td></tr>",
         f"<tr><td colspan=6>{e(f['exported'])}</td><td colspan=3>{e(f['operator'])}</td>"
         f"<td colspan=3 align=right>金额单位：万元</td></tr>",
         "<tr>" + "".join(f"<th>{h}</th>" for h in hdr) + "</tr>"]
    first = True
    for p in f["forms"]:
        rows = cells(p["rows"], 8)
        n = len(rows)
        starts = {}
        for lev in (0, 1):
            for a, b in level_runs(rows, lev):
                starts[(a, lev)] = b - a + 1
        for k, row in enumerate(rows):
            tds = []
            if first:
                tds.append(f"<td rowspan={total}>{e(f['code'] + '-' + f['dept'])}</td>"); first = False
            if k == 0:
                tds += [f"<td rowspan={n}>{e(p['name'])}</td>", f"<td rowspan={n} class=num>{p['budget']}</td>",
                        f"<td rowspan={n}>{e(p['goal'])}</td>"]
            for lev in (0, 1):
                if (k, lev) in starts:
                    rs = starts[(k, lev)]
                    tds.append(f"<td rowspan={rs}>{e(row[lev])}</td>" if rs > 1 else f"<td>{e(row[lev])}</td>")
            for j, v in enumerate(row[2:], 2):
                tds.append(f"<td align=center>{e(v)}</td>" if j in (3, 6, 7) else f"<td>{e(v)}</td>")
            L.append("<tr>" + "".join(tds) + "</tr>")
    L += ["</table>", "</body>", "</html>", ""]
    out = os.path.join(TMP, f["stem"] + ".xls")
    with open(out, "wb") as fh:
        fh.write(b"\xef\xbb\xbf" + "\r\n".join(L).encode("utf-8"))
    return out


# ================================================================== p2: RTF named .doc
def rtf_gbk(s):
    out = []
    for ch in s:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) < 128:
            out.append(ch)
        else:
            out.append("".join("\\'%02x" % b for b in ch.encode("gbk")))
    return "".join(out)


def rtf_u(s):
    out = []
    for ch in s:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) < 128:
            out.append(ch)
        else:
            n = ord(ch)
            out.append("\\u%d?" % (n - 65536 if n > 32767 else n))
    return "".join(out)


BRD = "\\clbrdrt\\brdrs\\brdrw10 \\clbrdrl\\brdrs\\brdrw10 \\clbrdrb\\brdrs\\brdrw10 \\clbrdrr\\brdrs\\brdrw10 "


def rtf_row(cellspec):
    """cellspec: [(right edge twips, text or [paragraphs], merge 'gf'/'rg'/None, align 'c'/'l')]."""
    s = ["\\trowd\\trgaph108\\trleft-108\\trqc\\trbrdrt\\brdrs\\brdrw10 \\trbrdrl\\brdrs\\brdrw10 "
         "\\trbrdrb\\brdrs\\brdrw10 \\trbrdrr\\brdrs\\brdrw10 \\trbrdrh\\brdrs\\brdrw10 \\trbrdrv\\brdrs\\brdrw10 \n"]
    for edge, _, mg, _ in cellspec:
        s.append({"gf": "\\clvmgf", "rg": "\\clvmrg", None: ""}[mg] + "\\clvertalc" + BRD + "\\cellx%d\n" % edge)
    for _, text, mg, al in cellspec:
        paras = text if isinstance(text, list) else [text]
        body = "\\par ".join("{\\loch\\f0\\hich\\f0\\dbch\\f13 %s}" % rtf_gbk(t) for t in paras) if mg != "rg" else ""
        s.append("\\pard\\plain\\intbl\\%s\\fs18 %s\\cell\n" % ("qc" if al == "c" else "ql", body))
    s.append("\\row\n")
    return "".join(s)


def draw_p2(f):
    sh = f["forms"][0]
    E = [1300, 2800, 5100, 7600, 9300]
    R = []
    R.append(rtf_row([(E[0], "部门名称", None, "c"), (E[2], f["dept"], None, "c"), (E[3], "部门编码", None, "c"),
                      (E[4], f["code"], None, "c")]))
    for k, lab in enumerate(["资金总额", "其中：财政拨款", "其他资金"]):
        R.append(rtf_row([(E[0], "年度预算（万元）", "gf" if k == 0 else "rg", "c"), (E[2], lab, None, "l"),
                          (E[4], sh["amt"][k], None, "c")]))
    R.append(rtf_row([(E[0], "年度总体目标", None, "c"),
                      (E[4], [f"{k}.{g}" for k, g in enumerate(sh["goals"], 1)], None, "l")]))
    R.append(rtf_row([(E[j], h, None, "c") for j, h in enumerate(["一级指标", "二级指标", "三级指标", "指标解释", "指标值"])]))
    rows = cells(sh["rows"], 5)
    firsts = [{a for a, _ in level_runs(rows, lev)} for lev in (0, 1)]
    lens = [{a: b - a + 1 for a, b in level_runs(rows, lev)} for lev in (0, 1)]
    for k, r in enumerate(rows):
        spec = []
        for lev in (0, 1):
            if k in firsts[lev]:
                spec.append((E[lev], r[lev], "gf" if lens[lev][k] > 1 else None, "c"))
            else:
                spec.append((E[lev], "", "rg", "c"))
        spec += [(E[2], r[2], None, "l"), (E[3], r[3], None, "l"), (E[4], vr(r[4]), None, "c")]
        R.append(rtf_row(spec))
    head = ("{\\rtf1\\ansi\\ansicpg936\\uc1\\deff0\\stshfdbch13\\stshfloch0\\stshfhich0\\deflang1033\\deflangfe2052\n"
            "{\\fonttbl{\\f0\\froman\\fcharset0\\fprq2 Times New Roman;}"
            "{\\f13\\fnil\\fcharset134\\fprq2 " + rtf_gbk("宋体") + ";}"
            "{\\f14\\fnil\\fcharset134\\fprq2 " + rtf_gbk("黑体") + ";}}\n"
            "{\\colortbl;\\red0\\green0\\blue0;}\n"
            "{\\stylesheet{\\ql\\nowidctlpar\\fs21\\lang1033\\langfe2052\\loch\\f0\\hich\\af0\\dbch\\af13 \\snext0 Normal;}}\n"
            "{\\*\\generator OA RtfExport 2.1;}\n"
            "{\\info{\\title " + rtf_u(f["title"]) + "}{\\author " + rtf_u(f["dept"]) + "}"
            "{\\creatim\\yr2025\\mo1\\dy14\\hr9\\min20}{\\version1}}\n"
            "\\paperw11906\\paperh16838\\margl1247\\margr1247\\margt1440\\margb1440\\sectd\\pgwsxn11906\\pghsxn16838\n")
    body = ("\\pard\\plain\\qc\\sa120{\\dbch\\f14\\fs36\\b " + rtf_u(f["form_title"]) + "}\\par\n"
            "\\pard\\plain\\qc\\sa60{\\dbch\\f13\\fs24 " + rtf_u(f"（{f['year']}年度）") + "}\\par\n"
            "\\pard\\plain\\qr\\sa60{\\dbch\\f13\\fs21 " + rtf_u("单位：万元") + "}\\par\n"
            + "".join(R) +
            "\\pard\\plain\\ql\\sb120{\\dbch\\f13\\fs21 " + rtf_gbk(f["filler"]) + "}\\par\n}")
    out = os.path.join(TMP, f["stem"] + ".doc")
    data = (head + body).encode("ascii")
    open(out, "wb").write(data.replace(b"\n", b"\r\n"))
    return out


# ================================================================== p3: python-docx → Word 97 .doc, named .wps
def draw_p3(f):
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt
    d = Document()
    st = d.styles["Normal"]; st.font.name = "宋体"; st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2)
    cp = d.core_properties
    cp.author = cp.last_modified_by = "tgwjw"; cp.created = cp.modified = FIXED; cp.comments = ""

    def para(text, size=10.5, bold=False, align=None):
        p = d.add_paragraph()
        p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT}.get(align)
        p.paragraph_format.space_after = Pt(2)
        r = p.add_run(text); r.font.size = Pt(size); r.bold = bold
        r._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "黑体" if bold else "宋体")

    def setc(cell, parts, center=False, bold=False):
        cell.text = ""
        p = cell.paragraphs[0]
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(); r.font.size = Pt(9); r.bold = bold
        for k, s in enumerate(parts if isinstance(parts, list) else [parts]):
            if k:
                r.add_break()
            r.add_text(s)

    def span(t, r, c0, c1, text, **kw):
        setc(t.cell(r, c0).merge(t.cell(r, c1)) if c1 > c0 else t.cell(r, c0), text, **kw)

    def vspan(t, r0, r1, c, text, **kw):
        setc(t.cell(r0, c).merge(t.cell(r1, c)) if r1 > r0 else t.cell(r0, c), text, **kw)

    for k, sh in enumerate(f["forms"]):
        if k:
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        para(f["form_title"], size=16, bold=True, align="c")
        para(f"（{f['year']}年度）", size=11, align="c")
        para("单位：万元", size=10, align="r")
        rows = cells(sh["rows"], 4)
        t = d.add_table(rows=9 + len(rows), cols=5)
        t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for row in t.rows:
            for c, w in zip(row.cells, [2.6, 2.4, 2.8, 5.6, 3.2]):
                c.width = Cm(w)
        setc(t.cell(0, 0), "项目名称", center=True); span(t, 0, 1, 4, sh["name"])
        setc(t.cell(1, 0), "主管部门及代码", center=True); setc(t.cell(1, 1), f"[{f['code']}]{f['dept']}")
        setc(t.cell(1, 2), "实施单位", center=True); span(t, 1, 3, 4, sh["impl"])
        setc(t.cell(2, 0), "项目属性", center=True); setc(t.cell(2, 1), sh["attr"])
        setc(t.cell(2, 2), "项目期", center=True); span(t, 2, 3, 4, sh["term"])
        vspan(t, 3, 6, 0, "项目资金（万元）", center=True)
        vals = [sh["amt"][0], sh["amt"][1], sh["carry"], sh["amt"][2]]
        for i, (lab, v) in enumerate(zip(["年度资金总额", "其中：财政拨款", "上年结转资金", "其他资金"], vals)):
            span(t, 3 + i, 1, 2, lab); span(t, 3 + i, 3, 4, v, center=True)
        setc(t.cell(7, 0), "年度绩效目标", center=True)
        g = sh["goal"]; cut = g.index(sh["marks"][1])
        span(t, 7, 1, 4, [g[:cut], g[cut:]])
        vspan(t, 8, 8 + len(rows), 0, "绩效指标", center=True)
        for j, h in enumerate(["一级指标", "二级指标", "三级指标", "指标值"], 1):
            setc(t.cell(8, j), h, bold=True, center=True)
        for lev in (0, 1):
            for a, b in level_runs(rows, lev):
                vspan(t, 9 + a, 9 + b, 1 + lev, rows[a][lev], center=True)
        for i, (_, _, c, v) in enumerate(rows):
            setc(t.cell(9 + i, 3), c); setc(t.cell(9 + i, 4), vr(v), center=True)
    src = os.path.join(TMP, f["stem"] + ".docx")
    d.save(src)
    return lo_convert(src, "doc")


# ================================================================== p4: openpyxl → BIFF8 .xls, named .et
def draw_p4(f):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    thin = Side(style="thin"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center"); center = Alignment(horizontal="center", vertical="center",
                                                                          wrap_text=True)
    wb = Workbook(); wb.remove(wb.active)

    def put(ws, ref, v, fmt=None, bold=False, ctr=False, size=None):
        c = ws[ref]; c.value = v
        if fmt:
            c.number_format = fmt
        if bold or size:
            c.font = Font(bold=bold, size=size or 11, name="宋体")
        c.alignment = center if ctr else wrap

    def merge(ws, rng, v=None, **kw):
        ws.merge_cells(rng)
        if v is not None:
            put(ws, rng.split(":")[0], v, **kw)

    def block(ws, first, rows):
        for k, row in enumerate(rows):
            for j, v in enumerate(row):
                c = ws.cell(first + k, 2 + j); c.value = vr(v) if j == 3 else v; c.alignment = wrap
        for lev in (0, 1):
            for a, b in level_runs(rows, lev):
                if b > a:
                    ws.merge_cells(start_row=first + a, start_column=2 + lev, end_row=first + b, end_column=2 + lev)
                ws.cell(first + a, 2 + lev).alignment = center
        return first + len(rows) - 1

    for sh in f["forms"]:
        ws = wb.create_sheet(sh["tab"])
        for col, w in zip("ABCDE", (14, 14, 18, 30, 18)):
            ws.column_dimensions[col].width = w
        merge(ws, "A1:E1", f["form_title"], bold=True, ctr=True, size=16)
        merge(ws, "A2:E2", f"（{f['year']}年度）", ctr=True)
        put(ws, "A3", "项目名称"); merge(ws, "B3:E3", sh["name"])
        put(ws, "A4", "主管部门"); merge(ws, "B4:C4", f["dept"]); put(ws, "D4", "主管部门编码"); put(ws, "E4", f["code"])
        put(ws, "A5", "项目单位"); merge(ws, "B5:C5", sh["impl"]); put(ws, "D5", "项目负责人"); put(ws, "E5", sh["person"])
        put(ws, "A6", "项目属性"); merge(ws, "B6:C6", sh["attr"]); put(ws, "D6", "联系电话"); put(ws, "E6", sh["phone"])
        put(ws, "A7", "项目起止时间"); merge(ws, "B7:E7", sh["term"])
        merge(ws, "A8:A10", "年度资金总额及构成（万元）", ctr=True)
        for k, (lab, v) in enumerate(zip(("年度资金总额", "其中：财政拨款", "其他资金"), sh["amt"])):
            r = 8 + k
            put(ws, f"B{r}", lab); ws.merge_cells(f"C{r}:E{r}"); put(ws, f"C{r}", float(v), fmt="0.00")
        put(ws, "A11", "长期目标"); merge(ws, "B11:E11", sh["long"]); ws.row_dimensions[11].height = 36
        put(ws, "A12", "年度目标"); merge(ws, "B12:E12", sh["goal"]); ws.row_dimensions[12].height = 36
        for j, h in enumerate(["", "一级指标", "二级指标", "三级指标", "指标值"], 1):
            ws.cell(13, j, h).font = Font(bold=True); ws.cell(13, j).alignment = center
        last_l = block(ws, 14, cells(sh["long_rows"], 4))
        merge(ws, f"A14:A{last_l}", "长期绩效指标", ctr=True)
        last = block(ws, last_l + 1, cells(sh["rows"], 4))
        merge(ws, f"A{last_l + 1}:A{last}", "年度绩效指标", ctr=True)
        for r in range(3, last + 1):
            for c in range(1, 6):
                ws.cell(r, c).border = box
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.properties.creator = "忻府区农业农村局"; wb.properties.created = wb.properties.modified = FIXED
    src = os.path.join(TMP, f["stem"] + ".xlsx")
    wb.save(src)
    return lo_convert(src, "xls")


# ================================================================== p5: WordprocessingML 2003, named .doc
W_NS = ('xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w10="urn:schemas-microsoft-com:office:word" '
        'xmlns:sl="http://schemas.microsoft.com/schemaLibrary/2003/core" '
        'xmlns:aml="http://schemas.microsoft.com/aml/2001/core" '
        'xmlns:wx="http://schemas.microsoft.com/office/word/2003/auxHint" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:dt="uuid:C2F41010-65B3-11d1-A29F-00AA00C14882"')


def wp(text, jc=None, b=False, sz=18, font="宋体"):
    x = html.escape
    ppr = f'<w:pPr><w:jc w:val="{jc}"/></w:pPr>' if jc else ""
    rpr = (f'<w:rPr><w:rFonts w:hint="fareast" w:fareast="{font}"/>' + ("<w:b/>" if b else "")
           + f'<w:sz w:val="{sz}"/><w:sz-cs w:val="{sz}"/></w:rPr>')
    parts = text if isinstance(text, list) else [text]
    runs_ = "<w:r>" + rpr + "<w:br/>".join(f"<w:t>{x(t)}</w:t>" for t in parts) + "</w:r>" if text else ""
    return f"<w:p>{ppr}{runs_}</w:p>"


def wtc(width, text, span=1, vm=None, jc="center"):
    tcpr = f'<w:tcW w:w="{width}" w:type="dxa"/>'
    if span > 1:
        tcpr += f'<w:gridSpan w:val="{span}"/>'
    if vm == "restart":
        tcpr += '<w:vmerge w:val="restart"/>'
    elif vm == "cont":
        tcpr += "<w:vmerge/>"
    tcpr += '<w:vAlign w:val="center"/>'
    return f"<w:tc><w:tcPr>{tcpr}</w:tcPr>{wp('' if vm == 'cont' else text, jc=jc)}</w:tc>"


def draw_p5(f):
    Wc = [1300, 1500, 2600, 1800, 1700]
    TB = "".join(f'<w:{s} w:val="single" w:sz="4" wx:bdrwidth="10" w:space="0" w:color="000000"/>'
                 for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    body = []
    for k, sh in enumerate(f["forms"]):
        if k:
            body.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
        body.append(wp(f["form_title"], jc="center", b=True, sz=36, font="黑体"))
        body.append(wp(f"部门编码：{f['code']}　　部门名称：{f['dept']}　　单位：万元", jc="left", sz=21))
        tr = []

        def row(*tcs):
            tr.append("<w:tr>" + "".join(tcs) + "</w:tr>")
        row(wtc(Wc[0], "项目名称"), wtc(Wc[1] + Wc[2], sh["name"], span=2), wtc(Wc[3], "项目编码"), wtc(Wc[4], sh["pcode"]))
        row(wtc(Wc[0], "主管部门"), wtc(Wc[1] + Wc[2], f["dept"], span=2), wtc(Wc[3], "实施单位"), wtc(Wc[4], sh["impl"]))
        for i, lab in enumerate(["年度资金总额", "其中：财政拨款", "其他资金"]):
            row(wtc(Wc[0], "项目资金（万元）", vm="restart" if i == 0 else "cont"), wtc(Wc[1], lab, jc="left"),
                wtc(sum(Wc[2:]), sh["amt"][i], span=3))
        g = sh["goal"]; cut = g.index(sh["marks"][1])
        row(wtc(Wc[0], "年度绩效目标"), wtc(sum(Wc[1:]), [g[:cut], g[cut:]], span=4, jc="left"))
        row(*[wtc(w, h) for w, h in zip(Wc, ["一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据"])])
        rows = cells(sh["rows"], 5)
        firsts = [{a: b - a + 1 for a, b in level_runs(rows, lev)} for lev in (0, 1)]
        for i, r in enumerate(rows):
            lv = []
            for lev in (0, 1):
                if i in firsts[lev]:
                    lv.append(wtc(Wc[lev], r[lev], vm="restart" if firsts[lev][i] > 1 else None))
                else:
                    lv.append(wtc(Wc[lev], "", vm="cont"))
            row(*lv, wtc(Wc[2], r[2], jc="left"), wtc(Wc[3], vr(r[3])), wtc(Wc[4], r[4]))
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in Wc)
        body.append(f'<w:tbl><w:tblPr><w:tblW w:w="{sum(Wc)}" w:type="dxa"/><w:tblInd w:w="0" w:type="dxa"/>'
                    f"<w:tblBorders>{TB}</w:tblBorders><w:tblLayout w:type=\"Fixed\"/>"
                    f'<w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar>'
                    f"</w:tblPr><w:tblGrid>{grid}</w:tblGrid>" + "".join(tr) + "</w:tbl>")
        body.append(wp(""))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<?mso-application progid="Word.Document"?>\n'
           f'<w:wordDocument {W_NS} w:macrosPresent="no" w:embeddedObjPresent="no" w:ocxPresent="no" '
           'xml:space="preserve">'
           '<w:ignoreElements w:val="http://schemas.microsoft.com/office/word/2003/wordml/sp2"/>'
           f"<o:DocumentProperties><o:Title>{html.escape(f['form_title'])}</o:Title><o:Author>lyjt</o:Author>"
           "<o:LastAuthor>lyjt</o:LastAuthor><o:Revision>3</o:Revision><o:Created>2025-01-14T01:20:00Z</o:Created>"
           "<o:LastSaved>2025-01-14T02:05:00Z</o:LastSaved><o:Pages>2</o:Pages><o:Company>梁园区交通运输局</o:Company>"
           "<o:Version>11.9999</o:Version></o:DocumentProperties>"
           '<w:fonts><w:defaultFonts w:ascii="Times New Roman" w:fareast="宋体" w:h-ansi="Times New Roman" '
           'w:cs="Times New Roman"/><w:font w:name="宋体"><w:altName w:val="SimSun"/><w:panose-1 '
           'w:val="02010600030101010101"/><w:charset w:val="86"/><w:family w:val="Auto"/><w:pitch w:val="variable"/>'
           '</w:font><w:font w:name="黑体"><w:altName w:val="SimHei"/><w:charset w:val="86"/><w:family w:val="Modern"/>'
           '<w:pitch w:val="fixed"/></w:font></w:fonts>'
           '<w:styles><w:versionOfBuiltInStylenames w:val="4"/><w:latentStyles w:defLockedState="off" '
           'w:latentStyleCount="156"/><w:style w:type="paragraph" w:default="on" w:styleId="a"><w:name w:val="Normal"/>'
           '<wx:uiName wx:val="正文"/><w:pPr><w:widowControl w:val="off"/><w:jc w:val="both"/></w:pPr><w:rPr>'
           '<wx:font wx:val="Times New Roman"/><w:kern w:val="2"/><w:sz w:val="21"/><w:sz-cs w:val="24"/>'
           '<w:lang w:val="EN-US" w:fareast="ZH-CN" w:bidi="AR-SA"/></w:rPr></w:style></w:styles>'
           '<w:docPr><w:view w:val="print"/><w:zoom w:percent="100"/><w:doNotEmbedSystemFonts/>'
           '<w:defaultTabStop w:val="420"/><w:drawingGridVerticalSpacing w:val="156"/>'
           '<w:punctuationKerning/><w:characterSpacingControl w:val="CompressPunctuation"/>'
           '<w:compat><w:spaceForUL/><w:balanceSingleByteDoubleByteWidth/><w:doNotLeaveBackslashAlone/>'
           '<w:ulTrailSpace/><w:doNotExpandShiftReturn/><w:adjustLineHeightInTable/><w:useFELayout/></w:compat>'
           '</w:docPr><w:body><wx:sect>' + "".join(body) +
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1247" w:bottom="1440" '
           'w:left="1247" w:header="851" w:footer="992" w:gutter="0"/><w:cols w:space="425"/>'
           '<w:docGrid w:type="lines" w:line-pitch="312"/></w:sectPr></wx:sect></w:body></w:wordDocument>')
    out = os.path.join(TMP, f["stem"] + ".doc")
    open(out, "wb").write(doc.encode("utf-8"))
    return out


# ================================================================== p6: reportlab PDF, saved as `.aspx`
def draw_p6(f):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas
    FONT = "STSong-Light"
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    out = os.path.join(TMP, f["stem"] + ".pdf")
    c = canvas.Canvas(out, pagesize=A4, invariant=1)
    c.setTitle("download"); c.setAuthor("admin"); c.setCreator("ReportServer")
    W, H = A4
    X0 = 1.8 * cm
    CW = [2.0 * cm, 2.3 * cm, 3.4 * cm, 4.6 * cm, 2.4 * cm, 2.7 * cm]   # 17.4 cm
    XS = [X0]
    for w in CW:
        XS.append(XS[-1] + w)
    FS, LH = 9, 12

    def wrap(text, width):
        lines, cur = [], ""
        for ch in text:
            if pdfmetrics.stringWidth(cur + ch, FONT, FS) > width - 6:
                lines.append(cur); cur = ch
            else:
                cur += ch
        return lines + [cur] if cur else lines

    def cell_text(x0, x1, ytop, ybot, text, center=True):
        paras = text if isinstance(text, list) else [text]
        lines = [ln for p in paras for ln in wrap(p, x1 - x0)]
        hgt = len(lines) * LH
        y = (ytop + ybot) / 2 + hgt / 2 - FS
        for ln in lines:
            if center:
                c.drawCentredString((x0 + x1) / 2, y, ln)
            else:
                c.drawString(x0 + 3, y, ln)
            y -= LH

    def need(text, x0, x1):
        paras = text if isinstance(text, list) else [text]
        return max(1, sum(len(wrap(p, x1 - x0)) for p in paras)) * LH + 8

    for k, sh in enumerate(f["forms"], 1):
        y = H - 2.0 * cm
        c.setFont(FONT, 15)
        if k == 1:
            c.drawCentredString(W / 2, y, f["headline"]); y -= 1.0 * cm
        c.setFont(FONT, 12)
        c.drawString(X0, y, f"{k}、{sh['title']}"); y -= 0.7 * cm
        c.setFont(FONT, 10)
        c.drawString(X0, y, f"{f['code']} {f['dept']}"); y -= 0.55 * cm
        c.drawRightString(XS[-1], y, "单位：万元"); y -= 0.25 * cm
        c.setFont(FONT, FS)
        top = y
        X = XS
        a = sh["amt"]
        B = [X[1], X[1] + 1.8 * cm, X[1] + 4.2 * cm, X[1] + 7.2 * cm, X[1] + 9.6 * cm, X[1] + 12.7 * cm, X[6]]
        # each row: cells (x0, x1, text, mode); mode "c" centred, "l" left, "vN" centred and merged down N rows
        spec = [
            [(X[0], X[1], "项目编码", "c"), (X[1], X[3], sh["pcode"], "c"), (X[3], X[4], "项目名称", "c"),
             (X[4], X[6], sh["name"], "c")],
            [(X[0], X[1], "预算规模及资金用途", "v2"), (B[0], B[1], "预算数", "c"), (B[1], B[2], a[0], "c"),
             (B[2], B[3], "其中：财政资金", "c"), (B[3], B[4], a[1], "c"), (B[4], B[5], "其他资金", "c"),
             (B[5], B[6], a[2], "c")],
            [(X[1], X[6], sh["purpose"], "l")],
            [(X[0], X[1], "资金支出计划（%）", "v2")] + [(X[1 + j], X[2 + j] if j < 3 else X[6], f"{m}月底", "c")
                                                for j, (m, _) in enumerate(sh["plan"])],
            [(X[1 + j], X[2 + j] if j < 3 else X[6], p, "c") for j, (_, p) in enumerate(sh["plan"])],
            [(X[0], X[1], "绩效目标", "c"), (X[1], X[6], [f"{i}、{g}" for i, g in enumerate(sh["goals"], 1)], "l")],
            [(X[j], X[j + 1], h, "c") for j, h in enumerate(["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值",
                                                           "指标值确定依据"])],
        ]
        rows = cells(sh["rows"], 6)
        firsts = [{a_: b_ - a_ + 1 for a_, b_ in level_runs(rows, lev)} for lev in (0, 1)]
        for i, r in enumerate(rows):
            rc = []
            for lev in (0, 1):
                if i in firsts[lev]:
                    rc.append((X[lev], X[lev + 1], r[lev], "v%d" % firsts[lev][i]))
            rc += [(X[2], X[3], r[2], "l"), (X[3], X[4], r[3], "l"), (X[4], X[5], vr(r[4]), "c"),
                   (X[5], X[6], r[5], "c")]
            spec.append(rc)

        def nrows(mode):
            return int(mode[1:]) if mode.startswith("v") else 1
        hs = [max([need(t, x0, x1) for x0, x1, t, m in rc if nrows(m) == 1] or [LH + 8]) for rc in spec]
        for i, rc in enumerate(spec):          # a merged cell taller than the rows it spans grows its last row
            for x0, x1, t, m in rc:
                n = nrows(m)
                if n > 1 and sum(hs[i:i + n]) < need(t, x0, x1):
                    hs[i + n - 1] += need(t, x0, x1) - sum(hs[i:i + n])
        ys = [top]
        for h_ in hs:
            ys.append(ys[-1] - h_)
        c.setLineWidth(0.6)
        for i, rc in enumerate(spec):
            for x0, x1, text, m in rc:
                ytop, ybot = ys[i], ys[i + nrows(m)]
                c.rect(x0, ybot, x1 - x0, ytop - ybot, stroke=1, fill=0)
                cell_text(x0, x1, ytop, ybot, text, center=(m != "l"))
        c.showPage()
    c.save()
    return out


DRAW = {"p1": draw_p1, "p2": draw_p2, "p3": draw_p3, "p4": draw_p4, "p5": draw_p5, "p6": draw_p6}


def main():
    os.makedirs(TMP, exist_ok=True); os.makedirs(D, exist_ok=True); os.makedirs(EXPECTED, exist_ok=True)
    want = sys.argv[1:] or sorted(F)
    for key in want:
        f = F[key]
        tmp = DRAW[key](f)
        out = os.path.join(D, f"{f['stem']}.{f['ext']}")
        shutil.copy(tmp, out)
        data = open(out, "rb").read()
        g = clean(G[f["stem"]])
        g["source"] = {"path": os.path.basename(out), "sha256": hashlib.sha256(data).hexdigest(), "format": f["fmt"],
                       "pages": len(f["forms"]) if f["fmt"] == "pdf" else None, "extension": f["ext"],
                       "content": f["content"]}
        json.dump(g, open(os.path.join(EXPECTED, f"{f['stem']}.gold.json"), "w", encoding="utf-8"),
                  ensure_ascii=False, indent=1)
        print(out, len(data), "bytes", data[:16])


if __name__ == "__main__":
    main()
