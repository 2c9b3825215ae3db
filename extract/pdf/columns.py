"""Forms printed side by side: two projects' tables next to each other on one page.

A landscape page may hold two small forms, left and right.  Read top to bottom, their
rows interleave (the left form's 项目名称 beside the right one's) and their titles run
into one line.  When a vertical gutter separates the page's tables, every table wholly
left or right of it and some on each side, the page is read as two columns: the left
one top to bottom, then the right one, each column's text lines cut at the gutter.  A
line running across the gutter without a gap there (a headline over both forms) stays
whole, before both.
"""
from __future__ import annotations

MIN_GUTTER = 4.0  # points of clear space between the two columns' tables


def gutter(tables) -> float | None:
    """The x between two columns of tables, or None when the tables do not stand in two."""
    boxes = sorted(t.where.bbox for t in tables)
    if len(boxes) < 2:
        return None
    # The widest clear vertical band between tables' x-ranges.
    best = None
    reach = boxes[0][2]
    for x0, _, x1, _ in boxes[1:]:
        if x0 - reach >= MIN_GUTTER and (best is None or x0 - reach > best[1] - best[0]):
            best = (reach, x0)
        reach = max(reach, x1)
    if best is None:
        return None
    return (best[0] + best[1]) / 2


def side(bbox, at: float) -> int:
    """1 left of the gutter, 2 right of it, 0 across it."""
    x0, _, x1, _ = bbox
    if x1 <= at:
        return 1
    if x0 >= at:
        return 2
    return 0


def crosses_without_gap(chars, line_top: float, line_bottom: float, at: float) -> bool:
    """A line across the gutter with a character at the gutter itself: one line, not two."""
    height = max(line_bottom - line_top, 1.0)
    for ch in chars:
        middle = (ch["top"] + ch["bottom"]) / 2
        if line_top - 1 <= middle <= line_bottom + 1 and ch["x0"] - height / 2 <= at <= ch["x1"] + height / 2 \
                and ch["text"].strip():
            return True
    return False
