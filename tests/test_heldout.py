"""Drafts written after the extractor, by a hand that never read it (samples/heldout/).

They measure how jixiao reads template families and renderings it was not tuned on;
issue 18 asks F1 >= 0.85 for each unseen real-style document.
"""
from __future__ import annotations

import json
import pathlib

import pytest

from jixiao.extract import extract_file
from tests.helpers import f1

HELDOUT = pathlib.Path(__file__).resolve().parent.parent / "samples" / "heldout"
DRAFTS = sorted(p for p in (HELDOUT / "drafts").iterdir() if p.is_file())

# Floors above 0.85 hold what a draft scores today (less a small margin), so
# a regression shows.  s8's gold writes the form title without its printed
# year (项目支出绩效目标申报表（2020年度）, which the project's convention keeps):
# two title facts it cannot reach.
FLOORS = {
    "s1_yitihua_capture_jiange_2025": 0.97,
    "s2_national_mwr_2024": 0.97,
    "s3_dept_overall_linxiang_2022": 0.99,
    "s4_approval_tab_putian_2021": 0.99,
    "s5_docx_plain_wuzhong_2023": 0.99,
    "s6_yitihua_xlsx_xuyong_2026": 0.99,
    "s7_mof_old_cellline_yongxin_2017": 0.97,
    "s8_guangdong_glued_shaoguan_2020": 0.96,
}


@pytest.mark.parametrize("draft", DRAFTS, ids=lambda p: p.stem)
def test_heldout_draft_scores_against_its_hand_written_gold(draft):
    gold = json.loads((HELDOUT / "expected" / f"{draft.stem}.gold.json").read_text(encoding="utf-8"))
    score, misses = f1(gold, extract_file(str(draft)))
    assert score >= FLOORS.get(draft.stem, 0.85), "\n".join(misses[:40])
