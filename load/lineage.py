"""A department's drafts across years, and a project's rows across drafts.

Links are derived when asked, not stored: a draft ingested late, replaced or
deleted changes them at once, and one department's drafts are few. Drafts link
by department name (and code, where both print one); projects by 项目编码, else by the
most similar name (years stripped: ``2019年下半年改制费用`` is ``2020年下半年改制费用``);
indicators by their 二级指标 and 三级指标, else by description.
"""
from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any

from sqlalchemy import Connection, or_, select

from jixiao.extract.textclean import clean
from jixiao.load.connection import connected
from jixiao.load.models import Document
from jixiao.normalize import lazy_regex

_YEAR = lazy_regex.compile(r"(?:19|20)\d{2}\s*年度?")
_SPACE = lazy_regex.compile(r"\s+")


@dataclass
class ArchivedDraft:
    document_id: int
    sha256: str
    path: str
    department: str | None
    department_code: str | None
    year: int | None
    record: dict[str, Any] | None  # None when the draft was loaded without its JSON

    def label(self) -> str:
        return " ".join(str(x) for x in (self.department, self.year) if x) or self.path


_COLUMNS = (Document.id, Document.sha256, Document.path, Document.department, Document.department_code,
            Document.year, Document.record_json)


def _draft(row) -> ArchivedDraft:
    return ArchivedDraft(document_id=row.id, sha256=row.sha256, path=row.path, department=row.department,
                         department_code=row.department_code, year=row.year,
                         record=getattr(row, "record_json", None))


def archived_drafts(target: Connection | str | None = None, *, department: str | None = None,
                    year: int | None = None, with_records: bool = True) -> list[ArchivedDraft]:
    """The archive's drafts by department and year; ``department`` matches any part of the name.

    ``with_records=False`` leaves ``record`` empty, for a caller that reads one draft's
    record at a time (``draft_record``) through an archive of thousands.
    """
    columns = _COLUMNS if with_records else _COLUMNS[:-1]
    query = select(*columns).order_by(Document.department, Document.year, Document.id)
    if department:
        query = query.where(Document.department.contains(department, autoescape=True))
    if year is not None:
        query = query.where(Document.year == year)
    with connected(target) as conn:
        return [_draft(row) for row in conn.execute(query)]


def draft_record(target: Connection | str | None, document_id: int) -> dict[str, Any] | None:
    """One draft's record as loaded (None if it was loaded without it)."""
    with connected(target) as conn:
        return conn.execute(select(Document.record_json).where(Document.id == document_id)).scalar()


def previous_draft(target: Connection | str | None = None, *, department: str | None, department_code: str | None,
                   year: int | None, exclude_sha256: str | None = None) -> ArchivedDraft | None:
    """The same department's most recent draft of an earlier year, or None."""
    if year is None:
        return None
    # The name carries the county (宁陵县教育体育局); a code is only the local budget unit's
    # number, which another county's department may print too. So: the same name, and the
    # same code where both drafts print one.
    if not department:
        return None
    same = Document.department == (clean(department) or department)  # stored cleaned, as the writer does
    if department_code:
        same = same & or_(Document.department_code.is_(None), Document.department_code == _squash(department_code))
    query = select(*_COLUMNS).where(same, Document.year < year)
    if exclude_sha256:
        query = query.where(Document.sha256 != exclude_sha256)
    query = query.order_by(Document.year.desc(), Document.ingested_at.desc(), Document.id.desc()).limit(1)
    with connected(target) as conn:
        row = conn.execute(query).first()
    return _draft(row) if row is not None else None


@dataclass
class ProjectLink:
    project: dict
    previous: dict
    method: str  # "code" or "name"
    similarity: float


def _name_key(name: str | None) -> str:
    return _SPACE.sub("", _YEAR.sub("", name or ""))


def name_similarity(a: str | None, b: str | None) -> float:
    a, b = _name_key(a), _name_key(b)
    return SequenceMatcher(None, a, b).ratio() if a and b else 0.0


def link_projects(projects: list[dict], previous: list[dict], *, min_similarity: float = 0.8) -> dict[int, ProjectLink]:
    """Each project (by seq) to its counterpart in the previous draft: same code, else the most similar name."""
    links: dict[int, ProjectLink] = {}
    taken: set[int] = set()
    by_code = {_SPACE.sub("", p.get("code") or ""): i for i, p in enumerate(previous) if p.get("code")}
    for p in projects:
        i = by_code.get(_SPACE.sub("", p.get("code") or ""))
        if p.get("code") and i is not None and i not in taken:
            links[p["seq"]] = ProjectLink(p, previous[i], "code", 1.0)
            taken.add(i)
    for p in projects:
        if p["seq"] in links:
            continue
        scored = [(name_similarity(p.get("name") or p.get("title"), q.get("name") or q.get("title")), i)
                  for i, q in enumerate(previous) if i not in taken]
        if scored:
            best, i = max(scored)
            if best >= min_similarity:
                links[p["seq"]] = ProjectLink(p, previous[i], "name", round(best, 3))
                taken.add(i)
    return links


def _squash(text: str | None) -> str:
    return _SPACE.sub("", text or "")


def link_indicators(indicators: list[dict], previous: list[dict]) -> dict[int, dict]:
    """Each indicator (by seq) to last year's row with the same 二级 and 三级指标, else the same description."""
    links: dict[int, dict] = {}
    taken: set[int] = set()
    for keyed in (lambda i: (i.get("level2_std"), _squash(i.get("level3"))),
                  lambda i: (i.get("level2_std"), _squash(i.get("description")))):
        index: dict[tuple, int] = {}
        for n, old in enumerate(previous):
            key = keyed(old)
            if key[1] and n not in taken:
                index.setdefault(key, n)
        for ind in indicators:
            if ind["seq"] in links:
                continue
            n = index.get(keyed(ind))
            if n is not None and n not in taken:
                links[ind["seq"]] = previous[n]
                taken.add(n)
    return links


def last_year_targets(target: Connection | str | None = None, *, department: str | None,
                      department_code: str | None = None, year: int, project_code: str | None = None,
                      project_name: str | None = None, min_similarity: float = 0.8) -> list[dict]:
    """Last year's indicator rows of the project that carries this code (or name) in ``year``.

    For search hits and reports: "this target was ≥90% last year". Each row is the
    previous record's indicator dict plus ``previous_year``, ``previous_path`` and
    ``matched_by`` (code or name). Empty when there is no earlier draft or project.
    """
    prior = previous_draft(target, department=department, department_code=department_code, year=year)
    if prior is None or not prior.record:
        return []
    probe = {"seq": 0, "code": project_code, "name": project_name}
    link = link_projects([probe], prior.record.get("projects") or [], min_similarity=min_similarity).get(0)
    if link is None:
        return []
    return [{**ind, "previous_year": prior.year, "previous_path": prior.path, "matched_by": link.method}
            for ind in link.previous.get("indicators") or []]


def last_year_target(target: Connection | str | None = None, *, department: str | None, year: int,
                     indicator: dict, department_code: str | None = None, project_code: str | None = None,
                     project_name: str | None = None) -> dict | None:
    """Last year's row for one indicator (``level2_std``, ``level3``, ``description`` keys), or None.

    What a search hit needs to say "this target was ≥90% last year": the row's
    ``value_raw`` with ``previous_year``, ``previous_path`` and ``matched_by``.
    """
    rows = last_year_targets(target, department=department, department_code=department_code, year=year,
                             project_code=project_code, project_name=project_name)
    return link_indicators([{**indicator, "seq": 0}], rows).get(0)
