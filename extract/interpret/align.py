"""Rows that lost their merged cells, laid back under the right headers.

A web capture that flattens a table to pipe rows drops the cells a merge
covered: the second row of a project in a Sichuan export starts at 一级指标
instead of 单位名称, a Hunan row whose 一级指标 was merged starts at 二级指标,
and an xls page shows ``确保日常工作正常运行 100% 100%`` under five headers.
Such a row is short: it ends in blank padding.  Each possible shift is scored
by how well the cells fit the columns they would land in (a level name under a
level header, ``≥`` under 指标性质, a number under 权重, ...) and the best
shift wins; a row that already fits stays where it is.
"""
from __future__ import annotations

import regex

import normalize
from extract.blocks import Cell
from extract.interpret.segment import Row
from extract.textclean import clean

_NUMBER = regex.compile(r"^[-+]?\d[\d,，]*(?:\.\d+)?$")
_MONEY = regex.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+\.\d{2}$")
_SIGN = regex.compile(r"^(?:[≥≤><=＝＞＜]=?|大于等于|小于等于|大于|小于|等于|不低于|不高于|定性|定量|正向|反向)$")
_VALUE = regex.compile(r"^[≥≤><=＝＞＜]?\s*[-+]?\d")
_UNIT = regex.compile(r"^[^\d\s]{1,5}$")
_DIRECTION = regex.compile(r"正向|反向|逆向|负向")
_UNIT_CODE = regex.compile(r"^\d{3,}[-—]")  # 820001-井研县马踏镇人民政府
# A shift must beat staying put by this much: ties keep the row as printed.
_MARGIN = 2


def _fit(field: str | None, text: str) -> float:
    """How well one cell's text fits a column (positive: fits, negative: clashes)."""
    if not text:
        return 0
    one, two = normalize.level(text, depth=1), normalize.level(text, depth=2)
    is_level = bool(one or two)
    number = bool(_NUMBER.match(text))
    if field == "level1":
        return 3 if one else -2 if two or number else -1
    if field == "level2":
        return 3 if two else -2 if one or number else -1
    if field in ("level3", "description", "name", "goals", "purpose", "basis", "scoring", "remark"):
        return -2 if is_level or number and field != "basis" else 0
    if field == "sign":
        return 3 if _SIGN.match(text) else -1
    if field in ("value", "baseline"):
        return 1 if _VALUE.match(text) else -1 if is_level else 0
    if field == "unit":
        return 1 if _UNIT.match(text) and not is_level and not _SIGN.match(text) else -2
    if field == "weight":
        return 1 if number else -2
    if field == "direction":
        return 3 if _DIRECTION.search(text) else -2
    if field in ("total", "fiscal", "other"):
        return 3 if _MONEY.match(text) else 1 if number else -2
    if field in ("implementer", "department"):
        return 3 if _UNIT_CODE.match(text) else -2 if number or is_level else 0
    if field == "code":
        return -1 if is_level else 0
    return -1 if is_level else 0  # an unknown column


def _score(texts: list[str], columns: list[str | None], shift: int) -> float:
    return sum(_fit(columns[i + shift], t) for i, t in enumerate(texts) if i + shift < len(columns))


def realign(row: Row, columns: list[str | None]) -> Row:
    """The row shifted right onto ``columns`` (one field name or None per column)."""
    if any(c is None for c in row.cells):
        return row  # a merge the reader kept (None slots): already in place
    texts = [clean(c.text) for c in row.cells]
    while texts and not texts[-1]:
        texts.pop()
    room = len(columns) - len(texts)
    if room <= 0 or not texts:
        return row
    base = _score(texts, columns, 0)
    best, best_score = 0, base
    for shift in range(1, room + 1):
        s = _score(texts, columns, shift)
        if s > best_score:
            best, best_score = shift, s
    if best == 0 or best_score - base < _MARGIN:
        return row
    cells: list[Cell | None] = [Cell("", row.where) for _ in range(best)] + list(row.cells[: len(texts)])
    cells += [Cell("", row.where) for _ in range(len(columns) - len(cells))]
    return Row(cells, row.where, row.table, row.first_in_table, row.after_page_break)
