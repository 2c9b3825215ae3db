#!/usr/bin/env python3
"""Render the six blind documents of heldout9b FROM the hand-typed golds in golds.py and write the golds.
Theme: WHAT IS INSIDE A PDF. reportlab canvas (CID font STSong-Light, not embedded) with a small grid engine of
our own for v1–v4: v1 cells as FILLED rectangles only (no stroked path), v2 values as AcroForm text fields
(reportlab acroform, then pypdf gives every widget a CJK appearance stream), v3 encrypted by pypdf (RC4-128, empty
user password, owner password, print allowed, copy not), v4 page 2 replaced by a 200 dpi JPEG "scan" of itself
(pypdfium2 + Pillow/numpy, merged with pypdf); python-docx + LibreOffice headless (one conversion at a time,
profile /tmp/lo_heldout9b) for v5 (font Noto Sans CJK SC, embedded as a subset by LibreOffice, two forms side by
side in a two-column landscape section) and v6 (cover, 目录, repeated header row, 注 block).
Intermediate files go to /tmp/heldout9b_build. Nothing from the jixiao project is imported.
Run: .venv/bin/python samples/heldout9b/make.py [STEM ...]"""
import hashlib, json, os, shutil, subprocess, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kit import clean
from golds import G, V6_NOTE

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "drafts")
EXPECTED = os.path.join(HERE, "expected")
TMP = "/tmp/heldout9b_build"
LO_PROFILE = "file:///tmp/lo_heldout9b"
F = "STSong-Light"


def money(v):
    return "" if v is None else f"{v:.2f}"


def goal_text(goals, style="{i}.{g}"):
    return goals[0] if len(goals) == 1 else "".join(style.format(i=i, g=g) for i, g in enumerate(goals, 1))


def spans(inds, key_fn):
    out, i = [], 0
    while i < len(inds):
        j = i
        while j + 1 < len(inds) and key_fn(inds[j + 1]) == key_fn(inds[i]):
            j += 1
        out.append((i, j - i + 1))
        i = j + 1
    return out


def soffice(src, fmt, outdir):
    r = subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", fmt,
                        "--outdir", outdir, src], capture_output=True, text=True, timeout=240)
    out = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + "." + fmt.split(":")[0])
    if not os.path.exists(out):
        raise RuntimeError(f"soffice failed for {src}: {r.stdout} {r.stderr}")
    return out


def pdf_pages(path):
    import pypdfium2 as pdfium
    return len(pdfium.PdfDocument(path))


def page_texts(pdf):
    """whitespace-free text of each page (pdfminer)."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTTextContainer
    return ["".join("".join(el.get_text().split()) for el in pg if isinstance(el, LTTextContainer))
            for pg in extract_pages(pdf)]


# =============================================================== a small grid engine on the reportlab canvas
def rl_setup():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    pdfmetrics.registerFont(UnicodeCIDFont(F))


def wrap(text, width, size):
    """greedy character wrap (CJK has no spaces) at the font's real advance widths."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    lines, cur = [], ""
    for ch in text:
        if cur and stringWidth(cur + ch, F, size) > width:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    return lines + [cur] if cur else lines or [""]


FS, LEAD, PAD = 9.5, 12.5, 4.0


def cell(r, c, text, role="text", rs=1, cs=1, field=None):
    """role: label / head / level (grey in v1, centred) — val (centred) — text (left)."""
    return {"r": r, "c": c, "rs": rs, "cs": cs, "text": text or "", "role": role, "field": field}


def layout(colw, cells, min_h=20):
    n = max(x["r"] + x["rs"] for x in cells)
    h = [min_h] * n
    for x in cells:
        x["w"] = sum(colw[x["c"]:x["c"] + x["cs"]])
        x["lines"] = wrap(x["text"], x["w"] - 2 * PAD, FS)
        need = len(x["lines"]) * LEAD + 2 * PAD + 2
        if x["rs"] == 1:
            h[x["r"]] = max(h[x["r"]], need)
    for x in cells:
        if x["rs"] > 1:
            have = sum(h[x["r"]:x["r"] + x["rs"]])
            if have < x["lines"].__len__() * LEAD + 2 * PAD + 2:
                extra = (len(x["lines"]) * LEAD + 2 * PAD + 2 - have) / x["rs"]
                for k in range(x["r"], x["r"] + x["rs"]):
                    h[k] += extra
    return h


def geometry(x0, ytop, colw, heights, x):
    cx = x0 + sum(colw[:x["c"]])
    top = ytop - sum(heights[:x["r"]])
    hh = sum(heights[x["r"]:x["r"] + x["rs"]])
    return cx, top - hh, x["w"], hh


def text_lines(x, cx, by, w, h):
    """(string, x, baseline y, centred?) of each wrapped line, vertically centred in the cell."""
    n = len(x["lines"])
    first = by + h / 2 + (n * LEAD) / 2 - LEAD + (LEAD - FS) / 2 + 1.2
    centre = x["role"] != "text"
    return [(s, (cx + w / 2) if centre else cx + PAD, first - k * LEAD, centre) for k, s in enumerate(x["lines"])]


FILL = {"label": "#D6D6D6", "head": "#C8C8C8", "level": "#E4E4E4"}


def draw_grid(canv, x0, ytop, colw, cells, mode, fields=None):
    """mode 'filled': every cell a filled box inset 0.25 pt (0.5 pt white gutters), NO stroke;
    mode 'ruled': stroked cell borders. A cell with a field name is left blank and recorded in `fields`."""
    heights = layout(colw, cells)
    for x in cells:
        cx, by, w, h = geometry(x0, ytop, colw, heights, x)
        if mode == "filled":
            col = FILL.get(x["role"]) or ("#F1F1F1" if x.get("zebra") else "#FFFFFF")
            canv.setFillColor(col)
            canv.rect(cx + 0.25, by + 0.25, w - 0.5, h - 0.5, stroke=0, fill=1)
        else:
            canv.setLineWidth(0.6)
            canv.setStrokeColor("black")
            canv.rect(cx, by, w, h, stroke=1, fill=0)
        if x["field"]:
            fields.append({"name": x["field"], "value": x["text"], "x": cx + 1, "y": by + 1, "w": w - 2,
                           "h": h - 2, "lines": x["lines"], "centre": x["role"] != "text"})
            continue
        canv.setFillColor("black")
        canv.setFont(F, FS)
        for s, tx, ty, centre in text_lines(x, cx, by, w, h):
            (canv.drawCentredString if centre else canv.drawString)(tx, ty, s)
    return ytop - sum(heights)


def header_cells(p, fields=False):
    f = (lambda k: k) if fields else (lambda k: None)
    q = f"p{p['seq']}_"
    return [cell(0, 0, "项目名称", "label"), cell(0, 1, p["name"], field=f(q + "xmmc")),
            cell(0, 2, "项目编码", "label"), cell(0, 3, p["code"], field=f(q + "xmbm")),
            cell(1, 0, "主管部门", "label"), cell(1, 1, p["department"], field=f(q + "zgbm")),
            cell(1, 2, "实施单位", "label"), cell(1, 3, p["implementing_unit"], field=f(q + "ssdw")),
            cell(2, 0, "年度资金总额", "label"), cell(2, 1, money(p["budget_total"]), "val", field=f(q + "zje")),
            cell(2, 2, "其中：财政拨款", "label"), cell(2, 3, money(p["budget_fiscal"]), "val", field=f(q + "czbk")),
            cell(3, 0, "其他资金", "label"), cell(3, 1, money(p["budget_other"]), "val", cs=3, field=f(q + "qtzj")),
            cell(4, 0, "年度目标", "label"), cell(4, 1, goal_text(p["goals"]), cs=3, field=f(q + "ndmb"))]


def indicator_cells(p, cols, fields=False):
    """cols: extra columns after 三级 as (heading, key, role); 一级/二级 merged down their group."""
    inds = p["indicators"]
    heads = ["一级指标", "二级指标", "三级指标"] + [h for h, _, _ in cols]
    cells = [cell(0, c, h, "head") for c, h in enumerate(heads)]
    for start, n in spans(inds, lambda d: d["level1"]):
        cells.append(cell(1 + start, 0, inds[start]["level1"], "level", rs=n))
    for start, n in spans(inds, lambda d: (d["level1"], d["level2"])):
        cells.append(cell(1 + start, 1, inds[start]["level2"], "level", rs=n))
    for i, x in enumerate(inds):
        row = [cell(1 + i, 2, x["level3"])]
        for k, (h, key, role) in enumerate(cols):
            fld = f"p{p['seq']}_zbz{i + 1:02d}" if (fields and key == "value_raw") else None
            row.append(cell(1 + i, 3 + k, x[key], role, field=fld))
        for c in row:
            c["zebra"] = i % 2 == 0
        cells += row
    return cells


def form_page(canv, g, p, mode, cols, icolw, subline, signer, fields=None, title_extra=None):
    from reportlab.lib.pagesizes import A4
    W, H = A4
    x0 = 45
    canv.setFillColor("black")
    canv.setFont(F, 16)
    canv.drawCentredString(W / 2, H - 62, p["title"])
    y = H - 80
    if title_extra:
        canv.setFont(F, 11)
        canv.drawCentredString(W / 2, y, title_extra)
        y -= 16
    canv.setFont(F, 10)
    canv.drawString(x0, y - 6, subline[0])
    canv.drawRightString(W - x0, y - 6, subline[1])
    y -= 14
    y = draw_grid(canv, x0, y, [82, 172, 82, 169], header_cells(p, fields is not None), mode, fields)
    y -= 10
    y = draw_grid(canv, x0, y, icolw, indicator_cells(p, cols, fields is not None), mode, fields)
    canv.setFillColor("black")
    canv.setFont(F, 10)
    canv.drawString(x0, y - 20, signer)
    assert y - 20 > 40, f"{p['name']}: form runs off the page ({y})"


def rl_doc(path, g, per_page):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    rl_setup()
    d = g["document"]
    canv = canvas.Canvas(path, pagesize=A4, pageCompression=1)
    canv.setTitle(d["title"]); canv.setAuthor(d["department"])
    for p in g["projects"]:
        per_page(canv, p)
        canv.showPage()
    canv.save()


# =============================================================== v1 FILLED RECTANGLES only
def d_v1(g, path):
    cols = [("指标值", "value_raw", "val"), ("指标值设定依据", "basis", "val")]
    rl_doc(path, g, lambda canv, p: form_page(
        canv, g, p, "filled", cols, [62, 96, 150, 94, 103],
        (f'部门编码：{p["department_code"]}', "单位：万元"), "填报人：郑丽华　　联系电话：022-2730XXXX"))


# =============================================================== v2 values in AcroForm fields
def d_v2(g, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    rl_setup()
    d = g["document"]
    cols = [("指标值", "value_raw", "val")]
    canv = canvas.Canvas(os.path.join(TMP, "v2_fields_raw.pdf"), pagesize=A4, pageCompression=1)
    canv.setTitle(d["title"]); canv.setAuthor(d["department"])
    allf = []
    for p in g["projects"]:
        fields = []
        form_page(canv, g, p, "ruled", cols, [80, 100, 200, 125],
                  (f'填报单位：{p["department"]}　部门编码：{p["department_code"]}', "金额单位：万元"),
                  "填报人：沈建国　　联系电话：022-6532XXXX", fields=fields)
        for f in fields:
            canv.acroForm.textfield(name=f["name"], value=f["name"], x=f["x"], y=f["y"], width=f["w"],
                                    height=f["h"], borderWidth=0, fillColor=None, borderColor=None,
                                    fontName="Helvetica", fontSize=9, maxlen=0,
                                    fieldFlags="multiline" if len(f["lines"]) > 1 else "")
        allf += fields
        canv.showPage()
    canv.save()
    cjk_appearances(os.path.join(TMP, "v2_fields_raw.pdf"), path, {f["name"]: f for f in allf})


def cjk_appearances(src, out, fields):
    """reportlab's acroform writes appearances only with the standard 14 fonts and refuses CJK text, so the fields
    are created with their ASCII names as placeholder values; here /V and /DV get the real value and every
    widget an appearance stream /AP /N that draws its value with the page's own STSong-Light (Type0,
    UniGB-UCS2-H: the codes are UTF-16BE), wrapped as the cell wraps; /DA and /DR name the same font."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import (ArrayObject, DecodedStreamObject, DictionaryObject, FloatObject, NameObject,
                               NumberObject, TextStringObject, BooleanObject)
    w = PdfWriter(clone_from=PdfReader(src))
    font = None
    for pg in w.pages:
        for k, v in pg["/Resources"]["/Font"].items():
            if v.get_object().get("/BaseFont") == "/" + F:
                font = v.indirect_reference if hasattr(v, "indirect_reference") and v.indirect_reference else v
    assert font is not None
    n = 0
    for pg in w.pages:
        for a in pg.get("/Annots", []):
            a = a.get_object()
            if a.get("/FT") != "/Tx":
                continue
            f = fields[a["/T"]]
            wd, ht = f["w"], f["h"]
            nl = len(f["lines"])
            first = ht / 2 + (nl * LEAD) / 2 - LEAD + (LEAD - FS) / 2 + 1.2
            ops = ["/Tx BMC", "q", "BT", f"/STS {FS} Tf", "0 g"]
            from reportlab.pdfbase.pdfmetrics import stringWidth
            for k, s in enumerate(f["lines"]):
                tx = (wd - stringWidth(s, F, FS)) / 2 if f["centre"] else PAD - 1
                ops.append(f"1 0 0 1 {tx:.2f} {first - k * LEAD:.2f} Tm <{s.encode('utf-16-be').hex().upper()}> Tj")
            ops += ["ET", "Q", "EMC"]
            st = DecodedStreamObject()
            st.set_data("\n".join(ops).encode("latin-1"))
            st.update({NameObject("/Type"): NameObject("/XObject"), NameObject("/Subtype"): NameObject("/Form"),
                       NameObject("/BBox"): ArrayObject([FloatObject(0), FloatObject(0), FloatObject(wd), FloatObject(ht)]),
                       NameObject("/Resources"): DictionaryObject({NameObject("/Font"): DictionaryObject(
                           {NameObject("/STS"): font})})})
            a[NameObject("/AP")] = DictionaryObject({NameObject("/N"): w._add_object(st)})
            a[NameObject("/DA")] = TextStringObject(f"/STS {FS} Tf 0 g")
            a[NameObject("/V")] = TextStringObject(f["value"])      # reportlab could only take ASCII: the real value
            a[NameObject("/DV")] = TextStringObject(f["value"])
            if "/MaxLen" in a:
                del a["/MaxLen"]
            n += 1
    af = w._root_object["/AcroForm"]
    af[NameObject("/DR")] = DictionaryObject({NameObject("/Font"): DictionaryObject({NameObject("/STS"): font})})
    af[NameObject("/DA")] = TextStringObject(f"/STS {FS} Tf 0 g")
    af[NameObject("/NeedAppearances")] = BooleanObject(False)
    assert n == len(fields), (n, len(fields))
    with open(out, "wb") as fh:
        w.write(fh)


# =============================================================== v3 owner password only
V3_OWNER = "yz-wjw-2024-owner"


def d_v3(g, path):
    cols = [("指标解释", "description", "text"), ("指标值", "value_raw", "val")]
    src = os.path.join(TMP, "v3_plain.pdf")
    rl_doc(src, g, lambda canv, p: form_page(
        canv, g, p, "ruled", cols, [56, 96, 118, 150, 85],
        (f'部门编码：{p["department_code"]}', "单位：万元"), "填报人：冉晓梅　　联系电话：023-6388XXXX"))
    from pypdf import PdfReader, PdfWriter
    from pypdf.constants import UserAccessPermissions as U
    w = PdfWriter(clone_from=PdfReader(src))
    w.encrypt(user_password="", owner_password=V3_OWNER, algorithm="RC4-128",
              permissions_flag=U.PRINT | U.PRINT_TO_REPRESENTATION | U.FILL_FORM_FIELDS)
    with open(path, "wb") as fh:
        w.write(fh)


# =============================================================== v4 native page + scanned page
def d_v4(g, src):
    cols = [("指标值", "value_raw", "val"), ("指标值设定依据", "basis", "val")]
    rl_doc(src, g, lambda canv, p: form_page(
        canv, g, p, "ruled", cols, [62, 96, 150, 94, 103],
        (f'部门编码：{p["department_code"]}', "单位：万元"), "填报人：向红梅　　联系电话：023-5822XXXX"))


def v4_mix(src, out, dpi=200, seed=41):
    """page 1 stays the native reportlab page; page 2 is rendered at 200 dpi greyscale, tilted 0.4°, grain and
    speckle, saved as a JPEG (DCTDecode) image page, and put in place of the native page 2."""
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter
    from pypdf import PdfReader, PdfWriter
    rnd = np.random.default_rng(seed)
    im = pdfium.PdfDocument(src)[1].render(scale=dpi / 72).to_pil().convert("L")
    im = im.rotate(0.4, resample=Image.BICUBIC, fillcolor=255)
    arr = np.asarray(im, np.float32) * 0.93 + 12 + rnd.normal(0, 4.5, im.size[::-1])
    h, w = arr.shape
    k = h * w // 2500
    arr[rnd.integers(0, h, k), rnd.integers(0, w, k)] = rnd.integers(60, 170, k)
    scan = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.5))
    sp = os.path.join(TMP, "v4_page2_scan.pdf")
    scan.save(sp, "PDF", resolution=float(dpi), quality=78)
    r, s = PdfReader(src), PdfReader(sp)
    wr = PdfWriter()
    wr.add_page(r.pages[0])
    wr.add_page(s.pages[0])
    wr.add_metadata({"/Title": r.metadata.get("/Title", ""), "/Author": r.metadata.get("/Author", "")})
    with open(out, "wb") as fh:
        wr.write(fh)


# =============================================================== Word helpers (as heldout8b)
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_ROW_HEIGHT_RULE, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt


def new_doc(font="宋体", size=10.5, landscape=False, margin=None):
    docu = Document()
    st = docu.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.element.rPr.rFonts.set(qn("w:hint"), "eastAsia")    # “ ” are East Asian punctuation here
    st.paragraph_format.space_after = Pt(0)
    for s in docu.sections:
        if landscape:
            s.orientation = WD_ORIENT.LANDSCAPE
            s.page_height, s.page_width = Cm(21.0), Cm(29.7)
        else:
            s.page_height, s.page_width = Cm(29.7), Cm(21.0)
        m = margin or (1.8 if landscape else 2.2)
        s.top_margin = s.bottom_margin = Cm(m)
        s.left_margin = s.right_margin = Cm(m if landscape else 2.0)
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


def mset(t, r, c0, c1, text, r1=None, size=None, paras=None):
    c = t.cell(r, c0)
    if c1 != c0 or (r1 is not None and r1 != r):
        c = c.merge(t.cell(r1 if r1 is not None else r, c1))
    if paras:
        c.text = paras[0]
        for s in paras[1:]:
            c.add_paragraph(s)
    else:
        c.text = text
    if size:
        for p in c.paragraphs:
            for run in p.runs:
                run.font.size = Pt(size)
    c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    return c


def widths(t, cms):
    t.autofit = False
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), cms):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in t.rows:
        for c, w in zip(row.cells, cms):
            c.width = Cm(w)


def merge_levels(t, first_row, inds, c1=0, c2=1, size=None):
    for col, key_fn, txt in ((c1, lambda d: d["level1"], lambda d: d["level1"]),
                             (c2, lambda d: (d["level1"], d["level2"]), lambda d: d["level2"])):
        for start, n in spans(inds, key_fn):
            mset(t, first_row + start, col, col, txt(inds[start]), first_row + start + n - 1, size=size)


# =============================================================== v5 embedded CJK subset font, two forms side by side
V5_FONT = "Noto Sans CJK SC"


def d_v5(g, path):
    docu = new_doc(font=V5_FONT, size=8, landscape=True, margin=1.3)
    sp = docu.sections[0]._sectPr
    cols = sp.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sp.append(cols)
    cols.set(qn("w:num"), "2"); cols.set(qn("w:space"), str(int(0.9 * 567)))
    for p in g["projects"]:
        tp = para(docu, "", center=True)
        if p["seq"] > 1:
            tp.add_run().add_break(WD_BREAK.COLUMN)         # the next form starts at the top of the right column
        tr = tp.add_run(p["title"]); tr.font.size = Pt(12); tr.bold = True
        para(docu, f'部门编码：{p["department_code"]}　　　　　　　　　　　　　　　　　　单位：万元', 8)
        t = docu.add_table(rows=5, cols=4)
        t.style = "Table Grid"
        mset(t, 0, 0, 0, "项目名称"); mset(t, 0, 1, 1, p["name"]); mset(t, 0, 2, 2, "项目编码"); mset(t, 0, 3, 3, p["code"])
        mset(t, 1, 0, 0, "主管部门"); mset(t, 1, 1, 1, p["department"]); mset(t, 1, 2, 2, "实施单位")
        mset(t, 1, 3, 3, p["implementing_unit"])
        mset(t, 2, 0, 0, "年度资金总额"); mset(t, 2, 1, 1, money(p["budget_total"]))
        mset(t, 2, 2, 2, "其中：财政拨款"); mset(t, 2, 3, 3, money(p["budget_fiscal"]))
        mset(t, 3, 0, 0, "其他资金"); mset(t, 3, 1, 3, money(p["budget_other"]))
        mset(t, 4, 0, 0, "年度目标"); mset(t, 4, 1, 3, goal_text(p["goals"]))
        widths(t, [2.3, 4.3, 2.3, 4.0])
        para(docu, "", 4)
        inds = p["indicators"]
        it = docu.add_table(rows=1 + len(inds), cols=4)
        it.style = "Table Grid"
        for c, h in enumerate(["一级指标", "二级指标", "三级指标", "指标值"]):
            mset(it, 0, c, c, h)
        for i, x in enumerate(inds):
            mset(it, 1 + i, 2, 2, x["level3"]); mset(it, 1 + i, 3, 3, x["value_raw"])
            row_height(it.rows[1 + i], 0.62)
        merge_levels(it, 1, inds)
        widths(it, [2.1, 3.0, 4.8, 3.0])
        para(docu, "", 4)
        para(docu, "填报人：陆佳敏　　联系电话：021-6330XXXX", 8)
    docu.save(path)


# =============================================================== v6 部门整体 (LibreOffice): cover, 目录, repeated header, 注
V6_ROW_CM = (2.0, 1.2)
V6_FONT = "Noto Serif CJK SC"        # a 宋体 look-alike that is installed, for every script (no DejaVu quotes)


def d_v6(g, path):
    d = g["document"]
    docu = new_doc(font=V6_FONT, size=10.5)
    for _ in range(6):
        para(docu, "")
    para(docu, d["department"], 22, True, center=True)
    para(docu, d["title"], 22, True, center=True)
    para(docu, "（" + d["status"] + "）", 16, center=True)
    for _ in range(12):
        para(docu, "")
    para(docu, d["compiled_by"] + "编制", 14, center=True)
    para(docu, d["reviewed_by"] + "审核", 14, center=True)
    para(docu, "2024年1月", 14, center=True)
    page_break(docu)
    para(docu, "目　录", 18, True, center=True)
    para(docu, "")
    for k, e in enumerate(g["toc"]):
        para(docu, f'{"一二三"[k]}、{e["title"]}' + "…" * (36 - len(e["title"])) + str(e["page"]), 12)
    for p in g["projects"]:
        page_break(docu)
        para(docu, p["title"], 16, True, center=True)
        para(docu, "（2024年度）", 11, center=True)
        para(docu, "单位：万元", 10.5, right=True)
        t = docu.add_table(rows=5, cols=4)
        t.style = "Table Grid"
        mset(t, 0, 0, 0, "部门（单位）名称"); mset(t, 0, 1, 1, p["department"]); mset(t, 0, 2, 2, "部门编码")
        mset(t, 0, 3, 3, p["department_code"])
        mset(t, 1, 0, 0, "年度预算安排", 3)
        for k, (lab, v) in enumerate([("资金总额", p["budget_total"]), ("其中：财政拨款", p["budget_fiscal"]),
                                      ("其他资金", p["budget_other"])]):
            mset(t, 1 + k, 1, 1, lab); mset(t, 1 + k, 2, 3, money(v))
        mset(t, 4, 0, 0, "年度总体目标")
        mset(t, 4, 1, 3, None, paras=[f"目标{i}:{x}" for i, x in enumerate(p["goals"], 1)])
        widths(t, [3.4, 5.6, 3.0, 5.0])
        para(docu, "")
        para(docu, "年度绩效指标", 10.5, True)
        inds = p["indicators"]
        it = docu.add_table(rows=1 + len(inds), cols=5)
        it.style = "Table Grid"
        for c, h in enumerate(["一级指标", "二级指标", "三级指标", "指标解释", "指标值"]):
            mset(it, 0, c, c, h)
        trpr(it.rows[0], "w:tblHeader")                     # heading row repeated on every page the table spans
        for i, x in enumerate(inds):
            mset(it, 1 + i, 2, 2, x["level3"]); mset(it, 1 + i, 3, 3, x["description"]); mset(it, 1 + i, 4, 4, x["value_raw"])
            row_height(it.rows[1 + i], V6_ROW_CM[p["seq"] - 1])
            trpr(it.rows[1 + i], "w:cantSplit")
        merge_levels(it, 1, inds)
        widths(it, [2.2, 2.8, 3.8, 5.4, 2.8])
        para(docu, "")
        for s in V6_NOTE:
            para(docu, s, 9)
    docu.save(path)


def v6_pages(pdf, g):
    """(page of each unit's form, pages of unit 1's indicator rows)."""
    pt = page_texts(pdf)
    start = [min(i for i, t in enumerate(pt) if i >= 2 and "部门（单位）名称" + p["department"] in t) + 1
             for p in g["projects"]]
    rows = [min(i for i, t in enumerate(pt) if i >= 2 and x["value_raw"] in t and x["level3"][-4:] in t) + 1
            for x in g["projects"][0]["indicators"]]
    return start, rows


# =============================================================== driver
def build(stem, g):
    """returns (path, format, pages)."""
    out = os.path.join(OUT, stem + ".pdf")
    if stem.startswith("v1"):
        d_v1(g, out)
    elif stem.startswith("v2"):
        d_v2(g, out)
    elif stem.startswith("v3"):
        d_v3(g, out)
    elif stem.startswith("v4"):
        src = os.path.join(TMP, stem + ".pdf"); d_v4(g, src)
        v4_mix(src, out)
    elif stem.startswith("v5"):
        src = os.path.join(TMP, stem + ".docx"); d_v5(g, src)
        pdf = soffice(src, "pdf", TMP)
        assert pdf_pages(pdf) == 1, pdf_pages(pdf)
        shutil.copy(pdf, out)
    elif stem.startswith("v6"):
        src = os.path.join(TMP, stem + ".docx"); d_v6(g, src)
        pdf = soffice(src, "pdf", TMP)
        start, rows = v6_pages(pdf, g)
        print("  v6 forms start on pages", start, "; unit 1 rows on pages", rows)
        assert start == [e["page"] for e in g["toc"]], ("the 目录 page numbers are wrong", start)
        assert len(set(rows)) == 2, "v6: unit 1's indicator table does not run over a page break"
        shutil.copy(pdf, out)
    else:
        raise KeyError(stem)
    return out, "pdf", pdf_pages(out)


def main():
    os.makedirs(TMP, exist_ok=True)
    os.makedirs(OUT, exist_ok=True); os.makedirs(EXPECTED, exist_ok=True)
    only = set(sys.argv[1:])
    for stem, g in G.items():
        if only and stem not in only:
            continue
        path, fmt, pages = build(stem, g)
        rec = clean(g)
        rec["source"] = {"path": os.path.basename(path),
                         "sha256": hashlib.sha256(open(path, "rb").read()).hexdigest(),
                         "format": fmt, "pages": pages}
        if stem.startswith("v4"):
            rec["source"]["ocr"] = True           # page 2 is a scan: its text must come from OCR
        with open(os.path.join(EXPECTED, stem + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(rec, f, ensure_ascii=False, indent=1)
        print("wrote", os.path.basename(path), pages or "")


if __name__ == "__main__":
    main()
