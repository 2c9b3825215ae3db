"""Validate heldout30b without jixiao: JSON, sha256, score.py G G = 1.0, every printed string of each gold in what the
draft SHOWS (its own text read by zipfile + lxml / pdfplumber, plus the text of the HTML each picture was drawn from,
read with html.parser), and each quirk asserted from the FILE. `--selftest`: every quirk assertion is run against the
five OTHER drafts and against a mutated gold, the string check against a gold with a renamed 三级; each must FAIL."""
import copy, glob, hashlib, io, json, os, re, subprocess, sys, zipfile
from html.parser import HTMLParser

from lxml import etree
from PIL import Image

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import golds  # noqa: E402
import make  # noqa: E402  (only its form_html: the HTML each picture was drawn from)

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
NS = {"wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
      "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
      "pic": "http://schemas.openxmlformats.org/drawingml/2006/picture",
      "xdr": "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
      "s": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}


def ws(t):
    return re.sub(r"\s+", "", t)


# ------------------------------------------------------------------ readers
class Txt(HTMLParser):
    """text nodes; with only_shown, just those inside the element id="shown" (what Word shows of p3's picture)"""
    def __init__(self, only_shown=False, skip_shown=False):
        super().__init__()
        self.out, self.skip, self.depth, self.only, self.skipshown = [], 0, 0, only_shown, skip_shown

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        if self.depth or dict(attrs).get("id") == "shown":
            if tag not in ("br",):
                self.depth += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        if self.depth and tag not in ("br",):
            self.depth -= 1

    def handle_data(self, d):
        if self.skip:
            return
        if self.only and not self.depth:
            return
        if self.skipshown and self.depth:
            return
        self.out.append(d)


def html_text(h, only_shown=False, skip_shown=False):
    p = Txt(only_shown, skip_shown)
    p.feed(h)
    return "\n".join(p.out)


def pictures_text(key, shown=True):
    f = golds.F[key]
    return "\n".join(html_text(make.form_html(key, f, p, j), only_shown=(key == "p3" and shown))
                     for j, p in enumerate(f["projects"]))


def docx_xml(path, part="word/document.xml"):
    return etree.fromstring(zipfile.ZipFile(path).read(part))


def docx_text(path):
    root = docx_xml(path)
    return "\n".join("".join(t.text or "" for t in p.iter(W + "t")) for p in root.iter(W + "p"))


def xlsx_text(path):
    z = zipfile.ZipFile(path)
    ss = []
    if "xl/sharedStrings.xml" in z.namelist():
        ss = ["".join(t.text or "" for t in si.iter("{%s}t" % NS["s"]))
              for si in etree.fromstring(z.read("xl/sharedStrings.xml")).findall("s:si", NS)]
    out = []
    for c in etree.fromstring(z.read("xl/worksheets/sheet1.xml")).iter("{%s}c" % NS["s"]):
        v = c.find("s:v", NS)
        if c.get("t") == "s" and v is not None:
            out.append(ss[int(v.text)])
        elif c.get("t") == "inlineStr":
            out.append("".join(t.text or "" for t in c.iter("{%s}t" % NS["s"])))
        elif v is not None:
            out.append(v.text)
    return "\n".join(out)


def pdf_text(path):
    import pdfplumber
    with pdfplumber.open(path) as pdf:
        return "\n".join(pg.extract_text() or "" for pg in pdf.pages)


def own_text(path):
    if path.endswith(".docx"):
        return docx_text(path)
    if path.endswith(".xlsx"):
        return xlsx_text(path)
    return pdf_text(path)


# ------------------------------------------------------------------ strings of a gold
def printed(g):
    d = g["document"]
    doc = [d["department"], d["title"], str(d["year"])] + g["overall_goals"]
    doc += (g.get("extra") or {}).get("duties", [])
    if d["status"]:
        doc.append(d["status"])
    proj, inds = [], []
    for p in g["projects"]:
        proj += [p["title"], p["name"], p["code"], p["purpose"], p["department"], p["department_code"], p["unit"]]
        proj += ["%.2f" % p[k] for k in ("budget_total", "budget_fiscal", "budget_other") if p[k] is not None]
        for e in p["spending_plan"]:
            proj += ["%d月底" % e["month"], str(e["pct"])]
        proj += p["goals"]
        for i in p["indicators"]:
            inds += [i["level1"], i["level2"], i["level3"], i["description"], i["value_raw"], i["basis"]]
    return [s for s in doc if s], [s for s in proj if s], [s for s in inds if s]


def check_strings(key, g, path):
    own = ws(own_text(path))
    pic = ws(pictures_text(key))
    doc, proj, inds = printed(g)
    miss = [s for s in doc + proj + inds if ws(s) not in own + "\n" + pic]
    miss += ["doc-level not in Word text: " + s for s in doc if ws(s) not in own]
    # the indicator grid is ONLY in the picture: its 三级 / 描述 must not be in the document's text
    leak = [i["description"] for p in g["projects"] for i in p["indicators"] if ws(i["description"]) in own]
    return miss, leak


# ------------------------------------------------------------------ quirks, asserted from the FILE
def media(path, prefix):
    z = zipfile.ZipFile(path)
    return [(n, Image.open(io.BytesIO(z.read(n)))) for n in sorted(z.namelist()) if n.startswith(prefix)]


def grid_rows_in_pictures(key):
    n = 0
    for j, p in enumerate(golds.F[key]["projects"]):
        h = make.form_html(key, golds.F[key], p, j)
        seg = h[h.index("<th>一级指标"):]
        n += seg[:seg.index("</table>")].count("<tr>")
    return n


def count_ok(key, g):
    assert grid_rows_in_pictures(key) == sum(len(p["indicators"]) for p in g["projects"]), "indicator rows vs picture"


def q_p1(path, g):
    assert path.endswith(".docx")
    m = media(path, "word/media/")
    assert len(m) == 1 and m[0][0].endswith(".png") and m[0][1].format == "PNG" and m[0][1].size == (1000, 766), m
    root = docx_xml(path)
    assert len(root.findall(".//wp:inline", NS)) == 1 and not root.findall(".//wp:anchor", NS)
    assert not root.findall(".//%stbl" % W), "no Word table"
    count_ok("p1", g)


def q_p2(path, g):
    assert path.endswith(".docx")
    m = media(path, "word/media/")
    assert len(m) == 2 and all(n.endswith((".jpeg", ".jpg")) and im.format == "JPEG" and im.size == (1653, 2339)
                               for n, im in m), m
    root = docx_xml(path)
    assert len(root.findall(".//wp:inline", NS)) == 2 and not root.findall(".//wp:anchor", NS)
    paras = list(root.iter(W + "p"))
    caps = []
    for k, p in enumerate(paras):
        if p.findall(".//wp:inline", NS):
            caps.append("".join(t.text or "" for t in paras[k - 1].iter(W + "t")))
    assert caps == ["%d、%s" % (p["seq"], p["title"]) for p in g["projects"]], caps
    for n, im in m:  # grey paper, skew 0.2–1°
        a = im.convert("L")
        corner = list(a.crop((20, 20, 220, 220)).get_flattened_data())
        assert 215 < sum(corner) / len(corner) < 250, "paper tone"
        xs = []
        for y in (650, 1250):
            row = a.crop((0, y, 600, y + 1)).get_flattened_data()
            xs.append(next(x for x, v in enumerate(row) if v < 120))
        import math
        ang = abs(math.degrees(math.atan2(xs[1] - xs[0], 600)))
        assert 0.2 <= ang <= 1.0, ("skew", ang)
    count_ok("p2", g)


def q_p3(path, g):
    assert path.endswith(".docx")
    m = media(path, "word/media/")
    assert len(m) == 1 and m[0][1].format == "PNG" and m[0][1].size == (1000, 1114), m
    im = m[0][1].convert("RGB")
    root = docx_xml(path)
    anc = root.findall(".//wp:anchor", NS)
    assert len(anc) == 1 and not root.findall(".//wp:inline", NS)
    assert anc[0].find("wp:wrapSquare", NS) is not None
    sr = anc[0].find(".//pic:blipFill/a:srcRect", NS)
    t, b = int(sr.get("t")), int(sr.get("b"))
    assert sr.get("l") is None and sr.get("r") is None and t > 5000 and b > 10000, (t, b)
    H = im.size[1]
    top, bot = round(H * t / 100000), H - round(H * b / 100000)
    blue = lambda box: sum(1 for p in im.crop(box).get_flattened_data() if p == (0x1f, 0x4e, 0x79))
    assert blue((0, 0, 1000, top)) > 20000 and blue((0, top, 1000, bot)) == 0, "header bar only in the cropped band"
    dark = sum(1 for p in im.convert("L").crop((0, bot, 1000, H)).get_flattened_data() if p < 128)
    assert dark > 2000, "the next project's text is in the cropped bottom band"
    # what is cropped away is in the picture's HTML but NOT in the gold
    hid = ws(pictures_text("p3", shown=False))
    gtext = ws(json.dumps(g, ensure_ascii=False))
    for s in golds.F["p3"]["hidden_top"] + golds.F["p3"]["hidden_bottom"]:
        assert ws(s) in hid and ws(s) not in ws(pictures_text("p3")) and ws(s) not in gtext, s
    count_ok("p3", g)


def q_p4(path, g):
    assert path.endswith(".docx")
    m = media(path, "word/media/")
    assert len(m) == 1 and m[0][1].format == "PNG" and m[0][1].size == (2000, 1514), m
    root = docx_xml(path)
    assert len(root.findall(".//wp:inline", NS)) == 1 and not root.findall(".//wp:anchor", NS)
    tbls = root.findall(".//%stbl" % W)
    assert len(tbls) == 1
    tt = ws("".join(t.text or "" for t in tbls[0].iter(W + "t")))
    p = g["projects"][0]
    for s in [p["name"], p["code"], p["purpose"], "%.2f" % p["budget_total"], "%.2f" % p["budget_fiscal"]] + p["goals"]:
        assert ws(s) in tt, s
    pic = ws(pictures_text("p4"))
    assert ws(p["name"]) not in pic and ws(p["code"]) not in pic and "一级指标" in pic
    count_ok("p4", g)


def q_p5(path, g):
    assert path.endswith(".xlsx")
    m = media(path, "xl/media/")
    assert len(m) == 1 and m[0][1].format == "PNG" and m[0][1].size == (1000, 766), m
    z = zipfile.ZipFile(path)
    dr = etree.fromstring(z.read("xl/drawings/drawing1.xml"))
    anc = dr.findall("xdr:oneCellAnchor", NS) + dr.findall("xdr:twoCellAnchor", NS)
    assert len(anc) == 1 and anc[0].find("xdr:pic", NS) is not None
    fr = anc[0].find("xdr:from", NS)
    assert (fr.find("xdr:col", NS).text, fr.find("xdr:row", NS).text) == ("0", "2")
    sheet = etree.fromstring(z.read("xl/worksheets/sheet1.xml"))
    cells = [c for c in sheet.iter("{%s}c" % NS["s"]) if c.find("s:v", NS) is not None or c.get("t") == "inlineStr"]
    assert [c.get("r") for c in cells] == ["A1"], [c.get("r") for c in cells]
    assert ws(xlsx_text(path)) == ws(g["document"]["department"] + g["document"]["title"])
    assert sheet.find("s:drawing", NS) is not None
    count_ok("p5", g)


def q_p6(path, g):
    assert path.endswith(".pdf")
    import pdfplumber
    with pdfplumber.open(path) as pdf:
        assert len(pdf.pages) == g["source"]["pages"] == 2
        imgs = [im for pg in pdf.pages for im in pg.images]
        prod = (pdf.metadata or {}).get("Producer", "")
    assert "LibreOffice" in prod, prod
    # LibreOffice re-encoded the 2000 x 1578 PNG as JPEG and downsampled it (PDF export "reduce image resolution")
    assert len(imgs) == 1 and tuple(imgs[0]["srcsize"]) == (1889, 1491), imgs
    assert "DCTDecode" in str(imgs[0]["stream"].get("Filter")), imgs[0]["stream"]
    txt = ws(pdf_text(path))
    assert ws(g["overall_goals"][0]) in txt and ws(g["projects"][0]["indicators"][0]["level3"]) not in txt
    count_ok("p6", g)


Q = {"p1": q_p1, "p2": q_p2, "p3": q_p3, "p4": q_p4, "p5": q_p5, "p6": q_p6}


def run_score(gpath):
    r = subprocess.run([sys.executable, "/work/shared/tools/score.py", gpath, gpath], capture_output=True, text=True)
    return json.loads(r.stdout)["f1"]


def main():
    selftest = "--selftest" in sys.argv
    ok = True
    paths = {}
    for key, f in golds.F.items():
        stem = f["stem"]
        path = f"{HERE}/drafts/{stem}.{f['ext']}"
        gpath = f"{HERE}/expected/{stem}.gold.json"
        paths[key] = path
        g = json.load(open(gpath, encoding="utf-8"))
        errs = []
        if g["source"]["sha256"] != hashlib.sha256(open(path, "rb").read()).hexdigest():
            errs.append("sha256")
        if g["source"]["path"] != os.path.basename(path):
            errs.append("path")
        if run_score(gpath) != 1.0:
            errs.append("score")
        ref = copy.deepcopy(golds.G[stem])
        ref["source"]["sha256"] = g["source"]["sha256"]
        if ref != g:
            errs.append("gold differs from golds.py")
        miss, leak = check_strings(key, g, path)
        if miss:
            errs.append("missing=%s" % miss[:5])
        if leak:
            errs.append("grid text in the document's own text=%s" % leak[:3])
        try:
            Q[key](path, g)
        except Exception as e:  # noqa: BLE001
            errs.append("quirk: %r" % e)
        n = sum(len(p["indicators"]) for p in g["projects"])
        print("%-50s %s  (%d projects, %d indicators)" % (stem, "OK" if not errs else "FAIL " + "; ".join(errs),
                                                           len(g["projects"]), n))
        ok &= not errs
    if selftest:
        for key, f in golds.F.items():
            g = json.load(open(f"{HERE}/expected/{f['stem']}.gold.json", encoding="utf-8"))
            fails = 0
            for other, op in paths.items():
                if other == key:
                    continue
                try:
                    Q[key](op, g)
                except Exception:  # noqa: BLE001
                    fails += 1
            mg = copy.deepcopy(g)
            mg["projects"][-1]["indicators"].pop()
            if key == "p3":
                mg = copy.deepcopy(g)
                mg["projects"].append(dict(mg["projects"][0], seq=2, title=golds.F["p3"]["hidden_bottom"][0],
                                           code=golds.F["p3"]["hidden_bottom"][1]))
            if key == "p6":
                mg = copy.deepcopy(g)
                mg["source"]["pages"] = 1
            try:
                Q[key](paths[key], mg)
                mres = "pass (BAD)"
            except Exception:  # noqa: BLE001
                mres = "fail"
            rg = copy.deepcopy(g)
            rg["projects"][0]["indicators"][2]["level3"] += "（改）"
            miss, _ = check_strings(key, rg, paths[key])
            print("selftest %s: quirk fail on %d/5 other drafts; mutated gold: %s; renamed 三级 missing=%s"
                  % (key, fails, mres, miss[:1]))
            ok &= fails == 5 and mres == "fail" and bool(miss)
    print("ALL OK" if ok else "PROBLEMS")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
