"""Collecting consecutive table rows of a line-based rendering into a Table."""
from __future__ import annotations

from jixiao.extract.blocks import Block, Cell, Table, Where
from jixiao.extract.text import inline


def cell(text: str, lineno: int) -> Cell:
    """A cell whose text may hold <p>/<br> parts (kept apart for goal lists)."""
    pieces = [p for p in inline.parts(text) if p]
    return Cell(" ".join(pieces), Where(line=lineno), parts=tuple(pieces) if len(pieces) > 1 else ())


class TableRun:
    """Rows seen since the last non-table line; ``flush`` emits them as one Table."""

    def __init__(self, blocks: list[Block]):
        self.blocks = blocks
        self.rows: list[list[Cell | None]] = []
        self.where: list[Where] = []
        self.page_break_before = False

    def add(self, cells: list[Cell | None], lineno: int, *, page_break: bool = False) -> None:
        if not self.rows:
            self.page_break_before = page_break
        self.rows.append(cells)
        self.where.append(Where(line=lineno))

    def __bool__(self) -> bool:
        return bool(self.rows)

    def flush(self) -> None:
        if self.rows:
            width = max(len(r) for r in self.rows)
            for r in self.rows:
                r.extend([Cell("")] * (width - len(r)))
            self.blocks.append(Table(self.rows, self.where[0], self.page_break_before, self.where))
        self.rows, self.where = [], []
