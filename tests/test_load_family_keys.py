"""The keys of the other template families, through the archive: rows, DataFrames, exports.

A 部门整体 table is a project with scope 'department'; approval forms print mid-term
goals and indicators beside the annual ones; Guangdong prints a baseline beside each
target; central annexes print 上年结转资金.  Records written before these keys existed
(every record today) must load as before, with the defaults the contract gives.
"""
from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import jsonschema
import pandas as pd
import msgspec
import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from jixiao import load
from jixiao.export import export
from jixiao.load.models import Document, Indicator, Project, ProjectGoal
from jixiao.load.url import make_engine
from test_ingest_support import GOLD_INDICATORS, GOLD_PROJECTS, gold_record

SCHEMA = json.loads((Path(__file__).resolve().parent.parent / "schemas" / "record.schema.json").read_text(encoding="utf-8"))


def family_record() -> dict:
    """The seed's gold with its first project turned into a department table of an approval form."""
    record = gold_record()
    record.setdefault("issues", [])
    record["source"] = {"path": "/drafts/pifu.docx", "sha256": "c" * 64, "format": "docx", "pages": None, "ocr": True}
    first = record["projects"][0]
    first.update(scope="department", implementing_unit="井研县马踏镇人民政府", budget_carryover=12.5,
                 goals_mid_term=["三年内覆盖全部行政村", "建立长效管护机制"])
    first["indicators"][0].update(period="mid_term", baseline_raw="2", weight=10)
    first["indicators"][1].update(period="year", baseline_raw="0%")
    return record


def test_family_record_is_valid_and_bad_values_are_not():
    jsonschema.validate(family_record(), SCHEMA)
    for where, key, bad in (("project", "scope", "unit"), ("indicator", "period", "annual"), ("source", "format", "pptx")):
        record = family_record()
        target = {"project": record["projects"][0], "indicator": record["projects"][0]["indicators"][0],
                  "source": record["source"]}[where]
        target[key] = bad
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(record, SCHEMA)


def test_family_keys_become_columns(engine):
    doc_id = load.write_record(engine, family_record(), path="/drafts/pifu.docx")
    with Session(engine) as conn:
        doc = conn.get(Document, doc_id)
        assert (doc.format, doc.ocr) == ("docx", True)
        first, second = conn.scalars(select(Project).order_by(Project.seq).limit(2)).all()
        assert (first.scope, first.implementing_unit, first.budget_carryover) == ("department", "井研县马踏镇人民政府", Decimal("12.5"))
        assert (second.scope, second.implementing_unit, second.budget_carryover) == ("project", None, None)
        goals = conn.execute(select(ProjectGoal.seq, ProjectGoal.period, ProjectGoal.text)
                             .where(ProjectGoal.project_id == first.id).order_by(ProjectGoal.seq)).all()
        annual = len(gold_record()["projects"][0]["goals"])
        assert [g.period for g in goals] == ["year"] * annual + ["mid_term", "mid_term"]
        assert [g.seq for g in goals] == list(range(1, annual + 3))
        assert goals[-1].text == "建立长效管护机制"
        rows = conn.execute(select(Indicator.seq, Indicator.period, Indicator.baseline_raw, Indicator.weight)
                            .where(Indicator.project_id == first.id).order_by(Indicator.seq).limit(3)).all()
        assert [tuple(r) for r in rows] == [(1, "mid_term", "2", 10), (2, "year", "0%", None), (3, "year", None, None)]


def test_record_without_the_keys_loads_with_the_defaults(engine):
    load.write_record(engine, gold_record(), path="/drafts/seed.txt", sha256="d" * 64)
    with Session(engine) as conn:
        assert conn.scalar(select(Document.ocr)) is None
        assert set(conn.scalars(select(Project.scope))) == {"project"}
        assert set(conn.scalars(select(Project.budget_carryover))) == {None}
        assert set(conn.scalars(select(Indicator.period))) == {"year"}
        assert set(conn.scalars(select(Indicator.baseline_raw))) == {None}
        assert set(conn.scalars(select(ProjectGoal.period))) == {"year"}


def test_missing_scope_or_period_is_the_default_and_an_unknown_one_is_refused(engine):
    record = gold_record()  # written before the family keys existed: no scope, no period
    assert "scope" not in record["projects"][0] and "period" not in record["projects"][0]["indicators"][0]
    load.write_record(engine, record, path="/x.txt", sha256="e" * 64)
    with Session(engine) as conn:
        assert set(conn.scalars(select(Project.scope))) == {"project"}
        assert set(conn.scalars(select(Indicator.period))) == {"year"}
    record["projects"][0]["indicators"][0]["period"] = "annual"
    with pytest.raises(msgspec.ValidationError, match=r"projects\[0\]\.indicators\[0\]\.period"):
        load.write_record(engine, record, path="/y.txt", sha256="f" * 64)


@pytest.fixture
def mixed(engine, db_url):
    load.write_record(engine, family_record(), path="/drafts/pifu.docx")
    load.write_record(engine, gold_record(), path="/drafts/seed.txt", sha256="f" * 64)
    return db_url


def test_dataframes_carry_and_filter_the_keys(mixed):
    projects = load.read_projects(mixed)
    assert len(projects) == 2 * GOLD_PROJECTS
    assert {"scope", "implementing_unit", "budget_carryover", "goals", "goals_mid_term", "ocr"} <= set(projects.columns)
    department = load.read_projects(mixed, scope="department")
    assert len(department) == 1
    row = department.iloc[0]
    assert (row["implementing_unit"], row["budget_carryover"], row["format"]) == ("井研县马踏镇人民政府", 12.5, "docx")
    assert row["goals_mid_term"] == "三年内覆盖全部行政村\n建立长效管护机制"
    assert row["goals"].split("\n") == gold_record()["projects"][0]["goals"]
    assert projects["goals_mid_term"].isna().sum() == 2 * GOLD_PROJECTS - 1

    indicators = load.read_indicators(mixed)
    assert len(indicators) == 2 * GOLD_INDICATORS
    assert {"period", "baseline_raw", "weight", "scope"} <= set(indicators.columns)
    mid = load.read_indicators(mixed, period="mid_term")
    assert len(mid) == 1 and mid.iloc[0]["baseline_raw"] == "2" and mid.iloc[0]["weight"] == 10
    assert len(load.read_indicators(mixed, scope="department")) == len(gold_record()["projects"][0]["indicators"])


@pytest.mark.parametrize("fmt", ["csv", "parquet", "xlsx"])
def test_exports_carry_the_keys(mixed, tmp_path, fmt):
    out = tmp_path / ("out.xlsx" if fmt == "xlsx" else "out")
    export(mixed, fmt, out)
    if fmt == "xlsx":
        sheets = pd.read_excel(out, sheet_name=None)
        projects, indicators = sheets["projects"], sheets["indicators"]
    elif fmt == "csv":
        projects = pd.read_csv(out / "projects.csv", encoding="utf-8-sig")
        indicators = pd.read_csv(out / "indicators.csv", encoding="utf-8-sig", dtype={"baseline_raw": str})
    else:
        projects, indicators = pd.read_parquet(out / "projects.parquet"), pd.read_parquet(out / "indicators.parquet")
    department = projects[projects["scope"] == "department"]
    assert len(department) == 1
    assert department.iloc[0]["budget_carryover"] == 12.5
    assert department.iloc[0]["goals_mid_term"].splitlines() == ["三年内覆盖全部行政村", "建立长效管护机制"]
    assert (projects["scope"] == "project").sum() == 2 * GOLD_PROJECTS - 1
    mid = indicators[indicators["period"] == "mid_term"]
    assert len(mid) == 1 and str(mid.iloc[0]["baseline_raw"]) == "2"
    assert (indicators["period"] == "year").sum() == 2 * GOLD_INDICATORS - 1


def test_search_view_shows_scope_and_period(mixed):
    engine = make_engine(mixed)
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT scope, period, baseline_raw FROM indicators_wide WHERE period = 'mid_term'")).all()
    finally:
        engine.dispose()
    assert [tuple(r) for r in rows] == [("department", "mid_term", "2")]


def test_migration_fills_defaults_in_an_existing_archive_and_downgrades(db_url):
    # An archive at 0002 with rows in it, as users have today.
    load.upgrade(db_url, revision="0002")
    engine = make_engine(db_url)
    try:
        with engine.begin() as conn:
            doc = conn.execute(text("INSERT INTO documents (sha256, path, ingested_at) VALUES ('s', '/a.txt', CURRENT_TIMESTAMP) RETURNING id")).scalar_one()
            project = conn.execute(text("INSERT INTO projects (document_id, seq, name) VALUES (:d, 1, '旧项目') RETURNING id"), {"d": doc}).scalar_one()
            conn.execute(text("INSERT INTO project_goals (project_id, seq, text) VALUES (:p, 1, '旧目标')"), {"p": project})
            conn.execute(text("INSERT INTO indicators (project_id, document_id, seq, level3) VALUES (:p, :d, 1, '旧指标')"), {"p": project, "d": doc})
        load.upgrade(db_url)
        with engine.connect() as conn:
            assert conn.execute(text("SELECT scope, implementing_unit, budget_carryover FROM projects")).one() == ("project", None, None)
            assert conn.execute(text("SELECT period, baseline_raw FROM indicators")).one() == ("year", None)
            assert conn.execute(text("SELECT period FROM project_goals")).scalar_one() == "year"
            assert conn.execute(text("SELECT scope, period, level3 FROM indicators_wide")).one() == ("project", "year", "旧指标")
        _downgrade(db_url, "0002")
        with engine.connect() as conn:
            assert conn.execute(text("SELECT project, level3 FROM indicators_wide")).one() == ("旧项目", "旧指标")
            columns = set(conn.execute(text("SELECT * FROM indicators")).keys())
            assert "period" not in columns and "baseline_raw" not in columns
    finally:
        engine.dispose()


def _downgrade(db_url: str, revision: str) -> None:
    from alembic import command

    from jixiao.load.schema import alembic_config

    command.downgrade(alembic_config(db_url), revision)
