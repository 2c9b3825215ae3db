#!/usr/bin/env python3
"""Render the blind documents of heldout11b FROM the hand-typed golds in golds.py and write the golds (and y6's
refusal line). Theme: FILES AS OTHER TOOLS MAKE THEM. Headless Chromium (`--print-to-pdf`, its own header and
footer) for y1 (a government web page); the reportlab canvas with every glyph drawn on its own, spaced-out labels
and overstruck bold, as a printer driver writes them, for y2; python-docx → LibreOffice headless as tagged PDF/A-2b
(dashed inner rules, double outer rules) for y3; openpyxl for y4 (one long form over two sheets, header rows
repeated); python-docx + lxml for y5 (title blocks in DrawingML text boxes with a VML fallback); openpyxl →
LibreOffice Calc → PDF for y6 (negative: a mid-year monitoring table). LibreOffice runs one conversion at a time
with profile /tmp/lo_heldout11b; Chromium with profile /tmp/heldout11b_build/chrome. Intermediate files go to
/tmp/heldout11b_build. Nothing from the jixiao project is imported.
Run: .venv/bin/python samples/heldout11b/make.py [STEM ...]"""
import hashlib, html, json, os, re, shutil, subprocess, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kit import clean
from golds import *

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "drafts")
EXPECTED = os.path.join(HERE, "expected")
TMP = "/tmp/heldout11b_build"
LO_PROFILE = "file:///tmp/lo_heldout11b"
CHROME_PROFILE = os.path.join(TMP, "chrome")
F = "STSong-Light"


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


# =============================================================== y1 a government web page, printed by headless Chromium
Y1_CSS = """
body { font-family: "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; font-size: 12px; color: #222; margin: 0; }
.top { background: #b71c1c; color: #fff; padding: 10px 16px; font-size: 20px; font-weight: bold; }
.nav { background: #f3f3f3; border-bottom: 2px solid #b71c1c; padding: 6px 16px; font-size: 13px; }
.nav span { margin-right: 22px; }
.crumb { padding: 8px 16px; color: #666; font-size: 12px; }
.article { padding: 0 16px; }
h1 { font-size: 20px; text-align: center; margin: 10px 0 6px; }
.info { text-align: center; color: #888; font-size: 12px; border-bottom: 1px dashed #ccc; padding-bottom: 8px; margin-bottom: 10px; }
h3 { font-size: 16px; text-align: center; margin: 18px 0 4px; }
.sub { display: flex; justify-content: space-between; font-size: 12px; margin: 2px 0 4px; }
table { border-collapse: collapse; width: 100%; margin-bottom: 8px; }
td, th { border: 1px solid #7a7a7a; padding: 5px 6px; font-size: 12px; vertical-align: middle; }
th { background: #e8eef7; font-weight: bold; }
td.k { background: #f5f5f5; width: 16%; text-align: center; }
td.c { text-align: center; }
thead { display: table-header-group; }
h3, .sub { break-after: avoid; }
ol { margin: 0; padding-left: 22px; }
.intro { text-indent: 2em; line-height: 1.9; font-size: 14px; margin: 6px 0 4px; }
.foot { margin-top: 18px; border-top: 2px solid #b71c1c; padding: 10px 16px; color: #666; font-size: 12px; text-align: center; }
.share { text-align: right; color: #999; padding: 4px 16px; }
"""


def y1_html(g):
    e = html.escape
    out = [f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{e(Y1_PAGE_TITLE)}</title>',
           f"<style>{Y1_CSS}</style></head><body>",
           '<div class="top">太原市小店区人民政府</div>',
           '<div class="nav"><span>首页</span><span>政务公开</span><span>政府信息公开</span><span>政务服务</span>'
           '<span>互动交流</span><span>走进小店</span></div>',
           '<div class="crumb">当前位置：首页 &gt; 政府信息公开 &gt; 财政预决算 &gt; 部门预算</div>',
           '<div class="article">',
           f"<h1>{e(Y1_HEADLINE)}</h1>",
           f'<div class="info">发布时间：2024-02-06　　来源：{e(D1)}　　浏览次数：1386　　【字体：大 中 小】</div>',
           f'<p class="intro">{e(Y1_INTRO)}</p>']
    for p in g["projects"]:
        out.append(f'<h3>{e(p["title"])}</h3>')
        out.append(f'<div class="sub"><span>部门编码：{e(p["department_code"])}</span><span>单位：万元</span></div>')
        goals = "".join(f"<li>{e(x)}</li>" for x in p["goals"])
        out.append('<table class="kv"><tbody>'
                   f'<tr><td class="k">项目名称</td><td>{e(p["name"])}</td><td class="k">项目编码</td><td>{e(p["code"])}</td></tr>'
                   f'<tr><td class="k">主管部门</td><td>{e(p["department"])}</td><td class="k">实施单位</td><td>{e(p["implementing_unit"])}</td></tr>'
                   f'<tr><td class="k">年度资金总额</td><td class="c">{money(p["budget_total"])}</td>'
                   f'<td class="k">其中：财政拨款</td><td class="c">{money(p["budget_fiscal"])}</td></tr>'
                   f'<tr><td class="k">其他资金</td><td class="c" colspan="3">{money(p["budget_other"])}</td></tr>'
                   f'<tr><td class="k">年度目标</td><td colspan="3"><ol>{goals}</ol></td></tr>'
                   "</tbody></table>")
        inds = p["indicators"]
        body = []
        l1 = dict(spans(inds, lambda d: d["level1"]))
        l2 = dict(spans(inds, lambda d: (d["level1"], d["level2"])))
        for i, x in enumerate(inds):
            tds = []
            if i in l1:
                tds.append(f'<td class="c" rowspan="{l1[i]}">{e(x["level1"])}</td>')
            if i in l2:
                tds.append(f'<td class="c" rowspan="{l2[i]}">{e(x["level2"])}</td>')
            tds += [f"<td>{e(x['level3'])}</td>", f'<td class="c">{e(x["value_raw"])}</td>',
                    f'<td class="c">{e(x["basis"])}</td>']
            body.append("<tr>" + "".join(tds) + "</tr>")
        out.append('<table class="ind"><thead><tr><th style="width:13%">一级指标</th><th style="width:17%">二级指标</th>'
                   '<th>三级指标</th><th style="width:17%">指标值</th><th style="width:15%">指标值设定依据</th></tr></thead>'
                   "<tbody>" + "".join(body) + "</tbody></table>")
    out += ["</div>", '<div class="share">分享到：微信 微博　　【打印本页】【关闭窗口】</div>',
            '<div class="foot">主办：太原市小店区人民政府办公室　　承办：太原市小店区大数据服务中心<br>'
            "网站标识码：1401050099　　联系电话：0351-70XXXXX</div></body></html>"]
    return "\n".join(out)


def d_y1(g, path):
    d = os.path.join(TMP, "xxgk", "czyjs", "bmys")
    os.makedirs(d, exist_ok=True)
    src = os.path.join(d, "t20240206_4417.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(y1_html(g))
    tmp_pdf = os.path.join(TMP, "y1.pdf")
    if os.path.exists(tmp_pdf):
        os.remove(tmp_pdf)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={CHROME_PROFILE}",
                    "--lang=zh-CN", f"--print-to-pdf={tmp_pdf}", "file://" + src],
                   capture_output=True, text=True, timeout=120)
    if not os.path.exists(tmp_pdf):
        raise RuntimeError("chromium did not print y1")
    shutil.copy(tmp_pdf, path)
    return src


def y1_layout(pdf, g):
    """(pages, project seqs whose indicator rows run onto a second page under the repeated <thead>)."""
    pt = [norm(t) for t in pdfium_texts(pdf)]
    head = "一级指标二级指标三级指标指标值指标值设定依据"
    cont = []
    for p in g["projects"]:
        where = sorted({min(n for n, t in enumerate(pt) if norm(x["level3"] + x["value_raw"] + x["basis"]) in t)
                        for x in p["indicators"]})
        if len(where) > 1 and all(head in pt[n] for n in where):
            cont.append(p["seq"])
    return len(pt), cont


# =============================================================== y2 a printer-driver PDF: one glyph per text object
FS2, LEAD2, PAD2 = 9.5, 12.5, 4.0


def rl_setup():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    pdfmetrics.registerFont(UnicodeCIDFont(F))


def gw(ch, size):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    return stringWidth(ch, F, size)


def wrap(text, width, size):
    lines, cur, w = [], "", 0.0
    for ch in text:
        cw = gw(ch, size)
        if cur and w + cw > width:
            lines.append(cur)
            cur, w = ch, cw
        else:
            cur, w = cur + ch, w + cw
    return lines + [cur] if cur else lines or [""]


def cell(r, c, text, role="text", rs=1, cs=1):
    """role: label (spaced out over the cell width, overstruck bold) — val (centred) — text (left)."""
    return {"r": r, "c": c, "rs": rs, "cs": cs, "text": text or "", "role": role}


def grid_layout(colw, cells, min_h=20):
    n = max(x["r"] + x["rs"] for x in cells)
    h = [min_h] * n
    for x in cells:
        x["w"] = sum(colw[x["c"]:x["c"] + x["cs"]])
        x["lines"] = [x["text"]] if x["role"] == "label" else wrap(x["text"], x["w"] - 2 * PAD2, FS2)
        need = len(x["lines"]) * LEAD2 + 2 * PAD2 + 2
        if x["rs"] == 1:
            h[x["r"]] = max(h[x["r"]], need)
    for x in cells:
        if x["rs"] > 1:
            have = sum(h[x["r"]:x["r"] + x["rs"]])
            need = len(x["lines"]) * LEAD2 + 2 * PAD2 + 2
            if have < need:
                for k in range(x["r"], x["r"] + x["rs"]):
                    h[k] += (need - have) / x["rs"]
    return h


class Driver:
    """Collects what a GDI printer driver would emit: rules first, then the bold (overstruck) glyphs, then the
    normal glyphs — each glyph its own text object at an absolute position."""

    def __init__(self):
        self.rules, self.bold, self.plain = [], [], []

    def glyphs(self, text, x, y, size, spacing=0.0, bold=False):
        for ch in text:
            if ch.strip():
                (self.bold if bold else self.plain).append((ch, x, y, size))
            x += gw(ch, size) + spacing
        return x

    def spread(self, text, cx, w, y, size, bold=True):
        """distributed alignment: first glyph at the left padding, last at the right padding, equal gaps."""
        ws = [gw(ch, size) for ch in text]
        gap = (w - 2 * PAD2 - 4 - sum(ws)) / max(1, len(text) - 1)
        if len(text) == 1:
            return self.glyphs(text, cx + (w - ws[0]) / 2, y, size, bold=bold)
        return self.glyphs(text, cx + PAD2 + 2, y, size, spacing=gap, bold=bold)

    def grid(self, x0, ytop, colw, cells):
        h = grid_layout(colw, cells)
        for x in cells:
            cx = x0 + sum(colw[:x["c"]])
            top = ytop - sum(h[:x["r"]])
            hh = sum(h[x["r"]:x["r"] + x["rs"]])
            self.rules.append((cx, top - hh, x["w"], hh))
            n = len(x["lines"])
            first = top - hh + hh / 2 + (n * LEAD2) / 2 - LEAD2 + (LEAD2 - FS2) / 2 + 1.2
            for k, s in enumerate(x["lines"]):
                y = first - k * LEAD2
                if x["role"] == "label":
                    self.spread(s, cx, x["w"], y, FS2)
                elif x["role"] == "val":
                    self.glyphs(s, cx + (x["w"] - sum(gw(c, FS2) for c in s)) / 2, y, FS2)
                else:
                    self.glyphs(s, cx + PAD2, y, FS2)
        return ytop - sum(h)

    def emit(self, canv):
        canv.setLineWidth(0.5)
        for (x, y, w, h) in self.rules:
            canv.rect(x, y, w, h, stroke=1, fill=0)
        for ch, x, y, size in self.bold:          # overstrike: the same glyph twice, 0.35 pt apart
            canv.setFont(F, size)
            canv.drawString(x, y, ch)
            canv.drawString(x + 0.35, y, ch)
        for ch, x, y, size in self.plain:
            canv.setFont(F, size)
            canv.drawString(x, y, ch)


def y2_page(canv, p):
    from reportlab.lib.pagesizes import A4
    W, H = A4
    x0 = 48
    dv = Driver()
    title = p["title"]
    size, sp = 16, 7.0
    tw = sum(gw(c, size) for c in title) + sp * (len(title) - 1)
    dv.glyphs(title, (W - tw) / 2, H - 66, size, spacing=sp, bold=True)
    dv.glyphs(f"填报单位（盖章）：{p['department']}", x0, H - 92, 10)
    right = f"部门编码：{p['department_code']}　　单位：万元"
    dv.glyphs(right, W - x0 - sum(gw(c, 10) for c in right), H - 92, 10)
    kv = [cell(0, 0, "项目名称", "label"), cell(0, 1, p["name"]), cell(0, 2, "项目编码", "label"), cell(0, 3, p["code"]),
          cell(1, 0, "主管部门", "label"), cell(1, 1, p["department"]), cell(1, 2, "实施单位", "label"),
          cell(1, 3, p["implementing_unit"]),
          cell(2, 0, "年度资金总额", "label"), cell(2, 1, money(p["budget_total"]), "val"),
          cell(2, 2, "其中：财政拨款", "label"), cell(2, 3, money(p["budget_fiscal"]), "val"),
          cell(3, 0, "其他资金", "label"), cell(3, 1, money(p["budget_other"]), "val", cs=3),
          cell(4, 0, "年度目标", "label"), cell(4, 1, goal_text(p["goals"]), cs=3)]
    y = dv.grid(x0, H - 100, [86, 166, 86, 161], kv)
    inds = p["indicators"]
    cells = [cell(0, c, h, "label") for c, h in enumerate(["一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据"])]
    for start, n in spans(inds, lambda d: d["level1"]):
        cells.append(cell(1 + start, 0, inds[start]["level1"], "val", rs=n))
    for start, n in spans(inds, lambda d: (d["level1"], d["level2"])):
        cells.append(cell(1 + start, 1, inds[start]["level2"], "val", rs=n))
    for i, x in enumerate(inds):
        cells += [cell(1 + i, 2, x["level3"]), cell(1 + i, 3, x["value_raw"], "val"), cell(1 + i, 4, x["basis"], "val")]
    y = dv.grid(x0, y - 12, [70, 104, 150, 95, 80], cells)
    dv.glyphs(Y2_SIGNER, x0, y - 24, 10)
    assert y - 24 > 40, p["name"]
    dv.emit(canv)


def d_y2(g, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    rl_setup()
    canv = canvas.Canvas(path, pagesize=A4, pageCompression=0)
    canv.setTitle("Microsoft Word - 盐湖区农业农村局2025年项目绩效目标表.docx")
    canv.setAuthor("Administrator")
    canv.setCreator("PScript5.dll Version 5.2.2")
    canv.setProducer("Acrobat Distiller 11.0 (Windows)")
    for p in g["projects"]:
        y2_page(canv, p)
        canv.showPage()
    canv.save()


# =============================================================== Word helpers (as heldout10b)
from docx import Document
from docx.enum.table import WD_ROW_HEIGHT_RULE, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

CJK = "Noto Serif CJK SC"     # a 宋体 look-alike that is installed


def new_doc(font=CJK, size=10.5):
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


def row_height(row, cm):
    row.height = Cm(cm)
    row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST


def mset(t, r, c0, c1, text, r1=None, size=None, paras=None, center=False):
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


def merge_levels(t, first_row, inds, c1=0, c2=1, size=None):
    for col, key_fn, txt in ((c1, lambda d: d["level1"], lambda d: d["level1"]),
                             (c2, lambda d: (d["level1"], d["level2"]), lambda d: d["level2"])):
        for start, n in spans(inds, key_fn):
            mset(t, first_row + start, col, col, txt(inds[start]), first_row + start + n - 1, size=size, center=True)


def borders(t, outer, inner, sz=6, space=0):
    """table-level borders: outer = top/left/bottom/right style, inner = insideH/insideV style."""
    tblPr = t._tbl.tblPr
    old = tblPr.find(qn("w:tblBorders"))
    if old is not None:
        tblPr.remove(old)
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), outer if side in ("top", "left", "bottom", "right") else inner)
        el.set(qn("w:sz"), str(sz)); el.set(qn("w:space"), str(space)); el.set(qn("w:color"), "000000")
        b.append(el)
    tblPr.append(b)


# =============================================================== y3 dashed inner / double outer rules → LibreOffice PDF/A-2b, tagged
Y3_PDFA = ('pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"},'
           '"UseTaggedPDF":{"type":"boolean","value":"true"}}')


def d_y3(g, path_docx):
    docu = new_doc(size=10)
    docu.core_properties.title = Y3_HEADLINE
    docu.core_properties.author = "涧西区城管局财务科"
    para(docu, Y3_HEADLINE, size=16, bold=True, center=True)
    para(docu, "")
    for k, p in enumerate(g["projects"]):
        if k:
            page_break(docu)
        para(docu, p["title"], size=15, bold=True, center=True)
        para(docu, "（2024年度）", size=11, center=True)
        para(docu, "单位：万元", size=10, right=True)
        inds = p["indicators"]
        t = docu.add_table(rows=7 + len(inds), cols=5)
        t.style = "Table Grid"
        borders(t, "double", "dashed", sz=6)
        mset(t, 0, 0, 0, "部门（单位）名称", center=True)
        mset(t, 0, 1, 2, p["department"])
        mset(t, 0, 3, 3, "部门编码", center=True)
        mset(t, 0, 4, 4, p["department_code"], center=True)
        mset(t, 1, 0, 0, "年度预算安排", r1=3, center=True)
        for r, (lab, v) in enumerate((("资金总额", p["budget_total"]), ("其中：财政拨款", p["budget_fiscal"]),
                                      ("其他资金", p["budget_other"])), 1):
            mset(t, r, 1, 1, lab, center=True)
            mset(t, r, 2, 4, money(v), center=True)
        mset(t, 4, 0, 0, "年度总体目标", center=True)
        mset(t, 4, 1, 4, None, paras=[f"目标{i}：{x}" for i, x in enumerate(p["goals"], 1)])
        mset(t, 5, 0, 4, "年度绩效指标", center=True)
        for c, h in enumerate(["一级指标", "二级指标", "三级指标", "指标解释", "指标值"]):
            mset(t, 6, c, c, h, center=True)
            for run in t.cell(6, c).paragraphs[0].runs:
                run.bold = True
        merge_levels(t, 7, inds)
        for i, x in enumerate(inds):
            mset(t, 7 + i, 2, 2, x["level3"])
            mset(t, 7 + i, 3, 3, x["description"])
            mset(t, 7 + i, 4, 4, x["value_raw"], center=True)
        widths(t, [2.5, 3.0, 4.0, 4.6, 2.9])
        for row in t.rows:
            row_height(row, 0.75)
    docu.save(path_docx)


# =============================================================== y4 one long form split over two sheets, header rows repeated
def d_y4(g, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    wb = Workbook()
    thin = Side(style="thin", color="000000")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    mid = Alignment(horizontal="center", vertical="center", wrap_text=True)
    left = Alignment(horizontal="left", vertical="center", wrap_text=True)
    grey = PatternFill("solid", fgColor="D9E1F2")
    sheets = [wb.active, wb.create_sheet()]
    for ws, name in zip(sheets, Y4_SHEETS):
        ws.title = name
        for col, w in zip("ABCDE", (12, 18, 30, 16, 26)):
            ws.column_dimensions[col].width = w
        ws.page_setup.orientation = "portrait"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
    cur = {0: 1, 1: 1}

    def put(ws, r, c0, c1, v, align=left, bold=False, fill=None, fmt=None, border=True, size=10):
        if c1 > c0:
            ws.merge_cells(start_row=r, start_column=c0, end_row=r, end_column=c1)
        c = ws.cell(r, c0, v)
        c.alignment, c.font = align, Font(name="宋体", size=size, bold=bold)
        if fill:
            c.fill = fill
        if fmt:
            c.number_format = fmt
        if border:
            for k in range(c0, c1 + 1):
                ws.cell(r, k).border = box

    def title_rows(ws, r, title):
        put(ws, r, 1, 5, title, mid, bold=True, border=False, size=16)
        ws.row_dimensions[r].height = 30
        put(ws, r + 1, 1, 3, f"部门名称：{D4}　　部门编码：{C4}", left, border=False)
        put(ws, r + 1, 4, 5, "单位：万元", Alignment(horizontal="right"), border=False)
        return r + 2

    def key_rows(ws, r, p, full):
        put(ws, r, 1, 1, "项目名称", mid, fill=grey); put(ws, r, 2, 3, p["name"])
        put(ws, r, 4, 4, "项目编码", mid, fill=grey); put(ws, r, 5, 5, p["code"])
        if not full:
            return r + 1
        put(ws, r + 1, 1, 1, "主管部门", mid, fill=grey); put(ws, r + 1, 2, 3, p["department"])
        put(ws, r + 1, 4, 4, "实施单位", mid, fill=grey); put(ws, r + 1, 5, 5, p["implementing_unit"])
        put(ws, r + 2, 1, 1, "年度资金总额", mid, fill=grey); put(ws, r + 2, 2, 3, p["budget_total"], mid, fmt="#,##0.00")
        put(ws, r + 2, 4, 4, "其中：财政拨款", mid, fill=grey); put(ws, r + 2, 5, 5, p["budget_fiscal"], mid, fmt="#,##0.00")
        put(ws, r + 3, 1, 1, "其他资金", mid, fill=grey); put(ws, r + 3, 2, 5, p["budget_other"], mid, fmt="#,##0.00")
        put(ws, r + 4, 1, 1, "年度目标", mid, fill=grey)
        put(ws, r + 4, 2, 5, "\n".join(f"{i}.{x}" for i, x in enumerate(p["goals"], 1)))
        ws.row_dimensions[r + 4].height = 15 * (len(p["goals"]) + 1)
        return r + 5

    def ind_rows(ws, r, inds, band):
        put(ws, r, 1, 5, band, mid, bold=True, fill=grey)
        for c, h in enumerate(["一级指标", "二级指标", "三级指标", "指标值", "分值"], 1):
            put(ws, r + 1, c, c, h, mid, bold=True, fill=grey)
        r += 2
        for lvl, key_fn in ((1, lambda d: d["level1"]), (2, lambda d: (d["level1"], d["level2"]))):
            for start, n in spans(inds, key_fn):
                ws.merge_cells(start_row=r + start, start_column=lvl, end_row=r + start + n - 1, end_column=lvl)
                c = ws.cell(r + start, lvl, inds[start][f"level{lvl}"])
                c.alignment, c.font = mid, Font(name="宋体", size=10)
        for i, x in enumerate(inds):
            for k in (1, 2):
                ws.cell(r + i, k).border = box
            put(ws, r + i, 3, 3, x["level3"])
            put(ws, r + i, 4, 4, x["value_raw"], mid)
            put(ws, r + i, 5, 5, x["weight"], mid, fmt="0")
        return r + len(inds)

    p1, p2 = g["projects"]
    a, b = sheets
    r = title_rows(a, 1, p1["title"])
    r = key_rows(a, r, p1, True)
    ind_rows(a, r, p1["indicators"][:Y4_SPLIT], "年度绩效指标")
    r = title_rows(b, 1, p1["title"] + "（续表）")
    r = key_rows(b, r, p1, False)
    r = ind_rows(b, r, p1["indicators"][Y4_SPLIT:], "年度绩效指标（续）")
    r += 2
    r = title_rows(b, r, p2["title"])
    r = key_rows(b, r, p2, True)
    r = ind_rows(b, r, p2["indicators"], "年度绩效指标")
    put(b, r + 1, 1, 5, "填报人：熊丽萍　　审核人：曹振江　　联系电话：0792-82XXXXX", border=False)
    for ws in sheets:
        ws.print_area = f"A1:E{ws.max_row}"
    wb.properties.creator = "浔阳区民政局"
    wb.save(path)


# =============================================================== y5 .docx: the title block of each form in a text box
NS_TB = ('xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
         'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
         'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
         'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
         'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
         'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
         'xmlns:w10="urn:schemas-microsoft-com:office:word"')


def tb_paras(lines):
    out = []
    for text, size, bold, jc in lines:
        rpr = (f'<w:rPr><w:rFonts w:ascii="{CJK}" w:eastAsia="{CJK}" w:hAnsi="{CJK}"/>' + ("<w:b/>" if bold else "")
               + f'<w:sz w:val="{size * 2}"/></w:rPr>')
        out.append(f'<w:p><w:pPr><w:spacing w:after="60"/><w:jc w:val="{jc}"/></w:pPr>'
                   f'<w:r>{rpr}<w:t xml:space="preserve">{html.escape(text)}</w:t></w:r></w:p>')
    return "".join(out)


def textbox_run(p, lines, sid, w_cm, h_cm):
    """a floating text box as Word 2010+ writes it: DrawingML (wps) in mc:Choice, the same text again as a VML
    v:textbox in mc:Fallback."""
    cx, cy = int(w_cm * 360000), int(h_cm * 360000)
    body = tb_paras(lines)
    xml = (f'<w:r {NS_TB}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
           f'<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="{251658240 + sid}" '
           'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
           '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
           '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
           f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
           f'<wp:docPr id="{sid}" name="文本框 {sid}"/><wp:cNvGraphicFramePr/>'
           '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
           '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr>'
           f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
           '<a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>'
           f'<wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx>'
           '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0">'
           '<a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
           '<mc:Fallback><w:pict>'
           f'<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
           '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
           f'<v:shape id="文本框 {sid}" o:spid="_x0000_s{1025 + sid}" type="#_x0000_t202" filled="f" stroked="f" '
           f'style="position:absolute;margin-left:0;margin-top:0;width:{w_cm * 28.3465:.1f}pt;height:{h_cm * 28.3465:.1f}pt;'
           f'z-index:{251658240 + sid};mso-position-horizontal-relative:text;mso-position-vertical-relative:text">'
           f'<v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox><w10:wrap type="topAndBottom"/></v:shape>'
           '</w:pict></mc:Fallback></mc:AlternateContent></w:r>')
    p._p.append(parse_xml(xml))


def d_y5(g, path):
    docu = new_doc(size=10)
    docu.core_properties.title = "涪陵区交通运输局2025年项目支出绩效目标表"
    for k, p in enumerate(g["projects"]):
        if k:
            page_break(docu)
        anchor = docu.add_paragraph()
        textbox_run(anchor, [(p["title"], 16, True, "center"),
                             (f"部门编码：{p['department_code']}　　　　　　　　　　　　　　　　　　　　单位：万元", 10, False, "left")],
                    k + 1, 17.0, 1.9)
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
        for row in t.rows:
            row_height(row, 0.8)
        para(docu, "")
        inds = p["indicators"]
        t = docu.add_table(rows=1 + len(inds), cols=6)
        t.style = "Table Grid"
        for c, h in enumerate(["一级指标", "二级指标", "三级指标", "指标解释", "指标值", "指标值设定依据"]):
            mset(t, 0, c, c, h, center=True, size=9.5)
        merge_levels(t, 1, inds, size=9.5)
        for i, x in enumerate(inds):
            mset(t, 1 + i, 2, 2, x["level3"], size=9.5)
            mset(t, 1 + i, 3, 3, x["description"], size=9.5)
            mset(t, 1 + i, 4, 4, x["value_raw"], size=9.5, center=True)
            mset(t, 1 + i, 5, 5, x["basis"], size=9.5, center=True)
        widths(t, [2.0, 2.6, 3.6, 4.4, 2.4, 2.0])
        for row in t.rows:
            row_height(row, 0.8)
        para(docu, "")
        para(docu, "填报人：谭怀远　　审核人：秦　月　　联系电话：023-7222XXXX", size=10)
    docu.save(path)


# =============================================================== y6 NEGATIVE: a monitoring table, xlsx printed by LibreOffice Calc
def d_y6(path_xlsx):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    wb = Workbook()
    ws = wb.active
    ws.title = Y6_SHEET
    thin = Side(style="thin", color="000000")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    mid = Alignment(horizontal="center", vertical="center", wrap_text=True)
    left = Alignment(horizontal="left", vertical="center", wrap_text=True)
    grey = PatternFill("solid", fgColor="E7E6E6")
    for col, w in zip("ABCDEFGH", (10, 18, 22, 15, 15, 15, 24, 11)):
        ws.column_dimensions[col].width = w

    def put(r, c0, c1, v, align=left, bold=False, fill=None, fmt=None, border=True, size=10):
        if c1 > c0:
            ws.merge_cells(start_row=r, start_column=c0, end_row=r, end_column=c1)
        c = ws.cell(r, c0, v)
        if isinstance(v, str) and v.startswith("="):
            c.data_type = "s"            # `=1200元/生·年` is text typed into the cell, not a formula
        c.alignment, c.font = align, Font(name="宋体", size=size, bold=bold)
        if fill:
            c.fill = fill
        if fmt:
            c.number_format = fmt
        if border:
            for k in range(c0, c1 + 1):
                ws.cell(r, k).border = box

    put(1, 1, 8, Y6_TITLE, mid, bold=True, border=False, size=16)
    put(2, 1, 8, Y6_PERIOD, mid, border=False)
    put(3, 1, 5, f"填报单位：{D6}", border=False)
    put(3, 6, 8, "金额单位：万元", Alignment(horizontal="right"), border=False)
    r = 4
    for name, code, plan, done, expect, block in Y6_P:
        put(r, 1, 1, "项目名称", mid, fill=grey); put(r, 2, 4, name); put(r, 5, 5, "项目编码", mid, fill=grey)
        put(r, 6, 8, code)
        put(r + 1, 1, 1, "年度预算数", mid, fill=grey); put(r + 1, 2, 2, plan, mid, fmt="#,##0.00")
        put(r + 1, 3, 3, "1-7月执行数", mid, fill=grey); put(r + 1, 4, 4, done, mid, fmt="#,##0.00")
        put(r + 1, 5, 5, "执行率", mid, fill=grey); put(r + 1, 6, 6, done / plan, mid, fmt="0.00%")
        put(r + 1, 7, 7, "全年预计执行数", mid, fill=grey); put(r + 1, 8, 8, expect, mid, fmt="#,##0.00")
        heads = ["一级指标", "二级指标", "三级指标", "年度指标值", "1-7月实际完成值", "全年预计完成值", "偏差原因分析",
                 "完成目标可能性"]
        for c, h in enumerate(heads, 1):
            put(r + 2, c, c, h, mid, bold=True, fill=grey)
        rows_ = [x.split("|") for x in block.strip().splitlines()]
        for i, cells in enumerate(rows_):
            cells = [L1S[cells[0]], L2S[cells[1]]] + cells[2:]
            for c, v in enumerate(cells, 1):
                put(r + 3 + i, c, c, v, mid if c != 3 and c != 7 else left)
        r += 3 + len(rows_) + 1
    put(r, 1, 8, "注：1.执行率=1-7月执行数/年度预算数；2.完成目标可能性按“确定能、有可能、完全不可能”填写；"
                 "3.偏差原因分析须说明原因及下一步纠偏措施。", border=False)
    put(r + 2, 1, 8, "单位负责人：马继红　　填报人：韩文静　　联系电话：0977-82XXXXX　　填报日期：2024年8月9日", border=False)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddHeader.left.text = "&A"
    ws.oddHeader.right.text = "&D"
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"
    wb.save(path_xlsx)


# =============================================================== driver
def build(stem, g):
    """returns (path, format, pages)."""
    if stem.startswith("y1"):
        out = os.path.join(OUT, stem + ".pdf"); d_y1(g, out)
        n, cont = y1_layout(out, g)
        print(f"  y1 (Chromium): {n} pages; tables continued under a repeated <thead>: {cont}")
        assert cont, "y1: no indicator table runs over a page break"
    elif stem.startswith("y2"):
        out = os.path.join(OUT, stem + ".pdf"); d_y2(g, out)
    elif stem.startswith("y3"):
        src = os.path.join(TMP, stem + ".docx"); d_y3(g, src)
        pdf = soffice(src, Y3_PDFA, TMP, ext="pdf")
        out = os.path.join(OUT, stem + ".pdf"); shutil.copy(pdf, out)
    elif stem.startswith("y4"):
        out = os.path.join(OUT, stem + ".xlsx"); d_y4(g, out)
        return out, "xlsx", None
    elif stem.startswith("y5"):
        out = os.path.join(OUT, stem + ".docx"); d_y5(g, out)
        pdf = soffice(out, "pdf", TMP)
        pt = norm("".join(pdfium_texts(pdf)))
        print(f"  y5 (LibreOffice rendering): {pdf_pages(pdf)} pages; title shown {pt.count(g['document']['title'])}×")
        return out, "docx", None
    elif stem.startswith("y6"):
        src = os.path.join(TMP, stem + ".xlsx"); d_y6(src)
        pdf = soffice(src, "pdf", TMP)
        out = os.path.join(OUT, stem + ".pdf"); shutil.copy(pdf, out)
    else:
        raise KeyError(stem)
    return out, "pdf", pdf_pages(out)


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
            print("wrote", os.path.basename(path), pages, "(negative)")
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
