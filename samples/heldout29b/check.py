"""Validate the heldout29b golds against their drafts with readers written here (no jixiao):
  .docx: zipfile + lxml of word/document.xml — what the filled form SHOWS: the w:t of every paragraph / cell, field
         codes (w:instrText, w:fldSimple/@w:instr) never read, field RESULTS read, content-control content read,
         mc:Fallback never read (an mc:AlternateContent's text once, from mc:Choice);
  .pdf : pdfplumber — every table cell (extract_tables, its lines joined) and every text line of each page.
Checks: valid JSON, source.sha256 = sha256(draft), score.py G G = 1.0, every printed string of each gold occurs in one
cell / paragraph / line of the draft's own text, and each draft's quirk asserted from the FILE (q_* below).
--selftest: every quirk assertion run against the five OTHER drafts and against a mutated gold (must FAIL there), and
the string check against a gold with a 三级 renamed (must miss it).
Run: /work/main/.venv/bin/python check.py [--selftest]"""
import copy, hashlib, json, os, re, subprocess, sys, unicodedata, zipfile

from lxml import etree

HERE = os.path.dirname(os.path.abspath(__file__))
SCORE = "/work/shared/tools/score.py"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
W15 = "{http://schemas.microsoft.com/office/word/2012/wordml}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
WPS = "{http://schemas.microsoft.com/office/word/2010/wordprocessingShape}"
V = "{urn:schemas-microsoft-com:vml}"
PH_TEXT, PH_DROP = "单击此处输入文字。", "选择一项。"
DRAFTS = {
    "d1": "d1_docx_sdt_blocktable_runlevel_fuqing_2025.docx",
    "d2": "d2_docx_sdt_cellpara_dropdown_date_shishi_2025.docx",
    "d3": "d3_docx_formtext_textbox_deptoverall_longhai_2025.docx",
    "d4": "d4_docx_docproperty_mergefield_floattable_beiliu_2025.docx",
    "d5": "d5_pdf_lo_textbox_floattable_placeholder_cenxi_2025.pdf",
    "d6": "d6_docx_sdt_rowrepeat_textbox_lipu_2025.docx",
}


def norm(s):
    return re.sub(r"[\s,]+", "", unicodedata.normalize("NFKC", s))


# ---------------------------------------------------------------- .docx reader
def docx_part(path, name):
    with zipfile.ZipFile(path) as z:
        return etree.fromstring(z.read(name))


def shown(el):
    """the text an element SHOWS: w:t outside mc:Fallback (field codes are w:instrText / attributes: never read)."""
    return "".join(t.text or "" for t in el.iter(W + "t")
                   if not any(a.tag == MC + "Fallback" for a in t.iterancestors()))


def docx_units(path):
    root = docx_part(path, "word/document.xml")
    out = [shown(tc) for tc in root.iter(W + "tc")]
    out += [shown(p) for p in root.iter(W + "p")
            if not any(a.tag == MC + "Fallback" for a in p.iterancestors())]
    return out


# ---------------------------------------------------------------- .pdf reader
def pdf_units(path):
    import pdfplumber
    out = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            for t in page.extract_tables():
                for row in t:
                    out += [c.replace("\n", "") for c in row if c]
            out += (page.extract_text() or "").splitlines()
    return out


def units(key):
    path = os.path.join(HERE, "drafts", DRAFTS[key])
    return pdf_units(path) if path.endswith(".pdf") else docx_units(path)


# ---------------------------------------------------------------- printed strings of a gold
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


# ---------------------------------------------------------------- helpers for the quirks
def tag_of(sdt):
    t = sdt.find(W + "sdtPr/" + W + "tag")
    return t.get(W + "val") if t is not None else None


def plc(sdt):
    return sdt.find(W + "sdtPr/" + W + "showingPlcHdr") is not None


def level3_of_tr(tr):
    tcs = [c for c in tr if c.tag == W + "tc"]
    return shown(tcs[2])


def amt(x):
    return None if x is None else round(float(x), 2)


def fields(root):
    """complex fields in document order: (ffData or None, instr, result text, number of result runs)."""
    out, stack = [], []
    for el in root.iter(W + "fldChar", W + "instrText", W + "t"):
        if el.tag == W + "fldChar":
            kind = el.get(W + "fldCharType")
            if kind == "begin":
                stack.append({"ff": el.find(W + "ffData"), "instr": "", "res": "", "runs": 0, "sep": False})
            elif kind == "separate":
                stack[-1]["sep"] = True
            elif kind == "end":
                f = stack.pop()
                out.append((f["ff"], f["instr"].strip(), f["res"], f["runs"]))
        elif el.tag == W + "instrText" and stack:
            stack[-1]["instr"] += el.text or ""
        elif el.tag == W + "t" and stack and stack[-1]["sep"]:
            stack[-1]["res"] += el.text or ""
            stack[-1]["runs"] += 1
    return out


def textboxes(root):
    """(choice txbxContent, fallback txbxContent) of every mc:AlternateContent holding a text box."""
    out = []
    for ac in root.iter(MC + "AlternateContent"):
        ch = ac.find(MC + "Choice")
        fb = ac.find(MC + "Fallback")
        a = ch.find(".//" + WPS + "txbx/" + W + "txbxContent") if ch is not None else None
        b = fb.find(".//" + V + "textbox/" + W + "txbxContent") if fb is not None else None
        if a is not None and b is not None:
            out.append((a, b))
    return out


def title_once_in_textbox(root, path, g):
    tbs = textboxes(root)
    assert tbs, "no text box in mc:AlternateContent"
    a, b = tbs[0]
    raw = lambda p: "".join(t.text or "" for t in p.iter(W + "t"))  # noqa: E731
    ca, cb = [raw(p) for p in a.iter(W + "p")], [raw(p) for p in b.iter(W + "p")]
    assert ca and ca == cb, "Choice and Fallback differ"
    assert not any(ca[0] in shown(p) for p in b.iter(W + "p")), "the reader must not read the Fallback copy"
    assert shown(a.find(W + "p")) == g["document"]["title"], "text-box title"
    body_txt = "".join(u for u in docx_units(path))
    # read once: Fallback skipped; the title printed nowhere outside the text box
    outside = ["".join(t.text or "" for t in p.iter(W + "t")
                       if not any(x.tag in (W + "txbxContent", MC + "Fallback") for x in t.iterancestors()))
               for p in root.iter(W + "p") if not any(x.tag == W + "txbxContent" for x in p.iterancestors())]
    assert not any(g["document"]["title"] in t for t in outside), "title outside the text box"
    assert sum(1 for p in root.iter(W + "p") if shown(p) == g["document"]["title"]) == 1 and \
        g["document"]["title"] in body_txt
    return a


# ---------------------------------------------------------------- the quirks, asserted from the FILE
def q_d1(path, g):
    """block-level sdt (w:body/w:sdt, tag jxzbb) holding each indicator TABLE; run-level sdts in the header cells;
    placeholders where the gold has null / missing."""
    root = docx_part(path, "word/document.xml")
    body = root.find(W + "body")
    blocks = [s for s in body.findall(W + "sdt") if tag_of(s) == "jxzbb"]
    assert len(blocks) == len(g["projects"]) >= 1, "block-level table controls"
    for s, p in zip(blocks, g["projects"]):
        kids = list(s.find(W + "sdtContent"))
        assert len(kids) == 1 and kids[0].tag == W + "tbl", "block sdt must hold exactly one table"
        trs = kids[0].findall(W + "tr")[1:]
        assert [level3_of_tr(tr) for tr in trs] == [i["level3"] for i in p["indicators"]], "三级 in the block"
        for tr, ind in zip(trs, p["indicators"]):
            vals = [x for x in tr.iter(W + "sdt") if tag_of(x) == "zbz"]
            if vals:
                assert plc(vals[0]) and shown(vals[0]) == PH_TEXT and ind["kind"] == "missing" and \
                    ind["value_raw"] == "", "value placeholder ↔ missing"
            else:
                assert ind["value_raw"] == shown([c for c in tr if c.tag == W + "tc"][4])
    runs = [s for s in root.iter(W + "sdt") if s.getparent().tag == W + "p"]
    tags = ["xmbm", "xmmc", "ysze", "czzj", "qtzj", "zjyt"]
    head = [s for s in runs if tag_of(s) in tags]
    assert len(head) == 6 * len(g["projects"]), "run-level header controls"
    nph = sum(plc(s) for s in runs)
    assert nph >= 2, "placeholders"
    for k, p in enumerate(g["projects"]):
        got = {tag_of(s): s for s in head[6 * k: 6 * k + 6]}
        want = {"xmbm": p["code"], "xmmc": p["name"], "zjyt": p["purpose"], "ysze": amt(p["budget_total"]),
                "czzj": amt(p["budget_fiscal"]), "qtzj": amt(p["budget_other"])}
        for t, w in want.items():
            s = got[t]
            if plc(s):
                assert w is None and shown(s) == PH_TEXT, f"placeholder {t} must be null"
            else:
                v = shown(s)
                assert (amt(v.replace(",", "")) if isinstance(w, float) else v) == w, f"{t}: {v} != {w}"


def q_d2(path, g):
    """cell-level sdts around the cell's paragraph (w:tc/w:sdt/w:sdtContent/w:p): values (text / date pickers) and
    依据 drop-downs whose shown displayText != the stored w:value."""
    root = docx_part(path, "word/document.xml")
    cell = [s for s in root.iter(W + "sdt") if s.getparent().tag == W + "tc"]
    assert cell, "no cell-level content controls"
    for s in cell:
        kids = list(s.find(W + "sdtContent"))
        assert len(kids) == 1 and kids[0].tag == W + "p", "cell sdt wraps the cell's paragraph"
    vals = [s for s in cell if tag_of(s) in ("zbz", "wcrq")]
    bases = [s for s in cell if tag_of(s) == "yj"]
    inds = [i for p in g["projects"] for i in p["indicators"]]
    assert len(vals) == len(bases) == len(inds), "one value and one 依据 control per row"
    ndate = nph = 0
    for sv, sb, ind in zip(vals, bases, inds):
        assert shown(sv) == ind["value_raw"], "value control text"
        d = sv.find(W + "sdtPr/" + W + "date")
        if d is not None:
            y, m, dd = d.get(W + "fullDate")[:10].split("-")
            assert shown(sv) == f"{int(y)}年{int(m)}月{int(dd)}日" and ind["kind"] == "qualitative", "date picker"
            ndate += 1
        dl = sb.find(W + "sdtPr/" + W + "dropDownList")
        assert dl is not None, "依据 is a drop-down"
        if plc(sb):
            assert shown(sb) == PH_DROP and ind["basis"] is None, "drop-down placeholder ↔ null 依据"
            nph += 1
        else:
            items = {li.get(W + "displayText"): li.get(W + "value") for li in dl.findall(W + "listItem")}
            t = shown(sb)
            assert t in items and items[t] == dl.get(W + "lastValue") and items[t] != t and ind["basis"] == t, \
                "drop-down shows the chosen displayText"
    assert ndate >= 1 and nph >= 1
    fill = [s for s in root.iter(W + "sdt") if tag_of(s) == "tbrq"]
    assert fill and shown(fill[0]) == "2025年3月15日" and fill[0].find(W + "sdtPr/" + W + "date") is not None


def q_d3(path, g):
    """legacy FORMTEXT fields: number-type amounts shown with #,##0.00, values as results split over runs, one
    unfilled (five U+2002); title and department line in a text box (Choice + Fallback)."""
    root = docx_part(path, "word/document.xml")
    fs = [f for f in fields(root) if f[1] == "FORMTEXT"]
    assert fs and all(f[0] is not None and f[0].find(W + "textInput") is not None for f in fs), "FORMTEXT with ffData"
    p = g["projects"][0]
    nums = [f for f in fs if f[0].find(W + "textInput/" + W + "type") is not None
            and f[0].find(W + "textInput/" + W + "type").get(W + "val") == "number"]
    assert [amt(f[2].replace(",", "")) for f in nums] == [amt(p[k]) for k in ("budget_total", "budget_fiscal",
                                                                               "budget_other")], "amount fields"
    assert all("," in f[2] for f in nums if float(f[2].replace(",", "")) >= 1000), "#,##0.00 format shown"
    tbls = root.find(W + "body").findall(W + "tbl")
    trs = tbls[-1].findall(W + "tr")[1:]
    assert len(trs) == len(p["indicators"])
    split = 0
    for tr, ind in zip(trs, p["indicators"]):
        vf = [f for f in fields(tr) if f[1] == "FORMTEXT"]
        assert len(vf) == 1, "one FORMTEXT per value cell"
        res = vf[0][2]
        if res.strip("\u2002 ") == "":
            assert res == "\u2002" * 5 and ind["kind"] == "missing" and ind["value_raw"] == "", "unfilled ↔ missing"
        else:
            assert res == ind["value_raw"], f"{res} != {ind['value_raw']}"
        split += vf[0][3] >= 2
    assert split >= 3, "results split over runs"
    a = title_once_in_textbox(root, path, g)
    line = shown(list(a.iter(W + "p"))[1])
    assert g["document"]["department"] in line and g["document"]["department_code"] in line


def q_d4(path, g):
    """department line = DOCPROPERTY results (w:fldSimple), header values = MERGEFIELD results (complex fields);
    header block a floating table (w:tblpPr)."""
    root = docx_part(path, "word/document.xml")
    simple = [(f.get(W + "instr"), shown(f)) for f in root.iter(W + "fldSimple")]
    comp = [x for x in simple if "DOCPROPERTY  Company" in x[0]]
    code = [x for x in simple if "DOCPROPERTY  部门编码" in x[0]]
    assert comp and code and all(x[1] == g["document"]["department"] for x in comp) and \
        all(x[1] == g["document"]["department_code"] for x in code), "DOCPROPERTY results"
    app = docx_part(path, "docProps/app.xml")
    cus = docx_part(path, "docProps/custom.xml")
    assert app.findtext("{*}Company") == g["document"]["department"]
    assert [pr.findtext("{*}lpwstr") for pr in cus if pr.get("name") == "部门编码"] == [g["document"]["department_code"]]
    assert not any("MERGEFIELD" in (t.text or "") or "DOCPROPERTY" in (t.text or "") for t in root.iter(W + "t"))
    mf = [f for f in fields(root) if f[1].startswith("MERGEFIELD")]
    assert len(mf) == 6 * len(g["projects"]), "six MERGEFIELDs per header"
    names = ["项目编码", "项目名称", "预算数", "财政资金", "其他资金", "资金用途"]
    keys = ["code", "name", "budget_total", "budget_fiscal", "budget_other", "purpose"]
    floats = [t for t in root.iter(W + "tbl") if t.find(W + "tblPr/" + W + "tblpPr") is not None]
    assert len(floats) == len(g["projects"]), "one floating header table per project"
    for k, p in enumerate(g["projects"]):
        got = mf[6 * k: 6 * k + 6]
        for (ff, instr, res, _), nm, key in zip(got, names, keys):
            assert instr.split()[1] == nm
            want = p[key]
            if isinstance(want, float) or want is None and key.startswith("budget"):
                assert (amt(res.replace(",", "")) if res else None) == amt(want), f"{nm}: {res} != {want}"
            else:
                assert res == want, f"{nm}: {res} != {want}"
        t = floats[k]
        assert p["code"] in shown(t.find(W + "tr")) and fields(t)[0][1].startswith("MERGEFIELD"), "floating header"


def q_d5(path, g):
    """the PDF LibreOffice printed: the text-box title ONCE (not twice: Choice + Fallback), outside every table; the
    floating header table printed as a table above the indicator table; the 其他资金 placeholder printed where the
    gold has null."""
    import pdfplumber
    with pdfplumber.open(path) as pdf:
        assert "LibreOffice" in (pdf.metadata.get("Producer") or "")
        page = pdf.pages[0]
        text = page.extract_text()
        tables = page.find_tables()
        assert len(pdf.pages) == g["source"]["pages"]
    t = g["document"]["title"]
    assert norm(text).count(norm(t)) == 1, "title printed once"
    tl = [w for w in page.extract_words() if norm(t)[:4] in norm(w["text"])]
    assert tl and all(not (tb.bbox[1] <= tl[0]["top"] <= tb.bbox[3]) for tb in tables), "title outside tables"
    p = g["projects"][0]
    data = [tb.extract() for tb in tables]
    head = [d for d in data if any(p["code"] in norm(c or "") for r in d for c in r)]
    assert head, "header table"
    vals = [norm(c or "") for r in head[0] for c in r]
    assert norm(PH_TEXT) in vals and p["budget_other"] is None, "placeholder printed ↔ null 其他资金"
    assert "%.2f" % p["budget_total"] in vals
    ind = [d for d in data if any("三级指标" in (c or "") for r in d for c in r)]
    assert ind and len([r for r in ind[0] if r[2] and "三级" not in r[2]]) == len(p["indicators"])


def q_d6(path, g):
    """indicator rows as w15:repeatingSectionItem sdts inside one w15:repeatingSection sdt (row-level controls);
    二级 drop-downs (displayText shown, code stored); title + DOCPROPERTY department line in a text box."""
    root = docx_part(path, "word/document.xml")
    secs = [s for s in root.iter(W + "sdt") if s.find(W + "sdtPr/" + W15 + "repeatingSection") is not None]
    assert len(secs) == len(g["projects"]) and all(s.getparent().tag == W + "tbl" for s in secs), "repeating sections"
    for s, p in zip(secs, g["projects"]):
        items = list(s.find(W + "sdtContent"))
        assert all(i.tag == W + "sdt" and i.find(W + "sdtPr/" + W15 + "repeatingSectionItem") is not None
                   for i in items), "items"
        trs = [list(i.find(W + "sdtContent")) for i in items]
        assert all(len(x) == 1 and x[0].tag == W + "tr" for x in trs), "one row per item"
        assert [level3_of_tr(x[0]) for x in trs] == [i["level3"] for i in p["indicators"]]
        for x, ind in zip(trs, p["indicators"]):
            dd = [d for d in x[0].iter(W + "sdt") if tag_of(d) == "ejzb"]
            assert len(dd) == 1
            dl = dd[0].find(W + "sdtPr/" + W + "dropDownList")
            items_ = {li.get(W + "displayText"): li.get(W + "value") for li in dl.findall(W + "listItem")}
            t = shown(dd[0])
            assert t == ind["level2"] and items_.get(t) == dl.get(W + "lastValue") != t, "二级 drop-down"
    a = title_once_in_textbox(root, path, g)
    fl = [(f.get(W + "instr"), shown(f)) for f in a.iter(W + "fldSimple")]
    assert ("Company" in fl[1][0] and fl[1][1] == g["document"]["department"] and "部门编码" in fl[0][0]
            and fl[0][1] == g["document"]["department_code"]), "DOCPROPERTY fields in the text box"


QUIRKS = {"d1": q_d1, "d2": q_d2, "d3": q_d3, "d4": q_d4, "d5": q_d5, "d6": q_d6}


def mutate(key, g):
    g = copy.deepcopy(g)
    p = g["projects"]
    if key == "d1":
        p[0]["budget_other"] = 0
    elif key == "d2":
        next(i for i in p[0]["indicators"] if i["basis"] is None)["basis"] = PH_DROP
    elif key == "d3":
        i = next(i for i in p[0]["indicators"] if i["kind"] == "missing")
        i.update(value_raw="0", kind="numeric", comparator="=", value=0)
    elif key == "d4":
        p[1]["budget_other"] = 0
    elif key == "d5":
        p[0]["budget_other"] = 0
    elif key == "d6":
        p[0]["indicators"][0]["level2"] = "11"
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
