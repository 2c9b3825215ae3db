"""Year over year: each project and indicator beside last year's, with what changed.

The links come from ``load/lineage.py`` (projects by code, else name; indicators by
level and name); this module says, for each matched indicator, whether its target
was kept, lowered (weakened) or raised, so the report can show "≥90% last year".
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class IndicatorChange:
    indicator: dict
    previous: dict
    change: str  # same | lowered | raised | other (not comparable: words, other unit)
    relative: float | None = None  # |new − old| / |old| for lowered and raised

    def as_dict(self) -> dict[str, Any]:
        return {"indicator": self.indicator.get("seq"), "name": self.indicator.get("level3") or self.indicator.get("description"),
                "value_raw": self.indicator.get("value_raw"), "previous_indicator": self.previous.get("seq"),
                "previous_value_raw": self.previous.get("value_raw"), "change": self.change,
                "relative": None if self.relative is None else round(self.relative, 4)}


@dataclass
class ProjectMatch:
    project: dict
    previous: dict
    matched_by: str  # code | name
    similarity: float
    indicators: list[IndicatorChange] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"project": self.project.get("seq"), "previous_project": self.previous.get("seq"),
                "previous_name": self.previous.get("name"), "previous_code": self.previous.get("code"),
                "matched_by": self.matched_by, "similarity": self.similarity,
                "indicators": [c.as_dict() for c in self.indicators]}


def compare(record: dict, previous_record: dict, *, min_similarity: float = 0.8) -> list[ProjectMatch]:
    from jixiao.load.lineage import link_indicators, link_projects

    projects = record.get("projects") or []
    links = link_projects(projects, previous_record.get("projects") or [], min_similarity=min_similarity)
    out = []
    for p in projects:
        link = links.get(p["seq"])
        if link is None:
            continue
        match = ProjectMatch(p, link.previous, link.method, link.similarity)
        # The annual targets compare with last year's; 中期 (mid_term) ones span several years.
        annual = [i for i in p.get("indicators") or [] if i.get("period") != "mid_term"]
        previous = [i for i in link.previous.get("indicators") or [] if i.get("period") != "mid_term"]
        matched = link_indicators(annual, previous)
        for ind in annual:
            old = matched.get(ind["seq"])
            if old is not None:
                match.indicators.append(_change(ind, old))
        out.append(match)
    return out


def _change(ind: dict, old: dict) -> IndicatorChange:
    if (ind.get("value_raw") or "").split() == (old.get("value_raw") or "").split():
        return IndicatorChange(ind, old, "same")
    if ind.get("kind") != "numeric" or old.get("kind") != "numeric":
        return IndicatorChange(ind, old, "other")
    new_v, old_v = ind.get("value"), old.get("value")
    if new_v is None or old_v is None:
        return IndicatorChange(ind, old, "other")
    if (ind.get("unit") or ind.get("unit_inferred")) != (old.get("unit") or old.get("unit_inferred")):
        return IndicatorChange(ind, old, "other")  # 万人 against 人: not the same scale; say nothing wrong
    if new_v == old_v:
        return IndicatorChange(ind, old, "same")
    # A ≤ target (反向: cost, complaints, days) is weakened by raising it.
    reverse = ind.get("direction") == "反向" or ind.get("comparator") in ("<=", "<")
    relative = abs(new_v - old_v) / abs(old_v) if old_v else 1.0
    weaker = (new_v < old_v) != reverse
    return IndicatorChange(ind, old, "lowered" if weaker else "raised", relative)
