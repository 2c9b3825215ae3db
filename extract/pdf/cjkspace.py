"""Spaces that a PDF text layer puts between CJK characters are artefacts.

Word processors and pdfminer's gap heuristic insert a space wherever two glyphs
sit a little apart (``2019 年``, ``综合事务保 障率``); Chinese has no spaces, so a
space next to a CJK character carries no meaning.  Latin/digit runs keep theirs.
"""
from __future__ import annotations

import re

_CJK = (
    "\u2e80-\u2fdf"  # radicals
    "\u3000-\u303f"  # CJK punctuation (、。「」)
    "\u3040-\u30ff"  # kana (rare, but same rule)
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # ideographs
    "\uff00-\uffef"  # full-width forms （），：
    "\u2018-\u201f\u2026"  # curly quotes and … as set by CJK fonts
)
_SPACES = "[ \t\u00a0\u3000]+"

# A space between CJK and CJK, CJK and a digit, or a digit and CJK.
_BETWEEN = re.compile(
    rf"(?<=[{_CJK}]){_SPACES}(?=[{_CJK}0-9])|(?<=[0-9]){_SPACES}(?=[{_CJK}])"
)
# ...except after a code-like token (``471002 抚宁区…``, ``AB-1234 项目``): there
# the space separates two fields, not two glyphs of one word.
_CODE_BEFORE = re.compile(r"(?:^|(?<=\s))[0-9A-Za-z][0-9A-Za-z\-]{5,}$")


def clean_spaces(text: str) -> str:
    if " " not in text and "\u3000" not in text and "\u00a0" not in text and "\t" not in text:
        return text

    def _keep_or_drop(m: re.Match) -> str:
        if _CODE_BEFORE.search(text, 0, m.start()):
            return " "
        return ""

    return _BETWEEN.sub(_keep_or_drop, text).strip()


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
