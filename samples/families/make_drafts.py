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
