"""Issue 8: bad input never crashes a batch, and nothing is lost.

Real files (tests/bad/, plus the large ones tests/bad/make_bad.py makes at test time),
the real extractor, `jixiao ingest` in a real process.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from test_ingest_support import ROOT, cli_command, cli_env, counts, file_log

BAD = ROOT / "tests" / "bad"
DRAFTS = ROOT / "samples" / "drafts"
sys.path.insert(0, str(BAD))
import make_bad  # noqa: E402

GOOD = ["seed.txt", "tsv_civil_2024.pdf", "markdown_health_2021.md"]


@pytest.fixture(scope="module")
def large_bad(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("large_bad")
    make_bad.make_large(out)
    return out


def _ingest(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run(cli_command(*args), cwd=ROOT, env=cli_env(), capture_output=True, text=True,
                          timeout=timeout)


def test_every_bad_file_is_named_with_its_reason_and_every_good_file_loads(tmp_path, large_bad):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in make_bad.EXPECTED:
        source = large_bad / name if name in make_bad.LARGE else BAD / name
        shutil.copyfile(source, folder / name)
    for name in GOOD:
        shutil.copyfile(DRAFTS / name, folder / name)
    url = f"sqlite:///{tmp_path / 'mixed.db'}"

    started = time.monotonic()
    # --strict: each bad file must be tried and fail with its reason, not be skipped as a non-draft
    run = _ingest(str(folder), "--db", url, "--workers", "2", "--strict", *make_bad.TEST_LIMITS)
    elapsed = time.monotonic() - started

    assert run.returncode == 1, run.stderr
    assert "Traceback" not in run.stderr + run.stdout
    assert elapsed < 3 * len(make_bad.EXPECTED) + 10, f"took {elapsed:.0f} s"
    lines = {line.split(" ", 2)[1].rstrip(":"): line for line in run.stderr.splitlines()}
    assert len(lines) == len(run.stderr.splitlines()) == len(make_bad.EXPECTED) + len(GOOD)
    logged = {Path(row["path"]).name: row for row in file_log(url)}
    for name, reason in make_bad.EXPECTED.items():
        line = lines[str(folder / name)]
        assert line.startswith("failed ") and reason in line, line
        assert logged[name]["status"] == "failed" and reason in logged[name]["error"]
        assert "\n" not in logged[name]["error"]
        assert f"failed: {folder / name}: " in run.stdout
    for name in GOOD:
        assert lines[str(folder / name)].startswith(f"ok {folder / name} — "), lines[str(folder / name)]
        assert logged[name]["status"] == "ok"
    assert counts(url)["documents"] == len(GOOD)
    assert f"files: {len(GOOD)} ok, {len(make_bad.EXPECTED)} failed, 0 skipped" in run.stdout


def test_a_stream_that_inflates_past_the_memory_cap_fails_and_its_worker_is_replaced(tmp_path, large_bad):
    """The inflate check turned off: the worker's RLIMIT_AS turns the blow-up into a one-line failure."""
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copyfile(large_bad / "inflate_bomb.pdf", folder / "a_bomb.pdf")
    shutil.copyfile(DRAFTS / "seed.txt", folder / "b_seed.txt")
    url = f"sqlite:///{tmp_path / 'mem.db'}"
    run = _ingest(str(folder), "--db", url, "--workers", "1", "--max-inflated", "8G", "--max-memory", "600M")  # far below the bomb (GBs), with room for a fresh worker's first draft
    assert run.returncode == 1, run.stderr
    assert f"failed {folder / 'a_bomb.pdf'}: exceeds the memory limit of 600 MB" in run.stderr
    assert f"ok {folder / 'b_seed.txt'} — 抚宁区工业信息管理局 2020: 8 projects, 61 indicators" in run.stderr
    assert "Traceback" not in run.stderr


def test_a_hanging_file_is_killed_at_the_timeout_and_the_batch_goes_on(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "b_hang.txt").write_bytes("HANG forever\n绩效指标\t目标\n".encode())
    for name in GOOD:
        shutil.copyfile(DRAFTS / name, folder / name)
    url = f"sqlite:///{tmp_path / 'hang.db'}"
    started = time.monotonic()
    run = _ingest(str(folder), "--db", url, "--workers", "2", "--timeout", "2",
                  "--extractor", "test_robust_support:hang_or_extract", timeout=60)
    assert time.monotonic() - started < 30
    assert run.returncode == 1, run.stderr
    assert f"failed {folder / 'b_hang.txt'}: exceeds the time limit of 2 s" in run.stderr
    assert run.stderr.count("\nok ") + run.stderr.startswith("ok ") == len(GOOD)
    assert counts(url)["documents"] == len(GOOD)


def test_limits_from_the_python_api(sqlite_url, tmp_path):
    from jixiao.extract.limits import Limits
    from jixiao.ingest import BatchLimits, ingest

    pdf = tmp_path / "draft.pdf"
    shutil.copyfile(DRAFTS / "tsv_civil_2024.pdf", pdf)
    summary = ingest([pdf], sqlite_url, workers=1, limits=BatchLimits(extract=Limits(max_pages=1)))
    assert summary.failures == [(str(pdf), f"{summary_pages(pdf)} pages, over the 1-page limit")]


def summary_pages(pdf: Path) -> int:
    import pypdf

    return len(pypdf.PdfReader(str(pdf)).pages)


@pytest.mark.parametrize("encoding,newline", [
    ("utf-8", "\n"), ("utf-8-sig", "\n"), ("utf-16", "\n"), ("utf-16-le", "\n"), ("utf-16-be", "\n"),
    ("gbk", "\n"), ("gb18030", "\n"), ("utf-8", "\r\n"), ("gbk", "\r\n"), ("utf-16", "\r\n"),
])
def test_text_drafts_in_any_common_encoding_load(sqlite_url, tmp_path, encoding, newline):
    from jixiao.ingest import ingest

    text = (DRAFTS / "seed.txt").read_text(encoding="utf-8")
    path = tmp_path / f"seed.{encoding}.txt"
    path.write_bytes(text.replace("\n", newline).encode(encoding))
    summary = ingest([path], sqlite_url, workers=1)
    assert summary.failures == [] and (summary.ok, summary.projects, summary.indicators) == (1, 8, 61)
