"""load.write.write_batch: many drafts, one transaction, each draft whole or not at all."""
from __future__ import annotations

import time

from sqlalchemy import text
from test_ingest_support import GOLD_INDICATORS, gold_record

from jixiao import load
from jixiao.load.rows import draft_rows
from jixiao.load.url import make_engine
from jixiao.load.write import Deadline, LoadTimeout, write_batch


def _rows(engine, sha: str, path: str):
    return draft_rows(gold_record(), path=path, sha256=sha * 64, dialect=engine.dialect.name)


def _count(engine, sql: str):
    with engine.connect() as conn:
        return conn.execute(text(sql)).scalar_one()


def test_a_batch_loads_skips_replaces_and_refuses_draft_by_draft(db_url):
    load.upgrade(db_url)
    engine = make_engine(db_url)
    try:
        first = write_batch(engine, [_rows(engine, "a", "/d/a.txt")])
        assert list(first.loaded) == [0] and not first.refused
        batch = [
            _rows(engine, "a", "/d/a.txt"),    # in the archive already
            _rows(engine, "b", "/d/b.txt"),
            _rows(engine, "c", "/d/b.txt"),    # a newer version of b's file, in the same batch
            _rows(engine, "b", "/d/b2.txt"),   # b's bytes again under another name
            _rows(engine, "d", "/d/d.txt"),    # its time is up: refused alone
            _rows(engine, "e", "/d/e.txt"),
        ]
        deadlines = [Deadline(None)] * 4 + [Deadline(time.monotonic() - 1)] + [Deadline(None)]
        result = write_batch(engine, batch, deadlines=deadlines)
        assert result.skipped[0] == first.loaded[0]
        assert result.skipped[3] == result.loaded[1]
        assert sorted(result.loaded) == [1, 2, 5]
        assert [(p, type(e)) for p, e in result.refused] == [(4, LoadTimeout)]
        assert result.replaced[2] == 1  # c replaced b at /d/b.txt

        paths = {"/d/a.txt", "/d/b.txt", "/d/e.txt"}
        assert _count(engine, "SELECT count(*) FROM documents") == len(paths)
        assert _count(engine, f"SELECT count(*) FROM documents WHERE sha256 = '{'c' * 64}'") == 1
        assert _count(engine, "SELECT count(*) FROM indicators") == len(paths) * GOLD_INDICATORS
        key = "rowid" if engine.dialect.name == "sqlite" else "id"
        for table in ("indicators", "projects", "sections"):
            rows = _count(engine, f"SELECT count(*) FROM {table}")
            assert _count(engine, f"SELECT count(*) FROM {table}_fts") == rows > 0
            assert _count(engine, f"SELECT count(*) FROM {table}_fts WHERE {key} NOT IN (SELECT id FROM {table})") == 0
        # Ids drawn for the batch are the rows' own: every indicator points at a project of its document.
        assert _count(engine, "SELECT count(*) FROM indicators i JOIN projects p ON p.id = i.project_id "
                              "WHERE p.document_id <> i.document_id") == 0
    finally:
        engine.dispose()


def test_rows_for_one_backend_are_not_written_to_the_other(tmp_path):
    url = f"sqlite:///{tmp_path / 'a.db'}"
    load.upgrade(url)
    engine = make_engine(url)
    try:
        rows = draft_rows(gold_record(), path="/x.txt", sha256="f" * 64, dialect="postgresql")
        result = write_batch(engine, [rows])
        assert not result.loaded and "rows built for postgresql" in str(result.refused[0][1])
    finally:
        engine.dispose()
