"""The schema: Alembic creates it on both backends, the models agree with the migrations."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from jixiao import load
from jixiao.load.models import Base
from jixiao.load.schema import head_revision
from jixiao.load.url import make_engine, normalize_url

ROOT = Path(__file__).resolve().parent.parent
TABLES = {
    "documents", "toc_entries", "sections", "projects", "spending_milestones", "project_goals",
    "indicators", "extraction_issues", "ingest_runs", "ingest_files",
}


def test_upgrade_creates_every_table_and_the_analyst_indexes(db_url):
    assert load.upgrade(db_url) == head_revision()
    engine = make_engine(db_url)
    try:
        inspector = inspect(engine)
        assert TABLES <= set(inspector.get_table_names())
        indexed = {
            table: {tuple(ix["column_names"]) for ix in inspector.get_indexes(table)}
            for table in ("documents", "indicators", "projects")
        }
        assert {("department",), ("year",)} <= indexed["documents"]
        assert {("level2_std",), ("kind", "value")} <= indexed["indicators"]
        assert ("code",) in indexed["projects"]
        uniques = inspector.get_unique_constraints("documents")
        assert any(u["column_names"] == ["sha256"] for u in uniques)
        cascades = {fk["referred_table"]: fk["options"].get("ondelete") for fk in inspector.get_foreign_keys("indicators")}
        # documents -> projects -> indicators: no second key straight to documents (migration 0009)
        assert cascades == {"projects": "CASCADE"}
        assert ("document_id",) in {tuple(ix["column_names"]) for ix in inspector.get_indexes("indicators")}
    finally:
        engine.dispose()


def test_upgrade_twice_is_a_no_op(db_url):
    load.upgrade(db_url)
    assert load.upgrade(db_url) == head_revision()


def test_models_and_migrations_agree(db_url):
    load.upgrade(db_url)
    engine = make_engine(db_url)
    try:
        with engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    finally:
        engine.dispose()
    assert diff == [], "models.py changed without a migration: write one in load/migrations/versions"


def test_postgresql_urls_use_psycopg_3():
    assert normalize_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalize_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalize_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalize_url("sqlite:///x.db") == "sqlite:///x.db"


def test_db_upgrade_command(tmp_path):
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    run = subprocess.run(
        [sys.executable, "-m", "jixiao.cli", "db", "upgrade", "--db", url],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert f"revision {head_revision()}" in run.stdout
    current = subprocess.run(
        [sys.executable, "-m", "jixiao.cli", "db", "current", "--db", url],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    assert current.returncode == 0 and "up to date" in current.stdout


def test_postgresql_index_rows_go_with_their_source_rows_by_trigger_after_migration_0007(pg_url):
    """An archive made before 0007 (index rows tied by a foreign key, checked on every
    insert) is migrated to one statement trigger per source table; deleting a document
    still takes its index rows, and only those."""
    from conftest import _drop_pg_database, _fresh_pg_database
    from sqlalchemy import text
    from test_ingest_support import gold_record

    from jixiao.load.fts import SOURCES
    from jixiao.load.write import write_record

    url = _fresh_pg_database(pg_url)
    engine = make_engine(url)
    try:
        load.upgrade(url, revision="0006_record_lz4")
        with engine.begin() as conn:
            for s in SOURCES:  # as migration 0002 made them before 0007
                conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {s.fts}_delete ON {s.table}")
                conn.exec_driver_sql(f"ALTER TABLE {s.fts} ADD CONSTRAINT {s.fts}_id_fkey FOREIGN KEY (id) "
                                     f"REFERENCES {s.table} (id) ON DELETE CASCADE")
            first = write_record(conn, gold_record(), path="/a.txt", sha256="a" * 64)
            write_record(conn, gold_record(), path="/b.txt", sha256="b" * 64)
        load.upgrade(url)

        def count(sql: str) -> int:
            with engine.connect() as conn:
                return conn.execute(text(sql)).scalar_one()

        assert count("SELECT count(*) FROM pg_constraint WHERE contype = 'f' AND conrelid::regclass::text LIKE '%_fts'") == 0
        indexed = {s.fts: count(f"SELECT count(*) FROM {s.fts}") for s in SOURCES}
        assert all(n > 0 and n % 2 == 0 for n in indexed.values())
        with engine.begin() as conn:
            conn.execute(text("DELETE FROM documents WHERE id = :d"), {"d": first})
        for s in SOURCES:
            assert count(f"SELECT count(*) FROM {s.fts}") == indexed[s.fts] // 2
            assert count(f"SELECT count(*) FROM {s.fts} WHERE id NOT IN (SELECT id FROM {s.table})") == 0
    finally:
        engine.dispose()
        _drop_pg_database(pg_url, url)


def test_migration_0009_keeps_an_archive_whole_and_deletes_still_cascade(db_url):
    # An archive written at 0008 (indicators with a second foreign key, to documents), upgraded:
    # every row and index entry stays, the indexes on indicators are the same, and deleting a
    # document still takes its indicators and their search-index rows with it.
    from alembic import command
    from sqlalchemy import delete, text
    from test_search_support import HEALTH, record

    from jixiao.load.fts import SOURCES
    from jixiao.load.models import Document
    from jixiao.load.schema import alembic_config
    from jixiao.load.search import search

    command.upgrade(alembic_config(db_url), "0008_index_tokens_as_they_are")
    engine = make_engine(db_url)
    try:
        for i, name in enumerate(("seed.txt", HEALTH.name), 1):
            load.write_record(engine, record(name), path=f"/a/{name}", sha256=f"{i:064x}")

        def shape():
            inspector = inspect(engine)
            with engine.connect() as conn:
                counts = {t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()
                          for s in SOURCES for t in (s.table, s.fts)}
            return (counts, {ix["name"]: tuple(ix["column_names"]) for ix in inspector.get_indexes("indicators")},
                    {fk["referred_table"] for fk in inspector.get_foreign_keys("indicators")})

        counts, indexes, keys = shape()
        assert keys == {"projects", "documents"} and counts["indicators"] > 50
        def hits():
            return sorted(repr((h.hit, h.path, h.project_seq, h.indicator_seq, h.level3))
                          for h in search(db_url, "满意", limit=1000))

        before = hits()
        assert any("'indicator'" in hit for hit in before)
        load.upgrade(db_url)
        engine.dispose()
        assert shape() == (counts, indexes, {"projects"})
        assert hits() == before
        with engine.begin() as conn:
            conn.execute(delete(Document).where(Document.path == "/a/seed.txt"))
        with engine.connect() as conn:
            left = conn.execute(text("SELECT count(*) FROM indicators")).scalar_one()
            assert 0 < left < counts["indicators"]
            assert conn.execute(text(
                "SELECT count(*) FROM indicators WHERE document_id NOT IN (SELECT id FROM documents)")).scalar_one() == 0
            for source in SOURCES:
                rows = conn.execute(text(f"SELECT count(*) FROM {source.table}")).scalar_one()
                assert conn.execute(text(f"SELECT count(*) FROM {source.fts}")).scalar_one() == rows, source.fts
        assert {h.path for h in search(db_url, "满意", limit=1000)} == {f"/a/{HEALTH.name}"}
        engine.dispose()
        command.downgrade(alembic_config(db_url), "0008_index_tokens_as_they_are")
        assert shape()[2] == {"projects", "documents"}
    finally:
        engine.dispose()
