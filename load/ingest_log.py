"""The ingest log's tables: runs, the files they settled, and the claims that keep two
runs from extracting one file (migration 0004). Only rows in and out; what they
mean (when a run is dead, what a claim decides) is jixiao.ingest's business.
"""
from __future__ import annotations

import datetime as dt
import functools
from typing import Any, Iterable, NamedTuple

from sqlalchemy import Connection, Engine, bindparam, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from jixiao.load.models import Document, IngestClaim, IngestFile, IngestRun


def now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class Loaded(NamedTuple):
    id: int
    path: str


# --- runs ------------------------------------------------------------------------------


def insert_run(engine: Engine, row: dict[str, Any]) -> int:
    with engine.begin() as conn:
        return conn.execute(insert(IngestRun).returning(IngestRun.id), row).scalar_one()


def touch_run(engine: Engine, run_id: int) -> None:
    with engine.begin() as conn:
        conn.execute(update(IngestRun).where(IngestRun.id == run_id).values(heartbeat_at=now()))


def end_run(engine: Engine, run_id: int, *, status: str, ok: int, failed: int, skipped: int) -> None:
    """The run's end and its counts; its claims go with it."""
    with engine.begin() as conn:
        conn.execute(update(IngestRun).where(IngestRun.id == run_id).values(
            finished_at=now(), heartbeat_at=now(), status=status, files_ok=ok, files_failed=failed,
            files_skipped=skipped))
        conn.execute(delete(IngestClaim).where(IngestClaim.run_id == run_id))


def running_runs(engine: Engine, only: int | None = None) -> list:
    """Runs still marked running: rows with id, host, pid, heartbeat_at, started_at."""
    query = select(IngestRun.id, IngestRun.host, IngestRun.pid, IngestRun.heartbeat_at, IngestRun.started_at)
    query = query.where(IngestRun.status == "running")
    if only is not None:
        query = query.where(IngestRun.id == only)
    with engine.connect() as conn:
        return conn.execute(query).all()


def mark_interrupted(engine: Engine, run_id: int, finished_at: dt.datetime | None) -> None:
    """A dead run: ``interrupted`` (only if still ``running``: two reapers must not both act), claims freed."""
    with engine.begin() as conn:
        conn.execute(update(IngestRun).where(IngestRun.id == run_id, IngestRun.status == "running").values(
            status="interrupted", finished_at=finished_at))
        conn.execute(delete(IngestClaim).where(IngestClaim.run_id == run_id))


# --- claims ----------------------------------------------------------------------------


# Built once: these run for every file of a batch, and building a statement took
# SQLAlchemy longer than SQLite took to run it.
_DOCUMENT_OF = select(Document.id, Document.path).where(Document.sha256 == bindparam("sha256"))
_CLAIM = insert(IngestClaim)
_HOLDER_OF = select(IngestClaim.run_id).where(IngestClaim.sha256 == bindparam("sha256"))


def try_claim(engine: Engine, run_id: int, sha256: str, path: str) -> tuple[str, Any]:
    """Insert the claim, in one transaction with a look into the archive.

    ``("claimed", None)``; ``("loaded", Loaded)`` if the archive holds the bytes by now
    (the claim is rolled back); ``("taken", holder run id or None)`` if another claim
    holds them (None: released meanwhile).
    """
    try:
        with engine.begin() as conn:
            conn.execute(_CLAIM, {"sha256": sha256, "run_id": run_id, "path": path, "claimed_at": now()})
            loaded = conn.execute(_DOCUMENT_OF, {"sha256": sha256}).first()
            if loaded is not None:
                conn.rollback()
                return "loaded", Loaded(*loaded)
        return "claimed", None
    except IntegrityError:
        with engine.connect() as conn:
            holder = conn.execute(_HOLDER_OF, {"sha256": sha256}).scalar()
        return "taken", holder


def claim_files(engine: Engine, run_id: int, files: list[tuple[str, str]]) -> dict[str, Loaded | None]:
    """Claims for many ``(sha256, path)`` files in one transaction, with try_claim's look
    into the archive.

    Returns, for each file whose claim went in, None (claimed) or where the archive
    holds its bytes by now (that claim is withdrawn in the same transaction). A file
    some claim holds already (another run's, or an earlier file of this run with the
    same bytes) is left out: the caller settles it with try_claim.

    The claims go in sorted by sha256: two PostgreSQL runs claiming overlapping sets
    then wait for each other in one order and cannot deadlock.
    """
    first = dict(reversed(files))  # sha256 -> path of its first file
    if not first:
        return {}
    rows = [{"sha256": sha, "run_id": run_id, "path": first[sha], "claimed_at": now()} for sha in sorted(first)]
    with engine.begin() as conn:
        # One statement for many rows (SQLAlchemy's insertmanyvalues), compiled once.
        claimed = list(conn.execute(_claims_free(engine.dialect.name), rows).scalars())
        loaded = _loaded(conn, claimed)
        release_claims(conn, run_id, list(loaded))
    return {sha: loaded.get(sha) for sha in claimed}


@functools.cache
def _claims_free(dialect: str):
    """INSERT ... ON CONFLICT DO NOTHING RETURNING sha256: the claims that went in."""
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    else:
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
    return dialect_insert(IngestClaim).on_conflict_do_nothing(index_elements=["sha256"]).returning(IngestClaim.sha256)


def release_claims(conn: Connection, run_id: int, sha256s: Iterable[str]) -> None:
    """One statement per 500 files (a batch's claims go together), not one per file."""
    sha256s = list(dict.fromkeys(sha256s))
    for start in range(0, len(sha256s), 500):
        chunk = sha256s[start:start + 500]
        conn.execute(delete(IngestClaim).where(IngestClaim.run_id == run_id, IngestClaim.sha256.in_(chunk)))


# --- files -----------------------------------------------------------------------------


def loaded_documents(engine: Engine, sha256s: Iterable[str]) -> dict[str, Loaded]:
    """Where the archive holds each of these identities it holds: a read per 500, no write lock."""
    with engine.connect() as conn:
        return _loaded(conn, sha256s)


def _loaded(conn: Connection, sha256s: Iterable[str]) -> dict[str, Loaded]:
    sha256s = list(dict.fromkeys(sha256s))
    found: dict[str, Loaded] = {}
    for start in range(0, len(sha256s), 500):
        query = select(Document.sha256, Document.id, Document.path).where(
            Document.sha256.in_(sha256s[start:start + 500]))
        found.update((sha, Loaded(doc_id, path)) for sha, doc_id, path in conn.execute(query))
    return found


def log_files(conn: Connection, run_id: int, outcomes: Iterable[Any]) -> None:
    """One ``ingest_files`` row per settled file (outcomes with the FileOutcome attributes)."""
    rows = [{"run_id": run_id, "path": o.path, "sha256": o.sha256, "status": o.status, "error": o.error,
             "document_id": o.document_id, "seconds_extract": o.seconds_extract, "seconds_load": o.seconds_load}
            for o in outcomes]
    if rows:
        conn.execute(insert(IngestFile), rows)


def log_outcomes(engine: Engine, run_id: int, outcomes: list[Any], *, release: bool) -> None:
    """Files settled without a draft written: their log rows in a transaction of their own,
    and with ``release`` the claims they held released in it."""
    with engine.begin() as conn:
        log_files(conn, run_id, outcomes)
        if release:
            release_claims(conn, run_id, [o.sha256 for o in outcomes if o.sha256])
