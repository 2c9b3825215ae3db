"""Render every heldout25b draft FROM the facts in golds.py into /tmp/heldout25b_build, copy it to drafts/, and write
the golds (with source.sha256) to expected/. Tools: openpyxl (x1, x6), python-docx (x2, x3, x4), then the package
edits each quirk needs (documented per function); x5 is written part by part as a streaming exporter writes it.
Every zip is repacked with fixed timestamps and fixed core-property dates, so a rebuild gives the same bytes.
Nothing is imported from jixiao. Run: /work/main/.venv/bin/python make.py"""
import base64, hashlib, io, json, os, quopri, re, shutil, sys, zipfile
from html import escape

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from golds import F, G, TITLE  # noqa: E402

BUILD = "/tmp/heldout25b_build"
FIXED = (2025, 1, 15, 9, 30, 0)
STAMP = "2025-01-15T09:30:00Z"


# ---------------------------------------------------------------- the seed form as a grid (7 columns)
def vtext(raw):
    return raw[2:] if raw.startswith("Q:") else raw


def form_grid(p):
    """rows of cells {t, cs, rs, k}; k names what the cell holds (for renderers that store numbers)."""
    t, fi, o = p["amt"]
    pl = p["plan"]
    C = lambda t, cs=1, rs=1, k=None: dict(t=t, cs=cs, rs=rs, k=k)  # noqa: E731
    g = [[C("项目编码"), C(p["code"], 2), C("项目名称"), C(p["name"], 3, k="name")],
         [C("预算规模及资金用途", 1, 2), C("预算数"), C(t, k=("amt", 0)), C("其中：财政资金"), C(fi, k=("amt", 1)),
          C("其他资金"), C(o, k=("amt", 2))],
         [C(p["purpose"], 6)],
         [C("资金支出计划（%）", 1, 2)] + [C("%d月底" % m, 2 if k % 2 else 1) for k, (m, _) in enumerate(pl)],
         [C(str(v), 2 if k % 2 else 1, k=("pct", k)) for k, (_, v) in enumerate(pl)],
         [C("绩效目标"), C("\n".join("%d、%s" % (k, x) for k, x in enumerate(p["goals"], 1)), 6, k="goals")],
         [C("一级指标"), C("二级指标"), C("三级指标"), C("绩效指标描述", 2), C("指标值"), C("指标值确定依据")]]
    rs = p["rows"]
    for j, r in enumerate(rs):
        row = []
        if j == 0 or rs[j - 1][0] != r[0]:
            n = 1
            while j + n < len(rs) and rs[j + n][0] == r[0]:
                n += 1
            row.append(C(r[0], 1, n))
        if j == 0 or rs[j - 1][:2] != r[:2]:
            n = 1
            while j + n < len(rs) and rs[j + n][:2] == r[:2]:
                n += 1
            row.append(C(r[1], 1, n))
        row += [C(r[2]), C(r[3], 2), C(vtext(r[4]), k=("val", j + 1)), C(r[5])]
        g.append(row)
    return g


def place(grid):
    """grid -> list of (row, col, cell) anchors on the 7-column sheet (rowspans honoured)."""
    taken, out = set(), []
    for i, row in enumerate(grid):
        c = 0
        for cell in row:
            while (i, c) in taken:
                c += 1
            out.append((i, c, cell))
            for di in range(cell["rs"]):
                for dc in range(cell["cs"]):
                    taken.add((i + di, c + dc))
            c += cell["cs"]
        assert c <= 7 and all((i, x) in taken for x in range(7)), (i, row)
    return out


def form_title(seq, p):
    return "%d、%s绩效目标表" % (seq, p["name"])


# ---------------------------------------------------------------- package helpers
def repack(src_bytes, edit=None, drop=()):
    """re-zip a package with fixed timestamps; edit(name, bytes) -> bytes may rewrite a part."""
    zin = zipfile.ZipFile(io.BytesIO(src_bytes))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in zin.infolist():
            if info.filename in drop:
                continue
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", lambda m: m.group(1) + STAMP.encode(), data)
            if edit:
                data = edit(info.filename, data)
            zi = zipfile.ZipInfo(info.filename, FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return out.getvalue()


def add_parts(pkg, parts):
    """append parts (name -> bytes) to a zip, fixed timestamps."""
    out = io.BytesIO(pkg)
    with zipfile.ZipFile(out, "a", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            zi = zipfile.ZipInfo(name, FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return out.getvalue()


# Transitional -> Strict, as Office's "Strict Open XML" save names them (ISO/IEC 29500-1 Strict, Annex / §8)
STRICT = [
    (b"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties",
     b"http://purl.oclc.org/ooxml/officeDocument/relationships/extendedProperties"),
    (b"http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties",
     b"http://purl.oclc.org/ooxml/officeDocument/relationships/customProperties"),
    (b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
     b"http://purl.oclc.org/ooxml/officeDocument/relationships"),
    (b"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
     b"http://purl.oclc.org/ooxml/officeDocument/extendedProperties"),
    (b"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes",
     b"http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes"),
    (b"http://schemas.openxmlformats.org/officeDocument/2006/math", b"http://purl.oclc.org/ooxml/officeDocument/math"),
    (b"http://schemas.openxmlformats.org/officeDocument/2006/customXml",
     b"http://purl.oclc.org/ooxml/officeDocument/customXml"),
    (b"http://schemas.openxmlformats.org/wordprocessingml/2006/main", b"http://purl.oclc.org/ooxml/wordprocessingml/main"),
    (b"http://schemas.openxmlformats.org/spreadsheetml/2006/main", b"http://purl.oclc.org/ooxml/spreadsheetml/main"),
    (b"http://schemas.openxmlformats.org/drawingml/2006/main", b"http://purl.oclc.org/ooxml/drawingml/main"),
    (b"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
     b"http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing"),
    (b"http://schemas.openxmlformats.org/drawingml/2006/picture", b"http://purl.oclc.org/ooxml/drawingml/picture"),
    (b"http://schemas.openxmlformats.org/schemaLibrary/2006/main", b"http://purl.oclc.org/ooxml/schemaLibrary/main"),
]


def to_strict(name, data):
    if not (name.endswith(".xml") or name.endswith(".rels")) or name == "[Content_Types].xml":
        return data
    for a, b in STRICT:
        data = data.replace(a, b)
    if name == "xl/workbook.xml":
        data = re.sub(rb"<workbook ([^>]*?)>", rb'<workbook \1 conformance="strict">', data, count=1)
    if name == "word/document.xml":
        data = re.sub(rb"<w:document ([^>]*?)>", rb'<w:document \1 w:conformance="strict">', data, count=1)
    return data


# ---------------------------------------------------------------- openpyxl workbook of the forms (x1, x6)
def xlsx_openpyxl(f):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    wb = Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    song = Font(name="宋体", size=10)
    anchors = {}
    for seq, p in enumerate(f["projects"], 1):
        ws = wb.create_sheet("%d、%s" % (seq, p["name"])[:31])
        ws.sheet_properties.pageSetUpPr = None
        for col, w in zip("ABCDEFG", (12, 12, 18, 14, 22, 14, 14)):
            ws.column_dimensions[col].width = w
        ws["A1"] = form_title(seq, p)
        ws["A1"].font = Font(name="宋体", size=14, bold=True)
        ws["A1"].alignment = Alignment(horizontal="center")
        ws.merge_cells("A1:G1")
        ws["A2"] = "%s %s" % (f["code"], f["dept"])
        ws["A2"].font = song
        ws.merge_cells("A2:E2")
        ws["G2"] = "单位：万元"
        ws["G2"].font = song
        for i, c, cell in place(form_grid(p)):
            r = i + 3
            ref = ws.cell(row=r, column=c + 1)
            k, t = cell["k"], cell["t"]
            if isinstance(k, tuple) and k[0] == "amt":
                if t is not None:
                    ref.value = float(t.replace(",", ""))
                    ref.number_format = "0.00"
            elif isinstance(k, tuple) and k[0] == "pct":
                ref.value = int(t)
            else:
                ref.value = t
            ref.font = song
            ref.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            for di in range(cell["rs"]):
                for dc in range(cell["cs"]):
                    ws.cell(row=r + di, column=c + 1 + dc).border = box
            if cell["cs"] > 1 or cell["rs"] > 1:
                ws.merge_cells(start_row=r, start_column=c + 1, end_row=r + cell["rs"] - 1,
                               end_column=c + cell["cs"])
            anchors[(seq, k)] = (r, c + 1, cell)
    wb.properties.creator = "Administrator"
    buf = io.BytesIO()
    wb.save(buf)
    return to_shared(buf.getvalue()), anchors


def to_shared(data):
    """openpyxl 3.1 writes every string inline (t="inlineStr"); Excel keeps them in xl/sharedStrings.xml. Move them
    there (first-use order, as Excel numbers them) and register the part."""
    from lxml import etree
    NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    q = lambda t: "{%s}%s" % (NS, t)  # noqa: E731
    z = zipfile.ZipFile(io.BytesIO(data))
    idx, total, sheets = {}, [0], {}
    for name in sorted(n for n in z.namelist() if n.startswith("xl/worksheets/sheet")):
        root = etree.fromstring(z.read(name))
        for c in root.iter(q("c")):
            if c.get("t") == "inlineStr":
                t = "".join(c.find(q("is")).itertext())
                c.remove(c.find(q("is")))
                c.set("t", "s")
                etree.SubElement(c, q("v")).text = str(idx.setdefault(t, len(idx)))
                total[0] += 1
        sheets[name] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    sst = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="%s" count="%d" uniqueCount="%d">'
           % (NS, total[0], len(idx))]
    for t in idx:
        sst.append("<si><t>%s</t></si>" % escape(t, False))
    sst.append("</sst>")

    def edit(name, d):
        if name in sheets:
            return sheets[name]
        if name == "[Content_Types].xml":
            return d.replace(b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                             b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
        if name == "xl/_rels/workbook.xml.rels":
            return d.replace(b"</Relationships>", b'<Relationship Id="rIdSst" Type="http://schemas.openxmlformats.org/'
                             b'officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
        return d
    return add_parts(repack(data, edit=edit), {"xl/sharedStrings.xml": "".join(sst).encode("utf-8")})


def make_x1(f):
    """openpyxl (Transitional) -> every part's namespaces rewritten to the Strict ones, conformance="strict".
    LibreOffice cannot do it: its xlsx filters ("Calc MS Excel 2007 XML", "Calc Office Open XML") write
    Transitional only."""
    data, _ = xlsx_openpyxl(f)
    return repack(data, edit=to_strict)


# ---------------------------------------------------------------- python-docx document of the forms (x2, x3)
def docx_forms(f, forms=True):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for a in ("left_margin", "right_margin"):
        setattr(sec, a, Cm(2.0))
    cp = doc.core_properties
    cp.author = cp.last_modified_by = "Administrator"
    cp.title = TITLE
    cp.revision = 3
    h = doc.add_paragraph()
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = h.add_run(TITLE)
    r.bold, r.font.size = True, Pt(18)
    if not forms:
        return doc
    widths = [Cm(x) for x in (2.6, 2.8, 4.0, 3.4, 6.4, 3.6, 2.9)]
    for seq, p in enumerate(f["projects"], 1):
        if seq > 1:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        t = doc.add_paragraph()
        t.alignment = WD_ALIGN_PARAGRAPH.CENTER
        rr = t.add_run(form_title(seq, p))
        rr.bold, rr.font.size = True, Pt(14)
        d = doc.add_paragraph()
        d.add_run("%s %s" % (f["code"], f["dept"]))
        d.add_run("\t\t\t\t\t\t\t\t\t\t单位：万元")
        grid = form_grid(p)
        tb = doc.add_table(rows=len(grid), cols=7)
        tb.style = "Table Grid"
        for i, c, cell in place(grid):
            a = tb.cell(i, c)
            if cell["cs"] > 1 or cell["rs"] > 1:
                a = a.merge(tb.cell(i + cell["rs"] - 1, c + cell["cs"] - 1))
            lines = ("" if cell["t"] is None else cell["t"]).split("\n")
            a.paragraphs[0].add_run(lines[0])
            for ln in lines[1:]:
                a.add_paragraph().add_run(ln)
            if cell["k"] != "goals" and cell["cs"] < 6:
                for par in a.paragraphs:
                    par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for row in tb.rows:
            for k, w in enumerate(widths):
                row.cells[k].width = w
    return doc


def docx_bytes(doc):
    buf = io.BytesIO()
    doc.save(buf)
    return repack(buf.getvalue())


def make_x2(f):
    """python-docx (Transitional) -> Strict namespaces in every part, w:conformance="strict" on w:document."""
    return repack(docx_bytes(docx_forms(f)), edit=to_strict)


def make_x3(f):
    """python-docx .docx -> Flat OPC exactly as Word's "Word XML Document (*.xml)" writes it: one XML file,
    <?mso-application progid="Word.Document"?>, <pkg:package> of <pkg:part pkg:name pkg:contentType> holding
    <pkg:xmlData> (the part's XML without its declaration) or base64 <pkg:binaryData>; no [Content_Types].xml
    part (each part carries its content type); rels parts with pkg:padding (512 for /_rels/.rels, 256 for the
    document's)."""
    z = zipfile.ZipFile(io.BytesIO(docx_bytes(docx_forms(f))))
    ct = z.read("[Content_Types].xml").decode()
    defaults = dict(re.findall(r'<Default Extension="([^"]+)" ContentType="([^"]+)"', ct))
    overrides = dict(re.findall(r'<Override PartName="([^"]+)" ContentType="([^"]+)"', ct))
    order = ["_rels/.rels", "word/document.xml"]
    names = order + sorted(n for n in z.namelist() if n not in order and n != "[Content_Types].xml")
    out = ['<?xml version="1.0" standalone="yes"?>\r\n<?mso-application progid="Word.Document"?>\r\n'
           '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">']
    for n in names:
        pn = "/" + n
        ctype = overrides.get(pn) or defaults[n.rsplit(".", 1)[1]]
        data = z.read(n)
        pad = ' pkg:padding="512"' if n == "_rels/.rels" else (' pkg:padding="256"' if n.endswith(".rels") else "")
        if n.endswith(".xml") or n.endswith(".rels"):
            x = re.sub(r"^<\?xml[^>]*\?>\s*", "", data.decode("utf-8"))
            out.append('<pkg:part pkg:name="%s" pkg:contentType="%s"%s><pkg:xmlData>%s</pkg:xmlData></pkg:part>'
                       % (pn, ctype, pad, x.strip()))
        else:
            b64 = base64.encodebytes(data).decode().replace("\n", "\r\n").strip()
            out.append('<pkg:part pkg:name="%s" pkg:contentType="%s" pkg:compression="store"><pkg:binaryData>%s'
                       '</pkg:binaryData></pkg:part>' % (pn, ctype, b64))
    out.append("</pkg:package>")
    return "".join(out).encode("utf-8")


# ---------------------------------------------------------------- x4: the forms as an altChunk (afchunk.mht)
def forms_html(f):
    css = ("body{font-family:宋体;font-size:10.5pt}table{border-collapse:collapse;width:100%}"
           "td{border:1px solid #000;padding:2px 4px;text-align:center;vertical-align:middle}"
           "h2{text-align:center;font-size:16pt}.dept{font-size:10.5pt}.unit{float:right}")
    h = ['<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
         '<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>%s</style></head><body>' % css]
    for seq, p in enumerate(f["projects"], 1):
        h.append('<h2>%s</h2>' % escape(form_title(seq, p)))
        h.append('<p class="dept">%s %s<span class="unit">单位：万元</span></p>' % (f["code"], escape(f["dept"])))
        h.append('<table cellspacing="0" cellpadding="0">')
        for row in form_grid(p):
            h.append("<tr>")
            for cell in row:
                at = (' colspan="%d"' % cell["cs"] if cell["cs"] > 1 else "") + \
                     (' rowspan="%d"' % cell["rs"] if cell["rs"] > 1 else "")
                if cell["k"] == "goals":
                    at += ' style="text-align:left"'
                txt = "<br>".join(escape(x) for x in ("" if cell["t"] is None else cell["t"]).split("\n"))
                h.append("<td%s>%s</td>" % (at, txt or "&nbsp;"))
            h.append("</tr>")
        h.append("</table>")
    h.append("</body></html>")
    return "".join(h)


def mht(html_text):
    b = "----=_NextPart_01DB6712.3C4F2A80"
    qp = quopri.encodestring(html_text.encode("utf-8")).decode("ascii").replace("\n", "\r\n")
    return ("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"%s\"\r\n\r\n"
            "This is a multi-part message in MIME format.\r\n\r\n--%s\r\n"
            "Content-Location: file:///C:/afchunk.htm\r\nContent-Transfer-Encoding: quoted-printable\r\n"
            "Content-Type: text/html; charset=\"utf-8\"\r\n\r\n%s\r\n\r\n--%s--\r\n" % (b, b, qp, b)).encode("ascii")


def make_x4(f):
    """python-docx body (the heading and a note) + <w:altChunk r:id="AltChunkId1"/> before sectPr; the part
    /word/afchunk.mht (rel type .../aFChunk, Default Extension mht = message/rfc822) holds the forms as HTML, the
    way an OA system / portal builds a Word file from an HTML form (OpenXML SDK AddAlternativeFormatImportPart)."""
    from docx.oxml import parse_xml
    doc = docx_forms(f, forms=False)
    doc.add_paragraph("（本表由系统生成，表格内容以系统导出为准）")
    body = doc.element.body
    ac = parse_xml('<w:altChunk xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
                   'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="AltChunkId1"/>')
    body.insert(list(body).index(body.sectPr), ac)
    data = docx_bytes(doc)

    def edit(name, d):
        if name == "word/_rels/document.xml.rels":
            d = d.replace(b"</Relationships>", b'<Relationship Id="AltChunkId1" Type="http://schemas.openxmlformats.org/'
                          b'officeDocument/2006/relationships/aFChunk" Target="/word/afchunk.mht"/></Relationships>')
        if name == "[Content_Types].xml":
            d = d.replace(b"<Default ", b'<Default Extension="mht" ContentType="message/rfc822"/><Default ', 1)
        return d
    return add_parts(repack(data, edit=edit), {"word/afchunk.mht": mht(forms_html(f))})


# ---------------------------------------------------------------- x5: streaming exporter, inline rich strings
def col(c):
    return "ABCDEFG"[c]


def runs_for(text):
    """split a value cell into rich runs as the exporter styles them: comparator bold red, number, unit."""
    m = re.fullmatch(r"([≥≤<>=]?)([0-9][0-9,.]*)(.*)", text)
    if not m or not m.group(1):
        return None
    return [(m.group(1), '<b/><sz val="10"/><color rgb="FFC00000"/><rFont val="宋体"/><family val="3"/><charset val="134"/>'),
            (m.group(2), '<sz val="10"/><rFont val="Arial"/><family val="2"/>'),
            (m.group(3), '<sz val="10"/><rFont val="宋体"/><family val="3"/><charset val="134"/>')]


def istr(text, runs=None):
    if runs:
        return "<is>%s</is>" % "".join('<r><rPr>%s</rPr><t xml:space="preserve">%s</t></r>' % (rp, escape(t, False))
                                       for t, rp in runs if t)
    return '<is><t>%s</t></is>' % escape(text, False)


def fmt_render(value, code):
    """the handful of number-format codes used here, as Excel renders them (sections, [cond], literals)."""
    secs = code.split(";")
    sec = secs[0]
    m = re.match(r"\[(>=|<=|>|<|=)([0-9.]+)\]", sec)
    if m:
        ok = {">=": value >= float(m.group(2)), "<=": value <= float(m.group(2)), ">": value > float(m.group(2)),
              "<": value < float(m.group(2)), "=": value == float(m.group(2))}[m.group(1)]
        sec = sec[m.end():] if ok else secs[1]
    out, lits = "", re.split(r'("[^"]*")', sec)
    for part in lits:
        if part.startswith('"'):
            out += part[1:-1]
        elif part:
            dec = len(part.split(".")[1]) if "." in part else 0
            s = "%.*f" % (dec, value)
            if "," in part:
                ip, _, fp = s.partition(".")
                s = "{:,}".format(int(ip)) + ("." + fp if fp else "")
            out += s
    return out


def make_x5(f):
    fmts = [f["money_fmt"], f["plan_fmt"]] + sorted({v[1] for v in f["NUMCELL"].values()})
    fid = {c: 176 + k for k, c in enumerate(fmts)}
    # cellXfs: 0 default, 1 title, 2 text box, 3 text box left, then one boxed xf per custom format
    xfs = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
           '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center"/></xf>',
           '<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>',
           '<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment horizontal="left" vertical="center" wrapText="1"/></xf>']
    xf_of = {}
    for c in fmts:
        xf_of[c] = len(xfs)
        xfs.append('<xf numFmtId="%d" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" '
                   'applyAlignment="1"><alignment horizontal="center" vertical="center"/></xf>' % fid[c])
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<numFmts count="%d">%s</numFmts>' % (len(fmts), "".join(
                  '<numFmt numFmtId="%d" formatCode="%s"/>' % (fid[c], escape(c)) for c in fmts)) +
              '<fonts count="2"><font><sz val="10"/><name val="宋体"/><family val="3"/><charset val="134"/></font>'
              '<font><b/><sz val="14"/><name val="宋体"/><family val="3"/><charset val="134"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>'
              '<border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right>'
              '<top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="%d">%s</cellXfs>' % (len(xfs), "".join(xfs)) +
              '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>')
    sheets = []
    for seq, p in enumerate(f["projects"], 1):
        cells, merges = {}, []
        big = '<b/><sz val="14"/><rFont val="宋体"/><family val="3"/><charset val="134"/>'
        cells[(1, 0)] = '<c r="A1" s="1" t="inlineStr">%s</c>' % istr(form_title(seq, p), [
            ("%d、" % seq, big), (p["name"], big.replace("<b/>", '<b/><u/>')), ("绩效目标表", big)])
        merges.append("A1:G1")
        cells[(2, 0)] = '<c r="A2" t="inlineStr">%s</c>' % istr("%s %s" % (f["code"], f["dept"]), [
            (f["code"] + " ", '<sz val="10"/><rFont val="Arial"/><family val="2"/>'),
            (f["dept"], '<sz val="10"/><rFont val="宋体"/><family val="3"/><charset val="134"/>')])
        cells[(2, 6)] = '<c r="G2" t="inlineStr">%s</c>' % istr("单位：万元")
        for i, c, cell in place(form_grid(p)):
            r = i + 3
            ref = "%s%d" % (col(c), r)
            k, t = cell["k"], cell["t"]
            box = range(c, c + cell["cs"])
            for dr in range(cell["rs"]):
                for cc in box:
                    cells.setdefault((r + dr, cc), '<c r="%s%d" s="2"/>' % (col(cc), r + dr))
            if isinstance(k, tuple) and k[0] == "amt":
                x = '<c r="%s" s="%d"><v>%s</v></c>' % (ref, xf_of[f["money_fmt"]], t.replace(",", "")) if t is not None \
                    else '<c r="%s" s="%d"/>' % (ref, xf_of[f["money_fmt"]])
                if t is not None:
                    assert fmt_render(float(t.replace(",", "")), f["money_fmt"]) == t + "万元"
            elif isinstance(k, tuple) and k[0] == "pct":
                x = '<c r="%s" s="%d"><v>%s</v></c>' % (ref, xf_of[f["plan_fmt"]], t)
            elif isinstance(k, tuple) and k[0] == "val" and (seq, k[1]) in f["NUMCELL"]:
                v, code = f["NUMCELL"][(seq, k[1])]
                assert fmt_render(v, code) == t, (fmt_render(v, code), t)
                x = '<c r="%s" s="%d"><v>%s</v></c>' % (ref, xf_of[code], v)
            elif isinstance(k, tuple) and k[0] == "val":
                x = '<c r="%s" s="2" t="inlineStr">%s</c>' % (ref, istr(t, runs_for(t)))
            elif k == "goals":
                rr = []
                for n, line in enumerate(t.split("\n")):
                    num_, rest = line.split("、", 1)
                    rr += [(("\n" if n else "") + num_ + "、", '<b/><sz val="10"/><rFont val="宋体"/><family val="3"/><charset val="134"/>'),
                           (rest, '<sz val="10"/><rFont val="宋体"/><family val="3"/><charset val="134"/>')]
                x = '<c r="%s" s="3" t="inlineStr">%s</c>' % (ref, istr(t, rr))
            else:
                x = '<c r="%s" s="2" t="inlineStr">%s</c>' % (ref, istr(t))
            cells[(r, c)] = x
            if cell["cs"] > 1 or cell["rs"] > 1:
                merges.append("%s:%s%d" % (ref, col(c + cell["cs"] - 1), r + cell["rs"] - 1))
        last = max(r for r, _ in cells)
        rows = []
        for r in range(1, last + 1):
            rc = [cells[k] for k in sorted(cells) if k[0] == r]
            ht = ' ht="48" customHeight="1"' if any("goals" == cc for cc in ()) else ""
            rows.append('<row r="%d" spans="1:7"%s>%s</row>' % (r, ht, "".join(rc)))
        sheets.append('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                      '<dimension ref="A1:G%d"/><sheetViews><sheetView workbookViewId="0"%s/></sheetViews>'
                      '<sheetFormatPr defaultRowHeight="15"/><cols>%s</cols><sheetData>%s</sheetData>'
                      '<mergeCells count="%d">%s</mergeCells>'
                      '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
                      '</worksheet>' % (last, ' tabSelected="1"' if seq == 1 else "",
                                        "".join('<col min="%d" max="%d" width="%s" customWidth="1"/>' % (k + 1, k + 1, w)
                                                for k, w in enumerate((12, 12, 18, 14, 22, 14, 14))),
                                        "".join(rows), len(merges), "".join('<mergeCell ref="%s"/>' % m for m in merges)))
    names = ["%d、%s" % (s, p["name"]) for s, p in enumerate(f["projects"], 1)]
    n = len(sheets)
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        + "".join('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % (k + 1) for k in range(n)) +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
        '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>',
        "docProps/app.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
        '<Application>Apache POI</Application></Properties>',
        "docProps/core.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created><dc:creator>Apache POI</dc:creator></cp:coreProperties>' % STAMP,
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr date1904="false"/><bookViews><workbookView activeTab="0"/></bookViews><sheets>'
        + "".join('<sheet name="%s" r:id="rId%d" sheetId="%d"/>' % (escape(nm), k + 3, k + 1) for k, nm in enumerate(names)) +
        '</sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
        + "".join('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (k + 3, k + 1) for k in range(n)) +
        '</Relationships>',
        "xl/styles.xml": styles,
    }
    for k, s in enumerate(sheets):
        parts["xl/worksheets/sheet%d.xml" % (k + 1)] = s
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            zi = zipfile.ZipInfo(name, FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return out.getvalue()


# ---------------------------------------------------------------- x6: phonetic runs + a stale covered cell
def make_x6(f):
    """openpyxl workbook, then the shared-string table rewritten as Excel with a Chinese IME writes it: every <si>
    ends with <phoneticPr fontId="1" type="noConversion"/>, and the strings holding a place name given a 拼音指南
    (Home > 拼音指南 > 编辑拼音) carry <rPh sb eb><t>pinyin</t></rPh> (stored, not displayed: no ph="1" anywhere);
    each worksheet gets <phoneticPr fontId="1" type="noConversion"/> after <mergeCells>. On sheet 1 the covered cell
    G3 of the merged 项目名称 range E3:G3 keeps the text it held before the merge (a shared string), as Excel keeps
    a covered cell's value that a file brings in: only the anchor E3 is displayed or printed."""
    from lxml import etree
    data, anchors = xlsx_openpyxl(f)
    r, c, cell = anchors[(1, "name")]
    assert (r, c, cell["cs"]) == (3, 5, 3)
    stale_ref = "G3"
    NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    q = lambda t: "{%s}%s" % (NS, t)  # noqa: E731
    z = zipfile.ZipFile(io.BytesIO(data))
    sst = etree.fromstring(z.read("xl/sharedStrings.xml"))
    texts = ["".join(si.itertext()) for si in sst.findall(q("si"))]
    texts.append(f["stale"]["name_row"])
    new = etree.Element(q("sst"), nsmap={None: NS})
    total = 0
    for name in z.namelist():
        if name.startswith("xl/worksheets/sheet"):
            total += z.read(name).count(b't="s"')
    new.set("count", str(total + 1))
    new.set("uniqueCount", str(len(texts)))
    for t in texts:
        si = etree.SubElement(new, q("si"))
        te = etree.SubElement(si, q("t"))
        te.text = t
        if t != t.strip():
            te.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        for base, ph in sorted(f["phonetic"].items(), key=lambda kv: t.find(kv[0])):
            k = t.find(base)
            if k >= 0:
                rph = etree.SubElement(si, q("rPh"), sb=str(k), eb=str(k + len(base)))
                etree.SubElement(rph, q("t")).text = ph
        etree.SubElement(si, q("phoneticPr"), fontId="1", type="noConversion")
    sst_bytes = etree.tostring(new, xml_declaration=True, encoding="UTF-8", standalone=True)

    def edit(name, d):
        if name == "xl/sharedStrings.xml":
            return sst_bytes
        if name.startswith("xl/worksheets/sheet"):
            root = etree.fromstring(d)
            mc = root.find(q("mergeCells"))
            pp = etree.Element(q("phoneticPr"), fontId="1", type="noConversion")
            mc.addnext(pp)
            if name.endswith("sheet1.xml"):
                row = root.find(q("sheetData")).find(q("row[@r='3']"))
                cc = row.find(q("c[@r='%s']" % stale_ref))
                cc.set("t", "s")
                for ch in list(cc):
                    cc.remove(ch)
                etree.SubElement(cc, q("v")).text = str(len(texts) - 1)
            return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
        if name == "xl/styles.xml":
            assert d.count(b"<font>") + d.count(b"<font ") >= 2
        return d
    return repack(data, edit=edit)


MAKERS = {"x1": make_x1, "x2": make_x2, "x3": make_x3, "x4": make_x4, "x5": make_x5, "x6": make_x6}


def main():
    os.makedirs(BUILD, exist_ok=True)
    for sub in ("drafts", "expected"):
        os.makedirs(os.path.join(HERE, sub), exist_ok=True)
    for key, f in F.items():
        name = f["stem"] + "." + f["ext"]
        data = MAKERS[key](f)
        path = os.path.join(BUILD, name)
        with open(path, "wb") as fh:
            fh.write(data)
        shutil.copyfile(path, os.path.join(HERE, "drafts", name))
        g = G[f["stem"]]
        g["source"]["sha256"] = hashlib.sha256(data).hexdigest()
        with open(os.path.join(HERE, "expected", f["stem"] + ".gold.json"), "w", encoding="utf-8") as fh:
            json.dump(g, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print("%-45s %7d bytes  %s" % (name, len(data), g["source"]["sha256"][:16]))


if __name__ == "__main__":
    main()
