"""Issue 9 (part): `--executor dask` builds the same archive as the local pool.

A real distributed cluster (a scheduler and two worker processes on this machine),
the real extractor, real databases.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from test_ingest_support import ROOT, cli_command, cli_env, counts, file_log
from test_robust_support import record_rows

distributed = pytest.importorskip("distributed")

DRAFTS = ROOT / "samples" / "drafts"
FILES = ["seed.txt", "seed.lo.pdf", "markdown_health_2021.md", "tsv_civil_2024.pdf", "html_education_2022.html"]


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  worker_dashboard_address=None) as local:
        yield local


@pytest.fixture
def drafts(tmp_path):
    folder = tmp_path / "drafts"
    folder.mkdir()
    for name in FILES:
        shutil.copyfile(DRAFTS / name, folder / name)
    (folder / "notes.txt").write_text("not a draft\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize("by_path", [False, True], ids=["bytes", "paths"])
def test_dask_builds_the_same_archive_as_the_local_pool(db_url, tmp_path, cluster, drafts, by_path):
    from jixiao.ingest import ingest

    local_url = f"sqlite:///{tmp_path / 'local.db'}"
    # strict: the note must be tried and fail, the same way on both executors
    local = ingest([drafts], local_url, workers=2, strict=True)
    with distributed.Client(cluster) as client:
        remote = ingest([drafts], db_url, executor="dask", scheduler=client, dask_by_path=by_path, strict=True)
    assert (remote.ok, remote.failed, remote.projects, remote.indicators) == \
        (local.ok, local.failed, local.projects, local.indicators) == (len(FILES), 1, remote.projects,
                                                                        remote.indicators)
    assert record_rows(db_url) == record_rows(local_url)
    failed = [row for row in file_log(db_url) if row["status"] == "failed"]
    assert [(r["path"], r["error"]) for r in failed] == [(str(drafts / "notes.txt"), local.failures[0][1])]


def test_the_cli_on_a_scheduler_address_and_a_rerun_skips(sqlite_url, cluster, drafts):
    command = cli_command(str(drafts), "--db", sqlite_url, "--executor", "dask", "--scheduler",
                          cluster.scheduler_address, "--strict")
    first = subprocess.run(command, cwd=ROOT, env=cli_env(), capture_output=True, text=True, timeout=300)
    assert first.returncode == 1, first.stderr
    assert "Traceback" not in first.stderr
    assert f"files: {len(FILES)} ok, 1 failed, 0 skipped" in first.stdout
    assert f"ok {drafts / 'seed.txt'} — 抚宁区工业信息管理局 2020: 8 projects, 61 indicators" in first.stderr
    (drafts / "notes.txt").unlink()
    again = subprocess.run(command, cwd=ROOT, env=cli_env(), capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    assert f"files: 0 ok, 0 failed, {len(FILES)} skipped" in again.stdout
    assert counts(sqlite_url)["documents"] == len(FILES)


def test_a_file_past_its_deadline_fails_and_the_batch_goes_on(sqlite_url, cluster, tmp_path):
    from jixiao.ingest import BatchLimits, ingest
    from test_robust_support import hang_or_extract  # noqa: F401 - imported so workers can unpickle it

    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copyfile(DRAFTS / "seed.txt", folder / "b_seed.txt")
    (folder / "a_hang.txt").write_bytes("HANG\n绩效指标\t目标值\n".encode())  # looks like a draft
    with distributed.Client(cluster) as client:
        client.upload_file(str(ROOT / "tests" / "test_robust_support.py"))
        before = set(client.run(os.getpid).values())
        summary = ingest([folder], sqlite_url, executor="dask", scheduler=client,
                         extractor=hang_or_extract, limits=BatchLimits(timeout=3))
        # The hung worker was restarted, not left spinning: every worker is idle again.
        busy = client.run(lambda dask_worker: dask_worker.state.executing_count)
        restarted = before - set(client.run(os.getpid).values())
    assert summary.ok == 1
    assert summary.failures == [(str(folder / "a_hang.txt"), "exceeds the time limit of 3 s")]
    assert set(busy.values()) == {0}
    # The killed process's copy of the hung draft (it was given bytes) is gone with it.
    assert len(restarted) == 1
    left = [p.name for pid in restarted for p in Path(tempfile.gettempdir()).glob(f"jixiao-*-{pid}-*")]
    assert left == [], left


def test_an_unreachable_scheduler_is_one_line(sqlite_url, drafts):
    env = cli_env(DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT="2s")  # Dask's own setting; 30 s by default
    run = subprocess.run(cli_command(str(drafts), "--db", sqlite_url, "--executor", "dask", "--scheduler",
                                     "tcp://127.0.0.1:9"), cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=120)
    assert run.returncode != 0
    assert run.stderr.strip().splitlines() == [run.stderr.strip()]
    assert run.stderr.startswith("jixiao: error: cannot reach the Dask scheduler at tcp://127.0.0.1:9")
