"""Chinese full-text search: the same hits on SQLite (FTS5, bm25) and PostgreSQL (tsvector, ts_rank)."""
from __future__ import annotations

import json
import random
import subprocess
import sys

import pytest
from sqlalchemy import delete, func, select, text
from test_search_support import HEALTH, build_archive, record

from jixiao import load
from jixiao.load.fts import SOURCES
from jixiao.load.models import Document, Indicator
from jixiao.load.search import search
from jixiao.load.url import make_engine


@pytest.fixture
def seed_db(db_url):
    return build_archive(db_url)


@pytest.fixture
def two_db(db_url):
    return build_archive(db_url, "seed.txt", HEALTH.name)


def _level3s(hits):
    return [h.level3 for h in hits if h.hit == "indicator"]


def test_patent_finds_the_funded_patents_indicator(seed_db):
    hits = search(seed_db, "专利", limit=50)
    assert any(name.startswith("资助专利数") for name in _level3s(hits))
    assert all("专利" in (h.level3 or "") + (h.description or "") + (h.project or "") + (h.text or "")
               for h in hits)


def test_satisfaction_finds_the_public_satisfaction_indicators(seed_db):
    hits = search(seed_db, "满意", limit=200)
    found = _level3s(hits)
    assert "群众满意度" in found
    engine = make_engine(seed_db)
    with engine.connect() as conn:
        expected = conn.execute(select(func.count()).where(Indicator.level3.contains("满意"))).scalar_one()
    engine.dispose()
    assert len([n for n in found if "满意" in n]) == expected  # every one, not just the best few


def test_any_two_characters_of_a_name_find_it(seed_db):
    """Bigrams are indexed, so recall never depends on how jieba cut the sentence."""
    engine = make_engine(seed_db)
    with engine.connect() as conn:
        rows = conn.execute(select(Indicator.id, Indicator.level3)).all()
    engine.dispose()
    rng = random.Random(6)
    for row_id, name in rng.sample(rows, 25):
        cjk = [ch for ch in name if "\u4e00" <= ch <= "\u9fff"]
        if len(cjk) < 2:
            continue
        start = rng.randrange(len(cjk) - 1)
        pair = "".join(cjk[start:start + 2])
        if pair not in name:
            continue  # the two characters were not adjacent in the name
        ids = {h.indicator_id for h in search(seed_db, pair, limit=1000, kinds=["indicator"])}
        assert row_id in ids, (pair, name)


def test_longer_query_is_a_substring_match_not_a_bag_of_characters(seed_db):
    names = _level3s(search(seed_db, "专利数", limit=100))
    assert names and all("专利数" in n for n in names)
    assert search(seed_db, "利专", limit=10) == []


def test_ranking_puts_whole_word_matches_first(seed_db):
    hits = search(seed_db, "群众满意度", limit=5, kinds=["indicator"])
    assert hits[0].level3 == "群众满意度"
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def test_filters_year_department_level2(two_db):
    assert {h.year for h in search(two_db, "满意", year=2021, limit=100)} == {2021}
    health = search(two_db, "", department="卫生", level2="时效指标", limit=100)
    assert health and {h.level2_std for h in health} == {"时效指标"}
    assert all("卫生" in h.department for h in health)
    assert search(two_db, "满意", year=1999) == []


def test_where_filters_typed_values(two_db):
    hits = search(two_db, "满意", where="value >= 95 and unit = '%'", limit=100)
    assert hits and all(h.hit == "indicator" and h.value >= 95 and h.unit == "%" for h in hits)
    assert "群众满意度" in _level3s(hits)
    none = search(two_db, "满意", where="value > 100 and unit = '%'", limit=100)
    assert none == []
    by_year = search(two_db, "满意", where="year = 2021", limit=100)
    assert by_year and {h.year for h in by_year} == {2021}  # document fields keep project and section hits


def test_deleting_a_document_empties_its_index_rows(two_db):
    engine = make_engine(two_db)
    with engine.begin() as conn:
        conn.execute(delete(Document).where(Document.department.contains("卫生")))
    with engine.connect() as conn:
        for source in SOURCES:
            orphans = conn.execute(text(
                f"SELECT count(*) FROM {source.fts} WHERE {'rowid' if conn.dialect.name == 'sqlite' else 'id'} "
                f"NOT IN (SELECT id FROM {source.table})")).scalar_one()
            assert orphans == 0, source.fts
    engine.dispose()
    assert search(two_db, "", department="卫生") == []
    assert search(two_db, "专利", limit=3)


def test_index_rows_match_table_rows(two_db):
    engine = make_engine(two_db)
    with engine.connect() as conn:
        for source in SOURCES:
            table_rows = conn.execute(text(f"SELECT count(*) FROM {source.table}")).scalar_one()
            index_rows = conn.execute(text(f"SELECT count(*) FROM {source.fts}")).scalar_one()
            assert table_rows == index_rows > 0, source.table
    engine.dispose()


def test_migration_indexes_an_archive_written_before_it(db_url):
    # Rows written without index entries, then the schema taken back to before the
    # index (0001): what an archive of that time holds. Upgrading must index them.
    from alembic import command

    from jixiao.load.schema import alembic_config

    load.upgrade(db_url)
    engine = make_engine(db_url)
    with engine.begin() as conn:
        load.write_record(conn, record("seed.txt"), path="/old/seed.txt", sha256="9" * 64)
    engine.dispose()
    # Going back to 0001 drops the index tables with every entry in them.
    command.downgrade(alembic_config(db_url), "0001")
    load.upgrade(db_url)
    assert any(n.startswith("资助专利数") for n in _level3s(search(db_url, "专利", limit=50)))


def test_both_backends_give_the_same_hits(pg_url, tmp_path):
    from conftest import _drop_pg_database, _fresh_pg_database

    sqlite = build_archive(f"sqlite:///{tmp_path / 'a.db'}", "seed.txt", HEALTH.name)
    pg = build_archive(_fresh_pg_database(pg_url), "seed.txt", HEALTH.name)
    try:
        for query in ("专利", "满意", "拨付", "资金 拨付", "群众满意度", "95", "率"):
            def key(h):
                return (h.hit, h.path, h.project_seq, h.indicator_seq, h.section_kind, h.section_title)
            a = {key(h) for h in search(sqlite, query, limit=1000)}
            b = {key(h) for h in search(pg, query, limit=1000)}
            assert a == b and a, query
    finally:
        _drop_pg_database(pg_url, pg)


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "jixiao.cli", *args], capture_output=True, text=True, timeout=120)


def test_cli_json_lines(seed_db):
    result = _cli("search", "专利", "--json", "--db", seed_db, "--limit", "50")
    assert result.returncode == 0, result.stderr
    hits = [json.loads(line) for line in result.stdout.splitlines()]
    patent = [h for h in hits if (h["level3"] or "").startswith("资助专利数")]
    assert patent
    hit = patent[0]
    assert hit["department"] == "抚宁区工业信息管理局" and hit["year"] == 2020
    assert hit["kind"] and hit["path"].endswith("seed.txt") and hit["line"]
    assert hit["project"]


def test_cli_text_shows_document_project_value_and_source(seed_db):
    result = _cli("search", "满意", "--db", seed_db, "--where", "value >= 95 and unit = '%'")
    assert result.returncode == 0, result.stderr
    assert "群众满意度" in result.stdout and "抚宁区工业信息管理局 2020" in result.stdout
    assert "numeric >= 95 %" in result.stdout and "seed.txt, line" in result.stdout


@pytest.mark.parametrize("expression", [
    "value >= 95; DROP TABLE indicators",
    "value >= 95 or 1=1) --",
    "__import__('os').system('true')",
    "nosuchfield = 1",
    "value >= (SELECT 1)",
    "unit == level3",
])
def test_cli_bad_where_is_one_line_error(seed_db, expression):
    result = _cli("search", "满意", "--db", seed_db, "--where", expression)
    assert result.returncode == 2
    assert result.stdout == "" and len(result.stderr.strip().splitlines()) == 1
    assert result.stderr.startswith("jixiao: error: --where:")
    assert search(seed_db, "专利", limit=1)  # and the archive is untouched


def test_downgrade_removes_the_index_and_upgrade_rebuilds_it(seed_db):
    from alembic import command
    from sqlalchemy import inspect

    from jixiao.load.schema import alembic_config

    engine = make_engine(seed_db)
    with engine.begin() as conn:
        cfg = alembic_config(seed_db)
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0001")
    names = set(inspect(engine).get_table_names()) | set(inspect(engine).get_view_names())
    engine.dispose()
    assert not {n for n in names if "_fts" in n or n == "indicators_wide"}
    load.upgrade(seed_db)
    assert any(n.startswith("资助专利数") for n in _level3s(search(seed_db, "专利", limit=50)))


def test_cli_missing_archive_or_index_is_one_line(tmp_path):
    missing = f"sqlite:///{tmp_path / 'none.db'}"
    result = _cli("search", "专利", "--db", missing)
    assert result.returncode == 1 and "no archive at" in result.stderr
    assert not (tmp_path / "none.db").exists()
    old = f"sqlite:///{tmp_path / 'old.db'}"
    load.upgrade(old, revision="0001")
    result = _cli("search", "专利", "--db", old)
    assert result.returncode == 1 and "jixiao db upgrade" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_an_archive_without_the_search_index_is_told_by_its_schema(tmp_path):
    """Found by looking at the tables (before any query), named, with the way out."""
    from jixiao.load.search import ArchiveTooOld
    from jixiao.load.where import WhereError
    from jixiao.extract.errors import UserError

    old = f"sqlite:///{tmp_path / 'old.db'}"
    load.upgrade(old, revision="0001")
    with pytest.raises(ArchiveTooOld, match=r"no search index indicators_fts\).*jixiao db upgrade"):
        search(old, "专利")
    assert issubclass(WhereError, UserError) and issubclass(ArchiveTooOld, UserError)


def test_migration_0008_keeps_every_hit_and_the_index_working(tmp_path):
    # An archive indexed by unicode61 (the schema at 0007), then upgraded: the index tables are
    # rebuilt from their stored streams with the ascii tokenizer, and every query finds what it did.
    from alembic import command

    from jixiao.load.schema import alembic_config

    url = f"sqlite:///{tmp_path / 'a.db'}"
    command.upgrade(alembic_config(url), "0007_index_rows_by_trigger")
    engine = make_engine(url)
    try:
        for i, name in enumerate(("seed.txt", HEALTH.name), 1):
            load.write_record(engine, record(name), path=f"/old/{name}", sha256=f"{i:064x}")
    finally:
        engine.dispose()
    queries = ("专利", "满意", "群众满意度", "资金 拨付", "95", "率", "a", "zf")

    def hits():
        return {q: sorted((h.hit, h.path, h.project_seq, h.indicator_seq, h.section_title)
                          for h in search(url, q, limit=1000)) for q in queries}

    def tokenizers():
        engine = make_engine(url)
        try:
            with engine.connect() as conn:
                return {s.fts: conn.execute(text("SELECT sql FROM sqlite_master WHERE name = :n"), {"n": s.fts})
                        .scalar_one().rsplit("tokenize=", 1)[1] for s in SOURCES}
        finally:
            engine.dispose()

    before = hits()
    assert before["专利"] and before["群众满意度"]
    assert set(tokenizers().values()) == {"'unicode61')"}
    load.upgrade(url)
    assert set(tokenizers().values()) == {"'ascii')"}
    assert hits() == before
    engine = make_engine(url)
    try:
        load.write_record(engine, record("seed.txt"), path="/new/seed.txt", sha256="f" * 64)
        with engine.begin() as conn:  # the delete triggers were made again for the new tables
            conn.execute(delete(Document).where(Document.path == "/old/seed.txt"))
        with engine.connect() as conn:
            for source in SOURCES:
                rows = conn.execute(text(f"SELECT count(*) FROM {source.table}")).scalar_one()
                assert conn.execute(text(f"SELECT count(*) FROM {source.fts}")).scalar_one() == rows, source.fts
    finally:
        engine.dispose()
    assert {h.path for h in search(url, "专利", limit=1000)} == {"/new/seed.txt"}
    command.downgrade(alembic_config(url), "0007_index_rows_by_trigger")
    assert set(tokenizers().values()) == {"'unicode61')"}

