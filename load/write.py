"""One record (the extractor's JSON dict) to rows. Never looks at the draft's text again."""
from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import re
import time
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Iterable, Iterator

from sqlalchemy import Connection, Engine, delete, insert, select
from sqlalchemy.orm import Session

from jixiao.extract.record import Record, as_data
from jixiao.extract.textclean import clean
from jixiao.load.fts import index_document
from jixiao.load.models import (
    Document,
    ExtractionIssue,
    Indicator,
    Project,
    ProjectGoal,
    Section,
    SpendingMilestone,
    TocEntry,
)
from jixiao.load.portable import fit_row

_NO_SPACE = re.compile(r"[^\s\u00a0\u3000]+")

# How many yuan one printed unit is; units not listed leave budget_total_yuan empty.
YUAN_PER_UNIT = {"元": 1, "千元": 1_000, "万元": 10_000, "百万元": 1_000_000, "亿元": 100_000_000}

# Allowed values, the first being what a record without the key means.
SCOPES = ("project", "department")
PERIODS = ("year", "mid_term")


def write_record(
    target: Session | Connection | Engine,
    record: "Record | dict[str, Any]",
    *,
    path: str,
    sha256: str | None = None,
    keep_json: bool = True,
    deadline: "Deadline | None" = None,
) -> int:
    """Insert one draft's record and return its ``documents.id``.

    With a Session or Connection the rows join the caller's transaction (the caller
    commits: one transaction per draft); with an Engine this opens and commits its own.
    The identity is ``sha256`` if given, else ``record["source"]["sha256"]``, else the
    hash of the file at ``path``; a second write of the same identity raises the
    database's IntegrityError on ``uq_documents_sha256``.

    Rows go in chunks of ``CHUNK_ROWS``; ``deadline`` is checked between chunks and
    raises LoadTimeout once past (the caller's transaction then rolls back).
    """
    if isinstance(target, Engine):
        with target.begin() as conn:
            return write_record(conn, record, path=path, sha256=sha256, keep_json=keep_json, deadline=deadline)
    conn = target.connection() if isinstance(target, Session) else target
    record = as_data(record)  # a typed Record (extract) or its JSON form (jixiao load) → JSON data

    deadline = deadline or Deadline(None)
    document_id = _insert_document(conn, record, path=path, sha256=sha256, keep_json=keep_json)
    _insert_part_one(conn, document_id, record)
    for chunk in _chunks(record.get("projects") or [], CHUNK_PROJECTS):
        deadline.check()
        _insert_projects(conn, document_id, chunk, deadline)
    issues = (_issue_row(document_id, issue) for issue in record.get("issues") or [])
    _insert_chunked(conn, ExtractionIssue, issues, deadline)
    # Same transaction: a draft is searchable exactly when it is in the archive.
    index_document(conn, document_id, deadline=deadline)
    return document_id


def delete_other_versions(target: Session | Connection, path: str, keep_id: int) -> int:
    """Remove older documents loaded from ``path``; their rows (search index too) go by cascade."""
    conn = target.connection() if isinstance(target, Session) else target
    stale = delete(Document).where(Document.path == path, Document.id != keep_id)
    return conn.execute(stale).rowcount or 0


def document_id_for(target: Session | Connection, sha256: str) -> int | None:
    conn = target.connection() if isinstance(target, Session) else target
    return conn.execute(select(Document.id).where(Document.sha256 == sha256)).scalar()


def file_sha256(path: str | Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _insert_document(conn: Connection, record: dict, *, path: str, sha256: str | None, keep_json: bool) -> int:
    source = record.get("source") or {}
    doc = record.get("document") or {}
    extractor = record.get("extractor") or {}
    sha256 = sha256 or source.get("sha256") or file_sha256(path)
    row = {
        "sha256": sha256,
        "path": str(path),
        "format": source.get("format"),
        "pages": source.get("pages"),
        "ocr": source.get("ocr") if isinstance(source.get("ocr"), bool) else None,
        "department": _text(doc.get("department")),
        "department_code": _squash(doc.get("department_code")),
        "year": _int(doc.get("year")),
        "title": _text(doc.get("title")),
        "status": _text(doc.get("status")),
        "compiled_by": _text(doc.get("compiled_by")),
        "reviewed_by": _text(doc.get("reviewed_by")),
        "ingested_at": dt.datetime.now(dt.timezone.utc),
        "extractor_version": extractor.get("version"),
        "record_json": record if keep_json else None,
    }
    result = conn.execute(insert(Document).returning(Document.id), fit_row(Document, row))
    return result.scalar_one()


def _insert_part_one(conn: Connection, document_id: int, record: dict) -> None:
    toc = [
        {"document_id": document_id, "seq": i, "part": _int(e.get("part")),
         "title": _text(e.get("title")), "page": _int(e.get("page"))}
        for i, e in enumerate(record.get("toc") or [], 1)
    ]
    sections = [
        _section(document_id, i, "overall_goal", text=goal)
        for i, goal in enumerate(record.get("overall_goals") or [], 1)
    ]
    sections += [
        _section(document_id, i, "sub_goal", title=g.get("title"), goal=g.get("goal"), indicator=g.get("indicator"))
        for i, g in enumerate(record.get("sub_goals") or [], 1)
    ]
    sections += [
        _section(document_id, i, "safeguard", title=s.get("title"), text=s.get("text"))
        for i, s in enumerate(record.get("safeguards") or [], 1)
    ]
    _insert_chunked(conn, TocEntry, toc, Deadline(None))
    _insert_chunked(conn, Section, sections, Deadline(None))


def _section(document_id: int, seq: int, kind: str, *, title=None, text=None, goal=None, indicator=None) -> dict:
    return {"document_id": document_id, "seq": seq, "kind": kind, "title": _text(title),
            "text": _text(text), "goal": _text(goal), "indicator": _text(indicator)}


def _insert_projects(conn: Connection, document_id: int, projects: list[dict], deadline: "Deadline") -> None:
    """A chunk of projects in one statement, then their child rows in chunks: few round trips per draft."""
    if not projects:
        return
    rows = [fit_row(Project, _project_row(document_id, project)) for project in projects]
    returning = insert(Project).returning(Project.id, sort_by_parameter_order=True)
    project_ids = conn.execute(returning, rows).scalars().all()

    pairs = list(zip(project_ids, projects))
    milestones = (
        {"project_id": project_id, "month": _int(m.get("month")), "pct": _float(m.get("pct"))}
        for project_id, project in pairs for m in project.get("spending_plan") or []
    )
    goals = (goal for project_id, project in pairs for goal in _goal_rows(project_id, project))
    indicators = (
        _indicator_row(document_id, project_id, i, ind)
        for project_id, project in pairs for i, ind in enumerate(project.get("indicators") or [], 1)
    )
    for model, rows in ((SpendingMilestone, milestones), (ProjectGoal, goals), (Indicator, indicators)):
        _insert_chunked(conn, model, rows, deadline)


def _goal_rows(project_id: int, project: dict) -> Iterator[dict]:
    annual = project.get("goals") or []
    for i, goal in enumerate(annual, 1):
        yield {"project_id": project_id, "seq": i, "text": _text(goal), "period": "year"}
    # One numbering per project, so seq still orders every goal of it.
    for i, goal in enumerate(project.get("goals_mid_term") or [], 1):
        yield {"project_id": project_id, "seq": len(annual) + i, "text": _text(goal), "period": "mid_term"}


# --- bounded writing: chunks and a deadline --------------------------------------

CHUNK_ROWS = 2_000  # rows per INSERT: few round trips, and a batch's parameters stay small
CHUNK_PROJECTS = 500


class LoadTimeout(Exception):
    """The write ran past the file's deadline; the caller rolls the draft back."""


class Deadline:
    """A point in time.monotonic() past which a write gives up (None: never)."""

    def __init__(self, at: float | None):
        self.at = at

    def seconds_left(self) -> float | None:
        return None if self.at is None else self.at - time.monotonic()

    def expired(self, grace: float = 0.0) -> bool:
        return self.at is not None and time.monotonic() > self.at - grace

    def check(self) -> None:
        if self.expired():
            raise LoadTimeout()


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def _insert_chunked(conn: Connection, model, rows: Iterable[dict], deadline: Deadline) -> None:
    for chunk in _chunks(rows, CHUNK_ROWS):
        deadline.check()
        conn.execute(insert(model), [fit_row(model, row) for row in chunk])


def _project_row(document_id: int, project: dict) -> dict:
    unit = _text(project.get("unit"))
    total = _decimal(project.get("budget_total"))
    return {
        "document_id": document_id,
        "seq": _int(project.get("seq")),
        "code": _squash(project.get("code")),
        "name": _text(project.get("name")),
        "title": _text(project.get("title")),
        "department": _text(project.get("department")),
        "department_code": _squash(project.get("department_code")),
        # Records written before the department family existed have no scope: they are projects.
        "scope": _choice(project.get("scope"), SCOPES),
        "implementing_unit": _text(project.get("implementing_unit")),
        "unit": unit,
        "budget_total": total,
        "budget_fiscal": _decimal(project.get("budget_fiscal")),
        "budget_other": _decimal(project.get("budget_other")),
        "budget_carryover": _decimal(project.get("budget_carryover")),
        "budget_total_yuan": total * YUAN_PER_UNIT[unit] if total is not None and unit in YUAN_PER_UNIT else None,
        "purpose": _text(project.get("purpose")),
        "extra": project.get("extra") or None,
        "page": _int(project.get("page")),
        "bbox": project.get("bbox"),
        "line": _int(project.get("line")),
    }


def _indicator_row(document_id: int, project_id: int, position: int, ind: dict) -> dict:
    return {
        "project_id": project_id,
        "document_id": document_id,
        "seq": _int(ind.get("seq")) or position,
        "period": _choice(ind.get("period"), PERIODS),
        "level1": _text(ind.get("level1")),
        "level1_std": _text(ind.get("level1_std")),
        "level2": _text(ind.get("level2")),
        "level2_std": _text(ind.get("level2_std")),
        "level3": _text(ind.get("level3")),
        "description": _text(ind.get("description")),
        # As printed, on purpose: the one field kept byte for byte.
        "value_raw": ind.get("value_raw"),
        "kind": ind.get("kind"),
        "comparator": ind.get("comparator"),
        "value": _float(ind.get("value")),
        "value_max": _float(ind.get("value_max")),
        "unit": _text(ind.get("unit")),
        "unit_inferred": _text(ind.get("unit_inferred")),
        "amount_yuan": _decimal(ind.get("amount_yuan")),
        "reference": _text(ind.get("reference")),
        "direction": _text(ind.get("direction")),
        "sign": _text(ind.get("sign")),
        "basis": _text(ind.get("basis")),
        # As printed, like value_raw: the baseline is compared with the target by eye.
        "baseline_raw": ind.get("baseline_raw") if ind.get("baseline_raw") not in ("", None) else None,
        "weight": _float(ind.get("weight")),
        "extra": ind.get("extra") or None,
        "page": _int(ind.get("page")),
        "bbox": ind.get("bbox"),
        "line": _int(ind.get("line")),
    }


def _issue_row(document_id: int, issue: dict) -> dict:
    return {
        "document_id": document_id,
        "severity": issue.get("severity"),
        "code": issue.get("code"),
        "project_seq": _int(issue.get("project")),
        "indicator_seq": _int(issue.get("indicator")),
        "where": issue.get("where"),
        "message": issue.get("message"),
        "page": _int(issue.get("page")),
        "line": _int(issue.get("line")),
    }


def _text(value: Any) -> str | None:
    """The cleaned form CONTRACT.md asks the loader to store; empty becomes NULL."""
    if value is None:
        return None
    value = str(value)
    if _NO_SPACE.fullmatch(value):
        return value  # nothing to clean: by far the common case, and the cheap one
    return clean(value) or None


def _choice(value: Any, allowed: tuple[str, ...]) -> str:
    """The value if it is one of ``allowed``, else the default (the first)."""
    return value if value in allowed else allowed[0]


def _squash(value: Any) -> str | None:
    return "".join(str(value).split()) or None if value is not None else None


def _int(value: Any) -> int | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _float(value: Any) -> float | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _decimal(value: Any) -> Decimal | None:
    """Through ``str`` so 124.93 stays 124.93, not the float's binary neighbour."""
    if value is None or isinstance(value, bool):
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None
