#!/usr/bin/env python3
"""Check the blind set heldout20b: valid JSON, source.sha256 matches the bytes, score.py self-F1 1.0, every printed
string of each gold found in its document's own text, and each draft's quirk really present (structure()).

Readers written for this check (nothing from jixiao, nothing from make.py):
- TEXT (missing()): .xlsx → the zip's sharedStrings / inline strings / numeric cells (a number shown in format `0.00`
  rendered `%.2f`, else as stored); .docx → word/document.xml (w:t, paragraphs); .pdf → pdfminer.six AND pypdfium2
  AND pdfplumber's table cells with a row continued on the next page joined cell by cell (a string counts when any
  has it); .html → html.parser text nodes; .txt → the UTF-8 text. Whitespace is ignored.
- STRUCTURE (structure()): the FILE parsed on its own terms (xlsx XML with merged ranges and cell types, html.parser
  tables with rowspan / colspan, pdfplumber tables per page, docx XML with gridSpan / vMerge, the pipe rows of the
  text) to assert each quirk and that the gold agrees with what the file shows.
`--selftest` runs every quirk assertion against the five OTHER drafts and against a mutated gold, and the string check
against a gold with a 三级 renamed, and reports that each fails there."""
import copy, glob, hashlib, json, os, re, subprocess, sys, zipfile
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
D, EXPECTED = os.path.join(HERE, "drafts"), os.path.join(HERE, "expected")
SCORE = "/work/shared/tools/score.py"
STEMS = ["k1_xlsx_shanghai_songjiang_scorecols_2025", "k2_html_beijing_shunyi_histcol_2025",
         "k3_pdf_rl_tianjin_xiqing_direction_weight_2025", "k4_docx_chongqing_yongchuan_formula_2025",
         "k5_txt_pipes_jiangxi_xinzhou_stagegoals_2025", "k6_pdf_lo_hainan_chengmai_lastyear_weight_2025"]
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
RN = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
DIRC = {"正向": ">=", "反向": "<="}


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


# ------------------------------------------------------------------ pdf tables (pdfplumber), a row continued on the next page joined
def pdf_tables(path):
    import pdfplumber
    with pdfplumber.open(path) as pdf:
        per_page = [pg.extract_tables() for pg in pdf.pages]
    return per_page


def pdf_rows(path):
    """all table rows of the PDF in order; a page whose first row has an EMPTY first cell and fragments elsewhere
    continues the previous page's last row: the fragments are appended cell by cell."""
    rows = []
    for k, tables in enumerate(pdf_tables(path)):
        for ti, t in enumerate(tables):
            for ri, r in enumerate(t):
                r = [(c or "") for c in r]
                if k and ti == 0 and ri == 0 and rows and r[0] == "" and any(r) and len(r) == len(rows[-1]):
                    rows[-1] = [a + b for a, b in zip(rows[-1], r)]
                    continue
                rows.append(r)
    return rows


def texts(doc):
    if doc.endswith(".xlsx"):
        sh = xlsx_sheets(doc)  # the sheet tabs are printed too
        return ["\n".join([n for n, _, _ in sh] + [v[0] for _, cm, _ in sh for v in cm.values()])]
    if doc.endswith(".docx"):
        return [wtext(ET.fromstring(zipfile.ZipFile(doc).read("word/document.xml")))]
    if doc.endswith(".pdf"):
        from pdfminer.high_level import extract_text
        import pypdfium2 as pdfium
        d = pdfium.PdfDocument(doc)
        return [extract_text(doc), "".join(d[i].get_textpage().get_text_range() for i in range(len(d))),
                "\n".join("|".join(r) for r in pdf_rows(doc))]
    if doc.endswith(".html"):
        return ["".join(parse_html(open(doc, encoding="utf-8").read()).text)]
    return [open(doc, encoding="utf-8").read()]


def ns(s):
    return re.sub(r"\s+", "", str(s))


def strings(g):
    d = g["document"]
    yield from (d[k] for k in ("title", "department", "department_code") if d.get(k))
    for p in g["projects"]:
        for k in ("title", "department", "department_code", "code", "name", "implementing_unit", "project_type"):
            if p.get(k): yield p[k]
        for k in ("budget_total", "budget_fiscal", "budget_other"):
            if p.get(k) is not None: yield "%.2f" % p[k]
        yield from p["goals"]
        yield from p.get("goals_mid_term") or []
        for k, v in (p.get("extra") or {}).items():
            if isinstance(v, str): yield v
            if isinstance(v, dict): yield from (x for x in v.values() if isinstance(x, str))
        for x in p["indicators"]:
            for k in ("level1", "level2", "level3", "value_raw", "description", "basis", "printed_unit", "baseline_raw",
                      "indicator_type", "direction", "formula", "assessment_method", "note", "level1_weight"):
                if x.get(k): yield x[k]
            if x.get("weight") is not None: yield str(x["weight"])
            yield from (v for v in (x.get("extra") or {}).values() if isinstance(v, str))


def missing(doc, g):
    ts = [ns(t) for t in texts(doc)]
    return [s for s in strings(g) if not any(ns(s) in t for t in ts)]


def cmp_rows(bad, tag, got, want):
    if got != want:
        bad.append(f"{tag}: file {got} != gold {want}")


def items(cell):
    return [x.strip() for x in re.split(r"(?:^|(?<=[；。\n]))\s*\d+[.、]", cell) if x.strip()]


def fill_down(rows, cols):
    last = {}
    out = []
    for r in rows:
        r = list(r)
        for c in cols:
            if r[c]:
                last[c] = r[c]
            else:
                r[c] = last.get(c, "")
        out.append(r)
    return out


# ------------------------------------------------------------------ quirks, one draft each
def s_k1(doc, g):
    """xlsx: one SHEET per project (sheet order = project order) + a 填报说明 sheet that is not data; 评(扣)分标准 full of
    numbers that are not targets; 分值 NUMBER cells → weight; amounts NUMBER cells in format 0.00."""
    if not doc.endswith(".xlsx"):
        return ["k1: not an .xlsx"]
    bad = []
    sh = xlsx_sheets(doc)
    ps = g["projects"]
    cmp_rows(bad, "k1 sheets", [n for n, _, _ in sh], [p["extra"]["sheet"] for p in ps] + ["填报说明"])
    for (name, cm, mg), p in zip(sh, ps):
        gr = xgrid(cm, mg)
        hdr = ["一级指标", "二级指标", "指标名称", "指标解释", "评(扣)分标准", "数据来源", "指标值", "分值"]
        hr = [r for r in range(1, 40) if [gr.get((r, c), "") for c in range(1, 9)] == hdr]
        if len(hr) != 1:
            bad.append(f"k1 {name}: header row"); continue
        h = hr[0]
        money = [(cm[(r, 5)][1], cm[(r, 5)][0]) for r in range(1, h) if gr.get((r, 1)) == "项目资金（万元）"]
        cmp_rows(bad, f"k1 money {name}", money, [("n", "%.2f" % p[k]) for k in ("budget_total", "budget_fiscal", "budget_other")])
        r = h + 1
        got, types = [], []
        while gr.get((r, 3)):
            got.append(tuple(gr.get((r, c), "") for c in range(1, 8)) + (int(cm[(r, 8)][2]),))
            types.append(cm[(r, 8)][1])
            r += 1
        want = [(x["level1"], x["level2"], x["level3"], x["description"], x["extra"]["scoring"], x["extra"]["data_source"],
                 x["value_raw"], x["weight"]) for x in p["indicators"]]
        cmp_rows(bad, f"k1 rows {name}", got, want)
        if set(types) != {"n"}:
            bad.append("k1: 分值 not number cells")
        if not all(re.search(r"\d", x["extra"]["scoring"]) for x in p["indicators"]):
            bad.append("k1: a 评(扣)分标准 cell without numbers")
        if not any((h + 1, 1, h + 2, 1) == m[:2] + m[2:] or (m[0], m[1]) == (h + 1, 1) for m in mg):
            bad.append("k1: 一级 not merged")
        if gr.get((h - 1, 2)) and items(gr[(h - 1, 2)]) != p["goals"]:
            bad.append(f"k1 goals {name}")
    return bad


def s_k2(doc, g):
    """html: `<th>` header 一级 / 二级 / 三级 / 指标性质 / 计量单位 / 目标值 / 历史值; 目标值 holds sign + number only, the
    unit in its own column; 历史值 → baseline_raw (`—` kept); 定性 rows with an empty unit."""
    if not doc.endswith(".html"):
        return ["k2: not .html"]
    bad = []
    p = parse_html(open(doc, encoding="utf-8").read())
    ps = g["projects"]
    if len(p.tables) != len(ps):
        return [f"k2: {len(p.tables)} tables"]
    for t, q in zip(p.tables, ps):
        gr = hgrid(t)
        hi = [i for i, row in enumerate(t) if row and all(c["th"] for c in row)]
        if len(hi) != 1 or gr[hi[0]] != ["一级指标", "二级指标", "三级指标", "指标性质", "计量单位", "目标值", "历史值"]:
            bad.append("k2: th header"); continue
        h = hi[0]
        got = [tuple(r) for r in gr[h + 1:]]
        want = [(x["level1"], x["level2"], x["level3"], x["indicator_type"], x["printed_unit"] or "", x["value_raw"],
                 x["baseline_raw"]) for x in q["indicators"]]
        cmp_rows(bad, f"k2 rows {q['seq']}", got, want)
        for x in q["indicators"]:
            if x["indicator_type"] == "定量" and (x["unit"] != x["printed_unit"] or re.search(r"[^\d.≥≤]", x["value_raw"])):
                bad.append(f"k2: 定量 row {x['level3']} unit / bare value")
            if x["indicator_type"] == "定性" and (x["kind"] != "qualitative" or x["unit"]):
                bad.append(f"k2: 定性 row {x['level3']}")
        lab = {r[0]: r for r in gr[:h]}
        cmp_rows(bad, "k2 code/type", (lab["主管部门"][6], lab["项目类型"][1], lab["项目类型"][6]),
                 (q["department_code"], q["project_type"], q["extra"]["项目期限"]))
        cmp_rows(bad, "k2 money", [float(r[3]) for r in gr[3:6]], [q["budget_total"], q["budget_fiscal"], q["budget_other"]])
    return bad


def s_k3(doc, g):
    """reportlab PDF, one project per page: 权重 MERGED per 一级 group (not a row weight), 指标方向 正向 / 反向 beside a
    BARE number, 分值 per row → weight; 资金来源 合计 / 财政拨款 / 财政专户 / 单位资金 / 其他 in one row."""
    if not doc.endswith(".pdf"):
        return ["k3: not a PDF"]
    bad = []
    pages = pdf_tables(doc)
    ps = g["projects"]
    if len(pages) != len(ps) or any(len(t) != 1 for t in pages):
        return [f"k3: {len(pages)} pages / tables {[len(t) for t in pages]}"]
    for (t,), q in zip(pages, ps):
        t = [[c or "" for c in r] for r in t]
        try:
            h = t.index(["一级指标", "权重", "二级指标", "三级指标", "指标方向", "指标值", "计量单位", "分值"])
        except ValueError:
            bad.append("k3: header"); continue
        body = t[h + 1:]
        wcells = [r[1] for r in body]
        filled = [c for c in wcells if c]
        if len(filled) != len({x["level1"] for x in q["indicators"]}):
            bad.append("k3: 权重 is not one merged cell per 一级 group")
        rows = fill_down(body, [0, 1, 2])
        got = [tuple(ns(c) for c in r[:7]) + (int(r[7]),) for r in rows]
        want = [(x["level1"], x["level1_weight"], x["level2"], x["level3"], x["direction"], x["value_raw"],
                 x["printed_unit"] or "", x["weight"]) for x in q["indicators"]]
        cmp_rows(bad, f"k3 rows {q['seq']}", got, want)
        for x in q["indicators"]:
            if x["comparator"] != DIRC[x["direction"]] or not re.fullmatch(r"[\d.]+", x["value_raw"]):
                bad.append(f"k3: {x['level3']} comparator vs 指标方向")
        src = [r for r in t[:h] if r[0] == "资金来源"]
        amts = t[t.index(src[0]) + 1]
        a = [float(amts[k]) for k in (1, 3, 4, 5, 6)]
        cmp_rows(bad, f"k3 money {q['seq']}", (a[0], a[1], round(a[2] + a[3] + a[4], 2)),
                 (q["budget_total"], q["budget_fiscal"], q["budget_other"]))
    return bad


def s_k4(doc, g):
    """docx: 年度指标值 / 计算公式 / 考核方式; the 计算公式 cells carry `×100%` / `÷` — not values; 一级 / 二级 vMerged;
    主管部门及代码 `[318]…` line above the form; 年度绩效目标 items on soft paragraphs in one cell."""
    if not doc.endswith(".docx"):
        return ["k4: not a .docx"]
    bad = []
    bl = docx_blocks(doc)
    tabs = [b for k, b in bl if k == "t"]
    if len(tabs) != 1:
        return ["k4: tables"]
    q = g["projects"][0]
    paras = [t for k, t in bl if k == "p"]
    m = [re.match(r"主管部门及代码：\[(\d+)\](\S+?)　", t) for t in paras]
    m = [x for x in m if x]
    cmp_rows(bad, "k4 dept", [(x.group(1), x.group(2)) for x in m], [(q["department_code"], q["department"])])
    gr = dgrid(tabs[0])
    h = [r[:6] for r in gr].index(["一级指标", "二级指标", "三级指标", "年度指标值", "计算公式", "考核方式"])
    got = [tuple(r[:6]) for r in gr[h + 1:]]
    cmp_rows(bad, "k4 rows", got, [(x["level1"], x["level2"], x["level3"], x["value_raw"], x["formula"],
                                    x["assessment_method"]) for x in q["indicators"]])
    if sum("×100%" in x["formula"] or "÷" in x["formula"] for x in q["indicators"]) < 6:
        bad.append("k4: too few formula cells with ×100% / ÷")
    for x in q["indicators"]:
        if re.match(r"[≥≤=<>]", x["formula"]) or x["formula"] == x["value_raw"]:
            bad.append(f"k4: a 计算公式 cell that reads as a target {x['level3']}")
    if not any(c["vmerge"] == "continue" for r in tabs[0][h + 1:] for c in r[:2]):
        bad.append("k4: no vMerge in 一级 / 二级")
    cmp_rows(bad, "k4 goals", items(gr[h - 1][1]), q["goals"])
    cmp_rows(bad, "k4 money", [float(gr[k][3]) for k in (2, 3, 4)], [q["budget_total"], q["budget_fiscal"], q["budget_other"]])
    return bad


def s_k5(doc, g):
    """pipe text: 项目类型 / 项目期限; 资金来源 four sources over TWO pipe rows + 合计 (merged label cell lost: rows start
    `|  |`); 绩效目标 split into 总体目标 (→ goals_mid_term) and 阶段性目标 (→ goals); blank level cells inherit."""
    if not doc.endswith(".txt"):
        return ["k5: not .txt"]
    bad = []
    q = g["projects"][0]
    lines = open(doc, encoding="utf-8").read().splitlines()
    rows = [[c.strip() for c in l.strip().strip("|").split("|")] for l in lines if l.startswith("|") and "---" not in l]
    lab = {}
    for r in rows:
        for k in range(0, len(r) - 1):
            lab.setdefault(r[k], r[k + 1])
    cmp_rows(bad, "k5 type/term", (lab.get("项目类型"), lab.get("项目期限")), (q["project_type"], q["extra"]["项目期限"]))
    fs = {k: lab.get(k) for k in ("财政拨款", "财政专户", "单位资金", "其他")}
    cmp_rows(bad, "k5 sources", fs, q["extra"]["funding_sources"])
    cont = [r for r in rows if r[0] == ""][:3]
    if len(cont) < 3 or not cont[0][1] == "单位资金":
        bad.append("k5: 资金来源 continuation rows")
    cmp_rows(bad, "k5 money", (float(lab["合计"]), float(fs["财政拨款"]),
                               round(sum(float(fs[k]) for k in ("财政专户", "单位资金", "其他")), 2)),
             (q["budget_total"], q["budget_fiscal"], q["budget_other"]))
    cmp_rows(bad, "k5 总体目标", items(lab["总体目标"]), q["goals_mid_term"])
    cmp_rows(bad, "k5 阶段性目标", items(lab["阶段性目标"]), q["goals"])
    h = rows.index(["一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据", "备注"])
    body = fill_down(rows[h + 1:], [0, 1])
    if not any(r[0] == "" for r in rows[h + 1:]):
        bad.append("k5: no blank level cell")
    cmp_rows(bad, "k5 rows", [tuple(r) for r in body],
             [(x["level1"], x["level2"], x["level3"], x["value_raw"], x["basis"], x.get("note") or "") for x in q["indicators"]])
    return bad


def s_k6(doc, g):
    """LibreOffice PDF of a .docx: 上年完成值 (`—`, `/`, a date) → baseline_raw, 权重（%） → weight, 指标解释 →
    description; the LAST row is SPLIT over the page break (`服务对象满意` | `度指标` on page 2)."""
    if not doc.endswith(".pdf"):
        return ["k6: not a PDF"]
    bad = []
    pages = pdf_tables(doc)
    if len(pages) != 2 or not pages[1] or (pages[1][0][0][0] or "") != "":
        return ["k6: no row continued on page 2"]
    q = g["projects"][0]
    rows = pdf_rows(doc)
    try:
        h = rows.index(["一级指标", "二级指标", "三级指标", "指标值", "上年完成值", "权重（%）", "指标解释"])
    except ValueError:
        return ["k6: header"]
    body = fill_down(rows[h + 1:], [0, 1])
    got = [tuple(ns(c) for c in r) for r in body]
    want = [tuple(ns(c) for c in (x["level1"], x["level2"], x["level3"], x["value_raw"], x["baseline_raw"],
                                  str(x["weight"]), x["description"])) for x in q["indicators"]]
    cmp_rows(bad, "k6 rows", got, want)
    if ns(q["indicators"][-1]["level2"]) != ns(pages[0][0][-1][1] + pages[1][0][0][1]):
        bad.append("k6: last 二级 not split over the pages")
    if sum(x["weight"] for x in q["indicators"]) != 100:
        bad.append("k6: weights")
    m = {r[0] or r[1]: r for r in rows[:h]}
    cmp_rows(bad, "k6 money", [float(rows[k][3]) for k in (1, 2, 3)], [q["budget_total"], q["budget_fiscal"], q["budget_other"]])
    return bad


QS = {"k1": s_k1, "k2": s_k2, "k3": s_k3, "k4": s_k4, "k5": s_k5, "k6": s_k6}


def structure(stem, doc, g):
    try:
        return QS[stem[:2]](doc, g)
    except Exception as e:  # a reader that cannot find the structure is a failed assertion
        return [f"{stem[:2]}: {type(e).__name__} {e}"]


def _m_k1(g):
    x = g["projects"][0]["indicators"][0]; x["description"] = x["extra"]["scoring"]


def _m_k2(g):
    g["projects"][0]["indicators"][0]["baseline_raw"] = "≥260"


def _m_k3(g):
    g["projects"][0]["indicators"][3]["comparator"] = ">="


def _m_k4(g):
    x = g["projects"][0]["indicators"][4]; x["value_raw"], x["formula"] = x["formula"], x["value_raw"]


def _m_k5(g):
    p = g["projects"][0]; p["goals"], p["goals_mid_term"] = p["goals_mid_term"], p["goals"]


def _m_k6(g):
    g["projects"][0]["indicators"][2]["baseline_raw"] = None


QMUT = {"k1": (_m_k1, "a 指标解释 typed as the 评(扣)分标准 text"), "k2": (_m_k2, "a 历史值 typed as the target"),
        "k3": (_m_k3, "a 反向 row typed >="), "k4": (_m_k4, "value and 计算公式 swapped"),
        "k5": (_m_k5, "总体目标 and 阶段性目标 swapped"), "k6": (_m_k6, "the `—` 上年完成值 dropped")}


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
