#!/usr/bin/env python3
"""Check the blind set heldout14b: valid JSON, source.sha256 matches the bytes, score.py self-F1 1.0, every printed
string of each gold found in its document's own text, and each draft's quirk really present (structure()). Text of a
PDF: pdfminer (pdftotext when installed) plus pypdfium2's text; of a .docx: python-docx paragraphs and table cells;
of a .xlsx: openpyxl cell values of every sheet (amounts compared as numbers); of the .html: the text content without
<script>/<style>/<title>, entities decoded, <br> joining nothing; of b5's Excel "Unicode text": the bytes decoded as
UTF-16 (BOM) and split by the csv module (TAB, quoted cells), every cell. Whitespace is ignored. `--selftest` also runs
every quirk assertion against every OTHER draft and the string check against a mutated gold, and reports that each
of them fails there. Nothing from jixiao is used."""
import copy, csv, glob, hashlib, io, json, os, re, shutil, subprocess, sys, zipfile
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from golds import (G, MN, UG, KO, BO, ZA, MN5, B1_P, B1_SOURCES, B2_P, B2_SOURCES, B3_P, B4_P, B5_P, B6_P,
                   T1, T2, T3, T4, T5, T6, D3_KO)

D = os.path.join(HERE, "drafts")
EXPECTED = os.path.join(HERE, "expected")
SCORE = "/work/shared/tools/score.py"
MONG = re.compile("[\u1800-\u18af]")
ARAB = re.compile("[\u0600-\u06ff]")
HANGUL = re.compile("[\uac00-\ud7a3]")
TIB = re.compile("[\u0f00-\u0fff]")
HAN = re.compile("[\u4e00-\u9fff]")


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
        elif tag in ("td", "p", "li", "div", "tr", "table", "h1", "h2"):
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


def utf16_cells(path):
    raw = open(path, "rb").read()
    txt = raw.decode("utf-16")
    return list(csv.reader(io.StringIO(txt, newline=""), delimiter="\t"))


def doc_strings(g):
    d = g["document"]
    for k in ("title", "department", "department_code"):
        if d.get(k): yield d[k]


def proj_strings(p, money=True):
    for k in ("title", "department", "department_code", "code", "name", "purpose", "implementing_unit"):
        if p.get(k): yield p[k]
    if money:
        for k in ("budget_total", "budget_fiscal", "budget_other", "budget_carryover"):
            if p.get(k) is not None: yield f"{p[k]:.2f}"
    yield from p["goals"]
    for x in p["indicators"]:
        for k in ("level1", "level2", "level3", "description", "value_raw", "basis", "reference"):
            if x.get(k): yield x[k]
        if x.get("weight") is not None:
            yield str(x["weight"])


def missing(doc, g):
    want = list(doc_strings(g)) + [s for p in g["projects"] for s in proj_strings(p, money=not doc.endswith(".xlsx"))]
    if doc.endswith(".pdf"):
        txt = norm(pdf_text(doc)) + "|" + norm("|".join(pdfium_pages(doc)))
    elif doc.endswith(".docx"):
        txt = docx_text(doc)
    elif doc.endswith(".html"):
        txt = html_text(doc)
    elif doc.endswith(".txt"):
        txt = "|".join(norm(c) for r in utf16_cells(doc) for c in r)
    else:
        from openpyxl import load_workbook
        wb = load_workbook(doc)
        vals = [c.value for ws in wb.worksheets for r in ws.iter_rows() for c in r if c.value is not None]
        txt = "|".join(norm(str(v)) for v in vals)
        nums = {round(float(v), 2) for v in vals if isinstance(v, (int, float))}
        extra = [f"{k}={p[k]}" for p in g["projects"] for k in ("budget_total", "budget_other")
                 if round(p[k], 2) not in nums]
        return [s for s in want if norm(str(s)) not in txt] + extra
    return [s for s in want if norm(str(s)) not in txt]


def only(rx, s, extra=r"[\s0-9:：᠄ ᠎\-]"):
    """s holds characters of rx (plus spaces, digits, colons) and at least one of them."""
    return bool(s) and bool(rx.search(s)) and not re.sub(extra, "", rx.sub("", s))


def structure(stem, doc, g):
    bad = []
    ex = os.path.splitext(doc)[1]
    if stem.startswith("b1"):
        if ex != ".docx":
            return ["b1: not a .docx"]
        from docx import Document
        d = Document(doc)
        ps = [p.text for p in d.paragraphs if p.text.strip()]
        heads = [i for i, t in enumerate(ps) if t == T1]
        if len(heads) != len(g["projects"]) or not all(i and only(MONG, ps[i - 1]) for i in heads):
            bad.append("b1: each Chinese title is not preceded by a Mongolian-script title paragraph")
        if not all(i + 2 < len(ps) and MONG.search(ps[i + 1]) and ps[i + 2].startswith("部门名称：") for i in heads):
            bad.append("b1: the 部门名称 line has no Mongolian line above it")
        nbi = 0
        for k, p in enumerate(g["projects"]):
            kv, it = d.tables[2 * k], d.tables[2 * k + 1]
            seen = set()
            for t in (kv, it):
                for r in t.rows:
                    for c in r.cells:
                        if c._tc in seen:
                            continue
                        seen.add(c._tc)
                        pp = [x.text for x in c.paragraphs]
                        if len(pp) == 2 and only(MONG, pp[0]) and MN.get(pp[1]) == pp[0]:
                            nbi += 1
            levels = {x["level1"] for x in p["indicators"]} | {x["level2"] for x in p["indicators"]}
            lv_cells = {tuple(x.text for x in c.paragraphs) for r in it.rows[1:] for c in r.cells[:2]}
            if lv_cells != {(MN[l], l) for l in levels}:
                bad.append(f"b1: project {k + 1} level cells are not Mongolian-above-Chinese pairs")
            val = {}
            for r in kv.rows:
                cc = [c.paragraphs[-1].text for c in r.cells]
                for i in range(0, 4, 2):
                    val[cc[i]] = cc[i + 1]
            srcs = [float(val[s]) for s in B1_SOURCES]
            if round(sum(srcs), 2) != p["budget_fiscal"] or float(val["其中：财政拨款"]) != p["budget_fiscal"]:
                bad.append(f"b1: project {k + 1} 资金来源 rows do not add up to 财政拨款")
        if nbi < 20 * len(g["projects"]):
            bad.append(f"b1: only {nbi} bilingual label cells")
        for p in g["projects"]:
            if any(MONG.search(s) for s in proj_strings(p)):
                bad.append("b1: a gold string holds Mongolian script")
    if stem.startswith("b2"):
        if ex != ".xlsx":
            return ["b2: not a .xlsx"]
        from openpyxl import load_workbook
        wb = load_workbook(doc)
        if wb.sheetnames != [f[2] for f in B2_P]:
            bad.append(f"b2: sheets {wb.sheetnames}")
        for ws, p, f in zip(wb.worksheets, g["projects"], B2_P):
            t = str(ws["A1"].value).split("\n")
            if len(t) != 2 or not only(ARAB, t[0], r"[\s0-9\-:：()]") or t[1] != T2:
                bad.append("b2: title is not a Uyghur line above the Chinese")
            hdr = [str(ws.cell(9, c).value) for c in range(1, 9)]
            if [h.split("\n")[-1] for h in hdr] != ["一级指标", "二级指标", "三级指标", "指标类型", "指标方向", "目标值",
                                                    "计量单位", "指标值设定依据"] or \
                    not all(ARAB.search(h.split("\n")[0]) and not HAN.search(h.split("\n")[0]) for h in hdr):
                bad.append("b2: indicator header is not Uyghur-above-Chinese with the split value columns")
            if not re.search("[ۇۈېەۆھ]", "".join(hdr)):
                bad.append("b2: no Uyghur-specific letter")
            vals = [c.value for r in ws.iter_rows() for c in r if c.value is not None]
            if any("财政拨款" in str(v) for v in vals):
                bad.append("b2: a 财政拨款 cell is printed")
            row7 = [ws.cell(7, c).value for c in range(2, 8)]
            if round(row7[0], 2) != round(sum(row7[1:]), 2) or round(sum(row7[1:5]), 2) != p["budget_fiscal"]:
                bad.append("b2: 资金总额 ≠ the sources + 其他资金, or fiscal ≠ the four government sources")
            for j, x in enumerate(p["indicators"]):
                typ, dr, v, u = (ws.cell(10 + j, c).value for c in (4, 5, 6, 7))
                if typ == "定量" and not (dr in ("正向", "反向", "中性") and isinstance(v, (int, float))):
                    bad.append(f"b2: row {j + 1} 定量 without a direction or a number cell")
                if typ == "定性" and (dr or u or not isinstance(v, str)):
                    bad.append(f"b2: row {j + 1} 定性 with a direction/unit")
            if {ws.cell(10 + j, 5).value for j in range(len(p["indicators"]))} - {None} != {"正向", "反向", "中性"} \
                    and ws.title == B2_P[0][2]:
                bad.append("b2: sheet 1 does not use all three directions")
    if stem.startswith("b3"):
        if ex != ".pdf":
            return ["b3: not a .pdf"]
        pages = pdfium_pages(doc)
        txt = norm(pdf_text(doc)) + "|" + norm("|".join(pages))
        if len(pages) != 2 or not all(HANGUL.search(x) for x in pages):
            bad.append("b3: want 2 pages, each with Hangul text")
        for zh in ("项目名称", "项目编码", "主管部门", "实施单位", "年度资金总额", "其中：财政拨款", "其他资金", "年度绩效目标"):
            if norm(KO[zh] + zh) not in txt:
                bad.append(f"b3: label `{KO[zh]} {zh}` not printed Korean-beside-Chinese")
        for p in g["projects"]:
            for x in p["indicators"]:
                for l in (x["level1"], x["level2"]):
                    if norm(KO[l] + l) not in txt:
                        bad.append(f"b3: level `{l}` without its Korean line")
        if norm(D3_KO + D3_KO[:0]) not in txt or norm(KO["title"]) not in txt:
            bad.append("b3: Korean department / title line")
        if b"NotoSerifCJK" not in open(doc, "rb").read():
            bad.append("b3: Noto Serif CJK not embedded")
    if stem.startswith("b4"):
        if ex != ".html":
            return ["b4: not an .html"]
        src = open(doc, encoding="utf-8").read()
        labs = re.findall(r'<span class="bo">([^<]+)</span><br>([^<]+)</td>', src)
        if len(labs) < 15 * len(g["projects"]) or not all(TIB.search(a) and not HAN.search(a) and BO.get(b) == a
                                                        for a, b in labs):
            bad.append(f"b4: {len(labs)} Tibetan-above-Chinese label cells")
        if src.find(BO["headline"]) < 0 or src.find(BO["headline"]) > src.find("<h1>"):
            bad.append("b4: no Tibetan headline above the Chinese <h1>")
        if "项目编码" in src:
            bad.append("b4: a 项目编码 is printed")
        for p, f in zip(g["projects"], B4_P):
            m = re.search(re.escape(p["name"]) + r".*?其中：援藏资金</td><td colspan=\"3\">([0-9.]+)<", src, re.S)
            if not m or float(m.group(1)) != f[5] or f[5] > p["budget_other"]:
                bad.append("b4: 援藏资金 row (a part of 其他资金)")
    if stem.startswith("b5"):
        if ex != ".txt":
            return ["b5: not a .txt"]
        raw = open(doc, "rb").read()
        if not raw.startswith(b"\xff\xfe"):
            return ["b5: not UTF-16LE with BOM"]
        try:
            txt = raw[2:].decode("utf-16-le")
        except UnicodeDecodeError:
            return ["b5: not UTF-16LE"]
        rows = utf16_cells(doc)
        if {len(r) for r in rows} != {5}:
            bad.append(f"b5: rows of {sorted({len(r) for r in rows})} fields, want 5")
        outside = re.sub(r'"[^"]*"', "", txt)
        if "\t" not in outside or re.search(r"(?<!\r)\n", outside):
            bad.append("b5: record separators are not CRLF / cells not TAB")
        quoted = [c for r in rows for c in r if "\n" in c]
        bi = [c for c in quoted if only(MONG, c.split("\n")[0]) and HAN.search(c.split("\n")[1])]
        if len(bi) < 13 * len(g["projects"]) or f'"{MN5["一级指标"]}\n一级指标"' not in txt:
            bad.append(f"b5: {len(bi)} quoted Mongolian-above-Chinese cells")
        for p in g["projects"]:
            r = [r for r in rows if r[0].endswith("上年结转资金") and r[1] == f"{p['budget_carryover']:.2f}"]
            if not r or round(p["budget_fiscal"] + p["budget_carryover"] + p["budget_other"], 2) != p["budget_total"]:
                bad.append("b5: 上年结转资金 row / total ≠ 当年财政拨款 + 上年结转 + 其他")
    if stem.startswith("b6"):
        if ex != ".docx":
            return ["b6: not a .docx"]
        from docx import Document
        d = Document(doc)
        ps = [p.text for p in d.paragraphs if p.text.strip()]
        heads = [i for i, t in enumerate(ps) if t == T6]
        if len(heads) != len(g["projects"]) or not all(ps[i - 1] == ZA["title"] and ps[i + 3] == ZA["dept"]
                                                        for i in heads if 0 < i < len(ps) - 3):
            bad.append("b6: Zhuang title above / Zhuang department line below the 填报单位 line")
        if not all(re.fullmatch(r"[A-Za-z ]+", ZA["title"]) for _ in [0]):
            bad.append("b6: Zhuang title not Latin")
        for k, p in enumerate(g["projects"]):
            t = d.tables[k]
            labels = [r.cells[1].text for r in t.rows[4:9]]
            if labels != ["资金总额：", "一般公共预算拨款：", "政府性基金预算拨款：", "国有资本经营预算拨款：", "其他资金："]:
                bad.append("b6: Guangxi 项目资金申请 rows")
            amounts = [float(r.cells[3].text) for r in t.rows[4:9]]
            if round(sum(amounts[1:]), 2) != amounts[0] or round(sum(amounts[1:4]), 2) != p["budget_fiscal"]:
                bad.append("b6: 资金总额 ≠ the three 拨款 + 其他资金")
            if [c.text for c in t.rows[10].cells] != ["一级指标", "二级指标", "三级指标", "分值", "指标值", "指标值设定依据"]:
                bad.append("b6: indicator header")
            if sum(float(r.cells[3].text) for r in t.rows[11:]) != 100:
                bad.append("b6: 分值 do not add up to 100")
            if t.rows[3].cells[0].text != "项目起止时间(如20190101)" or not re.fullmatch(r"2025\d{4}", t.rows[3].cells[1].text):
                bad.append("b6: 项目起止时间 row")
    return bad


QMUT = {"b1": lambda p: p.update(budget_fiscal=p["budget_total"]),
        "b2": lambda p: p.update(budget_fiscal=p["budget_total"]),
        "b3": lambda p: p["indicators"][0].update(level1="产出"),
        "b4": lambda p: p.update(budget_other=100.0),
        "b5": lambda p: p.update(budget_carryover=0.0),
        "b6": lambda p: p.update(budget_fiscal=p["budget_total"])}
QMUT_WHAT = {"b1": "fiscal = 年度资金总额", "b2": "fiscal = 资金总额", "b3": "一级 `产出` without its Korean line",
             "b4": "其他资金 below 援藏资金", "b5": "上年结转资金 0", "b6": "fiscal = 资金总额"}


def main():
    import logging
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
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
        print(f"{os.path.basename(doc):44s} pages={g['source']['pages']} projects={len(g['projects'])} "
              f"indicators={n_ind} self-F1={f1} sha256={'ok' if sha_ok else 'STALE'} missing={miss}")
        bad += bool(miss) or f1 != 1.0 or not sha_ok
    if len(golds) != 6 or sorted(golds) != sorted(G):
        print("want the six golds of golds.py"); bad += 1
    if "--selftest" in sys.argv:
        for stem, (gp, g) in golds.items():
            others = [s for s in golds if s != stem]
            def fails(o):
                try:
                    return bool(structure(stem, os.path.join(D, golds[o][1]["source"]["path"]), g))
                except Exception:          # a reader that cannot even find the quirk's parts: the assertion fails
                    return True
            held = [o for o in others if not fails(o)]
            m = copy.deepcopy(g)
            x = m["projects"][-1]["indicators"][-1]
            x["level3"] += "（抽样）"
            mut = missing(os.path.join(D, g["source"]["path"]), m)
            mq = copy.deepcopy(g)
            p0 = mq["projects"][0]
            QMUT[stem[:2]](p0)
            try:
                qfail = bool(structure(stem, os.path.join(D, g["source"]["path"]), mq))
            except Exception:
                qfail = True
            print(f"  selftest {stem[:2]}: quirk assertions on a mutated gold ({QMUT_WHAT[stem[:2]]}) "
                  f"{'fail' if qfail else 'HOLD'}")
            bad += not qfail
            print(f"  selftest {stem[:2]}: quirk assertions fail on {len(others) - len(held)}/{len(others)} other drafts"
                  f"{' (HELD on ' + str(held) + ')' if held else ''}; mutated gold missing={mut}")
            bad += bool(held) or not mut
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
