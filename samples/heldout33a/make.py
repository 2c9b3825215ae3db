#!/usr/bin/env python3
"""Render every draft of heldout33a FROM the facts in golds.py into /tmp/heldout33a_build, copy to drafts/, and write
expected/NAME.gold.json (source filled from the bytes). Tools: openpyxl + LibreOffice Calc (a1), python-docx (a2),
reportlab (a3), plain text (a4), python-docx + LibreOffice Writer (a5), plain HTML (a6)."""
import hashlib, json, os, re, shutil, subprocess, sys, zipfile, io
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from golds import F, G, cells, L1S, L2S
from kit import clean

B = "/tmp/heldout33a_build"
LO = ["/usr/bin/soffice", "-env:UserInstallation=file:///tmp/lo_heldout33a", "--headless"]
FIX = "2025-01-01T00:00:00Z"


def lo(src, fmt, outdir=B):
    subprocess.run(LO + ["--convert-to", fmt, "--outdir", outdir, src], check=True, capture_output=True)


def fix_zip(path, core_fix=None):
    """rewrite a zip with fixed timestamps so a rebuild gives the same bytes."""
    zin = zipfile.ZipFile(path)
    items = [(i, zin.read(i.filename)) for i in zin.infolist()]
    zin.close()
    with zipfile.ZipFile(path, "w") as z:
        for i, data in items:
            if core_fix:
                data = core_fix(i.filename, data)
            zi = zipfile.ZipInfo(i.filename, (2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_STORED if i.filename == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def pin_pdf(path):
    """LibreOffice stamps the PDF with the time, a random /ID and a /DocChecksum: replace them by fixed strings OF THE SAME LENGTH
    (so the xref offsets stay right) so that a rebuild gives the same bytes."""
    b = open(path, "rb").read()
    b = re.sub(rb"/CreationDate\(D:\d{14}([^)]*)\)", lambda m: b"/CreationDate(D:20250101000000" + m.group(1) + b")", b)
    b = re.sub(rb"/ID \[\s*<[0-9A-F]+>\s*<[0-9A-F]+>\s*\]", lambda m: re.sub(rb"<[0-9A-F]+>",
               lambda h: b"<" + b"0" * (len(h.group(0)) - 2) + b">", m.group(0)), b)
    b = re.sub(rb"/DocChecksum /[0-9A-F]+", lambda m: b"/DocChecksum /" + b"0" * (len(m.group(0)) - 14), b)
    open(path, "wb").write(b)


def grp(vals):
    """runs of equal consecutive values → list of (start, length)."""
    out, k = [], 0
    while k < len(vals):
        j = k
        while j + 1 < len(vals) and vals[j + 1] == vals[k]:
            j += 1
        out.append((k, j - k + 1))
        k = j + 1
    return out


# ---------------------------------------------------------------------------------------------- a1
def a1():
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Side, Font
    f = F["a1"]
    wb = Workbook()
    ws = wb.active
    ws.title = "项目绩效目标"
    thin = Side(style="thin")
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    font = Font(name="宋体", size=9)
    hdr = ["单位名称", "项目名称", "预算数", "年度目标", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位",
           "权重", "指标方向性"]
    widths = [12, 11, 9, 27, 10, 13, 19, 7, 13, 9, 6, 9]
    for k, w in enumerate(widths):
        ws.column_dimensions[chr(65 + k)].width = w
    ws.merge_cells("A1:L1")
    ws["A1"] = f["title"]
    ws["A1"].font = Font(name="宋体", size=14, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.row_dimensions[1].height = 26
    ws.merge_cells("A2:I2")
    ws["A2"] = f"单位（部门）：{f['code']}-{f['dept']}"
    ws.merge_cells("J2:L2")
    ws["J2"] = "金额单位：万元"
    ws["J2"].alignment = Alignment(horizontal="right")
    for c in ("A2", "J2"):
        ws[c].font = font
    for k, h in enumerate(hdr, 1):
        c = ws.cell(3, k, h)
        c.font = Font(name="宋体", size=9, bold=True)
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        c.border = bd
    r = 4
    first = r
    for p in f["projs"]:
        rows = cells(p["rows"], 8)
        p0 = r
        for a, b, c3, sign, val, unit, w, d in rows:
            vals = [None, None, None, None, a, b, c3, sign, val, unit, int(w), d]
            for k, v in enumerate(vals, 1):
                cell = ws.cell(r, k, v if v != "" else None)
                cell.font = font
                cell.border = bd
                cell.alignment = Alignment(horizontal="left" if k in (4, 7) else "center", vertical="top" if k <= 4 else "center",
                                           wrap_text=True)
            ws.row_dimensions[r].height = 64
            r += 1
        ws.cell(p0, 2, p["name"])
        ws.cell(p0, 3, p["budget"])
        ws.cell(p0, 4, p["goal"])
        for col in "BCD":
            ws.merge_cells(f"{col}{p0}:{col}{r - 1}")
        for colk, col in ((0, "E"), (1, "F")):
            for s, n in grp([x[colk] for x in rows]):
                if n > 1:
                    ws.merge_cells(f"{col}{p0 + s}:{col}{p0 + s + n - 1}")
    ws.cell(first, 1, f"{f['code']}-{f['dept']}")
    ws.merge_cells(f"A{first}:A{r - 1}")
    ws.cell(r + 1, 1, "填报人：孟庆华　　审核人：韩志刚　　联系电话：0516-87721306").font = font
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.scale = 74
    ws.print_title_rows = "3:3"
    ws.print_options.horizontalCentered = True
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.page_margins.left = ws.page_margins.right = 0.3
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"
    wb.properties.created = wb.properties.modified = __import__("datetime").datetime(2025, 1, 1)
    x = os.path.join(B, f["stem"] + ".xlsx")
    wb.save(x)
    lo(x, "pdf")
    out = os.path.join(B, f["stem"] + ".pdf")
    pin_pdf(out)
    return out


# ---------------------------------------------------------------------------------------------- docx helpers
def docx_base():
    from docx import Document
    from docx.shared import Pt
    from docx.oxml.ns import qn
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    d.core_properties.author = "user"
    import datetime
    d.core_properties.created = d.core_properties.modified = datetime.datetime(2025, 1, 1)
    return d


def para(d, text, size=None, bold=False, center=False, right=False):
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    p = d.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if right:
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def setc(cell, text):
    lines = text if isinstance(text, list) else [text]
    cell.text = lines[0]
    for t in lines[1:]:
        cell.add_paragraph(t)


def fill_ind(t, r0, rows, vcols):
    """indicator rows from row r0: cols 0-2 levels, vcols values; 一级/二级 merged over equal runs."""
    for k, row in enumerate(rows):
        for j, v in enumerate(row):
            setc(t.cell(r0 + k, j), v)
    for col in (0, 1):
        keys = [tuple(x[:col + 1]) for x in rows]
        for s, n in grp(keys):
            if n > 1:
                top = t.cell(r0 + s, col)
                txt = top.text
                m = top.merge(t.cell(r0 + s + n - 1, col))
                m.text = txt


def lv(a, b):
    return L1S[a], ({"公众": "社会公众或服务对象满意度指标"}.get(b) or L2S[b])


def docx_save(d, path):
    d.save(path)
    fix_zip(path)


# ---------------------------------------------------------------------------------------------- a2
def a2():
    from docx.shared import Pt
    f = F["a2"]
    d = docx_base()
    para(d, f["title"], 16, True, center=True)
    para(d, "单位：万元", right=True)
    para(d, "一、实施期绩效目标", bold=True)
    mr = [[*lv(a, b), c, v.replace("Q:", "")] for a, b, c, v in cells(f["mrows"], 4)]
    t = d.add_table(rows=10 + len(mr), cols=4)
    t.style = "Table Grid"
    rows = [("项目名称", f["name"]), ("项目编码", f["pcode"]), ("主管部门及代码", f"[{f['code']}]{f['dept']}"),
            ("实施单位", f["iu"]), ("实施周期", f["period"])]
    for k, (a, b) in enumerate(rows):
        setc(t.cell(k, 0), a)
        m = t.cell(k, 1).merge(t.cell(k, 3))
        m.text = b
    for k, (lab, v) in enumerate(zip(("实施期资金总额", "其中：财政拨款", "其他资金"), f["mid"])):
        setc(t.cell(5 + k, 1), lab)
        m = t.cell(5 + k, 2).merge(t.cell(5 + k, 3))
        m.text = v
    m = t.cell(5, 0).merge(t.cell(7, 0))
    m.text = "项目资金（万元）"
    setc(t.cell(8, 0), "实施期目标")
    m = t.cell(8, 1).merge(t.cell(8, 3))
    setc(m, [f"{k}.{g}" for k, g in enumerate(f["gm"], 1)])
    # header row inside the indicator block
    for j, h in enumerate(["一级指标", "二级指标", "三级指标", "实施期指标值"]):
        setc(t.cell(9, j), h)
    fill_ind(t, 10, mr, None)
    para(d, "")
    para(d, "二、2025年度绩效目标", bold=True)
    yr = [[*lv(a, b), c, v.replace("Q:", "")] for a, b, c, v in cells(f["yrows"], 4)]
    t = d.add_table(rows=6 + len(yr), cols=4)
    t.style = "Table Grid"
    for k, (lab, v) in enumerate(zip(("年度资金总额", "其中：财政拨款", "其他资金"), f["year"])):
        setc(t.cell(k, 1), lab)
        m = t.cell(k, 2).merge(t.cell(k, 3))
        m.text = v
    m = t.cell(0, 0).merge(t.cell(2, 0))
    m.text = "年度资金（万元）"
    setc(t.cell(3, 0), "年度目标")
    m = t.cell(3, 1).merge(t.cell(3, 3))
    setc(m, [f"{k}.{g}" for k, g in enumerate(f["gy"], 1)])
    for j, h in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值"]):
        setc(t.cell(4, j), h)
    fill_ind(t, 5, yr, None)
    r = 5 + len(yr)
    setc(t.cell(r, 0), "批复意见")
    m = t.cell(r, 1).merge(t.cell(r, 3))
    m.text = f["opinion"]
    para(d, f["approver"], right=True)
    para(d, f["adate"], right=True)
    out = os.path.join(B, f["stem"] + ".docx")
    docx_save(d, out)
    return out


# ---------------------------------------------------------------------------------------------- a3
BOOK = [  # the nine budget tables: (title, header, rows) — amounts in 万元, NOT indicators
    ("收支总表", ["收入项目", "预算数", "支出项目", "预算数"],
     [["一、一般公共预算财政拨款收入", "41268.35", "一、一般公共服务支出", "2316.40"],
      ["二、政府性基金预算财政拨款收入", "0.00", "二、文化旅游体育与传媒支出", "35862.75"],
      ["三、事业收入", "1860.00", "三、社会保障和就业支出", "2135.68"],
      ["四、其他收入", "420.00", "四、住房保障支出", "3233.52"],
      ["上年结转", "2360.00", "", ""], ["收入总计", "45908.35", "支出总计", "45908.35"]]),
    ("收入总表", ["科目编码", "科目名称", "合计", "一般公共预算", "事业收入", "其他收入"],
     [["", "合计", "43548.35", "41268.35", "1860.00", "420.00"], ["207", "文化旅游体育与传媒支出", "35862.75", "33582.75", "1860.00", "420.00"],
      ["20713", "档案事务", "35862.75", "33582.75", "1860.00", "420.00"]]),
    ("支出总表", ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
     [["", "合计", "45908.35", "18642.10", "27266.25"], ["2071301", "行政运行", "8216.30", "8216.30", "0.00"],
      ["2071304", "档案馆", "24906.45", "9105.80", "15800.65"], ["2071399", "其他档案事务支出", "2740.00", "0.00", "2740.00"]]),
    ("财政拨款收支总表", ["收入", "预算数", "支出", "预算数"],
     [["一般公共预算财政拨款", "41268.35", "一般公共服务支出", "2106.40"], ["政府性基金预算财政拨款", "0.00", "文化旅游体育与传媒支出", "33582.75"],
      ["", "", "社会保障和就业支出", "2135.68"], ["收入总计", "41268.35", "支出总计", "41268.35"]]),
    ("一般公共预算支出表", ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
     [["", "合计", "41268.35", "17962.10", "23306.25"], ["2071301", "行政运行", "8216.30", "8216.30", "0.00"],
      ["2071304", "档案馆", "22946.45", "8425.80", "14520.65"]]),
    ("一般公共预算基本支出表", ["科目编码", "科目名称", "合计", "人员经费", "公用经费"],
     [["", "合计", "17962.10", "13684.20", "4277.90"], ["30101", "基本工资", "3862.40", "3862.40", ""],
      ["30201", "办公费", "318.60", "", "318.60"]]),
    ("一般公共预算“三公”经费支出表", ["合计", "因公出国（境）费", "公务用车购置及运行费", "公务接待费"],
     [["86.40", "32.00", "48.60", "5.80"]]),
    ("政府性基金预算支出表", ["科目编码", "科目名称", "合计"], [["", "合计", "0.00"], ["", "（本部门无政府性基金预算支出）", ""]]),
    ("国有资本经营预算支出表", ["科目编码", "科目名称", "合计"], [["", "合计", "0.00"], ["", "（本部门无国有资本经营预算支出）", ""]]),
]


def a3():
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    f = F["a3"]
    P = lambda size, **k: ParagraphStyle("s%d" % size, fontName="STSong-Light", fontSize=size, leading=size * 1.45, **k)
    body, small, h1, h2 = P(10.5), P(9), P(22, alignment=1), P(15, alignment=1)
    cen = ParagraphStyle("c", parent=small, alignment=1)
    story = [Spacer(1, 200), Paragraph(f["book"], h1), Spacer(1, 40), Paragraph("2025年3月", h2), PageBreak(),
             Paragraph("目　录", h2), Spacer(1, 10), Paragraph("第一部分　国家档案局概况", body),
             Paragraph("第二部分　国家档案局2025年部门预算表", body)]
    for k, (t, _, _) in enumerate(BOOK, 1):
        story.append(Paragraph(f"　　{k}.{t}", body))
    story += [Paragraph("第三部分　国家档案局2025年部门预算情况说明", body), Paragraph("第四部分　名词解释", body),
              Paragraph("附件　项目预算绩效目标表", body), PageBreak(),
              Paragraph("第一部分　国家档案局概况", h2), Spacer(1, 8),
              Paragraph("一、部门职责：国家档案局是主管全国档案事业的国务院直属机构，负责统筹规划全国档案事业发展，"
                        "拟订档案工作法规、政策和标准，组织开展档案信息化建设和档案安全保障工作。", body),
              Paragraph("二、机构设置：国家档案局本级及所属预算单位共7个。", body), PageBreak(),
              Paragraph("第二部分　国家档案局2025年部门预算表", h2), PageBreak()]
    ts = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")])
    for k, (t, hdr, rows) in enumerate(BOOK, 1):
        story += [Paragraph(f"表{k}", small), Paragraph(f"{t}", h2),
                  Paragraph(f"部门：{f['dept']}　　　　　　　　　　　　　　　　　　　　　　单位：万元", small), Spacer(1, 4)]
        data = [[Paragraph(x, cen) for x in hdr]] + [[Paragraph(x, small) for x in r] for r in rows]
        story += [Table(data, colWidths=[460 / len(hdr)] * len(hdr), style=ts), PageBreak()]
    story += [Paragraph("第三部分　国家档案局2025年部门预算情况说明", h2), Spacer(1, 8),
              Paragraph("2025年国家档案局收支预算总计45908.35万元，与2024年相比增加1268.40万元，增长2.8%。"
                        "主要原因是馆藏档案数字化工作量增加。其中：一般公共预算财政拨款收入41268.35万元。", body),
              Paragraph("2025年国家档案局“三公”经费财政拨款预算86.40万元，比2024年预算减少3.20万元。", body),
              Paragraph("绩效目标设置情况：2025年实行绩效目标管理的项目12个，涉及一般公共预算当年财政拨款23306.25万元。", body),
              PageBreak(), Paragraph("第四部分　名词解释", h2),
              Paragraph("1.财政拨款收入：指中央财政当年拨付的资金。", body),
              Paragraph("2.上年结转：指以前年度尚未完成、结转到本年仍按原规定用途继续使用的资金。", body), PageBreak()]
    for k, p in enumerate(f["projs"]):
        if k == 0:
            story += [Paragraph("附件", body)]
        story += [Paragraph(f["title"], h2), Paragraph("（2025年度）", ParagraphStyle("y", parent=body, alignment=1)),
                  Paragraph("单位：万元", ParagraphStyle("r", parent=small, alignment=2)), Spacer(1, 4)]
        C = lambda x: Paragraph(x, small)
        a = p["amt"]
        data = [[C("项目名称"), C(p["name"]), "", "", ""],
                [C("主管部门及代码"), C(f"[{f['code']}]{f['dept']}"), "", C("实施单位"), C(p["iu"])],
                [C("项目资金<br/>（万元）"), C("年度资金总额"), C(a[0]), "", ""],
                ["", C("其中：财政拨款"), C(a[1]), "", ""],
                ["", C("上年结转资金"), C(a[2]), "", ""],
                ["", C("其他资金"), C(a[3]), "", ""],
                [C("总<br/>体<br/>目<br/>标"), C(f"中期目标（{p['span']}）"), "", C("年度目标"), ""],
                ["", C("<br/>".join(f"{k}.{g}" for k, g in enumerate(p["gm"], 1))), "",
                 C("<br/>".join(f"{k}.{g}" for k, g in enumerate(p["gy"], 1))), ""],
                [C("绩<br/>效<br/>指<br/>标"), C("一级指标"), C("二级指标"), C("三级指标"), C("指标值")]]
        rows = [[*lv(x, y), z, v.replace("Q:", "")] for x, y, z, v in cells(p["rows"], 4)]
        r0 = len(data)
        for rr in rows:
            data.append(["", C(rr[0]), C(rr[1]), C(rr[2]), C(rr[3])])
        st = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
              ("SPAN", (1, 0), (4, 0)), ("SPAN", (1, 1), (2, 1)), ("SPAN", (0, 2), (0, 5)),
              ("SPAN", (0, 6), (0, 7)), ("SPAN", (1, 6), (2, 6)), ("SPAN", (3, 6), (4, 6)),
              ("SPAN", (1, 7), (2, 7)), ("SPAN", (3, 7), (4, 7)), ("SPAN", (0, 8), (0, len(data) - 1))]
        for j in range(2, 6):
            st.append(("SPAN", (2, j), (4, j)))
        for col in (1, 2):
            for s, n in grp([tuple(x[:col]) for x in rows]):
                if n > 1:
                    st.append(("SPAN", (col, r0 + s), (col, r0 + s + n - 1)))
                    for q in range(1, n):
                        data[r0 + s + q][col] = ""
        story += [Table(data, colWidths=[62, 88, 92, 135, 103], style=TableStyle(st)), PageBreak()]
    out = os.path.join(B, f["stem"] + ".pdf")

    def foot(c, d):
        c.setFont("STSong-Light", 9)
        c.drawCentredString(A4[0] / 2, 30, f"— {d.page} —")
    SimpleDocTemplate(out, pagesize=A4, invariant=1, title=f["book"], author=f["dept"],
                      topMargin=56, bottomMargin=56).build(story, onFirstPage=lambda c, d: None, onLaterPages=foot)
    return out


# ---------------------------------------------------------------------------------------------- a4
def a4():
    f = F["a4"]
    g = "".join(f"目标{k}：{x}" for k, x in enumerate(f["goals"], 1))
    grid = [["部门名称", f["dept"], f["dept"], f["dept"], f["dept"]],
            ["年度预算安排（万元）", "资金总额", f["amt"][0], f["amt"][0], f["amt"][0]],
            ["年度预算安排（万元）", "其中：基本支出", f["amt"][1], f["amt"][1], f["amt"][1]],
            ["年度预算安排（万元）", "项目支出", f["amt"][2], f["amt"][2], f["amt"][2]],
            ["年度履职目标", "部门职能", "年度目标任务", "支出项目名称", "预算金额（万元）"]]
    grid += [["年度履职目标", *d] for d in f["duties"]]
    grid += [["年度总体目标", g, g, g, g], ["年度绩效指标", "一级指标", "二级指标", "三级指标", "指标值"]]
    for a, b, c, v in cells(f["rows"], 4):
        grid.append(["年度绩效指标", L1S[a], L2S[b], c, v.replace("Q:", "")])
    wide = lambda s: sum(2 if ord(ch) > 127 else 1 for ch in s)
    W = [max(wide(r[j]) for r in grid) for j in range(5)]
    pad = lambda s, w: s + " " * (w - wide(s))
    line = lambda r: "| " + " | ".join(pad(x, W[j]) for j, x in enumerate(r)) + " |"
    out = ["<!-- image -->", "", "## 部门整体支出绩效目标表", "", "（2025年度）", "",
           f"部门名称（盖章）：{f['dept']}　部门编码：{f['code']}　金额单位：万元", "", line(grid[0]),
           "|" + "|".join("-" * (w + 2) for w in W) + "|"] + [line(r) for r in grid[1:]]
    out += ["", "<!-- image -->", "", "填报人：杜海峰　　联系电话：010-69842217　　填报日期：2025年2月14日", ""]
    p = os.path.join(B, f["stem"] + ".md")
    open(p, "w", encoding="utf-8").write("\n".join(out))
    return p


# ---------------------------------------------------------------------------------------------- a5
def a5():
    f = F["a5"]
    d = docx_base()
    para(d, f["title"], 16, True, center=True)
    para(d, "（2024年度）", center=True)
    para(d, f"填报单位（盖章）：{f['dept']}　　　　　　　　单位：万元")
    rows = [[*lv(a, b), c, m.replace("Q:", ""), y.replace("Q:", "")] for a, b, c, m, y in cells(f["rows"], 5)]
    t = d.add_table(rows=10 + len(rows), cols=5)
    t.style = "Table Grid"
    setc(t.cell(0, 0), "专项名称")
    t.cell(0, 1).merge(t.cell(0, 4)).text = f["name"]
    setc(t.cell(1, 0), "主管部门")
    t.cell(1, 1).merge(t.cell(1, 2)).text = f["dept"]
    setc(t.cell(1, 3), "实施单位")
    setc(t.cell(1, 4), f["iu"])
    setc(t.cell(2, 0), "实施期")
    t.cell(2, 1).merge(t.cell(2, 4)).text = f["span"]
    setc(t.cell(3, 1), "实施期资金总额")
    setc(t.cell(3, 2), f["long_amt"])
    setc(t.cell(3, 3), "年度资金总额")
    setc(t.cell(3, 4), f["amt"][0])
    setc(t.cell(4, 3), "其中：财政拨款")
    setc(t.cell(4, 4), f["amt"][1])
    setc(t.cell(5, 3), "其他资金")
    setc(t.cell(5, 4), f["amt"][2])
    t.cell(3, 0).merge(t.cell(5, 0)).text = "资金情况（万元）"
    t.cell(4, 1).merge(t.cell(5, 2))
    setc(t.cell(6, 1), "长期目标")
    t.cell(6, 3).merge(t.cell(6, 4)).text = "年度目标"
    t.cell(6, 1).merge(t.cell(6, 2))
    m = t.cell(7, 1).merge(t.cell(7, 2))
    setc(m, [f"{k}.{g}" for k, g in enumerate(f["gm"], 1)])
    m = t.cell(7, 3).merge(t.cell(7, 4))
    setc(m, [f"{k}.{g}" for k, g in enumerate(f["gy"], 1)])
    t.cell(6, 0).merge(t.cell(7, 0)).text = "总体目标"
    t.cell(8, 0).merge(t.cell(8, 4)).text = "绩效指标"
    for j, h in enumerate(["一级指标", "二级指标", "指标内容", "长期目标值", "年度目标值"]):
        setc(t.cell(9, j), h)
    fill_ind(t, 10, rows, None)
    para(d, "填表人：钱国栋　　联系电话：0523-88291645　　填报日期：2024年3月6日")
    x = os.path.join(B, f["stem"] + ".docx")
    docx_save(d, x)
    lo(x, "odt")

    def fixmeta(name, data):
        if name == "meta.xml":
            data = re.sub(rb"<dc:date>[^<]*</dc:date>", b"<dc:date>2025-01-01T00:00:00</dc:date>", data)
            data = re.sub(rb"<meta:creation-date>[^<]*</meta:creation-date>",
                          b"<meta:creation-date>2025-01-01T00:00:00</meta:creation-date>", data)
            data = re.sub(rb"<meta:editing-duration>[^<]*</meta:editing-duration>", b"", data)
            data = re.sub(rb"<meta:generator>[^<]*</meta:generator>", b"<meta:generator>LibreOffice</meta:generator>", data)
        if name == "settings.xml":
            data = re.sub(rb'(config:name="Rsid(?:Root)?" config:type="int">)\d+', rb"\g<1>0", data)
        return data
    o = os.path.join(B, f["stem"] + ".odt")
    fix_zip(o, fixmeta)
    return o


# ---------------------------------------------------------------------------------------------- a6
def a6():
    f = F["a6"]
    m = f["money"]
    td = lambda x, rs=1, cs=1, cls=None: (f"<td{f' rowspan={rs}' if rs > 1 else ''}{f' colspan={cs}' if cs > 1 else ''}"
                                          f"{f' class={cls}' if cls else ''}>{x}</td>")
    R = []
    R.append(td("项目名称") + td(f["name"], cs=5))
    R.append(td("主管部门及代码") + td(f"{f['dept']}（{f['code']}）", cs=2) + td("项目单位") + td(f["iu"], cs=2))
    R.append(td("项目属性") + td("□新增项目　☑延续项目", cs=5))
    R.append(td("项目负责人") + td(f["head"], cs=2) + td("联系电话") + td(f["phone"], cs=2))
    R.append(td("项目起止时间") + td(f["period"], cs=5))
    R.append(td("年度资金总额及构成（万元）", rs=3) + td("总额", cs=2) + td(m[0], cs=3))
    R.append(td("其中：财政拨款", cs=2) + td(m[1], cs=3))
    R.append(td("其他资金", cs=2) + td(m[2], cs=3))
    R.append(td("项目概况") + td(f["overview"], cs=5))
    R.append(td("项目立项的依据") + td(f["basis"], cs=5))
    R.append(td("实施进度计划", rs=1 + len(f["plan"])) + td("项目实施内容", cs=3) + td("开始时间") + td("完成时间"))
    for a, b, c in f["plan"]:
        R.append(td(a, cs=3) + td(b) + td(c))
    R.append(td("长期绩效目标") + td("；".join(f"{k}、{g.rstrip('。；')}" for k, g in enumerate(f["gm"], 1)) + "。", cs=5))
    R.append(td("年度绩效目标") + td("".join(f"{k}、{g}" for k, g in enumerate(f["gy"], 1)), cs=5))
    for lab, key in (("长期绩效指标", "lrows"), ("年度绩效指标", "yrows")):
        rows = [[*lv(a, b), c, v.replace("Q:", "")] for a, b, c, v in cells(f[key], 4)]
        R.append(td(lab, rs=1 + len(rows)) + td("一级指标") + td("二级指标") + td("指标内容", cs=2) + td("指标值"))
        spans = {}
        for col in (0, 1):
            for s, n in grp([tuple(x[:col + 1]) for x in rows]):
                spans[(s, col)] = n
                for q in range(1, n):
                    spans[(s + q, col)] = 0
        for k, r in enumerate(rows):
            h = ""
            for col in (0, 1):
                if spans[(k, col)]:
                    h += td(r[col], rs=spans[(k, col)])
            R.append(h + td(r[2], cs=2) + td(r[3]))
    trs = "\n".join(f"<tr>{r}</tr>" for r in R)
    html = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{f['dept']}2024年项目绩效目标公开_北京市平谷区人民政府</title>
<style>table.bk{{border-collapse:collapse;width:100%}}table.bk td{{border:1px solid #000;padding:4px;font-size:14px}}</style></head>
<body><div class="top">北京市平谷区人民政府</div>
<div class="nav"><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/czxx/">财政信息</a> &gt; 部门预算</div>
<div class="article"><h1>{f['dept']}平原生态林养护管理项目绩效目标</h1>
<div class="info">发布时间：2024-02-27　来源：区园林绿化局　【打印】【关闭】</div>
<div class="TRS_Editor">
<p style="text-align:center"><b>{f['title']}</b></p>
<p style="text-align:center">（2024年度）</p>
<p>主管部门（盖章）：{f['dept']}　　　　单位：万元</p>
<table class="bk">
{trs}
</table>
<p>注：长期绩效指标为项目实施期内的绩效指标，年度绩效指标为2024年度的绩效指标。</p>
</div></div>
<div class="footer">主办：北京市平谷区人民政府办公室　京ICP备05060933号</div>
</body></html>
"""
    p = os.path.join(B, f["stem"] + ".html")
    open(p, "w", encoding="utf-8").write(html)
    return p


EXT = {"a1": "pdf", "a2": "docx", "a3": "pdf", "a4": "text", "a5": "odt", "a6": "html"}


def pages(path):
    if path.endswith(".pdf"):
        import pypdfium2
        return len(pypdfium2.PdfDocument(path))
    return None


def main():
    os.makedirs(B, exist_ok=True)
    os.makedirs(os.path.join(HERE, "drafts"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "expected"), exist_ok=True)
    for key, fn in (("a1", a1), ("a2", a2), ("a3", a3), ("a4", a4), ("a5", a5), ("a6", a6)):
        out = fn()
        stem = F[key]["stem"]
        dst = os.path.join(HERE, "drafts", os.path.basename(out))
        shutil.copyfile(out, dst)
        data = open(dst, "rb").read()
        g = clean(G[stem])
        g["source"] = {"path": "drafts/" + os.path.basename(out), "sha256": hashlib.sha256(data).hexdigest(),
                       "format": EXT[key], "pages": pages(dst)}
        json.dump(g, open(os.path.join(HERE, "expected", stem + ".gold.json"), "w", encoding="utf-8"),
                  ensure_ascii=False, indent=1)
        print(stem, len(data))


if __name__ == "__main__":
    main()
