#!/usr/bin/env python3
"""Check the blind set heldout21b: valid JSON, source.sha256 matches the bytes, score.py self-F1 1.0, every printed
string of each gold found in its document's own text, and each draft's quirk really present (structure()).

Readers written for this check (nothing from jixiao, nothing from make.py; the xlsx / docx / html readers are those of
heldout20b's check.py):
- TEXT (missing()): .xlsx → the zip's sharedStrings / inline strings / numeric cells (a number in format `0.00` rendered
  `%.2f`, else as stored) and the sheet tab; .docx → word/document.xml; .pdf → pdfminer.six AND pypdfium2 (either
  counts); .html and MinerU .md → html.parser text nodes; .txt → the UTF-8 text. Whitespace is ignored.
- STRUCTURE (structure()): the FILE parsed on its own terms (xlsx XML with merged ranges and cell types, docx XML with
  gridSpan / vMerge, html.parser tables with rowspan / colspan and `<th>`, pdfplumber tables, the tab rows of the text,
  the `<table>`s of the Markdown) to assert each quirk and that the gold agrees with what the file shows.
`--selftest` runs every quirk assertion against the five OTHER drafts and against a mutated gold, and the string check
against a gold with a 三级 renamed, and reports that each fails there."""
import copy, glob, hashlib, json, os, re, subprocess, sys, zipfile
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
D, EXPECTED = os.path.join(HERE, "drafts"), os.path.join(HERE, "expected")
SCORE = "/work/shared/tools/score.py"
STEMS = ["d1_xlsx_zhejiang_kecheng_signcols_2025", "d2_docx_henan_yuwangtai_unitform_2025",
         "d3_html_jiangxi_yuehu_maintasks_2025", "d4_pdf_lo_shanxi_kuangqu_dutyrows_2025",
         "d5_txt_tabs_shaanxi_wangyi_unitbudgets_2025", "d6_md_mineru_neimenggu_haibowan_pagesplit_2025"]
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
RN = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
SIGNS = {"≥": ">=", "≤": "<=", "＝": "=", "=": "="}


# ------------------------------------------------------------------ xlsx reader
def col_ix(ref):
    m = re.match(r"([A-Z]+)(\d+)", ref)
    c = 0
    for ch in m.group(1):
        c = c * 26 + ord(ch) - 64
    return int(m.group(2)), c


def xlsx_sheets(path):
    """[(name, {(r,c): (text, type, raw)}, [merged ranges as (r1,c1,r2,c2)])] in workbook order."""
    z = zipfile.ZipFile(path)
    ss = []
    if "xl/sharedStrings.xml" in z.namelist():
        for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall(S + "si"):
            ss.append("".join(t.text or "" for t in si.iter(S + "t")))
    st = ET.fromstring(z.read("xl/styles.xml"))
    fmts = {int(n.get("numFmtId")): n.get("formatCode") for n in st.iter(S + "numFmt")}
    xfs = [int(x.get("numFmtId", 0)) for x in st.find(S + "cellXfs").findall(S + "xf")]
    wb = ET.fromstring(z.read("xl/workbook.xml"))
    rels = ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))
    target = {r.get("Id"): r.get("Target") for r in rels}
    out = []
    for sh in wb.find(S + "sheets"):
        t = target[sh.get(RN + "id")]
        t = t.lstrip("/")
        t = t if t.startswith("xl/") else "xl/" + t
        x = ET.fromstring(z.read(t))
        cellmap = {}
        for c in x.iter(S + "c"):
            r, k = col_ix(c.get("r"))
            typ, v = c.get("t"), c.find(S + "v")
            if typ == "s":
                cellmap[(r, k)] = (ss[int(v.text)], "s", v.text)
            elif typ == "inlineStr":
                cellmap[(r, k)] = ("".join(e.text or "" for e in c.iter(S + "t")), "s", None)
            elif v is not None and v.text is not None:
                fid = xfs[int(c.get("s", 0))]
                code = fmts.get(fid, {2: "0.00"}.get(fid, "General"))
                f = float(v.text)
                txt = ("%.2f" % f) if code == "0.00" else (str(int(f)) if f.is_integer() else v.text)
                cellmap[(r, k)] = (txt, "n", v.text)
        merged = []
        mc = x.find(S + "mergeCells")
        for m in (mc if mc is not None else []):
            a, b = m.get("ref").split(":")
            merged.append(col_ix(a) + col_ix(b))
        out.append((sh.get("name"), cellmap, merged))
    return out


def xgrid(cellmap, merged):
    """text grid with merged ranges filled from their top-left cell."""
    g = {k: v[0] for k, v in cellmap.items()}
    for r1, c1, r2, c2 in merged:
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                g[(r, c)] = g.get((r1, c1), "")
    return g


# ------------------------------------------------------------------ docx reader
def wtext(el):
    out = []
    for x in el.iter():
        if x.tag == W + "t":
            out.append(x.text or "")
        elif x.tag == W + "p" and out and not out[-1].endswith("\n"):
            out.append("\n")
    return "".join(out).strip("\n")


def docx_blocks(doc):
    body = ET.fromstring(zipfile.ZipFile(doc).read("word/document.xml")).find(W + "body")
    out = []
    for el in body:
        if el.tag == W + "p":
            out.append(("p", wtext(el)))
        elif el.tag == W + "tbl":
            rows = []
            for tr in el.findall(W + "tr"):
                row = []
                for tc in tr.findall(W + "tc"):
                    pr = tc.find(W + "tcPr")
                    gs = pr.find(W + "gridSpan") if pr is not None else None
                    vm = pr.find(W + "vMerge") if pr is not None else None
                    row.append({"text": wtext(tc), "span": int(gs.get(W + "val")) if gs is not None else 1,
                                "vmerge": None if vm is None else (vm.get(W + "val") or "continue")})
                rows.append(row)
            out.append(("t", rows))
    return out


def dgrid(rows):
    out = []
    for row in rows:
        g = []
        for c in row:
            t = c["text"]
            if c["vmerge"] == "continue":
                t = out[-1][len(g)]
            g.extend([t] * c["span"])
        out.append(g)
    return out


# ------------------------------------------------------------------ html tables
class _TP(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tables, self.text, self.cur, self.intable = [], [], None, False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "table":
            self.tables.append([]); self.intable = True
        elif tag == "tr" and self.intable:
            self.tables[-1].append([])
        elif tag in ("td", "th") and self.intable:
            self.cur = {"text": "", "cs": int(a.get("colspan", 1)), "rs": int(a.get("rowspan", 1)), "th": tag == "th"}
            self.tables[-1][-1].append(self.cur)

    def handle_endtag(self, tag):
        if tag == "table":
            self.intable = False
        elif tag in ("td", "th"):
            self.cur = None

    def handle_data(self, d):
        self.text.append(d)
        if self.cur is not None:
            self.cur["text"] += d


def parse_html(s):
    p = _TP(); p.feed(s); p.close()
    return p


def hgrid(rows):
    taken = {}
    for r, row in enumerate(rows):
        col = 0
        for c in row:
            while (r, col) in taken:
                col += 1
            for i in range(r, r + c["rs"]):
                for j in range(col, col + c["cs"]):
                    taken[(i, j)] = c["text"].strip()
            col += c["cs"]
    n, m = max(i for i, _ in taken) + 1, max(j for _, j in taken) + 1
    return [[taken.get((i, j), "") for j in range(m)] for i in range(n)]


# ------------------------------------------------------------------ pdf tables
def pdf_rows(path):
    import pdfplumber
    with pdfplumber.open(path) as pdf:
        return [[c or "" for c in r] for pg in pdf.pages for t in pg.extract_tables() for r in t]


def texts(doc):
    if doc.endswith(".xlsx"):
        sh = xlsx_sheets(doc)
        return ["\n".join([n for n, _, _ in sh] + [v[0] for _, cm, _ in sh for v in cm.values()])]
    if doc.endswith(".docx"):
        return [wtext(ET.fromstring(zipfile.ZipFile(doc).read("word/document.xml")))]
    if doc.endswith(".pdf"):
        from pdfminer.high_level import extract_text
        import pypdfium2 as pdfium
        d = pdfium.PdfDocument(doc)
        return [extract_text(doc), "".join(d[i].get_textpage().get_text_range() for i in range(len(d)))]
    if doc.endswith((".html", ".md")):
        return ["".join(parse_html(open(doc, encoding="utf-8").read()).text)]
    return [open(doc, encoding="utf-8").read()]


def ns(s):
    return re.sub(r"\s+", "", str(s))


def _extra_strings(v):
    if isinstance(v, str):
        yield v
    elif isinstance(v, dict):
        for x in v.values():
            yield from _extra_strings(x)
    elif isinstance(v, list):
        for x in v:
            yield from _extra_strings(x)


def strings(g):
    d = g["document"]
    yield from (d[k] for k in ("title", "department", "department_code") if d.get(k))
    for p in g["projects"]:
        for k in ("title", "department", "department_code", "code", "name", "implementing_unit"):
            if p.get(k): yield p[k]
        for k in ("budget_total", "budget_fiscal", "budget_other", "budget_carryover"):
            if p.get(k) is not None: yield "%.2f" % p[k]
        yield from p["goals"]
        yield from _extra_strings(p.get("extra") or {})
        for x in p["indicators"]:
            for k in ("level1", "level2", "level3", "value_raw", "description", "basis", "printed_unit", "sign"):
                if x.get(k): yield x[k]


def missing(doc, g):
    ts = [ns(t) for t in texts(doc)]
    return [s for s in strings(g) if not any(ns(s) in t for t in ts)]


def cmp_rows(bad, tag, got, want):
    if got != want:
        bad.append(f"{tag}: file {got} != gold {want}")


def fill_down(rows, cols):
    last, out = {}, []
    for r in rows:
        r = list(r)
        for c in cols:
            if r[c]:
                last[c] = r[c]
            else:
                r[c] = last.get(c, "")
        out.append(r)
    return out


def plain_rows(q):
    return [(x["level1"], x["level2"], x["level3"], x["value_raw"]) for x in q["indicators"]]


def dept_shape(bad, g, tag):
    q = g["projects"]
    if len(q) != 1 or q[0]["scope"] != "department" or q[0]["name"] or q[0]["code"]:
        bad.append(f"{tag}: not ONE department-scope record with name / code null")


# ------------------------------------------------------------------ quirks, one draft each
def s_d1(doc, g):
    """xlsx: 年度预算 = 资金总额 / 其中：基本支出 / 项目支出 (NUMBER cells, 0.00) and NO 财政拨款 anywhere → fiscal / other null;
    指标性质 | 指标值 | 度量单位: the sign apart (`≥`, `≤`, full-width `＝`, `定性`), the 指标值 a NUMBER cell."""
    if not doc.endswith(".xlsx"):
        return ["d1: not an .xlsx"]
    bad = []
    dept_shape(bad, g, "d1")
    q = g["projects"][0]
    sh = xlsx_sheets(doc)
    if len(sh) != 1:
        return ["d1: sheets"]
    name, cm, mg = sh[0]
    cmp_rows(bad, "d1 sheet", name, q["extra"]["sheet"])
    gr = xgrid(cm, mg)
    hdr = ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"]
    hr = [r for r in range(1, 40) if [gr.get((r, c), "") for c in range(1, 7)] == hdr]
    if len(hr) != 1:
        return bad + ["d1: header row"]
    h = hr[0]
    lab = {gr.get((r, 2)): cm.get((r, 3)) for r in range(1, h) if gr.get((r, 1)) == "年度预算"}
    cmp_rows(bad, "d1 budget labels", sorted(lab), sorted(["资金总额", "其中：基本支出", "项目支出"]))
    if any(v is None or v[1] != "n" for v in lab.values()):
        bad.append("d1: budget not number cells")
    else:
        cmp_rows(bad, "d1 budget", (float(lab["资金总额"][0]), lab["其中：基本支出"][0], lab["项目支出"][0]),
                 (q["budget_total"], q["extra"]["基本支出"], q["extra"]["项目支出"]))
    if any("财政拨款" in v[0] for v in cm.values()) or q["budget_fiscal"] is not None or q["budget_other"] is not None:
        bad.append("d1: 财政拨款 printed, or fiscal / other not null")
    got, r = [], h + 1
    while gr.get((r, 3)):
        v = cm.get((r, 5))
        s = gr.get((r, 4))
        if (s == "定性") != (v[1] == "s"):
            bad.append(f"d1 row {r}: 指标值 cell type {v[1]} with 指标性质 {s}")
        got.append((gr[(r, 1)], gr[(r, 2)], gr[(r, 3)], s, v[0], gr.get((r, 6)) or None))
        r += 1
    cmp_rows(bad, "d1 rows", got, [(x["level1"], x["level2"], x["level3"], x["sign"], x["value_raw"], x["printed_unit"])
                                   for x in q["indicators"]])
    for x in q["indicators"]:
        if x["sign"] != "定性" and (x["comparator"] != SIGNS[x["sign"]] or x["unit"] != x["printed_unit"]):
            bad.append(f"d1: {x['level3']} comparator / unit not from 指标性质 / 度量单位")
    if "＝" not in [x["sign"] for x in q["indicators"]]:
        bad.append("d1: no full-width ＝")
    goal = [gr[(r, 2)] for r in range(1, h) if gr.get((r, 1)) == "年度总体目标"]
    cmp_rows(bad, "d1 goals", [re.sub(r"^\d+\.", "", t) for t in goal[0].split("\n")] if goal else None, q["goals"])
    duty = [gr[(r, 2)] for r in range(1, h) if gr.get((r, 1)) == "部门职能职责概述"]
    cmp_rows(bad, "d1 duty", duty, [q["extra"]["部门职能职责概述"]])
    return bad


def s_d2(doc, g):
    """docx: a UNIT-level 单位整体支出绩效目标申报表: 单位名称 / 单位编码 → department, 主管部门 / 主管部门编码 (another
    body) → extra; 年度预算 as a HORIZONTAL header row 资金总额 | 财政拨款 | 其他资金 over an amount row; 年度总体目标 ONE
    paragraph with no numbering → one goal; 一级 / 二级 vMerged."""
    if not doc.endswith(".docx"):
        return ["d2: not a .docx"]
    bad = []
    dept_shape(bad, g, "d2")
    q = g["projects"][0]
    bl = docx_blocks(doc)
    paras = [t for k, t in bl if k == "p"]
    tabs = [b for k, b in bl if k == "t"]
    if len(tabs) != 1:
        return bad + ["d2: tables"]
    if "单位整体支出绩效目标申报表" not in paras[0] or paras[0] != g["document"]["title"]:
        bad.append("d2: title paragraph")
    cmp_rows(bad, "d2 title", paras[0], q["title"])
    gr = dgrid(tabs[0])
    lab = {r[0]: r for r in gr}
    cmp_rows(bad, "d2 unit", (lab["单位名称"][1], lab["单位名称"][3]), (q["department"], q["department_code"]))
    cmp_rows(bad, "d2 parent", (lab["主管部门"][1], lab["主管部门"][3]), (q["extra"]["主管部门"], q["extra"]["主管部门编码"]))
    if lab["主管部门"][1] == q["department"]:
        bad.append("d2: 主管部门 typed as the department")
    k = [i for i, r in enumerate(gr) if r[0] == "年度预算（万元）"]
    if len(k) != 2 or gr[k[0]][1:] != ["资金总额", "财政拨款", "其他资金"]:
        bad.append("d2: budget not a horizontal header row")
    else:
        cmp_rows(bad, "d2 budget", [float(x) for x in gr[k[1]][1:]], [q["budget_total"], q["budget_fiscal"], q["budget_other"]])
    goal = lab["年度总体目标"][1]
    if re.search(r"(^|\n)\s*(\d+[.、]|（\d+）|目标\d)", goal) or "\n" in goal:
        bad.append("d2: goal cell numbered")
    cmp_rows(bad, "d2 goals", [goal], q["goals"])
    h = [r for r in gr].index(["一级指标", "二级指标", "三级指标", "指标值"])
    cmp_rows(bad, "d2 rows", [tuple(r) for r in gr[h + 1:]], plain_rows(q))
    if not any(c["vmerge"] == "continue" for r in tabs[0][h + 1:] for c in r[:2]):
        bad.append("d2: no vMerge in 一级 / 二级")
    return bad


def s_d3(doc, g):
    """html: portal page; <h1> = department + year headline; 部门职能职责概述 row; 年度主要任务 sub-table (rowspan label,
    任务名称 | 主要内容 | 预算金额（万元）) → extra, NOT indicators and NOT the budget; 年度总体目标 `（N）` items apart by <br>;
    the indicator header in <th>."""
    if not doc.endswith(".html"):
        return ["d3: not .html"]
    bad = []
    dept_shape(bad, g, "d3")
    q = g["projects"][0]
    p = parse_html(open(doc, encoding="utf-8").read())
    src = open(doc, encoding="utf-8").read()
    h1 = re.search(r"<h1>(.*?)</h1>", src).group(1)
    cmp_rows(bad, "d3 h1", h1, q["department"] + g["document"]["title"])
    if len(p.tables) != 1:
        return bad + ["d3: tables"]
    t = p.tables[0]
    gr = hgrid(t)
    lab = {r[0]: r for r in gr}
    cmp_rows(bad, "d3 dept", (lab["部门名称"][1], lab["部门名称"][3]), (q["department"], q["department_code"]))
    cmp_rows(bad, "d3 duty", lab["部门职能职责概述"][1], q["extra"]["部门职能职责概述"])
    tk = [r[1:] for r in gr if r[0] == "年度主要任务"]
    if not tk or tk[0] != ["任务名称", "主要内容", "预算金额（万元）"]:
        bad.append("d3: 年度主要任务 header")
    cmp_rows(bad, "d3 tasks", [dict(zip(tk[0], r)) for r in tk[1:]] if tk else None, q["extra"]["年度主要任务"])
    money = [float(r[2]) for r in gr if r[0] == "年度预算（万元）"]
    cmp_rows(bad, "d3 budget", money, [q["budget_total"], q["budget_fiscal"], q["budget_other"]])
    if tk and abs(sum(float(r[2]) for r in tk[1:]) - q["budget_total"]) < 0.005:
        bad.append("d3: tasks add up to the budget (not the quirk)")
    gcell = re.search(r"<td>年度总体目标</td><td colspan=\"3\">(.*?)</td>", src).group(1)
    cmp_rows(bad, "d3 goals", [re.sub(r"^（\d+）", "", x) for x in gcell.split("<br>")], q["goals"])
    hi = [i for i, row in enumerate(t) if row and all(c["th"] for c in row)]
    if len(hi) != 1 or gr[hi[0]] != ["一级指标", "二级指标", "三级指标", "指标值"]:
        return bad + ["d3: th header"]
    cmp_rows(bad, "d3 rows", [tuple(r) for r in gr[hi[0] + 1:]], plain_rows(q))
    names = {x["level3"] for x in q["indicators"]}
    if any(r[0] in names for r in tk[1:]):
        bad.append("d3: a task typed as an indicator")
    return bad


def s_d4(doc, g):
    """LibreOffice PDF: 年度预算 as label / amount PAIRS in one row; 整体绩效目标 `1.` items; a 部门履职目标 block
    (履职目标 merged per duty | 指标 | 目标值 with target-like values `≥70%`) → extra, NOT indicators; then 年度绩效指标."""
    if not doc.endswith(".pdf"):
        return ["d4: not a PDF"]
    bad = []
    dept_shape(bad, g, "d4")
    q = g["projects"][0]
    rows = pdf_rows(doc)
    cells_ = [[c for c in r if c] for r in rows]
    pair = [r for r in cells_ if r and r[0] == "资金总额"]
    if len(pair) != 1 or pair[0][0::2] != ["资金总额", "财政拨款", "其他资金"]:
        bad.append("d4: budget pairs row")
    else:
        cmp_rows(bad, "d4 budget", [float(x) for x in pair[0][1::2]], [q["budget_total"], q["budget_fiscal"], q["budget_other"]])
    k1 = [i for i, r in enumerate(cells_) if r == ["部门履职目标"]]
    k2 = [i for i, r in enumerate(cells_) if r == ["年度绩效指标"]]
    if len(k1) != 1 or len(k2) != 1 or cells_[k1[0] + 1] != ["履职目标", "指标", "目标值"]:
        return bad + ["d4: 部门履职目标 block"]
    duty = fill_down([[r[0], r[2], r[4]] for r in rows[k1[0] + 2:k2[0]]], [0])
    cmp_rows(bad, "d4 duties", [dict(zip(("履职目标", "指标", "目标值"), (ns(c) for c in r))) for r in duty],
             [{k: ns(v) for k, v in d.items()} for d in q["extra"]["部门履职目标"]])
    names = {ns(x["level3"]) for x in q["indicators"]}
    if any(ns(r[1]) in names for r in duty):
        bad.append("d4: a 部门履职目标 row typed as an indicator")
    if cells_[k2[0] + 1] != ["一级指标", "二级指标", "三级指标", "指标值"]:
        return bad + ["d4: indicator header"]
    body = [r for r in rows[k2[0] + 2:] if any(r)]
    body = fill_down([[r[0], r[1], r[2], r[4]] for r in body], [0, 1])
    cmp_rows(bad, "d4 rows", [tuple(ns(c) for c in r) for r in body], [tuple(ns(c) for c in r) for r in plain_rows(q)])
    gcell = [r[1] for r in rows if r[0] == "整体绩效目标"]
    cmp_rows(bad, "d4 goals", [re.sub(r"^\d+\.", "", x) for x in gcell[0].split("\n")] if gcell else None, q["goals"])
    return bad


def s_d5(doc, g):
    """tab text: 年度预算安排 as a UNITS table 单位名称 | 资金总额 | 财政拨款 | 其他资金 — 本级 + two subordinate units, the
    合计 row LAST (the first amount row is NOT the total) → budget_* from 合计, the unit rows → extra.单位预算; goals `N、`
    lines; 指标解释 → description; merged level cells blank (inherit)."""
    if not doc.endswith(".txt"):
        return ["d5: not .txt"]
    bad = []
    dept_shape(bad, g, "d5")
    q = g["projects"][0]
    lines = open(doc, encoding="utf-8").read().split("\n")
    h = lines.index("单位名称\t资金总额\t财政拨款\t其他资金")
    units = []
    for l in lines[h + 1:]:
        c = l.split("\t")
        if c[0] == "合计":
            total = c; break
        units.append(c)
    cmp_rows(bad, "d5 units", [dict(zip(("单位名称", "资金总额", "财政拨款", "其他资金"), u)) for u in units],
             q["extra"]["单位预算"])
    cmp_rows(bad, "d5 合计", [float(x) for x in total[1:]], [q["budget_total"], q["budget_fiscal"], q["budget_other"]])
    if len(units) != 3 or float(units[0][1]) == q["budget_total"] or "本级" not in units[0][0]:
        bad.append("d5: first amount row is the total / not 本级 + two units")
    for k in (1, 2, 3):
        if abs(sum(float(u[k]) for u in units) - float(total[k])) > 0.005:
            bad.append("d5: units do not add up to 合计")
    g0 = lines.index("年度总体目标"); i0 = lines.index("年度绩效指标")
    cmp_rows(bad, "d5 goals", [re.sub(r"^\d+、", "", l) for l in lines[g0 + 1:i0]], q["goals"])
    if lines[i0 + 1] != "一级指标\t二级指标\t三级指标\t指标解释\t指标值":
        return bad + ["d5: header"]
    raw = [l.split("\t") for l in lines[i0 + 2:] if l.count("\t") == 4]
    if not any(r[0] == "" for r in raw):
        bad.append("d5: no blank level cell")
    body = fill_down(raw, [0, 1])
    cmp_rows(bad, "d5 rows", [tuple(r) for r in body],
             [(x["level1"], x["level2"], x["level3"], x["description"], x["value_raw"]) for x in q["indicators"]])
    return bad


def s_d6(doc, g):
    """MinerU Markdown: the form as TWO <table>s — cut at the page break inside the 社会效益指标 group: the second table
    has NO header, an EMPTY label cell and REPEATS 效益指标 / 社会效益指标 (one group, not a new one); 年度预算 with
    上年结转资金 → budget_carryover (total = 财政拨款 + 结转 + 其他); 年度总体目标 one paragraph → one goal."""
    if not doc.endswith(".md"):
        return ["d6: not .md"]
    bad = []
    dept_shape(bad, g, "d6")
    q = g["projects"][0]
    p = parse_html(open(doc, encoding="utf-8").read())
    if len(p.tables) != 2:
        return bad + [f"d6: {len(p.tables)} tables"]
    g1, g2 = hgrid(p.tables[0]), hgrid(p.tables[1])
    lab = {r[1]: r[3] for r in g1 if r[0] == "年度预算"}
    cmp_rows(bad, "d6 budget", [float(lab[k]) for k in ("资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金")],
             [q["budget_total"], q["budget_fiscal"], q.get("budget_carryover"), q["budget_other"]])
    goal = [r[1] for r in g1 if r[0] == "年度总体目标"]
    cmp_rows(bad, "d6 goals", goal, q["goals"])
    h = [r[1:] for r in g1].index(["一级指标", "二级指标", "三级指标", "指标值"])
    if any("一级指标" in c for r in g2 for c in r):
        bad.append("d6: second table repeats the header")
    if g2[0][0] != "" or g2[0][1:3] != g1[-1][1:3]:
        bad.append("d6: second table does not continue the last 一级 / 二级 group")
    body = [tuple(r[1:]) for r in g1[h + 1:]] + [tuple(r[1:]) for r in g2]
    cmp_rows(bad, "d6 rows", body, plain_rows(q))
    if len({(x["level1"], x["level2"]) for x in q["indicators"]}) != len(
            [1 for i, x in enumerate(q["indicators"]) if not i or (x["level1"], x["level2"]) != (
                q["indicators"][i - 1]["level1"], q["indicators"][i - 1]["level2"])]):
        bad.append("d6: a level group split in the gold")
    return bad


QS = {"d1": s_d1, "d2": s_d2, "d3": s_d3, "d4": s_d4, "d5": s_d5, "d6": s_d6}


def structure(stem, doc, g):
    try:
        return QS[stem[:2]](doc, g)
    except Exception as e:  # a reader that cannot find the structure is a failed assertion
        return [f"{stem[:2]}: {type(e).__name__} {e}"]


def _m_d1(g):
    p = g["projects"][0]; p["budget_fiscal"] = float(p["extra"]["基本支出"]); p["budget_other"] = float(p["extra"]["项目支出"])


def _m_d2(g):
    p = g["projects"][0]; p["department"], p["extra"]["主管部门"] = p["extra"]["主管部门"], p["department"]


def _m_d3(g):
    p = g["projects"][0]; t = p["extra"]["年度主要任务"][0]
    p["indicators"].append(dict(p["indicators"][-1], level3=t["任务名称"], value_raw=t["预算金额（万元）"]))


def _m_d4(g):
    p = g["projects"][0]; d = p["extra"]["部门履职目标"][0]
    p["indicators"].insert(0, dict(p["indicators"][0], level3=d["指标"], value_raw=d["目标值"]))


def _m_d5(g):
    p = g["projects"][0]; u = p["extra"]["单位预算"][0]
    p["budget_total"], p["budget_fiscal"], p["budget_other"] = (float(u[k]) for k in ("资金总额", "财政拨款", "其他资金"))


def _m_d6(g):
    p = g["projects"][0]; p["budget_other"] = round(p["budget_other"] + p.pop("budget_carryover"), 2)


QMUT = {"d1": (_m_d1, "基本支出 / 项目支出 typed as 财政拨款 / 其他资金"), "d2": (_m_d2, "主管部门 typed as the department"),
        "d3": (_m_d3, "a 年度主要任务 row typed as an indicator"), "d4": (_m_d4, "a 部门履职目标 row typed as an indicator"),
        "d5": (_m_d5, "the 本级 row typed as the total"), "d6": (_m_d6, "上年结转 folded into 其他资金")}


def main():
    bad = 0
    golds = {}
    for gp in sorted(glob.glob(os.path.join(EXPECTED, "*.gold.json"))):
        g = json.load(open(gp, encoding="utf-8"))
        stem = os.path.basename(gp)[: -len(".gold.json")]
        golds[stem] = (gp, g)
        doc = os.path.join(D, g["source"]["path"])
        sha_ok = hashlib.sha256(open(doc, "rb").read()).hexdigest() == g["source"]["sha256"]
        miss = missing(doc, g) + structure(stem, doc, g)
        r = subprocess.run([sys.executable, SCORE, gp, gp], capture_output=True, text=True)
        f1 = json.loads(r.stdout)["f1"]
        n_ind = sum(len(p["indicators"]) for p in g["projects"])
        print(f"{os.path.basename(doc):52s} projects={len(g['projects'])} indicators={n_ind} self-F1={f1} "
              f"sha256={'ok' if sha_ok else 'STALE'} missing={miss}")
        bad += bool(miss) or f1 != 1.0 or not sha_ok
    if sorted(golds) != sorted(STEMS):
        print("want the six golds", STEMS); bad += 1
    if sorted(os.listdir(D)) != sorted(g["source"]["path"] for _, g in golds.values()):
        print("drafts/ holds other files"); bad += 1
    if glob.glob(os.path.join(EXPECTED, "*.refusal.txt")):
        print("a refusal in a set of positives"); bad += 1
    if "--selftest" in sys.argv:
        for stem, (gp, g) in golds.items():
            others = [s for s in golds if s != stem]
            held = [o for o in others if not structure(stem, os.path.join(D, golds[o][1]["source"]["path"]), g)]
            doc = os.path.join(D, g["source"]["path"])
            m = copy.deepcopy(g)
            m["projects"][-1]["indicators"][-1]["level3"] += "（抽样）"
            mut = missing(doc, m)
            mq = copy.deepcopy(g)
            fn, what = QMUT[stem[:2]]
            fn(mq)
            qfail = bool(structure(stem, doc, mq))
            print(f"  selftest {stem[:2]}: quirk assertions on a mutated gold ({what}) {'fail' if qfail else 'HOLD'}")
            print(f"  selftest {stem[:2]}: quirk assertions fail on {len(others) - len(held)}/{len(others)} other drafts"
                  f"{' (HELD on ' + str(held) + ')' if held else ''}; mutated gold missing={mut}")
            bad += (not qfail) + bool(held) + (not mut)
    print("ALL OK" if not bad else f"{bad} PROBLEM(S)")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
