#!/usr/bin/env python3
"""Check the blind set heldout12b: valid JSON, source.sha256 matches the bytes, score.py self-F1 1.0, every printed
string of each gold found in its document's text, every indicator's 三级 and value cell found in the SAME printed
table row, and each draft's quirk really present (structure()). Text of a PDF: `pdftotext` when installed, else
pdfminer, plus pypdfium2's text, plus pdfplumber's text; its rows from pdfplumber's ruled tables. Text of a .docx:
python-docx paragraphs, table cells, headers; rows = table rows. Of a .xlsx: openpyxl cell values of every sheet
(amounts compared as numbers); rows = sheet rows. Of a .txt: the file; rows = lines split on `|` or TAB. The quirk
list of each draft is golds.QUIRKS: each of those value cells must be printed as such and typed in the gold as
README.md says (the typing is asserted here too, so README, golds and this file cannot drift). Nothing from jixiao
is used."""
import glob, hashlib, json, os, re, shutil, subprocess, sys, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from golds import QUIRKS, Z1_SHEETS, Z2_NOTE_CELL, Z5_WRAPPED, Z6_BROKEN

D = os.path.join(HERE, "drafts")
EXPECTED = os.path.join(HERE, "expected")
SCORE = "/work/shared/tools/score.py"

# how README.md says each quirk value is typed: kind, comparator, value, value_max, unit, reference
TYPED = {
    "40~45个": ("numeric", ">=", 40, 45, "个", None), "约6.8万人": ("numeric", "=", 6.8, None, "万人", None),
    "3至4次/年": ("numeric", ">=", 3, 4, "次/年", None), "75%～80%": ("numeric", ">=", 75, 80, "%", None),
    "≥95%（含）": ("numeric", ">=", 95, None, "%", None), "48小时内": ("numeric", "<=", 48, None, "小时", None),
    "60%左右": ("numeric", "=", 60, None, "%", None), "90%（含）以上": ("numeric", ">=", 90, None, "%", None),
    "1.9万—2.1万人": ("numeric", ">=", 1.9, 2.1, "万人", None), "12项及以上": ("numeric", ">=", 12, None, "项", None),
    "2025年4月-10月": ("qualitative",) + (None,) * 5, "体检后15个工作日内": ("qualitative",) + (None,) * 5,
    "≤85元/人·次": ("numeric", "<=", 85, None, "元/人·次", None), "提高2个百分点": ("numeric", "=", 2, None, "个百分点", None),
    "约1,500人": ("numeric", "=", 1500, None, "人", None),
    "2,600人以上": ("numeric", ">=", 2600, None, "人", None), "百分之百": ("numeric", "=", 100, None, "%", None),
    "100%（按学期考核）": ("numeric", "=", 100, None, "%", None), "每学期开学后两个月内": ("qualitative",) + (None,) * 5,
    "小学1000元/生·年；初中1250元/生·年": ("numeric", "=", 1000, None, "元/生·年", None),
    "控制在0.5%以内": ("numeric", "<=", 0.5, None, "%", None), "九成以上": ("numeric", ">=", 9, None, "成", None),
    "不少于二十期": ("numeric", ">=", 20, None, "期", None), "3,200人次（含线上）": ("numeric", "=", 3200, None, "人次", None),
    "两次": ("numeric", "=", 2, None, "次", None), "95%及以上": ("numeric", ">=", 95, None, "%", None),
    "2024年第三季度": ("qualitative",) + (None,) * 5, "不超过350元/人·天": ("numeric", "<=", 350, None, "元/人·天", None),
    "126,000亩以上": ("numeric", ">=", 126000, None, "亩", None), "5至8个": ("numeric", ">=", 5, 8, "个", None),
    "≥3次/年": ("numeric", ">=", 3, None, "次/年", None), "三分之二以上": ("numeric", ">=", 0.6667, None, None, None),
    "6月底前": ("qualitative",) + (None,) * 5, "1:1": ("numeric", "=", 1, None, None, None),
    "≥1.35亿元": ("numeric", ">=", 1.35, None, "亿元", None), "≥3,200,000元": ("numeric", ">=", 3200000, None, "元", None),
    "全覆盖": ("qualitative",) + (None,) * 5, "百分之九十五以上": ("numeric", ">=", 95, None, "%", None),
    "≤6,200千元": ("numeric", "<=", 6200, None, "千元", None),
    "较上年提高≥2个百分点": ("numeric", ">=", 2, None, "个百分点", None),
    "≥4.5批次/千人": ("numeric", ">=", 4.5, None, "批次/千人", None), "至少12,000批次": ("numeric", ">=", 12000, None, "批次", None),
    "高于3%": ("numeric", ">", 3, None, "%", None), "≤万分之五": ("numeric", "<=", 5, None, "‱", None),
    "不大于20个工作日": ("numeric", "<=", 20, None, "个工作日", None), "≤上年": ("reference", "<=", None, None, None, "上年"),
    "≥全省平均水平": ("reference", ">=", None, None, None, "全省平均水平"),
    "下降≥0.5个百分点": ("numeric", ">=", 0.5, None, "个百分点", None), "≥3,600台（套）": ("numeric", ">=", 3600, None, "台（套）", None),
    "每季度1次": ("numeric", "=", 1, None, "次", None), "不小于99%": ("numeric", ">=", 99, None, "%", None),
    "低于0.3‰": ("numeric", "<", 0.3, None, "‰", None), "最长不超过15天": ("numeric", "<=", 15, None, "天", None),
    "不高于上年度支出": ("reference", "<=", None, None, None, "上年度支出"), "不低于国家标准": ("qualitative",) + (None,) * 5,
    "5,600人左右": ("numeric", "=", 5600, None, "人", None), "10至12次": ("numeric", ">=", 10, 12, "次", None),
    "城市≥98%；农村≥95%": ("numeric", ">=", 98, None, "%", None), "95%—100%": ("numeric", ">=", 95, 100, "%", None),
    "全年": ("qualitative",) + (None,) * 5, "≥1,050元/人·月": ("numeric", ">=", 1050, None, "元/人·月", None),
    "应保尽保": ("qualitative",) + (None,) * 5, "2,800—3,000人": ("numeric", ">=", 2800, 3000, "人", None),
    "4,100人以上": ("numeric", ">=", 4100, None, "人", None), "每人每月不低于320元": ("numeric", ">=", 320, None, "元", None),
    "12个及以上": ("numeric", ">=", 12, None, "个", None), "两部": ("numeric", "=", 2, None, "部", None),
    "优良": ("qualitative",) + (None,) * 5, "2025年6月-9月": ("qualitative",) + (None,) * 5,
    "2025.10.31前": ("qualitative",) + (None,) * 5, "不多于2.8万元/户": ("numeric", "<=", 2.8, None, "万元/户", None),
    "不低于90%（抽样调查）": ("numeric", ">=", 90, None, "%", None), "≥26.5公里": ("numeric", ">=", 26.5, None, "公里", None),
    "全年不少于2轮": ("numeric", ">=", 2, None, "轮", None), "即查即改": ("qualitative",) + (None,) * 5,
    "达标": ("qualitative",) + (None,) * 5, "较上年下降10%": ("numeric", "=", 10, None, "%", None),
}
EXTRA = {"约6.8万人": {"approximate": True}, "60%左右": {"approximate": True}, "约1,500人": {"approximate": True},
         "5,600人左右": {"approximate": True}, "100%（按学期考核）": {"note": "按学期考核"},
         "3,200人次（含线上）": {"note": "含线上"}, "不低于90%（抽样调查）": {"note": "抽样调查"},
         "提高2个百分点": {"change": "提高"}, "下降≥0.5个百分点": {"change": "下降"},
         "较上年提高≥2个百分点": {"change": "提高", "relative_to": "上年"},
         "较上年下降10%": {"change": "下降", "relative_to": "上年"}, "每季度1次": {"per": "季度"},
         "每人每月不低于320元": {"per": "人·月"}, "全年不少于2轮": {"per": "年"}, "1:1": {"ratio": "1:1"},
         "三分之二以上": {"fraction": "三分之二"}}


def norm(s):
    return re.sub(r"\s+", "", str(s))


def pdfium_pages(path):
    import pypdfium2 as pdfium
    d = pdfium.PdfDocument(path)
    return [d[i].get_textpage().get_text_range() for i in range(len(d))]


def pdf_text(path):
    if shutil.which("pdftotext"):
        return subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True, check=True).stdout
    from pdfminer.high_level import extract_text
    return extract_text(path)


def plumber_text(path):
    import pdfplumber
    with pdfplumber.open(path) as pdf:
        return "\n".join(pg.extract_text() or "" for pg in pdf.pages)


def doc_strings(g):
    d = g["document"]
    for k in ("title", "department", "department_code", "compiled_by", "reviewed_by", "status"):
        if d.get(k): yield d[k]


def proj_strings(p, money=True):
    for k in ("title", "department", "department_code", "code", "name", "purpose", "implementing_unit"):
        if p.get(k): yield p[k]
    if money:
        for k in ("budget_total", "budget_fiscal", "budget_other"):
            if p.get(k) is not None: yield f"{p[k]:.2f}"
    yield from p["goals"]
    for x in p["indicators"]:
        for k in ("level1", "level2", "level3", "description", "value_raw", "basis"):
            if x.get(k): yield x[k]


# ---------------------------------------------------------------- printed table rows, per format
def rows_of(doc):
    """list of rows, each a list of normalised cell texts (merged cells may repeat or be empty)."""
    if doc.endswith(".xlsx"):
        from openpyxl import load_workbook
        wb = load_workbook(doc)
        return [[norm(c.value) if c.value is not None else "" for c in r] for ws in wb.worksheets for r in ws.iter_rows()]
    if doc.endswith(".docx"):
        from docx import Document
        return [[norm(c.text) for c in r.cells] for t in Document(doc).tables for r in t.rows]
    if doc.endswith(".pdf"):
        import pdfplumber
        with pdfplumber.open(doc) as pdf:
            return [[norm(c or "") for c in r] for pg in pdf.pages for t in pg.extract_tables() for r in t]
    lines = open(doc, encoding="utf-8").read().splitlines()
    return [[norm(c) for c in (ln.strip().strip("|").split("|") if ln.startswith("|") else ln.split("\t"))] for ln in lines]


def row_check(doc, g):
    """every indicator: a printed row holding its 三级 cell, then (its 指标解释 cell and) its value cell."""
    rows = rows_of(doc)
    nodot = (lambda s: s.replace("·", "")) if doc.endswith(".pdf") else (lambda s: s)   # pdfminer drops U+00B7
    bad = []
    for p in g["projects"]:
        for x in p["indicators"]:
            want = [norm(x["level3"])] + ([norm(x["description"])] if x["description"] else []) + [norm(x["value_raw"])]
            want = [nodot(w) for w in want]
            ok = False
            for r in rows:
                r = [nodot(c) for c in r]
                for i in range(len(r) - len(want) + 1):
                    if r[i:i + len(want)] == want:
                        ok = True
            if not ok:
                bad.append(f"row not printed as one table row: {x['level3']} | {x['value_raw']}")
    return bad


def quirk_check(stem, g):
    bad = []
    inds = {x["value_raw"]: x for p in g["projects"] for x in p["indicators"]}
    for q in QUIRKS[stem]:
        x = inds.get(q)
        if x is None:
            bad.append(f"quirk value `{q}` not in the gold"); continue
        got = (x["kind"], x["comparator"], x["value"], x.get("value_max"), x["unit"], x["reference"])
        if got != TYPED[q]:
            bad.append(f"`{q}` typed {got}, README says {TYPED[q]}")
        for k, v in EXTRA.get(q, {}).items():
            if x.get(k) != v:
                bad.append(f"`{q}` extra {k}={x.get(k)!r}, want {v!r}")
    return bad


def structure(stem, doc, g):
    bad = quirk_check(stem, g) + row_check(doc, g)
    if stem.startswith("z1"):
        from openpyxl import load_workbook
        wb = load_workbook(doc)
        if wb.sheetnames != Z1_SHEETS:
            bad.append(f"z1: sheets {wb.sheetnames}")
        for ws, p in zip(wb.worksheets, g["projects"]):
            vals = {x["value_raw"] for x in p["indicators"]}
            cells = [c for r in ws.iter_rows() for c in r if c.value in vals]
            if len(cells) != len(vals) or any(c.data_type != "s" for c in cells):
                bad.append(f"z1 {ws.title}: value cells not all text cells ({len(cells)} of {len(vals)})")
            if not any(c.value == p["name"] for r in ws.iter_rows() for c in r):
                bad.append(f"z1: sheet {ws.title} is not project {p['seq']}'s form")
    if stem.startswith(("z2", "z6")):
        from docx import Document
        from docx.oxml.ns import qn
        d = Document(doc)
        cells = {id(c._tc): c for t in d.tables for r in t.rows for c in r.cells}.values()
        if stem.startswith("z2"):
            two = [c for c in cells if [norm(p.text) for p in c.paragraphs] == list(Z2_NOTE_CELL)]
            if len(two) != 1:
                bad.append("z2: the value `100%` + note `（按学期考核）` is not ONE cell of two paragraphs")
            tgt = [c for c in cells if len(c.paragraphs) == 1 and "；" in c.text and c.text.startswith("小学")]
            if len(tgt) != 1:
                bad.append("z2: the two-target cell is not one paragraph joined by `；`")
            if sum(1 for t in d.tables if norm(t.rows[0].cells[3].text) == "指标解释") != 2:
                bad.append("z2: no 指标解释 column in both indicator tables")
        else:
            soft = [c for c in cells if len(c.paragraphs) == 1 and c.paragraphs[0]._p.findall(".//" + qn("w:br"))
                    and c.text.split("\n") == list(Z6_BROKEN)]
            if len(soft) != 1:
                bad.append("z6: the value `≥26.5` ⏎ `公里` is not ONE paragraph with a soft line break (w:br)")
            xml = zipfile.ZipFile(doc).read("word/document.xml").decode("utf-8")
            if "≥26.5公里" in xml:
                bad.append("z6: `≥26.5公里` occurs unbroken in document.xml")
    if stem.startswith("z3"):
        lines = open(doc, encoding="utf-8").read().splitlines()
        ind = [ln for ln in lines if ln.startswith("| ") and ln.count("|") == 6]
        n = sum(len(p["indicators"]) for p in g["projects"]) + len(g["projects"])
        if len(ind) != n:
            bad.append(f"z3: {len(ind)} five-cell pipe rows, want {n} (headers + indicators)")
        if sum(1 for ln in lines if ln.startswith("|  |")) < 10:
            bad.append("z3: merged level cells are not printed as empty pipe cells")
        if "<br>" not in "".join(lines):
            bad.append("z3: goals not joined by <br>")
    if stem.startswith("z4"):
        txt = open(doc, encoding="utf-8").read()
        lines = txt.splitlines()
        ind = [ln for ln in lines if ln.count("\t") == 4 and not ln.startswith("部门编码")]
        n = sum(len(p["indicators"]) for p in g["projects"]) + len(g["projects"])
        if len(ind) != n or sum(1 for ln in ind if ln.startswith("\t\t")) < 4 or "\f" not in txt:
            bad.append(f"z4: {len(ind)} five-field TAB rows (want {n}), continuation rows with blank levels, form feed")
    if stem.startswith("z5"):
        from pypdf import PdfReader
        r = PdfReader(doc)
        fonts = {str(f.get_object().get("/BaseFont")) for pg in r.pages for f in pg["/Resources"]["/Font"].values()}
        if "/STSong-Light" not in fonts:
            bad.append(f"z5: fonts {fonts}")
        raw = pdfium_pages(doc)
        lines = [ln.strip() for t in raw for ln in t.splitlines()]
        a, b = Z5_WRAPPED
        if not any(ln.endswith(a) and nxt.startswith(b) for ln, nxt in zip(lines, lines[1:])):
            bad.append("z5: the two-target cell does not print on two lines (`城市≥98%；` / `农村≥95%`)")
        if not any(ln.endswith("每人每月不低于") for ln in lines) or not any(ln.startswith("320元") for ln in lines):
            bad.append("z5: `每人每月不低于320元` does not wrap inside its cell")
        joined = "".join(raw)
        from pdfminer.high_level import extract_text
        mined = extract_text(doc)
        if "95%—100%" not in joined or "95%—100%" not in mined or "2,800—3,000人" not in mined:
            bad.append("z5: the em-dash ranges are not read as U+2014")
        if "元/人·月" not in joined or "元/人·月" in mined or "元/人月" not in mined:
            bad.append("z5: want pdfium to read `元/人·月` and pdfminer `元/人月` (U+00B7 dropped)")
        if len(r.pages) != 2:
            bad.append(f"z5: {len(r.pages)} pages, want 2")
    return bad


def xlsx_check(doc, g):
    from openpyxl import load_workbook
    wb = load_workbook(doc)
    vals = [c.value for ws in wb.worksheets for r in ws.iter_rows() for c in r if c.value is not None]
    txt = "|".join(norm(str(v)) for v in vals)
    nums = {round(float(v), 2) for v in vals if isinstance(v, (int, float))}
    miss = [s for s in doc_strings(g) if norm(s) not in txt]
    for p in g["projects"]:
        miss += [s for s in proj_strings(p, money=False) if norm(s) not in txt]
        miss += [f"{k}={p[k]}" for k in ("budget_total", "budget_fiscal", "budget_other") if round(p[k], 2) not in nums]
    return miss


def docx_text(path):
    from docx import Document
    d = Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            parts += [c.text for c in r.cells]
    return "|".join(norm(x) for x in parts)


import logging
logging.getLogger("pdfminer").setLevel(logging.ERROR)
bad = 0
for gp in sorted(glob.glob(os.path.join(EXPECTED, "*.gold.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    stem = os.path.basename(gp)[: -len(".gold.json")]
    doc = os.path.join(D, g["source"]["path"])
    sha_ok = hashlib.sha256(open(doc, "rb").read()).hexdigest() == g["source"]["sha256"]
    want = list(doc_strings(g)) + [s for p in g["projects"] for s in proj_strings(p)]
    if doc.endswith(".pdf"):
        txt = norm(pdf_text(doc)) + "|" + norm("|".join(pdfium_pages(doc))) + "|" + norm(plumber_text(doc))
        miss = [s for s in want if norm(s) not in txt]
    elif doc.endswith(".docx"):
        txt = docx_text(doc)
        miss = [s for s in want if norm(s) not in txt]
    elif doc.endswith(".xlsx"):
        miss = xlsx_check(doc, g)
    else:
        txt = norm(open(doc, encoding="utf-8").read())
        miss = [s for s in want if norm(s) not in txt]
    miss += structure(stem, doc, g)
    r = subprocess.run([sys.executable, SCORE, gp, gp], capture_output=True, text=True)
    f1 = json.loads(r.stdout)["f1"]
    n_ind = sum(len(p["indicators"]) for p in g["projects"])
    print(f"{os.path.basename(doc):46s} pages={g['source']['pages']} projects={len(g['projects'])} "
          f"indicators={n_ind} quirks={len(QUIRKS[stem])} self-F1={f1} sha256={'ok' if sha_ok else 'STALE'} missing={miss}")
    bad += bool(miss) or f1 != 1.0 or not sha_ok
n = len(glob.glob(os.path.join(EXPECTED, "*.gold.json")))
if n != 6:
    print(f"want 6 golds, found {n}"); bad += 1
sys.exit(1 if bad else 0)
