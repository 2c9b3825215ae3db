"""Validate heldout32a without jixiao: golds are valid JSON, source.sha256 / pages match, score.py G G = 1.0, every
printed string of each gold occurs in what the PDF holds of the FORM (an independent reader: pdfplumber characters
with the overlay's rotated / oversized glyphs dropped, page text + ruled-table cells; pypdfium2's text page as a second
reader; for w2 the AcroForm fields' /V and the text their /AP /N streams draw), every value cell shows ink where it
lies on the page pypdfium2 renders (forms drawn), and each overlay the README claims is read from the FILE.
`--selftest` runs each overlay assertion against the five OTHER drafts and against a mutated gold, and the string
check against a gold with a 三级 renamed; each must FAIL there."""
import copy, glob, hashlib, json, os, re, subprocess, sys, warnings

import pdfplumber
import pypdfium2 as pdfium
from pypdf import PdfReader

warnings.filterwarnings("ignore")
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from golds import OVERLAY  # noqa: E402  (only the overlay's own strings, to find them in the file)

WS = re.compile(r"\s+")


def nows(s):
    return WS.sub("", s)


def form_char(ch):
    """a glyph of the form: upright (no rotation in its matrix) and not oversized."""
    a, b, c, d, e, f = ch["matrix"]
    return abs(b) < 1e-6 and abs(c) < 1e-6 and ch["size"] < 20


def reader_texts(path):
    """[(page_text, [cell texts])] from pdfplumber with the overlay glyphs dropped."""
    out = []
    with pdfplumber.open(path) as pdf:
        for pg in pdf.pages:
            fp = pg.filter(lambda o: o.get("object_type") != "char" or form_char(o))
            cells = []
            for t in fp.extract_tables():
                for row in t:
                    cells += [nows(x) for x in row if x]
            out.append((nows(fp.extract_text() or ""), cells))
    return out


def pdfium_texts(path):
    d = pdfium.PdfDocument(path)
    return [nows(d[i].get_textpage().get_text_range()) for i in range(len(d))]


def hexstrings(data):
    return ["".join(chr(int(h[i:i + 4], 16)) for i in range(0, len(h), 4)) for h in re.findall(rb"<([0-9A-F]+)>", data)
            for h in [h.decode()]]


def field_values(path):
    """{name: (/V, text drawn by /AP /N)} of every AcroForm text field."""
    r = PdfReader(path)
    out = {}
    if "/AcroForm" not in r.trailer["/Root"]:
        return out
    for ref in r.trailer["/Root"]["/AcroForm"]["/Fields"]:
        f = ref.get_object()
        ap = f["/AP"]["/N"].get_object().get_data()
        out[str(f["/T"])] = (str(f["/V"]), "".join(hexstrings(ap)), [float(v) for v in f["/Rect"]])
    return out


def printed_strings(g):
    d = g["document"]
    s = [d["title"], d["department"], d["department_code"]]
    for p in g["projects"]:
        s += ["%d、%s" % (p["seq"], p["title"]), p["code"], p["name"], p["purpose"]]
        s += ["%.2f" % v for v in (p["budget_total"], p["budget_fiscal"], p["budget_other"]) if v is not None]
        for sp in p["spending_plan"]:
            s += ["%d月底" % sp["month"], "%g" % sp["pct"]]
        s += p["goals"]
        for i in p["indicators"]:
            s += [i["level1"], i["level2"], i["level3"], i["description"], i["value_raw"], i["basis"]]
    return [x for x in s if x]


def missing_strings(path, g):
    pages = reader_texts(path)
    pdfi = "".join(pdfium_texts(path))
    fields = field_values(path)
    text = "".join(t for t, _ in pages)
    cells = set(c for _, cs in pages for c in cs)
    fv = set(v for v, _, _ in fields.values()) | set(a for _, a, _ in fields.values())
    miss = []
    for s in printed_strings(g):
        k = nows(s)
        in_form = k in text or k in cells or k in fv
        in_pdfium = k in pdfi or k in fv
        if not (in_form and in_pdfium):
            miss.append(s)
    return miss


def ink_in(img, scale, H, box):
    """dark pixels inside box (PDF points), inset by 2 pt so that cell rules do not count"""
    x0, y0, x1, y1 = box
    x0, y0, x1, y1 = x0 + 2, y0 + 2, x1 - 2, y1 - 2
    crop = img.crop((int(x0 * scale), int((H - y1) * scale), int(x1 * scale), int((H - y0) * scale))).convert("L")
    return sum(1 for v in crop.getdata() if v < 140)


def value_cells_rendered(path, g):
    """every 指标值 of the gold shows ink on the rendered page (pypdfium2, forms drawn), at the place where the text
    layer (or the field rect) puts it."""
    doc = pdfium.PdfDocument(path)
    doc.init_forms()
    fields = field_values(path)
    bad = []
    with pdfplumber.open(path) as pdf:
        for pi, pg in enumerate(pdf.pages):
            img = doc[pi].render(scale=2, may_draw_forms=True).to_pil()
            H = float(pg.height)
            fp = pg.filter(lambda o: o.get("object_type") != "char" or form_char(o))
            words = fp.extract_words(keep_blank_chars=False, use_text_flow=True)
            p = g["projects"][pi]
            for ind in p["indicators"]:
                v = nows(ind["value_raw"])
                boxes = [(w["x0"], H - w["bottom"], w["x1"], H - w["top"]) for w in words if nows(w["text"]) == v]
                boxes += [tuple(r) for (fv, _, r) in fields.values() if fv == ind["value_raw"]]
                if not boxes or max(ink_in(img, 2, H, (b[0] - 2, b[1] - 2, b[2] + 2, b[3] + 2) if len(b) == 4 and
                                           b not in [tuple(r) for (_, _, r) in fields.values()] else b)
                                    for b in boxes) < 20:
                    bad.append((pi + 1, ind["value_raw"]))
    return bad


# ---------------------------------------------------------------- overlay assertions (from the FILE)
def chars(path):
    with pdfplumber.open(path) as pdf:
        return [(pg.width, pg.height, list(pg.chars), list(pg.lines) + list(pg.rects)) for pg in pdf.pages]


def q_w1(path, g):
    ov = OVERLAY["w1"]
    wm = ov["watermark"].replace(" ", "")
    r = PdfReader(path)
    assert "/AcroForm" not in r.trailer["/Root"] and not any("/Annots" in p for p in r.pages), "no fields/annots"
    for W, H, cs, rl in chars(path):
        rot = [c for c in cs if not form_char(c)]
        assert len(rot) >= 16 * len(wm) * 0.9, ("watermark glyphs", len(rot))
        for c in rot:
            a, b, cc, d, _, _ = c["matrix"]
            ang = __import__("math").degrees(__import__("math").atan2(b, a))
            assert abs(ang - ov["angle"]) < 0.5 and c["text"] in ov["watermark"], (ang, c["text"])
            assert c["non_stroking_color"] in ((0.82,), [0.82], 0.82), c["non_stroking_color"]
        # drawn BEFORE the form: every watermark glyph precedes the first form glyph in the content stream
        first_form = min(i for i, c in enumerate(cs) if form_char(c))
        assert all(i < first_form for i, c in enumerate(cs) if not form_char(c)), "watermark not under the form"
        top = max(H - l["top"] for l in rl)
        bot = min(H - l["bottom"] for l in rl)
        inside = [c for c in rot if bot <= H - c["bottom"] <= top]
        assert len(inside) >= 20, ("watermark glyphs inside the table", len(inside))
    # the watermark glyphs fall AMONG the cells: read raw, some of the page's indicator cells hold watermark
    # characters; with the rotated glyphs dropped every one of them is the gold's cell
    with pdfplumber.open(path) as pdf:
        for pi, pg in enumerate(pdf.pages):
            raw = set(nows(x) for t in pg.extract_tables() for row in t for x in row if x)
            fp = pg.filter(lambda o: o.get("object_type") != "char" or form_char(o))
            clean = set(nows(x) for t in fp.extract_tables() for row in t for x in row if x)
            want = [nows(i[k]) for i in g["projects"][pi]["indicators"]
                    for k in ("level3", "description", "value_raw", "basis")]
            assert all(w in clean for w in want), ("page %d cells" % (pi + 1))
            assert sum(1 for w in want if w not in raw) >= 2, ("page %d: no cell holds watermark glyphs" % (pi + 1))
    return True


def q_w2(path, g):
    r = PdfReader(path)
    assert "/AcroForm" in r.trailer["/Root"], "no /AcroForm"
    fv = field_values(path)
    want = {}
    for pi, p in enumerate(g["projects"], 1):
        for k, v in enumerate((p["budget_total"], p["budget_fiscal"], p["budget_other"])):
            if v is not None:
                want["p%d_amt%d" % (pi, k)] = "%.2f" % v
        for i in p["indicators"]:
            want["p%d_zbz%02d" % (pi, i["seq"])] = i["value_raw"]
    assert {k: v[0] for k, v in fv.items()} == want, "field values differ from the gold"
    assert all(v[0] == v[1] for v in fv.values()), "an /AP does not draw its /V"
    annots = [a.get_object() for p in r.pages for a in p.get("/Annots", [])]
    assert len(annots) == len(want) and all(a["/Subtype"] == "/Widget" for a in annots)
    # the page content holds no value: no form glyph inside any widget rect
    for W, H, cs, _ in chars(path):
        for name, (v, _, (x0, y0, x1, y1)) in fv.items():
            assert not [c for c in cs if x0 <= c["x0"] and c["x1"] <= x1 and y0 <= H - c["bottom"] <= y1], name
    return True


def q_w3(path, g):
    r = PdfReader(path)
    assert "/AcroForm" not in r.trailer["/Root"], "AcroForm left"
    assert not any("/Annots" in p and len(p["/Annots"]) for p in r.pages), "annotations left"
    want = []
    for p in g["projects"]:
        want += ["%.2f" % v for v in (p["budget_total"], p["budget_fiscal"], p["budget_other"]) if v is not None]
        want += [i["value_raw"] for i in p["indicators"]]
    got = []
    for page in r.pages:
        xo = page["/Resources"].get("/XObject", {})
        content = page.get_contents().get_data()
        for name, ref in xo.items():
            assert name.startswith("/Fm_"), name
            assert (name + " Do").encode() in content, name
            s = ref.get_object()
            assert s["/Subtype"] == "/Form"
            got.append("".join(hexstrings(s.get_data())))
    assert sorted(got) == sorted(want), "flattened XObjects differ from the gold values"
    return True


def q_w4(path, g):
    ov = OVERLAY["w4"]
    r = PdfReader(path)
    assert "/AcroForm" not in r.trailer["/Root"]
    ann = [(pi, a.get_object()) for pi, p in enumerate(r.pages) for a in p.get("/Annots", [])]
    ft = [a for _, a in ann if a["/Subtype"] == "/FreeText"]
    st = [a for _, a in ann if a["/Subtype"] == "/Stamp"]
    hl = [(pi, a) for pi, a in ann if a["/Subtype"] == "/Highlight"]
    assert len(ft) == 1 and str(ft[0]["/Contents"]) == ov["freetext"] and "/AP" in ft[0]
    assert len(st) == 1 and str(st[0]["/Contents"]) == ov["stamp"] and st[0]["/Name"] == "/Approved"
    assert sorted(str(a["/Contents"]) for _, a in hl) == sorted(ov["comments"])
    pages = chars(path)
    for pi, a in hl:
        x0, y0, x1, y1 = [float(v) for v in a["/Rect"]]
        W, H, cs, _ = pages[pi]
        under = nows("".join(c["text"] for c in cs if x0 <= c["x0"] and c["x1"] <= x1 and y0 <= H - c["bottom"] <= y1))
        vals = [i["value_raw"] for i in g["projects"][pi]["indicators"]]
        assert under in vals, ("highlight covers", under)
    text = "".join(nows("".join(c["text"] for c in cs)) for _, _, cs, _ in pages)
    for s in [ov["freetext"], ov["stamp"]] + ov["comments"]:
        assert nows(s) not in text, "annotation text in the content " + s
    return True


def q_w5(path, g):
    ov = OVERLAY["w5"]
    pages = chars(path)
    n = len(pages)
    assert n == g["source"]["pages"]
    for k, (W, H, cs, _) in enumerate(pages, 1):
        top = sorted(cs, key=lambda c: c["top"])
        line1 = nows("".join(c["text"] for c in top if c["top"] < 40))
        assert line1.startswith(nows(ov["header"])) and line1.endswith(nows(ov["public"])), line1
        foot = nows("".join(c["text"] for c in cs if c["top"] > H - 40))
        assert foot == "第%d页共%d页" % (k, n), foot
    W, H, cs, _ = pages[-1]
    red = [c for c in cs if tuple(c["non_stroking_color"] or ()) == (0.86, 0.08, 0.1)]
    ring = [c for c in red if abs(c["matrix"][1]) > 1e-6 or abs(c["matrix"][2]) > 1e-6]
    assert "".join(c["text"] for c in ring) == ov["ring"], "ring text"
    assert any(c["text"] == "★" for c in red) and nows(ov["centre"]) in "".join(c["text"] for c in red)
    # the seal lies over the last rows: the value of the last indicator is inside the seal's circle
    cx = sum(c["x0"] for c in ring) / len(ring)
    cy = sum(c["top"] for c in ring) / len(ring)
    last = g["projects"][-1]["indicators"][-1]["value_raw"]
    vc = [c for c in cs if form_char(c) and c["text"] == last[0] and abs(c["x0"] - cx) < 60 and abs(c["top"] - cy) < 60]
    assert vc, "seal does not cover the last value cell"
    return True


def q_w6(path, g):
    ov = OVERLAY["w6"]
    data = open(path, "rb").read()
    assert data.count(b"%%EOF") == 2 and data.count(b"startxref") == 2, "two revisions"
    r = PdfReader(path)
    sizes = [(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in r.pages]
    assert sizes == [(595, 842), (1191, 842)], sizes
    assert list(r.page_labels) == ov["labels"], r.page_labels
    assert [o.title for o in r.outline] == ov["outline"]
    rev1 = data[: data.index(b"%%EOF") + 5]
    tmp = "/tmp/heldout32a_build/_rev1_check.pdf"
    os.makedirs(os.path.dirname(tmp), exist_ok=True)
    open(tmp, "wb").write(rev1)
    rv = ov["rev1"]
    ind = g["projects"][rv["project"] - 1]["indicators"][rv["row"] - 1]
    old_t, _ = reader_texts(tmp)[rv["project"] - 1]
    new_t, _ = reader_texts(path)[rv["project"] - 1]
    assert nows(rv["value"]) in old_t and nows(ind["value_raw"]) not in old_t.replace(nows(rv["value"]), ""), "rev1"
    assert nows(rv["value"]) not in new_t and nows(ind["value_raw"]) in new_t, "last revision"
    pd = pdfium.PdfDocument(path)
    assert nows(ind["value_raw"]) in nows(pd[rv["project"] - 1].get_textpage().get_text_range())
    return True


QUIRK = {"w1": q_w1, "w2": q_w2, "w3": q_w3, "w4": q_w4, "w5": q_w5, "w6": q_w6}


def mutate(key, g):
    m = copy.deepcopy(g)
    if key == "w6":
        rv = OVERLAY["w6"]["rev1"]
        m["projects"][rv["project"] - 1]["indicators"][rv["row"] - 1]["value_raw"] = rv["value"]
    elif key == "w5":
        m["source"]["pages"] = 1
    elif key == "w1":
        m["projects"] = m["projects"][:1] * 2
    else:
        m["projects"][-1]["indicators"][0]["value_raw"] = "≥99%"
    return m


def fails(fn, *a):
    try:
        fn(*a)
        return False
    except Exception:
        return True


def main():
    selftest = "--selftest" in sys.argv
    problems = []
    drafts = {}
    for gp in sorted(glob.glob(os.path.join(HERE, "expected", "*.gold.json"))):
        stem = os.path.basename(gp)[: -len(".gold.json")]
        key = stem.split("_")[0]
        g = json.load(open(gp, encoding="utf-8"))
        path = os.path.join(HERE, "drafts", g["source"]["path"])
        drafts[key] = (path, g)
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != g["source"]["sha256"]:
            problems.append(stem + ": sha256")
        if len(PdfReader(path).pages) != g["source"]["pages"]:
            problems.append(stem + ": pages")
        rs = subprocess.run(["python3", "/work/shared/tools/score.py", gp, gp], capture_output=True, text=True)
        if '"f1": 1.0' not in rs.stdout:
            problems.append(stem + ": score.py G G " + rs.stdout.strip()[-120:])
        miss = missing_strings(path, g)
        if miss:
            problems.append(stem + ": missing strings " + repr(miss[:5]))
        bad = value_cells_rendered(path, g)
        if bad:
            problems.append(stem + ": value cells without ink " + repr(bad[:5]))
        try:
            QUIRK[key](path, g)
        except Exception as e:  # noqa: BLE001
            problems.append(stem + ": quirk " + repr(e)[:200])
        n = sum(len(p["indicators"]) for p in g["projects"])
        print("%-48s %d page(s), %d indicators, strings %d ok" % (stem, g["source"]["pages"], n,
                                                                   len(printed_strings(g)) - len(miss)))
    if selftest:
        for key, (path, g) in drafts.items():
            others = [fails(QUIRK[key], p2, g2) for k2, (p2, g2) in drafts.items() if k2 != key]
            mg = mutate(key, g)
            mut = fails(QUIRK[key], path, mg) or bool(missing_strings(path, mg))
            rn = copy.deepcopy(g)
            rn["projects"][0]["indicators"][0]["level3"] += "（改）"
            ren = missing_strings(path, rn)
            print("selftest %s: quirk fail on %d/%d other drafts; mutated gold: %s; renamed 三级 missing=%r"
                  % (key, sum(others), len(others), "fail" if mut else "PASS(!)", ren))
            if not all(others) or not mut or not ren:
                problems.append(key + ": selftest did not fail where it must")
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("OK: %d drafts" % len(drafts))


if __name__ == "__main__":
    main()
