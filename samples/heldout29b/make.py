"""Render every heldout29b draft FROM the facts in golds.py (no jixiao) into /tmp/heldout29b_build, copy to drafts/,
and write expected/NAME.gold.json with source.sha256.
python-docx builds each form (A4 landscape, 宋体 10.5 pt, title, department line, a 5-column header table and a
6-column indicator table — 4 columns for the department form d3 — via add_table + cell.merge); lxml then edits the
python-docx element tree before saving, adding what python-docx has no API for:
  w:sdt content controls — block-level around a whole table (d1), run-level inside a cell's paragraph (d1, d5),
    around a cell's paragraph (w:tc/w:sdt/w:sdtContent/w:p, d2), around table rows as a w15:repeatingSection of
    w15:repeatingSectionItem rows (d6); w:alias / w:tag / w:id, w:showingPlcHdr with the placeholder text for the
    fields left empty, w:dropDownList (displayText != value) and w:date (w:fullDate, dateFormat) controls;
  legacy FORMTEXT fields (w:fldChar begin with w:ffData · w:instrText FORMTEXT · separate · result runs · end,
    number-type fields with format #,##0.00, results split over several runs, one unfilled with five U+2002) (d3);
  DOCPROPERTY fields as w:fldSimple and MERGEFIELD fields as complex fields with their result text (d4, d6);
  text boxes: mc:AlternateContent with wps:txbx (DrawingML, mc:Choice) AND v:textbox (VML, mc:Fallback), the same
    w:txbxContent in both (d3, d5, d6);
  floating tables: w:tblpPr + w:tblOverlap in the header table's w:tblPr (d4, d5).
The zip is then rewritten with a fixed order and fixed timestamps (docx bytes are deterministic); d4 / d6 get
docProps/custom.xml (部门编码) and app.xml <Company>. d5 is converted to PDF by LibreOffice (own profile)."""
import copy, datetime, hashlib, io, json, os, re, shutil, subprocess, sys, zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from lxml import etree

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import golds  # noqa: E402

BUILD = "/tmp/heldout29b_build"
PROFILE = "file:///tmp/lo_heldout29b"
NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "w15": "http://schemas.microsoft.com/office/word/2012/wordml",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "v": "urn:schemas-microsoft-com:vml",
    "o": "urn:schemas-microsoft-com:office:office",
    "w10": "urn:schemas-microsoft-com:office:word",
}
DECL = " ".join(f'xmlns:{k}="{v}"' for k, v in NS.items())
W15 = "{%s}" % NS["w15"]
PH_TEXT = "单击此处输入文字。"
PH_DROP = "选择一项。"
BASES = [("工作计划", "1"), ("行业标准", "2"), ("历史标准", "3"), ("其他标准", "4")]
L2_ITEMS = [("数量指标", "11"), ("质量指标", "12"), ("时效指标", "13"), ("成本指标", "14"), ("经济效益指标", "21"),
            ("社会效益指标", "22"), ("生态效益指标", "23"), ("可持续影响指标", "24"), ("服务对象满意度指标", "31")]
FIXED = (2025, 3, 15, 9, 30, 0)


def X(s):
    """parse an XML fragment (one element) with the document's namespaces declared."""
    return etree.fromstring(f"<w:wrap {DECL}>{s}</w:wrap>")[0]


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def R(text, grey=False, bold=False):
    rpr = ""
    if grey or bold:
        rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + ('<w:color w:val="808080"/>' if grey else "") + "</w:rPr>"
    return X(f'<w:r>{rpr}<w:t xml:space="preserve">{esc(text)}</w:t></w:r>')


class Ids:
    n = 100

    @classmethod
    def next(cls):
        cls.n += 1
        return cls.n


def sdt(children, alias, tag, kind="text", ph=None, items=None, chosen=None, date=None, extra=""):
    """a w:sdt holding `children` in its w:sdtContent. kind: text | rich | drop | date | none."""
    pr = f'<w:alias w:val="{alias}"/><w:tag w:val="{tag}"/><w:id w:val="{-1854000000 + Ids.next()}"/>'
    if ph is not None:
        pr += "<w:showingPlcHdr/>"
    if kind == "text":
        pr += "<w:text/>"
    elif kind == "drop":
        last = f' w:lastValue="{chosen}"' if chosen is not None else ""
        pr += f"<w:dropDownList{last}>" + f'<w:listItem w:displayText="{PH_DROP}" w:value=""/>' + "".join(
            f'<w:listItem w:displayText="{d}" w:value="{v}"/>' for d, v in items) + "</w:dropDownList>"
    elif kind == "date":
        pr += (f'<w:date w:fullDate="{date}T00:00:00Z"><w:dateFormat w:val="yyyy\'年\'M\'月\'d\'日\'"/>'
               '<w:lid w:val="zh-CN"/><w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>')
    pr += extra
    el = X(f"<w:sdt><w:sdtPr>{pr}</w:sdtPr><w:sdtContent/></w:sdt>")
    c = el.find(qn("w:sdtContent"))
    for ch in children:
        c.append(ch)
    return el


def fld_complex(instr, result_runs, ffdata=None):
    """begin · instrText · separate · result · end (a list of runs)."""
    ff = f"<w:ffData>{ffdata}</w:ffData>" if ffdata else ""
    out = [X(f'<w:r><w:fldChar w:fldCharType="begin">{ff}</w:fldChar></w:r>'),
           X(f'<w:r><w:instrText xml:space="preserve">{esc(instr)}</w:instrText></w:r>'),
           X('<w:r><w:fldChar w:fldCharType="separate"/></w:r>')]
    out += result_runs
    out.append(X('<w:r><w:fldChar w:fldCharType="end"/></w:r>'))
    return out


class FF:
    n = 0


def formtext(pieces, number=False):
    """a legacy FORMTEXT field (with its bookmark) showing `pieces` (result split over runs)."""
    FF.n += 1
    name = f"Text{FF.n}"
    ti = '<w:textInput><w:type w:val="number"/><w:format w:val="#,##0.00"/></w:textInput>' if number else \
        "<w:textInput/>"
    ffd = f'<w:name w:val="{name}"/><w:enabled/><w:calcOnExit w:val="0"/>{ti}'
    runs = [R(p) for p in pieces]
    return ([X(f'<w:bookmarkStart w:id="{FF.n}" w:name="{name}"/>')] + fld_complex(" FORMTEXT ", runs, ffd)
            + [X(f'<w:bookmarkEnd w:id="{FF.n}"/>')])


def fld_simple(instr, text):
    return X(f'<w:fldSimple w:instr="{esc(instr)}"><w:r><w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:fldSimple>')


def split_value(v):
    """a filled-in value typed in pieces (comparator · number · unit), as Word keeps them after edits."""
    m = re.match(r"^([≥≤=<>]?)([0-9.,]*)(.*)$", v)
    return [x for x in m.groups() if x] or [v]


# ---------------------------------------------------------------- text box (mc:AlternateContent: wps Choice + VML Fallback)
def textbox_run(paras, cx_cm=24.0, cy_cm=2.2, shape_id=1):
    """paras: list of lists of run/field elements (one list per paragraph; first paragraph bold centred title)."""
    def content():
        tc = X("<w:txbxContent/>")
        for i, runs in enumerate(paras):
            p = X('<w:p><w:pPr><w:jc w:val="%s"/></w:pPr></w:p>' % ("center" if i == 0 else "left"))
            for r in runs:
                p.append(copy.deepcopy(r))
            tc.append(p)
        return tc
    cx, cy = int(cx_cm * 360000), int(cy_cm * 360000)
    wpt, hpt = cx_cm * 28.3465, cy_cm * 28.3465
    run = X(f"""<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="{251659264 + shape_id}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/><wp:docPr id="{shape_id}" name="文本框 {shape_id}"/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr><wps:txbx/><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype><v:shape id="文本框 {shape_id}" o:spid="_x0000_s{1025 + shape_id}" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:0;width:{wpt:.1f}pt;height:{hpt:.1f}pt;z-index:{251659264 + shape_id};visibility:visible;mso-wrap-style:square;mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical-relative:text" filled="f" stroked="f"><v:textbox/><w10:wrap type="topAndBottom" anchorx="margin"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>""")
    run.find(".//{%s}txbx" % NS["wps"]).append(content())
    run.find(".//{%s}textbox" % NS["v"]).append(content())
    return run


def floating(table, y_twips=0):
    tblPr = table._tbl.tblPr
    after = tblPr.find(qn("w:tblStyle"))
    pos = X(f'<w:tblpPr w:leftFromText="180" w:rightFromText="180" w:vertAnchor="text" w:horzAnchor="margin" '
            f'w:tblpXSpec="center" w:tblpY="{y_twips}"/>')
    ovl = X('<w:tblOverlap w:val="never"/>')
    idx = list(tblPr).index(after) + 1 if after is not None else 0
    tblPr.insert(idx, pos)
    tblPr.insert(idx + 1, ovl)


# ---------------------------------------------------------------- python-docx skeleton
def new_doc(f):
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for s in ("left_margin", "right_margin"):
        setattr(sec, s, Cm(2.0))
    sec.top_margin, sec.bottom_margin = Cm(1.8), Cm(1.8)
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    st.paragraph_format.space_after = Pt(0)
    cp = doc.core_properties
    cp.author, cp.last_modified_by = f["bureau"], f["dept"]
    cp.title, cp.comments = "", ""
    cp.created = datetime.datetime(2025, 2, 20, 8, 0, 0)
    cp.modified = datetime.datetime(2025, 3, 15, 9, 30, 0)
    cp.revision = 3
    return doc


def para(doc, text="", bold=False, center=False, size=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def put(cell, text, bold=False, center=True):
    p = cell.paragraphs[0]
    if text:
        r = p.add_run(text)
        r.bold = bold
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def widths(table, cm):
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for c, w in zip(row.cells, cm):
            c.width = Cm(w)


def cellp(cell):
    return cell.paragraphs[0]._p


def header_table(doc, p, mode):
    """5-column header block. mode tells how a value is filled: plain | runsdt | merge. Returns the table."""
    t = doc.add_table(rows=6, cols=5)
    t.style = "Table Grid"
    widths(t, [3.6, 5.0, 3.6, 3.6, 9.8])
    c = t.rows
    total, fiscal, other = p["amt"]

    def val(cell, text, tag, alias, number=False):
        par = put(cell, "")
        pe = par._p
        if mode == "plain":
            if text:
                pe.append(R(text))
        elif mode == "runsdt":
            if text:
                pe.append(sdt([R(text)], alias, tag))
            else:
                pe.append(sdt([R(PH_TEXT, grey=True)], alias, tag, ph=True))
        elif mode == "merge":
            instr = f" MERGEFIELD {alias} " + (r'\# "#,##0.00" ' if number else "")
            shown = (f"{float(text):,.2f}" if number else text) if text else ""
            for el in fld_complex(instr, [R(shown)] if shown else []):
                pe.append(el)
    put(c[0].cells[0], "项目编码", bold=True)
    val(c[0].cells[1], p["code"], "xmbm", "项目编码")
    put(c[0].cells[2], "项目名称", bold=True)
    nm = c[0].cells[3].merge(c[0].cells[4])
    val(nm, p["name"], "xmmc", "项目名称")
    lab = c[1].cells[0].merge(c[2].cells[0])
    put(lab, "预算规模及资金用途", bold=True)
    for j, h in enumerate(["预算数", "其中：财政资金", "其他资金", "资金用途"], 1):
        put(c[1].cells[j], h, bold=True)
    val(c[2].cells[1], total, "ysze", "预算数", True)
    val(c[2].cells[2], fiscal, "czzj", "财政资金", True)
    val(c[2].cells[3], other, "qtzj", "其他资金", True)
    val(c[2].cells[4], p["purpose"], "zjyt", "资金用途")
    lab = c[3].cells[0].merge(c[4].cells[0])
    put(lab, "资金支出计划（%）", bold=True)
    for j, (m, pct) in enumerate(p["plan"], 1):
        put(c[3].cells[j], f"{m}月底", bold=True)
        put(c[4].cells[j], str(pct))
    put(c[5].cells[0], "年度绩效目标", bold=True)
    g = c[5].cells[1].merge(c[5].cells[4])
    for k, goal in enumerate(p["goals"], 1):
        par = g.paragraphs[0] if k == 1 else g.add_paragraph()
        par.add_run(f"{k}、{goal}")
    return t


def indicator_table(doc, rows, merge_levels=True, ncols=6):
    heads = ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"] if ncols == 6 else \
        ["一级指标", "二级指标", "三级指标", "指标值"]
    t = doc.add_table(rows=1 + len(rows), cols=ncols)
    t.style = "Table Grid"
    widths(t, [2.2, 3.6, 5.2, 7.6, 4.0, 3.0] if ncols == 6 else [4.0, 5.0, 10.0, 6.0])
    for j, h in enumerate(heads):
        put(t.rows[0].cells[j], h, bold=True)
    for i, r in enumerate(rows, 1):
        cells = t.rows[i].cells
        for j in range(ncols):
            if j < 2 and merge_levels and i > 1 and rows[i - 2][j] == r[j] and (j == 0 or rows[i - 2][0] == r[0]):
                continue
            if j == 4 or (ncols == 4 and j == 3):
                put(cells[j], "")           # value cells are filled by the draft's own filler
            elif j == 5:
                put(cells[j], "")
            else:
                put(cells[j], r[j], center=j < 2)
    if merge_levels:
        for j in (0, 1):
            start = 1
            for i in range(2, len(rows) + 2):
                same = i <= len(rows) and rows[i - 1][j] == rows[start - 1][j] and rows[i - 1][0] == rows[start - 1][0]
                if not same:
                    if i - 1 > start:
                        t.cell(start, j).merge(t.cell(i - 1, j))
                    start = i
    return t


def dept_line(doc, f):
    p = doc.add_paragraph()
    p.add_run(f"{f['code']} {f['dept']}")
    p.add_run("\t\t\t\t\t\t\t\t\t单位：万元")
    return p


# ---------------------------------------------------------------- the six drafts
def d1(f):
    doc = new_doc(f)
    para(doc, TITLE_OF(f), bold=True, center=True, size=16)
    for i, p in enumerate(f["projects"], 1):
        if i > 1:
            doc.add_page_break()
        para(doc, f"{i}、{p['name']}绩效目标表", bold=True, center=True, size=14)
        dept_line(doc, f)
        header_table(doc, p, "runsdt")
        para(doc)
        t = indicator_table(doc, p["rows"])
        for k, r in enumerate(p["rows"], 1):
            cells = t.rows[k].cells
            pv = cellp(cells[4])
            if r[4]:
                pv.append(R(r[4].replace("Q:", "")))
            else:
                pv.append(sdt([R(PH_TEXT, grey=True)], "指标值", "zbz", ph=True))
            cellp(cells[5]).append(R(r[5]))
        tbl = t._tbl
        parent = tbl.getparent()
        idx = parent.index(tbl)
        box = sdt([], "绩效指标表", "jxzbb", kind="rich")
        parent.insert(idx, box)
        box.find(qn("w:sdtContent")).append(tbl)
        para(doc, "填报单位（盖章）：" + f["dept"] + "　　　　填报人：　　　　联系电话：")
    return doc


def d2(f):
    doc = new_doc(f)
    para(doc, TITLE_OF(f), bold=True, center=True, size=16)
    for i, p in enumerate(f["projects"], 1):
        if i > 1:
            doc.add_page_break()
        para(doc, f"{i}、{p['name']}绩效目标表", bold=True, center=True, size=14)
        dept_line(doc, f)
        header_table(doc, p, "plain")
        para(doc)
        t = indicator_table(doc, p["rows"])
        for k, r in enumerate(p["rows"], 1):
            cells = t.rows[k].cells
            # 指标值: a cell-level control around the cell's paragraph (date picker where the value is a date)
            pv = cellp(cells[4])
            pv.append(R(r[4].replace("Q:", "")))
            tc = pv.getparent()
            idx = tc.index(pv)
            m = re.fullmatch(r"Q:(\d{4})年(\d{1,2})月(\d{1,2})日", r[4])
            if m:
                iso = f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
                box = sdt([pv], "完成日期", "wcrq", kind="date", date=iso)
            else:
                box = sdt([pv], "指标值", "zbz", kind="text")
            tc.insert(idx, box)
            # 依据: a drop-down control around the cell's paragraph; displayText shown, w:value a code
            pb = cellp(cells[5])
            tc = pb.getparent()
            idx = tc.index(pb)
            if r[5]:
                pb.append(R(r[5]))
                val = dict(BASES)[r[5]]
                box = sdt([pb], "指标值确定依据", "yj", kind="drop", items=BASES, chosen=val)
            else:
                pb.append(R(PH_DROP, grey=True))
                box = sdt([pb], "指标值确定依据", "yj", kind="drop", items=BASES, ph=True)
            tc.insert(idx, box)
        pd = para(doc, "填报日期：")
        pd._p.append(sdt([R("2025年3月15日")], "填报日期", "tbrq", kind="date", date="2025-03-15"))
    return doc


def d3(f):
    doc = new_doc(f)
    p0 = doc.add_paragraph()
    p0._p.append(textbox_run([
        [R(f["title"], bold=True)],
        [R(f"部门（单位）名称：{f['dept']}　　　　部门编码：{f['code']}　　　　单位：万元")]], cy_cm=2.0))
    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    widths(t, [4.0, 6.4, 6.4, 6.6])
    c = t.rows
    put(c[0].cells[0], "部门（单位）名称", bold=True)
    pe = cellp(c[0].cells[1])
    for el in formtext([f["dept"]]):
        pe.append(el)
    put(c[0].cells[2], "部门编码", bold=True)
    pe = cellp(c[0].cells[3])
    for el in formtext([f["code"]]):
        pe.append(el)
    lab = c[1].cells[0].merge(c[2].cells[0])
    put(lab, "年度预算（万元）", bold=True)
    for j, h in enumerate(["预算数", "其中：财政资金", "其他资金"], 1):
        put(c[1].cells[j], h, bold=True)
    for j, a in enumerate(f["amt"], 1):
        pe = put(c[2].cells[j], "")._p
        for el in formtext([f"{float(a):,.2f}"], number=True):
            pe.append(el)
    put(c[3].cells[0], "年度绩效目标", bold=True)
    g = c[3].cells[1].merge(c[3].cells[3])
    for k, goal in enumerate(f["goals"], 1):
        par = g.paragraphs[0] if k == 1 else g.add_paragraph()
        for el in formtext([f"{k}、", goal[:6], goal[6:]]):
            par._p.append(el)
    para(doc)
    ti = indicator_table(doc, f["rows"], ncols=4)
    for k, r in enumerate(f["rows"], 1):
        pv = cellp(ti.rows[k].cells[3])
        pieces = split_value(r[3]) if r[3] else ["\u2002" * 5]
        for el in formtext(pieces):
            pv.append(el)
    para(doc, "填报单位（盖章）：　　　　　　　　单位负责人：　　　　　　　　填报日期：2025年3月15日")
    return doc


def d4(f):
    doc = new_doc(f)
    para(doc, TITLE_OF(f), bold=True, center=True, size=16)
    for i, p in enumerate(f["projects"], 1):
        if i > 1:
            doc.add_page_break()
        para(doc, f"{i}、{p['name']}绩效目标表", bold=True, center=True, size=14)
        dl = doc.add_paragraph()
        dl._p.append(fld_simple(r" DOCPROPERTY  部门编码  \* MERGEFORMAT ", f["code"]))
        dl._p.append(R(" "))
        dl._p.append(fld_simple(r" DOCPROPERTY  Company  \* MERGEFORMAT ", f["dept"]))
        dl._p.append(R("\t\t\t\t\t\t\t\t\t单位：万元"))
        ht = header_table(doc, p, "merge")
        floating(ht, 0)
        para(doc)
        t = indicator_table(doc, p["rows"])
        for k, r in enumerate(p["rows"], 1):
            cells = t.rows[k].cells
            cellp(cells[4]).append(R(r[4].replace("Q:", "")))
            cellp(cells[5]).append(R(r[5]))
    return doc


def d5(f):
    doc = new_doc(f)
    p0 = doc.add_paragraph()
    p0._p.append(textbox_run([
        [R(TITLE_OF(f), bold=True)],
        [R(f"{f['code']} {f['dept']}　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　单位：万元")]], cy_cm=1.8))
    for i, p in enumerate(f["projects"], 1):
        para(doc, f"{i}、{p['name']}绩效目标表", bold=True, center=True, size=14)
        ht = header_table(doc, p, "runsdt")
        floating(ht, 120)
        para(doc)
        t = indicator_table(doc, p["rows"])
        for k, r in enumerate(p["rows"], 1):
            cells = t.rows[k].cells
            cellp(cells[4]).append(R(r[4].replace("Q:", "")))
            cellp(cells[5]).append(R(r[5]))
    return doc


def d6(f):
    doc = new_doc(f)
    p0 = doc.add_paragraph()
    p0._p.append(textbox_run([
        [R(TITLE_OF(f), bold=True)],
        [fld_simple(r" DOCPROPERTY  部门编码  \* MERGEFORMAT ", f["code"]), R(" "),
         fld_simple(r" DOCPROPERTY  Company  \* MERGEFORMAT ", f["dept"]),
         R("　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　单位：万元")]], cy_cm=1.8))
    for i, p in enumerate(f["projects"], 1):
        if i > 1:
            doc.add_page_break()
        para(doc, f"{i}、{p['name']}绩效目标表", bold=True, center=True, size=14)
        header_table(doc, p, "plain")
        para(doc)
        t = indicator_table(doc, p["rows"], merge_levels=False)
        tbl = t._tbl
        trs = tbl.findall(qn("w:tr"))[1:]
        for k, r in enumerate(p["rows"], 1):
            cells = t.rows[k].cells
            p2 = cellp(cells[1])
            for rr in p2.findall(qn("w:r")):
                p2.remove(rr)
            p2.append(sdt([R(r[1])], "二级指标", "ejzb", kind="drop", items=L2_ITEMS, chosen=dict(L2_ITEMS)[r[1]]))
            cellp(cells[4]).append(R(r[4].replace("Q:", "")))
            cellp(cells[5]).append(R(r[5]))
        items = []
        for tr in trs:
            tbl.remove(tr)
            items.append(sdt([tr], "", "", kind="none", extra="<w15:repeatingSectionItem/>"))
        for el in items:
            el.find(qn("w:sdtPr")).remove(el.find(qn("w:sdtPr")).find(qn("w:alias")))
            el.find(qn("w:sdtPr")).remove(el.find(qn("w:sdtPr")).find(qn("w:tag")))
        outer = sdt(items, "绩效指标", "jxzb_rs", kind="none", extra="<w15:repeatingSection/>")
        tbl.append(outer)
    return doc


def TITLE_OF(f):
    return f.get("title", golds.TITLE)


BUILDERS = {"d1": d1, "d2": d2, "d3": d3, "d4": d4, "d5": d5, "d6": d6}
ORDER = ["[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml", "docProps/custom.xml",
         "word/document.xml", "word/_rels/document.xml.rels", "word/styles.xml", "word/stylesWithEffects.xml",
         "word/settings.xml", "word/webSettings.xml", "word/fontTable.xml", "word/numbering.xml",
         "word/theme/theme1.xml", "customXml/item1.xml", "customXml/_rels/item1.xml.rels", "customXml/itemProps1.xml",
         "docProps/thumbnail.jpeg"]
CUSTOM = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/'
          'officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
          'docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="部门编码">'
          '<vt:lpwstr>%s</vt:lpwstr></property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" '
          'name="填报年度"><vt:lpwstr>2025</vt:lpwstr></property></Properties>')


def finish(doc, f, key, out):
    b = io.BytesIO()
    doc.save(b)
    zin = zipfile.ZipFile(b)
    parts = {n: zin.read(n) for n in zin.namelist()}
    xml = parts["word/document.xml"].decode("utf-8")
    # declare w15 and a on the root, mark w15 ignorable (Word 2010 skips repeating sections)
    xml = xml.replace('mc:Ignorable="w14 wp14"',
                      f'xmlns:w15="{NS["w15"]}" xmlns:a="{NS["a"]}" mc:Ignorable="w14 w15 wp14"', 1)
    root = etree.fromstring(xml.encode("utf-8"))
    etree.cleanup_namespaces(root, top_nsmap={k: v for k, v in NS.items()}, keep_ns_prefixes=list(NS))
    parts["word/document.xml"] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    app = parts["docProps/app.xml"].decode("utf-8")
    if key in ("d4", "d6"):
        app = app.replace("<Company/>", f"<Company>{f['dept']}</Company>")
        parts["docProps/custom.xml"] = (CUSTOM % f["code"]).encode("utf-8")
        ct = parts["[Content_Types].xml"].decode("utf-8").replace(
            "</Types>", '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-'
                        'officedocument.custom-properties+xml"/></Types>')
        parts["[Content_Types].xml"] = ct.encode("utf-8")
        rels = parts["_rels/.rels"].decode("utf-8").replace(
            "</Relationships>", '<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                                'relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>')
        parts["_rels/.rels"] = rels.encode("utf-8")
    app = app.replace("<Application>Microsoft Macintosh Word</Application>",
                      "<Application>Microsoft Office Word</Application>").replace(
        "<Template>Normal.dotm</Template>", "<Template>绩效目标表模板.dotx</Template>")
    parts["docProps/app.xml"] = app.encode("utf-8")
    names = [n for n in ORDER if n in parts] + sorted(n for n in parts if n not in ORDER)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for n in names:
            zi = zipfile.ZipInfo(n, FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, parts[n])


def to_pdf(docx_path):
    subprocess.run(["/usr/bin/soffice", f"-env:UserInstallation={PROFILE}", "--headless", "--convert-to", "pdf",
                    "--outdir", BUILD, docx_path], check=True, capture_output=True, timeout=180)
    return os.path.splitext(docx_path)[0] + ".pdf"


def main(only=None):
    os.makedirs(BUILD, exist_ok=True)
    os.makedirs(os.path.join(HERE, "drafts"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "expected"), exist_ok=True)
    for key, f in golds.F.items():
        if only and key not in only:
            continue
        FF.n = 0
        Ids.n = 100
        doc = BUILDERS[key](f)
        dx = os.path.join(BUILD, f["stem"] + ".docx")
        finish(doc, f, key, dx)
        src = to_pdf(dx) if f["ext"] == "pdf" else dx
        dst = os.path.join(HERE, "drafts", f["stem"] + "." + f["ext"])
        shutil.copyfile(src, dst)
        g = json.loads(json.dumps(golds.G[f["stem"]], ensure_ascii=False))
        g["source"]["sha256"] = hashlib.sha256(open(dst, "rb").read()).hexdigest()
        with open(os.path.join(HERE, "expected", f["stem"] + ".gold.json"), "w", encoding="utf-8") as fh:
            json.dump(g, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print("wrote", dst)


if __name__ == "__main__":
    main(sys.argv[1:] or None)
