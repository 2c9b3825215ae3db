"""``jixiao export``: the archive as CSV, Parquet or Excel tables."""
from __future__ import annotations

import argparse
import os
from pathlib import Path

from jixiao.argtypes import DB_HELP
from jixiao.errors import UserError
from jixiao.terminal import plain

EPILOG = """\
Three tidy tables: indicators (one row per indicator, with its project's and
document's columns), projects (with their document's columns) and documents.

  --format csv      OUT is a directory: indicators.csv, projects.csv, documents.csv
                    (UTF-8 with a byte-order mark, so Excel reads the Chinese right)
  --format parquet  OUT is a directory: indicators.parquet, projects.parquet, documents.parquet
  --format xlsx     OUT is one workbook with the sheets indicators, projects, documents

Draft text is never a formula: xlsx cells are typed as text; in CSV a text starting
with = + - @ gets a leading ' (--no-formula-guard turns that off).
A draft loaded from several files (its text and PDF renderings) is exported once;
--all-files exports every file. Existing files are replaced only with --force; each
file is written under a temporary name and renamed into place when complete.
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
    parser.add_argument("--no-formula-guard", dest="formula_guard", action="store_false",
                        help="CSV: write text starting with = + - @ as it is (by default it gets a leading ' "
                        "so that spreadsheets show it instead of computing it)")
    parser.add_argument("--force", action="store_true", help="replace existing export files")
    parser.add_argument("--all-files", action="store_true",
                        help="every file, also other renderings of a draft already exported")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from jixiao.commands.search import require_archive

    require_archive(args.db)
    try:
        written = write_export(args.db, args.format, Path(args.out), force=args.force, all_files=args.all_files,
                               formula_guard=args.formula_guard)
    except ValueError as err:
        raise UserError(str(err)) from None
    for path in written:
        print(plain(path))
    return 0


def write_export(db: str | None, fmt: str, out: Path, *, force: bool, all_files: bool,
                 formula_guard: bool = True) -> list[Path]:
    """Export into a temporary place beside ``out``, then rename each file into place."""
    import shutil
    import tempfile

    from jixiao.export import TABLES, export
    from jixiao.outputs import check_file, check_folder, write_atomically

    if fmt == "xlsx":
        check_file(out, force=force, option="OUT", example="archive.xlsx")
        return [write_atomically(out, lambda tmp: export(db, fmt, tmp, all_files=all_files))]
    names = [f"{table}.{fmt}" for table in TABLES]
    folder = check_folder(out, names, force=force)
    staging = Path(tempfile.mkdtemp(prefix=".jixiao-export-", dir=folder))
    try:
        produced = export(db, fmt, staging, all_files=all_files, formula_guard=formula_guard)
        written = []
        for path in produced:
            target = folder / path.name
            os.replace(path, target)  # a symlink at target is replaced, never written through
            written.append(target)
        return written
    finally:
        shutil.rmtree(staging, ignore_errors=True)
