"""load/peers.py and load/lineage.py on SQLite and PostgreSQL, on ingested drafts."""
from __future__ import annotations

from test_audit_support import SEED, ingest, next_year, read_draft, variant


def _two_departments_three_drafts(tmp_path, url):
    seed = tmp_path / "seed.txt"
    seed.write_bytes(SEED.read_bytes())
    later = tmp_path / "seed_2021.txt"
    later.write_text(next_year(read_draft(SEED)[0], 2020), encoding="utf-8")
    other = variant(SEED, tmp_path, 0, county="青龙县", year_shift=0, pct_shift=0, count_scale=1)
    ingest(url, seed, later, other)
    return seed, later, other


def test_peer_rows_are_numeric_rates_and_counts_with_their_draft(db_url, tmp_path):
    from jixiao.load.peers import peer_indicators

    seed, _later, other = _two_departments_three_drafts(tmp_path, db_url)
    rows = peer_indicators(db_url)
    assert set(rows.kind) == {"numeric"}
    assert ((rows.unit == "%") | (rows.level2_std == "数量指标")).all()
    assert rows.path.nunique() == 3
    # the seed's project 3 prints ≥30 人 under 数量指标 with a budget of 8.79 万元
    row = rows[(rows.path == str(seed)) & (rows.project_seq == 3) & (rows.indicator_seq == 1)].iloc[0]
    assert (row.value, row.unit, row.budget_total, row.budget_unit) == (30, "人", 8.79, "万元")
    assert row.department == "抚宁区工业信息管理局" and row.year == 2020
    # qualitative and reference rows (及时, ≤预算批复金额) are no one's peers
    assert not rows.value_raw.isin(["及时", "≤预算批复金额"]).any()
    assert set(rows[rows.path == str(other)].department) == {"青龙县工业信息管理局"}


def test_texts_shared_by_departments(db_url, tmp_path):
    from jixiao.load.peers import shared_indicator_texts

    _two_departments_three_drafts(tmp_path, db_url)
    shared = shared_indicator_texts(db_url, min_departments=2)
    satisfaction = shared[(shared.level3 == "群众满意度") & (shared.description == "群众满意数量占总数的比例。")]
    assert set(satisfaction.department) == {"抚宁区工业信息管理局", "青龙县工业信息管理局"}
    assert shared_indicator_texts(db_url, min_departments=3).empty


def test_previous_draft_is_the_same_departments_latest_earlier_one(db_url, tmp_path):
    from jixiao.load.lineage import archived_drafts, previous_draft

    seed, later, other = _two_departments_three_drafts(tmp_path, db_url)
    prior = previous_draft(db_url, department="抚宁区工业信息管理局", department_code="471002", year=2021)
    assert prior.path == str(seed) and prior.year == 2020 and prior.record["document"]["year"] == 2020
    # by name alone too; never the other department's 2020 draft
    assert previous_draft(db_url, department="抚宁区工业信息管理局", department_code=None, year=2021).path == str(seed)
    assert previous_draft(db_url, department="抚宁区工业信息管理局", department_code=None, year=2020) is None
    # the other county's department prints the same code: its own 2020 draft is its previous one
    assert previous_draft(db_url, department="青龙县工业信息管理局", department_code="471002", year=2021).path == str(other)
    assert [d.path for d in archived_drafts(db_url, department="抚宁区", year=2021)] == [str(later)]
    assert {d.path for d in archived_drafts(db_url, year=2020)} == {str(seed), str(other)}
