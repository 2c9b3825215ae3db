"""The project header block: code, name, budget, purpose, spending plan, goals.

Cells are read as label → value pairs found by the lexicon, wherever the
producer put them.  Three labels open a region that runs over the following
label-less rows: 预算规模及资金用途 (the purpose text), 资金支出计划 (a row of
month headers then a row of percentages) and 绩效目标 (the goal list, which
producers spread over several rows and columns).
"""
from __future__ import annotations

import regex

from extract.interpret import numbering, numbers
from extract.interpret.lexicon import header_label
from extract.interpret.segment import Row
from extract.textclean import clean, join, squash

_VALUE_FIELDS = {"code", "name", "total", "fiscal", "other", "purpose", "department", "implementer"}
_NUMERIC = {"total", "fiscal", "other"}
_UNIT_IN_LABEL = regex.compile(r"[（(]\s*(万元|元|千元|亿元)\s*[)）]")
# A label cell that only names the money unit of the block: "项目资金（万元）".
_UNIT_LABEL = regex.compile(r"^[\p{Han}\s]{0,12}[（(]\s*(万元|元|千元|亿元)\s*[)）]$")


def parse(rows: list[Row]) -> tuple[dict, list[dict]]:
    """Return the header fields and the issues met on the way."""
    out: dict = {"code": None, "name": None, "unit": None, "budget_total": None, "budget_fiscal": None,
                 "budget_other": None, "purpose": None, "spending_plan": [], "goals": [], "extra": {}}
    issues: list[dict] = []
    region = None
    months: list[tuple[int, int]] = []  # (column, month)
    goal_pieces: list[str] = []
    goal_from_parts = False

    for row in rows:
        texts = row.texts()
        for t in texts:
            if t and not out["unit"] and (m := _UNIT_LABEL.match(t)):
                out["unit"] = m.group(1)
        labels = [(i, header_label(t)) for i, t in enumerate(texts) if t and header_label(t)]
        if not labels:
            filled = [(i, t) for i, t in enumerate(texts) if t]
            if region == "purpose":
                text = clean(" ".join(_distinct(t for _, t in filled)))
                if text and not regex.fullmatch(r"[\d.,\s%]+", text):
                    out["purpose"] = join(out["purpose"] or "", text)
            elif region == "plan":
                _plan_values(out, months, filled)
                region = None
            elif region == "goals":
                pieces, from_parts = _cell_pieces(row, [i for i, _ in filled])
                goal_pieces += pieces
                goal_from_parts |= from_parts
            continue
        label_cols = [i for i, _ in labels]
        region = None
        for k, (i, field) in enumerate(labels):
            stop = label_cols[k + 1] if k + 1 < len(label_cols) else len(texts)
            values = [(j, texts[j]) for j in range(i + 1, stop) if texts[j]]
            m = _UNIT_IN_LABEL.search(row.cells[i].text if row.cells[i] else "")
            if m and field in _NUMERIC:
                out["unit"] = out["unit"] or m.group(1)
            if field in _VALUE_FIELDS:
                value = values[0][1] if values else None
                if field not in _NUMERIC and len(values) > 1:
                    # A text value split over cells (a wrapped code, a long
                    # name): join them, counting a repeated merged cell once.
                    value = join("", "")
                    for piece in _distinct(t for _, t in values):
                        value = join(value, piece)
                if field == "code":
                    out["code"] = squash(value) or None if value else None
                elif field in _NUMERIC:
                    out["budget_" + field] = numbers.number(value)
                elif field in ("department", "implementer"):
                    out["extra"][texts[i]] = value
                else:
                    out[field] = value
                region = "purpose" if field == "purpose" and not values else region
            elif field == "purpose_block":
                region = "purpose"
                if len(labels) == 1 and values:
                    # The merged label repeated on the purpose row itself.
                    text = clean(" ".join(_distinct(t for _, t in values)))
                    if not regex.fullmatch(r"[\d.,\s%]+", text):
                        out["purpose"] = join(out["purpose"] or "", text)
            elif field == "plan":
                found = []
                for j, t in values:
                    m = numbers.month(t)
                    if m and m not in [seen for _, seen in found]:
                        found.append((j, m))
                pairs = _inline_pairs(values)
                if pairs:
                    out["spending_plan"] = pairs
                    region = None
                elif not found and months and values:
                    # The merged label repeated on the percentages row.
                    _plan_values(out, months, values)
                    region = None
                else:
                    months = found
                    region = "plan"
            elif field == "goals":
                pieces, from_parts = _cell_pieces(row, [j for j, _ in values])
                goal_pieces += pieces
                goal_from_parts |= from_parts
                region = "goals"
            elif field == "indicators":
                region = None
    out["goals"] = _goals(goal_pieces, goal_from_parts)
    return out, issues


def _cell_pieces(row: Row, cols: list[int]) -> tuple[list[str], bool]:
    pieces: list[str] = []
    from_parts = False
    previous = None
    for j in cols:
        cell = row.cells[j]
        if cell is None or cell.text == previous:
            continue  # a merged cell that the producer repeated in every column
        previous = cell.text
        if cell.parts:
            pieces += [clean(p) for p in cell.parts if clean(p)]
            from_parts = True
        elif clean(cell.text):
            pieces.append(clean(cell.text))
    return pieces, from_parts


def _distinct(texts):
    """Drop a text that repeats the one before (a repeated merged cell)."""
    previous = None
    for t in texts:
        if t != previous:
            yield t
        previous = t


def _goals(pieces: list[str], from_parts: bool) -> list[str]:
    if not pieces:
        return []
    items = numbering.split_list(" ".join(pieces))
    if len(items) <= 1 and len(pieces) > 1:
        items = [numbering.strip(p) for p in pieces]
    return [clean(i) for i in items if clean(i)]


def _inline_pairs(values: list[tuple[int, str]]) -> list[dict]:
    """``3月底 | 30 | 6月底 | 50``: months and percentages in one row."""
    out = []
    k = 0
    while k + 1 < len(values):
        m, pct = numbers.month(values[k][1]), numbers.number(values[k + 1][1])
        if m is None or numbers.month(values[k + 1][1]) is not None or pct is None:
            return []
        out.append({"month": m, "pct": pct})
        k += 2
    return out if k == len(values) and out else []


def _plan_values(out: dict, months: list[tuple[int, int]], filled: list[tuple[int, str]]) -> None:
    values = [(j, numbers.number(t)) for j, t in filled if numbers.number(t) is not None]
    month_cols = [c for c, _ in months]
    by_month: dict[int, float] = {}
    if all(j in month_cols for j, _ in values):
        lookup = dict(months)
        by_month = {lookup[j]: v for j, v in values}
    elif len(values) == len(months):
        by_month = {m: v for (_, m), (_, v) in zip(months, values)}
    else:
        # A value sits under the nearest month header to its left.
        for j, v in values:
            left = [(c, m) for c, m in months if c <= j]
            if left:
                by_month[left[-1][1]] = v
    out["spending_plan"] = [{"month": m, "pct": by_month.get(m)} for _, m in months if by_month.get(m) is not None]
