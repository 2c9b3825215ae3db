"""One cell per line, each ending in `` |``; a line holding only ``|`` ends a row.

Some page captures write an HTML table this way.  A line without the trailing
pipe is the first part of a cell that wraps onto the next line(s), and is
joined to it.  Lines before the first pipe line are prose.
"""
from __future__ import annotations

from extract.blocks import Block, Cell, Line, Where
from extract.text.rows import TableRun
from extract.textclean import join


def is_cell_line(line: str) -> bool:
    s = line.strip()
    return s.endswith("|") and s.count("|") == 1


def looks_like(lines: list[str]) -> bool:
    """Most lines are single cells, and bare ``|`` lines separate the rows."""
    cells = sum(1 for ln in lines if is_cell_line(ln))
    bare = sum(1 for ln in lines if ln.strip() == "|")
    return bare >= 3 and cells >= 0.6 * len(lines)


def read(text: str) -> list[Block]:
    blocks: list[Block] = []
    run = TableRun(blocks)
    row: list[Cell | None] = []
    pending: list[str] = []  # a wrapped cell's first lines
    row_line = 0
    started = False

    def end_row() -> None:
        nonlocal row
        if row:
            run.add(row, row_line)
        row = []

    for i, raw in enumerate(text.splitlines()):
        lineno = i + 1
        s = raw.strip()
        if not s:
            continue
        if s == "|":
            started = True
            if pending:
                row.append(Cell(_joined(pending), Where(line=lineno)))
                pending = []
            end_row()
            continue
        if is_cell_line(s):
            started = True
            if not row:
                row_line = lineno
            row.append(Cell(_joined(pending + [s[:-1].strip()]), Where(line=lineno)))
            pending = []
            continue
        if not started:
            blocks.append(Line(s, Where(line=lineno), para_break_before=True))
            continue
        pending.append(s)
    if pending:
        row.append(Cell(_joined(pending), Where(line=row_line or 1)))
    end_row()
    run.flush()
    return blocks


def _joined(pieces: list[str]) -> str:
    out = ""
    for piece in pieces:
        out = join(out, piece) if out else piece
    return out
