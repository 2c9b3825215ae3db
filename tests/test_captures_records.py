"""Damaged captures extract to their hand-written records: the real captures
(tests/data/real), the family samples of those kinds, and captures written for
these readers (tests/data/captures) that no rule was tuned on."""
from __future__ import annotations

import json
import pathlib

import pytest

from jixiao.extract import extract_bytes
from tests.helpers import DRAFTS, EXPECTED, ROOT, f1

CAPTURES = ROOT / "tests" / "data" / "captures"
REAL = ROOT / "tests" / "data" / "real"


def extract(path: pathlib.Path) -> dict:
    return extract_bytes(path.read_bytes(), path.name).to_dict()


def _check(gold_path: pathlib.Path, raw: pathlib.Path, floor: float) -> dict:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    record = extract(raw)
    score, misses = f1(gold, record)
    assert score >= floor, f"F1 {score:.4f}\n" + "\n".join(misses[:30])
    return record


# The readers' share of each record: every indicator's name and printed value.
@pytest.mark.parametrize("name", ["glued_forestry", "glued_baseline_college", "escaped_river", "cell_lines_civil",
                                  "spaced_audit"])
def test_own_capture_indicators_exact(name):
    gold = json.loads((CAPTURES / name / "gold.json").read_text(encoding="utf-8"))
    record = extract(CAPTURES / name / "raw.txt")
    want = [(i["level3"], i["value_raw"], i["description"]) for p in gold["projects"] for i in p["indicators"]]
    got = [(i["level3"], i["value_raw"], i["description"]) for p in record["projects"] for i in p["indicators"]]
    assert got == want


@pytest.mark.parametrize("name,floor", [
    ("glued_forestry", 1.0), ("glued_baseline_college", 1.0), ("escaped_river", 1.0),
    # The interpreter also fills the document's department_code from the project's 主管部门编码.
    ("cell_lines_civil", 0.98),
    ("spaced_audit", 0.99),  # the same document department_code
])
def test_own_capture_record(name, floor):
    _check(CAPTURES / name / "gold.json", CAPTURES / name / "raw.txt", floor)


# Floors at what the readers reach today with the interpreter as merged; the
# remaining misses are interpreter facts named in the comments.
@pytest.mark.parametrize("number,floor", [
    ("08", 0.98),  # the long-term and annual goals, printed side by side, glued into one
    ("09", 0.99),  # a title the gold leaves out (the capture's form title)
    ("06", 0.99),  # a bare ">" read as a qualitative target (the gold: no kind)
])
def test_real_capture_record(number, floor):
    _check(REAL / number / "gold.json", REAL / number / "raw.txt", floor)


@pytest.mark.parametrize("stem,floor", [
    ("j_glued_hefeng_2022", 1.0),
    ("i_guangdong_baseline_2019", 0.99),
    ("h_form2015_huashi_2016", 0.99),
    # 汛前完工 in a row that lost a cell lands in 备注 (pipe_lines; the interpreter's realign)
    ("k_traditional_mirror_miluo_2023", 0.98),
    ("d_dept_overall_zherong_2021", 0.98),
])
def test_family_capture_record(stem, floor):
    raw = next(DRAFTS.glob(f"families/{stem}.*"))
    _check(EXPECTED / "families" / f"{stem}.gold.json", raw, floor)
