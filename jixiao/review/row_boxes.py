"""Where each extracted row sits on its PDF page, as a box to outline.

An indicator's ``bbox`` is the union of its cells, and a merged 一级/二级 cell
belongs to every row it spans, so the first row of a group reaches down to
the group's end.  Outlines that overlap like that hide which row is which:
each row's box ends where the next row on the same page begins.
"""
from __future__ import annotations

from jixiao.extract.record import Issue, Project, Record

Box = tuple[float, float, float, float]  # PDF points: x0, top, x1, bottom


def indicator_boxes(project: Project) -> dict[int, tuple[int, Box]]:
    """``{indicator seq: (page, box)}`` for the indicators that carry a bbox."""
    placed = [i for i in project.indicators if i.page and i.bbox]
    out: dict[int, tuple[int, Box]] = {}
    for ind in placed:
        x0, top, x1, bottom = ind.bbox
        below = [o.bbox[1] for o in placed
                 if o.page == ind.page and o.seq > ind.seq and o.bbox[1] > top + 0.5]
        if below:
            bottom = min(bottom, min(below))
        out[ind.seq] = (ind.page, (x0, top, x1, bottom))
    return out


def project_pages(project: Project) -> list[int]:
    """The PDF pages a project's table covers, title page first."""
    pages = {project.page} | {i.page for i in project.indicators}
    return sorted(p for p in pages if p)


def issue_spots(record: Record) -> list[tuple[Issue, int, Box]]:
    """``(issue, page, box)`` for every issue that points at a row or a table title."""
    projects = {p.seq: p for p in record.projects}
    boxes = {seq: indicator_boxes(p) for seq, p in projects.items()}
    out = []
    for issue in record.issues:
        p = projects.get(issue.project)
        if p is None:
            continue
        spot = boxes[p.seq].get(issue.indicator) if issue.indicator is not None else None
        if spot is None and p.page and p.bbox:
            spot = (p.page, tuple(p.bbox))
        if spot is not None:
            out.append((issue, spot[0], spot[1]))
    return out
