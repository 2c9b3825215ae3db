"""Issue 15, item 2: one data model for both databases.

The same hostile draft loads on SQLite and on PostgreSQL (a 3,000-byte word, a 2 MB text,
a NUL character) and its search finds the same rows; what cannot be stored fails on both
with the same message; the search text is limited on both.
"""
from __future__ import annotations

import subprocess
import sys

from sqlalchemy import select
from test_ingest_support import ROOT, cli_env, counts, gold_record

from jixiao import load
from jixiao.ingest import ingest
from jixiao.load.models import Indicator, Project
from jixiao.load.search import search

LONG_WORD = "supercalifragilistic" * 150  # 3,000 bytes: PostgreSQL refuses lexemes over 2,046
HUGE_TEXT = "绩效目标说明" * 350_000  # 2.1 M characters: a tsvector stops at 1 MB


def _hostile_record() -> dict:
    record = gold_record()
    indicators = record["projects"][0]["indicators"]
    indicators[0]["description"] = f"见{LONG_WORD}条款"
    indicators[1]["description"] = HUGE_TEXT
    indicators[2]["description"] = "含有\x00空字符的描述"
    indicators[3]["value"] = float("nan")
    indicators[4]["page"] = 10**12
    record["projects"][0]["extra"] = {"备注\x00": float("inf")}
    return record


def _ingest(db_url, tmp_path, record) -> object:
    draft = tmp_path / "draft.txt"
    draft.write_text(f"stand-in for {record['document']['department']}\n", encoding="utf-8")  # its identity
    return ingest([draft], db_url, extractor=lambda path: record, strict=True)


def test_a_hostile_draft_loads_the_same_on_both(db_url, tmp_path):
    summary = _ingest(db_url, tmp_path, _hostile_record())
    assert (summary.ok, summary.failures) == (1, [])
    engine = load.make_engine(db_url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(select(Indicator.description, Indicator.value, Indicator.page)
                                .order_by(Indicator.id).limit(5)).all()
            extra = conn.execute(select(Project.extra).order_by(Project.id).limit(1)).scalar_one()
    finally:
        engine.dispose()
    assert rows[0].description == f"见{LONG_WORD}条款"  # the text is kept whole
    assert rows[1].description == HUGE_TEXT
    assert rows[2].description == "含有空字符的描述"  # NUL dropped, on both
    assert rows[3].value is None and rows[4].page is None
    assert extra == {"备注": None}

    # the long word is found by itself (its index term is a hash of it), on both
    assert [hit.description[:2] for hit in search(db_url, LONG_WORD[:400])] == []  # a prefix is another word
    word = "supercalifragilistic" * 6  # 120 characters: over the term cap, under the query cap
    record = _hostile_record()
    record["projects"][0]["indicators"][0]["description"] = f"见{word}条款"
    record["document"]["department"] = "另一个部门"
    other = tmp_path / "other"
    other.mkdir()
    assert _ingest(db_url, other, record).ok == 1
    assert [hit.description for hit in search(db_url, word)] == [f"见{word}条款"]
    # the beginning of the very long text is indexed, the rest is not
    assert len(search(db_url, "绩效目标说明")) >= 1


def test_what_does_not_fit_fails_with_the_same_message_on_both(db_url, tmp_path):
    record = gold_record()
    record["projects"][0]["code"] = "X" * 80
    summary = _ingest(db_url, tmp_path, record)
    assert summary.failures == [(str(tmp_path / "draft.txt"),
                                 "does not fit the archive: projects.code is 80 characters ('XXXXXXXXXXXXXXXXXXXX…'); "
                                 "the archive holds at most 64")]
    record = gold_record()
    record["projects"][0]["budget_total"] = 10**16
    summary = _ingest(db_url, tmp_path, record)
    assert summary.failures == [(str(tmp_path / "draft.txt"), "does not fit the archive: projects.budget_total is "
                                 "10000000000000000; the archive holds numbers below 100,000,000,000,000")]
    assert counts(db_url)["documents"] == 0


def test_search_text_is_limited_on_both(db_url, tmp_path):
    assert _ingest(db_url, tmp_path, gold_record()).ok == 1
    run = subprocess.run([sys.executable, "-m", "jixiao.cli", "search", "字" * 5_000, "--db", db_url],
                         cwd=ROOT, env=cli_env(), capture_output=True, text=True, timeout=120)
    assert run.returncode == 1
    assert run.stderr.strip() == "jixiao: error: the search text is 5,000 characters; at most 500 are searched"
    run = subprocess.run([sys.executable, "-m", "jixiao.cli", "search", "x" * 450, "--db", db_url],
                         cwd=ROOT, env=cli_env(), capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr  # a long word under the limit is a search like any other
