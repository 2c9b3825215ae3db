"""Render every heldout32b draft FROM the facts in golds.py into /tmp/heldout32b_build, copy to drafts/, and write
expected/*.gold.json with the drafts' sha256 (and page counts of the PDFs). No jixiao import.
python-docx / openpyxl / LibreOffice stamp dates, so docx/xlsx/LO-pdf bytes change on a rebuild (facts do not);
the reportlab PDF (invariant=1) and the HTML are byte-stable."""
import hashlib, json, os, shutil, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from golds import F, G  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
BUILD = "/tmp/heldout32b_build"
CN = "一二三四五六七八九十"
GR_BLANK = "　"


def goals_text(goals):
    return "\n".join(f"{i}、{g}" for i, g in enumerate(goals, 1))


def header(f, p, C):
    """header block rows (cells = (row, col, rowspan, colspan, text, opts)) for a C-column form."""
    cells, r = [], 0
    cells += [(r, 0, 1, 1, "项目名称", {}), (r, 1, 1, C - 3, p["name"], {}), (r, C - 2, 1, 1, "项目编码", {}),
              (r, C - 1, 1, 1, p["code"], {})]
    r += 1
    cells += [(r, 0, 1, 1, "主管部门", {}), (r, 1, 1, C - 1, f["dept"], {})]
    r += 1
    t, fi, o = p["amt"]
    cells += [(r, 0, 2, 1, "项目资金（万元）", {}), (r, 1, 1, 1, "预算数", {}), (r, 2, 1, 1, "其中：财政资金", {}),
              (r, 3, 1, C - 3, "其他资金", {}),
              (r + 1, 1, 1, 1, t, {}), (r + 1, 2, 1, 1, fi, {}), (r + 1, 3, 1, C - 3, o or "", {})]
    r += 2
    cells += [(r, 0, 1, 1, "资金用途", {}), (r, 1, 1, C - 1, p["purpose"], {})]
    r += 1
    cells += [(r, 0, 1, 1, "年度绩效目标", {}), (r, 1, 1, C - 1, goals_text(p["goals"]), {})]
    return cells, r + 1


def groups(rows, k):
    """consecutive runs of equal rows[i][k]"""
    out = []
    for i, r in enumerate(rows):
        if out and rows[out[-1][0]][k] == r[k] and (k == 0 or rows[out[-1][0]][0] == r[0]):
            out[-1][1] += 1
        else:
            out.append([i, 1])
    return out


def grid_b1(f, p):  # banners: 一、产出指标 / （一）数量指标 spanning the 4 columns
    C = 4
    cells, r = header(f, p, C)
    cells += [(r, 0, 1, 1, "三级指标", {"b": 1}), (r, 1, 1, 1, "绩效指标描述", {"b": 1}),
              (r, 2, 1, 1, "指标值", {"b": 1}), (r, 3, 1, 1, "指标值确定依据", {"b": 1})]
    r += 1
    l1n = l2n = 0
    last1 = last2 = None
    for x in p["rows"]:
        if x[0] != last1:
            l1n, l2n, last1, last2 = l1n + 1, 0, x[0], None
            cells.append((r, 0, 1, C, f"{CN[l1n - 1]}、{x[0]}", {"b": 1, "shade": "D9D9D9"}))
            r += 1
        if x[1] != last2:
            l2n, last2 = l2n + 1, x[1]
            cells.append((r, 0, 1, C, f"（{CN[l2n - 1]}）{x[1]}", {"shade": "F2F2F2"}))
            r += 1
        cells += [(r, 0, 1, 1, x[2], {}), (r, 1, 1, 1, x[3], {}), (r, 2, 1, 1, x[4].removeprefix("Q:"), {}),
                  (r, 3, 1, 1, x[5], {})]
        r += 1
    return C, cells, r, [1.5, 2.3, 1.1, 1.1]


def grid_b2(f, p):  # numbered levels 1 / 1.1 / 1.1.1 in merged columns
    C = 5
    cells, r = header(f, p, C)
    cells += [(r, i, 1, 1, h, {"b": 1}) for i, h in enumerate(["一级指标", "二级指标", "三级指标", "指标值", "指标值确定依据"])]
    r0 = r + 1
    rows = p["rows"]
    n1 = 0
    for g1s, g1n in groups(rows, 0):
        n1 += 1
        cells.append((r0 + g1s, 0, g1n, 1, f"{n1} {rows[g1s][0]}", {}))
        n2 = 0
        for g2s, g2n in groups(rows[g1s:g1s + g1n], 1):
            n2 += 1
            cells.append((r0 + g1s + g2s, 1, g2n, 1, f"{n1}.{n2} {rows[g1s + g2s][1]}", {}))
            for k in range(g2n):
                x = rows[g1s + g2s + k]
                cells += [(r0 + g1s + g2s + k, 2, 1, 1, f"{n1}.{n2}.{k + 1} {x[2]}", {}),
                          (r0 + g1s + g2s + k, 3, 1, 1, x[4].removeprefix("Q:"), {}),
                          (r0 + g1s + g2s + k, 4, 1, 1, x[5], {})]
    return C, cells, r0 + len(rows), [14, 22, 30, 18, 16]


def grid_b3(f, p):  # path cell
    C = 4
    cells, r = header(f, p, C)
    cells += [(r, i, 1, 1, h, {"b": 1}) for i, h in enumerate(["指标类别", "三级指标", "指标值", "指标值确定依据"])]
    r += 1
    for x in p["rows"]:
        cells += [(r, 0, 1, 1, f"{x[0]}-{x[1]}", {}), (r, 1, 1, 1, x[2], {}), (r, 2, 1, 1, x[4].removeprefix("Q:"), {}),
                  (r, 3, 1, 1, x[5], {})]
        r += 1
    return C, cells, r, [150, 150, 105, 110]


def grid_b4(f, p):  # indentation tree in one column
    C = 4
    cells, r = header(f, p, C)
    cells += [(r, i, 1, 1, h, {"b": 1}) for i, h in enumerate(["绩效指标", "绩效指标描述", "指标值", "指标值确定依据"])]
    r += 1
    last1 = last2 = None
    for x in p["rows"]:
        if x[0] != last1:
            last1, last2 = x[0], None
            cells += [(r, 0, 1, 1, x[0], {"ind": 0, "b": 1}), (r, 1, 1, 1, "", {}), (r, 2, 1, 1, "", {}), (r, 3, 1, 1, "", {})]
            r += 1
        if x[1] != last2:
            last2 = x[1]
            cells += [(r, 0, 1, 1, x[1], {"ind": 1}), (r, 1, 1, 1, "", {}), (r, 2, 1, 1, "", {}), (r, 3, 1, 1, "", {})]
            r += 1
        cells += [(r, 0, 1, 1, x[2], {"ind": 2}), (r, 1, 1, 1, x[3], {}), (r, 2, 1, 1, x[4].removeprefix("Q:"), {}),
                  (r, 3, 1, 1, x[5], {})]
        r += 1
    return C, cells, r, [2.5, 2.1, 1.1, 1.1]


def grid_b5(f, p):  # no 一级 column
    C = 4
    cells, r = header(f, p, C)
    cells += [(r, i, 1, 1, h, {"th": 1}) for i, h in enumerate(["二级指标", "三级指标", "指标值", "指标值确定依据"])]
    r0 = r + 1
    rows = p["rows"]
    for gs, gn in groups(rows, 1):
        cells.append((r0 + gs, 0, gn, 1, rows[gs][1], {}))
        for k in range(gn):
            x = rows[gs + k]
            cells += [(r0 + gs + k, 1, 1, 1, x[2], {}), (r0 + gs + k, 2, 1, 1, x[4].removeprefix("Q:"), {}),
                      (r0 + gs + k, 3, 1, 1, x[5], {})]
    return C, cells, r0 + len(rows), None


def grid_b6(f, p):  # two halves: 产出 left, 效益 / 满意度 right
    C = 8
    cells, r = header(f, p, C)
    hd = ["一级指标", "二级指标", "三级指标", "指标值"]
    cells += [(r, i, 1, 1, h, {"b": 1}) for i, h in enumerate(hd + hd)]
    r0 = r + 1
    left = [x for x in p["rows"] if x[0] == "产出指标"]
    right = [x for x in p["rows"] if x[0] != "产出指标"]
    assert p["rows"] == left + right
    n = max(len(left), len(right))
    for off, half in ((0, left), (4, right)):
        for g1s, g1n in groups(half, 0):
            cells.append((r0 + g1s, off, g1n, 1, half[g1s][0], {}))
            for g2s, g2n in groups(half[g1s:g1s + g1n], 1):
                cells.append((r0 + g1s + g2s, off + 1, g2n, 1, half[g1s + g2s][1], {}))
        for k, x in enumerate(half):
            cells += [(r0 + k, off + 2, 1, 1, x[2], {}), (r0 + k, off + 3, 1, 1, x[4].removeprefix("Q:"), {})]
        for k in range(len(half), n):
            cells += [(r0 + k, off + j, 1, 1, "", {}) for j in range(4)]
    return C, cells, r0 + n, [0.9, 1.2, 1.95, 1.1, 0.9, 1.2, 1.95, 1.1]


GRID = {"b1": grid_b1, "b2": grid_b2, "b3": grid_b3, "b4": grid_b4, "b5": grid_b5, "b6": grid_b6}


def title(i, p):
    return f"{i}、{p['name']}绩效目标表"


# ------------------------------------------------------------------ docx
def make_docx(key, f, path):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, Inches, Cm
    import datetime
    doc = Document()
    doc.core_properties.created = doc.core_properties.modified = datetime.datetime(2025, 1, 20, 9, 0, 0)
    doc.core_properties.author = f["dept"]
    st = doc.styles["Normal"]
    st.font.size = Pt(10)
    st.font.name = "SimSun"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    if key == "b6":
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.left_margin = sec.right_margin = Cm(1.8)
    for i, p in enumerate(f["projects"], 1):
        if i > 1:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        h = doc.add_paragraph()
        h.alignment = WD_ALIGN_PARAGRAPH.CENTER
        rr = h.add_run(title(i, p))
        rr.bold, rr.font.size = True, Pt(14)
        doc.add_paragraph(f"{f['code']} {f['dept']}\t\t\t\t单位：万元")
        C, cells, nrows, widths = GRID[key](f, p)
        t = doc.add_table(rows=nrows, cols=C)
        t.style = "Table Grid"
        for (r, c, rs, cs, text, o) in cells:
            cell = t.cell(r, c)
            if rs > 1 or cs > 1:
                cell = cell.merge(t.cell(r + rs - 1, c + cs - 1))
            lines = text.split("\n")
            para = cell.paragraphs[0]
            for k, line in enumerate(lines):
                if k:
                    para = cell.add_paragraph()
                run = para.add_run(line)
                if o.get("b"):
                    run.bold = True
                if "ind" in o:
                    para.paragraph_format.left_indent = Pt(18 * o["ind"])
            if o.get("shade"):
                tcPr = cell._tc.get_or_add_tcPr()
                shd = OxmlElement("w:shd")
                shd.set(qn("w:val"), "clear"), shd.set(qn("w:color"), "auto"), shd.set(qn("w:fill"), o["shade"])
                tcPr.append(shd)
        if widths:
            grid = t._tbl.tblGrid
            for k, gc in enumerate(grid.findall(qn("w:gridCol"))):
                gc.set(qn("w:w"), str(int(widths[k] * 1440)))
            for row in t.rows:
                for k, cell in enumerate(row.cells):
                    cell.width = Inches(widths[k])
    doc.save(path)


# ------------------------------------------------------------------ xlsx
def make_xlsx(key, f, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter
    import datetime
    wb = Workbook()
    wb.remove(wb.active)
    side = Side(style="thin")
    for i, p in enumerate(f["projects"], 1):
        ws = wb.create_sheet(p["name"][:31])
        C, cells, nrows, widths = GRID[key](f, p)
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=C)
        ws.cell(1, 1, title(i, p)).font = Font(bold=True, size=14)
        ws.cell(1, 1).alignment = Alignment(horizontal="center")
        ws.cell(2, 1, f"{f['code']} {f['dept']}")
        ws.cell(2, C, "单位：万元")
        R0 = 3
        for (r, c, rs, cs, text, o) in cells:
            for rr in range(rs):
                for cc in range(cs):
                    ws.cell(R0 + r + rr, 1 + c + cc).border = Border(left=side, right=side, top=side, bottom=side)
            cell = ws.cell(R0 + r, 1 + c, text)
            cell.alignment = Alignment(wrap_text=True, vertical="center")
            if o.get("b"):
                cell.font = Font(bold=True)
            if rs > 1 or cs > 1:
                ws.merge_cells(start_row=R0 + r, start_column=1 + c, end_row=R0 + r + rs - 1, end_column=1 + c + cs - 1)
        for k, w in enumerate(widths, 1):
            ws.column_dimensions[get_column_letter(k)].width = w
    wb.properties.created = wb.properties.modified = datetime.datetime(2025, 1, 20, 9, 0, 0)
    wb.save(path)


# ------------------------------------------------------------------ html
def make_html(key, f, path):
    import html as H
    out = ["<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
           f"<title>{f['dept']}2025年项目支出绩效目标公开_榆阳区人民政府</title>",
           "<style>table.xxgk{border-collapse:collapse;width:100%}table.xxgk td,table.xxgk th{border:1px solid #999;"
           "padding:4px 6px;font-size:14px}.crumb{color:#666}</style></head><body>",
           '<div class="header"><div class="logo">榆林市榆阳区人民政府</div><ul class="nav"><li>首页</li><li>政务公开</li>'
           "<li>政务服务</li><li>互动交流</li></ul></div>",
           '<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 财政信息 &gt; 部门预算</div>',
           f"<h1>{f['dept']}2025年项目支出绩效目标</h1>",
           '<div class="info">发布时间：2025-02-11　来源：区卫生健康局　浏览次数：416</div>',
           '<div class="article-content">']
    for i, p in enumerate(f["projects"], 1):
        out.append(f'<p style="text-align:center"><strong>{title(i, p)}</strong></p>')
        out.append(f"<p>{f['code']} {f['dept']}<span style=\"float:right\">单位：万元</span></p>")
        C, cells, nrows, _ = GRID[key](f, p)
        out.append('<table class="xxgk">')
        byrow = {}
        for cell in cells:
            byrow.setdefault(cell[0], []).append(cell)
        for r in range(nrows):
            tds = []
            for (rr, c, rs, cs, text, o) in sorted(byrow.get(r, []), key=lambda z: z[1]):
                tag = "th" if o.get("th") else "td"
                attr = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
                body = "<br>".join(H.escape(x, quote=False) for x in text.split("\n"))
                tds.append(f"<{tag}{attr}>{body}</{tag}>")
            out.append("<tr>" + "".join(tds) + "</tr>")
        out.append("</table>")
    out += ["</div>", '<div class="share">分享到：</div>',
            '<div class="footer">主办：榆林市榆阳区人民政府办公室　网站标识码：6108020001</div>', "</body></html>", ""]
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out))


# ------------------------------------------------------------------ reportlab pdf
def wrap(text, width, fs):
    lines = []
    for para in text.split("\n"):
        cur, w = "", 0.0
        for ch in para:
            cw = fs if ord(ch) > 255 else fs * 0.5
            if w + cw > width and cur:
                lines.append(cur)
                cur, w = "", 0.0
            cur += ch
            w += cw
        lines.append(cur)
    return lines


def make_rl(key, f, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setAuthor(f["dept"])
    W, Hh = A4
    fs, lh = 9, 13
    for i, p in enumerate(f["projects"], 1):
        C, cells, nrows, widths = GRID[key](f, p)
        x0 = (W - sum(widths)) / 2
        xs = [x0]
        for w in widths:
            xs.append(xs[-1] + w)
        hts = [18.0] * nrows
        for (r, cc, rs, cs, text, o) in cells:
            if rs == 1:
                n = len(wrap(text, xs[cc + cs] - xs[cc] - 6, fs))
                hts[r] = max(hts[r], n * lh + 6)
        y = Hh - 60
        c.setFont("STSong-Light", 15)
        c.drawCentredString(W / 2, y, title(i, p))
        y -= 24
        c.setFont("STSong-Light", 10)
        c.drawString(x0, y, f"{f['code']} {f['dept']}")
        c.drawRightString(xs[-1], y, "单位：万元")
        y -= 8
        ys = [y]
        for h in hts:
            ys.append(ys[-1] - h)
        c.setLineWidth(0.6)
        c.setFont("STSong-Light", fs)
        for (r, cc, rs, cs, text, o) in cells:
            xa, xb, ya, yb = xs[cc], xs[cc + cs], ys[r], ys[r + rs]
            c.rect(xa, yb, xb - xa, ya - yb, stroke=1, fill=0)
            lines = wrap(text, xb - xa - 6, fs)
            ty = (ya + yb) / 2 + (len(lines) * lh) / 2 - lh + 3
            for ln in lines:
                c.drawString(xa + 3, ty, ln)
                ty -= lh
        c.showPage()
    c.save()


def make_lo_pdf(key, f, path):
    docx = os.path.join(BUILD, f["stem"] + ".docx")
    make_docx(key, f, docx)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_heldout32b", "--headless", "--convert-to", "pdf",
                    "--outdir", BUILD, docx], check=True, capture_output=True, timeout=180)


MAKER = {"b1": make_docx, "b2": make_xlsx, "b3": make_rl, "b4": make_lo_pdf, "b5": make_html, "b6": make_docx}


def main(keys):
    os.makedirs(BUILD, exist_ok=True)
    for key in keys:
        f = F[key]
        name = f["stem"] + "." + f["ext"]
        out = os.path.join(BUILD, name)
        MAKER[key](key, f, out)
        dst = os.path.join(HERE, "drafts", name)
        shutil.copyfile(out, dst)
        g = G[f["stem"]]
        g["source"]["sha256"] = hashlib.sha256(open(dst, "rb").read()).hexdigest()
        if f["ext"] == "pdf":
            import pypdfium2
            g["source"]["pages"] = len(pypdfium2.PdfDocument(dst))
        with open(os.path.join(HERE, "expected", f["stem"] + ".gold.json"), "w", encoding="utf-8") as fh:
            json.dump(g, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print("made", name)


if __name__ == "__main__":
    main(sys.argv[1:] or list(F))
