"""Whitespace that conversion put into Chinese text, taken out again.

PDF-to-text steps and narrow table cells put spaces where a line wrapped
(``综合事务保 障率``, ``2019 年``).  Chinese has no word spaces, so a space with a
CJK character on either side is an artefact; a space between two Latin or digit
tokens (``Word 2007``, ``1、… 2、…``) is real and stays.
"""
from __future__ import annotations


from jixiao.normalize import lazy_regex
from jixiao.normalize._text import close_gaps, is_cjk

_SPACES = lazy_regex.compile(r"[\s\u00a0\u3000]+")


def _no_cjk_beside(text: str, start: int, end: int) -> bool:
    # Display text keeps a gap between Latin words and around symbols
    # (``Word 2007``, ``≥ 90%``); only a CJK neighbour makes it an artefact.
    return not (is_cjk(text[start - 1]) or is_cjk(text[end]))


def collapse(text: str | None) -> str:
    """One space for every run of whitespace, none at the ends."""
    if not text:
        return ""
    return _SPACES.sub(" ", text).strip()


def clean(text: str | None) -> str:
    """Collapse whitespace and drop the spaces that touch a CJK character."""
    if not text:
        return ""
    text = text.strip()
    if not _SPACES.search(text):  # most cells: nothing to close
        return text
    return close_gaps(text, _no_cjk_beside, spaces=_SPACES)


def squash(text: str | None) -> str:
    """All whitespace removed: for codes and for matching labels."""
    return _SPACES.sub("", text or "")


def join(left: str, right: str) -> str:
    """Join two pieces of one wrapped text: no space where Chinese meets."""
    if not left:
        return right
    if not right:
        return left
    if is_cjk(left[-1]) or is_cjk(right[0]):
        return left + right
    return left + " " + right
