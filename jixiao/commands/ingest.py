"""``jixiao ingest PATH...``: extract drafts in parallel and load them into the archive."""
from __future__ import annotations

import argparse
import importlib
import os
import sys

from jixiao.argtypes import DB_HELP, duration, positive_int, size as _size
from jixiao.errors import UsageError, UserError
from jixiao.terminal import plain


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "ingest",
        help="extract drafts and load them into a database",
        description="Extract every draft under PATH (files or folders, recursively) and load it into the "
        "database. What does not look like a draft (the archive itself, hidden files, JSON, code, notes, "
        "FIFOs and devices) is skipped with its reason; so is a file already loaded (same sha256). A "
        "changed file at a known path replaces its older version unless --keep-old.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH")
    parser.add_argument("--db", metavar="URL", help=DB_HELP)
    parser.add_argument("--workers", type=positive_int, metavar="N", help="extraction processes (default: CPU count)")
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--replace", dest="replace", action="store_true", default=True,
                       help="a changed file replaces the older version loaded from the same path (default)")
    group.add_argument("--keep-old", dest="replace", action="store_false",
                       help="keep older versions of changed files as separate documents")
    parser.add_argument("--strict", action="store_true",
                        help="a file that does not look like a draft fails the batch instead of being skipped")
    # SUPPRESS: `jixiao --debug ingest` must not be undone by this flag's default.
    parser.add_argument("--debug", action="store_true", default=argparse.SUPPRESS,
                        help="show tracebacks for internal errors")
    limits = parser.add_argument_group("limits per file (a file over one fails with the reason; the batch goes on)")
    limits.add_argument("--timeout", type=duration, default=60, metavar="DURATION",
                        help="wall time, e.g. 60, 90s, 5m; the worker is killed and replaced (default 60, 0 for none)")
    limits.add_argument("--max-pages", type=positive_int, default=500, metavar="N", help="pages of a PDF (default 500)")
    limits.add_argument("--max-bytes", type=_size, default="200M", metavar="SIZE",
                        help="file size, e.g. 50M (default 200M)")
    limits.add_argument("--max-memory", type=_size, default="2G", metavar="SIZE",
                        help="memory a local worker may grow by (address space, Linux; default 2G, 0 for none)")
    limits.add_argument("--max-inflated", type=_size, default="256M", metavar="SIZE",
                        help="a PDF's compressed streams, decompressed (default 256M)")
    limits.add_argument("--max-rows", type=int, default=50_000, metavar="N",
                        help="rows one draft may add to the archive: indicators, projects, ... "
                        "(default 50000, 0 for none)")
    limits.add_argument("--ocr-page-timeout", type=float, default=60, metavar="SECONDS",
                        help="wall time per scanned page, added to --timeout for each page read by OCR (default 60)")
    parser.add_argument("--pdf-engine", choices=("pdfium", "pdfplumber"), default="pdfium",
                        help="how PDF pages are read: pdfium (fast, default) or pdfplumber (the reference)")
    parser.add_argument("--ocr", choices=["auto", "always", "never"], default="auto",
                        help="read scans by OCR: auto (pages without a usable text layer, image files, pictures in Word and Excel files; default), always, never")
    scale = parser.add_argument_group("where extraction runs")
    scale.add_argument("--executor", choices=("local", "dask"), default="local",
                       help="local worker processes (default) or a Dask distributed cluster")
    scale.add_argument("--scheduler", metavar="ADDRESS", help="the Dask scheduler, e.g. tcp://host:8786")
    scale.add_argument("--dask-by-path", action="store_true",
                       help="send paths instead of file bytes to Dask workers (storage shared by all workers)")
    # For tests and experiments: any importable `module:function` taking a path and returning a record.
    parser.add_argument("--extractor", metavar="MODULE:FUNC", help=argparse.SUPPRESS)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.executor == "local" and not args.extractor:
        from jixiao.forkserver import start

        start()  # first: the workers' fork server preloads while this process imports and opens the archive
    from jixiao.extract.limits import Limits
    from jixiao.ingest import BatchLimits, ingest
    from jixiao.ingest.task import DefaultExtractor
    from jixiao.load.url import normalize_url

    if args.executor == "dask" and not args.scheduler:
        raise UsageError("--executor dask needs --scheduler tcp://HOST:PORT")
    db_url = normalize_url(args.db)
    debug = bool(getattr(args, "debug", False))
    limits = BatchLimits(
        timeout=args.timeout or None,
        max_memory_mb=-(-args.max_memory // (1024 * 1024)) or None,  # rounded up: 1 byte is not "no cap"
        max_rows=args.max_rows or None,
        extract=Limits(max_bytes=args.max_bytes, max_pages=args.max_pages, max_inflated=args.max_inflated,
                       ocr_page_seconds=args.ocr_page_timeout or None),
    )
    extractor = _resolve(args.extractor) if args.extractor else DefaultExtractor(
        limits.extract, pdf_engine=args.pdf_engine, ocr=args.ocr)
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
            strict=args.strict,
        )
    except _scheduler_unavailable() as err:
        raise UserError(str(err)) from None
    except Exception as err:
        partial = getattr(err, "summary", None)
        if partial is not None:  # the CLI prints these under its one-line error
            err.summary_lines = summary_lines(partial, db_url, stopped=True)
        raise
    print_summary(summary, db_url, replace=args.replace, out=sys.stdout)
    return summary.exit_code


def _scheduler_unavailable():
    from jixiao.ingest.dask_pool import SchedulerUnavailable

    return SchedulerUnavailable


def _resolve(spec: str):
    module, _, name = spec.partition(":")
    if not name:
        raise UsageError(f"--extractor wants MODULE:FUNC, got {spec!r}")
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
            # soft_wrap: a long path stays one line the terminal wraps, not broken by inserted newlines.
            self.progress.console.print(_line(outcome, debug=True), markup=False, highlight=False, soft_wrap=True)
        self.progress.update(self.task, advance=1, failed=self.failed)

    def finish(self, summary) -> None:
        self.progress.stop()


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


def _skip_detail(summary) -> str:
    """`` (2 already loaded, 1 archive file, 3 notes)``: the skipped files by reason."""
    from jixiao.ingest.sniff import skip_label

    if not summary.skipped_by:
        return ""
    parts = [skip_label(kind, count) for kind, count in summary.skipped_by.most_common()]
    return " (" + ", ".join(parts) + ")"


def print_summary(summary, db_url: str, *, replace: bool, out) -> None:
    print("\n".join(summary_lines(summary, db_url)), file=out)


def summary_lines(summary, db_url: str, *, stopped: bool = False) -> list[str]:
    from sqlalchemy.engine import make_url

    where = make_url(db_url).render_as_string(hide_password=True)
    lines = []
    if stopped:
        lines.append("stopped early; what was loaded before is kept (run the same command again to go on)")
    if summary.interrupted:
        lines.append(f"interrupted: the batch was stopped; run {summary.run_id} is marked interrupted, "
                     "run the same command again to load the rest")
    lines.append(f"files: {summary.ok} ok, {summary.failed} failed, {summary.skipped} skipped{_skip_detail(summary)}")
    lines.append(f"loaded: {summary.projects} projects, {summary.indicators} indicators, {summary.issues} issues")
    if summary.replaced:
        lines.append(f"changed files: {summary.replaced} older version(s) replaced")
    if summary.older_kept:
        lines.append(f"changed files: {summary.older_kept} older version(s) kept (--keep-old)")
    for path, error in summary.failures[:20]:
        lines.append(f"failed: {plain(path)}: {plain((error.splitlines() or [''])[0])}")
    if len(summary.failures) > 20:
        lines.append(f"failed: ... and {len(summary.failures) - 20} more (see ingest_files, run {summary.run_id})")
    lines.append(f"database: {where} (ingest run {summary.run_id})")
    return lines
