"""Every hand-checked record drawn in every text rendering extracts back to itself.

The sample drafts each show one rendering and one column set; here each gold is
rendered again as tab rows, Markdown and HTML (tests/renderings.py,
written from the record, not from the extractor) so that every column set meets
every rendering.
"""
from __future__ import annotations

import json

import pytest

from jixiao.extract import extract_bytes
from tests import renderings
from tests.helpers import EXPECTED, f1_strict

GOLDS = sorted(EXPECTED.glob("*.gold.json"))
RENDERERS = {"tsv": renderings.render_tsv, "markdown": renderings.render_markdown, "html": renderings.render_html}


@pytest.mark.parametrize("rendering", RENDERERS)
@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name.split(".")[0])
def test_gold_rendered_again_extracts_back(gold_path, rendering):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = RENDERERS[rendering](gold)
    record = extract_bytes(text.encode("utf-8"), f"{gold_path.stem}.{rendering}").to_dict()
    assert record["source"]["rendering"] == rendering
    score, misses = f1_strict(gold, record)
    assert score == 1.0, "\n".join(misses[:30])
