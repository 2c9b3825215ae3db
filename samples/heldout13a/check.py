#!/usr/bin/env python3
"""Check the blind set: valid JSON, source.sha256 matches the bytes, score.py self-F1 1.0, and every printed
string of each gold found in its document's own text, each format read on its own terms:
.docx: word/document.xml through zipfile + lxml, every w:p in document order (tables included) — not python-docx;
.xlsx: openpyxl, visible sheets and rows, each number through its number format (the DISPLAYED text);
.pdf: pdfminer + a column-by-column reading of pdfminer's characters (wrapped cells) + pypdfium2's text.
Whitespace and `,` are ignored in the comparison. Each draft's quirk (the family variant) is asserted too
(structure()). Nothing from jixiao is used. Theme of 13a: long and awkward indicator tables."""
import glob, hashlib, json, os, re, subprocess, sys, zipfile

from lxml import etree

HERE = os.path.dirname(os.path.abspath(__file__))
D = os.path.join(HERE, "drafts")
EXPECTED = os.path.join(HERE, "expected")
SCORE = "/work/shared/tools/score.py"
WNS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = "{%s}" % WNS


# ------------------------------------------------------------------ readers
def docx_xml(path):
    return etree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))


def p_text(p):
    return "".join((e.text or "") if e.tag == W + "t" else "\n" for e in p.iter(W + "t", W + "br", W + "tab"))


def docx_text(path):
    return "\n".join(p_text(p) for p in docx_xml(path).find(W + "body").iter(W + "p"))


def docx_tables(path):
    """top-level tables as lists of rows of cell texts (one entry per w:tc; a vMerge continuation is '')."""
    out = []
    for tbl in docx_xml(path).find(W + "body").findall(W + "tbl"):
        out.append([["\n".join(p_text(p) for p in tc.iter(W + "p")) for tc in tr.findall(W + "tc")]
                    for tr in tbl.findall(W + "tr")])
    return out


def docx_rows(tbl):
    """rows of (text, gridSpan) per w:tc."""
    out = []
    for tr in tbl.findall(W + "tr"):
        row = []
        for tc in tr.findall(W + "tc"):
            gs = tc.find(f"{W}tcPr/{W}gridSpan")
            row.append(("\n".join(p_text(p) for p in tc.iter(W + "p")), int(gs.get(W + "val")) if gs is not None else 1))
        out.append(row)
    return out


def show(v, fmt):
    if isinstance(v, str):
        return v
    f = fmt or "General"
    if f == "General":
        return str(int(v)) if float(v).is_integer() else repr(float(v))
    m = re.fullmatch(r'(#,##)?0(?:\.(0+))?', f)
    assert m, "unknown number format " + f
    dec = len(m.group(2) or "")
    return f"{v:,.{dec}f}" if m.group(1) else f"{v:.{dec}f}"


def xlsx_text(path):
    from openpyxl import load_workbook
    wb = load_workbook(path)
    out = []
    for ws in wb.worksheets:
        if ws.sheet_state != "visible":
            continue
        out.append(ws.title)
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None and not ws.row_dimensions[c.row].hidden:
                    out.append(show(c.value, c.number_format))
    return "\n".join(out)


def pdf_columns(path):
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTChar, LTTextContainer, LTTextLine
    out = []
    for pg in extract_pages(path):
        pieces = []
        for el in pg:
            if not isinstance(el, LTTextContainer):
                continue
            for ln in el:
                if not isinstance(ln, LTTextLine):
                    continue
                cur = None
                for ch in ln:
                    if not isinstance(ch, LTChar):
                        continue
                    if cur is None or ch.x0 - cur[2] > 6:
                        cur = [ch.x0, ch.y1, ch.x1, ""]
                        pieces.append(cur)
                    cur[2], cur[3] = ch.x1, cur[3] + ch.get_text()
        pieces.sort(key=lambda q: (round(q[0]), -q[1]))
        out += [q[3] for q in pieces]
    return "\n".join(out)


def pdfium_text(path):
    import pypdfium2 as pdfium
    d = pdfium.PdfDocument(path)
    return "\n".join(d[i].get_textpage().get_text_range() for i in range(len(d)))


def pdf_text(path):
    from pdfminer.high_level import extract_text
    return extract_text(path) + "|" + pdf_columns(path) + "|" + pdfium_text(path)


def text_of(path):
    return {".docx": docx_text, ".xlsx": xlsx_text, ".pdf": pdf_text}[os.path.splitext(path)[1]](path)


def strings(g):
    d = g["document"]
    yield d["title"]; yield d["department"]
    for k in ("department_code", "compiled_by", "reviewed_by", "status"):
        if d.get(k): yield d[k]
    yield from g["overall_goals"]
    for s in g["sub_goals"]:
        yield s["title"]; yield s["goal"]; yield s["indicator"]
    for s in g["safeguards"]:
        yield s["title"]; yield s["text"]
    for p in g["projects"]:
        for k in ("title", "department", "department_code", "code", "name", "purpose", "implementing_unit"):
            if p.get(k): yield p[k]
        for k in ("budget_total", "budget_fiscal", "budget_other"):
            if p.get(k) is not None: yield f"{p[k]:.2f}"
        for e in p["spending_plan"]:
            yield f'{e["month"]}月底'; yield f'{e["pct"]}%'
        yield from p["goals"]
        yield from p.get("goals_mid_term") or []
        for x in p["indicators"]:
            for k in ("level1", "level2", "level3", "description", "value_raw", "basis", "reference", "baseline_raw",
                      "direction", "level3_printed", "sign", "nature", "printed_unit", "cell_printed", "remark"):
                if x.get(k): yield x[k]
            if x.get("weight") is not None: yield str(x["weight"])


def norm(s):
    return re.sub(r"\s+", "", s.replace(",", ""))            # 18,652,300.00 in a cell = 18652300.00 in the gold


# ------------------------------------------------------------------ quirks
L1NAMES = ("产出指标", "效益指标", "满意度指标", "成本指标")
DITTOS = ("〃", "同上")


def plumber_words(doc):
    import pdfplumber
    with pdfplumber.open(doc) as pdf:
        return [pg.extract_words(keep_blank_chars=False) for pg in pdf.pages]


def col_words(words, x_lo, x_hi):
    """words whose left edge lies in [x_lo, x_hi), top to bottom."""
    return [w["text"] for w in sorted(words, key=lambda w: w["top"]) if x_lo <= w["x0"] < x_hi]


def body_rows_xlsx(ws, header_row):
    """(row number, [A..E values]) for every row below the header up to the 合计 row / the end of the grid."""
    out = []
    for r in range(header_row + 1, ws.max_row + 1):
        vals = [ws.cell(row=r, column=c).value for c in range(1, 6)]
        if isinstance(vals[0], str) and vals[0].startswith("填报人"):
            break
        out.append((r, vals))
    while out and all(v is None for v in out[-1][1]) and not ws.cell(row=out[-1][0], column=1).border.left.style:
        out.pop()
    return out


def structure(stem, doc, g, txt):
    bad = []
    P = g["projects"]
    if stem.startswith("a1"):
        pages = plumber_words(doc)
        x0 = 45
        seq_col = [[int(t) for t in col_words(ws, x0, x0 + 28) if t.isdigit()] for ws in pages]
        l1_col = [col_words(ws, x0 + 28, x0 + 86) for ws in pages]
        l2_col = [col_words(ws, x0 + 86, x0 + 180) for ws in pages]
        p1 = P[0]["indicators"]
        want_seq = [[x["seq"] for x in p1[0:18]], [x["seq"] for x in p1[18:37]], [x["seq"] for x in p1[37:46]],
                    [x["seq"] for x in P[1]["indicators"]]]
        heads = [[w["text"] for w in ws].count("序号") for ws in pages]
        ok = [seq_col == want_seq, heads == [1, 1, 1, 1], len(p1) >= 40,
              # after break 1 the cut groups are printed AGAIN: page 2's first row is 产出指标/质量指标, both shown
              p1[18]["level1"] == "产出指标" and p1[18]["level2"] == "质量指标"
              and l1_col[1][:2] == ["一级指标", "产出指标"] and l2_col[1][:2] == ["二级指标", "质量指标"],
              # after break 2 they are left BLANK: page 3 starts inside 效益指标/社会效益指标, neither printed there
              p1[37]["level1"] == "效益指标" and p1[37]["level2"] == "社会效益指标"
              and "效益指标" not in l1_col[2] and "社会效益指标" not in l2_col[2]
              and l1_col[2] == ["一级指标", "满意度指标"],
              all(f"第 {i} 页 共 4 页" in txt for i in range(1, 5)),
              "社会效益指标" in l2_col[1] and "质量指标" in l2_col[0]]
        if not all(ok):
            bad.append(f"a1: ok={ok} seq={seq_col} l1={l1_col} l2={l2_col}")
    if stem.startswith("a2"):
        tabs = [docx_rows(t) for t in docx_xml(doc).find(W + "body").findall(W + "tbl")]
        body_tbls = docx_xml(doc).find(W + "body").findall(W + "tbl")
        ind = [(t, e) for t, e in zip(tabs, body_tbls) if t[0][0][0] == "绩效指标"]
        ok = []
        for (t, e), p in zip(ind, P):
            trs = e.findall(W + "tr")
            hdr = [tr.find(f"{W}trPr/{W}tblHeader") is not None for tr in trs]
            vm = [tc.find(f"{W}tcPr/{W}vMerge") is not None for tc in trs[2].findall(W + "tc")]
            body = t[3:]
            ok.append([(c, s) for c, s in t[0]] == [("绩效指标", 5), ("指标值设定依据", 1), ("备注", 1)]
                      and [c for c, _ in t[1]][:3] == ["一级指标", "二级指标", "三级指标"] and ("指标值", 2) in t[1]
                      and [c for c, _ in t[2]] == ["", "", "", "2023年实际完成值", "2024年目标值", "", ""]
                      and vm == [True, True, True, False, False, True, True]
                      and hdr[:4] == [True, True, True, False] and len(body) == len(p["indicators"])
                      and all(r[3][0] == (x["baseline_raw"] or "") and r[4][0] == x["value_raw"]
                              and r[6][0] == (x.get("remark") or "") for r, x in zip(body, p["indicators"])))
        blanks = [x for p in P for x in p["indicators"] if x["baseline_raw"] is None]
        remarks = [x for p in P for x in p["indicators"] if x.get("remark")]
        if len(ind) != len(P) or not all(ok) or len(blanks) != 2 or len(remarks) < 6:
            bad.append(f"a2: tables={len(ind)} ok={ok} blank baselines={len(blanks)} remarks={len(remarks)}")
    if stem.startswith("a3"):
        from openpyxl import load_workbook
        wb = load_workbook(doc)
        ok = []
        for ws, p in zip(wb.worksheets, P):
            hr = [r for r in range(1, ws.max_row + 1) if ws.cell(row=r, column=5).value == "分值"][0]
            rows = body_rows_xlsx(ws, hr)
            inds = p["indicators"]
            groups = spans_of(inds, "level1")
            sub = [(r, v) for r, v in rows if v[1] == "小计"]
            spacer = [r for r, v in rows if all(x is None for x in v)]
            total = [(r, v) for r, v in rows if v[0] == "合计"]
            named = [v[2] for r, v in rows if v[2] and v[1] != "小计" and v[0] != "合计"]
            merged = {str(m) for m in ws.merged_cells.ranges}
            want_sub = [sum(x["weight"] for x in inds[s:s + n]) for s, n in groups] if p["seq"] == 1 else []      # 小计 rows in project 1 only
            ok.append(named == [x["level3"] for x in inds] and [v[4] for _, v in sub] == want_sub
                      and len(spacer) == len(groups) - 1 and len(total) == 1 and total[0][1][4] == 100
                      and rows[-1][1][0] == "合计"
                      and all(f"A{r}" in {m.split(":")[1] for m in merged if m.startswith("A")} for r, _ in sub))
        dup = []
        for p in P:
            names = [x["level3"] for x in p["indicators"]]
            dup += [(p["seq"], n, [x["level2"] for x in p["indicators"] if x["level3"] == n])
                    for n in sorted(set(names)) if names.count(n) > 1]
        if (not all(ok) or len(dup) != 2 or any(len(set(l2)) != 2 for _, _, l2 in dup)
                or any(x["level3"] in ("小计", "合计") for p in P for x in p["indicators"])):
            bad.append(f"a3: sheets ok={ok} duplicates={dup}")
    if stem.startswith("a4"):
        pages = plumber_words(doc)
        ok = []
        for ws, p in zip(pages, P):
            x = {w["text"]: w["x0"] for w in ws}
            order = [x.get(h, -1) for h in ("三级指标", "指标值", "二级指标", "一级指标")]
            l1x = [w["x0"] for w in ws if w["text"] in L1NAMES]
            l3x = [w["x0"] for w in ws if w["text"] in {i["level3"] for i in p["indicators"]}]
            ok.append(min(order) >= 0 and order == sorted(order)
                      and len(l1x) == len(spans_of(p["indicators"], "level1")) and min(l1x) > order[3] - 20
                      and l3x and max(l3x) < order[1])
        latin = [x["level3"] for p in P for x in p["indicators"] if re.search(r"[A-Za-z]", x["level3"])]
        if len(pages) != len(P) or not all(ok) or len(latin) < 6 or not all(n in txt for n in latin):
            bad.append(f"a4: pages={len(pages)} ok={ok} latin names={latin}")
    if stem.startswith("a5"):
        tabs = [t for t in (docx_rows(e) for e in docx_xml(doc).find(W + "body").findall(W + "tbl"))
                if t[0][0][0] == "一级指标"]
        ok = []
        for t, p in zip(tabs, P):
            body = t[1:]
            merged = [r for r in body if any(s == 2 for _, s in r)]
            want = [x["cell_printed"] for x in p["indicators"] if x.get("cell_printed")]
            ok.append(len(body) == len(p["indicators"]) and [next(c for c, s in r if s == 2) for r in merged] == want
                      and all(len(r) == 4 for r in merged) and all(len(r) == 5 for r in body if r not in merged))
        cp = [x for p in P for x in p["indicators"] if x.get("cell_printed")]
        if (len(tabs) != len(P) or not all(ok) or len(cp) < 8 or not any(":" in x["cell_printed"] for x in cp)
                or any(re.search("[：:]", x["level3"] + x["value_raw"]) for p in P for x in p["indicators"])):
            bad.append(f"a5: tables={len(tabs)} ok={ok} colon cells={len(cp)}")
    if stem.startswith("a6"):
        from openpyxl import load_workbook
        wb = load_workbook(doc)
        ok, marks = [], {}
        for ws, p in zip(wb.worksheets, P):
            hr = [r for r in range(1, ws.max_row + 1) if ws.cell(row=r, column=5).value == "指标值设定依据"][0]
            rows = [v for _, v in body_rows_xlsx(ws, hr)]
            merged_below = [m for m in ws.merged_cells.ranges if m.min_row > hr]
            resolved, prev = [], None
            for v in rows:
                cur = [prev[i] if v[i] in DITTOS else v[i] for i in range(5)]
                resolved.append(cur)
                prev = cur
                for i in (0, 1, 4):
                    if v[i] in DITTOS:
                        marks[(p["seq"], i, v[i])] = marks.get((p["seq"], i, v[i]), 0) + 1
            ok.append(not merged_below and rows[0][0] not in DITTOS and len(rows) == len(p["indicators"])
                      and all(v[2] not in DITTOS and v[3] not in DITTOS for v in rows)
                      and [(r[0], r[1], r[2], r[3], r[4]) for r in resolved]
                      == [(x["level1"], x["level2"], x["level3"], x["value_raw"], x["basis"]) for x in p["indicators"]])
        gold_txt = json.dumps(g, ensure_ascii=False)
        if (not all(ok) or any(d in gold_txt for d in DITTOS) or marks.get((1, 1, "同上"), 0) < 10
                or marks.get((1, 0, "〃"), 0) < 15 or marks.get((2, 1, "〃"), 0) < 5 or marks.get((1, 4, "〃"), 0) < 10
                or sum(len(p["indicators"]) for p in P) < 35):
            bad.append(f"a6: sheets ok={ok} marks={marks}")
    return bad


def spans_of(inds, key):
    out, i = [], 0
    while i < len(inds):
        j = i
        while j + 1 < len(inds) and inds[j + 1][key] == inds[i][key]:
            j += 1
        out.append((i, j - i + 1))
        i = j + 1
    return out


bad = 0
for gp in sorted(glob.glob(os.path.join(EXPECTED, "*.gold.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    stem = os.path.basename(gp)[: -len(".gold.json")]
    doc = os.path.join(D, g["source"]["path"])
    sha_ok = hashlib.sha256(open(doc, "rb").read()).hexdigest() == g["source"]["sha256"]
    raw_txt = text_of(doc)
    txt = norm(raw_txt)
    miss = [s for s in strings(g) if norm(str(s)) not in txt]
    miss += structure(stem, doc, g, raw_txt)
    r = subprocess.run([sys.executable, SCORE, gp, gp], capture_output=True, text=True)
    f1 = json.loads(r.stdout)["f1"]
    n_ind = sum(len(p["indicators"]) for p in g["projects"])
    print(f"{os.path.basename(doc):44s} projects={len(g['projects'])} indicators={n_ind} self-F1={f1} "
          f"sha256={'ok' if sha_ok else 'STALE'} missing={miss}")
    bad += bool(miss) or f1 != 1.0 or not sha_ok
sys.exit(1 if bad else 0)
