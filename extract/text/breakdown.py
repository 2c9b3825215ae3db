"""A budget's cost breakdown table glued into one cell (项目预算成本构成).

Hubei forms print, under 项目预算成本构成, a small table: 成本构成 | 金额 |
测算(公式)依据 | 2020年实际执行数 | 2021年实际执行数, one row per cost item and a
合计 row.  A glued capture runs it together::

    金额测算(公式)依据2020年实际执行数2021年实际执行数保安服务费191依据招标文件191191…合计814662.98794.55

The column heads are the genre's (BREAKDOWN_COLUMNS); each row is an item name,
its amount, its basis text, then one number per year column.  Numbers that ran
together are parted only where the print shows the parts: money printed with
two decimals (``372.88504.55``), and the 合计 amount, which is the sum of the
amounts above it (``814`` in ``814662.98794.55``).  A run that cannot be parted
so stays whole in the first of its columns.
"""
from __future__ import annotations

from decimal import Decimal


from jixiao.normalize import lazy_regex

_HEAD = lazy_regex.compile(r"金额|测算(?:[(（]公式[)）])?依据|测算公式|(?:\d{4}年|上年)(?:实际)?(?:执行数|预算数)|备注")
_NUMBER_RUN = lazy_regex.compile(r"\d[\d.]*")
_TWO_DECIMALS = lazy_regex.compile(r"\d+\.\d{2}")
_TOTAL = ("合计", "总计", "小计")


def heads(text: str) -> tuple[list[str], int]:
    """The column heads printed at the start of ``text`` and where they end."""
    out, pos = [], 0
    while m := _HEAD.match(text, pos):
        out.append(m.group())
        pos = m.end()
    return out, pos


def _pieces(text: str) -> list[tuple[str, str]]:
    out, pos = [], 0
    for m in _NUMBER_RUN.finditer(text):
        if m.start() > pos:
            out.append(("text", text[pos:m.start()]))
        out.append(("number", m.group()))
        pos = m.end()
    if pos < len(text):
        out.append(("text", text[pos:]))
    return out


def _money_parts(run: str) -> list[str] | None:
    """``372.88504.55`` → 372.88, 504.55 when the run is wholly such numbers."""
    parts = _TWO_DECIMALS.findall(run)
    return parts if len(parts) > 1 and "".join(parts) == run else None


def rows(text: str, label: str) -> list[list[str]] | None:
    """The breakdown as rows (its head row first, ``label`` heading the item
    column), or None when ``text`` does not start with breakdown column heads."""
    found, pos = heads(text)
    if "金额" not in found:
        return None
    numeric = [not h.startswith(("测算", "备注")) for h in found]
    out = [[label, *found]]
    amounts: list[Decimal] = []
    pieces = _pieces(text[pos:])
    k = 0
    while k < len(pieces):
        kind, word = pieces[k]
        if kind != "text" or k + 1 >= len(pieces) or pieces[k + 1][0] != "number":
            out.append([word])
            k += 1
            continue
        name, row = word, [word]
        k += 1
        numbers: list[str] = []
        texts: list[str] = []
        while k < len(pieces) and (pieces[k][0] == "number" or (numbers and not texts and _is_basis(pieces, k))):
            (numbers if pieces[k][0] == "number" else texts).append(pieces[k][1])
            k += 1
        row += _fill(numbers, texts, numeric, name, amounts)
        out.append(row)
    return out


_AMOUNT = lazy_regex.compile(r"^-?\d[\d,]*(?:\.\d+)?$")


def cell_rows(cells: list[str], label: str) -> tuple[list[list[str]], int]:
    """The breakdown from whole cells, one per token (a copy that prints each cell on a line
    of its own): its rows (head row first) and how many cells it took. An item is a name
    and then, column by column, a number under each amount column and a text under each
    text column where one is printed (the 合计 row leaves its 测算 cell out)."""
    found = []
    k = 0
    while k < len(cells) and _HEAD.fullmatch(cells[k].strip()):
        found.append(cells[k].strip())
        k += 1
    if "金额" not in found:
        return [], 0
    numeric = [not h.startswith(("测算", "备注")) for h in found]
    out = [[label, *found]]
    while k + 1 < len(cells) and not _AMOUNT.match(cells[k].strip()) and _AMOUNT.match(cells[k + 1].strip()):
        row = [cells[k].strip()]
        k += 1
        for j, is_number in enumerate(numeric):
            here = cells[k].strip() if k < len(cells) else ""
            if is_number:
                row.append(here if _AMOUNT.match(here) else "")
                k += 1 if _AMOUNT.match(here) else 0
            elif here and not _AMOUNT.match(here) and any(numeric[j + 1:]) and k + 1 < len(cells) \
                    and _AMOUNT.match(cells[k + 1].strip()):
                row.append(here)  # a text followed by this row's next amount: its basis
                k += 1
            else:
                row.append("")
        out.append(row)
    return out, k


def _is_basis(pieces: list[tuple[str, str]], k: int) -> bool:
    """A text right after the amount and followed by numbers is the row's 测算依据."""
    return k + 1 < len(pieces) and pieces[k + 1][0] == "number"


def _fill(numbers: list[str], texts: list[str], numeric: list[bool], name: str, amounts: list[Decimal]) -> list[str]:
    values: list[str] = []
    if name.strip() in _TOTAL and numbers and amounts:
        # The total's amount is the sum above it: part it off the run first.
        first = numbers[0]
        for total in (format(sum(amounts), ".2f"), _plain(sum(amounts))):
            rest = first[len(total):]
            if first.startswith(total) and rest and not (rest.startswith("0") and rest[1:2] != "."):
                values = [total] + (_money_parts(rest) or [rest])
                numbers = numbers[1:]
                break
    for run in numbers:
        values += _money_parts(run) or [run]
    cells: list[str] = []
    vi = ti = 0
    for is_number in numeric:
        if is_number:
            cells.append(values[vi] if vi < len(values) else "")
            vi += 1
        else:
            cells.append(texts[ti] if ti < len(texts) else "")
            ti += 1
    if vi < len(values):
        cells[-1] = "".join([cells[-1], *values[vi:]])
    if name.strip() not in _TOTAL and cells and cells[0]:
        try:
            amounts.append(Decimal(cells[0]))
        except ArithmeticError:
            pass
    return cells


def _plain(amount: Decimal) -> str:
    """``100.50`` as printed in a sum's shortest form (100.5), ``814`` as 814."""
    text = format(amount, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text
