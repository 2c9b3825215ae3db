#!/usr/bin/env python3
"""Render every heldout20a draft FROM the facts in golds.py; write expected/NAME.gold.json (positives) or
expected/NAME.refusal.txt (negatives). t1 .xlsx (openpyxl), t2 PDF (reportlab platypus), t3 a portal's HTML page,
t4 .docx (python-docx), t5 UTF-8 text (seed style, tab rows), t6 PDF (reportlab platypus).
Intermediate files under /tmp/heldout20a_build. Nothing from jixiao is used. usage: make.py"""
import datetime, hashlib, html, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from golds import G, F, REFUSAL, STEMS, clean

BUILD = "/tmp/heldout20a_build"
DRAFTS, EXPECTED = os.path.join(HERE, "drafts"), os.path.join(HERE, "expected")
CN = "一二三四五六七八九十"


def pv(v):
    return v[2:] if v.startswith("Q:") else v


# ------------------------------------------------------------------ t1 .xlsx self-evaluation workbook (NEGATIVE)
def t1(path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    f = F["t1"]
    wb = Workbook()
    s0 = wb.active
    s0.title = "自评汇总"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    s0.append([f"{f['dept']}2024年度项目支出绩效自评结果汇总表"])
    s0.merge_cells("A1:G1")
    s0.append(["序号", "项目名称", "年度预算数（万元）", "全年执行数（万元）", "执行率", "自评得分", "自评等级"])
    for k, p in enumerate(f["projs"], 1):
        tot = score(p)
        s0.append([k, p["name"], float(p["money"][0]), float(p["money"][1]), p["money"][3], tot,
                   "优" if tot >= 90 else "良"])
    for p in f["projs"]:
        ws = wb.create_sheet(p["sheet"])
        for col, w in zip("ABCDEFGH", (12, 14, 24, 16, 16, 8, 8, 36)):
            ws.column_dimensions[col].width = w
        ws["A1"] = f["title"]; ws.merge_cells("A1:H1"); ws["A1"].font = Font(size=16, bold=True)
        ws["A1"].alignment = Alignment(horizontal="center")
        ws["A2"] = "（2024年度）"; ws.merge_cells("A2:H2"); ws["A2"].alignment = Alignment(horizontal="center")
        ws["A3"] = f"主管部门：{f['dept']}"; ws.merge_cells("A3:E3"); ws["H3"] = "单位：万元"
        ws.append(["项目名称", p["name"]]); ws.merge_cells("B4:H4")
        ws.append(["主管部门", f["dept"], None, None, "实施单位", p["unit_impl"]]); ws.merge_cells("B5:D5")
        ws.merge_cells("F5:H5")
        ws.append(["项目资金（万元）", "年度预算数", "全年执行数", "分值", "执行率", "得分"]); ws.merge_cells("A6:A7")
        m = p["money"]
        ws.append([None, float(m[0]), float(m[1]), int(m[2]), m[3], float(m[4])])
        for c in ("B7", "C7", "F7"):
            ws[c].number_format = "0.00"
        ws.append(["年度总体目标", "预期目标", None, None, "实际完成情况"]); ws.merge_cells("A8:A9")
        ws.merge_cells("B8:D8"); ws.merge_cells("E8:H8")
        ws.append([None, p["goal"], None, None, p["done"]]); ws.merge_cells("B9:D9"); ws.merge_cells("E9:H9")
        ws.append(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"])
        for line in p["rows"].strip().splitlines():
            a, b, c, v, act, w, sc, why = line.split("|")
            ws.append([{"产出": "产出指标", "效益": "效益指标", "满意": "满意度指标"}[a],
                       {"数量": "数量指标", "质量": "质量指标", "时效": "时效指标", "成本": "成本指标", "经济": "经济效益指标",
                        "社会": "社会效益指标", "生态": "生态效益指标", "可持续": "可持续影响指标",
                        "服务对象": "服务对象满意度指标"}[b], c, pv(v), act, int(w), int(sc), why or None])
        ws.append(["总分", None, None, None, None, 100, score(p), None])
        ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=5)
        last = ws.max_row
        for row in ws.iter_rows(min_row=4, max_row=last, max_col=8):
            for c in row:
                c.border = box
                c.alignment = Alignment(wrap_text=True, vertical="center")
        ws.append([f"填报人：{f['person']}", None, None, f"联系电话：{f['phone']}", None, f"填报日期：{f['date']}"])
    wb.properties.creator = f["person"]
    wb.properties.created = wb.properties.modified = datetime.datetime(2025, 3, 18, 9, 30)
    wb.save(path)


def score(p):
    s = float(p["money"][4])
    for line in p["rows"].strip().splitlines():
        s += int(line.split("|")[6])
    return round(s, 2)


# ------------------------------------------------------------------ reportlab shared
def rl_styles():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.lib.styles import ParagraphStyle
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    base = dict(fontName="STSong-Light", wordWrap="CJK")
    return {"t": ParagraphStyle("t", fontSize=15, leading=21, alignment=1, **base),
            "c": ParagraphStyle("c", fontSize=10, leading=14, alignment=1, **base),
            "h": ParagraphStyle("h", fontSize=11.5, leading=17, spaceBefore=4, **base),
            "p": ParagraphStyle("p", fontSize=10.5, leading=16, firstLineIndent=21, **base),
            "l": ParagraphStyle("l", fontSize=9, leading=12, **base),
            "cell": ParagraphStyle("cell", fontSize=8.6, leading=11, **base)}


def rl_doc(path, title, author):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate
    from reportlab.lib.units import cm
    return SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.8 * cm,
                             bottomMargin=1.6 * cm, title=title, author=author, creator="heldout20a make.py",
                             invariant=1)


# ------------------------------------------------------------------ t2 PDF evaluation report (NEGATIVE)
def t2(path):
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle
    from reportlab.lib.units import cm
    f, st = F["t2"], rl_styles()
    story = [Paragraph(f["title"], st["t"]), Spacer(1, 8)]
    for h, t in f["sections"]:
        story += [Paragraph(h, st["h"]), Paragraph(t, st["p"])]
    story += [Paragraph("附表：部门整体支出绩效评价指标体系及评分表", st["h"])]
    data = [["一级指标", "二级指标", "三级指标", "分值", "得分"]] + [list(r) for r in f["score"]] + \
           [["合计", "", "", f["total"][0], f["total"][1]]]
    ts = [("FONT", (0, 0), (-1, -1), "STSong-Light", 9), ("GRID", (0, 0), (-1, -1), 0.5, "black"),
          ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (3, 0), (-1, -1), "CENTER"),
          ("SPAN", (0, len(data) - 1), (2, len(data) - 1))]
    r = 1
    while r < len(data) - 1:
        e = r
        while e + 1 < len(data) - 1 and data[e + 1][0] == data[r][0]:
            e += 1
        for k in range(r + 1, e + 1):
            data[k][0] = ""
        ts.append(("SPAN", (0, r), (0, e)))
        r = e + 1
    story.append(Table(data, colWidths=[2.8 * cm, 3 * cm, 6 * cm, 2 * cm, 2 * cm], style=TableStyle(ts)))
    for h, t in f["after"]:
        story += [Paragraph(h, st["h"]), Paragraph(t, st["p"])]
    story += [Spacer(1, 14), Paragraph(f["sign"], st["c"]), Paragraph(f["date"], st["c"])]
    rl_doc(path, f["title"], f["sign"]).build(story)


# ------------------------------------------------------------------ t3 HTML portal page of a 部门决算 (NEGATIVE)
def t3(path):
    f = F["t3"]
    e = html.escape
    b = ['<!DOCTYPE html>', '<html lang="zh-CN"><head><meta charset="utf-8">',
         f'<title>{e(f["headline"])}-淇滨区人民政府</title>',
         '<meta name="ArticleTitle" content="%s">' % e(f["headline"]), '<meta name="ColumnName" content="部门决算">',
         '<style>.gov-table{border-collapse:collapse}.gov-table td{border:1px solid #999;padding:4px 8px}</style>',
         '</head><body>', '<div class="top">鹤壁市淇滨区人民政府 | 政府信息公开 | 无障碍浏览</div>',
         '<div class="nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/zwgk/czxx/">财政信息</a></div>',
         '<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 财政信息 &gt; 部门决算</div>',
         f'<h1>{e(f["headline"])}</h1>',
         f'<div class="info">发布时间：{f["date"]}　来源：{e(f["source"])}　【字体：大 中 小】　【打印】</div>',
         '<div class="article">']
    for h, t in f["intro"]:
        b.append(f'<p><strong>{e(h)}</strong></p>')
        b.append(f'<p style="text-indent:2em">{e(t)}</p>')
    b.append('<p><strong>第三部分　2024年度部门决算报表</strong></p>')
    for name, no, rows in f["tables"]:
        b.append(f'<p style="text-align:center"><strong>{e(name)}</strong></p>')
        b.append(f'<p>{no}　　部门：{e(f["dept"])}　　金额单位：万元</p>')
        b.append('<table class="gov-table"><tbody><tr><td>项目</td><td>行次</td><td>金额</td></tr>')
        for a, c, d in rows:
            b.append(f'<tr><td>{e(a)}</td><td>{c}</td><td>{d}</td></tr>')
        b.append('</tbody></table>')
    b.append('<p>附件：<a href="/u/cms/qbq/2024bmjs_jyj.xls">鹤壁市淇滨区教育局2024年度部门决算公开表.xls</a></p>')
    b.append('</div><div class="footer">主办：鹤壁市淇滨区人民政府办公室　网站标识码：4106110001</div></body></html>')
    open(path, "w", encoding="utf-8").write("\n".join(b) + "\n")


# ------------------------------------------------------------------ t4 .docx finance bureau (POSITIVE)
def t4(path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml.ns import qn
    from docx.shared import Pt
    f, g = F["t4"], G[F["t4"]["stem"]]
    doc = Document()
    stl = doc.styles["Normal"]
    stl.font.name = "宋体"; stl.font.size = Pt(10.5)
    stl.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")

    def para(t, size=None, bold=False, center=False):
        p = doc.add_paragraph()
        r = p.add_run(t); r.bold = bold
        if size:
            r.font.size = Pt(size)
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return p

    def table(ncols, spec):
        """spec: rows of (text, colspan, rowspan) for origin cells; slots covered by a rowspan are skipped."""
        t = doc.add_table(rows=len(spec), cols=ncols)
        t.style = "Table Grid"
        taken = set()
        for r, row in enumerate(spec):
            c = 0
            for text, cs, rs in row:
                while (r, c) in taken:
                    c += 1
                cell = t.cell(r, c)
                if cs > 1 or rs > 1:
                    cell = cell.merge(t.cell(r + rs - 1, c + cs - 1))
                for i in range(r, r + rs):
                    for j in range(c, c + cs):
                        taken.add((i, j))
                lines = text.split("\n")
                cell.text = lines[0]
                run_p = cell.paragraphs[0]
                for ln in lines[1:]:
                    rr = run_p.add_run(); rr.add_break(); run_p.add_run(ln)
                c += cs
        return t

    def ind_rows(inds, extra_cols):
        out, k = [], 0
        while k < len(inds):
            e = k
            while e + 1 < len(inds) and inds[e + 1]["level1"] == inds[k]["level1"]:
                e += 1
            j = k
            while j <= e:
                h = j
                while h + 1 <= e and inds[h + 1]["level2"] == inds[j]["level2"]:
                    h += 1
                for q in range(j, h + 1):
                    d = inds[q]
                    row = []
                    if q == k:
                        row.append((d["level1"], 1, e - k + 1))
                    if q == j:
                        row.append((d["level2"], 1, h - j + 1))
                    row += [(d["level3"], 1, 1), (d["value_raw"], 1, 1)] + [(d[x], 1, 1) for x in extra_cols]
                    out.append(row)
                j = h + 1
            k = e + 1
        return out

    para(f["headline"], 16, True, True)
    para("部门整体支出绩效目标表", 14, True, True)
    para("（2025年度）", None, False, True)
    p1, p2 = g["projects"]
    d = f["deptform"]
    spec = [[("部门名称", 1, 1), (f["dept"], 1, 1), ("部门编码", 1, 1), (f["code"], 1, 1)],
            [("年度预算安排（万元）", 1, 3), ("资金总额", 1, 1), (d["total"], 2, 1)],
            [("其中：财政拨款", 1, 1), (d["fiscal"], 2, 1)],
            [("其他资金", 1, 1), (d["other"], 2, 1)],
            [("年度总体目标", 1, 1), ("\n".join(d["goals"]), 3, 1)],
            [("一级指标", 1, 1), ("二级指标", 1, 1), ("三级指标", 1, 1), ("指标值", 1, 1)]] + ind_rows(p1["indicators"], [])
    table(4, spec)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    para("项目支出绩效目标表", 14, True, True)
    para("（2025年度）", None, False, True)
    para(f"主管部门：{f['dept']}　　部门编码：{f['code']}　　单位：万元")
    q = f["proj"]
    spec = [[("项目名称", 1, 1), (q["name"], 2, 1), ("项目编码", 1, 1), (q["code"], 1, 1)],
            [("主管部门", 1, 1), (f["dept"], 2, 1), ("实施单位", 1, 1), (q["impl"], 1, 1)],
            [("项目资金（万元）", 1, 3), ("年度资金总额", 1, 1), (q["total"], 3, 1)],
            [("其中：财政拨款", 1, 1), (q["fiscal"], 3, 1)],
            [("其他资金", 1, 1), (q["other"], 3, 1)],
            [("年度绩效目标", 1, 1), ("\n".join(f"{k}.{t}" for k, t in enumerate(q["goals"], 1)), 4, 1)],
            [("一级指标", 1, 1), ("二级指标", 1, 1), ("三级指标", 1, 1), ("指标值", 1, 1), ("指标值设定依据", 1, 1)]] + \
        ind_rows(p2["indicators"], ["basis"])
    table(5, spec)
    for t in f["notes"]:
        para(t, 9)
    cp = doc.core_properties
    cp.author = "亭湖区财政局绩效管理科"; cp.title = f["headline"]
    cp.created = cp.modified = datetime.datetime(2025, 1, 20, 10, 0)
    doc.save(path)


# ------------------------------------------------------------------ t5 text, seed style (POSITIVE)
def t5(path):
    f, g = F["t5"], G[F["t5"]["stem"]]
    L = ["", "", f["dept"], f["title"], f"({f['status']})", "", f"{f['compiled']}编制", f"{f['reviewed']}审核", "",
         "目 录", "", "第一部分 部门整体绩效目标", ""]
    for part, t, pg in f["toc"]:
        if part == 2 and "第二部分 预算项目绩效目标" not in L:
            L += ["", "第二部分 预算项目绩效目标", ""]
        if part == 1:
            L.append(f"{t}.....\t{pg}")
        else:
            k = sum(1 for x in f["toc"] if x[0] == 2 and f["toc"].index(x) <= f["toc"].index((part, t, pg)))
            L.append(f"{k}、{t}.....\t{pg}")
    L += ["", "第一部分", "", "部门整体绩效目标", "", "一、上年度绩效目标完成情况", "", f["prior"], "",
          "二、总体绩效目标", ""]
    for k, t in enumerate(f["overall"]):
        L += [f"（{CN[k]}）{t}", ""]
    L += ["三、分项绩效目标", ""]
    for k, (t, go, ind) in enumerate(f["subs"]):
        L += [f"{CN[k]}、{t}", "", f"绩效目标：{go}", "", f"绩效指标：{ind}", ""]
    L += ["四、工作保障措施", ""]
    for k, (t, x) in enumerate(f["safe"]):
        L += [f"（{CN[k]}）{t}。{x}", ""]
    L += ["第二部分", "", "预算项目绩效目标", ""]
    for k, (p, P) in enumerate(zip(f["projs"], g["projects"]), 1):
        L += [f"{k}、{P['title']}", "", f"{f['code']} {f['dept']}", "", "单位：万元", ""]
        L.append(f"项目编码\t{p['code']}\t\t项目名称\t{p['name']}\t\t")
        L.append(f"预算规模及资金用途\t预算数\t{p['total']}\t其中：财政资金\t{p['fiscal']}\t其他资金\t{p['other']}")
        L.append(f"\t{p['purpose']}\t\t\t\t\t")
        L.append("资金支出计划（%）\t" + "\t".join(m for m, v in p["plan"]) + "\t\t")
        L.append("\t" + "\t".join(v for m, v in p["plan"]) + "\t\t")
        L.append("绩效目标\t" + " ".join(f"{i}、{x}" for i, x in enumerate(p["goals"], 1)) + "\t\t\t\t\t")
        L.append("一级指标\t二级指标\t三级指标\t绩效指标描述\t指标值\t指标值确定依据\t")
        prev = None
        for d in P["indicators"]:
            l1 = d["level1"] if d["level1"] != prev else ""
            prev = d["level1"]
            L.append("\t".join([l1, d["level2"], d["level3"], d["description"], d["value_raw"], d["basis"], ""]))
        L.append("")
    open(path, "w", encoding="utf-8").write("\n".join(L) + "\n")


# ------------------------------------------------------------------ t6 PDF with an empty 实际完成值 column (POSITIVE)
def t6(path):
    from reportlab.platypus import PageBreak, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib.units import cm
    f, g, st = F["t6"], G[F["t6"]["stem"]], rl_styles()
    story = []
    for k, (p, P) in enumerate(zip(f["projs"], g["projects"])):
        if k:
            story.append(PageBreak())
        story += [Paragraph(f["title"], st["t"]), Spacer(1, 4),
                  Paragraph(f"部门名称：{f['dept']}　　部门编码：{f['code']}　　　　单位：万元", st["l"]), Spacer(1, 4)]
        C = lambda t: Paragraph(t, st["cell"])
        data = [["项目名称", C(p["name"]), "", "项目编码", p["code"], ""],
                ["主管部门", C(f["dept"]), "", "实施单位", C(p["impl"]), ""],
                [C("项目资金（万元）"), "年度资金总额", p["total"], "", "", ""],
                ["", "其中：财政拨款", p["fiscal"], "", "", ""],
                ["", "其他资金", p["other"], "", "", ""],
                [C("年度绩效目标"), C(p["goals"]), "", "", "", ""],
                ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "备注"]]
        ts = [("FONT", (0, 0), (-1, -1), "STSong-Light", 8.6), ("GRID", (0, 0), (-1, -1), 0.5, "black"),
              ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("SPAN", (1, 0), (2, 0)), ("SPAN", (4, 0), (5, 0)),
              ("SPAN", (1, 1), (2, 1)), ("SPAN", (4, 1), (5, 1)), ("SPAN", (0, 2), (0, 4)),
              ("SPAN", (2, 2), (5, 2)), ("SPAN", (2, 3), (5, 3)), ("SPAN", (2, 4), (5, 4)), ("SPAN", (1, 5), (5, 5))]
        inds = P["indicators"]
        r0 = len(data)
        for d in inds:
            data.append([d["level1"], C(d["level2"]), C(d["level3"]), d["value_raw"], "", ""])
        i = 0
        while i < len(inds):
            e = i
            while e + 1 < len(inds) and inds[e + 1]["level1"] == inds[i]["level1"]:
                e += 1
            for q in range(i + 1, e + 1):
                data[r0 + q][0] = ""
            ts.append(("SPAN", (0, r0 + i), (0, r0 + e)))
            j = i
            while j <= e:
                h = j
                while h + 1 <= e and inds[h + 1]["level2"] == inds[j]["level2"]:
                    h += 1
                for q in range(j + 1, h + 1):
                    data[r0 + q][1] = ""
                ts.append(("SPAN", (1, r0 + j), (1, r0 + h)))
                j = h + 1
            i = e + 1
        story.append(Table(data, colWidths=[2.0 * cm, 2.9 * cm, 4.6 * cm, 3.1 * cm, 2.2 * cm, 1.6 * cm],
                           style=TableStyle(ts)))
        story += [Spacer(1, 5), Paragraph(f["note"], st["l"]), Spacer(1, 4), Paragraph(f["filler"], st["l"])]
    rl_doc(path, f["title"], f["dept"]).build(story)


MAKERS = {"t1": (t1, "xlsx", "xlsx"), "t2": (t2, "pdf", "pdf"), "t3": (t3, "html", "html"),
          "t4": (t4, "docx", "docx"), "t5": (t5, "txt", "text"), "t6": (t6, "pdf", "pdf")}


def main():
    for d in (BUILD, DRAFTS, EXPECTED):
        os.makedirs(d, exist_ok=True)
    for stem in STEMS:
        fn, ext, fmt = MAKERS[stem[:2]]
        tmp = os.path.join(BUILD, f"{stem}.{ext}")
        fn(tmp)
        data = open(tmp, "rb").read()
        path = os.path.join(DRAFTS, f"{stem}.{ext}")
        open(path, "wb").write(data)
        pages = None
        if ext == "pdf":
            from pypdf import PdfReader
            pages = len(PdfReader(path).pages)
        if stem in REFUSAL:
            open(os.path.join(EXPECTED, stem + ".refusal.txt"), "w", encoding="utf-8").write(REFUSAL[stem] + "\n")
        else:
            g = clean(G[stem])
            g["source"] = {"path": os.path.basename(path), "sha256": hashlib.sha256(data).hexdigest(),
                           "format": fmt, "pages": pages}
            json.dump(g, open(os.path.join(EXPECTED, stem + ".gold.json"), "w", encoding="utf-8"),
                      ensure_ascii=False, indent=1)
        print(stem, pages, "pages", len(data), "bytes")


if __name__ == "__main__":
    main()
