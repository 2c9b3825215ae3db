#!/usr/bin/env python3
"""Render the six blind documents of heldout12a FROM the hand-typed golds in golds.py and write the golds.
Theme: WHOLE DOCUMENTS, PART 1 AS DEPARTMENTS WRITE IT. Every draft is a full 部门预算绩效文本: cover, 目录,
第一部分 (部门职责 / 总体绩效目标 / 分项绩效目标 / 保障措施, worded and numbered as departments do), 第二部分 with
seed-like project forms (项目编码/项目名称, 预算数/其中：财政资金/其他资金, 资金用途, 资金支出计划（%）, 绩效目标,
一级/二级/三级/绩效指标描述/指标值/指标值确定依据). python-docx for z1 and z5; python-docx → LibreOffice PDF for z2
(a two-column 目录 section) and z6 (footer page numbers restarting at part 1); a reportlab canvas with heldout11a's
ruled-grid engine and a small paragraph flow (CID font STSong-Light) for z4; plain UTF-8 text for z3 (paragraphs
as lines, table rows tab-separated as the seed's text rendering, form feeds between parts). LibreOffice runs one
conversion at a time with its own profile under /tmp/heldout12a_build. Nothing from the jixiao project is imported.
Run: .venv/bin/python samples/heldout12a/make.py [STEM ...]"""
import hashlib, json, os, re, shutil, subprocess, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kit import clean
from golds import G

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "drafts")
EXPECTED = os.path.join(HERE, "expected")
TMP = "/tmp/heldout12a_build"
LO_PROFILE = "file:///tmp/heldout12a_build/lo_profile"
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


def toc_page(e):
    return e.get("_printed") or str(e["page"])


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


def assert_toc_pages(pdf, g, offset):
    """each 目录 entry's heading sits on physical page printed page + offset (part 2: the form title)."""
    pages = pdf_pages_text(pdf)
    for e in g["toc"]:
        want = e["page"] + offset
        key = e["title"]
        hits = [i + 1 for i, t in enumerate(pages) if key in t and i + 1 > 2]       # after cover and 目录
        assert want in hits, f"{g['document']['department']}: {key} on pages {hits}, 目录 says {want}"


# =============================================================== z1 一是…二是… paragraph, run-in sub-goals, `-3-` 目录 typed by hand
def d_z1(g, path):
    d = g["document"]
    docu = new_doc("仿宋", 12)
    cover_docx(docu, d, g["_cover"])
    page_break(docu)
    para(docu, "目　　录", 18, True, center=True)
    para(docu, "")
    dots = lambda s, n: s + "…" * max(4, n - len(s))                      # leaders typed as ……, not a tab
    para(docu, dots("第一部分　部门整体绩效目标", 30) + "-1-")
    for k, e in enumerate(x for x in g["toc"] if x["part"] == 1):
        para(docu, "　　" + dots(f"{CN[k]}、{e['title']}", 28) + toc_page(e))
    para(docu, dots("第二部分　项目支出绩效目标表", 30) + "-4-")
    for e in (x for x in g["toc"] if x["part"] == 2):
        seq = [p["seq"] for p in g["projects"] if p["title"] == e["title"]][0]
        para(docu, "　　" + dots(f"{seq}、{e['title']}", 28) + toc_page(e))
    page_break(docu)
    para(docu, "第一部分　部门整体绩效目标", 16, True, center=True)
    para(docu, "一、部门职责", 14, True)
    para(docu, g["extra"]["duties"], indent=True)
    para(docu, "二、总体绩效目标", 14, True)
    one = g["_overall_lead"] + "".join(f"{CN[k]}是{x}" for k, x in enumerate(g["overall_goals"]))
    para(docu, one, indent=True)                                            # ONE paragraph holds every item
    para(docu, "三、分项绩效目标", 14, True)
    for k, s in enumerate(g["sub_goals"]):
        runs(docu, [(f"（{CN[k]}）{s['title']}。", True), ("绩效目标：", False), (s["goal"], False),
                    ("绩效指标：", False), (s["indicator"], False)])
    para(docu, "四、工作保障措施", 14, True)
    for k, s in enumerate(g["safeguards"], 1):
        ps = s["_paras"]
        runs(docu, [(f"{k}.{s['title']}。", True), (ps[0], False)])
        for q in ps[1:]:
            para(docu, q, indent=True)
    page_break(docu)
    para(docu, "第二部分　项目支出绩效目标表", 16, True, center=True)
    for p in g["projects"]:
        page_break(docu)
        form_docx(docu, p)
    docu.save(path)


# =============================================================== z2 LibreOffice: two-column 目录, bold unnumbered headings, 部门基本情况
def d_z2(g, path):
    d = g["document"]
    docu = new_doc("Noto Serif CJK SC", 11)
    cover_docx(docu, d, [f'{d["compiled_by"]}　编制', f'{d["reviewed_by"]}　审核', g["_cover_date"]])
    docu.add_section(WD_SECTION.NEW_PAGE)
    para(docu, "目　录", 18, True, center=True)
    sec_toc = docu.sections[-1]
    docu.add_section(WD_SECTION.CONTINUOUS)                                # the 2-column part of the 目录 page
    para(docu, "第一部分　部门整体绩效目标", 11, True)
    for e in (x for x in g["toc"] if x["part"] == 1):
        toc_line(docu, e["title"], toc_page(e), tabpos=8.0, left=0.4)
    docu.paragraphs[-1].add_run().add_break(WD_BREAK.COLUMN)
    para(docu, "第二部分　项目支出绩效目标表", 11, True)
    for e in (x for x in g["toc"] if x["part"] == 2):
        seq = [p["seq"] for p in g["projects"] if p["title"] == e["title"]][0]
        toc_line(docu, f"{seq}、{e['title']}", toc_page(e), tabpos=8.0, left=0.4)
    docu.add_section(WD_SECTION.NEW_PAGE)
    for k, s in enumerate(docu.sections):
        set_cols(s, 2 if k == 2 else 1)
    para(docu, "第一部分　部门整体绩效目标", 16, True, center=True)
    para(docu, "部门基本情况", 13, True)                                     # headings bold, NO numbering
    for k, v in g["extra"]["basic_info"].items():
        para(docu, k, 11, True, indent=True)
        para(docu, v, indent=True)
    para(docu, "总体绩效目标", 13, True)
    for k, x in enumerate(g["overall_goals"], 1):
        para(docu, f"{k}.{x}", indent=True)
    page_break(docu)
    para(docu, "分项绩效目标", 13, True)
    for s in g["sub_goals"]:
        para(docu, s["title"], 11, True, indent=True)
        para(docu, "绩效目标：" + s["goal"], indent=True)
        para(docu, "绩效指标：" + s["indicator"], indent=True)
    para(docu, "保障措施", 13, True)
    for s in g["safeguards"]:
        para(docu, s["title"], 11, True, indent=True)                       # own line, no 。
        for q in s["_paras"]:
            para(docu, q, indent=True)
    for p in g["projects"]:
        page_break(docu)
        if p["seq"] == 1:
            para(docu, "第二部分　项目支出绩效目标表", 16, True, center=True)
        form_docx(docu, p)
    src = os.path.join(TMP, os.path.basename(path)[:-4] + ".docx")
    docu.save(src)
    pdf = soffice(src, "pdf", TMP)
    assert_toc_pages(pdf, g, 0)
    shutil.copy(pdf, path)


# =============================================================== z6 LibreOffice: headings worded otherwise, footer `- N -` from part 1
def page_field(par, before="- ", after=" -"):
    par.add_run(before)
    fld = OxmlElement("w:fldSimple"); fld.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r"); t = OxmlElement("w:t"); t.text = "1"; r.append(t); fld.append(r)
    par._p.append(fld)
    par.add_run(after)


def d_z6(g, path):
    d = g["document"]
    docu = new_doc("Noto Serif CJK SC", 11)
    cover_docx(docu, d, [f'{d["compiled_by"]}编制', f'{d["reviewed_by"]}审核', "2024年1月"],
               headline=d["department"] + d["title"])
    page_break(docu)
    para(docu, "目　　录", 18, True, center=True)
    toc_line(docu, "第一部分　部门整体支出绩效目标", "")
    for k, e in enumerate(x for x in g["toc"] if x["part"] == 1):
        toc_line(docu, f"{CN[k]}、{e['title']}", toc_page(e), left=0.7)
    toc_line(docu, "第二部分　项目支出绩效目标表", "")
    for e in (x for x in g["toc"] if x["part"] == 2):
        seq = [p["seq"] for p in g["projects"] if p["title"] == e["title"]][0]
        toc_line(docu, f"{seq}、{e['title']}", toc_page(e), left=0.7)
    sec = docu.add_section(WD_SECTION.NEW_PAGE)
    sec.footer.is_linked_to_previous = False
    sec.header.is_linked_to_previous = False
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_field(fp)
    hp = sec.header.paragraphs[0]; hp.text = d["department"] + d["title"]; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    pg = OxmlElement("w:pgNumType"); pg.set(qn("w:start"), "1"); sec._sectPr.append(pg)
    para(docu, "第一部分　部门整体支出绩效目标", 16, True, center=True)
    heads = [e["title"] for e in g["toc"] if e["part"] == 1]
    para(docu, f"一、{heads[0]}", 13, True)
    para(docu, g["extra"]["duties"], indent=True)
    para(docu, f"二、{heads[1]}", 13, True)
    for k, x in enumerate(g["overall_goals"]):
        para(docu, f"（{CN[k]}）{x}", indent=True)
    page_break(docu)
    para(docu, f"三、{heads[2]}", 13, True)
    for k, s in enumerate(g["sub_goals"]):
        para(docu, f"（{CN[k]}）{s['title']}", 11, True, indent=True)
        para(docu, "绩效目标：" + s["goal"], indent=True)
        para(docu, "绩效指标：" + s["indicator"], indent=True)
    para(docu, f"四、{heads[3]}", 13, True)
    for k, s in enumerate(g["safeguards"]):
        runs(docu, [(f"（{CN[k]}）{s['title']}。", False), (s["_paras"][0], False)])
        for q in s["_paras"][1:]:
            para(docu, q, indent=True)
    for p in g["projects"]:
        page_break(docu)
        if p["seq"] == 1:
            para(docu, "第二部分　项目支出绩效目标表", 16, True, center=True)
        form_docx(docu, p)
    src = os.path.join(TMP, os.path.basename(path)[:-4] + ".docx")
    docu.save(src)
    pdf = soffice(src, "pdf", TMP)
    assert_toc_pages(pdf, g, 2)                                           # cover and 目录 carry no number
    pages = pdf_pages_text(pdf)
    for i, t in enumerate(pages[2:], 1):
        assert f"-{i}-" in t, f"footer - {i} - missing on physical page {i + 2}"
    shutil.copy(pdf, path)


# =============================================================== z5 signatory cover, lead-in overall goals, 第三部分 附表
def d_z5(g, path):
    d = g["document"]
    docu = new_doc("宋体", 12)
    cover_docx(docu, d, [f'{d["compiled_by"]}编制', f'{d["reviewed_by"]}审核', "（单位公章）", "", g["_signers"]])
    page_break(docu)
    para(docu, "目　　录", 18, True, center=True)
    para(docu, "第一部分　部门整体绩效目标")
    for k, e in enumerate(x for x in g["toc"] if x["part"] == 1):
        toc_line(docu, f"{CN[k]}、{e['title']}", toc_page(e), left=0.7)
    para(docu, "第二部分　项目支出绩效目标表")
    for e in (x for x in g["toc"] if x["part"] == 2):
        seq = [p["seq"] for p in g["projects"] if p["title"] == e["title"]][0]
        toc_line(docu, f"{seq}、{e['title']}", toc_page(e), left=0.7)
    para(docu, "第三部分　附表")
    for e in g["extra"]["toc_part3"]:
        toc_line(docu, f"附表：{e['title']}", str(e["page"]), left=0.7)
    page_break(docu)
    para(docu, "第一部分　部门整体绩效目标", 16, True, center=True)
    para(docu, "一、部门职责", 14, True)
    para(docu, g["extra"]["duties"], indent=True)
    para(docu, "二、总体绩效目标", 14, True)
    para(docu, g["_overall_intro"], indent=True)
    for k, x in enumerate(g["overall_goals"]):
        lead, rest = x.split("。", 1)
        runs(docu, [(f"（{CN[k]}）{lead}。", True), (rest, False)])      # same shape as a safeguard item
    para(docu, "三、分项绩效目标", 14, True)
    for k, s in enumerate(g["sub_goals"]):
        para(docu, f"（{CN[k]}）{s['title']}", 12, True, indent=True)
        para(docu, "绩效目标：" + s["goal"], indent=True)
        para(docu, "绩效指标：" + s["indicator"], indent=True)
    para(docu, "四、工作保障措施", 14, True)
    for k, s in enumerate(g["safeguards"]):
        runs(docu, [(f"（{CN[k]}）{s['title']}。", True), (s["_paras"][0], False)])
        for q in s["_paras"][1:]:
            para(docu, q, indent=True)
    page_break(docu)
    para(docu, "第二部分　项目支出绩效目标表", 16, True, center=True)
    for p in g["projects"]:
        page_break(docu)
        form_docx(docu, p)
    page_break(docu)
    para(docu, "第三部分　附表", 16, True, center=True)
    para(docu, f'附表：{d["department"]}{g["extra"]["toc_part3"][0]["title"]}', 13, True, center=True)
    para(docu, "单位：万元", right=True)
    t = docu.add_table(rows=2 + len(g["projects"]), cols=5); t.style = "Table Grid"
    for c, h in enumerate(["序号", "项目名称", "项目编码", "预算数", "主要绩效指标"]):
        mset(t, 0, c, c, h, bold=True)
    for i, p in enumerate(g["projects"], 1):
        main_ = "；".join(f'{x["level3"]}{x["value_raw"]}' for x in p["indicators"][:2])
        for c, v in enumerate([str(i), p["name"], p["code"], money(p["budget_total"]), main_]):
            mset(t, i, c, c, v)
    n = len(g["projects"]) + 1
    mset(t, n, 0, 2, "合计"); mset(t, n, 3, 3, money(sum(p["budget_total"] for p in g["projects"])))
    mset(t, n, 4, 4, "")
    widths(t, [1.2, 4.6, 4.2, 2.4, 4.6])
    docu.save(path)


# =============================================================== z4 reportlab: 编制说明, Roman-numbered part 1, ruled-grid forms
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


def d_z4(g, path):
    from reportlab.pdfgen import canvas
    rl_setup()
    d = g["document"]
    canv = canvas.Canvas(path, pagesize=(595.2756, 841.8898), pageCompression=1)
    canv.setTitle(d["department"] + d["title"]); canv.setAuthor(d["department"])
    fl = Flow(canv)
    fl.y -= 150
    fl.par(d["department"], 24, center=True)
    fl.par(d["title"], 24, center=True, before=10)                       # no （草案） on this cover
    fl.y -= 230
    for s in g["_cover"]:
        fl.par(s, 14, indent=False, before=4)
    fl.page()
    fl.par("编制说明", 18, center=True, before=10)
    for s in g["_shuoming"]:
        fl.par(s, before=4)
    fl.page()
    fl.par("目　录", 18, center=True, before=10)
    from reportlab.pdfbase.pdfmetrics import stringWidth

    def tline(text, page, indent):
        fl.y -= 24
        x = fl.x0 + indent
        canv.setFont(F, 12); canv.drawString(x, fl.y, text)
        if page:
            canv.drawRightString(fl.x1, fl.y, page)
            a, b = x + stringWidth(text, F, 12) + 4, fl.x1 - stringWidth(page, F, 12) - 4
            n = int((b - a) / stringWidth("…", F, 12))
            canv.drawString(b - n * stringWidth("…", F, 12), fl.y, "…" * n)
    tline("第一部分　部门整体绩效目标", "", 0)
    for k, e in enumerate(x for x in g["toc"] if x["part"] == 1):
        tline(f"{CN[k]}、{e['title']}", toc_page(e), 24)
    tline("第二部分　项目支出绩效目标表", "", 0)
    for e in (x for x in g["toc"] if x["part"] == 2):
        seq = [p["seq"] for p in g["projects"] if p["title"] == e["title"]][0]
        tline(f"{seq}、{e['title']}", toc_page(e), 24)
    fl.page()
    roman = "ⅠⅡⅢⅣⅤ"
    heads = [e["title"] for e in g["toc"] if e["part"] == 1]
    # part 1 on three pages footed Ⅰ Ⅱ Ⅲ: 部门职责 + 总体绩效目标 | 分项绩效目标 | 工作保障措施
    fl.footer = roman[0]
    fl.par("第一部分　部门整体绩效目标", 16, center=True)
    fl.par(f"一、{heads[0]}", 13, indent=False, before=6)
    fl.par(g["extra"]["duties"])
    fl.par(f"二、{heads[1]}", 13, indent=False, before=6)
    for k, x in enumerate(g["overall_goals"]):
        fl.par(f"（{CN[k]}）{x}")
    fl.page(); fl.footer = roman[1]
    fl.par(f"三、{heads[2]}", 13, indent=False)
    for k, s in enumerate(g["sub_goals"], 1):
        fl.par(f"{k}.{s['title']}", before=4)                          # Arabic item numbers under 一、 headings
        fl.par("绩效目标：" + s["goal"])
        fl.par("绩效指标：" + s["indicator"])
    fl.page(); fl.footer = roman[2]
    fl.par(f"四、{heads[3]}", 13, indent=False)
    for k, s in enumerate(g["safeguards"], 1):
        fl.par(f"（{k}）{s['title']}", before=4)                        # heading line of its own, no 。
        for q in s["_paras"]:
            fl.par(q)
    fl.page()
    for p in g["projects"]:
        fl.footer = str(p["seq"])                                        # part 2 restarts at 1
        if p["seq"] == 1:
            fl.par("第二部分　项目支出绩效目标表", 16, center=True)
        form_rl(fl, p)
        fl.page()
    canv.save()


# =============================================================== z3 plain text: ①②③ paragraph, 绩效指标： over numbered lines, 名词解释
def d_z3(g, path):
    d = g["document"]
    L = ["", d["department"], d["title"], f'（{d["status"]}）', "", "", f'{d["compiled_by"]}编制',
         f'{d["reviewed_by"]}审核', "\f", "目  录", ""]
    L.append("第一部分  部门整体绩效目标")
    for k, e in enumerate(x for x in g["toc"] if x["part"] == 1):
        L.append(f"    （{CN[k]}）{e['title']}……………………{toc_page(e)}")
    L.append("第二部分  项目支出绩效目标表")
    for e in (x for x in g["toc"] if x["part"] == 2):
        seq = [p["seq"] for p in g["projects"] if p["title"] == e["title"]][0]
        L.append(f"    {seq}、{e['title']}……………………{toc_page(e)}")
    L.append("第三部分  名词解释……………………" + str(g["extra"]["toc_part3"][0]["page"]))
    L += ["\f", "第一部分", "部门整体绩效目标", "", "（一）总体绩效目标", ""]
    circ = "①②③④⑤⑥"
    L.append("2023年，我局将着力做好以下工作：" + "".join(circ[k] + x for k, x in enumerate(g["overall_goals"])))
    L += ["", "（二）分项绩效目标", ""]
    for k, s in enumerate(g["sub_goals"], 1):
        L.append(f"{k}、{s['title']}")
        L.append("绩效目标：" + s["goal"])
        L.append("绩效指标：")                                                # label alone, items on the lines below
        items = re.findall(r"\d+\.(?!\d).*?[；。]", s["indicator"])
        assert "".join(items) == s["indicator"] and len(items) > 1
        L += items
        L.append("")
    L += ["（三）工作保障措施", ""]
    for k, s in enumerate(g["safeguards"]):
        ps = s["_paras"]
        L.append(f"{CN[k]}、{s['title']}。{ps[0]}")
        L += ps[1:]
        L.append("")
    L += ["\f", "第二部分", "预算项目绩效目标表"]
    for p in g["projects"]:
        L += ["", f'{p["seq"]}、{p["title"]}', "", f'{p["department_code"]} {p["department"]}', "", "单位：万元", ""]
        rows = [["项目编码", p["code"], "", "项目名称", p["name"], "", ""],
                ["预算规模及资金用途", "预算数", money(p["budget_total"]), "其中：财政资金", money(p["budget_fiscal"]),
                 "其他资金", money(p["budget_other"])],
                ["", p["purpose"], "", "", "", "", ""],
                ["资金支出计划（%）"] + [f'{e["month"]}月底' for e in p["spending_plan"]],
                [""] + [f'{e["pct"]:.2f}' for e in p["spending_plan"]],
                ["绩效目标", " ".join(f"{i}、{x}" for i, x in enumerate(p["goals"], 1)), "", "", "", "", ""],
                ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"]]
        prev = None
        for x in p["indicators"]:
            rows.append([x["level1"] if x["level1"] != prev else "", x["level2"], x["level3"], x["description"],
                         x["value_raw"], x["basis"]])
            prev = x["level1"]
        L += ["\t".join(r) for r in rows]
    L += ["\f", "第三部分", "名词解释", ""]
    L += [f"{k}.{s}" for k, s in enumerate(g["extra"]["glossary"], 1)]
    L.append("")
    txt = "\n".join(L).replace("\n\f\n", "\n\f")
    with open(path, "w", encoding="utf-8") as f:
        f.write(txt)


# =============================================================== driver
def build(stem, g):
    """returns (path, format, pages)."""
    kind = {"z1": ("docx", d_z1), "z2": ("pdf", d_z2), "z3": ("txt", d_z3), "z4": ("pdf", d_z4),
            "z5": ("docx", d_z5), "z6": ("pdf", d_z6)}[stem[:2]]
    out = os.path.join(OUT, stem + "." + kind[0])
    kind[1](g, out)
    pages = None
    if kind[0] == "pdf":
        import pypdfium2 as pdfium
        pages = len(pdfium.PdfDocument(out))
    return out, {"txt": "text"}.get(kind[0], kind[0]), pages


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
