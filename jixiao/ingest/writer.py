"""The only process that writes: one transaction per draft, its log row included.

The sha256 of a file's bytes is its identity, and the unique index on it is the
referee between concurrent ingests: whoever commits second is told "skipped".
"""
from __future__ import annotations

import datetime as dt
import hashlib
import os
import sys
import time
from typing import Any

from sqlalchemy import Connection, Engine, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from extract.errors import DraftError
from extract.limits import Limits, check_size
from jixiao.ingest.outcomes import Extracted, FileOutcome, Summary
from jixiao.errors import database_refusal, database_unavailable
from jixiao.ingest.task import Job, internal_error
from load.models import Document, IngestFile, IngestRun
from load.renderings import link_renderings, relink_orphans
from load.write import delete_other_versions, file_sha256, write_record


class Writer:
    def __init__(self, engine: Engine, run_id: int, *, replace: bool, limits: Limits):
        self.engine = engine
        self.run_id = run_id
        self.replace = replace
        self.limits = limits

    def precheck(self, path: str, *, with_bytes: bool = False) -> tuple[Job | None, FileOutcome | None]:
        """The file's job, or already its outcome if it needs no extraction.

        The size limit is checked before the file is read: a 50 GB file must not be
        hashed, let alone shipped to a worker.
        """
        data = None
        try:
            check_size(path, os.path.getsize(path), self.limits)
            if with_bytes:
                with open(path, "rb") as fh:
                    data = fh.read()
                sha256 = hashlib.sha256(data).hexdigest()
            else:
                sha256 = file_sha256(path)
        except FileNotFoundError:
            return None, self._log(FileOutcome(path, "failed", error="no such file"))
        except IsADirectoryError:
            return None, self._log(FileOutcome(path, "failed", error="is a directory"))
        except DraftError as err:
            return None, self._log(FileOutcome(path, "failed", error=err.reason))
        except OSError as err:
            return None, self._log(FileOutcome(path, "failed", error=f"cannot read: {err.strerror or err}"))
        with self.engine.connect() as conn:
            loaded = conn.execute(select(Document.id, Document.path).where(Document.sha256 == sha256)).first()
        if loaded is None:
            return Job(path, sha256, data), None
        note = "already loaded" if loaded.path == path else f"already loaded from {loaded.path}"
        return None, self._log(FileOutcome(path, "skipped", sha256=sha256, error=note, document_id=loaded.id))

    def load(self, job: Job, extracted: Extracted) -> FileOutcome:
        path, sha256 = job.path, job.sha256
        if extracted.record is None:
            return self._log(FileOutcome(path, "failed", sha256=sha256, error=extracted.error,
                                         seconds_extract=extracted.seconds))
        started = time.perf_counter()
        outcome = FileOutcome(path, "ok", sha256=sha256, seconds_extract=extracted.seconds)
        record = extracted.record
        try:
            with self.engine.begin() as conn:
                outcome.document_id = write_record(conn, record, path=path, sha256=sha256)
                if self.replace:
                    outcome.replaced = delete_other_versions(conn, path, outcome.document_id)
                else:
                    outcome.older_kept = _count_other_versions(conn, path, outcome.document_id)
                # After the replace, so that a deleted old version leads no group.
                relink_orphans(conn)
                link_renderings(conn, outcome.document_id)
                outcome.seconds_load = time.perf_counter() - started
                _insert_log(conn, self.run_id, outcome)
        except IntegrityError:
            # Another ingest committed the same bytes between our precheck and now.
            with self.engine.connect() as conn:
                other = conn.execute(select(Document.id).where(Document.sha256 == sha256)).scalar()
            if other is None:
                raise
            return self._log(FileOutcome(path, "skipped", sha256=sha256, document_id=other,
                                         error="loaded by another process", seconds_extract=extracted.seconds))
        except Exception as err:  # noqa: BLE001 - a record the database refuses fails its file only
            if database_unavailable(err):
                raise  # down, full or locked: no later file would load either; the batch stops with its summary
            reason = database_refusal(err) or internal_error(err, False)
            return self._log(FileOutcome(path, "failed", sha256=sha256, error=reason,
                                         seconds_extract=extracted.seconds))
        document = record.get("document") or {}
        outcome.department = document.get("department")
        outcome.year = document.get("year")
        projects = record.get("projects") or []
        outcome.projects = len(projects)
        outcome.indicators = sum(len(p.get("indicators") or []) for p in projects)
        outcome.issues = len(record.get("issues") or [])
        return outcome

    def _log(self, outcome: FileOutcome) -> FileOutcome:
        with self.engine.begin() as conn:
            _insert_log(conn, self.run_id, outcome)
        return outcome


def _insert_log(conn: Connection, run_id: int, outcome: FileOutcome) -> None:
    conn.execute(insert(IngestFile), {
        "run_id": run_id, "path": outcome.path, "sha256": outcome.sha256, "status": outcome.status,
        "error": outcome.error, "document_id": outcome.document_id,
        "seconds_extract": outcome.seconds_extract, "seconds_load": outcome.seconds_load,
    })


def _count_other_versions(conn: Connection, path: str, keep_id: int) -> int:
    query = select(func.count()).select_from(Document).where(Document.path == path, Document.id != keep_id)
    return conn.execute(query).scalar_one()


def start_run(engine: Engine, args: Any) -> int:
    with engine.begin() as conn:
        row = {"started_at": _now(), "args": args if args is not None else sys.argv[1:],
               "files_ok": 0, "files_failed": 0, "files_skipped": 0}
        return conn.execute(insert(IngestRun).returning(IngestRun.id), row).scalar_one()


def finish_run(engine: Engine, summary: Summary) -> None:
    with engine.begin() as conn:
        conn.execute(
            update(IngestRun).where(IngestRun.id == summary.run_id).values(
                finished_at=_now(), files_ok=summary.ok, files_failed=summary.failed,
                files_skipped=summary.skipped,
            )
        )


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)
