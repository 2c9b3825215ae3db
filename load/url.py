"""Database URLs and engines: one place that knows SQLite and PostgreSQL quirks."""
from __future__ import annotations

import os
import warnings

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

DEFAULT_URL = "sqlite:///jixiao.db"

# SQLite stores NUMERIC as REAL; the values we write are budget figures with at
# most four decimals, so the float round trip is exact enough and the warning
# would only be noise on every read.
warnings.filterwarnings("ignore", message=r".*does \*not\* support Decimal objects natively.*")


def default_url() -> str:
    return os.environ.get("JIXIAO_DB") or DEFAULT_URL


def normalize_url(url: str | None) -> str:
    """A database URL SQLAlchemy accepts.

    ``postgresql://`` and ``postgres://`` mean psycopg 3, the driver we ship with. A
    plain path (``archive.db``, ``/data/jixiao.db``) is an SQLite file: that is what
    someone typing a file name means.
    """
    url = url or default_url()
    if "://" not in url:
        return "sqlite:///" + url
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            url = "postgresql+psycopg://" + url[len(prefix):]
            break
    try:
        make_url(url)
    except Exception:  # noqa: BLE001 - SQLAlchemy's ArgumentError and ValueErrors alike
        from jixiao.extract.errors import UserError

        raise UserError(f"--db: not a database URL: {url!r} (use sqlite:///FILE, a file path, "
                        "or postgresql://USER@HOST/DB)") from None
    return url


def is_sqlite(url: str) -> bool:
    return make_url(normalize_url(url)).get_backend_name() == "sqlite"


def make_engine(url: str | None = None, **kwargs) -> Engine:
    url = normalize_url(url)
    if not is_sqlite(url):
        _require_driver(url)
    if is_sqlite(url):
        # A writer holding the lock must not make readers (or a second ingest) fail at once;
        # `sqlite:///x.db?timeout=5` chooses another wait.
        if "timeout" not in make_url(url).query:
            kwargs.setdefault("connect_args", {}).setdefault("timeout", 60)
        engine = create_engine(url, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, pool_pre_ping=True, **kwargs)


def _require_driver(url: str) -> None:
    """psycopg comes with the ``postgres`` extra: name it rather than fail on an import."""
    if make_url(url).get_driver_name() != "psycopg":
        return
    try:
        import psycopg  # noqa: F401
    except ImportError:
        from jixiao.extract.errors import UserError

        raise UserError("a PostgreSQL archive needs the PostgreSQL driver: pip install 'jixiao[postgres]'") from None


# The pysqlite driver's own transaction handling runs DDL outside any transaction,
# so two processes creating the schema at once would collide. SQLAlchemy's recipe:
# switch it off and say BEGIN ourselves. `execution_options(sqlite_begin="IMMEDIATE")`
# takes the write lock up front, which serialises schema upgrades.
SQLITE_BEGIN = "sqlite_begin"


def _sqlite_begin(conn) -> None:
    mode = conn.get_execution_options().get(SQLITE_BEGIN, "")
    conn.exec_driver_sql(f"BEGIN {mode}".strip())


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    # ON DELETE CASCADE only works with foreign keys switched on, per connection.
    cur.execute("PRAGMA foreign_keys=ON")
    # WAL: analysts can read while an ingest writes; NORMAL sync is still safe
    # against a killed process (only a power cut can lose the last commits).
    if cur.execute("PRAGMA journal_mode").fetchone()[0] != "memory":
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()
