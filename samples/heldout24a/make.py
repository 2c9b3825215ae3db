#!/usr/bin/env python3
"""Render the six blind documents of heldout24a FROM the hand-typed facts in golds.py and write the golds.
Theme: WHOLE 部门预算绩效文本 DOCUMENTS (cover, 目录, 第一部分 in prose, 第二部分 one seed-like 绩效目标表 per project),
as Word .docx (python-docx: r1 r2 r3) and native PDF (reportlab canvas, CID font STSong-Light: r4 r6; python-docx →
LibreOffice headless, own profile, one conversion at a time: r5). The Word and reportlab helpers are heldout12a's.
make.py reads every PDF back and REFUSES to write the golds unless each 目录 page number is the page its heading is
printed on and the quirk fell where the README says. Nothing from the jixiao project is imported.
Run: .venv/bin/python samples/heldout24a/make.py"""
import hashlib, json, os, re, shutil, subprocess, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kit import clean
from golds import G

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "drafts")
EXPECTED = os.path.join(HERE, "expected")
TMP = "/tmp/heldout24a_build"
LO_PROFILE = "file:///tmp/heldout24a_build/lo_profile"
F = "STSong-Light"
CN = "一二三四五六七八九十"

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


def plan_cols(n):
    """the 6 value columns of the form shared out among n milestones: (first, last) column per milestone."""
    return {3: [(1, 2), (3, 4), (5, 6)], 4: [(1, 2), (3, 3), (4, 5), (6, 6)]}[n]

# =============================================================== Word helpers (as heldout11a)
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
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


def para(docu, text, size=None, bold=False, center=False, right=False, indent=False):
    p = docu.add_paragraph()
    r = p.add_run(text)
    if size:
        r.font.size = Pt(size)
    r.bold = bold
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if right:
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent:
        p.paragraph_format.first_line_indent = Pt(21)
    return p


def runs(docu, pieces, indent=True):
    """one paragraph of several runs: pieces = [(text, bold), ...]."""
    p = docu.add_paragraph()
    for text, bold in pieces:
        p.add_run(text).bold = bold
    if indent:
        p.paragraph_format.first_line_indent = Pt(21)
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


def toc_line(docu, text, page, tabpos=17.0, leader=True, left=0.0):
    """a 目录 line: title, a right tab (dot leader) and the page as printed."""
    p = docu.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(tabpos), WD_TAB_ALIGNMENT.RIGHT,
                                              WD_TAB_LEADER.DOTS if leader else WD_TAB_LEADER.SPACES)
    if left:
        p.paragraph_format.left_indent = Cm(left)
    p.paragraph_format.space_after = Pt(6)
    p.add_run(f"{text}\t{page}")
    return p


def form_docx(docu, p, seq_title=True):
    """the seed-like 7-column project form, the title `N、…绩效目标表` and the `code department` line above it."""
    para(docu, f'{p["seq"]}、{p["title"]}' if seq_title else p["title"], 14, True, center=True)
    para(docu, f'{p["department_code"]} {p["department"]}')
    para(docu, "单位：万元", right=True)
    inds = p["indicators"]
    t = docu.add_table(rows=7 + len(inds), cols=7); t.style = "Table Grid"
    mset(t, 0, 0, 0, "项目编码"); mset(t, 0, 1, 2, p["code"]); mset(t, 0, 3, 3, "项目名称"); mset(t, 0, 4, 6, p["name"])
    mset(t, 1, 0, 0, "预算规模及资金用途", 2)
    for c, v in enumerate(["预算数", money(p["budget_total"]), "其中：财政资金", money(p["budget_fiscal"]),
                           "其他资金", money(p["budget_other"])], 1):
        mset(t, 1, c, c, v)
    mset(t, 2, 1, 6, p["purpose"])
    mset(t, 3, 0, 0, "资金支出计划（%）", 4)
    for (c0, c1), e in zip(plan_cols(len(p["spending_plan"])), p["spending_plan"]):
        mset(t, 3, c0, c1, f'{e["month"]}月底'); mset(t, 4, c0, c1, f'{e["pct"]:.2f}')
    mset(t, 5, 0, 0, "绩效目标"); mset(t, 5, 1, 6, None, paras=[f"{i}、{g}" for i, g in enumerate(p["goals"], 1)])
    for c0, c1, h in ((0, 0, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (3, 4, "绩效指标描述"),
                      (5, 5, "指标值"), (6, 6, "指标值确定依据")):
        mset(t, 6, c0, c1, h, bold=True)
    for i, x in enumerate(inds):
        mset(t, 7 + i, 2, 2, x["level3"]); mset(t, 7 + i, 3, 4, x["description"])
        mset(t, 7 + i, 5, 5, x["value_raw"]); mset(t, 7 + i, 6, 6, x["basis"])
    for col, key_fn, key in ((0, lambda d: d["level1"], "level1"), (1, lambda d: (d["level1"], d["level2"]), "level2")):
        for start, n in spans(inds, key_fn):
            mset(t, 7 + start, col, col, inds[start][key], 7 + start + n - 1)
    widths(t, [2.0, 2.2, 3.2, 2.6, 2.2, 2.4, 2.4])


def cover_docx(docu, d, lines, headline=None):
    for _ in range(5):
        para(docu, "")
    if headline:
        para(docu, headline, 22, True, center=True)
    else:
        para(docu, d["department"], 22, True, center=True)
        para(docu, d["title"], 22, True, center=True)
    if d["status"]:
        para(docu, f'（{d["status"]}）', 16, center=True)
    for _ in range(8):
        para(docu, "")
    for s in lines:
        para(docu, s, 14, center=True)


def soffice(src, fmt, outdir):
    """one conversion at a time, own profile."""
    r = subprocess.run(["/usr/bin/soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", fmt,
                        "--outdir", outdir, src], capture_output=True, text=True, timeout=240)
    out = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + "." + fmt.split(":")[0])
    if r.returncode != 0 or not os.path.exists(out):
        raise RuntimeError(f"soffice failed for {src}: {r.stdout} {r.stderr}")
    return out


def set_cols(section, n):
    sp = section._sectPr
    cols = sp.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols"); sp.append(cols)
    cols.set(qn("w:num"), str(n)); cols.set(qn("w:space"), "567")


def pdf_pages_text(path):
    import pypdfium2 as pdfium
    d = pdfium.PdfDocument(path)
    return [re.sub(r"\s+", "", d[i].get_textpage().get_text_range()) for i in range(len(d))]


def rl_setup():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    pdfmetrics.registerFont(UnicodeCIDFont(F))


def wrap(text, width, size):
    if "\n" in text:
        return [ln for part in text.split("\n") for ln in wrap(part, width, size)]
    from reportlab.pdfbase.pdfmetrics import stringWidth
    lines, cur = [], ""
    for ch in text:
        if cur and stringWidth(cur + ch, F, size) > width:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    return lines + [cur] if cur else lines or [""]


FS, LEAD, PAD = 9, 12, 3.5


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


class Flow:
    """paragraphs down an A4 page; pages are broken by hand (an overflow is an error) and footed as told."""
    def __init__(self, canv):
        from reportlab.lib.pagesizes import A4
        self.c, (self.W, self.H) = canv, A4
        self.x0, self.x1 = 70, A4[0] - 70
        self.y = self.H - 80
        self.footer = None

    def par(self, text, size=11.5, center=False, indent=True, lead=1.75, before=0):
        self.y -= before
        self.c.setFont(F, size); self.c.setFillColor("black")
        if center:
            self.y -= size * lead
            self.c.drawCentredString(self.W / 2, self.y, text)
            return
        first = ("　　" if indent else "")
        lines = wrap(first + text, self.x1 - self.x0, size)
        for ln in lines:
            self.y -= size * lead
            self.c.drawString(self.x0, self.y, ln)
        assert self.y > 75, f"page overflow at {text[:20]}"

    def page(self):
        if self.footer:
            self.c.setFont(F, 10.5)
            self.c.drawCentredString(self.W / 2, 40, self.footer)
        self.c.showPage()
        self.y = self.H - 80


def form_rl(fl, p):
    c = fl.c
    fl.par(f'{p["seq"]}、{p["title"]}', 14, center=True)
    fl.par(f'{p["department_code"]} {p["department"]}', 10.5, indent=False, before=6)
    c.setFont(F, 10.5); c.drawRightString(fl.W - 50, fl.y, "单位：万元")
    inds = p["indicators"]
    cs = [cell(0, 0, "项目编码", "label"), cell(0, 1, p["code"], "val", cs=2), cell(0, 3, "项目名称", "label"),
          cell(0, 4, p["name"], cs=3), cell(1, 0, "预算规模及资金用途", "label", rs=2)]
    for k, v in enumerate(["预算数", money(p["budget_total"]), "其中：财政资金", money(p["budget_fiscal"]),
                           "其他资金", money(p["budget_other"])], 1):
        cs.append(cell(1, k, v, "val"))
    cs += [cell(2, 1, p["purpose"], cs=6), cell(3, 0, "资金支出计划（%）", "label", rs=2)]
    for (c0, c1), e in zip(plan_cols(len(p["spending_plan"])), p["spending_plan"]):
        cs += [cell(3, c0, f'{e["month"]}月底', "val", cs=c1 - c0 + 1), cell(4, c0, f'{e["pct"]:.2f}', "val", cs=c1 - c0 + 1)]
    cs += [cell(5, 0, "绩效目标", "label"), cell(5, 1, "\n".join(f"{i}、{x}" for i, x in enumerate(p["goals"], 1)), cs=6)]
    for c0, n, h in ((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 2, "绩效指标描述"), (5, 1, "指标值"),
                     (6, 1, "指标值确定依据")):
        cs.append(cell(6, c0, h, "head", cs=n))
    for s1, n1 in spans(inds, lambda x: x["level1"]):
        cs.append(cell(7 + s1, 0, inds[s1]["level1"], "level", rs=n1))
    for s2, n2 in spans(inds, lambda x: (x["level1"], x["level2"])):
        cs.append(cell(7 + s2, 1, inds[s2]["level2"], "level", rs=n2))
    for i, x in enumerate(inds):
        cs += [cell(7 + i, 2, x["level3"]), cell(7 + i, 3, x["description"], cs=2), cell(7 + i, 5, x["value_raw"], "val"),
               cell(7 + i, 6, x["basis"], "val")]
    y = draw_grid(c, 50, fl.y - 8, [62, 66, 92, 66, 66, 72, 71], cs)
    assert y > 60, f"{p['name']}: form runs off the page ({y})"




def toc_num(g, e):
    return [p["seq"] for p in g["projects"] if p["title"] == e["title"]][0]


def part1(g):
    return [e for e in g["toc"] if e["part"] == 1 and e.get("_level") != 3]


def part2(g):
    return [e for e in g["toc"] if e["part"] == 2]


# =============================================================== r1 Word headings numbered by AUTOMATIC multilevel list numbering
def add_numbering(docu):
    """abstractNum 90: 第%1部分 / %2、 / （%3） (chineseCounting) for Heading 1–3; abstractNum 91: %1. for the safeguards."""
    numbering = docu.part.numbering_part.element
    def lvl(i, fmt, text, ind):
        l = OxmlElement("w:lvl"); l.set(qn("w:ilvl"), str(i))
        for tag, val in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", text), ("w:lvlJc", "left")):
            e = OxmlElement(tag); e.set(qn("w:val"), val); l.append(e)
        ppr = OxmlElement("w:pPr"); i_ = OxmlElement("w:ind"); i_.set(qn("w:left"), str(ind)); i_.set(qn("w:hanging"), "0")
        ppr.append(i_); l.append(ppr)
        return l
    a = OxmlElement("w:abstractNum"); a.set(qn("w:abstractNumId"), "90")
    mlt = OxmlElement("w:multiLevelType"); mlt.set(qn("w:val"), "multilevel"); a.append(mlt)
    a.append(lvl(0, "chineseCounting", "第%1部分", 0)); a.append(lvl(1, "chineseCounting", "%2、", 0))
    a.append(lvl(2, "chineseCounting", "（%3）", 0))
    b = OxmlElement("w:abstractNum"); b.set(qn("w:abstractNumId"), "91")
    mlt = OxmlElement("w:multiLevelType"); mlt.set(qn("w:val"), "singleLevel"); b.append(mlt)
    b.append(lvl(0, "decimal", "%1.", 0))
    first_num = numbering.find(qn("w:num"))
    for x in (a, b):
        if first_num is not None:
            first_num.addprevious(x)
        else:
            numbering.append(x)
    for nid, aid in (("90", "90"), ("91", "91")):
        n = OxmlElement("w:num"); n.set(qn("w:numId"), nid)
        e = OxmlElement("w:abstractNumId"); e.set(qn("w:val"), aid); n.append(e); numbering.append(n)


def numbered(p, num_id, ilvl):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    a = OxmlElement("w:ilvl"); a.set(qn("w:val"), str(ilvl)); numpr.append(a)
    b = OxmlElement("w:numId"); b.set(qn("w:val"), num_id); numpr.append(b)
    ppr.append(numpr)
    return p


def heading(docu, text, level, num=True):
    p = docu.add_paragraph(text, style=f"Heading {level}")
    for r in p.runs:
        r.font.name = "黑体"; r._element.rPr.rFonts.set(qn("w:eastAsia"), "黑体")
    if num:
        numbered(p, "90", level - 1)
    return p


def d_r1(g, path):
    d = g["document"]
    docu = new_doc("仿宋", 12)
    add_numbering(docu)
    cover_docx(docu, d, g["_cover"])
    page_break(docu)
    para(docu, "目　　录", 18, True, center=True)
    para(docu, "第一部分　部门职责及绩效目标", 12, True)                # the 目录 is typed: here the numbers ARE text
    for k, e in enumerate(part1(g)):
        toc_line(docu, f"{CN[k]}、{e['title']}", e["page"], left=0.74)
    para(docu, "第二部分　项目支出绩效目标表", 12, True)
    for e in part2(g):
        toc_line(docu, f"{toc_num(g, e)}、{e['title']}", e["page"], left=0.74)
    page_break(docu)
    heading(docu, "部门职责及绩效目标", 1)                              # prints 第一部分 from numbering.xml
    heads = [e["title"] for e in part1(g)]
    heading(docu, heads[0], 2)
    para(docu, g["_duties"], indent=True)
    heading(docu, heads[1], 2)
    for x in g["overall_goals"]:
        para(docu, x, indent=True)                                     # unnumbered paragraphs, one goal each
    heading(docu, heads[2], 2)
    for s in g["sub_goals"]:
        heading(docu, s["title"], 3)                                   # （一） from numbering.xml
        para(docu, "绩效目标：" + s["goal"], indent=True)
        para(docu, "绩效指标：" + s["indicator"], indent=True)
    heading(docu, heads[3], 2)
    for s in g["safeguards"]:
        ps = s["_paras"]
        numbered(para(docu, f"{s['title']}。{ps[0]}"), "91", 0)      # 1. 2. from numbering.xml
        for q in ps[1:]:
            para(docu, q, indent=True)
    page_break(docu)
    heading(docu, "项目支出绩效目标表", 1)
    for p in g["projects"]:
        page_break(docu)
        form_docx(docu, p)
    docu.save(path)


# =============================================================== r2 分项绩效目标 as a table, 保障措施 unnumbered paragraphs, （送审稿）
def d_r2(g, path):
    d = g["document"]
    docu = new_doc("仿宋", 12)
    cover_docx(docu, d, g["_cover"])
    page_break(docu)
    para(docu, "目　　录", 18, True, center=True)
    para(docu, "第一部分　部门整体绩效目标", 12, True)
    for k, e in enumerate(part1(g)):
        toc_line(docu, f"{CN[k]}、{e['title']}", e["page"], left=0.74)
    para(docu, "第二部分　项目支出绩效目标表", 12, True)
    for e in part2(g):
        toc_line(docu, f"{toc_num(g, e)}、{e['title']}", e["page"], left=0.74)
    page_break(docu)
    heads = [e["title"] for e in part1(g)]
    para(docu, "第一部分　部门整体绩效目标", 16, True, center=True)
    para(docu, f"一、{heads[0]}", 14, True)
    for k, x in enumerate(g["overall_goals"]):
        para(docu, f"（{CN[k]}）{x}", indent=True)
    para(docu, f"二、{heads[1]}", 14, True)
    subs = g["sub_goals"]
    n = sum(len(s["_rows"]) for s in subs)
    t = docu.add_table(rows=1 + n, cols=4); t.style = "Table Grid"
    for c, h in enumerate(["分项目标", "绩效目标", "绩效指标", "目标值"]):
        mset(t, 0, c, c, h, bold=True)
    r = 1
    for s in subs:
        k = len(s["_rows"])
        mset(t, r, 0, 0, s["title"], r + k - 1); mset(t, r, 1, 1, s["goal"], r + k - 1)
        for j, x in enumerate(s["_rows"]):
            mset(t, r + j, 2, 2, x["indicator"]); mset(t, r + j, 3, 3, x["target"])
        r += k
    widths(t, [3.0, 6.0, 5.0, 3.0])
    para(docu, f"三、{heads[2]}", 14, True)
    for s in g["safeguards"]:                                          # no numbers, no bold: title。text
        ps = s["_paras"]
        para(docu, f"{s['title']}。{ps[0]}", indent=True)
        for q in ps[1:]:
            para(docu, q, indent=True)
    page_break(docu)
    para(docu, "第二部分　项目支出绩效目标表", 16, True, center=True)
    for p in g["projects"]:
        page_break(docu)
        form_docx(docu, p)
    docu.save(path)


# =============================================================== r3 decimal outline headings 1 / 1.1 / 1.2.1, 年度工作任务
def d_r3(g, path):
    d = g["document"]
    docu = new_doc("宋体", 12)
    cover_docx(docu, d, g["_cover"])
    page_break(docu)
    para(docu, "目　　录", 18, True, center=True)
    toc_line(docu, "1　部门整体绩效目标", part1(g)[0]["page"])
    for k, e in enumerate(part1(g), 1):
        toc_line(docu, f"1.{k}　{e['title']}", e["page"], left=0.74)
    toc_line(docu, "2　项目支出绩效目标表", part2(g)[0]["page"])
    for e in part2(g):
        toc_line(docu, f"2.{toc_num(g, e)}　{e['title']}", e["page"], left=0.74)
    page_break(docu)
    heads = [e["title"] for e in part1(g)]
    heading(docu, "1　部门整体绩效目标", 1, num=False)
    heading(docu, f"1.1　{heads[0]}", 2, num=False)
    for k, x in enumerate(g["overall_goals"], 1):
        para(docu, f"（{k}）{x}", indent=True)
    heading(docu, f"1.2　{heads[1]}", 2, num=False)
    for k, s in enumerate(g["sub_goals"], 1):
        heading(docu, f"1.2.{k}　{s['title']}", 3, num=False)
        para(docu, "任务目标：" + s["goal"], indent=True)
        para(docu, "考核指标：" + s["indicator"], indent=True)
    heading(docu, f"1.3　{heads[2]}", 2, num=False)
    for k, s in enumerate(g["safeguards"], 1):
        ps = s["_paras"]
        para(docu, f"（{k}）{s['title']}。{ps[0]}", indent=True)
        for q in ps[1:]:
            para(docu, q, indent=True)
    page_break(docu)
    heading(docu, "2　项目支出绩效目标表", 1, num=False)
    for p in g["projects"]:
        page_break(docu)
        para(docu, f'2.{p["seq"]}　{p["title"]}', 14, True, center=True)
        _form_notitle(docu, p)
    docu.save(path)


def _form_notitle(docu, p):
    """form_docx without its own title paragraph (r3 prints `2.N　title` as the title)."""
    body = docu.element.body
    before = len(body)
    form_docx(docu, p)
    title_p = body[before - 1]                                         # the `N、title` paragraph form_docx added (sectPr stays last)
    body.remove(title_p)


# =============================================================== PDF helpers
def pdf_pages_text(path):
    import pypdfium2 as pdfium
    d = pdfium.PdfDocument(path)
    return [re.sub(r"\s+", "", d[i].get_textpage().get_text_range()) for i in range(len(d))]


def assert_toc_pages(pdf, g, first_body):
    """each 目录 entry's heading is printed on the page the 目录 says (pages before first_body are cover / 目录)."""
    pages = pdf_pages_text(pdf)
    for e in g["toc"]:
        hits = [i + 1 for i, t in enumerate(pages) if e["title"] in t and i + 1 >= first_body]
        assert hits and min(hits) == e["page"], f"{e['title']}: printed on {hits}, 目录 says {e['page']}"


# =============================================================== r4 reportlab: running head, a 目录 entry wrapped over two lines
def d_r4(g, path):
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase.pdfmetrics import stringWidth
    rl_setup()
    d = g["document"]
    canv = canvas.Canvas(path, pagesize=(595.2756, 841.8898), pageCompression=1)
    canv.setTitle(d["department"] + d["title"]); canv.setAuthor(d["department"])
    fl = Flow(canv)
    head = d["department"] + d["title"]
    state = {"n": 1}

    def page():
        if state["n"] > 1:                                              # running head + footer from page 2 on
            canv.setFont(F, 9); canv.drawCentredString(fl.W / 2, fl.H - 42, head)
            canv.setLineWidth(0.5); canv.line(60, fl.H - 48, fl.W - 60, fl.H - 48)
            canv.setFont(F, 10.5); canv.drawCentredString(fl.W / 2, 36, f"— {state['n']} —")
        fl.page(); state["n"] += 1
    fl.y -= 150
    fl.par(d["department"], 24, center=True)
    fl.par(d["title"], 24, center=True, before=10)
    fl.par(f'（{d["status"]}）', 16, center=True, before=6)
    fl.y -= 240
    for s in g["_cover"]:
        fl.par(s, 14, center=True, before=4)
    page()
    fl.par("目　录", 18, center=True, before=10)

    def tline(text, pg, indent):
        fl.y -= 26
        x = fl.x0 + indent
        canv.setFont(F, 12); canv.drawString(x, fl.y, text)
        if pg:
            canv.drawRightString(fl.x1, fl.y, pg)
            a, b = x + stringWidth(text, F, 12) + 4, fl.x1 - stringWidth(pg, F, 12) - 4
            n = int((b - a) / stringWidth("…", F, 12))
            canv.drawString(b - n * stringWidth("…", F, 12), fl.y, "…" * n)
    tline("第一部分　部门整体绩效目标", "", 0)
    for k, e in enumerate(part1(g)):
        tline(f"{CN[k]}、{e['title']}", str(e["page"]), 24)
    tline("第二部分　项目支出绩效目标表", "", 0)
    for e in part2(g):
        t = f"{toc_num(g, e)}、{e['title']}"
        if e["title"].startswith(g["_wrap_at"]):                          # too long for one line: wraps, page on line 2
            cut = len(f"{toc_num(g, e)}、") + len(g["_wrap_at"])
            tline(t[:cut], "", 24)
            tline(t[cut:], str(e["page"]), 48)
        else:
            tline(t, str(e["page"]), 24)
    page()
    heads = [e["title"] for e in part1(g)]
    fl.par("第一部分　部门整体绩效目标", 16, center=True)
    fl.par(f"一、{heads[0]}", 13, indent=False, before=6)
    for x in g["overall_goals"]:
        fl.par(x)                                                       # one paragraph per goal, no numbers
    fl.par(f"二、{heads[1]}", 13, indent=False, before=6)
    for k, s in enumerate(g["sub_goals"], 1):
        fl.par(f"{k}.{s['title']}", before=4)
        fl.par("绩效目标：" + s["goal"])
        fl.par("绩效指标：" + s["indicator"])
    page()
    fl.par(f"三、{heads[2]}", 13, indent=False)
    for k, s in enumerate(g["safeguards"]):
        fl.par(f"（{CN[k]}）{s['title']}", before=4)
        for q in s["_paras"]:
            fl.par(q)
    page()
    for p in g["projects"]:
        if p["seq"] == 1:
            fl.par("第二部分　项目支出绩效目标表", 16, center=True)
        form_rl(fl, p)
        page()
    canv.save()
    assert_toc_pages(path, g, 3)


# =============================================================== r6 reportlab: a red round seal stamped over the cover
def seal(canv, cx, cy, text, r=58):
    import math
    canv.saveState()
    canv.setStrokeColorRGB(0.86, 0.1, 0.1); canv.setFillColorRGB(0.86, 0.1, 0.1)
    canv.setLineWidth(2.6); canv.circle(cx, cy, r, stroke=1, fill=0)
    n = len(text)
    span = 250.0
    for k, ch in enumerate(text):                                       # the name along the upper arc, each glyph turned
        ang = 90 + span / 2 - k * span / (n - 1)
        a = math.radians(ang)
        canv.saveState()
        canv.translate(cx + (r - 14) * math.cos(a), cy + (r - 14) * math.sin(a))
        canv.rotate(ang - 90)
        canv.setFont(F, 11); canv.drawCentredString(0, -4, ch)
        canv.restoreState()
    p = canv.beginPath()                                                # the star
    for k in range(10):
        rr = 16 if k % 2 == 0 else 6.5
        a = math.radians(90 + k * 36)
        (p.moveTo if k == 0 else p.lineTo)(cx + rr * math.cos(a), cy + rr * math.sin(a))
    p.close(); canv.drawPath(p, stroke=0, fill=1)
    canv.restoreState()


def d_r6(g, path):
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase.pdfmetrics import stringWidth
    rl_setup()
    d = g["document"]
    canv = canvas.Canvas(path, pagesize=(595.2756, 841.8898), pageCompression=1)
    canv.setTitle(d["department"] + d["title"]); canv.setAuthor(d["department"])
    fl = Flow(canv)
    state = {"n": 1}

    def page():
        if state["n"] > 2:
            canv.setFont(F, 10.5); canv.drawCentredString(fl.W / 2, 36, f"- {state['n']} -")
        fl.page(); state["n"] += 1
    fl.y -= 150
    fl.par(d["department"], 24, center=True)
    fl.par(d["title"], 24, center=True, before=10)
    fl.par(f'（{d["status"]}）', 16, center=True, before=6)
    fl.y -= 220
    for s in g["_cover"]:
        fl.par(s, 14, indent=False, before=6)
    seal(canv, 330, 282, d["compiled_by"])                              # over the 编制单位（盖章） line
    page()
    fl.par("目　录", 18, center=True, before=10)

    def tline(text, pg, indent):
        fl.y -= 26
        x = fl.x0 + indent
        canv.setFont(F, 12); canv.drawString(x, fl.y, text)
        if pg:
            canv.drawRightString(fl.x1, fl.y, pg)
            a, b = x + stringWidth(text, F, 12) + 4, fl.x1 - stringWidth(pg, F, 12) - 4
            n = int((b - a) / stringWidth(".", F, 12))
            canv.drawString(b - n * stringWidth(".", F, 12), fl.y, "." * n)
    tline("第一部分　部门整体绩效目标", "", 0)
    for k, e in enumerate(part1(g)):
        tline(f"{CN[k]}、{e['title']}", str(e["page"]), 24)
    tline("第二部分　项目支出绩效目标表", "", 0)
    for e in part2(g):
        tline(f"{toc_num(g, e)}、{e['title']}", str(e["page"]), 24)
    page()
    heads = [e["title"] for e in part1(g)]
    fl.par("第一部分　部门整体绩效目标", 16, center=True)
    fl.par(f"一、{heads[0]}", 13, indent=False, before=6)
    fl.par(g["_duties"])
    fl.par(f"二、{heads[1]}", 13, indent=False, before=6)
    for k, x in enumerate(g["overall_goals"]):
        fl.par(f"（{CN[k]}）{x}")
    fl.par(f"三、{heads[2]}", 13, indent=False, before=6)
    for k, s in enumerate(g["sub_goals"], 1):
        fl.par(f"{k}.{s['title']}", before=4)
        fl.par("绩效目标：" + s["goal"])
        fl.par("绩效指标：" + s["indicator"])
    page()
    fl.par(f"四、{heads[3]}", 13, indent=False)
    for k, s in enumerate(g["safeguards"]):
        ps = s["_paras"]
        fl.par(f"（{CN[k]}）{s['title']}。{ps[0]}", before=4)
        for q in ps[1:]:
            fl.par(q)
    page()
    for p in g["projects"]:
        if p["seq"] == 1:
            fl.par("第二部分　项目支出绩效目标表", 16, center=True)
        form_rl(fl, p)
        page()
    canv.save()
    assert_toc_pages(path, g, 3)


# =============================================================== r5 LibreOffice: three-level 目录 over two pages, header/footer
def page_field(par, before, after):
    par.add_run(before)
    fld = OxmlElement("w:fldSimple"); fld.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r"); t = OxmlElement("w:t"); t.text = "1"; r.append(t); fld.append(r)
    par._p.append(fld)
    par.add_run(after)


def d_r5(g, path):
    d = g["document"]
    docu = new_doc("Noto Serif CJK SC", 11.5)
    sec = docu.sections[0]
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]; hp.text = d["department"] + d["title"]; hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_field(fp, "第 ", " 页")
    cover_docx(docu, d, [f'{d["compiled_by"]}编制', f'{d["reviewed_by"]}审核', "2025年1月"])
    page_break(docu)
    para(docu, "目　　录", 18, True, center=True)

    def tl(text, pg, left):
        p = toc_line(docu, text, pg, tabpos=16.5, left=left)
        p.paragraph_format.space_after = Pt(54)
        for r in p.runs:
            r.font.size = Pt(14)
    tl("第一部分　部门整体绩效目标", part1(g)[0]["page"], 0)
    k1 = k3 = 0
    for e in (x for x in g["toc"] if x["part"] == 1):
        if e.get("_level") == 3:
            tl(f"（{CN[k3]}）{e['title']}", e["page"], 1.6); k3 += 1
        else:
            tl(f"{CN[k1]}、{e['title']}", e["page"], 0.8); k1 += 1
    tl("第二部分　项目支出绩效目标表", part2(g)[0]["page"], 0)
    for e in part2(g):
        tl(f"{toc_num(g, e)}、{e['title']}", e["page"], 0.8)
    page_break(docu)
    heads = [e["title"] for e in part1(g)]
    para(docu, "第一部分　部门整体绩效目标", 16, True, center=True)
    para(docu, f"一、{heads[0]}", 14, True)
    for k, x in enumerate(g["overall_goals"], 1):
        para(docu, f"{k}.{x}", indent=True)
    para(docu, f"二、{heads[1]}", 14, True)
    for k, s in enumerate(g["sub_goals"]):
        para(docu, f"（{CN[k]}）{s['title']}", 12, True, indent=True)
        para(docu, "绩效目标：" + s["goal"], indent=True)
        para(docu, "绩效指标：" + s["indicator"], indent=True)
        if k == 0:
            page_break(docu)                                            # part one over two pages (目录 says so)
    para(docu, f"三、{heads[2]}", 14, True)
    for k, s in enumerate(g["safeguards"], 1):
        ps = s["_paras"]
        para(docu, f"{k}.{s['title']}。{ps[0]}", indent=True)
        for q in ps[1:]:
            para(docu, q, indent=True)
    for p in g["projects"]:
        page_break(docu)
        if p["seq"] == 1:
            para(docu, "第二部分　项目支出绩效目标表", 16, True, center=True)
        form_docx(docu, p)
    src = os.path.join(TMP, os.path.basename(path)[:-4] + ".docx")
    docu.save(src)
    pdf = soffice(src, "pdf", TMP)
    if os.path.abspath(pdf) != os.path.abspath(path):
        shutil.copy(pdf, path)
    pages = pdf_pages_text(path)
    assert "目录" in pages[1] and "目录" not in pages[2] and "....." in pages[1] and "....." in pages[2] \
        and "....." not in pages[3], "目录 must run over pages 2–3 exactly"
    assert_toc_pages(path, g, 4)


# =============================================================== driver
def build(stem, g):
    kind = {"r1": ("docx", d_r1), "r2": ("docx", d_r2), "r3": ("docx", d_r3), "r4": ("pdf", d_r4),
            "r5": ("pdf", d_r5), "r6": ("pdf", d_r6)}[stem[:2]]
    out = os.path.join(TMP, stem + "." + kind[0])
    kind[1](g, out)
    pages = None
    if kind[0] == "pdf":
        import pypdfium2 as pdfium
        pages = len(pdfium.PdfDocument(out))
    final = os.path.join(OUT, stem + "." + kind[0])
    shutil.copy(out, final)
    return final, kind[0], pages


def main():
    os.makedirs(TMP, exist_ok=True)
    os.makedirs(OUT, exist_ok=True); os.makedirs(EXPECTED, exist_ok=True)
    only = set(sys.argv[1:])
    for stem, g in G.items():
        if only and stem[:2] not in only and stem not in only:
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
