#!/usr/bin/env python3
"""Render hand-checked records as Word and Excel drafts, the way offices lay them out.

Every sample record in ``samples/expected/`` was checked by hand against the
draft it came from.  This script draws each of them again as

* ``NAME.docx``: a Word document -- cover, a contents page with dot-leader
  tabs, part 1 with its headings and items numbered *by Word* (list styles,
  ``w:numPr``: the numbers are not in the text), one bordered table per
  project with merged 一级/二级 level cells (``w:vMerge``) and spanning cells
  (``w:gridSpan``), project titles and goal items numbered by Word too;
* ``NAME.intable.docx`` (for HEADING_IN_TABLE): the title, department and unit
  as the table's own first rows, merged across;
* ``NAME.xlsx``: a workbook -- a sheet of cover and contents and a sheet of
  part 1 (text in column A), then one sheet per project table with merged
  level cells, borders, budgets as numbers formatted ``#,##0.00``, the spending
  plan as fractions formatted ``0%``; plus a hidden sheet and a hidden row of
  stale figures that the printed draft does not show; ``NAME.stacked.xlsx`` (for
  STACKED): every project table on one sheet, one under another;
* ``onesheet_NAME.merged.xlsx`` / ``onesheet_NAME.blank.xlsx`` (for the records
  named in ONE_SHEET): the Sichuan-style 一体化 export, every project in one
  table, 单位名称/项目名称/预算数/年度目标 merged down each project's rows, or
  printed on its first row only and left blank below.

The Word and workbook renderings print everything the record holds, so the
record itself is their expected record.  The one-table export prints less (no
cover, contents, part 1, codes, purposes, spending plans, descriptions or
bases): its expected record ``one_table/onesheet_NAME.gold.json`` is the hand-checked
record projected onto what that export prints, field by field, never the
extractor's output.

usage: python samples/office/make_office.py [--out samples/drafts] [--expected samples/expected]
"""
from __future__ import annotations

import argparse
import copy
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests import renderings as corpus  # noqa: E402  (the record → grid helpers the text renderings use)

ONE_SHEET = ["tsv_civil_2024"]
# Other layouts offices use, one record each: title/department/unit rows inside the Word
# table; every project table stacked on one sheet.
HEADING_IN_TABLE = ["html_education_2022"]
STACKED = ["markdown_health_2021"]
SKIP = {"seed"}  # the seed has a real Word file (../shared/seeds), copied as samples/drafts/seed.docx
SYMBOLS = {">=": "≥", "<=": "≤", ">": "＞", "<": "＜", "=": "＝"}


# ---------------------------------------------------------------- shared
def project_grid(p: dict) -> list[list[str | None]]:
    """The project's table as a grid; None marks a slot covered by a merged cell."""
    return corpus._header_rows(p) + corpus._indicator_rows(p)


def merges(grid: list[list[str | None]]) -> list[tuple[int, int, int, int]]:
    """(row, col, last_row, last_col) of every merged range in ``grid``.

    A None right of a cell (or of a None spanning from one) continues that cell
    across; a None in the first column, or right of a None that continues down,
    continues the cell above it.
    """
    down = [[False] * len(row) for row in grid]
    for r, row in enumerate(grid):
        for c, slot in enumerate(row):
            if slot is None and r > 0 and (c == 0 or down[r][c - 1]):
                down[r][c] = True
    out = []
    for r, row in enumerate(grid):
        for c, slot in enumerate(row):
            if slot is None:
                continue
            c1 = c
            while c1 + 1 < len(row) and row[c1 + 1] is None and not down[r][c1 + 1]:
                c1 += 1
            r1 = r
            while r1 + 1 < len(grid) and grid[r1 + 1][c] is None and down[r1 + 1][c]:
                r1 += 1
            if (r1, c1) != (r, c):
                out.append((r, c, r1, c1))
    return out


def goal_items(p: dict) -> list[str]:
    return list(p.get("goals") or [])


# ---------------------------------------------------------------- Word
class WordLists:
    """Numbered lists defined in numbering.xml, so Word draws the numbers."""

    def __init__(self, document):
        self.numbering = document.part.numbering_part.element
        self._next_abstract = 100

    def new(self, fmt: str, text: str) -> int:
        from docx.oxml import parse_xml
        from docx.oxml.ns import nsdecls, qn

        aid = self._next_abstract
        self._next_abstract += 1
        abstract = parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{aid}"><w:multiLevelType w:val="singleLevel"/>'
            f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:suff w:val="nothing"/>'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr>'
            f"</w:lvl></w:abstractNum>")
        nums = self.numbering.findall(qn("w:num"))
        if nums:
            nums[0].addprevious(abstract)
        else:
            self.numbering.append(abstract)
        return self.numbering.add_num(aid).numId

    def restart(self, num_id: int) -> int:
        """Another list instance of the same definition, counting from 1 again."""
        from docx.oxml.ns import qn

        abstract = next(n for n in self.numbering.findall(qn("w:num")) if n.numId == num_id).abstractNumId.val
        num = self.numbering.add_num(abstract)
        num.add_lvlOverride(ilvl=0).add_startOverride(1)
        return num.numId


def numbered(paragraph, num_id: int) -> None:
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = 0
    num_pr.get_or_add_numId().val = num_id


def render_docx(rec: dict, out: Path, *, heading_in_table: bool = False) -> None:
    import docx
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.shared import Pt

    d = docx.Document()
    d.styles["Normal"].font.size = Pt(12)
    lists = WordLists(d)
    doc = rec["document"]

    def para(text: str = "", *, center=False, bold=False, size=None, num=None):
        p = d.add_paragraph()
        if text:
            run = p.add_run(text)
            run.bold = bold
            if size:
                run.font.size = Pt(size)
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if num is not None:
            numbered(p, num)
        return p

    def page_break():
        d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # Cover
    for text, size in ((doc.get("department"), 26), (doc.get("title"), 22)):
        para(text or "", center=True, bold=True, size=size)
    if doc.get("status"):
        para(f"（{doc['status']}）", center=True, size=18)
    para()
    para(f"{doc.get('compiled_by')}编制", center=True, size=16)
    para(f"{doc.get('reviewed_by')}审核", center=True, size=16)
    page_break()

    # Contents: entries with a right tab and dot leaders, as Word's TOC draws them.
    para("目  录", center=True, bold=True, size=18)
    parts = {1: "第一部分  部门整体绩效目标", 2: "第二部分  预算项目绩效目标"}
    seen, n2 = set(), 0
    for e in rec.get("toc") or []:
        if e["part"] not in seen:
            seen.add(e["part"])
            para(parts[e["part"]], bold=True)
        title = e["title"]
        if e["part"] == 2:
            n2 += 1
            title = f"{n2}、{title}"
        p = para(f"{title}\t{e.get('page') or ''}")
        p.paragraph_format.tab_stops.add_tab_stop(Pt(440), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    page_break()

    # Part 1: headings and items numbered by Word.
    headings = lists.new("chineseCounting", "%1、")
    para("第一部分  部门整体绩效目标", center=True, bold=True, size=16)
    para("总体绩效目标", bold=True, num=headings)
    overall = lists.new("chineseCounting", "（%1）")
    for g in rec.get("overall_goals") or []:
        para(g, num=overall)
    para("分项绩效目标", bold=True, num=headings)
    subs = lists.new("decimal", "%1．")
    for g in rec.get("sub_goals") or []:
        para(g["title"] or "", bold=True, num=subs)
        para(f"绩效目标：{g['goal']}")
        para(f"绩效指标：{g['indicator']}")
    para("工作保障措施", bold=True, num=headings)
    safeguards = lists.new("chineseCounting", "（%1）")
    for s in rec.get("safeguards") or []:
        para(f"{s['title']}。{s['text']}", num=safeguards)
    page_break()

    # Part 2: one numbered title and one bordered table per project.
    para("第二部分  预算项目绩效目标", center=True, bold=True, size=16)
    titles = lists.new("decimal", "%1、")
    goal_list = lists.new("decimal", "%1、")
    for k, p in enumerate(rec.get("projects") or []):
        if k:
            page_break()
        grid = project_grid(p)
        if heading_in_table:
            # Some offices put the title, the department and the unit in the table's own
            # first rows, merged across, with typed numbers.
            width = len(grid[0])
            dept = f"{p.get('department_code') or ''} {p.get('department') or ''}".strip()
            grid = ([[f"{p['seq']}、{p['title']}"] + [None] * (width - 1),
                     [dept] + [None] * (width - 3) + [f"单位：{p.get('unit') or '万元'}", None]] + grid)
        else:
            para(p["title"], center=True, bold=True, size=14, num=titles)
            para(f"{p.get('department_code') or ''} {p.get('department') or ''}".strip())
            para(f"单位：{p.get('unit') or '万元'}")
        table = d.add_table(rows=len(grid), cols=len(grid[0]))
        table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        goals_at = next(r for r, row in enumerate(grid) if row[0] == "绩效目标")
        for r0, c0, r1, c1 in merges(grid):
            table.cell(r0, c0).merge(table.cell(r1, c1))
        goals = goal_list if k == 0 else lists.restart(goal_list)
        for r, row in enumerate(grid):
            for c, text in enumerate(row):
                if text is None:
                    continue
                cell = table.cell(r, c)
                if r == goals_at and c == 1:
                    # One paragraph per goal, numbered by Word.
                    items = goal_items(p) or [""]
                    cell.paragraphs[0].text = items[0]
                    numbered(cell.paragraphs[0], goals)
                    for item in items[1:]:
                        numbered(cell.add_paragraph(item), goals)
                else:
                    cell.paragraphs[0].text = text
    d.save(out)


# ---------------------------------------------------------------- Excel
_PERCENT = re.compile(r"^(\d+(?:\.(\d+))?)%$")
_PLAIN = re.compile(r"^\d+(?:\.\d+)?$")


def _thin():
    from openpyxl.styles import Border, Side

    side = Side(style="thin")
    return Border(left=side, right=side, top=side, bottom=side)


def _set(ws, r: int, c: int, value, fmt: str | None = None, border=None) -> None:
    from openpyxl.styles import Alignment

    cell = ws.cell(row=r, column=c, value=value)
    if fmt:
        cell.number_format = fmt
    if border is not None:
        cell.border = border
    cell.alignment = Alignment(wrap_text=True, vertical="center")


def _typed(text: str):
    """A cell's value as an office types it: percentages and plain numbers as numbers."""
    m = _PERCENT.match(text)
    if m:
        decimals = len(m.group(2) or "")
        return round(float(m.group(1)) / 100, decimals + 2), "0" + ("." + "0" * decimals if decimals else "") + "%"
    if _PLAIN.match(text):
        return (float(text) if "." in text else int(text)), "General"
    return text, None


def _money(value) -> tuple:
    return (None, None) if value is None else (float(value), "#,##0.00")


def render_xlsx(rec: dict, out: Path, *, stacked: bool = False) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    doc = rec["document"]
    front = wb.active
    front.title = "封面目录"
    lines = [doc.get("department") or "", doc.get("title") or ""]
    if doc.get("status"):
        lines.append(f"（{doc['status']}）")
    lines += [f"{doc.get('compiled_by')}编制", f"{doc.get('reviewed_by')}审核", "", "目  录"]
    parts = {1: "第一部分  部门整体绩效目标", 2: "第二部分  预算项目绩效目标"}
    seen, n2 = set(), 0
    for e in rec.get("toc") or []:
        if e["part"] not in seen:
            seen.add(e["part"])
            lines.append(parts[e["part"]])
        title = e["title"]
        if e["part"] == 2:
            n2 += 1
            title = f"{n2}、{title}"
        lines.append(f"{title}……………………{e.get('page') or ''}")
    for r, text in enumerate(lines, 1):
        if text:
            front.cell(row=r, column=1, value=text)

    part1 = wb.create_sheet("部门整体绩效目标")
    for r, (style, text) in enumerate(corpus._part_one_lines(rec), 1):
        part1.cell(row=r, column=1, value=text)

    # A sheet the department hid: stale figures the printed draft never showed.
    stale = wb.create_sheet("上年数据")
    stale.sheet_state = "hidden"
    stale.append(["项目名称", "旧项目", "预算数", 999])
    stale.append(["一级指标", "二级指标", "三级指标", "指标值"])
    stale.append(["产出指标", "数量指标", "作废指标", "≥1个"])

    border = _thin()
    at = 1  # the next free row of a stacked sheet
    for k, p in enumerate(rec.get("projects") or []):
        if stacked:
            # Every project table on one sheet, one under another, a blank row between.
            ws = wb["绩效目标表"] if "绩效目标表" in wb.sheetnames else wb.create_sheet("绩效目标表")
        else:
            ws, at = wb.create_sheet(f"项目{p['seq']}"), 1
        grid = project_grid(p)
        width = len(grid[0])
        ws.cell(row=at, column=1, value=f"{p['seq']}、{p['title']}")
        ws.merge_cells(start_row=at, start_column=1, end_row=at, end_column=width)
        ws.cell(row=at + 1, column=1, value=f"{p.get('department_code') or ''} {p.get('department') or ''}".strip())
        ws.cell(row=at + 1, column=width, value=f"单位：{p.get('unit') or '万元'}")
        top = at + 2
        plan_row = next(r for r, row in enumerate(grid) if row[0] == "资金支出计划（%）") + 1
        for r, row in enumerate(grid):
            for c, text in enumerate(row):
                if text is None:
                    _set(ws, top + r, c + 1, None, border=border)
                    continue
                value, fmt = text, None
                if row[0] == "预算规模及资金用途" and c in (2, 4, 6):
                    value, fmt = _money({2: p.get("budget_total"), 4: p.get("budget_fiscal"), 6: p.get("budget_other")}[c])
                elif r == plan_row and text:
                    value, fmt = float(text) / 100, "0%"  # 30.00 printed as 30%: a fraction formatted as percent
                elif r > plan_row and text:
                    value, fmt = _typed(text)
                _set(ws, top + r, c + 1, value, fmt, border)
        for r0, c0, r1, c1 in merges(grid):
            ws.merge_cells(start_row=top + r0, start_column=c0 + 1, end_row=top + r1, end_column=c1 + 1)
        if k == 0:
            # A row of last year's figures, hidden rather than deleted.
            extra = top + len(grid)
            for c, text in enumerate(["产出指标", "数量指标", "上年旧指标", "已作废", "", "≥1个", "上年"], 1):
                _set(ws, extra, c, text, border=border)
            ws.row_dimensions[extra].hidden = True
        at = top + len(grid) + 2
        for letter, w in zip("ABCDEFG", (12, 12, 16, 24, 10, 12, 14)):
            ws.column_dimensions[letter].width = w
    wb.save(out)


# ---------------------------------------------------------------- one-table export
ONE_SHEET_HEAD = ["单位名称", "项目名称", "预算数", "年度目标", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
                  "度量单位", "权重", "指标方向性"]


def _value_cells(ind: dict) -> tuple[str, object, str]:
    """指标性质 / 指标值 / 度量单位 as the export splits a target."""
    kind = ind.get("kind")
    if kind == "numeric" and ind.get("value") is not None and ind.get("value_max") is None:
        v = ind["value"]
        return SYMBOLS.get(ind.get("comparator") or "=", "＝"), (int(v) if float(v).is_integer() else v), ind.get("unit") or ""
    if kind == "reference":
        return SYMBOLS.get(ind.get("comparator") or "", ""), ind.get("reference") or ind.get("value_raw") or "", ""
    return "定性", ind.get("value_raw") or "", ""


def one_sheet_record(rec: dict) -> dict:
    """The hand-checked record reduced to what the one-table export prints."""
    doc = rec["document"]
    out = {
        "document": {"title": f"部门预算项目绩效目标申报表({doc.get('year')}年度)", "department": doc.get("department"),
                     "department_code": doc.get("department_code"), "year": doc.get("year"), "status": None,
                     "compiled_by": None, "reviewed_by": None},
        "toc": [], "overall_goals": [], "sub_goals": [], "safeguards": [], "projects": [],
    }
    for p in rec.get("projects") or []:
        q = {"seq": p["seq"], "title": None, "department_code": p.get("department_code"), "department": p.get("department"),
             "code": None, "name": p.get("name"), "unit": p.get("unit"), "budget_total": p.get("budget_total"),
             "budget_fiscal": None, "budget_other": None, "purpose": None, "spending_plan": [],
             "goals": list(p.get("goals") or []), "indicators": []}
        for ind in p.get("indicators") or []:
            i = copy.deepcopy(ind)
            i["description"] = None
            i["basis"] = None
            i.pop("extra", None)
            sign, value, unit = _value_cells(ind)
            i["value_raw"] = f"{sign if sign not in ('定性',) else ''}{value}{unit}"
            i["direction"] = ind.get("direction") or "正向"
            q["indicators"].append(i)
        out["projects"].append(q)
    return out


def render_one_sheet(rec: dict, out: Path, *, merged: bool) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "绩效目标申报表"
    doc = rec["document"]
    width = len(ONE_SHEET_HEAD)
    ws.cell(row=1, column=1, value=f"部门预算项目绩效目标申报表({doc.get('year')}年度)")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    ws.cell(row=2, column=1, value=f"金额单位:{(rec.get('projects') or [{}])[0].get('unit') or '万元'}")
    border = _thin()
    for c, text in enumerate(ONE_SHEET_HEAD, 1):
        _set(ws, 3, c, text, border=border)
    r = 4
    for p in rec.get("projects") or []:
        inds = p.get("indicators") or []
        first = r
        unit_name = f"{p.get('department_code')}-{p.get('department')}" if p.get("department_code") else p.get("department")
        # One cell for the year's goals, its items numbered as typed: 1、…；2、…
        goals = "；".join(f"{n}、{g}" for n, g in enumerate(p.get("goals") or [], 1))
        for k, ind in enumerate(inds):
            lead = [unit_name, p.get("name"), p.get("budget_total"), goals] if k == 0 else [None] * 4
            sign, value, unit = _value_cells(ind)
            direction = {"反向": "反向指标", "中性": "中性指标"}.get(ind.get("direction") or "", "正向指标")
            row = lead + [ind.get("level1"), ind.get("level2"), ind.get("level3"), sign, value, unit,
                          "" if ind.get("weight") is None else ind["weight"], direction]
            for c, v in enumerate(row, 1):
                _set(ws, r, c, v, "#,##0.00" if c == 3 and v is not None else None, border)
            r += 1
        if merged and len(inds) > 1:
            for c in range(1, 5):
                ws.merge_cells(start_row=first, start_column=c, end_row=r - 1, end_column=c)
    wb.save(out)


# ---------------------------------------------------------------- main
def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=ROOT / "samples" / "drafts")
    ap.add_argument("--expected", type=Path, default=ROOT / "samples" / "expected")
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for gold in sorted((ROOT / "samples" / "expected").glob("*.gold.json")):
        stem = gold.name[: -len(".gold.json")]
        if stem in SKIP or stem.startswith("onesheet_"):
            continue
        rec = json.loads(gold.read_text(encoding="utf-8"))
        render_docx(rec, args.out / f"{stem}.docx")
        render_xlsx(rec, args.out / f"{stem}.xlsx")
        print(f"{stem}: .docx .xlsx")
        if stem in HEADING_IN_TABLE:
            render_docx(rec, args.out / f"{stem}.intable.docx", heading_in_table=True)
            print(f"{stem}: .intable.docx")
        if stem in STACKED:
            render_xlsx(rec, args.out / f"{stem}.stacked.xlsx", stacked=True)
            print(f"{stem}: .stacked.xlsx")
        if stem in ONE_SHEET:
            expected = one_sheet_record(rec)
            expected = {"_derived_from": f"{gold.name}, projected onto what a one-table export prints "
                                         "(samples/office/make_office.py one_sheet_record)", **expected}
            # Kept apart (expected/one_table/): it is not a whole draft's record, so the
            # renderers that redraw every *.gold.json as a full draft must not take it.
            (args.expected / "one_table").mkdir(exist_ok=True)
            (args.expected / "one_table" / f"onesheet_{stem}.gold.json").write_text(
                json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            render_one_sheet(rec, args.out / f"onesheet_{stem}.merged.xlsx", merged=True)
            render_one_sheet(rec, args.out / f"onesheet_{stem}.blank.xlsx", merged=False)
            print(f"onesheet_{stem}: .merged.xlsx .blank.xlsx")
    return 0


if __name__ == "__main__":
    sys.exit(main())
