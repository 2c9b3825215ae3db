"""A text draft's source as the reader saw it: its tables as aligned HTML tables.

Tab-separated lines do not line up on screen (a Chinese cell is wider than its tab
stop), so the review page shows the reader's own blocks instead: every ``Table``
as a grid with its merged cells spanning, every ``Line`` as a numbered line. Each
row keeps its source line number (``id="L<n>"``, the anchor the issue list links
to); rows the record took an indicator from are outlined, red when flagged.
"""
from __future__ import annotations

from html import escape

from jixiao.extract.blocks import Block, Line, Table


def esc(value) -> str:
    return escape("" if value is None else str(value), quote=True)


def read_blocks(path: str) -> list[Block]:
    """The blocks the text reader makes of ``path`` (line numbers as in the record).

    Word and Excel drafts have their own source view (``source_tables``).
    """
    with open(path, "rb") as fh:
        data = fh.read()
    from jixiao.extract.text import read

    blocks, _ = read(data, path)
    return blocks


def render(blocks: list[Block], span: tuple[int, int], indicator_lines: set[int], bad_lines: set[int]) -> str:
    """The blocks of source lines ``span`` (inclusive) as HTML."""
    first, last = span
    out = ['<div class="source">']
    for block in blocks:
        if isinstance(block, Line):
            n = block.where.line
            if n is not None and first <= n <= last and block.text.strip():
                cls = "ln bad" if n in bad_lines else "ln"
                out.append(f'<div class="{cls}" id="L{n}"><span class="no">{n}</span>{esc(block.text)}</div>')
        elif isinstance(block, Table):
            table = _table(block, first, last, indicator_lines, bad_lines)
            if table:
                out.append(table)
    out.append("</div>")
    return "".join(out)


def _row_line(table: Table, i: int) -> int | None:
    if i < len(table.row_where) and table.row_where[i].line is not None:
        return table.row_where[i].line
    return next((c.where.line for c in table.rows[i] if c is not None and c.where.line is not None), None)


def _table(table: Table, first: int, last: int, indicator_lines: set[int], bad_lines: set[int]) -> str:
    rows = []
    width = table.width
    for i, row in enumerate(table.rows):
        n = _row_line(table, i)
        if n is None or not first <= n <= last:
            continue
        classes = ["row"] + (["ind"] if n in indicator_lines else []) + (["bad"] if n in bad_lines else [])
        cells = [f'<th class="no">{n}</th>']
        for cell in row:
            if cell is None:  # covered by a merged cell to the left or above
                continue
            span = ""
            if cell.colspan > 1:
                span += f' colspan="{cell.colspan}"'
            if cell.rowspan > 1:
                span += f' rowspan="{cell.rowspan}"'
            cells.append(f"<td{span}>{esc(cell.text)}</td>")
        # A short row (trailing blank cells dropped by the reader) still fills the grid.
        used = sum(c.colspan for c in row if c is not None) + sum(1 for c in row if c is None)
        if used < width:
            cells.append(f'<td colspan="{width - used}"></td>' if width - used > 1 else "<td></td>")
        rows.append(f'<tr class="{" ".join(classes)}" id="L{n}">{"".join(cells)}</tr>')
    if not rows:
        return ""
    return f'<table class="src">{"".join(rows)}</table>'
