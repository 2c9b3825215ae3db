"""The only process that writes: one transaction per draft, its log row included.

The sha256 of a file's bytes is its identity, and the unique index on it is the
referee between concurrent ingests: whoever commits second is told "skipped".
Claims (claims.py) make that rare: a file claimed by a live run is not extracted
again by another.

The write is bounded: rows go in chunks, and the file's time limit covers the
write too (what extraction left of it): a draft that takes too long to load is
rolled back and failed with the reason, like one that takes too long to extract.
"""
from __future__ import annotations

import hashlib
import time
from typing import NamedTuple

from sqlalchemy import Connection, Engine, func, insert, select, text
from sqlalchemy.exc import IntegrityError

from jixiao.extract.errors import DraftError
from jixiao.extract.files import open_regular, read_regular
from jixiao.extract.limits import Limits, check_size
from jixiao.errors import database_refusal, database_unavailable
from jixiao.ingest.claims import claim, release
from jixiao.ingest.discovery import Found
from jixiao.ingest.outcomes import Extracted, FileOutcome
from jixiao.ingest.task import Job, internal_error
from jixiao.load.models import Document, IngestFile
from jixiao.load.portable import DoesNotFit
from jixiao.load.renderings import link_renderings, relink_orphans
from jixiao.load.segment import warm_up
from jixiao.load.write import Deadline, LoadTimeout, delete_other_versions, write_record

# Whatever extraction used up, the write gets at least this much of the limit.
MIN_LOAD_SHARE = 0.25


class Writer:
    def __init__(self, engine: Engine, run_id: int, *, replace: bool, limits: Limits,
                 timeout: float | None = None, max_rows: int | None = None):
        self.engine = engine
        self.run_id = run_id
        self.replace = replace
        self.limits = limits
        self.timeout = timeout
        self.max_rows = max_rows

    def precheck(self, found: Found | str, *, with_bytes: bool = False) -> tuple[Job | None, FileOutcome | None]:
        """The file's job, or already its outcome if it needs no extraction.

        Only a regular file is opened, and the size limit is checked before it is read:
        a 50 GB file must not be hashed, let alone shipped to a worker.
        """
        if isinstance(found, str):
            found = Found(found)
        path = found.path
        if found.settled:
            return None, self._log(FileOutcome(path, found.status, error=found.reason, kind=found.kind))
        data = None
        try:
            if with_bytes:
                data = read_regular(path, self.limits)
                sha256 = hashlib.sha256(data).hexdigest()
            else:
                sha256 = _hash_regular(path, self.limits)
        except DraftError as err:
            return None, self._log(FileOutcome(path, "failed", error=err.reason))
        with self.engine.connect() as conn:
            loaded = conn.execute(select(Document.id, Document.path).where(Document.sha256 == sha256)).first()
        if loaded is None:
            verdict, detail = claim(self.engine, self.run_id, sha256, path)
            if verdict == "claimed":
                return Job(path, sha256, data, max_rows=self.max_rows), None
            if verdict == "held":
                if detail == self.run_id:
                    note, kind = "same bytes as another file of this run", "duplicate"
                else:
                    note, kind = f"being loaded by ingest run {detail}", "claimed"
                return None, self._log(FileOutcome(path, "skipped", sha256=sha256, error=note, kind=kind),
                                       release_claim=False)
            loaded = _Loaded(*detail)  # loaded by another run a moment ago
        note = "already loaded" if loaded.path == path else f"already loaded from {loaded.path}"
        return None, self._log(FileOutcome(path, "skipped", sha256=sha256, error=note, document_id=loaded.id,
                                           kind="already loaded"), release_claim=False)

    def load(self, job: Job, extracted: Extracted) -> FileOutcome:
        path, sha256 = job.path, job.sha256
        if extracted.record is None:
            return self._log(FileOutcome(path, "failed", sha256=sha256, error=extracted.error,
                                         seconds_extract=extracted.seconds))
        warm_up()  # the segmenter's one-time start (a second or two) is not this file's time
        started = time.perf_counter()
        outcome = FileOutcome(path, "ok", sha256=sha256, seconds_extract=extracted.seconds)
        record = extracted.record
        deadline = self._deadline(extracted.seconds)
        try:
            with self.engine.begin() as conn:
                _bound_statements(conn, deadline)
                outcome.document_id = write_record(conn, record, path=path, sha256=sha256, deadline=deadline)
                if self.replace:
                    outcome.replaced = delete_other_versions(conn, path, outcome.document_id)
                else:
                    outcome.older_kept = _count_other_versions(conn, path, outcome.document_id)
                # After the replace, so that a deleted old version leads no group.
                relink_orphans(conn)
                link_renderings(conn, outcome.document_id)
                outcome.seconds_load = time.perf_counter() - started
                _insert_log(conn, self.run_id, outcome)
                release(conn, self.run_id, sha256)
        except IntegrityError:
            # Another ingest committed the same bytes between our precheck and now.
            with self.engine.connect() as conn:
                other = conn.execute(select(Document.id).where(Document.sha256 == sha256)).scalar()
            if other is None:
                return self._failed_load(job, extracted, "the archive refused the record (integrity error)")
            return self._log(FileOutcome(path, "skipped", sha256=sha256, document_id=other, kind="already loaded",
                                         error="loaded by another process", seconds_extract=extracted.seconds))
        except LoadTimeout:
            return self._failed_load(job, extracted, f"exceeds the time limit of {self.timeout:g} s (while loading)")
        except DoesNotFit as err:  # the same refusal on SQLite and PostgreSQL
            return self._failed_load(job, extracted, f"does not fit the archive: {err}")
        except Exception as err:  # noqa: BLE001 - a record the database refuses fails its file only
            if database_unavailable(err):
                raise  # down, full or locked: no later file would load either; the batch stops with its summary
            if deadline.expired(grace=1.0):  # PostgreSQL's statement_timeout fired
                return self._failed_load(job, extracted,
                                         f"exceeds the time limit of {self.timeout:g} s (while loading)")
            return self._failed_load(job, extracted, database_refusal(err) or internal_error(err, False))
        document = record.get("document") or {}
        outcome.department = document.get("department")
        outcome.year = document.get("year")
        projects = record.get("projects") or []
        outcome.projects = len(projects)
        outcome.indicators = sum(len(p.get("indicators") or []) for p in projects)
        outcome.issues = len(record.get("issues") or [])
        return outcome

    def _deadline(self, seconds_extract: float) -> Deadline:
        if not self.timeout:
            return Deadline(None)
        left = max(self.timeout - (seconds_extract or 0.0), self.timeout * MIN_LOAD_SHARE)
        return Deadline(time.monotonic() + left)

    def _failed_load(self, job: Job, extracted: Extracted, error: str) -> FileOutcome:
        return self._log(FileOutcome(job.path, "failed", sha256=job.sha256, error=error,
                                     seconds_extract=extracted.seconds))

    def _log(self, outcome: FileOutcome, *, release_claim: bool = True) -> FileOutcome:
        with self.engine.begin() as conn:
            _insert_log(conn, self.run_id, outcome)
            if release_claim and outcome.sha256:
                release(conn, self.run_id, outcome.sha256)
        return outcome


class _Loaded(NamedTuple):
    id: int
    path: str


def _hash_regular(path: str, limits: Limits) -> str:
    """The sha256 of a regular file within the size limit, read in chunks."""
    digest = hashlib.sha256()
    with open_regular(path, limits) as fh:
        read = 0
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            read += len(chunk)
            check_size(path, read, limits)  # it grew past the limit since the stat
            digest.update(chunk)
    return digest.hexdigest()


def _bound_statements(conn: Connection, deadline: Deadline) -> None:
    """On PostgreSQL no single statement may outlive the file's deadline (the chunks check between them)."""
    left = deadline.seconds_left()
    if left is not None and conn.dialect.name == "postgresql":
        conn.execute(text(f"SET LOCAL statement_timeout = {max(1, int(left * 1000))}"))


def _insert_log(conn: Connection, run_id: int, outcome: FileOutcome) -> None:
    conn.execute(insert(IngestFile), {
        "run_id": run_id, "path": outcome.path, "sha256": outcome.sha256, "status": outcome.status,
        "error": outcome.error, "document_id": outcome.document_id,
        "seconds_extract": outcome.seconds_extract, "seconds_load": outcome.seconds_load,
    })


def _count_other_versions(conn: Connection, path: str, keep_id: int) -> int:
    query = select(func.count()).select_from(Document).where(Document.path == path, Document.id != keep_id)
    return conn.execute(query).scalar_one()

