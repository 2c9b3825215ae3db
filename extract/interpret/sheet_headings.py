"""A spreadsheet's own row and column headings, printed or captured with its cells.

An online preview of a workbook (and a sheet printed with "row and column headings"
on) shows the column letters A B C … over the grid and the row numbers 1 2 3 … at its
left, ruled like the cells: read from a picture or a PDF they are the table's first
row and first column, and every row of the form would start with its number (the
purpose cell would read 6用于…). They are dropped here, where the table is seen
whole: a first row of column letters in order over a first column of row numbers
counting up. The line just above such a table that starts with a cell reference
(``A1`` in the name box, then the formula bar) is the preview's, not the draft's.

A table a converter took out of a PDF and wrote with pandas (camelot's Excel export)
carries pandas' own labels the same way: column numbers 0 1 2 … over the grid and
the index 0 1 2 … down its left, each exactly its position.
"""
from __future__ import annotations

import regex

from jixiao.extract.blocks import Block, Line, Table
from jixiao.normalize import lazy_regex

_LETTERS = lazy_regex.compile(r"^[A-Z]{1,2}$")
_NUMBER = lazy_regex.compile(r"^\d{1,5}$")
# The name box and the formula bar: A1 (then what OCR makes of the fx icon) and the cell's text.
_FORMULA_BAR = lazy_regex.compile(r"^\s*[A-Z]{1,2}\d{1,5}(?![\d.])\W{0,3}(?:fx|ƒx|f\(x\))?\s*(?=\S)")
MIN_HEADINGS = 3  # letters (row numbers) that make a heading row (column)


def strip(blocks: list[Block]) -> list[Block]:
    out: list[Block] = []
    for block in blocks:
        if isinstance(block, Table) and (inner := _without_headings(block)) is not None:
            if out and isinstance(out[-1], Line) and _FORMULA_BAR.match(out[-1].text):
                out.pop()
            out.append(inner)
        else:
            out.append(block)
    return out


def _column_number(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - ord("A") + 1
    return n


def _text(cell) -> str:
    return cell.text.strip() if cell is not None else ""


def _increasing(values: list[int]) -> bool:
    return all(a < b for a, b in zip(values, values[1:]))


def _letters_row(table: Table) -> bool:
    """Column letters in order over the columns right of the first (a letter OCR lost
    leaves its slot empty; nothing else may stand there)."""
    texts = [_text(c) for c in table.rows[0][1:]]
    letters = [(j, t) for j, t in enumerate(texts) if t]
    if len(letters) < MIN_HEADINGS or len(letters) * 2 < len(texts):
        return False
    if not all(_LETTERS.match(t) for _, t in letters):
        return False
    # Each letter no left of the column it heads: A over the first, never C over the second.
    return _increasing([_column_number(t) for _, t in letters]) and all(_column_number(t) >= j + 1 for j, t in letters)


def _numbers_column(table: Table) -> bool:
    texts = [_text(row[0]) if row else "" for row in table.rows[1:]]
    filled = [t for t in texts if t]
    if len(filled) < MIN_HEADINGS or len(filled) * 2 < len(texts) or not all(_NUMBER.match(t) for t in filled):
        return False
    return _increasing([int(t) for t in filled]) and not _text(table.rows[0][0])


def _pandas_labels(table: Table) -> bool:
    """pandas' column labels and index, written with the frame: 0, 1, 2 … exactly, both ways
    (a form's own 栏次 row counts from 1, and no form's first column counts rows from 0)."""
    top = [_text(c) for c in table.rows[0]]
    left = [_text(row[0]) if row else "" for row in table.rows[1:]]
    return top[0] == "" and top[1:] == [str(k) for k in range(len(top) - 1)] and left == [str(k) for k in range(len(left))]


def _without_headings(table: Table) -> Table | None:
    if len(table.rows) < 2 or not table.rows[0]:
        return None
    if not _pandas_labels(table) and (len(table.rows) < MIN_HEADINGS + 1 or not (_letters_row(table) and _numbers_column(table))):
        return None
    rows = [row[1:] for row in table.rows[1:]]
    row_where = table.row_where[1:] if table.row_where else table.row_where
    return Table(rows, table.where, row_where=row_where, page_break_before=table.page_break_before)
