"""Render every heldout31b draft FROM the facts in golds.py (no jixiao) into /tmp/heldout31b_build, copy to drafts/,
and write expected/NAME.gold.json with source.sha256.
Step 1, the SOURCE PDF:
  - reportlab (e1, e2, e3, e4, e6), CID font STSong-Light:
      e1 a WHOLE 6-page document (cover, 目录 with leader dots, part one as running text wrapped line by line with a
         two-character first-line indent, a form per page, page-number footers `— N —` on pages 1–4);
      e2 A4 portrait, the form with NO rulings at all (cells placed on the same grid, nothing drawn);
      e3 A4 LANDSCAPE, one ruled grid over the page width;
      e4, e6 A4 portrait, a ruled grid per form (one form per page);
  - LibreOffice (e5): a python-docx .docx (one 6-column table, tall rows) printed by soffice --convert-to pdf: the
    form runs over TWO pages.
Step 2, the REAL converter on that PDF:
  - pdf2docx 0.5.13 (e1, e2, e3), own venv /tmp/heldout31b_build/venv, Converter(pdf).convert(docx) defaults;
  - pdfplumber 0.11 (venv) page.extract_tables() defaults → pandas DataFrame → ExcelWriter(openpyxl), one sheet per
    table: sheet 1 with pandas' default index and header, sheet 2 with index=False, header=False (e4);
  - LibreOffice 7.4 `--infilter=writer_pdf_import --convert-to odt` (e5);
  - pypdfium2 (venv) PdfDocument(pdf)[i].get_textpage().get_text_range() per page, pages joined by a form feed,
    written UTF-8 (e6).
Step 3: a zip is rewritten member by member in the same order with a fixed timestamp (zip metadata only; the xlsx
core.xml created/modified stamps, the odt meta.xml dates and the odt settings.xml Rsid / RsidRoot session ids are
set to fixed values) so a rebuild gives the same
bytes where the converter itself is deterministic."""
import hashlib, json, os, re, shutil, subprocess, sys, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import golds  # noqa: E402

BUILD = "/tmp/heldout31b_build"
VENV_PY = os.path.join(BUILD, "venv", "bin", "python")
PROFILE = "file:///tmp/lo_heldout31b"
FIXED = (2025, 3, 20, 10, 0, 0)
FONT = "STSong-Light"

from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.cidfonts import UnicodeCIDFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

pdfmetrics.registerFont(UnicodeCIDFont(FONT))
ML, MT = 50, 60
COLS_P = [58, 62, 92, 123, 82, 78]          # 495 pt, portrait
COLS_L = [80, 96, 150, 220, 120, 106]       # 772 pt, landscape
FS, LH, PAD = 9, 12, 8


def wrap(text, width, fs=None, font=FONT):
    fs = fs or FS
    lines, cur = [], ""
    for ch in text:
        if pdfmetrics.stringWidth(cur + ch, font, fs) > width - 6 and cur:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines or [""]


def form_cells(p):
    t, fi, o = p["amt"]
    cells = [(0, 0, 1, 1, "项目编码"), (0, 1, 1, 2, p["code"]), (0, 3, 1, 1, "项目名称"), (0, 4, 1, 2, p["name"])]
    cells += [(1, 0, 2, 1, "预算规模及资金用途"), (1, 1, 1, 1, "预算数"), (1, 2, 1, 1, "其中：财政资金"),
              (1, 3, 1, 1, "其他资金"), (1, 4, 1, 2, "资金用途")]
    cells += [(2, 1, 1, 1, t), (2, 2, 1, 1, fi), (2, 3, 1, 1, o or ""), (2, 4, 1, 2, p["purpose"])]
    cells += [(3, 0, 2, 1, "资金支出计划（%）")]
    cells += [(3, 1 + i, 1, 1 if i < 3 else 2, f"{m}月底") for i, (m, _) in enumerate(p["plan"])]
    cells += [(4, 1 + i, 1, 1 if i < 3 else 2, str(v)) for i, (_, v) in enumerate(p["plan"])]
    cells += [(5, 0, 1, 1, "年度绩效目标"),
              (5, 1, 1, 5, "\n".join(f"{i}、{g}" for i, g in enumerate(p["goals"], 1)))]
    cells += [(6, c, 1, 1, h) for c, h in enumerate(["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值",
                                                     "指标值确定依据"])]
    return cells, 7


def ind_cells(rows, r0, repeat=False):
    """一级 / 二级 merged over their group, or (repeat=True, a web page's table) printed on every row."""
    cells = []
    for col in (0, 1):
        if repeat:
            cells += [(r0 + i, col, 1, 1, rw[col]) for i, rw in enumerate(rows)]
            continue
        i = 0
        while i < len(rows):
            j = i
            while j + 1 < len(rows) and rows[j + 1][col] == rows[i][col] and (col == 0 or rows[j + 1][0] == rows[i][0]):
                j += 1
            cells.append((r0 + i, col, j - i + 1, 1, rows[i][col]))
            i = j + 1
    for i, rw in enumerate(rows):
        for c in range(2, 6):
            v = rw[c]
            cells.append((r0 + i, c, 1, 1, v[2:] if v.startswith("Q:") else v))
    return cells


def cell_lines(c, cols):
    w = sum(cols[c[1]:c[1] + c[3]])
    out = []
    for part in c[4].split("\n"):
        out += wrap(part, w)
    return out


def heights(cells, cols, nrows):
    h = [LH + PAD] * nrows
    for c in cells:
        if c[2] == 1:
            h[c[0]] = max(h[c[0]], len(cell_lines(c, cols)) * LH + PAD)
    for c in cells:
        if c[2] > 1:
            need = len(cell_lines(c, cols)) * LH + PAD
            have = sum(h[c[0]:c[0] + c[2]])
            if need > have:
                h[c[0] + c[2] - 1] += need - have
    return h


def draw_grid(cv, cells, y_top, cols, nrows, ruled=True):
    h = heights(cells, cols, nrows)
    ys = [y_top]
    for x in h:
        ys.append(ys[-1] - x)
    xs = [ML]
    for w in cols:
        xs.append(xs[-1] + w)
    cv.setLineWidth(0.6)
    for (r, col, rs, cs, text) in cells:
        x0, x1 = xs[col], xs[col + cs]
        y0, y1 = ys[r], ys[r + rs]
        if ruled:
            cv.rect(x0, y1, x1 - x0, y0 - y1)
        lines = cell_lines((r, col, rs, cs, text), cols)
        if ruled:
            ty = (y0 + y1) / 2 + len(lines) * LH / 2 - LH + 3
            left = (col == 1 and cs == 5) or (col == 4 and cs == 2 and r == 2)
        else:   # borders off, as Word prints a table: text at the TOP left of its cell
            ty = y0 - LH + 1
            left = True
        for ln in lines:
            if left:
                cv.drawString(x0 + 3, ty, ln)
            else:
                cv.drawCentredString((x0 + x1) / 2, ty, ln)
            ty -= LH
    return ys[-1]


def draw_form(cv, f, k, p, y, cols, ruled=True, title=True):
    pw = ML + sum(cols)
    if title:
        cv.setFont(FONT, 16)
        cv.drawCentredString((ML + pw) / 2, y, golds.TITLE)
        y -= 30
    cv.setFont(FONT, 12)
    cv.drawString(ML, y, f"{k}、{p['name']}绩效目标表")
    y -= 20
    cv.setFont(FONT, 10)
    cv.drawString(ML, y, f"{f['code']} {f['dept']}")
    cv.drawRightString(pw, y, "单位：万元")
    y -= 8
    cv.setFont(FONT, FS)
    head, r0 = form_cells(p)
    inds = ind_cells(p["rows"], r0, repeat=not ruled)
    return draw_grid(cv, head + inds, y, cols, r0 + len(p["rows"]), ruled)


def new_canvas(path, f, size=A4):
    cv = canvas.Canvas(path, pagesize=size, invariant=1)
    cv.setTitle(f.get("doctitle", golds.TITLE))
    cv.setAuthor(f["dept"])
    cv.setCreator("")
    return cv


def rl_pdf(f, path, ruled=True, size=A4, cols=COLS_P):
    global FS, LH, PAD
    FS, LH, PAD = f.get("style", (9, 12, 8))
    cols = f.get("cols", cols)
    if not ruled:   # no rulings: every indicator cell must stay on ONE line (checked here)
        for p in f["projects"]:
            for c in ind_cells(p["rows"], 0, True):
                assert len(cell_lines(c, cols)) == 1, c
    cv = new_canvas(path, f, size)
    for k, p in enumerate(f["projects"], 1):
        draw_form(cv, f, k, p, size[1] - MT, cols, ruled, title=(k == 1))
        cv.showPage()
    cv.save()


def para(cv, text, y, fs=11, indent=True, width=None, lh=20):
    """running text the way a word processor prints it: first line indented by two characters, wrapped by width."""
    width = width or (A4[0] - 2 * ML - 20)
    x0 = ML + 10
    first = True
    cur = "\u3000\u3000" if indent else ""
    lines = []
    for ch in text:
        if pdfmetrics.stringWidth(cur + ch, FONT, fs) > width and cur:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    lines.append(cur)
    cv.setFont(FONT, fs)
    for ln in lines:
        if first and ln.startswith("\u3000\u3000"):
            cv.drawString(x0 + 2 * fs, y, ln[2:])
        else:
            cv.drawString(x0, y, ln)
        first = False
        y -= lh
    return y


def footer(cv, n):
    cv.setFont(FONT, 10)
    cv.drawCentredString(A4[0] / 2, 36, f"— {n} —")


CN = "一二三四五六七八九十"


def rl_whole(f, path):
    global FS, LH, PAD
    PW, PH = A4
    cv = new_canvas(path, f)
    # cover
    cv.setFont(FONT, 22)
    cv.drawCentredString(PW / 2, PH - 260, f["dept"])
    cv.drawCentredString(PW / 2, PH - 300, f["doctitle"])
    cv.setFont(FONT, 16)
    cv.drawCentredString(PW / 2, PH - 336, f"（{f['status']}）")
    cv.setFont(FONT, 14)
    cv.drawCentredString(PW / 2, PH - 560, f"{f['compiled']}编制")
    cv.drawCentredString(PW / 2, PH - 590, f"{f['reviewed']}审核")
    cv.showPage()
    # 目录
    cv.setFont(FONT, 18)
    cv.drawCentredString(PW / 2, PH - 90, "目  录")
    y = PH - 140

    def toc_line(text, page, y, x=ML + 20):
        cv.setFont(FONT, 12)
        cv.drawString(x, y, text)
        w0 = pdfmetrics.stringWidth(text, FONT, 12)
        right = PW - ML - 20
        dots = "." * int((right - x - w0 - 16) / pdfmetrics.stringWidth(".", FONT, 12))
        cv.drawString(x + w0 + 2, y, dots)
        cv.drawRightString(right, y, str(page))

    cv.setFont(FONT, 14)
    cv.drawString(ML, y, "第一部分  部门整体绩效目标")
    y -= 28
    for i, (_, t, pg) in enumerate(f["toc"]):
        toc_line(f"{CN[i]}、{t}", pg, y)
        y -= 24
    y -= 12
    cv.setFont(FONT, 14)
    cv.drawString(ML, y, "第二部分  预算项目绩效目标")
    y -= 28
    for k, (p, pg) in enumerate(zip(f["projects"], f["toc2"]), 1):
        toc_line(f"{k}、{p['name']}绩效目标表", pg, y)
        y -= 24
    cv.showPage()
    # part one, pages 1-2
    cv.setFont(FONT, 16)
    cv.drawCentredString(PW / 2, PH - 80, "第一部分  部门整体绩效目标")
    y = PH - 120
    cv.setFont(FONT, 14)
    cv.drawString(ML, y, "一、总体绩效目标")
    y -= 26
    for i, t in enumerate(f["overall"]):
        y = para(cv, f"（{CN[i]}）{t}", y) - 6
    y -= 6
    cv.setFont(FONT, 14)
    cv.drawString(ML, y, "二、分项绩效目标")
    y -= 26
    for i, (t, g, ind) in enumerate(f["sub"]):
        cv.setFont(FONT, 12)
        cv.drawString(ML + 10, y, f"{CN[i]}、{t}")
        y -= 22
        y = para(cv, f"绩效目标：{g}", y) - 4
        y = para(cv, f"绩效指标：{ind}", y) - 8
    footer(cv, 1)
    cv.showPage()
    y = PH - 80
    cv.setFont(FONT, 14)
    cv.drawString(ML, y, "三、工作保障措施")
    y -= 26
    for i, (t, x) in enumerate(f["safe"]):
        y = para(cv, f"（{CN[i]}）{t}。{x}", y) - 6
    footer(cv, 2)
    cv.showPage()
    # part two: a form per page
    for k, p in enumerate(f["projects"], 1):
        y = PH - MT
        if k == 1:
            cv.setFont(FONT, 16)
            cv.drawCentredString(PW / 2, y, "第二部分  预算项目绩效目标")
            y -= 30
        draw_form(cv, f, k, p, y, COLS_P, True, title=False)
        footer(cv, 2 + k)
        cv.showPage()
    cv.save()


# ------------------------------------------------------------------ LibreOffice source PDF (e5): a 2-page form
def _put(tb, r, c, text, center=True):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    cell = tb.cell(r, c)
    parts = text.split("\n")
    cell.paragraphs[0].text = parts[0]
    for ptxt in parts[1:]:
        cell.add_paragraph(ptxt)
    for pa in cell.paragraphs:
        pa.alignment = WD_ALIGN_PARAGRAPH.CENTER if center else WD_ALIGN_PARAGRAPH.LEFT


def lo_pdf(f, path):
    from docx import Document
    from docx.enum.table import WD_ROW_HEIGHT_RULE
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.5)
    h = d.add_paragraph()
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = h.add_run(golds.TITLE)
    run.font.size = Pt(16)
    run.bold = True
    k, p = 1, f["projects"][0]
    hp = d.add_paragraph()
    r = hp.add_run(f"{k}、{p['name']}绩效目标表")
    r.font.size = Pt(12)
    r.bold = True
    line = d.add_paragraph()
    line.paragraph_format.tab_stops.add_tab_stop(Cm(16))
    line.add_run(f"{f['code']} {f['dept']}\t单位：万元")
    t, fi, o = p["amt"]
    rows = p["rows"]
    tb = d.add_table(rows=7 + len(rows), cols=6)
    tb.style = "Table Grid"
    put = lambda r_, c_, x, center=True: _put(tb, r_, c_, x, center)  # noqa: E731
    put(0, 0, "项目编码")
    tb.cell(0, 1).merge(tb.cell(0, 2))
    put(0, 1, p["code"])
    put(0, 3, "项目名称")
    tb.cell(0, 4).merge(tb.cell(0, 5))
    put(0, 4, p["name"])
    tb.cell(1, 0).merge(tb.cell(2, 0))
    put(1, 0, "预算规模及资金用途")
    for c, x in enumerate(["预算数", "其中：财政资金", "其他资金"], 1):
        put(1, c, x)
    for c, x in enumerate([t, fi, o or ""], 1):
        put(2, c, x)
    tb.cell(1, 4).merge(tb.cell(1, 5))
    put(1, 4, "资金用途")
    tb.cell(2, 4).merge(tb.cell(2, 5))
    put(2, 4, p["purpose"], center=False)
    tb.cell(3, 0).merge(tb.cell(4, 0))
    put(3, 0, "资金支出计划（%）")
    tb.cell(3, 4).merge(tb.cell(3, 5))
    tb.cell(4, 4).merge(tb.cell(4, 5))
    for i, (m, v) in enumerate(p["plan"]):
        put(3, 1 + i, f"{m}月底")
        put(4, 1 + i, str(v))
    put(5, 0, "年度绩效目标")
    tb.cell(5, 1).merge(tb.cell(5, 5))
    put(5, 1, "\n".join(f"{i}、{g}" for i, g in enumerate(p["goals"], 1)), center=False)
    for c, x in enumerate(["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"]):
        put(6, c, x)
    for i, rw in enumerate(rows):
        for c in range(2, 6):
            put(7 + i, c, rw[c][2:] if rw[c].startswith("Q:") else rw[c])
    for col in (0, 1):
        i = 0
        while i < len(rows):
            j = i
            while j + 1 < len(rows) and rows[j + 1][col] == rows[i][col] and rows[j + 1][0] == rows[i][0]:
                j += 1
            if j > i:
                tb.cell(7 + i, col).merge(tb.cell(7 + j, col))
            put(7 + i, col, rows[i][col])
            i = j + 1
    widths = [Cm(2.0), Cm(2.3), Cm(3.0), Cm(4.2), Cm(2.5), Cm(2.0)]
    for i, rw in enumerate(tb.rows):
        if i >= 7:
            rw.height = Cm(1.9)
            rw.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
        for c, w in enumerate(widths):
            rw.cells[c].width = w
    docx = os.path.join(BUILD, "src_" + f["stem"] + ".docx")
    d.save(docx)
    subprocess.run(["soffice", f"-env:UserInstallation={PROFILE}", "--headless", "--convert-to", "pdf", "--outdir",
                    os.path.join(BUILD, "lo"), docx], check=True, capture_output=True)
    shutil.copyfile(os.path.join(BUILD, "lo", "src_" + f["stem"] + ".pdf"), path)


# ------------------------------------------------------------------ converters
def run_pdf2docx(pdf, out):
    code = ("import sys\nfrom pdf2docx import Converter\ncv=Converter(sys.argv[1])\ncv.convert(sys.argv[2])\n"
            "cv.close()\n")
    subprocess.run([VENV_PY, "-c", code, pdf, out], check=True, capture_output=True)


def run_pdfplumber(pdf, out):
    code = r'''import sys, pdfplumber, pandas as pd
with pdfplumber.open(sys.argv[1]) as pdf, pd.ExcelWriter(sys.argv[2], engine="openpyxl") as xw:
    n = 0
    for i, page in enumerate(pdf.pages, 1):
        for j, t in enumerate(page.extract_tables(), 1):
            n += 1
            df = pd.DataFrame(t)
            if n == 1:
                df.to_excel(xw, sheet_name=f"page{i}_table{j}")
            else:
                df.to_excel(xw, sheet_name=f"page{i}_table{j}", index=False, header=False)
'''
    subprocess.run([VENV_PY, "-c", code, pdf, out], check=True, capture_output=True)


def run_lo_import_odt(pdf, out):
    outdir = os.path.join(BUILD, "loimp")
    os.makedirs(outdir, exist_ok=True)
    subprocess.run(["soffice", f"-env:UserInstallation={PROFILE}", "--headless", "--infilter=writer_pdf_import",
                    "--convert-to", "odt", "--outdir", outdir, pdf], check=True, capture_output=True)
    shutil.copyfile(os.path.join(outdir, os.path.basename(pdf)[:-4] + ".odt"), out)


def run_pdfium_text(pdf, out):
    code = r'''import sys, pypdfium2 as pdfium
doc = pdfium.PdfDocument(sys.argv[1])
pages = [doc[i].get_textpage().get_text_range() for i in range(len(doc))]
open(sys.argv[2], "w", encoding="utf-8", newline="").write("\f".join(pages))
'''
    subprocess.run([VENV_PY, "-c", code, pdf, out], check=True, capture_output=True)


def refix(path, kind):
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w") as z:
        for info, data in items:
            name = info.filename
            if kind == "xlsx" and name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2025-03-20T10:00:00Z", data)
            if kind == "odt" and name == "meta.xml":
                data = re.sub(rb"(<(?:meta:creation-date|dc:date)>)[^<]*", rb"\g<1>2025-03-20T10:00:00", data)
                data = re.sub(rb"<meta:editing-duration>[^<]*", rb"<meta:editing-duration>PT0S", data)
            if kind == "odt" and name == "settings.xml":   # LibreOffice's random session id (Rsid / RsidRoot)
                data = re.sub(rb'(config:name="Rsid(?:Root)?" config:type="int">)\d+', rb"\g<1>1000000", data)
            zi = zipfile.ZipInfo(name, FIXED)
            # an ODF package keeps `mimetype` first and STORED
            zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def sha(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def main(keys):
    os.makedirs(BUILD, exist_ok=True)
    for key in keys:
        f = golds.F[key]
        pdf = os.path.join(BUILD, f["stem"] + ".source.pdf")
        src = f["src"]
        if src == "rl_whole":
            rl_whole(f, pdf)
        elif src == "rl_borderless":
            rl_pdf(f, pdf, ruled=False)
        elif src == "rl_landscape":
            rl_pdf(f, pdf, size=landscape(A4), cols=COLS_L)
        elif src == "lo":
            lo_pdf(f, pdf)
        else:
            rl_pdf(f, pdf)
        out = os.path.join(BUILD, f["stem"] + "." + f["ext"])
        if os.path.exists(out):
            os.remove(out)
        {"pdf2docx": run_pdf2docx, "pdfplumber": run_pdfplumber, "lo_import_odt": run_lo_import_odt,
         "pdfium_text": run_pdfium_text}[f["conv"]](pdf, out)
        if f["ext"] in ("docx", "xlsx", "odt"):
            refix(out, f["ext"])
        dst = os.path.join(HERE, "drafts", os.path.basename(out))
        shutil.copyfile(out, dst)
        g = golds.clean(golds.G[f["stem"]])
        g["source"]["sha256"] = sha(dst)
        with open(os.path.join(HERE, "expected", f["stem"] + ".gold.json"), "w", encoding="utf-8") as fh:
            json.dump(g, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print(key, os.path.basename(dst), g["source"]["sha256"][:12])


if __name__ == "__main__":
    main(sys.argv[1:] or list(golds.F))
