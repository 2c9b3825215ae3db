#!/usr/bin/env python3
"""Render every heldout17a draft FROM the facts in golds.py and write expected/NAME.gold.json.
Every rendering is written by hand-made code here (no converter is run): a Docling-style Markdown page of a Sichuan
一体化 xlsx export, a simplified→traditional mirror capture (pipe rows, bracketed readings), a MinerU-style Markdown
page, a one-cell-per-line capture with bare `|` row lines, Word text with literal `\\r\\n` and U+000B soft breaks, an xls
shown as page text. Intermediate files: /tmp/heldout17a_build. Nothing from jixiao is used.
usage: make.py [STEM ...]"""
import hashlib, html, json, os, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from golds import (G, clean, cells, TRAD, J1_P, DEPT1, J2, J3_P, J4_P, J5_P, J6_P, D1, C1, T1, D2, C2, T2, PT2,
                   D3, C3, T3, D4, T4, PT4, D5, T5, PT5, D6, C6, T6)

BUILD = "/tmp/heldout17a_build"
DRAFTS, EXPECTED = os.path.join(HERE, "drafts"), os.path.join(HERE, "expected")
L1W = {"产出": "产出指标", "效益": "效益指标", "满意": "满意度指标", "成本": "成本指标"}
L2W = {"数量": "数量指标", "质量": "质量指标", "时效": "时效指标", "经济成本": "经济成本指标", "成本": "成本指标",
       "经济": "经济效益指标", "社会": "社会效益指标", "生态": "生态效益指标", "可持续": "可持续影响指标",
       "服务对象": "服务对象满意度指标", "公众": "社会公众或服务对象满意度指标"}


def pv(v):
    """the printed value cell of a typed row (`Q:` marks a date typed as qualitative)."""
    return v[2:] if v.startswith("Q:") else v


def numbered(items, sep=""):
    return sep.join(f"{i}.{g}" for i, g in enumerate(items, 1))


def dw(s):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def merged(rows, k):
    """(print 一级?, print 二级?) for row k: merged cells print on a group's first row only."""
    a = k == 0 or rows[k - 1][0] != rows[k][0]
    return a, a or rows[k - 1][1] != rows[k][1]


# ---------------------------------------------------------------- j1 Docling: the xlsx export, merged cells in every slot
H1_HEAD = ["单位名称", "项目名称", "预算数", "年度目标", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位",
           "权重", "指标方向性"]


def j1():
    unit = f"{C1}-{D1}"
    rows = [[T1] * 12, ["金额单位:元"] * 12, H1_HEAD, [DEPT1[0], DEPT1[0], DEPT1[1]] + [""] * 9]
    for f in J1_P:
        for r in cells(f["rows"], 8):
            rows.append([unit, f["name"], f["budget"], f["goal"]] + r)
    w = [max(len(r[c]) for r in rows) for c in range(12)]
    line = lambda r: "| " + " | ".join(x.ljust(w[c]) for c, x in enumerate(r)) + " |"
    return "\n".join([line(rows[0]), "|" + "|".join("-" * (n + 2) for n in w) + "|"] + [line(r) for r in rows[1:]]) + "\n"


# ---------------------------------------------------------------- j2 traditional mirror of a pipe-row capture
def mirror(s):
    out = []
    for ch in s:
        t, r = TRAD.get(ch, (ch, ""))
        out.append(t + (f"({r})" if r else ""))
    return "".join(out)


def pipe_row(c, n=7):
    return " | ".join(c) + " |" + (" " + "|" * (n - len(c)) if len(c) < n else "")


def j2():
    f, m = J2, J2["money"]
    rows = [[f"{PT2}(2024年度)"], [f"填报单位(盖章):{D2}"], ["项目名称", f["name"]], ["项目属性", f["attr"]],
            ["主管部门", D2, "主管部门编码", C2], ["项目单位", f["iu"], "项目负责人", f["head"], "联系电话", f["phone"]],
            ["项目起止时间", f["period"]],
            ["年度资金总额及构成", f"总额:{m[0]}万元", f"财政拨款:{m[1]}万元(其中:上级财政资金:{m[2]}万元;本级财政:{m[3]}万元)",
             f"二、自有资金:{m[4]}万元", f"三、其他:{m[5]}万元"],
            ["项目概况", f["overview"]], ["立项情况", "项目立项的依据", f["basis"]],
            ["项目实施进度计划", "项目实施内容", "开始时间", "完成时间"]] + [list(p) for p in f["plan"]] + \
           [["项目绩效目标", "长期目标", "年度目标"],
            ["".join(f["goals_mid"]), "".join(f"{i}、{g}" for i, g in enumerate(f["goals"], 1))]]
    for label, block in (("长期绩效指标", f["long"]), ("年度绩效指标", f["year"])):
        rows.append([label, "一级指标", "二级指标", "指标内容", "指标值", "备注"])
        rs = cells(block, 5)
        for k, (l1, l2, l3, v, note) in enumerate(rs):
            a, b = merged(rs, k)
            rows.append(([L1W[l1]] if a else []) + ([L2W[l2]] if b else []) + [l3, pv(v)] + ([note] if note else []))
    rows.append(["审核人:", "填报人:", "填报日期:2024年2月26日"])
    lines = [f"{D2}2024年度项目绩效目标表", "来源:", "区水利局", "发布时间:", "2024-03-12 09:41", "浏览次数:", "3",
             f"{D2}2024年度项目绩效目标表 | ||||||"] + [pipe_row(r) for r in rows]
    return mirror("\n".join(lines)) + "\n"


# ---------------------------------------------------------------- j3 MinerU: one-line HTML table per form, rowspans
def td(x, rs=1, cs=1):
    a = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
    return f"<td{a}>{html.escape(x, quote=False)}</td>"


def j3():
    out = []
    for n, f in enumerate(J3_P):
        m, a = f["mid_amt"], ["%.2f" % x for x in f["amt"]]
        rs = cells(f["rows"], 5)
        t = ["<table>", "<tr>" + td("项目名称") + td(f["name"], cs=5) + "</tr>",
             "<tr>" + td("项目编码") + td(f["code"], cs=2) + td("实施周期") + td(f["period"], cs=2) + "</tr>",
             "<tr>" + td("主管部门及代码") + td(f"[{C3}]{D3}", cs=2) + td("实施单位") + td(f["iu"], cs=2) + "</tr>",
             "<tr>" + td("项目资金（万元）", rs=3) + td("实施期资金总额") + td(m[0], cs=2) + td("年度资金总额") + td(a[0]) + "</tr>",
             "<tr>" + td("其中：财政拨款") + td(m[1], cs=2) + td("其中：财政拨款") + td(a[1]) + "</tr>",
             "<tr>" + td("其他资金") + td(m[2], cs=2) + td("其他资金") + td(a[2]) + "</tr>",
             "<tr>" + td("总体目标", rs=2) + td("实施期目标", cs=3) + td("年度目标", cs=2) + "</tr>",
             "<tr>" + td(numbered(f["goals_mid"]), cs=3) + td(numbered(f["goals"]), cs=2) + "</tr>",
             "<tr>" + td("绩效指标", rs=len(rs) + 1) + "".join(td(x) for x in ["一级指标", "二级指标", "三级指标", "实施期指标值",
                                                                            "年度指标值"]) + "</tr>"]
        for k, (l1, l2, l3, mv, yv) in enumerate(rs):
            r = "<tr>"
            if k == 0 or rs[k - 1][0] != l1:
                r += td(L1W[l1], rs=sum(1 for x in rs[k:] if x[0] == l1))
            if k == 0 or rs[k - 1][:2] != [l1, l2]:
                j = 0
                while k + j < len(rs) and rs[k + j][:2] == [l1, l2]:
                    j += 1
                r += td(L2W[l2], rs=j)
            t.append(r + td(l3) + td(pv(mv)) + td(pv(yv)) + "</tr>")
        t += ["<tr>" + td("财政部门审批意见") + td("同意。请严格按照审批的绩效目标组织实施，加强绩效运行监控。", cs=5) + "</tr>",
              "</table>"]
        img = hashlib.sha256(f"qingyuan-seal-{n}".encode()).hexdigest()
        out += [f"# {T3}", "", "单位：万元", "", "".join(t), "", f"![](images/{img}.jpg)", "",
                "吉安市青原区财政局　　2025年2月26日", ""]
    return "\n".join(out)


# ---------------------------------------------------------------- j4 one cell per line ` |`, a bare `|` line after each row
def j4():
    out = ["首页 > 信息公开 > 财政预决算", "", f"{D4}{T4}", "", "发布日期：2024-03-04　来源：电白区农业农村局", ""]
    for f in J4_P:
        a = f["amt"]
        rows = [[PT4], [f"填报单位：{D4}", "金额单位：万元"], ["项目名称", f["name"]],
                ["主管部门", D4, "项目实施单位", f["iu"]], ["项目资金", "年度资金总额", a[0]], ["其中：财政拨款", a[1]],
                ["其他资金", a[2]], ["年度绩效目标", f["goal"]],
                ["绩效指标", "一级指标", "二级指标", "三级指标", "上年度实际水平", "本年度计划完成水平", "指标解释"]]
        rs = cells(f["rows"], 6)
        for k, (l1, l2, l3, bl, v, e) in enumerate(rs):
            x, y = merged(rs, k)
            rows.append(([L1W[l1]] if x else []) + ([L2W[l2]] if y else []) + [l3, bl, pv(v), e])
        rows.append(["填表人：梁振海", "联系电话：0668-5128716", "填报日期：2024年2月20日"])
        for r in rows:
            out += [(c + " |") if c else " |" for c in r] + ["|"]
        out.append("")
    out.append("【打印】【关闭】")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- j5 Word text: cells run together, literal \r\n, U+000B
def j5():
    rn, vt = "\\r\\n", "\x0b"
    s = [f"{D5}{T5}" + rn]
    for f in J5_P:
        a = ["%.2f" % x for x in f["amt"]]
        c = [PT5, "（2024年度）", "单位：万元", "资金名称", f["name"], "主管部门", D5, "实施单位", f["iu"],
             "资金情况", "实施期", f["span"], "实施期资金总额", f["long_amt"], "年度资金总额", a[0], "其中：财政拨款", a[1],
             "其他资金", a[2], "总体目标", "长期目标", "年度目标", numbered(f["goals_mid"], rn), numbered(f["goals"], rn),
             "绩效指标", "一级指标", "二级指标", "指标内容", "长期目标值", "年度目标值"]
        rs = cells(f["rows"], 5)
        for k, (l1, l2, l3, mv, yv) in enumerate(rs):
            x, y = merged(rs, k)
            c += ([L1W[l1]] if x else []) + ([L2W[l2]] if y else []) + [l3.replace("^", vt), pv(mv), pv(yv)]
        s.append("".join(c) + rn + rn)
    s.append("填报人：秦宏伟" + rn + "审核人：郭建军" + rn)
    return "".join(s) + "\n"


# ---------------------------------------------------------------- j6 xls page text: columns aligned by display width
def j6():
    grid = []
    for f in J6_P:
        a = f["amt"]
        g = [["项目名称", f["name"], "", "", ""], ["主管部门及代码", f"[{C6}]{D6}", "", "实施单位", f["iu"]],
             ["项目资金", "年度资金总额", a[0], "", ""], ["", "其中：财政拨款", a[1], "", ""], ["", "上年结转资金", a[2], "", ""],
             ["", "其他资金", a[3], "", ""], ["总体目标", "中期目标（2024年—2026年）", "", "年度目标", ""],
             ["", numbered(f["goals_mid"], "；"), "", numbered(f["goals"]), ""],
             ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"]]
        rs = cells(f["rows"], 4)
        for k, (l1, l2, l3, v) in enumerate(rs):
            x, y = merged(rs, k)
            g.append(["", L1W[l1] if x else "", L2W[l2] if y else "", l3, pv(v)])
        grid.append(g)
    w = [max(dw(r[c]) for g in grid for r in g if not (r[0] == "" and r[1].startswith("1.")) or c in (0,))
         for c in range(5)]
    line = lambda r: "".join(x + " " * max(w[c] - dw(x) + 3, 3) for c, x in enumerate(r)).rstrip()
    out = ["附件3", "", f"{D6}2024年部门预算", ""]
    for g in grid:
        out += [" " * 40 + T6, " " * 42 + "（2024年度）", " " * 90 + "单位：万元"] + [line(r) for r in g] + ["", ""]
    return "\r\n".join(out)


MAKERS = {"j1_md_docling_yitihua_shawan_2025": (j1, "md"),
          "j2_txt_tradmirror_form2015_hecheng_2024": (j2, "txt"),
          "j3_md_mineru_approval_qingyuan_2025": (j3, "md"),
          "j4_txt_cellline_guangdong_baseline_dianbai_2024": (j4, "txt"),
          "j5_txt_wordtext_transfer_longyear_zezhou_2024": (j5, "txt"),
          "j6_txt_xlspage_central_annex_sport_2024": (j6, "txt")}


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
