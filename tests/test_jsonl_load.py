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


def _archive(db) -> dict:
    """What a load put in: every table's rows but ids and load times, and the index."""
    with sqlite3.connect(db) as conn:
        return {
            "documents": conn.execute("select sha256, path, department, record_json from documents "
                                      "order by sha256").fetchall(),
            "indicators": conn.execute("select d.sha256, i.seq, i.level3, i.value_raw, i.value from indicators i "
                                       "join documents d on d.id = i.document_id order by 1, 2").fetchall(),
            "index": conn.execute("select d.sha256, f.level3, f.words, f.grams from indicators_fts f "
                                  "join indicators i on i.id = f.rowid join documents d on d.id = i.document_id "
                                  "order by 1, i.seq").fetchall(),
        }


def test_workers_load_what_one_process_loads(tmp_path):
    """Workers send rows back without the record's JSON (the loader has the line): the
    archive must hold the very line anyway, and the same rows and index as a load
    done in one process (--jobs 0)."""
    out = _run("extract", "--jsonl", str(DRAFTS / "seed.txt"), str(DRAFTS / "tsv_civil_2024.txt"),
               str(DRAFTS / "markdown_health_2021.md"), cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    jsonl = tmp_path / "records.jsonl"
    jsonl.write_text(out.stdout, encoding="utf-8")
    archives = {}
    for jobs in ("0", "2"):
        db = tmp_path / f"jobs{jobs}.db"
        load = _run("load", str(jsonl), "--db", str(db), "--jobs", jobs, cwd=tmp_path)
        assert load.returncode == 0 and "3 loaded" in load.stdout, load.stderr
        archives[jobs] = _archive(db)
    assert archives["2"] == archives["0"]
    assert sorted(row[3] for row in archives["2"]["documents"]) == sorted(out.stdout.splitlines())
    assert len(archives["2"]["index"]) == len(archives["2"]["indicators"]) > 100


def test_several_files_without_jsonl_is_a_usage_error(tmp_path):
    out = _run("extract", str(DRAFTS / "seed.txt"), str(DRAFTS / "seed.rl.pdf"), cwd=tmp_path)
    assert out.returncode != 0 and "--jsonl" in out.stderr
    assert "Traceback" not in out.stderr


def test_load_missing_file_is_one_line(tmp_path):
    out = _run("load", str(tmp_path / "nope.jsonl"), "--db", f"sqlite:///{tmp_path / 'b.db'}", cwd=tmp_path)
    assert out.returncode == 1
    assert out.stderr.startswith("jixiao: error: ") and len(out.stderr.strip().splitlines()) == 1


def test_sigkill_mid_load_then_rerun_loads_every_record_once(tmp_path, db_url):
    """Batches commit whole drafts only: kill -9 in the middle, load again, and every
    record is there exactly once, with the search index matching the tables. On
    PostgreSQL two batches are written at once: the kill may land between them."""
    import os
    import signal
    import time

    from sqlalchemy import text
    from sqlalchemy.exc import OperationalError, ProgrammingError

    from jixiao.extract import extract_file
    from jixiao.load.url import make_engine

    base = [extract_file(str(DRAFTS / "seed.txt")).to_dict(), extract_file(str(DRAFTS / "seed.rl.pdf")).to_dict()]
    jsonl = tmp_path / "many.jsonl"
    n = 500  # five batches of 100: the kill lands after the first commit, well before the last
    with jsonl.open("w", encoding="utf-8") as fh:
        for i in range(n):
            rec = json.loads(json.dumps(base[i % 2]))
            rec["source"]["sha256"] = f"{i:064x}"
            rec["source"]["path"] = f"/batch/draft_{i}.pdf"
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    engine = make_engine(db_url)

    def count(sql: str) -> int:
        with engine.connect() as conn:
            return conn.execute(text(sql)).scalar_one()

    try:
        proc = subprocess.Popen([*JIXIAO, "load", str(jsonl), "--db", db_url, "--jobs", "2"], cwd=tmp_path,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 300
        loaded = 0
        while time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.02)
            try:
                loaded = count("select count(*) from documents")
            except (OperationalError, ProgrammingError):
                continue  # schema not there yet
            if loaded > 0:
                break
        assert proc.poll() is None, "the load finished before it could be killed: make the batch bigger"
        workers = _children(proc.pid)
        assert workers, "--jobs 2: records are prepared in worker processes"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        # Its worker processes (preparing records) must not outlive it.
        gone_by = time.monotonic() + 10
        while any(os.path.exists(f"/proc/{pid}") and not _zombie(pid) for pid in workers):
            assert time.monotonic() < gone_by, f"workers {workers} outlived the killed load"
            time.sleep(0.1)
        engine.dispose()  # the killed load's connections are gone; start afresh
        partial = count("select count(*) from documents")
        assert 0 < partial < n
        # Whole drafts only (a batch is as large as what the workers have ready): each
        # document in has every indicator its record has.
        rows_per_record = [sum(len(p["indicators"]) for p in rec["projects"]) for rec in base]
        with engine.connect() as conn:
            per_document = conn.execute(text(
                "select d.path, count(i.id) from documents d left join indicators i on i.document_id = d.id "
                "group by d.id, d.path")).all()
        assert len(per_document) == partial
        for path, indicators in per_document:
            assert indicators == rows_per_record[int(path.rsplit("_", 1)[1].split(".")[0]) % 2], path

        again = _run("load", str(jsonl), "--db", db_url, cwd=tmp_path)
        assert again.returncode == 0, again.stderr
        assert f"{n - partial} loaded, {partial} skipped" in again.stdout
        assert count("select count(distinct sha256) from documents") == count("select count(*) from documents") == n
        key = "rowid" if db_url.startswith("sqlite") else "id"
        for table in ("indicators", "projects", "sections"):
            assert count(f"select count(*) from {table}") == count(f"select count(*) from {table}_fts"), table
            orphans = count(f"select count(*) from {table}_fts where {key} not in (select id from {table})")
            assert orphans == 0, table
    finally:
        engine.dispose()


def _children(pid: int) -> list[int]:
    from pathlib import Path

    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            out.append(int(stat.parent.name))
    return out


def _zombie(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] == "Z"
    except OSError:
        return True


def test_a_record_the_schema_refuses_is_refused_whichever_way_it_is_read():
    """The typed decode accepts what the schema may not (a numeric target without its number):
    the schema still judges every line, and names where the record is wrong; a line the typed
    decode refuses (a kind outside the list) gets the schema's words too."""
    from jixiao.commands.load import prepare_line

    good = json.loads(_run("extract", "--jsonl", str(DRAFTS / "seed.txt"), cwd=DRAFTS).stdout.splitlines()[0])
    rows, reason = prepare_line(json.dumps(good, ensure_ascii=False), "sqlite")
    assert rows is not None and reason is None
    numeric = next(i for i, ind in enumerate(good["projects"][0]["indicators"]) if ind["kind"] == "numeric")
    for key, wrong in (("value", None), ("kind", "bogus")):
        bad = json.loads(json.dumps(good))
        bad["projects"][0]["indicators"][numeric][key] = wrong
        rows, reason = prepare_line(json.dumps(bad, ensure_ascii=False), "sqlite")
        assert rows is None and reason.startswith(f"not a jixiao record: projects/0/indicators/{numeric}"), reason
    rows, reason = prepare_line("{not json", "sqlite")
    assert rows is None and reason.startswith("not JSON")
