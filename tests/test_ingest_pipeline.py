"""jixiao.ingest.ingest: identity by sha256, replace or keep, failures logged, both backends."""
from __future__ import annotations

import pytest

from jixiao.ingest import discover, ingest
from test_ingest_support import (
    GOLD_INDICATORS, GOLD_PROJECTS, SEED_PDF, SEED_TEXT, copy_seed, counts, file_log, gold_extract,
    seed_variants,
)


def _done_when(db_url, tmp_path, extractor, workers):
    text = copy_seed(tmp_path / "in", SEED_TEXT)
    first = ingest([text], db_url, extractor=extractor, workers=workers)
    again = ingest([text], db_url, extractor=extractor, workers=workers)
    pdf = ingest([copy_seed(tmp_path / "in", SEED_PDF)], db_url, extractor=extractor, workers=workers)
    assert (first.ok, again.skipped, pdf.ok) == (1, 1, 1)
    assert (first.projects, first.indicators) == (GOLD_PROJECTS, GOLD_INDICATORS)
    assert again.projects == 0 and again.exit_code == 0
    got = counts(db_url)
    assert (got["documents"], got["projects"], got["indicators"]) == (2, 2 * GOLD_PROJECTS, 2 * GOLD_INDICATORS)


def test_done_when_with_gold_records(db_url, tmp_path):
    """Text twice then the PDF: the shape of the done-when test, the gold record standing in."""
    _done_when(db_url, tmp_path, gold_extract, workers=2)


def test_done_when_with_the_extractor(db_url, tmp_path):
    _done_when(db_url, tmp_path, None, workers=2)  # None: the default, extract.extract_file


def test_unchanged_files_are_skipped_and_change_nothing(db_url, tmp_path):
    paths = seed_variants(tmp_path / "in", 3)
    assert ingest([tmp_path / "in"], db_url, extractor=gold_extract, workers=1).ok == 3
    before = counts(db_url)
    again = ingest([tmp_path / "in"], db_url, extractor=gold_extract, workers=1)
    assert (again.ok, again.skipped, again.failed) == (0, 3, 0)
    assert counts(db_url) == before
    skipped = [row for row in file_log(db_url) if row["status"] == "skipped"]
    assert sorted(row["path"] for row in skipped) == sorted(str(p) for p in paths)
    assert all(row["error"] == "already loaded" and row["document_id"] for row in skipped)


def test_same_bytes_under_two_names_load_once(db_url, tmp_path):
    copy_seed(tmp_path / "in", name="a.txt")
    copy_seed(tmp_path / "in", name="b.txt")
    summary = ingest([tmp_path / "in"], db_url, extractor=gold_extract, workers=1)
    assert (summary.ok, summary.skipped) == (1, 1)
    assert counts(db_url)["documents"] == 1


@pytest.mark.parametrize("replace", [True, False], ids=["replace", "keep-old"])
def test_a_changed_file_is_a_new_document(db_url, tmp_path, replace):
    path = seed_variants(tmp_path / "in", 1)[0]
    ingest([path], db_url, extractor=gold_extract, workers=1)
    path.write_text(path.read_text(encoding="utf-8").replace("抚宁区工业信息管理局0000", "新名字", 1), encoding="utf-8")
    summary = ingest([path], db_url, extractor=gold_extract, workers=1, replace=replace)
    assert summary.ok == 1
    assert (summary.replaced, summary.older_kept) == ((1, 0) if replace else (0, 1))
    expected_docs = 1 if replace else 2
    got = counts(db_url)
    assert (got["documents"], got["projects"]) == (expected_docs, expected_docs * GOLD_PROJECTS)
    from jixiao import load

    departments = set(load.read_documents(db_url)["department"])
    assert departments == ({"新名字"} if replace else {"新名字", "抚宁区工业信息管理局0000"})


def test_failures_are_logged_and_the_batch_goes_on(db_url, tmp_path):
    good = seed_variants(tmp_path / "in", 1)[0]
    not_a_draft = tmp_path / "in" / "notes.txt"
    not_a_draft.write_text("a shopping list\n", encoding="utf-8")
    crashing = tmp_path / "in" / "crash.txt"
    crashing.write_text("RAISE\n绩效目标表\n", encoding="utf-8")
    missing = tmp_path / "nowhere.txt"
    # strict: the note and the crashing stub do not look like drafts; here they must be tried
    summary = ingest([tmp_path / "in", missing], db_url, extractor=gold_extract, workers=2, strict=True)
    assert (summary.ok, summary.failed, summary.skipped, summary.exit_code) == (1, 3, 0, 1)
    errors = {row["path"]: row["error"] for row in file_log(db_url) if row["status"] == "failed"}
    assert "not a budget-performance draft" in errors[str(not_a_draft)]
    assert errors[str(crashing)] == "internal error: ValueError: synthetic bug"
    assert errors[str(missing)] == "no such file"
    assert counts(db_url)["documents"] == 1
    assert str(good) not in errors


def test_debug_keeps_the_traceback(sqlite_url, tmp_path):
    crashing = tmp_path / "crash.txt"
    crashing.write_text("RAISE\n绩效目标表\n", encoding="utf-8")
    summary = ingest([crashing], sqlite_url, extractor=gold_extract, workers=1, debug=True, strict=True)
    assert "Traceback" in summary.failures[0][1]


def test_discover_walks_folders_and_skips_hidden_files(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / ".git").mkdir()
    for name in ("a/1.txt", "a/b/2.pdf", "a/.hidden.txt", "a/.git/config", "top.docx"):
        (tmp_path / name).write_text("绩效指标\tx\n")
    found = [p.relative_to(tmp_path).as_posix() for p in discover([tmp_path / "a", tmp_path / "top.docx"])]
    assert found == ["a/1.txt", "a/b/2.pdf", "top.docx"]


def test_run_is_recorded(sqlite_url, tmp_path):
    from sqlalchemy import select

    from jixiao.load.models import IngestRun
    from jixiao.load.url import make_engine

    seed_variants(tmp_path / "in", 2)
    summary = ingest([tmp_path / "in"], sqlite_url, extractor=gold_extract, workers=1, args=["ingest", "in"])
    engine = make_engine(sqlite_url)
    with engine.connect() as conn:
        run = conn.execute(select(IngestRun)).one()
    engine.dispose()
    assert (run.id, run.files_ok, run.files_failed, run.files_skipped) == (summary.run_id, 2, 0, 0)
    assert run.finished_at is not None and run.args == ["ingest", "in"]


def test_a_draft_committed_meanwhile_by_another_process_is_skipped(db_url, tmp_path):
    """The unique sha256 is the referee: losing the race is 'skipped', not an error."""
    from jixiao import load

    path = seed_variants(tmp_path / "in", 1)[0]

    def extract_while_someone_else_loads(p):
        record = gold_extract(p)
        engine = load.make_engine(db_url)
        load.write_record(engine, record, path="/elsewhere/" + path.name)  # the rival commits first
        engine.dispose()
        return record

    summary = ingest([path], db_url, extractor=extract_while_someone_else_loads, workers=1)
    assert (summary.ok, summary.skipped, summary.failed) == (0, 1, 0)
    assert file_log(db_url)[-1]["error"] == "loaded by another process"
    assert counts(db_url)["documents"] == 1


def test_a_dying_worker_fails_its_files_and_the_batch_goes_on(sqlite_url, tmp_path):
    seed_variants(tmp_path / "in", 8)
    (tmp_path / "in" / "draft_0003.txt").write_text("DIE\n绩效目标表\t指标\n", encoding="utf-8")
    summary = ingest([tmp_path / "in"], sqlite_url, extractor=gold_extract, workers=2)
    assert summary.ok + summary.failed == 8 and summary.ok >= 1
    errors = dict(summary.failures)
    assert errors[str(tmp_path / "in" / "draft_0003.txt")] == "internal error: the extraction worker process died"
    (tmp_path / "in" / "draft_0003.txt").unlink()
    rerun = ingest([tmp_path / "in"], sqlite_url, extractor=gold_extract, workers=2)
    assert rerun.failed == 0 and counts(sqlite_url)["documents"] == 7
