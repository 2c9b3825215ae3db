"""Spaces that a PDF text layer puts between CJK characters are artefacts.

Word processors and pdfminer's gap heuristic insert a space wherever two glyphs
sit a little apart (``2019 年``, ``综合事务保 障率``); Chinese has no spaces, so a
space next to a CJK character carries no meaning.  Latin/digit runs keep theirs.
"""
from __future__ import annotations

import re


from jixiao.normalize import lazy_regex
from jixiao.normalize._text import close_gaps, is_cjk

_SPACES = lazy_regex.compile("[ \t\u00a0\u3000]+")
# A code-like token (``471002 抚宁区…``, ``AB-1234 项目``): the space after it
# separates two fields, not two glyphs of one word.
_CODE_BEFORE = re.compile(r"(?:^|(?<=\s))[0-9A-Za-z][0-9A-Za-z\-]{5,}$")


def _not_a_glyph_gap(text: str, start: int, end: int) -> bool:
    # A PDF line drops only gaps between CJK and CJK, CJK and a digit, or a digit
    # and CJK; a gap beside Latin text stays as printed, because the line's words
    # and columns are still to be told apart by later steps.
    a, b = text[start - 1], text[end]
    glyph_gap = (is_cjk(a) and (is_cjk(b) or b.isascii() and b.isdigit())) or (a.isascii() and a.isdigit() and is_cjk(b))
    return not glyph_gap or bool(_CODE_BEFORE.search(text, 0, start))


def clean_spaces(text: str) -> str:
    if " " not in text and "\u3000" not in text and "\u00a0" not in text and "\t" not in text:
        return text
    return close_gaps(text, _not_a_glyph_gap, spaces=_SPACES, as_printed=True).strip()


_LATIN_END = re.compile(r"[0-9A-Za-z]$")
_LATIN_START = re.compile(r"^[0-9A-Za-z]")


def join_wrapped(lines: list[str]) -> str:
    """Join the visual lines of one cell or paragraph into one string.

    A line break in a narrow cell is a wrap, not a word boundary, so lines are
    joined without a separator; only two Latin/digit tokens meeting at the break
    get a space (``G1U`` + ``W``, or ``…20`` + ``2、…`` so a numbered list stays
    splittable).
    """
    out = ""
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if out and _LATIN_END.search(out) and _LATIN_START.match(line):
            out += " "
        out += line
    return clean_spaces(out)
