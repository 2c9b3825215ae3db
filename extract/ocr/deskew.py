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


# Specks of a pixel or two per character-sized mark on a page with no dust to speak of:
# 0.06-0.11 on browser screenshots, 2 and more on a flatbed scan.
CLEAN_PAGE = 0.15


def ink(grey: np.ndarray, dpi: float = 200) -> np.ndarray:
    """Binary ink mask (255 = ink) by Otsu's threshold, without specks.

    Scanner dust and toner specks are a pixel or a few; the smallest marks that
    mean something (the dot of 、 or a decimal point) are no bigger in small print,
    but they stand beside a character. So a pixel or two always goes, a dot only
    where it stands alone (or, the size of a speck, where it is not between two
    marks as a decimal point is). The specks are whitened in ``grey`` too (in
    place), so that the recogniser does not read them as punctuation.
    """
    _, mask = cv2.threshold(grey, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    area = stats[:, cv2.CC_STAT_AREA]
    tiny = max(1.5 * (dpi / 100) ** 2, 2)
    dot = max((dpi * 0.025) ** 2, 4)
    # A pixel or two: dust, unless it stands between two marks on its line, as the decimal
    # point of a screenshot's 13-pixel text does (318.50; an anti-aliased dot is that small).
    little = area <= 2
    specks = little.copy()
    # Only round-ish blobs: a dash or a 1 in small print is as small, but long.
    w, h = stats[:, cv2.CC_STAT_WIDTH], stats[:, cv2.CC_STAT_HEIGHT]
    small = (area <= dot) & (np.maximum(w, h) <= 2 * np.minimum(w, h))
    small[0] = False
    if small.any():
        reach = max(int(dpi * 0.05), 2)
        # Characters, not rulings: a table's grid is near every speck inside its cells.
        glyph = (area > dot) & (np.maximum(w, h) <= dpi * 0.4) & (np.arange(count) > 0)
        marks = glyph[labels].astype(np.uint8)
        small_pixels = small[labels]  # once: each look below needs it
        tall = max(int(dpi * 0.02), 1)

        def near(kernel: np.ndarray, anchor: tuple[int, int]) -> np.ndarray:
            """Which small components have a mark within ``kernel`` of them."""
            found = np.zeros(count, bool)
            hit = cv2.dilate(marks, kernel, anchor=anchor) > 0
            found[np.unique(labels[hit & small_pixels])] = True
            return found

        # A dot as big as a 、 or a decimal point stands beside a character; dust and toner
        # specks anywhere. In small print a decimal point is no bigger than a speck: one
        # that small stays only between two marks on its line (7.5), as a point does.
        square = np.ones((2 * reach + 1, 2 * reach + 1), np.uint8)
        beside = near(square, (reach, reach))
        row = np.ones((2 * tall + 1, reach + 1), np.uint8)
        left, right = near(row, (reach, tall)), near(row, (0, tall))
        # A colon's two dots (：；) stand one above the other (side by side on a page scanned
        # sideways), in a full-width box whose white can be wider than ``reach``: a pair so
        # placed is no dust.
        pair = np.zeros(count, bool)
        index = np.flatnonzero(small & ~little)
        if len(index) < 20000:
            centre = np.column_stack([stats[index, cv2.CC_STAT_LEFT] + w[index] / 2,
                                      stats[index, cv2.CC_STAT_TOP] + h[index] / 2])
            for along, across in ((1, 0), (0, 1)):
                order = np.argsort(centre[:, across])
                for i, a in enumerate(order):
                    for b in order[i + 1 :]:
                        if centre[b, across] - centre[a, across] > 2:
                            break
                        if dpi * 0.02 <= abs(centre[a, along] - centre[b, along]) <= dpi * 0.08:
                            pair[index[a]] = pair[index[b]] = True
        dots = small & ~little
        specks |= dots & ~beside & ~pair
        specks |= dots & (area <= tiny) & ~(left & right) & ~pair
        # Only on a clean page (a screenshot, a rendered PDF): where dust is everywhere (a
        # scan, a photo) a pixel between two characters is dust as often as a point.
        if little.sum() <= CLEAN_PAGE * glyph.sum():
            specks &= ~(little & left & right)
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
