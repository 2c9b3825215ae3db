"""A worksheet as the spreadsheet readers hand it over, and its blocks.

Both spreadsheet readers (.xlsx through openpyxl, .xls through xlrd) fill the
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

from extract.blocks import Block, Cell, Line, Table, Where


@dataclass
class Sheet:
    name: str
    cells: dict[tuple[int, int], str] = field(default_factory=dict)  # (row, col), 1-based → shown text
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)  # min_row, min_col, max_row, max_col
    hidden_rows: set[int] = field(default_factory=set)
    hidden_cols: set[int] = field(default_factory=set)
    state: str = "visible"  # visible | hidden | veryHidden


def _issue(code: str, message: str, sheet: str) -> dict:
    return {"severity": "info", "code": code, "project": None, "indicator": None,
            "where": f"sheet {sheet}", "message": message}


def _span_list(numbers: list[int]) -> str:
    shown = ", ".join(str(n) for n in numbers[:8])
    return shown + (f" and {len(numbers) - 8} more" if len(numbers) > 8 else "")


def blocks(sheets: list[Sheet]) -> tuple[list[Block], list[dict]]:
    out: list[Block] = []
    issues: list[dict] = []
    for sheet in sheets:
        if sheet.state != "visible":
            if sheet.cells:
                issues.append(_issue("hidden_sheet", f"sheet '{sheet.name}' is hidden; its {len(sheet.cells)} "
                                                     "filled cells were skipped", sheet.name))
            continue
        out.extend(_sheet_blocks(sheet, issues))
    return out, issues


def _sheet_blocks(sheet: Sheet, issues: list[dict]) -> list[Block]:
    if not sheet.cells:
        return []
    anchors = {(r0, c0): (r1, c1) for r0, c0, r1, c1 in sheet.merges if (r0, c0) != (r1, c1)}
    covered: set[tuple[int, int]] = set()
    for (r0, c0), (r1, c1) in anchors.items():
        covered.update((r, c) for r in range(r0, r1 + 1) for c in range(c0, c1 + 1) if (r, c) != (r0, c0))

    hidden_filled_rows = sorted({r for r, _ in sheet.cells if r in sheet.hidden_rows})
    hidden_filled_cols = sorted({c for _, c in sheet.cells if c in sheet.hidden_cols})
    if hidden_filled_rows:
        issues.append(_issue("hidden_rows", f"sheet '{sheet.name}': hidden rows {_span_list(hidden_filled_rows)} "
                                            "were skipped", sheet.name))
    if hidden_filled_cols:
        issues.append(_issue("hidden_columns", f"sheet '{sheet.name}': hidden columns "
                                               f"{_span_list(hidden_filled_cols)} were skipped", sheet.name))

    texts = {k: v for k, v in sheet.cells.items() if v.strip()}
    # Columns: those with text or a merge anchored in them, and those a merge
    # covers (a two-column description); an empty margin column is dropped.
    used_cols = {c for _, c in texts} | {c for _, c in anchors} | {c for _, c in covered}
    cols = sorted(c for c in used_cols if c not in sheet.hidden_cols)
    if not cols:
        return []
    last_row = max([r for r, _ in texts] + [r1 for r1, _ in anchors.values()])
    first_row = min([r for r, _ in texts] + [r for r, _ in anchors])
    rows = [r for r in range(first_row, last_row + 1) if r not in sheet.hidden_rows]
    col_index = {c: k for k, c in enumerate(cols)}
    row_index = {r: k for k, r in enumerate(rows)}

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
                r1, c1 = anchors[(r, c)]
                cell.rowspan = max(1, sum(1 for rr in range(r, r1 + 1) if rr in row_index))
                cell.colspan = max(1, sum(1 for cc in range(c, c1 + 1) if cc in col_index))
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
