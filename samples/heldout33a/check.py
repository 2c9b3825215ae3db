#!/usr/bin/env python3
"""Check the blind set heldout33a: valid JSON, source.sha256 = sha256 of the draft, score.py self-F1 1.0, every printed
string of each gold found in its draft's own text, and each quirk the README claims asserted from the FILE.

Readers written here (nothing from jixiao, nothing imported from make.py or golds.py):
- .pdf: pdfplumber page text + the cell texts of pdfplumber's tables (in-cell line breaks joined) + pypdfium2 text;
- .docx: zipfile + lxml on word/document.xml (w:tbl / w:tr / w:tc, w:gridSpan, w:vMerge);
- .odt: zipfile + lxml on content.xml (table:table-cell, table:covered-table-cell, number-rows-spanned);
- .md: the UTF-8 text, pipe rows split on `|`;
- .html: lxml.html, tables expanded by rowspan / colspan.
Whitespace is ignored in the string check. `--selftest` runs every quirk assertion against the five OTHER drafts and
against a mutated gold, and the string check against a gold with a 三级 renamed, and reports that each fails there."""
import copy, hashlib, json, os, re, subprocess, sys, zipfile
from lxml import etree, html as lhtml

HERE = os.path.dirname(os.path.abspath(__file__))
D, E = os.path.join(HERE, "drafts"), os.path.join(HERE, "expected")
SCORE = "/work/shared/tools/score.py"
STEMS = {"a1": "a1_pdf_localc_3pages_yitihua_jiawang_2025.pdf", "a2": "a2_docx_twotables_approval_jintan_2025.docx",
         "a3": "a3_pdf_budgetbook_central_annex_dangan_2025.pdf", "a4": "a4_md_docling_deptoverall_mentougou_2025.md",
         "a5": "a5_odt_lo_transfer_longyear_jiangyan_2024.odt", "a6": "a6_html_portal_form2015_pinggu_2024.html"}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TB = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
NS = lambda s: re.sub(r"\s+", "", s or "")


# ------------------------------------------------------------------ readers
def pdf_pages(path):
    import pdfplumber
    with pdfplumber.open(path) as pdf:
        return [(p.extract_text() or "", p.extract_text_lines(), p.extract_tables(), p.width, p.height) for p in pdf.pages]


def pdf_text(path):
    import pypdfium2
    out = []
    for t, _, tables, _, _ in pdf_pages(path):
        out.append(t)
        for tb in tables:
            for row in tb:
                out.extend(NS(c) for c in row if c)
    doc = pypdfium2.PdfDocument(path)
    out.extend(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    return "\n".join(out)


def docx_tables(path):
    root = etree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    tabs = []
    for tbl in root.iter(W + "tbl"):
        rows = []
        for tr in tbl.findall(W + "tr"):
            row = []
            for tc in tr.findall(W + "tc"):
                pr = tc.find(W + "tcPr")
                vm = pr.find(W + "vMerge") if pr is not None else None
                row.append({"text": "\n".join("".join(t.text or "" for t in p.iter(W + "t")) for p in tc.iter(W + "p")),
                            "vmerge": None if vm is None else (vm.get(W + "val") or "continue")})
            rows.append(row)
        tabs.append(rows)
    return root, tabs


def docx_text(path):
    root, _ = docx_tables(path)
    return "\n".join("".join(t.text or "" for t in p.iter(W + "t")) for p in root.iter(W + "p"))


def odt_rows(path):
    root = etree.fromstring(zipfile.ZipFile(path).read("content.xml"))
    tabs = []
    for tbl in root.iter(TB + "table"):
        rows = []
        for tr in tbl.iter(TB + "table-row"):
            row = []
            for c in tr:
                if c.tag == TB + "table-cell":
                    row.append({"text": "\n".join("".join(p.itertext()) for p in c if p.tag.endswith("}p")),
                                "rows": int(c.get(TB + "number-rows-spanned", "1")), "covered": False})
                elif c.tag == TB + "covered-table-cell":
                    row.append({"text": "", "rows": 1, "covered": True})
            rows.append(row)
        tabs.append(rows)
    return root, tabs


def odt_text(path):
    root, _ = odt_rows(path)
    return "".join(root.itertext())


def html_grid(tbl):
    """expand rowspan / colspan into a grid of (text, origin) cells; origin False for a spanned copy."""
    grid, pend = [], {}
    for r, tr in enumerate(tbl.findall(".//tr")):
        row, c = [], 0
        cells = tr.findall("td") + tr.findall("th")
        it = iter(cells)
        nxt = next(it, None)
        while nxt is not None or (r, c) in pend:
            if (r, c) in pend:
                row.append((pend.pop((r, c)), False))
                c += 1
                continue
            t = NS(nxt.text_content())
            rs, cs = int(nxt.get("rowspan", 1)), int(nxt.get("colspan", 1))
            for dr in range(rs):
                for dc in range(cs):
                    if dr or dc:
                        if dr:
                            pend[(r + dr, c + dc)] = t
                        else:
                            row.append((t, False))
                    else:
                        row.append((t, True))
            c += cs
            nxt = next(it, None)
        grid.append(row)
    return grid


def text_of(path):
    if path.endswith(".pdf"):
        return pdf_text(path)
    if path.endswith(".docx"):
        return docx_text(path)
    if path.endswith(".odt"):
        return odt_text(path)
    if path.endswith(".html"):
        return lhtml.fromstring(open(path, encoding="utf-8").read()).text_content()
    return open(path, encoding="utf-8").read()


# ------------------------------------------------------------------ generic checks
SKIP = {"level1_std", "level2_std", "kind", "comparator", "period", "scope", "unit", "reference", "path", "sha256",
        "format"}


def strings(g):
    out = []

    def walk(x, k=None):
        if isinstance(x, dict):
            for kk, v in x.items():
                if kk not in SKIP and kk != "source":
                    walk(v, kk)
        elif isinstance(x, list):
            for v in x:
                walk(v, k)
        elif isinstance(x, str) and k not in SKIP:
            out.append((k, x))
    walk(g)
    for p in g["projects"]:
        for k in ("budget_total", "budget_fiscal", "budget_other", "budget_carryover"):
            if p.get(k) is not None:
                out.append((k, "%.2f" % p[k] + "|" + "{:,.2f}".format(p[k])))
    return out


def missing(g, path):
    text = NS(text_of(path))
    miss = []
    for k, s in strings(g):
        alts = s.split("|") if k.startswith("budget") else [s]
        if not any(NS(a) in text for a in alts):
            miss.append((k, s))
    return miss


# ------------------------------------------------------------------ quirk assertions (each raises AssertionError)
def pos(pages, s, after=(-1, -1)):
    """first (page, top) of a text line holding s, at or after `after`."""
    for i, (_, lines, _, _, _) in enumerate(pages):
        for ln in lines:
            if NS(s) in NS(ln["text"]) and (i, ln["top"]) >= after:
                return (i, ln["top"])
    return None


def q_a1(path, g):
    assert path.endswith(".pdf")
    pages = pdf_pages(path)
    assert len(pages) == 3, len(pages)
    assert all(w > h for _, _, _, w, h in pages), "not landscape"
    hdr = "单位名称项目名称预算数年度目标一级指标二级指标三级指标指标性质指标值度量单位权重指标方向性"
    assert all(hdr in NS(t) for t, *_ in pages), "print-title header not on every page"
    unit = g["projects"][0]["department_code"] + "-" + g["projects"][0]["department"]
    assert all(NS(unit)[:8] in NS(t) for t, *_ in pages), "merged 单位名称 not re-printed on every page"
    for s in ("1,286.40", "3,000", "1,850", "6,200", "定性", "正向指标", "反向指标"):
        assert s in "".join(t for t, *_ in pages), s
    for i, (_, lines, _, _, _) in enumerate(pages[1:], 1):
        top_h = min(ln["top"] for ln in lines if "单位名称项目名称" in NS(ln["text"]))
        ghost = [ln["top"] for ln in lines if NS(unit)[:8] in NS(ln["text"])]
        assert ghost and max(ghost) < top_h, ("merged text not above the repeated header on page", i + 1)
    starts = [pos(pages, p["name"][:6]) for p in g["projects"]]
    assert all(starts) and starts == sorted(starts), starts
    cut = 0
    for k, p in enumerate(g["projects"]):
        end = starts[k + 1] if k + 1 < len(starts) else (9, 0)
        ps = []
        for x in p["indicators"]:
            q = pos(pages, x["level3"], starts[k])
            assert q and starts[k] <= q < end, (p["name"], x["level3"], q)
            ps.append(q[0])
        assert sum(x["weight"] for x in p["indicators"]) == 100
        named = {i for i, (t, *_) in enumerate(pages) if NS(p["name"])[:6] in NS(t)}
        if len(set(ps)) > 1:
            assert set(ps) <= named, ("merged project cell not re-printed on the continuation page", p["name"])
            cut += 1
    assert cut >= 2, cut
    for p in g["projects"]:
        for x in p["indicators"]:
            if x["sign"] == "定性":
                assert x["unit"] is None and x["comparator"] is None


def ind_rows(rows, first):
    """docx/odt rows after the header row whose first cell is `first`: [(l3, value)] (one-value tables) or longer."""
    out, on = [], False
    for r in rows:
        t = [c["text"] for c in r]
        if on and len(t) >= 4 and t[0] not in ("批复意见",):
            out.append(t)
        if t and t[0] == first:
            on = True
        elif on and t[0] == "批复意见":
            break
    return out


def q_a2(path, g):
    assert path.endswith(".docx")
    _, tabs = docx_tables(path)
    assert len(tabs) == 2, len(tabs)
    t1, t2 = ("".join(c["text"] for r in t for c in r) for t in tabs)
    assert "实施期指标值" in t1 and "年度指标值" not in t1 and "年度指标值" in t2 and "实施期指标值" not in t2 and "实施期资金总额" not in t2
    assert "批复意见" in t2 and "[742318]" in t1
    for t in tabs:
        assert any(c["vmerge"] == "continue" for r in t for c in r), "no vMerge"
    p = g["projects"][0]
    m1 = [(r[2], r[3]) for r in ind_rows(tabs[0], "一级指标")]
    m2 = [(r[2], r[3]) for r in ind_rows(tabs[1], "一级指标")]
    assert m1 == [(x["level3"], x["value_raw"]) for x in p["indicators"] if x["period"] == "mid_term"], m1
    assert m2 == [(x["level3"], x["value_raw"]) for x in p["indicators"] if x["period"] == "year"], m2
    assert {a for a, _ in m1} != {a for a, _ in m2} and {a for a, _ in m1} & {a for a, _ in m2}
    amt = {r[1]["text"]: r[2]["text"] for r in tabs[1][:3]}
    assert float(amt["年度资金总额"]) == p["budget_total"] and float(amt["其中：财政拨款"]) == p["budget_fiscal"]
    assert float(amt["其他资金"]) == p["budget_other"]


def q_a3(path, g):
    assert path.endswith(".pdf")
    pages = pdf_pages(path)
    assert len(pages) >= 15
    first = min(i for i, (t, *_) in enumerate(pages) if "[176]" in t)
    for k in range(1, 10):
        on = [i for i, (t, *_) in enumerate(pages) if re.search(rf"^表{k}$", t, re.M)]
        assert len(on) == 1 and on[0] < first, (k, on)
    assert not any("三级指标" in t for t, *_ in pages[:first]), "indicator header before the annex"
    ann = [pg for pg in pages[first:] if "[176]国家档案局" in NS(pg[0])]
    assert len(ann) == len(g["projects"])
    for pg, p in zip(ann, g["projects"]):
        rows = [[NS(c) for c in r] for tb in pg[2] for r in tb]
        lab = {r[1]: r[2] for r in rows if len(r) >= 3 and r[1] in ("年度资金总额", "其中：财政拨款", "上年结转资金", "其他资金")}
        assert float(lab["年度资金总额"]) == p["budget_total"] and float(lab["上年结转资金"]) == p["budget_carryover"]
        assert float(lab["其中：财政拨款"]) == p["budget_fiscal"] and float(lab["其他资金"]) == p["budget_other"]
        assert abs(p["budget_fiscal"] + p["budget_carryover"] + p["budget_other"] - p["budget_total"]) < 0.005
        k = [i for i, r in enumerate(rows) if "三级指标" in r][0]
        got = [(r[3], r[4]) for r in rows[k + 1:]]
        assert got == [(NS(x["level3"]), NS(x["value_raw"])) for x in p["indicators"]], got
        assert any(NS(f"中期目标（") in c for r in rows for c in r)


def md_rows(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    return lines, [[c.strip() for c in ln.strip()[1:-1].split("|")] for ln in lines if ln.startswith("|")]


def q_a4(path, g):
    assert path.endswith(".md")
    lines, rows = md_rows(path)
    assert lines.count("<!-- image -->") == 2 and "## 部门整体支出绩效目标表" in lines
    tl = [i for i, ln in enumerate(lines) if ln.startswith("|")]
    assert tl == list(range(tl[0], tl[0] + len(tl))), "more than one table"
    assert re.fullmatch(r"\|(-+\|)+", lines[tl[1]]), "second table line is not the separator"
    p = g["projects"][0]
    assert rows[0] == ["部门名称"] + [p["department"]] * 4, "header row is not the 部门名称 row repeated"
    body = rows[2:]
    assert sum(r[0] == "年度预算安排（万元）" for r in body) == 3
    tot = [r for r in body if r[1] == "资金总额"][0]
    assert len(set(tot[2:])) == 1 and float(tot[2]) == p["budget_total"]
    duty = [r for r in body if r[0] == "年度履职目标"][1:]
    proj = [r for r in body if r[1] == "项目支出"][0]
    assert abs(sum(float(r[4]) for r in duty) - float(proj[2])) < 0.005 and proj[2] == p["extra"]["项目支出"]
    goal = [r for r in body if r[0] == "年度总体目标"][0]
    assert len(set(goal[1:])) == 1 and all(f"目标{k}：{x}" in goal[1] for k, x in enumerate(p["goals"], 1))
    ind = [r for r in body if r[0] == "年度绩效指标"][1:]
    assert [(r[3], r[4]) for r in ind] == [(x["level3"], x["value_raw"]) for x in p["indicators"]]
    wide = lambda s: sum(2 if ord(ch) > 127 else 1 for ch in s)
    assert all(len(r) == 5 for r in rows) and len(set(map(wide, lines[tl[0]:tl[-1] + 1]))) == 1, "columns not padded"
    strict = [x for x in p["indicators"] if x["value_raw"].startswith(">") and not x["value_raw"].startswith(">=")]
    assert strict and all(x["comparator"] == ">" for x in strict)
    assert p["scope"] == "department" and p["name"] is None


def q_a5(path, g):
    assert path.endswith(".odt")
    z = zipfile.ZipFile(path)
    assert z.read("mimetype") == b"application/vnd.oasis.opendocument.text"
    _, tabs = odt_rows(path)
    assert len(tabs) == 1
    rows = tabs[0]
    assert any(c["covered"] for r in rows for c in r) and any(c["rows"] > 1 for r in rows for c in r)
    p = g["projects"][0]
    txt = [[c["text"] for c in r] for r in rows]
    h = [i for i, r in enumerate(txt) if r[:5] == ["一级指标", "二级指标", "指标内容", "长期目标值", "年度目标值"]]
    assert len(h) == 1
    got = [(r[2], r[3], r[4]) for r in txt[h[0] + 1:]]
    mid = [x for x in p["indicators"] if x["period"] == "mid_term"]
    yr = [x for x in p["indicators"] if x["period"] == "year"]
    assert got == [(a["level3"], a["value_raw"], b["value_raw"]) for a, b in zip(mid, yr)], got
    assert any(m == "" for _, m, _ in got) and any(a["kind"] == "missing" for a in mid)
    flat = sum(txt, [])
    assert flat[flat.index("实施期资金总额") + 1] == p["extra"]["实施期资金总额"]
    assert float(flat[flat.index("年度资金总额") + 1]) == p["budget_total"] != float(p["extra"]["实施期资金总额"])


def q_a6(path, g):
    assert path.endswith(".html")
    root = lhtml.fromstring(open(path, encoding="utf-8").read())
    tb = root.findall(".//table")
    assert len(tb) == 1
    grid = html_grid(tb[0])
    p = g["projects"][0]
    attr = [r for r in grid if r[0][0] == "项目属性"][0][1][0]
    assert "☑延续项目" in attr and "□新增项目" in attr and p["extra"]["项目属性"] == "延续项目"
    plan = [r for r in grid if r[0][0] == "实施进度计划"]
    assert [(r[1][0], r[4][0], r[5][0]) for r in plan[1:]] == [
        (x["项目实施内容"], x["开始时间"], x["完成时间"]) for x in p["extra"]["实施进度计划"]]
    for lab, per in (("长期绩效指标", "mid_term"), ("年度绩效指标", "year")):
        rs = [r for r in grid if r[0][0] == lab][1:]
        got = [(r[1][0], r[2][0], r[3][0], r[5][0]) for r in rs]
        want = [(x["level1"], x["level2"], NS(x["level3"]), NS(x["value_raw"])) for x in p["indicators"] if x["period"] == per]
        assert got == want, (lab, got)
    rows = [(r[1][0], r[2][0]) for r in grid if r[0][0].endswith("绩效指标")]
    assert ("产出指标", "成本指标") in rows and ("效益指标", "社会公众或服务对象满意度指标") in rows
    assert all(x["level2_std"] == "服务对象满意度指标" for x in p["indicators"] if x["level2"].startswith("社会公众"))
    assert any(not o for r in grid for _, o in r), "no rowspan copies"


QUIRKS = {"a1": q_a1, "a2": q_a2, "a3": q_a3, "a4": q_a4, "a5": q_a5, "a6": q_a6}


def mutate(k, g):
    g = copy.deepcopy(g)
    p = g["projects"][0]
    if k == "a1":
        g["projects"][0]["indicators"].append(g["projects"][1]["indicators"].pop(0))
    elif k == "a2":
        p["indicators"][0]["period"] = "year"
    elif k == "a3":
        p["budget_carryover"] += 10
    elif k == "a4":
        [x for x in p["indicators"] if x["value_raw"] == ">92%"][0]["comparator"] = ">="
    elif k == "a5":
        p["budget_total"] = float(p["extra"]["实施期资金总额"])
    elif k == "a6":
        p["extra"]["项目属性"] = "新增项目"
    return g


def load(k):
    return json.load(open(os.path.join(E, STEMS[k].rsplit(".", 1)[0] + ".gold.json"), encoding="utf-8"))


def fails(fn, *a):
    try:
        fn(*a)
        return False
    except Exception:
        return True


def main():
    ok = True
    for k, f in STEMS.items():
        path = os.path.join(D, f)
        gp = os.path.join(E, f.rsplit(".", 1)[0] + ".gold.json")
        g = load(k)
        sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
        r = subprocess.run([sys.executable, SCORE, gp, gp], capture_output=True, text=True)
        self_f1 = "1.0" in r.stdout or "1.000" in r.stdout
        miss = missing(g, path)
        try:
            QUIRKS[k](path, g)
            qs = "ok"
        except Exception as e:
            qs = "FAIL %r" % (e,)
        n = sum(len(p["indicators"]) for p in g["projects"])
        good = g["source"]["sha256"] == sha and self_f1 and not miss and qs == "ok"
        ok &= good
        print(f"{f}: sha256 {'ok' if g['source']['sha256'] == sha else 'BAD'}, self-score "
              f"{'1.0' if self_f1 else r.stdout.strip()[-80:]}, {n} indicators, missing={miss}, quirks {qs}")
    if "--selftest" in sys.argv:
        for k, f in STEMS.items():
            others = [(o, os.path.join(D, STEMS[o])) for o in STEMS if o != k]
            nf = sum(fails(QUIRKS[k], p, load(o)) for o, p in others)
            mf = fails(QUIRKS[k], os.path.join(D, f), mutate(k, load(k)))
            g = load(k)
            x = g["projects"][-1]["indicators"][-1]
            x["level3"] = x["level3"] + "（改）"
            sm = missing(g, os.path.join(D, f))
            print(f"selftest {k}: quirks fail on {nf}/5 other drafts, mutated gold {'fail' if mf else 'PASSED (bad)'}, "
                  f"renamed 三级 string check missing={sm}")
            ok &= nf == 5 and mf and bool(sm)
    print("ALL OK" if ok else "SOMETHING FAILED")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
