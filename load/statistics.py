"""What the archive holds, counted: the queries behind ``jixiao stats``.

Each draft counts once: other renderings of a draft (``documents.same_as``) are left
out unless ``all_files``. The results are plain dataclasses; jixiao.stats renders
them as text or HTML.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Connection, Engine, case, distinct, func, or_, select, true

from jixiao.load.models import Document, ExtractionIssue, Indicator, Project
from jixiao.load.renderings import standing_alone

# Indicators a project is expected to have: the framework's 满意度 and 成本 groups.
SATISFACTION = ("满意度",)
COST = ("成本",)
SEVERITY_WEIGHT = {"error": 10, "warning": 3, "info": 1}


@dataclass
class Distribution:
    title: str
    rows: list[tuple[str, int]]  # (label, count): largest first, or in the order of the label (years)
    note: str = ""


@dataclass
class DepartmentRow:
    department: str
    drafts: int
    projects: int
    indicators: int
    quantitative: int
    without_satisfaction: int
    without_cost: int

    @property
    def quantitative_share(self) -> float:
        return self.quantitative / self.indicators if self.indicators else 0.0


@dataclass
class DraftToCheck:
    document_id: int
    path: str
    department: str
    year: int | None
    errors: int
    warnings: int
    infos: int


@dataclass
class Stats:
    totals: dict[str, int]
    distributions: list[Distribution] = field(default_factory=list)
    issues: list[Distribution] = field(default_factory=list)
    drafts_to_check: list[DraftToCheck] = field(default_factory=list)
    departments: list[DepartmentRow] = field(default_factory=list)
    all_files: bool = False


def compute(conn: Connection | Engine, top: int = 25, *, all_files: bool = False) -> Stats:
    """The archive's statistics (``conn``: a Connection, or an Engine to open one from)."""
    if isinstance(conn, Engine):
        with conn.connect() as opened:
            return compute(opened, top, all_files=all_files)
    counted = true() if all_files else standing_alone()
    docs = select(Document.id).where(counted)
    ind = Indicator.document_id.in_(docs)
    totals = {
        "documents": conn.execute(select(func.count()).select_from(Document).where(counted)).scalar_one(),
        "projects": conn.execute(select(func.count()).select_from(Project).where(Project.document_id.in_(docs))).scalar_one(),
        "indicators": conn.execute(select(func.count()).select_from(Indicator).where(ind)).scalar_one(),
        "departments": conn.execute(select(func.count(distinct(Document.department))).where(counted)).scalar_one(),
        "numeric indicators": conn.execute(
            select(func.count()).select_from(Indicator).where(ind, Indicator.kind == "numeric")).scalar_one(),
        "issues": conn.execute(select(func.count()).select_from(ExtractionIssue)
                               .where(ExtractionIssue.document_id.in_(docs))).scalar_one(),
    }
    if not all_files:
        totals["other renderings"] = conn.execute(
            select(func.count()).select_from(Document).where(~counted)).scalar_one()
    by_document = Document.__table__
    with_document = Indicator.__table__.join(Document.__table__, Indicator.document_id == Document.id)
    indicators = Indicator.__table__
    d = _Distributions(conn, counted, top)
    dists = [
        d.of("Drafts by year", Document.year, by_document, by_label=True),
        d.of("Drafts by department", Document.department, by_document),
        d.of("Indicators by year", Document.year, with_document, by_label=True),
        d.of("Indicators by department", Document.department, with_document),
        d.of("Indicators by level 1 (standard)", Indicator.level1_std, indicators, scoped=ind),
        d.of("Indicators by level 2 (standard)", Indicator.level2_std, indicators, scoped=ind),
        d.of("Indicators by kind of value", Indicator.kind, indicators, scoped=ind),
        d.of("Indicators by unit", Indicator.unit, indicators, scoped=ind),
        d.of("Indicators by comparator", Indicator.comparator, indicators, scoped=ind),
    ]
    issue_scope = ExtractionIssue.document_id.in_(docs)
    issues_by_document = ExtractionIssue.__table__.join(Document.__table__, ExtractionIssue.document_id == Document.id)
    issues = [
        d.of("Issues by code", ExtractionIssue.code, ExtractionIssue.__table__, scoped=issue_scope),
        d.of("Issues by department", Document.department, issues_by_document),
    ]
    return Stats(totals=totals, distributions=dists, issues=issues,
                 drafts_to_check=_drafts_to_check(conn, counted, top),
                 departments=_departments(conn, counted, top), all_files=all_files)


class _Distributions:
    def __init__(self, conn: Connection, counted, top: int):
        self.conn, self.counted, self.top = conn, counted, top

    def of(self, title: str, column, source, *, by_label: bool = False, scoped=None) -> Distribution:
        n = func.count().label("n")
        statement = select(column, n).select_from(source).group_by(column)
        statement = statement.where(scoped if scoped is not None else self.counted)
        rows = self.conn.execute(statement.order_by(n.desc(), column)).all()
        labelled = [("(none)" if value is None else str(value), count) for value, count in rows]
        note = ""
        if len(labelled) > self.top:
            rest = sum(c for _, c in labelled[self.top:])
            note = f"{len(labelled) - self.top} more values with {rest} rows not shown"
            labelled = labelled[: self.top]
        if by_label:  # years read left to right in time, the unknown last
            labelled.sort(key=lambda row: (row[0] == "(none)", row[0]))
        return Distribution(title, labelled, note)


def _has(level_words: tuple[str, ...]):
    """An indicator of the group whose standard level 1 or 2 names one of ``level_words``."""
    return or_(*[or_(Indicator.level1_std.contains(w, autoescape=True), Indicator.level2_std.contains(w, autoescape=True))
                 for w in level_words])


def _departments(conn: Connection, counted, top: int) -> list[DepartmentRow]:
    department = func.coalesce(Document.department, "(none)")
    quantitative = func.sum(case((Indicator.kind == "numeric", 1), else_=0))
    per_indicator = conn.execute(
        select(department.label("d"), func.count(Indicator.id), quantitative)
        .select_from(Indicator.__table__.join(Document.__table__, Indicator.document_id == Document.id))
        .where(counted).group_by(department)
    ).all()
    has_satisfaction = select(Indicator.project_id).where(_has(SATISFACTION))
    has_cost = select(Indicator.project_id).where(_has(COST))
    per_project = conn.execute(
        select(department.label("d"), func.count(distinct(Document.id)), func.count(Project.id),
               func.sum(case((Project.id.not_in(has_satisfaction), 1), else_=0)),
               func.sum(case((Project.id.not_in(has_cost), 1), else_=0)))
        .select_from(Project.__table__.join(Document.__table__, Project.document_id == Document.id))
        .where(counted).group_by(department)
    ).all()
    indicators = {row[0]: (row[1], int(row[2] or 0)) for row in per_indicator}
    out = [DepartmentRow(name, drafts, projects, *indicators.get(name, (0, 0)), int(no_sat or 0), int(no_cost or 0))
           for name, drafts, projects, no_sat, no_cost in per_project]
    out.sort(key=lambda r: (-r.projects, r.department))
    return out[:top]


def _drafts_to_check(conn: Connection, counted, top: int) -> list[DraftToCheck]:
    """Drafts with the most (and the most serious) issues first."""
    def count(severity):
        return func.sum(case((ExtractionIssue.severity == severity, 1), else_=0))

    weight = sum(count(s) * w for s, w in SEVERITY_WEIGHT.items())
    rows = conn.execute(
        select(Document.id, Document.path, Document.department, Document.year,
               count("error"), count("warning"), count("info"))
        .select_from(ExtractionIssue.__table__.join(Document.__table__, ExtractionIssue.document_id == Document.id))
        .where(counted).group_by(Document.id, Document.path, Document.department, Document.year)
        .order_by(weight.desc(), Document.id).limit(min(top, 20))
    ).all()
    return [DraftToCheck(r[0], r[1], r[2] or "(none)", r[3], int(r[4] or 0), int(r[5] or 0), int(r[6] or 0))
            for r in rows]



__all__ = ["Stats", "Distribution", "DepartmentRow", "DraftToCheck", "compute", "SATISFACTION", "COST",
           "SEVERITY_WEIGHT"]
