"""search: several words (every one must match), quoted phrases, on both databases."""
from __future__ import annotations

import subprocess
import sys

import pytest
from test_search_support import HEALTH, build_archive

from jixiao.load.search import parse_query, search


@pytest.fixture
def archive(db_url):
    return build_archive(db_url, "seed.txt", HEALTH.name)


def texts(hits) -> list[str]:
    """The indexed text of indicator hits (a project's goals, also indexed, are not in a hit)."""
    return [" ".join(filter(None, (h.level3, h.description))) for h in hits if h.hit == "indicator"]


def test_several_words_all_must_match(archive):
    both = search(archive, "满意度 群众", limit=500)
    assert texts(both) and all("满意度" in t and "群众" in t for t in texts(both))
    one = search(archive, "满意度", limit=500)
    assert len(one) > len(both)  # the second word narrows


def test_several_words_on_the_command_line(archive):
    result = subprocess.run([sys.executable, "-m", "jixiao", "search", "群众", "满意度", "--db", archive, "--limit", "3"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "群众满意度" in result.stdout and "unrecognized" not in result.stderr


def test_a_quoted_phrase_keeps_its_characters_together(archive):
    # "群众 满意度": the phrase 群众满意度, not 群众 somewhere and 满意度 elsewhere
    assert [c.phrase for c in parse_query('"群众 满意度"')] == [("群众", "众满", "满意", "意度")]
    phrase = search(archive, '"群众 满意度"', limit=500)
    assert texts(phrase) and all("群众满意度" in t for t in texts(phrase))
    assert {h.indicator_id for h in phrase} == {h.indicator_id for h in search(archive, "群众满意度", limit=500)}


def test_words_outside_quotes_stay_separate(archive):
    clauses = parse_query('"服务对象" 满意度')
    assert len(clauses) == 2
