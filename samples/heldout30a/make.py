"""Render every heldout30a draft FROM the facts in golds.py (no jixiao) into /tmp/heldout30a_build, copy to drafts/,
and write expected/NAME.gold.json with source.sha256.
Step 1, the SOURCE PDF a portal would publish:
  - reportlab (c1, c3–c6): A4 portrait, CID font STSong-Light, a ruled grid per form (header block + indicator block in
    ONE grid, 一级 / 二级 merged over their group, cell text wrapped by width line by line); a form too long for one
    page continues on page 2 (c1, c6) with the group's merged 一级 cell left empty there, as Word prints it;
  - LibreOffice (c2): a .docx built with python-docx (a 4-column 部门整体 table, 宋体 10.5 pt, narrow columns that
    wrap), printed to PDF by soffice --convert-to pdf (own profile).
Step 2, the REAL converter on that PDF:
  - pdf2docx 0.5.x (c1, c2, c3), run in its own venv /tmp/heldout30a_build/venv (Converter(pdf).convert(docx));
  - LibreOffice 7.4 `--infilter=writer_pdf_import --convert-to docx` (c4);
  - camelot-py (lattice) `read_pdf(pages='all').export(xlsx, f='excel')` in /work/main/.venv (c5, c6).
Step 3: the converted zip is rewritten member by member in the same order with a fixed timestamp (zip metadata only;
the XML parts are the converter's bytes, except that the xlsx core.xml created/modified time stamps are set to a fixed
time) so a rebuild gives the same bytes where the converter itself is deterministic."""
import hashlib, json, os, re, shutil, subprocess, sys, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import golds  # noqa: E402

BUILD = "/tmp/heldout30a_build"
VENV_PY = os.path.join(BUILD, "venv", "bin", "python")
PROFILE = "file:///tmp/lo_heldout30a"
FIXED = (2025, 3, 20, 10, 0, 0)
FONT = "STSong-Light"

# ------------------------------------------------------------------ reportlab source PDFs
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.cidfonts import UnicodeCIDFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

pdfmetrics.registerFont(UnicodeCIDFont(FONT))
PW, PH = A4
ML, MT = 50, 60
COLS = [58, 62, 92, 123, 82, 78]  # 495 pt
FS, LH, PAD = 9, 12, 8
BOTTOM = 56


def wrap(text, width, fs=None):
    fs = fs or FS
    lines, cur = [], ""
    for ch in text:
        if pdfmetrics.stringWidth(cur + ch, FONT, fs) > width - 6 and cur:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines or [""]


def form_cells(p):
    """the grid of one project form as cells (row, col, rowspan, colspan, lines-of-text)."""
    t, fi, o = p["amt"]
    cells = []
    r = 0
    cells += [(r, 0, 1, 1, "项目编码"), (r, 1, 1, 2, p["code"]), (r, 3, 1, 1, "项目名称"), (r, 4, 1, 2, p["name"])]
    r = 1
    cells += [(r, 0, 2, 1, "预算规模及资金用途"), (r, 1, 1, 1, "预算数"), (r, 2, 1, 1, "其中：财政资金"),
              (r, 3, 1, 1, "其他资金"), (r, 4, 1, 2, "资金用途")]
    cells += [(2, 1, 1, 1, t), (2, 2, 1, 1, fi), (2, 3, 1, 1, o or ""), (2, 4, 1, 2, p["purpose"])]
    months = [m for m, _ in p["plan"]]
    cells += [(3, 0, 2, 1, "资金支出计划（%）")]
    cells += [(3, 1 + i, 1, 1 if i < 3 else 2, f"{m}月底") for i, m in enumerate(months)]
    cells += [(4, 1 + i, 1, 1 if i < 3 else 2, str(v)) for i, (_, v) in enumerate(p["plan"])]
    cells += [(5, 0, 1, 1, "年度绩效目标"),
              (5, 1, 1, 5, "\n".join(f"{i}、{g}" for i, g in enumerate(p["goals"], 1)))]
    cells += [(6, c, 1, 1, h) for c, h in enumerate(["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值",
                                                     "指标值确定依据"])]
    return cells, 7


def ind_cells(rows, r0, brk=None):
    """indicator rows from grid row r0; 一级 / 二级 merged over runs; a run crossing `brk` (index of the first row on the
    next page) is cut there and its continuation cell left EMPTY (Word prints a merged cell's text on the first part)."""
    cells = []
    for col in (0, 1):
        i = 0
        while i < len(rows):
            j = i
            while j + 1 < len(rows) and rows[j + 1][col] == rows[i][col] and (col == 0 or rows[j + 1][0] == rows[i][0]):
                j += 1
            if brk is not None and i < brk <= j:
                cells.append((r0 + i, col, brk - i, 1, rows[i][col]))
                cells.append((r0 + brk, col, j - brk + 1, 1, ""))
            else:
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
            need = len(cell_lines(c, cols)) * LH + PAD
            h[c[0]] = max(h[c[0]], need)
    for c in cells:
        if c[2] > 1:
            need = len(cell_lines(c, cols)) * LH + PAD
            have = sum(h[c[0]:c[0] + c[2]])
            if need > have:
                h[c[0] + c[2] - 1] += need - have
    return h


def draw_grid(cv, cells, y_top, cols, nrows):
    """draw cells whose rows are 0..nrows-1 (local to this page); returns the y below the grid."""
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
        cv.rect(x0, y1, x1 - x0, y0 - y1)
        lines = cell_lines((r, col, rs, cs, text), cols)
        block = len(lines) * LH
        ty = (y0 + y1) / 2 + block / 2 - LH + 3
        left = col == 1 and cs == 5 or (col == 4 and cs == 2 and r == 2)
        for ln in lines:
            if left:
                cv.drawString(x0 + 3, ty, ln)
            else:
                cv.drawCentredString((x0 + x1) / 2, ty, ln)
            ty -= LH
    return ys[-1]


def rl_pdf(f, path):
    """a form that does not fit on its page continues on the next (the break is where the page is full)."""
    global FS, LH, PAD
    FS, LH, PAD = f.get("style", (9, 12, 8))
    cv = canvas.Canvas(path, pagesize=A4, invariant=1)
    cv.setTitle(golds.TITLE)
    cv.setAuthor(f["dept"])
    cv.setCreator("")
    for k, p in enumerate(f["projects"], 1):
        y = PH - MT
        if k == 1:
            cv.setFont(FONT, 16)
            cv.drawCentredString(PW / 2, y, golds.TITLE)
            y -= 30
        cv.setFont(FONT, 12)
        cv.drawString(ML, y, f"{k}、{p['name']}绩效目标表")
        y -= 20
        cv.setFont(FONT, 10)
        cv.drawString(ML, y, f"{f['code']} {f['dept']}")
        cv.drawRightString(ML + sum(COLS), y, "单位：万元")
        y -= 8
        cv.setFont(FONT, FS)
        head, r0 = form_cells(p)
        inds = ind_cells(p["rows"], r0)
        h = heights(head + inds, COLS, r0 + len(p["rows"]))
        fit = 0
        while fit < len(h) and y - sum(h[:fit + 1]) >= BOTTOM:
            fit += 1
        brk = None if fit == len(h) else fit - r0
        f["_brk"] = brk
        inds = ind_cells(p["rows"], r0, brk)
        if brk is None:
            draw_grid(cv, head + inds, y, COLS, r0 + len(p["rows"]))
        else:
            first = [c for c in inds if c[0] < r0 + brk]
            draw_grid(cv, head + first, y, COLS, r0 + brk)
            cv.showPage()
            cv.setFont(FONT, FS)
            rest = [(c[0] - r0 - brk, c[1], c[2], c[3], c[4]) for c in inds if c[0] >= r0 + brk]
            draw_grid(cv, rest, PH - MT, COLS, len(p["rows"]) - brk)
        cv.showPage()
    cv.save()


# ------------------------------------------------------------------ LibreOffice source PDF (c2)
def lo_pdf(f, path):
    from docx import Document
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
    run = h.add_run(f.get("title", golds.TITLE))
    run.font.size = Pt(16)
    run.bold = True
    if "projects" in f:
        for k, p in enumerate(f["projects"], 1):
            if k > 1:
                d.add_page_break()
            proj_table(d, f, k, p)
    else:
        dept_table(d, f)
    docx = os.path.join(BUILD, "src_" + f["stem"] + ".docx")
    d.save(docx)
    subprocess.run(["soffice", f"-env:UserInstallation={PROFILE}", "--headless", "--convert-to", "pdf", "--outdir",
                    os.path.join(BUILD, "lo"), docx], check=True, capture_output=True)
    shutil.copyfile(os.path.join(BUILD, "lo", "src_" + f["stem"] + ".pdf"), path)


def dept_table(d, f):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm
    if True:
        u = d.add_paragraph("单位：万元")
        u.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        widths = [Cm(3.4), Cm(3.8), Cm(3.6), Cm(5.2)]
        t, fi, o = f["amt"]
        rows = f["rows"]
        tb = d.add_table(rows=5 + len(rows), cols=4)
        tb.style = "Table Grid"

        def put(r, c, text, center=True):
            cell = tb.cell(r, c)
            parts = text.split("\n")
            cell.paragraphs[0].text = parts[0]
            for ptxt in parts[1:]:
                cell.add_paragraph(ptxt)
            for para in cell.paragraphs:
                para.alignment = WD_ALIGN_PARAGRAPH.CENTER if center else WD_ALIGN_PARAGRAPH.LEFT

        put(0, 0, "部门（单位）名称")
        put(0, 1, f["dept"])
        put(0, 2, "部门编码")
        put(0, 3, f["code"])
        tb.cell(1, 0).merge(tb.cell(2, 0))
        put(1, 0, "年度预算（万元）")
        for c, x in enumerate(["预算数", "其中：财政资金", "其他资金"], 1):
            put(1, c, x)
        for c, x in enumerate([t, fi, o], 1):
            put(2, c, x)
        put(3, 0, "年度绩效目标")
        g = tb.cell(3, 1).merge(tb.cell(3, 3))
        put(3, 1, "\n".join(f"{i}、{x}" for i, x in enumerate(f["goals"], 1)), center=False)
        for c, x in enumerate(["一级指标", "二级指标", "三级指标", "指标值"]):
            put(4, c, x)
        for i, rw in enumerate(rows):
            for c in (2, 3):
                put(5 + i, c, rw[c])
        for col in (0, 1):
            i = 0
            while i < len(rows):
                j = i
                while j + 1 < len(rows) and rows[j + 1][col] == rows[i][col] and rows[j + 1][0] == rows[i][0]:
                    j += 1
                if j > i:
                    tb.cell(5 + i, col).merge(tb.cell(5 + j, col))
                put(5 + i, col, rows[i][col])
                i = j + 1
        for r in tb.rows:
            for c, w in enumerate(widths):
                r.cells[c].width = w
        del g


def _put(tb, r, c, text, center=True):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    cell = tb.cell(r, c)
    parts = text.split("\n")
    cell.paragraphs[0].text = parts[0]
    for ptxt in parts[1:]:
        cell.add_paragraph(ptxt)
    for para in cell.paragraphs:
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER if center else WD_ALIGN_PARAGRAPH.LEFT


def proj_table(d, f, k, p):
    """one project form as LibreOffice would print it from Word: `N、…绩效目标表`, the department line with a tab to
    `单位：万元`, and ONE 6-column table (header block + indicator block)."""
    from docx.shared import Cm, Pt
    h = d.add_paragraph()
    r = h.add_run(f"{k}、{p['name']}绩效目标表")
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
    for rw in tb.rows:
        for c, w in enumerate(widths):
            rw.cells[c].width = w


# ------------------------------------------------------------------ converters
def run_pdf2docx(pdf, out):
    code = ("import sys\nfrom pdf2docx import Converter\ncv=Converter(sys.argv[1])\ncv.convert(sys.argv[2])\n"
            "cv.close()\n")
    subprocess.run([VENV_PY, "-c", code, pdf, out], check=True, capture_output=True)


def run_lo_import(pdf, out):
    outdir = os.path.join(BUILD, "loimp")
    os.makedirs(outdir, exist_ok=True)
    subprocess.run(["soffice", f"-env:UserInstallation={PROFILE}", "--headless", "--infilter=writer_pdf_import",
                    "--convert-to", "docx", "--outdir", outdir, pdf], check=True, capture_output=True)
    shutil.copyfile(os.path.join(outdir, os.path.basename(pdf)[:-4] + ".docx"), out)


def run_camelot(pdf, out):
    import camelot
    tables = camelot.read_pdf(pdf, flavor="lattice", pages="all")
    tables.export(out, f="excel")


def refix(path, xlsx=False):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename), i.compress_type) for i in z.infolist()]
    with zipfile.ZipFile(path, "w") as z:
        for name, data, ct in items:
            if xlsx and name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2025-03-20T10:00:00Z", data)
            zi = zipfile.ZipInfo(name, FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def sha(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def main(keys):
    os.makedirs(BUILD, exist_ok=True)
    for key in keys:
        f = golds.F[key]
        pdf = os.path.join(BUILD, f["stem"] + ".source.pdf")
        (lo_pdf if f["src"] == "lo" else rl_pdf)(f, pdf)
        out = os.path.join(BUILD, f["stem"] + "." + f["ext"])
        if os.path.exists(out):
            os.remove(out)
        {"pdf2docx": run_pdf2docx, "lo_import": run_lo_import, "camelot": run_camelot}[f["conv"]](pdf, out)
        refix(out, xlsx=f["ext"] == "xlsx")
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
