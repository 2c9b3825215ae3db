"""Every Word sample draft against its hand-checked record, fact by fact.

seed.docx is the seed laid out in Word the way offices write it (../shared/seeds);
the others are the hand-checked sample records rendered by
samples/office/make_office.py (Word list numbering, vMerge/gridSpan merges).
"""
from __future__ import annotations

import json
import subprocess
import sys

import jsonschema
import pytest

from jixiao.extract import extract_file
from tests.helpers import DRAFTS, ROOT, SCHEMA, drafts_with_gold, f1, load_gold

WORD_DRAFTS = drafts_with_gold((".docx",))


def test_every_column_set_has_a_word_sample():
    names = {p.name.split(".")[0] for p in WORD_DRAFTS}
    assert {"seed", "html_education_2022", "markdown_health_2021", "tsv_agriculture_2019", "tsv_civil_2024"} <= names


@pytest.mark.parametrize("draft", WORD_DRAFTS, ids=lambda p: p.name)
def test_word_draft_scores_against_gold(draft):
    record = extract_file(str(draft)).to_dict()
    score, misses = f1(load_gold(draft), record)
    assert score == 1.0 if draft.name == "seed.docx" else score >= 0.99, "\n".join(misses[:40])
    errors = list(jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text(encoding="utf-8"))).iter_errors(record))
    assert not errors, errors[:3]


def test_seed_docx_through_the_cli_scores_one(tmp_path):
    out = tmp_path / "seed.json"
    done = subprocess.run([sys.executable, "-m", "jixiao.cli", "extract", str(DRAFTS / "seed.docx")],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    out.write_text(done.stdout, encoding="utf-8")
    score = subprocess.run([sys.executable, str(ROOT / "tests" / "score.py"), str(ROOT / "samples/expected/seed.gold.json"), str(out)],
                           capture_output=True, text=True, timeout=60)
    assert json.loads(score.stdout.strip().splitlines()[-1])["f1"] == 1.0
