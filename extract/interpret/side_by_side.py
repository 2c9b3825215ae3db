"""Two forms side by side in one table: cut into the left form, then the right.

A sheet (or a page copied into one table) may hold two projects' 绩效目标表 next to
each other: 项目名称 | … | 项目名称 | …, the indicator header printed twice in one row
(一级指标 | 二级指标 | 三级指标 | 指标值 | 一级指标 | 二级指标 | …). Read as one table, the
right form's cells would be the left form's extra columns. The cut is where the header
repeats itself; a header-block label (项目名称, 项目编码) starting both halves of some row
above it confirms that the halves are two projects, not a mid-term and an annual
indicator set side by side under one project (layout.py reads those).

Rows above the first row both halves fill (the sheet's 部门编码 … 单位：万元 line) stand
over both forms: they become lines before them.
"""
from __future__ import annotations

from jixiao.extract.blocks import Block, Cell, Line, Table
from jixiao.extract.interpret import layout
from jixiao.extract.interpret.lexicon import header_label, label_key


def split(blocks: list[Block]) -> list[Block]:
    out: list[Block] = []
    for block in blocks:
        out += _halves(block) if isinstance(block, Table) else [block]
    return out


def _texts(row: list[Cell | None]) -> list[str | None]:
    return [c.text.strip() or None if c is not None else None for c in row]


def _cut(table: Table) -> tuple[int, int] | None:
    """(the column where the right form starts, the indicator header's row), or None."""
    width = table.width
    for h, row in enumerate(table.rows):
        texts = _texts(row) + [None] * (width - len(row))
        if texts.count(texts[0]) < 2 if texts and texts[0] else True:
            continue  # the header repeats its first label (一级指标 … 一级指标): most rows are done here
        for k in range(3, width - 2):
            left, right = texts[:k], texts[k:2 * k]
            if len(right) != k or any(texts[2 * k:]) or [label_key(t) for t in left] != [label_key(t) for t in right]:
                continue
            if not layout.is_header_row_texts(left):
                continue
            if any(header_label(_text(r, 0)) and header_label(_text(r, k)) for r in table.rows[:h]):
                return k, h
    return None


def _text(row: list[Cell | None], i: int) -> str | None:
    return row[i].text if i < len(row) and row[i] is not None else None


def _halves(table: Table) -> list[Block]:
    found = _cut(table)
    if found is None:
        return [table]
    k, h = found
    both = next(i for i, r in enumerate(table.rows) if _text(r, 0) and _text(r, k))
    lines: list[Block] = []
    for i, row in enumerate(table.rows[:both]):
        text = "　".join(t for t in _texts(row) if t)
        if text:
            lines.append(Line(text, table.row_where[i] if i < len(table.row_where) else table.where))
    halves = []
    for lo, hi in ((0, k), (k, 2 * k)):
        rows = [r[lo:hi] for r in table.rows[both:]]
        keep = [i for i, r in enumerate(rows) if any(c is not None and c.text.strip() for c in r)]
        where = table.row_where[both:]
        halves.append(Table([rows[i] for i in keep], table.where, table.page_break_before and lo == 0,
                            [where[i] for i in keep] if len(where) == len(rows) else []))
    return lines + halves
