#!/usr/bin/env python3
"""Check the blind set heldout16b: valid JSON, source.sha256 matches the bytes, score.py self-F1 1.0, every printed
string of each gold found in its PDF's own text, and each draft's producer quirk really present (structure()).

Readers (none from jixiao): pdfminer.six `extract_text` per page and pypdfium2's text page (stream order); a string
counts when either has it (whitespace ignored). pdfplumber (chars, lines, curves, search) and the raw content streams
(pypdf) are used for the quirk assertions. `--selftest` runs every quirk assertion against the five OTHER drafts and
against a mutated gold, and the string check against a gold with a 三级 renamed, and reports that each fails there."""
import copy, glob, hashlib, io, json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from golds import G, NAMES, K2_SPLIT, K6_COMMENTS

D = os.path.join(HERE, "drafts")
EXPECTED = os.path.join(HERE, "expected")
SCORE = "/work/shared/tools/score.py"
_cache = {}


def norm(s):
    return re.sub(r"\s+", "", str(s))


def texts(doc):
    """per page: (pdfminer text, pdfium text)"""
    if doc not in _cache:
        from pdfminer.high_level import extract_text
        import pypdfium2 as pdfium
        pd = pdfium.PdfDocument(doc)
        out = []
        for i in range(len(pd)):
            out.append((extract_text(doc, page_numbers=[i]), pd[i].get_textpage().get_text_range()))
        _cache[doc] = out
    return _cache[doc]


def producer(doc):
    from pypdf import PdfReader
    return str(PdfReader(doc).metadata.get("/Producer", ""))


def streams(doc):
    from pypdf import PdfReader
    return [p.get_contents().get_data() for p in PdfReader(doc).pages]


def gold_strings(g):
    d = g["document"]
    for k in ("title", "department", "department_code"):
        if d.get(k): yield d[k]
    for p in g["projects"]:
        for k in ("title", "department", "department_code", "code", "name", "implementing_unit"):
            if p.get(k): yield p[k]
        for k in ("budget_total", "budget_fiscal", "budget_other"):
            yield "%.2f" % p[k]
        yield from p["goals"]
        for x in p["indicators"]:
            for k in ("level1", "level2", "level3", "value_raw", "basis"):
                if x.get(k): yield x[k]


def split_row(stem, g):
    if not stem.startswith("k2"):
        return None
    pj, seq, keep = K2_SPLIT
    return g["projects"][pj]["indicators"][seq - 1]["level3"]


def broken(s, pages):
    """s printed broken over two consecutive pages: a head at the end of one page, the rest on the next"""
    for a, b in zip(pages, pages[1:]):
        for i in range(2, len(s) - 1):
            if s[:i] in a and s[i:] in b:
                return True
    return False


def missing(doc, g, stem):
    tp = texts(doc)
    pages = [norm(a) + "|" + norm(b) for a, b in tp]
    alltxt = "|".join(pages)
    sp = split_row(stem, g)
    miss = []
    for s in gold_strings(g):
        n = norm(s)
        if n in alltxt:
            continue
        if s == sp and broken(n, [norm(b) for a, b in tp]):
            continue
        miss.append(s)
    return miss


def plumber(doc):
    import pdfplumber
    key = ("pl", doc)
    if key not in _cache:
        _cache[key] = pdfplumber.open(doc)
    return _cache[key]


def structure(stem, doc, g):
    bad = []
    prod = producer(doc)
    pl = plumber(doc)
    tp = texts(doc)
    if stem.startswith("k1"):
        if "Excel® 2016" not in prod:
            return [f"k1: producer {prod!r}"]
        chars = [c for p in pl.pages for c in p.chars]
        tiny = sum(c["size"] <= 6 for c in chars)
        if tiny < 0.9 * len(chars):
            bad.append(f"k1: {tiny}/{len(chars)} characters at ≤ 6 pt")
        nseg = sum(len(p.lines) for p in pl.pages)
        longest = max(max(abs(l["x1"] - l["x0"]), abs(l["bottom"] - l["top"])) for p in pl.pages for l in p.lines)
        full = max(abs(r["x1"] - r["x0"]) for r in pl.pages[0].lines)
        if nseg < 300 or longest > 460:
            bad.append(f"k1: {nseg} rule segments, longest {longest:.0f} pt (want ≥ 300 short separate segments)")
        raw = b"".join(streams(doc))
        if len(re.findall(rb" m [\d.]+ [\d.]+ l S", raw)) < 300:
            bad.append("k1: rules are not separate m…l S paths")
        n = len(tp)
        for i, (a, b) in enumerate(tp):
            if f"第 {i + 1} 页，共 {n} 页" not in a:
                bad.append(f"k1: page {i + 1} lacks the footer")
        l0 = [l for l in tp[0][1].splitlines()[:2]]
        l1 = [l for l in tp[-1][1].splitlines()[:2]] if n > 1 else []
        if n != 2 or l0 != l1 or not l0[0].startswith(g["document"]["title"]):
            bad.append("k1: page 2 does not repeat the print-title rows (title + department line)")
        nlab = sum(norm(b).count("项目名称") for a, b in tp)
        if nlab != len(g["projects"]):
            bad.append(f"k1: {nlab} 项目名称 blocks for {len(g['projects'])} gold projects")
    if stem.startswith("k2"):
        if "Word 2019" not in prod:
            return [f"k2: producer {prod!r}"]
        sp = split_row(stem, g)
        pages = [norm(b) for a, b in tp]
        if len(pages) != 2 or any(norm(sp) in p for p in pages) or not broken(norm(sp), pages):
            bad.append("k2: the split 三级 is not printed broken over pages 1 → 2")
        top2 = tp[1][1].splitlines()[0] if len(tp) > 1 else ""
        if not top2.startswith("一级指标"):
            bad.append("k2: page 2 does not start with the repeated header row")
        # the continuation: page 2's first body line is the tail of the split cell, nothing else on that line
        l2 = [l for l in tp[1][1].splitlines() if l.strip()] if len(tp) > 1 else []
        if len(l2) < 3 or not norm(sp).endswith(norm(l2[2])):
            bad.append("k2: page 2's first body line is not the tail of the split cell")
        p1 = pl.pages[0]
        last = max(c["bottom"] for c in p1.chars)
        if last < p1.height - 110:
            bad.append("k2: page 1 is not filled to its bottom margin")
    if stem.startswith("k3"):
        if "WPS" not in prod:
            return [f"k3: producer {prod!r}"]
        raw = b"".join(streams(doc))
        if raw.count(b"] TJ") < 100 or re.search(rb"\) Tj", raw):
            bad.append("k3: text is not drawn as TJ arrays only")
        if any(c["text"] == " " for p in pl.pages for c in p.chars):
            bad.append("k3: the text layer holds space glyphs")
        for p in pl.pages:
            ch = p.chars
            at = [i for i in range(len(ch) - 3) if "".join(c["text"] for c in ch[i:i + 4]) == "项目名称"]
            lab = ch[at[0]:at[0] + 4] if at else []
            if not lab or \
                    min(b["x0"] - a["x1"] for a, b in zip(lab, lab[1:])) < lab[0]["size"] * 0.5:
                bad.append("k3: label 项目名称 is not distributed (gaps ≥ 0.5 em)")
        wide = sum(1 for p in pl.pages for a, b in zip(p.chars, p.chars[1:])
                   if abs(a["top"] - b["top"]) < 0.5 and 0.5 < b["x0"] - a["x1"] < a["size"] * 0.6)
        if wide < 20:
            bad.append(f"k3: {wide} justified inter-character gaps")
        if any(re.search(r"\s", s) for s in gold_strings(g)):
            bad.append("k3: a gold string keeps the justification gaps")
    if stem.startswith("k4"):
        if "Word 2016" not in prod:
            return [f"k4: producer {prod!r}"]
        for i, (a, b) in enumerate(tp):
            if any(w in norm(a) or w in norm(b) for w in ("一级指标", "二级指标", "三级指标", "指标值设定依据")):
                bad.append(f"k4: page {i + 1}: the header row is text")
            if "项目名称" not in norm(b):
                bad.append(f"k4: page {i + 1}: no text body")
        for i, p in enumerate(pl.pages):
            cv = [c for c in p.curves if c.get("fill")]
            if len(cv) < 20:
                bad.append(f"k4: page {i + 1}: {len(cv)} filled outline paths")
        if any(x["level3"] in ("三级指标",) or x["value_raw"] == "指标值" for p in g["projects"] for x in p["indicators"]):
            bad.append("k4: the header row is an indicator of the gold")
    if stem.startswith("k5"):
        if "FineReport" not in prod:
            return [f"k5: producer {prod!r}"]
        for k, (p, (a, b), raw) in enumerate(zip(g["projects"], tp, streams(doc))):
            i3 = [b.find(x["level3"][:6]) for x in p["indicators"]]
            iv = [b.find(x["value_raw"]) for x in p["indicators"]]
            if min(i3) < 0 or min(iv) < 0 or max(i3) > min(iv):
                bad.append(f"k5: page {k + 1} stream is not column-major (三级 column before the value column)")
            if raw.rfind(b"ET") > raw.find(b" l S") or raw.find(b" l S") < 0:
                bad.append(f"k5: page {k + 1} grid not drawn after the text")
            pg = pl.pages[k]
            for x in p["indicators"]:
                m3 = pg.search(x["level3"][:6], regex=False)
                mv = pg.search(x["value_raw"], regex=False)
                if not m3 or not mv or not any(abs((m["top"] + m["bottom"]) / 2 - (m3[-1]["top"] + m3[-1]["bottom"]) / 2)
                                               < 9 for m in mv):
                    bad.append(f"k5: value {x['value_raw']} is not on the row of {x['level3']}")
    if stem.startswith("k6"):
        if "Excel® 2010" not in prod:
            return [f"k6: producer {prod!r}"]
        p0 = pl.pages[0]
        words = p0.extract_words()
        body_x = min(c["x0"] for c in p0.chars if c["text"] in "项目名称")
        heads = [w["text"] for w in words if w["text"] in "ABCDE" and len(w["text"]) == 1]
        nums = sorted(int(w["text"]) for w in words if w["text"].isdigit() and w["x1"] < body_x - 2)
        nrows = 8 + len(g["projects"][0]["indicators"])
        if heads != list("ABCDE") or nums != list(range(1, nrows + 1)):
            bad.append(f"k6: column headings {heads}, row headings {nums[:3]}…{nums[-3:] if nums else []}")
        t2 = norm(tp[1][1]) if len(tp) > 1 else ""
        if not t2.startswith("单元格") or t2.count("批注") != len(K6_COMMENTS):
            bad.append("k6: page 2 is not the printed comments")
        strs = [norm(s) for s in gold_strings(g)]
        for cell, author, text in K6_COMMENTS:
            if norm(text) not in t2 or any(norm(text) in s or s == norm(author) for s in strs):
                bad.append(f"k6: comment on {cell} missing from page 2 or taken into the gold")
            col, row = cell[0], int(cell[1:])
            x = g["projects"][0]["indicators"][row - 9]
            if not x["value_raw"] or x["basis"] != {"D": x["basis"], "E": x["basis"]}[col]:
                bad.append(f"k6: comment cell {cell}")
    return bad


def _m_k1(g):
    g["projects"].append(copy.deepcopy(g["projects"][1]))


def _m_k2(g):
    pj, seq, keep = K2_SPLIT
    x = g["projects"][pj]["indicators"][seq - 1]
    x["level3"] = x["level3"][:26]


def _m_k3(g):
    g["projects"][0]["goals"][0] = g["projects"][0]["goals"][0].replace("“双随机", "“双 随 机")


def _m_k4(g):
    g["projects"][0]["indicators"].insert(0, dict(g["projects"][0]["indicators"][0], level3="三级指标",
                                                  value_raw="指标值"))


def _m_k5(g):
    inds = g["projects"][0]["indicators"]
    vals = [x["value_raw"] for x in inds]
    for x, v in zip(inds, vals[1:] + vals[:1]):
        x["value_raw"] = v


def _m_k6(g):
    g["projects"][0]["indicators"][12]["basis"] = K6_COMMENTS[2][2]


QMUT = {"k1": (_m_k1, "the page-2 print titles read as a third project"),
        "k2": (_m_k2, "the split 三级 typed as its page-1 head only"),
        "k3": (_m_k3, "a goal keeping the justification gaps"),
        "k4": (_m_k4, "the outlined header row typed as an indicator"),
        "k5": (_m_k5, "project 1's values shifted by one row"),
        "k6": (_m_k6, "a printed comment taken as a 依据")}


def main():
    bad = 0
    golds = {}
    for gp in sorted(glob.glob(os.path.join(EXPECTED, "*.gold.json"))):
        g = json.load(open(gp, encoding="utf-8"))
        stem = os.path.basename(gp)[: -len(".gold.json")]
        golds[stem] = (gp, g)
        doc = os.path.join(D, g["source"]["path"])
        sha_ok = hashlib.sha256(open(doc, "rb").read()).hexdigest() == g["source"]["sha256"]
        miss = missing(doc, g, stem) + structure(stem, doc, g)
        r = subprocess.run([sys.executable, SCORE, gp, gp], capture_output=True, text=True)
        f1 = json.loads(r.stdout)["f1"]
        n_ind = sum(len(p["indicators"]) for p in g["projects"])
        print(f"{os.path.basename(doc):48s} projects={len(g['projects'])} indicators={n_ind} self-F1={f1} "
              f"sha256={'ok' if sha_ok else 'STALE'} missing={miss}")
        bad += bool(miss) or f1 != 1.0 or not sha_ok
    if len(golds) != 6 or sorted(golds) != sorted(G):
        print("want the six golds of golds.py"); bad += 1
    if "--selftest" in sys.argv:
        for stem, (gp, g) in golds.items():
            others = [s for s in golds if s != stem]

            def fails(o):
                try:
                    return bool(structure(stem, os.path.join(D, golds[o][1]["source"]["path"]), g))
                except Exception:
                    return True
            held = [o for o in others if not fails(o)]
            doc = os.path.join(D, g["source"]["path"])
            m = copy.deepcopy(g)
            m["projects"][-1]["indicators"][-1]["level3"] += "（抽样）"
            mut = missing(doc, m, stem)
            mq = copy.deepcopy(g)
            fn, what = QMUT[stem[:2]]
            fn(mq)
            try:
                qfail = bool(structure(stem, doc, mq)) or bool(missing(doc, mq, stem))
            except Exception:
                qfail = True
            print(f"  selftest {stem[:2]}: quirk assertions on a mutated gold ({what}) {'fail' if qfail else 'HOLD'}")
            bad += not qfail
            print(f"  selftest {stem[:2]}: quirk assertions fail on {len(others) - len(held)}/{len(others)} other drafts"
                  f"{' (HELD on ' + str(held) + ')' if held else ''}; mutated gold missing={mut}")
            bad += bool(held) or not mut
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
