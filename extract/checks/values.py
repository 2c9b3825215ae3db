"""The target value of each indicator row: present, typed as its level needs, plausible."""
from __future__ import annotations


from jixiao.extract.checks.issue import indicator_label
from jixiao.extract.interpret.indicators import LOST_PERCENT, value_warnings
from jixiao.extract.record import Indicator, Issue, IssueCode, Project, Record
from jixiao.normalize import PERCENT_OVER_100, comparator_only, lazy_regex

# Levels whose target is a count, an amount or a share: a word there cannot be
# measured at year end (财政部 guidance asks for 数量/经济成本/满意度 targets in numbers).
NUMBER_LEVELS = {"数量指标", "成本指标", "经济成本指标", "服务对象满意度指标"}
COST_LEVELS = {"成本指标", "经济成本指标"}
# A cost row may point at an amount fixed elsewhere instead of printing it
# (规定标准, 按国家标准执行, 预算批复金额): that names a number, it is not vague.
NAMES_AN_AMOUNT = lazy_regex.compile(r"标准|规定|预算|批复|定额")


def run(record: Record, warnings: dict | None) -> list[Issue]:
    """``warnings``: normalize's for each indicator, by (project seq, indicator seq), as the
    reading made them; None: derived again from each indicator's printed value."""
    if warnings is None:
        warnings = {(p.seq, ind.seq): value_warnings(ind) for p in record.projects for ind in p.indicators}
    out: list[Issue] = []
    for p in record.projects:
        # A form without a 指标值确定依据 column (the 一体化 export, many 申报表) asks
        # for no basis: an empty basis is news only where the table prints some.
        prints_basis = any((ind.basis or "").strip() for ind in p.indicators)
        for ind in p.indicators:
            out.extend(_empty_cells(p, ind, prints_basis))
            out.extend(_qualitative_where_number_due(p, ind))
            out.extend(_normalize_warnings_and_percent(p, ind, warnings.get((p.seq, ind.seq), ())))
    return out


def _empty_cells(p: Project, ind: Indicator, prints_basis: bool) -> list[Issue]:
    out = []
    label = indicator_label(p, ind)
    if ind.kind == "missing":
        if comparator_only(ind.value_raw):  # "≥" alone: the number was cut off or never typed
            message = f"{label}: 指标值 '{ind.value_raw.strip()}' is a comparator with no number (no target value is printed)"
        else:
            message = f"{label}: 指标值 is empty (no target value is printed)"
        out.append(Issue.at(IssueCode.MISSING_VALUE, "warning", message, project=p, indicator=ind))
    if prints_basis and not (ind.basis or "").strip():
        out.append(Issue.at(IssueCode.MISSING_BASIS, "info",
                            f"{label}: 指标值确定依据 is empty (nothing says where the target comes from)",
                            project=p, indicator=ind))
    return out


def _qualitative_where_number_due(p: Project, ind: Indicator) -> list[Issue]:
    if ind.kind != "qualitative":
        return []
    level = ind.level2_std
    if level not in NUMBER_LEVELS:
        return []
    raw = ind.value_raw or ""
    if level in COST_LEVELS and NAMES_AN_AMOUNT.search(raw):
        return []
    return [Issue.at(IssueCode.QUALITATIVE_TARGET, "warning",
                  f"{indicator_label(p, ind)}: 指标值 '{raw}' is a word, but a {level} needs a number "
                  f"(a count, an amount or a percentage that can be checked at year end)", project=p, indicator=ind)]


# normalize's warning codes that are issues of their own; the others are 'value' issues.
_OWN_CODES = {LOST_PERCENT: IssueCode.LOST_PERCENT, PERCENT_OVER_100: IssueCode.PERCENT_OVER_100}


def _normalize_warnings_and_percent(p: Project, ind: Indicator, warnings) -> list[Issue]:
    out = []
    label = indicator_label(p, ind)
    for w in warnings:
        code = _OWN_CODES.get(w.code, IssueCode.VALUE)
        out.append(Issue.at(code, "warning", f"{label}: {w}", project=p, indicator=ind))
    warned_percent = any(w.code == PERCENT_OVER_100 for w in warnings)
    if not warned_percent and ind.unit == "%":
        top = max((v for v in (ind.value, ind.value_max) if v is not None), default=None)
        if top is not None and top > 100:
            out.append(Issue.at(IssueCode.PERCENT_OVER_100, "warning",
                                f"{label}: 指标值 '{ind.value_raw}' is above 100% (a share or rate cannot exceed the whole)",
                                project=p, indicator=ind))
    return out
