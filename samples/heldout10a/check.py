#!/usr/bin/env python3
"""Check the blind set: valid JSON, source.sha256 matches the bytes, score.py self-F1 1.0, and every printed
string of each gold found in its document's own text, each format read on its own terms:
.docx: word/document.xml through zipfile + lxml, every w:p in document order (tables included) — not python-docx;
.xlsx: openpyxl, visible sheets and rows, each number through its number format (the DISPLAYED text);
.pdf: pdfminer + a column-by-column reading of pdfminer's characters (wrapped cells) + pypdfium2's text.
Whitespace and `,` are ignored in the comparison. Each draft's quirk (the family variant) is asserted too
(structure()). Nothing from jixiao is used."""
import glob, hashlib, json, os, re, subprocess, sys, zipfile

from lxml import etree

HERE = os.path.dirname(os.path.abspath(__file__))
D = os.path.join(HERE, "drafts")
EXPECTED = os.path.join(HERE, "expected")
SCORE = "/work/shared/tools/score.py"
WNS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = "{%s}" % WNS
PLACEHOLDERS = ("—", "——", "/", "无", "N/A")


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
                      "direction"):
                if x.get(k): yield x[k]
            if x.get("weight") is not None: yield str(x["weight"])


def norm(s):
    return re.sub(r"\s+", "", s.replace(",", ""))            # 18,652,300.00 in a cell = 18652300.00 in the gold


# ------------------------------------------------------------------ quirks
def structure(stem, doc, g, txt):
    bad = []
    P = g["projects"]
    if stem.startswith("w1"):
        tabs = docx_tables(doc)
        heads = [t[0] for t in tabs]
        names_ok = [h[0] == "部门（单位）名称" and h[1] == p["department"] and h[2] == "部门编码"
                    and h[3] == p["department_code"] for h, p in zip(heads, P)]
        amounts = re.findall(r"\d{1,3}(?:,\d{3})+\.\d{2}", txt)
        if (len(tabs) != 4 or not all(names_ok) or any(len(t) >= len(tabs[0]) for t in tabs[1:])
                or txt.count("单位：元") != 4 or "万元" in txt.replace("≥150万元", "") or len(amounts) < 8
                or any(p["unit"] != "元" for p in P) or "年度预算安排（元）" not in txt):
            bad.append(f"w1: tables={len(tabs)} rows={[len(t) for t in tabs]} heads ok={names_ok} "
                       f"amounts with separators={len(amounts)}")
    if stem.startswith("w2"):
        from openpyxl import load_workbook
        wb = load_workbook(doc)
        ws = wb.worksheets[0]
        hdr = {ws.cell(row=r, column=c).value: c for r in (3, 4) for c in range(1, 13)}
        first = [r for r in range(5, ws.max_row + 1) if ws.cell(row=r, column=2).value]
        merged = {str(m) for m in ws.merged_cells.ranges}
        spans_ok = []
        for p, r in zip(P, first):
            last = r + len(p["indicators"]) // 2 - 1
            spans_ok.append(all(f"{col}{r}:{col}{last}" in merged for col in "ABCDEFG"))
        n_item = sum(1 for row in ws.iter_rows() for c in row if c.value == "项目名称")
        if (len(wb.worksheets) != 1 or n_item != 1 or len(first) != len(P)
                or hdr.get("中期目标", 0) + 1 != hdr.get("年度目标") or hdr.get("中期指标值", 0) + 1 != hdr.get("年度指标值")
                or not all(spans_ok) or any(p.get("code") for p in P)
                or any(len(p["goals_mid_term"]) == 0 for p in P)):
            bad.append(f"w2: sheets={len(wb.worksheets)} 项目名称 cells={n_item} projects={first} header={hdr} "
                       f"merged project spans={spans_ok}")
    if stem.startswith("w3"):
        import pdfplumber
        with pdfplumber.open(doc) as pdf:
            words = [w["text"] for pg in pdf.pages for w in pg.extract_words()]
            rects = sum(len(pg.rects) for pg in pdf.pages)
            chars = sum(len(pg.chars) for pg in pdf.pages)
        ph = {x["value_raw"] for p in P for x in p["indicators"] if x["kind"] == "missing"}
        weights = [sum(x["weight"] for x in p["indicators"]) for p in P]
        if (ph != set(PLACEHOLDERS) or any(w not in words for w in PLACEHOLDERS) or "权重（分）" not in txt
                or "指标方向" not in txt or "反向" not in words or rects < 60 or chars < 500
                or weights != [100] * len(P)):
            bad.append(f"w3: placeholders in gold={ph} as words={[w for w in PLACEHOLDERS if w in words]} "
                       f"rects={rects} chars={chars} weights={weights}")
    if stem.startswith("w4"):
        body = docx_xml(doc).find(W + "body")
        loose = "\n".join(p_text(p) for p in body.findall(W + "p"))          # paragraphs OUTSIDE any table
        tabs = docx_tables(doc)
        in_tables = [s for s in g["overall_goals"] + [x["goal"] for x in g["sub_goals"]] +
                     [x["title"] for x in g["safeguards"]]]
        sub = [t for t in tabs if len(t) > 1 and t[1] == ["项目", "绩效目标", "绩效指标"]]
        firsts = [t[0][0] for t in tabs]
        if (any(norm(s) in norm(loose) for s in in_tables) or len(sub) != 1 or len(tabs) != 3 + len(P)
                or firsts[:3] != ["部门职责", "分项绩效目标", "工作保障措施"] or "总体绩效目标" != tabs[0][1][0]
                or any(f'{p["department_code"]} {p["department"]}' not in loose for p in P)
                or any(f'{p["seq"]}、{p["title"]}' not in loose for p in P)):
            bad.append(f"w4: tables={len(tabs)} first cells={firsts} sub tables={len(sub)}")
    if stem.startswith("w5"):
        from openpyxl import load_workbook
        wb = load_workbook(doc)
        ok = []
        for ws, p in zip(wb.worksheets, P):
            hr = [r for r in range(1, ws.max_row + 1) if ws.cell(row=r, column=2).value == "二级指标"]
            r0 = hr[0] + 1
            col_b = [ws.cell(row=r0 + i, column=2).value for i in range(len(p["indicators"]))]
            heads = [ws.cell(row=hr[0], column=c).value for c in range(1, 6)]
            ok.append(len(hr) == 1 and all(v is None for v in col_b)
                      and heads[3:] == ["上年实际完成值", "本年目标值"]
                      and [ws.cell(row=r0 + i, column=3).value for i in range(len(p["indicators"]))]
                      == [x["level3"] for x in p["indicators"]])
        blanks = sum(1 for p in P for x in p["indicators"] if x["baseline_raw"] is None)
        if (not all(ok) or len(wb.worksheets) != len(P) or blanks < 2
                or any(x["level2"] is not None or x["level2_std"] is not None for p in P for x in p["indicators"])):
            bad.append(f"w5: sheets ok={ok} blank baselines={blanks}")
    if stem.startswith("w6"):
        tabs = docx_tables(doc)
        other = [next(r[-1] for r in t if "其他资金" in r) for t in tabs]
        goals = [next(r[-1] for r in t if r[0] == "2025年度绩效目标") for t in tabs]
        n_rows = [len(t) - 8 for t in tabs]
        if (txt.count("（2025）") != len(P) or txt.count("2025年度资金总额") != len(P)
                or "2025年度项目支出绩效目标" not in txt or other[1] != "" or P[1]["budget_other"] is not None
                or re.match(r"\d", goals[2]) or len(P[2]["goals"]) != 1 or not re.match(r"1\.", goals[0])
                or n_rows != [len(p["indicators"]) for p in P] or n_rows[0] != 18):
            bad.append(f"w6: 其他资金 cells={other} goal cells start={[x[:4] for x in goals]} rows={n_rows}")
    return bad


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
