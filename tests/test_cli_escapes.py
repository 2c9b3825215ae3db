"""Text from a draft never reaches the terminal as control sequences: search, stats,
export, review and extract show escape characters as visible escapes."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from test_search_support import record

from jixiao import load
from jixiao.load.url import make_engine
from tests.helpers import DRAFTS

CLEAR_SCREEN = "\x1b[2J\x1b[H"
SET_TITLE = "\x1b]0;owned\x07"
CSI_C1 = "\x9b31m"  # the one-byte CSI some terminals obey


@pytest.fixture
def hostile_archive(db_url):
    load.upgrade(db_url)
    draft = record("seed.txt")
    draft["document"]["department"] = f"财政局{SET_TITLE}"
    project = draft["projects"][0]
    project["name"] = f"改制{CLEAR_SCREEN}费用"
    project["indicators"][0]["level3"] = f"群众满意度{CSI_C1}\u202e反转"
    project["indicators"][0]["value_raw"] = "≥90%\nforged line"
    engine = make_engine(db_url)
    load.write_record(engine, draft, path=f"/drafts/evil{SET_TITLE}.txt", sha256="e" * 64)
    engine.dispose()
    return db_url


def run(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "jixiao", *args], capture_output=True, text=True, timeout=120)


def assert_inert(text: str) -> None:
    for control in ("\x1b", "\x07", "\x9b", "\u202e"):
        assert control not in text, repr(control)


def test_search_text_and_json(hostile_archive):
    result = run("search", "群众满意度", "--db", hostile_archive, "--limit", "50")
    assert result.returncode == 0, result.stderr
    assert_inert(result.stdout)
    assert "\\x1b]0;owned\\x07" in result.stdout and "\\x9b31m" in result.stdout  # shown, not obeyed
    assert "forged line" not in result.stdout.replace("\\nforged line", "")  # no line of its own
    as_json = run("search", "群众满意度", "--db", hostile_archive, "--json", "--limit", "50")
    assert_inert(as_json.stdout)
    rows = [json.loads(line) for line in as_json.stdout.splitlines()]
    assert any(r["level3"] == f"群众满意度{CSI_C1}\u202e反转" for r in rows)  # the data itself is intact


def test_stats_text(hostile_archive):
    result = run("stats", "--db", hostile_archive)
    assert result.returncode == 0, result.stderr
    assert_inert(result.stdout)
    assert "财政局\\x1b]0;owned\\x07" in result.stdout


def test_export_paths_and_extract(hostile_archive, tmp_path):
    folder = tmp_path / f"out{CLEAR_SCREEN}"
    result = run("export", "--db", hostile_archive, "--format", "csv", str(folder))
    assert result.returncode == 0, result.stderr
    assert_inert(result.stdout)
    draft = tmp_path / "evil.txt"
    draft.write_text((DRAFTS / "seed.txt").read_text(encoding="utf-8").replace("群众满意度", f"群众满意度{CSI_C1}", 1),
                     encoding="utf-8")
    for args in (["extract", str(draft)], ["extract", str(draft), "--pretty"]):
        extracted = run(*args)
        assert extracted.returncode == 0, extracted.stderr
        assert_inert(extracted.stdout)
        assert CSI_C1 in json.dumps(json.loads(extracted.stdout), ensure_ascii=False)


def test_error_lines_escape_the_names_they_quote(tmp_path):
    result = run("review", str(tmp_path / f"missing{CLEAR_SCREEN}.txt"), "-o", str(tmp_path / "r.html"))
    assert result.returncode == 1
    assert_inert(result.stderr)
