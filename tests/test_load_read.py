"""The analyst API: DataFrames with the joins done."""
from __future__ import annotations

import pytest

from jixiao import load
from jixiao.load.url import make_engine
from test_ingest_support import GOLD_INDICATORS, GOLD_PROJECTS, gold_record


@pytest.fixture
def two_drafts(db_url):
    load.upgrade(db_url)
    engine = make_engine(db_url)
    other = gold_record()
    other["document"].update(department="另一个局", year=2021)
    load.write_record(engine, gold_record(), path="/a.txt", sha256="1" * 64)
    load.write_record(engine, other, path="/b.txt", sha256="2" * 64)
    engine.dispose()
    return db_url


def test_read_indicators_joins_project_and_document(two_drafts):
    frame = load.read_indicators(two_drafts)
    assert len(frame) == 2 * GOLD_INDICATORS
    for column in ("department", "year", "code", "budget_total", "level2_std", "kind", "value", "unit"):
        assert column in frame.columns
    assert frame["value"].dtype.kind == "f"


def test_read_indicators_filters(two_drafts):
    one = load.read_indicators(two_drafts, year=2021)
    assert len(one) == GOLD_INDICATORS and set(one["department"]) == {"另一个局"}
    numeric_pct = load.read_indicators(two_drafts, department="抚宁区工业信息管理局", kind="numeric", unit="%")
    assert len(numeric_pct) > 0 and set(numeric_pct["unit"]) == {"%"}
    by_code = load.read_indicators(two_drafts, code="471-0602-YBN-G1UW", level1_std="产出指标")
    assert set(by_code["code"]) == {"471-0602-YBN-G1UW"} and set(by_code["level1_std"]) == {"产出指标"}
    either = load.read_indicators(two_drafts, year=[2020, 2021], level2_std="数量指标")
    assert set(either["year"]) == {2020, 2021}


def test_read_projects_and_documents(two_drafts):
    projects = load.read_projects(two_drafts, year=2020)
    assert len(projects) == GOLD_PROJECTS
    assert projects.loc[projects["code"] == "471-0602-YBN-G1UW", "budget_total"].iloc[0] == pytest.approx(124.93)
    documents = load.read_documents(two_drafts)
    assert list(documents["year"]) == [2020, 2021] and "record_json" not in documents.columns
    assert len(load.read_documents(two_drafts, department="另一个局")) == 1


def test_unknown_filter_is_an_error(two_drafts):
    with pytest.raises(TypeError, match="unknown filter"):
        load.read_projects(two_drafts, level2_std="数量指标")
