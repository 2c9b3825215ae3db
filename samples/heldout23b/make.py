#!/usr/bin/env python3
"""Render every PDF of heldout23b FROM the facts in golds.py and write the golds with source filled.

Two producers, as the theme asks:
- a small reportlab layout engine (q1, q3, q5, q6): it wraps each cell's text (CJK font STSong-Light, CID, not
  embedded; no line starts with closing punctuation), gives each row the height its tallest cell needs (a merged
  cell's run grows to hold its text), flows the rows down the page and, where a row does not fit, either moves it
  whole to the next page (drawing that page's continuation furniture first: q3's `续表` caption, q5's repeated header
  row = Excel print titles) or — for the rows the program lets break across pages (q1's row 10, q6's 年度总体目标 row)
  — keeps the lines that fit on this page and carries the rest over (Word's "允许跨页断行"). Grid lines are stroked
  segments, one rectangle per cell slice; a merged cell is one rectangle per PAGE slice of its run, its text printed
  once in the first slice (q1, q6, as Word), again in every slice (q3, as a typesetter's 续表), or — q5, as Excel
  prints — centred in the WHOLE merged range, so it lands only on the page where the range's middle falls. q5's
  landscape sheets are stored as a PORTRAIT media box with `/Rotate 90` and the content drawn turned, as a PostScript
  printer driver + Distiller store them. Producer / Creator are set to the imitated program.
- python-docx → LibreOffice headless (q2, q4): `soffice --convert-to pdf` with an own profile under
  /tmp/heldout23b_build, one conversion at a time. q2's indicator table has TWO header rows (a 年度绩效指标 band and the
  column names), both `w:tblHeader` (repeated on every page), rows that may not break (`w:cantSplit`) and vertically
  merged 一级/二级 cells (`w:vMerge`); q4's form is ONE table per project whose rows may not break (`w:cantSplit`), two
  blank paragraphs (`_gap`) between the forms of projects 1 and 2.
After rendering, make.py reads each PDF back (pdfplumber) and ASSERTS that every break fell where the README says;
it refuses to write the golds otherwise. Intermediate files: /tmp/heldout23b_build. Nothing is imported from jixiao.
reportlab and LibreOffice stamp dates / ids, so sha256 changes on a rebuild (the golds are rewritten with the new
hashes); the facts do not. `make.py q2 q5` rebuilds only the named drafts."""
import hashlib, json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from golds import F, G  # noqa: E402
from kit import clean  # noqa: E402

from reportlab.pdfgen import canvas  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.cidfonts import UnicodeCIDFont  # noqa: E402

D, EXPECTED, TMP = os.path.join(HERE, "drafts"), os.path.join(HERE, "expected"), "/tmp/heldout23b_build"
LO = ["soffice", f"-env:UserInstallation=file://{TMP}/lo_profile", "--headless"]
FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))
A4 = (595.28, 841.89)
NOSTART = set("，。；、：？！）》”’%％·")


def tw(s, size):
    return pdfmetrics.stringWidth(s, FONT, size)


def wrap(text, width, size):
    """greedy line breaking: CJK per character, ASCII / number runs kept whole, no line starts with closing
    punctuation (the character before it is carried down with it)."""
    out = []
    for para in text.split("\n"):
        cur = ""
        for t in re.findall(r"[A-Za-z0-9.%/≥≤=<>+\-~]+|.", para):
            if cur and tw(cur + t, size) > width:
                if t in NOSTART and len(cur) > 1:  # no line starts with closing punctuation: carry a character down
                    out.append(cur[:-1])
                    cur = cur[-1] + t
                else:
                    out.append(cur)
                    cur = t
            else:
                cur += t
        out.append(cur)
    return out


# ------------------------------------------------------------------ pages in display space (y from the top)
class Page:
    def __init__(self, w, h, rotate=0):
        self.w, self.h, self.rotate, self.ops = w, h, rotate, []

    def text(self, x, y, s, size, anchor="l"):
        self.ops.append(("t", x, y, s, size, anchor))

    def line(self, x0, y0, x1, y1, lw=0.6):
        self.ops.append(("l", x0, y0, x1, y1, lw))

    def rect(self, x0, y0, x1, y1, lw=0.6):
        for a in ((x0, y0, x1, y0), (x1, y0, x1, y1), (x1, y1, x0, y1), (x0, y1, x0, y0)):
            self.line(*a, lw=lw)


class Doc:
    def __init__(self, margins=(72, 72, 64, 64), size=A4, rotate=0):
        self.pages, self.margins = [], margins
        self.new_page(size, rotate)

    def new_page(self, size=None, rotate=None, margins=None):
        if size is None:
            size, rotate = (self.page.w, self.page.h), self.page.rotate
        if margins:
            self.margins = margins
        self.page = Page(size[0], size[1], rotate or 0)
        self.pages.append(self.page)
        t, b, l, r = self.margins
        self.y, self.top, self.bottom, self.left, self.right = t, t, size[1] - b, l, size[0] - r

    @property
    def width(self):
        return self.right - self.left

    def para(self, s, size, anchor="c", before=0, after=4, lead=1.35):
        self.y += before
        for ln in wrap(s, self.width, size):
            x = {"l": self.left, "c": (self.left + self.right) / 2, "r": self.right}[anchor]
            self.page.text(x, self.y + size * 0.88, ln, size, anchor)
            self.y += size * lead
        self.y += after


def save(doc, path, creator, producer, title):
    c = canvas.Canvas(path, pagesize=A4, pageCompression=1, invariant=0)
    c.setCreator(creator)
    c.setProducer(producer)
    c.setTitle(title)
    for p in doc.pages:
        if p.rotate:
            # a landscape sheet stored as a PORTRAIT media box turned by /Rotate 90 (the viewer turns it clockwise);
            # reportlab swaps the page size it is given when the rotation is 90, so it gets the landscape size here
            c.setPageSize((p.w, p.h))
            c.setPageRotation(90)
            c.saveState()
            c.transform(0, 1, -1, 0, p.h, 0)
        else:
            c.setPageRotation(0)
            c.setPageSize((p.w, p.h))
        c.setStrokeColorRGB(0, 0, 0)
        for op in p.ops:
            if op[0] == "l":
                _, x0, y0, x1, y1, lw = op
                c.setLineWidth(lw)
                c.line(x0, p.h - y0, x1, p.h - y1)
            else:
                _, x, y, s, size, anchor = op
                c.setFont(FONT, size)
                {"l": c.drawString, "c": c.drawCentredString, "r": c.drawRightString}[anchor](x, p.h - y, s)
        if p.rotate:
            c.restoreState()
        c.showPage()
    c.save()


# ------------------------------------------------------------------ tables
class Cell:
    def __init__(self, x0, x1, text, align="c", key=None):
        self.x0, self.x1, self.text, self.align, self.key = x0, x1, text, align, key


class Row:
    def __init__(self, cells, minh=0, split=False, tag=None):
        self.cells, self.minh, self.split, self.tag = cells, minh, split, tag


def table(doc, rows, size=10.5, lead=None, pad=4, cont=None, merged_text="first", log=None):
    """flow rows down the pages; returns the placed slices. A row that does not fit moves to the next page (cont(doc)
    draws that page's continuation furniture first) unless row.split: then the lines that fit stay here."""
    lead = lead or size * 1.3
    slices = []  # (page, row index, y0, y1, {cell index: lines}, valign)

    def lines_of(c):
        return wrap(c.text, c.x1 - c.x0 - 2 * pad, size) if c.text else []

    allls = [{k: lines_of(c) for k, c in enumerate(r.cells)} for r in rows]
    nats = [max([r.minh] + [len(v) * lead + 2 * pad for k, v in ls.items() if r.cells[k].key is None])
            for r, ls in zip(rows, allls)]
    # a merged (keyed) cell's run must hold its text: the run's last row grows if needed
    i = 0
    while i < len(rows):
        for k, c in enumerate(rows[i].cells):
            if c.key is None or (i and any(d.key == c.key and d.x0 == c.x0 for d in rows[i - 1].cells)):
                continue
            j = i
            while j + 1 < len(rows) and any(d.key == c.key and d.x0 == c.x0 for d in rows[j + 1].cells):
                j += 1
            need = len(allls[i][k]) * lead + 2 * pad
            have = sum(nats[i:j + 1])
            if need > have:
                nats[j] += need - have
        i += 1
    for i, r in enumerate(rows):
        ls, nat = allls[i], nats[i]
        if doc.y + nat > doc.bottom + 0.01:
            room = int((doc.bottom - doc.y - 2 * pad) // lead)
            if r.split and room >= 1:
                head = {k: v[:room] for k, v in ls.items()}
                tail = {k: v[room:] for k, v in ls.items()}
                h1 = doc.bottom - doc.y
                slices.append((doc.page, i, doc.y, doc.y + h1, head, "top"))
                if log is not None:
                    log.append(("split", i, len(doc.pages), room))
                doc.new_page()
                if cont:
                    cont(doc)
                h2 = max(len(v) for k, v in tail.items() if r.cells[k].key is None) * lead + 2 * pad
                slices.append((doc.page, i, doc.y, doc.y + h2, tail, "top"))
                doc.y += h2
                continue
            doc.new_page()
            if cont:
                cont(doc)
            if log is not None:
                log.append(("move", i, len(doc.pages)))
        slices.append((doc.page, i, doc.y, doc.y + nat, ls, "mid" if not r.split else "top"))
        doc.y += nat
    # draw: ordinary cells one rectangle per row slice; a merged (keyed) cell one rectangle per PAGE slice of its run
    runs = {}  # (key, x0) -> [[page, y0, y1], ...] in order, with the cell and its lines
    for page, i, y0, y1, ls, va in slices:
        for k, c in enumerate(rows[i].cells):
            if c.key is not None:
                sl = runs.setdefault((c.key, c.x0), {"cell": c, "lines": ls[k], "slices": []})["slices"]
                if sl and sl[-1][0] is page and abs(sl[-1][2] - y0) < 0.01:
                    sl[-1][2] = y1
                else:
                    sl.append([page, y0, y1])
                continue
            page.rect(c.x0, y0, c.x1, y1)
            _cell_text(page, c, y0, y1, ls[k], size, lead, pad, va)
    for run in runs.values():
        c, ls, sl = run["cell"], run["lines"], run["slices"]
        for n, (page, y0, y1) in enumerate(sl):
            page.rect(c.x0, y0, c.x1, y1)
            if merged_text == "each" or (merged_text == "first" and n == 0):
                _cell_text(page, c, y0, y1, ls, size, lead, pad, "mid")
        if merged_text == "excel" and ls:
            # Excel centres a merged cell's text in the WHOLE merged range, wherever the pages cut it: each line
            # lands on the page slice that holds its place in the run
            total = sum(y1 - y0 for _, y0, y1 in sl)
            v = (total - len(ls) * lead) / 2
            for ln in ls:
                mid, acc = v + lead / 2, 0
                for page, y0, y1 in sl:
                    if mid < acc + (y1 - y0):
                        _cell_text(page, c, y0 + (mid - acc) - lead / 2, y0 + (mid - acc) + lead / 2, [ln], size, lead,
                                   pad, "mid")
                        break
                    acc += y1 - y0
                v += lead
    return slices


def _cell_text(page, c, y0, y1, ls, size, lead, pad, va):
    if not ls:
        return
    hh = len(ls) * lead
    top = y0 + pad if va == "top" else y0 + (y1 - y0 - hh) / 2
    for j, ln in enumerate(ls):
        yb = top + j * lead + (lead - size) / 2 + size * 0.86
        if c.align == "l":
            page.text(c.x0 + pad, yb, ln, size, "l")
        else:
            page.text((c.x0 + c.x1) / 2, yb, ln, size, "c")


def xs(left, widths):
    out = [left]
    for w in widths:
        out.append(out[-1] + w)
    return out


def goal_text(goals, sep="\n"):
    return sep.join(f"{k}.{g}" for k, g in enumerate(goals, 1))


def kv_rows(x, p, dept, minh, code_label=None, code=None):
    """项目名称 | name | 项目编码 | code ; 主管部门 | dept | (部门编码 | code) ; 实施单位 ; money ; goals"""
    a, b, c_, d, e = x[0], x[1], x[3], x[4], x[-1]
    rows = [Row([Cell(a, b, "项目名称"), Cell(b, c_, p["name"], "l"), Cell(c_, d, "项目编码"), Cell(d, e, p["pcode"], "l")], minh)]
    if code_label:
        rows.append(Row([Cell(a, b, "主管部门"), Cell(b, c_, dept, "l"), Cell(c_, d, code_label), Cell(d, e, code, "l")], minh))
        rows.append(Row([Cell(a, b, "实施单位"), Cell(b, e, p["impl"], "l")], minh))
    else:
        rows.append(Row([Cell(a, b, "主管部门"), Cell(b, c_, dept, "l"), Cell(c_, d, "实施单位"), Cell(d, e, p["impl"], "l")], minh))
    t, fi, o = p["amt"]
    rows.append(Row([Cell(x[0], x[1], "年度资金总额"), Cell(x[1], x[2], t), Cell(x[2], x[3], "其中：财政拨款"), Cell(x[3], x[4], fi),
                     Cell(x[4], x[5], "其他资金"), Cell(x[5], x[6], o)], minh))
    return rows


def ind_rows(xc, rows, minh, prefix, aligns, split_at=None):
    out = []
    for j, r in enumerate(rows):
        l1, l2 = r[0], r[1]
        k1 = (prefix, "l1", _run_id(rows, j, 0))
        k2 = (prefix, "l2", _run_id(rows, j, 1))
        cl = [Cell(xc[0], xc[1], l1, key=k1), Cell(xc[1], xc[2], l2, key=k2)]
        for m, v in enumerate(r[2:]):
            cl.append(Cell(xc[2 + m], xc[3 + m], v, aligns[m]))
        out.append(Row(cl, minh, split=(split_at == j + 1), tag=(prefix, j + 1)))
    return out


def _run_id(rows, j, col):
    k = j
    while k > 0 and rows[k - 1][col] == rows[j][col] and (col == 0 or rows[k - 1][0] == rows[j][0]):
        k -= 1
    return k


def vr(raw):
    return raw[2:] if raw.startswith("Q:") else raw


def prows(block, n):
    out = []
    for line in block.strip().splitlines():
        c = [x.strip() for x in line.split("|")]
        assert len(c) == n
        out.append([vr(x) for x in c])
    return out


# ------------------------------------------------------------------ q1: Word, a row cut by the break, no header repeat
def build_q1(f, path):
    doc = Doc(margins=(64, 72, 60, 60))
    L, W = doc.left, doc.width
    log, sz, ld = [], 12, 18
    for k, p in enumerate(f["projects"]):
        if k:
            doc.new_page()
        doc.para(f["title"], 18, before=0, after=5)
        y = doc.y + sz * 0.88
        doc.page.text(L, y, "部门名称：" + f["dept"], sz, "l")
        doc.page.text(L + W * 0.60, y, "部门编码：" + f["code"], sz, "l")
        doc.page.text(L + W, y, "单位：万元", sz, "r")
        doc.y += sz * 1.7
        x = xs(L, [80, 84, 96, 84, 64, W - 408])
        kv = kv_rows(x, p, f["dept"], 28)
        kv.append(Row([Cell(x[0], x[1], "年度绩效目标"), Cell(x[1], x[6], goal_text(p["goals"], ""), "l")], 28))
        table(doc, kv, size=sz, lead=ld)
        xc = xs(L, [70, 66, 100, 142, W - 378])
        head = Row([Cell(xc[i], xc[i + 1], h) for i, h in enumerate(["一级指标", "二级指标", "三级指标", "指标解释", "指标值"])], 32)
        cut = f["_cut"][1] if f["_cut"][0] == k else None
        body = ind_rows(xc, prows(p["rows"], 5), 32, k, "llc", split_at=cut)
        sl = table(doc, [head] + body, size=sz, lead=ld, log=log)
        log.append(("rows", [(len(doc.pages), round(a[2]), round(a[3])) for a in sl]))
    save(doc, path, "Microsoft® Word 2019", "Microsoft® Word 2019", f["title"])
    return log


# ------------------------------------------------------------------ q3: typeset report, 续表, running head / foot
def build_q3(f, path):
    doc = Doc(margins=(78, 70, 62, 62))
    L, W = doc.left, doc.width
    log, sz, ld = [], 12, 18
    xc = xs(L, [70, 80, 160, 92, W - 402])

    def cont(d):
        d.para("续表", sz, anchor="c", after=4)

    for k, p in enumerate(f["projects"]):
        if k:
            doc.new_page()
        doc.para(f["title"], 18, after=2)
        doc.para(f"（{f['year']}年度）", 13, after=4)
        doc.page.text(doc.right, doc.y + 10, "单位：万元", sz, "r")
        doc.y += 16
        x = xs(L, [84, 80, 96, 84, 66, W - 410])
        kv = kv_rows(x, p, f["dept"], 30, code_label="部门编码", code=f["code"])
        kv.append(Row([Cell(x[0], x[1], "年度绩效目标"), Cell(x[1], x[6], goal_text(p["goals"]), "l")], 30))
        table(doc, kv, size=sz, lead=ld)
        head = Row([Cell(xc[i], xc[i + 1], h) for i, h in enumerate(["一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据"])], 32)
        body = ind_rows(xc, prows(p["rows"], 5), 38, k, "lcc")
        sl = table(doc, [head] + body, size=sz, lead=ld, cont=cont, merged_text="each", log=log)
        log.append(("rows", k, [(doc.pages.index(a[0]) + 1, a[1]) for a in sl]))
    n = len(doc.pages)
    for i, pg in enumerate(doc.pages, 1):
        pg.text(62, 50, f["running_head"], 9, "l")
        pg.line(62, 56, pg.w - 62, 56, lw=0.8)
        pg.text(pg.w / 2, pg.h - 40, f"第 {i} 页 共 {n} 页", 9, "c")
    save(doc, path, "Adobe InDesign 18.5 (Windows)", "Adobe PDF Library 17.0", f["title"])
    return log


# ------------------------------------------------------------------ q5: one-table export on two ROTATED landscape pages
def build_q5(f, path):
    doc = Doc(margins=(72, 72, 64, 64))
    pg = doc.page
    pg.text(pg.w / 2, 250, f["dept"], 22, "c")
    pg.text(pg.w / 2, 300, f["title"], 24, "c")
    pg.text(pg.w / 2, 560, f["cover_date"], 15, "c")
    LAND = (A4[1], A4[0])
    doc.new_page(LAND, 90, margins=(34, 40, 36, 36))
    L = doc.left
    doc.para(f["title"], 15, after=8)
    doc.page.text(L, doc.y + 8, f"单位（部门）：{f['code']}-{f['dept']}", 8.5, "l")
    doc.page.text(doc.right, doc.y + 8, "金额单位：万元", 8.5, "r")
    doc.y += 16
    widths = [68, 64, 42, 170, 46, 56, 112, 34, 62, 42, 30, 44]
    widths[3] += doc.width - sum(widths)
    xc = xs(L, widths)
    hdr = ["单位名称", "项目名称", "预算数", "年度目标", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "权重",
           "指标方向性"]

    def header():
        return Row([Cell(xc[i], xc[i + 1], h) for i, h in enumerate(hdr)], 26)

    def cont(d):
        table(d, [header()], size=8, lead=10.5, pad=3)

    rows = [header()]
    for k, p in enumerate(f["projects"]):
        pr = prows(p["rows"], 8)
        for j, r in enumerate(pr):
            cl = [Cell(xc[0], xc[1], f"{f['code']}-{f['dept']}", key=("unit",)),
                  Cell(xc[1], xc[2], p["name"], key=(k, "name")),
                  Cell(xc[2], xc[3], p["budget"], key=(k, "budget")),
                  Cell(xc[3], xc[4], p["goal"], "l", key=(k, "goal")),
                  Cell(xc[4], xc[5], r[0], key=(k, "l1", _run_id(pr, j, 0))),
                  Cell(xc[5], xc[6], r[1], key=(k, "l2", _run_id(pr, j, 1))),
                  Cell(xc[6], xc[7], r[2], "l")]
            for m, v in enumerate(r[3:]):
                cl.append(Cell(xc[7 + m], xc[8 + m], v))
            rows.append(Row(cl, 35, tag=(k, j + 1)))
    log = []
    table(doc, rows, size=8, lead=10.5, pad=3, cont=cont, merged_text="excel", log=log)
    doc.new_page(A4, 0, margins=(90, 72, 72, 72))
    doc.para("填报说明", 16, after=10)
    for n_ in f["notes"]:
        doc.para(n_, 11, anchor="l", after=4, lead=1.6)
    doc.y += 40
    doc.para(f["signers"], 10.5, anchor="l")
    for i, pg in enumerate(doc.pages, 1):
        pg.text(pg.w / 2, pg.h - 24, f"- {i} -", 10.5, "c")
    save(doc, path, "PScript5.dll Version 5.2.2", "Acrobat Distiller 11.0 (Windows)", f["title"])
    return log


# ------------------------------------------------------------------ q6: 部门整体, the goal cell broken over pages 2 → 3
SZ6, LD6 = 11.5, 18


def build_q6(f, path):
    doc = Doc(margins=(72, 72, 64, 64))
    pg = doc.page
    pg.text(pg.w / 2, 270, f["dept"], 22, "c")
    pg.text(pg.w / 2, 320, f["title"], 24, "c")
    pg.text(pg.w / 2, 600, f["cover_date"], 16, "c")
    doc.new_page()
    L, W = doc.left, doc.width
    doc.para(f["form_title"], 17, after=2)
    doc.para(f"（{f['year']}年度）", 12, after=4)
    doc.page.text(doc.right, doc.y + 9, "单位：万元", SZ6, "r")
    doc.y += 15
    x = [L, L + 84, L + 260, L + 340, L + W]
    t, fi, o = f["amt"]
    rows = [Row([Cell(x[0], x[1], "部门名称"), Cell(x[1], x[2], f["dept"], "l"), Cell(x[2], x[3], "部门编码"),
                 Cell(x[3], x[4], f["code"], "l")], 26),
            Row([Cell(x[0], x[1], "部门职能职责概述"), Cell(x[1], x[4], f["duties"], "l")], 26)]
    xb = [L, L + 84, L + 200, L + W]
    for lab, v in (("资金总额", t), ("其中：财政拨款", fi), ("其他资金", o)):
        rows.append(Row([Cell(xb[0], xb[1], "年度预算安排", key=("budget",)), Cell(xb[1], xb[2], lab), Cell(xb[2], xb[3], v)], 24))
    xt = [L, L + 84, L + 190, L + 390, L + W]
    rows.append(Row([Cell(xt[0], xt[1], "年度主要任务", key=("tasks",)), Cell(xt[1], xt[2], "任务名称"), Cell(xt[2], xt[3], "主要内容"),
                     Cell(xt[3], xt[4], "预算金额（万元）")], 24))
    for a, b, c_ in f["tasks"]:
        rows.append(Row([Cell(xt[0], xt[1], "", key=("tasks",)), Cell(xt[1], xt[2], a), Cell(xt[2], xt[3], b, "l"),
                         Cell(xt[3], xt[4], c_)], 24))
    rows.append(Row([Cell(x[0], x[1], "年度总体目标"), Cell(x[1], x[4], goal_text(f["goals"]), "l")], 26, split=True,
                    tag="goals"))
    xi = xs(L, [84, 70, 86, 150, W - 390])
    rows.append(Row([Cell(xi[0], xi[1], "年度绩效指标", key=("ind",))] +
                    [Cell(xi[i], xi[i + 1], h) for i, h in enumerate(["一级指标", "二级指标", "三级指标", "指标值"], 1)], 26))
    pr = prows(f["rows"], 4)
    for j, r in enumerate(pr):
        rows.append(Row([Cell(xi[0], xi[1], "", key=("ind",)),
                         Cell(xi[1], xi[2], r[0], key=("l1", _run_id(pr, j, 0))),
                         Cell(xi[2], xi[3], r[1], key=("l2", _run_id(pr, j, 1))),
                         Cell(xi[3], xi[4], r[2], "l"), Cell(xi[4], xi[5], r[3])], 26, tag=("ind", j + 1)))
    log = []
    table(doc, rows, size=SZ6, lead=LD6, log=log)
    save(doc, path, "Microsoft® Word 2016", "Microsoft® Word 2016", f["form_title"])
    return log


# ------------------------------------------------------------------ python-docx forms for LibreOffice (q2, q4)
def docx_base(size=10.5):
    from docx import Document
    from docx.shared import Mm, Pt
    from docx.oxml.ns import qn
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin = sec.bottom_margin = Mm(25)
    sec.left_margin = sec.right_margin = Mm(22)
    st = d.styles["Normal"]
    st.font.name = "Noto Serif CJK SC"
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.space_before = Pt(0)
    st.paragraph_format.line_spacing = 1.0
    return d


def dpara(d, text, size=10.5, bold=False, align="c", after=0):
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH as A
    p = d.add_paragraph()
    p.alignment = {"c": A.CENTER, "l": A.LEFT, "r": A.RIGHT}[align]
    p.paragraph_format.space_after = Pt(after)
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.bold = bold
    return p


def trflag(row, tag):
    from docx.oxml import OxmlElement
    row._tr.get_or_add_trPr().append(OxmlElement("w:" + tag))


def settext(cell, text, align="c"):
    from docx.enum.text import WD_ALIGN_PARAGRAPH as A
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT as VA
    cell.text = text
    for p in cell.paragraphs:
        p.alignment = A.LEFT if align == "l" else A.CENTER
    cell.vertical_alignment = VA.CENTER


def widths(t, cm):
    from docx.shared import Cm
    t.autofit = False
    for r in t.rows:
        for c, w in zip(r.cells, cm):
            c.width = Cm(w)
    for gc, w in zip(t._tbl.tblGrid.gridCol_lst, cm):
        gc.w = Cm(w)


def merge_levels(t, first_row, rows, cols=(0, 1)):
    for col in cols:
        j = 0
        while j < len(rows):
            m = j
            while m + 1 < len(rows) and rows[m + 1][col] == rows[j][col] and rows[m + 1][0] == rows[j][0]:
                m += 1
            c = t.cell(first_row + j, col)
            if m > j:
                c = c.merge(t.cell(first_row + m, col))
            settext(c, rows[j][col])
            j = m + 1


def rowheights(t, cm):
    from docx.shared import Cm
    from docx.enum.table import WD_ROW_HEIGHT_RULE
    for r in t.rows:
        r.height = Cm(cm)
        r.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST


def build_q2_docx(f, path):
    from docx.enum.text import WD_BREAK
    d = docx_base(12)
    for k, p in enumerate(f["projects"]):
        if k:
            dpara(d, "").runs[0].add_break(WD_BREAK.PAGE)
        dpara(d, f["title"], 16, True)
        dpara(d, f"（{f['year']}年度）", 12, after=4)
        dpara(d, f"部门名称：{f['dept']}　　　部门编码：{f['code']}　　　单位：万元", 10.5, align="l", after=2)
        kv = d.add_table(rows=4, cols=6)
        kv.style = "Table Grid"
        widths(kv, [2.6, 3.4, 2.9, 2.7, 2.3, 2.7])
        rowheights(kv, 0.9)
        t, fi, o = p["amt"]
        r0 = kv.rows[0].cells
        settext(r0[0], "项目名称"); settext(r0[1].merge(r0[3]), p["name"], "l")
        settext(r0[4], "项目编码"); settext(r0[5], p["pcode"], "l")
        r1 = kv.rows[1].cells
        settext(r1[0], "主管部门"); settext(r1[1].merge(r1[2]), f["dept"], "l")
        settext(r1[3], "实施单位"); settext(r1[4].merge(r1[5]), p["impl"], "l")
        for c, v in zip(kv.rows[2].cells, ["年度资金总额", t, "其中：财政拨款", fi, "其他资金", o]):
            settext(c, v)
        r3 = kv.rows[3].cells
        settext(r3[0], "年度绩效目标"); settext(r3[1].merge(r3[5]), goal_text(p["goals"]), "l")
        dpara(d, "", 4)  # a tiny empty paragraph keeps the two tables apart
        pr = prows(p["rows"], 6)
        # the indicator table's TWO header rows — a 年度绩效指标 band over all columns and the column names — are both
        # marked w:tblHeader, so LibreOffice repeats the pair on top of every page the table runs onto
        ti = d.add_table(rows=2 + len(pr), cols=6)
        ti.style = "Table Grid"
        widths(ti, [2.4, 2.3, 2.8, 4.6, 2.2, 2.3])
        rowheights(ti, 0.9)
        for row in ti.rows:
            trflag(row, "cantSplit")
        band = ti.rows[0].cells
        settext(band[0].merge(band[5]), "年度绩效指标")
        for c, h in zip(ti.rows[1].cells, ["一级指标", "二级指标", "三级指标", "指标解释", "指标值", "指标值设定依据"]):
            settext(c, h)
        trflag(ti.rows[0], "tblHeader")
        trflag(ti.rows[1], "tblHeader")
        for j, r in enumerate(pr):
            cs = ti.rows[2 + j].cells
            settext(cs[2], r[2], "l"); settext(cs[3], r[3], "l"); settext(cs[4], r[4]); settext(cs[5], r[5])
        merge_levels(ti, 2, pr)
    d.save(path)


def build_q4_docx(f, path, gap):
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt
    d = docx_base()
    for k, p in enumerate(f["projects"]):
        if k == 1:
            for _ in range(gap):
                dpara(d, "")
        if k == 2:
            dpara(d, "").runs[0].add_break(WD_BREAK.PAGE)
        dpara(d, f["title"], 16, True, after=4)
        dpara(d, f"部门名称：{f['dept']}　　　部门编码：{f['code']}　　　单位：万元", 10.5, align="l", after=2)
        pr = prows(p["rows"], 5)
        t_ = d.add_table(rows=5 + len(pr), cols=6)
        t_.style = "Table Grid"
        widths(t_, [2.3, 2.5, 2.6, 3.4, 2.2, 3.5])
        rowheights(t_, 0.72)
        t, fi, o = p["amt"]
        r0 = t_.rows[0].cells
        settext(r0[0], "项目名称"); settext(r0[1].merge(r0[3]), p["name"], "l")
        settext(r0[4], "项目编码"); settext(r0[5], p["pcode"], "l")
        r1 = t_.rows[1].cells
        settext(r1[0], "主管部门"); settext(r1[1].merge(r1[3]), f["dept"], "l")
        settext(r1[4], "实施单位"); settext(r1[5], p["impl"], "l")
        for c, v in zip(t_.rows[2].cells, ["年度资金总额", t, "其中：财政拨款", fi, "其他资金", o]):
            settext(c, v)
        r3 = t_.rows[3].cells
        settext(r3[0], "年度绩效目标"); settext(r3[1].merge(r3[5]), goal_text(p["goals"]), "l")
        r4 = t_.rows[4].cells
        settext(r4[0], "一级指标"); settext(r4[1], "二级指标"); settext(r4[2].merge(r4[3]), "三级指标")
        settext(r4[4], "指标值"); settext(r4[5], "指标值设定依据")
        for j, r in enumerate(pr):
            cs = t_.rows[5 + j].cells
            settext(cs[2].merge(cs[3]), r[2], "l"); settext(cs[4], r[3]); settext(cs[5], r[4])
        merge_levels(t_, 5, pr)
        for row in t_.rows:
            trflag(row, "cantSplit")
        dpara(d, f["signers"], 10.5, align="l").paragraph_format.space_before = Pt(4)
    d.save(path)


def lo_pdf(src):
    subprocess.run(LO + ["--convert-to", "pdf", "--outdir", TMP, src], check=True, capture_output=True, timeout=300)
    return src[:-5] + ".pdf"


# ------------------------------------------------------------------ read back and assert the breaks
def page_texts(path):
    import pdfplumber
    with pdfplumber.open(path) as pdf:
        return [re.sub(r"\s+", "", p.extract_text() or "") for p in pdf.pages]


def assert_layout(key, path, log):
    f = F[key]
    pt = page_texts(path)
    if key == "q1":
        assert len(pt) == 3, len(pt)
        assert log and log[0][0] == "split" and log[0][2] == 1 and log[0][3] >= 2, log
        assert "一级指标" not in pt[1] and f["projects"][1]["name"] in pt[2]
        assert log[0][1] == f["_cut"][1], log
        return f"cut row {log[0][1]} of project 1 keeps {log[0][3]} lines on page 1"
    if key == "q2":
        assert len(pt) == 4, len(pt)
        for i in (1, 3):
            assert pt[i].startswith("年度绩效指标") and all(h in pt[i][:50] for h in (
                "一级指标", "二级指标", "三级指标", "指标解释", "指标值设")), (i, pt[i][:50])
        return "two-row header repeated on pages 2 and 4"
    if key == "q3":
        assert len(pt) == 5, len(pt)
        moves = [e for e in log if e[0] == "move"]
        assert [e[2] for e in moves] == [2, 4], log
        per = {e[1]: [r for pg, r in e[2] if pg == pg_] for e in log if e[0] == "rows" for pg_ in [e[2][-1][0]]}
        assert len(per[0]) >= 2 and len(per[1]) >= 2, per
        return f"续表 pages 2 and 4 carry rows {per[0]} / {per[1]} of projects 1 / 2"
    if key == "q4":
        assert len(pt) == 3, len(pt)
        p2 = f["projects"][1]
        assert p2["name"] in pt[0] and p2["goals"][-1].rstrip("。") in pt[0], "project 2 block not on page 1"
        assert pt[1].startswith("一级指标二级指标三级指标指标值指标值设定依据"), pt[1][:40]
        return "project 2 block at the foot of page 1, its indicators on page 2"
    if key == "q5":
        assert len(pt) == 4, len(pt)
        moves = [e for e in log if e[0] == "move"]
        assert len(moves) == 1 and moves[0][2] == 3, log
        p2 = f["projects"][1]
        assert p2["budget"] not in pt[1] and p2["budget"] in pt[2], "project 2's budget cell not on page 3 only"
        assert f["code"] + "-" not in pt[1].replace("单位（部门）：" + f["code"] + "-", "") and f["code"] + "-" in pt[2]
        return f"one-table break before row {moves[0][1]}; project 2's name / budget / goal and 单位名称 print on page 3 only"
    if key == "q6":
        assert len(pt) == 3, len(pt)
        assert log and log[0][0] == "split" and log[0][2] == 2, log
        room = log[0][3]
        x0 = 64 + 84
        ls = wrap(goal_text(f["goals"]), (595.28 - 64) - x0 - 8, SZ6)
        starts = [i for i, ln in enumerate(ls) if re.match(r"\d\.", ln)]
        item = max(k for k, s in enumerate(starts, 1) if s < room)
        assert item == f["_goal_item_cut"] and starts[item - 1] < room and (item == len(starts) or starts[item] > room), \
            (room, starts)
        return f"goal cell keeps {room} lines on page 2; item {item} broken"


def main():
    os.makedirs(TMP, exist_ok=True); os.makedirs(D, exist_ok=True); os.makedirs(EXPECTED, exist_ok=True)
    only = sys.argv[1:]
    for key in sorted(F):
        f = F[key]
        stem = f["stem"]
        if only and key not in only:
            continue
        pdf = os.path.join(TMP, stem + ".pdf")
        if key in ("q2", "q4"):
            src = os.path.join(TMP, stem + ".docx")
            if key == "q2":
                build_q2_docx(f, src)
            else:
                build_q4_docx(f, src, f.get("_gap", 0))
            out = lo_pdf(src)
            assert out == pdf
            log = None
        else:
            log = {"q1": build_q1, "q3": build_q3, "q5": build_q5, "q6": build_q6}[key](f, pdf)
        note = assert_layout(key, pdf, log)
        dst = os.path.join(D, stem + ".pdf")
        shutil.copy(pdf, dst)
        data = open(dst, "rb").read()
        g = clean(G[stem])
        g["source"] = {"path": os.path.basename(dst), "sha256": hashlib.sha256(data).hexdigest(), "format": "pdf",
                       "pages": len(page_texts(dst))}
        json.dump(g, open(os.path.join(EXPECTED, stem + ".gold.json"), "w", encoding="utf-8"), ensure_ascii=False,
                  indent=1)
        print(dst, len(data), "bytes,", note)


if __name__ == "__main__":
    main()
