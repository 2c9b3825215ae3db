#!/usr/bin/env python3
"""Render the seven blind documents of heldout5b FROM the hand-typed facts in golds.py and write the golds
(and the refusal line of the negative). Text, HTML and Markdown by hand-made string templates; nothing from the
jixiao project is imported. Run: .venv/bin/python samples/heldout5b/make.py"""
import hashlib, html, json, os, sys

sys.dont_write_bytecode = True

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kit import clean, mirror, t
from golds import G, REFUSE, SELF_EVAL, SIMPLIFIED

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "drafts")
EXPECTED = os.path.join(HERE, "expected")


def goals_numbered(goals, style="{i}、{g}", sep=""):
    return sep.join(style.format(i=i, g=g) for i, g in enumerate(goals, 1))


def money(v, sep=False):
    if v is None:
        return ""
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
    """row spans of consecutive equal keys: list of (start, length)."""
    out, i = [], 0
    while i < len(inds):
        j = i
        while j + 1 < len(inds) and key_fn(inds[j + 1]) == key_fn(inds[i]):
            j += 1
        out.append((i, j - i + 1))
        i = j + 1
    return out


def pipe(cells, n=6):
    return "| " + " | ".join(cells) + " | " + "|" * max(0, n - len(cells))


# =============================================================== c1 central budget-book annex, pipe capture
def r_c1(g):
    out = ["农业农村部2024年部门预算", "发布时间：2024-03-22 09:30 来源：财务司",
           "【字号：大 中 小】【打印本页】【关闭窗口】", "",
           "第五部分 其他重要事项的情况说明", "",
           "四、预算绩效管理情况",
           "根据预算绩效管理要求，本部门组织对2024年一般公共预算项目支出全面设置了绩效目标。"
           "现将部分项目预算绩效目标公开如下（见附件）。", "",
           "附件：部分项目预算绩效目标表", ""]
    for p in g["projects"]:
        per = p["extra"]["中期目标期限"]
        out += [pipe([p["title"]]), pipe(["（2024年度）"]),
                pipe(["项目名称", p["name"]]),
                pipe(["主管部门及代码", f'[{p["department_code"]}]{p["department"]}', "实施单位", p["implementing_unit"]]),
                pipe(["项目资金（万元）", "年度资金总额", money(p["budget_total"])]),
                pipe(["其中：财政拨款", money(p["budget_fiscal"])]),
                pipe(["上年结转资金", money(p["budget_carryover"])]),
                pipe(["其他资金", money(p["budget_other"])]),
                pipe(["总体目标", f"中期目标（{per}）", "年度目标"]),
                pipe([goals_numbered(p["goals_mid_term"], "目标{i}：{g}"), goals_numbered(p["goals"], "目标{i}：{g}")]),
                pipe(["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"])]
        inds = p["indicators"]
        for i, d in enumerate(inds):
            s1, s2 = level_cells(inds, i)
            new_period = i == 0 or d["period"] != inds[i - 1]["period"]
            cells = ((["中期绩效指标" if d["period"] == "mid_term" else "年度绩效指标"] if new_period else []) +
                     ([d["level1"]] if s1 else []) + ([d["level2"]] if s2 else []) + [d["level3"], d["value_raw"]])
            out.append(pipe(cells))
        out += ["", ""]
    out += ["相关链接： 财政部 国务院国资委", "主办单位：农业农村部办公厅 网站标识码bm21000000 京ICP备XXXXXXXX号"]
    return "\n".join(out) + "\n"


# =============================================================== c2 approval form, HTML, side-by-side values
def r_c2(g):
    H = ['<!DOCTYPE html>', '<html><head><meta charset="utf-8">',
         f'<title>{g["document"]["department"]}{g["document"]["title"]}</title></head>', '<body>',
         '<div class="nav">您当前的位置：首页 &gt; 信息公开 &gt; 财政资金 &gt; 预算公开</div>',
         f'<h2>关于批复{g["document"]["department"]}2023年度项目支出绩效目标的通知</h2>',
         f'<p>{g["document"]["department"]}：</p>',
         '<p>经审核，现将你单位2023年度项目支出绩效目标予以批复，请严格按照批复的绩效目标组织实施，'
         '并做好绩效运行监控。</p>']
    for k, p in enumerate(g["projects"]):
        ent = (lambda s: s.replace("≥", "&ge;").replace("≤", "&le;")) if k == 1 else (lambda s: s)
        ex = p["extra"]
        gm = "<br/>".join(f"{i}.{x}" for i, x in enumerate(p["goals_mid_term"], 1)) \
            if len(p["goals_mid_term"]) > 1 else p["goals_mid_term"][0]
        gy = "<br/>".join(f"{i}.{x}" for i, x in enumerate(p["goals"], 1)) if len(p["goals"]) > 1 else p["goals"][0]
        H += [f'<h3 style="text-align:center">{p["title"]}</h3>', '<p style="text-align:right">单位：万元</p>',
              '<table border="1" cellspacing="0" cellpadding="3" width="100%">',
              f'<tr><td>项目名称</td><td colspan="2">{p["name"]}</td><td>项目编码</td><td colspan="2">{p["code"]}</td></tr>',
              f'<tr><td>主管部门</td><td colspan="2">{p["department"]}</td><td>实施单位</td><td colspan="2">{p["implementing_unit"]}</td></tr>',
              f'<tr><td>项目属性</td><td colspan="2">{ex["项目属性"]}</td><td>项目期限</td><td colspan="2">{ex["项目期限"]}</td></tr>',
              '<tr><td rowspan="4">项目资金<br/>（万元）</td><td colspan="2">&nbsp;</td><td colspan="2">中期资金总额</td><td>年度资金总额</td></tr>',
              f'<tr><td colspan="2">资金总额</td><td colspan="2">{ex["中期资金总额"]}</td><td>{money(p["budget_total"])}</td></tr>',
              f'<tr><td colspan="2">其中：财政拨款</td><td colspan="2">{ex["中期财政拨款"]}</td><td>{money(p["budget_fiscal"])}</td></tr>',
              f'<tr><td colspan="2">其他资金</td><td colspan="2">{ex["中期其他资金"]}</td><td>{money(p["budget_other"])}</td></tr>',
              '<tr><td rowspan="2">总体目标</td><td colspan="3">中期目标</td><td colspan="2">年度目标</td></tr>',
              f'<tr><td colspan="3">{gm}</td><td colspan="2">{gy}</td></tr>',
              '<tr><th>一级指标</th><th>二级指标</th><th colspan="2">三级指标</th><th>中期指标值</th><th>年度指标值</th></tr>']
        inds = p["indicators"]
        half = len(inds) // 2
        mids, yrs = inds[:half], inds[half:]
        s1 = dict(spans(mids, lambda d: d["level1"]))
        s2 = dict(spans(mids, lambda d: (d["level1"], d["level2"])))
        for i, (a, b) in enumerate(zip(mids, yrs)):
            assert a["level3"] == b["level3"] and a["period"] == "mid_term" and b["period"] == "year"
            row = ""
            if i in s1:
                row += f'<td rowspan="{s1[i]}">{a["level1"]}</td>'
            if i in s2:
                row += f'<td rowspan="{s2[i]}">{a["level2"]}</td>'
            va = ent(a["value_raw"]) or "&nbsp;"
            row += f'<td colspan="2">{a["level3"]}</td><td>{va}</td><td>{ent(b["value_raw"])}</td>'
            H.append(f"<tr>{row}</tr>")
        H += ['<tr><td>批复意见</td><td colspan="5">同意</td></tr>', "</table>"]
    H += ['<p style="text-align:right">新乡市卫滨区财政局<br/>2023年3月6日</p>',
          '<div class="foot">主办：新乡市卫滨区人民政府办公室　　网站标识码：4107030001</div>', "</body></html>"]
    return "\n".join(H) + "\n"


# =============================================================== c3 old MoF layout, one cell per line
def r_c3(g):
    out = ["首页 > 政务公开 > 财政预决算 > 部门预算", "晋中市榆次区教育局2017年部门预算项目绩效目标",
           "发布日期：2017-02-20", "分享到："]
    for p in g["projects"]:
        out += [p["title"], "（2017年度）", "项目名称", p["name"], "主管部门及代码",
                f'[{p["department_code"]}]{p["department"]}', "实施单位", p["implementing_unit"],
                "项目资金", "（万元）", "年度资金总额：", money(p["budget_total"]), "其中：财政拨款",
                money(p["budget_fiscal"]), "其他资金", "0" if p["budget_other"] == 0 else money(p["budget_other"]),
                "年度总体目标"]
        out += [f"{i}.{x}" for i, x in enumerate(p["goals"], 1)] if len(p["goals"]) > 1 else [p["goals"][0]]
        out += ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"]
        inds = p["indicators"]
        for i, d in enumerate(inds):
            s1, s2 = level_cells(inds, i)
            out += ([d["level1"]] if s1 else []) + ([d["level2"]] if s2 else []) + [d["level3"], d["value_raw"]]
        out += ["填报人：", "张晓燕", "联系电话：", "0354-32XXXXX", ""]
    out += ["【关闭窗口】", "晋中市榆次区人民政府 主办"]
    return "\n".join(out) + "\n"


# =============================================================== c4 full department draft, tab rows
CN = "一二三四五六七八九十"


def r_c4(g):
    d = g["document"]
    o = ["", "", d["department"], d["title"], "(草案)", "", f'{d["compiled_by"]}编制', f'{d["reviewed_by"]}审核', "",
         "二〇二一年一月", "\f", "目 录", "", "第一部分 部门整体绩效目标", ""]
    p1 = [e for e in g["toc"] if e["part"] == 1]
    p2 = [e for e in g["toc"] if e["part"] == 2]
    o += [f'{CN[i]}、{e["title"]}.....\t{e["page"]}' for i, e in enumerate(p1)]
    o += ["", "第二部分 预算项目绩效目标", ""]
    o += [f'{i}、{e["title"]}.....\t{e["page"]}' for i, e in enumerate(p2, 1)]
    o += ["\f", "第一部分", "", "部门整体绩效目标", "", "一、部门职责", "", g["extra"]["duties"], "",
          "二、总体绩效目标", ""]
    o += [f"（{CN[i]}）{x}" + "\n" for i, x in enumerate(g["overall_goals"])]
    o += ["三、分项绩效目标", ""]
    for i, s in enumerate(g["sub_goals"]):
        o += [f'（{CN[i]}）{s["title"]}', "", f'绩效目标：{s["goal"]}', "", f'绩效指标：{s["indicator"]}', ""]
    o += ["四、工作保障措施", ""]
    for i, s in enumerate(g["safeguards"]):
        # the third item runs over two paragraphs (one item: the contract joins them)
        text = s["text"].replace("。年度终了", "。\n\n年度终了") if i == 2 else s["text"]
        o += [f'（{CN[i]}）{s["title"]}。{text}', ""]
    o += ["\f", "第二部分", "", "预算项目绩效目标", ""]
    for p in g["projects"]:
        plan = {e["month"]: e["pct"] for e in p["spending_plan"]}
        o += [f'{p["seq"]}、{p["title"]}', "", f'{p["department_code"]} {p["department"]}', "", "单位：万元", "",
              f'项目编码\t{p["code"]}\t\t项目名称\t{p["name"]}\t\t',
              f'预算规模及资金用途\t预算数\t{money(p["budget_total"])}\t其中:财政资金\t{money(p["budget_fiscal"])}\t其他资金\t'
              f'{money(p["budget_other"])}',
              f'\t{p["purpose"]}\t\t\t\t\t',
              "资金支出计划 (%)\t3月底\t6月底\t9月底\t12月底\t\t",
              "\t" + "\t".join(f"{plan[m]:.2f}" for m in (3, 6, 9, 12)) + "\t\t",
              f'绩效目标\t{goals_numbered(p["goals"], sep=" ")}\t\t\t\t\t',
              "一级指标\t二级指标\t三级指标\t绩效指标描述\t指标值\t指标值确定依据\t"]
        notes = []
        for i, x in enumerate(p["indicators"]):
            s1, _ = level_cells(p["indicators"], i)
            l3 = x["_wrap"][0] if "_wrap" in x else x["level3"]
            o.append(f'{x["level1"] if s1 else ""}\t{x["level2"]}\t{l3}\t{x["description"]}\t{x["value_raw"]}\t{x["basis"]}\t')
            if "_wrap" in x:  # the 三级 cell wraps: its tail lands on a physical line of its own
                o.append(f'\t\t{x["_wrap"][1]}\t\t\t\t')
            if x.get("footnote"):
                notes.append(x["footnote"])
        o.append("")
        if notes:
            o += ["注：" + "".join(notes), ""]
        o += ["\f"]
    return "\n".join(o) + "\n"


# =============================================================== c5 部门整体, traditional mirror capture
def mpipe(cells, n=9):
    return " | ".join(mirror(c) for c in cells) + " |" + "|" * max(0, n - len(cells))


def r_c5(g):
    o = [mirror("鞍山市铁东区2023年度部门整体支出绩效目标公开"), mirror("来源:"), mirror("铁东区财政局"),
         mirror("发布时间:"), "2023-03-02 09:14", mirror("浏览次数:"), "3"]
    for p in g["projects"]:
        ex = p["extra"]
        o += [mpipe([p["title"], ""]),
              mpipe(["部门(单位)名称", p["department"], "部门编码", p["department_code"], ""]),
              mpipe(["年度预算安排(万元)", "资金总额", money(p["budget_total"]), "其中:财政拨款", money(p["budget_fiscal"]),
                     "其他资金", money(p["budget_other"]), ""]),
              mpipe(["*部门(单位)职责", ex["duties"], ""]),
              mpipe(["*年度总体绩效目标", goals_numbered(p["goals"], "{i}.{g}"), ""]),
              mpipe(["绩效指标", ""]),
              mpipe(["一级指标", "二级指标", "三级指标", "指标值类型", "*指标值", "计量单位", "*指标解释", "*评(扣)分标准",
                     "备注"])]
        inds = p["indicators"]
        for i, d in enumerate(inds):
            s1, s2 = level_cells(inds, i)
            cells = ([d["level1"]] if s1 else []) + ([d["level2"]] if s2 else []) + \
                    [d["level3"], d["value_type"], d["value_raw"]] + \
                    ([d["printed_unit"]] if d["printed_unit"] is not None else []) + \
                    [d["description"], d["scoring"], ""]
            o.append(mpipe(cells))
        o.append(mpipe(["填报人:", "", "审核人:", ""]))
    o += [mirror("【打印本页】【关闭窗口】"), mirror("版权所有 转载请注明出处")]
    return "\n".join(o) + "\n"


# =============================================================== c6 2015-style 项目绩效目标表, Markdown
def r_c6(g):
    o = []
    for p in g["projects"]:
        ex = p["extra"]
        box = "新增项目√ 延续项目□" if ex["项目属性"] == "新增项目" else "新增项目□ 延续项目√"
        o += [f'# {p["title"]}', "", "（2019年度）", "", f'填报单位（盖章）：{p["department"]}', "",
              "![](images/9b1e0d7c54a2f3e8a61c.jpg)", "",
              f'| 项目名称 | {p["name"]} |  |  |', "|---|---|---|---|",
              f"| 项目属性 | {box} |  |  |",
              f'| 主管部门 | {p["department"]} | 主管部门编码 | {p["department_code"]} |',
              f'| 项目单位 | {p["implementing_unit"]} | 项目负责人 | {ex["项目负责人"]} |',
              f'| 联系电话 | 0938-27XXXXX | 项目起止时间 | {ex["项目起止时间"]} |',
              f'| 年度资金总额及构成 | 总额：{money(p["budget_total"])}万元 |  |  |',
              f'|  | 其中：财政拨款：{money(p["budget_fiscal"])}万元 |  |  |',
              f'|  | 其他资金：{money(p["budget_other"])}万元 |  |  |',
              f'| 项目概况 | {PROFILE[p["seq"]]} |  |  |',
              f"| 立项情况 | 项目立项的依据 | {BASIS[p['seq']][0]} |  |",
              f"|  | 项目申报的可行性 | {BASIS[p['seq']][1]} |  |",
              f"|  | 项目申报的必要性 | {BASIS[p['seq']][2]} |  |",
              "| 项目实施进度计划 | 项目实施内容 | 开始时间 | 完成时间 |"]
        o += [f"|  | {i}.{a} | {b} | {c} |" for i, (a, b, c) in enumerate(ex["实施进度计划"], 1)]
        o += ["| 项目绩效目标 | 长期目标 | 年度目标 |  |",
              f'|  | {goals_numbered(p["goals_mid_term"], "{i}.{g}", " ") if len(p["goals_mid_term"]) > 1 else p["goals_mid_term"][0]} '
              f'| {goals_numbered(p["goals"], "{i}.{g}", " ")} |  |', ""]
        for per, head in (("mid_term", "长期绩效指标"), ("year", "年度绩效指标")):
            sub = [d for d in p["indicators"] if d["period"] == per]
            o += [f"**{head}**", "", "| 一级指标 | 二级指标 | 指标内容 | 指标值 | 备注 |", "|---|---|---|---|---|"]
            for i, d in enumerate(sub):
                s1, s2 = level_cells(sub, i)
                o.append(f'| {d["level1"] if s1 else ""} | {d["level2"] if s2 else ""} | {d["level3"]} | '
                         f'{d["value_raw"]} | {d.get("note") or ""} |')
            o.append("")
        o += ["填报人：刘芳　　　　填报日期：2019年2月18日", "", "---", ""]
    return "\n".join(o)


PROFILE = {1: "在中滩、石佛、甘泉等5个乡镇集中连片建设高标准农田，配套田间道路、灌排渠系和农田防护工程。",
           2: "对全区蔬菜、果品、畜禽产品开展例行监测和快速检测，及时发现和处置农产品质量安全隐患。"}
BASIS = {1: ("《全国高标准农田建设总体规划》", "项目区土地平整集中，群众积极性高", "改善农业生产条件，提高粮食综合生产能力"),
         2: ("《中华人民共和国农产品质量安全法》", "已建成区级检测中心，具备检测资质", "保障群众“舌尖上的安全”")}


# =============================================================== c7 NEGATIVE: self-evaluation, tab rows
def r_c7(_):
    s = SELF_EVAL
    a, b, rate = s["budget"]
    o = ["附件2", "", f'{s["year"]}年度项目支出绩效自评表', "", f'填报单位（盖章）：{s["department"]}', "",
         f'项目名称\t{s["name"]}\t\t\t\t\t\t',
         f'主管部门\t{s["department"]}\t\t实施单位\t{s["unit"]}\t\t\t',
         "项目资金（万元）\t\t全年预算数（A）\t全年执行数（B）\t分值\t执行率（B/A）\t得分\t",
         f"\t年度资金总额\t{a}\t{b}\t10\t{rate}\t9.8\t",
         f"\t其中：本年财政拨款\t{a}\t{b}\t—\t—\t—\t",
         "\t其他资金\t0.00\t0.00\t—\t—\t—\t",
         "年度总体目标\t预期目标\t\t\t实际完成情况\t\t\t",
         f'\t{s["goal"]}\t\t\t{s["done"]}\t\t\t',
         "绩效指标\t一级指标\t二级指标\t三级指标\t分值\t年度指标值\t实际完成值\t得分\t偏差原因分析及改进措施"]
    total = 9.8
    for r in s["rows"]:
        o.append("\t" + "\t".join(r) + ("\t部分月份因系统升级延迟发放" if r[3 - 1] == "救助资金按月发放率" else "\t"))
        total += float(r[-1])
    o += [f"总分\t\t\t\t100\t\t\t{total:.1f}\t", "",
          "注：1.一级指标分值统一设置为：产出指标50分、效益指标30分、满意度指标10分、预算资金执行率10分。",
          "2.定量指标若为正向指标，实际完成值达到年度指标值的得满分，未达到的按比例扣分。", ""]
    return "\n".join(o)


# =============================================================== driver
TEXT = {"c1_central_annex_pipe_nongye_2024": (".txt", r_c1, "text"),
        "c2_approval_sidebyside_html_weibin_2023": (".html", r_c2, "html"),
        "c3_mof_old_cellline_yuci_2017": (".txt", r_c3, "text"),
        "c4_dept_draft_tab_yanji_2021": (".txt", r_c4, "text"),
        "c5_dept_overall_trad_mirror_tiedong_2023": (".txt", r_c5, "text"),
        "c6_form2015_markdown_maiji_2019": (".md", r_c6, "text")}
NEG = {"c7_selfeval_negative_acheng_2023": (".txt", r_c7)}


def main():
    assert set(TEXT) == set(G) and set(NEG) == set(REFUSE)
    for stem, g in G.items():
        ext, fn, fmt = TEXT[stem]
        path = os.path.join(OUT, stem + ext)
        with open(path, "w", encoding="utf-8") as f:
            f.write(fn(SIMPLIFIED.get(stem, g)))
        rec = clean(g)
        rec["source"] = {"path": stem + ext, "sha256": hashlib.sha256(open(path, "rb").read()).hexdigest(),
                         "format": fmt, "pages": None}
        with open(os.path.join(EXPECTED, stem + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(rec, f, ensure_ascii=False, indent=1)
        if stem in SIMPLIFIED:
            # The same facts as typed before the mirror: what jixiao's convention gives for a
            # traditional mirror (its README: read back to simplified, as real/05's gold).
            back = clean(SIMPLIFIED[stem])
            back["source"] = rec["source"]
            with open(os.path.join(EXPECTED, stem + ".simplified.gold.json"), "w", encoding="utf-8") as f:
                json.dump(back, f, ensure_ascii=False, indent=1)
        print("wrote", stem + ext)
    for stem, (ext, fn) in NEG.items():
        with open(os.path.join(OUT, stem + ext), "w", encoding="utf-8") as f:
            f.write(fn(None))
        with open(os.path.join(EXPECTED, stem + ".refusal.txt"), "w", encoding="utf-8") as f:
            f.write(REFUSE[stem] + "\n")
        print("wrote", stem + ext, "(negative)")


if __name__ == "__main__":
    main()
