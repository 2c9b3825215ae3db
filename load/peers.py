"""What other drafts in the archive promise: the rows an audit compares a draft with."""
from __future__ import annotations

from decimal import Decimal

import pandas as pd
from sqlalchemy import Connection, func, or_, select

from jixiao.load.connection import connected
from jixiao.load.models import Document, Indicator, Project

_PEER_COLUMNS = [
    Document.id.label("document_id"), Document.sha256, Document.path, Document.department, Document.year,
    Project.seq.label("project_seq"), Project.name.label("project"), Project.code.label("project_code"),
    Project.budget_total, Project.unit.label("budget_unit"),
    Indicator.seq.label("indicator_seq"), Indicator.level1_std, Indicator.level2_std, Indicator.level3,
    Indicator.description, Indicator.value_raw, Indicator.kind, Indicator.comparator, Indicator.value,
    Indicator.value_max, Indicator.unit, Indicator.unit_inferred,
]


def peer_indicators(target: Connection | str | None = None) -> pd.DataFrame:
    """Every numeric rate (unit %) and every numeric 数量指标 of the archive, with its draft and project.

    These are the rows peers are made of: satisfaction and other rates, and the counts a
    project's budget can be divided by (unit costs).
    """
    query = (
        select(*_PEER_COLUMNS)
        .join_from(Indicator, Project, Indicator.project_id == Project.id)
        .join(Document, Indicator.document_id == Document.id)
        # Annual targets only: a mid-term (实施期) target is not what peers promise for a year.
        .where(Indicator.kind == "numeric", or_(Indicator.unit == "%", Indicator.level2_std == "数量指标"),
               Indicator.period == "year")
        .order_by(Document.id, Project.seq, Indicator.seq)
    )
    return _frame(target, query)


def shared_indicator_texts(target: Connection | str | None = None, *, min_departments: int = 2) -> pd.DataFrame:
    """(level3, description, department) for indicator texts that several departments print word for word."""
    shared = (
        select(Indicator.level3, Indicator.description)
        .join(Document, Indicator.document_id == Document.id)
        .group_by(Indicator.level3, Indicator.description)
        .having(func.count(func.distinct(Document.department)) >= min_departments)
        .subquery()
    )
    query = (
        select(Indicator.level3, Indicator.description, Document.department).distinct()
        .join(Document, Indicator.document_id == Document.id)
        .join(shared, (Indicator.level3 == shared.c.level3)
              & ((Indicator.description == shared.c.description)
                 | (Indicator.description.is_(None) & shared.c.description.is_(None))))
    )
    return _frame(target, query)


def _frame(target, query) -> pd.DataFrame:
    """Plain Python values in object columns (Numeric as float), and the database's own errors."""
    with connected(target) as conn:
        result = conn.execute(query)
        columns = list(result.keys())
        rows = [tuple(float(v) if isinstance(v, Decimal) else v for v in row) for row in result]
    return pd.DataFrame(rows, columns=columns, dtype=object)
