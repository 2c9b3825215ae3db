"""Create or migrate the archive's schema with Alembic, from inside the installed package."""
from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, text

from jixiao.load.url import SQLITE_BEGIN, make_engine, normalize_url

MIGRATIONS = Path(__file__).with_name("migrations")
# Any constant will do: it only has to be the same for every jixiao process.
_PG_LOCK_KEY = 0x6A697869616F


def alembic_config(db_url: str | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if db_url:
        cfg.set_main_option("sqlalchemy.url", normalize_url(db_url).replace("%", "%%"))
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(db_url: str | None = None, *, engine: Engine | None = None, revision: str = "head") -> str:
    """Bring the database to ``revision`` (default: the newest); returns the revision it is at.

    Cheap when nothing is to do, so every ``ingest`` calls it.
    """
    own_engine = engine is None
    engine = engine or make_engine(db_url)
    try:
        head = head_revision()
        if revision == "head" and current_revision(engine) == head:
            return head
        # Two ingests starting on an empty database must not both create tables:
        # the second waits for the first's lock, then finds nothing left to do.
        with engine.connect() as conn:
            if conn.dialect.name == "sqlite":
                conn = conn.execution_options(**{SQLITE_BEGIN: "IMMEDIATE"})
            with conn.begin():
                if conn.dialect.name == "postgresql":
                    conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK_KEY})
                cfg = alembic_config(engine.url.render_as_string(hide_password=False))
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, revision)
        return current_revision(engine)
    finally:
        if own_engine:
            engine.dispose()
