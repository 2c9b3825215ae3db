"""Render every heldout28a draft FROM the facts in golds.py into /tmp/heldout28a_build, copy it to drafts/, and write
the golds (with source.sha256) to expected/. Tools: openpyxl writes every workbook; LibreOffice headless (own profile
/tmp/lo_heldout28a, one conversion at a time) saves v3 as .xls and prints v4-v6 to PDF. Zips are repacked with fixed
timestamps; the PDFs get a fixed /CreationDate and /ID (same lengths, so the xref stays valid), so a rebuild gives the
same bytes. Nothing is imported from jixiao. Run: /work/main/.venv/bin/python make.py"""
import datetime, hashlib, io, json, os, re, shutil, subprocess, sys, zipfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter as CL
from openpyxl.worksheet.pagebreak import Break, RowBreak  # noqa: F401

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from golds import F, G  # noqa: E402

BUILD = "/tmp/heldout28a_build"
PROFILE = "file:///tmp/lo_heldout28a"
FIXED = (2025, 1, 20, 9, 0, 0)
STAMP = "2025-01-20T09:00:00Z"
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
FONT = Font(name="宋体", size=10)
BOLD = Font(name="宋体", size=10, bold=True)
TFONT = Font(name="宋体", size=14, bold=True)


def vtext(raw):
    return raw[2:] if raw.startswith("Q:") else raw


def nl(s):
    """Alt+Enter after every character: one character per line."""
    return "\n".join(s)


def LABEL(style, text):
    """(value, Alignment) of a vertical label cell in the given style."""
    if style == "stk":   # Excel 'vertical text': textRotation=255, characters stacked top to bottom
        return text, Alignment(textRotation=255, horizontal="center", vertical="center", wrap_text=True)
    if style == "r90":   # rotated 90 degrees counter-clockwise (reads bottom to top)
        return text, Alignment(textRotation=90, horizontal="center", vertical="center", wrap_text=True)
    if style == "r180":  # openpyxl/Excel 180 = rotated 90 degrees clockwise (reads top to bottom)
        return text, Alignment(textRotation=180, horizontal="center", vertical="center", wrap_text=True)
    if style == "nl":    # one character per line by Alt+Enter in a narrow wrapped cell
        return nl(text), Alignment(horizontal="center", vertical="center", wrap_text=True)
    raise ValueError(style)


def put(ws, r, c, v, rs=1, cs=1, al=None, font=FONT, fmt=None, border=True):
    cell = ws.cell(r, c)
    cell.value = v
    cell.font = font
    cell.alignment = al or Alignment(horizontal="center", vertical="center", wrap_text=True)
    if fmt:
        cell.number_format = fmt
    if rs > 1 or cs > 1:
        ws.merge_cells(start_row=r, start_column=c, end_row=r + rs - 1, end_column=c + cs - 1)
    if border:
        for i in range(r, r + rs):
            for j in range(c, c + cs):
                ws.cell(i, j).border = BOX
    return cell


def money(a):
    return None if a is None else float(a.replace(",", ""))


LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)


def form_top(ws, r, c, seq, p, dept, code, title_suffix=""):
    """the seed form's title, department line and upper block at (r, c), 7 columns; returns the next row."""
    put(ws, r, c, "%d、%s绩效目标表%s" % (seq, p["name"], title_suffix), cs=7, font=TFONT, border=False)
    ws.row_dimensions[r].height = 30
    put(ws, r + 1, c, "%s %s" % (code, dept), cs=5, al=LEFT, border=False)
    put(ws, r + 1, c + 6, "单位：万元", al=Alignment(horizontal="right", vertical="center"), border=False)
    r += 2
    t, fi, o = p["amt"]
    put(ws, r, c, "项目编码", font=BOLD)
    put(ws, r, c + 1, p["code"], cs=2)
    put(ws, r, c + 3, "项目名称", font=BOLD)
    put(ws, r, c + 4, p["name"], cs=3)
    put(ws, r + 1, c, "预算规模及资金用途", rs=2, font=BOLD)
    put(ws, r + 1, c + 1, "预算数")
    put(ws, r + 1, c + 2, money(t), fmt="#,##0.00")
    put(ws, r + 1, c + 3, "其中：财政资金")
    put(ws, r + 1, c + 4, money(fi), fmt="#,##0.00")
    put(ws, r + 1, c + 5, "其他资金")
    put(ws, r + 1, c + 6, money(o), fmt="#,##0.00")
    put(ws, r + 2, c + 1, p["purpose"], cs=6, al=LEFT)
    put(ws, r + 3, c, "资金支出计划（%）", rs=2, font=BOLD)
    cc = c + 1
    for k, (m, v) in enumerate(p["plan"]):
        w = 2 if k % 2 else 1
        put(ws, r + 3, cc, "%d月底" % m, cs=w)
        put(ws, r + 4, cc, v, cs=w)
        cc += w
    put(ws, r + 5, c, "绩效目标", font=BOLD)
    put(ws, r + 5, c + 1, "\n".join("%d、%s" % (k, x) for k, x in enumerate(p["goals"], 1)), cs=6, al=LEFT)
    ws.row_dimensions[r + 5].height = 16 * len(p["goals"]) + 6
    for i, hgt in ((0, 30), (1, 30), (2, 36), (3, 30), (4, 30)):
        ws.row_dimensions[r + i].height = hgt
    return r + 6


def ind_header(ws, r, c):
    for j, h in enumerate(["一级指标", "二级指标", "三级指标", "绩效指标描述", None, "指标值", "指标值确定依据"]):
        if h:
            put(ws, r, c + j, h, cs=2 if j == 3 else 1, font=BOLD)
    ws.row_dimensions[r].height = 30
    return r + 1


def groups(rows, k):
    """[(start, n)] runs of equal rows[i][:k+1]."""
    out, j = [], 0
    while j < len(rows):
        n = 1
        while j + n < len(rows) and rows[j + n][:k + 1] == rows[j][:k + 1]:
            n += 1
        out.append((j, n))
        j += n
    return out


def ind_rows(ws, r, c, rows, style, h=28, pt=10):
    """indicator rows at r; 一级 merged down its group in the vertical style; heights raised so a stacked / rotated
    label fits its merged range (Excel and LibreOffice do not grow rows for merged cells)."""
    for j, row in enumerate(rows):
        ws.row_dimensions[r + j].height = h
        put(ws, r + j, c + 2, row[2])
        put(ws, r + j, c + 3, row[3], cs=2, al=LEFT)
        put(ws, r + j, c + 5, vtext(row[4]))
        put(ws, r + j, c + 6, row[5])
    for j, n in groups(rows, 0):
        v, al = LABEL(style, rows[j][0])
        put(ws, r + j, c, v, rs=n, al=al, font=BOLD)
        need = len(rows[j][0]) * pt * 1.45 + 8
        if n * h < need:
            for i in range(n):
                ws.row_dimensions[r + j + i].height = round(need / n + 0.5)
    for j, n in groups(rows, 1):
        put(ws, r + j, c + 1, rows[j][1], rs=n)
    return r + len(rows)


def widths(ws, c, w=(5, 12, 18, 14, 14, 12, 12)):
    for j, x in enumerate(w):
        ws.column_dimensions[CL(c + j)].width = x


def page(ws, landscape=False, fit_width=True):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    if fit_width:
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.print_options.horizontalCentered = True


def new_wb():
    wb = openpyxl.Workbook()
    wb.properties.creator = "财务科"
    wb.properties.created = wb.properties.modified = datetime.datetime(2025, 1, 20, 9, 0, 0)
    return wb


def save_xlsx(wb, path):
    buf = io.BytesIO()
    wb.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", lambda m: m.group(1) + STAMP.encode(), data)
            zi = zipfile.ZipInfo(info.filename, FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def soffice(src, to, outdir):
    subprocess.run(["soffice", "-env:UserInstallation=" + PROFILE, "--headless", "--convert-to", to, "--outdir",
                    outdir, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


def fix_pdf(path):
    """fixed /CreationDate, /ID and /DocChecksum (same byte lengths: offsets and xref stay valid)."""
    b = open(path, "rb").read()
    b = re.sub(rb"/CreationDate\(D:[^)]*\)", lambda m: b"/CreationDate(D:20250120090000" +
               b"0" * (len(m.group(0)) - len(b"/CreationDate(D:20250120090000") - 1) + b")", b)
    b = re.sub(rb"/ModDate\(D:[^)]*\)", lambda m: b"/ModDate(D:20250120090000" +
               b"0" * (len(m.group(0)) - len(b"/ModDate(D:20250120090000") - 1) + b")", b)
    b = re.sub(rb"/ID \[ <[0-9A-Fa-f]{32}>\s*<[0-9A-Fa-f]{32}> \]",
               lambda m: re.sub(rb"<[0-9A-Fa-f]{32}>", b"<" + b"28A0" * 8 + b">", m.group(0)), b)
    b = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"28A0" * 8, b)
    open(path, "wb").write(b)


# ---------------------------------------------------------------- v1  vertical text 255; project 1 goes on on a 续表 sheet
SPLIT_V1 = 8  # indicator rows of project 1 on its first sheet; the rest on the 续表 sheet


def build_v1(f, path):
    wb = new_wb()
    ws = wb.active
    p1, p2 = f["projects"]
    ws.title = "1、" + p1["name"]
    r = form_top(ws, 1, 1, 1, p1, f["dept"], f["code"])
    r = ind_header(ws, r, 1)
    ind_rows(ws, r, 1, p1["rows"][:SPLIT_V1], "stk")
    widths(ws, 1)
    page(ws)
    ws2 = wb.create_sheet("续表")
    put(ws2, 1, 1, "%s绩效目标表（续表）" % p1["name"], cs=7, font=TFONT, border=False)
    ws2.row_dimensions[1].height = 30
    put(ws2, 2, 1, "%s %s" % (f["code"], f["dept"]), cs=5, al=LEFT, border=False)
    put(ws2, 2, 7, "单位：万元", al=Alignment(horizontal="right", vertical="center"), border=False)
    r = ind_header(ws2, 3, 1)
    ind_rows(ws2, r, 1, p1["rows"][SPLIT_V1:], "stk")
    widths(ws2, 1)
    page(ws2)
    ws3 = wb.create_sheet("2、" + p2["name"])
    r = form_top(ws3, 1, 1, 2, p2, f["dept"], f["code"])
    r = ind_header(ws3, r, 1)
    ind_rows(ws3, r, 1, p2["rows"], "stk")
    widths(ws3, 1)
    page(ws3)
    save_xlsx(wb, path)


# ---------------------------------------------------------------- v2  rotation 90; hidden helper columns I:J (formulas)
L2CODE = {"数量指标": "CC-SL", "质量指标": "CC-ZL", "时效指标": "CC-SX", "成本指标": "CC-CB", "经济效益指标": "XY-JJ",
          "社会效益指标": "XY-SH", "生态效益指标": "XY-ST", "可持续影响指标": "XY-KC", "服务对象满意度指标": "MY-FW"}


def build_v2(f, path):
    wb = new_wb()
    ws0 = wb.active
    for seq, p in enumerate(f["projects"], 1):
        ws = ws0 if seq == 1 else wb.create_sheet()
        ws.title = "%d、%s" % (seq, p["name"][:12])
        r = form_top(ws, 1, 1, seq, p, f["dept"], f["code"])
        hdr = r
        r = ind_header(ws, r, 1)
        ind_rows(ws, r, 1, p["rows"], "r90")
        # helper columns: I = an indicator code built by a formula from the 项目编码 (C3) and the 二级 code in J;
        # J = the 二级 code typed from the unit's lookup list. Both hidden: they feed the unit's upload sheet.
        ws.cell(hdr, 9).value = "指标代码"
        ws.cell(hdr, 10).value = "二级代码"
        for j, row in enumerate(p["rows"]):
            rr = r + j
            ws.cell(rr, 10).value = L2CODE[row[1]]
            ws.cell(rr, 9).value = '=$B$3&"-"&J%d&"-"&TEXT(ROW()-%d,"00")' % (rr, hdr)
        widths(ws, 1)
        ws.column_dimensions["I"].width = 24
        ws.column_dimensions["J"].width = 10
        ws.column_dimensions.group("I", "J", hidden=True)
        ws.print_area = "A1:G%d" % (r + len(p["rows"]) - 1)
        page(ws)
    save_xlsx(wb, path)


# ---------------------------------------------------------------- v3  Alt+Enter labels; a collapsed outline group; saved as .xls
def build_v3(f, path_xlsx):
    wb = new_wb()
    ws = wb.active
    p = f["projects"][0]
    ws.title = "项目绩效目标表"
    r = form_top(ws, 1, 1, 1, p, f["dept"], f["code"])
    r = ind_header(ws, r, 1)
    ind_rows(ws, r, 1, p["rows"], "nl")
    # the whole 效益指标 group grouped (outline level 1) and COLLAPSED: rows hidden, the row below marked collapsed
    eff = [j for j, row in enumerate(p["rows"]) if row[0] == "效益指标"]
    for j in eff:
        ws.row_dimensions[r + j].outlineLevel = 1
        ws.row_dimensions[r + j].hidden = True
    ws.row_dimensions[r + eff[-1] + 1].collapsed = True
    ws.sheet_format.outlineLevelRow = 1
    widths(ws, 1, (6, 12, 18, 14, 14, 12, 12))
    page(ws)
    save_xlsx(wb, path_xlsx)


# ---------------------------------------------------------------- v4  department form; 年度绩效指标 merged over 21 rows
def build_v4(f, path):
    wb = new_wb()
    ws = wb.active
    ws.title = "部门整体支出绩效目标表"
    put(ws, 1, 1, "部门整体支出绩效目标表", cs=6, font=TFONT, border=False)
    ws.row_dimensions[1].height = 32
    put(ws, 2, 1, "%s %s" % (f["code"], f["dept"]), cs=4, al=LEFT, border=False)
    put(ws, 2, 6, "单位：万元", al=Alignment(horizontal="right", vertical="center"), border=False)
    put(ws, 3, 1, "部门（单位）名称", cs=2, font=BOLD)
    put(ws, 3, 3, f["dept"], cs=4)
    put(ws, 4, 1, "年度预算", rs=2, cs=2, font=BOLD)
    put(ws, 4, 3, "预算数")
    put(ws, 4, 4, "其中：财政资金")
    put(ws, 4, 5, "其他资金", cs=2)
    t, fi, o = f["amt"]
    put(ws, 5, 3, money(t), fmt="#,##0.00")
    put(ws, 5, 4, money(fi), fmt="#,##0.00")
    put(ws, 5, 5, money(o), cs=2, fmt="#,##0.00")
    put(ws, 6, 1, "年度总体目标", cs=2, font=BOLD)
    put(ws, 6, 3, "\n".join("%d、%s" % (k, x) for k, x in enumerate(f["goals"], 1)), cs=4, al=LEFT)
    for i, hgt in ((3, 26), (4, 24), (5, 24), (6, 60)):
        ws.row_dimensions[i].height = hgt
    rows = f["rows"]
    v, al = LABEL("stk", "年度绩效指标")
    put(ws, 7, 1, v, rs=len(rows) + 1, al=al, font=BOLD)
    for j, h in enumerate(["一级指标", "二级指标", "三级指标", "指标值", "指标值确定依据"]):
        put(ws, 7, 2 + j, h, font=BOLD)
    ws.row_dimensions[7].height = 30
    for j, row in enumerate(rows):
        ws.row_dimensions[8 + j].height = 44
        put(ws, 8 + j, 4, row[2])
        put(ws, 8 + j, 5, vtext(row[3]))
        put(ws, 8 + j, 6, row[4])
    for j, n in groups(rows, 0):
        v, al = LABEL("stk", rows[j][0])
        put(ws, 8 + j, 2, v, rs=n, al=al, font=BOLD)
    for j, n in groups(rows, 1):
        put(ws, 8 + j, 3, rows[j][1], rs=n)
    # a manual page break (分页符) after the last 产出指标 row: the 21-row 年度绩效指标 range runs over it
    last = 8 + max(j for j, row in enumerate(rows) if row[0] == "产出指标")
    ws.row_breaks.append(Break(id=last))
    widths(ws, 1, (5, 5, 16, 26, 16, 16))
    page(ws)
    save_xlsx(wb, path)


# ---------------------------------------------------------------- v5  rotation 90; print titles = the title block; frozen panes
def build_v5(f, path):
    wb = new_wb()
    ws0 = wb.active
    for seq, p in enumerate(f["projects"], 1):
        ws = ws0 if seq == 1 else wb.create_sheet()
        ws.title = "%d、%s" % (seq, p["name"])
        r = form_top(ws, 1, 1, seq, p, f["dept"], f["code"])
        r = ind_header(ws, r, 1)
        ind_rows(ws, r, 1, p["rows"], "r90", h=52 if seq == 1 else 30)
        if seq == 1:  # a manual page break after the 产出指标 group: page 2 opens with the print titles
            ws.row_breaks.append(Break(id=r - 1 + sum(1 for row in p["rows"] if row[0] == "产出指标")))
        ws.freeze_panes = "A%d" % r          # frozen below the indicator header
        ws.print_title_rows = "1:3"          # title, department line, 项目编码 row repeat on every page
        widths(ws, 1)
        page(ws)
    save_xlsx(wb, path)


# ---------------------------------------------------------------- v6  two forms side by side (A:G, I:O), column H empty
def build_v6(f, path):
    wb = new_wb()
    ws = wb.active
    ws.title = "项目绩效目标表"
    for k, (p, style) in enumerate(zip(f["projects"], ("nl", "r180"))):
        c = 1 + 8 * k
        r = form_top(ws, 1, c, k + 1, p, f["dept"], f["code"])
        r = ind_header(ws, r, c)
        ind_rows(ws, r, c, p["rows"], style, h=30)
        widths(ws, c, (6, 11, 16, 13, 13, 11, 11))
    ws.column_dimensions["H"].width = 3
    page(ws, landscape=True, fit_width=True)
    save_xlsx(wb, path)


def sha(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def pdf_pages(path):
    return len(re.findall(rb"/Type\s*/Page[^s]", open(path, "rb").read()))


def main():
    if os.path.isdir(BUILD):
        shutil.rmtree(BUILD)
    os.makedirs(BUILD)
    out_d, out_e = os.path.join(HERE, "drafts"), os.path.join(HERE, "expected")
    for d in (out_d, out_e):
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    builders = {"v1": build_v1, "v2": build_v2, "v3": build_v3, "v4": build_v4, "v5": build_v5, "v6": build_v6}
    for key, f in F.items():
        stem = f["stem"]
        if f["ext"] == "xlsx":
            final = os.path.join(BUILD, stem + ".xlsx")
            builders[key](f, final)
        else:
            src = os.path.join(BUILD, "src", stem + ".xlsx")
            os.makedirs(os.path.dirname(src), exist_ok=True)
            builders[key](f, src)
            soffice(src, "xls" if f["ext"] == "xls" else "pdf", BUILD)
            final = os.path.join(BUILD, stem + "." + f["ext"])
            if f["ext"] == "pdf":
                fix_pdf(final)
                n = pdf_pages(final)
                assert n == f["pages"] or os.environ.get("NOPAGES"), (stem, n, f["pages"])
        shutil.copy(final, os.path.join(out_d, os.path.basename(final)))
        g = G[stem]
        g["source"]["sha256"] = sha(final)
        with open(os.path.join(out_e, stem + ".gold.json"), "w", encoding="utf-8") as fh:
            json.dump(g, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print(stem, g["source"]["sha256"][:12])


if __name__ == "__main__":
    main()
