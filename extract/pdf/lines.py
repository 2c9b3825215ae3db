"""Narrative text lines: furniture dropped, paragraph starts marked.

A PDF has no paragraphs, only positioned lines.  A new paragraph shows as a
first-line indent (two CJK characters in this genre), a larger vertical gap, or
a change of font size (headings); the interpreter joins the lines in between.
"""
from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass

from jixiao.extract.blocks import Line, Where
from jixiao.extract.pdf.cjkspace import clean_spaces


@dataclass(slots=True)
class RawLine:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    column: int = 0  # forms side by side (columns.py): 1 left, 2 right, 0 across both or no columns

    @property
    def height(self) -> float:
        return self.bottom - self.top


def raw_lines(page) -> list[RawLine]:
    out = []
    for ln in page.extract_text_lines(return_chars=False):
        text = clean_spaces(ln["text"])
        if text:
            out.append(RawLine(text, ln["x0"], ln["top"], ln["x1"], ln["bottom"]))
    return out


def body_left(pages: list[list[RawLine]]) -> float | None:
    """The left margin of running text: the leftmost x0 shared by several lines.

    Per page it would fail on pages that hold only centred titles, and the most
    common x0 is the indent itself in drafts made of one-line paragraphs.
    """
    counts = Counter(round(l.x0) for page in pages for l in page)
    common = [x for x, k in counts.items() if k >= 3]
    if not common:
        return min(counts, default=None)
    return float(min(common))


def typical_gap(pages: list[list[RawLine]]) -> float:
    gaps = [
        b.top - a.bottom
        for page in pages
        for a, b in zip(page, page[1:])
        if 0 <= b.top - a.bottom < 3 * a.height
    ]
    return statistics.median(gaps) if gaps else 0.0


def starts_paragraph(
    line: RawLine, prev: RawLine | None, left: float | None, gap: float, same_page: bool = True
) -> bool:
    """``prev`` is the line before, possibly the last one of the previous page."""
    if prev is None:
        return True
    h = max(line.height, 1.0)
    if left is not None and line.x0 >= left + 1.75 * h:
        return True  # a two-character first-line indent, or a centred / right-aligned line
    if abs(line.height - prev.height) > 0.15 * max(line.height, prev.height):
        return True  # heading size changes
    # Across a page break the vertical gap means nothing; only the indent tells.
    return same_page and line.top - prev.bottom > gap + 0.6 * h


def to_line(raw: RawLine, page_number: int, para: bool, page_break: bool) -> Line:
    return Line(
        raw.text,
        Where(page=page_number, bbox=(raw.x0, raw.top, raw.x1, raw.bottom)),
        para_break_before=para,
        page_break_before=page_break,
    )
