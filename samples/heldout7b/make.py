#!/usr/bin/env python3
"""Render the seven blind documents of heldout7b FROM the hand-typed facts in golds.py and write the golds (and the
refusal line of the negative). Markdown, HTML and text by hand-made string templates; nothing from the jixiao
project is imported. Run: .venv/bin/python samples/heldout7b/make.py"""
import hashlib, json, os, sys

sys.dont_write_bytecode = True

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kit import clean, dw, wrap
from golds import G, REFUSE, NEG_FACTS

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "drafts")
EXPECTED = os.path.join(HERE, "expected")


def numbered(goals, style="{i}.{g}", sep=""):
    if len(goals) == 1:
        return goals[0]
    return sep.join(style.format(i=i, g=g) for i, g in enumerate(goals, 1))


def money(v, sep=False, zero=None):
    if v is None:
        return ""
    if v == 0 and zero is not None:
        return zero
    return f"{v:,.2f}" if sep else f"{v:.2f}"


def level_cells(inds, i):
    d = inds[i]
    if i == 0:
        return True, True
    p = inds[i - 1]
    same1 = d["level1"] == p["level1"]
    same2 = same1 and d["level2"] == p["level2"]
    return not same1, not same2


def spans(inds, key_fn):
    out, i = {}, 0
    while i < len(inds):
        j = i
        while j + 1 < len(inds) and key_fn(inds[j + 1]) == key_fn(inds[i]):
            j += 1
        out[i] = j - i + 1
        i = j + 1
    return out


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# =============================================================== g1 专项资金 form, MinerU Markdown + HTML tables
def r_g1(g):
    d = g["document"]
    o = [f'# {d["department"]}{d["title"]}', "",
         "![](images/9c41e07b2d5f86a3e1b0c4d7f2a95e6810c3b7d4e5f6a7b8c9d0e1f2a3b4c5d6.jpg)", "",
         "根据《云南省财政厅关于做好2024年专项资金绩效目标管理工作的通知》要求，现将我局2024年度专项资金绩效目标公开如下：", ""]
    for p in g["projects"]:
        x = p["extra"]
        gm = " ".join(f"{i}.{t}" for i, t in enumerate(p["goals_mid_term"], 1)) \
            if len(p["goals_mid_term"]) > 1 else p["goals_mid_term"][0]
        gy = " ".join(f"{i}.{t}" for i, t in enumerate(p["goals"], 1)) if len(p["goals"]) > 1 else p["goals"][0]
        inds = p["indicators"]
        s1 = spans(inds, lambda r: r["level1"])
        s2 = spans(inds, lambda r: (r["level1"], r["level2"]))
        rows = [f'<tr><td colspan="2">专项名称</td><td colspan="4">{p["name"]}</td></tr>',
                f'<tr><td colspan="2">主管部门</td><td colspan="2">{p["department"]}</td><td>实施单位</td>'
                f'<td>{p["implementing_unit"]}</td></tr>',
                '<tr><td rowspan="4">资金情况（万元）</td><td colspan="2"></td><td>实施期资金总额</td>'
                '<td colspan="2">年度资金总额</td></tr>',
                f'<tr><td colspan="2">资金总额</td><td>{money(x["实施期资金总额"], sep=True)}</td>'
                f'<td colspan="2">{money(p["budget_total"], sep=True)}</td></tr>',
                f'<tr><td colspan="2">其中：财政拨款</td><td>{money(x["实施期财政拨款"], sep=True)}</td>'
                f'<td colspan="2">{money(p["budget_fiscal"], sep=True)}</td></tr>',
                f'<tr><td colspan="2">其他资金</td><td>{money(x["实施期其他资金"], sep=True)}</td>'
                f'<td colspan="2">{money(p["budget_other"], sep=True)}</td></tr>',
                f'<tr><td rowspan="2">总体目标</td><td colspan="3">实施期目标（{x["实施期"]}）</td>'
                '<td colspan="2">年度目标</td></tr>',
                f'<tr><td colspan="3">{gm}</td><td colspan="2">{gy}</td></tr>',
                f'<tr><td rowspan="{len(inds) + 1}">绩效指标</td><td>一级指标</td><td>二级指标</td>'
                '<td colspan="2">指标内容</td><td>年度指标值</td></tr>']
        for i, r in enumerate(inds):
            row = ""
            if i in s1:
                row += f'<td rowspan="{s1[i]}">{r["level1"]}</td>' if s1[i] > 1 else f'<td>{r["level1"]}</td>'
            if i in s2:
                row += f'<td rowspan="{s2[i]}">{r["level2"]}</td>' if s2[i] > 1 else f'<td>{r["level2"]}</td>'
            row += f'<td colspan="2">{r["level3"]}</td><td>{esc(r["value_raw"])}</td>'
            rows.append(f"<tr>{row}</tr>")
        o += [f'# {p["title"]}', "", "（2024年度）", "", "<table>" + "".join(rows) + "</table>", ""]
    o += ["![](images/0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9.jpg)", "",
          "曲靖市麒麟区水务局", "", "2024年3月8日", ""]
    return "\n".join(o)


# =============================================================== g2 Hubei-style form, HTML page
def r_g2(g):
    d = g["document"]
    H = ['<!DOCTYPE html>', '<html><head><meta charset="utf-8">',
         f'<title>{d["department"]}{d["title"]}_湖州市吴兴区人民政府</title>', '</head>', '<body>',
         '<div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zmhd/">政民互动</a>'
         '<a href="/zwfw/">政务服务</a></div>',
         '<div class="pos">您当前的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 预决算公开</div>',
         '<div class="main">', f'<h1 class="tit">{d["department"]}{d["title"]}</h1>',
         '<div class="info">信息来源：区机关事务管理中心　发布时间：2023-02-21　阅读次数：<span id="hits">83</span></div>',
         '<div class="content">']
    for p in g["projects"]:
        x = p["extra"]
        inds = p["indicators"]
        s1 = spans(inds, lambda r: r["level1"])
        s2 = spans(inds, lambda r: (r["level1"], r["level2"]))
        H += [f'<p style="text-align:center"><strong>{p["title"]}</strong></p>',
              f'<p>填报单位（盖章）：{p["department"]}　　　　　　单位：万元</p>',
              '<table border="1" cellspacing="0" style="border-collapse:collapse">',
              f'<tr><td>项目名称</td><td colspan="2">{p["name"]}</td><td>项目类别</td>'
              f'<td colspan="2">{p["project_type"]}</td></tr>',
              f'<tr><td>项目性质</td><td colspan="2">{p["project_nature"]}</td><td>立项依据</td>'
              f'<td colspan="2">{x["立项依据"]}</td></tr>',
              f'<tr><td>主管部门</td><td colspan="2">{p["department"]}</td><td>实施单位</td>'
              f'<td colspan="2">{p["implementing_unit"]}</td></tr>',
              '<tr><td rowspan="2">项目资金（万元）</td><td>年度资金总额</td><td colspan="2">其中：财政拨款</td>'
              '<td colspan="2">其他资金</td></tr>',
              f'<tr><td>{money(p["budget_total"])}</td><td colspan="2">{money(p["budget_fiscal"])}</td>'
              f'<td colspan="2">{money(p["budget_other"])}</td></tr>',
              '<tr><td colspan="2">项目预算成本构成</td><td>金额</td><td colspan="3">测算（公式）依据</td></tr>']
        for c in x["cost_items"]:
            H.append(f'<tr><td colspan="2">{c["item"]}</td><td>{money(c["amount"])}</td>'
                     f'<td colspan="3">{c["basis"]}</td></tr>')
        H += [f'<tr><td colspan="2">合计</td><td>{money(x["cost_total"])}</td><td colspan="3">&nbsp;</td></tr>',
              f'<tr><td>绩效目标</td><td colspan="5">{numbered(p["goals"])}</td></tr>',
              '<tr><td colspan="5">绩效指标</td><td>保障绩效目标实现措施</td></tr>',
              '<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>绩效标准</td><td>当年预期实现值</td>'
              f'<td rowspan="{len(inds) + 1}">{p["measures"]}</td></tr>']
        for i, r in enumerate(inds):
            row = ""
            if i in s1:
                row += f'<td rowspan="{s1[i]}">{r["level1"]}</td>'
            if i in s2:
                row += f'<td rowspan="{s2[i]}">{r["level2"]}</td>'
            v = r["value_raw"].replace("≥", "&ge;").replace("≤", "&le;")
            row += f'<td>{r["level3"]}</td><td>{r["description"]}</td><td>{v}</td>'
            H.append(f"<tr>{row}</tr>")
        H += ['<tr><td>主管部门审核意见</td><td colspan="5">&nbsp;<br/>（单位公章）<br/>年　月　日</td></tr>',
              "</table>", "<p>&nbsp;</p>"]
    H += ["</div>", '<div class="tools">【<a href="javascript:window.print()">打印</a>】'
          '【<a href="javascript:window.close()">关闭</a>】</div>', "</div>",
          '<div class="footer">主办：湖州市吴兴区人民政府办公室　网站标识码：3305020001　浙ICP备XXXXXXXX号</div>',
          "</body></html>"]
    return "\n".join(H) + "\n"


# =============================================================== g3 department draft as `pdftotext -layout` text
W3 = 80  # prose wraps at 40 CJK characters (display width 80)


def para(text, indent="    "):
    """a prose paragraph: first line indented, wrapped at the page width."""
    lines = wrap(text, W3 - dw(indent))
    return [indent + lines[0]] + wrap("".join(lines[1:]), W3) if len(lines) > 1 else [indent + lines[0]]


def cols(cells, widths, lead=0):
    """a table line: each (col, text) placed at its column's start (display width), apart by runs of spaces."""
    starts = [lead + sum(widths[:i]) for i in range(len(widths))]
    line = ""
    for col, text in cells:
        if not text:
            continue
        gap = starts[col] - dw(line)
        line += " " * max(2 if line else 0, gap) + text
    return line.rstrip()


def footer(n):
    return ["", " " * 38 + f"- {n} -"]


CN = "一二三四五六七八九十"
WI = [12, 20, 26, 32, 18, 14]  # 一级 二级 三级 描述 指标值 依据


def g3_table(p, inds_pages):
    """the project's table; inds_pages = list of indicator slices, one per page (the table runs over a break)."""
    WH = [14, 14, 16, 14, 18, 14]
    head = [f'{p["seq"]}、{p["title"]}', "", f'{p["department_code"]} {p["department"]}' + " " * 30 + "单位：万元", "",
            cols([(0, "项目编码"), (1, p["code"][:-1] + " " + p["code"][-1]), (3, "项目名称"), (4, p["name"])], WH),
            cols([(0, "预算规模"), (1, "预算数"), (2, money(p["budget_total"])), (3, "其中：财政资金"),
                  (4, money(p["budget_fiscal"])), (5, "其他资金" + ("  " + money(p["budget_other"])
                                                                  if p["budget_other"] is not None else ""))], WH),
            cols([(0, "及资金用途"), (1, p["purpose"])], WH),
            cols([(0, "资金支出"), (1, "3 月底"), (2, "6 月底"), (3, "9 月底"), (4, "12 月底")], WH),
            cols([(0, "计划（%）")] + [(i + 1, f"{v:.2f}") for i, (_, v) in enumerate(
                [(e["month"], e["pct"]) for e in p["spending_plan"]])], WH)]
    gl = wrap(" ".join(f"{i}、{t}" for i, t in enumerate(p["goals"], 1)), 60)
    head += [cols([(0, "绩效目标"), (1, gl[0])], WH)] + [cols([(1, x)], WH) for x in gl[1:]]
    head.append(cols([(0, "一级指标"), (1, "二级指标"), (2, "三级指标"), (3, "绩效指标描述"), (4, "指标值"),
                      (5, "指标值确定依据")], WI))
    pages, first = [], True
    allinds = p["indicators"]
    for sl in inds_pages:
        lines = head if first else []
        for r in sl:
            i = allinds.index(r)
            a, b = level_cells(allinds, i)
            if not first and r is sl[0]:
                a, b = True, True  # a group cut by the page break is printed again at the top of the page
            desc = wrap(r["description"], 30)
            lines.append(cols([(0, r["level1"] if a else ""), (1, r["level2"] if b else ""), (2, r["level3"]),
                               (3, desc[0]), (4, r["value_raw"]), (5, r["basis"])], WI))
            lines += [cols([(3, x)], WI) for x in desc[1:]]
        pages.append(lines)
        first = False
    return pages


def r_g3(g):
    d = g["document"]
    pages = []
    pages.append(["", "", "", " " * 24 + d["department"], "", " " * 26 + d["title"], "", " " * 34 + "（草案）", "", "",
                  "", "", " " * 24 + f'{d["compiled_by"]}编制', " " * 26 + f'{d["reviewed_by"]}审核', ""])
    toc = [" " * 36 + "目    录", "", "第一部分  部门整体绩效目标", ""]
    for i, e in enumerate(x for x in g["toc"] if x["part"] == 1):
        toc.append(f'    {CN[i]}、{e["title"]}' + " " + "." * 40 + f' {e["page"]}')
    toc += ["", "第二部分  预算项目绩效目标", ""]
    for i, e in enumerate((x for x in g["toc"] if x["part"] == 2), 1):
        toc.append(f'    {i}、{e["title"]}' + " " + "." * 30 + f' {e["page"]}')
    pages.append(toc)
    # page 1: 部门职责 + 总体绩效目标
    p1 = [" " * 30 + "第一部分  部门整体绩效目标", "", "一、部门职责", ""] + para(g["extra"]["duties"]) + \
         ["", "二、总体绩效目标", ""]
    for i, t in enumerate(g["overall_goals"]):
        p1 += para(f"（{CN[i]}）{t}") + [""]
    pages.append(p1 + footer(1))
    p2 = ["三、分项绩效目标", ""]
    for i, s in enumerate(g["sub_goals"]):
        p2 += [f'    {CN[i]}、{s["title"]}', ""] + para("绩效目标：" + s["goal"]) + para("绩效指标：" + s["indicator"]) + [""]
    pages.append(p2 + footer(2))
    p3 = ["四、保障措施", ""]
    for i, s in enumerate(g["safeguards"]):
        t = s["text"]
        k = t.find("。监控结果")
        paras = [t[:k + 1], t[k + 1:]] if k >= 0 else [t]  # item 2 runs over two paragraphs
        p3 += para(f'（{CN[i]}）{s["title"]}。{paras[0]}')
        for extra in paras[1:]:
            p3 += para(extra)
        p3.append("")
    pages.append(p3 + footer(3))
    pr1, pr2 = g["projects"]
    t1 = g3_table(pr1, [pr1["indicators"]])
    pages.append([" " * 30 + "第二部分  预算项目绩效目标", ""] + t1[0] + footer(4))
    t2 = g3_table(pr2, [pr2["indicators"][:4], pr2["indicators"][4:]])
    pages.append(t2[0] + footer(5))
    pages.append(t2[1] + footer(6))
    return "\f".join("\n".join(pg) + "\n" for pg in pages)


# =============================================================== g4 Guangdong-style form, pipe rows, merged cells lost
def pipe(cells, n=7):
    return "| " + " | ".join(cells) + " | " + "|" * max(0, n - len(cells))


def r_g4(g):
    d = g["document"]
    o = ["首页 > 政务公开 > 财政资金 > 部门预决算", "", f'{d["department"]}{d["title"]}', "",
         "发布日期：2023-03-02　　信息来源：区教育局", ""]
    for p in g["projects"]:
        o += [pipe([p["title"], ""]), pipe([f'填报单位：{p["department"]}', "金额单位：万元", ""]),
              pipe(["项目名称", p["name"], ""]),
              pipe(["主管部门", p["department"], "项目实施单位", p["implementing_unit"], ""]),
              pipe(["项目资金", "年度资金总额", money(p["budget_total"]), ""]),
              pipe(["其中：财政拨款", money(p["budget_fiscal"]), ""]),
              pipe(["其他资金", money(p["budget_other"]), ""]),
              pipe(["年度绩效目标", numbered(p["goals"]), ""]),
              pipe(["绩效指标", "一级指标", "二级指标", "三级指标", "上年度实际水平", "本年度计划完成水平", "指标解释"])]
        inds = p["indicators"]
        for i, r in enumerate(inds):
            a, b = level_cells(inds, i)
            cells = ([r["level1"]] if a else []) + ([r["level2"]] if b else []) + \
                [r["level3"], r["baseline_raw"] or "", r["value_raw"], r["description"]]
            o.append(pipe(cells))
        o += [pipe(["填表人：叶晓蕾", "联系电话：0578-22XXXXX", "填报日期：2023年2月16日", ""]), ""]
    o += ["【打印本页】【关闭窗口】", "丽水市莲都区人民政府主办"]
    return "\n".join(o) + "\n"


# =============================================================== g5 two departments' forms on one page, tabs
def r_g5(g):
    d = g["document"]
    o = [d["title"], "发布日期：2024-03-12　　来源：汉滨区财政局", "",
         "按照预算信息公开有关要求，现将区卫生健康局、区文化和旅游广电局2024年项目支出绩效目标予以公开。", ""]
    last = None
    for p in g["projects"]:
        if p["department_code"] != last:
            o += ["", f'单位名称（代码）：{p["department_code"]} {p["department"]}', ""]
            last = p["department_code"]
        o += [p["title"], "（2024年度）", "\t\t\t\t单位：万元",
              f'项目名称\t{p["name"]}\t项目编码\t{p["code"]}',
              f'主管部门\t{p["department"]}\t实施单位\t{p["implementing_unit"]}',
              f'项目资金\t年度资金总额\t{money(p["budget_total"])}\t',
              f'\t其中：财政拨款\t{money(p["budget_fiscal"])}\t',
              f'\t其他资金\t{money(p["budget_other"])}\t',
              f'年度目标\t{numbered(p["goals"])}',
              "绩效指标\t一级指标\t二级指标\t三级指标\t指标值\t分值"]
        inds = p["indicators"]
        for i, r in enumerate(inds):
            a, b = level_cells(inds, i)
            o.append(f'\t{r["level1"] if a else ""}\t{r["level2"] if b else ""}\t{r["level3"]}\t{r["value_raw"]}'
                     f'\t{r["weight"]}')
        o += ["", "填报人：" + ("王海燕" if p["department_code"] == "518001" else "陈立新") + "\t审核人："
              + ("李建军" if p["department_code"] == "518001" else "张晓芳"), ""]
    o += ["【打印】【关闭】", "安康市汉滨区人民政府　版权所有"]
    return "\n".join(o) + "\n"


# =============================================================== g6 NEGATIVE: a self-evaluation under a 目标表 title
def r_g6(_):
    o = ["楚雄市2023年度项目支出绩效目标表", "", "（2023年度）", "",
         "项目名称\t城乡居民医疗救助\t\t\t\t",
         "主管部门\t楚雄市医疗保障局\t实施单位\t楚雄市医疗保障事务中心\t\t",
         "项目资金（万元）\t\t全年预算数\t全年执行数\t分值\t执行率\t得分",
         "\t年度资金总额\t1,260.00\t1,198.40\t10\t95.11%\t9.5",
         "\t其中：财政拨款\t1,260.00\t1,198.40\t—\t95.11%\t—",
         "\t其他资金\t0.00\t0.00\t—\t—\t—",
         "年度总体目标\t预期目标\t\t\t实际完成情况\t\t",
         "\t对特困人员、低保对象等困难群众实施医疗救助，减轻困难群众医疗费用负担。\t\t\t"
         "全年救助困难群众2.36万人次，救助资金1,198.40万元，困难群众医疗费用负担有效减轻。\t\t",
         "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t全年实际完成值\t分值\t得分\t偏差原因分析",
         "\t产出指标\t数量指标\t救助困难群众人次\t≥2.2万人次\t2.36万人次\t10\t10\t",
         "\t\t\t资助参保人数\t≥1.8万人\t1.74万人\t10\t9\t部分对象已在外地参保",
         "\t\t质量指标\t救助政策落实率\t100%\t100%\t10\t10\t",
         "\t\t时效指标\t救助资金结算时间\t即时结算\t即时结算\t10\t10\t",
         "\t成本指标\t经济成本指标\t人均救助标准\t≤600元\t508元\t10\t10\t",
         "\t效益指标\t社会效益指标\t困难群众医疗费用负担\t有效减轻\t有效减轻\t20\t18\t个别大病患者自付比例仍偏高",
         "\t满意度指标\t服务对象满意度指标\t救助对象满意度\t≥90%\t93.6%\t10\t10\t",
         "总分\t\t\t\t\t\t100\t96.5\t",
         "", "单位负责人：杨志华\t财务负责人：普丽萍\t填报人：李文涛\t填报日期：2024年2月26日", ""]
    return "\n".join(o)


# =============================================================== g7 values in odd notations, tabs
def r_g7(g):
    d = g["document"]
    o = [f'{d["department"]}{d["title"]}', "", "发布时间：2024-02-19　　来源：区市场监管局", ""]
    for p in g["projects"]:
        o += [f'{"一二三"[p["seq"] - 1]}、{p["name"]}', "", p["title"], "（2024年度）",
              f'主管部门及代码\t{p["department_code"]} {p["department"]}\t实施单位\t{p["implementing_unit"]}',
              f'项目名称\t{p["name"]}\t项目编码\t{p["code"]}',
              f'项目资金（万元）\t年度资金总额：{money(p["budget_total"])}\t其中：财政拨款：{money(p["budget_fiscal"])}'
              f'\t其他资金：{money(p["budget_other"])}',
              f'年度目标\t{numbered(p["goals"], "{i}、{g}")}',
              "一级指标\t二级指标\t三级指标\t指标解释\t指标值\t分值\t指标值设定依据"]
        inds = p["indicators"]
        for i, r in enumerate(inds):
            a, b = level_cells(inds, i)
            o.append(f'{r["level1"] if a else ""}\t{r["level2"] if b else ""}\t{r["level3"]}\t{r["description"]}'
                     f'\t{r["value_raw"]}\t{r["weight"]}\t{r["basis"]}')
        o += ["", "注：指标值中“（含）”表示包含本数。", ""]
    o += ["【打印本页】　【关闭窗口】", ""]
    return "\n".join(o)


# =============================================================== driver
TEXT = {"g1_transfer_mineru_qilin_2024": (".md", r_g1, "text"),
        "g2_hubei_costs_html_wuxing_2023": (".html", r_g2, "html"),
        "g3_dept_layout_pdftotext_yizhou_2024": (".txt", r_g3, "text"),
        "g4_guangdong_baseline_pipe_liandu_2023": (".txt", r_g4, "text"),
        "g5_two_depts_tab_hanbin_2024": (".txt", r_g5, "text"),
        "g7_odd_notations_zhanggong_2024": (".txt", r_g7, "text")}
NEG = {"g6_selfeval_title_negative_chuxiong_2023": (".txt", r_g6)}


def main():
    assert set(TEXT) == set(G) and set(NEG) == set(REFUSE)
    for stem, g in G.items():
        ext, fn, fmt = TEXT[stem]
        path = os.path.join(OUT, stem + ext)
        with open(path, "w", encoding="utf-8") as f:
            f.write(fn(g))
        rec = clean(g)
        rec["source"] = {"path": stem + ext, "sha256": hashlib.sha256(open(path, "rb").read()).hexdigest(),
                         "format": fmt, "pages": None}
        with open(os.path.join(EXPECTED, stem + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(rec, f, ensure_ascii=False, indent=1)
        print("wrote", stem + ext)
    for stem, (ext, fn) in NEG.items():
        with open(os.path.join(OUT, stem + ext), "w", encoding="utf-8") as f:
            f.write(fn(None))
        with open(os.path.join(EXPECTED, stem + ".refusal.txt"), "w", encoding="utf-8") as f:
            f.write(REFUSE[stem] + "\n")
        print("wrote", stem + ext, "(negative)")


if __name__ == "__main__":
    main()
