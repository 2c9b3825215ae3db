"""A sheet printed as page text with its columns lined up: cells placed by where they start.

An .xls exported or shown as text (pdftotext -layout alike) keeps every cell at its
column's position, counted in display width (a Chinese character is two). Read by gaps
alone, a row whose first cells are empty (merged cells printed on their first row only)
would slide left. Here the indicator header's lines fix the columns; each cell goes to
the column it starts under. A line that only continues text cells (a project name or a
goal wrapped inside its cell) is joined to the row above; the project columns (left of
the indicator's own) of a line whose first column is empty belong to the project's
first row, whose merged cells they continue.
"""
from __future__ import annotations

import unicodedata


from jixiao.extract.blocks import Cell, Where
from jixiao.extract.text import vocabulary
from jixiao.normalize import lazy_regex

_CELL = lazy_regex.compile(r"\S+(?: \S+)*")  # a single space stays inside a cell
_SLACK = 2  # display columns a cell may start left of its column
_INDICATOR_CELLS = ("level3", "value", "baseline")
_TARGET_CELLS = ("value", "baseline")
_LEVEL_CELLS = ("level1", "level2")
MIN_ALIGNED = 0.8  # share of a body's cells that must start under a column


def width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def cells(line: str) -> list[tuple[int, str]]:
    """(display column where it starts, text) of each cell on a line."""
    return [(width(line[:m.start()]), m.group()) for m in _CELL.finditer(line)]


def anchors(header_lines: list[str]) -> list[int]:
    """The columns' starts: every header cell's start, near ones merged."""
    starts = sorted({start for line in header_lines for start, _ in cells(line)})
    out: list[int] = []
    for s in starts:
        if out and s - out[-1] <= _SLACK:
            continue
        out.append(s)
    return out


def column_of(start: int, cols: list[int]) -> int | None:
    """The column a cell starting at ``start`` stands under (the last start at or left of it)."""
    best = None
    for k, c in enumerate(cols):
        if c - _SLACK <= start:
            best = k
    return best


def aligned(body: list[str], cols: list[int]) -> bool:
    """Most cells of the body start under a column: the page kept the sheet's columns."""
    found = [start for line in body for start, _ in cells(line)]
    if len(found) < 6 or len(cols) < 4:
        return False
    near = sum(1 for s in found if any(abs(s - c) <= _SLACK for c in cols))
    return near / len(found) >= MIN_ALIGNED


def header_rows(header_lines: list[str], cols: list[int], lineno: int) -> list[list[Cell | None]]:
    """The header's lines as rows; over two lines, the spans a sheet's merged header cells had:
    a label over an empty bottom cell reaches down (序号, 项目名称), an upper label over labelled
    bottom cells reaches across them (项目资金 over 资金总额 | 财政拨款 | 其他资金)."""
    rows: list[list[Cell | None]] = []
    for k, line in enumerate(header_lines):
        row: list[Cell | None] = [Cell("", Where(line=lineno + k)) for _ in cols]
        for start, text in cells(line):
            j = column_of(start, cols)
            if j is not None:
                row[j] = Cell(text, Where(line=lineno + k))
        rows.append(row)
    if len(rows) == 2:
        top, bottom = rows
        for j in range(len(cols)):
            if top[j].text and not bottom[j].text:
                bottom[j] = None  # merged down
            elif not top[j].text and bottom[j].text and j > 0 and (top[j - 1] is None or top[j - 1].text):
                top[j] = None  # the label to the left spans across
    return rows


def body_rows(body: list[tuple[int, str]], cols: list[int], fields: list[str | None]) -> list[list[Cell]]:
    """The body's lines as rows under ``cols``; ``fields``: each column's indicator field
    (None for the project columns left of the indicator's)."""
    first_indicator = next((j for j, f in enumerate(fields) if f is not None), len(cols))
    rows: list[list[Cell]] = []
    project_row: list[Cell] | None = None
    for lineno, line in body:
        texts: list[str] = [""] * len(cols)
        for start, text in cells(line):
            j = column_of(start, cols)
            if j is not None:
                texts[j] = f"{texts[j]} {text}" if texts[j] else text
        # A new project fills the first column (单位名称), or, where the unit is printed once
        # for all its projects, prints an amount under a project column that has one: an
        # amount never wraps onto a second line as a name or a goal does.
        new_project = first_indicator > 0 and (bool(texts[0]) or project_row is not None and any(
            _AMOUNT.match(texts[j]) and _AMOUNT.match(project_row[j].text) for j in range(1, first_indicator)))
        # A row opens with its target, or a level's name; a 三级 alone under a row that has its
        # target is that name wrapped (保障优抚对象人 / 数), as a level's rest is (社会效益指 / 标).
        has_target = any(texts[j] for j, f in enumerate(fields) if f in _TARGET_CELLS)
        names_level = any(texts[j] and vocabulary.is_level_name(texts[j]) for j, f in enumerate(fields) if f in _LEVEL_CELLS)
        has_name = any(texts[j] for j, f in enumerate(fields) if f == "level3")
        target_above = rows and any(rows[-1][j].text for j, f in enumerate(fields) if f in _TARGET_CELLS)
        # …and a target's rest under a row's target, with no name of its own (2025年10月底 / 前).
        wraps = target_above and not names_level and (not has_target or not has_name) and "value" in fields
        opens_row = (not wraps and any(texts[j] for j, f in enumerate(fields) if f in _INDICATOR_CELLS)) or new_project or not rows
        if not new_project and project_row is not None:
            # Project columns of a continuation line continue the project's merged cells.
            for j in range(first_indicator):
                if texts[j]:
                    project_row[j].text = _joined(project_row[j].text, texts[j])
                    texts[j] = ""
        if opens_row:
            row = [Cell(t, Where(line=lineno)) for t in texts]
            rows.append(row)
            if new_project:
                project_row = row
        else:
            # Text wrapped inside the cells of the row above (a long 三级 or 指标解释).
            for j, t in enumerate(texts):
                if t:
                    rows[-1][j].text = _joined(rows[-1][j].text, t)
    return rows


_AMOUNT = lazy_regex.compile(r"^\d{1,3}(?:,\d{3})*(?:\.\d+)?$|^\d+(?:\.\d+)?$")
_ITEM_START = lazy_regex.compile(r"^(?:\d{1,2}[.．、]|[（(]?[一二三四五六七八九十]+[)）、])(?!\d)")


def _joined(before: str, after: str) -> str:
    """A cell's next physical line: a new item on a line of its own, else the same text wrapped."""
    if not before:
        return after
    if _ITEM_START.match(after):
        return f"{before}\n{after}"
    return before + after


def header_fields(header_lines: list[str], cols: list[int]) -> list[str | None]:
    """Each column's indicator field, read from the lowest header line that names it."""
    fields: list[str | None] = [None] * len(cols)
    for line in header_lines:
        for start, text in cells(line):
            j = column_of(start, cols)
            if j is not None and (field := vocabulary.column_field(text)) is not None:
                fields[j] = field
    return fields
