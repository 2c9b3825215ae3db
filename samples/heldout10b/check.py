#!/usr/bin/env python3
"""Check the blind set heldout10b: valid JSON, source.sha256 matches the bytes, score.py self-F1 1.0, every printed
string of each gold found in its document's text, and each draft's quirk really present (structure()). Text of a
PDF: `pdftotext` when installed, else pdfminer, plus pypdfium2's text, plus (only when something is still missing)
a column-by-column reading of pdfminer's characters; of a .docx: python-docx paragraphs, headers and table cells;
of a .xlsx: openpyxl cell values of the project's own sheet (amounts compared as numbers). x3 is a NEGATIVE: its
refusal line is checked, and that the budget book holds no goal table. x4's page breaks are checked in a
LibreOffice rendering made here (/tmp/heldout10b_check, profile /tmp/lo_heldout10b). Nothing from jixiao is used."""
import glob, hashlib, json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from golds import X1_PAGES, X4_CN, X5_WATERMARK, X6_P
X6_SHEETS = ["封面", "目录"] + [p[0] for p in X6_P] + ["填报说明", "参数"]

D = os.path.join(HERE, "drafts")
EXPECTED = os.path.join(HERE, "expected")
CHK = "/tmp/heldout10b_check"
LO_PROFILE = "file:///tmp/lo_heldout10b"
SCORE = "/work/shared/tools/score.py"


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


def docx_text(path):
    from docx import Document
    d = Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            parts += [c.text for c in r.cells]
    for s in d.sections:
        parts += [p.text for p in s.header.paragraphs + s.footer.paragraphs]
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
    if (g.get("extra") or {}).get("duties"):
        yield g["extra"]["duties"]


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


def structure(stem, doc, g):
    bad = []
    from pypdf import PdfReader
    if stem.startswith("x1"):
        r = PdfReader(doc)
        if "LibreOffice" not in str((r.metadata or {}).get("/Producer", "")):
            bad.append("x1: not a LibreOffice PDF")
        pt = pdfium_pages(doc)
        if len(pt) < 40:
            bad.append(f"x1: {len(pt)} pages (< 40)")
        for n, t in enumerate(pt, 1):
            ls = [x.strip() for x in t.splitlines() if x.strip()]
            if not ls or ls[0] != g["document"]["department"] or not re.fullmatch(rf"第\s*{n}\s*页", ls[-1]):
                bad.append(f"x1 page {n}: running header / footer wrong ({ls[:1]} … {ls[-1:]})")
        # 目录 on pages 2 and 3: lines `title……page` with dot leaders, entries on both pages
        seen = {2: 0, 3: 0}
        for k, e in enumerate(g["toc"]):
            pre = f"{k - 3}、" if e["part"] == 2 else ""
            pat = re.escape(pre + e["title"]) + r"\s*\.{10,}\s*" + str(e["page"]) + r"\s*$"
            where = [n for n in (2, 3) if re.search(pat, pt[n - 1], re.M)]
            if not where:
                bad.append(f"x1: 目录 line for {e['title']} with dot leaders and page {e['page']} not found")
            else:
                seen[where[0]] += 1
            if norm(e["title"]) not in norm(pt[e["page"] - 1]):
                bad.append(f"x1: {e['title']} is not on page {e['page']}")
        if not (seen[2] and seen[3]):
            bad.append(f"x1: the 目录 does not span pages 2 and 3 ({seen})")
        head = "一级指标二级指标三级指标绩效指标描述指标值指标值确定依据"
        cont = sum(1 for p in g["projects"] if norm(pt[X1_PAGES[p["title"]]]).startswith(norm(g["document"]["department"]) + head))
        if cont < 10:
            bad.append(f"x1: only {cont} tables continue on the next page under a repeated header row")
        if len(g["sub_goals"]) != 6 or len(g["projects"]) != 15 or not all(8 <= len(p["indicators"]) <= 10 for p in g["projects"]):
            bad.append("x1: want 6 sub-goals and 15 projects of 8–10 indicators")
    if stem.startswith("x2") or stem.startswith("x3"):
        pt = [norm(t) for t in pdfium_pages(doc)]
        want = 10 if stem.startswith("x2") else 7
        if len(pt) != want:
            bad.append(f"{stem[:2]}: {len(pt)} pages, want {want}")
        for k, t in enumerate(["表一部门收支总表", "表二部门收入总表", "表三部门支出总表", "表四财政拨款支出表"]):
            if t not in pt[3 + k] or "4,091.42" not in pt[3 + k] and "4,056.42" not in pt[3 + k]:
                bad.append(f"{stem[:2]}: page {4 + k} is not {t} with its totals")
        if any("三级指标" in t or "一级指标" in t for t in pt[:7]):
            bad.append(f"{stem[:2]}: a goal table inside the budget book pages")
        if stem.startswith("x2"):
            for k in range(3):
                if not ("2025年项目支出绩效目标表" in pt[7 + k] and "三级指标" in pt[7 + k]
                        and norm(g["projects"][k]["name"]) in pt[7 + k]):
                    bad.append(f"x2: page {8 + k} is not project {k + 1}'s goal table")
        else:
            x2 = glob.glob(os.path.join(D, "x2_*.pdf"))
            if x2:
                a = [norm(t) for t in pdfium_pages(x2[0])][:7]
                diff = [k + 1 for k in range(7) if a[k] != pt[k]]
                if diff != [3]:
                    bad.append(f"x3: pages differing from x2's book pages: {diff} (want only the 说明 page 3)")
    if stem.startswith("x4"):
        from docx import Document
        from docx.oxml.ns import qn
        d = Document(doc)
        hs = [p.text for p in d.paragraphs if p.style.name == "Heading 2"]
        want = [f'（{X4_CN[p["seq"] - 1]}）{p["title"]}' for p in g["projects"]]
        if hs != want:
            bad.append(f"x4: Heading 2 paragraphs {hs[:3]}… differ from {want[:3]}…")
        if [p.text for p in d.paragraphs if p.style.name == "Heading 1"] != [g["document"]["title"]]:
            bad.append("x4: Heading 1 is not the document title")
        if len(d.tables) != 24 or not all(t.rows[0]._tr.trPr is not None and t.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
                                          for t in d.tables[1::2]):
            bad.append("x4: want 24 tables, every indicator table's first row a repeated header (w:tblHeader)")
        pdf = soffice(doc, CHK)
        pt = [norm(t) for t in pdfium_pages(pdf)]
        head = "一级指标二级指标三级指标指标值指标值设定依据"
        br = []
        for p in g["projects"]:
            start = min(n for n, t in enumerate(pt) if norm(want[p["seq"] - 1]) in t)
            pages = sorted({min(n for n, t in enumerate(pt) if n >= start and norm(x["level3"] + x["value_raw"]) in t)
                            for x in p["indicators"]})
            if len(pages) > 1:
                br.append(p["seq"])
                if not pt[pages[-1]].startswith(head):
                    bad.append(f"x4: project {p['seq']}'s continuation page does not start with the header row")
        if len(br) < 3:
            bad.append(f"x4: only {br} indicator tables run over a page break in LibreOffice")
    if stem.startswith("x5"):
        import pdfplumber
        wm = X5_WATERMARK.replace(" ", "")
        with pdfplumber.open(doc) as pdf:
            for k, pg in enumerate(pdf.pages):
                w = [c for c in pg.chars if abs(c["matrix"][1]) > 0.1]          # rotated glyphs
                grey = all(tuple(round(v, 2) for v in c["non_stroking_color"]) == (0.82, 0.82, 0.82) for c in w)
                text = "".join(c["text"] for c in w if c["text"].strip())
                top = min(l["top"] for l in pg.lines + pg.rects) if (pg.lines or pg.rects) else 0
                bottom = max(l["bottom"] for l in pg.lines + pg.rects) if (pg.lines or pg.rects) else 0
                over = sum(1 for c in w if top < c["top"] < bottom)
                if text != wm * 3 or not grey or over < 8:
                    bad.append(f"x5 page {k + 1}: watermark chars {text!r}, grey {grey}, {over} over the table")
            ordered = norm(pdf_text(doc))
            if ordered.count(wm[:2]) < 3 and ordered.count(wm[0]) < 6:
                bad.append("x5: the watermark is not in the text layer")
        for s in [s for p in g["projects"] for s in proj_strings(p)] + list(doc_strings(g)):
            if "内部资料" in s or "注意保密" in s:
                bad.append(f"x5: watermark text in the gold: {s}")
    if stem.startswith("x6"):
        from openpyxl import load_workbook
        wb = load_workbook(doc)
        if wb.sheetnames != X6_SHEETS:
            bad.append(f"x6: sheets {wb.sheetnames}")
        states = {ws.title: ws.sheet_state for ws in wb.worksheets}
        if states.pop("参数", None) != "hidden" or set(states.values()) != {"visible"}:
            bad.append(f"x6: sheet states {states}")
        for p in g["projects"]:
            ws = wb[p["name"]]
            if ws["A1"].value != p["title"] or not ws.data_validations.dataValidation:
                bad.append(f"x6: sheet {p['name']} has no title / no list validation")
        toc = wb["目录"]
        links = [c.hyperlink.location if c.hyperlink else None for c in toc["E"][1:7]]
        if links != [f"'{p['name']}'!A1" for p in g["projects"]]:
            bad.append(f"x6: 目录 links {links}")
    return bad


def xlsx_check(doc, g):
    from openpyxl import load_workbook
    wb = load_workbook(doc)
    miss = []
    cover = "|".join(norm(str(c.value)) for r in wb["封面"].iter_rows() for c in r if c.value is not None)
    miss += [s for s in (g["document"]["title"], g["document"]["department"]) if norm(s) not in cover]
    for p in g["projects"]:
        ws = wb[p["name"]]
        vals = [c.value for r in ws.iter_rows() for c in r if c.value is not None]
        txt = "|".join(norm(str(v)) for v in vals)
        miss += [s for s in proj_strings(p, money=False) if norm(s) not in txt]
        nums = {round(float(v), 2) for v in vals if isinstance(v, (int, float))}
        miss += [f"{k}={p[k]}" for k in ("budget_total", "budget_fiscal", "budget_other") if round(p[k], 2) not in nums]
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
        txt = norm(pdf_text(doc)) + "|" + norm("|".join(pdfium_pages(doc)))
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
    if len(lines) != 1 or not lines[0].startswith("拒绝提取：") or "预算" not in lines[0]:
        probs.append(f"refusal file: {lines}")
    if len(docs) != 1 or os.path.exists(os.path.join(EXPECTED, stem + ".gold.json")):
        probs.append("want exactly one draft and no gold")
    else:
        probs += structure(stem, docs[0], None)
    print(f"{os.path.basename(docs[0]) if docs else stem:46s} NEGATIVE refusal={'ok' if not probs else probs}")
    bad += bool(probs)
sys.exit(1 if bad else 0)
