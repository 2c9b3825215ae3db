"""Check the heldout33b set: JSON, sha256, score.py G G = 1.0, every printed string of each gold in the draft's OWN
text (independent readers written here: zipfile+lxml for the .docx, pdfplumber for the PDF, openpyxl for the .xlsx,
html.parser for the MinerU Markdown; never make.py's code, never jixiao), and each quirk read from the FILE.
`--selftest` runs every quirk assertion against the three OTHER drafts and against a mutated gold (each must FAIL),
and the string check against a gold with a 三级 renamed."""
import copy, glob, hashlib, json, os, re, subprocess, sys, zipfile
from html.parser import HTMLParser
from lxml import etree

HERE = os.path.dirname(os.path.abspath(__file__))
SCORE = "/work/shared/tools/score.py"
WS = re.compile(r"\s+")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
HEAD = ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"]


def flat(s):
    return WS.sub("", str(s))


def unnum(t):
    return re.sub(r"^(?:[一二三四五六七八九十]+、|\d+、)", "", t.strip())


# ---------------------------------------------------------------- readers
def docx_body(path):
    """body blocks in order: ('p', text, pageBreakBefore) or ('tbl', rows of (text, tblHeader))"""
    root = etree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    out = []
    for el in root.find(W + "body"):
        if el.tag == W + "p":
            txt = "".join((t.text or "") if t.tag == W + "t" else "\t" for t in el.iter(W + "t", W + "tab")
                          if not (t.tag == W + "tab" and t.getparent().tag == W + "tabs"))
            out.append(("p", txt, el.find(f"{W}pPr/{W}pageBreakBefore") is not None))
        elif el.tag == W + "tbl":
            rows = []
            for tr in el.findall(W + "tr"):
                hdr = tr.find(f"{W}trPr/{W}tblHeader") is not None
                cells = ["\n".join("".join(t.text or "" for t in p.iter(W + "t")) for p in tc.findall(W + "p"))
                         for tc in tr.findall(W + "tc")]
                rows.append((cells, hdr))
            out.append(("tbl", rows, None))
    return out


def pdf_pages(path):
    import pdfplumber
    with pdfplumber.open(path) as d:
        return [(pg.extract_text() or "", pg.extract_tables()) for pg in d.pages]


def footer_no(text):
    m = re.search(r"—\s*(\d+)\s*—\s*$", text.strip())
    return int(m.group(1)) if m else None


class MD(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tables, self.cell = [], None

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self.tables.append([])
        elif tag == "tr":
            self.tables[-1].append([])
        elif tag == "td":
            self.cell = []
            self.tables[-1][-1].append(self.cell)

    def handle_endtag(self, tag):
        if tag == "td":
            self.tables[-1][-1][-1] = "".join(self.cell)
            self.cell = None

    def handle_data(self, d):
        if self.cell is not None:
            self.cell.append(d)


def md_tables(text):
    m = MD()
    m.feed(text)
    return m.tables


def corpus(path):
    if path.endswith(".docx"):
        out = []
        for kind, body, _ in docx_body(path):
            if kind == "p":
                out.append(flat(body))
            else:
                out += [flat(c) for cells, _ in body for c in cells]
        return out + [flat("".join(out))]
    if path.endswith(".pdf"):
        pages = pdf_pages(path)
        out = [flat(t) for t, _ in pages]
        for _, tabs in pages:
            out += [flat(c) for t in tabs for r in t for c in r if c]
        for (_, a), (_, b) in zip(pages, pages[1:]):  # a row cut by the page: join the cells column-wise
            if a and b:
                last = a[-1][-1]
                first = b[0][1] if [flat(c or "") for c in b[0][0]] == HEAD and len(b[0]) > 1 else b[0][0]
                out += [flat((x or "") + (y or "")) for x, y in zip(last, first)]
        return out
    if path.endswith(".xlsx"):
        import openpyxl
        wb = openpyxl.load_workbook(path)
        return [flat(c) for ws in wb.worksheets for r in ws.iter_rows(values_only=True) for c in r if c is not None] + \
            [flat(s) for s in wb.sheetnames]
    t = open(path, encoding="utf-8").read()
    return [flat(re.sub(r"<[^>]+>", "\n", t))] + [flat(c) for tb in md_tables(t) for r in tb for c in r]


def printed(g, xlsx=False):
    d = g["document"]
    s = [d["title"], d["department"], d["department_code"], d["compiled_by"], d["reviewed_by"]]
    s += [e["title"] for e in g["toc"]] + g["overall_goals"]
    for x in g["sub_goals"]:
        s += [x["title"], x["goal"], x["indicator"]]
    for x in g["safeguards"]:
        s += [x["title"], x["text"]]
    for p in g["projects"]:
        s += [p["title"], p["name"], p["code"], p["purpose"], p["department"], p["department_code"]] + p["goals"]
        if not xlsx:
            s += ["%.2f" % p[k] for k in ("budget_total", "budget_fiscal", "budget_other") if p[k] is not None]
        s += ["%d月底" % e["month"] for e in p["spending_plan"]]
        for i in p["indicators"]:
            s += [i["level1"], i["level2"], i["level3"], i["description"], i["value_raw"], i["basis"]]
    return [x for x in s if x]


def missing(path, g):
    cs = corpus(path)
    miss = [x for x in printed(g, path.endswith(".xlsx")) if not any(flat(x) in c for c in cs)]
    if path.endswith(".xlsx"):  # amounts are number cells: compare the numbers on each form's sheet
        import openpyxl
        wb = openpyxl.load_workbook(path)
        for ws, p in zip(wb.worksheets[3:], g["projects"]):
            row = [c for c in next(ws.iter_rows(min_row=4, max_row=4, values_only=True))]
            if [row[1], row[3], row[5]] != [p["budget_total"], p["budget_fiscal"], p["budget_other"]]:
                miss.append("budget of " + p["name"])
            pct = [c for c in next(ws.iter_rows(min_row=7, max_row=7, values_only=True))][1:5]
            if pct != [e["pct"] for e in p["spending_plan"]]:
                miss.append("plan of " + p["name"])
    return miss


def gtoc(g, part=None):
    return [(e["part"], e["title"], e["page"]) for e in g["toc"] if part in (None, e["part"])]


def titles(g):
    return ["%d、%s" % (p["seq"], p["title"]) for p in g["projects"]]


# ---------------------------------------------------------------- quirks (read from the FILE)
def q_d1(path, g):
    if not path.endswith(".docx"):
        return False, "not docx"
    body = docx_body(path)
    paras = [b for b in body if b[0] == "p"]
    tt = [(t, pb) for k, t, pb in paras if re.fullmatch(r"\d+、.+绩效目标表", t)]
    if [t for t, _ in tt] != titles(g):
        return False, "form titles %s != gold" % [t for t, _ in tt][:2]
    if not all(pb for _, pb in tt):
        return False, "a form does not start on a new page"
    # 目录: the tab-separated lines before the first part heading after the TOC
    toc, part = [], 0
    for k, t, _ in paras:
        if t.startswith(("第一部分  ", "第二部分  ")):
            part += 1
            continue
        m = re.fullmatch(r"(.+)\t(\d+)", t)
        if m:
            toc.append((part, unnum(m.group(1)), int(m.group(2))))
    if toc != gtoc(g):
        return False, "目录 %s != gold" % toc[:2]
    itabs = [b[1] for b in body if b[0] == "tbl" and b[1][0][0] == HEAD]
    if len(itabs) != len(g["projects"]) or not all(t[0][1] for t in itabs):
        return False, "indicator tables without a repeated (tblHeader) header row"
    cnt = [len(t) - 1 for t in itabs]
    if cnt != [len(p["indicators"]) for p in g["projects"]]:
        return False, "indicator rows per form %s != gold" % cnt
    l3 = [tuple(r[0][2] for r in t[1:]) for t in itabs]
    same = [(a + 1, b + 1) for a in range(len(l3)) for b in range(a + 1, len(l3)) if l3[a] == l3[b]]
    if not same:
        return False, "no two forms printing the same 三级 names"
    tops = [b[1] for b in body if b[0] == "tbl" and b[1][0][0][0] == "项目编码"]
    empty = [k + 1 for k, t in enumerate(tops) if t[1][0][4] == "其他资金" and t[1][0][5] == ""]
    one = [k + 1 for k, t in enumerate(tops) if t[5][0][0] == "绩效目标" and not re.match(r"\d+、", t[5][0][1])]
    if max(cnt) != 12 or min(cnt) != 4 or not empty or not one:
        return False, "no 12-row form / 4-row form / empty 其他资金 / one-sentence goal"
    return True, "%d forms, each on a new page, %d 目录 entries, tblHeader rows; forms %s print the same 三级; rows %s" % (
        len(tt), len(toc), same, cnt)


D2_SPAN = [2, 3, 4, 7, 8]  # forms whose table runs over a page break in the PDF (observed, asserted)


def q_d2(path, g):
    if not path.endswith(".pdf"):
        return False, "not pdf"
    pages = pdf_pages(path)
    toc, part = [], 0
    for l in pages[1][0].splitlines():
        if l.startswith(("第一部分", "第二部分")):
            part += 1
            continue
        m = re.fullmatch(r"(.+?)\.{3,}(\d+)", l.strip())
        if m:
            toc.append((part, unnum(m.group(1)), int(m.group(2))))
    if toc != gtoc(g):
        return False, "目录 %s != gold" % toc[:3]
    tpage = {}
    for n, (t, _) in enumerate(pages):
        for m in re.finditer(r"(\d+、.{2,40}?绩效目标表)(?=\d{6})", flat(t)):
            tpage.setdefault(m.group(1), n)
    if list(tpage) != titles(g):
        return False, "form titles %s != gold" % list(tpage)[:2]
    fno = [footer_no(pages[tpage[t]][0]) for t in titles(g)]
    if fno != [e["page"] for e in g["toc"] if e["part"] == 2]:
        return False, "目录 pages %s are not the footers of the title pages" % fno
    span, shared = [], []
    for k, p in enumerate(g["projects"]):
        last = p["indicators"][-1]
        lp = [n for n, (_, tabs) in enumerate(pages) for tb in tabs for r in tb
              if len(r) == 6 and r[2] and flat(last["level3"]).startswith(flat(r[2])) and r[3]
              and flat(last["description"]).startswith(flat(r[3]))]
        if not lp:
            return False, "last row of form %d not found" % (k + 1)
        if max(lp) > tpage[titles(g)[k]]:
            span.append(k + 1)
        if k + 1 < len(g["projects"]) and max(lp) == tpage[titles(g)[k + 1]]:
            shared.append(max(lp) + 1)
    if span != D2_SPAN or not shared:
        return False, "forms spanning pages %s != %s / no page holding an end and a start" % (span, D2_SPAN)
    heads = sum(1 for _, tabs in pages for tb in tabs for r in tb if [flat(c or "") for c in r] == HEAD)
    if heads <= len(g["projects"]):
        return False, "no repeated header rows"
    return True, "%d pages; 目录 = title-page footers; forms %s cut by a page; pages %s hold an end and a start; %d header rows for %d forms" % (
        len(pages), span, shared, heads, len(g["projects"]))


def q_d3(path, g):
    if not path.endswith(".xlsx"):
        return False, "not xlsx"
    import openpyxl
    wb = openpyxl.load_workbook(path)
    want = [t[:31] for t in titles(g)]
    if wb.sheetnames != ["封面", "目录", "部门整体绩效目标"] + want:
        return False, "sheet names %s != gold titles cut at 31" % wb.sheetnames[3:5]
    cut = [t for t in titles(g) if len(t) > 31]
    if len(cut) < 2:
        return False, "fewer than two sheet names truncated"
    toc, part = [], 0
    for r in wb["目录"].iter_rows(min_row=3, values_only=True):
        if r[0] and str(r[0]).startswith(("第一部分", "第二部分")):
            part += 1
            continue
        if part == 2 and r[2] != wb.sheetnames[2 + r[0]]:
            return False, "目录 sheet column != sheet name"
        toc.append((part, unnum(r[1]), r[3]))
    if toc != gtoc(g):
        return False, "目录 %s != gold" % toc[:2]
    for ws, p, t in zip(wb.worksheets[3:], g["projects"], titles(g)):
        if ws["A1"].value != t or ws.print_title_rows.replace("$", "") != "9:9":
            return False, "sheet %s: full title in A1 / print titles row 9" % ws.title
        n = ws.max_row - 9
        if n != len(p["indicators"]) or [c.value for c in ws[9]] != HEAD:
            return False, "sheet %s: %d indicator rows" % (ws.title, n)
    empty = [ws.title for ws in wb.worksheets[3:] if ws["E4"].value == "其他资金" and ws["F4"].value is None]
    one = [ws.title for ws in wb.worksheets[3:] if ws["A8"].value == "绩效目标" and not re.match(r"\d+、", ws["B8"].value)]
    if not empty or not one:
        return False, "no empty 其他资金 cell / one-sentence goal"
    return True, "%d sheets; %d names cut at 31 (%s); 目录 column C = sheet names; full titles in A1, header row 9 printed on every page" % (
        len(wb.sheetnames), len(cut), [t[31:] for t in cut])


D4_SPLIT = 4  # the form whose table MinerU gives as two <table>s (cut by the page break)


def q_d4(path, g):
    if not path.endswith(".md"):
        return False, "not md"
    t = open(path, encoding="utf-8").read()
    lines = t.splitlines()
    heads = [l[2:] for l in lines if re.fullmatch(r"# \d+、.+绩效目标表", l)]
    if heads != titles(g):
        return False, "form headings %s != gold" % heads[:2]
    toc, part = [], 0
    for l in lines[:lines.index("# 第一部分")]:
        if l.startswith(("第一部分", "第二部分")):
            part += 1
            continue
        m = re.fullmatch(r"(.+?)…+(\d+)", l)
        if m:
            toc.append((part, unnum(m.group(1)), int(m.group(2))))
    if toc != gtoc(g):
        return False, "目录 %s != gold" % toc[:2]
    blocks = re.split(r"^# \d+、.+绩效目标表$", t, flags=re.M)[1:]
    ntab = [b.count("<table>") for b in blocks]
    want = [2 if p["seq"] == D4_SPLIT else 1 for p in g["projects"]]
    if ntab != want:
        return False, "tables per form %s != %s" % (ntab, want)
    b = md_tables(blocks[D4_SPLIT - 1])
    if b[1][0] != HEAD or b[0][0][0] != "项目编码" or b[1][1][0] == "项目编码":
        return False, "continuation table does not start with the repeated header"
    rows = [sum(len(tb) for tb in md_tables(x)) - 6 - (len(md_tables(x)) - 1) - 1 for x in blocks]
    if rows != [len(p["indicators"]) for p in g["projects"]]:
        return False, "indicator rows %s != gold" % rows
    l3 = [set(r[2] for tb in md_tables(x) for r in tb if len(r) == 6 and r[0] != "一级指标") for x in blocks[:2]]
    if len(l3[0] & l3[1]) < 3:
        return False, "forms 1 and 2 share fewer than 3 三级 names"
    return True, "%d form headings; %d 目录 lines; form %d split into two <table>s (%d + %d rows), header repeated" % (
        len(heads), len(toc), D4_SPLIT, len(b[0]) - 7, len(b[1]) - 1)


Q = {"d1": q_d1, "d2": q_d2, "d3": q_d3, "d4": q_d4}


def mutate(key, g):
    g = copy.deepcopy(g)
    if key == "d1":
        g["toc"][-1]["page"] += 1
    elif key == "d2":
        g["toc"][-3]["page"] += 1  # form 6 claimed on the page after the one whose footer it sits above
    elif key == "d3":
        g["projects"][2]["title"] = g["projects"][2]["title"].replace("新建及改造", "改造")
    elif key == "d4":
        g["projects"][3]["indicators"].pop()
    return g


def load():
    out = {}
    for gp in sorted(glob.glob(os.path.join(HERE, "expected", "*.gold.json"))):
        g = json.load(open(gp, encoding="utf-8"))
        out[g["source"]["path"][:2]] = (os.path.join(HERE, "drafts", g["source"]["path"]), gp, g)
    return out


def main():
    sets = load()
    assert len(sets) == 4, sets.keys()
    ok = True
    for key, (dp, gp, g) in sets.items():
        sha = hashlib.sha256(open(dp, "rb").read()).hexdigest() == g["source"]["sha256"]
        sc = subprocess.run([sys.executable, SCORE, gp, gp], capture_output=True, text=True).stdout
        f1 = re.search(r'"f1":\s*([\d.]+)', sc)
        f1ok = bool(f1) and float(f1.group(1)) == 1.0
        miss = missing(dp, g)
        qok, qmsg = Q[key](dp, g)
        good = sha and f1ok and not miss and qok
        ok &= good
        print("%s %-42s sha=%s F1=%s projects=%d indicators=%d strings=%d missing=%s quirk=%s (%s)" % (
            "OK " if good else "BAD", os.path.basename(dp), sha, f1.group(1) if f1 else "?", len(g["projects"]),
            sum(len(p["indicators"]) for p in g["projects"]), len(printed(g)), miss[:3], qok, qmsg))
    if "--selftest" in sys.argv:
        for key, (dp, gp, g) in sets.items():
            others = [Q[key](odp, og)[0] for k2, (odp, _, og) in sets.items() if k2 != key]
            mres = Q[key](dp, mutate(key, g))
            g2 = copy.deepcopy(g)
            g2["projects"][0]["indicators"][2]["level3"] += "（改）"
            miss = missing(dp, g2)
            st = not any(others) and not mres[0] and miss
            ok &= bool(st)
            print("selftest %s: quirk fail on %d/%d other drafts; mutated gold: %s; renamed 三级 missing=%s" % (
                key, others.count(False), len(others), "fail (%s)" % mres[1] if not mres[0] else "PASSES (bad)", miss))
    print("ALL OK" if ok else "FAILURES")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
