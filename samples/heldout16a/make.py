#!/usr/bin/env python3
"""Render every heldout16a draft FROM the facts in golds.py and write expected/NAME.gold.json.
Every rendering is written by hand-made code here (no converter is run): Docling-style and MinerU-style Markdown,
a Sichuan 一体化 export shown as xls page text, Word text with literal `\\r\\n` and U+000B soft breaks, a one-cell-
per-line capture, a glued page capture. Intermediate files: /tmp/heldout16a_build. Nothing from jixiao is used.
usage: make.py [STEM ...]"""
import hashlib, html, json, os, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from golds import (G, clean, H1_P, H2_DUTIES, H2_GOALS, H2_ROWS, H3_P, H4_P, H5_P, H6_P, cells,
                   D1, C1, T1, D2, C2, T2, D3, C3, T3, D4, C4, T4, D5, T5, D6, T6, PT6)

BUILD = "/tmp/heldout16a_build"
DRAFTS, EXPECTED = os.path.join(HERE, "drafts"), os.path.join(HERE, "expected")
L1W = {"产出": "产出指标", "效益": "效益指标", "满意": "满意度指标", "成本": "成本指标"}
L2W = {"数量": "数量指标", "质量": "质量指标", "时效": "时效指标", "经济成本": "经济成本指标", "经济": "经济效益指标",
       "社会": "社会效益指标", "生态": "生态效益指标", "可持续": "可持续影响指标", "服务对象": "服务对象满意度指标"}


def pv(v):
    """the printed value cell of a typed row (`Q:` marks a date typed as qualitative)."""
    return v[2:] if v.startswith("Q:") else v


def numbered(items, sep=""):
    return sep.join(f"{i}.{g}" for i, g in enumerate(items, 1))


def dw(s):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


# ---------------------------------------------------------------- h1 Docling: pipe tables, merged cells in every slot
def docling_table(rows):
    w = [max(len(r[c]) for r in rows) for c in range(len(rows[0]))]
    line = lambda r: "| " + " | ".join(x.ljust(w[c]) for c, x in enumerate(r)) + " |"
    return "\n".join([line(rows[0]), "|" + "|".join("-" * (n + 2) for n in w) + "|"] + [line(r) for r in rows[1:]])


def h1():
    out = ["<!-- image -->", ""]
    for f in H1_P:
        m, a = f["mid_amt"], ["%.2f" % x for x in f["amt"]]
        rows = [["项目名称", "项目名称"] + [f["name"]] * 4,
                ["项目编码", "项目编码", f["code"], f["code"], "实施周期", f["period"]],
                ["主管部门及代码", "主管部门及代码", f"[{C1}]{D1}", f"[{C1}]{D1}", "实施单位", f["iu"]],
                ["项目资金（万元）", "项目资金（万元）", "实施期资金总额", m[0], "年度资金总额", a[0]],
                ["项目资金（万元）", "项目资金（万元）", "其中：财政拨款", m[1], "其中：财政拨款", a[1]],
                ["项目资金（万元）", "项目资金（万元）", "其他资金", m[2], "其他资金", a[2]],
                ["总体目标", "总体目标", "实施期目标", "实施期目标", "年度目标", "年度目标"],
                ["总体目标", "总体目标"] + [numbered(f["goals_mid"], " ")] * 2 + [numbered(f["goals"], " ")] * 2,
                ["绩效指标", "一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值"]]
        for l1, l2, l3, mv, yv in cells(f["rows"], 5):
            rows.append(["绩效指标", L1W[l1], L2W[l2], l3, pv(mv), pv(yv)])
        out += [f"## {T1}", "", docling_table(rows), "",
                "批复意见：同意该项目绩效目标，请严格按照批复的绩效目标组织实施，并做好绩效运行监控。", "",
                "<!-- image -->", "", "六盘水市钟山区财政局", "", "2025年3月18日", ""]
    return "\n".join(out)


# ---------------------------------------------------------------- h2 MinerU: HTML table on one line, &gt; escapes
def td(x, rs=1, cs=1):
    a = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
    return f"<td{a}>{html.escape(x, quote=False)}</td>"


def h2():
    t = ["<table>", "<tr>" + td("部门（单位）名称") + td(D2, cs=4) + "</tr>",
         "<tr>" + td("年度预算安排", rs=3) + td("资金总额") + td("1286.40", cs=3) + "</tr>",
         "<tr>" + td("其中：基本支出") + td("842.60", cs=3) + "</tr>",
         "<tr>" + td("项目支出") + td("443.80", cs=3) + "</tr>",
         "<tr>" + td("年度总体目标") + td("".join(f"目标{i}：{g}" for i, g in enumerate(H2_GOALS, 1)), cs=4) + "</tr>",
         "<tr>" + td("年度履职目标", rs=len(H2_DUTIES) + 1) + td("部门职能") + td("年度目标任务") + td("支出项目名称")
         + td("预算金额（万元）") + "</tr>"]
    t += ["<tr>" + "".join(td(x) for x in d) + "</tr>" for d in H2_DUTIES]
    t.append("<tr>" + "".join(td(x) for x in ["一级指标", "二级指标", "三级指标", "指标解释", "目标值"]) + "</tr>")
    rows = cells(H2_ROWS, 5)
    for k, (l1, l2, l3, d, v) in enumerate(rows):
        r = "<tr>"
        if k == 0 or rows[k - 1][0] != l1:
            r += td(L1W[l1], rs=sum(1 for x in rows[k:] if x[0] == l1))
        if k == 0 or rows[k - 1][:2] != [l1, l2]:
            n = 0
            while k + n < len(rows) and rows[k + n][:2] == [l1, l2]:
                n += 1
            r += td(L2W[l2], rs=n)
        t.append(r + td(l3) + td(d) + td(pv(v)) + "</tr>")
    t.append("</table>")
    img = hashlib.sha256(b"fangcheng-seal-2024").hexdigest()
    return "\n".join([f"# {T2}", "", "（2024年度）", "",
                      f"填报单位（盖章）：{D2}　部门编码：{C2}　单位：万元", "", "".join(t), "",
                      f"![](images/{img}.jpg)", "", "单位负责人：黄振宁　财务负责人：陆秋燕　填表人：韦海鸥　联系电话：0770-3286417", ""])


# ---------------------------------------------------------------- h3 xls page text: columns aligned by display width
H3_HEAD = ["单位名称", "项目名称", "预算数", "年度目标", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位",
           "权重", "指标方向性"]


def h3():
    grid = []
    for k, f in enumerate(H3_P):
        for j, r in enumerate(cells(f["rows"], 8)):
            first = j == 0
            grid.append([f"{C3}-{D3}" if (k == 0 and first) else "", f["name"] if first else "",
                         f["budget"] if first else "", f["goal"] if first else ""] + r)
    w = [max(dw(x) for x in [H3_HEAD[c]] + [g[c] for g in grid]) for c in range(12)]
    line = lambda r: "".join(x + " " * (w[c] - dw(x) + 3) for c, x in enumerate(r)).rstrip()
    return "\r\n".join([" " * 60 + T3, " " * 120 + "单位：万元", line(H3_HEAD)] + [line(g) for g in grid]
                       + ["", "填报人：赵明川        审核人：杨蓉        填报日期：2024年2月6日", ""])


# ---------------------------------------------------------------- h4 Word text: literal \r\n rows, TAB cells, U+000B
def h4():
    rn, vt = "\\r\\n", "\x0b"
    parts = ["附件3" + rn + f"{D4}2024年部门预算" + rn]
    for f in H4_P:
        a = f["amt"]
        rows = [[T4], ["（2024年度）"], ["", "", "", "单位：万元"], ["项目名称", f["name"]],
                ["主管部门及代码", f"[{C4}]{D4}", "实施单位", f["iu"]],
                ["项目资金", "年度资金总额", a[0]], ["", "其中：财政拨款", a[1]], ["", "上年结转资金", a[2]],
                ["", "其他资金", a[3]],
                ["总体目标", "中期目标（2024年—2026年）", "年度目标"],
                ["", numbered(f["goals_mid"], vt), numbered(f["goals"], vt)],
                ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"]]
        prev = None
        for l1, l2, l3, v in cells(f["rows"], 4):
            rows.append(["", L1W[l1] if prev is None or prev[0] != l1 else "",
                         L2W[l2] if prev is None or prev[:2] != [l1, l2] else "", l3, v])
            prev = [l1, l2]
        parts.append(rn.join("\t".join(r) for r in rows) + rn + rn)
    return "".join(parts) + "\n"


# ---------------------------------------------------------------- h5 one cell per line, each ending ` |`
def h5():
    out = [f"{D5}{T5}", "发布时间：2024-02-28 10:15　来源：区城市管理执法局", ""]
    for f in H5_P:
        cl = [T5, "项目名称", f["name"], "项目类别", f["ptype"], "项目性质", f["nature"], "实施单位", D5,
              "立项依据", f["basis"], "项目预算成本构成", "金额", "测算(公式)依据", "2022年实际执行数", "2023年实际执行数"]
        for c in f["costs"]:
            cl += list(c)
        cl += ["合计", f["total"], f["exec"][0], f["exec"][1], "绩效目标", f["goal"],
               "绩效指标", "保障绩效目标实现措施", "一级指标", "二级指标", "三级指标", "绩效标准", "当年预期实现值"]
        prev = None
        for j, (l1, l2, l3, d, v) in enumerate(cells(f["rows"], 5)):
            if prev is None or prev[0] != l1:
                cl.append(L1W[l1])
            if prev is None or prev[:2] != [l1, l2]:
                cl.append(L2W[l2])
            cl += [l3, d, v]
            if j == 0:
                cl.append(f["measures"])
            prev = [l1, l2]
        cl += ["主管部门审核意见", "单位公章：", "年　月　日"]
        out += [x + " |" for x in cl] + [""]
    return "\n".join(out)


# ---------------------------------------------------------------- h6 glued: every cell of a form run into one line
def h6():
    out = [f"{D6}{T6}", "发布时间：2024-03-26 16:02:11 来源：平川区农业农村局 浏览次数：37", ""]
    for f in H6_P:
        a = ["%.2f" % x for x in f["amt"]]
        s = [PT6, "（2024年度）", "单位：万元", "专项资金名称", f["name"], "主管部门", D6, "实施单位", f["iu"],
             "资金情况", "实施期", f["span"], "实施期资金总额", f["long_amt"], "年度资金总额", a[0], "其中：财政拨款", a[1],
             "其他资金", a[2], "总体目标", "长期目标", "年度目标", numbered(f["goals_mid"]), numbered(f["goals"]),
             "绩效指标", "一级指标", "二级指标", "指标内容", "长期目标值", "年度目标值"]
        prev = None
        for l1, l2, l3, m, y in cells(f["rows"], 5):
            if prev is None or prev[0] != l1:
                s.append(L1W[l1])
            if prev is None or prev[:2] != [l1, l2]:
                s.append(L2W[l2])
            s += [l3, pv(m), pv(y)]
            prev = [l1, l2]
        out += ["".join(s), ""]
    out.append("【打印本页】【关闭窗口】")
    return "\n".join(out) + "\n"


MAKERS = {"h1_md_docling_approval_midterm_zhongshan_2025": (h1, "md"),
          "h2_md_mineru_dept_overall_fangcheng_2024": (h2, "md"),
          "h3_txt_xlspage_yitihua_lizhou_2024": (h3, "txt"),
          "h4_txt_wordtext_central_annex_cma_2024": (h4, "txt"),
          "h5_txt_cellline_hubei_costs_xisaishan_2024": (h5, "txt"),
          "h6_txt_glued_transfer_longyear_pingchuan_2024": (h6, "txt")}


def main():
    for d in (BUILD, DRAFTS, EXPECTED):
        os.makedirs(d, exist_ok=True)
    for stem in sys.argv[1:] or list(MAKERS):
        mk, ext = MAKERS[stem]
        text = mk()
        tmp = os.path.join(BUILD, f"{stem}.{ext}")
        with open(tmp, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        dst = os.path.join(DRAFTS, f"{stem}.{ext}")
        data = open(tmp, "rb").read()
        open(dst, "wb").write(data)
        g = clean(G[stem])
        g["source"] = {"path": os.path.basename(dst), "sha256": hashlib.sha256(data).hexdigest(),
                       "format": "text", "pages": None}
        with open(os.path.join(EXPECTED, stem + ".gold.json"), "w", encoding="utf-8") as fh:
            json.dump(g, fh, ensure_ascii=False, indent=1)
        print("wrote", dst)


if __name__ == "__main__":
    main()
