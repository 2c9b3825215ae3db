"""A hand-checked record drawn again as a text rendering: tab rows, Markdown, HTML.

Written from the record, never from the extractor, so extracting a rendering
back and scoring it against the record tests the readers and the interpreter.
Used by tests/test_extract_renderings.py and by the benchmark corpus
(benchmarks/corpus.py); the indicator columns of each template come from
samples/make_pdfs.py, which draws the same records as PDFs.
"""
from __future__ import annotations

import html
import importlib.util
from functools import lru_cache
from pathlib import Path

_MAKE_PDFS = Path(__file__).resolve().parent.parent / "samples" / "make_pdfs.py"


@lru_cache(maxsize=1)
def _make_pdfs():
    spec = importlib.util.spec_from_file_location("make_pdfs", _MAKE_PDFS)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _money(v) -> str:
    return "" if v is None else f"{float(v):.2f}"


def _clean(text) -> str:
    return "" if text is None else str(text)


def _header_rows(p: dict) -> list[list]:
    """The header block as a 7-column grid; None marks a slot covered by a merged cell."""
    plan = (p.get("spending_plan") or [])[:6]
    months = [f"{e['month']}月底" for e in plan] + [""] * (6 - len(plan))
    pcts = [_money(e.get("pct")) if e.get("pct") is not None else "" for e in plan] + [""] * (6 - len(plan))
    goals = [f"{k}、{g}" for k, g in enumerate(p.get("goals") or [], 1)]
    return [
        ["项目编码", _clean(p.get("code")), None, "项目名称", _clean(p.get("name")), None, None],
        ["预算规模及资金用途", "预算数", _money(p.get("budget_total")), "其中：财政资金",
         _money(p.get("budget_fiscal")), "其他资金", _money(p.get("budget_other"))],
        [None, _clean(p.get("purpose")), None, None, None, None, None],
        ["资金支出计划（%）", *months],
        [None, *pcts],
        ["绩效目标", "\n".join(goals), None, None, None, None, None],
    ]


def _indicator_rows(p: dict) -> list[list]:
    mp = _make_pdfs()
    kind = mp.layout(p)
    heads, keys = mp.indicator_columns(kind)
    rows = [[h if h else None for h in heads]]
    prev = {}
    for ind in p.get("indicators") or []:
        row = []
        for col, key in enumerate(keys):
            if key is None:
                row.append(None)
            elif key == "sign":
                row.append(mp.sign_of(ind))
            elif key == "weight":
                row.append("" if ind.get("weight") is None else f"{ind['weight']:g}")
            else:
                row.append(_clean(ind.get(key)))
        # Merged 一级 (and 二级 within it) the way offices print them: blank below the first.
        same1 = prev and prev.get("level1") == ind.get("level1")
        if same1:
            row[0] = None
            if prev.get("level2") == ind.get("level2"):
                row[1] = None
        prev = ind
        rows.append(row)
    return rows


def _part_one_lines(rec: dict) -> list[tuple[str, str]]:
    """(style, text) lines of part 1: style h1 / h2 / p."""
    out = [("h1", "第一部分　部门整体绩效目标"), ("h2", "（一）总体绩效目标")]
    out += [("p", f"{i}、{g}") for i, g in enumerate(rec.get("overall_goals") or [], 1)]
    out.append(("h2", "（二）分项绩效目标"))
    for i, g in enumerate(rec.get("sub_goals") or [], 1):
        out += [("h3", f"{i}．{g['title']}"), ("p", f"绩效目标：{g['goal']}"), ("p", f"绩效指标：{g['indicator']}")]
    out.append(("h2", "（三）工作保障措施"))
    out += [("p", f"{i}．{s['title']}。{s['text']}") for i, s in enumerate(rec.get("safeguards") or [], 1)]
    return out


def _front_lines(rec: dict) -> list[tuple[str, str]]:
    doc = rec["document"]
    out = [("cover", doc.get("department") or ""), ("cover", doc.get("title") or "")]
    if doc.get("status"):
        out.append(("cover", f"（{doc['status']}）"))
    out += [("cover", f"{doc.get('compiled_by')}编制"), ("cover", f"{doc.get('reviewed_by')}审核"), ("h1", "目　　录")]
    parts = {1: "第一部分　部门整体绩效目标", 2: "第二部分　预算项目绩效目标"}
    seen, n2 = set(), 0
    for e in rec.get("toc") or []:
        if e["part"] not in seen:
            seen.add(e["part"])
            out.append(("h2", parts[e["part"]]))
        title = e["title"]
        if e["part"] == 2:
            n2 += 1
            title = f"{n2}、{title}"
        out.append(("toc", f"{title}……………………\t{e.get('page') or ''}"))
    return out


def _project_heading(p: dict) -> list[tuple[str, str]]:
    return [("h3", f"{p['seq']}、{p['title']}"),
            ("p", f"{p.get('department_code') or ''} {p.get('department') or ''}".strip()),
            ("p", f"单位：{p.get('unit') or '万元'}")]


def render_tsv(rec: dict) -> str:
    lines = []
    for style, text in _front_lines(rec) + _part_one_lines(rec) + [("h1", "第二部分　预算项目绩效目标")]:
        lines += [text, ""]
    for p in rec.get("projects") or []:
        for style, text in _project_heading(p):
            lines += [text, ""]
        for row in _header_rows(p) + _indicator_rows(p):
            lines.append("\t".join(("" if c is None else c.replace("\n", " ").replace("\t", " ")) for c in row))
        lines.append("")
    return "\n".join(lines) + "\n"


def render_markdown(rec: dict) -> str:
    marks = {"cover": "# ", "h1": "# ", "h2": "## ", "h3": "", "p": "", "toc": ""}
    lines = []
    for style, text in _front_lines(rec) + _part_one_lines(rec) + [("h1", "第二部分　预算项目绩效目标")]:
        lines += [marks[style] + text.replace("\t", ""), ""]

    def row(cells) -> str:
        return "| " + " | ".join(("" if c is None else c.replace("\n", "<br>").replace("|", "｜")) for c in cells) + " |"

    for p in rec.get("projects") or []:
        for style, text in _project_heading(p):
            lines += [text, ""]
        grid = _header_rows(p) + _indicator_rows(p)
        lines += [row(grid[0]), "|" + "---|" * 7] + [row(r) for r in grid[1:]] + [""]
    return "\n".join(lines) + "\n"


def render_html(rec: dict) -> str:
    e = html.escape
    tags = {"cover": '<p style="text-align:center">{}</p>', "h1": '<p style="text-align:center"><strong>{}</strong></p>',
            "h2": "<p><strong>{}</strong></p>", "h3": '<p><strong>{}</strong></p>', "p": "<p>{}</p>", "toc": "<p>{}</p>"}
    lines = []
    for style, text in _front_lines(rec) + _part_one_lines(rec) + [("h1", "第二部分　预算项目绩效目标")]:
        lines.append(tags[style].format(e(text.replace("\t", ""))))
    for p in rec.get("projects") or []:
        for style, text in _project_heading(p):
            lines.append(tags[style].format(e(text)))
        lines.append('<table border="1">')
        for r in _header_rows(p) + _indicator_rows(p):
            cells = "".join("<td>{}</td>".format("<br>".join(e(x) for x in (c or "").split("\n")) or "&nbsp;") for c in r)
            lines.append(f"<tr>{cells}</tr>")
        lines.append("</table>")
    return "\n".join(lines) + "\n"
