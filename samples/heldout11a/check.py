#!/usr/bin/env python3
"""Check the blind set: valid JSON, source.sha256 matches the bytes, score.py self-F1 1.0, and every printed
string of each gold found in its document's own text, each format read on its own terms:
.docx: word/document.xml through zipfile + lxml, every w:p in document order (tables included) — not python-docx;
.xlsx: openpyxl, visible sheets and rows, each number through its number format (the DISPLAYED text);
.pdf: pdfminer + a column-by-column reading of pdfminer's characters (wrapped cells) + pypdfium2's text.
Whitespace and `,` are ignored in the comparison. Each draft's quirk (the family variant) is asserted too
(structure()). Nothing from jixiao is used. Theme of 11a: indicator tables as provincial budget systems export them."""
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
                      "direction", "level3_printed", "sign", "nature", "printed_unit"):
                if x.get(k): yield x[k]
            if x.get("weight") is not None: yield str(x["weight"])


def norm(s):
    return re.sub(r"\s+", "", s.replace(",", ""))            # 18,652,300.00 in a cell = 18652300.00 in the gold


# ------------------------------------------------------------------ quirks
L1NAMES = ("产出指标", "效益指标", "满意度指标", "成本指标")


def structure(stem, doc, g, txt):
    bad = []
    P = g["projects"]
    if stem.startswith("y1"):
        from openpyxl import load_workbook
        wb = load_workbook(doc)
        ok = []
        for ws, p in zip(wb.worksheets, P):
            hr = [r for r in range(1, ws.max_row + 1) if ws.cell(row=r, column=5).value == "运算符号"]
            heads = [ws.cell(row=hr[0], column=c).value for c in range(1, 9)] if hr else []
            r0 = hr[0] + 1 if hr else 0
            rows_ok = []
            for i, x in enumerate(p["indicators"]):
                v = ws.cell(row=r0 + i, column=6)
                sign = ws.cell(row=r0 + i, column=5).value
                unit = ws.cell(row=r0 + i, column=7).value
                if x["kind"] == "numeric":
                    rows_ok.append(isinstance(v.value, (int, float)) and v.number_format == "0.00"
                                   and sign in ("大于等于", "小于等于", "等于", "大于") and unit
                                   and show(v.value, v.number_format) == x["value_raw"])
                elif x["kind"] == "reference":
                    rows_ok.append(v.value == x["reference"] and sign == "小于等于" and unit is None)
                else:
                    rows_ok.append(isinstance(v.value, str) and sign is None and unit is None
                                   and ws.cell(row=r0 + i, column=4).value == "定性")
            ok.append(heads == ["一级指标", "二级指标", "三级指标", "指标性质", "运算符号", "指标值", "计量单位", "权重（%）"]
                      and all(rows_ok) and sum(x["weight"] for x in p["indicators"]) == 100)
        signs = {x["sign"] for p in P for x in p["indicators"]}
        if (not all(ok) or len(wb.worksheets) != len(P) or any(c in txt for c in "≥≤＞＜")
                or not {"大于等于", "小于等于", "等于", "大于"} <= signs
                or not any(x["value_raw"].endswith("0") and "." in x["value_raw"] for p in P for x in p["indicators"])):
            bad.append(f"y1: sheets ok={ok} signs={signs}")
    if stem.startswith("y2"):
        tabs = [docx_rows(t) for t in docx_xml(doc).find(W + "body").findall(W + "tbl")]
        ind_tabs = [t for t in tabs if t[0][0][0] == "二级指标"]
        ok = []
        for t, p in zip(ind_tabs, P):
            bands = [r[0][0] for r in t[1:] if len(r) == 1 and r[0][1] == 4]
            want = [p["indicators"][s]["level1"] for s, _ in spans_of(p["indicators"], "level1")]
            others = [c[0] for r in t[1:] if len(r) > 1 for c in r]
            ok.append(bands == want and len(t) == 1 + len(bands) + len(p["indicators"])
                      and not any(c in L1NAMES for c in others)
                      and [c[0] for c in t[0]] == ["二级指标", "三级指标", "指标值", "指标值设定依据"])
        if len(ind_tabs) != len(P) or not all(ok) or "一级指标" in txt:
            bad.append(f"y2: indicator tables={len(ind_tabs)} ok={ok}")
    if stem.startswith("y3"):
        import pdfplumber
        with pdfplumber.open(doc) as pdf:
            pages = [[w["text"] for w in pg.extract_words()] for pg in pdf.pages]
            rects = sum(len(pg.rects) for pg in pdf.pages)
        ok = []
        for words, p in zip(pages, P):
            mg = [x for x in p["indicators"] if x["group"] == "部门管理"]
            i1, i2 = words.index("一、年度履职目标") if "一、年度履职目标" in words else -1, \
                words.index("二、部门管理") if "二、部门管理" in words else -1
            ok.append(0 <= i1 < i2 and words.count("指标值（%）") == 1 and words.count("产出指标") == 2
                      and all(x["value_raw"] in words and "%" not in x["value_raw"] and x["unit"] == "%" for x in mg)
                      and all(x["level1"] not in ("年度履职目标", "部门管理") for x in p["indicators"]))
        wording = ("不少于", "不低于", "不高于", "不超过", "控制在")
        if (len(pages) != len(P) or not all(ok) or rects < 60 or any(w not in txt for w in wording)
                or any(p["scope"] != "department" for p in P)):
            bad.append(f"y3: pages={len(pages)} ok={ok} rects={rects}")
    if stem.startswith("y4"):
        from openpyxl import load_workbook
        wb = load_workbook(doc)
        ws = wb.worksheets[0]
        name_cells = [(c.row, c.column) for row in ws.iter_rows() for c in row if c.value == "项目名称"]
        col_f = [ws.cell(row=r, column=6).value for r in range(3, ws.max_row + 1)]
        lv3 = lambda col: [ws.cell(row=r, column=col).value for r in range(12, ws.max_row + 1)
                           if ws.cell(row=r, column=col).value]
        left = [v for v in lv3(3)]
        right = [v for v in lv3(9)]
        if (len(wb.worksheets) != 1 or name_cells != [(4, 1), (4, 7)] or any(v is not None for v in col_f)
                or left != [x["level3"] for x in P[0]["indicators"]] or right != [x["level3"] for x in P[1]["indicators"]]
                or len(left) <= len(right)):
            bad.append(f"y4: 项目名称 at {name_cells}, column F={set(col_f)}, left={len(left)} right={len(right)}")
    if stem.startswith("y5"):
        from openpyxl import load_workbook
        wb = load_workbook(doc)
        ok, empties = [], 0
        for ws, p in zip(wb.worksheets, P):
            hr = [r for r in range(1, ws.max_row + 1) if ws.cell(row=r, column=1).value == "绩效指标"][0]
            heads = [ws.cell(row=hr, column=c).value for c in range(1, 5)]
            tree = []
            for r in range(hr + 1, ws.max_row + 1):
                c = ws.cell(row=r, column=1)
                if c.value is None or str(c.value).startswith("导出时间"):
                    continue
                tree.append((c.value, int(c.alignment.indent), ws.row_dimensions[r].outline_level,
                             ws.cell(row=r, column=3).value, ws.cell(row=r, column=2).value))
            leaves = [t for t in tree if t[1] == 4]
            lvl1 = [t for t in tree if t[1] == 0]
            lvl2 = [t for t in tree if t[1] == 2]
            for k, t in enumerate(tree):
                if t[1] == 2 and (k + 1 == len(tree) or tree[k + 1][1] < 4):
                    empties += 1
            ok.append(heads == ["绩效指标", "指标值", "权重（%）", "指标解释"]
                      and [t[0] for t in leaves] == [x["level3"] for x in p["indicators"]]
                      and all(t[2] == 2 and t[4] for t in leaves) and all(t[0] in L1NAMES and t[4] is None for t in lvl1)
                      and all(t[0] == t[0].strip() for t in tree)
                      and sum(t[3] for t in lvl1) == 100 == sum(t[3] for t in leaves)
                      and not any(h in txt for h in ("一级指标", "二级指标", "三级指标")))
        if not all(ok) or empties != 1 or len(wb.worksheets) != len(P):
            bad.append(f"y5: sheets ok={ok} empty nodes={empties}")
    if stem.startswith("y6"):
        tabs = docx_tables(doc)
        ok = []
        for t, p, n_left in zip(tabs, P, (3, 2)):                    # unused template rows left in each table
            hr = next(i for i, r in enumerate(t) if "三级指标" in r)
            body = [(r[-2], r[-1]) for r in t[hr + 1:]]
            left = [b for b in body if re.fullmatch(r"指标\d+：|……", b[0])]
            goal_cell = next(r[-1] for r in t if r[0] == "年度绩效目标")
            ok.append(len(left) == n_left and all(v == "" for _, v in left)
                      and len(body) - len(left) == len(p["indicators"])
                      and all(re.match(r"指标\d+：", b[0]) for b in body if b not in left)
                      and goal_cell.split("\n")[0].startswith("目标1："))
        p1_goals = next(r[-1] for r in tabs[0] if r[0] == "年度绩效目标").split("\n")
        missing = [x for p in P for x in p["indicators"] if x["kind"] == "missing"]
        if (not all(ok) or p1_goals[-1] != "目标3：" or len(P[0]["goals"]) != 2 or len(missing) != 1
                or any(x["level3"].startswith("指标") for p in P for x in p["indicators"])):
            bad.append(f"y6: tables ok={ok} p1 goal lines={p1_goals} missing={len(missing)}")
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
