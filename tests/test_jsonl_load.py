"""`jixiao extract --jsonl` then `jixiao load`: extract on one machine, load on another."""
from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

from tests.helpers import DRAFTS

JIXIAO = [sys.executable, "-m", "jixiao.cli"]


def _run(*args, cwd):
    return subprocess.run([*JIXIAO, *args], capture_output=True, text=True, cwd=cwd)


def test_jsonl_then_load(tmp_path):
    seed_txt, seed_pdf = DRAFTS / "seed.txt", DRAFTS / "seed.rl.pdf"
    missing = tmp_path / "missing.pdf"
    out = _run("extract", "--jsonl", str(seed_txt), str(missing), str(seed_pdf), cwd=tmp_path)
    assert out.returncode == 1  # one file failed; the others are still there
    lines = out.stdout.splitlines()
    assert len(lines) == 2
    records = [json.loads(line) for line in lines]
    assert {r["source"]["path"] for r in records} == {str(seed_txt), str(seed_pdf)}
    assert out.stderr.strip() == f"jixiao: error: {missing}: no such file"

    jsonl = tmp_path / "records.jsonl"
    jsonl.write_text(lines[0] + "\n" + "{not json\n" + json.dumps({"source": {}}) + "\n" + lines[1] + "\n",
                     encoding="utf-8")
    db = tmp_path / "a.db"
    load = _run("load", str(jsonl), "--db", f"sqlite:///{db}", cwd=tmp_path)
    assert load.returncode == 1
    errors = load.stderr.strip().splitlines()
    assert [e.split(": ")[2] for e in errors] == [f"{jsonl}:2", f"{jsonl}:3"]
    assert "not JSON" in errors[0] and "not a jixiao record" in errors[1]
    assert "2 loaded, 0 skipped" in load.stdout

    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*) from documents").fetchone()[0] == 2
        indicators = conn.execute("select count(*) from indicators").fetchone()[0]
    assert indicators == sum(len(p["indicators"]) for r in records for p in r["projects"])

    again = _run("load", str(jsonl), "--db", f"sqlite:///{db}", cwd=tmp_path)
    assert "0 loaded, 2 skipped" in again.stdout  # idempotent by sha256
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*) from documents").fetchone()[0] == 2
    found = _run("search", "满意度", "--db", f"sqlite:///{db}", cwd=tmp_path)
    assert found.returncode == 0 and found.stdout.strip(), found.stderr


def test_several_files_without_jsonl_is_a_usage_error(tmp_path):
    out = _run("extract", str(DRAFTS / "seed.txt"), str(DRAFTS / "seed.rl.pdf"), cwd=tmp_path)
    assert out.returncode != 0 and "--jsonl" in out.stderr
    assert "Traceback" not in out.stderr


def test_load_missing_file_is_one_line(tmp_path):
    out = _run("load", str(tmp_path / "nope.jsonl"), "--db", f"sqlite:///{tmp_path / 'b.db'}", cwd=tmp_path)
    assert out.returncode == 1
    assert out.stderr.startswith("jixiao: error: ") and len(out.stderr.strip().splitlines()) == 1
