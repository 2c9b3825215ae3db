"""A page scanned sideways or upside down is turned upright before it is read.

A landscape form fed into a portrait scanner comes out with its text running top to
bottom; a sheet put in the wrong way round, upside down.  Read as it is, every crop
recognises as nothing (median confidence near 0, against near 1 for an upright page).
So a page whose first few text lines read as nothing is tried in its three other
orientations: the text detector finds the page's longest lines, and the recogniser
reads them turned each way; the turn under which they read best wins, if it reads
well and much better than the page as it came.  Upright pages pay only the first
few lines' recognition, which their reading needs anyway.
"""
from __future__ import annotations

import statistics

import cv2
import numpy as np

from jixiao.extract.ocr import engine

PROBE_LINES = 8  # the widest crops a page is first judged by
UPRIGHT = 0.5  # a page whose probe reads at least this well (median confidence) is upright
_LONG_SIDE = 1200  # pixels the detector looks at: lines, not detail
_CANDIDATES = 10  # detected lines tried in every orientation


def reads_upright(crops: list[np.ndarray]) -> bool:
    """The widest of a page's line crops read as text: the page is the right way up.

    A crop is judged by its confidence times the share of the characters its shape holds
    (a Chinese character is about as wide as the line is tall) that it read: on a page
    turned sideways, a band across several columns of text reads a character or two
    from it, sometimes confidently."""
    wide = sorted((c for c in crops if c.size and c.shape[1] >= 4 * c.shape[0]), key=lambda c: -c.shape[1])[:PROBE_LINES]
    if len(wide) < 3:
        return False
    read = engine.recognise(wide)
    return statistics.median(min(1.0, len(text.strip()) * c.shape[0] / c.shape[1]) * conf
                             for c, (text, conf) in zip(wide, read)) >= UPRIGHT


def best_turn(grey: np.ndarray) -> int:
    """Quarter turns counterclockwise (``np.rot90``'s k) that make the page upright; 0 when
    no turn reads clearly better."""
    scale = min(1.0, _LONG_SIDE / max(grey.shape))
    small = cv2.resize(grey, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA) if scale < 1 else grey
    boxes = sorted(engine.detect(small), key=lambda b: -max(b[2] - b[0], b[3] - b[1]))[:_CANDIDATES]
    crops = [grey[int(y0 / scale):int(np.ceil(y1 / scale)), int(x0 / scale):int(np.ceil(x1 / scale))] for x0, y0, x1, y1 in boxes]
    crops = [c for c in crops if c.size]
    scores = {}
    for k in range(4):
        turned = [np.ascontiguousarray(np.rot90(c, k)) for c in crops]
        turned = [c for c in turned if c.shape[1] >= 1.5 * c.shape[0]]
        scores[k] = statistics.median(conf for _, conf in engine.recognise(turned)) if len(turned) >= 2 else 0.0
    best = max(scores, key=lambda k: scores[k])
    return best if best and scores[best] >= UPRIGHT and scores[best] >= scores[0] + 0.3 else 0
