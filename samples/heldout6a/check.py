#!/usr/bin/env python3
"""Check the blind set: valid JSON, source.sha256 matches the bytes, score.py self-F1 1.0, and every printed
string of each gold found in its document's text. Text of a PDF: `pdftotext` when installed, else pdfminer;
.docx: every w:t of every paragraph of the body, nested tables included (python-docx's XML); .xlsx: the cells of
the VISIBLE sheets (openpyxl; the hidden old sheet is not read, an integer cell reads as its digits, a money cell
as `#,##0.00` would show it). The photographed form (.jpg) has no text: it is checked to be a JPEG that opens.
A few structural facts of the layouts are asserted too. Nothing from jixiao is used."""
import glob, hashlib, json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
D = os.path.join(HERE, "drafts")
EXPECTED = os.path.join(HERE, "expected")
SCORE = "/work/shared/tools/score.py"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def pdf_text(path):
    if shutil.which("pdftotext"):
        return subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True, check=True).stdout
    from pdfminer.high_level import extract_text
    return extract_text(path)


def docx_text(path):
    from docx import Document
    body = Document(path).element.body
    return "\n".join("".join(t.text or "" for t in p.iter(W + "t")) for p in body.iter(W + "p"))


def xlsx_text(path):
    from openpyxl import load_workbook
    wb = load_workbook(path)
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
                if isinstance(v, float) and c.number_format == "#,##0.00":
                    v = f"{v:,.2f}"
                elif isinstance(v, float) and v.is_integer():
                    v = int(v)
                out.append(str(v))
    return "\n".join(out)


def text_of(path):
    ext = os.path.splitext(path)[1]
    return {".pdf": pdf_text, ".docx": docx_text, ".xlsx": xlsx_text}[ext](path)


def strings(g):
    d = g["document"]
    yield d["title"]; yield d["department"]
    for k in ("department_code", "compiled_by", "reviewed_by", "status"):
        if d.get(k): yield d[k]
    for e in g["toc"]: yield e["title"]
    yield from g["overall_goals"]
    for s in g["sub_goals"]: yield from s.values()
    for s in g["safeguards"]: yield s["title"]; yield from s["text"].split("。对执行")   # 2 paragraphs in one item
    for p in g["projects"]:
        for k in ("title", "department", "department_code", "code", "name", "purpose", "implementing_unit"):
            if p.get(k): yield p[k]
        yield from p["goals"]
        yield from p.get("goals_mid_term") or []
        for x in p["indicators"]:
            for k in ("level1", "level2", "level3", "description", "value_raw", "basis", "baseline_raw", "reference"):
                if x.get(k): yield x[k]


def norm(s):
    return re.sub(r"\s+", "", s)


def structure(stem, doc):
    """layout facts each draft is meant to have; returns a list of problems."""
    bad = []
    if stem.startswith("p1"):
        from PIL import Image
        im = Image.open(doc)
        if im.format != "JPEG" or min(im.size) < 1500:
            bad.append(f"not a ~200 dpi JPEG: {im.format} {im.size}")
    if stem.startswith("p2"):
        from pdfminer.high_level import extract_text
        p2, p3 = (norm(extract_text(doc, page_numbers=[i])) for i in (1, 2))
        if "绿色防控覆盖率" not in p2 or not p3.startswith("病虫害监测预报准确率") or "一级指标" in p3:
            bad.append("project 2 does not continue on page 3 without a header row")
    if stem.startswith("p3"):
        from pdfminer.high_level import extract_text
        p2 = norm(extract_text(doc, page_numbers=[1]))
        if not ("城乡最低生活保障资金绩效目标表" in p2 and "社区居家养老服务补贴绩效目标表" in p2):
            bad.append("the two project tables are not on page 2")
    if stem.startswith("p4"):
        from docx import Document
        body = Document(doc).element.body
        nested = [t for t in body.iter(W + "tbl") if t.getparent().tag == W + "tc"]
        vm = sum(1 for _ in body.iter(W + "vMerge"))
        if len(nested) != 4 or not vm:
            bad.append(f"expected 4 nested tables with vMerge, got {len(nested)} / {vm}")
    if stem.startswith("p5"):
        from openpyxl import load_workbook
        wb = load_workbook(doc)
        states = {ws.title: ws.sheet_state for ws in wb.worksheets}
        if list(states.values()).count("hidden") != 1 or "填表说明" not in states:
            bad.append(f"sheets: {states}")
    return bad


bad = 0
for gp in sorted(glob.glob(os.path.join(EXPECTED, "*.gold.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    stem = os.path.basename(gp)[: -len(".gold.json")]
    doc = os.path.join(D, g["source"]["path"])
    sha_ok = hashlib.sha256(open(doc, "rb").read()).hexdigest() == g["source"]["sha256"]
    if g["source"]["format"] == "image":
        pre = os.path.join("/tmp/heldout6a_build", stem + ".pdf")      # the page that was photographed
        if os.path.exists(pre):
            txt = norm(pdf_text(pre))
            miss, note = [s for s in strings(g) if norm(str(s)) not in txt], "(photo: strings checked in its source PDF)"
        else:
            miss, note = [], "(photo: text check skipped, no build PDF in /tmp)"
    else:
        txt = norm(text_of(doc))
        miss, note = [s for s in strings(g) if norm(str(s)) not in txt], ""
    miss += structure(stem, doc)
    r = subprocess.run([sys.executable, SCORE, gp, gp], capture_output=True, text=True)
    f1 = json.loads(r.stdout)["f1"]
    n_ind = sum(len(p["indicators"]) for p in g["projects"])
    print(f"{os.path.basename(doc):42s} projects={len(g['projects'])} indicators={n_ind} self-F1={f1} "
          f"sha256={'ok' if sha_ok else 'STALE'} missing={miss} {note}")
    bad += bool(miss) or f1 != 1.0 or not sha_ok
sys.exit(1 if bad else 0)
