"""Excel (.xlsx) workbooks through openpyxl: every sheet as a ``Sheet``.

openpyxl reads the cells in read-only mode: it streams each sheet once and
builds no styled ``Cell`` objects, several times faster than the full mode on
a bordered draft (measured in benchmarks/bench_office.py).  Read-only mode
does not expose what the drafts also depend on -- merged ranges, hidden rows
and columns -- so those few elements are picked out of the sheet's XML in one
more streaming pass (``_layout``).

Values are the ones the workbook cached (``data_only``): a formula shows its
last computed result, as the printed draft did.
"""
from __future__ import annotations

import io

from jixiao.extract.office.numfmt import ZH_CN_BUILTIN, shown
from jixiao.extract.office.sheet import Sheet

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_ROW, _COL, _MERGE = f"{_MAIN}row", f"{_MAIN}col", f"{_MAIN}mergeCell"


def read(data: bytes) -> list[Sheet]:
    import openpyxl

    book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True, rich_text=False)
    try:
        date1904 = getattr(book, "epoch", None) is not None and book.epoch.year == 1904
        sheets: list[Sheet] = []
        for ws in book.worksheets:
            if not hasattr(ws, "iter_rows"):  # a chart sheet holds no cells
                continue
            sheet = Sheet(ws.title, state=ws.sheet_state or "visible")
            with book._archive.open(ws._worksheet_path) as src:
                _layout(src, sheet)
            ws.reset_dimensions()  # a wrong <dimension> must not cut the sheet short
            for row in ws.iter_rows():
                for cell in row:
                    value = getattr(cell, "value", None)
                    if value is None:
                        continue
                    fmt_id = cell.style_array.numFmtId if cell.has_style else 0
                    # Built-in ids Chinese Excel shows in its own way (openpyxl: General or US dates).
                    fmt = ZH_CN_BUILTIN.get(fmt_id) or cell.number_format
                    sheet.cells[(cell.row, cell.column)] = shown(value, fmt, date1904=date1904)
            sheets.append(sheet)
        return sheets
    finally:
        book.close()


def _layout(src, sheet: Sheet) -> None:
    """Merged ranges and hidden rows/columns, from the sheet's XML."""
    from lxml import etree
    from openpyxl.utils.cell import range_boundaries

    # The container's guard has already refused any part that declares a DTD.
    for _, el in etree.iterparse(src, events=("end",), tag=(_ROW, _COL, _MERGE), resolve_entities=False,
                                 no_network=True, load_dtd=False):
        if el.tag == _ROW:
            if el.get("hidden") in ("1", "true") and (el.get("r") or "").isdigit():
                sheet.hidden_rows.add(int(el.get("r")))
        elif el.tag == _COL:
            if el.get("hidden") in ("1", "true"):
                lo, hi = int(el.get("min", "0") or 0), int(el.get("max", "0") or 0)
                sheet.hidden_cols.update(range(lo, min(hi, lo + 16384) + 1))
        else:
            try:
                min_col, min_row, max_col, max_row = range_boundaries(el.get("ref", ""))
            except (ValueError, TypeError):
                continue
            if None not in (min_col, min_row, max_col, max_row):
                sheet.merges.append((min_row, min_col, max_row, max_col))
        el.clear()
