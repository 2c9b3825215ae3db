"""Ruled tables on a page image: the grid of lines, and the cells it makes.

Rulings are found by morphology: opening the ink with a long thin kernel keeps
strokes longer than any character's, horizontal and vertical apart; closing
bridges the gaps of broken (faxed, faint) lines.  Segments that touch form one
table.  Its row and column boundaries are where rulings run; two neighbouring
slots belong to one merged cell when no ruling separates them, measured on
the stroke masks themselves, so a line broken in a few places still counts.
"""
from __future__ import annotations

import statistics
from dataclasses import dataclass, field

import cv2
import numpy as np

# Shares of a boundary that must be inked for it to separate two slots.
SEPARATES = 0.6


@dataclass(slots=True)
class GridCell:
    row: int
    col: int
    rowspan: int
    colspan: int
    box: tuple[int, int, int, int]  # x0, top, x1, bottom in pixels, the rulings included


@dataclass(slots=True)
class Grid:
    xs: list[int]  # column boundaries, left to right
    ys: list[int]  # row boundaries, top to bottom
    cells: list[GridCell] = field(default_factory=list)

    @property
    def box(self) -> tuple[int, int, int, int]:
        return self.xs[0], self.ys[0], self.xs[-1], self.ys[-1]


@dataclass(slots=True)
class _Segment:
    horizontal: bool
    at: float  # y of a horizontal segment, x of a vertical one
    start: int
    end: int
    box: tuple[int, int, int, int] = (0, 0, 0, 0)  # x, y, w, h of its pixels


def stroke_masks(ink: np.ndarray, dpi: float) -> tuple[np.ndarray, np.ndarray]:
    """(horizontal, vertical) ruling masks of a binary ink image."""
    long_h = max(int(dpi * 0.2), 12)  # longer than a character is wide, shorter than a ruling between breaks
    long_v = max(int(dpi * 0.14), 10)  # shorter than the lowest table row
    gap = max(int(dpi * 0.03), 3)  # breaks in a faint line
    horizontal = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (long_h, 1)))
    horizontal = cv2.morphologyEx(horizontal, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (gap * 3, 3)))
    vertical = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, long_v)))
    vertical = cv2.morphologyEx(vertical, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (3, gap * 3)))
    return horizontal, vertical


def _segments(mask: np.ndarray, horizontal: bool, min_length: int) -> list[_Segment]:
    count, labels, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    out = []
    for k in range(1, count):
        x, y, w, h, _ = stats[k]
        if horizontal and w >= min_length and h <= w / 8:
            # The line's own row: where the component is longest.  A stamp's ring or a blot
            # touching the line makes its box taller, on one side, and the box's middle moves.
            rows = (labels[y:y + h, x:x + w] == k).sum(axis=1)
            at = y + float(np.mean(np.flatnonzero(rows >= rows.max() * 0.8)))
            out.append(_Segment(True, at, int(x), int(x + w), (int(x), int(y), int(w), int(h))))
        elif not horizontal and h >= min_length and w <= h / 4:
            out.append(_Segment(False, x + w / 2, int(y), int(y + h), (int(x), int(y), int(w), int(h))))
    return out


def _groups(segments: list[_Segment], tol: int) -> list[list[_Segment]]:
    """Segments that touch (within ``tol``) belong to one table."""
    parent = list(range(len(segments)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    horizontals = [i for i, s in enumerate(segments) if s.horizontal]
    verticals = [i for i, s in enumerate(segments) if not s.horizontal]
    for i in horizontals:
        h = segments[i]
        for j in verticals:
            v = segments[j]
            if h.start - tol <= v.at <= h.end + tol and v.start - tol <= h.at <= v.end + tol:
                parent[find(i)] = find(j)
    groups: dict[int, list[_Segment]] = {}
    for i, s in enumerate(segments):
        groups.setdefault(find(i), []).append(s)
    return list(groups.values())


def _cluster(values: list[float], tol: float) -> list[int]:
    out: list[list[float]] = []
    for v in sorted(values):
        if out and v - out[-1][-1] <= tol:
            out[-1].append(v)
        else:
            out.append([v])
    return [int(round(sum(c) / len(c))) for c in out]


def _inked(mask: np.ndarray, horizontal: bool, at: int, start: int, end: int, tol: int) -> float:
    """Share of the boundary at ``at`` between ``start`` and ``end`` that is ruled."""
    margin = max((end - start) // 10, 1)
    start, end = start + margin, end - margin
    if end <= start:
        return 1.0
    if horizontal:
        band = mask[max(at - tol, 0) : at + tol + 1, start:end]
        return float(band.any(axis=0).mean()) if band.size else 0.0
    band = mask[start:end, max(at - tol, 0) : at + tol + 1]
    return float(band.any(axis=1).mean()) if band.size else 0.0


def _cells(xs: list[int], ys: list[int], horizontal: np.ndarray, vertical: np.ndarray, tol: int) -> list[GridCell]:
    rows, cols = len(ys) - 1, len(xs) - 1
    parent = list(range(rows * cols))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for r in range(rows):
        for c in range(cols):
            if c + 1 < cols and _inked(vertical, False, xs[c + 1], ys[r], ys[r + 1], tol) < SEPARATES:
                parent[find(r * cols + c)] = find(r * cols + c + 1)
            if r + 1 < rows and _inked(horizontal, True, ys[r + 1], xs[c], xs[c + 1], tol) < SEPARATES:
                parent[find(r * cols + c)] = find((r + 1) * cols + c)
    spans: dict[int, list[int]] = {}
    for i in range(rows * cols):
        r, c = divmod(i, cols)
        root = find(i)
        if root in spans:
            box = spans[root]
            spans[root] = [min(box[0], r), min(box[1], c), max(box[2], r), max(box[3], c)]
        else:
            spans[root] = [r, c, r, c]
    cells = []
    taken: set[tuple[int, int]] = set()
    for r0, c0, r1, c1 in sorted(spans.values()):
        if (r0, c0) in taken:
            continue  # a ragged merge already covered by a bigger cell
        taken.update((r, c) for r in range(r0, r1 + 1) for c in range(c0, c1 + 1))
        cells.append(GridCell(r0, c0, r1 - r0 + 1, c1 - c0 + 1, (xs[c0], ys[r0], xs[c1 + 1], ys[r1 + 1])))
    return cells


def _ruled_ends(verticals: list[_Segment], horizontals: list[_Segment], ink: np.ndarray, tol: int,
                tall: int) -> list[_Segment]:
    """The vertical segments that run from a horizontal ruling to another: a table's own.  A
    tall character's stroke (the 丨 of 标 in a bold 12 pt header) is as long as a short ruling,
    but stands inside its cell, a white gap short of the rulings; kept, it would cut the header
    row into halves of its labels, or stand for a column boundary a few pixels off the real one.
    A segment ``tall`` or taller is no character's: it stays even where a worn scan lost the
    corner it met a ruling at."""
    # A ruling's thickness: the typical one, not its own box's, which a stamp's ring or a blot
    # touching the line makes tall.
    reach = statistics.median(h.box[3] for h in horizontals) / 2 + 2 if horizontals else 2

    def meets(v: _Segment, y: int) -> int:
        """0: no ruling at this end; 1: one within reach; 2: one the segment's ink runs into."""
        found = 0
        for h in horizontals:
            if abs(y - h.at) <= reach and h.start - tol <= v.at <= h.end + tol:
                lo, hi = sorted((y, int(round(h.at))))
                x0, _, w, _ = v.box
                if ink[lo:hi + 1, max(x0 - 1, 0):x0 + w + 1].any(axis=1).all():
                    return 2
                found = 1
        return found

    def ruled(v: _Segment) -> bool:
        if v.end - v.start >= tall:
            return True
        top, bottom = meets(v, v.start), meets(v, v.end - 1)
        # Both ends at a ruling, one of them inked into it (a stamp's ink or a worn scan may
        # break the other): a stroke leaves a white gap at both.
        return bool(top and bottom and max(top, bottom) == 2)

    return [v for v in verticals if ruled(v)]


def _only(mask: np.ndarray, segments: list[_Segment]) -> np.ndarray:
    """``mask`` with only the pixels of ``segments`` left."""
    out = np.zeros_like(mask)
    for s in segments:
        x, y, w, h = s.box
        out[y:y + h, x:x + w] = mask[y:y + h, x:x + w]
    return out


def find_grids(ink: np.ndarray, dpi: float) -> list[Grid]:
    """Every ruled table on the page, top to bottom."""
    horizontal, vertical = stroke_masks(ink, dpi)
    tol = max(int(dpi * 0.025), 3)
    min_cell = max(int(dpi * 0.12), 10)
    hs = _segments(horizontal, True, max(int(dpi * 0.3), 15))
    shortest = max(int(dpi * 0.14), 10)
    vs = _ruled_ends(_segments(vertical, False, shortest), hs, ink, tol * 2, 4 * shortest)
    vertical = _only(vertical, vs)  # what separates two slots is a ruling, not a stroke
    segments = hs + vs
    grids = []
    for group in _groups(segments, tol * 2):
        hs = [s for s in group if s.horizontal]
        vs = [s for s in group if not s.horizontal]
        if len(hs) < 2 or len(vs) < 2:
            continue
        ys = _merge_close(_cluster([s.at for s in hs], tol), min_cell // 2)
        xs = _merge_close(_cluster([s.at for s in vs], tol), min_cell // 2)
        if len(ys) < 2 or len(xs) < 2 or xs[-1] - xs[0] < dpi or ys[-1] - ys[0] < dpi * 0.2:
            continue  # strokes of a few glyphs crossing, not a table
        grids.append(Grid(xs, ys, _cells(xs, ys, horizontal, vertical, tol)))
    grids.sort(key=lambda g: g.ys[0])
    return grids


# How much darker than the paper a pixel must be to count as a faint ruling's.
FAINT = 24
FAINT_ROWS = 3  # rows a grid of faint lines must have


def page_grids(grey: np.ndarray, ink: np.ndarray, dpi: float) -> list[Grid]:
    """The page's ruled tables. A scan's rulings print as dark as its text; a screenshot's
    may be a light grey the text's threshold leaves out. Those are looked for only where
    no dark ones are: a scan's grey shading and show-through stay out of its grid."""
    # A faint grid must look like a form's table: a photo's shadow edges can meet in a box or two.
    return find_grids(ink, dpi) or [g for g in find_grids(with_faint_lines(grey, ink), dpi) if len(g.ys) > FAINT_ROWS]


def with_faint_lines(grey: np.ndarray, ink: np.ndarray) -> np.ndarray:
    """``ink`` with the pixels a little darker than the paper added: a web page's or a
    spreadsheet view's 1-px light-grey borders (#ccc on white) are lighter than Otsu's
    threshold, which the text sets. Only for finding the grid (a long thin stroke is
    all that survives the rulings' kernels); the text is read from ``ink`` alone."""
    paper = float(np.percentile(grey, 75))
    return ink | ((grey < paper - FAINT) * 255).astype(np.uint8)


def _merge_close(values: list[int], gap: int) -> list[int]:
    """A double ruling (or a thick line seen twice) is one boundary."""
    out: list[int] = []
    for v in values:
        if out and v - out[-1] < gap:
            continue
        out.append(v)
    return out
