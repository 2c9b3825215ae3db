"""What a newcomer's mistakes and a failing environment look like: one line
``jixiao: error: …`` that names the fix, exit 2 for a wrong command line and 1 for the
rest; never ``internal error`` (exit 70), never a traceback."""
from __future__ import annotations

import contextlib
import os
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from tests.helpers import DRAFTS

SEED_TXT = DRAFTS / "seed.txt"


def _mount_tmpfs(mount: Path, options: str) -> None:
    """A full disk is tested on a small tmpfs: CI (root) must mount one; elsewhere the test is skipped."""
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(mount)], capture_output=True, text=True)
    if made.returncode != 0:
        _cannot_mount(made)


def _cannot_mount(made: subprocess.CompletedProcess) -> None:
    reason = f"cannot mount a small tmpfs here (needs CAP_SYS_ADMIN): {made.stderr.strip()}"
    if os.environ.get("CI", "").lower() not in ("", "0", "false", "no"):
        pytest.fail(f"CI must test a full disk: {reason}")
    pytest.skip(reason)


def jixiao(*args, cwd=None, timeout=180, python_prelude: str | None = None) -> subprocess.CompletedProcess:
    """The real command line, in a fresh process."""
    if python_prelude:  # e.g. hide an optional package, as on a machine without the extra
        code = f"{python_prelude}\nimport sys\nfrom jixiao.cli import main\nsys.exit(main(sys.argv[1:]))"
        cmd = [sys.executable, "-c", code, *map(str, args)]
    else:
        cmd = [sys.executable, "-m", "jixiao", *map(str, args)]
    return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, "PYTHONPATH": str(DRAFTS.parent.parent)})


def one_line_error(result, code: int = 1) -> str:
    assert result.returncode == code, (result.returncode, result.stderr)
    # ingest's own progress lines (one per file settled) may come first
    lines = [line for line in result.stderr.strip().splitlines() if not line.startswith(("ok ", "failed ", "skipped "))]
    assert len(lines) == 1, result.stderr  # no traceback, no second thought
    assert lines[0].startswith("jixiao: error: "), lines[0]
    assert "internal error" not in result.stderr and "Traceback" not in result.stderr
    return lines[0]


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # nobody listens once the socket is closed


# --- databases ---------------------------------------------------------------------


def test_unreachable_postgresql_says_start_the_server():
    line = one_line_error(jixiao("search", "专利", "--db", f"postgresql://nobody@127.0.0.1:{_closed_port()}/archive"))
    assert "cannot reach the PostgreSQL server at 127.0.0.1:" in line and "start it" in line


def test_unreachable_postgresql_during_ingest_too(tmp_path):
    line = one_line_error(jixiao("ingest", SEED_TXT, "--db", f"postgresql://nobody@127.0.0.1:{_closed_port()}/archive"))
    assert "cannot reach the PostgreSQL server" in line


def test_missing_postgresql_database_says_create_it(pg_url):
    url = make_url(pg_url).set(database="jixiao_no_such_database").render_as_string(hide_password=False)
    line = one_line_error(jixiao("ingest", SEED_TXT, "--db", url))
    assert "database jixiao_no_such_database does not exist" in line and "createdb jixiao_no_such_database" in line


def test_missing_sqlite_archive_for_reading_names_the_ingest_command(tmp_path):
    for command in (["search", "专利"], ["stats"], ["export", "--format", "csv", "out"]):
        line = one_line_error(jixiao(*command, "--db", "nothere.db", cwd=tmp_path))
        assert "no archive at nothere.db" in line and "jixiao ingest" in line
    assert not (tmp_path / "nothere.db").exists() and not (tmp_path / "out").exists()


def test_a_plain_path_to_db_is_an_sqlite_file(tmp_path):
    ingest = jixiao("ingest", SEED_TXT, "--db", "archive.db", cwd=tmp_path)
    assert ingest.returncode == 0, ingest.stderr
    assert (tmp_path / "archive.db").exists()
    search = jixiao("search", "群众满意度", "--db", str(tmp_path / "archive.db"))
    assert search.returncode == 0 and "群众满意度" in search.stdout


def test_unwritable_sqlite_path_names_the_folder(tmp_path):
    (tmp_path / "a-file").write_text("x")
    line = one_line_error(jixiao("ingest", SEED_TXT, "--db", tmp_path / "a-file" / "archive.db"))
    assert "cannot open the SQLite archive at" in line and "fix --db" in line
    line = one_line_error(jixiao("ingest", SEED_TXT, "--db", tmp_path / "no-folder" / "archive.db"))
    assert "its folder does not exist" in line


def test_a_file_that_is_not_an_archive(tmp_path):
    (tmp_path / "notes.db").write_text("these are my notes, not a database\n" * 100)
    line = one_line_error(jixiao("search", "专利", "--db", tmp_path / "notes.db"))
    assert "is not an SQLite archive" in line


def test_lock_held_past_the_wait_says_retry_later(db_url, tmp_path):
    """Another process holds the archive longer than we are willing to wait."""
    assert jixiao("ingest", SEED_TXT, "--db", db_url).returncode == 0
    started = time.monotonic()
    if db_url.startswith("sqlite"):
        holder = sqlite3.connect(make_url(db_url).database, isolation_level=None)
        holder.execute("BEGIN EXCLUSIVE")  # another process writing
        try:
            result = jixiao("ingest", DRAFTS / "tsv_civil_2024.txt", "--db", db_url + "?timeout=1")
        finally:
            holder.execute("ROLLBACK")
            holder.close()
    else:
        import psycopg

        dsn = make_url(db_url).set(drivername="postgresql").render_as_string(hide_password=False)
        with psycopg.connect(dsn) as holder:
            holder.execute("LOCK TABLE documents IN ACCESS EXCLUSIVE MODE")
            # lock_timeout: how long this client waits for a lock (libpq options in the URL)
            result = jixiao("search", "专利", "--db", db_url + "?options=-c%20lock_timeout%3D1000")
            holder.rollback()
    line = one_line_error(result)
    assert "locked by another process" in line and "retry" in line
    assert time.monotonic() - started < 60  # the URL's wait, not the default minute


def test_disk_full_stops_the_batch_with_what_was_loaded(tmp_path):
    """A real full disk: the archive on a 1 MB tmpfs; drafts fill it (a batch that does not fit goes in draft by draft)."""
    mount = tmp_path / "small"
    mount.mkdir()
    _mount_tmpfs(mount, "size=1m")
    try:
        drafts = tmp_path / "drafts"
        drafts.mkdir()
        text = SEED_TXT.read_text(encoding="utf-8")
        for i in range(40):  # distinct bytes, so none is skipped as already loaded
            (drafts / f"d{i:02}.txt").write_text(text + f"\n备注 {i}\n", encoding="utf-8")
        result = jixiao("ingest", drafts, "--db", mount / "archive.db", "--workers", "1")
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)
    line = one_line_error(result)
    assert "disk holding the archive is full" in line and "free some space" in line
    assert "stopped early" in result.stdout
    loaded = int(result.stdout.split("files: ")[1].split(" ok")[0])
    assert 0 < loaded < 40  # what fitted was loaded, and the summary says how much


def test_load_onto_a_full_disk_is_one_line_and_leaves_whole_drafts(tmp_path):
    """`jixiao load` into an archive on a 1 MB tmpfs: the user reads one line naming the
    full disk (never an internal error), and the archive holds whole drafts only."""
    import json

    mount = tmp_path / "small"
    mount.mkdir()
    _mount_tmpfs(mount, "size=1m")
    try:
        extracted = jixiao("extract", SEED_TXT)
        assert extracted.returncode == 0, extracted.stderr
        record = json.loads(extracted.stdout)
        indicators = sum(len(p["indicators"]) for p in record["projects"])
        lines = []
        for i in range(40):  # distinct identities, so none is skipped as already loaded
            record["source"].update(sha256=f"{i:064x}", path=f"/drafts/d{i:02}.txt")
            lines.append(json.dumps(record, ensure_ascii=False))
        jsonl = tmp_path / "records.jsonl"
        jsonl.write_text("\n".join(lines) + "\n", encoding="utf-8")
        result = jixiao("load", jsonl, "--db", mount / "archive.db")
        with sqlite3.connect(mount / "archive.db") as conn:
            partial = conn.execute("select count(*) from documents d where (select count(*) from indicators i "
                                   "where i.document_id = d.id) != ?", (indicators,)).fetchone()[0]
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)
    line = one_line_error(result)
    assert "disk holding the archive is full" in line and "free some space" in line
    assert "stopped early" in result.stdout and "records: " in result.stdout  # and how far it got
    assert partial == 0


def test_postgresql_disk_full_stops_the_batch_with_what_was_loaded(pg_url, tmp_path):
    """The same on PostgreSQL: a tablespace on a 12 MB tmpfs (an empty database takes about 8) owned by the
    server's user, filled up to its last 2 MB once the database is made."""
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    text = SEED_TXT.read_text(encoding="utf-8")
    for i in range(150):
        (drafts / f"d{i:03}.txt").write_text(text + f"\n备注 {i}\n", encoding="utf-8")
    with _nearly_full_postgresql_database(pg_url) as url:
        result = jixiao("ingest", drafts, "--db", url, "--workers", "1", timeout=600)
    line = one_line_error(result)
    assert "disk holding the archive is full" in line
    assert "stopped early" in result.stdout


def test_postgresql_load_onto_a_full_disk_with_two_batches_in_flight(pg_url, tmp_path):
    """`jixiao load` writes two batches at once on PostgreSQL: the disk fills under one of them while
    the other is in flight, and the run still ends in one line with how far it got, whole drafts only."""
    import json

    import psycopg

    extracted = jixiao("extract", SEED_TXT)
    assert extracted.returncode == 0, extracted.stderr
    record = json.loads(extracted.stdout)
    indicators = sum(len(p["indicators"]) for p in record["projects"])
    lines = []
    for i in range(600):
        record["source"].update(sha256=f"{i:064x}", path=f"/drafts/d{i:03}.txt")
        lines.append(json.dumps(record, ensure_ascii=False))
    jsonl = tmp_path / "records.jsonl"
    jsonl.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with _nearly_full_postgresql_database(pg_url) as url:
        result = jixiao("load", jsonl, "--db", url, timeout=600)
        dsn = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
        with psycopg.connect(dsn) as conn:
            partial = conn.execute("select count(*) from documents d where (select count(*) from indicators i "
                                   "where i.document_id = d.id) != %s", (indicators,)).fetchone()[0]
    line = one_line_error(result)
    assert "disk holding the archive is full" in line
    assert "stopped early" in result.stdout and "records: " in result.stdout
    assert partial == 0


@contextlib.contextmanager
def _nearly_full_postgresql_database(pg_url: str):
    """A new database in a tablespace on a 12 MB tmpfs (an empty database takes about 8) owned by the
    server's user, filled up to its last 2 MB once the database is made: its URL."""
    import pwd
    import shutil
    import tempfile

    import psycopg

    mount = Path(tempfile.mkdtemp(prefix="jixiao-full-"))  # outside pytest's private 0700 folders
    os.chmod(mount, 0o755)
    owner = f",uid={pwd.getpwnam('postgres').pw_uid}" if os.geteuid() == 0 else ""
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size=12m,mode=0700{owner}", "tmpfs", str(mount)],
                          capture_output=True, text=True)
    if made.returncode != 0:
        shutil.rmtree(mount, ignore_errors=True)
        _cannot_mount(made)
    admin = make_url(pg_url).set(drivername="postgresql").render_as_string(hide_password=False)
    name = f"jixiao_full_{os.getpid()}"
    try:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f"CREATE TABLESPACE {name} LOCATION '{mount}'")
            conn.execute(f'CREATE DATABASE "{name}" TABLESPACE {name}')
        _fill_leaving(mount, 2 << 20)  # a disk nearly full already: a few drafts fill the rest
        yield make_url(pg_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f"DROP TABLESPACE IF EXISTS {name}")
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)
        shutil.rmtree(mount, ignore_errors=True)


def _fill_leaving(mount: Path, free: int) -> None:
    """Fill the filesystem at ``mount`` with one file until ``free`` bytes are left."""
    stat = os.statvfs(mount)
    with open(mount / "filler", "wb") as fh:
        fh.write(b"\0" * max(0, stat.f_bavail * stat.f_frsize - free))


# --- optional parts ----------------------------------------------------------------


def test_postgresql_without_its_extra_names_the_extra(tmp_path):
    hide = "import sys; sys.modules['psycopg'] = None"  # as if jixiao[postgres] were not installed
    line = one_line_error(jixiao("search", "专利", "--db", "postgresql://u@127.0.0.1/archive", python_prelude=hide))
    assert "pip install 'jixiao[postgres]'" in line
    line = one_line_error(jixiao("ingest", SEED_TXT, "--db", "postgresql://u@127.0.0.1/archive", python_prelude=hide))
    assert "pip install 'jixiao[postgres]'" in line


def test_camelot_tables_without_camelot_names_the_extra():
    hide = "import sys; sys.modules['camelot'] = None"
    line = one_line_error(jixiao("extract", DRAFTS / "seed.lo.pdf", "--tables", "camelot", python_prelude=hide))
    assert "--tables camelot" in line and "pip install 'jixiao[camelot]'" in line
    assert "damaged" not in line


# --- outputs -----------------------------------------------------------------------


@pytest.fixture
def archive(tmp_path):
    db = tmp_path / "archive.db"
    assert jixiao("ingest", SEED_TXT, "--db", db).returncode == 0
    return str(db)


def test_output_in_a_missing_folder(archive, tmp_path):
    line = one_line_error(jixiao("stats", "--db", archive, "--html", tmp_path / "no" / "such" / "stats.html"))
    assert "no folder" in line and "mkdir -p" in line
    line = one_line_error(jixiao("review", SEED_TXT, "-o", tmp_path / "missing" / "r.html"))
    assert "no folder" in line


def test_a_folder_given_to_o(archive, tmp_path):
    line = one_line_error(jixiao("review", SEED_TXT, "-o", tmp_path))
    assert "is a folder" in line and "file name" in line
    line = one_line_error(jixiao("export", "--db", archive, "--format", "xlsx", tmp_path))
    assert "is a folder" in line


def test_existing_export_file_needs_force(archive, tmp_path):
    out = tmp_path / "archive.xlsx"
    assert jixiao("export", "--db", archive, "--format", "xlsx", out).returncode == 0
    before = out.stat().st_mtime_ns
    line = one_line_error(jixiao("export", "--db", archive, "--format", "xlsx", out))
    assert "exists; add --force" in line and out.stat().st_mtime_ns == before
    assert jixiao("export", "--db", archive, "--format", "xlsx", out, "--force").returncode == 0
    # A file where a folder of CSV files is wanted
    line = one_line_error(jixiao("export", "--db", archive, "--format", "csv", out))
    assert "is a file" in line and "folder" in line


def test_a_bug_is_still_exit_70_and_one_line(tmp_path):
    # An exception nobody anticipated is our bug, not the user's: exit 70, still one line.
    code = ("import jixiao.commands.search as s\n"
            "def broken(*a, **k):\n    raise ZeroDivisionError('a bug')\n"
            "s.require_archive = broken")
    result = jixiao("search", "x", python_prelude=code, cwd=tmp_path)
    assert result.returncode == 70
    assert result.stderr.startswith("jixiao: internal error: ZeroDivisionError") and "Traceback" not in result.stderr


def test_a_draft_the_database_refuses_fails_with_a_short_reason(pg_url):
    """A unit longer than its column: that file fails with a short reason (the archive's
    own check, the same on both databases), not the SQL and its parameters; the batch goes on."""
    from conftest import _drop_pg_database, _fresh_pg_database
    from sqlalchemy import text as sql

    from jixiao.extract import extract_file
    from jixiao.ingest import ingest
    from jixiao.load.url import make_engine

    def extractor(path):
        record = extract_file(path).to_dict()
        if path.endswith("seed.txt"):
            record["projects"][0]["indicators"][0]["unit"] = "人次（按全年各季度累计口径统计）" * 3
        return record

    url = _fresh_pg_database(pg_url)
    try:
        summary = ingest([SEED_TXT, DRAFTS / "tsv_civil_2024.txt"], url, extractor=extractor)
        assert summary.ok == 1 and summary.failed == 1
        (path, reason), = summary.failures
        assert path.endswith("seed.txt")
        assert reason.startswith("does not fit the archive: indicators.unit is 48 characters")
        assert len(reason) < 400 and "[SQL" not in reason and "INSERT" not in reason
        engine = make_engine(url)
        with engine.connect() as conn:
            stored = conn.execute(sql("SELECT error FROM ingest_files WHERE status = 'failed'")).scalar_one()
        engine.dispose()
        assert stored == reason
    finally:
        _drop_pg_database(pg_url, url)
