"""Whitespace that conversion put into Chinese text, taken out again.

PDF-to-text steps and narrow table cells put spaces where a line wrapped
(``综合事务保 障率``, ``2019 年``).  Chinese has no word spaces, so a space with a
CJK character on either side is an artefact; a space between two Latin or digit
tokens (``Word 2007``, ``1、… 2、…``) is real and stays.
"""
from __future__ import annotations

import regex

# CJK ideographs plus the full-width punctuation that sits between them.
_CJK = r"\p{Han}\u3000-\u303f\uff00-\uffef\u2014-\u2027\u2030-\u205e"
_SPACES = regex.compile(r"[\s\u00a0\u3000]+")
_CJK_GAP = regex.compile(rf"(?<=[{_CJK}])[ ]+|[ ]+(?=[{_CJK}])")


def collapse(text: str | None) -> str:
    """One space for every run of whitespace, none at the ends."""
    if not text:
        return ""
    return _SPACES.sub(" ", text).strip()


def clean(text: str | None) -> str:
    """Collapse whitespace and drop the spaces that touch a CJK character."""
    text = collapse(text)
    if " " not in text:
        return text
    return _CJK_GAP.sub("", text)


def squash(text: str | None) -> str:
    """All whitespace removed: for codes and for matching labels."""
    return _SPACES.sub("", text or "")


def join(left: str, right: str) -> str:
    """Join two pieces of one wrapped text: no space where Chinese meets."""
    if not left:
        return right
    if not right:
        return left
    if regex.match(rf"[{_CJK}]", left[-1]) or regex.match(rf"[{_CJK}]", right[0]):
        return left + right
    return left + " " + right
