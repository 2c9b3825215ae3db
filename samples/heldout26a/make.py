"""Render every heldout26a draft FROM the facts in golds.py into /tmp/heldout26a_build, copy the drafts to drafts/ and
write the golds (with source.sha256) to expected/. No jixiao. Each draft is the TEXT a real tool dumped from a source
file made here with a real office library:
  d1  reportlab PDF            -> pdfminer.six `pdf2txt.py` (LAParams defaults; the venv's pdfminer, run as a process)
  d2  python-docx .docx        -> LibreOffice PDF -> `pdftotext` (no -layout; /usr/bin/pdftotext)
  d3  openpyxl .xlsx           -> LibreOffice Calc PDF -> `pdftotext -raw`
  d4  python-docx .docx (whole)-> docx2txt 0.8 `process()` REIMPLEMENTED below from its published source (and compared
                                  byte for byte with the real package when /tmp/heldout26a_build/dl/docx2txt-0.8 exists)
  d5  python-docx .docx        -> LibreOffice `--convert-to "txt:Text (encoded):UTF8"`
  d6  python-docx .docx (whole)-> pandoc 3.9 `-t plain` (the binary shipped in the PyPI wheel pypandoc_binary 1.17,
                                  extracted to /tmp/heldout26a_build/pandoc; or `pandoc` on PATH)
Run with /work/main/.venv/bin/python (python-docx, openpyxl, reportlab, pdfminer.six)."""
import hashlib, json, os, re, shutil, subprocess, sys, zipfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import golds  # noqa: E402

BUILD = "/tmp/heldout26a_build"
PY = "/work/main/.venv/bin/python"
LO = ["soffice", "-env:UserInstallation=file:///tmp/lo_heldout26a", "--headless"]
NUMS = "一二三四五六七八九十"


# ---------------------------------------------------------------- the form as placed cells (r, c, rowspan, colspan, text)
def placed(p):
    """6-column grid of the seed's form; text is a list of paragraphs."""
    t, fi, o = p["amt"]
    cells = [(0, 0, 1, 1, ["项目编码"]), (0, 1, 1, 2, [p["code"]]), (0, 3, 1, 1, ["项目名称"]), (0, 4, 1, 2, [p["name"]]),
             (1, 0, 2, 1, ["预算规模及资金用途"]), (1, 1, 1, 1, ["预算数"]), (1, 2, 1, 1, ["其中：财政资金"]),
             (1, 3, 1, 1, ["其他资金"]), (1, 4, 1, 2, ["资金用途"]),
             (2, 1, 1, 1, [t]), (2, 2, 1, 1, [fi]), (2, 3, 1, 1, [o or ""]), (2, 4, 1, 2, [p["purpose"]]),
             (3, 0, 2, 1, ["资金支出计划（%）"])]
    for k, (m, v) in enumerate(p["plan"]):
        cells.append((3, 1 + k, 1, 2 if k == 3 else 1, ["%d月底" % m]))
        cells.append((4, 1 + k, 1, 2 if k == 3 else 1, [str(v)]))
    cells.append((5, 0, 1, 1, ["绩效目标"]))
    cells.append((5, 1, 1, 5, ["%d、%s" % (k, g) for k, g in enumerate(p["goals"], 1)]))
    for c, h in enumerate(["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"]):
        cells.append((6, c, 1, 1, [h]))
    rs = p["rows"]
    for j, r in enumerate(rs):
        R = 7 + j
        for lv in (0, 1):
            if j == 0 or rs[j - 1][:lv + 1] != r[:lv + 1]:
                n = 1
                while j + n < len(rs) and rs[j + n][:lv + 1] == r[:lv + 1]:
                    n += 1
                cells.append((R, lv, n, 1, [r[lv]]))
        for c in range(2, 6):
            v = r[c][2:] if c == 4 and r[c].startswith("Q:") else r[c]
            cells.append((R, c, 1, 1, [v]))
    return cells, 7 + len(rs)


def form_head(f, k, p):
    return "%d、%s绩效目标表" % (k, p["name"]), "%s %s" % (f["code"], f["dept"])


# ---------------------------------------------------------------- python-docx sources (d2, d4, d5, d6)
def docx_source(f, path, header=None, footer_page=False, goals_br=False, headings=False):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "SimSun"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2)
    if header:
        sec.header.paragraphs[0].text = header
        sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    if footer_page:
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fp.add_run("第 ")
        for kind, txt in (("begin", None), ("instr", " PAGE "), ("separate", None), ("t", "1"), ("end", None)):
            r = fp.add_run()
            if kind == "instr":
                e = OxmlElement("w:instrText")
                e.set(qn("xml:space"), "preserve")
                e.text = txt
            elif kind == "t":
                r.text = txt
                continue
            else:
                e = OxmlElement("w:fldChar")
                e.set(qn("w:fldCharType"), kind)
            r._r.append(e)
        fp.add_run(" 页")

    def para(text, bold=False, center=False, size=None, level=None):
        if headings and level:
            h = doc.add_heading(text, level=level)
            return h
        q = doc.add_paragraph()
        r = q.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if center:
            q.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return q

    def pagebreak():
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def tocline(text, page):
        q = doc.add_paragraph()
        q.paragraph_format.tab_stops.add_tab_stop(Cm(16.5), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        q.add_run("%s\t%d" % (text, page))

    projects = f["projects"]
    if f["whole"]:
        para(f["dept"], bold=True, center=True, size=22)
        para(f["title"], bold=True, center=True, size=22)
        para("（%s）" % f["status"], center=True, size=16)
        para("%s编制" % f["compiled"], center=True, size=14)
        para("%s审核" % f["reviewed"], center=True, size=14)
        para(f["date"], center=True, size=14)
        pagebreak()
        para("目　录", bold=True, center=True, size=16)
        para("第一部分　%s" % f["part1"], bold=True)
        for k, (_, t, pg) in enumerate(f["toc"]):
            tocline("%s、%s" % (NUMS[k], t), pg)
        para("第二部分　%s" % f["part2"], bold=True)
        for k, (p, pg) in enumerate(zip(projects, f["toc2"]), 1):
            tocline("%d、%s绩效目标表" % (k, p["name"]), pg)
        pagebreak()
        para("第一部分　%s" % f["part1"], bold=True, center=True, size=16, level=1)
        para("一、总体绩效目标", bold=True, level=2)
        for k, x in enumerate(f["overall"]):
            para("（%s）%s" % (NUMS[k], x))
        para("二、分项绩效目标", bold=True, level=2)
        for k, (t, g, i) in enumerate(f["sub"]):
            para("（%s）%s" % (NUMS[k], t), bold=True)
            para("绩效目标：%s" % g)
            para("绩效指标：%s" % i)
        para("三、工作保障措施", bold=True, level=2)
        for k, (t, x) in enumerate(f["safe"]):
            para("（%s）%s。%s" % (NUMS[k], t, x))
        pagebreak()
        para("第二部分　%s" % f["part2"], bold=True, center=True, size=16, level=1)
    else:
        para(f["dept"] + f["title"], bold=True, center=True, size=16)
    for k, p in enumerate(projects, 1):
        title, line = form_head(f, k, p)
        para(title, bold=True, center=True, size=14)
        q = doc.add_paragraph()
        q.paragraph_format.tab_stops.add_tab_stop(Cm(17), WD_TAB_ALIGNMENT.RIGHT)
        q.add_run(line + "\t单位：万元")
        cells, nrows = placed(p)
        tb = doc.add_table(rows=nrows, cols=6)
        tb.style = "Table Grid"
        for r, c, rs, cs, paras in cells:
            cell = tb.cell(r, c)
            if rs > 1 or cs > 1:
                cell = cell.merge(tb.cell(r + rs - 1, c + cs - 1))
            if goals_br and len(paras) > 1:
                run = cell.paragraphs[0].add_run(paras[0])
                for x in paras[1:]:
                    run.add_break()
                    run.add_text(x)
            else:
                cell.paragraphs[0].text = paras[0]
                for x in paras[1:]:
                    cell.add_paragraph(x)
        if k < len(projects):
            pagebreak()
    doc.core_properties.author = f["dept"]
    doc.save(path)


# ---------------------------------------------------------------- d1: reportlab PDF, one form a page
def rl_source(f, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    FN, FS, LH, PADX, PADY = "STSong-Light", 8, 11, 10, 5
    W, H = A4
    colw = [64, 70, 112, 124, 70, 75]
    x0 = (W - sum(colw)) / 2
    xs = [x0 + sum(colw[:i]) for i in range(7)]

    def wrap(text, width):
        out, cur = [], ""
        for ch in text:
            if pdfmetrics.stringWidth(cur + ch, FN, FS) > width:
                out.append(cur)
                cur = ch
            else:
                cur += ch
        return out + [cur] if cur or not out else out

    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle(f["dept"] + f["title"])
    for k, p in enumerate(f["projects"], 1):
        title, line = form_head(f, k, p)
        c.setFont(FN, 13)
        c.drawCentredString(W / 2, H - 60, f["dept"] + f["title"])
        c.setFont(FN, 11)
        c.drawCentredString(W / 2, H - 84, title)
        c.setFont(FN, 9)
        c.drawString(xs[0], H - 104, line)
        c.drawRightString(xs[6], H - 104, "单位：万元")
        cells, nrows = placed(p)
        lines = {}
        for r, col, rs, cs, paras in cells:
            wdt = xs[col + cs] - xs[col] - 2 * PADX
            lines[(r, col)] = sum([wrap(x, wdt) for x in paras], [])
        rh = [0] * nrows
        for r, col, rs, cs, paras in cells:
            if rs == 1:
                rh[r] = max(rh[r], len(lines[(r, col)]) * LH + 2 * PADY)
        for r, col, rs, cs, paras in cells:  # a rowspan cell taller than its rows stretches the last one
            need = len(lines[(r, col)]) * LH + 2 * PADY
            if rs > 1 and sum(rh[r:r + rs]) < need:
                rh[r + rs - 1] += need - sum(rh[r:r + rs])
        ys = [H - 112]
        for h in rh:
            ys.append(ys[-1] - h)
        c.setLineWidth(0.6)
        for r, col, rs, cs, paras in cells:
            top, bot = ys[r], ys[r + rs]
            c.rect(xs[col], bot, xs[col + cs] - xs[col], top - bot)
            c.setFont(FN, FS)
            ls = lines[(r, col)]
            y = (top + bot) / 2 + (len(ls) * LH) / 2 - FS
            for ln in ls:
                c.drawString(xs[col] + PADX, y, ln)
                y -= LH
        c.showPage()
    c.save()


# ---------------------------------------------------------------- d3: openpyxl workbook, printed by LibreOffice Calc
def xlsx_source(f, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    wb = Workbook()
    ws = wb.active
    ws.title = "项目绩效目标表"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    for col, w in zip("ABCDEF", [12, 12, 18, 26, 13, 14]):
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    row = 1
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)
    ws.cell(row, 1, f["dept"] + f["title"]).font = Font(name="宋体", size=14, bold=True)
    ws.cell(row, 1).alignment = Alignment(horizontal="center")
    row += 2
    for k, p in enumerate(f["projects"], 1):
        title, line = form_head(f, k, p)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)
        ws.cell(row, 1, title).font = Font(name="宋体", size=12, bold=True)
        ws.cell(row, 1).alignment = Alignment(horizontal="center")
        row += 1
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=4)
        ws.cell(row, 1, line)
        ws.cell(row, 6, "单位：万元").alignment = Alignment(horizontal="right")
        row += 1
        cells, nrows = placed(p)
        for r, c, rs, cs, paras in cells:
            R, C = row + r, 1 + c
            if rs > 1 or cs > 1:
                ws.merge_cells(start_row=R, start_column=C, end_row=R + rs - 1, end_column=C + cs - 1)
            v = "\n".join(paras)
            if re.fullmatch(r"\d+(\.\d+)?", v) and r in (2, 4):
                v = float(v) if "." in v else int(v)
                ws.cell(R, C, v).number_format = "0.00" if r == 2 else "0"
            else:
                ws.cell(R, C, v)
            ws.cell(R, C).alignment = Alignment(wrap_text=True, vertical="center", horizontal="left" if c >= 3 and r >= 7 else "center")
            ws.cell(R, C).font = Font(name="宋体", size=10)
        for r in range(nrows):
            for c in range(6):
                ws.cell(row + r, 1 + c).border = box
        row += nrows + 2
    wb.save(path)


# ---------------------------------------------------------------- d4: docx2txt 0.8 process(), reimplemented verbatim
W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def d2t_xml2text(xml):
    """docx2txt 0.8 xml2text: walk EVERY element in document order (root.iter()); w:t adds its text, w:tab adds
    '\\t' (this includes the w:tab tab-STOP definitions inside w:pPr/w:tabs), w:br and w:cr add '\\n', and every w:p
    adds '\\n\\n' BEFORE its own text (the p element is met before its runs). Table cells are w:p too."""
    text = u""
    root = ET.fromstring(xml)
    for child in root.iter():
        if child.tag == W_NS + "t":
            text += child.text if child.text is not None else ""
        elif child.tag == W_NS + "tab":
            text += "\t"
        elif child.tag in (W_NS + "br", W_NS + "cr"):
            text += "\n"
        elif child.tag == W_NS + "p":
            text += "\n\n"
    return text


def d2t_process(docx):
    """docx2txt 0.8 process(): header parts (zip order), document.xml, footer parts (zip order), then .strip()."""
    text = u""
    z = zipfile.ZipFile(docx)
    names = z.namelist()
    for n in names:
        if re.match("word/header[0-9]*.xml", n):
            text += d2t_xml2text(z.read(n))
    text += d2t_xml2text(z.read("word/document.xml"))
    for n in names:
        if re.match("word/footer[0-9]*.xml", n):
            text += d2t_xml2text(z.read(n))
    z.close()
    return text.strip()


# ---------------------------------------------------------------- tools
def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, **kw)
    if r.returncode:
        raise SystemExit("failed: %s\n%s" % (" ".join(cmd), r.stderr.decode(errors="replace")))
    return r


def lo_convert(src, to, outdir):
    run(LO + ["--convert-to", to, "--outdir", outdir, src])


def pandoc_bin():
    for p in (os.path.join(BUILD, "pandoc"), shutil.which("pandoc")):
        if p and os.path.exists(p):
            return p
    raise SystemExit("pandoc not found: extract pypandoc/files/pandoc from the PyPI wheel pypandoc_binary 1.17 "
                     "(pip download --no-deps pypandoc_binary==1.17) to %s/pandoc" % BUILD)


def render(key, f):
    stem = f["stem"]
    src_dir = os.path.join(BUILD, "src")
    os.makedirs(src_dir, exist_ok=True)
    out = os.path.join(BUILD, stem + ".txt")
    if key == "d1":
        pdf = os.path.join(src_dir, stem + ".pdf")
        rl_source(f, pdf)
        # pdf2txt.py with no options = LAParams() defaults, text output, UTF-8
        run([os.path.join(os.path.dirname(PY), "pdf2txt.py"), "-o", out, pdf])
    elif key == "d2":
        dx = os.path.join(src_dir, stem + ".docx")
        docx_source(f, dx, header=f["dept"] + f["title"], footer_page=True)
        lo_convert(dx, "pdf", src_dir)
        run(["pdftotext", "-enc", "UTF-8", os.path.join(src_dir, stem + ".pdf"), out])
    elif key == "d3":
        xl = os.path.join(src_dir, stem + ".xlsx")
        xlsx_source(f, xl)
        lo_convert(xl, "pdf", src_dir)
        run(["pdftotext", "-raw", "-enc", "UTF-8", os.path.join(src_dir, stem + ".pdf"), out])
    elif key == "d4":
        dx = os.path.join(src_dir, stem + ".docx")
        docx_source(f, dx, header=f["dept"] + f["title"], footer_page=True, goals_br=True)
        text = d2t_process(dx)
        real = os.path.join(BUILD, "dl", "docx2txt-0.8")
        if os.path.isdir(real):  # the published package itself, for comparison only
            sys.path.insert(0, real)
            import docx2txt.docx2txt as d2t
            assert d2t.process(dx) == text, "reimplementation differs from docx2txt 0.8"
            print("d4: reimplementation == docx2txt 0.8 process()")
        open(out, "w", encoding="utf-8", newline="").write(text)
    elif key == "d5":
        dx = os.path.join(src_dir, stem + ".docx")
        docx_source(f, dx)
        lo_convert(dx, "txt:Text (encoded):UTF8", BUILD)
    elif key == "d6":
        dx = os.path.join(src_dir, stem + ".docx")
        docx_source(f, dx, headings=True)
        run([pandoc_bin(), dx, "-f", "docx", "-t", "plain", "-o", out])
    return out


def main():
    os.makedirs(BUILD, exist_ok=True)
    os.makedirs(os.path.join(HERE, "drafts"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "expected"), exist_ok=True)
    only = sys.argv[1:]
    for key, f in golds.F.items():
        if only and key not in only:
            continue
        out = render(key, f)
        name = os.path.basename(out)
        shutil.copyfile(out, os.path.join(HERE, "drafts", name))
        data = open(out, "rb").read()
        g = json.loads(json.dumps(golds.G[f["stem"]]))
        g["source"] = {"path": name, "sha256": hashlib.sha256(data).hexdigest(), "format": f["fmt"], "pages": None}
        rec = {"source": g.pop("source")}
        rec.update(g)
        with open(os.path.join(HERE, "expected", f["stem"] + ".gold.json"), "w", encoding="utf-8") as fh:
            json.dump(rec, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print("%s %s %d bytes" % (key, name, len(data)))


if __name__ == "__main__":
    main()
