"""What the archive holds: counts and distributions, as text or a self-contained HTML report.

Besides the counts (by year in year order, by department, level, kind of value, unit)
the report answers the questions a reviewer brings: which issues the extraction found
(by code, by department, and the drafts to look at first), and how departments compare
(the share of quantitative indicators; projects without a 满意度 or a 成本 indicator).

Each draft counts once: other renderings of a draft (``documents.same_as``) are left
out unless ``all_files``. The HTML page (``templates/stats.html.j2``, autoescaped:
every label comes from drafts) loads nothing from anywhere, so it opens offline and
can be mailed as one file.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import Connection, case, distinct, func, or_, select, true

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


def compute(conn: Connection, top: int = 25, *, all_files: bool = False) -> Stats:
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


# --- text ------------------------------------------------------------------------


def to_text(stats: Stats, width: int = 30) -> str:
    lines = ["Archive: " + ", ".join(f"{v} {k}" for k, v in stats.totals.items())]
    if not stats.all_files and stats.totals.get("other renderings"):
        lines.append("(each draft counted once; --all-files counts every file)")
    lines.append("")
    for dist in [*stats.distributions, *stats.issues]:
        lines += _text_distribution(dist, width)
    if stats.drafts_to_check:
        lines.append("Drafts to look at first (errors, warnings, notes)")
        for d in stats.drafts_to_check:
            lines.append(f"  {d.errors:>3} {d.warnings:>3} {d.infos:>3}  {d.department} {d.year or ''}  {d.path}")
        lines.append("")
    if stats.departments:
        lines.append("Departments compared (quantitative share; projects without 满意度 / 成本 indicators)")
        label_width = min(max(_display_width(r.department) for r in stats.departments), 40)
        for r in stats.departments:
            pad = " " * max(label_width - _display_width(r.department), 0)
            lines.append(f"  {r.department}{pad}  {r.quantitative_share:>5.0%} of {r.indicators:>5} indicators;"
                         f"  {r.without_satisfaction:>3} / {r.without_cost:>3} of {r.projects} projects")
        lines.append("")
    return "\n".join(lines)


def _text_distribution(dist: Distribution, width: int) -> list[str]:
    lines = [dist.title]
    if not dist.rows:
        return lines + ["  (nothing)", ""]
    biggest = max(c for _, c in dist.rows) or 1
    label_width = min(max(_display_width(label) for label, _ in dist.rows), 40)
    for label, count in dist.rows:
        pad = " " * max(label_width - _display_width(label), 0)
        bar = "█" * max(1, round(width * count / biggest)) if count else ""
        lines.append(f"  {label}{pad}  {count:>7}  {bar}")
    if dist.note:
        lines.append(f"  ({dist.note})")
    lines.append("")
    return lines


def _display_width(text: str) -> int:
    """Terminal columns: CJK characters take two."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


# --- HTML ------------------------------------------------------------------------


def to_html(stats: Stats, *, title: str = "jixiao archive statistics") -> str:
    from jixiao.templates import render

    return render("stats.html.j2", stats=stats, title=title, bars=bars,
                  generated=dt.datetime.now().strftime("%Y-%m-%d %H:%M"))


def bars(rows: list[tuple[str, int]]) -> list[tuple[str, int, float]]:
    """``(label, count, percent of the largest)`` for a chart's bars."""
    biggest = max((c for _, c in rows), default=0) or 1
    return [(label, count, round(100 * count / biggest, 2)) for label, count in rows]


__all__ = ["Stats", "Distribution", "DepartmentRow", "DraftToCheck", "compute", "to_text", "to_html"]
