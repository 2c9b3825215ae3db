"""Issue 15, item 1: the writer is bounded.

A draft past --max-rows is refused in the worker with a one-line reason (its record never
reaches the writer); a big draft under the limit loads whole, in chunks, with its search
index; a write that runs past the file's time limit is rolled back and failed.
The 250,000-indicator draft of the issue is measured by benchmarks/bench_big_draft.py
(refused within --timeout, main process at 63 MB).
"""
from __future__ import annotations

import copy
import subprocess
import time

from sqlalchemy import text
from test_ingest_support import ROOT, cli_command, cli_env, counts, file_log, gold_record
from test_reliability_support import big_draft

from jixiao.ingest import BatchLimits, ingest


def test_a_draft_past_max_rows_is_refused_with_the_reason(db_url, tmp_path):
    (tmp_path / "in").mkdir()
    draft = big_draft(tmp_path / "in" / "big.txt", 1_500)
    run = subprocess.run(cli_command(str(draft), "--db", db_url, "--workers", "1", "--max-rows", "1000"),
                         cwd=ROOT, env=cli_env(), capture_output=True, text=True, timeout=300)
    assert run.returncode == 1, run.stdout + run.stderr
    reason = "rows (1,561 indicators), over the limit of 1,000 rows per draft (--max-rows)"
    assert f"failed {draft}: " in run.stderr and reason in run.stderr, run.stderr
    assert counts(db_url)["documents"] == 0
    assert reason in file_log(db_url)[-1]["error"]


def test_a_big_draft_under_the_limit_loads_whole_with_its_index(db_url, tmp_path):
    draft = big_draft(tmp_path / "big.txt", 5_000)  # more rows than one chunk of the writer and the index
    summary = ingest([draft], db_url, workers=1)
    assert summary.ok == 1, summary.failures
    assert summary.indicators == counts(db_url)["indicators"] == 5_000 + 61
    from jixiao import load

    engine = load.make_engine(db_url)
    try:
        with engine.connect() as conn:
            indexed = conn.execute(text("SELECT count(*) FROM indicators_fts")).scalar_one()
    finally:
        engine.dispose()
    assert indexed == 5_000 + 61
    from jixiao.load.search import search

    hits = search(db_url, "补助发放人数第4999批")
    assert "补助发放人数第4999批" in {hit.level3 for hit in hits}


def _record_with(indicators: int) -> dict:
    record = gold_record()
    project = record["projects"][0]
    template = project["indicators"][0]
    project["indicators"] = [dict(copy.deepcopy(template), seq=n + 1, level3=f"第{n}项指标", description=f"说明文字{n}")
                             for n in range(indicators)]
    return record


def test_the_time_limit_covers_the_write(db_url, tmp_path):
    draft = tmp_path / "big.txt"
    draft.write_text("a stand-in\n", encoding="utf-8")
    record = _record_with(40_000)
    # extraction is instant (a closure: it runs in this process); the write of 40,000 rows is not
    started = time.monotonic()
    summary = ingest([draft], db_url, extractor=lambda path: record, strict=True,
                     limits=BatchLimits(timeout=0.5, max_rows=None))
    elapsed = time.monotonic() - started
    assert (summary.ok, summary.failed) == (0, 1)
    assert summary.failures[0][1] == "exceeds the time limit of 0.5 s (while loading)"
    assert elapsed < 30
    assert counts(db_url) == {"documents": 0, "distinct_sha": 0, "projects": 0, "indicators": 0, "issues": 0}

    again = ingest([draft], db_url, extractor=lambda path: record, strict=True,
                   limits=BatchLimits(timeout=None, max_rows=None))
    assert again.ok == 1 and counts(db_url)["indicators"] == 40_000 + sum(
        len(p["indicators"]) for p in record["projects"][1:])
