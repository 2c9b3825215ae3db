"""``jixiao search QUERY``: ranked hits in the archive, as text or JSON lines."""
from __future__ import annotations

import argparse
import sys

from jixiao.argtypes import DB_HELP, positive_int
from jixiao.argtypes import year as year_type
from jixiao.errors import UsageError, UserError
from jixiao.terminal import json_line, plain

EPILOG = """\
The query is Chinese or other words; two characters are enough (专利, 满意). Every
word must match somewhere in a hit's text (indicator name and description, project
name, purpose and goals, the goal sections): `jixiao search 满意度 指标`. Words in
double quotes are one phrase: `jixiao search '"群众 满意度"'` finds 群众满意度.
A draft loaded from several files (text and PDF renderings) is searched once;
--all-files shows the hits of every file.

--where filters on typed fields, e.g.
  "value >= 95 and unit = '%'"      "kind in ('reference', 'qualitative')"
  "90 <= value <= 100"              "level3 contains '满意' and year >= 2020"
  "project startswith '教育'"        "department not in ('财政局', '教育局')"
Fields: department department_code year path format project project_code budget_total
budget_total_yuan budget_unit budget_carryover scope implementing_unit project_department_code
level1 level1_std level2 level2_std level3 description value_raw kind comparator value
value_max unit unit_inferred amount_yuan reference direction sign basis weight period
baseline_raw. scope is 'department' (整体支出绩效目标表) or 'project'; period is 'year' or
'mid_term' (实施期/中期 targets). Operators: = == != <> < <= > >= in, not in, is None,
contains, not contains, startswith, endswith (text fields), and or not, parentheses. A filter on an indicator field (or --level2) shows
indicator hits only; an empty QUERY lists indicators matching the filters.
"""


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "search", help="full-text search of the archive, with filters on typed values",
        description="Search indicators, projects and goal sections of the archive; best hits first.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("query", nargs="*", metavar="WORD", help="words to find, all of them (may be none)")
    parser.add_argument("--db", metavar="URL", help=DB_HELP)
    parser.add_argument("--department", metavar="D", help="only departments whose name contains D")
    parser.add_argument("--year", type=year_type, metavar="Y", help="only drafts of year Y")
    parser.add_argument("--level2", metavar="NAME", help="only indicators whose level 2 contains NAME (e.g. 时效指标)")
    parser.add_argument("--where", metavar="EXPR", help="filter on typed fields (see below)")
    parser.add_argument("--limit", type=positive_int, default=20, metavar="N", help="at most N hits (default 20)")
    parser.add_argument("--json", action="store_true", help="one JSON object per hit (JSON lines)")
    parser.add_argument("--all-files", action="store_true",
                        help="search every file, also other renderings of a draft already counted")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from jixiao.load.search import search
    from jixiao.load.where import Where, WhereError

    try:
        where = Where(args.where) if args.where else None
    except WhereError as err:
        raise UsageError(f"--where: {err}") from None
    query = " ".join(args.query)
    require_archive(args.db)
    hits = search(args.db, query, department=args.department, year=args.year,
                  level2=args.level2, where=where, limit=args.limit, all_files=args.all_files)
    out = sys.stdout
    for rank, hit in enumerate(hits, 1):
        if args.json:
            out.write(json_line(hit.as_dict()) + "\n")
        else:
            out.write(format_hit(rank, hit) + "\n")
    if not hits and not args.json:
        print("no hits", file=sys.stderr)
    return 0


def require_archive(db: str | None) -> None:
    """Opening a missing SQLite file would create an empty one: say so instead."""
    from pathlib import Path

    from sqlalchemy.engine import make_url

    from jixiao.load.url import is_sqlite, normalize_url

    url = normalize_url(db)
    if is_sqlite(url):
        database = make_url(url).database
        if database and database != ":memory:" and not Path(database).exists():
            raise UserError(f"no archive at {database} (build one with `jixiao ingest DRAFTS --db {url}`)")


def format_hit(rank: int, hit) -> str:
    """A hit as a few terminal lines; all draft text shown through ``plain``."""
    document = " ".join(plain(p) for p in (hit.department, hit.year) if p) or "(no department)"
    lines = [f"{rank:>3}. [{hit.hit}] {document}"]
    if hit.project is not None or hit.project_code is not None:
        code = f" ({plain(hit.project_code)})" if hit.project_code else ""
        lines.append(f"     project {hit.project_seq or '?'}: {plain(hit.project)}{code}")
    if hit.hit == "indicator":
        levels = " / ".join(plain(p) for p in (hit.level1_std, hit.level2_std) if p)
        lines.append(f"     indicator: {plain(hit.level3)}" + (f"  [{levels}]" if levels else ""))
        lines.append(f"     value: {plain(typed_value(hit))}   printed: {plain(hit.value_raw)}")
    elif hit.hit == "section":
        lines.append(f"     {plain(hit.section_kind)}: {plain(hit.section_title)}")
    if hit.hit != "indicator" and hit.text:
        lines.append(f"     {plain(_shorten(hit.text))}")
    spot = f"page {hit.page}" if hit.page else f"line {hit.line}" if hit.line else None
    lines.append(f"     from: {plain(hit.path)}" + (f", {spot}" if spot else ""))
    return "\n".join(lines)


def typed_value(hit) -> str:
    if hit.kind in ("numeric", "reference") and hit.value is not None:
        upper = f"-{hit.value_max:g}" if hit.value_max is not None else ""
        return f"{hit.kind} {hit.comparator or ''} {hit.value:g}{upper} {hit.unit or ''}".rstrip()
    return hit.kind or "?"


def _shorten(text: str, width: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
