"""Search the archive: ranked hits among indicators, projects and goal sections.

``search(db_url, "专利", year=2020)`` segments the query like the index (see
``load.segment``), asks each ``*_fts`` index for matching rows ranked by bm25
(SQLite) or ts_rank (PostgreSQL), joins them to their document and project, applies
the filters, and merges the three kinds by score.

The query: every word must match (``满意度 指标``); a part in double quotes is one
phrase whose Chinese characters must follow each other even where the quote puts
spaces between them (``"群众 满意度"`` finds 群众满意度).

Filters: ``department`` (substring), ``year``, ``level2`` (substring of the standard or
printed level 2), ``where`` (a ``load.where`` expression). Each draft counts once:
other renderings of a draft already in the archive (``documents.same_as``) are left
out unless ``all_files``. A filter on indicator fields
(``level2``, or a ``where`` naming one) leaves only indicator hits; an empty query lists
indicators only, in archive order.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import (
    Connection,
    Float,
    Integer,
    Select,
    func,
    literal,
    or_,
    select,
    text,
)

from jixiao.extract.errors import UserError
from jixiao.load import fts
from jixiao.load.models import Document, Indicator, Project, Section
from jixiao.load.renderings import standing_alone
from jixiao.load.segment import CJK_RUN, Clause, query_clauses
from jixiao.load.url import make_engine
from jixiao.load.where import Where

KINDS = ("indicator", "project", "section")


@dataclass
class Hit:
    hit: str  # indicator | project | section
    score: float
    department: str | None
    year: int | None
    path: str
    document_id: int
    project_id: int | None = None
    project_seq: int | None = None
    project_code: str | None = None
    project: str | None = None
    scope: str | None = None  # 'department' (整体支出) or 'project'
    implementing_unit: str | None = None
    indicator_id: int | None = None
    indicator_seq: int | None = None
    level1_std: str | None = None
    level2_std: str | None = None
    level3: str | None = None
    description: str | None = None
    value_raw: str | None = None
    kind: str | None = None
    comparator: str | None = None
    value: float | None = None
    value_max: float | None = None
    unit: str | None = None
    period: str | None = None  # 'year' or 'mid_term'
    baseline_raw: str | None = None
    section_id: int | None = None
    section_kind: str | None = None
    section_title: str | None = None
    text: str | None = None
    page: int | None = None
    line: int | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def search(
    db: str | Connection | None,
    query: str = "",
    *,
    department: str | None = None,
    year: int | None = None,
    level2: str | None = None,
    where: str | Where | None = None,
    limit: int = 20,
    kinds: Iterable[str] = KINDS,
    all_files: bool = False,
) -> list[Hit]:
    """Best ``limit`` hits for ``query`` (``WhereError`` for a bad ``where``,
    ``ArchiveTooOld`` for an archive without what search reads)."""
    if isinstance(db, Connection):
        require_search_schema(db)
        return _search(db, query, department, year, level2, where, limit, kinds, all_files)
    engine = make_engine(db)
    try:
        with engine.connect() as conn:
            require_search_schema(conn)
            return _search(conn, query, department, year, level2, where, limit, kinds, all_files)
    finally:
        engine.dispose()


class ArchiveTooOld(UserError):
    """The archive predates a table or column search reads: ``jixiao db upgrade`` adds it."""

    def __init__(self, missing: str):
        super().__init__(f"the archive's schema is older than this jixiao (no {missing}); "
                         "run `jixiao db upgrade --db URL`")


def require_search_schema(conn: Connection) -> None:
    """Look at the schema itself (not at a failed query's error text) for what search reads."""
    from sqlalchemy import inspect

    inspector = inspect(conn)
    tables = set(inspector.get_table_names())
    for source in fts.SOURCES:
        if source.fts not in tables:
            raise ArchiveTooOld(f"search index {source.fts}")
    if "same_as" not in {c["name"] for c in inspector.get_columns("documents")}:
        raise ArchiveTooOld("documents.same_as column")


def parse_query(query: str) -> list[Clause]:
    """Clauses of a query with optional ``"quoted phrases"`` (see the module docstring)."""
    clauses: list[Clause] = []
    for n, part in enumerate((query or "").split('"')):
        if n % 2:  # inside quotes: spaces between Chinese characters do not break the phrase
            part = _CJK_GAP.sub("", part)
        clauses += query_clauses(part)
    return clauses


_CJK_CHAR = CJK_RUN.pattern.removesuffix("+")  # one character of a run
_CJK_GAP = re.compile(rf"(?<={_CJK_CHAR})\s+(?={_CJK_CHAR})")


def _search(conn, query, department, year, level2, where, limit, kinds, all_files=False) -> list[Hit]:
    where = Where(where) if isinstance(where, str) and where.strip() else (where or None)
    clauses = parse_query(query or "")
    kinds = set(kinds)
    indicator_only = bool(level2) or not clauses or (where is not None and "indicators" in where.tables)
    if indicator_only:
        kinds &= {"indicator"}
    if where is not None and "projects" in where.tables:
        kinds -= {"section"}
    dialect = conn.dialect.name
    match = fts.query_text(clauses, dialect) if clauses else None

    hits: list[Hit] = []
    for kind in KINDS:
        if kind not in kinds:
            continue
        statement = _BUILDERS[kind](match, dialect)
        statement = _common_filters(statement, department, year, where)
        if not all_files:
            statement = statement.where(standing_alone())
        if kind == "indicator" and level2:
            statement = statement.where(or_(Indicator.level2_std.contains(level2, autoescape=True),
                                            Indicator.level2.contains(level2, autoescape=True)))
        statement = statement.limit(limit)
        params = {"q": match} if match else {}
        hits += [Hit(**row._asdict()) for row in conn.execute(statement, params)]
    # Ties (and the no-query listing) keep archive order: indicators, then projects, then sections.
    hits.sort(key=lambda h: -h.score)
    return hits[:limit]


def _ranked(source: fts.Source, match: str | None, dialect: str):
    return text(fts.ranked_ids_sql(source, dialect)).columns(id=Integer, score=Float).subquery(f"{source.fts}_hits")


def _document_columns():
    return [Document.department, Document.year, Document.path, Document.id.label("document_id")]


def _indicator_hits(match: str | None, dialect: str) -> Select:
    columns = [
        literal("indicator").label("hit"), *_document_columns(),
        Project.id.label("project_id"), Project.seq.label("project_seq"), Project.code.label("project_code"),
        Project.name.label("project"), Project.scope, Project.implementing_unit,
        Indicator.id.label("indicator_id"), Indicator.seq.label("indicator_seq"),
        Indicator.level1_std, Indicator.level2_std, Indicator.level3, Indicator.description,
        Indicator.value_raw, Indicator.kind, Indicator.comparator, Indicator.value, Indicator.value_max,
        Indicator.unit, Indicator.period, Indicator.baseline_raw, Indicator.page, Indicator.line,
    ]
    return _ranked_select(fts.INDICATORS, Indicator, columns, match, dialect).join(
        Project, Project.id == Indicator.project_id).join(Document, Document.id == Indicator.document_id
    ).order_by(Document.id, Project.seq, Indicator.seq, Indicator.id)


def _project_hits(match: str | None, dialect: str) -> Select:
    columns = [
        literal("project").label("hit"), *_document_columns(),
        Project.id.label("project_id"), Project.seq.label("project_seq"), Project.code.label("project_code"),
        Project.name.label("project"), Project.scope, Project.implementing_unit, Project.purpose.label("text"),
        Project.page, Project.line,
    ]
    return _ranked_select(fts.PROJECTS, Project, columns, match, dialect).join(
        Document, Document.id == Project.document_id).order_by(Document.id, Project.seq, Project.id)


def _section_hits(match: str | None, dialect: str) -> Select:
    columns = [
        literal("section").label("hit"), *_document_columns(),
        Section.id.label("section_id"), Section.kind.label("section_kind"),
        Section.title.label("section_title"), func.coalesce(Section.goal, Section.text, Section.indicator).label("text"),
    ]
    return _ranked_select(fts.SECTIONS, Section, columns, match, dialect).join(
        Document, Document.id == Section.document_id).order_by(Document.id, Section.kind, Section.seq)


def _ranked_select(source: fts.Source, model, columns: list, match: str | None, dialect: str) -> Select:
    """Rows of ``model`` ranked by the index when there is a query, else all rows with score 0."""
    if match is None:
        return select(*columns, literal(0.0).label("score")).select_from(model)
    ranked = _ranked(source, match, dialect)
    statement = select(*columns, ranked.c.score.label("score")).select_from(ranked).join(model, model.id == ranked.c.id)
    # Best first; the archive order (added by the caller) breaks ties.
    return statement.order_by(ranked.c.score.desc())


def _common_filters(statement: Select, department, year, where: Where | None) -> Select:
    if department:
        statement = statement.where(Document.department.contains(department, autoescape=True))
    if year is not None:
        statement = statement.where(Document.year == int(year))
    if where is not None:
        statement = statement.where(where.clause)
    return statement


_BUILDERS = {"indicator": _indicator_hits, "project": _project_hits, "section": _section_hits}

__all__ = ["KINDS", "Hit", "search"]
