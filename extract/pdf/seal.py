"""A red seal stamped over the form (公章, 财务专用章) is not the draft's text.

A seal drawn in the PDF itself (an electronic seal, a stamp tool's vector stamp) is a red
ring with the unit's name set round it letter by letter, and a ★ and a line such as 财务专用章
across its middle. Laid over the form's last rows, its letters land in the cells it covers
(逐年提高财务专用, 工作计划章). The ring's letters are slanted and go as a watermark's do
(watermark.py); the rest of the seal goes here: red characters inside a red ring, or inside
the round that a run of slanted red letters draws, and the ring itself. A red character
outside any seal (a note, a value the department printed red) stays.
"""
from __future__ import annotations

from jixiao.extract.pdf.watermark import slanted

_RING_SIDE = (28.0, 300.0)  # points: a seal is 1 to 10 cm across
_RING_SHAPE = 1.6  # the longer side over the shorter: a circle or an oval
_RING_LETTERS = 4  # slanted red letters that make a ring of text


def _red(color) -> bool:
    """Seal red in the colour space the PDF painted in (RGB, CMYK; grey is never red)."""
    if not color or not isinstance(color, (tuple, list)) or not all(isinstance(c, (int, float)) for c in color):
        return False
    if len(color) == 3:
        r, g, b = color
        return r >= 0.5 and r - max(g, b) >= 0.4
    if len(color) == 4:
        c, m, y, k = color
        return m >= 0.5 and y >= 0.3 and c <= 0.3 and k <= 0.5
    return False


def _seal_sized(w: float, h: float) -> bool:
    low, high = _RING_SIDE
    return low <= min(w, h) and max(w, h) <= high and max(w, h) <= _RING_SHAPE * min(w, h)


def _ring(obj: dict) -> bool:
    if obj.get("object_type") != "curve" or not (_red(obj.get("stroking_color")) or _red(obj.get("non_stroking_color"))):
        return False
    return _seal_sized(obj["x1"] - obj["x0"], obj["bottom"] - obj["top"])


def _rounds(page, red_chars: list[dict]) -> list[tuple[float, float, float, float]]:
    rounds = [(o["x0"], o["top"], o["x1"], o["bottom"]) for o in page.curves if _ring(o)]
    letters = [ch for ch in red_chars if slanted(ch)]
    if len(letters) >= _RING_LETTERS:
        pad = max(ch.get("size") or 0.0 for ch in letters)
        box = (min(ch["x0"] for ch in letters) - pad, min(ch["top"] for ch in letters) - pad,
               max(ch["x1"] for ch in letters) + pad, max(ch["bottom"] for ch in letters) + pad)
        # a seal's round, not a red watermark slanted across the page (征求意见稿): its box
        # would take in every red value of the form
        if _seal_sized(box[2] - box[0], box[3] - box[1]):
            rounds.append(box)
    return rounds


def _inside(obj: dict, rounds) -> bool:
    x, y = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
    return any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in rounds)


def without_seals(page):
    """``page``, or a view of it without the seals stamped on it when it has any."""
    red_chars = [ch for ch in page.chars if _red(ch.get("non_stroking_color"))]
    if not red_chars:  # most pages: no red letter at all, decided in one pass
        return page
    rounds = _rounds(page, red_chars)
    if not rounds:
        return page

    def kept(obj: dict) -> bool:
        if obj.get("object_type") == "char":
            return not (_red(obj.get("non_stroking_color")) and _inside(obj, rounds))
        return not _ring(obj)

    return page.filter(kept)
