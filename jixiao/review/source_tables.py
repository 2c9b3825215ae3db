"""A draft's own tables, laid out again as grids with the extracted rows outlined.

A Word or Excel draft has no page images and no numbered lines, and a text draft's
tab-separated lines do not line up on screen (a Chinese cell is wider than its tab
stop): what the reviewer should see is the reader's own ``Table`` blocks.  Both are
drawn the same way: anchor cells with their rowspan/colspan, covered slots left out,
a short row filled to the grid's width.  Only the rows' anchors differ: a text row
keeps its source line (``id="L<n>"``, shown in a number column), a Word or Excel row
that became an indicator gets ``id="p<project>-i<indicator>-src"``.  Rows the record
took an indicator from are outlined, red when flagged.

A table that holds one project (a Word table, a sheet per project) is shown whole; a
one-table export shows each project its own rows.
"""
from __future__ import annotations

from dataclasses import dataclass

from jixiao.extract.blocks import Block, Line, Table, Where


@dataclass(frozen=True)
class GridCell:
    parts: tuple[str, ...]  # the cell's paragraphs, one line each
    rowspan: int = 1
    colspan: int = 1


@dataclass(frozen=True)
class GridRow:
    cells: list[GridCell]
    ident: str | None = None
    classes: str = ""
    line: int | None = None  # a text draft's line number, shown before the cells


@dataclass(frozen=True)
class Grid:
    rows: list[GridRow]
    css: str  # "src": a text draft's table; "source": a Word or Excel table
    caption: str | None = None


@dataclass(frozen=True)
class TextLine:
    line: int
    text: str
    bad: bool


@dataclass(frozen=True)
class TextSource:
    """A text draft's blocks within one project's lines: ``TextLine`` and ``Grid`` in order."""

    items: list[TextLine | Grid]


def grid_rows(table: Table, rows: list[int], row_of) -> list[GridRow]:
    """Rows ``rows`` of ``table`` (ascending indexes); ``row_of(i)`` gives row i's
    ``(ident, classes, line)``.  A rowspan stops at the last row shown."""
    out = []
    shown = set(rows)
    width = table.width
    for r in rows:
        cells = []
        for cell in table.rows[r]:
            if cell is None:  # covered by a merged cell to the left or above
                continue
            rowspan = 1
            while rowspan < cell.rowspan and r + rowspan in shown:
                rowspan += 1
            cells.append(GridCell(cell.parts or (cell.text,), rowspan, max(cell.colspan, 1)))
        # A short row (trailing blank cells dropped by the reader) still fills the grid.
        if len(table.rows[r]) < width:
            cells.append(GridCell((), 1, width - len(table.rows[r])))
        ident, classes, line = row_of(r)
        out.append(GridRow(cells, ident, classes, line))
    return out


# --- Word and Excel ---------------------------------------------------------------


def read_tables(path: str) -> list[Table]:
    from jixiao.extract import office

    with open(path, "rb") as fh:
        data = fh.read()
    blocks, _ = office.read(data, path)
    return [b for b in blocks if isinstance(b, Table)]


def row_key(where: Where) -> tuple | None:
    """The source row a block's ``Where`` (or a record entry's) points at."""
    if where.row is None:
        return None
    if where.table is not None:
        return ("table", where.table, where.row)
    if where.sheet is not None:
        return ("sheet", where.sheet, where.row)
    return None


def office_grids(tables: list[Table], owner: dict[tuple, tuple[int, int | None]],
                 flagged: set[tuple[int, int]]) -> dict[int, list[Grid]]:
    """``{project seq: grids}``; ``owner`` maps a source row to the (project, indicator) read
    from it (indicator None: the project's own row), ``flagged`` holds the pairs with issues."""
    out: dict[int, list[Grid]] = {}
    for t in tables:
        keys = [row_key(w) for w in t.row_where]
        seqs = {owner[k][0] for k in keys if k in owner}
        label = f"sheet {t.where.sheet}" if t.where.sheet is not None else f"table {t.where.table}"

        def row_of(r: int, keys=keys) -> tuple[str | None, str, None]:
            who = owner.get(keys[r]) if r < len(keys) and keys[r] else None
            if who and who[1] is not None:
                return f"p{who[0]}-i{who[1]}-src", "ind bad" if who in flagged else "ind", None
            return None, "", None

        for seq in sorted(seqs):
            rows = list(range(len(t.rows)))
            if len(seqs) > 1:  # one table of every project: this project's rows only
                mine = [r for r, k in enumerate(keys) if k in owner and owner[k][0] == seq]
                rows = list(range(mine[0], mine[-1] + 1))
            out.setdefault(seq, []).append(Grid(grid_rows(t, rows, row_of), "source", label))
    return out


# --- text drafts --------------------------------------------------------------------


def text_source(blocks: list[Block], span: tuple[int, int], indicator_lines: set[int],
                bad_lines: set[int]) -> TextSource:
    """The blocks of source lines ``span`` (inclusive)."""
    first, last = span
    items: list[TextLine | Grid] = []
    for block in blocks:
        if isinstance(block, Line):
            n = block.where.line
            if n is not None and first <= n <= last and block.text.strip():
                items.append(TextLine(n, block.text, n in bad_lines))
        elif isinstance(block, Table):
            lines = [_row_line(block, i) for i in range(len(block.rows))]
            rows = [i for i, n in enumerate(lines) if n is not None and first <= n <= last]

            def row_of(i: int, lines=lines) -> tuple[str, str, int]:
                n = lines[i]
                classes = ["row"] + (["ind"] if n in indicator_lines else []) + (["bad"] if n in bad_lines else [])
                return f"L{n}", " ".join(classes), n

            if rows:
                items.append(Grid(grid_rows(block, rows, row_of), "src"))
    return TextSource(items)


def _row_line(table: Table, i: int) -> int | None:
    if i < len(table.row_where) and table.row_where[i].line is not None:
        return table.row_where[i].line
    return next((c.where.line for c in table.rows[i] if c is not None and c.where.line is not None), None)
