"""完整性 on real drafts: a level removed, a basis column absent, the draft as printed."""
from __future__ import annotations

from test_audit_support import SEED, audit_json, seed_text, without_project_rows  # noqa: F401 (a fixture)


def _findings(report: dict, rule: str, project: int | None = None) -> list[dict]:
    (draft,) = report["drafts"]
    return [f for f in draft["findings"] if f["rule"] == rule and (project is None or f["project"] == project)]


def test_project_without_satisfaction_rows_is_incomplete_naming_the_level(tmp_path, capsys, seed_text):
    edited = tmp_path / "seed_no_satisfaction.txt"
    edited.write_text(without_project_rows(seed_text, 3, "满意度指标"), encoding="utf-8")

    report = audit_json(capsys, str(edited))

    (missing,) = _findings(report, "missing_level1", project=3)
    assert missing["criterion"] == "完整性" and missing["severity"] == "error"
    assert missing["evidence"]["missing_level"] == "满意度指标"
    assert "满意度指标" in missing["message"] and "project 3" in missing["message"]
    # the other seven projects still print their 满意度 rows
    assert [f["project"] for f in _findings(report, "missing_level1")] == [3]
    (draft,) = report["drafts"]
    project3 = next(p for p in draft["projects"] if p["seq"] == 3)
    assert project3["scores"]["完整性"] < 100
    assert any("no archive" in note for note in draft["notes"])


def test_the_seed_as_printed_has_every_level_of_its_year(capsys):
    report = audit_json(capsys, str(SEED))
    assert _findings(report, "missing_level1") == []
    # 2020: the framework before 成本指标 became a level of its own
    (draft,) = report["drafts"]
    assert draft["draft"]["year"] == 2020


def test_a_2021_draft_needs_cost_as_a_level_of_its_own(tmp_path, capsys, seed_text):
    moved = tmp_path / "seed_2021.txt"
    moved.write_text(seed_text.replace("2020 年部门预算绩效文本", "2021 年部门预算绩效文本", 1), encoding="utf-8")
    report = audit_json(capsys, str(moved))
    missing = _findings(report, "missing_level1")
    assert {f["project"] for f in missing} == set(range(1, 9))
    assert all(f["evidence"]["missing_level"] == "成本指标" for f in missing)
    # project 1 prints 预算控制数 as a 二级 成本指标 in row 6: the finding points there
    first = next(f for f in missing if f["project"] == 1)
    assert first["rows"] == [[1, 6]] and "二级指标" in first["message"]


def test_basis_is_required_only_where_the_template_prints_the_column(tmp_path, capsys, seed_text):
    # project 6 row 2 (资助专利数) prints no basis in a table that has the column
    report = audit_json(capsys, str(SEED))
    assert [(f["project"], f["indicator"]) for f in _findings(report, "missing_basis")] == [(6, 2)]

    # the same draft from a template without the 指标值确定依据 column
    lines, in_table = [], False
    for line in seed_text.splitlines():
        cells = line.split("\t")
        in_table = (in_table and bool(line.strip())) or cells[0] == "一级指标"
        if in_table:  # from an indicator table's header row to the blank line after it
            del cells[5]
        lines.append("\t".join(cells))
    no_column = tmp_path / "seed_no_basis_column.txt"
    no_column.write_text("\n".join(lines), encoding="utf-8")
    assert "指标值确定依据" not in no_column.read_text(encoding="utf-8")
    assert _findings(audit_json(capsys, str(no_column)), "missing_basis") == []


def test_a_draft_without_overall_goals(tmp_path, capsys, seed_text):
    start, end = seed_text.index("一、总体绩效目标"), seed_text.index("二、分项绩效目标")
    edited = tmp_path / "seed_no_overall_goals.txt"
    edited.write_text(seed_text[:start] + seed_text[end:], encoding="utf-8")
    assert _findings(audit_json(capsys, str(SEED)), "no_overall_goals") == []
    (missing,) = _findings(audit_json(capsys, str(edited)), "no_overall_goals")
    assert missing["project"] is None and missing["rows"] == [] and missing["severity"] == "warning"
    (draft,) = audit_json(capsys, str(edited))["drafts"]
    # a draft-level finding costs the draft, not its projects
    assert all(p["scores"]["完整性"] == q["scores"]["完整性"]
               for p, q in zip(draft["projects"], audit_json(capsys, str(SEED))["drafts"][0]["projects"]))
    assert draft["scores"]["完整性"] == audit_json(capsys, str(SEED))["drafts"][0]["scores"]["完整性"] - 10
