#!/usr/bin/env python3
"""Render every draft of heldout16b FROM the facts in golds.py (reportlab canvas, low-level), and write the golds.
One layout engine places the cells of each form; six writers emit them as six producers would:
k1 Excel 2016 fit-to-width, k2 Word 2019 with a row broken over the page, k3 WPS (per-character TJ, justified),
k4 a header row pasted as a vector picture (outlines), k5 FineReport (column-major stream, grid drawn last),
k6 Excel 2010 with row/column headings and comments printed. Intermediate files: /tmp/heldout16b_build."""
import hashlib, json, os, sys
import numpy as np, cv2
from PIL import Image, ImageDraw, ImageFont
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from golds import G, FACTS, NAMES, K2_SPLIT, K6_COMMENTS
from kit import clean

BUILD = "/tmp/heldout16b_build"
FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))
W, H = 595.28, 841.89
NOTO = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"


def sw(s, size):
    return pdfmetrics.stringWidth(s, FONT, size)


def wrap(text, width, size):
    out = []
    for para in text.split("\n"):
        line = ""
        for ch in para:
            if sw(line + ch, size) > width and line:
                out.append(line)
                line = ""
            line += ch
        out.append(line)
    return out


# ------------------------------------------------------------------ the logical form of one project
def form_rows(P, p, D, gnum="1."):
    amt = lambda v: "%.2f" % v
    t, f, o = p["amounts"]
    sep = {"1.": ".", "1、": "、"}[gnum]
    goals = "\n".join(f"{i}{sep}{g}" for i, g in enumerate(p["goals"], 1))
    R = [[("项目名称", 0, 1, "L"), (p["name"], 1, 2, "V"), ("项目编码", 3, 1, "L"), (p["code"], 4, 1, "V")],
         [("主管部门", 0, 1, "L"), (D, 1, 2, "V"), ("实施单位", 3, 1, "L"), (p["iu"], 4, 1, "V")],
         [("年度资金总额", 0, 1, "L"), (amt(t), 1, 2, "V"), ("其中：财政拨款", 3, 1, "L"), (amt(f), 4, 1, "V")],
         [("其他资金", 0, 1, "L"), (amt(o), 1, 2, "V"), ("", 3, 1, "L"), ("", 4, 1, "V")],
         [("年度绩效目标", 0, 1, "L"), (goals, 1, 4, "G")],
         [("一级指标", 0, 1, "H"), ("二级指标", 1, 1, "H"), ("三级指标", 2, 1, "H"), ("指标值", 3, 1, "H"),
          ("指标值设定依据", 4, 1, "H")]]
    head = len(R) - 1
    rows = [l.split("|") for l in p["rows"].strip().splitlines()]
    merges = []          # (col, first row index, n rows, text)
    for col in (0, 1):
        j = 0
        while j < len(rows):
            k = j
            while k + 1 < len(rows) and rows[k + 1][col] == rows[j][col] and (col == 0 or rows[k + 1][0] == rows[j][0]):
                k += 1
            merges.append((col, len(R) + j, k - j + 1, rows[j][col]))
            j = k + 1
    for r in rows:
        v = r[3][2:] if r[3].startswith("Q:") else r[3]
        R.append([(r[2], 2, 1, "I"), (v, 3, 1, "I"), (r[4], 4, 1, "I")])
    return R, merges, head


class Layout:
    """places rows of cells on pages; every placed cell fragment → dict(page, x, y(top), w, h, lines, kind, ...)"""

    def __init__(self, cols, size, x0, top, bottom, lead=1.35, pad=None):
        self.cols, self.size, self.x0, self.top, self.bottom = cols, size, x0, top, bottom
        self.lead, self.pad = size * lead, pad if pad is not None else size * 0.45
        self.page, self.y = 0, top
        self.cells, self.texts = [], []     # texts: free lines (title, department line, footers)

    def cx(self, c0, span):
        x = self.x0 + sum(self.cols[:c0])
        return x, sum(self.cols[c0:c0 + span])

    def line(self, parts, size, gap=None):
        """a free text line: parts = [(text, 'L'|'C'|'R')] across the table width"""
        tw = sum(self.cols)
        if self.y - size * 1.6 < self.bottom:
            self.newpage()
        base = self.y - size * 1.15
        for text, al in parts:
            w = sw(text, size)
            x = {"L": self.x0, "C": self.x0 + (tw - w) / 2, "R": self.x0 + tw - w}[al]
            self.texts.append(dict(page=self.page, x=x, y=base, size=size, text=text, kind="free"))
        self.y -= size * (gap or 1.8)

    def newpage(self):
        self.page += 1
        self.y = self.top

    def table(self, R, merges, head, repeat_head=False, split=None, before_row=None):
        """split = (row index, lines kept on the first page): that row is broken over the page (Word)."""
        heights, lines = [], []
        for row in R:
            ls = []
            for text, c0, span, kind in row:
                x, w = self.cx(c0, span)
                ls.append(wrap(text, w - 2 * self.pad, self.size) if text else [])
            lines.append(ls)
            heights.append(max(max(len(l) for l in ls), 1) * self.lead + 2 * self.pad)
        for col, r0, n, text in merges:          # a merged level cell must fit its wrapped name
            x, w = self.cx(col, 1)
            need = len(wrap(text, w - 2 * self.pad, self.size)) * self.lead + 2 * self.pad
            tot = sum(heights[r0:r0 + n])
            if need > tot:
                heights[r0 + n - 1] += need - tot
        mrows = {}
        for col, r0, n, text in merges:
            for r in range(r0, r0 + n):
                mrows.setdefault(r, []).append((col, r0, n, text))
        placed = {}                         # row index → list of (page, ytop, h)
        for i, row in enumerate(R):
            if before_row:
                before_row(self, i)
            h = heights[i]
            if split and split[0] == i:
                k = split[1]
                h1 = k * self.lead + 2 * self.pad
                self.bottom_saved = self.bottom
                self._put(R, i, lines, placed, h1, slice(0, k))
                self.newpage()
                if repeat_head:
                    self._put(R, head, lines, placed, heights[head], slice(None), header=True)
                n2 = max(max(len(l) for l in lines[i]) - k, 1)
                self._put(R, i, lines, placed, n2 * self.lead + 2 * self.pad, slice(k, None))
                continue
            if self.y - h < self.bottom:
                self.newpage()
                if repeat_head and i > head:
                    self._put(R, head, lines, placed, heights[head], slice(None), header=True)
            self._put(R, i, lines, placed, h, slice(None))
        # merged 一级/二级 cells: one fragment per page, text in the fragment holding the first row
        for col, r0, n, text in merges:
            frags = {}
            for r in range(r0, r0 + n):
                for pg, yt, hh in placed[r]:
                    f = frags.setdefault(pg, [yt, yt - hh])
                    f[0], f[1] = max(f[0], yt), min(f[1], yt - hh)
            x, w = self.cx(col, 1)
            first = placed[r0][0][0]
            for pg, (yt, yb) in sorted(frags.items()):
                self.cells.append(dict(page=pg, x=x, y=yt, w=w, h=yt - yb, kind="M", col=col, row=r0,
                                       lines=wrap(text, w - 2 * self.pad, self.size) if pg == first else []))

    def _put(self, R, i, lines, placed, h, sl, header=False):
        for (text, c0, span, kind), ls in zip(R[i], lines[i]):
            x, w = self.cx(c0, span)
            self.cells.append(dict(page=self.page, x=x, y=self.y, w=w, h=h, kind=kind, col=c0, row=i,
                                   lines=ls[sl], repeat=header))
        placed.setdefault(i, []).append((self.page, self.y, h))
        self.y -= h


def edges(cells, page):
    """every cell fragment's four edges, deduplicated (rounded)"""
    E = set()
    for c in cells:
        if c["page"] != page:
            continue
        x0, x1, yt, yb = c["x"], c["x"] + c["w"], c["y"], c["y"] - c["h"]
        for e in ((x0, yt, x1, yt), (x0, yb, x1, yb), (x0, yb, x0, yt), (x1, yb, x1, yt)):
            E.add(tuple(round(v, 2) for v in e))
    return sorted(E)


def merged(E):
    """join collinear touching segments into long rules"""
    hs, vs, out = {}, {}, []
    for x0, y0, x1, y1 in E:
        if y0 == y1:
            hs.setdefault(y0, []).append((x0, x1))
        else:
            vs.setdefault(x0, []).append((y0, y1))
    for dct, horiz in ((hs, True), (vs, False)):
        for k, segs in dct.items():
            segs.sort()
            a, b = segs[0]
            for s, t in segs[1:]:
                if s <= b + 0.05:
                    b = max(b, t)
                else:
                    out.append((a, k, b, k) if horiz else (k, a, k, b)); a, b = s, t
            out.append((a, k, b, k) if horiz else (k, a, k, b))
    return out


def cell_text_pos(L, c):
    """baseline positions of a cell fragment's lines: (x, y, line)"""
    n = len(c["lines"])
    size, lead, pad = L.size, L.lead, L.pad
    if c["kind"] == "G":
        y0 = c["y"] - pad - size * 0.95
    else:
        y0 = c["y"] - (c["h"] - n * lead) / 2 - size * 0.95 - (lead - size) / 2
    out = []
    for k, ln in enumerate(c["lines"]):
        w = sw(ln, size)
        if c["kind"] in ("H", "M", "L") or (c["kind"] == "I" and c["col"] != 2):
            x = c["x"] + (c["w"] - w) / 2
        else:
            x = c["x"] + L.pad
        out.append((x, y0 - k * lead, ln))
    return out


def meta(c, producer, creator, title, author=None):
    c.setProducer(producer)
    c.setCreator(creator)
    c.setTitle(title)
    if author:
        c.setAuthor(author)


def std_form(L, D, C, T, P, gnum="1.", pagebreak=True, repeat_head=False, split=None, titles=True):
    for k, p in enumerate(P):
        if k and pagebreak:
            L.newpage()
        if titles or k == 0:
            L.line([(T, "C")], L.size * 1.6, gap=2.2)
            L.line([("部门名称：" + D + "　　部门编码：" + C, "L"), ("单位：万元", "R")], L.size, gap=1.7)
        R, merges, head = form_rows(P, p, D, gnum)
        L.table(R, merges, head, repeat_head=repeat_head, split=split if split and split[0] == k else None)
        if not pagebreak:
            L.y -= L.size * 2


# ================================================================== k1 Excel 2016, fit to one page wide
def k1(path):
    D, C, T, P = FACTS["k1"]
    size = 5.5
    L = Layout([62, 70, 205, 98, 80], size, 40, H - 42, 60, lead=1.3, pad=2.2)
    # the sheet: rows 1–2 (title, department line) are PRINT TITLES; a manual page break before project 2
    for k, p in enumerate(P):
        if k:
            L.newpage()
        L.line([(T, "C")], 9, gap=1.9)
        L.line([("部门名称：" + D, "L"), ("部门编码：" + C, "C"), ("单位：万元", "R")], size, gap=2.2)
        R, merges, head = form_rows(P, p, D)
        L.table(R, merges, head)
    c = canvas.Canvas(path, pagesize=(W, H), pageCompression=1)
    meta(c, "Microsoft® Excel® 2016", "Microsoft® Excel® 2016", "2025年项目支出绩效目标表", "钟山区水务局财务股")
    npg = L.page + 1
    for pg in range(npg):
        c.setLineWidth(0.48)
        for x0, y0, x1, y1 in edges(L.cells, pg):          # every cell edge its own short path, as Excel prints
            c._code.append(f"{x0:.2f} {y0:.2f} m {x1:.2f} {y1:.2f} l S")
        for t in [t for t in L.texts if t["page"] == pg]:
            c.setFont(FONT, t["size"]); c.drawString(t["x"], t["y"], t["text"])
        c.setFont(FONT, size)
        for cl in [cl for cl in L.cells if cl["page"] == pg]:
            for x, y, ln in cell_text_pos(L, cl):
                c.drawString(x, y, ln)
        foot = f"第 {pg + 1} 页，共 {npg} 页"
        c.setFont(FONT, 5.5); c.drawString((W - sw(foot, 5.5)) / 2, 24, foot)
        c.showPage()
    c.save()


# ================================================================== k2 Word 2019, a row broken across a page
def k2(path):
    D, C, T, P = FACTS["k2"]
    size = 10.5
    L = Layout([62, 76, 150, 80, 76], size, 76, H - 72, 60, lead=1.45, pad=4.5)
    pj, seq, keep = K2_SPLIT
    L.line([(T, "C")], 16, gap=2.0)
    L.line([("部门名称：" + D, "L"), ("部门编码：" + C, "C"), ("单位：万元", "R")], size, gap=1.7)
    for k, p in enumerate(P):
        if k:
            L.y -= 14
        R, merges, head = form_rows(P, p, D)
        L.table(R, merges, head, repeat_head=True, split=(head + seq, keep) if k == pj else None)
    c = canvas.Canvas(path, pagesize=(W, H), pageCompression=1)
    meta(c, "Microsoft® Word 2019", "Microsoft® Word 2019", "2024年度项目支出绩效目标表", "延平区卫健局")
    for pg in range(L.page + 1):
        c.setLineWidth(0.5)
        for x0, y0, x1, y1 in merged(edges(L.cells, pg)):
            c.line(x0, y0, x1, y1)
        for t in [t for t in L.texts if t["page"] == pg]:
            c.setFont(FONT, t["size"]); c.drawString(t["x"], t["y"], t["text"])
        c.setFont(FONT, size)
        for cl in [cl for cl in L.cells if cl["page"] == pg]:
            for x, y, ln in cell_text_pos(L, cl):
                c.drawString(x, y, ln)
        c.showPage()
    c.save()
    return L


# ================================================================== k3 WPS, every character placed by TJ, justified
def tj(c, x, y, size, chars_x):
    """one BT…ET: the line as ONE TJ array, each character followed by a position adjustment (no space glyphs)"""
    fn = c._doc.getInternalFontName(FONT)
    f = pdfmetrics.getFont(FONT)
    parts, cur = [], x
    for k, (ch, cx) in enumerate(chars_x):
        if k:
            adj = -(cx - cur) * 1000 / size
            parts.append(f"{adj:.1f}")
        parts.append("(" + f.formatForPdf(ch) + ")")
        cur = cx + sw(ch, size)
    c._code.append(f"BT {fn} {size} Tf 1 0 0 1 {x:.3f} {y:.3f} Tm [{' '.join(parts)}] TJ ET")


def k3_line_chars(text, x, width, size, mode):
    n = len(text)
    nat = sw(text, size)
    if mode == "dist" and n > 1:                      # 分散对齐: first char at the left, last at the right
        gap = (width - nat) / (n - 1)
    elif mode == "just" and n > 1:                    # 两端对齐
        gap = (width - nat) / (n - 1)
    else:
        gap = 0.0
    out, cx = [], x
    for ch in text:
        out.append((ch, cx))
        cx += sw(ch, size) + gap
    return out


def k3(path):
    D, C, T, P = FACTS["k3"]
    size = 10.5
    L = Layout([76, 74, 128, 78, 92], size, 72, H - 72, 60, lead=1.45, pad=4)
    std_form(L, D, C, T, P, gnum="1、")
    c = canvas.Canvas(path, pagesize=(W, H), pageCompression=0)
    meta(c, "WPS 文字", "WPS 文字", "2025年项目支出绩效目标表", "琅琊区市场监管局")
    for pg in range(L.page + 1):
        c.setLineWidth(0.5)
        for x0, y0, x1, y1 in merged(edges(L.cells, pg)):
            c.line(x0, y0, x1, y1)
        for t in [t for t in L.texts if t["page"] == pg]:
            tj(c, t["x"], t["y"], t["size"], k3_line_chars(t["text"], t["x"], 0, t["size"], "none"))
        for cl in [cl for cl in L.cells if cl["page"] == pg]:
            pos = cell_text_pos(L, cl)
            for k, (x, y, ln) in enumerate(pos):
                inner = cl["w"] - 2 * L.pad
                if cl["kind"] == "L" and ln:
                    chars = k3_line_chars(ln, cl["x"] + L.pad, inner, size, "dist")
                elif cl["kind"] in ("G", "V") and k < len(pos) - 1 and sw(ln, size) > inner * 0.8:
                    chars = k3_line_chars(ln, cl["x"] + L.pad, inner, size, "just")
                else:
                    chars = k3_line_chars(ln, x, 0, size, "none")
                if ln:
                    tj(c, chars[0][1], y, size, chars)
        c.showPage()
    c.save()


# ================================================================== k4 the header row as a vector picture (outlines)
def outline_paths(text, size, scale=24):
    """glyph outlines of text (Noto Sans CJK SC) by tracing a large rendering: polygons in pt, origin at the
    text box's top left"""
    font = ImageFont.truetype(NOTO, int(size * scale), index=2)
    w = int(font.getlength(text)) + 8
    h = int(size * scale * 1.5)
    im = Image.new("L", (w, h), 0)
    ImageDraw.Draw(im).text((4, int(size * scale * 0.1)), text, font=font, fill=255)
    cnts, _ = cv2.findContours((np.array(im) > 127).astype(np.uint8), cv2.RETR_CCOMP, cv2.CHAIN_APPROX_SIMPLE)
    polys = [cv2.approxPolyDP(cn, 0.8, True)[:, 0, :] / scale for cn in cnts if len(cn) >= 3]
    return polys, w / scale, h / scale


def k4(path):
    D, C, T, P = FACTS["k4"]
    size = 10
    L = Layout([62, 72, 138, 80, 92], size, 76, H - 72, 60, lead=1.4, pad=4)
    std_form(L, D, C, T, P)
    c = canvas.Canvas(path, pagesize=(W, H), pageCompression=1)
    meta(c, "Microsoft® Word 2016", "Microsoft® Word 2016", "2024年项目支出绩效目标表", "鄂城区农业农村局")
    for pg in range(L.page + 1):
        c.setLineWidth(0.5)
        for x0, y0, x1, y1 in merged(edges(L.cells, pg)):
            c.line(x0, y0, x1, y1)
        for t in [t for t in L.texts if t["page"] == pg]:
            c.setFont(FONT, t["size"]); c.drawString(t["x"], t["y"], t["text"])
        c.setFont(FONT, size)
        for cl in [cl for cl in L.cells if cl["page"] == pg]:
            if cl["kind"] == "H":
                continue
            for x, y, ln in cell_text_pos(L, cl):
                c.drawString(x, y, ln)
        # the header row: a picture (EMF) pasted over the row — filled outlines, no text
        hs = [cl for cl in L.cells if cl["page"] == pg and cl["kind"] == "H"]
        if hs:
            c.saveState()
            c.setFillColorRGB(0, 0, 0)
            for cl in hs:
                polys, tw, th = outline_paths(cl["lines"][0], size)
                ox = cl["x"] + (cl["w"] - tw) / 2
                oy = cl["y"] - (cl["h"] - th) / 2
                pth = c.beginPath()
                for poly in polys:
                    pth.moveTo(ox + poly[0][0], oy - poly[0][1])
                    for px, py in poly[1:]:
                        pth.lineTo(ox + px, oy - py)
                    pth.close()
                c.drawPath(pth, stroke=0, fill=1, fillMode=0)
            c.restoreState()
        c.showPage()
    c.save()


# ================================================================== k5 FineReport: column-major stream, grid last
def k5(path):
    D, C, T, P = FACTS["k5"]
    size = 9
    L = Layout([64, 76, 150, 86, 80], size, 70, H - 60, 50, lead=1.4, pad=4)
    std_form(L, D, C, T, P)
    c = canvas.Canvas(path, pagesize=(W, H), pageCompression=0)
    meta(c, "FineReport", "FineReport 10.0", "项目支出绩效目标表", None)
    for pg in range(L.page + 1):
        cells = [cl for cl in L.cells if cl["page"] == pg]
        # backgrounds first (header and label cells pale grey)
        c.setFillColorRGB(0.91, 0.93, 0.96)
        for cl in cells:
            if cl["kind"] in ("H", "L"):
                c.rect(cl["x"], cl["y"] - cl["h"], cl["w"], cl["h"], stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        for t in [t for t in L.texts if t["page"] == pg]:
            c._code.append("BT /%s %s Tf 1 0 0 1 %.2f %.2f Tm (%s) Tj ET" % (
                c._doc.getInternalFontName(FONT)[1:], t["size"], t["x"], t["y"],
                pdfmetrics.getFont(FONT).formatForPdf(t["text"])))
        # the report engine writes its cells COLUMN BY COLUMN (by the cell's left edge), top to bottom
        for cl in sorted(cells, key=lambda cl: (round(cl["x"], 1), -cl["y"])):
            for x, y, ln in cell_text_pos(L, cl):
                if ln:
                    c._code.append("BT /%s %s Tf 1 0 0 1 %.2f %.2f Tm (%s) Tj ET" % (
                        c._doc.getInternalFontName(FONT)[1:], size, x, y, pdfmetrics.getFont(FONT).formatForPdf(ln)))
        c.setLineWidth(0.6)
        c.setStrokeColorRGB(0.3, 0.3, 0.3)
        for x0, y0, x1, y1 in merged(edges(L.cells, pg)):
            c.line(x0, y0, x1, y1)
        c.showPage()
    c.save()


# ================================================================== k6 Excel 2010, row & column headings + comments printed
def k6(path):
    D, C, T, P = FACTS["k6"]
    size = 9
    HW = 22                                           # the row-heading column
    L = Layout([64, 72, 150, 86, 78], size, 60 + HW, H - 70, 50, lead=1.35, pad=3)
    sheetrows = []                                    # (page, ytop, h) of every sheet row, for the row headings
    y0 = L.y
    L.line([(T, "C")], 14, gap=2.0)
    sheetrows.append((y0, y0 - L.y))
    y0 = L.y
    L.line([("部门名称：" + D, "L"), ("部门编码：" + C, "C"), ("单位：万元", "R")], size, gap=2.0)
    sheetrows.append((y0, y0 - L.y))
    R, merges, head = form_rows(P, P[0], D)
    L.table(R, merges, head)
    for i in range(len(R)):
        cl = [cl for cl in L.cells if cl["row"] == i and cl["kind"] != "M"][0]
        sheetrows.append((cl["y"], cl["h"]))
    c = canvas.Canvas(path, pagesize=(W, H), pageCompression=1)
    meta(c, "Microsoft® Excel® 2010", "Microsoft® Excel® 2010", "2024年项目支出绩效目标表", "曾都区教育局计财股")
    # headings: column letters above, row numbers at the left, grey boxes with thin borders
    top = sheetrows[0][0] + 14
    c.setLineWidth(0.4)
    c.setFillColorRGB(0.88, 0.88, 0.88)
    colx = [L.x0 + sum(L.cols[:k]) for k in range(len(L.cols) + 1)]
    c.rect(L.x0 - HW, top - 14, HW, 14, stroke=1, fill=1)
    for k in range(len(L.cols)):
        c.setFillColorRGB(0.88, 0.88, 0.88)
        c.rect(colx[k], top - 14, L.cols[k], 14, stroke=1, fill=1)
        c.setFillColorRGB(0, 0, 0); c.setFont("Helvetica", 8)
        c.drawCentredString((colx[k] + colx[k + 1]) / 2, top - 10.5, "ABCDE"[k])
    for n, (yt, h) in enumerate(sheetrows, 1):
        c.setFillColorRGB(0.88, 0.88, 0.88)
        c.rect(L.x0 - HW, yt - h, HW, h, stroke=1, fill=1)
        c.setFillColorRGB(0, 0, 0); c.setFont("Helvetica", 8)
        c.drawCentredString(L.x0 - HW / 2, yt - h / 2 - 3, str(n))
    # printed gridlines on the two free rows
    c.setStrokeColorRGB(0.75, 0.75, 0.75)
    for yt, h in sheetrows[:2]:
        c.line(L.x0, yt - h, colx[-1], yt - h)
        for x in colx:
            c.line(x, yt, x, yt - h)
    c.setStrokeColorRGB(0, 0, 0)
    c.setLineWidth(0.5)
    for x0, y0, x1, y1 in merged(edges(L.cells, 0)):
        c.line(x0, y0, x1, y1)
    for t in L.texts:
        c.setFont(FONT, t["size"]); c.drawString(t["x"], t["y"], t["text"])
    c.setFont(FONT, size)
    for cl in L.cells:
        for x, y, ln in cell_text_pos(L, cl):
            c.drawString(x, y, ln)
    foot = "第 1 页"
    c.setFont(FONT, 9); c.drawString((W - sw(foot, 9)) / 2, 26, foot)
    c.showPage()
    # page 2: the comments, printed "at end of sheet" (页面设置 → 批注：工作表末尾)
    y = H - 70
    for cell, author, text in K6_COMMENTS:
        c.setFont(FONT, 9)
        c.drawString(60, y, "单元格：" + cell)
        c.drawString(60, y - 14, "批注：" + author + "：")
        c.drawString(96, y - 28, text)
        y -= 56
    foot = "第 2 页"
    c.drawString((W - sw(foot, 9)) / 2, 26, foot)
    c.showPage()
    c.save()
    return sheetrows


MAKERS = {"k1": k1, "k2": k2, "k3": k3, "k4": k4, "k5": k5, "k6": k6}


def main():
    os.makedirs(BUILD, exist_ok=True)
    os.makedirs(os.path.join(HERE, "drafts"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "expected"), exist_ok=True)
    for key, name in NAMES.items():
        path = os.path.join(HERE, "drafts", name + ".pdf")
        MAKERS[key](path)
        from pypdf import PdfReader
        g = clean(json.loads(json.dumps(G[name], ensure_ascii=False)))
        g["source"] = {"path": name + ".pdf", "sha256": hashlib.sha256(open(path, "rb").read()).hexdigest(),
                       "format": "pdf", "pages": len(PdfReader(path).pages)}
        with open(os.path.join(HERE, "expected", name + ".gold.json"), "w", encoding="utf-8") as fh:
            json.dump(g, fh, ensure_ascii=False, indent=1)
        print(name, g["source"]["pages"], "pages")


if __name__ == "__main__":
    main()
