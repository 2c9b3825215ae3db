#!/usr/bin/env python3
"""Check the blind set: valid JSON, source.sha256 matches the bytes, score.py self-F1 1.0, and every printed
string of each gold found in its document's text. Text of a PDF: `pdftotext` when installed, else pdfminer
(the scanned PDF has no text layer: its text check is skipped, and it is checked to HAVE no text). Text of
.doc / .xls: LibreOffice converts a copy to .odt / .ods under /tmp; .odt/.ods text is read from content.xml
(spreadsheet cells as LibreOffice displays them, number formats applied). Nothing from jixiao is used."""
import glob, hashlib, json, os, re, shutil, subprocess, sys, zipfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
D = os.path.join(HERE, "drafts")
EXPECTED = os.path.join(HERE, "expected")
SCORE = "/work/shared/tools/score.py"
TMP = "/tmp/heldout5a_check"
LO_PROFILE = "file:///tmp/lo_heldout5a"
TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"


def pdf_text(path):
    if shutil.which("pdftotext"):
        return subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True, check=True).stdout
    from pdfminer.high_level import extract_text
    return extract_text(path)


def odf_text(path):
    root = ET.fromstring(zipfile.ZipFile(path).read("content.xml"))
    out = []
    for el in root.iter():
        if el.tag in (f"{{{TEXT_NS}}}p", f"{{{TEXT_NS}}}h"):
            out.append("".join(el.itertext()))
    for el in root.iter():                      # sheet names
        name = el.get("{urn:oasis:names:tc:opendocument:xmlns:table:1.0}name")
        if name and el.tag.endswith("}table"):
            out.append(name)
    return "\n".join(out)


def via_lo(path, fmt):
    os.makedirs(TMP, exist_ok=True)
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", fmt,
                    "--outdir", TMP, path], capture_output=True, text=True, timeout=240)
    out = os.path.join(TMP, os.path.splitext(os.path.basename(path))[0] + "." + fmt)
    assert os.path.exists(out), out
    return odf_text(out)


def text_of(path):
    ext = os.path.splitext(path)[1]
    if ext == ".pdf":
        return pdf_text(path)
    if ext in (".odt", ".ods"):
        return odf_text(path)
    if ext == ".doc":
        return via_lo(path, "odt")
    if ext == ".xls":
        return via_lo(path, "ods")
    raise ValueError(path)


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
    sha_ok = hashlib.sha256(open(doc, "rb").read()).hexdigest() == g["source"]["sha256"]
    txt = norm(text_of(doc))
    if g["source"].get("ocr"):
        miss = [] if len(txt) < 20 else ["<scanned PDF has a text layer>"]
        note = "(scanned: text check skipped)"
    else:
        miss = [s for s in strings(g) if norm(str(s)) not in txt]
        note = ""
    r = subprocess.run([sys.executable, SCORE, gp, gp], capture_output=True, text=True)
    f1 = json.loads(r.stdout)["f1"]
    n_ind = sum(len(p["indicators"]) for p in g["projects"])
    print(f"{os.path.basename(doc):45s} projects={len(g['projects'])} indicators={n_ind} self-F1={f1} "
          f"sha256={'ok' if sha_ok else 'STALE'} missing={miss} {note}")
    bad += bool(miss) or f1 != 1.0 or not sha_ok
sys.exit(1 if bad else 0)
