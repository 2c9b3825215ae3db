"""The SQLite archive in a real `datasette serve`: search works out of the box and with our metadata."""
from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request

import pytest
from test_search_support import HEALTH, build_archive

from jixiao.datasette import METADATA, metadata_for


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def datasette(tmp_path):
    db = tmp_path / "jixiao.db"  # Datasette names the database after the file: "jixiao", as in metadata.json
    build_archive(f"sqlite:///{db}", "seed.txt", HEALTH.name)
    port = _free_port()
    log = open(tmp_path / "datasette.log", "w+b")
    server = subprocess.Popen(
        [sys.executable, "-m", "datasette", "serve", str(db), "-m", str(METADATA),
         "-h", "127.0.0.1", "-p", str(port)],
        stdout=log, stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(f"{base}/-/versions.json", timeout=2).close()
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    log.seek(0)
                    pytest.fail(f"datasette did not start: {log.read().decode(errors='replace')[-2000:]}")
                time.sleep(0.2)
        yield base
    finally:
        server.kill()
        server.wait(timeout=10)
        log.close()


def _get(base: str, path: str, **params) -> dict | list:
    url = f"{base}{path}?{urllib.parse.urlencode(params)}"
    with urllib.request.urlopen(url, timeout=20) as response:
        return json.loads(response.read().decode("utf-8"))


def test_fts_table_is_searchable_out_of_the_box(datasette):
    rows = _get(datasette, "/jixiao/indicators_fts.json", _search="专利", _shape="array")
    assert any(r["level3"].startswith("资助专利数") for r in rows)
    assert all("专利" in (r["level3"] or "") + (r["description"] or "") for r in rows)


def test_metadata_makes_tables_and_the_wide_view_searchable_with_facets(datasette):
    wide = _get(datasette, "/jixiao/indicators_wide.json", _search="专利", _shape="objects")
    names = [r["level3"] for r in wide["rows"]]
    assert any(n.startswith("资助专利数") for n in names)
    assert {"department", "year", "level1_std", "level2_std", "kind"} <= set(wide["facet_results"])
    satisfied = _get(datasette, "/jixiao/indicators.json", _search="满意", _shape="array", _size="max")
    assert "群众满意度" in {r["level3"] for r in satisfied}
    projects = _get(datasette, "/jixiao/projects.json", _search="经费", _shape="array")
    assert any("经费" in (p["name"] or "") for p in projects)


def test_table_descriptions_are_served(datasette):
    metadata = _get(datasette, "/-/metadata.json")
    tables = metadata["databases"]["jixiao"]["tables"]
    assert "indicators_wide" in tables and tables["indicators"]["fts_table"] == "indicators_fts"


def test_metadata_for_another_file_name():
    assert set(metadata_for("archive")["databases"]) == {"archive"}
