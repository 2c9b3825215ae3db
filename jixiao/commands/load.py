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
    from jixiao.argtypes import positive_int

    p.add_argument("--jobs", type=positive_int, default=None, metavar="N",
                   help="processes preparing records (parsing, checking, segmenting words for the search "
                        "index) while this one writes (default: the number of CPUs)")
    p.set_defaults(func=run)


def run(args) -> int:
    from jixiao.extract.errors import UserError
    from jixiao.load.schema import upgrade
    from jixiao.load.url import make_engine, normalize_url

    db_url = normalize_url(args.db)
    engine = make_engine(db_url)
    try:
        upgrade(engine=engine)
        loader = RecordLoader(engine, replace=args.replace, jobs=args.jobs)
        with loader:
            for name in args.records:
                try:
                    stream = sys.stdin if name == "-" else open(name, encoding="utf-8")
                except OSError as err:
                    raise UserError(f"{name}: {err.strerror.lower() if err.strerror else err}") from None
                with stream:
                    loader.load_lines(stream, "<stdin>" if name == "-" else name)
    finally:
        engine.dispose()
    print(f"records: {loader.loaded} loaded, {loader.skipped} skipped (already loaded), {loader.bad} bad lines",
          file=sys.stdout)
    return 1 if loader.bad else 0


class RecordLoader:
    """Loads records in batches, one transaction per ``batch`` records.

    Each line becomes its rows (parsed, validated, segmented for the search index:
    most of the work) in ``jobs`` worker processes when there are several, and this
    process only writes: a batch's rows go in with one statement per table. A record
    the database refuses costs only itself (the batch is retried record by record,
    each in a savepoint); a killed load leaves whole batches only, and a rerun skips
    what is in (by sha256) and loads the rest.
    """

    def __init__(self, engine, *, replace: bool = True, err=None, batch: int = 100, jobs: int | None = 1):
        self.engine = engine
        self.replace = replace
        self.err = err or sys.stderr
        self.batch = batch
        self.jobs = max(1, jobs if jobs is not None else (os.cpu_count() or 1))
        self.loaded = self.skipped = self.bad = 0
        self.dialect = engine.dialect.name
        self._pending: list = []
        self._pool = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None

    def load_lines(self, lines, name: str) -> None:
        for prepared in self._prepared(self._numbered(lines, name)):
            for number, rows, reason in prepared:
                if reason:
                    self._refuse(name, number, reason)
                    continue
                self._pending.append((name, number, rows))
                if len(self._pending) >= self.batch:
                    self.flush()
        self.flush()

    def parse(self, line: str):
        """The rows of one line's record, or the reason it is not one."""
        return prepare_line(line, self.dialect)

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
        if self.jobs == 1:
            for chunk in chunks:
                yield prepare_lines(chunk, self.dialect)
            return
        from collections import deque

        pool = self._worker_pool()
        window: deque = deque()
        for chunk in chunks:
            window.append(pool.submit(prepare_lines, chunk, self.dialect))
            if len(window) >= 2 * self.jobs:  # a bounded read-ahead: memory stays flat on any file
                yield window.popleft().result()
        while window:
            yield window.popleft().result()

    def _worker_pool(self):
        if self._pool is None:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            methods = multiprocessing.get_all_start_methods()
            context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
            self._pool = ProcessPoolExecutor(self.jobs, mp_context=context, initializer=_orphan_guard,
                                             initargs=(os.getpid(),))
        return self._pool

    def flush(self) -> None:
        from jixiao.load.write import write_batch

        pending, self._pending = self._pending, []
        if not pending:
            return
        result = write_batch(self.engine, [rows for _, _, rows in pending], replace=self.replace)
        self.loaded += len(result.loaded)
        self.skipped += len(result.skipped)
        for position, error in result.refused:
            name, number, _ = pending[position]
            self._refuse(name, number, f"the database refused the record ({error})")

    def _refuse(self, name: str, number: int, reason: str) -> None:
        self.bad += 1
        print(f"jixiao: error: {name}:{number}: {reason}", file=self.err, flush=True)


PREPARE_CHUNK = 25  # lines a worker prepares at a time


def _orphan_guard(parent: int) -> None:
    """A worker ends when the loader is gone (killed with SIGKILL, it cannot tell its workers)."""
    import threading
    import time

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, daemon=True, name="orphan-guard").start()


def prepare_lines(chunk, dialect: str) -> list[tuple]:
    """``(number, rows, reason)`` for each ``(number, line)``; runs in the loader's workers."""
    out = []
    for number, line in chunk:
        rows, reason = prepare_line(line, dialect)
        out.append((number, rows, reason))
    return out


def prepare_line(line: str, dialect: str):
    """The rows of one line's record, or the reason it is not one."""
    import msgspec

    from jixiao.extract.record import from_data
    from jixiao.load.portable import DoesNotFit
    from jixiao.load.rows import draft_rows, record_identity

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
        return draft_rows(record, path=path, sha256=sha256, dialect=dialect, record_json=line.strip()), None
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
