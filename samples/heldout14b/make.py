#!/usr/bin/env python3
"""Render the blind documents of heldout14b FROM the hand-typed golds in golds.py and write the golds. Theme: FORMS
FROM AUTONOMOUS REGIONS AND FRONTIER PROVINCES (bilingual labels). python-docx for b1 (traditional Mongolian
paragraph above each Chinese label) and b6 (Guangxi 财政支出绩效目标申报表 with Zhuang lines); openpyxl for b2 (Uyghur
line above the Chinese inside each label cell, split value columns); python-docx → LibreOffice PDF for b3 (Korean
beside the Chinese, font Noto Serif CJK SC which holds Hangul); a portal page written by hand for b4 (Tibetan above
Chinese, `<br>`); an Excel "Unicode text" export for b5 (UTF-16LE with BOM, TAB, CRLF, quoted multi-line cells).
LibreOffice runs one conversion at a time with profile /tmp/lo_heldout14b. Intermediate files go to
/tmp/heldout14b_build. Nothing from the jixiao project is imported.
Run: .venv/bin/python samples/heldout14b/make.py [STEM ...]"""
import csv, hashlib, html, io, json, os, re, shutil, subprocess, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kit import clean
from golds import *

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "drafts")
EXPECTED = os.path.join(HERE, "expected")
TMP = "/tmp/heldout14b_build"
LO_PROFILE = "file:///tmp/lo_heldout14b"


def money(v):
    return f"{v:.2f}"


def spans(inds, key_fn):
    out, i = [], 0
    while i < len(inds):
        j = i
        while j + 1 < len(inds) and key_fn(inds[j + 1]) == key_fn(inds[i]):
            j += 1
        out.append((i, j - i + 1))
        i = j + 1
    return out


L1KEY = lambda d: d["level1"]
L2KEY = lambda d: (d["level1"], d["level2"])


def soffice(src, fmt, outdir):
    r = subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", fmt,
                        "--outdir", outdir, src], capture_output=True, text=True, timeout=240)
    out = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + "." + fmt.split(":")[0])
    if not os.path.exists(out):
        raise RuntimeError(f"soffice failed for {src}: {r.stdout} {r.stderr}")
    return out


def pdfium_texts(path):
    import pypdfium2 as pdfium
    d = pdfium.PdfDocument(path)
    return [d[i].get_textpage().get_text_range() for i in range(len(d))]


# =============================================================== Word helpers (b1, b3, b6)
from docx import Document
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

CJK = "Noto Serif CJK SC"


def new_doc(font="宋体", size=10.5, landscape=False):
    docu = Document()
    st = docu.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.paragraph_format.space_after = Pt(0)
    for s in docu.sections:
        s.page_height, s.page_width = Cm(29.7), Cm(21.0)
        s.top_margin = s.bottom_margin = Cm(1.8)
        s.left_margin = s.right_margin = Cm(1.8)
    return docu


def run_font(r, font, size=None, bold=False):
    r.font.name = font
    rpr = r._element.get_or_add_rPr()
    rpr.rFonts.set(qn("w:eastAsia"), font)
    rpr.rFonts.set(qn("w:cs"), font)
    if size:
        r.font.size = Pt(size)
    r.bold = bold


def para(docu, text, size=None, bold=False, center=False, font=None):
    p = docu.add_paragraph()
    r = p.add_run(text)
    if font or size or bold:
        run_font(r, font or docu.styles["Normal"].font.name, size, bold)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def page_break(docu):
    docu.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def cell(t, r, c0, c1=None, paras=("",), r1=None, center=False, fonts=None, size=None):
    """paras: the paragraphs of the cell; fonts: a font per paragraph (None = Normal)."""
    c = t.cell(r, c0)
    c1 = c0 if c1 is None else c1
    if c1 != c0 or (r1 is not None and r1 != r):
        c = c.merge(t.cell(r1 if r1 is not None else r, c1))
    for p in c.paragraphs[1:]:
        p._element.getparent().remove(p._element)
    first = c.paragraphs[0]
    for k, txt in enumerate(paras):
        p = first if k == 0 else c.add_paragraph()
        for run in list(p.runs):
            run._element.getparent().remove(run._element)
        run = p.add_run(txt)
        f = (fonts or [None] * len(paras))[k]
        if f:
            run_font(run, f, size)
        elif size:
            run.font.size = Pt(size)
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


def indicator_rows(t, r0, inds, level_paras, cols, center=True, fonts=None, size=None):
    """一级/二级 merged down (columns 0/1); level_paras(name) → the paragraphs printed in a level cell; cols(x) →
    the cells after 二级."""
    for col, key in ((0, L1KEY), (1, L2KEY)):
        for start, n in spans(inds, key):
            x = inds[start]
            name = x["level1"] if col == 0 else x["level2"]
            pp = level_paras(name)
            cell(t, r0 + start, col, paras=pp, r1=r0 + start + n - 1, center=True,
                 fonts=(fonts or (lambda q: None))(pp), size=size)
    for j, x in enumerate(inds):
        for k, v in enumerate(cols(x), 2):
            cell(t, r0 + j, k, paras=(v,), center=center and k != 2, size=size)


# =============================================================== b1 .docx, Mongolian paragraph above each Chinese label
MFONT = "Mongolian Baiti"


def d_b1(g, path):
    docu = new_doc()
    bi = lambda zh: (MN[zh], zh)
    bif = lambda pp: [MFONT, None] if len(pp) == 2 else None
    for k, (p, facts) in enumerate(zip(g["projects"], B1_P)):
        if k:
            page_break(docu)
        para(docu, MN["title"], 12, center=True, font=MFONT)
        para(docu, T1, 16, bold=True, center=True)
        para(docu, f"{MN['部门名称']} ᠄ {D1}    {MN['部门编码']} ᠄ {C1}    {MN['单位：万元']}", 9, font=MFONT)
        para(docu, f"部门名称：{D1}　　部门编码：{C1}　　单位：万元", 10.5)
        src = facts[7]
        t = docu.add_table(rows=8, cols=4)
        t.style = "Table Grid"
        L = lambda r, c, zh: cell(t, r, c, paras=bi(zh), center=True, fonts=[MFONT, None], size=9.5)
        V = lambda r, c0, c1, v: cell(t, r, c0, c1, paras=(v,) if isinstance(v, str) else v, size=9.5)
        L(0, 0, "项目名称"); V(0, 1, 1, p["name"]); L(0, 2, "项目编码"); V(0, 3, 3, p["code"])
        L(1, 0, "主管部门"); V(1, 1, 1, D1); L(1, 2, "实施单位"); V(1, 3, 3, p["implementing_unit"])
        L(2, 0, "实施期"); V(2, 1, 3, p["implementation_period"])
        L(3, 0, "年度资金总额"); V(3, 1, 1, money(p["budget_total"])); L(3, 2, "其中：财政拨款"); V(3, 3, 3, money(p["budget_fiscal"]))
        L(4, 0, "中央补助"); V(4, 1, 1, money(src[0])); L(4, 2, "自治区本级"); V(4, 3, 3, money(src[1]))
        L(5, 0, "盟市配套"); V(5, 1, 1, money(src[2])); L(5, 2, "旗县（市区）本级"); V(5, 3, 3, money(src[3]))
        L(6, 0, "其他资金"); V(6, 1, 3, money(p["budget_other"]))
        L(7, 0, "年度绩效目标"); V(7, 1, 3, [f"{i}.{x}" for i, x in enumerate(p["goals"], 1)])
        widths(t, [3.4, 5.6, 3.4, 5.0])
        docu.add_paragraph()
        inds = p["indicators"]
        t2 = docu.add_table(rows=1 + len(inds), cols=5)
        t2.style = "Table Grid"
        for c, h in enumerate(["一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据"]):
            cell(t2, 0, c, paras=bi(h), center=True, fonts=[MFONT, None], size=9.5)
        indicator_rows(t2, 1, inds, bi, lambda x: (x["level3"], x["value_raw"], x["basis"]), fonts=bif, size=9.5)
        widths(t2, [3.0, 3.6, 5.2, 3.0, 2.6])
    docu.core_properties.title = T1
    docu.core_properties.author = "锡林浩特市农牧和科技局财务室"
    docu.save(path)


# =============================================================== b2 .xlsx, Uyghur line above Chinese in one cell
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
MID = Alignment(horizontal="center", vertical="center", wrap_text=True)
LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)


def put(ws, r, c0, c1, v, align=MID, bold=False, fmt=None, r1=None, size=10, border=True):
    r1 = r1 or r
    if c1 > c0 or r1 > r:
        ws.merge_cells(start_row=r, start_column=c0, end_row=r1, end_column=c1)
    c = ws.cell(r, c0, v)
    c.alignment, c.font = align, Font(name="UKIJ Tuz Tom" if isinstance(v, str) and re.search("[\u0600-\u06ff]", v)
                                      else "宋体", size=size, bold=bold)
    if fmt:
        c.number_format = fmt
    if border:
        for rr in range(r, r1 + 1):
            for k in range(c0, c1 + 1):
                ws.cell(rr, k).border = BOX
    return c


def d_b2(g, path):
    wb = Workbook()
    wb.remove(wb.active)
    ub = lambda zh, pre="": f"{UG[zh]}\n{pre or zh}"
    for p, facts in zip(g["projects"], B2_P):
        ws = wb.create_sheet(p["_sheet"])
        ws.sheet_view.rightToLeft = False
        for col, w in zip("ABCDEFGH", [13, 15, 26, 12, 12, 12, 12, 14]):
            ws.column_dimensions[col].width = w
        put(ws, 1, 1, 8, f"{UG['title']}\n{T2}", bold=True, size=14, border=False)
        ws.row_dimensions[1].height = 48
        put(ws, 2, 1, 3, f"{UG['部门名称']}：\n部门名称：{D2}", LEFT, border=False)
        put(ws, 2, 4, 6, f"{UG['部门编码']}：\n部门编码：{C2}", LEFT, border=False)
        put(ws, 2, 7, 8, f"{UG['单位：万元']}\n单位：万元", LEFT, border=False)
        ws.row_dimensions[2].height = 32
        put(ws, 3, 1, 1, ub("项目名称")); put(ws, 3, 2, 4, p["name"], LEFT)
        put(ws, 3, 5, 5, ub("项目编码")); put(ws, 3, 6, 8, p["code"], LEFT)
        put(ws, 4, 1, 1, ub("主管部门")); put(ws, 4, 2, 4, D2, LEFT)
        put(ws, 4, 5, 5, ub("实施单位")); put(ws, 4, 6, 8, p["implementing_unit"], LEFT)
        put(ws, 5, 1, 1, ub("实施期")); put(ws, 5, 2, 8, p["implementation_period"], LEFT)
        put(ws, 6, 1, 1, ub("资金来源（万元）"), r1=7)
        heads = ["资金总额"] + B2_SOURCES + ["其他资金"]
        vals = [p["budget_total"]] + list(facts[5]) + [p["budget_other"]]
        for k, (h, v) in enumerate(zip(heads, vals)):
            c1 = 8 if h == "其他资金" else 2 + k
            put(ws, 6, 2 + k, c1, ub(h))
            put(ws, 7, 2 + k, c1, v, fmt="#,##0.00")
        put(ws, 8, 1, 1, ub("年度绩效目标"))
        put(ws, 8, 2, 8, "\n".join(f"{i}.{x}" for i, x in enumerate(p["goals"], 1)), LEFT)
        ws.row_dimensions[8].height = 36
        for c, h in enumerate(["一级指标", "二级指标", "三级指标", "指标类型", "指标方向", "目标值", "计量单位",
                               "指标值设定依据"], 1):
            put(ws, 9, c, c, ub(h), bold=True)
        for r in range(1, 10):
            if ws.row_dimensions[r].height is None:
                ws.row_dimensions[r].height = 32
        inds = p["indicators"]
        for col, key in ((1, L1KEY), (2, L2KEY)):
            for start, n in spans(inds, key):
                x = inds[start]
                put(ws, 10 + start, col, col, x["level1"] if col == 1 else x["level2"], r1=10 + start + n - 1)
        for j, x in enumerate(inds):
            r = 10 + j
            put(ws, r, 3, 3, x["level3"], LEFT)
            put(ws, r, 4, 4, x["indicator_type"])
            put(ws, r, 5, 5, x["direction"])
            v = x["value_raw"]
            put(ws, r, 6, 6, num(float(v)) if x["indicator_type"] == "定量" else v)
            put(ws, r, 7, 7, x["printed_unit"])
            put(ws, r, 8, 8, x["basis"])
        ws.freeze_panes = "A10"
    wb.active = 0
    wb.properties.creator = "阿克苏市农业农村局"
    wb.save(path)


# =============================================================== b3 .docx → LibreOffice PDF, Korean BESIDE the Chinese
def d_b3(g, src):
    docu = new_doc(CJK, 10)
    kb = lambda zh: f"{KO[zh]} {zh}"
    for k, p in enumerate(g["projects"]):
        if k:
            page_break(docu)
        para(docu, f"{D3_KO} {KO['title']}", 13, bold=True, center=True)
        para(docu, T3, 16, bold=True, center=True)
        para(docu, f"{KO['部门名称']} 部门名称：{D3_KO} {D3}　{KO['部门编码']} 部门编码：{C3}　{KO['单位：万元']} 单位：万元", 9)
        t = docu.add_table(rows=7, cols=4)
        t.style = "Table Grid"
        L = lambda r, c, zh, **kw: cell(t, r, c, paras=(kb(zh),), center=True, size=9, **kw)
        V = lambda r, c0, c1, pp: cell(t, r, c0, c1, paras=pp, size=9)
        L(0, 0, "项目名称"); V(0, 1, 1, (p["name"],)); L(0, 2, "项目编码"); V(0, 3, 3, (p["code"],))
        L(1, 0, "主管部门"); V(1, 1, 1, (D3_KO, D3)); L(1, 2, "实施单位"); V(1, 3, 3, (p["_iu_ko"], p["implementing_unit"]))
        L(2, 0, "项目资金（万元）", r1=4)
        L(2, 1, "年度资金总额"); V(2, 2, 3, (money(p["budget_total"]),))
        L(3, 1, "其中：财政拨款"); V(3, 2, 3, (money(p["budget_fiscal"]),))
        L(4, 1, "其他资金"); V(4, 2, 3, (money(p["budget_other"]),))
        L(5, 0, "年度绩效目标"); V(5, 1, 3, tuple(f"{i}.{x}" for i, x in enumerate(p["goals"], 1)))
        L(6, 0, "绩效指标"); V(6, 1, 3, ("",))
        widths(t, [3.6, 5.0, 3.6, 5.2])
        inds = p["indicators"]
        t2 = docu.add_table(rows=1 + len(inds), cols=5)
        t2.style = "Table Grid"
        for c, h in enumerate(["一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据"]):
            cell(t2, 0, c, paras=(KO[h], h), center=True, size=9)
        indicator_rows(t2, 1, inds, lambda n: (KO[n], n), lambda x: (x["level3"], x["value_raw"], x["basis"]), size=9)
        widths(t2, [2.8, 3.6, 5.2, 3.0, 2.8])
    docu.core_properties.title = T3
    docu.save(src)


# =============================================================== b4 portal page, Tibetan above Chinese
def d_b4(g, path):
    e = html.escape
    bo = lambda zh: f'<span class="bo">{BO[zh]}</span><br>{e(zh)}'
    out = ["<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(B4_HEADLINE)}-昌都市卡若区人民政府</title>",
           '<meta name="ArticleTitle" content="%s">' % e(B4_HEADLINE),
           '<meta name="ColumnName" content="财政预决算">',
           "<style>body{font-family:'Microsoft Himalaya','宋体',serif}.bo{font-family:'Microsoft Himalaya',"
           "'Noto Serif Tibetan';font-size:16px}table.gk{border-collapse:collapse;width:100%}"
           ".gk td{border:1px solid #333;padding:3px 5px;text-align:center}.gk td.l{text-align:left}"
           ".bt{text-align:center;font-weight:bold;font-size:18px}</style>",
           "</head>", "<body>",
           '<div class="top"><div class="site">',
           f'<div class="bo sitename">{BO["site"]}</div>', "<div>昌都市卡若区人民政府</div></div>",
           '<ul class="nav"><li><a href="/">ཁྱིམ་ངོས། 首页</a></li><li><a href="/zwgk/">སྲིད་དོན་སྤེལ་བ། 政务公开</a></li>'
           '<li><a href="/zwgk/czyjs/">དཔལ་འབྱོར་སྔོན་རྩིས། 财政预决算</a></li><li><a href="/hdjl/">ཕན་ཚུན་འབྲེལ་གཏུགས། 互动交流</a></li></ul>',
           "</div>",
           '<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 财政预决算</div>',
           '<div class="article">',
           f'<h2 class="bo">{BO["headline"]}</h2>', f"<h1>{e(B4_HEADLINE)}</h1>",
           '<div class="info">发布时间：2024-02-06　来源：卡若区卫生健康委员会　浏览次数：<span id="hits">312</span></div>',
           f"<p>根据预算公开工作要求，现将我委2024年{len(g['projects'])}个项目的支出绩效目标公开如下。</p>"]
    cn = "一二三四五"
    for k, p in enumerate(g["projects"]):
        f = B4_P[k]
        out.append(f"<p><strong>{cn[k]}、{e(p['name'])}</strong></p>")
        out.append(f'<p class="bt"><span class="bo">{BO["title"]}</span><br>{T4}</p>')
        out.append('<p style="text-align:right">单位：万元</p>')
        out.append('<table class="gk">')
        out.append(f'<tr><td>{bo("项目名称")}</td><td class="l" colspan="5">{e(p["name"])}</td></tr>')
        out.append(f'<tr><td>{bo("主管部门")}</td><td class="l">{e(D4)}</td><td>{bo("部门编码")}</td><td>{C4}</td>'
                   f'<td>{bo("实施单位")}</td><td class="l">{e(p["implementing_unit"])}</td></tr>')
        out.append(f'<tr><td rowspan="4">{bo("项目资金（万元）")}</td><td colspan="2">{bo("年度资金总额")}</td>'
                   f'<td colspan="3">{money(p["budget_total"])}</td></tr>')
        out.append(f'<tr><td colspan="2">{bo("其中：财政拨款")}</td><td colspan="3">{money(p["budget_fiscal"])}</td></tr>')
        out.append(f'<tr><td colspan="2">{bo("其他资金")}</td><td colspan="3">{money(p["budget_other"])}</td></tr>')
        out.append(f'<tr><td colspan="2">{bo("其中：援藏资金")}</td><td colspan="3">{money(f[5])}</td></tr>')
        goals = "<br>".join(f"{i}.{e(x)}" for i, x in enumerate(p["goals"], 1))
        out.append(f'<tr><td>{bo("年度绩效目标")}</td><td class="l" colspan="5">{goals}</td></tr>')
        out.append(f'<tr><td>{bo("一级指标")}</td><td>{bo("二级指标")}</td><td colspan="2">{bo("三级指标")}</td>'
                   f'<td>{bo("指标值")}</td><td>{bo("指标值设定依据")}</td></tr>')
        inds = p["indicators"]
        s1 = dict(spans(inds, L1KEY)); s2 = dict(spans(inds, L2KEY))
        for j, x in enumerate(inds):
            tds = []
            if j in s1:
                tds.append(f'<td rowspan="{s1[j]}">{x["level1"]}</td>')
            if j in s2:
                tds.append(f'<td rowspan="{s2[j]}">{x["level2"]}</td>')
            tds += [f'<td class="l" colspan="2">{e(x["level3"])}</td>', f"<td>{e(x['value_raw'])}</td>",
                    f"<td>{e(x['basis'])}</td>"]
            out.append("<tr>" + "".join(tds) + "</tr>")
        out.append("</table>")
    out += ["</div>", '<div class="share">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>',
            '<div class="foot">主办：昌都市卡若区人民政府办公室　藏ICP备05000123号<br>'
            '<span class="bo">ཆབ་མདོ་གྲོང་ཁྱེར་མཁར་རོ་ཆུས་མི་དམངས་སྲིད་གཞུང་གི་ལས་ཁང་།</span></div>',
            '<script>document.getElementById("hits").innerText="313";</script>', "</body>", "</html>"]
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out) + "\n")


# =============================================================== b5 Excel "Unicode text" (UTF-16LE, TAB, quoted cells)
def d_b5(g, path):
    W = 5
    mb = lambda zh, rest=None: f"{MN5[zh]}\n{rest or zh}"
    grid = []
    for k, p in enumerate(g["projects"]):
        if k:
            grid += [[""] * W, [""] * W]
        grid.append([mb("title", T5)] + [""] * 4)
        grid.append([mb("部门名称", f"部门名称：{D5}"), "", "", mb("部门编码", f"部门编码：{C5}"), mb("单位：万元")])
        grid.append([mb("项目名称"), p["name"], "", mb("项目编码"), p["code"]])
        grid.append([mb("主管部门"), D5, "", mb("实施单位"), p["implementing_unit"]])
        grid.append([mb("年度资金总额"), money(p["budget_total"]), "", mb("其中：当年财政拨款"), money(p["budget_fiscal"])])
        grid.append([mb("上年结转资金"), money(p["budget_carryover"]), "", mb("其他资金"), money(p["budget_other"])])
        grid.append([mb("年度绩效目标"), "\n".join(f"{i}.{x}" for i, x in enumerate(p["goals"], 1)), "", "", ""])
        grid.append([mb(h) for h in ["一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据"]])
        inds = p["indicators"]
        s1 = dict(spans(inds, L1KEY)); s2 = dict(spans(inds, L2KEY))
        for j, x in enumerate(inds):
            grid.append([x["level1"] if j in s1 else "", x["level2"] if j in s2 else "", x["level3"],
                         x["value_raw"], x["basis"]])
    buf = io.StringIO(newline="")
    w = csv.writer(buf, delimiter="\t", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    for row in grid:
        w.writerow(row)
    with open(path, "wb") as fh:
        fh.write(b"\xff\xfe" + buf.getvalue().encode("utf-16-le"))


# =============================================================== b6 .docx, Guangxi 财政支出绩效目标申报表, Zhuang lines
def d_b6(g, path):
    docu = new_doc()
    for k, (p, f) in enumerate(zip(g["projects"], B6_P)):
        if k:
            page_break(docu)
        para(docu, ZA["title"], 11, center=True, font="Times New Roman")
        para(docu, T6, 18, bold=True, center=True)
        para(docu, "（2025年度）", 11, center=True)
        para(docu, f"填报单位：{D6}（盖章）", 10.5)
        para(docu, ZA["dept"], 9, font="Times New Roman")
        inds = p["indicators"]
        t = docu.add_table(rows=11 + len(inds), cols=6)
        t.style = "Table Grid"
        V = lambda r, c0, c1, *pp, **kw: cell(t, r, c0, c1, paras=pp, size=9.5, **kw)
        V(0, 0, 0, "项目名称", center=True); V(0, 1, 5, p["name"])
        V(1, 0, 0, "主管部门编码", center=True); V(1, 1, 1, C6); V(1, 2, 2, "主管部门名称", center=True); V(1, 3, 5, D6)
        V(2, 0, 0, "项目实施单位", center=True); V(2, 1, 1, p["implementing_unit"]); V(2, 2, 2, "项目负责人", center=True)
        V(2, 3, 3, f[2]); V(2, 4, 4, "联系电话", center=True); V(2, 5, 5, f[3])
        V(3, 0, 0, "项目起止时间(如20190101)", center=True); V(3, 1, 1, f[4]); V(3, 2, 2, "到", center=True); V(3, 3, 5, f[5])
        cell(t, 4, 0, paras=("项目资金申请(万元)",), r1=8, center=True, size=9.5)
        for r, (lab, v) in enumerate([("资金总额：", f[6]), ("一般公共预算拨款：", f[7]), ("政府性基金预算拨款：", f[8]),
                                      ("国有资本经营预算拨款：", f[9]), ("其他资金：", f[10])], 4):
            V(r, 1, 2, lab); V(r, 3, 5, money(v))
        V(9, 0, 0, "年度绩效目标", center=True); V(9, 1, 5, *[f"{i}.{x}" for i, x in enumerate(p["goals"], 1)])
        for c, h in enumerate(["一级指标", "二级指标", "三级指标", "分值", "指标值", "指标值设定依据"]):
            V(10, c, c, h, center=True)
        for col, key in ((0, L1KEY), (1, L2KEY)):
            for start, n in spans(inds, key):
                x = inds[start]
                cell(t, 11 + start, col, paras=(x["level1"] if col == 0 else x["level2"],), r1=11 + start + n - 1,
                     center=True, size=9.5)
        for j, x in enumerate(inds):
            for c, v in enumerate([x["level3"], str(x["weight"]), x["value_raw"], x["basis"]], 2):
                V(11 + j, c, c, v, center=c != 2)
        widths(t, [3.0, 3.0, 4.0, 1.6, 2.8, 3.0])
    docu.core_properties.title = T6
    docu.save(path)


# =============================================================== driver
def build(stem, g):
    ext = {"b1": "docx", "b2": "xlsx", "b3": "pdf", "b4": "html", "b5": "txt", "b6": "docx"}[stem[:2]]
    out = os.path.join(OUT, stem + "." + ext)
    if stem.startswith("b1"):
        d_b1(g, out); return out, "docx", None
    if stem.startswith("b2"):
        d_b2(g, out); return out, "xlsx", None
    if stem.startswith("b3"):
        src = os.path.join(TMP, stem + ".docx"); d_b3(g, src)
        pdf = soffice(src, "pdf", TMP)
        shutil.copy(pdf, out)
        n = len(pdfium_texts(out))
        print(f"  b3 (LibreOffice): {n} pages")
        return out, "pdf", n
    if stem.startswith("b4"):
        d_b4(g, out); return out, "html", None
    if stem.startswith("b5"):
        d_b5(g, out); return out, "text", None
    if stem.startswith("b6"):
        d_b6(g, out); return out, "docx", None
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
