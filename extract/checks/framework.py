"""Indicator levels against the standard framework (产出/效益/满意度/成本)."""
from __future__ import annotations

from jixiao.extract.checks.issue import indicator_label, project_label
from jixiao.extract.record import Indicator, Issue, IssueCode, Project, Record
from jixiao.normalize import level, near_level


def run(record: Record) -> list[Issue]:
    out: list[Issue] = []
    for p in record.projects:
        for ind in p.indicators:
            out.extend(_unknown_levels(p, ind))
        out.extend(_required_families(p))
    return out


def _unknown_levels(p: Project, ind: Indicator) -> list[Issue]:
    out = []
    for printed, std, depth, n in ((ind.level1, ind.level1_std, "一级指标 (level 1)", 1),
                                   (ind.level2, ind.level2_std, "二级指标 (level 2)", 2)):
        if printed and not std:
            out.append(Issue.at(IssueCode.UNKNOWN_LEVEL, "warning",
                             f"{indicator_label(p, ind)}: {depth} '{printed}' is outside the standard framework",
                             project=p, indicator=ind))
        elif printed and level(printed) is None and std == near_level(printed, depth=n, under=ind.level1_std if n == 2 else None):
            # Read as the one standard name it misses by a character: say so, it may be a misreading.
            out.append(Issue.at(IssueCode.UNKNOWN_LEVEL, "warning",
                             f"{indicator_label(p, ind)}: {depth} '{printed}' is outside the standard framework; "
                             f"read as {std} (one character differs: a misprint or a misreading)",
                             project=p, indicator=ind))
    return out


def _required_families(p: Project) -> list[Issue]:
    indicators = p.indicators
    if not indicators:
        return [Issue.at(IssueCode.NO_INDICATORS, "warning", f"{project_label(p)}: the 绩效目标表 has no indicator rows", project=p)]
    found = {ind.level1_std for ind in indicators}
    out = []
    if "产出指标" not in found:
        out.append(Issue.at(IssueCode.NO_OUTPUT_INDICATOR, "warning",
                         f"{project_label(p)}: no 产出指标 (output indicator): nothing says what the money buys", project=p))
    if "满意度指标" not in found:
        out.append(Issue.at(IssueCode.NO_SATISFACTION_INDICATOR, "warning",
                         f"{project_label(p)}: no 满意度指标 (satisfaction indicator): nobody served is asked", project=p))
    return out
