#!/usr/bin/env python3
"""Render every heldout19b draft FROM the facts in golds.py and write expected/NAME.gold.json.
WHOLE department drafts (cover, 目录, part one, part two) with the forms of the named families:
h1 .docx (python-docx), h2 .docx → LibreOffice PDF, h3 a portal's HTML page, h4 a MinerU Markdown export,
h5 a Word "save as plain text" copy (GB18030, CRLF), h6 .docx → LibreOffice Word 97 .doc.
Intermediate files and the LibreOffice profile under /tmp/heldout19b_build, one conversion at a time.
Nothing from jixiao is used. usage: make.py [h1 h2 …]"""
import hashlib, html, json, os, shutil, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from golds import G, F, clean, cells
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_ALIGN_VERTICAL
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

BUILD = "/tmp/heldout19b_build"
DRAFTS, EXPECTED = os.path.join(HERE, "drafts"), os.path.join(HERE, "expected")
LO = ["/usr/bin/soffice", f"-env:UserInstallation=file://{BUILD}/lo_profile", "--headless"]
CN = "一二三四五六七八九十"
L1W = {"产出": "产出指标", "效益": "效益指标", "满意": "满意度指标", "成本": "成本指标"}
L2W = {"数量": "数量指标", "质量": "质量指标", "时效": "时效指标", "经济成本": "经济成本指标", "成本": "成本指标",
       "经济": "经济效益指标", "社会": "社会效益指标", "生态": "生态效益指标", "可持续": "可持续影响指标",
       "服务对象": "服务对象满意度指标"}


def pv(v):
    return v[2:] if v.startswith("Q:") else v


def soffice(src, fmt, outdir):
    subprocess.run(LO + ["--convert-to", fmt, "--outdir", outdir, src], check=True, capture_output=True, timeout=180)


# ------------------------------------------------------------------ the words of a whole draft (shared by all formats)
def cover(f, seal=False):
    out = [("cover_dept", f["dept"]), ("cover_title", f["title"])]
    if f["status"]:
        out.append(("p_c", f"（{f['status']}）"))
    out.append(("p_c", f["compiled"] + ("（盖章）" if seal else "") + "编制"))
    if f["reviewed"]:
        out.append(("p_c", f["reviewed"] + "审核"))
    out.append(("p_c", f["date"]))
    return out


def toc_lines(f, leader="……"):
    out = [("h", "目　录"), ("toc", "第一部分　部门整体绩效目标")]
    k1 = k2 = 0
    for part, t, pg in f["toc"]:
        if part == 1:
            out.append(("toc", f"{CN[k1]}、{t}{leader}{pg}")); k1 += 1
        else:
            if k2 == 0:
                out.append(("toc", "第二部分　项目支出绩效目标表"))
            k2 += 1
            out.append(("toc", f"{k2}、{t}{leader}{pg}"))
    return out


def part1(f):
    names = [t for p, t, _ in f["toc"] if p == 1]
    out = [("h", "第一部分　部门整体绩效目标")]
    body = {"部门职责": [("p", f["duties"])], "机构设置": [("p", f["org"])],
            "总体绩效目标": [("p", f"（{CN[k]}）{g}") for k, g in enumerate(f["overall"])],
            "分项绩效目标": [x for k, (t, g, i) in enumerate(f["subs"])
                       for x in (("p", f"（{CN[k]}）{t}"), ("p", f"绩效目标：{g}"), ("p", f"绩效指标：{i}"))],
            "工作保障措施": [("p", f"（{CN[k]}）{t}。{x}") for k, (t, x) in enumerate(f["safe"])]}
    for k, n in enumerate(names):
        out.append(("h2", f"{CN[k]}、{n}"))
        out.extend(body[n])
    return out


# ------------------------------------------------------------------ forms as grids: rows of (text, colspan, rowspan)
def c(t, cs=1, rs=1):
    return (t, cs, rs)


def level_rows(rows, ncols_before=0, lead=()):
    """indicator rows [l1, l2, rest…] → spec rows with 一级 / 二级 rowspans (runs within the table)."""
    out = []
    n = len(rows)
    for k, r in enumerate(rows):
        row = list(lead) if k == 0 else []
        for col in (0, 1):
            if k > 0 and rows[k - 1][: col + 1] == r[: col + 1]:
                continue
            span = 1
            while k + span < n and rows[k + span][: col + 1] == r[: col + 1]:
                span += 1
            row.append(c(r[col], 1, span))
        row.extend(c(x) for x in r[2:])
        out.append(row)
    return out


def lv(block, n):
    return [[L1W[r[0]], L2W[r[1]]] + r[2:] for r in cells(block, n)]


def gd_dept_form(f):
    d = f["deptform"]
    rows = [[c("部门名称"), c(f["dept"], 5)],
            [c("年度预算（万元）", 1, 3), c("资金总额"), c(d["total"], 4)],
            [c("其中：财政拨款"), c(d["fiscal"], 4)], [c("其他资金"), c(d["other"], 4)],
            [c("年度总体目标"), c("\n".join(f"{k}.{g}" for k, g in enumerate(d["goals"], 1)), 5)],
            [c(x) for x in ("一级指标", "二级指标", "三级指标", "上年度实际水平", "本年度计划完成水平", "指标解释")]]
    ind = [[a, b, cc, bl, pv(v), e] for a, b, cc, bl, v, e in lv(d["rows"], 6)]
    return 6, rows + level_rows(ind), len(rows)


def gd_proj_form(p):
    rows = [[c("项目名称"), c(p["name"], 5)], [c("项目实施单位"), c(p["iu"], 5)],
            [c("项目资金（万元）", 1, 3), c("总额"), c(p["total"], 4)],
            [c("其中：财政拨款"), c(p["fiscal"], 4)], [c("其他资金"), c(p["other"], 4)],
            [c("年度绩效目标"), c(p["goal"], 5)],
            [c(x) for x in ("一级指标", "二级指标", "三级指标", "上年度实际水平", "本年度计划完成水平", "指标解释")]]
    ind = [[a, b, cc, bl, pv(v), e] for a, b, cc, bl, v, e in lv(p["rows"], 6)]
    return 6, rows + level_rows(ind), len(rows)


def yitihua(f):
    head = [c(x) for x in ("单位名称", "项目名称", "预算数", "年度目标", "一级指标", "二级指标", "三级指标", "指标性质",
                           "指标值", "度量单位", "权重", "指标方向性")]
    out = [head]
    total = sum(len(cells(p["rows"], 8)) for p in f["projs"])
    for k, p in enumerate(f["projs"]):
        ind = [[a, b, cc, s, v, u, w, d + "指标"] for a, b, cc, s, v, u, w, d in lv(p["rows"], 8)]
        n = len(ind)
        lead = ([c(f"{f['code']}-{f['dept']}", 1, total)] if k == 0 else []) + \
               [c(p["name"], 1, n), c(p["budget"], 1, n), c(p["goal"], 1, n)]
        out.extend(level_rows(ind, lead=lead))
    return 12, out, 1


def annex_form(f, p):
    rows = [[c("项目名称"), c(p["name"], 4)],
            [c("主管部门及代码"), c(f"[{f['code']}]{f['dept']}"), c("实施单位"), c(p["iu"], 2)],
            [c("项目属性"), c(p["attr"]), c("项目期"), c(p["span"], 2)],
            [c("项目资金（万元）", 1, 4), c("年度资金总额"), c(p["amt"][0], 3)],
            [c("其中：财政拨款"), c(p["amt"][1], 3)], [c("上年结转资金"), c(p["amt"][2], 3)],
            [c("其他资金"), c(p["amt"][3], 3)],
            [c("年度绩效目标"), c("\n".join(f"{k}.{g}" for k, g in enumerate(p["goals"], 1)), 4)]]
    ind = [[a, b, cc, pv(v)] for a, b, cc, v in lv(p["rows"], 4)]
    n = len(ind) + 1
    rows.append([c("绩效指标", 1, n)] + [c(x) for x in ("一级指标", "二级指标", "三级指标", "指标值")])
    return 5, rows + level_rows(ind), len(rows)


def approval_form(f, p):
    rows = [[c("项目名称"), c(p["name"], 2), c("项目编码"), c(p["code"])],
            [c("主管部门及代码"), c(f"[{f['code']}]{f['dept']}", 2), c("实施单位"), c(p["iu"])],
            [c("项目属性"), c(p["attr"], 2), c("实施周期"), c(p["period"])],
            [c("项目资金（万元）", 1, 3), c("实施期资金总额"), c(p["mid"][0]), c("年度资金总额"), c(p["year"][0])],
            [c("其中：财政拨款"), c(p["mid"][1]), c("其中：财政拨款"), c(p["year"][1])],
            [c("其他资金"), c(p["mid"][2]), c("其他资金"), c(p["year"][2])],
            [c("总体目标", 1, 2), c("实施期目标", 2), c("年度目标", 2)],
            [c("".join(f"{k}.{g}" for k, g in enumerate(p["gm"], 1)), 2),
             c("".join(f"{k}.{g}" for k, g in enumerate(p["gy"], 1)), 2)],
            [c(x) for x in ("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值")]]
    ind = [[a, b, cc, pv(m), pv(y)] for a, b, cc, m, y in lv(p["rows"], 5)]
    return 5, rows + level_rows(ind), len(rows)


def form2015(f, p):
    rows = [[c("项目名称"), c(p["name"], 4)],
            [c("项目属性"), c("□新增项目　■延续项目" if p["attr"] == "延续项目" else "■新增项目　□延续项目", 4)],
            [c("项目单位"), c(p["iu"]), c("项目负责人"), c(p["lead"], 2)],
            [c("联系电话"), c(p["tel"]), c("项目起止时间"), c(p["span"], 2)],
            [c("年度资金总额及构成（万元）", 1, 3), c("总额"), c(p["amt"][0], 3)],
            [c("其中：财政拨款"), c(p["amt"][1], 3)], [c("其他资金"), c(p["amt"][2], 3)],
            [c("项目概况"), c(p["overview"], 4)],
            [c("长期绩效目标"), c(p["longg"][0], 4)],
            [c("年度绩效目标"), c("".join(f"{k}、{g}" for k, g in enumerate(p["goals"], 1)), 4)]]
    for lab, key in (("长期绩效指标", "lrows"), ("年度绩效指标", "yrows")):
        ind = [[a, b, cc, pv(v)] for a, b, cc, v in lv(p[key], 4)]
        rows.append([c(lab, 1, len(ind) + 1)] + [c(x) for x in ("一级指标", "二级指标", "指标内容", "指标值")])
        rows.extend(level_rows(ind))
    return 5, rows, None


def plain_dept_form(f):
    d = f["deptform"]
    rows = [[c("部门（单位）名称"), c(f["dept"], 3)],
            [c("年度预算安排（万元）", 1, 3), c("资金总额"), c(d["total"], 2)],
            [c("其中：财政拨款"), c(d["fiscal"], 2)], [c("其他资金"), c(d["other"], 2)],
            [c("年度总体目标"), c("\n".join(f"目标{k}：{g}" for k, g in enumerate(d["goals"], 1)), 3)],
            [c(x) for x in ("一级指标", "二级指标", "三级指标", "指标值")]]
    ind = [[a, b, cc, pv(v)] for a, b, cc, v in lv(d["rows"], 4)]
    return 4, rows + level_rows(ind), len(rows)


def hubei_forms(p):
    info = [[c("项目名称"), c(p["name"], 3)], [c("项目类别"), c(p["ptype"]), c("项目性质"), c(p["pnature"])],
            [c("立项依据"), c(p["basis"], 3)]]
    cost = [[c(x) for x in ("明细", "金额", "测算（公式）依据", "2022年实际执行数", "2023年实际执行数")]] + \
           [[c(x) for x in r] for r in p["costs"]] + [[c("合计"), c(p["total"]), c(""), c(""), c("")]]
    ind = [[c("年度绩效目标"), c(p["goal"], 4)],
           [c(x) for x in ("一级指标", "二级指标", "三级指标", "绩效标准", "当年预期实现值")]]
    rows = [[a, b, cc, d, pv(v)] for a, b, cc, d, v in lv(p["rows"], 5)]
    ind += level_rows(rows) + [[c("保障绩效目标实现措施"), c(p["measures"], 4)]]
    return [(4, info, None), (5, cost, 1), (5, ind, 2)]


# ------------------------------------------------------------------ spec → occupancy grid
def occupy(ncols, spec):
    """→ list of (r, col, text, cs, rs) for origin cells; asserts the spec fills the grid exactly."""
    taken, out = set(), []
    for r, row in enumerate(spec):
        col = 0
        for t, cs, rs in row:
            while (r, col) in taken:
                col += 1
            out.append((r, col, t, cs, rs))
            for i in range(r, r + rs):
                for j in range(col, col + cs):
                    assert (i, j) not in taken, (r, col, t)
                    taken.add((i, j))
            col += cs
    assert taken == {(i, j) for i in range(len(spec)) for j in range(ncols)}, spec[0]
    return out


# ------------------------------------------------------------------ python-docx
def docx_new(size=10.5, font="Noto Serif CJK SC"):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = font; st.font.size = Pt(size)
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
    st.paragraph_format.space_after = Pt(0); st.paragraph_format.space_before = Pt(0)
    cp = doc.core_properties; cp.author = "财务股"; cp.title = ""
    return doc


def dpara(doc, text, size=None, bold=False, center=False, indent=False):
    p = doc.add_paragraph()
    r = p.add_run(text); r.bold = bold
    if size: r.font.size = Pt(size)
    if center: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if indent: p.paragraph_format.first_line_indent = Pt(21)
    return p


def pagebreak(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def dblocks(doc, blocks):
    for kind, t in blocks:
        if kind == "cover_dept":
            for _ in range(4): doc.add_paragraph()
            dpara(doc, t, 22, True, True)
        elif kind == "cover_title":
            dpara(doc, t, 26, True, True); doc.add_paragraph()
        elif kind == "p_c":
            dpara(doc, t, 14, False, True)
        elif kind == "h":
            dpara(doc, t, 16, True, True)
        elif kind == "h2":
            dpara(doc, t, 12, True)
        elif kind == "toc":
            dpara(doc, t, 12)
        else:
            dpara(doc, t, indent=True)


def dtable(doc, ncols, spec, header_row=None, size=9):
    t = doc.add_table(rows=len(spec), cols=ncols)
    t.style = "Table Grid"
    for r, col, text, cs, rs in occupy(ncols, spec):
        cell = t.cell(r, col)
        if cs > 1 or rs > 1:
            cell = cell.merge(t.cell(r + rs - 1, col + cs - 1))
        lines = text.split("\n")
        cell.paragraphs[0].text = ""
        run = cell.paragraphs[0].add_run(lines[0]); run.font.size = Pt(size)
        for ln in lines[1:]:
            run.add_break(); run = cell.paragraphs[0].add_run(ln); run.font.size = Pt(size)
        cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
    if header_row is not None:
        tr = t.rows[header_row - 1]._tr
        pr = tr.get_or_add_trPr(); e = OxmlElement("w:tblHeader"); e.set(qn("w:val"), "true"); pr.append(e)
    return t


def landscape(doc):
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.LANDSCAPE; s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    s.left_margin = s.right_margin = Cm(1.5); s.top_margin = s.bottom_margin = Cm(1.5)
    return s


def docx_whole(f, seal=False):
    doc = docx_new()
    s = doc.sections[0]; s.page_width, s.page_height = Cm(21.0), Cm(29.7)
    dblocks(doc, cover(f, seal)); pagebreak(doc)
    dblocks(doc, toc_lines(f)); pagebreak(doc)
    return doc


def h1(path):
    f = F["h1"]
    doc = docx_whole(f)
    dblocks(doc, part1(f)); pagebreak(doc)
    dpara(doc, "第二部分　项目支出绩效目标表", 16, True, True)
    dpara(doc, "部门整体支出绩效目标表", 14, True, True)
    dpara(doc, "（2025年度）", 11, False, True)
    dpara(doc, "单位：万元")
    n, spec, hdr = gd_dept_form(f)
    dtable(doc, n, spec)
    dpara(doc, "说明：以下为本部门2025年度项目支出绩效目标表，按项目逐一列示；上年度实际水平为2024年度实际完成值，无可比数据的填“—”或“/”。",
          indent=True)
    for p in f["projs"]:
        pagebreak(doc)
        dpara(doc, f"2025年度{p['name']}项目绩效目标表", 14, True, True)
        dpara(doc, f"填报单位：{f['dept']}　　　　单位：万元")
        n, spec, hdr = gd_proj_form(p)
        dtable(doc, n, spec)
    doc.save(path)


def h2(path):
    f = F["h2"]
    doc = docx_whole(f)
    blocks = part1(f)
    k = [i for i, b in enumerate(blocks) if b == ("h2", "四、分项绩效目标")][0]
    dblocks(doc, blocks[:k]); pagebreak(doc); dblocks(doc, blocks[k:])
    landscape(doc)
    dpara(doc, "第二部分　项目支出绩效目标表", 14, True, True)
    dpara(doc, "2025年部门预算项目绩效目标表", 13, True, True)
    dpara(doc, f"单位（部门）：{f['code']}-{f['dept']}　　　　　　　　金额单位：万元", 9)
    dpara(doc, f["note"], 9)
    n, spec, hdr = yitihua(f)
    dtable(doc, n, spec, header_row=1, size=8)
    src = os.path.join(BUILD, "h2.docx"); doc.save(src)
    soffice(src, "pdf", BUILD)
    shutil.copyfile(os.path.join(BUILD, "h2.pdf"), path)


def h6(path):
    f = F["h6"]
    doc = docx_whole(f, seal=True)
    dblocks(doc, part1(f)); pagebreak(doc)
    dpara(doc, "第二部分　项目支出绩效目标表", 16, True, True)
    dpara(doc, "部门整体支出绩效目标表", 14, True, True)
    dpara(doc, f"（{f['year']}年度）", 11, False, True)
    dpara(doc, "单位：万元")
    n, spec, hdr = plain_dept_form(f)
    dtable(doc, n, spec)
    for p in f["projs"]:
        pagebreak(doc)
        dpara(doc, f"{p['name']}项目支出绩效目标表", 14, True, True)
        dpara(doc, f"主管部门：{f['dept']}　　　　　　单位：万元")
        for k, (n, spec, hdr) in enumerate(hubei_forms(p)):
            if k == 1:
                dpara(doc, "项目预算成本构成", 11, True)
            if k == 2:
                dpara(doc, "年度绩效目标及指标", 11, True)
            dtable(doc, n, spec)
        dpara(doc, "填报人：王建军　　联系电话：0728-3312567")
    src = os.path.join(BUILD, "h6.docx"); doc.save(src)
    soffice(src, "doc", BUILD)
    shutil.copyfile(os.path.join(BUILD, "h6.doc"), path)


# ------------------------------------------------------------------ HTML / Markdown tables
def html_table(ncols, spec, attrs=' border="1" cellspacing="0" cellpadding="4" width="100%"', cellfmt=None):
    occ = occupy(ncols, spec)
    rows = [[] for _ in spec]
    for r, col, t, cs, rs in occ:
        rows[r].append((t, cs, rs))
    out = [f"<table{attrs}>", "<tbody>"]
    for row in rows:
        tds = []
        for t, cs, rs in row:
            a = (f' colspan="{cs}"' if cs > 1 else "") + (f' rowspan="{rs}"' if rs > 1 else "")
            body = cellfmt(t) if cellfmt else html.escape(t).replace("\n", "<br>")
            tds.append(f"<td{a}>{body}</td>")
        out.append("<tr>" + "".join(tds) + "</tr>")
    out += ["</tbody>", "</table>"]
    return out


def h3(path):
    f = F["h3"]

    def cellfmt(t):      # the CMS wraps every cell's text in a styled <p><span>, line breaks as separate <p>
        return "".join(f'<p style="text-align:center;"><span style="font-family:宋体;font-size:10.5pt;">'
                       f"{html.escape(x)}</span></p>" for x in t.split("\n"))
    b = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">',
         f'<title>{f["dept"]}{f["year"]}年部门预算绩效目标_{f["dept"]}</title>',
         '<link rel="stylesheet" href="/static/css/article.css">', '</head>', '<body>',
         '<div class="header"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/xxgk/czzj/">财政资金</a></div>',
         '<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 财政预决算</div>',
         '<div class="article">', f'<h1 class="title">{f["dept"]}2025年部门预算绩效目标</h1>',
         '<div class="info">发布时间：2025-03-28　来源：财务司　【<a href="#">打印</a>】【<a href="#">关闭</a>】</div>',
         '<div class="TRS_Editor" id="zoom">']
    for kind, t in cover(f):
        b.append(f'<p style="text-align:center;"><strong>{html.escape(t)}</strong></p>' if kind.startswith("cover")
                 else f'<p style="text-align:center;">{html.escape(t)}</p>')
    for kind, t in toc_lines(f, leader="…………"):
        b.append(f'<p style="text-align:center;"><strong>{t}</strong></p>' if kind == "h" else f"<p>{html.escape(t)}</p>")
    for kind, t in part1(f):
        if kind == "h":
            b.append(f'<p style="text-align:center;"><strong>{html.escape(t)}</strong></p>')
        elif kind == "h2":
            b.append(f"<p><strong>{html.escape(t)}</strong></p>")
        else:
            b.append(f'<p style="text-indent:2em;">{html.escape(t)}</p>')
    b.append('<p style="text-align:center;"><strong>第二部分　项目支出绩效目标表</strong></p>')
    for k, p in enumerate(f["projs"]):
        if k == 1:
            b.append(f'<p style="text-indent:2em;">{html.escape(f["note"])}</p>')
        b.append('<p style="text-align:center;"><strong>项目支出绩效目标申报表</strong></p>')
        b.append('<p style="text-align:center;">（2025年度）</p>')
        b.append('<p style="text-align:right;">单位：万元</p>')
        n, spec, hdr = annex_form(f, p)
        b += html_table(n, spec, cellfmt=cellfmt)
        b.append("<p>&nbsp;</p>")
    b += ['</div>', '<div class="attach">附件：<a href="/files/2025ysjx.pdf">国家统计局2025年部门预算绩效目标.pdf</a></div>',
          '</div>', '<div class="footer">主办单位：国家统计局　网站标识码bm36000002　京ICP备05034670号</div>',
          '</body>', '</html>']
    open(path, "w", encoding="utf-8").write("\n".join(b) + "\n")


def h4(path):
    f = F["h4"]
    b = []
    for kind, t in cover(f):
        b.append(("# " + t) if kind.startswith("cover") else t)
    for kind, t in toc_lines(f, leader=" "):
        b.append(("# " + t) if kind == "h" else t)
    for kind, t in part1(f):
        b.append(("# " + t) if kind in ("h", "h2") else t)
    b.append("# 第二部分　项目支出绩效目标表")
    for k, p in enumerate(f["projs"]):
        if k == 1:
            b.append(f["note"])
        b.append("# 2025年度项目支出绩效目标批复表")
        b.append("单位：万元")
        n, spec, hdr = approval_form(f, p)
        b.append("".join(html_table(n, spec, attrs="", cellfmt=lambda t: html.escape(t))).replace("<tbody>", "")
                 .replace("</tbody>", ""))
    b.append("批复单位：金华市婺城区财政局")
    open(path, "w", encoding="utf-8").write("\n\n".join(b) + "\n")


def txt_rows(ncols, spec):
    """Word's plain-text copy of a table: one line per row, cells apart by tabs; a vertically merged cell is written
    once (its continuation cells come out empty), a horizontally merged cell once."""
    occ = occupy(ncols, spec)
    origin = {(r, col): (t, cs, rs) for r, col, t, cs, rs in occ}
    lines = []
    for r in range(len(spec)):
        out, col = [], 0
        while col < ncols:
            if (r, col) in origin:
                t, cs, rs = origin[(r, col)]
                out.append(t.replace("\n", " ")); col += cs
            else:
                above = [(rr, cc) for (rr, cc), (t, cs, rs) in origin.items() if rr < r <= rr + rs - 1 and cc == col]
                cs = origin[above[0]][1]
                out.append(""); col += cs
        lines.append("\t".join(out))
    return lines


def h5(path):
    f = F["h5"]
    L = []
    for kind, t in cover(f):
        L.append(t)
    L.append("")
    for kind, t in toc_lines(f, leader="\t"):
        L.append(t)
    L.append("")
    for kind, t in part1(f):
        L.append(t)
    L.append("")
    L.append("第二部分　项目支出绩效目标表")
    for k, p in enumerate(f["projs"]):
        if k == 1:
            L.append(f["note"])
        L += ["项目绩效目标表", "（2024年度）",
              f"主管部门（盖章）：{f['dept']}　　主管部门编码：{f['code']}　　单位：万元"]
        n, spec, hdr = form2015(f, p)
        L += txt_rows(n, spec)
        L.append("")
    open(path, "wb").write(("\r\n".join(L) + "\r\n").encode("gb18030"))


MAKERS = {"h1": (h1, "docx", "docx"), "h2": (h2, "pdf", "pdf"), "h3": (h3, "html", "html"),
          "h4": (h4, "md", "text"), "h5": (h5, "txt", "text"), "h6": (h6, "doc", "doc")}


def main():
    os.makedirs(BUILD, exist_ok=True); os.makedirs(DRAFTS, exist_ok=True); os.makedirs(EXPECTED, exist_ok=True)
    only = sys.argv[1:]
    for stem, g in G.items():
        key = stem[:2]
        if only and key not in only:
            continue
        fn, ext, fmt = MAKERS[key]
        path = os.path.join(DRAFTS, f"{stem}.{ext}")
        fn(path)
        data = open(path, "rb").read()
        pages = None
        if ext == "pdf":
            from pypdf import PdfReader
            pages = len(PdfReader(path).pages)
        g = clean(g)
        g["source"] = {"path": os.path.basename(path), "sha256": hashlib.sha256(data).hexdigest(), "format": fmt,
                       "pages": pages}
        json.dump(g, open(os.path.join(EXPECTED, stem + ".gold.json"), "w", encoding="utf-8"), ensure_ascii=False,
                  indent=1)
        print(stem, pages, "pages", len(data), "bytes")


if __name__ == "__main__":
    main()
