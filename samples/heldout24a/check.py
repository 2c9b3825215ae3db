#!/usr/bin/env python3
"""Check the blind set heldout24a with an INDEPENDENT reader (no code shared with make.py, nothing from jixiao):
valid JSON, source.sha256, `score.py G G` = 1.0, every printed string of each gold in the draft's own text
(.docx: word/document.xml through zipfile + lxml, every w:p incl. table cells; .pdf: pypdfium2 page text plus
pdfplumber's table cells, whitespace ignored), and each draft's quirk read from the FILE and tied to the gold.
`--selftest`: every quirk assertion must FAIL on the five other drafts and on a mutated gold; the string check must
fail on a gold with a 三级 renamed.
Run: .venv/bin/python samples/heldout24a/check.py [--selftest]"""
import copy, glob, hashlib, json, os, re, subprocess, sys, zipfile
from lxml import etree

HERE = os.path.dirname(os.path.abspath(__file__))
SCORE = "/work/shared/tools/score.py"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def ws(s):
    return re.sub(r"\s+", "", s)


# ------------------------------------------------------------------ readers
def docx_part(path, name):
    with zipfile.ZipFile(path) as z:
        return etree.fromstring(z.read(name))


def docx_paras(path):
    """(text, style, has_numPr, in_table) for every w:p of the body, in order."""
    out = []
    for p in docx_part(path, "word/document.xml").iter(W + "p"):
        st = p.find(f"{W}pPr/{W}pStyle")
        intab = any(a.tag == W + "tc" for a in p.iterancestors())
        txt = "".join((e.text or "") if e.tag == W + "t" else "\t" for r in p.iter(W + "r") for e in r
                      if e.tag in (W + "t", W + "tab"))
        out.append((txt, st.get(W + "val") if st is not None else "",
                    p.find(f"{W}pPr/{W}numPr") is not None, intab))
    return out


def pdf_text(path):
    import pypdfium2 as pdfium, pdfplumber
    d = pdfium.PdfDocument(path)
    parts = [d[i].get_textpage().get_text_range() for i in range(len(d))]
    with pdfplumber.open(path) as pdf:
        for pg in pdf.pages:
            for t in pg.extract_tables():
                for row in t:
                    parts += [c for c in row if c]
    return ws("\n".join(parts))


def text_of(path):
    if path.endswith(".docx"):
        return ws("\n".join(t for t, *_ in docx_paras(path)))
    return pdf_text(path)


def pdf_lines(path):
    import pdfplumber
    with pdfplumber.open(path) as pdf:
        return [[ws(l["text"]) for l in pg.extract_text_lines()] for pg in pdf.pages]


def strings(g):
    d = g["document"]
    for k in ("title", "department", "department_code", "compiled_by", "reviewed_by", "status"):
        if d.get(k): yield d[k]
    for e in g["toc"]:
        yield e["title"]; yield str(e["page"])
    yield from g["overall_goals"]
    for s in g["sub_goals"]:
        yield s["title"]; yield s["goal"]
        if g["document"]["department"].startswith("黑河"):      # r2: the 分项 table's rows, joined with ； in the gold
            yield from s["indicator"].split("；")
        else:
            yield s["indicator"]
    for s in g["safeguards"]:
        yield s["title"]; yield s["text"]
    for p in g["projects"]:
        for k in ("title", "department", "department_code", "code", "name", "purpose"):
            if p.get(k): yield p[k]
        for k in ("budget_total", "budget_fiscal", "budget_other"):
            if p.get(k) is not None: yield f"{p[k]:.2f}"
        for e in p["spending_plan"]:
            yield f'{e["month"]}月底'; yield f'{e["pct"]:.2f}'
        yield from p["goals"]
        for x in p["indicators"]:
            for k in ("level1", "level2", "level3", "description", "value_raw", "basis"):
                if x.get(k): yield x[k]


def missing(path, g):
    txt = text_of(path)
    return [s for s in strings(g) if ws(s) not in txt]


# ------------------------------------------------------------------ quirks (file + gold)
def q_r1(path, g):
    assert path.endswith(".docx")
    num = etree.tostring(docx_part(path, "word/numbering.xml"), encoding="unicode")
    assert "第%1部分" in num and "（%3）" in num and "%2、" in num, "no 第%1部分 / %2、 / （%3） list levels"
    heads = [(t, s) for t, s, n, tab in docx_paras(path) if s.startswith("Heading") and n]
    want = (["部门职责及绩效目标"] + [e["title"] for e in g["toc"] if e["part"] == 1][:3]
            + [s["title"] for s in g["sub_goals"]] + [e["title"] for e in g["toc"] if e["part"] == 1][3:]
            + ["项目支出绩效目标表"])
    assert [t for t, _ in heads] == want, f"auto-numbered headings {[t for t, _ in heads]} != {want}"
    assert not any(re.match(r"(第.部分|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)", t) for t, _ in heads)
    safes = [t for t, s, n, tab in docx_paras(path) if n and not s.startswith("Heading")]
    assert [t.split("。")[0] for t in safes] == [s["title"] for s in g["safeguards"]], "safeguards not auto-numbered"


def q_r2(path, g):
    assert path.endswith(".docx")
    body = docx_part(path, "word/document.xml")
    hit = None
    for tbl in body.iter(W + "tbl"):
        rows = [["".join(t.text or "" for t in tc.iter(W + "t")) for tc in tr.findall(W + "tc")] for tr in tbl.findall(W + "tr")]
        if rows and rows[0] == ["分项目标", "绩效目标", "绩效指标", "目标值"]:
            hit = (tbl, rows)
    assert hit, "no 分项目标 | 绩效目标 | 绩效指标 | 目标值 table"
    tbl, rows = hit
    assert len(tbl.findall(f".//{W}vMerge")) > 0, "分项目标 / 绩效目标 not vertically merged"
    want = [x for s in g["sub_goals"] for x in s["indicator"].split("；")]
    assert [r[2] + r[3] for r in rows[1:]] == want, "table rows (指标 + 目标值) != gold indicator pieces"
    per = [len(s["indicator"].split("；")) for s in g["sub_goals"]]
    firsts = [sum(per[:i]) for i in range(len(per))]
    assert [rows[1 + i][1] for i in firsts] == [s["goal"] for s in g["sub_goals"]], "绩效目标 cells"
    titles = [r[0] for r in rows[1:] if r[0]]
    assert titles == [s["title"] for s in g["sub_goals"]], (titles,)
    paras = [t for t, *_ in docx_paras(path)]
    assert "（送审稿）" in paras and g["document"]["status"] == "送审稿"
    for s in g["safeguards"]:
        assert any(t.startswith(s["title"] + "。") for t in paras), s["title"]


def q_r3(path, g):
    assert path.endswith(".docx")
    ps = docx_paras(path)
    heads = [t for t, s, n, tab in ps if s.startswith("Heading")]
    assert heads and all(re.match(r"\d+(\.\d+)*　", t) for t in heads), heads
    assert any(re.match(r"1\.2\.\d　", t) for t in heads)
    toc = [re.sub(r"^\d+\.\d+　", "", t).split("\t")[0] for t, *_ in ps if re.match(r"\d+\.\d+　.*\t\d+$", t)]
    pages = [int(t.split("\t")[1]) for t, *_ in ps if re.match(r"\d+\.\d+　.*\t\d+$", t)]
    assert [(a, b) for a, b in zip(toc, pages)] == [(e["title"], e["page"]) for e in g["toc"]], (toc, pages)
    alltext = "".join(t for t, *_ in ps)
    assert "年度工作任务" in alltext and "分项绩效目标" not in alltext and "任务目标：" in alltext and "考核指标：" in alltext


def q_r4(path, g):
    assert path.endswith(".pdf")
    L = pdf_lines(path)
    toc = L[1]
    k = [i for i, l in enumerate(toc) if l.startswith("2、") and not re.search(r"\d$", l)]
    assert k, "no wrapped 目录 entry (a line without page number)"
    first, second = toc[k[0]], toc[k[0] + 1]
    m = re.fullmatch(r"(.+?)[…\.]+(\d+)", second)
    assert m, second
    e = [x for x in g["toc"] if x["part"] == 2][1]
    assert first[2:] + m.group(1) == e["title"] and int(m.group(2)) == e["page"], (first, second, e)
    head = ws(g["document"]["department"] + g["document"]["title"])
    assert all(pg[0] == head for pg in L[1:]) and L[0][0] != head, "running head"


def q_r5(path, g):
    assert path.endswith(".pdf")
    L = pdf_lines(path)
    lead = lambda l: re.fullmatch(r"(.+?)\.{5,}(\d+)", l)
    p2 = [lead(l) for l in L[1] if lead(l)]
    p3 = [lead(l) for l in L[2] if lead(l)]
    assert p2 and p3 and not any(lead(l) for l in L[3]), "目录 not over pages 2 and 3"
    entries = [(m.group(1), int(m.group(2))) for m in p2 + p3 if not m.group(1).startswith("第")]
    lvl3 = [(re.sub(r"^（[一二三四五六七八九十]）", "", a), b) for a, b in entries if a.startswith("（")]
    subs = [s["title"] for s in g["sub_goals"]]
    assert lvl3 and lvl3 == [(e["title"], e["page"]) for e in g["toc"] if e["title"] in subs], lvl3
    norm = [(re.sub(r"^(（[一二三四五六七八九十]）|[一二三四五六七八九十]、|\d+、)", "", a), b) for a, b in entries]
    assert norm == [(e["title"], e["page"]) for e in g["toc"]], norm
    for t, pg in norm:
        assert any(l.startswith(("（", "一", "二", "三", "1", "2", "3")) and t in l for l in L[pg - 1]), (t, pg)


def q_r6(path, g):
    assert path.endswith(".pdf")
    import pdfplumber
    with pdfplumber.open(path) as pdf:
        chars = pdf.pages[0].chars
        red = [c for c in chars if c.get("non_stroking_color") and len(c["non_stroking_color"]) == 3
               and c["non_stroking_color"][0] > 0.7 and c["non_stroking_color"][1] < 0.3]
        turned = [c for c in red if not c.get("upright", True) or abs(c["matrix"][1]) > 0.05]
        others = [p for p in pdf.pages[1:] if any(c.get("non_stroking_color") not in (None, (0,), (0, 0, 0), [0, 0, 0], [0]) for c in p.chars)]
    assert red and len(turned) >= len(red) - 2, "no red seal text drawn turned on the cover"
    name = g["document"]["compiled_by"]
    assert sorted(c["text"] for c in red) == sorted(name), ("seal text", "".join(c["text"] for c in red))
    assert not others
    lines = pdf_lines(path)[0]
    assert any(l.startswith("编制单位（盖章）：") for l in lines) and any(l.startswith("审核单位（盖章）：") for l in lines)
    assert any(l == "审核单位（盖章）：" + g["document"]["reviewed_by"] for l in lines)


Q = {"r1": q_r1, "r2": q_r2, "r3": q_r3, "r4": q_r4, "r5": q_r5, "r6": q_r6}


def mutate(key, g):
    g = copy.deepcopy(g)
    if key == "r1": g["sub_goals"][0]["title"] = "（一）" + g["sub_goals"][0]["title"]
    if key == "r2":
        x = g["sub_goals"][1]; x["indicator"] = x["indicator"].replace("；", "，", 1)   # two table rows typed as one
    if key == "r3": g["toc"][1]["page"] += 1
    if key == "r4": [e for e in g["toc"] if e["part"] == 2][1]["title"] = "乡镇卫生院标准化建设及医疗设备购置项目"
    if key == "r5": g["toc"] = [e for e in g["toc"] if e["title"] not in [s["title"] for s in g["sub_goals"]]]
    if key == "r6": g["document"]["compiled_by"] = g["document"]["reviewed_by"]
    return g


def fails(fn, *a):
    try:
        fn(*a)
    except Exception:
        return True
    return False


def main():
    golds = sorted(glob.glob(os.path.join(HERE, "expected", "*.gold.json")))
    assert len(golds) == 6
    drafts, bad = {}, 0
    for gp in golds:
        stem = os.path.basename(gp)[:-10]
        g = json.load(open(gp, encoding="utf-8"))
        path = glob.glob(os.path.join(HERE, "drafts", stem + ".*"))[0]
        drafts[stem[:2]] = (path, g)
        ok = hashlib.sha256(open(path, "rb").read()).hexdigest() == g["source"]["sha256"]
        sc = subprocess.run([sys.executable, SCORE, gp, gp], capture_output=True, text=True).stdout
        f1 = re.search(r"F1\D*([0-9.]+)", sc, re.I)
        f1ok = f1 and float(f1.group(1)) == 1.0
        miss = missing(path, g)
        try:
            Q[stem[:2]](path, g); qok = True
        except Exception as e:
            qok = False; print("  quirk:", repr(e)[:300])
        print(f"{stem}: sha256 {'ok' if ok else 'BAD'}, score {f1.group(1) if f1 else sc!r}, "
              f"strings missing={miss[:3]}, quirk {'ok' if qok else 'FAIL'}")
        bad += (not ok) + (not f1ok) + bool(miss) + (not qok)
        assert not os.path.exists(os.path.join(HERE, "expected", stem + ".refusal.json"))
    if "--selftest" in sys.argv:
        for k, fn in Q.items():
            others = [o for o in Q if o != k]
            n = sum(fails(fn, drafts[o][0], drafts[k][1]) and fails(fn, drafts[o][0], drafts[o][1]) for o in others)
            m = fails(fn, drafts[k][0], mutate(k, drafts[k][1]))
            print(f"selftest {k}: fail on {n}/5 other drafts, mutated gold {'fail' if m else 'PASSES (bad)'}")
            bad += (n != 5) + (not m)
        path, g = drafts["r1"]
        g2 = copy.deepcopy(g); g2["projects"][0]["indicators"][0]["level3"] += "（改）"
        miss = missing(path, g2)
        print("selftest strings: renamed 三级 ->", "missing=" + str(miss) if miss else "NOT caught")
        bad += not miss
    print("ALL OK" if not bad else f"{bad} PROBLEM(S)")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
