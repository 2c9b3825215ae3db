#!/usr/bin/env python3
"""Render the six blind documents of heldout5a FROM the hand-typed golds in golds.py and write the golds.
Word with python-docx, Excel with openpyxl, then LibreOffice (headless, one conversion at a time) to
PDF / .doc / .xls / .ods; one PDF drawn with reportlab; one scanned PDF made from page images (Pillow).
Nothing from the jixiao project is imported. Run: .venv/bin/python samples/heldout5a/make.py"""
import hashlib, io, json, os, random, shutil, subprocess, sys, tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kit import clean
from golds import G

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "drafts")
EXPECTED = os.path.join(HERE, "expected")
TMP = "/tmp/heldout5a_build"
LO_PROFILE = "file:///tmp/lo_heldout5a"


def money(v, sep=True):
    if v is None:
        return ""
    return f"{v:,.2f}" if sep else f"{v:.2f}"


def goals_numbered(goals, style="{i}、{g}", sep=""):
    return sep.join(style.format(i=i, g=g) for i, g in enumerate(goals, 1))


def goal_text(goals, style="{i}.{g}", sep=""):
    return goals[0] if len(goals) == 1 else goals_numbered(goals, style, sep)


def spans(inds, key_fn):
    """row spans of consecutive equal keys: list of (start, length)."""
    out, i = [], 0
    while i < len(inds):
        j = i
        while j + 1 < len(inds) and key_fn(inds[j + 1]) == key_fn(inds[i]):
            j += 1
        out.append((i, j - i + 1))
        i = j + 1
    return out


def soffice(src, fmt, outdir):
    """one headless LibreOffice conversion; returns the output path."""
    r = subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", fmt,
                        "--outdir", outdir, src], capture_output=True, text=True, timeout=240)
    out = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + "." + fmt.split(":")[0])
    if not os.path.exists(out):
        raise RuntimeError(f"soffice failed for {src}: {r.stdout} {r.stderr}")
    return out


# =============================================================== Word helpers
from docx import Document
from docx.enum.table import WD_ROW_HEIGHT_RULE, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt


def new_doc(font="宋体", size=10.5):
    docu = Document()
    st = docu.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.paragraph_format.space_after = Pt(0)
    for s in docu.sections:
        s.page_height, s.page_width = Cm(29.7), Cm(21.0)
        s.top_margin = s.bottom_margin = Cm(2.2)
        s.left_margin = s.right_margin = Cm(2.0)
    return docu


def para(docu, text, size=None, bold=False, center=False, right=False):
    p = docu.add_paragraph()
    r = p.add_run(text)
    if size:
        r.font.size = Pt(size)
    r.bold = bold
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if right:
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def page_break(docu):
    docu.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def trpr(row, tag):
    el = OxmlElement(tag)
    el.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(el)


def row_height(row, cm):
    row.height = Cm(cm)
    row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST


def mset(t, r, c0, c1, text, r1=None):
    """merge cells (r..r1, c0..c1) and write text once."""
    cell = t.cell(r, c0)
    if c1 != c0 or (r1 is not None and r1 != r):
        cell = cell.merge(t.cell(r1 if r1 is not None else r, c1))
    cell.text = text
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    return cell


def widths(t, cms):
    t.autofit = False
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), cms):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in t.rows:
        for c, w in zip(row.cells, cms):
            c.width = Cm(w)


def merge_levels(t, first_row, inds, c1=0, c2=1):
    """一级/二级 written once per group, the group's cells merged vertically (w:vMerge)."""
    for col, key_fn, txt in ((c1, lambda d: d["level1"], lambda d: d["level1"]),
                             (c2, lambda d: (d["level1"], d["level2"]), lambda d: d["level2"])):
        for start, n in spans(inds, key_fn):
            mset(t, first_row + start, col, col, txt(inds[start]), first_row + start + n - 1)


# =============================================================== c01 central, docx → LibreOffice PDF
def d_c01(g, path):
    docu = new_doc()
    d = g["document"]
    para(docu, d["department"], 16, True, center=True)
    para(docu, d["title"], 18, True, center=True)
    para(docu, "")
    for p in g["projects"]:
        if p["seq"] > 1:
            page_break(docu)
        para(docu, p["title"], 15, True, center=True)
        para(docu, "（2024年度）", center=True)
        para(docu, "单位：万元", right=True)
        t = docu.add_table(rows=7, cols=4)
        t.style = "Table Grid"
        mset(t, 0, 0, 0, "项目名称"); mset(t, 0, 1, 3, p["name"])
        for c, v in enumerate(["主管部门", f'[{p["department_code"]}]{p["department"]}', "实施单位",
                               p["implementing_unit"]]):
            mset(t, 1, c, c, v)
        mset(t, 2, 0, 0, "项目资金（万元）", 5)
        for r, (k, v) in enumerate([("年度资金总额", p["budget_total"]), ("其中：财政拨款", p["budget_fiscal"]),
                                    ("上年结转资金", p["budget_carryover"]), ("其他资金", p["budget_other"])], 2):
            mset(t, r, 1, 1, k); mset(t, r, 2, 3, money(v))
        mset(t, 6, 0, 0, "年度总体目标"); mset(t, 6, 1, 3, goal_text(p["goals"], "{i}.{g}"))
        widths(t, [3.4, 4.2, 3.0, 6.4])
        para(docu, "")
        inds = p["indicators"]
        it = docu.add_table(rows=1 + len(inds), cols=4)
        it.style = "Table Grid"
        for c, h in enumerate(["一级指标", "二级指标", "三级指标", "指标值"]):
            mset(it, 0, c, c, h)
        trpr(it.rows[0], "w:tblHeader")           # repeated at the top of every page the table runs onto
        for i, x in enumerate(inds):
            mset(it, 1 + i, 2, 2, x["level3"]); mset(it, 1 + i, 3, 3, x["value_raw"])
            row_height(it.rows[1 + i], 1.65)
            trpr(it.rows[1 + i], "w:cantSplit")
        merge_levels(it, 1, inds)
        widths(it, [2.6, 3.6, 6.6, 4.2])
    para(docu, "")
    para(docu, "注：本表金额单位为万元。")
    docu.save(path)


# =============================================================== c03 Hubei-style cost table, docx → PDF → scan
def d_c03(g, path):
    docu = new_doc(size=10)
    for p in g["projects"]:
        if p["seq"] > 1:
            page_break(docu)
        para(docu, p["title"], 15, True, center=True)
        para(docu, f'主管部门（单位）：{p["department"]}（公章）　　　　　　　　　　单位：万元')
        cost = p["cost_items"]
        inds = p["indicators"]
        n_cost = 2 + len(cost)
        rows = 3 + n_cost + 1 + 1 + len(inds)
        t = docu.add_table(rows=rows, cols=6)
        t.style = "Table Grid"
        cat, nature, basis = p["_meta"]
        mset(t, 0, 0, 0, "项目名称"); mset(t, 0, 1, 5, p["name"])
        mset(t, 1, 0, 0, "项目类别"); mset(t, 1, 1, 2, cat); mset(t, 1, 3, 3, "项目性质"); mset(t, 1, 4, 5, nature)
        mset(t, 2, 0, 0, "立项依据"); mset(t, 2, 1, 5, basis)
        r = 3
        mset(t, r, 0, 0, "项目预算成本构成", r + n_cost - 1)
        for c, h in enumerate(["明细", "金额", "测算（公式）依据", "2021年实际执行数", "2022年实际执行数"], 1):
            mset(t, r, c, c, h)
        for k, it in enumerate(cost, 1):
            for c, v in enumerate([it["item"], money(it["amount"], False), it["basis"], money(it["actual_2021"], False),
                                   money(it["actual_2022"], False)], 1):
                mset(t, r + k, c, c, v)
        rr = r + len(cost) + 1
        for c, v in enumerate(["合计", money(p["budget_total"], False), "",
                               money(sum(i["actual_2021"] for i in cost), False),
                               money(sum(i["actual_2022"] for i in cost), False)], 1):
            mset(t, rr, c, c, v)
        rg = r + n_cost
        mset(t, rg, 0, 0, "绩效目标"); mset(t, rg, 1, 5, goal_text(p["goals"], "{i}.{g}"))
        rh = rg + 1
        mset(t, rh, 0, 0, "绩效指标", rh + len(inds))
        for c, h in enumerate(["一级指标", "二级指标", "三级指标", "绩效标准", "当年预期实现值"], 1):
            mset(t, rh, c, c, h)
        for i, x in enumerate(inds):
            mset(t, rh + 1 + i, 3, 3, x["level3"]); mset(t, rh + 1 + i, 4, 4, x["description"])
            mset(t, rh + 1 + i, 5, 5, x["value_raw"])
        merge_levels(t, rh + 1, inds, 1, 2)
        widths(t, [2.2, 2.3, 2.5, 4.4, 3.8, 2.8])
        para(docu, "")
        para(docu, "主管部门审核意见：　　　　　　　　　　　　单位公章：　　　　年　　月　　日")
    docu.save(path)


def scan(pdf, out, seed=5):
    """page images at 200 dpi (pdftoppm when installed, else pdfium), grey, slight rotation and
    speckle noise, saved as an image-only PDF."""
    from PIL import Image, ImageFilter
    rnd = random.Random(seed)
    pages = []
    if shutil.which("pdftoppm"):
        pre = os.path.join(TMP, "scanpage")
        subprocess.run(["pdftoppm", "-r", "200", "-png", pdf, pre], check=True)
        files = sorted(f for f in os.listdir(TMP) if f.startswith("scanpage"))
        pages = [Image.open(os.path.join(TMP, f)).convert("L") for f in files]
    else:
        import pypdfium2 as pdfium
        doc = pdfium.PdfDocument(pdf)
        for i in range(len(doc)):
            pages.append(doc[i].render(scale=200 / 72).to_pil().convert("L"))
    assert len(pages) <= 3, len(pages)
    outp = []
    for k, im in enumerate(pages):
        ang = (0.45, -0.7, 0.3)[k % 3]
        im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=255)
        im = im.filter(ImageFilter.GaussianBlur(0.6))
        px = im.load()
        w, h = im.size
        for _ in range(w * h // 400):             # dust
            x, y = rnd.randrange(w), rnd.randrange(h)
            px[x, y] = rnd.randrange(0, 120)
        for _ in range(w * h // 150):             # paper grain
            x, y = rnd.randrange(w), rnd.randrange(h)
            px[x, y] = max(0, min(255, px[x, y] + rnd.randrange(-60, 30)))
        im = im.point(lambda v: min(255, int(v * 0.93 + 12)))   # greyish paper, softer black
        outp.append(im)
    outp[0].save(out, "PDF", save_all=True, append_images=outp[1:], resolution=200.0)


# =============================================================== c04 2015-style form, docx → .doc
def d_c04(g, path):
    docu = new_doc(size=10)
    d = g["document"]
    for p in g["projects"]:
        if p["seq"] > 1:
            page_break(docu)
        para(docu, p["title"], 16, True, center=True)
        para(docu, "（2021年度）", center=True)
        para(docu, f'填报单位（盖章）：{d["department"]}')
        mids = [x for x in p["indicators"] if x["period"] == "mid_term"]
        yrs = [x for x in p["indicators"] if x["period"] == "year"]
        plan = p["_plan"]
        n = 7 + 1 + len(plan) + 2 + 1 + len(mids) + 1 + len(yrs)
        t = docu.add_table(rows=n, cols=6)
        t.style = "Table Grid"
        who, when = p["_head"]
        mset(t, 0, 0, 0, "项目名称"); mset(t, 0, 1, 5, p["name"])
        box = "新增项目□　　延续项目√" if p["_attr"] == "延续" else "新增项目√　　延续项目□"
        mset(t, 1, 0, 0, "项目属性"); mset(t, 1, 1, 5, box)
        mset(t, 2, 0, 0, "主管部门"); mset(t, 2, 1, 2, p["department"]); mset(t, 2, 3, 3, "主管部门编码")
        mset(t, 2, 4, 5, p["department_code"])
        for c, v in enumerate(["项目单位", p["implementing_unit"], "项目负责人", who, "联系电话", "0917-62XXXXX"]):
            mset(t, 3, c, c, v)
        mset(t, 4, 0, 0, "项目起止时间"); mset(t, 4, 1, 5, when)
        mset(t, 5, 0, 0, "年度资金总额及构成"); mset(t, 5, 1, 2, f'总额：{money(p["budget_total"], False)}万元')
        mset(t, 5, 3, 4, f'财政拨款：{money(p["budget_fiscal"], False)}万元')
        mset(t, 5, 5, 5, f'其他资金：{p["budget_other"]:g}万元' if p["budget_other"] == 0
             else f'其他资金：{money(p["budget_other"], False)}万元')
        mset(t, 6, 0, 0, "项目概况")
        mset(t, 6, 1, 5, f'{p["name"]}由{p["implementing_unit"]}组织实施，资金按项目进度分期拨付。')
        r = 7
        mset(t, r, 0, 0, "项目实施进度计划", r + len(plan))
        mset(t, r, 1, 3, "项目实施内容"); mset(t, r, 4, 4, "开始时间"); mset(t, r, 5, 5, "完成时间")
        for k, (what, a, b) in enumerate(plan, 1):
            mset(t, r + k, 1, 3, f"{k}.{what}"); mset(t, r + k, 4, 4, a); mset(t, r + k, 5, 5, b)
        r += len(plan) + 1
        mset(t, r, 0, 0, "项目绩效目标", r + 1)
        mset(t, r, 1, 2, "长期目标"); mset(t, r, 3, 5, "年度目标")
        mset(t, r + 1, 1, 2, goal_text(p["goals_mid_term"], "{i}、{g}"))
        mset(t, r + 1, 3, 5, goal_text(p["goals"], "{i}、{g}"))
        r += 2
        for label, inds in (("长期绩效指标", mids), ("年度绩效指标", yrs)):
            mset(t, r, 0, 0, label, r + len(inds))
            for c, h in enumerate(["一级指标", "二级指标", "指标内容", "指标值", "备注"], 1):
                mset(t, r, c, c, h)
            for i, x in enumerate(inds):
                mset(t, r + 1 + i, 3, 3, x["level3"]); mset(t, r + 1 + i, 4, 4, x["value_raw"])
                mset(t, r + 1 + i, 5, 5, x.get("remark") or "")
            merge_levels(t, r + 1, inds, 1, 2)
            r += len(inds) + 1
        widths(t, [2.4, 2.2, 3.2, 4.6, 2.6, 2.0])
        para(docu, "")
        para(docu, "填表人：　　　　　　联系电话：　　　　　　填报日期：2021年2月")
    docu.save(path)


# =============================================================== Excel helpers
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="center")


def put(ws, r, c, v, fmt=None, bold=False):
    cell = ws.cell(row=r, column=c, value=v)
    cell.border = BOX
    cell.alignment = WRAP
    if fmt:
        cell.number_format = fmt
    if bold:
        cell.font = Font(bold=True)
    return cell


def mput(ws, r, c0, c1, v, fmt=None, bold=False, r1=None):
    r1 = r1 or r
    for rr in range(r, r1 + 1):
        for cc in range(c0, c1 + 1):
            put(ws, rr, cc, None)
    put(ws, r, c0, v, fmt, bold)
    if c1 != c0 or r1 != r:
        ws.merge_cells(start_row=r, start_column=c0, end_row=r1, end_column=c1)


def cell_of(spec):
    """a str is stored as text; (number, format) as a number with that number format."""
    return (spec, None) if isinstance(spec, str) else spec


def xl_levels(ws, r0, inds, c1=1, c2=2):
    for col, key_fn, txt in ((c1, lambda d: d["level1"], lambda d: d["level1"]),
                             (c2, lambda d: (d["level1"], d["level2"]), lambda d: d["level2"])):
        for start, n in spans(inds, key_fn):
            mput(ws, r0 + start, col, col, txt(inds[start]), r1=r0 + start + n - 1)


# =============================================================== c05 Guangdong baseline, xlsx → .xls
def d_c05(g, path):
    wb = Workbook()
    wb.remove(wb.active)
    d = g["document"]
    for p in g["projects"]:
        ws = wb.create_sheet(p["name"][:12])
        for col, wd in zip("ABCDEF", [12, 14, 26, 16, 20, 34]):
            ws.column_dimensions[col].width = wd
        ws.merge_cells("A1:F1")
        c = ws.cell(row=1, column=1, value=d["title"]); c.font = Font(bold=True, size=16)
        c.alignment = Alignment(horizontal="center")
        ws.merge_cells("A2:F2")
        c = ws.cell(row=2, column=1, value=p["title"]); c.font = Font(bold=True, size=13)
        c.alignment = Alignment(horizontal="center")
        ws.merge_cells("A3:D3"); ws.cell(row=3, column=1, value=f'部门编码：{p["department_code"]}')
        ws.cell(row=3, column=6, value="金额单位：万元")
        put(ws, 4, 1, "项目名称"); mput(ws, 4, 2, 3, p["name"]); put(ws, 4, 4, "主管部门"); mput(ws, 4, 5, 6, p["department"])
        put(ws, 5, 1, "项目单位"); mput(ws, 5, 2, 6, p["implementing_unit"])
        mput(ws, 6, 1, 1, "项目资金（万元）", r1=8)
        for r, (k, v) in enumerate([("资金总额", p["budget_total"]), ("其中：财政资金", p["budget_fiscal"]),
                                    ("其他资金", p["budget_other"])], 6):
            mput(ws, r, 2, 3, k); mput(ws, r, 4, 6, v, "#,##0.00")
        put(ws, 9, 1, "年度绩效目标")
        mput(ws, 9, 2, 6, goal_text(p["goals"], "{i}.{g}", "\n"))
        ws.row_dimensions[9].height = 48
        for c, h in enumerate(["一级指标", "二级指标", "三级指标", "上年度实际水平", "本年度计划完成水平", "指标解释"], 1):
            put(ws, 10, c, h, bold=True)
        inds = p["indicators"]
        for i, x in enumerate(inds):
            r = 11 + i
            base, val = x.get("_cells") or (x["baseline_raw"], x["value_raw"])
            put(ws, r, 3, x["level3"])
            put(ws, r, 4, *cell_of(base)); put(ws, r, 5, *cell_of(val))
            put(ws, r, 6, x["description"])
        xl_levels(ws, 11, inds)
        r = 11 + len(inds)
        ws.cell(row=r + 1, column=1, value="填报人：陈嘉怡　　联系电话：0898-8835XXXX")
    wb.save(path)


# =============================================================== c06 部门整体, xlsx → .ods
def d_c06(g, path):
    wb = Workbook()
    wb.remove(wb.active)
    for p in g["projects"]:
        ws = wb.create_sheet("部门整体" if p["seq"] == 1 else p["department"][-8:])
        for col, wd in zip("ABCDE", [14, 16, 30, 34, 16]):
            ws.column_dimensions[col].width = wd
        ws.merge_cells("A1:E1")
        c = ws.cell(row=1, column=1, value=p["title"]); c.font = Font(bold=True, size=16)
        c.alignment = Alignment(horizontal="center")
        ws.merge_cells("A2:E2")
        c = ws.cell(row=2, column=1, value="（2023年度）"); c.alignment = Alignment(horizontal="center")
        put(ws, 3, 1, "部门（单位）名称"); mput(ws, 3, 2, 3, p["department"]); put(ws, 3, 4, "部门预算编码")
        put(ws, 3, 5, p["department_code"])
        mput(ws, 4, 1, 1, "年度预算安排（万元）", r1=8)
        ex = p["extra"]
        for r, (k, v) in enumerate([("资金总额", p["budget_total"]), ("其中：财政拨款", p["budget_fiscal"]),
                                    ("其他资金", p["budget_other"]), ("按用途：基本支出", float(ex["基本支出"])),
                                    ("项目支出", float(ex["项目支出"]))], 4):
            mput(ws, r, 2, 3, k); mput(ws, r, 4, 5, v, "#,##0.00")
        put(ws, 9, 1, "年度总体目标")
        mput(ws, 9, 2, 5, "\n".join(f"目标{i}:{t}" for i, t in enumerate(p["goals"], 1)))
        ws.row_dimensions[9].height = 66
        duties = p["_duties"]
        mput(ws, 10, 1, 1, "年度履职目标", r1=10 + len(duties))
        for c, h in enumerate(["部门职能", "年度目标任务", "支出项目名称", "预算金额（万元）"], 2):
            put(ws, 10, c, h, bold=True)
        for k, row in enumerate(duties, 1):
            for c, v in enumerate(row, 2):
                put(ws, 10 + k, c, v, "#,##0.00" if isinstance(v, float) else None)
        r0 = 11 + len(duties)
        for c, h in enumerate(["一级指标", "二级指标", "三级指标", "指标解释", "目标值"], 1):
            put(ws, r0, c, h, bold=True)
        inds = p["indicators"]
        for i, x in enumerate(inds):
            r = r0 + 1 + i
            put(ws, r, 3, x["level3"]); put(ws, r, 4, x["description"])
            put(ws, r, 5, *cell_of(x.get("_cell") or x["value_raw"]))
        xl_levels(ws, r0 + 1, inds)
    wb.save(path)


# =============================================================== c02 reportlab ruled PDF
def d_c02(g, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    # The Noto CJK .ttc files carry CFF outlines, which reportlab's TTFont refuses; the built-in Adobe-GB1
    # CID font STSong-Light (not embedded, UniGB-UCS2-H) is what reportlab offers for Chinese.
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    F = "STSong-Light"
    cellst = ParagraphStyle("c", fontName=F, fontSize=9.5, leading=13, wordWrap="CJK")
    midst = ParagraphStyle("m", parent=cellst, alignment=1)
    h1 = ParagraphStyle("h1", fontName=F, fontSize=17, leading=24, alignment=1)
    h2 = ParagraphStyle("h2", fontName=F, fontSize=11, leading=16, alignment=1)
    small = ParagraphStyle("s", fontName=F, fontSize=10, leading=14)
    story = []
    for p in g["projects"]:
        if p["seq"] > 1:
            story.append(PageBreak())
        ex = p["extra"]
        story += [Paragraph(p["title"], h1), Paragraph("（2018年度）", h2), Spacer(1, 4),
                  Paragraph("填报单位：" + p["department"], small), Spacer(1, 4)]
        P_ = lambda s, st=cellst: Paragraph(s, st)
        E = ""
        rows = [[P_("项目名称"), P_(p["name"]), E, E, E, E],
                [P_("主管部门及代码"), P_(f'{p["department_code"]} {p["department"]}'), E, P_("实施单位"),
                 P_(p["implementing_unit"]), E],
                [P_("项目属性"), P_(ex["项目属性"]), E, P_("项目期"), P_(ex["项目期"]), E],
                [P_("项目资金（万元）", midst), E, E, P_("中期资金总额", midst), P_("年度资金总额", midst), E],
                [E, P_("资金总额"), E, P_(ex["中期资金总额"], midst), P_(money(p["budget_total"], False), midst), E],
                [E, P_("其中：财政拨款"), E, P_(ex["中期财政拨款"], midst), P_(money(p["budget_fiscal"], False), midst), E],
                [E, P_("其他资金"), E, P_(ex["中期其他资金"], midst), P_(money(p["budget_other"], False), midst), E],
                [P_("总体目标", midst), P_("中期目标（" + ex["项目期"] + "）", midst), E, E, P_("年度目标", midst), E],
                [E, P_(goal_text(p["goals_mid_term"])), E, E, P_(goal_text(p["goals"])), E],
                [P_("绩效指标", midst), P_("一级指标", midst), P_("二级指标", midst), P_("三级指标", midst), E,
                 P_("指标值", midst)]]
        spans_ = [("SPAN", (1, 0), (5, 0)), ("SPAN", (1, 1), (2, 1)), ("SPAN", (4, 1), (5, 1)),
                  ("SPAN", (1, 2), (2, 2)), ("SPAN", (4, 2), (5, 2)), ("SPAN", (0, 3), (0, 6)),
                  ("SPAN", (1, 3), (2, 3)), ("SPAN", (4, 3), (5, 3))]
        for r in (4, 5, 6):
            spans_ += [("SPAN", (1, r), (2, r)), ("SPAN", (4, r), (5, r))]
        spans_ += [("SPAN", (0, 7), (0, 8)), ("SPAN", (1, 7), (3, 7)), ("SPAN", (4, 7), (5, 7)),
                   ("SPAN", (1, 8), (3, 8)), ("SPAN", (4, 8), (5, 8)), ("SPAN", (3, 9), (4, 9))]
        inds = p["indicators"]
        r0 = len(rows)
        for x in inds:
            rows.append([E, E, E, P_(x["level3"]), E, P_(x["value_raw"], midst)])
            spans_.append(("SPAN", (3, len(rows) - 1), (4, len(rows) - 1)))
        spans_.append(("SPAN", (0, 9), (0, r0 + len(inds) - 1)))
        for col, key_fn, txt in ((1, lambda d: d["level1"], lambda d: d["level1"]),
                                 (2, lambda d: (d["level1"], d["level2"]), lambda d: d["level2"])):
            for start, n in spans(inds, key_fn):
                rows[r0 + start][col] = P_(txt(inds[start]), midst)
                if n > 1:
                    spans_.append(("SPAN", (col, r0 + start), (col, r0 + start + n - 1)))
        t = Table(rows, colWidths=[2.3 * cm, 2.4 * cm, 3.0 * cm, 4.0 * cm, 2.6 * cm, 2.7 * cm])
        t.setStyle(TableStyle(spans_ + [("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                                        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
        story += [t, Spacer(1, 8), Paragraph("填报人：　　　　联系电话：　　　　填报日期：2018年1月", small)]
    docm = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                             bottomMargin=2 * cm, title=g["document"]["title"], author=g["document"]["department"])
    docm.build(story)


# =============================================================== driver
def build(stem, g):
    """returns (path, format)."""
    if stem.startswith("c01"):
        src = os.path.join(TMP, stem + ".docx"); d_c01(g, src)
        pdf = soffice(src, "pdf", TMP); out = os.path.join(OUT, stem + ".pdf"); shutil.copy(pdf, out)
        return out, "pdf"
    if stem.startswith("c02"):
        out = os.path.join(OUT, stem + ".pdf"); d_c02(g, out)
        return out, "pdf"
    if stem.startswith("c03"):
        src = os.path.join(TMP, stem + ".docx"); d_c03(g, src)
        pdf = soffice(src, "pdf", TMP); out = os.path.join(OUT, stem + ".pdf"); scan(pdf, out)
        return out, "pdf"
    if stem.startswith("c04"):
        src = os.path.join(TMP, stem + ".docx"); d_c04(g, src)
        f = soffice(src, "doc", TMP); out = os.path.join(OUT, stem + ".doc"); shutil.copy(f, out)
        return out, "doc"
    if stem.startswith("c05"):
        src = os.path.join(TMP, stem + ".xlsx"); d_c05(g, src)
        f = soffice(src, "xls", TMP); out = os.path.join(OUT, stem + ".xls"); shutil.copy(f, out)
        return out, "xls"
    if stem.startswith("c06"):
        src = os.path.join(TMP, stem + ".xlsx"); d_c06(g, src)
        f = soffice(src, "ods", TMP); out = os.path.join(OUT, stem + ".ods"); shutil.copy(f, out)
        return out, "ods"
    raise KeyError(stem)


def pdf_pages(path):
    from pypdf import PdfReader
    return len(PdfReader(path).pages)


def main():
    shutil.rmtree(TMP, ignore_errors=True)
    os.makedirs(TMP)
    os.makedirs(OUT, exist_ok=True); os.makedirs(EXPECTED, exist_ok=True)
    only = set(sys.argv[1:])
    for stem, g in G.items():
        if only and stem not in only:
            continue
        path, fmt = build(stem, g)
        rec = clean(g)
        rec["source"] = {"path": os.path.basename(path),
                         "sha256": hashlib.sha256(open(path, "rb").read()).hexdigest(),
                         "format": fmt, "pages": pdf_pages(path) if fmt == "pdf" else None}
        if stem.startswith("c03"):
            rec["source"]["ocr"] = True           # image-only PDF: any text of it must come from OCR
        with open(os.path.join(EXPECTED, stem + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(rec, f, ensure_ascii=False, indent=1)
        print("wrote", os.path.basename(path), rec["source"]["pages"] or "")


if __name__ == "__main__":
    main()
