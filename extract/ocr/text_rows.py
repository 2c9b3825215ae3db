"""Text lines inside a region of ink, found by projection.

Inside a ruled cell, or on a page with its tables blanked out, printed lines
are separated by rows of white: counting ink per pixel row finds them far
faster than a neural detector.  Specks (scanner dust) are too thin to make a
line and are dropped; a band much taller than a line (lines touching, a
stamp) is left for the detector.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(slots=True)
class Band:
    x0: int
    top: int
    x1: int
    bottom: int

    @property
    def height(self) -> int:
        return self.bottom - self.top


def _runs(flags: np.ndarray) -> list[tuple[int, int]]:
    """(start, end) of each run of True."""
    padded = np.concatenate([[False], flags, [False]])
    edges = np.flatnonzero(padded[1:] != padded[:-1])
    return list(zip(edges[::2].tolist(), edges[1::2].tolist()))


def bands(ink: np.ndarray, dpi: float, *, split_gap: float | None = None) -> list[Band]:
    """Text lines of a binary region (255 = ink), top to bottom, in region pixels.

    ``split_gap`` (pixels): a blank stretch this wide inside a line splits it
    into separate bands (text in columns outside tables); None keeps a line whole.
    """
    min_ink = 2  # pixels in a row: one speck is not a line
    min_height = max(int(dpi * 0.035), 3)  # a line of 7-point text is ~0.07 inch tall
    join_gap = max(int(dpi * 0.012), 1)  # 二 and 三 have white between their strokes
    rows = (ink > 0).sum(axis=1) >= min_ink
    spans = _runs(rows)
    merged: list[list[int]] = []
    for top, bottom in spans:
        if merged and top - merged[-1][1] <= join_gap:
            merged[-1][1] = bottom
        else:
            merged.append([top, bottom])
    out: list[Band] = []
    for top, bottom in merged:
        if bottom - top < min_height:
            continue
        cols = (ink[top:bottom] > 0).sum(axis=0) >= 1
        pieces = _runs(cols)
        # Specks beside the text would stretch the band: drop column runs of a pixel or two.
        pieces = [(a, b) for a, b in pieces if b - a > 2 or (ink[top:bottom, a:b] > 0).sum() > 6]
        if not pieces:
            continue
        if split_gap is None:
            out.append(Band(pieces[0][0], top, pieces[-1][1], bottom))
            continue
        start, end = pieces[0]
        for a, b in pieces[1:]:
            if a - end > split_gap:
                out.append(Band(start, top, end, bottom))
                start = a
            end = b
        out.append(Band(start, top, end, bottom))
    return out


def dot_leader(ink: np.ndarray, dpi: float) -> tuple[int, int] | None:
    """(start, end) columns of a dot leader (``目录 ……… 5``) in a one-line band.

    The recogniser reads a long run of dots as noise and loses the page number
    after it; cut out, the text and the number read cleanly.  A leader is five
    or more specks sitting on the baseline, evenly close to each other.
    """
    import cv2

    height = ink.shape[0]
    if height < 4:
        return None
    count, _, stats, _ = cv2.connectedComponentsWithStats((ink > 0).astype(np.uint8), connectivity=8)
    small = max(height * 0.3, 2)
    dots = sorted(
        (int(x), int(x + w)) for x, y, w, h, area in stats[1:]
        if w <= small and h <= small and y + h >= height * 0.55 and area >= 2
    )
    runs: list[list[tuple[int, int]]] = []
    for a, b in dots:
        if runs and a - runs[-1][-1][1] <= height * 1.2:
            runs[-1].append((a, b))
        else:
            runs.append([(a, b)])
    runs = [r for r in runs if len(r) >= 5]
    if not runs:
        return None
    run = max(runs, key=len)
    # A glyph's detached last stroke (the dot of 表) can sit just before the
    # leader: a leader's dots are evenly spaced, so drop leading odd gaps.
    pitch = float(np.median([b[0] - a[0] for a, b in zip(run, run[1:])]))
    while len(run) > 5 and abs((run[1][0] - run[0][0]) - pitch) > 0.35 * pitch:
        run = run[1:]
    return run[0][0], run[-1][1]


def lost_mark(ink: np.ndarray, numerals: int) -> bool:
    """Is there a small mark (、 . ，) right after the first ``numerals`` glyphs?

    The recogniser drops the 、 of ``二、`` and ``2、`` now and then; the ink
    shows it: after the numeral comes a blob that is narrow, short and low.
    """
    height = ink.shape[0]
    cols = (ink > 0).any(axis=0)
    runs = _runs(cols)
    if len(runs) <= numerals:
        return False
    a, b = runs[numerals]
    blob = ink[:, a:b] > 0
    rows = np.flatnonzero(blob.any(axis=1))
    if not len(rows):
        return False
    return (b - a) < 0.45 * height and (rows[-1] - rows[0]) < 0.5 * height and rows[0] > 0.35 * height


def inequality_sign(ink: np.ndarray) -> str | None:
    """``≥`` or ``≤`` when the band's first glyph is one, judged from the ink.

    At scan resolution the bar under ``≥`` blurs into the chevron or fades, and
    the recogniser says ``>`` or nothing.  The ink still shows a flat bar under
    a separate chevron; which way the chevron opens tells ``≥`` from ``≤``.
    """
    import cv2

    height = ink.shape[0]
    runs = _runs((ink > 0).any(axis=0))
    if not runs:
        return None
    a, b = runs[0]
    glyph = (ink[:, a:b] > 0).astype(np.uint8)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(glyph, connectivity=8)
    parts = [stats[k] for k in range(1, count) if stats[k][cv2.CC_STAT_AREA] >= 3]
    # The bar: flat, or (a CJK font's ⩾ at screen size) a slanted stroke a third of the line tall.
    bars = [s for s in parts if s[2] >= 0.6 * (b - a) and (
        s[3] <= max(3, 0.2 * height) and s[2] >= 2.5 * s[3] or s[3] <= 0.35 * height and s[2] >= 2 * s[3])]
    if len(parts) != 2 or len(bars) != 1:
        return None
    bar = bars[0]
    chevron = next(s for s in parts if s is not bar)
    cx, cy, cw, ch = chevron[:4]
    if ch < 0.3 * height or cw < 3:
        return None
    if cy + ch > bar[1] + 1 and not (bar[1] + bar[3] / 2 > cy + ch / 2 and bar[1] + bar[3] >= cy + ch):
        return None  # the bar must lie under the chevron (a slanted one reaches up beside its foot)
    shape = glyph[cy : cy + ch, cx : cx + cw]
    quarter = max(cw // 4, 1)

    def extent(cols: np.ndarray) -> int:
        rows = np.flatnonzero(cols.any(axis=1))
        return int(rows[-1] - rows[0]) if len(rows) else 0

    left, right = extent(shape[:, :quarter]), extent(shape[:, -quarter:])
    if left > right * 1.5:
        return "≥"
    if right > left * 1.5:
        return "≤"
    return None


def dash(ink: np.ndarray, dpi: float) -> bool:
    """Is the region's ink one dash (—): a single flat bar, thin as a stroke, as wide as a
    character or so, standing clear of the region's edges? A baseline cell's "none"."""
    import cv2

    count, _, stats, _ = cv2.connectedComponentsWithStats((ink > 0).astype(np.uint8), connectivity=8)
    parts = [stats[k] for k in range(1, count) if stats[k][cv2.CC_STAT_AREA] >= 3]
    if len(parts) != 1:
        return False
    x, y, w, h = parts[0][:4]
    height, width = ink.shape
    return (w >= 4 * h and h <= dpi * 0.03 and dpi * 0.06 <= w <= 0.6 * width
            and x > 0 and x + w < width and 0.2 * height <= y + h / 2 <= 0.8 * height)


def equals_sign(ink: np.ndarray) -> bool:
    """Is the band's ink one ``=``: two flat bars of about one length, one above the other?
    Alone in a 指标性质 cell the recogniser can read it as nothing at all."""
    import cv2

    count, _, stats, _ = cv2.connectedComponentsWithStats((ink > 0).astype(np.uint8), connectivity=8)
    parts = [stats[k] for k in range(1, count) if stats[k][cv2.CC_STAT_AREA] >= 3]
    if len(parts) != 2:
        return False
    upper, lower = sorted(parts, key=lambda p: p[1])
    flat = all(p[2] >= 2.5 * p[3] for p in parts)
    alike = min(upper[2], lower[2]) >= 0.7 * max(upper[2], lower[2])
    stacked = upper[1] + upper[3] <= lower[1] and abs(upper[0] - lower[0]) <= 0.3 * max(upper[2], lower[2])
    return flat and alike and stacked

