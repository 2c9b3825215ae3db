#!/usr/bin/env python3
"""Validate heldout25a (blind: nothing from jixiao is imported or run).
- every gold is valid JSON, `source.path` / `sha256` match its draft, `score.py G G` gives f1 1.0;
- every printed string of each gold occurs in the document's text as read by an INDEPENDENT reader: the drafts are
  images, so the strings are read from the SOURCE rendering each was scanned from (/tmp/heldout25a_build/NAME.src.pdf,
  present after make.py) with pdfplumber — page text with the footer lines dropped, pages joined, plus every table
  cell — and for d5 ALSO from the draft's own invisible text layer (pypdfium2); whitespace ignored;
- each quirk the README claims is asserted from the DRAFT FILE (image-only, page count, dpi, G4, red seal pixels,
  the sideways page, render mode 3, the photo geometry) and tied to the gold.
`check.py --selftest` also runs every quirk assertion against the five OTHER drafts and against a mutated gold, and
the string check against a gold with a 三级 renamed: each must FAIL there.
Run: .venv/bin/python samples/heldout25a/check.py [--selftest]"""
import copy, hashlib, json, os, re, subprocess, sys, tempfile

import numpy as np
from PIL import Image

HERE = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/heldout25a_build"
SCORE = "/work/shared/tools/score.py"
FOOT = re.compile(r"^(?:[-—]\s*\d+\s*[-—]|第\s*\d+\s*页)$")
WS = re.compile(r"\s+")


def stems():
    return sorted(f[:-10] for f in os.listdir(os.path.join(HERE, "expected")) if f.endswith(".gold.json"))


def load(stem):
    with open(os.path.join(HERE, "expected", stem + ".gold.json"), encoding="utf-8") as f:
        return json.load(f)


def draft(stem, g):
    return os.path.join(HERE, "drafts", g["source"]["path"])


# ------------------------------------------------------------------ readers
def src_read(stem):
    """(joined text without footers, [page texts], [printed footer numbers], table cells) of the source rendering."""
    import pdfplumber
    pages, feet, cells = [], [], []
    with pdfplumber.open(os.path.join(TMP, stem + ".src.pdf")) as pdf:
        for pg in pdf.pages:
            lines = (pg.extract_text() or "").splitlines()
            pages.append(WS.sub("", "".join(ln for ln in lines if not FOOT.match(ln.strip()))))
            ft = [ln.strip() for ln in lines if FOOT.match(ln.strip())]
            feet.append(int(re.sub(r"\D", "", ft[0])) if ft else None)
            for t in pg.extract_tables():
                cells += [WS.sub("", c) for row in t for c in row if c]
            if len(pages) == 2:
                toc_lines = [WS.sub("", ln) for ln in lines]
    return "".join(pages), pages, feet, cells, toc_lines


def layer_pages(path, raw=False):
    import pypdfium2 as pdfium
    d = pdfium.PdfDocument(path)
    t = [d[i].get_textpage().get_text_range() for i in range(len(d))]
    return t if raw else [WS.sub("", x) for x in t]


def layer_lines(path, i):
    return [WS.sub("", ln) for ln in layer_pages(path, raw=True)[i].splitlines() if ln.strip()]


def strings(g):
    """every printed string of a gold (what a person reads on the page)."""
    d = g["document"]
    out = [d["title"], d["department"], d["department_code"], d["compiled_by"], d["reviewed_by"]]
    if d["status"]:
        out.append(f"（{d['status']}）")
    out += g["overall_goals"]
    for s in g["sub_goals"]:
        out += [s["title"], s["goal"], s["indicator"]]
    for s in g["safeguards"]:
        out += [s["title"], s["text"]]
    if g.get("extra", {}).get("duties"):
        out.append(g["extra"]["duties"])
    for p in g["projects"]:
        out += [p["title"], p["name"], p["code"], p["department_code"] + p["department"], p["purpose"]]
        out += [f"{v:.2f}" for v in (p["budget_total"], p["budget_fiscal"], p["budget_other"])]
        for e in p["spending_plan"]:
            out += [f"{e['month']}月底", f"{e['pct']:.2f}"]
        out += [f"{k}、{x}" for k, x in enumerate(p["goals"], 1)]
        for x in p["indicators"]:
            out += [x["level1"], x["level2"], x["level3"], x["description"], x["value_raw"], x["basis"]]
    return [WS.sub("", s) for s in out if s]


def toc_ok(lines, g):
    """each 目录 entry printed as ONE line `N、title.....page` (numbering, dot leaders, the page number)."""
    bad = []
    for e in g["toc"]:
        pat = r"(?:[一二三四五六七八九十]+、|\d+、)" + re.escape(WS.sub("", e["title"])) + r"\.{3,}" + str(e["page"])
        if not any(re.fullmatch(pat, ln) for ln in lines):
            bad.append(e)
    return bad


def missing(stem, g):
    full, pages, feet, cells, toc_lines = src_read(stem)
    hay = full + "\n" + "\n".join(cells)
    miss = [s for s in strings(g) if s not in hay]
    miss += [("toc", e["title"], e["page"]) for e in toc_ok(toc_lines, g)]
    # every 目录 page number is the footer printed on the page holding that heading
    for e in g["toc"]:
        hits = [f for t, f in zip(pages[2:], feet[2:]) if WS.sub("", e["title"]) in t]
        if e["page"] not in hits:
            miss.append(("toc page", e["title"], e["page"], hits))
    if stem.startswith("d5"):
        lay = layer_pages(draft(stem, g))
        lh = "".join(lay)
        miss += [("layer", s) for s in strings(g) if s not in lh]
        miss += [("layer toc", e["title"]) for e in toc_ok(layer_lines(draft(stem, g), 1), g)]
    return miss


# ------------------------------------------------------------------ file facts
def pdf_images(path):
    """per page: (page w pt, page h pt, [image xobjects as dicts])."""
    from pypdf import PdfReader
    r = PdfReader(path)
    out = []
    for pg in r.pages:
        xo = pg["/Resources"].get("/XObject", {}) if "/Resources" in pg else {}
        ims = []
        for k in xo:
            o = xo[k].get_object()
            if o.get("/Subtype") == "/Image":
                flt = o.get("/Filter")
                flt = [str(x) for x in flt] if isinstance(flt, list) else [str(flt)]
                ims.append({"filter": "+".join(flt), "cs": o.get("/ColorSpace"), "w": int(o["/Width"]),
                            "h": int(o["/Height"]), "data": o._data})
        mb = pg.mediabox
        out.append((float(mb.width), float(mb.height), ims, pg))
    return out


def has_text(path):
    return [bool(t) for t in layer_pages(path)]


def one_jpeg_per_page(path, n, mode, dpi):
    assert path.endswith(".pdf") and open(path, "rb").read(5) == b"%PDF-", "not a PDF"
    pages = pdf_images(path)
    assert len(pages) == n, f"pages {len(pages)} != gold {n}"
    ims = []
    for w, h, il, _ in pages:
        assert len(il) == 1 and il[0]["filter"] == "/DCTDecode", "not one JPEG per page"
        import io
        im = Image.open(io.BytesIO(il[0]["data"]))
        assert im.mode == mode, f"image mode {im.mode} != {mode}"
        got = il[0]["w"] * 72 / w
        assert abs(got - dpi) < 1.5 and abs(il[0]["h"] * 72 / h - dpi) < 1.5, f"dpi {got:.1f} != {dpi}"
        assert il[0]["w"] <= 2480 and il[0]["h"] <= 3508
        ims.append(im)
    return ims


def skew(im):
    """the angle (degrees) that best straightens the text lines (projection-profile variance)."""
    a = im.convert("L").resize((im.size[0] // 2, im.size[1] // 2))
    best = (None, -1)
    for k in range(-20, 21):
        ang = k * 0.05
        r = np.asarray(a.rotate(ang, Image.BILINEAR, fillcolor=255)).astype(np.float32)
        prof = (255 - r[60:-60, 60:-60]).sum(axis=1)
        v = float(prof.var())
        if v > best[1]:
            best = (ang, v)
    return best[0]


def q_d1(stem, g):
    """grey 200 dpi flatbed scan: one grey JPEG per page, 200 dpi, NO text anywhere, skew 0.1–0.6° on the prose page."""
    p = draft(stem, g)
    assert p.endswith(".pdf")
    ims = one_jpeg_per_page(p, g["source"]["pages"], "L", 200)
    assert not any(has_text(p)), "text layer present"
    a = abs(skew(ims[2]))
    assert 0.1 <= a <= 0.6, f"skew {a}"


def q_d2(stem, g):
    """bilevel CCITT G4 multi-page TIFF at 300 dpi."""
    p = draft(stem, g)
    assert p.endswith(".tif")
    im = Image.open(p)
    assert im.format == "TIFF"
    n = 0
    while True:
        assert im.mode == "1", im.mode
        assert im.info.get("compression") == "group4", im.info.get("compression")
        assert im.tag_v2.get(259) == 4
        assert tuple(round(float(x)) for x in im.info["dpi"]) == (300, 300)
        assert im.size == (2480, 3508), im.size
        n += 1
        try:
            im.seek(n)
        except EOFError:
            break
    assert n == g["source"]["pages"], f"frames {n} != {g['source']['pages']}"


def red_in(arr, box):
    x0, y0, x1, y1 = [int(v * 200 / 72) for v in box]
    a = arr[y0:y1, x0:x1].astype(int)
    return int(((a[..., 0] > 140) & (a[..., 0] - a[..., 1] > 60) & (a[..., 0] - a[..., 2] > 60)).sum())


def q_d3(stem, g):
    """colour scan, no text; a RED seal over the `编制单位：` department name and over the date, not over the 审核 line."""
    import pdfplumber
    p = draft(stem, g)
    ims = one_jpeg_per_page(p, g["source"]["pages"], "RGB", 200)
    assert not any(has_text(p)), "text layer present"
    arr = np.asarray(ims[0])
    with pdfplumber.open(os.path.join(TMP, stem + ".src.pdf")) as pdf:
        pg = pdf.pages[0]
        ln = {WS.sub("", x["text"]): x for x in pg.extract_text_lines()}
    comp = [v for k, v in ln.items() if k == "编制单位：" + g["document"]["compiled_by"]]
    rev = [v for k, v in ln.items() if k == "审核单位：" + g["document"]["reviewed_by"]]
    date = [v for k, v in ln.items() if re.fullmatch(r"\d{4}年\d{1,2}月\d{1,2}日", k)]
    assert comp and rev and date, "cover lines not found"

    def box(x):
        return (x["x0"], x["top"], x["x1"], x["bottom"])
    name = comp[0]
    cut = name["x0"] + (name["x1"] - name["x0"]) * 5 / len(WS.sub("", name["text"]))   # after `编制单位：`
    r_name = red_in(arr, (cut, name["top"], name["x1"], name["bottom"]))
    r_date, r_rev = red_in(arr, box(date[0])), red_in(arr, box(rev[0]))
    r_head = red_in(arr, (0, 0, 595, 400))
    assert r_name > 150 and r_date > 80, f"seal not over name/date ({r_name}, {r_date})"
    assert r_rev < 20 and r_head < 20, f"red over the 审核 line / headline ({r_rev}, {r_head})"


def corr(a, b):
    a = a.astype(np.float32).ravel(); b = b.astype(np.float32).ravel()
    a -= a.mean(); b -= b.mean()
    return float((a * b).sum() / (np.sqrt((a * a).sum() * (b * b).sum()) + 1e-9))


def q_d4(stem, g):
    """300 dpi grey feeder scan, no text; part one on TWO pages (a gold string cut by the page break); the form on a
    LANDSCAPE source page is turned 90° clockwise onto an upright portrait page image, and it is the form the 目录
    places on that page."""
    import pypdfium2 as pdfium
    p = draft(stem, g)
    ims = one_jpeg_per_page(p, g["source"]["pages"], "L", 300)
    assert not any(has_text(p)), "text layer present"
    full, pages, feet, _, _ = src_read(stem)
    p1 = sorted({e["page"] for e in g["toc"] if e["part"] == 1})
    assert len(p1) == 2, f"part one on {p1}"
    i, j = feet.index(p1[0]), feet.index(p1[1])
    assert j == i + 1
    part1 = g["overall_goals"] + [s[k] for s in g["sub_goals"] for k in ("goal", "indicator")] + \
        [s["text"] for s in g["safeguards"]]
    cut = [s for s in map(lambda x: WS.sub("", x), part1) if s not in pages[i] and s not in pages[j] and
           s in pages[i] + pages[j]]
    assert cut, "no part-one item cut by the page break"
    src = pdfium.PdfDocument(os.path.join(TMP, stem + ".src.pdf"))
    side = []
    for k, im in enumerate(ims):
        w, h = src[k].get_size()
        s = src[k].render(scale=30 / 72, grayscale=True).to_pil().convert("L")
        assert im.size[0] < im.size[1], "page image not portrait"
        if w > h:
            d = np.asarray(im.resize(s.size[::-1]))
            c_cw = corr(d, np.asarray(s.transpose(Image.ROTATE_270)))
            c_ccw = corr(d, np.asarray(s.transpose(Image.ROTATE_90)))
            assert c_cw > 0.5 and c_ccw < 0.3, (c_cw, c_ccw)
            side.append(k)
        else:
            d = np.asarray(im.resize(s.size))
            assert corr(d, np.asarray(s)) > 0.5
    assert len(side) == 1, f"sideways pages {side}"
    forms = [e for e in g["toc"] if e["part"] == 2]
    assert feet[side[0]] == forms[-1]["page"], (feet[side[0]], forms[-1])
    assert WS.sub("", forms[-1]["title"]) in pages[side[0]]


def q_d5(stem, g):
    """searchable scan of the WHOLE document: every page one grey 200 dpi JPEG AND an invisible text layer (every
    text object in render mode 3) that holds the 目录 lines with their pages and the part-one texts."""
    from pypdf import PdfReader
    p = draft(stem, g)
    one_jpeg_per_page(p, g["source"]["pages"], "L", 200)
    assert all(has_text(p)), "a page without text layer"
    for pg in PdfReader(p).pages:
        data = pg.get_contents().get_data()
        bts = [b for b in re.findall(rb"BT(.*?)ET", data, re.S) if re.search(rb"T[jJ]\b", b)]
        assert bts and all(re.search(rb"\b3 Tr\b", b) for b in bts), "visible text"
    lay = layer_pages(p)
    assert not toc_ok(layer_lines(p, 1), g), "目录 lines not in the layer"
    lh = "".join(lay)
    part1 = g["overall_goals"] + [s[k] for s in g["sub_goals"] for k in ("title", "goal", "indicator")] + \
        [s[k] for s in g["safeguards"] for k in ("title", "text")]
    assert all(WS.sub("", s) in lh for s in part1), "part one not in the layer"


def q_d6(stem, g):
    """phone photos in a PDF: one RGB JPEG per page (page = image at 200 px/in); the sheet on a dark desk filling
    80–95 % of the width (≈ 150–200 dpi on the sheet), narrower at the top (perspective), lit from the upper left."""
    p = draft(stem, g)
    ims = one_jpeg_per_page(p, g["source"]["pages"], "RGB", 200)
    assert not any(has_text(p)), "text layer present"
    for im in ims:
        a = np.asarray(im.convert("L")).astype(np.float32)
        H, W = a.shape
        for y0, x0 in ((0, 0), (0, W - 40), (H - 40, 0), (H - 40, W - 40)):
            assert a[y0:y0 + 40, x0:x0 + 40].mean() < 120, "corner not desk"

        def extent(y):
            row = a[y, :] > 150
            xs = np.nonzero(row)[0]
            return xs[0], xs[-1]
        t0, t1 = extent(int(H * 0.08)); b0, b1 = extent(int(H * 0.92))
        assert (b1 - b0) - (t1 - t0) > 20, "no keystone"
        dpi = (t1 - t0 + b1 - b0) / 2 / 8.27
        assert 150 <= dpi <= 200, f"sheet dpi {dpi:.0f}"
        mid = (t0 + t1) // 2
        tl = a[int(H * 0.1):int(H * 0.2), t0 + 30:mid - 200]
        br = a[int(H * 0.8):int(H * 0.9), mid + 200:b1 - 30]
        assert np.median(tl) - np.median(br) > 15, "no light gradient"


QUIRK = {"d1": q_d1, "d2": q_d2, "d3": q_d3, "d4": q_d4, "d5": q_d5, "d6": q_d6}


def mutate(stem, g):
    m = copy.deepcopy(g)
    k = stem[:2]
    if k in ("d1", "d6"):
        m["source"]["pages"] += 1
    elif k == "d2":
        m["source"]["pages"] -= 1
    elif k == "d3":
        m["document"]["compiled_by"] = m["document"]["reviewed_by"]
    elif k == "d4":                        # the item cut by the page break typed as its first page's half only
        _, pages, _, _, _ = src_read(stem)
        items = [(s, f) for s in m["sub_goals"] for f in ("goal", "indicator")] + [(s, "text") for s in m["safeguards"]]
        for s, f in items:
            v = WS.sub("", s[f])
            if all(v not in pg for pg in pages):
                pg = next(pg for pg in pages if v[:8] in pg)
                s[f] = max((v[:n] for n in range(1, len(v)) if v[:n] in pg), key=len)
    elif k == "d5":
        m["toc"][0]["page"] += 1
    return m


def fails(fn, *a):
    try:
        fn(*a)
        return False
    except Exception:                       # an assertion, or the file is not what the quirk needs
        return True


def main():
    selftest = "--selftest" in sys.argv
    ok = True
    for stem in stems():
        g = load(stem)
        p = draft(stem, g)
        sha = hashlib.sha256(open(p, "rb").read()).hexdigest()
        errs = []
        if g["source"]["sha256"] != sha or g["source"]["path"] != os.path.basename(p):
            errs.append("sha256/path")
        gp = os.path.join(HERE, "expected", stem + ".gold.json")
        out = subprocess.run([sys.executable, SCORE, gp, gp], capture_output=True, text=True).stdout
        m = re.search(r"f1[^0-9]*([0-9.]+)", out, re.I)
        if not m or float(m.group(1)) != 1.0:
            errs.append("score " + out.strip()[:80])
        miss = missing(stem, g)
        if miss:
            errs.append(f"missing={miss[:4]}")
        try:
            QUIRK[stem[:2]](stem, g)
        except AssertionError as e:
            errs.append(f"quirk: {e}")
        n = sum(len(x["indicators"]) for x in g["projects"])
        line = f"{stem}: {'OK' if not errs else 'FAIL ' + '; '.join(errs)} ({g['source']['pages']} pages, {n} ind.)"
        if selftest:
            others = [s for s in stems() if s != stem]
            f_other = sum(fails(QUIRK[stem[:2]], s, load(s)) for s in others)
            f_mut = fails(QUIRK[stem[:2]], stem, mutate(stem, g))
            r = copy.deepcopy(g)
            r["projects"][0]["indicators"][0]["level3"] += "率"
            mm = [s for s in missing(stem, r) if not isinstance(s, tuple)]
            line += f"; selftest: quirk fail on {f_other}/{len(others)} other drafts; mutated gold: " \
                    f"{'fail' if f_mut else 'PASS (bad)'}; renamed 三级 missing={mm}"
            if f_other != len(others) or not f_mut or not mm:
                errs.append("selftest")
        print(line)
        ok &= not errs
    print("ALL OK" if ok else "FAILURES")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
