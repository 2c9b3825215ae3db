#!/usr/bin/env python3
"""Check the blind set: valid JSON, source.sha256 matches the bytes, score.py self-F1 1.0, and every printed string
of each gold found in its document's text. Text of a PDF: `pdftotext` when installed, else pdfminer (which opens
the encrypted v3 with the empty user password), plus a column-by-column reading of pdfminer's characters (wrapped
cells) and pypdfium2's text; for v2 also the fields' /V values (the page content holds no value text). v4's page 2
is a scan: project 2's strings are checked in the native PDF it was rendered from (/tmp/heldout9b_build/STEM.pdf,
present after make.py), project 1's and the document's in v4 itself. The quirk of each draft (what is inside the
PDF) is asserted too (structure()). Nothing from jixiao is used."""
import glob, hashlib, json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
D = os.path.join(HERE, "drafts")
EXPECTED = os.path.join(HERE, "expected")
TMP = "/tmp/heldout9b_build"
SCORE = "/work/shared/tools/score.py"


def norm(s):
    return re.sub(r"\s+", "", s)


def pdf_text(path):
    if shutil.which("pdftotext"):
        return subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True, check=True).stdout
    from pdfminer.high_level import extract_text
    return extract_text(path)


def pdf_columns(path, pages=None):
    """each page read column by column (pdfminer characters cut into pieces at gaps wider than 6 pt, grouped by the
    piece's left edge, top to bottom): a left-aligned wrapped cell's lines are contiguous here."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTChar, LTTextContainer, LTTextLine
    out = []
    for pg in extract_pages(path, page_numbers=pages):
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


def pdfium_pages(path):
    import pypdfium2 as pdfium
    d = pdfium.PdfDocument(path)
    return [d[i].get_textpage().get_text_range() for i in range(len(d))]


def all_text(path, pages=None):
    from pdfminer.high_level import extract_text
    t = extract_text(path, page_numbers=pages) if pages is not None else pdf_text(path)
    pf = pdfium_pages(path)
    pf = [pf[i] for i in pages] if pages is not None else pf
    return norm(t) + "|" + norm(pdf_columns(path, pages)) + "|" + norm("|".join(pf))


def field_values(path):
    """{field name: /V} of the AcroForm."""
    from pypdf import PdfReader
    r = PdfReader(path)
    af = r.trailer["/Root"].get("/AcroForm")
    if af is None:
        return {}
    return {str(f.get_object()["/T"]): str(f.get_object().get("/V", "")) for f in af.get_object()["/Fields"]}


def doc_strings(g):
    d = g["document"]
    yield d["title"]; yield d["department"]
    for k in ("department_code", "compiled_by", "reviewed_by", "status"):
        if d.get(k): yield d[k]
    for e in g["toc"]:
        yield e["title"]


def proj_strings(p):
    for k in ("title", "department", "department_code", "code", "name", "purpose", "implementing_unit"):
        if p.get(k): yield p[k]
    for k in ("budget_total", "budget_fiscal", "budget_other"):
        if p.get(k) is not None: yield f"{p[k]:.2f}"
    yield from p["goals"]
    for x in p["indicators"]:
        for k in ("level1", "level2", "level3", "description", "value_raw", "basis", "reference"):
            if x.get(k): yield x[k]


def goal_text(goals):
    return goals[0] if len(goals) == 1 else "".join(f"{i}.{x}" for i, x in enumerate(goals, 1))


def lines_of(path):
    """per page: (width, height, [(text, x0, y0, x1, y1)] of every pdfminer text line, y upwards)."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTTextContainer, LTTextLine
    out = []
    for pg in extract_pages(path):
        ls = [(norm(ln.get_text()), ln.x0, ln.y0, ln.x1, ln.y1) for el in pg if isinstance(el, LTTextContainer)
              for ln in el if isinstance(ln, LTTextLine) and norm(ln.get_text())]
        out.append((pg.width, pg.height, ls))
    return out


def corr(a, b):
    import numpy as np
    a = 255 - np.asarray(a, np.float32).ravel(); b = 255 - np.asarray(b, np.float32).ravel()
    a -= a.mean(); b -= b.mean()
    return float((a * b).sum() / (np.sqrt((a * a).sum() * (b * b).sum()) + 1e-9))


def structure(stem, doc, g):
    """the PDF-internals quirk each draft is meant to have; returns a list of problems."""
    from pypdf import PdfReader
    from pypdf.generic import ContentStream
    bad = []
    ps = g["projects"]
    if stem.startswith("v1"):
        import pdfplumber
        r = PdfReader(doc)
        for k, pg in enumerate(r.pages):
            ops = [op for _, op in ContentStream(pg.get_contents(), r).operations]
            strokes = [o for o in ops if o in (b"S", b"s", b"B", b"B*", b"b", b"b*")]
            fills = sum(ops.count(o) for o in (b"f", b"f*", b"F"))
            if strokes or ops.count(b"re") < 50 or fills < ops.count(b"re"):
                bad.append(f"v1 page {k + 1}: stroke ops {set(strokes)}, re {ops.count(b're')}, fills {fills}")
        with pdfplumber.open(doc) as pdf:
            for k, pg in enumerate(pdf.pages):
                rects = pg.rects
                if pg.lines or pg.curves or any(x["stroke"] for x in rects) or not all(x["fill"] for x in rects):
                    bad.append(f"v1 page {k + 1}: a stroked path / line / curve")
                gut = sum(1 for a in rects for b in rects if abs(a["top"] - b["top"]) < 0.01
                          and abs(b["x0"] - a["x1"] - 0.5) < 0.01)
                cols = {tuple(round(c, 3) for c in x["non_stroking_color"]) for x in rects
                        if isinstance(x["non_stroking_color"], (tuple, list))}
                if gut < 30 or len(cols) < 3:
                    bad.append(f"v1 page {k + 1}: {gut} 0.5 pt gutters, fill colours {cols}")
    if stem.startswith("v2"):
        r = PdfReader(doc)
        af = r.trailer["/Root"].get("/AcroForm")
        fv = field_values(doc)
        want = []
        for p in ps:
            want += [p["name"], p["code"], p["department"], p["implementing_unit"], f'{p["budget_total"]:.2f}',
                     f'{p["budget_fiscal"]:.2f}', f'{p["budget_other"]:.2f}', goal_text(p["goals"])]
            want += [x["value_raw"] for x in p["indicators"]]
        if af is None or len(fv) < 20 or sorted(fv.values()) != sorted(want):
            bad.append(f"v2: AcroForm with {len(fv)} fields, values differ from the gold's "
                       f"{sorted(set(want) ^ set(fv.values()))[:5]}")
        for pg in r.pages:
            for a in pg.get("/Annots", []):
                a = a.get_object()
                ap = a.get("/AP", {}).get("/N")
                if a.get("/FT") != "/Tx" or ap is None:
                    bad.append(f"v2: field {a.get('/T')} has no /AP /N"); continue
                drawn = "".join(bytes.fromhex(h.decode()).decode("utf-16-be")
                                for h in re.findall(rb"<([0-9A-F]+)> Tj", ap.get_object().get_data()))
                if drawn != str(a["/V"]):
                    bad.append(f"v2: field {a['/T']} appearance draws {drawn!r}, /V {a['/V']!r}")
        content = norm(pdf_text(doc)) + norm("".join(pdfium_pages(doc)))
        leak = [v for v in want if v != ps[0]["department"] and norm(v) in content]
        if leak:
            bad.append(f"v2: field values printed in the page content too: {leak[:5]}")
    if stem.startswith("v3"):
        from pypdf import PdfReader
        from pypdf import PasswordType
        r = PdfReader(doc)
        ok = r.is_encrypted and r.decrypt("") == PasswordType.USER_PASSWORD
        P = int(r.trailer["/Encrypt"]["/P"]) if r.is_encrypted else 0
        if not ok or not P & 4 or P & 16 or P & 512:
            bad.append(f"v3: encrypted={r.is_encrypted}, empty password opens={ok}, /P={P} (want print, no copy)")
        r2 = PdfReader(doc)
        if r2.decrypt("yz-wjw-2024-owner") != PasswordType.OWNER_PASSWORD:
            bad.append("v3: the owner password does not open it as owner")
        if len(pdfium_pages(doc)) != 3:
            bad.append("v3: pdfium does not open it without a password")
    if stem.startswith("v4"):
        r = PdfReader(doc)
        pt = pdfium_pages(doc)
        if len(pt) != 2 or norm(ps[0]["name"]) not in norm(pt[0]) or pt[1].strip() or norm(ps[1]["name"]) in norm(pt[0]):
            bad.append("v4: page 1 should be native text with project 1 only, page 2 without text")
        imgs0 = [k for k in r.pages[0]["/Resources"].get("/XObject", {})]
        xo = r.pages[1]["/Resources"].get("/XObject", {})
        ims = [xo[k].get_object() for k in xo]
        if imgs0 or len(ims) != 1 or ims[0].get("/Filter") != "/DCTDecode" or ims[0].get("/ColorSpace") != "/DeviceGray":
            bad.append(f"v4: page 1 images {imgs0}, page 2 images {[(i.get('/Filter'), i.get('/ColorSpace')) for i in ims]}")
        else:
            dpi = ims[0]["/Width"] / (float(r.pages[1].mediabox.width) / 72)
            if abs(dpi - 200) > 2:
                bad.append(f"v4: page 2 image at {dpi:.0f} dpi")
            src = os.path.join(TMP, stem + ".pdf")
            if os.path.exists(src):
                import pypdfium2 as pdfium
                from PIL import ImageFilter
                size = (495, 700)
                a = r.pages[1].images[0].image.convert("L").resize(size).filter(ImageFilter.GaussianBlur(1))
                b = pdfium.PdfDocument(src)[1].render(scale=1).to_pil().convert("L").resize(size).filter(ImageFilter.GaussianBlur(1))
                c = pdfium.PdfDocument(src)[0].render(scale=1).to_pil().convert("L").resize(size).filter(ImageFilter.GaussianBlur(1))
                if not (corr(a, b) > 0.75 and corr(a, b) - corr(a, c) > 0.08):
                    bad.append(f"v4: page 2 is not the scan of the source's page 2 ({corr(a, b):.2f} / {corr(a, c):.2f})")
    if stem.startswith("v5"):
        r = PdfReader(doc)
        fonts = []
        for pg in r.pages:
            for k, f in pg["/Resources"]["/Font"].items():
                f = f.get_object()
                desc = f["/DescendantFonts"][0].get_object() if "/DescendantFonts" in f else f
                fd = desc.get("/FontDescriptor")
                fd = fd.get_object() if fd is not None else {}
                emb = [x for x in ("/FontFile", "/FontFile2", "/FontFile3") if x in fd]
                fonts.append((str(f["/BaseFont"]), emb, "/ToUnicode" in f))
        if not fonts or not all(re.match(r"/[A-Z]{6}\+", n) and e and tu for n, e, tu in fonts) \
                or not any("CJK" in n for n, _, _ in fonts):
            bad.append(f"v5: fonts not all embedded subsets with ToUnicode: {fonts}")
        L = lines_of(doc)
        if len(L) != 1:
            bad.append(f"v5 has {len(L)} pages")
        w, h, ls = L[0]
        if not w > h:
            bad.append("v5: page is not landscape")
        titles = sorted((x0, y1) for t, x0, _, _, y1 in ls if t == norm(ps[0]["title"]))
        names = [[(x0, y1) for t, x0, _, _, y1 in ls if norm(p["name"]) in t] for p in ps]
        if len(titles) != 2 or not (titles[0][0] < w / 2 < titles[1][0]) or abs(titles[0][1] - titles[1][1]) > 3 \
                or not (names[0] and names[1] and names[0][0][0] < w / 2 < names[1][0][0]
                        and abs(names[0][0][1] - names[1][0][1]) < 3):
            bad.append(f"v5: the two forms are not side by side (titles {titles}, names {names})")
    if stem.startswith("v6"):
        r = PdfReader(doc)
        if "LibreOffice" not in str((r.metadata or {}).get("/Producer", "")):
            bad.append("v6: not a LibreOffice PDF")
        pt = pdfium_pages(doc)
        L = lines_of(doc)
        if "目录" not in norm(pt[1]) or "一级指标" in norm(pt[0]) + norm(pt[1]):
            bad.append("v6: page 1 is not a cover / page 2 not a 目录")
        for k, e in enumerate(g["toc"]):
            if not re.search(re.escape(e["title"]) + r"…{5,}" + str(e["page"]) + r"\s*$", pt[1], re.M):
                bad.append(f"v6: 目录 line for {e['title']} does not end with {e['page']}")
            if f"部门（单位）名称{ps[k]['department']}" not in norm(pt[e["page"] - 1]):
                bad.append(f"v6: unit {k + 1}'s form is not on page {e['page']}")
        head = "一级指标二级指标三级指标指标解释指标值"
        rows = [min(i for i, t in enumerate(pt) if i >= 2 and norm(x["value_raw"]) in norm(t)
                    and norm(x["level3"])[-4:] in norm(t)) for x in ps[0]["indicators"]]
        if len(set(rows)) != 2:
            bad.append(f"v6: unit 1's indicator table is not on two pages ({rows})")
        else:
            w, h, ls = L[max(rows)]
            top = max(y1 for *_, y1 in ls)
            first = "".join(t for t, x0, _, _, y1 in sorted(ls, key=lambda q: q[1]) if top - y1 < 6)
            if first != head:
                bad.append(f"v6: page {max(rows) + 1} does not start with the repeated header row ({first})")
        for k, p in enumerate(ps):
            pg = max(rows) if k == 0 else g["toc"][k]["page"] - 1
            w, h, ls = L[pg]
            note = [y1 for t, _, _, _, y1 in ls if t.startswith("注：1.")]
            last = [y0 for t, _, y0, _, _ in ls if norm(p["indicators"][-1]["level3"]) in t]
            if len(note) != 1 or not last or not note[0] < min(last):
                bad.append(f"v6 unit {k + 1}: the 注 block is not under the table on page {pg + 1}")
        if sum(norm(t).count("注：1.") for t in pt) != 2:
            bad.append("v6: want one 注 block per table")
    return bad


import logging
logging.getLogger("pdfminer").setLevel(logging.ERROR)
bad = 0
for gp in sorted(glob.glob(os.path.join(EXPECTED, "*.gold.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    stem = os.path.basename(gp)[: -len(".gold.json")]
    doc = os.path.join(D, g["source"]["path"])
    sha_ok = hashlib.sha256(open(doc, "rb").read()).hexdigest() == g["source"]["sha256"]
    note = ""
    if stem.startswith("v4"):
        txt = all_text(doc, [0])
        want = list(doc_strings(g)) + list(proj_strings(g["projects"][0]))
        miss = [s for s in want if norm(str(s)) not in txt]
        src = os.path.join(TMP, stem + ".pdf")           # the native pages the scan was made from
        if os.path.exists(src):
            stxt = all_text(src, [1])
            miss += [s for s in proj_strings(g["projects"][1]) if norm(str(s)) not in stxt]
            note = "(page 2 is a scan: project 2's strings checked in its source PDF's page 2)"
        else:
            note = "(page 2 is a scan: its text check skipped, no build PDF in /tmp)"
    else:
        txt = all_text(doc)
        if stem.startswith("v2"):
            txt += "|" + "|".join(norm(v) for v in field_values(doc).values())
        want = list(doc_strings(g)) + [s for p in g["projects"] for s in proj_strings(p)]
        miss = [s for s in want if norm(str(s)) not in txt]
    miss += structure(stem, doc, g)
    r = subprocess.run([sys.executable, SCORE, gp, gp], capture_output=True, text=True)
    f1 = json.loads(r.stdout)["f1"]
    n_ind = sum(len(p["indicators"]) for p in g["projects"])
    print(f"{os.path.basename(doc):46s} pages={g['source']['pages']} projects={len(g['projects'])} "
          f"indicators={n_ind} self-F1={f1} sha256={'ok' if sha_ok else 'STALE'} missing={miss} {note}")
    bad += bool(miss) or f1 != 1.0 or not sha_ok
sys.exit(1 if bad else 0)
