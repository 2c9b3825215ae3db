#!/usr/bin/env python3
"""Render the seven blind documents of heldout6b FROM the hand-typed facts in golds.py and write the golds
(and the refusal lines of the two negatives). Text, HTML and Markdown by hand-made string templates; nothing from
the jixiao project is imported. Run: .venv/bin/python samples/heldout6b/make.py"""
import hashlib, json, os, sys

sys.dont_write_bytecode = True

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kit import clean, chop, dw
from golds import G, REFUSE, NEG_FACTS

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "drafts")
EXPECTED = os.path.join(HERE, "expected")


def numbered(goals, style="{i}.{g}", sep=""):
    """goal items with their printed numbering; a single item is printed bare."""
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
    """(show_l1, show_l2): False where the cell is merged with the one above (same period)."""
    d = inds[i]
    if i == 0:
        return True, True
    p = inds[i - 1]
    same1 = d["level1"] == p["level1"] and d.get("period") == p.get("period")
    same2 = same1 and d["level2"] == p["level2"]
    return not same1, not same2


def spans(inds, key_fn):
    """row spans of consecutive equal keys: {start: length}."""
    out, i = {}, 0
    while i < len(inds):
        j = i
        while j + 1 < len(inds) and key_fn(inds[j + 1]) == key_fn(inds[i]):
            j += 1
        out[i] = j - i + 1
        i = j + 1
    return out


# =============================================================== e1 Sichuan 一体化 export, ONE cell per line
def r_e1(g):
    d = g["document"]
    o = ["巴中市恩阳区交通运输局2024年部门预算项目绩效目标公开", "发布时间：2024-02-06 10:12", "来源：恩阳区交通运输局",
         "【字体：大 中 小】", "", d["title"], "金额单位:元",
         "单位名称", "项目名称", "预算数", "年度目标", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
         "度量单位", "权重", "指标方向性"]
    sub, amount = g["extra"]["subtotal_row"].split(" ")
    o += [sub, amount]  # the department subtotal row (not a project)
    for k, p in enumerate(g["projects"]):
        for i, x in enumerate(p["indicators"]):
            cells = []
            if k == 0 and i == 0:  # 单位名称 merged down the whole table: printed once
                cells.append(f'{p["department_code"]}-{p["department"]}')
            if i == 0:  # 项目名称 / 预算数 / 年度目标 merged down the project's rows
                cells += [p["name"], money(p["budget_total"], sep=True), numbered(p["goals"], "{i}、{g}")]
            cells += [x["level1"], x["level2"], x["level3"], x["sign"], x["value_raw"], x["printed_unit"],
                      str(x["weight"]), x["direction"] + "指标"]
            o += [c for c in cells if c != ""]  # an empty cell prints nothing
    o += ["【打印本页】【关闭窗口】", "主办：巴中市恩阳区人民政府　承办：巴中市恩阳区交通运输局"]
    return "\n".join(o) + "\n"


# =============================================================== e2 one-sheet spreadsheet shown as page text
E2_COLS = [6, 20, 12, 12, 12, 44, 12, 22, 28, 16]  # display widths: 序号 名称 总额 财政 其他 目标 一级 二级 三级 指标值


def place(cells):
    """put each (column index, text) at its column's start position, at least two spaces apart."""
    starts = [sum(E2_COLS[:i]) for i in range(len(E2_COLS))]
    line = ""
    for col, text in cells:
        if not text:
            continue
        gap = starts[col] - dw(line)
        line += " " * max(2 if line else 0, gap) + text
    return line.rstrip()


def r_e2(g):
    d = g["document"]
    o = ["满城区人民政府 > 政务公开 > 财政预决算 > 部门预算", "",
         "附件：2023年度项目支出绩效目标表.xls", "", " " * 60 + d["title"], "",
         place([(0, f'单位名称：{d["department"]}'), (5, f'单位编码：{d["department_code"]}'), (8, "金额单位：万元")]),
         place([(0, "序号"), (1, "项目名称"), (2, "项目资金（万元）"), (5, "年度绩效目标"), (6, "绩效指标")]),
         place([(2, "资金总额"), (3, "财政拨款"), (4, "其他资金"), (6, "一级指标"), (7, "二级指标"), (8, "三级指标"),
                (9, "指标值")])]
    for p in g["projects"]:
        names = chop(p["name"], 8)  # the 项目名称 column wraps every 8 characters
        goals = [piece for i, x in enumerate(p["goals"], 1)
                 for piece in chop(f"{i}.{x}" if len(p["goals"]) > 1 else x, 20)]  # Alt+Enter items, then wrap
        inds = p["indicators"]
        for i in range(max(len(inds), len(goals), len(names))):
            cells = []
            if i == 0:
                cells += [(0, str(p["seq"])), (2, money(p["budget_total"], sep=True)),
                          (3, money(p["budget_fiscal"], sep=True)), (4, money(p["budget_other"], sep=True))]
            if i < len(names):
                cells.append((1, names[i]))
            if i < len(goals):
                cells.append((5, goals[i]))
            if i < len(inds):
                x = inds[i]
                s1, s2 = level_cells(inds, i)
                cells += [(6, x["level1"] if s1 else ""), (7, x["level2"] if s2 else ""), (8, x["level3"]),
                          (9, x["value_raw"])]
            o.append(place(sorted(cells)))
    o += ["", place([(0, "单位负责人：赵志刚"), (3, "财务负责人：孙丽"), (5, "填报人：刘洋"), (7, "填报日期：2023年2月10日")]),
          "", "【打印】【关闭】", "版权所有：保定市满城区人民政府"]
    return "\n".join(o) + "\n"


# =============================================================== e3 HTML, two-row header 指标值 → 中期 | 年度
def r_e3(g):
    d = g["document"]
    H = ['<!DOCTYPE html>', '<html><head><meta charset="utf-8">', f'<title>{d["title"]}-包头市昆都仑区人民政府</title>',
         '</head>', '<body>',
         '<div class="top"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/hdjl/">互动交流</a> | '
         '<a href="/bsfw/">办事服务</a></div>',
         '<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 财政资金 &gt; 部门预决算</div>',
         '<div class="side"><h4>相关文章</h4><ul>',
         '<li><a href="/a/1.html">昆都仑区林业和草原局2023年度部门整体支出绩效自评报告</a></li>',
         '<li><a href="/a/2.html">昆都仑区林业和草原局2024年部门预算公开</a></li>',
         '<li><a href="/a/3.html">关于开展2024年林草防火宣传月活动的通知</a></li></ul></div>',
         '<div class="article">', f'<h1>{d["title"]}</h1>',
         '<p class="info">发布时间：2024-02-28　来源：区林业和草原局　浏览次数：<span>57</span></p>',
         '<p>根据预算信息公开有关要求，现将我局2024年度项目支出绩效目标公开如下。</p>']
    for k, p in enumerate(g["projects"]):
        if k == 1:  # the second table was pasted from Word: cells wrapped in <p class=MsoNormal><span>, signs as entities
            def c(s):
                s = s.replace("≥", "&ge;").replace("≤", "&le;")
                return f'<p class=MsoNormal align=center><span style="font-family:宋体">{s}</span></p>'
        else:
            def c(s):
                return s
        gm = "<br/>".join(f"{i}.{x}" for i, x in enumerate(p["goals_mid_term"], 1)) \
            if len(p["goals_mid_term"]) > 1 else p["goals_mid_term"][0]
        gy = "<br/>".join(f"{i}.{x}" for i, x in enumerate(p["goals"], 1)) if len(p["goals"]) > 1 else p["goals"][0]
        per = p["extra"]["中期目标期限"]
        H += [f'<h3 style="text-align:center">{p["title"]}</h3>', '<p style="text-align:center">（2024年度）</p>',
              '<table border="1" cellspacing="0" cellpadding="4" width="100%">',
              f'<tr><td>{c("项目名称")}</td><td colspan="5">{c(p["name"])}</td></tr>',
              f'<tr><td>{c("主管部门")}</td><td colspan="2">{c(p["department"])}</td><td>{c("实施单位")}</td>'
              f'<td colspan="2">{c(p["implementing_unit"])}</td></tr>',
              f'<tr><td rowspan="3">{c("项目资金<br/>（万元）")}</td><td colspan="2">{c("年度资金总额")}</td>'
              f'<td colspan="3">{c(money(p["budget_total"]))}</td></tr>',
              f'<tr><td colspan="2">{c("其中：财政拨款")}</td><td colspan="3">{c(money(p["budget_fiscal"]))}</td></tr>',
              f'<tr><td colspan="2">{c("其他资金")}</td><td colspan="3">{c(money(p["budget_other"]))}</td></tr>',
              f'<tr><td rowspan="2">{c("总体目标")}</td><td colspan="3">{c(f"中期目标（{per}）")}</td>'
              f'<td colspan="2">{c("年度目标")}</td></tr>',
              f'<tr><td colspan="3">{c(gm)}</td><td colspan="2">{c(gy)}</td></tr>',
              f'<tr><td rowspan="2">{c("一级指标")}</td><td rowspan="2">{c("二级指标")}</td>'
              f'<td rowspan="2" colspan="2">{c("三级指标")}</td><td colspan="2">{c("指标值")}</td></tr>',
              f'<tr><td>{c("中期指标值")}</td><td>{c("年度指标值")}</td></tr>']
        inds = p["indicators"]
        half = len(inds) // 2
        mids, yrs = inds[:half], inds[half:]
        s1 = spans(mids, lambda x: x["level1"])
        s2 = spans(mids, lambda x: (x["level1"], x["level2"]))
        for i, (a, b) in enumerate(zip(mids, yrs)):
            assert a["level3"] == b["level3"] and a["period"] == "mid_term" and b["period"] == "year"
            row = ""
            if i in s1:
                row += f'<td rowspan="{s1[i]}">{c(a["level1"])}</td>'
            if i in s2:
                row += f'<td rowspan="{s2[i]}">{c(a["level2"])}</td>'
            l3 = "<br/>".join(a["_br"]) if "_br" in a else a["level3"]  # a line break typed inside the cell
            va = c(a["value_raw"]) if a["value_raw"] else "&nbsp;"
            vb = c(b["value_raw"]) if b["value_raw"] else "&nbsp;"
            row += f'<td colspan="2">{c(l3)}</td><td>{va}</td><td>{vb}</td>'
            H.append(f"<tr>{row}</tr>")
        H += ["</table>", "<p>&nbsp;</p>"]
    H += ['<p class="share">分享到：微信 微博 QQ空间</p>', '<p>【<a href="javascript:print()">打印本页</a>】'
          '【<a href="javascript:close()">关闭窗口</a>】</p>', "</div>",
          '<div class="foot">主办单位：包头市昆都仑区人民政府办公室　网站标识码：1502030001<br/>'
          '蒙ICP备XXXXXXXX号　蒙公网安备 15020302000XXX号</div>', "</body></html>"]
    return "\n".join(H) + "\n"


# =============================================================== e4 document-sharing preview, cells glued
def r_e4(g):
    o = ["2023年度项目支出绩效目标批复表.doc", "-", "资源ID:318772", "资源大小:41.50KB", "- 资源格式: DOC",
         "下载积分:3金币", "友情提示", "1、本站资源下载后的文档和图纸-无水印,预览文档经过压缩,下载后原文更清晰。",
         "2、试题试卷类文档,如果标题没有明确说明有答案则都视为没有答案,请知晓。", "|",
         "项目支出绩效目标批复表_第1页", "项目支出绩效目标批复表_第2页", "全文预览已结束", "", "下载本文档", "",
         "版权说明:本文档由用户提供并上传,收益归属内容提供方,若内容存在侵权,请进行举报或认领", "", "文档简介", ""]
    for p in g["projects"]:
        s = ("财政部门批复意见单位公章:年月日" + p["title"] + "单位:万元"
             + "项目名称" + p["name"] + "项目编码" + p["code"] + "主管部门" + p["department"]
             + "实施单位" + p["implementing_unit"] + "项目资金年度资金总额" + money(p["budget_total"], sep=True)
             + "其中:财政拨款" + money(p["budget_fiscal"], sep=True) + "其他资金" + money(p["budget_other"], zero="0")
             + "年度目标" + numbered(p["goals"]) + "绩效指标一级指标二级指标三级指标指标值")
        inds = p["indicators"]
        for i, x in enumerate(inds):
            s1, s2 = level_cells(inds, i)
            s += (x["level1"] if s1 else "") + (x["level2"] if s2 else "") + x["level3"] + x["value_raw"]
        o.append(s)  # one glued line per page
    o += ["", "内容提供方:柳**    文档页数:2页    文档大小:41.50KB", "",
          "相关搜索: 项目支出绩效目标表 绩效目标批复 交通运输 项目支出绩效自评表 绩效评价报告", "",
          "最新文档", "2023年农村公路养护工程施工合同范本.doc", "交通运输局2022年度项目支出绩效自评表.xls"]
    return "\n".join(o) + "\n"


# =============================================================== e5 Markdown pipe tables
INTRO5 = ("根据《吴忠市利通区预算绩效管理办法》，现将我局2024年度重点项目支出绩效目标公开如下。")


def r_e5(g):
    d = g["document"]
    o = [f'# {d["title"]}', "", INTRO5, ""]
    for p in g["projects"]:
        gy = "<br>".join(f"{i}.{x}" for i, x in enumerate(p["goals"], 1)) if len(p["goals"]) > 1 else p["goals"][0]
        o += [f'## {"一二三"[p["seq"] - 1]}、{p["name"]}', "", f'### {p["title"]}', "", "（2024年度）", "",
              f'| 项目名称 | {p["name"]} | 项目编码 | {p["code"]} |', "|---|---|---|---|",
              f'| 主管部门及代码 | {p["department_code"]} {p["department"]} | 实施单位 | {p["implementing_unit"]} |',
              f'| 项目资金（万元） | 年度资金总额 | {money(p["budget_total"], sep=True)} |  |',
              f'|  | 其中：财政拨款 | {money(p["budget_fiscal"], sep=True)} |  |',
              f'|  | 其他资金 | {money(p["budget_other"], sep=True)} |  |',
              f"| 年度目标 | {gy} |  |  |", "",
              "| 一级指标 | 二级指标 | 三级指标 | 指标值 | 权重（%） | 指标值设定依据 |",
              "|---|---|---|---|---|---|"]
        inds = p["indicators"]
        for i, x in enumerate(inds):
            s1, s2 = level_cells(inds, i)
            o.append(f'| {x["level1"] if s1 else ""} | {x["level2"] if s2 else ""} | {x["level3"]} | '
                     f'{x["value_raw"]} | {x["weight"]} | {x["basis"]} |')
        o += ["", "填报人：马晓燕　　联系电话：0953-20XXXXX", ""]
    return "\n".join(o)


# =============================================================== e6 NEGATIVE: blank application form, pipe capture
def bpipe(cells, n=6):
    return "| " + " | ".join(cells) + " | " + "|" * max(0, n - len(cells))


def r_e6(_):
    f = NEG_FACTS["e6_blank_form_negative_ledu_2024"]
    o = ["海东市乐都区财政局", "首页 > 通知公告", "关于做好2024年度区级部门项目支出绩效目标申报工作的通知",
         "发布时间：2023-10-16", "各部门、各单位：",
         "为做好2024年度部门预算编制工作，请各部门按照附件格式填报项目支出绩效目标申报表，于10月31日前报送区财政局。",
         "附件：项目支出绩效目标申报表（空表）", "",
         bpipe(["项目支出绩效目标申报表", ""]), bpipe(["（2024年度）", ""]),
         bpipe(["填报单位（盖章）：", "", "单位：万元", ""]),
         bpipe(["项目名称", "", ""]),
         bpipe(["主管部门及代码", "", "实施单位", ""]),
         bpipe(["项目资金（万元）", "年度资金总额：", ""]),
         bpipe(["其中：财政拨款", ""]), bpipe(["其他资金", ""]),
         bpipe(["年度总体目标", "目标1： 目标2： 目标3：", ""]),
         bpipe(["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"])]
    for l1, l2 in f["rows"]:
        for j, l3 in enumerate(["指标1：", "指标2：", "……"]):
            cells = ([l1] if l1 and j == 0 else []) + ([l2] if j == 0 else []) + [l3, ""]
            o.append(bpipe(cells))
    o += ["", "填表说明：1.本表由项目实施单位填报，主管部门审核汇总；",
          "2.三级指标由单位根据项目实际设置，每个二级指标下可设置一个或多个三级指标，不适用的可删除；",
          "3.指标值应尽量量化，可用“≥”“≤”“=”等表示，如“≥95%”“≤100万元”；难以量化的，可采用分级分档形式表述；",
          "4.成本指标、满意度指标原则上均需设置。", "", "【打印】【关闭】"]
    return "\n".join(o) + "\n"


# =============================================================== e7 NEGATIVE: department budget book page
def r_e7(_):
    f = NEG_FACTS["e7_budgetbook_negative_hexi_2024"]
    dpt = f["department"]
    o = [f"{dpt}2024年部门预算", "", "目  录", "第一部分 部门概况", "一、主要职能", "二、机构设置",
         "第二部分 2024年部门预算表", "第三部分 2024年部门预算情况说明", "第四部分 名词解释", "\f",
         "第一部分 部门概况", "一、主要职能",
         f"{dpt}是区政府工作部门，负责全区市场综合监督管理，统一登记市场主体，组织市场监管综合执法，"
         "承担食品安全、药品医疗器械和特种设备安全监督管理等工作。", "二、机构设置",
         "本部门内设办公室、登记注册科、食品生产经营科、特种设备安全监察科等14个科室，下设12个市场监管所。", "\f",
         "第二部分 2024年部门预算表", "", "收支预算总表", "单位：万元",
         "收入                                   支出",
         "项目                  预算数           项目                        预算数",
         "一、一般公共预算拨款    6,842.37         一、一般公共服务支出          6,215.94",
         "二、政府性基金预算拨款  0.00             二、社会保障和就业支出        412.06",
         "三、其他收入            86.50            三、卫生健康支出              300.87",
         "收入总计                6,928.87         支出总计                      6,928.87", "",
         "一般公共预算支出功能分类预算表", "单位：万元",
         "科目编码    科目名称                    合计        基本支出    项目支出",
         "20138       市场监督管理事务            6,215.94    4,929.44    1,286.50",
         "2013801     行政运行                    4,929.44    4,929.44",
         "2013812     药品事务                    318.00                  318.00",
         "2013816     食品安全监管                968.50                  968.50", "\f",
         "第三部分 2024年部门预算情况说明", "一、收支预算总体情况",
         "2024年部门收支预算总计6,928.87万元，比上年增加212.35万元，主要是食品安全抽检任务增加。",
         "二、“三公”经费预算情况", "2024年“三公”经费预算18.60万元，比上年减少1.20万元。",
         "三、预算绩效目标设置情况",
         "2024年，本部门实行绩效目标管理的项目共9个，涉及项目预算资金1,286.50万元，占部门项目支出预算的100%。"
         "绩效目标已随部门预算一并报区财政局审核。",
         "其中：食品安全监督抽检项目，预算资金468.00万元，绩效目标为完成食品安全监督抽检3,200批次，"
         "问题产品核查处置率达到100%，群众食品安全满意度不低于85%。",
         "特种设备安全监察项目，预算资金215.00万元，绩效目标为监督检查特种设备使用单位600家次以上，"
         "全年不发生较大及以上特种设备事故。",
         "四、政府采购预算情况", "2024年政府采购预算总额356.20万元，其中货物类120.40万元、服务类235.80万元。",
         "五、国有资产占有使用情况", "截至2023年底，本部门共有车辆11辆，单位价值100万元以上设备3台（套）。",
         "\f", "第四部分 名词解释",
         "1.一般公共预算拨款：指区级财政当年拨付的资金。", "2.“三公”经费：指用财政拨款安排的因公出国（境）费、"
         "公务用车购置及运行费和公务接待费。", ""]
    return "\n".join(o)


# =============================================================== driver
TEXT = {"e1_yitihua_cellline_enyang_2024": (".txt", r_e1, "text"),
        "e2_sheet_twohead_spaced_mancheng_2023": (".txt", r_e2, "text"),
        "e3_html_colspan_midyear_kundulun_2024": (".html", r_e3, "html"),
        "e4_preview_glued_approval_liujiang_2023": (".txt", r_e4, "text"),
        "e5_markdown_fullwidth_litong_2024": (".md", r_e5, "text")}
NEG = {"e6_blank_form_negative_ledu_2024": (".txt", r_e6),
       "e7_budgetbook_negative_hexi_2024": (".txt", r_e7)}


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
