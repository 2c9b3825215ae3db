#!/usr/bin/env python3
"""Check the blind set heldout19b: valid JSON, source.sha256 matches the bytes, score.py self-F1 1.0, every printed
string of each gold found in its document's own text, and each draft's quirk really present (structure()).

The readers here are written for this check (nothing from jixiao, nothing from make.py's rendering code):
- TEXT (missing()): .docx → word/document.xml read here (w:t, w:br → newline); .doc → LibreOffice `docx` first, then
  the same reader; .pdf → pdfminer.six AND pypdfium2 (a string counts when either has it); .html → html.parser text
  nodes (entities unescaped); .md → the file with its HTML tags stripped and entities unescaped; .txt → the bytes
  decoded as UTF-8, else GB18030. Whitespace and `"` are ignored. The gold strings (title, department, code, cover
  bodies, 目录 titles and pages, overall goals, sub-goal titles / goals / indicators, safeguard titles / texts,
  duties, 机构设置, project titles, names, codes, implementing units, amounts as `%.2f`, goals, mid-term goals, extra
  strings, cost items, level names, 三级, descriptions, value cells, baselines, signs, printed units, weights,
  directions) must occur in it.
- STRUCTURE (structure()): the FILE parsed on its own terms — the .docx XML (tables, gridSpan, vMerge, paragraphs
  between tables), the OLE2 header of the .doc and LibreOffice's .docx of it, pdfplumber words / tables / page sizes of
  the PDF, html.parser tables (rowspan / colspan) of the HTML page and of the Markdown's embedded tables, the raw bytes
  and tab rows of the text copy — to assert each quirk and that the gold agrees with what the file shows.
`--selftest` runs every quirk assertion against the five OTHER drafts and against a mutated gold, and the string check
against a gold with a 三级 renamed, and reports that each fails there."""
import copy, glob, hashlib, html, json, os, re, shutil, subprocess, sys, zipfile
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
D = os.path.join(HERE, "drafts")
EXPECTED = os.path.join(HERE, "expected")
SCORE = "/work/shared/tools/score.py"
TMP = "/tmp/heldout19b_build/check"
LO = ["/usr/bin/soffice", f"-env:UserInstallation=file://{TMP}/lo_profile", "--headless"]
STEMS = ["h1_docx_deptform_first_guangdong_rongcheng_2025", "h2_pdf_lo_yitihua_landscape_dongpo_2025",
         "h3_html_portal_central_annex_tongjiju_2025", "h4_md_mineru_approval_wucheng_2025",
         "h5_txt_plaincopy_form2015_zhengxiang_2024", "h6_doc_lo_deptform_hubei_costs_xiantao_2024"]
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
OLE = bytes.fromhex("d0cf11e0a1b11ae1")
CN = "一二三四五六七八九十"
_cache = {}


def lo(doc, fmt, ext):
    key = (doc, fmt)
    if key not in _cache:
        h = hashlib.sha256(open(doc, "rb").read()).hexdigest()[:12]
        out = os.path.join(TMP, h)
        os.makedirs(out, exist_ok=True)
        src = os.path.join(out, "in" + os.path.splitext(doc)[1])
        shutil.copyfile(doc, src)
        subprocess.run(LO + ["--convert-to", fmt, "--outdir", out, src], check=True, capture_output=True, timeout=180)
        _cache[key] = os.path.join(out, "in." + ext)
    return _cache[key]


# ------------------------------------------------------------------ docx reader
def wtext(el):
    out = []
    for x in el.iter():
        if x.tag == W + "t":
            out.append(x.text or "")
        elif x.tag in (W + "br", W + "cr"):
            out.append("\n" if x.get(W + "type") != "page" else "\f")
        elif x.tag == W + "p":
            if out and not out[-1].endswith("\n"):
                out.append("\n")
    return "".join(out).strip("\n")


def docx_body(doc):
    if doc.endswith(".doc"):
        doc = lo(doc, "docx", "docx")
    return ET.fromstring(zipfile.ZipFile(doc).read("word/document.xml")).find(W + "body")


def docx_blocks(doc):
    """body children in order: ('p', text) or ('t', rows of cells {text, span, vmerge})."""
    out = []
    for el in docx_body(doc):
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
            col = len(g)
            t = c["text"]
            if c["vmerge"] == "continue":
                t = out[-1][col] if out and col < len(out[-1]) else ""
            g.extend([t] * c["span"])
        out.append(g)
    return out


# ------------------------------------------------------------------ html tables
class _TP(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tables, self.text, self.stack, self.paras, self.cur = [], [], [], [], None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "table":
            self.stack.append([]); self.tables.append(self.stack[-1]); self.paras.append(("TABLE", len(self.tables) - 1))
        elif tag == "tr" and self.stack:
            self.stack[-1].append([])
        elif tag == "td" and self.stack:
            self.cur = {"text": "", "cs": int(a.get("colspan", 1)), "rs": int(a.get("rowspan", 1))}
            self.stack[-1][-1].append(self.cur)
        elif tag == "br" and self.cur is not None:
            self.cur["text"] += "\n"
        elif tag == "p" and not self.stack:
            self.paras.append(["P", ""])
        elif tag == "p" and self.cur is not None and self.cur["text"]:
            self.cur["text"] += "\n"

    def handle_endtag(self, tag):
        if tag == "table" and self.stack:
            self.stack.pop()
        elif tag == "td":
            self.cur = None

    def handle_data(self, d):
        self.text.append(d)
        if self.cur is not None:
            self.cur["text"] += d
        elif not self.stack and self.paras and self.paras[-1][0] == "P":
            self.paras[-1][1] += d


def parse_html(s):
    p = _TP(); p.feed(s); p.close()
    return p


def hgrid(rows):
    """rows of {text, cs, rs} → grid of texts, spanned slots filled with the origin's text."""
    grid, taken = {}, {}
    for r, row in enumerate(rows):
        col = 0
        for c in row:
            while (r, col) in taken:
                col += 1
            for i in range(r, r + c["rs"]):
                for j in range(col, col + c["cs"]):
                    taken[(i, j)] = c["text"].strip()
            col += c["cs"]
    n = max(i for i, _ in taken) + 1
    m = max(j for _, j in taken) + 1
    return [[taken.get((i, j), "") for j in range(m)] for i in range(n)]


# ------------------------------------------------------------------ text of a document
def pdf_texts(path):
    from pdfminer.high_level import extract_text
    import pypdfium2 as pdfium
    d = pdfium.PdfDocument(path)
    return extract_text(path), "".join(d[i].get_textpage().get_text_range() for i in range(len(d)))


def read_txt(path):
    b = open(path, "rb").read()
    try:
        return b.decode("utf-8")
    except UnicodeDecodeError:
        return b.decode("gb18030")


def texts(doc):
    if doc.endswith((".docx", ".doc")):
        return [wtext(docx_body(doc))]
    if doc.endswith(".pdf"):
        return list(pdf_texts(doc))
    if doc.endswith(".html"):
        return ["".join(parse_html(open(doc, encoding="utf-8").read()).text)]
    if doc.endswith(".md"):
        return [html.unescape(re.sub(r"<[^>]+>", "", open(doc, encoding="utf-8").read()))]
    return [read_txt(doc)]


def ns(s):
    return re.sub(r"[\s\"]+", "", str(s))


def strings(g):
    d = g["document"]
    yield from (d[k] for k in ("title", "department", "department_code", "compiled_by", "reviewed_by") if d.get(k))
    for e in g["toc"]:
        yield e["title"]; yield f"{e['title']}"
    yield from g["overall_goals"]
    for s in g["sub_goals"]:
        yield from (s["title"], s["goal"], s["indicator"])
    for s in g["safeguards"]:
        yield from (s["title"], s["text"])
    ex = g.get("extra") or {}
    yield from (ex.get("duties"), ex.get("basic_info"))
    for p in g["projects"]:
        for k in ("title", "department", "department_code", "code", "name", "implementing_unit", "measures",
                  "project_type", "project_nature"):
            if p.get(k): yield p[k]
        for k in ("budget_total", "budget_fiscal", "budget_other", "budget_carryover"):
            if p.get(k) is not None: yield "%.2f" % p[k]
        yield from p["goals"]
        yield from p.get("goals_mid_term") or []
        pe = p.get("extra") or {}
        for k, v in pe.items():
            if isinstance(v, str): yield v
        for c in pe.get("cost_items", []):
            yield from (c["item"], "%.2f" % c["amount"], c["basis"], c["2022年实际执行数"], c["2023年实际执行数"])
        for x in p["indicators"]:
            for k in ("level1", "level2", "level3", "value_raw", "description", "basis", "reference", "printed_unit",
                      "baseline_raw", "sign"):
                if x.get(k): yield x[k]
            if x.get("weight") is not None: yield str(x["weight"])
            if x.get("direction"): yield x["direction"] + "指标"


def missing(doc, g):
    ts = [ns(t) for t in texts(doc)]
    out = [s for s in strings(g) if not any(ns(s) in t for t in ts)]
    # the 目录 pages: each entry `title…page` as printed (leaders / tab / space between)
    for e in g["toc"]:
        pat = re.escape(e["title"]) + r"[…\. \t　]*" + str(e["page"]) + r"(?![0-9])"
        if not any(re.search(pat, t) or re.search(pat, re.sub(r"[ 　]+", "", t)) for t in texts(doc)):
            out.append(f"toc {e['title']} {e['page']}")
    return out


def cmp_rows(bad, tag, got, want):
    if got != want:
        bad.append(f"{tag}: file {got} != gold {want}")


def by_period(p):
    return ([x for x in p["indicators"] if x.get("period") == "mid_term"],
            [x for x in p["indicators"] if x.get("period") != "mid_term"])


def items(cell, sep=r"(?:^|(?<=[；。\n]))(?:\d+[.、]|目标\d+：)"):
    parts = [x.replace("\n", "") for x in re.split(sep, cell) if x.strip()]
    return [x.strip() for x in parts]


def toc_check(bad, tag, paras, g):
    """the 目录 lines of the file, in order, against the gold's toc (numbering removed, page as int)."""
    got = []
    for t in paras:
        m = re.fullmatch(r"\s*(?:[一二三四五六七八九十]+、|\d+、)(.+?)(?:…+|\t| )(\d+)\s*", t)
        if m:
            got.append((m.group(1), int(m.group(2))))
    part = [e for e in g["toc"]]
    cmp_rows(bad, f"{tag} toc", got, [(e["title"], e["page"]) for e in part])


def part1_check(bad, tag, paras, g):
    """overall goals, sub-goals and safeguards as printed `（一）…` paragraphs under their headings."""
    j = "\n".join(x.strip() for x in paras if x.strip())

    def sect(name):
        m = re.search(r"[一二三四五]、" + name + r"\n(.*?)(?=\n[一二三四五六]、|\n第二部分|\Z)", j, re.S)
        return m.group(1).split("\n") if m else []
    og = [re.sub(r"^（[一二三四五六]）", "", x) for x in sect("总体绩效目标")]
    cmp_rows(bad, f"{tag} overall", og, g["overall_goals"])
    sg = sect("分项绩效目标")
    subs = [{"title": sg[k][3:], "goal": sg[k + 1][5:], "indicator": sg[k + 2][5:]} for k in range(0, len(sg), 3)]
    cmp_rows(bad, f"{tag} sub_goals", subs, g["sub_goals"])
    sf = [re.sub(r"^（[一二三四五六]）", "", x).split("。", 1) for x in sect("工作保障措施")]
    cmp_rows(bad, f"{tag} safeguards", [{"title": a, "text": b} for a, b in sf], g["safeguards"])


# ------------------------------------------------------------------ the quirks, one draft each
def ind_rows(gr, start, n, cols):
    return [tuple(gr[start + k][c] for c in cols) for k in range(n)]


def s_h1(doc, g):
    bad = []
    if not doc.endswith(".docx"):
        return ["h1: not a .docx"]
    bl = docx_blocks(doc)
    paras = [t for k, t in bl if k == "p"]
    toc_check(bad, "h1", paras, g); part1_check(bad, "h1", paras, g)
    tix = [i for i, (k, _) in enumerate(bl) if k == "t"]
    ps = g["projects"]
    if len(tix) != len(ps):
        return bad + [f"h1: {len(tix)} tables"]
    if ps[0].get("scope") != "department" or any(p.get("scope") != "project" for p in ps[1:]):
        bad.append("h1: the gold does not put the 部门整体 form (scope department) FIRST")
    before = [[t for k, t in bl[max(0, i - 4): i] if k == "p" and t] for i in tix]
    if "部门整体支出绩效目标表" not in before[0]:
        bad.append("h1: table 1 is not the 部门整体 form")
    between = [t for k, t in bl[tix[0] + 1: tix[1]] if k == "p" and t.startswith("说明：")]
    if len(between) != 1:
        bad.append("h1: no 说明 paragraph between the 部门整体 form and the project forms")
    for i, p in zip(tix, ps):
        gr = dgrid(bl[i][1])
        ttl = [t for t in before[tix.index(i)] if t.endswith("表")][-1]
        if ttl != p["title"] or (p["name"] and p["name"] not in ttl):
            bad.append(f"h1: form title {ttl!r} vs gold {p['title']!r} / name {p['name']!r}")
        money = [float(gr[k][2]) for k in ((1, 2, 3) if p["scope"] == "department" else (2, 3, 4))]
        cmp_rows(bad, f"h1 money {p['seq']}", money, [p["budget_total"], p["budget_fiscal"], p["budget_other"]])
        h = [r[:6] for r in gr].index(["一级指标", "二级指标", "三级指标", "上年度实际水平", "本年度计划完成水平", "指标解释"])
        got = ind_rows(gr, h + 1, len(gr) - h - 1, range(6))
        cmp_rows(bad, f"h1 rows {p['seq']}", got, [(x["level1"], x["level2"], x["level3"], x.get("baseline_raw") or "",
                                                   x["value_raw"], x["description"]) for x in p["indicators"]])
        cmp_rows(bad, f"h1 goals {p['seq']}", items(gr[h - 1][1]) if p["scope"] == "department" else [gr[h - 1][1]],
                 p["goals"])
        if p["scope"] == "project" and gr[1][1] != p["implementing_unit"]:
            bad.append("h1: 项目实施单位")
        if not any(c["vmerge"] == "continue" for r in bl[i][1][h + 1:] for c in r[:1]):
            bad.append("h1: 一级 not vMerged")
    return bad


def s_h2(doc, g):
    import pdfplumber
    bad = []
    if not doc.endswith(".pdf"):
        return ["h2: not a PDF"]
    pdf = pdfplumber.open(doc)
    sizes = [(round(p.width), round(p.height)) for p in pdf.pages]
    if sizes != [(595, 842)] * 4 + [(842, 595)]:
        return [f"h2: page sizes {sizes}, want 4 portrait then 1 landscape"]
    tx = [ns(p.extract_text() or "") for p in pdf.pages]
    e2 = [e for e in g["toc"] if e["part"] == 2]
    if len(e2) != 1 or ns(e2[0]["title"]) + "……" + str(e2[0]["page"]) not in tx[1]:
        bad.append("h2: the 目录's part-2 entry")
    where = [i + 1 for i, t in enumerate(tx) if ns(e2[0]["title"]) in t] if e2 else []
    if where != [2, 5] or e2[0]["page"] in (5, 5 - 2):
        bad.append(f"h2: the table title on pages {where}; the 目录 must print a page that matches neither the physical "
                   f"(5) nor the part-relative (3) page, gold says {e2[0]['page'] if e2 else None}")
    pg = pdf.pages[4]
    note = pg.search("说明：本表由")
    head = pg.search("单位名称")
    if not note or not head or note[0]["top"] >= head[0]["top"]:
        bad.append("h2: no 说明 paragraph above the table header")
    tabs = pg.extract_tables()
    if len(tabs) != 1:
        return bad + [f"h2: {len(tabs)} tables on page 5"]
    t = tabs[0]
    if [ns(x or "") for x in t[0]] != ["单位名称", "项目名称", "预算数", "年度目标", "一级指标", "二级指标", "三级指标",
                                       "指标性质", "指标值", "度量单位", "权重", "指标方向性"]:
        bad.append(f"h2: header {t[0]}")
    rows = t[1:]
    ps = g["projects"]
    if len(rows) != sum(len(p["indicators"]) for p in ps):
        return bad + [f"h2: {len(rows)} table rows"]
    if ns(rows[0][0] or "") != ns(f"{ps[0]['department_code']}-{ps[0]['department']}") or any(r[0] for r in rows[1:]):
        bad.append("h2: the 单位名称 cell is not ONE merged cell over every row")
    r = 0
    for p in ps:
        n = len(p["indicators"])
        if ns(rows[r][1]) != ns(p["name"]) or float(rows[r][2]) != p["budget_total"] or ns(rows[r][3]) != ns(p["goals"][0]) \
                or any(rows[r + k][1] for k in range(1, n)):
            bad.append(f"h2: project {p['seq']} merged name / budget / goal")
        l1 = l2 = None
        for x in p["indicators"]:
            row = [ns(c or "") for c in rows[r]]
            l1, l2 = row[4] or l1, row[5] or l2
            cmp_rows(bad, f"h2 row {r}", (l1, l2, *row[6:12]),
                     (x["level1"], x["level2"], ns(x["level3"]), x["sign"], ns(x["value_raw"] or ""),
                      x["printed_unit"] or "", str(x["weight"]), x["direction"] + "指标"))
            r += 1
        if sum(x["weight"] for x in p["indicators"]) != 100:
            bad.append(f"h2: weights of project {p['seq']}")
    paras = [ln for p in pdf.pages[1:4] for ln in (p.extract_text() or "").split("\n")]
    toc_check(bad, "h2", [ln for ln in paras if "……" in ln], g)
    return bad


def s_h3(doc, g):
    bad = []
    if not doc.endswith(".html"):
        return ["h3: not an HTML page"]
    hp = parse_html(open(doc, encoding="utf-8").read())
    paras = [x[1].strip() for x in hp.paras if x[0] == "P"]
    toc_check(bad, "h3", paras, g); part1_check(bad, "h3", paras, g)
    if len(hp.tables) != len(g["projects"]):
        return bad + [f"h3: {len(hp.tables)} tables"]
    seq = [x[0] if x[0] == "TABLE" else x[1].strip() for x in hp.paras]
    t1, t2 = [i for i, x in enumerate(seq) if x == "TABLE"]
    if not any(s.startswith("注：") for s in seq[t1 + 1: t2]):
        bad.append("h3: no 说明 (注：) paragraph between the two forms")
    for k, (rows, p) in enumerate(zip(hp.tables, g["projects"])):
        gr = hgrid(rows)
        form_title = [s for s in seq[: [i for i, x in enumerate(seq) if x == "TABLE"][k]] if s.endswith("表")][-1]
        if form_title != p["title"] or g["toc"][5 + k]["title"] == p["title"]:
            bad.append("h3: the form title (generic) vs the 目录 entry (naming the project)")
        if gr[1][1] != f"[{p['department_code']}]{p['department']}" or gr[1][3] != p["implementing_unit"]:
            bad.append("h3: 主管部门及代码 / 实施单位")
        if rows[3][0]["rs"] != 4:
            bad.append("h3: 项目资金 not rowspan 4")
        money = {gr[i][1]: float(gr[i][2]) for i in range(3, 7)}
        cmp_rows(bad, f"h3 money {k}", money, {"年度资金总额": p["budget_total"], "其中：财政拨款": p["budget_fiscal"],
                                               "上年结转资金": p["budget_carryover"], "其他资金": p["budget_other"]})
        cmp_rows(bad, f"h3 goals {k}", items(gr[7][1]), p["goals"])
        cmp_rows(bad, f"h3 rows {k}", ind_rows(gr, 9, len(gr) - 9, (1, 2, 3, 4)),
                 [(x["level1"], x["level2"], x["level3"], x["value_raw"]) for x in p["indicators"]])
        if gr[8][0] != "绩效指标" or rows[8][0]["rs"] != len(p["indicators"]) + 1:
            bad.append("h3: 绩效指标 label not spanning the indicator block")
    return bad


def s_h4(doc, g):
    bad = []
    if not doc.endswith(".md"):
        return ["h4: not Markdown"]
    s = open(doc, encoding="utf-8").read()
    blocks = [b.strip() for b in s.split("\n\n") if b.strip()]
    paras = [b for b in blocks if not b.startswith("<table")]
    if "<th" in s or "|---" in s or not all(b.startswith("<table>") and b.endswith("</table>") for b in blocks if "<table" in b):
        bad.append("h4: tables are not MinerU's bare HTML <table> blocks")
    heads = [b for b in blocks if b.startswith("#")]
    if any(b.startswith("##") for b in heads) or "# 目　录" not in heads:
        bad.append("h4: headings are not all flat `# `")
    plain = [re.sub(r"^# ", "", b) for b in paras]
    toc_check(bad, "h4", plain, g); part1_check(bad, "h4", plain, g)
    tix = [i for i, b in enumerate(blocks) if b.startswith("<table")]
    if len(tix) != len(g["projects"]):
        return bad + [f"h4: {len(tix)} tables"]
    if not any(b.startswith("说明：") for b in blocks[tix[0] + 1: tix[1]]):
        bad.append("h4: no 说明 paragraph between the forms")
    for k, (i, p) in enumerate(zip(tix, g["projects"])):
        rows = parse_html(blocks[i]).tables[0]
        gr = hgrid(rows)
        if blocks[i - 2] != "# " + p["title"]:
            bad.append("h4: form title heading")
        if (gr[0][1], gr[0][4], gr[1][1], gr[1][4]) != (p["name"], p["code"], f"[{p['department_code']}]{p['department']}",
                                                         p["implementing_unit"]):
            bad.append("h4: 项目名称 / 项目编码 / 主管部门及代码 / 实施单位")
        if rows[3][0]["rs"] != 3 or rows[6][0]["rs"] != 2 or rows[6][1]["cs"] != 2:
            bad.append("h4: 项目资金 rowspan 3 / 总体目标 rowspan 2 / colspan 2")
        cmp_rows(bad, f"h4 annual {k}", [float(gr[j][4]) for j in (3, 4, 5)],
                 [p["budget_total"], p["budget_fiscal"], p["budget_other"]])
        cmp_rows(bad, f"h4 实施期 {k}", [gr[j][2] for j in (3, 4, 5)],
                 [p["extra"]["实施期资金总额"], p["extra"]["实施期财政拨款"], p["extra"]["实施期其他资金"]])
        if "\n" in gr[7][1] or not re.match(r"1\..+2\.", gr[7][1]):
            bad.append("h4: 实施期目标 items not run together in one line")
        cmp_rows(bad, f"h4 goals {k}", (items(gr[7][1]), items(gr[7][3])), (p["goals_mid_term"], p["goals"]))
        mi, yi = by_period(p)
        cmp_rows(bad, f"h4 rows {k}", ind_rows(gr, 9, len(gr) - 9, range(5)),
                 [(m["level1"], m["level2"], m["level3"], m["value_raw"], y["value_raw"]) for m, y in zip(mi, yi)])
    return bad


def s_h5(doc, g):
    bad = []
    if not doc.endswith(".txt"):
        return ["h5: not a text file"]
    b = open(doc, "rb").read()
    try:
        b.decode("utf-8"); return ["h5: the copy decodes as UTF-8 (want the ANSI code page, GB18030)"]
    except UnicodeDecodeError:
        pass
    if b.count(b"\r\n") != b.count(b"\n") or b.startswith(b"\xef\xbb\xbf"):
        bad.append("h5: not CRLF throughout / has a BOM")
    lines = b.decode("gb18030").split("\r\n")
    toc_check(bad, "h5", lines, g); part1_check(bad, "h5", lines, g)
    starts = [i for i, ln in enumerate(lines) if ln == "项目绩效目标表"]
    if len(starts) != len(g["projects"]):
        return bad + [f"h5: {len(starts)} forms"]
    if not any(ln.startswith("说明：") for ln in lines[starts[0]: starts[1]]):
        bad.append("h5: no 说明 paragraph between the forms")
    for k, p in zip(starts, g["projects"]):
        rows = {}
        end = lines.index("", k)
        tab = [ln.split("\t") for ln in lines[k + 3: end]]
        for r in tab:
            rows.setdefault(r[0], r)
        if lines[k + 1] != f"（{g['document']['year']}年度）" or \
                lines[k + 2] != f"主管部门（盖章）：{p['department']}　　主管部门编码：{p['department_code']}　　单位：万元":
            bad.append("h5: year / 主管部门 line")
        ticked = re.findall(r"■(\S+?项目)", rows["项目属性"][1])
        if ticked != [p["extra"]["项目属性"]] or rows["项目属性"][1].count("□") != 1:
            bad.append(f"h5: ticked box {ticked} vs gold {p['extra']['项目属性']}")
        if (rows["项目名称"][1], rows["项目单位"][1], rows["项目单位"][3], rows["联系电话"][1], rows["联系电话"][3]) != \
                (p["name"], p["implementing_unit"], p["extra"]["项目负责人"], p["extra"]["联系电话"], p["extra"]["项目起止时间"]):
            bad.append("h5: 项目名称 / 项目单位 / 负责人 / 电话 / 起止时间")
        mi = [i for i, r in enumerate(tab) if r[0].startswith("年度资金总额及构成")][0]
        cmp_rows(bad, "h5 money", [tab[mi][1:3], tab[mi + 1][:3], tab[mi + 2][:3]],
                 [["总额", "%.2f" % p["budget_total"]], ["", "其中：财政拨款", "%.2f" % p["budget_fiscal"]],
                  ["", "其他资金", "%.2f" % p["budget_other"]]])
        cmp_rows(bad, "h5 goals", ([rows["长期绩效目标"][1]], items(rows["年度绩效目标"][1])),
                 (p["goals_mid_term"], p["goals"]))
        got = []
        for lab, xs in zip(("长期绩效指标", "年度绩效指标"), by_period(p)):
            h = [i for i, r in enumerate(tab) if r[0] == lab][0]
            if tab[h][1:] != ["一级指标", "二级指标", "指标内容", "指标值"]:
                bad.append(f"h5: {lab} header")
            l1 = l2 = None
            for r in tab[h + 1: h + 1 + len(xs)]:
                if r[0] != "":
                    bad.append("h5: an indicator row does not start with the merged label's empty cell")
                l1, l2 = r[1] or l1, r[2] or l2
                got.append((l1, l2, r[3], r[4]))
        cmp_rows(bad, "h5 rows", got, [(x["level1"], x["level2"], x["level3"], x["value_raw"]) for x in p["indicators"]])
    return bad


def s_h6(doc, g):
    bad = []
    raw = open(doc, "rb").read()
    if not doc.endswith(".doc") or raw[:8] != OLE or "WordDocument".encode("utf-16-le") not in raw:
        return ["h6: not a Word 97 .doc (OLE2 with a WordDocument stream)"]
    bl = docx_blocks(doc)
    paras = [t for k, t in bl if k == "p"]
    toc_check(bad, "h6", paras, g); part1_check(bad, "h6", paras, g)
    if "仙桃市农业农村局（盖章）编制" not in paras or g["document"]["compiled_by"] + "（盖章）编制" not in paras:
        bad.append("h6: the cover's seal line")
    tabs = [(i, t) for i, (k, t) in enumerate(bl) if k == "t"]
    ps = g["projects"]
    if len(tabs) != 1 + 3 * (len(ps) - 1):
        return bad + [f"h6: {len(tabs)} tables"]
    d = ps[0]
    gr = dgrid(tabs[0][1])
    if d.get("scope") != "department" or gr[0][0] != "部门（单位）名称" or gr[0][1] != d["department"]:
        bad.append("h6: the first form is not the 部门整体 form / gold scope")
    cmp_rows(bad, "h6 dept money", [float(gr[k][2]) for k in (1, 2, 3)], [d["budget_total"], d["budget_fiscal"], d["budget_other"]])
    cmp_rows(bad, "h6 dept goals", items(gr[4][1]), d["goals"])
    cmp_rows(bad, "h6 dept rows", ind_rows(gr, 6, len(gr) - 6, range(4)),
             [(x["level1"], x["level2"], x["level3"], x["value_raw"]) for x in d["indicators"]])
    for k, p in enumerate(ps[1:]):
        (i0, info), (_, cost), (_, ind) = tabs[1 + 3 * k: 4 + 3 * k]
        info, cost, ind = dgrid(info), dgrid(cost), dgrid(ind)
        ttl = [t for kk, t in bl[i0 - 3: i0] if kk == "p" and t.endswith("表")]
        if ttl != [p["title"]] or not p["title"].startswith(p["name"]):
            bad.append(f"h6: form title {ttl} does not name the project")
        if (info[0][1], info[1][1], info[1][3], info[2][1]) != (p["name"], p["project_type"], p["project_nature"],
                                                                 p["extra"]["立项依据"]):
            bad.append(f"h6: project {p['seq']} info table")
        its = [(r[0], float(r[1]), r[2], r[3], r[4]) for r in cost[1:-1]]
        cmp_rows(bad, f"h6 cost {p['seq']}", its, [(c["item"], c["amount"], c["basis"], c["2022年实际执行数"],
                                                     c["2023年实际执行数"]) for c in p["extra"]["cost_items"]])
        if cost[-1][0] != "合计" or float(cost[-1][1]) != p["budget_total"] or abs(sum(x[1] for x in its) - p["budget_total"]) > 1e-6:
            bad.append(f"h6: project {p['seq']} 合计 / budget_total")
        cmp_rows(bad, f"h6 rows {p['seq']}", ind_rows(ind, 2, len(ind) - 3, range(5)),
                 [(x["level1"], x["level2"], x["level3"], x["description"], x["value_raw"]) for x in p["indicators"]])
        if ind[0][1] != p["goals"][0] or ind[-1][:2] != ["保障绩效目标实现措施", p["measures"]]:
            bad.append(f"h6: project {p['seq']} goal / 措施")
    return bad


S = {"h1": s_h1, "h2": s_h2, "h3": s_h3, "h4": s_h4, "h5": s_h5, "h6": s_h6}


def structure(stem, doc, g):
    return S[stem[:2]](doc, g)


def _m_h1(g):
    g["projects"][0]["scope"] = "project"


def _m_h2(g):
    for e in g["toc"]:
        if e["part"] == 2: e["page"] = 5


def _m_h3(g):
    g["projects"][1]["budget_carryover"] = 0.0


def _m_h4(g):
    p = g["projects"][0]; p["goals"], p["goals_mid_term"] = p["goals_mid_term"], p["goals"]


def _m_h5(g):
    g["projects"][0]["extra"]["项目属性"] = "新增项目"


def _m_h6(g):
    g["projects"][1]["extra"]["cost_items"][1]["amount"] = 420.0


QMUT = {"h1": (_m_h1, "the 部门整体 form typed scope project"), "h2": (_m_h2, "the 目录's part-2 page typed 5 (the physical page)"),
        "h3": (_m_h3, "project 2's 上年结转资金 typed 0"), "h4": (_m_h4, "实施期目标 and 年度目标 swapped"),
        "h5": (_m_h5, "项目属性 typed 新增项目"), "h6": (_m_h6, "a cost item 240.00 typed 420.00")}


def main():
    os.makedirs(TMP, exist_ok=True)
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

            def fails(o):
                try:
                    return bool(structure(stem, os.path.join(D, golds[o][1]["source"]["path"]), g))
                except Exception:
                    return True
            held = [o for o in others if not fails(o)]
            doc = os.path.join(D, g["source"]["path"])
            m = copy.deepcopy(g)
            m["projects"][-1]["indicators"][-1]["level3"] += "（抽样）"
            mut = missing(doc, m)
            mq = copy.deepcopy(g)
            fn, what = QMUT[stem[:2]]
            fn(mq)
            try:
                qfail = bool(structure(stem, doc, mq))
            except Exception:
                qfail = True
            print(f"  selftest {stem[:2]}: quirk assertions on a mutated gold ({what}) {'fail' if qfail else 'HOLD'}")
            bad += not qfail
            print(f"  selftest {stem[:2]}: quirk assertions fail on {len(others) - len(held)}/{len(others)} other drafts"
                  f"{' (HELD on ' + str(held) + ')' if held else ''}; mutated gold missing={mut}")
            bad += bool(held) or not mut
    print("ALL OK" if not bad else f"{bad} PROBLEM(S)")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
