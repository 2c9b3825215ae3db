"""A photographed page: the sheet found against what lies around it and made flat.

A phone photo of a printed form shows the sheet smaller than the frame, at an angle
(its rulings converge), lit unevenly, on a desk. Finding the table needs straight
rulings and an even background, so the sheet's four corners are found (the largest
bright four-sided shape), the sheet is warped to a rectangle, and the light is evened
out by dividing by the sheet's own background. A scan, where the page fills the
frame or no four-sided sheet stands out, is left as it is: deskew.py straightens it.
"""
from __future__ import annotations

import cv2
import numpy as np

_WORK_SIDE = 1000  # the corners are looked for on a copy this size: enough, and fast
# The sheet's share of the frame: below, it is not the page (a card, a label); above,
# the frame is the page (a scan, or a photo cropped to it).
MIN_SHARE, MAX_SHARE = 0.25, 0.93
_FRAME_MARGIN = 0.01  # a shape this close to every edge of the frame is the frame
_EDGE_TRIM = 0.02  # of the sheet's width (height) cut off each side after the warp
A4_WIDTH_INCHES = 8.27  # a flattened sheet is read as A4 wide: this genre is printed on it


def sheet(grey: np.ndarray, whiteness: np.ndarray | None = None) -> np.ndarray | None:
    """The sheet warped flat and evenly lit, or None when the image is not a photo of one.

    ``whiteness`` (a colour photo's darkest channel per pixel) finds the sheet where grey
    cannot: a sheet in the phone's shadow is as dark as a lit wooden desk, but it stays
    white, and a desk's brown has little blue.
    """
    corners = _corners(grey if whiteness is None else whiteness)
    if corners is None:
        return None
    tl, tr, br, bl = corners
    width = int(round(max(np.linalg.norm(tr - tl), np.linalg.norm(br - bl))))
    height = int(round(max(np.linalg.norm(bl - tl), np.linalg.norm(br - tr))))
    target = np.float32([[0, 0], [width - 1, 0], [width - 1, height - 1], [0, height - 1]])
    warp = cv2.getPerspectiveTransform(corners.astype(np.float32), target)
    flat = cv2.warpPerspective(grey, warp, (width, height), flags=cv2.INTER_CUBIC, borderValue=255)
    # The warp's edges keep slivers of desk where the sheet's edges bow (a lens's barrel
    # distortion) or a corner is a few pixels off: dark bands down the whole page that
    # would join every text line into one. A printed form's margin is far wider than this.
    trim_x, trim_y = int(width * _EDGE_TRIM), int(height * _EDGE_TRIM)
    return even_light(np.ascontiguousarray(flat[trim_y : height - trim_y, trim_x : width - trim_x]))


def even_light(grey: np.ndarray) -> np.ndarray:
    """Divide out the sheet's background (the page with its ink closed over): a shadow or a
    lamp's falloff no longer decides which pixels a global threshold calls ink."""
    side = max(15, (min(grey.shape) // 40) | 1)
    background = cv2.morphologyEx(grey, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (side, side)))
    background = cv2.GaussianBlur(background, (0, 0), side / 2)
    return cv2.divide(grey, np.maximum(background, 1), scale=255)


def _corners(grey: np.ndarray) -> np.ndarray | None:
    """The sheet's corners (top-left, top-right, bottom-right, bottom-left) in pixels."""
    h, w = grey.shape
    scale = min(1.0, _WORK_SIDE / max(h, w))
    small = cv2.resize(grey, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA) if scale < 1 else grey
    blurred = cv2.GaussianBlur(small, (5, 5), 0)
    _, bright = cv2.threshold(blurred, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    # The print inside the sheet is dark too: close it over so the sheet is one shape.
    bright = cv2.morphologyEx(bright, cv2.MORPH_CLOSE, np.ones((21, 21), np.uint8))
    contours, _ = cv2.findContours(bright, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    if not contours:
        return None
    outline = max(contours, key=cv2.contourArea)
    sh, sw = small.shape
    if not MIN_SHARE <= cv2.contourArea(outline) / (sh * sw) <= MAX_SHARE:
        return None
    x, y, bw, bh = cv2.boundingRect(outline)
    margin = _FRAME_MARGIN * max(sh, sw)
    if x <= margin and y <= margin and x + bw >= sw - margin and y + bh >= sh - margin:
        return None
    quad = cv2.approxPolyDP(outline, 0.02 * cv2.arcLength(outline, True), True)
    if len(quad) != 4 or not cv2.isContourConvex(quad):
        return None
    return _ordered(quad.reshape(4, 2).astype(np.float64) / scale)


def _ordered(points: np.ndarray) -> np.ndarray:
    """Four points as top-left, top-right, bottom-right, bottom-left."""
    total = points.sum(axis=1)
    diff = np.diff(points, axis=1).ravel()
    return np.array([points[np.argmin(total)], points[np.argmin(diff)],
                     points[np.argmax(total)], points[np.argmax(diff)]])
