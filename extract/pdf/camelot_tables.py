"""Table grids from camelot's lattice parser (``--tables camelot``).

camelot finds the ruling lines on a rendered image of the page instead of the
PDF's drawing operators, which helps with tables drawn as images of lines or
with broken strokes.  Its cells come with border flags; a merged cell shows as
neighbouring cells with no border between them, and its text may land in any
of them (the vertical middle, typically), so the regions are rebuilt here and
their text moved to the anchor slot.  Lines outside the tables still come from
pdfplumber.
"""
from __future__ import annotations

from jixiao.extract.blocks import Cell, Table, Where
from jixiao.extract.pdf.grid import make_cell


class CamelotTables:
    def __init__(self, path: str, pdf):
        import camelot  # optional dependency: only needed for this backend

        self._heights = {i + 1: float(p.height) for i, p in enumerate(pdf.pages)}
        # split_text: a text line crossing a cell border (a wide value) is cut at it.
        found = camelot.read_pdf(path, flavor="lattice", pages="all", split_text=True)
        self._by_page: dict[int, list] = {}
        for t in found:
            self._by_page.setdefault(int(t.page), []).append(t)

    def __call__(self, page_number: int) -> list[Table]:
        height = self._heights[page_number]
        out = [to_table(t, page_number, height) for t in self._by_page.get(page_number, [])]
        out = [t for t in out if sum(c is not None for row in t.rows for c in row) >= 2]
        return sorted(out, key=lambda t: t.where.bbox[1])


def _regions(cells) -> dict[tuple[int, int], tuple[int, int]]:
    """Map every slot to the anchor (top-left slot) of the merged region it is in."""
    parent: dict[tuple[int, int], tuple[int, int]] = {}

    def find(a):
        while parent.setdefault(a, a) != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    def union(a, b):
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    for r, row in enumerate(cells):
        for c, cell in enumerate(row):
            find((r, c))
            if c > 0 and not cell.left:
                union((r, c), (r, c - 1))
            if r > 0 and not cell.top:
                union((r, c), (r - 1, c))
    return {slot: find(slot) for slot in parent}


def to_table(ct, page_number: int, page_height: float) -> Table:
    cells = ct.cells
    anchor_of = _regions(cells)
    members: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for slot, anchor in anchor_of.items():
        members.setdefault(anchor, []).append(slot)

    def box(slots):
        x0 = min(cells[r][c].x1 for r, c in slots)
        x1 = max(cells[r][c].x2 for r, c in slots)
        y_low = min(cells[r][c].y1 for r, c in slots)
        y_high = max(cells[r][c].y2 for r, c in slots)
        return (x0, page_height - y_high, x1, page_height - y_low)  # PDF y-up to top-down

    rows: list[list[Cell | None]] = []
    for r, row in enumerate(cells):
        out: list[Cell | None] = []
        for c in range(len(row)):
            if anchor_of[(r, c)] != (r, c):
                out.append(None)
                continue
            slots = sorted(members[(r, c)])
            text = "\n".join(cells[rr][cc].text.strip("\n") for rr, cc in slots if cells[rr][cc].text.strip())
            out.append(make_cell(text, Where(page=page_number, bbox=box(slots))))
        rows.append(out)
    row_where = [Where(page=page_number, bbox=box([(r, c) for c in range(len(row))])) for r, row in enumerate(cells)]
    x0, y0, x1, y1 = ct._bbox
    where = Where(page=page_number, bbox=(x0, page_height - y1, x1, page_height - y0))
    return Table(rows, where, row_where=row_where)
