#!/usr/bin/env python3
"""Render the twelve blind documents FROM the hand-typed golds in golds.py and write the golds.
Text renderings by hand-made string templates; Word with python-docx; Excel with openpyxl.
Nothing from the jixiao project is imported. Run: .venv/bin/python samples/heldout4/make.py"""
import hashlib, html, json, os, sys
from collections import OrderedDict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kit import clean
from golds import G

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "drafts")
EXPECTED = os.path.join(HERE, "expected")
FILES = {}


def goals_numbered(goals, style="{i}、{g}", sep=""):
    return sep.join(style.format(i=i, g=g) for i, g in enumerate(goals, 1))


def money(v, sep=True):
    if v is None:
        return ""
    return f"{v:,.2f}" if sep else f"{v:.2f}"


def level_cells(inds, i):
    """(show_l1, show_l2): False where the cell is merged with the one above."""
    d = inds[i]
    if i == 0:
        return True, True
    p = inds[i - 1]
    same1 = d["level1"] == p["level1"] and d.get("period") == p.get("period")
    same2 = same1 and d["level2"] == p["level2"]
    return not same1, not same2


def spans(inds, key_fn):
    """row spans of consecutive equal keys: list of (start, length)."""
    out, i = [], 0
    while i < len(inds):
        j = i
        while j + 1 < len(inds) and key_fn(inds[j + 1]) == key_fn(inds[i]):
            j += 1
        out.append((i, j - i + 1))
        i = j + 1
    return out


# =============================================================== b01 MinerU Markdown, 一体化
def r_b01(g):
    ps = g["projects"]
    hdr = ["单位名称", "项目名称", "预算数", "年度绩效目标", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
           "度量单位", "权重(%)", "指标方向性"]
    nrows = sum(len(p["indicators"]) for p in ps)
    t = ["<table>", "<tr>" + "".join(f"<td>{h}</td>" for h in hdr) + "</tr>"]
    t.append('<tr><td colspan="2">241-射洪市市场监督管理局</td><td>1,983,860.50</td><td colspan="9"></td></tr>')
    first = True
    for p in ps:
        goal = p["goals"][0] if len(p["goals"]) == 1 else goals_numbered(p["goals"])
        n = len(p["indicators"])
        for j, d in enumerate(p["indicators"]):
            row = ""
            if first:
                row += f'<td rowspan="{nrows}">241001-射洪市市场监督管理局</td>'
                first = False
            if p["seq"] == 3:  # the converter "unmerged" this project: its cells repeat on every row
                row += (f'<td>{p["name"]}</td><td>{money(p["budget_total"])}</td>'
                        f'<td>{html.escape(goal, quote=False)}</td>')
            elif j == 0:
                row += (f'<td rowspan="{n}">{p["name"]}</td><td rowspan="{n}">{money(p["budget_total"])}</td>'
                        f'<td rowspan="{n}">{html.escape(goal, quote=False)}</td>')
            cells = [d["level1"], d["level2"], d["level3"], d["sign"], d["value_raw"], d["printed_unit"],
                     str(d["weight"]), d["direction"] + "指标"]
            row += "".join(f"<td>{html.escape(c, quote=False)}</td>" for c in cells)
            t.append(f"<tr>{row}</tr>")
    t.append("</table>")
    return ("# 部门预算项目绩效目标表(2025年度)\n\n![](images/3f9a0c2e1b7d4a55c08e.jpg)\n\n金额单位：元\n\n"
            + "".join(t) + "\n\n注：本表由预算管理一体化系统导出。\n")


# =============================================================== b02 pipe capture, national 申报表
def pipe(cells, n=6):
    return "| " + " | ".join(cells) + " | " + "|" * max(0, n - len(cells))


def r_b02(g):
    out = ["国家粮食和物资储备局2024年部门预算", "发布时间：2024-03-28 16:05 来源：规划财务司",
           "【字体：大 中 小】 打印本页 关闭窗口", "", "附件：2024年部门项目支出绩效目标申报表（部分）", ""]
    for p in g["projects"]:
        out += [pipe(["项目支出绩效目标申报表"]), pipe(["（2024年度）"]),
                pipe(["项目名称", p["name"]]),
                pipe(["主管部门及代码", "[205]国家粮食和物资储备局", "实施单位", p["implementing_unit"]]),
                pipe(["项目资金（万元）", "年度资金总额", money(p["budget_total"], False)]),
                pipe(["其中：财政拨款", money(p["budget_fiscal"], False)]),
                pipe(["上年结转资金", money(p["budget_carryover"], False)]),
                pipe(["其他资金", money(p["budget_other"], False)]),
                pipe(["总体目标", p["goals"][0] if len(p["goals"]) == 1 else goals_numbered(p["goals"])]),
                pipe(["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "分值"])]
        inds = p["indicators"]
        for i, d in enumerate(inds):
            s1, s2 = level_cells(inds, i)
            cells = ([d["level1"]] if s1 else []) + ([d["level2"]] if s2 else []) + \
                    [d["level3"], d["value_raw"], str(d["weight"])]
            out.append(pipe(cells))
        out += ["填报人：       联系电话：       填报日期：", ""]
    out.append("主办：国家粮食和物资储备局 版权所有 网站标识码bm00000000")
    return "\n".join(out) + "\n"


# =============================================================== b03 spaced plain text, 部门整体
def w(s):
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in s)


def pad(s, n):
    return s + " " * max(2, n - w(s))


def r_b03(g):
    pages = []
    for p in g["projects"]:
        L = [" " * 30 + "部门整体支出绩效目标表", " " * 34 + "（2023年度）", "",
             pad("部门（单位）名称", 20) + pad(p["department"], 44) + pad("部门编码", 12) + p["department_code"], "",
             pad("年度预算安排", 20) + pad("资金总额", 20) + f'{money(p["budget_total"]):>10}',
             pad("（万元）", 20) + pad("其中：财政拨款", 20) + f'{money(p["budget_fiscal"]):>10}',
             pad("", 20) + pad("其他资金", 20) + f'{money(p["budget_other"]):>10}', ""]
        for i, gl in enumerate(p["goals"], 1):
            L.append(pad("年度总体目标" if i == 1 else "", 20) + f"{i}.{gl}")
        L += ["", "绩效指标",
              pad("一级指标", 12) + pad("二级指标", 16) + pad("三级指标", 36) + pad("指标值", 16) + "指标说明"]
        inds = p["indicators"]
        for i, d in enumerate(inds):
            s1, s2 = level_cells(inds, i)
            L.append(pad(d["level1"] if s1 else "", 12) + pad(d["level2"] if s2 else "", 16) +
                     pad(d["level3"], 36) + pad(d["value_raw"], 16) + d["description"])
        L += ["", pad("填报人：", 30) + "审核人：", ""]
        pages.append("\n".join(L))
    return "\f".join(pages) + "\n"


# =============================================================== b04 HTML, 转移支付 长期/年度
def r_b04(g):
    H = ['<!DOCTYPE html>', '<html><head><meta charset="utf-8"><title>2023年省级财政专项转移支付绩效目标表</title></head>',
         '<body>', '<div class="crumb">首页 &gt; 政务公开 &gt; 预算信息 &gt; 转移支付</div>',
         f'<h2>{g["document"]["title"]}</h2>', '<p>主管部门：贵州省文化和旅游厅　　发布日期：2023-02-15</p>']
    for k, p in enumerate(g["projects"]):
        ent = (lambda s: s.replace("≥", "&ge;").replace("≤", "&le;")) if k == 1 else (lambda s: s)
        ex = p["extra"]
        H += [f'<h3>{p["title"]}</h3>', '<p style="text-align:right">单位：万元</p>',
              '<table border="1" cellspacing="0">',
              f'<tr><td>专项名称</td><td colspan="4">{p["name"]}</td></tr>',
              f'<tr><td>主管部门</td><td colspan="2">{p["department"]}</td><td>实施期限</td><td>{ex["实施期限"]}</td></tr>',
              f'<tr><td rowspan="3">资金情况</td><td colspan="2">实施期资金总额</td><td colspan="2">{ex["实施期资金总额"]}</td></tr>',
              f'<tr><td colspan="2">年度资金总额</td><td colspan="2">{money(p["budget_total"], False)}</td></tr>',
              f'<tr><td>其中：中央补助</td><td>{ex["其中：中央补助"]}</td><td>省级资金</td><td>{ex["省级资金"]}</td></tr>',
              '<tr><td rowspan="2">总体目标</td><td colspan="2">长期目标</td><td colspan="2">年度目标</td></tr>',
              f'<tr><td colspan="2">{p["goals_mid_term"][0]}</td><td colspan="2">{p["goals"][0]}</td></tr>',
              '<tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>长期指标值</th><th>年度指标值</th></tr>']
        inds = p["indicators"]
        half = len(inds) // 2
        mids, yrs = inds[:half], inds[half:]
        s1 = dict(spans(mids, lambda d: d["level1"]))
        s2 = dict(spans(mids, lambda d: (d["level1"], d["level2"])))
        for i, (a, b) in enumerate(zip(mids, yrs)):
            assert a["level3"] == b["level3"]
            row = ""
            if i in s1:
                row += f'<td rowspan="{s1[i]}">{a["level1"]}</td>' if s1[i] > 1 else f'<td>{a["level1"]}</td>'
            if i in s2:
                row += f'<td rowspan="{s2[i]}">{a["level2"]}</td>' if s2[i] > 1 else f'<td>{a["level2"]}</td>'
            row += f'<td>{a["level3"]}</td><td>{ent(a["value_raw"])}</td><td>{ent(b["value_raw"])}</td>'
            H.append(f"<tr>{row}</tr>")
        H.append("</table>")
    H += ['<p>附件下载：<a href="/uploads/2023/zyzf_jxmb.xls">绩效目标表.xls</a></p>', "</body></html>"]
    return "\n".join(H) + "\n"


# =============================================================== b05 tab rows, 批复表 two blocks
def r_b05(g):
    out = []
    for p in g["projects"]:
        ex = p["extra"]
        out += [g["document"]["title"], "单位：万元",
                f'项目名称\t{p["name"]}\t项目编码\t{p["code"]}',
                f'主管部门\t{p["department"]}\t实施单位\t{p["implementing_unit"]}',
                f'项目属性\t{ex["项目属性"]}\t实施周期\t{ex["实施周期"]}',
                '项目资金\t\t实施期资金总额\t年度资金总额',
                f'\t资金总额\t{ex["实施期资金总额"]}\t{money(p["budget_total"], False)}',
                f'\t其中：财政拨款\t{ex["实施期财政拨款"]}\t{money(p["budget_fiscal"], False)}',
                f'\t其他资金\t{ex["实施期其他资金"]}\t{money(p["budget_other"], False)}',
                '总体目标\t实施期目标\t\t年度目标',
                f'\t{goals_numbered(p["goals_mid_term"])}\t\t{p["goals"][0] if len(p["goals"]) == 1 else goals_numbered(p["goals"])}']
        inds = p["indicators"]
        for per, head in (("mid_term", "实施期绩效指标"), ("year", "年度绩效指标")):
            sub = [d for d in inds if d["period"] == per]
            out.append(head)
            out.append("一级指标\t二级指标\t三级指标\t指标值" + ("\t分值" if per == "year" else ""))
            for i, d in enumerate(sub):
                s1, s2 = level_cells(sub, i)
                cells = [d["level1"] if s1 else "", d["level2"] if s2 else "", d["level3"], d["value_raw"]]
                if per == "year":
                    cells.append(str(d["weight"]))
                out.append("\t".join(cells))
        out += ["批复单位：温州市鹿城区财政局\t\t批复日期：2022年3月10日", "", ""]
    return "\n".join(out)


# =============================================================== b06 seed-like draft, Markdown
def r_b06(g):
    d = g["document"]
    toc = g["toc"]
    o = [f'# {d["department"]}', "", f'# {d["title"]}', "", "（草案）", "",
         f'{d["compiled_by"]}编制', "", f'{d["reviewed_by"]}审核', "", "二〇二二年二月", "", "---", "",
         "## 目 录", "", "**第一部分 部门整体绩效目标**", ""]
    for e in toc:
        if e["part"] == 2 and toc[toc.index(e) - 1]["part"] == 1:
            o += ["**第二部分 预算项目绩效目标**", ""]
        pre = f'{[x for x in toc if x["part"] == 2].index(e) + 1}、' if e["part"] == 2 else ""
        o += [f'{pre}{e["title"]}…………………………{e["page"]}', ""]
    o += ["---", "", "# 第一部分 部门整体绩效目标", "", "## 一、部门职责概况", "",
          "宜昌市夷陵区水利和湖泊局负责保障全区水资源的合理开发利用，组织实施水利工程建设与运行管理，指导水旱灾害防御、"
          "河湖管理保护、水土保持和农村水利工作。局机关内设8个科室，下属二级单位5个。", "",
          "## 二、总体绩效目标", ""]
    for i, t in enumerate(g["overall_goals"], 1):
        o += [f"{i}. {t}", ""]
    o += ["## 三、分项绩效目标", ""]
    cn = "一二三四五六七八九十"
    for i, s in enumerate(g["sub_goals"]):
        o += [f'### （{cn[i]}）{s["title"]}', "", f'绩效目标：{s["goal"]}', "", f'绩效指标：{s["indicator"]}', ""]
    o += ["## 四、工作保障措施", ""]
    for i, s in enumerate(g["safeguards"]):
        o += [f'（{cn[i]}）{s["title"]}。{s["text"]}', ""]
    o += ["# 第二部分 预算项目绩效目标", ""]
    for p in g["projects"]:
        plan = {e["month"]: e["pct"] for e in p["spending_plan"]}
        pv = lambda m: f"{plan[m]:.2f}" if m in plan else ""
        o += [f'## {p["seq"]}、{p["title"]}', "", f'{p["department_code"]} {p["department"]}', "", "单位：万元", "",
              f'| 项目编码 | {p["code"]} |  | 项目名称 | {p["name"]} |  |  |',
              "| --- | --- | --- | --- | --- | --- | --- |",
              f'| 预算规模及资金用途 | 预算数 | {money(p["budget_total"])} | 其中：财政资金 | {money(p["budget_fiscal"])} | 其他资金 | {money(p["budget_other"])} |',
              f'|  | {p["purpose"]} |  |  |  |  |  |',
              "| 资金支出计划（%） | 3月底 | 6月底 | 9月底 | 12月底 |  |  |",
              f'|  | {pv(3)} | {pv(6)} | {pv(9)} | {pv(12)} |  |  |',
              f'| 绩效目标 | {goals_numbered(p["goals"], sep=" ")} |  |  |  |  |  |',
              "| 一级指标 | 二级指标 | 三级指标 | 绩效指标描述 | 指标值 | 指标值确定依据 |  |"]
        inds = p["indicators"]
        for i, dd in enumerate(inds):
            s1, s2 = level_cells(inds, i)
            o.append(f'| {dd["level1"] if s1 else ""} | {dd["level2"] if s2 else ""} | {dd["level3"]} | '
                     f'{dd["description"]} | {dd["value_raw"]} | {dd["basis"]} |  |')
        o += [""]
    return "\n".join(o) + "\n"


# =============================================================== b12 HTML, Guangdong baseline form
def r_b12(g):
    d = g["document"]
    H = ['<html><head><meta charset="utf-8"><title>南海区应急管理局2021年部门预算项目绩效目标表</title></head><body>',
         f'<h2 align="center">{d["title"]}</h2>',
         f'<p>部门名称：{d["department"]}　　部门编码：{d["department_code"]}</p>']
    for p in g["projects"]:
        H += [f'<h3 align="center">{p["title"]}</h3>', '<table border="1" cellpadding="4">',
              f'<tr><td>项目名称</td><td colspan="2">{p["name"]}</td><td>主管部门</td><td colspan="2">{p["department"]}</td></tr>',
              f'<tr><td>项目单位</td><td colspan="5">{p["implementing_unit"]}</td></tr>',
              f'<tr><td rowspan="3">项目资金<br>（万元）</td><td colspan="2">资金总额</td><td colspan="3">{money(p["budget_total"])}</td></tr>',
              f'<tr><td colspan="2">其中：财政资金</td><td colspan="3">{money(p["budget_fiscal"])}</td></tr>',
              f'<tr><td colspan="2">其他资金</td><td colspan="3">{money(p["budget_other"])}</td></tr>',
              f'<tr><td>年度绩效目标</td><td colspan="5">{goals_numbered(p["goals"], "{i}.{g}", "<br>")}</td></tr>',
              '<tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>上年度实际水平</th><th>本年度计划完成水平</th><th>指标解释</th></tr>']
        inds = p["indicators"]
        s1 = dict(spans(inds, lambda x: x["level1"]))
        s2 = dict(spans(inds, lambda x: (x["level1"], x["level2"])))
        for i, x in enumerate(inds):
            row = ""
            if i in s1:
                row += f'<td rowspan="{s1[i]}">{x["level1"]}</td>'
            if i in s2:
                row += f'<td rowspan="{s2[i]}">{x["level2"]}</td>'
            row += (f'<td>{x["level3"]}</td><td>{html.escape(x["baseline_raw"])}</td>'
                    f'<td>{html.escape(x["value_raw"])}</td><td>{x["description"]}</td>')
            H.append(f"<tr>{row}</tr>")
        H += ["</table>", "<p>填报人：李卓航　　联系电话：0757-8628XXXX</p>"]
    H.append("</body></html>")
    return "\n".join(H) + "\n"


# =============================================================== Word
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt


def para(docu, text, size=11, bold=False, center=False, right=False):
    p = docu.add_paragraph()
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.bold = bold
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if right:
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def set_cell(cell, text):
    cell.text = text


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def merge_levels(tbl, first_row, inds, cols=(0, 1)):
    """write 一级/二级 text once per group and merge the group's cells vertically (vMerge)."""
    for key_col, key_fn in ((cols[0], lambda d: d["level1"]), (cols[1], lambda d: (d["level1"], d["level2"]))):
        for start, n in spans(inds, key_fn):
            top = tbl.cell(first_row + start, key_col)
            if n > 1:
                top.merge(tbl.cell(first_row + start + n - 1, key_col))
            tbl.cell(first_row + start, key_col).text = (inds[start]["level1"] if key_col == cols[0]
                                                         else inds[start]["level2"])


def r_b07(g, path):
    docu = Document()
    st = docu.styles["Normal"]
    st.font.name = "宋体"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    d = g["document"]
    para(docu, d["department"], 16, True, center=True)
    para(docu, d["title"], 18, True, center=True)
    para(docu, "一、部门整体绩效目标", 14, True)
    para(docu, "2024年，我局围绕以下目标开展工作：")
    cn = "一二三四五"
    for i, t in enumerate(g["overall_goals"]):
        para(docu, f"（{cn[i]}）{t}")
    para(docu, "二、项目绩效目标", 14, True)
    for p in g["projects"]:
        docu.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        para(docu, p["title"], 14, True, center=True)
        para(docu, "单位：万元", right=True)
        t = docu.add_table(rows=5, cols=4)
        t.style = "Table Grid"
        kv = [["项目名称", p["name"], "项目编码", p["code"]],
              ["主管部门", p["department"], "实施单位", p["implementing_unit"]],
              ["预算金额", money(p["budget_total"]), "其中：财政拨款", money(p["budget_fiscal"])],
              ["其他资金", money(p["budget_other"]), "资金性质", "一般公共预算"]]
        for r, row in enumerate(kv):
            for c, v in enumerate(row):
                t.cell(r, c).text = v
        t.cell(4, 0).text = "项目绩效目标"
        m = t.cell(4, 1).merge(t.cell(4, 3))
        m.text = goals_numbered(p["goals"], "{i}.{g}") if len(p["goals"]) > 1 else p["goals"][0]
        docu.add_paragraph()
        inds = p["indicators"]
        it = docu.add_table(rows=1 + len(inds), cols=5)
        it.style = "Table Grid"
        for c, h in enumerate(["一级指标", "二级指标", "三级指标", "指标值", "分值"]):
            it.cell(0, c).text = h
        for i, x in enumerate(inds):
            it.cell(1 + i, 2).text = x["level3"]
            it.cell(1 + i, 3).text = x["value_raw"]
            it.cell(1 + i, 4).text = str(x["weight"])
        merge_levels(it, 1, inds)
    para(docu, "")
    para(docu, "联系人：王思远　　联系电话：0518-8621XXXX")
    docu.save(path)


def r_b08(g, path):
    docu = Document()
    st = docu.styles["Normal"]
    st.font.name = "仿宋_GB2312"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    d = g["document"]
    para(docu, d["department"], 16, True, center=True)
    para(docu, d["title"], 18, True, center=True)
    hdr = ["一级指标", "二级指标", "三级指标", "指标值", "分值", "指标值设定依据"]

    def ind_table(inds, with_head_rows, p=None):
        extra = 5 if with_head_rows else 1
        t = docu.add_table(rows=extra + len(inds), cols=6)
        t.style = "Table Grid"
        r0 = 0
        if with_head_rows:
            t.cell(0, 0).text = "项目名称"
            t.cell(0, 1).merge(t.cell(0, 3)).text = p["name"]
            t.cell(0, 4).text = "项目编码"
            t.cell(0, 5).text = p["code"]
            for c, v in enumerate(["预算数", money(p["budget_total"]), "其中：财政资金", money(p["budget_fiscal"]),
                                   "其他资金", money(p["budget_other"])]):
                t.cell(1, c).text = v
            t.cell(2, 0).text = "资金用途"
            t.cell(2, 1).merge(t.cell(2, 5)).text = p["purpose"]
            t.cell(3, 0).text = "绩效目标"
            gc = t.cell(3, 1).merge(t.cell(3, 5))
            if len(p["goals"]) == 1:
                gc.text = p["goals"][0]
            else:
                gc.text = f"1、{p['goals'][0]}"
                for i, gl in enumerate(p["goals"][1:], 2):
                    gc.add_paragraph(f"{i}、{gl}")
            r0 = 4
        for c, h in enumerate(hdr):
            t.cell(r0, c).text = h
        repeat_header(t.rows[r0])
        for i, x in enumerate(inds):
            for c, v in ((2, x["level3"]), (3, x["value_raw"]), (4, str(x["weight"])), (5, x["basis"])):
                t.cell(r0 + 1 + i, c).text = v
        return t, r0 + 1

    for p in g["projects"]:
        if p["seq"] > 1:
            docu.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        para(docu, f'{p["seq"]}.{p["title"]}', 14, True, center=True)
        para(docu, f'部门：{p["department_code"]}-{p["department"]}　　　　　　单位：万元')
        inds = p["indicators"]
        k = p.get("_split_after")
        if k:
            t1, r1 = ind_table(inds[:k], True, p)
            merge_levels(t1, r1, inds[:k])
            docu.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            t2, r2 = ind_table(inds[k:], False)
            # the continuation table: 一级 cell left blank where the group goes on from the page before
            rest = inds[k:]
            for key_col, key_fn in ((0, lambda x: x["level1"]), (1, lambda x: (x["level1"], x["level2"]))):
                for start, n in spans(rest, key_fn):
                    if n > 1:
                        t2.cell(r2 + start, key_col).merge(t2.cell(r2 + start + n - 1, key_col))
                    continues = start == 0 and key_fn(rest[0]) == key_fn(inds[k - 1])
                    t2.cell(r2 + start, key_col).text = "" if continues else (
                        rest[start]["level1"] if key_col == 0 else rest[start]["level2"])
        else:
            t, r = ind_table(inds, True, p)
            merge_levels(t, r, inds)
        para(docu, "填报人：　　　　审核人：　　　　填报日期：2023年2月")
    docu.save(path)


# =============================================================== Excel
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="center")


def put(ws, r, c, v, fmt=None, bold=False):
    cell = ws.cell(row=r, column=c, value=v)
    cell.border = BOX
    cell.alignment = WRAP
    if fmt:
        cell.number_format = fmt
    if bold:
        cell.font = Font(bold=True)
    return cell


def r_b09(g, path):
    wb = Workbook()
    wb.remove(wb.active)
    for p in g["projects"]:
        ws = wb.create_sheet(f'{p["seq"]}-{p["name"]}')
        for col, wd in zip("ABCDEFG", [12, 16, 26, 30, 14, 10, 16]):
            ws.column_dimensions[col].width = wd
        ws.merge_cells("A1:G1")
        c = ws.cell(row=1, column=1, value=p["title"])
        c.font = Font(bold=True, size=16)
        c.alignment = Alignment(horizontal="center")
        ws.merge_cells("A2:D2")
        ws.cell(row=2, column=1, value=f'填报单位：{p["department"]}')
        ws.merge_cells("F2:G2")
        ws.cell(row=2, column=6, value="单位：万元")
        put(ws, 3, 1, "部门名称"); ws.merge_cells("B3:D3"); put(ws, 3, 2, p["department"])
        put(ws, 3, 5, "部门编码"); ws.merge_cells("F3:G3"); put(ws, 3, 6, p["department_code"])
        put(ws, 4, 1, "项目名称"); ws.merge_cells("B4:D4"); put(ws, 4, 2, p["name"])
        put(ws, 4, 5, "项目编码"); ws.merge_cells("F4:G4"); put(ws, 4, 6, p["code"])
        for col, v in enumerate(["项目资金", "资金总额", p["budget_total"], "其中：财政资金", p["budget_fiscal"],
                                 "其他资金", p["budget_other"]], 1):
            put(ws, 5, col, v, "#,##0.00" if isinstance(v, (int, float)) else None)
        put(ws, 6, 1, "年度绩效目标"); ws.merge_cells("B6:G6")
        put(ws, 6, 2, "\n".join(f"{i}、{t}" for i, t in enumerate(p["goals"], 1)) if len(p["goals"]) > 1
            else p["goals"][0])
        ws.merge_cells("A7:G7"); put(ws, 7, 1, "绩效指标", bold=True)
        for col, h in enumerate(["一级指标", "二级指标", "三级指标", "指标解释", "指标值", "权重(%)", "指标值确定依据"], 1):
            put(ws, 8, col, h, bold=True)
        inds = p["indicators"]
        for i, x in enumerate(inds):
            r = 9 + i
            put(ws, r, 1, x["level1"]); put(ws, r, 2, x["level2"])
            put(ws, r, 3, x["level3"]); put(ws, r, 4, x["description"])
            if "_cell" in x:
                put(ws, r, 5, x["_cell"][0], x["_cell"][1])
            else:
                put(ws, r, 5, x["value_raw"])
            put(ws, r, 6, x["weight"]); put(ws, r, 7, x["basis"])
        for key_col, key_fn in ((1, lambda d: d["level1"]), (2, lambda d: (d["level1"], d["level2"]))):
            for start, n in spans(inds, key_fn):
                if n > 1:
                    ws.merge_cells(start_row=9 + start, start_column=key_col, end_row=9 + start + n - 1,
                                   end_column=key_col)
    wb.save(path)


def r_b10(g, path):
    wb = Workbook()
    ws = wb.active
    ws.title = "项目绩效目标"
    for col, wd in zip("ABCDEFGHIJK", [6, 18, 12, 12, 10, 40, 12, 18, 26, 16, 8]):
        ws.column_dimensions[col].width = wd
    ws.merge_cells("A1:K1")
    c = ws.cell(row=1, column=1, value=g["document"]["title"])
    c.font = Font(bold=True, size=16)
    c.alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:F2"); ws.cell(row=2, column=1, value=f'单位名称：{g["document"]["department"]}')
    ws.merge_cells("J2:K2"); ws.cell(row=2, column=10, value="金额单位：万元")
    for col, h in [(1, "序号"), (2, "项目名称"), (6, "年度绩效目标"), (7, "一级指标"), (8, "二级指标"),
                   (9, "三级指标"), (10, "指标值"), (11, "分值")]:
        put(ws, 3, col, h, bold=True); put(ws, 4, col, None)
        ws.merge_cells(start_row=3, start_column=col, end_row=4, end_column=col)
    put(ws, 3, 3, "项目资金", bold=True); put(ws, 3, 4, None); put(ws, 3, 5, None)
    ws.merge_cells("C3:E3")
    for col, h in [(3, "资金总额"), (4, "财政拨款"), (5, "其他资金")]:
        put(ws, 4, col, h, bold=True)
    r = 5
    for p in g["projects"]:
        inds = p["indicators"]
        n = len(inds)
        goal = "\n".join(f"{i}.{t}" for i, t in enumerate(p["goals"], 1)) if len(p["goals"]) > 1 else p["goals"][0]
        for col, v, fmt in [(1, p["seq"], None), (2, p["name"], None), (3, p["budget_total"], "#,##0.00"),
                            (4, p["budget_fiscal"], "#,##0.00"), (5, p["budget_other"], "#,##0.00"), (6, goal, None)]:
            put(ws, r, col, v, fmt)
            for k in range(1, n):
                put(ws, r + k, col, None)
            ws.merge_cells(start_row=r, start_column=col, end_row=r + n - 1, end_column=col)
        for i, x in enumerate(inds):
            put(ws, r + i, 7, x["level1"]); put(ws, r + i, 8, x["level2"])
            put(ws, r + i, 9, x["level3"]); put(ws, r + i, 10, x["value_raw"]); put(ws, r + i, 11, x["weight"])
        for key_col, key_fn in ((7, lambda d: d["level1"]), (8, lambda d: (d["level1"], d["level2"]))):
            for start, m in spans(inds, key_fn):
                if m > 1:
                    ws.merge_cells(start_row=r + start, start_column=key_col, end_row=r + start + m - 1,
                                   end_column=key_col)
        r += n
    wb.save(path)


def r_b11(g, path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    hdr = ["单位名称", "项目名称", "项目金额", "项目年度目标", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
           "度量单位", "指标权重", "指标方向性"]
    ws.merge_cells("A1:L1")
    ws.cell(row=1, column=1, value=g["document"]["title"]).font = Font(bold=True, size=14)
    ws.cell(row=2, column=1, value="金额单位：元")
    for col, h in enumerate(hdr, 1):
        put(ws, 3, col, h, bold=True)
    r = 4
    for p in g["projects"]:
        goal = goals_numbered(p["goals"]) if len(p["goals"]) > 1 else p["goals"][0]
        for i, x in enumerate(p["indicators"]):
            if i == 0:
                put(ws, r, 1, f'{p["department_code"]}-{p["department"]}'); put(ws, r, 2, p["name"])
                put(ws, r, 3, p["budget_total"], "#,##0.00"); put(ws, r, 4, goal)
            else:
                for col in range(1, 5):
                    put(ws, r, col, None)
            for col, v in enumerate([x["level1"], x["level2"], x["level3"], x["sign"], x["value_raw"],
                                     x["printed_unit"], x["weight"], x["direction"]], 5):
                put(ws, r, col, v if v != "" else None)
            r += 1
    put(ws, r, 1, "合计"); put(ws, r, 3, sum(p["budget_total"] for p in g["projects"]), "#,##0.00")
    wb.save(path)


# =============================================================== driver
TEXT = {"b01_yitihua_mineru_shehong_2025": (".md", r_b01, "text"),
        "b02_national_capture_liangchu_2024": (".txt", r_b02, "text"),
        "b03_dept_overall_spaced_zhangdian_2023": (".txt", r_b03, "text"),
        "b04_transfer_html_guizhou_2023": (".html", r_b04, "html"),
        "b05_approval_tab_lucheng_2022": (".txt", r_b05, "text"),
        "b06_draft_markdown_yiling_2022": (".md", r_b06, "text"),
        "b12_baseline_html_nanhai_2021": (".html", r_b12, "html")}
OFFICE = {"b07_docx_draft_ganyu_2024": (".docx", r_b07, "docx"),
          "b08_docx_pagebreak_yubei_2023": (".docx", r_b08, "docx"),
          "b09_xlsx_sheets_baohe_2025": (".xlsx", r_b09, "xlsx"),
          "b10_xlsx_onesheet_merged_fengtai_2024": (".xlsx", r_b10, "xlsx"),
          "b11_xlsx_onesheet_blank_wuhua_2026": (".xlsx", r_b11, "xlsx")}


def main():
    assert set(TEXT) | set(OFFICE) == set(G), set(G) ^ (set(TEXT) | set(OFFICE))
    for stem, g in G.items():
        if stem in TEXT:
            ext, fn, fmt = TEXT[stem]
            path = os.path.join(OUT, stem + ext)
            with open(path, "w", encoding="utf-8") as f:
                f.write(fn(g))
        else:
            ext, fn, fmt = OFFICE[stem]
            path = os.path.join(OUT, stem + ext)
            fn(g, path)
        rec = clean(g)
        rec["source"] = {"path": stem + ext, "sha256": hashlib.sha256(open(path, "rb").read()).hexdigest(),
                         "format": fmt, "pages": None}
        with open(os.path.join(EXPECTED, stem + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(rec, f, ensure_ascii=False, indent=1)
        print("wrote", stem + ext)


if __name__ == "__main__":
    main()
