#!/usr/bin/env python3
"""Check the blind set: each gold is valid JSON, score.py self-F1 is 1.0, every printed string of each gold occurs
in its document's text (HTML entities decoded, whitespace ignored, the mirror's bracketed pinyin readings removed;
a 三级 name that wraps onto a second physical line is found piece by piece), and the negative has its one-line
refusal and no gold."""
import glob, html, json, os, re, subprocess, sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from kit import PY_RE, TRAD
from golds import G, REFUSE

D = os.path.join(HERE, "drafts")
EXPECTED = os.path.join(HERE, "expected")
SCORE = os.path.join(HERE, "..", "..", "..", "shared", "tools", "score.py")
if not os.path.exists(SCORE):
    SCORE = "/work/shared/tools/score.py"


def text_of(path):
    return PY_RE.sub("", html.unescape(open(path, encoding="utf-8").read()))


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
                      "printed_unit", "note"):
                if x.get(k): yield x[k]


def wraps():
    """printed pieces of wrapped cells, from the private `_wrap` keys of golds.py."""
    out = {}
    for g in G.values():
        for p in g["projects"]:
            for x in p["indicators"]:
                if "_wrap" in x:
                    out[x["level3"]] = x["_wrap"]
    return out


def norm(s):
    return re.sub(r"\s+", "", s)


bad = 0
W = wraps()
# *.simplified.gold.json: c5's facts read back to simplified (jixiao's convention for a mirror;
# make.py writes it from the same typed facts), not a page's print: not checked against the page.
for gp in sorted(p for p in glob.glob(os.path.join(EXPECTED, "*.gold.json")) if not p.endswith(".simplified.gold.json")):
    g = json.load(open(gp, encoding="utf-8"))
    doc = os.path.join(D, g["source"]["path"])
    txt = norm(text_of(doc))
    miss = []
    for s in strings(g):
        if norm(str(s)) in txt:
            continue
        if s in W and all(norm(piece) in txt for piece in W[s]) and "".join(W[s]) == s:
            continue
        miss.append(s)
    r = subprocess.run([sys.executable, SCORE, gp, gp], capture_output=True, text=True)
    f1 = json.loads(r.stdout)["f1"]
    n_ind = sum(len(p["indicators"]) for p in g["projects"])
    extra = ""
    if "trad" in gp:  # the mirror converts every character: no simplified form of a converted character is left
        left = sorted({ch for ch in text_of(doc) if ch in TRAD})
        extra = f" simplified-left={left}"
        bad += bool(left)
    print(f"{os.path.basename(doc):48s} projects={len(g['projects'])} indicators={n_ind} self-F1={f1} missing={miss}{extra}")
    bad += bool(miss) or f1 != 1.0

for stem in sorted(REFUSE):
    rp = os.path.join(EXPECTED, stem + ".refusal.txt")
    lines = open(rp, encoding="utf-8").read().splitlines()
    docs = glob.glob(os.path.join(D, stem + ".*"))
    txt = open(docs[0], encoding="utf-8").read() if len(docs) == 1 else ""
    ok = (len(lines) == 1 and lines[0].strip() and not os.path.exists(os.path.join(EXPECTED, stem + ".gold.json"))
          and all(w in txt for w in ("自评表", "实际完成值", "得分")))
    print(f"{os.path.basename(docs[0]) if docs else stem:48s} NEGATIVE refusal={lines!r} ok={ok}")
    bad += not ok

stems = {os.path.basename(p).split(".")[0] for p in glob.glob(os.path.join(D, "*"))}
exp = {os.path.basename(p).split(".")[0] for p in glob.glob(os.path.join(EXPECTED, "*"))}
if stems != exp or stems != set(G) | set(REFUSE):
    print("drafts and expected files do not match:", stems ^ exp)
    bad += 1
sys.exit(1 if bad else 0)
