"""jixiao export: tidy tables (indicators, projects, documents) as CSV, Parquet and Excel."""
from __future__ import annotations

import os
import subprocess
import sys

import pandas as pd
import pytest
from test_search_support import HEALTH, build_archive

from jixiao import load


@pytest.fixture
def archive(db_url):
    return build_archive(db_url, "seed.txt", HEALTH.name)


def _export(db: str, fmt: str, out) -> subprocess.CompletedProcess:
    result = subprocess.run([sys.executable, "-m", "jixiao.cli", "export", "--db", db, "--format", fmt, str(out)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return result


def _expected(db: str) -> dict[str, int]:
    return {"indicators": len(load.read_indicators(db)), "projects": len(load.read_projects(db)),
            "documents": len(load.read_documents(db))}


def test_csv_directory(archive, tmp_path):
    _export(archive, "csv", tmp_path / "out")
    counts = _expected(archive)
    for name, rows in counts.items():
        frame = pd.read_csv(tmp_path / "out" / f"{name}.csv", encoding="utf-8-sig")
        assert len(frame) == rows
    indicators = pd.read_csv(tmp_path / "out" / "indicators.csv", encoding="utf-8-sig")
    patent = indicators[indicators.level3.fillna("").str.startswith("资助专利数")]
    assert len(patent) == 1
    assert {"department", "year", "code", "name", "level2_std", "kind", "value", "unit"} <= set(indicators.columns)
    assert patent.iloc[0].department == "抚宁区工业信息管理局"
    # Written under a temporary name (which mkstemp makes owner-only), then given the usual mode.
    mask = os.umask(0)
    os.umask(mask)
    assert {(tmp_path / "out" / f"{name}.csv").stat().st_mode & 0o777 for name in counts} == {0o666 & ~mask}


def test_parquet_directory_keeps_types(archive, tmp_path):
    _export(archive, "parquet", tmp_path / "pq")
    counts = _expected(archive)
    for name, rows in counts.items():
        assert len(pd.read_parquet(tmp_path / "pq" / f"{name}.parquet")) == rows
    indicators = pd.read_parquet(tmp_path / "pq" / "indicators.parquet")
    assert indicators["value"].dtype.kind == "f" and indicators["year"].dtype.kind == "i"


def test_xlsx_workbook_with_three_sheets(archive, tmp_path):
    out = tmp_path / "archive.xlsx"
    _export(archive, "xlsx", out)
    sheets = pd.read_excel(out, sheet_name=None)
    assert set(sheets) == {"indicators", "projects", "documents"}
    counts = _expected(archive)
    assert {name: len(frame) for name, frame in sheets.items()} == counts
    assert "群众满意度" in set(sheets["indicators"].level3)
