#!/usr/bin/env python3
"""Check the blind set heldout23a: valid JSON, source.sha256 matches the bytes, score.py self-F1 1.0, every printed
string of each gold found in its draft's own text, and each draft's quirk really present in the FILE (structure()).

Every draft's name lies about what it is, so each reader here looks at the BYTES, never at the extension, and each is
written for this check (nothing from jixiao, nothing from make.py, no LibreOffice):
- p1 (.xls): HTML — the charset named in the `<meta http-equiv>` (BOM stripped), html.parser text nodes, the table
  rebuilt with rowspan / colspan; xlrd must REFUSE it (it is no BIFF file).
- p2 (.doc): RTF — a tokenizer for control words / `\\'xx` bytes (decoded by `\\ansicpgN`) / `\\uN` with `\\ucN`
  fallback skipping / groups, destinations (`\\fonttbl`, `\\info`, `\\*…`) skipped, table rows from `\\trowd` /
  `\\cellx` / `\\cell` / `\\row`, `\\clvmrg` cells filled from the `\\clvmgf` cell above.
- p3 (.wps): the OLE2 compound file through xlrd.compdoc; the Word 97 FIB (`wIdent` 0xA5EC, `fWhichTblStm`, `fcClx`)
  and the piece table in the `0Table` / `1Table` stream give the document text (cells end in U+0007).
- p4 (.et): the OLE2 `Workbook` stream's first BIFF record (BOF, version 0x0600), then xlrd for cells, formats, merges.
- p5 (.doc): ElementTree over WordprocessingML 2003 (`w:tbl` / `w:tr` / `w:tc`, `w:gridSpan`, `w:vmerge`).
- p6 (.aspx): pdfplumber — page text plus the text of every ruled table cell (cropped to the cell's box).
Whitespace and thousands commas are ignored when strings are compared.
`--selftest` runs every quirk assertion against the five OTHER drafts and against a mutated gold, and the string check
against a gold with a 三级 renamed, and reports that each fails there."""
import copy, glob, hashlib, json, os, re, struct, subprocess, sys
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
D, EXPECTED = os.path.join(HERE, "drafts"), os.path.join(HERE, "expected")
SCORE = "/work/shared/tools/score.py"
STEMS = ["p1_xls_htmlexport_yitihua_sucheng_2025", "p2_doc_rtfgbk_deptoverall_kongtong_2025",
         "p3_wps_word97_shenbao_tongguan_2025", "p4_et_biff8_form2015_xinfu_2024",
         "p5_doc_wordml2003_plain_liangyuan_2025", "p6_aspx_pdfnoext_seedform_yunhe_2025"]
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
WML = "{http://schemas.microsoft.com/office/word/2003/wordml}"


def ns(s):
    return re.sub(r"[\s,]+", "", str(s))


def raw(doc):
    return open(doc, "rb").read()


def need_ext(doc, ext):
    if os.path.splitext(doc)[1] != ext:
        raise AssertionError(f"extension is not {ext}")


def money(x):
    return "%.2f" % x


# ================================================================== p1: HTML
class TableParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tables, self.texts, self.cell, self.stack = [], [], None, []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "table":
            self.tables.append([])
        elif tag == "tr" and self.tables:
            self.tables[-1].append([])
        elif tag in ("td", "th") and self.tables:
            self.cell = [int(a.get("rowspan") or 1), int(a.get("colspan") or 1), []]
        self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self.cell is not None:
            self.tables[-1][-1].append((self.cell[0], self.cell[1], "".join(self.cell[2]).strip()))
            self.cell = None

    def handle_data(self, data):
        if self.stack and self.stack[-1] in ("style", "script"):
            return
        self.texts.append(data)
        if self.cell is not None:
            self.cell[2].append(data)

    def handle_comment(self, data):
        pass


def html_decode(b):
    if b.startswith(b"\xef\xbb\xbf"):
        b = b[3:]
    m = re.search(rb"charset=([A-Za-z0-9_-]+)", b[:2048])
    enc = m.group(1).decode().lower() if m else "utf-8"
    return b.decode({"gb2312": "gbk"}.get(enc, enc)), enc


def html_read(doc):
    text, enc = html_decode(raw(doc))
    p = TableParser(); p.feed(text)
    return p, text, enc


def html_grid(rows):
    """rows of (rowspan, colspan, text) → {(r, c): (text, anchor)}; a spanned slot keeps the anchor's text."""
    g, occupied = {}, set()
    for r, row in enumerate(rows):
        c = 0
        for rs, cs, t in row:
            while (r, c) in occupied:
                c += 1
            for dr in range(rs):
                for dc in range(cs):
                    occupied.add((r + dr, c + dc)); g[(r + dr, c + dc)] = (t, (r, c), rs)
            c += cs
    return g


# ================================================================== p2: RTF
DEST = {"fonttbl", "colortbl", "stylesheet", "info", "pict", "header", "footer", "headerl", "headerr", "footerl",
        "footerr", "listtable", "listoverridetable", "rsidtbl", "generator", "themedata", "latentstyles", "xmlnstbl"}


def rtf_read(b):
    """→ (paragraphs, rows); rows = [[(cellx, 'gf'|'rg'|None, text)]]."""
    s = b.decode("latin-1")
    m = re.search(r"\\ansicpg(\d+)", s)
    codec = "cp%s" % (m.group(1) if m else "1252")
    tok = re.compile(r"\\'([0-9a-fA-F]{2})|\\([a-zA-Z]+)(-?\d+)? ?|\\([^a-zA-Z])|([{}])|([^\\{}\r\n]+)|[\r\n]+")
    stack, st = [], {"skip": False, "uc": 1}
    group_start, skipn = False, 0
    buf, out = bytearray(), []           # out: current text run (cell or paragraph)
    paras, rows, defs, cellx_pend, cells_, in_row = [], [], [], None, [], False

    def flush():
        nonlocal buf
        if buf:
            out.append(buf.decode(codec)); buf = bytearray()

    def take():
        flush()
        t = "".join(out); out.clear()
        return t
    for mt in tok.finditer(s):
        hx, word, arg, sym, brace, text = mt.groups()
        if brace == "{":
            stack.append(dict(st)); group_start = True; continue
        if brace == "}":
            flush(); st = stack.pop() if stack else st; group_start = False; continue
        first, group_start = group_start, False
        if sym == "*" and first:
            st["skip"] = True; continue
        if word and first and word in DEST:
            st["skip"] = True; continue
        if st["skip"]:
            continue
        if hx is not None:
            if skipn:
                skipn -= 1; continue
            buf.append(int(hx, 16)); continue
        if text is not None:
            for ch in text:
                if skipn:
                    skipn -= 1; continue
                flush(); out.append(ch)
            continue
        if sym is not None:
            if sym in "\\{}":
                flush(); out.append(sym)
            elif sym == "~":
                flush(); out.append(" ")
            continue
        if word is None:
            continue
        if word == "u":
            n = int(arg)
            flush(); out.append(chr(n + 65536 if n < 0 else n)); skipn = st["uc"]
        elif word == "uc":
            st["uc"] = int(arg)
        elif word in ("par", "line"):
            if in_row:
                flush(); out.append("\n")
            else:
                paras.append(take())
        elif word == "tab":
            flush(); out.append("\t")
        elif word == "trowd":
            defs, cellx_pend, cells_, in_row = [], None, [], True
            take()
        elif word in ("clvmgf", "clvmrg"):
            cellx_pend = word[4:]
        elif word == "cellx":
            defs.append((int(arg), cellx_pend)); cellx_pend = None
        elif word == "cell":
            cells_.append(take())
        elif word == "row":
            rows.append([(x, mg, t) for (x, mg), t in zip(defs, cells_)]); in_row = False
            take()
    paras.append(take())
    return [p for p in paras if p.strip()], rows


def rtf_fill(rows):
    """vertical merges filled: a `rg` cell takes the text of the `gf` cell above it with the same right edge."""
    out, above = [], {}
    for row in rows:
        r = []
        for x, mg, t in row:
            if mg == "rg":
                t = above.get(x, "")
            else:
                above[x] = t
            r.append((x, mg, t))
        out.append(r)
    return out


# ================================================================== p3: Word 97 binary
def ole_streams(b):
    from xlrd import compdoc
    cd = compdoc.CompDoc(b, logfile=open(os.devnull, "w"))
    return cd, [d.name for d in cd.dirlist]


def word97_text(b):
    cd, names = ole_streams(b)
    wd = cd.get_named_stream("WordDocument")
    ident, nfib = struct.unpack("<HH", wd[:4])
    flags = struct.unpack("<H", wd[0x0A:0x0C])[0]
    tname = "1Table" if flags & 0x0200 else "0Table"
    table = cd.get_named_stream(tname)
    fc_clx, lcb_clx = struct.unpack("<II", wd[0x01A2:0x01AA])
    clx = table[fc_clx:fc_clx + lcb_clx]
    i = 0
    while clx[i] == 1:
        i += 3 + struct.unpack("<H", clx[i + 1:i + 3])[0]
    assert clx[i] == 2, "no Pcdt"
    lcb = struct.unpack("<I", clx[i + 1:i + 5])[0]
    plc = clx[i + 5:i + 5 + lcb]
    n = (lcb - 4) // 12
    cps = struct.unpack("<%dI" % (n + 1), plc[:4 * (n + 1)])
    out = []
    for k in range(n):
        fc = struct.unpack("<I", plc[4 * (n + 1) + 8 * k + 2:4 * (n + 1) + 8 * k + 6])[0]
        cnt = cps[k + 1] - cps[k]
        if fc & 0x40000000:
            off = (fc & 0x3FFFFFFF) // 2
            out.append(wd[off:off + cnt].decode("cp1252"))
        else:
            out.append(wd[fc:fc + 2 * cnt].decode("utf-16-le"))
    return dict(ident=ident, nfib=nfib, table=tname, names=names, text="".join(out))


def word97_cells(text):
    """non-empty cell / paragraph texts in document order (U+0007 ends a cell, \\r a paragraph)."""
    parts = re.split(r"[\x07\r\x0c]", text)
    return [p.replace("\x0b", "\n").strip() for p in parts if p.strip()]


# ================================================================== p4: BIFF8
def biff_first_record(b):
    cd, names = ole_streams(b)
    wbs = cd.get_named_stream("Workbook")
    rt, ln, vers, dt = struct.unpack("<HHHH", wbs[:8])
    return names, rt, vers, dt


def xls_read(doc):
    import xlrd
    bk = xlrd.open_workbook(doc, formatting_info=True)
    out = []
    for sh in bk.sheets():
        cells_, merged = {}, []
        for r in range(sh.nrows):
            for c in range(sh.ncols):
                cl = sh.cell(r, c)
                if cl.ctype == 1:
                    cells_[(r, c)] = cl.value
                elif cl.ctype == 2:
                    fmt = bk.format_map[bk.xf_list[cl.xf_index].format_key].format_str
                    cells_[(r, c)] = ("%.2f" % cl.value) if fmt == "0.00" else (
                        str(int(cl.value)) if float(cl.value).is_integer() else repr(cl.value))
        for r1, r2, c1, c2 in sh.merged_cells:
            merged.append((r1, r2, c1, c2))
        out.append((sh.name, cells_, merged))
    return bk, out


def xls_grid(cells_, merged):
    g = dict(cells_)
    for r1, r2, c1, c2 in merged:
        for r in range(r1, r2):
            for c in range(c1, c2):
                g[(r, c)] = cells_.get((r1, c1), "")
    return g


# ================================================================== p5: WordprocessingML 2003
def wml_text(el):
    parts = []
    for p in el.iter(WML + "p"):
        t = []
        for node in p.iter():
            if node.tag == WML + "t":
                t.append(node.text or "")
            elif node.tag == WML + "br":
                t.append("\n")
        parts.append("".join(t))
    return "\n".join(parts)


def wml_tables(root):
    """each table → rows of grid slots (text, vmerge state); continuation cells filled from their restart cell."""
    out = []
    for tbl in root.iter(WML + "tbl"):
        rows, above = [], {}
        for tr in tbl.findall(WML + "tr"):
            row, c = [], 0
            for tc in tr.findall(WML + "tc"):
                pr = tc.find(WML + "tcPr")
                span = int(pr.find(WML + "gridSpan").get(WML + "val")) if pr is not None and pr.find(
                    WML + "gridSpan") is not None else 1
                vm = pr.find(WML + "vmerge") if pr is not None else None
                state = None if vm is None else ("restart" if vm.get(WML + "val") == "restart" else "cont")
                t = wml_text(tc)
                if state == "cont":
                    t = above.get(c, "")
                else:
                    above[c] = t
                row.append((c, span, t, state))
                c += span
            rows.append(row)
        out.append(rows)
    return out


# ================================================================== p6: PDF
def pdf_read(doc):
    import pdfplumber
    pages = []
    with pdfplumber.open(doc) as pdf:
        for pg in pdf.pages:
            text = pg.extract_text() or ""
            tabs = []
            for t in pg.find_tables():
                rows = []
                for row in t.rows:
                    r = []
                    for bb in row.cells:
                        if bb is None:
                            continue
                        r.append((round(bb[0], 1), round(bb[2], 1),
                                  (pg.within_bbox(bb).extract_text() or "").strip()))
                    rows.append(r)
                tabs.append(rows)
            pages.append((text, tabs))
    return pages


# ================================================================== texts per draft, for the string check
def texts(doc):
    b = raw(doc)
    if b.startswith(b"%PDF-"):
        return "\n".join(t + "\n" + "\n".join(c[2] for tab in tabs for row in tab for c in row)
                         for t, tabs in pdf_read(doc))
    if b.startswith(b"{\\rtf"):
        paras, rows = rtf_read(b)
        return "\n".join(paras + [t for row in rows for _, _, t in row])
    if b.startswith(b"<?xml"):
        return wml_text(ET.fromstring(b))
    if b.startswith(OLE):
        names = ole_streams(b)[1]
        if "WordDocument" in names:
            return word97_text(b)["text"].replace("\x07", "\n").replace("\x0b", "\n")
        bk, sheets = xls_read(doc)
        return "\n".join([n for n, _, _ in sheets] + [v for _, c, _ in sheets for v in c.values()])
    p, text, _ = html_read(doc)
    return "\n".join(p.texts)


def _extra_strings(v):
    if isinstance(v, str):
        yield v
    elif isinstance(v, dict):
        for x in v.values():
            yield from _extra_strings(x)
    elif isinstance(v, list):
        for x in v:
            yield from _extra_strings(x)


def strings(g):
    d = g["document"]
    yield from (d[k] for k in ("title", "department", "department_code") if d.get(k))
    for p in g["projects"]:
        for k in ("title", "department", "department_code", "code", "name", "implementing_unit", "purpose"):
            if p.get(k): yield p[k]
        for k in ("budget_total", "budget_fiscal", "budget_other", "budget_carryover"):
            if p.get(k) is not None: yield money(p[k])
        for e in p.get("spending_plan") or []:
            yield f"{e['month']}月底"; yield money(e["pct"])
        yield from p["goals"]
        yield from p.get("goals_mid_term") or []
        yield from _extra_strings(p.get("extra") or {})
        for x in p["indicators"]:
            for k in ("level1", "level2", "level3", "value_raw", "description", "basis", "printed_unit", "sign",
                      "direction"):
                if x.get(k): yield x[k]
            if x.get("weight") is not None: yield str(x["weight"])


def missing(doc, g):
    t = ns(texts(doc))
    return [s for s in strings(g) if ns(s) not in t]


# ================================================================== quirks, one function per draft
def s_p1(doc, g):
    """an HTML table named .xls: BOM + `<html`, NO OLE / zip magic, `<meta http-equiv="Content-Type"
    content="application/vnd.ms-excel; charset=UTF-8">`, xlrd refuses it; ONE `<table border=1>` whose 单位名称 cell
    spans every indicator row and whose 项目名称 / 预算数 / 年度目标 cells span each project's rows (rowspans), read back
    and compared with the gold projects."""
    need_ext(doc, ".xls")
    b, bad = raw(doc), []
    if b[:8] == OLE or b[:2] == b"PK" or not b.startswith(b"\xef\xbb\xbf<html"):
        bad.append(f"p1: magic {b[:8]!r}")
    if not re.search(rb'<meta http-equiv="Content-Type" content="application/vnd\.ms-excel; charset=UTF-8">', b[:1024]):
        bad.append("p1: no vnd.ms-excel meta")
    import xlrd
    try:
        xlrd.open_workbook(doc); bad.append("p1: xlrd opened it as a workbook")
    except Exception:
        pass
    p, text, enc = html_read(doc)
    if len(p.tables) != 1 or not re.search(r"<table border=1[ >]", text):
        return bad + ["p1: not one <table border=1>"]
    G = html_grid(p.tables[0])
    if G[(0, 0)][0] != g["document"]["title"]:
        bad.append("p1: title row")
    hr = [r for (r, c), v in G.items() if c == 0 and v[0] == "单位名称"][0]
    unit, anchor, rs = G[(hr + 1, 0)]
    n_ind = sum(len(q["indicators"]) for q in g["projects"])
    if unit != f"{g['document']['department_code']}-{g['document']['department']}" or rs != n_ind:
        bad.append(f"p1: 单位名称 cell {unit} rowspan {rs} vs {n_ind}")
    r = hr + 1
    for q in g["projects"]:
        name, anc, rs = G[(r, 1)]
        if anc != (r, 1) or rs != len(q["indicators"]) or name != q["name"]:
            bad.append(f"p1: 项目名称 run at row {r}: {name} rowspan {rs}"); break
        if G[(r, 2)][0] != money(q["budget_total"]) or G[(r, 3)][0] != q["goals"][0] or G[(r, 3)][2] != rs:
            bad.append(f"p1: 预算数 / 年度目标 of {name}")
        got = [tuple(G[(r + k, c)][0] for c in range(4, 12)) for k in range(rs)]
        want = [(x["level1"], x["level2"], x["level3"], x["sign"], x["value_raw"] or "", x["printed_unit"] or "",
                 str(x["weight"]), x["direction"]) for x in q["indicators"]]
        if got != want:
            bad.append(f"p1: rows of {name} differ")
        r += rs
    if any(G.get((r, c)) for c in range(12)):
        bad.append("p1: rows after the last project")
    return bad


def s_p2(doc, g):
    """an RTF named .doc: `{\\rtf1\\ansi\\ansicpg936`, no OLE magic; the table text in GBK `\\'xx` escapes, the form title
    in `\\uN?` escapes with NEGATIVE N above U+7FFF; `\\trowd`/`\\cellx` rows; 年度预算 and the 一级 / 二级 runs merged by
    `\\clvmgf` / `\\clvmrg` (continuation cells EMPTY in the file); the form read back equals the gold."""
    need_ext(doc, ".doc")
    b, bad = raw(doc), []
    if not b.startswith(b"{\\rtf1\\ansi\\ansicpg936") or b[:8] == OLE:
        return ["p2: not an ansicpg936 RTF"]
    q = g["projects"][0]
    title_u = "".join("\\u%d?" % (ord(ch) - 65536 if ord(ch) > 32767 else ord(ch)) for ch in q["title"]).encode()
    if title_u not in b or not re.search(rb"\\u-\d+\?", b):
        bad.append("p2: the title is not in \\uN? escapes")
    dept_gbk = "".join("\\'%02x" % x for x in g["document"]["department"].encode("gbk")).encode()
    if dept_gbk not in b or len(re.findall(rb"\\'[0-9a-f]{2}", b)) < 500:
        bad.append("p2: the table text is not in GBK \\'xx escapes")
    paras, rows = rtf_read(b)
    if len(rows) != b.count(b"\\trowd") or not rows:
        return bad + ["p2: rows"]
    if paras[0] != q["title"] or paras[1] != f"（{g['document']['year']}年度）":
        bad.append(f"p2: heading {paras[:2]}")
    empty_rg = all(t == "" for row in rows for _, mg, t in row if mg == "rg")
    n_rg = sum(1 for row in rows for _, mg, _ in row if mg == "rg")
    if not empty_rg or n_rg < 8:
        bad.append(f"p2: {n_rg} \\clvmrg cells, empty={empty_rg}")
    F = rtf_fill(rows)
    T = [[t for _, _, t in row] for row in F]
    if T[0] != ["部门名称", g["document"]["department"], "部门编码", g["document"]["department_code"]]:
        bad.append("p2: 部门名称 row")
    m = {row[1]: row[2] for row in T[1:4] if row[0] == "年度预算（万元）"}
    if [m.get("资金总额"), m.get("其中：财政拨款"), m.get("其他资金")] != [money(q[k]) for k in
                                                                ("budget_total", "budget_fiscal", "budget_other")]:
        bad.append(f"p2: money {m}")
    if [F[k][0][1] for k in (1, 2, 3)] != ["gf", "rg", "rg"]:
        bad.append("p2: 年度预算 not merged over three rows")
    goal = [x for x in T if x[0] == "年度总体目标"][0][1].split("\n")
    if [re.sub(r"^\d\.", "", x) for x in goal] != q["goals"]:
        bad.append("p2: goals")
    hi = [i for i, x in enumerate(T) if x[0] == "一级指标"][0]
    got = [tuple(x) for x in T[hi + 1:]]
    want = [(x["level1"], x["level2"], x["level3"], x["description"], x["value_raw"]) for x in q["indicators"]]
    if got != want:
        bad.append("p2: indicator rows differ")
    return bad


def s_p3(doc, g):
    """a Word 97 binary named .wps: OLE2 magic, streams `WordDocument` + `1Table`, FIB wIdent 0xA5EC / nFib ≥ 0x00C1,
    no zip; the text from the piece table holds per project the 申报表 labels each followed by the gold value
    (主管部门及代码 `[code]…`, 实施单位, 项目属性, 项目期, 年度资金总额 / 其中：财政拨款 / 上年结转资金 / 其他资金) and every
    indicator as the cells 三级 → 指标值, in gold order."""
    need_ext(doc, ".wps")
    b, bad = raw(doc), []
    if b[:8] != OLE:
        return ["p3: no OLE2 magic"]
    w = word97_text(b)
    if not {"WordDocument", "1Table"} <= set(w["names"]) or w["ident"] != 0xA5EC or w["nfib"] < 0xC1:
        bad.append(f"p3: streams {w['names']} wIdent {w['ident']:#x} nFib {w['nfib']:#x}")
    cl = word97_cells(w["text"])
    starts = [i for i, x in enumerate(cl) if x == g["document"]["title"]]
    if len(starts) != len(g["projects"]):
        return bad + [f"p3: {len(starts)} form titles"]
    for q, a, z in zip(g["projects"], starts, starts[1:] + [len(cl)]):
        c = cl[a:z]

        def after(label):
            return c[c.index(label) + 1] if label in c else None
        pairs = [("项目名称", q["name"]), ("主管部门及代码", f"[{q['department_code']}]{q['department']}"),
                 ("实施单位", q["implementing_unit"]), ("项目属性", q["extra"]["项目属性"]), ("项目期", q["extra"]["项目期"]),
                 ("年度资金总额", money(q["budget_total"])), ("其中：财政拨款", money(q["budget_fiscal"])),
                 ("上年结转资金", money(q["budget_carryover"])), ("其他资金", money(q["budget_other"]))]
        for lab, v in pairs:
            if after(lab) != v:
                bad.append(f"p3: {q['name']} {lab} → {after(lab)} vs {v}")
        goal = after("年度绩效目标") or ""
        if [re.sub(r"^\d\.", "", x) for x in goal.split("\n")] != q["goals"]:
            bad.append(f"p3: {q['name']} goals")
        k = c.index("指标值") if "指标值" in c else len(c)
        for x in q["indicators"]:
            try:
                k = c.index(x["level3"], k + 1)
            except ValueError:
                bad.append(f"p3: {x['level3']} not in order"); break
            if c[k + 1] != x["value_raw"]:
                bad.append(f"p3: {x['level3']} → {c[k + 1]} vs {x['value_raw']}")
    return bad


def s_p4(doc, g):
    """a BIFF8 workbook named .et: OLE2 magic, a `Workbook` stream (not BIFF5 `Book`) opening with BOF 0x0809 version
    0x0600 (workbook globals); one 2015-style 项目绩效目标表 per sheet whose column A merges `长期绩效指标` over the
    mid-term rows and `年度绩效指标` over the annual rows — read back and compared with the gold `period`s, money, goals."""
    need_ext(doc, ".et")
    b, bad = raw(doc), []
    if b[:8] != OLE:
        return ["p4: no OLE2 magic"]
    names, rt, vers, dt = biff_first_record(b)
    if "Workbook" not in names or "Book" in names or (rt, vers, dt) != (0x0809, 0x0600, 0x0005):
        bad.append(f"p4: {names} BOF {rt:#x} {vers:#x} {dt:#x}")
    bk, sheets = xls_read(doc)
    if bk.biff_version != 80 or len(sheets) != len(g["projects"]):
        return bad + [f"p4: biff {bk.biff_version}, {len(sheets)} sheets"]
    for (name, cells_, merged), q in zip(sheets, g["projects"]):
        G = xls_grid(cells_, merged)
        if name != q["extra"]["sheet"] or G.get((0, 0)) != q["title"] or G.get((2, 1)) != q["name"]:
            bad.append(f"p4: sheet {name} head")
        if [G.get((r, 2)) for r in (7, 8, 9)] != [money(q[k]) for k in ("budget_total", "budget_fiscal", "budget_other")]:
            bad.append(f"p4: {name} money")
        if G.get((3, 4)) != q["department_code"] or G.get((4, 1)) != q["implementing_unit"]:
            bad.append(f"p4: {name} 主管部门编码 / 项目单位")
        if G.get((10, 1)) != q["goals_mid_term"][0] or re.split(r"\d、", G.get((11, 1), ""))[1:] != q["goals"]:
            bad.append(f"p4: {name} 长期目标 / 年度目标")
        blocks = sorted((r1, r2) for r1, r2, c1, c2 in merged if c1 == 0 and cells_.get((r1, 0)) in
                        ("长期绩效指标", "年度绩效指标"))
        per, rows = [], []
        for r1, r2 in blocks:
            for r in range(r1, r2):
                per.append("mid_term" if cells_[(r1, 0)] == "长期绩效指标" else "year")
                rows.append(tuple(G.get((r, c), "") for c in range(1, 5)))
        if per != [x["period"] for x in q["indicators"]] or len(blocks) != 2:
            bad.append(f"p4: {name} 长期 / 年度 blocks differ from the gold periods")
        if rows != [(x["level1"], x["level2"], x["level3"], x["value_raw"]) for x in q["indicators"]]:
            bad.append(f"p4: {name} indicator rows differ")
    return bad


def s_p5(doc, g):
    """a Word 2003 XML document named .doc: `<?xml`, `<?mso-application progid="Word.Document"?>`, root
    `w:wordDocument` in the 2003 wordml namespace, no OLE / zip / RTF magic; one `w:tbl` per project with `w:gridSpan`
    and `w:vmerge` (restart / continue) — the tables read back equal the gold (code, units, money, goals, rows + 依据)."""
    need_ext(doc, ".doc")
    b, bad = raw(doc), []
    if not b.startswith(b"<?xml") or b[:8] == OLE or b[:2] == b"PK":
        return ["p5: not XML"]
    if b'<?mso-application progid="Word.Document"?>' not in b[:300]:
        bad.append("p5: no mso-application PI")
    root = ET.fromstring(b)
    if root.tag != WML + "wordDocument":
        return bad + [f"p5: root {root.tag}"]
    nvm = len(list(root.iter(WML + "vmerge"))); ngs = len(list(root.iter(WML + "gridSpan")))
    if nvm < 20 or ngs < 10:
        bad.append(f"p5: vmerge {nvm} gridSpan {ngs}")
    tabs = wml_tables(root)
    if len(tabs) != len(g["projects"]):
        return bad + ["p5: table count"]
    for rows, q in zip(tabs, g["projects"]):
        T = [[t for _, _, t, _ in r] for r in rows]
        if T[0] != ["项目名称", q["name"], "项目编码", q["code"]] or T[1] != ["主管部门", q["department"], "实施单位",
                                                                    q["implementing_unit"]]:
            bad.append(f"p5: {q['name']} head rows")
        if [r[0][3] for r in rows[2:5]] != ["restart", "cont", "cont"] or [T[k][1:] for k in (2, 3, 4)] != [
                ["年度资金总额", money(q["budget_total"])], ["其中：财政拨款", money(q["budget_fiscal"])],
                ["其他资金", money(q["budget_other"])]]:
            bad.append(f"p5: {q['name']} money block")
        if [re.sub(r"^\d\.", "", x) for x in T[5][1].split("\n")] != q["goals"]:
            bad.append(f"p5: {q['name']} goals")
        got = [tuple(r) for r in T[7:]]
        want = [(x["level1"], x["level2"], x["level3"], x["value_raw"], x["basis"]) for x in q["indicators"]]
        if T[6] != ["一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据"] or got != want:
            bad.append(f"p5: {q['name']} indicator rows differ")
        if sum(1 for r in rows[7:] for c in r if c[3] == "cont") < 5:
            bad.append(f"p5: {q['name']} level cells not vmerged")
    line = f"部门编码：{g['document']['department_code']}　　部门名称：{g['document']['department']}　　单位：万元"
    if sum(1 for p in root.iter(WML + "p") if wml_text(p) == line) != len(g["projects"]):
        bad.append("p5: 部门编码 line")
    return bad


def s_p6(doc, g):
    """a PDF saved under a download handler's name: extension `.aspx`, bytes `%PDF-` … `%%EOF`, one project per page
    (`1、…绩效目标表`, `2、…`), each page's ruled table read back by pdfplumber (cells by their boxes, merged 一级 / 二级
    boxes inherited down their rows) equal to the gold: 项目编码, 预算数 / 财政资金 / 其他资金, 资金用途, 资金支出计划,
    绩效目标, rows with 绩效指标描述 and 确定依据."""
    need_ext(doc, ".aspx")
    b, bad = raw(doc), []
    if not b.startswith(b"%PDF-") or not b.rstrip().endswith(b"%%EOF"):
        return ["p6: not a PDF"]
    pages = pdf_read(doc)
    if len(pages) != g["source"]["pages"] or len(pages) != len(g["projects"]):
        return [f"p6: {len(pages)} pages"]
    if not ns(pages[0][0]).startswith(ns(g["document"]["department"] + g["document"]["title"])):
        bad.append("p6: headline")
    for k, ((text, tabs), q) in enumerate(zip(pages, g["projects"]), 1):
        if f"{k}、{q['title']}" not in text or f"{q['department_code']} {q['department']}" not in text:
            bad.append(f"p6: page {k} heading")
        if len(tabs) != 1:
            bad.append(f"p6: page {k} tables {len(tabs)}"); continue
        rows = [[ns(t) for _, _, t in r] for r in tabs[0]]
        flat = {r[0]: r for r in rows if r}
        if flat.get("项目编码") != ["项目编码", q["code"], "项目名称", q["name"]]:
            bad.append(f"p6: page {k} 项目编码 row {flat.get('项目编码')}")
        if flat.get("预算规模及资金用途") != ["预算规模及资金用途", "预算数", money(q["budget_total"]), "其中：财政资金",
                                       money(q["budget_fiscal"]), "其他资金", money(q["budget_other"])]:
            bad.append(f"p6: page {k} budget row")
        i = rows.index(flat["预算规模及资金用途"])
        if rows[i + 1] != [ns(q["purpose"])]:
            bad.append(f"p6: page {k} 资金用途")
        pl = flat.get("资金支出计划（%）")
        j = rows.index(pl) if pl else -1
        if not pl or pl[1:] != [f"{e['month']}月底" for e in q["spending_plan"]] or rows[j + 1] != [
                money(e["pct"]) for e in q["spending_plan"]]:
            bad.append(f"p6: page {k} 资金支出计划")
        gcell = [t for _, _, t in tabs[0][rows.index(flat["绩效目标"])]][1]
        items = []
        for ln in gcell.split("\n"):
            if re.match(r"^\d、", ln):
                items.append(ln[2:])
            elif items:
                items[-1] += ln
        if [ns(x) for x in items] != [ns(x) for x in q["goals"]]:
            bad.append(f"p6: page {k} goals")
        hi = rows.index(flat["一级指标"])
        xs = [x0 for x0, _, _ in tabs[0][hi]]
        cur, got = ["", ""], []
        for r in tabs[0][hi + 1:]:
            slot = {xs.index(min(xs, key=lambda v: abs(v - x0))): ns(t) for x0, _, t in r}
            for lev in (0, 1):
                if lev in slot:
                    cur[lev] = slot[lev]
            got.append((cur[0], cur[1]) + tuple(slot.get(c) for c in range(2, 6)))
        want = [(x["level1"], ns(x["level2"]), ns(x["level3"]), ns(x["description"]), ns(x["value_raw"]), x["basis"])
                for x in q["indicators"]]
        if got != want:
            bad.append(f"p6: page {k} indicator rows differ")
        merged = sum(1 for r in tabs[0][hi + 1:] if len(r) < 6)
        if merged < 4:
            bad.append(f"p6: page {k} level cells not merged")
    return bad


QS = {"p1": s_p1, "p2": s_p2, "p3": s_p3, "p4": s_p4, "p5": s_p5, "p6": s_p6}


def structure(stem, doc, g):
    try:
        return QS[stem[:2]](doc, g)
    except Exception as e:  # a reader that cannot find the structure is a failed assertion
        return [f"{stem[:2]}: {type(e).__name__} {e}"]


def _m_p1(g):
    a, b = g["projects"][0], g["projects"][1]
    a["indicators"].append(b["indicators"].pop(0))


def _m_p2(g):
    x = g["projects"][0]["indicators"][3]
    x["level2"] = x["level2_std"] = "数量指标"


def _m_p3(g):
    q = g["projects"][0]; q["budget_other"] = q["budget_carryover"]


def _m_p4(g):
    [x for x in g["projects"][1]["indicators"] if x["period"] == "year"][0]["period"] = "mid_term"


def _m_p5(g):
    a, b = g["projects"][0]["indicators"][5], g["projects"][0]["indicators"][6]
    a["basis"], b["basis"] = b["basis"], a["basis"]


def _m_p6(g):
    a, b = g["projects"]
    a["spending_plan"], b["spending_plan"] = b["spending_plan"], a["spending_plan"]


QMUT = {"p1": (_m_p1, "project 2's first row typed under project 1 (rowspan boundary)"),
        "p2": (_m_p2, "a 质量指标 row typed with the 二级 of the merged run above"),
        "p3": (_m_p3, "上年结转资金 typed as 其他资金"),
        "p4": (_m_p4, "the first 年度 row typed mid_term"),
        "p5": (_m_p5, "two rows' 指标值设定依据 swapped"),
        "p6": (_m_p6, "the two projects' 资金支出计划 swapped")}


def main():
    bad = 0
    golds = {}
    for gp in sorted(glob.glob(os.path.join(EXPECTED, "*.gold.json"))):
        g = json.load(open(gp, encoding="utf-8"))
        stem = os.path.basename(gp)[: -len(".gold.json")]
        golds[stem] = (gp, g)
        doc = os.path.join(D, g["source"]["path"])
        sha_ok = hashlib.sha256(raw(doc)).hexdigest() == g["source"]["sha256"]
        miss = missing(doc, g) + structure(stem, doc, g)
        r = subprocess.run([sys.executable, SCORE, gp, gp], capture_output=True, text=True)
        f1 = json.loads(r.stdout)["f1"]
        n_ind = sum(len(p["indicators"]) for p in g["projects"])
        print(f"{os.path.basename(doc):48s} projects={len(g['projects'])} indicators={n_ind} self-F1={f1} "
              f"sha256={'ok' if sha_ok else 'STALE'} missing={miss}")
        bad += bool(miss) or f1 != 1.0 or not sha_ok
    if sorted(golds) != sorted(STEMS):
        print("want the six golds", STEMS); bad += 1
    if sorted(os.listdir(D)) != sorted(g["source"]["path"] for _, g in golds.values()):
        print("drafts/ holds other files"); bad += 1
    if glob.glob(os.path.join(EXPECTED, "*.refusal.txt")):
        print("a refusal in a set of positives"); bad += 1
    if "--selftest" in sys.argv:
        for stem, (gp, g) in golds.items():
            others = [s for s in golds if s != stem]
            held = [o for o in others if not structure(stem, os.path.join(D, golds[o][1]["source"]["path"]), g)]
            doc = os.path.join(D, g["source"]["path"])
            m = copy.deepcopy(g)
            m["projects"][-1]["indicators"][-1]["level3"] += "（抽样）"
            mut = missing(doc, m)
            mq = copy.deepcopy(g)
            fn, what = QMUT[stem[:2]]
            fn(mq)
            qerr = structure(stem, doc, mq)
            print(f"  selftest {stem[:2]}: quirk assertions on a mutated gold ({what}) "
                  f"{'fail ' + str(qerr[:1]) if qerr else 'HOLD'}")
            print(f"  selftest {stem[:2]}: quirk assertions fail on {len(others) - len(held)}/{len(others)} other drafts"
                  f"{' (HELD on ' + str(held) + ')' if held else ''}; mutated gold missing={mut}")
            bad += (not qerr) + bool(held) + (not mut)
    print("ALL OK" if not bad else f"{bad} PROBLEM(S)")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
