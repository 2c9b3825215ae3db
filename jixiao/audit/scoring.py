"""Scores a reviewer can sort by: 100 per criterion, less the points of each finding.

A project's score per criterion is 100 minus the points of its findings under that
criterion (never below 0); a finding about rows of several projects (the same text
copied into each) costs each of them. A draft's score is the mean of its projects'
scores minus the points of its draft-level findings (never below 0); its overall
score is the mean of its four criteria. The points of every rule are in the rules table.
"""
from __future__ import annotations

from jixiao.audit.finding import Finding
from jixiao.audit.rules import CRITERIA

RULE = ("score = 100 − Σ points of the findings under the criterion; a draft's = mean of its projects' "
        "− Σ points of draft-level findings; overall = mean of the four criteria")


def touches(f: Finding, seq: int) -> bool:
    if f.project is not None:
        return f.project == seq
    return any(q == seq for q, _ in f.rows)


def _draft_level(f: Finding) -> bool:
    return f.project is None and not f.rows


def project_scores(findings: list[Finding], seq: int) -> dict[str, float]:
    return {c: max(0.0, 100.0 - sum(f.points for f in findings if f.criterion == c and touches(f, seq)))
            for c in CRITERIA}


def draft_scores(findings: list[Finding], seqs: list[int]) -> dict[str, float]:
    per_project = [project_scores(findings, s) for s in seqs]
    out = {}
    for c in CRITERIA:
        base = sum(s[c] for s in per_project) / len(per_project) if per_project else 100.0
        own = sum(f.points for f in findings if f.criterion == c and _draft_level(f))
        out[c] = round(max(0.0, base - own), 1)
    return out


def overall(scores: dict[str, float]) -> float:
    return round(sum(scores[c] for c in CRITERIA) / len(CRITERIA), 1)
