"""Line breaks written as escape sequences: text copied out of source code or JSON.

A Word export pasted into a string literal keeps ``\\r\\n`` (backslash-r
backslash-n as four characters) where paragraphs and rows ended, and ``\\u000B``
(Word's soft line break inside a table cell).  Read as text, those would glue
every paragraph into one line.  Only a text that carries them repeatedly, and
has few real line breaks of its own, is taken to be such a copy: a draft that
merely mentions ``\\n`` once is left alone.
"""
from __future__ import annotations


from jixiao.normalize import lazy_regex

_HARD = lazy_regex.compile(r"\\r\\n|\\n|\\r")
_SOFT = lazy_regex.compile(r"\\u000[bB]|\\x0[bB]|\\v")
_ANY = lazy_regex.compile(r"\\r\\n|\\n|\\r|\\u000[bB]|\\x0[bB]")
# A tab is only a cell separator once the text is known to be escaped.
_TAB = lazy_regex.compile(r"\\t|\\u0009")
# The copy may also keep the real break after the escaped one: one row end, not two.
_HARD_THEN_REAL = lazy_regex.compile(r"(?:\\r\\n|\\n|\\r)\r?\n")


def has_escaped_breaks(text: str) -> bool:
    escaped = len(_ANY.findall(text))
    return escaped >= 2 and escaped * 4 >= text.count("\n")


def unescape_breaks(text: str) -> str:
    """Hard breaks become line breaks; a soft break inside a cell becomes a space."""
    text = _HARD_THEN_REAL.sub("\n", text)
    text = _HARD.sub("\n", text)
    text = _TAB.sub("\t", text)
    return _SOFT.sub(" ", text).replace("\x0b", " ")
