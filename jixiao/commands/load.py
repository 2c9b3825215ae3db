"""``jixiao load records.jsonl --db URL``: load records made by ``jixiao extract --jsonl``.

Each line is validated against schemas/record.schema.json; a bad line is reported
by its number and the rest still load.  A record whose sha256 is already in the
archive is skipped, so loading the same file twice (or after a crash) loads each
draft exactly once; records are committed in batches (a savepoint each), so a killed load leaves
whole drafts only and a rerun loads what is missing.
"""
from __future__ import annotations

import json
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
    p.set_defaults(func=run)


def run(args) -> int:
    from jixiao.extract.errors import UserError
    from jixiao.load.schema import upgrade
    from jixiao.load.url import make_engine, normalize_url

    loader = RecordLoader(None, replace=args.replace)
    db_url = normalize_url(args.db)
    engine = make_engine(db_url)
    try:
        upgrade(engine=engine)
        loader.engine = engine
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
    """Loads records in batches: one transaction per ``batch`` records with a savepoint
    per record, so a record the database refuses costs only itself, a killed load
    leaves whole drafts only, and the commit (a sync to disk) is paid once a batch."""

    def __init__(self, engine, *, replace: bool = True, err=None, batch: int = 50):
        self.engine = engine
        self.replace = replace
        self.err = err or sys.stderr
        self.batch = batch
        self.loaded = self.skipped = self.bad = 0
        self._validator = _validator()
        self._pending: list[tuple[str, int, dict]] = []

    def load_lines(self, lines, name: str) -> None:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            record, reason = self.parse(line)
            if reason:
                self._refuse(name, number, reason)
                continue
            self._pending.append((name, number, record))
            if len(self._pending) >= self.batch:
                self.flush()
        self.flush()

    def parse(self, line: str) -> tuple[dict | None, str | None]:
        """The record of one line, or the reason it is not one."""
        try:
            record = json.loads(line)
        except ValueError as err:
            return None, f"not JSON ({err})"
        problem = self._validator.first_problem(record)
        if problem:
            return None, f"not a jixiao record: {problem}"
        source = record["source"]
        if not isinstance(source.get("sha256"), str) or not isinstance(source.get("path"), str):
            return None, "not a jixiao record: source.sha256 and source.path are needed to identify the draft"
        return record, None

    def flush(self) -> None:
        from sqlalchemy.exc import IntegrityError

        from jixiao.load.write import delete_other_versions, document_id_for, write_record

        pending, self._pending = self._pending, []
        if not pending:
            return
        refused = []
        with self.engine.begin() as conn:
            for name, number, record in pending:
                sha256, path = record["source"]["sha256"], record["source"]["path"]
                try:
                    with conn.begin_nested():
                        if document_id_for(conn, sha256) is not None:
                            self.skipped += 1
                            continue
                        document_id = write_record(conn, record, path=path, sha256=sha256)
                        if self.replace:
                            delete_other_versions(conn, path, document_id)
                except IntegrityError:  # another loader committed the same draft meanwhile
                    self.skipped += 1
                    continue
                except Exception as err:  # noqa: BLE001 - a record the database refuses fails its line only
                    refused.append((name, number, f"the database refused the record ({type(err).__name__}: "
                                                  f"{' '.join(str(err).split())[:200]})"))
                    continue
                self.loaded += 1
        for name, number, reason in refused:
            self._refuse(name, number, reason)

    def _refuse(self, name: str, number: int, reason: str) -> None:
        self.bad += 1
        print(f"jixiao: error: {name}:{number}: {reason}", file=self.err, flush=True)


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
