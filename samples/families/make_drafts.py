"""Render each hand-written family gold (samples/expected/families/*.gold.json) into its draft.

Reads only the gold files; every printed fact comes from the gold, the rest is the genre's fixed wording.
Run: python3 samples/families/make_drafts.py  (writes samples/drafts/families/).
"""
from __future__ import annotations

import html
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "expected" / "families"
OUT = ROOT / "drafts" / "families"
RENDER = {}


def renders(stem, ext):
    def deco(fn):
        RENDER[stem] = (ext, fn)
        return fn
    return deco


def money(x, places=2):
    return f"{x:,.{places}f}"


def num(x):
    """A number as an office would type it: no trailing .0."""
    return ("%f" % x).rstrip("0").rstrip(".") if isinstance(x, float) else str(x)


def cell(v):
    return "" if v is None else str(v)


def direction_word(d):
    return {"正向": "正向指标", "反向": "反向指标", "中性": "中性指标"}[d]


# --- a. Sichuan 一体化 --------------------------------------------------------------------------------
HEAD_A = ["单位名称", "项目名称", "预算数", "年度目标", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
          "度量单位", "权重", "指标方向性"]


def a_ind_cells(d):
    return [d["level1"], d["level2"], d["level3"], d["sign"], d["value_raw"], cell(d["unit"]), num(d["weight"]),
            direction_word(d["direction"])]


@renders("a_yitihua_hesu_2024", "html")
def _(g):
    e = html.escape
    doc, ps = g["document"], g["projects"]
    n_all = sum(len(p["indicators"]) for p in ps)
    rows = [f'<tr><td colspan="12" align="center"><b>{e(doc["title"])}</b></td></tr>',
            '<tr><td colspan="12" align="right">金额单位:元</td></tr>',
            "<tr>" + "".join(f"<th>{h}</th>" for h in HEAD_A) + "</tr>",
            f'<tr><td>{e(g["dept_subtotal"]["label"])}</td><td></td><td>{g["dept_subtotal"]["amount"]}</td>'
            + "<td></td>" * 9 + "</tr>"]
    for i, p in enumerate(ps):
        n = len(p["indicators"])
        for j, d in enumerate(p["indicators"]):
            tds = []
            if i == 0 and j == 0:
                tds.append(f'<td rowspan="{n_all}">{e(p["department_code"] + "-" + p["department"])}</td>')
            if j == 0:
                tds += [f'<td rowspan="{n}">{e(p["name"])}</td>', f'<td rowspan="{n}">{money(p["budget_total"])}</td>',
                        f'<td rowspan="{n}">{e(p["goals"][0])}</td>']
            tds += [f"<td>{e(c)}</td>" for c in a_ind_cells(d)]
            rows.append("<tr>" + "".join(tds) + "</tr>")
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>"
            + e(doc["title"]) + "</title></head>\n<body>\n<table border=\"1\" cellspacing=\"0\">\n"
            + "\n".join(rows) + "\n</table>\n</body></html>\n")


@renders("a_yitihua_mumen_capture_2023", "txt")
def _(g):
    """A web capture: merged cells lost, continuation rows start at 一级指标, padding pipes at the end."""
    doc, ps = g["document"], g["projects"]
    width = 13

    def row(cells):
        return "| " + " | ".join(cells) + " | " + "|" * max(0, width - len(cells) - 1)

    lines = ["部门预算项目绩效目标申报表", "发布时间:2023-03-15 来源:木门镇", "",
             row([doc["title"]]), row(["金额单位:元"]), "| " + " | ".join(HEAD_A) + " | |",
             row([g["dept_subtotal"]["label"], g["dept_subtotal"]["amount"]])]
    for i, p in enumerate(ps):
        for j, d in enumerate(p["indicators"]):
            cells = a_ind_cells(d)
            if j == 0:
                cells = [p["name"], money(p["budget_total"]), p["goals"][0]] + cells
                if i == 0:
                    cells = [p["department_code"] + "-" + p["department"]] + cells
            lines.append(row(cells))
    return "\n".join(lines) + "\n"


# --- b. national 申报表 as MinerU/Docling Markdown ------------------------------------------------------
def md_escape(t):
    return html.escape(t, quote=False)


def spans(items, key):
    """Row spans of consecutive equal values of `key` (a merged 一级/二级 cell)."""
    out, i = [], 0
    while i < len(items):
        j = i
        while j + 1 < len(items) and key(items[j + 1]) == key(items[i]):
            j += 1
        out.append((i, j - i + 1))
        i = j + 1
    return dict(out)


def b_table(p):
    e = md_escape
    t = ["<table>",
         f'<tr><td colspan="2">项目名称</td><td colspan="4">{e(p["name"])}</td></tr>',
         f'<tr><td colspan="2">主管部门及代码</td><td colspan="2">[{p["department_code"]}]{e(p["department"])}</td>'
         f'<td>实施单位</td><td>{e(p["implementing_unit"])}</td></tr>',
         f'<tr><td colspan="2" rowspan="4">项目资金（万元）</td><td colspan="2">年度资金总额</td><td colspan="2">{p["budget_total"]:.2f}</td></tr>',
         f'<tr><td colspan="2">其中：财政拨款</td><td colspan="2">{p["budget_fiscal"]:.2f}</td></tr>',
         f'<tr><td colspan="2">上年结转资金</td><td colspan="2">{p["budget_carryover"]:.2f}</td></tr>',
         f'<tr><td colspan="2">其他资金</td><td colspan="2">{p["budget_other"]:.2f}</td></tr>',
         '<tr><td colspan="2">总体目标</td><td colspan="4">'
         + " ".join(f"目标{i}：{e(g)}" for i, g in enumerate(p["goals"], 1)) + "</td></tr>"]
    inds = p["indicators"]
    t.append(f'<tr><td rowspan="{len(inds) + 1}">绩效指标</td><td>一级指标</td><td>二级指标</td><td>三级指标</td>'
             "<td>指标值</td><td>分值</td></tr>")
    s1 = spans(inds, lambda d: d["level1"])
    s2 = spans(inds, lambda d: (d["level1"], d["level2"]))
    for j, d in enumerate(inds):
        tds = []
        if d["level1"] is None:
            tds.append(f'<td colspan="3">{e(d["level3"])}</td>')
        else:
            if j in s1:
                tds.append(f'<td rowspan="{s1[j]}">{e(d["level1"])}</td>' if s1[j] > 1 else f"<td>{e(d['level1'])}</td>")
            if j in s2:
                tds.append(f'<td rowspan="{s2[j]}">{e(d["level2"])}</td>' if s2[j] > 1 else f"<td>{e(d['level2'])}</td>")
            tds.append(f"<td>{e(d['level3'])}</td>")
        tds += [f"<td>{e(d['value_raw'])}</td>", f"<td>{num(d['weight'])}</td>"]
        t.append("<tr>" + "".join(tds) + "</tr>")
    t.append("</table>")
    return "".join(t)


@renders("b_national_cas_2022", "md")
def _(g):
    parts = []
    for i, p in enumerate(g["projects"]):
        parts += [f"# {g['document']['title']}", "", f"（{g['document']['year']}年度）", "",
                  f"![](images/{'9c1e4b0d7a' if i == 0 else '5f83aa21c6'}.jpg)", "", b_table(p), "",
                  "填报人：                联系电话：", ""]
    return "\n".join(parts)


# --- c. central budget book, text rendering with tab rows -----------------------------------------------
BOOK_C = """{dept}2023年部门预算
目录
第一部分 {dept}概况　第二部分 2023年部门预算表　第三部分 2023年部门预算情况说明　第四部分 名词解释　附件 项目预算绩效目标表
第一部分 {dept}概况
一、部门职责
{dept}是国务院直属事业单位，负责管理全国地震工作，承担地震监测预报、震灾预防和地震应急救援有关工作。
二、机构设置
{dept}部门预算包括局本级及所属事业单位预算，纳入2023年部门预算编制范围的二级预算单位共45家。
第二部分 2023年部门预算表
一、收支总表
单位：万元
收入\t\t支出\t
项目\t预算数\t项目\t预算数
一、一般公共预算财政拨款\t412,356.78\t一、一般公共服务支出\t1,208.40
二、政府性基金预算财政拨款\t0.00\t二、科学技术支出\t286,540.12
三、事业收入\t35,210.00\t三、社会保障和就业支出\t18,640.35
四、其他收入\t8,433.22\t四、住房保障支出\t16,321.09
\t\t五、灾害防治及应急管理支出\t133,290.04
本年收入合计\t456,000.00\t本年支出合计\t456,000.00
二、收入总表
单位：万元
科目编码\t科目名称\t合计\t上年结转\t一般公共预算\t事业收入\t其他收入
\t合计\t456,000.00\t0.00\t412,356.78\t35,210.00\t8,433.22
206\t科学技术支出\t286,540.12\t0.00\t270,118.60\t12,006.00\t4,415.52
224\t灾害防治及应急管理支出\t133,290.04\t0.00\t110,880.34\t19,204.00\t3,205.70
三、支出总表
单位：万元
科目编码\t科目名称\t合计\t基本支出\t项目支出
\t合计\t456,000.00\t198,765.43\t257,234.57
206\t科学技术支出\t286,540.12\t90,112.30\t196,427.82
224\t灾害防治及应急管理支出\t133,290.04\t72,483.29\t60,806.75
第三部分 2023年部门预算情况说明
五、预算绩效情况说明
2023年{dept}实行绩效目标管理的项目共29个，涉及一般公共预算当年财政拨款257,234.57万元。{dept}重点项目绩效目标见附件。
第四部分 名词解释
一、财政拨款收入：指中央财政当年拨付的资金。
附件
项目预算绩效目标表
"""


def c_table(p):
    rows = [p["title"], f"单位：{p['unit']}",
            f"项目名称\t{p['name']}",
            f"主管部门及代码\t[{p['department_code']}]{p['department']}\t实施单位\t{p['implementing_unit']}",
            f"项目资金\t年度资金总额\t{p['budget_total']:.2f}",
            f"\t其中：财政拨款\t{p['budget_fiscal']:.2f}",
            f"\t上年结转资金\t{p['budget_carryover']:.2f}",
            f"\t其他资金\t{p['budget_other']:.2f}",
            "年度总体目标\t" + "；".join(f"{i}.{g}" for i, g in enumerate(p["goals"], 1)) + "。",
            "绩效指标\t一级指标\t二级指标\t三级指标\t指标值"]
    prev1 = prev2 = None
    for d in p["indicators"]:
        l1 = d["level1"] if d["level1"] != prev1 else ""
        l2 = d["level2"] if (d["level1"], d["level2"]) != (prev1, prev2) else ""
        prev1, prev2 = d["level1"], d["level2"]
        rows.append(f"\t{l1}\t{l2}\t{d['level3']}\t{d['value_raw']}")
    return "\n".join(rows)


@renders("c_central_book_dizhen_2023", "txt")
def _(g):
    dept = g["document"]["department"]
    return BOOK_C.format(dept=dept) + "\n".join(c_table(p) for p in g["projects"]) + "\n"


# --- d. 部门整体支出绩效目标表, xls page text: single spaces, label cells one word per line ----------------
def d_table(p, year):
    L = [p["title"], f"{year}年度)", f"部门(单位)名称 {p['department']} 部门预算编码 {p['department_code']}",
         "年度", "预算", "安排", "(万元)", f"        资金总额 {p['budget_total']:.2f}"]
    if p["budget_fiscal"] is not None:
        L += [f"  财政拨款 {p['budget_fiscal']:.2f}", f"  其他资金 {p['budget_other']:.2f}"]
    else:
        L += [f"  基本支出 {p['extra']['基本支出']}", f"  项目支出 {p['extra']['项目支出']}"]
    L += ["年度", "总体", "目标"]
    L += [f" 目标{i}:{g}" + ("" if g.endswith("。") else ";") for i, g in enumerate(p["goals"], 1)]
    L += ["年度", "履职", "目标", "部门职能 年度目标任务 支出项目名称 预算金额(万元)"]
    L += [" ".join(r.values()) for r in p["extra"]["年度履职目标"]]
    L += ["       ", "", "一级指标 二级指标 三级指标 指标解释 目标值"]
    prev1 = prev2 = None
    for d in p["indicators"]:
        cells = []
        if d["level1"] != prev1:
            cells.append(d["level1"])
        if (d["level1"], d["level2"]) != (prev1, prev2):
            cells.append(d["level2"])
        prev1, prev2 = d["level1"], d["level2"]
        L.append(" ".join(cells + [d["level3"], d["description"], d["value_raw"]]))
    return "\n".join(L)


@renders("d_dept_overall_zherong_2021", "txt")
def _(g):
    head = "附件3:部门整体支出绩效目标表.xls\n\n"
    return head + "\n\n\n".join(d_table(p, g["document"]["year"]) for p in g["projects"]) + "\n"


# --- e. 专项转移支付, pipe tables with 长期/年度 value columns side by side ---------------------------------
def pipe(cells):
    return "| " + " | ".join(cells) + " |"


def e_table(p):
    x = p["extra"]
    L = [f"### {p['title']}", "", "单位：万元", "",
         pipe(["专项名称", p["name"], "主管部门", p["department"]]), pipe(["---"] * 4),
         pipe(["实施期限", x["实施期限"], "实施期资金总额", x["实施期资金总额"]]),
         pipe(["年度资金总额", num(p["budget_total"]), "其中：中央补助", x["中央补助"]]),
         pipe(["", "", "省级资金", x["省级资金"]]),
         pipe(["总体目标", "长期目标：" + p["goals_mid_term"][0], "年度目标：" + p["goals"][0], ""]), "",
         pipe(["一级指标", "二级指标", "指标内容", "长期指标值", "年度指标值"]), pipe(["---"] * 5)]
    year = [d for d in p["indicators"] if d["period"] == "year"]
    mid = {d["level3"]: d for d in p["indicators"] if d["period"] == "mid_term"}
    prev1 = None
    for d in year:
        l1 = d["level1"] if d["level1"] != prev1 else ""
        prev1 = d["level1"]
        L.append(pipe([l1, d["level2"], d["level3"], mid[d["level3"]]["value_raw"], d["value_raw"]]))
    return "\n".join(L)


@renders("e_transfer_fund_jiangxi_2022", "md")
def _(g):
    return f"## {g['document']['title']}\n\n" + "\n\n".join(e_table(p) for p in g["projects"]) + "\n"


# --- f. 绩效目标批复表 (HTML): two indicator sets side by side, rows paired by position ---------------------
def f_table(p, year):
    e = html.escape
    x = p["extra"]
    td = lambda t, a="": f"<td{a}>{e(str(t))}</td>"
    mid = [d for d in p["indicators"] if d["period"] == "mid_term"]
    yr = [d for d in p["indicators"] if d["period"] == "year"]
    R = [f"<h3>{year}年度项目支出绩效目标批复表</h3>", '<table border="1">',
         "<tr>" + td("项目名称", ' colspan="2"') + td(p["name"], ' colspan="3"') + td("项目分类", ' colspan="2"')
         + td(x["项目分类"], ' colspan="3"') + "</tr>",
         "<tr>" + td("主管部门", ' colspan="2"') + td(p["department"], ' colspan="3"') + td("实施单位", ' colspan="2"')
         + td(p["implementing_unit"], ' colspan="3"') + "</tr>",
         "<tr>" + td("建设周期", ' colspan="2"') + td(x["建设周期"], ' colspan="3"') + td("项目负责人", ' colspan="2"')
         + td(x["项目负责人"], ' colspan="3"') + "</tr>",
         "<tr>" + td("项目资金（万元）", ' colspan="2" rowspan="2"') + td("实施期资金总额", ' colspan="2"')
         + td(x["实施期资金总额"]) + td("年度资金总额", ' colspan="2"') + td(num(p["budget_total"]), ' colspan="3"') + "</tr>",
         "<tr>" + td("其中：财政拨款", ' colspan="2"') + td(num(p["budget_fiscal"])) + td("其他资金", ' colspan="2"')
         + td(num(p["budget_other"]), ' colspan="3"') + "</tr>",
         "<tr>" + td("总体目标", ' colspan="2" rowspan="2"') + td("实施期目标", ' colspan="3"') + td("年度目标", ' colspan="5"') + "</tr>",
         "<tr>" + td("<br>".join(f"{i}.{g}" for i, g in enumerate(p["goals_mid_term"], 1)), ' colspan="3"').replace("&lt;br&gt;", "<br>")
         + td("<br>".join(f"{i}.{g}" for i, g in enumerate(p["goals"], 1)), ' colspan="5"').replace("&lt;br&gt;", "<br>") + "</tr>",
         "<tr>" + td("实施期绩效指标", ' colspan="4"') + td("年度绩效指标", ' colspan="6"') + "</tr>",
         "<tr>" + "".join(td(h) for h in ["一级指标", "二级指标", "三级指标", "指标值", "一级指标", "二级指标", "三级指标",
                                             "指标值", "分值", "指标解释"]) + "</tr>"]
    s1 = spans(yr, lambda d: d["level1"])
    for j, (m, y) in enumerate(zip(mid, yr)):
        c = []
        if j in s1:
            c.append(td(m["level1"], f' rowspan="{s1[j]}"' if s1[j] > 1 else ""))
        c += [td(m["level2"]), td(m["level3"]), td(m["value_raw"])]
        if j in s1:
            c.append(td(y["level1"], f' rowspan="{s1[j]}"' if s1[j] > 1 else ""))
        c += [td(y["level2"]), td(y["level3"]), td(y["value_raw"]), td(num(y["weight"])), td(y["description"])]
        R.append("<tr>" + "".join(c) + "</tr>")
    R.append("</table>")
    return "\n".join(R)


@renders("f_approval_zhangzhou_2023", "html")
def _(g):
    body = "\n<p>　</p>\n".join(f_table(p, g["document"]["year"]) for p in g["projects"])
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>' + html.escape(g["document"]["department"])
            + "绩效目标批复</title></head>\n<body>\n" + body + "\n</body></html>\n")


# --- g. older MoF layout, tab rows ----------------------------------------------------------------------
def g_table(p):
    L = [p["title"], f"预算单位：{p['department_code']}-{p['department']}\t\t\t单位：{p['unit']}",
         f"项目名称\t{p['name']}", f"主管部门\t{p['department']}\t实施单位\t{p['implementing_unit']}",
         f"项目资金\t年度资金总额\t{p['budget_total']:.2f}", f"\t其中：财政拨款\t{p['budget_fiscal']:.2f}",
         f"\t其他资金\t{num(p['budget_other'])}",
         "年度绩效目标\t" + "；".join(f"{i}、{g}" for i, g in enumerate(p["goals"], 1)) + "。",
         "绩效指标\t一级指标\t二级指标\t三级指标\t指标值"]
    prev1 = prev2 = None
    for d in p["indicators"]:
        l1 = d["level1"] if d["level1"] != prev1 else ""
        l2 = d["level2"] if (d["level1"], d["level2"]) != (prev1, prev2) else ""
        prev1, prev2 = d["level1"], d["level2"]
        L.append(f"\t{l1}\t{l2}\t{d['level3']}\t{d['value_raw']}")
    return "\n".join(L)


@renders("g_mof_old_anhua_2018", "txt")
def _(g):
    return g["document"]["title"] + "\n\n" + "\n\n".join(g_table(p) for p in g["projects"]) + "\n"


# --- h. 2015-style form: every cell on its own line ending in " |", a lone "|" after each row ----------------
def h_rows(p, unit_name):
    x = p["extra"]
    new_box = "√" if x["项目属性"] == "新增项目" else "□"
    old_box = "√" if x["项目属性"] == "延续项目" else "□"
    R = [[p["title"]], [f"填报单位(盖章):{unit_name}"], ["项目名称", p["name"]],
         ["项目属性", f"新增项目{new_box}", f"延续项目{old_box}"],
         ["主管部门", p["department"], "主管部门编码", p["department_code"]],
         ["项目单位", p["implementing_unit"], "项目负责人", x["项目负责人"]], ["联系电话", "", "项目起止时间", x["项目起止时间"]],
         ["年度资金总额及构成", f"总额:{num(p['budget_total'])}万元"], ["", f"一、财政拨款:{num(p['budget_fiscal'])}万元"],
         ["", f"二、自有资金:{x['自有资金']}"], ["", f"三、其他:{num(p['budget_other'])}万元"],
         ["项目概况", x["项目概况"]], ["项目实施进度计划", "项目实施内容", "开始时间", "完成时间"]]
    R += [["", f"{i}、{a}", b, c] for i, (a, b, c) in enumerate(x["实施进度计划"], 1)]
    R += [["项目绩效目标", "长期目标", "年度目标"], ["", p["goals_mid_term"][0], p["goals"][0]]]
    for period, head in (("mid_term", "长期绩效指标"), ("year", "年度绩效指标")):
        R += [[head], ["一级指标", "二级指标", "指标内容", "指标值", "备注"]]
        prev1 = prev2 = None
        for d in (d for d in p["indicators"] if d["period"] == period):
            row = []
            if d["level1"] != prev1:
                row.append(d["level1"])
            if (d["level1"], d["level2"]) != (prev1, prev2):
                row.append(d["level2"])
            prev1, prev2 = d["level1"], d["level2"]
            R.append(row + [d["level3"], d["value_raw"], ""])
    return R


@renders("h_form2015_huashi_2016", "txt")
def _(g):
    L = []
    for p in g["projects"]:
        for row in h_rows(p, g["document"]["department"]):
            L += [f"{c} |" if c else "|" for c in row] + ["|"]
        L += ["|", "|"]
    return "\n".join(L) + "\n"


# --- i. Guangdong Word text: literal \r\n between rows, literal \t between cells, literal \u000B in cells ------
CRLF, TAB, VT = r"\r\n", r"\t", r"\u000B"
SOFT_BREAK_AFTER = {"鉴定违规问题": 1, "系统注册": 1, "全年实地督导": 1, "系统故障发生后": 1}


def soft(t):
    """Put a Word soft break inside a long cell, where an office's narrow column would wrap it."""
    for head in SOFT_BREAK_AFTER:
        if t.startswith(head) and t != head:
            return head + VT + t[len(head):]
    return t


def i_table(p, year):
    R = [[p["title"]], [f"（{year}年度）"], ["项目名称", p["name"], "主管部门", p["department"]],
         ["项目单位", p["implementing_unit"], "项目资金（万元）", f"总额：{num(p['budget_total'])}"],
         ["", "", "其中：财政资金", num(p["budget_fiscal"])], ["", "", "其他资金", num(p["budget_other"])],
         ["年度绩效目标", VT.join(f"{i}.{g}" + ("" if g.endswith("。") else "；") for i, g in enumerate(p["goals"], 1))],
         ["一级指标", "二级指标", "三级指标", "上年度实际水平", "本年度计划完成水平", "指标解释"]]
    prev1 = prev2 = None
    for d in p["indicators"]:
        l1 = d["level1"] if d["level1"] != prev1 else ""
        l2 = d["level2"] if (d["level1"], d["level2"]) != (prev1, prev2) else ""
        prev1, prev2 = d["level1"], d["level2"]
        R.append([l1, l2, soft(d["level3"]), d["baseline_raw"], d["value_raw"], soft(d["description"])])
    R += [["审核意见", "省级主管部门审核意见" + VT + "                      审核人：    单位公章       年  月  日"],
          ["注：上年度实际水平指上一年度该指标的实际完成值，新增项目可不填。"]]
    return CRLF.join(TAB.join(r) for r in R) + CRLF


@renders("i_guangdong_baseline_2019", "txt")
def _(g):
    y = g["document"]["year"]
    return g["document"]["title"] + CRLF + "\n" + "\n".join(i_table(p, y) for p in g["projects"]) + "\n"


# --- j. glued capture: a document-sharing site's preview, every cell run into the next --------------------
def j_table(p):
    out = [p["title"], "项目名称", p["name"], "主管部门", p["department"], "实施单位", p["implementing_unit"],
           "项目资金(万元)", f"年度资金总额:{num(p['budget_total'])}", f"其中:财政拨款{num(p['budget_fiscal'])}",
           f"其他资金{num(p['budget_other'])}", "年度目标", p["goals"][0], "绩效指标", "一级指标", "二级指标", "三级指标", "指标值"]
    prev1 = prev2 = None
    for d in p["indicators"]:
        if d["level1"] != prev1:
            out.append(d["level1"])
        if (d["level1"], d["level2"]) != (prev1, prev2):
            out.append(d["level2"])
        prev1, prev2 = d["level1"], d["level2"]
        out += [d["level3"], d["value_raw"]]
    return "".join(out)


@renders("j_glued_hefeng_2022", "txt")
def _(g):
    name = g["document"]["title"]
    head = [f"{name}.docx", "-", "资源ID:318806", "资源大小:31.04KB", "- 资源格式: DOCX", "下载积分:8金币", "友情提示",
            "1、本站资源下载后的文档和图纸-无水印,预览文档经过压缩,下载后原文更清晰。", "|", f"{name}.docx"]
    return "\n".join(head) + "\n" + "".join(j_table(p) for p in g["projects"]) + "填报人:审核人:联系电话:\n"


# --- k. a mirror that ran the page through a simplified→traditional converter adding readings --------------
# Hand-made table for the characters these samples use: simplified → (traditional, reading or None).
TRAD = {
    "万": ("萬", None), "产": ("產", "chǎn"), "亩": ("畝", None), "众": ("眾", None), "会": ("會", "huì"),
    "储": ("儲", None), "务": ("務", "wù"), "区": ("區", "qū"), "单": ("單", None), "发": ("發", "fā"),
    "备": ("備", None), "实": ("實", "shí"), "对": ("對", None), "应": ("應", "yīng"), "御": ("禦", None),
    "总": ("總", None), "扩": ("擴", "kuò"), "抢": ("搶", "qiǎng"), "拨": ("撥", "bō"), "数": ("數", "shù"),
    "时": ("時", "shí"), "条": ("條", None), "来": ("來", "lái"), "标": ("標", "biāo"), "济": ("濟", "jì"),
    "浏": ("瀏", None), "满": ("滿", None), "灾": ("災", "zāi"), "确": ("確", "què"), "积": ("積", None),
    "称": ("稱", None), "类": ("類", None), "级": ("級", "jí"), "织": ("織", None), "经": ("經", None),
    "绩": ("績", None), "编": ("編", None), "罗": ("羅", None), "览": ("覽", None), "计": ("計", "jì"),
    "财": ("財", None), "质": ("質", "zhì"), "购": ("購", None), "资": ("資", "zī"), "采": ("採", None),
    "间": ("間", None), "险": ("險", None), "项": ("項", "xiàng"), "额": ("額", None), "验": ("驗", "yàn"),
}


def trad(t):
    out = []
    for ch in t:
        hit = TRAD.get(ch)
        out.append(ch if hit is None else hit[0] + (f"({hit[1]})" if hit[1] else ""))
    return "".join(out)


def k_table(p):
    x = lambda cells, width=7: " | ".join(cells) + " | " + "|" * max(0, width - len(cells) - 1)
    L = [x([p["title"]]), x(["项目名称", p["name"]]), x(["实施单位", p["implementing_unit"]]),
         x(["项目资金(万元)", "年度资金总额", num(p["budget_total"]), "其中:财政拨款", num(p["budget_fiscal"]),
            "其他资金", num(p["budget_other"])]),
         x(["年度绩效目标", p["goals"][0]]), x(["一级指标", "二级指标", "三级指标", "指标值类型", "指标值", "计量单位", "备注"])]
    prev1 = None
    for d in p["indicators"]:
        cells = [d["level1"]] if d["level1"] != prev1 else []
        prev1 = d["level1"]
        L.append(x(cells + [d["level2"], d["level3"], d["extra"]["指标值类型"], d["value_raw"], cell(d["unit"]), ""]))
    return "\n".join(L)


@renders("k_traditional_mirror_miluo_2023", "txt")
def _(g):
    doc = g["document"]
    head = [doc["title"], "来源:", doc["department"], "发布时间:", "2023-03-28 09:15", "浏览次数:", "3"]
    return trad("\n".join(head) + "\n" + "\n".join(k_table(p) for p in g["projects"])) + "\n"


def main(stems):
    OUT.mkdir(parents=True, exist_ok=True)
    for stem, (ext, fn) in RENDER.items():
        if stems and stem not in stems:
            continue
        g = json.loads((GOLD / f"{stem}.gold.json").read_text(encoding="utf-8"))
        (OUT / f"{stem}.{ext}").write_text(fn(g), encoding="utf-8")
        print("wrote", OUT / f"{stem}.{ext}")


if __name__ == "__main__":
    main(sys.argv[1:])
