"""One file's extraction, as it runs in a worker (a local process or a Dask worker).

Everything that leaves a worker is plain data: exceptions may not survive pickling,
and a traceback is shown only with --debug.
"""
from __future__ import annotations

import os
import tempfile
import time
import traceback
from dataclasses import dataclass
from typing import Callable

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
        from jixiao.extract.record import as_data

        record = as_data(_extract(extractor, job))  # the JSON form the writer reads (a custom extractor's dict as is)
        too_big = _over_max_rows(record, job.max_rows)
        if too_big:
            return Extracted(None, too_big, time.perf_counter() - started)
        return Extracted(record, None, time.perf_counter() - started)
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
    suffix = os.path.splitext(job.path)[1]
    with tempfile.NamedTemporaryFile(suffix=suffix) as tmp:
        tmp.write(job.data)
        tmp.flush()
        return extractor(tmp.name)


def record_rows(record: dict) -> int:
    """The rows the record becomes in the archive (indicators, projects, goals, sections, ...)."""
    rows = 1 + len(record.get("toc") or []) + len(record.get("issues") or [])
    rows += len(record.get("overall_goals") or []) + len(record.get("sub_goals") or [])
    rows += len(record.get("safeguards") or [])
    for project in record.get("projects") or []:
        rows += 1 + len(project.get("indicators") or []) + len(project.get("goals") or [])
        rows += len(project.get("spending_plan") or [])
    return rows


def _over_max_rows(record: dict, max_rows: int | None) -> str | None:
    if not max_rows or not isinstance(record, dict):
        return None
    rows = record_rows(record)
    if rows <= max_rows:
        return None
    indicators = sum(len(p.get("indicators") or []) for p in record.get("projects") or [])
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
