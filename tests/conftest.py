"""Shared pytest fixtures. Sections are owned by the engineers named in their headers."""
from __future__ import annotations

# ---------------------------------------------------------------------------
# Databases (load/ and ingest): a private PostgreSQL cluster and a db_url that
# runs every test on SQLite and on PostgreSQL.
# ---------------------------------------------------------------------------
import itertools
import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # so `import pg` works from any rootdir

_database_counter = itertools.count(1)


def _under_ci() -> bool:
    return os.environ.get("CI", "").lower() not in ("", "0", "false", "no")


@pytest.fixture(scope="session")
def soffice() -> str:
    """LibreOffice's program: the tests of what it converts (legacy and OpenDocument files, a
    sheet printed to PDF, the Word 97 reader's oracle) fail in CI without it, never skip."""
    from jixiao.extract.office import libreoffice

    exe = libreoffice.program()
    if exe is None:
        if _under_ci():
            pytest.fail("CI must run the LibreOffice tests: soffice is not installed")
        pytest.skip("LibreOffice (soffice) is not installed")
    return exe


@pytest.fixture(scope="session")
def pg_url():
    """A PostgreSQL server for this test session: $JIXIAO_TEST_PG_URL, or a throwaway cluster."""
    import pg

    given = os.environ.get("JIXIAO_TEST_PG_URL")
    if given:
        from jixiao.load.url import normalize_url

        yield normalize_url(given)
        return
    try:
        cluster = pg.start_cluster()
    except pg.NoPostgres as err:
        if _under_ci():
            pytest.fail(f"CI must test PostgreSQL: {err}")
        pytest.skip(f"PostgreSQL tests skipped: {err}")
    try:
        pg.wait_until_ready(cluster.url())
        yield cluster.url()
    finally:
        cluster.stop()


def _admin_dsn(server_url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(server_url).set(drivername="postgresql").render_as_string(hide_password=False)


def _fresh_pg_database(server_url: str) -> str:
    """A new empty database on the test server, so tests never see each other's rows."""
    import psycopg
    from sqlalchemy.engine import make_url

    name = f"jixiao_test_{os.getpid()}_{next(_database_counter)}"
    with psycopg.connect(_admin_dsn(server_url), autocommit=True) as conn:
        # FILE_COPY (PostgreSQL 15+) is several times faster than WAL_LOG for tiny databases.
        strategy = " STRATEGY file_copy" if conn.info.server_version >= 150000 else ""
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE template0{strategy}')
    return make_url(server_url).set(database=name).render_as_string(hide_password=False)


def _drop_pg_database(server_url: str, database_url: str) -> None:
    import psycopg
    from sqlalchemy.engine import make_url

    name = make_url(database_url).database
    with psycopg.connect(_admin_dsn(server_url), autocommit=True) as conn:
        force = " WITH (FORCE)" if conn.info.server_version >= 130000 else ""
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"{force}')


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """The same test on both backends: an empty SQLite file, or an empty PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'jixiao.db'}"
        return
    server = request.getfixturevalue("pg_url")
    url = _fresh_pg_database(server)
    yield url
    _drop_pg_database(server, url)


@pytest.fixture
def sqlite_url(tmp_path):
    return f"sqlite:///{tmp_path / 'jixiao.db'}"


@pytest.fixture
def engine(db_url):
    """An engine on an empty, migrated archive, on each backend."""
    from jixiao import load
    from jixiao.load.url import make_engine

    load.upgrade(db_url)
    engine = make_engine(db_url)
    yield engine
    engine.dispose()


# --------------------------------------------------------------------------- end databases


# ---------------------------------------------------------------------------
# The suite runs in two passes (`make test`): everything not marked `serial` on two
# processes (pytest-xdist), then the `serial` tests alone. Serial are the tests whose
# outcome hangs on time: a limit of a few seconds that a good file must meet, a
# signal or a kill that must land mid-batch. Sharing the cores with another test
# could make them fail for no fault of the code. Listed here, in one place, rather
# than marked in each file: "file" for a whole module, "file::test" for one test.
# ---------------------------------------------------------------------------
SERIAL = {
    "test_ingest_crash.py",  # SIGKILL mid-batch
    "test_reliability_signals.py",  # SIGTERM / Ctrl-C / SIGKILL mid-batch
    "test_jsonl_load.py::test_sigkill_mid_load_then_rerun_loads_every_record_once",
    "test_reliability_writer.py::test_the_time_limit_covers_the_write",  # 0.5 s limit
    "test_legacy_office.py::test_conversion_timeout_kills_libreoffice",  # 0.3 s limit
    "test_legacy_office.py::test_a_killed_worker_takes_its_conversion_with_it",  # kill after 1 s
    "test_dask_ingest.py::test_a_file_past_its_deadline_fails_and_the_batch_goes_on",  # 3 s limit
    "test_robust_bad_inputs.py::test_a_hanging_file_is_killed_at_the_timeout_and_the_batch_goes_on",  # 2 s
    "test_robust_bad_inputs.py::test_every_bad_file_is_named_with_its_reason_and_every_good_file_loads",  # timed
    "test_ocr_ingest.py::test_scanned_pages_extend_the_file_timeout_by_their_budget",  # 2 s + OCR budget
    # An address-space cap: on fresh clones the good draft after the bomb failed at a 200 MB
    # cap (cause not found; the cap is 600 MB now, the bomb inflates to gigabytes).
    "test_robust_bad_inputs.py::test_a_stream_that_inflates_past_the_memory_cap_fails_and_its_worker_is_replaced",
}


def pytest_collection_modifyitems(config, items):
    matched, files = set(), set()
    for item in items:
        name = item.path.name
        files.add(name)
        for key in (name, f"{name}::{getattr(item, 'originalname', item.name)}"):
            if key in SERIAL:
                matched.add(key)
                item.add_marker(pytest.mark.serial)
    # A renamed test must not slip out of the serial pass unnoticed.
    stale = {key for key in SERIAL - matched if key.split("::")[0] in files}
    if stale:
        raise pytest.UsageError(f"tests/conftest.py SERIAL names tests that do not exist: {sorted(stale)}")
