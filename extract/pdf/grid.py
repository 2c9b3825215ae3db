"""pdfplumber tables as ``Table`` blocks: one slot per grid column, None where merged."""
from __future__ import annotations

import re

from jixiao.extract.blocks import Cell, Table, Where
from jixiao.extract.pdf import upward
from jixiao.extract.pdf.cjkspace import clean_spaces, join_wrapped

# Ruled tables only: the genre's 绩效目标表 are always fully bordered, and the text
# strategy would turn every two-column paragraph into a "table".
TABLE_SETTINGS = {"vertical_strategy": "lines", "horizontal_strategy": "lines"}

# A line inside a cell that opens a numbered item starts a new part, so that a
# goal list wrapped over several lines can still be split item by item.
_ITEM_START = re.compile(
    r"^\s*(?:\d{1,2}\s*[、.．)）](?!\d)|[一二三四五六七八九十]{1,3}\s*、|[（(]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[）)])"
)


def cell_parts(lines: list[str]) -> tuple[str, ...]:
    parts: list[list[str]] = []
    for line in lines:
        if not line.strip():
            continue
        if not parts or _ITEM_START.match(line):
            parts.append([line])
        else:
            parts[-1].append(line)
    if len(parts) < 2:
        return ()
    return tuple(join_wrapped(p) for p in parts)


def make_cell(raw: str | None, where: Where) -> Cell:
    lines = (raw or "").split("\n")
    return Cell(join_wrapped(lines), where, parts=cell_parts(lines))


def table_block(table, page_number: int, chars: list[dict] | None = None) -> Table:
    """A pdfplumber ``Table`` (already found) as a block; text read once. ``chars``: the
    page's glyphs, for cells printed sideways (upward.py)."""
    texts = table.extract()
    turned = upward.turned_chars(chars) if chars else []
    rows: list[list[Cell | None]] = []
    row_where: list[Where] = []
    for r, row in enumerate(table.rows):
        out: list[Cell | None] = []
        for c, bbox in enumerate(row.cells):
            if bbox is None:
                out.append(None)
            else:
                text = texts[r][c]
                if turned:
                    text = upward.cell_text(chars, turned, bbox) or text
                out.append(make_cell(text, Where(page=page_number, bbox=tuple(bbox))))
        rows.append(out)
        row_where.append(Where(page=page_number, bbox=tuple(row.bbox)))
    width = max((len(r) for r in rows), default=0)
    for row in rows:
        row.extend([None] * (width - len(row)))
    return Table(rows, Where(page=page_number, bbox=tuple(table.bbox)), row_where=row_where)


def cell_count(table) -> int:
    return sum(1 for row in table.rows for c in row.cells if c is not None)


__all__ = ["TABLE_SETTINGS", "table_block", "make_cell", "cell_parts", "cell_count", "clean_spaces"]
