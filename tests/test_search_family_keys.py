"""`jixiao search --where` on the template families' keys, on a real SQLite archive.

The archive holds held-out drafts of four families, extracted by the real
extractor: a 部门整体支出 table (scope department), an approval form with
实施期 and 年度 sets (period), a Guangdong form with 上年度实际水平
(baseline_raw) and a national 申报表 with 实施单位 and 上年结转资金.
"""
from __future__ import annotations

import json
import pathlib
import subprocess
import sys

import pytest

from jixiao import load
from jixiao.cli import main
from jixiao.extract import extract_file
from jixiao.load.url import make_engine

HELDOUT = pathlib.Path(__file__).resolve().parent.parent / "samples" / "heldout" / "drafts"
DRAFTS = ("s2_national_mwr_2024.md", "s3_dept_overall_linxiang_2022.html", "s4_approval_tab_putian_2021.txt",
          "s8_guangdong_glued_shaoguan_2020.txt")


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> str:
    db = str(tmp_path_factory.mktemp("families") / "archive.db")
    load.upgrade(db)
    engine = make_engine(db)
    try:
        for i, name in enumerate(DRAFTS, 1):
            load.write_record(engine, extract_file(str(HELDOUT / name)), path=str(HELDOUT / name), sha256=f"{i:064x}")
    finally:
        engine.dispose()
    return db


def hits(capsys, db: str, where: str, *words: str) -> list[dict]:
    capsys.readouterr()
    assert main(["search", *words, "--db", db, "--where", where, "--json", "--limit", "500"]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_scope_selects_the_department_level_tables(capsys, archive):
    found = hits(capsys, archive, "scope = 'department'")
    assert found and {h["path"].rsplit("/", 1)[-1] for h in found} == {"s3_dept_overall_linxiang_2022.html"}
    assert {h["scope"] for h in found} == {"department"}
    others = hits(capsys, archive, "scope = 'project'")
    assert "s3_dept_overall_linxiang_2022.html" not in {h["path"].rsplit("/", 1)[-1] for h in others}


def test_period_splits_mid_term_from_annual_targets(capsys, archive):
    mid = hits(capsys, archive, "period = 'mid_term'")
    year = hits(capsys, archive, "period = 'year' and path contains 's4_'")
    assert mid and {h["path"].rsplit("/", 1)[-1] for h in mid} == {"s4_approval_tab_putian_2021.txt"}
    assert {h["period"] for h in mid} == {"mid_term"}
    # The approval form prints the same 三级 names in both sets.
    assert {h["level3"] for h in mid} & {h["level3"] for h in year}


def test_baseline_is_searchable_as_printed(capsys, archive):
    found = hits(capsys, archive, "baseline_raw = '3960批次'")
    assert [(h["level3"], h["value"], h["baseline_raw"]) for h in found] == [("食品抽检批次", 4200, "3960批次")]
    dashes = hits(capsys, archive, "baseline_raw in ('—', '-') and value > 0")
    assert {h["level3"] for h in dashes} >= {"农贸市场快检"}


def test_project_keys_implementing_unit_and_carryover(capsys, archive):
    found = hits(capsys, archive, "implementing_unit contains '检验所'", "食品")
    assert found and {h["implementing_unit"] for h in found} == {"韶关市食品检验所"}
    carried = hits(capsys, archive, "budget_carryover > 0")
    assert carried and {h["path"].rsplit("/", 1)[-1] for h in carried} == {"s2_national_mwr_2024.md"}


def test_the_installed_command_takes_the_new_keys(archive):
    """The real command line, in a fresh process: text output names the hit."""
    result = subprocess.run([sys.executable, "-m", "jixiao", "search", "--db", archive, "--where",
                             "scope = 'department' and level3 contains '满意'"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "indicator:" in result.stdout and "满意" in result.stdout


def test_a_key_compared_with_the_wrong_type_is_a_usage_error(capsys, archive):
    assert main(["search", "--db", archive, "--where", "period > 3"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("jixiao: error: --where") and len(err.strip().splitlines()) == 1
