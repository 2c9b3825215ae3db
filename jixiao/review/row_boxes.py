"""Where each extracted row sits on its PDF page, as a box to outline.

An indicator's ``bbox`` is the union of its cells, and a merged 一级/二级 cell
belongs to every row it spans, so the first row of a group reaches down to
the group's end.  Outlines that overlap like that hide which row is which:
each row's box ends where the next row on the same page begins.
"""
from __future__ import annotations

Box = tuple[float, float, float, float]  # PDF points: x0, top, x1, bottom


def indicator_boxes(project: dict) -> dict[int, tuple[int, Box]]:
    """``{indicator seq: (page, box)}`` for the indicators that carry a bbox."""
    placed = [i for i in project.get("indicators", []) if i.get("page") and i.get("bbox")]
    out: dict[int, tuple[int, Box]] = {}
    for ind in placed:
        x0, top, x1, bottom = ind["bbox"]
        below = [o["bbox"][1] for o in placed
                 if o["page"] == ind["page"] and o["seq"] > ind["seq"] and o["bbox"][1] > top + 0.5]
        if below:
            bottom = min(bottom, min(below))
        out[ind["seq"]] = (ind["page"], (x0, top, x1, bottom))
    return out


def project_pages(project: dict) -> list[int]:
    """The PDF pages a project's table covers, title page first."""
    pages = {project.get("page")} | {i.get("page") for i in project.get("indicators", [])}
    return sorted(p for p in pages if p)


def issue_spots(record: dict) -> list[tuple[dict, int, Box]]:
    """``(issue, page, box)`` for every issue that points at a row or a table title."""
    projects = {p["seq"]: p for p in record.get("projects", [])}
    boxes = {seq: indicator_boxes(p) for seq, p in projects.items()}
    out = []
    for issue in record.get("issues", []):
        p = projects.get(issue.get("project"))
        if p is None:
            continue
        spot = boxes[p["seq"]].get(issue.get("indicator")) if issue.get("indicator") is not None else None
        if spot is None and p.get("page") and p.get("bbox"):
            spot = (p["page"], tuple(p["bbox"]))
        if spot is not None:
            out.append((issue, spot[0], spot[1]))
    return out
