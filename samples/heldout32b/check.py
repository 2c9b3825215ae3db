"""Validate heldout32b (no jixiao): JSON, sha256, score.py G G = 1.0, every printed gold string in the draft's own
text (independent readers: zipfile+lxml for .docx, openpyxl for .xlsx, pdfplumber + pypdfium2 for .pdf,
html.parser for .html), and each draft's LEVEL LAYOUT read back from the FILE and compared with the gold.
`--selftest` also runs every layout assertion on the five OTHER drafts and on a mutated gold, and the string check
on a gold with a 三级 renamed: each must FAIL there."""
import copy, hashlib, json, os, re, subprocess, sys, zipfile
from html.parser import HTMLParser
from lxml import etree

HERE = os.path.dirname(os.path.abspath(__file__))
DR, EX = os.path.join(HERE, "drafts"), os.path.join(HERE, "expected")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
CN = "一二三四五六七八九十"
# the standard framework, typed here independently of golds.py / kit.py
FRAME = {"数量指标": "产出指标", "质量指标": "产出指标", "时效指标": "产出指标", "经济成本指标": "成本指标",
         "社会成本指标": "成本指标", "生态环境成本指标": "成本指标", "经济效益指标": "效益指标", "社会效益指标": "效益指标",
         "生态效益指标": "效益指标", "可持续影响指标": "效益指标", "服务对象满意度指标": "满意度指标"}


def nows(s):
    return re.sub(r"[\s,]", "", s or "")


# ------------------------------------------------------------------ readers
def docx_tables(path):
    """every w:tbl as a grid of cell texts (gridSpan expanded as one cell + None fillers, vMerge continue = text above)
    plus per row the raw list of (text, gridSpan)"""
    root = etree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    out = []
    for tbl in root.iter(W + "tbl"):
        grid, raw = [], []
        for tr in tbl.findall(W + "tr"):
            row, rr = [], []
            for tc in tr.findall(W + "tc"):
                text = "\n".join("".join(t.text or "" for t in p.iter(W + "t")) for p in tc.findall(W + "p"))
                pr = tc.find(W + "tcPr")
                span = 1
                vm = None
                if pr is not None:
                    gs = pr.find(W + "gridSpan")
                    span = int(gs.get(W + "val")) if gs is not None else 1
                    v = pr.find(W + "vMerge")
                    if v is not None:
                        vm = v.get(W + "val") or "continue"
                col = len(row)
                if vm == "continue" and grid and col < len(grid[-1]):
                    text = grid[-1][col]
                rr.append((text, span))
                row.append(text)
                row += [None] * (span - 1)
            grid.append(row)
            raw.append(rr)
        out.append((grid, raw))
    return out


def docx_text(path):
    root = etree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    return "\n".join("".join(t.text or "" for t in p.iter(W + "t")) for p in root.iter(W + "p"))


class HP(HTMLParser):
    def __init__(self):
        super().__init__()
        self.text, self.tables, self.cur, self.cell = [], [], None, None

    def handle_starttag(self, tag, a):
        a = dict(a)
        if tag == "table":
            self.tables.append([])
        elif tag == "tr" and self.tables:
            self.tables[-1].append([])
        elif tag in ("td", "th") and self.tables:
            self.cell = {"tag": tag, "rs": int(a.get("rowspan", 1)), "cs": int(a.get("colspan", 1)), "t": ""}
            self.tables[-1][-1].append(self.cell)
        elif tag == "br" and self.cell is not None:
            self.cell["t"] += "\n"

    def handle_endtag(self, tag):
        if tag in ("td", "th"):
            self.cell = None

    def handle_data(self, d):
        self.text.append(d)
        if self.cell is not None:
            self.cell["t"] += d


def html_parse(path):
    h = HP()
    h.feed(open(path, encoding="utf-8").read())
    return h


def html_grid(rows):
    """expand rowspan/colspan: grid of (text, tag, is_origin)"""
    grid, pend = [], {}
    for r, row in enumerate(rows):
        g, it, c = [], iter(row), 0
        cells = list(row)
        k = 0
        while k < len(cells) or (r, c) in pend:
            if (r, c) in pend:
                g.append(pend.pop((r, c)))
                c += 1
                continue
            cell = cells[k]
            k += 1
            for dc in range(cell["cs"]):
                g.append((cell["t"], cell["tag"], dc == 0))
                for dr in range(1, cell["rs"]):
                    pend[(r + dr, c)] = (cell["t"], cell["tag"], False)
                c += 1
        grid.append(g)
    return grid


def pdf_text(path):
    import pdfplumber, pypdfium2
    parts = []
    with pdfplumber.open(path) as pdf:
        for pg in pdf.pages:
            parts.append(pg.extract_text() or "")
            for t in pg.extract_tables():
                for row in t:
                    parts += [c or "" for c in row]
    d = pypdfium2.PdfDocument(path)
    for i in range(len(d)):
        parts.append(d[i].get_textpage().get_text_range())
    return "\n".join(parts)


def xlsx_text(path):
    import openpyxl
    wb = openpyxl.load_workbook(path)
    return "\n".join(str(c) for ws in wb for row in ws.iter_rows(values_only=True) for c in row if c is not None)


def draft_text(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "docx":
        return docx_text(path)
    if ext == "xlsx":
        return xlsx_text(path)
    if ext == "pdf":
        return pdf_text(path)
    if ext == "html":
        return "".join(html_parse(path).text)
    raise ValueError(ext)


def printed_strings(g):
    out = [g["document"]["department"], g["document"]["department_code"]]
    for p in g["projects"]:
        out += [p["title"], p["name"], p["code"], p["purpose"], p["department"], p["department_code"]] + p["goals"]
        out += ["%.2f" % p[k] for k in ("budget_total", "budget_fiscal", "budget_other") if p[k] is not None]
        for d in p["indicators"]:
            out += [d[k] for k in ("level1", "level2", "level3", "description", "value_raw", "basis") if d[k]]
    return out


def missing_strings(g, path):
    t = nows(draft_text(path))
    return [s for s in printed_strings(g) if nows(s) not in t]


# ------------------------------------------------------------------ layout readers (one per draft)
def lay_b1(path):
    """banner rows: a row of ONE w:tc spanning the full width reads `一、L1` or `（一）L2`; indicator rows have 4 cells"""
    projs = []
    assert "一级指标" not in docx_text(path) and "二级指标" not in docx_text(path)
    for grid, raw in docx_tables(path):
        hdr = [i for i, r in enumerate(grid) if r[:4] == ["三级指标", "绩效指标描述", "指标值", "指标值确定依据"]]
        assert len(hdr) == 1
        l1 = l2 = None
        n1 = n2 = 0
        inds, banners = [], 0
        for rr in raw[hdr[0] + 1:]:
            if len(rr) == 1:
                text, span = rr[0]
                assert span == 4 == len(grid[0]), "banner must span the table"
                m1 = re.fullmatch(r"([一二三四五六七八九十])、(.+)", text)
                m2 = re.fullmatch(r"（([一二三四五六七八九十])）(.+)", text)
                if m1:
                    n1 += 1
                    assert CN.index(m1.group(1)) + 1 == n1
                    l1, l2, n2 = m1.group(2), None, 0
                elif m2:
                    n2 += 1
                    assert CN.index(m2.group(1)) + 1 == n2 and l1
                    l2 = m2.group(2)
                else:
                    raise AssertionError("banner text " + text)
                banners += 1
            else:
                assert len(rr) == 4 and l1 and l2
                inds.append((l1, l2, rr[0][0], rr[2][0]))
        assert banners >= 4
        projs.append(inds)
    return projs


def lay_b2(path):
    """numbered levels: `N L1` / `N.M L2` / `N.M.K L3`, 一级 / 二级 cells merged down their groups"""
    import openpyxl
    wb = openpyxl.load_workbook(path)
    projs = []
    for ws in wb:
        rows = list(ws.iter_rows(values_only=True))
        hdr = [i for i, r in enumerate(rows) if list(r[:5]) == ["一级指标", "二级指标", "三级指标", "指标值", "指标值确定依据"]]
        assert len(hdr) == 1
        h = hdr[0] + 1  # 1-based row number of the header
        merged_cols = {rg.min_col for rg in ws.merged_cells.ranges if rg.min_row > h and rg.max_row > rg.min_row}
        assert {1, 2} <= merged_cols, "一级 / 二级 must be merged ranges"
        inds, l1, l2 = [], None, None
        for r in rows[h:]:
            if r[0]:
                m = re.fullmatch(r"(\d+) (.+)", r[0])
                l1 = (m.group(1), m.group(2))
            if r[1]:
                m = re.fullmatch(r"(\d+)\.(\d+) (.+)", r[1])
                assert m.group(1) == l1[0]
                l2 = (m.group(1) + "." + m.group(2), m.group(3))
            m = re.fullmatch(r"(\d+\.\d+)\.(\d+) (.+)", r[2])
            assert m.group(1) == l2[0]
            inds.append((l1[1], l2[1], m.group(3), r[3]))
        projs.append(inds)
    return projs


def lay_b3(path):
    """path cell: `一级-二级` in ONE 指标类别 cell beside 三级 / 指标值 / 依据 (ruled table read by pdfplumber)"""
    import pdfplumber
    projs = []
    with pdfplumber.open(path) as pdf:
        for pg in pdf.pages:
            assert "一级指标" not in (pg.extract_text() or "")
            for t in pg.extract_tables():
                hdr = [i for i, r in enumerate(t) if r[:4] == ["指标类别", "三级指标", "指标值", "指标值确定依据"]]
                if not hdr:
                    continue
                inds = []
                for r in t[hdr[0] + 1:]:
                    assert len(r) == 4
                    a, b = r[0].split("-")
                    inds.append((a, b, r[1], r[2]))
                projs.append(inds)
    return projs


def lay_b4(path):
    """one 绩效指标 column: 一级 / 二级 / 三级 told apart ONLY by the x offset of the text in the cell"""
    import pdfplumber
    projs = []
    with pdfplumber.open(path) as pdf:
        for pg in pdf.pages:
            for tb in pg.find_tables():
                rows = tb.rows
                texts = tb.extract()
                hdr = [i for i, r in enumerate(texts) if r and r[0] == "绩效指标" and r[2] == "指标值"]
                if not hdr:
                    continue
                inds, l1, l2, offs = [], None, None, set()
                for row, tx in zip(rows[hdr[0] + 1:], texts[hdr[0] + 1:]):
                    x0, top, x1, bot = row.cells[0]
                    ch = [c for c in pg.chars if x0 <= c["x0"] < x1 and top <= (c["top"] + c["bottom"]) / 2 < bot
                          and c["text"].strip()]
                    off = round(min(c["x0"] for c in ch) - x0)
                    level = 0 if off < 12 else 1 if off < 28 else 2
                    offs.add(level)
                    name = tx[0].replace("\n", "")
                    assert not name.startswith((" ", "　"))
                    if level == 0:
                        assert not any(tx[1:]), "a 一级 node carries no value"
                        l1, l2 = name, None
                    elif level == 1:
                        assert not any(tx[1:]) and l1
                        l2 = name
                    else:
                        assert l1 and l2 and tx[2]
                        inds.append((l1, l2, name, tx[2].replace("\n", "")))
                assert offs == {0, 1, 2}
                projs.append(inds)
    return projs


def lay_b5(path):
    """no 一级 anywhere: indicator header 二级 | 三级 | 指标值 | 依据 (th cells), 二级 rowspan"""
    h = html_parse(path)
    page = "".join(h.text)
    rest = page
    for l2 in sorted(FRAME, key=len, reverse=True):  # the 二级 names hold 效益指标 / 满意度指标 / 成本指标 inside
        rest = rest.replace(l2, "")
    assert "一级" not in rest and not any(x in rest for x in ("产出指标", "效益指标", "满意度指标", "成本指标"))
    projs = []
    for t in h.tables:
        grid = html_grid(t)
        hdr = [i for i, r in enumerate(grid) if [c[0] for c in r] == ["二级指标", "三级指标", "指标值", "指标值确定依据"]
               and all(c[1] == "th" for c in r)]
        assert len(hdr) == 1
        projs.append([(None, r[0][0], r[1][0], r[2][0]) for r in grid[hdr[0] + 1:]])
    return projs


def lay_b6(path):
    """two halves: header 一级|二级|三级|指标值 twice; 产出 rows in the left half, 效益 / 满意度 in the right half;
    reading order left half then right half"""
    projs = []
    hd = ["一级指标", "二级指标", "三级指标", "指标值"]
    for grid, raw in docx_tables(path):
        hdr = [i for i, r in enumerate(grid) if r == hd + hd]
        assert len(hdr) == 1
        left, right = [], []
        for r in grid[hdr[0] + 1:]:
            for half, cells in ((left, r[:4]), (right, r[4:])):
                if cells[2]:
                    half.append(tuple(cells))
        assert left and right
        assert {x[0] for x in left} == {"产出指标"} and "产出指标" not in {x[0] for x in right}
        projs.append(left + right)
    return projs


LAY = {"b1": lay_b1, "b2": lay_b2, "b3": lay_b3, "b4": lay_b4, "b5": lay_b5, "b6": lay_b6}


def layout_ok(key, path, g):
    """True iff the layout read from the FILE gives exactly the gold's levels / 三级 / values"""
    try:
        got = LAY[key](path)
    except Exception:
        return False
    want = [[(d["level1"], d["level2"], d["level3"], d["value_raw"]) for d in p["indicators"]] for p in g["projects"]]
    got = [[(a, b, nows(c), nows(v)) for a, b, c, v in p] for p in got]
    want = [[(a, b, nows(c), nows(v)) for a, b, c, v in p] for p in want]
    if got != want:
        return False
    for p in g["projects"]:  # level*_std: the framework
        for d in p["indicators"]:
            if d["level2_std"] != d["level2"] or FRAME.get(d["level2"], "产出指标") != d["level1_std"]:
                return False
            if d["level1"] is not None and d["level1"] != d["level1_std"]:
                return False
    return True


def mutate(key, g):
    g = copy.deepcopy(g)
    ind = g["projects"][0]["indicators"]
    if key in ("b1", "b3"):  # a row moved to the wrong 二级
        ind[0]["level2"] = ind[0]["level2_std"] = "质量指标"
    elif key == "b2":  # the printed numbering kept in the name
        ind[0]["level3"] = "1.1.1 " + ind[0]["level3"]
    elif key == "b4":  # a 二级 node read as an indicator's 一级
        ind[-1]["level1"] = ind[-1]["level1_std"] = "效益指标"
    elif key == "b5":  # 一级 invented as if printed
        ind[0]["level1"] = "产出指标"
    elif key == "b6":  # row order read across the halves (row 1 left, row 1 right, ...)
        ind[0], ind[7] = ind[7], ind[0]
    return g


def main():
    selftest = "--selftest" in sys.argv
    keys = {}
    ok = True
    for fn in sorted(os.listdir(EX)):
        stem = fn[: -len(".gold.json")]
        g = json.load(open(os.path.join(EX, fn), encoding="utf-8"))
        path = os.path.join(DR, g["source"]["path"])
        key = stem[:2]
        keys[key] = (g, path)
        sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
        gp = os.path.join(EX, fn)
        sc = subprocess.run([sys.executable, "/work/shared/tools/score.py", gp, gp], capture_output=True, text=True)
        f1 = re.findall(r"([01]\.\d+)", sc.stdout)
        miss = missing_strings(g, path)
        lay = layout_ok(key, path, g)
        n = [len(p["indicators"]) for p in g["projects"]]
        good = sha == g["source"]["sha256"] and sc.returncode == 0 and "1.0" in sc.stdout and not miss and lay
        ok &= good
        print(f"{'OK ' if good else 'BAD'} {stem}: indicators {n}, sha {'ok' if sha == g['source']['sha256'] else 'BAD'}, "
              f"score {sc.stdout.strip().splitlines()[-1] if sc.stdout.strip() else sc.stderr[-200:]}, "
              f"missing={miss}, layout {'ok' if lay else 'FAIL'}")
    if selftest:
        for key, (g, path) in sorted(keys.items()):
            others = [layout_ok(key, p2, g2) for k2, (g2, p2) in keys.items() if k2 != key]
            mut = layout_ok(key, path, mutate(key, g))
            g3 = copy.deepcopy(g)
            g3["projects"][0]["indicators"][1]["level3"] += "专项"
            miss = missing_strings(g3, path)
            fine = not any(others) and not mut and miss
            ok &= bool(fine)
            print(f"selftest {key}: layout fail on {others.count(False)}/{len(others)} other drafts; "
                  f"mutated gold: {'fail' if not mut else 'PASSED (bad)'}; renamed 三级 missing={miss}")
    print("ALL OK" if ok else "PROBLEMS")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
