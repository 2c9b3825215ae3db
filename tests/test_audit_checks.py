"""相关性, 适当性 and 可行性 rules on real drafts, against rows read off the drafts by hand."""
from __future__ import annotations

import pytest

from test_audit_support import DRAFTS, SEED, audit_json, read_draft, run_cli, seed_text  # noqa: F401 (a fixture)


def _spots(report: dict, rule: str) -> list[tuple]:
    return [(f["project"], f["indicator"]) for d in report["drafts"] for f in d["findings"] if f["rule"] == rule]


@pytest.fixture(scope="module")
def seed_report():
    from jixiao.audit import run_audit

    return run_audit([str(SEED)]).as_dict()


def test_seed_relevance(seed_report):
    # project 1 is about 改制 costs; 综合事务保障率 (row 7) names nothing of it
    assert (1, 7) in _spots(seed_report, "unrelated_indicator")
    # its 改制 rows are related, and 满意度 / 成本 / 时效 rows are common indicators, never judged
    assert not {(1, n) for n in (1, 2, 3, 4, 5, 6, 9)} & set(_spots(seed_report, "unrelated_indicator"))
    # project 7's goal 3 (搞好同各单位协调沟通，严格考核) is measured by none of its rows
    (goal,) = [f for f in seed_report["drafts"][0]["findings"] if f["rule"] == "unmeasured_goal"]
    assert goal["project"] == 7 and "协调沟通" in goal["evidence"]["goal"]
    # 群众满意度 / 群众满意数量占总数的比例。 is printed in all 8 projects: one finding, counted
    copied = [f for f in seed_report["drafts"][0]["findings"]
              if f["rule"] == "boilerplate_indicator" and f["evidence"]["text"].startswith("群众满意度")]
    assert len(copied) == 1 and copied[0]["evidence"]["projects"] == list(range(1, 9))
    assert len(copied[0]["rows"]) == 8


def test_seed_feasibility(seed_report):
    # 成本指标 targets printed as words: 绩效管理 (project 1 row 6), 规定标准 (project 2 row 3)
    assert _spots(seed_report, "qualitative_where_number") == [(1, 6), (2, 3)]
    # 及时 is the whole 时效 target of projects 2, 4, 5, 6 and 8 (row 4 each); 12 月 and ≥90% are times
    assert sorted(_spots(seed_report, "timeliness_without_date")) == [(2, 4), (4, 4), (5, 4), (6, 4), (8, 4)]


def test_dates_and_rates_out_of_range(tmp_path, capsys):
    text, _ = read_draft(DRAFTS / "markdown_health_2021.md")
    # project 4's deadline moved into the next year; project 1's 建档率 target printed as 190
    edited = text.replace("2021年12月底前", "2022年3月底前", 1)
    assert edited != text
    path = tmp_path / "health.md"
    path.write_text(edited, encoding="utf-8")
    report = audit_json(capsys, str(path))
    (late,) = [f for f in report["drafts"][0]["findings"] if f["rule"] == "deadline_after_year"]
    assert late["project"] == 4 and late["evidence"]["printed_year"] == 2022 and late["evidence"]["budget_year"] == 2021
    assert _spots(audit_json(capsys, str(DRAFTS / "markdown_health_2021.md")), "deadline_after_year") == []


def test_rate_over_100_but_not_growth(tmp_path, capsys, seed_text):
    edited = seed_text.replace("改制完成情况\t≥90%", "改制完成情况\t≥190%", 1)
    assert edited != seed_text
    path = tmp_path / "seed.txt"
    path.write_text(edited, encoding="utf-8")
    assert _spots(audit_json(capsys, str(path)), "rate_over_100") == [(1, 1)]


def test_every_rate_at_100_with_no_basis(tmp_path, capsys):
    text, encoding = read_draft(DRAFTS / "html_education_2022.html")
    report = audit_json(capsys, str(DRAFTS / "html_education_2022.html"))
    assert _spots(report, "all_full_no_basis") == []
    # project 4 (校舍维修改造): 合格率 100%, 消除率 100%, and its 满意度 ≥90% raised to 100%
    start = text.index("薄弱学校校舍维修改造</td>")
    edited = text[:start] + text[start:].replace("&ge;90%", "100%", 1)
    path = tmp_path / "education.html"
    path.write_bytes(edited.encode(encoding))
    assert _spots(audit_json(capsys, str(path)), "all_full_no_basis") == []  # the rows print their basis
    stripped = edited[start:]
    for basis in ("建设工程质量验收规范", "工作目标", "问卷调查"):  # the three rate rows' 指标值说明
        assert f"<td>{basis}</td>" in stripped
        stripped = stripped.replace(f"<td>{basis}</td>", "<td></td>")
    path.write_bytes((edited[:start] + stripped).encode(encoding))
    found = [f for d in audit_json(capsys, str(path))["drafts"] for f in d["findings"] if f["rule"] == "all_full_no_basis"]
    assert [f["project"] for f in found] == [4] and len(found[0]["rows"]) == 3


def test_a_batch_goes_on_past_a_file_it_cannot_read(tmp_path, capsys):
    bad = tmp_path / "notes.txt"
    bad.write_text("not a draft at all\n", encoding="utf-8")
    code, out, err = run_cli(capsys, "audit", str(bad), str(SEED), "--json")
    assert code == 1
    assert err.strip() == f"jixiao: error: {bad}: no performance goal tables (绩效目标表) found; not a budget-performance draft"
    import json

    report = json.loads(out)
    assert [d["draft"]["path"] for d in report["drafts"]] == [str(SEED)] and len(report["failures"]) == 1


def test_a_words_file_folds_a_province_synonym(tmp_path, capsys):
    assert (1, 7) in _spots(audit_json(capsys, str(SEED)), "unrelated_indicator")
    words = tmp_path / "words.toml"
    # in this province 综合事务 is what 改制 offices call their case work
    words.write_text('stopwords = ["情况"]\nsynonyms = [["改制", "事务"]]\n', encoding="utf-8")
    assert (1, 7) not in _spots(audit_json(capsys, str(SEED), "--words", str(words)), "unrelated_indicator")
    words.write_text('synonyms = "改制"\n', encoding="utf-8")
    code, _, err = run_cli(capsys, "audit", str(SEED), "--words", str(words))
    assert code == 1 and err.startswith(f"jixiao: error: {words}: expected")
