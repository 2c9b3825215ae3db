"""适当性 against an archive of 26 drafts: findings name the peer drafts and figures they compared."""
from __future__ import annotations

import re

import pandas as pd
import pytest

from test_audit_support import COUNTIES, SEED, archive_of_variants, audit_json, ingest, run_cli

APPROPRIATENESS_PEER_RULES = {"unit_cost_outlier", "rate_outside_peers"}


@pytest.fixture
def archive(db_url, tmp_path):
    """25 drafts (5 templates × 1 + 4 variants) and one whose project 3 costs a hundred times more."""
    paths = archive_of_variants(tmp_path / "drafts", per_sample=4)
    text = SEED.read_text(encoding="utf-8")
    lavish = tmp_path / "drafts" / "seed_lavish.txt"
    lavish.write_text(text.replace("抚宁区工业信息管理局", COUNTIES[-1] + "工业信息管理局")
                      .replace("预算数\t8.79\t其中：财政资金\t8.79", "预算数\t879.00\t其中：财政资金\t879.00"),
                      encoding="utf-8")
    ingest(db_url, *paths, lavish)
    return db_url, lavish


def _archive_rows(url: str) -> pd.DataFrame:
    from jixiao import load

    return load.read_indicators(url)


def test_appropriateness_findings_name_peer_drafts_and_figures(archive, capsys):
    url, lavish = archive
    report = audit_json(capsys, "--db", url)
    assert len(report["drafts"]) == 26

    rows = _archive_rows(url)
    findings = [(d, f) for d in report["drafts"] for f in d["findings"] if f["rule"] in APPROPRIATENESS_PEER_RULES]
    assert {f["rule"] for _, f in findings} == APPROPRIATENESS_PEER_RULES
    for draft, f in findings:
        assert f["criterion"] == "适当性"
        e = f["evidence"]
        assert e["n"] >= 5 and e["peers"] and e["q1"] <= e["median"] <= e["q3"]
        for peer in e["peers"]:
            # a peer is another draft of the archive, which prints what the evidence says
            assert peer["path"] != draft["draft"]["path"]
            printed = rows[(rows.path == peer["path"]) & (rows.project_seq == peer["project_seq"])
                           & (rows.indicator_seq == peer["indicator_seq"])]
            assert len(printed) == 1, peer
            assert printed.iloc[0].department == peer["department"] and printed.iloc[0].year == peer["year"]
            assert printed.iloc[0].value_raw == peer["value_raw"]
            if f["rule"] == "rate_outside_peers":
                assert printed.iloc[0].value == peer["figure"]

    # the lavish copy: 879 万元 for ≥30 人 is 29.3 万元 per 人, far above what any peer implies
    (cost,) = [f for d, f in findings if d["draft"]["path"] == str(lavish) and f["rule"] == "unit_cost_outlier"
               and f["project"] == 3]
    assert cost["indicator"] == 1 and cost["evidence"]["unit"] == "人"
    assert cost["evidence"]["unit_cost_wan"] == pytest.approx(879 / 30, rel=1e-3)
    assert cost["evidence"]["side"] == "above" and cost["evidence"]["q3"] * 2 < 879 / 30
    assert "万元 per 人" in cost["message"]


def test_html_rules_section_lists_every_rule_used(archive, capsys, tmp_path):
    url, _ = archive
    out = tmp_path / "audit.html"
    code, _, err = run_cli(capsys, "audit", "--db", url, "--html", str(out))
    assert code == 0, err
    report = audit_json(capsys, "--db", url)
    used = {f["rule"] for d in report["drafts"] for f in d["findings"]}
    assert APPROPRIATENESS_PEER_RULES <= used

    page = out.read_text(encoding="utf-8")
    rules_section = page[page.index('<section id="rules">'):]
    listed = set(re.findall(r'<tr id="rule-([a-z0-9_]+)" class="used"', rules_section))
    assert listed == used
    # every rule of the table is there, used or not, and each finding links to its rule
    assert set(re.findall(r'<tr id="rule-([a-z0-9_]+)"', rules_section)) == {r["id"] for r in report["rules"]}
    for rule in used:
        assert f'href="#rule-{rule}"' in page
    # the summary lists the 26 drafts, worst overall score first
    summary = page[page.index('<section id="summary">'):page.index("</section>", page.index('<section id="summary">'))]
    assert summary.count("<tr><td class=\"score\">") == 26
    overall = [d["overall"] for d in report["drafts"]]
    assert overall == sorted(overall)
    # peer evidence in the page names a peer draft and its figure
    assert '<tr class="peer">' in page
