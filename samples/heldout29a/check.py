"""Validate heldout29a without jixiao: golds are valid JSON, sha256 matches, score.py G G = 1.0, every printed string
of each gold occurs in the draft's own text -- for these screenshots the HTML page chromium rendered
(/tmp/heldout29a_build/STEM.html, read with html.parser: text nodes with <script>/<style> dropped, PLUS the `value`
attribute of every <input>, which is what the browser draws inside the box; whitespace ignored) -- the body text is at
least 13 px high in the final image (CSS px x device scale), and each quirk is asserted from the FILE (format, size,
no text chunks, pixel sampling against the colours and sizes in the source HTML/CSS). `--selftest` runs every quirk
assertion on the OTHER drafts and the string check on a mutated gold (a 三级 renamed, a goal changed): each must FAIL.
Run: /work/main/.venv/bin/python check.py [--selftest]   (make.py must have run: it writes the HTML sources)"""
import copy, glob, hashlib, json, os, re, subprocess, sys
from html.parser import HTMLParser

import numpy as np
from PIL import Image

HERE = os.path.dirname(os.path.abspath(__file__))
DR, EX = os.path.join(HERE, "drafts"), os.path.join(HERE, "expected")
B = "/tmp/heldout29a_build"


def path(stem):
    return glob.glob(os.path.join(DR, stem + ".*"))[0]


def norm(s):
    return re.sub(r"\s+", "", s)


# ---------------------------------------------------------------- reader: the rendered HTML, tags stripped
class Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.out, self.skip, self.inputs = [], 0, []

    def handle_starttag(self, tag, a):
        if tag in ("script", "style"):
            self.skip += 1
        if tag == "input":
            d = dict(a)
            self.out.append(d.get("value") or "")
            self.inputs.append((d.get("value") or "", "disabled" in d))

    handle_startendtag = handle_starttag

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1

    def handle_data(self, d):
        if not self.skip:
            self.out.append(d)


def html_src(stem):
    try:
        return open(os.path.join(B, stem + ".html"), encoding="utf-8").read()
    except OSError:
        return ""


def parsed(stem):
    t = Text()
    t.feed(html_src(stem))
    return t


def html_text(stem):
    return "\n".join(parsed(stem).out)


def printed(g):
    d = g["document"]
    s = [d["department"], d["department_code"], d["title"], str(d["year"]) if d["year"] else None]
    for p in g["projects"]:
        s += [p["title"], p["code"], p["name"], p["department"], p["department_code"], p["purpose"], p["unit"]]
        s += ["%.2f" % v for v in (p["budget_total"], p["budget_fiscal"], p["budget_other"]) if v is not None]
        s += ["%d月底" % x["month"] for x in p["spending_plan"]] + [str(x["pct"]) for x in p["spending_plan"]]
        s += p["goals"]
        for i in p["indicators"]:
            s += [i["level1"], i["level2"], i["level3"], i["description"], i["value_raw"], i["basis"]]
    return [x for x in s if x]


def missing(g, text):
    t = norm(text)
    return [x for x in printed(g) if norm(x) not in t]


def css_px(src, rx):
    m = re.search(rx, src)
    return int(m.group(1)) if m else None


def hexrgb(h):
    return tuple(int(h[i: i + 2], 16) for i in (1, 3, 5))


def text_px(stem):
    src = html_src(stem)
    base = css_px(src, r"body\{[^}]*font-size:(\d+)px")
    dpr = 2 if "hidpi2x" in stem else 1
    return (base or 0) * dpr


# ---------------------------------------------------------------- pixel helpers
def rgb(p):
    return np.asarray(Image.open(p).convert("RGB")).astype(int)


def no_text_layer(p):
    b = open(p, "rb").read()
    if b[:8] == b"\x89PNG\r\n\x1a\n":
        return not any(c in b for c in (b"tEXt", b"iTXt", b"zTXt"))
    return b[:2] == b"\xff\xd8" and b"\xff\xfe" not in b[: b.find(b"\xff\xda")]


def groups(idx):
    g = []
    for x in idx:
        if g and x == g[-1][-1] + 1:
            g[-1].append(x)
        else:
            g.append([x])
    return g


def runs(row_mask, minrun):
    d = np.diff(np.concatenate(([0], row_mask.astype(np.int8), [0])))
    st, en = np.where(d == 1)[0], np.where(d == -1)[0]
    return [(s, e) for s, e in zip(st, en) if e - s >= minrun]


def colour(a, c):
    return np.all(a == c, axis=2)


def boxes(a, border, fill, minrun=40):
    """input boxes drawn with a 1-px `border` colour: every top / bottom edge is a run >= minrun; a box is a pair of
    runs on the same x-span; returns the boxes whose inside (3 px below the top edge) is `fill`"""
    m = colour(a, border)
    edges = {}
    for y in np.where(m.sum(axis=1) >= minrun)[0]:
        for s, e in runs(m[y], minrun):
            edges.setdefault((s, e), []).append(y)
    out = []
    for (s, e), ys in edges.items():
        ys = sorted(ys)
        for i in range(0, len(ys) - 1, 2):
            y0, y1 = ys[i], ys[i + 1]
            xm = (s + e) // 2
            if y1 - y0 >= 20 and tuple(a[y0 + 3, xm]) == fill and tuple(a[y0 + 3, s + 2]) == fill:
                out.append((s, e, y0, y1))
    return out


def png_ok(p):
    im = Image.open(p)
    return im.format == "PNG" and no_text_layer(p) and max(im.size) <= 3000


BORDER, DIS_FILL, DIS_BORDER, ARROW = (220, 223, 230), (245, 247, 250), (228, 231, 237), (192, 196, 204)
BLUE, RED = (64, 158, 255), (245, 108, 108)


# ---------------------------------------------------------------- quirk assertions (from the FILE)
def q_l1(p, g):
    """header block as a FORM of input boxes: white-filled boxes with a #dcdfe6 border and DISABLED boxes filled
    #f5f7fa with a #e4e7ed border; their numbers equal the source HTML's enabled / disabled <input>/<textarea>
    (>= 8 enabled, >= 3 disabled); the disabled boxes hold the gold's 项目编码, 主管部门 and 部门编码; one select
    (金额单位) draws its ▼ arrow (#c0c4cc) at the right end of its box"""
    if not png_ok(p):
        return False
    stem = os.path.basename(p).rsplit(".", 1)[0]
    src = html_src(stem)
    t = parsed(stem)
    n_dis = len(re.findall(r"<(?:input|textarea)[^>]*\sdisabled", src))
    n_en = len(re.findall(r"<(?:input|textarea)\b", src)) - n_dis
    if n_en < 8 or n_dis < 3:
        return False
    a = rgb(p)
    en = [b for b in boxes(a, BORDER, (255, 255, 255)) if b[1] - b[0] >= 80]      # (buttons are narrower)
    dis = [b for b in boxes(a, DIS_BORDER, DIS_FILL) if b[1] - b[0] >= 80]
    if len(en) != n_en or len(dis) != n_dis:
        return False
    disv = {v for v, d in t.inputs if d}
    pr = g["projects"][0]
    if not {pr.get("code"), pr.get("department"), pr.get("department_code")} <= disv:
        return False
    arr = colour(a, ARROW)
    n_sel = src.count('<div class="sel">')
    hits = 0
    for s, e, y0, y1 in en:
        if arr[y0:y1, e - 30: e].sum() >= 6:
            hits += 1
    return n_sel >= 1 and hits == n_sel


def q_l2(p, g):
    """editable grid: every indicator row of the gold is a row of SIX input boxes (#dcdfe6 border, white fill:
    一级, 二级, 三级, 描述, 指标值, 依据), the first two are selects with a ▼ arrow (#c0c4cc) at their right end,
    a checkbox column (one 14-px box per row + the header's), 删除 links in #f56c6c, and a success toast (#f0f9eb)
    at the top of the window"""
    if not png_ok(p):
        return False
    a = rgb(p)
    n = sum(len(x["indicators"]) for x in g["projects"])
    bx = [b for b in boxes(a, BORDER, (255, 255, 255)) if b[1] - b[0] >= 60]
    rows = {}
    for s, e, y0, y1 in bx:
        rows.setdefault(y0, []).append((s, e, y1))
    grid = [y for y, v in rows.items() if len(v) == 6]
    if len(grid) != n:
        return False
    arr = colour(a, ARROW)
    for y in grid:
        bs = sorted(rows[y])
        if not all(arr[y: bs[i][2], bs[i][1] - 30: bs[i][1]].sum() >= 6 for i in (0, 1)):
            return False
        if any(arr[y: bs[i][2], bs[i][0]: bs[i][1]].sum() for i in (2, 3, 4, 5)):
            return False
    cb = [b for b in boxes(a, BORDER, (255, 255, 255), minrun=8) if b[1] - b[0] <= 14 and b[3] - b[2] <= 14]
    if len(cb) != n + 1:
        cbm = colour(a, BORDER)[:, :90]
        cbs = groups(np.where(cbm.sum(axis=1) >= 8)[0])
        if len(cbs) != 2 * (n + 1):
            return False
    red = colour(a, RED)
    redrows = sum(1 for y in grid if red[y: rows[y][0][2]].sum() > 20)
    toast = colour(a[:90], (240, 249, 235)).sum(axis=1)
    return redrows == n and toast.max() >= 250


def q_l3(p, g):
    """TABS: a 2-px #409eff underline under the ACTIVE tab, lying on the tab bar's 2-px #e4e7ed bottom line (grey on
    both sides of it); the tab labels above the line form as many clusters as the source HTML has tabs, and the
    underline sits under the cluster whose index is the HTML's `tab on`; that label is drawn blue, the others dark.
    A dark (#304156) left menu runs down the window. The source HTML holds no 基本信息 pane (no 预算数 / 资金用途
    label) and the gold accordingly has no amounts, 资金用途 or 资金支出计划"""
    if not png_ok(p):
        return False
    stem = os.path.basename(p).rsplit(".", 1)[0]
    src = html_src(stem)
    tabs = re.findall(r'<div class="tab( on)?">([^<]+)</div>', src)
    if len(tabs) < 2 or "预算数" in src or "资金用途" in src:
        return False
    act = [i for i, (on, _) in enumerate(tabs) if on]
    pr = g["projects"][0]
    if pr.get("budget_total") is not None or pr.get("purpose") or pr.get("spending_plan"):
        return False
    a = rgb(p)
    bm = colour(a, BLUE)
    cand = [y for y in range(a.shape[0]) if any(e - s >= 60 for s, e in runs(bm[y], 60))]
    gs = groups(cand)
    if len(gs) != 1 or len(gs[0]) != 2 or len(act) != 1:
        return False
    y = gs[0][0]
    s, e = [r for r in runs(bm[y], 60)][0]
    if tuple(a[y, s - 10]) != DIS_BORDER or tuple(a[y, e + 10]) != DIS_BORDER or tuple(a[y + 1, e + 10]) != DIS_BORDER:
        return False
    band = a[y - 32: y - 8]
    ink = (band.min(axis=2) < 170).any(axis=0)
    gm = colour(a, DIS_BORDER)[y]
    bar = runs(gm | bm[y], 300)[0]
    cl = [c for c in groups(np.where(ink[bar[0]: bar[1]])[0]) if len(c) > 2]
    merged = []
    for c in cl:
        if merged and c[0] - merged[-1][-1] < 14:
            merged[-1] = merged[-1] + c
        else:
            merged.append(c)
    if len(merged) != len(tabs):
        return False
    mid = (s + e) // 2 - bar[0]
    under = [i for i, c in enumerate(merged) if c[0] <= mid <= c[-1]]
    if under != act:
        return False
    c = merged[act[0]]
    lab = band[:, bar[0] + c[0]: bar[0] + c[-1] + 1].reshape(-1, 3)
    lab = lab[lab.min(axis=1) < 200]
    blue_share = np.mean(lab[:, 2] - lab[:, 0] > 80)
    menu = colour(a[:, :200], (48, 65, 86)).sum(axis=1)
    return blue_share > 0.6 and np.mean(menu[60:] > 100) > 0.6


def q_l4(p, g):
    """MODAL over a DIMMED page: outside the dialog every sampled surface is its CSS colour blended with the overlay
    (rgba(0,0,0,0.5) in the source) -- the blue header, the dark menu, the grey page -- within 1 level; inside the
    dialog (its left edge from the CSS width, centred) the fill is pure white; the dimmed list behind names other
    projects (their codes are in the HTML) that are NOT in the gold"""
    if not png_ok(p):
        return False
    stem = os.path.basename(p).rsplit(".", 1)[0]
    src = html_src(stem)
    m = re.search(r"\.v-modal\{[^}]*background:rgba\(0,0,0,([0-9.]+)\)", src)
    w = css_px(src, r"\.dlg\{[^}]*width:(\d+)px")
    if not m or not w:
        return False
    al = float(m.group(1))
    hd = hexrgb(re.search(r"\.hd\{[^}]*background:(#[0-9a-f]{6})", src).group(1))
    mn = hexrgb(re.search(r"\.menu\{[^}]*background:(#[0-9a-f]{6})", src).group(1))
    pg = hexrgb(re.search(r"body\{[^}]*background:(#[0-9a-f]{6})", src).group(1))
    a = rgb(p)
    H, W = a.shape[:2]

    def dim(c):
        return np.array([x * (1 - al) for x in c])

    left = (W - w) // 2
    spots = [((5, 5), hd), ((H - 8, 100), mn), ((H - 8, W - 8), pg), ((H - 8, left - 10), mn)]
    if any(np.abs(a[y, x] - dim(c)).max() > 1 for (y, x), c in spots):
        return False
    if tuple(a[300, left + 6]) != (255, 255, 255) or tuple(a[300, left + w - 6]) != (255, 255, 255):
        return False
    behind = set(re.findall(r"<td>([A-Z]{4}-\d{4}-\d{4})</td>", src))
    dialog = {v for v, _ in parsed(stem).inputs if re.fullmatch(r"[A-Z]{4}-\d{4}-\d{4}", v)}
    codes = {x.get("code") for x in g["projects"]}
    return len(behind - dialog) >= 3 and codes == dialog and al == 0.5


def q_l5(p, g):
    """COLLAPSE PANELS: as many 48-px title bars (#f5f7fa, >= 900 px wide) as the gold has projects; a bar followed by
    a white panel body ( >= 200 px) is an EXPANDED project (the gold has its indicators), a bar followed at once by the
    panel's border and the grey page is COLLAPSED (the gold holds its title and no indicators, no code, no amounts)"""
    if not png_ok(p):
        return False
    a = rgb(p)
    m = colour(a, DIS_FILL).sum(axis=1) >= 900
    bars = [x for x in groups(np.where(m)[0]) if 40 <= len(x) <= 50]
    if len(bars) != len(g["projects"]):
        return False
    for b, pr in zip(bars, g["projects"]):
        y = b[-1] + 1
        below = a[y + 2: y + 202, 200]
        expanded = bool(np.mean(np.all(below >= 245, axis=1)) > 0.9)
        collapsed = any(tuple(a[y + k, 200]) == (240, 242, 245) for k in range(1, 5))
        if expanded == collapsed:
            return False
        if expanded and not pr["indicators"]:
            return False
        if collapsed and (pr["indicators"] or pr.get("code") or pr.get("budget_total") is not None or not pr.get("title")):
            return False
    return True


def q_l6(p, g):
    """SCROLLED GRID, region snip at device scale 2: the image STARTS with the grid's sticky header (#f5f7fa); under it
    a SLIVER (2 x SLIVER px, no ink) of the row scrolled up beneath the header, then full rows (2 x ROW_H px apart,
    2-px #ebeef5 rules) -- as many as the gold has indicators; the gold's first 序号 = scrollTop / row height from the
    source + 1, its last = the `共 N 条` count"""
    if not png_ok(p):
        return False
    stem = os.path.basename(p).rsplit(".", 1)[0]
    src = html_src(stem)
    st = re.search(r'getElementById\("sc"\)\.scrollTop=(\d+)', src)
    rh = css_px(src, r"table\.dg td\{height:(\d+)px")
    hh = css_px(src, r"table\.dg th\{[^}]*height:(\d+)px")
    tot = re.search(r"共 (\d+) 条", src)
    if not (st and rh and hh and tot):
        return False
    st, tot = int(st.group(1)), int(tot.group(1))
    first = st // rh + 2                       # row st//rh + 1 is the one cut under the header
    sliver = (st // rh + 1) * rh - st
    inds = g["projects"][0]["indicators"]
    if [d["seq"] for d in inds] != list(range(first, tot + 1)):
        return False
    a = rgb(p)
    col = a[:, 6]
    hb = 0
    while hb < a.shape[0] and tuple(col[hb]) in (DIS_FILL, (235, 238, 245)):
        hb += 1
    if not (2 * hh - 2 <= hb <= 2 * hh):
        return False
    ln = colour(a, (235, 238, 245)).sum(axis=1) >= 0.9 * a.shape[1]
    lines = groups(np.where(ln)[0])
    lines = [x for x in lines if x[0] >= hb]
    if not lines or any(len(x) != 2 for x in lines[:-1]) or len(lines[-1]) not in (2, 4):
        return False                           # (the last rule may touch the pager's own top rule: 4 px)
    if abs(lines[0][0] + 2 - hb - 2 * sliver) > 1:     # the sliver ends with its row's 2-px bottom rule
        return False
    if a[hb: lines[0][0]].min() < 240:
        return False
    gaps = [lines[i + 1][0] - lines[i][0] for i in range(len(lines) - 1)]
    full = [x for x in gaps if abs(x - 2 * rh) <= 1]
    return len(full) == len(inds)


QUIRK = {"l1": q_l1, "l2": q_l2, "l3": q_l3, "l4": q_l4, "l5": q_l5, "l6": q_l6}


def main(selftest):
    ok = True
    stems = sorted(os.path.basename(x)[:-10] for x in glob.glob(os.path.join(EX, "*.gold.json")))
    golds = {}
    for stem in stems:
        key = stem.split("_")[0]
        p = path(stem)
        gp = os.path.join(EX, stem + ".gold.json")
        g = json.load(open(gp, encoding="utf-8"))
        golds[stem] = g
        sha = hashlib.sha256(open(p, "rb").read()).hexdigest() == g["source"]["sha256"]
        pathok = g["source"]["path"] == os.path.basename(p)
        r = subprocess.run(["python3", "/work/shared/tools/score.py", gp, gp], capture_output=True, text=True)
        self_ok = '"f1": 1.0' in r.stdout and r.returncode == 0
        miss = missing(g, html_text(stem))
        px = text_px(stem)
        im = Image.open(p)
        q = QUIRK[key](p, g)
        n = sum(len(x["indicators"]) for x in g["projects"])
        good = sha and pathok and self_ok and not miss and q and px >= 13
        print("%-54s sha=%s score=%s inds=%d size=%dx%d text=%dpx strings-missing=%d quirk=%s"
              % (stem, sha, self_ok, n, im.width, im.height, px, len(miss), q))
        if miss:
            print("    missing:", miss[:6])
        ok &= good
    if selftest:
        for stem in stems:
            key = stem.split("_")[0]
            others = [s for s in stems if s != stem]
            fails = sum(not QUIRK[key](path(o), golds[o]) for o in others)
            line = "selftest %s quirk fail on %d/%d other drafts" % (key, fails, len(others))
            ok &= fails == len(others)
            g = copy.deepcopy(golds[stem])
            g["projects"][0]["indicators"][2]["level3"] += "（已核定）"
            if g["projects"][0]["goals"]:
                g["projects"][0]["goals"][0] += "（调整）"
            miss = missing(g, html_text(stem))
            line += "; mutated gold: %s missing=%s" % ("fail" if miss else "PASS(!)", miss)
            ok &= bool(miss)
            # the quirk against a gold that contradicts what the screen shows
            g2 = copy.deepcopy(golds[stem])
            pr = g2["projects"][0]
            if key == "l1":
                pr["department_code"] = "768230"
            elif key == "l2":
                pr["indicators"].pop()
            elif key == "l3":
                pr["budget_total"] = 412.6
            elif key == "l4":
                pr["code"] = None
                g2["projects"] = []
                g2["projects"].append(dict(pr, code="XFSW-2025-0009"))
            elif key == "l5":
                g2["projects"][1]["indicators"] = copy.deepcopy(pr["indicators"][:2])
            elif key == "l6":
                pr["indicators"] = copy.deepcopy(pr["indicators"])
                for d in pr["indicators"]:
                    d["seq"] -= 3
            qf = not QUIRK[key](path(stem), g2)
            line += "; quirk vs contradicting gold: %s" % ("fail" if qf else "PASS(!)")
            ok &= qf
            print(line)
    print("ALL OK" if ok else "PROBLEMS")
    return ok


if __name__ == "__main__":
    sys.exit(0 if main("--selftest" in sys.argv) else 1)
