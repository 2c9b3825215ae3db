"""``jixiao export``: the archive as CSV, Parquet or Excel tables."""
from __future__ import annotations

import argparse
import sys

from jixiao.argtypes import DB_HELP

EPILOG = """\
Three tidy tables: indicators (one row per indicator, with its project's and
document's columns), projects (with their document's columns) and documents.

  --format csv      OUT is a directory: indicators.csv, projects.csv, documents.csv
                    (UTF-8 with a byte-order mark, so Excel reads the Chinese right)
  --format parquet  OUT is a directory: indicators.parquet, projects.parquet, documents.parquet
  --format xlsx     OUT is one workbook with the sheets indicators, projects, documents
"""


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "export", help="write the archive as CSV, Parquet or Excel tables",
        description="Export the archive as tidy tables.", epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("out", metavar="OUT", help="output directory (csv, parquet) or .xlsx file")
    parser.add_argument("--db", metavar="URL", help=DB_HELP)
    parser.add_argument("--format", required=True, choices=["csv", "parquet", "xlsx"])
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from jixiao.commands.search import require_archive
    from jixiao.export import export

    require_archive(args.db)
    try:
        written = export(args.db, args.format, args.out)
    except ValueError as err:
        print(f"jixiao: error: {err}", file=sys.stderr)
        return 1
    for path in written:
        print(path)
    return 0
