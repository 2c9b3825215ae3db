#!/usr/bin/env python3
"""Check the blind set heldout20a: valid JSON, source.sha256 matches the bytes, score.py self-F1 1.0, every printed
string of each gold found in its document's own text, each negative's refusal one line with no gold, and each draft's
quirk really present (QUIRKS), read from the FILE by readers written here (nothing from jixiao, nothing from make.py):
- TEXT: .docx → word/document.xml (w:t, w:br); .pdf → pdfminer.six AND pypdfium2 (either counts); .html →
  html.parser text nodes; .txt → UTF-8; .xlsx → openpyxl cell values. Whitespace and `"` ignored.
- STRUCTURE: openpyxl sheets / rows (t1), pdfplumber tables and words (t2, t6), html.parser tables (t3), the .docx
  XML tables with gridSpan / vMerge and the paragraphs after them (t4), the text's lines and tab rows (t5).
`--selftest` runs every quirk assertion against the five OTHER drafts and against mutated facts / a mutated gold, and
the string check against a gold with a 三级 renamed, and reports that each fails there."""
import copy, glob, hashlib, json, os, re, subprocess, sys, zipfile
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from golds import F as FACTS, REFUSAL as _R, STEMS, POSITIVE, NEGATIVE  # the typed facts (negatives have no gold)

D, EXPECTED = os.path.join(HERE, "drafts"), os.path.join(HERE, "expected")
SCORE = "/work/shared/tools/score.py"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
CN = "一二三四五六七八九十"


def draft(stem):
    return glob.glob(os.path.join(D, stem + ".*"))[0]


def ns(s):
    return re.sub(r"[\s\"]+", "", str(s))


# ------------------------------------------------------------------ readers
def wtext(el):
    out = []
    for x in el.iter():
        if x.tag == W + "t":
            out.append(x.text or "")
        elif x.tag in (W + "br", W + "cr"):
            out.append("\n")
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


class _TP(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tables, self.text, self.cur, self.intable = [], [], None, 0

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self.tables.append([]); self.intable += 1
        elif tag == "tr":
            self.tables[-1].append([])
        elif tag == "td":
            self.cur = ""

    def handle_endtag(self, tag):
        if tag == "td":
            self.tables[-1][-1].append(self.cur.strip()); self.cur = None
        elif tag == "table":
            self.intable -= 1

    def handle_data(self, d):
        self.text.append(d)
        if self.cur is not None:
            self.cur += d


def parse_html(path):
    p = _TP(); p.feed(open(path, encoding="utf-8").read()); p.close()
    return p


def pdf_texts(path):
    from pdfminer.high_level import extract_text
    import pypdfium2 as pdfium
    d = pdfium.PdfDocument(path)
    return [extract_text(path), "".join(d[i].get_textpage().get_text_range() for i in range(len(d)))]


def texts(doc):
    if doc.endswith(".docx"):
        return ["\n".join(t if k == "p" else "\n".join("\t".join(c["text"] for c in r) for r in t)
                          for k, t in docx_blocks(doc))]
    if doc.endswith(".pdf"):
        return pdf_texts(doc)
    if doc.endswith(".html"):
        return ["".join(parse_html(doc).text)]
    if doc.endswith(".xlsx"):
        from openpyxl import load_workbook
        wb = load_workbook(doc)
        return ["\n".join(str(c) for ws in wb for r in ws.iter_rows(values_only=True) for c in r if c is not None)]
    return [open(doc, encoding="utf-8").read()]


def strings(g):
    d = g["document"]
    yield from (d[k] for k in ("title", "department", "department_code", "compiled_by", "reviewed_by") if d.get(k))
    for e in g["toc"]:
        yield e["title"]; yield str(e["page"])
    yield from g["overall_goals"]
    for s in g["sub_goals"]:
        yield from s.values()
    for s in g["safeguards"]:
        yield from s.values()
    yield from (v for v in (g.get("extra") or {}).values() if isinstance(v, str))
    for p in g["projects"]:
        for k in ("title", "department", "department_code", "code", "name", "purpose", "implementing_unit"):
            if p.get(k):
                yield p[k]
        for k in ("budget_total", "budget_fiscal", "budget_other"):
            if p.get(k) is not None:
                yield "%.2f" % p[k]
        for e in p["spending_plan"]:
            yield "%d月底" % e["month"]; yield "%.2f" % e["pct"]
        yield from p["goals"]
        for i in p["indicators"]:
            for k in ("level1", "level2", "level3", "description", "value_raw", "basis"):
                if i.get(k):
                    yield i[k]


def missing(g, doc):
    T = [ns(t) for t in texts(doc)]
    return [s for s in strings(g) if not any(ns(s) in t for t in T)]


# ------------------------------------------------------------------ quirks: each takes (draft path, gold or facts)
def q_t1(path, f):
    """a year-end SELF-EVALUATION workbook: a 汇总 sheet and one sheet per project; each project sheet titled 自评表
    with 全年执行数 / 执行率, 预期目标 │ 实际完成情况, the header 年度指标值 │ 实际完成值 │ 分值 │ 得分 │ 偏差原因…, every
    实际完成值 and 得分 FILLED, and a 总分 row = Σ 得分 + the budget score (as the facts)."""
    from openpyxl import load_workbook
    wb = load_workbook(path)
    assert wb.sheetnames == ["自评汇总"] + [p["sheet"] for p in f["projs"]], wb.sheetnames
    for p in f["projs"]:
        rows = [list(r) for r in wb[p["sheet"]].iter_rows(values_only=True)]
        assert "自评表" in rows[0][0]
        assert any(r[:6] == ["项目资金（万元）", "年度预算数", "全年执行数", "分值", "执行率", "得分"] for r in rows)
        assert any(r[1] == "预期目标" and r[4] == "实际完成情况" for r in rows)
        h = [i for i, r in enumerate(rows) if r[3] == "年度指标值"][0]
        assert rows[h][4:8] == ["实际完成值", "分值", "得分", "偏差原因分析及改进措施"], rows[h]
        body = [r for r in rows[h + 1:] if r[0] not in ("总分",) and r[0] and not str(r[0]).startswith("填报人")]
        assert len(body) == len(p["rows"].strip().splitlines())
        assert all(r[4] not in (None, "") and isinstance(r[6], (int, float)) for r in body)
        tot = [r for r in rows if r[0] == "总分"][0]
        want = float(p["money"][4]) + sum(int(l.split("|")[6]) for l in p["rows"].strip().splitlines())
        assert abs(tot[6] - (sum(r[6] for r in body) + rows[[i for i, r in enumerate(rows) if r[1] == "年度预算数"][0] + 1][5])) < 1e-6
        assert abs(tot[6] - want) < 1e-6, (tot[6], want)


def q_t2(path, f):
    """an EVALUATION REPORT: prose sections, 综合得分 and 评价等级, and a score table 一级 │ 二级 │ 三级 │ 分值 │ 得分 whose
    一级 are 决策指标 / 过程指标 / 产出指标 / 效益指标 (the evaluation framework, not a goal table), 合计 = Σ."""
    import pdfplumber
    with pdfplumber.open(path) as pdf:
        assert len(pdf.pages) <= 2
        text = "".join(pg.extract_text() for pg in pdf.pages)
        tabs = [t for pg in pdf.pages for t in pg.extract_tables()]
    assert ns(f["title"]) in ns(text) and "绩效评价报告" in f["title"]
    assert re.search(r"综合得分([0-9.]+)分，评价等级为“优”", ns(text)).group(1) == f["total"][1]
    t = [t for t in tabs if t[0] == ["一级指标", "二级指标", "三级指标", "分值", "得分"]][0]
    l1, out = None, []
    for r in t[1:-1]:
        l1 = r[0] or l1
        out.append((l1, r[1], r[2], r[3], r[4]))
    assert out == [tuple(x) for x in f["score"]], out
    assert {"决策指标", "过程指标"} <= {x[0] for x in out}
    assert t[-1][0] == "合计" and t[-1][3:] == list(f["total"])
    assert abs(sum(float(x[4]) for x in out) - float(f["total"][1])) < 1e-6


def q_t3(path, f):
    """a 部门决算 portal page: tables 项目 │ 行次 │ 金额 (as the facts), 绩效自评 mentioned, no indicator table."""
    p = parse_html(path)
    text = "".join(p.text)
    assert f["headline"] in text and "部门决算" in text and "绩效自评" in text
    assert [t[1:] for t in p.tables] == [[list(r) for r in rows] for _, _, rows in f["tables"]]
    assert all(t[0] == ["项目", "行次", "金额"] for t in p.tables)
    for name, _, _ in f["tables"]:
        assert name in text
    assert not any(c in ("一级指标", "三级指标", "指标值", "年度指标值") for t in p.tables for r in t for c in r)


def q_t4(path, g):
    """a finance bureau's GOAL forms full of near-genre words: the 部门整体 table (部门名称 / 部门编码, 年度预算安排
    vMerged) and a project table whose rows ARE the gold's; 自评 / 绩效评价 / 决算 inside 三级 names and goals; the
    填报说明 after the last table names 自评 and 决算; no 实际完成值 / 得分 column anywhere."""
    B = docx_blocks(path)
    tabs = [dgrid(t) for k, t in B if k == "t"]
    assert len(tabs) == 2
    p1, p2 = g["projects"]
    t1, t2 = tabs
    assert t1[0] == ["部门名称", p1["department"], "部门编码", p1["department_code"]] and p1["scope"] == "department"
    assert t1[1][0] == t1[2][0] == t1[3][0] == "年度预算安排（万元）"
    assert [float(t1[i][2]) for i in (1, 2, 3)] == [p1["budget_total"], p1["budget_fiscal"], p1["budget_other"]]
    h = [r for r in t1].index(["一级指标", "二级指标", "三级指标", "指标值"])
    assert [tuple(r) for r in t1[h + 1:]] == [(i["level1"], i["level2"], i["level3"], i["value_raw"])
                                            for i in p1["indicators"]]
    assert t2[0][0] == "项目名称" and t2[0][1] == p2["name"] and p2["scope"] == "project"
    h = t2.index(["一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据"])
    assert [tuple(r) for r in t2[h + 1:]] == [(i["level1"], i["level2"], i["level3"], i["value_raw"], i["basis"])
                                            for i in p2["indicators"]]
    l3 = " ".join(i["level3"] for p in g["projects"] for i in p["indicators"])
    assert l3.count("自评") >= 2 and l3.count("评价") >= 4 and "决算" in l3
    after = "".join(t for k, t in B[max(i for i, (k, _) in enumerate(B) if k == "t"):] if k == "p")
    assert "填报说明" in after and "绩效自评" in after and "部门决算" in after and "绩效评价" in after
    assert not any(c in ("实际完成值", "得分", "分值") for t in tabs for r in t for c in r)


def _sections(lines):
    return {l: i for i, l in enumerate(lines) if re.match(r"^[一二三四五]、", l)}


def q_t5(path, g):
    """a seed-family draft whose part one OPENS with last year's 自评 results: the 目录 (leaders + tab + page) = gold
    toc; `一、上年度绩效目标完成情况` before `二、总体绩效目标`, its paragraph = extra.prior_year_results and holds
    `上年度绩效自评得分95分`; overall goals / sub-goals / safeguards re-read = gold; the tab rows = the indicators."""
    L = open(path, encoding="utf-8").read().split("\n")
    toc = []
    part = 1
    for l in L[L.index("目 录"):L.index("第一部分", L.index("目 录") + 3)]:
        if l.startswith("第二部分"):
            part = 2
        m = re.match(r"^(?:\d+、)?(.+?)\.+\t(\d+)$", l)
        if m:
            toc.append({"part": part, "title": m.group(1), "page": int(m.group(2))})
    assert toc == g["toc"], toc
    a, b = L.index("一、上年度绩效目标完成情况"), L.index("二、总体绩效目标")
    assert a < b
    prior = "".join(x for x in L[a + 1:b] if x)
    assert prior == g["extra"]["prior_year_results"] and "上年度绩效自评得分95分" in prior
    c, d, e = L.index("三、分项绩效目标"), L.index("四、工作保障措施"), L.index("预算项目绩效目标", b)
    assert [re.sub(r"^（[一二三四五]）", "", x) for x in L[b + 1:c] if x] == g["overall_goals"]
    sub = [x for x in L[c + 1:d] if x]
    assert [{"title": sub[i][2:], "goal": sub[i + 1][5:], "indicator": sub[i + 2][5:]}
            for i in range(0, len(sub), 3)] == g["sub_goals"]
    assert [dict(zip(("title", "text"), re.sub(r"^（[一二三四五]）", "", x).split("。", 1)))
            for x in L[d + 1:e - 2] if x] == g["safeguards"]
    for p in g["projects"]:
        i = L.index(f"{p['seq']}、{p['title']}")
        assert L[i + 2] == f"{p['department_code']} {p['department']}"
        h = L.index("一级指标\t二级指标\t三级指标\t绩效指标描述\t指标值\t指标值确定依据\t", i)
        rows, l1 = [], None
        for x in L[h + 1:]:
            if not x:
                break
            c0 = x.split("\t")
            l1 = c0[0] or l1
            rows.append((l1, *c0[1:6]))
        assert rows == [(q["level1"], q["level2"], q["level3"], q["description"], q["value_raw"], q["basis"])
                        for q in p["indicators"]], rows


def q_t6(path, g):
    """a goal form with an EMPTY 实际完成值 column: per page one table whose header is 一级 │ 二级 │ 三级 │ 年度指标值 │
    实际完成值 │ 备注, every 实际完成值 / 备注 cell empty, the 年度指标值 cells = the gold values; the note says it is
    filled at the 自评 at year end."""
    import pdfplumber
    with pdfplumber.open(path) as pdf:
        assert len(pdf.pages) == len(g["projects"]) == 2
        for pg, p in zip(pdf.pages, g["projects"]):
            t = pg.extract_tables()[0]
            t = [[(c or "").replace("\n", "") for c in r] for r in t]
            h = t.index(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "备注"])
            rows, l1, l2 = [], None, None
            for r in t[h + 1:]:
                l1, l2 = r[0] or l1, r[1] or l2
                assert r[4] == "" and r[5] == ""
                rows.append((l1, l2, r[2], r[3]))
            assert rows == [(i["level1"], i["level2"], i["level3"], i["value_raw"]) for i in p["indicators"]], rows
            assert all(i["kind"] != "missing" for i in p["indicators"])
            assert "实际完成值”栏于年度终了开展绩效自评时填列" in pg.extract_text().replace("\n", "")


QUIRKS = {"t1": q_t1, "t2": q_t2, "t3": q_t3, "t4": q_t4, "t5": q_t5, "t6": q_t6}


def subject(stem):
    """what a quirk reads beside the file: the gold (positives) or the typed facts (negatives)."""
    if stem in POSITIVE:
        return json.load(open(os.path.join(EXPECTED, stem + ".gold.json"), encoding="utf-8"))
    return FACTS[stem[:2]]


def mutate(stem, s):
    s = copy.deepcopy(s)
    k = stem[:2]
    if k == "t1":   # one 得分 typed 10 instead of 7
        p = s["projs"][0]; p["rows"] = p["rows"].replace("|10|7|", "|10|10|")
    elif k == "t2":  # 预算执行率 得分 9.5 typed 10
        s["score"][3] = ("过程指标", "预算执行", "预算执行率", "10", "10")
    elif k == "t3":  # an amount typed wrong
        s["tables"][0][2][0] = ("一、一般公共预算财政拨款收入", "1", "46128.90")
    elif k == "t4":  # the 部门整体 form typed scope project
        s["projects"][0]["scope"] = "project"
    elif k == "t5":  # last year's 自评 paragraph typed as an overall goal
        s["overall_goals"].insert(0, s["extra"]["prior_year_results"])
    elif k == "t6":  # a value read from the empty 实际完成值 column
        i = s["projects"][1]["indicators"][2]; i.update(value_raw="", kind="missing")
    return s


def fails(fn, *a):
    try:
        fn(*a)
    except Exception:
        return True
    return False


def main():
    selftest = "--selftest" in sys.argv
    ok = True
    for stem in STEMS:
        path = draft(stem)
        k = stem[:2]
        msg = []
        if stem in POSITIVE:
            gp = os.path.join(EXPECTED, stem + ".gold.json")
            g = json.load(open(gp, encoding="utf-8"))
            assert not os.path.exists(os.path.join(EXPECTED, stem + ".refusal.txt"))
            assert g["source"]["sha256"] == hashlib.sha256(open(path, "rb").read()).hexdigest(), "sha256"
            assert g["source"]["path"] == os.path.basename(path)
            out = subprocess.run([sys.executable, SCORE, gp, gp], capture_output=True, text=True).stdout
            assert json.loads(out)["f1"] == 1.0, out
            miss = missing(g, path)
            assert not miss, miss
            n = sum(len(p["indicators"]) for p in g["projects"])
            msg.append(f"gold ok ({len(g['projects'])} proj, {n} ind), score 1.0, strings ok")
        else:
            assert not glob.glob(os.path.join(EXPECTED, stem + ".gold.json"))
            lines = open(os.path.join(EXPECTED, stem + ".refusal.txt"), encoding="utf-8").read().splitlines()
            assert len(lines) == 1 and lines[0].startswith("拒绝提取：这是") and lines[0] == _R[stem], lines
            genre = re.match(r"拒绝提取：这是(?:年终的)?(.+?)（", lines[0]).group(1)
            T = ns("".join(texts(path)))
            for w in re.findall(r"自评表|评价报告|决算", genre):
                assert w in T, w
            msg.append(f"refusal ok ({genre})")
        QUIRKS[k](path, subject(stem))
        msg.append("quirk ok")
        if selftest:
            others = [s for s in STEMS if s != stem]
            nf = sum(fails(QUIRKS[k], draft(o), subject(stem)) for o in others)
            mf = fails(QUIRKS[k], path, mutate(stem, subject(stem)))
            msg.append(f"fail on {nf}/5 other drafts, mutated {'fail' if mf else 'PASSED(!)'}")
            ok &= nf == 5 and mf
            if stem in POSITIVE:
                g2 = copy.deepcopy(g)
                g2["projects"][-1]["indicators"][0]["level3"] += "（改）"
                m2 = missing(g2, path)
                msg.append(f"renamed 三级 missing={m2}")
                ok &= bool(m2)
        print(stem, "|", "; ".join(msg))
    print("ALL OK" if ok else "SELFTEST FAILURES")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
