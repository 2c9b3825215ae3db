"""A finding: one rule's verdict on one spot of a draft, with the evidence behind it."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from jixiao.audit.rules import Rule


@dataclass
class Finding:
    rule: str
    criterion: str
    severity: str
    points: float
    message: str
    project: int | None = None  # the project's seq; None for the draft as a whole
    indicator: int | None = None  # the indicator's seq within the project
    # rows: every (project, indicator) the finding rests on, for links into the review page
    rows: list[tuple[int, int | None]] = field(default_factory=list)
    # evidence: the numbers compared and where they came from (peer drafts, last year's draft)
    evidence: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {"rule": self.rule, "criterion": self.criterion, "severity": self.severity,
                "points": self.points, "message": self.message, "project": self.project,
                "indicator": self.indicator, "rows": [list(r) for r in self.rows], "evidence": self.evidence}


def project_label(p: dict) -> str:
    name = p.get("name") or p.get("title") or ""
    return f"project {p.get('seq')} ({name})" if name else f"project {p.get('seq')}"


def indicator_label(p: dict, ind: dict) -> str:
    name = ind.get("level3") or ind.get("description") or f"row {ind.get('seq')}"
    return f"{project_label(p)}, indicator {ind.get('seq')} {name}"


def finding(rule: Rule, facts: dict[str, Any], *, project: dict | None = None, indicator: dict | None = None,
            rows: list[tuple[int, int | None]] | None = None, evidence: dict[str, Any] | None = None) -> Finding:
    """A finding of ``rule``; ``facts`` fill its message (project and indicator labels are added)."""
    facts = dict(facts)
    if project is not None:
        facts.setdefault("project", project_label(project))
        if indicator is not None:
            facts.setdefault("indicator", indicator_label(project, indicator))
    p_seq = project.get("seq") if project else None
    i_seq = indicator.get("seq") if indicator else None
    if rows is None:
        rows = [(p_seq, i_seq)] if p_seq is not None else []
    return Finding(rule=rule.id, criterion=rule.criterion, severity=rule.severity, points=rule.points,
                   message=rule.render(facts), project=p_seq, indicator=i_seq, rows=rows,
                   evidence=evidence or {})
