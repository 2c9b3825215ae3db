#!/usr/bin/env python3
"""Check the blind set: valid JSON, source.sha256 matches the bytes, score.py self-F1 1.0, and every printed
string of each gold found in its document's text. Text of a native PDF: `pdftotext` when installed, else
pdfminer, plus a column-by-column reading of pdfminer's characters (s6's 一级 cells are vertical text: one
character per line). The two scans (image-only PDFs) have no text: their strings are checked in the LibreOffice
PDF they were rendered from (/tmp/heldout8b_build/STEM.pdf, present after make.py). The page-geometry quirk of each
draft is asserted too (structure()). Nothing from jixiao is used."""
import glob, hashlib, json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
D = os.path.join(HERE, "drafts")
EXPECTED = os.path.join(HERE, "expected")
TMP = "/tmp/heldout8b_build"
SCORE = "/work/shared/tools/score.py"


def pdf_text(path):
    if shutil.which("pdftotext"):
        return subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True, check=True).stdout
    from pdfminer.high_level import extract_text
    return extract_text(path)


def pdf_columns(path):
    """the text of each page read column by column (pdfminer characters, cut into pieces at gaps wider than
    6 pt, grouped by the piece's left edge, top to bottom): s6's stacked 一级 characters are contiguous here."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTChar, LTTextContainer, LTTextLine
    out = []
    for pg in extract_pages(path):
        pieces = []
        for el in pg:
            if not isinstance(el, LTTextContainer):
                continue
            for ln in el:
                if not isinstance(ln, LTTextLine):
                    continue
                cur = None
                for ch in ln:
                    if not isinstance(ch, LTChar):
                        continue
                    if cur is None or ch.x0 - cur[2] > 6:
                        cur = [ch.x0, ch.y1, ch.x1, ""]
                        pieces.append(cur)
                    cur[2], cur[3] = ch.x1, cur[3] + ch.get_text()
        pieces.sort(key=lambda q: (round(q[0]), -q[1]))
        out += [q[3] for q in pieces]
    return "".join(out)


def derotated(path):
    """a copy of a PDF whose pages carry /Rotate, with /Rotate removed (same content streams), or None: pdfminer
    applies /Rotate, and a wrapped cell's lines then stand side by side as vertical text."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject
    r = PdfReader(path)
    if not any(pg.get("/Rotate", 0) for pg in r.pages):
        return None
    w = PdfWriter()
    for pg in r.pages:
        if "/Rotate" in pg:
            del pg[NameObject("/Rotate")]
        w.add_page(pg)
    os.makedirs(TMP, exist_ok=True)
    out = os.path.join(TMP, "upright_" + os.path.basename(path))
    with open(out, "wb") as f:
        w.write(f)
    return out


def norm(s):
    return re.sub(r"\s+", "", s)


def strings(g):
    d = g["document"]
    yield d["title"]; yield d["department"]
    for k in ("department_code", "compiled_by", "reviewed_by", "status"):
        if d.get(k): yield d[k]
    for p in g["projects"]:
        for k in ("title", "department", "department_code", "code", "name", "purpose", "implementing_unit"):
            if p.get(k): yield p[k]
        for k in ("budget_total", "budget_fiscal", "budget_other"):
            if p.get(k) is not None: yield f"{p[k]:.2f}"
        yield from p["goals"]
        for x in p["indicators"]:
            for k in ("level1", "level2", "level3", "description", "value_raw", "basis", "reference"):
                if x.get(k): yield x[k]


def lines_of(path):
    """per page: (page width, height, [(text, x0, y0, x1, y1)] of every text line), pdfminer (y upwards)."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTTextContainer, LTTextLine
    out = []
    for pg in extract_pages(path):
        ls = [(norm(ln.get_text()), ln.x0, ln.y0, ln.x1, ln.y1) for el in pg if isinstance(el, LTTextContainer)
              for ln in el if isinstance(ln, LTTextLine) and norm(ln.get_text())]
        out.append((pg.width, pg.height, ls))
    return out


def page_texts(path):
    return ["".join(t for t, *_ in ls) for _, _, ls in lines_of(path)]


def spans(inds, key_fn):
    out, i = [], 0
    while i < len(inds):
        j = i
        while j + 1 < len(inds) and key_fn(inds[j + 1]) == key_fn(inds[i]):
            j += 1
        out.append((i, j - i + 1))
        i = j + 1
    return out


def page_images(path):
    """(page width pt, height pt, /Rotate, [(PIL image, /Filter, /ColorSpace)]) per page, via pypdf."""
    from pypdf import PdfReader
    out = []
    for pg in PdfReader(path).pages:
        xo = pg["/Resources"].get("/XObject", {})
        ims = []
        for name in xo:
            o = xo[name].get_object()
            if o.get("/Subtype") == "/Image":
                ims.append((o.get("/Filter"), o.get("/ColorSpace"), o["/Width"], o["/Height"]))
        pil = [im.image for im in pg.images]
        out.append((float(pg.mediabox.width), float(pg.mediabox.height), pg.get("/Rotate", 0),
                    [(a, b[0], b[1]) for a, b in zip(pil, ims)]))
    return out


def corr(a, b):
    import numpy as np
    a = 255 - np.asarray(a, np.float32).ravel(); b = 255 - np.asarray(b, np.float32).ravel()
    a -= a.mean(); b -= b.mean()
    return float((a * b).sum() / (np.sqrt((a * a).sum() * (b * b).sum()) + 1e-9))


def render(pdf, i, size):
    import pypdfium2 as pdfium
    from PIL import ImageFilter
    pg = pdfium.PdfDocument(pdf)[i]
    return pg.render(scale=size[0] / pg.get_width()).to_pil().convert("L").resize(size).filter(ImageFilter.GaussianBlur(1))


def fit(im, size):
    from PIL import ImageFilter
    return im.convert("L").resize(size).filter(ImageFilter.GaussianBlur(1))


def no_text(doc):
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(doc)
    return not any(pdf[i].get_textpage().get_text_range().strip() for i in range(len(pdf)))


def structure(stem, doc, g):
    """the page-geometry quirk each draft is meant to have; returns a list of problems."""
    bad = []
    if stem.startswith("s1"):
        L = lines_of(doc)
        if not all(w > h for w, h, _ in L):
            bad.append("s1: not every page is landscape")
        pt = page_texts(doc)
        p = g["projects"][0]
        pages = [min(i for i, t in enumerate(pt) if norm(x["level3"]) in t) for x in p["indicators"]]
        if len(set(pages)) < 2:
            bad.append("s1: project 1's table does not run across a page break")
        split = [(s, n) for s, n in spans(p["indicators"], lambda d: (d["level1"], d["level2"]))
                 if len({pages[j] for j in range(s, s + n)}) > 1]
        if not split:
            bad.append("s1: no 二级 group is cut by the page break")
        for s, n in split:
            cont = max(pages[j] for j in range(s, s + n))
            w, h, ls = L[cont]
            top = max(y1 for _, _, _, _, y1 in ls)
            head = "".join(t for t, _, _, _, y1 in sorted(ls, key=lambda q: q[1]) if top - y1 < 6)
            if head != "一级指标二级指标三级指标指标值指标值设定依据":
                bad.append(f"s1: page {cont + 1} does not start with the repeated header row ({head})")
            if norm(p["indicators"][s]["level2"]) in pt[cont] or norm(p["indicators"][s]["level1"]) in pt[cont]:
                bad.append(f"s1: the cut group's 一级/二级 text is repeated on page {cont + 1} (should continue blank)")
    if stem.startswith("s2"):
        for k, (w, h, rot, _) in enumerate(page_images(doc)):
            if rot != 90 or not w < h:
                bad.append(f"s2: page {k + 1} /Rotate={rot}, mediabox {w:.0f}x{h:.0f} (want 90 on a portrait box)")
    if stem.startswith(("s3", "s4")):
        src = os.path.join(TMP, stem + ".pdf")
        want = 300 if stem.startswith("s3") else 200
        if not no_text(doc):
            bad.append(f"{stem[:2]} has a text layer")
        for k, (w, h, rot, ims) in enumerate(page_images(doc)):
            if rot or len(ims) != 1 or ims[0][1] != "/DCTDecode" or ims[0][2] != "/DeviceGray":
                bad.append(f"{stem[:2]} page {k + 1}: /Rotate {rot}, images {[(f, c) for _, f, c in ims]}")
                continue
            im = ims[0][0]
            if abs(im.width / (w / 72) - want) > 2 or not (im.height > im.width and h > w):
                bad.append(f"{stem[:2]} page {k + 1}: {im.width}x{im.height} px on {w:.0f}x{h:.0f} pt")
            if not os.path.exists(src):
                continue
            from PIL import Image
            if stem.startswith("s3"):                 # a landscape page turned 90° clockwise
                size = (700, 495)
                back = corr(fit(im.transpose(Image.Transpose.ROTATE_90), size), render(src, k, size))
                wrong = corr(fit(im.transpose(Image.Transpose.ROTATE_270), size), render(src, k, size))
                if not back > 0.5 > wrong:
                    bad.append(f"s3 page {k + 1} is not the landscape page turned 90° clockwise ({back:.2f}/{wrong:.2f})")
            elif k == 1:                              # page 2 upside down
                size = (495, 700)
                up = corr(fit(im.transpose(Image.Transpose.ROTATE_180), size), render(src, k, size))
                asis = corr(fit(im, size), render(src, k, size))
                if not up > 0.5 > asis:
                    bad.append(f"s4 page 2 is not upside down ({up:.2f}/{asis:.2f})")
            else:                                     # page 1 skewed 1.5° counter-clockwise
                size = (990, 1400)
                c = {a: corr(fit(im.rotate(a, resample=Image.BICUBIC, fillcolor=255), size), render(src, k, size))
                     for a in (-1.5, -0.75, 0.0, 0.75, 1.5)}
                if max(c, key=c.get) != -1.5:
                    bad.append(f"s4 page 1: best deskew is not -1.5° ({c})")
    if stem.startswith("s5"):
        L = lines_of(doc)
        pt = page_texts(doc)
        ps = g["projects"]
        if len(L) != 2:
            bad.append(f"s5 has {len(L)} pages")
        for k, (w, h, ls) in enumerate(L):
            top = max(ls, key=lambda q: q[4])[0]; bottom = min(ls, key=lambda q: q[2])[0]
            if top != g["document"]["department"] or bottom != f"第{k + 1}页共2页":
                bad.append(f"s5 page {k + 1}: running header {top!r}, footer {bottom!r}")
        if not (all(norm(s) in pt[0] for s in (ps[0]["name"], ps[1]["name"], ps[1]["indicators"][-1]["level3"]))
                and ps[2]["name"] in pt[1]):
            bad.append("s5: projects 1 and 2 are not both on page 1 (project 3 on page 2)")
        w, h, ls = L[0]
        titles = sorted((y1 for t, _, _, _, y1 in ls if t == ps[1]["title"]), reverse=True)
        if len(titles) != 2 or not 0.25 * h < titles[1] < 0.75 * h:
            bad.append(f"s5: project 2 does not start mid-page ({titles}, page height {h})")
    if stem.startswith("s6"):
        from pdfminer.high_level import extract_pages
        from pdfminer.layout import LTChar, LTCurve, LTTextContainer
        pages = list(extract_pages(doc))
        rules = sum(1 for pg in pages for el in pg if isinstance(el, LTCurve))
        if rules < 20:
            bad.append(f"s6: only {rules} ruling lines/rects")
        for k, (pg, p) in enumerate(zip(pages, g["projects"])):
            chars = [c for el in pg if isinstance(el, LTTextContainer) for ln in el for c in ln if isinstance(c, LTChar)]
            for s, n in spans(p["indicators"], lambda d: d["level1"]):
                word = p["indicators"][s]["level1"]
                ok = False
                for c0 in (c for c in chars if c.get_text() == word[0]):
                    cur, hit = c0, True
                    for ch in word[1:]:
                        nxt = [c for c in chars if c.get_text() == ch and abs(c.x0 - cur.x0) < 1
                               and 8 < cur.y0 - c.y0 < 20]
                        if not nxt:
                            hit = False
                            break
                        cur = nxt[0]
                    ok = ok or hit
                if not ok:
                    bad.append(f"s6 page {k + 1}: 一级 {word} is not printed as vertical text")
    return bad


bad = 0
for gp in sorted(glob.glob(os.path.join(EXPECTED, "*.gold.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    stem = os.path.basename(gp)[: -len(".gold.json")]
    doc = os.path.join(D, g["source"]["path"])
    sha_ok = hashlib.sha256(open(doc, "rb").read()).hexdigest() == g["source"]["sha256"]
    if g["source"].get("ocr"):
        pre = os.path.join(TMP, stem + ".pdf")      # the LibreOffice page(s) that were scanned
        if os.path.exists(pre):
            txt = norm(pdf_text(pre))
            miss, note = [s for s in strings(g) if norm(str(s)) not in txt], "(scan: strings checked in its source PDF)"
        else:
            miss, note = [], "(scan: text check skipped, no build PDF in /tmp)"
    else:
        txt = norm(pdf_text(doc)) + "|" + norm(pdf_columns(doc))
        upright = derotated(doc)
        if upright:                                  # s2: also read the page as drawn (/Rotate 0)
            txt += "|" + norm(pdf_text(upright)) + "|" + norm(pdf_columns(upright))
        miss, note = [s for s in strings(g) if norm(str(s)) not in txt], ""
    miss += structure(stem, doc, g)
    r = subprocess.run([sys.executable, SCORE, gp, gp], capture_output=True, text=True)
    f1 = json.loads(r.stdout)["f1"]
    n_ind = sum(len(p["indicators"]) for p in g["projects"])
    print(f"{os.path.basename(doc):42s} projects={len(g['projects'])} indicators={n_ind} self-F1={f1} "
          f"sha256={'ok' if sha_ok else 'STALE'} missing={miss} {note}")
    bad += bool(miss) or f1 != 1.0 or not sha_ok
sys.exit(1 if bad else 0)
