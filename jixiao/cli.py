"""The ``jixiao`` command: a thin layer over library calls.

Each subcommand lives in ``jixiao/commands/<name>.py`` with ``register(subparsers)``;
heavy libraries are imported inside the command's ``run``.  Only the subcommand named
on the command line is imported and given its parser (``jixiao extract x.txt`` never
builds ``ingest``'s forty options); ``jixiao --help``, no command or an unknown one
build them all, for the full listing and argparse's "invalid choice".

Exit codes: 0 done, 1 a problem the user can fix (one line ``jixiao: error: …``
saying what to do), 2 a wrong command line, 70 a bug of ours, 130 interrupted.
"""
from __future__ import annotations

import argparse
import importlib
import sys

COMMANDS = ["extract", "value", "ingest", "load", "db", "search", "export", "stats", "review", "audit"]


def version() -> str:
    from jixiao import __version__

    return __version__


def named_command(argv: list[str]) -> str | None:
    """The subcommand ``argv`` names, if it is one of ours: the first word that is not
    an option (the top-level options take no value)."""
    for word in argv:
        if word in ("--", "-h", "--help"):  # the top-level help lists every command
            return None
        if not word.startswith("-"):
            return word if word in COMMANDS else None
    return None


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The parser, with every subcommand, or only the one ``argv`` names."""
    parser = argparse.ArgumentParser(
        prog="jixiao",
        description="Turn budget-performance drafts (部门预算绩效文本) into structured, searchable data.",
    )
    parser.add_argument("--version", action="version", version=f"jixiao {version()}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks for errors")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    wanted = named_command(argv) if argv is not None else None
    for name in COMMANDS:
        if wanted is not None and name != wanted:
            continue
        try:
            module = importlib.import_module(f"jixiao.commands.{name}")
        except ModuleNotFoundError as err:
            if err.name == f"jixiao.commands.{name}":
                continue  # command not built yet
            raise
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    debug = bool(getattr(args, "debug", False))
    if not debug and hasattr(args, "db"):
        # psycopg logs a second line when it closes a pipeline that failed (a full disk):
        # the error itself reaches the user as our one line.
        import logging

        logging.getLogger("psycopg").setLevel(logging.ERROR)
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as err:  # noqa: BLE001 - every failure ends as one line
        if debug:
            raise
        from jixiao.errors import EXIT_BUG, explain
        from jixiao.terminal import plain

        known = explain(err, _db_url(args))
        if known is not None:
            message, code = known
            print(f"jixiao: error: {plain(message)}", file=sys.stderr)
            summary = getattr(err, "summary_lines", None)
            if summary:  # what a batch had loaded before it stopped
                print("\n".join(summary), file=sys.stdout)
            return code
        print(f"jixiao: internal error: {type(err).__name__}: {plain(' '.join(str(err).split()))} "
              "(a bug in jixiao; run with --debug for the traceback)", file=sys.stderr)
        return EXIT_BUG


def _db_url(args) -> str | None:
    if not hasattr(args, "db"):
        return None
    from jixiao.load.url import normalize_url

    try:
        return normalize_url(args.db)
    except Exception:  # noqa: BLE001 - only used to name the database in a message
        return None


if __name__ == "__main__":
    sys.exit(main())
