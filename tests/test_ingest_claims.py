"""Files are looked up and claimed many at a time (issue 17: per file, those round trips cost
the writer more than the draft's rows): the verdicts stay those of one file at a time."""
from __future__ import annotations

import os
import shutil
import socket

from sqlalchemy import insert, select
from test_ingest_support import counts, file_log, seed_variants

from jixiao.ingest import ingest
from jixiao.ingest.runs import now
from jixiao.load.ingest_log import claim_files
from jixiao.load.models import IngestClaim, IngestRun


def _live_run(engine, path: str, sha256: str) -> int:
    """Another ingest, alive (this process's pid, a fresh heartbeat), holding a claim on ``sha256``."""
    stamp = now()
    with engine.begin() as conn:
        run_id = conn.execute(insert(IngestRun).returning(IngestRun.id), {
            "started_at": stamp, "heartbeat_at": stamp, "status": "running", "host": socket.gethostname(),
            "pid": os.getpid(), "args": [], "files_ok": 0, "files_failed": 0, "files_skipped": 0}).scalar_one()
        conn.execute(insert(IngestClaim), {"sha256": sha256, "run_id": run_id, "path": path, "claimed_at": stamp})
    return run_id


def test_a_batch_of_claims_settles_each_file_as_one_claim_would(engine, db_url, tmp_path):
    import hashlib

    folder = tmp_path / "in"
    drafts = seed_variants(folder, 40)  # more than one window of claims
    loaded_before = drafts[0]
    assert ingest([loaded_before], db_url, workers=1).ok == 1
    twin = folder / "draft_0005b.txt"  # the bytes of a draft that is not loaded yet, under another name
    shutil.copyfile(drafts[5], twin)
    held = drafts[7]
    other_run = _live_run(engine, str(held), hashlib.sha256(held.read_bytes()).hexdigest())

    summary = ingest([folder], db_url, workers=2)

    assert (summary.ok, summary.failed, summary.skipped) == (38, 0, 3)
    log = {row["path"].rsplit("/", 1)[-1]: row for row in file_log(db_url) if row["run_id"] == summary.run_id}
    assert len(log) == 41  # one line per file, none lost, none twice
    assert log[loaded_before.name]["error"] == "already loaded"
    # Claimed in the same window as its twin, or after the twin was loaded: skipped either way.
    assert log[twin.name]["error"] in ("same bytes as another file of this run", f"already loaded from {drafts[5]}")
    assert log[held.name]["error"] == f"being loaded by ingest run {other_run}"
    assert {row["status"] for name, row in log.items() if name not in (loaded_before.name, twin.name, held.name)} \
        == {"ok"}
    assert counts(db_url)["documents"] == 39
    with engine.connect() as conn:  # the run's claims went with it; the other run's stays
        assert conn.execute(select(IngestClaim.run_id)).scalars().all() == [other_run]


def test_claim_files_takes_each_free_identity_once(engine):
    stamp = now()
    with engine.begin() as conn:
        runs = [conn.execute(insert(IngestRun).returning(IngestRun.id), {
            "started_at": stamp, "heartbeat_at": stamp, "status": "running", "host": "h", "pid": 1, "args": [],
            "files_ok": 0, "files_failed": 0, "files_skipped": 0}).scalar_one() for _ in range(2)]

    first = claim_files(engine, runs[0], [("b" * 64, "/b"), ("a" * 64, "/a1"), ("a" * 64, "/a2")])
    assert first == {"a" * 64: None, "b" * 64: None}
    second = claim_files(engine, runs[1], [("c" * 64, "/c"), ("a" * 64, "/a3")])
    assert second == {"c" * 64: None}  # "a" is held: left to the one-file path, which names the holder
    with engine.connect() as conn:
        claims = {sha: path for sha, path in conn.execute(select(IngestClaim.sha256, IngestClaim.path))}
    assert claims == {"a" * 64: "/a1", "b" * 64: "/b", "c" * 64: "/c"}  # a file's claim names its first path
