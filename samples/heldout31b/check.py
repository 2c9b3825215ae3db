"""Validate heldout31b (no jixiao): valid JSON, source.sha256, score.py G G == 1.0, every printed string of each gold
found in the draft's own text (readers written here: zipfile + lxml for .docx / .odt, openpyxl for .xlsx, the .txt
itself), and each quirk the README claims asserted from the FILE.
`--selftest` also runs each quirk assertion against the five OTHER drafts and against a mutated gold (each must FAIL),
and the string check against a gold with one 三级 renamed (must report it missing)."""
import copy, hashlib, json, os, re, subprocess, sys, zipfile

import openpyxl
from lxml import etree

HERE = os.path.dirname(os.path.abspath(__file__))
SCORE = "/work/shared/tools/score.py"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
DR = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
SVG = "{urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0}"
TXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
TB = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"

STEMS = {
    "e1": "e1_docx_pdf2docx_wholedoc_shexian_2025.docx",
    "e2": "e2_docx_pdf2docx_borderless_jixi_2025.docx",
    "e3": "e3_docx_pdf2docx_landscape_tiantai_2025.docx",
    "e4": "e4_xlsx_pdfplumber_pandas_noindex_xianju_2025.xlsx",
    "e5": "e5_odt_lopdfimport_twopage_panan_2025.odt",
    "e6": "e6_txt_pypdfium2_textrange_qimen_2025.txt",
}


def ws(s):
    return re.sub(r"\s+", "", s or "")


# ------------------------------------------------------------------ readers: the draft as LEAF units in reading order
def docx_body(path):
    return etree.fromstring(zipfile.ZipFile(path).read("word/document.xml")).find(W + "body")


def p_lines(p):
    """a w:p as its lines: w:t text, w:br / w:cr end a line, w:tab is a tab."""
    out, cur = [], []
    for e in p.iter():
        if e.tag == W + "t":
            cur.append(e.text or "")
        elif e.tag in (W + "br", W + "cr"):
            out.append("".join(cur))
            cur = []
        elif e.tag == W + "tab" and e.getparent().tag == W + "r":
            cur.append("\t")
    out.append("".join(cur))
    return out


def docx_units(path):
    units = []
    for el in docx_body(path):
        if el.tag == W + "p":
            units += p_lines(el)
        elif el.tag == W + "tbl":
            for tr in el.iter(W + "tr"):
                for tc in tr.findall(W + "tc"):
                    for p in tc.iter(W + "p"):
                        units += p_lines(p)
    return units


def xlsx_units(path):
    wb = openpyxl.load_workbook(path)
    units = []
    for sh in wb.worksheets:
        for row in sh.iter_rows(values_only=True):
            for v in row:
                if v is not None:
                    units += str(v).split("\n")
    return units


def odt_frames(path):
    """(page, y, x, text) of every text-box frame (inches), read from content.xml."""
    x = etree.fromstring(zipfile.ZipFile(path).read("content.xml"))
    inch = lambda v: float(v[:-2])  # noqa: E731
    out = []
    for fr in x.iter(DR + "frame"):
        out.append((int(fr.get(TXT + "anchor-page-number")), inch(fr.get(SVG + "y")), inch(fr.get(SVG + "x")),
                    "".join(fr.itertext())))
    return out


def odt_units(path):
    """frames grouped into printed lines (same page, top within 0.06 in), each line read left to right."""
    fr = sorted(odt_frames(path))
    lines = []
    for f in fr:
        if lines and lines[-1][0][0] == f[0] and abs(f[1] - lines[-1][0][1]) <= 0.06:
            lines[-1].append(f)
        else:
            lines.append([f])
    units = []
    for ln in lines:
        units += [f[3] for f in sorted(ln, key=lambda f: f[2])]
    return units


def txt_units(path):
    return re.split(r"\r\n|\n|\f", open(path, encoding="utf-8", newline="").read())


def units_of(path):
    ext = path.rsplit(".", 1)[1]
    u = {"docx": docx_units, "xlsx": xlsx_units, "odt": odt_units, "txt": txt_units}[ext](path)
    return [ws(x) for x in u if ws(x)]


def found(s, U, window=14, depth=8):
    """s occurs inside one unit, or is cut over several: a SUFFIX of one unit, then WHOLE units, then a PREFIX of a
    unit, in reading order, each piece within `window` units of the one before (a wrapped cell, a value printed as
    number + unit boxes, a cell a converter cut over two rows)."""
    s = ws(s)
    if any(s in u for u in U):
        return True

    def rest(r, i, d):
        for j in range(i + 1, min(len(U), i + 1 + window)):
            u = U[j]
            if u.startswith(r):
                return True
            if d and len(u) < len(r) and r.startswith(u) and rest(r[len(u):], j, d - 1):
                return True
        return False

    for i, u in enumerate(U):
        for k in range(1, min(len(u), len(s) - 1) + 1):
            if s.startswith(u[-k:]) and rest(s[k:], i, depth):
                return True
    return False


def printed_strings(g):
    d = g["document"]
    out = [d["title"], d["department"], d["department_code"], d.get("compiled_by"), d.get("reviewed_by")]
    out += [t["title"] for t in g["toc"]] + list(g["overall_goals"])
    for s in g["sub_goals"]:
        out += [s["title"], s["goal"], s["indicator"]]
    for s in g["safeguards"]:
        out += [s["title"], s["text"]]
    for p in g["projects"]:
        out += [p["title"], p["name"], p["code"], p["purpose"], p["department"], p["department_code"]]
        out += ["%.2f" % p[k] for k in ("budget_total", "budget_fiscal", "budget_other") if p[k] is not None]
        for sp in p["spending_plan"]:
            out += [f"{sp['month']}月底", str(sp["pct"])]
        out += list(p["goals"])
        for i in p["indicators"]:
            out += [i["level1"], i["level2"], i["level3"], i["description"], i["value_raw"], i["basis"]]
    return [s for s in out if s]


def missing(g, path):
    U = units_of(path)
    return [s for s in printed_strings(g) if not found(s, U)]


# ------------------------------------------------------------------ quirk assertions (FILE, gold) -> raise on failure
def _zip(path, member):
    return zipfile.ZipFile(path).read(member).decode("utf-8")


def pdf2docx_fingerprint(path):
    core = _zip(path, "docProps/core.xml")
    assert "<dc:creator>python-docx</dc:creator>" in core and "generated by python-docx" in core, "core.xml"
    doc = _zip(path, "word/document.xml")
    assert 'w:hRule="exact"' in doc, "exact row heights"


def paras(path):
    return ["".join(p_lines(p)) for p in docx_body(path).findall(W + "p")]


def q_e1(path, g):
    pdf2docx_fingerprint(path)
    body = docx_body(path)
    sects = body.findall(".//" + W + "sectPr")
    assert len(sects) == 6, f"{len(sects)} sections (one per PDF page)"
    ps = paras(path)
    # page-number footers as BODY paragraphs
    assert [p for p in ps if re.fullmatch(r"— \d —", p)] == [f"— {n} —" for n in (1, 2, 3, 4)], "footers"
    # the three part-one 目录 lines glued into ONE paragraph, no break between them
    part1 = [t for t in g["toc"] if t["part"] == 1]
    glued = "".join(f"{'一二三'[i]}、{t['title']}\\.+{t['page']}" for i, t in enumerate(part1))
    hits = [p for p in ps if re.fullmatch(glued, p)]
    assert len(hits) == 1 and len(part1) == 3, "glued 目录 paragraph"
    part2 = [t for t in g["toc"] if t["part"] == 2]
    want = r" ".join(f"{k}、{re.escape(t['title'])}\\.+ \\t{t['page']}" for k, t in enumerate(part2, 1))
    assert len([p for p in ps if re.fullmatch(want, p)]) == 1, "part-2 目录 paragraph"
    # first-line indent left as two tabs; overall goals one paragraph each
    for i, t in enumerate(g["overall_goals"]):
        assert any(p.lstrip("\t") == f"（{'一二三'[i]}）{t}" for p in ps), t
    # a wrapped paragraph's first-line indent left as ONE run tab (+ a tab stop); a one-line paragraph has none
    assert sum(bool(re.match(r"\t[（绩]", p)) for p in ps) == 6, "tab indents"
    assert f"（三）{g['overall_goals'][2]}" in ps, "one-line paragraph without tab"
    # the heading of part two glued to the first form's `1、` line; the department line a 1x2 TABLE
    assert "\t第二部分  预算项目绩效目标1、" + g["projects"][0]["title"] in ps, "glued heading"
    tbls = body.findall(W + "tbl")
    assert len(tbls) == 4, "4 tables"
    for k, p in enumerate(g["projects"]):
        cells = [ws("".join(p_lines(tc))) for tc in tbls[2 * k].iter(W + "tc")]
        assert cells == [p["department_code"] + p["department"], "单位：万元"], cells
        rows = tbls[2 * k + 1].findall(W + "tr")
        assert len(rows) == 7 + len(p["indicators"]), "form rows"
    assert g["document"]["status"] == "草案" and len(g["safeguards"]) == 2 and len(g["sub_goals"]) == 2


def q_e2(path, g):
    pdf2docx_fingerprint(path)
    doc = _zip(path, "word/document.xml")
    assert "<w:top " not in doc and "<w:bottom " not in doc and "<w:tcBorders/>" in doc, "no rulings"
    body = docx_body(path)
    tbls = body.findall(W + "tbl")
    assert len(tbls) == 3, f"{len(tbls)} tables"
    p = g["projects"][0]
    # the purpose cut: its first line in a cell, the rest as two paragraphs after the table
    ps = paras(path)
    pieces = [ws("".join(p_lines(tc))) for tc in tbls[0].iter(W + "tc")]
    first = [c for c in pieces if c and p["purpose"].startswith(c) and len(c) < len(p["purpose"])]
    assert len(first) == 1, "purpose first line"
    tail = p["purpose"][len(first[0]):]
    k = [j for j, x in enumerate(ps) if x and tail.startswith(x)]
    assert k and "".join(ps[k[0]:k[0] + 2]) == tail, "purpose tail paragraphs"
    # goal 3 a paragraph outside the tables
    assert f"3、{p['goals'][2]}" in ps, "goal 3 paragraph"
    # the indicator table: 一级 / 二级 printed on EVERY row; row 2's description and value glued in ONE cell
    rows = tbls[-1].findall(W + "tr")
    assert len(rows) == 1 + len(p["indicators"]), "indicator rows"
    for tr, ind in zip(rows[1:], p["indicators"]):
        c = [ws("".join(p_lines(tc))) for tc in tr.findall(W + "tc")]
        assert c[0] == ind["level1"] and c[1] == ind["level2"], c
    c2 = [ws("".join(p_lines(tc))) for tc in rows[2].findall(W + "tc")]
    ind = p["indicators"][1]
    assert len(c2) == 5 and c2[3] == ind["description"] + ind["value_raw"], c2


def q_e3(path, g):
    pdf2docx_fingerprint(path)
    doc = _zip(path, "word/document.xml")
    m = re.findall(r'<w:pgSz w:w="(\d+)" w:h="(\d+)"/>', doc)
    assert len(m) == 1 and int(m[0][0]) > int(m[0][1]), "one landscape page"
    body = docx_body(path)
    tbls = body.findall(W + "tbl")
    assert len(tbls) == 1, "one table"
    ps = [p for p in body.findall(W + "p") if "".join(p_lines(p))]
    p = g["projects"][0]
    assert len(ps) == 1 and p_lines(ps[0]) == [
        "\t" + g["document"]["title"], f"1、{p['title']}",
        f"{p['department_code']} {p['department']}\t\t单位：{p['unit']}"], "heading paragraph"
    rows = tbls[0].findall(W + "tr")
    assert len(rows) == 7 + len(p["indicators"]), "rows"
    for tr, ind in zip(rows[7:], p["indicators"]):
        tcs = tr.findall(W + "tc")
        assert all(len(tc.findall(W + "p")) == 1 and tc.find(".//" + W + "br") is None for tc in tcs), "one line"
        c = [ws("".join(p_lines(tc))) for tc in tcs]
        assert c[2:] == [ind["level3"], ind["description"], ind["value_raw"], ind["basis"]], c


def q_e4(path, g):
    wb = openpyxl.load_workbook(path)
    assert "Openpyxl" in _zip(path, "docProps/app.xml"), "app.xml"
    assert wb.sheetnames == ["page1_table1", "page2_table1"], wb.sheetnames
    s1, s2 = wb.worksheets
    assert not s1.merged_cells.ranges and not s2.merged_cells.ranges, "merged"
    r1 = list(s1.iter_rows(values_only=True))
    assert r1[0] == (None, 0, 1, 2, 3, 4, 5) and [r[0] for r in r1[1:]] == list(range(len(r1) - 1)), "index+header"
    r2 = list(s2.iter_rows(values_only=True))
    assert r2[0][0] == "项目编码" and s2.max_column == 6, "sheet 2 without index/header"
    for rows, off, p in ((r1[1:], 1, g["projects"][0]), (r2, 0, g["projects"][1])):
        assert len(rows) == 7 + len(p["indicators"]), "rows"
        assert rows[0][off + 1] == p["code"] and rows[0][off + 2] is None, "merged → first cell"
        amt = rows[2][off + 1: off + 4]
        assert all(isinstance(a, str) or a is None for a in amt), "amounts as text"
        want = tuple(None if p[k] is None else "%.2f" % p[k] for k in ("budget_total", "budget_fiscal",
                                                                        "budget_other"))
        assert amt == want, (amt, want)
        assert rows[1][off] == "预算规模及\n资金用途", "wrapped label"
        for r, ind in zip(rows[7:], p["indicators"]):
            assert (r[off + 4] or "").replace("\n", "") == ind["value_raw"], r
    # nothing but tables: no title, department or unit in the workbook -> null in the gold
    allt = "".join(ws(str(v)) for sh in wb.worksheets for r in sh.iter_rows(values_only=True) for v in r if v)
    assert "单位" not in allt and "绩效目标表" not in allt and "779352" not in allt
    assert g["document"]["department"] is None and all(p["department"] is None and p["unit"] is None
                                                       for p in g["projects"]), "nulls"


def q_e5(path, g):
    z = zipfile.ZipFile(path)
    assert z.infolist()[0].filename == "mimetype" and z.read("mimetype") == b"application/vnd.oasis.opendocument.text"
    assert "<meta:generator>LibreOffice/7.4" in _zip(path, "meta.xml"), "generator"
    x = etree.fromstring(z.read("content.xml"))
    assert not list(x.iter(TB + "table")), "no table"
    lines = list(x.iter(DR + "line"))
    fr = odt_frames(path)
    assert len(lines) >= 30 and len(fr) >= 140 and {f[0] for f in fr} == {1, 2}, "frames on two pages"
    p = g["projects"][0]
    # page 2 starts mid-form: its first text line is an indicator row with no 一级 / 二级 text
    p2 = sorted(f for f in fr if f[0] == 2)
    top = [f for f in p2 if abs(f[1] - p2[0][1]) <= 0.06]
    texts = [ws(f[3]) for f in sorted(top, key=lambda f: f[2])]
    n1 = [j for j, ind in enumerate(p["indicators"]) if texts[0].startswith(ind["level3"])]
    assert len(n1) == 1 and min(f[2] for f in top) > 2.0, texts      # no 一级 / 二级 box on that line
    n1 = n1[0]
    ind = p["indicators"][n1]
    p1 = "".join(ws(f[3]) for f in fr if f[0] == 1)
    assert p["indicators"][n1 - 1]["level3"] in p1 and ind["level3"] not in p1, "break after row n1"
    assert ind["level1"] == p["indicators"][n1 - 1]["level1"] == "效益指标", "continuation inherits"
    assert len(p["indicators"]) == n1 + 3, "rows on page 2"
    # numbers and CJK in separate boxes; two cells glued in one box with a space
    allb = [f[3] for f in fr]
    assert "2025" in allb and "年度项目支出绩效目标表" in allb and "≤18.5" in allb and "万元" in allb
    assert any(b.count(" ") >= 2 and b.startswith("社会效益指标 ") for b in allb), "glued box"


def q_e6(path, g):
    raw = open(path, "rb").read()
    assert raw.count(b"\r\n") > 30 and raw.count(b"\n") == raw.count(b"\r\n") and not raw.endswith(b"\n"), "CRLF"
    lines = raw.decode("utf-8").split("\r\n")
    p = g["projects"][0]
    h = lines.index("一级指标 二级指标 三级指标 绩效指标描述 指标值 指标值确定依据")
    # content-stream order: the merged 一级 labels, then the merged 二级 labels, THEN the rows
    inds = p["indicators"]
    l1 = [x["level1"] for j, x in enumerate(inds) if j == 0 or x["level1"] != inds[j - 1]["level1"]]
    l2 = [x["level2"] for j, x in enumerate(inds)
          if j == 0 or (x["level1"], x["level2"]) != (inds[j - 1]["level1"], inds[j - 1]["level2"])]
    got = lines[h + 1: h + 1 + len(l1)]
    assert got == l1, (got, l1)
    after = "".join(lines[h + 1 + len(l1): h + 1 + len(l1) + len(l2) + 1])
    assert after.startswith("".join(l2)), (after, l2)
    first = lines[h + 1 + len(l1) + len(l2) + 1]
    assert first.startswith(p["indicators"][0]["level3"] + " "), first
    assert "\f" not in raw.decode("utf-8"), "one page, no form feed"


QUIRKS = {"e1": q_e1, "e2": q_e2, "e3": q_e3, "e4": q_e4, "e5": q_e5, "e6": q_e6}


def mutate(key, g):
    g = copy.deepcopy(g)
    p = g["projects"][0]
    if key == "e1":
        g["toc"] = g["toc"][1:]                       # a 目录 entry lost from the glued paragraph
    elif key == "e2":
        p["indicators"][1]["value_raw"] = "4"          # value cut wrongly from the glued cell
    elif key == "e3":
        p["indicators"] = p["indicators"][:-1]
    elif key == "e4":
        g["projects"][1]["department"] = "仙居县卫生健康局"   # not in the workbook
    elif key == "e5":
        p["indicators"] = p["indicators"][:7]            # the form cut at the page break
    elif key == "e6":
        p["indicators"][6]["level1"] = "产出指标"          # the 生态效益 row put under the wrong 一级 group
        p["indicators"][6]["level1_std"] = "产出指标"
    return g


def fails(fn, *a):
    try:
        fn(*a)
        return False
    except Exception:
        return True


def main(selftest):
    ok = True
    golds, paths = {}, {}
    for key, name in STEMS.items():
        stem = name.rsplit(".", 1)[0]
        path = os.path.join(HERE, "drafts", name)
        gp = os.path.join(HERE, "expected", stem + ".gold.json")
        g = json.load(open(gp, encoding="utf-8"))
        golds[key], paths[key] = g, path
        sha = hashlib.sha256(open(path, "rb").read()).hexdigest() == g["source"]["sha256"]
        r = subprocess.run([sys.executable, SCORE, gp, gp], capture_output=True, text=True)
        m = re.search(r"([01]\.\d+)", r.stdout)
        f1 = m.group(1) if m else r.stdout.strip()[:60]
        f1ok = m is not None and abs(float(m.group(1)) - 1.0) < 1e-9
        miss = missing(g, path)
        try:
            QUIRKS[key](path, g)
            q = "ok"
        except Exception as e:  # noqa: BLE001
            q = f"FAIL {type(e).__name__}: {e}"
        n = sum(len(p["indicators"]) for p in g["projects"])
        good = sha and f1ok and not miss and q == "ok"
        ok &= good
        print(f"{key} {'OK' if good else 'BAD'}  sha={'ok' if sha else 'BAD'} self-F1={f1} "
              f"strings={len(printed_strings(g))} missing={miss} quirk={q} indicators={n}")
    if selftest:
        for key in STEMS:
            others = [k for k in STEMS if k != key]
            nf = sum(fails(QUIRKS[key], paths[o], golds[key]) for o in others)
            mf = fails(QUIRKS[key], paths[key], mutate(key, golds[key]))
            g2 = copy.deepcopy(golds[key])
            g2["projects"][0]["indicators"][1]["level3"] += "（改）"
            miss2 = missing(g2, paths[key])
            print(f"selftest {key}: quirk fail on {nf}/{len(others)} other drafts; mutated gold: "
                  f"{'fail' if mf else 'PASSED (bad)'}; renamed 三级 missing={miss2}")
            ok &= nf == len(others) and mf and len(miss2) == 1
    print("ALL OK" if ok else "SOMETHING FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main("--selftest" in sys.argv))
