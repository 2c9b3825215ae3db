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
