"""Batch ingest: many drafts in, one archive out.

Extraction runs in worker processes; the main process is the only writer and
commits one transaction per draft as results arrive, so at most a window of
records is in memory and a killed batch leaves only whole drafts behind. The
sha256 of a file's bytes is its identity: rerunning loads exactly what is missing.
"""
from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import sys
import time
import traceback
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Protocol

from sqlalchemy import Connection, Engine, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from load.models import Document, IngestFile, IngestRun
from load.schema import upgrade
from load.url import make_engine, normalize_url
from load.write import delete_other_versions, file_sha256, write_record

Extractor = Callable[[str], dict]


@dataclass
class Extracted:
    """What a worker sends back: a record or a one-line error, never an exception object."""

    record: dict | None
    error: str | None
    seconds: float


@dataclass
class FileOutcome:
    path: str
    status: str  # ok | failed | skipped
    sha256: str | None = None
    error: str | None = None
    document_id: int | None = None
    projects: int = 0
    indicators: int = 0
    issues: int = 0
    replaced: int = 0
    older_kept: int = 0
    seconds_extract: float | None = None
    seconds_load: float | None = None


@dataclass
class Summary:
    run_id: int | None = None
    ok: int = 0
    failed: int = 0
    skipped: int = 0
    projects: int = 0
    indicators: int = 0
    issues: int = 0
    replaced: int = 0
    older_kept: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        return 1 if self.failed else 0

    def add(self, outcome: FileOutcome) -> None:
        setattr(self, outcome.status, getattr(self, outcome.status) + 1)
        self.projects += outcome.projects
        self.indicators += outcome.indicators
        self.issues += outcome.issues
        self.replaced += outcome.replaced
        self.older_kept += outcome.older_kept
        if outcome.status == "failed":
            self.failures.append((outcome.path, outcome.error or ""))


class Reporter(Protocol):
    def start(self, total: int) -> None: ...
    def file_done(self, outcome: FileOutcome) -> None: ...
    def finish(self, summary: Summary) -> None: ...


class SilentReporter:
    def start(self, total: int) -> None:
        pass

    def file_done(self, outcome: FileOutcome) -> None:
        pass

    def finish(self, summary: Summary) -> None:
        pass


def discover(paths: Iterable[str | os.PathLike]) -> Iterator[Path]:
    """Every regular file named or under a named folder, in a stable order; hidden ones skipped.

    A file named explicitly is taken even if hidden: the user asked for it. Paths that
    do not exist are yielded too, so they are reported as failed rather than lost.
    """
    for given in paths:
        path = Path(given)
        if not path.is_dir():
            yield path
            continue
        for folder, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                candidate = Path(folder, name)
                if not name.startswith(".") and candidate.is_file():
                    yield candidate


def default_extractor(path: str) -> dict:
    from extract import extract_file  # lazily: workers pay for the extractor's imports, the CLI does not

    return extract_file(path)


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
) -> Summary:
    """Extract and load every file under ``paths``; see the module docstring for the guarantees."""
    extractor = extractor or default_extractor
    reporter = reporter or SilentReporter()
    workers = max(1, workers or os.cpu_count() or 1)
    engine = make_engine(normalize_url(db_url))
    try:
        upgrade(engine=engine)
        files = [str(p.absolute()) for p in discover(paths)]
        summary = Summary(run_id=_start_run(engine, args))
        reporter.start(len(files))
        writer = _Writer(engine, summary.run_id, replace=replace)
        for outcome in _outcomes(files, writer, extractor, workers, debug):
            summary.add(outcome)
            reporter.file_done(outcome)
        _finish_run(engine, summary)
        reporter.finish(summary)
        return summary
    finally:
        engine.dispose()


def _outcomes(files: list[str], writer: "_Writer", extractor: Extractor, workers: int, debug: bool) -> Iterator[FileOutcome]:
    """Hash, skip or extract, and load each file; yields as each file is settled."""
    if workers == 1:
        for path in files:
            sha256, outcome = writer.precheck(path)
            yield outcome or writer.load(path, sha256, _extract_one(extractor, path, debug))
        return

    # A bounded window: the writer never falls so far behind that records pile up.
    window = workers * 2
    pending: dict[Future, tuple[str, str | None, ProcessPoolExecutor]] = {}
    queue = iter(files)
    executor = _executor(workers, debug)
    try:
        exhausted = False
        while pending or not exhausted:
            while not exhausted and len(pending) < window:
                path = next(queue, None)
                if path is None:
                    exhausted = True
                    break
                sha256, outcome = writer.precheck(path)
                if outcome:
                    yield outcome
                    continue
                try:
                    future = executor.submit(_extract_one, extractor, path, debug)
                except BrokenProcessPool:  # broke since the last wait; its futures report it below
                    executor.shutdown(wait=False, cancel_futures=True)
                    executor = _executor(workers, debug)
                    future = executor.submit(_extract_one, extractor, path, debug)
                pending[future] = (path, sha256, executor)
            if not pending:
                continue
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                path, sha256, pool = pending.pop(future)
                try:
                    extracted = future.result()
                except BrokenProcessPool:
                    # A worker died (a crash in native code, the OOM killer). Every file in
                    # flight on that pool is lost with it; they fail here and load on a rerun.
                    extracted = Extracted(None, "internal error: the extraction worker process died", 0.0)
                    if pool is executor:
                        executor.shutdown(wait=False, cancel_futures=True)
                        executor = _executor(workers, debug)
                yield writer.load(path, sha256, extracted)
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


def _executor(workers: int, debug: bool) -> ProcessPoolExecutor:
    # forkserver, not fork: the progress bar runs a thread, and forking a process
    # with threads can hand a worker a lock that nobody will ever release.
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        # Preloading also hands the server our sys.path (without it, a jixiao run from a
        # checkout could not import itself there), and workers start with the extractor warm.
        context.set_forkserver_preload(["jixiao.ingest", "extract"])
    else:
        context = multiprocessing.get_context("spawn")
    return ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_worker_init,
        initargs=(debug,),
    )


def _worker_init(debug: bool) -> None:
    if not debug:
        import warnings

        # Library warnings from many workers would tear the progress display apart.
        warnings.simplefilter("ignore")


def _extract_one(extractor: Extractor, path: str, debug: bool) -> Extracted:
    """Runs in a worker. Errors become strings: exceptions may not survive pickling."""
    from extract.errors import DraftError

    started = time.perf_counter()
    try:
        record = extractor(path)
        return Extracted(record, None, time.perf_counter() - started)
    except DraftError as err:
        message = str(err.reason)
    except Exception as err:  # noqa: BLE001 - one bad file must not stop the batch
        message = internal_error(err, debug)
    return Extracted(None, message, time.perf_counter() - started)


def internal_error(err: BaseException, debug: bool) -> str:
    message = f"internal error: {type(err).__name__}: {' '.join(str(err).split())}"
    if debug:
        message += "\n" + "".join(traceback.format_exception(err))
    return message


class _Writer:
    """The only process that writes: one transaction per draft, log row included."""

    def __init__(self, engine: Engine, run_id: int, *, replace: bool):
        self.engine = engine
        self.run_id = run_id
        self.replace = replace

    def precheck(self, path: str) -> tuple[str | None, FileOutcome | None]:
        """The file's sha256, and an outcome already if it needs no extraction."""
        try:
            sha256 = file_sha256(path)
        except FileNotFoundError:
            return None, self._log(FileOutcome(path, "failed", error="no such file"))
        except OSError as err:
            return None, self._log(FileOutcome(path, "failed", error=f"cannot read: {err.strerror or err}"))
        with self.engine.connect() as conn:
            loaded = conn.execute(select(Document.id, Document.path).where(Document.sha256 == sha256)).first()
        if loaded is None:
            return sha256, None
        note = "already loaded" if loaded.path == path else f"already loaded from {loaded.path}"
        return sha256, self._log(FileOutcome(path, "skipped", sha256=sha256, error=note, document_id=loaded.id))

    def load(self, path: str, sha256: str, extracted: Extracted) -> FileOutcome:
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
            return self._log(FileOutcome(path, "failed", sha256=sha256, error=internal_error(err, False),
                                         seconds_extract=extracted.seconds))
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


def _start_run(engine: Engine, args: Any) -> int:
    with engine.begin() as conn:
        row = {"started_at": _now(), "args": args if args is not None else sys.argv[1:],
               "files_ok": 0, "files_failed": 0, "files_skipped": 0}
        return conn.execute(insert(IngestRun).returning(IngestRun.id), row).scalar_one()


def _finish_run(engine: Engine, summary: Summary) -> None:
    with engine.begin() as conn:
        conn.execute(
            update(IngestRun).where(IngestRun.id == summary.run_id).values(
                finished_at=_now(), files_ok=summary.ok, files_failed=summary.failed,
                files_skipped=summary.skipped,
            )
        )


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)
