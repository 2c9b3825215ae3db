"""A worksheet as the spreadsheet readers hand it over, and its blocks.

Both spreadsheet readers (.xlsx from its XML, .xls through xlrd) fill the
same ``Sheet``: the text every cell shows, the merged ranges, what is hidden.
``blocks`` then lays it out the way the text readers lay out a tab rendering:

* a row holding one text (a title, ``单位：万元``, a paragraph of notes in
  column A) is a ``Line``; a run of rows with more is a ``Table`` -- so a
  sheet of notes (cover, contents, goals) reads as paragraphs;
* a one-text row squeezed between two table rows stays in the table as a
  one-cell row (a title between two project tables, a spilled goal);
* an empty row ends a table;
* a merged range is its anchor cell plus ``None`` in every slot it covers;
* hidden rows, columns and sheets are skipped, each with an info issue, since
  the printed draft does not show them.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import bisect

from jixiao.extract.blocks import Block, Cell, Line, Table, Where
from jixiao.extract.office.guards import MAX_GRID_SLOTS, GridTooLarge
from jixiao.extract.office.pictures import Picture


@dataclass
class Sheet:
    name: str
    cells: dict[tuple[int, int], str] = field(default_factory=dict)  # (row, col), 1-based → shown text
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)  # min_row, min_col, max_row, max_col
    hidden_rows: set[int] = field(default_factory=set)
    hidden_cols: set[int] = field(default_factory=set)
    state: str = "visible"  # visible | hidden | veryHidden
    # The ranges the sheet prints (its print area), where one is set: notes beside it are the author's.
    print_area: list[tuple[int, int, int, int]] = field(default_factory=list)
    # Pictures placed over the sheet: (the row each is anchored at, its bytes, its crop).
    pictures: list[tuple[int, bytes, tuple[float, float, float, float]]] = field(default_factory=list)


def _issue(code: str, message: str, sheet: str) -> dict:
    return {"severity": "info", "code": code, "project": None, "indicator": None,
            "where": f"sheet {sheet}", "message": message}


def _span_list(numbers: list[int]) -> str:
    shown = ", ".join(str(n) for n in numbers[:8])
    return shown + (f" and {len(numbers) - 8} more" if len(numbers) > 8 else "")


def blocks(sheets: list[Sheet], pictures: list[Picture] | None = None) -> tuple[list[Block], list[dict]]:
    """The visible sheets' blocks, in order; each picture over a sheet goes to ``pictures``,
    placed among its sheet's blocks by the row it is anchored at."""
    out: list[Block] = []
    issues: list[dict] = []
    for sheet in sheets:
        if sheet.state != "visible":
            if sheet.cells:
                issues.append(_issue("hidden_sheet", f"sheet '{sheet.name}' is hidden; its {len(sheet.cells)} "
                                                     "filled cells were skipped", sheet.name))
            continue
        start = len(out)
        out.extend(_sheet_blocks(sheet, issues))
        if pictures is not None:
            for row, data, crop in sheet.pictures:
                at = next((k for k in range(start, len(out)) if _first_row(out[k]) >= row), len(out))
                pictures.append(Picture(at, data, Where(sheet=sheet.name, row=row), crop))
    return out, issues


def _first_row(block: Block) -> int:
    where = block.row_where[0] if isinstance(block, Table) and block.row_where else block.where
    return where.row or 0


def _sheet_blocks(sheet: Sheet, issues: list[dict]) -> list[Block]:
    texts = {k: v for k, v in sheet.cells.items() if v.strip()}
    hidden_filled_rows = sorted({r for r, _ in texts if r in sheet.hidden_rows})
    hidden_filled_cols = sorted({c for _, c in texts if c in sheet.hidden_cols})
    if hidden_filled_rows:
        issues.append(_issue("hidden_rows", f"sheet '{sheet.name}': hidden rows {_span_list(hidden_filled_rows)} "
                                            "were skipped", sheet.name))
    if hidden_filled_cols:
        issues.append(_issue("hidden_columns", f"sheet '{sheet.name}': hidden columns "
                                               f"{_span_list(hidden_filled_cols)} were skipped", sheet.name))
    if sheet.print_area:
        inside = {k: v for k, v in texts.items()
                  if any(r0 <= k[0] <= r1 and c0 <= k[1] <= c1 for r0, c0, r1, c1 in sheet.print_area)}
        if len(inside) < len(texts):
            issues.append(_issue("outside_print_area", f"sheet '{sheet.name}': {len(texts) - len(inside)} cells outside "
                                                       "its print area were skipped", sheet.name))
            texts = inside
    # The grid: visible columns that hold text (an empty margin column, or one only
    # a merge covers, adds nothing), and every visible row from the first text to the last.
    texts = {k: v for k, v in texts.items() if k[0] not in sheet.hidden_rows and k[1] not in sheet.hidden_cols}
    if not texts:
        return []
    cols = sorted({c for _, c in texts})
    first_row, last_row = min(r for r, _ in texts), max(r for r, _ in texts)
    rows = [r for r in range(first_row, last_row + 1) if r not in sheet.hidden_rows]
    if len(rows) * len(cols) > MAX_GRID_SLOTS:
        raise GridTooLarge(f"sheet '{sheet.name}' spans {len(rows):,} rows by {len(cols):,} columns")

    # Merged ranges, clipped to the grid: the anchor keeps the text, the rest is None.
    anchors: dict[tuple[int, int], tuple[int, int]] = {}  # anchor → (rowspan, colspan) in grid slots
    covered: set[tuple[int, int]] = set()
    budget = MAX_GRID_SLOTS
    for r0, c0, r1, c1 in sheet.merges:
        in_rows = rows[bisect.bisect_left(rows, r0):bisect.bisect_right(rows, r1)]
        in_cols = cols[bisect.bisect_left(cols, c0):bisect.bisect_right(cols, c1)]
        budget -= len(in_rows) * len(in_cols)
        if budget < 0:
            raise GridTooLarge(f"sheet '{sheet.name}': its merged ranges cover more than {MAX_GRID_SLOTS:,} cells")
        if (r0, c0) not in texts:
            # An anchor without text (or hidden) covers nothing that shows: its slots stay blank.
            continue
        anchors[(r0, c0)] = (max(len(in_rows), 1), max(len(in_cols), 1))
        covered.update((r, c) for r in in_rows for c in in_cols if (r, c) != (r0, c0))

    def slots(r: int) -> list[Cell | None]:
        out: list[Cell | None] = []
        for c in cols:
            if (r, c) in covered:
                out.append(None)
                continue
            text = texts.get((r, c), "")
            parts = [p.strip() for p in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
            parts = [p for p in parts if p]
            cell = Cell(" ".join(parts), Where(sheet=sheet.name, row=r, cell=c), parts=tuple(parts) if len(parts) > 1 else ())
            if (r, c) in anchors:
                cell.rowspan, cell.colspan = anchors[(r, c)]
            out.append(cell)
        return out

    def kind(r: int, cells: list[Cell | None]) -> str:
        filled = [k for k, cell in enumerate(cells) if cell is not None and cell.text]
        if not filled:
            return "covered" if any(cell is None for cell in cells) else "empty"
        if len(filled) == 1:
            k = filled[0]
            own = set(range(k, k + cells[k].colspan)) if cells[k].rowspan == 1 else {k}
            if all(cell is not None or j in own for j, cell in enumerate(cells)):
                return "line"
        return "row"

    laid = [(r, slots(r)) for r in rows]
    kinds = [kind(r, cells) for r, cells in laid]
    out: list[Block] = []
    table: list[list[Cell | None]] = []
    table_rows: list[int] = []

    def flush() -> None:
        if table:
            out.append(Table(list(table), Where(sheet=sheet.name, row=table_rows[0]), False,
                             [Where(sheet=sheet.name, row=r) for r in table_rows]))
        table.clear()
        table_rows.clear()

    def next_kind(i: int) -> str:
        for k in kinds[i + 1:]:
            if k != "covered":
                return k
        return "empty"

    for i, ((r, cells), k) in enumerate(zip(laid, kinds)):
        if k == "empty":
            flush()
        elif k == "covered":
            if table:
                table.append(cells)
                table_rows.append(r)
        elif k == "row" or (k == "line" and table and next_kind(i) == "row"):
            table.append(cells)
            table_rows.append(r)
        else:
            flush()
            cell = next(c for c in cells if c is not None and c.text)
            for n, piece in enumerate(cell.parts or (cell.text,)):
                out.append(Line(piece, cell.where, para_break_before=n == 0))
    flush()
    return out
