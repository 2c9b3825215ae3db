#!/usr/bin/env python3
"""Check the blind set heldout13b: valid JSON, source.sha256 matches the bytes, score.py self-F1 1.0, every printed
string of each gold found in its document's own text, and each draft's quirk really present (structure()). Text of
a PDF: `pdftotext` when installed, else pdfminer, plus pypdfium2's text; of a .docx: python-docx paragraphs and table
cells (field results included, instructions not); of a .xlsx: openpyxl cell values of EVERY sheet (amounts compared
as numbers); of the .html: the text content after dropping <script>/<style>, entities decoded, <BR> joining nothing;
of a5's copied text: a string counts as found when it is the concatenation of consecutive space-separated fragments
of the file (the tail of one fragment, whole fragments, the head of another, at most 8 fragments apart — a wrapped
cell's lines are interleaved with its neighbours' lines). a6 is a NEGATIVE: its refusal line is checked, and that the
file is what it is. a3 is also rendered here by LibreOffice (/tmp/heldout13b_check, profile /tmp/lo_heldout13b) to
see its caption numbers recomputed. Nothing from jixiao is used."""
import glob, hashlib, json, os, re, shutil, subprocess, sys, zipfile
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from golds import (A1_SUMMARY_SHEET, A1_SUMMARY_TITLE, A1_UNITS, A2_P, A2_INDEX, A3_P,
                   A4_P, A4_NOTE, A4_WORKNOTE, A4_TITLE_ROWS, A6_TITLE, A6_SCORE)

D = os.path.join(HERE, "drafts")
EXPECTED = os.path.join(HERE, "expected")
CHK = "/tmp/heldout13b_check"
LO_PROFILE = "file:///tmp/lo_heldout13b"
SCORE = "/work/shared/tools/score.py"


def norm(s):
    return re.sub(r"\s+", "", s)


def pdfium_pages(path):
    import pypdfium2 as pdfium
    d = pdfium.PdfDocument(path)
    return [d[i].get_textpage().get_text_range() for i in range(len(d))]


def pdf_text(path):
    if shutil.which("pdftotext"):
        return subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True, check=True).stdout
    from pdfminer.high_level import extract_text
    return extract_text(path)


def docx_text(path):
    from docx import Document
    d = Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            parts += [c.text for c in r.cells]
    return "|".join(norm(x) for x in parts)


class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "title"):
            self.skip += 1
        elif tag in ("td", "p", "li", "div", "tr", "table"):
            self.out.append("|")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "title"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def html_text(path):
    p = _Text()
    p.feed(open(path, encoding="utf-8").read())
    return norm("".join(p.out).replace("\xa0", " "))


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
        for k in ("level1", "level2", "level3", "description", "value_raw", "basis", "reference"):
            if x.get(k): yield x[k]


def fragments_find(s, toks, gap=8):
    """s = tail(toks[i]) + toks[j1] + … + head(toks[k]), indices increasing, each step at most `gap` tokens on."""
    from functools import lru_cache

    @lru_cache(maxsize=None)
    def rest(pos, i):                      # s[pos:] must start in a token after index i (within gap)
        for j in range(i + 1, min(len(toks), i + 1 + gap)):
            t = toks[j]
            if s.startswith(t, pos) and (pos + len(t) == len(s) or rest(pos + len(t), j)):
                return True
            if t.startswith(s[pos:]):
                return True
        return False

    for i, t in enumerate(toks):
        if s in t:
            return True
        for k in range(1, len(t) + 1):     # the tail t[-k:] is the head of s
            if s.startswith(t[-k:]) and k < len(s) and rest(k, i):
                return True
    return False


def soffice(src, outdir):
    os.makedirs(outdir, exist_ok=True)
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", "pdf", "--outdir",
                    outdir, src], capture_output=True, text=True, timeout=240)
    return os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + ".pdf")


def structure(stem, doc, g):
    bad = []
    if stem.startswith("a1"):
        from openpyxl import load_workbook
        wb = load_workbook(doc)
        want = [A1_SUMMARY_SHEET] + [u[0] for u in A1_UNITS]
        if wb.sheetnames != want or wb.active.title != A1_SUMMARY_SHEET:
            bad.append(f"a1: sheets {wb.sheetnames} (active {wb.active.title}), want {want} with the summary active")
        s = wb[A1_SUMMARY_SHEET]
        vals = [c.value for r in s.iter_rows() for c in r if c.value is not None]
        if s["A1"].value != A1_SUMMARY_TITLE or "合计" not in vals:
            bad.append("a1: summary sheet title / 合计 row")
        for p in g["projects"]:          # the summary LISTS every project (name, code, amount): a trap, not a form
            if p["name"] not in vals or p["code"] not in vals or p["budget_total"] not in vals:
                bad.append(f"a1: the summary does not list project {p['seq']}")
        if any(v == "一级指标" for v in vals):
            bad.append("a1: the summary sheet holds an indicator header")
        seq = 0
        for sheet, unit, code, kind, ps in A1_UNITS:
            ws = wb[sheet]
            cells = [c.value for r in ws.iter_rows() for c in r if c.value is not None]
            if cells.count(f"预算单位：{code} {unit}") != len(ps) or cells.count("一级指标") != len(ps):
                bad.append(f"a1: sheet {sheet}: want {len(ps)} form(s) under `预算单位：{code} {unit}`")
            for _ in ps:
                p = g["projects"][seq]; seq += 1
                if p["department_code"] != code or p["department"] != unit or p["name"] not in cells:
                    bad.append(f"a1: project {p['seq']} is not on its unit's sheet {sheet}")
        if len({p["department_code"] for p in g["projects"]}) != len(A1_UNITS):
            bad.append("a1: want one department code per unit")
    if stem.startswith("a2"):
        raw = open(doc, "rb").read()
        t = raw.decode("utf-8")
        if b"\r\n" not in raw or b"\n" in raw.replace(b"\r\n", b""):
            bad.append("a2: not CRLF throughout")
        if 'charset=utf-8' not in t or "<!--<$[信息内容]>begin-->" not in t:
            bad.append("a2: CMS markers missing")
        i_side, i_index, i_form = t.index("信息公开目录"), t.index(A2_INDEX), t.index("<TABLE class=MsoNormalTable")
        if not (i_side < i_index < i_form) or "绩效自评" not in t[:i_index]:
            bad.append("a2: sidebar (with 绩效自评) → index table → forms is not the source order")
        depth = t[:i_form].count("<table") - t[:i_form].count("</table>")
        if depth < 2 or t.count("<TABLE class=MsoNormalTable") != len(g["projects"]):
            bad.append(f"a2: forms are not nested in the layout tables (depth {depth})")
        if t.count("<P class=MsoNormal") < 100 or "&ge;" not in t or "&le;" not in t or "rowSpan=" not in t \
                or "colSpan=4" not in t:
            bad.append("a2: Word-pasted cells / entities / rowSpan / colSpan missing")
        for (_n, _iu, _t, _f, _o, _gl, _r, brs) in A2_P:
            for l3, k in brs.items():
                if l3 in t or f"{l3[:k]}<BR>{l3[k:]}" not in t:
                    bad.append(f"a2: 三级 `{l3}` is not broken by <BR>")
        if "目标1：" not in t:
            bad.append("a2: goals not printed as 目标1：…<BR>目标2：…")
    if stem.startswith("a3"):
        from docx import Document
        d = Document(doc)
        xml = zipfile.ZipFile(doc).read("word/document.xml").decode("utf-8")
        settings = zipfile.ZipFile(doc).read("word/settings.xml").decode("utf-8")
        caps = [p for p in d.paragraphs if p.style.name == "Caption"]
        n = len(g["projects"])
        if len(caps) != n or xml.count("SEQ 表 \\* ARABIC") != n or "<w:updateFields" not in settings:
            bad.append(f"a3: {len(caps)} Caption paragraphs, {xml.count('SEQ 表')} SEQ fields, updateFields?")
        if [c.text for c in caps] != [f"表{1}　{p['title']}" for p in g["projects"]]:
            bad.append(f"a3: the cached caption numbers are not all stale `1`: {[c.text for c in caps]}")
        pdf = soffice(doc, CHK)
        pt = norm("".join(pdfium_pages(pdf)))
        if [pt.count(f"表{k}{p['title']}") for k, p in enumerate(g["projects"], 1)] != [1] * n:
            bad.append("a3: LibreOffice does not print the recomputed captions 表1 … 表%d" % n)
    if stem.startswith("a4"):
        from pypdf import PdfReader
        r = PdfReader(doc)
        meta = r.metadata or {}
        if "LibreOffice" not in str(meta.get("/Producer", "")) or "Calc" not in str(meta.get("/Creator", "")):
            bad.append(f"a4: not printed by LibreOffice Calc ({meta})")
        raw = pdfium_pages(doc)
        pt = [norm(x) for x in raw]
        N = len(raw)
        if N != 3:
            bad.append(f"a4: {N} pages, want 3")
        sheets = [A4_P[0][0], A4_P[0][0], A4_P[1][0]]
        for k, x in enumerate(raw):
            ls = [y.strip() for y in x.splitlines() if y.strip()]
            if not any(re.fullmatch(re.escape(sheets[k]) + r"\s+\d{2}/\d{2}/\d{4}", y) for y in ls) \
                    or f"第{k + 1}页，共{N}页" not in pt[k]:
                bad.append(f"a4 page {k + 1}: Calc page header (sheet name + date) / footer missing")
        p1 = g["projects"][0]
        block = norm(f"项目名称{p1['name']}项目编码{p1['code']}")
        if not (block in pt[0] and block in pt[1]) or pt[1].count(p1["title"]) != 1 \
                or "一级指标二级指标三级指标指标解释指标值指标值设定依据" not in pt[1]:
            bad.append("a4: page 2 does not repeat the print-title rows (title … indicator header)")
        pages = [min((k for k in range(N) if norm(x["level3"]) in pt[k]), default=None)
                 for x in p1["indicators"]]
        split = pages.index(1) if 1 in pages else None
        if None in pages or split is None or pages != [0] * split + [1] * (len(pages) - split):
            bad.append(f"a4: project 1's rows by page {pages}")
        else:
            a, b = p1["indicators"][split - 1], p1["indicators"][split]
            if a["level1"] != b["level1"] or a["level2"] == b["level2"]:
                bad.append("a4: the page break does not fall inside a 一级 group at a new 二级")
            if norm(b["level1"]) not in pt[1]:
                bad.append("a4: Calc did not draw the continued merged 一级 cell's text on page 2 (clipped)")
        alltext = "".join(pt)
        if norm(A4_NOTE) in alltext or norm(A4_WORKNOTE) in alltext:
            bad.append("a4: text outside the print area was printed")
    if stem.startswith("a5"):
        raw = open(doc, "rb").read()
        t = raw.decode("utf-8")
        lines = t[1:].split("\r\n")
        if not raw.startswith(b"\xef\xbb\xbf") or b"\n" in raw.replace(b"\r\n", b"") or "\t" in t or "  " in t:
            bad.append("a5: want UTF-8 BOM, CRLF, no tabs, single spaces only")
        if lines.count("一级指标 二级指标 三级指标 指标值 指标值设定依") != len(g["projects"]) or "据" not in lines:
            bad.append("a5: the indicator header is not one line of single-space cells with `据` wrapped")
        flat = norm(t)
        p1 = g["projects"][0]
        for s in (p1["name"], "服务对象满意度指标", "可持续影响指标", "特困人员生活自理能力评估覆盖率", "≥1150元/人/月"):
            if s in flat:
                bad.append(f"a5: `{s}` is not wrapped")
        if [x for x in lines if re.fullmatch(r"第 \d 页 共 \d 页", x)] != [f"第 {k} 页 共 {len(g['projects'])} 页"
                                                                        for k in range(1, len(g["projects"]) + 1)]:
            bad.append("a5: page footers")
        conts = [x for x in lines if x and " " not in x and not x.startswith(("2025", "第"))]
        if len(conts) < 6:
            bad.append(f"a5: only {len(conts)} continuation lines")
    if stem.startswith("a6"):
        from docx import Document
        z = zipfile.ZipFile(doc)
        app = z.read("docProps/app.xml").decode("utf-8")
        if "<Application>WPS Office_" not in app or "KSOProductBuildVer" not in z.read("docProps/custom.xml").decode():
            bad.append("a6: not packaged as WPS writes it")
        d = Document(doc)
        t = docx_text(doc)
        if A6_TITLE not in t or f"综合得分{A6_SCORE}分" not in t or "绩效目标表" in t:
            bad.append("a6: evaluation report title / score / the words 绩效目标表")
        head = d.tables[0].rows[0].cells
        if [c.text for c in head] != ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]:
            bad.append("a6: evaluation table header")
        if sum("\t" in p.text and "：" in p.text for p in d.paragraphs) != 5:
            bad.append("a6: header block not spaced by tabs")
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
        txt = norm(pdf_text(doc)) + "|" + norm("|".join(pdfium_pages(doc)))
        miss = [s for s in want if norm(str(s)) not in txt]
    elif doc.endswith(".docx"):
        txt = docx_text(doc)
        miss = [s for s in want if norm(str(s)) not in txt]
    elif doc.endswith(".html"):
        txt = html_text(doc)
        miss = [s for s in want if norm(str(s)) not in txt]
    elif doc.endswith(".txt"):
        toks = [x for ln in open(doc, encoding="utf-8-sig", newline="").read().split("\r\n") for x in ln.split(" ") if x]
        miss = [s for s in want if not fragments_find(norm(str(s)), toks)]
    else:
        miss = xlsx_check(doc, g)
    miss += structure(stem, doc, g)
    r = subprocess.run([sys.executable, SCORE, gp, gp], capture_output=True, text=True)
    f1 = json.loads(r.stdout)["f1"]
    n_ind = sum(len(p["indicators"]) for p in g["projects"])
    print(f"{os.path.basename(doc):46s} pages={g['source']['pages']} projects={len(g['projects'])} "
          f"indicators={n_ind} self-F1={f1} sha256={'ok' if sha_ok else 'STALE'} missing={miss}")
    bad += bool(miss) or f1 != 1.0 or not sha_ok
for rp in sorted(glob.glob(os.path.join(EXPECTED, "*.refusal.txt"))):
    stem = os.path.basename(rp)[: -len(".refusal.txt")]
    lines = open(rp, encoding="utf-8").read().splitlines()
    docs = glob.glob(os.path.join(D, stem + ".*"))
    probs = []
    if len(lines) != 1 or not lines[0].startswith("拒绝提取：") or "预算" not in lines[0] or "评价" not in lines[0]:
        probs.append(f"refusal file: {lines}")
    if len(docs) != 1 or os.path.exists(os.path.join(EXPECTED, stem + ".gold.json")):
        probs.append("want exactly one draft and no gold")
    else:
        probs += structure(stem, docs[0], None)
    print(f"{os.path.basename(docs[0]) if docs else stem:46s} NEGATIVE refusal={'ok' if not probs else probs}")
    bad += bool(probs)
sys.exit(1 if bad else 0)
