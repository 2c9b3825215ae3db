"""Legacy Excel (.xls, and WPS .et, which writes the same BIFF8 records) through xlrd.

``formatting_info=True`` keeps what the draft depends on: merged ranges,
hidden rows, columns and sheets, and each cell's number format, so a number
shows as the sheet shows it (``numfmt``).
"""
from __future__ import annotations

import io

from jixiao.extract.errors import DraftError
from jixiao.extract.office.numfmt import ZH_CN_BUILTIN, shown
from jixiao.extract.office.sheet import Sheet


def read(data: bytes, path: str) -> list[Sheet]:
    import xlrd

    try:
        book = xlrd.open_workbook(file_contents=data, formatting_info=True, logfile=io.StringIO())
    except xlrd.XLRDError as err:
        message = str(err)
        if "encrypt" in message.lower():
            raise DraftError(path, "password-protected Excel file; remove the password first", code="encrypted") from None
        raise DraftError(path, f"damaged Excel file ({message})", code="damaged") from None
    except (AssertionError, IndexError, KeyError, ValueError, TypeError, OverflowError, MemoryError, UnicodeError):
        # xlrd meets a broken record stream with whatever Python error comes first.
        raise DraftError(path, "damaged Excel file (its records cannot be read)", code="damaged") from None
    sheets = []
    for sh in book.sheets():
        sheet = Sheet(sh.name, state={0: "visible", 1: "hidden"}.get(sh.visibility, "veryHidden"))
        sheet.hidden_rows = {r + 1 for r, info in sh.rowinfo_map.items() if info.hidden}
        sheet.hidden_cols = {c + 1 for c, info in sh.colinfo_map.items() if info.hidden}
        sheet.merges = [(rlo + 1, clo + 1, rhi, chi) for rlo, rhi, clo, chi in sh.merged_cells]
        for r in range(sh.nrows):
            for c, cell in enumerate(sh.row(r)):
                text = _shown(book, cell, xlrd)
                if text:
                    sheet.cells[(r + 1, c + 1)] = text
        sheets.append(sheet)
    return sheets


def _shown(book, cell, xlrd) -> str:
    kind = cell.ctype
    if kind in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
        return ""
    if kind == xlrd.XL_CELL_TEXT:
        return cell.value
    if kind == xlrd.XL_CELL_ERROR:
        return xlrd.error_text_from_code.get(cell.value, "#ERR")
    if kind == xlrd.XL_CELL_BOOLEAN:
        return "TRUE" if cell.value else "FALSE"
    fmt = _format(book, cell.xf_index)
    if kind == xlrd.XL_CELL_DATE:
        try:
            return shown(xlrd.xldate_as_datetime(cell.value, book.datemode), fmt)
        except (xlrd.xldate.XLDateError, ValueError, OverflowError):
            return shown(cell.value, "General")
    return shown(cell.value, fmt)


def _format(book, xf_index: int) -> str:
    try:
        key = book.xf_list[xf_index].format_key
    except (IndexError, AttributeError, TypeError):
        return "General"
    fmt = book.format_map.get(key)
    text = fmt.format_str if fmt is not None else "General"
    if key in ZH_CN_BUILTIN:  # built-in ids Chinese Excel shows in its own way
        return ZH_CN_BUILTIN[key]
    return text
