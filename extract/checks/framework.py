"""Indicator levels against the standard framework (产出/效益/满意度/成本)."""
from __future__ import annotations

from jixiao.extract.checks.issue import indicator_label, issue, project_label


def run(record: dict) -> list[dict]:
    out: list[dict] = []
    for p in record.get("projects", []):
        for ind in p.get("indicators", []):
            out.extend(_unknown_levels(p, ind))
        out.extend(_required_families(p))
    return out


def _unknown_levels(p: dict, ind: dict) -> list[dict]:
    out = []
    for level in ("level1", "level2"):
        printed = ind.get(level)
        if printed and not ind.get(f"{level}_std"):
            depth = "一级指标 (level 1)" if level == "level1" else "二级指标 (level 2)"
            out.append(issue("warning", "unknown_level",
                             f"{indicator_label(p, ind)}: {depth} '{printed}' is outside the standard framework",
                             project=p, indicator=ind))
    return out


def _required_families(p: dict) -> list[dict]:
    indicators = p.get("indicators") or []
    if not indicators:
        return [issue("warning", "no_indicators", f"{project_label(p)}: the 绩效目标表 has no indicator rows", project=p)]
    found = {ind.get("level1_std") for ind in indicators}
    out = []
    if "产出指标" not in found:
        out.append(issue("warning", "no_output_indicator",
                         f"{project_label(p)}: no 产出指标 (output indicator): nothing says what the money buys", project=p))
    if "满意度指标" not in found:
        out.append(issue("warning", "no_satisfaction_indicator",
                         f"{project_label(p)}: no 满意度指标 (satisfaction indicator): nobody served is asked", project=p))
    return out
