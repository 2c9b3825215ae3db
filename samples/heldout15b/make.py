#!/usr/bin/env python3
"""Render every heldout15b workbook FROM the facts in golds.py and write expected/NAME.gold.json.
openpyxl writes each workbook (STORED values + number formats); c1 goes through LibreOffice `--convert-to xlsx`
(recalculated, cached formula values saved), c4 through `--convert-to xls` (BIFF8), c5 through `--convert-to ods`.
Intermediate files: /tmp/heldout15b_build. Nothing from jixiao is used.
usage: make.py [STEM ...]"""
import datetime, hashlib, json, os, shutil, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from golds import G, C1_CALC, C1_P, C2_P, C3_P, C4_P, C5_P, C6_P, clean
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

BUILD = "/tmp/heldout15b_build"
LO_PROFILE = "file:///tmp/heldout15b_build/lo_profile"
DRAFTS, EXPECTED = os.path.join(HERE, "drafts"), os.path.join(HERE, "expected")
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
EPOCH = datetime.date(1899, 12, 30)


def put(ws, ref, stored, fmt="G"):
    """write a STORED value with its number format."""
    c = ws[ref]
    if isinstance(stored, str) and stored.startswith("S:"):
        c.value = stored[2:]
        c.data_type = "s"
    elif isinstance(stored, str) and stored.startswith("D:"):
        c.value = (datetime.date.fromisoformat(stored[2:]) - EPOCH).days   # the date serial number
    elif isinstance(stored, str) and stored.startswith("="):
        c.value = stored
    elif isinstance(stored, str) and stored.isdigit():
        c.value = int(stored)
    else:
        c.value = stored
    c.number_format = {"G": "General"}.get(fmt, fmt)
    return c


def form_sheet(ws, p, f, title, dept, dcode=("S:", "@"), unitline="单位：万元", hidden_col=None):
    ws.merge_cells("A1:E1")
    ws["A1"] = title
    ws["A1"].font = Font(name="宋体", size=16, bold=True)
    ws["A1"].alignment = CENTER
    ws.merge_cells("A2:B2")
    ws["A2"] = f"部门名称：{dept}"
    ws["C2"] = "部门编码"
    put(ws, "D2", *dcode)
    ws["D2"].alignment = Alignment(horizontal="left")
    if unitline:
        ws["E2"] = unitline
        ws["E2"].alignment = Alignment(horizontal="right")
    for r, (lab, val) in enumerate([("项目名称", p["name"]), ("项目编码", f.get("_code", "S:" + str(p["code"]))),
                                     ("实施单位", "S:" + p["implementing_unit"])], 3):
        ws[f"A{r}"] = lab
        ws.merge_cells(f"B{r}:E{r}")
        put(ws, f"B{r}", val if lab != "项目名称" else "S:" + val, "0.00E+00" if lab == "项目编码" and
            not str(val).startswith("S:") else ("@" if lab == "项目编码" else "G"))
        ws[f"B{r}"].alignment = Alignment(horizontal="left", vertical="center")
    ws.merge_cells("A6:A8")
    ws["A6"] = "项目资金"
    for r, (lab, a) in enumerate(zip(["年度资金总额", "其中：财政拨款", "其他资金"], f["amounts"]), 6):
        ws[f"B{r}"] = lab
        ws.merge_cells(f"C{r}:E{r}")
        put(ws, f"C{r}", a["stored"], a["fmt"])
        ws[f"C{r}"].alignment = Alignment(horizontal="right" if a["fmt"] != "@" else "left", vertical="center")
    ws["A9"] = "年度绩效目标"
    ws.merge_cells("B9:E9")
    ws["B9"] = "\n".join(f"{i}.{g}" for i, g in enumerate(p["goals"], 1))
    ws["B9"].alignment = WRAP
    ws.row_dimensions[9].height = 48
    for c, h in zip("ABCDE", ["一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据"]):
        ws[f"{c}10"] = h
        ws[f"{c}10"].font = Font(bold=True)
    inds = p["indicators"]
    for j, x in enumerate(inds):
        r = 11 + j
        ws[f"A{r}"], ws[f"B{r}"], ws[f"C{r}"] = x["level1"], x["level2"], x["level3"]
        put(ws, f"D{r}", x["_stored"], x["_fmt"])
        ws[f"E{r}"] = x["basis"]
    last = 10 + len(inds)
    for col, key in (("A", "level1"), ("B", "level2")):
        j = 0
        while j < len(inds):
            k = j
            while k + 1 < len(inds) and inds[k + 1][key] == inds[j][key] and \
                    (key == "level1" or inds[k + 1]["level1"] == inds[j]["level1"]):
                k += 1
            if k > j:
                ws.merge_cells(f"{col}{11 + j}:{col}{11 + k}")
            j = k + 1
    if hidden_col:
        ws["F10"] = "上年实际值"
        ws["F10"].number_format = ";;;"
        for j, v in enumerate(hidden_col):
            if v is not None:
                ws[f"F{11 + j}"] = v
            ws[f"F{11 + j}"].number_format = ";;;"
    for row in ws.iter_rows(min_row=3, max_row=last, max_col=5):
        for c in row:
            c.border = BOX
            if c.row >= 10 and c.column != 4:
                c.alignment = CENTER if c.column <= 2 or c.row == 10 else WRAP
    for c, w in zip("ABCDEF", [14, 16, 34, 22, 16, 12]):
        ws.column_dimensions[c].width = w
    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = 9


def lo_convert(src, fmt, outdir):
    os.makedirs(outdir, exist_ok=True)
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", fmt,
                    "--outdir", outdir, src], check=True, capture_output=True, timeout=180)
    out = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + "." + fmt.split(":")[0])
    assert os.path.exists(out), out
    return out


def workbook(stem, P, title, dept):
    wb = Workbook()
    wb.remove(wb.active)
    for p, f in zip(G[stem]["projects"], P):
        ws = wb.create_sheet(f["sheet"])
        form_sheet(ws, p, f, title, dept, dcode=f.get("_dept", ("S:" + p["department_code"], "@")),
                   unitline=f.get("_unitline", "单位：万元"), hidden_col=f.get("_hidden"))
    return wb


def c1(stem):
    wb = workbook(stem, C1_P, "2025年项目支出绩效目标表", "烟台市芝罘区卫生健康局")
    ws = wb.create_sheet("资金测算")
    ws["A1"] = "项目资金测算明细"
    for c, h in zip("ABCDE", ["测算内容", "数量", "标准（元）", "计量单位", "金额（元）"]):
        ws[f"{c}2"] = h
    for i, (lab, q, price, u) in enumerate(C1_CALC, 3):
        ws[f"A{i}"], ws[f"B{i}"] = lab, q
        ws[f"B{i}"].number_format = "#,##0"
        if price is not None:
            ws[f"C{i}"], ws[f"D{i}"], ws[f"E{i}"] = price, u, f"=B{i}*C{i}"
            ws[f"C{i}"].number_format = "#,##0.00"
            ws[f"E{i}"].number_format = "#,##0.00"
    for c, w in zip("ABCDE", [26, 12, 12, 10, 16]):
        ws.column_dimensions[c].width = w
    raw = os.path.join(BUILD, stem + ".xlsx")
    wb.save(raw)
    return lo_convert(raw, "xlsx", os.path.join(BUILD, "lo_out"))


def plain(P, title, dept, ext=None):
    def mk(stem):
        wb = workbook(stem, P, title, dept)
        raw = os.path.join(BUILD, stem + ".xlsx")
        wb.save(raw)
        return lo_convert(raw, ext, os.path.join(BUILD, "lo_out")) if ext else raw
    return mk


MAKERS = {
    "c1_xlsx_cached_rounded_zhifu_2025": (c1, "xlsx"),
    "c2_xlsx_scaled_thousands_haishu_2024": (plain(C2_P, "2024年项目支出绩效目标表", "宁波市海曙区综合行政执法局"), "xlsx"),
    "c3_xlsx_dates_dbnum_yanta_2025": (plain(C3_P, "2025年项目支出绩效目标表", "西安市雁塔区教育局"), "xlsx"),
    "c4_xls_codes_textnumbers_tiexi_2024": (plain(C4_P, "2024年项目支出绩效目标表", "沈阳市铁西区工业和信息化局",
                                                  "xls"), "xls"),
    "c5_ods_negatives_hidden_lixia_2025": (plain(C5_P, "2025年项目支出绩效目标表", "济南市生态环境局历下分局", "ods"),
                                           "ods"),
    "c6_xlsx_sections_units_ganjingzi_2024": (plain(C6_P, "2024年项目支出绩效目标表", "大连市甘井子区民政局"), "xlsx"),
}


def main():
    os.makedirs(BUILD, exist_ok=True)
    os.makedirs(DRAFTS, exist_ok=True)
    os.makedirs(EXPECTED, exist_ok=True)
    todo = sys.argv[1:] or list(MAKERS)
    for stem in todo:
        mk, ext = MAKERS[stem]
        out = mk(stem)
        dst = os.path.join(DRAFTS, f"{stem}.{ext}")
        shutil.copyfile(out, dst)
        g = clean(G[stem])
        g["source"] = {"path": os.path.basename(dst), "sha256": hashlib.sha256(open(dst, "rb").read()).hexdigest(),
                       "format": ext, "pages": None}
        with open(os.path.join(EXPECTED, stem + ".gold.json"), "w", encoding="utf-8") as fh:
            json.dump(g, fh, ensure_ascii=False, indent=1)
        print("wrote", dst)


if __name__ == "__main__":
    main()
