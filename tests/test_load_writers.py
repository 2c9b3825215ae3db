"""`jixiao load` on PostgreSQL writes two batches at once; the archive must be the one
batch after batch makes: the same bytes loaded once, a file's later version replacing
its earlier one even when the two fall in batches written side by side."""
from __future__ import annotations

import io
import json

from sqlalchemy import text
from test_ingest_support import GOLD_INDICATORS, gold_record

from jixiao import load
from jixiao.commands.load import RecordLoader
from jixiao.load.url import make_engine

# (sha256 letter, path): batches of two lines, so neighbours go to different writers.
LINES = [("a", "/d/a"), ("b", "/d/b"),
         ("d", "/d/b"),   # b's file, changed, in the very next batch: replaces b
         ("c", "/d/c"),
         ("c", "/d/c"),   # the same bytes again, next to the batch writing them: skipped
         ("e", "/d/e"),
         ("9", "/d/c"),   # c's file, changed: replaces c
         ("f", "/d/f")]


def _jsonl() -> str:
    out = []
    for letter, path in LINES:
        record = gold_record()
        record["source"] = {**record["source"], "sha256": letter * 64, "path": path}
        out.append(json.dumps(record, ensure_ascii=False))
    return "\n".join(out) + "\n"


def test_batches_written_side_by_side_make_the_archive_one_writer_makes(db_url):
    load.upgrade(db_url)
    engine = make_engine(db_url)
    try:
        loader = RecordLoader(engine, batch=2, jobs=0, err=io.StringIO())
        assert loader.writers == (2 if engine.dialect.name == "postgresql" else 1)
        with loader:
            loader.load_lines(io.StringIO(_jsonl()), "records.jsonl")
        assert (loader.loaded, loader.skipped, loader.bad) == (7, 1, 0)
        with engine.connect() as conn:
            held = dict(conn.execute(text("SELECT path, sha256 FROM documents")).all())
            indicators = conn.execute(text("SELECT count(*) FROM indicators")).scalar_one()
            indexed = conn.execute(text("SELECT count(*) FROM indicators_fts")).scalar_one()
        assert held == {"/d/a": "a" * 64, "/d/b": "d" * 64, "/d/c": "9" * 64, "/d/e": "e" * 64, "/d/f": "f" * 64}
        assert indicators == indexed == len(held) * GOLD_INDICATORS
    finally:
        engine.dispose()


def test_the_stored_record_is_compressed_with_lz4_on_postgresql(pg_url):
    """pglz spent ~0.8 ms of the server's CPU per seed-size record: the largest single
    cost of a load (migration 0006)."""
    from conftest import _drop_pg_database, _fresh_pg_database

    url = _fresh_pg_database(pg_url)
    engine = make_engine(url)
    try:
        load.upgrade(url)
        with engine.connect() as conn:
            method = conn.execute(text(
                "SELECT attcompression FROM pg_attribute "
                "WHERE attrelid = 'documents'::regclass AND attname = 'record_json'")).scalar_one()
        assert method == "l"
    finally:
        engine.dispose()
        _drop_pg_database(pg_url, url)
