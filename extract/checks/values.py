"""The target value of each indicator row: present, typed as its level needs, plausible."""
from __future__ import annotations

import regex

from jixiao.extract.checks.issue import indicator_label, issue
from jixiao.extract.interpret.indicators import LOST_PERCENT

# Levels whose target is a count, an amount or a share: a word there cannot be
# measured at year end (财政部 guidance asks for 数量/经济成本/满意度 targets in numbers).
NUMBER_LEVELS = {"数量指标", "成本指标", "经济成本指标", "服务对象满意度指标"}
COST_LEVELS = {"成本指标", "经济成本指标"}
# A cost row may point at an amount fixed elsewhere instead of printing it
# (规定标准, 按国家标准执行, 预算批复金额): that names a number, it is not vague.
NAMES_AN_AMOUNT = regex.compile(r"标准|规定|预算|批复|定额")

# normalize's wording for a percent above 100 (normalize/_value.py, _percent_check).
PERCENT_WARNING = "% is above 100%"


def run(record: dict) -> list[dict]:
    out: list[dict] = []
    for p in record.get("projects", []):
        # A form without a 指标值确定依据 column (the 一体化 export, many 申报表) asks
        # for no basis: an empty basis is news only where the table prints some.
        prints_basis = any((ind.get("basis") or "").strip() for ind in p.get("indicators", []))
        for ind in p.get("indicators", []):
            out.extend(_empty_cells(p, ind, prints_basis))
            out.extend(_qualitative_where_number_due(p, ind))
            out.extend(_normalize_warnings_and_percent(p, ind))
    return out


def _empty_cells(p: dict, ind: dict, prints_basis: bool) -> list[dict]:
    out = []
    label = indicator_label(p, ind)
    if ind.get("kind") == "missing":
        out.append(issue("warning", "missing_value", f"{label}: 指标值 is empty (no target value is printed)", project=p, indicator=ind))
    if prints_basis and not (ind.get("basis") or "").strip():
        out.append(issue("info", "missing_basis", f"{label}: 指标值确定依据 is empty (nothing says where the target comes from)", project=p, indicator=ind))
    return out


def _qualitative_where_number_due(p: dict, ind: dict) -> list[dict]:
    if ind.get("kind") != "qualitative":
        return []
    level = ind.get("level2_std")
    if level not in NUMBER_LEVELS:
        return []
    raw = ind.get("value_raw") or ""
    if level in COST_LEVELS and NAMES_AN_AMOUNT.search(raw):
        return []
    return [issue("warning", "qualitative_target",
                  f"{indicator_label(p, ind)}: 指标值 '{raw}' is a word, but a {level} needs a number "
                  f"(a count, an amount or a percentage that can be checked at year end)", project=p, indicator=ind)]


def _normalize_warnings_and_percent(p: dict, ind: dict) -> list[dict]:
    out = []
    label = indicator_label(p, ind)
    warned_percent = False
    for w in ind.get("_warnings") or []:
        if LOST_PERCENT in w:
            out.append(issue("warning", "lost_percent", f"{label}: {w}", project=p, indicator=ind))
        elif PERCENT_WARNING in w:
            warned_percent = True
            out.append(issue("warning", "percent_over_100", f"{label}: {w}", project=p, indicator=ind))
        else:
            out.append(issue("warning", "value", f"{label}: {w}", project=p, indicator=ind))
    if not warned_percent and ind.get("unit") == "%":
        top = max((v for v in (ind.get("value"), ind.get("value_max")) if v is not None), default=None)
        if top is not None and top > 100:
            out.append(issue("warning", "percent_over_100",
                             f"{label}: 指标值 '{ind.get('value_raw')}' is above 100% (a share or rate cannot exceed the whole)",
                             project=p, indicator=ind))
    return out
