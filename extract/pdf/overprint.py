"""Characters drawn twice in one place (fake bold), read once.

Printer drivers and some exporters make a bold face the font lacks by drawing each
glyph again a fraction of a point to the side: read as drawn, 项目名称 is 项项目目名名称称
and 2025年度 is 22002255年年度度. A glyph that repeats the same character, at the same
size, less than a quarter of its size away (at most a point) is such a second stroke:
two of the same character in a row stand a whole character apart.
"""
from __future__ import annotations

_MAX_GAP = 1.0  # points
_GAP_SHARE = 0.25  # of the font size


def _second_strokes(chars: list[dict]) -> set[int]:
    buckets: dict[tuple[str, int, int], list[dict]] = {}
    found: set[int] = set()
    for ch in chars:
        text = ch["text"]
        if not text or text.isspace():
            continue
        x, y, size = ch["x0"], ch["top"], ch.get("size") or 0.0
        gap = min(_MAX_GAP, _GAP_SHARE * size)
        bx, by = int(x), int(y)
        twin = False
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                for other in buckets.get((text, bx + dx, by + dy), ()):
                    if abs(other["x0"] - x) <= gap and abs(other["top"] - y) <= gap \
                            and abs((other.get("size") or 0.0) - size) < 0.1:
                        twin = True
                        break
                if twin:
                    break
            if twin:
                break
        if twin:
            found.add(id(ch))
        else:
            buckets.setdefault((text, bx, by), []).append(ch)
    return found


def _may_have_twins(chars: list[dict]) -> bool:
    """A cheap first look: two strokes less than half a point apart fall into one point-wide
    cell of one of two grids half a point apart, so a page of them repeats some (character,
    cell); a page without any (nearly all) is settled at a fraction of the full search's cost."""
    n = len(chars)
    return len({(ch["text"], int(ch["x0"]), round(ch["top"])) for ch in chars}) < n or \
        len({(ch["text"], int(ch["x0"] + 0.5), round(ch["top"])) for ch in chars}) < n


def without_second_strokes(page):
    """``page``, or a view of it without the characters drawn a second time."""
    chars = page.chars
    twins = _second_strokes(chars) if _may_have_twins(chars) else None
    if not twins:
        return page
    return page.filter(lambda obj: id(obj) not in twins)
