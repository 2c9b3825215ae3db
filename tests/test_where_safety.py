"""--where: the new text operators, and the mistakes that fail the same way on SQLite
and PostgreSQL (type errors, out-of-range numbers, deep nesting) before any SQL runs."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from test_search_support import HEALTH, build_archive

from jixiao.load.search import search
from jixiao.load.where import MAX_DEPTH, Where, WhereError


@pytest.fixture
def archive(db_url):
    return build_archive(db_url, "seed.txt", HEALTH.name)


def cli_search(db: str, *args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "jixiao", "search", "--db", db, *args],
                          capture_output=True, text=True, timeout=120)


def hits(db: str, where: str) -> list:
    return search(db, "", where=where, limit=10_000)


def test_contains_startswith_endswith(archive):
    satisfied = hits(archive, "level3 contains '满意'")
    assert satisfied and all("满意" in h.level3 for h in satisfied)
    assert {h.level3 for h in satisfied} == {h.level3 for h in hits(archive, "'满意' in level3")}
    others = hits(archive, "level3 not contains '满意'")
    assert others and not any("满意" in (h.level3 or "") for h in others)
    everything = search(archive, "", limit=10_000)
    assert len(satisfied) + len(others) + len([h for h in everything if h.level3 is None]) == len(everything)
    starting = hits(archive, "level3 startswith '群众'")
    assert starting and all(h.level3.startswith("群众") for h in starting)
    percent = hits(archive, "value_raw endswith '%'")
    assert percent and all(h.value_raw.endswith("%") for h in percent)
    # LIKE's wildcards are the user's text, not patterns
    assert hits(archive, "level3 contains '%'") == [h for h in everything if "%" in (h.level3 or "")]


def test_in_and_not_in(archive):
    everything = search(archive, "", limit=10_000)
    chosen = hits(archive, "kind in ('numeric', 'reference')")
    rest = hits(archive, "kind not in ('numeric', 'reference')")
    assert {h.kind for h in chosen} == {"numeric", "reference"}
    assert {h.kind for h in rest}.isdisjoint({"numeric", "reference"}) and rest
    assert len(chosen) + len(rest) + len([h for h in everything if h.kind is None]) == len(everything)
    assert {h.year for h in hits(archive, "year in (2020, 2021)")} == {2020, 2021}


@pytest.mark.parametrize("expression, message", [
    ("value > 'abc'", "value is a number; compare it with a number, not 'abc'"),
    ("year = '2020'", "year is a number"),
    ("level3 > 5", "level3 is text; put the value in quotes"),
    ("kind in ('numeric', 5)", "kind is text"),
    ("value contains '9'", "contains works on text fields; value is a number"),
    ("level3 startswith 5", "startswith needs text in quotes"),
    ("value > 99999999999999999999999", "number out of range"),
    ("value < -1e999", "number out of range"),
    ("budget_total_yuan >= 10000000000000000", "number out of range"),
    ("-" * 1990 + "5 < value", f"nested deeper than {MAX_DEPTH} levels"),
    ("(" * 60 + "value > 1" + ")" * 60, f"nested deeper than {MAX_DEPTH} levels"),
    ("not " * 80 + "value > 1", f"nested deeper than {MAX_DEPTH} levels"),
])
def test_mistakes_are_one_line_usage_errors_on_both_databases(archive, expression, message):
    with pytest.raises(WhereError, match=message.replace("(", r"\(")):
        Where(expression)
    result = cli_search(archive, "--where", expression)
    assert result.returncode == 2, result.stderr
    assert result.stderr.strip().splitlines() == [f"jixiao: error: --where: {result.stderr.split('--where: ', 1)[1].strip()}"]
    assert message in result.stderr and "internal error" not in result.stderr


def test_numbers_within_the_range_still_work(archive):
    assert hits(archive, "value <= 1000000000000000") == hits(archive, "value is not None")
    assert hits(archive, "-5 < value") and hits(archive, "value > -1e15")
    nested = hits(archive, "(" * 20 + "value >= 95" + ")" * 20)
    assert nested == hits(archive, "value >= 95")


def test_json_output_of_a_filtered_search(archive):
    result = cli_search(archive, "--where", "level3 contains '满意' and value >= 90", "--json", "--limit", "5")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and all("满意" in r["level3"] and r["value"] >= 90 for r in rows)
