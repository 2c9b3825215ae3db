"""One draft, several files: the same draft as text, Word and two PDF renderings.

A department often publishes a draft as PDF and keeps the text or Word file; an
archive fed both would count the draft twice. Two documents are renderings of one
draft when they name the same department and year, list the same projects (code,
or name where there is no code) and agree on their content: the projects' budgets
and the indicators (name and printed value), compared after the spacing and
full-width forms a reader may change. Small differences a PDF reading can bring
(a row split or merged) are tolerated: ``AGREEMENT`` of the indicators must match.

The group's first-loaded document stands for the draft (``same_as`` NULL); every
other one points at it (``documents.same_as``). Search, stats and exports count a
draft once by leaving out documents with a ``same_as``; ``--all-files`` keeps them.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter

from sqlalchemy import Connection, bindparam, or_, select, update

from jixiao.load.models import Document, Indicator, Project

AGREEMENT = 0.9  # share of indicators (by name and printed value) two renderings must share

# Built once: ingest runs these for every draft it loads, and building a statement took
# SQLAlchemy longer than SQLite took to run it.
_THIS = select(Document.id, Document.department, Document.year, Document.same_as).where(
    Document.id == bindparam("document_id"))
_OTHERS = select(Document.id, Document.same_as).where(
    Document.department == bindparam("department"), Document.id != bindparam("document_id"))
_OTHERS_OF_YEAR = _OTHERS.where(Document.year == bindparam("year"))
_OTHERS_WITHOUT_YEAR = _OTHERS.where(Document.year.is_(None))


def link_renderings(conn: Connection, document_id: int) -> int | None:
    """Link ``document_id`` with the other renderings of its draft; returns the group's
    representative (None when the document stands alone)."""
    this = conn.execute(_THIS, {"document_id": document_id}).first()
    if this is None or not this.department:
        return None
    # Candidates first: most drafts have no other file of their department and year, and
    # then their content need not be read (this runs for every draft an ingest loads).
    same = {"department": this.department, "document_id": document_id, "year": this.year}
    candidates = conn.execute(_OTHERS_WITHOUT_YEAR if this.year is None else _OTHERS_OF_YEAR, same).all()
    mine = _content(conn, document_id) if candidates else None
    if mine is None or not mine.projects:
        return _alone(conn, this)
    # Projects first, for all candidates in one query: indicators are compared only
    # for the few whose projects are the same.
    same_projects = _project_keys(conn, [c.id for c in candidates])
    matched = {document_id}
    for other in candidates:
        if same_projects.get(other.id) != mine.projects:
            continue
        if _agree(mine, _content(conn, other.id)):
            matched.add(other.id)
            if other.same_as is not None:
                matched.add(other.same_as)
    if len(matched) == 1:
        return _alone(conn, this)
    # Documents already pointing into the group belong to it too; a pointer to a
    # document since deleted does not.
    matched |= set(conn.execute(select(Document.id).where(Document.same_as.in_(matched))).scalars())
    matched = set(conn.execute(select(Document.id).where(Document.id.in_(matched))).scalars())
    first = min(matched)
    conn.execute(update(Document).where(Document.id.in_(matched - {first})).values(same_as=first))
    conn.execute(update(Document).where(Document.id == first).values(same_as=None))
    return first


def link_new(conn: Connection, document_ids: list[int]) -> None:
    """link_renderings for the documents a batch just wrote, in two queries for the whole
    batch: most drafts have no other document of their department and year, and then
    nothing more is read (per draft, link_renderings' own queries cost the writer as
    much as the draft's rows)."""
    mine = []
    for start in range(0, len(document_ids), 500):
        mine += conn.execute(select(Document.id, Document.department, Document.year)
                             .where(Document.id.in_(document_ids[start:start + 500]))).all()
    departments = sorted({row.department for row in mine if row.department})
    holders: dict[tuple, set[int]] = {}
    for start in range(0, len(departments), 500):
        for row in conn.execute(select(Document.id, Document.department, Document.year)
                                .where(Document.department.in_(departments[start:start + 500]))):
            holders.setdefault((row.department, row.year), set()).add(row.id)
    for row in sorted(mine):
        if row.department and holders.get((row.department, row.year), set()) - {row.id}:
            link_renderings(conn, row.id)


def _alone(conn: Connection, this) -> None:
    """A document that is no other's rendering (a pointer left from an earlier group goes)."""
    if this.same_as is not None:
        conn.execute(update(Document).where(Document.id == this.id).values(same_as=None))
    return None


class _Content:
    def __init__(self, projects: frozenset, indicators: Counter):
        self.projects = projects
        self.indicators = indicators


def _project_keys(conn: Connection, document_ids: list[int]) -> dict[int, frozenset]:
    keys: dict[int, set] = {}
    for start in range(0, len(document_ids), 500):
        chunk = document_ids[start:start + 500]
        for row in conn.execute(select(Project.document_id, Project.code, Project.name, Project.budget_total)
                                .where(Project.document_id.in_(chunk))):
            keys.setdefault(row.document_id, set()).add(_project_key(row))
    return {k: frozenset(v) for k, v in keys.items()}


def _project_key(project) -> tuple:
    return (_squash(project.code) or _squash(project.name), _amount(project.budget_total))


def _content(conn: Connection, document_id: int) -> _Content:
    projects = conn.execute(select(Project.code, Project.name, Project.budget_total)
                            .where(Project.document_id == document_id)).all()
    keys = frozenset(_project_key(p) for p in projects)
    indicators = Counter(
        (_squash(r.level3), _squash(r.value_raw)) for r in conn.execute(
            select(Indicator.level3, Indicator.value_raw).where(Indicator.document_id == document_id))
    )
    return _Content(keys, indicators)


def _agree(a: _Content, b: _Content) -> bool:
    if a.projects != b.projects:
        return False
    total = max(sum(a.indicators.values()), sum(b.indicators.values()))
    if total == 0:
        return True
    shared = sum((a.indicators & b.indicators).values())
    return shared / total >= AGREEMENT


_SPACE = re.compile(r"\s+")


def _squash(text) -> str:
    if text is None:
        return ""
    return _SPACE.sub("", unicodedata.normalize("NFKC", str(text)))


def _amount(value) -> str | None:
    return None if value is None else f"{float(value):.2f}"


def standing_alone():
    """The filter "one document per draft": representatives and unlinked documents (a
    pointer to a document since deleted counts as unlinked)."""
    return or_(Document.same_as.is_(None), Document.same_as.not_in(select(Document.id).scalar_subquery()))


def relink_orphans(conn: Connection) -> None:
    """After a representative was deleted (its file replaced): the group gets a new one."""
    orphans = conn.execute(select(Document.id).where(
        Document.same_as.is_not(None), Document.same_as.not_in(select(Document.id).scalar_subquery()))
        .order_by(Document.id)).scalars().all()
    for document_id in orphans:
        link_renderings(conn, document_id)


__all__ = ["AGREEMENT", "link_new", "link_renderings", "relink_orphans", "standing_alone"]
