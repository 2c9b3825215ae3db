#!/usr/bin/env python3
"""Render every draft of heldout21b FROM the facts in golds.py and write the golds with source filled.
Intermediate files under /tmp/heldout21b_build. Nothing is imported from jixiao."""
import hashlib, html, json, os, shutil, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from golds import F, G, cells, vr  # noqa: E402
from kit import clean  # noqa: E402

D, EXPECTED, TMP = os.path.join(HERE, "drafts"), os.path.join(HERE, "expected"), "/tmp/heldout21b_build"
LO = ["/usr/bin/soffice", f"-env:UserInstallation=file://{TMP}/lo_profile", "--headless"]


def runs(rows, key):
    """[(start, end)] index runs of equal key(row)."""
    out, k = [], 0
    while k < len(rows):
        m = k
        while m + 1 < len(rows) and key(rows[m + 1]) == key(rows[k]):
            m += 1
        out.append((k, m)); k = m + 1
    return out


# ------------------------------------------------------------------ d1 .xlsx (Zhejiang): 基本支出 / 项目支出, 指标性质 | 指标值 | 度量单位
def d1(path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    f = F["d1"]
    wb = Workbook()
    ws = wb.active
    ws.title = f["sheet"]
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    for col, w in zip("ABCDEF", (12, 16, 30, 10, 14, 10)):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:F1"); ws["A1"] = f["title"]
    ws["A1"].font = Font(name="方正小标宋简体", size=18); ws["A1"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:D2"); ws["A2"] = "（2025年度）"; ws["A2"].alignment = Alignment(horizontal="center")
    ws.merge_cells("E2:F2"); ws["E2"] = "单位：万元"
    ws["A3"] = "部门名称"; ws.merge_cells("B3:C3"); ws["B3"] = f["dept"]
    ws["D3"] = "部门编码"; ws.merge_cells("E3:F3"); ws["E3"] = f["code"]
    ws.merge_cells("A4:A6"); ws["A4"] = "年度预算"
    for k, (lab, v) in enumerate(zip(("资金总额", "其中：基本支出", "项目支出"), f["amt"])):
        r = 4 + k
        ws.cell(r, 2, lab); ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=6)
        c = ws.cell(r, 3, v); c.number_format = "0.00"
    ws["A7"] = "部门职能职责概述"; ws.merge_cells("B7:F7"); ws["B7"] = f["duty"]; ws.row_dimensions[7].height = 66
    ws["A8"] = "年度总体目标"; ws.merge_cells("B8:F8")
    ws["B8"] = "\n".join(f"{k}.{g}" for k, g in enumerate(f["goals"], 1)); ws.row_dimensions[8].height = 70
    ws.merge_cells("A9:F9"); ws["A9"] = "年度绩效指标"; ws["A9"].font = Font(bold=True)
    for j, h in enumerate(["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"], 1):
        ws.cell(10, j, h).font = Font(bold=True)
    rows = cells(f["rows"], 6)
    first = 11
    for k, (a, b, c3, s, v, u) in enumerate(rows):
        r = first + k
        ws.cell(r, 3, c3); ws.cell(r, 4, s)
        if s == "定性":
            ws.cell(r, 5, v)
        else:
            x = float(v); ws.cell(r, 5, int(x) if x.is_integer() else x)
        if u:
            ws.cell(r, 6, u)
    for col, key in ((1, lambda x: x[0]), (2, lambda x: (x[0], x[1]))):
        for s, e in runs(rows, key):
            ws.cell(first + s, col, rows[s][col - 1])
            if e > s:
                ws.merge_cells(start_row=first + s, start_column=col, end_row=first + e, end_column=col)
    last = first + len(rows) - 1
    for row in ws.iter_rows(min_row=3, max_row=last, max_col=6):
        for c in row:
            c.border = box; c.alignment = Alignment(wrap_text=True, vertical="center")
    ws.cell(last + 2, 1, "单位负责人：郑立群　　财务负责人：徐海燕　　填报人：叶晓婷　　联系电话：0570-3086215")
    wb.properties.creator = "kcnyj"
    wb.save(path)


# ------------------------------------------------------------------ d2 .docx (Henan): 单位整体支出绩效目标申报表
def _docx_base():
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.oxml.ns import qn
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "宋体"; st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2); sec.top_margin = sec.bottom_margin = Cm(2)
    return doc


def _para(doc, text, size=None, bold=False, center=False):
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    p = doc.add_paragraph()
    r = p.add_run(text); r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def _set(cell, text):
    cell.text = ""
    lines = text.split("\n")
    cell.paragraphs[0].add_run(lines[0])
    for t in lines[1:]:
        cell.add_paragraph(t)


def d2(path):
    f = F["d2"]
    doc = _docx_base()
    _para(doc, f["title"], 18, True, True)
    _para(doc, f"填报单位（盖章）：{f['dept']}　　　　　　　　　　单位：万元")
    rows = cells(f["rows"], 4)
    n = 8 + len(rows)
    t = doc.add_table(rows=n, cols=4); t.style = "Table Grid"
    c = t.cell
    _set(c(0, 0), "单位名称"); _set(c(0, 1), f["dept"]); _set(c(0, 2), "单位编码"); _set(c(0, 3), f["code"])
    _set(c(1, 0), "主管部门"); _set(c(1, 1), f["parent"]); _set(c(1, 2), "主管部门编码"); _set(c(1, 3), f["parent_code"])
    m = c(2, 0).merge(c(3, 0)); _set(m, "年度预算（万元）")
    for j, (lab, v) in enumerate(zip(("资金总额", "财政拨款", "其他资金"), f["amt"]), 1):
        _set(c(2, j), lab); _set(c(3, j), "%.2f" % v)
    _set(c(4, 0), "单位职能职责概述"); _set(c(4, 1).merge(c(4, 3)), f["duty"])
    _set(c(5, 0), "年度总体目标"); _set(c(5, 1).merge(c(5, 3)), f["goal"])
    _set(c(6, 0).merge(c(6, 3)), "年度绩效指标")
    for j, h in enumerate(["一级指标", "二级指标", "三级指标", "指标值"]):
        _set(c(7, j), h)
    first = 8
    for k, r in enumerate(rows):
        _set(c(first + k, 2), r[2]); _set(c(first + k, 3), vr(r[3]))
    for col, key in ((0, lambda x: x[0]), (1, lambda x: (x[0], x[1]))):
        for s, e in runs(rows, key):
            cc = c(first + s, col).merge(c(first + e, col)) if e > s else c(first + s, col)
            _set(cc, rows[s][col])
    _para(doc, "单位负责人：孙建华　　财务负责人：李梦琪　　填报人：高亚楠　　联系电话：0371-23865107")
    doc.core_properties.author = "ywt-hw"
    doc.save(path)


# ------------------------------------------------------------------ d3 .html (Jiangxi): portal page, 年度主要任务
def d3(path):
    f = F["d3"]
    e = html.escape
    rows = cells(f["rows"], 4)
    h = []
    h.append(f"<tr><td>部门名称</td><td>{e(f['dept'])}</td><td>部门编码</td><td>{f['code']}</td></tr>")
    for k, (lab, v) in enumerate(zip(("资金总额", "其中：财政拨款", "其他资金"), f["amt"])):
        lead = '<td rowspan="3">年度预算（万元）</td>' if k == 0 else ""
        h.append(f"<tr>{lead}<td>{lab}</td><td colspan=\"2\">{v:.2f}</td></tr>")
    h.append(f"<tr><td>部门职能职责概述</td><td colspan=\"3\">{e(f['duty'])}</td></tr>")
    h.append(f"<tr><td rowspan=\"{len(f['tasks']) + 1}\">年度主要任务</td><td><strong>任务名称</strong></td>"
             "<td><strong>主要内容</strong></td><td><strong>预算金额（万元）</strong></td></tr>")
    for a, b, m in f["tasks"]:
        h.append(f"<tr><td>{e(a)}</td><td>{e(b)}</td><td>{m}</td></tr>")
    goals = "<br>".join(f"（{k}）{e(g)}" for k, g in enumerate(f["goals"], 1))
    h.append(f"<tr><td>年度总体目标</td><td colspan=\"3\">{goals}</td></tr>")
    h.append('<tr><td colspan="4"><strong>年度绩效指标</strong></td></tr>')
    h.append("<tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>指标值</th></tr>")
    r1 = dict(runs(rows, lambda x: x[0])); r2 = dict(runs(rows, lambda x: (x[0], x[1])))
    for k, r in enumerate(rows):
        tds = ""
        if k in r1:
            tds += f'<td rowspan="{r1[k] - k + 1}">{r[0]}</td>'
        if k in r2:
            tds += f'<td rowspan="{r2[k] - k + 1}">{r[1]}</td>'
        tds += f"<td>{e(r[2])}</td><td>{e(vr(r[3]))}</td>"
        h.append(f"<tr>{tds}</tr>")
    table = "\n".join(h)
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{e(f['h1'])}_预决算公开_鹰潭市月湖区人民政府</title>
<style>body{{font-family:"Microsoft YaHei";}} .art table{{border-collapse:collapse;width:100%}} .art td,.art th{{border:1px solid #333;padding:4px}}</style>
</head>
<body>
<div class="top">鹰潭市月湖区人民政府　|　无障碍　|　长者模式</div>
<div class="nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/hdjl/">互动交流</a> <a href="/bsfw/">办事服务</a></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/yjsgk/">预决算公开</a> &gt; 部门预算</div>
<div class="art">
<h1>{e(f['h1'])}</h1>
<div class="info">发布时间：2025-02-14 16:05　　来源：月湖区民政局　　浏览次数：<span id="hits">127</span></div>
<p style="text-align:center"><strong>{f['ptitle']}</strong></p>
<p style="text-align:center">（2025年度）</p>
<p style="text-align:right">单位：万元</p>
<table>
{table}
</table>
<p>填报人：吴佳琪　　联系电话：0701-6213478</p>
</div>
<div class="foot">主办：鹰潭市月湖区人民政府办公室　　网站标识码：3606020001　　赣ICP备05004562号</div>
</body>
</html>
"""
    open(path, "w", encoding="utf-8").write(page)


# ------------------------------------------------------------------ d4 .pdf (Shanxi): docx → LibreOffice PDF, 部门履职目标 rows
def d4(path):
    f = F["d4"]
    doc = _docx_base()
    _para(doc, f["title"], 18, True, True)
    _para(doc, "（2025年度）", None, False, True)
    _para(doc, f"部门名称：{f['dept']}　　部门编码：{f['code']}　　　　单位：万元")
    duties = cells(f["duties"], 3)
    rows = cells(f["rows"], 4)
    n = 5 + len(duties) + 2 + len(rows)
    t = doc.add_table(rows=n, cols=6); t.style = "Table Grid"
    c = t.cell
    _set(c(0, 0).merge(c(0, 5)), "年度预算（万元）")
    for j, (lab, v) in enumerate(zip(("资金总额", "财政拨款", "其他资金"), f["amt"])):
        _set(c(1, 2 * j), lab); _set(c(1, 2 * j + 1), "%.2f" % v)
    _set(c(2, 0), "整体绩效目标")
    _set(c(2, 1).merge(c(2, 5)), "\n".join(f"{k}.{g}" for k, g in enumerate(f["goals"], 1)))
    _set(c(3, 0).merge(c(3, 5)), "部门履职目标")
    _set(c(4, 0).merge(c(4, 1)), "履职目标"); _set(c(4, 2).merge(c(4, 3)), "指标"); _set(c(4, 4).merge(c(4, 5)), "目标值")
    first = 5
    for k, (a, b, v) in enumerate(duties):
        _set(c(first + k, 2).merge(c(first + k, 3)), b); _set(c(first + k, 4).merge(c(first + k, 5)), v)
    for s, e in runs(duties, lambda x: x[0]):
        _set(c(first + s, 0).merge(c(first + e, 1)), duties[s][0])
    r0 = first + len(duties)
    _set(c(r0, 0).merge(c(r0, 5)), "年度绩效指标")
    for j, h in ((0, "一级指标"), (1, "二级指标")):
        _set(c(r0 + 1, j), h)
    _set(c(r0 + 1, 2).merge(c(r0 + 1, 3)), "三级指标"); _set(c(r0 + 1, 4).merge(c(r0 + 1, 5)), "指标值")
    first = r0 + 2
    for k, r in enumerate(rows):
        _set(c(first + k, 2).merge(c(first + k, 3)), r[2]); _set(c(first + k, 4).merge(c(first + k, 5)), vr(r[3]))
    for col, key in ((0, lambda x: x[0]), (1, lambda x: (x[0], x[1]))):
        for s, e in runs(rows, key):
            cc = c(first + s, col).merge(c(first + e, col)) if e > s else c(first + s, col)
            _set(cc, rows[s][col])
    _para(doc, "填报人：赵文静　　审核人：王国栋　　联系电话：0353-4521386　　填报日期：2025年1月16日")
    src = os.path.join(TMP, "d4.docx")
    doc.save(src)
    subprocess.run(LO + ["--convert-to", "pdf", "--outdir", TMP, src], check=True, capture_output=True)
    shutil.copy(os.path.join(TMP, "d4.pdf"), path)


# ------------------------------------------------------------------ d5 .txt (Shaanxi): tab rows, units' budgets, 合计 last
def d5(path):
    f = F["d5"]
    L = [f["title"], "", f"部门名称：{f['dept']}\t部门编码：{f['code']}\t单位：万元", "年度预算安排",
         "单位名称\t资金总额\t财政拨款\t其他资金"]
    L += ["\t".join(u) for u in f["units"]]
    L.append("合计\t" + "\t".join("%.2f" % v for v in f["amt"]))
    L.append("年度总体目标")
    L += [f"{k}、{g}" for k, g in enumerate(f["goals"], 1)]
    L.append("年度绩效指标")
    L.append("一级指标\t二级指标\t三级指标\t指标解释\t指标值")
    prev = None
    for r in cells(f["rows"], 5):
        a = r[0] if not prev or prev[0] != r[0] else ""
        b = r[1] if not prev or prev[:2] != r[:2] else ""
        L.append("\t".join([a, b, r[2], r[3], vr(r[4])]))
        prev = r
    L += ["", "填报人：刘晓燕\t联系电话：0919-2186470\t填报日期：2025年1月22日"]
    open(path, "w", encoding="utf-8").write("\n".join(L) + "\n")


# ------------------------------------------------------------------ d6 .md (Inner Mongolia): MinerU, table split at a page break
def d6(path):
    f = F["d6"]
    e = html.escape
    rows = cells(f["rows"], 4)
    a, b = rows[:f["split"]], rows[f["split"]:]

    def body(part, lead):
        out = []
        r1 = dict(runs(part, lambda x: x[0])); r2 = dict(runs(part, lambda x: (x[0], x[1])))
        for k, r in enumerate(part):
            tds = lead if k == 0 else ""
            if k in r1:
                tds += f'<td rowspan="{r1[k] - k + 1}">{r[0]}</td>'
            if k in r2:
                tds += f'<td rowspan="{r2[k] - k + 1}">{r[1]}</td>'
            tds += f"<td>{e(r[2])}</td><td>{e(vr(r[3]))}</td>"
            out.append(f"<tr>{tds}</tr>")
        return "".join(out)

    t1 = [f'<tr><td>部门名称</td><td colspan="4">{f["dept"]}</td></tr>']
    for k, (lab, v) in enumerate(zip(("资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"), f["amt"])):
        lead = '<td rowspan="4">年度预算</td>' if k == 0 else ""
        t1.append(f'<tr>{lead}<td colspan="2">{lab}</td><td colspan="2">{v:.2f}</td></tr>')
    t1.append(f'<tr><td>年度总体目标</td><td colspan="4">{e(f["goal"])}</td></tr>')
    t1.append(f'<tr><td rowspan="{len(a) + 1}">年度绩效指标</td><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>')
    t1.append(body(a, ""))
    t2 = body(b, f'<td rowspan="{len(b)}"></td>')
    md = (f"# {f['title']}\n\n（2025年度）\n\n填报单位（盖章）：{f['dept']} 部门编码：{f['code']} 金额单位：万元\n\n"
          f"<table>{''.join(t1)}</table>\n\n<table>{t2}</table>\n\n"
          "填报人：白雅琴 联系电话：0473-2029615 填报日期：2025年1月20日\n")
    open(path, "w", encoding="utf-8").write(md)


MAKERS = {"d1": (d1, "xlsx", "xlsx"), "d2": (d2, "docx", "docx"), "d3": (d3, "html", "html"),
          "d4": (d4, "pdf", "pdf"), "d5": (d5, "txt", "text"), "d6": (d6, "md", "text")}


def main():
    os.makedirs(TMP, exist_ok=True); os.makedirs(D, exist_ok=True); os.makedirs(EXPECTED, exist_ok=True)
    for k, (fn, ext, fmt) in MAKERS.items():
        stem = F[k]["stem"]
        tmp = os.path.join(TMP, f"{stem}.{ext}")
        fn(tmp)
        out = os.path.join(D, f"{stem}.{ext}")
        shutil.copy(tmp, out)
        data = open(out, "rb").read()
        pages = None
        if ext == "pdf":
            import pypdf
            pages = len(pypdf.PdfReader(out).pages)
        g = clean(G[stem])
        g["source"] = {"path": os.path.basename(out), "sha256": hashlib.sha256(data).hexdigest(), "format": fmt,
                       "pages": pages}
        json.dump(g, open(os.path.join(EXPECTED, f"{stem}.gold.json"), "w", encoding="utf-8"), ensure_ascii=False,
                  indent=1)
        print(out, len(data), "bytes", f"pages={pages}" if pages else "")


if __name__ == "__main__":
    main()
