"""Year over year: a department's drafts linked across years, a lowered target reported."""
from __future__ import annotations

from test_audit_support import SEED, audit_json, ingest, next_year, seed_text  # noqa: F401 (a fixture)


def _lowered_copy(text: str) -> str:
    """Next year's draft in which project 1's first ≥90% target (改制情况) is now ≥80%."""
    text = next_year(text, 2020)
    start = text.index("改制完成情况")
    at = text.index("≥90%", start)  # the row's target cell follows its description
    return text[:at] + "≥80%" + text[at + len("≥90%"):]


def _archive(tmp_path, url, text):
    old, new = tmp_path / "seed_2020.txt", tmp_path / "seed_2021.txt"
    old.write_text(text, encoding="utf-8")
    new.write_text(_lowered_copy(text), encoding="utf-8")
    ingest(url, old, new)
    return old, new


def test_lowered_target_is_reported_with_last_years_value(db_url, tmp_path, capsys, seed_text):
    old, new = _archive(tmp_path, db_url, seed_text)

    report = audit_json(capsys, "--db", db_url, "--year", "2021")

    (draft,) = report["drafts"]
    assert draft["draft"]["year"] == 2021 and draft["draft"]["path"] == str(new)
    assert draft["previous_draft"]["year"] == 2020 and draft["previous_draft"]["path"] == str(old)
    lowered = [f for f in draft["findings"] if f["rule"] == "target_lowered"]
    assert len(lowered) == 1, lowered  # only one target changed between the two drafts
    (f,) = lowered
    assert f["criterion"] == "可行性" and (f["project"], f["indicator"]) == (1, 1)
    assert f["evidence"]["value_raw"] == "≥80%"
    previous = f["evidence"]["previous"]
    assert previous["value_raw"] == "≥90%" and previous["year"] == 2020 and previous["path"] == str(old)
    assert previous["matched_by"] == "code" and previous["indicator"] == "改制情况"
    assert "≥90%" in f["message"] and "2020" in f["message"]
    assert not [f for f in draft["findings"] if f["rule"] == "target_raised"]
    # every project is matched (by code), and each of its targets is shown beside last year's
    yoy = {m["project"]: m for m in draft["year_over_year"]}
    assert sorted(yoy) == list(range(1, 9)) and {m["matched_by"] for m in yoy.values()} == {"code"}
    first = {c["indicator"]: c for c in yoy[1]["indicators"]}
    assert (first[1]["value_raw"], first[1]["previous_value_raw"], first[1]["change"]) == ("≥80%", "≥90%", "lowered")
    assert [c["change"] for c in first.values()].count("same") == len(first) - 1


def test_auditing_the_newer_file_against_the_archive(db_url, tmp_path, capsys, seed_text):
    _old, new = _archive(tmp_path, db_url, seed_text)
    html = tmp_path / "audit.html"
    report = audit_json(capsys, str(new), "--db", db_url, "--html", str(html))
    page = html.read_text(encoding="utf-8")
    row = page[page.index('<tr class="bad"><td><a href="seed_2021.review.html#p1-i1">'):]
    row = row[:row.index("</tr>")]
    assert "<td>≥80%</td><td>≥90%</td><td>lowered</td>" in row
    (draft,) = report["drafts"]
    assert [(f["project"], f["indicator"]) for f in draft["findings"] if f["rule"] == "target_lowered"] == [(1, 1)]
    # the file is in the archive too: it is never its own peer
    peers = [p for f in draft["findings"] for p in f["evidence"].get("peers", [])]
    assert all(p["path"] != str(new) for p in peers)


def test_the_older_draft_has_no_previous_year(db_url, tmp_path, capsys, seed_text):
    _archive(tmp_path, db_url, seed_text)
    (draft,) = audit_json(capsys, "--db", db_url, "--year", "2020")["drafts"]
    assert draft["previous_draft"] is None
    assert any("no earlier draft" in note for note in draft["notes"])
    assert not [f for f in draft["findings"] if f["rule"].startswith("target_")]


def test_projects_link_by_name_when_codes_change(db_url, tmp_path, seed_text):
    from jixiao.load.lineage import last_year_targets

    _archive(tmp_path, db_url, seed_text)
    # a code never printed, a name with another year in it: found by name similarity
    rows = last_year_targets(db_url, department="抚宁区工业信息管理局", department_code="471002", year=2021,
                             project_code="000-0000-XXX-0000", project_name="2021年下半年改制费用")
    assert rows and rows[0]["matched_by"] == "name" and rows[0]["previous_year"] == 2020
    assert [r["value_raw"] for r in rows if r["level3"] == "改制情况"] == ["≥90%"]
    by_code = last_year_targets(db_url, department="抚宁区工业信息管理局", year=2021, project_code="471-0602-JBN-XD5F")
    assert by_code[0]["matched_by"] == "code" and by_code[0]["level3"] == "涉军人员人数"
    assert last_year_targets(db_url, department="抚宁区工业信息管理局", year=2020, project_code="471-0602-JBN-XD5F") == []


def test_one_search_hit_gets_last_years_target(db_url, tmp_path, seed_text):
    from jixiao.load.lineage import last_year_target
    from jixiao.load.search import search

    _archive(tmp_path, db_url, seed_text)
    (hit,) = [h for h in search(db_url, "改制完成情况", year=2021) if h.hit == "indicator"]
    old = last_year_target(db_url, department=hit.department, year=hit.year, project_code=hit.project_code,
                           project_name=hit.project,
                           indicator={"level2_std": hit.level2_std, "level3": hit.level3, "description": None})
    assert hit.value_raw == "≥80%" and old["value_raw"] == "≥90%" and old["previous_year"] == 2020
