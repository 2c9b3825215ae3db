"""Validate heldout31a without jixiao: JSON, sha256, score.py G G = 1.0, every printed string of each gold in what the
draft SHOWS (its own text read by zipfile + lxml — the .doc through a LibreOffice copy converted back to .docx — plus
the text of the HTML each picture was drawn from, read with html.parser), and each quirk asserted from the FILE.
`--selftest`: every quirk assertion is run against the five OTHER drafts and against a mutated gold, the string check
against a gold with a renamed 三级; each must FAIL."""
import copy, hashlib, io, json, os, re, shutil, struct, subprocess, sys, tempfile, zipfile
from html.parser import HTMLParser

from lxml import etree
from PIL import Image

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import golds  # noqa: E402
import make  # noqa: E402  (only its pictures(): the HTML each picture was drawn from)

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
NS = {"wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
      "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
      "pic": "http://schemas.openxmlformats.org/drawingml/2006/picture",
      "xdr": "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
      "s": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
      "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
LO = "file:///tmp/lo_heldout31a"


def ws(t):
    return re.sub(r"\s+", "", t)


# ------------------------------------------------------------------ readers
class Txt(HTMLParser):
    def __init__(self):
        super().__init__()
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1

    def handle_data(self, d):
        if not self.skip:
            self.out.append(d)


def html_text(h):
    p = Txt()
    p.feed(h)
    return "\n".join(p.out)


def pictures_text(key):
    return "\n".join(html_text(h) for _, _, h in make.pictures(key))


def docx_root(path):
    return etree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))


def ptext(p):
    return "".join(t.text or "" for t in p.iter(W + "t"))


def docx_text(path):
    return "\n".join(ptext(p) for p in docx_root(path).iter(W + "p"))


_DOC_CACHE = {}


def doc_as_docx(path):
    """a COPY of the Word 97 file converted back to .docx by LibreOffice (own profile), cached per run"""
    if path not in _DOC_CACHE:
        tmp = tempfile.mkdtemp(prefix="check_", dir="/tmp/heldout31a_build")
        cp = os.path.join(tmp, "copy.doc")
        shutil.copyfile(path, cp)
        subprocess.run(["/usr/bin/soffice", "-env:UserInstallation=" + LO, "--headless", "--convert-to", "docx",
                        "--outdir", tmp, cp], check=True, capture_output=True, timeout=240)
        _DOC_CACHE[path] = os.path.join(tmp, "copy.docx")
    return _DOC_CACHE[path]


def xlsx_cells(path):
    z = zipfile.ZipFile(path)
    ss = []
    if "xl/sharedStrings.xml" in z.namelist():
        ss = ["".join(t.text or "" for t in si.iter("{%s}t" % NS["s"]))
              for si in etree.fromstring(z.read("xl/sharedStrings.xml")).findall("s:si", NS)]
    out = {}
    for c in etree.fromstring(z.read("xl/worksheets/sheet1.xml")).iter("{%s}c" % NS["s"]):
        v = c.find("s:v", NS)
        if c.get("t") == "s" and v is not None:
            out[c.get("r")] = ss[int(v.text)]
        elif c.get("t") == "inlineStr":
            out[c.get("r")] = "".join(t.text or "" for t in c.iter("{%s}t" % NS["s"]))
        elif v is not None:
            out[c.get("r")] = v.text
    return out


def own_text(path):
    if path.endswith(".docx"):
        return docx_text(path)
    if path.endswith(".doc"):
        return docx_text(doc_as_docx(path))
    return "\n".join(xlsx_cells(path).values())


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
            if i.get("weight") is not None:
                inds.append(str(i["weight"]))
    return [s for s in doc if s], [s for s in proj if s], [s for s in inds if s]


def check_strings(key, g, path):
    own = ws(own_text(path))
    pic = ws(pictures_text(key))
    doc, proj, inds = printed(g)
    miss = [s for s in doc + proj + inds if ws(s) not in own + "\n" + pic]
    miss += ["doc-level not in the document's text: " + s for s in doc if ws(s) not in own]
    # the indicator grid exists ONLY as pixels: no description (department form: 三级 + value) in the document's text
    leak = [i["description"] or i["level3"] + i["value_raw"] for p in g["projects"] for i in p["indicators"]
            if ws(i["description"] or i["level3"] + i["value_raw"]) in own]
    return miss, leak


# ------------------------------------------------------------------ quirks, asserted from the FILE
def media(path, prefix):
    z = zipfile.ZipFile(path)
    return [(n, Image.open(io.BytesIO(z.read(n)))) for n in sorted(z.namelist()) if n.startswith(prefix)]


def grid_trs(h):
    seg = h[h.index("<th>一级指标"):]
    return seg[:seg.index("</table>")].count("<tr>")


def count_ok(key, g):
    n = sum(grid_trs(h) for _, _, h in make.pictures(key))
    assert n == sum(len(p["indicators"]) for p in g["projects"]), "indicator rows vs pictures"


def pic_sizes(key):
    return [Image.open(f"/tmp/heldout31a_build/{n}.png").size for n, _, _ in make.pictures(key)]


def q_q1(path, g):
    """ONE form over TWO inline PNGs in consecutive paragraphs; picture 2 = grid header repeated + the rest"""
    assert path.endswith(".docx")
    m = media(path, "word/media/")
    assert len(m) == 2 and all(im.format == "PNG" and im.size[0] == 1000 for _, im in m), m
    assert m[0][1].size[1] > 2.5 * m[1][1].size[1], "picture 2 is the short remainder"
    root = docx_root(path)
    assert len(root.findall(".//wp:inline", NS)) == 2 and not root.findall(".//wp:anchor", NS)
    assert not root.findall(".//%stbl" % W), "no Word table"
    body = root.find("w:body", NS)
    holders = [k for k, p in enumerate(body) if p.findall(".//wp:inline", NS)]
    assert holders[1] == holders[0] + 1, "the two pictures are in consecutive paragraphs"
    assert len(g["projects"]) == 1
    (n1, _, h1), (n2, _, h2) = make.pictures("q1")
    cut = golds.F["q1"]["cut"]
    assert grid_trs(h1) == cut and grid_trs(h2) == len(g["projects"][0]["indicators"]) - cut
    assert "绩效目标表" in html_text(h1) and "绩效目标表" not in html_text(h2) and "项目名称" not in html_text(h2)
    first = h2[h2.index("</th></tr>") + len("</th></tr>"):]
    assert re.match(r'\s*<tr><td class="c" rowspan="\d+"></td>', first), "running 一级 cell printed empty"
    assert g["projects"][0]["indicators"][cut]["level1"] == g["projects"][0]["indicators"][cut - 1]["level1"]
    im2 = m[1][1].convert("RGB")
    assert im2.getpixel((500, 30)) == (0xe9, 0xee, 0xf6), "picture 2 starts with the (repeated) grid header"
    count_ok("q1", g)


def q_q2(path, g):
    """upright landscape PNG, ROTATED 90° by Word (a:xfrm rot=5400000), on its own page; the department form"""
    assert path.endswith(".docx")
    m = media(path, "word/media/")
    assert len(m) == 1 and m[0][1].format == "PNG", m
    w, h = m[0][1].size
    assert (w, h) == pic_sizes("q2")[0] and w == 1400 and w > 2 * h, (w, h)
    root = docx_root(path)
    inl = root.findall(".//wp:inline", NS)
    assert len(inl) == 1 and not root.findall(".//wp:anchor", NS)
    assert inl[0].find(".//pic:spPr/a:xfrm", NS).get("rot") == "5400000"
    ext = inl[0].find("wp:extent", NS)
    assert int(ext.get("cx")) > 2 * int(ext.get("cy")), "extent holds the UNROTATED (landscape) size"
    holder = inl[0].getparent()
    while holder.tag != W + "p":
        holder = holder.getparent()
    assert holder.find("w:pPr/w:pageBreakBefore", NS) is not None, "the picture starts a page"
    (p,) = g["projects"]
    assert p["scope"] == "department" and p["name"] is None and p["code"] is None
    h_ = make.pictures("q2")[0][2]
    assert "<th>分值</th>" in h_ and "绩效指标描述" not in h_
    weights = re.findall(r'<td class="c">(\d+)</td></tr>', h_[h_.index("<th>一级指标"):])
    assert [int(x) for x in weights] == [i["weight"] for i in p["indicators"]] and sum(map(int, weights)) == 100
    count_ok("q2", g)


def q_q3(path, g):
    """each picture INSIDE a w:tc of a 2-column layout table; the caption cell beside it holds 附表N + the title"""
    assert path.endswith(".docx")
    m = media(path, "word/media/")
    assert len(m) == 2 and all(im.format == "PNG" for _, im in m)
    root = docx_root(path)
    inl = root.findall(".//wp:inline", NS)
    assert len(inl) == 2 and not root.findall(".//wp:anchor", NS)
    tbls = root.findall(".//w:tbl", NS)
    assert len(tbls) == 1
    rows = tbls[0].findall("w:tr", NS)
    assert len(rows) == len(g["projects"]) == 2
    for k, (tr, p) in enumerate(zip(rows, g["projects"]), 1):
        tcs = tr.findall("w:tc", NS)
        assert len(tcs) == 2
        assert not tcs[0].findall(".//wp:inline", NS) and len(tcs[1].findall(".//wp:inline", NS)) == 1
        cap = [ptext(x) for x in tcs[0].findall("w:p", NS)]
        assert cap == ["附表%d" % k, p["title"]], cap
    for i in inl:  # every picture sits in a table cell
        assert any(a.tag == W + "tc" for a in i.iterancestors())
    pic = ws(pictures_text("q3"))
    assert all(ws(p["title"]) not in pic for p in g["projects"]), "the title is only Word text"
    count_ok("q3", g)


def q_q4(path, g):
    """Word 97 binary (OLE compound file) written by LibreOffice, holding the form PNG"""
    assert path.endswith(".doc")
    d = open(path, "rb").read()
    assert d[:8] == bytes.fromhex("d0cf11e0a1b11ae1") and not d.startswith(b"PK")
    assert "WordDocument".encode("utf-16-le") in d and "Data".encode("utf-16-le") in d
    i = d.find(b"\x89PNG\r\n\x1a\n")
    assert i > 0 and d.count(b"\x89PNG\r\n\x1a\n") == 1
    assert struct.unpack(">II", d[i + 16:i + 24]) == pic_sizes("q4")[0], "the embedded PNG is the screenshot"
    cp = doc_as_docx(path)
    root = docx_root(cp)
    assert len(root.findall(".//wp:inline", NS)) + len(root.findall(".//wp:anchor", NS)) == 1
    assert ws(g["overall_goals"][0]) in ws(docx_text(cp))
    count_ok("q4", g)


def q_q5(path, g):
    """ONE sheet, TWO images anchored at different rows, a title cell directly above each"""
    assert path.endswith(".xlsx")
    m = media(path, "xl/media/")
    assert len(m) == 2 and all(im.format == "PNG" for _, im in m)
    z = zipfile.ZipFile(path)
    assert [n for n in z.namelist() if n.startswith("xl/worksheets/sheet")] == ["xl/worksheets/sheet1.xml"]
    dr = etree.fromstring(z.read("xl/drawings/drawing1.xml"))
    anc = dr.findall("xdr:oneCellAnchor", NS) + dr.findall("xdr:twoCellAnchor", NS)
    assert len(anc) == 2 and all(a.find("xdr:pic", NS) is not None for a in anc)
    rows = [int(a.find("xdr:from/xdr:row", NS).text) for a in anc]
    assert all(a.find("xdr:from/xdr:col", NS).text == "0" for a in anc) and rows[0] < rows[1]
    cy0 = int(anc[0].find("xdr:ext", NS).get("cy")) / 9525  # px
    assert rows[0] + cy0 / make.ROW_PX < rows[1] - 1, "the second title is below the first image"
    cells = xlsx_cells(path)
    titles = ["A%d" % r for r in rows]  # 0-based anchor row r → the title cell is the 1-based row r (just above)
    assert sorted(cells) == sorted(["A1"] + titles), cells
    assert ws(cells["A1"]) == ws(g["document"]["department"] + g["document"]["title"])
    assert [cells[t] for t in titles] == [p["title"] for p in g["projects"]]
    pic = ws(pictures_text("q5"))
    assert all(ws(p["title"]) not in pic for p in g["projects"]), "the title is only a cell"
    count_ok("q5", g)


def pillow_q60_tables():
    buf = io.BytesIO()
    Image.new("RGB", (16, 16), (200, 100, 50)).save(buf, "JPEG", quality=make.Q6_QUALITY)
    return Image.open(io.BytesIO(buf.getvalue())).quantization


def q_q6(path, g):
    """one JPEG, 700 px wide (text ~10.5 px), quantisation = quality 60, a reddish watermark across it"""
    assert path.endswith(".docx")
    m = media(path, "word/media/")
    assert len(m) == 1 and m[0][1].format == "JPEG", m
    im = m[0][1]
    (ow, oh), = pic_sizes("q6")
    assert im.size == (700, round(oh * 700 / ow)), im.size
    assert im.quantization == pillow_q60_tables(), "JPEG quality 60"
    css_px = float(re.search(r"td,th\{[^}]*font-size:(\d+)px", make.CSS).group(1))
    assert 10 <= css_px * im.size[0] / ow <= 11, "body text 10–11 px after the downscale"
    import numpy as np
    a = np.asarray(im.convert("RGB")).astype(int)
    red = int(((a[..., 0] - a[..., 1] > 12) & (a[..., 0] > 180)).sum())  # the form itself has no red (grey / blue only)
    assert red > 0.02 * a.shape[0] * a.shape[1], ("watermark pixels", red)
    wm = golds.F["q6"]["watermark"]
    assert ws(wm) not in ws(json.dumps(g, ensure_ascii=False)) and ws(wm) not in ws(pictures_text("q6"))
    count_ok("q6", g)


Q = {"q1": q_q1, "q2": q_q2, "q3": q_q3, "q4": q_q4, "q5": q_q5, "q6": q_q6}


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
        print("%-56s %s  (%d projects, %d indicators)" % (stem, "OK" if not errs else "FAIL " + "; ".join(errs),
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
            try:
                Q[key](paths[key], mg)
                mres = "pass (BAD)"
            except Exception:  # noqa: BLE001
                mres = "fail"
            rg = copy.deepcopy(g)
            rg["projects"][0]["indicators"][2]["level3"] += "（改）"
            miss, _ = check_strings(key, rg, paths[key])
            print("selftest %s: quirk fail on %d/5 other drafts; mutated gold (indicator dropped): %s; renamed 三级 missing=%s"
                  % (key, fails, mres, miss[:1]))
            ok &= fails == 5 and mres == "fail" and bool(miss)
    print("ALL OK" if ok else "PROBLEMS")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
