"""The archive's tables: one row per draft, project, indicator, ... named for analysts' SQL.

Every child row cascades from its document, so replacing or deleting a draft is
a single ``DELETE FROM documents``.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    MetaData,
    Numeric,
    String,
    Text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Stable constraint names: Alembic migrations and error handling refer to them.
NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

Money = Numeric(18, 4)
# JSONB on PostgreSQL: analysts get ->, ->> and GIN indexes; plain JSON text elsewhere.
Json = JSON().with_variant(JSONB(), "postgresql")


def _document_fk() -> Mapped[int]:
    return mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)


def _project_fk() -> Mapped[int]:
    return mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), index=True)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Document(Base):
    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    path: Mapped[str] = mapped_column(Text, index=True)
    format: Mapped[str | None] = mapped_column(String(16))
    pages: Mapped[int | None]
    # True where any of the text came from OCR (scans, images): worth a second look.
    ocr: Mapped[bool | None] = mapped_column(Boolean)
    department: Mapped[str | None] = mapped_column(Text, index=True)
    department_code: Mapped[str | None] = mapped_column(String(32))
    year: Mapped[int | None] = mapped_column(index=True)
    title: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str | None] = mapped_column(String(32))
    compiled_by: Mapped[str | None] = mapped_column(Text)
    reviewed_by: Mapped[str | None] = mapped_column(Text)
    ingested_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    extractor_version: Mapped[str | None] = mapped_column(String(64))
    # Another rendering of the same draft, loaded first (load/renderings.py): counted once.
    # No foreign key: SQLite can only add one inline, which it does not reflect back, and
    # a deleted representative is replaced by relinking (an unknown id counts as alone).
    same_as: Mapped[int | None] = mapped_column(index=True)
    record_json: Mapped[dict[str, Any] | None] = mapped_column(Json)


class TocEntry(Base):
    __tablename__ = "toc_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = _document_fk()
    seq: Mapped[int]
    part: Mapped[int | None]
    title: Mapped[str | None] = mapped_column(Text)
    page: Mapped[int | None]


class Section(Base):
    """Part one of a draft: overall goals, sub-goals and safeguards, one row per item."""

    __tablename__ = "sections"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = _document_fk()
    seq: Mapped[int]
    kind: Mapped[str] = mapped_column(String(16))  # overall_goal | sub_goal | safeguard
    title: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str | None] = mapped_column(Text)
    goal: Mapped[str | None] = mapped_column(Text)
    indicator: Mapped[str | None] = mapped_column(Text)


class Project(Base):
    __tablename__ = "projects"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = _document_fk()
    seq: Mapped[int | None]
    code: Mapped[str | None] = mapped_column(String(64), index=True)
    name: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    department: Mapped[str | None] = mapped_column(Text)
    department_code: Mapped[str | None] = mapped_column(String(32))
    # 'department' for a 部门(单位)整体支出绩效目标表, 'project' for everything else.
    scope: Mapped[str] = mapped_column(String(16), default="project", server_default="project", index=True)
    implementing_unit: Mapped[str | None] = mapped_column(Text)
    unit: Mapped[str | None] = mapped_column(String(16))
    budget_total: Mapped[Decimal | None] = mapped_column(Money)
    budget_fiscal: Mapped[Decimal | None] = mapped_column(Money)
    budget_other: Mapped[Decimal | None] = mapped_column(Money)
    budget_carryover: Mapped[Decimal | None] = mapped_column(Money)
    budget_total_yuan: Mapped[Decimal | None] = mapped_column(Numeric(20, 2))
    purpose: Mapped[str | None] = mapped_column(Text)
    extra: Mapped[dict[str, Any] | None] = mapped_column(Json)
    page: Mapped[int | None]
    bbox: Mapped[Any | None] = mapped_column(Json)
    line: Mapped[int | None]


class SpendingMilestone(Base):
    __tablename__ = "spending_milestones"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = _project_fk()
    month: Mapped[int | None]
    pct: Mapped[float | None] = mapped_column(Float)


class ProjectGoal(Base):
    __tablename__ = "project_goals"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = _project_fk()
    seq: Mapped[int]
    text: Mapped[str | None] = mapped_column(Text)
    # 'year' for 年度目标, 'mid_term' for 中期/实施期目标 printed beside them.
    period: Mapped[str] = mapped_column(String(16), default="year", server_default="year")


class Indicator(Base):
    __tablename__ = "indicators"
    __table_args__ = (Index("ix_indicators_kind_value", "kind", "value"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = _project_fk()
    # Redundant with project_id, kept so per-draft queries need no join. Indexed, but
    # no foreign key: the project's already ties the row to its document, and a second
    # check per row cost PostgreSQL a tenth of its work in a load (migration 0009).
    document_id: Mapped[int] = mapped_column(index=True)
    seq: Mapped[int | None]
    # 'year' (年度) or 'mid_term' (中期/实施期) where a form prints both sets.
    period: Mapped[str] = mapped_column(String(16), default="year", server_default="year")
    level1: Mapped[str | None] = mapped_column(Text)
    level1_std: Mapped[str | None] = mapped_column(String(32))
    level2: Mapped[str | None] = mapped_column(Text)
    level2_std: Mapped[str | None] = mapped_column(String(32), index=True)
    level3: Mapped[str | None] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    value_raw: Mapped[str | None] = mapped_column(Text)
    kind: Mapped[str | None] = mapped_column(String(16))
    comparator: Mapped[str | None] = mapped_column(String(2))
    value: Mapped[float | None] = mapped_column(Float)
    value_max: Mapped[float | None] = mapped_column(Float)
    unit: Mapped[str | None] = mapped_column(String(16))
    unit_inferred: Mapped[str | None] = mapped_column(String(16))
    amount_yuan: Mapped[Decimal | None] = mapped_column(Numeric(20, 2))
    reference: Mapped[str | None] = mapped_column(Text)
    direction: Mapped[str | None] = mapped_column(String(8))
    sign: Mapped[str | None] = mapped_column(Text)
    basis: Mapped[str | None] = mapped_column(Text)
    # The prior level printed beside the target (上年度实际水平), as printed.
    baseline_raw: Mapped[str | None] = mapped_column(Text)
    weight: Mapped[float | None] = mapped_column(Float)
    extra: Mapped[dict[str, Any] | None] = mapped_column(Json)
    page: Mapped[int | None]
    bbox: Mapped[Any | None] = mapped_column(Json)
    line: Mapped[int | None]


class ExtractionIssue(Base):
    __tablename__ = "extraction_issues"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = _document_fk()
    severity: Mapped[str | None] = mapped_column(String(16))
    code: Mapped[str | None] = mapped_column(String(64))
    project_seq: Mapped[int | None]
    indicator_seq: Mapped[int | None]
    where: Mapped[str | None] = mapped_column(Text)
    message: Mapped[str | None] = mapped_column(Text)
    page: Mapped[int | None]
    line: Mapped[int | None]


class IngestRun(Base):
    __tablename__ = "ingest_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    started_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    args: Mapped[Any | None] = mapped_column(Json)
    files_ok: Mapped[int] = mapped_column(default=0)
    files_failed: Mapped[int] = mapped_column(default=0)
    files_skipped: Mapped[int] = mapped_column(default=0)
    # running | finished | interrupted; a run whose process died is marked by the next run.
    status: Mapped[str | None] = mapped_column(String(16))
    host: Mapped[str | None] = mapped_column(Text)
    pid: Mapped[int | None]
    heartbeat_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class IngestFile(Base):
    __tablename__ = "ingest_files"

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("ingest_runs.id", ondelete="CASCADE"), index=True)
    path: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str | None] = mapped_column(String(64), index=True)
    status: Mapped[str] = mapped_column(String(8))  # ok | failed | skipped
    error: Mapped[str | None] = mapped_column(Text)
    # The log outlives a replaced document: the link is cleared, the line stays.
    document_id: Mapped[int | None] = mapped_column(
        ForeignKey("documents.id", ondelete="SET NULL"), index=True
    )
    seconds_extract: Mapped[float | None] = mapped_column(Float)
    seconds_load: Mapped[float | None] = mapped_column(Float)


class IngestClaim(Base):
    """A file some run is extracting now: concurrent ingests extract each file once.

    The primary key is the referee: the run whose INSERT succeeds extracts the file;
    the claim goes when the file is settled, or with its run once that run is gone.
    """

    __tablename__ = "ingest_claims"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("ingest_runs.id", ondelete="CASCADE"), index=True)
    path: Mapped[str] = mapped_column(Text)
    claimed_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))

# The search index (load/fts.py) lives beside these tables in raw SQL; Alembic's
# comparisons of models and database must not mistake it for drift.
from jixiao.load.fts import hide_from_autogenerate as _hide_search_index  # noqa: E402

_hide_search_index()
