#!/usr/bin/env python3
"""Check the blind set: valid JSON, source.sha256 matches the bytes, score.py self-F1 1.0, and every printed
string of each gold found in its document's text. Text of a native PDF: `pdftotext` when installed, else
pdfminer; .docx: every w:t of every paragraph of the body (python-docx's XML); .xlsx: the CACHED values of the
visible sheets (openpyxl data_only=True: what LibreOffice computed and saved; a money cell as `#,##0.00` shows
it); .odt: the text:p / text:h paragraphs of content.xml. The two scans (image-only PDF, TIFF) have no text:
their strings are checked in the LibreOffice PDF they were rendered from (/tmp/heldout7a_build/STEM.pdf, present
after make.py). A few structural facts of each rendering are asserted too. Nothing from jixiao is used."""
import glob, hashlib, json, os, re, shutil, subprocess, sys, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
D = os.path.join(HERE, "drafts")
EXPECTED = os.path.join(HERE, "expected")
TMP = "/tmp/heldout7a_build"
SCORE = "/work/shared/tools/score.py"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"


def pdf_text(path):
    if shutil.which("pdftotext"):
        return subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True, check=True).stdout
    from pdfminer.high_level import extract_text
    return extract_text(path)


def pdf_columns(path):
    """the text of each page read column by column (pdfminer characters, cut into pieces at gaps wider than
    6 pt, grouped by the piece's left edge, top to bottom): a borderless table's wrapped cell
    (`服务对象满意` / `度指标`) is contiguous here, not in the flat text."""
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


def docx_text(path):
    from docx import Document
    body = Document(path).element.body
    return "\n".join("".join(t.text or "" for t in p.iter(W + "t")) for p in body.iter(W + "p"))


def xlsx_text(path):
    from openpyxl import load_workbook
    wb = load_workbook(path, data_only=True)
    out = []
    for ws in wb.worksheets:
        if ws.sheet_state != "visible":
            continue
        out.append(ws.title)
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, (int, float)) and c.number_format == "#,##0.00":
                    v = f"{v:,.2f}"
                elif isinstance(v, float) and v.is_integer():
                    v = int(v)
                out.append(str(v))
    return "\n".join(out)


def odt_text(path):
    import xml.etree.ElementTree as ET
    root = ET.fromstring(zipfile.ZipFile(path).read("content.xml"))
    return "\n".join("".join(e.itertext()) for e in root.iter() if e.tag in (TXT + "p", TXT + "h"))


def text_of(path):
    ext = os.path.splitext(path)[1]
    return {".pdf": pdf_text, ".docx": docx_text, ".xlsx": xlsx_text, ".odt": odt_text}[ext](path)


def strings(g):
    d = g["document"]
    yield d["title"]; yield d["department"]
    for k in ("department_code", "compiled_by", "reviewed_by", "status"):
        if d.get(k): yield d[k]
    for p in g["projects"]:
        for k in ("title", "department", "department_code", "code", "name", "purpose", "implementing_unit"):
            if p.get(k): yield p[k]
        yield from p["goals"]
        for x in p["indicators"]:
            for k in ("level1", "level2", "level3", "description", "value_raw", "basis", "reference"):
                if x.get(k): yield x[k]
            if x.get("weight") is not None: yield str(x["weight"])


def norm(s):
    return re.sub(r"\s+", "", s)


def structure(stem, doc, g):
    """layout facts each draft is meant to have; returns a list of problems."""
    bad = []
    if stem.startswith("q1"):
        from pdfminer.high_level import extract_pages
        from pdfminer.layout import LTCurve
        lines = sum(1 for pg in extract_pages(doc) for el in pg if isinstance(el, LTCurve))   # LTLine/LTRect too
        raw = open(doc, "rb").read()
        if lines or b"STSong-Light" not in raw:
            bad.append(f"q1 should have no drawn lines/rects ({lines}) and the STSong-Light CID font")
    if stem.startswith(("q2", "q3")):
        from PIL import Image
        import numpy as np
        if stem.startswith("q2"):
            import pypdfium2 as pdfium
            pdf = pdfium.PdfDocument(doc)
            if any(pdf[i].get_textpage().get_text_range().strip() for i in range(len(pdf))):
                bad.append("q2 has a text layer")
            img = pdf[0].get_objects()
            im = [o for o in pdf[0].get_objects() if o.type == 3][0].get_bitmap().to_pil().convert("RGB")
            if abs(im.width / (pdf[0].get_width() / 72) - 150) > 2:
                bad.append(f"q2 page 1 is not 150 dpi: {im.width} px")
        else:
            tif = Image.open(doc)
            if tif.format != "TIFF" or tif.n_frames != 2 or round(tif.info.get("dpi", (0,))[0]) != 200:
                bad.append(f"q3: {tif.format} frames={getattr(tif, 'n_frames', 1)} dpi={tif.info.get('dpi')}")
            im = None
        if im is not None:
            a = np.asarray(im, np.int16)
            red = ((a[..., 0] > 150) & (a[..., 0] - a[..., 1] > 70) & (a[..., 0] - a[..., 2] > 70)).sum()
            if red < 2000:
                bad.append(f"q2: no red seal on page 1 ({red} red px)")
    if stem.startswith("q4"):
        from openpyxl import load_workbook
        f = load_workbook(doc); v = load_workbook(doc, data_only=True)
        forms = [(ws.title, c.coordinate) for ws in f.worksheets for row in ws.iter_rows() for c in row
                 if isinstance(c.value, str) and c.value.startswith("=")]
        uncached = [(t, a) for t, a in forms if v[t][a].value is None]
        sm = v["汇总"]
        total = [r for r in sm.iter_rows(values_only=True) if r[0] == "合计"]
        exp = round(sum(p["budget_total"] for p in g["projects"]), 2)
        merged = sum(len(ws.merged_cells.ranges) for ws in f.worksheets)
        if len(forms) < 10 or uncached or not total or round(total[0][2], 2) != exp or merged < 10:
            bad.append(f"q4: formulas={len(forms)} uncached={uncached} 合计={total} (want {exp}) merged={merged}")
    if stem.startswith("q5"):
        from docx import Document
        body = Document(doc).element.body
        multi = [tc for tc in body.iter(W + "tc") if len(tc.findall(W + "p")) >= 3]
        brs = [b for b in body.iter(W + "br") if b.getparent().getparent().getparent().tag == W + "tc"]
        sup = [v for v in body.iter(W + "vertAlign") if v.get(W + "val") == "superscript"]
        if not multi or not brs or len(sup) != 1:
            bad.append(f"q5: multi-paragraph cells={len(multi)} cell w:br={len(brs)} superscripts={len(sup)}")
    if stem.startswith("q6"):
        z = zipfile.ZipFile(doc)
        if z.read("mimetype") != b"application/vnd.oasis.opendocument.text":
            bad.append("q6 is not an .odt")
        t = norm(odt_text(doc))
        if not all(f"目标{i}:" in t for i in (1, 2, 3)) or t.count("年度履职目标") != 2:
            bad.append("q6: 目标1:…目标3: / 年度履职目标 tables missing")
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
        txt = norm(text_of(doc))
        if doc.endswith(".pdf"):
            txt += "|" + norm(pdf_columns(doc))
        miss, note = [s for s in strings(g) if norm(str(s)) not in txt], ""
    miss += structure(stem, doc, g)
    r = subprocess.run([sys.executable, SCORE, gp, gp], capture_output=True, text=True)
    f1 = json.loads(r.stdout)["f1"]
    n_ind = sum(len(p["indicators"]) for p in g["projects"])
    print(f"{os.path.basename(doc):42s} projects={len(g['projects'])} indicators={n_ind} self-F1={f1} "
          f"sha256={'ok' if sha_ok else 'STALE'} missing={miss} {note}")
    bad += bool(miss) or f1 != 1.0 or not sha_ok
sys.exit(1 if bad else 0)
