"""Validate heldout27b without jixiao: golds are valid JSON, sha256 matches, score.py G G = 1.0, every printed string
of each gold occurs in the draft's own text -- for screenshots the HTML page chromium rendered
(/tmp/heldout27b_build/STEM.html, read with html.parser, <script>/<style> dropped, whitespace ignored) -- the body
text is at least 13 px high in the final image (CSS px x device scale x downscale), and each quirk is asserted from
the FILE (format, size, no text chunks, pixel sampling). `--selftest` runs every quirk assertion on the OTHER drafts
and the string check on a mutated gold (a 三级 renamed, an amount changed; for w5 also the zebra count against a gold
with one indicator dropped): each must FAIL there.
Run: /work/main/.venv/bin/python check.py [--selftest]   (make.py must have run: it writes the HTML sources)"""
import copy, glob, hashlib, json, os, re, subprocess, sys
from html.parser import HTMLParser

import numpy as np
from PIL import Image

HERE = os.path.dirname(os.path.abspath(__file__))
DR, EX = os.path.join(HERE, "drafts"), os.path.join(HERE, "expected")
B = "/tmp/heldout27b_build"


def path(stem):
    return glob.glob(os.path.join(DR, stem + ".*"))[0]


def norm(s):
    return re.sub(r"\s+", "", s)


# ---------------------------------------------------------------- reader: the rendered HTML, tags stripped
class Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, a):
        if tag in ("script", "style"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1

    def handle_data(self, d):
        if not self.skip:
            self.out.append(d)


def html_src(stem):
    return open(os.path.join(B, stem + ".html"), encoding="utf-8").read()


def html_text(stem):
    t = Text()
    t.feed(html_src(stem))
    return "\n".join(t.out)


def printed(g):
    d = g["document"]
    s = [d["department"], d["department_code"], d["title"]]
    for p in g["projects"]:
        s += [p["title"], p["code"], p["name"], p["department"], p["department_code"], p["purpose"]]
        s += ["%.2f" % v for v in (p["budget_total"], p["budget_fiscal"], p["budget_other"]) if v is not None]
        s += ["%d月底" % x["month"] for x in p["spending_plan"]] + [str(x["pct"]) for x in p["spending_plan"]]
        s += p["goals"]
        for i in p["indicators"]:
            s += [i["level1"], i["level2"], i["level3"], i["description"], i["value_raw"], i["basis"]]
    return [x for x in s if x]


def missing(g, text):
    t = norm(text)
    return [x for x in printed(g) if norm(x) not in t]


# ---------------------------------------------------------------- body text size in the final image
# (CSS rule holding the form's body font, device scale, downscale)
FONT = {"w1": (r"table\.form\{[^}]*font-size:(\d+)px", 1), "w2": (r"table\.form\{[^}]*font-size:(\d+)px", 2),
        "w3": (r"table\.form\{[^}]*font-size:(\d+)px", 2), "w4": (r"table\.sh\{[^}]*font-size:(\d+)px", 1),
        "w5": (r"body\{[^}]*font-size:(\d+)px", 1), "w6": (r"table\.form\{[^}]*font-size:(\d+)px", 2 * 0.8)}


def text_px(key, stem):
    rx, scale = FONT[key]
    return int(re.search(rx, html_src(stem)).group(1)) * scale


# ---------------------------------------------------------------- quirk assertions (from the FILE)
def rgb(p):
    return np.asarray(Image.open(p).convert("RGB")).astype(int)


def no_text_layer(p):
    """no tEXt / iTXt / zTXt chunk in a PNG, no COM segment in a JPEG: the image carries no text of its own"""
    b = open(p, "rb").read()
    if b[:8] == b"\x89PNG\r\n\x1a\n":
        return not any(c in b for c in (b"tEXt", b"iTXt", b"zTXt"))
    return b[:2] == b"\xff\xd8" and b"\xff\xfe" not in b[: b.find(b"\xff\xda")]


def hlines(a, colour, minrun):
    """horizontal lines of exactly `colour` with a run of >= minrun px: list of (y0, thickness)"""
    m = np.all(a == colour, axis=2)
    rows = []
    for y in range(m.shape[0]):
        r = m[y].astype(np.int8)
        if r.sum() < minrun:
            continue
        d = np.diff(np.concatenate(([0], r, [0])))
        st, en = np.where(d == 1)[0], np.where(d == -1)[0]
        if (en - st).max() >= minrun:
            rows.append(y)
    out = []
    for y in rows:
        if out and y == out[-1][0] + out[-1][1]:
            out[-1][1] += 1
        else:
            out.append([y, 1])
    return out


def vgroups(mask_cols):
    xs = np.where(mask_cols)[0]
    g = []
    for x in xs:
        if g and x == g[-1][-1] + 1:
            g[-1].append(x)
        else:
            g.append([x])
    return g


def q_w1(p, g):
    """desktop 100 %: PNG exactly 1366 px wide, <= 2600 tall; the table rules are 1-px #cccccc lines (>= 30 of them,
    every one exactly 1 px thick: 100 % zoom, device scale 1); the portal header is the site's blue (29,90,166)"""
    im = Image.open(p)
    if im.format != "PNG" or im.width != 1366 or im.height > 2600 or not no_text_layer(p):
        return False
    a = rgb(p)
    ln = hlines(a, (204, 204, 204), 500)
    return len(ln) >= 30 and all(t == 1 for _, t in ln) and bool(np.all(a[5:60, 5] == (29, 90, 166)))


def q_w2(p, g):
    """HiDPI 2x cropped to the table: PNG 1800-2600 wide; the 1-CSS-px #ccc rules are 2 device px thick (>= 12
    lines, ALL exactly 2); no portal chrome (the crop's first 10 rows are white); anti-aliased text (>= 100 grey
    levels)"""
    im = Image.open(p)
    if im.format != "PNG" or not 1800 <= im.width <= 2600 or max(im.size) > 2600 or not no_text_layer(p):
        return False
    a = rgb(p)
    ln = hlines(a, (204, 204, 204), 800)
    grey = a[(a[..., 0] == a[..., 1]) & (a[..., 1] == a[..., 2])][:, 0]
    return (len(ln) >= 12 and all(t == 2 for _, t in ln) and bool((a[:10] == 255).all())
            and len(np.unique(grey)) >= 100)


def q_w3(p, g):
    """mobile long screenshot: PNG 780 px wide (390 CSS x 2), 2000 < height <= 9000; the WeChat account name in
    #576b95; the wide table SHRUNK TO FIT: its vertical #ccc rules (>= 8 x positions, 2 px thick) all lie inside the
    frame with the article's 16-CSS-px margins (32..748), none cut at the right edge"""
    im = Image.open(p)
    if im.format != "PNG" or im.width != 780 or not 2000 < im.height <= 9000 or not no_text_layer(p):
        return False
    a = rgb(p)
    if np.all(a == (87, 107, 149), axis=2).sum() < 200:
        return False
    m = np.all(a == (204, 204, 204), axis=2)
    runs = np.zeros(m.shape[1], int)
    for x in range(m.shape[1]):
        c = m[:, x].astype(np.int8)
        d = np.diff(np.concatenate(([0], c, [0])))
        st, en = np.where(d == 1)[0], np.where(d == -1)[0]
        runs[x] = (en - st).max() if len(st) else 0
    gs = vgroups(runs >= 60)
    return (len(gs) >= 8 and all(len(x) == 2 for x in gs) and gs[0][0] >= 32 and gs[-1][-1] <= 748)


def q_w4(p, g):
    """spreadsheet web view: a column-letter header band (#f0f0f0) above the grid whose cells, told apart by the
    header's #c8c8c8 rules, number exactly the source HTML's letters A B C ... + the corner cell; a row-number column
    (#f0f0f0) at the left whose #c8c8c8 rules split it into exactly the HTML's numbered rows; light-grey #e1e1e1
    gridlines between the body cells"""
    im = Image.open(p)
    stem = os.path.basename(p).rsplit(".", 1)[0]
    try:
        src = html_src(stem)
    except OSError:
        src = ""
    letters = re.findall(r'<th class="colh">([A-Z]+)</th>', src)
    nrows = len(re.findall(r'<th class="rowh">\d+</th>', src))
    if im.format != "PNG" or not letters or letters != [chr(65 + i) for i in range(len(letters))] or not nrows:
        return False
    a = rgb(p)
    hdr = np.all(a == (240, 240, 240), axis=2)
    band = [y for y in range(a.shape[0]) if hdr[y].sum() >= 600]
    if not band:
        return False
    ym = band[len(band) // 2] if len(band) < 40 else band[0] + 5
    seps = vgroups(np.all(a[ym] == (200, 200, 200), axis=1))
    if len(seps) != len(letters) + 2:           # left edge, corner | A, A | B, ..., right edge of the last letter
        return False
    xr = (seps[0][-1] + seps[1][0]) // 2        # middle of the row-number column
    col = np.all(a[:, xr] == (200, 200, 200), axis=1)
    ys = [y for y in range(band[-1] + 1, a.shape[0])]
    rules = vgroups(col[band[-1] + 1:])
    body = a[band[-1] + 1:, seps[1][-1] + 1: seps[-1][0]]
    light = np.all(body == (225, 225, 225), axis=2).sum()
    return len(rules) == nrows + 1 and light > 20000 and len(ys) > 0   # a rule above each row + the last one's bottom


def q_w5(p, g):
    """borderless zebra grid: rows told apart ONLY by shading -- bands of (244,246,249) alternate with white bands of
    the same height, one shaded band per even indicator row of the gold (n // 2), and NO 1-2 px rule anywhere in the
    grid; a toolbar above it with the primary button (64,158,255)"""
    im = Image.open(p)
    if im.format != "PNG" or not no_text_layer(p):
        return False
    a = rgb(p)
    if np.all(a == (64, 158, 255), axis=2).sum() < 1500:
        return False
    zc = np.all(a == (244, 246, 249), axis=2)
    xs = np.where(zc.sum(axis=0) > 0)[0]
    if not len(xs):
        return False
    strip = zc[:, xs[0]: xs[0] + 8]              # the cells' left padding: never text, only the row's background
    z = strip.all(axis=1) & (zc.sum(axis=1) >= 0.4 * a.shape[1])
    bands = vgroups(z)
    n = sum(len(x["indicators"]) for x in g["projects"])
    if len(bands) != n // 2 or not bands:
        return False
    hs = {len(b) for b in bands}
    if max(hs) - min(hs) > 1 or max(hs) < 30:
        return False
    gaps = [bands[i + 1][0] - bands[i][-1] - 1 for i in range(len(bands) - 1)]
    if any(abs(x - len(bands[0])) > 1 for x in gaps):
        return False
    top, bot = bands[0][0] - 2 * len(bands[0]), bands[-1][-1] + len(bands[0])
    reg = a[top:bot, 60:1300]
    for y in range(reg.shape[0]):
        vals, cnt = np.unique(reg[y].reshape(-1, 3), axis=0, return_counts=True)
        k = cnt.argmax()
        c = tuple(vals[k])
        if cnt[k] >= 0.8 * reg.shape[1] and c not in ((255, 255, 255), (244, 246, 249)):
            return False                        # a full-width line of another colour = a border
    return True


def q_w6(p, g):
    """chat paste: JPEG whose quantisation tables are exactly those of quality 70, 4:2:0, no COM / EXIF; its size is
    80 % of the screenshot it was made from (/tmp/heldout27b_build/STEM.src.png, a 2x screenshot)"""
    im = Image.open(p)
    if im.format != "JPEG" or not no_text_layer(p) or "exif" in im.info:
        return False
    ref = Image.new("RGB", (16, 16))
    import io
    bio = io.BytesIO()
    ref.save(bio, "JPEG", quality=70)
    qref = Image.open(bio).quantization
    if {k: list(v) for k, v in im.quantization.items()} != {k: list(v) for k, v in qref.items()}:
        return False
    from PIL import JpegImagePlugin
    if JpegImagePlugin.get_sampling(im) != 2:
        return False
    stem = os.path.basename(p).rsplit(".", 1)[0]
    srcp = os.path.join(B, stem + ".src.png")
    if not os.path.exists(srcp):
        return False
    s = Image.open(srcp).size
    return im.size == (round(s[0] * 0.8), round(s[1] * 0.8)) and im.size != s


QUIRK = {"w1": q_w1, "w2": q_w2, "w3": q_w3, "w4": q_w4, "w5": q_w5, "w6": q_w6}


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
        self_ok = bool(re.search(r"\b1\.0+\b", r.stdout)) and r.returncode == 0
        miss = missing(g, html_text(stem))
        px = text_px(key, stem)
        im = Image.open(p)
        size_ok = max(im.size) <= (9000 if key == "w3" else 2600)
        q = QUIRK[key](p, g)
        n = sum(len(x["indicators"]) for x in g["projects"])
        good = sha and pathok and self_ok and not miss and q and px >= 13 and size_ok
        print("%-46s sha=%s score=%s inds=%d size=%dx%d text=%.1fpx strings-missing=%d quirk=%s"
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
            g["projects"][0]["budget_total"] += 1
            miss = missing(g, html_text(stem))
            line += "; mutated gold: %s missing=%s" % ("fail" if miss else "PASS(!)", miss)
            ok &= bool(miss)
            if key == "w5":
                g2 = copy.deepcopy(golds[stem])
                g2["projects"][0]["indicators"].pop()
                g3 = copy.deepcopy(golds[stem])
                g3["projects"][0]["indicators"] += g3["projects"][0]["indicators"][:2]
                zf = not QUIRK[key](path(stem), g2) and not QUIRK[key](path(stem), g3)
                line += "; zebra vs gold with 9 / 12 rows: %s" % ("fail" if zf else "PASS(!)")
                ok &= zf
            print(line)
    print("ALL OK" if ok else "PROBLEMS")
    return ok


if __name__ == "__main__":
    sys.exit(0 if main("--selftest" in sys.argv) else 1)
