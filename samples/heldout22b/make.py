#!/usr/bin/env python3
"""Render every workbook of heldout22b FROM the facts in golds.py and write the golds with source filled.
openpyxl writes each workbook into /tmp/heldout22b_build; formulas of the .xlsx drafts get their CACHED values written
into the sheet XML afterwards (as Excel saves them; the values are computed here from the facts); g4 / g5 go through
LibreOffice headless (`--convert-to xls` / `ods`, own profile under /tmp/heldout22b_build, one at a time), which
recalculates and stores the cached results. Nothing is imported from jixiao."""
import hashlib, json, os, re, shutil, subprocess, sys, zipfile
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from golds import F, G, cells, vr, FORM_TITLE  # noqa: E402
from kit import clean  # noqa: E402
from openpyxl import Workbook  # noqa: E402
from openpyxl.styles import Alignment, Border, Font, Side  # noqa: E402
from openpyxl.worksheet.datavalidation import DataValidation  # noqa: E402
from openpyxl.worksheet.pagebreak import Break  # noqa: E402
from openpyxl.chart import BarChart, Reference  # noqa: E402

D, EXPECTED, TMP = os.path.join(HERE, "drafts"), os.path.join(HERE, "expected"), "/tmp/heldout22b_build"
LO = ["/usr/bin/soffice", f"-env:UserInstallation=file://{TMP}/lo_profile", "--headless"]
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
L1S = ["产出指标", "效益指标", "满意度指标", "成本指标"]
L2S = ["数量指标", "质量指标", "时效指标", "经济成本指标", "社会成本指标", "生态环境成本指标", "经济效益指标",
       "社会效益指标", "生态效益指标", "可持续影响指标", "服务对象满意度指标"]
BASES = ["计划标准", "行业标准", "历史标准", "其他标准"]


def runs(vals):
    out, k = [], 0
    while k < len(vals):
        m = k
        while m + 1 < len(vals) and vals[m + 1] == vals[k]:
            m += 1
        out.append((k, m)); k = m + 1
    return out


def put(ws, ref, v, fmt=None, bold=False, center=False, size=None):
    c = ws[ref]
    c.value = v
    if fmt:
        c.number_format = fmt
    if bold or size:
        c.font = Font(bold=bold, size=size or 11, name="宋体")
    c.alignment = CENTER if center else WRAP
    return c


def merge(ws, rng, v=None, **kw):
    ws.merge_cells(rng)
    if v is not None:
        put(ws, rng.split(":")[0], v, **kw)


def grid(ws, r1, r2, ncol):
    for r in range(r1, r2 + 1):
        for c in range(1, ncol + 1):
            ws.cell(r, c).border = BOX


def indicator_rows(ws, first, rows, ncol_levels, sh, col0=1):
    """rows: lists of printed cells; the first two (一级 / 二级) merged over their runs; `num` rows hold numbers."""
    nums = sh.get("num", {})
    for k, row in enumerate(rows):
        r = first + k
        for j, v in enumerate(row):
            c = ws.cell(r, col0 + j)
            if j == 3 and k in nums:
                c.value, c.number_format = nums[k]
            else:
                c.value = vr(v) if j == 3 else v
            c.alignment = WRAP
    for lev in range(ncol_levels):
        key = [tuple(r[: lev + 1]) for r in rows]
        for a, b in runs(key):
            if b > a:
                ws.merge_cells(start_row=first + a, start_column=col0 + lev, end_row=first + b, end_column=col0 + lev)
            ws.cell(first + a, col0 + lev).alignment = CENTER
    return first + len(rows) - 1


# ------------------------------------------------------------------ one writer per form template
def w_dept(ws, f, sh):
    for col, w in zip("ABCD", (14, 18, 34, 20)):
        ws.column_dimensions[col].width = w
    merge(ws, "A1:D1", FORM_TITLE["dept"], bold=True, center=True, size=16)
    merge(ws, "A2:C2", f"（{f['year']}年度）", center=True); put(ws, "D2", "单位：万元")
    put(ws, "A3", "部门名称"); put(ws, "B3", f["dept"]); put(ws, "C3", "部门编码"); put(ws, "D3", f["code"])
    merge(ws, "A4:A6", "年度预算（万元）", center=True)
    refs = {}
    for k, (lab, v) in enumerate(zip(("资金总额", "其中：财政拨款", "其他资金"), sh["amt"])):
        r = 4 + k
        put(ws, f"B{r}", lab); ws.merge_cells(f"C{r}:D{r}")
        refs[lab] = f"C{r}"
        put(ws, f"C{r}", sh.get("formulas", {}).get(k, float(v)), fmt="0.00")
    put(ws, "A7", "年度总体目标")
    merge(ws, "B7:D7", "\n".join(f"{k}.{g}" for k, g in enumerate(sh["goals"], 1))); ws.row_dimensions[7].height = 64
    merge(ws, "A8:D8", "年度绩效指标", bold=True, center=True)
    for j, h in enumerate(["一级指标", "二级指标", "三级指标", "指标值"], 1):
        ws.cell(9, j, h).font = Font(bold=True); ws.cell(9, j).alignment = CENTER
    last = indicator_rows(ws, 10, cells(sh["rows"], 4), 2, sh)
    grid(ws, 3, last, 4)
    return refs, ("A", "B", 10, last)


def w_plain(ws, f, sh):
    for col, w in zip("ABCDE", (14, 16, 30, 16, 16)):
        ws.column_dimensions[col].width = w
    merge(ws, "A1:E1", FORM_TITLE["plain"], bold=True, center=True, size=16)
    merge(ws, "A2:C2", f"（{f['year']}年度）", center=True); merge(ws, "D2:E2", "单位：万元")
    put(ws, "A3", "项目名称"); merge(ws, "B3:C3", sh["name"]); put(ws, "D3", "项目编码"); put(ws, "E3", sh["pcode"])
    put(ws, "A4", "主管部门"); merge(ws, "B4:C4", f["dept"]); put(ws, "D4", "实施单位"); put(ws, "E4", sh["impl"])
    merge(ws, "A5:A7", "项目资金（万元）", center=True)
    refs = {}
    for k, (lab, v) in enumerate(zip(("年度资金总额", "其中：财政拨款", "其他资金"), sh["amt"])):
        r = 5 + k
        put(ws, f"B{r}", lab); ws.merge_cells(f"C{r}:E{r}"); refs[lab] = f"C{r}"
        put(ws, f"C{r}", sh.get("formulas", {}).get(k, float(v)), fmt="0.00")
    put(ws, "A8", "年度绩效目标"); merge(ws, "B8:E8", sh["goal"]); ws.row_dimensions[8].height = 48
    merge(ws, "A9:E9", "年度绩效指标", bold=True, center=True)
    for j, h in enumerate(["一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据"], 1):
        ws.cell(10, j, h).font = Font(bold=True); ws.cell(10, j).alignment = CENTER
    last = indicator_rows(ws, 11, cells(sh["rows"], 5), 2, sh)
    grid(ws, 3, last, 5)
    return refs, ("A", "B", 11, last)


def w_nat(ws, f, sh):
    for col, w in zip("ABCD", (16, 20, 32, 24)):
        ws.column_dimensions[col].width = w
    merge(ws, "A1:D1", FORM_TITLE["nat"], bold=True, center=True, size=16)
    merge(ws, "A2:C2", f"（{f['year']}年度）", center=True); put(ws, "D2", "单位：万元")
    put(ws, "A3", "项目名称"); merge(ws, "B3:D3", sh["name"])
    put(ws, "A4", "主管部门及代码"); put(ws, "B4", f"[{f['code']}]{f['dept']}"); put(ws, "C4", "实施单位")
    put(ws, "D4", sh["impl"])
    put(ws, "A5", "项目属性"); put(ws, "B5", sh["attr"]); put(ws, "C5", "项目期"); put(ws, "D5", sh["term"])
    merge(ws, "A6:A9", "项目资金（万元）", center=True)
    refs = {}
    vals = (sh["amt"][0], sh["amt"][1], sh["carry"], sh["amt"][2])
    for k, (lab, v) in enumerate(zip(("年度资金总额", "其中：财政拨款", "上年结转资金", "其他资金"), vals)):
        r = 6 + k
        put(ws, f"B{r}", lab); ws.merge_cells(f"C{r}:D{r}"); refs[lab] = f"C{r}"
        put(ws, f"C{r}", float(v), fmt="0.00")
    put(ws, "A10", "年度总体目标"); merge(ws, "B10:D10", sh["goal"]); ws.row_dimensions[10].height = 48
    merge(ws, "A11:D11", "年度绩效指标", bold=True, center=True)
    for j, h in enumerate(["一级指标", "二级指标", "三级指标", "指标值"], 1):
        ws.cell(12, j, h).font = Font(bold=True); ws.cell(12, j).alignment = CENTER
    last = indicator_rows(ws, 13, cells(sh["rows"], 4), 2, sh)
    grid(ws, 3, last, 4)
    return refs, ("A", "B", 13, last)


def w_f2015(ws, f, sh):
    for col, w in zip("ABCDE", (14, 14, 18, 30, 18)):
        ws.column_dimensions[col].width = w
    merge(ws, "A1:E1", FORM_TITLE["f2015"], bold=True, center=True, size=16)
    merge(ws, "A2:E2", f"（{f['year']}年度）", center=True)
    put(ws, "A3", "项目名称"); merge(ws, "B3:E3", sh["name"])
    put(ws, "A4", "主管部门"); merge(ws, "B4:C4", f["dept"]); put(ws, "D4", "主管部门编码"); put(ws, "E4", f["code"])
    put(ws, "A5", "项目单位"); merge(ws, "B5:C5", sh["impl"]); put(ws, "D5", "项目负责人"); put(ws, "E5", sh["person"])
    put(ws, "A6", "项目属性"); merge(ws, "B6:C6", sh["attr"]); put(ws, "D6", "联系电话"); put(ws, "E6", sh["phone"])
    put(ws, "A7", "项目起止时间"); merge(ws, "B7:E7", sh["term"])
    merge(ws, "A8:A10", "年度资金总额及构成（万元）", center=True)
    refs = {}
    for k, (lab, v) in enumerate(zip(("年度资金总额", "其中：财政拨款", "其他资金"), sh["amt"])):
        r = 8 + k
        put(ws, f"B{r}", lab); ws.merge_cells(f"C{r}:E{r}"); refs[lab] = f"C{r}"
        put(ws, f"C{r}", float(v), fmt="0.00")
    put(ws, "A11", "长期目标"); merge(ws, "B11:E11", sh["long"]); ws.row_dimensions[11].height = 36
    put(ws, "A12", "年度目标"); merge(ws, "B12:E12", sh["goal"]); ws.row_dimensions[12].height = 36
    for j, h in enumerate(["", "一级指标", "二级指标", "三级指标", "指标值"], 1):
        ws.cell(13, j, h).font = Font(bold=True); ws.cell(13, j).alignment = CENTER
    lr, yr = cells(sh["long_rows"], 4), cells(sh["rows"], 4)
    last_l = indicator_rows(ws, 14, lr, 2, {}, col0=2)
    merge(ws, f"A14:A{last_l}", "长期绩效指标", center=True)
    last = indicator_rows(ws, last_l + 1, yr, 2, {}, col0=2)
    merge(ws, f"A{last_l + 1}:A{last}", "年度绩效指标", center=True)
    grid(ws, 3, last, 5)
    return refs, ("B", "C", 14, last)


def w_sc(ws, f, sh):
    for col, w in zip("ABCDEFGHIJKL", (16, 16, 10, 30, 10, 12, 22, 8, 14, 9, 6, 8)):
        ws.column_dimensions[col].width = w
    merge(ws, "A1:L1", FORM_TITLE["sc"], bold=True, center=True, size=16)
    merge(ws, "K2:L2", "金额单位：万元")
    hdr = ["单位名称", "项目名称", "预算数", "年度目标", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
           "度量单位", "权重", "指标方向性"]
    for j, h in enumerate(hdr, 1):
        ws.cell(3, j, h).font = Font(bold=True); ws.cell(3, j).alignment = CENTER
    r, refs = 4, {}
    for p in sh["projs"]:
        rows = cells(p["rows"], 8)
        a, b = r, r + len(rows) - 1
        for col, v in (("B", p["name"]), ("C", float(p["budget"])), ("D", p["goal"])):
            ws.merge_cells(f"{col}{a}:{col}{b}")
            put(ws, f"{col}{a}", v, fmt="#,##0.00" if col == "C" else None)
        refs[p["name"]] = f"C{a}"
        for k, row in enumerate(rows):
            for j, v in enumerate(row):
                c = ws.cell(a + k, 5 + j)
                if j == 4 and v and row[3] != "定性":
                    c.value = float(v.replace(",", "")) if "." in v else int(v.replace(",", ""))
                elif j == 6:
                    c.value = int(v)
                else:
                    c.value = v or None
                c.alignment = WRAP
        r = b + 1
    merge(ws, f"A4:A{r - 1}", f"{f['code']}-{f['dept']}", center=True)
    grid(ws, 3, r - 1, 12)
    return refs, ("E", "F", 4, r - 1)


WRITERS = {"dept": w_dept, "plain": w_plain, "nat": w_nat, "f2015": w_f2015, "sc": w_sc}


def w_guide(ws, f):
    ws.column_dimensions["A"].width = 100
    put(ws, "A1", f"{f['dept']}{f['title']}", bold=True, size=16)
    put(ws, "A2", "填报说明", bold=True)
    for k, line in enumerate(f["guide"], 3):
        put(ws, f"A{k}", line)


def w_lists(ws, f, wb, forms):
    """hidden sheet of dropdown lists + list validations on every form's level columns."""
    for j, (h, vals) in enumerate((("一级指标", L1S), ("二级指标", L2S), ("指标值设定依据", BASES)), 1):
        ws.cell(1, j, h)
        for k, v in enumerate(vals, 2):
            ws.cell(k, j, v)
    ws.sheet_state = "hidden"
    for fws, (c1, c2, r1, r2) in forms:
        for col, rng in ((c1, f"=下拉选项!$A$2:$A${1 + len(L1S)}"), (c2, f"=下拉选项!$B$2:$B${1 + len(L2S)}")):
            dv = DataValidation(type="list", formula1=rng, allow_blank=True)
            dv.add(f"{col}{r1}:{col}{r2}")
            fws.add_data_validation(dv)


def q(name):
    return "'" + name + "'"


# ------------------------------------------------------------------ workbook assembly
def build(f):
    """returns (workbook, cached) where cached = {(sheet, cell): value} for every formula cell."""
    wb = Workbook()
    wb.remove(wb.active)
    forms, allrefs, cached = [], [], {}
    sheets = {}
    for sh in f["sheets"]:
        sheets[sh["tab"]] = wb.create_sheet(sh["tab"]) if sh["kind"] != "chart" else None
    # g4: the summary holds the TYPED money; every form's money cells are formulas pointing at it
    link = f["stem"].startswith("g4")
    formsheets = [sh for sh in f["sheets"] if sh["kind"] in WRITERS]
    if link:
        order = [sh for sh in formsheets if sh["kind"] != "dept"]
        for k, sh in enumerate(order):
            sh["formulas"] = {j: f"=资金汇总!{col}{5 + k}" for j, col in enumerate("DEF")}
            for j, col in enumerate("DEF"):
                cached[(sh["tab"], "C%d" % (5 + j))] = float(sh["amt"][j])
        dsh = [sh for sh in formsheets if sh["kind"] == "dept"][0]
        drow = 5 + len(order) + 1
        dsh["formulas"] = {j: f"=资金汇总!{col}{drow}" for j, col in enumerate("DEF")}
        for j in range(3):
            cached[(dsh["tab"], "C%d" % (4 + j))] = float(dsh["amt"][j])
    for sh in formsheets:
        ws = sheets[sh["tab"]]
        refs, lv = WRITERS[sh["kind"]](ws, f, sh)
        forms.append((ws, lv)); allrefs.append((sh, refs))
        ws.page_setup.orientation = "landscape" if sh["kind"] == "sc" else "portrait"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        if f["stem"].startswith("g3") and sh["kind"] == "plain":
            ncol, last = 5, lv[3]
            ws.column_dimensions["G"].width = 4; ws.column_dimensions["H"].width = 44
            put(ws, "H3", "资金测算（不打印）", bold=True)
            for k, line in enumerate(sh["calc"], 4):
                put(ws, f"H{k}", line)
            ws.print_area = f"A1:E{last}"
            ws.print_title_rows = "10:10"
            ws.row_breaks.append(Break(id=9))
        if f["stem"].startswith("g3") and sh["kind"] == "dept":
            ws.print_area = f"A1:D{lv[3]}"
    for sh in f["sheets"]:
        if sh["kind"] == "guide":
            w_guide(sheets[sh["tab"]], f)
        elif sh["kind"] == "lists":
            w_lists(sheets[sh["tab"]], f, wb, forms)
        elif sh["kind"] == "sum":
            w_sum(sheets[sh["tab"]], f, allrefs, cached, link)
    for sh in f["sheets"]:
        if sh["kind"] == "chart":
            ws = sheets[[s for s in f["sheets"] if s["kind"] == "sum"][0]["tab"]]
            n = len([1 for s, _ in allrefs if s["kind"] != "dept"])
            ch = BarChart(); ch.type = "bar"; ch.title = "项目预算构成（万元）"; ch.y_axis.title = "万元"
            ch.add_data(Reference(ws, min_col=4, min_row=4, max_row=4 + n), titles_from_data=True)
            ch.set_categories(Reference(ws, min_col=3, min_row=5, max_row=4 + n))
            cs = wb.create_chartsheet(sh["tab"], [s["tab"] for s in f["sheets"]].index(sh["tab"]))
            cs.add_chart(ch)
    return wb, cached


def w_sum(ws, f, allrefs, cached, link):
    for col, w in zip("ABCDEFG", (6, 14, 30, 14, 14, 14, 26)):
        ws.column_dimensions[col].width = w
    merge(ws, "A1:G1", f"{f['dept']}{f['title']}", bold=True, center=True, size=16)
    merge(ws, "A2:G2", "项目资金汇总表", center=True)
    merge(ws, "A3:E3", f"部门编码：{f['code']}"); merge(ws, "F3:G3", "单位：万元")
    for j, h in enumerate(["序号", "项目编码", "项目名称", "资金总额", "财政拨款", "其他资金", "所在工作表"], 1):
        ws.cell(4, j, h).font = Font(bold=True)
    r = 5
    projs = [(sh, refs) for sh, refs in allrefs if sh["kind"] != "dept"]
    for sh, refs in projs:
        subs = sh["projs"] if sh["kind"] == "sc" else [sh]
        for p in subs:
            ws.cell(r, 1, r - 4); ws.cell(r, 2, p.get("pcode", "")); ws.cell(r, 3, p["name"])
            ws.cell(r, 7, sh["tab"])
            if sh["kind"] == "sc":
                amts = (float(p["budget"]), None, None)
                ws.cell(r, 4, f"={q(sh['tab'])}!{refs[p['name']]}"); cached[(ws.title, f"D{r}")] = amts[0]
            else:
                amts = (float(sh["amt"][0]), float(sh["amt"][1]), float(sh["amt"][2]))
                for j, col in enumerate("DEF"):
                    if link:
                        ws.cell(r, 4 + j, amts[j])
                    else:
                        lab = list(refs)[{0: 0, 1: 1, 2: len(refs) - 1}[j]]
                        ws.cell(r, 4 + j, f"={q(sh['tab'])}!{refs[lab]}"); cached[(ws.title, f"{col}{r}")] = amts[j]
            for j in range(3):
                ws.cell(r, 4 + j).number_format = "#,##0.00"
            r += 1
    ws.cell(r, 3, "项目支出合计")
    for j, col in enumerate("DEF"):
        ws.cell(r, 4 + j, f"=SUM({col}5:{col}{r - 1})").number_format = "#,##0.00"
        cached[(ws.title, f"{col}{r}")] = round(sum(
            float(ws.cell(k, 4 + j).value or 0) if not str(ws.cell(k, 4 + j).value or "").startswith("=")
            else cached.get((ws.title, f"{col}{k}"), 0) for k in range(5, r)), 2)
    dsh = [sh for sh, _ in allrefs if sh["kind"] == "dept"][0]
    ws.cell(r + 1, 3, "部门预算总额")
    for j, col in enumerate("DEF"):
        ws.cell(r + 1, 4 + j, float(dsh["amt"][j]) if link else f"={q(dsh['tab'])}!C{4 + j}")
        ws.cell(r + 1, 4 + j).number_format = "#,##0.00"
        if not link:
            cached[(ws.title, f"{col}{r + 1}")] = float(dsh["amt"][j])
    ws.cell(r + 1, 7, dsh["tab"])
    grid(ws, 4, r + 1, 7)


def patch_cached(path, cached):
    """write <v> cached values into the formula cells, as Excel stores them."""
    z = zipfile.ZipFile(path)
    wbx = z.read("xl/workbook.xml").decode()
    rels = z.read("xl/_rels/workbook.xml.rels").decode()
    tgt = dict(re.findall(r'Id="(rId\d+)"[^>]*?Target="([^"]+)"', rels))
    tgt.update({a: b for b, a in re.findall(r'Target="([^"]+)"[^>]*?Id="(rId\d+)"', rels)})
    name2file = {}
    for name, rid in re.findall(r'<sheet [^>]*?name="([^"]+)"[^>]*?r:id="(rId\d+)"', wbx):
        name2file[name] = "xl/" + tgt[rid].lstrip("/").replace("xl/", "")
    files = {n: z.read(n) for n in z.namelist()}
    z.close()
    done = 0
    for (sheet, ref), v in cached.items():
        fn = name2file[sheet]
        x = files[fn].decode()
        pat = re.compile(r'(<c r="%s"[^>]*>)(<f>[^<]*</f>)<v\s*/?>(?:</v>)?' % ref)
        x, n = pat.subn(lambda m: m.group(1) + m.group(2) + "<v>%s</v>" % repr(float(v)).rstrip("0").rstrip("."), x)
        assert n == 1, (sheet, ref)
        files[fn] = x.encode(); done += 1
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for n, data in files.items():
            out.writestr(n, data)
    return done


def main():
    os.makedirs(TMP, exist_ok=True); os.makedirs(D, exist_ok=True); os.makedirs(EXPECTED, exist_ok=True)
    for key in sorted(F):
        f = F[key]
        stem, ext = f["stem"], f["ext"]
        wb, cached = build(f)
        wb.properties.creator = "财务股"
        src = os.path.join(TMP, f"{stem}.xlsx")
        wb.save(src)
        if ext == "xlsx":
            patch_cached(src, cached)
            tmp = src
        else:
            subprocess.run(LO + ["--convert-to", ext, "--outdir", TMP, src], check=True, capture_output=True)
            tmp = os.path.join(TMP, f"{stem}.{ext}")
        out = os.path.join(D, f"{stem}.{ext}")
        shutil.copy(tmp, out)
        data = open(out, "rb").read()
        g = clean(G[stem])
        g["source"] = {"path": os.path.basename(out), "sha256": hashlib.sha256(data).hexdigest(), "format": ext,
                       "pages": None}
        json.dump(g, open(os.path.join(EXPECTED, f"{stem}.gold.json"), "w", encoding="utf-8"), ensure_ascii=False,
                  indent=1)
        print(out, len(data), "bytes", f"cached={len(cached)}")


if __name__ == "__main__":
    main()
