"""A glued row's pieces laid under the header's columns.

A capture that lost its table markup gives a row as pieces in reading order
(level names, text, printed values) but not which column each came from: a
merged 一级指标 cell is printed once, an empty 指标解释 cell prints nothing.
The header says which columns exist and in what order, so each piece goes to
the column it fits best, keeping the order: a level name under a level
column, a value under the target (or baseline) column, a name under 三级指标,
an explanation under 指标解释.  Consecutive text pieces may share a column
(an explanation cut at a value it quotes).
"""
from __future__ import annotations


from jixiao import normalize
from jixiao.extract.text import vocabulary
from jixiao.normalize import lazy_regex

# Piece kinds: 'level' (a framework level name), 'value' (the value grammar),
# 'qual' (a qualitative target split off a name), 'text', 'cell' (text known to be
# a whole cell: it never shares a column with the piece before).
_NUMERIC_TEXT = {"weight", "remark", "scoring"}
_TEXT_FIELDS = {"description", "basis", "remark", "scoring"}
_DIGITS = lazy_regex.compile(r"^\d+(?:\.\d+)?$")
_DIRECTION = lazy_regex.compile(r"(?:正向|反向|逆向|负向)(?:指标)?")
_IMPOSSIBLE = -1e9
_JOIN = -1.0


def _fit(kind: str, text: str, field: str | None, levels_right: int, in_group: bool,
         no_name_column: bool = False) -> float:
    if kind == "cell":
        kind = "text"  # a whole cell (bare_lines): fits as text, never joins the one before
    if kind == "level":
        one, two = normalize.level(text, depth=1), normalize.level(text, depth=2)
        if one and two and in_group:
            # 成本指标 is a 一级 and a 二级 name: alone on a row inside a 一级
            # group it is that group's 二级 (the 2015 and 2021 frameworks differ).
            one = None
        if field == "level1":
            return 3 if one else 2
        if field == "level2":
            return 3 if two else 1
        return _IMPOSSIBLE
    if field in ("level1", "level2"):
        # A name under a level column happens where the header has no 三级
        # column (Hubei: 一级指标 | 二级指标 | 绩效标准 over 数量指标 | name |
        # 反映…): the rightmost level column then.
        if kind != "text":
            return _IMPOSSIBLE
        return 1.5 if no_name_column and levels_right == 0 else -1.0 - 0.5 * levels_right
    if kind == "value":
        return {"value": 3, "baseline": 2}.get(field or "", 1 if field in _NUMERIC_TEXT and _DIGITS.match(text) else -3)
    if kind == "qual":
        return {"value": 3, "baseline": 1, "level3": -1, "description": -1}.get(field or "", -3)
    # text
    if _DIRECTION.fullmatch(text.strip()):
        # 正向 / 反向 (指标方向): the direction column's own words, anywhere else a poor fit.
        return 3 if field == "direction" else -1 if field in _TEXT_FIELDS or field is None else -3
    explains = text.lstrip().startswith(vocabulary.DESCRIPTION_OPENERS)  # 反映…: an explanation
    if field == "level3":
        return 0 if explains else 2
    if field == "description":
        return 1
    if field in _TEXT_FIELDS:
        return 0.5
    if field is None:
        return 0
    return -3


def place(pieces: list[tuple[str, str]], fields: list[str | None], in_group: bool = False) -> list[str] | None:
    """One text per column (empty where the row printed nothing), or None when
    the pieces cannot be laid in order under these columns.  ``in_group``: a
    一级 name is in force from the rows above, so a lone level name that may be
    either is read as a 二级."""
    levels = [w for k, w in pieces if k == "level"]
    # (one name, or the same name in both halves of a two-set row)
    in_group = in_group and len(set(levels)) == 1
    n, m = len(pieces), len(fields)
    if not n or not m:
        return None
    level_cols = [j for j, f in enumerate(fields) if f in ("level1", "level2")]
    no_name = "level3" not in fields and len(level_cols) >= 2
    right = [sum(1 for k in level_cols if k > j) for j in range(m)]
    # best[i][j]: score of pieces[:i+1] with piece i in column j; back[i][j]: column of piece i-1.
    best = [[_IMPOSSIBLE] * m for _ in range(n)]
    back = [[-1] * m for _ in range(n)]
    for j in range(m):
        best[0][j] = _fit(*pieces[0], fields[j], right[j], in_group, no_name)
    for i in range(1, n):
        kind, text = pieces[i]
        for j in range(m):
            fit = _fit(kind, text, fields[j], right[j], in_group, no_name)
            if fit <= _IMPOSSIBLE / 2:
                continue
            cand, arg = _IMPOSSIBLE, -1
            for k in range(j):
                if best[i - 1][k] > cand:
                    cand, arg = best[i - 1][k], k
            joinable = kind == "text" and pieces[i - 1][0] == "text"
            if joinable and best[i - 1][j] + _JOIN > cand:
                cand, arg = best[i - 1][j] + _JOIN, j
            if arg >= 0:
                best[i][j], back[i][j] = cand + fit, arg
    j = max(range(m), key=lambda c: best[n - 1][c])
    if best[n - 1][j] <= _IMPOSSIBLE / 2:
        return None
    cols = [0] * n
    for i in range(n - 1, -1, -1):
        cols[i] = j
        j = back[i][j]
    out = [""] * m
    for (kind, text), c in zip(pieces, cols):
        out[c] = f"{out[c]}{text}" if out[c] else text
    return out
