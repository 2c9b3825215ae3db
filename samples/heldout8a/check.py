#!/usr/bin/env python3
"""Check the blind set: valid JSON, source.sha256 matches the bytes, score.py self-F1 1.0, and every printed
string of each gold found in its document's own text, read independently of python-docx's object model:
.docx: word/document.xml through zipfile + lxml, every w:p (nested tables and content controls included), the
w:t of each paragraph in document order with the revisions ACCEPTED (w:ins text kept, w:del/w:delText dropped);
.xlsx: openpyxl, visible sheets and visible rows only, each number rendered through its own number format (the
DISPLAYED text); .xls: xlrd (formatting_info) with the same rendering, else LibreOffice-to-csv. Each draft's
structural quirk is asserted too (tracked changes, content controls, nested table, hidden row/sheet, BIFF8,
numbered levels with w:br and full-width spaces). Nothing from jixiao is used."""
import datetime, glob, hashlib, json, os, re, subprocess, sys, zipfile

from lxml import etree

HERE = os.path.dirname(os.path.abspath(__file__))
D = os.path.join(HERE, "drafts")
EXPECTED = os.path.join(HERE, "expected")
TMP = "/tmp/heldout8a_build"
SCORE = "/work/shared/tools/score.py"
WNS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = "{%s}" % WNS
NS = {"w": WNS}


# ------------------------------------------------------------------ docx
def docx_xml(path, part="word/document.xml"):
    return etree.fromstring(zipfile.ZipFile(path).read(part))


def p_text(p, accept=True):
    """a paragraph's text; accept=True: revisions accepted (ins kept, del dropped)."""
    out = []
    for e in p.iter(W + "t", W + "delText", W + "br", W + "tab"):
        anc = {a.tag for a in e.iterancestors()}
        if accept and W + "del" in anc:
            continue
        if not accept and W + "ins" in anc:
            continue
        if e.tag == W + "t" or (e.tag == W + "delText" and not accept):
            out.append(e.text or "")
        elif e.tag in (W + "br", W + "tab"):
            out.append("\n")
    return "".join(out)


def docx_text(path, accept=True):
    body = docx_xml(path).find(W + "body")
    return "\n".join(p_text(p, accept) for p in body.iter(W + "p"))


# ------------------------------------------------------------------ number formats (xlsx and xls)
def show(v, fmt):
    """the text a spreadsheet shows for value v under number format fmt (the formats this set uses)."""
    if v is None:
        return None
    if isinstance(v, str):
        return v
    f = (fmt or "General").replace("\\", "")
    if isinstance(v, datetime.datetime) or re.search(r"(?i)yyyy", f):
        if not isinstance(v, datetime.datetime):
            import xlrd
            v = xlrd.xldate_as_datetime(v, 0)
        m = re.fullmatch(r'(?i)yyyy"(.)"m"(.)"d"(.)"', f)
        assert m, f
        return f"{v.year}{m.group(1)}{v.month}{m.group(2)}{v.day}{m.group(3)}"
    if f in ("General", "GENERAL", "@", "standard", "Standard"):
        return str(int(v)) if float(v).is_integer() else repr(float(v))
    m = re.fullmatch(r'(#,##)?0(?:\.(0+))?(%)?(?:"([^"]*)")?', f)
    assert m, "unknown number format " + f
    x = v * 100 if m.group(3) else v
    dec = len(m.group(2) or "")
    s = f"{x:,.{dec}f}" if m.group(1) else f"{x:.{dec}f}"
    return s + (m.group(3) or "") + (m.group(4) or "")


def xlsx_cells(path, visible=True):
    """(sheet, row, col, shown, raw value, format) of every non-empty cell; visible=True: visible sheets/rows only."""
    from openpyxl import load_workbook
    wb = load_workbook(path)
    for ws in wb.worksheets:
        if visible and ws.sheet_state != "visible":
            continue
        for row in ws.iter_rows():
            for c in row:
                if c.value is None:
                    continue
                if visible and ws.row_dimensions[c.row].hidden:
                    continue
                yield ws.title, c.row, c.column, show(c.value, c.number_format), c.value, c.number_format


def xlsx_text(path):
    from openpyxl import load_workbook
    titles = [ws.title for ws in load_workbook(path).worksheets if ws.sheet_state == "visible"]
    return "\n".join(titles + [c[3] for c in xlsx_cells(path)])


def xls_cells(path):
    import xlrd
    b = xlrd.open_workbook(path, formatting_info=True)
    for s in b.sheets():
        if s.visibility:
            continue
        for r in range(s.nrows):
            ri = s.rowinfo_map.get(r)
            if ri is not None and ri.hidden:
                continue
            for c in range(s.ncols):
                cell = s.cell(r, c)
                if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
                    continue
                fmt = b.format_map[b.xf_list[cell.xf_index].format_key].format_str
                yield s.name, r, c, show(cell.value, fmt), cell.value, fmt, cell.ctype


def xls_text(path):
    try:
        import xlrd  # noqa: F401
        return "\n".join(c[3] for c in xls_cells(path))
    except ImportError:                      # fallback: LibreOffice's own rendering of the displayed values
        out = "/tmp/heldout8a_build/csv"
        os.makedirs(out, exist_ok=True)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_heldout8a", "--headless", "--convert-to",
                        "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true", "--outdir", out, path],
                       capture_output=True, timeout=240)
        return open(os.path.join(out, os.path.splitext(os.path.basename(path))[0] + ".csv"), encoding="utf-8").read()


def text_of(path):
    ext = os.path.splitext(path)[1]
    return {".docx": docx_text, ".xlsx": xlsx_text, ".xls": xls_text}[ext](path)


def strings(g):
    d = g["document"]
    yield d["title"]; yield d["department"]
    for k in ("department_code", "compiled_by", "reviewed_by", "status"):
        if d.get(k): yield d[k]
    for p in g["projects"]:
        for k in ("title", "department", "department_code", "code", "name", "purpose", "implementing_unit"):
            if p.get(k): yield p[k]
        for k in ("budget_total", "budget_fiscal", "budget_other"):
            if p.get(k) is not None: yield f"{p[k]:.2f}"
        yield from p["goals"]
        for x in p["indicators"]:
            for k in ("level1", "level2", "level3", "description", "value_raw", "basis", "reference", "sign"):
                if x.get(k): yield x[k]
            if x.get("weight") is not None: yield str(x["weight"])


def norm(s):
    return re.sub(r"\s+", "", s.replace(",", ""))           # 1,234.50 in a cell = 1234.50 in the gold


# ------------------------------------------------------------------ quirks
def structure(stem, doc, g):
    bad = []
    if doc.endswith(".docx"):
        root = docx_xml(doc)
    if stem.startswith("r1"):
        dels, inss = root.findall(".//w:del", NS), root.findall(".//w:ins", NS)
        row_del = root.findall(".//w:trPr/w:del", NS); row_ins = root.findall(".//w:trPr/w:ins", NS)
        track = docx_xml(doc, "word/settings.xml").find(W + "trackRevisions") is not None
        acc, orig = norm(docx_text(doc, True)), norm(docx_text(doc, False))
        old = ["食品抽样检验批次", "校园周边食品快检", "≥2400批次", "≥98%", "≤15天", "86.00", "≥2500万元"]
        new = ["食品安全监督抽检批次", "≥2600批次", "≥99%", "≤30天", "92.50", "≥3000万元", "覆盖食品生产经营主体",
               "组织知识产权培训不少于6场"]
        if (len(dels) < 3 or len(inss) < 3 or len(row_del) != 1 or len(row_ins) != 1 or not track
                or any(o in acc for o in old) or not all(o in orig for o in old)
                or any(n in orig for n in new) or not all(n in acc for n in new)):
            bad.append(f"r1: w:del={len(dels)} w:ins={len(inss)} row del/ins={len(row_del)}/{len(row_ins)} "
                       f"trackRevisions={track}; old text must be only in the deletions, new only in the insertions")
    if stem.startswith("r2"):
        sdts = root.findall(".//w:sdt", NS)
        par = lambda s: etree.QName(s.getparent()).localname
        cell_lvl = [s for s in sdts if par(s) == "tr"]
        run_lvl = [s for s in sdts if par(s) == "p"]
        blk_lvl = [s for s in sdts if par(s) == "tc"]
        dates = root.findall(".//w:sdtPr/w:date", NS)
        lists = root.findall(".//w:sdtPr/w:dropDownList", NS)
        plc = root.findall(".//w:sdtPr/w:showingPlcHdr", NS)
        n_ind = sum(len(p["indicators"]) for p in g["projects"])
        hdr_tbls = [t for t in root.iter(W + "tbl") if t.find("w:tr/w:trPr/w:tblHeader", NS) is not None]
        pbb = [t for t in hdr_tbls if t.find(".//w:tr/w:tc/w:p/w:pPr/w:pageBreakBefore", NS) is not None]
        if (len(cell_lvl) != n_ind or len(run_lvl) < 12 + n_ind or len(blk_lvl) != 2 or len(dates) != 1
                or len(lists) != n_ind or len(plc) != 1 or len(hdr_tbls) != 2 or len(pbb) != 1):
            bad.append(f"r2: sdt cell/run/block={len(cell_lvl)}/{len(run_lvl)}/{len(blk_lvl)} date={len(dates)} "
                       f"list={len(lists)} placeholder={len(plc)} tblHeader tables={len(hdr_tbls)} "
                       f"pageBreakBefore in them={len(pbb)}")
        # a reader that takes the w:tc children of a w:tr (python-docx's row.cells) loses the value cells
        rows = [tr for t in hdr_tbls for tr in t.findall(W + "tr")[1:]]
        if any(len(tr.findall(W + "tc")) != 4 or len(tr.findall(W + "sdt/" + W + "sdtContent/" + W + "tc")) != 1
               for tr in rows):
            bad.append("r2: every indicator row should hold 4 plain w:tc and 1 w:tc inside a w:sdt")
        pdf = os.path.join(TMP, os.path.basename(doc)[:-5] + ".pdf")          # LibreOffice rendering by make.py
        if os.path.exists(pdf):
            import pypdfium2 as pdfium
            pages = [norm(pg.get_textpage().get_text_range()) for pg in pdfium.PdfDocument(pdf)]
            p1 = g["projects"][0]
            sys.path.insert(0, HERE)
            from golds import G as GG
            brk = GG[stem]["projects"][0]["_break_before"]              # render hint: row index of the break
            first, later = p1["indicators"][0]["level3"], p1["indicators"][brk]["level3"]
            pa = [i for i, t in enumerate(pages) if first in t]; pb = [i for i, t in enumerate(pages) if later in t]
            if not pa or not pb or pb[0] != pa[0] + 1 or "一级指标二级指标三级指标" not in pages[pb[0]]:
                bad.append("r2: the LibreOffice page after the break does not repeat the header row")
    if stem.startswith("r3"):
        body = root.find(W + "body")
        top = body.findall(W + "tbl")
        nested = [t for t in root.iter(W + "tbl") if any(a.tag == W + "tc" for a in t.iterancestors())]
        own = lambda t: "".join(p_text(p) for tr in t.findall(W + "tr") for tc in tr.findall(W + "tc")
                                for p in tc.findall(W + "p"))
        vm = [v.get(W + "val") for t in nested for v in t.iter(W + "vMerge")]
        if (len(top) != len(g["projects"]) or len(nested) != len(g["projects"])
                or any(len(t.findall("w:tblGrid/w:gridCol", NS)) != 1 for t in top)
                or any("一级指标" in own(t) for t in top) or not all("一级指标" in own(t) for t in nested)
                or "restart" not in vm or vm.count(None) + vm.count("continue") < 10):
            bad.append(f"r3: top tables={len(top)} nested={len(nested)} vMerge={vm[:6]}…")
    if stem.startswith("r4"):
        from openpyxl import load_workbook
        wb = load_workbook(doc)
        hidden_sheets = [ws.title for ws in wb.worksheets if ws.sheet_state != "visible"]
        hidden_rows = [(ws.title, r) for ws in wb.worksheets if ws.sheet_state == "visible"
                       for r, dim in ws.row_dimensions.items() if dim.hidden]
        allc = list(xlsx_cells(doc, visible=False)); vis = norm(xlsx_text(doc))
        fmts = {c[5] for c in allc if not isinstance(c[4], str)}
        dates = [c for c in allc if isinstance(c[4], datetime.datetime) and c[0] not in hidden_sheets]
        signs = [c for c in allc if c[3] in ("≥", "≤", "=")]
        stale = [c for c in allc if c[3] == "土地平整面积"]
        if (len(hidden_sheets) != 1 or len(hidden_rows) != 1 or not stale or "土地平整面积" in vis
                or "14000亩" in vis or not {"0%", "0.0%", "#,##0.00"} <= fmts or len(dates) != 1 or len(signs) < 15):
            bad.append(f"r4: hidden sheets={hidden_sheets} hidden rows={hidden_rows} formats={fmts} dates={len(dates)}")
    if stem.startswith("r5"):
        import xlrd
        raw = open(doc, "rb").read(8)
        b = xlrd.open_workbook(doc, formatting_info=True)
        s = b.sheet_by_index(0)
        cells = list(xls_cells(doc))
        col = [c for c in cells if c[2] == 3 and c[1] > 10]
        txt_pct = [c for c in col if c[6] == xlrd.XL_CELL_TEXT and c[3].endswith("%")]
        num_pct = [c for c in col if c[6] == xlrd.XL_CELL_NUMBER and c[5].endswith("%")]
        names = [c for c in cells if c[3] == "项目名称"]
        if (raw != bytes.fromhex("D0CF11E0A1B11AE1") or b.biff_version != 80 or b.nsheets != 1
                or len(s.merged_cells) < 20 or len(txt_pct) < 2 or len(num_pct) < 3 or len(names) != 2):
            bad.append(f"r5: biff={b.biff_version} merged={len(s.merged_cells)} text%={len(txt_pct)} "
                       f"number%={len(num_pct)} 项目名称 rows={len(names)}")
    if stem.startswith("r6"):
        brs = [b for b in root.iter(W + "br") if any(a.tag == W + "tc" for a in b.iterancestors())]
        fw = [t for t in root.iter(W + "t") if "　" in (t.text or "") and any(a.tag == W + "tc" for a in t.iterancestors())]
        txt = docx_text(doc)
        wsum = [sum(x["weight"] for x in p["indicators"]) for p in g["projects"]]
        if (len(brs) < 6 or len(fw) < 4 or not re.search(r"^1\.产出指标$", txt, re.M)
                or not re.search(r"^（1）数量指标$", txt, re.M) or "（1）服务对象\n满意度指标" not in txt
                or set(wsum) != {100}):
            bad.append(f"r6: cell w:br={len(brs)} full-width-space cells={len(fw)} weights={wsum}")
    return bad


bad = 0
for gp in sorted(glob.glob(os.path.join(EXPECTED, "*.gold.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    stem = os.path.basename(gp)[: -len(".gold.json")]
    doc = os.path.join(D, g["source"]["path"])
    sha_ok = hashlib.sha256(open(doc, "rb").read()).hexdigest() == g["source"]["sha256"]
    txt = norm(text_of(doc))
    miss = [s for s in strings(g) if norm(str(s)) not in txt]
    miss += structure(stem, doc, g)
    r = subprocess.run([sys.executable, SCORE, gp, gp], capture_output=True, text=True)
    f1 = json.loads(r.stdout)["f1"]
    n_ind = sum(len(p["indicators"]) for p in g["projects"])
    print(f"{os.path.basename(doc):42s} projects={len(g['projects'])} indicators={n_ind} self-F1={f1} "
          f"sha256={'ok' if sha_ok else 'STALE'} missing={miss}")
    bad += bool(miss) or f1 != 1.0 or not sha_ok
sys.exit(1 if bad else 0)
