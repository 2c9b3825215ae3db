"""Render every heldout32a draft FROM the facts in golds.py (no jixiao): reportlab canvas (CID font STSong-Light, not
embedded) draws the form, then the overlay is laid over it — with reportlab in the same content stream (w1 watermark,
w5 seal / header / footer) or with pypdf 7.1.1 (/work/main/.venv) as objects added to the file (w2 widgets, w3 widgets
flattened by pypdf, w4 annotations, w6 merge + page labels + outline + incremental update). Intermediate files go to
/tmp/heldout32a_build; the drafts are copied to drafts/ and the golds written to expected/ with their sha256."""
import copy, hashlib, json, math, os, shutil, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from golds import G, F, OVERLAY, TITLE  # noqa: E402

from reportlab.pdfgen import canvas  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.cidfonts import UnicodeCIDFont  # noqa: E402
from reportlab.lib.pagesizes import A4, A3, landscape  # noqa: E402
from pypdf import PdfReader, PdfWriter  # noqa: E402
from pypdf.generic import (ArrayObject, DictionaryObject, FloatObject, NameObject, NumberObject,  # noqa: E402
                           StreamObject, TextStringObject, DecodedStreamObject)
from pypdf.annotations import Highlight  # noqa: E402

FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))
BUILD = "/tmp/heldout32a_build"
SIZES = {"portrait": A4, "landscape": landscape(A4), "a3landscape": landscape(A3)}


def sw(s, fs):
    return pdfmetrics.stringWidth(s, FONT, fs)


def wrap(paras, w, fs):
    out = []
    for para in paras:
        line = ""
        for ch in para:
            if line and sw(line + ch, fs) > w:
                out.append(line)
                line = ""
            line += ch
        out.append(line)
    return out


def value_cell(raw):
    return raw[2:] if raw.startswith("Q:") else raw


class Form:
    """one seed-like 绩效目标表 drawn on one page; records every cell rect (PDF points) for the overlays."""

    def __init__(self, c, size, fs, blank_values=False):
        self.c, self.W, self.H, self.fs = c, size[0], size[1], fs
        self.blank = blank_values
        self.cells = {}   # key -> (x0, y0, x1, y1, text)

    def line_rect(self, x0, x1, ytop, h):
        self.c.rect(x0, ytop - h, x1 - x0, h, stroke=1, fill=0)

    def cell(self, key, x0, x1, ytop, h, text, align="center", draw_text=True):
        fs = self.fs
        self.line_rect(x0, x1, ytop, h)
        self.cells[key] = (x0, ytop - h, x1, ytop, text)
        if not draw_text or not text:
            return
        lines = wrap([text] if isinstance(text, str) else text, x1 - x0 - 8, fs)
        lh = fs * 1.4
        top = ytop - (h - len(lines) * lh) / 2.0
        for i, ln in enumerate(lines):
            base = top - i * lh - (lh - fs) / 2.0 - fs * 0.88
            x = (x0 + x1) / 2.0 - sw(ln, fs) / 2.0 if (align == "center" and len(lines) == 1) else x0 + 4
            self.c.drawString(x, base, ln)

    def need(self, text, w):
        lines = wrap([text] if isinstance(text, str) else text, w - 8, self.fs)
        return max(len(lines) * self.fs * 1.4 + 8, 22)

    def draw(self, dept, code, seq, p, headline, top_margin=44):
        c, W, H, fs = self.c, self.W, self.H, self.fs
        c.setFont(FONT, fs)
        c.setLineWidth(0.6)
        m = 40 if W > H else 36
        X0, X1 = m, W - m
        TW = X1 - X0
        y = H - top_margin
        if headline:
            c.setFont(FONT, 16)
            c.drawString(W / 2.0 - sw(TITLE, 16) / 2.0, y - 16, TITLE)
            y -= 30
        t = "%d、%s绩效目标表" % (seq, p["name"])
        c.setFont(FONT, 13)
        c.drawString(W / 2.0 - pdfmetrics.stringWidth(t, FONT, 13) / 2.0, y - 13, t)
        y -= 24
        c.setFont(FONT, fs)
        c.drawString(X0, y - fs, "%s %s" % (code, dept))
        c.drawString(X1 - sw("单位：万元", fs), y - fs, "单位：万元")
        y -= fs + 8
        L = 0.1 * TW
        R = TW - L

        def xs(fr):
            out, x = [X0 + L], X0 + L
            for f in fr:
                x += R * f
                out.append(x)
            out[-1] = X1
            return out

        a = xs([0.33, 0.17, 0.5])
        b = xs([1 / 6.0] * 6)
        n = len(p["plan"])
        cx = xs([1.0 / n] * n)
        amt = [v or "" for v in p["amt"]]
        goals = ["%d、%s" % (i, g) for i, g in enumerate(p["goals"], 1)]
        # label, [row of (key, x0, x1, text, align, draw)]
        head = [
            ("项目编码", [[("code", a[0], a[1], p["code"], "center", True), ("l_name", a[1], a[2], "项目名称", "center", True),
                          ("name", a[2], a[3], p["name"], "center", True)]]),
            ("预算规模及资金用途", [
                [("l_t", b[0], b[1], "预算数", "center", True), ("amt0", b[1], b[2], amt[0], "center", not self.blank),
                 ("l_f", b[2], b[3], "其中：财政资金", "center", True), ("amt1", b[3], b[4], amt[1], "center", not self.blank),
                 ("l_o", b[4], b[5], "其他资金", "center", True), ("amt2", b[5], b[6], amt[2], "center", not self.blank)],
                [("purpose", X0 + L, X1, p["purpose"], "left", True)]]),
            ("资金支出计划（%）", [
                [("m%d" % i, cx[i], cx[i + 1], "%d月底" % mm, "center", True) for i, (mm, _) in enumerate(p["plan"])],
                [("pct%d" % i, cx[i], cx[i + 1], "" if v is None else "%g" % v, "center", True)
                 for i, (_, v) in enumerate(p["plan"])]]),
            ("绩效目标", [[("goals", X0 + L, X1, goals, "left", True)]]),
        ]
        for label, rws in head:
            hs = [max(self.need(t, x1 - x0) for (_, x0, x1, t, _, _) in r) for r in rws]
            nd = self.need(label, L)
            if sum(hs) < nd:
                hs[-1] += nd - sum(hs)
            self.cell("L_" + label, X0, X0 + L, y, sum(hs), label)
            for r, h in zip(rws, hs):
                for (key, x0, x1, t, al, dr) in r:
                    self.cell(key, x0, x1, y, h, t, al, dr)
                y -= h
        frac = [0.095, 0.125, 0.18, 0.3, 0.16, 0.14]
        ix = [X0]
        for f in frac:
            ix.append(ix[-1] + TW * f)
        ix[-1] = X1
        hdr = ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"]
        placed = []
        for kind, cells in [("hdr", hdr)] + [("row", [r[0], r[1], r[2], r[3], value_cell(r[4]), r[5]])
                                              for r in p["rows"]]:
            h = max(self.need(cells[k], ix[k + 1] - ix[k]) for k in range(6))
            placed.append((y, h, kind, cells))
            y -= h
        assert y > 40, ("form does not fit", p["name"], y)
        for j, (yt, h, kind, cells) in enumerate(placed):
            for k in range(2, 6):
                dr = not (self.blank and k == 4 and kind == "row")
                self.cell(("ind", j, k), ix[k], ix[k + 1], yt, h, cells[k],
                          "center" if k != 3 else "left", dr)
        for k in (0, 1):
            i = 0
            while i < len(placed):
                yt, h, kind, cells = placed[i]
                j, tot = i + 1, h
                while (kind == "row" and j < len(placed) and placed[j][3][k] == cells[k]
                       and (k == 0 or placed[j][3][0] == cells[0])):
                    tot += placed[j][1]
                    j += 1
                self.cell(("ind", i, k), ix[k], ix[k + 1], yt, tot, cells[k])
                i = j
        self.bottom = y
        self.X0, self.X1 = X0, X1
        return self


def new_canvas(path, size):
    c = canvas.Canvas(path, pagesize=size, invariant=1, pageCompression=1)
    c.setTitle(TITLE)
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("ReportLab PDF Library - www.reportlab.com")
    return c


# ---------------------------------------------------------------- overlays drawn with reportlab
def watermark_tiles(c, size, text, angle):
    W, H = size
    c.saveState()
    c.setFillGray(0.82)
    c.setFont(FONT, 26)
    for gy in range(4):
        for gx in range(4):
            x = 30 + gx * (W / 4.0) + (gy % 2) * 40
            y = 40 + gy * (H / 4.0)
            c.saveState()
            c.translate(x, y)
            c.rotate(angle)
            c.drawString(0, 0, text)
            c.restoreState()
    c.restoreState()


def red_seal(c, cx, cy, ring, centre):
    r = 50
    c.saveState()
    c.setStrokeColorRGB(0.86, 0.08, 0.1)
    c.setFillColorRGB(0.86, 0.08, 0.1)
    c.setStrokeAlpha(0.9)
    c.setFillAlpha(0.9)
    c.setLineWidth(2.6)
    c.circle(cx, cy, r, stroke=1, fill=0)
    fs = 12.5
    c.setFont(FONT, fs)
    n = len(ring)
    span = 220.0
    for i, ch in enumerate(ring):
        th = math.radians(90 + span / 2 - i * span / (n - 1))
        rr = r - 5 - fs * 0.85
        x, y = cx + rr * math.cos(th), cy + rr * math.sin(th)
        c.saveState()
        c.translate(x, y)
        c.rotate(math.degrees(th) - 90)
        c.drawString(-fs / 2.0, 0, ch)
        c.restoreState()
    c.setFont(FONT, 26)
    c.drawString(cx - 13, cy - 9, "★")
    c.setFont(FONT, 9)
    c.drawString(cx - sw(centre, 9) / 2.0, cy - 28, centre)
    c.restoreState()


def header_footer(c, size, page, pages, ov):
    W, H = size
    c.saveState()
    c.setFont(FONT, 9)
    c.setFillGray(0.25)
    c.drawString(36, H - 26, ov["header"])
    c.drawString(W - 36 - sw(ov["public"], 9), H - 26, ov["public"])
    c.setLineWidth(0.8)
    c.line(36, H - 31, W - 36, H - 31)
    t = "第 %d 页 共 %d 页" % (page, pages)
    c.drawString(W / 2.0 - sw(t, 9) / 2.0, 22, t)
    c.restoreState()


def render(key, path, blank_values=False, override=None, only=None, sizes=None):
    """draw the facts of F[key] one project per page; returns [(page_size, Form)]."""
    f = F[key]
    ov = OVERLAY[key]
    sizes = sizes or [SIZES[f["page"]]] * len(f["projects"])
    c = new_canvas(path, sizes[0])
    forms = []
    projs = list(enumerate(f["projects"], 1))
    if only:
        projs = [projs[only - 1]]
    for n, (seq, p) in enumerate(projs):
        size = sizes[seq - 1]
        c.setPageSize(size)
        if override and override[0] == seq:
            p = copy.deepcopy(p)
            p["rows"][override[1] - 1][4] = override[2]
        if key == "w1":
            watermark_tiles(c, size, ov["watermark"], ov["angle"])
        if key == "w5":
            header_footer(c, size, seq, len(projs), ov)
        fm = Form(c, size, 9.5 if size[0] > size[1] else 9, blank_values)
        fm.draw(f["dept"], f["code"], seq, p, headline=(seq == 1), top_margin=52 if key == "w5" else 44)
        if key == "w5" and seq == len(projs):
            x0, y0, x1, y1, _ = fm.cells[("ind", len(p["rows"]) - 1, 4)]
            red_seal(c, x1 - 10, y1 + 6, ov["ring"], ov["centre"])
        forms.append((size, fm, p))
        c.showPage()
    c.save()
    return forms


# ---------------------------------------------------------------- overlays added with pypdf
def cid_font_ref(page):
    for name, ref in page["/Resources"]["/Font"].items():
        if ref.get_object().get("/BaseFont") == "/" + FONT:
            return name, ref
    raise KeyError(FONT)


def hexs(s):
    return "<" + s.encode("utf-16-be").hex().upper() + ">"


def ap_stream(writer, font_ref, w, h, text, fs, rgb=(0, 0, 0), border=None, tx=True):
    tw = sw(text, fs)
    body = ""
    if border:
        body += "q %.3f %.3f %.3f RG 1.6 w 1.5 1.5 %.2f %.2f re S Q " % (border + (w - 3, h - 3))
    inner = "BT /STSong %s Tf %.3f %.3f %.3f rg %.2f %.2f Td %s Tj ET" % (
        fs, rgb[0], rgb[1], rgb[2], (w - tw) / 2.0, (h - fs) / 2.0 + fs * 0.12, hexs(text))
    body += ("/Tx BMC q " + inner + " Q EMC") if tx else ("q " + inner + " Q")
    st = DecodedStreamObject()
    st.set_data(body.encode("latin-1"))
    st.update({NameObject("/Type"): NameObject("/XObject"), NameObject("/Subtype"): NameObject("/Form"),
               NameObject("/BBox"): ArrayObject([FloatObject(0), FloatObject(0), FloatObject(w), FloatObject(h)]),
               NameObject("/Resources"): DictionaryObject({NameObject("/Font"): DictionaryObject(
                   {NameObject("/STSong"): font_ref})})})
    return writer._add_object(st)


def add_fields(writer, forms):
    """a /Tx field over each 指标值 cell and each amount cell, /V = the printed value, /AP /N drawing it."""
    fields = []
    for pi, (size, fm, p) in enumerate(forms):
        page = writer.pages[pi]
        _, fref = cid_font_ref(page)
        annots = page.get("/Annots") or ArrayObject()
        todo = [("amt%d" % k, "p%d_amt%d" % (pi + 1, k), p["amt"][k]) for k in range(3)]
        todo += [(("ind", j + 1, 4), "p%d_zbz%02d" % (pi + 1, j + 1), value_cell(r[4])) for j, r in enumerate(p["rows"])]
        for key, name, val in todo:
            if val is None:
                continue
            x0, y0, x1, y1, _ = fm.cells[key]
            x0, y0, x1, y1 = x0 + 1, y0 + 1, x1 - 1, y1 - 1
            w, h = x1 - x0, y1 - y0
            fs = min(fm.fs, 9.5)
            wd = DictionaryObject({
                NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Widget"),
                NameObject("/FT"): NameObject("/Tx"), NameObject("/T"): TextStringObject(name),
                NameObject("/V"): TextStringObject(val), NameObject("/DA"): TextStringObject("/STSong %g Tf 0 g" % fs),
                NameObject("/Q"): NumberObject(1), NameObject("/F"): NumberObject(4),
                NameObject("/Rect"): ArrayObject([FloatObject(round(v, 2)) for v in (x0, y0, x1, y1)]),
                NameObject("/MK"): DictionaryObject(),
                NameObject("/P"): page.indirect_reference,
                NameObject("/AP"): DictionaryObject({NameObject("/N"): ap_stream(writer, fref, w, h, val, fs)}),
            })
            ref = writer._add_object(wd)
            annots.append(ref)
            fields.append(ref)
        page[NameObject("/Annots")] = annots
    _, fref = cid_font_ref(writer.pages[0])
    writer._root_object[NameObject("/AcroForm")] = DictionaryObject({
        NameObject("/Fields"): ArrayObject(fields),
        NameObject("/DA"): TextStringObject("/STSong 9 Tf 0 g"),
        NameObject("/DR"): DictionaryObject({NameObject("/Font"): DictionaryObject({NameObject("/STSong"): fref})}),
    })
    return fields


def fix_id(writer, stem):
    from pypdf.generic import ByteStringObject
    h = hashlib.md5(stem.encode()).digest()
    writer._ID = ArrayObject([ByteStringObject(h), ByteStringObject(h)])


def build_w1(stem):
    out = os.path.join(BUILD, stem + ".pdf")
    render("w1", out)
    return out


def build_w2(stem):
    base = os.path.join(BUILD, stem + ".blank.pdf")
    forms = render("w2", base, blank_values=True)
    w = PdfWriter(clone_from=base)
    add_fields(w, forms)
    fix_id(w, stem)
    out = os.path.join(BUILD, stem + ".pdf")
    with open(out, "wb") as fh:
        w.write(fh)
    return out


def build_w3(stem):
    base = os.path.join(BUILD, stem + ".blank.pdf")
    forms = render("w3", base, blank_values=True)
    w = PdfWriter(clone_from=base)
    add_fields(w, forms)
    filled = os.path.join(BUILD, stem + ".filled.pdf")
    fix_id(w, stem)
    with open(filled, "wb") as fh:
        w.write(fh)
    # flatten: pypdf draws each widget's /AP /N into the page content (a Form XObject per field) ...
    # pypdf's update_page_form_field_values(flatten=True) REGENERATES every text appearance from /DA and garbles the
    # CID text (seen: `548.30` -> `㔴㠮`), so its flatten step proper, PdfWriter._add_apstream_object (a Form XObject
    # `/Fm_NAME` per field, drawn by `q 1 0 0 1 x y cm /Fm_NAME Do Q` appended to the page content), is fed the
    # widgets' OWN /AP /N streams -- what a viewer showed before flattening
    w = PdfWriter(clone_from=filled)
    for page in w.pages:
        for a in page.get("/Annots", []):
            a = a.get_object()
            if a.get("/Subtype") != "/Widget":
                continue
            ap = a["/AP"]["/N"].get_object()
            rect = [float(v) for v in a["/Rect"]]
            w._add_apstream_object(page, ap, str(a["/T"]), rect[0], rect[1])
    # ... then the widgets and the /AcroForm are removed
    w.remove_annotations(subtypes="/Widget")
    del w._root_object["/AcroForm"]
    fix_id(w, stem)
    out = os.path.join(BUILD, stem + ".pdf")
    with open(out, "wb") as fh:
        w.write(fh)
    return out


def build_w4(stem):
    base = os.path.join(BUILD, stem + ".base.pdf")
    forms = render("w4", base)
    ov = OVERLAY["w4"]
    w = PdfWriter(clone_from=base)
    author = "西峡县财政局绩效科"
    # page 1: a FreeText note at the top right, a Stamp over the head block, highlights with comments
    _, fref = cid_font_ref(w.pages[0])
    W, H = forms[0][0]
    ft_rect = (W - 300, H - 40, W - 40, H - 20)
    fw, fh = ft_rect[2] - ft_rect[0], ft_rect[3] - ft_rect[1]
    ft = DictionaryObject({
        NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/FreeText"),
        NameObject("/Rect"): ArrayObject([FloatObject(v) for v in ft_rect]),
        NameObject("/Contents"): TextStringObject(ov["freetext"]), NameObject("/T"): TextStringObject(author),
        NameObject("/DA"): TextStringObject("/STSong 10 Tf 0 0 1 rg"), NameObject("/F"): NumberObject(4),
        NameObject("/M"): TextStringObject("D:20250314093000+08'00'"),
        NameObject("/AP"): DictionaryObject({NameObject("/N"): ap_stream(w, fref, fw, fh, ov["freetext"], 10,
                                                                           (0, 0, 1), (0, 0, 1), tx=False)}),
    })
    x0, y0, x1, y1, _ = forms[0][1].cells["name"]
    st_rect = (x1 - 120, y0 - 8, x1 - 20, y0 + 26)
    sw_, sh_ = st_rect[2] - st_rect[0], st_rect[3] - st_rect[1]
    stamp = DictionaryObject({
        NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Stamp"),
        NameObject("/Name"): NameObject("/Approved"), NameObject("/F"): NumberObject(4),
        NameObject("/Rect"): ArrayObject([FloatObject(v) for v in st_rect]),
        NameObject("/Contents"): TextStringObject(ov["stamp"]), NameObject("/T"): TextStringObject(author),
        NameObject("/M"): TextStringObject("D:20250314093000+08'00'"),
        NameObject("/AP"): DictionaryObject({NameObject("/N"): ap_stream(w, fref, sw_, sh_, ov["stamp"], 16,
                                                                           (0.85, 0.1, 0.1), (0.85, 0.1, 0.1),
                                                                           tx=False)}),
    })
    for a in (ft, stamp):
        w.pages[0].setdefault(NameObject("/Annots"), ArrayObject()).append(w._add_object(a))
    targets = [(0, 1, ov["comments"][0]), (0, 5, ov["comments"][1]), (1, 3, ov["comments"][2])]
    for pi, row, text in targets:
        x0, y0, x1, y1, _ = forms[pi][1].cells[("ind", row, 4)]
        hl = Highlight(rect=(x0, y0, x1, y1), quad_points=ArrayObject(
            [FloatObject(v) for v in (x0, y1, x1, y1, x0, y0, x1, y0)]), highlight_color="ffff00")
        hl[NameObject("/Contents")] = TextStringObject(text)
        hl[NameObject("/T")] = TextStringObject(author)
        hl[NameObject("/M")] = TextStringObject("D:20250314093000+08'00'")
        hl[NameObject("/F")] = NumberObject(4)
        w.add_annotation(pi, hl)
    fix_id(w, stem)
    out = os.path.join(BUILD, stem + ".pdf")
    with open(out, "wb") as fh:
        w.write(fh)
    return out


def build_w5(stem):
    out = os.path.join(BUILD, stem + ".pdf")
    render("w5", out)
    return out


def build_w6(stem):
    ov = OVERLAY["w6"]
    sizes = [SIZES["portrait"], SIZES["a3landscape"]]
    r = ov["rev1"]
    p1 = os.path.join(BUILD, stem + ".p1_a4.pdf")
    p2 = os.path.join(BUILD, stem + ".p2_a3_rev1.pdf")
    p2b = os.path.join(BUILD, stem + ".p2_a3_rev2.pdf")
    render("w6", p1, only=1, sizes=sizes)
    render("w6", p2, only=2, sizes=sizes, override=(r["project"], r["row"], r["value"]))
    render("w6", p2b, only=2, sizes=sizes)
    w = PdfWriter()
    w.append(p1)
    w.append(p2)
    w.set_page_label(0, 1, style="/D", prefix=ov["labels"][0][:-1])
    w.add_outline_item(title=ov["outline"][0], page_number=0)
    w.add_outline_item(title=ov["outline"][1], page_number=1)
    w.add_metadata({"/Title": TITLE})
    fix_id(w, stem)
    rev1 = os.path.join(BUILD, stem + ".rev1.pdf")
    with open(rev1, "wb") as fh:
        w.write(fh)
    # revision 2: the office corrected one value cell on the A3 page and saved INCREMENTALLY (pypdf incremental=True)
    w = PdfWriter(rev1, incremental=True)
    newc = PdfReader(p2b).pages[0].get_contents().get_data()
    st = DecodedStreamObject()
    st.set_data(newc)
    page = w.pages[1]
    page[NameObject("/Contents")] = w._add_object(st)
    w.add_metadata({"/ModDate": "D:20250320101500+08'00'"})
    out = os.path.join(BUILD, stem + ".pdf")
    with open(out, "wb") as fh:
        w.write(fh)
    return out


def main():
    os.makedirs(BUILD, exist_ok=True)
    for d in ("drafts", "expected"):
        os.makedirs(os.path.join(HERE, d), exist_ok=True)
    for key, f in F.items():
        stem = f["stem"]
        out = globals()["build_" + key](stem)
        dst = os.path.join(HERE, "drafts", stem + ".pdf")
        shutil.copyfile(out, dst)
        g = copy.deepcopy(G[stem])
        g["source"]["sha256"] = hashlib.sha256(open(dst, "rb").read()).hexdigest()
        assert len(PdfReader(dst).pages) == g["source"]["pages"], stem
        with open(os.path.join(HERE, "expected", stem + ".gold.json"), "w", encoding="utf-8") as fh:
            json.dump(g, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print("wrote", stem, g["source"]["sha256"][:12])


if __name__ == "__main__":
    main()
