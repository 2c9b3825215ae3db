"""What an indicator row measures, in comparable terms: a rate's kind, a count's base unit,
the budget in 万元. Pure functions of record dicts (or archive rows with the same keys)."""
from __future__ import annotations


# The loader's table of yuan per printed money unit, so archive and audit agree.
from jixiao.load.write import YUAN_PER_UNIT
from jixiao.normalize import lazy_regex

_MULTIPLIER = {"十": 10, "百": 100, "千": 1_000, "万": 10_000, "十万": 100_000, "百万": 1_000_000, "亿": 100_000_000}
_PARENS = lazy_regex.compile(r"[（(][^（）()]*[)）]")
_RATE_WORD = lazy_regex.compile(r"(\p{Han}{2})率")
_SATISFACTION = lazy_regex.compile(r"满意")
NUMBER_COMPARATORS = {">=", ">", "=", None}


def budget_wan(project: dict) -> float | None:
    """预算数 in 万元, whatever unit the table printed."""
    total, unit = project.get("budget_total"), project.get("unit") or "万元"
    if total is None or total != total or unit not in YUAN_PER_UNIT:  # total != total: NaN from a frame
        return None
    return float(total) * YUAN_PER_UNIT[unit] / 10_000


def count_unit(unit: str | None, allowed: list[str] | set[str]) -> tuple[str, float] | None:
    """``万人`` → (人, 10000); ``户`` → (户, 1); a unit that is not a count → None."""
    if not unit:
        return None
    unit = _PARENS.sub("", unit).strip()
    if unit in allowed:
        return unit, 1.0
    for prefix in sorted(_MULTIPLIER, key=len, reverse=True):
        if unit.startswith(prefix) and unit[len(prefix):] in allowed:
            return unit[len(prefix):], float(_MULTIPLIER[prefix])
    return None


def unit_cost(project: dict, ind: dict, allowed: list[str] | set[str]) -> tuple[float, str, float, float] | None:
    """(万元 per unit, unit, budget 万元, count) for a 数量指标 row a budget can be divided by."""
    if ind.get("level2_std") != "数量指标" or ind.get("kind") != "numeric":
        return None
    value = ind.get("value")
    if ind.get("comparator") not in NUMBER_COMPARATORS or not value or value != value:
        return None
    counted = count_unit(ind.get("unit") or ind.get("unit_inferred"), allowed)
    budget = budget_wan(project)
    if counted is None or not budget or float(ind["value"]) <= 0:
        return None
    unit, multiplier = counted
    count = float(ind["value"]) * multiplier
    return budget / count, unit, budget, count


def rate_kind(ind: dict) -> str | None:
    """What a percentage target is a rate of: 满意度, or the X率 word in its name (合格率, 接种率)."""
    if ind.get("unit") != "%" or ind.get("kind") != "numeric" or ind.get("value") is None:
        return None
    text = _PARENS.sub("", ind.get("level3") or "") or _PARENS.sub("", ind.get("description") or "")
    if ind.get("level2_std") == "服务对象满意度指标" or _SATISFACTION.search(text):
        return "满意度"
    words = _RATE_WORD.findall(text)
    return words[-1] + "率" if words else None
