#!/usr/bin/env python3
"""Render every draft of heldout20b FROM the facts in golds.py and write the golds with source filled.
Intermediate files under /tmp/heldout20b_build. Nothing is imported from jixiao."""
import hashlib, html, json, os, shutil, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from golds import F, G, cells  # noqa: E402
from kit import clean  # noqa: E402

D, EXPECTED, TMP = os.path.join(HERE, "drafts"), os.path.join(HERE, "expected"), "/tmp/heldout20b_build"
LO = ["/usr/bin/soffice", f"-env:UserInstallation=file://{TMP}/lo_profile", "--headless"]


# ------------------------------------------------------------------ k1 .xlsx (Shanghai): one sheet per project + 填报说明
def k1(path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    f = F["k1"]
    wb = Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    for p in f["projs"]:
        ws = wb.create_sheet(p["sheet"])
        for col, w in zip("ABCDEFGH", (10, 13, 18, 26, 30, 20, 13, 7)):
            ws.column_dimensions[col].width = w
        ws.merge_cells("A1:H1"); ws["A1"] = f["title"]
        ws["A1"].font = Font(name="宋体", size=16, bold=True); ws["A1"].alignment = Alignment(horizontal="center")
        ws.merge_cells("A2:F2"); ws["A2"] = "（2025年度）"
        ws.merge_cells("G2:H2"); ws["G2"] = "单位：万元"
        rows = [("项目名称", p["name"], "项目编码", p["code"]), ("主管部门", f["dept"], "实施单位", p["impl"])]
        r = 3
        for a, b, c, d in rows:
            ws.cell(r, 1, a); ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4); ws.cell(r, 2, b)
            ws.cell(r, 5, c); ws.merge_cells(start_row=r, start_column=6, end_row=r, end_column=8); ws.cell(r, 6, d)
            r += 1
        # 项目资金（万元） rowspan 3, amounts as NUMBER cells in format 0.00
        ws.merge_cells(start_row=r, start_column=1, end_row=r + 2, end_column=1); ws.cell(r, 1, "项目资金（万元）")
        for k, (lab, v) in enumerate(zip(("年度资金总额", "其中：财政拨款", "其他资金"), p["amt"])):
            ws.merge_cells(start_row=r + k, start_column=2, end_row=r + k, end_column=4); ws.cell(r + k, 2, lab)
            ws.merge_cells(start_row=r + k, start_column=5, end_row=r + k, end_column=8)
            c = ws.cell(r + k, 5, v); c.number_format = "0.00"
        r += 3
        ws.cell(r, 1, "年度绩效目标"); ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=8)
        ws.cell(r, 2, p["goal"]); ws.row_dimensions[r].height = 36
        r += 1
        for j, h in enumerate(["一级指标", "二级指标", "指标名称", "指标解释", "评(扣)分标准", "数据来源", "指标值", "分值"], 1):
            ws.cell(r, j, h).font = Font(bold=True)
        r += 1
        rows = cells(p["rows"], 8)
        first = r
        for k, (a, b, c, d, e, g, v, w) in enumerate(rows):
            vals = [a, b, c, d, e, g, v[2:] if v.startswith("Q:") else v, int(w)]
            for j, x in enumerate(vals, 1):
                if j == 1 and k and rows[k - 1][0] == a:
                    continue
                if j == 2 and k and rows[k - 1][:2] == [a, b]:
                    continue
                ws.cell(r + k, j, x)
        # merge 一级 / 二级 runs
        for col, key in ((1, lambda x: x[0]), (2, lambda x: (x[0], x[1]))):
            k = 0
            while k < len(rows):
                m = k
                while m + 1 < len(rows) and key(rows[m + 1]) == key(rows[k]):
                    m += 1
                if m > k:
                    ws.merge_cells(start_row=first + k, start_column=col, end_row=first + m, end_column=col)
                k = m + 1
        last = first + len(rows) - 1
        for row in ws.iter_rows(min_row=3, max_row=last, max_col=8):
            for c in row:
                c.border = box; c.alignment = Alignment(wrap_text=True, vertical="center")
        ws.cell(last + 2, 1, "填报人：王晓敏　　联系电话：021-57823416　　填报日期：2025年1月20日")
    ws = wb.create_sheet("填报说明")
    for k, t in enumerate(["填报说明", "1.指标值应为可衡量的目标值，定量指标须填写比较符号及计量单位。",
                           "2.评(扣)分标准用于年终绩效自评打分，不作为绩效目标值。",
                           "3.各项分值合计为100分。"], 1):
        ws.cell(k, 1, t)
    wb.properties.creator = "songjiang-ys"
    wb.save(path)


# ------------------------------------------------------------------ k2 .html (Beijing portal page)
def k2(path):
    f = F["k2"]
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
           f"<title>{e(f['title'])}_北京市顺义区人民政府</title>",
           "<style>table{border-collapse:collapse;width:100%}td,th{border:1px solid #333;padding:4px;font-size:14px}"
           "th{background:#eef3f8}</style></head><body>",
           '<div class="header"><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 财政预决算</div>',
           f"<h1>{e(f['title'])}</h1>",
           '<div class="info">发布时间：2025-02-14　来源：北京市顺义区文化和旅游局　【字号：大 中 小】</div>',
           '<div class="content">',
           f"<p>根据预算公开有关要求，现将我单位2025年项目支出绩效目标公开如下（部门编码：{f['code']}）。</p>"]
    for k, p in enumerate(f["projs"], 1):
        out.append(f'<p style="text-align:center"><strong>项目支出绩效目标表</strong></p>')
        out.append('<p style="text-align:right">金额单位：万元</p>')
        t = ["<table>"]
        t.append(f"<tr><td>项目名称</td><td colspan=\"3\">{e(p['name'])}</td><td>实施单位</td><td colspan=\"2\">{e(p['impl'])}</td></tr>")
        t.append(f"<tr><td>主管部门</td><td colspan=\"3\">{e(f['dept'])}</td><td>部门编码</td><td colspan=\"2\">{f['code']}</td></tr>")
        t.append(f"<tr><td>项目类型</td><td colspan=\"3\">{p['ptype']}</td><td>项目期限</td><td colspan=\"2\">{p['term']}</td></tr>")
        t.append(f"<tr><td rowspan=\"3\">项目资金</td><td colspan=\"2\">年度资金总额</td><td colspan=\"4\">{p['amt'][0]:.2f}</td></tr>")
        t.append(f"<tr><td colspan=\"2\">其中：财政拨款</td><td colspan=\"4\">{p['amt'][1]:.2f}</td></tr>")
        t.append(f"<tr><td colspan=\"2\">其他资金</td><td colspan=\"4\">{p['amt'][2]:.2f}</td></tr>")
        t.append(f"<tr><td>年度绩效目标</td><td colspan=\"6\">{e(p['goal'])}</td></tr>")
        t.append("<tr>" + "".join(f"<th>{h}</th>" for h in ["一级指标", "二级指标", "三级指标", "指标性质", "计量单位", "目标值", "历史值"]) + "</tr>")
        rows = cells(p["rows"], 7)
        for i, r in enumerate(rows):
            tds = []
            if i == 0 or rows[i - 1][0] != r[0]:
                n = sum(1 for x in rows[i:] if x[0] == r[0])
                tds.append(f'<td rowspan="{n}">{r[0]}</td>' if n > 1 else f"<td>{r[0]}</td>")
            if i == 0 or rows[i - 1][:2] != r[:2]:
                n = 1
                while i + n < len(rows) and rows[i + n][:2] == r[:2]:
                    n += 1
                tds.append(f'<td rowspan="{n}">{r[1]}</td>' if n > 1 else f"<td>{r[1]}</td>")
            tds += [f"<td>{e(x)}</td>" for x in r[2:]]
            t.append("<tr>" + "".join(tds) + "</tr>")
        t.append("</table>")
        out += t
        out.append("<p>&nbsp;</p>")
    out += ["</div>", '<div class="footer">主办：北京市顺义区人民政府办公室　京ICP备05060933号</div>', "</body></html>"]
    open(path, "w", encoding="utf-8").write("\n".join(out))


# ------------------------------------------------------------------ k3 .pdf (reportlab, Tianjin): one project per page
def k3(path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    f = F["k3"]
    st = ParagraphStyle("c", fontName="STSong-Light", fontSize=8.5, leading=11)
    tt = ParagraphStyle("t", fontName="STSong-Light", fontSize=15, leading=20, alignment=1)
    P = lambda s: Paragraph(html.escape(s), st)
    story = []
    for k, p in enumerate(f["projs"]):
        if k:
            story.append(PageBreak())
        story += [Paragraph(f["title"], tt), Spacer(1, 4),
                  Paragraph(f"主管部门：{f['dept']}　　主管部门编码：{f['code']}　　　　　　　　单位：万元", st), Spacer(1, 4)]
        data = [["项目名称", P(p["name"]), "", "", "项目编码", P(p["code"]), "", ""],
                ["实施单位", P(p["impl"]), "", "", "", "", "", ""],
                ["资金来源", "合计", "", "财政拨款", "财政专户", "单位资金", "其他", ""],
                ["", p["src"][0], "", p["src"][1], p["src"][2], p["src"][3], p["src"][4], ""],
                ["年度绩效目标", P(p["goal"]), "", "", "", "", "", ""],
                ["一级指标", "权重", "二级指标", "三级指标", "指标方向", "指标值", "计量单位", "分值"]]
        spans = [((1, 0), (3, 0)), ((5, 0), (7, 0)), ((1, 1), (7, 1)), ((0, 2), (0, 3)), ((1, 2), (2, 2)),
                 ((1, 3), (2, 3)), ((6, 2), (7, 2)), ((6, 3), (7, 3)), ((1, 4), (7, 4))]
        rows = cells(p["rows"], 7)
        h = len(data)
        for i, (a, b, c, dr, v, u, s) in enumerate(rows):
            newa = i == 0 or rows[i - 1][0] != a
            newb = i == 0 or rows[i - 1][:2] != [a, b]
            data.append([a if newa else "", p["w"][a] if newa else "", P(b) if newb else "", P(c), dr, v, u, s])
        for col, key in ((0, 1), (1, 1), (2, 2)):
            i = 0
            while i < len(rows):
                m = i
                while m + 1 < len(rows) and rows[m + 1][:key] == rows[i][:key]:
                    m += 1
                if m > i:
                    spans.append(((col, h + i), (col, h + m)))
                i = m + 1
        t = Table(data, colWidths=[58, 36, 62, 150, 44, 52, 56, 34])
        t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "STSong-Light", 8.5), ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE")] + [("SPAN", a, b) for a, b in spans]))
        story += [t, Spacer(1, 6), Paragraph("填报人：刘建国　　审核人：张海燕　　填报日期：2025年1月16日", st)]
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=40, rightMargin=40, topMargin=40, bottomMargin=40,
                            title=f["title"], author="xiqing", creator="xiqing")
    doc.build(story)


# ------------------------------------------------------------------ python-docx helper
def docx_form(doc, spec_rows, ncols, widths):
    """spec_rows: list of rows, each a list of (text, colspan) or None for a vMerge continuation slot."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt
    t = doc.add_table(rows=len(spec_rows), cols=ncols)
    t.style = "Table Grid"
    vstart = {}
    for r, row in enumerate(spec_rows):
        c = 0
        for item in row:
            if item is None:       # continuation of a vertically merged cell above
                top = vstart[c]
                t.cell(top[0], c).merge(t.cell(r, c))
                c += top[1]
                continue
            text, span = item
            cell = t.cell(r, c)
            if span > 1:
                cell = cell.merge(t.cell(r, c + span - 1))
            cell.text = ""
            for k, line in enumerate(text.split("\n")):
                para = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                run = para.add_run(line); run.font.size = Pt(9)
            vstart[c] = (r, span)
            c += span
    for row in t.rows:
        for k, w in enumerate(widths):
            row.cells[k].width = Cm(w)
    return t


def new_doc():
    from docx import Document
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt
    doc = Document()
    s = doc.styles["Normal"]; s.font.name = "Noto Serif CJK SC"; s.font.size = Pt(10.5)
    s.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.8); sec.top_margin = sec.bottom_margin = Cm(1.6)
    return doc


def title_para(doc, text, size=16):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(text); r.bold = True; r.font.size = Pt(size)


def level_rows(rows, n_after):
    """一级 / 二级 cells as vMerge runs: first row prints, following rows of the run are continuations."""
    out = []
    for i, r in enumerate(rows):
        a = (r[0], 1) if i == 0 or rows[i - 1][0] != r[0] else None
        b = (r[1], 1) if i == 0 or rows[i - 1][:2] != r[:2] else None
        out.append([a, b] + [(x, 1) for x in r[2:2 + n_after]])
    return out


# ------------------------------------------------------------------ k4 .docx (Chongqing)
def k4(path):
    f, p = F["k4"], F["k4"]["proj"]
    doc = new_doc()
    title_para(doc, f["title"])
    doc.add_paragraph(f"主管部门及代码：[{f['code']}]{f['dept']}　　　　　　　　　　单位：万元")
    rows = cells(p["rows"], 6)
    spec = [[("项目名称", 1), (p["name"], 2), ("项目编码", 1), (p["code"], 2)],
            [("实施单位", 1), (p["impl"], 2), ("项目期限", 1), (p["term"], 2)],
            [("项目资金", 1), ("年度资金总额", 2), ("%.2f" % p["amt"][0], 3)],
            [None, ("其中：财政拨款", 2), ("%.2f" % p["amt"][1], 3)],
            [None, ("其他资金", 2), ("%.2f" % p["amt"][2], 3)],
            [("年度绩效目标", 1), (p["goal"].replace("；2.", "；\n2.").replace("；3.", "；\n3."), 5)],
            [("一级指标", 1), ("二级指标", 1), ("三级指标", 1), ("年度指标值", 1), ("计算公式", 1), ("考核方式", 1)]]
    spec += level_rows([[a, b, c, v[2:] if v.startswith("Q:") else v, fm, m] for a, b, c, v, fm, m in rows], 4)
    docx_form(doc, spec, 6, [2.0, 2.4, 3.6, 2.6, 4.6, 2.8])
    doc.add_paragraph("填报人：陈思远　　联系电话：023-49861327")
    doc.core_properties.author = "yongchuan"
    doc.save(path)


# ------------------------------------------------------------------ k5 .txt (Jiangxi portal text view, pipes)
def k5(path):
    f, p = F["k5"], F["k5"]["proj"]
    s = p["src"]
    L = [f["title"], "", f"填报单位：{f['dept']}（盖章）　　　　　　单位：万元", "",
         "| 项目名称 | " + p["name"] + " | 项目编码 | " + p["code"] + " |",
         "| --- | --- | --- | --- |",
         f"| 主管部门 | {f['dept']} | 实施单位 | {p['impl']} |",
         f"| 项目类型 | {p['ptype']} | 项目期限 | {p['term']} |",
         f"| 资金来源 | 财政拨款 | {s[0]} | 财政专户 | {s[1]} |",
         f"|  | 单位资金 | {s[2]} | 其他 | {s[3]} |",
         f"|  | 合计 | {p['total']} |  |  |",
         f"| 绩效目标 | 总体目标 | {p['overall']} |",
         f"|  | 阶段性目标 | {p['stage']} |", "",
         "| 一级指标 | 二级指标 | 三级指标 | 指标值 | 指标值设定依据 | 备注 |",
         "| --- | --- | --- | --- | --- | --- |"]
    rows = cells(p["rows"], 6)
    for i, (a, b, c, v, sb, n) in enumerate(rows):
        a2 = a if i == 0 or rows[i - 1][0] != a else ""
        b2 = b if i == 0 or rows[i - 1][:2] != [a, b] else ""
        L.append(f"| {a2} | {b2} | {c} | {v[2:] if v.startswith('Q:') else v} | {sb} | {n} |")
    L += ["", "注：指标值设定依据分为计划标准、行业标准、历史标准和其他标准。", "", "发布日期：2025-02-10　　浏览次数：126"]
    open(path, "w", encoding="utf-8", newline="\n").write("\n".join(L) + "\n")


# ------------------------------------------------------------------ k6 .pdf (Hainan: .docx → LibreOffice PDF)
def k6(path):
    f, p = F["k6"], F["k6"]["proj"]
    doc = new_doc()
    title_para(doc, f["title"])
    doc.add_paragraph(f"主管部门：{f['dept']}　　　　　　　　　　　　　　单位：万元")
    rows = cells(p["rows"], 7)
    spec = [[("项目名称", 1), (p["name"], 3), ("实施单位", 1), (p["impl"], 2)],
            [("项目资金", 1), ("年度资金总额", 2), ("%.2f" % p["amt"][0], 4)],
            [None, ("其中：财政拨款", 2), ("%.2f" % p["amt"][1], 4)],
            [None, ("其他资金", 2), ("%.2f" % p["amt"][2], 4)],
            [("年度绩效目标", 1), (p["goal"], 6)],
            [("一级指标", 1), ("二级指标", 1), ("三级指标", 1), ("指标值", 1), ("上年完成值", 1), ("权重（%）", 1), ("指标解释", 1)]]
    spec += level_rows([[a, b, c, v[2:] if v.startswith("Q:") else v, h, w, e] for a, b, c, v, h, w, e in rows], 5)
    docx_form(doc, spec, 7, [1.8, 2.2, 3.6, 2.3, 2.3, 1.5, 4.0])
    doc.add_paragraph("单位负责人：符明德　　填表人：王小琼　　填报日期：2025年1月22日")
    src = os.path.join(TMP, "k6.docx")
    doc.save(src)
    subprocess.run(LO + ["--convert-to", "pdf", "--outdir", TMP, src], check=True, capture_output=True, timeout=180)
    shutil.copyfile(os.path.join(TMP, "k6.pdf"), path)


R = {"k1": (k1, "xlsx", "xlsx"), "k2": (k2, "html", "html"), "k3": (k3, "pdf", "pdf"), "k4": (k4, "docx", "docx"),
     "k5": (k5, "txt", "text"), "k6": (k6, "pdf", "pdf")}


def main():
    os.makedirs(TMP, exist_ok=True); os.makedirs(D, exist_ok=True); os.makedirs(EXPECTED, exist_ok=True)
    for key, (fn, ext, fmt) in R.items():
        stem = F[key]["stem"]
        path = os.path.join(D, stem + "." + ext)
        fn(path)
        g = clean(json.loads(json.dumps(G[stem])))
        pages = None
        if ext == "pdf":
            from pypdf import PdfReader
            pages = len(PdfReader(path).pages)
        g["source"] = {"path": os.path.basename(path), "sha256": hashlib.sha256(open(path, "rb").read()).hexdigest(),
                       "format": fmt, "pages": pages}
        json.dump(g, open(os.path.join(EXPECTED, stem + ".gold.json"), "w", encoding="utf-8"), ensure_ascii=False,
                  indent=1)
        print(stem, fmt, pages)


if __name__ == "__main__":
    main()
