#!/usr/bin/env python3
"""Render every draft of heldout15a FROM the facts in golds.py and write expected/NAME.gold.json.
Each page is first drawn with reportlab (STSong-Light; the e6 web page too) into /tmp/heldout15a_build/STEM.src.pdf —
the "source rendering" that check.py reads as the document's own text — then rasterised with pypdfium2 and degraded
the way an office makes it (Pillow / numpy / opencv, seeded, so the pixels are reproducible): e1 a phone photo, e2 a
fax, e3 a colour scan with pen corrections, e4 a copier's two-up page, e5 a pale photocopy, e6 a screenshot.
Nothing is imported from jixiao."""
import hashlib, io, json, math, os, sys

import numpy as np
from PIL import Image, ImageFilter
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import Flowable, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from golds import G, FAX
from kit import clean

OUT = os.path.join(HERE, "drafts")
EXPECTED = os.path.join(HERE, "expected")
TMP = "/tmp/heldout15a_build"
F = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(F))
PEN = (0.10, 0.22, 0.72)


def money(v):
    return f"{v:.2f}"


def st(size, center=False, lead=1.3):
    return ParagraphStyle("s%s%s" % (size, center), fontName=F, fontSize=size, leading=size * lead,
                          alignment=TA_CENTER if center else 0, wordWrap="CJK")


# ---------------------------------------------------------------- pen corrections (e3)
class Fix(Flowable):
    """a printed value struck through by hand, the new value written above it in blue ballpoint."""
    def __init__(self, old, new, size):
        super().__init__()
        self.old, self.new, self.size = old, new, size

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, self.size * 2.6

    def draw(self):
        c, s = self.canv, self.size
        c.setFont(F, s)
        c.setFillColor(colors.black)
        c.drawString(2, 2, self.old)
        w = pdfmetrics.stringWidth(self.old, F, s)
        c.setStrokeColorRGB(*PEN); c.setLineWidth(0.9)
        p = c.beginPath(); p.moveTo(0, s * 0.42)
        for k in range(1, 9):
            p.lineTo(w * k / 8 + 3, s * 0.42 + (0.6 if k % 2 else -0.5) + k * 0.08)
        c.drawPath(p, stroke=1, fill=0)
        c.saveState()
        c.translate(6, s * 1.35); c.rotate(1.5); c.skew(0, 12)
        t = c.beginText(0, 0); t.setFont(F, s * 1.12); t.setTextRenderMode(2)
        c.setFillColorRGB(*PEN); c.setStrokeColorRGB(*PEN); c.setLineWidth(0.35)
        t.textLine(self.new); c.drawText(t)
        c.restoreState()


def pen_note(c, x, y, text, size=11):
    c.saveState(); c.translate(x, y); c.rotate(-3); c.skew(0, 12)
    t = c.beginText(0, 0); t.setFont(F, size); t.setTextRenderMode(2)
    c.setFillColorRGB(*PEN); c.setStrokeColorRGB(*PEN); c.setLineWidth(0.35)
    t.textLine(text); c.drawText(t); c.restoreState()


# ---------------------------------------------------------------- the paper form
def runs(vals):
    out, i = [], 0
    while i < len(vals):
        j = i
        while j + 1 < len(vals) and vals[j + 1] == vals[i]:
            j += 1
        out.append((i, j)); i = j + 1
    return out


def form(p, o):
    """story of one project: title, header line, key/value table, indicator table. o: layout options."""
    fs, W = o["fs"], o["width"]
    P, PC = st(fs), st(fs, True)
    story = [Paragraph(p["title"], st(fs + 6, True, 1.2)), Spacer(1, 4)]
    if o.get("subtitle"):
        story += [Paragraph(o["subtitle"], st(fs + 1, True)), Spacer(1, 2)]
    story += [Paragraph(o["header"].format(d=p["department"], c=p["department_code"], u=p["unit"]), P), Spacer(1, 3)]
    old = p.get("_old_money")
    mt = [Fix(money(old[0]), money(p["budget_total"]), fs) if old and old[0] != p["budget_total"] else money(p["budget_total"]),
          Fix(money(old[1]), money(p["budget_fiscal"]), fs) if old and old[1] != p["budget_fiscal"] else money(p["budget_fiscal"])]
    goals = "<br/>".join(f"{i}.{g}" for i, g in enumerate(p["goals"], 1))
    kv = [["项目名称", Paragraph(p["name"], P), "项目编码", p["code"]],
          ["主管部门", Paragraph(p["department"], P), "实施单位", Paragraph(p["implementing_unit"], P)],
          ["年度资金总额", mt[0], "其中：财政拨款", mt[1]],
          ["其他资金", money(p["budget_other"]), "", ""],
          ["年度绩效目标", Paragraph(goals, P), "", ""]]
    k = W / 16.0
    t = Table(kv, colWidths=[3.0 * k, 5.0 * k, 3.0 * k, 5.0 * k])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), F, fs), ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("SPAN", (1, 3), (3, 3)), ("SPAN", (1, 4), (3, 4)),
                           ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    story.append(t)
    basis = o["basis"]
    head = ["一级指标", "二级指标", "三级指标", "指标值"] + (["指标值确定依据"] if basis else [])
    rows = [head]
    for x in p["indicators"]:
        v = Fix(x["_old"], x["value_raw"], fs) if x.get("_old") else Paragraph(x["value_raw"], P)
        r = [Paragraph(x["level1"], PC), Paragraph(x["level2"], PC), Paragraph(x["level3"], P), v]
        rows.append(r + ([x["basis"]] if basis else []))
    cw = o["cols"]
    ti = Table(rows, colWidths=[c * W for c in cw], repeatRows=1)
    sty = [("FONT", (0, 0), (-1, -1), F, fs), ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
           ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (0, 0), (-1, 0), "CENTER"),
           ("TOPPADDING", (0, 0), (-1, -1), o.get("pad", 3)), ("BOTTOMPADDING", (0, 0), (-1, -1), o.get("pad", 3))]
    l1 = [x["level1"] for x in p["indicators"]]
    for a, b in runs(l1):
        if b > a:
            sty.append(("SPAN", (0, a + 1), (0, b + 1)))
    l2 = [(x["level1"], x["level2"]) for x in p["indicators"]]
    for a, b in runs(l2):
        if b > a:
            sty.append(("SPAN", (1, a + 1), (1, b + 1)))
    ti.setStyle(TableStyle(sty))
    story += [Spacer(1, 0 if o.get("joined") else 6), ti]
    return story


def build_pdf(path, stories, size, margins=(1.8 * cm, 1.6 * cm), on_page=None):
    d = SimpleDocTemplate(path, pagesize=size, leftMargin=margins[0], rightMargin=margins[0],
                          topMargin=margins[1], bottomMargin=margins[1])
    flow = []
    for k, s in enumerate(stories):
        if k:
            flow.append(PageBreak())
        flow += s
    d.build(flow, onFirstPage=on_page or (lambda c, d: None), onLaterPages=on_page or (lambda c, d: None))
    return path


def render(pdf, dpi, mode="RGB"):
    import pypdfium2 as pdfium
    d = pdfium.PdfDocument(pdf)
    return [d[i].render(scale=dpi / 72).to_pil().convert(mode) for i in range(len(d))]


def npages(pdf):
    import pypdfium2 as pdfium
    return len(pdfium.PdfDocument(pdf))


def content_width(size, m=1.8 * cm):
    return size[0] - 2 * m


# ================================================================ e1 phone photo
def d_e1(stem, g, out):
    src = os.path.join(TMP, stem + ".src.pdf")
    p = g["projects"][0]
    o = dict(fs=10, width=content_width(A4), basis=False, cols=[0.14, 0.16, 0.46, 0.24],
             header="主管部门：{d}　　部门编码：{c}　　单位：{u}", pad=4)
    build_pdf(src, [form(p, o)], A4)
    assert npages(src) == 1
    import cv2
    page = np.asarray(render(src, 200)[0], np.float32)          # 1654 x 2339
    ph, pw = page.shape[:2]
    H, Wd = 4032, 3024                                           # a 12 MP phone, portrait
    rnd = np.random.default_rng(151)
    # desk: warm wood, grain along x, a darker edge
    yy, xx = np.mgrid[0:H, 0:Wd].astype(np.float32)
    grain = np.sin(xx / 37.0 + 3 * np.sin(yy / 410.0)) * 9 + rnd.normal(0, 4, (H, Wd))
    desk = np.stack([118 + grain, 82 + grain * 0.8, 52 + grain * 0.6], -1)
    paper = page * np.array([1.0, 0.985, 0.95], np.float32)      # slightly warm office paper
    # keystone: the phone held tilted, top edge narrower, page not filling the frame
    dst = np.float32([[640, 690], [2430, 742], [2610, 3520], [395, 3455]])
    M = cv2.getPerspectiveTransform(np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]]), dst)
    warped = cv2.warpPerspective(paper, M, (Wd, H), flags=cv2.INTER_LINEAR, borderValue=(0, 0, 0))
    mask = cv2.warpPerspective(np.ones((ph, pw), np.float32), M, (Wd, H), flags=cv2.INTER_LINEAR)
    mask = cv2.GaussianBlur(mask, (5, 5), 0)[..., None]
    # a soft drop shadow of the sheet on the desk
    sh = cv2.GaussianBlur(np.roll(np.roll(mask[..., 0], 18, 0), 14, 1), (0, 0), 14)[..., None]
    img = desk * (1 - 0.45 * sh * (1 - mask)) * (1 - mask) + warped * mask
    # uneven light: bright upper left, dim lower right, the phone's shadow in the lower right
    light = 1.08 - 0.30 * (xx / Wd * 0.5 + yy / H * 0.6)
    hot = np.exp(-(((xx - 900) / 900) ** 2 + ((yy - 1200) / 1100) ** 2)) * 0.10
    shadow = 1 - 0.32 * (1 / (1 + np.exp(-((xx - 1750) * 0.6 + (yy - 2900) * 0.8) / 60.0)))
    img = img * (light + hot)[..., None] * shadow[..., None]
    # barrel distortion of the phone lens
    cx, cy = Wd / 2, H / 2
    r = np.sqrt(((xx - cx) / cx) ** 2 + ((yy - cy) / cx) ** 2)
    f = 1 + 0.035 * r ** 2
    mapx = (cx + (xx - cx) / f).astype(np.float32); mapy = (cy + (yy - cy) / f).astype(np.float32)
    img = cv2.remap(img.astype(np.float32), mapx, mapy, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REFLECT)
    img = cv2.GaussianBlur(img, (0, 0), 0.9) + rnd.normal(0, 3.5, img.shape)
    im = Image.fromarray(np.clip(img, 0, 255).astype(np.uint8), "RGB")
    ex = Image.Exif()
    ex[0x010F], ex[0x0110], ex[0x0132] = "HUAWEI", "NOH-AN00", "2025:03:11 16:27:05"
    ex[0x0131] = "NOH-AN00 4.2.0.156"
    im.save(out, "JPEG", quality=88, exif=ex.tobytes(), dpi=(72, 72))
    return "image", 1, src


# ================================================================ e2 fax
def d_e2(stem, g, out):
    src = os.path.join(TMP, stem + ".src.pdf")
    n = len(g["projects"])
    o = dict(fs=11, width=content_width(A4), basis=True, cols=[0.13, 0.15, 0.34, 0.2, 0.18],
             header="部门名称：{d}　部门编码：{c}　单位：{u}", pad=4)

    def header(c, d):           # printed by the SENDING fax machine across the top of every page
        c.saveState(); c.setFont("Courier", 8.5)
        c.drawString(0.9 * cm, A4[1] - 0.55 * cm,
                     f"{FAX['time']}   FROM:{FAX['from']}   TO:{FAX['to']}   P.{d.page:03d}/{n:03d}")
        c.restoreState()
    build_pdf(src, [form(p, o) for p in g["projects"]], A4, margins=(1.8 * cm, 1.8 * cm), on_page=header)
    assert npages(src) == n
    rnd = np.random.default_rng(152)
    frames = []
    for k, im in enumerate(render(src, 204, "L")):
        w, h = im.size                                          # 1686 x 2385 at 204 dpi
        im = im.resize((w, round(h * 98 / 204)), Image.BOX)     # standard resolution: 98 lines per inch
        a = np.full((im.height, 1728), 255, np.float32)
        a[:, 21:21 + w] = np.asarray(im, np.float32)
        a += rnd.normal(0, 18, a.shape)
        bw = a > 150
        hh = bw.shape[0]
        bw[rnd.integers(0, hh, hh * 1728 // 900), rnd.integers(0, 1728, hh * 1728 // 900)] = False   # speckle
        for x0 in (611 + 37 * k, 1402):                          # dirt on the sender's scan glass: vertical streaks
            bw[30:, x0:x0 + 2] = False
        for y0 in rnd.integers(120, hh - 40, 3):                # line drop-outs on a noisy phone line
            bw[y0, :] = True
        bw[rnd.integers(200, hh - 40), 40:1690] = False         # one black sync-error line
        frames.append(Image.fromarray((bw * 255).astype(np.uint8)).convert("1"))
    frames[0].save(out, format="TIFF", save_all=True, append_images=frames[1:], compression="group4",
                   dpi=(204, 98))
    return "image", n, src


# ================================================================ e3 colour scan with pen corrections
def d_e3(stem, g, out):
    src = os.path.join(TMP, stem + ".src.pdf")
    o = dict(fs=10.5, width=content_width(A4), basis=True, cols=[0.13, 0.15, 0.33, 0.21, 0.18],
             header="填报单位：{d}（盖章）　　部门编码：{c}　　单位：{u}", subtitle="（2025年度）", pad=3)

    def note(c, d):
        if d.page == 1:
            pen_note(c, A4[0] - 5.2 * cm, A4[1] - 1.25 * cm, "3.10 已按批复数修改 王")
        else:
            pen_note(c, A4[0] - 3.6 * cm, A4[1] - 1.25 * cm, "3.10 王")
    build_pdf(src, [form(p, o) for p in g["projects"]], A4, on_page=note)
    assert npages(src) == len(g["projects"])
    rnd = np.random.default_rng(153)
    pages = []
    for k, im in enumerate(render(src, 200, "RGB")):
        im = im.rotate((0.25, -0.2)[k], resample=Image.BICUBIC, fillcolor=(255, 255, 255))
        a = np.asarray(im, np.float32) * np.array([0.95, 0.95, 0.93]) + np.array([10, 10, 12])
        a += rnd.normal(0, 4, a.shape)
        pages.append(Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.5)))
    pages[0].save(out, "PDF", save_all=True, append_images=pages[1:], resolution=200.0, quality=90)
    return "pdf", len(pages), src


# ================================================================ e4 two-up copy
def d_e4(stem, g, out):
    src = os.path.join(TMP, stem + ".src.pdf")
    o = dict(fs=8.5, width=content_width(A5, 1.2 * cm), basis=False, cols=[0.15, 0.17, 0.44, 0.24],
             header="部门名称：{d}　部门编码：{c}　单位：{u}", pad=3)
    build_pdf(src, [form(p, o) for p in g["projects"]], A5, margins=(1.2 * cm, 1.2 * cm))
    assert npages(src) == 2
    left, right = render(src, 200, "L")                          # 1165 x 1654 each
    W_, H_ = 2339, 1654                                          # A4 landscape at 200 dpi
    sheet = Image.new("L", (W_, H_), 255)
    sheet.paste(left, (0, 0)); sheet.paste(right, (W_ - right.width, 0))
    rnd = np.random.default_rng(154)
    a = np.asarray(sheet, np.float32) * 0.9 + 20
    a[:, W_ // 2 - 2:W_ // 2 + 2] -= 0                          # the fold between the two pages stays blank paper
    a += rnd.normal(0, 5, a.shape)
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).rotate(-0.3, resample=Image.BICUBIC, fillcolor=232)
    im = im.filter(ImageFilter.GaussianBlur(0.45))
    im.save(out, "JPEG", quality=85, dpi=(200, 200))
    return "image", 1, src


# ================================================================ e5 pale photocopy
def d_e5(stem, g, out):
    src = os.path.join(TMP, stem + ".src.pdf")
    o = dict(fs=10.5, width=content_width(A4), basis=True, cols=[0.13, 0.15, 0.33, 0.21, 0.18],
             header="部门名称：{d}　　部门编码：{c}　　单位：{u}", pad=4)
    build_pdf(src, [form(p, o) for p in g["projects"]], A4)
    assert npages(src) == len(g["projects"])
    rnd = np.random.default_rng(155)
    pages = []
    for k, im in enumerate(render(src, 200, "L")):
        a = np.asarray(im, np.float32) / 255.0
        h, w = a.shape
        # toner nearly out: ink prints mid grey, the copier's drum greys the paper; low-frequency mottling
        low = Image.fromarray((rnd.random((h // 60 + 1, w // 60 + 1)) * 255).astype(np.uint8)).resize((w, h), Image.BICUBIC)
        mott = (np.asarray(low, np.float32) / 255 - 0.5) * 10
        ink, paper = 138 + 8 * k, 196
        a = ink + (paper - ink) * a + mott
        band = np.exp(-((np.arange(w) - w * 0.72) / 40.0) ** 2) * 8     # a faint lighter drum band
        a += band[None, :]
        a += rnd.normal(0, 3, a.shape)
        pages.append(Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6)))
    pages[0].save(out, "PDF", save_all=True, append_images=pages[1:], resolution=200.0, quality=88)
    return "pdf", len(pages), src


# ================================================================ e6 screenshot of the web system
def d_e6(stem, g, out):
    from reportlab.pdfgen import canvas
    src = os.path.join(TMP, stem + ".src.pdf")
    p = g["projects"][0]
    Wp, Hp = 1920, 1200
    c = canvas.Canvas(src, pagesize=(Wp, Hp))
    Y = lambda y: Hp - y                                         # top-left origin like the screen

    def box(x, y, w, h, fill, stroke=None, lw=1):
        c.setFillColor(colors.HexColor(fill))
        if stroke:
            c.setStrokeColor(colors.HexColor(stroke)); c.setLineWidth(lw)
        c.rect(x, Y(y + h), w, h, fill=1, stroke=1 if stroke else 0)

    def txt(x, y, s, size=13, col="#303133", center=None, font=F):
        c.setFillColor(colors.HexColor(col)); c.setFont(font, size)
        if center:
            c.drawCentredString(x + center / 2, Y(y + size * 0.85), s)
        else:
            c.drawString(x, Y(y + size * 0.85), s)
    # browser chrome
    box(0, 0, Wp, 36, "#dee1e6"); box(8, 6, 300, 30, "#ffffff")
    txt(20, 13, "绩效目标申报 - 吕梁市预算管理一体化系统", 12)
    txt(1850, 10, "—    ×", 13, "#5f6368", font="Helvetica")
    box(0, 36, Wp, 40, "#ffffff"); box(110, 42, 1500, 28, "#f1f3f4")
    txt(20, 48, "←   →", 14, "#5f6368", font="Helvetica")
    txt(126, 49, "10.14.2.36:8080/pms/#/perf/target/edit?proId=" + p["code"], 13, "#202124", font="Helvetica")
    box(0, 76, Wp, 1, "#c8c8c8")
    # system header
    box(0, 77, Wp, 56, "#1f4e9c")
    txt(24, 94, "吕梁市预算管理一体化系统", 20, "#ffffff")
    txt(1500, 98, "2025年度　|　" + p["department"] + "　|　张晓芸　|　退出", 13, "#ffffff")
    # left menu
    box(0, 133, 210, Hp - 133, "#304156")
    for i, m in enumerate(["首页", "项目库管理", "预算编制", "绩效目标管理", "　绩效目标填报", "　绩效目标审核",
                           "绩效运行监控", "绩效自评", "查询统计", "系统设置"]):
        if i == 4:
            box(0, 148 + 44 * i - 8, 210, 40, "#1890ff")
        txt(24, 148 + 44 * i + 2, m, 14, "#ffffff" if i in (3, 4) else "#bfcbd9")
    # content area
    box(210, 133, Wp - 210, Hp - 133, "#f0f2f5")
    txt(232, 150, "绩效目标管理  /  绩效目标填报  /  编辑", 13, "#606266")
    box(226, 180, 1662, Hp - 180, "#ffffff", "#e4e7ed")
    # the panel's scroll bar: more content below (审核意见, 附件)
    box(1872, 181, 14, Hp - 181, "#f5f5f5"); box(1874, 186, 10, 690, "#c1c1c1")
    txt(226, 196, p["title"], 20, "#303133", center=1646)
    L, y = 260, 240
    fields = [[("项目名称", p["name"]), ("项目编码", p["code"])],
              [("主管部门", p["department"]), ("部门编码", p["department_code"])],
              [("实施单位", p["implementing_unit"]), ("预算年度", "2025")],
              [("资金总额（万元）", money(p["budget_total"])), ("财政拨款（万元）", money(p["budget_fiscal"])),
               ("其他资金（万元）", money(p["budget_other"]))]]
    for row in fields:
        cw = 1600 / len(row)
        for i, (lab, val) in enumerate(row):
            x = L + i * cw
            txt(x, y + 8, lab, 14, "#606266")
            box(x + 140, y, cw - 170, 32, "#f5f7fa", "#dcdfe6")
            txt(x + 150, y + 8, val, 14, "#303133")
        y += 46
    txt(L, y + 8, "年度绩效目标", 14, "#606266")
    box(L + 140, y, 1430, 62, "#f5f7fa", "#dcdfe6")
    for i, gl in enumerate(p["goals"], 1):
        txt(L + 150, y + 8 + (i - 1) * 24, f"{i}.{gl}", 14)
    y += 84
    txt(L, y, "绩效指标", 16, "#303133"); box(L - 10, y, 4, 18, "#1890ff")
    for bx, lab in ((1590, "新增指标"), (1690, "导入模板")):
        box(bx, y - 6, 88, 30, "#1890ff"); txt(bx, y + 1, lab, 13, "#ffffff", center=88)
    y += 36
    cols = [("序号", 56), ("一级指标", 130), ("二级指标", 170), ("三级指标", 300), ("指标性质", 100),
            ("指标值", 150), ("度量单位", 110), ("权重（分）", 110), ("指标方向", 110), ("操作", 244)]
    x0 = L
    box(x0, y, sum(w for _, w in cols), 38, "#f5f7fa", "#ebeef5")
    x = x0
    for lab, w in cols:
        txt(x + 10, y + 12, lab, 14, "#909399"); x += w
    y += 38
    for j, it in enumerate(p["indicators"], 1):
        box(x0, y, sum(w for _, w in cols), 34, "#fafafa" if j % 2 == 0 else "#ffffff", "#ebeef5", 0.8)
        cells = [str(j), it["level1"], it["level2"], it["level3"], it["sign"], it["value_raw"], it["printed_unit"],
                 str(it["weight"]), it["direction"], None]
        x = x0
        for (lab, w), s in zip(cols, cells):
            if s is None:
                txt(x + 10, y + 10, "编辑", 13, "#1890ff"); txt(x + 60, y + 10, "删除", 13, "#f56c6c")
            elif s:
                txt(x + 10, y + 10, s, 13)
            x += w
        y += 34
    txt(L, y + 18, "权重合计：" + str(sum(it["weight"] for it in p["indicators"])) + "分", 13, "#606266")
    txt(L, y + 58, "审核意见", 16, "#303133"); box(L - 10, y + 58, 4, 18, "#1890ff")
    box(L, y + 90, 1570, 80, "#f5f7fa", "#dcdfe6")
    c.showPage(); c.save()
    im = render(src, 72, "RGB")[0]                               # 1 px per pt, anti-aliased like a browser
    assert im.size == (Wp, Hp), im.size
    im.save(out, "PNG", optimize=True)
    return "image", 1, src


DRAW = {"e1": (d_e1, ".jpg"), "e2": (d_e2, ".tif"), "e3": (d_e3, ".pdf"), "e4": (d_e4, ".jpg"),
        "e5": (d_e5, ".pdf"), "e6": (d_e6, ".png")}


def main():
    os.makedirs(TMP, exist_ok=True); os.makedirs(OUT, exist_ok=True); os.makedirs(EXPECTED, exist_ok=True)
    only = set(sys.argv[1:])
    for stem, g in G.items():
        if only and stem not in only and stem[:2] not in only:
            continue
        fn, ext = DRAW[stem[:2]]
        out = os.path.join(OUT, stem + ext)
        fmt, pages, src = fn(stem, g, out)
        rec = clean(g)
        rec["source"] = {"path": os.path.basename(out), "sha256": hashlib.sha256(open(out, "rb").read()).hexdigest(),
                         "format": fmt, "pages": pages, "ocr": True}
        with open(os.path.join(EXPECTED, stem + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(rec, f, ensure_ascii=False, indent=1)
        print("wrote", os.path.basename(out), pages, os.path.getsize(out))


if __name__ == "__main__":
    main()
