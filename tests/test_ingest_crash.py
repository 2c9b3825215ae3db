"""Crash safety: SIGKILL a batch halfway, rerun, and every draft is there exactly once,
its search index entries with it."""
from __future__ import annotations

import os
import signal
import subprocess
import time

from test_ingest_support import GOLD_PROJECTS, ROOT, cli_command, cli_env, counts, file_log, seed_variants

DRAFTS = 40  # enough for a kill to land between commits; each is a real extraction
KILL_AT = 6  # documents committed before the kill


def _documents_so_far(db_url: str) -> int:
    try:
        return counts(db_url)["documents"]
    except Exception:  # noqa: BLE001 - the schema may not exist yet, or the file may be locked
        return 0


def test_sigkill_mid_batch_then_rerun_loads_every_draft_once(db_url, tmp_path):
    seed_variants(tmp_path / "in", DRAFTS)
    command = cli_command(str(tmp_path / "in"), "--db", db_url, "--workers", "2")
    # Own session: the kill takes the worker processes down with the writer, like a lost machine.
    victim = subprocess.Popen(command, cwd=ROOT, env=cli_env(), stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 120
    try:
        while _documents_so_far(db_url) < KILL_AT:
            assert victim.poll() is None, "the ingest ended before it could be killed"
            assert time.monotonic() < deadline, "no documents committed in time"
            time.sleep(0.05)
    finally:
        os.killpg(victim.pid, signal.SIGKILL)
        victim.wait(timeout=30)
    loaded_before_rerun = _documents_so_far(db_url)
    assert KILL_AT <= loaded_before_rerun < DRAFTS, "the kill must land mid-batch"

    rerun = subprocess.run(command, cwd=ROOT, env=cli_env(), capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr[-2000:]

    got = counts(db_url)
    assert got["documents"] == got["distinct_sha"] == DRAFTS
    assert got["projects"] == DRAFTS * GOLD_PROJECTS
    rerun_rows = [r for r in file_log(db_url) if r["run_id"] == max(x["run_id"] for x in file_log(db_url))]
    statuses = [r["status"] for r in rerun_rows]
    assert statuses.count("skipped") >= loaded_before_rerun
    assert statuses.count("ok") + statuses.count("skipped") == DRAFTS
    assert_index_matches_tables(db_url)


def assert_index_matches_tables(db_url: str) -> None:
    """Every searchable row is indexed once, and every index entry is a row that exists."""
    from sqlalchemy import text

    from jixiao.load.url import make_engine

    engine = make_engine(db_url)
    key = "rowid" if engine.dialect.name == "sqlite" else "id"
    try:
        with engine.connect() as conn:
            for table in ("indicators", "projects", "sections"):
                rows = conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
                entries = conn.execute(text(f"SELECT count(*), count(DISTINCT {key}) FROM {table}_fts")).one()
                orphans = conn.execute(text(
                    f"SELECT count(*) FROM {table}_fts WHERE {key} NOT IN (SELECT id FROM {table})")).scalar_one()
                unindexed = conn.execute(text(
                    f"SELECT count(*) FROM {table} WHERE id NOT IN (SELECT {key} FROM {table}_fts)")).scalar_one()
                assert rows > 0 and tuple(entries) == (rows, rows), (table, rows, tuple(entries))
                assert (orphans, unindexed) == (0, 0), (table, orphans, unindexed)
    finally:
        engine.dispose()
