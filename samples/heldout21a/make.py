#!/usr/bin/env python3
"""Render every draft of heldout21a FROM the facts in golds.py and write the golds with source filled.
The four searchable PDFs: the printed form is drawn with reportlab platypus (STSong-Light, ruled grid) into
/tmp/heldout21a_build/STEM.src.pdf, rasterised with pypdfium2 at 200 dpi, lightly damaged (grey paper, noise, blur;
seeded) and saved as JPEG; the draft page is that JPEG (drawImage) and an INVISIBLE text layer (text render mode 3)
written from the word boxes of the source rendering, as a scanner's "searchable PDF" OCR writes it: f1 word boxes per
cell, exact; f2 the same with the OCR slips of golds.F2["slips"]; f3 ONE text line per printed line, cells apart by
spaces; f6 the page image turned 90° on a landscape page while the words stay upright. f4 / f5 are MinerU / Docling
Markdown written by hand from the facts, with the OCR slips of the facts. Nothing is imported from jixiao."""
import hashlib, json, os, random, shutil, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from golds import F, G, cells, vr  # noqa: E402
from kit import clean  # noqa: E402

D, EXPECTED, TMP = os.path.join(HERE, "drafts"), os.path.join(HERE, "expected"), "/tmp/heldout21a_build"
DPI = 200
FONT = "STSong-Light"


def _rl():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    try:
        pdfmetrics.getFont(FONT)
    except KeyError:
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))


# ------------------------------------------------------------------ the printed form (source rendering)
def para(t, size=8.5, align=0):
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph
    st = ParagraphStyle("c", fontName=FONT, fontSize=size, leading=size * 1.35, wordWrap="CJK", alignment=align)
    return Paragraph(t.replace("\n", "<br/>"), st)


def form_table(rows, widths, spans, heads=(), size=8.5):
    """rows: lists of str (\"\" under a span); spans: [(c1, r1, c2, r2)]; heads: row indexes set in bold-ish grey."""
    from reportlab.platypus import Table, TableStyle
    data = [[para(c, size, 1 if (j < 2 or r in heads) else 0) if c else "" for j, c in enumerate(row)]
            for r, row in enumerate(rows)]
    t = Table(data, colWidths=widths)
    st = [("GRID", (0, 0), (-1, -1), 0.6, "black"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
          ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
    st += [("SPAN", (a, b), (c, d)) for a, b, c, d in spans]
    t.setStyle(TableStyle(st))
    return t


def merge_runs(rows, col, first, spans, key=None):
    """vertical SPAN over runs of equal cells in `col` (key: the columns that must all agree), blanking the rest."""
    key = key or [col]
    r = first
    while r < len(rows):
        e = r
        while e + 1 < len(rows) and all(rows[e + 1][k] == rows[r][k] for k in key):
            e += 1
        if e > r:
            spans.append((col, r, col, e))
            for k in range(r + 1, e + 1):
                rows[k][col] = ""
        r = e + 1


def src_pdf(path, pages, pagesize=None, margin=40):
    """pages: list of flowable lists (one page each)."""
    _rl()
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import PageBreak, SimpleDocTemplate
    doc = SimpleDocTemplate(path, pagesize=pagesize or A4, leftMargin=margin, rightMargin=margin, topMargin=42,
                            bottomMargin=36, invariant=1)
    story = []
    for k, fl in enumerate(pages):
        story += fl + ([PageBreak()] if k < len(pages) - 1 else [])
    doc.build(story)


def heading(t, size=15):
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph
    return Paragraph(t, ParagraphStyle("h", fontName=FONT, fontSize=size, leading=size * 1.5, alignment=1,
                                       spaceAfter=4))


def line(t, align=0):
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph
    return Paragraph(t.replace(" ", "&nbsp;"), ParagraphStyle("l", fontName=FONT, fontSize=9.5, leading=14,
                                                               alignment=align, spaceAfter=3))


# ------------------------------------------------------------------ scan + text layer
def scan_pages(src, stem, seed):
    """rasterise the source rendering, add mild scanner damage, save JPEGs; returns [(jpg, w_px, h_px)]."""
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter
    rng = np.random.default_rng(seed)
    out = []
    pdf = pdfium.PdfDocument(src)
    for i in range(len(pdf)):
        im = pdf[i].render(scale=DPI / 72, grayscale=True).to_pil().convert("L")
        a = np.asarray(im).astype(np.float32)
        a = 247 - (255 - a) * (225 / 255)            # paper 247, ink 22
        a += rng.normal(0, 3.0, a.shape)              # sensor noise
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.45))
        p = os.path.join(TMP, f"{stem}.p{i + 1}.jpg")
        im.save(p, "JPEG", quality=85, dpi=(DPI, DPI))
        out.append((p, im.size[0], im.size[1]))
    return out


def cell_boxes(src):
    """per page: the ruled cells of the source rendering (pdfplumber), to order the OCR words cell by cell."""
    import pdfplumber
    out = []
    with pdfplumber.open(src) as pdf:
        for pg in pdf.pages:
            boxes = []
            for t in pg.find_tables():
                boxes += [c for c in t.cells if c]
            out.append(boxes)
    return out


def ocr_words(src):
    """per page: [(text, x0, top, x1, bottom)] in OCR block order: words outside the table by position, the table's
    words cell by cell (row-major), lines within a cell top to bottom."""
    import pdfplumber
    boxes = cell_boxes(src)
    pages = []
    with pdfplumber.open(src) as pdf:
        for pg, bx in zip(pdf.pages, boxes):
            ws = pg.extract_words(x_tolerance=1.5, y_tolerance=2, keep_blank_chars=False)
            keyed = []
            for w in ws:
                cx, cy = (w["x0"] + w["x1"]) / 2, (w["top"] + w["bottom"]) / 2
                k = next((b for b in bx if b[0] <= cx <= b[2] and b[1] <= cy <= b[3]), None)
                key = (round(k[1], 1), round(k[0], 1), w["top"], w["x0"]) if k else (w["top"], -1, 0, w["x0"])
                keyed.append((key, (w["text"], w["x0"], w["top"], w["x1"], w["bottom"])))
            pages.append([w for _, w in sorted(keyed, key=lambda z: z[0])])
    return pages, [pg for pg in boxes]


def layer_text(c, text, x0, top, x1, bottom, page_h, scale=1.0, dx=0.0, jitter=None):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    size = (bottom - top) * scale
    x, y = dx + x0 * scale, (page_h - bottom * scale) + size * 0.12
    if jitter:
        x += jitter.uniform(-0.6, 0.6); y += jitter.uniform(-0.5, 0.5)
    t = c.beginText()
    t.setTextRenderMode(3)
    t.setFont(FONT, size)
    nat = stringWidth(text, FONT, size)
    if nat > 0:
        t.setHorizScale(100.0 * (x1 - x0) * scale / nat)
    t.setTextOrigin(x, y)
    t.textOut(text)
    c.drawText(t)


def searchable(path, src, stem, seed, mode="words", slips=(), rotate=False):
    """write the draft: page image + invisible OCR text layer."""
    _rl()
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, landscape
    from PIL import Image
    pages, _ = ocr_words(src)
    scans = scan_pages(src, stem, seed)
    jit = random.Random(seed)
    # OCR slips: (printed word, occurrence in layer order, OCR text)
    todo = {(a, k): b for a, k, b in slips}
    seen = {}
    for pw in pages:
        for i, w in enumerate(pw):
            n = seen.get(w[0], 0)
            seen[w[0]] = n + 1
            if (w[0], n) in todo:
                pw[i] = (todo.pop((w[0], n)),) + w[1:]
    assert not todo, ("slips not applied", todo)
    pw_, ph_ = A4
    size = landscape(A4) if rotate else A4
    c = canvas.Canvas(path, pagesize=size, invariant=1, pageCompression=1)
    c.setTitle(""); c.setAuthor(""); c.setCreator("ScanSoft OCR")
    for (jpg, w, h), pw in zip(scans, pages):
        if rotate:
            rj = jpg.replace(".jpg", ".rot.jpg")
            Image.open(jpg).rotate(90, expand=True).save(rj, "JPEG", quality=85, dpi=(DPI, DPI))
            c.drawImage(rj, 0, 0, width=size[0], height=size[1])
            s = size[1] / ph_
            dx = (size[0] - pw_ * s) / 2
        else:
            c.drawImage(jpg, 0, 0, width=size[0], height=size[1])
            s, dx = 1.0, 0.0
        if mode == "lines":
            for ln in lines_of(pw):
                txt = " ".join(x[0] for x in ln)
                layer_text(c, txt, ln[0][1], min(x[2] for x in ln), ln[-1][3], max(x[4] for x in ln), ph_, jitter=jit)
        else:
            for wd in pw:
                layer_text(c, *wd, ph_ * s if rotate else ph_, scale=s, dx=dx, jitter=jit)
        c.showPage()
    c.save()


def lines_of(words):
    """group words into visual lines (same baseline within 3 pt), left to right."""
    ws = sorted(words, key=lambda w: (w[4], w[1]))
    out = []
    for w in ws:
        if out and abs(out[-1][0][4] - w[4]) < 3:
            out[-1].append(w)
        else:
            out.append([w])
    return [sorted(ln, key=lambda w: w[1]) for ln in out]


# ------------------------------------------------------------------ the forms
def project_form(f, p, title, amt_labels=("年度资金总额", "其中：财政拨款", "其他资金"), code_row=True):
    rows = [["项目名称", p["name"], "", "项目编码", p["pcode"]] if code_row else None,
            ["主管部门", f["dept"], "", "实施单位", p["impl"]]]
    rows = [r for r in rows if r]
    spans = [(1, k, 2, k) for k in range(len(rows))]
    r0 = len(rows)
    for k, (lab, v) in enumerate(zip(amt_labels, p["amt"])):
        rows.append(["项目资金（万元）" if k == 0 else "", lab, "", v, ""])
        spans += [(1, r0 + k, 2, r0 + k), (3, r0 + k, 4, r0 + k)]
    spans.append((0, r0, 0, r0 + 2))
    rows.append(["年度绩效目标", p["goal"], "", "", ""]); spans.append((1, len(rows) - 1, 4, len(rows) - 1))
    rows.append(["一级指标", "二级指标", "三级指标", "指标值", ""]); spans.append((3, len(rows) - 1, 4, len(rows) - 1))
    head = len(rows) - 1
    first = len(rows)
    for a, b, cc, v in cells(p["rows"], 4):
        rows.append([a, b, cc, vr(v), ""]); spans.append((3, len(rows) - 1, 4, len(rows) - 1))
    merge_runs(rows, 1, first, spans, key=[0, 1])
    merge_runs(rows, 0, first, spans)
    return rows, spans, head


def f1(path):
    f = F["f1"]
    src = os.path.join(TMP, f["stem"] + ".src.pdf")
    pages = []
    for p in f["projs"]:
        rows, spans, head = project_form(f, p, f["title"])
        pages.append([heading(f["title"]), line("部门编码：" + f["code"] + "            单位：万元", 2),
                      form_table(rows, [72, 78, 160, 95, 110], spans, heads=(head,)),
                      line(" "), line("填报人：杨建国        联系电话：0939-8216047        填报日期：2025年2月18日")])
    src_pdf(src, pages)
    searchable(path, src, f["stem"], 2101)


def f2(path):
    f = F["f2"]
    src = os.path.join(TMP, f["stem"] + ".src.pdf")
    rows = [["部门名称", f["dept"], "", ""]]
    spans = [(1, 0, 3, 0)]
    for k, (lab, v) in enumerate(zip(("资金总额", "其中：财政拨款", "其他资金"), f["amt"])):
        rows.append(["年度预算安排" if k == 0 else "", lab, v, ""]); spans.append((2, k + 1, 3, k + 1))
    spans.append((0, 1, 0, 3))
    goal = f["goal"].replace("；目标", "；\n目标")
    rows.append(["年度总体目标", goal, "", ""]); spans.append((1, 4, 3, 4))
    rows.append(["一级指标", "二级指标", "三级指标", "指标值"])
    first = len(rows)
    for a, b, cc, v in cells(f["rows"], 4):
        rows.append([a, b, cc, vr(v)])
    merge_runs(rows, 1, first, spans, key=[0, 1])
    merge_runs(rows, 0, first, spans)
    src_pdf(src, [[heading(f["title"]), line("（2025年度）", 1),
                   line("填报单位：" + f["dept"] + "      部门编码：" + f["code"] + "      单位：万元"),
                   form_table(rows, [80, 100, 190, 145], spans, heads=(first - 1,)),
                   line(" "), line("单位负责人：刘卫东        填表人：韩雪        联系电话：0464-8263150")]])
    searchable(path, src, f["stem"], 2102, slips=f["slips"])


def f3(path):
    f = F["f3"]
    src = os.path.join(TMP, f["stem"] + ".src.pdf")
    rows = [["项目名称", f["name"], "", "", "", ""], ["主管部门", f["dept"], "", "实施单位", f["impl"], ""]]
    spans = [(1, 0, 5, 0), (1, 1, 2, 1), (4, 1, 5, 1)]
    for k, (lab, v) in enumerate(zip(("资金总额", "其中：财政资金", "其他资金"), f["amt"])):
        rows.append(["项目资金（万元）" if k == 0 else "", lab, "", v, "", ""])
        spans += [(1, 2 + k, 2, 2 + k), (3, 2 + k, 5, 2 + k)]
    spans.append((0, 2, 0, 4))
    rows.append(["年度绩效目标", f["goal"], "", "", "", ""]); spans.append((1, 5, 5, 5))
    rows.append(["一级指标", "二级指标", "三级指标", "上年度实际水平", "本年度计划完成水平", "指标解释"])
    first = len(rows)
    for a, b, cc, h, v, d in cells(f["rows"], 6):
        rows.append([a, b, cc, h, vr(v), d])
    merge_runs(rows, 1, first, spans, key=[0, 1])
    merge_runs(rows, 0, first, spans)
    src_pdf(src, [[heading(f["title"]), line("填报单位（盖章）：" + f["dept"] + "            单位：万元"),
                   form_table(rows, [56, 84, 118, 70, 82, 120], spans, heads=(first - 1,), size=8),
                   line(" "), line("单位负责人：黄志强        财务负责人：林晓燕        填表人：陈嘉欣")]], margin=32)
    searchable(path, src, f["stem"], 2103, mode="lines")


def f6(path):
    f = F["f6"]
    src = os.path.join(TMP, f["stem"] + ".src.pdf")
    rows = [["项目名称", f["name"], "", "", ""],
            ["主管部门", f["dept"], "", "主管部门编码", f["code"]],
            ["项目单位", f["impl"], "", "项目负责人", f["person"]],
            ["项目属性", f["attr"], "", "联系电话", f["phone"]],
            ["项目起止时间", f["term"], "", "", ""]]
    spans = [(1, 0, 4, 0), (1, 1, 2, 1), (1, 2, 2, 2), (1, 3, 2, 3), (1, 4, 4, 4)]
    for k, (lab, v) in enumerate(zip(("年度资金总额", "其中：财政拨款", "其他资金"), f["amt"])):
        r = len(rows)
        rows.append(["年度资金总额及构成（万元）" if k == 0 else "", lab, "", v, ""])
        spans += [(1, r, 2, r), (3, r, 4, r)]
    spans.append((0, 5, 0, 7))
    rows.append(["长期目标", f["long"], "", "", ""]); spans.append((1, len(rows) - 1, 4, len(rows) - 1))
    rows.append(["年度目标", f["goal"], "", "", ""]); spans.append((1, len(rows) - 1, 4, len(rows) - 1))
    r = len(rows)
    rows.append(["实施进度计划", "项目实施内容", "", "开始时间", "完成时间"]); spans.append((1, r, 2, r))
    for a, b, cc in f["plan"]:
        rows.append(["", a, "", b, cc]); spans.append((1, len(rows) - 1, 2, len(rows) - 1))
    spans.append((0, r, 0, len(rows) - 1))
    heads = [len(rows)]
    rows.append(["", "一级指标", "二级指标", "三级指标", "指标值"])
    for lab, block in (("长期绩效指标", f["long_rows"]), ("年度绩效指标", f["rows"])):
        first = len(rows)
        for a, b, cc, v in cells(block, 4):
            rows.append(["", a, b, cc, vr(v)])
        rows[first][0] = lab
        spans.append((0, first, 0, len(rows) - 1))
        merge_runs(rows, 2, first, spans, key=[1, 2])
        merge_runs(rows, 1, first, spans)
        # the merge of col 1 must not run over the block border: blocks are merged separately
    src_pdf(src, [[heading(f["title"]), line("（2024年度）", 1),
                   form_table(rows, [70, 70, 92, 160, 123], spans, heads=heads, size=8),
                   line(" "), line("填表人：王晓梅        填报日期：2024年1月22日")]])
    searchable(path, src, f["stem"], 2106, rotate=True)


# ------------------------------------------------------------------ exports of scans (MinerU / Docling)
def td(t, rs=1, cs=1):
    a = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
    return f"<td{a}>{t}</td>"


def f4(path):
    f = F["f4"]
    rows = [[a, b, cc, vr(v)] for a, b, cc, v in cells(f["rows"], 4)]
    col = {"l3": 2, "value": 3}
    for i, c, printed, ocr in f["slips"]:
        assert rows[i][col[c]] == printed
        rows[i][col[c]] = ocr
    h = ["<table>",
         "<tr>" + td("项目名称") + td(f["name"], cs=3) + "</tr>",
         "<tr>" + td("主管部门及代码") + td(f["printed_dept"]) + td("实施单位") + td(f["impl"]) + "</tr>",
         "<tr>" + td("项目属性") + td(f["attr"]) + td("项目期") + td(f["term"]) + "</tr>",
         "<tr>" + td("项目资金（万元）", rs=4) + td("年度资金总额") + td(f["amt"][0], cs=2) + "</tr>",
         "<tr>" + td("其中：财政拨款") + td(f["amt"][1], cs=2) + "</tr>",
         "<tr>" + td("上年结转资金") + td(f["carry"], cs=2) + "</tr>",
         "<tr>" + td("其他资金") + td(f["amt"][2], cs=2) + "</tr>",
         "<tr>" + td("年度总体目标") + td(f["goal"], cs=3) + "</tr>",
         "<tr>" + td("一级指标") + td("二级指标") + td("三级指标") + td("指标值") + "</tr>"]
    for i, r in enumerate(rows):
        tds = ""
        if i == 0 or rows[i - 1][0] != r[0]:
            tds += td(r[0], rs=sum(1 for _ in _run(rows, i, [0])))
        if i == 0 or rows[i - 1][:2] != r[:2]:
            tds += td(r[1], rs=sum(1 for _ in _run(rows, i, [0, 1])))
        h.append("<tr>" + tds + td(r[2]) + td(r[3]) + "</tr>")
    h.append("</table>")
    seal = hashlib.sha256(b"heldout21a f4 seal").hexdigest()
    txt = ("附件\n\n# 项目支出绩效目标申报表\n\n（2025年度）\n\n单位：万元\n\n" + "".join(h) + "\n\n"
           f"![](images/{seal}.jpg)\n\n填报单位（盖章）：国家矿山安全监察局规划财务司\n\n填报日期：2025年3月12日\n")
    open(path, "w", encoding="utf-8").write(txt)


def _run(rows, i, key):
    j = i
    while j < len(rows) and [rows[j][k] for k in key] == [rows[i][k] for k in key]:
        yield j
        j += 1


def f5(path):
    f = F["f5"]
    head = ["单位名称", "项目名称", "预算数", "年度目标", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
            "度量单位", "权重", "指标方向性"]
    col = {"l3": 6, "sign": 7, "value": 8, "unit": 9}
    body = []
    for k, p in enumerate(f["projs"]):
        rs = []
        for a, b, cc, sg, v, u, w, d in cells(p["rows"], 8):
            rs.append([f["code"] + "-" + f["dept"], p["name"], p["budget"], p["goal"], a, b, cc, sg, v, u, w, d])
        for pi, i, c, printed, ocr in f["slips"]:
            if pi == k:
                assert rs[i][col[c]] == printed, (rs[i][col[c]], printed)
                rs[i][col[c]] = ocr
        body += rs
    allr = [head] + body
    wd = [max(len(r[j]) for r in allr) for j in range(len(head))]
    fmt = lambda r: "| " + " | ".join(x + " " * (wd[j] - len(x)) for j, x in enumerate(r)) + " |"
    lines = [fmt(head), "|" + "|".join("-" * (w + 2) for w in wd) + "|"] + [fmt(r) for r in body]
    txt = ("<!-- image -->\n\n## " + f["title"] + "\n\n金额单位：万元\n\n" + "\n".join(lines) +
           "\n\n<!-- image -->\n\n制表人：罗晓峰   审核人：蒋文斌   制表日期：2025年2月26日\n")
    open(path, "w", encoding="utf-8").write(txt)


EXT = {"f1": "pdf", "f2": "pdf", "f3": "pdf", "f4": "md", "f5": "md", "f6": "pdf"}
FN = {"f1": f1, "f2": f2, "f3": f3, "f4": f4, "f5": f5, "f6": f6}


def main():
    _rl()
    os.makedirs(TMP, exist_ok=True)
    for d in (D, EXPECTED):
        shutil.rmtree(d, ignore_errors=True); os.makedirs(d)
    for k in sorted(F):
        f = F[k]
        name = f["stem"] + "." + EXT[k]
        tmp = os.path.join(TMP, name)
        FN[k](tmp)
        shutil.copy(tmp, os.path.join(D, name))
        g = clean(G[f["stem"]])
        pages = None
        if EXT[k] == "pdf":
            from pypdf import PdfReader
            pages = len(PdfReader(tmp).pages)
        g["source"] = {"path": name, "sha256": hashlib.sha256(open(tmp, "rb").read()).hexdigest(),
                       "format": "pdf" if EXT[k] == "pdf" else "text", "pages": pages, "ocr": True}
        with open(os.path.join(EXPECTED, f["stem"] + ".gold.json"), "w", encoding="utf-8") as fh:
            json.dump(g, fh, ensure_ascii=False, indent=1)
        print(name, "pages", pages)


if __name__ == "__main__":
    main()
