#!/usr/bin/env python3
"""Check the blind set heldout22b: valid JSON, source.sha256 matches the bytes, score.py self-F1 1.0, every printed
string of each gold found in its workbook's own text, and each draft's quirk really present (structure()).

Readers written for this check (nothing from jixiao, nothing from make.py / openpyxl):
- .xlsx: the zip's XML — sharedStrings / inline strings, numeric cells RENDERED through their number format (`0.00`,
  `#,##0.00`, `0%`, the date format `yyyy"年"m"月"d"日前"` from the serial, General), formulas (`<f>`) with their cached
  `<v>`, merged ranges, sheet state, chartsheets, defined names (print areas / titles), row breaks, data validations.
- .xls: xlrd (formatting_info) for values / formats / merges / visibility, and the BIFF8 record stream itself
  (xlrd.compdoc) for FORMULA records (type 0x0006) per sheet.
- .ods: content.xml / styles.xml — each cell's `<text:p>` (the text LibreOffice displays), value types, spans, covered
  cells, table styles (`table:display="false"` = hidden).
Whitespace and thousands commas are ignored when strings are compared.
`--selftest` runs every quirk assertion against the five OTHER drafts and against a mutated gold, and the string check
against a gold with a 三级 renamed, and reports that each fails there."""
import copy, datetime, glob, hashlib, json, os, re, struct, subprocess, sys, zipfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
D, EXPECTED = os.path.join(HERE, "drafts"), os.path.join(HERE, "expected")
SCORE = "/work/shared/tools/score.py"
STEMS = ["g1_xlsx_fourtemplates_chongzuo_jiangzhou_2025", "g2_xlsx_chartsheet_deptlast_liaoyuan_longshan_2025",
         "g3_xlsx_printareas_shaoguan_zhenjiang_2025", "g4_xls_formulalinks_xishuangbanna_jinghong_2024",
         "g5_ods_datecells_hegang_xingshan_2025", "g6_xlsx_smallprojects_onetable_xinyu_yushui_2025"]
S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
RN = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
TN = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
XN = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
ON = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
SN = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
FORMS = {"部门整体支出绩效目标表": "dept", "项目支出绩效目标表": "plain", "项目支出绩效目标申报表": "nat",
         "项目绩效目标表": "f2015", "2025年部门预算项目绩效目标表": "sc"}


def render(v, code):
    """a stored number shown through its number format (the formats this set uses)."""
    if code in ("0.00",):
        return "%.2f" % v
    if code == "#,##0.00":
        return "{:,.2f}".format(v)
    if code == "0%":
        return "%d%%" % round(v * 100)
    if "年" in code and "日前" in code:
        d = datetime.date(1899, 12, 30) + datetime.timedelta(days=int(v))
        return f"{d.year}年{d.month}月{d.day}日前"
    return str(int(v)) if float(v).is_integer() else repr(v)


def col_ix(ref):
    m = re.match(r"\$?([A-Z]+)\$?(\d+)", ref)
    c = 0
    for ch in m.group(1):
        c = c * 26 + ord(ch) - 64
    return int(m.group(2)), c


# ------------------------------------------------------------------ one neutral workbook shape for the three formats
class Sheet:
    def __init__(self, name):
        self.name, self.cells, self.merged, self.formulas, self.hidden, self.kind = name, {}, [], {}, False, "sheet"
        self.types, self.print_area, self.row_breaks, self.validations = {}, None, [], []

    def grid(self):
        g = dict(self.cells)
        for r1, c1, r2, c2 in self.merged:
            for r in range(r1, r2 + 1):
                for c in range(c1, c2 + 1):
                    g[(r, c)] = self.cells.get((r1, c1), "")
        return g


def read_xlsx(path):
    z = zipfile.ZipFile(path)
    ss = []
    if "xl/sharedStrings.xml" in z.namelist():
        for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall(S + "si"):
            ss.append("".join(t.text or "" for t in si.iter(S + "t")))
    st = ET.fromstring(z.read("xl/styles.xml"))
    fmts = {int(n.get("numFmtId")): n.get("formatCode") for n in st.iter(S + "numFmt")}
    xfs = [int(x.get("numFmtId", 0)) for x in st.find(S + "cellXfs").findall(S + "xf")]
    wb = ET.fromstring(z.read("xl/workbook.xml"))
    rels = ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))
    target = {r.get("Id"): (r.get("Target"), r.get("Type")) for r in rels}
    out = []
    for sh in wb.find(S + "sheets"):
        t, typ = target[sh.get(RN + "id")]
        t = t.lstrip("/"); t = t if t.startswith("xl/") else "xl/" + t
        s = Sheet(sh.get("name")); s.hidden = sh.get("state") in ("hidden", "veryHidden")
        out.append(s)
        if typ.endswith("/chartsheet"):
            s.kind = "chart"; continue
        x = ET.fromstring(z.read(t))
        for c in x.iter(S + "c"):
            rc = col_ix(c.get("r")); ty, v, f = c.get("t"), c.find(S + "v"), c.find(S + "f")
            if f is not None:
                s.formulas[rc] = (f.text, None if v is None or v.text is None else float(v.text))
            if ty == "s":
                s.cells[rc] = ss[int(v.text)]; s.types[rc] = "s"
            elif ty == "inlineStr":
                s.cells[rc] = "".join(e.text or "" for e in c.iter(S + "t")); s.types[rc] = "s"
            elif v is not None and v.text is not None:
                fid = xfs[int(c.get("s", 0))]
                code = fmts.get(fid, {2: "0.00", 9: "0%", 4: "#,##0.00"}.get(fid, "General"))
                s.cells[rc] = render(float(v.text), code); s.types[rc] = ("n", code, float(v.text))
        mc = x.find(S + "mergeCells")
        for m in (mc if mc is not None else []):
            a, b = m.get("ref").split(":"); s.merged.append(col_ix(a) + col_ix(b))
        rb = x.find(S + "rowBreaks")
        s.row_breaks = [int(b.get("id")) for b in (rb if rb is not None else [])]
        for dv in x.iter(S + "dataValidation"):
            f1 = dv.find(S + "formula1")
            s.validations.append((dv.get("sqref"), f1.text if f1 is not None else None))
    names = {}
    dn = wb.find(S + "definedNames")
    for d in (dn if dn is not None else []):
        names.setdefault(d.get("name"), {})[int(d.get("localSheetId", -1))] = d.text
    for i, s in enumerate(out):
        s.print_area = names.get("_xlnm.Print_Area", {}).get(i)
        s.print_titles = names.get("_xlnm.Print_Titles", {}).get(i)
    return out


def biff_formula_cells(path):
    """[(sheet index, set of (row, col) 1-based)] from the FORMULA records of the BIFF8 Workbook stream."""
    from xlrd import compdoc
    data = open(path, "rb").read()
    cd = compdoc.CompDoc(data)
    wbs = cd.get_named_stream("Workbook")
    pos, sheet, out = 0, -1, []
    while pos + 4 <= len(wbs):
        rt, ln = struct.unpack("<HH", wbs[pos:pos + 4])
        body = wbs[pos + 4:pos + 4 + ln]
        if rt == 0x0809:
            sheet += 1; out.append(set())
        elif rt == 0x0006 and sheet >= 1:
            r, c = struct.unpack("<HH", body[:4]); out[sheet].add((r + 1, c + 1))
        pos += 4 + ln
    return out[1:]


def read_xls(path):
    import xlrd
    b = xlrd.open_workbook(path, formatting_info=True)
    fcells = biff_formula_cells(path)
    out = []
    for i, sh in enumerate(b.sheets()):
        s = Sheet(sh.name); s.hidden = sh.visibility != 0; out.append(s)
        for r in range(sh.nrows):
            for c in range(sh.ncols):
                cl = sh.cell(r, c)
                if cl.ctype == 1:
                    s.cells[(r + 1, c + 1)] = cl.value; s.types[(r + 1, c + 1)] = "s"
                elif cl.ctype in (2, 3):
                    code = b.format_map[b.xf_list[cl.xf_index].format_key].format_str
                    code = code.replace("\\", "")
                    s.cells[(r + 1, c + 1)] = render(cl.value, code); s.types[(r + 1, c + 1)] = ("n", code, cl.value)
        for r1, r2, c1, c2 in sh.merged_cells:
            s.merged.append((r1 + 1, c1 + 1, r2, c2))
        s.formulas = {rc: (None, None) for rc in fcells[i]}
    return out


def read_ods(path):
    z = zipfile.ZipFile(path)
    x = ET.fromstring(z.read("content.xml"))
    hidden_styles = {st.get(SN + "name") for st in x.iter(SN + "style")
                     if any(p.get(TN + "display") == "false" for p in st.iter(SN + "table-properties"))}
    out = []
    for t in x.iter(TN + "table"):
        s = Sheet(t.get(TN + "name")); s.hidden = t.get(TN + "style-name") in hidden_styles; out.append(s)
        r = 0
        for row in t.iter(TN + "table-row"):
            rrep = int(row.get(TN + "number-rows-repeated", 1))
            r += 1
            c = 0
            for cell in row:
                crep = int(cell.get(TN + "number-columns-repeated", 1))
                for _ in range(min(crep, 64)):
                    c += 1
                    if cell.tag == TN + "table-cell":
                        txt = "\n".join("".join(p.itertext()) for p in cell.findall(XN + "p"))
                        vt = cell.get(ON + "value-type")
                        if txt:
                            s.cells[(r, c)] = txt
                            s.types[(r, c)] = "s" if vt == "string" else (vt, cell.get(ON + "date-value")
                                                                           or cell.get(ON + "value"))
                        if cell.get(TN + "formula"):
                            s.formulas[(r, c)] = (cell.get(TN + "formula"), cell.get(ON + "value"))
                        rs, cs = int(cell.get(TN + "number-rows-spanned", 1)), int(cell.get(TN + "number-columns-spanned", 1))
                        if rs > 1 or cs > 1:
                            s.merged.append((r, c, r + rs - 1, c + cs - 1))
                c += max(0, crep - 64)
            r += rrep - 1
    return out


def read(path):
    return {".xlsx": read_xlsx, ".xls": read_xls, ".ods": read_ods}[os.path.splitext(path)[1]](path)


# ------------------------------------------------------------------ strings
def ns(s):
    return re.sub(r"[\s,]+", "", str(s))


def texts(doc):
    sh = read(doc)
    return "\n".join([s.name for s in sh] + [v for s in sh for v in s.cells.values()])


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
        for k in ("title", "department", "department_code", "code", "name", "implementing_unit"):
            if p.get(k): yield p[k]
        for k in ("budget_total", "budget_fiscal", "budget_other", "budget_carryover"):
            if p.get(k) is not None: yield "%.2f" % p[k]
        yield from p["goals"]
        yield from p.get("goals_mid_term") or []
        yield from _extra_strings(p.get("extra") or {})
        for x in p["indicators"]:
            for k in ("level1", "level2", "level3", "value_raw", "description", "basis", "printed_unit", "sign"):
                if x.get(k): yield x[k]
            if x.get("weight") is not None: yield str(x["weight"])


def missing(doc, g):
    t = ns(texts(doc))
    return [s for s in strings(g) if ns(s) not in t]


# ------------------------------------------------------------------ forms read back from a sheet
def find(g, label):
    for (r, c), v in sorted(g.items()):
        if v == label:
            return r, c
    raise KeyError(label)


def right_num(s, g, label):
    r, c = find(g, label)
    for k in range(c + 1, c + 6):
        t = s.types.get((r, k))
        if isinstance(t, tuple):
            return float(t[2]) if t[0] == "n" else float(t[1])
    raise KeyError("no number right of " + label)


def form(s):
    """(kind, title, money dict, indicator tuples) read from one form sheet."""
    g = s.grid()
    title = g.get((1, 1), "")
    kind = FORMS.get(title)
    if not kind:
        return None
    hr, hc = find(g, "一级指标")
    hdr = []
    c = hc
    while g.get((hr, c)):
        hdr.append(g[(hr, c)]); c += 1
    rows, r = [], hr + 1
    while any(g.get((r, k)) for k in range(1, hc + len(hdr) + 1)):
        rows.append(tuple(g.get((r, k), "") for k in range(hc, hc + len(hdr))) + (g.get((r, 1), ""), g.get((r, 2), "")))
        r += 1
    money = {}
    for lab in ("资金总额", "年度资金总额", "其中：财政拨款", "其他资金", "上年结转资金"):
        try:
            money[lab] = right_num(s, g, lab)
        except KeyError:
            pass
    return kind, title, money, hdr, rows


def gold_rows(p):
    out = []
    for x in p["indicators"]:
        out.append((x["level1"], x["level2"], x["level3"], x["value_raw"]) + ((x["basis"],) if x.get("basis") else ()))
    return out


def by_sheet(g):
    out = {}
    for p in g["projects"]:
        out.setdefault(p["extra"]["sheet"], []).append(p)
    return out


def forms_agree(bad, sheets, g):
    """every form sheet read back agrees with the gold projects that name it, in workbook order."""
    bs = by_sheet(g)
    order = []
    for s in sheets:
        if s.kind == "chart":
            continue
        fm = form(s)
        if not fm:
            if s.name in bs:
                bad.append(f"{s.name}: gold names a sheet that holds no form")
            continue
        kind, title, money, hdr, rows = fm
        ps = bs.get(s.name)
        if not ps:
            bad.append(f"{s.name}: a form sheet with no gold project"); continue
        order += [p["seq"] for p in ps]
        if kind == "sc":
            body = [r[:len(hdr)] for r in rows]
            want = []
            for p in ps:
                for x in p["indicators"]:
                    want.append((p["name"], x["level1"], x["level2"], x["level3"], x["sign"], x["value_raw"] or "",
                                 x["printed_unit"] or "", str(x["weight"]), x["direction"]))
            got = [(r[len(hdr) + 1],) + r[:len(hdr)] for r in rows]
            if got != want:
                bad.append(f"{s.name}: one-table rows differ")
            for p in ps:
                if p["title"] is not None or p["budget_fiscal"] is not None:
                    bad.append(f"{s.name}: one-table project with a title / fiscal")
            continue
        p = ps[0]
        if p["title"] != title:
            bad.append(f"{s.name}: title {title} != {p['title']}")
        if (kind == "dept") != (p["scope"] == "department"):
            bad.append(f"{s.name}: scope {p['scope']} on a {kind} form")
        tot = money.get("资金总额", money.get("年度资金总额"))
        if [tot, money.get("其中：财政拨款"), money.get("其他资金"), money.get("上年结转资金")] != [
                p["budget_total"], p["budget_fiscal"], p["budget_other"], p.get("budget_carryover")]:
            bad.append(f"{s.name}: money {money} != gold")
        if kind == "f2015":
            got = [r[:4] for r in rows]
            per = ["mid_term" if r[4] == "长期绩效指标" else "year" for r in rows]
            if per != [x["period"] for x in p["indicators"]]:
                bad.append(f"{s.name}: 长期 / 年度 blocks differ from the gold periods")
        else:
            got = [r[:len(hdr)] for r in rows]
        if got != gold_rows(p):
            bad.append(f"{s.name}: indicator rows differ ({len(got)} vs {len(p['indicators'])})")
    if order != list(range(1, len(g["projects"]) + 1)):
        bad.append(f"projects not in workbook order: {order}")
    return bad


def need(doc, ext):
    if not doc.endswith(ext):
        raise AssertionError(f"not {ext}")


# ------------------------------------------------------------------ quirks, one function per draft
def s_g1(doc, g):
    """FOUR TEMPLATES in one workbook: 部门整体 / national 申报表 (主管部门及代码, 上年结转资金) / 2015-style (长期 + 年度
    blocks) / plain 项目支出绩效目标表; 填报说明 first (no form); hidden 下拉选项 feeding list validations."""
    need(doc, ".xlsx")
    sh = read(doc); bad = []
    kinds = [form(s)[0] for s in sh if form(s)]
    if kinds != ["dept", "nat", "f2015", "plain"]:
        bad.append(f"g1: form kinds {kinds}")
    if sh[0].name != "填报说明" or form(sh[0]) or "填报说明" not in sh[0].cells.values():
        bad.append("g1: first sheet is not the guide")
    lists = [s for s in sh if s.name == "下拉选项"]
    if not lists or not lists[0].hidden:
        bad.append("g1: no hidden 下拉选项")
    dvs = [f for s in sh for _, f in s.validations]
    if len(dvs) < 8 or not all(f.lstrip("=").startswith("下拉选项!") for f in dvs):
        bad.append(f"g1: validations {dvs}")
    nat = [s for s in sh if form(s) and form(s)[0] == "nat"][0]
    if f"[{g['document']['department_code']}]{g['document']['department']}" not in nat.cells.values():
        bad.append("g1: 主管部门及代码 cell")
    if g["projects"][0]["scope"] != "department":
        bad.append("g1: the department form is not listed first")
    return forms_agree(bad, sh, g)


def s_g2(doc, g):
    """汇总 first with cross-sheet FORMULAS and cached values; a CHART SHEET second; project sheets NAMED WITH THEIR
    CODE; the 部门整体 form LAST (gold lists it last)."""
    need(doc, ".xlsx")
    sh = read(doc); bad = []
    if [s.kind for s in sh][:2] != ["sheet", "chart"] or sh[0].name != "汇总":
        bad.append("g2: 汇总 then chart sheet expected")
    f = sh[0].formulas
    if len(f) < 12 or any(v is None for _, v in f.values()):
        bad.append("g2: summary formulas without cached values")
    proj = [p for p in g["projects"] if p["scope"] == "project"]
    for p in proj:
        if not p["extra"]["sheet"].startswith(p["code"]):
            bad.append(f"g2: sheet {p['extra']['sheet']} does not carry {p['code']}")
        r = [rc[0] for rc, v in sh[0].cells.items() if v == p["name"]][0]
        for k, key in ((4, "budget_total"), (5, "budget_fiscal"), (6, "budget_other")):
            fx, v = f.get((r, k), (None, None))
            if not fx or p["extra"]["sheet"] not in fx or v != p[key]:
                bad.append(f"g2: summary {p['name']} col {k}: {fx} {v} vs {p[key]}")
    if form(sh[-1])[0] != "dept" or g["projects"][-1]["scope"] != "department":
        bad.append("g2: department form not last")
    return forms_agree(bad, sh, g)


def s_g3(doc, g):
    """PRINT AREAS: each project sheet prints A1:E<last row>; the author's 资金测算 notes stand in column H, OUTSIDE it
    (not data: no gold string comes from there); a manual row break above the indicator band; print titles = the
    indicator header row."""
    need(doc, ".xlsx")
    sh = read(doc); bad = []
    plains = [s for s in sh if form(s) and form(s)[0] == "plain"]
    if len(plains) != 2:
        bad.append("g3: two project sheets expected")
    gs = [ns(x) for x in strings(g)]
    for s in plains:
        fm = form(s)
        last = max(r for r, _ in s.cells if r < 40 and s.cells.get((r, 3)))
        if not s.print_area or not s.print_area.endswith(f"$A$1:$E${last}"):
            bad.append(f"g3: {s.name} print area {s.print_area}")
        if s.row_breaks != [9] or not (s.print_titles or "").endswith("$10:$10"):
            bad.append(f"g3: {s.name} breaks {s.row_breaks} titles {s.print_titles}")
        outside = [v for (r, c), v in s.cells.items() if c > 5]
        if len(outside) < 3 or not any("测算" in v for v in outside):
            bad.append(f"g3: {s.name} no notes outside the print area")
        for v in outside:
            if any(ns(v) in x or (len(x) > 6 and not re.fullmatch(r"[0-9.]+", x) and x in ns(v)) for x in gs):
                bad.append(f"g3: gold holds text from outside the print area: {v}")
    return forms_agree(bad, sh, g)


def s_g4(doc, g):
    """LEGACY .xls (BIFF8): the MONEY of every form is a FORMULA pointing at 资金汇总 (FORMULA records at C5:C7 of each
    project sheet, C4:C6 of 部门整体), whose cached results are the gold budgets; 资金汇总 holds the typed numbers;
    `100%` a 1 in `0%`, 时效 dates serial numbers in `yyyy"年"m"月"d"日前"`."""
    need(doc, ".xls")
    sh = read(doc); bad = []
    if sh[0].name != "资金汇总" or form(sh[0]):
        bad.append("g4: summary not first")
    if len(sh[0].formulas) < 3:
        bad.append("g4: summary has no SUM formulas")
    for s in sh[1:]:
        fm = form(s)
        if not fm:
            bad.append(f"g4: {s.name} no form"); continue
        want = {(4, 3), (5, 3), (6, 3)} if fm[0] == "dept" else {(5, 3), (6, 3), (7, 3)}
        if not want <= set(s.formulas):
            bad.append(f"g4: {s.name} money cells are not formulas ({sorted(s.formulas)})")
        if fm[0] != "dept":
            dates = [v for k, v in s.types.items() if isinstance(v, tuple) and "日前" in v[1]]
            pct = [v for k, v in s.types.items() if isinstance(v, tuple) and v[1] == "0%"]
            if len(dates) != 1 or len(pct) != 1 or pct[0][2] != 1:
                bad.append(f"g4: {s.name} date / percent cells {dates} {pct}")
    typed = [v[2] for (r, c), v in sh[0].types.items() if isinstance(v, tuple) and (r, c) not in sh[0].formulas]
    for p in g["projects"]:
        if p["budget_total"] not in typed:
            bad.append(f"g4: {p['budget_total']} not typed in the summary")
    return forms_agree(bad, sh, g)


def s_g5(doc, g):
    """.ods: 时效 values are DATE cells (office:date-value) shown `…日前` by the format; the department form FIRST, the
    guide LAST; the 下拉选项 sheet hidden (table:display false)."""
    need(doc, ".ods")
    sh = read(doc); bad = []
    if form(sh[0])[0] != "dept" or sh[-1].name != "填报说明" or form(sh[-1]):
        bad.append("g5: sheet order")
    if not [s for s in sh if s.name == "下拉选项" and s.hidden]:
        bad.append("g5: lists sheet not hidden")
    golds = {p["extra"]["sheet"]: p for p in g["projects"]}
    n = 0
    for s in sh:
        for rc, t in s.types.items():
            if isinstance(t, tuple) and t[0] == "date":
                n += 1
                y, m, d = (int(x) for x in t[1][:10].split("-"))
                shown = s.cells[rc]
                if shown != f"{y}年{m}月{d}日前":
                    bad.append(f"g5: date {t[1]} shown {shown}")
                if shown not in [x["value_raw"] for x in golds[s.name]["indicators"]]:
                    bad.append(f"g5: date cell {shown} not a gold value")
    if n != 3:
        bad.append(f"g5: {n} date cells")
    return forms_agree(bad, sh, g)


def s_g6(doc, g):
    """SMALL PROJECTS ON ONE SICHUAN-STYLE SHEET: `零星项目` prints two projects in the 12-column one-table layout
    (单位名称 `code-dept` merged over ALL rows, 项目名称 / 预算数 / 年度目标 merged per project) beside a plain project
    sheet and the 部门整体 form; 汇总 sums all three projects with formulas (cached)."""
    need(doc, ".xlsx")
    sh = read(doc); bad = []
    sc = [s for s in sh if form(s) and form(s)[0] == "sc"]
    if len(sc) != 1:
        return ["g6: no one-table sheet"]
    s = sc[0]
    a = [m for m in s.merged if m[1] == 1 and m[3] == 1 and m[0] == 4]
    if not a or s.cells[(4, 1)] != f"{g['document']['department_code']}-{g['document']['department']}":
        bad.append("g6: 单位名称 not merged over the rows")
    ps = [p for p in g["projects"] if p["extra"]["sheet"] == s.name]
    runs = sorted(m for m in s.merged if m[1] == 2 and m[3] == 2)
    if len(ps) != 2 or len(runs) != 2 or [m[2] - m[0] + 1 for m in runs] != [len(p["indicators"]) for p in ps]:
        bad.append("g6: per-project merges")
    for m, p in zip(runs, ps):
        if s.types.get((m[0], 3), ("", "", None))[2] != p["budget_total"]:
            bad.append("g6: 预算数")
    f = sh[0].formulas
    if not any(s.name in (fx or "") and v == ps[0]["budget_total"] for fx, v in f.values()):
        bad.append("g6: summary does not link the one-table sheet")
    return forms_agree(bad, sh, g)


QS = {"g1": s_g1, "g2": s_g2, "g3": s_g3, "g4": s_g4, "g5": s_g5, "g6": s_g6}


def structure(stem, doc, g):
    try:
        return QS[stem[:2]](doc, g)
    except Exception as e:  # a reader that cannot find the structure is a failed assertion
        return [f"{stem[:2]}: {type(e).__name__} {e}"]


def renum(g):
    for k, p in enumerate(g["projects"], 1):
        p["seq"] = k


def _m_g1(g):
    for x in g["projects"][2]["indicators"]:
        x["period"] = "year"


def _m_g2(g):
    g["projects"].insert(0, g["projects"].pop()); renum(g)


def _m_g3(g):
    g["projects"][1]["goals"].append("测算：486万平方米×4.6元/平方米·年=2235.60万元")


def _m_g4(g):
    p = g["projects"][0]; p["budget_total"] = round(sum(q["budget_total"] for q in g["projects"][1:]), 2)


def _m_g5(g):
    x = g["projects"][0]["indicators"][4]; x["value_raw"] = "45667"


def _m_g6(g):
    a, b = g["projects"][2], g["projects"].pop(3)
    a["indicators"] += b["indicators"]


QMUT = {"g1": (_m_g1, "the 长期绩效指标 rows typed as 年度"), "g2": (_m_g2, "the 部门整体 form moved first"),
        "g3": (_m_g3, "a 测算 note from outside the print area typed as a goal"),
        "g4": (_m_g4, "the 项目支出合计 typed as the department budget"),
        "g5": (_m_g5, "a date cell typed as its serial number"), "g6": (_m_g6, "the two small projects typed as one")}


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
        print(f"{os.path.basename(doc):52s} projects={len(g['projects'])} indicators={n_ind} self-F1={f1} "
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
            qfail = bool(structure(stem, doc, mq))
            print(f"  selftest {stem[:2]}: quirk assertions on a mutated gold ({what}) {'fail' if qfail else 'HOLD'}")
            print(f"  selftest {stem[:2]}: quirk assertions fail on {len(others) - len(held)}/{len(others)} other drafts"
                  f"{' (HELD on ' + str(held) + ')' if held else ''}; mutated gold missing={mut}")
            bad += (not qfail) + bool(held) + (not mut)
    print("ALL OK" if not bad else f"{bad} PROBLEM(S)")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
