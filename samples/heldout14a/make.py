#!/usr/bin/env python3
"""Render the six blind documents of heldout14a FROM the hand-typed golds in golds.py and write the golds.
Theme: FILES WITH A HISTORY. python-docx + lxml for b1 (tracked changes: w:ins/w:del in values, amounts, goals and a
一级 cell, a deleted paragraph mark joining two goals, a MOVE w:moveFrom/w:moveTo inside a goal, a deleted and an
inserted row, a formatting change w:rPrChange, margin comments) and b2 (a protected form, w:documentProtection
edit="forms", whose entries are legacy FORMTEXT fields — results differ from the template defaults kept in w:ffData —
and FORMDROPDOWN fields that hold no text at all, only a w:result index into w:listEntry); openpyxl → LibreOffice
(xlsx → xlsx, cached formula values) for b3 (amounts and some values are formulas over a HIDDEN scratch sheet 测算,
superseded indicators in HIDDEN grouped rows, a HIDDEN column of old values); openpyxl for b4 (sheet protection,
unlocked input cells, list data validations fed from a hidden sheet 下拉选项, cell notes, unused template rows);
reportlab + pypdf for b5 (AcroForm text and combo fields holding the values in /V only, /NeedAppearances true, then an
INCREMENTAL revision appended that changes five fields) and b6 (NEGATIVE: AES-256 with a user password).
LibreOffice runs one conversion at a time with its own profile. Intermediate files go to /tmp/heldout14a_build.
Nothing from the jixiao project is imported.
Run: .venv/bin/python samples/heldout14a/make.py [STEM ...]"""
import hashlib, json, os, shutil, subprocess, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kit import clean
from golds import G, NEG, SCRATCH, SCRATCH_Q

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "drafts")
EXPECTED = os.path.join(HERE, "expected")
TMP = "/tmp/heldout14a_build"
LO_PROFILE = "file:///tmp/heldout14a_build/lo_profile"
F = "STSong-Light"


def money(v):
    return "" if v is None else f"{v:.2f}"


def spans(inds, key_fn):
    out, i = [], 0
    while i < len(inds):
        j = i
        while j + 1 < len(inds) and key_fn(inds[j + 1]) == key_fn(inds[i]):
            j += 1
        out.append((i, j - i + 1))
        i = j + 1
    return out


def numbered(goals, fmt="{i}.{g}"):
    return [goals[0]] if len(goals) == 1 else [fmt.format(i=i, g=g) for i, g in enumerate(goals, 1)]


def soffice(src, fmt, outdir):
    """one conversion at a time, own profile."""
    os.makedirs(outdir, exist_ok=True)
    r = subprocess.run(["/usr/bin/soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", fmt,
                        "--outdir", outdir, src], capture_output=True, text=True, timeout=240)
    out = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + "." + fmt.split(":")[0])
    if r.returncode != 0 or not os.path.exists(out):
        raise RuntimeError(f"soffice failed for {src}: {r.stdout} {r.stderr}")
    return out


# =============================================================== Word helpers (as heldout13a)
from docx import Document
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.text.run import Run


def new_doc(font="宋体", size=10.5):
    docu = Document()
    st = docu.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.element.rPr.rFonts.set(qn("w:hint"), "eastAsia")
    st.paragraph_format.space_after = Pt(0)
    for s in docu.sections:
        s.page_height, s.page_width = Cm(29.7), Cm(21.0)
        s.top_margin = s.bottom_margin = Cm(2.2)
        s.left_margin = s.right_margin = Cm(2.0)
    return docu


def para(docu, text, size=None, bold=False, center=False):
    p = docu.add_paragraph()
    r = p.add_run(text)
    if size:
        r.font.size = Pt(size)
    r.bold = bold
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def page_break(docu):
    docu.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def mset(t, r, c0, c1, text, r1=None, paras=None, bold=False):
    c = t.cell(r, c0)
    if c1 != c0 or (r1 is not None and r1 != r):
        c = c.merge(t.cell(r1 if r1 is not None else r, c1))
    if paras:
        c.text = paras[0]
        for s in paras[1:]:
            c.add_paragraph(s)
    else:
        c.text = text or ""
    if bold:
        for p in c.paragraphs:
            for run in p.runs:
                run.bold = True
    c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    return c


def widths(t, cms):
    t.autofit = False
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), cms):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in t.rows:
        for c, w in zip(row.cells, cms):
            c.width = Cm(w)


def settings_insert(docu, el):
    """put a w:settings child before w:defaultTabStop (schema order: trackRevisions, documentProtection, ...)."""
    st = docu.settings.element
    anchor = st.find(qn("w:defaultTabStop"))
    if anchor is not None:
        anchor.addprevious(el)
    else:
        st.append(el)


# ---------------------------------------------------------------- tracked-change markup (b1)
class Rev:
    n = 900

    @classmethod
    def attrs(cls, e, who):
        cls.n += 1
        e.set(qn("w:id"), str(cls.n))
        e.set(qn("w:author"), who[0])
        e.set(qn("w:date"), who[1])
        return e


FIN = ("天宁区财政局 周敏", "2024-01-18T10:21:00Z")
DEPT = ("区住建局规划财务科 陆佳", "2024-01-22T15:04:00Z")


def r_el(text, deleted=False, bold=False, rprchange=None):
    r = OxmlElement("w:r")
    if bold or rprchange:
        rpr = OxmlElement("w:rPr")
        if bold:
            rpr.append(OxmlElement("w:b"))
        if rprchange:
            ch = Rev.attrs(OxmlElement("w:rPrChange"), rprchange)
            ch.append(OxmlElement("w:rPr"))
            rpr.append(ch)
        r.append(rpr)
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def seg_els(segs, who=FIN, move_name="move1"):
    """("t"|"ins"|"del"|"moveTo"|"moveFrom"|"bold", text) → elements of a paragraph."""
    out = []
    for kind, text in segs:
        if not text:
            continue
        if kind == "t":
            out.append(r_el(text))
        elif kind == "bold":
            out.append(r_el(text, bold=True, rprchange=who))
        elif kind in ("ins", "del"):
            e = Rev.attrs(OxmlElement(f"w:{kind}"), who)
            e.append(r_el(text, deleted=kind == "del"))
            out.append(e)
        else:                                                    # moveFrom / moveTo with its named range
            rs = Rev.attrs(OxmlElement(f"w:{kind}RangeStart"), who)
            rs.set(qn("w:name"), move_name)
            e = Rev.attrs(OxmlElement(f"w:{kind}"), who)
            e.append(r_el(text))
            re_ = OxmlElement(f"w:{kind}RangeEnd")
            re_.set(qn("w:id"), rs.get(qn("w:id")))
            out += [rs, e, re_]
    return out


def fill_para(p, segs, who=FIN):
    for r in list(p._p.findall(qn("w:r"))):
        p._p.remove(r)
    for e in seg_els(segs, who):
        p._p.append(e)


def mark_para(p, kind, who=FIN):
    """a deleted (kind "del") or inserted ("ins") paragraph MARK: w:pPr/w:rPr/w:del|w:ins."""
    ppr = p._p.get_or_add_pPr()
    rpr = OxmlElement("w:rPr")
    rpr.append(Rev.attrs(OxmlElement(f"w:{kind}"), who))
    ppr.append(rpr)


def mark_row(row, kind, who=FIN):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(Rev.attrs(OxmlElement(f"w:{kind}"), who))


def kv_docx(docu, p, money_cells=None):
    t = docu.add_table(rows=6, cols=4); t.style = "Table Grid"
    mset(t, 0, 0, 0, "项目名称"); mset(t, 0, 1, 3, p["name"])
    mset(t, 1, 0, 0, "项目编码"); mset(t, 1, 1, 1, p["code"]); mset(t, 1, 2, 2, "主管部门"); mset(t, 1, 3, 3, p["department"])
    mset(t, 2, 0, 0, "实施单位"); mset(t, 2, 1, 3, p["implementing_unit"])
    mset(t, 3, 0, 0, "年度资金总额"); mset(t, 3, 1, 1, money(p["budget_total"]))
    mset(t, 3, 2, 2, "其中：财政拨款"); mset(t, 3, 3, 3, money(p["budget_fiscal"]))
    mset(t, 4, 0, 0, "其他资金"); mset(t, 4, 1, 3, money(p["budget_other"]))
    mset(t, 5, 0, 0, "年度目标"); mset(t, 5, 1, 3, None, paras=numbered(p["goals"]))
    widths(t, [3.0, 4.6, 3.0, 6.4])
    return t


# =============================================================== b1 tracked changes, moves, comments
B1_HEAD = ["一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据"]


def d_b1(g, path):
    docu = new_doc()
    tr = OxmlElement("w:trackRevisions")
    settings_insert(docu, tr)
    comments = []                                                # (Run, text)
    for p in g["projects"]:
        if p["seq"] > 1:
            page_break(docu)
        para(docu, p["title"], 16, True, center=True)
        para(docu, f'部门编码：{p["department_code"]}　　　　　　　　　　　　　　　　　　　　　　单位：万元')
        kv = kv_docx(docu, p)
        if p.get("_old_money"):                                   # amounts changed by the finance bureau
            for (r, c), old, new in zip(((3, 1), (3, 3)), p["_old_money"], (p["budget_total"], p["budget_fiscal"])):
                fill_para(kv.cell(r, c).paragraphs[0], [("del", money(old)), ("ins", money(new))])
        gcell = kv.cell(5, 1)
        if p["seq"] == 1:                                        # goals 2 and 3 joined, 4 renumbered and extended
            g1, g2, g3 = p["goals"]
            ps = gcell.paragraphs
            gcell.add_paragraph(""); ps = gcell.paragraphs       # four printed paragraphs
            fill_para(ps[0], [("t", "1.完成老旧小区综合改造"), ("del", "10"), ("ins", "12"), ("t", "个，惠及居民"),
                              ("del", "3600"), ("ins", "4100"), ("t", "户；")])
            assert g1 == "完成老旧小区综合改造12个，惠及居民4100户；"
            fill_para(ps[1], [("t", "2.同步改造小区雨污管网和供水管网"), ("del", "；")])
            mark_para(ps[1], "del")                              # the paragraph MARK is deleted: 2 and 3 join
            fill_para(ps[2], [("del", "3."), ("ins", "，并"), ("t", "加装电梯18部，改善居住条件；")])
            assert g2 == "同步改造小区雨污管网和供水管网，并加装电梯18部，改善居住条件；"
            fill_para(ps[3], [("del", "4"), ("ins", "3"), ("t", ".建立小区长效管理机制"),
                              ("ins", "，引入专业化物业服务"), ("t", "。")])
            assert g3 == "建立小区长效管理机制，引入专业化物业服务。"
        if p.get("_move"):
            a, to, mid, frm, z = p["_move"]
            fill_para(gcell.paragraphs[0], [("t", a), ("moveTo", to), ("t", mid), ("moveFrom", frm), ("t", z)], DEPT)
            assert a + to + mid + z == p["goals"][0]
        inds = p["indicators"]
        rows = list(inds)                                        # printed rows, the deleted one spliced in
        rd = p.get("_rowdel")
        if rd:
            l1, l2, l3, raw, basis = rd[1]
            rows.insert(rd[0], {"level1": l1, "level2": l2, "level3": l3, "value_raw": raw, "basis": basis, "_del": True})
        t = docu.add_table(rows=1 + len(rows), cols=5); t.style = "Table Grid"
        for c, h in enumerate(B1_HEAD):
            mset(t, 0, c, c, h, bold=True)
        for i, x in enumerate(rows):
            mset(t, 1 + i, 2, 2, x["level3"]); mset(t, 1 + i, 3, 3, x["value_raw"]); mset(t, 1 + i, 4, 4, x["basis"])
        for col, key_fn, key in ((0, lambda d: d["level1"], "level1"), (1, lambda d: (d["level1"], d["level2"]), "level2")):
            for s, n in spans(rows, key_fn):
                mset(t, 1 + s, col, col, rows[s][key], 1 + s + n - 1)
        for i, x in enumerate(rows):
            row = t.rows[1 + i]
            cells = [row.cells[c] for c in range(5)]
            if x.get("_del"):
                mark_row(row, "del")
                for c in (2, 3, 4):
                    fill_para(cells[c].paragraphs[0], [("del", cells[c].text)])
                continue
            if x.get("_rowins"):
                mark_row(row, "ins", DEPT)
                for c in (1, 2, 3, 4):
                    if row._tr.findall(qn("w:tc"))[c].find(f'{qn("w:tcPr")}/{qn("w:vMerge")}') is None or \
                            row._tr.findall(qn("w:tc"))[c].find(f'{qn("w:tcPr")}/{qn("w:vMerge")}').get(qn("w:val")) == "restart":
                        if cells[c].text:
                            fill_para(cells[c].paragraphs[0], [("ins", cells[c].text)], DEPT)
            if x.get("_tr"):
                b, d, n_, a = x["_tr"]["value_raw"]
                assert b + n_ + a == x["value_raw"]
                fill_para(cells[3].paragraphs[0], [("t", b), ("del", d), ("ins", n_), ("t", a)])
            if x.get("_rprchange"):
                fill_para(cells[3].paragraphs[0], [("bold", x["value_raw"])])
            if x.get("_comment"):
                pr = cells[3].paragraphs[0]
                first = pr._p.find(qn("w:r"))
                comments.append((Run(first, pr), x["_comment"]))
        if p.get("_l1tr"):                                       # the 一级 cell of the 效益 group: 效果 → 效益
            l1, d, n_, a = p["_l1tr"]
            r0 = 1 + next(i for i, x in enumerate(rows) if x["level1"] == l1)
            assert n_ + a == l1
            fill_para(t.cell(r0, 0).paragraphs[0], [("del", d), ("ins", n_), ("t", a)])
        widths(t, [2.3, 3.0, 5.2, 3.4, 3.1])
        para(docu, "")
        para(docu, "填报人：钱雨婷　　联系电话：0519-86XXXXX　　审核人：顾建明")
    for run, text in comments:
        docu.add_comment(run, text=text, author=FIN[0], initials="ZM")
    docu.save(path)


# =============================================================== b2 protected form, legacy form fields
LIST = ["请选择", "计划标准", "行业标准", "历史标准", "其他标准"]
EMPTY_FORMTEXT = "\u2002" * 5                                        # what Word shows in an unfilled FORMTEXT


class FF:
    n = 0


def ff_begin(kind, default=None, result=None):
    FF.n += 1
    r = OxmlElement("w:r")
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "begin")
    ffd = OxmlElement("w:ffData")
    nm = OxmlElement("w:name"); nm.set(qn("w:val"), ("Text" if kind == "text" else "Dropdown") + str(FF.n))
    ffd.append(nm); ffd.append(OxmlElement("w:enabled"))
    co = OxmlElement("w:calcOnExit"); co.set(qn("w:val"), "0"); ffd.append(co)
    if kind == "text":
        ti = OxmlElement("w:textInput")
        if default:
            d = OxmlElement("w:default"); d.set(qn("w:val"), default); ti.append(d)
        ffd.append(ti)
    else:
        dd = OxmlElement("w:ddList")
        if result is not None:
            e = OxmlElement("w:result"); e.set(qn("w:val"), str(result)); dd.append(e)
        e = OxmlElement("w:default"); e.set(qn("w:val"), "1"); dd.append(e)     # the template default: 计划标准
        for s in LIST:
            le = OxmlElement("w:listEntry"); le.set(qn("w:val"), s); dd.append(le)
        ffd.append(dd)
    fc.append(ffd); r.append(fc)
    return r


def ff_simple(tag, **kv):
    r = OxmlElement("w:r")
    if tag == "instr":
        it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = kv["text"]; r.append(it)
    else:
        fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), tag); r.append(fc)
    return r


def formtext(p, result, default=None):
    """a legacy text form field whose RESULT is `result` (runs between separate and end)."""
    for r in list(p._p.findall(qn("w:r"))):
        p._p.remove(r)
    els = [ff_begin("text", default), ff_simple("instr", text=" FORMTEXT "), ff_simple("separate")]
    for i, line in enumerate(result.split("\n")):
        if i:
            br = OxmlElement("w:r"); br.append(OxmlElement("w:br")); els.append(br)
        els.append(r_el(line))
    els.append(ff_simple("end"))
    for e in els:
        p._p.append(e)


def formdropdown(p, result):
    """a legacy drop-down: NO text in the document, the shown entry is listEntry[result] (or [default])."""
    for r in list(p._p.findall(qn("w:r"))):
        p._p.remove(r)
    for e in (ff_begin("dd", result=result), ff_simple("instr", text=" FORMDROPDOWN "), ff_simple("end")):
        p._p.append(e)


def d_b2(g, path):
    docu = new_doc("仿宋", 10.5)
    prot = OxmlElement("w:documentProtection")
    for k, v in (("edit", "forms"), ("enforcement", "1"), ("cryptProviderType", "rsaAES"),
                 ("cryptAlgorithmClass", "hash"), ("cryptAlgorithmType", "typeAny"), ("cryptAlgorithmSid", "14"),
                 ("cryptSpinCount", "100000"),
                 ("hash", "k3Zr0mS7c0G0Q5bq7cXkqI8f3s6m1Vt2aYp9c4lH0eWJ9sR0uNq2Hk7bq1FzYc8Qv3rA5nVh2xT0pLw6mE4sDg=="),
                 ("salt", "Wq8sN3vB0tXe2LmR7hYp4A==")):
        prot.set(qn("w:" + k), v)
    settings_insert(docu, prot)
    for p in g["projects"]:
        if p["seq"] > 1:
            page_break(docu)
        para(docu, p["title"], 16, True, center=True)
        para(docu, f'填报单位：{p["department"]}　　部门编码：{p["department_code"]}　　　　　　　　单位：万元')
        kv = kv_docx(docu, p)
        formtext(kv.cell(0, 1).paragraphs[0], p["name"])
        formtext(kv.cell(1, 1).paragraphs[0], p["code"])
        formtext(kv.cell(1, 3).paragraphs[0], p["department"])
        formtext(kv.cell(2, 1).paragraphs[0], p["implementing_unit"])
        formtext(kv.cell(3, 1).paragraphs[0], money(p["budget_total"]))
        formtext(kv.cell(3, 3).paragraphs[0], money(p["budget_fiscal"]))
        formtext(kv.cell(4, 1).paragraphs[0], EMPTY_FORMTEXT if p.get("_unfilled_other") else money(p["budget_other"]))
        gc = kv.cell(5, 1)
        for extra in gc.paragraphs[1:]:
            gc._tc.remove(extra._p)
        formtext(gc.paragraphs[0], "\n".join(numbered(p["goals"])))
        inds = p["indicators"]
        t = docu.add_table(rows=1 + len(inds), cols=5); t.style = "Table Grid"
        for c, h in enumerate(B1_HEAD):
            mset(t, 0, c, c, h, bold=True)
        for i, x in enumerate(inds):
            mset(t, 1 + i, 2, 2, x["level3"])
            formtext(t.cell(1 + i, 3).paragraphs[0], x["value_raw"], x.get("_default") or "请填写指标值")
            formdropdown(t.cell(1 + i, 4).paragraphs[0], LIST.index(x["basis"]))
        for col, key_fn, key in ((0, lambda d: d["level1"], "level1"), (1, lambda d: (d["level1"], d["level2"]), "level2")):
            for s, n in spans(inds, key_fn):
                mset(t, 1 + s, col, col, inds[s][key], 1 + s + n - 1)
        widths(t, [2.3, 3.0, 5.4, 3.3, 3.0])
        para(docu, "")
        para(docu, "填报人：林婉清　　联系电话：0592-21XXXXX　　审核人：黄志坚")
    docu.save(path)


# =============================================================== openpyxl helpers
from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.worksheet.datavalidation import DataValidation

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="center", horizontal="center")
WRAPL = Alignment(wrap_text=True, vertical="center", horizontal="left")


def put(ws, r, c, v, fmt=None, bold=False, left=False):
    cell = ws.cell(row=r, column=c, value=v)
    cell.border = BOX
    cell.alignment = WRAPL if left else WRAP
    cell.font = Font(name="宋体", size=10, bold=bold)
    if fmt:
        cell.number_format = fmt
    return cell


def mput(ws, r, c0, c1, v, r1=None, **k):
    r1 = r1 or r
    for rr in range(r, r1 + 1):
        for cc in range(c0, c1 + 1):
            put(ws, rr, cc, None)
    put(ws, r, c0, v, **k)
    if c1 != c0 or r1 != r:
        ws.merge_cells(start_row=r, start_column=c0, end_row=r1, end_column=c1)
    return ws.cell(row=r, column=c0)


def title_row(ws, text, ncol, size=16):
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    c = ws.cell(row=1, column=1, value=text)
    c.font = Font(name="方正小标宋简体", size=size); c.alignment = Alignment(horizontal="center")


def xl_head(ws, p, money_vals, dept_line):
    """rows 1–10: title, 部门 line, key/value rows (money as given: numbers or formulas), header row; A–E."""
    for col, wd in zip("ABCDEF", [12, 16, 30, 18, 16, 16]):
        ws.column_dimensions[col].width = wd
    title_row(ws, p["title"], 5)
    ws.cell(row=2, column=1, value=dept_line)
    ws.cell(row=2, column=5, value="单位：万元").alignment = Alignment(horizontal="right")
    put(ws, 3, 1, "项目名称"); mput(ws, 3, 2, 5, p["name"])
    put(ws, 4, 1, "项目编码"); put(ws, 4, 2, p["code"]); put(ws, 4, 3, "主管部门"); mput(ws, 4, 4, 5, p["department"])
    put(ws, 5, 1, "实施单位"); mput(ws, 5, 2, 5, p["implementing_unit"])
    mput(ws, 6, 1, 1, "项目资金（万元）", r1=8)
    for k, (lab, v) in enumerate(zip(["年度资金总额", "其中：财政拨款", "其他资金"], money_vals)):
        mput(ws, 6 + k, 2, 3, lab); mput(ws, 6 + k, 4, 5, v, fmt="#,##0.00")
    put(ws, 9, 1, "年度目标"); mput(ws, 9, 2, 5, "\n".join(numbered(p["goals"])), left=True)
    ws.row_dimensions[9].height = 18 * len(p["goals"]) + 8
    for c, h in enumerate(B1_HEAD, 1):
        put(ws, 10, c, h, bold=True)
    return 11


# =============================================================== b3 formulas over a hidden scratch sheet (LibreOffice)
def b3_scratch(wb):
    ws = wb.create_sheet("测算")
    ws["A1"] = "测算底稿（内部，勿打印）"
    ws["A2"], ws["B2"], ws["C2"] = "项目", "明细", "金额（元）"
    r = 3
    for name, items in SCRATCH.items():
        for lab, v in items:
            ws.cell(row=r, column=1, value=name); ws.cell(row=r, column=2, value=lab); ws.cell(row=r, column=3, value=v)
            r += 1
    ws.cell(row=11, column=1, value="数量测算")
    for k, (lab, v) in enumerate(SCRATCH_Q.items()):
        ws.cell(row=12 + k, column=2, value=lab); ws.cell(row=12 + k, column=3, value=v)
    assert ws["C3"].value == 2680000 and ws["C7"].value == 600000 and ws["C8"].value == 12600000
    assert ws["C12"].value == 5200 and ws["C15"].value == 760
    ws.sheet_state = "hidden"
    return ws


B3_MONEY = {1: ["=ROUND(SUM(测算!C3:C6)/10000,2)", "=D6-D8", "=ROUND(测算!C7/10000,2)"],
            2: ["=ROUND(SUM(测算!C8:C10)/10000,2)", "=D6-D8", 0]}


def b3_sheet(wb, p):
    ws = wb.create_sheet(p["name"])
    r = xl_head(ws, p, B3_MONEY[p["seq"]], f'部门名称：{p["department"]}　　部门编码：{p["department_code"]}')
    put(ws, 10, 6, "修改前指标值", bold=True)
    ws.column_dimensions["F"].hidden = True                       # a HIDDEN column of superseded values
    rows = []                                                     # (indicator-or-hidden, hidden?)
    for x in p["indicators"]:
        rows.append((x, False))
        for l3, raw, basis in x.get("_hidden", ()):
            rows.append(({"level1": x["level1"], "level2": x["level2"], "level3": l3, "value_raw": raw, "basis": basis}, True))
    for i, (x, hid) in enumerate(rows):
        rr = r + i
        put(ws, rr, 3, x["level3"], left=True)
        put(ws, rr, 4, x.get("_f") or x["value_raw"]); put(ws, rr, 5, x["basis"])
        old = put(ws, rr, 6, x.get("_old"))
        if isinstance(old.value, str) and old.value.startswith("="):
            old.data_type = "s"                                   # `=720元/人·月` is text, not a formula
        if hid:
            ws.row_dimensions[rr].hidden = True
            ws.row_dimensions[rr].outlineLevel = 1
    for col, key_fn, key in ((1, lambda d: d[0]["level1"], "level1"), (2, lambda d: (d[0]["level1"], d[0]["level2"]), "level2")):
        for s, n in spans(rows, key_fn):
            mput(ws, r + s, col, col, rows[s][0][key], r1=r + s + n - 1)
    ws.cell(row=r + len(rows) + 1, column=1, value="填报人：张晓丽　　联系电话：0371-63XXXXX　　审核人：王建伟")


def d_b3(g, path):
    wb = Workbook()
    wb.remove(wb.active)
    for p in g["projects"]:
        b3_sheet(wb, p)
    b3_scratch(wb)
    src = os.path.join(TMP, "b3_src", os.path.basename(path))
    os.makedirs(os.path.dirname(src), exist_ok=True)
    wb.save(src)
    out = soffice(src, "xlsx:Calc MS Excel 2007 XML", os.path.join(TMP, "b3_lo"))
    shutil.copy(out, path)


# =============================================================== b4 protected template, drop-downs, notes
L1_LIST = ["产出指标", "效益指标", "成本指标", "满意度指标"]
L2_LIST = ["数量指标", "质量指标", "时效指标", "经济成本指标", "社会成本指标", "生态环境成本指标", "经济效益指标",
           "社会效益指标", "生态效益指标", "可持续影响指标", "服务对象满意度指标"]
B4_INPUT = 15                                                     # template input rows per form


def b4_sheet(wb, p):
    ws = wb.create_sheet(f'项目{p["seq"]}')
    r = xl_head(ws, p, [p["budget_total"], p["budget_fiscal"], p["budget_other"]],
                f'部门名称：{p["department"]}　　部门编码：{p["department_code"]}')
    unlocked = Protection(locked=False)
    fill = PatternFill("solid", fgColor="FFF2CC")
    for rr in range(3, 10):
        for cc in range(2, 6):
            c = ws.cell(row=rr, column=cc)
            if rr in (3, 5, 9) or (rr == 4 and cc in (2, 4)) or (rr >= 6 and cc == 4):
                c.protection = unlocked
    for i in range(B4_INPUT):
        x = p["indicators"][i] if i < len(p["indicators"]) else None
        for c, k in enumerate(("level1", "level2", "level3", "value_raw", "basis"), 1):
            cell = put(ws, r + i, c, x[k] if x else None, left=(c == 3))
            cell.protection = unlocked
            cell.fill = fill
        if x and x.get("_note"):
            ws.cell(row=r + i, column=4).comment = Comment(x["_note"], "区财政局 刘芳")
    last = r + B4_INPUT - 1
    dv1 = DataValidation(type="list", formula1="=下拉选项!$A$2:$A$5", allow_blank=True, showErrorMessage=True,
                         errorTitle="输入有误", error="请从下拉列表中选择一级指标", promptTitle="一级指标",
                         prompt="请从下拉列表中选择", showInputMessage=True)
    dv2 = DataValidation(type="list", formula1="=下拉选项!$B$2:$B$12", allow_blank=True, showErrorMessage=True,
                         errorTitle="输入有误", error="请从下拉列表中选择二级指标", promptTitle="二级指标",
                         prompt="请从下拉列表中选择", showInputMessage=True)
    dv3 = DataValidation(type="list", formula1='"计划标准,行业标准,历史标准,其他标准"', allow_blank=True)
    for dv, col in ((dv1, "A"), (dv2, "B"), (dv3, "E")):
        ws.add_data_validation(dv)
        dv.add(f"{col}{r}:{col}{last}")
    ws.cell(row=10, column=1).comment = Comment("一级、二级指标请从下拉列表中选择，不得自行修改。", "区财政局")
    ws.cell(row=10, column=4).comment = Comment("指标值请填写“≥”“≤”“=”等符号及计量单位，如≥95%。", "区财政局")
    ws.cell(row=last + 2, column=1, value="填报人：杨小雨　　联系电话：028-86XXXXXX　　审核人：何春林")
    ws.protection.sheet = True
    ws.protection.password = "jj2025"


def d_b4(g, path):
    from openpyxl.workbook.protection import WorkbookProtection
    wb = Workbook()
    wb.remove(wb.active)
    for p in g["projects"]:
        b4_sheet(wb, p)
    ws = wb.create_sheet("下拉选项")
    ws["A1"], ws["B1"], ws["C1"] = "一级指标", "二级指标", "指标值设定依据"
    for i, s in enumerate(L1_LIST, 2):
        ws.cell(row=i, column=1, value=s)
    for i, s in enumerate(L2_LIST, 2):
        ws.cell(row=i, column=2, value=s)
    for i, s in enumerate(LIST[1:], 2):
        ws.cell(row=i, column=3, value=s)
    ws.sheet_state = "hidden"
    wb.security = WorkbookProtection(workbookPassword="jj2025", lockStructure=True)
    wb.save(path)


# =============================================================== reportlab grids (b5, b6)
def rl_setup():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    pdfmetrics.registerFont(UnicodeCIDFont(F))


def wrap(text, width, size):
    if "\n" in text:
        return [ln for part in text.split("\n") for ln in wrap(part, width, size)]
    from reportlab.pdfbase.pdfmetrics import stringWidth
    lines, cur = [], ""
    for ch in text:
        if cur and stringWidth(cur + ch, F, size) > width:
            lines.append(cur); cur = ch
        else:
            cur += ch
    return lines + [cur] if cur else lines or [""]


FS, LEAD, PAD = 9.5, 12.5, 4.0


def cell(r, c, text, role="text", rs=1, cs=1, field=None, min_lines=1):
    return {"r": r, "c": c, "rs": rs, "cs": cs, "text": text or "", "role": role, "field": field, "min_lines": min_lines}


def layout(colw, cells, min_h=20):
    n = max(x["r"] + x["rs"] for x in cells)
    h = [min_h] * n
    for x in cells:
        x["w"] = sum(colw[x["c"]:x["c"] + x["cs"]])
        x["lines"] = wrap(x["text"], x["w"] - 2 * PAD, FS)
        need = max(len(x["lines"]), x["min_lines"]) * LEAD + 2 * PAD + 2
        if x["rs"] == 1:
            h[x["r"]] = max(h[x["r"]], need)
    for x in cells:
        if x["rs"] > 1:
            have = sum(h[x["r"]:x["r"] + x["rs"]])
            need = len(x["lines"]) * LEAD + 2 * PAD + 2
            if have < need:
                for k in range(x["r"], x["r"] + x["rs"]):
                    h[k] += (need - have) / x["rs"]
    return h


def draw_grid(canv, x0, ytop, colw, cells, fields=None):
    """stroked cells; a cell with `field` draws NO text and records (name, rect, spec) for a form field."""
    heights = layout(colw, cells)
    for x in cells:
        cx = x0 + sum(colw[:x["c"]])
        top = ytop - sum(heights[:x["r"]])
        hh = sum(heights[x["r"]:x["r"] + x["rs"]])
        by, w = top - hh, x["w"]
        canv.setLineWidth(0.6); canv.setStrokeColor("black")
        canv.rect(cx, by, w, hh, stroke=1, fill=0)
        if x["field"]:
            fields.append((x["field"], [cx + 1.5, by + 1.5, cx + w - 1.5, top - 1.5]))
            continue
        canv.setFillColor("black"); canv.setFont(F, FS)
        n = len(x["lines"])
        first = by + hh / 2 + (n * LEAD) / 2 - LEAD + (LEAD - FS) / 2 + 1.2
        for k, s in enumerate(x["lines"]):
            if x["role"] == "text":
                canv.drawString(cx + PAD, first - k * LEAD, s)
            else:
                canv.drawCentredString(cx + w / 2, first - k * LEAD, s)
    return ytop - sum(heights)


KW = [90, 165, 90, 160]
IW = [62, 88, 150, 110, 95]


def form_page(canv, p, dept_line, fields, as_fields=True, footer=None):
    """one project per page; with as_fields the entries are recorded as form fields instead of drawn."""
    from reportlab.lib.pagesizes import A4
    W_, H_ = A4
    x0 = 45
    canv.setFillColor("black"); canv.setFont(F, 16)
    canv.drawCentredString(W_ / 2, H_ - 58, p["title"])
    canv.setFont(F, 10)
    canv.drawString(x0, H_ - 84, dept_line)
    canv.drawRightString(W_ - x0, H_ - 84, "单位：万元")
    s = p["seq"]

    def v(text, name, kind="tx", **k):
        return cell(0, 0, "" if as_fields else text, "val" if kind != "ml" else "text",
                    field=(f"p{s}_{name}", text, kind) if as_fields else None, **k)

    def at(c, r, col, cs=1):
        c["r"], c["c"], c["cs"] = r, col, cs
        return c

    goals = "\n".join(numbered(p["goals"]))
    kv = [cell(0, 0, "项目名称", "label"), at(v(p["name"], "xmmc"), 0, 1, 3),
          cell(1, 0, "项目编码", "label"), at(v(p["code"], "xmbm"), 1, 1), cell(1, 2, "主管部门", "label"),
          at(v(p["department"], "zgbm"), 1, 3),
          cell(2, 0, "实施单位", "label"), at(v(p["implementing_unit"], "ssdw"), 2, 1, 3),
          cell(3, 0, "年度资金总额", "label"), at(v(money(p["budget_total"]), "zje"), 3, 1),
          cell(3, 2, "其中：财政拨款", "label"), at(v(money(p["budget_fiscal"]), "czbk"), 3, 3),
          cell(4, 0, "其他资金", "label"), at(v(money(p["budget_other"]), "qtzj"), 4, 1, 3),
          cell(5, 0, "年度目标", "label"), at(v(goals, "ndmb", "ml", min_lines=len(wrap(goals, 400, FS)) + 1), 5, 1, 3)]
    y = draw_grid(canv, x0, H_ - 92, KW, kv, fields)
    inds = p["indicators"]
    cs = [cell(0, c, h, "head") for c, h in enumerate(B1_HEAD)]
    for col, key_fn, key in ((0, lambda d: d["level1"], "level1"), (1, lambda d: (d["level1"], d["level2"]), "level2")):
        for st, n in spans(inds, key_fn):
            cs.append(cell(1 + st, col, inds[st][key], "val", rs=n))
    for i, x in enumerate(inds, 1):
        cs.append(cell(i, 2, x["level3"]))
        cs.append(at(v(x["value_raw"], f"zbz{i:02d}"), i, 3))
        cs.append(at(v(x["basis"], f"yj{i:02d}", "ch"), i, 4))
    y = draw_grid(canv, x0, y - 8, IW, cs, fields)
    canv.setFillColor("black"); canv.setFont(F, 10)
    canv.drawString(x0, y - 20, footer or "")
    assert y - 20 > 40, f"{p['name']}: runs off the page ({y})"


# =============================================================== b5 AcroForm, /V only, incremental revision
def d_b5(g, path):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import (ArrayObject, BooleanObject, DictionaryObject, FloatObject, NameObject,
                               NumberObject, TextStringObject)
    rl_setup()
    base = os.path.join(TMP, "b5_grid.pdf")
    canv = canvas.Canvas(base, pagesize=A4, pageCompression=1)
    canv.setTitle(g["document"]["title"]); canv.setAuthor(g["document"]["department"])
    canv.setCreator("江岸区预算绩效管理系统 表单模板 v3.2")
    pages_fields = []
    for p in g["projects"]:
        fields = []
        form_page(canv, p, f'填报单位：{p["department"]}　　部门编码：{p["department_code"]}', fields,
                  footer="填报人：吴思雨　　联系电话：027-82XXXXXX　　审核人：胡德明")
        canv.showPage()
        pages_fields.append(fields)
    canv.save()
    # revision 1: the department's fill (values of _v1 / _v1_money where given)
    v1 = {}
    for p in g["projects"]:
        s = p["seq"]
        if p.get("_v1_money"):
            v1[f"p{s}_zje"], v1[f"p{s}_czbk"] = (money(m) for m in p["_v1_money"])
        for i, x in enumerate(p["indicators"], 1):
            if x.get("_v1"):
                v1[f"p{s}_zbz{i:02d}"] = x["_v1"]
    w = PdfWriter(clone_from=base)
    font_ref = None
    for pg in w.pages:
        for k, ref in pg["/Resources"]["/Font"].items():
            if ref.get_object().get("/BaseFont") == "/" + F:
                font_ref = ref
    assert font_ref is not None
    all_fields = []
    for pg, fields in zip(w.pages, pages_fields):
        annots = ArrayObject()
        for (name, final, kind), rect in fields:
            d = DictionaryObject({
                NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Widget"),
                NameObject("/F"): NumberObject(4), NameObject("/T"): TextStringObject(name),
                NameObject("/Rect"): ArrayObject([FloatObject(round(c, 2)) for c in rect]),
                NameObject("/DA"): TextStringObject("/STSong 9 Tf 0 g"),
                NameObject("/V"): TextStringObject(v1.get(name, final)),
                NameObject("/P"): pg.indirect_reference,
                NameObject("/MK"): DictionaryObject()})
            if kind == "ch":
                d[NameObject("/FT")] = NameObject("/Ch")
                d[NameObject("/Ff")] = NumberObject(1 << 17)                        # combo box
                d[NameObject("/Opt")] = ArrayObject([TextStringObject(o) for o in LIST[1:]])
            else:
                d[NameObject("/FT")] = NameObject("/Tx")
                if kind == "ml":
                    d[NameObject("/Ff")] = NumberObject(1 << 12)                    # multiline
                else:
                    d[NameObject("/Q")] = NumberObject(1)                           # centred
            ref = w._add_object(d)
            annots.append(ref)
            all_fields.append(ref)
        pg[NameObject("/Annots")] = annots
    w._root_object[NameObject("/AcroForm")] = DictionaryObject({
        NameObject("/Fields"): ArrayObject(all_fields), NameObject("/NeedAppearances"): BooleanObject(True),
        NameObject("/DA"): TextStringObject("/STSong 9 Tf 0 g"),
        NameObject("/DR"): DictionaryObject({NameObject("/Font"): DictionaryObject({NameObject("/STSong"): font_ref})})})
    w.add_metadata({"/Producer": "pypdf", "/ModDate": "D:20250114093000+08'00'"})
    rev1 = os.path.join(TMP, "b5_rev1.pdf")
    with open(rev1, "wb") as f:
        w.write(f)
    # revision 2, APPENDED (incremental update): the finance bureau's corrections
    w2 = PdfWriter(rev1, incremental=True)
    finals = {}
    for p in g["projects"]:
        s = p["seq"]
        finals[f"p{s}_zje"], finals[f"p{s}_czbk"] = money(p["budget_total"]), money(p["budget_fiscal"])
        for i, x in enumerate(p["indicators"], 1):
            finals[f"p{s}_zbz{i:02d}"] = x["value_raw"]
    changed = 0
    for pg in w2.pages:
        for a in pg["/Annots"]:
            a = a.get_object()
            name = a["/T"]
            if name in v1 and finals[name] != v1[name]:
                a[NameObject("/V")] = TextStringObject(finals[name])
                changed += 1
    assert changed == len(v1) == 5, (changed, v1)
    w2.add_metadata({"/ModDate": "D:20250121162000+08'00'"})
    with open(path, "wb") as f:
        w2.write(f)
    data = open(path, "rb").read()
    assert data.startswith(open(rev1, "rb").read()) and data.count(b"%%EOF") == 2


# =============================================================== b6 NEGATIVE: user password
B6_PROJECT = {"seq": 1, "title": NEG["title"], "name": "义务教育学校校舍维修改造", "code": "YL2025-JY-005",
              "department": NEG["department"], "department_code": NEG["code"],
              "implementing_unit": "长沙市岳麓区教育后勤服务中心", "budget_total": 780.00, "budget_fiscal": 780.00,
              "budget_other": 0.0, "goals": ["对辖区12所义务教育学校校舍实施维修改造，消除安全隐患，改善办学条件。"],
              "indicators": [{"level1": "产出指标", "level2": "数量指标", "level3": "维修改造学校", "value_raw": "≥12所", "basis": "计划标准"},
                             {"level1": "产出指标", "level2": "质量指标", "level3": "工程验收合格率", "value_raw": "100%", "basis": "行业标准"},
                             {"level1": "产出指标", "level2": "时效指标", "level3": "暑期完工时间", "value_raw": "2025年8月25日前", "basis": "计划标准"},
                             {"level1": "成本指标", "level2": "经济成本指标", "level3": "校舍维修单位成本", "value_raw": "≤420元/平方米", "basis": "行业标准"},
                             {"level1": "效益指标", "level2": "社会效益指标", "level3": "校舍安全隐患消除率", "value_raw": "100%", "basis": "行业标准"},
                             {"level1": "满意度指标", "level2": "服务对象满意度指标", "level3": "师生满意度", "value_raw": "≥90%", "basis": "历史标准"}]}


def d_b6(path):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from pypdf import PdfWriter
    rl_setup()
    base = os.path.join(TMP, "b6_plain.pdf")
    canv = canvas.Canvas(base, pagesize=A4, pageCompression=1)
    p = B6_PROJECT
    form_page(canv, p, f'部门名称：{p["department"]}　　部门编码：{p["department_code"]}', [], as_fields=False,
              footer="填报人：彭丽　　联系电话：0731-88XXXXXX　　审核人：谢文斌")
    canv.showPage(); canv.save()
    w = PdfWriter(clone_from=base)
    w.encrypt(user_password=NEG["password"], owner_password=NEG["password"] + "-owner", algorithm="AES-256")
    with open(path, "wb") as f:
        w.write(f)


# =============================================================== driver
def build(stem, g):
    kind = {"b1": ("docx", d_b1), "b2": ("docx", d_b2), "b3": ("xlsx", d_b3), "b4": ("xlsx", d_b4),
            "b5": ("pdf", d_b5)}[stem[:2]]
    out = os.path.join(OUT, stem + "." + kind[0])
    kind[1](g, out)
    pages = None
    if kind[0] == "pdf":
        import pypdfium2 as pdfium
        pages = len(pdfium.PdfDocument(out))
    return out, kind[0], pages


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
        with open(os.path.join(EXPECTED, stem + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(rec, f, ensure_ascii=False, indent=1)
        print("wrote", os.path.basename(path), pages or "")
    if not only or NEG["stem"] in only:
        path = os.path.join(OUT, NEG["stem"] + ".pdf")
        d_b6(path)
        with open(os.path.join(EXPECTED, NEG["stem"] + ".refusal.txt"), "w", encoding="utf-8") as f:
            f.write(NEG["refusal"] + "\n")
        print("wrote", os.path.basename(path), "(negative)")


if __name__ == "__main__":
    main()
