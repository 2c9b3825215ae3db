"""One draft's audit: run the four criteria's checks on a record and score the result."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from jixiao.audit import appropriateness, completeness, feasibility, relevance, scoring
from jixiao.audit.context import AuditContext
from jixiao.audit.finding import Finding
from jixiao.audit.rules import CRITERIA, RuleSet

CHECKS = (completeness, relevance, appropriateness, feasibility)  # in the order of CRITERIA
_SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


@dataclass
class DraftAudit:
    record: dict[str, Any]
    findings: list[Finding]
    scores: dict[str, float]
    overall: float
    projects: list[dict[str, Any]]
    notes: list[str] = field(default_factory=list)
    previous: dict[str, Any] | None = None  # last year's draft the targets were compared with
    year_over_year: list[dict[str, Any]] = field(default_factory=list)  # matched projects and their targets

    @property
    def document(self) -> dict[str, Any]:
        return self.record.get("document") or {}

    @property
    def source(self) -> dict[str, Any]:
        return self.record.get("source") or {}

    def label(self) -> str:
        doc = self.document
        return " ".join(str(x) for x in (doc.get("department"), doc.get("year")) if x) or str(self.source.get("path"))

    def rules_used(self) -> list[str]:
        return sorted({f.rule for f in self.findings})

    def as_dict(self) -> dict[str, Any]:
        doc, src = self.document, self.source
        return {
            "draft": {"path": src.get("path"), "sha256": src.get("sha256"), "department": doc.get("department"),
                      "department_code": doc.get("department_code"), "year": doc.get("year"), "title": doc.get("title")},
            "scores": self.scores, "overall": self.overall, "score_rule": scoring.RULE,
            "previous_draft": self.previous, "year_over_year": self.year_over_year,
            "notes": self.notes, "projects": self.projects,
            "findings": [f.as_dict() for f in self.findings],
        }


def _reading_order(f: Finding) -> tuple:
    """Draft-level first, then by project (a finding on several projects' rows at its first), criterion, severity."""
    project = f.project if f.project is not None else (f.rows[0][0] if f.rows else 0)
    return (project, CRITERIA.index(f.criterion), _SEVERITY_ORDER[f.severity], f.indicator or 0, f.rule)


def audit_record(record: dict, rules: RuleSet, ctx: AuditContext) -> DraftAudit:
    findings: list[Finding] = []
    for check in CHECKS:
        findings += check.run(record, rules, ctx)
    findings.sort(key=_reading_order)
    seqs = [p["seq"] for p in record.get("projects") or []]
    scores = scoring.draft_scores(findings, seqs)
    projects = [{"seq": p["seq"], "code": p.get("code"), "name": p.get("name"),
                 "scores": scoring.project_scores(findings, p["seq"]),
                 "findings": sum(1 for f in findings if scoring.touches(f, p["seq"]))}
                for p in record.get("projects") or []]
    previous = None
    if ctx.previous is not None:
        previous = {"department": ctx.previous.department, "year": ctx.previous.year, "path": ctx.previous.path,
                    "sha256": ctx.previous.sha256}
    return DraftAudit(record=record, findings=findings, scores=scores, overall=scoring.overall(scores),
                      projects=projects, notes=list(ctx.notes), previous=previous,
                      year_over_year=[m.as_dict() for m in ctx.year_over_year])
