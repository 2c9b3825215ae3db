"""Validate the heldout27a golds against their drafts with readers written here (no jixiao):
  .docx: zipfile + lxml of word/document.xml (cells = every w:tc's w:t joined; paragraphs outside tables);
  .pdf : pdfplumber chars and ruling edges (a char's CELL = the nearest ruling lines around it; a cell's text =
         upright chars by line then x, rotated chars by column then bottom-to-top).
Checks: valid JSON, source.sha256 = sha256(draft), score.py G G = 1.0, every printed string of each gold occurs in one
cell / line of the draft's own text, and each draft's quirk asserted from the FILE (quirk functions below).
--selftest: every quirk assertion run against the five OTHER drafts and against a mutated gold (must FAIL there), and
the string check against a gold with a 三级 renamed (must miss it).
Run: /work/main/.venv/bin/python check.py [--selftest]"""
import copy, hashlib, json, os, re, subprocess, sys, unicodedata, zipfile
from collections import defaultdict

from lxml import etree

HERE = os.path.dirname(os.path.abspath(__file__))
SCORE = "/work/shared/tools/score.py"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
LABELS = {"年度绩效目标", "年度总体目标", "绩效指标", "一级指标"}
DRAFTS = {
    "v1": "v1_docx_tbrlv_gridbefore_pingcheng_2025.docx",
    "v2": "v2_docx_charparas_twotables_lianxi_2025.docx",
    "v3": "v3_docx_btlr_sidebyside_deptoverall_yaodu_2025.docx",
    "p4": "p4_pdf_lo_btlr_tbrlv_gridafter_nancheng_2025.pdf",
    "p5": "p5_pdf_lo_softbreaks_twotables_shangdang_2025.pdf",
    "p6": "p6_pdf_lo_charparas_sidebyside_wuyuan_2025.pdf",
}


def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


# ---------------------------------------------------------------- .docx reader (zipfile + lxml)
def docx_root(path):
    with zipfile.ZipFile(path) as z:
        return etree.fromstring(z.read("word/document.xml"))


def wtext(el):
    return "".join(t.text or "" for t in el.iter(W + "t"))


def docx_units(path):
    root = docx_root(path)
    out = [wtext(tc) for tc in root.iter(W + "tc")]
    out += [wtext(p) for p in root.iter(W + "p") if not any(a.tag == W + "tc" for a in p.iterancestors())]
    return out


def gold_groups(g):
    """level1 as a reader reads it, once per merged group, in order (project by project)."""
    out = []
    for p in g["projects"]:
        prev = None
        for d in p["indicators"]:
            if d["level1"] != prev:
                out.append(d["level1"])
            prev = d["level1"]
    return out


def tc_dir(tc):
    e = tc.find(W + "tcPr/" + W + "textDirection")
    return None if e is None else e.get(W + "val")


def char_paragraph_cells(root):
    """cells of 2+ paragraphs each holding exactly one character (one character per line by paragraphs)."""
    out = []
    for tc in root.iter(W + "tc"):
        ps = tc.findall(W + "p")
        if len(ps) >= 2 and all(len(wtext(p)) == 1 for p in ps) and not tc.findall(".//" + W + "br"):
            out.append("".join(wtext(p) for p in ps))
    return out


def grid_width(tbl):
    return len(tbl.findall(W + "tblGrid/" + W + "gridCol"))


def row_slots(tr):
    n = 0
    for tc in tr.findall(W + "tc"):
        s = tc.find(W + "tcPr/" + W + "gridSpan")
        n += int(s.get(W + "val")) if s is not None else 1
    return n


def trpr_val(tr, name, attr="val"):
    e = tr.find(W + "trPr/" + W + name)
    return None if e is None else e.get(W + attr)


# ---------------------------------------------------------------- .pdf reader (pdfplumber chars + edges)
def pdf_pages(path):
    import pdfplumber
    with pdfplumber.open(path) as pdf:
        return [(list(p.chars), list(p.edges)) for p in pdf.pages]


def cell_of(c, edges):
    cx, cy = (c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2
    L = R = T = B = None
    for e in edges:
        if e["orientation"] == "v" and e["top"] - 0.5 <= cy <= e["bottom"] + 0.5:
            x = e["x0"]
            if x <= cx and (L is None or x > L):
                L = x
            if x >= cx and (R is None or x < R):
                R = x
        elif e["orientation"] == "h" and e["x0"] - 0.5 <= cx <= e["x1"] + 0.5:
            y = e["top"]
            if y <= cy and (T is None or y > T):
                T = y
            if y >= cy and (B is None or y < B):
                B = y
    if None in (L, R, T, B):
        return None
    return (round(L, 1), round(T, 1), round(R, 1), round(B, 1))


def cell_text(chars):
    up = [c for c in chars if c["upright"]]
    rot = [c for c in chars if not c["upright"]]
    lines = defaultdict(list)
    for c in sorted(up, key=lambda c: (c["top"], c["x0"])):
        key = next((k for k in lines if abs(k - c["top"]) < 2), c["top"])
        lines[key].append(c)
    s = "".join("".join(x["text"] for x in sorted(lines[k], key=lambda c: c["x0"])) for k in sorted(lines))
    cols = defaultdict(list)
    for c in rot:
        key = next((k for k in cols if abs(k - c["x0"]) < 2), c["x0"])
        cols[key].append(c)
    s += "".join("".join(x["text"] for x in sorted(cols[k], key=lambda c: -c["top"])) for k in sorted(cols))
    return s


def pdf_units(path):
    out = []
    for chars, edges in pdf_pages(path):
        cells, free = defaultdict(list), []
        for c in chars:
            k = cell_of(c, edges)
            (cells[k].append(c) if k else free.append(c))
        out += [cell_text(v) for v in cells.values()]
        lines = defaultdict(list)
        for c in free:
            key = next((k for k in lines if abs(k - c["top"]) < 2), c["top"])
            lines[key].append(c)
        out += [cell_text(v) for v in lines.values()]
    return out


def vertical_runs(chars, rotated, edges):
    """columns of single characters: rotated (upright False, read bottom to top) or upright characters each ALONE on
    its line within 3 pt, stacked at one x. Returns (text, x0, top, pitch/size) in page order."""
    cs = [c for c in chars if (not c["upright"]) == rotated and c["text"].strip()]
    if not rotated:
        cs = [c for c in cs if not any(o is not c and abs(o["top"] - c["top"]) < 2 and
                                       (abs(o["x0"] - c["x1"]) < 3 or abs(c["x0"] - o["x1"]) < 3) for o in chars)]
    cols = defaultdict(list)
    for c in cs:
        cell = cell_of(c, edges)
        key = next((k for k in cols if k[0] == cell and abs(k[1] - c["x0"]) < 0.5), (cell, c["x0"]))
        cols[key].append(c)
    runs = []
    for x, col in cols.items():
        col.sort(key=lambda c: c["top"])
        cur = [col[0]]
        for c in col[1:]:
            if c["top"] - cur[-1]["top"] < 1.4 * c["size"]:
                cur.append(c)
            else:
                runs.append(cur)
                cur = [c]
        runs.append(cur)
    out = []
    for r in runs:
        if len(r) < 2:
            continue
        pitch = (r[-1]["top"] - r[0]["top"]) / (len(r) - 1) / r[0]["size"]
        txt = "".join(c["text"] for c in (reversed(r) if rotated else r))
        out.append((txt, r[0]["x0"], r[0]["top"], pitch))
    out.sort(key=lambda t: (t[2], t[1]))
    return out


def grids(edges):
    """ruled blocks: clusters of edges that touch (within 1.5 pt); returns bboxes (x0, top, x1, bottom)."""
    boxes = [[e["x0"], e["top"], e["x1"], e["bottom"]] for e in edges]
    changed = True
    while changed:
        changed = False
        out = []
        for b in boxes:
            for o in out:
                if b[0] <= o[2] + 1.5 and o[0] <= b[2] + 1.5 and b[1] <= o[3] + 1.5 and o[1] <= b[3] + 1.5:
                    o[:] = [min(o[0], b[0]), min(o[1], b[1]), max(o[2], b[2]), max(o[3], b[3])]
                    changed = True
                    break
            else:
                out.append(list(b))
        boxes = out
    return sorted(boxes, key=lambda b: (b[1], b[0]))


def chars_in(chars, box):
    return "".join(c["text"] for c in chars if box[0] <= (c["x0"] + c["x1"]) / 2 <= box[2]
                   and box[1] <= (c["top"] + c["bottom"]) / 2 <= box[3])


# ---------------------------------------------------------------- the quirks, asserted from the FILE
def q_v1(path, g):
    """tbRlV on every 一级 cell (read in order = the gold's groups); a row with gridBefore+wBefore holding 单位：万元,
    rows with gridAfter+wAfter holding the spending plan, each row's slots + before + after = the grid."""
    root = docx_root(path)
    v = [wtext(tc) for tc in root.iter(W + "tc") if tc_dir(tc) == "tbRlV"]
    assert [x for x in v if x not in LABELS] == gold_groups(g), v
    assert not char_paragraph_cells(root)
    nb = na = 0
    for tbl in root.iter(W + "tbl"):
        for tr in tbl.findall(W + "tr"):
            b, a = int(trpr_val(tr, "gridBefore") or 0), int(trpr_val(tr, "gridAfter") or 0)
            assert row_slots(tr) + b + a == grid_width(tbl)
            if b:
                assert trpr_val(tr, "wBefore", "w") and wtext(tr) == "单位：万元", wtext(tr)
                nb += 1
            if a:
                assert trpr_val(tr, "wAfter", "w")
                na += 1
                t = wtext(tr)
                assert t.startswith("资金支出计划") or t.isdigit(), t
    assert nb == len(g["projects"]) and na == 2 * len(g["projects"]), (nb, na)
    plans = [[x for tr in tbl.findall(W + "tr") if trpr_val(tr, "gridAfter") and wtext(tr).isdigit()
              for x in [[int(wtext(tc)) for tc in tr.findall(W + "tc") if wtext(tc)]]] for tbl in root.iter(W + "tbl")]
    assert [pl[0] for pl in plans if pl] == [[d["pct"] for d in p["spending_plan"]] for p in g["projects"]]


def q_v2(path, g):
    """labels one character per PARAGRAPH (no w:br, no textDirection); per project the body runs
    w:tbl, an EMPTY w:p, w:tbl: the header block first, the indicator table second."""
    root = docx_root(path)
    assert not root.findall(".//" + W + "textDirection")
    cp = char_paragraph_cells(root)
    assert [x for x in cp if x not in LABELS] == gold_groups(g), cp
    body = root.find(W + "body")
    kids = list(body)
    pairs = 0
    for i, el in enumerate(kids[:-2]):
        if el.tag == W + "tbl" and kids[i + 1].tag == W + "p" and kids[i + 2].tag == W + "tbl":
            assert wtext(kids[i + 1]) == ""
            t1, t2 = kids[i], kids[i + 2]
            first2 = wtext(t2.find(W + "tr"))
            assert "项目编码" in wtext(t1) and "一级指标" not in wtext(t1), wtext(t1)[:30]
            assert "一级指标" in first2 and "项目编码" not in wtext(t2)
            p = g["projects"][pairs]
            assert p["code"] in wtext(t1) and len(t2.findall(W + "tr")) == len(p["indicators"]) + 1
            pairs += 1
    assert pairs == len(g["projects"]) and len(body.findall(W + "tbl")) == 2 * pairs


def q_v3(path, g):
    """btLr on the label and 一级 cells; a borderless 1 x 2 layout table whose two cells each hold ONE table: left the
    department / code / budget, right the 年度总体目标 (btLr) and the goals; the indicator table after it."""
    root = docx_root(path)
    v = [wtext(tc) for tc in root.iter(W + "tc") if tc_dir(tc) == "btLr"]
    assert "年度总体目标" in v and "绩效指标" in v
    assert [x for x in v if x not in LABELS] == gold_groups(g), v
    top = root.find(W + "body").findall(W + "tbl")
    lay = top[0]
    b = lay.find(W + "tblPr/" + W + "tblBorders")
    assert b is not None and all(e.get(W + "val") == "nil" for e in b)
    trs = lay.findall(W + "tr")
    assert len(trs) == 1 and len(trs[0].findall(W + "tc")) == 2
    left, right = trs[0].findall(W + "tc")
    assert len(left.findall(W + "tbl")) == 1 and len(right.findall(W + "tbl")) == 1
    p = g["projects"][0]
    lt, rt = wtext(left), wtext(right)
    assert p["department"] in lt and p["department_code"] in lt and "%.2f" % p["budget_total"] in lt
    assert all("%d、%s" % (k, x) in rt for k, x in enumerate(p["goals"], 1)) and p["department"] not in rt
    ind = top[1]
    assert len(ind.findall(W + "tr")) == len(p["indicators"]) + 1


def q_p4(path, g):
    """一级 cells drawn ROTATED (btLr: upright False, read bottom to top) = the gold's groups; the two label cells
    (年度绩效目标, 绩效指标) as tbRlV: UPRIGHT glyphs stacked at exactly one em (pitch = font size), not by lines;
    the 单位：万元 row STARTS LATE (no ruling at the table's left edge on its height) and the spending rows END
    EARLY (no ruling at the right edge on their height)."""
    pages = pdf_pages(path)
    rot, stacked = [], []
    for chars, edges in pages:
        rot += [r[0] for r in vertical_runs(chars, True, edges)]
        for t, x, top, pitch in vertical_runs(chars, False, edges):
            assert abs(pitch - 1.0) < 0.02, (t, pitch)
            stacked.append(t)
        vs = [e for e in edges if e["orientation"] == "v"]
        left, right = min(e["x0"] for e in vs), max(e["x0"] for e in vs)
        unit = [c for c in chars if c["text"] == "单" and "".join(d["text"] for d in sorted(
            (d for d in chars if abs(d["top"] - c["top"]) < 1 and d["x0"] > c["x0"]), key=lambda d: d["x0"])[:4]) == "位：万元"]
        assert len(unit) == 1
        y = (unit[0]["top"] + unit[0]["bottom"]) / 2
        xs = [e["x0"] for e in vs if e["top"] <= y <= e["bottom"]]
        assert min(xs) > left + 100, (min(xs), left)
        m = [c for c in chars if c["text"] == "月"]
        y = (m[0]["top"] + m[0]["bottom"]) / 2
        xs = [e["x0"] for e in vs if e["top"] <= y <= e["bottom"]]
        assert max(xs) < right - 100 and min(xs) < left + 1, (max(xs), right)
    assert [x for x in rot if x not in LABELS] == gold_groups(g), rot
    assert "一级指标" in rot
    assert stacked == ["年度绩效目标", "绩效指标"] * len(g["projects"]), stacked


def runs_by_lines(pages, g):
    """one character per LINE (pitch = a line height, > 1.1 em), nothing rotated; labels removed, the rest = groups."""
    got = []
    for chars, edges in pages:
        assert not vertical_runs(chars, True, edges) and all(c["upright"] for c in chars)
        for t, x, top, pitch in vertical_runs(chars, False, edges):
            assert pitch > 1.1, (t, pitch)
            got.append(t)
    assert [x for x in got if x not in LABELS] == gold_groups(g), got
    return got


def q_p5(path, g):
    """labels one character per line (soft breaks in the source); the form as TWO ruled blocks one above the other,
    apart by an empty line: the first holds 项目编码 … 年度绩效目标, the second starts with the 一级指标 header."""
    pages = pdf_pages(path)
    got = runs_by_lines(pages, g)
    assert got.count("年度绩效目标") == len(g["projects"])
    k = 0
    for chars, edges in pages:
        bl = [b for b in grids(edges) if b[3] - b[1] > 20]
        for a, b in zip(bl, bl[1:]):
            if "项目编码" in chars_in(chars, a):
                p = g["projects"][k]
                assert b[1] - a[3] > 5 and abs(a[0] - b[0]) < 2, (a, b)
                assert not any(e["orientation"] == "h" and a[3] + 1 < e["top"] < b[1] - 1 for e in edges)
                assert p["code"] in chars_in(chars, a) and "一级指标" not in chars_in(chars, a)
                tb = chars_in(chars, b)
                assert "一级指标" in tb and "项目编码" not in tb and p["indicators"][-1]["level3"] in tb
                k += 1
    assert k == len(g["projects"])


def q_p6(path, g):
    """labels one character per line (paragraphs); SIDE BY SIDE: two ruled blocks at the same height, apart by a gap
    crossed by no ruling — left 项目编码 / name / budget / purpose / plan, right 年度绩效目标 and the goals; the
    indicator table below them."""
    pages = pdf_pages(path)
    runs_by_lines(pages, g)
    k = 0
    for chars, edges in pages:
        bl = [b for b in grids(edges) if b[3] - b[1] > 20]
        for a in bl:
            if "项目编码" not in chars_in(chars, a):
                continue
            right = [b for b in bl if b is not a and abs(b[1] - a[1]) < 2 and b[0] > a[2]]
            assert len(right) == 1, right
            b = right[0]
            assert b[0] - a[2] > 10
            assert not any(e["orientation"] == "h" and e["x0"] < a[2] + 2 and e["x1"] > b[0] - 2 and e["top"] < a[3]
                           for e in edges)
            p = g["projects"][k]
            la, rb = norm(chars_in(chars, a)), norm(chars_in(chars, b))
            assert p["code"] in la and p["name"] in la and norm(p["purpose"]) in la and "%d月底" % 12 in la
            assert all(norm(x) in rb for x in p["goals"]) and p["code"] not in rb and "年度绩效目标" in rb and "年度绩效目标" not in la
            below = [c for c in bl if c[1] > max(a[3], b[3])]
            assert below and "一级指标" in chars_in(chars, below[0])
            k += 1
    assert k == len(g["projects"])


QUIRK = {"v1": q_v1, "v2": q_v2, "v3": q_v3, "p4": q_p4, "p5": q_p5, "p6": q_p6}


def mutate(key, g):
    g = copy.deepcopy(g)
    p = g["projects"][0]
    if key in ("v1", "p4"):      # a reader that takes the vertical cell bottom-to-top / reversed
        first = p["indicators"][0]["level1"]
        for d in p["indicators"]:
            if d["level1"] == first:
                d["level1"] = first[::-1]
    elif key in ("v2", "p5"):    # a reader that keeps only the first line of the stacked cell
        for d in p["indicators"]:
            if d["level1"] == "满意度指标":
                d["level1"] = "满"
    elif key == "v3":            # goals read from the wrong table of the pair
        p["goals"] = [p["department"]] + p["goals"][1:]
    elif key == "p6":            # purpose and the first goal swapped (the side-by-side tables read across)
        p["goals"][0], p["purpose"] = p["purpose"], p["goals"][0]
    return g


# ---------------------------------------------------------------- strings
def printed(g):
    d = g["document"]
    out = [d["title"], d["department"], d["department_code"]]
    for p in g["projects"]:
        out += [p["title"], p["department"], p["department_code"], p["code"], p["name"], p["purpose"]]
        out += ["%.2f" % p[k] for k in ("budget_total", "budget_fiscal", "budget_other") if p[k] is not None]
        out += ["%d月底" % s["month"] for s in p["spending_plan"]] + [str(s["pct"]) for s in p["spending_plan"]]
        out += p["goals"]
        for x in p["indicators"]:
            out += [x["level1"], x["level2"], x["level3"], x["description"], x["value_raw"], x["basis"]]
    return [s for s in out if s]


def missing(g, units):
    u = [norm(x) for x in units]
    return [s for s in printed(g) if not any(norm(s) in x for x in u)]


def units_of(path):
    return docx_units(path) if path.endswith(".docx") else pdf_units(path)


def main():
    selftest = "--selftest" in sys.argv
    bad = 0
    for key, name in DRAFTS.items():
        stem = name.rsplit(".", 1)[0]
        path = os.path.join(HERE, "drafts", name)
        gp = os.path.join(HERE, "expected", stem + ".gold.json")
        g = json.load(open(gp, encoding="utf-8"))
        data = open(path, "rb").read()
        problems = []
        if g["source"]["sha256"] != hashlib.sha256(data).hexdigest() or g["source"]["path"] != name:
            problems.append("sha256/path")
        r = subprocess.run([sys.executable, SCORE, gp, gp], capture_output=True, text=True)
        try:
            f1 = json.loads(r.stdout.strip().splitlines()[-1])["f1"]
        except Exception:  # noqa: BLE001
            f1 = None
        if r.returncode != 0 or f1 != 1.0:
            problems.append("score G G: " + r.stdout[-200:] + r.stderr[-200:])
        units = units_of(path)
        miss = missing(g, units)
        if miss:
            problems.append("missing %s" % miss[:5])
        try:
            QUIRK[key](path, g)
        except Exception as e:  # noqa: BLE001
            problems.append("quirk: %r" % (e,))
        n = sum(len(p["indicators"]) for p in g["projects"])
        line = "%-55s %2d ind  %s" % (name, n, "OK" if not problems else "FAIL " + "; ".join(problems))
        if selftest:
            fails = 0
            for other, oname in DRAFTS.items():
                if other == key:
                    continue
                try:
                    QUIRK[key](os.path.join(HERE, "drafts", oname), g)
                except Exception:  # noqa: BLE001
                    fails += 1
            try:
                QUIRK[key](path, mutate(key, g))
                mres = "PASS(!)"
            except Exception:  # noqa: BLE001
                mres = "fail"
            g2 = copy.deepcopy(g)
            g2["projects"][0]["indicators"][1]["level3"] += "情况"
            m2 = missing(g2, units)
            line += "\n    selftest: quirk fail on %d/5 other drafts; mutated gold: %s; renamed 三级 missing=%s" % (
                fails, mres, m2)
            if fails != 5 or mres != "fail" or not m2:
                problems.append("selftest")
        bad += bool(problems)
        print(line)
    print("ALL OK" if not bad else "%d draft(s) with problems" % bad)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
