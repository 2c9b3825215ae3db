"""``jixiao ingest PATH...``: extract drafts in parallel and load them into the archive."""
from __future__ import annotations

import argparse
import importlib
import os
import sys


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "ingest",
        help="extract drafts and load them into a database",
        description="Extract every draft under PATH (files or folders, recursively; hidden files are "
        "skipped) and load it into the database. A file already loaded (same sha256) is skipped; "
        "a changed file at a known path replaces its older version unless --keep-old.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH")
    parser.add_argument("--db", metavar="URL", help="database URL (default: $JIXIAO_DB or sqlite:///jixiao.db)")
    parser.add_argument("--workers", type=int, metavar="N", help="extraction processes (default: CPU count)")
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--replace", dest="replace", action="store_true", default=True,
                       help="a changed file replaces the older version loaded from the same path (default)")
    group.add_argument("--keep-old", dest="replace", action="store_false",
                       help="keep older versions of changed files as separate documents")
    # SUPPRESS: `jixiao --debug ingest` must not be undone by this flag's default.
    parser.add_argument("--debug", action="store_true", default=argparse.SUPPRESS,
                        help="show tracebacks for internal errors")
    # For tests and experiments: any importable `module:function` taking a path and returning a record.
    parser.add_argument("--extractor", metavar="MODULE:FUNC", help=argparse.SUPPRESS)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from jixiao.ingest import ingest
    from load.url import normalize_url

    db_url = normalize_url(args.db)
    debug = bool(getattr(args, "debug", False))
    summary = ingest(
        args.paths,
        db_url,
        workers=args.workers,
        replace=args.replace,
        debug=debug,
        extractor=_resolve(args.extractor) if args.extractor else None,
        reporter=make_reporter(sys.stderr, debug=debug),
        args=sys.argv[1:],
    )
    print_summary(summary, db_url, replace=args.replace, out=sys.stdout)
    return summary.exit_code


def _resolve(spec: str):
    module, _, name = spec.partition(":")
    if not name:
        raise SystemExit(f"jixiao: error: --extractor wants MODULE:FUNC, got {spec!r}")
    sys.path.insert(0, os.getcwd())
    return getattr(importlib.import_module(module), name)


def make_reporter(stream, *, debug: bool = False):
    """A progress bar on a terminal; one plain line per file when piped or logged."""
    if stream.isatty():
        return _ProgressReporter(stream)
    return _LineReporter(stream, debug=debug)


class _LineReporter:
    def __init__(self, stream, *, debug: bool):
        self.stream = stream
        self.debug = debug

    def start(self, total: int) -> None:
        pass

    def file_done(self, outcome) -> None:
        print(_line(outcome, debug=self.debug), file=self.stream, flush=True)

    def finish(self, summary) -> None:
        pass


class _ProgressReporter:
    def __init__(self, stream):
        from rich.console import Console

        self.console = Console(file=stream)
        self.progress = None

    def start(self, total: int) -> None:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self.progress = Progress(
            TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
            TextColumn("{task.fields[failed]} failed"), console=self.console, transient=True,
        )
        self.progress.start()
        self.task = self.progress.add_task("ingest", total=total, failed=0)
        self.failed = 0

    def file_done(self, outcome) -> None:
        if outcome.status == "failed":
            self.failed += 1
            # Failures stay on screen above the bar; successes only move it.
            self.progress.console.print(_line(outcome, debug=True), markup=False, highlight=False)
        self.progress.update(self.task, advance=1, failed=self.failed)

    def finish(self, summary) -> None:
        self.progress.stop()


def _line(outcome, *, debug: bool) -> str:
    if outcome.status == "ok":
        detail = f"{outcome.projects} projects, {outcome.indicators} indicators, {outcome.issues} issues"
        if outcome.replaced:
            detail += f"; replaced {outcome.replaced} older version(s)"
        if outcome.older_kept:
            detail += f"; kept {outcome.older_kept} older version(s)"
        return f"ok {outcome.path} ({detail})"
    error = outcome.error or ""
    if not debug:
        error = error.splitlines()[0] if error else ""
    return f"{outcome.status} {outcome.path}: {error}"


def print_summary(summary, db_url: str, *, replace: bool, out) -> None:
    from sqlalchemy.engine import make_url

    where = make_url(db_url).render_as_string(hide_password=True)
    print(f"files: {summary.ok} ok, {summary.failed} failed, {summary.skipped} skipped (already loaded)", file=out)
    print(f"loaded: {summary.projects} projects, {summary.indicators} indicators, {summary.issues} issues", file=out)
    if summary.replaced:
        print(f"changed files: {summary.replaced} older version(s) replaced", file=out)
    if summary.older_kept:
        print(f"changed files: {summary.older_kept} older version(s) kept (--keep-old)", file=out)
    for path, error in summary.failures[:20]:
        print(f"failed: {path}: {(error.splitlines() or [''])[0]}", file=out)
    if len(summary.failures) > 20:
        print(f"failed: ... and {len(summary.failures) - 20} more (see ingest_files, run {summary.run_id})", file=out)
    print(f"database: {where} (ingest run {summary.run_id})", file=out)
