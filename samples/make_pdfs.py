#!/usr/bin/env python3
"""Make the sample PDFs under samples/drafts/.

* copies the two seed PDFs (LibreOffice and reportlab renderings of the real
  draft) as ``seed.lo.pdf`` and ``seed.rl.pdf``;
* draws one PDF per hand-checked record ``samples/expected/<stem>.gold.json`` as
  ``samples/drafts/<stem>.pdf``: cover, TOC, part 1, and one ruled 绩效目标表 per
  project the way offices lay them out (merged label cells, merged 一级/二级
  cells, narrow columns that wrap), so that the PDF reader meets the same
  quirks as in real drafts and the expected record is known.

Layout choices follow the record: a record whose indicators have no
description and bare numeric values gets the 指标性质 / 度量单位 column set; one
with weights gets a 权重 column.  The last project of every draft is drawn
low on its page, so that its table runs over a page break (with the indicator
header row repeated on the next page in every other draft, without in the rest).

Only the generator needs a CJK TrueType font (``apt-get install
fonts-wqy-microhei``); the PDFs embed a subset of it and are committed.

usage: python samples/make_pdfs.py [GOLD.json ...]
"""
from __future__ import annotations

import json
import re
import shutil
import sys
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = Path(__file__).resolve().parent
SEEDS = Path("/work/shared/seeds")
SEED_STEM = "000_3007a9ebcb9e91bd"
FONT_FILES = [
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
]
FONT = "CJK"
NUMERALS = "一二三四五六七八九十"
SYMBOL = {">=": "≥", "<=": "≤", ">": "＞", "<": "＜", "=": "="}


def register_font() -> None:
    for path in FONT_FILES:
        if Path(path).exists():
            pdfmetrics.registerFont(TTFont(FONT, path, subfontIndex=0))
            return
    sys.exit("no CJK TrueType font found; apt-get install -y fonts-wqy-microhei")


def cjk(text) -> str:
    """Print text the way a draft shows it: no wrap artefacts between CJK glyphs."""
    text = "" if text is None else str(text)
    return re.sub(r"(?<=[\u4e00-\u9fff（），、：])\s+(?=[\u4e00-\u9fff0-9（])|(?<=[0-9])\s+(?=[\u4e00-\u9fff])", "", text)


def numeral(i: int) -> str:
    return NUMERALS[i - 1] if i <= 10 else str(i)


def money(v) -> str:
    return "" if v is None else f"{float(v):.2f}"


# ---------------------------------------------------------------- styles
def styles():
    body = ParagraphStyle("body", fontName=FONT, fontSize=14, leading=25, firstLineIndent=28, wordWrap="CJK")
    return {
        "cover1": ParagraphStyle("c1", fontName=FONT, fontSize=26, leading=50, alignment=TA_CENTER),
        "cover2": ParagraphStyle("c2", fontName=FONT, fontSize=22, leading=50, alignment=TA_CENTER),
        "cover3": ParagraphStyle("c3", fontName=FONT, fontSize=16, leading=30, alignment=TA_CENTER),
        "h1": ParagraphStyle("h1", fontName=FONT, fontSize=18, leading=36, alignment=TA_CENTER),
        "h2": ParagraphStyle("h2", fontName=FONT, fontSize=14, leading=25, firstLineIndent=28),
        "toc": ParagraphStyle("toc", fontName=FONT, fontSize=14, leading=28, leftIndent=21, wordWrap="CJK"),
        "tocpart": ParagraphStyle("tocp", fontName=FONT, fontSize=14, leading=30),
        "body": body,
        "title": ParagraphStyle("t", fontName=FONT, fontSize=16, leading=26, alignment=TA_CENTER, wordWrap="CJK"),
        "small": ParagraphStyle("s", fontName=FONT, fontSize=10.5, leading=18),
        "right": ParagraphStyle("r", fontName=FONT, fontSize=10.5, leading=18, alignment=TA_RIGHT),
        "cell": ParagraphStyle("cell", fontName=FONT, fontSize=10.5, leading=13.5, wordWrap="CJK"),
    }


def P(text, style) -> Paragraph:
    return Paragraph(escape(cjk(text)), style)


# ---------------------------------------------------------------- front matter
def toc_line(title: str, page, st, width=400) -> Paragraph:
    # Leader dots sized to the line, as word processors draw them.
    title = cjk(title)
    dots = max(3, int((width - 14 * len(title)) / 4))
    return Paragraph(escape(f"{title}{'.' * dots}{page}"), st["toc"])


def front_matter(rec: dict, st) -> list:
    doc = rec["document"]
    story = [Spacer(1, 150), P(doc.get("department"), st["cover1"]), P(doc.get("title"), st["cover2"])]
    if doc.get("status"):
        story.append(P(f"({doc['status']})", st["cover3"]))
    story += [Spacer(1, 220), P(f"{doc.get('compiled_by')}编制", st["cover3"]), P(f"{doc.get('reviewed_by')}审核", st["cover3"])]
    story += [PageBreak(), P("目 录", st["h1"]), Spacer(1, 12)]
    part_names = {1: "第一部分 部门整体绩效目标", 2: "第二部分 预算项目绩效目标"}
    seen = set()
    n2 = 0
    for e in rec.get("toc") or []:
        if e["part"] not in seen:
            seen.add(e["part"])
            story.append(P(part_names[e["part"]], st["tocpart"]))
        title = e["title"]
        if e["part"] == 2:
            n2 += 1
            title = f"{n2}、{title}"
        story.append(toc_line(title, e.get("page") or "", st))
    return story


def part_one(rec: dict, st) -> list:
    story = [PageBreak(), P("第一部分", st["h1"]), P("部门整体绩效目标", st["h1"])]
    story.append(P("一、总体绩效目标", st["h2"]))
    for i, g in enumerate(rec.get("overall_goals") or [], 1):
        story.append(P(f"（{numeral(i)}）{g}", st["body"]))
    story.append(P("二、分项绩效目标", st["h2"]))
    for i, g in enumerate(rec.get("sub_goals") or [], 1):
        story.append(P(f"{numeral(i)}、{g['title']}", st["h2"]))
        story.append(P(f"绩效目标：{g['goal']}", st["body"]))
        story.append(P(f"绩效指标：{g['indicator']}", st["body"]))
    story.append(P("三、工作保障措施", st["h2"]))
    for i, s in enumerate(rec.get("safeguards") or [], 1):
        story.append(P(f"（{numeral(i)}）{s['title']}。{s['text']}", st["body"]))
    story += [PageBreak(), Spacer(1, 200), P("第二部分", st["h1"]), P("预算项目绩效目标", st["h1"])]
    return story


# ---------------------------------------------------------------- project tables
WIDTHS = [62, 62, 64, 76, 62, 60, 56]  # 442 pt, like the seed; narrow enough to wrap
GRID = TableStyle([
    ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("LEFTPADDING", (0, 0), (-1, -1), 3),
    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ("TOPPADDING", (0, 0), (-1, -1), 3),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
])


def layout(project: dict) -> str:
    inds = project.get("indicators") or []
    if any(i.get("weight") is not None for i in inds):
        return "weighted"
    if inds and all(i.get("description") is None for i in inds):
        return "split"
    return "seed"


def header_block(p: dict, st) -> Table:
    c = lambda t: P(t, st["cell"])
    plan = [e for e in p.get("spending_plan") or []][:6]
    spans = [6 // max(len(plan), 1) + (1 if k < 6 % max(len(plan), 1) else 0) for k in range(len(plan))]
    months, pcts, style = [], [], list(GRID.getCommands())
    col = 1
    for e, w in zip(plan, spans):
        months += [c(f"{e['month']}月底")] + [""] * (w - 1)
        pcts += [c(money(e.get("pct")) if e.get("pct") is not None else "")] + [""] * (w - 1)
        if w > 1:
            style += [("SPAN", (col, 3), (col + w - 1, 3)), ("SPAN", (col, 4), (col + w - 1, 4))]
        col += w
    months += [""] * (6 - len(months))
    pcts += [""] * (6 - len(pcts))
    goals = "<br/>".join(escape(f"{k}、{cjk(g)}") for k, g in enumerate(p.get("goals") or [], 1))
    rows = [
        [c("项目编码"), c(p.get("code")), "", c("项目名称"), c(p.get("name")), "", ""],
        [c("预算规模及资金用途"), c("预算数"), c(money(p.get("budget_total"))), c("其中：财政资金"),
         c(money(p.get("budget_fiscal"))), c("其他资金"), c(money(p.get("budget_other")))],
        ["", c(p.get("purpose")), "", "", "", "", ""],
        [c("资金支出计划（%）")] + months,
        [""] + pcts,
        [c("绩效目标"), Paragraph(goals, st["cell"]), "", "", "", "", ""],
    ]
    style += [
        ("SPAN", (1, 0), (2, 0)), ("SPAN", (4, 0), (6, 0)),
        ("SPAN", (0, 1), (0, 2)), ("SPAN", (1, 2), (6, 2)),
        ("SPAN", (0, 3), (0, 4)), ("SPAN", (1, 5), (6, 5)),
    ]
    return Table(rows, colWidths=WIDTHS, style=TableStyle(style))


def indicator_columns(kind: str) -> tuple[list[str], list]:
    if kind == "split":
        return (["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "指标值设定依据"],
                ["level1", "level2", "level3", "sign", "value_raw", "unit", "basis"])
    if kind == "weighted":
        return (["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "权重", "指标值确定依据"],
                ["level1", "level2", "level3", "description", "value_raw", "weight", "basis"])
    return (["一级指标", "二级指标", "三级指标", "绩效指标描述", "", "指标值", "指标值确定依据"],
            ["level1", "level2", "level3", "description", None, "value_raw", "basis"])


def sign_of(ind: dict) -> str:
    if ind.get("sign"):
        return ind["sign"]
    if ind.get("kind") in ("qualitative",):
        return "定性"
    return SYMBOL.get(ind.get("comparator") or "", "")


def indicator_table(p: dict, st, repeat_header: bool) -> Table:
    kind = layout(p)
    heads, keys = indicator_columns(kind)
    c = lambda t: P(t, st["cell"])
    rows = [[c(h) if h else "" for h in heads]]
    style = list(GRID.getCommands())
    if kind == "seed":
        style.append(("SPAN", (3, 0), (4, 0)))
    inds = p.get("indicators") or []
    for r, ind in enumerate(inds, 1):
        row = []
        for key in keys:
            if key is None:
                row.append("")
            elif key == "sign":
                row.append(c(sign_of(ind)))
            elif key == "weight":
                row.append(c("" if ind.get("weight") is None else f"{ind['weight']:g}"))
            else:
                row.append(c(ind.get(key)))
        rows.append(row)
        if kind == "seed":
            style.append(("SPAN", (3, r), (4, r)))
    # Merge runs of equal 一级 (and 二级 within them) the way offices do.
    for col, key in ((0, "level1"), (1, "level2")):
        start = 0
        for r in range(1, len(inds) + 1):
            same = (
                r < len(inds)
                and cjk(inds[r].get(key)) == cjk(inds[start].get(key))
                and (col == 0 or cjk(inds[r].get("level1")) == cjk(inds[start].get("level1")))
            )
            if not same:
                if r - 1 > start:
                    style.append(("SPAN", (col, start + 1), (col, r)))
                    for k in range(start + 2, r + 1):
                        rows[k][col] = ""
                start = r
    return Table(rows, colWidths=WIDTHS, style=TableStyle(style), repeatRows=1 if repeat_header else 0)


FRAME_W, FRAME_H = A4[0] - 79 - 74 - 12, A4[1] - 72 - 72 - 12  # minus the frame padding


def first_group_rows(p: dict) -> int:
    """Indicator rows of the first 一级 group: reportlab cannot split inside a SPAN."""
    inds = p.get("indicators") or []
    n = 1
    while n < len(inds) and cjk(inds[n].get("level1")) == cjk(inds[0].get("level1")):
        n += 1
    return n


def _height(flowable) -> float:
    return flowable.wrap(FRAME_W, FRAME_H)[1]


def part_two(rec: dict, st, repeat_header: bool) -> list:
    story = []
    projects = rec.get("projects") or []
    for i, p in enumerate(projects):
        head = [
            P(f"{p['seq']}、{p['title']}", st["title"]),
            Spacer(1, 6),
            P(f"{p.get('department_code', '')} {p.get('department', '')}", st["small"]),
            P(f"单位：{p.get('unit') or '万元'}", st["right"]),
            header_block(p, st),
        ]
        table = indicator_table(p, st, repeat_header)
        story.append(PageBreak())
        keep_rows = first_group_rows(p)
        if i == len(projects) - 1 and len(p.get("indicators") or []) > keep_rows:
            # Push the table down so that it breaks after a few indicator rows:
            # the reader must see a table continued at the top of the next page.
            _height(table)
            keep = sum(table._rowHeights[: 1 + keep_rows])
            used = sum(_height(f) for f in head) + keep
            story.append(Spacer(1, max(0.0, FRAME_H - used - 4)))
        story += head + [table]
    return story


def footer(canvas, doc) -> None:
    # Cover and TOC are unnumbered; part one starts at page 1, like the seed.
    n = canvas.getPageNumber() - 2
    if n >= 1:
        canvas.setFont(FONT, 10.5)
        canvas.drawCentredString(A4[0] / 2, 40, f"- {n} -")


def render(gold: Path, out: Path, repeat_header: bool) -> None:
    rec = json.loads(gold.read_text(encoding="utf-8"))
    st = styles()
    doc = SimpleDocTemplate(
        str(out), pagesize=A4, leftMargin=79, rightMargin=74, topMargin=72, bottomMargin=72,
        title=f"{rec['document'].get('department')} {rec['document'].get('title')}",
        author=rec["document"].get("department") or "",
    )
    story = front_matter(rec, st) + part_one(rec, st) + part_two(rec, st, repeat_header)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def main(argv: list[str]) -> None:
    register_font()
    drafts = HERE / "drafts"
    drafts.mkdir(exist_ok=True)
    for kind in ("lo", "rl"):
        src = SEEDS / f"{SEED_STEM}.{kind}.pdf"
        if src.exists():
            shutil.copyfile(src, drafts / f"seed.{kind}.pdf")
    golds = [Path(a) for a in argv] or sorted((HERE / "expected").glob("*.gold.json"))
    # The seed has its two real renderings; the others are drawn here.
    golds = [g for g in golds if g.name != "seed.gold.json"]
    for k, gold in enumerate(golds):
        stem = gold.name[: -len(".gold.json")]
        out = drafts / f"{stem}.pdf"
        render(gold, out, repeat_header=k % 2 == 0)
        print(f"{out.relative_to(HERE.parent)}  {out.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main(sys.argv[1:])
