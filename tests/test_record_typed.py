"""The record is typed: a misspelled key fails where it is written, read or decoded."""
from __future__ import annotations

import json
import pickle

import jsonschema
import msgspec
import pytest

from jixiao.extract import extract_file
from jixiao.extract.record import Indicator, Issue, IssueCode, Project, decode, encode, parse_line
from jixiao.extract.schema import schema_text
from jixiao.normalize import value
from tests.helpers import DRAFTS, SCHEMA


@pytest.fixture(scope="module")
def seed():
    return extract_file(str(DRAFTS / "seed.txt"))


def test_committed_schema_is_the_one_the_classes_generate():
    assert SCHEMA.read_text(encoding="utf-8") == schema_text(), \
        "schemas/record.schema.json is stale: python -m jixiao.extract.schema --write"


def test_a_misspelled_key_is_an_error_where_it_is_built_read_or_decoded(seed):
    ind = seed.projects[0].indicators[0]
    with pytest.raises(TypeError, match="valeu"):
        Indicator(**{**ind.to_dict(), "valeu": 90})
    with pytest.raises(AttributeError):
        ind.valeu  # noqa: B018 - the read is the test
    with pytest.raises(AttributeError):
        ind.valeu = 90
    data = seed.to_dict()
    data["projects"][0]["indicators"][0]["valeu"] = 90
    with pytest.raises(msgspec.ValidationError, match=r"unknown field `valeu`.*\$\.projects\[0\]\.indicators\[0\]"):
        decode(json.dumps(data))
    errors = list(jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text(encoding="utf-8"))).iter_errors(data))
    assert [list(e.path) for e in errors] == [["projects", 0, "indicators", 0]]
    assert "valeu" in errors[0].message


def test_a_mistyped_value_is_refused_with_its_path(seed):
    data = seed.to_dict()
    data["projects"][1]["seq"] = "2"
    record, reason = parse_line(json.dumps(data, ensure_ascii=False))
    assert record is None and "$.projects[1].seq" in reason
    assert parse_line("{not json")[1].startswith("not JSON")


def test_json_round_trip_and_pickle_keep_the_record(seed):
    again = decode(encode(seed))
    assert again == seed and again.to_dict() == json.loads(encode(seed))
    assert pickle.loads(pickle.dumps(seed)) == seed  # ingest workers send records to the writer


def test_provenance_is_left_out_where_unknown_and_contract_keys_are_always_there(seed):
    ind = seed.to_dict()["projects"][0]["indicators"][0]
    assert ind["line"] > 0 and "page" not in ind and "bbox" not in ind
    assert ind["value_max"] is None and "description" in ind  # null, not missing
    assert not seed.projects[0].indicators[0].page  # UNSET reads as false, like None


def test_issue_at_points_at_the_indicator_and_its_spot(seed):
    project = seed.projects[6]
    ind = project.indicators[1]
    issue = Issue.at(IssueCode.MISSING_VALUE, "warning", "empty", project=project, indicator=ind)
    assert (issue.project, issue.indicator, issue.where, issue.line) == (7, 2, "project 7, indicator 2", ind.line)
    assert issue.to_dict()["code"] == "missing_value"
    document = Issue.at("toc_without_table", "warning", "no table")
    assert document.where == "document" and document.project is None and "line" not in document.to_dict()
    with pytest.raises(ValueError):
        Issue.at("no_such_code", "info", "x")


def test_every_issue_of_the_interpreter_has_where_and_a_spot():
    record = extract_file(str(DRAFTS / "tsv_civil_2024.txt"))
    unknown = [i for i in record.issues if i.code == IssueCode.UNKNOWN_COLUMN]
    assert unknown and all(i.where == f"project {i.project}" and i.line for i in unknown)


def test_normalize_warnings_carry_a_code_the_checks_branch_on():
    (w,) = value("292%").warnings
    assert w.code == "percent_over_100" and "≥92%" in w
    (w,) = value("≥90%", sign="≤").warnings
    assert w.code == "sign_disagrees"
    assert pickle.loads(pickle.dumps(w)).code == "sign_disagrees"


def test_project_needs_every_contract_key():
    with pytest.raises(TypeError, match="Missing required argument"):
        Project(seq=1, title=None)
