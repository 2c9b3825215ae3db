#!/usr/bin/env python3
"""Check the blind set heldout11b: valid JSON, source.sha256 matches the bytes, score.py self-F1 1.0, every printed
string of each gold found in its document's text, and each draft's quirk really present (structure()). Text of a
PDF: `pdftotext` when installed, else pdfminer, plus pypdfium2's text, plus pdfplumber's text after de-duplicating
overstruck glyphs, plus (only when something is still missing) a column-by-column reading of pdfminer's
characters; y1's pdfminer text is also checked after repairing the radicals Chromium's ToUnicode puts in place of
ideographs. Text of a .docx: python-docx paragraphs, table cells, headers, and the paragraphs inside text boxes
(w:txbxContent); of a .xlsx: openpyxl cell values of EVERY sheet (amounts and weights compared as numbers). y6 is a
NEGATIVE: its refusal line is checked, and that the monitoring table is what it is. y5 is also rendered here by
LibreOffice (/tmp/heldout11b_check, profile /tmp/lo_heldout11b) to see its text boxes print. Nothing from jixiao
is used."""
import glob, hashlib, json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from golds import Y1_PAGE_TITLE, Y4_SHEETS, Y4_SPLIT, Y6_SHEET, Y6_TITLE

D = os.path.join(HERE, "drafts")
EXPECTED = os.path.join(HERE, "expected")
CHK = "/tmp/heldout11b_check"
LO_PROFILE = "file:///tmp/lo_heldout11b"
SCORE = "/work/shared/tools/score.py"
HEAD5 = "一级指标二级指标三级指标指标值指标值设定依据"
RADSUP = {"⺠": "民", "⻋": "车", "⻓": "长", "⻔": "门", "⻚": "页"}     # CJK Radicals Supplement: no NFKC mapping


def norm(s):
    return re.sub(r"\s+", "", s)


def pdfium_pages(path):
    import pypdfium2 as pdfium
    d = pdfium.PdfDocument(path)
    return [d[i].get_textpage().get_text_range() for i in range(len(d))]


def pdf_text(path):
    if shutil.which("pdftotext"):
        return subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True, check=True).stdout
    from pdfminer.high_level import extract_text
    return extract_text(path)


def plumber_dedup(path):
    import pdfplumber
    with pdfplumber.open(path) as pdf:
        return "\n".join(pg.dedupe_chars(tolerance=1).extract_text() or "" for pg in pdf.pages)


def pdf_columns(path):
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


def textbox_paras(d):
    """text of the paragraphs inside text boxes, each box once (Word writes it twice: wps and VML fallback)."""
    from docx.oxml.ns import qn
    seen, out = set(), []
    for tb in d.element.body.iter(qn("w:txbxContent")):
        t = "|".join("".join(x.text or "" for x in p.iter(qn("w:t"))) for p in tb.iter(qn("w:p")))
        if t not in seen:
            seen.add(t)
            out.append(t)
    return out


def docx_text(path):
    from docx import Document
    d = Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            parts += [c.text for c in r.cells]
    for s in d.sections:
        parts += [p.text for p in s.header.paragraphs + s.footer.paragraphs]
    parts += textbox_paras(d)
    return "|".join(norm(x) for x in parts)


def doc_strings(g):
    d = g["document"]
    for k in ("title", "department", "department_code", "compiled_by", "reviewed_by", "status"):
        if d.get(k): yield d[k]
    for e in g["toc"]:
        yield e["title"]
    yield from g["overall_goals"]
    for s in g["sub_goals"]:
        yield from (s["title"], s["goal"], s["indicator"])
    for s in g["safeguards"]:
        yield from (s["title"], s["text"])


def proj_strings(p, money=True):
    for k in ("title", "department", "department_code", "code", "name", "purpose", "implementing_unit"):
        if p.get(k): yield p[k]
    if money:
        for k in ("budget_total", "budget_fiscal", "budget_other"):
            if p.get(k) is not None: yield f"{p[k]:.2f}"
        for e in p["spending_plan"]:
            yield f'{e["month"]}月底'; yield f'{e["pct"]:.2f}'
    yield from p["goals"]
    for x in p["indicators"]:
        for k in ("level1", "level2", "level3", "description", "value_raw", "basis", "reference"):
            if x.get(k): yield x[k]


def soffice(src, outdir):
    os.makedirs(outdir, exist_ok=True)
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", "pdf", "--outdir",
                    outdir, src], capture_output=True, text=True, timeout=240)
    return os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + ".pdf")


def row_pages(pt, p):
    """page index of each indicator row (三级 + 指标值 + 依据 found together)."""
    return [min((n for n, t in enumerate(pt) if norm(x["level3"] + x["value_raw"] + (x["basis"] or "")) in t), default=None)
            for x in p["indicators"]]


def structure(stem, doc, g):
    bad = []
    from pypdf import PdfReader
    if stem.startswith("y1"):
        r = PdfReader(doc)
        meta = r.metadata or {}
        if not str(meta.get("/Producer", "")).startswith("Skia/PDF") or "HeadlessChrome" not in str(meta.get("/Creator", "")):
            bad.append(f"y1: not a headless-Chromium PDF ({meta.get('/Producer')}, {meta.get('/Creator')})")
        raw = pdfium_pages(doc)
        pt = [norm(t) for t in raw]
        N = len(pt)
        for n, t in enumerate(raw, 1):
            ls = [x.strip() for x in t.splitlines() if x.strip()]
            date = [x for x in ls if re.match(r"\d{1,2}/\d{1,2}/\d{2}, \d{1,2}:\d{2} [AP]M\s+" + re.escape(Y1_PAGE_TITLE) + "$", x)]
            url = [x for x in ls if re.match(r"file:///\S+\.html\s+" + f"{n}/{N}$", x)]
            if not date or not url:
                bad.append(f"y1 page {n}: Chromium header (date + page title) / footer (URL + {n}/{N}) missing")
        if sum(t.count(HEAD5) for t in pt) != len(g["projects"]) + 1:
            bad.append("y1: want one indicator header per table plus ONE repeated <thead>")
        cont = []
        for p in g["projects"]:
            pg = row_pages(pt, p)
            if None in pg:
                bad.append(f"y1: project {p['seq']} has rows not found on any page")
                continue
            if len(set(pg)) > 1:
                k = pg.index(max(pg))
                x = p["indicators"][k]
                t = pt[max(pg)]
                cont.append((p["seq"], k + 1))
                if not (t.index(HEAD5) < t.index(norm(x["level3"] + x["value_raw"])) and t.startswith(HEAD5)):
                    bad.append(f"y1: project {p['seq']}'s continuation page does not start with the repeated header")
                if x["level1"] == p["indicators"][k - 1]["level1"] and x["level2"] == p["indicators"][k - 1]["level2"]:
                    if norm(x["level1"] + x["level2"] + x["level3"]) in t:
                        bad.append("y1: the continued row prints its level names again (want blank rowspan slices)")
                else:
                    bad.append("y1: the break does not fall inside a 一级/二级 group")
        if [c[0] for c in cont] != [3]:
            bad.append(f"y1: tables over a page break {cont}, want project 3 only")
        # Skia's /ToUnicode maps glyphs that Noto CJK shares with radical code points to the RADICALS (⼀ U+2F00 for
        # 一, ⽬ U+2F6C for 目, ⻔ U+2ED4 for 门): pdfminer reads them, pdfium does not; NFKC repairs the Kangxi ones only
        import unicodedata
        from pdfminer.high_level import extract_text
        mined = extract_text(doc)
        rad = re.findall("[\u2e80-\u2fdf]", mined)
        sup = {c for c in rad if unicodedata.normalize("NFKC", c) == c}
        repair = {c: (RADSUP.get(c) if c in sup else unicodedata.normalize("NFKC", c)) for c in set(rad)}
        fixed = norm(mined.translate(str.maketrans(repair)))
        lost = [s for p in g["projects"] for s in proj_strings(p) if norm(s) not in fixed]
        in_pdfium = sum(len(re.findall("[\u2e80-\u2fdf]", t)) for t in raw)
        if len(rad) < 100 or not {"⻔", "⻋", "⻓"} <= sup or in_pdfium or lost:
            bad.append(f"y1: radicals in pdfminer's text {len(rad)} (supplement {sorted(sup)}), in pdfium's "
                       f"{in_pdfium}; not found after repair: {lost[:3]}")
        if norm("⼀级指标⼆级指标") not in norm(mined) or "项⽬名称" not in norm(mined):
            bad.append("y1: pdfminer does not read `⼀级指标` / `项⽬名称` with radicals")
        p2 = g["projects"][1]
        if not (norm(p2["name"]) in pt[0] and "其他资金260.00" in pt[1] and "其他资金260.00" not in pt[0]):
            bad.append("y1: project 2's key/value table does not run from page 1 onto page 2")
        for p in g["projects"]:
            if norm("1." + p["goals"][0]) not in "".join(pt) or re.match(r"\d", p["goals"][0]):
                bad.append(f"y1: project {p['seq']}: no list marker `1.` before the first goal (an <ol> marker)")
    if stem.startswith("y2"):
        import pdfplumber
        from pypdf.generic import ContentStream
        r = PdfReader(doc)
        if "PScript5" not in str((r.metadata or {}).get("/Creator", "")):
            bad.append("y2: Creator is not the printer driver")
        for k, page in enumerate(r.pages):
            ops = ContentStream(page.get_contents(), r).operations
            tj = [ops_[0][0] for ops_ in ops if ops_[1] == b"Tj"]
            multi = [s for s in tj if len(bytes(s.original_bytes if hasattr(s, "original_bytes") else s)) != 2]
            if not tj or multi or any(o[1] == b"TJ" for o in ops):
                bad.append(f"y2 page {k + 1}: {len(multi)} text-show operators carry more than one glyph")
        with pdfplumber.open(doc) as pdf:
            for k, pg in enumerate(pdf.pages):
                ch = pg.chars
                title = g["projects"][k]["title"]
                t0 = [c for c in ch if c["size"] > 15]
                pairs = [(a, b) for a, b in zip(t0[::2], t0[1::2]) if a["text"] == b["text"] and abs(b["x0"] - a["x0"] - 0.35) < 0.02]
                if "".join(c["text"] for c in t0[::2]) != title or len(pairs) != len(title):
                    bad.append(f"y2 page {k + 1}: the title is not overstruck glyph by glyph (0.35 pt)")
                gaps = [b["x0"] - a["x1"] for a, b in zip(t0[::2], t0[2::2])]
                if min(gaps) < 6:
                    bad.append(f"y2 page {k + 1}: the title is not letter-spaced")
                dd = pg.dedupe_chars(tolerance=1).chars           # stream order, one glyph per overstrike pair
                spread = 0
                for word in ("项目名称", "主管部门", "一级指标", "三级指标", "指标值"):
                    for i in range(len(dd) - len(word) + 1):
                        run = dd[i:i + len(word)]
                        if "".join(c["text"] for c in run) == word and len({round(c["top"]) for c in run}) == 1:
                            if min(q["x0"] - p_["x1"] for p_, q in zip(run, run[1:])) > 6:
                                spread += 1
                            break
                if spread < 5:
                    bad.append(f"y2 page {k + 1}: only {spread} of 5 labels are spaced out over their cells")
                name0 = g["projects"][k]["name"][0]
                first_val = min(i for i, c in enumerate(ch) if c["text"] == name0 and abs(c["size"] - 9.5) < 0.01)
                last_lab = max(i for i, c in enumerate(ch) if c["text"] == "据")
                if not last_lab < first_val:
                    bad.append(f"y2 page {k + 1}: the labels are not all drawn before the values (stream order)")
    if stem.startswith("y3"):
        import pdfplumber
        r = PdfReader(doc)
        root = r.trailer["/Root"]
        xmp = root["/Metadata"].get_object().get_data().decode("utf-8", "replace")
        if "<pdfaid:part>2</pdfaid:part>" not in xmp or "<pdfaid:conformance>B</pdfaid:conformance>" not in xmp:
            bad.append("y3: XMP does not claim PDF/A-2b")
        if "/StructTreeRoot" not in root or not root.get("/MarkInfo", {}).get("/Marked"):
            bad.append("y3: not a tagged PDF (no /StructTreeRoot or /MarkInfo /Marked true)")
        if "/OutputIntents" not in root or "LibreOffice" not in str((r.metadata or {}).get("/Producer", "")):
            bad.append("y3: no output intent / not made by LibreOffice")
        for k, page in enumerate(r.pages):
            c = page.get_contents().get_data().decode("latin-1")
            dashed = len(re.findall(r"\[\s*[\d.]+\s+[\d.]+\s*\]\s*0\s+d", c))
            if dashed < 20 or "/Artifact" not in c or "/MCID" not in c:
                bad.append(f"y3 page {k + 1}: {dashed} dashed strokes / no artifact-marked rules / no marked text")
        with pdfplumber.open(doc) as pdf:
            for k, pg in enumerate(pdf.pages):
                hl = sorted(l["top"] for l in pg.lines if abs(l["top"] - l["bottom"]) < 0.3 and l["x1"] - l["x0"] > 400)
                doubles = [(a, b) for a, b in zip(hl, hl[1:]) if 1.0 < b - a < 2.5]
                if len(doubles) < 2:
                    bad.append(f"y3 page {k + 1}: the table's outer rules are not double (top and bottom)")
                if norm(g["projects"][k]["department"]) not in norm(pg.extract_text() or ""):
                    bad.append(f"y3 page {k + 1}: not unit {k + 1}'s table")
        if len(r.pages) != 2:
            bad.append(f"y3: {len(r.pages)} pages, want 2")
    if stem.startswith("y4"):
        from openpyxl import load_workbook
        wb = load_workbook(doc)
        if wb.sheetnames != Y4_SHEETS or any(ws.sheet_state != "visible" for ws in wb.worksheets):
            bad.append(f"y4: sheets {wb.sheetnames}")
        a, b = wb[Y4_SHEETS[0]], wb[Y4_SHEETS[1]]
        p1, p2 = g["projects"]
        if a["A1"].value != p1["title"] or b["A1"].value != p1["title"] + "（续表）":
            bad.append("y4: sheet titles are not the form title / the form title +（续表）")
        for ws in (a, b):
            names = [r for r in ws.iter_rows() if r[0].value == "项目名称" and r[1].value == p1["name"] and r[4].value == p1["code"]]
            if len(names) != 1:
                bad.append(f"y4: sheet {ws.title} does not repeat project 1's 项目名称/项目编码 row")
        heads = {ws.title: sum(1 for r in ws.iter_rows() if [c.value for c in r[:5]] == ["一级指标", "二级指标", "三级指标", "指标值", "分值"])
                 for ws in (a, b)}
        if heads != {Y4_SHEETS[0]: 1, Y4_SHEETS[1]: 2}:
            bad.append(f"y4: indicator header rows per sheet {heads}")
        def l3_rows(ws):
            return [r[2].value for r in ws.iter_rows() if r[2].value in {x["level3"] for x in p1["indicators"]}]
        if l3_rows(a) != [x["level3"] for x in p1["indicators"][:Y4_SPLIT]] or \
           l3_rows(b) != [x["level3"] for x in p1["indicators"][Y4_SPLIT:]]:
            bad.append("y4: project 1's rows are not split 1–%d / %d–16 over the two sheets" % (Y4_SPLIT, Y4_SPLIT + 1))
        first = next(r for r in b.iter_rows() if r[2].value == p1["indicators"][Y4_SPLIT]["level3"])
        x = p1["indicators"][Y4_SPLIT]
        if (first[0].value, first[1].value) != (x["level1"], x["level2"]) or \
           (p1["indicators"][Y4_SPLIT - 1]["level1"], p1["indicators"][Y4_SPLIT - 1]["level2"]) != (x["level1"], x["level2"]):
            bad.append("y4: the split does not fall inside a group whose level names are printed again on 第2页")
        if any(sum(i["weight"] for i in p["indicators"]) != 100 for p in g["projects"]):
            bad.append("y4: weights do not add up to 100 per project")
    if stem.startswith("y5"):
        import zipfile
        from docx import Document
        d = Document(doc)
        plain = "|".join(norm(p.text) for p in d.paragraphs) + "|".join(norm(c.text) for t in d.tables for r in t.rows for c in r.cells)
        title, code = g["document"]["title"], g["document"]["department_code"]
        if title in plain or "部门编码" in plain:
            bad.append("y5: the title block is visible to python-docx paragraphs/tables (want it only in text boxes)")
        xml = zipfile.ZipFile(doc).read("word/document.xml").decode("utf-8")
        n_wps, n_vml = xml.count("<wps:txbx>"), xml.count("<v:textbox>")
        if xml.count(title) != 2 * len(g["projects"]) or n_wps != len(g["projects"]) or n_vml != len(g["projects"]):
            bad.append(f"y5: want the title twice per text box (wps + VML fallback): {xml.count(title)}, {n_wps}, {n_vml}")
        tb = textbox_paras(d)
        if not tb or not all(t.startswith(f"{title}|部门编码：{code}") and t.endswith("单位：万元") for t in tb) \
                or len(d.tables) != 2 * len(g["projects"]):
            bad.append(f"y5: text boxes {tb} / {len(d.tables)} tables")
        pdf = soffice(doc, CHK)
        pt = norm("".join(pdfium_pages(pdf)))
        if pt.count(title) != len(g["projects"]) or pt.count("部门编码：" + code) != len(g["projects"]):
            bad.append(f"y5: LibreOffice prints the title {pt.count(title)}× (want once per project)")
    if stem.startswith("y6"):
        r = PdfReader(doc)
        meta = r.metadata or {}
        if "LibreOffice" not in str(meta.get("/Producer", "")) or "Calc" not in str(meta.get("/Creator", "")):
            bad.append(f"y6: not printed by LibreOffice Calc ({meta})")
        raw = pdfium_pages(doc)
        t = norm("".join(raw))
        for w in (Y6_TITLE, "1-7月执行数", "执行率", "1-7月实际完成值", "全年预计完成值", "偏差原因分析", "完成目标可能性"):
            if norm(w) not in t:
                bad.append(f"y6: `{w}` not printed")
        ls = [x.strip() for x in raw[0].splitlines() if x.strip()]
        if not any(re.fullmatch(re.escape(Y6_SHEET) + r"\s+\d{2}/\d{2}/\d{4}", x) for x in ls) or "第1页，共1页" not in t:
            bad.append("y6: Calc's page header (sheet name, date) / footer (第 1 页，共 1 页) missing")
        if "绩效目标表" in t:
            bad.append("y6: the monitoring table calls itself a goal table")
    return bad


def xlsx_check(doc, g):
    from openpyxl import load_workbook
    wb = load_workbook(doc)
    vals = [c.value for ws in wb.worksheets for r in ws.iter_rows() for c in r if c.value is not None]
    txt = "|".join(norm(str(v)) for v in vals)
    nums = {round(float(v), 2) for v in vals if isinstance(v, (int, float))}
    miss = [s for s in doc_strings(g) if norm(s) not in txt]
    for p in g["projects"]:
        miss += [s for s in proj_strings(p, money=False) if norm(s) not in txt]
        miss += [f"{k}={p[k]}" for k in ("budget_total", "budget_fiscal", "budget_other") if round(p[k], 2) not in nums]
        miss += [f"weight {x['weight']}" for x in p["indicators"] if x.get("weight") is not None and x["weight"] not in nums]
    return miss


import logging
logging.getLogger("pdfminer").setLevel(logging.ERROR)
bad = 0
for gp in sorted(glob.glob(os.path.join(EXPECTED, "*.gold.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    stem = os.path.basename(gp)[: -len(".gold.json")]
    doc = os.path.join(D, g["source"]["path"])
    sha_ok = hashlib.sha256(open(doc, "rb").read()).hexdigest() == g["source"]["sha256"]
    want = list(doc_strings(g)) + [s for p in g["projects"] for s in proj_strings(p)]
    if doc.endswith(".pdf"):
        txt = norm(pdf_text(doc)) + "|" + norm("|".join(pdfium_pages(doc))) + "|" + norm(plumber_dedup(doc))
        miss = [s for s in want if norm(str(s)) not in txt]
        if miss:
            txt += "|" + norm(pdf_columns(doc))
            miss = [s for s in want if norm(str(s)) not in txt]
    elif doc.endswith(".docx"):
        txt = docx_text(doc)
        miss = [s for s in want if norm(str(s)) not in txt]
    else:
        miss = xlsx_check(doc, g)
    miss += structure(stem, doc, g)
    r = subprocess.run([sys.executable, SCORE, gp, gp], capture_output=True, text=True)
    f1 = json.loads(r.stdout)["f1"]
    n_ind = sum(len(p["indicators"]) for p in g["projects"])
    print(f"{os.path.basename(doc):46s} pages={g['source']['pages']} projects={len(g['projects'])} "
          f"indicators={n_ind} self-F1={f1} sha256={'ok' if sha_ok else 'STALE'} missing={miss}")
    bad += bool(miss) or f1 != 1.0 or not sha_ok
for rp in sorted(glob.glob(os.path.join(EXPECTED, "*.refusal.txt"))):
    stem = os.path.basename(rp)[: -len(".refusal.txt")]
    lines = open(rp, encoding="utf-8").read().splitlines()
    docs = glob.glob(os.path.join(D, stem + ".*"))
    probs = []
    if len(lines) != 1 or not lines[0].startswith("拒绝提取：") or "预算" not in lines[0] or "监控" not in lines[0]:
        probs.append(f"refusal file: {lines}")
    if len(docs) != 1 or os.path.exists(os.path.join(EXPECTED, stem + ".gold.json")):
        probs.append("want exactly one draft and no gold")
    else:
        probs += structure(stem, docs[0], None)
    print(f"{os.path.basename(docs[0]) if docs else stem:46s} NEGATIVE refusal={'ok' if not probs else probs}")
    bad += bool(probs)
sys.exit(1 if bad else 0)
