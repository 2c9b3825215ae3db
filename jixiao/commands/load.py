"""``jixiao load records.jsonl --db URL``: load records made by ``jixiao extract --jsonl``.

Each line is validated against schemas/record.schema.json; a bad line is reported
by its number and the rest still load.  A record whose sha256 is already in the
archive is skipped, so loading the same file twice (or after a crash) loads each
draft exactly once. Records are prepared (parsed, validated, turned into rows and segmented for
the search index) by worker processes and committed in batches, so a killed load leaves whole
drafts only and a rerun loads what is missing.
"""
from __future__ import annotations

import functools
import json
import os
import sys


def register(sub) -> None:
    p = sub.add_parser(
        "load",
        help="load records (JSON lines from `extract --jsonl`) into a database",
        description="Load records written by `jixiao extract --jsonl` ('-' reads standard input). Each line "
        "is checked against the record schema; bad lines are reported by number and skipped. A record "
        "already loaded (same sha256) is skipped; a changed file at a known path replaces its older "
        "version unless --keep-old.",
    )
    p.add_argument("records", nargs="+", metavar="RECORDS.jsonl")
    p.add_argument("--db", metavar="URL", help="database URL (default: $JIXIAO_DB or sqlite:///jixiao.db)")
    p.add_argument("--keep-old", dest="replace", action="store_false", default=True,
                   help="keep older versions of changed files as separate documents")
    from jixiao.argtypes import count

    p.add_argument("--jobs", type=count, default=None, metavar="N",
                   help="worker processes preparing records (parsing, checking, segmenting words for the "
                        "search index) while this one writes; 0 does everything in this process "
                        "(default: one less than the number of CPUs, at least one)")
    p.set_defaults(func=run)


def run(args) -> int:
    jobs = args.jobs if args.jobs is not None else default_jobs()
    # Started first, before this process imports SQLAlchemy and Alembic (~0.3 s): the
    # workers load the word segmenter's dictionary and prepare the first records while
    # this process opens and upgrades the database, rather than after.
    pool = start_workers(jobs)
    try:
        from jixiao.extract.errors import UserError
        from jixiao.load import checkpoints
        from jixiao.load.schema import upgrade
        from jixiao.load.url import make_engine, normalize_url

        db_url = normalize_url(args.db)
        engine = make_engine(db_url)
        checkpointer = checkpoints.beside(engine)
    except BaseException:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
        raise
    loader = None
    try:
        upgrade(engine=engine)
        loader = RecordLoader(engine, replace=args.replace, jobs=jobs, pool=pool)
        with loader:
            for name in args.records:
                try:
                    stream = sys.stdin if name == "-" else open(name, encoding="utf-8")
                except OSError as err:
                    raise UserError(f"{name}: {err.strerror.lower() if err.strerror else err}") from None
                with stream:
                    loader.load_lines(stream, "<stdin>" if name == "-" else name)
    except Exception as err:
        if loader is not None:  # the CLI prints these under its one-line error: what is in is kept
            err.summary_lines = ["stopped early; what was loaded before is kept (run the same command again "
                                 "to go on)", _summary(loader)]
        raise
    finally:
        if pool is not None and loader is None:  # once made, the loader owns the pool and ends it
            pool.shutdown(cancel_futures=True)
        if checkpointer is not None:
            checkpointer.close()
        engine.dispose()
    print(_summary(loader), file=sys.stdout)
    return 1 if loader.bad else 0


def _summary(loader: "RecordLoader") -> str:
    return f"records: {loader.loaded} loaded, {loader.skipped} skipped (already loaded), {loader.bad} bad lines"


class RecordLoader:
    """Loads records in batches, one transaction per ``batch`` records (fewer when the
    workers have no more ready: the writer writes what it has rather than wait).

    Each line becomes its rows (parsed, validated, segmented for the search index:
    about as much work as writing them) in ``jobs`` worker processes (0: in this
    one), and this process only writes: a batch's rows go in with one statement per
    table. The default leaves this process a CPU of its own: the writer is the one
    stage that cannot be shared. On PostgreSQL ``writers`` batches are written at
    once, each through its own connection: while the server indexes one batch, this
    process sends the next, and the server uses more than one CPU. A record
    the database refuses costs only itself (the batch is retried record by record,
    each in a savepoint); a killed load leaves whole batches only, and a rerun skips
    what is in (by sha256) and loads the rest.
    """

    def __init__(self, engine, *, replace: bool = True, err=None, batch: int = 100, jobs: int | None = 0,
                 pool=None):
        self.engine = engine
        self.replace = replace
        self.err = err or sys.stderr
        self.batch = batch
        self.jobs = max(0, jobs if jobs is not None else default_jobs())
        self.loaded = self.skipped = self.bad = 0
        self.dialect = engine.dialect.name
        self._pending: list = []
        self._pool = pool  # workers started already (start_workers), or None: started when needed
        # SQLite takes one writer at a time; PostgreSQL's concurrent transactions are safe
        # beside each other (ids come from sequences, a draft's identity is a unique key).
        self.writers = WRITERS if self.dialect == "postgresql" else 1
        self._writing: list = []  # (pending, future) of batches being written, oldest first
        self._write_threads = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, *exc):
        try:
            self._finish_writes(quiet=exc_type is not None)
        finally:
            if self._write_threads is not None:
                self._write_threads.shutdown()
            if self._pool is not None:
                self._pool.shutdown(cancel_futures=True)
                self._pool = None

    def load_lines(self, lines, name: str) -> None:
        for prepared in self._prepared(self._numbered(lines, name)):
            if prepared is NOT_READY:
                # The workers are behind: write what is ready rather than wait for a full
                # batch (the writer's first batch goes in while they prepare the next).
                self.flush()
                continue
            for number, rows, reason in prepared:
                if reason:
                    self._refuse(name, number, reason)
                    continue
                self._pending.append((name, number, rows))
                if len(self._pending) >= self.batch:
                    self.flush()
        self.flush()
        self._finish_writes()

    def parse(self, line: str):
        """The rows of one line's record, or the reason it is not one."""
        return prepare_line(_stored_line(line), self.dialect)

    def _numbered(self, lines, name: str):
        """Chunks of ``(number, line)``: what one worker prepares at a time."""
        chunk = []
        for number, line in enumerate(lines, start=1):
            if line.strip():
                chunk.append((number, line))
            if len(chunk) >= PREPARE_CHUNK:
                yield chunk
                chunk = []
        if chunk:
            yield chunk

    def _prepared(self, chunks):
        if self.jobs == 0:
            for chunk in chunks:
                yield prepare_lines(chunk, self.dialect)
            return
        from collections import deque

        pool = self._worker_pool()
        window: deque = deque()
        # A bounded read-ahead (memory stays flat on any file) of two batches: while this
        # process writes one batch, the workers prepare the next instead of waiting.
        ahead = max(2 * self.jobs, 2 * -(-self.batch // PREPARE_CHUNK))
        for chunk in chunks:
            window.append((chunk, pool.submit(prepare_lines, chunk, self.dialect, False)))
            if len(window) >= ahead:
                yield from _next_ready(window)
        while window:
            yield from _next_ready(window)

    def _worker_pool(self):
        if self._pool is None:
            self._pool = start_workers(self.jobs)
        return self._pool

    def flush(self) -> None:
        """Write the pending records: at once with one writer, else beside the batches
        being written, waiting only when ``writers`` are busy."""
        from jixiao.errors import database_unavailable
        from jixiao.load.write import write_batch

        pending, self._pending = self._pending, []
        if not pending:
            return
        drafts = [rows for _, _, rows in pending]
        # A database that is down or full stops the load (one line, what went in is kept);
        # only a record the database refuses by itself is reported alone.
        write = functools.partial(write_batch, self.engine, drafts, replace=self.replace, fatal=database_unavailable)
        if self.writers == 1:
            self._count(pending, write())
            return
        if any(_same_draft(pending, writing) for writing, _ in self._writing):
            # The same file (a path) or the same bytes in a batch being written: wait for it,
            # so the later line replaces the earlier as it would one batch after another.
            self._finish_writes()
        if self._write_threads is None:
            from concurrent.futures import ThreadPoolExecutor

            self._write_threads = ThreadPoolExecutor(self.writers, thread_name_prefix="writer")
        self._writing.append((pending, self._write_threads.submit(write)))
        while len(self._writing) >= self.writers:
            self._count(*self._oldest())

    def _oldest(self):
        pending, future = self._writing.pop(0)
        return pending, future.result()

    def _finish_writes(self, quiet: bool = False) -> None:
        """Wait for the batches being written and count them. ``quiet``: an error is on its
        way out already; a second one from a batch in flight would only hide it."""
        while self._writing:
            try:
                self._count(*self._oldest())
            except Exception:
                if not quiet:
                    raise

    def _count(self, pending, result) -> None:
        self.loaded += len(result.loaded)
        self.skipped += len(result.skipped)
        for position, error in result.refused:
            name, number, _ = pending[position]
            self._refuse(name, number, f"the database refused the record ({error})")

    def _refuse(self, name: str, number: int, reason: str) -> None:
        self.bad += 1
        print(f"jixiao: error: {name}:{number}: {reason}", file=self.err, flush=True)


def _same_draft(batch, other) -> bool:
    keys = {key for _, _, rows in other for key in (rows.path, rows.sha256)}
    return any(rows.path in keys or rows.sha256 in keys for _, _, rows in batch)


PREPARE_CHUNK = 25  # lines a worker prepares at a time
WRITERS = 2  # batches written at once on PostgreSQL


def start_workers(jobs: int):
    """``jobs`` worker processes, started now and warming up; None for 0."""
    if jobs == 0:
        return None
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    pool = ProcessPoolExecutor(jobs, mp_context=context, initializer=_worker_start, initargs=(os.getpid(),))
    pool.submit(int)  # the processes start on the first task
    return pool


def _worker_start(parent: int) -> None:
    _orphan_guard(parent)
    from jixiao.load.segment import warm_up

    _shared_validator()
    warm_up()


def _orphan_guard(parent: int) -> None:
    """A worker ends when the loader is gone (killed with SIGKILL, it cannot tell its workers)."""
    import threading
    import time

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, daemon=True, name="orphan-guard").start()


def prepare_lines(chunk, dialect: str, with_json: bool = True) -> list[tuple]:
    """``(number, rows, reason)`` for each ``(number, line)``; runs in the loader's workers.

    Without ``with_json``, a record stored as its own line comes back without it (the
    loader has the line): half the bytes a worker sends back are that JSON text."""
    out = []
    for number, line in chunk:
        stored = _stored_line(line)
        rows, reason = prepare_line(stored, dialect)
        if rows is not None and not with_json and rows.document[-1] is stored:  # kept as it is: the line
            rows.document = (*rows.document[:-1], AS_READ)
        out.append((number, rows, reason))
    return out


AS_READ = None  # in place of the stored JSON: the line as the loader read it


def _stored_line(line: str) -> str:
    return line.strip()


NOT_READY = object()  # from _prepared: the next chunk is still being prepared


def _next_ready(window) -> "Iterator":
    """The oldest chunk's prepared lines, after NOT_READY if it must be waited for."""
    if not window[0][1].done():
        yield NOT_READY
    yield _with_lines(*window.popleft())


def _with_lines(chunk, future) -> list[tuple]:
    """A worker's prepared chunk, with the lines it left out put back."""
    lines = dict(chunk)
    prepared = future.result()
    for number, rows, _ in prepared:
        if rows is not None and rows.document[-1] is AS_READ:
            rows.document = (*rows.document[:-1], _stored_line(lines[number]))
    return prepared


def default_jobs() -> int:
    """Workers for a load: a CPU is left to the writer (this process); one CPU: none."""
    cpus = os.cpu_count() or 1
    return max(1, cpus - 1) if cpus > 1 else 0


def prepare_line(line: str, dialect: str):
    """The rows of one line's record, or the reason it is not one. ``line`` is stored as it
    is (``_stored_line``: stripped by the caller), so a worker can tell its own line by identity."""
    import msgspec

    from jixiao.extract.record import decode, from_data
    from jixiao.load.portable import DoesNotFit
    from jixiao.load.rows import draft_rows, record_identity

    try:
        # The typed record straight from the line (half the cost of json.loads, then
        # converting the dicts), checked against the schema as the record's own data.
        record = decode(line)
    except msgspec.DecodeError:
        record = None  # read again the thorough way below, for the first problem in its words
    if record is not None:
        problem = _shared_validator().first_problem(msgspec.to_builtins(record))
        if problem:
            return None, f"not a jixiao record: {problem}"
    else:
        try:
            data = json.loads(line)
        except ValueError as err:
            return None, f"not JSON ({err})"
        problem = _shared_validator().first_problem(data)
        if problem:
            return None, f"not a jixiao record: {problem}"
        try:
            record = from_data(data)  # the typed record the archive's rows are read from
        except msgspec.ValidationError as err:
            return None, f"not a jixiao record: {err}"
    sha256, path = record_identity(record)
    if not isinstance(sha256, str) or not isinstance(path, str):
        return None, "not a jixiao record: source.sha256 and source.path are needed to identify the draft"
    try:
        return draft_rows(record, path=path, sha256=sha256, dialect=dialect, record_json=line), None
    except DoesNotFit as err:
        return None, f"does not fit the archive: {err}"


@functools.lru_cache(maxsize=1)
def _shared_validator():
    return _validator()


def _validator():
    """jsonschema-rs checks a seed-size record in 0.1 ms where python-jsonschema takes
    tens of milliseconds, more than writing it; the latter is the fallback."""
    from jixiao.schemas import record_schema

    schema = record_schema()
    try:
        import jsonschema_rs
    except ImportError:
        try:
            from jsonschema import Draft202012Validator
        except ImportError:
            from jixiao.extract.errors import UserError

            raise UserError("validating records needs jsonschema-rs: pip install jsonschema-rs") from None
        return _Python(Draft202012Validator(schema))
    return _Rust(jsonschema_rs.validator_for(schema))


class _Rust:
    def __init__(self, validator):
        self.validator = validator

    def first_problem(self, record) -> str | None:
        for error in self.validator.iter_errors(record):
            return _problem(error.instance_path, error.message)
        return None


class _Python:
    def __init__(self, validator):
        self.validator = validator

    def first_problem(self, record) -> str | None:
        errors = sorted(self.validator.iter_errors(record), key=lambda e: list(map(str, e.absolute_path)))
        return _problem(errors[0].absolute_path, errors[0].message) if errors else None


def _problem(path, message: str) -> str:
    where = "/".join(map(str, path)) or "(top)"
    return f"{where}: {' '.join(message.split())[:200]}"
