"""A watermark drawn as slanted text (内部资料 注意保密 across the page) is not the draft's.

Such a watermark is text in the same layer as the form's, so its characters fall into
the cells it crosses (部新建改造…, 保全部建设…).  A draft's own text runs along the page
or, rotated, at right angles to it; a character drawn at a slant is a watermark's and is
left out before the page is read.
"""
from __future__ import annotations

import math

SLANT = 5.0  # degrees off the page's axes beyond which a character is slanted


def slanted(obj: dict) -> bool:
    if obj.get("object_type") != "char" or "matrix" not in obj:
        return False
    a, b = obj["matrix"][0], obj["matrix"][1]
    if not b or not a:
        return False  # along the page or at a right angle to it: most characters, decided at once
    angle = math.degrees(math.atan2(b, a)) % 90
    return SLANT < angle < 90 - SLANT


def without_slanted_text(page):
    """``page``, or a view of it without its slanted characters when it has any."""
    chars = page.chars
    # Most pages have no turned character at all: one look at each matrix's b settles them.
    if not any(ch.get("matrix", (1, 0))[1] for ch in chars) or not any(slanted(ch) for ch in chars):
        return page
    return page.filter(lambda obj: not slanted(obj))
