"""The ``jixiao`` command: a thin layer over library calls.

Each subcommand lives in ``jixiao/commands/<name>.py`` with ``register(subparsers)``;
heavy libraries are imported inside the command's ``run`` so that ``jixiao --help``
starts fast.
"""
from __future__ import annotations

import argparse
import importlib
import sys

COMMANDS = ["extract", "value", "ingest", "load", "db", "search", "export", "stats", "review"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="jixiao",
        description="Turn budget-performance drafts (部门预算绩效文本) into structured, searchable data.",
    )
    parser.add_argument("--debug", action="store_true", help="show tracebacks for errors")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"jixiao.commands.{name}")
        except ModuleNotFoundError as err:
            if err.name == f"jixiao.commands.{name}":
                continue  # command not built yet
            raise
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    from extract.errors import UserError

    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except UserError as err:
        if args.debug:
            raise
        print(f"jixiao: error: {err}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as err:  # a bug of ours: still one line, the traceback on request
        if args.debug:
            raise
        print(f"jixiao: internal error: {type(err).__name__}: {err} (run with --debug for the traceback)", file=sys.stderr)
        return 70


if __name__ == "__main__":
    sys.exit(main())
