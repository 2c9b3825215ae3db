"""Straighten a scanned page: a page fed askew by a degree or two.

The angle comes from the page's long horizontal strokes (table rulings) when
there are any, else from its text lines smeared into bars.  Either way only
near-horizontal shapes vote, so a stamp or a signature cannot tip the page.
"""
from __future__ import annotations

import cv2
import numpy as np

MAX_ANGLE = 5.0  # degrees; beyond this the page is rotated, not skewed
MIN_ANGLE = 0.05  # below this rotating costs more blur than it removes


def ink(grey: np.ndarray, dpi: float = 200) -> np.ndarray:
    """Binary ink mask (255 = ink) by Otsu's threshold, without specks.

    Scanner dust is a few pixels; the smallest mark that means something (the
    dot of 、 or of a decimal point) is several times bigger at any usable dpi.
    The specks are whitened in ``grey`` too (in place), so that the recogniser
    does not read them as punctuation.
    """
    _, mask = cv2.threshold(grey, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    specks = stats[:, cv2.CC_STAT_AREA] <= max(1.5 * (dpi / 100) ** 2, 2)
    specks[0] = False
    if specks.any():
        where = specks[labels]
        mask[where] = 0
        grey[cv2.dilate(where.astype(np.uint8), np.ones((3, 3), np.uint8)) > 0] = 255
    return mask


def _angles(mask: np.ndarray, min_width: int) -> list[tuple[float, float]]:
    """(angle in degrees, weight) of the wide components of ``mask``."""
    count, labels, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    out = []
    for k in range(1, count):
        x, y, w, h, area = stats[k]
        if w < min_width or h > w / 4:
            continue
        ys, xs = np.nonzero(labels[y : y + h, x : x + w] == k)
        if len(xs) < 10:
            continue
        vx, vy = cv2.fitLine(np.column_stack([xs, ys]).astype(np.float32), cv2.DIST_L2, 0, 0.01, 0.01)[:2, 0]
        angle = float(np.degrees(np.arctan2(vy, vx)))
        if angle > 90:
            angle -= 180
        elif angle < -90:
            angle += 180
        if abs(angle) <= MAX_ANGLE:
            out.append((angle, float(w)))
    return out


def skew_angle(grey: np.ndarray) -> float:
    """The page's skew in degrees (positive: the right side is lower)."""
    # Work on a half-size copy: the angle needs no detail.
    small = cv2.resize(grey, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA)
    mask = ink(small)
    width = small.shape[1]
    rulings = cv2.morphologyEx(mask, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (max(width // 30, 10), 1)))
    votes = _angles(rulings, width // 8)
    if not votes:
        bars = cv2.dilate(mask, cv2.getStructuringElement(cv2.MORPH_RECT, (max(width // 60, 5), 1)))
        votes = _angles(bars, width // 6)
    if not votes:
        return 0.0
    angles = np.array([a for a, _ in votes])
    weights = np.array([w for _, w in votes])
    order = np.argsort(angles)
    cumulative = np.cumsum(weights[order])
    return float(angles[order][np.searchsorted(cumulative, cumulative[-1] / 2)])  # weighted median


def deskew(grey: np.ndarray) -> tuple[np.ndarray, float]:
    """The straightened page and the angle it was turned by."""
    angle = skew_angle(grey)
    if abs(angle) < MIN_ANGLE:
        return grey, 0.0
    h, w = grey.shape
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    straight = cv2.warpAffine(grey, matrix, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=255)
    return straight, angle
