"""Check the heldout26a set: JSON, sha256, score.py G G = 1.0, every printed string of each gold in the draft's OWN
text (an independent reader written here: UTF-8 with or without BOM, then EVERY whitespace character removed —
spaces, tabs, newlines, form feeds — because each tool breaks lines inside cells or puts spaces between digits and
CJK; for d6 also with the grid-table borders `|` removed), and each quirk read from the FILE. `--selftest` runs every
quirk assertion against the five OTHER drafts and against a mutated gold (each must FAIL), and the string check
against a gold with a 三级 renamed."""
import copy, glob, hashlib, json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SCORE = "/work/shared/tools/score.py"
WS = re.compile(r"\s+")


def flat(s):
    return WS.sub("", s)


def raw(path):
    return open(path, "rb").read()


def text(path):
    return raw(path).decode("utf-8-sig")


def corpus(path):
    t = text(path)
    return [flat(t), flat(t.replace("|", ""))]


def printed(g):
    d = g["document"]
    s = [d["title"], d["department"], d["department_code"], d["compiled_by"], d["reviewed_by"]]
    s += [e["title"] for e in g["toc"]] + g["overall_goals"]
    for x in g["sub_goals"]:
        s += [x["title"], x["goal"], x["indicator"]]
    for x in g["safeguards"]:
        s += [x["title"], x["text"]]
    for p in g["projects"]:
        s += [p["title"], p["name"], p["code"], p["purpose"], p["department"], p["department_code"]] + p["goals"]
        s += ["%.2f" % p[k] for k in ("budget_total", "budget_fiscal", "budget_other") if p[k] is not None]
        s += ["%d月底" % e["month"] for e in p["spending_plan"]]
        for i in p["indicators"]:
            s += [i["level1"], i["level2"], i["level3"], i["description"], i["value_raw"], i["basis"]]
    return [x for x in s if x]


def missing(path, g):
    cs = corpus(path)
    return [s for s in printed(g) if not any(flat(s) in c for c in cs)]


def inds(g):
    return [i for p in g["projects"] for i in p["indicators"]]


# ---------------------------------------------------------------- quirks, each read from the file
def q_d1(path, g):
    """pdf2txt: one form feed per page (= per form), text boxes apart by blank lines, a cell wrapped INSIDE its box,
    boxes in pdfminer's reading order (the 项目名称 label box comes after the goals box)."""
    t = text(path)
    if "\t" in t or "  " in t or not t.endswith("\f"):
        return False, "tabs / runs of spaces / no closing form feed"
    pages = t.split("\f")[:-1]
    if len(pages) != len(g["projects"]):
        return False, "%d pages != %d forms" % (len(pages), len(g["projects"]))
    wrapped = 0
    for pg, p in zip(pages, g["projects"]):
        boxes = pg.split("\n\n")
        lines = set(pg.splitlines())
        for i in p["indicators"]:
            for s in (i["description"], i["value_raw"], i["level3"]):
                if s not in lines and any(flat(b) == s for b in boxes):
                    wrapped += 1
        gb = [k for k, b in enumerate(boxes) if b.startswith("1、" + p["goals"][0])]
        nb = [k for k, b in enumerate(boxes) if b.strip() == "项目名称"]
        mb = [k for k, b in enumerate(boxes) if b.strip() == "%d月底" % p["spending_plan"][0]["month"]]
        ub = [k for k, b in enumerate(boxes) if b.strip() == "单位：万元"]
        pb = [k for k, b in enumerate(boxes) if b.strip() == p["name"]]
        if not (gb and nb and mb and ub and pb) or nb[0] < mb[0] or pb[0] != ub[0] + 1:
            return False, "项目名称 box not after the 3月底 box / name box not right after 单位：万元"
        if boxes[gb[0]] != "\n".join("%d、%s" % (k, x) for k, x in enumerate(p["goals"], 1)):
            return False, "goals box != gold goals"
    if not wrapped:
        return False, "no wrapped cell box"
    return True, "%d pages; %d cells wrapped inside their box; 项目名称 label after the 3月底 box, name after 单位：万元" % (len(pages), wrapped)


def q_d2(path, g):
    """pdftotext default: no tab / layout spacing; a space between digits and CJK (`≥128 公里`); column order: the
    first row's 三级 comes after the LAST row's 绩效指标描述; running head and `第1页` printed."""
    t = text(path)
    if "\t" in t or "  " in t or "\f" not in t:
        return False, "tabs / layout spaces / no form feed"
    if not re.search(r"\d [\u4e00-\u9fff]", t):
        return False, "no space between digit and CJK"
    ft = flat(t)
    ii = inds(g)
    a, b = ft.find(flat(ii[0]["level3"])), ft.find(flat(ii[-1]["description"]))
    if a < 0 or b < 0 or a < b:
        return False, "三级 of row 1 not after the last 描述 (row order, not column order)"
    spaced = [i["value_raw"] for i in ii if i["value_raw"] not in t and flat(i["value_raw"]) in ft]
    if not spaced or "第1页" not in t.splitlines():
        return False, "no value broken by spaces / no footer"
    return True, "column reading order; %d value cells broken by spaces / lines; footer 第1页" % len(spaced)


def q_d3(path, g):
    """pdftotext -raw of a Calc PDF: the row's plain cells on ONE line apart by single spaces; merged / wrapped cells
    drawn later, so the sheet title and the form title come AFTER the indicator rows."""
    t = text(path)
    L = t.splitlines()
    if "一级指标 二级指标 三级指标 绩效指标描述 指标值 指标值确定依据" not in L:
        return False, "header not one space-separated line"
    p = g["projects"][0]
    try:
        ti = L.index("1、" + p["title"])
        hi = L.index("一级指标 二级指标 三级指标 绩效指标描述 指标值 指标值确定依据")
    except ValueError:
        return False, "form title line missing"
    if ti < hi:
        return False, "form title before the table (not stream order)"
    i = p["indicators"][2]
    if " ".join([i["level2"], i["level3"], i["description"], i["value_raw"], i["basis"]]) not in L:
        return False, "row 3 not one line"
    if "项目编码 %s 项目名称 %s" % (p["code"], p["name"]) not in L:
        return False, "code / name row not one line"
    return True, "rows one line; form title %d lines after the header row" % (ti - hi)


def q_d4(path, g):
    """docx2txt 0.8: header text FIRST, footer text LAST, every paragraph and table cell apart by a blank line, TOC
    lines `\\t一、…\\tN` (the tab-stop definition emits a tab too), goals in one cell apart by single newlines (w:br)."""
    t = text(path)
    L = t.split("\n")
    d = g["document"]
    if L[0] != d["department"] + d["title"] or L[-1] != "第 1 页":
        return False, "running head not first / footer not last"
    nums = "一二三四五六七八九十"
    k1 = 0
    for e in g["toc"]:
        if e["part"] == 1:
            want = "\t%s、%s\t%d" % (nums[k1], e["title"], e["page"])
            k1 += 1
        else:
            want = "\t%d、%s\t%d" % (g["toc"].index(e) - k1 + 1, e["title"], e["page"])
        if want not in L:
            return False, "TOC line %r missing" % want
    p = g["projects"][0]
    k = L.index("项目编码")
    if L[k:k + 5] != ["项目编码", "", p["code"], "", "项目名称"]:
        return False, "cells not apart by blank lines"
    goals = "\n".join("%d、%s" % (j, x) for j, x in enumerate(p["goals"], 1))
    if "\n\n" + goals + "\n\n" not in t:
        return False, "goals not one cell with single newlines"
    return True, "head first, footer last; %d TOC lines `⇥…⇥N`; cells apart by blank lines" % len(g["toc"])


def q_d5(path, g):
    """LibreOffice Text (encoded): UTF-8 BOM, LF, every cell on its own line, a rowspan-covered cell an EMPTY line."""
    b = raw(path)
    if not b.startswith(b"\xef\xbb\xbf") or b"\r" in b:
        return False, "no BOM / CR present"
    L = text(path).split("\n")
    k = L.index("一级指标")
    if L[k:k + 6] != ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"]:
        return False, "header not one cell per line"
    n = 0
    for p in g["projects"]:
        ii = p["indicators"]
        for a, b2 in zip(ii, ii[1:]):
            j = L.index(b2["level3"])
            want = ["" if a["level1"] == b2["level1"] else b2["level1"],
                    "" if a["level1"] == b2["level1"] and a["level2"] == b2["level2"] else b2["level2"]]
            if L[j - 2:j] != want or L[j + 1:j + 4] != [b2["description"], b2["value_raw"], b2["basis"]]:
                return False, "row %r: covered cells not empty lines" % b2["level3"]
            n += want.count("")
    return True, "BOM, LF; cell per line; %d covered cells as empty lines" % n


def q_d6(path, g):
    """pandoc -t plain: grid table, the FIRST row (项目编码) taken as the header (`+===` under it), each indicator
    row one `|` line, rowspan continuation cells blank; 目录 entries `一、title N` (tab → one space, no leaders)."""
    t = text(path)
    L = t.split("\n")
    k = [j for j, l in enumerate(L) if l.startswith("| 项目编码")]
    if not k or not L[k[0] + 1].startswith("+====") or not L[k[0] - 1].startswith("+----"):
        return False, "first row not a grid header"
    nums = "一二三四五六七八九十"
    part1 = [e for e in g["toc"] if e["part"] == 1]
    for j, e in enumerate(part1):
        if "%s、%s %d" % (nums[j], e["title"], e["page"]) not in L:
            return False, "TOC line missing"
    rows = [[c.strip() for c in l.strip("|").split("|")] for l in L if l.startswith("|")]
    for a, b in zip([None] + inds(g), inds(g)):
        hit = [r for r in rows if b["level3"] in r]
        if len(hit) != 1:
            return False, "三级 %r not one cell" % b["level3"]
        r = hit[0]
        want = [b["level1"] if not a or a["level1"] != b["level1"] else "",
                b["level2"] if not a or a["level2"] != b["level2"] or a["level1"] != b["level1"] else "",
                b["level3"], b["description"], b["value_raw"], b["basis"]]
        if r != want:
            return False, "row %r != %r" % (r, want)
    return True, "grid table, first row as header; %d indicator rows with blank rowspan cells" % len(inds(g))


Q = {"d1": q_d1, "d2": q_d2, "d3": q_d3, "d4": q_d4, "d5": q_d5, "d6": q_d6}


def mutate(key, g):
    g = copy.deepcopy(g)
    if key == "d1":
        g["projects"].pop()
    elif key == "d2":
        i = g["projects"][0]["indicators"][0]
        i["level3"] = i["description"]
    elif key == "d3":
        g["projects"][0]["title"] = g["projects"][0]["name"] + "项目绩效目标表"
    elif key == "d4":
        g["toc"][1]["page"] += 1
    elif key == "d5":
        g["projects"][0]["indicators"][1]["level2"] = "质量指标"
    elif key == "d6":
        g["projects"][0]["indicators"][0]["value_raw"] = "120场"
    return g


def load():
    out = {}
    for gp in sorted(glob.glob(os.path.join(HERE, "expected", "*.gold.json"))):
        g = json.load(open(gp, encoding="utf-8"))
        out[g["source"]["path"][:2]] = (os.path.join(HERE, "drafts", g["source"]["path"]), gp, g)
    return out


def safe(fn, *a):
    try:
        return fn(*a)
    except (ValueError, IndexError, KeyError) as e:
        return False, "raised %s" % type(e).__name__


def main():
    sets = load()
    assert len(sets) == 6, sets.keys()
    ok = True
    for key, (dp, gp, g) in sets.items():
        sha = hashlib.sha256(raw(dp)).hexdigest() == g["source"]["sha256"]
        sc = subprocess.run([sys.executable, SCORE, gp, gp], capture_output=True, text=True).stdout
        f1 = re.search(r'"f1":\s*([\d.]+)', sc)
        f1ok = bool(f1) and float(f1.group(1)) == 1.0
        miss = missing(dp, g)
        qok, qmsg = safe(Q[key], dp, g)
        good = sha and f1ok and not miss and qok
        ok &= good
        print("%s %-55s sha=%s F1=%s strings=%d missing=%s quirk=%s (%s)" % (
            "OK " if good else "BAD", os.path.basename(dp), sha, f1.group(1) if f1 else "?", len(printed(g)), miss[:3],
            qok, qmsg))
    if "--selftest" in sys.argv:
        for key, (dp, gp, g) in sets.items():
            others = [safe(Q[key], odp, og)[0] for k2, (odp, _, og) in sets.items() if k2 != key]
            mut = safe(Q[key], dp, mutate(key, g))[0]
            g2 = copy.deepcopy(g)
            g2["projects"][0]["indicators"][2]["level3"] += "（改）"
            miss = missing(dp, g2)
            st = not any(others) and not mut and miss
            ok &= bool(st)
            print("selftest %s: quirk fail on %d/5 other drafts; mutated gold: %s; renamed 三级 missing=%s" % (
                key, others.count(False), "fail" if not mut else "PASSES (bad)", miss))
    print("ALL OK" if ok else "FAILURES")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
