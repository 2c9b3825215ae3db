#!/usr/bin/env python3
"""Check the blind set: each gold is valid JSON, its source.sha256 matches the draft, score.py self-F1 is 1.0,
every printed string of each gold occurs in its document's text (HTML tags dropped and entities decoded, whitespace
ignored; a cell that wraps inside a narrow column — e2 — is found as consecutive pieces in reading order), each
e1 row is found as its run of consecutive one-cell lines, each e2 indicator has its 三级 and 指标值 on one physical
line, and each negative has its one-line refusal, no gold, and the marks of its kind."""
import glob, hashlib, html, json, os, re, subprocess, sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from golds import G, REFUSE, NEG_FACTS

D = os.path.join(HERE, "drafts")
EXPECTED = os.path.join(HERE, "expected")
SCORE = os.path.join(HERE, "..", "..", "..", "shared", "tools", "score.py")
if not os.path.exists(SCORE):
    SCORE = "/work/shared/tools/score.py"


def text_of(path):
    t = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        t = re.sub(r"<[^>]+>", "", t)
    return html.unescape(t)


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
            for k in ("level1", "level2", "level3", "description", "value_raw", "basis", "baseline_raw", "reference",
                      "printed_unit", "sign"):
                if x.get(k): yield x[k]


def norm(s):
    return re.sub(r"\s+", "", s)


def cells_of(text):
    """the document's cells in reading order: lines cut at runs of 2+ spaces, tabs and pipes."""
    return [norm(c) for line in text.splitlines() for c in re.split(r" {2,}|\t|\|", line) if norm(c)]


def in_pieces(s, cells):
    """s is the concatenation of some cells, in reading order (a cell wrapped inside its column); the first
    piece may carry the item's numbering."""
    s = norm(s)
    for i, c in enumerate(cells):
        c = re.sub(r"^[0-9]+[.、]", "", c)  # a goal item's printed numbering (removed in the gold)
        if not c or not s.startswith(c) or c == s:
            continue
        rest, j = s[len(c):], i + 1
        while rest and j < len(cells):
            if rest.startswith(cells[j]):
                rest = rest[len(cells[j]):]
            j += 1
        if not rest:
            return True
    return False


def e1_rows(g, lines):
    """each 一体化 row is a run of consecutive lines (empty cells print nothing)."""
    bad = []
    for p in g["projects"]:
        for x in p["indicators"]:
            run = [x["level1"], x["level2"], x["level3"], x["sign"], x["value_raw"], x["printed_unit"],
                   str(x["weight"]), x["direction"] + "指标"]
            run = [c for c in run if c]
            if not any(lines[i:i + len(run)] == run for i in range(len(lines))):
                bad.append(x["level3"])
    return bad


def e2_rows(g, lines):
    bad = []
    for p in g["projects"]:
        for x in p["indicators"]:
            if not any(re.search(re.escape(x["level3"]) + r" {2,}" + re.escape(x["value_raw"]) + "$", ln)
                       for ln in lines):
                bad.append(x["level3"])
    return bad


bad = 0
for gp in sorted(glob.glob(os.path.join(EXPECTED, "*.gold.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    doc = os.path.join(D, g["source"]["path"])
    raw = text_of(doc)
    txt, cells = norm(raw), cells_of(raw)
    miss = [s for s in strings(g) if norm(str(s)) not in txt and not in_pieces(str(s), cells)]
    sha_ok = hashlib.sha256(open(doc, "rb").read()).hexdigest() == g["source"]["sha256"]
    r = subprocess.run([sys.executable, SCORE, gp, gp], capture_output=True, text=True)
    f1 = json.loads(r.stdout)["f1"]
    rows_bad = []
    if os.path.basename(doc).startswith("e1_"):
        rows_bad = e1_rows(g, raw.splitlines())
    if os.path.basename(doc).startswith("e2_"):
        rows_bad = e2_rows(g, raw.splitlines())
    n_ind = [len(p["indicators"]) for p in g["projects"]]
    print(f"{os.path.basename(doc):46s} projects={len(g['projects'])} indicators={n_ind} self-F1={f1} "
          f"sha={'ok' if sha_ok else 'BAD'} missing={miss} rows_not_found={rows_bad}")
    bad += bool(miss) or f1 != 1.0 or not sha_ok or bool(rows_bad)

for stem in sorted(REFUSE):
    rp = os.path.join(EXPECTED, stem + ".refusal.txt")
    lines = open(rp, encoding="utf-8").read().splitlines()
    docs = glob.glob(os.path.join(D, stem + ".*"))
    txt = open(docs[0], encoding="utf-8").read() if len(docs) == 1 else ""
    f = NEG_FACTS[stem]
    ok = (len(lines) == 1 and lines[0].strip() and not os.path.exists(os.path.join(EXPECTED, stem + ".gold.json"))
          and all(w in txt for w in f["must"]) and not any(w in txt for w in f["mustnot"]))
    if "blank" in stem:  # nothing filled in: the 项目名称 row holds only its label, every 指标值 cell is empty
        ok = ok and bool(re.search(r"^\| 项目名称 \|\s*\|", txt, re.M)) and not re.search(r"指标[12]： \| [^ |]", txt)
    print(f"{os.path.basename(docs[0]) if docs else stem:46s} NEGATIVE refusal={lines!r} ok={ok}")
    bad += not ok

stems = {os.path.basename(p).split(".")[0] for p in glob.glob(os.path.join(D, "*"))}
exp = {os.path.basename(p).split(".")[0] for p in glob.glob(os.path.join(EXPECTED, "*"))}
if stems != exp or stems != set(G) | set(REFUSE):
    print("drafts and expected files do not match:", stems ^ exp)
    bad += 1
print("OK" if not bad else f"{bad} problem(s)")
sys.exit(1 if bad else 0)
