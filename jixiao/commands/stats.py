"""``jixiao stats``: counts and distributions of the archive, as text and optionally HTML."""
from __future__ import annotations

import argparse

from jixiao.argtypes import DB_HELP, positive_int


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "stats", help="counts and distributions of the archive (text, or an HTML report)",
        description="Counts by department, year, indicator level, kind of value and unit.",
    )
    parser.add_argument("--db", metavar="URL", help=DB_HELP)
    parser.add_argument("--html", metavar="OUT", help="also write a self-contained HTML report with charts to OUT")
    parser.add_argument("--force", action="store_true", help="replace an existing --html file")
    parser.add_argument("--top", type=positive_int, default=25, metavar="N",
                        help="show the N largest values per distribution")
    parser.add_argument("--all-files", action="store_true",
                        help="count every file, also other renderings of a draft already counted")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from jixiao.commands.search import require_archive
    from jixiao.outputs import check_file, write_text
    from jixiao.stats import compute, to_html, to_text
    from jixiao.terminal import plain, plain_lines
    from jixiao.load.url import make_engine

    if args.html:  # before the work: a wrong path is found at once
        check_file(args.html, force=args.force, option="--html", example="stats.html")
    require_archive(args.db)
    engine = make_engine(args.db)
    try:
        with engine.connect() as conn:
            stats = compute(conn, top=args.top, all_files=args.all_files)
    finally:
        engine.dispose()
    print(plain_lines(to_text(stats)))
    if args.html:
        write_text(args.html, to_html(stats))
        print(f"report: {plain(args.html)}")
    return 0
