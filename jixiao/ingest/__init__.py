"""Batch ingest: many drafts in, one archive out.

Extraction runs elsewhere — local worker processes by default, or a Dask cluster;
this process is the only writer and commits one transaction per draft as results
arrive, so at most a window of records is in memory and a killed batch leaves only
whole drafts behind. The sha256 of a file's bytes is its identity: rerunning loads
exactly what is missing. One bad file — unreadable, hostile, over a limit, hanging,
or killing its worker — fails with a one-line reason and the batch goes on.
"""
from __future__ import annotations

import os
import pickle
from typing import Any, Iterable, Iterator, Protocol

from jixiao.ingest.discovery import discover
from jixiao.ingest.limits import BatchLimits
from jixiao.ingest.outcomes import Extracted, FileOutcome, Reporter, SilentReporter, Summary
from jixiao.ingest.task import DefaultExtractor, Extractor, Job, default_extractor, internal_error
from jixiao.ingest.writer import Writer, finish_run, start_run

__all__ = [
    "ingest", "discover", "BatchLimits", "Summary", "FileOutcome", "Extracted", "Reporter",
    "SilentReporter", "default_extractor", "internal_error",
]


class Pool(Protocol):
    capacity: int

    def in_flight(self) -> int: ...
    def submit(self, job: Job) -> None: ...
    def collect(self) -> list[tuple[Job, Extracted]]: ...
    def close(self) -> None: ...


def ingest(
    paths: Iterable[str | os.PathLike],
    db_url: str | None = None,
    *,
    workers: int | None = None,
    replace: bool = True,
    debug: bool = False,
    extractor: Extractor | None = None,
    reporter: Reporter | None = None,
    args: Any = None,
    limits: BatchLimits | None = None,
    executor: str = "local",
    scheduler: Any = None,
    dask_by_path: bool = False,
) -> Summary:
    """Extract and load every file under ``paths``; see the module docstring for the guarantees.

    ``executor`` is ``"local"`` (worker processes, ``workers`` of them) or ``"dask"``
    (``scheduler`` is an address like ``tcp://host:8786`` or a ``distributed.Client``).
    """
    from load.schema import upgrade
    from load.url import make_engine, normalize_url

    limits = limits or BatchLimits()
    extractor = extractor or DefaultExtractor(limits.extract)
    reporter = reporter or SilentReporter()
    pool = _pool(executor, extractor, workers, limits, debug, scheduler, dask_by_path)
    engine = make_engine(normalize_url(db_url))
    try:
        upgrade(engine=engine)
        files = [str(p.absolute()) for p in discover(paths)]
        summary = Summary(run_id=start_run(engine, args))
        reporter.start(len(files))
        writer = Writer(engine, summary.run_id, replace=replace, limits=limits.extract)
        try:
            for outcome in _outcomes(files, writer, pool):
                summary.add(outcome)
                reporter.file_done(outcome)
        except Exception as err:
            # The database went away, filled up or stayed locked: the caller reports
            # what had been loaded (committed, and kept) before the batch stopped.
            err.summary = summary
            raise
        finish_run(engine, summary)
        reporter.finish(summary)
        return summary
    finally:
        pool.close()
        engine.dispose()


def _pool(executor: str, extractor: Extractor, workers: int | None, limits: BatchLimits, debug: bool,
          scheduler: Any, dask_by_path: bool) -> Pool:
    if executor == "dask":
        from jixiao.ingest.dask_pool import DaskPool, connect

        if scheduler is None:
            raise ValueError("the dask executor needs a scheduler address or a distributed.Client")
        own = isinstance(scheduler, str)
        client = connect(scheduler) if own else scheduler
        return DaskPool(client, extractor, limits, debug, by_path=dask_by_path, own_client=own)
    if executor != "local":
        raise ValueError(f"unknown executor {executor!r} (local or dask)")
    if not _travels(extractor):
        from jixiao.ingest.inline import InlinePool

        return InlinePool(extractor, limits, debug)
    from jixiao.ingest.local_pool import LocalPool

    return LocalPool(extractor, max(1, workers or os.cpu_count() or 1), limits, debug)


def _travels(extractor: Extractor) -> bool:
    """Can the extractor be sent to a worker process? Closures and lambdas cannot."""
    try:
        pickle.dumps(extractor)
    except Exception:  # noqa: BLE001 - pickling fails in many ways
        return False
    return True


def _outcomes(files: list[str], writer: Writer, pool: Pool) -> Iterator[FileOutcome]:
    """Hash, skip or extract, and load each file; yields as each file is settled.

    A bounded window: no more files are submitted than the pool can work on, so the
    writer never falls so far behind that records pile up.
    """
    with_bytes = getattr(pool, "needs_bytes", False)
    queue = iter(files)
    exhausted = False
    while True:
        while not exhausted and pool.in_flight() < pool.capacity:
            path = next(queue, None)
            if path is None:
                exhausted = True
                break
            job, outcome = writer.precheck(path, with_bytes=with_bytes)
            if outcome:
                yield outcome
            else:
                pool.submit(job)
        if not pool.in_flight():
            return
        for job, extracted in pool.collect():
            yield writer.load(job, extracted)
