"""The stricter scorer the sample tests use sees what score.py does not."""
from __future__ import annotations

import copy
import json

import pytest

from tests.helpers import EXPECTED, f1, f1_strict

SEED = json.loads((EXPECTED / "seed.gold.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("field, printed", [("value_raw", "≥ 1 个"), ("level1", "产出"), ("level2", "数量")])
def test_a_wrong_printed_form_fails_only_the_strict_score(field, printed):
    pred = copy.deepcopy(SEED)
    pred["projects"][0]["indicators"][0][field] = printed
    assert f1(SEED, pred)[0] == 1.0
    score, misses = f1_strict(SEED, pred)
    assert score < 1.0 and any(field in m for m in misses)


def test_value_max_is_compared_where_the_gold_has_it():
    gold = json.loads((EXPECTED / "tsv_civil_2024.gold.json").read_text(encoding="utf-8"))
    pred = copy.deepcopy(gold)
    ind = pred["projects"][0]["indicators"][0]
    ind["value_max"] = (ind.get("value_max") or 0) + 7
    assert f1_strict(gold, pred)[0] < 1.0


def test_a_key_the_gold_lacks_is_not_counted():
    gold = copy.deepcopy(SEED)
    for p in gold["projects"]:
        for ind in p["indicators"]:
            ind.pop("value_raw")
    pred = copy.deepcopy(SEED)
    pred["projects"][0]["indicators"][0]["value_raw"] = "anything"
    assert f1_strict(gold, pred)[0] == 1.0
