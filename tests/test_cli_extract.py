"""``jixiao extract`` as a user runs it: a real process, real files."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.helpers import DRAFTS, ROOT

BAD = ROOT / "tests" / "bad"


def run(*args, stdin: bytes | None = None):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "jixiao.cli", *args], input=stdin, capture_output=True, env=env, timeout=120)


def test_extract_prints_record_json():
    proc = run("extract", str(DRAFTS / "seed.txt"))
    assert proc.returncode == 0, proc.stderr.decode()
    record = json.loads(proc.stdout)
    assert record["document"]["department_code"] == "471002"
    assert len(record["projects"]) == 8


def test_extract_reads_stdin_and_pretty_prints():
    proc = run("extract", "-", "--pretty", stdin=(DRAFTS / "seed.txt").read_bytes())
    assert proc.returncode == 0
    assert proc.stdout.startswith(b"{\n  ")
    assert json.loads(proc.stdout)["source"]["path"] == "<stdin>"


@pytest.mark.parametrize(
    "name, content, reason",
    [
        ("missing.txt", None, "no such file"),
        ("empty.txt", b"", "empty file"),
        ("junk.bin", bytes(range(256)) * 40, "not a text or PDF file"),
        ("notes.txt", "会议纪要\n今天讨论了预算。\n".encode(), "not a budget-performance draft"),
        ("truncated.pdf", (DRAFTS / "seed.rl.pdf").read_bytes()[:3000], None),
    ],
)
def test_bad_input_is_one_line_naming_file_and_reason(tmp_path, name, content, reason):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    proc = run("extract", str(path))
    err = proc.stderr.decode()
    assert proc.returncode == 1
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert str(path) in err
    if reason:
        assert reason in err


def test_budget_book_is_not_a_draft():
    proc = run("extract", str(BAD / "budget_book_not_a_draft.pdf"))
    assert proc.returncode == 1
    assert "not a budget-performance draft" in proc.stderr.decode()
    assert proc.stdout == b""
