"""Drafts' rows (load.rows) into the archive: ids drawn, then one bulk insert per table.

The rows come ready (cleaned, checked by ``portable``, segmented for the search
index), usually from the worker that extracted the draft, so the writer's own work
per draft is small: draw ids for the new rows others point at (documents, sections,
projects, indicators; the rest take their column default), then one ``executemany``
(SQLite) or ``COPY`` (PostgreSQL) per table for the whole batch, the search index
included. The caller's transaction makes a batch atomic; callers that must keep
one draft's failure from costing the others retry draft by draft in savepoints.
"""
from __future__ import annotations

import hashlib
import itertools
import struct
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

from sqlalchemy import Connection, Engine, delete, select
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from jixiao.extract.record import as_record
from jixiao.load.models import Document
from jixiao.load.rows import (
    DOCUMENT_COLUMNS,
    GOAL_COLUMNS,
    INDICATOR_COLUMNS,
    ISSUE_COLUMNS,
    MILESTONE_COLUMNS,
    PROJECT_COLUMNS,
    SECTION_COLUMNS,
    TOC_COLUMNS,
    YUAN_PER_UNIT,
    DraftRows,
    draft_rows,
    ingested_at,
    record_identity,
)
from jixiao.load.url import SQLITE_BEGIN

__all__ = ["write_record", "write_drafts", "write_batch", "BatchResult", "bound_statements", "DraftRows", "draft_rows", "Deadline", "LoadTimeout", "YUAN_PER_UNIT",
           "document_id_for", "loaded_ids", "file_sha256"]

CHUNK_ROWS = 2_000  # rows per executemany or COPY between deadline checks


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
    commits); with an Engine this opens and commits its own. The identity is
    ``sha256`` if given, else ``record["source"]["sha256"]``, else the hash of the file
    at ``path``; a second write of the same identity raises the database's
    IntegrityError on ``uq_documents_sha256``. ``deadline`` is checked between chunks
    and raises LoadTimeout once past (the caller's transaction then rolls back).
    """
    if isinstance(target, Engine):
        with target.begin() as conn:
            return write_record(conn, record, path=path, sha256=sha256, keep_json=keep_json, deadline=deadline)
    conn = target.connection() if isinstance(target, Session) else target
    record = as_record(record)  # JSON data (a gold, an older caller) is converted and checked

    deadline = deadline or Deadline(None)
    sha256 = sha256 or record_identity(record)[0] or file_sha256(path)
    rows = draft_rows(record, path=path, sha256=sha256, dialect=conn.dialect.name, keep_json=keep_json,
                      check=deadline.check)
    return write_drafts(conn, [rows], deadline=deadline)[0]


def write_drafts(conn: Connection, drafts: Sequence[DraftRows], *, deadline: "Deadline | None" = None) -> list[int]:
    """Insert the drafts' rows in the caller's transaction; returns their ``documents.id`` in order.

    On SQLite the transaction must hold the write lock before ids are drawn (they are
    the tables' next ids): callers begin it IMMEDIATE (``load.url.SQLITE_BEGIN``) or
    have written in it already.
    """
    deadline = deadline or Deadline(None)
    if not drafts:
        return []
    for draft in drafts:
        if draft.dialect != conn.dialect.name:
            raise ValueError(f"rows built for {draft.dialect}, written to {conn.dialect.name}")
    ids = _Ids(conn)
    stamp = ingested_at(conn.dialect.name)
    out = _Out(conn, deadline)
    documents = [(*d.document[:-1], stamp, d.document[-1]) for d in drafts]
    if out.sqlite:
        # The first draft's document lets SQLite choose its id: that write takes the write
        # lock (if the caller's BEGIN did not), and from then on the next ids are ours.
        document_ids = out.insert_returning_ids("documents", (*DOCUMENT_COLUMNS, "ingested_at", "record_json"),
                                                documents[:1])
        document_ids += ids.draw("documents", len(documents) - 1)
        out.put("documents", ("id", *DOCUMENT_COLUMNS, "ingested_at", "record_json"),
                [(i, *row) for i, row in zip(document_ids[1:], documents[1:])])
    else:
        document_ids = ids.draw("documents", len(drafts))
        out.put("documents", ("id", *DOCUMENT_COLUMNS, "ingested_at", "record_json"),
                [(i, *row) for i, row in zip(document_ids, documents)])
    out.put("toc_entries", ("document_id", *TOC_COLUMNS),
            [(doc, *row) for doc, d in zip(document_ids, drafts) for row in d.toc])

    sections = [(doc, row) for doc, d in zip(document_ids, drafts) for row in d.sections]
    section_ids = ids.draw("sections", len(sections))
    out.put("sections", ("id", "document_id", *SECTION_COLUMNS),
            [(i, doc, *row) for i, (doc, row) in zip(section_ids, sections)])

    projects = [(doc, row) for doc, d in zip(document_ids, drafts) for row in d.projects]
    project_ids = ids.draw("projects", len(projects))
    out.put("projects", ("id", "document_id", *PROJECT_COLUMNS),
            [(i, doc, *row) for i, (doc, row) in zip(project_ids, projects)])
    # Each draft's project positions, as ids.
    first_project, owners = 0, []
    for doc, d in zip(document_ids, drafts):
        owners.append((doc, project_ids[first_project:first_project + len(d.projects)]))
        first_project += len(d.projects)

    out.put("spending_milestones", ("project_id", *MILESTONE_COLUMNS),
            [(mine[row[0]], *row[1:]) for (_, mine), d in zip(owners, drafts) for row in d.milestones])
    out.put("project_goals", ("project_id", *GOAL_COLUMNS),
            [(mine[row[0]], *row[1:]) for (_, mine), d in zip(owners, drafts) for row in d.goals])
    indicators = [(mine[row[0]], doc, row[1:]) for (doc, mine), d in zip(owners, drafts) for row in d.indicators]
    indicator_ids = ids.draw("indicators", len(indicators))
    out.put("indicators", ("id", "project_id", "document_id", *INDICATOR_COLUMNS),
            [(i, project, doc, *row) for i, (project, doc, row) in zip(indicator_ids, indicators)])
    out.put("extraction_issues", ("document_id", *ISSUE_COLUMNS),
            [(doc, *row) for doc, d in zip(document_ids, drafts) for row in d.issues])

    # Same transaction: a draft is searchable exactly when it is in the archive.
    _index(out, "indicators", indicator_ids, [e for d in drafts for e in d.index["indicators"]])
    _index(out, "projects", project_ids, [e for d in drafts for e in d.index["projects"]])
    _index(out, "sections", section_ids, [e for d in drafts for e in d.index["sections"]])
    return document_ids


def _index(out: "_Out", table: str, row_ids: list[int], entries: list[tuple]) -> None:
    from jixiao.load.fts import INDICATORS, PROJECTS, SECTIONS

    source = {"indicators": INDICATORS, "projects": PROJECTS, "sections": SECTIONS}[table]
    if out.sqlite:
        out.put(source.fts, ("rowid", *source.columns, "words", "grams"),
                [(i, *entry) for i, entry in zip(row_ids, entries)])
    else:
        out.put_tsvectors(source.fts, [(i, entry[0]) for i, entry in zip(row_ids, entries)])


class _Ids:
    """The ids of new rows: the table's next ids on SQLite (the write lock is ours),
    drawn from the table's sequence on PostgreSQL (safe beside other writers)."""

    def __init__(self, conn: Connection):
        self.conn = conn
        self.sqlite = conn.dialect.name == "sqlite"

    def draw(self, table: str, n: int) -> list[int]:
        if n == 0:
            return []
        if self.sqlite:
            last = self.conn.exec_driver_sql(f"SELECT coalesce(max(id), 0) FROM {table}").scalar()
            return list(range(last + 1, last + n + 1))
        # The sequence is looked up once (per id it cost 3 µs, most of a draw) and the ids
        # come back as one array rather than n rows (sorted: rows keep their order in ids).
        sequence = self.conn.exec_driver_sql("SELECT pg_get_serial_sequence(%(t)s, 'id')", {"t": table}).scalar_one()
        return sorted(self.conn.exec_driver_sql(
            "SELECT array_agg(nextval(%(s)s::regclass)) FROM generate_series(1, %(n)s)",
            {"s": sequence, "n": n}).scalar_one())


class _Out:
    """Bulk inserts: executemany on SQLite, COPY on PostgreSQL, in chunks between deadline checks."""

    def __init__(self, conn: Connection, deadline: "Deadline"):
        self.conn = conn
        self.deadline = deadline
        self.sqlite = conn.dialect.name == "sqlite"

    def insert_returning_ids(self, table: str, columns: tuple[str, ...], rows: list[tuple]) -> list[int]:
        statement = f"INSERT INTO {table} ({_names(columns)}) VALUES ({', '.join('?' * len(columns))}) RETURNING id"
        return [self.conn.exec_driver_sql(statement, row).scalar_one() for row in rows]

    def put(self, table: str, columns: tuple[str, ...], rows: list[tuple]) -> None:
        if not rows:
            return
        names = _names(columns)
        if self.sqlite:
            statement = f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' * len(columns))})"
            for chunk in _chunks(rows, CHUNK_ROWS):
                self.deadline.check()
                self.conn.exec_driver_sql(statement, chunk)
            return
        self._copy(f"COPY {table} ({names}) FROM STDIN", rows, _write_rows)

    def put_tsvectors(self, table: str, rows: list[tuple[int, bytes]]) -> None:
        """PostgreSQL's index rows ``(id, tsvector in binary form)``: the server takes them as they are."""
        if rows:
            self._copy(f"COPY {table} (id, terms) FROM STDIN (FORMAT BINARY)", rows,
                       lambda copy, chunk: copy.write(_binary_copy(chunk)))

    def _copy(self, statement: str, rows: list[tuple], write: Callable) -> None:
        dbapi = self.conn.dialect.loaded_dbapi
        driver = self.conn.connection.driver_connection
        with driver.cursor() as cursor:
            for chunk in _chunks(rows, CHUNK_ROWS):
                self.deadline.check()
                try:
                    with cursor.copy(statement) as copy:
                        write(copy, chunk)
                except dbapi.Error as err:
                    # The same exceptions as a statement through SQLAlchemy (IntegrityError, ...).
                    raise DBAPIError.instance(statement, None, err, dbapi.Error, dialect=self.conn.dialect) from err


def _write_rows(copy, rows: Sequence[tuple]) -> None:
    for row in rows:
        copy.write_row(row)


def _binary_copy(rows: Sequence[tuple[int, bytes]]) -> bytes:
    """``(id integer, terms tsvector)`` rows in COPY's binary format: a header, per row its
    field count and each field's length and bytes, a trailer."""
    out = [_COPY_HEADER]
    for row_id, vector in rows:
        out.append(_ID_AND_LENGTH.pack(2, 4, row_id, len(vector)))
        out.append(vector)
    out.append(b"\xff\xff")
    return b"".join(out)


_COPY_HEADER = b"PGCOPY\n\xff\r\n\x00" + bytes(8)  # signature, flags, no header extension
_ID_AND_LENGTH = struct.Struct(">hiii")  # 2 fields; the id's length and value; the vector's length


def _names(columns: tuple[str, ...]) -> str:
    return ", ".join(f'"{c}"' for c in columns)  # quoted: "where" is a column


def _older_versions(conn: Connection, keep: dict[str, int]) -> dict[str, list[int]]:
    """For each path, the ids of its documents other than the one to keep."""
    older: dict[str, list[int]] = {}
    for chunk in _chunks(list(keep), 500):
        for path, doc_id in conn.execute(select(Document.path, Document.id).where(Document.path.in_(chunk))):
            if doc_id != keep[path]:
                older.setdefault(path, []).append(doc_id)
    return older


def document_id_for(target: Session | Connection, sha256: str) -> int | None:
    conn = target.connection() if isinstance(target, Session) else target
    return conn.execute(select(Document.id).where(Document.sha256 == sha256)).scalar()


def loaded_ids(conn: Connection, sha256s: Iterable[str]) -> dict[str, int]:
    """Which of these identities the archive holds already, with their document ids."""
    found: dict[str, int] = {}
    for chunk in _chunks(list(dict.fromkeys(sha256s)), 500):
        query = select(Document.sha256, Document.id).where(Document.sha256.in_(chunk))
        found.update((sha, doc_id) for sha, doc_id in conn.execute(query))
    return found


def file_sha256(path: str | Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


# --- bounded writing: a deadline -------------------------------------------------


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

    @classmethod
    def earliest(cls, deadlines: Iterable["Deadline"]) -> "Deadline":
        times = [d.at for d in deadlines if d.at is not None]
        return cls(min(times) if times else None)


def _chunks(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


# --- batches: many drafts, one transaction -------------------------------------------


@dataclass
class BatchResult:
    """What became of each draft of a batch, by its position in the batch."""

    loaded: dict[int, int] = field(default_factory=dict)            # position -> new documents.id
    skipped: dict[int, int | None] = field(default_factory=dict)    # position -> the id already holding it
    refused: list[tuple[int, BaseException]] = field(default_factory=list)
    replaced: dict[int, int] = field(default_factory=dict)          # position -> older versions deleted
    older_kept: dict[int, int] = field(default_factory=dict)        # position -> older versions kept


def write_batch(
    engine: Engine,
    drafts: Sequence[DraftRows],
    *,
    replace: bool = True,
    deadlines: Sequence["Deadline"] | None = None,
    fatal: Callable[[BaseException], bool] = lambda err: False,
    then: Callable[[Connection, BatchResult], None] | None = None,
) -> BatchResult:
    """Load the drafts in one transaction; a draft already in the archive (by sha256) is skipped.

    Every draft's rows go in together (one statement per table); if that fails, the
    batch is written again draft by draft, each in a savepoint, so a draft the
    database refuses (or one past its ``deadlines`` entry) is ``refused`` alone.
    ``replace`` deletes older versions at each loaded draft's path; ``then`` runs in
    the same transaction before the commit (the ingest log). An error ``fatal`` says
    no later draft could survive (the database is down or full) propagates.
    """
    deadlines = list(deadlines) if deadlines is not None else [Deadline(None)] * len(drafts)
    result = BatchResult()
    with engine.connect() as conn:
        conn = conn.execution_options(**{SQLITE_BEGIN: "IMMEDIATE"})  # the write lock first: ids are drawn
        with conn.begin():
            known = loaded_ids(conn, [d.sha256 for d in drafts])
            fresh: list[int] = []
            first_of: dict[str, int] = {}
            for position, draft in enumerate(drafts):
                if draft.sha256 in known:
                    result.skipped[position] = known[draft.sha256]
                elif draft.sha256 in first_of:
                    result.skipped[position] = None  # the same bytes twice in one batch: filled in below
                else:
                    first_of[draft.sha256] = position
                    fresh.append(position)
            try:
                with conn.begin_nested():
                    deadline = Deadline.earliest(deadlines[p] for p in fresh)
                    bound_statements(conn, deadline)
                    ids = write_drafts(conn, [drafts[p] for p in fresh], deadline=deadline)
                result.loaded.update(zip(fresh, ids))
            except Exception as err:  # noqa: BLE001 - retried draft by draft, where it is judged
                if fatal(err):
                    raise
                if not _in_transaction(conn):
                    raise _cause(err, fatal) from None
                _one_by_one(conn, drafts, fresh, deadlines, result, fatal)
            for position, document_id in list(result.skipped.items()):
                if document_id is None:
                    twin = first_of[drafts[position].sha256]
                    result.skipped[position] = result.loaded.get(twin) or result.skipped.get(twin)
            _versions(conn, drafts, result, replace)
            if then is not None:
                then(conn, result)
    return result


def _one_by_one(conn: Connection, drafts, fresh: list[int], deadlines, result: BatchResult, fatal) -> None:
    for position in fresh:
        draft = drafts[position]
        try:
            with conn.begin_nested():
                bound_statements(conn, deadlines[position])
                result.loaded[position] = write_drafts(conn, [draft], deadline=deadlines[position])[0]
        except IntegrityError as err:
            if not _in_transaction(conn):
                raise _cause(err, fatal) from None
            # Another writer committed the same bytes since the batch began.
            other = document_id_for(conn, draft.sha256)
            if other is None:
                result.refused.append((position, err))
            else:
                result.skipped[position] = other
        except Exception as err:  # noqa: BLE001 - a draft the database refuses fails alone
            if fatal(err):
                raise
            if not _in_transaction(conn):
                raise _cause(err, fatal) from None
            result.refused.append((position, err))


def _cause(err: BaseException, fatal: Callable[[BaseException], bool]) -> BaseException:
    """The error that ended the transaction: when SQLite rolled it back by itself, the
    savepoint's rollback fails too ("no such savepoint") and hides the real trouble
    (a full disk) in its context."""
    chain = []
    seen: BaseException | None = err
    while seen is not None and seen not in chain:
        chain.append(seen)
        seen = seen.__cause__ or seen.__context__
    wrapped = [e for e in chain if isinstance(e, DBAPIError)]  # SQLAlchemy's, not the driver's inside them
    return next((e for e in chain if fatal(e)), wrapped[-1] if wrapped else err)  # else the first one raised


def _in_transaction(conn: Connection) -> bool:
    """Is the batch's transaction still open? SQLite may roll a whole transaction back
    by itself (a full disk, say): going on draft by draft would then write outside any
    transaction, and a half-written draft could stay. The caller's retry starts afresh."""
    if conn.dialect.name != "sqlite":
        return True
    return bool(conn.connection.driver_connection.in_transaction)


def _versions(conn: Connection, drafts, result: BatchResult, replace: bool) -> None:
    """Older versions at each loaded draft's path: deleted (replace) or counted.

    One query finds them for the whole batch (a fresh folder has none: that is all it
    costs), then only paths that have some are touched."""
    newest: dict[str, int] = {}
    for position in sorted(result.loaded):
        newest[drafts[position].path] = position
    older = _older_versions(conn, {path: result.loaded[position] for path, position in newest.items()})
    stale = [doc_id for ids in older.values() for doc_id in ids]
    if replace:
        for chunk in _chunks(stale, 500):
            conn.execute(delete(Document).where(Document.id.in_(chunk)))
    for path, position in newest.items():
        (result.replaced if replace else result.older_kept)[position] = len(older.get(path, ()))
    for position in result.loaded:
        if replace and newest[drafts[position].path] != position:
            result.replaced.setdefault(position, 0)  # itself replaced by a newer version in this batch


def bound_statements(conn: Connection, deadline: "Deadline") -> None:
    """On PostgreSQL no single statement may outlive the deadline (chunks check between them)."""
    left = deadline.seconds_left()
    if left is not None and conn.dialect.name == "postgresql":
        conn.exec_driver_sql(f"SET LOCAL statement_timeout = {max(1, int(left * 1000))}")
