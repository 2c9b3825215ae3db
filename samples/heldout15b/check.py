#!/usr/bin/env python3
"""Check the blind set heldout15b: valid JSON, source.sha256 matches the bytes, score.py self-F1 1.0, every printed
string of each gold found in its workbook's DISPLAYED text, and each draft's quirk really present (structure()).

Two independent readers, neither from jixiao:
- SHOWN: LibreOffice exports every sheet to CSV with "save cell contents as shown" (filter token 9 = true, token 12 =
  -1: all sheets), i.e. every cell through its number format, as a person sees it. The gold strings (title,
  department, codes, names, implementing units, goals, level names, 三级, value cells, bases) must occur in this text
  (whitespace and `,` ignored); the three amount cells of each form, read from it (units and separators dropped, an
  accounting `-` = 0), must equal the gold amounts.
- STORED: openpyxl on the file (a .xls / .ods is first converted to .xlsx by LibreOffice), formulas and cached values
  (`data_only`), number formats — to assert that what is stored really differs from what is shown, as each quirk says.
`--selftest` runs every quirk assertion against the five OTHER drafts and against a mutated gold, and the string check
against a gold with a 三级 renamed, and reports that each fails there. Intermediate files: /tmp/heldout15b_build/chk."""
import copy, csv, glob, hashlib, json, os, re, subprocess, sys, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from golds import G, C1_P, C2_P, C3_P, C4_P, C5_P, C6_P, SEC

D = os.path.join(HERE, "drafts")
EXPECTED = os.path.join(HERE, "expected")
SCORE = "/work/shared/tools/score.py"
CHK = "/tmp/heldout15b_build/chk"
LO = ["soffice", "-env:UserInstallation=file:///tmp/heldout15b_build/lo_check", "--headless"]
CSV_AS_SHOWN = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1"
_cache = {}
HIDDEN_FMT = re.compile(r'(""|)(;(""|)){2,3}')   # ;;; (LibreOffice writes it back as "";"";"";"")


def norm(s):
    return re.sub(r"[\s,]+", "", str(s))


def stored_book(doc):
    """openpyxl (formulas, cached values) of the file; .xls/.ods converted to .xlsx by LibreOffice first."""
    from openpyxl import load_workbook
    key = ("stored", doc)
    if key not in _cache:
        path = doc
        if not doc.endswith(".xlsx"):
            out = os.path.join(CHK, "xlsx_" + os.path.basename(doc).replace(".", "_"))
            os.makedirs(out, exist_ok=True)
            subprocess.run(LO + ["--convert-to", "xlsx", "--outdir", out, doc], check=True, capture_output=True)
            path = os.path.join(out, os.path.splitext(os.path.basename(doc))[0] + ".xlsx")
        _cache[key] = (load_workbook(path), load_workbook(path, data_only=True))
    return _cache[key]


def shown(doc):
    """{sheet name: rows of displayed cell texts} from LibreOffice's CSV export 'as shown' of every sheet."""
    key = ("shown", doc)
    if key not in _cache:
        out = os.path.join(CHK, "csv_" + os.path.basename(doc).replace(".", "_"))
        os.makedirs(out, exist_ok=True)
        for f in glob.glob(os.path.join(out, "*.csv")):
            os.remove(f)
        subprocess.run(LO + ["--convert-to", CSV_AS_SHOWN, "--outdir", out, doc], check=True, capture_output=True)
        base = os.path.splitext(os.path.basename(doc))[0]
        sheets = {}
        for name in stored_book(doc)[0].sheetnames:
            with open(os.path.join(out, f"{base}-{name}.csv"), encoding="utf-8", newline="") as fh:
                sheets[name] = list(csv.reader(fh))
        _cache[key] = sheets
    return _cache[key]


def cell(sheet, ref):
    """displayed text of a cell (A1 reference) in shown() rows."""
    m = re.fullmatch(r"([A-Z])(\d+)", ref)
    r, c = int(m.group(2)) - 1, ord(m.group(1)) - 65
    return sheet[r][c] if r < len(sheet) and c < len(sheet[r]) else ""


def shown_amount(s):
    t = re.sub(r"[^0-9.\-()]", "", s.strip())
    if t in ("-", ""):
        return 0.0 if t == "-" else None
    return -float(t.strip("()")) if t.startswith("(") else float(t)


def doc_strings(g):
    d = g["document"]
    for k in ("title", "department", "department_code"):
        if d.get(k): yield d[k]


def proj_strings(p):
    for k in ("title", "department", "department_code", "code", "name", "implementing_unit"):
        if p.get(k): yield p[k]
    yield from p["goals"]
    for x in p["indicators"]:
        for k in ("level1", "level2", "level3", "value_raw", "basis", "reference"):
            if x.get(k): yield x[k]


def missing(doc, g):
    sh = shown(doc)
    txt = "|".join(norm(c) for rows in sh.values() for r in rows for c in r)
    want = list(doc_strings(g)) + [s for p in g["projects"] for s in proj_strings(p)]
    miss = [s for s in want if norm(s) not in txt]
    forms = [s for s in sh.values() if cell(s, "B6") == "年度资金总额"]
    if len(forms) != len(g["projects"]):
        return miss + [f"{len(forms)} forms for {len(g['projects'])} projects"]
    for s, p in zip(forms, g["projects"]):
        got = [shown_amount(cell(s, f"C{r}")) for r in (6, 7, 8)]
        if got != [p["budget_total"], p["budget_fiscal"], p["budget_other"]]:
            miss.append(f"amounts shown {got} ≠ gold of project {p['seq']}")
        if cell(s, "B3") != p["name"]:
            miss.append(f"project {p['seq']} name")
        vals = [cell(s, f"D{11 + j}") for j in range(len(p["indicators"]))]
        if vals != [x["value_raw"] for x in p["indicators"]]:
            miss.append(f"project {p['seq']} value cells shown {vals}")
    return miss


def form_cells(doc, g, k):
    """(formulas sheet, cached sheet, shown rows) of project k's form."""
    wf, wv = stored_book(doc)
    name = wf.sheetnames[k]
    return wf[name], wv[name], shown(doc)[name]


def structure(stem, doc, g):
    bad = []
    ex = os.path.splitext(doc)[1]
    from openpyxl.styles.numbers import is_date_format
    if stem.startswith("c1"):
        if ex != ".xlsx":
            return ["c1: not a .xlsx"]
        nform = nround = 0
        for k, p in enumerate(g["projects"]):
            wf, wv, sh = form_cells(doc, g, k)
            for r, key in ((6, "budget_total"), (7, "budget_fiscal")):
                f, v = wf[f"C{r}"].value, wv[f"C{r}"].value
                if not (isinstance(f, str) and f.startswith("=") and isinstance(v, (int, float))):
                    bad.append(f"c1: project {k + 1} C{r} is not a formula with a cached number")
                elif not (0 < abs(v - p[key]) < 0.005):
                    bad.append(f"c1: project {k + 1} {key} cached {v} is not shown ROUNDED to {p[key]}")
            for j, x in enumerate(p["indicators"]):
                f, v = wf[f"D{11 + j}"].value, wv[f"D{11 + j}"].value
                if isinstance(f, str) and f.startswith("="):
                    nform += 1
                    if not isinstance(v, (int, float)):
                        bad.append(f"c1: formula row {j + 1} has no cached number")
                    elif round(v * (100 if "%" in x["value_raw"] else 1), 6) != x["value"]:
                        nround += 1
            lit = [x for j, x in enumerate(p["indicators"]) if wf[f"D{11 + j}"].number_format.endswith(('"%"', '\\%'))]
            pct = [x for j, x in enumerate(p["indicators"]) if wf[f"D{11 + j}"].number_format.endswith('0%')]
            if not lit or not pct or not all(wv[f"D{11 + p['indicators'].index(x)}"].value == x["value"] for x in lit):
                bad.append(f"c1: project {k + 1} lacks a literal-\"%\" cell storing the percent number beside 0% cells")
        if nform < 8 or nround < 4:
            bad.append(f"c1: {nform} formula value cells, {nround} shown rounded (want ≥8, ≥4)")
        if "资金测算" not in stored_book(doc)[0].sheetnames:
            bad.append("c1: no 资金测算 sheet")
    if stem.startswith("c2"):
        if ex != ".xlsx":
            return ["c2: not a .xlsx"]
        wf0, wv0, sh0 = form_cells(doc, g, 0)
        wf1, wv1, sh1 = form_cells(doc, g, 1)
        p0, p1 = g["projects"][:2]
        if cell(sh0, "E2") != "单位：千元" or p0["unit"] != "千元":
            bad.append("c2: sheet 1 unit line is not 单位：千元 / gold unit")
        if wf0["C6"].value != round(p0["budget_total"] * 1000) or ",_" not in wf0["C8"].number_format + "_" \
                or "," not in wf0["C6"].number_format.split(".")[-1]:
            bad.append("c2: sheet 1 amounts are not 元 shown in thousands by a scaling comma")
        if wf0["C8"].value != 0 or norm(cell(sh0, "C8")) != "-" or p0["budget_other"] != 0:
            bad.append("c2: sheet 1 其他资金 is not an accounting zero shown `-`")
        if cell(sh1, "E2") or p1["unit"] != "万元" or not all(cell(sh1, f"C{r}").endswith("万元") for r in (6, 7, 8)):
            bad.append("c2: sheet 2 has a unit line, or its amounts do not print 万元 in the cell")
        if not all(isinstance(wf1[f"C{r}"].value, (int, float)) for r in (6, 7, 8)):
            bad.append("c2: sheet 2 amounts are not numbers")
        sc = [x for j, x in enumerate(p0["indicators"]) if x["unit"] == "千元"
              and wf0[f"D{11 + j}"].value == x["value"] * 1000]
        if not sc:
            bad.append("c2: no indicator stored in 元 and shown in 千元")
    if stem.startswith("c3"):
        if ex != ".xlsx":
            return ["c3: not a .xlsx"]
        nd = ndb = 0
        for k, p in enumerate(g["projects"]):
            wf, wv, sh = form_cells(doc, g, k)
            for j, x in enumerate(p["indicators"]):
                c = wf[f"D{11 + j}"]
                if x["level2"] == "时效指标" and is_date_format(c.number_format):
                    serial = c.value
                    if not hasattr(serial, "year") or cell(sh, f"D{11 + j}") != x["value_raw"] \
                            or x["kind"] != "qualitative" or re.search(r"\d{4}-\d\d", x["value_raw"]):
                        bad.append(f"c3: date row {j + 1} of project {k + 1}")
                    nd += 1
                    ndb += "〇" in x["value_raw"] and "DBNum1" in c.number_format
        if nd < 5 or ndb < 2:
            bad.append(f"c3: {nd} date-serial value cells, {ndb} shown in [DBNum1] Chinese numerals (want ≥5, ≥2)")
        for k in range(len(g["projects"])):
            raw = zipfile.ZipFile(doc).read(f"xl/worksheets/sheet{k + 1}.xml").decode()
            if not re.search(r'<c r="D1[1-9]"[^>]*><v>4\d{4}</v>', raw):
                bad.append(f"c3: sheet {k + 1} stores no date as a serial number")
    if stem.startswith("c4"):
        if ex != ".xls" or open(doc, "rb").read(8) != bytes.fromhex("d0cf11e0a1b11ae1"):
            return ["c4: not a BIFF .xls (OLE2)"]
        wf0, _, sh0 = form_cells(doc, g, 0)
        wf1, _, sh1 = form_cells(doc, g, 1)
        p0, p1 = g["projects"][:2]
        if not isinstance(wf0["D2"].value, (int, float)) or cell(sh0, "D2") != "51004":
            bad.append("c4: sheet 1 部门编码 is not a number that lost its leading zero")
        if wf1["D2"].value != "051004" or cell(sh1, "D2") != "051004":
            bad.append("c4: sheet 2 部门编码 is not the text 051004")
        if not (p0["department_code"] == p1["department_code"] == g["document"]["department_code"] == "051004"):
            bad.append("c4: gold department codes")
        if not (isinstance(wf1["B4"].value, (int, float)) and wf1["B4"].value > 1e17
                and re.fullmatch(r"\d\.\d\dE\+17", cell(sh1, "B4")) and p1["code"] == cell(sh1, "B4")):
            bad.append("c4: project 2 code is not a number shown in scientific notation")
        if not (isinstance(wf0["B4"].value, str) and re.fullmatch(r"\d{18}", wf0["B4"].value)
                and p0["code"] == wf0["B4"].value):
            bad.append("c4: project 1 code is not 18 digits typed as text")
        if not all(isinstance(wf0[f"C{r}"].value, str) for r in (6, 7, 8)):
            bad.append("c4: project 1 amounts are not text cells")
        nt = sum(isinstance(wf[f"D{11 + j}"].value, str) and bool(re.search(r"\d", wf[f"D{11 + j}"].value))
                 for k, wf in ((0, wf0), (1, wf1)) for j in range(len(g["projects"][k]["indicators"])))
        if nt < 5:
            bad.append(f"c4: {nt} value cells holding digits as text (want ≥5)")
    if stem.startswith("c5"):
        if ex != ".ods" or zipfile.ZipFile(doc).read("mimetype") != b"application/vnd.oasis.opendocument.spreadsheet":
            return ["c5: not an .ods"]
        nneg = nhid = 0
        for k, p in enumerate(g["projects"]):
            wf, wv, sh = form_cells(doc, g, k)
            for j, x in enumerate(p["indicators"]):
                v = wf[f"D{11 + j}"].value
                if isinstance(v, (int, float)) and v < 0:
                    nneg += 1
                    if x["value"] != round(v * 100, 6) or cell(sh, f"D{11 + j}") != x["value_raw"] or \
                            not re.search(r"^\(|-", x["value_raw"]):
                        bad.append(f"c5: negative row {j + 1} of project {k + 1}")
                f = wf[f"F{11 + j}"]
                if f.value is not None:
                    nhid += 1
                    if cell(sh, f"F{11 + j}") or not HIDDEN_FMT.fullmatch(f.number_format):
                        bad.append("c5: column F value is shown")
            if wf["F10"].value != "上年实际值" or cell(sh, "F10"):
                bad.append("c5: the F header is not hidden by ;;;")
            if p["budget_other"] == 0 and norm(cell(sh, "C8")) != "-":
                bad.append("c5: accounting zero not shown `-`")
        if nneg < 3 or nhid < 5:
            bad.append(f"c5: {nneg} negative values, {nhid} hidden-by-format cells (want ≥3, ≥5)")
        if not any(re.fullmatch(r"\(\d.*\)", x["value_raw"]) for p in g["projects"] for x in p["indicators"]):
            bad.append("c5: no value in accounting brackets")
    if stem.startswith("c6"):
        if ex != ".xlsx":
            return ["c6: not a .xlsx"]
        n100 = nge = 0
        lits = set()
        for k, p in enumerate(g["projects"]):
            wf, wv, sh = form_cells(doc, g, k)
            for j, x in enumerate(p["indicators"]):
                c = wf[f"D{11 + j}"]
                if c.number_format == SEC:
                    s = cell(sh, f"D{11 + j}")
                    if c.value == 1 and s == "100%" and x["comparator"] == "=" and x["value"] == 100:
                        n100 += 1
                    elif isinstance(c.value, float) and c.value < 1 and s.startswith("≥") \
                            and x["comparator"] == ">=" and x["value"] == round(c.value * 100, 6):
                        nge += 1
                    else:
                        bad.append(f"c6: sectioned cell row {j + 1} of project {k + 1}")
                m = re.search(r'0"([^"]+)"$', c.number_format)
                if m and isinstance(c.value, (int, float)):
                    lits.add(m.group(1))
        if n100 < 2 or nge < 4 or len(lits) < 5:
            bad.append(f"c6: {n100} `100%` + {nge} `≥` cells of one sectioned format, units in formats {lits}")
    return bad


def _m_c3(g):
    x = [x for x in g["projects"][0]["indicators"] if "〇" in x["value_raw"]][0]
    x["value_raw"] = "2025-08-31"


def _m_c5(g):
    x = [x for x in g["projects"][1]["indicators"] if x["value_raw"].startswith("(")][0]
    x["value"] = 3


def _m_c6(g):
    [x for x in g["projects"][0]["indicators"] if x["value_raw"] == "100%"][0]["comparator"] = ">="


QMUT = {"c1": (lambda g: g["projects"][0].update(budget_total=415.7778), "total = the unrounded cached 415.7778"),
        "c2": (lambda g: g["projects"][0].update(unit="万元"), "project 1 unit 万元"),
        "c3": (_m_c3, "a DBNum date typed as 2025-08-31"),
        "c4": (lambda g: g["projects"][1].update(code="210106241000000388"), "project 2 code its 18 digits"),
        "c5": (_m_c5, "(3.0%) typed as +3"),
        "c6": (_m_c6, "a 100% row typed >=")}


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
        print(f"{os.path.basename(doc):44s} projects={len(g['projects'])} indicators={n_ind} self-F1={f1} "
              f"sha256={'ok' if sha_ok else 'STALE'} missing={miss}")
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
            m["projects"][-1]["indicators"][-1]["level3"] += "（抽样）"
            mut = missing(os.path.join(D, g["source"]["path"]), m)
            mq = copy.deepcopy(g)
            fn, what = QMUT[stem[:2]]
            fn(mq)
            try:
                qfail = bool(structure(stem, os.path.join(D, g["source"]["path"]), mq)) or \
                    bool(missing(os.path.join(D, g["source"]["path"]), mq))
            except Exception:
                qfail = True
            print(f"  selftest {stem[:2]}: quirk assertions on a mutated gold ({what}) {'fail' if qfail else 'HOLD'}")
            bad += not qfail
            print(f"  selftest {stem[:2]}: quirk assertions fail on {len(others) - len(held)}/{len(others)} other drafts"
                  f"{' (HELD on ' + str(held) + ')' if held else ''}; mutated gold missing={mut}")
            bad += bool(held) or not mut
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
