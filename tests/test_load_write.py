"""write_record: one record to rows, faithfully, in the caller's transaction."""
from __future__ import annotations

from decimal import Decimal

import msgspec
import pytest
from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from jixiao import load
from jixiao.load.models import (
    Document, ExtractionIssue, Indicator, Project, ProjectGoal, Section, SpendingMilestone, TocEntry,
)
from test_ingest_support import GOLD_INDICATORS, GOLD_PROJECTS, counts, gold_record


def _count(conn, model, *where):
    return conn.execute(select(func.count()).select_from(model).where(*where)).scalar_one()


def test_gold_record_becomes_rows(engine):
    doc_id = load.write_record(engine, gold_record(), path="/drafts/seed.txt", sha256="a" * 64)
    with Session(engine) as conn:
        doc = conn.get(Document, doc_id)
        assert (doc.department, doc.department_code, doc.year, doc.status) == ("抚宁区工业信息管理局", "471002", 2020, "草案")
        assert doc.title == "2020年部门预算绩效文本"  # CJK spacing artefact cleaned
        assert doc.record_json["document"]["year"] == 2020
        assert _count(conn, Project) == GOLD_PROJECTS
        assert _count(conn, Indicator) == GOLD_INDICATORS
        assert _count(conn, TocEntry) == 11
        assert _count(conn, Section, Section.kind == "overall_goal") == 3
        assert _count(conn, Section, Section.kind == "safeguard") == len(gold_record()["safeguards"])
        assert _count(conn, SpendingMilestone) > 0 and _count(conn, ProjectGoal) > 0

        first = conn.scalars(select(Project).where(Project.seq == 1)).one()
        assert first.code == "471-0602-YBN-G1UW"
        assert first.budget_total == Decimal("124.93")  # exact, not 124.9299999
        assert first.budget_total_yuan == Decimal("1249300")
        assert first.budget_other is None
        months = conn.execute(
            select(SpendingMilestone.month, SpendingMilestone.pct)
            .where(SpendingMilestone.project_id == first.id).order_by(SpendingMilestone.month)
        ).all()
        assert [tuple(m) for m in months] == [(3, 30), (6, 50), (10, 80)]

        row = conn.scalars(select(Indicator).where(Indicator.project_id == first.id, Indicator.seq == 2)).one()
        assert (row.value_raw, row.kind, row.comparator, row.value, row.unit) == ("≥400 人", "numeric", ">=", 400, "人")
        assert row.document_id == doc_id


def test_extra_keys_and_issues_are_kept(engine):
    record = gold_record()
    record["source"] = {"path": "/x.pdf", "sha256": "b" * 64, "format": "pdf", "pages": 15}
    record["extractor"] = {"name": "jixiao", "version": "9.9"}
    ind = record["projects"][0]["indicators"][0]
    ind.update(value_max=95, amount_yuan=109400, direction="正向", weight=10, extra={"备注": "x"},
               page=5, bbox=[1.0, 2.0, 3.0, 4.0])
    record["issues"] = [{"severity": "warning", "code": "budget_sum", "where": "project 1",
                         "message": "budget does not add up", "project": 1, "indicator": None}]
    doc_id = load.write_record(engine, record, path="/x.pdf")
    with Session(engine) as conn:
        doc = conn.execute(select(Document.sha256, Document.pages, Document.extractor_version)).one()
        assert tuple(doc) == ("b" * 64, 15, "9.9")
        row = conn.scalars(select(Indicator).where(Indicator.value_max == 95)).one()
        assert (row.direction, row.weight, row.extra, row.page, row.bbox) == ("正向", 10, {"备注": "x"}, 5, [1.0, 2.0, 3.0, 4.0])
        assert row.amount_yuan == Decimal("109400")
        issue = conn.scalars(select(ExtractionIssue)).one()
        assert (issue.document_id, issue.code, issue.project_seq, issue.where) == (doc_id, "budget_sum", 1, "project 1")


def test_a_record_missing_contract_keys_is_refused_by_name_and_nothing_is_written(engine):
    # The archive reads the typed record: a dict lacking what the contract requires is not
    # stored with NULLs where the facts should be.
    with pytest.raises(msgspec.ValidationError, match=r"missing required field `title` - at `\$\.document`"):
        load.write_record(engine, {"document": {}, "projects": [{"indicators": [{}]}]}, path="/m", sha256="c" * 64)
    with engine.connect() as conn:
        assert _count(conn, Document) == 0


def test_same_sha256_twice_is_refused(engine):
    load.write_record(engine, gold_record(), path="/a", sha256="d" * 64)
    with pytest.raises(IntegrityError):
        load.write_record(engine, gold_record(), path="/b", sha256="d" * 64)
    with engine.connect() as conn:
        assert _count(conn, Document) == 1 and _count(conn, Project) == GOLD_PROJECTS


def test_session_transaction_is_the_callers(engine):
    with Session(engine) as session:
        load.write_record(session, gold_record(), path="/s", sha256="e" * 64)
        session.rollback()
    with engine.connect() as conn:
        assert _count(conn, Document) == 0 and _count(conn, Indicator) == 0
    with Session(engine) as session, session.begin():
        load.write_record(session, gold_record(), path="/s", sha256="e" * 64)
    with engine.connect() as conn:
        assert _count(conn, Document) == 1


def test_deleting_a_document_cascades(engine, db_url):
    load.write_record(engine, gold_record(), path="/a", sha256="f" * 64)
    keep = load.write_record(engine, gold_record(), path="/b", sha256="0" * 64)
    with engine.begin() as conn:
        conn.execute(delete(Document).where(Document.id != keep))
    assert counts(db_url)["projects"] == GOLD_PROJECTS
    with engine.connect() as conn:
        for model in (TocEntry, Section, ProjectGoal, SpendingMilestone):
            assert _count(conn, model) > 0
        assert _count(conn, Indicator, Indicator.document_id != keep) == 0
        assert _count(conn, Section, Section.document_id != keep) == 0
