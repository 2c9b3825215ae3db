#!/usr/bin/env python3
"""Check the blind set: each gold is valid JSON, its source.sha256 matches the draft, score.py self-F1 is 1.0, every
printed string of each gold occurs in its document's text (HTML tags dropped — also inside the Markdown of g1 —,
entities decoded, whitespace ignored; a cell wrapped inside a narrow column — g3 — found as consecutive pieces in
reading order), the money adds up, and the marks of each family are there (g1: escaped `&gt;`/`&lt;`, an image line,
rowspan/colspan; g2: the cost sub-table sums to the budget; g3: pages apart by form feeds with `- N -` footers that
agree with the TOC, prose lines at most 40 CJK characters, project 2's table runs over a page break; g4: every
indicator a pipe row ending 三级 | 上年度 | 本年度 | 指标解释; g5: two departments with different codes; g7: the odd
notations printed as value cells), and the negative has its one-line refusal, no gold, and the marks of its kind."""
import glob, hashlib, html, json, os, re, subprocess, sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from golds import G, REFUSE, NEG_FACTS
from kit import dw

D = os.path.join(HERE, "drafts")
EXPECTED = os.path.join(HERE, "expected")
SCORE = os.path.join(HERE, "..", "..", "..", "shared", "tools", "score.py")
if not os.path.exists(SCORE):
    SCORE = "/work/shared/tools/score.py"


def text_of(path):
    t = open(path, encoding="utf-8").read()
    if path.endswith((".html", ".md")):
        t = re.sub(r"<[^>]+>", " ", t)
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
    if g.get("extra", {}).get("duties"): yield g["extra"]["duties"]
    for p in g["projects"]:
        for k in ("title", "department", "department_code", "code", "name", "purpose", "implementing_unit",
                  "project_type", "project_nature", "measures"):
            if p.get(k): yield p[k]
        yield from p["goals"]
        yield from p.get("goals_mid_term") or []
        for c in p.get("extra", {}).get("cost_items", []):
            yield c["item"]; yield c["basis"]
        for x in p["indicators"]:
            for k in ("level1", "level2", "level3", "description", "value_raw", "basis", "baseline_raw", "reference"):
                if x.get(k): yield x[k]


def norm(s):
    return re.sub(r"\s+", "", s)


def cells_of(text):
    return [norm(c) for line in text.splitlines() for c in re.split(r" {2,}|\t|\|", line) if norm(c)]


def in_pieces(s, cells):
    s = norm(s)
    for i, c in enumerate(cells):
        c = re.sub(r"^[0-9]+[.、]", "", c)
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


def family(stem, g, raw_bytes, txt):
    """the marks of each family; returns a list of problems."""
    bad = []
    P = g["projects"]
    for p in P:
        if p["budget_fiscal"] is not None and abs(p["budget_fiscal"] + (p["budget_other"] or 0) - p["budget_total"]) > 1e-6:
            bad.append(f"money {p['seq']}")
        if not 8 <= len(p["indicators"]) <= 14:
            bad.append(f"indicator count {p['seq']}")
    if stem.startswith("g1_"):
        plain = re.sub(r"<[^>]+>", "", raw_bytes)
        if not ("&gt;" in raw_bytes and "&lt;" in raw_bytes and re.search(r"^!\[\]\(images/", raw_bytes, re.M)
                and "rowspan=" in raw_bytes and "colspan=" in raw_bytes and "<" not in plain and ">" not in plain):
            bad.append("g1 marks")
    if stem.startswith("g2_"):
        for p in P:
            if abs(sum(c["amount"] for c in p["extra"]["cost_items"]) - p["budget_total"]) > 1e-6:
                bad.append(f"cost items {p['seq']}")
        if "项目预算成本构成" not in txt or "当年预期实现值" not in txt or "绩效标准" not in txt:
            bad.append("g2 marks")
    if stem.startswith("g3_"):
        pages = raw_bytes.split("\f")
        foot = {}
        for k, pg in enumerate(pages):
            m = re.search(r"^ +- (\d+) -$", pg.rstrip("\n").splitlines()[-1])
            if m:
                foot[k] = int(m.group(1))
        for e in g["toc"]:
            where = [k for k, pg in enumerate(pages)
                     if re.search(r"^(?:[0-9]+、|[一二三四]、)?" + re.escape(e["title"]) + "$", pg, re.M)]
            if e["part"] == 1:
                where = [k for k, pg in enumerate(pages) if re.search(r"^[一二三四]、" + re.escape(e["title"]) + "$", pg, re.M)]
            if not where or foot.get(where[-1]) != e["page"]:
                bad.append(f"toc page {e['title']}")
        p2 = P[1]["indicators"]
        pg_of = lambda s: [k for k, pg in enumerate(pages) if s in pg]
        if pg_of(p2[0]["level3"]) == pg_of(p2[-1]["level3"]):
            bad.append("no page break inside table 2")
        for pg in pages[2:5]:
            for ln in pg.splitlines():
                if dw(ln.strip()) > 80:
                    bad.append("long prose line: " + ln[:20])
    if stem.startswith("g4_"):
        lines = raw_bytes.splitlines()
        for p in P:
            for x in p["indicators"]:
                want = [x["level3"], x["baseline_raw"] or "", x["value_raw"], x["description"]]
                if not any(re.search(r"^\| (?:[^|]+ \| ){0,2}" + re.escape(" | ".join(want)) + r" \|", ln) for ln in lines):
                    bad.append("g4 row " + x["level3"])
    if stem.startswith("g5_"):
        codes = re.findall(r"^单位名称（代码）：(\d+) ", raw_bytes, re.M)
        if len(set(codes)) != 2 or len({p["department_code"] for p in P}) != 2:
            bad.append("g5 two departments")
    if stem.startswith("g7_"):
        cells = {c for ln in raw_bytes.splitlines() for c in ln.split("\t")}
        for v in ["95%以上", "不低于95%", "≥95.0%", "100%（含）", "≤3个工作日", "0起", "≥1次/季度", "2024年6月30日前",
                  "较上年提高5个百分点", "±2%以内", "3-5天"]:
            if v not in cells:
                bad.append("g7 notation " + v)
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
    stem = os.path.basename(doc)
    fam = family(stem, g, open(doc, encoding="utf-8").read(), txt)
    n_ind = [len(p["indicators"]) for p in g["projects"]]
    print(f"{stem:46s} projects={len(g['projects'])} indicators={n_ind} self-F1={f1} "
          f"sha={'ok' if sha_ok else 'BAD'} missing={miss} family_problems={fam}")
    bad += bool(miss) or f1 != 1.0 or not sha_ok or bool(fam)

for stem in sorted(REFUSE):
    rp = os.path.join(EXPECTED, stem + ".refusal.txt")
    lines = open(rp, encoding="utf-8").read().splitlines()
    docs = glob.glob(os.path.join(D, stem + ".*"))
    txt = open(docs[0], encoding="utf-8").read() if len(docs) == 1 else ""
    f = NEG_FACTS[stem]
    ok = (len(lines) == 1 and lines[0].strip() and not os.path.exists(os.path.join(EXPECTED, stem + ".gold.json"))
          and all(w in txt for w in f["must"]) and not any(w in txt for w in f["mustnot"]))
    ok = ok and txt.splitlines()[0].endswith("项目支出绩效目标表")  # the misleading title comes first
    print(f"{os.path.basename(docs[0]) if docs else stem:46s} NEGATIVE refusal={lines!r} ok={ok}")
    bad += not ok

stems = {os.path.basename(p).split(".")[0] for p in glob.glob(os.path.join(D, "*"))}
exp = {os.path.basename(p).split(".")[0] for p in glob.glob(os.path.join(EXPECTED, "*"))}
if stems != exp or stems != set(G) | set(REFUSE):
    print("drafts and expected files do not match:", stems ^ exp)
    bad += 1
print("OK" if not bad else f"{bad} problem(s)")
sys.exit(1 if bad else 0)
