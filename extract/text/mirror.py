"""Simplified Chinese put through a simplified→traditional mirror, read back.

Scraper mirrors of government pages run the text through a converter that
writes each converted character in traditional form followed by its reading in
brackets: ``岳陽樓區(qū)價(jià)格`` for 岳阳楼区价格.  Such a page is detected by
content (many ``X(pinyin)`` groups after CJK characters, or a text written
mostly in traditional characters) and read back to simplified with the readings
removed.  A simplified draft is never touched: the conversion runs only when
the detector fires.

OpenCC does the conversion: its phrase tables get the one-to-many cases right
(乾/干/幹, 發/髮 → 发, 著/着) that a character table would not.
"""
from __future__ import annotations

from functools import lru_cache


from jixiao.normalize import lazy_regex

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü"
# A reading in brackets right after a CJK character; the capture may cut the
# last one off (``生態(t``).
_READING = lazy_regex.compile(rf"(?<=\p{{Han}})[(（][a-z{_TONED}]{{1,7}}[)）]")
_CUT_READING = lazy_regex.compile(rf"(?<=\p{{Han}})[(（][a-z{_TONED}]{{0,6}}$")
_TONED_READING = lazy_regex.compile(rf"(?<=\p{{Han}})[(（][a-z]*[{_TONED}][a-z{_TONED}]*[)）]")
_HAN = lazy_regex.compile(r"\p{Han}")

# Enough readings to rule out a stray "(a)" in a simplified draft.
_MIN_READINGS = 5
# Share of CJK characters that change under traditional→simplified in a text
# written in traditional characters; simplified drafts stay near zero.
_MIN_TRADITIONAL_SHARE = 0.08
_MIN_TRADITIONAL = 20


@lru_cache(maxsize=1)
def _converter():
    import opencc

    return opencc.OpenCC("t2s")


def is_traditional(text: str) -> bool:
    if len(_TONED_READING.findall(text)) >= _MIN_READINGS:
        return True
    sample = "".join(_HAN.findall(text[:20000]))
    if len(sample) < _MIN_TRADITIONAL:
        return False
    simplified = _converter().convert(sample)
    changed = sum(1 for a, b in zip(sample, simplified) if a != b)
    return changed >= _MIN_TRADITIONAL and changed >= _MIN_TRADITIONAL_SHARE * len(sample)


def to_simplified(text: str) -> str:
    """The text without its bracketed readings, in simplified characters."""
    text = _READING.sub("", text)
    text = "\n".join(_CUT_READING.sub("", line) for line in text.split("\n"))
    return _converter().convert(text)
