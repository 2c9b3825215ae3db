#!/usr/bin/env python3
"""Check the blind set heldout18b: valid JSON, source.sha256 matches the bytes, score.py self-F1 1.0, every printed
string of each gold (title, department, code, names, implementing unit, amounts as `%.2f`, goals, mid-term goals,
level names, 三级, value cells, baselines, descriptions, notes, signs, printed units, weights, extra strings) found in
the PDF's own text layer, read by pdfminer.six AND pypdfium2 (a string counts when either reader has it; whitespace
ignored), and each draft's quirk asserted from the FILE (pdfplumber positions / rects, pypdf metadata, page sizes).
`--selftest` also runs every quirk assertion against the five OTHER drafts and against a mutated gold, and the string
check against a gold with a 三级 renamed, and reports that each fails there. Nothing from jixiao is used.
Theme of 18b: the named template families as native PDFs of real producers."""
import copy, glob, hashlib, json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
D = os.path.join(HERE, "drafts")
EXPECTED = os.path.join(HERE, "expected")
SCORE = "/work/shared/tools/score.py"
_cache = {}


def norm(s):
    return re.sub(r"\s+", "", s)


def pages_text(path):
    """per page: (pdfminer text, pypdfium2 text)."""
    if path not in _cache:
        from pdfminer.high_level import extract_text
        import pypdfium2 as pdfium
        d = pdfium.PdfDocument(path)
        _cache[path] = [(extract_text(path, page_numbers=[i]), d[i].get_textpage().get_text_range())
                        for i in range(len(d))]
    return _cache[path]


def strings(g):
    d = g["document"]
    yield d["title"]; yield d["department"]
    if d.get("department_code"): yield d["department_code"]
    for p in g["projects"]:
        for k in ("title", "department", "department_code", "code", "name", "implementing_unit"):
            if p.get(k): yield p[k]
        for k in ("budget_total", "budget_fiscal", "budget_other", "budget_carryover"):
            if p.get(k) is not None: yield f"{p[k]:.2f}"
        yield from p["goals"]
        yield from p.get("goals_mid_term") or []
        for k, v in (p.get("extra") or {}).items():
            if isinstance(v, str): yield v
            if k == "实施进度计划":
                for r in v: yield from r
        for x in p["indicators"]:
            for k in ("level1", "level2", "level3", "description", "value_raw", "basis", "reference", "baseline_raw",
                      "note", "printed_unit", "sign"):
                if x.get(k): yield x[k]
            if x.get("weight") is not None: yield str(x["weight"])


def missing(doc, g):
    pt = pages_text(doc)
    a = norm("".join(p[0] for p in pt)); b = norm("".join(p[1] for p in pt))
    return [s for s in strings(g) if norm(str(s)) not in a and norm(str(s)) not in b]


def hits(pdf, page, s):
    return [(h["x0"], h["top"], h["x1"], h["bottom"]) for h in pdf.pages[page].search(s, regex=False)]


def right_of(pdf, page, label, pat=r"^[0-9]+\.[0-9]{2}$", tol=4):
    """the first word matching pat on the label's line, right of it."""
    x0, top, x1, bot = hits(pdf, page, label)[0]
    ws = [w for w in pdf.pages[page].extract_words() if abs((w["top"] + w["bottom"]) / 2 - (top + bot) / 2) < tol
          and w["x0"] > x1 and re.match(pat, w["text"])]
    return float(sorted(ws, key=lambda w: w["x0"])[0]["text"]) if ws else None


def meta(doc):
    from pypdf import PdfReader
    m = PdfReader(doc).metadata or {}
    return str(m.get("/Producer", "")), str(m.get("/Creator", ""))


def structure(stem, doc, g):
    """layout facts each draft is meant to have, read from the file; returns a list of problems."""
    import pdfplumber
    P = g["projects"]
    ok = []
    prod, creator = meta(doc)
    with pdfplumber.open(doc) as pdf:
        n = len(pdf.pages)
        size = [(round(p.width), round(p.height)) for p in pdf.pages]
        txt = [norm(p.extract_text() or "") for p in pdf.pages]
        if stem.startswith("n1"):      # FineReport export: every cell a filled + stroked rectangle, merged cells split
            ok += [creator == "FineReport", "iText" in prod, n == 2, size == [(842, 595)] * 2,
                   not any(p.lines for p in pdf.pages)]
            rects = [r for p in pdf.pages for r in p.rects if r["fill"] and r["stroke"]]
            ncell = 12 * 2 + sum(len(p["indicators"]) for p in P) * 6 + 4 * len(P) + 2 + 1   # header×2, per-row cells,
            ok.append(len(rects) >= ncell)                                                   # merged cells (+ split)
            dep = f'{g["document"]["department_code"]}-{g["document"]["department"]}'
            mt = [norm(a) for a, _ in pages_text(doc)]                      # pdfminer keeps a cell's lines together
            ok += [mt[0].count(dep) == 2, mt[1].count(dep) == 1, "单位名称" in txt[0] and "单位名称" in txt[1]]
            onp = [[norm(p["name"]) in t for t in mt] for p in P]
            ok.append(onp == [[True, False], [True, True], [False, True]])     # project 2's cells repeated on page 2
            p2 = P[1]["indicators"]                                          # the 三级 column only
            x0, _, x1, _ = hits(pdf, 0, "三级指标")[0]
            col = [pdf.pages[i].crop((x0 - 45, 0, x1 + 45, pdf.pages[i].height)) for i in (0, 1)]
            words = [[w["text"] for w in c.extract_words()] for c in col]
            ok.append(all(x["level3"] in words[0] and x["level3"] not in words[1] for x in p2[:3]) and
                      all(x["level3"] in words[1] and x["level3"] not in words[0] for x in p2[3:]))
            x0, t, x1, b = hits(pdf, 0, P[0]["name"][:6])[0]                     # the name centred in its tall rect
            box = [r for r in pdf.pages[0].rects if r["x0"] < x0 and r["x1"] > x1 and r["top"] < t and r["bottom"] > b]
            box = min(box, key=lambda r: r["height"])
            ok.append(box["height"] > 38 * (len(P[0]["indicators"]) - 0.5) and abs((box["top"] + box["bottom"]) / 2 - (t + b) / 2) < 12)
            ok.append(all(sum(x["weight"] for x in p["indicators"]) == 100 for p in P))
        elif stem.startswith("n2"):    # LibreOffice Writer: repeated header row, 实施期 │ 年度 side by side
            ok += [creator == "Writer", n == 2, size == [(595, 842)] * 2]
            ok += [len(hits(pdf, i, "实施期指标值")) == 1 and len(hits(pdf, i, "年度指标值")) == 1 for i in (0, 1)]
            a, b = hits(pdf, 0, "实施期资金")[0], hits(pdf, 0, "年度资金总额")[0]
            ok.append(abs(a[1] - b[1]) < 9 and a[0] < b[0])
            e = P[0]["extra"]
            ok += [right_of(pdf, 0, "实施期资金", tol=10) == float(e["实施期资金总额"]),
                   right_of(pdf, 0, "年度资金总额") == P[0]["budget_total"]]
            yr = [x for x in P[0]["indicators"] if x["period"] == "year"]
            mid = [x for x in P[0]["indicators"] if x["period"] == "mid_term"]
            ok.append([x["level3"] for x in yr] == [x["level3"] for x in mid])
            onp2 = [bool(hits(pdf, 1, x["level3"][:6])) for x in yr]
            ok.append(onp2 == [False] * 8 + [True] * 4)                     # the break falls before the 效益 rows
            for x, m in zip(yr, mid):                                       # the two value cells on the 三级's line
                pg = 1 if hits(pdf, 1, x["level3"][:6]) else 0
                _, t, _, _ = hits(pdf, pg, x["level3"][:6])[-1]
                ws = [w["text"] for w in sorted(pdf.pages[pg].extract_words(), key=lambda w: w["x0"])
                      if abs(w["top"] - t) < 12 and w["x0"] > 330]
                ok.append(norm("".join(ws)).startswith(norm(m["value_raw"])[:3]))
        elif stem.startswith("n3"):    # Word document: portrait page, then a landscape section with both indicator sets
            ok += [creator == "Writer", n == 2, size == [(595, 842), (842, 595)]]
            ok.append(("新增项目☑" in txt[0]) and ("□" in txt[0]) and "☑" not in txt[0].replace("新增项目☑", "") and P[0]["extra"]["项目属性"] == "新增项目")
            ok += ["长期绩效指标" in txt[1], "年度绩效指标" in txt[1], "长期绩效指标" not in txt[0]]
            _, ty, _, _ = hits(pdf, 1, "年度绩效指标")[0]
            lab = [h[1] for h in hits(pdf, 1, "一级指标")]
            ok.append(len(lab) == 2)
            for x in P[0]["indicators"]:
                h = [y for y in hits(pdf, 1, x["level3"]) if not (x["level3"] == "工程验收合格率")]
                if h:
                    ok.append((h[0][1] < lab[1]) == (x["period"] == "mid_term"))
            ok.append(f'总额：{P[0]["budget_total"]:.2f}万元' in txt[0] and f'财政拨款：{P[0]["budget_fiscal"]:.2f}万元' in txt[0]
                      and f'其他资金：{P[0]["budget_other"]:.2f}万元' in txt[0])
            ok.append(sum(x["period"] == "mid_term" for x in P[0]["indicators"]) == 5)
        elif stem.startswith("n4"):    # Chromium print of a portal page
            ok += [prod.startswith("Skia/PDF"), "Chrome" in creator, n == 2, size == [(595, 842)] * 2]
            for i in range(2):
                ws = pdf.pages[i].extract_words()
                ok.append(any(w["text"] == "2025/3/24" and w["top"] < 30 for w in ws))
                ok.append(any(w["text"].startswith("https://www.cnipa.gov.cn/") and w["top"] > 812 for w in ws))
                ok.append(any(w["text"] == f"{i + 1}/2" and w["top"] > 812 for w in ws))
            for p in P:
                x0, t, x1, b = hits(pdf, 0, "上年结转资金")[p["seq"] - 1]
                val = [w for w in pdf.pages[0].extract_words() if abs(w["top"] - t) < 4 and w["x0"] > x1]
                ok.append(bool(val) and float(val[0]["text"]) == p["budget_carryover"])
                ok.append(abs(p["budget_total"] - p["budget_fiscal"] - p["budget_carryover"] - p["budget_other"]) < 0.005)
            ok.append(len(hits(pdf, 0, "一级指标")) == 2 and not hits(pdf, 1, "一级指标"))   # p2's header row, then the break
            x0, _, x1, _ = hits(pdf, 0, "三级指标")[0]                     # the 三级 column only
            col = [pdf.pages[i].crop((x0 - 60, 0, x1 + 60, pdf.pages[i].height)) for i in (0, 1)]
            ok.append(all(col[1].search(x["level3"][:5]) and not col[0].search(x["level3"][:5]) for x in P[1]["indicators"]))
            ok.append(hits(pdf, 1, "绩效指标") and not [h for h in hits(pdf, 0, "绩效指标") if h[1] > hits(pdf, 0, "一级指标")[1][1] - 5])
        elif stem.startswith("n5"):    # LibreOffice Calc: print titles, a merged cell cut by the page break
            ok += [creator == "Calc", n == 2, size == [(595, 842)] * 2]
            ok += [len(hits(pdf, i, "上年度实际水平")) == 1 for i in (0, 1)]
            ok += ["第1页，共2页" in txt[0], "第2页，共2页" in txt[1]]
            x1col = hits(pdf, 0, "一级指标")[0][0]
            l1 = [[h for h in hits(pdf, i, "效益指标") if abs(h[0] - x1col) < 8] for i in (0, 1)]
            ok.append(len(l1[0]) == 1 and len(l1[1]) == 1)                     # the cut cell's text on BOTH pages
            ok.append(l1[0][0][3] > max(b for (_, _, _, b) in hits(pdf, 0, "公办园在园幼儿占比")))   # below the last row
            soc = [x for x in P[0]["indicators"] if x["level2"] == "社会效益指标"]
            ok.append(len(soc) == 4 and all(bool(hits(pdf, 0 if k < 2 else 1, x["level3"][:5])) for k, x in enumerate(soc)))
            bl = {x["level3"]: x.get("baseline_raw") for x in P[0]["indicators"]}
            ok.append(sum(v == "—" for v in bl.values()) == 3 and sum(v == "/" for v in bl.values()) == 2)
            x0, t, x1, b = hits(pdf, 1, "普惠性学前教育保障机制")[0]
            hb = hits(pdf, 1, "上年度实际水平")[0]
            ok.append(bl["普惠性学前教育保障机制"] is None and not [w for w in pdf.pages[1].extract_words()
                      if abs(w["top"] - t) < 6 and hb[0] - 4 < w["x0"] < hb[2] + 4])
            ok.append(P[0]["department_code"] is None and not re.search(r"[0-9]{6}", txt[0][:120]))
        elif stem.startswith("n6"):    # LibreOffice Calc: one sheet per fund, sheet name in the header
            ok += [creator == "Calc", n == 2, size == [(842, 595)] * 2, len(P) == 2]
            for i, p in enumerate(P):
                hn = hits(pdf, i, p["name"])
                ok.append(bool(hn) and hn[0][1] < 60)                       # the page header: the sheet's name
                a, b = hits(pdf, i, "长期目标值"), hits(pdf, i, "年度目标值")
                ok.append(len(a) == 1 and len(b) == 1 and abs(a[0][1] - b[0][1]) < 3)
                ok.append(right_of(pdf, i, "实施期资金总额") == float(p["extra"]["实施期资金总额"]) and
                          right_of(pdf, i, "年度资金总额") == p["budget_total"])
                ok.append(all(hits(pdf, i, x["level3"]) for x in p["indicators"]))
                ok.append(not any(hits(pdf, 1 - i, x["level3"]) for x in p["indicators"]
                                  if x["level3"] not in [y["level3"] for y in P[1 - i]["indicators"]]))
                ok.append(f"第{i + 1}页" in txt[i])
                mid = [x for x in p["indicators"] if x["period"] == "mid_term"]
                yr = [x for x in p["indicators"] if x["period"] == "year"]
                for m, y in zip(mid, yr):                                    # 长期 left of 年度 on the 三级's line
                    _, t, _, _ = hits(pdf, i, m["level3"])[-1]
                    ws = [w for w in pdf.pages[i].extract_words() if abs(w["top"] - t) < 6 and w["x0"] > a[0][0] - 40]
                    got = norm("".join(w["text"] for w in sorted(ws, key=lambda w: w["x0"])))
                    ok.append(got == norm(m["value_raw"] + y["value_raw"]))
        else:
            return ["unknown draft"]
    return [] if all(ok) else [f"{stem[:2]} quirk: {[k for k, v in enumerate(ok) if not v]}"]


QMUT = {"n1": lambda g: g["projects"][1]["indicators"].insert(0, g["projects"][0]["indicators"].pop()),
        "n2": lambda g: g["projects"][0].update(budget_total=3260.0),
        "n3": lambda g: g["projects"][0]["extra"].update(项目属性="延续项目"),
        "n4": lambda g: g["projects"][1].update(budget_carryover=0.0, budget_fiscal=12380.0),
        "n5": lambda g: g["projects"][0]["indicators"][16].update(baseline_raw="—"),
        "n6": lambda g: g["projects"][0]["indicators"][0].update(value_raw="≥43.9万亩")}
QMUT_WHAT = {"n1": "a row moved to the next project", "n2": "budget_total = the 实施期 total",
             "n3": "项目属性 typed 延续项目", "n4": "上年结转资金 0 (counted as fiscal)",
             "n5": "the empty baseline typed `—`", "n6": "a 长期 value typed as the 年度 one"}


def main():
    bad = 0
    golds = {}
    for gp in sorted(glob.glob(os.path.join(EXPECTED, "*.gold.json"))):
        g = json.load(open(gp, encoding="utf-8"))
        stem = os.path.basename(gp)[: -len(".gold.json")]
        golds[stem] = (gp, g)
        doc = os.path.join(D, g["source"]["path"])
        sha_ok = hashlib.sha256(open(doc, "rb").read()).hexdigest() == g["source"]["sha256"]
        miss = missing(doc, g)
        try:
            miss += structure(stem, doc, g)
        except Exception as e:
            miss.append(f"structure: {type(e).__name__}: {e}")
        r = subprocess.run([sys.executable, SCORE, gp, gp], capture_output=True, text=True)
        f1 = json.loads(r.stdout)["f1"]
        n_ind = sum(len(p["indicators"]) for p in g["projects"])
        print(f"{os.path.basename(doc):58s} projects={len(g['projects'])} indicators={n_ind} self-F1={f1} "
              f"sha256={'ok' if sha_ok else 'STALE'} missing={miss}")
        bad += bool(miss) or f1 != 1.0 or not sha_ok
    if len(golds) != 6 or glob.glob(os.path.join(EXPECTED, "*.refusal.txt")):
        print("want six golds and no refusal"); bad += 1
    if "--selftest" in sys.argv:
        for stem, (gp, g) in golds.items():
            others = [s for s in golds if s != stem]

            def fails(o):
                try:
                    return bool(structure(stem, os.path.join(D, golds[o][1]["source"]["path"]), g))
                except Exception:
                    return True
            held = [o for o in others if not fails(o)]
            m = copy.deepcopy(g)
            m["projects"][-1]["indicators"][-1]["level3"] += "（抽样）"
            mut = missing(os.path.join(D, g["source"]["path"]), m)
            mq = copy.deepcopy(g)
            QMUT[stem[:2]](mq)
            try:
                qfail = bool(structure(stem, os.path.join(D, g["source"]["path"]), mq))
            except Exception:
                qfail = True
            print(f"  selftest {stem[:2]}: quirk assertions on a mutated gold ({QMUT_WHAT[stem[:2]]}) "
                  f"{'fail' if qfail else 'HOLD'}")
            print(f"  selftest {stem[:2]}: quirk assertions fail on {len(others) - len(held)}/{len(others)} other drafts"
                  f"{' (HELD on ' + str(held) + ')' if held else ''}; mutated gold missing={mut}")
            bad += (not qfail) + bool(held) + (not mut)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
