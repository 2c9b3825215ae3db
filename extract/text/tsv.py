"""Tab-separated renderings: paragraphs as lines, table rows as tab-joined cells.

A run of lines that contain tabs is one table.  A tab-less line squeezed between
two table rows is a cell that spilled onto a line of its own: it stays in the
table as a one-cell row, and the interpreter joins it back.
"""
from __future__ import annotations

from extract.blocks import Block, Cell, Line, Table, Where
from extract.text import inline
from extract.text.furniture import is_footer


def _cell(text: str, lineno: int) -> Cell:
    pieces = inline.parts(text)
    joined = " ".join(pieces)
    return Cell(joined, Where(line=lineno), parts=tuple(pieces) if len(pieces) > 1 else ())


def read(text: str) -> list[Block]:
    lines = text.splitlines()
    blocks: list[Block] = []
    rows: list[list[Cell | None]] = []
    row_where: list[Where] = []
    page_break = False
    table_page_break = False

    def flush() -> None:
        nonlocal rows, row_where
        if rows:
            width = max(len(r) for r in rows)
            for r in rows:
                r.extend([Cell("")] * (width - len(r)))
            blocks.append(Table(rows, row_where[0], table_page_break, row_where))
        rows, row_where = [], []

    def is_row(i: int) -> bool:
        return 0 <= i < len(lines) and "\t" in lines[i] and lines[i].strip("\t \f")

    for i, raw in enumerate(lines):
        lineno = i + 1
        if "\f" in raw:
            page_break = True
            raw = raw.replace("\f", "")
        if not raw.strip():
            flush()
            continue
        if is_footer(raw):
            page_break = True
            continue
        if "\t" in raw:
            if not rows:
                table_page_break = page_break
            rows.append([_cell(c, lineno) for c in raw.split("\t")])
            row_where.append(Where(line=lineno))
            page_break = False
            continue
        if rows and is_row(i + 1):
            rows.append([_cell(raw, lineno)])
            row_where.append(Where(line=lineno))
            continue
        flush()
        for k, piece in enumerate(inline.parts(raw.strip())):
            # In a text rendering every source line is a paragraph of its own;
            # the interpreter rejoins those a page break split.
            blocks.append(Line(piece, Where(line=lineno), para_break_before=True, page_break_before=page_break and k == 0))
        page_break = False
    flush()
    return blocks
