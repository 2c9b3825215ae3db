"""Batch ingest: many drafts in, one archive out.

Extraction runs elsewhere — local worker processes by default, or a Dask cluster;
this process is the only writer and commits one transaction per draft as results
arrive, so at most a window of records is in memory and a killed batch leaves only
whole drafts behind. The sha256 of a file's bytes is its identity: rerunning loads
exactly what is missing. One bad file — unreadable, hostile, over a limit, hanging,
or killing its worker — fails with a one-line reason and the batch goes on.
What is not a draft at all (the archive itself, notes, JSON, code, FIFOs) is
skipped with its reason (discovery.py). Concurrent ingests claim files before
extracting them (claims.py), so each file is extracted once. SIGTERM and SIGINT
stop the batch cleanly: workers are ended, the run is marked ``interrupted``.
"""
from __future__ import annotations

import contextlib
import itertools
import os
import pickle
import signal
import threading
import time
from collections import deque
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Protocol

from jixiao.ingest.discovery import Found, discover, survey
from jixiao.ingest.limits import BatchLimits
from jixiao.ingest.outcomes import Extracted, FileOutcome, Reporter, SilentReporter, Summary
from jixiao.ingest.task import DefaultExtractor, Extractor, Job, default_extractor, internal_error

if TYPE_CHECKING:
    from jixiao.ingest.writer import Writer

__all__ = [
    "ingest", "discover", "survey", "BatchLimits", "Summary", "FileOutcome", "Extracted", "Reporter",
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
    strict: bool = False,
) -> Summary:
    """Extract and load every file under ``paths``; see the module docstring for the guarantees.

    ``executor`` is ``"local"`` (worker processes, ``workers`` of them) or ``"dask"``
    (``scheduler`` is an address like ``tcp://host:8786`` or a ``distributed.Client``).
    ``strict``: a file that does not look like a draft fails instead of being skipped.
    An interrupted batch (SIGINT, SIGTERM) returns its summary with ``interrupted`` set.
    """
    # The archive's side (SQLAlchemy) is imported here, not with the package: the local
    # pool's workers import this package and build rows without a database (~0.3 s each).
    from jixiao.ingest.runs import finish_run, start_run
    from jixiao.ingest.writer import Writer
    from jixiao.load import checkpoints
    from jixiao.load.schema import upgrade
    from jixiao.load.url import make_engine, normalize_url

    limits = limits or BatchLimits()
    extractor = extractor or DefaultExtractor(limits.extract)
    reporter = reporter or SilentReporter()
    pool = _pool(executor, extractor, workers, limits, debug, scheduler, dask_by_path)
    engine = make_engine(normalize_url(db_url))
    checkpointer = checkpoints.beside(engine)
    summary = None
    try:
        with _signals_as_interrupts():
            upgrade(engine=engine)
            found = list(survey(paths, strict=strict, own_files=_archive_files(engine)))
            summary = Summary(run_id=start_run(engine, args))
            reporter.start(len(found))
            writer = Writer(engine, summary.run_id, replace=replace, limits=limits.extract,
                            timeout=limits.timeout, max_rows=limits.max_rows)
            alive = _Heartbeat(engine, summary.run_id)
            for outcome in _outcomes(found, writer, pool, alive):
                summary.add(outcome)
                reporter.file_done(outcome)
            finish_run(engine, summary)
    except BaseException as err:
        if summary is None or summary.run_id is None:
            raise
        pool.close()  # the workers go first: nothing may still be running when the run says it ended
        with contextlib.suppress(Exception):
            finish_run(engine, summary, status="interrupted")
        if not isinstance(err, KeyboardInterrupt):
            # The database went away, filled up or stayed locked: the caller reports
            # what had been loaded (committed, and kept) before the batch stopped.
            err.summary = summary
            raise
        summary.interrupted = True
        summary.signal = getattr(err, "signal", signal.SIGINT)  # a plain KeyboardInterrupt: Ctrl-C
    finally:
        pool.close()
        if checkpointer is not None:
            checkpointer.close()
        engine.dispose()
    reporter.finish(summary)
    return summary


class Interrupted(KeyboardInterrupt):
    """SIGINT or SIGTERM, raised only where the batch can stop cleanly."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signal = signum


class _Stop:
    """Where a signal may end the batch at once: while waiting for workers, never mid-write.

    A KeyboardInterrupt raised at an arbitrary point could land inside the database
    driver or the connection pool's lock and leave nothing able to record the end of
    the run. So the handler raises only while the writer waits for workers; otherwise
    it notes the signal and the loop stops after the file it is writing.
    """

    requested: int | None = None
    waiting = False

    @classmethod
    def handler(cls, signum, frame):
        cls.requested = signum
        if cls.waiting:
            cls.waiting = False
            raise Interrupted(signum)

    @classmethod
    def check(cls) -> None:
        if cls.requested is not None:
            raise Interrupted(cls.requested)

    @classmethod
    @contextlib.contextmanager
    def interruptible(cls):
        cls.check()
        cls.waiting = True
        try:
            yield
        finally:
            cls.waiting = False
        cls.check()


@contextlib.contextmanager
def _signals_as_interrupts():
    """SIGINT and SIGTERM end the batch through _Stop (main thread only: signals go there)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    _Stop.requested, _Stop.waiting = None, False
    previous = {sig: signal.signal(sig, _Stop.handler) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        _Stop.requested, _Stop.waiting = None, False


def _archive_files(engine) -> list[str]:
    """The SQLite archive's own files, never input: ``jixiao ingest .`` beside jixiao.db."""
    if engine.dialect.name != "sqlite" or not engine.url.database or engine.url.database == ":memory:":
        return []
    base = os.path.realpath(engine.url.database)
    return [base] + [base + suffix for suffix in ("-wal", "-shm", "-journal")]


class _Heartbeat:
    """Tells other runs this one is alive, at most every HEARTBEAT_SECONDS."""

    def __init__(self, engine, run_id: int):
        self.engine, self.run_id, self.last = engine, run_id, time.monotonic()

    def __call__(self) -> None:
        from jixiao.ingest.runs import HEARTBEAT_SECONDS, heartbeat

        if time.monotonic() - self.last >= HEARTBEAT_SECONDS:
            self.last = time.monotonic()
            heartbeat(self.engine, self.run_id)


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


# Drafts written per transaction at most, and how long a settled draft may wait for
# others to join it: one commit (and on SQLite the checkpoints that follow commits)
# is paid per batch rather than per draft, while the workers keep extracting.
WRITE_BATCH = 25
WRITE_WAIT = 0.5
# Files hashed, looked up and claimed together: per file, those round trips cost the
# writer more than writing the draft.
CLAIM_AHEAD = 25


def _outcomes(found: list[Found], writer: Writer, pool: Pool, alive=lambda: None) -> Iterator[FileOutcome]:
    """Hash, skip or extract, and load each file; yields as each file is settled.

    A bounded window: no more files are submitted than the pool can work on, so the
    writer never falls so far behind that records pile up. Files are hashed and
    claimed ahead of the pool, up to CLAIM_AHEAD at a time (the first time only as
    many as the pool takes, so that the workers start at once); their claims are
    released with the run if it stops before they are extracted. What the workers
    settle waits to be written together (up to WRITE_BATCH drafts, until the first
    arrival after WRITE_WAIT seconds); when the batch stops, what was extracted is
    written before it ends.
    """
    with_bytes = getattr(pool, "needs_bytes", False)
    queue = iter(found)
    ready: deque = deque()  # claimed, waiting for room in the pool
    ahead = pool.capacity
    settled: list = []
    since = 0.0
    try:
        while True:
            while pool.in_flight() < pool.capacity:
                if ready:
                    pool.submit(ready.popleft())
                    continue
                items = list(itertools.islice(queue, ahead))
                if not items:
                    break
                _Stop.check()
                for job, outcome in writer.precheck_many(items, with_bytes=with_bytes):
                    if outcome:
                        yield outcome
                    else:
                        ready.append(job)
                # Files read whole for a remote pool wait in memory: no more than it takes.
                ahead = pool.capacity if with_bytes else max(pool.capacity, CLAIM_AHEAD)
                alive()
            if not pool.in_flight():
                break
            with _Stop.interruptible():
                arrived = pool.collect()
            if arrived and not settled:
                since = time.monotonic()
            settled += arrived
            if len(settled) >= WRITE_BATCH or time.monotonic() - since >= WRITE_WAIT:
                batch, settled = settled, []
                yield from writer.load_batch(batch)
            alive()
    except KeyboardInterrupt:  # SIGINT or SIGTERM (Interrupted): what was extracted is kept
        if settled:
            yield from writer.load_batch(settled)
        raise
    if settled:
        yield from writer.load_batch(settled)
