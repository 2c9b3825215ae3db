"""Page geometry of the heldout28b forms (no jixiao): one seed-like 绩效目标表 per project, ruled as vector lines.
`doc_from_facts` (make.py, from golds.F) and `doc_from_gold` (check.py, from an expected/*.gold.json) give the same
plain dict; `lay_out(doc)` turns it into pages of ('line', x0, y0, x1, y1) and ('text', x, y_baseline, size, str) in
PDF points (origin bottom left). Glyph advances are those of Noto Sans CJK SC (read here with Pillow's FreeType at
1000 px = font units), so a text fragment's characters sit at x + sum(advances) * size / 1000 in every rendering."""
from PIL import ImageFont

NOTO = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
SC = 2  # face index of Noto Sans CJK SC in the collection
_F = ImageFont.truetype(NOTO, size=1000, index=SC)
_ADV = {}
TITLE = "2025年部门预算项目绩效目标表"
SIZES = {"landscape": (841.89, 595.28), "portrait": (595.28, 841.89)}
LINE_W = 0.6


def adv(ch):
    if ch not in _ADV:
        _ADV[ch] = int(round(_F.getlength(ch)))
    return _ADV[ch]


def width(s, fs):
    return sum(adv(c) for c in s) * fs / 1000.0


def wrap(paras, w, fs):
    out = []
    for para in paras:
        line, lw = "", 0.0
        for ch in para:
            a = adv(ch) * fs / 1000.0
            if line and lw + a > w:
                out.append(line)
                line, lw = "", 0.0
            line += ch
            lw += a
        out.append(line)
    return out


def _fmt_amt(v):
    return None if v is None else "%.2f" % v


def doc_from_facts(f):
    projs = []
    for i, p in enumerate(f["projects"], 1):
        projs.append(dict(seq=i, title=p["name"] + "绩效目标表", name=p["name"], code=p["code"], amt=list(p["amt"]),
                          purpose=p["purpose"], plan=[(m, v) for m, v in p["plan"]], goals=list(p["goals"]),
                          rows=[[r[0], r[1], r[2], r[3], r[4][2:] if r[4].startswith("Q:") else r[4], r[5]]
                                for r in p["rows"]]))
    return dict(title=TITLE, dept=f["dept"], code=f["code"], page=f["page"], fs=f["fs"], projects=projs)


def doc_from_gold(g, page, fs):
    d = g["document"]
    projs = []
    for p in g["projects"]:
        projs.append(dict(seq=p["seq"], title=p["title"], name=p["name"], code=p["code"],
                          amt=[_fmt_amt(p["budget_total"]), _fmt_amt(p["budget_fiscal"]), _fmt_amt(p["budget_other"])],
                          purpose=p["purpose"], plan=[(s["month"], s["pct"]) for s in p["spending_plan"]],
                          goals=list(p["goals"]),
                          rows=[[r["level1"], r["level2"], r["level3"], r["description"], r["value_raw"], r["basis"]]
                                for r in p["indicators"]]))
        assert p["department"] == d["department"] and p["department_code"] == d["department_code"]
    return dict(title=d["title"], dept=d["department"], code=d["department_code"], page=page, fs=fs, projects=projs)


class Page:
    def __init__(self, size):
        self.size = size
        self.ops = []

    def line(self, x0, y0, x1, y1):
        self.ops.append(("line", round(x0, 2), round(y0, 2), round(x1, 2), round(y1, 2)))

    def text(self, x, y, fs, s):
        if s:
            self.ops.append(("text", round(x, 2), round(y, 2), fs, s))


def _cell_text(pg, x0, x1, ytop, h, lines, fs, align):
    lh = fs * 1.4
    block = len(lines) * lh
    top = ytop - (h - block) / 2.0
    for i, ln in enumerate(lines):
        base = top - i * lh - (lh - fs) / 2.0 - fs * 0.88
        if align == "center":
            x = (x0 + x1) / 2.0 - width(ln, fs) / 2.0
        else:
            x = x0 + 4
        pg.text(x, base, fs, ln)


def _rect(pg, x0, x1, ytop, h):
    pg.line(x0, ytop, x1, ytop)
    pg.line(x0, ytop - h, x1, ytop - h)
    pg.line(x0, ytop, x0, ytop - h)
    pg.line(x1, ytop, x1, ytop - h)


def lay_out(doc):
    W, H = SIZES[doc["page"]]
    fs = doc["fs"]
    m = 40 if doc["page"] == "landscape" else 36
    X0, X1 = m, W - m
    TW = X1 - X0
    if doc["page"] == "landscape":
        icol = [76, 112, 150, 230, 110, 84]
    else:
        icol = [60, 76, 112, 140, 75, 60]
    ix = [X0]
    for c in icol:
        ix.append(ix[-1] + c)
    L = icol[0]
    R = TW - L
    pad = 8
    lh = fs * 1.4

    def h_of(cells):
        need = 0
        for (x0, x1, paras, align) in cells:
            n = len(wrap(paras, x1 - x0 - 8, fs))
            need = max(need, n * lh + pad)
        return max(need, 22)

    def xs(fracs):
        out, x = [X0 + L], X0 + L
        for fr in fracs:
            x += R * fr
            out.append(x)
        out[-1] = X1
        return out

    pages = []
    for pi, p in enumerate(doc["projects"]):
        pg = Page((W, H))
        pages.append(pg)
        y = H - 44
        if pi == 0:
            t = doc["title"]
            pg.text(W / 2.0 - width(t, 16) / 2.0, y - 16, 16, t)
            y -= 30
        t = "%d、%s" % (p["seq"], p["title"])
        pg.text(W / 2.0 - width(t, 13) / 2.0, y - 13, 13, t)
        y -= 24
        pg.text(X0, y - fs, fs, "%s %s" % (doc["code"], doc["dept"]))
        u = "单位：万元"
        pg.text(X1 - width(u, fs), y - fs, fs, u)
        y -= fs + 8

        # the head of the form: (label cell spanning k rows, [rows of (x0, x1, paras, align)])
        a = xs([230 / 686, 110 / 686, 346 / 686])
        r_code = [(a[0], a[1], [p["code"]], "center"), (a[1], a[2], ["项目名称"], "center"),
                  (a[2], a[3], [p["name"]], "center")]
        b = xs([100 / 686, 120 / 686, 130 / 686, 120 / 686, 96 / 686, 120 / 686])
        amt = [v or "" for v in p["amt"]]
        r_bud = [(b[0], b[1], ["预算数"], "center"), (b[1], b[2], [amt[0]], "center"),
                 (b[2], b[3], ["其中：财政资金"], "center"), (b[3], b[4], [amt[1]], "center"),
                 (b[4], b[5], ["其他资金"], "center"), (b[5], b[6], [amt[2]], "center")]
        r_pur = [(X0 + L, X1, [p["purpose"]], "left")]
        n = len(p["plan"])
        c = xs([1.0 / n] * n)
        r_mon = [(c[i], c[i + 1], ["%d月底" % mth], "center") for i, (mth, _) in enumerate(p["plan"])]
        r_pct = [(c[i], c[i + 1], ["" if v is None else "%g" % v], "center") for i, (_, v) in enumerate(p["plan"])]
        r_goal = [(X0 + L, X1, ["%d、%s" % (i, gl) for i, gl in enumerate(p["goals"], 1)], "left")]
        head = [("项目编码", [r_code]), ("预算规模及资金用途", [r_bud, r_pur]), ("资金支出计划（%）", [r_mon, r_pct]),
                ("绩效目标", [r_goal])]
        for label, rws in head:
            hs = [h_of(r) for r in rws]
            need = len(wrap([label], L - 8, fs)) * lh + pad
            if sum(hs) < need:
                hs[-1] += need - sum(hs)
            _rect(pg, X0, X0 + L, y, sum(hs))
            _cell_text(pg, X0, X0 + L, y, sum(hs), wrap([label], L - 8, fs), fs, "center")
            for r, h in zip(rws, hs):
                for (x0, x1, paras, align) in r:
                    _rect(pg, x0, x1, y, h)
                    lines = wrap(paras, x1 - x0 - 8, fs)
                    _cell_text(pg, x0, x1, y, h, lines, fs, "center" if len(lines) == 1 and align == "center"
                               else align)
                y -= h
        # indicator header + rows, paginated; merged 一级 / 二级 within a page
        hdr = ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"]
        allrows = [("hdr", hdr)] + [("row", r) for r in p["rows"]]
        placed = []  # (page, ytop, h, kind, cells)
        for kind, cells in allrows:
            h = max(max(len(wrap([cells[k]], icol[k] - 8, fs)) * lh + pad for k in range(6)), 22)
            if y - h < 80:
                pg = Page((W, H))
                pages.append(pg)
                y = H - 44
            placed.append((pg, y, h, kind, cells))
            y -= h
        i = 0
        while i < len(placed):
            pgi, ytop, h, kind, cells = placed[i]
            for k in range(2, 6):
                _rect(pgi, ix[k], ix[k + 1], ytop, h)
                lines = wrap([cells[k]], icol[k] - 8, fs)
                _cell_text(pgi, ix[k], ix[k + 1], ytop, h, lines, fs, "center" if len(lines) == 1 else "left")
            i += 1
        for k in (0, 1):  # merged cells: consecutive equal values (and, for 二级, same 一级) on the same page
            i = 0
            while i < len(placed):
                pgi, ytop, h, kind, cells = placed[i]
                j, tot = i + 1, h
                while (kind == "row" and j < len(placed) and placed[j][3] == "row" and placed[j][0] is pgi
                       and placed[j][4][k] == cells[k] and (k == 0 or placed[j][4][0] == cells[0])):
                    tot += placed[j][2]
                    j += 1
                _rect(pgi, ix[k], ix[k + 1], ytop, tot)
                lines = wrap([cells[k]], icol[k] - 8, fs)
                _cell_text(pgi, ix[k], ix[k + 1], ytop, tot, lines, fs, "center")
                i = j
    return pages


def fragments(page):
    """every text fragment of a page with the x of each of its characters: [(x_char, y, size, ch)]"""
    out = []
    for op in page.ops:
        if op[0] != "text":
            continue
        _, x, y, fs, s = op
        for ch in s:
            out.append((x, y, fs, ch))
            x += adv(ch) * fs / 1000.0
    return out
