"""--where: a small grammar turned into SQL with bound parameters, never string formatting."""
from __future__ import annotations

import pytest
from sqlalchemy.dialects import postgresql, sqlite
from test_search_support import build_archive

from jixiao.load.search import search
from jixiao.load.where import Where, WhereError


def _sql(expression: str, dialect=sqlite.dialect()) -> tuple[str, dict]:
    compiled = Where(expression).clause.compile(dialect=dialect)
    return str(compiled), compiled.params


def test_values_are_bound_parameters():
    sql, params = _sql("value >= 95 and unit = '%' or level3 = 'x''); DROP TABLE t; --'")
    assert "DROP" not in sql and "95" not in sql
    assert sorted(map(str, params.values())) == sorted(["95", "%", "x'); DROP TABLE t; --"])


@pytest.mark.parametrize("expression, fragment", [
    ("value >= 95", "indicators.value >= "),
    ("value = 95", "indicators.value = "),
    ("unit <> '%'", "indicators.unit != "),
    ("90 <= value <= 100", "indicators.value >= "),
    ("kind in ('numeric', 'reference')", "indicators.kind IN "),
    ("kind not in ('numeric',)", "NOT IN"),
    ("'满意' in level3", "LIKE"),
    ("unit is None", "indicators.unit IS NULL"),
    ("unit != null", "indicators.unit IS NOT NULL"),
    ("year >= 2020 AND NOT (department = 'x')", "documents.year >= "),
    ("value > -1", "indicators.value > "),
])
def test_grammar(expression, fragment):
    sql, _ = _sql(expression, postgresql.dialect())
    assert fragment in sql


def test_tables_named_by_fields():
    assert Where("year = 2020").tables == {"documents"}
    assert Where("project = 'x' and value > 1").tables == {"projects", "indicators"}


@pytest.mark.parametrize("expression", [
    "", "value >=", "value >= 95; DROP TABLE x", "value >= 95 -- comment",
    "__import__('os')", "open('/etc/passwd')", "value.__class__ == 1", "value[0] == 1",
    "value == value", "nosuch = 1", "value + 1 > 2", "lambda: 1", "value >= [1]",
    "value is 3", "value < None", "x" * 3000, "unit == f'{value}'",
])
def test_rejected(expression):
    with pytest.raises(WhereError) as err:
        Where(expression)
    assert "\n" not in str(err.value)


def test_applied_on_both_backends(db_url):
    build_archive(db_url)
    hits = search(db_url, "", where="kind = 'reference' and comparator = '<='", limit=500)
    assert hits and {(h.kind, h.comparator) for h in hits} == {("reference", "<=")}
    ranged = search(db_url, "", where="90 <= value <= 100 and unit = '%'", limit=500)
    assert ranged and all(90 <= h.value <= 100 for h in ranged)
    contains = search(db_url, "", where="'满意' in level3 and not (value < 95)", limit=500)
    assert contains and all("满意" in h.level3 and h.value >= 95 for h in contains)
    literal = search(db_url, "", where="level3 = 'x'' OR 1=1 --'", limit=500)
    assert literal == []
