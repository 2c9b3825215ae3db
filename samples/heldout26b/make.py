"""Render every heldout26b draft FROM the facts in golds.py into /tmp/heldout26b_build, damage it the way it was damaged
on the way, copy it to drafts/, and write the golds (with source.sha256) to expected/ and the refusals to
expected/NAME.refusal.txt. Tools: python-docx (the Word form) exported to PDF by LibreOffice (k1, k2, k7;
own profile /tmp/lo_heldout26b), python-docx + Pillow (k3), openpyxl (k4), plain Python text (k5, k6); then the byte-level damage each quirk needs (documented per function: no
office tool writes damage on purpose). Zips are written with fixed timestamps, so a rebuild gives the same bytes.
Nothing is imported from jixiao. Run: /work/main/.venv/bin/python make.py"""
import hashlib, io, json, os, re, shutil, sys, zipfile, zlib
from html import escape

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from golds import F, G, REFUSAL, TITLE  # noqa: E402

BUILD = "/tmp/heldout26b_build"
FIXED = (2025, 1, 15, 9, 30, 0)
STAMP = "2025-01-15T09:30:00Z"


# ---------------------------------------------------------------- the seed form as a grid (7 columns)
def vtext(raw):
    return raw[2:] if raw.startswith("Q:") else raw


def form_grid(p):
    """rows of cells {t, cs, rs, k}."""
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


# ---------------------------------------------------------------- PDF (LibreOffice export of the Word form)
def lo_pdf(f):
    """the Word form (docx_form, python-docx) exported to PDF by LibreOffice writer_pdf_Export (Noto CJK subsets
    embedded, ToUnicode maps, Flate streams, classic xref). LO stamps the time: /CreationDate, /ID and /DocChecksum
    are set to fixed same-length values so a rebuild gives the same bytes."""
    import subprocess
    src = os.path.join(BUILD, f["stem"] + ".form.docx")
    with open(src, "wb") as fh:
        fh.write(docx_form(f))
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_heldout26b", "--headless", "--convert-to", "pdf",
                    "--outdir", BUILD, src], check=True, capture_output=True, timeout=180)
    with open(os.path.join(BUILD, f["stem"] + ".form.pdf"), "rb") as fh:
        pdf = fh.read()
    pdf = re.sub(rb"/CreationDate\(D:\d{14}", b"/CreationDate(D:20250115093000", pdf)
    pdf = re.sub(rb"<[0-9A-F]{32}>", b"<" + hashlib.md5(f["stem"].encode()).hexdigest().upper().encode() + b">", pdf)
    pdf = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + hashlib.md5(f["stem"].encode() + b"c")
                 .hexdigest().upper().encode(), pdf)
    return pdf


def streams(pdf):
    """(start, end, dict bytes) of every stream's data, its length resolved (LO writes /Length N 0 R)."""
    out = []
    for m in re.finditer(rb"(\d+) 0 obj\s*(<<(?:(?!endobj).)*?>>)\s*stream\r?\n", pdf, re.S):
        d = m.group(2)
        ln = re.search(rb"/Length\s+(\d+)(\s+0\s+R)?", d)
        n = int(ln.group(1))
        if ln.group(2):
            n = int(re.search(rb"(?:^|\n)%d 0 obj\s*(\d+)\s*endobj" % n, pdf).group(1))
        out.append((m.end(), m.end() + n, d))
    return out


def to_crlf(pdf):
    """the sender's file: the same PDF written with CR LF line ends (as Windows producers write them) — every LF
    OUTSIDE stream data becomes CR LF, stream data untouched, then a correct xref / startxref for those bytes."""
    out, pos = b"", 0
    for s, e, _ in streams(pdf):
        out += pdf[pos:s].replace(b"\n", b"\r\n") + pdf[s:e]
        pos = e
    out += pdf[pos:].replace(b"\n", b"\r\n")
    head = out[:out.rindex(b"\r\nxref\r\n") + 2]
    tail = out[out.rindex(b"trailer"):out.rindex(b"startxref")]
    offs = {int(m.group(1)): m.start() for m in re.finditer(rb"(?<=\n)(\d+) 0 obj", head)}
    n = max(offs) + 1
    x = b"xref\r\n0 %d\r\n0000000000 65535 f\r\n" % n + b"".join(b"%010d 00000 n\r\n" % offs[i] for i in range(1, n))
    return head + x + tail + b"startxref\r\n%d\r\n%%%%EOF\r\n" % len(head)


def make_k1(f):
    """The sender's file (to_crlf of the LO export, kept as BUILD/STEM.sender_crlf.pdf), then the DAMAGE: a mail
    gateway that treated the attachment as text rewrote every CR LF to LF — in the structure, so every xref offset
    and startxref now point past the objects they name, and the xref entries are 19 bytes instead of 20. The page's content stream and the ToUnicode maps hold no CR LF
    pair and came through unchanged; two embedded Type 1 font programs each held one (binary Flate data) and lost a
    byte, so their /Length is one too long and their data no longer inflates (asserted here and in check.py)."""
    crlf = to_crlf(lo_pdf(f))
    with open(os.path.join(BUILD, f["stem"] + ".sender_crlf.pdf"), "wb") as fh:
        fh.write(crlf)
    hit = [d for s, e, d in streams(crlf) if b"\r\n" in crlf[s:e]]
    assert hit and all(b"/Length1" in d for d in hit)   # only embedded font programs hold a CR LF pair
    return crlf.replace(b"\r\n", b"\n")


HTML_TAIL = ("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>系统提示</title>\n</head>\n<body>\n"
             "<div class=\"err\">\n<h3>系统提示</h3>\n<p>会话已超时，请重新登录后再进行下载操作。</p>\n"
             "<p><a href=\"/login.jsp\">返回登录</a></p>\n</div>\n</body>\n</html>\n")


def make_k2(f):
    """LibreOffice PDF (compressed streams), then the DAMAGE: the portal's download servlet wrote the file and then
    its own error page into the same response (a session timeout page), so an HTML page follows %%EOF.
    It is shorter than 1024 bytes, so %%EOF is still inside the last 1 KB where Acrobat looks for it."""
    pdf = lo_pdf(f)
    tail = HTML_TAIL.encode("utf-8")
    assert len(tail) < 1024 - 8
    return pdf + tail


# ---------------------------------------------------------------- .docx (python-docx + Pillow thumbnail)
def docx_form(f):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(9)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for a in ("left_margin", "right_margin"):
        setattr(sec, a, Cm(2.0))
    cp = doc.core_properties
    cp.author = cp.last_modified_by = "Administrator"
    cp.title = TITLE
    cp.revision = 4
    h = doc.add_paragraph()
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = h.add_run(TITLE)
    r.bold, r.font.size = True, Pt(18)
    widths = [Cm(x) for x in (2.2, 3.0, 4.2, 3.6, 6.6, 3.4, 2.7)]
    for seq, p in enumerate(f["projects"], 1):
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
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def thumbnail_jpeg():
    """the first-page thumbnail Word saves with "Save thumbnail" (docProps/thumbnail.jpeg): a small grey page."""
    from PIL import Image, ImageDraw
    im = Image.new("L", (256, 181), 255)
    d = ImageDraw.Draw(im)
    d.rectangle([70, 8, 186, 14], fill=60)
    d.rectangle([80, 20, 176, 25], fill=90)
    for y in range(34, 171, 9):
        d.line([18, y, 238, y], fill=120)
    for x in (18, 40, 64, 98, 180, 210, 238):
        d.line([x, 34, x, 169], fill=120)
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=75)
    return buf.getvalue()


class _NoSeek(io.RawIOBase):
    """a write-only stream: zipfile then writes every member with a data descriptor (flag bit 3), as Java's
    ZipOutputStream (the portal's repacker) does."""
    def __init__(self):
        self.buf = bytearray()

    def writable(self):
        return True

    def write(self, b):
        self.buf += b
        return len(b)


THUMB = "docProps/thumbnail.jpeg"


def make_k3(f):
    """python-docx .docx with a first-page thumbnail (docProps/thumbnail.jpeg, package relationship
    .../metadata/thumbnail, content type image/jpeg: the template's part, its bytes replaced by Pillow's); the portal's Java repacker re-zipped it streaming (every member with a DATA DESCRIPTOR, the CRC and
    sizes after the data; the thumbnail STORED, as already-compressed images are), then the DAMAGE: years on an old
    disk flipped one byte inside the thumbnail's stored JPEG data, so its CRC-32 (data descriptor and central
    directory) no longer matches. document.xml and every other member are intact."""
    src = zipfile.ZipFile(io.BytesIO(docx_form(f)))
    parts = []
    for info in src.infolist():
        data = src.read(info.filename)
        if info.filename == "docProps/core.xml":
            data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", lambda m: m.group(1) + STAMP.encode(), data)
        if info.filename == THUMB:   # python-docx's template already carries the thumbnail part + relationship
            data = thumbnail_jpeg()
        parts.append((info.filename, data))
    sink = _NoSeek()
    with zipfile.ZipFile(sink, "w") as z:
        for name, data in parts:
            zi = zipfile.ZipInfo(name, FIXED)
            zi.compress_type = zipfile.ZIP_STORED if name == THUMB else zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    pkg = bytearray(sink.buf)
    # the flipped byte: inside the thumbnail's entropy-coded scan data, 64 bytes before its end
    z = zipfile.ZipFile(io.BytesIO(bytes(pkg)))
    zi = z.getinfo(THUMB)
    lh = zi.header_offset
    nlen, xlen = int.from_bytes(pkg[lh + 26:lh + 28], "little"), int.from_bytes(pkg[lh + 28:lh + 30], "little")
    at = lh + 30 + nlen + xlen + zi.compress_size - 64
    pkg[at] ^= 0x10
    return bytes(pkg)


# ---------------------------------------------------------------- .xlsx (openpyxl + the exporter's stale counters)
def xlsx_openpyxl(f):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    wb = Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    song = Font(name="宋体", size=10)
    for seq, p in enumerate(f["projects"], 1):
        ws = wb.create_sheet("%d、%s" % (seq, p["name"])[:31])
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
    wb.properties.creator = "Administrator"
    wb.properties.created = wb.properties.modified = __import__("datetime").datetime(2025, 1, 15, 9, 30)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


STALE_DIM = "A1:G9"   # the header block the exporter had written when it wrote <dimension>


def make_k4(f):
    """openpyxl workbook; its inline strings moved to xl/sharedStrings.xml (as Excel and exporters keep them), with
    the DAMAGE a streaming exporter writes: the <sst count uniqueCount> and <dimension ref> written BEFORE the rows,
    from the header block only (rows 1-9): count = uniqueCount = the strings of rows 1-9, dimension A1:G9, while the
    sheet's cells run to row 7 + 1 + indicators and the part holds every string."""
    from lxml import etree
    data = xlsx_openpyxl(f)
    NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    q = lambda t: "{%s}%s" % (NS, t)  # noqa: E731
    z = zipfile.ZipFile(io.BytesIO(data))
    idx, sheets, early = {}, {}, set()
    for name in sorted(n for n in z.namelist() if n.startswith("xl/worksheets/sheet")):
        root = etree.fromstring(z.read(name))
        for c in root.iter(q("c")):
            if c.get("t") == "inlineStr":
                t = "".join(c.find(q("is")).itertext())
                c.remove(c.find(q("is")))
                c.set("t", "s")
                etree.SubElement(c, q("v")).text = str(idx.setdefault(t, len(idx)))
                row = int(re.match(r"[A-Z]+(\d+)", c.get("r")).group(1))
                if row <= 9:
                    early.add(t)
        root.find(q("dimension")).set("ref", STALE_DIM)
        sheets[name] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    sst = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="%s" count="%d" uniqueCount="%d">'
           % (NS, len(early), len(early))]
    for t in idx:
        sst.append("<si><t>%s</t></si>" % escape(t, False))
    sst.append("</sst>")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zo:
        for info in z.infolist():
            d = z.read(info.filename)
            if info.filename in sheets:
                d = sheets[info.filename]
            elif info.filename == "docProps/core.xml":   # openpyxl stamps `modified` with the clock
                d = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", lambda m: m.group(1) + STAMP.encode(), d)
            elif info.filename == "[Content_Types].xml":
                d = d.replace(b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                              b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
            elif info.filename == "xl/_rels/workbook.xml.rels":
                d = d.replace(b"</Relationships>", b'<Relationship Id="rIdSst" Type="http://schemas.openxmlformats.org/'
                              b'officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
                              b"</Relationships>")
            zi = zipfile.ZipInfo(info.filename, FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zo.writestr(zi, d)
        zi = zipfile.ZipInfo("xl/sharedStrings.xml", FIXED)
        zi.compress_type = zipfile.ZIP_DEFLATED
        zo.writestr(zi, "".join(sst).encode("utf-8"))
    return out.getvalue()


# ---------------------------------------------------------------- text (seed style: tab rows)
def text_lines(f):
    """the form as the seed's text rendering: headline, form title, `code dept`, `单位：万元`, then one line per grid
    row, cells apart by TAB (covered cells empty). Returns (lines, {indicator seq: line index})."""
    lines, where = [TITLE, ""], {}
    for seq, p in enumerate(f["projects"], 1):
        lines += [form_title(seq, p), "", "%s %s" % (f["code"], f["dept"]), "", "单位：万元", ""]
        pl = place(form_grid(p))
        nrows = max(i for i, _, _ in pl) + 1
        m = [[""] * 7 for _ in range(nrows)]
        for i, c, cell in pl:
            m[i][c] = "" if cell["t"] is None else cell["t"].replace("\n", "")
        for i, row in enumerate(m):
            if i >= 7:
                where[i - 6] = len(lines)
            lines.append("\t".join(row).rstrip("\t") if i < 7 else "\t".join(row))
        lines.append("")
    return lines, where


def make_k5(f):
    """UTF-8 text, LF; the DAMAGE: indicator rows 5-8 were pasted in from the department's old GBK text file by a
    tool that copied bytes, not characters — those four lines are GBK bytes (invalid as UTF-8) inside a UTF-8 file."""
    lines, where = text_lines(f)
    a, b = f["gbk_rows"]
    gbk = {where[j] for j in range(a, b + 1)}
    out = b""
    for k, ln in enumerate(lines):
        out += (ln.encode("gbk") if k in gbk else ln.encode("utf-8")) + b"\n"
    return out


def make_k6(f):
    """the same rendering saved as UTF-16LE with CRLF and NO byte order mark (a .NET export written with
    Encoding.Unicode.GetBytes, which emits no preamble)."""
    lines, _ = text_lines(f)
    return ("\r\n".join(lines) + "\r\n").encode("utf-16-le")


# ---------------------------------------------------------------- negatives
def make_k7(f):
    """LibreOffice PDF (the complete file is kept as BUILD/STEM.complete.pdf), then the DAMAGE: the download stopped
    part-way (F["keep"]) through the page's content stream — LO writes that stream as object 2, right after the
    header, so the file ends inside its Flate data: no endstream, no font, no page object, no xref, no trailer, no
    %%EOF."""
    pdf = lo_pdf(f)
    with open(os.path.join(BUILD, f["stem"] + ".complete.pdf"), "wb") as fh:
        fh.write(pdf)
    # the page's content stream: the object the page's /Contents names
    num = int(re.search(rb"/Contents\s*(\d+) 0 R", pdf).group(1))
    m = re.search(rb"(?:^|\n)%d 0 obj\s*<<[^>]*>>\s*stream\r?\n" % num, pdf)
    s = m.end()
    e = [b for a, b, _ in streams(pdf) if a == s][0]
    return pdf[: s + int((e - s) * f["keep"])]


def make_k8(f):
    """a download manager preallocated the file at the announced size and the transfer never wrote a byte."""
    return b"\x00" * f["size"]


MAKERS = {"k1": make_k1, "k2": make_k2, "k3": make_k3, "k4": make_k4, "k5": make_k5, "k6": make_k6, "k7": make_k7,
          "k8": make_k8}


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
        if f["neg"]:
            with open(os.path.join(HERE, "expected", f["stem"] + ".refusal.txt"), "w", encoding="utf-8") as fh:
                fh.write(REFUSAL[f["stem"]] + "\n")
        else:
            g = G[f["stem"]]
            g["source"]["sha256"] = hashlib.sha256(data).hexdigest()
            with open(os.path.join(HERE, "expected", f["stem"] + ".gold.json"), "w", encoding="utf-8") as fh:
                json.dump(g, fh, ensure_ascii=False, indent=1)
                fh.write("\n")
        print("%-55s %7d bytes  %s" % (name, len(data), hashlib.sha256(data).hexdigest()[:16]))


if __name__ == "__main__":
    main()
