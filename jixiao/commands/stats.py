"""``jixiao stats``: counts and distributions of the archive, as text and optionally HTML."""
from __future__ import annotations

import argparse

from jixiao.argtypes import DB_HELP


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "stats", help="counts and distributions of the archive (text, or an HTML report)",
        description="Counts by department, year, indicator level, kind of value and unit.",
    )
    parser.add_argument("--db", metavar="URL", help=DB_HELP)
    parser.add_argument("--html", metavar="OUT", help="also write a self-contained HTML report with charts to OUT")
    parser.add_argument("--top", type=int, default=25, metavar="N", help="show the N largest values per distribution")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from jixiao.commands.search import require_archive
    from jixiao.stats import compute, to_html, to_text
    from load.url import make_engine

    require_archive(args.db)
    engine = make_engine(args.db)
    try:
        with engine.connect() as conn:
            stats = compute(conn, top=args.top)
    finally:
        engine.dispose()
    print(to_text(stats))
    if args.html:
        Path(args.html).write_text(to_html(stats), encoding="utf-8")
        print(f"report: {args.html}")
    return 0
