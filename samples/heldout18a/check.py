#!/usr/bin/env python3
"""Check the blind set heldout18a: valid JSON, source.sha256 matches the bytes, score.py self-F1 1.0, every printed
string of each gold found in its document's own text, and each draft's quirk really present (structure()).

The readers here are written for this check (nothing from jixiao, nothing from make.py's rendering code):
- TEXT (missing()): spreadsheets (.xlsx / .ods / .xls) → LibreOffice `csv` of the first sheet, i.e. the DISPLAYED
  cell texts (number formats applied); .docx → word/document.xml read here (w:t, w:br → newline); .doc → LibreOffice
  `docx` first, then the same reader. Whitespace, `"` and nothing else are ignored. The gold strings (title,
  department, code, names, implementing units, amounts as `%.2f` — `%,.2f` for the 元 export —, goals, mid-term goals,
  level names, 三级, descriptions, value cells, printed units, weights, notes, cost items, measures, schedule rows)
  must occur in it.
- STRUCTURE (structure()): the FILE parsed on its own terms — openpyxl on the .xlsx (merged ranges, number formats,
  print titles, sheets); content.xml of the .ods (office:value-type, rows/columns spanned, covered cells); the OLE2
  header of the .xls / .doc, then LibreOffice's .xlsx / .docx of them; the .docx XML (gridSpan, vMerge, w:br, w:sym) —
  to assert each quirk and that the gold agrees with what the file shows.
`--selftest` runs every quirk assertion against the five OTHER drafts and against a mutated gold, and the string check
against a gold with a 三级 renamed, and reports that each fails there."""
import copy, glob, hashlib, json, os, re, shutil, subprocess, sys, zipfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
D = os.path.join(HERE, "drafts")
EXPECTED = os.path.join(HERE, "expected")
SCORE = "/work/shared/tools/score.py"
TMP = "/tmp/heldout18a_build/check"
LO = ["soffice", f"-env:UserInstallation=file://{TMP}/lo_profile", "--headless"]
STEMS = ["n1_xlsx_yitihua_printtitles_chuanshan_2025", "n2_docx_vmerge_central_annex_wenwu_2025",
         "n3_ods_percentcells_approval_xuanzhou_2025", "n4_xls_wrapgoals_transfer_longyear_yicheng_2024",
         "n5_docx_wingdings_form2015_shuangqing_2024", "n6_doc_word97_hubei_costs_huangzhou_2024"]
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
OLE = bytes.fromhex("d0cf11e0a1b11ae1")
_cache = {}


def lo(doc, fmt, ext):
    key = (doc, fmt)
    if key not in _cache:
        h = hashlib.sha256(open(doc, "rb").read()).hexdigest()[:12]
        out = os.path.join(TMP, h)
        os.makedirs(out, exist_ok=True)
        src = os.path.join(out, "in" + os.path.splitext(doc)[1])
        shutil.copyfile(doc, src)
        subprocess.run(LO + ["--convert-to", fmt, "--outdir", out, src], check=True, capture_output=True, timeout=180)
        _cache[key] = os.path.join(out, "in." + ext)
    return _cache[key]


# ------------------------------------------------------------------ docx reader
def wtext(el):
    out = []
    for x in el.iter():
        if x.tag == W + "t":
            out.append(x.text or "")
        elif x.tag in (W + "br", W + "cr"):
            out.append("\n" if x.get(W + "type") != "page" else "\f")
        elif x.tag == W + "p":
            if out and not out[-1].endswith("\n"):
                out.append("\n")
    return "".join(out).strip("\n")


def docx_xml(doc):
    return ET.fromstring(zipfile.ZipFile(doc).read("word/document.xml"))


def docx_tables(doc):
    """every top-level table as rows of cells {text, span, vmerge ('restart' / 'continue' / None), el}."""
    body = docx_xml(doc).find(W + "body")
    tabs = []
    for tbl in body.findall(W + "tbl"):
        rows = []
        for tr in tbl.findall(W + "tr"):
            row = []
            for tc in tr.findall(W + "tc"):
                pr = tc.find(W + "tcPr")
                gs = pr.find(W + "gridSpan") if pr is not None else None
                vm = pr.find(W + "vMerge") if pr is not None else None
                row.append({"text": wtext(tc), "span": int(gs.get(W + "val")) if gs is not None else 1,
                            "vmerge": None if vm is None else (vm.get(W + "val") or "continue"), "el": tc})
            rows.append(row)
        tabs.append(rows)
    return tabs


def grid(rows):
    """rows of cells → rows of column texts (a gridSpan fills its columns; a vMerge continuation takes the text above)."""
    out = []
    for row in rows:
        g = []
        for c in row:
            col = len(g)
            t = c["text"]
            if c["vmerge"] == "continue":
                t = out[-1][col] if out and col < len(out[-1]) else ""
            g.extend([t] * c["span"])
        out.append(g)
    return out


def doc_text(doc):
    if doc.endswith(".doc"):
        doc = lo(doc, "docx", "docx")
    return wtext(docx_xml(doc))


def sheet_text(doc):
    return open(lo(doc, "csv:Text - txt - csv (StarCalc):44,34,76,1", "csv"), encoding="utf-8").read()


def text(doc):
    return doc_text(doc) if doc.endswith((".docx", ".doc")) else sheet_text(doc)


def ns(s):
    return re.sub(r"[\s\"]+", "", str(s))


def strings(g):
    d = g["document"]
    yield from (d[k] for k in ("title", "department", "department_code") if d.get(k))
    for p in g["projects"]:
        for k in ("title", "department", "department_code", "code", "name", "implementing_unit", "measures",
                  "project_type", "project_nature"):
            if p.get(k): yield p[k]
        for k in ("budget_total", "budget_fiscal", "budget_other", "budget_carryover"):
            if p.get(k) is not None:
                yield ("%.2f" % p[k]) if p["unit"] != "元" else f"{p[k]:,.2f}"
        yield from p["goals"]
        yield from p.get("goals_mid_term") or []
        ex = p.get("extra") or {}
        for c in ex.get("cost_items", []):
            yield from (c["item"], "%.2f" % c["amount"], c["basis"], c["2022年实际执行数"], c["2023年实际执行数"])
        for s in ex.get("实施进度计划", []):
            yield from s.values()
        for k in ("项目概况", "项目立项的依据", "项目负责人", "联系电话", "项目起止时间", "立项依据", "实施周期", "实施期",
                  "项目期", "项目属性"):
            if ex.get(k): yield ex[k]
        for x in p["indicators"]:
            for k in ("level1", "level2", "level3", "value_raw", "description", "basis", "reference", "printed_unit",
                      "baseline_raw", "note", "sign"):
                if x.get(k): yield x[k]
            if x.get("weight") is not None: yield str(x["weight"])
            if x.get("direction"): yield x["direction"] + "指标"


def missing(doc, g):
    t = ns(text(doc))
    return [s for s in strings(g) if ns(s) not in t]


def items(cell, sep=r"\d+[.、]"):
    return [re.sub(rf"^{sep}", "", x.strip()) for x in cell.split("\n") if x.strip()]


def by_period(p):
    mid = [x for x in p["indicators"] if x.get("period") == "mid_term"]
    year = [x for x in p["indicators"] if x.get("period") != "mid_term"]
    return mid, year


def cmp_rows(bad, tag, got, want):
    if got != want:
        bad.append(f"{tag}: file {got} != gold {want}")


# ------------------------------------------------------------------ the quirks, one draft each
def s_n1(doc, g):
    import openpyxl
    bad = []
    wb = openpyxl.load_workbook(doc)
    if wb.sheetnames != ["项目绩效目标", "项目汇总"]:
        return [f"n1: sheets {wb.sheetnames}"]
    ws = wb["项目绩效目标"]
    if not re.fullmatch(r"\$?1:\$?3", str(ws.print_title_rows or "")):
        bad.append(f"n1: print titles {ws.print_title_rows!r}, want rows 1:3")
    if ws["A1"].value != g["document"]["title"]:
        bad.append("n1: title cell")
    head = [ws.cell(3, j).value for j in range(1, 13)]
    if head[7:] != ["指标性质", "指标值", "度量单位", "权重", "指标方向性"]:
        bad.append(f"n1: header {head}")
    merged = {str(m) for m in ws.merged_cells.ranges}
    ps = g["projects"]
    last = 3 + sum(len(p["indicators"]) for p in ps)
    if f"A4:A{last}" not in merged:
        bad.append("n1: the unit cell is not ONE range over every row")
    if ws["A4"].value != f"{ps[0]['department_code']}-{ps[0]['department']}" or ws["A5"].value is not None:
        bad.append("n1: unit cell text / merged slots")
    r = 4
    for p in ps:
        n = len(p["indicators"])
        for col in "BCD":
            if f"{col}{r}:{col}{r + n - 1}" not in merged:
                bad.append(f"n1: project {p['seq']} column {col} not merged over rows {r}-{r + n - 1}")
        if ws[f"B{r}"].value != p["name"] or ws[f"C{r}"].value != p["budget_total"] \
                or ws[f"C{r}"].number_format != "#,##0.00" or [ws[f"D{r}"].value] != p["goals"]:
            bad.append(f"n1: project {p['seq']} name / budget / goal")
        if ws[f"C{r + 1}"].value is not None:
            bad.append("n1: budget repeated in a merged slot")
        l1 = l2 = None
        for x in p["indicators"]:
            e, f_ = ws[f"E{r}"].value, ws[f"F{r}"].value
            l1, l2 = e or l1, f_ or l2
            v = ws[f"I{r}"]
            shown = (f"{v.value:,}" if v.number_format == "#,##0" else str(v.value)) if v.value is not None else None
            got = (l1, l2, ws[f"G{r}"].value, ws[f"H{r}"].value, shown, ws[f"J{r}"].value, ws[f"K{r}"].value,
                   ws[f"L{r}"].value)
            want = (x["level1"], x["level2"], x["level3"], x["sign"], x["value_raw"], x["printed_unit"], x["weight"],
                    x["direction"] + "指标")
            cmp_rows(bad, f"n1 row {r}", got, want)
            r += 1
        if sum(x["weight"] for x in p["indicators"]) != 100:
            bad.append(f"n1: weights of project {p['seq']}")
    if not isinstance(ws["I7"].value, (int, float)):
        bad.append("n1: numeric 指标值 not stored as numbers")
    s2 = wb["项目汇总"]
    tot = [s2.cell(k, 3).value for k in range(3, 3 + len(ps))]
    if tot != [p["budget_total"] for p in ps] or not str(s2.cell(3 + len(ps), 3).value).startswith("=SUM") \
            or f"{sum(tot):,.2f}" != g["extra"]["项目汇总合计"]:
        bad.append("n1: the 项目汇总 sheet")
    return bad


def s_n2(doc, g):
    bad = []
    if not doc.endswith(".docx"):
        return ["n2: not a .docx"]
    tabs = docx_tables(doc)
    if len(tabs) != len(g["projects"]):
        return [f"n2: {len(tabs)} tables for {len(g['projects'])} projects"]
    body = wtext(docx_xml(doc))
    if body.count("\f") != len(tabs) - 1:
        bad.append("n2: no page break between the forms")
    for p, rows in zip(g["projects"], tabs):
        gr = grid(rows)
        if rows[0][1]["span"] != 4 or gr[0][:2] != ["项目名称", p["name"]]:
            bad.append("n2: 项目名称 value not one cell spanning 4 columns")
        if gr[1][1] != f"[{p['department_code']}]{p['department']}" or gr[1][2:4] != ["实施单位", p["implementing_unit"]]:
            bad.append("n2: 主管部门及代码 / 实施单位 row")
        if [rows[k][0]["vmerge"] for k in range(3, 7)] != ["restart", "continue", "continue", "continue"]:
            bad.append("n2: 项目资金（万元） not vMerged over 4 rows")
        money = {gr[k][1]: float(gr[k][3]) for k in range(3, 7)}
        want = {"年度资金总额": p["budget_total"], "其中：财政拨款": p["budget_fiscal"],
                "上年结转资金": p["budget_carryover"], "其他资金": p["budget_other"]}
        cmp_rows(bad, "n2 money", money, want)
        if abs(money["其中：财政拨款"] + money["上年结转资金"] + money["其他资金"] - money["年度资金总额"]) > 1e-6:
            bad.append("n2: the money block does not add up")
        gcell = rows[7][1]["el"]
        if len(gcell.findall(f".//{W}br")) != len(p["goals"]) - 1 or len(gcell.findall(f".//{W}p")) != 1:
            bad.append("n2: goal items not apart by soft breaks in ONE paragraph")
        cmp_rows(bad, "n2 goals", items(gr[7][1]), p["goals"])
        if gr[8][1:] != ["一级指标", "二级指标", "三级指标", "指标值"]:
            bad.append("n2: indicator header")
        got = [tuple(r[1:5]) for r in gr[9:]]
        cmp_rows(bad, "n2 rows", got, [(x["level1"], x["level2"], x["level3"], x["value_raw"]) for x in p["indicators"]])
        if not any(r[1]["vmerge"] == "continue" for r in rows[9:]):
            bad.append("n2: 一级 not vMerged")
    return bad


OT = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
OO = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
OX = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"


def ods_tables(doc):
    root = ET.fromstring(zipfile.ZipFile(doc).read("content.xml"))
    out = {}
    for t in root.iter(OT + "table"):
        rows = []
        for tr in t.iter(OT + "table-row"):
            row = []
            for c in tr:
                if c.tag not in (OT + "table-cell", OT + "covered-table-cell"):
                    continue
                n = int(c.get(OT + "number-columns-repeated", "1"))
                txt = "\n".join("".join(p.itertext()) for p in c.findall(OX + "p"))
                cell = {"text": txt, "covered": c.tag.endswith("covered-table-cell"), "type": c.get(OO + "value-type"),
                        "value": c.get(OO + "value"), "rows": int(c.get(OT + "number-rows-spanned", "1"))}
                row.extend([cell] * min(n, 64))
            for _ in range(min(int(tr.get(OT + "number-rows-repeated", "1")), 5)):
                rows.append(row)
        out[t.get(OT + "name")] = rows
    return out


def s_n3(doc, g):
    bad = []
    if not doc.endswith(".ods"):
        return ["n3: not an .ods"]
    tabs = ods_tables(doc)
    if list(tabs)[:2] != ["批复表", "填报说明"]:
        return [f"n3: sheets {list(tabs)}"]
    rows = tabs["批复表"]
    txt = [[c["text"] for c in r] for r in rows]
    p = g["projects"][0]
    if txt[0][0] != p["title"] or txt[3][1] != f"[{p['department_code']}]{p['department']}" or txt[3][4] != p["implementing_unit"]:
        bad.append("n3: title / 主管部门及代码 / 实施单位")
    if rows[5][0]["rows"] != 3 or not rows[6][0]["covered"]:
        bad.append("n3: 项目资金（万元） not spanning 3 rows")
    year = [float(rows[k][4]["value"]) for k in (5, 6, 7)]
    mid = [rows[k][2]["text"] for k in (5, 6, 7)]
    cmp_rows(bad, "n3 annual money", year, [p["budget_total"], p["budget_fiscal"], p["budget_other"]])
    cmp_rows(bad, "n3 实施期 money", mid, [p["extra"]["实施期资金总额"], p["extra"]["实施期财政拨款"], p["extra"]["实施期其他资金"]])
    cmp_rows(bad, "n3 goals", (items(txt[9][1]), items(txt[9][3])), (p["goals_mid_term"], p["goals"]))
    if txt[10][1:6] != ["一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值"]:
        bad.append("n3: indicator header")
    mi, yi = by_period(p)
    l1 = l2 = None
    pct = 0
    for k, (m, y) in enumerate(zip(mi, yi)):
        r = rows[11 + k]
        l1 = l1 if r[1]["covered"] else r[1]["text"]
        l2 = l2 if r[2]["covered"] else r[2]["text"]
        cmp_rows(bad, f"n3 row {k}", (l1, l2, r[3]["text"], r[4]["text"], r[5]["text"]),
                 (m["level1"], m["level2"], m["level3"], m["value_raw"], y["value_raw"]))
        for c in (r[4], r[5]):
            if c["type"] == "percentage":
                pct += 1
                if c["text"] != f"{round(float(c['value']) * 100)}%" or float(c["value"]) > 1:
                    bad.append(f"n3: percentage cell {c}")
    if pct != 4:
        bad.append(f"n3: {pct} percentage-typed value cells, want 4 (1, 1, 0.95, 0.8)")
    if not any(r and r[0]["text"] == "财政部门批复意见" for r in rows):
        bad.append("n3: no 批复意见 row")
    return bad


def s_n4(doc, g):
    import openpyxl
    bad = []
    if not doc.endswith(".xls") or open(doc, "rb").read(8) != OLE or b"W\x00o\x00r\x00k\x00b\x00o\x00o\x00k" not in open(doc, "rb").read():
        return ["n4: not a BIFF .xls (OLE2 with a Workbook stream)"]
    wb = openpyxl.load_workbook(lo(doc, "xlsx", "xlsx"))
    if wb.sheetnames != ["绩效目标表", "资金分配明细"]:
        return [f"n4: sheets {wb.sheetnames}"]
    ws = wb["绩效目标表"]
    p = g["projects"][0]
    merged = {str(m) for m in ws.merged_cells.ranges}
    if ws["A1"].value != p["title"] or ws["A2"].value != "（2024年度）" or ws["B5"].value != p["department"] \
            or ws["E5"].value != p["implementing_unit"]:
        bad.append("n4: title / year / 主管部门 / 实施单位")
    if ws["E6"].value != float(p["extra"]["实施期资金总额"]) or [ws["B7"].value, ws["D7"].value, ws["F7"].value] != \
            [p["budget_total"], p["budget_fiscal"], p["budget_other"]]:
        bad.append("n4: money")
    for ref in ("B9:C9", "D9:F9"):
        if ref not in merged:
            bad.append(f"n4: goal cell {ref} not merged")
    gm, gy = ws["B9"].value, ws["D9"].value
    if "\n" not in gm or "\n" not in gy or not ws["B9"].alignment.wrap_text:
        bad.append("n4: goal items not apart by in-cell line breaks (Alt+Enter) with wrap")
    cmp_rows(bad, "n4 goals", (items(gm), items(gy)), (p["goals_mid_term"], p["goals"]))
    if [ws.cell(10, j).value for j in range(2, 7)] != ["一级指标", "二级指标", "指标内容", "长期目标值", "年度目标值"]:
        bad.append("n4: indicator header")
    mi, yi = by_period(p)
    l1 = l2 = None
    for k, (m, y) in enumerate(zip(mi, yi)):
        r = 11 + k
        l1, l2 = ws[f"B{r}"].value or l1, ws[f"C{r}"].value or l2
        cmp_rows(bad, f"n4 row {r}", (l1, l2, ws[f"D{r}"].value, ws[f"E{r}"].value, ws[f"F{r}"].value),
                 (m["level1"], m["level2"], m["level3"], m["value_raw"], y["value_raw"]))
    if f"B11:B{10 + sum(1 for x in mi if x['level1'] == '产出指标')}" not in merged:
        bad.append("n4: 一级 产出指标 not merged down")
    s2 = wb["资金分配明细"]
    if abs(sum(s2.cell(k, 2).value for k in range(2, 5)) - p["budget_total"]) > 1e-6:
        bad.append("n4: 资金分配明细 does not add up to the annual total")
    return bad


def s_n5(doc, g):
    bad = []
    if not doc.endswith(".docx"):
        return ["n5: not a .docx"]
    root = docx_xml(doc)
    syms = [(s.get(W + "font"), s.get(W + "char")) for s in root.iter(W + "sym")]
    if syms != [("Wingdings", "F0A8"), ("Wingdings", "F0FE")]:
        bad.append(f"n5: check boxes {syms}")
    tabs = docx_tables(doc)
    if len(tabs) != 1:
        return [f"n5: {len(tabs)} tables"]
    rows = tabs[0]
    gr = grid(rows)
    p = g["projects"][0]
    attr = rows[2][3]
    ticked, last = [], ""
    for x in attr["el"].iter():
        if x.tag == W + "t":
            last = x.text or ""
        elif x.tag == W + "sym" and x.get(W + "char") == "F0FE":
            ticked.append(last.strip())
    if ticked != [p["extra"]["项目属性"]] or "☑" in attr["text"] or "√" in attr["text"]:
        bad.append(f"n5: the ticked box is before {ticked}, gold says {p['extra']['项目属性']}")
    if gr[1][4] != p["department_code"] or gr[2][1] != p["implementing_unit"]:
        bad.append("n5: 主管部门编码 / 项目单位")
    money = [gr[k][3] for k in (5, 6, 7)]
    cmp_rows(bad, "n5 money", money, ["%.2f" % p[k] for k in ("budget_total", "budget_fiscal", "budget_other")])
    if [rows[k][0]["vmerge"] for k in (5, 6, 7)] != ["restart", "continue", "continue"]:
        bad.append("n5: 年度资金总额及构成 not vMerged")
    plan = [(gr[k][1], gr[k][4], gr[k][5]) for k in (11, 12, 13)]
    cmp_rows(bad, "n5 plan", plan, [tuple(s.values()) for s in p["extra"]["实施进度计划"]])
    gcell = [c for c in rows[15] if c["text"].startswith("1、")][0]["el"]
    if len(gcell.findall(f".//{W}br")) != len(p["goals"]) - 1:
        bad.append("n5: 年度目标 items not apart by soft breaks")
    cmp_rows(bad, "n5 goals", (items(gr[15][1]), items(gr[15][3])), (p["goals_mid_term"], p["goals"]))
    mi, yi = by_period(p)
    r = 16
    for lab, xs in (("长期绩效指标", mi), ("年度绩效指标", yi)):
        if gr[r][0] != lab or gr[r][1:] != ["一级指标", "二级指标", "指标内容", "指标值", "备注"]:
            bad.append(f"n5: {lab} header")
        got = [(a, b, c, v, n) for _, a, b, c, v, n in gr[r + 1: r + 1 + len(xs)]]
        cmp_rows(bad, f"n5 {lab}", got, [(x["level1"], x["level2"], x["level3"], x["value_raw"], x.get("note", ""))
                                         for x in xs])
        r += len(xs) + 1
    if r != len(gr):
        bad.append("n5: rows left over")
    return bad


def s_n6(doc, g):
    bad = []
    raw = open(doc, "rb").read()
    if not doc.endswith(".doc") or raw[:8] != OLE or "WordDocument".encode("utf-16-le") not in raw:
        return ["n6: not a Word 97 .doc (OLE2 with a WordDocument stream)"]
    dx = lo(doc, "docx", "docx")
    tabs = docx_tables(dx)
    if len(tabs) != 3 * len(g["projects"]):
        return [f"n6: {len(tabs)} tables, want 3 per project"]
    if wtext(docx_xml(dx)).count("\f") < len(g["projects"]) - 1:
        bad.append("n6: no page break between projects")
    for k, p in enumerate(g["projects"]):
        info, cost, ind = (grid(t) for t in tabs[3 * k: 3 * k + 3])
        if info[0][1] != p["name"] or info[1][1] != p["project_type"] or info[1][3] != p["project_nature"] \
                or info[2][1] != p["extra"]["立项依据"]:
            bad.append(f"n6: project {k + 1} info table")
        if cost[0] != ["明细", "金额", "测算（公式）依据", "2022年实际执行数", "2023年实际执行数"]:
            bad.append("n6: cost header")
        items_ = [(r[0], float(r[1]), r[2], r[3], r[4]) for r in cost[1:-1]]
        cmp_rows(bad, f"n6 cost {k + 1}", items_, [(c["item"], c["amount"], c["basis"], c["2022年实际执行数"],
                                                    c["2023年实际执行数"]) for c in p["extra"]["cost_items"]])
        if cost[-1][0] != "合计" or float(cost[-1][1]) != p["budget_total"] \
                or abs(sum(x[1] for x in items_) - p["budget_total"]) > 1e-6:
            bad.append(f"n6: project {k + 1} 合计 / budget_total")
        if ind[0][1] != p["goals"][0] or ind[1] != ["一级指标", "二级指标", "三级指标", "绩效标准", "当年预期实现值"]:
            bad.append(f"n6: project {k + 1} goal / indicator header")
        got = [tuple(r) for r in ind[2:-1]]
        cmp_rows(bad, f"n6 rows {k + 1}", got, [(x["level1"], x["level2"], x["level3"], x["description"], x["value_raw"])
                                                 for x in p["indicators"]])
        if ind[-1][:2] != ["保障绩效目标实现措施", p["measures"]]:
            bad.append(f"n6: project {k + 1} 措施")
        if not any(r[0]["vmerge"] == "continue" for r in tabs[3 * k + 2][3:-1]):
            bad.append("n6: 一级 merge lost in the Word 97 round trip")
    return bad


S = {"n1": s_n1, "n2": s_n2, "n3": s_n3, "n4": s_n4, "n5": s_n5, "n6": s_n6}


def structure(stem, doc, g):
    return S[stem[:2]](doc, g)


def _m_n1(g):
    x = g["projects"][2]["indicators"].pop(0)
    g["projects"][1]["indicators"].append(x)


def _m_n2(g):
    g["projects"][0]["budget_carryover"] = 0.0


def _m_n3(g):
    for x in g["projects"][0]["indicators"]:
        if x["value_raw"] == "80%":
            x["value_raw"] = "0.8"


def _m_n4(g):
    g["projects"][0]["goals"] = ["".join(g["projects"][0]["goals"])]


def _m_n5(g):
    g["projects"][0]["extra"]["项目属性"] = "新增项目"


def _m_n6(g):
    g["projects"][0]["extra"]["cost_items"][1]["amount"] = 48.0


QMUT = {"n1": (_m_n1, "project 3's first row moved into project 2"),
        "n2": (_m_n2, "上年结转资金 0"),
        "n3": (_m_n3, "the 80% cell typed as its stored fraction 0.8"),
        "n4": (_m_n4, "the two line-broken goal items typed as one"),
        "n5": (_m_n5, "项目属性 typed 新增项目"),
        "n6": (_m_n6, "a cost item 84.00 typed 48.00")}


def main():
    os.makedirs(TMP, exist_ok=True)
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
    if "--selftest" in sys.argv:
        for stem, (gp, g) in golds.items():
            others = [s for s in golds if s != stem]

            def fails(o):
                try:
                    return bool(structure(stem, os.path.join(D, golds[o][1]["source"]["path"]), g))
                except Exception:          # a reader that cannot even find the quirk's parts: the assertion fails
                    return True
            held = [o for o in others if not fails(o)]
            doc = os.path.join(D, g["source"]["path"])
            m = copy.deepcopy(g)
            m["projects"][-1]["indicators"][-1]["level3"] += "（抽样）"
            mut = missing(doc, m)
            mq = copy.deepcopy(g)
            fn, what = QMUT[stem[:2]]
            fn(mq)
            try:
                qfail = bool(structure(stem, doc, mq))
            except Exception:
                qfail = True
            print(f"  selftest {stem[:2]}: quirk assertions on a mutated gold ({what}) {'fail' if qfail else 'HOLD'}")
            bad += not qfail
            print(f"  selftest {stem[:2]}: quirk assertions fail on {len(others) - len(held)}/{len(others)} other drafts"
                  f"{' (HELD on ' + str(held) + ')' if held else ''}; mutated gold missing={mut}")
            bad += bool(held) or not mut
    print("ALL OK" if not bad else f"{bad} PROBLEM(S)")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
