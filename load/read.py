"""The archive as pandas DataFrames, for analysts who would rather not write SQL."""
from __future__ import annotations

from typing import Any

import pandas as pd
from sqlalchemy import Select, select

from jixiao.load.models import Document, Indicator, Project, ProjectGoal
from jixiao.load.url import make_engine

_DOCUMENT_COLUMNS = [
    Document.id.label("document_id"), Document.sha256, Document.path, Document.format,
    Document.department, Document.department_code, Document.year, Document.title.label("document_title"),
    Document.status, Document.ocr, Document.ingested_at,
]
_PROJECT_COLUMNS = [
    Project.id.label("project_id"), Project.seq.label("project_seq"), Project.code, Project.name,
    Project.title.label("project_title"), Project.scope, Project.implementing_unit,
    Project.unit.label("budget_unit"), Project.budget_total, Project.budget_fiscal, Project.budget_other,
    Project.budget_carryover, Project.budget_total_yuan, Project.purpose,
]
_INDICATOR_COLUMNS = [
    Indicator.id.label("indicator_id"), Indicator.seq.label("indicator_seq"), Indicator.period, Indicator.level1,
    Indicator.level1_std, Indicator.level2, Indicator.level2_std, Indicator.level3, Indicator.description,
    Indicator.value_raw, Indicator.kind, Indicator.comparator, Indicator.value, Indicator.value_max,
    Indicator.unit, Indicator.unit_inferred, Indicator.amount_yuan, Indicator.reference,
    Indicator.direction, Indicator.basis, Indicator.baseline_raw, Indicator.weight,
]

# filter name -> the column it compares with equality
_FILTERS = {
    "department": Document.department,
    "department_code": Document.department_code,
    "year": Document.year,
    "document_id": Document.id,
    "sha256": Document.sha256,
    "code": Project.code,
    "scope": Project.scope,
    "period": Indicator.period,
    "level1_std": Indicator.level1_std,
    "level2_std": Indicator.level2_std,
    "kind": Indicator.kind,
    "unit": Indicator.unit,
}
_DOCUMENT_FILTERS = {"department", "department_code", "year", "document_id", "sha256"}
_PROJECT_FILTERS = _DOCUMENT_FILTERS | {"code", "scope"}


def read_indicators(db_url: str | None = None, **filters: Any) -> pd.DataFrame:
    """Indicator rows with their project and document columns.

    Filters: department, department_code, year, level1_std, level2_std, kind, unit, code,
    scope ('project' | 'department'), period ('year' | 'mid_term');
    a list or tuple matches any of its values.
    """
    query = (
        select(*_DOCUMENT_COLUMNS, *_PROJECT_COLUMNS, *_INDICATOR_COLUMNS)
        .join_from(Indicator, Project, Indicator.project_id == Project.id)
        .join(Document, Indicator.document_id == Document.id)
        .order_by(Document.id, Project.seq, Project.id, Indicator.seq, Indicator.id)
    )
    return _frame(db_url, _filtered(query, filters, set(_FILTERS)))


def read_projects(db_url: str | None = None, **filters: Any) -> pd.DataFrame:
    """Project rows with their document columns. Filters: department, year, code, scope, ...

    ``goals`` and ``goals_mid_term`` are the project's goal items, one per line.
    """
    query = (
        select(*_DOCUMENT_COLUMNS, *_PROJECT_COLUMNS)
        .join_from(Project, Document, Project.document_id == Document.id)
        .order_by(Document.id, Project.seq, Project.id)
    )
    query = _filtered(query, filters, _PROJECT_FILTERS)
    projects = _frame(db_url, query)
    chosen = query.with_only_columns(Project.id).order_by(None)
    goals = _frame(db_url, (
        select(ProjectGoal.project_id, ProjectGoal.period, ProjectGoal.text)
        .where(ProjectGoal.project_id.in_(chosen))
        .order_by(ProjectGoal.project_id, ProjectGoal.seq, ProjectGoal.id)
    ))
    for period, column in (("year", "goals"), ("mid_term", "goals_mid_term")):
        items = goals[goals["period"] == period].dropna(subset=["text"])
        joined = items.groupby("project_id")["text"].agg("\n".join)
        projects[column] = projects["project_id"].map(joined)
    return projects


def read_documents(db_url: str | None = None, **filters: Any) -> pd.DataFrame:
    """One row per draft. Filters: department, department_code, year, sha256."""
    columns = [c for c in Document.__table__.columns if c.name != "record_json"]
    query = select(*columns).order_by(Document.id)
    return _frame(db_url, _filtered(query, filters, _DOCUMENT_FILTERS))


def _filtered(query: Select, filters: dict[str, Any], allowed: set[str]) -> Select:
    unknown = set(filters) - allowed
    if unknown:
        raise TypeError(f"unknown filter(s) {sorted(unknown)}; use {sorted(allowed)}")
    for name, wanted in filters.items():
        if wanted is None:
            continue
        column = _FILTERS[name]
        if isinstance(wanted, (list, tuple, set, frozenset)):
            query = query.where(column.in_(list(wanted)))
        else:
            query = query.where(column == wanted)
    return query


def _frame(db_url: str | None, query: Select) -> pd.DataFrame:
    engine = make_engine(db_url)
    try:
        with engine.connect() as conn:
            # coerce_float: Numeric comes back as float, which is what pandas users compute with.
            return pd.read_sql_query(query, conn, coerce_float=True)
    finally:
        engine.dispose()
