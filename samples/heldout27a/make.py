"""Render every heldout27a draft FROM the facts in golds.py into /tmp/heldout27a_build, copy it to drafts/, and write
the golds (with source.sha256) to expected/.

Tool chain: python-docx builds each document (paragraphs, tables, merges with cell.merge, widths, fonts); lxml edits
then add what python-docx has no API for (listed per edit in the README and in `edits` below):
  * w:textDirection (tbRlV / btLr) in w:tcPr of the vertical label cells;
  * w:gridBefore + w:wBefore / w:gridAfter + w:wAfter in w:trPr, the skipped w:tc removed from the row;
  * w:tblBorders all `nil` and w:tblCellMar 0 on the layout table that holds two tables side by side;
  * w:tblLayout fixed and the w:tblGrid column widths;
the one-character-per-line labels are plain python-docx (one paragraph per character, or runs with add_break()).
The three PDFs are exported from .docx files made by the same code with
`soffice -env:UserInstallation=file:///tmp/lo_heldout27a --headless --convert-to pdf`; the exporter's
/CreationDate digits, trailer /ID and /DocChecksum are then overwritten IN PLACE with fixed strings of the same length,
so a rebuild gives the same bytes. Every zip is repacked with fixed timestamps and fixed core-property dates.
Nothing is imported from jixiao. Run: /work/main/.venv/bin/python make.py"""
import copy, hashlib, io, json, os, re, shutil, subprocess, sys, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from golds import F, G, TITLE  # noqa: E402

from docx import Document  # noqa: E402
from docx.enum.section import WD_ORIENT  # noqa: E402
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT as VA  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Cm, Pt  # noqa: E402

BUILD = "/tmp/heldout27a_build"
PROFILE = "file:///tmp/lo_heldout27a"
FIXED = (2025, 1, 20, 10, 0, 0)
STAMP = "2025-01-20T10:00:00Z"
TWIP = 567  # twips per cm (rounded, as Word does)


# ---------------------------------------------------------------- the forms as grids
def vtext(raw):
    return raw[2:] if raw.startswith("Q:") else raw


def C(t, cs=1, rs=1, v=False, k=None, left=False):
    """a grid cell: t text, cs/rs spans, v = a VERTICAL label (drawn as the draft's style says), left = left aligned."""
    return dict(t=t, cs=cs, rs=rs, v=v, k=k, left=left)


def groups(rs, col):
    """rowspans for column `col` (merged down equal runs of the columns up to col)."""
    out = []
    for j, r in enumerate(rs):
        if j == 0 or rs[j - 1][:col + 1] != r[:col + 1]:
            n = 1
            while j + n < len(rs) and rs[j + n][:col + 1] == r[:col + 1]:
                n += 1
            out.append(n)
        else:
            out.append(0)
    return out


def goals_text(goals):
    return "\n".join("%d、%s" % (k, x) for k, x in enumerate(goals, 1))


def head_grid(p, quirk):
    """the project form's header block on 8 grid columns; each row is (cells, before, after)."""
    t, fi, o = p["amt"]
    pl = p["plan"]
    g = []
    if quirk == "grid":
        g.append(([C("单位：万元", 2)], 6, 0))                       # a row that starts late
    g.append(([C("项目编码", 2), C(p["code"], 2), C("项目名称"), C(p["name"], 3)], 0, 0))
    g.append(([C("预算规模及资金用途", 2, 2), C("预算数"), C(t or ""), C("其中：财政资金"), C(fi or ""), C("其他资金"),
               C(o or "")], 0, 0))
    g.append(([C(p["purpose"], 6, left=True)], 0, 0))
    if quirk == "grid":                                                # rows that end early
        g.append(([C("资金支出计划（%）", 2, 2)] + [C("%d月底" % m) for m, _ in pl], 0, 2))
        g.append(([C(str(v)) for _, v in pl], 0, 2))
    else:
        sp = [1, 1, 2, 2]
        g.append(([C("资金支出计划（%）", 2, 2)] + [C("%d月底" % m, sp[k]) for k, (m, _) in enumerate(pl)], 0, 0))
        g.append(([C(str(v), sp[k]) for k, (_, v) in enumerate(pl)], 0, 0))
    g.append(([C("年度绩效目标", v=True), C(goals_text(p["goals"]), 7, left=True)], 0, 0))
    return g


def ind_grid(rs, ncol_desc=True):
    """the indicator block: 绩效指标 (vertical, down the block) | 一级 (vertical) | 二级 | 三级 | 描述 | 指标值 | 依据."""
    n = len(rs)
    g1, g2 = groups(rs, 0), groups(rs, 1)
    if ncol_desc:
        g = [([C("绩效指标", 1, n + 1, v=True), C("一级指标", v=True), C("二级指标"), C("三级指标"), C("绩效指标描述", 2),
               C("指标值"), C("指标值确定依据")], 0, 0)]
    else:
        g = [([C("绩效指标", 1, n + 1, v=True), C("一级指标", v=True), C("二级指标"), C("三级指标", 2), C("指标值")], 0, 0)]
    for j, r in enumerate(rs):
        row = []
        if g1[j]:
            row.append(C(r[0], 1, g1[j], v=True))
        if g2[j]:
            row.append(C(r[1], 1, g2[j]))
        if ncol_desc:
            row += [C(r[2]), C(r[3], 2, left=True), C(vtext(r[4])), C(r[5])]
        else:
            row += [C(r[2], 2), C(vtext(r[3]))]
        g.append((row, 0, 0))
    return g


def place(grid, ncols):
    """grid -> list of (row, col, cell) anchors (rowspans honoured, gridBefore slots skipped)."""
    taken, out = set(), []
    for i, (row, before, after) in enumerate(grid):
        for x in range(before):
            taken.add((i, x))
        for x in range(ncols - after, ncols):
            taken.add((i, x))
        c = before
        for cell in row:
            while (i, c) in taken:
                c += 1
            out.append((i, c, cell))
            for di in range(cell["rs"]):
                for dc in range(cell["cs"]):
                    taken.add((i + di, c + dc))
            c += cell["cs"]
        assert c <= ncols and all((i, x) in taken for x in range(ncols)), (i, row)
    return out


# ---------------------------------------------------------------- python-docx + lxml
def new_doc(fsize=9):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(fsize)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    pf = st.paragraph_format
    pf.space_before = pf.space_after = Pt(0)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for a in ("left_margin", "right_margin"):
        setattr(sec, a, Cm(2.0))
    for a in ("top_margin", "bottom_margin"):
        setattr(sec, a, Cm(1.8))
    cp = doc.core_properties
    cp.author = cp.last_modified_by = "Administrator"
    cp.revision = 2
    return doc


def para(container, text, size=None, bold=False, center=False):
    p = container.add_paragraph()
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if text:
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
    return p


def set_text_direction(cell, val):
    """lxml edit: <w:textDirection w:val=…/> in tcPr (before vAlign, as the schema orders them)."""
    tcPr = cell._tc.get_or_add_tcPr()
    e = OxmlElement("w:textDirection")
    e.set(qn("w:val"), val)
    va = tcPr.find(qn("w:vAlign"))
    if va is not None:
        va.addprevious(e)
    else:
        tcPr.append(e)


def fill(cell, c, style):
    """write a cell's text; vertical labels per style: tbRlV / btLr (text direction), paras (one char per
    paragraph), br (one paragraph, a soft line break after every character)."""
    text = c["t"] or ""
    p0 = cell.paragraphs[0]
    if c["v"] and style in ("paras", "br"):
        chars = list(text)
        if style == "paras":
            p0.add_run(chars[0])
            for ch in chars[1:]:
                cell.add_paragraph().add_run(ch)
        else:
            for k, ch in enumerate(chars):
                r = p0.add_run(ch)
                if k < len(chars) - 1:
                    r.add_break(WD_BREAK.LINE)
    else:
        lines = text.split("\n")
        p0.add_run(lines[0])
        for ln in lines[1:]:
            cell.add_paragraph().add_run(ln)
    for par in cell.paragraphs:
        if not c["left"]:
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    cell.vertical_alignment = VA.CENTER
    if c["v"] and style in ("tbRlV", "btLr"):
        set_text_direction(cell, style)


TBLPR_ORDER = ["tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize", "tblStyleColBandSize", "tblW",
               "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd", "tblLayout", "tblCellMar", "tblLook"]


def tblpr_put(tblPr, el):
    """insert a tblPr child where the schema (CT_TblPr sequence) wants it, so Word opens the file."""
    name = el.tag.split("}")[1]
    later = TBLPR_ORDER[TBLPR_ORDER.index(name) + 1:]
    for child in tblPr:
        if child.tag.split("}")[1] in later:
            child.addprevious(el)
            return
    tblPr.append(el)


def set_grid(tbl, widths_cm):
    """lxml edit: fixed layout and the tblGrid widths (twips)."""
    tblPr = tbl._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblpr_put(tblPr, lay)
    for gc, w in zip(tbl._tbl.tblGrid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(round(w * TWIP)))


def table(container, grid, widths_cm, style):
    """build one table from a grid with python-docx, then the lxml edits for gridBefore / gridAfter."""
    n = len(widths_cm)
    tb = container.add_table(rows=len(grid), cols=n)
    tb.style = "Table Grid"
    set_grid(tb, widths_cm)
    for i, c, cell in place(grid, n):
        a = tb.cell(i, c)
        if cell["cs"] > 1 or cell["rs"] > 1:
            a = a.merge(tb.cell(i + cell["rs"] - 1, c + cell["cs"] - 1))
        fill(a, cell, style)
    # vertical text does not make a row grow: a text-direction label gets its rows a minimum height (w:trHeight
    # hRule=atLeast, as Word writes it when the row is dragged taller), spread over the rows it spans
    if style in ("tbRlV", "btLr"):
        need = {}
        for i, c, cell in place(grid, n):
            if cell["v"]:
                h = (len(cell["t"]) * 9 * 1.05 + 9) * 20 / cell["rs"]
                for di in range(cell["rs"]):
                    need[i + di] = max(need.get(i + di, 0), h)
        trs = tb._tbl.findall(qn("w:tr"))
        for i, h in sorted(need.items()):
            trh = OxmlElement("w:trHeight")
            trh.set(qn("w:val"), str(int(round(h))))
            trh.set(qn("w:hRule"), "atLeast")
            trs[i].get_or_add_trPr().append(trh)
    # tcW of every cell = the width of its grid columns
    for tr in tb._tbl.findall(qn("w:tr")):
        col = 0
        for tc in tr.findall(qn("w:tc")):
            span = tc.tcPr.find(qn("w:gridSpan"))
            k = int(span.get(qn("w:val"))) if span is not None else 1
            tcW = tc.tcPr.find(qn("w:tcW"))
            tcW.set(qn("w:w"), str(round(sum(widths_cm[col:col + k]) * TWIP)))
            tcW.set(qn("w:type"), "dxa")
            col += k
    # lxml edit: rows that start late / end early lose their skipped w:tc and say so in w:trPr
    trs = tb._tbl.findall(qn("w:tr"))
    for i, (_, before, after) in enumerate(grid):
        if not (before or after):
            continue
        tr = trs[i]
        tcs = tr.findall(qn("w:tc"))
        for tc in tcs[:before] + (tcs[len(tcs) - after:] if after else []):
            tr.remove(tc)
        trPr = tr.get_or_add_trPr()
        els = []
        if before:
            e = OxmlElement("w:gridBefore"); e.set(qn("w:val"), str(before)); els.append(e)  # noqa: E702
        if after:
            e = OxmlElement("w:gridAfter"); e.set(qn("w:val"), str(after)); els.append(e)  # noqa: E702
        if before:
            e = OxmlElement("w:wBefore"); e.set(qn("w:w"), str(round(sum(widths_cm[:before]) * TWIP)))  # noqa: E702
            e.set(qn("w:type"), "dxa"); els.append(e)  # noqa: E702
        if after:
            e = OxmlElement("w:wAfter"); e.set(qn("w:w"), str(round(sum(widths_cm[n - after:]) * TWIP)))  # noqa: E702
            e.set(qn("w:type"), "dxa"); els.append(e)  # noqa: E702
        for e in reversed(els):
            trPr.insert(0, e)
    return tb


def layout_table(doc, widths_cm):
    """a borderless 1 x 2 layout table (lxml edit: tblBorders nil, cell margins 0)."""
    lt = doc.add_table(rows=1, cols=2)
    set_grid(lt, widths_cm)
    tblPr = lt._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblpr_put(tblPr, b)
    mar = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:w"), "0")
        e.set(qn("w:type"), "dxa")
        mar.append(e)
    tblpr_put(tblPr, mar)
    for k, w in enumerate(widths_cm):
        lt.cell(0, k).width = Cm(w)
    return lt


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


W8 = [1.0, 1.1, 2.6, 4.4, 3.4, 4.2, 3.2, 3.2]


def project_doc(f, style, quirk):
    """the seed-like project forms; quirk: grid (gridBefore/gridAfter rows), two (two tables with an empty paragraph
    between them), side (header block as two tables side by side in a layout table)."""
    doc = new_doc()
    doc.core_properties.title = TITLE
    para(doc, TITLE, 16, True, True)
    for seq, p in enumerate(f["projects"], 1):
        if seq > 1:
            page_break(doc)
        para(doc, "%d、%s绩效目标表" % (seq, p["name"]), 13, True, True)
        if quirk == "grid":
            para(doc, "%s %s" % (f["code"], f["dept"]))
        else:
            para(doc, "%s %s\t\t\t\t\t\t\t\t\t\t\t\t单位：万元" % (f["code"], f["dept"]))
        head, ind = head_grid(p, quirk), ind_grid(p["rows"])
        if quirk == "grid":
            table(doc, head + ind, W8, style)
        elif quirk == "two":
            table(doc, head, W8, style)
            doc.add_paragraph()                      # the empty paragraph between the two tables
            table(doc, ind, W8, style)
        else:
            side_by_side(doc, p, style)
            doc.add_paragraph()
            table(doc, ind, W8, style)
    return doc


def side_by_side(doc, p, style):
    """p6: left = 项目基本信息 (label | value rows), right = 年度绩效目标 (vertical label | goals)."""
    t, fi, o = p["amt"]
    lt = layout_table(doc, [13.3, 9.8])
    left, right = lt.cell(0, 0), lt.cell(0, 1)
    left.paragraphs[0]._p.getparent().remove(left.paragraphs[0]._p)
    right.paragraphs[0]._p.getparent().remove(right.paragraphs[0]._p)
    pl = p["plan"]
    lg = [([C("项目编码", 2), C(p["code"], 4)], 0, 0),
          ([C("项目名称", 2), C(p["name"], 4)], 0, 0),
          ([C("预算数", 2), C("其中：财政资金", 2), C("其他资金", 2)], 0, 0),
          ([C(t or "", 2), C(fi or "", 2), C(o or "", 2)], 0, 0),
          ([C("资金用途", 2), C(p["purpose"], 4, left=True)], 0, 0),
          ([C("资金支出计划（%）", 2, 2)] + [C("%d月底" % m) for m, _ in pl], 0, 0),
          ([C(str(v)) for _, v in pl], 0, 0)]
    table(left, lg, [1.6, 1.2, 2.4, 2.4, 2.4, 2.4], style)
    rg = [([C("年度绩效目标", v=True), C(goals_text(p["goals"]), left=True)], 0, 0)]
    table(right, rg, [1.1, 8.6], style)
    para(left, "")
    para(right, "")


def dept_doc(f, style):
    """v3: 部门整体支出绩效目标表; header block as two tables side by side in a layout table."""
    doc = new_doc()
    doc.core_properties.title = "部门整体支出绩效目标表"
    para(doc, "部门整体支出绩效目标表", 16, True, True)
    para(doc, "（2025年度）", 12, False, True)
    para(doc, "\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t单位：万元")
    t, fi, o = f["amt"]
    lt = layout_table(doc, [12.2, 13.5])
    left, right = lt.cell(0, 0), lt.cell(0, 1)
    for c in (left, right):
        c.paragraphs[0]._p.getparent().remove(c.paragraphs[0]._p)
    lg = [([C("部门名称", 2), C(f["dept"], 2)], 0, 0),
          ([C("部门编码", 2), C(f["code"], 2)], 0, 0),
          ([C("年度预算", 1, 3), C("资金总额"), C(t, 2)], 0, 0),
          ([C("其中：财政拨款"), C(fi, 2)], 0, 0),
          ([C("其他资金"), C(o, 2)], 0, 0)]
    table(left, lg, [2.0, 3.2, 3.2, 3.2], style)
    rg = [([C("年度总体目标", v=True), C(goals_text(f["goals"]), left=True)], 0, 0)]
    table(right, rg, [1.2, 12.3], style)
    para(left, "")
    para(right, "")
    doc.add_paragraph()
    table(doc, ind_grid(f["rows"], ncol_desc=False), [1.0, 1.1, 3.4, 7.2, 6.4, 6.6], style)
    return doc


# ---------------------------------------------------------------- packaging, PDF export
def repack(src_bytes):
    zin = zipfile.ZipFile(io.BytesIO(src_bytes))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", lambda m: m.group(1) + STAMP.encode(), data)
            zi = zipfile.ZipInfo(info.filename, FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return out.getvalue()


def docx_bytes(doc):
    buf = io.BytesIO()
    doc.save(buf)
    return repack(buf.getvalue())


def to_pdf(stem, docx_data):
    src = os.path.join(BUILD, stem + ".src.docx")
    with open(src, "wb") as fh:
        fh.write(docx_data)
    out = os.path.join(BUILD, "pdf")
    os.makedirs(out, exist_ok=True)
    subprocess.run(["/usr/bin/soffice", "-env:UserInstallation=" + PROFILE, "--headless", "--convert-to", "pdf",
                    "--outdir", out, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=240)
    with open(os.path.join(out, stem + ".src.pdf"), "rb") as fh:
        data = fh.read()
    # fixed /CreationDate digits, trailer /ID and /DocChecksum (same lengths: no offset moves)
    data = re.sub(rb"(/CreationDate\(D:)[0-9]{14}", rb"\g<1>20250120100000", data)
    h = hashlib.md5(docx_data).hexdigest().upper().encode()
    data = re.sub(rb"/ID\s*\[\s*<([0-9A-Fa-f]{32})>\s*<([0-9A-Fa-f]{32})>\s*\]",
                  lambda m: m.group(0).replace(m.group(1), h).replace(m.group(2), h), data)
    data = re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]{32})", lambda m: m.group(1) + h, data)
    return data


STYLE = {"v1": ("tbRlV", "grid"), "v2": ("paras", "two"), "v3": ("btLr", "side"),
         "p4": ("btLr+tbRlV", "grid"), "p5": ("br", "two"), "p6": ("paras", "side")}


def build(key, f):
    style, quirk = STYLE[key]
    if f.get("dept_form"):
        doc = dept_doc(f, style)
    elif style == "btLr+tbRlV":
        doc = project_doc(f, "btLr", quirk)
        # p4: the two LABEL cells (年度绩效目标, 绩效指标) are tbRlV, the 一级 cells btLr
        for tc in doc.element.body.iter(qn("w:tc")):
            td = tc.find(qn("w:tcPr") + "/" + qn("w:textDirection"))
            txt = "".join(x.text or "" for x in tc.iter(qn("w:t")))
            if td is not None and txt in ("年度绩效目标", "绩效指标"):
                td.set(qn("w:val"), "tbRlV")
    else:
        doc = project_doc(f, style, quirk)
    data = docx_bytes(doc)
    if f["ext"] == "pdf":
        data = to_pdf(f["stem"], data)
    return data


def main():
    os.makedirs(BUILD, exist_ok=True)
    for sub in ("drafts", "expected"):
        os.makedirs(os.path.join(HERE, sub), exist_ok=True)
    for key, f in F.items():
        name = f["stem"] + "." + f["ext"]
        data = build(key, f)
        path = os.path.join(BUILD, name)
        with open(path, "wb") as fh:
            fh.write(data)
        shutil.copyfile(path, os.path.join(HERE, "drafts", name))
        g = copy.deepcopy(G[f["stem"]])
        g["source"]["sha256"] = hashlib.sha256(data).hexdigest()
        with open(os.path.join(HERE, "expected", f["stem"] + ".gold.json"), "w", encoding="utf-8") as fh:
            json.dump(g, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print("%-52s %7d bytes  %s" % (name, len(data), g["source"]["sha256"][:16]))


if __name__ == "__main__":
    main()
