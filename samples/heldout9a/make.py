#!/usr/bin/env python3
"""Render the six blind documents of heldout9a FROM the hand-typed golds in golds.py and write the golds.
u1 Word-style filtered HTML written by hand (MsoNormal paragraphs, <o:p>, mso- styles, supportMisalignedColumns,
&nbsp; padding, CRLF source lines wrapped at 76 columns, GBK bytes under a gb2312 label); u2 a Blink-style MHTML
(multipart/related, the HTML part quoted-printable UTF-8 with soft line breaks that fall inside characters, one
PNG part made with Pillow); u3 python-docx -> `soffice --convert-to rtf` (LibreOffice headless, one conversion at a
time, profile /tmp/lo_heldout9a); u4 an Excel-like CSV export (csv module, cp936, CRLF records, LF inside quoted
cells); u5 an OCR tool's text output typed line by line; u6 openpyxl with rich-text shared strings, a print area,
frozen panes and a WPS custom property. Intermediate files go to /tmp/heldout9a_build. Nothing from jixiao is imported.
Run: .venv/bin/python samples/heldout9a/make.py [STEM ...]"""
import base64, csv, hashlib, html, io, json, os, random, re, shutil, subprocess, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kit import clean
from golds import G

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "drafts")
EXPECTED = os.path.join(HERE, "expected")
TMP = "/tmp/heldout9a_build"
LO_PROFILE = "file:///tmp/lo_heldout9a"


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


def level_cells(inds):
    """{row index: {"level1": (text, rowspan) or None, "level2": ...}}: 一级/二级 written once per group."""
    out = {i: {"level1": None, "level2": None} for i in range(len(inds))}
    for key_fn, txt in ((lambda d: d["level1"], "level1"), (lambda d: (d["level1"], d["level2"]), "level2")):
        for start, n in spans(inds, key_fn):
            out[start][txt] = (inds[start][txt], n)
    return out


def soffice(src, fmt, outdir):
    r = subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", fmt,
                        "--outdir", outdir, src], capture_output=True, text=True, timeout=240)
    out = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + "." + fmt.split(":")[0])
    if not os.path.exists(out):
        raise RuntimeError(f"soffice failed for {src}: {r.stdout} {r.stderr}")
    return out


# =============================================================== u1: Word "Save as Web Page, Filtered" (.htm, GBK)
CJK = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")


def w_runs(text, size=10.5, font="宋体", bold=False):
    """text as Word writes it: CJK/symbol runs in a 宋体 span, ASCII runs (digits, %, codes) in a lang=EN-US span."""
    out = []
    for piece in re.findall(r"[\x20-\x7e]+|[^\x20-\x7e]+", text):
        e = html.escape(piece, quote=False).replace("  ", "&nbsp; ")
        if re.fullmatch(r"[\x20-\x7e]+", piece):
            out.append(f"<span lang=EN-US style='font-size:{size}pt;font-family:\"Times New Roman\",serif'>{e}</span>")
        else:
            out.append(f"<span style='font-size:{size}pt;font-family:{font}'>{e}</span>")
    s = "".join(out)
    return f"<b>{s}</b>" if bold else s


def w_p(inner, align=None, indent=False, empty=False):
    st = []
    a = ""
    if align:
        a = f" align={align}"
        st.append(f"text-align:{align}")
    if indent:
        st.append("text-indent:21.0pt")
    st.append("mso-pagination:widow-orphan" if not align else "line-height:14.0pt")
    tail = "<span lang=EN-US><o:p>&nbsp;</o:p></span>" if empty else "<span lang=EN-US><o:p></o:p></span>"
    return f"<p class=MsoNormal{a} style='{';'.join(st)}'>{inner}{tail}</p>"


def w_td(paras, span, rowspan=1, first_row=False, first_col=False):
    """a Word table cell over [x0, x1] cm; its colspan counts the fine grid columns it covers."""
    x0, x1 = span
    w_cm = x1 - x0
    colspan = sum(1 for g in GRID if x0 + 1e-6 < g <= x1 + 1e-6)
    b = ["border:solid windowtext 1.0pt"]
    if not first_row:
        b.append("border-top:none")
    if not first_col:
        b.append("border-left:none")
    if not first_row or not first_col:
        b.append("mso-border-top-alt:solid windowtext .5pt" if not first_row else "mso-border-left-alt:solid windowtext .5pt")
    b += ["mso-border-alt:solid windowtext .5pt", "padding:0cm 5.4pt 0cm 5.4pt"]
    attrs = f" width={int(w_cm * 37.8)}"
    if rowspan > 1:
        attrs += f" rowspan={rowspan}"
    if colspan > 1:
        attrs += f" colspan={colspan}"
    return f"<td{attrs} valign=center style='width:{w_cm:.1f}cm;{';'.join(b)}'>\n{''.join(paras)}\n</td>"


def w_cell_text(text, center=True, pad=False):
    if text == "":
        return [w_p("", empty=True)]
    inner = w_runs(text)
    if pad:
        inner = "<span lang=EN-US>&nbsp;&nbsp;</span>" + inner
    return [w_p(inner, "center" if center else None)]


def word_wrap(line, width=76):
    """Word wraps HTML source lines at about 76 columns: at a space (inside a tag or in text) or, in CJK text,
    between two characters. Lines end in CRLF."""
    out, cur, in_tag, last_brk = [], "", False, None
    i = 0
    while i < len(line):
        ch = line[i]
        if ch == "<":
            in_tag = True
        elif ch == ">":
            in_tag = False
        cur += ch
        if ch == " ":
            last_brk = ("space", len(cur) - 1)
        elif (not in_tag and CJK.match(ch) and i + 1 < len(line) and CJK.match(line[i + 1])):
            last_brk = ("cjk", len(cur))
        if len(cur) >= width and last_brk is not None and last_brk[1] > 8:
            kind, at = last_brk
            out.append(cur[:at])
            cur = cur[at + 1:] if kind == "space" else cur[at:]
            last_brk = None
        i += 1
    out.append(cur)
    return out


WORD_HEAD = """<html>

<head>
<meta http-equiv=Content-Type content="text/html; charset=gb2312">
<meta name=Generator content="Microsoft Word 15 (filtered)">
<title>{title}</title>
<style>
<!--
 /* Font Definitions */
 @font-face
	{{font-family:宋体;
	panose-1:2 1 6 0 3 1 1 1 1 1;}}
@font-face
	{{font-family:黑体;
	panose-1:2 1 6 9 6 1 1 1 1 1;}}
@font-face
	{{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;
	text-align:justify;
	text-justify:inter-ideograph;
	font-size:10.5pt;
	font-family:"Times New Roman",serif;}}
p.MsoHeader, li.MsoHeader, div.MsoHeader
	{{mso-style-link:"页眉 字符";
	margin:0cm;
	text-align:center;
	layout-grid-mode:char;
	border:none;
	padding:0cm;
	font-size:9.0pt;}}
.MsoChpDefault
	{{font-size:10.0pt;}}
 /* Page Definitions */
 @page WordSection1
	{{size:595.3pt 841.9pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;
	layout-grid:15.6pt;}}
div.WordSection1
	{{page:WordSection1;}}
-->
</style>

</head>

<body lang=ZH-CN style='text-justify-trim:punctuation'>

<div class=WordSection1 style='layout-grid:15.6pt'>
"""

WIDTHS_HDR = [2.6, 3.2, 2.6, 6.6]        # header-block cell widths
WIDTHS_IND = [2.4, 2.8, 6.4, 3.4]        # indicator-row cell widths (misaligned with the header block)
GRID = sorted({round(sum(w[:k]), 2) for w in (WIDTHS_HDR, WIDTHS_IND) for k in range(1, 5)})   # fine grid edges


def d_u1(g, path):
    L = [WORD_HEAD.format(title=html.escape(g["document"]["title"]))]
    for p in g["projects"]:
        if p["seq"] > 1:
            L.append("<span lang=EN-US style='font-size:10.5pt;font-family:\"Times New Roman\",serif'><br clear=all "
                     "style='page-break-before:always'>\n</span>")
        L.append(w_p(w_runs(p["title"], 18, "黑体", bold=True), "center"))
        L.append(w_p("", empty=True))
        L.append(w_p(w_runs(f'部门编码：{p["department_code"]}') + "<span lang=EN-US>" + "&nbsp;" * 40 + " </span>"
                     + w_runs("单位：万元")))
        L.append("\n<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 width=567\n style='width:15.0cm;"
                 "border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;"
                 "mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>")
        rows = []
        H = lambda c0, c1: (sum(WIDTHS_HDR[:c0]), sum(WIDTHS_HDR[:c1 + 1]))     # header-block cell c0..c1
        V = lambda c: (sum(WIDTHS_IND[:c]), sum(WIDTHS_IND[:c + 1]))            # indicator cell c
        rows.append([w_td(w_cell_text("项目名称"), H(0, 0), first_row=True, first_col=True),
                     w_td(w_cell_text(p["name"]), H(1, 3), first_row=True)])
        rows.append([w_td(w_cell_text("项目编码"), H(0, 0), first_col=True), w_td(w_cell_text(p["code"]), H(1, 1)),
                     w_td(w_cell_text("主管部门"), H(2, 2)), w_td(w_cell_text(p["department"]), H(3, 3))])
        spaced = w_p(w_runs("实") + "<span lang=EN-US>&nbsp;</span>" + w_runs("施") + "<span lang=EN-US>&nbsp;</span>"
                     + w_runs("单") + "<span lang=EN-US>&nbsp;</span>" + w_runs("位"), "center")
        rows.append([w_td([spaced], H(0, 0), first_col=True), w_td(w_cell_text(p["implementing_unit"]), H(1, 3))])
        for k, (lab, v) in enumerate([("年度资金总额", p["budget_total"]), ("其中：财政拨款", p["budget_fiscal"]),
                                      ("其他资金", p["budget_other"])]):
            r = [] if k else [w_td(w_cell_text("项目资金（万元）"), H(0, 0), rowspan=3, first_col=True)]
            r += [w_td(w_cell_text(lab), H(1, 1)), w_td(w_cell_text(money(v), pad=(k == 2)), H(2, 3))]
            rows.append(r)
        goal_ps = [w_p(w_runs(f"{i}.{x}" if len(p["goals"]) > 1 else x), indent=True) for i, x in enumerate(p["goals"], 1)]
        rows.append([w_td(w_cell_text("年度目标"), H(0, 0), first_col=True), w_td(goal_ps, H(1, 3))])
        rows.append([w_td(w_cell_text("一级指标"), V(0), first_col=True), w_td(w_cell_text("二级指标"), V(1)),
                     w_td(w_cell_text("三级指标"), V(2)), w_td(w_cell_text("指标值"), V(3))])
        lv = level_cells(p["indicators"])
        for i, x in enumerate(p["indicators"]):
            r = []
            for col, key in enumerate(("level1", "level2")):
                if lv[i][key]:
                    txt, n = lv[i][key]
                    r.append(w_td(w_cell_text(txt), V(col), rowspan=n, first_col=(col == 0)))
            r.append(w_td(w_cell_text(x["level3"], center=False), V(2)))
            r.append(w_td(w_cell_text(x["value_raw"], pad=x["kind"] == "qualitative"), V(3)))
            rows.append(r)
        for k, r in enumerate(rows):
            first = " mso-yfti-firstrow:yes;" if k == 0 else ""
            last = " mso-yfti-lastrow:yes;" if k == len(rows) - 1 else ""
            L.append(f" <tr style='mso-yfti-irow:{k};{first}{last}height:19.85pt'>")
            L.extend("  " + c for c in r)
            L.append(" </tr>")
        L.append(" <![if !supportMisalignedColumns]>\n <tr height=0>")
        for x0, x1 in zip([0] + GRID[:-1], GRID):
            w = x1 - x0
            L.append(f"  <td width={int(w * 37.8)} style='border:none'></td>")
        L.append(" </tr>\n <![endif]>\n</table>")
        L.append(w_p("", empty=True))
        L.append(w_p(w_runs("填报人：李堃") + "<span lang=EN-US>&nbsp;&nbsp;&nbsp; </span>" + w_runs("联系电话：0431-8896XXXX")
                     + "<span lang=EN-US>&nbsp;&nbsp;&nbsp; </span>" + w_runs("审核人：赵铁军")))
    L.append("\n</div>\n\n</body>\n\n</html>\n")
    lines = []
    for block in "\n".join(L).split("\n"):
        lines.extend(word_wrap(block))
    data = "\r\n".join(lines).encode("gbk")             # labelled gb2312, written as GBK (堃 is not in GB2312)
    open(path, "wb").write(data)


# =============================================================== u2: single-file web page (.mht, Blink style)
def qp_encode(data, width=76):
    """quoted-printable as a browser writes it: CRLF hard breaks kept, every non-ASCII byte =XX, soft breaks `=`
    at the line limit wherever they fall (between two =XX of one character too)."""
    out_lines = []
    for raw in data.split(b"\n"):
        raw = raw.rstrip(b"\r")
        toks = []
        for i, b in enumerate(raw):
            if b == 0x3D or b > 126 or b < 32 and b != 9:
                toks.append("=%02X" % b)
            elif b in (9, 32) and i == len(raw) - 1:
                toks.append("=%02X" % b)
            else:
                toks.append(chr(b))
        cur = ""
        for t in toks:
            if len(cur) + len(t) > width - 1:
                out_lines.append(cur + "=")
                cur = ""
            cur += t
        out_lines.append(cur)
    return "\r\n".join(out_lines)


def png_logo():
    from PIL import Image, ImageDraw
    im = Image.new("RGB", (180, 48), (178, 24, 30))
    d = ImageDraw.Draw(im)
    d.ellipse((6, 6, 42, 42), outline=(255, 215, 0), width=3)
    d.polygon([(24, 12), (28, 22), (38, 22), (30, 28), (33, 38), (24, 32), (15, 38), (18, 28), (10, 22), (20, 22)],
              fill=(255, 215, 0))
    for k in range(4):
        d.rectangle((54 + k * 30, 16, 76 + k * 30, 32), outline=(255, 255, 255), width=2)
    b = io.BytesIO()
    im.save(b, "PNG")
    return b.getvalue()


SITE = "https://www.jlsfengman.gov.cn"


def mht_page(g):
    d = g["document"]
    url_img = SITE + "/images/logo_zjj.png"
    H = ['<!DOCTYPE html><html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
         '<meta charset="utf-8">',
         f'<title>{d["department"]}{d["title"]}_吉林市丰满区人民政府</title>',
         '<link rel="stylesheet" type="text/css" href="cid:css-7d1f2b0a-3c11-4e55-9a0e-5b7f63c0a001@mhtml.blink" />',
         '</head><body><div class="top"><img src="' + url_img + '" alt="丰满区住房和城乡建设局">'
         '<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li>'
         '<li><a href="/bsfw/">办事服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>',
         '<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; '
         '<a href="/zwgk/czyjs/">财政预决算</a></div>',
         f'<div class="article"><h1>{d["department"]}{d["title"]}</h1>',
         '<div class="info">发布时间：2025-01-22 09:30　　来源：丰满区住房和城乡建设局　　浏览次数：<span id="hits">386</span>'
         '　　【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div>',
         '<div class="content" id="zoom">']
    for p in g["projects"]:
        H.append(f'<p style="text-align:center"><strong><span style="font-size:20px">{p["title"]}</span></strong></p>')
        H.append(f'<p>部门编码：{p["department_code"]}　　　　　　　　　　　　　　单位：万元</p>')
        H.append('<table border="1" cellspacing="0" cellpadding="0" width="100%" style="border-collapse:collapse">'
                 '<tbody>')
        H.append(f'<tr><td>项目名称</td><td colspan="4">{p["name"]}</td></tr>')
        H.append(f'<tr><td>项目编码</td><td>{p["code"]}</td><td>主管部门</td><td colspan="2">{p["department"]}</td></tr>')
        H.append(f'<tr><td>实施单位</td><td colspan="4">{p["implementing_unit"]}</td></tr>')
        H.append(f'<tr><td rowspan="3">项目资金<br>（万元）</td><td colspan="2">年度资金总额</td>'
                 f'<td colspan="2">{money(p["budget_total"])}</td></tr>')
        H.append(f'<tr><td colspan="2">其中：财政拨款</td><td colspan="2">{money(p["budget_fiscal"])}</td></tr>')
        H.append(f'<tr><td colspan="2">其他资金</td><td colspan="2">{money(p["budget_other"])}</td></tr>')
        goals = "<br>".join(f"{i}.{x}" for i, x in enumerate(p["goals"], 1)) if len(p["goals"]) > 1 else p["goals"][0]
        H.append(f'<tr><td>年度目标</td><td colspan="4" style="text-align:left">{goals}</td></tr>')
        H.append('<tr><td><strong>一级指标</strong></td><td><strong>二级指标</strong></td><td><strong>三级指标</strong>'
                 '</td><td><strong>指标值</strong></td><td><strong>指标值设定依据</strong></td></tr>')
        lv = level_cells(p["indicators"])
        for i, x in enumerate(p["indicators"]):
            cells = "".join(f'<td rowspan="{c[1]}">{c[0]}</td>' if c[1] > 1 else f"<td>{c[0]}</td>"
                            for c in (lv[i]["level1"], lv[i]["level2"]) if c)
            H.append(f'<tr>{cells}<td>{html.escape(x["level3"])}</td><td>{html.escape(x["value_raw"])}</td>'
                     f'<td>{x["basis"]}</td></tr>')
        H.append("</tbody></table><p>&nbsp;</p>")
    H.append('</div><div class="share">分享到：<a class="wx">微信</a><a class="wb">微博</a></div></div>')
    H.append('<div class="footer"><p>主办：吉林市丰满区人民政府办公室　　承办：吉林市丰满区政务服务和数字化建设管理局</p>'
             '<p>吉ICP备05000XXX号　　吉公网安备 22021102000XXX号</p></div></body></html>')
    return "\n".join(H), url_img


def d_u2(g, path):
    page, url_img = mht_page(g)
    page_url = SITE + "/zwgk/czyjs/202501/t20250122_1186.html"
    bnd = "----MultipartBoundary--Qp7kM2nEzwXfR4tYc8LvUaB1sJd0HgK6oiN3yTe5rW----"
    subj = base64.b64encode((g["document"]["department"] + g["document"]["title"]).encode("utf-8")).decode()
    parts = ["From: <Saved by Blink>",
             f"Snapshot-Content-Location: {page_url}",
             f"Subject: =?utf-8?B?{subj}?=",
             "Date: Wed, 22 Jan 2025 10:14:07 +0800",
             "MIME-Version: 1.0",
             "Content-Type: multipart/related;",
             '\ttype="text/html";',
             f'\tboundary="{bnd}"',
             "", "", f"--{bnd}",
             "Content-Type: text/html",
             "Content-ID: <frame-5A3C0E1B9D7F4E2A8C6B0D1F3E5A7C9B@mhtml.blink>",
             "Content-Transfer-Encoding: quoted-printable",
             f"Content-Location: {page_url}",
             "", qp_encode(page.encode("utf-8")), "",
             f"--{bnd}",
             "Content-Type: text/css",
             "Content-Transfer-Encoding: quoted-printable",
             "Content-Location: cid:css-7d1f2b0a-3c11-4e55-9a0e-5b7f63c0a001@mhtml.blink",
             "", qp_encode(b"@charset \"utf-8\";\ntable { border-collapse: collapse; }\ntd { border: 1px solid #000; "
                           b"padding: 4px 6px; text-align: center; }"), "",
             f"--{bnd}",
             "Content-Type: image/png",
             "Content-Transfer-Encoding: base64",
             f"Content-Location: {url_img}",
             ""]
    b64 = base64.b64encode(png_logo()).decode()
    parts += [b64[i:i + 76] for i in range(0, len(b64), 76)]
    parts += ["", f"--{bnd}--", ""]
    open(path, "wb").write("\r\n".join(parts).encode("ascii"))


# =============================================================== u3: .docx -> RTF by LibreOffice
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
    st.paragraph_format.space_after = Pt(0)
    for s in docu.sections:
        s.page_height, s.page_width = Cm(29.7), Cm(21.0)
        s.top_margin = s.bottom_margin = Cm(2.2)
        s.left_margin = s.right_margin = Cm(2.0)
    return docu


def para(docu, text, size=None, bold=False, center=False):
    p = docu.add_paragraph()
    r = p.add_run(text)
    if size:
        r.font.size = Pt(size)
    r.bold = bold
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def mset(t, r, c0, c1, text, r1=None):
    cell = t.cell(r, c0)
    if c1 != c0 or (r1 is not None and r1 != r):
        cell = cell.merge(t.cell(r1 if r1 is not None else r, c1))
    cell.text = text
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    return cell


def widths(t, cms):
    t.autofit = False
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), cms):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in t.rows:
        for c, w in zip(row.cells, cms):
            c.width = Cm(w)


def d_u3_docx(g, path):
    docu = new_doc()
    for p in g["projects"]:
        if p["seq"] > 1:
            docu.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        para(docu, p["title"], 16, True, center=True)
        para(docu, f'部门编码：{p["department_code"]}　　　　　　　　　　　　　　　　　　　　　　单位：万元')
        inds = p["indicators"]
        t = docu.add_table(rows=8 + len(inds), cols=5)
        t.style = "Table Grid"
        mset(t, 0, 0, 0, "项目名称"); mset(t, 0, 1, 4, p["name"])
        mset(t, 1, 0, 0, "项目编码"); mset(t, 1, 1, 1, p["code"]); mset(t, 1, 2, 2, "主管部门"); mset(t, 1, 3, 4, p["department"])
        mset(t, 2, 0, 0, "实施单位"); mset(t, 2, 1, 4, p["implementing_unit"])
        mset(t, 3, 0, 0, "项目资金（万元）", 5)                       # vertical merge over 3 rows
        for k, (lab, v) in enumerate([("年度资金总额", p["budget_total"]), ("其中：财政拨款", p["budget_fiscal"]),
                                      ("其他资金", p["budget_other"])]):
            mset(t, 3 + k, 1, 2, lab); mset(t, 3 + k, 3, 4, money(v))
        mset(t, 6, 0, 0, "年度目标")
        gc = mset(t, 6, 1, 4, f"1.{p['goals'][0]}" if len(p["goals"]) > 1 else p["goals"][0])
        for i, x in enumerate(p["goals"][1:], 2):
            gc.add_paragraph(f"{i}.{x}")
        for c, h in enumerate(["一级指标", "二级指标", "三级指标", "指标解释", "指标值"]):
            mset(t, 7, c, c, h)
        for i, x in enumerate(inds):
            mset(t, 8 + i, 2, 2, x["level3"]); mset(t, 8 + i, 3, 3, x["description"]); mset(t, 8 + i, 4, 4, x["value_raw"])
        for col, key_fn, key in ((0, lambda d: d["level1"], "level1"), (1, lambda d: (d["level1"], d["level2"]), "level2")):
            for start, n in spans(inds, key_fn):
                mset(t, 8 + start, col, col, inds[start][key], 8 + start + n - 1)
        widths(t, [2.4, 2.8, 4.2, 4.6, 3.0])
        para(docu, "")
        para(docu, "填报人：金英姬　　联系电话：0433-75XXXXX　　审核人：朴成哲")
    docu.save(path)


# =============================================================== u4: Excel "CSV (逗号分隔)" export, cp936
def d_u4(g, path):
    d = g["document"]
    rows = [[d["title"], "", "", "", ""],
            [f'部门编码：{d["department_code"]}', "", "", "", "单位：万元"]]
    for p in g["projects"]:
        rows += [["", "", "", "", ""], ["", "", "", "", ""]]            # Excel writes empty rows as ,,,,
        rows += [[f'{p["seq"]}.{p["title"]}', "", "", "", ""],
                 ["项目名称", p["name"], "", "", ""],
                 ["项目编码", p["code"], "", "", ""],
                 ["主管部门", p["department"], "", "", ""],
                 ["实施单位", p["implementing_unit"], "", "", ""],
                 ["年度资金总额（万元）", money(p["budget_total"], True), "", "", ""],
                 ["其中：财政拨款", money(p["budget_fiscal"], True), "", "", ""],
                 ["其他资金", money(p["budget_other"], True), "", "", ""],
                 ["年度目标", "\n".join(f"{i}.{x}" for i, x in enumerate(p["goals"], 1)) if len(p["goals"]) > 1
                  else p["goals"][0], "", "", ""],
                 ["一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据"]]
        lv = level_cells(p["indicators"])
        for i, x in enumerate(p["indicators"]):
            l1, l2 = (lv[i][k][0] if lv[i][k] else "" for k in ("level1", "level2"))
            rows.append([l1, l2, x["level3"], x["value_raw"], x["basis"]])
    rows += [["", "", "", "", ""], ["填报人：孙丽华　　联系电话：0451-84XXXXX", "", "", "", ""]]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")                      # records CRLF, breaks inside cells LF
    w.writerows(rows)
    open(path, "wb").write(buf.getvalue().encode("cp936"))


# =============================================================== u5: OCR tool text of a scanned form
def ocr_line(cells, cols, rnd):
    """cells placed at their printed x-positions (characters), separated by runs of spaces; OCR jitter 0-2."""
    s = ""
    for txt, x in zip(cells, cols):
        if txt is None:
            continue
        gap = max(2, x - len(s.encode("gbk")) + rnd.randint(-1, 2)) if s else x
        s += " " * gap + txt
    return s


def wrap_cjk(text, n):
    return [text[i:i + n] for i in range(0, len(text), n)]


def d_u5(g, path):
    rnd = random.Random(9005)
    L = []
    for p in g["projects"]:
        L += ["", ocr_line([p["title"]], [22], rnd), "",
              ocr_line([f'部门编码：{p["department_code"]}', "单位：万元"], [0, 66], rnd)]
        L.append(ocr_line(["项目名称", p["name"]], [1, 18], rnd))
        L.append(ocr_line(["项目编码", p.get("_ocr_code", p["code"]), "主管部门", p["department"]], [1, 18, 40, 52], rnd))
        L.append(ocr_line(["实施单位", p["implementing_unit"]], [1, 18], rnd))
        L.append(ocr_line(["年度资金总额", money(p["budget_total"])], [18, 40], rnd))
        L.append(ocr_line(["项目资金（万元）", "其中：财政拨款", money(p["budget_fiscal"])], [0, 18, 40], rnd))
        L.append(ocr_line(["其他资金", money(p["budget_other"])], [18, 40], rnd))
        goals = [f"{i}.{x}" for i, x in enumerate(p["goals"], 1)] if len(p["goals"]) > 1 else p["goals"]
        first = True
        for gl in goals:
            for piece in wrap_cjk(gl, 30):                           # the goal cell's lines as OCR reads them
                L.append(ocr_line(["年度目标" if first else None, piece], [1, 18], rnd))
                first = False
        L.append(ocr_line(["一级指标", "二级指标", "三级指标", "指标值"], [1, 14, 34, 62], rnd))
        lv = level_cells(p["indicators"])
        for i, x in enumerate(p["indicators"]):
            l1, l2 = (lv[i][k][0] if lv[i][k] else None for k in ("level1", "level2"))
            v = x.get("_ocr", x["value_raw"])
            if x.get("_glued"):                                      # the space before the value dropped
                L.append(ocr_line([l1, l2, x["level3"] + v], [1, 14, 28], rnd))
            else:
                L.append(ocr_line([l1, l2, x["level3"], v], [1, 14, 28, 62], rnd))
        L += ["", ocr_line(["填报人：王春艳", "联系电话：0452-24XXXXX", "审核人：刘振国"], [0, 20, 48], rnd),
              ocr_line([f"— {p['seq']} —"], [36], rnd), ""]
    open(path, "w", encoding="utf-8", newline="\n").write("\n".join(L).rstrip("\n") + "\n")


# =============================================================== u6: .xlsx like WPS writes it, rich-text runs
from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.packaging.custom import StringProperty
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


def rich(runs):
    return CellRichText([TextBlock(InlineFont(rFont=f, sz=10), t) for t, f in runs])


def u6_sheet(wb, p, title):
    ws = wb.create_sheet(title)
    for col, wd in zip("ABCDE", [12, 14, 22, 30, 14]):
        ws.column_dimensions[col].width = wd
    ws.merge_cells("A1:E1")
    c = ws.cell(row=1, column=1, value=p["title"])
    c.font = Font(name="方正小标宋简体", size=18); c.alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:E2")
    c = ws.cell(row=2, column=1, value="（2025年度）"); c.alignment = Alignment(horizontal="center")
    ws.merge_cells("A3:D3")
    ws.cell(row=3, column=1, value=f'填报单位（盖章）：{p["department"]}')
    ws.cell(row=3, column=5, value="单位：万元").alignment = Alignment(horizontal="right")
    put(ws, 4, 1, "部门（单位）名称"); mput(ws, 4, 2, 3, p["department"]); put(ws, 4, 4, "部门编码"); put(ws, 4, 5, p["department_code"])
    mput(ws, 5, 1, 1, "年度预算安排", r1=7)
    for k, (lab, v) in enumerate([("资金总额", p["budget_total"]), ("其中：财政拨款", p["budget_fiscal"]),
                                  ("其他资金", p["budget_other"])]):
        mput(ws, 5 + k, 2, 3, lab); mput(ws, 5 + k, 4, 5, v, fmt="#,##0.00")
    mput(ws, 8, 1, 1, "年度总体目标")
    mput(ws, 8, 2, 5, "\n".join(f"目标{i}：{x}" for i, x in enumerate(p["goals"], 1)), left=True)
    ws.row_dimensions[8].height = 15 * len(p["goals"]) + 12
    duty = p["_duty"]
    r = 9
    mput(ws, r, 1, 1, "年度履职目标", r1=r + len(duty))
    for c, h in enumerate(["部门职能", "年度目标任务", "支出项目名称", "预算金额"], 2):
        put(ws, r, c, h, bold=True)
    for k, (a, b, c_, amt) in enumerate(duty, 1):
        put(ws, r + k, 2, a); put(ws, r + k, 3, b); put(ws, r + k, 4, c_); put(ws, r + k, 5, amt, fmt="#,##0.00")
    r = r + len(duty) + 1
    mput(ws, r, 1, 5, "年度绩效指标", bold=True)
    r += 1
    hdr = r
    for c, h in enumerate(["一级指标", "二级指标", "三级指标", "指标解释", "目标值"], 1):
        put(ws, r, c, h, bold=True)
    inds = p["indicators"]
    r0 = r + 1
    for i, x in enumerate(inds):
        l3 = "\n".join(x["_l3"]) if x.get("_l3") else x["level3"]
        desc = "\n".join(x["_desc"]) if x.get("_desc") else x["description"]
        put(ws, r0 + i, 3, l3); put(ws, r0 + i, 4, desc, left=True)
        if x.get("_rich"):
            assert "".join(t for t, _ in x["_rich"]) == x["value_raw"]
            put(ws, r0 + i, 5, rich(x["_rich"]))
        else:
            put(ws, r0 + i, 5, x["value_raw"])
        if x.get("_l3") or x.get("_desc"):
            ws.row_dimensions[r0 + i].height = 28
    for col, key_fn, key in ((1, lambda d: d["level1"], "level1"), (2, lambda d: (d["level1"], d["level2"]), "level2")):
        for start, n in spans(inds, key_fn):
            mput(ws, r0 + start, col, col, inds[start][key], r1=r0 + start + n - 1)
    last = r0 + len(inds) - 1
    ws.cell(row=last + 2, column=1, value="填报人：张雪梅　　联系电话：0459-63XXXXX　　填报日期：2025年1月8日")
    ws.print_area = f"A1:E{last + 2}"
    ws.print_title_rows = f"{hdr}:{hdr}"
    ws.freeze_panes = ws.cell(row=hdr + 1, column=1).coordinate
    ws.page_setup.orientation = "portrait"; ws.page_setup.paperSize = 9; ws.page_setup.fitToWidth = 1
    return ws


def d_u6(g, path):
    wb = Workbook()
    wb.remove(wb.active)
    u6_sheet(wb, g["projects"][0], "司法局")
    u6_sheet(wb, g["projects"][1], "公共法律服务中心")
    wb.active = 0
    wb.custom_doc_props.append(StringProperty(name="KSOProductBuildVer", value="2052-12.1.0.18608"))
    wb.custom_doc_props.append(StringProperty(name="ICV", value="5E0B9D2C47A14C3F8B6E1D0A92F7C3B1_13"))
    wb.properties.creator = "WPS_1703652210"
    wb.properties.lastModifiedBy = "张雪梅"
    wb.save(path)
    wps_repack(path)


def wps_repack(path):
    """openpyxl writes every string INLINE (t="inlineStr"); WPS and Excel keep them in xl/sharedStrings.xml, the
    rich-text ones as <si><r><rPr><rFont/>…</rPr><t>…</t></r>…</si>. Move them there, as WPS would write them."""
    import zipfile
    from lxml import etree
    NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    q = lambda t: "{%s}%s" % (NS, t)
    zin = zipfile.ZipFile(path)
    files = {n: zin.read(n) for n in zin.namelist()}
    zin.close()
    sst, index = [], {}
    for name in sorted(n for n in files if n.startswith("xl/worksheets/sheet")):
        root = etree.fromstring(files[name])
        for c in root.iter(q("c")):
            if c.get("t") != "inlineStr":
                continue
            is_ = c.find(q("is"))
            key = etree.tostring(is_)
            if key not in index:
                index[key] = len(sst)
                sst.append(is_)
            c.remove(is_)
            c.set("t", "s")
            v = etree.SubElement(c, q("v"))
            v.text = str(index[key])
        files[name] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    n_refs = sum(etree.fromstring(files[n]).xpath("count(//*[local-name()='c'][@t='s'])")
                 for n in files if n.startswith("xl/worksheets/sheet"))
    out = etree.Element(q("sst"), nsmap={None: NS})
    out.set("count", str(int(n_refs))); out.set("uniqueCount", str(len(sst)))
    for is_ in sst:
        si = etree.SubElement(out, q("si"))
        for ch in is_:
            si.append(ch)
            for t in ch.iter(q("t")):
                if t.text and ("\n" in t.text or t.text != t.text.strip()):
                    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    files["xl/sharedStrings.xml"] = etree.tostring(out, xml_declaration=True, encoding="UTF-8", standalone=True)
    ct = files["[Content_Types].xml"].decode()
    ct = ct.replace("</Types>", '<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                    'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
    files["[Content_Types].xml"] = ct.encode()
    rels = files["xl/_rels/workbook.xml.rels"].decode()
    rels = rels.replace("</Relationships>", '<Relationship Id="rIdSst1" Type="http://schemas.openxmlformats.org/'
                        'officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
    files["xl/_rels/workbook.xml.rels"] = rels.encode()
    app = files["docProps/app.xml"].decode()
    app = re.sub(r"<Application>[^<]*</Application>", "<Application>WPS 表格</Application>", app)
    files["docProps/app.xml"] = app.encode()
    order = ["[Content_Types].xml", "_rels/.rels", "docProps/app.xml", "docProps/core.xml", "docProps/custom.xml",
             "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/theme/theme1.xml",
             "xl/sharedStrings.xml"]
    names = [n for n in order if n in files] + sorted(n for n in files if n not in order)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n in names:
            z.writestr(n, files[n])


# =============================================================== driver
def build(stem, g):
    """returns (path, format, pages)."""
    if stem.startswith("u1"):
        out = os.path.join(OUT, stem + ".htm"); d_u1(g, out)
        return out, "html", None
    if stem.startswith("u2"):
        out = os.path.join(OUT, stem + ".mht"); d_u2(g, out)
        return out, "mht", None
    if stem.startswith("u3"):
        src = os.path.join(TMP, stem + ".docx"); d_u3_docx(g, src)
        res = soffice(src, "rtf", TMP)
        out = os.path.join(OUT, stem + ".rtf"); shutil.copy(res, out)
        return out, "rtf", None
    if stem.startswith("u4"):
        out = os.path.join(OUT, stem + ".csv"); d_u4(g, out)
        return out, "csv", None
    if stem.startswith("u5"):
        out = os.path.join(OUT, stem + ".txt"); d_u5(g, out)
        return out, "text", None
    if stem.startswith("u6"):
        out = os.path.join(OUT, stem + ".xlsx"); d_u6(g, out)
        return out, "xlsx", None
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
        if stem.startswith("u5"):
            rec["source"]["ocr"] = True
        with open(os.path.join(EXPECTED, stem + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(rec, f, ensure_ascii=False, indent=1)
        print("wrote", os.path.basename(path))


if __name__ == "__main__":
    main()
