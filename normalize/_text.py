"""Text cleaning shared by the normalizers.

Width folding is done with a fixed translation table instead of a blanket
``unicodedata.normalize("NFKC", ...)``: NFKC would also rewrite things that are
part of a printed unit (``万头（只）`` keeps its full-width brackets, ``㎡`` stays
``㎡``) and it turns the Symbol-font glyph ``³`` (a damaged ``≥``) into the digit
3, which would make a comparator silently look like part of the number.
"""
from __future__ import annotations

import unicodedata
from collections.abc import Callable
from functools import lru_cache

import regex

from jixiao.normalize import lazy_regex

# Printed forms kept as they are although NFKC would change them.
_KEEP = set("（）【】")


def _build_fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    ranges = [
        (0xFF01, 0xFF5E),  # full-width ASCII: digits, ％, ＞＝, letters, ／
        (0x2F00, 0x2FDF),  # Kangxi radicals: PDF text layers emit ⼈ for 人
        (0x2E80, 0x2EFF),  # CJK radicals supplement
        (0xF900, 0xFAFF),  # CJK compatibility ideographs
    ]
    for lo, hi in ranges:
        for cp in range(lo, hi + 1):
            ch = chr(cp)
            if ch in _KEEP:
                continue
            folded = unicodedata.normalize("NFKC", ch)
            if folded != ch:
                table[cp] = folded
    # Spaces and invisible characters that PDF and Word exports leave behind.
    for cp in (0x3000, 0x00A0, 0x2002, 0x2003, 0x2009, 0x202F):
        table[cp] = " "
    for cp in (0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD):
        table[cp] = ""
    table[0xFF65] = "·"  # half-width katakana middle dot, as in 元/人･月
    table[0x30FB] = "·"
    table[0x2022] = "·"
    table[0x2212] = "-"  # minus sign
    table[0xFE6A] = "%"  # small percent
    return table


FOLD = _build_fold_table()

_TAG = lazy_regex.compile(r"</?(?:p|br|span|div|b|i|u|font|td|tr|sup|sub)\b[^>]*>", regex.I)
_WS = lazy_regex.compile(r"\s+")
_ASCII_WORD = lazy_regex.compile(r"[A-Za-z0-9]")

# CJK ideographs and radicals, kana, and the full-width and general punctuation
# that sits between them (、。，（）, curly quotes, …, —, ‰).
CJK = r"\p{Han}\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\uff00-\uffef\u2014-\u2027\u2030-\u205e"
_CJK_CHAR = lazy_regex.compile(rf"[{CJK}]")


@lru_cache(maxsize=None)  # called for both neighbours of every gap: a dict hit, not a regex
def is_cjk(ch: str) -> bool:
    return bool(ch) and bool(_CJK_CHAR.match(ch))


# keep(text, start, end): whether the whitespace run text[start:end] separates two words.
KeepGap = Callable[[str, int, int], bool]


def close_gaps(text: str, keep: KeepGap, *, spaces: "regex.Pattern[str]" = _WS, as_printed: bool = False) -> str:
    """The one rule for whitespace that conversion put inside Chinese text.

    Chinese has no word spaces, so a run of whitespace is an artefact unless
    ``keep`` says it separates two words; what counts as a word differs by
    caller (grammar matching keeps only Latin-Latin gaps, display text also
    keeps gaps next to symbols, a PDF line keeps the gap after a code).  A kept
    run becomes one space, or stays as printed with ``as_printed`` (a PDF text
    layer's column gaps, which later steps measure).  Runs at the ends go.
    """
    def sub(m: "regex.Match[str]") -> str:
        start, end = m.span()
        if start == 0 or end == len(text) or not keep(text, start, end):
            return ""
        return m.group(0) if as_printed else " "

    return spaces.sub(sub, text)


def _latin_words(text: str, start: int, end: int) -> bool:
    # Whitespace between two Latin words or numbers is meaningful; anywhere
    # else (between CJK characters, around symbols) it is a wrapping artefact.
    return bool(_ASCII_WORD.match(text[start - 1]) and _ASCII_WORD.match(text[end]))


def fold(text: str) -> str:
    """Width-fold and drop invisible characters; keeps everything else as printed."""
    return text.translate(FOLD)


def tidy(text: str) -> str:
    """The cleaned form of a cell: folded, tags removed, artefact whitespace removed."""
    text = fold(text)
    if "<" in text:
        text = _TAG.sub(" ", text)
    return close_gaps(text.strip(), _latin_words)


def compact(text: str) -> str:
    """``tidy`` with no whitespace at all: the form the grammars match."""
    return _WS.sub("", _TAG.sub(" ", fold(text)) if "<" in text else fold(text))


def clean_and_compact(text: str) -> tuple[str, str]:
    """(``tidy(text)``, ``compact(text)``) with one folding pass."""
    f = text.translate(FOLD)
    if "<" in f:
        f = _TAG.sub(" ", f)
    squeezed = "".join(f.split())
    stripped = f.strip()
    if len(stripped) == len(squeezed):  # no inner whitespace: the common case
        return stripped, squeezed
    return close_gaps(stripped, _latin_words), squeezed
