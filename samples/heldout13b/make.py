#!/usr/bin/env python3
"""Render the blind documents of heldout13b FROM the hand-typed golds in golds.py and write the golds (and a6's
refusal line). Theme: PORTALS AND MIXED FILES. openpyxl for a1 (summary sheet + one sheet per budget unit); an old
table-layout CMS page written by hand for a2 (forms pasted from Word: uppercase tags, MsoNormal paragraphs in cells,
rowspan/colspan, entities); python-docx + raw field XML for a3 (caption SEQ fields with stale cached results);
openpyxl → LibreOffice Calc → PDF for a4 (print area, repeated print-title rows, page header with the sheet name);
a text a user copied out of a PDF viewer for a5 (a layout model: wrapped cells, one space between cells, UTF-8 BOM,
CRLF); python-docx repacked with WPS's package parts for a6 (negative: an evaluation report). LibreOffice runs one
conversion at a time with profile /tmp/lo_heldout13b. Intermediate files go to /tmp/heldout13b_build. Nothing from
the jixiao project is imported.
Run: .venv/bin/python samples/heldout13b/make.py [STEM ...]"""
import hashlib, html, json, os, re, shutil, subprocess, sys, zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kit import clean
from golds import *

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "drafts")
EXPECTED = os.path.join(HERE, "expected")
TMP = "/tmp/heldout13b_build"
LO_PROFILE = "file:///tmp/lo_heldout13b"


def money(v):
    return "" if v is None else f"{v:.2f}"


def goal_text(goals, style="{i}.{g}"):
    return goals[0] if len(goals) == 1 else "".join(style.format(i=i, g=g) for i, g in enumerate(goals, 1))


def spans(inds, key_fn):
    out, i = [], 0
    while i < len(inds):
        j = i
        while j + 1 < len(inds) and key_fn(inds[j + 1]) == key_fn(inds[i]):
            j += 1
        out.append((i, j - i + 1))
        i = j + 1
    return out


def soffice(src, fmt, outdir, ext=None):
    r = subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", fmt,
                        "--outdir", outdir, src], capture_output=True, text=True, timeout=240)
    out = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + "." + (ext or fmt.split(":")[0]))
    if not os.path.exists(out):
        raise RuntimeError(f"soffice failed for {src}: {r.stdout} {r.stderr}")
    return out


def pdf_pages(path):
    import pypdfium2 as pdfium
    return len(pdfium.PdfDocument(path))


def pdfium_texts(path):
    import pypdfium2 as pdfium
    d = pdfium.PdfDocument(path)
    return [d[i].get_textpage().get_text_range() for i in range(len(d))]


def norm(s):
    return re.sub(r"\s+", "", s)


# =============================================================== spreadsheet helpers (a1, a4)
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
MID = Alignment(horizontal="center", vertical="center", wrap_text=True)
LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)
TOP = Alignment(horizontal="center", vertical="top", wrap_text=True)
GREY = PatternFill("solid", fgColor="E7E6E6")


def put(ws, r, c0, c1, v, align=LEFT, bold=False, fill=None, fmt=None, border=True, size=10, r1=None):
    r1 = r1 or r
    if c1 > c0 or r1 > r:
        ws.merge_cells(start_row=r, start_column=c0, end_row=r1, end_column=c1)
    c = ws.cell(r, c0, v)
    c.alignment, c.font = align, Font(name="宋体", size=size, bold=bold)
    if fill:
        c.fill = fill
    if fmt:
        c.number_format = fmt
    if border:
        for rr in range(r, r1 + 1):
            for k in range(c0, c1 + 1):
                ws.cell(rr, k).border = BOX
    return c


def levels_xl(ws, r0, inds, align=MID):
    """一级 / 二级 merged down their groups (columns A / B), from row r0."""
    for col, key in ((1, lambda d: d["level1"]), (2, lambda d: (d["level1"], d["level2"]))):
        for start, n in spans(inds, key):
            x = inds[start]
            put(ws, r0 + start, col, col, x["level1"] if col == 1 else x["level2"], align, r1=r0 + start + n - 1)


# =============================================================== a1 one workbook: summary sheet first, one sheet per unit
def d_a1(g, path):
    wb = Workbook()
    ws = wb.active
    ws.title = A1_SUMMARY_SHEET
    for col, w in zip("ABCDEFG", (6, 10, 30, 16, 34, 18, 14)):
        ws.column_dimensions[col].width = w
    put(ws, 1, 1, 7, A1_SUMMARY_TITLE, MID, bold=True, border=False, size=16)
    put(ws, 2, 1, 5, f"主管部门：{C1} {D1}", border=False)
    put(ws, 2, 6, 7, "单位：万元", Alignment(horizontal="right"), border=False)
    for c, h in enumerate(["序号", "单位编码", "单位名称", "单位类型", "项目名称", "项目编码", "项目资金"], 1):
        put(ws, 3, c, c, h, MID, bold=True, fill=GREY)
    r, k, total = 4, 0, 0.0
    for sheet, unit, code, kind, ps in A1_UNITS:
        n = len(ps)
        put(ws, r, 2, 2, code, MID, r1=r + n - 1); put(ws, r, 3, 3, unit, LEFT, r1=r + n - 1)
        put(ws, r, 4, 4, kind, MID, r1=r + n - 1)
        for i, p in enumerate(ps):
            k += 1
            put(ws, r + i, 1, 1, k, MID); put(ws, r + i, 5, 5, p[0]); put(ws, r + i, 6, 6, p[1], MID)
            put(ws, r + i, 7, 7, p[2], MID, fmt="#,##0.00")
            total += p[2]
        r += n
    put(ws, r, 1, 6, "合计", MID, bold=True); put(ws, r, 7, 7, round(total, 2), MID, bold=True, fmt="#,##0.00")
    put(ws, r + 2, 1, 7, "说明：本汇总表列示主管部门本级及所属二级单位纳入绩效目标管理的项目，各项目绩效目标表见后附工作表。",
        border=False)
    seq = 0
    for sheet, unit, code, kind, ps in A1_UNITS:
        ws = wb.create_sheet(sheet)
        for col, w in zip("ABCDE", (14, 16, 30, 16, 16)):
            ws.column_dimensions[col].width = w
        r = 1
        for (n, pcode, t, f, o, gl, _r) in ps:
            p = g["projects"][seq]; seq += 1
            put(ws, r, 1, 5, T1, MID, bold=True, border=False, size=15); ws.row_dimensions[r].height = 26
            put(ws, r + 1, 1, 3, f"预算单位：{code} {unit}", border=False)
            put(ws, r + 1, 4, 5, "单位：万元", Alignment(horizontal="right"), border=False)
            put(ws, r + 2, 1, 1, "项目名称", MID, fill=GREY); put(ws, r + 2, 2, 3, n)
            put(ws, r + 2, 4, 4, "项目编码", MID, fill=GREY); put(ws, r + 2, 5, 5, pcode, MID)
            put(ws, r + 3, 1, 1, "主管部门", MID, fill=GREY); put(ws, r + 3, 2, 3, D1)
            put(ws, r + 3, 4, 4, "预算单位", MID, fill=GREY); put(ws, r + 3, 5, 5, unit)
            put(ws, r + 4, 1, 1, "年度资金（万元）", MID, fill=GREY, r1=r + 5)
            for c, (h, v) in enumerate((("资金总额", t), ("财政拨款", f), ("其他资金", o)), 2):
                put(ws, r + 4, c, c, h, MID, fill=GREY); put(ws, r + 5, c, c, v, MID, fmt="#,##0.00")
            put(ws, r + 4, 5, 5, "", r1=r + 5)
            put(ws, r + 6, 1, 1, "年度目标", MID, fill=GREY)
            put(ws, r + 6, 2, 5, "\n".join(f"{i}.{x}" for i, x in enumerate(gl, 1)))
            ws.row_dimensions[r + 6].height = 16 * len(gl) + 6
            for c, h in enumerate(["一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据"], 1):
                put(ws, r + 7, c, c, h, MID, bold=True, fill=GREY)
            inds = p["indicators"]
            levels_xl(ws, r + 8, inds)
            for i, x in enumerate(inds):
                put(ws, r + 8 + i, 3, 3, x["level3"]); put(ws, r + 8 + i, 4, 4, x["value_raw"], MID)
                put(ws, r + 8 + i, 5, 5, x["basis"], MID)
            r += 8 + len(inds) + 2
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.active = 0
    wb.save(path)


# =============================================================== a2 an old table-layout CMS page, the forms pasted from Word
A2_CSS = """body{margin:0;font-size:12px;font-family:宋体,SimSun;background:#eef3f8}
.banner{height:90px;background:#1d5fa8;color:#fff;font:bold 26px 黑体;line-height:90px;padding-left:30px}
.left li{line-height:28px;border-bottom:1px dotted #ccc;list-style:none}
.index td{border:1px solid #cfdcec;padding:4px;font-size:12px}
.title{font:bold 20px 黑体;text-align:center;padding:16px 0 8px}
.MsoNormalTable td{border:solid windowtext 1.0pt;padding:0 5.4pt}
p.MsoNormal{margin:0;text-align:justify;font-size:10.5pt;font-family:"Times New Roman"}"""


def a2_cell(text, attrs="", center=True, br=None):
    """a Word-pasted cell: <TD> + <P class=MsoNormal> + <SPAN>; `br` breaks the text by <BR> at that position."""
    t = html.escape(text, quote=False).replace("≥", "&ge;").replace("≤", "&le;")
    if br:
        cut = len(html.escape(text[:br], quote=False))
        t = t[:cut] + "<BR>" + t[cut:]
    al = " align=center" if center else ""
    return (f"<TD{attrs} style=\"BORDER-BOTTOM: windowtext 1pt solid; BORDER-RIGHT: windowtext 1pt solid\">"
            f"<P class=MsoNormal{al}><SPAN style=\"FONT-FAMILY: 宋体; FONT-SIZE: 10.5pt\">{t}</SPAN></P></TD>")


def a2_form(p, brs):
    rows = []
    kv = lambda lab, val, center=False: "<TR>" + a2_cell(lab, " colSpan=2") + a2_cell(val, " colSpan=4", center) + "</TR>"
    rows.append(kv("项目名称", p["name"]))
    rows.append(kv("主管部门及代码", f"{C2} {D2}"))
    rows.append(kv("实施单位", p["implementing_unit"]))
    rows.append("<TR>" + a2_cell("项目资金（万元）", " rowSpan=3", br=4) + a2_cell("年度资金总额")
                + a2_cell(money(p["budget_total"]), " colSpan=4") + "</TR>")
    rows.append("<TR>" + a2_cell("其中：财政拨款") + a2_cell(money(p["budget_fiscal"]), " colSpan=4") + "</TR>")
    rows.append("<TR>" + a2_cell("其他资金") + a2_cell(money(p["budget_other"]), " colSpan=4") + "</TR>")
    gl = p["goals"]
    goals = gl[0] if len(gl) == 1 else "<BR>".join(html.escape(f"目标{i}：{x}", quote=False) for i, x in enumerate(gl, 1))
    rows.append("<TR>" + a2_cell("年度绩效目标", " colSpan=2")
                + f"<TD colSpan=4><P class=MsoNormal><SPAN style=\"FONT-FAMILY: 宋体\">{goals}</SPAN></P></TD></TR>")
    inds = p["indicators"]
    head = a2_cell("绩效指标", f" rowSpan={len(inds) + 1}") + "".join(
        a2_cell(h) for h in ["一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据"])
    rows.append("<TR>" + head + "</TR>")
    l1 = dict(spans(inds, lambda d: d["level1"]))
    l2 = dict(spans(inds, lambda d: (d["level1"], d["level2"])))
    for i, x in enumerate(inds):
        tr = ""
        if i in l1:
            tr += a2_cell(x["level1"], f" rowSpan={l1[i]}")
        if i in l2:
            tr += a2_cell(x["level2"], f" rowSpan={l2[i]}")
        tr += a2_cell(x["level3"], center=False, br=brs.get(x["level3"])) + a2_cell(x["value_raw"]) + a2_cell(x["basis"])
        rows.append("<TR>" + tr + "</TR>")
    return ("<TABLE class=MsoNormalTable style=\"BORDER-COLLAPSE: collapse\" cellSpacing=0 cellPadding=0 width=640 "
            "border=1>\n<TBODY>\n" + "\n".join(rows) + "\n</TBODY></TABLE>")


def d_a2(g, path):
    side = ["机构职能", "领导信息", "政策文件", "规划计划", "财政预决算", "　部门预算", "　部门决算", "　绩效目标",
            "　绩效自评", "人事信息", "建议提案办理"]
    hot = ["安庆市大观区农业农村水利局2024年部门预算", "安庆市大观区农业农村水利局2023年部门决算",
           "2023年度项目支出绩效自评结果公开", "关于2024年春季农田水利建设的通知"]
    forms = []
    for k, ((n, iu, t, f, o, gl, r, brs), p) in enumerate(zip(A2_P, g["projects"]), 1):
        forms.append(f"<P class=MsoNormal style=\"TEXT-INDENT: 2em\"><SPAN>{'一二三'[k - 1]}、{html.escape(n)}</SPAN></P>\n"
                     f"<P class=MsoNormal align=center><B><SPAN style=\"FONT-SIZE: 16pt\">{T2}</SPAN></B></P>\n"
                     f"<P class=MsoNormal align=center><SPAN>（2024年度）</SPAN></P>\n"
                     f"<P class=MsoNormal align=right><SPAN>单位：万元</SPAN></P>\n" + a2_form(p, brs))
    intro = (f"根据区财政局关于做好2024年部门预算公开工作的要求，现将{D2}2024年项目支出绩效目标公开如下。"
             f"本次公开项目{len(A2_P)}个，资金合计{sum(x[2] for x in A2_P):.2f}万元。")
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="SiteName" content="安庆市大观区人民政府" />
<meta name="ColumnName" content="绩效目标" />
<meta name="ArticleTitle" content="{A2_HEADLINE}" />
<meta name="PubDate" content="2024-02-19 16:42" />
<title>{A2_HEADLINE}_安庆市大观区人民政府</title>
<style type="text/css">{A2_CSS}</style>
<script type="text/javascript">var _trsInfoId="2049317";var _trsColumn="绩效目标";</script>
</head>
<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td class="banner">安庆市大观区人民政府　信息公开</td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#ffffff">
<tr>
<td width="230" valign="top" class="left">
<table width="100%" border="0" cellpadding="0" cellspacing="0">
<tr><td height="36" bgcolor="#1d5fa8"><font color="#ffffff"><b>&nbsp;&nbsp;信息公开目录</b></font></td></tr>
<tr><td><ul>{''.join(f'<li><a href="#">{x}</a></li>' for x in side)}</ul></td></tr>
<tr><td height="36" bgcolor="#1d5fa8"><font color="#ffffff"><b>&nbsp;&nbsp;热点信息</b></font></td></tr>
<tr><td><ul>{''.join(f'<li><a href="#">{x}</a></li>' for x in hot)}</ul></td></tr>
</table>
</td>
<td width="20">&nbsp;</td>
<td width="750" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="0" class="index">
<tr><td width="15%">索&nbsp;引&nbsp;号：</td><td width="35%">{A2_INDEX}</td><td width="15%">组配分类：</td><td>绩效目标</td></tr>
<tr><td>发布机构：</td><td>{D2}</td><td>生成日期：</td><td>2024-02-19</td></tr>
<tr><td>文　　号：</td><td>无</td><td>有效性：</td><td>有效</td></tr>
<tr><td>名　　称：</td><td colspan="3">{A2_HEADLINE}</td></tr>
</table>
<div class="title">{A2_HEADLINE}</div>
<div align="center" style="color:#888">发布时间：2024-02-19 16:42　　浏览次数：<span id="hits">326</span>　　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td style="padding:10px 20px" id="zoom">
<!--<$[信息内容]>begin--><div class="TRS_Editor">
<P class=MsoNormal style="TEXT-INDENT: 2em"><SPAN>{intro}</SPAN></P>
{chr(10).join(forms)}
<P class=MsoNormal>&nbsp;</P>
</div><!--<$[信息内容]>end-->
<p>附件：<a href="/group1/M00/0B/2C/wKgBX2XTq.xlsx">{A2_HEADLINE}.xlsx</a></p>
</td></tr></table>
<div align="right"><a href="javascript:window.print()">【打印本页】</a>　<a href="javascript:window.close()">【关闭窗口】</a></div>
</td>
</tr>
</table>
<table width="1000" border="0" align="center"><tr><td align="center" style="padding:12px;color:#666">主办：安庆市大观区人民政府办公室　网站标识码：3408030012　皖ICP备05012345号</td></tr></table>
</body>
</html>
"""
    with open(path, "w", encoding="utf-8", newline="\r\n") as f:
        f.write(page)


# =============================================================== a3 .docx: caption SEQ fields with stale results
from docx import Document
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
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


def para(docu, text, size=None, bold=False, center=False, right=False, style=None):
    p = docu.add_paragraph(style=style)
    if text:
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


def mset(t, r, c0, c1, text, r1=None, paras=None, center=False):
    c = t.cell(r, c0)
    if c1 != c0 or (r1 is not None and r1 != r):
        c = c.merge(t.cell(r1 if r1 is not None else r, c1))
    if paras:
        c.text = paras[0]
        for s in paras[1:]:
            c.add_paragraph(s)
    else:
        c.text = text
    for p in c.paragraphs:
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    return c


def widths(t, cms):
    t.autofit = False
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), cms):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in t.rows:
        for c, w in zip(row.cells, cms):
            c.width = Cm(w)


A3_STALE = "1"      # the cached result Word left in every SEQ field (the captions were copied, never updated)


def caption(docu, k, text):
    """`表` + { SEQ 表 \\* ARABIC } (cached result "1") + `　text`, style Caption, inside a _Ref bookmark."""
    p = para(docu, None, style="Caption", center=True)
    bm = f"_Ref1873400{k:02d}"
    p._p.append(parse_xml(f'<w:bookmarkStart {nsdecls("w")} w:id="{k}" w:name="{bm}"/>'))

    def run(inner):
        p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:rPr><w:b/><w:sz w:val="24"/></w:rPr>{inner}</w:r>'))
    run('<w:t>表</w:t>')
    run('<w:fldChar w:fldCharType="begin"/>')
    run('<w:instrText xml:space="preserve"> SEQ 表 \\* ARABIC </w:instrText>')
    run('<w:fldChar w:fldCharType="separate"/>')
    run(f'<w:t>{A3_STALE}</w:t>')
    run('<w:fldChar w:fldCharType="end"/>')
    p._p.append(parse_xml(f'<w:bookmarkEnd {nsdecls("w")} w:id="{k}"/>'))
    run(f'<w:t xml:space="preserve">　{text}</w:t>')
    return p


def d_a3(g, path):
    docu = new_doc()
    cap = docu.styles["Caption"]
    cap.font.italic = False
    cap.font.size = Pt(12)
    para(docu, A3_HEADLINE, size=16, bold=True, center=True)
    para(docu, "")
    para(docu, f"按照区财政局部署，现将{D3}2025年度纳入绩效目标管理的{len(A3_P)}个项目的绩效目标公开如下，"
               f"详见表1至表{len(A3_P)}。")
    for k, p in enumerate(g["projects"], 1):
        if k > 1:
            page_break(docu)
        else:
            para(docu, "")
        caption(docu, k, p["title"])
        para(docu, f"部门名称：{D3}　　部门编码：{C3}　　单位：万元", right=True)
        inds = p["indicators"]
        t = docu.add_table(rows=7 + len(inds), cols=5)
        t.style = "Table Grid"
        widths(t, [2.6, 3.0, 4.6, 3.2, 3.6])
        mset(t, 0, 0, 0, "项目名称", center=True); mset(t, 0, 1, 2, p["name"]); mset(t, 0, 3, 3, "项目编码", center=True)
        mset(t, 0, 4, 4, p["code"])
        mset(t, 1, 0, 0, "主管部门", center=True); mset(t, 1, 1, 2, D3); mset(t, 1, 3, 3, "实施单位", center=True)
        mset(t, 1, 4, 4, p["implementing_unit"])
        mset(t, 2, 0, 0, "项目资金（万元）", r1=4, center=True)
        for i, (lab, key) in enumerate((("年度资金总额", "budget_total"), ("其中：财政拨款", "budget_fiscal"),
                                        ("其他资金", "budget_other"))):
            mset(t, 2 + i, 1, 1, lab, center=True); mset(t, 2 + i, 2, 4, money(p[key]))
        gl = p["goals"]
        mset(t, 5, 0, 0, "年度目标", center=True)
        mset(t, 5, 1, 4, None, paras=[f"{i}.{x}" for i, x in enumerate(gl, 1)] if len(gl) > 1 else gl)
        for c, h in enumerate(["一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据"]):
            mset(t, 6, c, c, h, center=True)
        for col, key in ((0, lambda d: d["level1"]), (1, lambda d: (d["level1"], d["level2"]))):
            for start, n in spans(inds, key):
                x = inds[start]
                mset(t, 7 + start, col, col, x["level1"] if col == 0 else x["level2"], r1=7 + start + n - 1, center=True)
        for i, x in enumerate(inds):
            mset(t, 7 + i, 2, 2, x["level3"]); mset(t, 7 + i, 3, 3, x["value_raw"], center=True)
            mset(t, 7 + i, 4, 4, x["basis"], center=True)
    st = docu.settings.element
    st.append(parse_xml(f'<w:updateFields {nsdecls("w")} w:val="true"/>'))
    docu.save(path)


# =============================================================== a4 Calc print: print area, repeated print-title rows
def d_a4(g, path):
    wb = Workbook()
    wb.remove(wb.active)
    for (sheet, n, code, iu, t, f, o, gl, _r), p in zip(A4_P, g["projects"]):
        ws = wb.create_sheet(sheet)
        for col, w in zip("ABCDEFG", (9, 11, 18, 28, 12, 14, 40)):
            ws.column_dimensions[col].width = w
        put(ws, 1, 1, 6, T4, MID, bold=True, border=False, size=15); ws.row_dimensions[1].height = 28
        put(ws, 2, 1, 4, f"预算部门：{D4}　　部门编码：{C4}", border=False)
        put(ws, 2, 5, 6, "单位：万元", Alignment(horizontal="right"), border=False)
        put(ws, 3, 1, 1, "项目名称", MID, fill=GREY); put(ws, 3, 2, 3, n); put(ws, 3, 4, 4, "项目编码", MID, fill=GREY)
        put(ws, 3, 5, 6, code, MID)
        put(ws, 4, 1, 1, "实施单位", MID, fill=GREY); put(ws, 4, 2, 6, iu)
        put(ws, 5, 1, 1, "资金总额", MID, fill=GREY); put(ws, 5, 2, 2, t, MID, fmt="0.00")
        put(ws, 5, 3, 3, "其中：财政拨款", MID, fill=GREY); put(ws, 5, 4, 4, f, MID, fmt="0.00")
        put(ws, 5, 5, 5, "其他资金", MID, fill=GREY); put(ws, 5, 6, 6, o, MID, fmt="0.00")
        put(ws, 6, 1, 1, "年度目标", MID, fill=GREY)
        put(ws, 6, 2, 6, "\n".join(f"{i}.{x}" for i, x in enumerate(gl, 1)) if len(gl) > 1 else gl[0])
        for rr, h in zip(range(2, 7), (18, 22, 22, 22, 16 * len(gl) + 8)):
            ws.row_dimensions[rr].height = h
        put(ws, 7, 1, 6, "年度绩效指标", MID, bold=True, fill=GREY); ws.row_dimensions[7].height = 20
        for c, h in enumerate(["一级指标", "二级指标", "三级指标", "指标解释", "指标值", "指标值设定依据"], 1):
            put(ws, 8, c, c, h, MID, bold=True, fill=GREY)
        ws.row_dimensions[8].height = 24
        inds = p["indicators"]
        levels_xl(ws, 9, inds, align=TOP)
        for i, x in enumerate(inds):
            rr = 9 + i
            put(ws, rr, 3, 3, x["level3"]); put(ws, rr, 4, 4, x["description"])
            put(ws, rr, 5, 5, x["value_raw"], MID); put(ws, rr, 6, 6, x["basis"], MID)
            ws.row_dimensions[rr].height = 40
        last = 9 + len(inds)
        put(ws, last + 1, 1, 6, "填报人：朱立群　　联系电话：0561-30XXXXX　　填报日期：2024年1月22日", border=False)
        put(ws, last + 4, 1, 6, A4_WORKNOTE, border=False)          # below the print area: not printed
        put(ws, 8, 7, 7, A4_NOTE, border=False)                       # right of the print area: not printed
        ws.print_area = f"A1:F{last + 1}"
        ws.print_title_rows = f"1:{A4_TITLE_ROWS}"
        ws.page_setup.orientation = "portrait"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.oddHeader.left.text = "&A"
        ws.oddHeader.right.text = "&D"
        ws.oddFooter.center.text = "第 &P 页，共 &N 页"
    wb.save(path)


# =============================================================== a5 text copied out of a PDF viewer
A5_W_KV = (4, 15, 4, 14)            # wrap widths (characters) of the key/value columns
A5_W_GOAL = 32
A5_W_IND = (5, 6, 11, 8, 6)         # 一级 二级 三级 指标值 依据


def wrapc(text, w):
    return [text[i:i + w] for i in range(0, len(text), w)] if text else []


def a5_row(cells):
    """one table row → visual lines: line k holds every cell's k-th line, one space apart (cells top-aligned)."""
    n = max((len(c) for c in cells), default=0)
    return [" ".join(c[k] for c in cells if len(c) > k) for k in range(n)]


def d_a5(g, path):
    out = []
    pages = len(g["projects"])
    for k, p in enumerate(g["projects"], 1):
        out.append(T5)
        out.append(f"部门名称：{D5} 部门编码：{C5} 单位：万元")
        kv = [("项目名称", p["name"], "项目编码", p["code"]), ("主管部门", D5, "实施单位", p["implementing_unit"]),
              ("资金总额", money(p["budget_total"]), "财政拨款", money(p["budget_fiscal"])),
              ("其他资金", money(p["budget_other"]), "", "")]
        for row in kv:
            out += a5_row([wrapc(x, w) for x, w in zip(row, A5_W_KV)])
        out += a5_row([["年度目标"], wrapc(goal_text(p["goals"]), A5_W_GOAL)])
        out += a5_row([wrapc(h, w) for h, w in zip(["一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据"], A5_W_IND)])
        inds = p["indicators"]
        s1 = dict(spans(inds, lambda d: d["level1"]))
        s2 = dict(spans(inds, lambda d: (d["level1"], d["level2"])))
        for i, x in enumerate(inds):
            cells = [wrapc(x["level1"], A5_W_IND[0]) if i in s1 else [],
                     wrapc(x["level2"], A5_W_IND[1]) if i in s2 else [],
                     wrapc(x["level3"], A5_W_IND[2]), wrapc(x["value_raw"], A5_W_IND[3]), wrapc(x["basis"], A5_W_IND[4])]
            out += a5_row(cells)
        out.append(f"第 {k} 页 共 {pages} 页")
    data = "\ufeff" + "\r\n".join(out) + "\r\n"
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(data)


# =============================================================== a6 NEGATIVE: a performance evaluation report saved by WPS
A6_APP = "WPS Office_11.1.0.11664_F1E327BC-269C-435d-A152-05C5408002CA"


def d_a6(path):
    docu = new_doc(size=12)
    para(docu, A6_TITLE, size=18, bold=True, center=True)
    para(docu, "")
    for lab, val in (("项目名称", "2023年度农村人居环境整治项目"), ("项目单位", "亳州市谯城区农业农村局"),
                     ("委托单位", "亳州市谯城区财政局"), ("评价机构", "安徽润和项目管理咨询有限公司"),
                     ("报告日期", "2024年4月18日")):
        para(docu, f"{lab}：\t\t{val}")
    page_break(docu)
    sections = [
        ("一、项目基本情况", [
            "（一）项目概况。2023年谯城区安排农村人居环境整治资金1,280.00万元，用于农村户厕改造、村庄清洁行动和生活垃圾治理。",
            "（二）项目绩效目标。项目年度绩效目标为：完成农村户厕改造3200户以上，村庄清洁行动覆盖全部180个行政村，"
            "农村生活垃圾有效治理行政村比例达到95%以上。"]),
        ("二、绩效评价工作开展情况", [
            "受区财政局委托，我公司组成评价组，按照《项目支出绩效评价管理办法》，采取资料核查、现场勘验、"
            "问卷调查相结合的方式，于2024年2月至3月对项目开展了绩效评价。"]),
        ("三、综合评价情况及评价结论", [
            f"经评价，该项目综合得分{A6_SCORE}分，评价等级为“良”。项目立项依据充分，资金到位及时，"
            "户厕改造和村庄清洁任务全面完成，但预算执行率偏低，部分改厕工程验收不合格，项目完工时间滞后。"]),
        ("四、绩效指标分析", ["评价指标体系及各项指标得分情况见下表。"]),
    ]
    for head, ps in sections:
        para(docu, head, bold=True)
        for x in ps:
            para(docu, x).paragraph_format.first_line_indent = Pt(24)
    para(docu, "绩效评价指标体系及得分表", bold=True, center=True)
    rows_ = [x.split("|") for x in A6_ROWS.splitlines()]
    t = docu.add_table(rows=2 + len(rows_), cols=7)
    t.style = "Table Grid"
    for c, h in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]):
        t.cell(0, c).text = h
    for i, r in enumerate(rows_, 1):
        for c, v in enumerate(r):
            t.cell(i, c).text = v
    mset(t, len(rows_) + 1, 0, 4, "合计", center=True)
    t.cell(len(rows_) + 1, 5).text = "100"
    t.cell(len(rows_) + 1, 6).text = A6_SCORE
    for head, x in (("五、存在的问题", "预算执行率91.2%，未达到95%的目标；个别乡镇改厕工程质量把关不严，验收合格率97.4%。"),
                    ("六、有关建议", "加强预算执行进度管理，压实乡镇改厕质量管理责任，健全农村人居环境长效管护机制。")):
        para(docu, head, bold=True)
        para(docu, x).paragraph_format.first_line_indent = Pt(24)
    tmp = os.path.join(TMP, "a6_python_docx.docx")
    docu.save(tmp)
    # repack as WPS writes it: its app.xml, a custom.xml with KSOProductBuildVer / ICV
    zin = zipfile.ZipFile(tmp)
    zout = zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED)
    for it in zin.infolist():
        data = zin.read(it.filename)
        if it.filename == "docProps/app.xml":
            data = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Properties xmlns="http://schemas.'
                    'openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.'
                    f'org/officeDocument/2006/docPropsVTypes"><Template>Normal.dotm</Template><Pages>4</Pages>'
                    f'<Application>{A6_APP}</Application><DocSecurity>0</DocSecurity></Properties>').encode("utf-8")
        elif it.filename == "[Content_Types].xml":
            data = data.replace(b"</Types>", b'<Override PartName="/docProps/custom.xml" ContentType="application/'
                                b'vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>')
        elif it.filename == "_rels/.rels":
            data = data.replace(b"</Relationships>", b'<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/'
                                b'officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/>'
                                b"</Relationships>")
        zout.writestr(it, data)
    zout.writestr("docProps/custom.xml", (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Properties xmlns="http://schemas.openxmlformats.org/'
        'officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
        'docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer">'
        '<vt:lpwstr>2052-11.1.0.11664</vt:lpwstr></property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" '
        'pid="3" name="ICV"><vt:lpwstr>3B2F1C8E0A9D4E6BB7C55D2E41F0A7C3_12</vt:lpwstr></property></Properties>'
    ).encode("utf-8"))
    zout.close()


# =============================================================== driver
def build(stem, g):
    """returns (path, format, pages)."""
    if stem.startswith("a1"):
        out = os.path.join(OUT, stem + ".xlsx"); d_a1(g, out)
        return out, "xlsx", None
    if stem.startswith("a2"):
        out = os.path.join(OUT, stem + ".html"); d_a2(g, out)
        return out, "html", None
    if stem.startswith("a3"):
        out = os.path.join(OUT, stem + ".docx"); d_a3(g, out)
        pdf = soffice(out, "pdf", TMP)
        t = norm("".join(pdfium_texts(pdf)))
        print(f"  a3 (LibreOffice rendering): {pdf_pages(pdf)} pages; captions printed "
              f"{[(n, t.count('表' + str(n) + p['title'])) for n, p in enumerate(g['projects'], 1)]}")
        return out, "docx", None
    if stem.startswith("a4"):
        src = os.path.join(TMP, stem + ".xlsx"); d_a4(g, src)
        pdf = soffice(src, "pdf", TMP)
        out = os.path.join(OUT, stem + ".pdf"); shutil.copy(pdf, out)
        pt = pdfium_texts(out)
        print(f"  a4 (Calc): {len(pt)} pages; project-1 name per page {[norm(x).count(norm(g['projects'][0]['name'])) for x in pt]}")
        return out, "pdf", len(pt)
    if stem.startswith("a5"):
        out = os.path.join(OUT, stem + ".txt"); d_a5(g, out)
        return out, "text", None
    if stem.startswith("a6"):
        out = os.path.join(OUT, stem + ".docx"); d_a6(out)
        return out, "docx", None
    raise KeyError(stem)


def main():
    os.makedirs(TMP, exist_ok=True)
    os.makedirs(OUT, exist_ok=True); os.makedirs(EXPECTED, exist_ok=True)
    only = set(sys.argv[1:])
    stems = sorted(list(G) + list(REFUSE))
    for stem in stems:
        if only and stem not in only:
            continue
        if stem in REFUSE:
            path, fmt, pages = build(stem, None)
            with open(os.path.join(EXPECTED, stem + ".refusal.txt"), "w", encoding="utf-8") as f:
                f.write(REFUSE[stem] + "\n")
            print("wrote", os.path.basename(path), pages or "", "(negative)")
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
