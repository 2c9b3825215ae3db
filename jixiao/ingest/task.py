"""One file's extraction, as it runs in a worker (a local process or a Dask worker).

Everything that leaves a worker is plain data: exceptions may not survive pickling,
and a traceback is shown only with --debug.
"""
from __future__ import annotations

import os
import time
import traceback
from dataclasses import dataclass
from typing import Callable

from jixiao.extract import scratch
from jixiao.extract.limits import DEFAULT as DEFAULT_EXTRACT_LIMITS, Limits
from jixiao.ingest.limits import memory_message
from jixiao.ingest.outcomes import Extracted

Extractor = Callable[[str], dict]


@dataclass
class Job:
    path: str
    sha256: str
    data: bytes | None = None  # the file's bytes, for workers that cannot see the path
    max_rows: int | None = None  # a bigger record is refused in the worker, never sent to the writer
    # The archive's backend: the worker turns the record into rows ready to insert there
    # (segmented for the search index), so the single writer only writes. None: the
    # record goes back as it is (the writer turns it into rows).
    dialect: str | None = None


@dataclass(frozen=True)
class DefaultExtractor:
    """extract.extract_file with the batch's limits; picklable, so it can travel to workers."""

    limits: Limits = DEFAULT_EXTRACT_LIMITS
    pdf_engine: str | None = None  # None: the reader's default
    ocr: str = "auto"  # --ocr

    def __call__(self, path: str) -> dict:
        from jixiao.extract import extract_file  # lazily: workers pay for the extractor's imports, the CLI does not

        return extract_file(path, limits=self.limits, pdf_engine=self.pdf_engine, ocr=self.ocr)

    def from_bytes(self, data: bytes, path: str) -> dict:
        from jixiao.extract import extract_bytes

        return extract_bytes(data, path, limits=self.limits, pdf_engine=self.pdf_engine, ocr=self.ocr)


def default_extractor(path: str) -> dict:
    return DefaultExtractor()(path)


def run_job(extractor: Extractor, job: Job, debug: bool) -> Extracted:
    from jixiao.extract.errors import DraftError

    started = time.perf_counter()
    try:
        from jixiao.extract.record import as_record

        record = as_record(_extract(extractor, job))  # a custom extractor's JSON data is converted and checked
        too_big = _over_max_rows(record, job.max_rows)
        if too_big:
            return Extracted(None, too_big, time.perf_counter() - started)
        if job.dialect is None:
            return Extracted(record, None, time.perf_counter() - started)
        rows = _rows(record, job)
        if isinstance(rows, str):
            return Extracted(None, rows, time.perf_counter() - started)
        return Extracted(None, None, time.perf_counter() - started, rows=rows)
    except MemoryError:
        return Extracted(None, memory_message(), time.perf_counter() - started, retire=True)
    except DraftError as err:
        if _caused_by_memory(err):
            return Extracted(None, memory_message(), time.perf_counter() - started, retire=True)
        message = str(err.reason)
    except Exception as err:  # noqa: BLE001 - one bad file must not stop the batch
        message = internal_error(err, debug)
    return Extracted(None, message, time.perf_counter() - started)


def _extract(extractor: Extractor, job: Job) -> dict:
    if job.data is None:
        return extractor(job.path)
    if hasattr(extractor, "from_bytes"):
        return extractor.from_bytes(job.data, job.path)
    # A path-only extractor on a worker without the file: give it a private copy.
    with scratch.copy_of(job.data, os.path.splitext(job.path)[1]) as copy:
        return extractor(copy)


def _rows(record: dict, job: Job):
    """The record's rows for the archive, or why the archive cannot take it (a one-line reason)."""
    from jixiao.load.portable import DoesNotFit
    from jixiao.load.rows import draft_rows

    try:
        return draft_rows(record, path=job.path, sha256=job.sha256, dialect=job.dialect)
    except DoesNotFit as err:  # the same refusal on SQLite and PostgreSQL
        return f"does not fit the archive: {err}"


def _over_max_rows(record, max_rows: int | None) -> str | None:
    from jixiao.load.rows import record_indicators, record_rows

    if not max_rows:
        return None
    rows = record_rows(record)
    if rows <= max_rows:
        return None
    indicators = record_indicators(record)
    return (f"{rows:,} rows ({indicators:,} indicators), over the limit of {max_rows:,} rows per draft "
            "(--max-rows)")


def _caused_by_memory(err: BaseException) -> bool:
    seen = set()
    while err is not None and id(err) not in seen:
        if isinstance(err, MemoryError):
            return True
        seen.add(id(err))
        err = err.__cause__ or err.__context__
    return False


def internal_error(err: BaseException, debug: bool) -> str:
    message = f"internal error: {type(err).__name__}: {' '.join(str(err).split())}"
    if debug:
        message += "\n" + "".join(traceback.format_exception(err))
    return message
