"""``jixiao db upgrade``: create or migrate the archive's schema."""
from __future__ import annotations

import argparse

from jixiao.argtypes import DB_HELP


def register(subparsers) -> None:
    parser = subparsers.add_parser("db", help="manage the archive database", description="Manage the archive database.")
    actions = parser.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    up = actions.add_parser("upgrade", help="create or migrate the schema to the newest version")
    up.add_argument("--db", metavar="URL", help=DB_HELP)
    up.add_argument("--revision", default="head", help=argparse.SUPPRESS)
    up.set_defaults(func=run_upgrade)
    cur = actions.add_parser("current", help="print the schema revision of the database")
    cur.add_argument("--db", metavar="URL", help=DB_HELP)
    cur.set_defaults(func=run_current)


def run_upgrade(args: argparse.Namespace) -> int:
    from jixiao.load.schema import upgrade
    from jixiao.load.url import normalize_url

    url = normalize_url(args.db)
    revision = upgrade(url, revision=args.revision)
    print(f"{_display(url)}: schema at revision {revision}")
    return 0


def run_current(args: argparse.Namespace) -> int:
    from jixiao.load.schema import current_revision, head_revision
    from jixiao.load.url import make_engine, normalize_url

    url = normalize_url(args.db)
    engine = make_engine(url)
    try:
        current = current_revision(engine)
    finally:
        engine.dispose()
    head = head_revision()
    state = "up to date" if current == head else f"behind (newest is {head}; run `jixiao db upgrade`)"
    print(f"{_display(url)}: revision {current or 'none'}, {state}")
    return 0 if current == head else 1


def _display(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


