"""Render every draft of heldout30b FROM the facts in golds.py into /tmp/heldout30b_build, copy to drafts/, write the
golds to expected/. Each form is written as HTML, then chromium draws it (a screenshot, or a PDF that pypdfium2
rasterises at 200 dpi for the scans); python-docx / openpyxl put the picture into the Office file; lxml turns p3's
inline picture into a floating, cropped one; LibreOffice prints p6. Nothing here comes from jixiao."""
import hashlib, html, io, json, os, re, shutil, subprocess, sys, zipfile

import numpy as np
from PIL import Image, ImageFilter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import golds  # noqa: E402

B = "/tmp/heldout30b_build"
PROFILE = B + "/chromium_profile"
LO = "file:///tmp/lo_heldout30b"
E = html.escape

# ------------------------------------------------------------------ HTML of a form
CSS_SYS = """body{margin:0;background:#fff;font-family:'Noto Sans CJK SC',sans-serif;font-size:15px;color:#303133}
.bar{background:#1f4e79;color:#fff;height:46px;line-height:46px;padding:0 18px;font-size:16px}
.bar span{margin-right:40px}.crumb{padding:8px 18px;color:#606266;font-size:14px;border-bottom:1px solid #e4e7ed}
.form{padding:14px 18px 18px 18px}
h2{font-size:19px;text-align:center;margin:4px 0 10px 0}
.line{display:flex;justify-content:space-between;margin:0 0 6px 0;font-size:15px}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #b4bccc;padding:5px 6px;font-size:15px;line-height:1.45}
th{background:#eef3fa;font-weight:bold}td.l{background:#f5f7fa;text-align:center}td.c{text-align:center}"""
CSS_PAPER = """@page{size:A4;margin:18mm 16mm}body{margin:0;font-family:'Noto Serif CJK SC',serif;font-size:10.5pt;color:#111}
h2{font-size:15pt;text-align:center;margin:0 0 8pt 0;font-weight:bold}
.line{display:flex;justify-content:space-between;margin:0 0 4pt 0}
table{border-collapse:collapse;width:100%}td,th{border:0.8pt solid #000;padding:3pt 4pt;line-height:1.4}
th{font-weight:bold}td.l,td.c{text-align:center}.sign{margin-top:14pt;display:flex;justify-content:space-between}"""


def money(a):
    return "" if a is None else a


def header_rows(f, p):
    t, fi, o = p["amt"]
    pl = dict(p["plan"])
    goals = "<br>".join("%d、%s" % (i, E(g)) for i, g in enumerate(p["goals"], 1))
    return f"""<tr><td class="l">项目名称</td><td colspan="2">{E(p['name'])}</td><td class="l">项目编码</td><td colspan="2">{E(p['code'])}</td></tr>
<tr><td class="l" rowspan="2">预算规模及<br>资金用途</td><td class="c">预算数</td><td class="c">其中：财政资金</td><td class="c">其他资金</td><td class="c" colspan="2">资金用途</td></tr>
<tr><td class="c">{money(t)}</td><td class="c">{money(fi)}</td><td class="c">{money(o)}</td><td colspan="2">{E(p['purpose'])}</td></tr>
<tr><td class="l" rowspan="2">资金支出计划（%）</td><td class="c">3月底</td><td class="c">6月底</td><td class="c">9月底</td><td class="c" colspan="2">12月底</td></tr>
<tr><td class="c">{pl[3]}</td><td class="c">{pl[6]}</td><td class="c">{pl[9]}</td><td class="c" colspan="2">{pl[12]}</td></tr>
<tr><td class="l">绩效目标</td><td colspan="5">{goals}</td></tr>"""


def grid_rows(p):
    rows = p["rows"]
    out = ["<tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>绩效指标描述</th><th>指标值</th><th>指标值确定依据</th></tr>"]
    for i, r in enumerate(rows):
        cells = []
        if i == 0 or rows[i - 1][0] != r[0]:
            n = 0
            for k in range(i, len(rows)):
                if rows[k][0] != r[0]:
                    break
                n += 1
            cells.append(f'<td class="c" rowspan="{n}">{E(r[0])}</td>')
        if i == 0 or rows[i - 1][:2] != r[:2]:
            n = 0
            for k in range(i, len(rows)):
                if rows[k][:2] != r[:2]:
                    break
                n += 1
            cells.append(f'<td class="c" rowspan="{n}">{E(r[1])}</td>')
        v = r[4][2:] if r[4].startswith("Q:") else r[4]
        cells += [f"<td>{E(r[2])}</td>", f"<td>{E(r[3])}</td>", f'<td class="c">{E(v)}</td>', f'<td class="c">{E(r[5])}</td>']
        out.append("<tr>" + "".join(cells) + "</tr>")
    return "\n".join(out)


def form_block(f, p, grid_only=False):
    if grid_only:
        return f'<table>{grid_rows(p)}</table>'
    return (f'<h2>{E(p["name"])}绩效目标表</h2><div class="line"><span>{f["code"]} {E(f["dept"])}</span><span>单位：万元</span></div>'
            f'<table>{header_rows(f, p)}\n{grid_rows(p)}</table>')


MEASURE = """<script>window.onload=function(){var b=document.body;b.setAttribute('data-h',Math.ceil(document.documentElement.scrollHeight));
var s=document.getElementById('shown');if(s){var r=s.getBoundingClientRect();b.setAttribute('data-shown',Math.floor(r.top)+','+Math.ceil(r.bottom));}}</script>"""


def page_sys(body):
    return f'<!DOCTYPE html><html><head><meta charset="utf-8"><style>{CSS_SYS}</style>{MEASURE}</head><body>{body}</body></html>'


def form_html(key, f, p, j=0):
    """The HTML each picture of draft `key` is drawn from (check.py reads the same HTML)."""
    if key == "p2":  # paper form, scanned
        body = form_block(f, p) + '<div class="sign"><span>单位负责人：（签字）</span><span>（单位盖章）</span><span>填报日期：2025年1月</span></div>'
        return f'<!DOCTYPE html><html><head><meta charset="utf-8"><style>{CSS_PAPER}</style></head><body>{body}</body></html>'
    if key == "p3":
        top = ('<div class="bar"><span>{0}</span><span style="float:right">{2}</span></div>'
               '<div class="crumb">{1}</div>').format(*map(E, f["hidden_top"]))
        nxt = (f'<div class="form"><h2>{E(f["hidden_bottom"][0])}</h2><div class="line"><span>{f["code"]} {E(f["dept"])}</span>'
               f'<span>单位：万元</span></div><table><tr><td class="l">项目名称</td><td colspan="2">医疗卫生机构能力提升项目</td>'
               f'<td class="l">项目编码</td><td colspan="2">{E(f["hidden_bottom"][1])}</td></tr><tr><td class="l">资金用途</td>'
               f'<td colspan="5">{E(f["hidden_bottom"][2])}</td></tr></table></div>')
        return page_sys(top + f'<div class="form" id="shown">{form_block(f, p)}</div>' + nxt)
    if key == "p4":
        return page_sys(f'<div class="form" id="shown">{form_block(f, p, grid_only=True)}</div>')
    return page_sys(f'<div class="form" id="shown">{form_block(f, p)}</div>')


# ------------------------------------------------------------------ chromium
def chromium(args):
    r = subprocess.run(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                        "--user-data-dir=" + PROFILE, "--no-first-run", "--disable-extensions",
                        "--font-render-hinting=none"] + args, capture_output=True, timeout=180)
    return r.stdout.decode("utf-8", "replace")


def shoot(page_html, name, width, dpr=1):
    path = f"{B}/{name}.html"
    open(path, "w", encoding="utf-8").write(page_html)
    dom = chromium([f"--window-size={width},900", f"--force-device-scale-factor={dpr}", "--dump-dom", "file://" + path])
    h = int(re.search(r'data-h="(\d+)"', dom).group(1))
    m = re.search(r'data-shown="(\d+),(\d+)"', dom)
    shown = (int(m.group(1)), int(m.group(2))) if m else None
    out = f"{B}/{name}.png"
    if os.path.exists(out):
        os.remove(out)
    chromium([f"--window-size={width},{h}", f"--force-device-scale-factor={dpr}", "--screenshot=" + out, "file://" + path])
    im = Image.open(out)
    assert im.size == (width * dpr, h * dpr), (im.size, width, h)
    return out, h, shown


def scan(page_html, name, seed, angle):
    """print the paper form to PDF with chromium, rasterise at 200 dpi (pypdfium2), skew, grey paper, noise, JPEG q80"""
    import pypdfium2 as pdfium
    path = f"{B}/{name}.html"
    open(path, "w", encoding="utf-8").write(page_html)
    pdf = f"{B}/{name}.pdf"
    chromium(["--no-pdf-header-footer", "--print-to-pdf=" + pdf, "file://" + path])
    doc = pdfium.PdfDocument(pdf)
    assert len(doc) == 1, (name, len(doc))
    im = doc[0].render(scale=200 / 72).to_pil().convert("L")
    doc.close()
    im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    a = np.asarray(im).astype(np.float32)
    rng = np.random.default_rng(seed)
    paper = 236 + rng.normal(0, 5, a.shape)
    a = a / 255.0 * paper + rng.normal(0, 4, a.shape) * (a < 250)
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.5))
    jp = f"{B}/{name}.jpg"
    out.save(jp, "JPEG", quality=80, optimize=False)
    return jp


# ------------------------------------------------------------------ Word / Excel
def new_doc():
    from docx import Document
    from docx.oxml.ns import qn
    from docx.shared import Pt
    import datetime
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(12)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    cp = d.core_properties
    cp.author = cp.last_modified_by = "user"
    cp.created = cp.modified = datetime.datetime(2025, 1, 15, 9, 0, 0)
    cp.revision = 1
    cp.title = ""
    return d


def para(d, text, size=12, bold=False, center=False, indent=True):
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    p = d.add_paragraph()
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.bold = bold
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    return p


CN = "一二三四五六七八九十"


def text_part(d, f):
    para(d, f["dept"], 22, True, True)
    para(d, golds.DOC_TITLE, 22, True, True)
    if f["status"]:
        para(d, "（" + f["status"] + "）", 16, False, True)
    para(d, "一、部门职责", 14, True, indent=False)
    for t in f["duties"]:
        para(d, t)
    para(d, "二、总体绩效目标", 14, True, indent=False)
    for i, t in enumerate(f["overall"]):
        para(d, "（%s）%s" % (CN[i], t))
    para(d, "三、项目绩效目标表", 14, True, indent=False)


def normalize_zip(src, dst):
    """rewrite the package with fixed timestamps so a rebuild gives the same bytes"""
    zin = zipfile.ZipFile(src)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for it in zin.infolist():
            zi = zipfile.ZipInfo(it.filename, (2025, 1, 15, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            data = zin.read(it.filename)
            if it.filename == "docProps/core.xml":  # openpyxl stamps the save time as dcterms:modified
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2025-01-15T09:00:00Z", data)
            zout.writestr(zi, data)
    open(dst, "wb").write(buf.getvalue())


def make_docx_pictures(key, f, out):
    from docx.shared import Cm, Pt
    d = new_doc()
    text_part(d, f)
    for j, p in enumerate(f["projects"]):
        h = form_html(key, f, p, j)
        if key == "p2":
            para(d, "%d、%s绩效目标表" % (j + 1, p["name"]), 12, True, indent=False)
            pic = scan(h, f"{key}_{j + 1}", seed=30 + j, angle=(0.6, -0.45)[j])
            d.add_picture(pic, width=Cm(15.5))
        else:
            pic, _, _ = shoot(h, f"{key}_{j + 1}", 1000, dpr=2 if key == "p6" else 1)
            d.add_picture(pic, width=Cm(16))
    d.save(out)


def make_p3(f, out):
    """inline picture made by python-docx, then turned into a FLOATING (wp:anchor, square wrap) picture cropped with
    a:srcRect (what Word's crop tool writes) — python-docx has no API for either, so lxml edits the XML"""
    from docx.shared import Cm
    from lxml import etree
    p = f["projects"][0]
    pic, H, (top, bot) = shoot(form_html("p3", f, p), "p3_1", 1000)
    W = 1000
    d = new_doc()
    text_part(d, f)
    para(d, "（系统截图如下）", 12, indent=False)
    d.add_picture(pic, width=Cm(16))
    d.save(out + ".tmp.docx")
    z = zipfile.ZipFile(out + ".tmp.docx")
    xml = z.read("word/document.xml")
    root = etree.fromstring(xml)
    ns = {"wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
          "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
          "pic": "http://schemas.openxmlformats.org/drawingml/2006/picture"}
    inline = root.find(".//wp:inline", ns)
    t, b = top / H, (H - bot) / H
    cx = int(inline.find("wp:extent", ns).get("cx"))
    cy = int(round(cx * (bot - top) / W))
    WP = "{%s}" % ns["wp"]
    anchor = etree.Element(WP + "anchor", nsmap={"wp": ns["wp"]})
    for k, v in [("distT", "0"), ("distB", "0"), ("distL", "114300"), ("distR", "114300"), ("simplePos", "0"),
                 ("relativeHeight", "251659264"), ("behindDoc", "0"), ("locked", "0"), ("layoutInCell", "1"),
                 ("allowOverlap", "1")]:
        anchor.set(k, v)
    etree.SubElement(anchor, WP + "simplePos", x="0", y="0")
    ph = etree.SubElement(anchor, WP + "positionH", relativeFrom="column")
    etree.SubElement(ph, WP + "posOffset").text = "0"
    pv = etree.SubElement(anchor, WP + "positionV", relativeFrom="paragraph")
    etree.SubElement(pv, WP + "posOffset").text = "91440"
    etree.SubElement(anchor, WP + "extent", cx=str(cx), cy=str(cy))
    etree.SubElement(anchor, WP + "effectExtent", l="0", t="0", r="0", b="0")
    etree.SubElement(anchor, WP + "wrapSquare", wrapText="bothSides")
    for child in list(inline):
        if child.tag in (WP + "docPr", WP + "cNvGraphicFramePr", "{%s}graphic" % ns["a"]):
            anchor.append(child)
    blipfill = anchor.find(".//pic:blipFill", ns)
    src = etree.Element("{%s}srcRect" % ns["a"], t=str(round(t * 100000)), b=str(round(b * 100000)))
    blipfill.find("a:blip", ns).addnext(src)
    anchor.find(".//pic:spPr/a:xfrm/a:ext", ns).set("cy", str(cy))
    inline.getparent().replace(inline, anchor)
    new = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zo:
        for it in z.infolist():
            zo.writestr(it, new if it.filename == "word/document.xml" else z.read(it.filename))
    os.remove(out + ".tmp.docx")


def cell(c, text, bold=False, center=True):
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    c.text = ""
    lines = text.split("\n")
    par = c.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            par = c.add_paragraph()
        r = par.add_run(ln)
        r.font.size = Pt(10.5)
        r.bold = bold
        if center:
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER


def make_p4(f, out):
    """header block a real Word table; the indicator grid an inline PNG (screenshot of the system's grid, 2x)"""
    from docx.shared import Cm
    p = f["projects"][0]
    d = new_doc()
    text_part(d, f)
    para(d, "1、%s绩效目标表" % p["name"], 12, True, indent=False)
    para(d, "%s %s　　　　　　　　单位：万元" % (f["code"], f["dept"]), 10.5, indent=False)
    t = d.add_table(rows=7, cols=6)
    t.style = "Table Grid"
    tot, fi, o = p["amt"]
    pl = dict(p["plan"])
    R = t.rows
    cell(R[0].cells[0], "项目名称"); cell(R[0].cells[1].merge(R[0].cells[2]), p["name"], center=False)
    cell(R[0].cells[3], "项目编码"); cell(R[0].cells[4].merge(R[0].cells[5]), p["code"], center=False)
    cell(R[1].cells[0].merge(R[2].cells[0]), "预算规模及\n资金用途")
    for k, s in enumerate(["预算数", "其中：财政资金", "其他资金"]):
        cell(R[1].cells[1 + k], s)
    cell(R[1].cells[4].merge(R[1].cells[5]), "资金用途")
    for k, s in enumerate([money(tot), money(fi), money(o)]):
        cell(R[2].cells[1 + k], s)
    cell(R[2].cells[4].merge(R[2].cells[5]), p["purpose"], center=False)
    cell(R[3].cells[0].merge(R[4].cells[0]), "资金支出计划（%）")
    for k, m in enumerate([3, 6, 9]):
        cell(R[3].cells[1 + k], "%d月底" % m); cell(R[4].cells[1 + k], str(pl[m]))
    cell(R[3].cells[4].merge(R[3].cells[5]), "12月底"); cell(R[4].cells[4].merge(R[4].cells[5]), str(pl[12]))
    cell(R[5].cells[0], "绩效目标")
    cell(R[5].cells[1].merge(R[5].cells[5]), "\n".join("%d、%s" % (i, g) for i, g in enumerate(p["goals"], 1)), center=False)
    cell(R[6].cells[0].merge(R[6].cells[5]), "绩效指标")
    pic, _, _ = shoot(form_html("p4", f, p), "p4_1", 1000, dpr=2)
    d.add_picture(pic, width=Cm(16))
    d.save(out)


def make_p5(f, out):
    import datetime
    from openpyxl import Workbook
    from openpyxl.drawing.image import Image as XImage
    from openpyxl.styles import Font
    p = f["projects"][0]
    pic, h, _ = shoot(form_html("p5", f, p), "p5_1", 1000)
    wb = Workbook()
    ws = wb.active
    ws.title = "绩效目标表"
    ws["A1"] = f["dept"] + f["sheet_title"]
    ws["A1"].font = Font(name="宋体", size=14, bold=True)
    for col in "ABCDEFGHIJKL":
        ws.column_dimensions[col].width = 11
    img = XImage(pic)
    img.width, img.height = 900, int(round(900 * h / 1000))
    img.anchor = "A3"
    ws.add_image(img)
    wb.properties.creator = "user"
    wb.properties.created = wb.properties.modified = datetime.datetime(2025, 1, 15, 9, 0, 0)
    wb.save(out)


def make_p6(f, out):
    docx = f"{B}/p6_source.docx"
    make_docx_pictures("p6", f, docx)
    normalize_zip(docx, docx)
    subprocess.run(["/usr/bin/soffice", "-env:UserInstallation=" + LO, "--headless", "--convert-to", "pdf",
                    "--outdir", B, docx], check=True, capture_output=True, timeout=240)
    shutil.move(f"{B}/p6_source.pdf", out)
    import pypdfium2 as pdfium
    n = len(pdfium.PdfDocument(out))
    assert n == golds.PAGES["p6"], n


def main():
    os.makedirs(B, exist_ok=True)
    os.makedirs(HERE + "/drafts", exist_ok=True)
    os.makedirs(HERE + "/expected", exist_ok=True)
    for key, f in golds.F.items():
        out = f"{B}/{f['stem']}.{f['ext']}"
        if key in ("p1", "p2"):
            make_docx_pictures(key, f, out)
        elif key == "p3":
            make_p3(f, out)
        elif key == "p4":
            make_p4(f, out)
        elif key == "p5":
            make_p5(f, out)
        elif key == "p6":
            make_p6(f, out)
        if f["ext"] in ("docx", "xlsx"):
            normalize_zip(out, out)
        dst = f"{HERE}/drafts/{f['stem']}.{f['ext']}"
        shutil.copyfile(out, dst)
        g = golds.G[f["stem"]]
        g["source"]["sha256"] = hashlib.sha256(open(dst, "rb").read()).hexdigest()
        json.dump(g, open(f"{HERE}/expected/{f['stem']}.gold.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
        print(key, dst, g["source"]["sha256"][:12])


if __name__ == "__main__":
    main()
