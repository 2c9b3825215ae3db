#!/usr/bin/env python3
"""Render the six blind documents of heldout25a FROM the hand-typed facts in golds.py, scan them, write the golds.
Theme: WHOLE 部门预算绩效文本 DOCUMENTS (cover, 目录, 第一部分 in prose, 第二部分 two or three seed-like 绩效目标表) AS SCANS.
Each document is first drawn as a native PDF with reportlab (CID font STSong-Light, body 11 pt, tables 9 pt), kept in
/tmp/heldout25a_build/NAME.src.pdf (check.py reads its strings there), then rasterised with pypdfium2 and damaged with
Pillow/numpy (seeded): d1 grey 200 dpi flatbed JPEG pages with skew; d2 bilevel CCITT G4 multi-page TIFF at 300 dpi;
d3 colour 200 dpi scan with a red round seal multiplied over the cover's 编制单位 line and date; d4 grey 300 dpi feeder
scan whose landscape form page is turned 90° onto a portrait image; d5 a searchable PDF (page image + invisible text
layer, render mode 3, from the source's word boxes); d6 phone photos (perspective, light gradient, desk) made into a
PDF. make.py reads each source back and REFUSES (assert) unless every 目录 entry's heading is printed on the page whose
footer prints the 目录's number. Nothing from the jixiao project is imported. Deterministic: same bytes on a rebuild.
Run: .venv/bin/python samples/heldout25a/make.py"""
import hashlib, json, math, os, re, shutil, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kit import clean
from golds import G

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "drafts")
EXPECTED = os.path.join(HERE, "expected")
TMP = "/tmp/heldout25a_build"
F = "STSong-Light"
CN = "一二三四五六七八九十"
A4 = (595.2756, 841.8898)
BODY = 11.0

EXT = {"d1": "pdf", "d2": "tif", "d3": "pdf", "d4": "pdf", "d5": "pdf", "d6": "pdf"}


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


def plan_cols(n):
    return {3: [(1, 2), (3, 4), (5, 6)], 4: [(1, 2), (3, 3), (4, 5), (6, 6)]}[n]


def rl_setup():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    pdfmetrics.registerFont(UnicodeCIDFont(F))


def sw(text, size):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    return stringWidth(text, F, size)


def wrap(text, width, size):
    if "\n" in text:
        return [ln for part in text.split("\n") for ln in wrap(part, width, size)]
    lines, cur = [], ""
    for ch in text:
        if cur and sw(cur + ch, size) > width:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    return lines + [cur] if cur else lines or [""]


# =============================================================== ruled grids (the forms, the 分项 table)
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
        canv.setLineWidth(0.8); canv.setStrokeColor("black")
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


# =============================================================== the document writer
def put(c, x, y, text, size, bold=False):
    """one line of text; bold as a word processor fakes it for a font without a bold face: fill + stroke (mode 2)."""
    t = c.beginText()
    t.setFont(F, size)
    if bold:
        c.setLineWidth(size / 30); c.setStrokeColor("black")
        t.setTextRenderMode(2)
    c.setFillColor("black")
    t.setTextOrigin(x, y)
    t.textOut(text)
    c.drawText(t)

class Doc:
    """an A4 document drawn page by page; paragraphs flow and break onto a new page when the page is full; footers
    `_footer` from physical page 3 on, numbered so that physical page `_first` prints 1."""
    def __init__(self, path, g):
        from reportlab.pdfgen import canvas
        rl_setup()
        self.g = g
        self.c = canvas.Canvas(path, pagesize=A4, invariant=1, pageCompression=1)
        d = g["document"]
        self.c.setTitle(d["department"] + d["title"]); self.c.setAuthor(d["department"])
        self.n = 1
        self.size = A4
        self.new_page_state()

    def new_page_state(self):
        W, H = self.size
        self.W, self.H = W, H
        self.x0, self.x1 = 72, W - 72
        self.y = H - 78

    def footer(self):
        if self.n >= 3:
            self.c.setFont(F, 10.5); self.c.setFillColor("black")
            self.c.drawCentredString(self.W / 2, 38, self.g["_footer"].format(n=self.n - self.g["_first"] + 1))

    def page(self, landscape_next=False):
        self.footer()
        self.c.showPage()
        self.n += 1
        self.size = (A4[1], A4[0]) if landscape_next else A4
        self.c.setPageSize(self.size)
        self.new_page_state()

    def par(self, text, size=None, center=False, indent=True, lead=None, before=0, bold=False):
        size, lead = size or self.g.get("_body", BODY), lead or self.g.get("_lead", 1.72)
        self.y -= before
        if center:
            if self.y - size * lead < 70:
                self.page()
            self.y -= size * lead
            put(self.c, self.W / 2 - sw(text, size) / 2, self.y, text, size, bold)
            return
        for ln in wrap(("　　" if indent else "") + text, self.x1 - self.x0, size):
            if self.y - size * lead < 64:
                self.page()
            self.y -= size * lead
            put(self.c, self.x0, self.y, ln, size, bold)

    def save(self):
        self.footer()
        self.c.showPage()
        self.c.save()


def cover(dc, g, headline_gap=150):
    d = g["document"]
    dc.y -= headline_gap
    dc.par(d["department"], 24, center=True, bold=True)
    dc.par(d["title"], 24, center=True, before=12, bold=True)
    if d["status"]:
        dc.par(f'（{d["status"]}）', 16, center=True, before=8)
    ys = []
    for k, s in enumerate(g["_cover"]):
        y = 300 - 40 * k
        dc.c.setFont(F, 15); dc.c.drawCentredString(dc.W / 2, y, s)
        ys.append(y)
    dc.page()
    return ys


def toc_page(dc, g, part1_heads, part1_name, part2_name="第二部分　项目支出绩效目标表"):
    dc.par("目　　录", 18, center=True, before=10, bold=True)
    dc.y -= 14

    def tline(text, pg, indent):
        dc.y -= 30
        x = dc.x0 + indent
        dc.c.setFont(F, 12); dc.c.drawString(x, dc.y, text)
        if pg:
            dc.c.drawRightString(dc.x1, dc.y, pg)
            a, b = x + sw(text, 12) + 4, dc.x1 - sw(pg, 12) - 4
            n = int((b - a) / sw(".", 12))
            dc.c.drawString(b - n * sw(".", 12), dc.y, "." * n)
    tline(part1_name, "", 0)
    e1 = [e for e in g["toc"] if e["part"] == 1]
    assert len(e1) == len(part1_heads)
    for k, e in enumerate(e1):
        tline(f"{CN[k]}、{e['title']}", str(e["page"]), 24)
    tline(part2_name, "", 0)
    for k, e in enumerate([e for e in g["toc"] if e["part"] == 2], 1):
        tline(f"{k}、{e['title']}", str(e["page"]), 24)
    dc.page()


def form(dc, p):
    land = p.get("_landscape")
    c = dc.c
    dc.par(f'{p["seq"]}、{p["title"]}', 15, center=True, bold=True)
    dc.par(f'{p["department_code"]} {p["department"]}', 10.5, indent=False, before=4)
    c.setFont(F, 10.5); c.drawRightString(dc.W - 50, dc.y, "单位：万元")
    inds = p["indicators"]
    cs = [cell(0, 0, "项目编码", "label"), cell(0, 1, p["code"], "val", cs=2), cell(0, 3, "项目名称", "label"),
          cell(0, 4, p["name"], cs=3), cell(1, 0, "预算规模及资金用途", "label", rs=2)]
    for k, v in enumerate(["预算数", money(p["budget_total"]), "其中：财政资金", money(p["budget_fiscal"]),
                           "其他资金", money(p["budget_other"])], 1):
        cs.append(cell(1, k, v, "val"))
    cs += [cell(2, 1, p["purpose"], cs=6), cell(3, 0, "资金支出计划（%）", "label", rs=2)]
    for (c0, c1), e in zip(plan_cols(len(p["spending_plan"])), p["spending_plan"]):
        cs += [cell(3, c0, f'{e["month"]}月底', "val", cs=c1 - c0 + 1),
               cell(4, c0, f'{e["pct"]:.2f}', "val", cs=c1 - c0 + 1)]
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
    colw = [80, 88, 130, 110, 110, 100, 124] if land else [62, 66, 92, 66, 66, 72, 71]
    x0 = (dc.W - sum(colw)) / 2
    y = draw_grid(c, x0, dc.y - 8, colw, cs)
    assert y > 58, f"{p['name']}: form runs off the page ({y})"


def part_two(dc, g, head="第二部分　项目支出绩效目标表"):
    for p in g["projects"]:
        if p["seq"] == 1:
            dc.par(head, 16, center=True, bold=True)
        form(dc, p)
        nxt = [q for q in g["projects"] if q["seq"] == p["seq"] + 1]
        if nxt:
            dc.page(landscape_next=bool(nxt[0].get("_landscape")))


def subgoal_table(dc, g):
    cs = [cell(0, 0, "序号", "head"), cell(0, 1, "分项目标", "head"), cell(0, 2, "绩效目标", "head"),
          cell(0, 3, "绩效指标", "head")]
    for k, s in enumerate(g["sub_goals"], 1):
        cs += [cell(k, 0, str(k), "val"), cell(k, 1, s["title"], "val"), cell(k, 2, s["goal"]), cell(k, 3, s["indicator"])]
    colw = [36, 90, 160, 165]
    y = draw_grid(dc.c, dc.x0, dc.y - 6, colw, cs)
    dc.y = y - 8


# =============================================================== the six documents (part one written differently in each)
def src_d1(g, path):           # 第一部分 部门职责及绩效目标; 一、部门职责 … 四、保障措施; （一） items; footer — N — from part one
    dc = Doc(path, g)
    cover(dc, g)
    heads = ["部门职责", "总体绩效目标", "分项绩效目标", "保障措施"]
    toc_page(dc, g, heads, "第一部分　部门职责及绩效目标")
    dc.par("第一部分　部门职责及绩效目标", 16, center=True, bold=True)
    dc.par("一、部门职责", 13, indent=False, before=4, bold=True)
    dc.par(g["extra"]["duties"])
    dc.par("二、总体绩效目标", 13, indent=False, before=4, bold=True)
    for k, x in enumerate(g["overall_goals"]):
        dc.par(f"（{CN[k]}）{x}")
    dc.par("三、分项绩效目标", 13, indent=False, before=4, bold=True)
    for k, s in enumerate(g["sub_goals"]):
        dc.par(f"（{CN[k]}）{s['title']}")
        dc.par("绩效目标：" + s["goal"])
        dc.par("绩效指标：" + s["indicator"])
    dc.par("四、保障措施", 13, indent=False, before=4, bold=True)
    for k, s in enumerate(g["safeguards"]):
        ps = s["_paras"]
        dc.par(f"（{CN[k]}）{s['title']}。{ps[0]}")
        for q in ps[1:]:
            dc.par(q)
    dc.page()
    part_two(dc, g)
    dc.save()


def src_d2(g, path):           # 部门整体绩效目标; overall 1.; 分项 as a 4-column ruled table; 三、工作保障措施
    dc = Doc(path, g)
    cover(dc, g)
    toc_page(dc, g, ["总体绩效目标", "分项绩效目标", "工作保障措施"], "第一部分　部门整体绩效目标")
    dc.par("第一部分　部门整体绩效目标", 16, center=True, bold=True)
    dc.par("一、总体绩效目标", 13, indent=False, before=4, bold=True)
    for k, x in enumerate(g["overall_goals"], 1):
        dc.par(f"{k}.{x}")
    dc.par("二、分项绩效目标", 13, indent=False, before=4, bold=True)
    subgoal_table(dc, g)
    dc.par("三、工作保障措施", 13, indent=False, before=4, bold=True)
    for k, s in enumerate(g["safeguards"]):
        ps = s["_paras"]
        dc.par(f"（{CN[k]}）{s['title']}。{ps[0]}")
        for q in ps[1:]:
            dc.par(q)
    dc.page()
    part_two(dc, g)
    dc.save()


def seal_pdf(path, cx, cy, text, r=56):
    """the seal alone on an A4 page (drawn in red with reportlab), multiplied onto the cover scan by scan_d3."""
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setStrokeColorRGB(0.85, 0.12, 0.12); c.setFillColorRGB(0.85, 0.12, 0.12)
    c.setLineWidth(2.8); c.circle(cx, cy, r, stroke=1, fill=0)
    n, span = len(text), 250.0
    for k, ch in enumerate(text):
        ang = 90 + span / 2 - k * span / (n - 1)
        a = math.radians(ang)
        c.saveState()
        c.translate(cx + (r - 13) * math.cos(a), cy + (r - 13) * math.sin(a))
        c.rotate(ang - 90)
        c.setFont(F, 11); c.drawCentredString(0, -4, ch)
        c.restoreState()
    p = c.beginPath()
    for k in range(10):
        rr = 15 if k % 2 == 0 else 6
        a = math.radians(90 + k * 36)
        (p.moveTo if k == 0 else p.lineTo)(cx + rr * math.cos(a), cy + rr * math.sin(a))
    p.close(); c.drawPath(p, stroke=0, fill=1)
    c.showPage(); c.save()


def src_d3(g, path):           # 一、部门职责; overall （一）; sub-goals 1.title + labels; safeguards （一）; footer 第 N 页
    dc = Doc(path, g)
    ys = cover(dc, g)
    g["_seal_at"] = (dc.W / 2 + sw(g["_cover"][1], 15) / 2 - 52, ys[1] - 24)
    toc_page(dc, g, ["部门职责", "总体绩效目标", "分项绩效目标", "保障措施"], "第一部分　部门概况及绩效目标")
    dc.par("第一部分　部门概况及绩效目标", 16, center=True, bold=True)
    dc.par("一、部门职责", 13, indent=False, before=4, bold=True)
    dc.par(g["extra"]["duties"])
    dc.par("二、总体绩效目标", 13, indent=False, before=4, bold=True)
    for k, x in enumerate(g["overall_goals"]):
        dc.par(f"（{CN[k]}）{x}")
    dc.par("三、分项绩效目标", 13, indent=False, before=4, bold=True)
    for k, s in enumerate(g["sub_goals"], 1):
        dc.par(f"{k}.{s['title']}")
        dc.par("绩效目标：" + s["goal"])
        dc.par("绩效指标：" + s["indicator"])
    dc.par("四、保障措施", 13, indent=False, before=4, bold=True)
    for k, s in enumerate(g["safeguards"]):
        dc.par(f"（{CN[k]}）{s['title']}。" + s["_paras"][0])
    dc.page()
    part_two(dc, g)
    dc.save()


def src_d4(g, path):           # a long part one that runs over TWO pages; form 2 on a LANDSCAPE page
    dc = Doc(path, g)
    cover(dc, g)
    toc_page(dc, g, ["部门职责", "总体绩效目标", "分项绩效目标", "保障措施"], "第一部分　部门职责及绩效目标")
    dc.par("第一部分　部门职责及绩效目标", 16, center=True, bold=True)
    dc.par("一、部门职责", 13, indent=False, before=4, bold=True)
    dc.par(g["extra"]["duties"])
    dc.par("二、总体绩效目标", 13, indent=False, before=4, bold=True)
    for k, x in enumerate(g["overall_goals"]):
        dc.par(f"（{CN[k]}）{x}")
    dc.par("三、分项绩效目标", 13, indent=False, before=4, bold=True)
    for k, s in enumerate(g["sub_goals"]):
        dc.par(f"（{CN[k]}）{s['title']}", before=2)
        dc.par("绩效目标：" + s["goal"])
        dc.par("绩效指标：" + s["indicator"])
    dc.par("四、保障措施", 13, indent=False, before=4, bold=True)
    for k, s in enumerate(g["safeguards"], 1):
        ps = s["_paras"]
        dc.par(f"{k}.{s['title']}。{ps[0]}")
        for q in ps[1:]:
            dc.par(q)
    dc.page()
    part_two(dc, g)
    dc.save()


def src_d5(g, path):           # overall 1.; sub-goals （一）; safeguards 1.title。text
    dc = Doc(path, g)
    cover(dc, g)
    toc_page(dc, g, ["总体绩效目标", "分项绩效目标", "保障措施"], "第一部分　部门整体绩效目标")
    dc.par("第一部分　部门整体绩效目标", 16, center=True, bold=True)
    dc.par("一、总体绩效目标", 13, indent=False, before=4, bold=True)
    for k, x in enumerate(g["overall_goals"], 1):
        dc.par(f"{k}.{x}")
    dc.par("二、分项绩效目标", 13, indent=False, before=4, bold=True)
    for k, s in enumerate(g["sub_goals"]):
        dc.par(f"（{CN[k]}）{s['title']}")
        dc.par("绩效目标：" + s["goal"])
        dc.par("绩效指标：" + s["indicator"])
    dc.par("三、保障措施", 13, indent=False, before=4, bold=True)
    for k, s in enumerate(g["safeguards"], 1):
        dc.par(f"{k}.{s['title']}。" + s["_paras"][0])
    dc.page()
    part_two(dc, g)
    dc.save()


def src_d6(g, path):           # 一、部门职责; sub-goals 1.title; safeguards （一）; footer - N - from part one
    dc = Doc(path, g)
    cover(dc, g)
    toc_page(dc, g, ["部门职责", "总体绩效目标", "分项绩效目标", "保障措施"], "第一部分　部门职责及绩效目标")
    dc.par("第一部分　部门职责及绩效目标", 16, center=True, bold=True)
    dc.par("一、部门职责", 13, indent=False, before=4, bold=True)
    dc.par(g["extra"]["duties"])
    dc.par("二、总体绩效目标", 13, indent=False, before=4, bold=True)
    for k, x in enumerate(g["overall_goals"]):
        dc.par(f"（{CN[k]}）{x}")
    dc.par("三、分项绩效目标", 13, indent=False, before=4, bold=True)
    for k, s in enumerate(g["sub_goals"], 1):
        dc.par(f"{k}.{s['title']}")
        dc.par("绩效目标：" + s["goal"])
        dc.par("绩效指标：" + s["indicator"])
    dc.par("四、保障措施", 13, indent=False, before=4, bold=True)
    for k, s in enumerate(g["safeguards"]):
        dc.par(f"（{CN[k]}）{s['title']}。" + s["_paras"][0])
    dc.page()
    part_two(dc, g)
    dc.save()


# =============================================================== the source read back: 目录 pages = printed footers
FOOT = re.compile(r"^(?:[-—]\s*\d+\s*[-—]|第\s*\d+\s*页)$")


def src_pages(path):
    import pdfplumber
    out = []
    with pdfplumber.open(path) as pdf:
        for pg in pdf.pages:
            lines = (pg.extract_text() or "").splitlines()
            foot = [ln.strip() for ln in lines if FOOT.match(ln.strip())]
            out.append((re.sub(r"\s+", "", "".join(ln for ln in lines if not FOOT.match(ln.strip()))),
                        int(re.sub(r"\D", "", foot[0])) if foot else None))
    return out


def assert_toc(path, g):
    pages = src_pages(path)
    assert len(pages) == g["source"]["pages"], (len(pages), g["source"]["pages"])
    for e in g["toc"]:
        hits = [fn for txt, fn in pages[2:] if re.search(r"(?:[一二三四五六七八九]、|^|\d、)" + re.escape(e["title"]), txt)]
        assert e["page"] in hits, (e, hits)
    assert pages[0][1] is None and pages[1][1] is None
    return pages


# =============================================================== scanning
def render(src, dpi, grey=True):
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(src)
    out = []
    for i in range(len(pdf)):
        im = pdf[i].render(scale=dpi / 72, grayscale=grey).to_pil()
        w, h = pdf[i].get_size()
        im = im.crop((0, 0, round(w * dpi / 72), round(h * dpi / 72)))     # A4 at 300 dpi: 2480 x 3508, not 2481
        out.append(im.convert("L" if grey else "RGB"))
    return out


def grey_damage(im, rng, paper=241, ink=26, noise=3.2, blur=0.45, angle=0.0):
    a = np.asarray(im).astype(np.float32)
    a = paper - (255 - a) * ((paper - ink) / 255)
    a += rng.normal(0, noise, a.shape)
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if angle:
        out = out.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=paper)
    return out.filter(ImageFilter.GaussianBlur(blur))


def image_pdf(path, jpgs, sizes_pt):
    from reportlab import rl_config
    rl_config.useA85 = 0                       # the JPEG stream as it is (/DCTDecode), as scanner software writes it
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(path, pagesize=sizes_pt[0], invariant=1, pageCompression=1)
    c.setTitle(""); c.setAuthor(""); c.setCreator("")
    for jpg, size in zip(jpgs, sizes_pt):
        c.setPageSize(size)
        c.drawImage(jpg, 0, 0, width=size[0], height=size[1])
        c.showPage()
    c.save()


def scan_d1(g, src, path, stem):
    rng = np.random.default_rng(2501)
    jpgs = []
    for i, im in enumerate(render(src, 200)):
        out = grey_damage(im, rng, angle=g["_skew"][i])
        j = os.path.join(TMP, f"{stem}.p{i + 1}.jpg"); out.save(j, "JPEG", quality=82, dpi=(200, 200)); jpgs.append(j)
    image_pdf(path, jpgs, [A4] * len(jpgs))


def scan_d2(g, src, path, stem):
    rng = np.random.default_rng(2502)
    frames = []
    for im in render(src, 300):
        a = np.asarray(im).astype(np.float32) + rng.normal(0, 14, im.size[::-1])
        b = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))
        bw = np.asarray(b) > 150
        ys, xs = rng.integers(0, bw.shape[0], 260), rng.integers(0, bw.shape[1], 260)   # specks
        for y, x in zip(ys, xs):
            bw[y:y + 2, x:x + 2] = False
        frames.append(Image.fromarray(bw.astype(np.uint8) * 255).convert("1"))
    frames[0].save(path, "TIFF", compression="group4", dpi=(300, 300), save_all=True, append_images=frames[1:])


def scan_d3(g, src, path, stem):
    rng = np.random.default_rng(2503)
    pages = render(src, 200, grey=False)
    sp = os.path.join(TMP, f"{stem}.seal.pdf")
    seal_pdf(sp, *g["_seal_at"], g["document"]["compiled_by"])
    seal = np.asarray(render(sp, 200, grey=False)[0]).astype(np.float32)
    jpgs = []
    for i, im in enumerate(pages):
        a = np.asarray(im).astype(np.float32)
        paper = np.array([250, 247, 238], np.float32)
        a = paper - (255 - a) * ((paper - 30) / 255)
        if i == 0:
            ink = (255 - seal) / 255                                                  # seal ink, uneven
            m = rng.uniform(0.55, 1.0, (seal.shape[0] // 16 + 1, seal.shape[1] // 16 + 1)).astype(np.float32)
            m = np.asarray(Image.fromarray((m * 255).astype(np.uint8)).resize((seal.shape[1], seal.shape[0]),
                                                                                Image.BILINEAR)) / 255.0
            a = a * (1 - ink * m[..., None])
        a += rng.normal(0, 3.0, a.shape)
        out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).rotate(0.15 if i % 2 else -0.2, Image.BICUBIC,
                                                                           fillcolor=(250, 247, 238))
        out = out.filter(ImageFilter.GaussianBlur(0.45))
        j = os.path.join(TMP, f"{stem}.p{i + 1}.jpg"); out.save(j, "JPEG", quality=85, dpi=(200, 200)); jpgs.append(j)
    image_pdf(path, jpgs, [A4] * len(jpgs))


def scan_d4(g, src, path, stem):
    rng = np.random.default_rng(2504)
    jpgs = []
    for i, im in enumerate(render(src, 300)):
        if im.size[0] > im.size[1]:                          # a landscape sheet through the feeder: turned 90°
            im = im.transpose(Image.ROTATE_270)              # clockwise: the form's top is on the image's right
        out = grey_damage(im, rng, paper=236, ink=30, noise=2.5, blur=0.55)
        j = os.path.join(TMP, f"{stem}.p{i + 1}.jpg"); out.save(j, "JPEG", quality=80, dpi=(300, 300)); jpgs.append(j)
    image_pdf(path, jpgs, [A4] * len(jpgs))


def ocr_words(src):
    """per page: [(text, x0, top, x1, bottom)] in OCR block order: words outside tables by position, table words cell by
    cell (row-major), lines within a cell top to bottom (as heldout21a's searchable layer)."""
    import pdfplumber
    pages = []
    with pdfplumber.open(src) as pdf:
        for pg in pdf.pages:
            bx = [c for t in pg.find_tables() for c in t.cells if c]
            keyed = []
            for w in pg.extract_words(x_tolerance=1.5, y_tolerance=2):
                cx, cy = (w["x0"] + w["x1"]) / 2, (w["top"] + w["bottom"]) / 2
                k = next((b for b in bx if b[0] <= cx <= b[2] and b[1] <= cy <= b[3]), None)
                key = (round(k[1], 1), round(k[0], 1), w["top"], w["x0"]) if k else (w["top"], -1, 0, w["x0"])
                keyed.append((key, (w["text"], w["x0"], w["top"], w["x1"], w["bottom"])))
            pages.append([w for _, w in sorted(keyed, key=lambda z: z[0])])
    return pages


def scan_d5(g, src, path, stem):
    from reportlab import rl_config
    rl_config.useA85 = 0
    from reportlab.pdfgen import canvas
    rng = np.random.default_rng(2505)
    words = ocr_words(src)
    c = canvas.Canvas(path, pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle(""); c.setAuthor(""); c.setCreator("Scanner OCR")
    for i, (im, pw) in enumerate(zip(render(src, 200), words)):
        out = grey_damage(im, rng, paper=244, ink=24, noise=2.8, blur=0.4)
        j = os.path.join(TMP, f"{stem}.p{i + 1}.jpg"); out.save(j, "JPEG", quality=82, dpi=(200, 200))
        c.drawImage(j, 0, 0, width=A4[0], height=A4[1])
        for text, x0, top, x1, bottom in pw:
            size = bottom - top
            t = c.beginText()
            t.setTextRenderMode(3)
            t.setFont(F, size)
            nat = sw(text, size)
            if nat > 0:
                t.setHorizScale(100.0 * (x1 - x0) / nat)
            t.setTextOrigin(x0, A4[1] - bottom + size * 0.12)
            t.textOut(text)
            c.drawText(t)
        c.showPage()
    c.save()


def scan_d6(g, src, path, stem):
    rng = np.random.default_rng(2506)
    W, H = 1800, 2400
    jpgs = []
    for i, im in enumerate(render(src, 200, grey=False)):
        a = np.asarray(im).astype(np.float32)
        paper = np.array([246, 240, 226], np.float32)
        page = Image.fromarray(np.clip(paper - (255 - a) * ((paper - 35) / 255), 0, 255).astype(np.uint8))
        pw, ph = page.size                                   # 1654 x 2339
        # where the page corners land in the photo (tl, tr, br, bl): the sheet a little smaller at the top (keystone)
        j = rng.uniform(-14, 14, 8)
        dst = [(150 + j[0], 95 + j[1]), (1650 + j[2], 110 + j[3]), (1715 + j[4], 2330 + j[5]), (80 + j[6], 2315 + j[7])]
        coeffs = persp_coeffs(dst, [(0, 0), (pw, 0), (pw, ph), (0, ph)])
        desk = np.zeros((H, W, 3), np.float32) + np.array([92, 74, 58], np.float32)
        desk += rng.normal(0, 6, desk.shape)
        warped = page.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(0, 0, 0))
        mask = Image.new("L", (pw, ph), 255).transform((W, H), Image.PERSPECTIVE, coeffs, Image.BILINEAR, fillcolor=0)
        mk = np.asarray(mask).astype(np.float32)[..., None] / 255
        photo = desk * (1 - mk) + np.asarray(warped).astype(np.float32) * mk
        yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)                           # light from the upper left
        grad = 1.06 - 0.24 * (0.6 * xx / W + 0.4 * yy / H)
        photo = photo * grad[..., None] + rng.normal(0, 4.0, photo.shape)
        out = Image.fromarray(np.clip(photo, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.7))
        jp = os.path.join(TMP, f"{stem}.p{i + 1}.jpg"); out.save(jp, "JPEG", quality=86, dpi=(200, 200)); jpgs.append(jp)
    image_pdf(path, jpgs, [(W * 72 / 200, H * 72 / 200)] * len(jpgs))


def persp_coeffs(dst, src):
    """coefficients for Image.transform(PERSPECTIVE): maps output (dst) points to input (src) points."""
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); B.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y]); B.append(v)
    return list(np.linalg.solve(np.array(A, float), np.array(B, float)))


SRC = {"d1": src_d1, "d2": src_d2, "d3": src_d3, "d4": src_d4, "d5": src_d5, "d6": src_d6}
SCAN = {"d1": scan_d1, "d2": scan_d2, "d3": scan_d3, "d4": scan_d4, "d5": scan_d5, "d6": scan_d6}


def main():
    os.makedirs(TMP, exist_ok=True)
    for d in (OUT, EXPECTED):
        shutil.rmtree(d, ignore_errors=True); os.makedirs(d)
    for stem, g in G.items():
        key = stem[:2]
        name = f"{stem}.{EXT[key]}"
        src = os.path.join(TMP, f"{stem}.src.pdf")
        SRC[key](g, src)
        g["source"] = {"path": name, "sha256": None, "format": "image" if EXT[key] == "tif" else "pdf",
                       "pages": len(g["projects"]) + 2 + (2 if key == "d4" else 1), "ocr": True}
        assert_toc(src, g)
        out = os.path.join(TMP, name)
        SCAN[key](g, src, out, stem)
        shutil.copy(out, os.path.join(OUT, name))
        g["source"]["sha256"] = hashlib.sha256(open(out, "rb").read()).hexdigest()
        with open(os.path.join(EXPECTED, stem + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(clean(g), f, ensure_ascii=False, indent=1)
            f.write("\n")
        n = sum(len(p["indicators"]) for p in g["projects"])
        print(f"{name}: {g['source']['pages']} pages, {len(g['projects'])} projects, {n} indicators")


if __name__ == "__main__":
    main()
