"""Render every draft of heldout31a FROM the facts in golds.py into /tmp/heldout31a_build, copy to drafts/, write the
golds to expected/. Each picture is written as HTML and drawn by chromium (headless screenshot); python-docx / openpyxl
put the pictures into the Office files; lxml rotates q2's picture (a:xfrm rot); Pillow downsizes, watermarks and
re-encodes q6's picture; LibreOffice saves q4 as Word 97. Nothing here comes from jixiao."""
import hashlib, html, io, json, os, re, shutil, subprocess, sys, zipfile

from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import golds  # noqa: E402

B = "/tmp/heldout31a_build"
PROFILE = B + "/chromium_profile"
LO = "file:///tmp/lo_heldout31a"
E = html.escape
FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"

CSS = """body{margin:0;background:#fff;font-family:'Noto Sans CJK SC',sans-serif;font-size:15px;color:#222}
.form{padding:14px 18px 18px 18px}
h2{font-size:19px;text-align:center;margin:4px 0 10px 0}
.line{display:flex;justify-content:space-between;margin:0 0 6px 0;font-size:15px}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #8c96a8;padding:5px 6px;font-size:15px;line-height:1.45}
th{background:#e9eef6;font-weight:bold}td.l{background:#f4f6f9;text-align:center}td.c{text-align:center}
.pg{color:#777;font-size:13px;text-align:right;margin-top:6px}"""
MEASURE = """<script>window.onload=function(){document.body.setAttribute('data-h',Math.ceil(document.querySelector('.form').getBoundingClientRect().bottom));}</script>"""


def page(body):
    return f'<!DOCTYPE html><html><head><meta charset="utf-8"><style>{CSS}</style>{MEASURE}</head><body><div class="form">{body}</div></body></html>'


def money(a):
    return "" if a is None else a


def header_rows(p):
    t, fi, o = p["amt"]
    pl = dict(p["plan"])
    goals = "<br>".join("%d、%s" % (i, E(g)) for i, g in enumerate(p["goals"], 1))
    return f"""<tr><td class="l">项目名称</td><td colspan="2">{E(p['name'])}</td><td class="l">项目编码</td><td colspan="2">{E(p['code'])}</td></tr>
<tr><td class="l" rowspan="2">预算规模及<br>资金用途</td><td class="c">预算数</td><td class="c">其中：财政资金</td><td class="c">其他资金</td><td class="c" colspan="2">资金用途</td></tr>
<tr><td class="c">{money(t)}</td><td class="c">{money(fi)}</td><td class="c">{money(o)}</td><td colspan="2">{E(p['purpose'])}</td></tr>
<tr><td class="l" rowspan="2">资金支出计划（%）</td><td class="c">3月底</td><td class="c">6月底</td><td class="c">9月底</td><td class="c" colspan="2">12月底</td></tr>
<tr><td class="c">{pl[3]}</td><td class="c">{pl[6]}</td><td class="c">{pl[9]}</td><td class="c" colspan="2">{pl[12]}</td></tr>
<tr><td class="l">绩效目标</td><td colspan="5">{goals}</td></tr>"""


def dept_header_rows(f, p):
    t, fi, o = p["amt"]
    goals = "<br>".join("%d、%s" % (i, E(g)) for i, g in enumerate(p["goals"], 1))
    return f"""<tr><td class="l">部门名称</td><td colspan="5">{E(f['dept'])}</td></tr>
<tr><td class="l" rowspan="2">年度预算</td><td class="c" colspan="2">资金总额</td><td class="c" colspan="2">其中：财政拨款</td><td class="c">其他资金</td></tr>
<tr><td class="c" colspan="2">{money(t)}</td><td class="c" colspan="2">{money(fi)}</td><td class="c">{money(o)}</td></tr>
<tr><td class="l">年度总体目标</td><td colspan="5">{goals}</td></tr>"""


HEAD = ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"]
HEAD_DEPT = ["一级指标", "二级指标", "三级指标", "指标值", "指标值确定依据", "分值"]


def grid_rows(rows, prev=None, head=HEAD, vcol=4):
    """the indicator grid; rows[0] continues the groups of `prev` (the last row of the previous picture): a running
    一级 / 二级 cell is printed EMPTY, as a merged cell cut at a page break"""
    out = ["<tr>" + "".join(f"<th>{h}</th>" for h in head) + "</tr>"]
    for i, r in enumerate(rows):
        before = rows[i - 1] if i else prev
        cells = []
        for lv in (1, 2):
            if i == 0 or before[:lv] != r[:lv]:
                n = 0
                for k in range(i, len(rows)):
                    if rows[k][:lv] != r[:lv]:
                        break
                    n += 1
                cont = i == 0 and prev is not None and prev[:lv] == r[:lv]
                cells.append(f'<td class="c" rowspan="{n}">{"" if cont else E(r[lv - 1])}</td>')
        for k in range(2, len(r)):
            v = r[k][2:] if (k == vcol and r[k].startswith("Q:")) else r[k]
            cls = ' class="c"' if k >= vcol else ""
            cells.append(f"<td{cls}>{E(v)}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    return "\n".join(out)


def code_line(f):
    return f'<div class="line"><span>{f["code"]} {E(f["dept"])}</span><span>单位：万元</span></div>'


def pictures(key):
    """[(name, width, html)] — every picture of draft `key`, in document order (check.py reads the same HTML)"""
    f = golds.F[key]
    out = []
    if key == "q1":  # one form, cut after row `cut`: picture 2 repeats the grid header, the running 一级 cell blank
        p, c = f["projects"][0], f["cut"]
        h1 = (f'<h2>{E(p["name"])}绩效目标表</h2>{code_line(f)}<table>{header_rows(p)}\n{grid_rows(p["rows"][:c])}</table>'
              '<div class="pg">第1页 共2页</div>')
        h2 = f'<table>{grid_rows(p["rows"][c:], prev=p["rows"][c - 1])}</table><div class="pg">第2页 共2页</div>'
        return [("q1_1", 1000, page(h1)), ("q1_2", 1000, page(h2))]
    if key == "q2":  # landscape department form
        p = f["projects"][0]
        h = (f'<h2>{E(p["title"])}</h2>{code_line(f)}<table>{dept_header_rows(f, p)}\n'
             f'{grid_rows(p["rows"], head=HEAD_DEPT, vcol=3)}</table>')
        return [("q2_1", 1400, page(h))]
    for j, p in enumerate(f["projects"], 1):
        if key in ("q3", "q5"):  # the title is Word / Excel text beside / above the picture
            h = f'{code_line(f)}<table>{header_rows(p)}\n{grid_rows(p["rows"])}</table>'
        else:
            h = f'<h2>{E(p["name"])}绩效目标表</h2>{code_line(f)}<table>{header_rows(p)}\n{grid_rows(p["rows"])}</table>'
        out.append((f"{key}_{j}", 1000, page(h)))
    return out


# ------------------------------------------------------------------ chromium
def chromium(args):
    r = subprocess.run(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                        "--user-data-dir=" + PROFILE, "--no-first-run", "--disable-extensions",
                        "--font-render-hinting=none"] + args, capture_output=True, timeout=180)
    return r.stdout.decode("utf-8", "replace")


def shoot(name, width, page_html):
    path = f"{B}/{name}.html"
    open(path, "w", encoding="utf-8").write(page_html)
    dom = chromium([f"--window-size={width},200", "--force-device-scale-factor=1", "--dump-dom", "file://" + path])
    h = int(re.search(r'data-h="(\d+)"', dom).group(1))
    out = f"{B}/{name}.png"
    if os.path.exists(out):
        os.remove(out)
    chromium([f"--window-size={width},{h}", "--force-device-scale-factor=1", "--screenshot=" + out, "file://" + path])
    im = Image.open(out)
    assert im.size == (width, h), (im.size, width, h)
    return out


def all_shots(key):
    return [shoot(n, w, h) for n, w, h in pictures(key)]


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
    cp.created = cp.modified = datetime.datetime(2025, 1, 20, 9, 0, 0)
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


def text_part(d, f, part3="三、项目绩效目标表"):
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
    para(d, part3, 14, True, indent=False)


def normalize_zip(src, dst):
    """rewrite the package with fixed timestamps so a rebuild gives the same bytes"""
    zin = zipfile.ZipFile(src)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for it in zin.infolist():
            zi = zipfile.ZipInfo(it.filename, (2025, 1, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            data = zin.read(it.filename)
            if it.filename == "docProps/core.xml":  # openpyxl stamps the save time as dcterms:modified
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2025-01-20T09:00:00Z", data)
            zout.writestr(zi, data)
    open(dst, "wb").write(buf.getvalue())


def make_q1(f, out):
    """ONE form as TWO inline pictures, one under the other (each 'page' of the system's print preview screenshotted)"""
    from docx.shared import Cm
    d = new_doc()
    text_part(d, f)
    for pic in all_shots("q1"):
        d.add_picture(pic, width=Cm(16))
    d.save(out)


WPNS = {"wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
        "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
        "pic": "http://schemas.openxmlformats.org/drawingml/2006/picture"}


def edit_document_xml(path, fn):
    from lxml import etree
    z = zipfile.ZipFile(path)
    root = etree.fromstring(z.read("word/document.xml"))
    fn(root)
    new = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    items = [(it, new if it.filename == "word/document.xml" else z.read(it.filename)) for it in z.infolist()]
    z.close()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zo:
        for it, data in items:
            zo.writestr(it, data)


def make_q2(f, out):
    """the landscape form (1400 px wide, upright PNG) inserted inline on its own page and ROTATED 90° clockwise in Word
    (Format Picture > Rotation 90°): pic:spPr/a:xfrm rot="5400000"; wp:extent keeps the unrotated size and
    wp:effectExtent 0 (Word recomputes the line box on open). python-docx has no
    rotation API, so lxml sets it."""
    from docx.shared import Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    (pic,) = all_shots("q2")
    d = new_doc()
    text_part(d, f, part3="三、部门整体支出绩效目标表")
    para(d, "（部门整体支出绩效目标表见下页）", 12, indent=False)
    p = d.add_paragraph()
    p.paragraph_format.page_break_before = True
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run().add_picture(pic, width=Cm(20))
    d.save(out)

    def rot(root):
        inl = root.find(".//wp:inline", WPNS)
        ext = inl.find("wp:extent", WPNS)
        cx, cy = int(ext.get("cx")), int(ext.get("cy"))
        ee = inl.find("wp:effectExtent", WPNS)
        if ee is None:
            from lxml import etree
            ee = etree.Element("{%s}effectExtent" % WPNS["wp"])
            ext.addnext(ee)
        for k in "ltrb":  # left 0 as python-docx writes it (LibreOffice drops the picture when t / b reserve the turned height)
            ee.set(k, "0")
        inl.find(".//pic:spPr/a:xfrm", WPNS).set("rot", "5400000")
    edit_document_xml(out, rot)


def make_q3(f, out):
    """a borderless-style two-column LAYOUT table: caption cell (附表N / title) | cell holding the form picture"""
    from docx.shared import Cm, Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    shots = all_shots("q3")
    d = new_doc()
    text_part(d, f)
    t = d.add_table(rows=len(shots), cols=2)
    t.style = "Table Grid"
    t.autofit = False
    t.columns[0].width, t.columns[1].width = Cm(3.2), Cm(13.3)  # w:tblGrid (LibreOffice lays out by it)
    for j, (p, pic) in enumerate(zip(f["projects"], shots)):
        c0, c1 = t.rows[j].cells
        c0.width, c1.width = Cm(3.2), Cm(13.3)
        c0.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        c0.paragraphs[0].add_run("附表%d" % (j + 1)).bold = True
        c0.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        q = c0.add_paragraph()
        q.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = q.add_run(p["name"] + "绩效目标表")
        r.font.size = Pt(10.5)
        c1.paragraphs[0].add_run().add_picture(pic, width=Cm(12.9))
    d.save(out)


def make_q4(f, out):
    """a .docx (text + inline PNG screenshot) saved by LibreOffice as Word 97 (.doc)"""
    from docx.shared import Cm
    (pic,) = all_shots("q4")
    d = new_doc()
    text_part(d, f)
    d.add_picture(pic, width=Cm(16))
    src = f"{B}/q4_source.docx"
    d.save(src)
    normalize_zip(src, src)
    subprocess.run(["/usr/bin/soffice", "-env:UserInstallation=" + LO, "--headless", "--convert-to", "doc",
                    "--outdir", B, src], check=True, capture_output=True, timeout=240)
    shutil.move(f"{B}/q4_source.doc", out)


ROW_PX = 20  # openpyxl's default row height 15 pt = 20 px


def q5_layout(heights):
    """(title row, image anchor row) per project, 1-based rows; the images are shown at 0.9 of their pixel size and
    the next title comes two rows below the picture"""
    rows, r = [], 3
    for hh in heights:
        rows.append((r, r + 1))
        r = r + 1 + -(-int(round(hh * 0.9)) // ROW_PX) + 2
    return rows


def make_q5(f, out):
    import datetime
    from openpyxl import Workbook
    from openpyxl.drawing.image import Image as XImage
    from openpyxl.styles import Font
    shots = all_shots("q5")
    wb = Workbook()
    ws = wb.active
    ws.title = "项目绩效目标表"
    ws["A1"] = f["dept"] + f["sheet_title"]
    ws["A1"].font = Font(name="宋体", size=14, bold=True)
    for col in "ABCDEFGHIJKL":
        ws.column_dimensions[col].width = 11
    for (tr, ar), p, pic in zip(q5_layout([Image.open(s).size[1] for s in shots]), f["projects"], shots):
        c = ws.cell(row=tr, column=1, value="%s绩效目标表" % p["name"])
        c.font = Font(name="宋体", size=12, bold=True)
        img = XImage(pic)
        w, h = Image.open(pic).size
        img.width, img.height = int(round(w * 0.9)), int(round(h * 0.9))
        img.anchor = "A%d" % ar
        ws.add_image(img)
    wb.properties.creator = "user"
    wb.properties.created = wb.properties.modified = datetime.datetime(2025, 1, 20, 9, 0, 0)
    wb.save(out)


Q6_WIDTH, Q6_QUALITY = 700, 60


def make_q6_picture(f, pic):
    """watermark across the screenshot (as the budget system overlays one), then the chat app's downscale to 700 px
    and JPEG quality 60"""
    im = Image.open(pic).convert("RGB")
    W, H = im.size
    layer = Image.new("RGBA", (W * 2, H * 2), (0, 0, 0, 0))
    dr = ImageDraw.Draw(layer)
    font = ImageFont.truetype(FONT, 30, index=2)  # Noto Sans CJK SC
    for y in range(0, H * 2, 170):
        for x in range(-200 + (y // 170 % 2) * 260, W * 2, 620):
            dr.text((x, y), f["watermark"], font=font, fill=(214, 64, 64, 70))
    layer = layer.rotate(25, resample=Image.BICUBIC).crop((W // 2, H // 2, W // 2 + W, H // 2 + H))
    im = Image.alpha_composite(im.convert("RGBA"), layer).convert("RGB")
    im = im.resize((Q6_WIDTH, int(round(H * Q6_WIDTH / W))), Image.LANCZOS)
    jp = f"{B}/q6_1.jpg"
    im.save(jp, "JPEG", quality=Q6_QUALITY, optimize=False)
    return jp


def make_q6(f, out):
    from docx.shared import Cm
    (pic,) = all_shots("q6")
    jp = make_q6_picture(f, pic)
    d = new_doc()
    text_part(d, f)
    para(d, "（截图自预算管理一体化系统）", 10.5, indent=False)
    d.add_picture(jp, width=Cm(16))
    d.save(out)


def main():
    os.makedirs(B, exist_ok=True)
    os.makedirs(HERE + "/drafts", exist_ok=True)
    os.makedirs(HERE + "/expected", exist_ok=True)
    makers = {"q1": make_q1, "q2": make_q2, "q3": make_q3, "q4": make_q4, "q5": make_q5, "q6": make_q6}
    only = sys.argv[1:]
    for key, f in golds.F.items():
        if only and key not in only:
            continue
        out = f"{B}/{f['stem']}.{f['ext']}"
        makers[key](f, out)
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
