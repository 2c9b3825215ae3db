"""Rows that lost their merged cells, laid back under the right headers.

A web capture that flattens a table to pipe rows drops the cells a merge
covered: the second row of a project in a Sichuan export starts at 一级指标
instead of 单位名称, a Hunan row whose 一级指标 was merged starts at 二级指标,
and an xls page shows ``确保日常工作正常运行 100% 100%`` under five headers.
Such a row is short: it ends in blank padding.  Its cells are laid onto the
columns in order, skipping columns where needed, so that they fit best (a
level name under a level header, ``≥`` under 指标性质, a number under 权重,
``…扣分`` under 评分标准); a row that already fits stays where it is.
"""
from __future__ import annotations


from jixiao import normalize
from jixiao.normalize import lazy_regex
from jixiao.normalize._grammar import UNIT_FULL
from jixiao.extract.blocks import Cell
from jixiao.extract.blocks import Row
from jixiao.extract.interpret.lexicon import QUALITATIVE_MAX, QUALITATIVE_OPENERS
from jixiao.extract.textclean import clean

_NUMBER = lazy_regex.compile(r"^[-+]?\d[\d,，]*(?:\.\d+)?$")
_MONEY = lazy_regex.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+\.\d{2}$")
_SIGN = lazy_regex.compile(r"^(?:[≥≤><=＝＞＜]=?|大于等于|小于等于|大于|小于|等于|不低于|不高于|定性|定量|正向|反向)$")
_VALUE = lazy_regex.compile(r"^(?:[≥≤><＞＜]\s*[=＝]?|[=＝])?\s*[-+]?\d")  # ＞= as two characters too
# A comparator before words is a target compared with a named amount (≤年初预算数).
_REFERENCE = lazy_regex.compile(r"^[≥≤><＞＜]=?\s*\p{Han}")
_DIRECTION = lazy_regex.compile(r"正向|反向|逆向|负向")
_UNIT_CODE = lazy_regex.compile(r"^\d{3,}[-—]")  # 820001-井研县马踏镇人民政府
# A new placement must beat the row as printed by this much: ties keep it.
_MARGIN = 2
_SKIP = 0.1
_SCORING = lazy_regex.compile(r"扣分|得分|计分|酌情|不得分")


def _fit(field: str | None, text: str) -> float:
    """How well one cell's text fits a column (positive: fits, negative: clashes)."""
    if not text:
        return 0
    one, two = normalize.level(text, depth=1), normalize.level(text, depth=2)
    is_level = bool(one or two)
    number = bool(_NUMBER.match(text))
    # A printed target (≥150个) under a level column clashes as much as a number does.
    target = number or bool(_VALUE.match(text))
    if field == "level1":
        return 3 if one else -2 if two or target else -1
    if field == "level2":
        return 3 if two else -2 if one or target else -1
    if field == "scoring":
        return 2 if _SCORING.search(text) else -2 if is_level or number else 0
    if field in ("level3", "description", "name", "goals", "purpose", "basis"):
        if _SCORING.search(text):
            return -1
        if is_level or number and field != "basis":
            return -2
        return -1 if (_VALUE.match(text) or _REFERENCE.match(text)) and field in ("level3", "description") else 0
    if field == "sign":
        return 3 if _SIGN.match(text) else -1
    if field in ("value", "baseline"):
        worded = len(text) <= QUALITATIVE_MAX and text.startswith(QUALITATIVE_OPENERS)
        return 1 if _VALUE.match(text) or _REFERENCE.match(text) or worded else -1 if is_level else 0
    if field == "unit":
        return 1 if UNIT_FULL.fullmatch(text) and not is_level and not _SIGN.match(text) else -2
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


def _placement(texts: list[str], columns: list[str | None]) -> tuple[float, list[int]]:
    """The best order-keeping placement of the cells onto the columns.

    A capture may drop a cell anywhere (a merged 一级指标 on the left, an empty
    计量单位 in the middle), so cells may skip columns; a skip costs a little,
    so that among equal fits the row stays contiguous.
    """
    n, m = len(texts), len(columns)
    neg = float("-inf")
    # best[i][j]: the best score with the first i cells placed in the first j columns
    best = [[neg] * (m + 1) for _ in range(n + 1)]
    came: dict[tuple[int, int], tuple[int, int]] = {}
    best[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m):
            if best[i][j] == neg:
                continue
            skip = best[i][j] - _SKIP
            if skip > best[i][j + 1]:
                best[i][j + 1], came[(i, j + 1)] = skip, (i, j)
            if i < n:
                put = best[i][j] + _fit(columns[j], texts[i])
                if put > best[i + 1][j + 1]:
                    best[i + 1][j + 1], came[(i + 1, j + 1)] = put, (i, j)
    if best[n][m] == neg:
        return neg, []
    slots: list[int] = []
    i, j = n, m
    while (i, j) != (0, 0):
        pi, pj = came[(i, j)]
        if pi < i:
            slots.append(j - 1)
        i, j = pi, pj
    return best[n][m], slots[::-1]


def realign(row: Row, columns: list[str | None]) -> Row:
    """The row laid onto ``columns`` (one field name or None per column)."""
    if any(c is None for c in row.cells):
        return row  # a merge the reader kept (None slots): already in place
    texts = [clean(c.text) for c in row.cells]
    while texts and not texts[-1]:
        texts.pop()
    if len(columns) - len(texts) <= 0 or not texts:
        return row
    as_printed = sum(_fit(columns[i], t) for i, t in enumerate(texts))
    # Padding past the last named column (a header block wider than the
    # indicator header) is no place for a cell.
    named = len(columns)
    while named > len(texts) and columns[named - 1] is None:
        named -= 1
    score, slots = _placement(texts, columns[:named])
    if not slots or slots == list(range(len(texts))) or score - as_printed < _MARGIN:
        return row
    cells: list[Cell | None] = [Cell("", row.where) for _ in columns]
    for k, j in enumerate(slots):
        cells[j] = row.cells[k]
    return Row(cells, row.where, row.table, row.first_in_table, row.after_page_break)
