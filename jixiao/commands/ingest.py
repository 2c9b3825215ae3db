"""``jixiao ingest PATH...``: extract drafts in parallel and load them into the archive."""
from __future__ import annotations

import argparse
import importlib
import os
import re
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
    limits = parser.add_argument_group("limits per file (a file over one fails with the reason; the batch goes on)")
    limits.add_argument("--timeout", type=float, default=60, metavar="SECONDS",
                        help="wall time; the worker is killed and replaced (default 60, 0 for none)")
    limits.add_argument("--max-pages", type=int, default=500, metavar="N", help="pages of a PDF (default 500)")
    limits.add_argument("--max-bytes", type=_size, default="200M", metavar="SIZE",
                        help="file size, e.g. 50M (default 200M)")
    limits.add_argument("--max-memory", type=_size, default="2G", metavar="SIZE",
                        help="memory a local worker may grow by (address space, Linux; default 2G, 0 for none)")
    limits.add_argument("--ocr-page-timeout", type=float, default=60, metavar="SECONDS",
                        help="wall time per scanned page, added to --timeout for each page read by OCR (default 60)")
    limits.add_argument("--max-inflated", type=_size, default="512M", metavar="SIZE",
                        help="a PDF's compressed streams, decompressed (default 512M)")
    parser.add_argument("--ocr", choices=["auto", "always", "never"], default="auto",
                        help="read scans by OCR: auto (pages without a usable text layer, image files; default), always, never")
    scale = parser.add_argument_group("where extraction runs")
    scale.add_argument("--executor", choices=("local", "dask"), default="local",
                       help="local worker processes (default) or a Dask distributed cluster")
    scale.add_argument("--scheduler", metavar="ADDRESS", help="the Dask scheduler, e.g. tcp://host:8786")
    scale.add_argument("--dask-by-path", action="store_true",
                       help="send paths instead of file bytes to Dask workers (storage shared by all workers)")
    # For tests and experiments: any importable `module:function` taking a path and returning a record.
    parser.add_argument("--extractor", metavar="MODULE:FUNC", help=argparse.SUPPRESS)
    parser.set_defaults(func=run)


_UNITS = {"": 1, "B": 1, "K": 1024, "KB": 1024, "M": 1024**2, "MB": 1024**2, "G": 1024**3, "GB": 1024**3}


def _size(text: str) -> int:
    """``200M``, ``2G``, ``4096``: a number of bytes."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([A-Za-z]*)\s*", str(text))
    unit = match and _UNITS.get(match.group(2).upper())
    if unit is None:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (e.g. 4096, 50M, 2G)")
    return int(float(match.group(1)) * unit)


def run(args: argparse.Namespace) -> int:
    from extract.limits import Limits
    from jixiao.ingest import BatchLimits, ingest
    from load.url import normalize_url

    if args.executor == "dask" and not args.scheduler:
        raise SystemExit("jixiao: error: --executor dask needs --scheduler tcp://HOST:PORT")
    db_url = normalize_url(args.db)
    debug = bool(getattr(args, "debug", False))
    limits = BatchLimits(
        timeout=args.timeout or None,
        max_memory_mb=-(-args.max_memory // (1024 * 1024)) or None,  # rounded up: 1 byte is not "no cap"
        extract=Limits(max_bytes=args.max_bytes, max_pages=args.max_pages, max_inflated=args.max_inflated,
                       ocr_page_seconds=args.ocr_page_timeout or None),
    )
    extractor = _resolve(args.extractor) if args.extractor else None
    if extractor is None and args.ocr != "auto":
        from jixiao.ingest.task import DefaultExtractor

        extractor = DefaultExtractor(limits.extract, ocr=args.ocr)
    try:
        summary = ingest(
            args.paths,
            db_url,
            workers=args.workers,
            replace=args.replace,
            debug=debug,
            extractor=extractor,
            reporter=make_reporter(sys.stderr, debug=debug),
            args=sys.argv[1:],
            limits=limits,
            executor=args.executor,
            scheduler=args.scheduler,
            dask_by_path=args.dask_by_path,
        )
    except _scheduler_unavailable() as err:
        raise SystemExit(f"jixiao: error: {err}") from None
    print_summary(summary, db_url, replace=args.replace, out=sys.stdout)
    return summary.exit_code


def _scheduler_unavailable():
    from jixiao.ingest.dask_pool import SchedulerUnavailable

    return SchedulerUnavailable


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


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def plain(text: str) -> str:
    """Text from a file, safe for one terminal line: control characters (escape
    sequences, newlines) are shown as escapes rather than obeyed."""
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def _line(outcome, *, debug: bool) -> str:
    path = plain(outcome.path)
    if outcome.status == "ok":
        detail = f"{outcome.projects} projects, {outcome.indicators} indicators, {outcome.issues} issues"
        if outcome.replaced:
            detail += f"; replaced {outcome.replaced} older version(s)"
        if outcome.older_kept:
            detail += f"; kept {outcome.older_kept} older version(s)"
        who = " ".join(plain(str(x)) for x in (outcome.department, outcome.year) if x not in (None, ""))
        return f"ok {path} — {who}: {detail}" if who else f"ok {path}: {detail}"
    error = outcome.error or ""
    if debug and "\n" in error:
        first, rest = error.split("\n", 1)
        return f"{outcome.status} {path}: {plain(first)}\n{rest}"
    return f"{outcome.status} {path}: {plain(error.splitlines()[0] if error else '')}"


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
        print(f"failed: {plain(path)}: {plain((error.splitlines() or [''])[0])}", file=out)
    if len(summary.failures) > 20:
        print(f"failed: ... and {len(summary.failures) - 20} more (see ingest_files, run {summary.run_id})", file=out)
    print(f"database: {where} (ingest run {summary.run_id})", file=out)
