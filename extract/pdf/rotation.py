"""A page whose /Rotate turns its text sideways is read in the frame the text was drawn in.

/Rotate tells a viewer to turn the page when showing it.  Usually it turns a page
drawn sideways upright; but some printer drivers and scanning tools set it on a page
whose text is already upright, so that the page shows (and pdfminer lays it out)
sideways: every character then runs top to bottom, and no line or table can be
built.  Such a page is read as drawn, without the turn, when that makes its text
upright; a page whose text reads upright either way is left as it is.
"""
from __future__ import annotations

import math
from collections import Counter

from pdfplumber.page import Page


def _direction(chars: list[dict]) -> int | None:
    """The quarter turn most characters are drawn at (0 upright, 1, 2, 3 counterclockwise)."""
    turns = Counter()
    for ch in chars:
        a, b = ch["matrix"][0], ch["matrix"][1]
        if ch["text"].strip():
            turns[round(math.degrees(math.atan2(b, a)) / 90) % 4] += 1
    return turns.most_common(1)[0][0] if turns else None


def upright(page):
    """``page``, or the same page read without its /Rotate when only that makes its text upright."""
    if not getattr(page, "rotation", 0) or not hasattr(page, "page_obj"):
        return page
    if _direction(page.chars) in (0, None):
        return page
    obj = page.page_obj
    obj.attrs = {**obj.attrs, "Rotate": 0}
    obj.rotate = 0
    turned = Page(page.pdf, obj, page_number=page.page_number, initial_doctop=page.initial_doctop)
    return turned if _direction(turned.chars) == 0 else page
