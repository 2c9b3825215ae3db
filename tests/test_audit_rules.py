"""The rules table is data: a province's file changes what the audit says and counts."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from test_audit_support import SEED, audit_json, run_cli

ROOT = Path(__file__).resolve().parent.parent


def test_every_rule_has_a_check_and_a_readme_entry():
    from jixiao.audit.rules import load_rules

    rules = load_rules()
    source = "".join(p.read_text(encoding="utf-8") for p in (ROOT / "jixiao" / "audit").glob("*.py"))
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    audit_section = readme[readme.index("## Auditing drafts"):]
    for rule in rules:
        assert f'"{rule.id}"' in source, f"no check looks up {rule.id}"
        assert f"`{rule.id}`" in audit_section, f"README's audit section does not document {rule.id}"


def test_a_province_file_changes_severity_points_params_and_switches_rules_off(tmp_path, capsys):
    province = tmp_path / "hebei.toml"
    province.write_text(
        '[[rule]]\nid = "timeliness_without_date"\nseverity = "warning"\npoints = 10\n'
        'message = "{indicator}: 时效目标“{value_raw}”未写明时限"\n\n'
        '[[rule]]\nid = "boilerplate_indicator"\nenabled = false\n\n'
        '[[rule]]\nid = "goals_unnumbered"\n[rule.params]\nmin_clauses = 2\n',
        encoding="utf-8")
    ours = audit_json(capsys, str(SEED))
    theirs = audit_json(capsys, str(SEED), "--rules", str(province))

    def by_rule(report, rule):
        return [f for f in report["drafts"][0]["findings"] if f["rule"] == rule]

    timely = by_rule(theirs, "timeliness_without_date")
    assert len(timely) == len(by_rule(ours, "timeliness_without_date")) == 5
    assert all(f["severity"] == "warning" and f["points"] == 10 for f in timely)
    assert "时效目标“及时”未写明时限" in timely[0]["message"]
    assert by_rule(ours, "boilerplate_indicator") and not by_rule(theirs, "boilerplate_indicator")
    # fewer points off: 相关性 rises; more off: 可行性 falls
    assert theirs["drafts"][0]["scores"]["相关性"] > ours["drafts"][0]["scores"]["相关性"]
    assert theirs["drafts"][0]["scores"]["可行性"] < ours["drafts"][0]["scores"]["可行性"]
    rule = next(r for r in theirs["rules"] if r["id"] == "goals_unnumbered")
    assert rule["params"] == {"min_clauses": 2}
    assert theirs["rule_sources"][-1] == str(province)


@pytest.mark.parametrize("content, reason", [
    ('[[rule]]\nid = "no_such_rule"\n', "unknown rule id 'no_such_rule'"),
    ('[[rule]]\nid = "missing_basis"\nseverity = "fatal"\n', "severity must be one of"),
    ('[[rule]]\nid = "missing_basis"\ncriterion = "美观性"\n', "criterion must be one of"),
    ('[[rule]]\nid = "missing_basis"\npoints = -1\n', "points must be a number"),
    ('[[rule]]\nid = "missing_basis"\ncolour = "red"\n', "unknown field(s) colour"),
    ('[[rule]\nid = 1\n', "not valid TOML"),
    ('title = "no rules here"\n', "no [[rule]] entries"),
])
def test_a_bad_rules_file_is_one_line_and_exit_1(tmp_path, capsys, content, reason):
    bad = tmp_path / "bad.toml"
    bad.write_text(content, encoding="utf-8")
    code, out, err = run_cli(capsys, "audit", str(SEED), "--rules", str(bad))
    assert code == 1 and out == ""
    assert err.startswith(f"jixiao: error: {bad}") and reason in err and err.count("\n") == 1


def test_usage_mistakes_and_missing_inputs(tmp_path, capsys):
    with pytest.raises(SystemExit) as usage:
        run_cli(capsys, "audit")
    assert usage.value.code == 2
    with pytest.raises(SystemExit) as mixed:
        run_cli(capsys, "audit", str(SEED), "--year", "2020")
    assert mixed.value.code == 2
    code, _, err = run_cli(capsys, "audit", str(tmp_path / "nowhere.txt"))
    assert code == 1 and err.startswith("jixiao: error:") and "nowhere.txt" in err and "Traceback" not in err
    code, _, err = run_cli(capsys, "audit", "--db", f"sqlite:///{tmp_path / 'none.db'}")
    assert code == 1 and "no archive at" in err
    (tmp_path / "empty.db").touch()  # a SQLite file, but no archive in it
    code, _, err = run_cli(capsys, "audit", str(SEED), "--db", f"sqlite:///{tmp_path / 'empty.db'}")
    assert code == 1 and "cannot read the archive (no such table" in err and "jixiao db upgrade" in err
    assert err.count("\n") == 1
    code, _, err = run_cli(capsys, "audit", str(SEED), "--rules", str(tmp_path / "absent.toml"))
    assert code == 1 and "no such rules file" in err


def test_no_archive_is_said_in_text_output(capsys):
    code, out, _ = run_cli(capsys, "audit", str(SEED))
    assert code == 0
    first = out.splitlines()[0]
    assert re.match(r"抚宁区工业信息管理局 2020  overall [\d.]+  \(完整性 ", first)
    assert "note: no archive given (--db): no peer comparisons and no year-over-year comparison" in out
