#!/usr/bin/env python3
"""Check the blind set: valid JSON, score.py self-F1 1.0, every printed string of each gold found in
its document's text (docx: paragraphs and cells; xlsx: cells shown with their number formats)."""
import glob, html, json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
D = os.path.join(HERE, "drafts")
EXPECTED = os.path.join(HERE, "expected")
SCORE = os.path.join(HERE, "..", "..", "tests", "score.py")  # the vendored copy of ../shared/tools/score.py


def xlsx_text(path):
    import openpyxl
    wb = openpyxl.load_workbook(path)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows():
            for c in row:
                v, f = c.value, c.number_format
                if v is None:
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    if f == "0%":
                        v = f"{v * 100:.0f}%"
                    elif f == "0.0%":
                        v = f"{v * 100:.1f}%"
                    elif f == "#,##0.00":
                        v = f"{v:,.2f}"
                    elif f == "#,##0":
                        v = f"{v:,.0f}"
                out.append(str(v))
    return "\n".join(out)


def docx_text(path):
    import docx
    d = docx.Document(path)
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            for c in r.cells:
                out.append(c.text)
    return "\n".join(out)


def text_of(path):
    if path.endswith(".xlsx"):
        return xlsx_text(path)
    if path.endswith(".docx"):
        return docx_text(path)
    return html.unescape(open(path, encoding="utf-8").read())


def strings(g):
    d = g["document"]
    yield d["title"]; yield d["department"]
    for k in ("department_code", "compiled_by", "reviewed_by", "status"):
        if d.get(k): yield d[k]
    for e in g["toc"]: yield e["title"]
    yield from g["overall_goals"]
    for s in g["sub_goals"]: yield from s.values()
    for s in g["safeguards"]: yield from s.values()
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


bad = 0
for gp in sorted(glob.glob(os.path.join(EXPECTED, "*.gold.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    doc = os.path.join(D, g["source"]["path"])
    txt = norm(text_of(doc))
    miss = [s for s in strings(g) if norm(str(s)) not in txt]
    r = subprocess.run([sys.executable, SCORE, gp, gp], capture_output=True, text=True)
    f1 = json.loads(r.stdout)["f1"]
    n_ind = sum(len(p["indicators"]) for p in g["projects"])
    print(f"{os.path.basename(doc):45s} projects={len(g['projects'])} indicators={n_ind} self-F1={f1} missing={miss}")
    bad += bool(miss) or f1 != 1.0
sys.exit(1 if bad else 0)
