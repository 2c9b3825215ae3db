"""Issue 15, item 10: interrupted runs end visibly, and quietly.

SIGTERM to the writer, or Ctrl-C to the whole process group: the workers end without a
traceback, the summary says the batch was interrupted, the run row gets a finish time and
the status `interrupted`. SIGKILL to the writer alone: its workers finish their file and
exit without a BrokenPipeError, and the next run marks the killed run `interrupted`,
releases its claims and loads the rest.
"""
from __future__ import annotations

import os
import signal
import subprocess
import time

import pytest
from sqlalchemy import select
from test_ingest_support import ROOT, cli_command, cli_env, counts, seed_variants

from jixiao import load
from jixiao.load.models import IngestClaim, IngestRun

DRAFTS = 16  # half a second each on two workers: seconds left in the batch when the signal comes


def _runs(db_url: str) -> list:
    engine = load.make_engine(db_url)
    try:
        with engine.connect() as conn:
            return conn.execute(select(IngestRun).order_by(IngestRun.id)).all()
    finally:
        engine.dispose()


def _documents(db_url: str) -> int:
    try:
        return counts(db_url)["documents"]
    except Exception:  # noqa: BLE001 - the schema may not exist yet
        return 0


def _start(db_url, folder) -> subprocess.Popen:
    command = cli_command(str(folder), "--db", db_url, "--workers", "2",
                          "--extractor", "test_reliability_support:slow_extract")
    return subprocess.Popen(command, cwd=ROOT, env=cli_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, start_new_session=True)


def _wait_for_documents(db_url, process, n=3) -> None:
    deadline = time.monotonic() + 120
    while _documents(db_url) < n:
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "nothing loaded in time"
        time.sleep(0.1)


def _group_gone(pgid: int, within: float = 15) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.1)
    return False


@pytest.mark.parametrize("how", ["SIGTERM to the writer", "Ctrl-C to the group"])
def test_a_signal_ends_the_run_as_interrupted(db_url, tmp_path, how):
    seed_variants(tmp_path / "in", DRAFTS)
    process = _start(db_url, tmp_path / "in")
    _wait_for_documents(db_url, process)
    if how.startswith("SIGTERM"):
        process.send_signal(signal.SIGTERM)
    else:
        os.killpg(process.pid, signal.SIGINT)
    out, err = process.communicate(timeout=60)
    assert process.returncode == (143 if how.startswith("SIGTERM") else 130), out + err
    assert "Traceback" not in err and "Error" not in err, err
    assert "interrupted: the batch was stopped" in out
    assert _group_gone(process.pid), "a worker outlived the interrupted batch"
    (run,) = _runs(db_url)
    assert run.status == "interrupted" and run.finished_at is not None
    assert 3 <= run.files_ok < DRAFTS
    # Files claimed ahead of the workers, never extracted, are free again.
    engine = load.make_engine(db_url)
    try:
        with engine.connect() as conn:
            assert conn.execute(select(IngestClaim.run_id)).scalars().all() == []
    finally:
        engine.dispose()

    again = subprocess.run(cli_command(str(tmp_path / "in"), "--db", db_url, "--workers", "2"), cwd=ROOT,
                           env=cli_env(), capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stdout + again.stderr
    assert counts(db_url)["documents"] == DRAFTS
    assert [r.status for r in _runs(db_url)] == ["interrupted", "finished"]


def test_sigkill_leaves_quiet_workers_and_the_next_run_marks_it_interrupted(db_url, tmp_path):
    seed_variants(tmp_path / "in", DRAFTS)
    process = _start(db_url, tmp_path / "in")
    _wait_for_documents(db_url, process)
    process.kill()  # the writer only: its workers are busy with a file each
    out, err = process.communicate(timeout=60)  # returns when every process holding the pipes has gone
    assert "Traceback" not in err and "BrokenPipe" not in err, err
    (killed,) = _runs(db_url)
    assert killed.status == "running" and killed.finished_at is None  # it could not say otherwise

    engine = load.make_engine(db_url)
    try:
        with engine.connect() as conn:
            claimed = conn.execute(select(IngestClaim.run_id)).scalars().all()
    finally:
        engine.dispose()
    assert claimed and set(claimed) == {killed.id}  # the files it was extracting

    again = subprocess.run(cli_command(str(tmp_path / "in"), "--db", db_url, "--workers", "2"), cwd=ROOT,
                           env=cli_env(), capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stdout + again.stderr
    assert "being loaded by" not in again.stderr  # the dead run's claims were released
    assert counts(db_url)["documents"] == DRAFTS
    killed, rerun = _runs(db_url)
    assert (killed.status, rerun.status) == ("interrupted", "finished")
    assert killed.finished_at is not None
