"""Excel (.xlsx) workbooks through openpyxl: every sheet as a ``Sheet``.

openpyxl's read-only mode streams rows quickly but does not expose merged
ranges, row and column visibility, which the drafts depend on (merged level
cells, merged project cells in a one-table export); at the size of a draft
(hundreds of rows) the full mode costs a few milliseconds more, measured in
benchmarks/bench_office.py, so the full mode is used.

Values are the ones the workbook cached (``data_only``): a formula shows its
last computed result, as the printed draft did.
"""
from __future__ import annotations

import io

from extract.office.numfmt import ZH_CN_BUILTIN, shown
from extract.office.sheet import Sheet


def read(data: bytes) -> list[Sheet]:
    import openpyxl
    from openpyxl.utils import column_index_from_string
    from openpyxl.worksheet.worksheet import Worksheet

    book = openpyxl.load_workbook(io.BytesIO(data), data_only=True, rich_text=False)
    date1904 = getattr(book, "epoch", None) is not None and book.epoch.year == 1904
    sheets: list[Sheet] = []
    for ws in book.worksheets:
        if not isinstance(ws, Worksheet):  # a chart sheet holds no cells
            continue
        sheet = Sheet(ws.title, state=ws.sheet_state or "visible")
        sheet.hidden_rows = {r for r, dim in ws.row_dimensions.items() if dim.hidden}
        for key, dim in ws.column_dimensions.items():
            if dim.hidden:
                lo = dim.min or column_index_from_string(key)
                hi = dim.max or lo
                sheet.hidden_cols.update(range(lo, hi + 1))
        sheet.merges = [(m.min_row, m.min_col, m.max_row, m.max_col) for m in ws.merged_cells.ranges]
        for (r, c), cell in ws._cells.items():  # only the cells the file defines
            value = cell.value
            if value is None:
                continue
            fmt = cell.number_format
            if cell.has_style and cell._style.numFmtId in ZH_CN_BUILTIN:
                # Built-in ids Chinese Excel shows in its own way (openpyxl knows them as General or US dates).
                fmt = ZH_CN_BUILTIN[cell._style.numFmtId]
            sheet.cells[(r, c)] = shown(value, fmt, date1904=date1904)
        sheets.append(sheet)
    return sheets
