"""Every sample draft against its hand-checked record, fact by fact."""
from __future__ import annotations

import json

import jsonschema
import pytest

from jixiao.extract import extract_file
from tests.helpers import SCHEMA, drafts_with_gold, f1_strict, load_gold

TEXT_DRAFTS = drafts_with_gold((".txt", ".md", ".html"))
ALL_DRAFTS = drafts_with_gold((".txt", ".md", ".html", ".pdf"))


@pytest.fixture(scope="module")
def validator():
    return jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text(encoding="utf-8")))


@pytest.mark.parametrize("draft", TEXT_DRAFTS, ids=lambda p: p.name)
def test_text_draft_scores_against_gold(draft):
    record = extract_file(str(draft)).to_dict()
    score, misses = f1_strict(load_gold(draft), record)
    # Every sample reads exactly today, printed forms (value_raw, level names) included.
    assert score == 1.0, "\n".join(misses[:40])


@pytest.mark.parametrize("draft", ALL_DRAFTS, ids=lambda p: p.name)
def test_record_matches_schema(draft, validator):
    record = extract_file(str(draft)).to_dict()
    errors = sorted(validator.iter_errors(record), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:10])
