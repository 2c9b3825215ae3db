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
