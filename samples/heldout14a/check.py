#!/usr/bin/env python3
"""Check the blind set heldout14a: valid JSON, source.sha256 matches the bytes, score.py self-F1 1.0, every printed
string of each gold found in its document's own text AS IT NOW READS, each format read on its own terms:
.docx: word/document.xml through zipfile + lxml (not python-docx) in the ACCEPTED view — w:del, w:moveFrom and rows
       marked w:trPr/w:del dropped, w:ins / w:moveTo kept, a paragraph whose mark is deleted joined to the next one,
       w:delText and w:instrText never read, comments.xml never read; a legacy FORMDROPDOWN shows
       w:listEntry[w:result]; a FORMTEXT shows its result runs (not its w:ffData default);
.xlsx: openpyxl with cached values (data_only), VISIBLE sheets, rows and columns only, each number through its number
       format (the DISPLAYED text); cell notes never read;
.pdf:  pdfminer + pypdfium2 page text, plus the /V of every AcroForm field of the LATEST revision (pypdf).
Whitespace and `,` are ignored in the comparison. Each draft's quirk is asserted too (structure()); b6 is a NEGATIVE:
its one-line refusal, no gold, and a file that cannot be opened without its user password. Nothing from jixiao is
used. Theme of 14a: files with a history."""
import copy, glob, hashlib, io, json, os, re, subprocess, sys, zipfile

from lxml import etree

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from golds import NEG

D = os.path.join(HERE, "drafts")
EXPECTED = os.path.join(HERE, "expected")
SCORE = "/work/shared/tools/score.py"
WNS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = "{%s}" % WNS


# ------------------------------------------------------------------ Word, accepted view
def docx_part(path, name):
    z = zipfile.ZipFile(path)
    return etree.fromstring(z.read(name)) if name in z.namelist() else None


def accepted(root):
    """a copy of document.xml with every tracked change accepted."""
    root = copy.deepcopy(root)
    for tag in ("del", "moveFrom"):
        for e in list(root.iter(W + tag)):
            if e.getparent().tag in (W + "rPr", W + "trPr"):    # marks on a paragraph / row: handled below
                continue
            e.getparent().remove(e)
    for tr in list(root.iter(W + "tr")):
        if tr.find(f"{W}trPr/{W}del") is not None:
            tr.getparent().remove(tr)
    return root


def dropdown_text(ffd):
    dd = ffd.find(W + "ddList")
    res, dflt = dd.find(W + "result"), dd.find(W + "default")
    k = int((res if res is not None else dflt).get(W + "val")) if (res is not None or dflt is not None) else 0
    return [e.get(W + "val") for e in dd.findall(W + "listEntry")][k]


def p_text(p):
    out = []
    for e in p.iter(W + "t", W + "br", W + "tab", W + "ffData"):
        if e.tag == W + "t":
            out.append(e.text or "")
        elif e.tag == W + "ffData":
            if e.find(W + "ddList") is not None:
                out.append(dropdown_text(e))
        else:
            out.append("\n")
    return "".join(out)


def mark_deleted(p):
    return p.find(f"{W}pPr/{W}rPr/{W}del") is not None


def paras(container):
    """paragraph texts of a container (body or cell), a paragraph with a deleted mark joined to the next."""
    out, carry = [], ""
    for p in container.findall(W + "p"):
        t = carry + p_text(p)
        if mark_deleted(p):
            carry = t
        else:
            out.append(t); carry = ""
    if carry:
        out.append(carry)
    return out


def cell_text(tc):
    return "\n".join(paras(tc))


def docx_text(path):
    root = accepted(docx_part(path, "word/document.xml"))
    return "\n".join(p_text(p) for p in root.find(W + "body").iter(W + "p"))


def docx_tables(root):
    """top-level tables: rows of [(text, vMerge-continuation?)] per w:tc."""
    out = []
    for tbl in root.find(W + "body").findall(W + "tbl"):
        rows = []
        for tr in tbl.findall(W + "tr"):
            row = []
            for tc in tr.findall(W + "tc"):
                vm = tc.find(f"{W}tcPr/{W}vMerge")
                row.append((cell_text(tc), vm is not None and vm.get(W + "val") != "restart"))
            rows.append(row)
        out.append(rows)
    return out


# ------------------------------------------------------------------ Excel, displayed values of visible cells
def show(v, fmt):
    if isinstance(v, str):
        return v
    f = fmt or "General"
    if f == "General":
        return str(int(v)) if float(v).is_integer() else repr(float(v))
    m = re.fullmatch(r'(#,##)?0(?:\.(0+))?', f)
    assert m, "unknown number format " + f
    dec = len(m.group(2) or "")
    return f"{v:,.{dec}f}" if m.group(1) else f"{v:.{dec}f}"


def xlsx_visible(path):
    """{sheet: {(row, col): displayed text}} of visible sheets, rows and columns (cached values)."""
    from openpyxl import load_workbook
    from openpyxl.utils import get_column_letter
    wb = load_workbook(path, data_only=True)
    out = {}
    for ws in wb.worksheets:
        if ws.sheet_state != "visible":
            continue
        cells = {}
        for row in ws.iter_rows():
            for c in row:
                if c.value is None or ws.row_dimensions[c.row].hidden:
                    continue
                if ws.column_dimensions[get_column_letter(c.column)].hidden:
                    continue
                cells[(c.row, c.column)] = show(c.value, c.number_format)
        out[ws.title] = cells
    return out


def xlsx_text(path):
    return "\n".join([s for s in xlsx_visible(path)] + [v for cells in xlsx_visible(path).values() for v in cells.values()])


def xlsx_rows(path, sheet, first=11):
    cells = xlsx_visible(path)[sheet]
    rows = sorted({r for r, _ in cells if r >= first})
    return [(r, [cells.get((r, c)) for c in range(1, 6)]) for r in rows]


# ------------------------------------------------------------------ PDF: page text + latest form-field values
def pdf_fields(path_or_bytes):
    from pypdf import PdfReader
    r = PdfReader(io.BytesIO(path_or_bytes) if isinstance(path_or_bytes, bytes) else path_or_bytes)
    return {k: v.get("/V") for k, v in (r.get_fields() or {}).items()}


def pdf_page_text(path):
    import pypdfium2 as pdfium
    from pdfminer.high_level import extract_text
    d = pdfium.PdfDocument(path)
    return extract_text(path) + "|" + "\n".join(d[i].get_textpage().get_text_range() for i in range(len(d)))


def pdf_text(path):
    return pdf_page_text(path) + "|" + "\n".join(str(v) for v in pdf_fields(path).values() if v)


def text_of(path):
    return {".docx": docx_text, ".xlsx": xlsx_text, ".pdf": pdf_text}[os.path.splitext(path)[1]](path)


def strings(g):
    d = g["document"]
    yield d["title"]; yield d["department"]
    for k in ("department_code", "compiled_by", "reviewed_by", "status"):
        if d.get(k): yield d[k]
    yield from g["overall_goals"]
    for p in g["projects"]:
        for k in ("title", "department", "department_code", "code", "name", "purpose", "implementing_unit"):
            if p.get(k): yield p[k]
        for k in ("budget_total", "budget_fiscal", "budget_other"):
            if p.get(k) is not None: yield f"{p[k]:.2f}"
        yield from p["goals"]
        for x in p["indicators"]:
            for k in ("level1", "level2", "level3", "description", "value_raw", "basis", "reference", "baseline_raw"):
                if x.get(k): yield x[k]


def norm(s):
    return re.sub(r"\s+", "", s.replace(",", ""))


def goal_lines(p):
    gs = p["goals"]
    return [gs[0]] if len(gs) == 1 else [f"{i}.{s}" for i, s in enumerate(gs, 1)]


def ind_tables(root):
    return [t for t in docx_tables(root) if t and t[0][0][0] == "一级指标"]


def levels_of(rows):
    """resolve vMerge continuations of columns 0/1 to the text above."""
    out, prev = [], ["", ""]
    for r in rows:
        cur = [prev[i] if r[i][1] else r[i][0] for i in (0, 1)]
        out.append(cur + [c for c, _ in r[2:]])
        prev = cur
    return out


# ------------------------------------------------------------------ quirks
def structure(stem, doc, g):
    bad = []
    P = g["projects"] if g else []
    if stem.startswith("b1"):
        raw = docx_part(doc, "word/document.xml")
        acc = accepted(raw)
        st = docx_part(doc, "word/settings.xml")
        com = docx_part(doc, "word/comments.xml")
        ctexts = ["".join(t.text or "" for t in c.iter(W + "t")) for c in com.findall(W + "comment")] if com is not None else []
        n = {t: len(list(raw.iter(W + t))) for t in ("ins", "del", "moveFrom", "moveTo", "rPrChange",
                                                     "moveFromRangeStart", "moveToRangeStart", "commentRangeStart")}
        mvnames = ({e.get(W + "name") for e in raw.iter(W + "moveFromRangeStart")},
                   {e.get(W + "name") for e in raw.iter(W + "moveToRangeStart")})
        pmark_del = [p for p in raw.iter(W + "p") if mark_deleted(p)]
        row_del = [tr for tr in raw.iter(W + "tr") if tr.find(f"{W}trPr/{W}del") is not None]
        row_ins = [tr for tr in raw.iter(W + "tr") if tr.find(f"{W}trPr/{W}ins") is not None]
        naive = "".join(t.text or "" for t in raw.iter(W + "t", W + "delText"))       # every run, changes ignored
        acc_txt = docx_text(doc)
        # the goals cells, accepted: one paragraph per gold goal, joined where a paragraph mark was deleted
        kv = [t for t in docx_tables(acc) if t and t[0][0][0] == "项目名称"]
        goal_ok = [cell_text_list == goal_lines(p) for cell_text_list, p in
                   zip((tbl[5][1][0].split("\n") for tbl in kv), P)]
        # the indicator tables, accepted: rows = gold rows (levels through the merges), one 一级 cell changed
        tabs = ind_tables(acc)
        rows_ok = [levels_of(t[1:]) == [[x["level1"], x["level2"], x["level3"], x["value_raw"], x["basis"]]
                                        for x in p["indicators"]] for t, p in zip(tabs, P)]
        del_row_text = "".join(t.text or "" for tr in row_del for t in tr.iter(W + "delText"))
        gold_l3 = {x["level3"] for p in P for x in p["indicators"]}
        ok = [st.find(W + "trackRevisions") is not None, n["ins"] >= 15, n["del"] >= 12, n["moveFrom"] == 1,
              n["moveTo"] == 1, mvnames[0] == mvnames[1] == {"move1"}, n["rPrChange"] >= 1, len(pmark_del) == 1,
              len(row_del) == 1 and "新增小区停车泊位" in del_row_text and "新增小区停车泊位" not in gold_l3,
              len(row_ins) == 1 and "长效管理机制覆盖率" in gold_l3,
              len(ctexts) >= 4 and n["commentRangeStart"] == len(ctexts)
              and not any(norm(c) in norm(acc_txt) for c in ctexts),
              goal_ok == [True] * len(P) and len(kv) == len(P), rows_ok == [True] * len(P) and len(tabs) == len(P),
              "效果" in naive and "效果" not in acc_txt and any(x["level1"] == "效益指标" for x in P[0]["indicators"]),
              naive.count("保障居民用气安全") == 2 and acc_txt.count("保障居民用气安全") == 1,
              "2380.00" in naive and P[0]["budget_total"] == 2460.00 and "2380.00" not in acc_txt]
        if not all(ok):
            bad.append(f"b1: ok={ok} counts={n} goals={goal_ok} rows={rows_ok}")
    if stem.startswith("b2"):
        root = docx_part(doc, "word/document.xml")
        st = docx_part(doc, "word/settings.xml")
        prot = st.find(W + "documentProtection")
        tabs = [(e, t) for e, t in zip(root.find(W + "body").findall(W + "tbl"), docx_tables(root))
                if t[0][0][0] == "一级指标"]
        ok, stale = [], 0
        for (tbl, t), p in zip(tabs, P):
            trs = tbl.findall(W + "tr")[1:]
            good = len(trs) == len(p["indicators"])
            for tr, x in zip(trs, p["indicators"]):
                tcs = tr.findall(W + "tc")
                vf = tcs[3].find(f".//{W}ffData")
                instr = "".join(e.text for e in tcs[3].iter(W + "instrText"))
                res = "".join(e.text or "" for e in tcs[3].iter(W + "t"))
                dflt = vf.find(f"{W}textInput/{W}default") if vf is not None else None
                dd = tcs[4].find(f".//{W}ffData")
                good &= (vf is not None and instr.strip() == "FORMTEXT" and res == x["value_raw"]
                         and dd is not None and dd.find(W + "ddList") is not None
                         and not list(tcs[4].iter(W + "t")) and dropdown_text(dd) == x["basis"])
                if dflt is not None and dflt.get(W + "val") != x["value_raw"] and dflt.get(W + "val") != "请填写指标值":
                    stale += 1
            ok.append(good)
        kvs = [t for t in docx_tables(root) if t[0][0][0] == "项目名称"]
        unfilled = [p["seq"] for t, p in zip(kvs, P) if t[4][1][0] == "\u2002" * 5]
        nfields = sum(1 for e in root.iter(W + "instrText") if e.text.strip() in ("FORMTEXT", "FORMDROPDOWN"))
        if (prot is None or prot.get(W + "edit") != "forms" or prot.get(W + "enforcement") != "1"
                or not all(ok) or len(ok) != len(P) or stale < 3 or unfilled != [2] or P[1]["budget_other"] is not None
                or nfields < 2 * sum(len(p["indicators"]) for p in P) + 12):
            bad.append(f"b2: protection={prot is not None} tables ok={ok} stale defaults={stale} unfilled={unfilled} "
                       f"fields={nfields}")
    if stem.startswith("b3"):
        from openpyxl import load_workbook
        wf = load_workbook(doc)
        wv = load_workbook(doc, data_only=True)
        vis = [ws.title for ws in wf.worksheets if ws.sheet_state == "visible"]
        hid = [ws for ws in wf.worksheets if ws.sheet_state != "visible"]
        ok = [vis == [p["name"] for p in P], len(hid) == 1 and hid[0].title == "测算"]
        scratch = [c.value for row in wv["测算"].iter_rows() for c in row if isinstance(c.value, (int, float))]
        gold_txt = json.dumps(g, ensure_ascii=False)
        ok.append(len(scratch) >= 10 and not any(str(v) in gold_txt for v in scratch if v >= 10000))
        nform, hidden_rows = 0, []
        for p in P:
            ws, cv = wf[p["name"]], wv[p["name"]]
            money_f = [ws.cell(row=r, column=4).value for r in (6, 7)]
            nform += sum(isinstance(ws.cell(row=r, column=4).value, str) and ws.cell(row=r, column=4).value.startswith("=")
                         for r in range(6, ws.max_row + 1))
            ok.append(all(isinstance(f, str) and f.startswith("=") for f in money_f)
                      and [cv.cell(row=r, column=4).value for r in (6, 7, 8)] == [p["budget_total"], p["budget_fiscal"], p["budget_other"]])
            rows = xlsx_rows(doc, p["name"])
            body = [v for _, v in rows if v[2]]
            ok.append([v[2:5] for v in body] == [[x["level3"], x["value_raw"], x["basis"]] for x in p["indicators"]])
            hr = [r for r in range(11, ws.max_row + 1) if ws.row_dimensions[r].hidden]
            hidden_rows += [(ws.cell(row=r, column=3).value, ws.cell(row=r, column=4).value) for r in hr]
            ok.append(all(ws.row_dimensions[r].outlineLevel == 1 for r in hr)
                      and ws.column_dimensions["F"].hidden and ws["F10"].value == "修改前指标值")
        pairs = {(x["level3"], x["value_raw"]) for p in P for x in p["indicators"]}
        ok.append(len(hidden_rows) == 3 and not any(h in pairs for h in hidden_rows) and nform >= 2 * len(P) + 5)
        if not all(ok):
            bad.append(f"b3: ok={ok} hidden rows={hidden_rows} formulas={nform}")
    if stem.startswith("b4"):
        from openpyxl import load_workbook
        wb = load_workbook(doc)
        opts = wb["下拉选项"] if "下拉选项" in wb.sheetnames else None
        l1list = [c.value for c in opts["A"][1:] if c.value] if opts else []
        ok = [opts is not None and opts.sheet_state == "hidden",
              wb.security is not None and bool(wb.security.lockStructure)]
        pasted = 0
        for k, p in enumerate(P):
            ws = wb.worksheets[k]
            dvs = {dv.formula1: str(dv.sqref) for dv in ws.data_validations.dataValidation if dv.type == "list"}
            rows = [r for r in range(11, 26)]
            filled = [r for r in rows if ws.cell(row=r, column=3).value]
            blank = [r for r in rows if all(ws.cell(row=r, column=c).value is None for c in range(1, 6))]
            notes = [ws.cell(row=r, column=4).comment for r in filled]
            pasted += sum(ws.cell(row=r, column=1).value not in l1list for r in filled)
            ok.append(bool(ws.protection.sheet) and "=下拉选项!$A$2:$A$5" in dvs and "=下拉选项!$B$2:$B$12" in dvs
                      and dvs.get("=下拉选项!$A$2:$A$5") == "A11:A25" and len(dvs) == 3
                      and len(filled) == len(p["indicators"]) and len(blank) == 15 - len(filled) and len(blank) >= 5
                      and all(ws.cell(row=r, column=c).protection.locked is False for r in rows for c in range(1, 6))
                      and ws.cell(row=3, column=1).protection.locked is not False
                      and [[ws.cell(row=r, column=c).value for c in range(1, 6)] for r in filled]
                      == [[x["level1"], x["level2"], x["level3"], x["value_raw"], x["basis"]] for x in p["indicators"]]
                      and ws["A10"].comment is not None and ws["D10"].comment is not None)
            for nt in [n for n in notes if n] + [ws["A10"].comment, ws["D10"].comment]:
                ok.append(norm(nt.text) not in norm(json.dumps(g, ensure_ascii=False)))
        nnotes = sum(1 for ws in wb.worksheets for row in ws.iter_rows(min_row=11) for c in row if c.comment)
        ok.append(pasted == 2 and nnotes == 2)
        if not all(ok):
            bad.append(f"b4: ok={ok} pasted={pasted} notes={nnotes}")
    if stem.startswith("b5"):
        from pypdf import PdfReader
        data = open(doc, "rb").read()
        cut = data.index(b"%%EOF") + len(b"%%EOF")
        rev1, rev2 = pdf_fields(data[:cut + 1]), pdf_fields(doc)
        r = PdfReader(doc)
        af = r.trailer["/Root"]["/AcroForm"]
        widgets = [a.get_object() for pg in r.pages for a in pg.get("/Annots", [])]
        changed = {k: (rev1[k], rev2[k]) for k in rev2 if rev1.get(k) != rev2[k]}
        page_txt = norm(pdf_page_text(doc))
        want = {}
        for p in P:
            s = p["seq"]
            want[f"p{s}_zje"], want[f"p{s}_czbk"] = f'{p["budget_total"]:.2f}', f'{p["budget_fiscal"]:.2f}'
            for i, x in enumerate(p["indicators"], 1):
                want[f"p{s}_zbz{i:02d}"], want[f"p{s}_yj{i:02d}"] = x["value_raw"], x["basis"]
        ok = [data.count(b"%%EOF") == 2 and data.count(b"startxref") == 2, len(changed) == 5,
              all(rev2[k] == v for k, v in want.items()),
              all(rev1[k] != want[k] for k in changed),
              bool(af.get("/NeedAppearances")) and not any("/AP" in a for a in widgets),
              sum(a.get("/FT") == "/Ch" and a.get("/Opt") is not None for a in widgets) == sum(len(p["indicators"]) for p in P),
              not any(norm(x["value_raw"]) in page_txt for p in P for x in p["indicators"] if len(x["value_raw"]) > 4),
              all(norm(x["level3"]) in page_txt for p in P for x in p["indicators"])]
        if not all(ok):
            bad.append(f"b5: ok={ok} changed={changed}")
    if stem.startswith("b6"):
        from pypdf import PdfReader
        import pypdfium2 as pdfium
        r = PdfReader(doc)
        ok = [r.is_encrypted, not r.decrypt(""), r.trailer["/Encrypt"].get("/V") == 5]
        try:
            pdfium.PdfDocument(doc)
            ok.append(False)
        except pdfium.PdfiumError:
            ok.append(True)
        r2 = PdfReader(doc)
        ok.append(bool(r2.decrypt(NEG["password"])) and "项目支出绩效目标表" in r2.pages[0].extract_text()
                  and NEG["department"] in r2.pages[0].extract_text())
        if not all(ok):
            bad.append(f"b6: ok={ok}")
    return bad


if __name__ == "__main__":
    bad = 0
    for gp in sorted(glob.glob(os.path.join(EXPECTED, "*.gold.json"))):
        g = json.load(open(gp, encoding="utf-8"))
        stem = os.path.basename(gp)[: -len(".gold.json")]
        doc = os.path.join(D, g["source"]["path"])
        sha_ok = hashlib.sha256(open(doc, "rb").read()).hexdigest() == g["source"]["sha256"]
        txt = norm(text_of(doc))
        miss = [s for s in strings(g) if norm(str(s)) not in txt]
        try:
            miss += structure(stem, doc, g)
        except Exception as e:                                   # a quirk reader that breaks is a failure too
            miss.append(f"structure: {type(e).__name__}: {e}")
        r = subprocess.run([sys.executable, SCORE, gp, gp], capture_output=True, text=True)
        f1 = json.loads(r.stdout)["f1"]
        n_ind = sum(len(p["indicators"]) for p in g["projects"])
        print(f"{os.path.basename(doc):50s} projects={len(g['projects'])} indicators={n_ind} self-F1={f1} "
              f"sha256={'ok' if sha_ok else 'STALE'} missing={miss}")
        bad += bool(miss) or f1 != 1.0 or not sha_ok
    for rp in sorted(glob.glob(os.path.join(EXPECTED, "*.refusal.txt"))):
        stem = os.path.basename(rp)[: -len(".refusal.txt")]
        lines = open(rp, encoding="utf-8").read().splitlines()
        docs = glob.glob(os.path.join(D, stem + ".*"))
        probs = []
        if len(lines) != 1 or not lines[0].startswith("拒绝提取：") or "密码" not in lines[0] or "加密" not in lines[0]:
            probs.append(f"refusal file: {lines}")
        if len(docs) != 1 or os.path.exists(os.path.join(EXPECTED, stem + ".gold.json")):
            probs.append("want exactly one draft and no gold")
        else:
            try:
                probs += structure(stem, docs[0], None)
            except Exception as e:
                probs.append(f"structure: {type(e).__name__}: {e}")
        print(f"{os.path.basename(docs[0]) if docs else stem:50s} NEGATIVE refusal={'ok' if not probs else probs}")
        bad += bool(probs)
    sys.exit(1 if bad else 0)
