"""Tab-separated renderings: paragraphs as lines, table rows as tab-joined cells.

A run of lines that contain tabs is one table.  A tab-less line squeezed between
two table rows is a cell that spilled onto a line of its own: it stays in the
table as a one-cell row, and the interpreter joins it back.
"""
from __future__ import annotations

from jixiao.extract.blocks import Block, Line, Where
from jixiao.extract.text import inline
from jixiao.extract.text.furniture import is_footer
from jixiao.extract.text.rows import TableRun, cell


def read(text: str) -> list[Block]:
    lines = text.splitlines()
    blocks: list[Block] = []
    run = TableRun(blocks)
    page_break = False

    def is_row(i: int) -> bool:
        return 0 <= i < len(lines) and "\t" in lines[i] and lines[i].strip("\t \f")

    for i, raw in enumerate(lines):
        lineno = i + 1
        if "\f" in raw:
            page_break = True
            raw = raw.replace("\f", "")
        if not raw.strip():
            run.flush()
            continue
        if is_footer(raw):
            page_break = True
            continue
        if "\t" in raw:
            run.add([cell(c, lineno) for c in raw.split("\t")], lineno, page_break=page_break)
            page_break = False
            continue
        if run and is_row(i + 1):
            run.add([cell(raw, lineno)], lineno)
            continue
        run.flush()
        for k, piece in enumerate(inline.parts(raw.strip())):
            # In a text rendering every source line is a paragraph of its own;
            # the interpreter rejoins those a page break split.
            blocks.append(Line(piece, Where(line=lineno), para_break_before=True, page_break_before=page_break and k == 0))
        page_break = False
    run.flush()
    return blocks
