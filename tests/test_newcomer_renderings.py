"""One draft, several files: the seed's text and its two PDF renderings ingested
together are one draft in search, stats and exports; --all-files shows every file."""
from __future__ import annotations

import subprocess
import sys

import pandas as pd
import pytest
from sqlalchemy import select

from jixiao.ingest import ingest
from jixiao.stats import compute
from jixiao.load.models import Document
from jixiao.load.search import search
from jixiao.load.url import make_engine
from tests.helpers import DRAFTS

RENDERINGS = [DRAFTS / "seed.txt", DRAFTS / "seed.lo.pdf", DRAFTS / "seed.rl.pdf"]
OTHER = DRAFTS / "tsv_agriculture_2019.txt"


@pytest.fixture
def archive(db_url):
    summary = ingest([*RENDERINGS, OTHER], db_url, workers=2)
    assert summary.ok == 4, summary.failures
    return db_url


def documents(db_url: str) -> dict[str, tuple[int, int | None]]:
    engine = make_engine(db_url)
    with engine.connect() as conn:
        rows = conn.execute(select(Document.path, Document.id, Document.same_as)).all()
    engine.dispose()
    return {path.rsplit("/", 1)[1]: (id_, same_as) for path, id_, same_as in rows}


def test_renderings_point_at_the_first_loaded(archive):
    docs = documents(archive)
    first = min(docs[p.name][0] for p in RENDERINGS)
    for draft in RENDERINGS:
        id_, same_as = docs[draft.name]
        assert same_as == (None if id_ == first else first), draft.name
    assert docs[OTHER.name][1] is None  # another department's draft stands alone
    assert sum(1 for _, same_as in docs.values() if same_as is None) == 2


def test_stats_count_each_draft_once(archive):
    engine = make_engine(archive)
    with engine.connect() as conn:
        once, every = compute(conn), compute(conn, all_files=True)
    engine.dispose()
    assert once.totals["documents"] == 2 and every.totals["documents"] == 4
    assert once.totals["other renderings"] == 2
    seed_indicators = every.totals["indicators"] - once.totals["indicators"]
    assert seed_indicators > 0 and once.totals["indicators"] < every.totals["indicators"]
    by_department = dict(next(d for d in once.distributions if d.title == "Drafts by department").rows)
    assert by_department["抚宁区工业信息管理局"] == 1


def test_search_finds_the_draft_once(archive):
    once = [h for h in search(archive, "群众满意度", limit=500) if h.hit == "indicator"]
    every = [h for h in search(archive, "群众满意度", limit=500, all_files=True) if h.hit == "indicator"]
    seed_once = [h for h in once if h.department == "抚宁区工业信息管理局"]
    seed_every = [h for h in every if h.department == "抚宁区工业信息管理局"]
    assert seed_once and len(seed_every) == 3 * len(seed_once)
    assert len({h.document_id for h in seed_once}) == 1


def test_export_writes_the_draft_once(archive, tmp_path):
    def export(*extra):
        out = tmp_path / ("all" if extra else "once")
        result = subprocess.run([sys.executable, "-m", "jixiao", "export", "--db", archive, "--format", "csv",
                                 str(out), *extra], capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr
        return {t: pd.read_csv(out / f"{t}.csv", encoding="utf-8-sig") for t in ("documents", "projects", "indicators")}

    once, every = export(), export("--all-files")
    assert len(once["documents"]) == 2 and len(every["documents"]) == 4
    assert len(every["indicators"]) > len(once["indicators"])
    assert set(once["indicators"].document_id) <= set(once["documents"].id)


def test_a_changed_draft_is_not_linked(db_url, tmp_path):
    """Same department, year and projects, but other targets: two drafts, not one."""
    changed = tmp_path / "seed-revised.txt"
    text = (DRAFTS / "seed.txt").read_text(encoding="utf-8")
    changed.write_text(text.replace("≥90%", "≥95%").replace("≥", "≤"), encoding="utf-8")
    summary = ingest([DRAFTS / "seed.txt", changed], db_url, workers=1)
    assert summary.ok == 2, summary.failures
    assert all(same_as is None for _, same_as in documents(db_url).values())


def test_replacing_the_first_rendering_keeps_the_group(db_url, tmp_path):
    """The representative's file changes (--replace): another rendering takes over."""
    copy = tmp_path / "seed.txt"
    copy.write_bytes((DRAFTS / "seed.txt").read_bytes())
    assert ingest([copy, DRAFTS / "seed.lo.pdf"], db_url, workers=1).ok == 2
    copy.write_bytes(copy.read_bytes() + "\n".encode())  # same content, new bytes: replaces the old version
    assert ingest([copy], db_url, workers=1).ok == 1
    docs = documents(db_url)
    assert len(docs) == 2
    alone = [name for name, (_, same_as) in docs.items() if same_as is None]
    assert len(alone) == 1  # still one draft
