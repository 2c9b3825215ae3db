#!/usr/bin/env python3
"""Check the blind set heldout21a: valid JSON, source.sha256 matches the bytes, score.py self-F1 1.0, every printed
string of each gold found in its document's own text, and each draft's quirk really present (structure()).

Readers written for this check (nothing from jixiao, nothing from make.py or golds.py):
- TEXT (missing()): .pdf → the invisible OCR text layer as pdfminer.six AND pypdfium2 read it (a string counts when
  either has it); .md → the UTF-8 text. NFKC and whitespace removed on both sides (the contract's full-width rule).
  The OCR SLIPS declared below (SLIPS, typed here from the page images, not imported) are the only strings allowed
  missing, and each must be missing: the gold holds what is PRINTED.
- PAGE IMAGE (page_image_ok()): the draft page rendered by pypdfium2 (the text layer is invisible) against the
  source rendering /tmp/heldout21a_build/STEM.src.pdf (present after make.py), binarised: the image shows the form
  whose strings the gold holds (f6 only after turning the page image back by 90°).
- STRUCTURE (structure()): the PDF content streams through pypdf (text render mode, every shown string decoded
  UTF-16BE, its position, path operators, image placements), pdfplumber's words / graphics; the Markdown's lines,
  html.parser tables with rowspan / colspan, and pipe rows.
`--selftest` runs every quirk assertion against the five OTHER drafts and against a mutated gold, and the string check
against a gold with a 三级 renamed, and reports that each fails there."""
import copy, glob, hashlib, json, logging, os, re, subprocess, sys, unicodedata
from html.parser import HTMLParser

logging.getLogger("pypdf").setLevel(logging.CRITICAL)  # the Markdown drafts are fed to the PDF readers in --selftest
HERE = os.path.dirname(os.path.abspath(__file__))
D, EXPECTED, TMP = os.path.join(HERE, "drafts"), os.path.join(HERE, "expected"), "/tmp/heldout21a_build"
SCORE = "/work/shared/tools/score.py"
STEMS = ["f1_pdf_searchable_exactlayer_wudu_2025", "f2_pdf_searchable_ocrslips_deptoverall_taoshan_2025",
         "f3_pdf_searchable_linelayer_guangdong_jiangcheng_2024", "f4_md_mineru_scan_central_annex_kuangshan_2025",
         "f5_md_docling_scan_yitihua_panzhihua_dongqu_2025", "f6_pdf_searchable_rotated90_form2015_jianshan_2024"]
# printed on the page → what the OCR text wrote instead (read off the drafts; the gold must hold the printed form)
SLIPS = {
    "f2": [("七台河市桃山区教育局", "七台河市桃山区教肓局"), ("≥98%", ">98%"), ("100%", "10096"),
           ("部门预算公开及时率", "部们预算公开及时率"), ("≤3.5万元/所", "≤35万元/所"), ("0起", "O起"),
           ("≥95%", "295%"), ("≥90%", "≥90％")],
    "f4": [("≥1200矿次", "≥12O0矿次"), ("≥95%", "$\\geq 95 \\%$"), ("≤4.8万元", "≤4.8万兀"),
           ("≤预算批复金额", "≤预箅批复金额"), ("远程监察系统运行", "远程临察系统运行")],
    "f5": [("2.8", "28"), ("≥", ">"), ("万元/公里", "万兀/公里"), ("惠及居民户数", "惠及居民戸数")],
}


def nf(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", str(s)))


# ------------------------------------------------------------------ PDF readers
def pdf_texts(doc):
    from pdfminer.high_level import extract_text
    import pypdfium2 as pdfium
    d = pdfium.PdfDocument(doc)
    return [extract_text(doc), "".join(d[i].get_textpage().get_text_range() for i in range(len(d)))]


def shown(doc):
    """per page: (ops summary, [(text, x, y, size, render_mode, tm_abcd, hscale)]) from the content stream."""
    from pypdf import PdfReader
    from pypdf.generic import ContentStream
    r = PdfReader(doc)
    out = []
    for pg in r.pages:
        ops = ContentStream(pg.get_contents(), r).operations
        mode, size, hs, tm, rows, names = 0, 0, 100, None, [], []
        for args, op in ops:
            names.append(op)
            if op == b"Tr":
                mode = int(args[0])
            elif op == b"Tf":
                size = float(args[1])
            elif op == b"Tz":
                hs = float(args[0])
            elif op == b"Tm":
                tm = [float(a) for a in args]
            elif op in (b"Tj", b"TJ"):
                parts = args[0] if op == b"TJ" else [args[0]]
                raw = b"".join(getattr(p, "original_bytes", None) or (p if isinstance(p, bytes) else b"")
                               for p in parts if not isinstance(p, (int, float)))
                rows.append((raw.decode("utf-16-be"), tm[4], tm[5], size, mode, tuple(tm[:4]), hs))
        out.append((names, rows, [float(x) for x in pg.mediabox[2:]], pg))
    return out


PATH_OPS = {b"m", b"l", b"c", b"v", b"y", b"re", b"h", b"S", b"s", b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*"}


def scan_layer_basics(doc, bad, landscape=False):
    """image-only page + invisible text: one image placed over the whole page, no vector path at all, every shown
    string in render mode 3."""
    import pdfplumber
    pages = shown(doc)
    with pdfplumber.open(doc) as pdf:
        for k, ((names, rows, (w, h), _), pg) in enumerate(zip(pages, pdf.pages)):
            if PATH_OPS & set(names):
                bad.append(f"p{k + 1}: path operators {sorted(PATH_OPS & set(names))}")
            if pg.lines or pg.rects or pg.curves:
                bad.append(f"p{k + 1}: vector graphics found")
            if pdf.pages[k].extract_tables():
                bad.append(f"p{k + 1}: pdfplumber finds a ruled table")
            if len(pg.images) != 1 or abs(pg.images[0]["width"] - w) > 1 or abs(pg.images[0]["height"] - h) > 1:
                bad.append(f"p{k + 1}: not one full-page image")
            if not rows or any(r[4] != 3 for r in rows):
                bad.append(f"p{k + 1}: text not all invisible (Tr 3)")
            if (w > h) != landscape:
                bad.append(f"p{k + 1}: page orientation {w}x{h}")
    return pages


def page_image_ok(doc, stem, rotate=False):
    """per page: mean absolute grey difference (0-255) between the draft page rendered at 72 dpi (paper and ink
    stretched to white / black, both softened by a 1.5 px blur) and the source rendering; 1e9 where the sizes differ."""
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter
    a, b = pdfium.PdfDocument(doc), pdfium.PdfDocument(os.path.join(TMP, stem + ".src.pdf"))
    if len(a) != len(b):
        return [1e9]
    out = []
    for i in range(len(a)):
        x = np.asarray(a[i].render(scale=1, grayscale=True).to_pil().convert("L")).astype(float)
        lo, hi = np.percentile(x, 0.5), np.percentile(x, 99.5)
        x = np.clip((x - lo) / max(1.0, hi - lo) * 255, 0, 255)
        if rotate:
            x = np.rot90(x, k=-1)
        y = np.asarray(b[i].render(scale=1, grayscale=True).to_pil().convert("L")).astype(float)
        if x.shape != y.shape:
            out.append(1e9); continue
        soft = lambda z: np.asarray(Image.fromarray(z.astype(np.uint8)).filter(ImageFilter.GaussianBlur(1.5))).astype(float)
        out.append(float(np.abs(soft(x) - soft(y)).mean()))
    return out


# ------------------------------------------------------------------ Markdown readers
class TP(HTMLParser):
    def __init__(self):
        super().__init__(); self.tables, self.cell = [], None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "table":
            self.tables.append([])
        elif tag == "tr":
            self.tables[-1].append([])
        elif tag in ("td", "th"):
            self.cell = ["", int(a.get("rowspan", 1)), int(a.get("colspan", 1))]

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self.cell:
            self.tables[-1][-1].append(tuple(self.cell)); self.cell = None

    def handle_data(self, d):
        if self.cell is not None:
            self.cell[0] += d


def hgrid(rows):
    g, busy = [], {}
    for r, row in enumerate(rows):
        out, c = [], 0
        for t, rs, cs in row:
            while (r, c) in busy:
                out.append(busy[(r, c)]); c += 1
            for dc in range(cs):
                out.append(t)
                for dr in range(1, rs):
                    busy[(r + dr, c + dc)] = t
            c += cs
        while (r, c) in busy:
            out.append(busy[(r, c)]); c += 1
        g.append(out)
    return g


# ------------------------------------------------------------------ strings of a gold
def strings(g):
    d = g["document"]
    yield from (d[k] for k in ("title", "department", "department_code") if d.get(k))
    for p in g["projects"]:
        for k in ("title", "department", "department_code", "code", "name", "implementing_unit"):
            if p.get(k): yield p[k]
        for k in ("budget_total", "budget_fiscal", "budget_other", "budget_carryover"):
            if p.get(k) is not None: yield "%.2f" % p[k]
        yield from p["goals"]
        yield from p.get("goals_mid_term") or []
        for v in (p.get("extra") or {}).values():
            if isinstance(v, str): yield v
            if isinstance(v, list): yield from (x for r in v for x in r)
        for x in p["indicators"]:
            for k in ("level1", "level2", "level3", "value_raw", "description", "basis", "baseline_raw",
                      "printed_unit", "sign", "direction"):
                if x.get(k): yield x[k]
            if x.get("weight") is not None: yield str(x["weight"])


def texts(doc):
    return pdf_texts(doc) if doc.endswith(".pdf") else [open(doc, encoding="utf-8").read()]


def missing(doc, g, stem=None):
    ts = [nf(t) for t in texts(doc)]
    miss = [s for s in strings(g) if not any(nf(s) in t for t in ts)]
    allowed = {nf(a) for a, _ in SLIPS.get((stem or "")[:2], [])}
    return [s for s in miss if nf(s) not in allowed]


def slip_text(doc, stem):
    """each declared slip: its OCR form is in the text; a printed form that is missing must be a declared slip."""
    bad = []
    raw = "\n".join(texts(doc))
    for a, b in SLIPS.get(stem[:2], []):
        if b not in raw:
            bad.append(f"OCR form {b!r} not in the text")
    return bad


def cmp_rows(bad, tag, got, want):
    if got != want:
        bad.append(f"{tag}: file {got} != gold {want}")


def inds(g, *keys):
    return [tuple(x.get(k) for k in keys) for p in g["projects"] for x in p["indicators"]]


# ------------------------------------------------------------------ quirks, one draft each
def words_at(rows):
    return {r[0] for r in rows}


def s_f1(doc, g):
    """searchable PDF, EXACT layer: one shown string per word box (no space inside any), each gold 三级 and 指标值
    an exact shown string on the line of its row, the value right of the 三级; one project per page; no rulings."""
    bad = []
    pages = scan_layer_basics(doc, bad)
    if len(pages) != len(g["projects"]):
        return bad + [f"pages {len(pages)} != projects {len(g['projects'])}"]
    for (names, rows, _, _), p in zip(pages, g["projects"]):
        if any(" " in r[0] for r in rows):
            bad.append("a shown string holds a space (not one box per word)")
        if names.count(b"BT") - 1 != len(rows):
            bad.append("not one text object per word box")
        at = {}
        for r in rows:
            at.setdefault(r[0], []).append(r)
        for x in p["indicators"]:
            l3, v = at.get(x["level3"]), at.get(x["value_raw"])
            if not l3 or not v:
                bad.append(f"row {x['seq']}: {x['level3']!r} / {x['value_raw']!r} not a word box"); continue
            if not any(abs(a[2] - b[2]) < 3 and b[1] > a[1] for a in l3 for b in v):
                bad.append(f"row {x['seq']}: value not right of its 三级 on the same line")
        for k in ("name", "code"):
            if p[k] not in at:
                bad.append(f"{k} {p[k]!r} not a word box on its page")
    if any(f > 12 for f in page_image_ok(doc, STEMS[0])):
        bad.append("page image is not the printed form")
    return bad


def s_f2(doc, g):
    """searchable PDF whose CLEAN image carries a text layer with OCR SLIPS: per slip the OCR form is a word box,
    the source rendering prints the gold's form at the same place, and the gold holds the printed form."""
    import pdfplumber
    bad = []
    pages = scan_layer_basics(doc, bad)
    if len(pages) != 1:
        return bad + ["not one page"]
    rows = pages[0][1]
    with pdfplumber.open(os.path.join(TMP, STEMS[1] + ".src.pdf")) as pdf:
        src = pdf.pages[0].extract_words(x_tolerance=1.5, y_tolerance=2)
        h = float(pdf.pages[0].height)
    p = g["projects"][0]
    cells = {x["level3"]: x for x in p["indicators"]}
    for printed, ocr in SLIPS["f2"]:
        hits = [r for r in rows if r[0] == ocr]
        if len(hits) != 1:
            bad.append(f"OCR form {ocr!r} is {len(hits)} word boxes"); continue
        r = hits[0]
        under = [w["text"] for w in src if abs(w["x0"] - r[1]) < 2.5 and abs((h - w["bottom"]) - r[2]) < 4]
        if under != [printed]:
            bad.append(f"{ocr!r}: the printed form there is {under}, not {printed!r}")
        # the gold holds the printed form for that row (found by the 三级 word box on the same line)
        row3 = [x for x in rows if abs(x[2] - r[2]) < 3 and x[0] in cells]
        if row3:
            if printed not in (cells[row3[0][0]]["value_raw"], row3[0][0]):
                bad.append(f"gold row {row3[0][0]!r} value {cells[row3[0][0]]['value_raw']!r} != printed {printed!r}")
        elif printed.startswith("部门") or "局" in printed:
            if printed not in (*cells, g["document"]["department"]):
                bad.append(f"gold lacks {printed!r}")
        else:
            bad.append(f"{ocr!r}: no 三级 on its line")
    if p.get("scope") != "department" or p.get("name") is not None:
        bad.append("not a 部门整体 record")
    if any(f > 12 for f in page_image_ok(doc, STEMS[1])):
        bad.append("page image is not the printed form")
    return bad


def s_f3(doc, g):
    """searchable PDF whose layer is ONE shown string per printed LINE, cells apart by a space: as many strings as
    baselines, each gold row's 三级 + 上年度实际水平 + 本年度计划完成水平 + 指标解释 one line (in that order)."""
    bad = []
    pages = scan_layer_basics(doc, bad)
    if len(pages) != 1:
        return bad + ["not one page"]
    rows = pages[0][1]
    ys = sorted({round(r[2]) for r in rows})
    if len(ys) < len(rows) - 1 or sum(r[0].count(" ") >= 3 for r in rows) < 12:
        bad.append("the layer is not one string per line")
    lines = [r[0] for r in rows]
    for x in g["projects"][0]["indicators"]:
        want = " ".join([x["level3"], x.get("baseline_raw") or "", x["value_raw"], x["description"] or ""])
        if not any(l.endswith(want) for l in lines):
            bad.append(f"row {x['seq']}: no line ending {want!r}")
        if x["level3"] in lines:
            bad.append(f"row {x['seq']}: 三级 is a string of its own")
    if any(f > 12 for f in page_image_ok(doc, STEMS[2])):
        bad.append("page image is not the printed form")
    return bad


def md_lines(doc):
    if not doc.endswith(".md"):
        raise ValueError("not a Markdown export")
    return open(doc, encoding="utf-8").read().split("\n")


def s_f4(doc, g):
    """MinerU Markdown of a scan: one `# ` heading, the form as ONE line of HTML <table> with rowspan/colspan, a
    `![](images/<sha256>.jpg)` seal; the grid agrees with the gold except the declared OCR cells, which hold the OCR
    form in the file and the printed form in the gold."""
    bad = []
    ls = md_lines(doc)
    if sum(l.startswith("# ") for l in ls) != 1 or not any(re.fullmatch(r"!\[\]\(images/[0-9a-f]{64}\.jpg\)", l)
                                                         for l in ls):
        bad.append("not MinerU's heading / image lines")
    tl = [l for l in ls if l.startswith("<table>")]
    if len(tl) != 1 or not tl[0].endswith("</table>") or "rowspan" not in tl[0]:
        return bad + ["not one one-line <table> with rowspan"]
    tp = TP(); tp.feed(tl[0]); grid = hgrid(tp.tables[0])
    kv = {r[0]: r[1:] for r in grid}
    p = g["projects"][0]
    cmp_rows(bad, "主管部门及代码", kv["主管部门及代码"][0], f"[{p['department_code']}]{p['department']}")
    cmp_rows(bad, "实施单位", kv["主管部门及代码"][2], p["implementing_unit"])
    money = {r[1]: float(r[2]) for r in grid if r[0] == "项目资金（万元）"}
    cmp_rows(bad, "资金", [money["年度资金总额"], money["其中：财政拨款"], money["上年结转资金"], money["其他资金"]],
             [p["budget_total"], p["budget_fiscal"], p["budget_carryover"], p["budget_other"]])
    h = next(i for i, r in enumerate(grid) if r[0] == "一级指标")
    got = [tuple(r) for r in grid[h + 1:]]
    want = inds(g, "level1", "level2", "level3", "value_raw")
    if len(got) != len(want):
        return bad + [f"rows {len(got)} != {len(want)}"]
    sl = dict(SLIPS["f4"])
    n = 0
    for a, b in zip(got, want):
        for x, y in zip(a, b):
            if x != y:
                if sl.get(y) == x:
                    n += 1
                else:
                    bad.append(f"cell {x!r} != gold {y!r}")
    if n != len(sl):
        bad.append(f"{n} OCR cells found, {len(sl)} declared")
    return bad


def s_f5(doc, g):
    """Docling Markdown of a scan: `<!-- image -->` placeholders, a `## ` title, ONE pipe table padded to equal
    width, merged cells REPEATED on every row (单位名称 on all rows, 项目名称 / 预算数 / 年度目标 per project); the
    rows agree with the gold except the declared OCR cells."""
    bad = []
    ls = md_lines(doc)
    if ls.count("<!-- image -->") != 2 or sum(l.startswith("## ") for l in ls) != 1:
        bad.append("not Docling's placeholders / heading")
    pr = [l for l in ls if l.startswith("|")]
    if len(pr) < 3 or len({len(l) for l in pr}) != 1 or not re.fullmatch(r"\|(-+\|)+", pr[1]):
        return bad + ["not one padded pipe table"]
    rows = [[c.strip() for c in l.strip("|").split("|")] for l in pr]
    head, body = rows[0], rows[2:]
    if head[:4] != ["单位名称", "项目名称", "预算数", "年度目标"] or len(head) != 12:
        return bad + ["not the 一体化 columns"]
    if len({r[0] for r in body}) != 1:
        bad.append("单位名称 not repeated on every row")
    want, k = [], 0
    for p in g["projects"]:
        for x in p["indicators"]:
            want.append([f"{p['department_code']}-{p['department']}", p["name"], "%.2f" % p["budget_total"],
                         p["goals"][0], x["level1"], x["level2"], x["level3"], x["sign"], x["value_raw"],
                         x["printed_unit"], str(x["weight"]), x["direction"]])
    if len(body) != len(want):
        return bad + [f"rows {len(body)} != {len(want)}"]
    sl = dict(SLIPS["f5"])
    n = 0
    for a, b in zip(body, want):
        for x, y in zip(a, b):
            if x != y:
                if sl.get(y) == x:
                    n += 1
                else:
                    bad.append(f"cell {x!r} != gold {y!r}")
    if n != len(sl):
        bad.append(f"{n} OCR cells found, {len(sl)} declared")
    return bad


def s_f6(doc, g):
    """searchable PDF on a LANDSCAPE page whose image shows the portrait form turned 90° (only the image turned back
    by 90° clockwise is the printed form) while every shown string is UPRIGHT (Tm without rotation); the layer's
    二级-block labels 长期绩效指标 / 年度绩效指标 sit level with the middle of the gold's mid_term / year rows."""
    bad = []
    pages = scan_layer_basics(doc, bad, landscape=True)
    if len(pages) != 1:
        return bad + ["not one page"]
    rows = pages[0][1]
    if any(r[5][1] or r[5][2] or r[5][0] <= 0 or r[5][3] <= 0 for r in rows):
        bad.append("a shown string is not upright")
    if not rows or rows[0][0] != g["document"]["title"]:
        bad.append("the layer does not start with the title")
    up = page_image_ok(doc, STEMS[5], rotate=False)
    turned = page_image_ok(doc, STEMS[5], rotate=True)
    if not (turned[0] < 12 and up[0] > 12):
        bad.append(f"image not turned 90° (as is {up}, turned back {turned})")
    at = {}
    for r in rows:
        at.setdefault(r[0], []).append(r[2])
    ind = g["projects"][0]["indicators"]
    for lab, per in (("长期绩效指标", "mid_term"), ("年度绩效指标", "year")):
        ys = [at[x["level3"]][0] for x in ind if x.get("period") == per and x["level3"] in at]
        n = sum(1 for x in ind if x.get("period") == per)
        if lab not in at or len(ys) != n or not n or abs(sum(ys) / n - at[lab][0]) > 4:
            bad.append(f"{lab}: rows of period {per} not level with the label")
    p = g["projects"][0]
    for k in ("name", "implementing_unit", "department_code"):
        if p[k] not in at:
            bad.append(f"{k} not a word box")
    return bad


QS = {"f1": s_f1, "f2": s_f2, "f3": s_f3, "f4": s_f4, "f5": s_f5, "f6": s_f6}


def structure(stem, doc, g):
    try:
        return QS[stem[:2]](doc, g) + (slip_text(doc, stem) if stem[:2] in SLIPS else [])
    except Exception as e:  # a reader that cannot find the structure is a failed assertion
        return [f"{stem[:2]}: {type(e).__name__} {e}"]


def _m_f1(g):
    g["projects"][1]["indicators"][2]["value_raw"] = "≥100%"


def _m_f2(g):
    g["projects"][0]["indicators"][3]["value_raw"] = ">98%"   # the OCR form typed into the gold


def _m_f3(g):
    x = g["projects"][0]["indicators"][0]; x["baseline_raw"], x["value_raw"] = x["value_raw"], x["baseline_raw"]


def _m_f4(g):
    g["projects"][0]["indicators"][7]["value_raw"] = "≤4.8万兀"


def _m_f5(g):
    g["projects"][0]["indicators"][4]["value_raw"] = "28"


def _m_f6(g):
    g["projects"][0]["indicators"][5]["period"] = "mid_term"


QMUT = {"f1": (_m_f1, "a 100% typed ≥100%"), "f2": (_m_f2, "the OCR slip `>98%` typed into the gold"),
        "f3": (_m_f3, "上年度实际水平 and target swapped"), "f4": (_m_f4, "the OCR `万兀` typed into the gold"),
        "f5": (_m_f5, "the lost decimal `28` typed into the gold"), "f6": (_m_f6, "a 年度 row typed mid_term")}


def main():
    bad = 0
    golds = {}
    for gp in sorted(glob.glob(os.path.join(EXPECTED, "*.gold.json"))):
        g = json.load(open(gp, encoding="utf-8"))
        stem = os.path.basename(gp)[: -len(".gold.json")]
        golds[stem] = (gp, g)
        doc = os.path.join(D, g["source"]["path"])
        sha_ok = hashlib.sha256(open(doc, "rb").read()).hexdigest() == g["source"]["sha256"]
        miss = missing(doc, g, stem) + structure(stem, doc, g)
        r = subprocess.run([sys.executable, SCORE, gp, gp], capture_output=True, text=True)
        f1 = json.loads(r.stdout)["f1"]
        n_ind = sum(len(p["indicators"]) for p in g["projects"])
        print(f"{os.path.basename(doc):60s} projects={len(g['projects'])} indicators={n_ind} self-F1={f1} "
              f"sha256={'ok' if sha_ok else 'STALE'} missing={miss}")
        bad += bool(miss) or f1 != 1.0 or not sha_ok
    if sorted(golds) != sorted(STEMS):
        print("want the six golds", STEMS); bad += 1
    if sorted(os.listdir(D)) != sorted(g["source"]["path"] for _, g in golds.values()):
        print("drafts/ holds other files"); bad += 1
    if "--selftest" in sys.argv:
        for stem, (gp, g) in golds.items():
            others = [s for s in golds if s != stem]
            held = [o for o in others if not structure(stem, os.path.join(D, golds[o][1]["source"]["path"]), g)]
            doc = os.path.join(D, g["source"]["path"])
            m = copy.deepcopy(g)
            m["projects"][-1]["indicators"][-1]["level3"] += "（抽样）"
            mut = missing(doc, m, stem)
            mq = copy.deepcopy(g)
            fn, what = QMUT[stem[:2]]
            fn(mq)
            qfail = bool(structure(stem, doc, mq))
            print(f"  selftest {stem[:2]}: quirk assertions on a mutated gold ({what}) {'fail' if qfail else 'HOLD'}")
            print(f"  selftest {stem[:2]}: quirk assertions fail on {len(others) - len(held)}/{len(others)} other drafts"
                  f"{' (HELD on ' + str(held) + ')' if held else ''}; mutated gold missing={mut}")
            bad += (not qfail) + bool(held) + (not mut)
    print("ALL OK" if not bad else f"{bad} PROBLEM(S)")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
