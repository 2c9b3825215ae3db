"""Validate the heldout30a golds against their drafts with readers written here (no jixiao):
  .docx made by pdf2docx (c1–c3): zipfile + lxml of word/document.xml — every body paragraph (w:t, w:br → a line
         break, w:tab → a tab) and every table cell (its paragraphs joined);
  .docx made by LibreOffice's PDF import (c4): no tables, only anchored shapes — the text boxes (wps:txbx in
         mc:Choice; mc:Fallback never read, so each box is read once) and the LINE shapes the importer kept from the
         PDF's rulings. The reader rebuilds the grid from the line shapes: each text box (split on an internal space,
         where the importer glued two neighbouring cells into one box; the next piece goes to the next cell right)
         goes to the cell around its centre; a cell's boxes are grouped into lines by their vertical centre and read
         left to right, lines joined with nothing; boxes outside the grid are read as lines the same way;
  .xlsx made by camelot (c5, c6): openpyxl, every cell value as a string with its '\n' removed.
Checks: valid JSON, source.sha256 = sha256(draft), score.py G G = 1.0, every printed string of each gold occurs in one
unit (paragraph line / cell / rebuilt cell / sheet cell) of the draft's own text (whitespace ignored), and each
draft's quirk asserted from the FILE (q_* below).
--selftest: every quirk assertion run against the five OTHER drafts and against a mutated gold (must FAIL there), and
the string check against a gold with a 三级 renamed (must miss it).
Run: /work/main/.venv/bin/python check.py [--selftest]"""
import copy, hashlib, json, os, re, subprocess, sys, unicodedata, zipfile

import openpyxl
from lxml import etree

HERE = os.path.dirname(os.path.abspath(__file__))
SCORE = "/work/shared/tools/score.py"
NS = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
      "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
      "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
      "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
      "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
      "v": "urn:schemas-microsoft-com:vml",
      "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
      "dc": "http://purl.org/dc/elements/1.1/",
      "ep": "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"}
W = "{%s}" % NS["w"]
DRAFTS = {
    "c1": "c1_docx_pdf2docx_splittable_lingcheng_2025.docx",
    "c2": "c2_docx_pdf2docx_lopdf_deptoverall_lijin_2025.docx",
    "c3": "c3_docx_pdf2docx_twoprojects_feicheng_2025.docx",
    "c4": "c4_docx_lopdfimport_frames_xiaoyi_2025.docx",
    "c5": "c5_xlsx_camelot_lattice_sheetpertable_yuanping_2025.xlsx",
    "c6": "c6_xlsx_camelot_pagesplit_jiexiu_2025.xlsx",
}


def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


# ---------------------------------------------------------------- .docx (pdf2docx) reader
def part(path, name):
    with zipfile.ZipFile(path) as z:
        return etree.fromstring(z.read(name))


def ptext(p):
    out = []
    for el in p.iter(W + "t", W + "br", W + "tab"):
        out.append(el.text or "" if el.tag == W + "t" else ("\n" if el.tag == W + "br" else "\t"))
    return "".join(out)


def body_items(path):
    """[('p', text) | ('tbl', [[cell text, ...], ...])] in body order."""
    body = part(path, "word/document.xml").find(W + "body")
    out = []
    for el in body:
        if el.tag == W + "p":
            out.append(("p", ptext(el)))
        elif el.tag == W + "tbl":
            out.append(("tbl", [["\n".join(ptext(p) for p in tc.findall(W + "p")) for tc in tr.findall(W + "tc")]
                                for tr in el.findall(W + "tr")]))
    return out


def docx_units(path):
    us = []
    for kind, x in body_items(path):
        if kind == "p":
            us += x.split("\n")
        else:
            us += [c for r in x for c in r]
    return us


# ---------------------------------------------------------------- .docx (LibreOffice PDF import) reader
def anchors(path):
    """text boxes [(text, x, y, w, h)] and line shapes [(x, y, w, h)] in pt, from mc:Choice only."""
    root = part(path, "word/document.xml")
    boxes, lines = [], []
    for ch in root.iterfind(".//mc:Choice", NS):
        an = ch.find(".//wp:anchor", NS)
        x = int(an.find("wp:positionH/wp:posOffset", NS).text) / 12700
        y = int(an.find("wp:positionV/wp:posOffset", NS).text) / 12700
        ext = an.find("wp:extent", NS)
        w, h = int(ext.get("cx")) / 12700, int(ext.get("cy")) / 12700
        tb = ch.find(".//wps:txbx", NS)
        if tb is not None:
            t = "".join("".join(x.text or "" for x in p.iterfind(".//w:t", NS)) for p in tb.iterfind(".//w:p", NS))
            boxes.append((t, x, y, w, h))
        elif [g.get("prst") for g in an.iter("{%s}prstGeom" % NS["a"])] == ["line"]:
            lines.append((x, y, w, h))
    return boxes, lines


def frame_cells(path):
    boxes, lines = anchors(path)
    vert = [(x, y, y + h) for x, y, w, h in lines if w < 1]
    hori = [(y, x, x + w) for x, y, w, h in lines if h < 1]

    def cell_of(x, y):
        ls = [vx for vx, y0, y1 in vert if vx <= x and y0 - 1 <= y <= y1 + 1]
        rs = [vx for vx, y0, y1 in vert if vx > x and y0 - 1 <= y <= y1 + 1]
        ts = [hy for hy, x0, x1 in hori if hy <= y and x0 - 1 <= x <= x1 + 1]
        bs = [hy for hy, x0, x1 in hori if hy > y and x0 - 1 <= x <= x1 + 1]
        if not (ls and rs and ts and bs):
            return None, None
        return (round(max(ls)), round(max(ts))), min(rs)

    pieces = {}
    for t, x, y, w, h in boxes:
        cy = y + h / 2
        px = x + 1
        for k, piece in enumerate(t.strip().split(" ")):
            key, right = cell_of(px, cy)
            pieces.setdefault(key, []).append((cy, px, piece))
            if right is None:
                px += w
            else:
                px = right + 1

    def read(ps):
        ps = sorted(ps)
        rows, cur = [], []
        for p in ps:
            if cur and p[0] - cur[0][0] > 4:
                rows.append(cur)
                cur = []
            cur.append(p)
        if cur:
            rows.append(cur)
        return ["".join(p[2] for p in sorted(r, key=lambda q: q[1])) for r in rows]

    cells = {k: "".join(read(v)) for k, v in pieces.items() if k is not None}
    outside = read(pieces.get(None, []))
    return cells, outside, boxes, lines


def frame_units(path):
    cells, outside, _, _ = frame_cells(path)
    return list(cells.values()) + outside


# ---------------------------------------------------------------- .xlsx (camelot) reader
def sheets(path):
    wb = openpyxl.load_workbook(path)
    return wb, {ws.title: [[("" if c.value is None else str(c.value)) for c in r] for r in ws.iter_rows()]
                for ws in wb}


def xlsx_units(path):
    _, sh = sheets(path)
    return [c.replace("\n", "") for rows in sh.values() for r in rows for c in r]


def units(key):
    path = os.path.join(HERE, "drafts", DRAFTS[key])
    if path.endswith(".xlsx"):
        return xlsx_units(path)
    if key == "c4":
        return frame_units(path)
    return docx_units(path)


def printed(g):
    d = g["document"]
    out = [d["title"], d["department"], d["department_code"]]
    for p in g["projects"]:
        out += [p["title"], p["name"], p["code"], p["purpose"], p["department"], p["department_code"]]
        out += ["%.2f" % p[k] for k in ("budget_total", "budget_fiscal", "budget_other") if p[k] is not None]
        for sp in p["spending_plan"]:
            out += [f"{sp['month']}月底", str(sp["pct"])]
        out += p["goals"]
        for i in p["indicators"]:
            out += [i["level1"], i["level2"], i["level3"], i["description"], i["value_raw"] or None, i["basis"]]
    return [x for x in out if x]


def missing_strings(key, g):
    us = [norm(u) for u in units(key)]
    return [s for s in printed(g) if not any(norm(s) in u for u in us)]


# ---------------------------------------------------------------- quirks
def pdf2docx_made(path):
    """pdf2docx writes through python-docx's default package: core.xml `python-docx` / `generated by python-docx`,
    and every table row it rebuilds has an EXACT height, every table a FIXED layout, cells with zero side margins."""
    core = part(path, "docProps/core.xml")
    assert core.findtext("dc:creator", namespaces=NS) == "python-docx", "creator"
    assert core.findtext("dc:description", namespaces=NS) == "generated by python-docx", "description"
    root = part(path, "word/document.xml")
    trs = root.findall(".//w:tr", NS)
    assert trs and all(tr.find("w:trPr/w:trHeight", NS) is not None and
                       tr.find("w:trPr/w:trHeight", NS).get(W + "hRule") == "exact" for tr in trs), "exact rows"
    assert all(t.find("w:tblPr/w:tblLayout", NS).get(W + "type") == "fixed" for t in root.findall(".//w:tbl", NS))
    return root


def tables(path):
    return [x for k, x in body_items(path) if k == "tbl"]


def heading_para(path):
    """the first non-empty body paragraph: pdf2docx put the title, the `N、…` line and the department line in ONE
    paragraph, apart by w:br, with tabs to place them."""
    return next(x for k, x in body_items(path) if k == "p" and x.strip())


def q_c1(path, g):
    pdf2docx_made(path)
    ts = tables(path)
    p = g["projects"][0]
    assert len(g["projects"]) == 1 and len(ts) == 2, "one form, TWO tables (split at the page break)"
    hp = heading_para(path).split("\n")
    assert [s.strip() for s in hp] == [g["document"]["title"], "1、" + p["title"],
                                       f"{p['department_code']} {p['department']}\t\t单位：万元"], hp
    # the second table is the continuation: no header row, its first row's 一级 cell EMPTY, no vMerge
    root = part(path, "word/document.xml")
    t2 = root.findall(".//w:tbl", NS)[1]
    first = t2.find("w:tr/w:tc", NS)
    assert ts[1][0][0] == "" and first.find(".//w:vMerge", NS) is None, "empty continuation 一级"
    cont = p["indicators"][len(p["indicators"]) - len(ts[1])]
    assert cont["level3"] == ts[1][0][2] and cont["level1"] == p["indicators"][len(p["indicators"]) -
                                                                                len(ts[1]) - 1]["level1"], "inherit"
    # goals 1 and 2 glued on ONE line by pdf2docx (no break before `2、`), 3 after a w:br
    gc = next(r[1] for r in ts[0] if r[0] == "年度绩效目标")
    assert gc.split("\n") == [f"1、{p['goals'][0]}2、{p['goals'][1]}", f"3、{p['goals'][2]}"], gc
    # a wrapped LABEL kept as a break; wrapped value cells joined in one run of text
    assert any(r[0] == "资金支出\n计划（%）" for r in ts[0]), "label break"


def q_c2(path, g):
    pdf2docx_made(path)
    ts = tables(path)
    p = g["projects"][0]
    assert len(ts) == 1 and len(ts[0][0]) == 4 and p["scope"] == "department"
    grid = part(path, "word/document.xml").findall(".//w:tbl/w:tblGrid/w:gridCol", NS)
    assert len(grid) == 4
    hp = heading_para(path).split("\n")
    assert [s.strip() for s in hp] == [g["document"]["title"], "单位：万元"], hp
    assert g["document"]["title"].startswith("2025 年"), "the space pdf2docx put between the font runs"
    vals = {r[2]: r[3] for r in ts[0][5:]}
    spaced = [i for i in p["indicators"] if re.search(r"\d [^\d]", i["value_raw"])]
    assert len(spaced) == 5 and all(vals[i["level3"]] == i["value_raw"] for i in p["indicators"]), vals
    assert ts[0][0][1] == p["department"] and ts[0][0][3] == p["department_code"]
    gc = ts[0][3][1]
    assert gc.split("\n") == [f"{k}、{x}" for k, x in enumerate(p["goals"], 1)], gc


def q_c3(path, g):
    root = pdf2docx_made(path)
    ts = tables(path)
    assert len(g["projects"]) == 2 and len(ts) == 2
    for t, p in zip(ts, g["projects"]):
        assert t[0][1] == p["code"] and t[0][3] == p["name"]
        hi = next(k for k, r in enumerate(t) if r[0] == "一级指标")
        assert [r[2] for r in t[hi + 1:]] == [i["level3"] for i in p["indicators"]]
        other = t[2][3]
        assert (other == "") == (p["budget_other"] is None), "empty 其他资金 ↔ null"
    assert g["projects"][0]["budget_other"] is None
    # exact widths: a uniform w:tblGrid but per-cell w:tcW that differ (pdf2docx measures every cell)
    for tbl in root.findall(".//w:tbl", NS):
        gw = {c.get(W + "w") for c in tbl.findall("w:tblGrid/w:gridCol", NS)}
        tw = {c.get(W + "w") for c in tbl.findall(".//w:tcW", NS)}
        assert len(gw) == 1 and len(tw) > 3, (gw, tw)
    ps = [x for k, x in body_items(path) if k == "p" and x.strip()]
    assert len(ps) == 2 and ps[1].strip().split("\n")[0] == "2、" + g["projects"][1]["title"], ps


def q_c4(path, g):
    app = part(path, "docProps/app.xml")
    assert app.findtext("ep:Application", namespaces=NS).startswith("LibreOffice/7.4"), "LibreOffice"
    root = part(path, "word/document.xml")
    assert not root.findall(".//w:tbl", NS) and not root.findall(".//w:framePr", NS), "no tables, no frames"
    body_ps = root.findall("w:body/w:p", NS)
    assert len(body_ps) == 1, "every shape anchored in ONE paragraph"
    nc = len(root.findall(".//mc:Choice//wps:txbx", NS))
    nf = len(root.findall(".//mc:Fallback//v:textbox", NS))
    assert nc >= 100 and nc == nf, (nc, nf)
    cells, outside, boxes, lines = frame_cells(path)
    assert len(lines) >= 20 and len(cells) >= 50
    texts = [b[0] for b in boxes]
    p = g["projects"][0]
    i1 = p["indicators"][0]
    assert "≥612" in texts and "公里" in texts and i1["value_raw"] == "≥612公里", "value split over two boxes"
    assert any(t.count(" ") == 1 and re.fullmatch(r"\S+ \S+", t) for t in texts), "two cells glued in one box"
    assert "2025" in texts and g["document"]["title"] == "2025年度项目支出绩效目标表"
    vals = [i["value_raw"] for i in p["indicators"]]
    assert all(any(norm(v) == norm(c) for c in cells.values()) for v in vals), "values rebuilt from the grid"
    assert p["budget_other"] == 0 and "0.00" in texts


def camelot_sheets(path, g):
    wb, sh = sheets(path)
    assert all(re.fullmatch(r"page-\d+-table-\d+", n) for n in sh), list(sh)
    assert all(not ws.merged_cells.ranges for ws in wb), "merged ranges"
    for ws in wb:
        assert ws["A1"].value is None and [c.value for c in ws[1]][1:] == list(range(ws.max_column - 1)), "index row"
        assert [ws.cell(r, 1).value for r in range(2, ws.max_row + 1)] == list(range(ws.max_row - 1)), "index col"
    core = part(path, "docProps/core.xml")
    assert core.findtext("dc:creator", namespaces=NS) == "openpyxl"
    flat = [c for rows in sh.values() for r in rows for c in r]
    assert not any("单位：" in c or "绩效目标表" in c for c in flat), "title / department line not exported"
    assert g["document"]["title"] is None and g["document"]["department"] is None
    assert all(p["title"] is None and p["department"] is None and p["unit"] is None for p in g["projects"])
    return wb, sh


def q_c5(path, g):
    wb, sh = camelot_sheets(path, g)
    assert list(sh) == ["page-1-table-1", "page-2-table-1"] and len(g["projects"]) == 2
    for (name, rows), p in zip(sh.items(), g["projects"]):
        assert rows[1][2] == p["code"] and rows[1][3] == "" and rows[1][5] == p["name"], "merged → first cell only"
        ws = wb[name]
        assert ws["C4"].data_type == "s" and ws["C4"].value == "%.2f" % p["budget_total"], "number as text"
        body = [r for r in rows[8:]]
        assert len(body) == len(p["indicators"])
        assert [r[4].replace("\n", "") for r in body] == [i["description"] for i in p["indicators"]]
    assert sh["page-2-table-1"][3][4] == "" and g["projects"][1]["budget_other"] is None
    assert any("\n" in c for r in sh["page-1-table-1"] for c in r), "wrapped lines as \\n in a cell"


def q_c6(path, g):
    wb, sh = camelot_sheets(path, g)
    assert list(sh) == ["page-1-table-1", "page-2-table-1"] and len(g["projects"]) == 1
    p = g["projects"][0]
    r1, r2 = sh["page-1-table-1"][8:], sh["page-2-table-1"][1:]
    assert not any("一级指标" in c for r in sh["page-2-table-1"] for c in r), "continuation without header"
    assert len(r1) + len(r2) == len(p["indicators"]), "both sheets are ONE form"
    assert r2[0][1] == "" and r2[0][3] == p["indicators"][len(r1)]["level3"]
    assert p["indicators"][len(r1)]["level1"] == p["indicators"][len(r1) - 1]["level1"] == "效益指标"
    assert sh["page-1-table-1"][2][1] == "预算规模\n及资金用\n途", "label wrapped over three lines"


QUIRKS = {"c1": q_c1, "c2": q_c2, "c3": q_c3, "c4": q_c4, "c5": q_c5, "c6": q_c6}


def mutate(key, g):
    g = copy.deepcopy(g)
    p = g["projects"]
    if key == "c1":
        p[0]["goals"] = [p[0]["goals"][0] + "2、" + p[0]["goals"][1], p[0]["goals"][2]]
    elif key == "c2":
        p[0]["indicators"][0]["value_raw"] = "≥420家次"
    elif key == "c3":
        p[0]["budget_other"] = 0
    elif key == "c4":
        p[0]["indicators"][0]["value_raw"] = "≥612 公里"
    elif key == "c5":
        g["document"]["department"] = "原平市文化和旅游局"
    elif key == "c6":
        p[0]["indicators"] = p[0]["indicators"][:8]
    return g


def fails(fn, *a):
    try:
        fn(*a)
        return False
    except Exception:
        return True


def main():
    selftest = "--selftest" in sys.argv
    ok = True
    golds = {}
    for key, name in DRAFTS.items():
        stem = os.path.splitext(name)[0]
        gp = os.path.join(HERE, "expected", stem + ".gold.json")
        g = json.load(open(gp, encoding="utf-8"))
        golds[key] = g
        path = os.path.join(HERE, "drafts", name)
        sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
        r = subprocess.run([sys.executable, SCORE, gp, gp], capture_output=True, text=True)
        f1 = re.search(r'"f1": ([0-9.]+)', r.stdout)
        miss = missing_strings(key, g)
        try:
            QUIRKS[key](path, g)
            q = "ok"
        except Exception as e:  # noqa: BLE001
            q = f"FAIL {type(e).__name__}: {e}"
        good = sha == g["source"]["sha256"] and f1 and float(f1.group(1)) == 1.0 and not miss and q == "ok"
        ok &= bool(good)
        n = sum(len(p["indicators"]) for p in g["projects"])
        print(f"{key} {'OK ' if good else 'BAD'} sha={'ok' if sha == g['source']['sha256'] else 'BAD'} "
              f"self-F1={f1.group(1) if f1 else '?'} strings={len(printed(g))} missing={miss[:3]} quirk={q} "
              f"indicators={n}")
    if selftest:
        for key in DRAFTS:
            others = [k for k in DRAFTS if k != key]
            nf = sum(fails(QUIRKS[key], os.path.join(HERE, "drafts", DRAFTS[k]), golds[k]) for k in others)
            mg = fails(QUIRKS[key], os.path.join(HERE, "drafts", DRAFTS[key]), mutate(key, golds[key]))
            g2 = copy.deepcopy(golds[key])
            g2["projects"][0]["indicators"][1]["level3"] += "（改）"
            ms = missing_strings(key, g2)
            good = nf == len(others) and mg and ms
            ok &= bool(good)
            print(f"selftest {key}: quirk fail on {nf}/{len(others)} other drafts; mutated gold: "
                  f"{'fail' if mg else 'PASSES (bad)'}; renamed 三级 missing={ms}")
    print("ALL OK" if ok else "PROBLEMS")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
